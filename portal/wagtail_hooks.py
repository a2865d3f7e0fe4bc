from wagtail import hooks

from . import page_cache


@hooks.register("before_serve_page")
def mark_page_cache_dependency(page, request, serve_args, serve_kwargs):
    """A served page (or a route of a routable page) is cached as made from that page."""
    page_cache.depends_on(
        request, page_cache.page_dependency(page.pk), page_cache.page_parameters(page)
    )
