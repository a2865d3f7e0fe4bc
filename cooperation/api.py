"""A read-only JSON API of the cooperation records, built on Wagtail's API v2.

Mounted under each language prefix (/kk/api/v2/, /ru/api/v2/, /en/api/v2/; see portal/urls.py):
the URL's language is the active one, so modeltranslation serves every translated field in it,
and the records listed are the live ones that exist in that language, like the public lists.

Endpoints: countries/, agreements/, delegations/, projects/, each with a listing (limit/offset,
`fields=`) and a detail view (<id>/). The filters are the public lists' own forms and functions
(cooperation/queries.py), so the API and the register can never disagree.
"""

from django.conf import settings
from django.db.models import F, Func, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.functional import cached_property
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from wagtail.api import APIField
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.rich_text import APIRichText
from wagtail.api.utils import get_full_url
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import BaseSerializer, PageSerializer
from wagtail.api.v2.utils import BadRequestError, get_object_detail_url
from wagtail.api.v2.views import BaseAPIViewSet

from portal.visibility import is_readable

from . import queries
from .models import (
    AgreementDocument,
    AgreementPage,
    AgreementSignatory,
    AgreementStatusChange,
    CooperationIndexPage,
    Country,
    DelegationMember,
    DelegationPage,
    PartnerPlace,
    ProgrammeItem,
    ProjectPage,
)

# Parameters every endpoint understands (Wagtail's, less search and its own field filters).
COMMON_PARAMETERS = frozenset(["limit", "offset", "fields", "rich_text_format", "format", "_"])


class ComputedField(Field):
    """A read-only field made by `function(instance, context)` from the whole instance."""

    def __init__(self, function, **kwargs):
        self.function = function
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return self.function(instance, self.context)


def computed(name, function):
    return APIField(name, serializer=ComputedField(function))


def display(field_name):
    """The translated label of a choice field, e.g. "memorandum" -> "меморандум"."""
    return computed(
        f"{field_name}_display", lambda obj, context: getattr(obj, f"get_{field_name}_display")()
    )


# Small shapes shared by the endpoints. Lists read `.all()`, served by get_queryset's prefetches.


def country_code(country):
    return country.code if country else None


def place_data(place):
    if place is None:
        return None
    return {"slug": place.slug, "name": place.name, "country": country_code(place.country)}


def region_data(region):
    return {"slug": region.slug, "name": region.name} if region else None


def person_data(person, day):
    if person is None:
        return None
    return {"name": person.name, "position": person.position_on(day)}


def event_data(event):
    if event is None:
        return None
    return {
        "name": event.name,
        "edition": event.edition,
        "venue": event.venue,
        "country": country_code(event.country),
        "start_date": iso(event.start_date),
        "end_date": iso(event.end_date),
    }


def iso(day):
    return day.isoformat() if day else None


def number(value):
    """A Decimal as a JSON number: 926 rather than "926.00"."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def page_reference(page, context):
    """A related record the way Wagtail nests pages (id, meta, title), or None when it is not
    published in this language: its detail would be a 404."""
    language = translation.get_language()
    if page is None or not is_readable(page) or not page.has_language(language):
        return None
    request = context["request"]
    return {
        "id": page.pk,
        "meta": {
            "type": f"{page._meta.app_label}.{type(page).__name__}",
            "detail_url": get_object_detail_url(context["router"], request, type(page), page.pk),
            "html_url": page.get_full_url(request),
        },
        "title": page.title,
    }


class HtmlUrlField(Field):
    """The page's address in the active language. Wagtail's own field reads `page.full_url`,
    which looks the sites up again for every page; this one passes the request, which holds
    them."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page.get_full_url(self.context["request"])


class RecordSerializer(PageSerializer):
    html_url = HtmlUrlField()
    languages = ComputedField(lambda page, context: page.available_languages)


class FilterFormBackend(BaseFilterBackend):
    """The filters of the public lists, through their own form and filter function. An invalid
    value is a 400 with Wagtail's {"message": ...} body, never a 500. Listings only: a record's
    detail answers whatever filters the address carries."""

    def filter_queryset(self, request, queryset, view):
        if view.action != "listing_view":
            return queryset
        form = view.filter_form_class(view.filter_data(request))
        if not form.is_valid():
            # One language for every error message of the API: Wagtail's own are English.
            with translation.override("en"):
                message = " ".join(
                    f"{field}: {' '.join(str(error) for error in errors)}"
                    for field, errors in form.errors.items()
                )
            raise BadRequestError(message)
        return view.apply_filters(queryset, form.cleaned_data)


class BoundedPagination(WagtailPagination):
    """Wagtail's limit/offset pages, with an offset the database can take: past MAX_OFFSET
    there is nothing to list, and a number past PostgreSQL's bigint would fail the query."""

    MAX_OFFSET = 10_000_000

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", "0"))
        except ValueError:
            raise BadRequestError("offset must be a positive integer") from None
        if offset > self.MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {self.MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class CooperationAPIViewSet(BaseAPIViewSet):
    """What the endpoints share. Wagtail's BaseAPIViewSet lets through, besides its operations,
    any database field name as a query parameter, for its FieldsFilter; the filters here are the
    lists' forms instead, so only their fields are known, and anything else is a 400."""

    filter_backends = [FilterFormBackend]
    pagination_class = BoundedPagination
    # JSON only: the browsable HTML pages (forms, scripts) are for development.
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer] if settings.DEBUG else [JSONRenderer]
    filter_form_class = None
    known_query_parameters = COMMON_PARAMETERS

    @cached_property
    def language(self):
        return translation.get_language()

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            names = ", ".join(sorted(unknown))
            raise BadRequestError(
                f"query parameter is not an operation or a recognised filter: {names}"
            )

    def filter_data(self, request):
        fields = self.filter_form_class.base_fields
        return {name: value for name, value in request.GET.items() if name in fields}

    @cached_property
    def public_pages(self):
        """The ids of the pages Wagtail's pages API would show here: live, not behind a view
        restriction, of this request's site. Reading the restrictions is one query."""
        return get_public_pages_queryset(self.request).values("pk")

    def records(self, model):
        """The records of `model` listed in this language."""
        return model.objects.for_language(self.language).filter(pk__in=self.public_pages)

    @cached_property
    def section(self):
        return CooperationIndexPage.objects.for_readers().first()


def filter_parameters(form_class, *extra):
    # "page" is the HTML lists' page number: the API pages with limit/offset.
    return COMMON_PARAMETERS | (set(form_class.base_fields) - {"page"}) | set(extra)


class RecordsAPIViewSet(CooperationAPIViewSet):
    """Delegations, agreements and projects: live pages in the URL's language.

    Built on BaseAPIViewSet with Wagtail's page serializer rather than on PagesAPIViewSet, whose
    type, tree, locale and search filters and locale/parent fields belong to a tree of Wagtail
    locales; here the languages are fields of one page and the filters are the lists'. The
    visibility is PagesAPIViewSet's (get_public_pages_queryset: live, public, of this site).
    """

    base_serializer_class = RecordSerializer
    body_fields = ["id", "title"]
    meta_fields = ["type", "detail_url", "html_url", "slug", "first_published_at", "languages"]
    nested_default_fields = ["id", "type", "detail_url", "title"]
    listing_queryset = None  # a function of the language, from cooperation.queries

    def get_queryset(self):
        listed = type(self).listing_queryset(self.language)
        return self.prefetch(listed.filter(pk__in=self.public_pages))

    def prefetch(self, queryset):
        return queryset

    def resolve_rich_text_format(self):
        # Wagtail's default is its database HTML, whose internal links (<a linktype="page"
        # id="3">) no consumer can follow; give the HTML the public page shows instead.
        if "rich_text_format" in self.request.GET or hasattr(settings, APIRichText.SETTING_NAME):
            return super().resolve_rich_text_format()
        return APIRichText.FORMAT_HTML


# Agreements


def party_data(party):
    entity = party.entity
    kind = next(name for name in party.ENTITY_FIELDS if getattr(party, f"{name}_id"))
    return {
        "type": kind,
        "name": str(entity),
        "country": country_code(party.country_of_party),
        "slug": entity.slug if kind in ("region", "place") else None,
    }


def agreement_documents(agreement, context):
    request = context["request"]
    return [
        {
            "language": item.language,
            "title": item.document.title,
            "url": get_full_url(request, item.document.url),
        }
        for item in agreement.documents.all()
    ]


class AgreementsAPIViewSet(RecordsAPIViewSet):
    model = AgreementPage
    name = "agreements"
    filter_form_class = queries.AgreementFilterForm
    listing_queryset = staticmethod(queries.agreements_for_listing)
    # `order` is Wagtail's name for the sort; `sort` the register's. Both take its values.
    known_query_parameters = filter_parameters(queries.AgreementFilterForm, "order")

    body_fields = RecordsAPIViewSet.body_fields + [
        "kind",
        display("kind"),
        "summary",
        computed("date", lambda obj, context: iso(obj.record_date)),
        "signed_on",
        "signing_place",
        computed("parties", lambda obj, context: [party_data(p) for p in obj.parties.all()]),
        computed(
            "signatories",
            lambda obj, context: [
                person_data(item.person, obj.signed_on) for item in obj.signatories.all()
            ],
        ),
        computed(
            "fields",
            lambda obj, context: [
                {"code": sector.code, "name": sector.label} for sector in obj.sectors.all()
            ],
        ),
        "status",
        display("status"),
        computed(
            "status_history",
            lambda obj, context: [
                {
                    "date": iso(change.date),
                    "status": change.status,
                    "status_display": change.get_status_display(),
                    "note": change.note,
                }
                for change in obj.status_history.all()
            ],
        ),
        computed("documents", agreement_documents),
        computed("delegation", lambda obj, context: page_reference(obj.delegation, context)),
        computed("event", lambda obj, context: event_data(obj.event)),
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "html_url",
        "title",
        "kind",
        "kind_display",
        "date",
        "signed_on",
        "parties",
        "fields",
        "status",
        "status_display",
    ]

    def filter_data(self, request):
        data = super().filter_data(request)
        if "order" in request.GET:
            if data.get("sort", request.GET["order"]) != request.GET["order"]:
                raise BadRequestError("give the order either as sort or as order, not both")
            data["sort"] = request.GET["order"]
        return data

    def apply_filters(self, queryset, filters):
        return queries.filter_agreements(queryset, filters, self.language)

    def prefetch(self, queryset):
        return queryset.select_related("delegation", "event").prefetch_related(
            "parties__person__country",
            "event__country",
            Prefetch(
                "signatories",
                queryset=AgreementSignatory.objects.prefetch_related(
                    Prefetch("person", queryset=queries.people_with_positions())
                ),
            ),
            Prefetch(
                "status_history",
                queryset=AgreementStatusChange.objects.order_by("date", "sort_order"),
            ),
            Prefetch("documents", queryset=AgreementDocument.objects.select_related("document")),
        )


# Delegations


def member_data(member, day):
    # The role given for the visit, else the position the member held then (as on the page).
    return {"name": member.person.name, "role": member.role or member.person.position_on(day)}


def programme_data(item):
    return {
        "date": iso(item.date),
        "time": item.time.isoformat(timespec="minutes") if item.time else None,
        "kind": item.kind,
        "kind_display": item.get_kind_display(),
        "description": item.description,
        "counterpart": person_data(item.counterpart, item.date),
        "organisation": item.organisation.name if item.organisation else None,
        "place": place_data(item.place),
    }


class DelegationsAPIViewSet(RecordsAPIViewSet):
    model = DelegationPage
    name = "delegations"
    filter_form_class = queries.DelegationFilterForm
    listing_queryset = staticmethod(queries.delegations_for_listing)
    known_query_parameters = filter_parameters(queries.DelegationFilterForm)

    body_fields = RecordsAPIViewSet.body_fields + [
        "direction",
        display("direction"),
        computed("region", lambda obj, context: region_data(obj.region)),
        computed(
            "countries",
            lambda obj, context: [
                {"code": country.code, "name": country.name} for country in obj.countries.all()
            ],
        ),
        computed("places", lambda obj, context: [place_data(p) for p in obj.places.all()]),
        "start_date",
        "end_date",
        computed("leader", lambda obj, context: person_data(obj.leader, obj.start_date)),
        computed(
            "members",
            lambda obj, context: [member_data(m, obj.start_date) for m in obj.members.all()],
        ),
        "purpose",
        computed(
            "programme", lambda obj, context: [programme_data(item) for item in obj.programme.all()]
        ),
        "outcomes",
        computed("event", lambda obj, context: event_data(obj.event)),
        computed(
            "agreements",
            lambda obj, context: [page_reference(a, context) for a in obj.agreements.all()],
        ),
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "html_url",
        "title",
        "direction",
        "direction_display",
        "start_date",
        "end_date",
        "countries",
        "places",
        "leader",
    ]

    def apply_filters(self, queryset, filters):
        return queries.filter_delegations(queryset, filters)

    def prefetch(self, queryset):
        people = queries.people_with_positions()
        return queryset.prefetch_related(
            "event__country",
            Prefetch(
                "members",
                queryset=DelegationMember.objects.prefetch_related(
                    Prefetch("person", queryset=people)
                ),
            ),
            Prefetch(
                "programme",
                queryset=ProgrammeItem.objects.select_related("organisation", "place__country")
                .prefetch_related(Prefetch("counterpart", queryset=people))
                .order_by("date", "time", "sort_order"),
            ),
            Prefetch(
                "agreements",
                queryset=self.records(AgreementPage).order_by("record_date", "pk"),
            ),
        )


# Projects


class ProjectsAPIViewSet(RecordsAPIViewSet):
    model = ProjectPage
    name = "projects"
    filter_form_class = queries.ProjectFilterForm
    listing_queryset = staticmethod(queries.projects_for_listing)
    known_query_parameters = filter_parameters(queries.ProjectFilterForm)

    body_fields = RecordsAPIViewSet.body_fields + [
        "summary",
        computed(
            "partners",
            lambda obj, context: [
                {
                    "name": partner.name,
                    "short_name": partner.short_name,
                    "country": country_code(partner.country),
                }
                for partner in obj.partners.all()
            ],
        ),
        computed(
            "sector",
            lambda obj, context: (
                {"code": obj.sector.code, "name": obj.sector.label} if obj.sector else None
            ),
        ),
        computed("region", lambda obj, context: region_data(obj.region)),
        "location",
        computed(
            "capacity",
            lambda obj, context: (
                {"value": number(obj.capacity_value), "unit": obj.capacity_unit}
                if obj.capacity_value is not None
                else None
            ),
        ),
        computed(
            "investment",
            lambda obj, context: (
                {"amount": number(obj.investment_amount), "currency": obj.investment_currency}
                if obj.investment_amount is not None
                else None
            ),
        ),
        "status",
        display("status"),
        "start_year",
        computed("agreement", lambda obj, context: page_reference(obj.agreement, context)),
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "html_url",
        "title",
        "sector",
        "partners",
        "capacity",
        "investment",
        "status",
        "status_display",
    ]

    def apply_filters(self, queryset, filters):
        return queries.filter_projects(queryset, filters)

    def prefetch(self, queryset):
        return queryset.select_related("agreement")


# Countries


def count(queryset):
    """The number of rows of `queryset`, as a subquery of the outer query."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted[:1], output_field=IntegerField()), 0)


class CountryHtmlUrlField(HtmlUrlField):
    """The country's page: the section's route countries/<code>/."""

    def to_representation(self, country):
        section = self.context["view"].section
        if section is None:
            return None
        path = section.reverse_subpage("country", kwargs={"code": country.url_code})
        return section.get_full_url(self.context["request"]) + path


class CountrySerializer(BaseSerializer):
    html_url = CountryHtmlUrlField()


class CountriesAPIViewSet(CooperationAPIViewSet):
    """Every partner country (a snippet; its name falls back per modeltranslation), with the
    number of records about it that this language's lists show."""

    model = Country
    name = "countries"
    base_serializer_class = CountrySerializer
    filter_backends = []
    find_query_parameters = frozenset(["id", "code"])
    body_fields = [
        "id",
        "code",
        "name",
        computed(
            "counts",
            lambda obj, context: {
                "agreements": obj.agreement_count,
                "delegations": obj.delegation_count,
                "projects": obj.project_count,
            },
        ),
        computed("places", lambda obj, context: [place_data(p) for p in obj.places.all()]),
    ]
    meta_fields = ["type", "detail_url", "html_url"]
    listing_default_fields = ["id", "type", "detail_url", "html_url", "code", "name", "counts"]
    nested_default_fields = ["id", "type", "detail_url", "code", "name"]

    def get_queryset(self):
        # OuterRef(OuterRef("pk")): the country of the outer query, two levels up from the rows
        # that link a record to it.
        country = OuterRef(OuterRef("pk"))
        return (
            Country.objects.annotate(
                agreement_count=count(
                    queries.agreements_of_country(self.records(AgreementPage), country)
                ),
                delegation_count=count(
                    queries.delegations_of_country(self.records(DelegationPage), country)
                ),
                project_count=count(
                    queries.projects_of_country(self.records(ProjectPage), country)
                ),
            )
            .prefetch_related(
                Prefetch("places", queryset=PartnerPlace.objects.select_related("country"))
            )
            .order_by("code")
        )

    def find_object(self, queryset, request):
        if "code" in request.GET:
            return queryset.filter(code__iexact=request.GET["code"].strip()).first()
        return super().find_object(queryset, request)


api_router = WagtailAPIRouter("api")
api_router.register_endpoint("countries", CountriesAPIViewSet)
api_router.register_endpoint("agreements", AgreementsAPIViewSet)
api_router.register_endpoint("delegations", DelegationsAPIViewSet)
api_router.register_endpoint("projects", ProjectsAPIViewSet)
