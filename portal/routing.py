"""Finding the site and the page of a request in a fixed, small number of queries.

Wagtail finds the site with a query on every request, and a page by walking the tree from the
site's root: two queries per level of the address. Here the site comes from the data cache
(purged when a site changes), and the page from one query for every level of the address by
`url_path` (with the slugs, which are indexed; kept in the data cache, as the address of a page
changes only when a page is moved, renamed or deleted) plus one for the page itself, after which
Wagtail serves it as usual (its hooks, view restrictions, `serve`). Addresses that go through a
routable page (the cooperation section's country pages, the register's CSV) take Wagtail's own
route from the routable page on.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from . import page_cache


def find_site(request):
    """Wagtail's Site.find_for_request, from the data cache; kept on the request as Wagtail does."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()

        def lookup():
            try:
                return get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                return False  # cached as "no site", unlike None

        request._wagtail_site = (
            page_cache.cached_data(f"site:{hostname}:{port}", [], lookup) or None
        )
    return request._wagtail_site


def model_of(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()  # cached per process


def route(request, site, path):
    """Wagtail's RouteResult for `path` under `site`, or None to let Wagtail route it itself."""
    components = [component for component in path.split("/") if component]
    root_path = site.root_page.url_path
    if not components:
        model = model_of(site.root_page.content_type_id)
        if model is None:
            return None
        page_cache.tokens(page_cache.page_dependency(site.root_page_id))
        return model.objects.get(pk=site.root_page_id).route(request, [])
    prefixes = [root_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)]

    def lookup():
        return sorted(
            Page.objects.filter(slug__in=components, url_path__in=prefixes).values_list(
                "url_path", "id", "content_type_id"
            )
        )

    # Which page an address names changes only when a page is moved, renamed or deleted, which
    # purges the whole site; whether the page may be shown is checked on the page itself below.
    # An address not (yet) found in full is not kept: the page may be published there next.
    rows = page_cache.cached_data(
        f"route:{prefixes[-1]}", [], lookup, keep=lambda rows: len(rows) == len(components)
    )
    # The pages found must be the first levels of the address, one each, in order.
    found = [url_path for url_path, _id, _type in rows]
    if not rows or found != prefixes[: len(rows)]:
        return None
    models = [model_of(content_type_id) for _path, _id, content_type_id in rows]
    if any(model is None or issubclass(model, RoutablePageMixin) for model in models[:-1]):
        return None
    model = models[-1]
    if model is None:
        return None
    page_cache.tokens(page_cache.page_dependency(rows[-1][1]))  # read ahead, one round trip
    queryset = model.objects.filter(pk=rows[-1][1])
    related = getattr(model, "serve_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    page = queryset.first()
    if page is None:
        return None
    return page.route(request, components[len(rows) :])


def serve(request, path):
    """Wagtail's page view, with the site and the page found as above."""
    site = find_site(request)
    if site is not None:
        # Wagtail reads the sites' root paths from its cache (a round trip) for every URL it
        # makes; the data cache keeps them in process memory, purged with the site.
        request._wagtail_cached_site_root_paths = page_cache.cached_data(
            "site-root-paths", [], Site.get_site_root_paths
        )
        try:
            result = route(request, site, path)
        except Http404:
            request._wagtail_route_for_request = None  # Wagtail's serve answers 404
        else:
            if result is not None:
                request._wagtail_route_for_request = result
    return wagtail_views.serve(request, path)
