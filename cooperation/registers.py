"""The lists of the Cooperation section: the agreements register (and its CSV export), the
delegations by year and the projects. Called from the index pages (cooperation/models/pages.py).

Each list reads its filters with a form of `queries`: a malformed or unknown value is a 400 (the
project's 400 page, in the reader's language), a page past the end a 404. Every list shows only
the records that exist in the reader's language, at a constant number of queries.
"""

import csv
from urllib.parse import urlencode

from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.http import Http404, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import AgreementKind, AgreementStatus, Direction, ProjectStatus, SectorCode
from .models import (
    AgreementPage,
    AgreementParty,
    Country,
    DelegationPage,
    PartnerPlace,
    ProjectPage,
)
from .queries import (
    AgreementFilterForm,
    DelegationFilterForm,
    ProjectFilterForm,
    agreements_for_listing,
    delegations_for_listing,
    filter_agreements,
    filter_delegations,
    filter_projects,
    name_key,
    projects_for_listing,
)

# Reading the filters.


def cleaned_filters(form_class, request):
    form = form_class(request.GET)
    if not form.is_valid():
        raise BadRequest(f"Invalid filter: {form.errors.as_json()}")
    return form.cleaned_data


def query_value(value):
    """How a cleaned filter value is written in the address."""
    if value is None or value == "":
        return ""
    if isinstance(value, Country):
        return value.url_code
    if isinstance(value, PartnerPlace):
        return value.slug
    return str(value)


def filter_query(filters, **changes):
    """The query string of the filters in use (no page, no unknown parameters such as
    utm_source), with `changes` applied."""
    values = {name: query_value(value) for name, value in filters.items() if name != "page"}
    values.update({name: query_value(value) for name, value in changes.items()})
    return urlencode([(name, value) for name, value in values.items() if value])


def paginate(queryset, per_page, number):
    paginator = Paginator(queryset, per_page)
    number = number or 1
    if number > paginator.num_pages:
        raise Http404("No such page")
    page_obj = paginator.page(number)
    page_obj.object_list = list(page_obj.object_list)
    return paginator, page_obj


def select(name, label, options, filters, all_label=None):
    """One select of the filter form (components/filter-form.html)."""
    return {
        "name": name,
        "id": f"filter-{name}",
        "label": label,
        "all_label": all_label,
        "options": [(str(value), text) for value, text in options],
        "selected": query_value(filters.get(name)),
    }


def country_options(countries):
    return [(country.url_code, country.name) for country in sorted(countries, key=name_key)]


def list_context(page, request, filters, paginator, page_obj, fields):
    return {
        "page_obj": page_obj,
        "paginator": paginator,
        "filter_query": filter_query(filters),
        "filter_fields": fields,
        "is_filtered": any(
            query_value(value) for name, value in filters.items() if name not in ("page", "sort")
        ),
        "list_url": page.get_url(request),
    }


# The agreements register.


def agreement_parties(records):
    return AgreementParty.objects.filter(page__in=records.values("pk"))


def countries_with_agreements(records):
    country = OuterRef("pk")
    parties = agreement_parties(records).filter(
        Q(country=country)
        | Q(place__country=country)
        | Q(organisation__country=country)
        | Q(person__country=country)
    )
    return Country.objects.filter(Exists(parties))


def places_with_agreements(records):
    """The places `queries.agreements_at_place` finds agreements for."""
    place = OuterRef("pk")
    parties = agreement_parties(records).filter(
        Q(place=place) | Q(place__parent=place) | Q(organisation__place=place)
    )
    return PartnerPlace.objects.filter(Exists(parties)).select_related("country")


def agreement_filter_fields(records, filters):
    places = sorted(places_with_agreements(records), key=name_key)
    years = {day.year for day in records.dates("record_date", "year", order="DESC")}
    if filters["year"]:
        years.add(filters["year"])  # a year with no agreement, still shown as chosen
    return [
        select(
            "country",
            _("Country"),
            country_options(countries_with_agreements(records)),
            filters,
            _("All countries"),
        ),
        select(
            "place",
            _("Partner region or city"),
            [(place.slug, f"{place.name} ({place.country.name})") for place in places],
            filters,
            _("All places"),
        ),
        select("kind", _("Kind"), AgreementKind.choices, filters, _("All kinds")),
        select(
            "field",
            pgettext_lazy("cooperation", "Field"),
            SectorCode.choices,
            filters,
            _("All fields"),
        ),
        select(
            "status",
            pgettext_lazy("cooperation", "Status"),
            AgreementStatus.choices,
            filters,
            _("All statuses"),
        ),
        select(
            "year",
            _("Year"),
            [(year, year) for year in sorted(years, reverse=True)],
            filters,
            _("All years"),
        ),
        select("sort", _("Order"), AgreementFilterForm.base_fields["sort"].choices, filters),
    ]


def agreement_register_context(page, request):
    language = translation.get_language()
    filters = cleaned_filters(AgreementFilterForm, request)
    found = filter_agreements(agreements_for_listing(language).child_of(page), filters, language)
    paginator, page_obj = paginate(found, page.per_page, filters["page"])
    records = AgreementPage.objects.for_language(language).child_of(page)
    context = list_context(
        page, request, filters, paginator, page_obj, agreement_filter_fields(records, filters)
    )
    query = context["filter_query"]
    csv_url = context["list_url"] + page.reverse_subpage("csv_export")
    context.update(
        agreements=page_obj.object_list,
        csv_url=f"{csv_url}?{query}" if query else csv_url,
    )
    return context


CSV_COLUMNS = [
    pgettext_lazy("cooperation", "Title"),
    _("Kind"),
    _("Parties"),
    _("Countries"),
    _("Date of signing"),
    _("Place of signing"),
    pgettext_lazy("cooperation", "Fields"),
    pgettext_lazy("cooperation", "Status"),
    _("Status since"),
    _("Address"),
]


def spreadsheet_safe(text):
    """Text a spreadsheet shows as text: a leading = + - @ would make it a formula."""
    text = str(text)
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def csv_labels():
    """The translated labels of kinds, statuses and fields, made once per file (Django's
    get_FOO_display builds its dictionary again on each call)."""
    return {
        "kind": {code: capfirst(str(label)) for code, label in AgreementKind.choices},
        "status": {code: capfirst(str(label)) for code, label in AgreementStatus.choices},
        "field": {code: capfirst(str(label)) for code, label in SectorCode.choices},
    }


def agreement_csv_row(agreement, request, labels):
    parties = agreement.parties.all()
    countries = []
    for party in parties:
        country = party.country_of_party
        if country is not None and country not in countries:
            countries.append(country)
    return [
        spreadsheet_safe(agreement.title),
        labels["kind"][agreement.kind],
        spreadsheet_safe("; ".join(str(party.entity) for party in parties)),
        spreadsheet_safe("; ".join(country.name for country in countries)),
        agreement.signed_on.isoformat() if agreement.signed_on else "",
        spreadsheet_safe(agreement.signing_place),
        "; ".join(labels["field"][sector.code] for sector in agreement.sectors.all()),
        labels["status"][agreement.status],
        agreement.status_date.isoformat() if agreement.status_date else "",
        agreement.get_full_url(request),
    ]


class Echo:
    """A file-like object for csv.writer that hands each line back instead of storing it."""

    def write(self, value):
        return value


def agreement_csv_response(page, request):
    """The whole filtered register (every page of it) in the page's language, for
    spreadsheets: UTF-8 with a byte-order mark, so Excel reads Kazakh letters right."""
    language = translation.get_language()
    filters = cleaned_filters(AgreementFilterForm, request)
    found = filter_agreements(agreements_for_listing(language).child_of(page), filters, language)
    # The country of a person party: one more query for the whole list.
    agreements = list(found.prefetch_related("parties__person__country"))
    # Rows are made now, in the active language; only the writing is streamed.
    rows = [[str(title) for title in CSV_COLUMNS]]
    labels = csv_labels()
    rows += [agreement_csv_row(agreement, request, labels) for agreement in agreements]
    writer = csv.writer(Echo())
    lines = (writer.writerow(row) for row in rows)
    response = StreamingHttpResponse(_with_bom(lines), content_type="text/csv; charset=utf-8")
    filename = f"agreements-{language}-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _with_bom(lines):
    yield "\ufeff"
    yield from lines


# The delegations.


def countries_with_delegations(records):
    through_countries = DelegationPage.countries.through.objects.filter(
        delegationpage__in=records.values("pk"), country=OuterRef("pk")
    )
    through_places = DelegationPage.places.through.objects.filter(
        delegationpage__in=records.values("pk"), partnerplace__country=OuterRef("pk")
    )
    return Country.objects.filter(Exists(through_countries) | Exists(through_places))


def delegation_list_context(page, request):
    language = translation.get_language()
    filters = cleaned_filters(DelegationFilterForm, request)
    found = filter_delegations(delegations_for_listing(language).child_of(page), filters)
    paginator, page_obj = paginate(found, page.per_page, filters["page"])

    records = DelegationPage.objects.for_language(language).child_of(page)
    # The years with their counts under the other filters: the reader sees where to go.
    year_counts = (
        filter_delegations(records, {**filters, "year": None})
        .order_by()
        .annotate(year=ExtractYear("start_date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("-year")
    )
    years = [
        {
            "year": row["year"],
            "count": row["count"],
            "query": filter_query(filters, year=row["year"]),
            "current": row["year"] == filters["year"],
        }
        for row in year_counts
    ]
    year_options = {row["year"] for row in years} | ({filters["year"]} - {None})
    fields = [
        select(
            "country",
            _("Country"),
            country_options(countries_with_delegations(records)),
            filters,
            _("All countries"),
        ),
        select("direction", _("Direction"), Direction.choices, filters, _("Both directions")),
        select(
            "year",
            _("Year"),
            [(year, year) for year in sorted(year_options, reverse=True)],
            filters,
            _("All years"),
        ),
    ]
    context = list_context(page, request, filters, paginator, page_obj, fields)
    context.update(
        delegations=page_obj.object_list,
        years=years,
        all_years_query=filter_query(filters, year=None),
        filter_year=filters["year"],
    )
    return context


# The projects.


def countries_with_projects(records):
    partners = ProjectPage.partners.through.objects.filter(
        projectpage__in=records.values("pk"), organisation__country=OuterRef("pk")
    )
    return Country.objects.filter(Exists(partners))


def project_list_context(page, request):
    language = translation.get_language()
    filters = cleaned_filters(ProjectFilterForm, request)
    found = filter_projects(projects_for_listing(language).child_of(page), filters)
    paginator, page_obj = paginate(found, page.per_page, filters["page"])
    records = ProjectPage.objects.for_language(language).child_of(page)
    fields = [
        select(
            "country",
            _("Partner country"),
            country_options(countries_with_projects(records)),
            filters,
            _("All countries"),
        ),
        select("sector", _("Sector"), SectorCode.choices, filters, _("All sectors")),
        select(
            "status",
            pgettext_lazy("cooperation", "Status"),
            ProjectStatus.choices,
            filters,
            _("All statuses"),
        ),
    ]
    context = list_context(page, request, filters, paginator, page_obj, fields)
    context["projects"] = page_obj.object_list
    return context
