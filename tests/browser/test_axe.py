"""axe-core finds no WCAG 2.1 A/AA violation (nor a best-practice one) on the public pages, in
each language, in the normal version and in the version for the visually impaired."""

import pytest

from .content import LANGUAGES
from .support import DESKTOP, PHONE, assert_accessible

# django_db: pytest-django sets the test database up only for the tests that ask for it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = ["home", "news", "article", "cooperation", "agreement", "agreements"]  # search: below
# The version for the visually impaired in its two strongest settings in every language; the
# mildest one in Kazakh only (it changes less).
MODES = ["normal", "200%-white-on-black-no-images", "150%-yellow-on-black"]


def check(visit, path, mode, viewport=PHONE):
    reader = visit(mode, viewport=viewport)
    reader.goto(path)
    assert_accessible(reader.page, f"{path} ({mode})")
    reader.check_clean()
    return reader


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGES)
def test_page(visit, content, page_type, language, mode):
    check(visit, content.urls[page_type][language], mode)


@pytest.mark.parametrize("page_type", PAGES)
def test_page_black_on_white(visit, content, page_type):
    check(visit, content.urls[page_type]["kk"], "125%-black-on-white")


@pytest.mark.parametrize("mode", ["normal", "200%-white-on-black-no-images"])
@pytest.mark.parametrize("page_type", ["home", "article"])
def test_wide_screen(visit, content, page_type, mode):
    check(visit, content.urls[page_type]["ru"], mode, viewport=DESKTOP)


@pytest.mark.parametrize("mode", MODES)
def test_untranslated_story(visit, content, mode):
    # The Kazakh text under an English notice: its language must be marked for screen readers.
    check(visit, content.urls["fallback"]["en"], mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", ["search", "nothing-found"])
def test_search(visit, content, language, mode, page_type):
    reader = check(visit, content.urls[page_type][language], mode)
    # The results (or the message that there are none) were there for axe to check.
    assert (reader.page.locator("main mark").count() > 0) is (page_type == "search")


# Text in a language other than the page's, with no lang attribute to say so (WCAG 3.1.2,
# language of parts: a screen reader would read Kazakh with Russian or English rules). Letters
# found only in Kazakh mark Kazakh text; in an English page, any Cyrillic marks Russian or Kazakh.
UNMARKED_TEXT = """(page_language) => {
  const kazakh = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/, cyrillic = /[а-яёА-ЯЁ]/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element.getClientRects().length && !element.closest(".visually-hidden")) continue;
    if (element.closest("script, style, noscript")) continue;
    const text = node.textContent.trim();
    const lang = element.closest("[lang]").lang;
    const expected = kazakh.test(text) ? "kk" : cyrillic.test(text) && page_language === "en"
      ? "ru or kk" : null;
    if (expected && lang === page_language) found.push(text.slice(0, 60));
  }
  return found;
}"""


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("page_type", [*PAGES, "search", "fallback"])
def test_text_in_another_language_is_marked(visit, content, page_type, language):
    reader = visit()
    reader.goto(content.urls[page_type][language])
    assert reader.page.evaluate(UNMARKED_TEXT, language) == []
