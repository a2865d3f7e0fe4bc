#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # The same default as wsgi.py and celery.py; `make run` and the other development
    # commands name portal.settings.dev, the tests portal.settings.test.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    # Django keeps a settings error for `help` and goes on, so most commands would fail later
    # with "Models aren't loaded yet": stop here with what is missing instead.
    try:
        settings.INSTALLED_APPS  # noqa: B018
    except ImproperlyConfigured as error:
        sys.exit(f"{type(error).__name__}: {error}")

    execute_from_command_line(sys.argv)
