"""Scheduled publishing and expiry: Celery beat runs Wagtail's job every minute."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from news.models import ArticlePage
from portal.tasks import PUBLISH_LOCK, publish_scheduled_task
from tests.factories import ArticlePageFactory


def scheduled_article(site, minutes_from_now):
    """An unpublished article whose publication an editor scheduled (Wagtail's "go live at")."""
    article = ArticlePageFactory(parent=site.news, live=False)
    article.go_live_at = timezone.now() + timedelta(minutes=5)
    revision = article.save_revision()
    revision.publish()  # in the future: Wagtail only approves it for that time
    # Move the scheduled time as the clock would: into the past for a story that is due.
    go_live_at = timezone.now() + timedelta(minutes=minutes_from_now)
    revision.refresh_from_db()
    revision.approved_go_live_at = go_live_at
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    return article


@pytest.mark.django_db
class TestScheduledPublishing:
    def test_beat_runs_the_job_every_minute(self):
        entry = settings.CELERY_BEAT_SCHEDULE["publish-scheduled"]
        assert entry["task"] == publish_scheduled_task.name
        assert entry["schedule"] == 60

    def test_a_story_goes_live_when_its_time_has_come(self, site):
        due = scheduled_article(site, minutes_from_now=-1)
        later = scheduled_article(site, minutes_from_now=30)
        assert not ArticlePage.objects.get(pk=due.pk).live

        publish_scheduled_task()

        assert ArticlePage.objects.get(pk=due.pk).live
        assert not ArticlePage.objects.get(pk=later.pk).live

    def test_an_expired_story_is_unpublished(self, site):
        article = ArticlePageFactory(parent=site.news)
        ArticlePage.objects.filter(pk=article.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        )

        publish_scheduled_task()

        article = ArticlePage.objects.get(pk=article.pk)
        assert (article.live, article.expired) == (False, True)

    def test_a_run_overlapping_another_is_skipped(self, site):
        due = scheduled_article(site, minutes_from_now=-1)
        cache.add(PUBLISH_LOCK, 1, timeout=60)
        try:
            assert publish_scheduled_task().startswith("skipped")
            assert not ArticlePage.objects.get(pk=due.pk).live
        finally:
            cache.delete(PUBLISH_LOCK)
        publish_scheduled_task()
        assert ArticlePage.objects.get(pk=due.pk).live
