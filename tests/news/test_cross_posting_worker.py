"""Cross-posting through a real Celery worker and Redis, against the fake Telegram server."""

import os
import signal
import time

import pytest

from news.models import SocialPost, TelegramChannel
from news.social import posting
from tests.factories import ArticlePageFactory, ImageFactory
from tests.fake_apis import FakeTelegram

pytestmark = pytest.mark.worker
Status = SocialPost.Status
TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
def telegram(settings):
    with FakeTelegram(token=TOKEN, rate_limit_per_minute=20) as fake:
        fake.add_channel(-1001000000001, username="press_kk")
        fake.add_channel(-1001000000002, username="press_ru")
        settings.TELEGRAM_BOT_TOKEN = TOKEN
        settings.TELEGRAM_API_BASE = fake.base_url
        yield fake


def worker_env(telegram, **extra):
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE": telegram.base_url, **extra}


@pytest.fixture
def channels(transactional_db):
    return [
        TelegramChannel.objects.create(name="Kazakh", chat_id="@press_kk", language="kk"),
        TelegramChannel.objects.create(name="Russian", chat_id="@press_ru", language="ru"),
    ]


def publish(site):
    article = ArticlePageFactory(
        parent=site.news,
        live=False,
        main_image=ImageFactory(),
        main_image_alt_kk="Сурет",
        main_image_alt_ru="Фото",
    )
    article.save_revision().publish()  # autocommit: the on_commit hooks run at once
    return article


def wait_for(condition, seconds=60, worker=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        if worker is not None:
            assert worker.poll() is None, "the Celery worker exited"
        time.sleep(0.2)
    return False


def statuses(article):
    return sorted(SocialPost.objects.filter(article=article).values_list("status", flat=True))


def test_publishing_gives_exactly_one_post_per_channel(site, telegram, channels, start_worker):
    worker = start_worker(**worker_env(telegram))
    article = publish(site)
    assert wait_for(lambda: statuses(article) == [Status.SENT, Status.SENT], worker=worker)
    article.save_revision().publish()  # published again: nothing new
    time.sleep(2)
    assert len(telegram.sent("@press_kk")) == 1
    assert len(telegram.sent("@press_ru")) == 1


def test_a_429_is_waited_out(site, telegram, channels, start_worker):
    telegram.fail_next("sendPhoto", "429", retry_after=3)
    worker = start_worker(**worker_env(telegram))
    article = publish(site)
    assert wait_for(lambda: statuses(article) == [Status.SENT, Status.SENT], worker=worker)
    waited = [
        (post.sent_at - post.created_at).total_seconds()
        for post in SocialPost.objects.filter(article=article)
    ]
    assert max(waited) >= 3  # the refused post went out after the wait Telegram asked for
    assert len(telegram.sent("@press_kk")) + len(telegram.sent("@press_ru")) == 2


def test_a_worker_killed_while_sending_gives_no_duplicate(
    site, telegram, channels, start_worker, settings
):
    # Telegram takes 6 s to answer: the worker is killed while it waits.
    telegram.fail_next("sendPhoto", "timeout", delay=6, times=2)
    worker = start_worker(**worker_env(telegram, SOCIAL_HTTP_TIMEOUT=30))
    article = publish(site)
    assert wait_for(lambda: Status.SENDING in statuses(article), worker=worker), statuses(article)
    time.sleep(1)  # the request is out; Telegram is taking its time to answer
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(10)
    time.sleep(7)  # Telegram finishes and keeps the message the worker never heard about

    settings.SOCIAL_STALE_SECONDS = 0
    posting.sweep()  # before any other worker runs: only the killed post is "sending"
    replacement = start_worker(**worker_env(telegram))
    assert wait_for(
        lambda: statuses(article) == sorted([Status.NEEDS_CHECK, Status.SENT]),
        worker=replacement,
    ), statuses(article)
    time.sleep(2)
    killed = SocialPost.objects.get(article=article, status=Status.NEEDS_CHECK)
    other = SocialPost.objects.get(article=article, status=Status.SENT)
    # The killed post was not sent again (it reached Telegram at most the once it was being
    # sent when the worker died); the other went out exactly once.
    assert len(telegram.sent(killed.telegram_channel.chat_id)) <= 1
    assert len(telegram.sent(other.telegram_channel.chat_id)) == 1
