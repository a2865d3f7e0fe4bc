"""Month names, listed here so that the project's catalogues carry them.

Django's Kazakh catalogue capitalises month names; inside Kazakh dates they are written in lower
case ("18 шілде 2018"). Listing the msgids here puts them into locale/kk and locale/ru, whose
translations take precedence over Django's own.
"""

from django.utils.translation import gettext_lazy, pgettext_lazy

# The "F" and "N" date formats: the month on its own ("шілде 2018", "июль 2018").
MONTHS = (
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
)

# The "E" date format: the month inside a date ("18 шілде 2018", "18 июля 2018").
MONTHS_IN_DATES = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)

# The month after "since" (portal_tags.since_date): Kazakh puts it in the ablative ("2026 жылғы
# 18 шілдеден бастап"), which no date format character gives; Russian in the genitive.
MONTHS_AFTER_SINCE = (
    pgettext_lazy("month after since", "January"),
    pgettext_lazy("month after since", "February"),
    pgettext_lazy("month after since", "March"),
    pgettext_lazy("month after since", "April"),
    pgettext_lazy("month after since", "May"),
    pgettext_lazy("month after since", "June"),
    pgettext_lazy("month after since", "July"),
    pgettext_lazy("month after since", "August"),
    pgettext_lazy("month after since", "September"),
    pgettext_lazy("month after since", "October"),
    pgettext_lazy("month after since", "November"),
    pgettext_lazy("month after since", "December"),
)
