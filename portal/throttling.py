"""Throttling of the forms that check a secret: sign-in, page passwords, password reset.

The admin's sign-in is django-axes' (settings: AXES_*), with the two pieces below: a handler
that gives the per-address lock-out its own, higher limit, and the lock-out page. Wagtail's
page-password form and the admin's password reset are counted here, per client address, in the
"default" cache (Redis in production); a client over the limit gets a 429 page in its language
and its request never reaches the view, so no password is checked and no e-mail is sent.
"""

import contextlib
import functools
import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit, get_lockout_parameters
from django.conf import settings
from django.core.cache import caches
from django.db.models import Sum
from django.shortcuts import render
from django.urls import re_path
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views import account as account_views

from .client_address import client_ip
from .counters import count_in_window


class LoginAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit of its own for each lockout parameter.

    Axes compares one number with one limit (AXES_FAILURE_LIMIT). An address alone
    ("ip_address" in AXES_LOCKOUT_PARAMETERS) gets LOGIN_FAILURE_LIMIT_PER_ADDRESS instead: its
    failures are scaled to AXES_FAILURE_LIMIT, so the lock-out comes exactly at its own limit.
    """

    def get_failures(self, request, credentials=None):
        limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        worst = 0
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            own_limit = (
                settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS if parameter == "ip_address" else limit
            )
            worst = max(worst, failures * limit // own_limit)
        return worst

    def reset_user_attempts(self, request, credentials=None):
        """After a successful sign-in: forget this account's failures from this address only.

        Axes would forget every failure from the address, so one good account would clear the
        way for guessing at the others.
        """
        parameters = get_lockout_parameters(request, credentials)
        count = 0
        for parameter, attempts in zip(
            parameters, self.filter_user_attempts(request, credentials), strict=True
        ):
            if parameter != "ip_address":
                count += attempts.delete()[0]
        return count


def _too_many(request, template, message, seconds):
    response = render(
        request,
        template,
        {"heading": _("Too many attempts"), "message": message},
        status=429,
    )
    response["Retry-After"] = str(max(1, int(seconds)))
    return response


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out editor gets instead of the sign-in form (AXES_LOCKOUT_CALLABLE)."""
    seconds = get_cool_off(request).total_seconds()
    minutes = math.ceil(seconds / 60)
    message = ngettext(
        "Signing in is paused for %(minutes)d minute after too many failed attempts. Please "
        "try again later, or ask an administrator to unlock your account.",
        "Signing in is paused for %(minutes)d minutes after too many failed attempts. Please "
        "try again later, or ask an administrator to unlock your account.",
        minutes,
    ) % {"minutes": minutes}
    # The admin's sign-in, or Wagtail's sign-in for pages restricted to logged-in users.
    admin = request.path_info.startswith("/admin/")
    template = "portal/admin_too_many_attempts.html" if admin else "portal/too_many_attempts.html"
    return _too_many(request, template, message, seconds)


def _client_key(request, scope):
    # A keyed hash: the cache never holds the address itself, and keys cannot be guessed.
    digest = salted_hmac("portal.throttling", client_ip(request), algorithm="sha256").hexdigest()
    return f"throttle:{scope}:{digest}"


def _count(key, window):
    """Add one to the client's count in this window; the window starts at its first attempt."""
    # None: the cache is down, and counting is off.
    return count_in_window(caches["default"], key, window) or 0


def throttled(scope, setting, *, template, message, succeeded=None):
    """Wrap a view so a client gets `attempts` POSTs per `seconds` (settings[setting]).

    Each POST is counted before the view runs, so parallel requests cannot slip past the limit;
    `succeeded(response)` gives the attempt back (a right password is not held against anyone).
    Over the limit the client gets `template` with `message(minutes)`, status 429.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            attempts, window = getattr(settings, setting)
            key = _client_key(request, scope)
            if _count(key, window) > attempts:
                return _too_many(request, template, message(math.ceil(window / 60)), window)
            response = view(request, *args, **kwargs)
            if succeeded is not None and succeeded(response):
                with contextlib.suppress(ValueError):  # the window ended meanwhile
                    caches["default"].decr(key)
            return response

        return wrapper

    return decorator


def _redirected(response):
    return response.status_code in (301, 302, 303)


# Wagtail's password forms of pages (PageViewRestriction) and of documents' collections
# (CollectionViewRestriction): a right password redirects to what it opens. One count for both.
throttle_password_form = throttled(
    "page-password",
    "PAGE_PASSWORD_THROTTLE",
    template="portal/too_many_attempts.html",
    message=lambda minutes: (
        ngettext(
            "A wrong password was entered too many times from your network. Please try again in "
            "%(minutes)d minute.",
            "A wrong password was entered too many times from your network. Please try again in "
            "%(minutes)d minutes.",
            minutes,
        )
        % {"minutes": minutes}
    ),
    succeeded=_redirected,
)
PASSWORD_FORMS = (
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
)

# The admin's "Forgotten password?" form: every request counts, each may send an e-mail.
password_reset = throttled(
    "password-reset",
    "PASSWORD_RESET_THROTTLE",
    template="portal/admin_too_many_attempts.html",
    message=lambda minutes: (
        ngettext(
            "Too many password reset requests came from your network. Please try again in "
            "%(minutes)d minute.",
            "Too many password reset requests came from your network. Please try again in "
            "%(minutes)d minutes.",
            minutes,
        )
        % {"minutes": minutes}
    ),
)(account_views.PasswordResetView.as_view())


def password_form_patterns(urlpatterns):
    """Wagtail's password forms among `urlpatterns` (wagtail.urls, wagtail.documents.urls),
    each view throttled. Listed before Wagtail's own patterns, they answer the same addresses.
    """
    # The compiled pattern, as portal/urls.py wraps Wagtail's page view: one form for both
    # kinds of pattern.
    return [
        re_path(pattern.pattern.regex.pattern, throttle_password_form(pattern.callback))
        for pattern in urlpatterns
        if getattr(pattern, "name", None) in PASSWORD_FORMS
    ]
