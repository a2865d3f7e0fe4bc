"""The agreements register and its CSV export: filters alone and together, orders, pages, the
spreadsheet a reader downloads, bad input and a query count that stays flat."""

import csv
import io
from datetime import date
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from cooperation.choices import AgreementKind
from cooperation.models import AgreementIndexPage
from cooperation.registers import CSV_COLUMNS

from .factories import (
    STATUS,
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    make_agreement,
    make_person,
)

pytestmark = pytest.mark.django_db

URL = "/kk/cooperation/agreements/"
KAZAKH_LETTERS = "әғқңөұүһі"


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(client, url):
    return [a.text for a in get_html(client, url).select("table.register tbody th a")]


def found_count(html):
    return int(html.select_one(".list-summary__count").text.split()[0])


def csv_rows(response):
    assert response.status_code == 200, response.status_code
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def register(cooperation):
    """Five agreements with China and Korea, one of them only in Kazakh."""
    china = CountryFactory(code="CN", name_kk="Қытай", name_ru="Китай", name_en="China")
    korea = CountryFactory(code="KR", name_kk="Корея", name_ru="Корея", name_en="Korea")
    CountryFactory(code="TH", name_kk="Тайланд", name_ru="Таиланд", name_en="Thailand")
    shaanxi = PartnerPlaceFactory(
        country=china, slug="shaanxi", name_kk="Шэньси", name_ru="Шэньси", name_en="Shaanxi"
    )
    weinan = PartnerPlaceFactory(
        country=china,
        parent=shaanxi,
        kind="city",
        slug="weinan",
        name_kk="Вэйнань",
        name_ru="Вэйнань",
        name_en="Weinan",
    )
    gyeonggi = PartnerPlaceFactory(country=korea, slug="gyeonggi", name_kk="Кёнгидо")
    company = OrganisationFactory(country=korea, name_kk="Кёнгидо инжиниринг")
    a = cooperation.agreements
    region = cooperation.region
    records = SimpleNamespace(
        china=china,
        korea=korea,
        memorandum=make_agreement(
            a,
            parties=[region, weinan],
            kind=AgreementKind.MEMORANDUM,
            signed_on=date(2018, 7, 18),
            statuses=[(date(2018, 7, 18), STATUS.SIGNED)],
            sectors=["trade"],
            title_kk="Түркістан мен Вэйнань меморандумы",
            title_ru="Меморандум Туркестана и Вэйнаня",
            title_en="Memorandum of Turkestan and Weinan",
        ),
        sister=make_agreement(
            a,
            parties=[region, shaanxi],
            kind=AgreementKind.SISTER_REGION,
            signed_on=date(2019, 5, 14),
            statuses=[
                (date(2019, 5, 14), STATUS.SIGNED),
                (date(2020, 1, 10), STATUS.IN_IMPLEMENTATION),
            ],
            sectors=["culture", "education"],
            signing_place_kk="Сиань",
            signing_place_ru="Сиань",
            title_kk="Бауырлас өңірлер туралы келісім",
            title_ru="Соглашение о побратимских связях",
            title_en="Sister-region agreement",
        ),
        ecology=make_agreement(
            a,
            parties=[region, company],
            signed_on=date(2021, 3, 2),
            statuses=[(date(2021, 3, 2), STATUS.SIGNED)],
            sectors=["ecology"],
            title_kk="Қалдықтарды өңдеу туралы келісім",
            title_ru="Соглашение о переработке отходов",
            title_en="Waste recycling agreement",
        ),
        considered=make_agreement(
            a,
            parties=[region, gyeonggi],
            kind=AgreementKind.SISTER_CITY,
            signed_on=None,
            statuses=[(date(2022, 6, 2), STATUS.UNDER_CONSIDERATION)],
            title_kk="Әріптес қалалар болуды қарастыру",
            title_ru="Изучение побратимства городов",
            title_en="Study of sister-city relations",
        ),
        kazakh_only=make_agreement(
            a,
            parties=[region, china],
            signed_on=date(2020, 9, 1),
            statuses=[(date(2020, 9, 1), STATUS.SIGNED)],
            title_kk="Ауыл шаруашылығы туралы келісім",
            title_ru="",
        ),
    )
    return records


class TestFilters:
    @pytest.mark.parametrize(
        "query, expected",
        [
            ("country=cn", ["kazakh_only", "sister", "memorandum"]),
            ("country=CN", ["kazakh_only", "sister", "memorandum"]),
            ("country=kr", ["considered", "ecology"]),
            ("place=shaanxi", ["sister", "memorandum"]),  # Weinan lies in Shaanxi
            ("place=weinan", ["memorandum"]),
            ("kind=memorandum", ["memorandum"]),
            ("kind=sister_city", ["considered"]),
            ("field=education", ["sister"]),
            ("status=in_implementation", ["sister"]),
            ("status=signed", ["ecology", "kazakh_only", "memorandum"]),
            ("year=2019", ["sister"]),
            ("year=2022", ["considered"]),  # an unsigned one, dated by its first status
            ("country=cn&status=signed&year=2020", ["kazakh_only"]),
            ("country=cn&field=trade&kind=memorandum", ["memorandum"]),
            ("country=kr&status=under_consideration", ["considered"]),
            ("place=shaanxi&year=2021", []),
            (
                "utm_source=telegram&fbclid=xyz",
                ["considered", "ecology", "kazakh_only", "sister", "memorandum"],
            ),
        ],
    )
    def test_each_filter_and_their_combination(self, client, register, query, expected):
        names = [getattr(register, name).title_kk for name in expected]
        html = get_html(client, f"{URL}?{query}")
        assert [a.text for a in html.select("table.register tbody th a")] == names
        assert found_count(html) == len(expected)

    def test_no_match_says_so(self, client, register):
        html = get_html(client, f"{URL}?place=shaanxi&year=2021")
        assert html.select("table.register") == []
        with translation.override("kk"):
            assert gettext("No agreement matches these filters.") in html.text

    def test_the_form_offers_what_occurs(self, client, register):
        html = get_html(client, f"{URL}?country=kr")
        form = html.find("form", class_="filters")
        assert form["method"] == "get" and form.find("button", type="submit")
        for select in form.find_all("select"):
            assert form.find("label", attrs={"for": select["id"]}).text.strip()

        def options(name):
            return [
                o["value"] for o in form.find("select", attrs={"name": name}).find_all("option")
            ]

        assert options("country") == ["", "kr", "cn"]  # Корея, Қытай; Thailand has none
        assert options("place") == ["", "weinan", "gyeonggi", "shaanxi"]
        assert options("year") == ["", "2022", "2021", "2020", "2019", "2018"]
        assert set(options("kind")) == {"", *AgreementKind.values}
        assert options("sort") == ["-date", "date", "title"]
        chosen = form.find("select", attrs={"name": "country"}).find("option", selected=True)
        assert chosen["value"] == "kr"

    def test_columns(self, client, register):
        html = get_html(client, f"{URL}?kind=sister_region")
        headers = [th.text for th in html.select("table.register thead th")]
        assert len(headers) == 6
        row = html.select_one("table.register tbody tr")
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        assert cells[0] == "Бауырлас өңірлер туралы келісім"
        assert row.th.a["href"] == register.sister.url_in("kk")
        assert cells[2] == "Түркістан облысы; Шэньси"
        assert cells[3] == "14 мамыр 2019"
        assert row.find("time")["datetime"] == "2019-05-14"
        assert len(cells[4].split(", ")) == 2  # two fields

    def test_unsigned_agreements_say_so(self, client, register):
        html = get_html(client, "/en/cooperation/agreements/?status=under_consideration")
        assert html.select_one("table.register tbody tr").find_all("td")[2].text == "not signed"


class TestOrder:
    def test_newest_first_by_default(self, client, register):
        expected = ["considered", "ecology", "kazakh_only", "sister", "memorandum"]
        assert titles(client, URL) == [getattr(register, n).title_kk for n in expected]
        assert titles(client, f"{URL}?sort=-date") == titles(client, URL)

    def test_oldest_first(self, client, register):
        expected = ["memorandum", "sister", "kazakh_only", "ecology", "considered"]
        assert titles(client, f"{URL}?sort=date") == [
            getattr(register, n).title_kk for n in expected
        ]

    def test_by_title_in_the_readers_language(self, client, register):
        english = titles(client, "/en/cooperation/agreements/?sort=title")
        assert english == sorted(english) and len(english) == 4


class TestPagination:
    @pytest.fixture
    def two_a_page(self, monkeypatch):
        monkeypatch.setattr(AgreementIndexPage, "per_page", 2)

    def test_twenty_a_page(self):
        assert AgreementIndexPage.per_page == 20

    def test_pages_follow_each_other_and_keep_the_filters(self, client, register, two_a_page):
        pages = [titles(client, f"{URL}?sort=date&page={n}") for n in (1, 2, 3)]
        assert [len(page) for page in pages] == [2, 2, 1]
        oldest_first = ["memorandum", "sister", "kazakh_only", "ecology", "considered"]
        assert sum(pages, []) == [getattr(register, n).title_kk for n in oldest_first]
        html = get_html(client, f"{URL}?sort=date&utm_source=x")
        assert html.find("a", rel="next")["href"] == "?sort=date&page=2"
        assert found_count(html) == 5

    def test_a_page_past_the_end_is_a_404(self, client, register, two_a_page):
        assert client.get(f"{URL}?page=4").status_code == 404
        assert client.get(f"{URL}?country=kr&page=2").status_code == 404


class TestLanguages:
    def test_a_record_shows_only_in_the_languages_it_exists_in(self, client, register):
        kazakh = titles(client, URL)
        english = titles(client, "/en/cooperation/agreements/")
        russian = titles(client, "/ru/cooperation/agreements/")
        assert register.kazakh_only.title_kk in kazakh
        assert len(kazakh) == 5 and len(english) == 4 and len(russian) == 4
        assert "Sister-region agreement" in english

    def test_filter_choices_follow_the_language(self, client, register):
        html = get_html(client, "/en/cooperation/agreements/")
        years = [o["value"] for o in html.find("select", id="filter-year").find_all("option")]
        assert "2020" not in years  # only the Kazakh-only agreement is of 2020


class TestCsv:
    def test_the_whole_filtered_set_with_the_count_shown(self, client, register, monkeypatch):
        monkeypatch.setattr(AgreementIndexPage, "per_page", 2)
        for query in ("", "country=cn", "status=signed&sort=title", "place=shaanxi&year=2021"):
            html = get_html(client, f"{URL}?{query}")
            link = html.select_one(".list-summary__download")
            rows = csv_rows(client.get(f"{URL}csv/?{query}"))
            assert len(rows) - 1 == found_count(html)
            if link is not None:
                assert link["href"] == f"{URL}csv/" + (f"?{query}" if query else "")

    def test_the_download_link_keeps_the_filters_not_the_page(self, client, register):
        html = get_html(client, f"{URL}?country=cn&page=1&utm_source=tg")
        assert html.select_one(".list-summary__download")["href"] == f"{URL}csv/?country=cn"

    def test_a_file_to_save_named_by_language_and_day(self, client, register):
        response = client.get("/ru/cooperation/agreements/csv/")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        today = timezone.localdate().isoformat()
        assert response["Content-Disposition"] == (
            f'attachment; filename="agreements-ru-{today}.csv"'
        )

    def test_kazakh_letters_survive_the_round_trip(self, client, cooperation, register):
        make_agreement(
            cooperation.agreements,
            parties=[register.china],
            title_kk=f"Келісім {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}",
        )
        rows = csv_rows(client.get(f"{URL}csv/?sort=title"))
        assert f"Келісім {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}" in [row[0] for row in rows]

    def test_columns_in_the_pages_language(self, client, register):
        rows = csv_rows(client.get("/ru/cooperation/agreements/csv/?kind=sister_region"))
        with translation.override("ru"):
            assert rows[0] == [str(column) for column in CSV_COLUMNS]
            kind = str(AgreementKind.SISTER_REGION.label)
            status = str(STATUS.IN_IMPLEMENTATION.label)
        assert rows[0][7] == "Статус"
        assert len(rows) == 2
        title, kind_cell, parties, countries, signed, place, fields, status_cell, since, url = rows[
            1
        ]
        assert title == "Соглашение о побратимских связях"
        assert kind_cell.lower() == kind.lower()
        assert parties == "Туркестанская область; Шэньси"
        assert countries == "Китай"
        assert (signed, place, since) == ("2019-05-14", "Сиань", "2020-01-10")
        assert len(fields.split("; ")) == 2
        assert status_cell.lower() == status.lower()
        assert url == "http://testserver" + register.sister.url_in("ru")

    def test_the_country_of_a_person_or_organisation(self, client, cooperation, register):
        ambassador = make_person(name_kk="Елші", country=register.korea)
        make_agreement(
            cooperation.agreements,
            parties=[ambassador, register.china],
            title_kk="Үшжақты меморандум",
            signed_on=date(2023, 1, 1),
            statuses=[(date(2023, 1, 1), STATUS.SIGNED)],
        )
        rows = csv_rows(client.get(f"{URL}csv/?year=2023"))
        assert rows[1][2:4] == ["Елші; Қытай", "Корея; Қытай"]
        rows = csv_rows(client.get(f"{URL}csv/?kind=cooperation&country=kr"))
        assert [row[3] for row in rows[1:]] == ["Корея; Қытай", "Корея"]

    def test_a_title_like_a_formula_stays_text(self, client, cooperation, register):
        make_agreement(
            cooperation.agreements,
            parties=[register.china],
            title_kk="=HYPERLINK(1)",
            signed_on=date(2024, 2, 2),
            statuses=[(date(2024, 2, 2), STATUS.SIGNED)],
        )
        rows = csv_rows(client.get(f"{URL}csv/?year=2024"))
        assert rows[1][0] == "'=HYPERLINK(1)"

    def test_only_what_exists_in_the_language(self, client, register):
        titles_en = [row[0] for row in csv_rows(client.get("/en/cooperation/agreements/csv/"))]
        titles_kk = [row[0] for row in csv_rows(client.get(f"{URL}csv/"))]
        assert register.kazakh_only.title_kk in titles_kk
        assert register.kazakh_only.title_kk not in titles_en and len(titles_en) == 5


BAD_QUERIES = [
    "country=zz",
    "country=chn",
    "place=atlantis",
    "kind=treaty",
    "field=magic",
    "status=lost",
    "year=abc",
    "year=1800",
    "year=99999999999999999999",
    "sort=x",
    "page=abc",
    "page=0",
    "page=-1",
]


class TestBadInput:
    @pytest.mark.parametrize("query", BAD_QUERIES)
    @pytest.mark.parametrize("path", ["", "csv/"])
    def test_a_400_in_the_readers_language(self, client, cooperation, path, query):
        response = client.get(f"/ru/cooperation/agreements/{path}?{query}")
        assert response.status_code == 400
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "ru"
        assert html.h1.text == "Некорректный запрос"

    def test_an_over_long_query_string_is_not_a_500(self, client, cooperation):
        response = client.get(f"{URL}?place=" + "ә" * 3000 + "&x=" + "1" * 5000)
        assert response.status_code == 400


def agreement_with_everything(parent, country, number):
    place = PartnerPlaceFactory(country=country)
    signer = make_person(
        name_kk=f"Елші {number}",
        country=country,
        positions=[("елші", "посол", "ambassador", date(2015, 1, 1), None)],
    )
    return make_agreement(
        parent,
        parties=[place, OrganisationFactory(country=country, place=place), signer],
        sectors=["trade", "energy"],
        title_en=f"Agreement {number}",
    )


class TestQueryCount:
    def count(self, client, url):
        client.get(url)  # warm the site and page caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
        assert response.status_code == 200
        return len(queries)

    @pytest.mark.parametrize("path", ["", "csv/"])
    def test_does_not_grow_with_the_agreements(self, client, cooperation, path):
        country = CountryFactory()
        url = f"/en/cooperation/agreements/{path}?country={country.url_code}"
        for number in range(2):
            agreement_with_everything(cooperation.agreements, country, number)
        with_two = self.count(client, url)
        for number in range(2, 12):
            agreement_with_everything(cooperation.agreements, country, number)
        assert self.count(client, url) == with_two
        if not path:
            assert len(titles(client, url)) == 12
