import io

from celery import shared_task
from django.core.cache import cache
from django.core.management import call_command

PUBLISH_LOCK = "portal:publish-scheduled"


@shared_task(acks_late=False, soft_time_limit=50, time_limit=55)
def publish_scheduled_task():
    """Publish the revisions whose go-live time has come and unpublish expired pages: Wagtail's
    `publish_scheduled` command, run by Celery beat every minute instead of a cron entry.

    One run at a time: a run that overlaps a slow one is skipped (the next minute catches up).
    """
    if not cache.add(PUBLISH_LOCK, 1, timeout=60):
        return "skipped: a run is in progress"
    try:
        output = io.StringIO()
        call_command("publish_scheduled", stdout=output)
        return output.getvalue()
    finally:
        cache.delete(PUBLISH_LOCK)
