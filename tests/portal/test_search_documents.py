"""The site search's documents follow the pages: publication, unpublication, deletion,
passwords, moves, scheduled publishing, and the command that builds them all again."""

import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from news.models import ArticlePage
from portal import search_documents
from portal.celery import app as celery_app
from portal.models import SearchDocument
from portal.search import parse_query
from portal.tasks import publish_scheduled_task
from tests.cooperation.factories import (
    CountryFactory,
    make_agreement,
    make_delegation,
    make_project,
    make_section,
)
from tests.factories import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    paragraphs,
)


def documents(page):
    return dict(
        SearchDocument.objects.filter(page=page)
        .values_list("language", "title")
        .order_by("language")
    )


def found(language, q):
    """Titles the backend finds for `q`, as the search page asks it."""
    query = parse_query(q, language)
    return {
        document.title
        for document in get_search_backend().search(
            query.backend_query(), SearchDocument.objects.filter(language=language)
        )
    }


@pytest.fixture(autouse=True)
def tasks_in_process(monkeypatch):
    """The tasks that build a section's documents run here, with or without a broker."""
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish


def story(site, **fields):
    fields.setdefault("title_kk", "Шэньси провинциясымен келісім")
    fields.setdefault("title_ru", "Соглашение с провинцией Шэньси")
    return ArticlePageFactory(parent=site.news, live=False, **fields)


@pytest.mark.django_db
class TestPublication:
    def test_publishing_makes_a_document_per_language(self, site, publish):
        page = publish(story(site))
        assert documents(page) == {
            "kk": "Шэньси провинциясымен келісім",
            "ru": "Соглашение с провинцией Шэньси",
        }
        assert found("ru", "соглашения") == {"Соглашение с провинцией Шэньси"}

    def test_a_new_translation_is_added_and_a_removed_one_goes(self, site, publish):
        page = publish(story(site))
        page.title_en = "An agreement with Shaanxi"
        page.body_en = paragraphs("Signed in Xi'an.")
        publish(page)
        assert set(documents(page)) == {"kk", "ru", "en"}
        page.title_ru = ""
        page.body_ru = []
        page.lead_ru = ""
        publish(page)
        assert set(documents(page)) == {"kk", "en"}
        assert found("ru", "соглашения") == set()

    def test_a_changed_text_is_searched_as_changed(self, site, publish):
        page = publish(story(site, body_ru=paragraphs("Речь шла о хлопке.")))
        page.body_ru = paragraphs("Речь шла о туризме.")
        publish(page)
        assert found("ru", "туризм") == {"Соглашение с провинцией Шэньси"}
        assert found("ru", "хлопке") == set()

    def test_the_date_a_reader_expects(self, site, publish):
        day = timezone.make_aware(timezone.datetime(2018, 7, 18, 23, 30))  # Almaty time
        page = publish(story(site, date=day))
        assert SearchDocument.objects.filter(page=page).first().date == date(2018, 7, 18)

    def test_unpublishing_removes_the_documents_and_their_index_entries(self, site, publish):
        page = publish(story(site))
        entries = IndexEntry.objects.filter(content_type__model="searchdocument")
        assert entries.count() == 2
        page.unpublish()
        assert documents(page) == {}
        assert entries.count() == 0
        assert found("ru", "Шэньси") == set()

    def test_deleting_removes_the_documents(self, site, publish):
        page = publish(story(site))
        page.delete()
        assert not SearchDocument.objects.exists()
        assert not IndexEntry.objects.filter(content_type__model="searchdocument").exists()

    def test_a_page_behind_a_password_is_not_searched(
        self, site, publish, django_capture_on_commit_callbacks
    ):
        page = publish(story(site))
        restriction = PageViewRestriction.objects.create(
            page=site.news, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        assert documents(page) == {}
        publish(page)
        assert documents(page) == {}
        with django_capture_on_commit_callbacks(execute=True):
            restriction.delete()
        assert set(documents(page)) == {"kk", "ru"}

    def test_a_page_moved_under_a_password_leaves_the_search(
        self, site, publish, django_capture_on_commit_callbacks
    ):
        page = publish(story(site))
        archive = NewsIndexPageFactory(parent=site.home, slug="archive", title_kk="Мұрағат")
        PageViewRestriction.objects.create(
            page=archive, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        with django_capture_on_commit_callbacks(execute=True):
            page.move(archive, pos="last-child")
        assert documents(page) == {}


@pytest.mark.django_db
class TestScheduledPublishing:
    def test_a_scheduled_story_is_searched_once_live_and_not_once_expired(
        self, site, django_capture_on_commit_callbacks
    ):
        page = story(site)
        page.go_live_at = timezone.now() + timedelta(minutes=5)
        revision = page.save_revision()
        with django_capture_on_commit_callbacks(execute=True):
            revision.publish()  # in the future: only approved for that time
        assert documents(page) == {}
        # Move the time as the clock would (as tests/portal/test_scheduled_publishing.py does).
        go_live_at = timezone.now() - timedelta(minutes=1)
        revision.refresh_from_db()
        revision.approved_go_live_at = go_live_at
        revision.content["go_live_at"] = go_live_at.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
        with django_capture_on_commit_callbacks(execute=True):
            publish_scheduled_task()
        assert set(documents(page)) == {"kk", "ru"}

        ArticlePage.objects.filter(pk=page.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        )
        with django_capture_on_commit_callbacks(execute=True):
            publish_scheduled_task()
        assert documents(page) == {}


@pytest.mark.django_db
class TestRebuild:
    def test_the_command_builds_every_document_and_drops_stale_ones(self, site):
        section, agreements, delegations, projects = make_section(site.home)
        make_agreement(agreements, parties=[], title_ru="Соглашение")
        make_delegation(delegations, title_ru="Визит")
        make_project(projects, title_ru="Проект")
        StandardPageFactory(parent=site.home)
        kept = ArticlePageFactory(parent=site.news)
        draft = ArticlePageFactory(parent=site.news, live=False)
        SearchDocument.objects.create(page=draft, language="kk", kind="article", title="Old")

        call_command("rebuild_search_documents", stdout=io.StringIO())

        kinds = set(SearchDocument.objects.values_list("kind", flat=True))
        assert kinds == {"article", "agreement", "delegation", "project", "page"}
        assert not SearchDocument.objects.filter(page=draft).exists()
        assert set(documents(kept)) == {"kk", "ru"}
        assert found("kk", "Вэйнаньмен") == {kept.title_kk}

    def test_rebuilding_reads_related_rows_in_bulk(self, site):
        section, agreements, delegations, projects = make_section(site.home)
        country = CountryFactory()

        def add_records(count):
            for _number in range(count):
                make_agreement(agreements, parties=[country])
                make_delegation(delegations, countries=[country])
                make_project(projects)
                ArticlePageFactory(parent=site.news)

        def queries():
            # From no documents: SQLite's backend updates existing index entries one by one.
            search_documents.remove(SearchDocument.objects.all())
            with CaptureQueriesContext(connection) as context:
                search_documents.rebuild_all()
            return len(context.captured_queries)

        add_records(2)
        queries()  # content types and the like cached
        few = queries()
        add_records(8)
        assert queries() == few


@pytest.mark.django_db
def test_the_demo_content_comes_with_documents(
    settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", verbosity=0)
    kinds = set(SearchDocument.objects.values_list("kind", flat=True))
    assert kinds == {"article", "agreement", "delegation", "project", "page"}
    assert found("kk", "Шэньси")
    assert found("ru", "Шэньси")
