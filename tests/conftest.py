"""Fixtures for the whole suite.

With DATABASE_URL and REDIS_URL set the suite runs on PostgreSQL and Redis; without them on
SQLite, and the tests that need Redis are skipped with the reason printed. `--require-services`
(used by CI) turns those skips into failures.
"""

import os
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal.models import PressServiceSettings
from portal.redis import breaker
from tests.factories import HomePageFactory, NewsIndexPageFactory


def pytest_addoption(parser):
    parser.addoption(
        "--require-services",
        action="store_true",
        default=False,
        help="Fail, rather than skip, when PostgreSQL or Redis is not configured or not reachable.",
    )


def pytest_configure(config):
    if config.getoption("--require-services"):
        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            raise pytest.UsageError(
                "--require-services: DATABASE_URL must point at PostgreSQL "
                f"(the suite would run on {engine})."
            )


def service_missing(request, reason):
    if request.config.getoption("--require-services"):
        pytest.fail(f"{reason} (--require-services turns this skip into a failure)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def fresh_caches():
    """Empty caches for each test: rolled-back rows must not live on as cached renditions."""
    for alias in settings.CACHES:
        cache = caches[alias]
        if hasattr(cache, "delete_pattern"):
            cache.delete_pattern("*")  # only this process's keys (KEY_PREFIX), not the server's
        else:
            cache.clear()


@pytest.fixture(autouse=True)
def redis_breaker_closed():
    """Each test starts with Redis trusted: a test that made it fail leaves no open breaker."""
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's language: a request leaves its own language active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def redis_url(request):
    """The Redis server of REDIS_URL, checked to answer; skips the test without one."""
    url = os.environ.get("REDIS_URL")
    if not url:
        service_missing(request, "REDIS_URL is not set: this test needs a Redis server")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        service_missing(request, f"Redis at REDIS_URL does not answer: {error}")
    return url


@pytest.fixture
def postgres(request):
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        service_missing(
            request, "DATABASE_URL is not PostgreSQL: this test needs a shared database"
        )


@pytest.fixture
def site(db):
    """A site tree: home page, news index, press-service settings."""
    return make_site()


def make_site():
    """The site tree of the `site` fixture (also built, committed, by tests/browser)."""
    root = Page.get_first_root_node()
    if root is None:  # a transactional test before this one emptied every table
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title_kk="Root", slug="root"))
    # Wagtail's migrations leave a "Welcome" page and a site pointing at it.
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    wagtail_site = Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True
    )
    news = NewsIndexPageFactory(parent=home)
    PressServiceSettings.objects.create(
        site=wagtail_site,
        name_kk="Түркістан облысы әкімінің баспасөз қызметі",
        name_ru="Пресс-служба акима Туркестанской области",
        name_en="Press service of the akim of Turkestan region",
        description_kk="Түркістан облысы әкімдігінің жаңалықтары: сапарлар мен келісімдер.",
        description_ru="Новости акимата Туркестанской области: визиты и соглашения.",
        description_en="News of the akimat of Turkestan region: visits and agreements.",
        telegram_url_kk="https://t.me/example_kk",
        telegram_url_ru="https://t.me/example_ru",
        instagram_url_kk="https://www.instagram.com/example/",
    )
    return SimpleNamespace(home=home, news=news, site=wagtail_site)


@pytest.fixture
def start_worker(redis_url, postgres, transactional_db, settings):
    """Start real Celery worker processes on the test database; each is stopped afterwards."""
    import subprocess
    import sys

    from django.db import connection

    from portal.celery import app as celery_app

    celery_app.control.purge()
    db = connection.settings_dict
    database_url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    processes = []

    def start(**env_overrides):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "VIEW_COUNT_KEY_PREFIX": settings.VIEW_COUNT_KEY_PREFIX,
            "SOCIAL_KEY_PREFIX": settings.SOCIAL_KEY_PREFIX,
            **{key: str(value) for key, value in env_overrides.items()},
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=WARNING"],
            env=env,
            cwd=settings.BASE_DIR,
        )  # fmt: skip
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=20)
