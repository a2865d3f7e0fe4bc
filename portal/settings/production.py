"""Production settings: every required variable must be set, or start-up stops.

The default of manage.py, wsgi.py and celery.py: a process started without
DJANGO_SETTINGS_MODULE runs these, and stops with ImproperlyConfigured unless the environment
holds a real configuration.
"""

import os
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False  # whatever the environment says: debug pages show settings and code


def required(name, why):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set: {why} (README, Configuration). These are the production "
            "settings, the default; on a development machine use `make run`, or set "
            "DJANGO_SETTINGS_MODULE=portal.settings.dev."
        )
    return value


# Django's check --deploy judges a key weak under 50 characters, with fewer than 5 different
# ones, or made by startproject: with such a key sessions and password-reset links can be forged.
SECRET_KEY = required("SECRET_KEY", "a long random string")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: it needs at least 50 characters, at least 5 of them different, "
        "and no 'django-insecure-' prefix. Make one with: "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set: the host names the portal answers for, comma-separated."
    )
required("DATABASE_URL", "the PostgreSQL database, e.g. postgres://portal@db:5432/portal")
# Without Redis every process would keep its own cache: a page purged on publication in one web
# worker would live on in the others, and the Celery tasks would run inside the web workers.
required(
    "REDIS_URL",
    "the shared cache and the Celery broker, e.g. redis://127.0.0.1:6379/0; without it each "
    "process caches on its own and purging a published page misses the other workers",
)
SITE_BASE_URL = required("SITE_BASE_URL", "the public address, e.g. https://press.example.kz")
SITE_BASE_URL = SITE_BASE_URL.rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL


def email_settings(url):
    """Django's SMTP settings from EMAIL_URL.

    smtp://user:password@host:587 talks STARTTLS (EMAIL_USE_TLS); smtps://...:465 is TLS from
    the first byte (EMAIL_USE_SSL); `?tls=false` after smtp:// sends in clear, for a relay on the
    same machine. User and password are percent-encoded in the address (@ as %40).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp://user:password@host:587 (STARTTLS) or "
            "smtps://user:password@host:465 (TLS)."
        )
    ssl = parts.scheme == "smtps"
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or (465 if ssl else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": ssl,
        "EMAIL_USE_TLS": not ssl and query.get("tls", "true").lower() not in ("0", "false", "no"),
    }


# E-mail: the admin's password reset and Wagtail's moderation notices are sent by SMTP.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
if os.environ.get("EMAIL_URL", "").strip():
    globals().update(email_settings(os.environ["EMAIL_URL"].strip()))
elif os.environ.get("EMAIL_HOST", "").strip():
    EMAIL_HOST = os.environ["EMAIL_HOST"].strip()
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
    # Empty (as copied from .env.example) means the default, not "off".
    EMAIL_USE_TLS = (
        env_bool("EMAIL_USE_TLS")
        if os.environ.get("EMAIL_USE_TLS", "").strip()
        else not EMAIL_USE_SSL
    )
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or (465 if EMAIL_USE_SSL else 587))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    if EMAIL_USE_TLS and EMAIL_USE_SSL:
        raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.")
else:
    raise ImproperlyConfigured(
        "EMAIL_URL (e.g. smtp://user:password@mail.example.kz:587) or EMAIL_HOST must be set: "
        "password reset and moderation notices are sent by e-mail."
    )
# The sender of those mails (and of error reports): noreply@ the site's host unless set.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or (
    f"noreply@{urlsplit(SITE_BASE_URL).hostname}"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL") or DEFAULT_FROM_EMAIL

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
