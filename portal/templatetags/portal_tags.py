import json
from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.urls import translate_url
from django.utils import formats, timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page

from portal import images, page_cache, visibility
from portal.csp import HEAD_SCRIPT
from portal.images import FULL_SIZE_SPEC, LOGO_SPEC, SHARE_SPEC, profile_specs
from portal.models import PressServiceSettings
from portal.month_names import MONTHS_AFTER_SINCE
from portal.routing import find_site

register = template.Library()


@register.simple_tag
def head_script():
    """The inline script of <head> (portal.csp.HEAD_SCRIPT), allowed by the policy's hash."""
    return mark_safe(HEAD_SCRIPT)  # noqa: S308 (a constant of ours)


@register.simple_tag(takes_context=True)
def site_root(context):
    request = context.get("request")
    site = find_site(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The site's sections, each marked current when the page is it or lies below it."""
    root = site_root(context)
    if root is None:
        return []
    page = context.get("page")
    path = page.path if isinstance(page, Page) else ""
    sections = page_cache.cached_data(
        f"menu:{root.pk}", [], lambda: list(visibility.for_readers(root.get_children()).in_menu())
    )
    return [{"page": section, "current": path.startswith(section.path)} for section in sections]


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the site's root: cached, as their titles seldom change (a
    page with pages below it purges everything when published; see portal.signals)."""
    if not isinstance(page, Page):
        return []
    return page_cache.cached_data(
        f"ancestors:{page.pk}",
        [page_cache.page_dependency(page.pk)],
        lambda: list(page.get_ancestors()[1:]),
    )


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language: its own URL for a page, else the same path."""
    request = context.get("request")
    page_paths = context.get("language_paths")  # set by TranslatedPage.get_context
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if page_paths and code in page_paths:
            url = page_paths[code]
            # Never a part of the address that a stored copy would hand to every reader.
            query = [
                (name, value)
                for name, value in (page_cache.shareable_query(request) if request else [])
                if name != "page"
            ]
            url = f"{url}?{urlencode(query)}" if query else url
        elif request is not None:
            url = translate_url(request.path, code)
        else:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.filter
def long_date(value):
    """The official long form of a date: "2018 жылғы 18 шілде", "18 июля 2018 г."."""
    if not value:
        return ""
    fmt = None
    for module in formats.get_format_modules(lang=translation.get_language()):
        fmt = getattr(module, "LONG_DATE_FORMAT", None)
        if fmt:
            break
    return formats.date_format(value, fmt or "DATE_FORMAT")


@register.filter
def since_date(value):
    """ "since 18 July 2026" in the official form of the active language: "2026 жылғы 18
    шілдеден бастап" (the month in the ablative), "с 18 июля 2026 г."."""
    if not value:
        return ""
    return gettext("since %(day)s %(month)s %(year)s") % {
        "day": value.day,
        "month": MONTHS_AFTER_SINCE[value.month - 1],
        "year": value.year,
    }


@register.simple_tag
def responsive_image(image, profile, alt, sizes="100vw", loading="lazy", css_class=""):
    """A <picture> with WebP and JPEG sources at the widths of a named profile.

    Built in Python rather than by an included template: a listing shows a dozen of them.
    """
    if image is None:
        return ""
    specs = profile_specs(profile)
    renditions = images.renditions(image, images.profile_spec_list(profile))

    def srcset(fmt):
        return ", ".join(
            f"{renditions[spec].url} {renditions[spec].width}w" for _w, spec in specs[fmt]
        )

    fallback = renditions[specs["jpeg"][-1][1]]
    return format_html(
        '<picture{}>\n  <source type="image/webp" srcset="{}" sizes="{}">\n'
        '  <img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}"'
        ' decoding="async">\n</picture>',
        format_html(' class="{}"', css_class) if css_class else "",
        srcset("webp"),
        sizes,
        fallback.url,
        srcset("jpeg"),
        sizes,
        fallback.width,
        fallback.height,
        alt,
        loading,
    )


@register.simple_tag
def view_count(count, count_url=""):
    """ "1 070 views" in the active language; the article page's count carries the address
    that portal.js asks for the live figure."""
    text = ngettext("%(views)s view", "%(views)s views", count) % {"views": intcomma(count)}
    if count_url:
        return format_html(
            '<span class="view-count" data-count-url="{}">{}</span>', count_url, text
        )
    return format_html('<span class="view-count">{}</span>', text)


@register.simple_tag
def full_size_url(image):
    return images.rendition(image, FULL_SIZE_SPEC).url if image else ""


SHARE_TARGETS = (
    ("telegram", "Telegram", "https://t.me/share/url?url={url}&text={title}"),
    ("whatsapp", "WhatsApp", "https://wa.me/?text={title}%20{url}"),
    ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("x", "X", "https://x.com/intent/post?url={url}&text={title}"),
    ("vk", "VK", "https://vk.com/share.php?url={url}&title={title}"),
)


@register.simple_tag
def share_links(url, title):
    """Plain share links: no third-party script runs on the page."""
    quoted_url, quoted_title = quote(url, safe=""), quote(title, safe="")
    return [
        {"key": key, "name": name, "href": pattern.format(url=quoted_url, title=quoted_title)}
        for key, name, pattern in SHARE_TARGETS
    ]


@register.filter
def json_ld(data):
    """A schema.org object as the text of a <script type="application/ld+json">, with < > &
    escaped so no text inside can close the script element."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    escapes = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
    return mark_safe(text.translate(escapes))  # noqa: S308 (escaped just above)


# Open Graph wants a territory with the language.
OG_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
DESCRIPTION_LENGTH = 300
HEADLINE_LENGTH = 110  # Google's limit for a NewsArticle headline


def _share_image(page, request):
    image = getattr(page, "main_image", None)
    if image is None:
        return None
    # From process memory once seen (portal.images): no query once the rendition exists.
    rendition = images.rendition(image, SHARE_SPEC)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "main_image_alt", "") or "",
    }


@register.simple_tag(takes_context=True)
def share_meta(context):
    """What the share tags and the canonical link of the page say (components/share-meta.html).

    URLs come from the alternates TranslatedPage.get_context (or a routed page's view) already
    built, so they agree with the hreflang links; the texts are in the content's language.
    """
    request = context.get("request")
    page = context.get("page")
    language = translation.get_language()
    content_language = context.get("content_language") or language
    alternates = {item["code"]: item["url"] for item in context.get("alternates") or ()}
    paths = context.get("language_paths") or {}
    if request is None:
        url = alternates.get(language, "")
    elif language in alternates:
        url = alternates[language]
    else:
        url = request.build_absolute_uri(paths.get(language, request.path))
    meta = {
        "url": url,
        "canonical": alternates.get(content_language, url),
        "locale": OG_LOCALES.get(language, language),
        "locale_alternates": [
            OG_LOCALES.get(code, code) for code in alternates if code != language
        ],
        "title": context.get("share_title", ""),
        "description": "",
        "image": None,
    }
    if isinstance(page, Page):
        with translation.override(content_language):
            # A routed page (a country of the cooperation section) names itself.
            meta["title"] = context.get("share_title") or page.seo_title or page.title
            description = (
                getattr(page, "lead", "")
                or page.search_description
                or getattr(page, "intro", "")
                or ""
            )
            if not description and request is not None:
                # The home page and the lists: what the press service says of itself.
                description = PressServiceSettings.for_request(request).description
            meta["description"] = Truncator(description).chars(DESCRIPTION_LENGTH)
            if request is not None:
                meta["image"] = _share_image(page, request)
    return meta


@register.simple_tag(takes_context=True)
def article_json_ld(context, share):
    """schema.org NewsArticle of an article page, with the fields search engines require."""

    request = context["request"]
    page = context["page"]
    content_language = context.get("content_language") or translation.get_language()
    press_service = PressServiceSettings.for_request(request)
    with translation.override(content_language):
        publisher = {"@type": "Organization", "name": press_service.name}
        if press_service.logo_id:
            logo = images.rendition(press_service.logo, LOGO_SPEC)
            publisher["logo"] = {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(logo.url),
                "width": logo.width,
                "height": logo.height,
            }
        author = {"@type": "Organization", "name": page.source_name or press_service.name}
        published = timezone.localtime(page.date)
        modified = max(published, timezone.localtime(page.last_published_at or page.date))
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": Truncator(page.title).chars(HEADLINE_LENGTH),
            "description": share["description"],
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "inLanguage": content_language,
            "mainEntityOfPage": {"@type": "WebPage", "@id": share["canonical"]},
            "author": author,
            "publisher": publisher,
        }
        if share["image"]:
            data["image"] = [share["image"]["url"]]
    return json_ld(data)


@register.simple_tag(takes_context=True)
def editor_userbar(context):
    """Wagtail's userbar for a logged-in editor. Readers have no session cookie, and asking
    for their user would read the session and mark every public page "Vary: Cookie", which
    splits shared caches per reader."""
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)
