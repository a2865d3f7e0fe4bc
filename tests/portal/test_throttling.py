"""Throttling of the admin's sign-in, Wagtail's page-password form and the password reset."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.base_user import AbstractBaseUser
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import StandardPageFactory

EDITOR_ADDRESS = "203.0.113.5"
OTHER_ADDRESS = "198.51.100.7"
RIGHT = "the-right-password"


def from_address(address, **extra):
    """Request headers as our nginx sends them: the client's address last in X-Forwarded-For."""
    return {"HTTP_X_FORWARDED_FOR": address, **extra}


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.kz", RIGHT)


@pytest.fixture
def english_admin(client):
    client.cookies["portal_language"] = "en"
    return client


@pytest.fixture
def password_checks(monkeypatch):
    """How many times a user's password was checked."""
    calls = []
    original = AbstractBaseUser.check_password

    def counting(user, raw_password):
        calls.append(user.get_username())
        return original(user, raw_password)

    monkeypatch.setattr(AbstractBaseUser, "check_password", counting)
    return calls


def sign_in(client, username, password, address=EDITOR_ADDRESS):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        **from_address(address),
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def later(minutes):
    """The failures recorded so far happened `minutes` earlier (the clock moved on)."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=minutes))


@pytest.mark.django_db
class TestAdminSignIn:
    def test_the_fifth_wrong_password_locks_the_account_out_for_its_client(
        self, english_admin, editor, password_checks
    ):
        client = english_admin
        for _ in range(4):
            assert sign_in(client, "editor", "wrong").status_code == 200
        locked = sign_in(client, "editor", "wrong")
        assert locked.status_code == 429
        assert locked["Retry-After"] == str(15 * 60)

        checks_before = len(password_checks)
        assert checks_before == 5  # the five wrong ones were checked; the fifth locked it
        response = sign_in(client, "editor", RIGHT)
        assert response.status_code == 429
        assert not signed_in(client)
        assert len(password_checks) == checks_before  # refused before any password is hashed
        text = response.content.decode()
        assert "Too many attempts" in text
        assert "Signing in is paused for 15 minutes after too many failed attempts." in text

    def test_the_lock_out_ends_after_its_cool_off(self, client, editor):
        for _ in range(5):
            sign_in(client, "editor", "wrong")
        later(minutes=14)
        assert sign_in(client, "editor", RIGHT).status_code == 429  # and the cool-off restarts
        later(minutes=14)
        assert sign_in(client, "editor", RIGHT).status_code == 429
        later(minutes=16)
        response = sign_in(client, "editor", RIGHT)
        assert response.status_code == 302
        assert signed_in(client)

    def test_an_administrator_can_lift_a_lock_out(self, client, editor):
        for _ in range(5):
            sign_in(client, "editor", "wrong")
        call_command("axes_reset_username", "editor")
        assert sign_in(client, "editor", RIGHT).status_code == 302

    def test_other_accounts_and_other_clients_are_unaffected(
        self, client, editor, django_user_model
    ):
        django_user_model.objects.create_superuser("writer", "writer@example.kz", "writer-pass")
        for _ in range(5):
            sign_in(client, "editor", "wrong")
        assert sign_in(client, "writer", "writer-pass", address=OTHER_ADDRESS).status_code == 302
        client.logout()
        # An attacker elsewhere cannot lock the editor out of their own desk, and the other way.
        assert sign_in(client, "editor", RIGHT, address=OTHER_ADDRESS).status_code == 302
        client.logout()
        assert sign_in(client, "writer", "writer-pass").status_code == 302

    def test_a_client_guessing_at_many_accounts_is_locked_out_after_twenty_failures(
        self, client, editor
    ):
        for number in range(19):
            assert sign_in(client, f"guess{number}", "wrong").status_code == 200
        assert sign_in(client, "guess19", "wrong").status_code == 429
        assert sign_in(client, "editor", RIGHT).status_code == 429
        assert sign_in(client, "editor", RIGHT, address=OTHER_ADDRESS).status_code == 302

    def test_signing_in_forgives_the_editors_own_typos_only(self, client, editor):
        for number in range(12):
            sign_in(client, f"guess{number}", "wrong")
        for _ in range(4):
            sign_in(client, "editor", "wrong")
        assert sign_in(client, "editor", RIGHT).status_code == 302
        client.logout()
        # The editor starts again from zero...
        for _ in range(3):
            assert sign_in(client, "editor", "wrong").status_code == 200
        # ...but the address keeps the 12 guesses at other accounts: 12 + 3 + 4 = 19, then 20.
        for _ in range(4):
            assert sign_in(client, "someone", "wrong").status_code == 200
        assert sign_in(client, "someone", "wrong").status_code == 429

    def test_the_sign_in_of_restricted_pages_is_locked_out_too(self, client, editor):
        with translation.override("en"):
            url = reverse("wagtailcore_login")
        for _ in range(4):
            response = client.post(url, {"username": "editor", "password": "wrong"})
            assert response.status_code == 200
        response = client.post(url, {"username": "editor", "password": "wrong"})
        assert response.status_code == 429
        text = response.content.decode()
        assert '<html lang="en">' in text  # the reader's page, not the admin's
        assert "Signing in is paused for 15 minutes" in text

    def test_a_forged_x_forwarded_for_does_not_give_a_new_address(self, client, editor):
        for number in range(5):
            sign_in(client, "editor", "wrong", address=f"10.0.0.{number}, {EDITOR_ADDRESS}")
        response = sign_in(client, "editor", RIGHT, address=f"10.9.9.9, {EDITOR_ADDRESS}")
        assert response.status_code == 429


@pytest.fixture
def private_page(site):
    page = StandardPageFactory(parent=site.home, title_kk="Жабық бет", title_en="Closed page")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, restriction


def enter_page_password(client, page, restriction, password, address=EDITOR_ADDRESS, **extra):
    with translation.override("en"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        return_url = page.url_in("en")
    return client.post(
        url, {"password": password, "return_url": return_url}, **from_address(address, **extra)
    )


@pytest.mark.django_db
class TestPagePassword:
    def test_a_right_password_opens_the_page(self, client, private_page):
        response = enter_page_password(client, *private_page, "open-sesame")
        assert response.status_code == 302

    def test_after_ten_wrong_passwords_the_client_is_refused(self, client, private_page):
        for _ in range(10):
            assert enter_page_password(client, *private_page, "wrong").status_code == 200
        response = enter_page_password(client, *private_page, "open-sesame")
        assert response.status_code == 429
        assert "Retry-After" in response
        text = response.content.decode()
        assert '<html lang="en">' in text
        assert "A wrong password was entered too many times from your network." in text
        assert "Please try again in 15 minutes." in text
        # Another reader opens the page.
        other = enter_page_password(client, *private_page, "open-sesame", address=OTHER_ADDRESS)
        assert other.status_code == 302

    def test_right_passwords_are_not_counted(self, client, private_page):
        for _ in range(12):
            assert enter_page_password(client, *private_page, "open-sesame").status_code == 302
        assert enter_page_password(client, *private_page, "wrong").status_code == 200

    def test_a_forged_x_forwarded_for_does_not_give_a_new_address(self, client, private_page):
        for number in range(10):
            forged = f"10.0.0.{number}, {EDITOR_ADDRESS}"
            enter_page_password(client, *private_page, "wrong", address=forged)
        response = enter_page_password(
            client, *private_page, "open-sesame", address=f"10.9.9.9, {EDITOR_ADDRESS}"
        )
        assert response.status_code == 429

    def test_the_header_counts_only_from_a_trusted_proxy(self, client, private_page):
        for number in range(10):
            forged = f"10.0.0.{number}"
            enter_page_password(client, *private_page, "wrong", forged, REMOTE_ADDR="192.0.2.1")
        response = enter_page_password(
            client, *private_page, "open-sesame", address="10.9.9.9", REMOTE_ADDR="192.0.2.1"
        )
        assert response.status_code == 429


@pytest.mark.django_db
def test_the_password_form_of_documents_is_throttled_with_the_pages_one(client, private_page):
    collection = Collection.get_first_root_node().add_child(name="Closed documents")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="open-sesame"
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])

    def enter(password, address=EDITOR_ADDRESS):
        data = {"password": password, "return_url": "/documents/"}
        return client.post(url, data, **from_address(address))

    assert enter("open-sesame").status_code == 302
    for _ in range(5):
        assert enter("wrong").status_code == 200
    for _ in range(5):
        assert enter_page_password(client, *private_page, "wrong").status_code == 200
    assert enter("open-sesame").status_code == 429
    assert enter("open-sesame", address=OTHER_ADDRESS).status_code == 302


@pytest.mark.django_db
class TestPasswordReset:
    def request_reset(self, client, address=EDITOR_ADDRESS):
        return client.post(
            reverse("wagtailadmin_password_reset"),
            {"email": "editor@example.kz"},
            **from_address(address),
        )

    def test_five_requests_an_hour_then_429_and_no_mail(self, english_admin, editor):
        client = english_admin
        for _ in range(5):
            assert self.request_reset(client).status_code == 302
        assert len(mail.outbox) == 5
        response = self.request_reset(client)
        assert response.status_code == 429
        assert response["Retry-After"] == str(60 * 60)
        assert len(mail.outbox) == 5
        assert "Too many password reset requests came from your network." in (
            response.content.decode()
        )
        assert self.request_reset(client, address=OTHER_ADDRESS).status_code == 302
        assert len(mail.outbox) == 6

    def test_the_form_itself_is_always_shown(self, client, editor):
        for _ in range(6):
            self.request_reset(client)
        response = client.get(
            reverse("wagtailadmin_password_reset"), **from_address(EDITOR_ADDRESS)
        )
        assert response.status_code == 200


@pytest.mark.django_db
def test_the_cache_never_holds_a_client_address_in_clear(client, private_page, redis_url):
    cache = caches["default"]
    if not hasattr(cache, "keys"):
        pytest.skip("the default cache is not Redis")
    enter_page_password(client, *private_page, "wrong")
    keys = cache.keys("throttle:*")
    assert keys
    assert not any(EDITOR_ADDRESS in key for key in keys)
