"""Admin view: an article's daily views as a bar chart the portal draws itself (SVG)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import viewcounts
from .models import ArticlePage

PERIODS = (30, 90, 365)
CHART_WIDTH, CHART_HEIGHT, AXIS = 720, 220, 40


def chart_geometry(days):
    """Bars for [(date, views)]: positions in the SVG's own units, tallest bar full height."""
    peak = max((views for _day, views in days), default=0) or 1
    slot = (CHART_WIDTH - AXIS) / max(len(days), 1)
    bars = []
    for index, (day, views) in enumerate(days):
        height = round(views / peak * (CHART_HEIGHT - 20), 1)
        bars.append(
            {
                "day": day,
                "views": views,
                "x": round(AXIS + index * slot, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "width": round(max(slot - 1, 0.5), 1),
                "height": height,
            }
        )
    return {"bars": bars, "peak": peak, "width": CHART_WIDTH, "height": CHART_HEIGHT}


def article_views_chart(request, page_id):
    article = get_object_or_404(ArticlePage, pk=page_id)
    if not article.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        period = int(request.GET.get("days", PERIODS[0]))
    except ValueError:
        period = PERIODS[0]
    if period not in PERIODS:
        period = PERIODS[0]
    days = viewcounts.daily_views(article, period)
    return TemplateResponse(
        request,
        "news/admin/article_views_chart.html",
        {
            "article": article,
            "page_title": _("Views of %(title)s") % {"title": article.get_admin_display_title()},
            "period": period,
            "periods": PERIODS,
            "chart": chart_geometry(days),
            "period_total": sum(views for _day, views in days),
        },
    )
