"""What the load benchmarks share: gunicorn under production settings, wrk, nginx, memory."""

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "32")
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) bench"


def require(*commands):
    """Stop unless PostgreSQL and Redis are configured and the commands are installed."""
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not os.environ.get(name)]
    if missing or "postgres" not in os.environ["DATABASE_URL"]:
        sys.exit("Set DATABASE_URL (PostgreSQL) and REDIS_URL; see the docstring.")
    for command in commands:
        if not shutil.which(command):
            sys.exit(f"{command} is missing: apt-get install {command}")


def production_env(port, **overrides):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_BASE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "EMAIL_URL": os.environ.get("EMAIL_URL") or "smtp://127.0.0.1:25?tls=false",  # none sent
        "LOG_LEVEL": "WARNING",
        **{key: str(value) for key, value in overrides.items()},
    }


def collectstatic(env):
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def start_gunicorn(env, port, workers=2):
    """gunicorn as the README runs it in production, once it answers."""
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py"]
        + ["portal.wsgi"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": str(workers)},
    )
    wait_for(f"http://127.0.0.1:{port}/healthz", server)
    return server


def wait_for(url, process):
    for _ in range(150):
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (a local address)
            return
        except OSError:
            if process.poll() is not None:
                sys.exit(f"{process.args[0]} stopped before {url} answered")
            time.sleep(0.2)
    process.kill()
    sys.exit(f"{url} did not answer")


def stop(process):
    process.terminate()
    process.wait(20)


def _fields(path):
    return dict(line.split(":", 1) for line in path.read_text().splitlines() if ":" in line)


def worker_memory_mb(master_pid):
    """[(RSS, PSS, USS)] in MB of each child of `master_pid` (the gunicorn workers).

    RSS counts every page the worker can reach, shared ones (the code loaded by the master
    before the fork, libraries) in full; PSS divides a shared page among its sharers; USS is
    what the worker alone holds, the memory one more worker would cost.
    """
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if _fields(status).get("PPid", "").strip() != str(master_pid):
                continue
            memory = _fields(status.parent / "smaps_rollup")
        except OSError:
            continue

        sizes.append(
            tuple(
                sum(int(memory[name].split()[0]) for name in names) / 1024
                for names in (("Rss",), ("Pss",), ("Private_Clean", "Private_Dirty"))
            )
        )
    return sorted(sizes)


def lua_script(lines):
    """A wrk script file with the given lines (removed when the process ends)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    return script.name


def wrk(url, script=None):
    """Requests per second, p50 and p99 latency and non-2xx count of one wrk run."""
    command = ["wrk", "-t", "2", "-c", CONNECTIONS, "-d", DURATION, "--latency"]
    command += ["-s", script or lua_script([f'wrk.headers["User-Agent"] = "{USER_AGENT}"'])]
    command.append(url)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": re.search(r"^\s*50%\s+(\S+)", output, re.M).group(1),
        "p99": re.search(r"^\s*99%\s+(\S+)", output, re.M).group(1),
        "errors": int(errors.group(1)) if errors else 0,
    }


def start_nginx(port, upstream_port, static_root, media_root):
    """nginx with the shipped locations in front of the portal on `upstream_port`."""
    from tests.nginx import Nginx

    return Nginx(port, upstream_port, static_root, media_root)
