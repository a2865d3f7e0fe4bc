"""Admin forms of the cooperation pages: checks that span the page and its inline rows."""

from django.utils.translation import gettext_lazy as _

from portal.forms import PortalPageForm


def filled_forms(formset):
    """The formset's rows that are kept, in the order the editor gave them."""
    if getattr(formset, "can_order", False):
        return list(formset.ordered_forms)
    deleted = set(formset.deleted_forms) if formset.can_delete else set()
    return [
        form
        for index, form in enumerate(formset.forms)
        if form not in deleted and (index < formset.initial_form_count() or form.has_changed())
    ]


def add_formset_error(formset, message):
    formset.non_form_errors()  # make sure the error list exists
    formset._non_form_errors.append(message)


class DelegationPageForm(PortalPageForm):
    def is_valid(self):
        valid = super().is_valid()
        if not valid:
            return False
        start, end = self.cleaned_data.get("start_date"), self.cleaned_data.get("end_date")
        for form in filled_forms(self.formsets["programme"]):
            day = form.cleaned_data.get("date")
            if day and start and end and not start <= day <= end:
                form.add_error("date", _("Give a date within the dates of the visit."))
                valid = False
        return valid


class AgreementPageForm(PortalPageForm):
    def is_valid(self):
        valid = super().is_valid()
        if not valid:
            return False
        parties = self.formsets["parties"]
        if len(filled_forms(parties)) < 2:
            add_formset_error(parties, _("An agreement needs at least two parties."))
            valid = False
        previous = None
        for form in filled_forms(self.formsets["status_history"]):
            day = form.cleaned_data.get("date")
            if previous and day and day < previous:
                form.add_error(
                    "date",
                    _("The status history goes back in time: give the changes in date order."),
                )
                valid = False
            previous = day or previous
        return valid
