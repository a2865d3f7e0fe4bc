from datetime import date

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Site

from cooperation import demo_data as cooperation_data
from cooperation.choices import SIGNED_STATUSES, AgreementStatus
from cooperation.models import (
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    AgreementStatusChange,
    CooperationIndexPage,
    Country,
    DelegationIndexPage,
    DelegationMember,
    DelegationPage,
    Event,
    Organisation,
    PartnerPlace,
    Person,
    PersonPosition,
    ProgrammeItem,
    ProjectIndexPage,
    ProjectPage,
)
from cooperation.queries import articles_about_record
from news import demo_data
from news.models import (
    ArticleAgreementLink,
    ArticleCountryLink,
    ArticleDelegationLink,
    ArticleOrganisationLink,
    ArticlePage,
    ArticlePlaceLink,
    ArticleProjectLink,
    Region,
)
from portal.models import HomePage, PressServiceSettings, StandardPage
from portal.translation_utils import localized_value

RECORD_MODELS = (DelegationPage, AgreementPage, ProjectPage)


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", verbosity=0)


def all_records():
    return [page for model in RECORD_MODELS for page in model.objects.all()]


@pytest.mark.django_db
def test_builds_a_trilingual_site_with_varied_articles(demo, client):
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert PressServiceSettings.objects.get().name_kk
    assert StandardPage.objects.filter(slug__in=["about", "contacts"]).count() == 2

    articles = list(ArticlePage.objects.live())
    assert len(articles) == len(demo_data.ARTICLES) >= 15
    assert len({a.region_id for a in articles}) >= 3 and Region.objects.count() >= 3
    assert len({(a.date.year, a.date.month) for a in articles}) >= 6
    assert all(a.has_language("kk") for a in articles)
    assert sum(a.has_language("ru") for a in articles) > len(articles) / 2
    assert 0 < sum(a.has_language("en") for a in articles) < len(articles)  # the fallback shows

    assert all(a.main_image_id for a in articles)
    assert sum(any(b.block_type == "gallery" for b in a.body_kk) for a in articles) >= 2
    image = get_image_model().objects.first()
    assert image.file.name.endswith(".jpg") and image.width > 0

    for language in ("kk", "ru", "en"):
        assert client.get(f"/{language}/").status_code == 200
        assert client.get(f"/{language}/news/").status_code == 200
        for article in articles:
            assert client.get(article.url_in(language)).status_code == 200


@pytest.mark.django_db
def test_builds_the_cooperation_section_with_records_linked_to_articles(demo):
    section = CooperationIndexPage.objects.get()
    assert section.live and section.show_in_menus and section.slug == "cooperation"
    assert section.get_parent().pk == HomePage.objects.get().pk
    lists = []
    for index_model, record_model, slug in (
        (AgreementIndexPage, AgreementPage, "agreements"),
        (DelegationIndexPage, DelegationPage, "delegations"),
        (ProjectIndexPage, ProjectPage, "projects"),
    ):
        index = index_model.objects.child_of(section).get()
        assert index.live and index.slug == slug
        assert record_model.objects.count() >= 3
        assert record_model.objects.child_of(index).live().count() == record_model.objects.count()
        lists.append(index)
    for page in [section, *lists]:
        assert all(
            page.has_language(code) and localized_value(page, "intro", code)
            for code in ("kk", "ru", "en")
        )

    records = all_records()
    data = cooperation_data
    assert len(records) == len(data.DELEGATIONS) + len(data.AGREEMENTS) + len(data.PROJECTS)
    assert all(page.has_language("kk") and page.has_language("ru") for page in records)
    # Most are in English too; one or two show the fallback.
    assert 1 <= sum(not page.has_language("en") for page in records) <= 2

    # Every record is what the admin form would accept.
    for page in records:
        page.full_clean()
    for model in (Country, PartnerPlace, Organisation, Person, Event):
        for obj in model.objects.all():
            obj.full_clean()
    assert not Country.objects.filter(code="KZ").exists()  # our side is not a partner country

    # An agreement's status is the latest of its history, which runs forward in time.
    for agreement in AgreementPage.objects.prefetch_related("status_history", "parties"):
        history = list(agreement.status_history.all())
        assert history == sorted(history, key=lambda change: change.date), agreement.slug
        assert (agreement.status, agreement.status_date) == (history[-1].status, history[-1].date)
        assert agreement.record_date == (agreement.signed_on or history[0].date)
        assert bool(agreement.signed_on) == (agreement.status in SIGNED_STATUSES)
        assert len(agreement.parties.all()) >= 2
    assert {
        AgreementStatus.SIGNED,
        AgreementStatus.IN_IMPLEMENTATION,
        AgreementStatus.UNDER_CONSIDERATION,
    } <= set(AgreementPage.objects.values_list("status", flat=True))

    for delegation in DelegationPage.objects.prefetch_related("programme"):
        days = [item.date for item in delegation.programme.all()]
        assert days and all(delegation.start_date <= day <= delegation.end_date for day in days)
        assert delegation.leader.position_on(delegation.start_date), delegation.slug
    assert {"incoming", "outgoing"} == set(
        DelegationPage.objects.values_list("direction", flat=True)
    )
    akim = Person.objects.get(name_en="Daulet Seitkulov")
    with translation.override("en"):
        assert akim.position_on(date(2019, 3, 21)) == "deputy akim of Turkestan region"
        assert akim.position_on(date(2019, 3, 22)) == "akim of Turkestan region"

    # Each record is told about by one to three live articles; each partner country by some.
    for page in records:
        assert 1 <= articles_about_record(page, "kk").count() <= 3, page.slug
    assert all(country.article_links.exists() for country in Country.objects.all())


@pytest.mark.django_db
def test_the_cooperation_pages_answer(demo, client):
    for url in (
        "/kk/cooperation/",
        "/ru/cooperation/agreements/",
        "/kk/cooperation/delegations/",
        "/en/cooperation/projects/",
        "/en/cooperation/countries/cn/",
        "/ru/cooperation/places/shaanxi/",
    ):
        assert client.get(url).status_code == 200, url
    for page in all_records():
        for language in ("kk", "ru", "en"):
            assert client.get(page.url_in(language)).status_code == 200, page.url_in(language)


@pytest.mark.django_db
def test_is_safe_to_run_twice(demo):
    models = (
        ArticlePage,
        get_image_model(),
        Region,
        HomePage,
        CooperationIndexPage,
        Country,
        PartnerPlace,
        Organisation,
        Person,
        PersonPosition,
        Event,
        AgreementParty,
        AgreementStatusChange,
        DelegationMember,
        ProgrammeItem,
        ArticleDelegationLink,
        ArticleAgreementLink,
        ArticleProjectLink,
        ArticleCountryLink,
        ArticlePlaceLink,
        ArticleOrganisationLink,
    )

    def state():
        return (
            {model.__name__: model.objects.count() for model in models},
            {page.pk: (page.slug, page.live) for page in all_records()},
            dict(AgreementPage.objects.values_list("slug", "status")),
        )

    before = state()
    call_command("load_demo_content", verbosity=0)
    assert state() == before
