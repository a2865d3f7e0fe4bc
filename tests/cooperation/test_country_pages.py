"""The pages of a partner country (countries/<code>/) and of a partner place (places/<slug>/)."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.factories import ArticlePageFactory

from .factories import (
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    link_article,
    make_agreement,
    make_delegation,
    make_person,
    make_project,
)


@pytest.fixture(autouse=True)
def restore_language():
    """A request leaves its language active in the thread; tests that run after these (such as
    test_models.py, which reads translated fields) expect the default one."""
    yield
    translation.deactivate()


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html, heading_id):
    return [a.text for a in html.select(f"#{heading_id} ~ .card-grid .card__title a")]


@pytest.fixture
def china(db):
    return CountryFactory(code="CN", name_ru="Китай", name_en="China")


@pytest.fixture
def shaanxi(china):
    return PartnerPlaceFactory(country=china, name_ru="Провинция Шэньси", slug="shaanxi")


@pytest.fixture
def weinan(china, shaanxi):
    return PartnerPlaceFactory(
        country=china, parent=shaanxi, kind="city", name_ru="Вэйнань", slug="weinan"
    )


def add_records(cooperation, country, place, organisation, number, start_day=1):
    """`number` delegations, agreements, projects and articles about the country."""
    leader = make_person(positions=[("әкім", "аким", "akim", date(2016, 1, 1), None)])
    made = []
    for n in range(number):
        day = date(2019, 1, start_day + n)
        delegation = make_delegation(
            cooperation.delegations,
            countries=[country],
            places=[place],
            start=day,
            end=day,
            leader=leader,
        )
        agreement = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, place],
            signed_on=day,
            statuses=[(day, "signed")],
            sectors=["trade", "energy"],
        )
        project = make_project(cooperation.projects, partners=[organisation])
        article = ArticlePageFactory(parent=cooperation.news)
        link_article(
            article,
            delegations=[delegation],
            agreements=[agreement],
            projects=[project],
            countries=[country],
            places=[place],
            organisations=[organisation],
        )
        made.append((delegation, agreement, project, article))
    return made


@pytest.mark.django_db
class TestCountryPage:
    def test_gathers_records_partners_and_articles(
        self, client, cooperation, china, shaanxi, weinan
    ):
        company = OrganisationFactory(country=china, place=weinan, name_ru="Строительная группа")
        [(delegation, agreement, project, _)] = add_records(cooperation, china, weinan, company, 1)
        html = html_of(client.get("/ru/cooperation/countries/cn/"))
        assert len(html.find_all("h1")) == 1 and html.h1.text == "Китай"
        assert titles(html, "partner-delegations") == [delegation.title_ru]
        assert titles(html, "partner-agreements") == [agreement.title_ru]
        assert titles(html, "partner-projects") == [project.title_ru]
        places = {a.text: a["href"] for a in html.select("#partner-places ~ ul a")}
        assert places == {
            "Провинция Шэньси": "/ru/cooperation/places/shaanxi/",
            "Вэйнань": "/ru/cooperation/places/weinan/",
        }
        assert "Строительная группа" in html.select_one("#partner-organisations ~ ul").text
        assert "(1)" in html.find(id="record-articles-heading").text

    def test_articles_through_places_organisations_and_records(
        self, client, site, cooperation, china, shaanxi
    ):
        company = OrganisationFactory(country=china)
        delegation = make_delegation(cooperation.delegations, countries=[china])
        agreement = make_agreement(cooperation.agreements, parties=[company])
        project = make_project(cooperation.projects, partners=[company])
        now = timezone.now()
        expected = []
        for age, links in enumerate(
            [
                {"countries": [china]},
                {"places": [shaanxi]},
                {"organisations": [company]},
                {"delegations": [delegation]},
                {"agreements": [agreement]},
                {"projects": [project]},
            ]
        ):
            article = ArticlePageFactory(parent=site.news, date=now - timedelta(days=age))
            expected.append(link_article(article, **links).title_ru)
        link_article(ArticlePageFactory(parent=site.news, live=False), countries=[china])
        link_article(ArticlePageFactory(parent=site.news), countries=[CountryFactory()])
        html = html_of(client.get("/ru/cooperation/countries/cn/"))
        assert [a.text for a in html.select(".record-articles .card__title a")] == expected

    @pytest.mark.parametrize("code", ["cn", "CN", "Cn"])
    def test_the_code_in_any_case(self, client, cooperation, china, code):
        assert client.get(f"/en/cooperation/countries/{code}/").status_code == 200

    @pytest.mark.parametrize("code", ["zz", "chn", "c1"])
    def test_an_unknown_code_is_a_404_in_the_readers_language(self, client, cooperation, code):
        response = client.get(f"/ru/cooperation/countries/{code}/")
        assert response.status_code == 404
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "ru"
        assert html.h1.text == "Страница не найдена"

    def test_long_lists_are_cut_with_a_link_to_the_filtered_list(
        self, client, cooperation, china, shaanxi
    ):
        made = add_records(cooperation, china, shaanxi, OrganisationFactory(country=china), 7)
        html = html_of(client.get("/ru/cooperation/countries/cn/"))
        shown = titles(html, "partner-agreements")
        assert len(shown) == 6 and "(7)" in html.find(id="partner-agreements").text
        # Newest first: the agreement signed on 7 January comes first.
        assert shown[0] == made[-1][1].title_ru
        more = {a["href"] for a in html.select("p.more a")}
        assert {
            "/ru/cooperation/agreements/?country=cn",
            "/ru/cooperation/delegations/?country=cn",
            "/ru/cooperation/projects/?country=cn",
        } <= more

    def test_lists_only_records_in_the_readers_language(self, client, cooperation, china):
        english = make_delegation(cooperation.delegations, countries=[china], title_en="Visit")
        make_delegation(cooperation.delegations, countries=[china])  # Kazakh and Russian only
        make_delegation(cooperation.delegations, countries=[china], title_en="Draft", live=False)
        html = html_of(client.get("/en/cooperation/countries/cn/"))
        assert titles(html, "partner-delegations") == [english.title_en]
        assert "1 delegation" in html.select_one(".partner__counts").text

    def test_the_language_switch_keeps_the_country(self, client, cooperation, china):
        html = html_of(client.get("/en/cooperation/countries/CN/"))
        switch = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
        assert switch["kk"] == "/kk/cooperation/countries/cn/"
        assert switch["ru"] == "/ru/cooperation/countries/cn/"

    def test_queries_do_not_grow_with_the_records(self, client, cooperation, china, shaanxi):
        organisation = OrganisationFactory(country=china, place=shaanxi)
        add_records(cooperation, china, shaanxi, organisation, 1)
        url = "/ru/cooperation/countries/cn/"
        client.get(url)  # the first visit makes image renditions and caches
        with CaptureQueriesContext(connection) as one:
            html_of(client.get(url))
        add_records(cooperation, china, shaanxi, organisation, 4, start_day=10)
        PartnerPlaceFactory.create_batch(3, country=china)
        OrganisationFactory.create_batch(3, country=china)
        client.get(url)
        with CaptureQueriesContext(connection) as five:
            html = html_of(client.get(url))
        assert len(titles(html, "partner-delegations")) == 5
        print(f"country page queries: {len(one)} (1 of each), {len(five)} (5 of each)")
        assert len(one) == len(five)


@pytest.mark.django_db
class TestPlacePage:
    def test_gathers_the_place_and_the_places_within_it(
        self, client, cooperation, china, shaanxi, weinan
    ):
        in_weinan = make_delegation(cooperation.delegations, places=[weinan])
        elsewhere = make_delegation(cooperation.delegations, countries=[china])
        agreement = make_agreement(cooperation.agreements, parties=[shaanxi])
        company = OrganisationFactory(country=china, place=weinan, name_ru="Завод")
        project = make_project(cooperation.projects, partners=[company])
        article = link_article(ArticlePageFactory(parent=cooperation.news), places=[weinan])
        html = html_of(client.get("/ru/cooperation/places/shaanxi/"))
        assert html.h1.text == "Провинция Шэньси"
        assert (
            html.select_one(".partner__header .meta a")["href"] == "/ru/cooperation/countries/cn/"
        )
        assert titles(html, "partner-delegations") == [in_weinan.title_ru]
        assert elsewhere.title_ru not in html.text
        assert titles(html, "partner-agreements") == [agreement.title_ru]
        assert titles(html, "partner-projects") == [project.title_ru]
        assert {a.text for a in html.select("#partner-places ~ ul a")} == {"Вэйнань"}
        assert "Завод" in html.select_one("#partner-organisations ~ ul").text
        assert [a.text for a in html.select(".record-articles .card__title a")] == [
            article.title_ru
        ]

    def test_a_city_links_to_its_province(self, client, cooperation, weinan):
        html = html_of(client.get("/en/cooperation/places/weinan/"))
        links = {a.text: a["href"] for a in html.select(".partner__header .meta a")}
        assert links[weinan.parent.name_en] == "/en/cooperation/places/shaanxi/"

    def test_an_unknown_place_is_a_404(self, client, cooperation):
        assert client.get("/kk/cooperation/places/atlantis/").status_code == 404

    def test_the_register_link_filters_by_place(self, client, cooperation, shaanxi):
        for _ in range(7):
            make_agreement(cooperation.agreements, parties=[shaanxi])
        html = html_of(client.get("/ru/cooperation/places/shaanxi/"))
        assert html.select_one("#partner-agreements ~ p.more a")["href"] == (
            "/ru/cooperation/agreements/?place=shaanxi"
        )
