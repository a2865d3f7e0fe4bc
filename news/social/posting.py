"""Cross-posting published articles to Telegram channels and Instagram accounts.

A post goes through these states (SocialPost.Status):

    queued → sending → sent                      (Telegram)
    queued → processing → sending → sent         (Instagram: container, then media_publish)

A post is claimed with an atomic update from "queued" (or "processing") to "sending" just before
the request that publishes it, so two workers never send the same post. If a worker dies while a
post is "sending", the API may or may not have published it: the sweep marks it "needs_check" for
an editor instead of sending it again. An answer that never came (read timeout, reset connection)
is treated the same way. Errors the API calls temporary are retried later, after the wait the API
asks for; other errors stop the post with the API's own description.

Each channel has a queue of time slots in Redis, SOCIAL_POSTS_PER_MINUTE a minute, so a burst of
publications is spread out rather than rejected.

Functions return what the calling task should do next: None (done), ("send", seconds) to run the
send task again later, or ("check", seconds) to check an Instagram container later.
"""

import functools
import hashlib
import logging
import time
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext

from portal.redis import redis_client
from portal.visibility import is_readable, restricted_paths

from ..blocks import GalleryBlock
from ..models import InstagramAccount, SocialPost, TelegramChannel
from . import formatting
from .errors import PostError
from .instagram import InstagramClient
from .telegram import TelegramClient

logger = logging.getLogger(__name__)
Status = SocialPost.Status

TELEGRAM_CAPTION_LIMIT = 1024
TELEGRAM_TEXT_LIMIT = 4096
ALBUM_MAX = 10
DELETE_WINDOW = timedelta(hours=48)
LOST_AFTER = timedelta(minutes=2)

# Take the channel's next free time slot (unix seconds): one every `interval` seconds.
SLOT_SCRIPT = """
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, last + interval)
redis.call('SET', KEYS[1], tostring(slot), 'EX', 86400)
return tostring(slot)
"""
# Push the channel's slots back when the API asks to wait.
PUSH_SCRIPT = """
local until_ = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > last then redis.call('SET', KEYS[1], tostring(until_), 'EX', 86400) end
return 1
"""


def in_primary_language(function):
    """Messages kept for editors are written in the portal's primary language, whatever
    language the caller had active."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return function(*args, **kwargs)

    return wrapper


def networks_off_labels():
    """What the admin says while a network has no token."""
    on = networks_on()
    return [
        gettext("%(network)s: %(variable)s is not set, so nothing is posted there.")
        % {"network": network, "variable": variable}
        for key, network, variable in (
            ("telegram", "Telegram", "TELEGRAM_BOT_TOKEN"),
            ("instagram", "Instagram", "INSTAGRAM_ACCESS_TOKEN"),
        )
        if not on[key]
    ]


def networks_on():
    """Which networks have a token; without one, cross-posting to it is off."""
    return {
        "telegram": bool(settings.TELEGRAM_BOT_TOKEN),
        "instagram": bool(settings.INSTAGRAM_ACCESS_TOKEN),
    }


# Queueing ---------------------------------------------------------------------------------


def queue_posts(article):
    """Create the posts of a just-published article, once per enabled channel in its languages.

    Returns the new posts (to send) and the sent Telegram posts whose text changed (to edit).
    """
    if not article.cross_post or not is_readable(article, restricted_paths(fresh=True)):
        # A story behind a password or a login stays off the public channels.
        return [], []
    on = networks_on()
    languages = set(article.available_languages)
    channels = []
    if on["telegram"]:
        channels += [
            ("telegram_channel", c)
            for c in TelegramChannel.objects.filter(enabled=True, language__in=languages)
        ]
    if on["instagram"]:
        channels += [
            ("instagram_account", c)
            for c in InstagramAccount.objects.filter(enabled=True, language__in=languages)
        ]
    new_posts = []
    for field, channel in channels:
        post, created = SocialPost.objects.get_or_create(
            article=article, **{field: channel}, defaults={"language": channel.language}
        )
        if created:
            new_posts.append(post)
    changed = [
        post
        for post in SocialPost.objects.filter(
            article=article, status=Status.SENT, telegram_channel__isnull=False
        )
        if post.content_hash and post.content_hash != content_hash(article, post.language)
    ]
    return new_posts, changed


# What a post says -------------------------------------------------------------------------


def texts(article, language):
    """(title, lead, url, link text) of the article's version in `language`."""
    with translation.override(language):
        return (
            article.title,
            article.lead,
            settings.SITE_BASE_URL + article.url_in(language),
            gettext("Read on the portal"),
        )


def content_hash(article, language):
    title, lead, url, _link = texts(article, language)
    return hashlib.sha256(f"{title}\n{lead}\n{url}".encode()).hexdigest()


def telegram_text(article, language, limit):
    title, lead, url, link_text = texts(article, language)
    return formatting.telegram_post(title, lead, url, link_text, limit)


def public_url(path):
    return path if path.startswith("http") else settings.SITE_BASE_URL + path


def article_photos(article, language):
    """[(image, alt text)]: the main photo, then the gallery of the version in `language`."""
    with translation.override(language):
        photos = [(article.main_image, article.main_image_alt)] if article.main_image_id else []
        for block in article.body or []:
            if isinstance(block.block, GalleryBlock):
                photos += [(item["image"], item["alt"]) for item in block.value["images"]]
    seen, unique = set(), []
    for image, alt in photos:
        if image is not None and image.pk not in seen:
            seen.add(image.pk)
            unique.append((image, alt))
    return unique


def telegram_photo_url(image):
    return public_url(image.get_rendition("max-1600x1600|format-jpeg").url)


def instagram_photo_url(image):
    """A JPEG within Instagram's aspect ratios (4:5 to 1.91:1) and well under 8 MiB."""
    ratio = image.width / image.height if image.height else 1
    if ratio > 1.91:
        spec = "fill-1910x1000|format-jpeg|jpegquality-85"
    elif ratio < 0.8:
        spec = "fill-1080x1350|format-jpeg|jpegquality-85"
    else:
        spec = "max-1440x1440|format-jpeg|jpegquality-85"
    return public_url(image.get_rendition(spec).url)


def instagram_caption(article, language):
    title, lead, url, link_text = texts(article, language)
    with translation.override(language):
        tags = [tag.name for tag in article.tags.all()]
    return formatting.instagram_caption(title, lead, f"{link_text}: {url}", tags)


# Rate limits ------------------------------------------------------------------------------


def slot_key(post):
    return f"{settings.SOCIAL_KEY_PREFIX}:slot:{post.network}:{post.channel.pk}"


def wait_for_slot(post):
    """Seconds until this post's time slot on its channel (reserving one if it has none)."""
    now = time.time()
    if post.next_attempt_at:
        return max(0.0, post.next_attempt_at.timestamp() - now)
    client = redis_client()
    if client is None:
        return 0.0
    # 5% under the limit: a post that goes out a little late must not crowd the next one.
    interval = 60 / settings.SOCIAL_POSTS_PER_MINUTE * 1.05
    try:
        slot = float(client.eval(SLOT_SCRIPT, 1, slot_key(post), now, interval))
    except Exception:  # no Redis: send now, the API's 429 will still be honoured
        logger.warning("Redis unavailable for the social rate limit", exc_info=True)
        return 0.0
    post.next_attempt_at = datetime.fromtimestamp(slot, tz=UTC)
    post.save(update_fields=["next_attempt_at", "updated_at"])
    return max(0.0, slot - now)


def push_channel_slots(post, seconds):
    client = redis_client()
    if client is not None:
        try:
            client.eval(PUSH_SCRIPT, 1, slot_key(post), time.time() + seconds)
        except Exception:
            logger.warning("Redis unavailable for the social rate limit", exc_info=True)


# Sending ----------------------------------------------------------------------------------


def load(post_id):
    return (
        SocialPost.objects.select_related("article", "telegram_channel", "instagram_account")
        .filter(pk=post_id)
        .first()
    )


def claim(post, from_status, to_status=Status.SENDING):
    """Move a post on atomically; False if another worker already did."""
    moved = SocialPost.objects.filter(pk=post.pk, status=from_status).update(
        status=to_status, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    if moved:
        post.refresh_from_db()
    return bool(moved)


@in_primary_language
def send(post_id):
    """Send a queued post (Instagram: prepare its container)."""
    post = load(post_id)
    if post is None or post.status != Status.QUEUED:
        return None
    article = post.article
    if not is_readable(article, restricted_paths(fresh=True)):
        SocialPost.objects.filter(pk=post.pk, status=Status.QUEUED).update(status=Status.CANCELLED)
        return None
    wait = wait_for_slot(post)
    if wait > 0:
        return ("send", wait)
    if post.telegram_channel_id:
        if not claim(post, Status.QUEUED):
            return None
        try:
            kind, message_ids = send_to_telegram(post, article)
        except PostError as error:
            return failed(post, error)
        mark_sent(post, article, kind, message_ids, post.telegram_channel.post_url(message_ids[0]))
        return None
    if not claim(post, Status.QUEUED, Status.PROCESSING):
        return None
    try:
        make_instagram_container(post, article)
    except PostError as error:
        return failed(post, error, back_to=Status.QUEUED)
    return ("check", 5)


def send_to_telegram(post, article):
    channel, client = post.telegram_channel, TelegramClient()
    images = [image for image, _alt in article_photos(article, post.language)]
    preview = texts(article, post.language)[2]
    if channel.format == TelegramChannel.Format.ALBUM and len(images) >= 2:
        urls = [telegram_photo_url(image) for image in images[:ALBUM_MAX]]
        caption = telegram_text(article, post.language, TELEGRAM_CAPTION_LIMIT)
        return "album", client.send_album(channel.chat_id, urls, caption)
    if channel.format != TelegramChannel.Format.TEXT and images:
        caption = telegram_text(article, post.language, TELEGRAM_CAPTION_LIMIT)
        return "photo", client.send_photo(channel.chat_id, telegram_photo_url(images[0]), caption)
    text = telegram_text(article, post.language, TELEGRAM_TEXT_LIMIT)
    return "text", client.send_message(channel.chat_id, text, preview)


def make_instagram_container(post, article):
    account, client = post.instagram_account, InstagramClient()
    photos = article_photos(article, post.language)[:ALBUM_MAX]
    if not photos:
        raise PostError(gettext("Instagram needs a photo: the article has none."))
    caption = instagram_caption(article, post.language)
    if len(photos) >= 2:
        children = [
            client.create_container(
                account.account_id,
                instagram_photo_url(image),
                alt_text=alt,
                is_carousel_item="true",
            )
            for image, alt in photos
        ]
        parent = client.create_container(
            account.account_id, caption=caption, media_type="CAROUSEL", children=",".join(children)
        )
        post.kind, post.container_ids = "carousel", [*children, parent]
    else:
        image, alt = photos[0]
        parent = client.create_container(
            account.account_id, instagram_photo_url(image), caption=caption, alt_text=alt
        )
        post.kind, post.container_ids = "image", [parent]
    post.save(update_fields=["kind", "container_ids", "updated_at"])


@in_primary_language
def check_instagram(post_id):
    """Publish an Instagram post once its container is ready and the quota allows."""
    post = load(post_id)
    if post is None or post.status != Status.PROCESSING or not post.container_ids:
        return None
    account, client = post.instagram_account, InstagramClient()
    container = post.container_ids[-1]
    try:
        state = client.container_status(container)
        if state == "IN_PROGRESS":
            return ("check", 10)
        if state == "EXPIRED":
            SocialPost.objects.filter(pk=post.pk).update(
                status=Status.QUEUED, container_ids=[], next_attempt_at=None
            )
            return ("send", 0)
        if state != "FINISHED":
            raise PostError(gettext("Instagram could not prepare the photo (%s).") % state)
        used, allowed = client.quota(account.account_id)
        if used >= allowed:
            post.error = gettext("Waiting for the account's daily publishing limit.")
            post.save(update_fields=["error", "updated_at"])
            return ("check", 15 * 60)
    except PostError as error:
        return failed(post, error, back_to=Status.PROCESSING, retry_as="check")
    if not claim(post, Status.PROCESSING):
        return None
    try:
        media_id = client.publish(account.account_id, container)
    except PostError as error:
        return failed(post, error, back_to=Status.PROCESSING, retry_as="check")
    try:
        url = client.permalink(media_id)
    except PostError:
        url = ""  # the post is out; its address is a nicety
    mark_sent(post, post.article, post.kind, [media_id], url)
    return None


def mark_sent(post, article, kind, message_ids, url):
    SocialPost.objects.filter(pk=post.pk).update(
        status=Status.SENT,
        kind=kind,
        message_ids=message_ids,
        url=url,
        error="",
        sent_at=timezone.now(),
        updated_at=timezone.now(),
        content_hash=content_hash(article, post.language),
    )


def failed(post, error, back_to=Status.QUEUED, retry_as="send"):
    """Record a failed attempt; return when to try again, if at all."""
    now = timezone.now()
    if error.ambiguous and post.status == Status.SENDING:
        SocialPost.objects.filter(pk=post.pk).update(
            status=Status.NEEDS_CHECK,
            error=gettext(
                "No answer came after sending (%(error)s): the post may be out. Check the "
                "channel, then mark it as posted or send it again."
            )
            % {"error": error.description},
            updated_at=now,
        )
        return None
    if error.transient and post.attempts < settings.SOCIAL_MAX_ATTEMPTS:
        wait = error.retry_after or min(5 * 2 ** max(post.attempts - 1, 0), 600)
        if error.retry_after:
            push_channel_slots(post, error.retry_after)
        SocialPost.objects.filter(pk=post.pk).update(
            status=back_to,
            error=error.description,
            next_attempt_at=now + timedelta(seconds=wait),
            updated_at=now,
        )
        return (retry_as, wait)
    SocialPost.objects.filter(pk=post.pk).update(
        status=Status.FAILED, error=error.description, updated_at=now
    )
    return None


# After publication: edits, withdrawal, the sweep ------------------------------------------


@in_primary_language
def edit(post_id):
    """Bring a sent Telegram post in line with the article's new title or lead."""
    post = load(post_id)
    if post is None or post.status != Status.SENT or not post.telegram_channel_id:
        return None
    article = post.article
    chat, client = post.telegram_channel.chat_id, TelegramClient()
    try:
        if post.kind == "text":
            text = telegram_text(article, post.language, TELEGRAM_TEXT_LIMIT)
            client.edit_text(chat, post.message_ids[0], text)
        else:
            caption = telegram_text(article, post.language, TELEGRAM_CAPTION_LIMIT)
            client.edit_caption(chat, post.message_ids[0], caption)
    except PostError as error:
        if "not modified" not in error.description:
            if error.transient and not error.ambiguous:
                return ("edit", error.retry_after or 30)
            SocialPost.objects.filter(pk=post.pk).update(error=error.description)
            return None
    SocialPost.objects.filter(pk=post.pk).update(
        content_hash=content_hash(article, post.language), error=""
    )
    return None


@in_primary_language
def withdraw(post_id):
    """The article was unpublished: delete its post where Telegram still allows it."""
    post = load(post_id)
    if post is None:
        return None
    if post.status in (Status.QUEUED, Status.PROCESSING):
        SocialPost.objects.filter(pk=post.pk, status=post.status).update(status=Status.CANCELLED)
        return None
    if post.status != Status.SENT:
        return None
    too_old = not post.sent_at or timezone.now() - post.sent_at > DELETE_WINDOW
    if post.instagram_account_id or too_old:
        reason = (
            gettext("Instagram posts cannot be deleted through the API: remove it by hand.")
            if post.instagram_account_id
            else gettext("Telegram deletes only messages under 48 hours old: remove it by hand.")
        )
        SocialPost.objects.filter(pk=post.pk).update(status=Status.REMOVE_BY_HAND, error=reason)
        return None
    client = TelegramClient()
    try:
        for message_id in post.message_ids:
            client.delete(post.telegram_channel.chat_id, message_id)
    except PostError as error:
        if error.transient:
            return ("withdraw", error.retry_after or 30)
        SocialPost.objects.filter(pk=post.pk).update(
            status=Status.REMOVE_BY_HAND, error=error.description
        )
        return None
    SocialPost.objects.filter(pk=post.pk).update(status=Status.DELETED, error="")
    return None


@in_primary_language
def sweep():
    """Find posts whose job was lost, and posts whose worker died while sending.

    Returns (post ids to send again, post ids to check again, post ids marked needs_check).
    """
    now = timezone.now()
    lost = Q(next_attempt_at__lt=now - LOST_AFTER) | Q(
        next_attempt_at__isnull=True, updated_at__lt=now - LOST_AFTER
    )
    to_send = list(
        SocialPost.objects.filter(lost, status=Status.QUEUED).values_list("pk", flat=True)
    )
    to_check = list(
        SocialPost.objects.filter(lost, status=Status.PROCESSING).values_list("pk", flat=True)
    )
    stale_after = timedelta(seconds=settings.SOCIAL_STALE_SECONDS)
    stale = SocialPost.objects.filter(status=Status.SENDING, updated_at__lt=now - stale_after)
    stale_ids = list(stale.values_list("pk", flat=True))
    stale.update(
        status=Status.NEEDS_CHECK,
        error=gettext(
            "The worker stopped while sending: the post may be out. Check the channel, then "
            "mark it as posted or send it again."
        ),
        updated_at=now,
    )
    return to_send, to_check, stale_ids


def retry(post):
    """An editor's "send again": back to the queue from failed or needs_check."""
    return SocialPost.objects.filter(
        pk=post.pk, status__in=[Status.FAILED, Status.NEEDS_CHECK, Status.CANCELLED]
    ).update(status=Status.QUEUED, error="", next_attempt_at=None, container_ids=[])


def mark_posted(post, url=""):
    """An editor checked the channel: the post is out."""
    return SocialPost.objects.filter(
        pk=post.pk, status__in=[Status.FAILED, Status.NEEDS_CHECK, Status.SENDING]
    ).update(
        status=Status.SENT,
        error="",
        url=url or post.url,
        sent_at=post.sent_at or timezone.now(),
        content_hash=content_hash(post.article, post.language),
    )
