"""nginx with the shipped configuration (deploy/nginx/) in front of a portal: for the tests of
that configuration and for bench/site_speed.py.

`Nginx` serves the shipped locations (portal-locations.conf) over plain HTTP on one port, in an
http block of its own that declares what portal.conf declares for them; `ProductionNginx` runs
portal.conf itself, TLS included, on free ports."""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy" / "nginx"
LOCATIONS = DEPLOY / "portal-locations.conf"
SITE = DEPLOY / "portal.conf"


def locations(static_root, media_root):
    text = LOCATIONS.read_text()
    text = text.replace("/srv/portal/staticfiles/", f"{static_root}/")
    return text.replace("/srv/portal/media/", f"{media_root}/")


def shipped_http_directives():
    """The request limit zones and server_tokens of portal.conf, as shipped (each is one line
    there): the locations need the zones, and the tests must run with the shipped rates."""
    return "\n".join(
        line
        for line in SITE.read_text().splitlines()
        if re.match(r"(limit_req_zone|server_tokens)\s", line)
    )


def http_preamble(folder):
    """The main context and the start of the http block, with every file under `folder`."""
    # A root master would run the workers as "nobody", who may not read this checkout.
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""
{user}
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
"""


def nginx_config(port, upstream_port, static_root, media_root, folder):
    """An nginx.conf serving the shipped locations on `port` over plain HTTP for the names
    127.0.0.1 and localhost; the zones and the upstream that portal.conf declares are declared
    the same way, and so is its default server, which answers no other name."""
    return f"""{http_preamble(folder)}
    proxy_cache_path {folder}/pages levels=1:2 keys_zone=portal_pages:20m max_size=100m
                     inactive=10m use_temp_path=off;
{shipped_http_directives()}
    upstream portal_app {{
        server 127.0.0.1:{upstream_port};
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port} default_server;
        server_name _;
        return 444;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1 localhost;
{locations(static_root, media_root)}
    }}
}}
"""


def production_config(
    http_port, https_port, upstream_port, static_root, media_root, certificate, key, folder
):
    """portal.conf as installed, with its ports, paths and certificate replaced; IPv4 only."""
    (folder / "portal-locations.conf").write_text(locations(static_root, media_root))
    site = SITE.read_text()
    site = "\n".join(line for line in site.splitlines() if "listen [::]:" not in line)
    site = re.sub(r"listen 80\b", f"listen 127.0.0.1:{http_port}", site)
    site = re.sub(r"listen 443\b", f"listen 127.0.0.1:{https_port}", site)
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};")
    site = site.replace("/etc/letsencrypt/live/press.example.kz/fullchain.pem", str(certificate))
    site = site.replace("/etc/letsencrypt/live/press.example.kz/privkey.pem", str(key))
    site = site.replace(
        "/etc/nginx/snippets/portal-locations.conf", str(folder / "portal-locations.conf")
    )
    site = site.replace("/var/cache/nginx/portal", str(folder / "pages"))
    return f"{http_preamble(folder)}\n{site}\n}}\n"


def self_signed_certificate(folder, name="press.example.kz"):
    """A certificate and key for `name`, valid for a day; returns their paths."""
    certificate, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return certificate, key


class Nginx:
    """A running nginx with the shipped locations on `port`; `stop()` ends it and removes its
    folder."""

    def __init__(self, port, upstream_port, static_root, media_root):
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
        self.url = f"http://127.0.0.1:{port}"
        self.start(nginx_config(port, upstream_port, static_root, media_root, self.folder))

    def start(self, config_text):
        config = self.folder / "nginx.conf"
        config.write_text(config_text)
        self.process = subprocess.Popen(
            ["nginx", "-c", str(config), "-e", str(self.folder / "error.log")],
            stderr=subprocess.PIPE,
        )
        for _ in range(100):
            try:
                self.probe()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"nginx did not answer on port {self.port}")

    def probe(self):
        urllib.request.urlopen(f"{self.url}/healthz", timeout=2)  # noqa: S310

    def stop(self):
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)


class ProductionNginx(Nginx):
    """portal.conf itself (TLS, default servers, redirect) on `http_port` and `https_port`."""

    def __init__(self, http_port, https_port, upstream_port, static_root, media_root):
        self.port, self.https_port = http_port, https_port
        self.folder = Path(tempfile.mkdtemp(prefix="portal-nginx-tls-"))
        certificate, key = self_signed_certificate(self.folder)
        self.start(
            production_config(
                http_port,
                https_port,
                upstream_port,
                static_root,
                media_root,
                certificate,
                key,
                self.folder,
            )  # fmt: skip
        )

    def probe(self):
        # The default server answers nothing, so: does the TLS port take connections?
        socket.create_connection(("127.0.0.1", self.https_port), timeout=2).close()
