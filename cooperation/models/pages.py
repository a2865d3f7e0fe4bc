"""Delegations, agreements and projects: pages, so they share the articles' draft, revision
and publish cycle, and their index pages (the section, the register, the lists)."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from portal.models import TranslatedPage
from portal.translation_utils import translated_into
from portal.visibility import ReaderPageQuerySet

from ..choices import (
    AgreementKind,
    AgreementStatus,
    Currency,
    Direction,
    DocumentLanguage,
    ProgrammeItemKind,
    ProjectStatus,
)
from ..forms import AgreementPageForm, DelegationPageForm
from .snippets import Country, Event, Organisation, PartnerPlace, Person, Sector, check_dates


def number_rows(page, *relations):
    """Give inline rows made in code (the demo, imports) the order they were listed in, as
    the admin form does; rows without one would come back in any order on PostgreSQL."""
    for relation in relations:
        for position, row in enumerate(getattr(page, relation).all()):
            if row.sort_order is None:
                row.sort_order = position


class RecordQuerySet(ReaderPageQuerySet):
    def for_language(self, language):
        """Readable records that exist in `language` (the articles' rule for lists)."""
        return self.for_readers().filter(translated_into(language))


RecordManager = PageManager.from_queryset(RecordQuerySet)


class CooperationIndexPage(RoutablePageMixin, TranslatedPage):
    """The Cooperation section: figures at a glance, the latest records, and the pages of
    countries (countries/<code>/) and partner places (places/<slug>/), which are snippets."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [FieldPanel("title"), FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = [
        "cooperation.AgreementIndexPage",
        "cooperation.DelegationIndexPage",
        "cooperation.ProjectIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("cooperation section")

    def get_context(self, request, *args, **kwargs):
        from .. import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.section_context(self, request))
        return context

    @path("countries/")
    def countries(self, request):
        from .. import views

        return views.countries_view(self, request)

    @path("countries/<str:code>/")
    def country(self, request, code):
        from .. import views

        return views.country_view(self, request, code)

    @path("places/<str:slug>/")
    def place(self, request, slug):
        from .. import views

        return views.place_view(self, request, slug)


class DelegationIndexPage(TranslatedPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [FieldPanel("title"), FieldPanel("intro")]

    parent_page_types = ["cooperation.CooperationIndexPage"]
    subpage_types = ["cooperation.DelegationPage"]
    max_count = 1
    per_page = 20
    # What the page cache keys copies on: the fields of queries.DelegationFilterForm.
    cache_query_parameters = ("country", "direction", "year", "page")

    class Meta:
        verbose_name = _("delegations list")

    def get_context(self, request, *args, **kwargs):
        from .. import registers

        context = super().get_context(request, *args, **kwargs)
        context.update(registers.delegation_list_context(self, request))
        return context


class AgreementIndexPage(RoutablePageMixin, TranslatedPage):
    """The register of agreements, with its CSV export at csv/."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [FieldPanel("title"), FieldPanel("intro")]

    parent_page_types = ["cooperation.CooperationIndexPage"]
    subpage_types = ["cooperation.AgreementPage"]
    max_count = 1
    per_page = 20
    # What the page cache keys copies on: the fields of queries.AgreementFilterForm (the
    # register and its CSV).
    cache_query_parameters = ("country", "place", "kind", "field", "status", "year", "sort", "page")

    class Meta:
        verbose_name = _("agreements register")

    def get_context(self, request, *args, **kwargs):
        from .. import registers

        context = super().get_context(request, *args, **kwargs)
        context.update(registers.agreement_register_context(self, request))
        return context

    @path("csv/")
    def csv_export(self, request):
        from .. import registers

        return registers.agreement_csv_response(self, request)


class ProjectIndexPage(TranslatedPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [FieldPanel("title"), FieldPanel("intro")]

    parent_page_types = ["cooperation.CooperationIndexPage"]
    subpage_types = ["cooperation.ProjectPage"]
    max_count = 1
    per_page = 20
    # What the page cache keys copies on: the fields of queries.ProjectFilterForm.
    cache_query_parameters = ("country", "status", "sector", "page")

    class Meta:
        verbose_name = _("projects list")

    def get_context(self, request, *args, **kwargs):
        from .. import registers

        context = super().get_context(request, *args, **kwargs)
        context.update(registers.project_list_context(self, request))
        return context


class DelegationPage(TranslatedPage):
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    region = models.ForeignKey(
        "news.Region",
        verbose_name=_("our region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="delegations",
    )
    countries = ParentalManyToManyField(
        Country,
        verbose_name=_("countries"),
        blank=True,
        related_name="delegations",
        help_text=_("Where the delegation went, or where it came from."),
    )
    places = ParentalManyToManyField(
        PartnerPlace,
        verbose_name=_("partner places"),
        blank=True,
        related_name="delegations",
        help_text=_("The regions and cities visited, or the one the guests came from."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    leader = models.ForeignKey(
        Person,
        verbose_name=_("leader"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_delegations",
    )
    event = models.ForeignKey(
        Event,
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegations",
        help_text=_("The forum or business meeting the visit was for, if any."),
    )
    purpose = models.TextField(_("purpose"), blank=True)
    outcomes = RichTextField(
        _("outcomes"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    objects = RecordManager()
    base_form_class = DelegationPageForm

    content_panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("direction"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("countries"),
                FieldPanel("places"),
                FieldPanel("event"),
            ],
            heading=_("The visit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("leader"),
                InlinePanel("members", label=_("Members")),
            ],
            heading=_("Delegation"),
        ),
        FieldPanel("purpose"),
        InlinePanel("programme", label=_("Programme")),
        FieldPanel("outcomes"),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("outcomes"),
        index.FilterField("start_date"),
        index.FilterField("direction"),
    ]

    parent_page_types = ["cooperation.DelegationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")

    def cache_dependents(self):
        """Pages besides its ancestors that show this visit (see portal.signals)."""
        return set(self.agreements.values_list("pk", flat=True)) | set(
            self.article_links.values_list("page_id", flat=True)
        )

    def get_context(self, request, *args, **kwargs):
        from .. import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.delegation_context(self, request))
        return context

    def save(self, *args, **kwargs):
        number_rows(self, "members", "programme")
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        check_dates(self.start_date, self.end_date)


class DelegationMember(Orderable):
    page = ParentalKey(DelegationPage, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to show the position held at the time of the visit."),
    )

    panels = [FieldRowPanel([FieldPanel("person"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")


class ProgrammeItem(Orderable):
    page = ParentalKey(DelegationPage, on_delete=models.CASCADE, related_name="programme")
    date = models.DateField(_("date"))
    time = models.TimeField(_("time"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ProgrammeItemKind.choices)
    description = models.CharField(_("description"), max_length=500)
    counterpart = models.ForeignKey(
        Person,
        verbose_name=_("counterpart"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    place = models.ForeignKey(
        PartnerPlace,
        verbose_name=pgettext_lazy("event", "place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("time"), FieldPanel("kind")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("counterpart"), FieldPanel("organisation"), FieldPanel("place")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")


class AgreementPage(TranslatedPage):
    kind = models.CharField(_("kind"), max_length=20, choices=AgreementKind.choices)
    summary = models.TextField(_("summary"), blank=True)
    signed_on = models.DateField(
        _("date of signing"), null=True, blank=True, help_text=_("Empty until it is signed.")
    )
    signing_place = models.CharField(_("place of signing"), max_length=200, blank=True)
    sectors = ParentalManyToManyField(
        Sector,
        verbose_name=pgettext_lazy("cooperation", "fields"),
        blank=True,
        related_name="agreements",
    )
    delegation = models.ForeignKey(
        DelegationPage,
        verbose_name=_("signed during the visit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
    )
    event = models.ForeignKey(
        Event,
        verbose_name=_("signed at the event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
    )
    # Kept from the status history on save, for the register's filters and sorting.
    status = models.CharField(
        pgettext_lazy("cooperation", "status"),
        max_length=20,
        choices=AgreementStatus.choices,
        default=AgreementStatus.UNDER_CONSIDERATION,
        editable=False,
        db_index=True,
    )
    status_date = models.DateField(_("status since"), null=True, editable=False)
    record_date = models.DateField(
        _("date"),
        null=True,
        editable=False,
        db_index=True,
        help_text=_("The date of signing, else the date of the first status."),
    )

    objects = RecordManager()
    base_form_class = AgreementPageForm

    content_panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("summary"),
        InlinePanel("parties", label=_("Parties"), min_num=0),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signed_on"), FieldPanel("signing_place")]),
                InlinePanel("signatories", label=_("Signed by")),
                FieldRowPanel([FieldPanel("delegation"), FieldPanel("event")]),
            ],
            heading=_("Signing"),
        ),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        InlinePanel("status_history", label=_("Status history"), min_num=0),
        InlinePanel("documents", label=_("Signed documents")),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("record_date"),
    ]

    parent_page_types = ["cooperation.AgreementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def cache_dependents(self):
        """Pages besides its ancestors that show this agreement (see portal.signals)."""
        return (
            {self.delegation_id} - {None}
            | set(self.projects.values_list("pk", flat=True))
            | set(self.article_links.values_list("page_id", flat=True))
        )

    def get_context(self, request, *args, **kwargs):
        from .. import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.agreement_context(self, request))
        return context

    def save(self, *args, **kwargs):
        number_rows(self, "parties", "signatories", "status_history", "documents")
        history = sorted(
            enumerate(self.status_history.all()),
            key=lambda item: (item[1].date, item[1].sort_order or 0, item[0]),
        )
        if history:
            latest = history[-1][1]
            self.status, self.status_date = latest.status, latest.date
        self.record_date = self.signed_on or (history[0][1].date if history else None)
        return super().save(*args, **kwargs)


class AgreementParty(Orderable):
    """One side of an agreement: our region, or a partner of any kind."""

    ENTITY_FIELDS = ("region", "country", "place", "organisation", "person")

    page = ParentalKey(AgreementPage, on_delete=models.CASCADE, related_name="parties")
    region = models.ForeignKey(
        "news.Region",
        verbose_name=_("our region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )
    place = models.ForeignKey(
        PartnerPlace,
        verbose_name=_("partner place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )

    panels = [
        FieldRowPanel([FieldPanel("region"), FieldPanel("country"), FieldPanel("place")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("person")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("party")
        verbose_name_plural = _("parties")

    def clean(self):
        chosen = [name for name in self.ENTITY_FIELDS if getattr(self, f"{name}_id")]
        if len(chosen) != 1:
            raise ValidationError(_("Choose exactly one party in each row."))

    @property
    def entity(self):
        for name in self.ENTITY_FIELDS:
            if getattr(self, f"{name}_id"):
                return getattr(self, name)
        return None

    @property
    def country_of_party(self):
        """The partner country this party belongs to, or None for our side."""
        if self.country_id:
            return self.country
        if self.place_id:
            return self.place.country
        if self.organisation_id:
            return self.organisation.country
        if self.person_id:
            return self.person.country
        return None


class AgreementSignatory(Orderable):
    page = ParentalKey(AgreementPage, on_delete=models.CASCADE, related_name="signatories")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")


class AgreementStatusChange(Orderable):
    page = ParentalKey(AgreementPage, on_delete=models.CASCADE, related_name="status_history")
    date = models.DateField(_("date"))
    status = models.CharField(
        pgettext_lazy("cooperation", "status"), max_length=20, choices=AgreementStatus.choices
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("status")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("status change")
        verbose_name_plural = _("status history")


class AgreementDocument(Orderable):
    page = ParentalKey(AgreementPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    language = models.CharField(
        _("language"), max_length=10, choices=DocumentLanguage.choices, default="kk"
    )

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("language")])]

    class Meta(Orderable.Meta):
        verbose_name = _("signed document")
        verbose_name_plural = _("signed documents")


class ProjectPage(TranslatedPage):
    summary = models.TextField(_("summary"), blank=True)
    partners = ParentalManyToManyField(
        Organisation, verbose_name=_("partners"), blank=True, related_name="projects"
    )
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    region = models.ForeignKey(
        "news.Region",
        verbose_name=_("our region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    location = models.CharField(pgettext_lazy("project", "place"), max_length=200, blank=True)
    capacity_value = models.DecimalField(
        _("capacity"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    capacity_unit = models.CharField(
        _("unit of capacity"), max_length=40, blank=True, help_text=_('For example "MW".')
    )
    investment_amount = models.DecimalField(
        _("investment"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    investment_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    status = models.CharField(
        pgettext_lazy("cooperation", "status"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PROPOSED,
    )
    agreement = models.ForeignKey(
        AgreementPage,
        verbose_name=_("agreement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)

    objects = RecordManager()

    content_panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("partners"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("location")]),
        FieldRowPanel([FieldPanel("capacity_value"), FieldPanel("capacity_unit")]),
        FieldRowPanel([FieldPanel("investment_amount"), FieldPanel("investment_currency")]),
        FieldRowPanel([FieldPanel("agreement"), FieldPanel("start_year")]),
    ]
    search_fields = TranslatedPage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("status"),
    ]

    parent_page_types = ["cooperation.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def cache_dependents(self):
        """Pages besides its ancestors that show this project (see portal.signals)."""
        return {self.agreement_id} - {None} | set(
            self.article_links.values_list("page_id", flat=True)
        )

    def get_context(self, request, *args, **kwargs):
        from .. import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.project_context(self, request))
        return context

    def clean(self):
        super().clean()
        if self.capacity_value is not None and not self.capacity_unit:
            raise ValidationError({"capacity_unit": _("Give the unit of the capacity.")})
        if self.start_year and not 1991 <= self.start_year <= date.today().year + 20:
            raise ValidationError({"start_year": _("Give a year from 1991 on.")})
