"""The public pages by keyboard alone: the skip link, the header in a sensible Tab order with a
visible focus indicator, and the controls of the version for the visually impaired."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from .content import LANGUAGES
from .support import DESKTOP, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FOCUSABLE = (
    'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])'
)

# The element that has the focus, and the looks that tell a sighted keyboard user where it is.
FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return {
    key: element.dataset.key || null,
    tag: element.tagName.toLowerCase(),
    id: element.id,
    text: (element.innerText || element.value || "").trim(),
    in_header: !!element.closest("header.site-header"),
    in_main: !!element.closest("main"),
    ring: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" "),
    outline_style: style.outlineStyle,
    outline_width: parseFloat(style.outlineWidth) || 0,
    box_shadow: style.boxShadow,
    rect: (({top, bottom, left, right}) => ({top, bottom, left, right}))(
      element.getBoundingClientRect()),
  };
}"""

# The header's visible focusable elements in document order, each tagged with a key, and how
# each looks without the focus.
HEADER_FOCUSABLES = """(selector) => {
  document.activeElement.blur();
  const visible = (element) => element.getClientRects().length > 0
    && getComputedStyle(element).visibility !== "hidden";
  return [...document.querySelectorAll("header.site-header")].flatMap(
    (header) => [...header.querySelectorAll(selector)]
  ).filter(visible).map((element, index) => {
    element.dataset.key = String(index);
    const style = getComputedStyle(element);
    return {
      key: String(index),
      text: (element.innerText || element.value || element.getAttribute("aria-label") || "").trim(),
      ring: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" "),
    };
  });
}"""


def tab(page):
    page.keyboard.press("Tab")
    return page.evaluate(FOCUSED)


def has_ring(focused):
    """An outline at least 2 px wide, or a box shadow."""
    outline = focused["outline_style"] != "none" and focused["outline_width"] >= 2
    return outline or focused["box_shadow"] != "none"


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(visit, content, language):
    reader = visit()
    reader.goto(content.urls["article"][language])
    page = reader.page
    focused = tab(page)
    assert (focused["tag"], focused["text"]) == ("a", in_language(language, "Skip to content"))
    # Shown on focus, inside the window.
    assert focused["rect"]["top"] >= 0 and focused["rect"]["bottom"] <= PHONE["height"]
    assert has_ring(focused)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues in the content, past the header.
    focused = tab(page)
    assert focused["in_main"] and not focused["in_header"]


@pytest.mark.parametrize(
    "mode", ["normal", "150%-yellow-on-black", "200%-white-on-black-no-images"]
)
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_header_in_tab_order_with_a_visible_focus(visit, content, viewport, mode):
    reader = visit(mode, viewport=viewport)
    reader.goto(content.urls["article"]["ru"])
    page = reader.page
    expected = page.evaluate(HEADER_FOCUSABLES, FOCUSABLE)
    page.evaluate("document.activeElement.blur()")
    assert tab(page)["text"] == in_language("ru", "Skip to content")
    reached = []
    for _ in range(len(expected) + 5):
        focused = tab(page)
        if not focused["in_header"]:
            break
        reached.append(focused)
    # Every interactive element of the header, in the order it is read, none skipped.
    assert [item["key"] for item in reached] == [item["key"] for item in expected]
    texts = [item["text"] for item in reached]
    for name in ("Қазақша", "Русский", "English", "Новости", "Международное сотрудничество"):
        assert name in texts, texts
    assert in_language("ru", "Version for the visually impaired") in texts
    if mode != "normal":  # a reader who uses the mode finds its controls open, by Tab too
        assert in_language("ru", "Normal version") in texts
    assert any(item["tag"] == "input" for item in reached), "the header's search box"
    # Focus shows: a ring (outline or shadow) that the element does not have unfocused.
    unfocused = {item["key"]: item["ring"] for item in expected}
    for item in reached:
        assert item["ring"] != unfocused[item["key"]], f"no focus indicator on {item['text']!r}"
        assert has_ring(item), item


def open_panel_by_keyboard(page, key):
    toggle = page.locator(".low-vision__toggle")
    toggle.focus()
    page.keyboard.press(key)
    return toggle


@pytest.mark.parametrize("key", ["Enter", " "], ids=["enter", "space"])
def test_low_vision_panel_by_keyboard(visit, content, key):
    reader = visit()
    reader.goto(content.urls["home"]["kk"])
    page = reader.page
    panel = page.locator("#low-vision-panel")
    assert panel.is_hidden()
    toggle = open_panel_by_keyboard(page, key)
    assert toggle.get_attribute("aria-expanded") == "true"
    assert panel.is_visible()
    # Tab goes from the toggle into the panel it opened.
    page.keyboard.press("Tab")
    assert page.evaluate("[document.activeElement.name, document.activeElement.value]") == [
        "size",
        "100",
    ]

    def press_button(name, value):
        page.locator(f'#low-vision-panel button[name="{name}"][value="{value}"]').focus()
        page.keyboard.press(key)
        pressed = page.locator(f'#low-vision-panel button[name="{name}"][aria-pressed="true"]')
        assert [button.get_attribute("value") for button in pressed.all()] == [value]

    press_button("size", "200")
    press_button("contrast", "yb")
    press_button("images", "off")
    assert page.evaluate(
        "['size', 'contrast', 'images'].map(k => document.documentElement.dataset['lv' + "
        "k[0].toUpperCase() + k.slice(1)])"
    ) == ["200", "yb", "off"]
    assert reader.low_vision() == {"size": "200", "contrast": "yb", "images": "off"}

    # Escape closes the panel from inside it and gives the focus back to its toggle.
    page.keyboard.press("Escape")
    assert panel.is_hidden()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('low-vision__toggle')")
    # The toggle opens and closes it again.
    page.keyboard.press(key)
    assert panel.is_visible()
    page.keyboard.press(key)
    assert panel.is_hidden()

    # "Normal version" by keyboard.
    page.keyboard.press(key)
    page.locator("[data-low-vision-reset]").focus()
    page.keyboard.press(key)
    pressed = page.locator('#low-vision-panel button[aria-pressed="true"]')
    assert sorted(button.get_attribute("value") for button in pressed.all()) == [
        "100",
        "normal",
        "on",
    ]
    names = page.evaluate("document.documentElement.getAttributeNames()")
    assert [name for name in names if name.startswith("data-lv")] == []
    assert reader.low_vision() == {}
    reader.check_clean()
