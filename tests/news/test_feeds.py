"""RSS 2.0 feeds: per language, per tag and per region, linked from the pages they cover."""

import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    RegionFactory,
    TagFactory,
    paragraphs,
)

ATOM = "{http://www.w3.org/2005/Atom}"


def at(day, hour=9):
    return timezone.make_aware(datetime(2026, 7, day, hour, 0))


def channel(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (the portal's own response)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def item_titles(response):
    return [item.findtext("title") for item in channel(response).findall("item")]


def item_by_title(response, title):
    return next(i for i in channel(response).findall("item") if i.findtext("title") == title)


@pytest.mark.django_db
class TestNewsFeed:
    def test_channel_in_the_language_of_the_prefix(self, client, site):
        feed = channel(client.get("/ru/feed/"))
        assert feed.findtext("language") == "ru"
        assert feed.findtext("title") == "Пресс-служба акима Туркестанской области — Новости"
        assert feed.findtext("link") == "http://testserver/ru/news/"
        assert feed.find(f"{ATOM}link").get("href") == "http://testserver/ru/feed/"
        assert feed.find(f"{ATOM}link").get("rel") == "self"
        assert feed.findtext("description")

    def test_only_articles_of_that_language_newest_first(self, client, site):
        ArticlePageFactory(parent=site.news, title_kk="Ескі", date=at(1))
        ArticlePageFactory(
            parent=site.news,
            title_kk="Жаңа",
            title_en="New",
            body_en=paragraphs("A memorandum was signed."),
            date=at(3),
        )
        ArticlePageFactory(parent=site.news, title_kk="Ортаңғы", date=at(2))
        assert item_titles(client.get("/kk/feed/")) == ["Жаңа", "Ортаңғы", "Ескі"]
        assert item_titles(client.get("/en/feed/")) == ["New"]

    def test_the_latest_thirty(self, client, site):
        for day in range(1, 32):
            ArticlePageFactory(parent=site.news, title_kk=f"Жаңалық {day:02d}", date=at(day))
        titles = item_titles(client.get("/kk/feed/"))
        assert len(titles) == 30
        assert titles[0] == "Жаңалық 31" and titles[-1] == "Жаңалық 02"

    def test_an_item(self, client, site):
        tag = TagFactory(name_kk="Инвестиция", name_ru="Инвестиции")
        article = ArticlePageFactory(parent=site.news, title_kk="Келісім", date=at(18, 12))
        article.tags.add(tag)
        article.save()
        item = item_by_title(client.get("/kk/feed/"), "Келісім")
        url = f"http://testserver/kk/news/{article.slug}/"
        assert item.findtext("link") == url
        assert item.findtext("guid") == url
        assert item.find("guid").get("isPermaLink", "true") == "true"
        assert item.findtext("description") == article.lead_kk
        assert item.findtext("pubDate") == "Sat, 18 Jul 2026 12:00:00 +0500"
        assert [c.text for c in item.findall("category")] == ["Инвестиция"]
        assert item.find("enclosure") is None

    def test_without_a_lead_the_first_paragraph_in_plain_text(self, client, site):
        ArticlePageFactory(
            parent=site.news,
            title_kk="Лидсіз",
            lead_kk="",
            body_kk=[
                ("quote", {"text": "Дәйексөз", "speaker": "Әкім", "position": ""}),
                *paragraphs("Бірінші <b>абзац</b> &amp; мәтін.", "Екінші абзац."),
            ],
        )
        item = item_by_title(client.get("/kk/feed/"), "Лидсіз")
        assert item.findtext("description") == "Бірінші абзац & мәтін."

    def test_the_main_photo_as_a_jpeg_enclosure(self, client, site):
        image = ImageFactory()
        ArticlePageFactory(
            parent=site.news,
            title_kk="Суретті",
            main_image=image,
            main_image_alt_kk="Делегация",
            main_image_alt_ru="Делегация",
        )
        enclosure = item_by_title(client.get("/kk/feed/"), "Суретті").find("enclosure")
        rendition = image.get_rendition("width-1200|format-jpeg")
        assert enclosure.get("url") == f"http://testserver{rendition.url}"
        assert enclosure.get("url").endswith(".jpg")
        assert enclosure.get("length") == str(rendition.file.size)
        assert enclosure.get("type") == "image/jpeg"


@pytest.mark.django_db
class TestFilteredFeeds:
    def test_by_tag(self, client, site):
        tag = TagFactory(name_kk="Энергетика")
        tagged = ArticlePageFactory(parent=site.news, title_kk="Электр станциясы")
        tagged.tags.add(tag)
        tagged.save()
        ArticlePageFactory(parent=site.news, title_kk="Басқа жаңалық")
        response = client.get(f"/kk/feed/?tag={tag.slug}")
        assert item_titles(response) == ["Электр станциясы"]
        feed = channel(response)
        assert feed.findtext("title") == "Түркістан облысы әкімінің баспасөз қызметі — Энергетика"
        assert feed.find(f"{ATOM}link").get("href") == f"http://testserver/kk/feed/?tag={tag.slug}"

    def test_by_region(self, client, site):
        region = RegionFactory()
        ArticlePageFactory(parent=site.news, title_kk="Облыс жаңалығы", region=region)
        ArticlePageFactory(parent=site.news, title_kk="Басқа жаңалық")
        response = client.get(f"/kk/feed/?region={region.slug}")
        assert item_titles(response) == ["Облыс жаңалығы"]

    @pytest.mark.parametrize("query", ["tag=no-such-tag", "region=no-such-region"])
    def test_unknown_tag_or_region_is_not_found(self, client, site, query):
        assert client.get(f"/kk/feed/?{query}").status_code == 404

    @pytest.mark.parametrize("query", ["tag=%3Cscript%3E", "region=a%20b"])
    def test_malformed_values_are_bad_requests(self, client, site, query):
        assert client.get(f"/kk/feed/?{query}").status_code == 400


@pytest.mark.django_db
class TestFeedQueries:
    def make_articles(self, site, count):
        tags = [TagFactory(), TagFactory()]
        region = RegionFactory()
        for n in range(count):
            article = ArticlePageFactory(
                parent=site.news,
                region=region,
                main_image=ImageFactory(),
                main_image_alt_kk="Фото",
                main_image_alt_ru="Фото",
                lead_kk="" if n % 2 else "Лид",
            )
            article.tags.add(*tags)
            article.save()

    def queries(self, client):
        client.get("/kk/feed/")  # makes the renditions, as the publishing warm-up would
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/kk/feed/")
        return len(queries), len(item_titles(response))

    def test_the_query_count_does_not_grow_with_the_articles(self, client, site):
        self.make_articles(site, 3)
        three, listed = self.queries(client)
        assert listed == 3
        self.make_articles(site, 7)
        ten, listed = self.queries(client)
        assert listed == 10
        assert ten == three


@pytest.mark.django_db
class TestFeedLinks:
    def alternate_feeds(self, response):
        assert response.status_code == 200, response.status_code
        html = BeautifulSoup(response.content, "html.parser")
        return [
            (link["href"], link["title"])
            for link in html.head.find_all("link", rel="alternate", type="application/rss+xml")
        ]

    def test_on_the_home_page(self, client, site):
        assert self.alternate_feeds(client.get("/ru/")) == [
            ("/ru/feed/", "Пресс-служба акима Туркестанской области — Новости")
        ]

    def test_on_the_news_index(self, client, site):
        response = client.get("/kk/news/")
        assert [href for href, _title in self.alternate_feeds(response)] == ["/kk/feed/"]
        html = BeautifulSoup(response.content, "html.parser")
        assert html.body.find("a", type="application/rss+xml")["href"] == "/kk/feed/"

    def test_on_the_news_index_filtered_by_tag_or_region(self, client, site):
        tag = TagFactory(name_kk="Энергетика")
        region = RegionFactory()
        assert self.alternate_feeds(client.get(f"/kk/news/?tag={tag.slug}")) == [
            (f"/kk/feed/?tag={tag.slug}", "Түркістан облысы әкімінің баспасөз қызметі — Энергетика")
        ]
        feeds = self.alternate_feeds(client.get(f"/kk/news/?region={region.slug}&year=2026"))
        assert [href for href, _title in feeds] == [f"/kk/feed/?region={region.slug}"]
