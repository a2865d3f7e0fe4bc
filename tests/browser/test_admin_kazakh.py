"""The admin as a Kazakh editor sees it: no English interface word on the screens an editor
meets (dashboard, page explorer, the article editor with its tabs, action menu and status
panel, the image library and chooser, snippets, workflows, reports).

An "English word" is a word of Wagtail's and Django's own English interface strings: content
(titles, names, file names) may be in any language, the interface may not.
"""

import re
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page, PageLogEntry

from .support import EDITOR_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Names that stay as they are in Kazakh too.
PROPER_NAMES = {
    "wagtail", "url", "urls", "html", "json", "svg", "api", "seo", "rss", "telegram",
    "instagram", "gif", "jpeg", "jpg", "png", "webp", "pdf", "csv", "zip", "docx", "xlsx",
    "markdown", "oembed", "unicode", "ctrl", "alt", "shift", "enter", "esc", "utc", "gmt",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
# Addresses, file names, slugs and identifiers (an e-mail, /admin/..., photo.jpg, a-slug,
# SOME_SETTING) are names, not interface words.
NOT_WORDS = re.compile(r"\S+@\S+|\S*://\S+|\S+\.\w{2,4}\b|\S*[-/_]\S*")


def interface_vocabulary():
    """The words of the English interface strings of the installed apps."""
    words = set()
    for app in apps.get_app_configs():
        for domain in ("django", "djangojs"):
            path = Path(app.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                for entry in polib.pofile(str(path)):
                    text = f"{entry.msgid} {entry.msgid_plural or ''}"
                    words.update(word.lower() for word in WORD.findall(text))
    return words - PROPER_NAMES


def content_words():
    """The words of the site's content in every language (titles, texts, logged titles): an
    English story shown in the editor is content, whatever words it uses."""
    words = set()
    for page in Page.objects.specific():
        for field in ("title", "lead", "body", "intro"):
            for code, _name in settings.LANGUAGES:
                value = getattr(page, f"{field}_{code}", None)
                if value:
                    words.update(word.lower() for word in WORD.findall(str(value)))
    for label in PageLogEntry.objects.values_list("label", flat=True):
        words.update(word.lower() for word in WORD.findall(label))
    return words


@pytest.fixture(scope="module")
def vocabulary(content, django_db_blocker):
    """Interface words that are not also words of the content."""
    with django_db_blocker.unblock():
        return interface_vocabulary() - content_words()


def english_on(page, vocabulary):
    text = NOT_WORDS.sub(" ", page.evaluate("document.body.innerText"))
    words = sorted({word for word in WORD.findall(text) if word.lower() in vocabulary})
    for word in words:  # the context of each, for whoever reads a failure
        at = text.find(word)
        print(f"{page.url}: {text[max(0, at - 60) : at + 40]!r}")
    return words


def test_an_editor_in_kazakh_meets_no_english(visit, content, editor, vocabulary):
    reader = visit(viewport={"width": 1280, "height": 900})
    page = reader.page
    reader.goto("/admin/login/")
    found = {"sign-in": english_on(page, vocabulary)}
    reader.sign_in(editor, EDITOR_PASSWORD)

    def screen(name, path=None, action=None):
        if path:
            reader.goto(path)
        if action:
            action()
            page.wait_for_timeout(400)
        found[name] = english_on(page, vocabulary)

    story = content.story
    screen("dashboard", "/admin/")
    screen("explorer", f"/admin/pages/{content.site.news.pk}/")
    screen("editor", f"/admin/pages/{story.pk}/edit/")
    for number, tab in enumerate(page.locator("[role=tab]").all()):
        screen(f"editor tab {number + 1}", action=tab.click)
    screen("action menu", action=page.locator("footer .w-dropdown__toggle").first.click)
    page.keyboard.press("Escape")
    for panel in ("status", "checks", "comments"):
        toggle = page.locator(f"[data-side-panel-toggle={panel}]")
        if toggle.count():
            screen(f"{panel} panel", action=toggle.first.click)
            toggle.first.click()  # closed again
    screen("history", f"/admin/pages/{story.pk}/history/")
    screen("image library", "/admin/images/")
    reader.goto(f"/admin/pages/{story.pk}/edit/")
    choose = page.locator("[data-chooser-action-choose]:visible")
    if choose.count():
        screen("image chooser", action=choose.first.click)
        page.keyboard.press("Escape")
    screen("documents", "/admin/documents/")
    screen("snippets", "/admin/snippets/")
    screen("users", "/admin/users/")
    screen("groups", "/admin/groups/")
    screen("workflows", "/admin/workflows/list/")
    screen("workflow tasks", "/admin/workflows/tasks/index/")
    screen("report: locked pages", "/admin/reports/locked/")
    screen("report: site history", "/admin/reports/site-history/")
    screen("account", "/admin/account/")
    english = {name: words for name, words in found.items() if words}
    assert english == {}
    assert reader.errors == []
