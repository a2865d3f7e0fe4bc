"""The filters of the admin's lists of delegations, agreements and projects: the public
registers' filters, answered by the same functions in `queries.py`."""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.listing import PageFilterSet

from portal.translation_utils import localized_field_name

from . import queries
from .choices import AgreementKind, AgreementStatus, Direction, ProjectStatus, SectorCode
from .models import AgreementPage, Country, DelegationPage, PartnerPlace, ProjectPage


def countries_by_name(request):
    return Country.objects.order_by(localized_field_name("name", get_language()), "code")


def places_by_name(request):
    return PartnerPlace.objects.order_by(localized_field_name("name", get_language()), "slug")


def years_of(model, field):
    """The years that hold at least one record, newest first (a callable, so the choices are
    read when the filter form is shown, not when this module is imported)."""

    def choices():
        days = model.objects.order_by().dates(field, "year", order="DESC")
        return [(day.year, day.year) for day in days]

    return choices


class RecordFilterSet(PageFilterSet):
    """Wagtail's page filters (date updated, owner, edited by, site) and the register's own.
    Records have no child pages, so that filter is left out."""

    has_child_pages = None


class DelegationFilterSet(RecordFilterSet):
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=countries_by_name, method="filter_country"
    )
    direction = django_filters.ChoiceFilter(label=_("Direction"), choices=Direction.choices)
    year = django_filters.TypedChoiceFilter(
        label=_("Year"),
        choices=years_of(DelegationPage, "start_date"),
        coerce=int,
        field_name="start_date",
        lookup_expr="year",
    )

    class Meta(RecordFilterSet.Meta):
        model = DelegationPage

    def filter_country(self, queryset, name, value):
        return queries.delegations_of_country(queryset, value)


class AgreementFilterSet(RecordFilterSet):
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=countries_by_name, method="filter_country"
    )
    place = django_filters.ModelChoiceFilter(
        label=_("Partner place"), queryset=places_by_name, method="filter_place"
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=AgreementKind.choices)
    field = django_filters.ChoiceFilter(
        label=pgettext_lazy("cooperation", "Field"),
        choices=SectorCode.choices,
        method="filter_field",
    )
    status = django_filters.ChoiceFilter(
        label=pgettext_lazy("cooperation", "Status"), choices=AgreementStatus.choices
    )
    year = django_filters.TypedChoiceFilter(
        label=_("Year"),
        choices=years_of(AgreementPage, "record_date"),
        coerce=int,
        field_name="record_date",
        lookup_expr="year",
    )

    class Meta(RecordFilterSet.Meta):
        model = AgreementPage

    def filter_country(self, queryset, name, value):
        return queries.agreements_of_country(queryset, value)

    def filter_place(self, queryset, name, value):
        return queries.agreements_at_place(queryset, value)

    def filter_field(self, queryset, name, value):
        sectors = AgreementPage.sectors.through.objects.filter(
            agreementpage=OuterRef("pk"), sector__code=value
        )
        return queryset.filter(Exists(sectors))


class ProjectFilterSet(RecordFilterSet):
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=countries_by_name, method="filter_country"
    )
    status = django_filters.ChoiceFilter(
        label=pgettext_lazy("cooperation", "Status"), choices=ProjectStatus.choices
    )
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=SectorCode.choices, field_name="sector__code"
    )

    class Meta(RecordFilterSet.Meta):
        model = ProjectPage

    def filter_country(self, queryset, name, value):
        return queries.projects_of_country(queryset, value)
