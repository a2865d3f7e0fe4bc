from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import ArticlePageFactory, paragraphs


def card_titles(html, selector):
    return [a.text for a in html.select(f"{selector} .card__title a")]


@pytest.mark.django_db
class TestHomePage:
    def test_leads_with_the_latest_story_by_default(self, client, site):
        older = ArticlePageFactory(
            parent=site.news, title_kk="Ескі", date=timezone.make_aware(datetime(2026, 5, 1))
        )
        newer = ArticlePageFactory(
            parent=site.news, title_kk="Жаңа", date=timezone.make_aware(datetime(2026, 6, 1))
        )
        html = BeautifulSoup(client.get("/kk/").content, "html.parser")
        assert card_titles(html, ".lead-story") == [newer.title_kk]
        assert older.title_kk in card_titles(html, "[aria-labelledby=latest-heading]")
        assert newer.title_kk not in card_titles(html, "[aria-labelledby=latest-heading]")

    def test_leads_with_the_editors_choice_when_it_exists_in_the_language(self, client, site):
        chosen = ArticlePageFactory(
            parent=site.news, title_kk="Таңдалған", date=timezone.make_aware(datetime(2026, 1, 1))
        )
        ArticlePageFactory(
            parent=site.news, title_kk="Соңғы", title_en="Latest", body_en=paragraphs("Text.")
        )
        site.home.lead_article = chosen
        site.home.save()
        assert card_titles(
            BeautifulSoup(client.get("/kk/").content, "html.parser"), ".lead-story"
        ) == ["Таңдалған"]
        # The chosen story has no English version: the English home page leads with another.
        assert card_titles(
            BeautifulSoup(client.get("/en/").content, "html.parser"), ".lead-story"
        ) == ["Latest"]

    def test_sections_in_the_header(self, client, site):
        html = BeautifulSoup(client.get("/ru/news/").content, "html.parser")
        link = html.find("nav", class_="site-nav").find("a")
        assert (link.text, link["href"], link["aria-current"]) == ("Новости", "/ru/news/", "page")
