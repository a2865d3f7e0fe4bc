"""The view-count endpoint: counts a reader's visit apart from the (cacheable) article page."""

import base64
import re

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import BadRequest
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

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


def count(request, page_id):
    """Count the visit if it should be; return (response fields, new visitor id or None)."""
    if not PAGE_ID.fullmatch(page_id):
        raise BadRequest("The article id is not a number.")
    pk, stored = get_object_or_404(
        ArticlePage.objects.live().values_list("pk", "view_count"), pk=int(page_id)
    )
    visitor = request.COOKIES.get(viewcounts.VISITOR_COOKIE, "")
    new_visitor = None
    if not VISITOR_ID.fullmatch(visitor):
        visitor = new_visitor = viewcounts.new_visitor_id()
    counted, views = viewcounts.record_view(pk, stored, visitor, should_count(request))
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


@csrf_exempt  # a forged request could do no more than a reader's own visit
@never_cache
@require_POST
def count_view(request, page_id):
    result, visitor = count(request, page_id)
    views = result["views"]
    result["text"] = ngettext("%(views)s view", "%(views)s views", views) % {
        "views": intcomma(views)
    }
    return remember_visitor(request, JsonResponse(result), visitor)


@never_cache
@require_GET
def count_view_pixel(request, page_id):
    _result, visitor = count(request, page_id)
    return remember_visitor(request, HttpResponse(PIXEL, content_type="image/gif"), visitor)
