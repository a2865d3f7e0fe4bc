"""Bad input is a 4xx in the reader's language, never a 500; every response carries the
security headers, from the page cache too; the small things every public page needs."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticlePageFactory

READER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) reader"}
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cross-Origin-Resource-Policy",
    "Cross-Origin-Opener-Policy",
)


@pytest.fixture
def caching(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_DATA_CACHE_SECONDS = 3600


@pytest.mark.django_db
class TestBadInputIsAClientError:
    def test_an_unknown_host_gets_the_400_page_in_the_readers_language(self, client, site):
        response = client.get("/ru/", HTTP_HOST="evil.example", **READER)
        assert response.status_code == 400
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "ru"
        assert html.h1.get_text() == "Некорректный запрос"

    @pytest.mark.parametrize(
        "url",
        [
            "/kk/api/v2/agreements/?offset=9223372036854775808",
            "/kk/api/v2/agreements/?offset=99999999999999999999999",
            "/kk/api/v2/agreements/?offset=+99999999999999999999999",
            "/kk/api/v2/agreements/?offset=9_999_999_999_999_999_999",
            "/kk/api/v2/agreements/?offset=%C2%B2",
            "/kk/api/v2/countries/find/?code=%00",
            "/kk/search/?q=%00",
            "/kk/news/?tag=a%00b",
            "/kk/feed/?region=%00",
        ],
    )
    def test_out_of_range_and_nul_parameters_are_400(self, client, site, url):
        response = client.get(url, **READER)
        assert response.status_code == 400, url

    def test_a_nul_in_the_address_gets_the_400_page_in_its_language(self, client, site):
        response = client.get("/en/news/?page=1%002", **READER)
        assert response.status_code == 400
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == "en"

    def test_a_malformed_referer_on_the_view_counter_is_not_a_server_error(self, client, site):
        article = ArticlePageFactory(parent=site.news)
        response = client.post(f"/kk/-/views/{article.pk}/", HTTP_REFERER="http://[", **READER)
        assert response.status_code == 403  # not from this site: nothing counted

    def test_the_api_answers_json_only(self, client, site):
        browser = client.get("/kk/api/v2/countries/", HTTP_ACCEPT="text/html", **READER)
        assert browser.status_code == 406  # no browsable HTML pages
        assert not browser["Content-Type"].startswith("text/html")
        response = client.get("/kk/api/v2/countries/", **READER)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
class TestSecurityHeaders:
    def test_a_page_from_the_cache_has_every_header_of_a_fresh_one(self, client, site, caching):
        article = ArticlePageFactory(parent=site.news)
        miss = client.get(article.url_in("kk"), **READER)
        hit = client.get(article.url_in("kk"), **READER)
        assert (miss["X-Cache"], hit["X-Cache"]) == ("MISS", "HIT")
        for header in SECURITY_HEADERS:
            assert header in miss, header
            assert hit.get(header) == miss[header], header

    def test_the_public_policy_allows_only_our_scripts(self, client, site):
        policy = client.get("/kk/", **READER)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert "'unsafe-inline'" not in directives["script-src"]
        assert "'sha256-" in directives["script-src"]
        assert directives["object-src"] == "'none'"
        assert directives["frame-ancestors"] == "'self'"

    def test_the_admin_has_its_own_policy(self, client, site):
        policy = client.get("/admin/login/")["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        # Wagtail's inline scripts change from page to page: no hash can list them.
        assert directives["script-src"] == "'self' 'unsafe-inline'"
        assert directives["connect-src"] == "'self'"
        assert directives["frame-ancestors"] == "'self'"


@pytest.mark.django_db
class TestEveryPublicPage:
    def test_favicon(self, client, site):
        response = client.get("/favicon.ico")
        assert response.status_code == 301
        assert response["Location"].startswith("/static/favicon")
        html = BeautifulSoup(client.get("/kk/", **READER).content, "html.parser")
        assert html.select_one('link[rel="icon"]')["href"].startswith("/static/favicon")

    @pytest.mark.parametrize(
        ("language", "description"),
        [
            ("kk", "Түркістан облысы әкімдігінің жаңалықтары: сапарлар мен келісімдер."),
            ("ru", "Новости акимата Туркестанской области: визиты и соглашения."),
        ],
    )
    def test_home_and_lists_describe_the_press_service(self, client, site, language, description):
        for page in (site.home, site.news):
            html = BeautifulSoup(client.get(page.url_in(language), **READER).content, "html.parser")
            assert html.select_one('meta[name="description"]')["content"] == description

    def test_the_home_page_title_names_the_site_once(self, client, site):
        html = BeautifulSoup(client.get("/en/", **READER).content, "html.parser")
        assert html.title.get_text() == "Press service of the akim of Turkestan region"
