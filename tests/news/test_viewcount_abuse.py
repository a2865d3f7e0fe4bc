"""View counts cannot be inflated: a cap per client and window, and no counting for other sites."""

import hashlib
import http.server
import os
import threading
import time
import uuid
from datetime import timedelta

import pytest
from django.db import connections
from django.test import Client

from news import viewcounts
from tests.chromium import CHROMIUM, LAUNCH_ARGS
from tests.conftest import service_missing
from tests.factories import ArticlePageFactory
from tests.news.test_viewcounts import BROWSER, post_view, stored_views

CLIENT = "203.0.113.7"  # an address on the internet, not our proxy
NGINX = "127.0.0.1"  # TRUSTED_PROXIES: our nginx on the same machine


@pytest.fixture
def article(site):
    return ArticlePageFactory(parent=site.news)


@pytest.fixture
def limit(settings):
    """The per-client cap: a handful."""
    assert 0 < settings.VIEW_COUNT_CLIENT_LIMIT <= 10
    return settings.VIEW_COUNT_CLIENT_LIMIT


def posts(client, article, times, **headers):
    """`times` visits by a client that keeps no cookie (or forges one); how many counted."""
    headers.setdefault("REMOTE_ADDR", CLIENT)
    counted = 0
    for _ in range(times):
        client.cookies.clear()
        counted += post_view(client, article, **headers).json()["counted"]
    return counted


def counted_in_database(article):
    viewcounts.flush()
    return stored_views(article)


@pytest.mark.django_db
class TestPerClientCap:
    def test_a_cookieless_script_adds_at_most_the_cap(self, client, article, backend, limit):
        assert posts(client, article, 500) == limit
        assert counted_in_database(article) == limit

    def test_new_cookies_on_every_request_do_not_lift_the_cap(
        self, client, article, backend, limit
    ):
        counted = 0
        for _ in range(100):
            client.cookies[viewcounts.VISITOR_COOKIE] = viewcounts.new_visitor_id()
            counted += post_view(client, article, REMOTE_ADDR=CLIENT).json()["counted"]
        assert counted == limit
        assert counted_in_database(article) == limit

    def test_clients_behind_our_proxy_are_told_apart_by_its_last_hop(
        self, client, article, backend, limit
    ):
        for number in range(20):
            for attempt in range(25):
                # What the client claims comes first and changes; nginx appends what it saw.
                forwarded = f"10.9.{attempt}.1, 198.51.100.{number + 1}"
                client.cookies.clear()
                post_view(client, article, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=forwarded)
        assert counted_in_database(article) == 20 * min(limit, 25)

    def test_x_forwarded_for_from_anyone_but_our_proxy_is_ignored(
        self, client, article, backend, limit
    ):
        counted = 0
        for number in range(100):
            client.cookies.clear()
            forwarded = f"198.51.100.{number + 1}"
            response = post_view(
                client, article, REMOTE_ADDR=CLIENT, HTTP_X_FORWARDED_FOR=forwarded
            )
            counted += response.json()["counted"]
        assert counted == limit

    def test_changing_user_agent_stops_at_the_address_cap(self, client, article, backend, settings):
        counted = 0
        for number in range(200):
            client.cookies.clear()
            user_agent = f"{BROWSER} Build/{number}"
            response = post_view(client, article, REMOTE_ADDR=CLIENT, HTTP_USER_AGENT=user_agent)
            counted += response.json()["counted"]
        assert counted == settings.VIEW_COUNT_ADDRESS_LIMIT
        assert counted_in_database(article) == settings.VIEW_COUNT_ADDRESS_LIMIT

    def test_an_ipv6_client_is_its_whole_64(self, client, article, backend, limit):
        network = [f"2001:db8:1:2:{n:x}::{n + 1:x}" for n in range(100)]
        assert posts(client, article, 1) == 1
        counted = sum(posts(client, article, 1, REMOTE_ADDR=address) for address in network)
        assert counted == limit
        assert posts(client, article, 1, REMOTE_ADDR="2001:db8:1:3::1") == 1  # another /64

    def test_readers_sharing_an_address_are_each_counted_once(self, article, backend, limit):
        # A mobile carrier's shared address (CGNAT): readers with their cookie, reloading.
        readers = [Client() for _ in range(limit - 1)]
        for _ in range(5):
            for reader in readers:
                post_view(reader, article, REMOTE_ADDR=CLIENT)
        assert counted_in_database(article) == limit - 1
        # The repeats used up nothing of the cap: one more reader there still counts.
        assert post_view(Client(), article, REMOTE_ADDR=CLIENT).json()["counted"] is True
        assert counted_in_database(article) == limit

    def test_each_article_has_a_cap_of_its_own(self, client, site, article, backend, limit):
        other = ArticlePageFactory(parent=site.news)
        assert posts(client, article, 30) == limit
        assert posts(client, other, 30) == limit

    def test_the_cap_lasts_one_window(self, client, article, backend, settings, limit):
        settings.VIEW_COUNT_CLIENT_WINDOW_SECONDS = 1
        assert posts(client, article, limit + 5) == limit
        time.sleep(2.1)
        assert posts(client, article, 1) == 1

    def test_a_cap_of_zero_is_no_cap(self, client, article, backend, settings):
        settings.VIEW_COUNT_CLIENT_LIMIT = 0
        settings.VIEW_COUNT_ADDRESS_LIMIT = 0
        assert posts(client, article, 60) == 60


FOREIGN = "https://news.example.org"


@pytest.mark.django_db
class TestOtherSites:
    @pytest.mark.parametrize(
        "headers",
        [
            {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": FOREIGN},
            {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "http://blog.testserver"},
            {"HTTP_ORIGIN": FOREIGN},  # a browser without Sec-Fetch-Site
            {"HTTP_ORIGIN": "null"},  # a sandboxed frame, a data: page
            {"HTTP_ORIGIN": "http://testserver.example.org"},
            {"HTTP_REFERER": f"{FOREIGN}/a-page/"},
        ],
    )
    def test_a_post_from_another_site_counts_nothing(self, client, article, backend, headers):
        response = post_view(client, article, **headers)
        assert response.status_code == 403
        assert not response.cookies
        assert counted_in_database(article) == 0

    @pytest.mark.parametrize(
        "headers",
        [
            {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
            {"HTTP_ORIGIN": "http://testserver"},
            {"HTTP_REFERER": "http://testserver/kk/news/a-story/"},
            {},  # an old browser, or one told to send none of these
        ],
    )
    def test_a_post_from_our_page_counts_once(self, client, article, backend, headers):
        assert post_view(client, article, **headers).json()["counted"] is True
        assert post_view(client, article, **headers).json()["counted"] is False
        assert counted_in_database(article) == 1

    @pytest.mark.parametrize(
        "headers",
        [
            {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_REFERER": f"{FOREIGN}/a-page/"},
            {"HTTP_SEC_FETCH_SITE": "none"},  # the pixel's address typed or opened directly
            {"HTTP_REFERER": f"{FOREIGN}/a-page/"},
        ],
    )
    def test_the_pixel_on_another_site_counts_nothing(self, client, article, backend, headers):
        response = client.get(
            f"/kk/-/views/{article.pk}/pixel.gif", HTTP_USER_AGENT=BROWSER, **headers
        )
        assert response.status_code == 403
        assert not response.cookies
        assert counted_in_database(article) == 0

    def test_the_pixel_on_our_page_counts(self, client, article, backend):
        response = client.get(
            f"/kk/-/views/{article.pk}/pixel.gif",
            HTTP_USER_AGENT=BROWSER,
            HTTP_SEC_FETCH_SITE="same-origin",
            HTTP_REFERER=f"http://testserver{article.url_in('kk')}",
        )
        assert response.status_code == 200
        assert response["Content-Type"] == "image/gif"
        assert counted_in_database(article) == 1


def unkeyed_hashes(text):
    data = text.encode()
    return {hashlib.new(name, data).hexdigest()[:16] for name in ("md5", "sha1", "sha256")}


@pytest.mark.django_db
class TestClientPrivacy:
    def test_redis_holds_no_address_for_longer_than_a_window(
        self, client, article, use_redis, settings
    ):
        addresses = ["198.51.100.23", "2001:db8:5:6::7", "2001:db8:5:6::", CLIENT]
        post_view(client, article, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=addresses[0])
        client.cookies.clear()
        post_view(client, article, REMOTE_ADDR=addresses[1])
        client.cookies.clear()
        post_view(client, article, REMOTE_ADDR=CLIENT)
        keys = list(use_redis.scan_iter(match=viewcounts.key("*")))
        caps = [k for k in keys if b":cap:" in k]
        assert len(caps) == 6  # per address + browser and per address, for three clients
        stored = b" ".join(keys + [use_redis.dump(k) for k in keys])
        for address in addresses:
            assert address.encode() not in stored
            for digest in unkeyed_hashes(address):
                assert digest.encode() not in stored
        assert BROWSER.encode() not in stored
        for cap in caps:
            assert 0 < use_redis.ttl(cap) <= settings.VIEW_COUNT_CLIENT_WINDOW_SECONDS

    def test_a_client_is_not_known_again_the_next_day(self):
        today = viewcounts.local_date()
        keys = viewcounts.client_keys(CLIENT, BROWSER, today)
        assert keys == viewcounts.client_keys(CLIENT, BROWSER, today)
        tomorrow = viewcounts.client_keys(CLIENT, BROWSER, today + timedelta(days=1))
        assert set(keys).isdisjoint(tomorrow)

    def test_the_keys_cannot_be_made_without_the_secret_key(self, settings):
        keys = viewcounts.client_keys(CLIENT, BROWSER)
        settings.SECRET_KEY = uuid.uuid4().hex
        assert set(keys).isdisjoint(viewcounts.client_keys(CLIENT, BROWSER))


@pytest.fixture
def chromium(request, monkeypatch):
    """Debian's Chromium, driven by Playwright, as in tests/browser."""
    if not os.access(CHROMIUM, os.X_OK):
        service_missing(request, f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()
        # Under Playwright's loop this thread has connections of its own (tests/browser).
        connections.close_all()


@pytest.fixture
def other_site():
    """other_site(html): the address of a page with that HTML on another site of this machine
    (a page on the internet may not reach localhost at all: Chromium's local network access)."""
    pages = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(pages[-1].encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def serve(html):
        pages.append(html)
        return f"http://127.0.0.1:{server.server_port}/"

    yield serve
    server.shutdown()
    server.server_close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
class TestInARealBrowser:
    """What Chromium itself sends: our page counts once, another site's page never."""

    def reader(self, chromium, **options):
        # Headless Chromium says "HeadlessChrome", which is never counted.
        return chromium.new_context(user_agent=BROWSER, **options).new_page()

    def is_count(self, response):
        return "/-/views/" in response.url

    def test_our_page_counts_once_with_or_without_javascript(
        self, live_server, site, use_redis, chromium
    ):
        article = ArticlePageFactory(parent=site.news)
        url = live_server.url + article.url_in("kk")
        page = self.reader(chromium)
        for _ in range(2):  # the second visit is the same reader's
            with page.expect_response(self.is_count) as counting:
                page.goto(url)
            assert counting.value.status == 200
            assert counting.value.request.header_value("sec-fetch-site") == "same-origin"
        assert counted_in_database(article) == 1
        page = self.reader(chromium, java_script_enabled=False)
        with page.expect_response(self.is_count) as counting:
            page.goto(url)
        assert counting.value.url.endswith("/pixel.gif")
        assert counting.value.status == 200
        assert counted_in_database(article) == 2

    def test_a_page_of_another_site_counts_nothing(
        self, live_server, site, use_redis, chromium, other_site
    ):
        article = ArticlePageFactory(parent=site.news)
        count_url = f"{live_server.url}/kk/-/views/{article.pk}/"
        page = self.reader(chromium)
        with (
            page.expect_request(lambda r: r.url == count_url) as post,
            page.expect_request(lambda r: r.url.endswith("pixel.gif")) as pixel,
        ):
            page.goto(
                other_site(
                    f'<img src="{count_url}pixel.gif" alt=""><script>'
                    f'fetch("{count_url}", {{method: "POST", mode: "no-cors"}})</script>'
                )
            )
        page.wait_for_load_state("networkidle")
        assert post.value.method == "POST"
        for request in (post.value, pixel.value):
            # Answered by the portal: the page does not get to see the answer (our
            # Cross-Origin-Resource-Policy), but it was not stopped before it was sent.
            assert request.failure is None or "BLOCKED_BY_RESPONSE" in request.failure
        assert counted_in_database(article) == 0
