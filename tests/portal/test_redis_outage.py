"""A Redis that accepts connections and never answers must not take the site down: after the
first call times out, the circuit breaker (portal.redis) answers every call at once, pages are
rendered without the cache, and /healthz never waits for Redis."""

import socket
import threading
import time

import pytest
import redis
from django.core.cache import caches

from news import viewcounts
from portal.redis import BreakerConnection, breaker, redis_client
from tests.factories import ArticlePageFactory

READER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) reader"}


class SilentServer:
    """A TCP server that accepts every connection, reads what it is sent and never answers."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections = []
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        self.socket.settimeout(0.2)
        while self.running:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                continue
            self.connections.append(connection)

    def close(self):
        self.running = False
        self.thread.join(2)
        for connection in self.connections:
            connection.close()
        self.socket.close()


@pytest.fixture
def hung_redis(settings):
    server = SilentServer()
    url = f"redis://127.0.0.1:{server.port}/0"
    settings.REDIS_URL = url
    # The production configuration of the cache (portal/settings/base.py), on the hung server.
    settings.CACHES = {
        **settings.CACHES,
        **{
            alias: {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": f"hung-{alias}",
                "OPTIONS": {
                    "SOCKET_CONNECT_TIMEOUT": 0.5,
                    "SOCKET_TIMEOUT": 0.5,
                    "IGNORE_EXCEPTIONS": True,
                    "CONNECTION_POOL_KWARGS": {"connection_class": BreakerConnection},
                },
            }
            for alias in ("default", "renditions")
        },
    }
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_DATA_CACHE_SECONDS = 3600
    redis_client.cache_clear()
    viewcounts.redis_client.cache_clear()
    yield server
    server.close()
    redis_client.cache_clear()
    viewcounts.redis_client.cache_clear()
    caches["default"].close()


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url, **READER)
    return response, time.monotonic() - started


@pytest.mark.django_db
class TestHungRedis:
    def test_pages_answer_quickly_once_the_breaker_opens(self, client, site, hung_redis):
        article = ArticlePageFactory(parent=site.news, title_kk="Делегация Кореяға барды")
        first, _seconds = timed_get(client, article.url_in("kk"))
        assert first.status_code == 200
        assert breaker.is_open
        for url in (article.url_in("kk"), article.url_in("ru"), site.home.url_in("kk")):
            response, seconds = timed_get(client, url)
            assert response.status_code == 200
            assert seconds < 1, f"{url} took {seconds:.2f} s with Redis hung"
        assert "Делегация Кореяға барды" in client.get(article.url_in("kk"), **READER).text

    def test_a_view_is_still_counted_while_redis_hangs(self, client, site, hung_redis):
        article = ArticlePageFactory(parent=site.news)
        response = client.post(f"/kk/-/views/{article.pk}/", **READER)
        assert response.status_code == 200
        assert response.json()["counted"] is True
        article.refresh_from_db()
        assert article.view_count == 1

    def test_health_check_does_not_touch_redis(self, client, hung_redis):
        response, seconds = timed_get(client, "/healthz")
        assert response.status_code == 200
        assert not breaker.is_open  # it never asked Redis
        assert seconds < 1

    def test_the_breaker_closes_again_after_its_time(self, client, site, hung_redis, settings):
        settings.REDIS_BREAKER_SECONDS = 0.2
        ArticlePageFactory(parent=site.news)
        client.get(site.home.url_in("kk"), **READER)
        assert breaker.is_open
        with pytest.raises(redis.ConnectionError):  # open: fails at once, asks nobody
            BreakerConnection(port=hung_redis.port, socket_timeout=0.5).connect()
        time.sleep(0.3)
        assert not breaker.is_open


@pytest.mark.django_db
def test_a_redis_that_answers_again_is_used_again(redis_url, settings):
    """After its time the breaker lets a call through; a Redis that answers keeps it closed."""
    settings.REDIS_BREAKER_SECONDS = 0.2
    breaker.trip()
    client = redis.Redis.from_url(redis_url, connection_class=BreakerConnection)
    with pytest.raises(redis.ConnectionError):
        client.ping()
    time.sleep(0.3)
    assert client.ping() is True
    assert not breaker.is_open
