from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Country, Event, Organisation, PartnerPlace, Person


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class PartnerPlaceViewSet(SnippetViewSet):
    model = PartnerPlace
    icon = "site"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "short_name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "country"]
    list_filter = ["country"]
    search_fields = ["name"]


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    list_display = ["name", "edition", "start_date", "country"]
    list_filter = ["country"]
    search_fields = ["name", "venue"]


class PartnersGroup(SnippetViewSetGroup):
    menu_label = _("Partners")
    menu_icon = "globe"
    menu_order = 210
    items = (CountryViewSet, PartnerPlaceViewSet, OrganisationViewSet, PersonViewSet, EventViewSet)


register_snippet(PartnersGroup)
