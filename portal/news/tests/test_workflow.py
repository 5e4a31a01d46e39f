import pytest
from django.test import Client
from wagtail.models import Page, Workflow, WorkflowState

from portal.news.models import NewsPage, SectionKind

pytestmark = pytest.mark.django_db


def create_draft_as(user, section) -> NewsPage:
    client = Client()
    client.force_login(user)
    response = client.post(
        f"/admin/pages/add/news/newspage/{section.pk}/",
        {
            "title": "Tập huấn chữ ký số cho cán bộ xã",
            "slug": "tap-huan-chu-ky-so",
            "summary": "Cán bộ xã được hướng dẫn dùng chữ ký số.",
            "published_on": "2025-10-02",
            "author_unit": "UBND xã Mường Lai",
            "tags": "",
            "image_alt": "",
            "body-count": "0",
            "action-submit": "Submit for moderation",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(slug="tap-huan-chu-ky-so")


def test_editor_cannot_publish_but_can_submit_for_review(portal_site, editor):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    page = create_draft_as(editor, section)

    assert page.live is False
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert Client().get(f"{section.url}tap-huan-chu-ky-so/").status_code == 404


def test_moderator_approval_publishes_the_page(portal_site, editor, moderator):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    page = create_draft_as(editor, section)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state

    reviewer = Client()
    reviewer.force_login(moderator)
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Đạt"}
    )
    assert response.status_code in (200, 302)

    page.refresh_from_db()
    assert page.live is True
    public = Client().get(page.url)
    assert public.status_code == 200
    assert "Tập huấn chữ ký số cho cán bộ xã" in public.content.decode()


def test_editor_cannot_approve_their_own_submission(portal_site, editor):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    page = create_draft_as(editor, section)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client = Client()
    client.force_login(editor)
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    page.refresh_from_db()
    assert page.live is False


def test_the_review_workflow_covers_the_whole_site(portal_site):
    home = portal_site["home"]
    workflow = Page.objects.get(pk=home.pk).get_workflow()
    assert isinstance(workflow, Workflow)
    assert workflow.active
