from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, viewcounts
from .models import ArticlePage, InstagramAccount, Region, Tag, TelegramChannel
from .social import posting


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class NewsSnippetGroup(SnippetViewSetGroup):
    menu_label = _("News")
    menu_icon = "doc-full-inverse"
    menu_order = 200
    items = (RegionViewSet, TagViewSet)


register_snippet(NewsSnippetGroup)


class ViewsColumn(Column):
    """The article's views, linked to its chart of daily views."""

    cell_template_name = "news/admin/views_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["chart_url"] = reverse("article_views_chart", args=[instance.pk])
        return context


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    menu_order = 150
    add_to_admin_menu = True
    name = "articles"
    columns = [
        *PageListingViewSet.columns,
        ViewsColumn("view_count", label=_("Views"), sort_key="view_count", width="10%"),
    ]


@hooks.register("register_admin_viewset")
def register_article_listing():
    return ArticleListingViewSet()


class MostReadPanel(Component):
    name = "most_read_articles"
    template_name = "news/admin/most_read_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        return {"articles": viewcounts.most_read(days=7, limit=10)}


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request, panels):
    panels.append(MostReadPanel())


@hooks.register("register_admin_urls")
def register_view_chart_url():
    return [
        path(
            "article-views/<int:page_id>/",
            admin_views.article_views_chart,
            name="article_views_chart",
        )
    ]


# Cross-posting ----------------------------------------------------------------------------


class TelegramChannelViewSet(SnippetViewSet):
    model = TelegramChannel
    icon = "mail"
    list_display = ["name", "chat_id", "language", "format", "enabled"]
    list_filter = ["language", "enabled"]
    search_fields = ["name", "chat_id"]


class InstagramAccountViewSet(SnippetViewSet):
    model = InstagramAccount
    icon = "image"
    list_display = ["name", "account_id", "language", "enabled"]
    list_filter = ["language", "enabled"]
    search_fields = ["name", "account_id"]


class SocialSnippetGroup(SnippetViewSetGroup):
    menu_label = _("Social networks")
    menu_icon = "mail"
    menu_order = 210
    items = (TelegramChannelViewSet, InstagramAccountViewSet)


register_snippet(SocialSnippetGroup)


@hooks.register("register_admin_urls")
def register_social_post_urls():
    return [
        path(
            "reports/social-posts/",
            admin_views.SocialPostsReportView.as_view(),
            name="social_posts",
        ),
        path(
            "reports/social-posts/results/",
            admin_views.SocialPostsReportView.as_view(results_only=True),
            name="social_posts_results",
        ),
        path(
            "reports/social-posts/<int:pk>/<str:action>/",
            admin_views.social_post_action,
            name="social_post_action",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_social_posts_report():
    return AdminOnlyMenuItem(
        _("Social network posts"), reverse("social_posts"), icon_name="mail", order=700
    )


class CrossPostingPanel(Component):
    """Dashboard notice while a network's token is missing (cross-posting to it is off)."""

    name = "cross_posting_off"
    template_name = "news/admin/cross_posting_panel.html"
    order = 80

    def get_context_data(self, parent_context):
        return {"networks_off": posting.networks_off_labels()}


@hooks.register("construct_homepage_panels")
def add_cross_posting_panel(request, panels):
    if not all(posting.networks_on().values()):
        panels.append(CrossPostingPanel())
