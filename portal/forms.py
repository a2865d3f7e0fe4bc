from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class PortalPageForm(WagtailAdminPageForm):
    """The page form: an optional slug, made from the title on save, fixed once published."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        slug = self.fields.get("slug")
        if slug is None:
            return
        if self.instance.first_published_at:
            slug.disabled = True
            slug.help_text = _(
                "The address stays as it was first published, so links keep working."
            )
        else:
            slug.required = False
            slug.help_text = _(
                "Latin letters, digits and hyphens. Leave empty to make it from the Kazakh title."
            )
