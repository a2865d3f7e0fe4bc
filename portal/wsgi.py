import os

from django.core.wsgi import get_wsgi_application

# The same default as manage.py and celery.py (README, Configuration).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
