"""How the site search reads words (portal.search): no database needed."""

import pytest

from portal.search import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    highlight,
    index_forms,
    index_string,
    kazakh_stem,
    normalise,
    parse_query,
    snippet,
)


class TestWords:
    def test_kazakh_letters_lower_case_and_stay_kazakh(self):
        assert normalise("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі"
        assert normalise("ӘКІМ") == "әкім"
        assert "к" not in normalise("ҚАЗАҚ")

    def test_yo_is_read_as_ye(self):
        assert normalise("Ёлка") == "елка"

    def test_words_are_letters_and_digits_only(self):
        assert index_string('"NEAR(a b)" OR * -- 😀 \x00 1=1', "en") == "near a b or 1 1"


class TestRussianAndEnglish:
    def test_inflected_forms_share_a_term(self):
        assert set(index_forms("соглашения", "ru")) & set(index_forms("соглашение", "ru"))
        assert set(index_forms("agreements", "en")) & set(index_forms("agreement", "en"))

    def test_a_word_is_kept_beside_its_stem(self):
        # Snowball stems "аким" to "ак" but "акима" to "аким": the word itself bridges them.
        assert index_forms("аким", "ru") == ("ак", "аким")
        assert "аким" in index_forms("акима", "ru")


class TestKazakh:
    def test_a_word_is_indexed_with_its_prefixes(self):
        assert index_forms("облысы", "kk") == ("облысы", "обл", "облы", "облыс")
        assert index_forms("ел", "kk") == ("ел",)
        assert index_forms("2018", "kk") == ("2018",)

    @pytest.mark.parametrize(
        "word, stem",
        [
            ("облысының", "облы"),
            ("облыстың", "облыс"),
            ("облысқа", "облыс"),
            ("қаласында", "қала"),
            ("делегациялары", "делегация"),
            ("Түркістандағы", "түркіста"),
            ("жылғы", "жыл"),
            ("кітабы", "кіта"),
            ("кітап", "кіта"),
            ("келісімге", "келісім"),
            ("елдің", "елдің"),  # "ел" would be too short a stem: the word stays whole
            ("Қазан", "қазан"),  # not the accusative "н": no possessive vowel before it
        ],
    )
    def test_query_words_lose_their_endings(self, word, stem):
        assert kazakh_stem(normalise(word)) == stem

    @pytest.mark.parametrize("form", ["облыс", "облысы", "облыстың", "облысқа", "облыстары"])
    def test_the_stem_of_an_inflected_query_word_is_a_term_of_other_forms(self, form):
        (term,) = parse_query("облысының", "kk").terms[0]
        assert term in index_forms(form, "kk")


class TestQueries:
    def test_function_words_are_dropped_unless_alone(self):
        assert parse_query("соглашение о сотрудничестве", "ru").terms == (
            ("соглашен", "соглашение"),
            ("сотрудничеств", "сотрудничестве"),
        )
        assert parse_query("и в", "ru").terms == (("и",), ("в",))

    def test_a_long_query_is_cut_between_words(self):
        query = parse_query("абвгд " * 200, "kk")
        assert query.was_cut
        assert len(query.text) <= MAX_QUERY_LENGTH
        assert query.text.endswith("абвгд")

    def test_at_most_so_many_terms(self):
        query = parse_query(" ".join(f"w{number}" for number in range(50)), "en")
        assert len(query.terms) == MAX_TERMS

    def test_control_characters_are_spaces(self):
        query = parse_query("әкім\x00облыс\u200b\x07", "kk")
        assert query.text == "әкім облыс"

    def test_nothing_to_search(self):
        for raw in ["", "   ", "***", "😀😀", "\x00\x01", "«»—"]:
            assert parse_query(raw, "ru").backend_query() is None


class TestHighlighting:
    def test_the_matching_words_are_marked_and_everything_is_escaped(self):
        query = parse_query("соглашения", "ru")
        html = highlight("<b>Соглашение</b> & договор", query.matcher)
        assert html == "&lt;b&gt;<mark>Соглашение</mark>&lt;/b&gt; &amp; договор"

    def test_kazakh_words_are_marked_by_their_start(self):
        query = parse_query("облысының", "kk")
        assert highlight("Облыстың әкімі облысқа келді", query.matcher) == (
            "<mark>Облыстың</mark> әкімі <mark>облысқа</mark> келді"
        )

    def test_the_snippet_is_around_the_most_matches(self):
        text = " ".join(
            ["басқа"] * 100 + ["Шэньси", "провинциясы", "және", "облыс"] + ["соңы"] * 100
        )
        html = snippet(text, parse_query("облыс Шэньси", "kk").matcher)
        assert "<mark>Шэньси</mark> провинциясы және <mark>облыс</mark>" in html
        assert html.startswith("… ") and html.endswith(" …")
        assert len(html.split()) < 40

    def test_a_script_in_the_text_is_text(self):
        html = snippet("Мәтін <script>alert(1)</script> облыс", parse_query("облыс", "kk").matcher)
        assert "<script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
