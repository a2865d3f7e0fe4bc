"""Editors' accounts: a new account starts with the admin in the portal's primary language."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.users.models import UserProfile


@receiver(post_save, sender=get_user_model(), dispatch_uid="admin_language_of_new_accounts")
def admin_language_of_new_accounts(sender, instance, created, raw=False, **kwargs):
    """Kazakh (LANGUAGE_CODE) for a new account; the editor may choose Russian or English in
    their account settings. Without it the admin would follow the last language the person
    read the public site in."""
    if created and not raw:
        profile = UserProfile.get_for_user(instance)
        if not profile.preferred_language:
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])
