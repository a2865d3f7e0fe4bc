"""Rendition warm-up on publication, through a real Celery worker and Redis."""

import time

import pytest
from wagtail.images import get_image_model

from news import services, viewcounts
from news.models import ArticlePage
from news.tasks import flush_view_counts_task
from portal.images import all_specs
from tests.factories import ArticlePageFactory, ImageFactory, paragraphs


@pytest.fixture
def worker(start_worker):
    return start_worker()


def image_with_gallery_article(site):
    photos = [ImageFactory() for _ in range(3)]
    gallery = {
        "images": [{"image": p, "alt": "Сурет", "caption": ""} for p in photos],
        "credit": "",
    }
    article = ArticlePageFactory(
        parent=site.news,
        live=False,
        main_image=ImageFactory(),
        main_image_alt_kk="Басты сурет",
        main_image_alt_ru="Главное фото",
        body_kk=paragraphs("Мәтін.") + [("gallery", gallery)],
    )
    return article, [article.main_image_id] + [p.pk for p in photos]


@pytest.mark.django_db
def test_article_image_ids_cover_every_language(site):
    article, image_ids = image_with_gallery_article(site)
    assert services.article_image_ids(article) == set(image_ids)


@pytest.mark.django_db
def test_warm_renditions_makes_every_rendition_the_page_uses(site):
    article, image_ids = image_with_gallery_article(site)
    assert services.warm_renditions(article) == 4
    rendition_model = get_image_model().get_rendition_model()
    assert rendition_model.objects.filter(image_id__in=image_ids).count() == 4 * len(all_specs())


@pytest.mark.worker
def test_publishing_queues_the_warm_up_for_a_real_worker(site, worker):
    article, image_ids = image_with_gallery_article(site)
    rendition_model = get_image_model().get_rendition_model()
    assert not rendition_model.objects.filter(image_id__in=image_ids).exists()

    article.save_revision().publish()

    expected = len(image_ids) * len(all_specs())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = rendition_model.objects.filter(image_id__in=image_ids).count()
        if done == expected:
            break
        assert worker.poll() is None, "the Celery worker exited"
        time.sleep(0.5)
    assert done == expected


@pytest.mark.worker
def test_the_worker_flushes_pending_views(site, worker, settings, redis_url):
    settings.REDIS_URL = redis_url
    viewcounts.redis_client.cache_clear()
    article = ArticlePageFactory(parent=site.news)
    for _ in range(25):
        viewcounts.record_view(article.pk, 0, viewcounts.new_visitor_id())

    flush_view_counts_task.delay()

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and ArticlePage.objects.get(pk=article.pk).view_count != 25:
        assert worker.poll() is None, "the Celery worker exited"
        time.sleep(0.5)
    assert ArticlePage.objects.get(pk=article.pk).view_count == 25
    viewcounts.redis_client.cache_clear()


@pytest.mark.django_db
def test_publishing_works_while_the_broker_is_down(
    site, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from news import tasks

    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(tasks.warm_renditions_task, "delay", broker_down)
    article = ArticlePageFactory(parent=site.news, live=False)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    assert article.live
    assert "Could not queue news.tasks.warm_renditions_task" in caplog.text
