import factory
import wagtail_factories
from django.utils import timezone
from wagtail.rich_text import RichText

from news.models import ArticlePage, NewsIndexPage, Region, Tag
from portal.models import HomePage, StandardPage


def paragraphs(*texts):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"photo {n}")
    file = factory.django.ImageField(width=480, height=320, color="steelblue")


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """Pages get their titles per language (title_kk, ...), never through `title`."""

    slug = ""  # made from the Kazakh title, as in the admin

    class Meta:
        abstract = True
        exclude = ("title",)


class HomePageFactory(TranslatedPageFactory):
    title_kk = "Түркістан облысы әкімінің баспасөз қызметі"
    title_ru = "Пресс-служба акима Туркестанской области"
    title_en = "Press service of the akim of Turkestan region"
    slug = "home"

    class Meta:
        model = HomePage


class NewsIndexPageFactory(TranslatedPageFactory):
    title_kk = "Жаңалықтар"
    title_ru = "Новости"
    title_en = "News"
    slug = "news"
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class StandardPageFactory(TranslatedPageFactory):
    title_kk = "Біз туралы"
    title_ru = "О нас"
    title_en = "About us"
    show_in_menus = True

    class Meta:
        model = StandardPage


class RegionFactory(factory.django.DjangoModelFactory):
    name_kk = factory.Sequence(lambda n: f"Түркістан облысы {n}")
    name_ru = factory.Sequence(lambda n: f"Туркестанская область {n}")
    name_en = factory.Sequence(lambda n: f"Turkestan region {n}")

    class Meta:
        model = Region


class TagFactory(factory.django.DjangoModelFactory):
    name_kk = factory.Sequence(lambda n: f"Инвестиция {n}")
    name_ru = factory.Sequence(lambda n: f"Инвестиции {n}")
    name_en = factory.Sequence(lambda n: f"Investment {n}")

    class Meta:
        model = Tag


class ArticlePageFactory(TranslatedPageFactory):
    """An article in Kazakh and Russian; pass title_en and body_en for an English version."""

    title_kk = factory.Sequence(lambda n: f"Түркістан мен Вэйнань ынтымақтастық туралы келісті {n}")
    title_ru = factory.Sequence(lambda n: f"Туркестан и Вэйнань договорились о сотрудничестве {n}")
    lead_kk = "Екі қала бауырлас қалалар болу мүмкіндігін қарастырады."
    lead_ru = "Два города рассмотрят возможность стать городами-побратимами."
    body_kk = factory.LazyFunction(lambda: paragraphs("Меморандумға қол қойылды."))
    body_ru = factory.LazyFunction(lambda: paragraphs("Подписан меморандум."))
    date = factory.LazyFunction(timezone.now)

    class Meta:
        model = ArticlePage
