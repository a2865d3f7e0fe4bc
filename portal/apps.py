from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.core.checks import Tags, register

        from . import checks, search_signals, signals  # noqa: F401 (search_signals: its receivers)

        register(checks.page_cache_needs_a_shared_cache, Tags.caches)

        signals.connect_site_wide(signals.site_wide_models())
