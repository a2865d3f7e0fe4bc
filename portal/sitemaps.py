"""/sitemap.xml: every public page in each language it exists in, with hreflang alternates.

Wagtail's sitemap gives one URL per page and no alternates. Django's i18n sitemap would need
its private `_urls` overridden: it prefixes each location with the request's host (not the
Wagtail site's root URL that get_full_url gives) and points x-default at the unprefixed
address. So the entries are computed here in a fixed number of queries and rendered by two
small templates (a urlset, and an index once there are more URLs than one sitemap may hold).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone, translation
from wagtail.models import Site

from cooperation.models import (
    AgreementParty,
    CooperationIndexPage,
    Country,
    DelegationPage,
    PartnerPlace,
    ProjectPage,
)

from . import page_cache
from .translation_utils import default_language, language_codes, localized_value
from .visibility import for_readers, readable_q

# The protocol's limit of URLs in one sitemap file.
MAX_URLS = 50_000


@dataclass
class Entry:
    location: str
    lastmod: datetime | None
    # (hreflang, URL) of every language version, the x-default last.
    alternates: list[tuple[str, str]] = field(default_factory=list)

    @property
    def lastmod_w3c(self):
        if self.lastmod is None:
            return ""
        return timezone.localtime(self.lastmod).replace(microsecond=0).isoformat()


def site_for(request):
    return Site.find_for_request(request) or Site.objects.select_related("root_page").get(
        is_default_site=True
    )


def public_pages(site):
    # Only the generic columns (titles, url_path, dates): the specific ones stay deferred, so
    # the pages of every type come in one query, as their own classes.
    return (
        for_readers(site.root_page.get_descendants(inclusive=True))
        .order_by("path")
        .specific(defer=True)
    )


def language_urls(pages, request):
    """{page pk: {code: full URL}} for the languages each page exists in.

    The outer loop is over languages so that Wagtail's per-request cache of the site root paths
    (kept for one language at a time) is filled once per language, not once per page.
    """
    urls = defaultdict(dict)
    for code in language_codes():
        with translation.override(code):
            for page in pages:
                if not localized_value(page, "title", code):
                    continue
                url = page.get_full_url(request)
                if url:
                    urls[page.pk][code] = url
    return urls


def entries_for(urls, lastmod):
    """One entry per language version, each with the alternates of all of them."""
    if not urls:
        return []
    x_default = urls.get(default_language()) or next(iter(urls.values()))
    alternates = [*urls.items(), ("x-default", x_default)]
    return [Entry(url, lastmod, alternates) for url in urls.values()]


def sitemap_entries(request, site):
    pages = list(public_pages(site))
    urls = language_urls(pages, request)
    entries = []
    for page in pages:
        page_urls = urls.get(page.pk)
        if not page_urls:
            continue
        lastmod = page.last_published_at or page.latest_revision_created_at
        entries += entries_for(page_urls, lastmod)
        if isinstance(page, CooperationIndexPage):
            entries += cooperation_route_entries(page, page_urls)
    return entries


def cooperation_route_entries(section, section_urls):
    """The section's routed pages of the countries and partner places that have at least one
    live record; their lastmod is the latest publication of those records."""
    country_dates = defaultdict(list)
    place_dates = defaultdict(list)

    def note(dates, ids, published):
        for pk in ids:
            if pk is not None:
                dates[pk].append(published)

    # The same links as cooperation.queries.*_of_country and *_at_place, read in one query
    # per kind of link.
    for country_id, published in DelegationPage.countries.through.objects.filter(
        readable_q("delegationpage__")
    ).values_list("country_id", "delegationpage__last_published_at"):
        note(country_dates, [country_id], published)
    for country_id, *place_ids, published in DelegationPage.places.through.objects.filter(
        readable_q("delegationpage__")
    ).values_list(
        "partnerplace__country_id",
        "partnerplace_id",
        "partnerplace__parent_id",
        "delegationpage__last_published_at",
    ):
        note(country_dates, [country_id], published)
        note(place_dates, place_ids, published)
    for row in AgreementParty.objects.filter(readable_q("page__")).values_list(
        "country_id",
        "place__country_id",
        "organisation__country_id",
        "person__country_id",
        "place_id",
        "place__parent_id",
        "organisation__place_id",
        "page__last_published_at",
    ):
        note(country_dates, row[:4], row[-1])
        note(place_dates, row[4:7], row[-1])
    for country_id, *place_ids, published in ProjectPage.partners.through.objects.filter(
        readable_q("projectpage__")
    ).values_list(
        "organisation__country_id",
        "organisation__place_id",
        "organisation__place__parent_id",
        "projectpage__last_published_at",
    ):
        note(country_dates, [country_id], published)
        note(place_dates, place_ids, published)

    routes = [
        (section.reverse_subpage("country", args=(code.lower(),)), latest(country_dates[pk]))
        for pk, code in Country.objects.filter(pk__in=country_dates)
        .order_by("code")
        .values_list("pk", "code")
    ] + [
        (section.reverse_subpage("place", args=(slug,)), latest(place_dates[pk]))
        for pk, slug in PartnerPlace.objects.filter(pk__in=place_dates)
        .exclude(slug="")
        .order_by("slug")
        .values_list("pk", "slug")
    ]
    entries = []
    for suffix, lastmod in routes:
        entries += entries_for({code: url + suffix for code, url in section_urls.items()}, lastmod)
    return entries


def latest(dates):
    dates = [value for value in dates if value is not None]
    return max(dates) if dates else None


@page_cache.cached_as(page_cache.SITEMAP, ["p"])
def sitemap(request):
    """The urlset at /sitemap.xml; past MAX_URLS, an index of /sitemap.xml?p=1, ?p=2, ..."""
    site = site_for(request)
    paginator = Paginator(sitemap_entries(request, site), MAX_URLS)
    number = request.GET.get("p")
    if number is None and paginator.num_pages > 1:
        base = site.root_url + request.path
        return render(
            request,
            "portal/sitemap_index.xml",
            {"sitemaps": [f"{base}?p={n}" for n in paginator.page_range]},
            content_type="application/xml",
        )
    try:
        entries = paginator.page(number or 1).object_list
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such sitemap page") from error
    return render(
        request, "portal/sitemap.xml", {"entries": entries}, content_type="application/xml"
    )
