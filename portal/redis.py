"""Redis for the portal: its own client (view counts, posting slots) and the connection class
that the cache uses too, both behind one circuit breaker.

A Redis that refuses connections fails fast by itself; one that accepts them and then does not
answer (a full disk, a stuck fork, a network partition) would hold every request for the
socket timeout, once per cache call: seconds per page. The breaker stops asking after the first
failure for REDIS_BREAKER_SECONDS: meanwhile every call fails at once, as if Redis refused, and
pages are rendered without the cache (the cache ignores its errors; view counts fall back to
the database). After that one call may try again; its success closes the breaker.
"""

import logging
import threading
import time
from functools import cache

import redis
from django.conf import settings

logger = logging.getLogger(__name__)


class CircuitBreaker:
    """Open for `seconds` after a failure: calls fail at once while it is open. One breaker per
    process (each web worker learns for itself, with one slow call at most)."""

    def __init__(self):
        self.open_until = 0.0
        self.lock = threading.Lock()

    def check(self):
        if time.monotonic() < self.open_until:
            raise redis.ConnectionError("Redis circuit breaker is open after a failure")

    def trip(self):
        with self.lock:
            was_open = self.is_open
            self.open_until = time.monotonic() + settings.REDIS_BREAKER_SECONDS
        if not was_open:  # one line per outage and process, not one per call
            logger.warning(
                "Redis failed: not asking it for %s s (pages are served without the cache)",
                settings.REDIS_BREAKER_SECONDS,
            )

    def reset(self):
        with self.lock:
            self.open_until = 0.0

    @property
    def is_open(self):
        return time.monotonic() < self.open_until


breaker = CircuitBreaker()


class BreakerConnection(redis.Connection):
    """A Redis connection that consults the breaker before it talks, and trips it when Redis
    fails to connect or to answer in time."""

    def connect(self):
        breaker.check()
        try:
            return super().connect()
        except (redis.ConnectionError, redis.TimeoutError):
            breaker.trip()
            raise

    def send_packed_command(self, command, check_health=True):
        breaker.check()
        try:
            return super().send_packed_command(command, check_health)
        except (redis.ConnectionError, redis.TimeoutError):
            breaker.trip()
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError):
            breaker.trip()
            raise


@cache
def redis_client():
    """The Redis of REDIS_URL with short timeouts (a reader never waits long), or None."""
    if not settings.REDIS_URL:
        return None
    return redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=settings.REDIS_TIMEOUT,
        socket_timeout=settings.REDIS_TIMEOUT,
        connection_class=BreakerConnection,
    )
