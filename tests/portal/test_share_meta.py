"""What a link to a page shows when shared, and what search engines read: Open Graph and X
cards, the canonical link, and an article's NewsArticle JSON-LD."""

import json
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from PIL import Image
from wagtail.images import get_image_model

from portal.images import SHARE_SPEC
from portal.models import PressServiceSettings
from tests.factories import ArticlePageFactory, ImageFactory


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def og(html, name):
    tag = html.find("meta", property=name)
    return tag["content"] if tag else None


def canonical(html):
    return html.find("link", rel="canonical")["href"]


def json_ld_of(html):
    return json.loads(html.find("script", type="application/ld+json").string)


@pytest.fixture
def article(site):
    """An article in Kazakh and Russian with a large main photo."""
    return ArticlePageFactory(
        parent=site.news,
        title_kk="Түркістан мен Вэйнань меморандумға қол қойды",
        lead_kk="Екі қала серіктестік туралы меморандумға қол қойды.",
        main_image=ImageFactory(file__width=1600, file__height=1000),
        main_image_alt_kk="Меморандумға қол қою рәсімі",
        main_image_alt_ru="Церемония подписания меморандума",
        date=timezone.make_aware(datetime(2018, 7, 18, 12, 10)),
    )


@pytest.mark.django_db
class TestArticleShareTags:
    def test_open_graph_in_kazakh(self, client, article):
        html = html_of(client, article.url_in("kk"))
        url = article.url_in("kk", full=True)
        assert og(html, "og:type") == "article"
        assert og(html, "og:title") == article.title_kk
        assert og(html, "og:description") == article.lead_kk
        assert og(html, "og:url") == url
        assert og(html, "og:site_name") == "Түркістан облысы әкімінің баспасөз қызметі"
        assert og(html, "og:locale") == "kk_KZ"
        alternates = [
            tag["content"] for tag in html.find_all("meta", property="og:locale:alternate")
        ]
        assert alternates == ["ru_RU"]
        assert og(html, "og:image:alt") == "Меморандумға қол қою рәсімі"
        assert og(html, "article:published_time").startswith("2018-07-18T12:10:00+")
        assert html.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
        assert canonical(html) == url

    def test_image_is_a_1200x630_jpeg_that_exists(self, client, article):
        html = html_of(client, article.url_in("kk"))
        assert (og(html, "og:image:width"), og(html, "og:image:height")) == ("1200", "630")
        rendition = (
            get_image_model().objects.get(pk=article.main_image_id).get_rendition(SHARE_SPEC)
        )
        assert og(html, "og:image") == f"http://testserver{rendition.url}"
        with rendition.file.open() as file, Image.open(file) as picture:
            assert (picture.format, picture.size) == ("JPEG", (1200, 630))

    def test_russian_version_points_to_itself(self, client, article):
        html = html_of(client, article.url_in("ru"))
        assert og(html, "og:locale") == "ru_RU"
        assert canonical(html) == og(html, "og:url") == article.url_in("ru", full=True)

    def test_english_fallback_is_canonical_to_the_kazakh_version(self, client, article):
        html = html_of(client, article.url_in("en"))
        assert canonical(html) == article.url_in("kk", full=True)
        assert og(html, "og:url") == article.url_in("en", full=True)
        assert og(html, "og:locale") == "en_US"
        assert og(html, "og:title") == article.title_kk

    def test_summary_card_without_a_photo(self, client, site):
        plain = ArticlePageFactory(parent=site.news)
        html = html_of(client, plain.url_in("kk"))
        assert og(html, "og:image") is None
        assert html.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"


@pytest.mark.django_db
class TestArticleJsonLd:
    def test_is_a_news_article(self, client, article):
        data = json_ld_of(html_of(client, article.url_in("kk")))
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == article.title_kk
        assert data["inLanguage"] == "kk"
        assert data["datePublished"].startswith("2018-07-18T12:10:00+")
        assert datetime.fromisoformat(data["dateModified"]).utcoffset() is not None
        assert data["publisher"]["name"] == "Түркістан облысы әкімінің баспасөз қызметі"
        assert data["author"]["name"] == data["publisher"]["name"]
        assert data["image"][0].startswith("http://testserver/")
        assert data["mainEntityOfPage"]["@id"] == article.url_in("kk", full=True)
        assert data["description"] == article.lead_kk

    def test_long_headline_is_cut_to_110_characters(self, client, site):
        long = ArticlePageFactory(parent=site.news, title_kk="Ұзын " * 40)
        assert len(json_ld_of(html_of(client, long.url_in("kk")))["headline"]) <= 110

    def test_author_is_the_external_source_and_logo_is_a_full_url(self, client, site, article):
        article.source_name = "Kazinform"
        article.save()
        settings_row = PressServiceSettings.objects.get(site=site.site)
        settings_row.logo = ImageFactory()
        settings_row.save()
        data = json_ld_of(html_of(client, article.url_in("kk")))
        assert data["author"]["name"] == "Kazinform"
        assert data["publisher"]["logo"]["@type"] == "ImageObject"
        assert data["publisher"]["logo"]["url"].startswith("http://testserver/")

    def test_cannot_close_its_script(self, client, site):
        sly = ArticlePageFactory(parent=site.news, title_kk="Жаңалық </script><script>x()</script>")
        html = html_of(client, sly.url_in("kk"))
        assert json_ld_of(html)["headline"] == "Жаңалық </script><script>x()</script>"


@pytest.mark.django_db
class TestOtherPages:
    @pytest.mark.parametrize("language", ["kk", "ru", "en"])
    def test_home_page(self, client, site, language):
        html = html_of(client, site.home.url_in(language))
        url = site.home.url_in(language, full=True)
        assert og(html, "og:type") == "website"
        assert og(html, "og:title")
        assert og(html, "og:url") == canonical(html) == url
        assert html.find("script", type="application/ld+json") is None

    def test_news_index(self, client, site):
        html = html_of(client, site.news.url_in("ru"))
        assert og(html, "og:title") == "Новости"
        assert og(html, "og:url") == canonical(html) == site.news.url_in("ru", full=True)
        alternates = [
            tag["content"] for tag in html.find_all("meta", property="og:locale:alternate")
        ]
        assert alternates == ["kk_KZ", "en_US"]


@pytest.mark.django_db
class TestRoutedAndSearchPages:
    def test_a_country_page_is_shared_under_the_countrys_name(self, client, site):
        from tests.cooperation.factories import CountryFactory, make_agreement, make_section

        _section, agreements, _delegations, _projects = make_section(site.home)
        china = CountryFactory(code="CN", name_kk="Қытай", name_ru="Китай", name_en="China")
        make_agreement(agreements, parties=[china, CountryFactory()])
        for language, name in (("kk", "Қытай"), ("ru", "Китай"), ("en", "China")):
            html = html_of(client, f"/{language}/cooperation/countries/cn/")
            assert og(html, "og:title") == name
            assert og(html, "og:url").endswith(f"/{language}/cooperation/countries/cn/")

    def test_the_search_page_is_shared_as_the_search(self, client, site):
        html = html_of(client, "/ru/search/?q=форум")
        assert og(html, "og:title") == "Поиск"
