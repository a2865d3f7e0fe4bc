"""Site search: how text becomes index terms, how a reader's query becomes a backend query, and
how the words that matched are marked in results.

Wagtail's database search backend keeps one text-search configuration and one index entry per
object, so it cannot stem each language by itself. The portal analyses text here, in Python,
and hands the backend strings of ready-made terms (`SearchDocument.index_title`, `index_text`);
PostgreSQL reads them with its 'simple' configuration (split and lower-case only) and SQLite's
FTS5 with its default tokenizer (the same). A query is an AND of analysed terms matched exactly.
Index, query and highlighting go through the same functions, so what the database matched is
what the snippet marks.

Rules

- Words, all languages: Unicode NFC, lower case (``str.lower``, which covers the nine Kazakh
  letters ә ғ қ ң ө ұ ү һ і), ``ё`` read as ``е``. A word is a run of letters and digits
  (``[^\\W_]+``); everything else (punctuation, quotes, ``*``, emoji, control characters)
  separates words and never reaches the backend, so neither FTS5 nor tsquery syntax can be
  injected. Kazakh letters are never folded into Russian ones: ``қ`` is not ``к``.
- Russian and English: a word is indexed as its Snowball stem (the algorithms of PostgreSQL's
  russian and english configurations) and, when that differs, as itself; a query word matches
  either. The word itself makes up for Snowball's over-stemming of some short nouns: it stems
  "аким" to "ак" but "акима" to "аким".
- Kazakh (no Snowball stemmer exists for it): a word is indexed as itself and as its prefixes of
  3 to 24 letters (a word with digits only as itself), so a query term is found as the start of
  a word. Before that the query word loses its nominal endings, conservatively, each group at
  most once, from the end of the word:

  1. case: ``ндағы дағы тағы ...`` (locative-attributive), ``ның дың тың ...`` (genitive),
     ``нан дан тан ...`` (ablative), ``мен бен пен``, ``нда да та ...`` (locative),
     ``на ға қа ...`` (dative), ``ны ды ты ...`` (accusative), ``ғы гі қы кі``, and ``н``
     after ``ы``/``і`` (облысын);
  2. possessive of the third person: ``сы сі`` after a vowel, else ``ы і`` (the first and
     second persons are left alone: news is written in the third, and "-ім" also ends nouns
     such as келісім);
  3. plural: ``лар лер дар дер тар тер``.

  An ending goes only when at least 3 letters stay (4 for a one-letter ending); an ending that
  may not go stops the stripping. Then a stem of 5 or more letters ending in ``п к қ`` or
  their voiced ``б г ғ`` loses that letter, since the two alternate (кітап, кітабы). So
  "облысының" is searched as "облыс" and finds облыс, облысы, облыстың, облысқа; "кітабы" as
  "кіта" and finds кітап.
- A query: at most 200 characters are read (the page says when it cut), at most 20 distinct
  terms, all required. Short function words (и, в, of, the, және, мен...) are dropped unless
  nothing else is left.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import Stemmer  # PyStemmer: the Snowball algorithms compiled, as PostgreSQL uses them
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search.query import And, Or, PlainText

WORD = re.compile(r"[^\W_]+")
SPACE = re.compile(r"\s+")

MAX_QUERY_LENGTH = 200
MAX_TERMS = 20
KAZAKH_MIN_PREFIX = 3
KAZAKH_MAX_PREFIX = 24
SNIPPET_WORDS = 30
SNIPPET_SCAN_LENGTH = 50_000  # characters of a document's text looked at for its snippet

SNOWBALL_ALGORITHMS = {"ru": "russian", "en": "english"}
SENTENCE_ENDS = frozenset(".!?…:;,")


def _listed(words_text):
    """A list of words written as one string: word lists read best as text."""
    return tuple(words_text.split())


STOP_WORDS = {
    "kk": frozenset(
        _listed(
            "және мен бен пен да де та те үшін туралы бойынша осы бұл сол ол ал бірақ не немесе "
            "әрі ма ме ба бе па пе"
        )
    ),
    "ru": frozenset(
        _listed(
            "и в во на с со о об от к ко у по за из до а но же ли не ни что как для при это то бы "
            "или"
        )
    ),
    "en": frozenset(
        _listed("a an the and or of in on to at by for with from as is are was be it its this that")
    ),
}

KAZAKH_CASE_ENDINGS = _listed(
    "ндағы ндегі дағы дегі тағы тегі "
    "ның нің дың дің тың тің "
    "нан нен дан ден тан тен "
    "мен бен пен "
    "нда нде да де та те "
    "на не ға ге қа ке "
    "ны ні ды ді ты ті "
    "ғы гі қы кі"
)
# Third person only: news is written in it, and "-ым", "-ім" also end nouns (келісім, шешім).
KAZAKH_POSSESSIVE_ENDINGS = _listed("сы сі ы і")
KAZAKH_PLURAL_ENDINGS = _listed("лар лер дар дер тар тер")
# Endings that follow a vowel only: қала-сы but облыс-ы.
KAZAKH_AFTER_VOWEL = frozenset(KAZAKH_POSSESSIVE_ENDINGS[:2])
KAZAKH_VOWELS = frozenset("аәеиоөуұүыіэюя")
# The accusative "н" after the third-person possessive: облыс-ы-н, қала-сы-н.
KAZAKH_ACCUSATIVE = ("ын", "ін")
KAZAKH_ALTERNATING = frozenset("пкқбгғ")


def normalise(text):
    return unicodedata.normalize("NFC", text).lower().replace("ё", "е")


def words(text):
    """The words of `text`, normalised, in order."""
    return WORD.findall(normalise(text))


@lru_cache(maxsize=100_000)
def stem(word, language):
    algorithm = SNOWBALL_ALGORITHMS.get(language)
    if algorithm is None:
        return word
    return _stemmer(algorithm).stemWord(word)


@cache
def _stemmer(algorithm):
    return Stemmer.Stemmer(algorithm)


def _has_digit(word):
    return any(character.isdigit() for character in word)


@lru_cache(maxsize=100_000)
def index_forms(word, language):
    """The index terms of one normalised word."""
    if language == "kk":
        if len(word) <= KAZAKH_MIN_PREFIX or _has_digit(word):
            return (word,)
        longest = min(len(word) - 1, KAZAKH_MAX_PREFIX)
        return (word, *(word[:length] for length in range(KAZAKH_MIN_PREFIX, longest + 1)))
    stemmed = stem(word, language)
    return (stemmed,) if stemmed == word else (stemmed, word)


def index_string(text, language):
    """`text` as the space-separated index terms the backend stores for it."""
    return " ".join(term for word in words(text) for term in index_forms(word, language))


def _strip_ending(word, endings):
    """(word without its ending, whether to go on): an ending that would leave too short a stem
    stays, and the word is taken as it is."""
    for ending in endings:
        if word.endswith(ending):
            rest = len(word) - len(ending)
            if rest < (4 if len(ending) == 1 else 3):
                return word, False
            if ending in KAZAKH_AFTER_VOWEL and word[rest - 1] not in KAZAKH_VOWELS:
                continue
            return word[:rest], True
    return word, True


def kazakh_stem(word):
    """The start of a Kazakh word that its inflected forms share (see the module's rules)."""
    if len(word) <= KAZAKH_MIN_PREFIX or _has_digit(word):
        return word
    stemmed, go_on = _strip_ending(word, KAZAKH_CASE_ENDINGS)
    if go_on and stemmed == word and word.endswith(KAZAKH_ACCUSATIVE) and len(word) > 4:
        stemmed = word[:-1]
    if go_on:
        stemmed, go_on = _strip_ending(stemmed, KAZAKH_POSSESSIVE_ENDINGS)
    if go_on:
        stemmed, go_on = _strip_ending(stemmed, KAZAKH_PLURAL_ENDINGS)
    if len(stemmed) >= 5 and stemmed[-1] in KAZAKH_ALTERNATING:
        stemmed = stemmed[:-1]
    return stemmed[:KAZAKH_MAX_PREFIX]


def query_forms(word, language):
    """The index terms one query word may match (any of them)."""
    if language == "kk":
        return (kazakh_stem(word),)
    return index_forms(word, language)


def _clean(raw):
    """The reader's text without invisible characters; control characters and every kind of
    space made one space."""
    kept = []
    for character in raw:
        category = unicodedata.category(character)
        if category == "Cc" or category[0] == "Z":
            kept.append(" ")
        elif category[0] != "C":  # format (soft hyphen, zero-width joiner), surrogates, unassigned
            kept.append(character)
    return SPACE.sub(" ", "".join(kept)).strip()


def _cut(text, length):
    """`text` within `length` characters, without a word cut in two."""
    if len(text) <= length:
        return text, False
    cut = text[:length]
    if WORD.match(text[length]) and WORD.match(cut[-1]):
        cut = cut[: list(WORD.finditer(cut))[-1].start()]
    return cut.rstrip(), True


@dataclass(frozen=True)
class Query:
    """A reader's query, analysed for one language."""

    text: str  # what was searched: cleaned, and cut to MAX_QUERY_LENGTH
    language: str
    terms: tuple = ()  # each a tuple of alternative index terms; all terms must match
    was_cut: bool = False

    @cached_property
    def matcher(self):
        return Matcher(self.terms, self.language)

    def backend_query(self):
        """The query for Wagtail's search backend, or None when there is nothing to search."""
        if not self.terms:
            return None
        parts = [
            PlainText(forms[0]) if len(forms) == 1 else Or([PlainText(form) for form in forms])
            for forms in self.terms
        ]
        return parts[0] if len(parts) == 1 else And(parts)


def parse_query(raw, language):
    text, was_cut = _cut(_clean(raw or ""), MAX_QUERY_LENGTH)
    query_words = words(text)
    stop_words = STOP_WORDS.get(language, frozenset())
    kept = [word for word in query_words if word not in stop_words] or query_words
    terms = []
    for word in kept:
        forms = query_forms(word, language)
        if forms not in terms:
            terms.append(forms)
    return Query(text=text, language=language, terms=tuple(terms[:MAX_TERMS]), was_cut=was_cut)


class Matcher:
    """Tells which query term, if any, a word of a document matches: the backend's rule, applied
    to one word."""

    def __init__(self, terms, language):
        self.language = language
        self.forms = {form: number for number, forms in enumerate(terms) for form in forms}
        # A stem or a prefix starts with the word's first letter: most words need no stemming.
        self.initials = {form[:1] for form in self.forms}

    def match(self, word):
        """The number of the term `word` (as written in the text) matches, else None."""
        for part in words(word):
            if part[:1] not in self.initials:
                continue
            for form in index_forms(part, self.language):
                if form in self.forms:
                    return self.forms[form]
        return None

    def __bool__(self):
        return bool(self.forms)


def highlight(text, matcher):
    """`text`, escaped, with the words that match marked."""
    return mark_safe(_marked(text, list(_spans(text, matcher))))  # noqa: S308 (escaped inside)


def snippet(text, matcher, length=SNIPPET_WORDS):
    """About `length` words of `text` around the most matches, escaped, matches marked."""
    text = text[:SNIPPET_SCAN_LENGTH]
    spans = list(_spans(text, matcher))
    if not spans:
        return ""
    first, last = _best_window(spans, length)
    # From the space before the first word to the space after the last, so that quotes and
    # brackets around them stay.
    start = _space_before(text, spans[first][0])
    end = _space_after(text, spans[last - 1][1])
    html = _marked(text, spans[first:last], start=start, end=end).strip()
    if start > 0:
        html = "… " + html
    if end < len(text.rstrip()):
        html += " …"
    return mark_safe(html)  # noqa: S308 (every piece of text escaped in _marked)


def _space_before(text, position):
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


def _space_after(text, position):
    while position < len(text) and not text[position].isspace():
        position += 1
    return position


def _spans(text, matcher):
    """(start, end, term number or None) of each word of `text`."""
    for found in WORD.finditer(text):
        yield found.start(), found.end(), matcher.match(found.group()) if matcher else None


def _best_window(spans, length):
    """The [first, last) word numbers of the window of `length` words with the most distinct
    terms, then the most matching words; centred on its matches."""
    best, best_score = 0, (-1, -1)
    counts = {}
    matched = 0
    for end, (_start, _end, term) in enumerate(spans):
        if term is not None:
            counts[term] = counts.get(term, 0) + 1
            matched += 1
        begin = end - length + 1
        if begin > 0:
            dropped = spans[begin - 1][2]
            if dropped is not None:
                counts[dropped] -= 1
                matched -= 1
                if not counts[dropped]:
                    del counts[dropped]
        score = (len(counts), matched)
        if score > best_score:
            best, best_score = max(begin, 0), score
    window = spans[best : best + length]
    hits = [number for number, span in enumerate(window) if span[2] is not None]
    if hits:
        slack = length - (hits[-1] - hits[0] + 1)
        best = max(0, best + hits[0] - slack // 2)
    last = min(len(spans), best + length)
    first = max(0, last - length)
    return first, last


def _marked(text, spans, start=0, end=None):
    """text[start:end] escaped, with whitespace collapsed and the matching spans in <mark>."""
    end = len(text) if end is None else end
    pieces = []
    position = start
    for span_start, span_end, term in spans:
        if term is None:
            continue
        pieces.append(escape(_between(text, position, span_start)))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(escape(_between(text, position, end)))
    return "".join(pieces)


def _between(text, start, end):
    """text[start:end] on one line. The parts of a document's text (lead, body, the names of
    partners...) are on lines of their own: a line that ends without punctuation is followed by
    " · ", so that names do not run into the next sentence."""

    def join(match):
        before = match.start() + start - 1
        ended = before < 0 or text[before] in SENTENCE_ENDS
        return " " if ended or "\n" not in match.group() else " · "

    return SPACE.sub(join, text[start:end])
