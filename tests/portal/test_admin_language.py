"""The admin in Kazakh: a catalogue for every string of the installed Wagtail apps, with their
placeholders; Kazakh by default for new accounts; the update command that keeps it level."""

import json
import re

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from portal.management.commands import admin_catalogue
from tests.factories import ArticlePageFactory

PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[^{}]*\}|</?[a-zA-Z][^>]*>")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


class TestTheCatalogue:
    def test_every_string_of_the_installed_wagtail_apps_has_kazakh(self):
        report = admin_catalogue.compare("kk")
        for domain, (missing, _gone) in report.items():
            assert missing == [], f"{domain}: {len(missing)} without Kazakh, e.g. {missing[:5]}"

    @pytest.mark.parametrize("domain", admin_catalogue.DOMAINS)
    def test_translations_keep_every_placeholder(self, domain):
        catalogue = polib.pofile(str(admin_catalogue.catalogue_path("kk", domain)))
        wrong = []
        for entry in catalogue.translated_entries():
            if entry.msgid_plural:
                pairs = [(entry.msgid, entry.msgstr_plural[0])]
                pairs.append((entry.msgid_plural, entry.msgstr_plural[1]))
            else:
                pairs = [(entry.msgid, entry.msgstr)]
            for source, target in pairs:
                if placeholders(source) != placeholders(target):
                    wrong.append((source, target))
        assert wrong == []

    def test_the_catalogue_has_kazakh_plural_forms(self):
        for domain in admin_catalogue.DOMAINS:
            catalogue = polib.pofile(str(admin_catalogue.catalogue_path("kk", domain)))
            assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n!=1);"
            for entry in catalogue:
                if entry.msgid_plural:
                    assert sorted(entry.msgstr_plural) == [0, 1], entry.msgid

    def test_wagtail_speaks_kazakh_through_the_projects_locale_paths(self):
        with translation.override("kk"):
            assert translation.gettext("Dashboard") not in ("", "Dashboard")
            assert translation.gettext("View / edit fields for") != "View / edit fields for"
            one = translation.ngettext("Delete 1 page", "Delete %(counter)s pages", 1)
            several = translation.ngettext("Delete 1 page", "Delete %(counter)s pages", 5)
            assert "page" not in one + several
            assert "%(counter)s" in several

    def test_the_command_lists_a_string_the_catalogue_lacks(self, tmp_path, monkeypatch):
        for domain in admin_catalogue.DOMAINS:
            source = admin_catalogue.catalogue_path("kk", domain)
            copy = tmp_path / "kk" / "LC_MESSAGES" / f"{domain}.po"
            copy.parent.mkdir(parents=True, exist_ok=True)
            catalogue = polib.pofile(str(source))
            if domain == "django":
                dropped = next(e for e in catalogue if e.msgid == "Dashboard")
                catalogue.remove(dropped)
            catalogue.save(str(copy))
        monkeypatch.setattr(
            admin_catalogue,
            "catalogue_path",
            lambda language, domain: tmp_path / language / "LC_MESSAGES" / f"{domain}.po",
        )
        with pytest.raises(CommandError, match="1 admin string"):
            call_command("admin_catalogue", "--check")
        call_command("admin_catalogue", "--update")
        added = {e.msgid: e for e in polib.pofile(str(tmp_path / "kk/LC_MESSAGES/django.po"))}
        assert added["Dashboard"].msgstr == ""
        assert added["Dashboard"].tcomment.startswith("ru: ")


@pytest.mark.django_db
class TestAccounts:
    def test_a_new_account_starts_in_kazakh(self, client):
        with translation.override("ru"):  # whatever the language of the request
            user = get_user_model().objects.create_superuser(
                "jurnalist", "jurnalist@example.kz", "a-long-test-password"
            )
        assert user.wagtail_userprofile.preferred_language == "kk"
        client.force_login(user)
        client.cookies["portal_language"] = "ru"  # the language they last read the site in
        response = client.get("/admin/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="kk"' in html
        assert "Dashboard" not in html

    def test_an_editor_may_choose_russian(self, client):
        user = get_user_model().objects.create_superuser(
            "redaktor", "redaktor@example.kz", "a-long-test-password"
        )
        user.wagtail_userprofile.preferred_language = "ru"
        user.wagtail_userprofile.save()
        client.force_login(user)
        html = client.get("/admin/").content.decode()
        assert '<html lang="ru"' in html

    def test_the_admins_javascript_catalogue_is_kazakh(self, client):
        user = get_user_model().objects.create_superuser(
            "audarmashy", "a@example.kz", "a-long-test-password"
        )
        client.force_login(user)
        catalogue = client.get("/admin/jsi18n/").content.decode()
        # The catalogue is JSON inside the script, its letters \u-escaped.
        assert json.dumps("Мазмұнды мына тілден көшіру")[1:-1] in catalogue


@pytest.mark.django_db
def test_moderation_notices_reach_each_reviewer_in_their_language(
    site, mailoutbox, django_capture_on_commit_callbacks
):
    """Wagtail's notice of a story submitted for moderation, in each recipient's language."""
    reviewers = Group.objects.create(name="Тексерушілер")
    task = GroupApprovalTask.objects.create(name="Тексеру")
    task.groups.add(reviewers)
    workflow = Workflow.objects.create(name="Екінші көз")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=site.home)
    users = get_user_model().objects
    for name, language in (("qaraushy", "kk"), ("proverka", "ru")):
        reviewer = users.create_user(name, f"{name}@example.kz", "a-long-test-password")
        reviewer.wagtail_userprofile.preferred_language = language
        reviewer.wagtail_userprofile.save()
        reviewer.groups.add(reviewers)
    journalist = users.create_superuser("jurnalist", "j@example.kz", "a-long-test-password")
    story = ArticlePageFactory(parent=site.news, live=False)
    story.save_revision(user=journalist)
    with django_capture_on_commit_callbacks(execute=True):
        story.get_workflow().start(story, journalist)
    subjects = {message.to[0]: message.subject for message in mailoutbox}
    kazakh, russian = subjects["qaraushy@example.kz"], subjects["proverka@example.kz"]
    assert story.draft_title in kazakh and story.draft_title in russian
    assert "submitted" not in kazakh.lower() and "submitted" not in russian.lower()
    assert kazakh != russian
