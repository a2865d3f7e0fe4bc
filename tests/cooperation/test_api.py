"""The JSON API of the cooperation records (cooperation/api.py): per language, filtered like the
public lists, read-only, at a constant number of queries."""

from datetime import date, time
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cooperation import queries
from cooperation.choices import AgreementKind, Direction, ProjectStatus
from cooperation.models import (
    AgreementDocument,
    AgreementSignatory,
    DelegationMember,
    Event,
    ProgrammeItem,
    Sector,
)

from .factories import (
    STATUS,
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    add_rows,
    make_agreement,
    make_delegation,
    make_document,
    make_person,
    make_project,
)

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ids(data):
    return [item["id"] for item in data["items"]]


@pytest.fixture
def world(cooperation):
    """Two partner countries and the records about them; a few only in some languages."""
    w = cooperation
    w.china = CountryFactory(code="CN", name_kk="Қытай", name_ru="Китай", name_en="China")
    w.korea = CountryFactory(code="KR", name_kk="Корея", name_ru="Корея", name_en="Korea")
    w.shaanxi = PartnerPlaceFactory(
        country=w.china, slug="shaanxi", name_ru="Провинция Шэньси", name_en="Shaanxi"
    )
    w.weinan = PartnerPlaceFactory(
        country=w.china, parent=w.shaanxi, slug="weinan", name_ru="Вэйнань", name_en="Weinan"
    )
    w.engineering = OrganisationFactory(country=w.korea, name_ru="Корейская компания")
    w.builders = OrganisationFactory(country=w.china)
    w.akim = make_person(
        positions=[
            ("облыс әкімі", "аким области", "akim of the region", date(2016, 1, 1),
             date(2019, 12, 31)),
            ("министр", "министр", "minister", date(2020, 1, 1), None),
        ]
    )  # fmt: skip
    w.deputy = make_person(
        "Бек Бекұлы", "Бек Бекович", "Bek Bekuly",
        positions=[("әкім орынбасары", "заместитель акима", "deputy akim", None, None)],
    )  # fmt: skip
    w.forum = Event.objects.create(
        name_kk="Өңіраралық ынтымақтастық форумы",
        name_ru="Форум межрегионального сотрудничества",
        name_en="Forum of Interregional Cooperation",
        edition=15,
        country=w.china,
        start_date=date(2019, 5, 13),
    )

    w.d1 = make_delegation(
        w.delegations,
        countries=[w.china],
        places=[w.weinan],
        start=date(2019, 5, 12),
        end=date(2019, 5, 16),
        leader=w.akim,
        event=w.forum,
        region=w.region,
        title_ru="Визит в Шэньси",
        title_en="Visit to Shaanxi",
        purpose_ru="Расширить торговлю",
        outcomes_kk="<p>Нәтиже</p>",
        outcomes_ru="<p>Итоги</p>",
    )
    add_rows(
        w.d1,
        members=[
            DelegationMember(person=w.deputy, role_ru="переводчик", role_kk="аудармашы"),
            DelegationMember(person=w.deputy),
        ],
        programme=[
            ProgrammeItem(
                date=date(2019, 5, 13), time=time(10, 30), kind="forum",
                description_kk="Форум", description_ru="Форум", description_en="Forum",
                place=w.weinan, organisation=w.builders, counterpart=w.akim,
            ),
        ],
    )  # fmt: skip
    w.d2 = make_delegation(
        w.delegations,
        countries=[w.korea],
        direction=Direction.INCOMING,
        start=date(2018, 10, 1),
        end=date(2018, 10, 3),
    )  # Kazakh and Russian only
    w.d_draft = make_delegation(w.delegations, countries=[w.china], live=False)

    w.a1 = make_agreement(
        w.agreements,
        parties=[w.region, w.weinan],
        kind=AgreementKind.MEMORANDUM,
        signed_on=date(2019, 5, 14),
        statuses=[(date(2019, 5, 14), STATUS.SIGNED)],
        sectors=["trade"],
        delegation=w.d1,
        event=w.forum,
        title_kk="Түркістан мен Вэйнань меморандумы",
        title_ru="Меморандум Туркестана и Вэйнаня",
        title_en="Memorandum of Turkestan and Weinan",
        signing_place_ru="Вэйнань",
    )
    add_rows(
        w.a1,
        signatories=[AgreementSignatory(person=w.akim)],
        documents=[AgreementDocument(document=make_document(title="备忘录"), language="zh")],
    )
    w.a2 = make_agreement(
        w.agreements,
        parties=[w.region, w.shaanxi],
        kind=AgreementKind.SISTER_REGION,
        signed_on=date(2018, 11, 20),
        statuses=[
            (date(2020, 2, 1), STATUS.IN_IMPLEMENTATION),
            (date(2018, 6, 1), STATUS.UNDER_CONSIDERATION),
            (date(2018, 11, 20), STATUS.SIGNED),
        ],
        sectors=["culture", "education"],
        title_kk="Бауырлас өңірлер туралы келісім",
        title_ru="Соглашение о побратимских связях",
        title_en="Sister-region agreement",
    )
    w.a3 = make_agreement(
        w.agreements,
        parties=[w.region, w.engineering],
        kind=AgreementKind.INVESTMENT,
        signed_on=date(2020, 3, 1),
        statuses=[(date(2020, 3, 1), STATUS.SIGNED)],
        sectors=["energy"],
        title_kk="Инвестициялық келісім",
        title_ru="Инвестиционное соглашение",
    )  # no English version
    add_rows(w.a3, signatories=[AgreementSignatory(person=w.akim)])
    w.a4 = make_agreement(
        w.agreements,
        parties=[w.region, w.korea],
        signed_on=None,
        statuses=[(date(2021, 6, 2), STATUS.UNDER_CONSIDERATION)],
        sectors=["trade"],
        title_kk="Кореямен ынтымақтастық шарты",
        title_ru="Договор о сотрудничестве с Кореей",
        title_en="Cooperation with Korea",
    )
    w.a_draft = make_agreement(
        w.agreements, parties=[w.region, w.china], sectors=["trade"], live=False
    )

    w.p1 = make_project(
        w.projects,
        partners=[w.engineering],
        sector=Sector.objects.get(code="energy"),
        status=ProjectStatus.CONSTRUCTION,
        capacity_value=926,
        capacity_unit_kk="МВт",
        capacity_unit_ru="МВт",
        capacity_unit_en="MW",
        investment_amount=1_200_000_000,
        agreement=w.a3,
        title_en="Combined-cycle power plant",
    )
    w.p2 = make_project(
        w.projects, partners=[w.builders], sector=Sector.objects.get(code="tourism"), title_ru=""
    )  # Kazakh only
    return w


def expected_agreements(params, language):
    """What the register shows for the same filters, through its own form and function."""
    data = dict(params)
    if "order" in data:
        data["sort"] = data.pop("order")
    form = queries.AgreementFilterForm(data)
    assert form.is_valid(), form.errors
    listed = queries.agreements_for_listing(language)
    return [page.pk for page in queries.filter_agreements(listed, form.cleaned_data, language)]


class TestAgreementsEndpoint:
    def test_listing_is_in_the_language_of_the_url(self, world, client):
        data = get_json(client, "/ru/api/v2/agreements/")
        assert data["meta"]["total_count"] == 4
        assert ids(data) == [world.a4.pk, world.a3.pk, world.a1.pk, world.a2.pk]  # newest first
        a1 = data["items"][2]
        assert a1["title"] == "Меморандум Туркестана и Вэйнаня"
        assert a1["kind"] == "memorandum"
        assert a1["date"] == "2019-05-14"
        assert a1["meta"]["type"] == "cooperation.AgreementPage"
        assert a1["meta"]["detail_url"] == f"http://testserver/ru/api/v2/agreements/{world.a1.pk}/"
        assert a1["meta"]["html_url"] == "http://testserver" + world.a1.url_in("ru")
        assert a1["meta"]["html_url"].startswith("http://testserver/ru/cooperation/agreements/")
        assert a1["parties"] == [
            {"type": "region", "name": "Туркестанская область", "country": None,
             "slug": world.region.slug},
            {"type": "place", "name": "Вэйнань", "country": "CN", "slug": "weinan"},
        ]  # fmt: skip
        assert [field["code"] for field in a1["fields"]] == ["trade"]

        kk = get_json(client, "/kk/api/v2/agreements/")
        assert [item["title"] for item in kk["items"]][2] == "Түркістан мен Вэйнань меморандумы"
        assert kk["items"][2]["parties"][0]["name"] == "Түркістан облысы"

    def test_detail_has_every_field(self, world, client):
        data = get_json(client, f"/ru/api/v2/agreements/{world.a1.pk}/")
        assert set(data) == {
            "id", "meta", "title", "kind", "kind_display", "summary", "date", "signed_on",
            "signing_place", "parties", "signatories", "fields", "status", "status_display",
            "status_history", "documents", "delegation", "event",
        }  # fmt: skip
        assert data["signed_on"] == "2019-05-14"
        assert data["signing_place"] == "Вэйнань"
        assert data["status"] == "signed"
        assert data["signatories"] == [{"name": "Умирзак Шукеев", "position": "аким области"}]
        document = data["documents"][0]
        assert document["language"] == "zh" and document["title"] == "备忘录"
        assert document["url"].startswith("http://testserver/documents/")
        assert data["delegation"]["id"] == world.d1.pk
        assert data["delegation"]["title"] == "Визит в Шэньси"
        assert data["delegation"]["meta"]["detail_url"].endswith(
            f"/ru/api/v2/delegations/{world.d1.pk}/"
        )
        assert data["event"]["name"] == "Форум межрегионального сотрудничества"
        assert data["event"]["edition"] == 15
        assert data["meta"]["languages"] == ["kk", "ru", "en"]

    def test_signatories_hold_the_position_of_the_signing_date(self, world, client):
        data = get_json(client, f"/en/api/v2/agreements/{world.a1.pk}/")
        assert data["signatories"][0]["position"] == "akim of the region"
        data = get_json(client, f"/ru/api/v2/agreements/{world.a3.pk}/")
        assert data["signatories"][0]["position"] == "министр"

    def test_status_history_is_in_date_order(self, world, client):
        data = get_json(client, f"/kk/api/v2/agreements/{world.a2.pk}/")
        assert [(s["date"], s["status"]) for s in data["status_history"]] == [
            ("2018-06-01", "under_consideration"),
            ("2018-11-20", "signed"),
            ("2020-02-01", "in_implementation"),
        ]
        assert data["status"] == "in_implementation"
        assert [f["code"] for f in data["fields"]] == ["education", "culture"]  # sectors' order

    FILTERS = [
        ({"country": "CN"}, ["a1", "a2"]),
        ({"country": "kr"}, ["a4", "a3"]),
        ({"place": "shaanxi"}, ["a1", "a2"]),  # Weinan lies in Shaanxi
        ({"place": "weinan"}, ["a1"]),
        ({"kind": "memorandum"}, ["a1"]),
        ({"field": "trade"}, ["a4", "a1"]),
        ({"status": "signed"}, ["a3", "a1"]),
        ({"year": "2018"}, ["a2"]),
        ({"sort": "date"}, ["a2", "a1", "a3", "a4"]),
        ({"order": "title"}, ["a4", "a3", "a1", "a2"]),
        ({"country": "CN", "field": "trade", "year": "2019"}, ["a1"]),
        ({"status": "signed", "order": "date"}, ["a1", "a3"]),
    ]

    def test_filters_are_the_registers(self, world, client):
        # One world for every case: building it is the slow part.
        for query, expected in self.FILTERS:
            url = "/ru/api/v2/agreements/?" + urlencode(query)
            data = get_json(client, url)
            assert ids(data) == [getattr(world, name).pk for name in expected], query
            assert ids(data) == expected_agreements(query, "ru"), query
            assert data["meta"]["total_count"] == len(expected), query

    def test_filters_in_another_language(self, world, client):
        data = get_json(client, "/en/api/v2/agreements/?country=KR")
        assert ids(data) == [world.a4.pk] == expected_agreements({"country": "KR"}, "en")

    def test_limit_and_offset(self, world, client):
        data = get_json(client, "/ru/api/v2/agreements/?limit=2&offset=1")
        assert ids(data) == [world.a3.pk, world.a1.pk]
        assert data["meta"]["total_count"] == 4
        data = get_json(client, "/ru/api/v2/agreements/?offset=3&sort=date")
        assert ids(data) == [world.a4.pk]

    def test_fields_parameter(self, world, client):
        data = get_json(client, "/kk/api/v2/agreements/?fields=_,title,summary&limit=1")
        assert set(data["items"][0]) == {"title", "summary"}
        data = get_json(client, "/kk/api/v2/agreements/?fields=status_history,-parties&limit=1")
        assert "status_history" in data["items"][0] and "parties" not in data["items"][0]

    def test_a_record_missing_in_a_language_is_not_in_its_api(self, world, client):
        assert world.a3.pk not in ids(get_json(client, "/en/api/v2/agreements/"))
        data = get_json(client, f"/en/api/v2/agreements/{world.a3.pk}/", status=404)
        assert "message" in data
        assert get_json(client, f"/ru/api/v2/agreements/{world.a3.pk}/")["id"] == world.a3.pk

    def test_unpublished_and_private_records_never_appear(self, world, client):
        for language in ("kk", "ru", "en"):
            assert world.a_draft.pk not in ids(get_json(client, f"/{language}/api/v2/agreements/"))
        get_json(client, f"/kk/api/v2/agreements/{world.a_draft.pk}/", status=404)

        PageViewRestriction.objects.create(
            page=world.agreements, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        assert get_json(client, "/kk/api/v2/agreements/")["items"] == []
        get_json(client, f"/kk/api/v2/agreements/{world.a1.pk}/", status=404)

    BAD_QUERIES = [
        "country=ZZ",
        "country=China",
        "place=atlantis",
        "kind=treaty",
        "field=space",
        "status=lost",
        "year=abc",
        "year=1700",
        "sort=random",
        "order=-title",
        "sort=date&order=title",
        "page=2",
        "search=memorandum",
        "title=Memorandum",
        "limit=abc",
        "limit=1000",
        "offset=-1",
        "fields=colour",
        "fields=title(",
    ]

    def test_bad_values_are_a_400_with_a_message(self, world, client):
        for query in self.BAD_QUERIES:
            data = get_json(client, f"/ru/api/v2/agreements/?{query}", status=400)
            assert set(data) == {"message"} and data["message"], query


class TestDelegationsEndpoint:
    def test_listing_and_detail_in_kazakh(self, world, client):
        data = get_json(client, "/kk/api/v2/delegations/")
        assert ids(data) == [world.d1.pk, world.d2.pk]
        d1 = data["items"][0]
        assert d1["direction"] == "outgoing"
        assert d1["countries"] == [{"code": "CN", "name": "Қытай"}]
        assert d1["places"][0]["slug"] == "weinan" and d1["places"][0]["country"] == "CN"
        assert d1["leader"] == {"name": "Өмірзақ Шөкеев", "position": "облыс әкімі"}
        assert d1["start_date"] == "2019-05-12" and d1["end_date"] == "2019-05-16"

        detail = get_json(client, f"/kk/api/v2/delegations/{world.d1.pk}/")
        assert detail["outcomes"] == "<p>Нәтиже</p>"
        assert detail["members"] == [
            {"name": "Бек Бекұлы", "role": "аудармашы"},
            {"name": "Бек Бекұлы", "role": "әкім орынбасары"},  # no role: his position
        ]
        assert detail["region"]["name"] == "Түркістан облысы"
        assert detail["event"]["country"] == "CN"
        assert [a["id"] for a in detail["agreements"]] == [world.a1.pk]

    def test_detail_in_english(self, world, client):
        data = get_json(client, f"/en/api/v2/delegations/{world.d1.pk}/")
        assert data["title"] == "Visit to Shaanxi"
        assert data["countries"] == [{"code": "CN", "name": "China"}]
        assert data["leader"]["position"] == "akim of the region"
        item = data["programme"][0]
        assert item["date"] == "2019-05-13" and item["time"] == "10:30"
        assert item["kind"] == "forum" and item["description"] == "Forum"
        assert item["counterpart"] == {"name": "Umirzak Shukeyev", "position": "akim of the region"}
        assert item["place"]["slug"] == "weinan"
        assert data["meta"]["html_url"] == "http://testserver" + world.d1.url_in("en")

    def test_outcomes_are_html_a_reader_can_follow(self, world, client):
        world.d1.outcomes_ru = (
            f'<p>Подписан <a linktype="page" id="{world.a1.pk}">меморандум</a></p>'
        )
        world.d1.save()
        outcomes = get_json(client, f"/ru/api/v2/delegations/{world.d1.pk}/")["outcomes"]
        assert "linktype" not in outcomes
        assert f'href="{world.a1.url_in("ru")}"' in outcomes
        url = "/ru/api/v2/delegations/?fields=_,outcomes&country=CN&rich_text_format=db_html"
        assert 'linktype="page"' in get_json(client, url)["items"][0]["outcomes"]

    def test_a_delegation_missing_in_english(self, world, client):
        assert ids(get_json(client, "/en/api/v2/delegations/")) == [world.d1.pk]
        get_json(client, f"/en/api/v2/delegations/{world.d2.pk}/", status=404)
        get_json(client, f"/ru/api/v2/delegations/{world.d_draft.pk}/", status=404)

    def test_filters_are_the_lists(self, world, client):
        for query, expected in [
            ({"country": "CN"}, ["d1"]),
            ({"direction": "incoming"}, ["d2"]),
            ({"year": "2019"}, ["d1"]),
            ({"country": "KR", "direction": "outgoing"}, []),
        ]:
            found = ids(get_json(client, "/ru/api/v2/delegations/?" + urlencode(query)))
            assert found == [getattr(world, name).pk for name in expected], query
            form = queries.DelegationFilterForm(query)
            assert form.is_valid()
            listed = queries.delegations_for_listing("ru")
            assert found == [
                page.pk for page in queries.filter_delegations(listed, form.cleaned_data)
            ]

    def test_bad_values(self, world, client):
        for query in ["direction=sideways", "year=soon", "country=XX", "kind=x", "order=title"]:
            get_json(client, f"/kk/api/v2/delegations/?{query}", status=400)


class TestProjectsEndpoint:
    def test_listing_and_detail(self, world, client):
        data = get_json(client, "/en/api/v2/projects/")
        assert ids(data) == [world.p1.pk]  # the other one has no English version
        p1 = data["items"][0]
        assert p1["title"] == "Combined-cycle power plant"
        assert p1["capacity"] == {"value": 926, "unit": "MW"}
        assert p1["investment"] == {"amount": 1_200_000_000, "currency": "USD"}
        assert p1["sector"]["code"] == "energy"
        assert p1["partners"][0]["country"] == "KR"
        assert p1["status"] == "construction"

        detail = get_json(client, f"/ru/api/v2/projects/{world.p1.pk}/")
        assert detail["capacity"] == {"value": 926, "unit": "МВт"}
        assert detail["partners"][0]["name"] == "Корейская компания"
        assert detail["agreement"]["id"] == world.a3.pk
        assert detail["agreement"]["title"] == "Инвестиционное соглашение"
        # The agreement has no English version: no reference to a detail that would be a 404.
        assert get_json(client, f"/en/api/v2/projects/{world.p1.pk}/")["agreement"] is None

    def test_filters(self, world, client):
        for query, expected in [
            ({"country": "KR"}, ["p1"]),
            ({"country": "CN"}, ["p2"]),
            ({"status": "construction"}, ["p1"]),
            ({"sector": "tourism"}, ["p2"]),
            ({"sector": "energy", "status": "proposed"}, []),
        ]:
            found = ids(get_json(client, "/kk/api/v2/projects/?" + urlencode(query)))
            assert found == [getattr(world, name).pk for name in expected], query

    def test_bad_values(self, world, client):
        for query in ["status=built", "sector=mining", "country=QQ", "year=2019"]:
            get_json(client, f"/kk/api/v2/projects/?{query}", status=400)


class TestCountriesEndpoint:
    def test_counts_are_of_the_records_listed_in_the_language(self, world, client):
        counts = {
            language: {
                item["code"]: item["counts"]
                for item in get_json(client, f"/{language}/api/v2/countries/")["items"]
            }
            for language in ("kk", "en")
        }
        assert counts["kk"]["CN"] == {"agreements": 2, "delegations": 1, "projects": 1}
        assert counts["kk"]["KR"] == {"agreements": 2, "delegations": 1, "projects": 1}
        assert counts["en"]["CN"] == {"agreements": 2, "delegations": 1, "projects": 0}
        assert counts["en"]["KR"] == {"agreements": 1, "delegations": 0, "projects": 1}

    def test_names_and_pages_in_the_language(self, world, client):
        CountryFactory(code="TH", name_kk="Тайланд", name_ru="", name_en="")
        data = get_json(client, "/en/api/v2/countries/")
        items = {item["code"]: item for item in data["items"]}
        assert items["CN"]["name"] == "China"
        assert items["TH"]["name"] == "Тайланд"  # no English name: the Kazakh one
        assert items["CN"]["meta"]["html_url"] == "http://testserver/en/cooperation/countries/cn/"

    def test_detail_and_find_by_code(self, world, client):
        data = get_json(client, f"/ru/api/v2/countries/{world.china.pk}/")
        assert data["name"] == "Китай"
        assert [place["slug"] for place in data["places"]] == ["shaanxi", "weinan"]
        response = client.get("/ru/api/v2/countries/find/?code=cn")
        assert response.status_code == 302
        assert response["Location"].startswith(
            f"http://testserver/ru/api/v2/countries/{world.china.pk}/"
        )
        assert client.get("/ru/api/v2/countries/find/?code=zz").status_code == 404

    def test_unknown_parameters(self, world, client):
        get_json(client, "/kk/api/v2/countries/?country=CN", status=400)


def full_records(w, count):
    """`count` of each record with every relation the API shows filled in."""
    for _ in range(count):
        country = CountryFactory()
        place = PartnerPlaceFactory(country=country)
        organisation = OrganisationFactory(country=country, place=place)
        person = make_person(
            country=country, positions=[("әкім", "аким", "mayor", date(2010, 1, 1), None)]
        )
        event = Event.objects.create(
            name_kk="Форум", country=country, place=place, start_date=date(2019, 5, 1)
        )
        delegation = make_delegation(
            w.delegations, countries=[country], places=[place], leader=person, event=event,
            region=w.region, title_en="Visit", outcomes_en="<p>Done</p>",
        )  # fmt: skip
        add_rows(
            delegation,
            members=[DelegationMember(person=person), DelegationMember(person=w.akim)],
            programme=[
                ProgrammeItem(date=date(2019, 5, 13), kind="meeting", description_kk="Кездесу",
                              counterpart=person, organisation=organisation, place=place),
            ],
        )  # fmt: skip
        agreement = make_agreement(
            w.agreements, parties=[w.region, country, place, organisation, person],
            sectors=["trade", "energy"], delegation=delegation, event=event, title_en="Agreement",
        )  # fmt: skip
        add_rows(
            agreement,
            signatories=[AgreementSignatory(person=person), AgreementSignatory(person=w.akim)],
            documents=[AgreementDocument(document=make_document(), language="kk")],
        )
        make_project(
            w.projects, partners=[organisation], sector=Sector.objects.get(code="energy"),
            region=w.region, agreement=agreement, capacity_value=10, capacity_unit_kk="MW",
            investment_amount=100, title_en="Project",
        )  # fmt: skip


@pytest.mark.parametrize("endpoint", ["agreements", "delegations", "projects", "countries"])
def test_a_listing_costs_a_constant_number_of_queries(cooperation, client, endpoint):
    cooperation.akim = make_person()
    url = f"/en/api/v2/{endpoint}/?fields=*"

    def queries_for_listing(expected_items):
        with CaptureQueriesContext(connection) as captured:
            data = get_json(client, url)
        assert len(data["items"]) == expected_items
        return len(captured)

    full_records(cooperation, 2)
    get_json(client, url)  # fills the caches of sites and content types
    with_two = queries_for_listing(2)
    full_records(cooperation, 8)
    assert queries_for_listing(10) == with_two
