"""Cooperation records for tests: factories for the snippets, builders for the pages (their
inline rows and many-to-many fields must be set before the first save)."""

import itertools
from datetime import date

import factory

from cooperation.choices import AgreementKind, AgreementStatus, Direction, PlaceKind
from cooperation.models import (
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    AgreementStatusChange,
    CooperationIndexPage,
    Country,
    DelegationIndexPage,
    DelegationPage,
    Organisation,
    PartnerPlace,
    Person,
    PersonPosition,
    ProjectIndexPage,
    ProjectPage,
    Sector,
)

_numbers = itertools.count(1)


def _letters(n):
    """Two distinct Latin letters per n, for made-up ISO codes that never clash."""
    return chr(ord("A") + (n // 26) % 26) + chr(ord("A") + n % 26)


class CountryFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: _letters(n + 26 * 23))  # "XA", "XB", ...: never real
    name_kk = factory.Sequence(lambda n: f"Қытай {n}")
    name_ru = factory.Sequence(lambda n: f"Китай {n}")
    name_en = factory.Sequence(lambda n: f"China {n}")

    class Meta:
        model = Country
        django_get_or_create = ("code",)


class PartnerPlaceFactory(factory.django.DjangoModelFactory):
    name_kk = factory.Sequence(lambda n: f"Шэньси провинциясы {n}")
    name_ru = factory.Sequence(lambda n: f"Провинция Шэньси {n}")
    name_en = factory.Sequence(lambda n: f"Shaanxi province {n}")
    kind = PlaceKind.PROVINCE
    country = factory.SubFactory(CountryFactory)

    class Meta:
        model = PartnerPlace


class OrganisationFactory(factory.django.DjangoModelFactory):
    name_kk = factory.Sequence(lambda n: f"Инжиниринг компаниясы {n}")
    name_ru = factory.Sequence(lambda n: f"Инжиниринговая компания {n}")
    name_en = factory.Sequence(lambda n: f"Engineering company {n}")
    kind = "company"
    country = factory.SubFactory(CountryFactory)

    class Meta:
        model = Organisation


def make_person(
    name_kk="Өмірзақ Шөкеев",
    name_ru="Умирзак Шукеев",
    name_en="Umirzak Shukeyev",
    positions=(),
    country=None,
):
    """A person with positions given as (title_kk, title_ru, title_en, start, end)."""
    person = Person(name_kk=name_kk, name_ru=name_ru, name_en=name_en, country=country)
    person.positions = [
        PersonPosition(title_kk=kk, title_ru=ru, title_en=en, start_date=start, end_date=end)
        for kk, ru, en, start, end in positions
    ]
    person.save()
    return person


def make_section(home):
    """The Cooperation section and its three lists under `home`."""
    section = home.add_child(
        instance=CooperationIndexPage(
            title_kk="Халықаралық ынтымақтастық",
            title_ru="Международное сотрудничество",
            title_en="International cooperation",
            slug="cooperation",
            show_in_menus=True,
        )
    )
    agreements = section.add_child(
        instance=AgreementIndexPage(
            title_kk="Келісімдер", title_ru="Соглашения", title_en="Agreements", slug="agreements"
        )
    )
    delegations = section.add_child(
        instance=DelegationIndexPage(
            title_kk="Делегациялар",
            title_ru="Делегации",
            title_en="Delegations",
            slug="delegations",
        )
    )
    projects = section.add_child(
        instance=ProjectIndexPage(
            title_kk="Жобалар", title_ru="Проекты", title_en="Projects", slug="projects"
        )
    )
    return section, agreements, delegations, projects


def titles(kk, ru=None, en=None):
    return {"title_kk": kk, "title_ru": ru or "", "title_en": en or ""}


def make_agreement(
    parent,
    *,
    parties,
    statuses=((date(2019, 5, 14), "signed"),),
    kind=None,
    signed_on=date(2019, 5, 14),
    sectors=(),
    live=True,
    **fields,
):
    """An agreement under `parent`. `parties`: snippets (Region, Country, PartnerPlace,
    Organisation or Person); `statuses`: (date, status) pairs; `sectors`: codes."""
    number = next(_numbers)
    fields.setdefault("title_kk", f"Ынтымақтастық туралы келісім {number}")
    fields.setdefault("title_ru", f"Соглашение о сотрудничестве {number}")
    page = AgreementPage(
        kind=kind or AgreementKind.COOPERATION,
        signed_on=signed_on,
        live=live,
        **fields,
    )
    page.parties = [AgreementParty(**{party_field(party): party}) for party in parties]
    page.status_history = [
        AgreementStatusChange(date=day, status=status) for day, status in statuses
    ]
    page.sectors = list(Sector.objects.filter(code__in=sectors))
    parent.add_child(instance=page)
    return page


def party_field(entity):
    from news.models import Region

    return {
        Region: "region",
        Country: "country",
        PartnerPlace: "place",
        Organisation: "organisation",
        Person: "person",
    }[type(entity)]


def make_delegation(
    parent,
    *,
    countries=(),
    places=(),
    start=date(2019, 5, 12),
    end=date(2019, 5, 16),
    direction=Direction.OUTGOING,
    live=True,
    **fields,
):
    number = next(_numbers)
    fields.setdefault("title_kk", f"Облыс делегациясының сапары {number}")
    fields.setdefault("title_ru", f"Визит делегации области {number}")
    page = DelegationPage(direction=direction, start_date=start, end_date=end, live=live, **fields)
    page.countries = list(countries)
    page.places = list(places)
    parent.add_child(instance=page)
    return page


def make_project(parent, *, partners=(), live=True, **fields):
    number = next(_numbers)
    fields.setdefault("title_kk", f"Электр станциясы {number}")
    fields.setdefault("title_ru", f"Электростанция {number}")
    page = ProjectPage(live=live, **fields)
    page.partners = list(partners)
    parent.add_child(instance=page)
    return page


STATUS = AgreementStatus


def link_article(
    article,
    *,
    delegations=(),
    agreements=(),
    projects=(),
    countries=(),
    places=(),
    organisations=(),
):
    """Link a saved article to records and partners (what its editor chooses in the admin)."""
    from news.models import (
        ArticleAgreementLink,
        ArticleCountryLink,
        ArticleDelegationLink,
        ArticleOrganisationLink,
        ArticlePlaceLink,
        ArticleProjectLink,
    )

    for model, field, items in (
        (ArticleDelegationLink, "delegation", delegations),
        (ArticleAgreementLink, "agreement", agreements),
        (ArticleProjectLink, "project", projects),
        (ArticleCountryLink, "country", countries),
        (ArticlePlaceLink, "place", places),
        (ArticleOrganisationLink, "organisation", organisations),
    ):
        for order, item in enumerate(items):
            model.objects.create(page=article, sort_order=order, **{field: item})
    return article


def make_document(title="Меморандум", content=b"%PDF-1.4 signed text", name="memorandum.pdf"):
    """A Wagtail document with a small file and its size recorded."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name=name), file_size=len(content)
    )


def add_rows(page, **rows):
    """Give a saved page its inline rows (e.g. members=[DelegationMember(...)]) and save it."""
    for relation, items in rows.items():
        setattr(page, relation, items)
    page.save()
    return page
