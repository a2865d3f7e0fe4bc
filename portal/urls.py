from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cooperation.api import api_router
from news import views as news_views
from news.feeds import news_feed
from portal import routing, search_views, sitemaps, throttling
from portal import views as portal_views

urlpatterns = [
    # Outside the language prefixes: one sitemap and one robots.txt for all languages.
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("favicon.ico", portal_views.favicon, name="favicon"),
    path("healthz", portal_views.health, name="health"),
    # Before Wagtail's admin: its password reset, throttled per client (portal/throttling.py).
    path("admin/password_reset/", throttling.password_reset),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own: its documents' password form, throttled (portal/throttling.py).
    path("documents/", include(throttling.password_form_patterns(wagtaildocs_urls.urlpatterns))),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages always carry their language: /kk/..., /ru/..., /en/...; "/" redirects to the
# reader's last language (portal.middleware.LanguageMiddleware).
urlpatterns += i18n_patterns(
    path("-/views/<str:page_id>/", news_views.count_view, name="count_view"),
    path("-/views/<str:page_id>/pixel.gif", news_views.count_view_pixel, name="count_view_pixel"),
    # The read-only JSON API (cooperation/api.py), in the language of its prefix.
    path("api/v2/", api_router.urls),
    # RSS 2.0 of the news in the language of its prefix; ?tag= and ?region= as on the news index.
    path("feed/", news_feed, name="news_feed"),
    # The site search (portal/search_views.py), in the language of its prefix.
    path("search/", search_views.search, name="search"),
    # Before Wagtail's own: its page-password form, throttled per client (portal/throttling.py).
    *throttling.password_form_patterns(wagtail_urls.urlpatterns),
    # Wagtail's page URLs, its page view wrapped to find the site and page in fewer queries.
    *[
        re_path(pattern.pattern.regex.pattern, routing.serve, name=pattern.name)
        if pattern.name == "wagtail_serve"
        else pattern
        for pattern in wagtail_urls.urlpatterns
    ],
    prefix_default_language=True,
)

handler400 = "portal.views.bad_request"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
