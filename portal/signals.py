"""What a change purges from the page cache (portal.page_cache), after its transaction commits.

- A page published or unpublished (a new translation is a publication too): the page, its
  ancestors (the listings and the home page that show it), the pages its `cache_dependents()`
  names before and after the change (linked records, articles that show it as related...), the
  feeds and the sitemap. The home page, a menu section (a page right under it) and a page with
  pages below it (its title is in their breadcrumbs): everything.
- A page moved, renamed (its slug) or deleted: its address may appear anywhere: everything.
- A snippet, an image, the press service's settings or a site saved or deleted, or an image
  rendition deleted: names, logos, menus and photos show on every page: everything.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import page_cache


def affected_pages(page):
    """Ids of the pages whose cached copies show `page` as it is in the database now."""
    page = page.specific_deferred if type(page) is Page else page
    ids = {page.pk}
    ids.update(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
    dependents = getattr(page, "cache_dependents", None)
    if dependents is not None:
        ids.update(dependents())
    return ids


def shows_everywhere(page):
    """The home page and the sections right under it are in every page's header; a page with
    pages below it is in their breadcrumbs."""
    return page.depth <= 3 or page.numchild > 0


def purge_after_commit(ids):
    transaction.on_commit(lambda: page_cache.purge_pages(ids, page_cache.FEEDS, page_cache.SITEMAP))


@receiver(pre_save)
def remember_dependents(sender, instance, update_fields=None, **kwargs):
    """Before a live page is saved whole (as publishing does), note what shows it now: an
    article unlinked from a record must leave that record's cached page too."""
    if not isinstance(instance, Page) or not instance.pk or update_fields is not None:
        return
    before = type(instance).objects.filter(pk=instance.pk, live=True).first()
    if before is not None:
        instance._cache_affected_before = affected_pages(before)


def page_changed(sender, instance, **kwargs):
    if shows_everywhere(instance):
        transaction.on_commit(page_cache.purge_site)
        return
    ids = affected_pages(instance) | getattr(instance, "_cache_affected_before", set())
    purge_after_commit(ids)


page_published.connect(page_changed, dispatch_uid="page_cache_published")
page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")


# Columns Wagtail fills in by itself when the admin shows a file: nothing a reader sees.
UNSEEN_FIELDS = {"file_size", "file_hash"}


def site_changed(sender, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= UNSEEN_FIELDS:
        return
    transaction.on_commit(page_cache.purge_site)


post_page_move.connect(site_changed, dispatch_uid="page_cache_moved")
page_slug_changed.connect(site_changed, dispatch_uid="page_cache_slug")


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is Page:
        transaction.on_commit(page_cache.purge_site)


def connect_site_wide(models):
    """Purge everything when one of `models` (snippets, settings, images) is saved or deleted,
    or when an image rendition is deleted (its address may be in any page and in every web
    worker's memory of renditions, portal.images); a rendition made is no change."""
    from wagtail.images import get_image_model

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(site_changed, sender=model, dispatch_uid=f"page_cache_{model.__name__}")
    post_delete.connect(
        site_changed,
        sender=get_image_model().get_rendition_model(),
        dispatch_uid="page_cache_rendition_deleted",
    )


def site_wide_models():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from cooperation.models import Country, Event, Organisation, PartnerPlace, Person, Sector
    from news.models import Region, Tag

    from .models import PressServiceSettings

    return [
        Site,
        PageViewRestriction,
        PressServiceSettings,
        get_image_model(),
        get_document_model(),
        Region,
        Tag,
        Country,
        PartnerPlace,
        Organisation,
        Person,
        Event,
        Sector,
    ]
