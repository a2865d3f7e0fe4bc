from urllib.parse import quote

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats, translation
from wagtail.models import Page, Site

from portal.images import FULL_SIZE_SPEC, profile_specs

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The site's sections, each marked current when the page is it or lies below it."""
    root = site_root(context)
    if root is None:
        return []
    page = context.get("page")
    path = page.path if isinstance(page, Page) else ""
    return [
        {"page": section, "current": path.startswith(section.path)}
        for section in root.get_children().live().in_menu()
    ]


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
            query = request.GET.copy() if request else None
            if query:
                query.pop("page", None)
                url = f"{url}?{query.urlencode()}" if query else url
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


@register.inclusion_tag("components/picture.html")
def responsive_image(image, profile, alt, sizes="100vw", loading="lazy", css_class=""):
    """A <picture> with WebP and JPEG sources at the widths of a named profile."""
    if image is None:
        return {"image": None}
    specs = profile_specs(profile)
    renditions = image.get_renditions(*(spec for pairs in specs.values() for _w, spec in pairs))

    def srcset(fmt):
        return ", ".join(
            f"{renditions[spec].url} {renditions[spec].width}w" for _w, spec in specs[fmt]
        )

    fallback = renditions[specs["jpeg"][-1][1]]
    return {
        "image": image,
        "webp_srcset": srcset("webp"),
        "jpeg_srcset": srcset("jpeg"),
        "fallback": fallback,
        "alt": alt,
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
    }


@register.simple_tag
def full_size_url(image):
    return image.get_rendition(FULL_SIZE_SPEC).url if image else ""


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
