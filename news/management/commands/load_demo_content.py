"""Build a demo site: the page tree, the press-service settings, trilingual articles and the
cooperation records (delegations, agreements, projects and their partners) they tell about.

Safe to run again: pages, snippets and images are found by their slugs, codes and titles and
updated in place. Photos are drawn here with Pillow; nothing is downloaded.
"""

import colorsys
import io
import os
import random
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from cooperation import demo_data as cooperation_data
from cooperation.choices import Currency
from cooperation.models import (
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    AgreementSignatory,
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
    Sector,
    ensure_sectors,
)
from news import demo_data
from news.models import (
    ArticleAgreementLink,
    ArticleCountryLink,
    ArticleDailyViews,
    ArticleDelegationLink,
    ArticleOrganisationLink,
    ArticlePage,
    ArticlePlaceLink,
    ArticleProjectLink,
    NewsIndexPage,
    Region,
    Tag,
)
from portal.models import HomePage, PressServiceSettings, StandardPage
from portal.slugs import make_slug
from portal.translation_utils import default_language, language_codes, localized_field_name

DEMO_COLLECTION = "Demo"
IMAGE_SIZE = (1200, 800)


def set_translations(obj, field, values):
    """Fill `field` in each language of `values` and clear it in the others."""
    for language in language_codes():
        setattr(obj, localized_field_name(field, language), values.get(language, ""))


def translated(obj, **fields):
    """`obj` with each of `fields` ({language: text}) set in every language."""
    for field, values in fields.items():
        set_translations(obj, field, values)
    return obj


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def child_page(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


# (key in an article's "about", the article's relation, its link model, the link's field)
ARTICLE_LINKS = (
    ("delegations", "delegation_links", ArticleDelegationLink, "delegation"),
    ("agreements", "agreement_links", ArticleAgreementLink, "agreement"),
    ("projects", "project_links", ArticleProjectLink, "project"),
    ("countries", "country_links", ArticleCountryLink, "country"),
    ("places", "place_links", ArticlePlaceLink, "place"),
    ("organisations", "organisation_links", ArticleOrganisationLink, "organisation"),
)


def set_article_links(page, about, records):
    """Link an article to the records and partners it is about; rows that stay are kept."""
    for key, relation, model, field in ARTICLE_LINKS:
        kept = {getattr(link, f"{field}_id"): link for link in getattr(page, relation).all()}
        targets = [records[key][name] for name in about.get(key, ())]
        setattr(
            page,
            relation,
            [kept.get(target.pk) or model(**{field: target}) for target in targets],
        )


class Command(BaseCommand):
    help = "Load the demo content (pages, settings, articles with photos). Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            action="store_true",
            help="Also create a local demo admin account and print its login (DEBUG only).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Leave a site that already has a home page as it is (keeps local edits).",
        )

    def handle(self, *args, admin=False, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write(
                "The site already has content; the demo content was not loaded again."
            )
        else:
            self.load()
        if admin:
            self.create_admin()

    def load(self):
        with transaction.atomic():
            regions = self.load_snippets(Region, demo_data.REGIONS)
            tags = self.load_snippets(Tag, demo_data.TAGS)
            home = self.load_home()
            news_index = self.load_news_index(home)
            for page_data in demo_data.PAGES:
                self.load_standard_page(home, page_data)
            # Before the articles, which link to the records.
            records = CooperationLoader(home, regions).load()
            articles = [
                self.load_article(news_index, data, regions, tags, records)
                for data in demo_data.ARTICLES
            ]
            self.load_recent_views(articles)
            home.lead_article = articles[0]
            home.save_revision().publish()
            self.load_settings(home)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(articles)} articles, {len(regions)} regions, {len(tags)} tags."
            )
        )
        self.stdout.write(
            self.style.SUCCESS(
                "Cooperation: {delegations} delegations, {agreements} agreements, "
                "{projects} projects; {countries} countries, {places} partner places, "
                "{organisations} organisations, {people} people, {events} events.".format(
                    **{key: len(rows) for key, rows in records.items()}
                )
            )
        )

    # Snippets ------------------------------------------------------------------------------

    def load_snippets(self, model, rows):
        objects = {}
        for row in rows:
            obj = model.objects.filter(slug=row["slug"]).first() or model(slug=row["slug"])
            set_translations(obj, "name", row["name"])
            obj.save()
            objects[row["slug"]] = obj
        return objects

    # Pages ---------------------------------------------------------------------------------

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).first()
        if home is None:
            # Wagtail's initial "Welcome" page holds the slug "home": make way for ours.
            for page in root.get_children().filter(slug="home"):
                Site.objects.filter(root_page=page).delete()
                page.delete()
            home = HomePage(slug="home")
            set_translations(home, "title", demo_data.SITE["name"])
            root.add_child(instance=home)
        set_translations(home, "title", demo_data.SITE["name"])
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        # The site's address is the configured base URL, so full links (share buttons,
        # hreflang alternates) point where readers can reach them.
        base_url = urlsplit(settings.SITE_BASE_URL)
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site.root_page = home
        site.site_name = demo_data.SITE["name"]["en"]
        site.save()
        return home

    def child(self, parent, model, slug):
        return child_page(parent, model, slug)

    def load_news_index(self, home):
        titles = {"kk": "Жаңалықтар", "ru": "Новости", "en": "News"}
        page = self.child(home, NewsIndexPage, "news")
        if page is None:
            page = NewsIndexPage(slug="news", show_in_menus=True)
            set_translations(page, "title", titles)
            home.add_child(instance=page)
        set_translations(page, "title", titles)
        page.save_revision().publish()
        return page

    def load_standard_page(self, home, data):
        page = self.child(home, StandardPage, data["slug"])
        if page is None:
            page = StandardPage(slug=data["slug"], show_in_menus=True)
            set_translations(page, "title", data["title"])
            home.add_child(instance=page)
        set_translations(page, "title", data["title"])
        set_translations(page, "intro", data["intro"])
        set_translations(
            page,
            "body",
            {
                language: "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
                for language, paragraphs in data["body"].items()
            },
        )
        page.save_revision().publish()
        return page

    def load_article(self, news_index, data, regions, tags, records):
        slug = make_slug(data["title"]["kk"])
        # Found by its title's slug, or by its photo once the title has been corrected: it keeps
        # the address it was first published at, as any edited article does.
        existing = (
            self.child(news_index, ArticlePage, slug)
            or ArticlePage.objects.child_of(news_index)
            .filter(main_image__title=f"demo:{data['key']}")
            .first()
        )
        page = existing or ArticlePage(slug=slug)
        languages = data["languages"]
        image = data["image"]
        set_translations(page, "title", data["title"])
        set_translations(page, "lead", data["lead"])
        set_translations(page, "main_image_alt", image["alt"])
        set_translations(page, "main_image_caption", image["caption"])
        set_translations(page, "main_image_credit", image["credit"])
        source = data.get("source")
        set_translations(page, "source_name", source["name"] if source else {})
        page.source_url = source["url"] if source else ""
        page.date = timezone.make_aware(data["published"])
        page.region = regions[data["region"]]
        page.view_count = data["views"]
        page.main_image = self.demo_image(data["key"], data["motif"], title=data["title"]["kk"])
        gallery = [
            self.demo_image(
                f"{data['key']}-{number}", data["motif"], title=f"{data['title']['kk']} ({number})"
            )
            for number in range(1, data.get("gallery", 0) + 1)
        ]
        set_translations(
            page,
            "body",
            {
                language: self.body_blocks(data["body"][language], gallery, image, language)
                for language in languages
            },
        )
        page.tags.set([tags[slug] for slug in data["tags"]])
        set_article_links(page, data.get("about", {}), records)
        if existing is None:
            news_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    def body_blocks(self, blocks, gallery, image, language):
        stream = []
        for kind, value in blocks:
            if kind == "paragraph":
                stream.append(("paragraph", RichText(f"<p>{escape(value)}</p>")))
            elif kind == "quote":
                stream.append(("quote", value))
        if gallery:
            photos = [
                {
                    "image": photo,
                    "alt": f"{image['alt'][language]} ({number})",
                    "caption": "",
                }
                for number, photo in enumerate(gallery, start=1)
            ]
            # The gallery goes before the last paragraph, as press services place them.
            stream.insert(
                max(len(stream) - 1, 1),
                ("gallery", {"images": photos, "credit": image["credit"][language]}),
            )
        return stream

    def load_recent_views(self, articles):
        """A week of daily views, so that the "Most read" block has something to show."""
        today = timezone.localdate()
        for article in articles:
            rng = random.Random(article.slug)
            for days_ago in range(7):
                ArticleDailyViews.objects.update_or_create(
                    page=article,
                    date=today - timedelta(days=days_ago),
                    defaults={"views": rng.randint(0, max(article.view_count // 20, 1))},
                )

    # Images --------------------------------------------------------------------------------

    def demo_image(self, key, motif, title):
        image_model = get_image_model()
        demo_title = f"demo:{key}"
        existing = image_model.objects.filter(title=demo_title).first()
        if existing is not None:
            return existing
        collection = self.demo_collection()
        data = draw_photo(key, motif)
        image = image_model(
            title=demo_title,
            collection=collection,
            file=ImageFile(io.BytesIO(data), name=f"demo-{key}.jpg"),
        )
        image.save()
        return image

    def demo_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=DEMO_COLLECTION).first()
        return collection or root.add_child(name=DEMO_COLLECTION)

    # Settings and admin --------------------------------------------------------------------

    def load_settings(self, home):
        site = Site.objects.get(root_page=home)
        ps = PressServiceSettings.for_site(site)
        site_data = demo_data.SITE
        for field in ("name", "description", "footer_text", "address", "subscribe_call"):
            set_translations(ps, field, site_data[field])
        ps.phone, ps.email = site_data["phone"], site_data["email"]
        set_translations(
            ps,
            "telegram_url",
            {code: f"https://t.me/example_press_{code}" for code in language_codes()},
        )
        set_translations(
            ps,
            "instagram_url",
            dict.fromkeys(language_codes(), "https://www.instagram.com/example_press/"),
        )
        ps.save()

    def create_admin(self):
        if not settings.DEBUG:
            raise CommandError("The demo admin account is for local development only (DEBUG=true).")
        username = "admin"
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or "demo-admin"
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        user.is_staff = user.is_superuser = True
        user.email = user.email or "admin@example.kz"
        user.set_password(password)
        user.save()
        self.stdout.write(
            f"Demo admin: {settings.SITE_BASE_URL}/admin/  login {username}  password {password}"
        )


class CooperationLoader:
    """The records of cooperation/demo_data.py under `home`. Snippets are found again by their
    code, slug or Kazakh name, pages by their slugs; inline rows are replaced on each run."""

    def __init__(self, home, regions):
        self.home = home
        self.regions = regions

    def load(self):
        data = cooperation_data
        ensure_sectors()
        self.sectors = {sector.code: sector for sector in Sector.objects.all()}
        self.countries = {row["code"]: self.load_country(row) for row in data.COUNTRIES}
        self.places = {}
        for row in data.PLACES:  # parents first
            self.places[row["slug"]] = self.load_place(row)
        self.organisations = {row["key"]: self.load_organisation(row) for row in data.ORGANISATIONS}
        self.people = {row["key"]: self.load_person(row) for row in data.PEOPLE}
        self.events = {row["key"]: self.load_event(row) for row in data.EVENTS}

        section = self.load_index(self.home, CooperationIndexPage, "cooperation", data.SECTION)
        lists = {
            slug: self.load_index(section, model, slug, data.LISTS[slug])
            for slug, model in (
                ("agreements", AgreementIndexPage),
                ("delegations", DelegationIndexPage),
                ("projects", ProjectIndexPage),
            )
        }
        # Agreements refer to delegations, projects to agreements.
        self.delegations = {
            row["slug"]: self.load_record(
                lists["delegations"], DelegationPage, row, self.fill_delegation
            )
            for row in data.DELEGATIONS
        }
        self.agreements = {
            row["slug"]: self.load_record(
                lists["agreements"], AgreementPage, row, self.fill_agreement
            )
            for row in data.AGREEMENTS
        }
        self.projects = {
            row["slug"]: self.load_record(lists["projects"], ProjectPage, row, self.fill_project)
            for row in data.PROJECTS
        }
        return {
            "delegations": self.delegations,
            "agreements": self.agreements,
            "projects": self.projects,
            "countries": self.countries,
            "places": self.places,
            "organisations": self.organisations,
            "people": self.people,
            "events": self.events,
        }

    # Snippets ------------------------------------------------------------------------------

    def by_kazakh_name(self, model, names, **lookup):
        lookup[localized_field_name("name", default_language())] = names[default_language()]
        return model.objects.filter(**lookup).first() or model()

    def load_country(self, row):
        country = Country.objects.filter(code=row["code"]).first() or Country(code=row["code"])
        translated(country, name=row["name"]).save()
        return country

    def load_place(self, row):
        place = PartnerPlace.objects.filter(slug=row["slug"]).first() or PartnerPlace(
            slug=row["slug"]
        )
        place.kind = row["kind"]
        place.country = self.countries[row["country"]]
        place.parent = self.places[row["parent"]] if row["parent"] else None
        translated(place, name=row["name"]).save()
        return place

    def load_organisation(self, row):
        organisation = self.by_kazakh_name(Organisation, row["name"])
        organisation.kind = row["kind"]
        organisation.country = self.countries[row["country"]] if row["country"] else None
        organisation.place = self.places[row["place"]] if row["place"] else None
        organisation.website = row.get("website", "")
        translated(organisation, name=row["name"], short_name=row.get("short_name", {})).save()
        return organisation

    def load_person(self, row):
        person = self.by_kazakh_name(Person, row["name"])
        person.country = self.countries[row["country"]] if row["country"] else None
        person.positions = [
            translated(
                PersonPosition(
                    start_date=start,
                    end_date=end,
                    organisation=self.organisations[organisation] if organisation else None,
                ),
                title=title,
            )
            for title, start, end, organisation in row["positions"]
        ]
        translated(person, name=row["name"]).save()
        return person

    def load_event(self, row):
        event = self.by_kazakh_name(Event, row["name"], start_date=row["start"])
        event.start_date, event.end_date = row["start"], row["end"]
        event.edition = row["edition"]
        event.country = self.countries[row["country"]] if row["country"] else None
        event.place = self.places[row["place"]] if row["place"] else None
        translated(event, name=row["name"], venue=row["venue"]).save()
        return event

    # Pages ---------------------------------------------------------------------------------

    def load_index(self, parent, model, slug, data):
        page = child_page(parent, model, slug)
        if page is None:
            # The section goes in the main menu; its lists are reached from it.
            page = model(slug=slug, show_in_menus=model is CooperationIndexPage)
            translated(page, title=data["title"])
            parent.add_child(instance=page)
        translated(page, title=data["title"], intro=data["intro"])
        page.save_revision().publish()
        return page

    def load_record(self, parent, model, row, fill):
        page = child_page(parent, model, row["slug"])
        is_new = page is None
        if is_new:
            page = model(slug=row["slug"])
        translated(page, title=row["title"])
        # Inline rows and many-to-many fields are set before the first save, as the page
        # form does, so that the agreement's status comes from its history on that save.
        fill(page, row)
        if is_new:
            parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def fill_delegation(self, page, row):
        page.direction = row["direction"]
        page.region = self.regions[row["region"]]
        page.countries = [self.countries[code] for code in row["countries"]]
        page.places = [self.places[slug] for slug in row["places"]]
        page.start_date, page.end_date = row["start"], row["end"]
        page.leader = self.people[row["leader"]]
        page.event = self.events[row["event"]] if row["event"] else None
        translated(
            page,
            purpose=row["purpose"],
            outcomes={
                language: paragraphs_html(paragraphs)
                for language, paragraphs in row["outcomes"].items()
            },
        )
        page.members = [
            translated(DelegationMember(person=self.people[person]), role=role)
            for person, role in row["members"]
        ]
        page.programme = [
            translated(
                ProgrammeItem(
                    date=day,
                    time=at,
                    kind=kind,
                    counterpart=self.people[counterpart] if counterpart else None,
                    organisation=self.organisations[organisation] if organisation else None,
                    place=self.places[place] if place else None,
                ),
                description=description,
            )
            for day, at, kind, description, counterpart, organisation, place in row["programme"]
        ]

    def party(self, field, key):
        entities = {
            "region": self.regions,
            "country": self.countries,
            "place": self.places,
            "organisation": self.organisations,
            "person": self.people,
        }
        return AgreementParty(**{field: entities[field][key]})

    def fill_agreement(self, page, row):
        page.kind = row["kind"]
        page.signed_on = row["signed_on"]
        page.delegation = self.delegations[row["delegation"]] if row["delegation"] else None
        page.event = self.events[row["event"]] if row["event"] else None
        translated(page, summary=row["summary"], signing_place=row["signing_place"])
        page.sectors = [self.sectors[code] for code in row["sectors"]]
        page.parties = [self.party(field, key) for field, key in row["parties"]]
        page.signatories = [
            AgreementSignatory(person=self.people[person]) for person in row["signatories"]
        ]
        page.status_history = [
            translated(AgreementStatusChange(date=day, status=status), note=note)
            for day, status, note in row["statuses"]
        ]

    def fill_project(self, page, row):
        translated(page, summary=row["summary"], location=row["location"])
        page.partners = [self.organisations[key] for key in row["partners"]]
        page.sector = self.sectors[row["sector"]]
        page.region = self.regions[row["region"]]
        value, unit = row["capacity"] or (None, {})
        page.capacity_value = value
        translated(page, capacity_unit=unit)
        amount, currency = row["investment"] or (None, Currency.USD)
        page.investment_amount, page.investment_currency = amount, currency
        page.status = row["status"]
        page.agreement = self.agreements[row["agreement"]] if row["agreement"] else None
        page.start_year = row["start_year"]


MOTIF_SHAPES = {
    "handshake": "ellipses",
    "flags": "stripes",
    "forum": "rows",
    "factory": "blocks",
    "field": "furrows",
    "city": "skyline",
    "signing": "table",
    "power": "towers",
}


def draw_photo(key, motif, size=IMAGE_SIZE):
    """A simple, recognisable placeholder photo: a sky gradient and shapes for the motif."""
    rng = random.Random(key)
    width, height = size
    hue = rng.random()
    img = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(height):
        r, g, b = colorsys.hsv_to_rgb(hue, 0.35 + 0.3 * y / height, 0.95 - 0.45 * y / height)
        draw.line([(0, y), (width, y)], fill=(int(r * 255), int(g * 255), int(b * 255)))
    ground = height * 2 // 3
    dark = tuple(int(c * 255) for c in colorsys.hsv_to_rgb((hue + 0.5) % 1, 0.5, 0.35))
    light = tuple(int(c * 255) for c in colorsys.hsv_to_rgb((hue + 0.1) % 1, 0.25, 0.9))
    shape = MOTIF_SHAPES.get(motif, "blocks")
    if shape == "skyline" or shape == "blocks":
        x = 0
        while x < width:
            w = rng.randint(60, 160)
            h = rng.randint(height // 6, height // 2)
            draw.rectangle([x, ground - h, x + w, height], fill=dark)
            for wy in range(ground - h + 20, ground, 40):
                draw.rectangle([x + 15, wy, x + 30, wy + 15], fill=light)
            x += w + rng.randint(5, 30)
    elif shape == "towers":
        for x in range(80, width, 260):
            draw.polygon([(x, height), (x + 40, ground - 250), (x + 80, height)], fill=dark)
            draw.ellipse([x - 40, ground - 320, x + 120, ground - 230], fill=light)
    elif shape == "furrows":
        draw.rectangle([0, ground, width, height], fill=dark)
        for i in range(0, width * 2, 70):
            draw.line([(width // 2, ground), (i - width // 2, height)], fill=light, width=6)
    elif shape == "stripes":
        for i, x in enumerate(range(100, width - 100, 250)):
            draw.line([(x, ground + 200), (x, ground - 300)], fill=dark, width=8)
            draw.rectangle([x, ground - 300, x + 160, ground - 200], fill=light if i % 2 else dark)
    else:  # people at a table, a forum hall, a handshake: rows of heads and shoulders
        rows = 2 if shape != "rows" else 4
        for row in range(rows):
            y = ground - 120 + row * 90
            for x in range(40 + row * 30, width, 120):
                draw.ellipse([x, y - 60, x + 50, y - 10], fill=light)
                draw.rectangle([x - 15, y - 5, x + 65, y + 80], fill=dark)
        if shape == "table":
            draw.rectangle([0, ground + 60, width, height], fill=light)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=82)
    return out.getvalue()
