"""RSS 2.0 feeds of the news, one per language: all news, or the news of one tag or region.

The address is /<language>/feed/ with the news index's own filters (?tag=<slug>, ?region=<slug>),
so a filtered news index maps onto its feed one to one and the address does not depend on the
news index's slug. The language prefix chooses the language: a feed lists only the articles
that exist in it.
"""

import html
from urllib.parse import urlencode

from django import forms
from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.http import Http404
from django.urls import reverse
from django.utils import feedgenerator, timezone, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Site

from portal import page_cache
from portal.images import profile_specs
from portal.models import PressServiceSettings
from portal.translation_utils import localized_value

from .models import ArticlePage, NewsIndexPage, Region, Tag

# The largest JPEG of the article page's main photo: the warm-up task has already made it.
ENCLOSURE_SPEC = profile_specs("main")["jpeg"][-1][1]
DESCRIPTION_WORDS = 60


class FeedFilterForm(forms.Form):
    tag = forms.SlugField(required=False, max_length=100)
    region = forms.SlugField(required=False, max_length=100)


def feed_url(tag=None, region=None):
    """The feed's path in the active language, for all news or one tag and/or region."""
    query = {key: value.slug for key, value in (("tag", tag), ("region", region)) if value}
    path = reverse("news_feed")
    return f"{path}?{urlencode(query)}" if query else path


def feed_section(tag=None, region=None):
    """What a feed covers, in the active language: "News", or the tag's and region's names."""
    names = [value.name for value in (tag, region) if value]
    return ", ".join(names) if names else gettext("News")


def plain_text(markup):
    return " ".join(html.unescape(strip_tags(markup)).split())


class NewsFeed(Feed):
    feed_type = feedgenerator.Rss201rev2Feed
    limit = 30
    item_guid_is_permalink = True

    def get_object(self, request):
        form = FeedFilterForm(request.GET)
        if not form.is_valid():
            raise BadRequest(f"Invalid feed filter: {form.errors.as_json()}")
        tag = region = None
        if slug := form.cleaned_data["tag"]:
            tag = Tag.objects.filter(slug=slug).first()
            if tag is None:
                raise Http404("No such tag")
        if slug := form.cleaned_data["region"]:
            region = Region.objects.filter(slug=slug).first()
            if region is None:
                raise Http404("No such region")
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site")
        news_index = NewsIndexPage.objects.for_readers().descendant_of(site.root_page).first()
        if news_index is None:
            raise Http404("No news index")
        self.request = request  # a new feed serves each request: see `news_feed`
        self.root_url = site.root_url
        return {
            "tag": tag,
            "region": region,
            "site": site,
            "news_index": news_index,
            "settings": PressServiceSettings.for_site(site),
        }

    # The channel ----------------------------------------------------------------------------

    def title(self, obj):
        return f"{obj['settings'].name} — {feed_section(obj['tag'], obj['region'])}"

    def link(self, obj):
        return obj["news_index"].get_full_url(self.request)

    def description(self, obj):
        if obj["tag"] or obj["region"]:
            return gettext("Latest news: %(section)s") % {
                "section": feed_section(obj["tag"], obj["region"])
            }
        intro = localized_value(obj["news_index"], "intro", translation.get_language())
        return intro or gettext("Latest news")

    def feed_url(self, obj):
        return self.root_url + feed_url(obj["tag"], obj["region"])

    def items(self, obj):
        articles = (
            ArticlePage.objects.for_listing(translation.get_language())
            .defer(None)  # the item's description may come from the text
            .descendant_of(obj["site"].root_page)
            .prefetch_related("tags", "main_image__renditions")
        )
        if obj["tag"]:
            articles = articles.filter(tags=obj["tag"])
        if obj["region"]:
            articles = articles.filter(region=obj["region"])
        return articles[: self.limit]

    # The items ------------------------------------------------------------------------------

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return self.item_link(item)

    def item_description(self, item):
        # This language's own lead and text: modeltranslation would fall back to another's.
        language = translation.get_language()
        if lead := localized_value(item, "lead", language):
            return lead
        body = localized_value(item, "body", language)
        # The raw stream: reading it converts no blocks, so it costs no queries.
        for block in body.raw_data if body else ():
            if block["type"] == "paragraph" and (text := plain_text(block["value"])):
                return Truncator(text).words(DESCRIPTION_WORDS)
        return ""

    def item_pubdate(self, item):
        return timezone.localtime(item.date)  # the region's time, as on the article page

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def item_enclosures(self, item):
        if item.main_image is None:
            return []
        rendition = item.main_image.get_rendition(ENCLOSURE_SPEC)
        url = rendition.url
        if not url.startswith(("http://", "https://")):
            url = self.root_url + url
        return [feedgenerator.Enclosure(url, str(rendition.file.size), "image/jpeg")]


@page_cache.cached_as(page_cache.FEEDS, FeedFilterForm.base_fields)
def news_feed(request):
    """The feed view. A new feed for each request, as the feed keeps its request."""
    return NewsFeed()(request)
