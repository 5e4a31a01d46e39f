from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Revision, Workflow, WorkflowState

from conftest import sign_in
from portal.news.models import NewsPage, SectionKind
from portal.news.tests.factories import add_article

pytestmark = pytest.mark.django_db


def create_draft_as(user, section) -> NewsPage:
    client = Client()
    sign_in(client, user)
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
    sign_in(reviewer, moderator)
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
    sign_in(client, editor)
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    page.refresh_from_db()
    assert page.live is False


def test_the_review_workflow_covers_the_whole_site(portal_site):
    home = portal_site["home"]
    workflow = Page.objects.get(pk=home.pk).get_workflow()
    assert isinstance(workflow, Workflow)
    assert workflow.active


def test_scheduled_page_goes_live_when_its_time_comes(portal_site, client):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    page = add_article(section, title="Thông báo lịch tập huấn tháng 12", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=2)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live is False
    assert client.get(f"{section.url}{page.slug}/").status_code == 404

    # Let the two hours pass: move the scheduled revision's go-live moment into the past.
    scheduled = Revision.objects.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)
    revision = scheduled.get()
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live is True
    assert client.get(page.url).status_code == 200


def test_every_publish_keeps_a_revision(portal_site):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    page = add_article(section, title="Bản đầu")
    page.title = "Bản sửa"
    page.save_revision().publish()
    titles = [revision.content["title"] for revision in page.revisions.order_by("created_at")]
    assert titles[-2:] == ["Bản đầu", "Bản sửa"]
