"""The version for the visually impaired in a real browser: the choice follows the reader from
page to page and language to language, the server sends the same HTML whatever the choice, images
off leave their text alternatives, and nothing needs horizontal scrolling at 320 px wide and
200% text (WCAG 1.4.10, reflow)."""

import pytest

from .content import STORY
from .support import MODES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LOOKS = """() => {
  const root = document.documentElement, body = getComputedStyle(document.body);
  const shown = [...document.images].filter((img) => img.getClientRects().length > 0);
  return {
    size: root.dataset.lvSize || null,
    contrast: root.dataset.lvContrast || null,
    images: root.dataset.lvImages || null,
    font_size: getComputedStyle(root).fontSize,
    color: body.color,
    background: getComputedStyle(root).backgroundColor,
    images_shown: shown.length,
    pressed: [...document.querySelectorAll('#low-vision-panel [aria-pressed="true"]')]
      .map((button) => button.name + "=" + button.value),
    panel_open: !document.getElementById("low-vision-panel").hidden,
  };
}"""


def choose(page, name, value):
    page.locator(f'#low-vision-panel button[name="{name}"][value="{value}"]').click()


def test_choice_follows_the_reader_across_pages_and_languages(visit, content):
    reader = visit()
    reader.goto(content.urls["home"]["kk"])
    page = reader.page
    normal = page.evaluate(LOOKS)
    assert normal["images_shown"] > 0 and normal["font_size"] == "16px"
    page.locator(".low-vision__toggle").click()
    choose(page, "size", "200")
    choose(page, "contrast", "wb")
    choose(page, "images", "off")
    chosen = page.evaluate(LOOKS)

    # Another page, by the section menu; then the same page in Russian, by the language switch.
    page.locator(".site-nav a").first.click()
    page.wait_for_url(f"**{content.urls['news']['kk']}")
    on_next_page = page.evaluate(LOOKS)
    page.locator('.language-switcher a[hreflang="ru"]').click()
    page.wait_for_url(f"**{content.urls['news']['ru']}")
    in_russian = page.evaluate(LOOKS)

    for looks in (chosen, on_next_page, in_russian):
        assert looks == {
            "size": "200",
            "contrast": "wb",
            "images": "off",
            "font_size": "32px",
            "color": "rgb(255, 255, 255)",
            "background": "rgb(0, 0, 0)",
            "images_shown": 0,
            "pressed": ["size=200", "contrast=wb", "images=off"],
            "panel_open": True,
        }
    assert reader.low_vision() == MODES["200%-white-on-black-no-images"]

    # "Normal version" gives the normal page back, here and on the next one.
    page.locator("[data-low-vision-reset]").click()
    assert reader.low_vision() == {}
    page.reload()
    back = page.evaluate(LOOKS)
    assert (back["size"], back["contrast"], back["images"], back["font_size"]) == (
        None,
        None,
        None,
        "16px",
    )
    assert back["pressed"] == ["size=100", "contrast=normal", "images=on"]
    assert not back["panel_open"]
    reader.check_clean()


@pytest.mark.parametrize(
    "page_type", ["home", "news", "article", "cooperation", "agreement", "agreements", "search"]
)
def test_server_sends_the_same_html_to_every_version(visit, content, page_type):
    path = content.urls[page_type]["ru"]
    served = {}
    for mode in ("normal", "200%-white-on-black-no-images"):
        reader = visit(mode)
        # No view counted in between: the article's count is part of its HTML.
        reader.context.route("**/-/views/**", lambda route: route.abort())
        served[mode] = reader.goto(path).body()
        applied = reader.page.evaluate("document.documentElement.dataset.lvContrast || null")
        assert applied == MODES[mode].get("contrast")
        assert not [c for c in reader.context.cookies() if "lowVision" in c["name"]]
    assert served["normal"] == served["200%-white-on-black-no-images"]


def test_images_off_leaves_the_text_alternatives(visit, content):
    reader = visit("200%-white-on-black-no-images")
    reader.goto(content.urls["article"]["en"])
    page = reader.page
    assert page.evaluate(LOOKS)["images_shown"] == 0
    story = STORY["en"]
    shown_alts = page.locator("main .image-alt").all_inner_texts()
    assert shown_alts[0] == story["main_alt"]
    assert set(story["photo_alts"]) <= set(shown_alts)
    captions = page.locator("main figcaption").all_inner_texts()
    assert any(story["main_caption"] in caption for caption in captions)
    # The gallery is a plain list then: nothing to scroll sideways to.
    gallery = page.locator(".gallery__list")
    assert gallery.evaluate("(list) => list.scrollWidth <= list.clientWidth")
    reader.check_clean()


@pytest.mark.parametrize(
    "mode",
    [{}, {"size": "200"}, MODES["200%-white-on-black-no-images"]],
    ids=["normal", "200%", "200%-white-on-black-no-images"],
)
@pytest.mark.parametrize(
    "page_type", ["home", "news", "article", "cooperation", "agreement", "agreements", "search"]
)
def test_reflow_at_320_px(visit, content, page_type, mode):
    reader = visit(mode, viewport={"width": 320, "height": 640})
    reader.goto(content.urls[page_type]["kk"])
    page = reader.page
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth, "
        "[...document.querySelectorAll('body *')].filter((element) => "
        "element.getBoundingClientRect().right > window.innerWidth + 1 && "
        "!element.closest('.table-scroll, .gallery__list, .visually-hidden')"
        ").slice(0, 5).map((element) => element.tagName + '.' + element.className)]"
    )
    scroll_width, window_width, wide = widths
    assert scroll_width <= window_width, f"wider than the window: {wide}"
