"""Settings for `make run`: a local portal on a bare machine (SQLite, in-process tasks)."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = os.environ.get(
    "SECRET_KEY",
    "dev-only-secret-key-not-for-production",  # noqa: S105
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Loading the demo content publishes dozens of pages: keep the console to what matters.
LOGGING["loggers"].update(  # noqa: F405
    {"wagtail": {"level": "WARNING"}, "celery.app.trace": {"level": "WARNING"}}
)

# No nginx in front of `make run`: Django streams the documents itself (base.py sends them
# through nginx's X-Accel-Redirect).
SENDFILE_BACKEND = "wagtail.utils.sendfile_streaming_backend"
SENDFILE_ROOT = MEDIA_ROOT / "documents"  # noqa: F405
