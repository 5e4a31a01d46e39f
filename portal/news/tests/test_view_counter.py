import threading

import pytest
from django.db import connection
from django.test import Client

from portal.news import services
from portal.news.models import NewsPage, SectionKind
from portal.news.tests.factories import add_article


@pytest.fixture
def article(portal_site):
    return add_article(portal_site["sections"][SectionKind.ACTIVITIES], title="Tập huấn kỹ năng số")


@pytest.mark.django_db
def test_viewing_an_article_does_not_write_to_the_database(
    article, client, django_assert_max_num_queries
):
    client.get(article.url)  # warm caches of site and locale
    with django_assert_max_num_queries(30) as captured:
        response = client.get(article.url)
    assert response.status_code == 200
    writes = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    assert writes == []
    assert NewsPage.objects.get(pk=article.pk).view_count == 0
    assert services.flush_article_views() == 2
    assert NewsPage.objects.get(pk=article.pk).view_count == 2


@pytest.mark.django_db
def test_cached_views_are_counted_too(article, client):
    first = client.get(article.url)
    second = client.get(article.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    services.flush_article_views()
    assert NewsPage.objects.get(pk=article.pk).view_count == 2


@pytest.mark.django_db(transaction=True)
def test_concurrent_views_and_flushes_lose_nothing(portal_site):
    article = add_article(portal_site["sections"][SectionKind.ACTIVITIES], title="Đông người xem")
    threads_count, per_thread = 6, 25
    errors: list[BaseException] = []

    def reader(number: int) -> None:
        client = Client()
        try:
            for index in range(per_thread):
                assert client.get(article.url).status_code == 200
                if index % 10 == 0:
                    services.flush_article_views()
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    services.flush_article_views()
    assert errors == []
    assert NewsPage.objects.get(pk=article.pk).view_count == threads_count * per_thread


@pytest.mark.django_db
def test_article_shows_stored_and_pending_views(article, client):
    NewsPage.objects.filter(pk=article.pk).update(view_count=1233)
    response = client.get(article.url)
    assert "1.234 lượt xem" in response.content.decode()
