from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.factories import ArticlePageFactory, StandardPageFactory, paragraphs

COOKIE = settings.LANGUAGE_COOKIE_NAME


@pytest.mark.django_db
class TestRootRedirect:
    def test_goes_to_kazakh_by_default(self, client, site):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru,en;q=0.8")
        # Accept-Language is ignored: the language belongs in the URL, not in a guess.
        assert response.status_code == 302
        assert response["Location"] == "/kk/"

    def test_goes_to_the_readers_last_language(self, client, site):
        client.cookies[COOKIE] = "en"
        response = client.get("/")
        assert response["Location"] == "/en/"
        assert "Cookie" in response["Vary"]

    def test_an_unknown_cookie_value_is_ignored(self, client, site):
        client.cookies[COOKIE] = "de"
        assert client.get("/")["Location"] == "/kk/"

    def test_reading_a_page_remembers_its_language(self, client, site):
        response = client.get("/ru/")
        assert response.status_code == 200
        assert response.cookies[COOKIE].value == "ru"
        assert client.get("/")["Location"] == "/ru/"


@pytest.mark.django_db
class TestLanguagePrefixes:
    @pytest.mark.parametrize("language", ["kk", "ru", "en"])
    def test_each_language_has_its_home_page(self, client, site, language):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == language
        assert response["Content-Language"] == language

    def test_an_unknown_prefix_is_a_clean_404(self, client, site):
        response = client.get("/de/news/", follow=True)
        assert response.status_code == 404
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "kk"
        assert "Бет табылмады" in html.h1.text

    def test_the_404_page_speaks_the_readers_language(self, client, site):
        response = client.get("/ru/no-such-page/")
        assert response.status_code == 404
        assert "Страница не найдена" in BeautifulSoup(response.content, "html.parser").h1.text


@pytest.mark.django_db
class TestLanguageSwitch:
    def switch_links(self, response):
        html = BeautifulSoup(response.content, "html.parser")
        nav = html.find("nav", class_="language-switcher")
        return {a["hreflang"]: a for a in nav.find_all("a")}

    def test_leads_to_the_same_article_in_each_language(self, client, site):
        article = ArticlePageFactory(
            parent=site.news, title_en="Turkestan and Weinan agree", body_en=paragraphs("Signed.")
        )
        links = self.switch_links(client.get(article.url_in("kk")))
        assert {code: a["href"] for code, a in links.items()} == {
            "kk": f"/kk/news/{article.slug}/",
            "ru": f"/ru/news/{article.slug}/",
            "en": f"/en/news/{article.slug}/",
        }
        assert links["kk"].get("aria-current") == "true"
        assert links["ru"]["lang"] == "ru"

    def test_keeps_the_listing_filters(self, client, site):
        links = self.switch_links(client.get("/kk/news/?year=2026&page=1"))
        assert links["en"]["href"] == "/en/news/?year=2026"

    def test_works_on_a_404_page(self, client, site):
        links = self.switch_links(client.get("/ru/no-such-page/"))
        assert links["kk"]["href"] == "/kk/no-such-page/"

    def test_standard_pages_switch_too(self, client, site):
        page = StandardPageFactory(parent=site.home)
        links = self.switch_links(client.get(page.url_in("en")))
        assert links["ru"]["href"] == f"/ru/{page.slug}/"


class TestPortalCatalogues:
    @pytest.mark.parametrize("language", ["kk", "ru"])
    def test_every_entry_is_translated(self, language):
        path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        assert not catalogue.untranslated_entries()
        assert not catalogue.fuzzy_entries()
        assert not catalogue.obsolete_entries()

    @pytest.mark.parametrize("language", ["kk", "ru"])
    def test_cooperation_words_leave_wagtails_own_alone(self, language):
        """A msgid of locale/ wins over the same msgid of Wagtail's catalogues (LOCALE_PATHS
        come first): the portal's own senses of these words carry a context."""
        path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
        bare = {entry.msgid for entry in polib.pofile(str(path)) if not entry.msgctxt}
        assert not bare & {"Field", "Fields", "fields", "Title", "Place", "place", "name"}
