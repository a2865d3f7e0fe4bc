"""/sitemap.xml (every public page in each of its languages, with hreflang alternates) and
/robots.txt."""

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from portal import sitemaps
from tests.conftest import service_missing
from tests.cooperation.factories import (
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    make_delegation,
    make_project,
    make_section,
)
from tests.factories import ArticlePageFactory, StandardPageFactory, paragraphs

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
NS = {"sm": SITEMAP, "xhtml": XHTML}
PUBLISHED = datetime(2018, 7, 18, 7, 10, tzinfo=UTC)
# W3C Datetime to the second, with a time zone (https://www.w3.org/TR/NOTE-datetime).
W3C_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")

BASE = "http://testserver"


def get_sitemap(client, **params):
    response = client.get("/sitemap.xml", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own response)


def urlset_entries(root):
    """{loc: {"lastmod": ..., "alternates": {hreflang: href}}}, checking the protocol's
    structure on the way: the root element, one loc per url, lastmod in W3C Datetime."""
    assert root.tag == f"{{{SITEMAP}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        locs = url.findall("sm:loc", NS)
        assert len(locs) == 1
        # loc comes first, then lastmod, then the alternates (elements of other namespaces).
        children = [child.tag for child in url]
        assert children[0] == f"{{{SITEMAP}}}loc"
        lastmod = url.find("sm:lastmod", NS)
        if lastmod is not None:
            assert W3C_DATETIME.match(lastmod.text), lastmod.text
        links = url.findall("xhtml:link", NS)
        assert all(link.get("rel") == "alternate" for link in links)
        hreflangs = [link.get("hreflang") for link in links]
        assert len(hreflangs) == len(set(hreflangs))
        loc = locs[0].text
        assert loc not in entries
        entries[loc] = {
            "lastmod": lastmod.text if lastmod is not None else None,
            "alternates": {link.get("hreflang"): link.get("href") for link in links},
        }
    return entries


def article(site, **fields):
    return ArticlePageFactory(parent=site.news, last_published_at=PUBLISHED, **fields)


@pytest.mark.django_db
class TestSitemapEntries:
    def test_an_article_in_kazakh_and_russian_has_two_entries(self, client, site):
        article(site, slug="turkestan-weinan")
        entries = urlset_entries(get_sitemap(client))

        kk = f"{BASE}/kk/news/turkestan-weinan/"
        ru = f"{BASE}/ru/news/turkestan-weinan/"
        assert kk in entries and ru in entries
        assert f"{BASE}/en/news/turkestan-weinan/" not in entries
        for loc in (kk, ru):
            assert entries[loc]["alternates"] == {"kk": kk, "ru": ru, "x-default": kk}

    def test_x_default_is_the_first_existing_version_without_kazakh(self, client, site):
        page = StandardPageFactory(parent=site.home, slug="contacts")
        # The admin requires a Kazakh title, but imported pages may come without one.
        Page.objects.filter(pk=page.pk).update(title_kk="")
        entries = urlset_entries(get_sitemap(client))

        ru = f"{BASE}/ru/contacts/"
        en = f"{BASE}/en/contacts/"
        assert f"{BASE}/kk/contacts/" not in entries
        assert entries[ru]["alternates"] == {"ru": ru, "en": en, "x-default": ru}
        assert entries[en]["alternates"] == entries[ru]["alternates"]

    def test_the_home_page_and_the_news_index_are_listed_in_three_languages(self, client, site):
        entries = urlset_entries(get_sitemap(client))

        for code in ("kk", "ru", "en"):
            assert f"{BASE}/{code}/" in entries
            assert f"{BASE}/{code}/news/" in entries

    def test_lastmod_is_the_publication_time(self, client, site):
        article(site, slug="published")
        entries = urlset_entries(get_sitemap(client))

        lastmod = entries[f"{BASE}/kk/news/published/"]["lastmod"]
        assert datetime.fromisoformat(lastmod) == PUBLISHED

    def test_unpublished_and_restricted_pages_are_left_out(self, client, site):
        article(site, slug="draft", live=False)
        private = article(site, slug="private")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        article(site, slug="public")
        locs = set(urlset_entries(get_sitemap(client)))

        assert f"{BASE}/kk/news/public/" in locs
        assert not any("/draft/" in loc or "/private/" in loc for loc in locs)

    def test_query_count_does_not_grow_with_the_number_of_pages(self, client, site):
        def queries_with(count):
            for _ in range(count):
                article(site)
            get_sitemap(client)  # fills the site root paths' cache
            with CaptureQueriesContext(connection) as queries:
                get_sitemap(client)
            return len(queries)

        assert queries_with(2) == queries_with(6)  # 2, then 8 articles


@pytest.mark.django_db
class TestSitemapCooperationRoutes:
    def test_countries_and_places_with_live_records_are_listed_in_three_languages(
        self, client, site
    ):
        section, _agreements, delegations, projects = make_section(site.home)
        china = CountryFactory(code="CN")
        shaanxi = PartnerPlaceFactory(country=china, slug="shaanxi")
        weinan = PartnerPlaceFactory(country=china, parent=shaanxi, slug="weinan")
        korea = CountryFactory(code="KR")
        PartnerPlaceFactory(country=korea, slug="seoul")  # no record
        japan = CountryFactory(code="JP")
        make_delegation(delegations, places=[weinan], last_published_at=PUBLISHED)
        make_delegation(delegations, countries=[japan], live=False)
        make_project(projects, partners=[OrganisationFactory(country=korea)])
        locs = urlset_entries(get_sitemap(client))

        for code in ("kk", "ru", "en"):
            prefix = f"{BASE}/{code}/cooperation/"
            for route in ("countries/cn/", "countries/kr/", "places/weinan/", "places/shaanxi/"):
                assert prefix + route in locs
            assert prefix + "places/seoul/" not in locs
            assert prefix + "countries/jp/" not in locs  # its only record is a draft
        weinan_kk = f"{BASE}/kk/cooperation/places/weinan/"
        assert locs[weinan_kk]["alternates"] == {
            "kk": weinan_kk,
            "ru": f"{BASE}/ru/cooperation/places/weinan/",
            "en": f"{BASE}/en/cooperation/places/weinan/",
            "x-default": weinan_kk,
        }
        assert datetime.fromisoformat(locs[weinan_kk]["lastmod"]) == PUBLISHED
        assert client.get("/ru/cooperation/places/weinan/").status_code == 200
        assert client.get("/en/cooperation/countries/cn/").status_code == 200


@pytest.mark.django_db
def test_an_index_is_served_past_the_limit_of_urls(client, site, monkeypatch):
    monkeypatch.setattr(sitemaps, "MAX_URLS", 4)
    article(site)  # home and news index: 6 entries, the article 2 more
    root = get_sitemap(client)

    assert root.tag == f"{{{SITEMAP}}}sitemapindex"
    locs = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]
    assert locs == [f"{BASE}/sitemap.xml?p=1", f"{BASE}/sitemap.xml?p=2"]
    pages = [urlset_entries(get_sitemap(client, p=number)) for number in (1, 2)]
    assert [len(entries) for entries in pages] == [4, 4]
    assert client.get("/sitemap.xml", {"p": 3}).status_code == 404


@pytest.mark.django_db
def test_robots_txt(client, site):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow:")}
    assert disallowed == {"/admin/", "/kk/-/", "/ru/-/", "/en/-/"}
    assert f"Sitemap: {BASE}/sitemap.xml" in lines


SCHEMA = Path(__file__).parent / "schemas" / "all.xsd"


@pytest.mark.django_db
def test_the_sitemap_is_valid_against_the_sitemap_schema(
    request, client, site, monkeypatch, tmp_path
):
    """Checked by xmllint (Debian's libxml2-utils) against the Sitemap 0.9 schema, whole and as
    one part of an index (the index's own structure is checked above)."""
    if not shutil.which("xmllint"):
        service_missing(request, "xmllint is not installed (Debian's libxml2-utils)")
    article(site, title_en="Agreement signed", body_en=paragraphs("Signed."))
    article(site)
    StandardPageFactory(parent=site.home)
    documents = {"whole.xml": client.get("/sitemap.xml").content}
    monkeypatch.setattr(sitemaps, "MAX_URLS", 2)
    documents["part.xml"] = client.get("/sitemap.xml", {"p": 2}).content
    for name, content in documents.items():
        (tmp_path / name).write_bytes(content)
        result = subprocess.run(
            ["xmllint", "--noout", "--schema", str(SCHEMA), str(tmp_path / name)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, f"{name}: {result.stderr}"
