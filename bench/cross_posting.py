"""A burst of publications cross-posted to two Telegram channels limited to 20 posts a minute.

Run by hand, with PostgreSQL and Redis (it takes about ten minutes: the limit's lower bound):

    createdb -h 127.0.0.1 -U postgres portal_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench
    export REDIS_URL=redis://127.0.0.1:6379/1
    make demo && .venv/bin/python bench/cross_posting.py

It starts the fake Telegram Bot API of the tests (tests/fake_apis.py) with a limit of 20 posts a
minute per channel, two Celery workers, publishes ARTICLES articles at once (each in Kazakh and
Russian, so one post per channel), waits until every post is settled, and prints: posts
delivered, duplicated, out of publication order per channel, 429 answers, and the total time
against the limit's lower bound. The articles are deleted afterwards.
"""

import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "200"))
PER_MINUTE = 20
TOKEN = "123456:BENCH-TOKEN"  # noqa: S105  (the fake server's, not a secret)
CHATS = ("@bench_kk", "@bench_ru")


def main():
    if "postgres" not in os.environ.get("DATABASE_URL", "") or not os.environ.get("REDIS_URL"):
        sys.exit("Set DATABASE_URL (PostgreSQL) and REDIS_URL; see the docstring.")
    from tests.fake_apis import FakeTelegram

    with FakeTelegram(token=TOKEN, rate_limit_per_minute=PER_MINUTE) as telegram:
        for number, chat in enumerate(CHATS, start=1):
            telegram.add_channel(-1002000000000 - number, username=chat[1:])
        os.environ.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE=telegram.base_url,
            SOCIAL_POSTS_PER_MINUTE=str(PER_MINUTE),
        )
        import django

        django.setup()
        run(telegram)


def run(telegram):
    from django.db import transaction
    from wagtail.rich_text import RichText

    from news.models import ArticlePage, NewsIndexPage, SocialPost, TelegramChannel
    from portal.celery import app as celery_app

    celery_app.control.purge()
    news = NewsIndexPage.objects.live().first()
    if news is None:
        sys.exit("No news index: run `make demo` first.")
    channels = [
        TelegramChannel.objects.create(name=f"Bench {lang}", chat_id=chat, language=lang)
        for lang, chat in zip(("kk", "ru"), CHATS, strict=True)
    ]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool=solo",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=WARNING",
                "-n",
                f"bench{n}@%h",
            ],
            cwd=ROOT,
            env=os.environ.copy(),
        )  # fmt: skip
        for n in range(2)
    ]
    articles = []
    try:
        time.sleep(3)  # the workers connect
        for n in range(ARTICLES):
            article = ArticlePage(
                title_kk=f"Бенчмарк мақаласы {n:03d}",
                title_ru=f"Статья бенчмарка {n:03d}",
                slug=f"bench-post-{n:03d}",
                body_kk=[("paragraph", RichText("<p>Мәтін.</p>"))],
                body_ru=[("paragraph", RichText("<p>Текст.</p>"))],
                live=False,
            )
            news.add_child(instance=article)
            articles.append(article)
        started = time.monotonic()
        for article in articles:  # "at once": one publication after another, no pause
            with transaction.atomic():
                article.save_revision().publish()
        posts = SocialPost.objects.filter(article__in=articles)
        total = 2 * ARTICLES
        while True:
            settled = posts.exclude(status__in=["queued", "sending", "processing"]).count()
            if settled == total:
                break
            time.sleep(1)
        elapsed = time.monotonic() - started
        report(telegram, posts, elapsed)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(20)
        for article in articles:
            article.delete()
        for channel in channels:
            channel.delete()


def report(telegram, posts, elapsed):
    lower_bound = (ARTICLES - 1) * 60 / PER_MINUTE  # the limit itself, before the 5% margin
    print(f"{ARTICLES} articles x {len(CHATS)} channels, limit {PER_MINUTE} posts/minute/channel")
    for chat in CHATS:
        sent = telegram.sent(chat)
        numbers = [
            int(re.search(r"(\d{3})</b>", m["text" if "text" in m else "caption"]).group(1))
            for m in sent
        ]
        duplicates = sum(count - 1 for count in Counter(numbers).values() if count > 1)
        out_of_order = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b < a)
        print(
            f"{chat}: delivered {len(set(numbers))}/{ARTICLES}, duplicated {duplicates}, "
            f"out of publication order {out_of_order}"
        )
    refused = sum(1 for call in telegram.calls if call[2] == 429)
    statuses = Counter(posts.values_list("status", flat=True))
    print(f"post statuses: {dict(statuses)}; 429 answers from Telegram: {refused}")
    print(
        f"total time {elapsed:.0f} s; lower bound at {PER_MINUTE}/minute: {lower_bound:.0f} s "
        f"({elapsed / lower_bound:.2f}x)"
    )


if __name__ == "__main__":
    main()
