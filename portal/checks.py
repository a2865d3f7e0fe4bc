"""System checks for configurations that run but serve wrong pages (registered in apps.py)."""

from django.conf import settings
from django.core.checks import Error, Tags, register

# Caches that live in one process: each web worker would have its own.
PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches)
def page_cache_needs_a_shared_cache(app_configs, **kwargs):
    """portal.E001: the page cache and the data caches over a per-process "default" cache.

    Their purge tokens live in the "default" cache: a page published through one web worker
    would stay stale in every other worker's copy. With DEBUG off the portal is taken to run
    several workers (gunicorn, Celery), so the settings must name a shared cache (Redis); under
    DEBUG (`make run`, one runserver process) process memory is fine.
    """
    if settings.DEBUG:
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    on = [
        name
        for name in ("PAGE_CACHE_SECONDS", "PAGE_DATA_CACHE_SECONDS")
        if getattr(settings, name, 0) > 0
    ]
    if backend not in PER_PROCESS_CACHES or not on:
        return []
    return [
        Error(
            f'{" and ".join(on)} > 0 with the per-process cache {backend} as "default".',
            hint=(
                "Set REDIS_URL so every worker shares one cache, or set "
                f"{' and '.join(f'{name}=0' for name in on)} to turn these caches off."
            ),
            id="portal.E001",
        )
    ]
