"""The article page as a reader gets it: its anatomy, and a query count that stays flat."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.rich_text import RichText

from news.models import ArticleRelatedLink
from tests.factories import ArticlePageFactory, ImageFactory, RegionFactory, TagFactory


def gallery_body(count, text="Делегация кездесу өткізді."):
    photos = [
        {"image": ImageFactory(), "alt": f"Кездесу сәті {n}", "caption": f"Кездесу {n}"}
        for n in range(count)
    ]
    quote = {
        "text": "Біз ынтымақтастықты дамытамыз.",
        "speaker": "Асқар Нұрланов",
        "position": "облыс әкімінің орынбасары",
    }
    image = {
        "image": ImageFactory(),
        "alt": "Келіссөздер",
        "caption": "Келіссөздер барысы",
        "credit": "Фото: баспасөз қызметі",
    }
    video = {
        "url": "https://www.youtube.com/watch?v=abc123",
        "title": "Форумнан бейнежазба",
        "caption": "",
    }
    return [
        ("paragraph", RichText(f"<p>{text}</p>")),
        ("quote", quote),
        ("image", image),
        ("gallery", {"images": photos, "credit": "Фото: әкімдіктің баспасөз қызметі"}),
        ("video", video),
    ]


@pytest.fixture
def article(site):
    tag = TagFactory(name_kk="Қытай", name_ru="Китай", name_en="China")
    article = ArticlePageFactory(
        parent=site.news,
        title_kk="Түркістан мен Вэйнань меморандумға қол қойды",
        lead_kk="Екі қала серіктестік туралы меморандумға қол қойды.",
        main_image=ImageFactory(),
        main_image_alt_kk="Меморандумға қол қою рәсімі",
        main_image_alt_ru="Церемония подписания",
        main_image_caption_kk="Қол қою рәсімі",
        main_image_credit_kk="Фото: Түркістан облысы әкімінің баспасөз қызметі",
        body_kk=gallery_body(6),
        region=RegionFactory(name_kk="Түркістан облысы"),
        view_count=1070,
        date=timezone.make_aware(timezone.datetime(2018, 7, 18, 12, 10)),
    )
    article.tags.add(tag)
    article.save()
    return article


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
class TestArticleAnatomy:
    def test_title_lead_date_and_views(self, client, article):
        html = get_html(client, article.url_in("kk"))
        body = html.find("article", class_="article")
        assert body.h1.text == "Түркістан мен Вэйнань меморандумға қол қойды"
        assert (
            body.find(class_="article__lead").text
            == "Екі қала серіктестік туралы меморандумға қол қойды."
        )
        time = body.find("time")
        assert time.text == "18 шілде 2018, 12:10"
        assert time["datetime"].startswith("2018-07-18T12:10:00")
        assert "Жарияланды:" in body.find(class_="meta").text
        assert body.find(class_="view-count").text == "1\xa0070 қаралым"

    def test_russian_conventions(self, client, article):
        html = get_html(client, article.url_in("ru"))
        assert html.find("time").text == "18 июля 2018, 12:10"
        assert html.find(class_="view-count").text == "1\xa0070 просмотров"

    def test_main_photo_is_responsive_with_alt_and_credit(self, client, article):
        figure = get_html(client, article.url_in("kk")).find("figure", class_="article__main-image")
        assert figure.find("source")["type"] == "image/webp"
        assert "400w" in figure.find("source")["srcset"]
        img = figure.find("img")
        assert img["alt"] == "Меморандумға қол қою рәсімі"
        assert img["width"] and img["height"]
        assert "Фото: Түркістан облысы әкімінің баспасөз қызметі" in figure.figcaption.text

    def test_body_blocks(self, client, article):
        body = get_html(client, article.url_in("kk")).find(class_="article__body")
        quote = body.find("figure", class_="quote")
        assert quote.blockquote.text.strip() == "Біз ынтымақтастықты дамытамыз."
        assert quote.find(class_="quote__speaker").text == "Асқар Нұрланов"
        assert quote.find(class_="quote__position").text == "облыс әкімінің орынбасары"
        video = body.find("figure", class_="video").a
        assert video["href"] == "https://www.youtube.com/watch?v=abc123"
        assert "YouTube" in video.text
        assert body.find("iframe") is None  # nothing is loaded from the video host

    def test_gallery_works_without_javascript(self, client, article):
        gallery = get_html(client, article.url_in("kk")).find(class_="gallery")
        items = gallery.find_all("li", class_="gallery__item")
        assert len(items) == 6
        for item in items:
            link = item.find("a")
            assert link["href"].endswith(".jpg")  # the full-size photo, a plain link
            assert item.find("img")["alt"].startswith("Кездесу сәті")
            assert item.find("img")["loading"] == "lazy"

    def test_every_image_has_alt_text(self, client, article):
        for img in get_html(client, article.url_in("kk")).find_all("img"):
            if "view-pixel" in img.get("class", []):
                assert img["alt"] == ""  # the no-JavaScript view counter: hidden from readers
            else:
                assert img.get("alt"), img

    def test_source_signature_defaults_to_the_press_service(self, client, article, site):
        html = get_html(client, article.url_in("kk"))
        assert html.find(class_="source").text.split() == [
            "Дереккөз:",
            "Түркістан",
            "облысы",
            "әкімінің",
            "баспасөз",
            "қызметі",
        ]

    def test_source_signature_of_another_outlet(self, client, article):
        article.source_name_kk = "Оңтүстік Қазақстан"
        article.source_url = "https://example.kz/news/1"
        article.save()
        link = get_html(client, article.url_in("kk")).find(class_="source").a
        assert (link.text, link["href"]) == ("Оңтүстік Қазақстан", "https://example.kz/news/1")

    def test_tags_region_and_share_links(self, client, article):
        html = get_html(client, article.url_in("ru"))
        tag_link = html.find(class_="tags").a
        assert tag_link.text == "Китай"
        assert tag_link["href"] == f"/ru/news/?tag={article.tags.first().slug}"
        share = {
            a.text.split("(")[0].strip(): a["href"] for a in html.find(class_="share").find_all("a")
        }
        assert share["Telegram"].startswith(
            "https://t.me/share/url?url=http%3A%2F%2Ftestserver%2Fru%2Fnews%2F"
        )
        assert set(share) >= {"Telegram", "WhatsApp", "Facebook", "X", "VK"}
        assert not html.find_all("script", src=lambda src: src and src.startswith("http"))

    def test_landmarks_and_skip_link(self, client, article):
        html = get_html(client, article.url_in("kk"))
        assert html.find("header") and html.find("main", id="main") and html.find("footer")
        assert html.find("a", class_="skip-link")["href"] == "#main"
        assert html.find("nav", class_="language-switcher")

    def test_footer_invites_to_subscribe(self, client, article):
        footer = get_html(client, article.url_in("kk")).find("footer", class_="site-footer")
        assert footer.find("a", href="https://t.me/example_kk")
        assert footer.find("a", href="https://www.instagram.com/example/")
        # Per language: the Russian page links the Russian channel.
        footer_ru = get_html(client, article.url_in("ru")).find("footer", class_="site-footer")
        assert footer_ru.find("a", href="https://t.me/example_ru")


@pytest.mark.django_db
class TestRelatedArticles:
    def test_chosen_by_the_editor_in_order(self, client, site, article):
        first, second = ArticlePageFactory(parent=site.news), ArticlePageFactory(parent=site.news)
        ArticleRelatedLink.objects.create(page=article, article=second, sort_order=0)
        ArticleRelatedLink.objects.create(page=article, article=first, sort_order=1)
        assert article.related_articles("ru") == [second, first]

    def test_else_by_shared_tags(self, client, site, article):
        tag = article.tags.first()
        other_tag = TagFactory()
        sharing = ArticlePageFactory(parent=site.news)
        sharing.tags.add(tag)
        sharing.save()
        unrelated = ArticlePageFactory(parent=site.news)
        unrelated.tags.add(other_tag)
        unrelated.save()
        assert article.related_articles("kk") == [sharing]
        html = get_html(client, article.url_in("kk"))
        assert [a.text for a in html.select(".related .card__title a")] == [sharing.title_kk]


@pytest.mark.django_db
class TestQueryCount:
    def count_queries(self, client, url):
        client.get(url)  # the first visit makes the image renditions
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def make_article(self, site, photos, related):
        tag = TagFactory()
        article = ArticlePageFactory(
            parent=site.news,
            main_image=ImageFactory(),
            main_image_alt_kk="Сурет",
            main_image_alt_ru="Фото",
            body_kk=gallery_body(photos),
        )
        article.tags.add(tag)
        article.save()
        for _ in range(related):
            other = ArticlePageFactory(
                parent=site.news,
                main_image=ImageFactory(),
                main_image_alt_kk="Сурет",
                main_image_alt_ru="Фото",
            )
            other.tags.add(tag)
            other.save()
        return article

    def test_does_not_grow_with_gallery_photos_or_related_articles(self, client, site):
        small = self.make_article(site, photos=2, related=1)
        large = self.make_article(site, photos=10, related=4)
        small_count = self.count_queries(client, small.url_in("kk"))
        large_count = self.count_queries(client, large.url_in("kk"))
        print(f"article page queries: {small_count} (2 photos, 1 related), {large_count} (10, 4)")
        assert small_count == large_count
