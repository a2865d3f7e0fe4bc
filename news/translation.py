from modeltranslation.translator import TranslationOptions, register

from .models import ArticlePage, NewsIndexPage, Region, Tag


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)


@register(Tag)
class TagTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)


@register(NewsIndexPage)
class NewsIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(ArticlePage)
class ArticlePageTranslationOptions(TranslationOptions):
    fields = (
        "lead",
        "main_image_alt",
        "main_image_caption",
        "main_image_credit",
        "body",
        "source_name",
    )
