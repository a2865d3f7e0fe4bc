"""The page cache: whole public pages for anonymous readers, purged page by page.

A cached copy is stored under its URL (scheme, host, path) and only the query parameters that
pages read (`known_parameters`: each page type and cached view declares its own), in the
"default" cache: Redis when REDIS_URL is set, process memory otherwise. Any other parameter
(utm_source, a random ?x=) is served the same copy. A page is kept for none of those
parameters that its own type does not read (?page= on an article is rendered, not stored), one
address keeps at most PAGE_CACHE_MAX_VARIANTS copies with different queries, and no page over
PAGE_CACHE_MAX_BYTES is kept, so no query string can fill the cache.

Each copy records the *dependency* that produced it (a Wagtail page, the feeds, the sitemap)
and the *token* that dependency had when the copy was made. Purging a dependency gives it a new
token, so every copy made from it (the page in three languages, with every query string: ?tag=,
?page=...) stops matching at once, with no list of URLs to keep. A site-wide token does the
same for changes that show on every page (the menu, the press service's settings, a renamed
tag or country).

Which dependencies a change purges is decided in `portal.signals`: the page itself, its
ancestors (the listings and the home page show it), the records and articles it is linked to,
the articles that show it as related, the feeds and the sitemap.

The same tokens key smaller data caches (`cached_data`): the header's menu, the site settings,
an article's "This story is about" block, so that those stay fresh even when the page cache is
off (PAGE_CACHE_SECONDS=0).

Requests from editors (any session cookie), previews (served under /admin/), non-GET requests
and responses that set cookies other than the language cookie are never cached. Responses that
may be cached say so with `Cache-Control: public, max-age=0, s-maxage=N` (N is
SHARED_CACHE_SECONDS), which is what the nginx configuration in deploy/ micro-caches; every
response the middleware sees carries X-Cache: HIT, MISS or BYPASS.
"""

import functools
import hashlib
import secrets
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.models import get_page_models

from .counters import count_in_window
from .translation_utils import language_codes

SITE = "site"
FEEDS = "feeds"
SITEMAP = "sitemap"

# The query parameters that the cached views other than pages read (see `cached_as`).
_view_parameters = set()
# Only the language cookie may travel with a cached page: it says the language of the URL.
ALLOWED_COOKIES = {settings.LANGUAGE_COOKIE_NAME}
STORED_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")


def cache():
    return caches["default"]


def page_dependency(page_id):
    return f"page:{page_id}"


def _token_key(name):
    return f"pc:token:{name}"


def _new_token():
    return secrets.token_hex(8)


# The tokens read while one request is served: read once, in one round trip where possible,
# so that every part of a page agrees on them (set by PageCacheMiddleware).
_request_tokens = ContextVar("page_cache_tokens", default=None)
# Data read once per request whatever the data cache does (see `per_request`).
_request_data = ContextVar("page_cache_request_data", default=None)


def per_request(name, build):
    """`build()`, read once per request (every call outside a request builds anew)."""
    memo = _request_data.get()
    if memo is None:
        return build()
    if name not in memo:
        memo[name] = build()
    return memo[name]


def tokens(*names):
    """{name: token} of the given dependencies, made on first use; one cache round trip."""
    memo = _request_tokens.get()
    wanted = [name for name in names if memo is None or name not in memo]
    result = {}
    if wanted:
        keys = {_token_key(name): name for name in wanted}
        found = cache().get_many(list(keys))
        result = {keys[key]: value for key, value in found.items()}
        for key, name in keys.items():
            if name not in result:
                token = _new_token()
                # add(): two processes making the first token agree on one.
                if not cache().add(key, token, timeout=None):
                    token = cache().get(key) or token
                result[name] = token
        if memo is not None:
            memo.update(result)
    if memo is not None:
        result = {name: memo[name] for name in names}
    return result


def purge(*names):
    """Give each dependency a new token: every page and datum made from it is now stale."""
    if names:
        new = {name: _new_token() for name in set(names)}
        cache().set_many({_token_key(name): token for name, token in new.items()}, timeout=None)
        memo = _request_tokens.get()
        if memo is not None:
            memo.update(new)


def purge_pages(page_ids, *others):
    purge(*(page_dependency(page_id) for page_id in page_ids), *others)


def purge_site():
    purge(SITE)


def stamp(*dependencies):
    """The current tokens of the site and `dependencies`, as one string to key a cache by."""
    current = tokens(SITE, *dependencies)
    return ":".join(f"{name}={current[name]}" for name in sorted(current))


def fragments():
    """Process memory, for what is keyed by a stamp: a stamped key never changes its value, so
    each web worker may keep its own copy (purging makes a new stamp, hence a new key)."""
    return caches["template_fragments"]


def cached_data(name, dependencies, build, keep=None):
    """The value `build()` returns, kept until one of `dependencies` (or the site) is purged;
    only when `keep(value)` is true, if `keep` is given.

    PAGE_DATA_CACHE_SECONDS = 0 turns this cache off.
    """
    seconds = settings.PAGE_DATA_CACHE_SECONDS
    if not seconds:
        return build()
    key = f"data:{name}:{stamp(*dependencies)}"
    value = fragments().get(key)
    if value is None:
        value = build()
        if keep is None or keep(value):
            fragments().set(key, value, seconds)
    return value


def fragment_context(*dependencies):
    """What a template's {% cache %} tags vary on to be purged with `dependencies` (and the
    site): `fragment_stamp`, and `fragment_seconds`, 0 when the data cache is off. Django's
    {% cache %} keeps fragments in the "template_fragments" cache: see `fragments`."""
    seconds = settings.PAGE_DATA_CACHE_SECONDS
    if not seconds:
        return {"fragment_seconds": 0, "fragment_stamp": ""}
    return {"fragment_seconds": seconds, "fragment_stamp": stamp(*dependencies)}


def depends_on(request, name, parameters: Iterable[str] = ()):
    """Mark the response to `request` as made from `name`, so it may be cached and purged;
    `parameters` are the query parameters the response depends on.

    Called before the page is rendered (Wagtail's before_serve_page hook, the feed and sitemap
    views), so that a purge while the page renders leaves the copy stale rather than current.
    """
    request.page_cache_dependency = (name, tokens(name)[name])
    request.page_cache_parameters = frozenset(parameters)


def page_parameters(page):
    """The query parameters a page type reads (its `cache_query_parameters`)."""
    return frozenset(getattr(page, "cache_query_parameters", ()))


@functools.cache
def known_parameters():
    """Every query parameter that some cached page or view reads: the others never key a copy."""
    names = set(_view_parameters)
    for model in get_page_models():
        names |= page_parameters(model)
    return frozenset(names)


def cached_as(name, parameters: Iterable[str] = ()):
    """Decorator: the view's responses are made from dependency `name` (e.g. the feeds) and
    the query `parameters`."""
    parameters = frozenset(parameters)
    _view_parameters.update(parameters)

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            depends_on(request, name, parameters)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


@dataclass
class Entry:
    site_token: str
    dependency: str
    token: str
    status: int
    headers: list
    content: bytes


def keyed_query(request):
    """The request's query parameters that some page reads, by name (values in their order)."""
    known = known_parameters()
    query = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    return sorted(((name, value) for name, value in query if name in known), key=lambda p: p[0])


def shareable_query(request):
    """The query that links on the page may carry: all of it on a response never stored (the
    search), else only the parameters pages read, as a stored copy is served to every reader."""
    if getattr(request, "page_cache_dependency", None) is None:
        return parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    return keyed_query(request)


def _digest(text):
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def cache_key(request):
    url = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(keyed_query(request))}"
    return f"pc:page:{_digest(url)}"


def admit_variant(request, timeout):
    """Whether one more copy of this address with a query may be stored: at most
    PAGE_CACHE_MAX_VARIANTS in `timeout` seconds (the plain address is always admitted)."""
    if not keyed_query(request):
        return True
    key = f"pc:variants:{_digest(f'{request.get_host()}{request.path}')}"
    count = count_in_window(cache(), key, timeout)
    return count is not None and count <= settings.PAGE_CACHE_MAX_VARIANTS


class PageCacheMiddleware:
    """Serve and store whole public pages for anonymous readers; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = (
            "/healthz",  # answers whatever state the cache is in
            "/admin/",
            "/static/",
            "/media/",
            "/documents/",
            *(f"/{code}/-/" for code in language_codes()),  # view counting, never cached
            *(f"/{code}/api/" for code in language_codes()),
        )

    def is_candidate(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(self.excluded)
        )

    def __call__(self, request):
        memo, data = _request_tokens.set({}), _request_data.set({})
        try:
            return self.serve(request)
        finally:
            _request_tokens.reset(memo)
            _request_data.reset(data)

    def serve(self, request):
        if not self.is_candidate(request):
            response = self.get_response(request)
            if getattr(request, "page_cache_dependency", None):
                # An editor's view of a public page: no shared cache may keep it.
                patch_cache_control(response, private=True)
                response["X-Cache"] = "BYPASS"
            return response

        timeout = settings.PAGE_CACHE_SECONDS
        key = cache_key(request)
        if timeout > 0:
            hit = self.lookup(key)
            if hit is not None:
                return hit
        site_token = tokens(SITE)[SITE] if timeout > 0 else ""

        response = self.get_response(request)
        dependency = getattr(request, "page_cache_dependency", None)
        if dependency is None:
            return response
        if not self.may_store(response):
            patch_cache_control(response, private=True)
            response["X-Cache"] = "BYPASS"
            return response
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.SHARED_CACHE_SECONDS
        )
        response["X-Cache"] = "MISS"
        if timeout > 0 and self.may_keep(request, response, timeout):
            name, token = dependency
            entry = Entry(
                site_token=site_token,
                dependency=name,
                token=token,
                status=response.status_code,
                headers=[
                    (header, response[header])
                    for header in (*STORED_HEADERS, "Cache-Control")
                    if header in response
                ],
                content=response.content,
            )
            cache().set(key, entry, timeout)
        return response

    def lookup(self, key):
        found = cache().get_many([key, _token_key(SITE)])
        entry = found.get(key)
        if _token_key(SITE) in found:
            _request_tokens.get()[SITE] = found[_token_key(SITE)]
        if not isinstance(entry, Entry) or entry.site_token != found.get(_token_key(SITE)):
            return None
        if tokens(entry.dependency)[entry.dependency] != entry.token:
            return None
        response = HttpResponse(entry.content, status=entry.status)
        for header, value in entry.headers:
            response[header] = value
        response["X-Cache"] = "HIT"
        return response

    @staticmethod
    def may_keep(request, response, timeout):
        """Whether the page cache keeps this copy (it may be shared all the same): not for a
        parameter the page does not read (?year= on an article: else every article could be
        made to hold PAGE_CACHE_MAX_VARIANTS copies), nor past the bounds."""
        read = getattr(request, "page_cache_parameters", frozenset())
        if any(name not in read for name, _value in keyed_query(request)):
            return False
        if len(response.content) > settings.PAGE_CACHE_MAX_BYTES:
            return False
        return admit_variant(request, timeout)

    @staticmethod
    def may_store(response):
        if response.status_code != 200 or response.streaming:
            return False
        if set(response.cookies) - ALLOWED_COOKIES:
            return False
        vary = {item.strip().lower() for item in response.get("Vary", "").split(",")}
        if "*" in vary or "cookie" in vary:
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-store", "no-cache"))
