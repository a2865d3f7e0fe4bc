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


class BreakerMixin:
    """Consult the breaker before talking to Redis, and trip it when Redis fails to connect or
    to answer in time."""

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


class BreakerConnection(BreakerMixin, redis.Connection):
    pass


class BreakerSSLConnection(BreakerMixin, redis.SSLConnection):
    pass


class BreakerUnixConnection(BreakerMixin, redis.UnixDomainSocketConnection):
    pass


def breaker_connection_class(url):
    """The connection class for a Redis URL (redis://, rediss:// for TLS, unix://), with the
    breaker; redis-py would otherwise pick the plain class from the URL's scheme."""
    scheme = url.split("://", 1)[0].lower()
    return {"rediss": BreakerSSLConnection, "unix": BreakerUnixConnection}.get(
        scheme, BreakerConnection
    )


@cache
def redis_client():
    """The Redis of REDIS_URL with short timeouts (a reader never waits long), or None."""
    if not settings.REDIS_URL:
        return None
    return redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=settings.REDIS_TIMEOUT,
        socket_timeout=settings.REDIS_TIMEOUT,
        connection_class=breaker_connection_class(settings.REDIS_URL),
    )
