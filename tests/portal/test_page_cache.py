"""The page cache: whole pages for anonymous readers, purged for the pages a change affects."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from portal.models import PressServiceSettings
from tests.cooperation.factories import (
    CountryFactory,
    link_article,
    make_agreement,
    make_section,
)
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    StandardPageFactory,
    TagFactory,
    paragraphs,
)

ANONYMOUS = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) reader"}


@pytest.fixture
def caching(settings):
    """The page cache and the data cache on, as in production."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_DATA_CACHE_SECONDS = 3600
    return settings


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish through Wagtail (a revision), running what waits for the commit."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish


def get(client, url):
    response = client.get(url, **ANONYMOUS)
    return response.status_code, response.get("X-Cache"), response.content.decode()


@pytest.mark.django_db
class TestPageCache:
    def test_a_readers_second_visit_is_served_from_the_cache(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news)
        url = article.url_in("ru")
        status, state, first = get(client, url)
        assert (status, state) == (200, "MISS")
        with CaptureQueriesContext(connection) as queries:
            status, state, second = get(client, url)
        assert (status, state, second) == (200, "HIT", first)
        assert len(queries) == 0

    def test_shared_caches_may_keep_it_a_few_seconds_browsers_must_ask_again(
        self, client, site, caching
    ):
        response = client.get(site.news.url_in("kk"), **ANONYMOUS)
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=0", f"s-maxage={caching.SHARED_CACHE_SECONDS}"}
        assert "Cookie" not in response.get("Vary", "")

    def test_each_language_and_query_string_has_its_copy(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news)
        for url in (article.url_in("kk"), article.url_in("ru"), "/kk/news/?page=1"):
            assert get(client, url)[1] == "MISS"
        kk, ru = get(client, article.url_in("kk")), get(client, article.url_in("ru"))
        assert (kk[1], ru[1]) == ("HIT", "HIT")
        assert 'lang="kk"' in kk[2] and 'lang="ru"' in ru[2]

    def test_tracking_parameters_share_the_pages_copy(self, client, site, caching):
        get(client, "/kk/news/")
        assert get(client, "/kk/news/?utm_source=telegram&fbclid=x1")[1] == "HIT"

    def test_editors_are_never_served_or_stored(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news)
        url = article.url_in("kk")
        get(client, url)
        user = get_user_model().objects.create_superuser("editor", "e@example.kz", "pw")
        client.force_login(user)
        response = client.get(url)
        assert response["X-Cache"] == "BYPASS"
        assert "private" in response["Cache-Control"]
        client.logout()

    def test_a_preview_is_not_cached(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news, live=False)
        user = get_user_model().objects.create_superuser("editor", "e@example.kz", "pw")
        client.force_login(user)
        response = client.get(f"/admin/pages/{article.pk}/view_draft/")
        assert response.status_code == 200
        assert response.get("X-Cache") != "HIT"
        assert "public" not in response.get("Cache-Control", "")

    def test_error_pages_and_posts_are_not_stored(self, client, site, caching):
        assert get(client, "/kk/no-such-page/")[0] == 404
        assert get(client, "/kk/no-such-page/")[1] is None
        assert get(client, "/kk/news/?page=abc")[0] == 400

    def test_the_language_cookie_is_not_stored_with_the_page(self, client, site, caching):
        get(client, "/ru/news/")  # sets portal_language=ru for this reader
        other = type(client)()
        response = other.get("/ru/news/", **ANONYMOUS)
        assert response["X-Cache"] == "HIT"
        # The new reader still gets the language of the page they read.
        assert response.cookies[django_settings.LANGUAGE_COOKIE_NAME].value == "ru"
        assert "sessionid" not in response.cookies and "csrftoken" not in response.cookies

    def test_view_counting_works_on_a_cached_page(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news)
        get(client, article.url_in("kk"))
        status, state, html = get(client, article.url_in("kk"))
        assert state == "HIT"
        count_url = f"/kk/-/views/{article.pk}/"
        assert f'data-count-url="{count_url}"' in html
        response = client.post(count_url, **ANONYMOUS)
        assert response.status_code == 200
        assert response.json()["counted"] is True
        assert response.get("X-Cache") is None  # never through the page cache

    def test_off_when_the_setting_is_zero(self, client, site, caching):
        caching.PAGE_CACHE_SECONDS = 0
        get(client, "/kk/news/")
        assert get(client, "/kk/news/")[1] == "MISS"


@pytest.mark.django_db
class TestPurging:
    def test_publishing_an_article_purges_it_its_listings_feeds_and_sitemap(
        self, client, site, caching, publish
    ):
        tag = TagFactory()
        article = ArticlePageFactory(parent=site.news, title_ru="Первая версия")
        article.tags.add(tag)
        article.save()
        bystander = ArticlePageFactory(parent=site.news)
        urls = [
            article.url_in("ru"),
            article.url_in("kk"),
            "/ru/news/",
            f"/ru/news/?tag={tag.slug}",
            "/ru/",
            "/ru/feed/",
            "/sitemap.xml",
            bystander.url_in("ru"),
        ]
        for url in urls:
            get(client, url)
        article.title_ru = "Вторая версия"
        publish(article)
        states = {url: get(client, url) for url in urls}
        for url in urls[:-1]:
            assert states[url][1] == "MISS", url
        assert "Вторая версия" in states[article.url_in("ru")][2]
        assert "Вторая версия" in states["/ru/news/"][2]
        assert "Вторая версия" in states["/ru/feed/"][2]
        # An article with no tag, link or listing in common keeps its copy.
        assert states[bystander.url_in("ru")][1] == "HIT"

    def test_a_new_translation_appears_at_once(self, client, site, caching, publish):
        article = ArticlePageFactory(parent=site.news)
        assert get(client, "/en/news/")[1] == "MISS"
        assert article.title_ru not in get(client, "/en/news/")[2]
        article.title_en = "Turkestan and Weinan agree to cooperate"
        article.body_en = paragraphs("A memorandum was signed.")
        publish(article)
        status, state, html = get(client, "/en/news/")
        assert state == "MISS" and "Turkestan and Weinan agree to cooperate" in html

    def test_unpublishing_removes_the_page_at_once(
        self, client, site, caching, django_capture_on_commit_callbacks
    ):
        article = ArticlePageFactory(parent=site.news)
        url = article.url_in("kk")
        get(client, url)
        assert get(client, url)[1] == "HIT"
        with django_capture_on_commit_callbacks(execute=True):
            article.unpublish()
        assert get(client, url)[0] == 404
        assert article.title_kk not in get(client, "/kk/news/")[2]

    def test_the_articles_related_to_it_are_purged(self, client, site, caching, publish):
        tag = TagFactory()
        neighbour = ArticlePageFactory(parent=site.news)
        neighbour.tags.add(tag)
        neighbour.save()
        get(client, neighbour.url_in("kk"))
        article = ArticlePageFactory(parent=site.news, live=False, title_kk="Жаңа мақала")
        article.tags.add(tag)
        article.save()
        publish(article)
        status, state, html = get(client, neighbour.url_in("kk"))
        assert state == "MISS"
        assert "Жаңа мақала" in html  # now among its related articles

    def test_a_record_page_follows_the_articles_linked_to_it(self, client, site, caching, publish):
        section, agreements, _delegations, _projects = make_section(site.home)
        agreement = make_agreement(agreements, parties=[CountryFactory(), CountryFactory()])
        article = ArticlePageFactory(parent=site.news, title_kk="Келісім туралы мақала")
        link_article(article, agreements=[agreement])
        get(client, agreement.url_in("kk"))
        assert get(client, agreement.url_in("kk"))[1] == "HIT"
        # The editor takes the link off and publishes: the record no longer lists the article.
        article = type(article).objects.get(pk=article.pk)
        article.agreement_links = []
        publish(article)
        status, state, html = get(client, agreement.url_in("kk"))
        assert state == "MISS"
        assert "Келісім туралы мақала" not in html

    def test_the_records_title_changes_on_the_articles_that_tell_about_it(
        self, client, site, caching, publish
    ):
        _section, agreements, _delegations, _projects = make_section(site.home)
        agreement = make_agreement(agreements, parties=[CountryFactory(), CountryFactory()])
        article = link_article(ArticlePageFactory(parent=site.news), agreements=[agreement])
        get(client, article.url_in("kk"))
        agreement.title_kk = "Жаңартылған келісім атауы"
        publish(agreement)
        status, state, html = get(client, article.url_in("kk"))
        assert state == "MISS" and "Жаңартылған келісім атауы" in html

    def test_settings_and_menu_changes_purge_everything(
        self, client, site, caching, django_capture_on_commit_callbacks, publish
    ):
        article = ArticlePageFactory(parent=site.news)
        get(client, article.url_in("kk"))
        press_service = PressServiceSettings.objects.get(site=site.site)
        press_service.name_kk = "Жаңа атау"
        with django_capture_on_commit_callbacks(execute=True):
            press_service.save()
        status, state, html = get(client, article.url_in("kk"))
        assert state == "MISS" and "Жаңа атау" in html
        about = StandardPageFactory(parent=site.home, live=False, show_in_menus=True)
        about.title_kk = "Біз туралы"
        publish(about)
        status, state, html = get(client, article.url_in("kk"))
        assert state == "MISS" and "Біз туралы" in html  # the header's new section

    def test_a_new_photo_of_a_snippet_or_image_purges_everything(
        self, client, site, caching, django_capture_on_commit_callbacks
    ):
        get(client, "/kk/news/")
        with django_capture_on_commit_callbacks(execute=True):
            ImageFactory()
        assert get(client, "/kk/news/")[1] == "MISS"

    def test_deleted_renditions_are_made_again(
        self, client, site, caching, django_capture_on_commit_callbacks
    ):
        article = ArticlePageFactory(
            parent=site.news,
            main_image=ImageFactory(),
            main_image_alt_kk="Сурет",
            main_image_alt_ru="Фото",
        )
        get(client, article.url_in("kk"))
        renditions = get_image_model().get_rendition_model().objects
        assert renditions.filter(image=article.main_image).exists()
        with django_capture_on_commit_callbacks(execute=True):
            renditions.all().delete()  # as Wagtail does when a photo's file is replaced
        status, state, html = get(client, article.url_in("kk"))
        assert (status, state) == (200, "MISS")
        assert renditions.filter(image=article.main_image).exists()


@pytest.mark.django_db
class TestQueryBudget:
    """What a reader's request costs the database once the caches are warm."""

    def count(self, client, url):
        client.get(url, **ANONYMOUS)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, **ANONYMOUS).status_code == 200
        return len(queries)

    def test_article_and_home_page_stay_within_ten_queries(self, client, site, caching):
        caching.PAGE_CACHE_SECONDS = 0  # the pages themselves are rendered each time
        from tests.news.test_article_page import TestQueryCount

        # A main photo, a gallery of 8 and 4 related articles with photos of their own.
        article = TestQueryCount().make_article(site, photos=8, related=4)
        assert self.count(client, article.url_in("kk")) <= 10
        assert self.count(client, "/kk/") <= 10


@pytest.mark.django_db
class TestQueryStringsDoNotSplitTheCache:
    """Only the parameters a page reads key its copy: a random ?x= is the same page."""

    def test_parameters_no_page_reads_are_served_the_same_copy(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news)
        url = article.url_in("kk")
        assert get(client, url)[1] == "MISS"
        for query in ("?x=1", "?utm_source=telegram&x=2", "?fbclid=abc", "?a=1&b=2&c=3"):
            status, state, _html = get(client, url + query)
            assert (status, state) == (200, "HIT"), query

    def test_the_news_filters_have_their_own_copies(self, client, site, caching):
        tag = TagFactory(slug="investment")
        ArticlePageFactory(parent=site.news, tags=[tag])
        news = site.news.url_in("kk")
        assert get(client, news)[1] == "MISS"
        assert get(client, f"{news}?tag=investment")[1] == "MISS"
        assert get(client, f"{news}?tag=investment&x=1")[1] == "HIT"
        assert get(client, f"{news}?x=1&tag=investment")[1] == "HIT"

    def test_a_parameter_the_page_does_not_read_is_not_stored(self, client, site, caching):
        """?tag= keys the news list, not the home page: the home page renders it as itself,
        and keeps no copy per tag (else any page could be made to hold many copies)."""
        TagFactory(slug="investment")
        home = site.home.url_in("kk")
        assert get(client, f"{home}?tag=investment")[1] == "MISS"
        assert get(client, f"{home}?tag=investment")[1] == "MISS"
        assert get(client, home)[1] == "MISS"
        assert get(client, home)[1] == "HIT"

    def test_no_address_part_a_page_does_not_read_is_written_into_a_copy(
        self, client, site, caching
    ):
        """A copy is served to every reader: the links it carries (language switch, pages of
        a list) hold only the filters pages read, whatever else the first request had."""
        tag = TagFactory(slug="investment")
        ArticlePageFactory(parent=site.news, tags=[tag])
        news = site.news.url_in("kk")
        status, state, html = get(client, f"{news}?tag=investment&poison=x1y2z3")
        assert (status, state) == (200, "MISS")
        assert "poison" not in html and "x1y2z3" not in html
        assert "tag=investment" in html  # the language switch keeps the page's own filter

    def test_one_address_keeps_a_bounded_number_of_copies(self, client, site, caching):
        caching.PAGE_CACHE_MAX_VARIANTS = 3
        tags = [TagFactory(slug=f"tag-{n}") for n in range(5)]
        for tag in tags:
            ArticlePageFactory(parent=site.news, tags=[tag])
        news = site.news.url_in("kk")
        states = [get(client, f"{news}?tag={tag.slug}")[1] for tag in tags]
        assert states == ["MISS"] * 5
        again = [get(client, f"{news}?tag={tag.slug}")[1] for tag in tags]
        assert again == ["HIT", "HIT", "HIT", "MISS", "MISS"]


@pytest.mark.django_db
class TestRandomQueryStringsOnRedis:
    def test_random_query_strings_add_nothing_to_redis(self, client, site, caching, redis_url):
        if "redis" not in django_settings.CACHES["default"]["BACKEND"]:
            pytest.skip("the default cache is not Redis here")
        article = ArticlePageFactory(parent=site.news)
        url = article.url_in("kk")
        get(client, url)
        redis = caches["default"].client.get_client()
        prefix = django_settings.CACHES["default"]["KEY_PREFIX"]
        before = len(list(redis.scan_iter(f"{prefix}*")))
        for number in range(200):
            assert get(client, f"{url}?x={number}&y=z{number}")[1] == "HIT"
        assert len(list(redis.scan_iter(f"{prefix}*"))) == before
