"""The news listing: 20 a page, filters by tag, region, year and month, and bad input."""

from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import ArticlePageFactory, RegionFactory, TagFactory


def titles(response):
    assert response.status_code == 200, response.status_code
    return [a.text for a in BeautifulSoup(response.content, "html.parser").select(".card__title a")]


def at(year, month, day=10):
    return timezone.make_aware(datetime(year, month, day, 9, 0))


@pytest.fixture
def many_articles(site):
    return [
        ArticlePageFactory(
            parent=site.news, title_kk=f"Жаңалық {n:02d}", date=at(2026, 1 + n % 6, 1 + n)
        )
        for n in range(25)
    ]


@pytest.mark.django_db
class TestPagination:
    def test_twenty_a_page_newest_first(self, client, many_articles):
        first = titles(client.get("/kk/news/"))
        second = titles(client.get("/kk/news/?page=2"))
        assert len(first) == 20 and len(second) == 5
        newest = sorted(many_articles, key=lambda a: a.date, reverse=True)
        assert first + second == [a.title_kk for a in newest]

    def test_links_to_the_next_page(self, client, many_articles):
        html = BeautifulSoup(client.get("/kk/news/").content, "html.parser")
        assert html.find("a", rel="next")["href"] == "?page=2"


@pytest.mark.django_db
class TestFilters:
    def test_by_tag(self, client, site):
        tag = TagFactory(name_kk="Энергетика")
        tagged = ArticlePageFactory(parent=site.news, title_kk="Электр станциясы")
        tagged.tags.add(tag)
        tagged.save()
        ArticlePageFactory(parent=site.news, title_kk="Басқа жаңалық")
        assert titles(client.get(f"/kk/news/?tag={tag.slug}")) == ["Электр станциясы"]

    def test_by_region(self, client, site):
        region = RegionFactory()
        ArticlePageFactory(parent=site.news, title_kk="Облыс жаңалығы", region=region)
        ArticlePageFactory(parent=site.news, title_kk="Басқа жаңалық")
        assert titles(client.get(f"/kk/news/?region={region.slug}")) == ["Облыс жаңалығы"]

    def test_by_year_and_month(self, client, site):
        ArticlePageFactory(parent=site.news, title_kk="Шілде", date=at(2026, 7))
        ArticlePageFactory(parent=site.news, title_kk="Тамыз", date=at(2026, 8))
        ArticlePageFactory(parent=site.news, title_kk="Өткен жыл", date=at(2025, 7))
        assert titles(client.get("/kk/news/?year=2026&month=7")) == ["Шілде"]
        assert titles(client.get("/kk/news/?year=2025")) == ["Өткен жыл"]

    def test_the_month_list_reads_in_the_pages_language(self, client, site):
        html = BeautifulSoup(client.get("/kk/news/").content, "html.parser")
        months = [o.text for o in html.find("select", id="filter-month").find_all("option")][1:]
        assert months[6] == "шілде"

    def test_a_filter_with_no_match_says_so(self, client, site):
        ArticlePageFactory(parent=site.news, date=at(2026, 7))
        response = client.get("/kk/news/?year=2020")
        assert titles(response) == []
        assert "Таңдалған сүзгілерге сәйкес жаңалық жоқ." in response.content.decode()


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize(
        "query",
        [
            "page=abc",
            "page=0",
            "page=-1",
            "month=13",
            "year=abc",
            "month=7",
            "year=99999999999999999999",
        ],
    )
    def test_malformed_filters_give_a_400_in_the_readers_language(self, client, site, query):
        response = client.get(f"/ru/news/?{query}")
        assert response.status_code == 400
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "ru"
        assert html.h1.text == "Некорректный запрос"

    @pytest.mark.parametrize(
        "query", ["page=99999", "tag=no-such-tag", "region=atlantis", "tag=" + "a" * 90]
    )
    def test_things_that_do_not_exist_give_a_404(self, client, site, query):
        ArticlePageFactory(parent=site.news)
        response = client.get(f"/kk/news/?{query}")
        assert response.status_code == 404
        assert BeautifulSoup(response.content, "html.parser").h1.text == "Бет табылмады"

    def test_an_over_long_query_string_is_not_a_500(self, client, site):
        response = client.get("/kk/news/?tag=" + "ә" * 3000 + "&x=" + "1" * 5000)
        assert response.status_code in (400, 404)

    def test_unknown_parameters_are_ignored(self, client, site):
        ArticlePageFactory(parent=site.news, title_kk="Жаңалық")
        assert titles(client.get("/kk/news/?utm_source=telegram&fbclid=xyz")) == ["Жаңалық"]

    def test_an_empty_page_one_is_fine(self, client, site):
        assert titles(client.get("/kk/news/?page=1")) == []
