"""What the Cooperation section, the country and place pages and the record pages show.

Called from the pages' `get_context` and routes (cooperation/models/pages.py).
"""


def section_context(page, request):
    return {}


def countries_view(page, request):
    raise NotImplementedError


def country_view(page, request, code):
    raise NotImplementedError


def place_view(page, request, slug):
    raise NotImplementedError


def delegation_context(page, request):
    return {}


def agreement_context(page, request):
    return {}


def project_context(page, request):
    return {}
