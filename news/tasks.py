from celery import shared_task

from . import services, viewcounts
from .models import ArticlePage
from .social import posting


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
    return viewcounts.flush()


# Cross-posting: thin shells around news.social.posting, which says what to do next.


def follow_up(step, post_id):
    """Schedule the next step a posting function asked for: ("send"|"check"|..., seconds)."""
    if step is None:
        return
    action, seconds = step
    task = {
        "send": send_social_post_task,
        "check": check_instagram_post_task,
        "edit": edit_social_post_task,
        "withdraw": withdraw_social_post_task,
    }[action]
    task.apply_async((post_id,), countdown=max(0, seconds))


@shared_task(acks_late=True, soft_time_limit=90, time_limit=120)
def send_social_post_task(post_id):
    follow_up(posting.send(post_id), post_id)


@shared_task(acks_late=True, soft_time_limit=90, time_limit=120)
def check_instagram_post_task(post_id):
    follow_up(posting.check_instagram(post_id), post_id)


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def edit_social_post_task(post_id):
    follow_up(posting.edit(post_id), post_id)


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def withdraw_social_post_task(post_id):
    follow_up(posting.withdraw(post_id), post_id)


@shared_task(acks_late=True, soft_time_limit=50, time_limit=55)
def sweep_social_posts_task():
    """Send posts whose job was lost; hand posts whose worker died to an editor (beat)."""
    to_send, to_check, stale = posting.sweep()
    for post_id in to_send:
        send_social_post_task.delay(post_id)
    for post_id in to_check:
        check_instagram_post_task.delay(post_id)
    return {"sent_again": len(to_send), "checked_again": len(to_check), "needs_check": len(stale)}
