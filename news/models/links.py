"""What an article tells about: the cooperation records and partners its editor chose.

One orderable row per link, so the article form offers Wagtail's multiple choosers and each
record finds its articles through `article_links`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ArticleDelegationLink(Orderable):
    page = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="delegation_links"
    )
    delegation = models.ForeignKey(
        "cooperation.DelegationPage",
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("delegation")]

    class Meta(Orderable.Meta):
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        constraints = [
            models.UniqueConstraint(fields=["page", "delegation"], name="unique_article_delegation")
        ]


class ArticleAgreementLink(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="agreement_links")
    agreement = models.ForeignKey(
        "cooperation.AgreementPage",
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("agreement")]

    class Meta(Orderable.Meta):
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [
            models.UniqueConstraint(fields=["page", "agreement"], name="unique_article_agreement")
        ]


class ArticleProjectLink(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="project_links")
    project = models.ForeignKey(
        "cooperation.ProjectPage",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        constraints = [
            models.UniqueConstraint(fields=["page", "project"], name="unique_article_project")
        ]


class ArticleCountryLink(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="country_links")
    country = models.ForeignKey(
        "cooperation.Country",
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("country")]

    class Meta(Orderable.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(fields=["page", "country"], name="unique_article_country")
        ]


class ArticlePlaceLink(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="place_links")
    place = models.ForeignKey(
        "cooperation.PartnerPlace",
        verbose_name=_("partner place"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("place")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner place")
        verbose_name_plural = _("partner places")
        constraints = [
            models.UniqueConstraint(fields=["page", "place"], name="unique_article_place")
        ]


class ArticleOrganisationLink(Orderable):
    page = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="organisation_links"
    )
    organisation = models.ForeignKey(
        "cooperation.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "organisation"], name="unique_article_organisation"
            )
        ]
