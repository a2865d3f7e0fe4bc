from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from . import search_signals, signals  # noqa: F401 (search_signals: its receivers)

        signals.connect_site_wide(signals.site_wide_models())
