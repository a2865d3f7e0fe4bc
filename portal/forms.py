from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.auth import LoginForm


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


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form, whose password field has no label of its own: Django would show
    its field name, "Password", untranslated, in every language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
