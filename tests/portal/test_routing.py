"""Finding a request's page in a fixed number of queries, with Wagtail's rules kept."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.cooperation.factories import CountryFactory, make_agreement, make_section
from tests.factories import ArticlePageFactory, StandardPageFactory


@pytest.fixture
def data_cache(settings):
    settings.PAGE_DATA_CACHE_SECONDS = 3600
    return settings


@pytest.mark.django_db
class TestRouting:
    def test_pages_at_every_depth_are_found(self, client, site):
        about = StandardPageFactory(parent=site.home, slug="about", title_ru="О нас")
        team = StandardPageFactory(parent=about, slug="team", title_ru="Команда")
        article = ArticlePageFactory(parent=site.news)
        assert client.get("/ru/about/").status_code == 200
        response = client.get("/ru/about/team/")
        assert response.status_code == 200
        assert response.context["page"] == team
        assert client.get(article.url_in("ru")).context["page"] == article

    def test_a_draft_or_an_unknown_address_is_the_readers_404(self, client, site):
        draft = ArticlePageFactory(parent=site.news, live=False)
        for url in (draft.url_in("ru"), "/ru/news/no-such-story/", "/ru/nowhere/at/all/"):
            response = client.get(url)
            assert response.status_code == 404, url
            assert "Страница не найдена" in response.content.decode()

    def test_a_slug_is_looked_for_under_its_own_parent(self, client, site):
        StandardPageFactory(parent=site.home, slug="contacts")
        about = StandardPageFactory(parent=site.home, slug="about")
        assert client.get("/kk/about/contacts/").status_code == 404
        nested = StandardPageFactory(parent=about, slug="contacts", title_kk="Байланыс")
        assert client.get("/kk/about/contacts/").context["page"] == nested

    def test_routes_of_a_routable_page_still_work(self, client, site):
        section, agreements, _delegations, _projects = make_section(site.home)
        country = CountryFactory(code="CN")
        make_agreement(agreements, parties=[country, CountryFactory()])
        assert client.get("/kk/cooperation/countries/cn/").status_code == 200
        assert client.get("/kk/cooperation/agreements/csv/").status_code == 200
        assert client.get("/kk/cooperation/countries/zz/").status_code in (400, 404)

    def test_the_query_count_does_not_grow_with_depth(self, client, site, data_cache):
        top = StandardPageFactory(parent=site.home, slug="top")
        deep = top
        for level in range(4):
            deep = StandardPageFactory(parent=deep, slug=f"level-{level}")

        def queries(url):
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            return len(captured)

        assert queries(deep.url_in("kk")) == queries(top.url_in("kk"))

    def test_a_view_restriction_made_later_is_obeyed(
        self, client, site, data_cache, django_capture_on_commit_callbacks
    ):
        article = ArticlePageFactory(parent=site.news, title_kk="Жабық мақала")
        url = article.url_in("kk")
        assert "Жабық мақала" in client.get(url).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.create(
                page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
            )
        response = client.get(url)
        assert "Жабық мақала" not in response.content.decode()
        assert 'name="password"' in response.content.decode()
