"""What an anonymous reader may see: the one definition that every public list, feed, export,
block, counter and cross-post uses.

A page is *readable* when it is live and no view restriction (password, login, groups) covers
it or one of its ancestors. Wagtail's `PageQuerySet.public()` says the same with a query per
use; here the restricted sections' paths are read once per request (one small query), however
many lists and checks the page makes.

Use `for_readers(queryset)` (or the `for_readers()` method of `ReaderPageQuerySet`, which the
portal's page managers use) for a list of pages, `readable_q(prefix)` to filter rows that point
at pages (an agreement's parties, a delegation's countries), and `is_readable(page)` for one
page already in memory.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from . import page_cache


def restricted_paths(fresh=False):
    """The tree paths of the pages that carry a view restriction (their descendants inherit it).

    Read from the database once per request, never from a cache: whether a page is open to
    anyone must not hang on a purge that a sick Redis could lose. `fresh` reads again within the
    request, for code that runs after the request changed a restriction.
    """
    if fresh:
        return read_restricted_paths()
    return page_cache.per_request("restricted-paths", read_restricted_paths)


def read_restricted_paths():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))


def readable_q(prefix=""):
    """Rows whose page (reached through `prefix`, e.g. "page__") an anonymous reader may open."""
    q = Q(**{f"{prefix}live": True})
    for path in restricted_paths():
        q &= ~Q(**{f"{prefix}path__startswith": path})
    return q


def for_readers(queryset):
    """The pages of `queryset` that an anonymous reader may open."""
    return queryset.filter(readable_q())


def is_restricted(page, paths=None):
    """Whether a view restriction covers `page` (a page in memory, with its path); `paths`
    are the restricted paths when the caller has read them already."""
    paths = restricted_paths() if paths is None else paths
    return bool(page.path) and any(page.path.startswith(path) for path in paths)


def is_readable(page, paths=None):
    """Whether an anonymous reader may open `page` (a page in memory, with its path)."""
    return bool(page.live) and not is_restricted(page, paths)


class ReaderPageQuerySet(PageQuerySet):
    def for_readers(self):
        """Only what an anonymous reader may open: see the module docstring."""
        return for_readers(self)
