"""The Cooperation section under a realistic load: response time and queries of its pages.

Run by hand, with PostgreSQL on 127.0.0.1:5432 (trust authentication, user postgres):

    export REDIS_URL=redis://127.0.0.1:6379/1   # optional, as in production
    .venv/bin/python bench/cooperation.py [--refill] [--requests 20] [--check] [--jit-on]

It works in a database of its own, portal_bench_cooperation (BENCH_DATABASE_URL to choose
another whose name contains "bench"), never the one in DATABASE_URL: it creates it, migrates it
and fills it once with 5 000 agreements, 2 000 delegations, 500 projects and 20 000 articles
(30% of them linked to records and partners), over 40 countries, 200 partner places, 500
organisations and 300 people, dated 2010 to 2026. Reruns reuse it; --refill drops and refills.

The pages are written in bulk (PostgreSQL COPY) with their tree paths computed here, not by
`add_child` one at a time: the fill takes seconds. No revisions, search index entries or
signals are made for them; readers' pages do not need them. After a fill the page tree is
checked with `Page.find_problems()` (three minutes: two queries a page) and with SQL doing the
same checks in a second, which is all a rerun does unless given --check.

Then each page is requested with Django's test client and DEBUG off (the test settings): one
warm-up request, the queries of one request and their time in the database, then the median and
95th percentile of N timed requests, and the size of the response. The portal's settings turn
PostgreSQL's JIT compilation off; --jit-on measures with the server's default instead. Last, it
checks that the register counts every live agreement in Kazakh. The machine's load average is
printed: compare figures taken in the same run.
"""

import argparse
import contextlib
import io
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# DEBUG off and plain static files (no manifest to collect first).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench_cooperation"
)
AGREEMENTS = 5_000
DELEGATIONS = 2_000
PROJECTS = 500
ARTICLES = 20_000
PLACES_PER_COUNTRY = 5  # 40 countries: 200 places
ORGANISATIONS = 500
PEOPLE = 300
EVENTS = 60
FIRST_DAY = date(2010, 1, 1)
LAST_DAY = date(2026, 11, 1)

# (ISO code, weight in the records, Kazakh, Russian, English)
COUNTRIES = [
    ("CN", 14, "Қытай", "Китай", "China"),
    ("RU", 9, "Ресей", "Россия", "Russia"),
    ("UZ", 7, "Өзбекстан", "Узбекистан", "Uzbekistan"),
    ("TR", 7, "Түркия", "Турция", "Türkiye"),
    ("KR", 6, "Оңтүстік Корея", "Южная Корея", "South Korea"),
    ("KG", 5, "Қырғызстан", "Киргизия", "Kyrgyzstan"),
    ("DE", 4, "Германия", "Германия", "Germany"),
    ("AE", 4, "БАӘ", "ОАЭ", "United Arab Emirates"),
    ("IN", 3, "Үндістан", "Индия", "India"),
    ("JP", 3, "Жапония", "Япония", "Japan"),
    ("AZ", 3, "Әзербайжан", "Азербайджан", "Azerbaijan"),
    ("BY", 3, "Беларусь", "Беларусь", "Belarus"),
    ("TJ", 3, "Тәжікстан", "Таджикистан", "Tajikistan"),
    ("TM", 2, "Түрікменстан", "Туркменистан", "Turkmenistan"),
    ("IR", 2, "Иран", "Иран", "Iran"),
    ("PK", 2, "Пәкістан", "Пакистан", "Pakistan"),
    ("SA", 2, "Сауд Арабиясы", "Саудовская Аравия", "Saudi Arabia"),
    ("QA", 2, "Катар", "Катар", "Qatar"),
    ("FR", 2, "Франция", "Франция", "France"),
    ("IT", 2, "Италия", "Италия", "Italy"),
    ("US", 2, "АҚШ", "США", "United States"),
    ("GB", 2, "Ұлыбритания", "Великобритания", "United Kingdom"),
    ("MN", 1, "Моңғолия", "Монголия", "Mongolia"),
    ("GE", 1, "Грузия", "Грузия", "Georgia"),
    ("AM", 1, "Армения", "Армения", "Armenia"),
    ("UA", 1, "Украина", "Украина", "Ukraine"),
    ("AF", 1, "Ауғанстан", "Афганистан", "Afghanistan"),
    ("EG", 1, "Мысыр", "Египет", "Egypt"),
    ("PL", 1, "Польша", "Польша", "Poland"),
    ("CZ", 1, "Чехия", "Чехия", "Czechia"),
    ("HU", 1, "Венгрия", "Венгрия", "Hungary"),
    ("AT", 1, "Австрия", "Австрия", "Austria"),
    ("NL", 1, "Нидерланд", "Нидерланды", "Netherlands"),
    ("ES", 1, "Испания", "Испания", "Spain"),
    ("MY", 1, "Малайзия", "Малайзия", "Malaysia"),
    ("TH", 1, "Тайланд", "Таиланд", "Thailand"),
    ("VN", 1, "Вьетнам", "Вьетнам", "Vietnam"),
    ("ID", 1, "Индонезия", "Индонезия", "Indonesia"),
    ("SG", 1, "Сингапур", "Сингапур", "Singapore"),
    ("IL", 1, "Израиль", "Израиль", "Israel"),
]
REGIONS = [
    ("turkestan-region", "Түркістан облысы", "Туркестанская область", "Turkestan region"),
    ("turkistan-city", "Түркістан қаласы", "город Туркестан", "Turkistan city"),
    ("kentau", "Кентау қаласы", "город Кентау", "Kentau city"),
]
KIND_TITLES = {
    "memorandum": ("Ынтымақтастық туралы меморандум", "Меморандум о сотрудничестве", "Memorandum"),
    "cooperation": ("Ынтымақтастық туралы келісім", "Соглашение о сотрудничестве", "Agreement"),
    "sister_region": ("Бауырлас өңірлер туралы келісім", "Соглашение о побратимстве", "Twinning"),
    "sister_city": ("Бауырлас қалалар туралы келісім", "Соглашение городов-побратимов", "Twinning"),
    "roadmap": ("Жол картасы", "Дорожная карта", "Roadmap"),
    "investment": ("Инвестициялық келісім", "Инвестиционное соглашение", "Investment agreement"),
    "other": ("Ниет туралы хаттама", "Протокол о намерениях", "Protocol of intent"),
}
# Status histories (in date order); a signed status implies a date of signing.
HISTORIES = [
    ("under_consideration",),
    ("signed",),
    ("signed",),
    ("under_consideration", "signed"),
    ("signed", "in_implementation"),
    ("signed", "in_implementation"),
    ("under_consideration", "signed", "in_implementation"),
    ("signed", "in_implementation", "completed"),
    ("signed", "expired"),
    ("signed", "terminated"),
    ("under_consideration", "terminated"),
]
FIRST_NAMES = [("Li", "Ли"), ("Wang", "Ван"), ("Ahmet", "Ахмет"), ("Kim", "Ким"), ("Anna", "Анна")]
FIRST_NAMES += [("Ivan", "Иван"), ("Aziz", "Азиз"), ("Hans", "Ханс"), ("Yuki", "Юки")]
FIRST_NAMES += [("Daniyar", "Данияр"), ("Aigerim", "Айгерим"), ("Nurlan", "Нурлан")]
LAST_NAMES = [("Zhang", "Чжан"), ("Yilmaz", "Йылмаз"), ("Park", "Пак"), ("Petrov", "Петров")]
LAST_NAMES += [("Karimov", "Каримов"), ("Muller", "Мюллер"), ("Tanaka", "Танака")]
LAST_NAMES += [("Abenov", "Абенов"), ("Seitkali", "Сейткали"), ("Omarov", "Омаров")]
POSITIONS = [
    ("облыс әкімі", "аким области", "akim of the region"),
    ("облыс әкімінің орынбасары", "заместитель акима области", "deputy akim of the region"),
    ("провинция губернаторы", "губернатор провинции", "governor of the province"),
    ("қала мэрі", "мэр города", "mayor"),
    ("компания президенті", "президент компании", "company president"),
    ("министр орынбасары", "заместитель министра", "deputy minister"),
    ("елші", "посол", "ambassador"),
]


def database_name():
    return urlsplit(DATABASE_URL).path.lstrip("/")


def prepare_database(refill):
    """Create (or, with refill, recreate) the benchmark's database, before Django connects."""
    import psycopg
    from psycopg import sql

    name = database_name()
    if "bench" not in name:
        sys.exit(f"Refusing to use {name!r}: the benchmark's database name must contain 'bench'.")
    parts = urlsplit(DATABASE_URL)
    maintenance = parts._replace(path="/postgres").geturl()
    try:
        admin = psycopg.connect(maintenance, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        sys.exit(f"PostgreSQL does not answer at {parts.hostname}:{parts.port}: {error}")
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and refill:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            exists = None
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    os.environ["DATABASE_URL"] = DATABASE_URL


class Filler:
    """Writes rows with COPY, giving ids itself where later rows refer to them."""

    def __init__(self, connection):
        self.connection = connection
        self.next_ids = {}
        self.counts = Counter()

    def new_id(self, model):
        if model not in self.next_ids:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.db_table}"  # noqa: S608
                )
                self.next_ids[model] = cursor.fetchone()[0] + 1
        self.next_ids[model] += 1
        return self.next_ids[model] - 1

    def insert(self, model, rows):
        """COPY `rows` (dicts by attribute name) into the model's own table; the fields left
        out take their defaults."""
        if not rows:
            return
        given = set().union(*rows)
        fields = [
            field
            for field in model._meta.local_concrete_fields
            if not (field.primary_key and field.attname not in given)
        ]
        unknown = given - {field.attname for field in fields}
        if unknown:
            raise ValueError(f"{model.__name__} has no fields {sorted(unknown)}")
        quote = self.connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in fields)
        statement = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"
        with self.connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
            for row in rows:
                values = []
                for field in fields:
                    value = row[field.attname] if field.attname in row else field.get_default()
                    if isinstance(value, list | dict):
                        value = json.dumps(value, ensure_ascii=False)
                    values.append(value)
                copy.write_row(values)
        self.counts[model._meta.db_table] += len(rows)

    def reset_sequences(self):
        from django.core.management.color import no_style

        models = list(self.next_ids)
        with self.connection.cursor() as cursor:
            for statement in self.connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)


class PageWriter:
    """Children of one parent page, with their materialized paths and URL paths."""

    def __init__(self, filler, parent, model):
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        self.filler = filler
        self.parent = parent
        self.model = model
        self.content_type_id = ContentType.objects.get_for_model(model).pk
        self.step = parent.get_children_count()
        self.Page = Page
        self.page_rows = []
        self.own_rows = []

    def add(self, slug, titles, published, **own):
        """`titles`: (kk, ru, en); an empty one is a language the record does not exist in."""
        page_id = self.filler.new_id(self.Page)
        self.step += 1
        kk, ru, en = titles
        self.page_rows.append(
            {
                "id": page_id,
                "path": self.Page._get_path(self.parent.path, self.parent.depth + 1, self.step),
                "depth": self.parent.depth + 1,
                "numchild": 0,
                "title": kk,
                "title_kk": kk,
                "title_ru": ru,
                "title_en": en,
                "draft_title": kk,
                "slug": slug,
                "url_path": f"{self.parent.url_path}{slug}/",
                "live": True,
                "has_unpublished_changes": False,
                "first_published_at": published,
                "last_published_at": published,
                "content_type_id": self.content_type_id,
                "locale_id": self.parent.locale_id,
                "translation_key": uuid.uuid4(),
                "seo_title": "",
                "search_description": "",
            }
        )
        self.own_rows.append({"page_ptr_id": page_id, **own})
        return page_id

    def write(self):
        self.filler.insert(self.Page, self.page_rows)
        self.filler.insert(self.model, self.own_rows)
        self.Page.objects.filter(pk=self.parent.pk).update(numchild=self.step)


def moment(day):
    return datetime(day.year, day.month, day.day, 4, 0, tzinfo=UTC) + timedelta(
        minutes=day.toordinal() % 480
    )


def random_day(rng, start=FIRST_DAY, end=LAST_DAY):
    return start + timedelta(days=rng.randrange((end - start).days))


def maybe(rng, share, value):
    """`value` in `share` of the cases, else "" (a missing translation)."""
    return value if rng.random() < share else ""


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}]


def make_structure():
    """The home page, the news index and the Cooperation section with its three lists."""
    from wagtail.models import Page, Site

    from cooperation.models import (
        AgreementIndexPage,
        CooperationIndexPage,
        DelegationIndexPage,
        ProjectIndexPage,
    )
    from news.models import NewsIndexPage
    from portal.models import HomePage, PressServiceSettings

    root = Page.get_first_root_node()
    for page in root.get_children():  # Wagtail's "Welcome" page
        Site.objects.filter(root_page=page).delete()
        page.delete()

    def child(parent, model, slug, kk, ru, en, **fields):
        page = model(slug=slug, title_kk=kk, title_ru=ru, title_en=en, **fields)
        return parent.add_child(instance=page)

    home = child(
        root,
        HomePage,
        "home",
        "Түркістан облысы әкімінің баспасөз қызметі",
        "Пресс-служба акима Туркестанской области",
        "Press service of the akim of Turkestan region",
    )
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    PressServiceSettings.objects.create(
        site=site,
        name_kk=home.title_kk,
        name_ru=home.title_ru,
        name_en=home.title_en,
    )
    news = child(home, NewsIndexPage, "news", "Жаңалықтар", "Новости", "News", show_in_menus=True)
    section = child(
        home,
        CooperationIndexPage,
        "cooperation",
        "Халықаралық ынтымақтастық",
        "Международное сотрудничество",
        "International cooperation",
        show_in_menus=True,
    )
    agreements = child(
        section, AgreementIndexPage, "agreements", "Келісімдер", "Соглашения", "Agreements"
    )
    delegations = child(
        section, DelegationIndexPage, "delegations", "Делегациялар", "Делегации", "Delegations"
    )
    projects = child(section, ProjectIndexPage, "projects", "Жобалар", "Проекты", "Projects")
    return news, agreements, delegations, projects


def fill(connection):
    """Everything the pages show, in one transaction; returns the rows written per table."""
    from cooperation.models import (
        AgreementPage,
        AgreementParty,
        AgreementSignatory,
        AgreementStatusChange,
        Country,
        DelegationMember,
        DelegationPage,
        Event,
        Organisation,
        PartnerPlace,
        Person,
        PersonPosition,
        ProgrammeItem,
        ProjectPage,
        Sector,
    )
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

    rng = random.Random(2026)  # the same data on every fill
    filler = Filler(connection)
    news, agreements_index, delegations_index, projects_index = make_structure()

    # Snippets ----------------------------------------------------------------------------
    def translated(prefix, kk, ru, en):
        return {prefix: kk, f"{prefix}_kk": kk, f"{prefix}_ru": ru, f"{prefix}_en": en}

    region_ids = []
    rows = []
    for slug, kk, ru, en in REGIONS:
        region_ids.append(filler.new_id(Region))
        rows.append({"id": region_ids[-1], "slug": slug, **translated("name", kk, ru, en)})
    filler.insert(Region, rows)

    countries = {}  # code -> (id, kk, ru, en)
    rows = []
    for code, _weight, kk, ru, en in COUNTRIES:
        countries[code] = (filler.new_id(Country), kk, ru, en)
        rows.append({"id": countries[code][0], "code": code, **translated("name", kk, ru, en)})
    filler.insert(Country, rows)
    codes = [code for code, *_rest in COUNTRIES]
    weights = [weight for _code, weight, *_rest in COUNTRIES]

    def pick_country():
        return rng.choices(codes, weights)[0]

    places = defaultdict(list)  # code -> [(id, kk, ru, en)]
    rows = []
    for code, (_id, c_kk, c_ru, c_en) in countries.items():
        provinces = []
        for n in range(1, PLACES_PER_COUNTRY + 1):
            place_id = filler.new_id(PartnerPlace)
            if n <= 2:
                names = (
                    f"{c_kk} {n}-провинциясы",
                    f"Провинция {n} ({c_ru})",
                    f"{c_en} province {n}",
                )
                kind, slug, parent = "province", f"{code.lower()}-province-{n}", None
                provinces.append(place_id)
            else:
                names = (f"{c_kk} {n}-қаласы", f"Город {n} ({c_ru})", f"{c_en} city {n}")
                kind, slug, parent = "city", f"{code.lower()}-city-{n}", rng.choice(provinces)
            rows.append(
                {
                    "id": place_id,
                    "kind": kind,
                    "slug": slug,
                    "country_id": _id,
                    "parent_id": parent,
                    **translated("name", *names),
                }
            )
            places[code].append((place_id, *names))
    filler.insert(PartnerPlace, rows)

    organisations = defaultdict(list)  # code (None: international) -> [(id, kk, ru, en)]
    rows = []
    kinds = ["company"] * 5 + ["university", "association", "state_agency", "other"]
    for n in range(1, ORGANISATIONS + 1):
        code = None if n % 20 == 0 else pick_country()
        kind = "international" if code is None else rng.choice(kinds)
        where = countries[code] if code else (None, "Халықаралық", "Международная", "International")
        names = (
            f"{where[1]} ұйымы № {n}",
            f"Организация № {n} ({where[2]})",
            f"{where[3]} organisation {n}",
        )
        place = rng.choice(places[code]) if code and rng.random() < 0.6 else None
        org_id = filler.new_id(Organisation)
        rows.append(
            {
                "id": org_id,
                "kind": kind,
                "country_id": where[0],
                "place_id": place[0] if place else None,
                "website": maybe(rng, 0.5, f"https://org{n}.example.com/"),
                **translated("name", *names),
                **translated("short_name", *(maybe(rng, 0.3, f"ORG{n}"),) * 3),
            }
        )
        organisations[code].append((org_id, *names))
    filler.insert(Organisation, rows)

    people = defaultdict(list)  # code (None: Kazakhstan) -> [id]
    rows, positions = [], []
    for n in range(1, PEOPLE + 1):
        code = None if n % 5 == 0 else pick_country()
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        person_id = filler.new_id(Person)
        rows.append(
            {
                "id": person_id,
                "country_id": countries[code][0] if code else None,
                **translated(
                    "name",
                    f"{first[1]} {last[1]} {n}",
                    f"{first[1]} {last[1]} {n}",
                    f"{first[0]} {last[0]} {n}",
                ),
            }
        )
        people[code].append(person_id)
        start = date(2008, 1, 1) + timedelta(days=rng.randrange(1500))
        held = rng.randint(1, 3)
        for order in range(held):
            end = None if order == held - 1 else start + timedelta(days=rng.randrange(700, 2500))
            positions.append(
                {
                    "person_id": person_id,
                    "sort_order": order,
                    "start_date": start,
                    "end_date": end,
                    **translated("title", *rng.choice(POSITIONS)),
                }
            )
            start = end + timedelta(days=1) if end else start
    filler.insert(Person, rows)
    filler.insert(PersonPosition, positions)

    rows, event_ids = [], []
    for n in range(1, EVENTS + 1):
        code = None if n % 3 == 0 else pick_country()
        start = random_day(rng)
        event_ids.append(filler.new_id(Event))
        rows.append(
            {
                "id": event_ids[-1],
                "edition": n % 7 + 1,
                "country_id": countries[code][0] if code else None,
                "start_date": start,
                "end_date": start + timedelta(days=2),
                **translated("name", f"Инвестициялық форум {n}", f"Инвестфорум {n}", f"Forum {n}"),
                **translated("venue", "Түркістан", "Туркестан", "Turkestan"),
            }
        )
    filler.insert(Event, rows)
    sector_ids = list(Sector.objects.values_list("pk", flat=True))

    # Delegations -------------------------------------------------------------------------
    writer = PageWriter(filler, delegations_index, DelegationPage)
    delegations_of = defaultdict(list)  # code -> [(id, start date)]
    delegation_ids = []
    m2m_countries, m2m_places, members, programme = [], [], [], []
    countries_through = DelegationPage.countries.through
    places_through = DelegationPage.places.through
    for n in range(1, DELEGATIONS + 1):
        code = pick_country()
        c_id, c_kk, c_ru, c_en = countries[code]
        start = random_day(rng)
        end = start + timedelta(days=rng.randint(1, 5))
        outgoing = rng.random() < 0.55
        if outgoing:
            titles = (
                f"Облыс делегациясының сапары: {c_kk}",
                f"Визит делегации области: {c_ru}",
                f"Regional delegation visits {c_en}",
            )
            leader = rng.choice(people[None])
        else:
            titles = (
                f"{c_kk} делегациясы облыста",
                f"Делегация из страны {c_ru} в области",
                f"Delegation from {c_en} visits the region",
            )
            leader = rng.choice(people[code]) if people[code] else None
        titles = (titles[0], maybe(rng, 0.97, titles[1]), maybe(rng, 0.85, titles[2]))
        page_id = writer.add(
            f"delegation-{n:04d}",
            titles,
            moment(end),
            direction="outgoing" if outgoing else "incoming",
            region_id=region_ids[0] if rng.random() < 0.8 else rng.choice(region_ids),
            start_date=start,
            end_date=end,
            leader_id=leader,
            event_id=rng.choice(event_ids) if rng.random() < 0.2 else None,
            **translated(
                "purpose",
                "Сауда және инвестиция бойынша ынтымақтастықты дамыту.",
                "Развитие сотрудничества в торговле и инвестициях.",
                maybe(rng, 0.85, "Closer ties in trade and investment."),
            ),
            **translated(
                "outcomes",
                "<p>Бірнеше келісімге қол қойылды.</p>",
                "<p>Подписано несколько соглашений.</p>",
                maybe(rng, 0.85, "<p>Several agreements were signed.</p>"),
            ),
        )
        delegation_ids.append(page_id)
        delegations_of[code].append((page_id, start))
        m2m_countries.append({"delegationpage_id": page_id, "country_id": c_id})
        if rng.random() < 0.1:
            other = pick_country()
            if other != code:
                m2m_countries.append(
                    {"delegationpage_id": page_id, "country_id": countries[other][0]}
                )
        visited = rng.sample(places[code], rng.randint(0, 2))
        for place in visited:
            m2m_places.append({"delegationpage_id": page_id, "partnerplace_id": place[0]})
        team = people[None] if outgoing else people[code] or people[None]
        for order, person in enumerate(rng.sample(team, min(len(team), rng.randint(2, 4)))):
            members.append(
                {
                    "page_id": page_id,
                    "person_id": person,
                    "sort_order": order,
                    **translated("role", "", "", ""),
                }
            )
        for order in range(rng.randint(2, 4)):
            counterpart = rng.choice(people[code]) if people[code] else None
            programme.append(
                {
                    "page_id": page_id,
                    "sort_order": order,
                    "date": start + timedelta(days=min(order, (end - start).days)),
                    "kind": rng.choice(["meeting", "forum", "site_visit", "business_meeting"]),
                    "counterpart_id": counterpart,
                    "organisation_id": rng.choice(organisations[code])[0]
                    if organisations[code] and rng.random() < 0.5
                    else None,
                    "place_id": visited[0][0] if visited else None,
                    **translated(
                        "description",
                        "Іскерлік кездесу",
                        "Деловая встреча",
                        "Business meeting",
                    ),
                }
            )
    writer.write()
    filler.insert(countries_through, m2m_countries)
    filler.insert(places_through, m2m_places)
    filler.insert(DelegationMember, members)
    filler.insert(ProgrammeItem, programme)

    # Agreements --------------------------------------------------------------------------
    writer = PageWriter(filler, agreements_index, AgreementPage)
    agreement_ids, parties, statuses, signatories, sectors = [], [], [], [], []
    sectors_through = AgreementPage.sectors.through
    for n in range(1, AGREEMENTS + 1):
        code = pick_country()
        c_id, c_kk, c_ru, c_en = countries[code]
        kind = rng.choice(list(KIND_TITLES))
        # The partner: the country itself, one of its places or one of its organisations.
        partner_kind = rng.choices(["country", "place", "organisation", "person"], [3, 4, 3, 0.2])[
            0
        ]
        if partner_kind == "place":
            partner = rng.choice(places[code])
        elif partner_kind == "organisation" and organisations[code]:
            partner = rng.choice(organisations[code])
        elif partner_kind == "person" and people[code]:
            partner = (rng.choice(people[code]), c_kk, c_ru, c_en)
        else:
            partner_kind, partner = "country", countries[code]
        history = rng.choice(HISTORIES)
        delegation = None
        if delegations_of[code] and rng.random() < 0.3:
            delegation, visit_day = rng.choice(delegations_of[code])
            day = visit_day - timedelta(days=rng.randrange(0, 200) if history[0] != "signed" else 0)
        else:
            day = random_day(rng)
        signed_on = None
        dated = []
        for status in history:
            if status == "signed":
                signed_on = day
            dated.append((day, status))
            day = day + timedelta(days=rng.randint(30, 900))
        first_day, last_day = dated[0][0], dated[-1][0]
        year = (signed_on or first_day).year
        kind_kk, kind_ru, kind_en = KIND_TITLES[kind]
        titles = (
            f"{kind_kk}: {partner[1]}, {year}",
            maybe(rng, 0.97, f"{kind_ru}: {partner[2]}, {year}"),
            maybe(rng, 0.9, f"{kind_en}: {partner[3]}, {year}"),
        )
        page_id = writer.add(
            f"agreement-{n:05d}",
            titles,
            moment(signed_on or first_day),
            kind=kind,
            signed_on=signed_on,
            delegation_id=delegation,
            event_id=rng.choice(event_ids) if not delegation and rng.random() < 0.1 else None,
            status=history[-1],
            status_date=last_day,
            record_date=signed_on or first_day,
            **translated(
                "summary",
                "Тараптар сауда мен инвестиция саласындағы ынтымақтастықты дамытуға келісті.",
                "Стороны договорились развивать сотрудничество в торговле и инвестициях.",
                maybe(rng, 0.9, "The parties agreed to work together on trade and investment."),
            ),
            **translated("signing_place", "Түркістан", "Туркестан", "Turkestan"),
        )
        agreement_ids.append((page_id, code))
        ours = {"region_id": region_ids[0] if rng.random() < 0.85 else rng.choice(region_ids)}
        sides = [ours, {f"{partner_kind}_id": partner[0]}]
        if rng.random() < 0.35:
            extra = rng.choice(
                [("place_id", places[code]), ("organisation_id", organisations[code])]
            )
            if extra[1]:
                choice = rng.choice(extra[1])[0]
                if {extra[0]: choice} not in sides:
                    sides.append({extra[0]: choice})
        for order, side in enumerate(sides):
            parties.append({"page_id": page_id, "sort_order": order, **side})
        for order, (day, status) in enumerate(dated):
            statuses.append(
                {
                    "page_id": page_id,
                    "sort_order": order,
                    "date": day,
                    "status": status,
                    **translated("note", "", "", ""),
                }
            )
        if signed_on:
            signers = [rng.choice(people[None])]
            if people[code]:
                signers.append(rng.choice(people[code]))
            for order, person in enumerate(signers):
                signatories.append({"page_id": page_id, "sort_order": order, "person_id": person})
        for sector in rng.sample(sector_ids, rng.randint(1, 3)):
            sectors.append({"agreementpage_id": page_id, "sector_id": sector})
    writer.write()
    filler.insert(AgreementParty, parties)
    filler.insert(AgreementStatusChange, statuses)
    filler.insert(AgreementSignatory, signatories)
    filler.insert(sectors_through, sectors)

    # Projects ----------------------------------------------------------------------------
    writer = PageWriter(filler, projects_index, ProjectPage)
    project_ids, partners = [], []
    partners_through = ProjectPage.partners.through
    for n in range(1, PROJECTS + 1):
        code = pick_country()
        agreement, _code = rng.choice(agreement_ids)
        start_year = rng.randint(2010, 2026)
        page_id = writer.add(
            f"project-{n:04d}",
            (
                f"Зауыт құрылысы № {n}",
                f"Строительство завода № {n}",
                maybe(rng, 0.8, f"Plant construction {n}"),
            ),
            moment(date(start_year, 3, 1)),
            sector_id=rng.choice(sector_ids),
            region_id=region_ids[0],
            capacity_value=Decimal(rng.randint(5, 500)),
            investment_amount=Decimal(rng.randint(1, 900) * 1_000_000),
            investment_currency="USD",
            status=rng.choice(["proposed", "preparation", "construction", "operating"]),
            agreement_id=agreement if rng.random() < 0.5 else None,
            start_year=start_year,
            **translated("summary", "Жоба сипаттамасы.", "Описание проекта.", "About the project."),
            **translated("location", "Түркістан", "Туркестан", "Turkestan"),
            **translated("capacity_unit", "МВт", "МВт", "MW"),
        )
        project_ids.append(page_id)
        for organisation in rng.sample(organisations[code], min(2, len(organisations[code]))):
            partners.append({"projectpage_id": page_id, "organisation_id": organisation[0]})
    writer.write()
    filler.insert(partners_through, partners)

    # Articles ----------------------------------------------------------------------------
    writer = PageWriter(filler, news, ArticlePage)
    links = defaultdict(list)
    link_choices = [
        (ArticleAgreementLink, "agreement_id", lambda: rng.choice(agreement_ids)[0]),
        (ArticleDelegationLink, "delegation_id", lambda: rng.choice(delegation_ids)),
        (ArticleProjectLink, "project_id", lambda: rng.choice(project_ids)),
        (ArticleCountryLink, "country_id", lambda: countries[pick_country()][0]),
        (ArticlePlaceLink, "place_id", lambda: rng.choice(places[pick_country()])[0]),
        (
            ArticleOrganisationLink,
            "organisation_id",
            lambda: rng.choice(organisations[pick_country()] or organisations[None])[0],
        ),
    ]
    link_weights = [5, 4, 1, 4, 2, 1]
    for n in range(1, ARTICLES + 1):
        day = random_day(rng)
        kk = f"Облыс жаңалықтары № {n}: инвестиция және ынтымақтастық"
        ru = f"Новости области № {n}: инвестиции и сотрудничество"
        en = maybe(rng, 0.3, f"Regional news {n}: investment and cooperation")
        ru = maybe(rng, 0.95, ru)
        bodies = {
            "kk": paragraph("Облыс әкімі шетелдік серіктестермен кездесті."),
            "ru": paragraph("Аким области встретился с зарубежными партнёрами.") if ru else None,
            "en": paragraph("The akim met foreign partners.") if en else None,
        }
        page_id = writer.add(
            f"article-{n:05d}",
            (kk, ru, en),
            moment(day),
            date=moment(day),
            region_id=region_ids[0] if rng.random() < 0.7 else rng.choice(region_ids),
            view_count=rng.randrange(5000),
            cross_post=False,
            body=bodies["kk"],
            body_kk=bodies["kk"],
            body_ru=bodies["ru"],
            body_en=bodies["en"],
            **translated(
                "lead",
                "Облыста халықаралық ынтымақтастық дамып келеді.",
                "В области развивается международное сотрудничество." if ru else "",
                "International cooperation grows in the region." if en else "",
            ),
        )
        if rng.random() < 0.3:
            chosen = set()
            for _ in range(rng.randint(1, 3)):
                model, field, value = rng.choices(link_choices, link_weights)[0]
                key = (model, value())
                if key not in chosen:
                    chosen.add(key)
                    links[model].append(
                        {"page_id": page_id, field: key[1], "sort_order": len(chosen)}
                    )
    writer.write()
    for model, rows in links.items():
        filler.insert(model, rows)

    filler.reset_sequences()
    return filler.counts


def filled_counts():
    from cooperation.models import AgreementPage, DelegationPage
    from news.models import ArticlePage

    return (
        AgreementPage.objects.count(),
        DelegationPage.objects.count(),
        ArticlePage.objects.count(),
    )


# The same faults as `Page.find_problems()` looks for, and stale URL paths, in one query each
# (find_problems makes two queries a page: three minutes here).
TREE_CHECKS = {
    "bad characters": "SELECT id FROM wagtailcore_page WHERE path !~ '^[0-9A-Z]+$'",
    "bad path length": "SELECT id FROM wagtailcore_page WHERE length(path) % 4 <> 0",
    "bad depth": "SELECT id FROM wagtailcore_page WHERE depth <> length(path) / 4",
    "orphans": """
        SELECT id FROM wagtailcore_page child WHERE depth > 1 AND NOT EXISTS (
            SELECT 1 FROM wagtailcore_page parent
            WHERE parent.path = left(child.path, length(child.path) - 4))""",
    "bad numchild": """
        SELECT page.id FROM wagtailcore_page page LEFT JOIN (
            SELECT left(path, length(path) - 4) AS parent_path, count(*) AS children
            FROM wagtailcore_page WHERE depth > 1 GROUP BY 1
        ) counted ON counted.parent_path = page.path
        WHERE page.numchild <> COALESCE(counted.children, 0)""",
    "stale url_path": """
        SELECT child.id FROM wagtailcore_page child JOIN wagtailcore_page parent
            ON parent.path = left(child.path, length(child.path) - 4)
        WHERE child.url_path <> parent.url_path || child.slug || '/'""",
}


def check_tree(thorough):
    """True when the page tree is sound; `thorough` adds treebeard's own check."""
    from django.db import connection
    from wagtail.models import Page

    started = time.perf_counter()
    found = {}
    with connection.cursor() as cursor:
        for name, query in TREE_CHECKS.items():
            cursor.execute(query)
            ids = [row[0] for row in cursor.fetchall()]
            if ids:
                found[name] = ids[:5]
    checks = "SQL checks"
    if thorough:
        names = ("bad characters", "bad path length", "orphans", "bad depth", "bad numchild")
        problems = Page.find_problems()
        found.update({name: ids[:5] for name, ids in zip(names, problems, strict=True) if ids})
        checks += " and Page.find_problems()"
    verdict = f"problems {found}" if found else "no problems"
    print(f"page tree ({checks}): {verdict} ({time.perf_counter() - started:.0f} s)")
    return not found


def subjects():
    """The country and the partner place with the most records, and the richest records."""
    from django.db.models import Count

    from cooperation import queries
    from cooperation.models import AgreementPage, Country, DelegationPage, PartnerPlace

    def records_of_country(country):
        return (
            queries.agreements_of_country(AgreementPage.objects.all(), country).count()
            + queries.delegations_of_country(DelegationPage.objects.all(), country).count()
        )

    def records_at_place(place):
        return (
            queries.agreements_at_place(AgreementPage.objects.all(), place).count()
            + queries.delegations_at_place(DelegationPage.objects.all(), place).count()
        )

    country = max(Country.objects.all(), key=records_of_country)
    place = max(PartnerPlace.objects.all(), key=records_at_place)
    agreement = (
        AgreementPage.objects.for_language("kk")
        .annotate(parties_count=Count("parties", distinct=True), links=Count("article_links"))
        .order_by("-parties_count", "-links", "pk")
        .first()
    )
    delegation = (
        DelegationPage.objects.for_language("kk")
        .annotate(links=Count("article_links"))
        .order_by("-links", "pk")
        .first()
    )
    return country, place, agreement, delegation


def targets(country, place, agreement, delegation):
    code = country.url_code
    return [
        ("agreements register", "/kk/cooperation/agreements/"),
        (
            "register, filtered",
            f"/kk/cooperation/agreements/?country={code}&year=2019&status=signed",
        ),
        ("register CSV, one country", f"/kk/cooperation/agreements/csv/?country={code}"),
        (f"country page ({country.code})", f"/kk/cooperation/countries/{code}/"),
        ("partner place page", f"/kk/cooperation/places/{place.slug}/"),
        ("Cooperation section", "/kk/cooperation/"),
        ("delegations, one country", f"/kk/cooperation/delegations/?country={code}"),
        ("agreement page", agreement.url_in("kk")),
        ("delegation page", delegation.url_in("kk")),
    ]


def fetch(client, url):
    """The response and its body, read to the end (a streamed CSV is made while read)."""
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def measure(client, url, requests):
    """(status or error, queries, their SQL ms, median ms, p95 ms, kilobytes) of `url`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        response, body = fetch(client, url)  # warm-up
    except NotImplementedError:
        return ("stub",)
    except Exception as error:  # the views are being written: report, measure the rest
        return (type(error).__name__,)
    if response.status_code != 200:
        return (str(response.status_code),)
    with CaptureQueriesContext(connection) as captured:
        fetch(client, url)
    # Read now: the next request's start empties the log that `captured` reads.
    queries = len(captured)
    sql_ms = sum(float(query["time"]) for query in captured.captured_queries) * 1000
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        fetch(client, url)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(0, -(-len(timings) * 95 // 100) - 1)]  # nearest rank
    return ("200", queries, sql_ms, statistics.median(timings), p95, len(body) / 1024)


def print_table(rows, requests):
    print(
        f"\n{requests} timed requests per page after one warm-up, in ms; the queries of one "
        "request and their time in the database (SQL)"
    )
    print(f"{'page':<28}{'status':>7}{'queries':>8}{'SQL':>8}{'median':>8}{'p95':>8}{'KB':>6}")
    for label, url, result in rows:
        if len(result) == 1:  # an answer other than 200, or the exception raised
            status, error = (result[0], "") if result[0].isdigit() else ("error", result[0])
            dashes = f"{'-':>8}" * 4 + f"{'-':>6}"
            print(f"{label:<28}{status:>7}{dashes}  {url} {error}")
            continue
        status, queries, sql_ms, median, p95, size = result
        print(
            f"{label:<28}{status:>7}{queries:>8}{sql_ms:>8.0f}{median:>8.0f}{p95:>8.0f}"
            f"{size:>6.0f}  {url}"
        )


def check_register_count(client):
    """The register counts every live agreement in Kazakh (needs the template signals)."""
    from django.core.paginator import Page as PaginatorPage
    from django.core.paginator import Paginator
    from django.test.utils import setup_test_environment

    from cooperation.models import AgreementPage

    setup_test_environment()
    expected = AgreementPage.objects.for_language("kk").count()
    try:
        response = client.get("/kk/cooperation/agreements/")
    except Exception as error:
        print(f"register count: not checked ({type(error).__name__})")
        return
    counted = None
    for context in response.context or []:
        for value in context.flatten().values():
            if isinstance(value, Paginator):
                counted = value.count
            elif isinstance(value, PaginatorPage):
                counted = value.paginator.count
    if counted is None:
        print(f"register count: not checked (no paginator in the context); expected {expected}")
    else:
        verdict = "ok" if counted == expected else "MISMATCH"
        print(f"register count: {counted}, live agreements in kk: {expected} ({verdict})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refill", action="store_true", help="drop the database and refill it")
    parser.add_argument("--requests", type=int, default=20, help="timed requests per page")
    parser.add_argument("--check", action="store_true", help="check the page tree on a rerun")
    parser.add_argument(
        "--jit-on",
        action="store_true",
        help="measure with the server's JIT setting (the portal's settings turn it off)",
    )
    args = parser.parse_args()

    prepare_database(args.refill)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    if args.jit_on:
        connection.settings_dict.get("OPTIONS", {}).pop("options", None)
    with contextlib.redirect_stdout(io.StringIO()):  # modeltranslation prints its columns
        call_command("migrate", interactive=False, verbosity=0)
    counts = filled_counts()
    if counts == (0, 0, 0):
        started = time.perf_counter()
        with transaction.atomic():
            written = fill(connection)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        elapsed = time.perf_counter() - started
        print(f"filled {database_name()}: {sum(written.values()):,} rows in {elapsed:.1f} s")
        for table, number in sorted(written.items(), key=lambda item: -item[1]):
            print(f"  {table:<40}{number:>8,}")
        tree_ok = check_tree(thorough=True)
    elif counts == (AGREEMENTS, DELEGATIONS, ARTICLES):
        print(f"{database_name()} already filled (--refill to fill it again)")
        tree_ok = check_tree(thorough=args.check)
    else:
        sys.exit(f"{database_name()} holds other data {counts}: run with --refill")
    if not tree_ok:
        sys.exit("The page tree is broken: see above.")

    country, place, agreement, delegation = subjects()
    print(
        f"{AGREEMENTS:,} agreements, {DELEGATIONS:,} delegations, {PROJECTS:,} projects, "
        f"{ARTICLES:,} articles; busiest country {country.code}, busiest place {place.slug}"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT version(), current_setting('jit')")
        version, jit = cursor.fetchone()
    print(f"{version.split(' on ')[0]}, jit {jit}; load average {os.getloadavg()[0]:.1f}")
    client = Client()
    rows = [
        (label, url, measure(client, url, args.requests))
        for label, url in targets(country, place, agreement, delegation)
    ]
    print_table(rows, args.requests)
    check_register_count(client)


if __name__ == "__main__":
    main()
