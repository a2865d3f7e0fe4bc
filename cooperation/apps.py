from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("International cooperation")

    def ready(self):
        from .models import ensure_sectors

        # The fixed list of fields of cooperation; post_migrate also runs after a test flush.
        post_migrate.connect(ensure_sectors, sender=self)
