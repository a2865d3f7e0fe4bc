from functools import cache

import redis
from django.conf import settings


@cache
def redis_client():
    """The Redis of REDIS_URL with short timeouts (a reader never waits long), or None."""
    if not settings.REDIS_URL:
        return None
    return redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=settings.REDIS_TIMEOUT,
        socket_timeout=settings.REDIS_TIMEOUT,
    )
