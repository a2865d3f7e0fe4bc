"""The shipped nginx configuration (deploy/nginx/), serving the portal as in production."""

import shutil
import socket
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.conftest import service_missing
from tests.factories import ArticlePageFactory
from tests.nginx import ROOT, Nginx

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
def nginx(nginx_binary, live_server, files):
    static_root, media_root = files
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
        # A copy hands no reader's cookie to the next one.
        assert headers.get_all("Set-Cookie") is None

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


def test_the_production_configuration_is_valid(nginx_binary, tmp_path):
    """portal.conf with TLS, as installed (certificate and include paths replaced)."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=press.example.kz",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
    )  # fmt: skip
    site = (ROOT / "deploy" / "nginx" / "portal.conf").read_text()
    site = site.replace(
        "/etc/letsencrypt/live/press.example.kz/fullchain.pem", f"{tmp_path}/cert.pem"
    )
    site = site.replace("/etc/letsencrypt/live/press.example.kz/privkey.pem", f"{tmp_path}/key.pem")
    site = site.replace(
        "/etc/nginx/snippets/portal-locations.conf",
        str(ROOT / "deploy" / "nginx" / "portal-locations.conf"),
    )
    site = site.replace("/var/cache/nginx/portal", str(tmp_path / "cache"))
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"pid {tmp_path}/nginx.pid;\nevents {{}}\n"
        f"http {{\ninclude /etc/nginx/mime.types;\n{site}\n}}\n"
    )
    result = subprocess.run(
        ["nginx", "-t", "-c", str(config), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
