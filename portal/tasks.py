import io

from celery import shared_task
from django.core.cache import cache
from django.core.management import call_command

from . import search_documents

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


@shared_task(soft_time_limit=600, time_limit=660)
def sync_search_documents_task(page_id):
    """Build again the site search's documents of a page and all below it (after a move, or a
    password removed); see portal.search_documents."""
    return search_documents.sync_subtree(page_id)
