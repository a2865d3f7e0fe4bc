"""The delegations by year: headings per year, the years with their counts, filters by country,
direction and year, pages, bad input and a query count that stays flat."""

import re
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from cooperation.choices import Direction
from cooperation.models import DelegationIndexPage, Event

from .factories import CountryFactory, PartnerPlaceFactory, make_delegation, make_person

pytestmark = pytest.mark.django_db

URL = "/kk/cooperation/delegations/"


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(client, url):
    return [a.text for a in get_html(client, url).select(".card__title a")]


@pytest.fixture
def visits(cooperation):
    china = CountryFactory(code="CN", name_kk="Қытай", name_en="China")
    korea = CountryFactory(code="KR", name_kk="Корея", name_en="Korea")
    russia = CountryFactory(code="RU", name_kk="Ресей", name_en="Russia")
    CountryFactory(code="TH", name_kk="Тайланд", name_en="Thailand")
    shaanxi = PartnerPlaceFactory(country=china, slug="shaanxi", name_kk="Шэньси")
    samara = PartnerPlaceFactory(country=russia, slug="samara", name_kk="Самара облысы")
    d = cooperation.delegations
    return SimpleNamespace(
        samara=make_delegation(
            d,
            places=[samara],  # the country only through the place
            start=date(2018, 11, 7),
            end=date(2018, 11, 9),
            title_kk="Самараға сапар",
            title_en="Visit to Samara",
        ),
        shaanxi=make_delegation(
            d,
            countries=[china],
            places=[shaanxi],
            start=date(2019, 5, 12),
            end=date(2019, 5, 16),
            title_kk="Шэньсиге сапар",
            title_en="Visit to Shaanxi",
        ),
        korean_guests=make_delegation(
            d,
            countries=[korea],
            direction=Direction.INCOMING,
            start=date(2019, 10, 3),
            end=date(2019, 10, 4),
            title_kk="Корея делегациясын қабылдау",
            title_en="Korean delegation received",
        ),
        chinese_guests=make_delegation(
            d,
            countries=[china],
            direction=Direction.INCOMING,
            start=date(2020, 9, 1),
            end=date(2020, 9, 2),
            title_kk="Қытай делегациясын қабылдау",
            title_ru="",
        ),
    )


def names(visits, *keys):
    return [getattr(visits, key).title_kk for key in keys]


class TestByYear:
    def test_newest_first_under_a_heading_per_year(self, client, visits):
        html = get_html(client, URL)
        assert [h2.text for h2 in html.select(".year-group h2")] == ["2020", "2019", "2018"]
        group_2019 = html.find("h2", string="2019").find_parent("section")
        assert [h3.text for h3 in group_2019.select("h3.card__title")] == names(
            visits, "korean_guests", "shaanxi"
        )
        assert titles(client, URL) == names(
            visits, "chinese_guests", "korean_guests", "shaanxi", "samara"
        )

    def test_the_years_with_their_counts(self, client, visits):
        html = get_html(client, f"{URL}?direction=outgoing")
        links = html.select(".year-list a")
        counts = [(a.contents[0].strip(), re.search(r"\d+", a.span.text)[0]) for a in links[1:]]
        assert counts == [("2019", "1"), ("2018", "1")]
        assert links[1]["href"] == "?direction=outgoing&year=2019"
        assert links[0]["aria-current"] == "page"

    def test_one_year(self, client, visits):
        html = get_html(client, f"{URL}?year=2019")
        assert [a.text for a in html.select(".card__title a")] == names(
            visits, "korean_guests", "shaanxi"
        )
        current = html.select_one(".year-list a[aria-current]")
        assert current.contents[0].strip() == "2019"
        assert html.select_one(".year-list a")["href"] == URL  # back to all years
        assert html.title.text.startswith("Делегациялар · 2019")


class TestFilters:
    @pytest.mark.parametrize(
        "query, expected",
        [
            ("country=cn", ["chinese_guests", "shaanxi"]),
            ("country=ru", ["samara"]),
            ("direction=incoming", ["chinese_guests", "korean_guests"]),
            ("direction=outgoing", ["shaanxi", "samara"]),
            ("year=2018", ["samara"]),
            ("country=cn&direction=outgoing", ["shaanxi"]),
            ("country=cn&direction=incoming&year=2020", ["chinese_guests"]),
            ("country=kr&year=2018", []),
            ("utm_source=telegram", ["chinese_guests", "korean_guests", "shaanxi", "samara"]),
        ],
    )
    def test_each_filter_and_their_combination(self, client, visits, query, expected):
        assert titles(client, f"{URL}?{query}") == names(visits, *expected)

    def test_no_match_says_so(self, client, visits):
        with translation.override("kk"):
            message = gettext("No delegation matches these filters.")
        assert message in get_html(client, f"{URL}?year=2021").text

    def test_the_form_offers_countries_with_visits(self, client, visits):
        form = get_html(client, URL).find("form", class_="filters")
        countries = [
            o["value"] for o in form.find("select", id="filter-country").find_all("option")
        ]
        assert countries == ["", "kr", "cn", "ru"]  # Корея, Қытай, Ресей: not Thailand
        for select in form.find_all("select"):
            assert form.find("label", attrs={"for": select["id"]})


class TestPagination:
    def test_pages_and_the_end(self, client, visits, monkeypatch):
        monkeypatch.setattr(DelegationIndexPage, "per_page", 3)
        first, second = titles(client, URL), titles(client, f"{URL}?page=2")
        assert first + second == names(
            visits, "chinese_guests", "korean_guests", "shaanxi", "samara"
        )
        html = get_html(client, f"{URL}?page=2")
        assert [h2.text for h2 in html.select(".year-group h2")] == ["2018"]
        assert client.get(f"{URL}?page=3").status_code == 404
        html = get_html(client, f"{URL}?direction=outgoing&utm_source=x")
        assert html.find("a", rel="next") is None
        assert get_html(client, URL).find("a", rel="next")["href"] == "?page=2"


class TestLanguages:
    def test_a_visit_shows_only_in_the_languages_it_exists_in(self, client, visits):
        assert visits.chinese_guests.title_kk in titles(client, URL)
        english = titles(client, "/en/cooperation/delegations/")
        assert english == ["Korean delegation received", "Visit to Shaanxi", "Visit to Samara"]
        assert len(titles(client, "/ru/cooperation/delegations/")) == 3


class TestBadInput:
    @pytest.mark.parametrize(
        "query",
        ["country=zz", "country=chn", "direction=sideways", "year=abc", "page=abc", "page=0"],
    )
    def test_a_400_in_the_readers_language(self, client, cooperation, query):
        response = client.get(f"/ru/cooperation/delegations/?{query}")
        assert response.status_code == 400
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "ru" and html.h1.text == "Некорректный запрос"

    def test_a_page_past_the_end_is_a_404(self, client, cooperation):
        assert client.get(f"{URL}?page=2").status_code == 404


def visit_with_everything(parent, country, number):
    place = PartnerPlaceFactory(country=country)
    leader = make_person(
        name_kk=f"Басшы {number}",
        positions=[
            ("орынбасар", "заместитель", "deputy", date(2010, 1, 1), date(2017, 12, 31)),
            ("әкім", "аким", "akim", date(2018, 1, 1), None),
        ],
    )
    start = date(2018, 1, 10) + timedelta(days=60 * number)
    event = Event.objects.create(name_kk=f"Форум {number}", start_date=start)
    return make_delegation(
        parent,
        countries=[country],
        places=[place],
        leader=leader,
        event=event,
        start=start,
        end=start + timedelta(days=2),
        title_en=f"Visit {number}",
    )


class TestQueryCount:
    def count(self, client, url):
        client.get(url)  # warm the site and page caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def test_does_not_grow_with_the_visits(self, client, cooperation):
        country = CountryFactory()
        url = f"/en/cooperation/delegations/?country={country.url_code}"
        for number in range(2):
            visit_with_everything(cooperation.delegations, country, number)
        with_two = self.count(client, url)
        for number in range(2, 12):
            visit_with_everything(cooperation.delegations, country, number)
        assert self.count(client, url) == with_two
        html = get_html(client, url)
        assert len(html.select(".card__title")) == 12
        assert "akim" in html.text  # the leaders' positions were read
