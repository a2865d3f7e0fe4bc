"""The site search over a few thousand documents: building them, and the search page's time
and queries.

Run by hand, with PostgreSQL on 127.0.0.1:5432 (trust authentication, user postgres):

    .venv/bin/python bench/search.py [--articles 2000] [--refill] [--requests 20]

It works in a database of its own, portal_bench_search (BENCH_DATABASE_URL to choose another
whose name contains "bench"), never the one in DATABASE_URL: it creates it, migrates it and
fills it once with N articles in Kazakh and Russian (every third one in English too), their
sentences drawn at random from the demo articles, and no other pages. Reruns reuse it;
--refill drops and refills.

Then it times `rebuild_search_documents` (all documents built and indexed again), and requests
the search page with Django's test client and DEBUG off for queries of each kind: a common
word, a rare one, several words, a Kazakh inflected form, filters, sorting by date. For each:
the results found, the queries of one request, and the median and 95th percentile of N timed
requests. The machine's load average is printed: compare figures taken in the same run.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench_search"
)
QUERIES = [
    ("kk", {"q": "облыс"}),
    ("kk", {"q": "облысының әкімі"}),
    ("kk", {"q": "Вэйнань меморандум"}),
    ("kk", {"q": "облыс", "sort": "date"}),
    ("ru", {"q": "соглашения"}),
    ("ru", {"q": "аким области Шэньси", "from": "2020-01-01"}),
    ("ru", {"q": "травертин"}),
    ("en", {"q": "agreements", "type": "article"}),
    ("en", {"q": "zqxjwv"}),
]


def prepare_database(refill):
    database = urlsplit(DATABASE_URL).path.lstrip("/")
    if "bench" not in database:
        sys.exit(f"BENCH_DATABASE_URL must name a database with 'bench' in it, not {database!r}")
    os.environ["DATABASE_URL"] = DATABASE_URL
    os.environ.pop("REDIS_URL", None)  # tasks in-process, no shared cache
    import psycopg

    admin = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database]
        ).fetchone()
        if exists and refill:
            connection.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{database}"')


def sentences():
    """Sentences of the demo articles, per language."""
    from news import demo_data

    pool = {"kk": [], "ru": [], "en": []}
    for article in demo_data.ARTICLES:
        for language, blocks in article["body"].items():
            for kind, value in blocks:
                text = value if kind == "paragraph" else value.get("text", "")
                pool[language] += [part.strip() + "." for part in text.split(". ") if part]
    return pool


def fill(count):
    from django.utils import timezone
    from wagtail.models import Page, Site

    from news.models import ArticlePage, NewsIndexPage
    from portal.models import HomePage
    from tests.factories import paragraphs

    if ArticlePage.objects.count() >= count:
        return
    started = time.perf_counter()
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title_kk="Баспасөз қызметі", slug="home"))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    news = home.add_child(
        instance=NewsIndexPage(
            title_kk="Жаңалықтар", title_ru="Новости", title_en="News", slug="news"
        )
    )
    pool = sentences()
    rng = random.Random(2026)
    for number in range(count):
        languages = ["kk", "ru", "en"] if number % 3 == 0 else ["kk", "ru"]
        fields = {
            "slug": f"story-{number}",
            "date": timezone.now() - timezone.timedelta(days=number),
        }
        for language in languages:
            title = " ".join(rng.choice(pool[language]).split()[:10]).rstrip(".,")
            fields[f"title_{language}"] = f"{title} {number}"
            fields[f"body_{language}"] = paragraphs(*rng.sample(pool[language], 8))
        news.add_child(instance=ArticlePage(**fields))
        if number % 500 == 499:
            print(f"  {number + 1} articles", flush=True)
    print(f"fill: {count} articles in {time.perf_counter() - started:.0f} s")


def measure(requests):
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from django.utils.translation import activate

    from portal import search_documents

    started = time.perf_counter()
    counts = search_documents.rebuild_all()
    elapsed = time.perf_counter() - started
    summary = ", ".join(f"{count} {kind}" for kind, count in counts.items() if count)
    print(f"rebuild_search_documents: {summary} in {elapsed:.1f} s")

    setup_test_environment()  # the test client then keeps each response's context
    client = Client()
    print(f"\n{'request':44} {'found':>6} {'queries':>7} {'in db':>7} {'median':>8} {'p95':>8}")
    for language, params in QUERIES:
        activate(language)
        url = f"/{language}/search/?{urlencode(params)}"
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        reset_queries()
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        found = response.context["paginator"].count
        queries = len(context.captured_queries)
        in_database = sum(float(query["time"]) for query in context.captured_queries) * 1000
        times = []
        for _number in range(requests):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"{unquote(url)[:44]:44} {found:6} {queries:7} "
            f"{in_database:5.0f}ms {statistics.median(times):6.0f}ms {p95:6.0f}ms"
        )
    print(f"\nload average: {os.getloadavg()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    prepare_database(args.refill)

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    fill(args.articles)
    measure(args.requests)


if __name__ == "__main__":
    main()
