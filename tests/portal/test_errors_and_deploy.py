import os
import secrets
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from news.models import ArticlePage
from tests.factories import ArticlePageFactory


@pytest.mark.django_db
def test_a_server_error_gets_the_500_page_in_the_readers_language(client, site, monkeypatch):
    article = ArticlePageFactory(parent=site.news)

    def broken(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(ArticlePage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get(article.url_in("ru"))
    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "ru"
    assert html.h1.text == "Ошибка сервера"
    assert html.find("a")["href"] == "/ru/"


def production_env(**overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="press.example.kz",
        SITE_BASE_URL="https://press.example.kz",
        DATABASE_URL="postgres://portal@127.0.0.1:5432/portal",
        REDIS_URL="redis://127.0.0.1:6379/0",
        EMAIL_URL="smtp://portal:secret@mail.example.kz:587",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "SITE_BASE_URL"])
def test_production_refuses_to_start_without_its_required_settings(missing):
    result = manage("check", env=production_env(**{missing: None}))
    assert result.returncode != 0
    assert missing in result.stderr
