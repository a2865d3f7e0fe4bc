"""The Cooperation section page (figures at a glance, latest records) and the countries list."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from .factories import (
    STATUS,
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    make_agreement,
    make_delegation,
    make_project,
)


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def figure_links(html, heading_id):
    group = html.find(id=heading_id).parent
    return {a.get_text(" ", strip=True): a["href"] for a in group.find_all("a")}


@pytest.fixture
def records(cooperation):
    china = CountryFactory(code="CN", name_en="China")
    korea = CountryFactory(code="KR", name_en="Korea")
    CountryFactory(code="TH", name_en="Thailand")  # no records: not a figure
    shaanxi = PartnerPlaceFactory(country=china, name_en="Shaanxi")
    for _ in range(2):
        make_agreement(
            cooperation.agreements, parties=[cooperation.region, shaanxi], title_en="Signed"
        )
    make_agreement(
        cooperation.agreements,
        parties=[korea],
        signed_on=None,
        statuses=[(date(2021, 3, 1), STATUS.UNDER_CONSIDERATION)],
        title_en="Considered",
    )
    make_agreement(cooperation.agreements, parties=[korea])  # no English version
    make_agreement(cooperation.agreements, parties=[korea], title_en="Draft", live=False)
    make_delegation(
        cooperation.delegations,
        countries=[china],
        start=date(2019, 5, 12),
        end=date(2019, 5, 16),
        title_en="Visit to China",
    )
    make_delegation(
        cooperation.delegations,
        places=[shaanxi],
        start=date(2019, 9, 1),
        end=date(2019, 9, 3),
        title_en="Visit to Shaanxi",
    )
    make_delegation(
        cooperation.delegations,
        countries=[korea],
        start=date(2021, 4, 1),
        end=date(2021, 4, 2),
        title_en="Visit to Korea",
    )
    make_project(
        cooperation.projects, partners=[OrganisationFactory(country=korea)], title_en="Power plant"
    )
    return china, korea


@pytest.mark.django_db
class TestSectionFigures:
    def test_agreements_by_status_link_to_the_filtered_register(self, client, cooperation, records):
        html = html_of(client.get("/en/cooperation/"))
        assert len(html.find_all("h1")) == 1
        # Live agreements in English only: 2 signed, 1 under consideration.
        assert figure_links(html, "figures-agreements") == {
            "2 agreements signed": "/en/cooperation/agreements/?status=signed",
            "1 agreement under consideration": (
                "/en/cooperation/agreements/?status=under_consideration"
            ),
        }

    def test_russian_figures_count_the_russian_versions(self, client, cooperation, records):
        html = html_of(client.get("/ru/cooperation/"))
        counts = [
            int(span.text)
            for span in html.find(id="figures-agreements").parent.select(".figure-list__count")
        ]
        assert sorted(counts) == [1, 3]  # the Kazakh-Russian agreement to Korea counts here

    def test_delegations_by_year_newest_first(self, client, cooperation, records):
        html = html_of(client.get("/en/cooperation/"))
        assert list(figure_links(html, "figures-delegations").items()) == [
            ("1 delegation in 2021", "/en/cooperation/delegations/?year=2021"),
            ("2 delegations in 2019", "/en/cooperation/delegations/?year=2019"),
        ]

    def test_partner_countries_link_to_their_pages(self, client, cooperation, records):
        html = html_of(client.get("/en/cooperation/"))
        group = html.find(id="figures-countries").parent
        items = [li.get_text(" ", strip=True) for li in group.find_all("li")]
        # China: 2 agreements (through Shaanxi) + 2 delegations; Korea: 1 + 1 + 1 project.
        assert items == ["China 4 records", "Korea 3 records"]
        assert group.find("a", string="China")["href"] == "/en/cooperation/countries/cn/"

    def test_latest_records_and_the_three_lists(self, client, cooperation, records):
        html = html_of(client.get("/en/cooperation/"))
        latest = [a.text for a in html.select("#latest-delegations ~ .card-grid h3 a")]
        assert latest == ["Visit to Korea", "Visit to Shaanxi", "Visit to China"]
        assert [a.text for a in html.select("#latest-projects ~ .card-grid h3 a")] == [
            "Power plant"
        ]
        nav = {a["href"] for a in html.select("nav.section-links a")}
        assert nav == {
            "/en/cooperation/agreements/",
            "/en/cooperation/delegations/",
            "/en/cooperation/projects/",
            "/en/cooperation/countries/",
        }

    def test_an_empty_section_says_so(self, client, cooperation):
        html = html_of(client.get("/en/cooperation/"))
        assert "No agreements yet." in html.text


@pytest.mark.django_db
class TestCountriesList:
    def test_lists_countries_with_their_counts(self, client, cooperation, records):
        html = html_of(client.get("/en/cooperation/countries/"))
        assert html.h1.text == "Partner countries"
        table = html.find("table")
        assert table.caption.text
        rows = [
            [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
            for row in table.tbody.find_all("tr")
        ]
        assert rows == [
            ["China", "2", "2", "0"],
            ["Korea", "1", "1", "1"],
            ["Thailand", "0", "0", "0"],
        ]
        assert table.tbody.th["scope"] == "row"
        assert table.tbody.find("a", string="Korea")["href"] == "/en/cooperation/countries/kr/"

    def test_kazakh_names_sort_in_the_kazakh_alphabet(self, client, cooperation):
        # "Ә" follows "А" in Kazakh; a byte order would put it after "Я".
        for code, name in (("XA", "Әзірбайжан"), ("XB", "Ямайка"), ("XC", "Бразилия")):
            CountryFactory(code=code, name_kk=name)
        html = html_of(client.get("/kk/cooperation/countries/"))
        names = [th.get_text(strip=True) for th in html.select("tbody th")]
        assert names == ["Әзірбайжан", "Бразилия", "Ямайка"]

    def test_the_language_switch_keeps_the_route(self, client, cooperation):
        html = html_of(client.get("/ru/cooperation/countries/"))
        switch = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
        assert switch == {
            "kk": "/kk/cooperation/countries/",
            "ru": "/ru/cooperation/countries/",
            "en": "/en/cooperation/countries/",
        }
        alternates = {
            link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate")
        }
        assert alternates["en"] == "http://testserver/en/cooperation/countries/"
