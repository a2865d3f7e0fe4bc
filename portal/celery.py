import os

from celery import Celery

# The same default as wsgi.py and manage.py: a worker started bare must not run with DEBUG on
# and a known key; `make worker` and `make beat` name portal.settings.dev.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
