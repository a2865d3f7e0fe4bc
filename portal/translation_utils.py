"""Which languages a piece of content exists in.

The one place that spells modeltranslation's per-language field names; everything else reads
`page.title` and lets modeltranslation serve the active language.
"""

from django.conf import settings
from django.db.models import Q
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def default_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def localized_value(obj, field_name, language):
    """The value of one language's version of a field, with no fallback."""
    return getattr(obj, build_localized_fieldname(field_name, language))


def localized_field_name(field_name, language):
    return build_localized_fieldname(field_name, language)


def translated_into(language, marker_field="title"):
    """A filter for rows whose version in `language` exists (its marker field is filled)."""
    return Q(**{f"{build_localized_fieldname(marker_field, language)}__gt": ""})


def translated_field_names(model):
    """The base names of a model's translated fields ("title", "body", ...)."""
    return set(translator.get_options_for_model(model).all_fields)
