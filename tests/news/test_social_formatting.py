"""Telegram post and Instagram caption text (news.social.formatting); pure functions, no db."""

import re
from html.parser import HTMLParser

import pytest

from news.social.formatting import (
    ELLIPSIS,
    hashtag,
    instagram_caption,
    telegram_length,
    telegram_post,
)

URL = "https://press.example.kz/kk/news/2024/05/ауыл-шаруашылығы/?a=1&b=2"
LINK_TEXT = "Толығырақ"


class _BalanceChecker(HTMLParser):
    """Records whether every start tag is closed, in order, and nothing else is closed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def assert_balanced(html_text):
    checker = _BalanceChecker()
    checker.feed(html_text)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    # No half entity: every "&" in the markup starts a complete entity.
    assert re.findall(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", html_text) == []
    return "".join(checker.text)


def lead_of(post):
    """The lead paragraph of a post made of title, lead and link (HTML, still escaped)."""
    parts = post.split("\n\n")
    assert len(parts) == 3
    return parts[1]


# telegram_length


def test_telegram_length_ignores_tags_and_counts_entities_as_one():
    assert telegram_length("<b>a&amp;b</b>") == 3


def test_telegram_length_counts_emoji_as_two_utf16_units():
    assert telegram_length("😀") == 2


def test_telegram_length_numeric_entities_and_link():
    assert (
        telegram_length('<a href="https://x.kz/?a=1&amp;b=&quot;2&quot;">&#1179;&#x1F600;</a>') == 3
    )
    assert telegram_length("&lt;&gt;&quot;") == 3


# telegram_post


def test_telegram_post_layout():
    post = telegram_post("Тақырып", "Қысқаша  мазмұны\n\nжаңалықтың", URL, LINK_TEXT, 1024)
    assert post == (
        "<b>Тақырып</b>\n\nҚысқаша мазмұны жаңалықтың\n\n"
        '<a href="https://press.example.kz/kk/news/2024/05/ауыл-шаруашылығы/?a=1&amp;b=2">'
        "Толығырақ</a>"
    )


def test_telegram_post_without_lead_has_no_empty_paragraph():
    post = telegram_post("Тақырып", "   ", URL, LINK_TEXT, 1024)
    assert post.split("\n\n") == ["<b>Тақырып</b>", post.split("\n\n")[1]]
    assert post.split("\n\n")[1].startswith("<a href=")


def test_telegram_post_escapes_title_and_stays_balanced():
    post = telegram_post("Қазақстан & <Корея>", 'Лид "тырнақшада" & <i>', URL, "a < b", 1024)
    assert "<b>Қазақстан &amp; &lt;Корея&gt;</b>" in post
    assert 'Лид "тырнақшада" &amp; &lt;i&gt;' in post
    assert ">a &lt; b</a>" in post
    text = assert_balanced(post)
    assert text.startswith("Қазақстан & <Корея>")


def test_telegram_post_escapes_double_quote_in_href():
    post = telegram_post("T", "", 'https://x.kz/?q="a"&b=<c>', "L", 1024)
    assert '<a href="https://x.kz/?q=&quot;a&quot;&amp;b=&lt;c&gt;">L</a>' in post
    assert_balanced(post)


def test_telegram_post_cuts_long_kazakh_lead_at_word_boundary():
    lead = " ".join(["қазақ"] * 834)  # 5003 letters and spaces
    post = telegram_post("Жаңалық", lead, URL, LINK_TEXT, 1024)

    assert 1000 <= telegram_length(post) <= 1024
    assert_balanced(post)
    cut = lead_of(post)
    assert cut.endswith(ELLIPSIS)
    assert cut[: -len(ELLIPSIS)].split(" ") == ["қазақ"] * len(cut[: -len(ELLIPSIS)].split(" "))
    assert post.startswith("<b>Жаңалық</b>\n\n")
    assert post.endswith(f'<a href="{URL.replace("&", "&amp;")}">{LINK_TEXT}</a>')


def test_telegram_post_cut_uses_telegram_length_not_html_length():
    lead = " ".join(["a&b"] * 1500)
    post = telegram_post("Title & more", lead, URL, LINK_TEXT, 1024)

    assert 1000 <= telegram_length(post) <= 1024
    assert len(post) > 1024  # every "&amp;" counts 1 for Telegram, so the HTML is longer
    assert_balanced(post)
    cut = lead_of(post)
    assert cut.endswith(ELLIPSIS)
    assert set(cut[: -len(ELLIPSIS)].split(" ")) == {"a&amp;b"}


def test_telegram_post_message_limit():
    lead = " ".join(["сөз"] * 3000)
    post = telegram_post("Жаңалық", lead, URL, LINK_TEXT, 4096)
    assert 4000 <= telegram_length(post) <= 4096
    assert lead_of(post).endswith(ELLIPSIS)


def test_telegram_post_emoji_count_double():
    lead = " ".join(["😀😀"] * 600)
    post = telegram_post("T", lead, URL, LINK_TEXT, 1024)
    assert 1000 <= telegram_length(post) <= 1024
    assert lead_of(post).endswith(ELLIPSIS)


def test_telegram_post_cuts_huge_title_when_there_is_no_lead():
    title = " ".join(["Тақырып"] * 500)
    post = telegram_post(title, "", URL, LINK_TEXT, 1024)

    assert 1000 <= telegram_length(post) <= 1024
    assert_balanced(post)
    bold, link = post.split("\n\n")
    assert bold.startswith("<b>Тақырып Тақырып") and bold.endswith(f"Тақырып{ELLIPSIS}</b>")
    assert link == f'<a href="{URL.replace("&", "&amp;")}">{LINK_TEXT}</a>'


def test_telegram_post_drops_lead_and_cuts_title_when_title_alone_is_too_long():
    title = " ".join(["Тақырып"] * 500)
    post = telegram_post(title, "Лид " * 100, URL, LINK_TEXT, 1024)
    assert len(post.split("\n\n")) == 2
    assert telegram_length(post) <= 1024
    assert post.split("\n\n")[0].endswith(f"{ELLIPSIS}</b>")


def test_telegram_post_keeps_whole_link():
    long_url = "https://press.example.kz/" + "x" * 900
    post = telegram_post("Тақырып " * 50, "Лид " * 300, long_url, LINK_TEXT, 1024)
    assert telegram_length(post) <= 1024
    assert post.endswith(f'<a href="{long_url}">{LINK_TEXT}</a>')
    assert_balanced(post)


def test_telegram_post_raises_when_link_alone_does_not_fit():
    with pytest.raises(ValueError):
        telegram_post("Тақырып", "Лид", URL, "ш" * 1025, 1024)


def test_telegram_post_only_link_when_nothing_else_fits():
    post = telegram_post("Тақырып", "Лид", URL, "ш" * 1023, 1024)
    assert post == f'<a href="{URL.replace("&", "&amp;")}">{"ш" * 1023}</a>'


def test_telegram_post_cuts_inside_a_single_huge_word():
    post = telegram_post("T", "ш" * 5000, URL, LINK_TEXT, 1024)
    assert 1000 <= telegram_length(post) <= 1024
    assert lead_of(post).endswith(ELLIPSIS)


def test_telegram_post_does_not_end_cut_on_comma():
    lead = ", ".join(["сөз"] * 2000)
    cut = lead_of(telegram_post("T", lead, URL, LINK_TEXT, 1024))
    assert cut.endswith(f"сөз{ELLIPSIS}")


# hashtag


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ауыл шаруашылығы", "#Ауылшаруашылығы"),
        ("sister-cities", "#sistercities"),
        ("IT", "#IT"),
        ("Әл-Фараби, ұлы ғалым!", "#ӘлФарабиұлығалым"),
        ("Қоғам өңір үкімет һәм білім", "#Қоғамөңірүкіметһәмбілім"),
        ("Экономика и финансы", "#Экономикаифинансы"),
        ("COVID-19", "#COVID19"),
        ("2024", None),
        ("20-24", None),
        ("", None),
        (" - , ! ", None),
    ],
)
def test_hashtag(name, expected):
    assert hashtag(name) == expected


# instagram_caption


def test_instagram_caption_layout():
    caption = instagram_caption(
        "Тақырып",
        "Лид  мәтіні\nмұнда",
        "Read more on press.example.kz: https://press.example.kz/x",
        ["Ауыл шаруашылығы", "IT", "2024"],
    )
    assert caption == (
        "Тақырып\n\nЛид мәтіні мұнда\n\n"
        "Read more on press.example.kz: https://press.example.kz/x\n\n"
        "#Ауылшаруашылығы #IT"
    )
    assert "<" not in caption


def test_instagram_caption_without_lead_and_tags():
    assert instagram_caption("Тақырып", "", "Link", []) == "Тақырып\n\nLink"


def test_instagram_caption_hashtags_limited_and_deduplicated_lead_cut():
    tags = ["IT", "it", "It", "Ауыл шаруашылығы", "ауыл-шаруашылығы"]
    tags += [f"тег {number}" for number in range(35)]
    assert len(tags) == 40
    lead = " ".join(["жаңалық"] * 375)  # 2999 characters
    assert len(lead) >= 2999

    caption = instagram_caption("Тақырып", lead, "Read more: https://press.example.kz/x", tags)

    assert len(caption) <= 2200
    hashtags = caption.split("\n\n")[-1].split(" ")
    assert len(hashtags) == 30
    assert caption.count("#") == 30
    assert hashtags[:3] == ["#IT", "#Ауылшаруашылығы", "#тег0"]
    assert len({tag.casefold() for tag in hashtags}) == 30
    title, cut_lead, link, _ = caption.split("\n\n")
    assert title == "Тақырып"
    assert link == "Read more: https://press.example.kz/x"
    assert cut_lead.endswith(f"жаңалық{ELLIPSIS}")
    assert len(caption) >= 2190


def test_instagram_caption_max_hashtags_parameter():
    caption = instagram_caption("T", "", "L", ["a", "b", "c", "d"], max_hashtags=2)
    assert caption.endswith("#a #b")


def test_instagram_caption_cuts_title_after_dropping_lead():
    title = " ".join(["Тақырып"] * 400)
    caption = instagram_caption(title, "Лид " * 100, "Link", ["IT", "Bilim"])
    assert len(caption) <= 2200
    cut_title, link, hashtags = caption.split("\n\n")
    assert cut_title.endswith(f"Тақырып{ELLIPSIS}")
    assert link == "Link"
    assert hashtags == "#IT #Bilim"


def test_instagram_caption_drops_hashtags_from_the_end_when_nothing_else_fits():
    # 90 + 2 + 19 ("#Alpha #Beta #Gamma") + 2 leaves no room for even "Т…" within 110.
    caption = instagram_caption("Тақырып", "Лид", "L" * 90, ["Alpha", "Beta", "Gamma"], limit=110)
    assert caption == f"Тақ{ELLIPSIS}\n\n{'L' * 90}\n\n#Alpha #Beta"


def test_instagram_caption_raises_when_link_text_alone_does_not_fit():
    with pytest.raises(ValueError):
        instagram_caption("T", "L", "x" * 2201, [])


def test_instagram_caption_limits_mentions_to_twenty():
    lead = " ".join(f"@user{number}" for number in range(25))
    caption = instagram_caption("@press", lead, "Link", [])
    assert caption.count("@") == 20
    assert caption.count("(at)") == 6
    assert caption.startswith("@press\n\n@user0 ")
    assert "(at)user24" in caption
