"""Keep the admin's Kazakh catalogue (locale/admin/kk) level with the Wagtail apps installed.

Wagtail ships no Kazakh catalogue; the portal keeps its own, found through LOCALE_PATHS. When
Wagtail is upgraded, its strings change: this command compares the English catalogues of the
installed Wagtail apps (the list of every string they can show) with the Kazakh one and lists
what is new (missing in Kazakh) and what is gone. `--update` adds the new strings, untranslated,
with Wagtail's Russian as a hint for the translator, and drops the ones no app has any more.
`make messages` runs it; the test suite fails while a string is missing.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DOMAINS = ("django", "djangojs")
# Strings of the admin that come from elsewhere than Wagtail's catalogues (Django's own gaps,
# wagtail-modeltranslation's few): kept in the same files, never reported as gone.
KEEP_FLAG = "portal-keep"


def catalogue_path(language, domain):
    return Path(settings.BASE_DIR) / "locale" / "admin" / language / "LC_MESSAGES" / f"{domain}.po"


def wagtail_apps():
    return [app for app in apps.get_app_configs() if app.name.split(".")[0] == "wagtail"]


def source_entries(domain):
    """{(msgctxt, msgid): (entry, Russian entry or None)} of the installed Wagtail apps."""
    found = {}
    for app in wagtail_apps():
        english = Path(app.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not english.exists():
            continue
        russian_path = english.parent.parent.parent / "ru" / "LC_MESSAGES" / f"{domain}.po"
        russian = (
            {(e.msgctxt, e.msgid): e for e in polib.pofile(str(russian_path))}
            if russian_path.exists()
            else {}
        )
        for entry in polib.pofile(str(english)):
            key = (entry.msgctxt, entry.msgid)
            if entry.msgid and not entry.obsolete and key not in found:
                found[key] = (entry, russian.get(key))
    return found


def compare(language="kk"):
    """{domain: (missing keys, gone keys)}; a key counts as missing while untranslated."""
    report = {}
    for domain in DOMAINS:
        path = catalogue_path(language, domain)
        ours = polib.pofile(str(path)) if path.exists() else polib.POFile()
        translated = {
            (e.msgctxt, e.msgid)
            for e in ours
            if not e.obsolete and e.translated() and "fuzzy" not in e.flags
        }
        present = {(e.msgctxt, e.msgid): e for e in ours if not e.obsolete}
        source = source_entries(domain)
        missing = sorted(set(source) - translated, key=lambda key: (key[0] or "", key[1]))
        gone = sorted(
            key
            for key, entry in present.items()
            if key not in source and KEEP_FLAG not in entry.flags
        )
        report[domain] = (missing, gone)
    return report


def update(language="kk"):
    """Add the missing strings (untranslated) and drop the gone ones, in place."""
    for domain in DOMAINS:
        path = catalogue_path(language, domain)
        ours = polib.pofile(str(path))
        keys = {(e.msgctxt, e.msgid) for e in ours}
        source = source_entries(domain)
        for key, (entry, russian) in source.items():
            if key in keys:
                continue
            new = polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                occurrences=entry.occurrences,
            )
            if entry.msgid_plural:
                new.msgstr_plural = {0: "", 1: ""}
            if russian is not None:
                hint = russian.msgstr or " | ".join(russian.msgstr_plural.values())
                new.tcomment = f"ru: {hint}"
            ours.append(new)
        for entry in list(ours):
            if (entry.msgctxt, entry.msgid) not in source and KEEP_FLAG not in entry.flags:
                ours.remove(entry)
        ours.save(str(path))


class Command(BaseCommand):
    help = (
        "Compare the admin's Kazakh catalogue (locale/admin/kk) with the installed Wagtail apps' "
        "strings; --update adds the new ones for translation and drops the gone ones."
    )

    def add_arguments(self, parser):
        parser.add_argument("--update", action="store_true", help="add new strings, drop gone")
        parser.add_argument("--check", action="store_true", help="exit 1 if a string is missing")

    def handle(self, *args, **options):
        if options["update"]:
            update()
        report = compare()
        total_missing = 0
        for domain, (missing, gone) in report.items():
            total_missing += len(missing)
            self.stdout.write(
                f"{domain}: {len(missing)} Wagtail string(s) without Kazakh, "
                f"{len(gone)} no longer in Wagtail"
            )
            for context, msgid in missing:
                label = f"[{context}] " if context else ""
                self.stdout.write(f"  missing: {label}{msgid[:100]!r}")
            for context, msgid in gone:
                label = f"[{context}] " if context else ""
                self.stdout.write(f"  gone: {label}{msgid[:100]!r}")
        if options["check"] and total_missing:
            raise CommandError(f"{total_missing} admin string(s) have no Kazakh translation")
