"""Production settings: every required variable must be set, or start-up stops."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise RuntimeError("ALLOWED_HOSTS must name the hosts the portal answers for")
if "DATABASE_URL" not in os.environ:
    raise RuntimeError("DATABASE_URL must point at the PostgreSQL database")
SITE_BASE_URL = os.environ["SITE_BASE_URL"].rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Wagtail's live preview shows the page in a frame of the admin, so frames of the same origin
# stay allowed (X_FRAME_OPTIONS = "SAMEORIGIN" in base.py); other sites still cannot frame it.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
