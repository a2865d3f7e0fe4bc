"""The article page's budget: database queries and bytes before images.

Run by hand (make bench) against the demo content in the local database:
    make demo && .venv/bin/python bench/article_page.py
Prints, for a demo article with a gallery in each language, the number of queries of a warm
request (renditions already made) and the bytes of its HTML, CSS and JS, raw and gzipped.
"""

import gzip
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from bs4 import BeautifulSoup  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from news.models import ArticlePage  # noqa: E402


def asset_bytes(html):
    """Bytes of the page's own stylesheets and scripts, read from the static folders."""
    soup = BeautifulSoup(html, "html.parser")
    urls = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    urls += [script["src"] for script in soup.find_all("script", src=True)]
    total = []
    for url in urls:
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        total.append(Path(path).read_bytes())
    return urls, total


def main():
    settings.ALLOWED_HOSTS = ["*"]
    settings.PAGE_CACHE_SECONDS = 0  # the page rendered, not served from the page cache
    with_gallery = (
        a for a in ArticlePage.objects.live() if any(b.block_type == "gallery" for b in a.body_kk)
    )
    article = next(with_gallery, None)
    if article is None:
        sys.exit("No demo article with a gallery: run `make demo` first.")
    client = Client()
    print(f"article: {article.slug}")
    print(f"{'language':<9}{'queries':>8}{'HTML':>9}{'CSS+JS':>9}{'total':>9}{'gzipped':>9}")
    for language in ("kk", "ru", "en"):
        url = article.url_in(language)
        client.get(url)  # makes any missing renditions
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        html = response.content
        _urls, assets = asset_bytes(html.decode())
        raw = len(html) + sum(len(a) for a in assets)
        packed = len(gzip.compress(html)) + sum(len(gzip.compress(a)) for a in assets)
        print(
            f"{language:<9}{len(queries):>8}{len(html):>9}{sum(len(a) for a in assets):>9}"
            f"{raw:>9}{packed:>9}"
        )


if __name__ == "__main__":
    main()
