from celery import shared_task

from . import services
from .models import ArticlePage


@shared_task(
    acks_late=True, soft_time_limit=120, time_limit=150, max_retries=3, default_retry_delay=30
)
def warm_renditions_task(page_id):
    """Make a published article's image renditions, so its first reader does not wait for them."""
    article = ArticlePage.objects.filter(pk=page_id).first()
    if article is None:
        return 0
    return services.warm_renditions(article)


@shared_task(acks_late=True, soft_time_limit=50, time_limit=55)
def flush_view_counts_task():
    """Move the views added up in Redis into the database (run by Celery beat)."""
    from . import viewcounts

    return viewcounts.flush()
