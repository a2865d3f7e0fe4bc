"""nginx with the shipped locations (deploy/nginx/portal-locations.conf) in front of a portal:
for the tests of that configuration and for bench/site_speed.py."""

import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCATIONS = ROOT / "deploy" / "nginx" / "portal-locations.conf"


def nginx_config(port, upstream_port, static_root, media_root, folder):
    """An nginx.conf serving the shipped locations on `port` over plain HTTP; the zone and the
    upstream that portal.conf declares are declared the same way."""
    locations = LOCATIONS.read_text()
    locations = locations.replace("/srv/portal/staticfiles/", f"{static_root}/")
    locations = locations.replace("/srv/portal/media/", f"{media_root}/")
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
    proxy_cache_path {folder}/pages levels=1:2 keys_zone=portal_pages:20m max_size=100m
                     inactive=10m use_temp_path=off;
    upstream portal_app {{
        server 127.0.0.1:{upstream_port};
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1;
{locations}
    }}
}}
"""


class Nginx:
    """A running nginx; `stop()` ends it and removes its folder."""

    def __init__(self, port, upstream_port, static_root, media_root):
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
        config = self.folder / "nginx.conf"
        config.write_text(nginx_config(port, upstream_port, static_root, media_root, self.folder))
        self.process = subprocess.Popen(
            ["nginx", "-c", str(config), "-e", str(self.folder / "error.log")],
            stderr=subprocess.PIPE,
        )
        self.url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=2)  # noqa: S310
                return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"nginx did not answer on {self.url}")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)
