"""What an anonymous reader may see (portal.visibility): pages behind a view restriction
(password, login, groups) appear in no public list, feed, export, block or counter.

The crawl below reads every public address the portal offers for a small site with one
restricted record of each kind, and follows the links it finds there, so a list added later
to any of these pages is checked too.
"""

import re
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from news.models import (
    ArticleDailyViews,
    ArticlePage,
    ArticleRelatedLink,
    SocialPost,
    TelegramChannel,
)
from news.social import posting
from news.viewcounts import local_date
from portal import page_cache, search_documents, visibility
from tests.cooperation.factories import (
    CountryFactory,
    OrganisationFactory,
    PartnerPlaceFactory,
    link_article,
    make_agreement,
    make_delegation,
    make_project,
    make_section,
)
from tests.factories import (
    ArticlePageFactory,
    RegionFactory,
    StandardPageFactory,
    TagFactory,
    paragraphs,
)

SECRET = "ҚҰПИЯ"  # in every restricted page's title, in every language
LANGUAGES = ("kk", "ru", "en")


def restrict(page, kind=PageViewRestriction.PASSWORD):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="secret"
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Editors")[0])
    return restriction


def secret_titles(name):
    return {
        "title_kk": f"{SECRET} {name} кк",
        "title_ru": f"{SECRET} {name} ру",
        "title_en": f"{SECRET} {name} en",
    }


@pytest.fixture
def world(site):
    section, agreements, delegations, projects = make_section(site.home)
    country = CountryFactory(code="KR", name_kk="Корея", name_ru="Корея", name_en="Korea")
    place = PartnerPlaceFactory(country=country, slug="gyeonggi")
    company = OrganisationFactory(country=country)
    tag = TagFactory(slug="investment")
    region = RegionFactory(slug="turkestan")

    def article(**fields):
        fields.setdefault("title_en", "Public story")
        fields.setdefault("body_en", paragraphs("A memorandum was signed."))
        return ArticlePageFactory(parent=site.news, region=region, tags=[tag], **fields)

    public = SimpleNamespace(
        article=article(),
        delegation=make_delegation(delegations, countries=[country], places=[place]),
        agreement=make_agreement(agreements, parties=[country, place]),
        project=make_project(projects, partners=[company]),
    )
    hidden = SimpleNamespace(
        # Newer than the public story: the lead of the home page, the first of every list.
        article=article(date=public.article.date + timedelta(hours=1), **secret_titles("статья")),
        delegation=make_delegation(
            delegations, countries=[country], places=[place], **secret_titles("делегация")
        ),
        agreement=make_agreement(agreements, parties=[country, place], **secret_titles("келісім")),
        project=make_project(projects, partners=[company], **secret_titles("жоба")),
    )
    # A whole section behind a login: the pages below it inherit the restriction.
    closed = StandardPageFactory(parent=site.home, **secret_titles("бөлім"))
    below = article(**secret_titles("ішкі мақала"))
    below.move(closed, pos="last-child")

    restrict(hidden.article)
    restrict(hidden.delegation, PageViewRestriction.LOGIN)
    restrict(hidden.agreement, PageViewRestriction.GROUPS)
    restrict(hidden.project)
    restrict(closed, PageViewRestriction.LOGIN)

    # The public story names the hidden records, and the editor chose the hidden story as
    # related; the hidden story is the most read.
    link_article(
        public.article,
        delegations=[hidden.delegation, public.delegation],
        agreements=[hidden.agreement],
        projects=[hidden.project],
        countries=[country],
    )
    ArticleRelatedLink.objects.create(page=public.article, article=hidden.article, sort_order=0)
    ArticleDailyViews.objects.create(page=hidden.article, date=local_date(), views=900)
    ArticleDailyViews.objects.create(page=public.article, date=local_date(), views=5)
    search_documents.rebuild_all()
    return SimpleNamespace(
        **vars(site),
        section=section,
        agreements=agreements,
        delegations=delegations,
        projects=projects,
        country=country,
        place=place,
        tag=tag,
        region=region,
        public=public,
        hidden=hidden,
        hidden_pages=[*vars(hidden).values(), closed, below],
    )


def public_addresses(world, language):
    news = world.news.url_in(language)
    section = f"/{language}/{world.section.slug}/"
    return [
        f"/{language}/",
        news,
        f"{news}?tag={world.tag.slug}",
        f"{news}?region={world.region.slug}",
        f"/{language}/feed/",
        f"/{language}/feed/?tag={world.tag.slug}",
        f"/{language}/feed/?region={world.region.slug}",
        f"/{language}/search/?q=статья",
        f"/{language}/search/?q=келісім",
        f"/{language}/search/?q=story",
        section,
        f"{section}countries/",
        f"{section}countries/kr/",
        f"{section}places/{world.place.slug}/",
        f"{section}agreements/",
        f"{section}agreements/csv/",
        f"{section}delegations/",
        f"{section}projects/",
        f"/{language}/api/v2/agreements/",
        f"/{language}/api/v2/delegations/",
        f"/{language}/api/v2/projects/",
        f"/{language}/api/v2/countries/",
        f"/{language}/api/v2/countries/find/?code=KR",
        world.public.article.url_in(language),
        world.public.delegation.url_in(language),
        world.public.agreement.url_in(language),
        world.public.project.url_in(language),
    ]


def text_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


HREF = re.compile(r"""(?:href|src)=["']([^"'#]+)""")


def crawl(client, start):
    """{address: body} of `start` and of the portal's pages their links lead to (one step)."""
    bodies = {}
    for address in start:
        bodies[address] = client.get(address)
    found = set()
    for address, response in list(bodies.items()):
        if response.status_code != 200 or response.streaming:
            continue
        for link in HREF.findall(text_of(response)):
            parts = urlsplit(urljoin(f"http://testserver{address}", link.replace("&amp;", "&")))
            if parts.netloc not in ("", "testserver"):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if not target.startswith(("/static/", "/media/", "/admin/", "/documents/")):
                found.add(target)
    for address in sorted(found - set(bodies)):
        bodies[address] = client.get(address)
    return bodies


@pytest.mark.django_db
class TestRestrictedPagesStayRestricted:
    def test_no_public_address_shows_a_restricted_page(self, client, world):
        hidden_paths = {page.url_in("kk") for page in world.hidden_pages}
        for language in LANGUAGES:
            bodies = crawl(client, public_addresses(world, language))
            assert len(bodies) > 40
            for address, response in bodies.items():
                assert response.status_code < 500, address
                body = text_of(response)
                assert SECRET not in body, f"{address} shows a restricted page"
                for path in hidden_paths:
                    slug_path = path.split("/", 2)[2]  # the same page in any language
                    assert f"/{slug_path}" not in body, f"{address} links to {path}"

    def test_the_public_pages_still_show_what_is_public(self, client, world):
        """The same crawl finds the public records, so the test above is not vacuous."""
        home = client.get("/ru/").content.decode()
        assert world.public.article.title_ru in home
        register = text_of(client.get(f"/ru/{world.section.slug}/agreements/csv/"))
        assert world.public.agreement.title_ru in register
        country = client.get(f"/ru/{world.section.slug}/countries/kr/").content.decode()
        assert world.public.delegation.title_ru in country
        story = client.get(world.public.article.url_in("ru")).content.decode()
        assert world.public.delegation.title_ru in story

    def test_views_of_a_restricted_article_are_not_counted(self, client, world):
        response = client.post(
            f"/kk/-/views/{world.hidden.article.pk}/",
            HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14) reader",
        )
        assert response.status_code == 404
        pixel = client.get(
            f"/kk/-/views/{world.hidden.article.pk}/pixel.gif",
            HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14) reader",
        )
        assert pixel.status_code == 404

    def test_a_restricted_story_is_not_cross_posted(self, world, settings):
        settings.TELEGRAM_BOT_TOKEN = "123:test"
        TelegramChannel.objects.create(name="kk", chat_id="@kk", language="kk", enabled=True)
        assert posting.queue_posts(world.hidden.article) == ([], [])
        new_posts, _changed = posting.queue_posts(world.public.article)
        assert [post.article_id for post in new_posts] == [world.public.article.pk]
        assert not SocialPost.objects.filter(article=world.hidden.article).exists()


@pytest.mark.django_db
class TestReadableDefinition:
    def test_live_and_unrestricted_only(self, world):
        readable = set(ArticlePage.objects.for_readers().values_list("pk", flat=True))
        assert world.public.article.pk in readable
        assert not readable & {page.pk for page in world.hidden_pages}
        assert visibility.is_readable(world.public.article)
        assert not any(visibility.is_readable(page) for page in world.hidden_pages)

    def test_a_draft_is_not_readable(self, world):
        draft = ArticlePageFactory(parent=world.news, live=False)
        assert not visibility.is_readable(draft)
        assert not ArticlePage.objects.for_readers().filter(pk=draft.pk).exists()

    def test_lifting_a_restriction_makes_the_page_readable_again(self, world, settings):
        settings.PAGE_DATA_CACHE_SECONDS = 600  # the restricted paths come from the data cache
        assert not visibility.is_readable(world.hidden.project)
        PageViewRestriction.objects.filter(page=world.hidden.project).delete()
        page_cache.purge_site()  # what portal.signals does once the change commits
        assert visibility.is_readable(world.hidden.project)
