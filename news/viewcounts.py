"""Article view counts: added up in Redis, moved into the database by a periodic flush.

A view is counted in Redis (one round trip: the visitor's dedup key and the pending counters
together); nothing is written to the database per view. `flush()` moves the pending counts into
PostgreSQL exactly once:

1. In Redis, the pending hash is renamed to a "flushing" hash with a batch id, unless a batch
   is already there (left by a flush that died): then that batch is taken up again.
2. In one database transaction, the batch id is inserted (unique) and the counts are added. A
   batch that was already applied fails the insert and adds nothing.
3. The flushing hash is deleted, only if it is still the same batch.

A flush killed after any step is completed by the next one; two flushes at once apply a batch
once, because the second one's insert waits for the first one's transaction and then fails.

Without Redis (no REDIS_URL, or Redis down) a view goes straight to the database in one atomic
statement per table, so nothing is lost; an outage is logged at most once a minute.

However many cookies it sends, one client adds at most a few views to an article in a window
(VIEW_COUNT_CLIENT_*, VIEW_COUNT_ADDRESS_LIMIT): it is known by keyed hashes of its address and
User-Agent, whose key changes every day; Redis keeps only the hashes, for one window. Without
Redis each process keeps the same caps in its own memory.
"""

import ipaddress
import logging
import secrets
import time
import uuid
from datetime import date, timedelta

import redis
from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, connection, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac

from portal import page_cache
from portal.counters import count_in_window
from portal.redis import redis_client

from .models import ArticleDailyViews, ArticlePage, ViewCountBatch

logger = logging.getLogger(__name__)

VISITOR_COOKIE = "portal_visitor"


def key(name):
    """Redis keys under VIEW_COUNT_KEY_PREFIX (tests give each process its own)."""
    return f"{settings.VIEW_COUNT_KEY_PREFIX}:{name}"


def seen_key(page_id, visitor):
    return key(f"seen:{page_id}:{visitor}")


def client_keys(address, user_agent, day=None):
    """Two keyed hashes that know a client again for one day: (address + User-Agent, address).

    The key is SECRET_KEY with the day in its salt, so the hashes can be neither reversed by
    whoever reads Redis nor matched from one day to the next. An IPv6 client is its /64: a
    household or phone gets a whole /64 and may pick any address in it.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        network = address
    else:
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        network = str(ip)
        if ip.version == 6:
            network = str(ipaddress.ip_network(f"{ip}/64", strict=False))
    salt = f"news.viewcounts.client:{(day or local_date()).isoformat()}"
    return tuple(
        salted_hmac(salt, value, algorithm="sha256").hexdigest()[:32]
        for value in (f"{network}\n{user_agent}", network)
    )


def client_caps(page_id, reader):
    """[(key, limit)]: the caps a reader's views of an article are counted against."""
    if reader is None:
        return []
    browser, address = reader
    caps = [
        (key(f"cap:{page_id}:client:{browser}"), settings.VIEW_COUNT_CLIENT_LIMIT),
        (key(f"cap:{page_id}:address:{address}"), settings.VIEW_COUNT_ADDRESS_LIMIT),
    ]
    return [(name, limit) for name, limit in caps if limit > 0]


# Count a view: unless the client has reached a cap (KEYS[4:], limits in ARGV[6:]), remember the
# visitor for the dedup window (0: count every visit), add one to each cap for the cap window,
# add the view to today's pending counter, and answer the article's pending views (today's and
# yesterday's counters, the only ones a flush every minute leaves behind). Only views that
# count use up a cap, so a reader's repeat visits take nothing from others at the same address.
COUNT_SCRIPT = """
local counted = 0
if ARGV[1] == '1' then
    counted = 1
    for i = 4, #KEYS do
        if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[i + 2]) then
            counted = 0
        end
    end
    if counted == 1 and tonumber(ARGV[2]) > 0 then
        counted = redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) and 1 or 0
    end
    if counted == 1 then
        for i = 4, #KEYS do
            if redis.call('INCR', KEYS[i]) == 1 then
                redis.call('EXPIRE', KEYS[i], ARGV[5])
            end
        end
        redis.call('HINCRBY', KEYS[1], ARGV[3], 1)
    end
end
local today = tonumber(redis.call('HGET', KEYS[1], ARGV[3]) or '0')
local yesterday = tonumber(redis.call('HGET', KEYS[1], ARGV[4]) or '0')
local flushing = redis.call('HMGET', KEYS[3], ARGV[3], ARGV[4])
return {counted, today + yesterday + tonumber(flushing[1] or '0') + tonumber(flushing[2] or '0')}
"""

# Take the pending counts for a flush, or take up a batch a dead flush left behind.
TAKE_BATCH_SCRIPT = """
if redis.call('EXISTS', KEYS[2]) == 1 then
    return redis.call('GET', KEYS[3])
end
if redis.call('EXISTS', KEYS[1]) == 0 then
    return false
end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SET', KEYS[3], ARGV[1])
return ARGV[1]
"""

# Forget a batch once applied, unless another flush has already replaced it.
DROP_BATCH_SCRIPT = """
if redis.call('GET', KEYS[2]) == ARGV[1] then
    redis.call('DEL', KEYS[1], KEYS[2])
    return 1
end
return 0
"""

REDIS_RETRY_SECONDS = 5
WARNING_INTERVAL_SECONDS = 60
_state = {"redis_down_until": 0.0, "last_warning": 0.0}


def available_redis():
    """The Redis client, or None while Redis is off or was found down a moment ago."""
    client = redis_client()
    if client is None or time.monotonic() < _state["redis_down_until"]:
        return None
    return client


def redis_failed(error):
    # Skip Redis for a few seconds rather than wait for its timeout on every request; then
    # the next request tries again, so counting returns to Redis by itself.
    _state["redis_down_until"] = time.monotonic() + REDIS_RETRY_SECONDS
    now = time.monotonic()
    if now - _state["last_warning"] >= WARNING_INTERVAL_SECONDS:
        _state["last_warning"] = now
        logger.warning("Redis unavailable, counting views in the database: %s", error)


def new_visitor_id():
    return secrets.token_urlsafe(16)


def local_date():
    return timezone.localdate()


def day_field(page_id, day):
    return f"{page_id}:{day.isoformat()}"


def record_view(page_id, stored_count, visitor, count=True, reader=None):
    """Count one view of an article (when `count`); return (counted, current view count).

    `stored_count` is the article's count in the database; the answer adds the views still
    pending in Redis, so a cached page can show a fresh figure. `reader` is the request's
    `client_keys()`: its views are capped per window (None: not capped).
    """
    client = available_redis()
    today = local_date()
    caps = client_caps(page_id, reader)
    window = settings.VIEW_COUNT_CLIENT_WINDOW_SECONDS
    if client is not None:
        try:
            counted, pending = client.eval(
                COUNT_SCRIPT,
                3 + len(caps),
                key("pending"),
                seen_key(page_id, visitor),
                key("flushing"),
                *[name for name, _limit in caps],
                "1" if count else "0",
                settings.VIEW_COUNT_DEDUP_SECONDS,
                day_field(page_id, today),
                day_field(page_id, today - timedelta(days=1)),
                window,
                *[limit for _name, limit in caps],
            )
            return bool(counted), stored_count + int(pending)
        except redis.RedisError as error:
            redis_failed(error)
    if not count or not under_caps_locally(caps):
        return False, stored_count
    if not first_visit_locally(page_id, visitor):
        return False, stored_count
    add_to_caps_locally(caps, window)
    add_views_to_database({(page_id, today): 1})
    return True, stored_count + 1


def first_visit_locally(page_id, visitor):
    """Dedup without Redis: the process's own memory (cache.add is atomic)."""
    seconds = settings.VIEW_COUNT_DEDUP_SECONDS
    if seconds <= 0:
        return True
    return caches["local"].add(seen_key(page_id, visitor), 1, seconds)


def under_caps_locally(caps):
    """The caps without Redis, in the process's memory: N views per worker process at most."""
    local = caches["local"]
    return all(local.get(name, 0) < limit for name, limit in caps)


def add_to_caps_locally(caps, window):
    for name, _limit in caps:
        count_in_window(caches["local"], name, window)


def add_views_to_database(views_by_page_day):
    """Add {(page_id, date): views} to the totals and the daily rows, atomically per row."""
    totals = {}
    for (page_id, _day), views in views_by_page_day.items():
        totals[page_id] = totals.get(page_id, 0) + views
    with transaction.atomic():
        add_to_totals(totals)
        add_to_days(views_by_page_day)


CHUNK = 1000


# The counts go in as one statement per thousand rows; "WITH v(...) AS (VALUES ...)" is the
# form PostgreSQL and SQLite both accept.


def add_to_totals(totals):
    table = ArticlePage._meta.db_table
    pk = ArticlePage._meta.pk.column
    items = sorted(totals.items())  # a fixed order, so concurrent writers never deadlock
    with connection.cursor() as cursor:
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            values = ", ".join(["(%s, %s)"] * len(chunk))
            cursor.execute(
                f"WITH v(id, n) AS (VALUES {values}) "  # noqa: S608
                f"UPDATE {table} SET view_count = {table}.view_count + v.n "
                f"FROM v WHERE {table}.{pk} = v.id",
                [value for item in chunk for value in item],
            )


def add_to_days(views_by_page_day):
    table = ArticleDailyViews._meta.db_table
    articles, pk = ArticlePage._meta.db_table, ArticlePage._meta.pk.column
    items = sorted(views_by_page_day.items())
    with connection.cursor() as cursor:
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            values = ", ".join(["(%s, %s, %s)"] * len(chunk))
            params = [v for (page_id, day), views in chunk for v in (page_id, day, views)]
            # Only rows of articles that still exist: a deleted article's views are dropped.
            cursor.execute(
                f"WITH v(page_id, day, n) AS (VALUES {values}) "  # noqa: S608
                f"INSERT INTO {table} (page_id, date, views) SELECT v.page_id, v.day, v.n FROM v "
                f"WHERE EXISTS (SELECT 1 FROM {articles} a WHERE a.{pk} = v.page_id) "
                f"ON CONFLICT (page_id, date) DO UPDATE SET views = {table}.views + excluded.views",
                params,
            )


def parse_batch(raw):
    views = {}
    for field, value in raw.items():
        page_id, day = field.decode().split(":")
        key = (int(page_id), date.fromisoformat(day))
        views[key] = views.get(key, 0) + int(value)
    return views


def flush(pause=None):
    """Move pending views from Redis into the database; return how many views were applied.

    `pause(step)` is called between the steps, for tests that stop a flush midway.
    """
    client = redis_client()
    if client is None:
        return 0
    batch_keys = (key("pending"), key("flushing"), key("flushing:id"))
    batch_id = client.eval(TAKE_BATCH_SCRIPT, 3, *batch_keys, uuid.uuid4().hex)
    if batch_id is None:
        return 0
    batch_id = batch_id.decode()
    if pause:
        pause("taken")
    views = parse_batch(client.hgetall(key("flushing")))
    applied = sum(views.values())
    try:
        with transaction.atomic():
            ViewCountBatch.objects.create(batch_id=batch_id, views=applied)
            add_views_to_database(views)
            if pause:
                pause("applied")
    except IntegrityError:
        applied = 0  # another flush applied this batch already
    if pause:
        pause("committed")
    client.eval(DROP_BATCH_SCRIPT, 2, key("flushing"), key("flushing:id"), batch_id)
    return applied


def most_read(language=None, days=7, limit=5):
    """The most read readable articles of the last `days` days (that exist in `language`)."""
    since = local_date() - timedelta(days=days - 1)
    articles = (
        ArticlePage.objects.for_listing(language) if language else ArticlePage.objects.for_readers()
    )
    top = (
        ArticleDailyViews.objects.filter(date__gte=since, page__in=articles.values("pk"))
        .values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-page_id")[:limit]
    )
    totals = {row["page_id"]: row["total"] for row in top}
    pages = articles.in_bulk(list(totals))
    result = []
    for page_id, total in totals.items():
        if page_id in pages:
            page = pages[page_id]
            page.recent_views = total
            result.append(page)
    return result


def daily_views(page, days):
    """[(date, views)] for the last `days` days, zero where there were none."""
    since = local_date() - timedelta(days=days - 1)
    rows = dict(
        ArticleDailyViews.objects.filter(page=page, date__gte=since).values_list("date", "views")
    )
    return [
        (since + timedelta(days=n), rows.get(since + timedelta(days=n), 0)) for n in range(days)
    ]


def most_read_for_display(language, request):
    """The "Most read" block's items, cached for a flush interval (they change no faster)."""
    # Under the site's stamp too: a page put behind a password leaves the block at once.
    cache_key = f"most-read:{language}:{page_cache.stamp()}"
    items = caches["default"].get(cache_key)
    if items is None:
        items = [
            {"url": page.get_url(request), "title": page.title, "views": page.recent_views}
            for page in most_read(language)
        ]
        caches["default"].set(cache_key, items, settings.VIEW_COUNT_FLUSH_SECONDS)
    return items
