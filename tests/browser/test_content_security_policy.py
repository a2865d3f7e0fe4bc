"""The Content-Security-Policy (portal.csp) as a browser applies it: the public pages and the
admin's editing screens run with nothing blocked, and the editor's language toggles work."""

import pytest

from .content import LANGUAGES
from .support import EDITOR_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PUBLIC = ("home", "news", "article", "cooperation", "agreements", "agreement", "search")


def record_violations(page):
    """The policy violations the page reports (securitypolicyviolation events, any frame)."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_public_pages_run_with_nothing_blocked(visit, content):
    reader = visit()
    violations = record_violations(reader.page)
    for name in PUBLIC:
        for language in LANGUAGES:
            reader.goto(content.urls[name][language])
    assert violations == []
    # The inline script in <head> ran: the reader's control is shown.
    assert reader.page.locator(".low-vision__toggle").is_visible()
    reader.check_clean()


def test_the_editor_works_under_the_admin_policy(visit, content, editor):
    reader = visit()
    page = reader.page
    violations = record_violations(page)
    reader.sign_in(editor, EDITOR_PASSWORD)
    for path in ("/admin/", "/admin/pages/", "/admin/images/", "/admin/snippets/"):
        reader.goto(path)
    reader.goto(f"/admin/pages/{content.story.pk}/edit/")
    # wagtail-modeltranslation's inline script sets up the language toggles: Russian shows the
    # Russian title.
    russian_title = page.locator("#id_title_ru")
    assert not russian_title.is_visible()
    page.locator("button.locale-toggle", has_text="ru").first.click()
    assert russian_title.is_visible()
    assert violations == []
    assert reader.errors == []
