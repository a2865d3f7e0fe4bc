"""The reader's site under load: uncached pages, the page cache, and nginx's micro-cache.

Run by hand, with PostgreSQL, Redis, wrk and nginx (Debian's `wrk` and `nginx-light`):

    createdb -h 127.0.0.1 -U postgres portal_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench
    export REDIS_URL=redis://127.0.0.1:6379/1
    make demo && .venv/bin/python bench/site_speed.py

In one run, with gunicorn (2 workers, production settings) and wrk (-t2 -c32 -d10s) on
127.0.0.1, it prints requests per second and p50/p99 latency of: the demo article with a
gallery and the home page with the page cache off (PAGE_CACHE_SECONDS=0); the article from the
page cache; the article through nginx with deploy/nginx/portal-locations.conf; the same article
saved as a static HTML file and served by that nginx; and a trivial Django view (/healthz)
under the same gunicorn settings. Then the queries of one request to each page (warm caches),
the workers' resident memory after the load, and the targets of issue 6 next to the figures.
The load tool shares the machine's cores with the server: compare the figures as ratios.
"""

import os
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

import support  # noqa: E402

PORT = int(os.environ.get("BENCH_PORT", "8765"))
NGINX_PORT = int(os.environ.get("BENCH_NGINX_PORT", "8766"))

# Wagtail's demo site (bakerydemo), measured on this machine the same way (issue 6).
BAKERY = {"article": (50, 22), "home": (23, 43)}


def setup_django():
    for key, value in support.production_env(PORT).items():
        os.environ.setdefault(key, value)
    import django

    django.setup()


def pages():
    from news.models import ArticlePage

    with_gallery = (
        article
        for article in ArticlePage.objects.live().order_by("pk")
        if any(block.block_type == "gallery" for block in article.body_kk)
    )
    article = next(with_gallery, None)
    if article is None:
        sys.exit("No demo article with a gallery: run `make demo` first.")
    return {"article": article.url_in("kk"), "home": "/kk/"}


def query_counts(urls):
    """Queries of one request to each page, the data caches warm and the page cache off."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0
    client = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=support.USER_AGENT)
    counts = {}
    for name, url in urls.items():
        client.get(url)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[name] = len(queries)
    return counts


def measure(port, path):
    return support.wrk(f"http://127.0.0.1:{port}{path}")


def main():
    support.require("wrk", "nginx")
    setup_django()
    from django.conf import settings

    urls = pages()
    queries = query_counts(urls)
    results, memory = {}, {}

    env = support.production_env(PORT, PAGE_CACHE_SECONDS=0)
    support.collectstatic(env)
    server = support.start_gunicorn(env, PORT)
    try:
        for path in urls.values():  # renditions made, data caches warm
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}")  # noqa: S310
        results["article, uncached"] = measure(PORT, urls["article"])
        results["home, uncached"] = measure(PORT, urls["home"])
        memory["page cache off"] = support.worker_memory_mb(server.pid)
    finally:
        support.stop(server)

    env = support.production_env(PORT, PAGE_CACHE_SECONDS=600)
    server = support.start_gunicorn(env, PORT)
    nginx = None
    try:
        results["article, page cache"] = measure(PORT, urls["article"])
        results["trivial view (/healthz)"] = measure(PORT, "/healthz")
        nginx = support.start_nginx(NGINX_PORT, PORT, settings.STATIC_ROOT, settings.MEDIA_ROOT)
        html = urllib.request.urlopen(f"http://127.0.0.1:{PORT}{urls['article']}").read()  # noqa: S310
        static_copy = Path(settings.STATIC_ROOT) / "bench" / "article.html"
        static_copy.parent.mkdir(exist_ok=True)
        static_copy.write_bytes(html)
        results["article, nginx micro-cache"] = measure(NGINX_PORT, urls["article"])
        results["same page, static file (nginx)"] = measure(
            NGINX_PORT, "/static/bench/article.html"
        )
        memory["page cache on"] = support.worker_memory_mb(server.pid)
    finally:
        if nginx is not None:
            nginx.stop()
        support.stop(server)

    report(results, queries, memory)


def report(results, queries, memory):
    print(f"gunicorn 2 workers, wrk -t2 -c{support.CONNECTIONS} -d{support.DURATION}, 127.0.0.1")
    print(f"{'':<34}{'req/s':>9}{'p50':>10}{'p99':>10}{'non-2xx':>9}")
    for name, result in results.items():
        print(
            f"{name:<34}{result['rate']:>9.1f}{result['p50']:>10}{result['p99']:>10}"
            f"{result['errors']:>9}"
        )
    print(f"queries per request: article {queries['article']}, home {queries['home']}")
    for name, sizes in memory.items():
        print(
            f"worker memory ({name}), RSS / PSS / USS: "
            + "; ".join(f"{rss:.0f} / {pss:.0f} / {uss:.0f} MB" for rss, pss, uss in sizes)
        )

    rate = {name: result["rate"] for name, result in results.items()}
    largest = max(pss for sizes in memory.values() for _rss, pss, _uss in sizes)
    checks = [
        (
            f"article uncached >= 3 x bakerydemo's {BAKERY['article'][0]} req/s, <= 10 queries",
            rate["article, uncached"] >= 3 * BAKERY["article"][0] and queries["article"] <= 10,
        ),
        (
            f"home uncached >= 3 x bakerydemo's {BAKERY['home'][0]} req/s, <= 10 queries",
            rate["home, uncached"] >= 3 * BAKERY["home"][0] and queries["home"] <= 10,
        ),
        (
            "page-cached article >= 70% of the trivial view: "
            f"{rate['article, page cache'] / rate['trivial view (/healthz)']:.0%}",
            rate["article, page cache"] >= 0.7 * rate["trivial view (/healthz)"],
        ),
        (
            "nginx-cached article >= 50% of the static file: "
            f"{rate['article, nginx micro-cache'] / rate['same page, static file (nginx)']:.0%}",
            rate["article, nginx micro-cache"] >= 0.5 * rate["same page, static file (nginx)"],
        ),
        (f"worker memory (PSS) < 120 MB: largest {largest:.0f} MB", largest < 120),
    ]
    for text, met in checks:
        print(f"{'met' if met else 'MISSED':>6}  {text}")


if __name__ == "__main__":
    main()
