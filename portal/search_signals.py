"""Keep the site search's documents in step with the pages (see portal.search_documents).

- Published (by an editor, a scheduled publication, a copy kept live): the page's documents are
  built again once the transaction commits.
- Unpublished (by an editor, or expired): its documents go at once, in the same transaction.
- Deleted: its documents go with it (a cascade).
- Put behind a password: the documents of the page and all below it go at once; the password
  removed, or the page moved, they are built again by a task (a section can be large).
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import search_documents
from .tasks import sync_search_documents_task

logger = logging.getLogger(__name__)


@receiver(page_published, dispatch_uid="search_published")
def page_published_handler(sender, instance, **kwargs):
    if search_documents.kind_of(instance) is None:
        return
    page_id = instance.pk
    # robust: a failure is logged and leaves the publication done; the rebuild command repairs.
    transaction.on_commit(lambda: search_documents.sync_page(page_id), robust=True)


@receiver(page_unpublished, dispatch_uid="search_unpublished")
def page_unpublished_handler(sender, instance, **kwargs):
    search_documents.remove_pages([instance.pk])


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search_restricted")
def restriction_saved(sender, instance, **kwargs):
    search_documents.remove_subtree(instance.page)


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search_unrestricted")
def restriction_deleted(sender, instance, **kwargs):
    sync_subtree_later(instance.page_id)


@receiver(post_page_move, dispatch_uid="search_moved")
def page_moved(sender, instance, **kwargs):
    sync_subtree_later(instance.pk)


def sync_subtree_later(page_id):
    def enqueue():
        try:
            sync_search_documents_task.delay(page_id)
        except Exception:  # the broker is down: `rebuild_search_documents` catches up
            logger.warning(
                "Could not queue the search documents of page %s", page_id, exc_info=True
            )

    transaction.on_commit(enqueue)
