"""The admin's Cooperation menu: the lists of delegations, agreements and projects (page
listings with the public registers' filters) and the partners (snippets), in one group."""

from datetime import date

from django import forms
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.translation_utils import language_codes, localized_field_name

from .admin_filters import AgreementFilterSet, DelegationFilterSet, ProjectFilterSet
from .models import (
    AgreementPage,
    Country,
    DelegationPage,
    Event,
    Organisation,
    PartnerPlace,
    Person,
    ProjectPage,
)
from .queries import people_with_positions


def day(value):
    return date_format(value, "DATE_FORMAT") if value else ""


def visit_dates(page):
    if page.start_date == page.end_date:
        return day(page.start_date)
    return f"{day(page.start_date)} – {day(page.end_date)}"


def names(related):
    return ", ".join(str(item) for item in related.all())


def title_column():
    return PageTitleColumn(
        "title", label=pgettext_lazy("cooperation", "Title"), sort_key="title", classname="title"
    )


def publication_column():
    return PageStatusColumn("status", label=_("Publication"), sort_key="live", width="12%")


class RecordIndexView(IndexView):
    """A page listing that fetches the related rows its columns show in bulk (by prefetch:
    the listing's `.specific()` fetches the rows again and would drop a `select_related`)."""

    prefetch = ()

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related(*self.prefetch)

    def search_queryset(self, queryset):
        if self.is_searching and self.is_filtering:
            # The search backend accepts filters on its indexed fields only, not the
            # registers' filters on related rows (`Exists` subqueries): search the rows the
            # filters kept, named by their keys, which the database backend applies as is.
            kept = queryset.order_by().values("pk")
            queryset = self.order_queryset(self.get_base_queryset().filter(pk__in=kept))
        return super().search_queryset(queryset)


class DelegationIndexView(RecordIndexView):
    prefetch = ("countries",)


class AgreementIndexView(RecordIndexView):
    pass


class ProjectIndexView(RecordIndexView):
    prefetch = ("sector", "partners")


class DelegationListingViewSet(PageListingViewSet):
    model = DelegationPage
    name = "delegations"
    icon = "group"
    menu_label = _("Delegations")
    index_view_class = DelegationIndexView
    filterset_class = DelegationFilterSet
    ordering = "-start_date"
    columns = [
        title_column(),
        Column("dates", label=_("Dates"), accessor=visit_dates, sort_key="start_date"),
        Column(
            "direction",
            label=_("Direction"),
            accessor="get_direction_display",
            sort_key="direction",
        ),
        Column("countries", label=_("Countries"), accessor=lambda page: names(page.countries)),
        publication_column(),
    ]


class AgreementListingViewSet(PageListingViewSet):
    model = AgreementPage
    name = "agreements"
    icon = "doc-full"
    menu_label = _("Agreements")
    index_view_class = AgreementIndexView
    filterset_class = AgreementFilterSet
    ordering = "-record_date"
    columns = [
        title_column(),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column(
            "signed_on",
            label=_("Date of signing"),
            accessor=lambda page: day(page.signed_on),
            sort_key="signed_on",
        ),
        Column(
            "agreement_status",
            label=pgettext_lazy("cooperation", "Status"),
            accessor="get_status_display",
        ),
        publication_column(),
    ]


class ProjectListingViewSet(PageListingViewSet):
    model = ProjectPage
    name = "projects"
    icon = "cogs"
    menu_label = _("Projects")
    index_view_class = ProjectIndexView
    filterset_class = ProjectFilterSet
    columns = [
        title_column(),
        Column("sector", label=_("Sector"), accessor="sector"),
        Column("partners", label=_("Partners"), accessor=lambda page: names(page.partners)),
        Column(
            "project_status",
            label=pgettext_lazy("cooperation", "Status"),
            accessor="get_status_display",
        ),
        publication_column(),
    ]


# Partners. Their names are searched in every language, in the listings and in the choosers
# of other forms, with the database's `icontains` (the search index holds the names in one
# language only, and these tables are small).


def in_every_language(*fields):
    return [localized_field_name(field, code) for field in fields for code in language_codes()]


def matching(objects, fields, query):
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query})
    return objects.filter(condition)


class PartnerSearchForm(BaseFilterForm):
    """The search box of a partner chooser: the listing's `search_fields`, every language."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = matching(objects, objects.model.snippet_viewset.search_fields, query)
            self.is_searching, self.search_query = True, query
        return objects


class PartnerChooseView(ChooseView):
    filter_form_class = PartnerSearchForm


class PartnerChooseResultsView(ChooseResultsView):
    filter_form_class = PartnerSearchForm


class PartnerChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PartnerChooseView
    choose_results_view_class = PartnerChooseResultsView


class PartnerViewSet(SnippetViewSet):
    search_backend_name = None
    chooser_viewset_class = PartnerChooserViewSet
    # Shown in the Cooperation menu, so not again under Snippets.
    menu_item_is_registered = True


class CountryViewSet(PartnerViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code"]
    search_fields = [*in_every_language("name"), "code"]


class PartnerPlaceViewSet(PartnerViewSet):
    model = PartnerPlace
    icon = "site"
    list_display = ["name", "kind", "country", "parent"]
    list_filter = ["kind", "country"]
    search_fields = [*in_every_language("name"), "slug"]

    def get_queryset(self, request):
        return PartnerPlace.objects.select_related("country", "parent")


class OrganisationViewSet(PartnerViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "short_name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = in_every_language("name", "short_name")

    def get_queryset(self, request):
        return Organisation.objects.select_related("country")


class PersonViewSet(PartnerViewSet):
    model = Person
    icon = "user"
    list_display = [
        "name",
        Column(
            "position",
            label=_("Position"),
            accessor=lambda person: person.position_on(date.today()),
        ),
        "country",
    ]
    list_filter = ["country"]
    search_fields = in_every_language("name")

    def get_queryset(self, request):
        return people_with_positions().select_related("country")


class EventViewSet(PartnerViewSet):
    model = Event
    icon = "date"
    list_display = ["name", "edition", "start_date", "country"]
    list_filter = ["country"]
    search_fields = in_every_language("name", "venue")

    def get_queryset(self, request):
        return Event.objects.select_related("country")


class CooperationGroup(ViewSetGroup):
    menu_label = _("Cooperation")
    menu_icon = "globe"
    menu_name = "cooperation"
    menu_order = 160
    items = (
        DelegationListingViewSet,
        AgreementListingViewSet,
        ProjectListingViewSet,
        CountryViewSet,
        PartnerPlaceViewSet,
        OrganisationViewSet,
        PersonViewSet,
        EventViewSet,
    )


@hooks.register("register_admin_viewset")
def register_cooperation_admin():
    return CooperationGroup()
