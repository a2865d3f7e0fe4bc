from datetime import date
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import BadRequest, ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from portal import images, page_cache, visibility
from portal.models import TranslatedPage
from portal.slugs import make_slug
from portal.translation_utils import (
    default_language,
    language_codes,
    localized_field_name,
    localized_value,
    translated_into,
)

from ..blocks import ArticleBodyBlock
from ..panels import SocialPostsPanel


class SluggedSnippet(models.Model):
    """A translated name with one Latin slug, made from the Kazakh name when left empty."""

    name = models.CharField(pgettext_lazy("thing", "name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Latin letters, digits and hyphens. Leave empty to make it from the name."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["slug"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(localized_value(self, "name", default_language()) or self.name)
        super().save(*args, **kwargs)


CARD_IMAGE_SPECS = images.profile_spec_list("card")
# What a card (components/card--article.html), the most-read list and the related articles read
# of an article: the other columns (its text in three languages above all) stay in the database.
# modeltranslation adds every language's column of a translated field.
CARD_FIELDS = [
    *("id", "path", "depth", "url_path", "content_type", "live", "title", "draft_title"),
    *("lead", "date", "view_count", "main_image_alt", "region__name", "region__slug"),
    *(f"main_image__{field}" for field in ("file", "width", "height", "title")),
    *(f"main_image__focal_point_{side}" for side in ("x", "y", "width", "height")),
]


class Region(SluggedSnippet):
    class Meta(SluggedSnippet.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Tag(SluggedSnippet):
    class Meta(SluggedSnippet.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")


class ArticlePageQuerySet(visibility.ReaderPageQuerySet):
    warm_card_images = False

    def _clone(self):
        clone = super()._clone()
        clone.warm_card_images = self.warm_card_images
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self.warm_card_images:
            # The cards' renditions, in one query for the whole list (none once in memory).
            images.warm(
                [getattr(article, "main_image", None) for article in self._result_cache],
                CARD_IMAGE_SPECS,
            )

    def for_listing(self, language):
        """Readable articles (portal.visibility) that exist in `language`, newest first, ready
        for a list of cards: with their region and main photo (its renditions come from
        portal.images), and only the columns a card shows (CARD_FIELDS)."""
        listing = (
            self.for_readers()
            .filter(translated_into(language))
            .select_related("region", "main_image")
            .only(*CARD_FIELDS)
            .order_by("-date", "-pk")
        )
        listing.warm_card_images = True
        return listing


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticleFilterForm(forms.Form):
    tag = forms.SlugField(required=False, max_length=100)
    region = forms.SlugField(required=False, max_length=100)
    year = forms.IntegerField(required=False, min_value=1991, max_value=2100)
    month = forms.IntegerField(required=False, min_value=1, max_value=12)
    page = forms.IntegerField(required=False, min_value=1)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year"):
            raise ValidationError(_("Choose a year for the month."))
        return cleaned


class NewsIndexPage(TranslatedPage):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [FieldPanel("title"), FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.ArticlePage"]
    # The query parameters the list reads: the page cache keys copies on these only.
    cache_query_parameters = tuple(ArticleFilterForm.base_fields)

    per_page = 20

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from ..feeds import feed_section, feed_url

        context = super().get_context(request, *args, **kwargs)
        language = translation.get_language()
        form = ArticleFilterForm(request.GET)
        if not form.is_valid():
            raise BadRequest(f"Invalid news filter: {form.errors.as_json()}")
        filters = form.cleaned_data
        all_articles = ArticlePage.objects.for_listing(language).child_of(self)
        articles = all_articles

        tag = region = None
        if filters["tag"]:
            tag = Tag.objects.filter(slug=filters["tag"]).first()
            if tag is None:
                raise Http404("No such tag")
            articles = articles.filter(tags=tag)
        if filters["region"]:
            region = Region.objects.filter(slug=filters["region"]).first()
            if region is None:
                raise Http404("No such region")
            articles = articles.filter(region=region)
        if filters["year"]:
            articles = articles.filter(date__year=filters["year"])
        if filters["month"]:
            articles = articles.filter(date__month=filters["month"])

        paginator = Paginator(articles, self.per_page)
        number = filters["page"] or 1
        if number > paginator.num_pages:
            raise Http404("No such page")
        page_obj = paginator.page(number)

        context.update(
            articles=page_obj.object_list,
            page_obj=page_obj,
            paginator=paginator,
            filter_tag=tag,
            filter_region=region,
            filter_year=filters["year"],
            filter_month=filters["month"],
            filter_query=self.query_without_page(request),
            month_choices=[(number, date(2000, number, 1)) for number in range(1, 13)],
            # The filters' choices change only when an article below is published or not.
            **page_cache.cached_data(
                f"news-filters:{self.pk}:{language}",
                [page_cache.page_dependency(self.pk)],
                lambda: {
                    "months": list(all_articles.datetimes("date", "month", order="DESC")),
                    "tags": list(Tag.objects.filter(articles__in=all_articles).distinct()),
                    "regions": list(Region.objects.filter(articles__in=all_articles).distinct()),
                },
            ),
            feed_url=feed_url(tag, region),
            feed_section=feed_section(tag, region),
        )
        return context

    @staticmethod
    def query_without_page(request):
        # Only the parameters pages read (what the page cache keys a copy on): any other part
        # of the address would be written into a copy served to every reader.
        query = [
            (name, value) for name, value in page_cache.shareable_query(request) if name != "page"
        ]
        return urlencode(query)


class ArticlePage(TranslatedPage):
    lead = models.TextField(
        _("lead"),
        blank=True,
        max_length=600,
        help_text=_("One paragraph that sums up the story, shown in bold under the title."),
    )
    date = models.DateTimeField(
        _("date and time shown to readers"),
        default=timezone.now,
        db_index=True,
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    main_image_caption = models.CharField(_("caption"), max_length=300, blank=True)
    main_image_credit = models.CharField(
        _("credit"),
        max_length=200,
        blank=True,
        help_text=_('For example "Photo: press service of the akim of Turkestan region".'),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    source_name = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_(
            "The outlet that first published the story. Leave empty for our press service."
        ),
    )
    source_url = models.URLField(_("source address"), blank=True)
    tags = ParentalManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="articles")
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    cross_post = models.BooleanField(
        _("post to Telegram and Instagram"),
        default=True,
        help_text=_("When first published, post the story to the channels of its languages."),
    )

    objects = ArticlePageManager()

    content_panels = [
        FieldPanel("title"),
        FieldPanel("lead"),
        FieldPanel("date"),
        MultiFieldPanel(
            [
                FieldPanel("main_image"),
                FieldPanel("main_image_alt"),
                FieldPanel("main_image_caption"),
                FieldPanel("main_image_credit"),
            ],
            heading=_("Main photo"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("region"), FieldPanel("tags")])],
            heading=_("Region and tags"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url")],
            heading=_("Source"),
        ),
        InlinePanel(
            "related_links",
            label=_("Related articles"),
            help_text=_("Leave empty to show articles that share tags with this one."),
            max_num=6,
        ),
        MultiFieldPanel(
            [
                MultipleChooserPanel(
                    "delegation_links", chooser_field_name="delegation", label=_("Delegations")
                ),
                MultipleChooserPanel(
                    "agreement_links", chooser_field_name="agreement", label=_("Agreements")
                ),
                MultipleChooserPanel(
                    "project_links", chooser_field_name="project", label=_("Projects")
                ),
                MultipleChooserPanel(
                    "country_links", chooser_field_name="country", label=_("Countries")
                ),
                MultipleChooserPanel(
                    "place_links", chooser_field_name="place", label=_("Partner places")
                ),
                MultipleChooserPanel(
                    "organisation_links",
                    chooser_field_name="organisation",
                    label=_("Organisations"),
                ),
            ],
            heading=_("What the story is about"),
            help_text=_(
                "The delegations, agreements, projects and partners this story tells about."
            ),
        ),
    ]

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("cross_post"), SocialPostsPanel()],
            heading=_("Social networks"),
        ),
    ]

    search_fields = TranslatedPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    related_count = 4

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        errors = {}
        for language in language_codes():
            title = localized_value(self, "title", language)
            has_text = bool(localized_value(self, "body", language))
            has_other = bool(
                localized_value(self, "lead", language)
                or localized_value(self, "main_image_caption", language)
            )
            if title and not has_text:
                errors[localized_field_name("body", language)] = _(
                    "A version with a title needs its text."
                )
            elif not title and (has_text or has_other):
                errors[localized_field_name("title", language)] = _(
                    "Add the title of this version, or clear its other fields."
                )
            if (
                title
                and self.main_image_id
                and not localized_value(self, "main_image_alt", language)
            ):
                errors[localized_field_name("main_image_alt", language)] = _(
                    "Describe the main photo for readers who cannot see it."
                )
        if self.source_url and not self.source_name:
            errors["source_name"] = _("Name the outlet the address belongs to.")
        if errors:
            raise ValidationError(errors)

    # Loaded with the page when it is served (portal.routing), rather than one query each.
    serve_select_related = ["main_image", "region"]

    def get_context(self, request, *args, **kwargs):
        from cooperation.views import story_about

        from .. import viewcounts

        context = super().get_context(request, *args, **kwargs)
        language = translation.get_language()
        # What other pages say (related articles, linked records, the most read) is rendered
        # once and cached ({% cache %} in the template) until one of them, or this article,
        # changes (portal.signals); so it is only looked up when the cached copy is gone.
        context.update(page_cache.fragment_context(page_cache.page_dependency(self.pk)))
        context["related_articles"] = SimpleLazyObject(lambda: self.related_articles(language))
        context["story_about"] = SimpleLazyObject(lambda: story_about(self, request))
        context["most_read"] = SimpleLazyObject(
            lambda: viewcounts.most_read_for_display(language, request)
        )
        context["most_read_seconds"] = (
            settings.VIEW_COUNT_FLUSH_SECONDS if context["fragment_seconds"] else 0
        )
        # The tags change when the article is published, or a tag is renamed: both purge.
        context["tag_list"] = page_cache.cached_data(
            f"tags:{self.pk}", [page_cache.page_dependency(self.pk)], lambda: list(self.tags.all())
        )
        return context

    def related_articles(self, language):
        """The articles the editor chose, else the ones sharing most tags, newest first."""
        candidates = ArticlePage.objects.for_listing(language).exclude(pk=self.pk)
        chosen_ids = list(self.related_links.values_list("article_id", flat=True))
        if chosen_ids:
            by_id = candidates.in_bulk(chosen_ids)
            return [by_id[pk] for pk in chosen_ids if pk in by_id]
        tag_ids = list(self.tags.values_list("pk", flat=True))
        if not tag_ids:
            return []
        return list(
            candidates.filter(tags__in=tag_ids)
            .annotate(shared_tags=Count("tags"))
            .order_by("-shared_tags", "-date", "-pk")[: self.related_count]
        )

    def cache_dependents(self):
        """Pages besides its ancestors that show this article (see portal.signals): the records
        it is linked to (and the section, whose country and place pages list it), and the
        articles that show it as related: those sharing a tag, and those that chose it."""
        from cooperation.models import CooperationIndexPage

        pages = set()
        for relation, field in (
            ("delegation_links", "delegation_id"),
            ("agreement_links", "agreement_id"),
            ("project_links", "project_id"),
        ):
            pages.update(getattr(self, relation).values_list(field, flat=True))
        if self.country_links.exists() or self.place_links.exists():
            pages.update(CooperationIndexPage.objects.values_list("pk", flat=True))
        tag_ids = list(self.tags.values_list("pk", flat=True))
        if tag_ids:
            pages.update(ArticlePage.objects.filter(tags__in=tag_ids).values_list("pk", flat=True))
        pages.update(
            ArticleRelatedLink.objects.filter(article=self).values_list("page_id", flat=True)
        )
        return pages - {self.pk}

    @property
    def source_is_external(self):
        return bool(self.source_name)


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


class ArticleDailyViews(models.Model):
    """Views of an article on one day (local time), added by the view-count flush."""

    page = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="daily_views")
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="unique_article_day"),
        ]
        indexes = [models.Index(fields=["date", "page"])]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"


class ViewCountBatch(models.Model):
    """A batch of views moved from Redis; its unique id makes a flush apply at most once."""

    batch_id = models.CharField(max_length=64, unique=True)
    views = models.PositiveIntegerField(default=0)
    applied_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.batch_id}: {self.views}"
