import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Site

from news import demo_data
from news.models import ArticlePage, Region
from portal.models import HomePage, PressServiceSettings, StandardPage


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", verbosity=0)


@pytest.mark.django_db
def test_builds_a_trilingual_site_with_varied_articles(demo, client):
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert PressServiceSettings.objects.get().name_kk
    assert StandardPage.objects.filter(slug__in=["about", "contacts"]).count() == 2

    articles = list(ArticlePage.objects.live())
    assert len(articles) == len(demo_data.ARTICLES) >= 15
    assert len({a.region_id for a in articles}) >= 3 and Region.objects.count() >= 3
    assert len({(a.date.year, a.date.month) for a in articles}) >= 6
    assert all(a.has_language("kk") for a in articles)
    assert sum(a.has_language("ru") for a in articles) > len(articles) / 2
    assert 0 < sum(a.has_language("en") for a in articles) < len(articles)  # the fallback shows

    assert all(a.main_image_id for a in articles)
    assert sum(any(b.block_type == "gallery" for b in a.body_kk) for a in articles) >= 2
    image = get_image_model().objects.first()
    assert image.file.name.endswith(".jpg") and image.width > 0

    for language in ("kk", "ru", "en"):
        assert client.get(f"/{language}/").status_code == 200
        assert client.get(f"/{language}/news/").status_code == 200
        for article in articles:
            assert client.get(article.url_in(language)).status_code == 200


@pytest.mark.django_db
def test_is_safe_to_run_twice(demo):
    def counts():
        return (
            ArticlePage.objects.count(),
            get_image_model().objects.count(),
            Region.objects.count(),
            HomePage.objects.count(),
        )

    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
