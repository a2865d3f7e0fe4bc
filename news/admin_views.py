"""Admin views: an article's daily views as an SVG chart; the report of social network posts."""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from . import viewcounts
from .models import ArticlePage, InstagramAccount, SocialPost, TelegramChannel
from .social import posting

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


# Social network posts: a report of every post, with "send again" and "mark as posted".


class SocialPostFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_l("Status"), choices=SocialPost.Status.choices)
    language = django_filters.ChoiceFilter(label=_l("Language"), choices=settings.LANGUAGES)
    telegram_channel = django_filters.ModelChoiceFilter(
        label=_l("Telegram channel"), queryset=TelegramChannel.objects.all()
    )
    instagram_account = django_filters.ModelChoiceFilter(
        label=_l("Instagram account"), queryset=InstagramAccount.objects.all()
    )

    class Meta:
        model = SocialPost
        fields = ["status", "language", "telegram_channel", "instagram_account"]


class SocialPostsReportView(ReportView):
    results_template_name = "news/admin/social_posts_results.html"
    page_title = _l("Social network posts")
    header_icon = "mail"
    filterset_class = SocialPostFilterSet
    index_url_name = "social_posts"
    index_results_url_name = "social_posts_results"
    list_export = [
        "article",
        "channel",
        "language",
        "status",
        "created_at",
        "sent_at",
        "url",
        "error",
    ]
    # The admin's own login check guards every admin URL; the report shows no content beyond
    # what any editor sees on the articles' edit screens.
    permission_policy = None
    model = SocialPost

    def get_queryset(self):
        return SocialPost.objects.select_related(
            "article", "telegram_channel", "instagram_account"
        ).order_by("-created_at")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["networks_off"] = posting.networks_off_labels()
        return context


ACTIONS = {
    "retry": (_l("Send again"), posting.retry),
    "mark-posted": (_l("Mark as posted"), posting.mark_posted),
}


def social_post_action(request, pk, action):
    post = get_object_or_404(SocialPost.objects.select_related("article"), pk=pk)
    if action not in ACTIONS:
        raise Http404
    if not post.article.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    label, perform = ACTIONS[action]
    if perform(post):
        if action == "retry":
            from .tasks import send_social_post_task

            send_social_post_task.delay(post.pk)
        messages.success(request, _("%(action)s: done.") % {"action": label})
    else:
        messages.error(request, _("That post is no longer in a state that allows it."))
    return redirect(request.POST.get("next") or reverse("social_posts"))
