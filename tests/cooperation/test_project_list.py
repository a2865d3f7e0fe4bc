"""The projects list: filters by partner country, sector and status, pages, bad input and a
query count that stays flat."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from cooperation.choices import ProjectStatus
from cooperation.models import ProjectIndexPage, Sector

from .factories import CountryFactory, OrganisationFactory, make_project

pytestmark = pytest.mark.django_db

URL = "/kk/cooperation/projects/"


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(client, url):
    return [a.text for a in get_html(client, url).select(".card__title a")]


def sector(code):
    return Sector.objects.get(code=code)


@pytest.fixture
def projects(cooperation):
    korea = CountryFactory(code="KR", name_kk="Корея", name_en="Korea")
    china = CountryFactory(code="CN", name_kk="Қытай", name_en="China")
    CountryFactory(code="TH", name_kk="Тайланд", name_en="Thailand")
    engineering = OrganisationFactory(country=korea, name_kk="Кореялық инжиниринг")
    builders = OrganisationFactory(country=china, name_kk="Қытай құрылыс тобы")
    p = cooperation.projects
    return SimpleNamespace(
        plant=make_project(
            p,
            partners=[engineering],
            sector=sector("energy"),
            status=ProjectStatus.CONSTRUCTION,
            capacity_value=926,
            capacity_unit_kk="МВт",
            title_kk="Бу-газ электр станциясы",
            title_en="Combined-cycle power plant",
        ),
        hotel=make_project(
            p,
            partners=[builders],
            sector=sector("tourism"),
            status=ProjectStatus.PREPARATION,
            title_kk="Қонақүй кешені",
            title_en="Hotel complex",
        ),
        cameras=make_project(
            p,
            partners=[builders, engineering],
            sector=sector("industry"),
            status=ProjectStatus.PROPOSED,
            title_kk="Камера зауыты",
            title_en="Camera factory",
        ),
        storage=make_project(
            p,
            sector=sector("agriculture"),
            status=ProjectStatus.OPERATING,
            title_kk="Көкөніс қоймасы",
            title_ru="",
        ),
    )


class TestFilters:
    @pytest.mark.parametrize(
        "query, expected",
        [
            ("country=kr", {"plant", "cameras"}),
            ("country=cn", {"hotel", "cameras"}),
            ("sector=energy", {"plant"}),
            ("status=operating", {"storage"}),
            ("country=cn&sector=industry", {"cameras"}),
            ("country=kr&status=construction&sector=energy", {"plant"}),
            ("country=cn&status=construction", set()),
            ("utm_source=instagram", {"plant", "hotel", "cameras", "storage"}),
        ],
    )
    def test_each_filter_and_their_combination(self, client, projects, query, expected):
        html = get_html(client, f"{URL}?{query}")
        shown = [a.text for a in html.select(".card__title a")]
        assert len(shown) == len(expected)
        assert set(shown) == {getattr(projects, key).title_kk for key in expected}
        assert html.select_one(".list-summary__count").text.startswith(str(len(expected)))

    def test_no_match_says_so(self, client, projects):
        html = get_html(client, f"{URL}?status=cancelled")
        with translation.override("kk"):
            assert gettext("No project matches these filters.") in html.text

    def test_the_form(self, client, projects):
        form = get_html(client, f"{URL}?sector=energy").find("form", class_="filters")
        countries = [
            o["value"] for o in form.find("select", id="filter-country").find_all("option")
        ]
        assert countries == ["", "kr", "cn"]  # Корея, Қытай: Thailand has no project
        chosen = form.find("select", id="filter-sector").find("option", selected=True)
        assert chosen["value"] == "energy"
        for select in form.find_all("select"):
            assert form.find("label", attrs={"for": select["id"]})


class TestPagination:
    def test_pages_and_the_end(self, client, projects, monkeypatch):
        monkeypatch.setattr(ProjectIndexPage, "per_page", 3)
        first, second = titles(client, URL), titles(client, f"{URL}?page=2")
        assert len(first) == 3 and len(second) == 1
        assert set(first + second) == {
            p.title_kk for p in (projects.plant, projects.hotel, projects.cameras, projects.storage)
        }
        assert client.get(f"{URL}?page=3").status_code == 404
        html = get_html(client, f"{URL}?country=cn&utm_source=x")
        assert html.find("a", rel="next") is None


class TestLanguages:
    def test_a_project_shows_only_in_the_languages_it_exists_in(self, client, projects):
        assert projects.storage.title_kk in titles(client, URL)
        english = titles(client, "/en/cooperation/projects/")
        assert sorted(english) == ["Camera factory", "Combined-cycle power plant", "Hotel complex"]


class TestBadInput:
    @pytest.mark.parametrize(
        "query", ["country=zz", "sector=magic", "status=lost", "page=abc", "page=-2"]
    )
    def test_a_400_in_the_readers_language(self, client, cooperation, query):
        response = client.get(f"/ru/cooperation/projects/?{query}")
        assert response.status_code == 400
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "ru" and html.h1.text == "Некорректный запрос"

    def test_a_page_past_the_end_is_a_404(self, client, cooperation):
        assert client.get(f"{URL}?page=2").status_code == 404


class TestQueryCount:
    def count(self, client, url):
        client.get(url)  # warm the site and page caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def test_does_not_grow_with_the_projects(self, client, cooperation):
        country = CountryFactory()
        url = f"/en/cooperation/projects/?country={country.url_code}"

        def add(number):
            make_project(
                cooperation.projects,
                partners=[OrganisationFactory(country=country), OrganisationFactory()],
                sector=sector("energy"),
                region=cooperation.region,
                capacity_value=100 + number,
                capacity_unit_kk="МВт",
                investment_amount=1_000_000,
                title_en=f"Project {number}",
            )

        for number in range(2):
            add(number)
        with_two = self.count(client, url)
        for number in range(2, 12):
            add(number)
        assert self.count(client, url) == with_two
        assert len(titles(client, url)) == 12
