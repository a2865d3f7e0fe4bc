"""The partners and people behind the cooperation records: edited as snippets, no revisions."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.slugs import make_slug
from portal.translation_utils import default_language, localized_value

from ..choices import OrganisationKind, PlaceKind, SectorCode


def slug_from_name(instance):
    return make_slug(
        localized_value(instance, "name", "en")
        or localized_value(instance, "name", default_language())
        or instance.name
    )


def check_dates(start, end, end_field="end_date"):
    """The form error for an end date before its start date."""
    if start and end and end < start:
        raise ValidationError({end_field: _("The end date cannot be before the start date.")})


class Country(index.Indexed, models.Model):
    name = models.CharField(pgettext_lazy("thing", "name"), max_length=100)
    code = models.CharField(
        _("country code"),
        max_length=2,
        unique=True,
        help_text=_('Two Latin letters of ISO 3166-1, for example "CN" for China.'),
    )

    panels = [FieldPanel("name"), FieldPanel("code")]
    search_fields = [index.SearchField("name"), index.SearchField("code")]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["code"]

    def __str__(self):
        return self.name

    def clean(self):
        self.code = (self.code or "").strip().upper()
        if self.code and not (len(self.code) == 2 and self.code.isascii() and self.code.isalpha()):
            raise ValidationError({"code": _("Two Latin letters, for example CN.")})

    @property
    def url_code(self):
        return self.code.lower()


class PartnerPlace(index.Indexed, models.Model):
    """A foreign region, province or city."""

    name = models.CharField(pgettext_lazy("thing", "name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=PlaceKind.choices)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="places"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("For a city, the province or region it lies in."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Latin letters, digits and hyphens. Leave empty to make it from the name."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("parent"),
        FieldPanel("slug"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("country")]

    class Meta:
        verbose_name = _("partner place")
        verbose_name_plural = _("partner places")
        ordering = ["slug"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slug_from_name(self) or "place"
            slug, number = base, 1
            while PartnerPlace.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                number += 1
                slug = f"{base}-{number}"
            self.slug = slug
        super().save(*args, **kwargs)

    def clean(self):
        if self.parent_id and self.country_id and self.parent.country_id != self.country_id:
            raise ValidationError({"parent": _("The place it is part of lies in another country.")})
        if self.parent_id and self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A place cannot be part of itself.")})


class Organisation(index.Indexed, models.Model):
    name = models.CharField(pgettext_lazy("thing", "name"), max_length=250)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("Leave empty for an international body."),
    )
    place = models.ForeignKey(
        "PartnerPlace",
        verbose_name=_("based in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("place"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.place_id and not self.country_id:
            self.country_id = self.place.country_id
        if self.place_id and self.place.country_id != self.country_id:
            raise ValidationError({"place": _("This place lies in another country.")})


class Person(index.Indexed, ClusterableModel):
    """Someone who leads, signs or hosts; shown by name and the position held on a date."""

    name = models.CharField(pgettext_lazy("person", "name"), max_length=150)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
        help_text=_("Leave empty for people of Kazakhstan."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        InlinePanel("positions", label=_("Positions"), min_num=0),
    ]
    search_fields = [index.SearchField("name")]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def position_on(self, day):
        """The title held on `day` (the latest one begun by then), or "" if none is known.

        Reads `positions.all()`, so a prefetch of `positions` keeps lists at a constant
        number of queries.
        """
        held = [
            position
            for position in self.positions.all()
            if (position.start_date is None or day is None or position.start_date <= day)
            and (position.end_date is None or day is None or day <= position.end_date)
        ]
        if not held:
            return ""
        held.sort(key=lambda position: position.start_date or date.min)
        return held[-1].title


class PersonPosition(Orderable):
    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(
        _("position"),
        max_length=250,
        help_text=_('As shown next to the name, for example "akim of Turkestan region".'),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(
        _("to"), null=True, blank=True, help_text=_("Leave empty while the position is held.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("position")
        verbose_name_plural = _("positions")

    def __str__(self):
        return self.title

    def clean(self):
        check_dates(self.start_date, self.end_date)


class Event(index.Indexed, models.Model):
    """A forum or business meeting."""

    name = models.CharField(pgettext_lazy("thing", "name"), max_length=250)
    edition = models.PositiveSmallIntegerField(
        _("edition"), null=True, blank=True, help_text=_("2 for the second forum of its name.")
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Leave empty for an event held in Kazakhstan."),
    )
    place = models.ForeignKey(
        PartnerPlace,
        verbose_name=_("partner place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    venue = models.CharField(
        pgettext_lazy("event", "place"),
        max_length=200,
        blank=True,
        help_text=_('The city and venue as readers should see them, for example "Turkestan".'),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("edition"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("country"), FieldPanel("place")]), FieldPanel("venue")],
            heading=pgettext_lazy("event", "Place"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("venue")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date"]

    def __str__(self):
        return self.name

    def clean(self):
        check_dates(self.start_date, self.end_date)
        if self.place_id and self.country_id and self.place.country_id != self.country_id:
            raise ValidationError({"place": _("This place lies in another country.")})
        if self.place_id and not self.country_id:
            self.country_id = self.place.country_id


class Sector(models.Model):
    """A field of cooperation from the fixed list in `SectorCode`; rows are made on migrate."""

    code = models.CharField(max_length=20, choices=SectorCode.choices, unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("field of cooperation")
        verbose_name_plural = _("fields of cooperation")
        ordering = ["position"]

    def __str__(self):
        return str(self.get_code_display())

    @property
    def label(self):
        return self.get_code_display()


def ensure_sectors(**kwargs):
    """Make a row for every code of the fixed list (post_migrate: also after a test flush)."""
    for position, code in enumerate(SectorCode.values):
        Sector.objects.update_or_create(code=code, defaults={"position": position})
