"""Cross-posting to Telegram and Instagram against fake API servers on 127.0.0.1.

These tests run the posting steps in-process: each step a task would schedule is collected and
run at once (the waits are checked, not slept). tests/news/test_cross_posting_worker.py runs the
same through a real Celery worker and Redis.
"""

import time
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone

from news import tasks
from news.models import ArticlePage, InstagramAccount, SocialPost, TelegramChannel
from news.social import formatting, posting
from portal.celery import app as celery_app
from tests.factories import ArticlePageFactory, ImageFactory, TagFactory, paragraphs
from tests.fake_apis import FakeGraph, FakeTelegram

Status = SocialPost.Status
BOT_TOKEN = "123456:TEST-TOKEN"
IG_TOKEN = "IG-TEST-TOKEN"


@pytest.fixture
def telegram(settings):
    with FakeTelegram(token=BOT_TOKEN) as fake:
        fake.add_channel(-1001000000001, username="press_kk")
        fake.add_channel(-1001000000002, username="press_ru")
        fake.add_channel(-1001234567890)
        settings.TELEGRAM_BOT_TOKEN = BOT_TOKEN
        settings.TELEGRAM_API_BASE = fake.base_url
        settings.SOCIAL_HTTP_TIMEOUT = 2
        yield fake


@pytest.fixture
def graph(settings):
    with FakeGraph(access_token=IG_TOKEN, processing_polls=1) as fake:
        fake.add_account("17841400000000001")
        settings.INSTAGRAM_ACCESS_TOKEN = IG_TOKEN
        settings.INSTAGRAM_API_BASE = f"{fake.base_url}/v21.0"
        yield fake


@pytest.fixture
def steps(monkeypatch, settings):
    """Tasks run in-process; the follow-up steps they ask for are collected, not scheduled."""
    # No time slots here (they are Redis's, tested with the worker and the benchmark), so the
    # order of the steps is the same with and without REDIS_URL.
    monkeypatch.setattr(posting, "redis_client", lambda: None)
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    collected = []
    monkeypatch.setattr(
        tasks, "follow_up", lambda step, post_id: step and collected.append((step, post_id))
    )
    return collected


RUNNERS = {
    "send": posting.send,
    "check": posting.check_instagram,
    "edit": posting.edit,
    "withdraw": posting.withdraw,
}


def drain(steps, limit=30):
    """Run the collected steps until none is left; return the waits they asked for."""
    waits = []
    for _ in range(limit):
        if not steps:
            return waits
        (action, seconds), post_id = steps.pop(0)
        waits.append((action, seconds))
        # The wait has passed: what a worker would see when the task's countdown ends.
        SocialPost.objects.filter(pk=post_id).update(next_attempt_at=timezone.now())
        step = RUNNERS[action](post_id)
        if step:
            steps.append((step, post_id))
    raise AssertionError(f"steps did not settle: {steps}")


@pytest.fixture
def channels(db):
    return {
        "kk": TelegramChannel.objects.create(name="Kazakh", chat_id="@press_kk", language="kk"),
        "ru": TelegramChannel.objects.create(
            name="Russian", chat_id="@press_ru", language="ru", format="album"
        ),
        "en": TelegramChannel.objects.create(
            name="English", chat_id="-1001234567890", language="en", format="text"
        ),
        "ig": InstagramAccount.objects.create(
            name="Instagram", account_id="17841400000000001", language="kk"
        ),
    }


def gallery(count):
    photos = [{"image": ImageFactory(), "alt": "Сурет", "caption": ""} for _ in range(count)]
    return [("gallery", {"images": photos, "credit": ""})]


def publish(site, django_capture_on_commit_callbacks, tags=(), **fields):
    fields.setdefault("main_image", ImageFactory())
    fields.setdefault("main_image_alt_kk", "Меморандумға қол қою")
    fields.setdefault("main_image_alt_ru", "Подписание меморандума")
    article = ArticlePageFactory(parent=site.news, live=False, **fields)
    article.tags.set(tags)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    return article


@pytest.mark.django_db
class TestPublishing:
    def test_one_post_per_channel_in_the_articles_languages(
        self, site, telegram, graph, channels, steps, django_capture_on_commit_callbacks
    ):
        article = publish(
            site,
            django_capture_on_commit_callbacks,
            tags=[TagFactory(name_kk="Ауыл шаруашылығы")],
            body_kk=paragraphs("Мәтін.") + gallery(3),
            body_ru=paragraphs("Текст.") + gallery(3),
        )
        drain(steps)

        kk = telegram.messages("@press_kk")
        assert len(kk) == 1 and kk[0]["method"] == "sendPhoto"
        assert kk[0]["caption"].startswith(f"<b>{article.title_kk}</b>")
        assert f'href="http://127.0.0.1:8000/kk/news/{article.slug}/"' in kk[0]["caption"]
        ru = telegram.messages("@press_ru")
        assert len(ru) == 4  # an album: the main photo and three from the gallery
        assert telegram.messages("-1001234567890") == []  # no English version, no English post

        published = graph.published("17841400000000001")
        assert len(published) == 1 and published[0]["media_type"] == "CAROUSEL"
        assert len(published[0]["image_urls"]) == 4
        assert "#Ауылшаруашылығы" in published[0]["caption"]
        assert published[0]["alt_texts"][:2] == ["Меморандумға қол қою", "Сурет"]

        posts = {p.channel.name: p for p in SocialPost.objects.filter(article=article)}
        assert set(posts) == {"Kazakh", "Russian", "Instagram"}
        assert all(p.status == Status.SENT for p in posts.values())
        assert posts["Kazakh"].url == f"https://t.me/press_kk/{kk[0]['message_id']}"
        assert posts["Russian"].message_ids == [m["message_id"] for m in ru]
        assert posts["Instagram"].url.startswith("https://www.instagram.com/p/")

    def test_publishing_again_posts_nothing_new(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        with django_capture_on_commit_callbacks(execute=True):
            article.save_revision().publish()
        drain(steps)
        assert len(telegram.sent("@press_kk")) == 1
        assert SocialPost.objects.filter(article=article).count() == 2  # kk and ru

    def test_a_changed_title_edits_the_post(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        article.title_kk = "Жаңа тақырып"
        with django_capture_on_commit_callbacks(execute=True):
            article.save_revision().publish()
        drain(steps)
        (message,) = telegram.messages("@press_kk")
        assert message["caption"].startswith("<b>Жаңа тақырып</b>")
        assert len(telegram.sent("@press_kk")) == 1

    def test_the_editor_can_switch_it_off(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        publish(site, django_capture_on_commit_callbacks, cross_post=False)
        drain(steps)
        assert not SocialPost.objects.exists()
        assert telegram.sent("@press_kk") == []

    def test_without_tokens_nothing_is_posted_and_the_admin_says_so(
        self, client, site, channels, steps, settings, django_capture_on_commit_callbacks
    ):
        settings.TELEGRAM_BOT_TOKEN = ""
        settings.INSTAGRAM_ACCESS_TOKEN = ""
        publish(site, django_capture_on_commit_callbacks)
        assert not SocialPost.objects.exists()
        user = get_user_model().objects.create_superuser("chief", "c@example.kz", "pass")
        client.force_login(user)
        dashboard = client.get("/admin/").content.decode()
        assert "TELEGRAM_BOT_TOKEN" in dashboard and "INSTAGRAM_ACCESS_TOKEN" in dashboard
        form = client.get("/admin/snippets/news/telegramchannel/add/").content.decode()
        assert "TELEGRAM_BOT_TOKEN" in form


@pytest.mark.django_db
class TestText:
    def test_titles_with_markup_characters_are_escaped(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        publish(
            site, django_capture_on_commit_callbacks, title_kk="Қазақстан & Корея: <жаңа> кезең"
        )
        drain(steps)
        (message,) = telegram.messages("@press_kk")  # the fake refuses unparsable HTML
        assert message["caption"].startswith("<b>Қазақстан &amp; Корея: &lt;жаңа&gt; кезең</b>")

    def test_limits_are_counted_on_kazakh_text(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        lead = " ".join(["Түркістан облысының әкімдігі қаңғыған ұлттық өңірлер"] * 80)
        article = publish(
            site, django_capture_on_commit_callbacks, lead_kk=lead, title_en="Limits",
            body_en=paragraphs("Text."), main_image_alt_en="Signing", lead_en=lead,
        )  # fmt: skip
        drain(steps)
        (photo,) = telegram.messages("@press_kk")
        assert formatting.telegram_length(photo["caption"]) <= 1024
        assert photo["caption"].rstrip().endswith("</a>") and "…" in photo["caption"]
        (text,) = telegram.messages("-1001234567890")
        assert 1024 < formatting.telegram_length(text["text"]) <= 4096
        assert (
            SocialPost.objects.get(article=article, telegram_channel=channels["kk"]).status
            == Status.SENT
        )


@pytest.mark.django_db
class TestFailures:
    def test_a_server_error_is_retried(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        telegram.fail_next("sendPhoto", "500")
        publish(site, django_capture_on_commit_callbacks)
        waits = drain(steps)
        assert ("send", 5) in waits  # backoff after the first failure
        assert len(telegram.messages("@press_kk")) == 1

    def test_a_429_is_waited_out_as_asked(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        telegram.fail_next("sendPhoto", "429", retry_after=7)
        publish(site, django_capture_on_commit_callbacks)
        waits = drain(steps)
        assert ("send", 7) in waits
        assert len(telegram.messages("@press_kk")) == 1

    def test_a_permanent_error_stops_with_the_apis_description(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        telegram.fail_next("sendPhoto", "400", description="Bad Request: chat not found")
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        post = SocialPost.objects.get(article=article, telegram_channel=channels["kk"])
        assert post.status == Status.FAILED
        assert post.error == "Bad Request: chat not found"
        assert telegram.sent("@press_kk") == []

    def test_no_answer_after_sending_is_left_to_an_editor(
        self, site, telegram, channels, steps, settings, django_capture_on_commit_callbacks
    ):
        settings.SOCIAL_HTTP_TIMEOUT = 1
        telegram.fail_next("sendPhoto", "timeout", delay=2)
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        time.sleep(1.5)  # the fake Telegram finishes its slow answer
        post = SocialPost.objects.get(article=article, telegram_channel=channels["kk"])
        assert post.status == Status.NEEDS_CHECK
        assert "жарияланған болуы мүмкін" in post.error  # in the portal's primary language
        assert len(telegram.sent("@press_kk")) == 1  # it did arrive; it is not sent again

    def test_instagram_transient_errors_are_retried(
        self, site, graph, channels, steps, django_capture_on_commit_callbacks
    ):
        graph.fail_next("transient", endpoint="media")
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        assert (
            SocialPost.objects.get(article=article, instagram_account=channels["ig"]).status
            == Status.SENT
        )
        assert len(graph.published("17841400000000001")) == 1

    def test_instagram_waits_for_the_daily_quota(
        self, site, graph, channels, steps, django_capture_on_commit_callbacks
    ):
        graph.add_account("17841400000000001", quota_total=0)
        article = publish(site, django_capture_on_commit_callbacks)
        [(step, post_id)] = steps  # the container is made; its check is due in 5 s
        assert step == ("check", 5)
        assert posting.check_instagram(post_id) == ("check", 10)  # still being processed
        assert posting.check_instagram(post_id) == ("check", 15 * 60)  # ready, but no quota
        post = SocialPost.objects.get(article=article, instagram_account=channels["ig"])
        assert post.status == Status.PROCESSING
        assert "тәуліктік жариялау лимиті" in post.error
        assert graph.published("17841400000000001") == []


@pytest.mark.django_db
class TestWithdrawal:
    def test_unpublishing_deletes_recent_telegram_posts(
        self, site, telegram, graph, channels, steps, django_capture_on_commit_callbacks
    ):
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        with django_capture_on_commit_callbacks(execute=True):
            ArticlePage.objects.get(pk=article.pk).unpublish()
        drain(steps)
        assert telegram.messages("@press_kk") == []
        statuses = dict(
            SocialPost.objects.filter(article=article).values_list("language", "status")
        )
        posts = {p.channel.name: p.status for p in SocialPost.objects.filter(article=article)}
        assert posts["Kazakh"] == Status.DELETED and posts["Russian"] == Status.DELETED
        assert posts["Instagram"] == Status.REMOVE_BY_HAND
        assert statuses

    def test_posts_older_than_48_hours_are_left_to_an_editor(
        self, site, telegram, channels, steps, django_capture_on_commit_callbacks
    ):
        article = publish(site, django_capture_on_commit_callbacks)
        drain(steps)
        SocialPost.objects.filter(article=article).update(
            sent_at=timezone.now() - timedelta(hours=49)
        )
        with django_capture_on_commit_callbacks(execute=True):
            ArticlePage.objects.get(pk=article.pk).unpublish()
        drain(steps)
        post = SocialPost.objects.get(article=article, telegram_channel=channels["kk"])
        assert post.status == Status.REMOVE_BY_HAND
        assert "48" in post.error
        assert len(telegram.messages("@press_kk")) == 1


@pytest.mark.django_db
class TestSweepAndEditors:
    def test_a_post_whose_worker_died_while_sending_goes_to_an_editor(
        self, site, channels, settings
    ):
        article = ArticlePageFactory(parent=site.news)
        post = SocialPost.objects.create(
            article=article, telegram_channel=channels["kk"], language="kk", status=Status.SENDING
        )
        SocialPost.objects.filter(pk=post.pk).update(
            updated_at=timezone.now() - timedelta(minutes=10)
        )
        to_send, to_check, stale = posting.sweep()
        assert stale == [post.pk]
        post.refresh_from_db()
        assert post.status == Status.NEEDS_CHECK

    def test_a_post_whose_job_was_lost_is_sent_again(self, site, channels):
        article = ArticlePageFactory(parent=site.news)
        post = SocialPost.objects.create(
            article=article, telegram_channel=channels["kk"], language="kk"
        )
        SocialPost.objects.filter(pk=post.pk).update(
            updated_at=timezone.now() - timedelta(minutes=10)
        )
        assert posting.sweep()[0] == [post.pk]

    def test_report_with_retry_and_mark_as_posted(
        self, client, site, channels, telegram, steps, settings
    ):
        article = ArticlePageFactory(parent=site.news)
        failed = SocialPost.objects.create(
            article=article, telegram_channel=channels["kk"], language="kk",
            status=Status.FAILED, error="Bad Request: chat not found",
        )  # fmt: skip
        check = SocialPost.objects.create(
            article=article,
            telegram_channel=channels["ru"],
            language="ru",
            status=Status.NEEDS_CHECK,
        )
        user = get_user_model().objects.create_superuser("chief", "c@example.kz", "pass")
        client.force_login(user)
        html = BeautifulSoup(
            client.get("/admin/reports/social-posts/?status=failed").content, "html.parser"
        )
        rows = html.select("table.listing tbody tr")
        assert len(rows) == 1 and "Bad Request: chat not found" in rows[0].text

        response = client.post(f"/admin/reports/social-posts/{failed.pk}/retry/")
        assert response.status_code == 302
        drain(steps)
        failed.refresh_from_db()
        assert failed.status == Status.SENT
        assert len(telegram.messages("@press_kk")) == 1

        client.post(f"/admin/reports/social-posts/{check.pk}/mark-posted/")
        check.refresh_from_db()
        assert check.status == Status.SENT
        assert client.get(f"/admin/reports/social-posts/{check.pk}/retry/").status_code == 405

    def test_the_edit_screen_shows_the_posts(self, client, site, channels):
        article = ArticlePageFactory(parent=site.news)
        SocialPost.objects.create(
            article=article, telegram_channel=channels["kk"], language="kk", status=Status.SENT,
            url="https://t.me/press_kk/5",
        )  # fmt: skip
        user = get_user_model().objects.create_superuser("chief", "c@example.kz", "pass")
        client.force_login(user)
        html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
        assert "https://t.me/press_kk/5" in html


@pytest.mark.django_db
def test_a_scheduled_article_posts_when_it_goes_live(
    site, telegram, channels, steps, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    article = ArticlePageFactory(
        parent=site.news, live=False, main_image=ImageFactory(),
        main_image_alt_kk="Сурет", main_image_alt_ru="Фото",
    )  # fmt: skip
    revision = article.save_revision(approved_go_live_at=timezone.now() + timedelta(hours=1))
    revision.publish()  # scheduled, not live yet
    assert not SocialPost.objects.exists()
    type(revision).objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - timedelta(minutes=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    drain(steps)
    assert ArticlePage.objects.get(pk=article.pk).live
    assert len(telegram.messages("@press_kk")) == 1
