from datetime import date, datetime
from decimal import Decimal

import pytest
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import floatformat
from django.utils import translation

from portal.templatetags.portal_tags import long_date, since_date

JULY_18 = datetime(2018, 7, 18, 12, 10)


@pytest.mark.parametrize(
    ("language", "date", "date_time", "official"),
    [
        ("kk", "18 шілде 2018", "18 шілде 2018, 12:10", "2018 жылғы 18 шілде"),
        ("ru", "18 июля 2018", "18 июля 2018, 12:10", "18 июля 2018 г."),
        ("en", "18 July 2018", "18 July 2018, 12:10", "18 July 2018"),
    ],
)
def test_dates_follow_each_languages_convention(language, date, date_time, official):
    with translation.override(language):
        assert date_filter(JULY_18, "DATE_FORMAT") == date
        assert date_filter(JULY_18, "DATETIME_FORMAT") == date_time
        assert date_filter(JULY_18, "SHORT_DATE_FORMAT") == "18.07.2018"
        assert long_date(JULY_18) == official


def test_kazakh_month_names_are_lower_case_in_every_month():
    expected = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
    with translation.override("kk"):
        months = [date_filter(datetime(2026, month, 1), "E") for month in range(1, 13)]
        standalone = [date_filter(datetime(2026, month, 1), "F") for month in range(1, 13)]
    assert " ".join(months) == expected
    assert " ".join(standalone) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "2018 жылғы 18 шілдеден бастап"),
        ("ru", "с 18 июля 2018 г."),
        ("en", "since 18 July 2018"),
    ],
)
def test_since_a_date_reads_in_the_official_form(language, text):
    with translation.override(language):
        assert since_date(JULY_18) == text


def test_kazakh_months_take_the_ablative_after_since():
    expected = (
        "қаңтардан ақпаннан наурыздан сәуірден мамырдан маусымнан шілдеден тамыздан қыркүйектен "
        "қазаннан қарашадан желтоқсаннан"
    )
    with translation.override("kk"):
        months = [since_date(date(2026, month, 1)).split()[3] for month in range(1, 13)]
    assert " ".join(months) == expected


@pytest.mark.parametrize(
    ("language", "views", "millions", "share"),
    [
        ("kk", "1\xa0070", "25\xa0000\xa0000", "15,8"),
        ("ru", "1\xa0070", "25\xa0000\xa0000", "15,8"),
        ("en", "1,070", "25,000,000", "15.8"),
    ],
)
def test_numbers_group_thousands_and_use_the_decimal_separator(language, views, millions, share):
    with translation.override(language):
        assert intcomma(1070) == views
        assert intcomma(25_000_000) == millions
        assert floatformat(Decimal("15.8"), 1) == share


@pytest.mark.parametrize(
    ("language", "count", "text"),
    [
        ("kk", 1070, "1\xa0070 қаралым"),
        ("kk", 1, "1 қаралым"),
        ("ru", 1070, "1\xa0070 просмотров"),
        ("ru", 21, "21 просмотр"),
        ("ru", 3, "3 просмотра"),
        ("en", 1070, "1,070 views"),
        ("en", 1, "1 view"),
    ],
)
def test_view_counts_read_naturally(language, count, text):
    from django.template import Context, Template

    template = Template("{% load portal_tags %}{% view_count count %}")
    with translation.override(language):
        assert template.render(Context({"count": count})) == (
            f'<span class="view-count">{text}</span>'
        )
