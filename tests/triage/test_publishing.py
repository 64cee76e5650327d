"""Publishing the checker's rules: the safety cases decide, a reviewer who did not edit signs."""

import pytest
from django.test import Client
from django.urls import reverse

from governance.models import AuditEntry
from governance.roles import REVIEWER, WRITER
from tests.factories import make_editor, opened, per_language
from triage import publishing
from triage.models import RuleSet, SafetyCase, WarningSign
from triage.rules import current_rules

pytestmark = pytest.mark.usefixtures("seeded")

RESULT = "/check/result/"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def urgency_of(client, **answers) -> str:
    html = client.post(RESULT, answers).content.decode()
    return html.split('data-urgency="', 1)[1].split('"', 1)[0]


def edit_sign(user, slug: str, **changes) -> WarningSign:
    """Change a warning sign in the admin as `user` would (the working copy)."""
    sign = WarningSign.objects.get(slug=slug)
    data = {
        "question": sign.question,
        "tier": sign.tier,
        "why": sign.why,
        "source": sign.source,
        "first_aid": sign.first_aid,
        "theme": sign.theme,
        "article_phrases": sign.article_phrases,
        "areas": [a.pk for a in sign.areas.all()],
        "groups": [g.pk for g in sign.groups.all()],
        "worse_with": [w.pk for w in sign.worse_with.all()],
        "worse_tier": sign.worse_tier,
        "worse_why": sign.worse_why,
        "position": sign.position,
        **opened(sign),
        **changes,
    }
    response = client_for(user).post(
        reverse("admin:triage_warningsign_change", args=[sign.pk]),
        per_language(WarningSign, data, sign),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    sign.refresh_from_db()
    return sign


def test_the_seed_publishes_the_starter_rules_as_rule_set_one():
    first = RuleSet.objects.get()
    assert first.number == 1
    assert first.cases_passed == SafetyCase.objects.count()
    assert current_rules().version == first.label


def test_a_writer_changes_the_working_copy_and_the_public_checker_keeps_the_published_rules():
    writer = make_editor(WRITER)
    edit_sign(writer, "frequent", why="Rewritten by a writer.")
    assert current_rules(working=True).signs["frequent"].why == "Rewritten by a writer."
    assert current_rules().signs["frequent"].why != "Rewritten by a writer."
    with pytest.raises(publishing.PublishError, match="Only a clinical reviewer"):
        publishing.publish_working_copy(writer, "My change")
    assert (
        client_for(writer)
        .post(reverse("admin:triage_ruleset_publish"), {"note": "My change"})
        .status_code
        == 200
    )
    assert RuleSet.objects.count() == 1


def test_a_reviewer_cannot_publish_their_own_change_but_another_can():
    author, other = make_editor(REVIEWER), make_editor(REVIEWER)
    edit_sign(author, "frequent", why="A clearer reason.")
    assert "another clinical reviewer" in publishing.refusal(author)
    response = client_for(other).post(
        reverse("admin:triage_ruleset_publish"), {"note": "Clearer reason for frequent spasms."}
    )
    assert response.status_code == 302
    latest = RuleSet.objects.order_by("-number").first()
    assert latest.number == 2 and latest.published_by == other
    assert current_rules().signs["frequent"].why == "A clearer reason."
    assert AuditEntry.objects.filter(action="rules_published", username=other.username).exists()


def test_publishing_is_refused_while_a_safety_case_fails_and_the_public_keeps_the_old_rules():
    author, reviewer = make_editor(WRITER), make_editor(REVIEWER)
    before = urgency_of(Client(), area="ribs", signs=["chest-pain"])
    assert before == "emergency"
    edit_sign(author, "chest-pain", tier="gp")  # a dangerous edit
    page = client_for(reviewer).get(reverse("admin:triage_ruleset_publish")).content.decode()
    assert "cannot be published until every case passes" in page
    assert "gave gp, expected emergency" in page
    response = client_for(reviewer).post(
        reverse("admin:triage_ruleset_publish"), {"note": "Oops"}, follow=True
    )
    assert "safety cases fail, so nothing was published" in response.content.decode()
    assert RuleSet.objects.count() == 1
    assert urgency_of(Client(), area="ribs", signs=["chest-pain"]) == "emergency"
    # Staff trying the working copy see what it would do; the public never does.
    trying = client_for(reviewer)
    trying.post(reverse("admin:triage_ruleset_try"))
    assert urgency_of(trying, area="ribs", signs=["chest-pain"]) == "gp"
    result = trying.post(RESULT, {"area": "ribs", "signs": ["chest-pain"]})
    assert "working copy of the checker’s rules" in result.content.decode()
    assert "no-store" in result["Cache-Control"]
    assert urgency_of(Client(), area="ribs", signs=["chest-pain"]) == "emergency"
    trying.get(reverse("admin:triage_ruleset_stop_trying"))
    assert urgency_of(trying, area="ribs", signs=["chest-pain"]) == "emergency"
    # Staff with no role cannot switch to the working copy.
    from tests.factories import make_user

    no_role = client_for(make_user(staff=True))
    assert no_role.post(reverse("admin:triage_ruleset_try")).status_code == 403


def test_rolling_back_is_one_action_that_publishes_an_earlier_set_again():
    author, reviewer = make_editor(WRITER), make_editor(REVIEWER)
    edit_sign(author, "frequent", why="Second version.")
    second = publishing.publish_working_copy(reviewer, "Second version")
    assert current_rules().signs["frequent"].why == "Second version."
    response = client_for(reviewer).post(reverse("admin:triage_ruleset_roll_back", args=[1]))
    assert response.status_code == 302
    third = RuleSet.objects.order_by("-number").first()
    assert third.number == second.number + 1 and third.rolled_back_to.number == 1
    assert current_rules().signs["frequent"].why != "Second version."
    assert AuditEntry.objects.filter(action="rules_rolled_back").exists()
    # A writer cannot roll back.
    client_for(author).post(reverse("admin:triage_ruleset_roll_back", args=[2]))
    assert RuleSet.objects.order_by("-number").first() == third


def test_the_printable_summary_names_the_rules_version_and_its_date():
    html = Client().post(RESULT, {"area": "calf", "signs": ["frequent"]}).content.decode()
    label = RuleSet.objects.get().label
    assert f"Clearcare’s {label}" in html
    assert "rules version 1, published" in label


def test_the_publish_page_lists_what_the_working_copy_changes():
    edit_sign(make_editor(WRITER), "frequent", why="New words here.")
    page = client_for(make_editor(REVIEWER)).get(reverse("admin:triage_ruleset_publish"))
    html = page.content.decode()
    assert "Warning sign “Spasms that are strong or painful and keep coming back”: why" in html
    assert ">New words here.</ins>" in html or "New</ins>" in html


def test_published_rule_sets_cannot_be_edited_or_deleted_in_the_admin():
    reviewer = make_editor(REVIEWER)
    client = client_for(reviewer)
    ruleset = RuleSet.objects.get()
    assert client.get(reverse("admin:triage_ruleset_changelist")).status_code == 200
    assert (
        client.post(
            reverse("admin:triage_ruleset_delete", args=[ruleset.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert RuleSet.objects.filter(pk=ruleset.pk).exists()


def test_a_deleted_warning_sign_comes_back_and_a_rule_history_compares_revisions():
    reviewer = make_editor(REVIEWER)
    client = client_for(reviewer)
    sign = edit_sign(make_editor(WRITER), "leg-swollen", why="First edit.")
    sign = edit_sign(make_editor(WRITER), "leg-swollen", why="Second edit.")
    history = client.get(reverse("admin:triage_warningsign_history", args=[sign.pk]))
    html = history.content.decode()
    assert ">First</del>" in html and ">Second</ins>" in html
    # Deleting it needs the safety cases that name it changed first; a sign no case names:
    from triage.models import SafetyCase

    for case in SafetyCase.naming(sign):
        case.signs.remove(sign)
    pk = sign.pk
    response = client.post(reverse("admin:triage_warningsign_delete", args=[pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not WarningSign.objects.filter(pk=pk).exists()
    assert AuditEntry.objects.filter(action="deleted", object_id=str(pk)).exists()
    from reversion.models import Version

    version = Version.objects.get_deleted(WarningSign).get(object_id=str(pk))
    recover = reverse("admin:triage_warningsign_recover", args=[version.pk])
    page = client.get(recover)
    assert page.status_code == 200
    form = {
        "question": sign.question,
        "tier": sign.tier,
        "why": "Second edit.",
        "source": sign.source,
        "first_aid": sign.first_aid,
        "theme": sign.theme,
        "article_phrases": sign.article_phrases,
        "worse_tier": "",
        "worse_why": "",
        "position": sign.position,
        "slug": "leg-swollen",
        "opened_revision": version.revision_id,
    }
    assert client.post(recover, per_language(WarningSign, form, sign)).status_code == 302
    assert WarningSign.objects.get(pk=pk).why == "Second edit."
    assert AuditEntry.objects.filter(action="recovered", object_id=str(pk)).exists()


def test_two_editors_of_one_rule_never_overwrite_each_other():
    first, second = make_editor(WRITER), make_editor(WRITER)
    sign = WarningSign.objects.get(slug="frequent")
    stale = opened(sign)  # both open the page now
    edit_sign(first, "frequent", why="First editor's reason.")
    response = client_for(second).post(
        reverse("admin:triage_warningsign_change", args=[sign.pk]),
        per_language(
            WarningSign,
            {
                "question": sign.question,
                "tier": sign.tier,
                "why": "Second editor's reason.",
                "source": sign.source,
                "position": sign.position,
                **stale,
            },
            sign,
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not saved:" in html and first.profile.display_name in html
    assert "Second editor" in html  # their text is still in the form
    sign.refresh_from_db()
    assert sign.why == "First editor's reason."


def test_a_rules_history_page_shows_its_audit_log():
    writer = make_editor(WRITER)
    sign = edit_sign(writer, "frequent", why="Audited words.")
    html = (
        client_for(make_editor(REVIEWER))
        .get(reverse("admin:triage_warningsign_history", args=[sign.pk]))
        .content.decode()
    )
    log = html[html.index("<h2>Audit log</h2>") :]
    assert writer.username in log and "Changed" in log


def test_restoring_a_rules_earlier_revision_changes_only_the_working_copy_and_is_audited():
    from reversion.models import Version

    reviewer = make_editor(REVIEWER)
    sign = edit_sign(make_editor(WRITER), "frequent", why="First edit.")
    first = Version.objects.get_for_object(sign).first()
    sign = edit_sign(make_editor(WRITER), "frequent", why="Second edit.")
    url = reverse("admin:triage_warningsign_revision", args=[sign.pk, first.pk])
    client = client_for(reviewer)
    page = client.get(url).content.decode()
    assert "First edit." in page  # the form shows the earlier revision
    form = {
        "question": sign.question,
        "tier": sign.tier,
        "why": "First edit.",
        "source": sign.source,
        "position": sign.position,
        "opened_revision": Version.objects.get_for_object(sign).first().revision_id,
    }
    assert client.post(url, per_language(WarningSign, form, sign)).status_code == 302
    sign.refresh_from_db()
    assert sign.why == "First edit."
    assert current_rules().signs["frequent"].why != "First edit."  # published only by a reviewer
    assert AuditEntry.objects.filter(action="restored", object_id=str(sign.pk)).exists()
