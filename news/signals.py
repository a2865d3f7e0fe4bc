from functools import partial

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def queue_rendition_warm_up(sender, instance, **kwargs):
    from .tasks import warm_renditions_task

    transaction.on_commit(partial(warm_renditions_task.delay, instance.pk))
