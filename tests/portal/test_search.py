"""The site search page: what a reader finds, in which language, and how it is shown.

Run on SQLite and on PostgreSQL: the database backend searches with FTS5 on one and tsvector on
the other.
"""

from datetime import date, datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import search_documents
from tests.cooperation.factories import (
    make_agreement,
    make_delegation,
    make_project,
    make_section,
)
from tests.factories import ArticlePageFactory, StandardPageFactory, paragraphs


def article(site, *, kk="", ru="", en="", text_kk="", text_ru="", text_en="", day=None):
    """A live article with a title and text in the languages given (Kazakh is required)."""
    fields = {"title_kk": kk, "body_kk": paragraphs(text_kk or kk), "lead_kk": "", "lead_ru": ""}
    fields.update(title_ru=ru, body_ru=paragraphs(text_ru or ru) if ru else [])
    if en:
        fields.update(title_en=en, body_en=paragraphs(text_en or en))
    if day:
        fields["date"] = timezone.make_aware(datetime(day.year, day.month, day.day, 12))
    page = ArticlePageFactory(parent=site.news, **fields)
    search_documents.sync_pages([page])
    return page


def search(client, language="kk", **params):
    response = client.get(f"/{language}/search/", params)
    return response, BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [heading.get_text(" ", strip=True) for heading in html.select(".search-result__title")]


def found(client, language, q, **params):
    response, html = search(client, language, q=q, **params)
    assert response.status_code == 200
    return titles(html)


@pytest.mark.django_db
class TestRussianAndEnglish:
    def test_an_inflected_russian_form_finds_the_article(self, client, site):
        article(site, kk="Келісім", ru="Подписано соглашение с провинцией Шэньси")
        article(site, kk="Басқа", ru="Открыта новая школа")
        assert found(client, "ru", "соглашения") == ["Подписано соглашение с провинцией Шэньси"]
        assert found(client, "ru", "СОГЛАШЕНИЯМИ о сотрудничестве") == []  # all words needed
        assert found(client, "ru", "соглашениями Шэньси") == [
            "Подписано соглашение с провинцией Шэньси"
        ]

    def test_aqim_is_found_in_every_case(self, client, site):
        article(site, kk="Әкім", ru="Аким области встретился с послом")
        article(site, kk="Әкім 2", ru="Визит акима области в Корею")
        assert len(found(client, "ru", "аким")) == 2
        assert len(found(client, "ru", "акима")) == 2

    def test_english_stemming(self, client, site):
        article(site, kk="Келісім", ru="Соглашение", en="An agreement on trade is signed")
        article(site, kk="Басқа", ru="Другое", en="A new school opens")
        assert found(client, "en", "agreements") == ["An agreement on trade is signed"]
        assert found(client, "en", "signing trade") == ["An agreement on trade is signed"]


@pytest.mark.django_db
class TestKazakh:
    def test_capital_kazakh_letters_find_lower_case_ones(self, client, site):
        article(site, kk="Облыс әкімі делегацияны қабылдады", ru="Аким принял делегацию")
        assert found(client, "kk", "ӘКІМ") == ["Облыс әкімі делегацияны қабылдады"]
        assert found(client, "kk", "ДЕЛЕГАЦИЯ") == ["Облыс әкімі делегацияны қабылдады"]

    def test_kazakh_letters_are_not_russian_letters(self, client, site):
        article(site, kk="Жаңа қала салынады", ru="Новый город")
        article(site, kk="Кала деген сөз", ru="Слово")
        assert found(client, "kk", "қала") == ["Жаңа қала салынады"]
        assert found(client, "kk", "кала") == ["Кала деген сөз"]
        assert found(client, "kk", "жана") == []  # ң is not н

    def test_inflected_forms_are_found_by_their_start(self, client, site):
        article(site, kk="Облысы туралы", ru="Об области")
        article(site, kk="Облыстың инвесторлары", ru="Инвесторы области")
        article(site, kk="Облысқа келді", ru="Приехал в область")
        article(site, kk="Қала туралы", ru="О городе")
        assert set(found(client, "kk", "облысының")) == {
            "Облысқа келді",
            "Облысы туралы",
            "Облыстың инвесторлары",
        }

    def test_a_voiced_consonant_before_an_ending(self, client, site):
        article(site, kk="Жаңа кітап шықты", ru="Вышла книга")
        assert found(client, "kk", "кітабы") == ["Жаңа кітап шықты"]


@pytest.mark.django_db
class TestLanguages:
    def test_only_the_readers_language_is_searched(self, client, site):
        article(site, kk="Шэньси провинциясымен келісім")  # Kazakh only
        article(site, kk="Шэньси делегациясы", ru="Делегация Шэньси")
        assert len(found(client, "kk", "Шэньси")) == 2
        assert found(client, "ru", "Шэньси") == ["Делегация Шэньси"]
        assert found(client, "en", "Шэньси") == []

    def test_results_link_the_page_in_the_readers_language(self, client, site):
        page = article(site, kk="Шэньси делегациясы", ru="Делегация Шэньси")
        _response, html = search(client, "ru", q="Шэньси")
        link = html.select_one(".search-result__title a")
        assert link["href"] == page.url_in("ru")
        assert link["href"].startswith("/ru/")

    def test_the_language_switch_keeps_the_query(self, client, site):
        _response, html = search(client, "ru", q="Шэньси", type="article", page=1)
        links = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
        assert links["kk"] == "/kk/search/?q=%D0%A8%D1%8D%D0%BD%D1%8C%D1%81%D0%B8&type=article"

    def test_the_page_speaks_the_readers_language_and_is_not_indexed(self, client, site):
        response, html = search(client, "ru", q="ничего")
        assert html.html["lang"] == "ru"
        assert html.h1.text == "Поиск"
        assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert "По запросу «ничего» ничего не найдено." in html.get_text()


@pytest.mark.django_db
class TestRecordsAndPages:
    def test_cooperation_records_and_standard_pages_are_found(self, client, site):
        section, agreements, delegations, projects = make_section(site.home)
        agreement = make_agreement(
            agreements,
            parties=[],
            title_kk="Шэньси провинциясымен бауырластық туралы келісім",
            title_ru="Соглашение о побратимстве с провинцией Шэньси",
            signed_on=date(2019, 5, 14),
        )
        delegation = make_delegation(
            delegations,
            title_kk="Шэньси провинциясына сапар",
            title_ru="Визит в провинцию Шэньси",
            purpose_ru="Обсудить поставки хлопка.",
            start=date(2019, 5, 12),
        )
        project = make_project(
            projects, title_kk="Шэньси қонақ үйі", title_ru="Гостиница Шэньси", start_year=2020
        )
        about = StandardPageFactory(parent=site.home, body_ru="<p>Пресс-служба и Шэньси</p>")
        search_documents.sync_pages([agreement, delegation, project, about])

        _response, html = search(client, "ru", q="Шэньси", sort="date")
        results = html.select(".search-result")
        assert titles(html)[:3] == [
            "Гостиница Шэньси",
            "Соглашение о побратимстве с провинцией Шэньси",
            "Визит в провинцию Шэньси",
        ]
        kinds = [result.select_one(".meta span").text for result in results]
        assert kinds[:3] == ["Проект", "Соглашение", "Делегация"]
        assert "Страница" in kinds
        dates = [result.select_one("time").text for result in results[:3]]
        assert dates == ["2020", "14 мая 2019", "12 мая 2019"]
        assert found(client, "ru", "поставка хлопка") == ["Визит в провинцию Шэньси"]


@pytest.mark.django_db
class TestFilters:
    @pytest.fixture
    def stories(self, site):
        section, agreements, _delegations, _projects = make_section(site.home)
        agreement = make_agreement(
            agreements,
            parties=[],
            title_kk="Шэньси келісімі",
            title_ru="Соглашение с Шэньси",
            signed_on=date(2018, 7, 18),
        )
        search_documents.sync_pages([agreement])
        return [
            article(site, kk="Шэньси 1", ru="Шэньси в январе", day=date(2019, 1, 10)),
            article(site, kk="Шэньси 2", ru="Шэньси в марте", day=date(2019, 3, 10)),
            article(site, kk="Шэньси 3", ru="Шэньси в мае", day=date(2019, 5, 10)),
        ]

    def test_by_kind(self, client, stories):
        assert found(client, "ru", "Шэньси", type="agreement") == ["Соглашение с Шэньси"]
        assert len(found(client, "ru", "Шэньси", type="article")) == 3

    def test_by_date(self, client, stories):
        assert found(client, "ru", "Шэньси", **{"from": "2019-02-01", "to": "2019-03-10"}) == [
            "Шэньси в марте"
        ]
        assert found(client, "ru", "Шэньси", **{"to": "2018-12-31"}) == ["Соглашение с Шэньси"]

    def test_by_date_newest_first(self, client, stories):
        assert found(client, "ru", "Шэньси", sort="date") == [
            "Шэньси в мае",
            "Шэньси в марте",
            "Шэньси в январе",
            "Соглашение с Шэньси",
        ]

    def test_the_form_shows_the_filters_in_use(self, client, stories):
        _response, html = search(client, "ru", q="Шэньси", type="article", **{"from": "2019-02-01"})
        assert html.select_one("#search-type option[selected]")["value"] == "article"
        assert html.select_one("#search-from")["value"] == "2019-02-01"
        assert html.select_one("#search-q")["value"] == "Шэньси"

    @pytest.mark.parametrize(
        "params",
        [
            {"type": "secret"},
            {"from": "yesterday"},
            {"to": "2019-02-30"},
            {"from": "2019-05-01", "to": "2019-01-01"},
            {"sort": "random"},
            {"page": "two"},
            {"page": "0"},
            {"type": "article\x00"},
        ],
    )
    def test_a_malformed_filter_is_a_400_in_the_readers_language(self, client, stories, params):
        response, html = search(client, "ru", q="Шэньси", **params)
        assert response.status_code == 400
        assert html.html["lang"] == "ru"
        assert html.h1.text == "Некорректный запрос"


@pytest.mark.django_db
class TestPagination:
    def test_twenty_a_page_and_a_404_past_the_end(self, client, site):
        for number in range(23):
            article(site, kk=f"Меморандум {number}", ru=f"Меморандум {number}")
        _response, html = search(client, "ru", q="меморандум")
        assert len(titles(html)) == 20
        assert "23 результата по запросу «меморандум»" in html.select_one(".search__count").text
        next_link = html.select_one(".pagination a[rel=next]")
        assert next_link.text == "Следующая"
        assert (
            next_link["href"]
            == "?q=%D0%BC%D0%B5%D0%BC%D0%BE%D1%80%D0%B0%D0%BD%D0%B4%D1%83%D0%BC&page=2"
        )
        assert len(found(client, "ru", "меморандум", page=2)) == 3
        response, _html = search(client, "ru", q="меморандум", page=3)
        assert response.status_code == 404


@pytest.mark.django_db
class TestSnippets:
    def test_the_words_found_are_marked(self, client, site):
        article(
            site,
            kk="Сапар",
            ru="Итоги визита",
            text_ru="Аким области провёл переговоры. " * 10
            + "Подписано соглашение о поставках хлопка в провинцию Шэньси. "
            + "Стороны обсудили туризм. " * 10,
        )
        _response, html = search(client, "ru", q="соглашения поставки")
        snippet = html.select_one(".search-result__snippet")
        assert [mark.text for mark in snippet.find_all("mark")] == ["соглашение", "поставках"]
        assert snippet.text.startswith("…")

    def test_the_title_words_found_are_marked(self, client, site):
        article(site, kk="Шэньси провинциясымен келісім", ru="Соглашение")
        _response, html = search(client, "kk", q="келісімге")
        title = html.select_one(".search-result__title")
        assert [mark.text for mark in title.find_all("mark")] == ["келісім"]

    def test_html_in_the_text_is_shown_as_text(self, client, site):
        article(
            site,
            kk="Ескерту",
            ru="Предупреждение <b>жирным</b>",
            text_ru="Код &lt;script&gt;alert('шэньси')&lt;/script&gt; в тексте Шэньси.",
        )
        response, html = search(client, "ru", q="шэньси")
        assert b"<script>alert" not in response.content
        snippet = html.select_one(".search-result__snippet")
        assert "<script>alert('шэньси')</script>" in snippet.text
        assert html.select_one(".search-result__title").text == "Предупреждение <b>жирным</b>"


HOSTILE_QUERIES = [
    "",
    "   ",
    '"',
    "'",
    '"Шэньси',
    "Шэньси'",
    "*",
    "шэнь*",
    "NEAR(Шэньси провинция)",
    "Шэньси AND OR NOT",
    "a OR b",
    "-Шэньси",
    "^Шэньси",
    "title:Шэньси",
    "{title body}: Шэньси",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "Шэньси & | ! <-> :*",
    "\\",
    "%",
    "😀 Шэньси 🇰🇿",
    "\x01\x1f Шэньси \x7f",
    "\u200b\u202e Шэньси",
    "²³ ½",
    "Шэньси " * 300,
    "ш" * 1000,
]


@pytest.mark.django_db
class TestHostileQueries:
    @pytest.mark.parametrize("q", HOSTILE_QUERIES)
    def test_any_query_gives_a_clean_page(self, client, site, q):
        article(site, kk="Шэньси провинциясы", ru="Провинция Шэньси", en="Shaanxi province")
        for language in ("kk", "ru", "en"):
            response, html = search(client, language, q=q)
            assert response.status_code == 200
            assert html.select_one("#search-q") is not None

    def test_a_nul_character_is_a_bad_request_in_the_readers_language(self, client, site):
        # PostgreSQL takes no NUL in any text: no link or form of the portal makes one.
        response, html = search(client, "ru", q="\x00 Шэньси")
        assert response.status_code == 400
        assert html.html["lang"] == "ru"

    def test_a_long_query_is_cut_and_says_so(self, client, site):
        article(site, kk="Шэньси провинциясы", ru="Провинция Шэньси")
        _response, html = search(client, "ru", q="Шэньси " * 300)
        assert "искали только по первым 200 символам" in html.select_one(".notice").text
        assert titles(html) == ["Провинция Шэньси"]

    def test_an_empty_query_asks_for_a_word(self, client, site):
        _response, html = search(client, "kk")
        assert html.select_one(".search__empty").text == "Іздеу үшін сөз жазыңыз."


@pytest.mark.django_db
class TestQueryCount:
    def test_the_queries_do_not_grow_with_the_results(self, client, site):
        def queries():
            with CaptureQueriesContext(connection) as context:
                response = client.get("/ru/search/", {"q": "меморандум"})
            assert response.status_code == 200
            return len(context.captured_queries)

        for number in range(2):
            article(site, kk=f"Меморандум {number}", ru=f"Меморандум {number}")
        client.get("/ru/search/", {"q": "меморандум"})  # caches warmed
        few = queries()
        for number in range(2, 20):
            article(site, kk=f"Меморандум {number}", ru=f"Меморандум {number}")
        assert queries() == few


@pytest.mark.django_db
class TestHeaderSearchBox:
    @pytest.mark.parametrize(
        "language, label, button",
        [
            ("kk", "Іздеу сөзі", "Іздеу"),
            ("ru", "Поисковый запрос", "Поиск"),
            ("en", "Search term", "Search"),
        ],
    )
    def test_every_page_has_the_search_box_in_its_language(
        self, client, site, language, label, button
    ):
        story = article(site, kk="Шэньси", ru="Шэньси", en="Shaanxi")
        for url in (
            f"/{language}/",
            story.url_in(language),
            f"/{language}/search/",
            f"/{language}/no-such-page/",
        ):
            html = BeautifulSoup(client.get(url).content, "html.parser")
            form = html.select_one("header form[role=search]")
            assert form["action"] == f"/{language}/search/", url
            field = form.select_one("input[name=q]")
            assert form.select_one(f"label[for={field['id']}]").text == label
            assert form.button.text == button
