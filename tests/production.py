"""The production settings in a process of their own, with an environment the test controls."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def production_env(**overrides):
    """Only what production needs, nothing from the test run; None removes a variable."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "press.example.kz",
        "SITE_BASE_URL": "https://press.example.kz",
        "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "EMAIL_URL": "smtp://portal%40press.example.kz:p%40ss@mail.example.kz:587",
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run(arguments, env):
    """Run Python with `arguments` (["-c", code] or ["manage.py", ...]) in the checkout."""
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
