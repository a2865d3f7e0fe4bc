"""The filters and lists of the cooperation records, shared by the public pages, the CSV
export and the JSON API, so all three answer the same question the same way.

Every list here costs a constant number of queries however many records it holds: related
rows come by `select_related`/`prefetch_related`, and filters on related rows are `Exists`
subqueries (no joins that multiply rows).
"""

from django import forms
from django.db import connection
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

from news.models import (
    ArticleAgreementLink,
    ArticleCountryLink,
    ArticleDelegationLink,
    ArticleOrganisationLink,
    ArticlePage,
    ArticlePlaceLink,
    ArticleProjectLink,
)
from portal.translation_utils import localized_field_name

from .choices import AgreementKind, AgreementStatus, Direction, ProjectStatus, SectorCode
from .models import (
    AgreementPage,
    AgreementParty,
    Country,
    DelegationPage,
    Organisation,
    PartnerPlace,
    Person,
    PersonPosition,
    ProjectPage,
)

AGREEMENT_SORTS = {
    "-date": ("-record_date", "-pk"),
    "date": ("record_date", "pk"),
}


def alphabetical(field_name, language):
    """An ordering expression that sorts a text column in the language's alphabet.

    PostgreSQL's ICU collations put the nine Kazakh letters where they belong (ә after а,
    ө after о); the database's default collation may put them after я. SQLite has no ICU:
    there the plain column is used.
    """
    if connection.vendor == "postgresql":
        return Collate(F(field_name), f"{language}-x-icu")
    return F(field_name)


def blank_choice(choices):
    return [("", "")] + list(choices)


class CountryField(forms.CharField):
    """A country by its ISO code (any case); an unknown code is a form error."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        country = Country.objects.filter(code__iexact=value.strip()).first()
        if country is None:
            raise forms.ValidationError(_("No country with this code."), code="unknown")
        return country


class PlaceField(forms.SlugField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        place = PartnerPlace.objects.select_related("country").filter(slug=value).first()
        if place is None:
            raise forms.ValidationError(_("No partner place with this name."), code="unknown")
        return place


class PageNumberField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(required=False, min_value=1, max_value=100_000, **kwargs)


class AgreementFilterForm(forms.Form):
    """The register's filters. An invalid value is a 400 for the reader, never a 500."""

    country = CountryField(required=False, max_length=2)
    place = PlaceField(required=False, max_length=100)
    kind = forms.ChoiceField(required=False, choices=blank_choice(AgreementKind.choices))
    field = forms.ChoiceField(required=False, choices=blank_choice(SectorCode.choices))
    status = forms.ChoiceField(required=False, choices=blank_choice(AgreementStatus.choices))
    year = forms.IntegerField(required=False, min_value=1991, max_value=2100)
    sort = forms.ChoiceField(
        required=False,
        choices=[
            ("-date", _("newest first")),
            ("date", _("oldest first")),
            ("title", _("by title")),
        ],
    )
    page = PageNumberField()


class DelegationFilterForm(forms.Form):
    country = CountryField(required=False, max_length=2)
    direction = forms.ChoiceField(required=False, choices=blank_choice(Direction.choices))
    year = forms.IntegerField(required=False, min_value=1991, max_value=2100)
    page = PageNumberField()


class ProjectFilterForm(forms.Form):
    country = CountryField(required=False, max_length=2)
    status = forms.ChoiceField(required=False, choices=blank_choice(ProjectStatus.choices))
    sector = forms.ChoiceField(required=False, choices=blank_choice(SectorCode.choices))
    page = PageNumberField()


# Which rows belong to a country or a place.


def parties_in_country(country):
    return AgreementParty.objects.filter(
        Q(country=country)
        | Q(place__country=country)
        | Q(organisation__country=country)
        | Q(person__country=country)
    )


def parties_at_place(place):
    return AgreementParty.objects.filter(
        Q(place=place) | Q(place__parent=place) | Q(organisation__place=place)
    )


def agreements_of_country(queryset, country):
    return queryset.filter(Exists(parties_in_country(country).filter(page=OuterRef("pk"))))


def agreements_at_place(queryset, place):
    return queryset.filter(Exists(parties_at_place(place).filter(page=OuterRef("pk"))))


def delegations_of_country(queryset, country):
    through_countries = DelegationPage.countries.through.objects.filter(
        delegationpage=OuterRef("pk"), country=country
    )
    through_places = DelegationPage.places.through.objects.filter(
        delegationpage=OuterRef("pk"), partnerplace__country=country
    )
    return queryset.filter(Exists(through_countries) | Exists(through_places))


def delegations_at_place(queryset, place):
    through_places = DelegationPage.places.through.objects.filter(
        Q(partnerplace=place) | Q(partnerplace__parent=place), delegationpage=OuterRef("pk")
    )
    return queryset.filter(Exists(through_places))


def projects_of_country(queryset, country):
    partners = ProjectPage.partners.through.objects.filter(
        projectpage=OuterRef("pk"), organisation__country=country
    )
    return queryset.filter(Exists(partners))


def projects_at_place(queryset, place):
    partners = ProjectPage.partners.through.objects.filter(
        Q(organisation__place=place) | Q(organisation__place__parent=place),
        projectpage=OuterRef("pk"),
    )
    return queryset.filter(Exists(partners))


# Lists ready to show.


def positions_prefetch():
    """A person's positions, oldest first, for `Person.position_on`."""
    return Prefetch("positions", queryset=PersonPosition.objects.order_by("start_date"))


def people_with_positions():
    return Person.objects.prefetch_related(positions_prefetch())


# Kazakh Cyrillic in its own order (Russian's is the same without the nine extra letters), so
# "Әзірбайжан" sorts after "Ауғанстан", not after "Ямайка" as code points would have it. For
# names sorted in Python; `alphabetical` does the same in PostgreSQL.
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LETTER_ORDER = {letter: index for index, letter in enumerate(KAZAKH_ALPHABET)}


def name_key(value):
    """A sort key for names in any of the portal's languages: Latin, then Cyrillic."""
    key = []
    for char in str(value).casefold():
        if char in _LETTER_ORDER:
            key.append((1, _LETTER_ORDER[char]))
        else:
            key.append((0 if ord(char) < 0x400 else 2, ord(char)))
    return key


def agreements_for_listing(language):
    """Live agreements in `language` with what a register row shows, in 4 queries."""
    return (
        AgreementPage.objects.for_language(language)
        .prefetch_related(
            Prefetch(
                "parties",
                queryset=AgreementParty.objects.select_related(
                    "region", "country", "place__country", "organisation__country", "person"
                ),
            ),
            "sectors",
        )
        .order_by("-record_date", "-pk")
    )


def delegations_for_listing(language):
    return (
        DelegationPage.objects.for_language(language)
        .select_related("region", "event")
        .prefetch_related(
            "countries",
            Prefetch("places", queryset=PartnerPlace.objects.select_related("country")),
            Prefetch("leader", queryset=people_with_positions()),
        )
        .order_by("-start_date", "-pk")
    )


def projects_for_listing(language):
    return (
        ProjectPage.objects.for_language(language)
        .select_related("sector", "region")
        .prefetch_related(
            Prefetch("partners", queryset=Organisation.objects.select_related("country"))
        )
        .order_by("-first_published_at", "-pk")
    )


def filter_agreements(queryset, filters, language):
    """Apply the cleaned data of an `AgreementFilterForm`."""
    if filters.get("country"):
        queryset = agreements_of_country(queryset, filters["country"])
    if filters.get("place"):
        queryset = agreements_at_place(queryset, filters["place"])
    if filters.get("kind"):
        queryset = queryset.filter(kind=filters["kind"])
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("field"):
        sectors = AgreementPage.sectors.through.objects.filter(
            agreementpage=OuterRef("pk"), sector__code=filters["field"]
        )
        queryset = queryset.filter(Exists(sectors))
    if filters.get("year"):
        queryset = queryset.filter(record_date__year=filters["year"])
    sort = filters.get("sort") or "-date"
    if sort == "title":
        title = alphabetical(localized_field_name("title", language), language)
        return queryset.order_by(title.asc(), "pk")
    return queryset.order_by(*AGREEMENT_SORTS[sort])


def filter_delegations(queryset, filters):
    if filters.get("country"):
        queryset = delegations_of_country(queryset, filters["country"])
    if filters.get("direction"):
        queryset = queryset.filter(direction=filters["direction"])
    if filters.get("year"):
        queryset = queryset.filter(start_date__year=filters["year"])
    return queryset


def filter_projects(queryset, filters):
    if filters.get("country"):
        queryset = projects_of_country(queryset, filters["country"])
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("sector"):
        queryset = queryset.filter(sector__code=filters["sector"])
    return queryset


def articles_about(language, *, delegations=None, agreements=None, projects=None, **partners):
    """Live articles in `language` linked to any of the given records or partners, newest
    first. `partners` takes country=, place= or organisations= (a queryset)."""
    conditions = Q(pk__in=[])
    if delegations is not None:
        conditions |= Exists(
            ArticleDelegationLink.objects.filter(page=OuterRef("pk"), delegation__in=delegations)
        )
    if agreements is not None:
        conditions |= Exists(
            ArticleAgreementLink.objects.filter(page=OuterRef("pk"), agreement__in=agreements)
        )
    if projects is not None:
        conditions |= Exists(
            ArticleProjectLink.objects.filter(page=OuterRef("pk"), project__in=projects)
        )
    if partners.get("country") is not None:
        conditions |= Exists(
            ArticleCountryLink.objects.filter(page=OuterRef("pk"), country=partners["country"])
        )
    if partners.get("places") is not None:
        conditions |= Exists(
            ArticlePlaceLink.objects.filter(page=OuterRef("pk"), place__in=partners["places"])
        )
    if partners.get("organisations") is not None:
        conditions |= Exists(
            ArticleOrganisationLink.objects.filter(
                page=OuterRef("pk"), organisation__in=partners["organisations"]
            )
        )
    return ArticlePage.objects.for_listing(language).filter(conditions)


RECORD_LINKS = {
    DelegationPage: (ArticleDelegationLink, "delegation"),
    AgreementPage: (ArticleAgreementLink, "agreement"),
    ProjectPage: (ArticleProjectLink, "project"),
}


def articles_about_record(record, language):
    """The live articles in `language` about one delegation, agreement or project, newest
    first."""
    link_model, field = RECORD_LINKS[type(record)]
    links = link_model.objects.filter(page=OuterRef("pk"), **{field: record})
    return ArticlePage.objects.for_listing(language).filter(Exists(links))
