"""The version for the visually impaired: a control in every page's header, applied on the
reader's device only, so every reader gets the same (cacheable) HTML."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, pgettext

from tests.cooperation.factories import make_section
from tests.factories import ArticlePageFactory, paragraphs

PAGE_TYPES = ["home", "news", "article", "cooperation"]
LANGUAGES = ["kk", "ru", "en"]


@pytest.fixture
def pages(site):
    article = ArticlePageFactory(
        parent=site.news, title_en="Agreement", body_en=paragraphs("Signed.")
    )
    section = make_section(site.home)[0]
    return {"home": site.home, "news": site.news, "article": article, "cooperation": section}


def get_page(client, pages, page_type, language):
    url = pages[page_type].url_in(language)
    response = client.get(url)
    assert response.status_code == 200, url
    return response


@pytest.mark.django_db
class TestLowVisionControl:
    @pytest.mark.parametrize("language", LANGUAGES)
    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_every_page_has_the_control_in_its_language(self, client, pages, page_type, language):
        html = BeautifulSoup(get_page(client, pages, page_type, language).content, "html.parser")
        control = html.select_one("header [data-low-vision]")
        assert control is not None
        toggle = control.select_one("button.low-vision__toggle")
        panel = control.select_one("#low-vision-panel")
        assert (toggle["type"], toggle["aria-expanded"], toggle["aria-controls"]) == (
            "button",
            "false",
            "low-vision-panel",
        )
        assert panel.has_attr("hidden")
        with translation.override(language):
            assert toggle.get_text(strip=True) == gettext("Version for the visually impaired")
            group_names = {
                gettext("Text size"): "size",
                gettext("Colours"): "contrast",
                gettext("Images"): "images",
            }
            labels = {
                "images": [pgettext("images", "Show"), pgettext("images", "Hide")],
                "contrast": [
                    gettext("Standard"),
                    gettext("Black on white"),
                    gettext("White on black"),
                    gettext("Yellow on black"),
                ],
            }
            reset = gettext("Normal version")
        for group in panel.select("[role=group]"):
            name = group_names[html.find(id=group["aria-labelledby"]).get_text(strip=True)]
            buttons = group.select("button")
            assert {button["name"] for button in buttons} == {name}
            assert all(button["aria-pressed"] == "false" for button in buttons)
            if name in labels:
                assert [button.get_text(strip=True) for button in buttons] == labels[name]
        assert [button["value"] for button in panel.select("button[name=size]")] == [
            "100",
            "125",
            "150",
            "200",
        ]
        assert panel.select_one("[data-low-vision-reset]").get_text(strip=True) == reset

    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_settings_are_applied_in_head_before_the_stylesheet(self, client, pages, page_type):
        html = BeautifulSoup(get_page(client, pages, page_type, "kk").content, "html.parser")
        head = html.head
        tags = list(head.find_all(["script", "link"]))
        inline = next(
            i for i, tag in enumerate(tags) if tag.name == "script" and not tag.get("src")
        )
        stylesheet = next(
            i for i, tag in enumerate(tags) if tag.name == "link" and "stylesheet" in tag["rel"]
        )
        assert inline < stylesheet
        script = tags[inline].string
        assert 'localStorage.getItem("lowVision")' in script
        assert "data-lv-" in script
        assert len(script) < 400  # it blocks rendering: kept tiny

    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_same_html_for_every_request(self, client, pages, page_type):
        # The mode lives on the reader's device: the page cache may serve one copy to all.
        first = get_page(client, pages, page_type, "ru")
        second = get_page(client, pages, page_type, "ru")
        assert first.content == second.content
        assert "lowVision" not in first.cookies


class TestLowVisionAssets:
    css = (Path(settings.BASE_DIR) / "static/css/portal.css").read_text()
    js = (Path(settings.BASE_DIR) / "static/js/portal.js").read_text()

    def test_stylesheet_has_every_setting(self):
        for selector in [
            'html[data-lv-size="125"]',
            'html[data-lv-size="150"]',
            'html[data-lv-size="200"]',
            'html[data-lv-contrast="bw"]',
            'html[data-lv-contrast="wb"]',
            'html[data-lv-contrast="yb"]',
            'html[data-lv-images="off"]',
            ".low-vision[hidden]",
        ]:
            assert selector in self.css

    def test_script_shows_the_control_and_keeps_the_settings(self):
        for code in [
            "[data-low-vision]",
            'localStorage.setItem("lowVision"',
            'localStorage.removeItem("lowVision")',
            '"aria-pressed"',
            '"aria-expanded"',
            "lowVision.hidden = false",
        ]:
            assert code in self.js
