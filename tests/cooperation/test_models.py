"""The records themselves: status kept from its history, positions by date, slugs."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from cooperation.models import AgreementPage, PartnerPlace, Sector
from cooperation.templatetags.cooperation_tags import ordinal

from .factories import (
    STATUS,
    CountryFactory,
    PartnerPlaceFactory,
    make_agreement,
    make_person,
)


@pytest.mark.django_db
class TestAgreementStatus:
    def test_status_is_the_latest_in_the_history(self, cooperation):
        country = CountryFactory(code="CN")
        agreement = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, country],
            statuses=[
                (date(2019, 3, 1), STATUS.UNDER_CONSIDERATION),
                (date(2019, 5, 14), STATUS.SIGNED),
                (date(2020, 1, 10), STATUS.IN_IMPLEMENTATION),
            ],
        )
        agreement = AgreementPage.objects.get(pk=agreement.pk)
        assert agreement.status == STATUS.IN_IMPLEMENTATION
        assert agreement.status_date == date(2020, 1, 10)
        assert agreement.record_date == date(2019, 5, 14)

    def test_an_unsigned_agreement_is_dated_by_its_first_status(self, cooperation):
        agreement = make_agreement(
            cooperation.agreements,
            parties=[cooperation.region, CountryFactory()],
            signed_on=None,
            statuses=[(date(2021, 6, 2), STATUS.UNDER_CONSIDERATION)],
        )
        assert AgreementPage.objects.get(pk=agreement.pk).record_date == date(2021, 6, 2)


@pytest.mark.django_db
class TestPersonPosition:
    def test_the_title_is_the_one_held_on_the_day(self):
        person = make_person(
            positions=[
                (
                    "Қызылорда облысының әкімі",
                    "аким Кызылординской области",
                    "akim of Kyzylorda region",
                    date(2013, 1, 1),
                    date(2019, 3, 21),
                ),
                (
                    "Түркістан облысының әкімі",
                    "аким Туркестанской области",
                    "akim of Turkestan region",
                    date(2019, 3, 22),
                    None,
                ),
            ]
        )
        assert person.position_on(date(2018, 7, 18)) == "Қызылорда облысының әкімі"
        assert person.position_on(date(2019, 5, 14)) == "Түркістан облысының әкімі"
        assert person.position_on(date(2010, 1, 1)) == ""


@pytest.mark.django_db
class TestSnippets:
    def test_the_fields_of_cooperation_are_the_fixed_list(self):
        assert Sector.objects.count() == 13
        assert [sector.code for sector in Sector.objects.all()][:2] == ["trade", "agriculture"]

    def test_a_place_slug_comes_from_its_english_name(self):
        place = PartnerPlaceFactory(name_kk="Шэньси", name_ru="Шэньси", name_en="Shaanxi")
        twin = PartnerPlace(
            name_kk="Шэньси", name_en="Shaanxi", kind="province", country=place.country
        )
        twin.save()
        assert (place.slug, twin.slug) == ("shaanxi", "shaanxi-2")

    def test_a_country_code_is_two_latin_letters(self):
        country = CountryFactory.build(code="К1", name_kk="Қытай")
        with pytest.raises(ValidationError):
            country.full_clean()


class TestOrdinals:
    @pytest.mark.parametrize(
        ("number", "kazakh"),
        [
            (1, "1-ші"),
            (2, "2-ші"),
            (6, "6-шы"),
            (9, "9-шы"),
            (10, "10-шы"),
            (15, "15-ші"),
            (20, "20-шы"),
            (50, "50-ші"),
            (70, "70-ші"),
            (90, "90-шы"),
            (100, "100-ші"),
        ],
    )
    def test_kazakh_ordinals_take_the_ending_of_the_last_word(self, number, kazakh):
        with translation.override("kk"):
            assert ordinal(number) == kazakh

    def test_other_languages_keep_djangos_ordinals(self):
        with translation.override("en"):
            assert ordinal(15) == "15th"
