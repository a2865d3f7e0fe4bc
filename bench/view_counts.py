"""View counting under load: the counting endpoint against the article page, and the flush.

Run by hand, with PostgreSQL, Redis and wrk (Debian's `wrk` package) on this machine:

    createdb -h 127.0.0.1 -U postgres portal_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench
    export REDIS_URL=redis://127.0.0.1:6379/1
    make demo && .venv/bin/python bench/view_counts.py

It serves the portal with gunicorn (2 workers, production settings), drives the counting endpoint
and an uncached article page with wrk in turn, flushes, and prints in one run: requests per second
of each and their ratio, the views recorded against the requests sent, and the time a flush of
100 000 pending views over 10 000 articles takes (articles made for the occasion in a
transaction that is rolled back).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import support  # noqa: E402

PORT = int(os.environ.get("BENCH_PORT", "8765"))
CONNECTIONS = support.CONNECTIONS


def flush_benchmark(viewcounts, ArticlePage):
    """Flush 100 000 views over 10 000 articles; everything is rolled back afterwards."""
    from django.db import connection, transaction

    class Rollback(Exception):
        pass

    template = ArticlePage.objects.live().first()
    parent = template.get_parent()
    client = viewcounts.redis_client()
    elapsed = None
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    """
                    WITH made AS (
                        INSERT INTO wagtailcore_page (
                            path, depth, numchild, title, title_kk, slug, live,
                            has_unpublished_changes, url_path, seo_title, show_in_menus,
                            search_description, expired, content_type_id, locked, draft_title,
                            translation_key, locale_id)
                        SELECT %s || chr(65 + i / 1000) || lpad((i %% 1000)::text, 3, '0'),
                               depth, 0, title, title_kk, 'bench-' || i, true, false,
                               url_path || 'bench-' || i || '/', '', false, '', false,
                               content_type_id, false, draft_title, gen_random_uuid(), locale_id
                        FROM wagtailcore_page, generate_series(0, 9999) AS i
                        WHERE id = %s
                        RETURNING id)
                    INSERT INTO news_articlepage (
                        page_ptr_id, lead, date, main_image_alt, main_image_caption,
                        main_image_credit, body, source_name, source_url, view_count,
                        cross_post)
                    SELECT made.id, '', now(), '', '', '', '[]', '', '', 0, false FROM made
                    """,
                    [parent.path, template.pk],
                )
            ids = list(
                ArticlePage.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)
            )
            today = viewcounts.local_date()
            pipe = client.pipeline()
            for n in range(100_000):
                pipe.hincrby(
                    viewcounts.key("pending"), viewcounts.day_field(ids[n % len(ids)], today), 1
                )
            pipe.execute()
            started = time.perf_counter()
            applied = viewcounts.flush()
            elapsed = time.perf_counter() - started
            assert applied == 100_000, applied
            total = sum(ArticlePage.objects.filter(pk__in=ids).values_list("view_count", flat=True))
            assert total == 100_000, total
            raise Rollback
    except Rollback:
        pass
    return elapsed


def main():
    support.require("wrk")
    import django

    django.setup()
    from news import viewcounts
    from news.models import ArticlePage

    article = ArticlePage.objects.live().first()
    if article is None:
        sys.exit("No article: run `make demo` first.")
    viewcounts.flush()  # start from an empty pending hash
    before = ArticlePage.objects.get(pk=article.pk).view_count

    # The page rendered each time; wrk is one client, so the per-client caps of view counting
    # (which would keep 10 of its views) are lifted to measure the counting path itself.
    env = support.production_env(
        PORT, PAGE_CACHE_SECONDS=0, VIEW_COUNT_CLIENT_LIMIT=0, VIEW_COUNT_ADDRESS_LIMIT=0
    )
    support.collectstatic(env)
    server = support.start_gunicorn(env, PORT)
    try:
        count_url = f"http://127.0.0.1:{PORT}/kk/-/views/{article.pk}/"
        page_url = f"http://127.0.0.1:{PORT}{article.url_in('kk')}"
        agent = f'wrk.headers["User-Agent"] = "{support.USER_AGENT}"'
        counting = support.wrk(count_url, support.lua_script(['wrk.method = "POST"', agent]))
        page = support.wrk(page_url)
    finally:
        support.stop(server)

    viewcounts.flush()
    recorded = ArticlePage.objects.get(pk=article.pk).view_count - before
    flush_seconds = flush_benchmark(viewcounts, ArticlePage)

    print(f"gunicorn 2 workers, wrk -t2 -c{CONNECTIONS} -d{support.DURATION}, 127.0.0.1")
    for name, result in (("counting endpoint", counting), ("article page", page)):
        print(
            f"{name:<20}{result['rate']:>9.1f} req/s  p99 {result['p99']:>8}"
            f"  non-2xx {result['errors']}"
        )
    print(f"ratio               {counting['rate'] / page['rate']:>9.1f}x (target: at least 2x)")
    # wrk stops with up to one request per connection in flight: the server counts those too.
    print(
        f"views recorded      {recorded} for {counting['requests']} responses seen by wrk"
        f" (+ up to {CONNECTIONS} in flight when it stopped)"
    )
    print(f"flush 100000 views over 10000 articles: {flush_seconds:.2f} s (target: under 2 s)")


if __name__ == "__main__":
    main()
