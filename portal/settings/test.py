"""Settings for the test suite: PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set."""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Each test process has its own media folder; a Celery worker started by a test is given its
# parent's through the MEDIA_ROOT variable.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / ".test-media" / str(os.getpid()))
# Documents go out through nginx's X-Accel-Redirect as in production (tests/deploy serve them
# through the shipped nginx); the root follows this process's media folder.
SENDFILE_ROOT = MEDIA_ROOT / "documents"
WHITENOISE_AUTOREFRESH = True
VIEW_COUNT_KEY_PREFIX = os.environ.get("VIEW_COUNT_KEY_PREFIX") or f"test-{os.getpid()}-views"
SOCIAL_KEY_PREFIX = os.environ.get("SOCIAL_KEY_PREFIX") or f"test-{os.getpid()}-social"
# Keys of this test process only, so that clearing between tests spares anyone else's.
for alias, cache in CACHES.items():  # noqa: F405
    cache["KEY_PREFIX"] = f"test-{os.getpid()}-{alias}"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}
# Pages made by factories inside a test's transaction publish no signal and commit nothing, so
# nothing would purge them: the caches are off here and on in the tests that are about them.
PAGE_CACHE_SECONDS = 0
PAGE_DATA_CACHE_SECONDS = 0
