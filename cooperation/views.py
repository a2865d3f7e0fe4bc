"""What the Cooperation section, the country and place pages and the record pages show.

Called from the pages' `get_context` and routes (cooperation/models/pages.py). Every page here
costs a constant number of queries however many records it lists: people come with their
positions in one prefetch, lists come from the prefetched querysets of `queries`.
"""

from collections import defaultdict
from datetime import time
from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import (
    Count,
    Q,
    prefetch_related_objects,
)
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.models import Page

from portal.models import PressServiceSettings
from portal.templatetags.portal_tags import json_ld
from portal.translation_utils import default_language
from portal.visibility import for_readers, is_readable, restricted_paths

from . import queries
from .choices import AgreementStatus, Direction
from .models import (
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    CooperationIndexPage,
    Country,
    DelegationIndexPage,
    DelegationPage,
    Event,
    Organisation,
    PartnerPlace,
    ProjectIndexPage,
    ProjectPage,
)

LATEST_ON_SECTION = 3
LATEST_ON_PARTNER_PAGE = 6
ARTICLES_ON_PARTNER_PAGE = 12
ARTICLES_ON_RECORD_PAGE = 20
HOME_COUNTRY = "KZ"

# Helpers shared by the pages.


def with_positions(people):
    """Load the positions of these people in one query (for `position_on`)."""
    people = [person for person in people if person is not None]
    if people:
        prefetch_related_objects(people, queries.positions_prefetch())
    return people


class SectionLinks:
    """The URLs of the section, its lists, and the routed country and place pages."""

    def __init__(self, section, request):
        self.section = section
        self.request = request
        self.url = section.get_url(request) if section else None

    @cached_property
    def lists(self):
        """{page class: URL} of the section's live lists (one query, on first use)."""
        if self.section is None:
            return {}
        return {
            child.specific_class: child.get_url(self.request)
            for child in for_readers(Page.objects.child_of(self.section))
        }

    @property
    def agreements(self):
        return self.lists.get(AgreementIndexPage)

    @property
    def delegations(self):
        return self.lists.get(DelegationIndexPage)

    @property
    def projects(self):
        return self.lists.get(ProjectIndexPage)

    def filtered(self, list_url, **params):
        if not list_url:
            return None
        return f"{list_url}?{urlencode(params)}"

    def route(self, name, *args):
        if not self.url:
            return None
        return self.url + self.section.reverse_subpage(name, args=args)

    def country(self, country):
        return self.route("country", country.url_code) if country else None

    def place(self, place):
        return self.route("place", place.slug) if place and place.slug else None

    @property
    def countries(self):
        return self.route("countries")


def section_of(page):
    return CooperationIndexPage.objects.for_readers().ancestor_of(page).first()


def live_section():
    return CooperationIndexPage.objects.for_readers().first()


def routed_language_context(page, request, suffix):
    """The language switch, alternates and translations of a routed page: the section's URL in
    each language with the route's suffix (as TranslatedPage.get_context gives for a page)."""
    urls = {
        code: (path + suffix, full + suffix)
        for code, (path, full) in page.language_urls(request).items()
    }
    names = dict(settings.LANGUAGES)
    versions = [code for code in page.available_languages if code in urls]
    return {
        "language_paths": {code: path for code, (path, _full) in urls.items()},
        "translations": [
            {"code": code, "name": names[code], "url": urls[code][0]} for code in versions
        ],
        "alternates": [{"code": code, "url": urls[code][1]} for code in versions],
        "x_default_url": urls.get(default_language(), ("", ""))[1],
    }


def partner_countries(language):
    """Every country, with the number of its delegations, agreements and projects in
    `language` as attributes (`delegation_count`, ..., `record_count`).

    Five queries whatever the number of countries: the links of the live records to
    countries are read once and grouped here (correlated counts per country took seconds on
    the benchmark's 7 000 records).
    """
    delegations = DelegationPage.objects.for_language(language)
    agreements = AgreementPage.objects.for_language(language)
    projects = ProjectPage.objects.for_language(language)
    records = {
        "delegation": defaultdict(set),
        "agreement": defaultdict(set),
        "project": defaultdict(set),
    }
    for through, country_field in (
        (DelegationPage.countries.through, "country_id"),
        (DelegationPage.places.through, "partnerplace__country_id"),
    ):
        for delegation_id, country_id in through.objects.filter(
            delegationpage__in=delegations
        ).values_list("delegationpage_id", country_field):
            records["delegation"][country_id].add(delegation_id)
    for agreement_id, *country_ids in AgreementParty.objects.filter(
        page__in=agreements
    ).values_list(
        "page_id",
        "country_id",
        "place__country_id",
        "organisation__country_id",
        "person__country_id",
    ):
        for country_id in country_ids:
            records["agreement"][country_id].add(agreement_id)
    for project_id, country_id in ProjectPage.partners.through.objects.filter(
        projectpage__in=projects
    ).values_list("projectpage_id", "organisation__country_id"):
        records["project"][country_id].add(project_id)
    countries = list(Country.objects.all())
    for country in countries:
        for kind, by_country in records.items():
            setattr(country, f"{kind}_count", len(by_country.get(country.pk, ())))
        country.record_count = (
            country.delegation_count + country.agreement_count + country.project_count
        )
    return countries


# The section page and its routes.


def is_index_route(request):
    match = getattr(request, "routable_resolver_match", None)
    return match is None or match.url_name == "index_route"


def section_context(page, request):
    if not is_index_route(request):
        return {}  # a routed page (countries, a country, a place): its view fills the context
    language = translation.get_language()
    links = SectionLinks(page, request)

    status_counts = dict(
        AgreementPage.objects.for_language(language)
        .order_by()
        .values_list("status")
        .annotate(total=Count("pk"))
    )
    agreements_by_status = [
        {
            "label": label,
            "count": status_counts[code],
            "url": links.filtered(links.agreements, status=code),
        }
        for code, label in AgreementStatus.choices
        if status_counts.get(code)
    ]
    delegations_by_year = [
        {"year": year, "count": total, "url": links.filtered(links.delegations, year=year)}
        for year, total in DelegationPage.objects.for_language(language)
        .order_by()
        .annotate(year=ExtractYear("start_date"))
        .values_list("year")
        .annotate(total=Count("pk"))
        .order_by("-year")
    ]
    countries = sorted(
        (country for country in partner_countries(language) if country.record_count),
        key=lambda country: (-country.record_count, queries.name_key(country.name)),
    )
    for country in countries:
        country.page_url = links.country(country)
    return {
        "links": links,
        "agreements_by_status": agreements_by_status,
        "delegations_by_year": delegations_by_year,
        "countries": countries,
        "latest_agreements": list(queries.agreements_for_listing(language)[:LATEST_ON_SECTION]),
        "latest_delegations": list(queries.delegations_for_listing(language)[:LATEST_ON_SECTION]),
        "latest_projects": list(queries.projects_for_listing(language)[:LATEST_ON_SECTION]),
    }


def render_route(page, request, template, suffix, context):
    overrides = {**routed_language_context(page, request, suffix), **context}
    return page.render(request, template=template, context_overrides=overrides)


def countries_view(page, request):
    language = translation.get_language()
    links = SectionLinks(page, request)
    countries = sorted(partner_countries(language), key=lambda c: queries.name_key(c.name))
    for country in countries:
        country.page_url = links.country(country)
    return render_route(
        page,
        request,
        "cooperation/countries_page.html",
        page.reverse_subpage("countries"),
        # What a shared link's preview says (components/share-meta.html).
        {"links": links, "countries": countries, "share_title": gettext("Partner countries")},
    )


def partner_lists(delegations, agreements, projects, limit=LATEST_ON_PARTNER_PAGE):
    """Counts and the latest rows of three filtered listing querysets."""
    return {
        "delegation_count": delegations.count(),
        "delegations": list(delegations[:limit]),
        "agreement_count": agreements.count(),
        "agreements": list(agreements[:limit]),
        "project_count": projects.count(),
        "projects": list(projects[:limit]),
        "limit": limit,
    }


def articles_context(articles):
    return {
        "article_count": articles.count(),
        "articles": list(articles[:ARTICLES_ON_PARTNER_PAGE]),
    }


def country_view(page, request, code):
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise Http404("No such country")
    country = Country.objects.filter(code=code.upper()).first()
    if country is None:
        raise Http404("No such country")
    language = translation.get_language()
    links = SectionLinks(page, request)
    places = sorted(
        PartnerPlace.objects.filter(country=country).select_related("parent"),
        key=lambda place: queries.name_key(place.name),
    )
    for place in places:
        place.page_url = links.place(place)
    organisations = sorted(
        Organisation.objects.filter(country=country).select_related("place"),
        key=lambda organisation: queries.name_key(organisation.name),
    )
    articles = queries.articles_about(
        language,
        delegations=queries.delegations_of_country(DelegationPage.objects.all(), country),
        agreements=queries.agreements_of_country(AgreementPage.objects.all(), country),
        projects=queries.projects_of_country(ProjectPage.objects.all(), country),
        country=country,
        places=PartnerPlace.objects.filter(country=country),
        organisations=Organisation.objects.filter(country=country),
    )
    filters = {"country": country.url_code}
    context = {
        "share_title": country.name,
        "links": links,
        "country": country,
        "places": places,
        "organisations": organisations,
        **partner_lists(
            queries.delegations_of_country(queries.delegations_for_listing(language), country),
            queries.agreements_of_country(queries.agreements_for_listing(language), country),
            queries.projects_of_country(queries.projects_for_listing(language), country),
        ),
        **articles_context(articles),
        "all_delegations_url": links.filtered(links.delegations, **filters),
        "all_agreements_url": links.filtered(links.agreements, **filters),
        "all_projects_url": links.filtered(links.projects, **filters),
    }
    return render_route(
        page,
        request,
        "cooperation/country_page.html",
        page.reverse_subpage("country", args=(country.url_code,)),
        context,
    )


def place_view(page, request, slug):
    place = PartnerPlace.objects.select_related("country", "parent").filter(slug=slug).first()
    if place is None:
        raise Http404("No such place")
    language = translation.get_language()
    links = SectionLinks(page, request)
    place.country.page_url = links.country(place.country)
    if place.parent:
        place.parent.page_url = links.place(place.parent)
    children = sorted(place.children.all(), key=lambda child: queries.name_key(child.name))
    for child in children:
        child.page_url = links.place(child)
    organisations_here = Organisation.objects.filter(Q(place=place) | Q(place__parent=place))
    articles = queries.articles_about(
        language,
        delegations=queries.delegations_at_place(DelegationPage.objects.all(), place),
        agreements=queries.agreements_at_place(AgreementPage.objects.all(), place),
        projects=queries.projects_at_place(ProjectPage.objects.all(), place),
        places=PartnerPlace.objects.filter(Q(pk=place.pk) | Q(parent=place)),
        organisations=organisations_here,
    )
    by_country = {"country": place.country.url_code}
    context = {
        "share_title": place.name,
        "links": links,
        "place": place,
        "country": place.country,
        "places": children,
        "organisations": sorted(
            organisations_here.select_related("place"),
            key=lambda organisation: queries.name_key(organisation.name),
        ),
        **partner_lists(
            queries.delegations_at_place(queries.delegations_for_listing(language), place),
            queries.agreements_at_place(queries.agreements_for_listing(language), place),
            queries.projects_at_place(queries.projects_for_listing(language), place),
        ),
        **articles_context(articles),
        # The register filters by place; the other two lists only by country.
        "all_agreements_url": links.filtered(links.agreements, place=place.slug),
        "all_delegations_url": links.filtered(links.delegations, **by_country),
        "all_projects_url": links.filtered(links.projects, **by_country),
    }
    return render_route(
        page,
        request,
        "cooperation/place_page.html",
        page.reverse_subpage("place", args=(place.slug,)),
        context,
    )


# The record pages.


def record_base_context(page, request):
    language = translation.get_language()
    section = section_of(page)
    links = SectionLinks(section, request) if section else None
    return (
        language,
        links,
        {
            "links": links,
            "articles": list(
                queries.articles_about_record(page, language)[:ARTICLES_ON_RECORD_PAGE]
            ),
        },
    )


def link_partners(links, countries=(), places=()):
    for country in countries:
        if country is not None:
            country.page_url = links.country(country) if links else None
    for place in places:
        if place is not None:
            place.page_url = links.place(place) if links else None


def press_service_name(request):
    return PressServiceSettings.for_request(request).name


def delegation_context(page, request):
    language, links, context = record_base_context(page, request)
    countries = list(page.countries.all())
    places = list(page.places.select_related("country"))
    members = list(page.members.select_related("person"))
    programme = list(
        page.programme.select_related("counterpart", "organisation__country", "place__country")
    )
    programme.sort(key=lambda item: (item.date, item.time or time.min, item.sort_order or 0))
    leader = page.leader
    with_positions([leader] + [m.person for m in members] + [i.counterpart for i in programme])
    event = None
    if page.event_id:
        event = Event.objects.select_related("place", "country").get(pk=page.event_id)
    link_partners(
        links,
        countries=countries + [place.country for place in places] + [event and event.country],
        places=places + [item.place for item in programme] + [event and event.place],
    )
    # The record's own text is shown in its content language (see the template): so are the
    # positions and the JSON-LD.
    with translation.override(page.content_language_for(language)):
        for member in members:
            member.position = member.role or member.person.position_on(page.start_date)
        for item in programme:
            if item.counterpart:
                item.counterpart_position = item.counterpart.position_on(item.date)
        leader_position = leader.position_on(page.start_date) if leader else ""
        data = delegation_json_ld(page, request, countries, places, event)
    context.update(
        countries=countries,
        places=places,
        leader=leader,
        leader_position=leader_position,
        members=members,
        programme_days=[(day, list(items)) for day, items in groupby(programme, lambda i: i.date)],
        event=event,
        signed_agreements=list(queries.agreements_for_listing(language).filter(delegation=page)),
        json_ld=json_ld(data),
    )
    return context


def delegation_json_ld(page, request, countries, places, event):
    """A schema.org Event, in the active language (the record's content language)."""
    if page.direction == Direction.INCOMING:
        # Guests came to us: the visit took place in our region.
        locations = [
            {
                "@type": "Place",
                "name": (event.venue if event and event.venue else "")
                or (page.region.name if page.region else ""),
                "address": {"@type": "PostalAddress", "addressCountry": HOME_COUNTRY},
            }
        ]
    else:
        locations = [
            {
                "@type": "Place",
                "name": place.name,
                "address": {"@type": "PostalAddress", "addressCountry": place.country.code},
            }
            for place in places
        ]
        covered = {place.country_id for place in places}
        locations += [
            {
                "@type": "Place",
                "name": country.name,
                "address": {"@type": "PostalAddress", "addressCountry": country.code},
            }
            for country in countries
            if country.pk not in covered
        ]
    organizer = page.region.name if page.region else press_service_name(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "startDate": page.start_date.isoformat(),
        "endDate": page.end_date.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": translation.get_language(),
        "url": page.get_full_url(request),
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if page.purpose:
        data["description"] = page.purpose
    if organizer:
        data["organizer"] = {"@type": "GovernmentOrganization", "name": organizer}
    return data


def agreement_context(page, request):
    language, links, context = record_base_context(page, request)
    parties = list(
        page.parties.select_related(
            "region", "country", "place__country", "organisation__country", "person__country"
        )
    )
    signatories = list(page.signatories.select_related("person__country"))
    with_positions([party.person for party in parties] + [s.person for s in signatories])
    with translation.override(page.content_language_for(language)):
        for party in parties:
            if party.person_id:
                party.position = party.person.position_on(page.signed_on)
        for signatory in signatories:
            signatory.position = signatory.person.position_on(page.signed_on)
    history = sorted(
        page.status_history.all(), key=lambda change: (change.date, change.sort_order or 0)
    )
    delegation = None
    if page.delegation_id:
        delegation = DelegationPage.objects.for_readers().filter(pk=page.delegation_id).first()
    event = None
    if page.event_id:
        event = Event.objects.select_related("place", "country").get(pk=page.event_id)
    link_partners(
        links,
        countries=[party.country_of_party for party in parties] + [event and event.country],
        places=[party.place for party in parties] + [event and event.place],
    )
    context.update(
        parties=parties,
        signatories=signatories,
        sectors=list(page.sectors.all()),
        status_history=history,
        documents=list(page.documents.select_related("document")),
        signed_during=delegation,
        event=event,
        projects=list(queries.projects_for_listing(language).filter(agreement=page)),
    )
    return context


def project_context(page, request):
    language, links, context = record_base_context(page, request)
    partners = list(page.partners.select_related("country", "place"))
    link_partners(links, countries=[partner.country for partner in partners])
    agreement = None
    if page.agreement_id:
        agreement = AgreementPage.objects.for_readers().filter(pk=page.agreement_id).first()
    with translation.override(page.content_language_for(language)):
        data = project_json_ld(page, request, partners)
    context.update(partners=partners, agreement=agreement, json_ld=json_ld(data))
    return context


def project_json_ld(page, request, partners):
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": translation.get_language(),
    }
    if page.summary:
        data["description"] = page.summary
    if page.sector:
        data["keywords"] = str(page.sector)
    if page.location or page.region:
        data["location"] = {
            "@type": "Place",
            "name": page.location or page.region.name,
            "address": {"@type": "PostalAddress", "addressCountry": HOME_COUNTRY},
        }
    if page.start_year:
        data["foundingDate"] = str(page.start_year)
    if partners:
        data["member"] = [
            {
                "@type": "Organization",
                "name": partner.name,
                **(
                    {"address": {"@type": "PostalAddress", "addressCountry": partner.country.code}}
                    if partner.country
                    else {}
                ),
            }
            for partner in partners
        ]
    return data


# The article page's "This story is about".


def story_about(article, request):
    """The records and partners an article is linked to: one query per kind of link, plus one
    for the section when countries or places need their routed URLs."""
    hidden = restricted_paths()
    delegations = [
        link.delegation
        for link in article.delegation_links.select_related("delegation")
        if is_readable(link.delegation, hidden)
    ]
    agreements = [
        link.agreement
        for link in article.agreement_links.select_related("agreement")
        if is_readable(link.agreement, hidden)
    ]
    projects = [
        link.project
        for link in article.project_links.select_related("project")
        if is_readable(link.project, hidden)
    ]
    countries = [link.country for link in article.country_links.select_related("country")]
    places = [link.place for link in article.place_links.select_related("place__country")]
    organisations = [
        link.organisation
        for link in article.organisation_links.select_related("organisation__country")
    ]
    if countries or places:
        section = live_section()
        link_partners(SectionLinks(section, request) if section else None, countries, places)
    about = {
        "delegations": delegations,
        "agreements": agreements,
        "projects": projects,
        "countries": countries,
        "places": places,
        "organisations": organisations,
    }
    return about if any(about.values()) else None
