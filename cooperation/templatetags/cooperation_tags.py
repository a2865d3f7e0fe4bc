from django import template
from django.contrib.humanize.templatetags.humanize import ordinal as humanize_ordinal
from django.utils import translation

register = template.Library()

# The Kazakh ordinal ending follows the vowels of the last numeral word read aloud:
# 6 алты, 9 тоғыз and the tens он, жиырма, отыз, қырық, алпыс, тоқсан take the back "-шы".
_BACK_UNITS = {6, 9}
_BACK_TENS = {1, 2, 3, 4, 6, 9}


def kazakh_ordinal(number):
    units, tens = number % 10, (number // 10) % 10
    if units:
        back = units in _BACK_UNITS
    elif tens:
        back = tens in _BACK_TENS
    else:
        back = number % 1000 == 0  # мың "-шы"; жүз "-ші"
    return f"{number}-{'шы' if back else 'ші'}"


@register.filter
def ordinal(value):
    """An ordinal number in the active language: "15-ші", "15-й", "15th"."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return value
    if translation.get_language() == "kk" and number > 0:
        return kazakh_ordinal(number)
    return humanize_ordinal(number)


@register.filter
def position_on(person, day):
    """The title `person` held on `day` (reads the prefetched positions)."""
    return person.position_on(day) if person is not None else ""
