"""Each role, tried as a non-superuser: what the admin lets them do, and what it refuses."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from governance.models import AuditEntry, Profile
from governance.roles import PUBLISHER, REVIEWER, ROLES, WRITER
from tests.factories import make_article, make_editor, make_user, opened
from triage.models import WarningSign

pytestmark = pytest.mark.usefixtures("seeded")


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_roles_are_groups_with_exactly_their_permissions():
    for name, wanted in ROLES.items():
        group = Group.objects.get(name=name)
        held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert held == wanted, name


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        (WRITER, "education.change_article", True),
        (WRITER, "education.approve_article", False),
        (WRITER, "education.unpublish_article", False),
        (WRITER, "education.delete_article", False),
        (WRITER, "triage.change_warningsign", True),
        (WRITER, "triage.delete_warningsign", False),
        (WRITER, "triage.publish_rules", False),
        (REVIEWER, "education.approve_article", True),
        (REVIEWER, "triage.publish_rules", True),
        (REVIEWER, "education.unpublish_article", False),
        (PUBLISHER, "education.unpublish_article", True),
        (PUBLISHER, "education.change_article", False),
        (PUBLISHER, "education.approve_article", False),
        (PUBLISHER, "triage.change_warningsign", False),
        (PUBLISHER, "triage.publish_rules", False),
    ],
)
def test_each_role_has_only_the_rights_of_its_role(role, permission, allowed):
    assert make_editor(role).has_perm(permission) is allowed


def test_a_writer_can_edit_a_warning_sign_but_not_delete_it():
    writer = make_editor(WRITER)
    client = client_for(writer)
    sign = WarningSign.objects.get(slug="frequent")
    change = reverse("admin:triage_warningsign_change", args=[sign.pk])
    assert client.get(change).status_code == 200
    assert (
        client.post(
            reverse("admin:triage_warningsign_delete", args=[sign.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert WarningSign.objects.filter(pk=sign.pk).exists()


def test_a_publisher_sees_rules_but_cannot_change_them():
    client = client_for(make_editor(PUBLISHER))
    sign = WarningSign.objects.get(slug="frequent")
    change = reverse("admin:triage_warningsign_change", args=[sign.pk])
    assert client.get(change).status_code == 200  # a read-only view
    assert client.post(change, {"question": "Changed", **opened(sign)}).status_code == 403
    sign.refresh_from_db()
    assert sign.question != "Changed"


def test_staff_without_a_role_see_nothing():
    client = client_for(make_user(staff=True))
    assert client.get(reverse("admin:education_article_changelist")).status_code == 403
    assert client.get(reverse("admin:triage_warningsign_changelist")).status_code == 403


def test_the_audit_log_is_readable_by_every_role_and_editable_by_nobody():
    article = make_article()
    client = client_for(make_editor(PUBLISHER))
    client.post(
        reverse("admin:education_article_publication", args=[article.pk]), {"publish": "no"}
    )
    entry = AuditEntry.objects.get(action="unpublished")
    superuser = client_for(make_user(superuser=True))
    for c in (client, superuser):
        assert c.get(reverse("admin:governance_auditentry_changelist")).status_code == 200
        assert c.get(reverse("admin:governance_auditentry_add")).status_code == 403
        change = reverse("admin:governance_auditentry_change", args=[entry.pk])
        assert c.post(change, {"detail": "edited"}).status_code == 403
        delete = reverse("admin:governance_auditentry_delete", args=[entry.pk])
        assert c.post(delete, {"post": "yes"}).status_code == 403
    entry.refresh_from_db()
    assert entry.detail == ""


def test_a_failed_login_is_in_the_audit_log_without_the_password(client):
    make_user(staff=True, username="clinician")
    client.post(reverse("admin:login"), {"username": "clinician", "password": "wrong-password-1"})
    entry = AuditEntry.objects.get(action="login_failed")
    assert entry.username == "clinician"
    assert "wrong-password-1" not in str(entry.__dict__)


def test_the_reviewer_name_comes_from_the_profile():
    reviewer = make_editor(REVIEWER, credentials="MD, neurologist")
    assert reviewer.profile.byline == f"{reviewer.profile.display_name}, MD, neurologist"
    no_credentials = make_editor(REVIEWER, credentials="")
    from education import workflow

    article = make_article(status="draft")
    workflow.record_draft_save(article, make_editor(WRITER), "Drafted.", added=True)
    workflow.submit(article, make_editor(WRITER))
    assert "no credentials" in workflow.approval_refused(article, no_credentials)
    assert Profile.objects.count() >= 2
