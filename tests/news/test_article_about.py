"""The article page's "This story is about": the records and partners an article is linked to."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from tests.cooperation import conftest as cooperation_fixtures
from tests.cooperation.factories import (
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    link_article,
    make_agreement,
    make_delegation,
    make_project,
)
from tests.factories import ArticlePageFactory

# The site with the Cooperation section and its lists (tests/cooperation/conftest.py).
cooperation = cooperation_fixtures.cooperation


def about_block(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("section", class_="story-about")


def entries(block, term, language="ru"):
    with translation.override(language):
        dt = block.find("dt", string=gettext(term))
    return dt.find_next_sibling("dd").find_all("li")


@pytest.fixture
def china(db):
    return CountryFactory(code="CN", name_ru="Китай")


@pytest.mark.django_db
class TestStoryAbout:
    def test_lists_the_linked_records_and_partners(self, client, cooperation, china):
        shaanxi = PartnerPlaceFactory(country=china, name_ru="Провинция Шэньси", slug="shaanxi")
        company = OrganisationFactory(country=china, name_ru="Строительная группа")
        delegation = make_delegation(cooperation.delegations, countries=[china])
        agreement = make_agreement(cooperation.agreements, parties=[shaanxi])
        project = make_project(cooperation.projects, partners=[company])
        article = link_article(
            ArticlePageFactory(parent=cooperation.news),
            delegations=[delegation],
            agreements=[agreement],
            projects=[project],
            countries=[china],
            places=[shaanxi],
            organisations=[company],
        )
        block = about_block(client, article.url_in("ru"))
        assert block.h2.text
        links = {a.text: a["href"] for a in block.find_all("a")}
        assert links == {
            delegation.title_ru: delegation.url_in("ru"),
            agreement.title_ru: agreement.url_in("ru"),
            project.title_ru: project.url_in("ru"),
            "Китай": "/ru/cooperation/countries/cn/",
            "Провинция Шэньси": "/ru/cooperation/places/shaanxi/",
        }
        [organisation] = entries(block, "Organisations")
        assert organisation.text == "Строительная группа (Китай)"
        assert organisation.find("a") is None

    def test_the_delegation_page_lists_the_article_back(self, client, cooperation, china):
        delegation = make_delegation(cooperation.delegations, countries=[china])
        article = link_article(
            ArticlePageFactory(parent=cooperation.news), delegations=[delegation]
        )
        block = about_block(client, article.url_in("ru"))
        assert block.find("a", href=delegation.url_in("ru"))
        page = BeautifulSoup(client.get(delegation.url_in("ru")).content, "html.parser")
        assert page.select_one(".record-articles a[href]")["href"] == article.url_in("ru")

    def test_unpublished_records_are_left_out(self, client, cooperation, china):
        draft = make_delegation(cooperation.delegations, countries=[china], live=False)
        live = make_agreement(cooperation.agreements, parties=[china])
        article = link_article(
            ArticlePageFactory(parent=cooperation.news), delegations=[draft], agreements=[live]
        )
        block = about_block(client, article.url_in("ru"))
        assert block.find("dt", string="Delegations") is None
        assert [a.text for a in block.find_all("a")] == [live.title_ru]

    def test_no_block_without_links(self, client, site):
        article = ArticlePageFactory(parent=site.news)
        assert about_block(client, article.url_in("kk")) is None

    def test_queries_do_not_grow_with_the_links(self, client, cooperation):
        def article_with(number):
            countries = CountryFactory.create_batch(number)
            places = [PartnerPlaceFactory(country=country) for country in countries]
            return link_article(
                ArticlePageFactory(parent=cooperation.news),
                delegations=[make_delegation(cooperation.delegations) for _ in range(number)],
                agreements=[
                    make_agreement(cooperation.agreements, parties=countries) for _ in range(number)
                ],
                projects=[make_project(cooperation.projects) for _ in range(number)],
                countries=countries,
                places=places,
                organisations=[OrganisationFactory(country=c) for c in countries],
            )

        counts = []
        for article in (article_with(1), article_with(4)):
            url = article.url_in("ru")
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                block = about_block(client, url)
            assert block is not None
            counts.append(len(queries))
        print(f"article page queries: {counts[0]} (1 link of each kind), {counts[1]} (4)")
        assert counts[0] == counts[1]
