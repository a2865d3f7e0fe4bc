"""The view-count endpoint: counts a reader's visit apart from the (cacheable) article page."""

import base64
import functools
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import BadRequest
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from portal.client_address import client_ip

from . import viewcounts
from .models import ArticlePage

# Crawlers, link previews (Telegram, WhatsApp, Facebook...) and monitors: never counted.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|vkshare|"
    r"headless|lighthouse|curl|wget|python-|httpclient|go-http|java/|monitor|uptime|pingdom",
    re.IGNORECASE,
)
PAGE_ID = re.compile(r"[1-9][0-9]{0,9}")
VISITOR_ID = re.compile(r"[A-Za-z0-9_-]{16,32}")
# A transparent 1x1 GIF for readers without JavaScript.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def should_count(request):
    user_agent = request.headers.get("User-Agent", "")
    if not user_agent or BOT_USER_AGENT.search(user_agent):
        return False
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    if "prefetch" in purpose or "preview" in purpose:
        return False
    if request.headers.get("X-Moz") == "prefetch":
        return False
    return not (request.user.is_authenticated and not settings.VIEW_COUNT_EDITORS)


def from_this_site(request):
    """Whether the browser says the request comes from a page of this very site.

    Only our article pages ask to count, from their own origin: a pixel or form of another site
    must never count. Current browsers say where a request comes from (Sec-Fetch-Site: Chrome
    since 2019, Firefox 2021, Safari 2023); older ones send Origin or Referer, which must name
    this host. A request with none of them (an old browser, a privacy setting) may count,
    within the per-client caps.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        # Not "same-site": no other site under our domain has reason to count our views.
        return fetch_site == "same-origin"
    for header in ("Origin", "Referer"):
        if value := request.headers.get(header):
            try:
                netloc = urlsplit(value).netloc
            except ValueError:  # not an address at all ("http://["): not from this site
                return False
            return netloc.lower() == request.get_host().lower()
    return True


def count(request, page_id):
    """Count the visit if it should be; return (response fields, new visitor id or None)."""
    if not PAGE_ID.fullmatch(page_id):
        raise BadRequest("The article id is not a number.")
    pk, stored = get_object_or_404(
        ArticlePage.objects.for_readers().values_list("pk", "view_count"), pk=int(page_id)
    )
    visitor = request.COOKIES.get(viewcounts.VISITOR_COOKIE, "")
    new_visitor = None
    if not VISITOR_ID.fullmatch(visitor):
        visitor = new_visitor = viewcounts.new_visitor_id()
    reader = viewcounts.client_keys(client_ip(request), request.headers.get("User-Agent", ""))
    counted, views = viewcounts.record_view(pk, stored, visitor, should_count(request), reader)
    return {"counted": counted, "views": views}, new_visitor


def remember_visitor(request, response, visitor):
    """A random first-party id that knows a reader again; nothing else about them is kept."""
    if visitor:
        response.set_cookie(
            viewcounts.VISITOR_COOKIE,
            visitor,
            max_age=365 * 24 * 60 * 60,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def refuse_other_sites(view):
    """Another site's page asking to count is refused (403), before any lookup or cookie."""

    @functools.wraps(view)
    def wrapper(request, page_id):
        if not from_this_site(request):
            return HttpResponseForbidden()
        return view(request, page_id)

    return wrapper


# Not Django's CSRF check: the token would make the cached page personal. A forged request is
# refused by refuse_other_sites, and could anyway do no more than a reader's own capped visit.
@csrf_exempt
@never_cache
@require_POST
@refuse_other_sites
def count_view(request, page_id):
    result, visitor = count(request, page_id)
    views = result["views"]
    result["text"] = ngettext("%(views)s view", "%(views)s views", views) % {
        "views": intcomma(views)
    }
    return remember_visitor(request, JsonResponse(result), visitor)


@never_cache
@require_GET
@refuse_other_sites
def count_view_pixel(request, page_id):
    _result, visitor = count(request, page_id)
    return remember_visitor(request, HttpResponse(PIXEL, content_type="image/gif"), visitor)
