from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import BadRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware without Accept-Language guessing.

    The language of a public page comes from its URL prefix. Elsewhere (the redirect from "/", an
    address typed without a prefix) it is the reader's last language, kept in a cookie, else
    Kazakh. Serving a prefixed page remembers its language in that cookie.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info)
        if not language:
            language = self.language_from_cookie(request) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    @staticmethod
    def language_from_cookie(request):
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        return code if code in dict(settings.LANGUAGES) else None

    # Addresses outside the language prefixes: a 404 there is final, not a reason to try /kk/...
    UNPREFIXED = ("/admin/", "/documents/", "/static/", "/media/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        response = super().process_response(request, response)
        language = translation.get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and self.language_from_cookie(request) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
                httponly=False,
            )
        return response


class MalformedRequestMiddleware:
    """A 400, in the reader's language, for addresses no link of the portal makes: a NUL
    character in the path or the query string (PostgreSQL refuses it in any text it is given,
    so a filter or a search would fail deep inside a query)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw = request.META.get("QUERY_STRING", "").encode("latin-1", "replace")
        if b"\x00" in unquote_to_bytes(raw) or "\x00" in request.path_info:
            raise BadRequest("NUL character in the address")
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """The headers Django's SecurityMiddleware does not set: no powerful browser feature for
    any page, and the portal's responses for the portal's own pages only (CORP)."""

    PERMISSIONS_POLICY = ", ".join(
        f"{feature}=()"
        for feature in (
            "accelerometer", "camera", "display-capture", "geolocation", "gyroscope",
            "magnetometer", "microphone", "payment", "usb", "interest-cohort",
        )
    )  # fmt: skip

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
