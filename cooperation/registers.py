"""The lists of the Cooperation section: the agreements register (and its CSV export), the
delegations by year and the projects. Called from the index pages (cooperation/models/pages.py).
"""


def agreement_register_context(page, request):
    return {}


def agreement_csv_response(page, request):
    raise NotImplementedError


def delegation_list_context(page, request):
    return {}


def project_list_context(page, request):
    return {}
