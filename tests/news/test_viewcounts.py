"""View counting: the endpoint, dedup, bots, bad input, the exactly-once flush, Redis outages."""

import json
import logging
import subprocess
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import redis
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from news import viewcounts
from news.models import ArticleDailyViews, ArticlePage, ViewCountBatch
from portal.redis import breaker
from tests.factories import ArticlePageFactory

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"


@pytest.fixture
def article(site):
    return ArticlePageFactory(parent=site.news)


def post_view(client, article, language="kk", **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return client.post(f"/{language}/-/views/{article.pk}/", **headers)


def stored_views(article):
    return ArticlePage.objects.get(pk=article.pk).view_count


@pytest.mark.django_db
class TestCountingEndpoint:
    def test_counts_a_visit_once_and_answers_the_count(self, client, article, backend):
        first = post_view(client, article)
        assert first.status_code == 200
        assert first["Cache-Control"].startswith("max-age=0")
        assert first.json()["counted"] is True
        assert first.json()["views"] == 1
        assert first.json()["text"] == "1 қаралым"
        visitor = first.cookies[viewcounts.VISITOR_COOKIE]
        assert visitor["httponly"] and len(visitor.value) >= 16
        again = post_view(client, article)  # the cookie comes back: the same reader
        assert again.json() == {"counted": False, "views": 1, "text": "1 қаралым"}
        viewcounts.flush()
        assert stored_views(article) == 1

    def test_answers_in_the_pages_language(self, client, article, backend):
        ArticlePage.objects.filter(pk=article.pk).update(view_count=1069)
        assert post_view(client, article, "ru").json()["text"] == "1\xa0070 просмотров"

    def test_stores_no_personal_data(self, client, article, backend):
        response = post_view(client, article, REMOTE_ADDR="203.0.113.7")
        assert set(response.cookies) == {viewcounts.VISITOR_COOKIE}
        if backend is not None:
            for key in backend.scan_iter(match=viewcounts.key("*")):
                assert b"203.0.113.7" not in key
                assert b"203.0.113.7" not in json.dumps(str(backend.dump(key))).encode()

    def test_the_dedup_window_is_a_setting(self, client, article, backend, settings):
        settings.VIEW_COUNT_DEDUP_SECONDS = 0
        for _ in range(3):
            assert post_view(client, article).json()["counted"] is True
        viewcounts.flush()
        assert stored_views(article) == 3

    def test_a_visit_after_the_window_counts_again(self, client, article, backend, settings):
        settings.VIEW_COUNT_DEDUP_SECONDS = 1
        assert post_view(client, article).json()["counted"] is True
        assert post_view(client, article).json()["counted"] is False
        time.sleep(2.1)
        assert post_view(client, article).json()["counted"] is True

    @pytest.mark.parametrize(
        "headers",
        [
            {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1)"},
            {"HTTP_USER_AGENT": "TelegramBot (like TwitterBot)"},
            {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
            {"HTTP_USER_AGENT": "WhatsApp/2.23"},
            {"HTTP_USER_AGENT": ""},
            {"HTTP_SEC_PURPOSE": "prefetch"},
        ],
    )
    def test_crawlers_and_previews_are_not_counted(self, client, article, backend, headers):
        response = post_view(client, article, **headers)
        assert response.status_code == 200
        assert response.json()["counted"] is False
        viewcounts.flush()
        assert stored_views(article) == 0

    def test_editors_are_not_counted_unless_the_setting_says_so(
        self, client, article, backend, settings
    ):
        client.force_login(get_user_model().objects.create_user("editor", password="x"))
        assert post_view(client, article).json()["counted"] is False
        settings.VIEW_COUNT_EDITORS = True
        assert post_view(client, article).json()["counted"] is True

    def test_readers_without_javascript_are_counted_by_a_pixel(self, client, article, backend):
        html = BeautifulSoup(client.get(article.url_in("kk")).content, "html.parser")
        pixel = BeautifulSoup(html.find("noscript").decode_contents(), "html.parser").img
        response = client.get(pixel["src"], HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/gif"
        viewcounts.flush()
        assert stored_views(article) == 1

    def test_the_page_asks_for_the_count(self, client, article, backend):
        html = BeautifulSoup(client.get(article.url_in("ru")).content, "html.parser")
        counters = html.find_all(attrs={"data-count-url": True})
        assert [c["data-count-url"] for c in counters] == [f"/ru/-/views/{article.pk}/"]


@pytest.mark.django_db
class TestBadInput:
    def test_unknown_unpublished_or_non_article_pages_are_404(self, client, site, article, backend):
        draft = ArticlePageFactory(parent=site.news, live=False)
        for page_id in (999999, draft.pk, site.news.pk, site.home.pk):
            response = client.post(f"/kk/-/views/{page_id}/", HTTP_USER_AGENT=BROWSER)
            assert response.status_code == 404, page_id
        assert stored_views(draft) == 0

    def test_a_wrong_method_is_405(self, client, article, backend):
        assert client.get(f"/kk/-/views/{article.pk}/").status_code == 405
        assert client.put(f"/kk/-/views/{article.pk}/").status_code == 405
        assert client.post(f"/kk/-/views/{article.pk}/pixel.gif").status_code == 405

    @pytest.mark.parametrize("garbage", ["abc", "0", "-1", "1.5", "9" * 30, "1;DROP", "%00"])
    def test_garbage_is_400(self, client, article, backend, garbage):
        response = client.post(f"/kk/-/views/{garbage}/", HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 400

    def test_a_forged_visitor_cookie_is_replaced(self, client, article, backend):
        client.cookies[viewcounts.VISITOR_COOKIE] = "<script>" * 20
        response = post_view(client, article)
        assert response.status_code == 200
        assert response.cookies[viewcounts.VISITOR_COOKIE].value.isascii()


def counts_with_threads(live_server, article, requests, threads=16):
    url = f"{live_server.url}/kk/-/views/{article.pk}/"

    def one(number):
        # Each reader from an address of their own, as our nginx (a trusted proxy on the same
        # machine) tells it: one address would be one client, capped at a few views.
        address = f"10.0.{number // 250}.{number % 250 + 1}"
        headers = {"User-Agent": BROWSER, "X-Forwarded-For": address}
        request = urllib.request.Request(url, method="POST", headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)["counted"]

    with ThreadPoolExecutor(threads) as pool:
        return sum(pool.map(one, range(requests)))


@pytest.mark.django_db(transaction=True)
class TestExactUnderLoad:
    def test_many_concurrent_readers_give_exactly_that_many_views(
        self, live_server, site, backend, postgres
    ):
        article = ArticlePageFactory(parent=site.news)
        assert counts_with_threads(live_server, article, 300) == 300
        viewcounts.flush()
        assert stored_views(article) == 300
        assert ArticleDailyViews.objects.get(page=article).views == 300


class Killed(Exception):
    """Stands for a flush process dying at a given step."""


@pytest.mark.django_db
class TestFlush:
    def pending(self, client, article, views):
        for _ in range(views):
            viewcounts.record_view(article.pk, 0, viewcounts.new_visitor_id())

    def test_moves_views_and_days_into_the_database(self, client, site, use_redis):
        first, second = ArticlePageFactory(parent=site.news), ArticlePageFactory(parent=site.news)
        self.pending(client, first, 5)
        self.pending(client, second, 2)
        assert stored_views(first) == 0  # nothing written per view
        assert viewcounts.flush() == 7
        assert (stored_views(first), stored_views(second)) == (5, 2)
        today = viewcounts.local_date()
        assert ArticleDailyViews.objects.get(page=first, date=today).views == 5
        assert viewcounts.flush() == 0  # nothing left

    def test_views_of_a_past_day_go_to_that_day(self, client, article, use_redis):
        yesterday = viewcounts.local_date() - timedelta(days=1)
        use_redis.hincrby(viewcounts.key("pending"), viewcounts.day_field(article.pk, yesterday), 4)
        viewcounts.flush()
        assert ArticleDailyViews.objects.get(page=article, date=yesterday).views == 4

    @pytest.mark.parametrize("step", ["taken", "applied", "committed"])
    def test_a_flush_killed_at_any_step_loses_and_doubles_nothing(
        self, client, article, use_redis, step
    ):
        self.pending(client, article, 10)

        def die(at):
            if at == step:
                raise Killed(at)

        with pytest.raises(Killed):
            viewcounts.flush(pause=die)
        self.pending(client, article, 3)  # readers go on meanwhile
        viewcounts.flush()
        viewcounts.flush()
        assert stored_views(article) == 13
        assert ArticleDailyViews.objects.get(page=article).views == 13

    def test_a_flush_that_finds_its_batch_applied_by_another_adds_nothing(
        self, client, article, use_redis
    ):
        self.pending(client, article, 10)
        seen = []

        def meanwhile(at):
            if at == "taken" and not seen:
                seen.append(at)
                viewcounts.flush()  # a second flush runs to the end in between

        viewcounts.flush(pause=meanwhile)
        assert stored_views(article) == 10
        assert ViewCountBatch.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_flushes_at_once_apply_a_batch_once(site, use_redis, postgres):
    article = ArticlePageFactory(parent=site.news)
    for _ in range(20):
        viewcounts.record_view(article.pk, 0, viewcounts.new_visitor_id())
    inside = threading.Event()
    release = threading.Event()

    def hold(at):
        if at == "applied":  # inside the transaction, the batch row inserted
            inside.set()
            release.wait(10)

    first = threading.Thread(target=viewcounts.flush, kwargs={"pause": hold})
    first.start()
    assert inside.wait(10)
    second_result = []
    second = threading.Thread(target=lambda: second_result.append(viewcounts.flush()))
    second.start()
    time.sleep(0.5)  # the second flush now waits on the first one's batch row
    release.set()
    first.join(10)
    second.join(10)
    assert second_result == [0]
    assert stored_views(article) == 20


@pytest.fixture
def own_redis(redis_url, settings, tmp_path):
    """A Redis server of the test's own, which the test may stop and start again."""
    port = 6390 + (hash(tmp_path) % 500)

    def start():
        return subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )

    def wait_up():
        client = redis.Redis(port=port, socket_connect_timeout=0.2)
        for _ in range(50):
            try:
                client.ping()
                return
            except redis.RedisError:
                time.sleep(0.1)
        raise AssertionError("the test's Redis did not start")

    server = {"process": start()}
    wait_up()
    settings.REDIS_URL = f"redis://127.0.0.1:{port}/0"
    viewcounts.redis_client.cache_clear()
    viewcounts._state.update(redis_down_until=0.0, last_warning=0.0)

    def stop():
        server["process"].terminate()
        server["process"].wait(10)

    def restart():
        server["process"] = start()
        wait_up()

    yield {"stop": stop, "restart": restart}
    stop() if server["process"].poll() is None else None
    viewcounts.redis_client.cache_clear()


@pytest.mark.django_db
class TestRedisOutage:
    def test_views_go_to_the_database_and_counting_recovers(
        self, client, article, own_redis, monkeypatch, caplog
    ):
        monkeypatch.setattr(viewcounts, "REDIS_RETRY_SECONDS", 0)
        for _ in range(3):
            viewcounts.record_view(article.pk, 0, viewcounts.new_visitor_id())
        viewcounts.flush()
        assert stored_views(article) == 3

        own_redis["stop"]()
        caplog.set_level(logging.WARNING, logger="news.viewcounts")
        for _ in range(4):
            response = client.post(f"/kk/-/views/{article.pk}/", HTTP_USER_AGENT=BROWSER)
            client.cookies.clear()
            assert response.status_code == 200
            assert response.json()["counted"] is True
        assert stored_views(article) == 7  # straight into the database
        assert len([r for r in caplog.records if "Redis unavailable" in r.message]) == 1

        own_redis["restart"]()
        breaker.reset()  # Redis answers again: as if the breaker's time had passed
        viewcounts.record_view(article.pk, 0, viewcounts.new_visitor_id())
        assert stored_views(article) == 7  # back to Redis: pending, not yet in the database
        viewcounts.flush()
        assert stored_views(article) == 8
        assert ArticleDailyViews.objects.get(page=article).views == 8

    def test_a_closed_port_is_answered_quickly(self, client, article, settings):
        settings.REDIS_URL = "redis://127.0.0.1:1/0"
        viewcounts.redis_client.cache_clear()
        viewcounts._state.update(redis_down_until=0.0, last_warning=0.0)
        started = time.monotonic()
        response = client.post(f"/kk/-/views/{article.pk}/", HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200 and response.json()["counted"] is True
        assert stored_views(article) == 1
        assert time.monotonic() - started < 5
        viewcounts.redis_client.cache_clear()


def production_caches(redis_url, monkeypatch):
    """The CACHES that portal.settings.base builds for a REDIS_URL."""
    import importlib

    from portal.settings import base

    monkeypatch.setenv("REDIS_URL", redis_url)
    caches = importlib.reload(base).CACHES
    monkeypatch.delenv("REDIS_URL")
    importlib.reload(base)
    return caches


@pytest.mark.django_db
def test_pages_still_render_with_redis_down(client, site, settings, monkeypatch):
    closed = "redis://127.0.0.1:1/0"
    settings.REDIS_URL = closed
    settings.CACHES = production_caches(closed, monkeypatch)
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    viewcounts.redis_client.cache_clear()
    viewcounts._state.update(redis_down_until=0.0, last_warning=0.0)
    article = ArticlePageFactory(parent=site.news)
    assert client.get(article.url_in("kk")).status_code == 200
    assert client.get("/kk/").status_code == 200
    assert post_view(client, article).json()["counted"] is True
    viewcounts.redis_client.cache_clear()
