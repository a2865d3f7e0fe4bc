"""Editors in the Wagtail admin: three languages on one form, slugs, validation, preview."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from news.models import ArticlePage, Region
from tests.factories import ArticlePageFactory, paragraphs


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("editor", "editor@example.kz", "secret-pass")
    client.force_login(user)
    return user


ARTICLE_LINKS = ("delegation", "agreement", "project", "country", "place", "organisation")


def article_form(**overrides):
    data = {
        "title_kk": "Түркістан мен Шэньси бауырлас өңір болды",
        "title_ru": "",
        "title_en": "",
        "slug": "",
        "lead_kk": "Келісімге қол қойылды.",
        "date": "2026-07-18 12:10",
        "body_kk": streamfield(
            [("paragraph", rich_text("<p>Келісім сауда мен мәдениетті қамтиды.</p>"))]
        ),
        "body_ru": streamfield([]),
        "body_en": streamfield([]),
        "related_links": inline_formset([]),
        **{f"{name}_links": inline_formset([]) for name in ARTICLE_LINKS},
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
class TestArticleForm:
    def test_edit_form_shows_every_language(self, client, site, editor):
        article = ArticlePageFactory(parent=site.news)
        response = client.get(f"/admin/pages/{article.pk}/edit/")
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        for field in ("title", "lead", "body", "main_image_alt", "source_name"):
            for language in ("kk", "ru", "en"):
                panel = html.find(id=re.compile(rf"-{field}_{language}-(section|wrapper)$"))
                assert panel is not None, f"{field}_{language}"

    def test_publishing_in_kazakh_makes_a_latin_slug(self, client, site, editor):
        response = client.post(f"/admin/pages/add/news/articlepage/{site.news.pk}/", article_form())
        assert response.status_code == 302, response.content.decode()[:2000]
        article = ArticlePage.objects.get()
        assert article.live
        assert article.slug == "turkistan-men-shensi-bauyrlas-onir-boldy"
        assert client.get(article.url_in("kk")).status_code == 200

    def test_a_title_without_text_is_a_form_error_and_keeps_the_input(self, client, site, editor):
        response = client.post(
            f"/admin/pages/add/news/articlepage/{site.news.pk}/",
            article_form(title_en="Turkestan and Shaanxi become sister regions"),
        )
        assert response.status_code == 200
        assert not ArticlePage.objects.exists()
        html = BeautifulSoup(response.content, "html.parser")
        assert (
            html.find(attrs={"name": "title_en"})["value"]
            == "Turkestan and Shaanxi become sister regions"
        )
        # The admin speaks Kazakh by default; the error stands next to the English text field.
        errors = response.context["form"].errors
        assert errors["body_en"] == ["Тақырыбы бар нұсқаның мәтіні де болуы керек."]

    def test_the_slug_stays_once_published(self, client, site, editor):
        client.post(f"/admin/pages/add/news/articlepage/{site.news.pk}/", article_form())
        article = ArticlePage.objects.get()
        response = client.post(
            f"/admin/pages/{article.pk}/edit/",
            article_form(slug="another-address", title_kk="Жаңа тақырып"),
        )
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.slug == "turkistan-men-shensi-bauyrlas-onir-boldy"
        assert article.title_kk == "Жаңа тақырып"

    def test_explorer_title_stays_kazakh_whoever_saves(self, client, site, editor):
        client.post(f"/admin/pages/add/news/articlepage/{site.news.pk}/", article_form())
        article = ArticlePage.objects.get()
        # A translator working in the English admin adds the English version.
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "en"
        profile.save()
        client.post(
            f"/admin/pages/{article.pk}/edit/",
            article_form(
                title_en="Turkestan and Shaanxi become sister regions",
                body_en=streamfield(
                    [("paragraph", rich_text("<p>The agreement covers trade.</p>"))]
                ),
            ),
        )
        page = Page.objects.get(pk=article.pk)
        assert page.draft_title == "Түркістан мен Шэньси бауырлас өңір болды"
        assert page.specific.title_en == "Turkestan and Shaanxi become sister regions"


@pytest.mark.django_db
class TestPreview:
    @pytest.mark.parametrize(
        ("mode", "title"),
        [
            ("kk", "Самара облысымен ынтымақтастық"),
            ("ru", "Сотрудничество с Самарской областью"),
            ("en", "Cooperation with Samara region"),
        ],
    )
    def test_renders_the_chosen_language(self, site, mode, title):
        article = ArticlePageFactory(
            parent=site.news,
            title_kk="Самара облысымен ынтымақтастық",
            title_ru="Сотрудничество с Самарской областью",
            title_en="Cooperation with Samara region",
            body_en=paragraphs("Signed."),
        )
        response = article.make_preview_request(preview_mode=mode)
        html = BeautifulSoup(response.render().content, "html.parser")
        assert html.html["lang"] == mode
        assert html.h1.text == title

    def test_the_admin_offers_every_language(self, site):
        assert [code for code, _name in ArticlePage().preview_modes] == ["kk", "ru", "en"]


@pytest.mark.django_db
class TestSavingInAnotherLanguage:
    """Saving while another language is active must not invent a version in that language."""

    @pytest.mark.parametrize("language", ["ru", "en"])
    def test_creating_and_publishing_in_code(self, site, language):
        with translation.override(language):
            article = ArticlePageFactory(parent=site.news, title_ru="", lead_ru="", body_ru=[])
            article.save_revision().publish()
        article.refresh_from_db()
        assert article.available_languages == ["kk"]

    def test_an_editor_whose_admin_speaks_russian(self, client, site, editor):
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "ru"
        profile.save()
        response = client.post(f"/admin/pages/add/news/articlepage/{site.news.pk}/", article_form())
        assert response.status_code == 302
        article = ArticlePage.objects.get()
        client.post(f"/admin/pages/{article.pk}/edit/", article_form(lead_kk="Жаңа лид."))
        article.refresh_from_db()
        assert article.available_languages == ["kk"]
        assert article.lead_kk == "Жаңа лид."
        assert client.get("/ru/news/").content.decode().count("card__title") == 0


@pytest.mark.django_db
class TestSnippetsAndSettings:
    def test_a_region_added_in_the_admin_gets_a_latin_slug(self, client, site, editor):
        response = client.post(
            "/admin/snippets/news/region/add/",
            {
                "name_kk": "Батыс Қазақстан облысы",
                "name_ru": "Западно-Казахстанская область",
                "name_en": "",
                "slug": "",
            },
        )
        assert response.status_code == 302
        region = Region.objects.get()
        assert region.slug == "batys-qazaqstan-oblysy"
        with translation.override("en"):
            assert region.name == "Батыс Қазақстан облысы"  # no English name: Kazakh, not blank

    def test_press_service_settings_have_every_language(self, client, site, editor):
        response = client.get(f"/admin/settings/portal/pressservicesettings/{site.site.pk}/")
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        for field in ("name", "telegram_url", "instagram_url", "footer_text"):
            for language in ("kk", "ru", "en"):
                assert html.find(attrs={"name": f"{field}_{language}"}), f"{field}_{language}"
