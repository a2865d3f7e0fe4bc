"""Editors in the Wagtail admin: the Cooperation menu and its lists, the record forms and
their checks, and the choosers on the article form.

The editor's admin speaks English here, so the messages asserted are the source strings
whatever the Kazakh and Russian catalogues say.
"""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.admin.menu import admin_menu
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from cooperation.choices import Direction
from cooperation.models import (
    AgreementPage,
    CooperationIndexPage,
    Country,
    DelegationPage,
    Event,
    Organisation,
    PartnerPlace,
    Person,
    ProjectPage,
    Sector,
)
from news.models import ArticlePage
from tests.factories import ArticlePageFactory

from .factories import (
    STATUS,
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    make_agreement,
    make_delegation,
    make_person,
    make_project,
    party_field,
)

ARTICLE_LINKS = ("delegation", "agreement", "project", "country", "place", "organisation")


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("editor", "editor@example.kz", "secret-pass")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def partners(cooperation):
    china = CountryFactory(code="CN", name_kk="Қытай", name_ru="Китай", name_en="China")
    korea = CountryFactory(code="KR", name_kk="Корея", name_ru="Корея", name_en="Republic of Korea")
    shaanxi = PartnerPlaceFactory(
        country=china, name_kk="Шэньси", name_ru="Шэньси", name_en="Shaanxi"
    )
    return china, korea, shaanxi


def html_of(response):
    return BeautifulSoup(response.content, "html.parser")


def chooser_html(response):
    """A chooser modal's HTML (the modal's first step is JSON around it)."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def row_titles(response):
    """The titles in an admin listing, in order."""
    return [cell.a.get_text(strip=True) for cell in html_of(response).select("tbody td.title")]


def field_errors(response, name):
    """The error messages shown in the wrapper of the input named `name`."""
    field = html_of(response).find(attrs={"name": name}).find_parent(class_="w-field")
    return [error.get_text(strip=True) for error in field.select(".error-message")]


def row_errors(response, prefix):
    """The messages shown on one inline row, by its prefix ("parties-1")."""
    row = html_of(response).find(id=f"inline_child_{prefix}")
    return [error.get_text(strip=True) for error in row.select(".error-message")]


def panel_errors(response, relation):
    """The messages shown above the rows of an inline panel (the formset's own errors)."""
    rows = html_of(response).find(id=f"id_{relation}-FORMS")
    return [
        error.get_text(strip=True)
        for error in rows.parent.find_all(class_="error-message", recursive=False)
    ]


def translated(prefix, value="", **languages):
    return {
        f"{prefix}_{code}": languages.get(code, value if code == "kk" else "")
        for code in ("kk", "ru", "en")
    }


# Form data as the admin posts it.


def delegation_form(*, countries=(), places=(), **overrides):
    data = {
        **translated("title", "Облыс делегациясының Шэньсиге сапары"),
        "slug": "",
        "direction": "outgoing",
        "region": "",
        "start_date": "2019-05-12",
        "end_date": "2019-05-16",
        "event": "",
        "leader": "",
        **translated("purpose", "Ынтымақтастықты дамыту."),
        "outcomes_kk": rich_text("<p>Келісімге қол қойылды.</p>"),
        "outcomes_ru": rich_text(""),
        "outcomes_en": rich_text(""),
        "members": inline_formset([]),
        "programme": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    data = nested_form_data(data)
    data.update(countries=[country.pk for country in countries], places=[p.pk for p in places])
    return data


def member(person, role=""):
    return {"person": person.pk, **translated("role", role)}


def programme_item(day, description, kind="meeting", **links):
    row = {"date": day, "time": "", "kind": kind, **translated("description", description)}
    row.update(dict.fromkeys(("counterpart", "organisation", "place"), ""))
    row.update({name: entity.pk for name, entity in links.items()})
    return row


def agreement_form(*, sectors=(), **overrides):
    data = {
        **translated("title", "Түркістан облысы мен Шэньси провинциясы арасындағы келісім"),
        "slug": "",
        "kind": "sister_region",
        **translated("summary", "Бауырлас өңірлер."),
        "signed_on": "2019-05-14",
        **translated("signing_place", "Сиань"),
        "delegation": "",
        "event": "",
        "parties": inline_formset([]),
        "signatories": inline_formset([]),
        "status_history": inline_formset([]),
        "documents": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    data = nested_form_data(data)
    data["sectors"] = [sector.pk for sector in Sector.objects.filter(code__in=sectors)]
    return data


def party(**chosen):
    row = dict.fromkeys(("region", "country", "place", "organisation", "person"), "")
    row.update({name: entity.pk for name, entity in chosen.items()})
    return row


def saved_parties(agreement):
    """The parties of a saved agreement as its edit form posts them back."""
    rows = [
        {**party(**{party_field(row.entity): row.entity}), "id": row.pk}
        for row in agreement.parties.all()
    ]
    return inline_formset(rows, initial=len(rows))


def status_change(day, status, note=""):
    return {"date": day, "status": status, **translated("note", note)}


def signed_history():
    return inline_formset(
        [
            status_change("2019-03-01", STATUS.UNDER_CONSIDERATION),
            status_change("2019-05-14", STATUS.SIGNED),
        ]
    )


def project_form(*, partners=(), **overrides):
    data = {
        **translated("title", "Бу-газ электр станциясы"),
        "slug": "",
        **translated("summary", "926 МВт."),
        "sector": Sector.objects.get(code="energy").pk,
        "status": "construction",
        "region": "",
        **translated("location", "Түркістан"),
        "capacity_value": "926",
        **translated("capacity_unit", "МВт", en="MW"),
        "investment_amount": "1000000000",
        "investment_currency": "USD",
        "agreement": "",
        "start_year": "2021",
        "action-publish": "publish",
    }
    data.update(overrides)
    data = nested_form_data(data)
    data["partners"] = [organisation.pk for organisation in partners]
    return data


def add_url(model, parent):
    return f"/admin/pages/add/cooperation/{model._meta.model_name}/{parent.pk}/"


def snippet_url(model, action=""):
    url = f"/admin/snippets/cooperation/{model._meta.model_name}/"
    return f"{url}{action}/" if action else url


def snippet_names(response):
    return [
        link.get_text(strip=True) for link in html_of(response).select("tbody .title-wrapper a")
    ]


@pytest.mark.django_db
class TestCooperationMenu:
    def test_one_menu_item_holds_the_lists_and_the_partners(self, client, cooperation, editor):
        # The admin's first request registers the viewsets (and their menu items).
        assert client.get("/admin/").status_code == 200
        request = RequestFactory().get("/admin/")
        request.user = editor
        items = {item.name: item for item in admin_menu.menu_items_for_request(request)}
        with translation.override("en"):
            assert str(items["cooperation"].label) == "Cooperation"
        submenu = items["cooperation"].menu.menu_items_for_request(request)
        assert [item.url for item in submenu] == [
            "/admin/delegations/",
            "/admin/agreements/",
            "/admin/projects/",
            "/admin/snippets/cooperation/country/",
            "/admin/snippets/cooperation/partnerplace/",
            "/admin/snippets/cooperation/organisation/",
            "/admin/snippets/cooperation/person/",
            "/admin/snippets/cooperation/event/",
        ]
        assert "partners" not in items  # the former group of its own

    def test_the_partners_are_not_listed_again_under_snippets(self, client, editor):
        html = client.get("/admin/snippets/").content.decode()
        assert "/admin/snippets/cooperation/" not in html


@pytest.mark.django_db
class TestDelegationListing:
    def test_filters_by_country_direction_and_year(self, client, cooperation, partners, editor):
        china, korea, shaanxi = partners
        make_delegation(cooperation.delegations, countries=[china], title_kk="Қытайға сапар")
        # Only a place in China chosen: the register counts it for China too.
        make_delegation(cooperation.delegations, places=[shaanxi], title_kk="Шэньсиге сапар")
        make_delegation(
            cooperation.delegations,
            countries=[korea],
            direction=Direction.INCOMING,
            start=date(2021, 10, 4),
            end=date(2021, 10, 6),
            title_kk="Корея делегациясы",
        )

        assert sorted(row_titles(client.get(f"/admin/delegations/?country={china.pk}"))) == [
            "Шэньсиге сапар",
            "Қытайға сапар",
        ]
        assert row_titles(client.get("/admin/delegations/?direction=incoming")) == [
            "Корея делегациясы"
        ]
        assert row_titles(client.get("/admin/delegations/?year=2021")) == ["Корея делегациясы"]
        assert len(row_titles(client.get("/admin/delegations/"))) == 3

    def test_search_within_a_filter(self, client, cooperation, partners, editor):
        china, korea, _shaanxi = partners
        make_delegation(cooperation.delegations, countries=[china], title_kk="Қытайға сапар")
        make_delegation(cooperation.delegations, countries=[korea], title_kk="Кореяға сапар")
        # The filters on related rows are subqueries the search backend does not take.
        response = client.get(f"/admin/delegations/?q=сапар&country={korea.pk}&year=2019")
        assert response.status_code == 200
        assert row_titles(response) == ["Кореяға сапар"]

    def test_the_columns(self, client, cooperation, partners, editor):
        china, korea, _shaanxi = partners
        make_delegation(
            cooperation.delegations,
            countries=[china, korea],
            title_kk="Азия сапары",
            live=False,
        )
        html = html_of(client.get("/admin/delegations/"))
        headers = [th.get_text(" ", strip=True) for th in html.select("thead th")]
        for label in ("Title", "Dates", "Direction", "Countries", "Publication"):
            assert any(header.startswith(label) for header in headers), headers
        row = html.select_one("tbody tr").get_text(" ", strip=True)
        assert "12 May 2019 – 16 May 2019" in row
        assert "outgoing visit" in row
        assert "China, Republic of Korea" in row or "Republic of Korea, China" in row
        assert "draft" in row

    def test_an_unknown_filter_value_is_not_an_error_page(self, client, cooperation, editor):
        make_delegation(cooperation.delegations, title_kk="Сапар")
        response = client.get("/admin/delegations/?country=999999&year=abc")
        assert response.status_code == 200


@pytest.mark.django_db
class TestAgreementListing:
    @pytest.fixture
    def agreements(self, cooperation, partners):
        china, korea, shaanxi = partners
        sister = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, shaanxi],
            kind="sister_region",
            sectors=["trade", "culture"],
            title_kk="Шэньсимен бауырластық",
        )
        memorandum = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, OrganisationFactory(country=korea)],
            kind="memorandum",
            sectors=["energy"],
            signed_on=None,
            statuses=[(date(2022, 4, 1), STATUS.UNDER_CONSIDERATION)],
            title_kk="Корей компаниясымен меморандум",
        )
        return sister, memorandum

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("country={china}", ["Шэньсимен бауырластық"]),
            ("country={korea}", ["Корей компаниясымен меморандум"]),
            ("place={shaanxi}", ["Шэньсимен бауырластық"]),
            ("kind=memorandum", ["Корей компаниясымен меморандум"]),
            ("field=culture", ["Шэньсимен бауырластық"]),
            ("status=under_consideration", ["Корей компаниясымен меморандум"]),
            ("year=2019", ["Шэньсимен бауырластық"]),
            ("year=2022&kind=memorandum&country={korea}", ["Корей компаниясымен меморандум"]),
            ("field=culture&status=under_consideration", []),
        ],
    )
    def test_filters(self, client, partners, agreements, editor, query, expected):
        china, korea, shaanxi = partners
        query = query.format(china=china.pk, korea=korea.pk, shaanxi=shaanxi.pk)
        assert row_titles(client.get(f"/admin/agreements/?{query}")) == expected

    @pytest.mark.parametrize("words", ["Шэньсимен", "Шэньси побратимство", "Shaanxi sister"])
    def test_search_finds_a_title_in_any_language(
        self, client, cooperation, partners, editor, words
    ):
        china, _korea, shaanxi = partners
        make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, shaanxi],
            title_kk="Шэньсимен бауырластық",
            title_ru="Шэньси побратимство",
            title_en="Shaanxi sister regions",
        )
        assert row_titles(client.get(f"/admin/agreements/?q={words}")) == ["Шэньсимен бауырластық"]

    def test_search_within_a_filter(self, client, partners, agreements, editor):
        _china, korea, _shaanxi = partners
        response = client.get(f"/admin/agreements/?q=меморандум&country={korea.pk}&field=energy")
        assert response.status_code == 200
        assert row_titles(response) == ["Корей компаниясымен меморандум"]

    def test_the_columns(self, client, agreements, editor):
        html = html_of(client.get("/admin/agreements/"))
        headers = [th.get_text(" ", strip=True) for th in html.select("thead th")]
        for label in ("Title", "Kind", "Date of signing", "Status"):
            assert any(header.startswith(label) for header in headers), headers
        rows = {
            row.select_one("td.title a").get_text(strip=True): row.get_text(" ", strip=True)
            for row in html.select("tbody tr")
        }
        assert "sister-region agreement 14 May 2019 signed" in rows["Шэньсимен бауырластық"]
        assert "memorandum under consideration" in rows["Корей компаниясымен меморандум"]


@pytest.mark.django_db
class TestProjectListing:
    def test_filters_by_country_status_and_sector(self, client, cooperation, partners, editor):
        china, korea, _shaanxi = partners
        energy, tourism = Sector.objects.get(code="energy"), Sector.objects.get(code="tourism")
        make_project(
            cooperation.projects,
            partners=[OrganisationFactory(country=korea)],
            sector=energy,
            status="construction",
            title_kk="Электр станциясы",
        )
        make_project(
            cooperation.projects,
            partners=[OrganisationFactory(country=china)],
            sector=tourism,
            status="proposed",
            title_kk="Аквапарк",
        )
        assert row_titles(client.get(f"/admin/projects/?country={korea.pk}")) == [
            "Электр станциясы"
        ]
        assert row_titles(client.get("/admin/projects/?status=proposed")) == ["Аквапарк"]
        assert row_titles(client.get("/admin/projects/?sector=energy")) == ["Электр станциясы"]
        response = client.get(f"/admin/projects/?q=Аквапарк&country={china.pk}&sector=tourism")
        assert row_titles(response) == ["Аквапарк"]

    def test_the_columns(self, client, cooperation, editor):
        make_project(
            cooperation.projects,
            partners=[OrganisationFactory(name_en="Doosan")],
            sector=Sector.objects.get(code="energy"),
            status="construction",
        )
        row = html_of(client.get("/admin/projects/")).select_one("tbody tr").get_text(" ")
        assert "energy" in row
        assert "Doosan" in row
        assert "under construction" in row


@pytest.mark.django_db
class TestListingQueries:
    @pytest.mark.parametrize("listing", ["delegations", "agreements", "projects", "person"])
    def test_queries_do_not_grow_with_the_rows(
        self, client, cooperation, partners, editor, listing
    ):
        china, korea, shaanxi = partners
        add_row = {
            "delegations": lambda: make_delegation(
                cooperation.delegations, countries=[china, korea], places=[shaanxi]
            ),
            "agreements": lambda: make_agreement(
                cooperation.agreements,
                parties=[cooperation.region, shaanxi],
                sectors=["trade", "energy"],
            ),
            "projects": lambda: make_project(
                cooperation.projects,
                partners=[OrganisationFactory(country=korea), OrganisationFactory(country=china)],
                sector=Sector.objects.get(code="energy"),
            ),
            "person": lambda: make_person(
                country=china,
                positions=[("губернатор", "губернатор", "governor", date(2018, 1, 1), None)],
            ),
        }[listing]
        url = snippet_url(Person) if listing == "person" else f"/admin/{listing}/"

        def queries():
            with CaptureQueriesContext(connection) as context:
                response = client.get(url)
            assert response.status_code == 200
            return len(context)

        for _ in range(2):
            add_row()
        queries()  # the first request also fills per-process caches (content types, sites)
        few = queries()
        for _ in range(4):
            add_row()
        assert queries() == few


@pytest.mark.django_db
class TestPartnerListings:
    def test_search_finds_a_name_in_any_language(self, client, partners, editor):
        for query in ("Қытай", "Китай", "China"):
            response = client.get(snippet_url(Country), {"q": query})
            assert snippet_names(response) == ["China"], query

    def test_organisations_filter_by_kind_and_country(self, client, partners, editor):
        china, korea, _shaanxi = partners
        OrganisationFactory(country=china, kind="university", name_en="Xi'an University")
        OrganisationFactory(country=korea, kind="university", name_en="Seoul University")
        OrganisationFactory(country=korea, kind="company", name_en="Doosan")
        response = client.get(
            snippet_url(Organisation), {"kind": "university", "country": korea.pk}
        )
        assert snippet_names(response) == ["Seoul University"]

    def test_people_show_their_present_position(self, client, editor):
        make_person(
            name_en="Umirzak Shukeyev",
            positions=[
                ("облыс әкімі", "аким области", "akim of the region", date(2018, 1, 1), None),
            ],
        )
        html = html_of(client.get(snippet_url(Person)))
        assert "akim of the region" in html.select_one("tbody tr").get_text(" ")


@pytest.mark.django_db
class TestCreatingRecords:
    def test_a_delegation_with_members_and_programme(self, client, cooperation, partners, editor):
        china, _korea, shaanxi = partners
        akim = make_person(name_en="Umirzak Shukeyev")
        deputy = make_person(name_kk="Орынбасар", name_ru="Заместитель", name_en="Deputy")
        governor = make_person(name_en="Governor of Shaanxi", country=china)
        response = client.post(
            add_url(DelegationPage, cooperation.delegations),
            delegation_form(
                countries=[china],
                places=[shaanxi],
                region=cooperation.region.pk,
                leader=akim.pk,
                members=inline_formset([member(deputy, "әкім орынбасары")]),
                programme=inline_formset(
                    [
                        programme_item("2019-05-13", "Губернатормен кездесу", counterpart=governor),
                        programme_item("2019-05-14", "Келісімге қол қою", kind="signing"),
                    ]
                ),
            ),
        )
        assert response.status_code == 302
        delegation = DelegationPage.objects.get()
        assert delegation.live
        assert delegation.leader == akim
        assert list(delegation.countries.all()) == [china]
        assert list(delegation.places.all()) == [shaanxi]
        assert [(m.person, m.role_kk) for m in delegation.members.all()] == [
            (deputy, "әкім орынбасары")
        ]
        assert [
            (item.date, item.kind, item.counterpart) for item in delegation.programme.all()
        ] == [
            (date(2019, 5, 13), "meeting", governor),
            (date(2019, 5, 14), "signing", None),
        ]

    def test_an_agreement_takes_its_status_from_the_history(
        self, client, cooperation, partners, editor
    ):
        _china, _korea, shaanxi = partners
        akim = make_person(name_en="Umirzak Shukeyev")
        response = client.post(
            add_url(AgreementPage, cooperation.agreements),
            agreement_form(
                sectors=["trade", "culture"],
                parties=inline_formset([party(region=cooperation.region), party(place=shaanxi)]),
                signatories=inline_formset([{"person": akim.pk}]),
                status_history=inline_formset(
                    [
                        status_change("2019-03-01", STATUS.UNDER_CONSIDERATION),
                        status_change("2019-05-14", STATUS.SIGNED),
                        status_change("2020-01-10", STATUS.IN_IMPLEMENTATION, "Жол картасы"),
                    ]
                ),
            ),
        )
        assert response.status_code == 302
        agreement = AgreementPage.objects.get()
        assert agreement.live
        assert agreement.status == STATUS.IN_IMPLEMENTATION
        assert agreement.status_date == date(2020, 1, 10)
        assert agreement.record_date == date(2019, 5, 14)
        assert [p.entity for p in agreement.parties.all()] == [cooperation.region, shaanxi]
        assert [s.person for s in agreement.signatories.all()] == [akim]
        assert agreement.status_history.count() == 3
        assert {s.code for s in agreement.sectors.all()} == {"trade", "culture"}

    def test_a_project(self, client, cooperation, partners, editor):
        _china, korea, _shaanxi = partners
        doosan = OrganisationFactory(country=korea)
        response = client.post(
            add_url(ProjectPage, cooperation.projects), project_form(partners=[doosan])
        )
        assert response.status_code == 302
        project = ProjectPage.objects.get()
        assert list(project.partners.all()) == [doosan]
        assert project.sector.code == "energy"
        assert project.capacity_value == 926
        assert project.capacity_unit_en == "MW"

    def test_the_partners(self, client, editor):
        response = client.post(
            snippet_url(Country, "add"), {**translated("name", "Қытай", en="China"), "code": "cn"}
        )
        assert response.status_code == 302
        china = Country.objects.get()
        assert china.code == "CN"

        response = client.post(
            snippet_url(PartnerPlace, "add"),
            {
                **translated("name", "Шэньси провинциясы", en="Shaanxi province"),
                "kind": "province",
                "country": china.pk,
                "parent": "",
                "slug": "",
            },
        )
        assert response.status_code == 302
        shaanxi = PartnerPlace.objects.get()
        assert shaanxi.slug == "shaanxi-province"

        response = client.post(
            snippet_url(Organisation, "add"),
            {
                **translated("name", "Сиань университеті", en="Xi'an University"),
                **translated("short_name"),
                "kind": "university",
                "country": "",
                "place": shaanxi.pk,
                "website": "https://www.example.cn/",
            },
        )
        assert response.status_code == 302
        assert Organisation.objects.get().country == china  # taken from the place

        response = client.post(
            snippet_url(Person, "add"),
            nested_form_data(
                {
                    **translated("name", "Өмірзақ Шөкеев", en="Umirzak Shukeyev"),
                    "country": "",
                    "positions": inline_formset(
                        [
                            {
                                **translated("title", "Премьер-министрдің орынбасары"),
                                "organisation": "",
                                "start_date": "2017-02-01",
                                "end_date": "2018-12-31",
                            },
                            {
                                **translated("title", "Түркістан облысының әкімі"),
                                "organisation": "",
                                "start_date": "2019-01-01",
                                "end_date": "",
                            },
                        ]
                    ),
                }
            ),
        )
        assert response.status_code == 302
        person = Person.objects.get()
        assert person.positions.count() == 2
        assert person.position_on(date(2019, 5, 14)) == "Түркістан облысының әкімі"

        response = client.post(
            snippet_url(Event, "add"),
            {
                **translated("name", "Өңіраралық ынтымақтастық форумы"),
                "edition": "15",
                "country": "",
                "place": shaanxi.pk,
                **translated("venue", "Сиань"),
                "start_date": "2018-11-08",
                "end_date": "2018-11-09",
            },
        )
        assert response.status_code == 302
        assert Event.objects.get().country == china


@pytest.mark.django_db
class TestRecordValidation:
    """Each mistake is shown next to its field or on its inline panel; nothing is saved and
    nothing entered is lost."""

    def test_a_delegation_ending_before_it_starts(self, client, cooperation, editor):
        response = client.post(
            add_url(DelegationPage, cooperation.delegations),
            delegation_form(end_date="2019-05-10"),
        )
        assert response.status_code == 200
        assert not DelegationPage.objects.exists()
        assert field_errors(response, "end_date") == [
            "The end date cannot be before the start date."
        ]
        html = html_of(response)
        assert html.find(attrs={"name": "end_date"})["value"] == "2019-05-10"
        assert (
            html.find(attrs={"name": "title_kk"})["value"] == "Облыс делегациясының Шэньсиге сапары"
        )

    def test_a_programme_item_outside_the_visit(self, client, cooperation, editor):
        response = client.post(
            add_url(DelegationPage, cooperation.delegations),
            delegation_form(
                programme=inline_formset(
                    [
                        programme_item("2019-05-13", "Губернатормен кездесу"),
                        programme_item("2019-05-20", "Зауытқа бару", kind="site_visit"),
                    ]
                )
            ),
        )
        assert response.status_code == 200
        assert not DelegationPage.objects.exists()
        assert field_errors(response, "programme-1-date") == [
            "Give a date within the dates of the visit."
        ]
        assert field_errors(response, "programme-0-date") == []
        html = html_of(response)
        assert html.find(attrs={"name": "programme-1-description_kk"})["value"] == "Зауытқа бару"

    def test_the_programme_is_checked_along_with_other_mistakes(self, client, cooperation, editor):
        response = client.post(
            add_url(DelegationPage, cooperation.delegations),
            delegation_form(
                title_kk="",
                programme=inline_formset([programme_item("2019-06-01", "Кездесу")]),
            ),
        )
        assert response.status_code == 200
        assert field_errors(response, "programme-0-date") == [
            "Give a date within the dates of the visit."
        ]

    def test_an_event_ending_before_it_starts(self, client, editor):
        response = client.post(
            snippet_url(Event, "add"),
            {
                **translated("name", "Форум"),
                "edition": "",
                "country": "",
                "place": "",
                **translated("venue"),
                "start_date": "2018-11-08",
                "end_date": "2018-11-07",
            },
        )
        assert response.status_code == 200
        assert not Event.objects.exists()
        assert field_errors(response, "end_date") == [
            "The end date cannot be before the start date."
        ]

    def test_a_position_ending_before_it_starts(self, client, editor):
        response = client.post(
            snippet_url(Person, "add"),
            nested_form_data(
                {
                    **translated("name", "Өмірзақ Шөкеев"),
                    "country": "",
                    "positions": inline_formset(
                        [
                            {
                                **translated("title", "облыс әкімі"),
                                "organisation": "",
                                "start_date": "2019-01-01",
                                "end_date": "2018-01-01",
                            }
                        ]
                    ),
                }
            ),
        )
        assert response.status_code == 200
        assert not Person.objects.exists()
        assert field_errors(response, "positions-0-end_date") == [
            "The end date cannot be before the start date."
        ]
        assert (
            html_of(response).find(attrs={"name": "positions-0-title_kk"})["value"] == "облыс әкімі"
        )

    def test_an_agreement_with_one_party(self, client, cooperation, editor):
        response = client.post(
            add_url(AgreementPage, cooperation.agreements),
            agreement_form(
                parties=inline_formset([party(region=cooperation.region)]),
                status_history=signed_history(),
            ),
        )
        assert response.status_code == 200
        assert not AgreementPage.objects.exists()
        assert panel_errors(response, "parties") == ["An agreement needs at least two parties."]

    @pytest.mark.parametrize("chosen", ["none", "two"])
    def test_a_party_row_needs_exactly_one_entity(
        self, client, cooperation, partners, editor, chosen
    ):
        china, _korea, shaanxi = partners
        second = party() if chosen == "none" else party(country=china, place=shaanxi)
        response = client.post(
            add_url(AgreementPage, cooperation.agreements),
            agreement_form(
                parties=inline_formset(
                    [party(region=cooperation.region), second, party(place=shaanxi)]
                ),
                status_history=signed_history(),
            ),
        )
        assert response.status_code == 200
        assert not AgreementPage.objects.exists()
        assert row_errors(response, "parties-1") == ["Choose exactly one party in each row."]
        assert row_errors(response, "parties-0") == []

    def test_a_status_history_going_back_in_time(self, client, cooperation, partners, editor):
        _china, _korea, shaanxi = partners
        response = client.post(
            add_url(AgreementPage, cooperation.agreements),
            agreement_form(
                parties=inline_formset([party(region=cooperation.region), party(place=shaanxi)]),
                status_history=inline_formset(
                    [
                        status_change("2019-05-14", STATUS.SIGNED),
                        status_change("2019-03-01", STATUS.UNDER_CONSIDERATION),
                    ]
                ),
            ),
        )
        assert response.status_code == 200
        assert not AgreementPage.objects.exists()
        assert field_errors(response, "status_history-1-date") == [
            "The status history goes back in time: give the changes in date order."
        ]

    def test_a_signed_status_without_a_signing_date(self, client, cooperation, partners, editor):
        _china, _korea, shaanxi = partners
        response = client.post(
            add_url(AgreementPage, cooperation.agreements),
            agreement_form(
                signed_on="",
                parties=inline_formset([party(region=cooperation.region), party(place=shaanxi)]),
                status_history=signed_history(),
            ),
        )
        assert response.status_code == 200  # was a server error: the model saw no history
        assert not AgreementPage.objects.exists()
        assert field_errors(response, "signed_on") == [
            "Give the date of signing: the status history says it is signed."
        ]
        html = html_of(response)
        assert (
            html.find(attrs={"name": "status_history-1-status"}).find(selected=True)["value"]
            == STATUS.SIGNED
        )

    def test_every_mistake_is_shown_at_once(self, client, cooperation, partners, editor):
        response = client.post(
            add_url(AgreementPage, cooperation.agreements),
            agreement_form(
                title_kk="",
                signed_on="",
                parties=inline_formset([party(region=cooperation.region)]),
                status_history=inline_formset(
                    [
                        status_change("2019-05-14", STATUS.SIGNED),
                        status_change("2019-03-01", STATUS.UNDER_CONSIDERATION),
                    ]
                ),
            ),
        )
        assert response.status_code == 200
        assert panel_errors(response, "parties") == ["An agreement needs at least two parties."]
        assert field_errors(response, "status_history-1-date")
        assert field_errors(response, "signed_on")

    def test_correcting_a_signed_agreement_back_to_under_consideration(
        self, client, cooperation, partners, editor
    ):
        """The signing-date check reads the history being posted, not the saved one."""
        _china, _korea, shaanxi = partners
        agreement = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, shaanxi],
            statuses=[(date(2019, 5, 14), STATUS.SIGNED)],
        )
        agreement.save_revision().publish()
        row = agreement.status_history.get()
        response = client.post(
            f"/admin/pages/{agreement.pk}/edit/",
            agreement_form(
                title_kk=agreement.title_kk,
                signed_on="",
                parties=saved_parties(agreement),
                status_history=inline_formset(
                    [{**status_change("2019-05-14", STATUS.UNDER_CONSIDERATION), "id": row.pk}],
                    initial=1,
                ),
            ),
        )
        assert response.status_code == 302, response.context["form"].errors
        agreement = AgreementPage.objects.get(pk=agreement.pk)
        assert agreement.signed_on is None
        assert agreement.status == STATUS.UNDER_CONSIDERATION

    def test_adding_a_signed_status_to_a_saved_agreement_needs_the_date(
        self, client, cooperation, partners, editor
    ):
        _china, _korea, shaanxi = partners
        agreement = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, shaanxi],
            signed_on=None,
            statuses=[(date(2019, 3, 1), STATUS.UNDER_CONSIDERATION)],
        )
        row = agreement.status_history.get()
        response = client.post(
            f"/admin/pages/{agreement.pk}/edit/",
            agreement_form(
                title_kk=agreement.title_kk,
                signed_on="",
                parties=saved_parties(agreement),
                status_history=inline_formset(
                    [
                        {**status_change("2019-03-01", STATUS.UNDER_CONSIDERATION), "id": row.pk},
                        status_change("2019-05-14", STATUS.SIGNED),
                    ],
                    initial=1,
                ),
            ),
        )
        assert response.status_code == 200
        assert field_errors(response, "signed_on") == [
            "Give the date of signing: the status history says it is signed."
        ]
        assert AgreementPage.objects.get(pk=agreement.pk).status == STATUS.UNDER_CONSIDERATION


@pytest.mark.django_db
class TestPageForms:
    def test_every_page_type_has_a_working_edit_form(self, client, cooperation, partners, editor):
        china, _korea, shaanxi = partners
        delegation = make_delegation(cooperation.delegations, countries=[china])
        agreement = make_agreement(
            cooperation.agreements, parties=[cooperation.region, shaanxi], delegation=delegation
        )
        project = make_project(
            cooperation.projects, partners=[OrganisationFactory(country=china)], agreement=agreement
        )
        pages = [
            cooperation.section,
            cooperation.delegations,
            cooperation.agreements,
            cooperation.projects,
            delegation,
            agreement,
            project,
        ]
        for page in pages:
            response = client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200, type(page).__name__
            assert html_of(response).find(attrs={"name": "title_kk"})["value"] == page.title_kk

    def test_the_section_offers_its_three_lists(self, client, site, editor):
        response = client.get(f"/admin/pages/{site.home.pk}/add_subpage/")
        assert "/admin/pages/add/cooperation/cooperationindexpage/" in response.content.decode()
        section = site.home.add_child(
            instance=CooperationIndexPage(title_kk="Ынтымақтастық", slug="cooperation")
        )
        html = client.get(f"/admin/pages/{section.pk}/add_subpage/").content.decode()
        for model in ("agreementindexpage", "delegationindexpage", "projectindexpage"):
            url = f"/admin/pages/add/cooperation/{model}/{section.pk}/"
            assert url in html
            assert client.get(url).status_code == 200

    def test_a_list_adds_its_records_directly(self, client, cooperation, editor):
        response = client.get(f"/admin/pages/{cooperation.delegations.pk}/add_subpage/")
        assert response.status_code == 302
        assert response.url == add_url(DelegationPage, cooperation.delegations)


def article_form(**overrides):
    data = {
        **translated("title", "Түркістан мен Шэньси бауырлас өңір болды"),
        "slug": "",
        "lead_kk": "Келісімге қол қойылды.",
        "date": "2026-07-18 12:10",
        "body_kk": streamfield(
            [("paragraph", rich_text("<p>Келісім сауда мен мәдениетті қамтиды.</p>"))]
        ),
        "body_ru": streamfield([]),
        "body_en": streamfield([]),
        "related_links": inline_formset([]),
        **{f"{name}_links": inline_formset([]) for name in ARTICLE_LINKS},
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
class TestArticleChoosers:
    def test_the_article_form_offers_a_chooser_for_each_kind_of_link(
        self, client, cooperation, editor
    ):
        article = ArticlePageFactory(parent=cooperation.news)
        response = client.get(f"/admin/pages/{article.pk}/edit/")
        assert response.status_code == 200
        html = html_of(response)
        for name in ARTICLE_LINKS:
            assert html.find(id=f"id_{name}_links-FORMS") is not None, name
            assert html.find(id=f"id_{name}_links-OPEN_MODAL") is not None, name
        formsets = response.context["form"].formsets
        page_types = {
            name: formsets[f"{name}_links"].empty_form.fields[name].widget.model_names
            for name in ("delegation", "agreement", "project")
        }
        assert page_types == {
            "delegation": ["cooperation.delegationpage"],
            "agreement": ["cooperation.agreementpage"],
            "project": ["cooperation.projectpage"],
        }
        snippet_choosers = {
            name: formsets[f"{name}_links"].empty_form.fields[name].widget.get_chooser_modal_url()
            for name in ("country", "place", "organisation")
        }
        assert snippet_choosers == {
            "country": "/admin/snippets/choose/cooperation/country/",
            "place": "/admin/snippets/choose/cooperation/partnerplace/",
            "organisation": "/admin/snippets/choose/cooperation/organisation/",
        }

    def test_posting_chosen_records_saves_the_links(self, client, cooperation, partners, editor):
        china, korea, shaanxi = partners
        delegation = make_delegation(cooperation.delegations, countries=[china])
        agreement = make_agreement(cooperation.agreements, parties=[cooperation.region, shaanxi])
        response = client.post(
            f"/admin/pages/add/news/articlepage/{cooperation.news.pk}/",
            article_form(
                delegation_links=inline_formset([{"delegation": delegation.pk}]),
                agreement_links=inline_formset([{"agreement": agreement.pk}]),
                country_links=inline_formset([{"country": china.pk}, {"country": korea.pk}]),
                place_links=inline_formset([{"place": shaanxi.pk}]),
            ),
        )
        assert response.status_code == 302
        article = ArticlePage.objects.get()
        assert [link.delegation for link in article.delegation_links.all()] == [delegation]
        assert [link.agreement for link in article.agreement_links.all()] == [agreement]
        assert [link.country for link in article.country_links.all()] == [china, korea]
        assert [link.place for link in article.place_links.all()] == [shaanxi]
        assert list(delegation.article_links.values_list("page", flat=True)) == [article.pk]

    def test_a_page_of_another_type_is_refused(self, client, cooperation, partners, editor):
        _china, _korea, shaanxi = partners
        agreement = make_agreement(cooperation.agreements, parties=[cooperation.region, shaanxi])
        response = client.post(
            f"/admin/pages/add/news/articlepage/{cooperation.news.pk}/",
            article_form(delegation_links=inline_formset([{"delegation": agreement.pk}])),
        )
        assert response.status_code == 200
        assert not ArticlePage.objects.exists()

    def test_the_page_chooser_offers_only_the_target_type(
        self, client, cooperation, partners, editor
    ):
        china, _korea, shaanxi = partners
        make_delegation(cooperation.delegations, countries=[china], title_kk="Шэньсиге сапар")
        make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, shaanxi],
            title_kk="Шэньси келісімі",
        )
        response = client.get(
            "/admin/choose-page/search/?page_type=cooperation.delegationpage&q=Шэньси"
        )
        assert response.status_code == 200
        text = chooser_html(response)
        assert "Шэньсиге сапар" in text
        assert "Шэньси келісімі" not in text

        # Browsing opens on the delegations list, where only delegations can be chosen.
        response = client.get("/admin/choose-page/?page_type=cooperation.delegationpage")
        assert response.status_code == 200
        assert response.json()["parent_page_id"] == cooperation.delegations.pk
        assert "Шэньсиге сапар" in chooser_html(response)

    @pytest.mark.parametrize(
        ("model", "name"),
        [
            ("country", "Republic of Korea"),
            ("partnerplace", "Shaanxi"),
            ("organisation", "Doosan Enerbility"),
        ],
    )
    def test_the_snippet_choosers_answer(self, client, partners, editor, model, name):
        _china, korea, _shaanxi = partners
        OrganisationFactory(country=korea, name_en="Doosan Enerbility")
        response = client.get(f"/admin/snippets/choose/cooperation/{model}/")
        assert response.status_code == 200
        assert name in chooser_html(response)

    @pytest.mark.parametrize("query", ["Қытай", "Китай", "China"])
    def test_the_country_chooser_finds_a_name_in_any_language(
        self, client, partners, editor, query
    ):
        response = client.get("/admin/snippets/choose/cooperation/country/results/", {"q": query})
        assert response.status_code == 200
        html = chooser_html(response)
        assert "China" in html
        assert "Republic of Korea" not in html
