from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Region, Tag


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
