"""The fixed lists of the cooperation records, translated through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceKind(models.TextChoices):
    REGION = "region", _("region")
    PROVINCE = "province", _("province")
    STATE = "state", _("state")
    CITY = "city", _("city")
    DISTRICT = "district", _("district")


class OrganisationKind(models.TextChoices):
    COMPANY = "company", _("company")
    UNIVERSITY = "university", _("university")
    ASSOCIATION = "association", _("association")
    INTERNATIONAL = "international", _("international body")
    STATE_AGENCY = "state_agency", _("state agency")
    OTHER = "other", _("other organisation")


class Direction(models.TextChoices):
    OUTGOING = "outgoing", _("outgoing visit")
    INCOMING = "incoming", _("incoming visit")


class ProgrammeItemKind(models.TextChoices):
    MEETING = "meeting", _("meeting")
    FORUM = "forum", _("forum")
    SITE_VISIT = "site_visit", _("site visit")
    BUSINESS_MEETING = "business_meeting", _("business meeting")
    SIGNING = "signing", _("signing")


class AgreementKind(models.TextChoices):
    MEMORANDUM = "memorandum", _("memorandum")
    COOPERATION = "cooperation", _("cooperation agreement")
    SISTER_REGION = "sister_region", _("sister-region agreement")
    SISTER_CITY = "sister_city", _("sister-city agreement")
    ROADMAP = "roadmap", _("roadmap")
    INVESTMENT = "investment", _("investment agreement")
    OTHER = "other", _("other agreement")


class AgreementStatus(models.TextChoices):
    UNDER_CONSIDERATION = "under_consideration", _("under consideration")
    SIGNED = "signed", _("signed")
    IN_IMPLEMENTATION = "in_implementation", _("in implementation")
    COMPLETED = "completed", _("completed")
    EXPIRED = "expired", _("expired")
    TERMINATED = "terminated", _("terminated")


# Statuses that can only follow a signature: an agreement in one of them needs its signing date.
SIGNED_STATUSES = {
    AgreementStatus.SIGNED,
    AgreementStatus.IN_IMPLEMENTATION,
    AgreementStatus.COMPLETED,
    AgreementStatus.EXPIRED,
}


class SectorCode(models.TextChoices):
    """The fields an agreement covers, also a project's sector."""

    TRADE = "trade", _("trade and economy")
    AGRICULTURE = "agriculture", _("agriculture")
    INDUSTRY = "industry", _("industry")
    ENERGY = "energy", _("energy")
    CONSTRUCTION = "construction", _("construction")
    TRANSPORT = "transport", _("transport and logistics")
    TOURISM = "tourism", _("tourism")
    EDUCATION = "education", _("education")
    SCIENCE = "science", _("science and technology")
    HEALTH = "health", _("health")
    CULTURE = "culture", _("culture and humanities")
    DIGITAL = "digital", _("IT and digital")
    ECOLOGY = "ecology", _("ecology")


class ProjectStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    PREPARATION = "preparation", _("in preparation")
    CONSTRUCTION = "construction", _("under construction")
    OPERATING = "operating", _("in operation")
    SUSPENDED = "suspended", _("suspended")
    CANCELLED = "cancelled", _("cancelled")


class Currency(models.TextChoices):
    USD = "USD", "USD"
    KZT = "KZT", "KZT"
    EUR = "EUR", "EUR"
    CNY = "CNY", "CNY"
    KRW = "KRW", "KRW"
    RUB = "RUB", "RUB"


class DocumentLanguage(models.TextChoices):
    KK = "kk", _("Kazakh")
    RU = "ru", _("Russian")
    EN = "en", _("English")
    ZH = "zh", _("Chinese")
    KO = "ko", _("Korean")
    KY = "ky", _("Kyrgyz")
    TH = "th", _("Thai")
    OTHER = "other", _("another language")
