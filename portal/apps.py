from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Here, not at the top: these modules use models, which exist once the apps are ready.
        from . import accounts, checks, search_signals, signals  # noqa: F401 (their receivers)

        signals.connect_site_wide(signals.site_wide_models())
