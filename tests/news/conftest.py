"""Fixtures of the view-count tests: counting with Redis, without it, and both."""

import pytest

from news import viewcounts


def clear_view_keys(client):
    """Delete this test process's view-count keys (VIEW_COUNT_KEY_PREFIX), nobody else's."""
    keys = list(client.scan_iter(match=viewcounts.key("*")))
    if keys:
        client.delete(*keys)


@pytest.fixture
def use_redis(request, settings, redis_url):
    settings.REDIS_URL = redis_url
    viewcounts.redis_client.cache_clear()
    viewcounts._state.update(redis_down_until=0.0, last_warning=0.0)
    client = viewcounts.redis_client()
    clear_view_keys(client)
    yield client
    clear_view_keys(client)
    viewcounts.redis_client.cache_clear()


@pytest.fixture
def use_database(settings):
    settings.REDIS_URL = ""
    viewcounts.redis_client.cache_clear()
    yield None
    viewcounts.redis_client.cache_clear()


@pytest.fixture(params=["database", "redis"])
def backend(request):
    """Each counting test runs without Redis (the `make run` default) and with it."""
    return request.getfixturevalue(f"use_{request.param}")
