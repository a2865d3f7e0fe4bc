"""The shipped nginx configuration (deploy/nginx/), serving the portal as in production."""

import http.client
import shutil
import socket
import ssl
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.page_cache import known_parameters
from tests.conftest import service_missing
from tests.factories import ArticlePageFactory, paragraphs
from tests.nginx import Nginx, ProductionNginx, production_config, self_signed_certificate

READER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) reader"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def nginx_binary(request):
    if not shutil.which("nginx"):
        service_missing(request, "nginx is not installed (Debian's nginx-light)")


@pytest.fixture
def files(settings, tmp_path):
    """Static and media folders with one file each, as collectstatic and an upload leave them."""
    static_root, media_root = tmp_path / "static", Path(settings.MEDIA_ROOT)
    (static_root / "css").mkdir(parents=True)
    (static_root / "css" / "portal.abc123.css").write_text("body { margin: 0 }\n")
    (media_root / "images").mkdir(parents=True, exist_ok=True)
    (media_root / "images" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    return static_root, media_root


@pytest.fixture
def nginx(nginx_binary, live_server, files, settings):
    static_root, media_root = files
    # The live server's media folder is the test's own: X-Accel-Redirect paths are made from it.
    settings.SENDFILE_ROOT = media_root / "documents"
    upstream_port = int(live_server.url.rsplit(":", 1)[1])
    server = Nginx(free_port(), upstream_port, static_root, media_root)
    yield server
    server.stop()


def fetch(url, cookies=None, method="GET"):
    headers = dict(READER)
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    request = urllib.request.Request(url, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


@pytest.mark.django_db(transaction=True)
class TestNginx:
    def test_public_pages_are_micro_cached_for_readers(self, nginx, site):
        article = ArticlePageFactory(parent=site.news, title_kk="Форум Түркістанда өтті")
        url = nginx.url + article.url_in("kk")
        status, headers, html = fetch(url)
        assert (status, headers["X-Micro-Cache"]) == (200, "MISS")
        assert "Форум Түркістанда өтті" in html
        status, headers, again = fetch(url)
        assert (status, headers["X-Micro-Cache"], again) == (200, "HIT", html)
        # A copy hands no reader's cookie to the next one: at most the language of its address.
        assert set(cookies_set(headers)) <= {"portal_language"}
        assert cookies_set(headers).get("portal_language", "kk") == "kk"

    def test_editors_go_past_it_and_leave_nothing_in_it(self, nginx, site):
        article = ArticlePageFactory(parent=site.news)
        url = nginx.url + article.url_in("ru")
        user = get_user_model().objects.create_superuser("editor", "e@example.kz", "pw")
        client = Client()
        client.force_login(user)
        session = {"sessionid": client.cookies["sessionid"].value}
        status, headers, html = fetch(url, cookies=session)
        assert (status, headers["X-Micro-Cache"]) == (200, "BYPASS")
        assert "private" in headers["Cache-Control"]
        assert fetch(url)[1]["X-Micro-Cache"] == "MISS"  # the editor's copy was not kept

    def test_error_pages_are_not_kept(self, nginx, site):
        url = nginx.url + "/kk/no-such-story/"
        assert fetch(url)[0] == 404
        status, headers, _html = fetch(url)
        assert (status, headers["X-Micro-Cache"]) == (404, "MISS")

    def test_the_view_counter_is_never_cached_and_keeps_its_cookie(self, nginx, site):
        article = ArticlePageFactory(parent=site.news)
        url = f"{nginx.url}/kk/-/views/{article.pk}/"
        first = fetch(url, method="POST")
        second = fetch(url, method="POST")
        assert first[0] == second[0] == 200
        assert "X-Micro-Cache" not in first[1]
        assert "portal_visitor=" in (first[1]["Set-Cookie"] or "")

    def test_static_and_media_files_come_from_nginx(self, nginx, files):
        status, headers, css = fetch(nginx.url + "/static/css/portal.abc123.css")
        assert (status, css) == (200, "body { margin: 0 }\n")
        assert "immutable" in headers["Cache-Control"]
        assert fetch(nginx.url + "/media/images/photo.jpg")[0] == 200
        assert fetch(nginx.url + "/media/images/missing.jpg")[0] == 404

    def test_static_and_media_files_carry_the_security_headers(self, nginx, files):
        _status, static, _css = fetch(nginx.url + "/static/css/portal.abc123.css")
        _status, media, _photo = fetch(nginx.url + "/media/images/photo.jpg")
        for headers in (static, media):
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
            assert "public" in headers["Cache-Control"]  # still there beside them
        assert static["Cross-Origin-Resource-Policy"] == "same-origin"
        assert static["Server"] == media["Server"] == "nginx"  # no version


def root_collection():
    # A transactional test before this one emptied every table, Wagtail's root collection too.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def make_document(name, content, collection=None):
    collection = collection or root_collection()
    return get_document_model().objects.create(
        title=name,
        file=ContentFile(content, name=name),
        file_size=len(content),
        collection=collection,
    )


def private_collection(password):
    collection = root_collection().add_child(name="Протоколы")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=password,
    )
    return collection


@pytest.mark.django_db(transaction=True)
class TestDocuments:
    def test_a_public_document_is_sent_by_nginx(self, nginx, site):
        document = make_document("memorandum.txt", "Меморандум подписан.\n".encode())
        status, headers, body = fetch(nginx.url + document.url)
        assert (status, body) == (200, "Меморандум подписан.\n")
        assert headers["Content-Type"].startswith("text/plain")
        assert "memorandum.txt" in headers["Content-Disposition"]
        # Wagtail's own headers for documents, which X-Accel-Redirect would drop.
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Content-Security-Policy"] == "default-src 'none'"
        assert "X-Accel-Redirect" not in headers
        # nginx sends the file: a broken download resumes where it stopped.
        request = urllib.request.Request(
            nginx.url + document.url, headers={**READER, "Range": "bytes=0-9"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert (response.status, response.read()) == (206, "Меморандум".encode()[:10])

    def test_a_document_of_a_private_collection_needs_its_password(self, nginx, site):
        document = make_document(
            "protocol.txt", b"confidential protocol\n", private_collection("kupia-soz")
        )
        name = Path(document.file.name).name
        body = fetch(nginx.url + document.url)[2]
        assert "confidential protocol" not in body
        assert 'type="password"' in body
        # Not by its file name either, neither from the media folder nor from the internal one.
        assert fetch(f"{nginx.url}/media/documents/{name}")[0] == 404
        assert fetch(f"{nginx.url}/_documents/{name}")[0] == 404

        reader = Reader(nginx.url)
        form = reader.form(document.url)
        reader.post(form["action"], form["fields"] | {"password": "x"})
        assert "confidential protocol" not in reader.get(document.url)[2]
        status = reader.post(form["action"], form["fields"] | {"password": "kupia-soz"})[0]
        assert status == 302
        assert reader.get(document.url)[:3:2] == (200, "confidential protocol\n")


class Reader:
    """A browser's way with cookies and forms, one request at a time, no redirect followed."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, path, method="GET", data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        headers = dict(READER)
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(urllib.parse.urlsplit(self.base).netloc, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            html = response.read().decode(errors="replace")
        finally:
            connection.close()
        self.cookies.update(cookies_set(response.headers))
        return response.status, response.headers, html

    def get(self, path):
        return self.request(path)

    def post(self, path, data):
        return self.request(path, "POST", data)

    def form(self, path):
        """The password form on the page at `path`: where it posts and its hidden fields."""
        status, _headers, html = self.get(path)
        form = BeautifulSoup(html, "html.parser").find("form", method="POST")
        assert form is not None, (status, html[:500])
        fields = {
            field["name"]: field.get("value", "")
            for field in form.find_all("input")
            if field.get("type") == "hidden"
        }
        return {"action": form["action"], "fields": fields}


def cookies_set(headers):
    """The cookies a response sets, by name."""
    jar = SimpleCookie()
    for header in headers.get_all("Set-Cookie") or ():
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


@pytest.mark.django_db(transaction=True)
class TestPasswordProtectedPages:
    SECRET = "Жабық кеңестің хаттамасы"

    @pytest.fixture
    def restricted(self, site):
        article = ArticlePageFactory(
            parent=site.news, title_kk="Кеңес", body_kk=paragraphs(self.SECRET)
        )
        PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="kupia-soz"
        )
        return article.url_in("kk")

    def test_the_right_password_opens_the_page(self, nginx, restricted):
        reader = Reader(nginx.url)
        form = reader.form(restricted)
        assert "csrftoken" in reader.cookies  # the form's cookie reached the reader
        status, _headers, _html = reader.post(
            form["action"], form["fields"] | {"password": "kupia-soz"}
        )
        assert status == 302
        status, _headers, html = reader.get(restricted)
        assert status == 200
        assert self.SECRET in html

    def test_a_wrong_password_does_not(self, nginx, restricted):
        reader = Reader(nginx.url)
        form = reader.form(restricted)
        status, _headers, html = reader.post(form["action"], form["fields"] | {"password": "qate"})
        assert status == 200  # the form again, with its error
        assert self.SECRET not in html
        assert self.SECRET not in reader.get(restricted)[2]

    def test_an_opened_page_is_not_kept_for_others(self, nginx, restricted):
        reader = Reader(nginx.url)
        form = reader.form(restricted)
        reader.post(form["action"], form["fields"] | {"password": "kupia-soz"})
        assert self.SECRET in reader.get(restricted)[2]
        assert self.SECRET in reader.get(restricted)[2]
        for _ in range(2):
            status, headers, html = fetch(nginx.url + restricted)
            assert self.SECRET not in html
            assert headers["X-Micro-Cache"] != "HIT"
            # Nor the cookies of the reader who opened it (a new reader gets a form of their own).
            cookies = cookies_set(headers)
            assert "sessionid" not in cookies
            assert cookies.get("csrftoken") != reader.cookies["csrftoken"]


@pytest.mark.django_db(transaction=True)
class TestRequestLimits:
    @pytest.mark.parametrize(
        ("method", "path", "burst"),
        [
            ("POST", "/admin/login/", 20),
            ("POST", "/admin/password_reset/", 10),
            ("POST", "/kk/_util/login/", 20),
            ("POST", "/kk/_util/authenticate_with_password/1/1/", 20),
            ("POST", "/documents/authenticate_with_password/1/", 20),
            ("GET", "/kk/search/?q=forum", 20),
            ("POST", "/kk/-/views/{article}/", 50),
        ],
    )
    def test_a_flood_gets_429(self, nginx, site, method, path, burst):
        url = nginx.url + path.format(article=ArticlePageFactory(parent=site.news).pk)

        def refused_by_nginx():
            # nginx's own 429 page, not one of the portal's (it throttles some forms itself).
            status, _headers, body = fetch(url, method=method)
            return status == 429 and "<center>nginx</center>" in body

        assert not refused_by_nginx()  # a single request passes
        # A script's flood, several requests at a time: the burst is answered at once, what
        # comes faster than the rate after it is refused.
        with ThreadPoolExecutor(max_workers=6) as pool:
            refused = list(pool.map(lambda _: refused_by_nginx(), range(4 * burst)))
        assert any(refused)
        assert refused.count(False) >= burst

    def test_readers_and_editors_at_their_pace_pass(self, nginx, site):
        """An editor's sign-in with a few mistyped passwords, a reader's searches and pages
        read in quick succession: nothing refused."""
        article = ArticlePageFactory(parent=site.news)
        for _ in range(5):
            assert fetch(nginx.url + "/admin/login/")[0] == 200
            assert fetch(nginx.url + "/admin/login/", method="POST")[0] != 429
        for word in ("forum", "Turkestan", "budget", "school", "road", "water"):
            assert fetch(f"{nginx.url}/kk/search/?q={word}")[0] == 200
        for _ in range(20):
            assert fetch(f"{nginx.url}/kk/-/views/{article.pk}/", method="POST")[0] == 200


class TestUnknownHosts:
    """The test server answers 127.0.0.1 and localhost, as portal.conf its server_name."""

    def test_get_no_page(self, nginx):
        connection = http.client.HTTPConnection("127.0.0.1", nginx.port, timeout=10)
        try:
            connection.request("GET", "/healthz", headers={"Host": "evil.example"})
            with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
                connection.getresponse()
        finally:
            connection.close()

    def test_the_portal_still_answers_its_own_name(self, nginx):
        assert fetch(nginx.url + "/healthz")[:3:2] == (200, "ok\n")


@pytest.fixture
def production_nginx(nginx_binary, live_server, files, settings):
    """portal.conf itself, TLS and all, in front of the live server."""
    static_root, media_root = files
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "press.example.kz"]
    upstream_port = int(live_server.url.rsplit(":", 1)[1])
    server = ProductionNginx(free_port(), free_port(), upstream_port, static_root, media_root)
    yield server
    server.stop()


def tls_request(port, server_name, host, path="/healthz"):
    """GET `path` over TLS naming `server_name` in the handshake and `host` in the request."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    plain = socket.create_connection(("127.0.0.1", port), timeout=10)
    connection.sock = context.wrap_socket(plain, server_hostname=server_name)
    try:
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
class TestTheShippedSite:
    """portal.conf as installed: the portal's name over TLS, nothing for any other."""

    def test_serves_the_portal_over_tls(self, production_nginx):
        status, headers, body = tls_request(
            production_nginx.https_port, "press.example.kz", "press.example.kz"
        )
        assert (status, body) == (200, "ok\n")
        assert headers["Server"] == "nginx"  # server_tokens off

    def test_sends_plain_http_to_tls(self, production_nginx):
        connection = http.client.HTTPConnection("127.0.0.1", production_nginx.port, timeout=10)
        connection.request("GET", "/kk/", headers={"Host": "press.example.kz"})
        response = connection.getresponse()
        assert response.status == 301
        assert response.headers["Location"] == "https://press.example.kz/kk/"
        connection.close()

    def test_refuses_the_handshake_for_another_name(self, production_nginx):
        with pytest.raises(ssl.SSLError):
            tls_request(production_nginx.https_port, "evil.example", "evil.example")

    def test_answers_no_request_for_another_name(self, production_nginx):
        with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
            tls_request(production_nginx.https_port, "press.example.kz", "evil.example")
        connection = http.client.HTTPConnection("127.0.0.1", production_nginx.port, timeout=10)
        connection.request("GET", "/healthz", headers={"Host": "evil.example"})
        with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
            connection.getresponse()
        connection.close()


def test_the_production_configuration_is_valid(nginx_binary, tmp_path):
    """portal.conf with TLS, as installed (certificate and include paths replaced)."""
    certificate, key = self_signed_certificate(tmp_path)
    config = tmp_path / "nginx.conf"
    config.write_text(
        production_config(80, 443, 8000, tmp_path, tmp_path, certificate, key, tmp_path)
    )
    result = subprocess.run(
        ["nginx", "-t", "-c", str(config), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "warn" not in result.stderr


@pytest.mark.django_db(transaction=True)
class TestMicroCacheQueries:
    """nginx keeps a copy per query only for the parameters the portal's pages read."""

    def test_a_parameter_pages_read_has_its_copy(self, nginx, site):
        # The home page answers (and may be shared) whatever the parameter's value is.
        for name in sorted(known_parameters()):
            url = f"{nginx.url}/kk/?{name}=1"
            fetch(url)
            status, headers, _html = fetch(url)
            assert (status, headers["X-Micro-Cache"]) == (200, "HIT"), name

    def test_any_other_query_goes_past_it_to_the_page_cache(self, nginx, site, settings):
        settings.PAGE_CACHE_SECONDS = 600
        article = ArticlePageFactory(parent=site.news)
        url = nginx.url + article.url_in("kk")
        fetch(url)
        for query in ("?x=1", "?utm_source=telegram", "?page[]=1"):
            status, headers, _html = fetch(url + query)
            assert status == 200, query
            assert headers["X-Micro-Cache"] == "BYPASS", query
            assert headers["X-Cache"] == "HIT", query  # the portal's one copy
        # A parameter a page reads beside an unknown one, or spelt in %-escapes: the portal's
        # copy for ?page=1 of the news list, and nothing kept by nginx.
        news = nginx.url + site.news.url_in("kk")
        fetch(news + "?page=1&x=2")
        for query in ("?x=3&page=1", "?pag%65=1"):
            status, headers, _html = fetch(news + query)
            assert (status, headers["X-Micro-Cache"], headers["X-Cache"]) == (
                200,
                "BYPASS",
                "HIT",
            ), query
