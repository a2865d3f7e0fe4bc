import pytest

from tests.factories import ArticlePageFactory


@pytest.mark.django_db
def test_smoke(client, site):
    article = ArticlePageFactory(parent=site.news, view_count=1070)
    response = client.get(f"/kk/news/{article.slug}/")
    print(response.status_code, article.slug)
    print(response.content.decode()[:6000])
    assert response.status_code == 200
