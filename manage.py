#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # The same default as wsgi.py and celery.py; `make run` and the other development
    # commands name portal.settings.dev, the tests portal.settings.test.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
