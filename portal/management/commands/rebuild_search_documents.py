"""Build the site search's documents of all content again (portal.search_documents).

Publishing keeps them current; run this after loading content by other means (an import, a
restored database), after changing how documents are built or analysed, or to repair.
"""

from django.core.management.base import BaseCommand

from portal import search_documents


class Command(BaseCommand):
    help = "Build the site search's documents of every live public page again."

    def handle(self, *args, **options):
        counts = search_documents.rebuild_all()
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Search documents: {summary}."))
