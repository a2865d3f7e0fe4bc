"""The article page stays light for readers on phones: its HTML, CSS and JavaScript together
well under 100 KB, no web fonts, nothing from another origin."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

BUDGET = 60 * 1024  # bytes of HTML + CSS + JS, uncompressed


def test_article_page_weight(visit, content):
    reader = visit()
    loaded = []
    reader.page.on("requestfinished", lambda request: loaded.append(request))
    reader.goto(content.urls["article"]["kk"])
    reader.page.wait_for_load_state("networkidle")
    sizes = {}
    for request in loaded:
        if request.resource_type in {"document", "stylesheet", "script"}:
            sizes[request.url] = len(request.response().body())
    kinds = {request.resource_type for request in loaded}
    assert "font" not in kinds
    assert sum(sizes.values()) < BUDGET, sizes
    reader.check_clean()
