"""Browser tests: the public pages in Debian's Chromium (/usr/bin/chromium), driven by
Playwright, checked by axe-core and by the keyboard.

One browser and one live server serve every test of this folder, and the content is built once
(tests/browser/content.py), committed so that the live server's threads can read it, and the
database is put back as it was afterwards. Without Chromium the tests are skipped, or fail under
--require-services (CI). Playwright never downloads a browser here.
"""

import json
import logging
import os

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections

from tests.chromium import CHROMIUM, LAUNCH_ARGS
from tests.conftest import service_missing

from .content import build_content
from .support import EDITOR_PASSWORD, MODES, PHONE, Visit


@pytest.fixture(scope="package")
def browser(request):
    """Debian's Chromium, one for the whole package."""
    if not os.access(CHROMIUM, os.X_OK):
        service_missing(
            request,
            f"{CHROMIUM} is not installed: the browser tests need Debian's chromium package "
            "(apt-get install chromium)",
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        service_missing(request, "Playwright is not installed: pip install -r requirements-dev.txt")
    # Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM
    # calls under a running loop unless told the code is synchronous (it is).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()
    finally:
        # While Playwright runs, this thread's database connections are other objects than
        # before it (asgiref's Local sees the running loop): close them before it stops, or
        # one stays open and keeps the test database from being dropped.
        connections.close_all()
        playwright.stop()
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def live_url(browser, django_db_setup):
    """A live server of our own: pytest-django's `live_server` would empty the database after
    every test, and the content is built once."""
    from pytest_django.live_server_helper import LiveServer

    # Each request closes its database connection when it ends: a connection kept open by a
    # server thread would keep the test database from being dropped at the end.
    settings_dict = connection.settings_dict  # the dict every thread's connection is made from
    max_age = settings_dict["CONN_MAX_AGE"]
    settings_dict["CONN_MAX_AGE"] = 0
    server = LiveServer("127.0.0.1")  # port 0: the system picks a free one
    yield server.url
    server.stop()
    settings_dict["CONN_MAX_AGE"] = max_age


@pytest.fixture(scope="package")
def server_errors():
    """The live server's unhandled exceptions, so that a failing test can tell them."""
    errors = ServerErrors()
    logger = logging.getLogger("django.request")
    logger.addHandler(errors)
    yield errors.records
    logger.removeHandler(errors)


class ServerErrors(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(logging.Formatter().format(record))


@pytest.fixture(scope="package")
def content(live_url, django_db_blocker):
    """The pages, committed; afterwards the database is restored to its state before them."""
    name = str(connection.settings_dict["NAME"])
    if not name.startswith("test_") and "memorydb" not in name:
        pytest.fail(f"not a test database ({name}): mark browser test modules django_db")
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        try:
            yield build_content()
        finally:
            # As TransactionTestCase does; sequences go on counting, past the restored rows.
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture
def visit(browser, live_url, content, server_errors):
    """Open a reader's browser context: `visit(mode="normal", viewport=PHONE)`."""
    contexts = []

    def open_context(mode="normal", viewport=None):
        settings = MODES[mode] if isinstance(mode, str) else mode
        storage = {"cookies": [], "origins": []}
        if settings:
            storage["origins"].append(
                {
                    "origin": live_url,
                    "localStorage": [{"name": "lowVision", "value": json.dumps(settings)}],
                }
            )
        context = browser.new_context(
            viewport=viewport or PHONE,
            storage_state=storage,
            reduced_motion="reduce",  # no smooth scrolling between a key press and a check
        )
        contexts.append(context)
        return Visit(context, live_url, server_errors)

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def editor(content, django_db_blocker):
    """A superuser, committed (the live server reads it from its own thread); a new account,
    so its admin is in Kazakh. Sign in with `Visit.sign_in(EDITOR_PASSWORD)`."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser(
            "browser-editor", "browser-editor@example.kz", EDITOR_PASSWORD
        )
    yield user
    with django_db_blocker.unblock():
        user.delete()
