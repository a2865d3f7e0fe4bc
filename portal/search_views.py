"""The site search page: /<lang>/search/?q=...&type=...&from=...&to=...&sort=...&page=N.

Finds the documents of the reader's language (portal.search_documents) through Wagtail's search
backend, with the query analysed by portal.search. A malformed filter is a 400 (the portal's
page, in the reader's language), a page past the end a 404; whatever the reader types in `q`
gives a page.
"""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import BadRequest, ValidationError
from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.search.backends import get_search_backend

from .models import SearchDocument
from .search import MAX_QUERY_LENGTH, highlight, parse_query, snippet
from .translation_utils import language_codes

PER_PAGE = 20
DATE_FORMAT = "%Y-%m-%d"  # what <input type="date"> sends

SORT_CHOICES = [("relevance", _("Best match")), ("date", _("Newest first"))]


class SearchFilterForm(forms.Form):
    """The filters of the search page; `q` is read apart, since any text is a query."""

    type = forms.ChoiceField(required=False, choices=SearchDocument.Kind.choices)
    sort = forms.ChoiceField(required=False, choices=SORT_CHOICES)
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so these two are named here.
        self.fields["from"] = forms.DateField(required=False, input_formats=[DATE_FORMAT])
        self.fields["to"] = forms.DateField(required=False, input_formats=[DATE_FORMAT])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            raise ValidationError("The start date is after the end date.")
        return cleaned


@dataclass
class Hit:
    document: SearchDocument
    url: str
    title: str  # HTML: escaped, matches marked
    snippet: str  # HTML: escaped, matches marked


def search(request):
    language = translation.get_language()
    form = SearchFilterForm(request.GET)
    if not form.is_valid():
        raise BadRequest(f"Invalid search filter: {form.errors.as_json()}")
    filters = form.cleaned_data
    query = parse_query(request.GET.get("q", ""), language)

    results = []
    if query.terms:
        documents = filtered_documents(language, filters).select_related("page")
        by_date = filters["sort"] == "date"
        if by_date:
            documents = documents.order_by(F("date").desc(nulls_last=True), F("pk").desc())
        results = get_search_backend().search(
            query.backend_query(), documents, order_by_relevance=not by_date
        )

    paginator = Paginator(results, PER_PAGE)
    number = filters["page"] or 1
    if number > paginator.num_pages:
        raise Http404("No such page")
    page_obj = paginator.page(number)
    hits = [
        Hit(
            document=document,
            url=document.page.get_url(request),
            title=highlight(document.title, query.matcher),
            snippet=snippet(document.text, query.matcher),
        )
        for document in page_obj.object_list
    ]

    search_paths = {}
    for code in language_codes():
        with translation.override(code):
            search_paths[code] = reverse("search")
    context = {
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        "hits": hits,
        "page_obj": page_obj,
        "paginator": paginator,
        "filters": filters,
        "filter_query": query_without_page(request),
        "kinds": SearchDocument.Kind.choices,
        "sort_choices": SORT_CHOICES,
        "search_url": search_paths[language],
        "share_title": gettext("Search"),
        # The header's language switch keeps the query (portal_tags.language_links).
        "language_paths": search_paths,
    }
    return TemplateResponse(request, "portal/search_page.html", context)


def filtered_documents(language, filters):
    documents = SearchDocument.objects.filter(language=language)
    if filters["type"]:
        documents = documents.filter(kind=filters["type"])
    if filters["from"]:
        documents = documents.filter(date__gte=filters["from"])
    if filters["to"]:
        documents = documents.filter(date__lte=filters["to"])
    return documents


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
