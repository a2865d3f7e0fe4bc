"""Production start-up refuses hazardous configurations; one default settings module for all."""

import json
import os
import secrets

import pytest
from django.core.checks import Tags, run_checks
from django.test import override_settings

from tests.production import production_env, run

SETUP = "import django; django.setup()"
# Prints the e-mail settings once Django has started.
SHOW_EMAIL = SETUP + (
    "; from django.conf import settings as s; import json; print(json.dumps({k: getattr(s, k)"
    " for k in ('EMAIL_BACKEND', 'EMAIL_HOST', 'EMAIL_PORT', 'EMAIL_HOST_USER',"
    " 'EMAIL_HOST_PASSWORD', 'EMAIL_USE_TLS', 'EMAIL_USE_SSL', 'DEFAULT_FROM_EMAIL',"
    " 'SERVER_EMAIL')}))"
)


def python(code, env):
    return run(["-c", code], env)


def test_a_complete_environment_starts():
    result = python(SHOW_EMAIL, production_env())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.kz",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "portal@press.example.kz",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "DEFAULT_FROM_EMAIL": "noreply@press.example.kz",
        "SERVER_EMAIL": "noreply@press.example.kz",
    }


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short-but-random-Zq81"}, "SECRET_KEY is too weak"),
        ({"SECRET_KEY": "abcd" * 20}, "SECRET_KEY is too weak"),  # 4 distinct characters
        ({"SECRET_KEY": "django-insecure-" + "x1y2z3" * 10}, "SECRET_KEY is too weak"),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS must be set"),
        ({"DATABASE_URL": None}, "DATABASE_URL must be set"),
        ({"REDIS_URL": None}, "REDIS_URL must be set"),
        ({"REDIS_URL": ""}, "REDIS_URL must be set"),
        ({"SITE_BASE_URL": None}, "SITE_BASE_URL must be set"),
        ({"EMAIL_URL": None}, "EMAIL_URL (e.g. smtp://"),
        ({"EMAIL_URL": "mail.example.kz"}, "EMAIL_URL must look like smtp://"),
        (
            {"EMAIL_URL": None, "EMAIL_HOST": "mail.example.kz", "EMAIL_USE_TLS": "true",
             "EMAIL_USE_SSL": "true"},
            "EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on",
        ),
    ],
)  # fmt: skip
def test_production_stops_with_a_clear_message(overrides, message):
    result = python(SETUP, production_env(**overrides))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_a_strong_key_of_exactly_fifty_characters_is_accepted():
    result = python(SETUP, production_env(SECRET_KEY=secrets.token_hex(25)))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {"EMAIL_URL": "smtps://robot:pw@mail.example.kz"},
            {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True, "EMAIL_USE_TLS": False},
        ),
        (
            {"EMAIL_URL": "smtp://127.0.0.1:25?tls=false"},
            {"EMAIL_PORT": 25, "EMAIL_USE_SSL": False, "EMAIL_USE_TLS": False},
        ),
        (
            {"EMAIL_URL": None, "EMAIL_HOST": "mail.example.kz", "EMAIL_HOST_USER": "robot",
             "EMAIL_HOST_PASSWORD": "pw", "DEFAULT_FROM_EMAIL": "press@example.kz",
             "EMAIL_PORT": "", "EMAIL_USE_TLS": "", "EMAIL_USE_SSL": ""},  # as in .env.example
            {"EMAIL_HOST": "mail.example.kz", "EMAIL_PORT": 587, "EMAIL_USE_TLS": True,
             "EMAIL_HOST_USER": "robot", "DEFAULT_FROM_EMAIL": "press@example.kz",
             "SERVER_EMAIL": "press@example.kz"},
        ),
    ],
)  # fmt: skip
def test_mail_server_settings(overrides, expected):
    result = python(SHOW_EMAIL, production_env(**overrides))
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert {key: shown[key] for key in expected} == expected


@pytest.mark.parametrize(
    "code",
    [
        "from portal.celery import app; app.conf.broker_url",  # as `celery -A portal worker`
        "import portal.wsgi",
        "import runpy, sys; sys.argv = ['manage.py', 'check']; runpy.run_path('manage.py', "
        "run_name='__main__')",
    ],
)
def test_every_entry_point_defaults_to_the_production_settings(code):
    """Started without DJANGO_SETTINGS_MODULE, nothing runs with DEBUG on and a known key."""
    result = python(code, {"PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def page_cache_errors():
    return [
        message.id
        for message in run_checks(tags=[Tags.caches])
        if message.id and message.id.startswith("portal.")
    ]


LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DUMMY = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
REDIS = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://x/0"}}


class TestPageCacheCheck:
    @pytest.mark.parametrize("caches", [LOCAL, DUMMY])
    @pytest.mark.parametrize(
        ("page", "data"), [(600, 0), (0, 3600), (600, 3600)], ids=["page", "data", "both"]
    )
    def test_a_per_process_cache_fails_without_debug(self, caches, page, data):
        with override_settings(
            DEBUG=False, CACHES=caches, PAGE_CACHE_SECONDS=page, PAGE_DATA_CACHE_SECONDS=data
        ):
            assert page_cache_errors() == ["portal.E001"]

    @pytest.mark.parametrize(
        "overrides",
        [
            {"DEBUG": True, "CACHES": LOCAL},  # make run: one runserver process
            {"DEBUG": False, "CACHES": REDIS},
            {"DEBUG": False, "CACHES": LOCAL, "PAGE_CACHE_SECONDS": 0},
        ],
        ids=["debug", "redis", "caches-off"],
    )
    def test_passes(self, overrides):
        values = {"PAGE_CACHE_SECONDS": 600, "PAGE_DATA_CACHE_SECONDS": 0, **overrides}
        with override_settings(**values):
            assert page_cache_errors() == []
