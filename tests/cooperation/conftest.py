from types import SimpleNamespace

import pytest

from news.models import Region

from .factories import make_section


@pytest.fixture
def cooperation(site):
    """The site of tests/conftest.py with the Cooperation section, its lists and our region."""
    section, agreements, delegations, projects = make_section(site.home)
    region = Region.objects.create(
        name_kk="Түркістан облысы", name_ru="Туркестанская область", name_en="Turkestan region"
    )
    return SimpleNamespace(
        **vars(site),
        section=section,
        agreements=agreements,
        delegations=delegations,
        projects=projects,
        region=region,
    )
