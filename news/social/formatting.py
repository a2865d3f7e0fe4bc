"""Text of social-network posts for an article: a Telegram post (HTML) and an Instagram caption.

Pure functions on plain strings; the caller supplies the title, lead, URL, link text and tags in
whichever language the post is for, and the length limit of the place the text goes to.

Telegram (parse_mode HTML) counts the length of the *displayed* text in UTF-16 code units: tags
are not counted, entities count as the one character they stand for, and a character outside the
Basic Multilingual Plane (most emoji) counts 2. A caption may have 1024 such units, a message 4096.
Instagram shows plain text; a caption may have 2200 characters, 30 hashtags and 20 mentions.

When a text is too long, the lead is cut first and then the title, always at a word boundary and
ending with "…"; the cutting is done on the plain text before escaping, so the HTML stays valid.
"""

import re
import unicodedata
from collections.abc import Callable
from html import escape

ELLIPSIS = "\u2026"

# What a cut text may not end with before the ellipsis ("word,…" reads badly).
_TRAILING_PUNCTUATION = " ,;:-\u2013\u2014"

_TAG_RE = re.compile(r"<[^>]*>")
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]+)|#[xX]([0-9a-fA-F]+));")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

INSTAGRAM_MAX_MENTIONS = 20


def _normalise(text: str) -> str:
    """Collapse runs of whitespace (spaces, newlines, tabs) into one space and strip the ends."""
    return " ".join((text or "").split())


def _unescape_entity(match: re.Match) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _NAMED_ENTITIES[name]
    codepoint = int(decimal, 10) if decimal else int(hexadecimal, 16)
    if 0 < codepoint <= 0x10FFFF:
        return chr(codepoint)
    return match.group(0)


def telegram_length(html_text: str) -> int:
    """Length of an HTML-mode Telegram text as Telegram counts it (UTF-16 code units)."""
    text = _ENTITY_RE.sub(_unescape_entity, _TAG_RE.sub("", html_text))
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


def _cut(text: str, fits: Callable[[str], bool]) -> str | None:
    """The longest cut of `text` ending with "…" for which `fits` holds, or None.

    The cut is made at a word boundary (the text is already normalised, so words are separated by
    single spaces). Only when not even the first word fits is that word cut inside, so that a
    single very long word still uses the room there is.
    """
    words = text.split(" ")

    def candidate(count: int) -> str:
        body = " ".join(words[:count]).rstrip(_TRAILING_PUNCTUATION)
        return body + ELLIPSIS if body else ""

    # Not even one whole word: cut the first word itself, keeping as many characters as fit.
    first = words[0]

    def prefix(count: int) -> str:
        body = first[:count].rstrip(_TRAILING_PUNCTUATION)
        return body + ELLIPSIS if body else ""

    return _largest_fitting(len(words) - 1, candidate, fits) or _largest_fitting(
        len(first) - 1, prefix, fits
    )


def _largest_fitting(most: int, make, fits) -> str | None:
    """make(n) for the largest n ≤ most whose result fits (the length grows with n), or None."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if fits(make(middle)):
            low = middle
        else:
            high = middle - 1
    best = make(low)
    return best if best and fits(best) else None


def _escape_text(text: str) -> str:
    return escape(text, quote=False)


def _escape_attribute(text: str) -> str:
    return escape(text, quote=False).replace('"', "&quot;")


def _telegram_html(title: str, lead: str, url: str, link_text: str) -> str:
    parts = []
    if title:
        parts.append(f"<b>{_escape_text(title)}</b>")
    if lead:
        parts.append(_escape_text(lead))
    parts.append(f'<a href="{_escape_attribute(url)}">{_escape_text(link_text)}</a>')
    return "\n\n".join(parts)


def telegram_post(title: str, lead: str, url: str, link_text: str, limit: int) -> str:
    """HTML text of a Telegram post whose telegram_length() is at most `limit`.

    Bold title, blank line, lead, blank line, link. When too long, the lead is cut (then dropped)
    and then the title is cut (then dropped); the link is never cut, and ValueError is raised when
    the link alone does not fit.
    """
    title = _normalise(title)
    lead = _normalise(lead)
    url = (url or "").strip()
    link_text = _normalise(link_text) or url

    def fits(html_text: str) -> bool:
        return telegram_length(html_text) <= limit

    link_only = _telegram_html("", "", url, link_text)
    if not fits(link_only):
        raise ValueError(
            f"The link alone is {telegram_length(link_only)} characters long, "
            f"more than the limit of {limit}."
        )

    post = _telegram_html(title, lead, url, link_text)
    if fits(post):
        return post

    if lead:
        cut_lead = _cut(lead, lambda cut: fits(_telegram_html(title, cut, url, link_text)))
        if cut_lead is not None:
            return _telegram_html(title, cut_lead, url, link_text)

    post = _telegram_html(title, "", url, link_text)
    if fits(post):
        return post

    if title:
        cut_title = _cut(title, lambda cut: fits(_telegram_html(cut, "", url, link_text)))
        if cut_title is not None:
            return _telegram_html(cut_title, "", url, link_text)

    return link_only


def hashtag(name: str) -> str | None:
    """A hashtag made of the letters and digits of a tag name, or None if it would be empty.

    Spaces, hyphens and punctuation are removed and the words simply joined; letters keep their
    case and script (Kazakh ә ғ қ ң ө ұ ү һ і included). A name of digits only gives None, since
    a hashtag of digits only is not one.
    """
    name = unicodedata.normalize("NFC", name or "")
    body = "".join(char for char in name if char.isalnum())
    if not any(char.isalpha() for char in body):
        return None
    return "#" + body


def _hashtags(tags: list[str], max_hashtags: int) -> list[str]:
    result = []
    seen = set()
    for tag in tags or []:
        if len(result) >= max_hashtags:
            break
        tag_text = hashtag(tag)
        if tag_text is None:
            continue
        key = tag_text.casefold()
        if key in seen:
            continue
        seen.add(key)
        result.append(tag_text)
    return result


def _limit_mentions(texts: list[str], max_mentions: int) -> list[str]:
    """Replace every "@" after the first `max_mentions` (counted across `texts`) with "(at)"."""
    remaining = max_mentions
    result = []
    for text in texts:
        pieces = text.split("@")
        rebuilt = pieces[0]
        for piece in pieces[1:]:
            if remaining > 0:
                rebuilt += "@" + piece
                remaining -= 1
            else:
                rebuilt += "(at)" + piece
        result.append(rebuilt)
    return result


def _instagram_text(title: str, lead: str, link_text: str, hashtags: list[str]) -> str:
    parts = [part for part in (title, lead, link_text) if part]
    if hashtags:
        parts.append(" ".join(hashtags))
    return "\n\n".join(parts)


def instagram_caption(
    title: str,
    lead: str,
    link_text: str,
    tags: list[str],
    limit: int = 2200,
    max_hashtags: int = 30,
) -> str:
    """Plain-text Instagram caption of at most `limit` characters.

    Title, blank line, lead, blank line, link text, blank line, hashtags (from `tags`, without
    case-insensitive duplicates, at most `max_hashtags`). When too long, the lead is cut (then
    dropped) and then the title; hashtags are dropped from the end only when not even a cut title
    fits with them. The link text is never cut: ValueError when it alone does not fit.
    More than 20 "@" in the text: every "@" after the 20th becomes "(at)".
    """
    title, lead, link_text = _limit_mentions(
        [_normalise(title), _normalise(lead), _normalise(link_text)], INSTAGRAM_MAX_MENTIONS
    )
    hashtags = _hashtags(tags, max_hashtags)

    def fits(text: str) -> bool:
        return len(text) <= limit

    if not fits(link_text):
        raise ValueError(
            f"The link text alone is {len(link_text)} characters long, "
            f"more than the limit of {limit}."
        )

    for count in range(len(hashtags), -1, -1):
        kept = hashtags[:count]

        caption = _instagram_text(title, lead, link_text, kept)
        if fits(caption):
            return caption

        if lead:
            cut_lead = _cut(
                lead, lambda cut, kept=kept: fits(_instagram_text(title, cut, link_text, kept))
            )
            if cut_lead is not None:
                return _instagram_text(title, cut_lead, link_text, kept)

        caption = _instagram_text(title, "", link_text, kept)
        if fits(caption):
            return caption

        if title:
            cut_title = _cut(
                title, lambda cut, kept=kept: fits(_instagram_text(cut, "", link_text, kept))
            )
            if cut_title is not None:
                return _instagram_text(cut_title, "", link_text, kept)

    # Not even one character of the title fits: the link text and whatever hashtags fit with it.
    for count in range(len(hashtags), -1, -1):
        caption = _instagram_text("", "", link_text, hashtags[:count])
        if fits(caption):
            return caption
    return link_text
