"""Admin forms of the cooperation pages: checks that span the page and its inline rows.

Every check runs even when another field has an error, so the editor sees all of them at once;
a check that needs a field (the visit's dates) waits until that field itself is valid.
"""

from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME
from django.utils.translation import gettext_lazy as _

from portal.forms import PortalPageForm

from .choices import SIGNED_STATUSES


def filled_forms(formset):
    """The formset's rows that are kept (not deleted, not an untouched blank row), in the
    order the editor gave them. Works on an invalid formset too, unlike `ordered_forms`."""
    formset.is_valid()  # cleans every row (the form stops at the first invalid formset)
    kept = [
        form
        for index, form in enumerate(formset.forms)
        if (index < formset.initial_form_count() or form.has_changed())
        and not (formset.can_delete and form.cleaned_data.get(DELETION_FIELD_NAME))
    ]
    if getattr(formset, "can_order", False):
        # Rows without an order go last, as in Django's `ordered_forms`.
        def position(form):
            order = form.cleaned_data.get(ORDERING_FIELD_NAME)
            return (order is None, order or 0)

        kept.sort(key=position)
    return kept


def add_formset_error(formset, message):
    formset.non_form_errors()  # make sure the error list exists
    formset._non_form_errors.append(message)


class RecordPageForm(PortalPageForm):
    """A page form with checks across the page and its rows, in `check_rows` (run once, after
    the fields and rows are cleaned; it returns whether they pass)."""

    def is_valid(self):
        valid = super().is_valid()
        if not self.is_bound:
            return valid
        if not hasattr(self, "_rows_pass"):
            self._rows_pass = self.check_rows()
        return valid and self._rows_pass

    def check_rows(self):
        return True


class DelegationPageForm(RecordPageForm):
    def check_rows(self):
        start, end = self.cleaned_data.get("start_date"), self.cleaned_data.get("end_date")
        if not (start and end) or end < start:
            return True  # the dates have their own error
        valid = True
        for form in filled_forms(self.formsets["programme"]):
            day = form.cleaned_data.get("date")
            if day and not start <= day <= end:
                form.add_error("date", _("Give a date within the dates of the visit."))
                valid = False
        return valid


class AgreementPageForm(RecordPageForm):
    def check_rows(self):
        valid = True
        parties = self.formsets["parties"]
        if len(filled_forms(parties)) < 2:
            add_formset_error(parties, _("An agreement needs at least two parties."))
            valid = False
        previous = None
        history = filled_forms(self.formsets["status_history"])
        for form in history:
            day = form.cleaned_data.get("date")
            if previous and day and day < previous:
                form.add_error(
                    "date",
                    _("The status history goes back in time: give the changes in date order."),
                )
                valid = False
            previous = day or previous
        statuses = {form.cleaned_data.get("status") for form in history}
        if statuses & SIGNED_STATUSES and not self.cleaned_data.get("signed_on"):
            self.add_error(
                "signed_on",
                _("Give the date of signing: the status history says it is signed."),
            )
            valid = False
        return valid
