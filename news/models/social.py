"""Where published stories are cross-posted (Telegram, Instagram), and each post made there."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel


def token_notice(variable):
    """Said on the channel forms while the network's token is missing."""
    if getattr(settings, variable):
        return ""
    return gettext("%(variable)s is not set: nothing is posted to this network.") % {
        "variable": variable
    }


def language_choices():
    return list(settings.LANGUAGES)


class TelegramChannel(models.Model):
    class Format(models.TextChoices):
        PHOTO = "photo", _("Photo with caption")
        TEXT = "text", _("Text with link preview")
        ALBUM = "album", _("Album of the photos (photo with caption when there is one)")

    name = models.CharField(pgettext_lazy("thing", "name"), max_length=100)
    chat_id = models.CharField(
        _("chat id or @name"),
        max_length=100,
        help_text=_('The channel\'s numeric id (such as -1001234567890) or its "@name".'),
    )
    language = models.CharField(_("language"), max_length=5, choices=language_choices)
    enabled = models.BooleanField(_("on"), default=True)
    format = models.CharField(_("format"), max_length=10, choices=Format, default=Format.PHOTO)

    panels = [
        HelpPanel(content=lazy(token_notice, str)("TELEGRAM_BOT_TOKEN")),
        FieldPanel("name"),
        FieldPanel("chat_id"),
        FieldPanel("language"),
        FieldPanel("format"),
        FieldPanel("enabled"),
    ]

    class Meta:
        verbose_name = _("Telegram channel")
        verbose_name_plural = _("Telegram channels")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.chat_id})"

    def post_url(self, message_id):
        """The public address of a message in this channel."""
        chat = self.chat_id.strip()
        if chat.startswith("@"):
            return f"https://t.me/{chat[1:]}/{message_id}"
        if chat.startswith("-100"):
            return f"https://t.me/c/{chat[4:]}/{message_id}"
        return ""


class InstagramAccount(models.Model):
    name = models.CharField(pgettext_lazy("thing", "name"), max_length=100)
    account_id = models.CharField(
        _("Instagram account id"),
        max_length=50,
        help_text=_("The numeric id of the Instagram professional account (ig-user-id)."),
    )
    language = models.CharField(_("language"), max_length=5, choices=language_choices)
    enabled = models.BooleanField(_("on"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("account_id"),
        FieldPanel("language"),
        FieldPanel("enabled"),
    ]

    class Meta:
        verbose_name = _("Instagram account")
        verbose_name_plural = _("Instagram accounts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.account_id})"


class SocialPost(models.Model):
    """One article on one channel: created once, sent at most once automatically."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        PROCESSING = "processing", _("Being prepared by Instagram")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Posted")
        NEEDS_CHECK = "needs_check", _("Check by hand")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")
        DELETED = "deleted", _("Deleted")
        REMOVE_BY_HAND = "remove_by_hand", _("Remove by hand")

    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="social_posts",
    )
    telegram_channel = models.ForeignKey(
        TelegramChannel,
        verbose_name=_("Telegram channel"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="posts",
    )
    instagram_account = models.ForeignKey(
        InstagramAccount,
        verbose_name=_("Instagram account"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="posts",
    )
    language = models.CharField(_("language"), max_length=5, choices=language_choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    kind = models.CharField(max_length=10, blank=True)  # text, photo, album, image, carousel
    message_ids = models.JSONField(_("message ids"), default=list, blank=True)
    container_ids = models.JSONField(default=list, blank=True)
    url = models.URLField(_("post address"), blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    sent_at = models.DateTimeField(_("posted at"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("social network post")
        verbose_name_plural = _("social network posts")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(telegram_channel__isnull=False, instagram_account__isnull=True)
                | Q(telegram_channel__isnull=True, instagram_account__isnull=False),
                name="social_post_one_channel",
            ),
            models.UniqueConstraint(
                fields=["article", "telegram_channel"],
                condition=Q(telegram_channel__isnull=False),
                name="one_post_per_telegram_channel",
            ),
            models.UniqueConstraint(
                fields=["article", "instagram_account"],
                condition=Q(instagram_account__isnull=False),
                name="one_post_per_instagram_account",
            ),
        ]

    def __str__(self):
        return f"{self.article_id} → {self.channel}"

    @property
    def channel(self):
        return self.telegram_channel or self.instagram_account

    @property
    def network(self):
        return "telegram" if self.telegram_channel_id else "instagram"
