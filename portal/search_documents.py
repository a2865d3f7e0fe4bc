"""The site search's documents: one `SearchDocument` for each live page that readers can open
without a password, in each language it exists in.

Articles, delegations, agreements, projects and standard pages are searched. A document holds
the page's title and plain text in one language (the lead, the body, the names of the partners,
places and people it names) and the date a reader expects for it. `sync_pages` makes the
documents of some pages match them as they are now; `portal.search_signals` calls it when a
page is published, unpublished, moved or put behind a password, and
`manage.py rebuild_search_documents` for all content at once.
"""

from datetime import date

from django.db import connection, transaction
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search.backends import get_search_backends

from cooperation.models import AgreementPage, DelegationPage, ProjectPage
from news.models import ArticlePage

from . import visibility
from .models import SearchDocument, StandardPage
from .translation_utils import localized_value

Kind = SearchDocument.Kind

KINDS = {
    ArticlePage: Kind.ARTICLE,
    DelegationPage: Kind.DELEGATION,
    AgreementPage: Kind.AGREEMENT,
    ProjectPage: Kind.PROJECT,
    StandardPage: Kind.PAGE,
}

# What building the documents of many pages of a type reads, in a few queries.
RELATED = {
    ArticlePage: (("region",), ("tags",)),
    DelegationPage: (
        ("leader", "event"),
        ("countries", "places", "members__person", "programme"),
    ),
    AgreementPage: (
        ("event",),
        (
            "parties__region",
            "parties__country",
            "parties__place",
            "parties__organisation",
            "parties__person",
            "signatories__person",
            "sectors",
            "status_history",
        ),
    ),
    ProjectPage: (("sector",), ("partners",)),
    StandardPage: ((), ()),
}

CHUNK_SIZE = 100


def kind_of(page):
    return KINDS.get(type(page))


# The text of a page in one language. Fields of the page itself are read in that language only
# (no fallback to another language's text); names of partners, places and people are read as
# the page shows them, with their fallback.


def _own(page, field, language):
    return localized_value(page, field, language) or ""


def _stream_text(value):
    if not value:
        return ""
    return " ".join(part for part in value.stream_block.get_searchable_content(value) if part)


def _rich_text(value):
    return get_text_for_indexing(value) if value else ""


def _names(items):
    return ", ".join(str(item) for item in items if item is not None)


def article_text(page, language):
    return [
        _own(page, "lead", language),
        _stream_text(localized_value(page, "body", language)),
        _own(page, "main_image_caption", language),
        _names([page.region]),
        _names(page.tags.all()),
    ]


def delegation_text(page, language):
    return [
        _own(page, "purpose", language),
        _rich_text(localized_value(page, "outcomes", language)),
        _names(page.countries.all()),
        _names(page.places.all()),
        _names([page.leader, page.event]),
        _names(member.person for member in page.members.all()),
        " ".join(
            localized_value(item, "description", language) or "" for item in page.programme.all()
        ),
    ]


def agreement_text(page, language):
    return [
        _own(page, "summary", language),
        str(page.get_kind_display()),
        _names(party.entity for party in page.parties.all()),
        _names(signatory.person for signatory in page.signatories.all()),
        _own(page, "signing_place", language),
        _names([page.event]),
        _names(page.sectors.all()),
        " ".join(
            localized_value(change, "note", language) or "" for change in page.status_history.all()
        ),
    ]


def project_text(page, language):
    return [
        _own(page, "summary", language),
        _own(page, "location", language),
        _names(page.partners.all()),
        _names([page.sector]),
    ]


def standard_page_text(page, language):
    return [_own(page, "intro", language), _rich_text(localized_value(page, "body", language))]


TEXT = {
    ArticlePage: article_text,
    DelegationPage: delegation_text,
    AgreementPage: agreement_text,
    ProjectPage: project_text,
    StandardPage: standard_page_text,
}


def _local_date(moment):
    return timezone.localdate(moment) if moment else None


def page_date(page):
    """(date, year only): the article's date, a visit's start, an agreement's signing (else its
    first status), a project's start year; else the first publication."""
    published = _local_date(page.first_published_at or page.last_published_at)
    if isinstance(page, ArticlePage):
        return _local_date(page.date), False
    if isinstance(page, DelegationPage):
        return page.start_date, False
    if isinstance(page, AgreementPage):
        return page.record_date or published, False
    if isinstance(page, ProjectPage) and page.start_year:
        return date(page.start_year, 1, 1), True
    if isinstance(page, StandardPage):
        return _local_date(page.last_published_at), False
    return published, False


def documents_for(page):
    """The documents `page` should have now (unsaved), one per language it exists in."""
    kind = kind_of(page)
    day, year_only = page_date(page)
    documents = []
    for language in page.available_languages:
        with translation.override(language):
            parts = TEXT[type(page)](page, language)
        text = "\n".join(part.strip() for part in parts if part and part.strip())
        documents.append(
            SearchDocument(
                page=page,
                language=language,
                kind=kind,
                title=localized_value(page, "title", language),
                text=text,
                date=day,
                year_only=year_only,
            )
        )
    return documents


def _is_searchable(page, restricted_paths):
    return kind_of(page) is not None and visibility.is_readable(page, restricted_paths)


UPDATED_FIELDS = ["kind", "title", "text", "date", "year_only"]


@transaction.atomic
def sync_pages(pages):
    """Make the documents of `pages` (specific page objects) match the pages as they are now:
    documents for the languages each exists in when it is live and public, none otherwise.
    Returns the number of documents kept."""
    pages = list(pages)
    if not pages:
        return 0
    restricted = visibility.restricted_paths(fresh=True)
    wanted = {
        (document.page_id, document.language): document
        for page in pages
        if _is_searchable(page, restricted)
        for document in documents_for(page)
    }
    existing = {
        (document.page_id, document.language): document
        for document in SearchDocument.objects.filter(page__in=[page.pk for page in pages])
    }
    stale = [document.pk for key, document in existing.items() if key not in wanted]
    if stale:
        remove(SearchDocument.objects.filter(pk__in=stale))
    new, changed = [], []
    for key, document in wanted.items():
        if key in existing:
            document.pk = existing[key].pk
            changed.append(document)
        else:
            new.append(document)
    SearchDocument.objects.bulk_create(new)
    SearchDocument.objects.bulk_update(changed, UPDATED_FIELDS)
    index(new + changed)
    return len(wanted)


def index(documents):
    """Put the analysed terms of `documents` into the search backend (one statement each)."""
    if documents:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(SearchDocument, documents)


def remove(documents):
    """Delete documents; their index entries go with them (a generic relation of Indexed)."""
    documents.delete()


def sync_page(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    return sync_pages([page.specific])


def sync_subtree(page_id):
    """The documents of a page and everything below it (after a move, or a password removed)."""
    root = Page.objects.filter(pk=page_id).first()
    if root is None:
        return 0
    remove(
        SearchDocument.objects.filter(page__path__startswith=root.path).exclude(
            page__in=_searched_pages()
        )
    )
    return sum(
        sync_pages(chunk)
        for model in KINDS
        for chunk in _chunks(_pages_of(model).descendant_of(root, inclusive=True))
    )


def remove_subtree(page):
    """No documents for a page and everything below it (a password put on it)."""
    remove(SearchDocument.objects.filter(page__path__startswith=page.path))


def remove_pages(page_ids):
    remove(SearchDocument.objects.filter(page_id__in=page_ids))


def _searched_pages():
    return visibility.for_readers(Page.objects.type(*KINDS))


def _pages_of(model):
    select, prefetch = RELATED[model]
    return visibility.for_readers(model.objects).select_related(*select).prefetch_related(*prefetch)


def _chunks(queryset, size=CHUNK_SIZE):
    chunk = []
    for page in queryset.order_by("pk").iterator(chunk_size=size):
        chunk.append(page)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def rebuild_all():
    """The documents of every page, built again; returns {kind: documents}."""
    counts = {}
    for model, kind in KINDS.items():
        counts[kind] = sum(sync_pages(chunk) for chunk in _chunks(_pages_of(model)))
    # Pages no longer live, behind a password or of a kind no longer searched.
    remove(SearchDocument.objects.exclude(page__in=_searched_pages()))
    if connection.vendor == "postgresql":
        # Statistics of the new rows, for the search's query plans, without waiting for
        # autovacuum.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE portal_searchdocument, wagtailsearch_indexentry")
    return counts
