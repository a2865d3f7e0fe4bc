"""The shipped gunicorn configuration (deploy/gunicorn.conf.py), started as in production."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

from tests.nginx import ROOT


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_request_is_logged_without_its_query(tmp_path):
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    log = (tmp_path / "stdout").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/healthz?q=secret-words",
            headers={"X-Forwarded-For": "203.0.113.7", "User-Agent": "reader-agent"},
        )
        for _ in range(300):
            try:
                with urllib.request.urlopen(request, timeout=2) as response:
                    assert response.status == 200
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "stdout").read_text()
                time.sleep(0.1)
        else:
            raise AssertionError("gunicorn did not answer")
    finally:
        server.terminate()
        server.wait(20)
        log.close()
    lines = [line for line in (tmp_path / "stdout").read_text().splitlines() if "/healthz" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("203.0.113.7 ")
    assert '"GET /healthz" 200' in lines[0]
    assert "reader-agent" in lines[0]
    assert "secret-words" not in lines[0]
