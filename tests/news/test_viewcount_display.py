"""What readers and editors see of view counts: pages, the "Most read" block, the admin."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model

from news.models import ArticleDailyViews
from news.viewcounts import local_date
from portal.celery import app as celery_app
from tests.factories import ArticlePageFactory, paragraphs


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def views_on(article, days_ago, views):
    ArticleDailyViews.objects.create(
        page=article, date=local_date() - timedelta(days=days_ago), views=views
    )


@pytest.fixture
def read_articles(site):
    popular = ArticlePageFactory(
        parent=site.news,
        title_kk="Танымал",
        title_en="Popular",
        body_en=paragraphs("Text."),
        view_count=5000,
    )
    quiet = ArticlePageFactory(parent=site.news, title_kk="Тыныш", view_count=30)
    old_hit = ArticlePageFactory(parent=site.news, title_kk="Ескі хит", view_count=90000)
    views_on(popular, 0, 900)
    views_on(popular, 6, 100)
    views_on(quiet, 1, 30)
    views_on(old_hit, 8, 90000)  # outside the last 7 days
    return popular, quiet, old_hit


@pytest.mark.django_db
class TestMostRead:
    def items(self, html):
        block = html.find("section", class_="most-read")
        return [(li.a.text, li.find(class_="view-count").text) for li in block.find_all("li")]

    def test_home_page_lists_the_weeks_most_read(self, client, read_articles):
        assert self.items(html_of(client.get("/kk/"))) == [
            ("Танымал", "1\xa0000 қаралым"),
            ("Тыныш", "30 қаралым"),
        ]

    def test_only_articles_in_the_pages_language(self, client, read_articles):
        assert self.items(html_of(client.get("/en/"))) == [("Popular", "1,000 views")]

    def test_beside_articles_too(self, client, read_articles):
        popular, quiet, _ = read_articles
        assert self.items(html_of(client.get(quiet.url_in("ru"))))[0][0] == popular.title_ru


@pytest.mark.django_db
class TestCountsOnPages:
    def test_listing_cards_show_the_count(self, client, read_articles):
        html = html_of(client.get("/ru/news/"))
        counts = {
            c.find(class_="card__title").text: c.find(class_="view-count").text
            for c in html.select(".card")
        }
        assert (
            counts[
                "Туркестан и Вэйнань договорились о сотрудничестве 1"[:0]
                or read_articles[0].title_ru
            ]
            == "5\xa0000 просмотров"
        )


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("chief", "chief@example.kz", "secret-pass")
    client.force_login(user)
    return user


@pytest.mark.django_db
class TestAdmin:
    def test_article_listing_sorts_by_views(self, client, editor, read_articles):
        html = html_of(client.get("/admin/articles/?ordering=-view_count"))
        titles = [
            a.text.strip()
            for a in html.select("td.title a.title-wrapper, td.title .title-wrapper a")
        ]
        assert titles[:3] == ["Ескі хит", "Танымал", "Тыныш"]
        cells = html.find_all("a", href=lambda h: h and "/admin/article-views/" in h)
        assert cells[0].text == "90\xa0000"

    def test_dashboard_panel_shows_the_weeks_most_read(self, client, editor, read_articles):
        panel = html_of(client.get("/admin/")).find(id="most-read-articles-section")
        rows = [
            [td.text.strip() for td in tr.find_all("td")]
            for tr in panel.find("tbody").find_all("tr")
        ]
        assert rows == [["Танымал", "1\xa0000"], ["Тыныш", "30"]]

    def test_chart_of_daily_views(self, client, editor, read_articles):
        popular = read_articles[0]
        html = html_of(client.get(f"/admin/article-views/{popular.pk}/?days=30"))
        bars = html.find("svg", class_="views-chart").find_all("rect")
        assert len(bars) == 30
        heights = [float(bar["height"]) for bar in bars]
        assert heights[-1] == max(heights) > heights[-7] > 0  # today's 900, six days ago 100
        assert sum(1 for h in heights if h > 0) == 2
        assert html.find("svg", class_="views-chart")["role"] == "img"

    def test_chart_period_is_validated(self, client, editor, read_articles):
        popular = read_articles[0]
        html = html_of(client.get(f"/admin/article-views/{popular.pk}/?days=abc"))
        assert len(html.find("svg", class_="views-chart").find_all("rect")) == 30
        assert client.get("/admin/article-views/999999/").status_code == 404

    def test_chart_needs_edit_permission(self, client, site, read_articles):
        user = get_user_model().objects.create_user("reader", password="x")
        client.force_login(user)
        assert client.get(f"/admin/article-views/{read_articles[0].pk}/").status_code in (302, 403)


def test_the_flush_runs_from_beat_every_interval():
    import news.tasks  # noqa: F401  (registers the tasks, as the worker's autodiscovery does)

    entry = settings.CELERY_BEAT_SCHEDULE["flush-view-counts"]
    assert entry["schedule"] == settings.VIEW_COUNT_FLUSH_SECONDS
    assert entry["task"] in celery_app.tasks
