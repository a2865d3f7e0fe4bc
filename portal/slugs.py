"""Latin URL slugs from Kazakh and Russian titles.

Letters follow the 2021 Kazakh Latin alphabet, folded to ASCII: marks are dropped (ä → a,
ğ → g, ñ → n, ö → o, ū/ü → u, ı/i → i), ş becomes "sh" so that ш and с stay apart, and the
Russian letters outside Kazakh keep their Kazakh Latin spelling (ц → ts, ч → ch, ю → iu).
Every Cyrillic letter is mapped explicitly: Django's slugify alone would drop the letters it
cannot fold (the dotless ı among them).
"""

from django.utils.text import slugify

CYRILLIC_TO_LATIN = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "і": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}

# Letters of the Kazakh Latin alphabet itself, for titles typed in Latin script.
KAZAKH_LATIN_TO_ASCII = {
    "ä": "a",
    "ğ": "g",
    "ı": "i",
    "ñ": "n",
    "ö": "o",
    "ş": "sh",
    "ū": "u",
    "ü": "u",
}

TABLE = str.maketrans(CYRILLIC_TO_LATIN | KAZAKH_LATIN_TO_ASCII)

SLUG_MAX_LENGTH = 80


def transliterate(text):
    """Kazakh or Russian text in ASCII Latin letters, case folded."""
    # "İ".lower() is "i" with a combining dot, which slugify folds to "i".
    return text.lower().translate(TABLE)


def make_slug(text, max_length=SLUG_MAX_LENGTH):
    """A URL slug from a title; cut at a word boundary when longer than max_length."""
    slug = slugify(transliterate(text or ""))
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]
    return slug.strip("-")
