import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from wagtail.models import Site

from .translation_utils import language_codes

logger = logging.getLogger(__name__)


def host_is_ours(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def bad_request(request, exception=None):
    if not host_is_ours(request):
        # The page's site, menu and links all start from the host, which is not one of ours.
        return HttpResponseBadRequest(loader.get_template("400-plain.html").render())
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    if not host_is_ours(request):
        return HttpResponseBadRequest(loader.get_template("400-plain.html").render())
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: the error may have come from the database the context would read.
    return HttpResponseServerError(loader.get_template("500.html").render())


def health(request):
    """For the load balancer and uptime checks: the web worker answers (no database needed)."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the pages link to."""
    return HttpResponsePermanentRedirect(static("favicon.ico"))


def robots_txt(request):
    """Crawl everything but the admin and the view-count endpoints; name the sitemap."""
    site = Site.find_for_request(request)
    base = site.root_url if site else settings.SITE_BASE_URL
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/-/" for code in language_codes()),
        "",
        f"Sitemap: {base}{reverse('sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
