"""Settings shared by every environment.

Safe for production by default: no secrets, DEBUG off. Everything that differs between machines
comes from environment variables, all listed in .env.example and the README.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from portal.csp import PUBLIC_DIRECTIVES
from portal.redis import breaker_connection_class

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The public address of the site, without a trailing slash: used in feeds, share links, e-mails
# and the admin, where there is no request to take the host from.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "portal",
    "news",
    "cooperation",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The headers every response needs sit above the page cache, so a copy served from it
    # gets them too (the cache keeps a page's content headers only).
    "portal.csp.PortalCSPMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LanguageMiddleware",
    "portal.middleware.MalformedRequestMiddleware",
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused by django-axes into the lock-out page (portal.throttling).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL in production and CI), else an SQLite file for `make run`.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiler spends seconds compiling the short queries of a web page
    # (bench/cooperation.py: 4.3 s of a 4.4 s count); these queries never gain from it.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: the cache and the Celery broker when REDIS_URL is set; without it the cache is in
# process memory and Celery tasks run in-process, so the portal runs on a bare machine.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Wagtail keeps image rendition look-ups in the "renditions" cache when there is one.
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"portal-{alias}",
            # A cache that does not answer is a cache miss, not an error page; after one
            # failure the circuit breaker (portal.redis) stops asking for a while.
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
                "CONNECTION_POOL_KWARGS": {"connection_class": breaker_connection_class(REDIS_URL)},
            },
        }
        for alias in ("default", "renditions")
    }
    # portal.redis logs a failure once per outage; a line per ignored call would flood the log.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "renditions")
    }
# Process memory, for what must work while Redis is down (view dedup, warnings).
CACHES["local"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"}
# Process memory, for data and template fragments keyed by what they were made from (see
# portal.page_cache.fragments): each web worker keeps its own copy, with no round trip.
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template_fragments",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# The page cache (portal.page_cache): whole public pages for anonymous readers in the cache
# above, purged page by page on publication; 0 turns it off. Shared caches (the nginx of
# deploy/) may keep a public page SHARED_CACHE_SECONDS; the menu, settings and similar data
# shown on every page are cached PAGE_DATA_CACHE_SECONDS at most.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
SHARED_CACHE_SECONDS = int(os.environ.get("SHARED_CACHE_SECONDS", "5"))
PAGE_DATA_CACHE_SECONDS = int(os.environ.get("PAGE_DATA_CACHE_SECONDS", "3600"))
# Bounds of the page cache, which shares Redis with the broker and the pending view counts:
# copies of one address with different queries (?page=2, ?tag=...) kept per PAGE_CACHE_SECONDS,
# and the largest page kept.
PAGE_CACHE_MAX_VARIANTS = int(os.environ.get("PAGE_CACHE_MAX_VARIANTS", "50"))
PAGE_CACHE_MAX_BYTES = int(os.environ.get("PAGE_CACHE_MAX_BYTES", str(512 * 1024)))

CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
# A broker that does not answer must not hold up an editor's publish for long.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5}
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Asia/Almaty"

# View counts (news.viewcounts): a visitor's repeat visits within the dedup window count once
# (0 counts every visit); pending views move from Redis to the database every flush interval.
VIEW_COUNT_DEDUP_SECONDS = int(os.environ.get("VIEW_COUNT_DEDUP_SECONDS", "1800"))
VIEW_COUNT_FLUSH_SECONDS = int(os.environ.get("VIEW_COUNT_FLUSH_SECONDS", "60"))
VIEW_COUNT_EDITORS = env_bool("VIEW_COUNT_EDITORS", False)  # count logged-in editors too
# However many cookies it sends, one client (its address, TRUSTED_PROXIES below, with its
# User-Agent) adds at most VIEW_COUNT_CLIENT_LIMIT views to an article per window, and one
# address, whatever User-Agents it claims, at most VIEW_COUNT_ADDRESS_LIMIT; 0 lifts a cap.
# Views over a cap are not counted: a count errs low, never high (README, "View counts").
VIEW_COUNT_CLIENT_WINDOW_SECONDS = int(os.environ.get("VIEW_COUNT_CLIENT_WINDOW_SECONDS", "600"))
VIEW_COUNT_CLIENT_LIMIT = int(os.environ.get("VIEW_COUNT_CLIENT_LIMIT", "10"))
VIEW_COUNT_ADDRESS_LIMIT = int(os.environ.get("VIEW_COUNT_ADDRESS_LIMIT", "50"))
REDIS_TIMEOUT = 0.5  # seconds: view counts and posting slots never wait long for Redis
# After a Redis call fails or times out, calls fail at once for this long (portal.redis).
REDIS_BREAKER_SECONDS = float(os.environ.get("REDIS_BREAKER_SECONDS", "10"))
VIEW_COUNT_KEY_PREFIX = "views"

# Cross-posting to Telegram and Instagram (news.social). Without a token that network is off.
TELEGRAM_BOT_TOKEN = os.environ.get("TELEGRAM_BOT_TOKEN", "")
TELEGRAM_API_BASE = os.environ.get("TELEGRAM_API_BASE", "https://api.telegram.org").rstrip("/")
INSTAGRAM_ACCESS_TOKEN = os.environ.get("INSTAGRAM_ACCESS_TOKEN", "")
INSTAGRAM_API_BASE = os.environ.get(
    "INSTAGRAM_API_BASE", "https://graph.facebook.com/v21.0"
).rstrip("/")
SOCIAL_POSTS_PER_MINUTE = int(os.environ.get("SOCIAL_POSTS_PER_MINUTE", "20"))  # per channel
SOCIAL_HTTP_TIMEOUT = float(os.environ.get("SOCIAL_HTTP_TIMEOUT", "15"))
SOCIAL_MAX_ATTEMPTS = 8
SOCIAL_SWEEP_SECONDS = 60
# A post still "sending" this long after its attempt began had its worker die mid-request.
SOCIAL_STALE_SECONDS = 300
SOCIAL_KEY_PREFIX = "social"

CELERY_BEAT_SCHEDULE = {
    # Scheduled publishing and expiry (Wagtail's "go live at" / "expire at"): a story set for
    # 09:00 goes live within the minute, with no cron entry.
    "publish-scheduled": {
        "task": "portal.tasks.publish_scheduled_task",
        "schedule": 60,
        "options": {"expires": 55},
    },
    "sweep-social-posts": {
        "task": "news.tasks.sweep_social_posts_task",
        "schedule": SOCIAL_SWEEP_SECONDS,
        "options": {"expires": SOCIAL_SWEEP_SECONDS},
    },
    "flush-view-counts": {
        "task": "news.tasks.flush_view_counts_task",
        "schedule": VIEW_COUNT_FLUSH_SECONDS,
        "options": {"expires": VIEW_COUNT_FLUSH_SECONDS},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in throttling (django-axes, portal/throttling.py). Axes' backend comes first, so a
# locked-out sign-in is refused before any password is hashed. Failures are counted in the
# database (works on SQLite and PostgreSQL, and does not stop counting when Redis is down):
# AXES_FAILURE_LIMIT for one account from one client address, LOGIN_FAILURE_LIMIT_PER_ADDRESS
# for all accounts from one address; either locks that out for AXES_COOLOFF_TIME, and each
# attempt during a lock-out starts the cool-off again. `manage.py axes_reset_username <name>`
# (or axes_reset_ip, axes_reset) lifts a lock-out by hand.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "portal.throttling.LoginAttemptHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = 5
LOGIN_FAILURE_LIMIT_PER_ADDRESS = 20
AXES_COOLOFF_TIME = 0.25  # hours (axes reads a float as hours): 15 minutes
AXES_RESET_ON_SUCCESS = True  # an editor's own typos are forgiven once they sign in
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.throttling.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # no record of successful sign-ins (addresses are personal data)
AXES_ENABLE_ADMIN = False  # Django's admin is not installed; Wagtail is the admin
AXES_VERBOSE = False
# The client address is the last one in X-Forwarded-For when the request comes from one of
# these proxies (our nginx appends the address it sees; earlier entries are the client's word),
# else the connection's address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")
# Wagtail's page-password form and the admin's password reset, per client address, counted in
# the "default" cache under a keyed hash of the address: (attempts, seconds).
PAGE_PASSWORD_THROTTLE = (10, 15 * 60)  # wrong passwords; a right one is not counted
PASSWORD_RESET_THROTTLE = (5, 60 * 60)  # requests: each one may send an e-mail

# E-mail (the admin's password reset, Wagtail's moderation notices): production.py requires an
# SMTP server (EMAIL_URL, or EMAIL_HOST and the rest); `make run` prints mail on the console.
EMAIL_TIMEOUT = 10  # seconds: a mail server that does not answer must not hold up a worker

# Languages: Kazakh first (the default), then Russian and English. The language is always in the
# URL (/kk/, /ru/, /en/), never guessed from Accept-Language, so shared caches stay correct.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
# The portal's catalogues, then the admin's Kazakh one (Wagtail's strings, which Wagtail ships in
# no Kazakh, Django's gaps and wagtail-modeltranslation's: manage.py admin_catalogue).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Almaty"

MODELTRANSLATION_DEFAULT_LANGUAGE = "kk"
MODELTRANSLATION_LANGUAGES = ("kk", "ru", "en")
# Fallbacks are for site-wide texts (settings, regions, tags). Articles decide explicitly which
# languages they exist in; see portal.translation_utils.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("kk", "ru")
# One Latin slug per page, shared by all languages (see portal.slugs).
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = _("Press service portal")
WAGTAIL_I18N_ENABLED = False  # translations are fields on one page (modeltranslation)
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# One backend for the admin's search and the site search: the database backend keeps a single
# index table, so a second alias would share it. 'simple' (split and lower-case, no stemming)
# because the site search's terms come analysed per language (portal.search); on SQLite FTS5
# does the same by itself.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# A press photo from a 45-megapixel camera fits; decoding a larger one would take hundreds of
# megabytes of a web worker's memory (a 121-megapixel upload: 164 to 396 MB).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Documents are served only through Wagtail's view (/documents/<id>/<name>), which checks a
# collection's privacy (a password, a login); the file itself is then sent by nginx, told by
# "X-Accel-Redirect: /_documents/<name>" (deploy/nginx/portal-locations.conf, an internal
# location; nginx refuses /media/documents/). Without nginx in front (runserver) a settings
# module sets SENDFILE_BACKEND = "wagtail.utils.sendfile_streaming_backend" instead; one that
# moves MEDIA_ROOT moves SENDFILE_ROOT with it.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
SENDFILE_BACKEND = "django_sendfile.backends.nginx"
SENDFILE_ROOT = MEDIA_ROOT / "documents"
SENDFILE_URL = "/_documents"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The admin loads nothing from other sites: no avatars from Gravatar (they would tell it the
# editors' e-mail hashes), no check for new Wagtail releases (portal.csp forbids both).
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.AdminLoginForm"  # a label for its password field
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# One time zone for the whole press service (Kazakhstan keeps one, UTC+5, since 2024): no
# picker of 600 zones, named in English, in the editors' account settings.
WAGTAIL_USER_TIME_ZONES = ["Asia/Almaty"]
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Content-Security-Policy (portal.csp): public pages run portal.js and one inline script known
# by its hash; the admin has a policy of its own.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_DIRECTIVES}

SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"one_line_for_4xx": {"()": "portal.logging.OneLineForClientErrors"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["one_line_for_4xx"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail's background tasks log every start and finish; warnings are what matter.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
