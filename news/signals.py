import logging

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import ArticlePage

logger = logging.getLogger(__name__)


def queue_warm_up(page_id):
    from .tasks import warm_renditions_task

    try:
        warm_renditions_task.delay(page_id)
    except Exception:  # the broker is down: the first reader makes the renditions instead
        logger.warning("Could not queue the rendition warm-up of page %s", page_id, exc_info=True)


@receiver(page_published, sender=ArticlePage)
def queue_rendition_warm_up(sender, instance, **kwargs):
    transaction.on_commit(lambda: queue_warm_up(instance.pk))
