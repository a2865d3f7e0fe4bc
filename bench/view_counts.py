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
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "32")
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) bench"


def require_services():
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not os.environ.get(name)]
    if missing or "postgres" not in os.environ["DATABASE_URL"]:
        sys.exit("Set DATABASE_URL (PostgreSQL) and REDIS_URL; see the docstring.")
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")


def production_env():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_BASE_URL": f"http://127.0.0.1:{PORT}",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }


def start_gunicorn(env):
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "portal.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/kk/", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("gunicorn did not start")


def wrk(url, script=None):
    command = ["wrk", "-t", "2", "-c", CONNECTIONS, "-d", DURATION, "--latency"]
    if script:
        command += ["-s", script]
    command.append(url)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    p99 = re.search(r"99%\s+(\S+)", output).group(1)
    return {
        "requests": requests,
        "rate": rate,
        "errors": int(errors.group(1)) if errors else 0,
        "p99": p99,
    }


def lua_script(lines):
    """A wrk script file with the given lines (removed when the process ends)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    return script.name


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
                        main_image_credit, body, source_name, source_url, view_count)
                    SELECT made.id, '', now(), '', '', '', '[]', '', '', 0 FROM made
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
    require_services()
    import django

    django.setup()
    from news import viewcounts
    from news.models import ArticlePage

    article = ArticlePage.objects.live().first()
    if article is None:
        sys.exit("No article: run `make demo` first.")
    viewcounts.flush()  # start from an empty pending hash
    before = ArticlePage.objects.get(pk=article.pk).view_count

    server = start_gunicorn(production_env())
    try:
        count_url = f"http://127.0.0.1:{PORT}/kk/-/views/{article.pk}/"
        page_url = f"http://127.0.0.1:{PORT}{article.url_in('kk')}"
        agent = f'wrk.headers["User-Agent"] = "{USER_AGENT}"'
        counting = wrk(count_url, lua_script(['wrk.method = "POST"', agent]))
        page = wrk(page_url, lua_script([agent]))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)

    viewcounts.flush()
    recorded = ArticlePage.objects.get(pk=article.pk).view_count - before
    flush_seconds = flush_benchmark(viewcounts, ArticlePage)

    print(f"gunicorn 2 workers, wrk -t2 -c{CONNECTIONS} -d{DURATION}, 127.0.0.1")
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
