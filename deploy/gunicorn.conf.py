"""gunicorn in production: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi` (README).

The application is loaded once, in the master process, and the workers are forked from it, so
they share its memory (Django, Wagtail and the portal's code, the URL patterns, translations
and compiled templates) page by page until one of them writes to a page. Python's garbage
collector would write to every object it scans, so the objects loaded before the fork are
frozen out of its reach (gc.freeze), as Instagram does with Django.
"""

import contextlib
import ctypes
import gc
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
preload_app = True
control_socket_disable = True  # no socket in the service user's home directory
# A worker is replaced after this many requests (with some jitter), so a slow leak in any
# library cannot grow without bound.
max_requests = 5000
max_requests_jitter = 500
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# One line per request on stdout (the journal, with the error log): the reader's address as
# nginx passed it, the method and path, status, bytes, milliseconds, the page cache's verdict
# and the user agent. The query string and the referrer are left out: they carry what readers
# searched for, and sometimes tokens.
accesslog = "-"
access_log_format = (
    '%({x-forwarded-for}i)s %(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms %({x-cache}o)s "%(a)s"'
)


def when_ready(server):
    """In the master, before the first fork: load what each worker would load on its first
    requests (no database is touched), then freeze it all out of the garbage collector's reach."""
    from pathlib import Path

    from django.apps import apps
    from django.conf import settings
    from django.template.loader import get_template
    from django.urls import get_resolver, reverse
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 (loads every URL module)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("News")  # the language's catalogues
            reverse("news_feed")  # the URL patterns of the language, for reversing
    for model in apps.get_models():
        model._meta.get_fields()
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for template in sorted(Path(folder).rglob("*.html")):
            get_template(str(template.relative_to(folder)))
    gc.collect()
    gc.freeze()
    # Hand the memory freed while loading back to the system: a forked worker would otherwise
    # count those pages as its own.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
