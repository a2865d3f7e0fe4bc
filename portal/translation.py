from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, PressServiceSettings, StandardPage


@register(PressServiceSettings)
class PressServiceSettingsTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "description",
        "address",
        "telegram_url",
        "instagram_url",
        "subscribe_call",
        "footer_text",
    )


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(StandardPage)
class StandardPageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")
