"""The pages of a delegation, an agreement and a project: what a reader sees, in each language,
the articles about them, and their JSON-LD."""

import json
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from django.utils.translation import gettext

from cooperation.models import (
    AgreementDocument,
    AgreementSignatory,
    DelegationMember,
    Event,
    ProgrammeItem,
)
from tests.factories import ArticlePageFactory, paragraphs

from .factories import (
    STATUS,
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    link_article,
    make_agreement,
    make_delegation,
    make_document,
    make_person,
    make_project,
)

AKIM = ("облыс әкімі", "аким области", "akim of the region", date(2019, 1, 1), None)
DEPUTY = ("әкімнің орынбасары", "заместитель акима", "deputy akim", date(2016, 1, 1), None)


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


class Facts(dict):
    """A record's facts, looked up by the English term in the page's language."""

    def __init__(self, items, language):
        super().__init__(items)
        self.language = language

    def __getitem__(self, term):
        return super().__getitem__(in_language(term, self.language))


def in_language(text, language):
    with translation.override(language):
        return gettext(text)


def facts(html):
    """The record's <dl> as {term: text}."""
    dl = html.select_one("article.record dl.facts")
    items = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in dl.find_all("dt")
    }
    # A fallback version is shown whole in its own language, marked with lang.
    return Facts(items, dl.find_parent(attrs={"lang": True})["lang"])


def json_ld_of(html):
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


@pytest.fixture
def china(db):
    return CountryFactory(code="CN", name_kk="Қытай", name_ru="Китай", name_en="China")


@pytest.fixture
def shaanxi(china):
    return PartnerPlaceFactory(
        country=china,
        name_kk="Шэньси провинциясы",
        name_ru="Провинция Шэньси",
        name_en="Shaanxi province",
        slug="shaanxi",
    )


@pytest.fixture
def visit(cooperation, china, shaanxi):
    """An outgoing visit to Shaanxi, 12–16 May 2019, with its programme and a forum."""
    # Deputy until the end of 2018, akim from 2019: the visit falls in the second position.
    leader = make_person(
        positions=[
            (
                "әкімнің орынбасары",
                "заместитель акима",
                "deputy akim",
                date(2016, 1, 1),
                date(2018, 12, 31),
            ),
            AKIM,
        ]
    )
    member = make_person(
        name_kk="Ұлан Сәрсенов",
        name_ru="Улан Сарсенов",
        name_en="Ulan Sarsenov",
        positions=[DEPUTY],
    )
    # The governor's deputy became governor on 14 May, between the two programme days.
    host = make_person(
        name_kk="Лю Цзяньго",
        name_ru="Лю Цзяньго",
        name_en="Liu Jianguo",
        country=china,
        positions=[
            (
                "губернатордың орынбасары",
                "вице-губернатор",
                "vice-governor",
                date(2015, 1, 1),
                date(2019, 5, 13),
            ),
            ("губернатор", "губернатор", "governor", date(2019, 5, 14), None),
        ],
    )
    forum = Event.objects.create(
        name_kk="Өңіраралық ынтымақтастық форумы",
        name_ru="Форум межрегионального сотрудничества",
        name_en="Forum of Interregional Cooperation",
        edition=15,
        country=china,
        place=shaanxi,
        venue_kk="Сиань",
        venue_ru="Сиань",
        venue_en="Xi'an",
        start_date=date(2019, 5, 13),
        end_date=date(2019, 5, 14),
    )
    university = OrganisationFactory(country=china, name_ru="Сианьский университет")
    delegation = make_delegation(
        cooperation.delegations,
        countries=[china],
        places=[shaanxi],
        title_kk="Облыс делегациясы Шэньсиде",
        title_ru="Делегация области в Шэньси",
        title_en="The region's delegation in Shaanxi",
        purpose_ru="Обсудить побратимство.",
        purpose_en="To discuss sister relations.",
        region=cooperation.region,
        leader=leader,
        event=forum,
        outcomes_ru="<p>Подписано соглашение.</p>",
    )
    delegation.members = [
        DelegationMember(person=member),
        DelegationMember(person=host, role_ru="переводчик", role_kk="аудармашы"),
    ]
    delegation.programme = [
        ProgrammeItem(
            date=date(2019, 5, 14),
            time=time(15, 0),
            kind="signing",
            description_ru="Подписание соглашения",
            counterpart=host,
        ),
        ProgrammeItem(
            date=date(2019, 5, 13),
            time=time(10, 30),
            kind="meeting",
            description_ru="Встреча в правительстве провинции",
            counterpart=host,
            organisation=university,
            place=shaanxi,
        ),
    ]
    delegation.save_revision().publish()
    delegation.refresh_from_db()
    return delegation


@pytest.mark.django_db
class TestDelegationPage:
    def test_shows_what_a_reader_needs(self, client, visit, china, shaanxi, cooperation):
        html = html_of(client.get(visit.url_in("ru")))
        assert len(html.find_all("h1")) == 1
        assert html.h1.text == "Делегация области в Шэньси"
        shown = facts(html)
        assert shown["Our region"] == "Туркестанская область"
        assert "12 мая 2019" in shown["Dates"] and "16 мая 2019" in shown["Dates"]
        country_url = cooperation.section.url_in("ru") + "countries/cn/"
        place_url = cooperation.section.url_in("ru") + "places/shaanxi/"
        record = html.select_one("article.record")
        assert record.find("a", string="Провинция Шэньси")["href"] == place_url
        assert record.find("a", string="Китай")["href"] == country_url
        event = record.select_one("dd.event").get_text(" ", strip=True)
        assert "Форум межрегионального сотрудничества" in event
        assert "15" in record.select_one(".event__edition").text
        assert "Сиань" in event and "13 мая 2019" in event and "14 мая 2019" in event
        assert "Обсудить побратимство." in record.text
        assert "Подписано соглашение." in record.text

    def test_people_with_role_else_position_on_the_start_date(self, client, visit):
        html = html_of(client.get(visit.url_in("ru")))
        people = [li.get_text(" ", strip=True) for li in html.select("ul.people li")]
        # The leader was deputy until 2018: on 12 May 2019 he is akim.
        assert "Умирзак Шукеев , аким области" in people[0]
        assert "заместитель акима" not in people[0]
        assert people[1] == "Улан Сарсенов , заместитель акима"
        assert people[2] == "Лю Цзяньго , переводчик"  # the role given wins over the position

    def test_programme_by_day_with_the_counterpart_position_on_that_day(self, client, visit):
        html = html_of(client.get(visit.url_in("ru")))
        programme = html.select_one("section.programme")
        days = [h3.time["datetime"] for h3 in programme.find_all("h3")]
        assert days == ["2019-05-13", "2019-05-14"]
        first, second = programme.select("ul.programme__items")
        first_text = first.get_text(" ", strip=True)
        assert "10:30" in first_text and "Встреча в правительстве провинции" in first_text
        assert "Лю Цзяньго , вице-губернатор" in first_text
        assert "Сианьский университет" in first_text and "Провинция Шэньси" in first_text
        assert "Лю Цзяньго , губернатор" in second.get_text(" ", strip=True)

    def test_agreements_signed_during_the_visit(self, client, visit, cooperation, shaanxi):
        signed = make_agreement(
            cooperation.agreements, parties=[cooperation.region, shaanxi], delegation=visit
        )
        make_agreement(cooperation.agreements, parties=[shaanxi])  # another one
        html = html_of(client.get(visit.url_in("ru")))
        titles = [a.text for a in html.select("#delegation-agreements ~ .card-grid h3 a")]
        assert titles == [signed.title_ru]

    def test_json_ld_is_a_schema_org_event(self, client, visit):
        data = json_ld_of(html_of(client.get(visit.url_in("en"))))
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "Event"
        assert data["name"] == "The region's delegation in Shaanxi"
        assert data["startDate"] == "2019-05-12"
        assert data["endDate"] == "2019-05-16"
        assert data["inLanguage"] == "en"
        assert data["description"] == "To discuss sister relations."
        assert data["url"].endswith(visit.url_in("en"))
        assert data["location"]["name"] == "Shaanxi province"
        assert data["location"]["address"]["addressCountry"] == "CN"
        assert data["organizer"]["name"] == "Turkestan region"

    def test_json_ld_cannot_close_its_script(self, client, visit):
        visit.title_en = "Talks </script><script>alert(1)</script> & more"
        visit.save_revision().publish()
        html = html_of(client.get(visit.url_in("en")))
        assert not any(
            "alert" in (s.string or "")
            for s in html.find_all("script", src=False)
            if s.get("type") != "application/ld+json"
        )
        assert json_ld_of(html)["name"] == "Talks </script><script>alert(1)</script> & more"

    def test_an_incoming_visit_took_place_here(self, client, cooperation, china):
        guests = make_delegation(
            cooperation.delegations,
            countries=[china],
            direction="incoming",
            region=cooperation.region,
        )
        data = json_ld_of(html_of(client.get(guests.url_in("kk"))))
        assert data["location"]["address"]["addressCountry"] == "KZ"


@pytest.mark.django_db
class TestLanguages:
    @pytest.mark.parametrize(
        "language, title",
        [
            ("kk", "Облыс делегациясы Шэньсиде"),
            ("ru", "Делегация области в Шэньси"),
            ("en", "The region's delegation in Shaanxi"),
        ],
    )
    def test_each_language_has_its_version(self, client, visit, language, title):
        html = html_of(client.get(visit.url_in(language)))
        assert html.html["lang"] == language
        assert html.h1.text == title
        assert html.find("aside", class_="notice") is None
        switch = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
        assert switch["kk"] == visit.url_in("kk")

    def test_a_missing_version_falls_back_with_a_notice(self, client, cooperation, china):
        agreement = make_agreement(
            cooperation.agreements, parties=[china], title_kk="Меморандум", title_ru=""
        )
        html = html_of(client.get(agreement.url_in("en")))
        assert html.html["lang"] == "en"
        assert "not available in English" in html.find("aside", class_="notice").text
        record = html.select_one("article.record")
        assert record["lang"] == "kk"
        assert record.h1.text == "Меморандум"

    def test_positions_follow_the_content_language_of_a_fallback(self, client, cooperation, china):
        signer = make_person(positions=[AKIM])
        agreement = make_agreement(cooperation.agreements, parties=[china], title_ru="")
        agreement.signatories = [AgreementSignatory(person=signer)]
        agreement.save_revision().publish()
        html = html_of(client.get(agreement.url_in("en")))
        signed_by = facts(html)["Signed by"]
        assert "облыс әкімі" in signed_by

    def test_lists_show_only_records_in_the_readers_language(self, client, cooperation, china):
        agreement = make_agreement(cooperation.agreements, parties=[china], title_en="Agreement")
        english = make_project(cooperation.projects, agreement=agreement, title_en="Plant")
        make_project(cooperation.projects, agreement=agreement)  # no English version
        html = html_of(client.get(agreement.url_in("en")))
        assert [a.text for a in html.select("#agreement-projects ~ .card-grid h3 a")] == [
            english.title_en
        ]


@pytest.mark.django_db
class TestAgreementPage:
    @pytest.fixture
    def agreement(self, cooperation, china, shaanxi, visit):
        partner = OrganisationFactory(country=china, name_ru="Китайская строительная группа")
        governor = make_person(
            name_ru="Чжао Иде",
            country=china,
            positions=[
                ("губернатор", "губернатор", "governor", date(2018, 1, 1), date(2020, 12, 31)),
                ("хатшы", "секретарь", "secretary", date(2021, 1, 1), None),
            ],
        )
        agreement = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, shaanxi, china, partner],
            kind="sister_region",
            signed_on=date(2019, 5, 14),
            signing_place_ru="Сиань",
            sectors=["trade", "tourism"],
            statuses=[
                (date(2019, 3, 1), STATUS.UNDER_CONSIDERATION),
                (date(2019, 5, 14), STATUS.SIGNED),
                (date(2020, 2, 1), STATUS.IN_IMPLEMENTATION),
            ],
            delegation=visit,
            title_ru="Соглашение о побратимстве с Шэньси",
            title_en="Sister-region agreement with Shaanxi",
        )
        agreement.signatories = [AgreementSignatory(person=governor)]
        agreement.documents = [
            AgreementDocument(document=make_document(), language="ru"),
            AgreementDocument(document=make_document(name="memo-zh.pdf"), language="zh"),
        ]
        agreement.save_revision().publish()
        return agreement

    def test_shows_what_a_reader_needs(self, client, agreement, cooperation, visit):
        html = html_of(client.get(agreement.url_in("ru")))
        shown = facts(html)
        assert shown["Date of signing"] == "14 мая 2019"
        assert shown["Place of signing"] == "Сиань"
        # The signatory's position on the day of signing, not today's.
        assert shown["Signed by"] == "Чжао Иде , губернатор"
        assert shown["Signed during the visit"] == visit.title_ru
        parties = html.select_one("article.record dl.facts").find(
            "dt", string=in_language("Parties", "ru")
        )
        links = {a.text: a["href"] for a in parties.find_next_sibling("dd").find_all("a")}
        section = cooperation.section.url_in("ru")
        assert links["Провинция Шэньси"] == section + "places/shaanxi/"
        assert links["Китай"] == section + "countries/cn/"
        assert "Туркестанская область" in shown["Parties"]
        assert "Китайская строительная группа" in shown["Parties"]

    def test_status_history_is_a_dated_table(self, client, agreement):
        html = html_of(client.get(agreement.url_in("en")))
        table = html.select_one("article.record table")
        assert table.caption.text
        assert [th["scope"] for th in table.thead.find_all("th")] == ["col"] * 3
        dates = [row.time["datetime"] for row in table.tbody.find_all("tr")]
        assert dates == ["2019-03-01", "2019-05-14", "2020-02-01"]
        assert facts(html)["Status"] == "In implementation, since 1 February 2020"

    def test_signed_documents_per_language(self, client, agreement):
        html = html_of(client.get(agreement.url_in("en")))
        items = html.select("ul.documents li")
        assert [li.a["hreflang"] for li in items] == ["ru", "zh"]
        first = agreement.documents.first().document
        assert items[0].a["href"] == first.url
        assert "Russian" in items[0].a.text
        assert "PDF" in items[0].text and "20" in items[0].text  # 20 bytes

    def test_has_no_json_ld(self, client, agreement):
        html = html_of(client.get(agreement.url_in("ru")))
        assert html.find("script", type="application/ld+json") is None


@pytest.mark.django_db
class TestProjectPage:
    @pytest.fixture
    def project(self, cooperation, china):
        partner = OrganisationFactory(country=china, name_en="Korea Engineering")
        agreement = make_agreement(cooperation.agreements, parties=[china], title_en="Deal")
        return make_project(
            cooperation.projects,
            partners=[partner],
            title_en="Combined-cycle power plant",
            summary_en="A 926 MW plant.",
            capacity_value=Decimal("926.00"),
            capacity_unit_kk="МВт",
            capacity_unit_ru="МВт",
            capacity_unit_en="MW",
            investment_amount=Decimal("1500000000.50"),
            investment_currency="USD",
            status="construction",
            agreement=agreement,
            region=cooperation.region,
            location_en="Turkestan",
            start_year=2021,
        )

    @pytest.mark.parametrize(
        "language, capacity, investment",
        [
            ("kk", "926 МВт", "1\xa0500\xa0000\xa0000,50 USD"),
            ("ru", "926 МВт", "1\xa0500\xa0000\xa0000,50 USD"),
            ("en", "926 MW", "1,500,000,000.50 USD"),
        ],
    )
    def test_numbers_follow_the_language(self, client, project, language, capacity, investment):
        shown = facts(html_of(client.get(project.url_in(language))))
        assert shown["Capacity"] == capacity
        assert shown["Investment"] == investment

    def test_shows_partners_and_agreement(self, client, project, cooperation):
        html = html_of(client.get(project.url_in("en")))
        shown = facts(html)
        assert shown["Partners"] == "Korea Engineering ( China )"
        assert shown["Place"] == "Turkestan, Turkestan region"
        assert shown["Agreement"] == "Deal"
        assert html.find("a", string="China")["href"] == (
            cooperation.section.url_in("en") + "countries/cn/"
        )

    def test_json_ld_is_a_schema_org_project(self, client, project):
        data = json_ld_of(html_of(client.get(project.url_in("en"))))
        assert data["@type"] == "Project"
        assert data["name"] == "Combined-cycle power plant"
        assert data["description"] == "A 926 MW plant."
        assert data["member"] == [
            {
                "@type": "Organization",
                "name": "Korea Engineering",
                "address": {"@type": "PostalAddress", "addressCountry": "CN"},
            }
        ]


@pytest.mark.django_db
class TestArticlesAboutARecord:
    def test_linked_published_articles_newest_first(self, client, site, visit):
        now = timezone.now()
        older = ArticlePageFactory(parent=site.news, date=now - timedelta(days=3))
        newer = ArticlePageFactory(parent=site.news, date=now - timedelta(days=1))
        draft = ArticlePageFactory(parent=site.news, live=False)
        ArticlePageFactory(parent=site.news)  # not linked
        for article in (older, newer, draft):
            link_article(article, delegations=[visit])
        html = html_of(client.get(visit.url_in("ru")))
        titles = [a.text for a in html.select(".record-articles .card__title a")]
        assert titles == [newer.title_ru, older.title_ru]

    def test_only_articles_in_the_readers_language(self, client, site, cooperation, china):
        project = make_project(cooperation.projects, title_en="Plant")
        english = ArticlePageFactory(
            parent=site.news, title_en="In English", body_en=paragraphs("Text.")
        )
        link_article(english, projects=[project])
        link_article(ArticlePageFactory(parent=site.news), projects=[project])
        html = html_of(client.get(project.url_in("en")))
        assert [a.text for a in html.select(".record-articles .card__title a")] == ["In English"]


@pytest.mark.django_db
class TestMarkup:
    def test_one_h1_and_no_skipped_heading_levels(self, client, visit, cooperation, shaanxi):
        agreement = make_agreement(cooperation.agreements, parties=[shaanxi], delegation=visit)
        project = make_project(cooperation.projects, agreement=agreement)
        link_article(ArticlePageFactory(parent=cooperation.news), delegations=[visit])
        section = cooperation.section.url_in("ru")
        for url in (
            section,
            section + "countries/",
            section + "countries/cn/",
            section + "places/shaanxi/",
            visit.url_in("ru"),
            agreement.url_in("ru"),
            project.url_in("ru"),
        ):
            html = html_of(client.get(url))
            levels = [int(h.name[1]) for h in html.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
            assert levels.count(1) == 1, url
            assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (url, levels)
