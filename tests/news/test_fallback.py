"""An article that exists in some languages only: listings, the fallback page, hreflang."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticlePageFactory, paragraphs


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def articles(site):
    trilingual = ArticlePageFactory(
        parent=site.news,
        title_kk="Шэньси провинциясымен бауырлас өңір келісімі",
        title_ru="Соглашение о побратимстве с провинцией Шэньси",
        title_en="Sister-region agreement with Shaanxi province",
        body_en=paragraphs("The agreement covers trade and culture."),
    )
    kazakh_and_russian = ArticlePageFactory(
        parent=site.news,
        title_kk="Самара облысымен ынтымақтастық",
        title_ru="Сотрудничество с Самарской областью",
    )
    return trilingual, kazakh_and_russian


@pytest.mark.django_db
class TestListings:
    def titles(self, response):
        return [a.text for a in html_of(response).select(".card__title a")]

    def test_english_listing_leaves_out_untranslated_articles(self, client, site, articles):
        trilingual, _ = articles
        assert self.titles(client.get("/en/news/")) == [trilingual.title_en]
        assert self.titles(client.get("/en/")) == [trilingual.title_en]

    def test_russian_listing_has_both(self, client, site, articles):
        assert sorted(self.titles(client.get("/ru/news/"))) == sorted(a.title_ru for a in articles)


@pytest.mark.django_db
class TestFallbackPage:
    def test_shows_the_kazakh_text_with_an_english_notice(self, client, site, articles):
        _, article = articles
        html = html_of(client.get(article.url_in("en")))
        assert html.html["lang"] == "en"
        notice = html.find("aside", class_="notice")
        assert "not available in English" in notice.text
        links = {a["hreflang"]: a["href"] for a in notice.find_all("a")}
        assert links == {"kk": article.url_in("kk"), "ru": article.url_in("ru")}
        content = html.find("article", class_="article")
        assert content["lang"] == "kk"
        assert content.h1.text == article.title_kk
        assert "Меморандумға қол қойылды." in content.text

    def test_is_not_indexed(self, client, site, articles):
        _, article = articles
        robots = html_of(client.get(article.url_in("en"))).find("meta", attrs={"name": "robots"})
        assert robots["content"] == "noindex"

    def test_a_real_translation_is_indexed_and_has_no_notice(self, client, site, articles):
        trilingual, _ = articles
        html = html_of(client.get(trilingual.url_in("en")))
        assert html.find("meta", attrs={"name": "robots"}) is None
        assert html.find("aside", class_="notice") is None
        assert html.find("article", class_="article")["lang"] == "en"
        assert html.h1.text == trilingual.title_en

    def test_hreflang_lists_only_real_translations(self, client, site, articles):
        trilingual, partial = articles
        for article, languages in ((trilingual, {"kk", "ru", "en"}), (partial, {"kk", "ru"})):
            for page_language in ("kk", "ru", "en"):
                html = html_of(client.get(article.url_in(page_language)))
                alternates = {
                    link["hreflang"]: link["href"]
                    for link in html.find_all("link", rel="alternate", hreflang=True)
                }
                assert set(alternates) == languages | {"x-default"}
                assert alternates["x-default"] == f"http://testserver{article.url_in('kk')}"
                for code in languages:
                    assert alternates[code] == f"http://testserver{article.url_in(code)}"
