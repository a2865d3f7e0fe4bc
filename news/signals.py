import logging

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import ArticlePage

logger = logging.getLogger(__name__)


def enqueue(task, *args):
    try:
        task.delay(*args)
    except Exception:  # the broker is down: the sweep or the first reader catches up
        logger.warning("Could not queue %s%s", task.name, args, exc_info=True)


def after_publication(page_id):
    from .social import posting
    from .tasks import edit_social_post_task, send_social_post_task, warm_renditions_task

    enqueue(warm_renditions_task, page_id)
    article = ArticlePage.objects.filter(pk=page_id).first()
    if article is None:
        return
    new_posts, changed_posts = posting.queue_posts(article)
    for post in new_posts:
        enqueue(send_social_post_task, post.pk)
    for post in changed_posts:
        enqueue(edit_social_post_task, post.pk)


def after_unpublication(page_id):
    from .models import SocialPost
    from .tasks import withdraw_social_post_task

    for post_id in SocialPost.objects.filter(article_id=page_id).values_list("pk", flat=True):
        enqueue(withdraw_social_post_task, post_id)


@receiver(page_published, sender=ArticlePage)
def article_published(sender, instance, **kwargs):
    transaction.on_commit(lambda: after_publication(instance.pk))


@receiver(page_unpublished, sender=ArticlePage)
def article_unpublished(sender, instance, **kwargs):
    transaction.on_commit(lambda: after_unpublication(instance.pk))
