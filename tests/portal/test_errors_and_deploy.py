import pytest
from bs4 import BeautifulSoup

from news.models import ArticlePage
from tests.factories import ArticlePageFactory
from tests.production import production_env, run


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


def manage(*args, env):
    return run(["manage.py", *args], env)


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "SITE_BASE_URL"])
def test_production_refuses_to_start_without_its_required_settings(missing):
    result = manage("check", env=production_env(**{missing: None}))
    assert result.returncode != 0
    assert missing in result.stderr
