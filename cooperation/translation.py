from modeltranslation.translator import TranslationOptions, register

from .models import (
    AgreementIndexPage,
    AgreementPage,
    AgreementStatusChange,
    CooperationIndexPage,
    Country,
    DelegationIndexPage,
    DelegationMember,
    DelegationPage,
    Event,
    Organisation,
    PartnerPlace,
    Person,
    PersonPosition,
    ProgrammeItem,
    ProjectIndexPage,
    ProjectPage,
)


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)


@register(PartnerPlace)
class PartnerPlaceTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "short_name")
    required_languages = ("kk",)


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)


@register(PersonPosition)
class PersonPositionTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("kk",)


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("name", "venue")
    required_languages = ("kk",)


@register(CooperationIndexPage)
class CooperationIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(DelegationIndexPage)
class DelegationIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(AgreementIndexPage)
class AgreementIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(ProjectIndexPage)
class ProjectIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(DelegationPage)
class DelegationPageTranslationOptions(TranslationOptions):
    fields = ("purpose", "outcomes")


@register(DelegationMember)
class DelegationMemberTranslationOptions(TranslationOptions):
    fields = ("role",)


@register(ProgrammeItem)
class ProgrammeItemTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(AgreementPage)
class AgreementPageTranslationOptions(TranslationOptions):
    fields = ("summary", "signing_place")


@register(AgreementStatusChange)
class AgreementStatusChangeTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(ProjectPage)
class ProjectPageTranslationOptions(TranslationOptions):
    fields = ("summary", "location", "capacity_unit")
