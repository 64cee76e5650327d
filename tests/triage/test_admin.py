import re

import pytest
from django.urls import reverse

from tests.factories import opened, per_language, publish_rules, publish_unchecked
from triage.models import BodyArea, Cause, Clue, Evidence, SafetyCase, Tier, WarningSign
from triage.rules import current_rules

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.mark.parametrize(
    "model",
    [
        "tier",
        "bodyarea",
        "warningsign",
        "riskgroup",
        "ageband",
        "clue",
        "cause",
        "safetycase",
        "hazard",
    ],
)
def test_every_triage_list_and_change_page_loads_for_staff(staff_client, model):
    response = staff_client.get(reverse(f"admin:triage_{model}_changelist"))
    assert response.status_code == 200
    first = re.search(rf'href="/admin/triage/{model}/(\d+)/change/', response.content.decode())
    assert first, f"no {model} listed"
    assert (
        staff_client.get(reverse(f"admin:triage_{model}_change", args=[first.group(1)])).status_code
        == 200
    )


def test_triage_admin_is_for_staff_only(client, public_user_client):
    url = reverse("admin:triage_warningsign_changelist")
    assert client.get(url).status_code == 302
    assert public_user_client.get(url).status_code == 302


def test_warning_sign_list_shows_tier_and_areas(staff_client):
    html = staff_client.get(reverse("admin:triage_warningsign_changelist")).content.decode()
    assert "Every area" in html
    assert "Calf" in html
    assert "Emergency: call the emergency number now" in html


def sign_form(sign=None, **overrides):
    data = {
        "question": "A new sign",
        "slug": "new-sign",
        "tier": "gp",
        "why": "Because.",
        "source": "NHS",
        "position": "0",
    }
    data.update(overrides)
    return per_language(WarningSign, data, sign)


@pytest.mark.parametrize("missing", ["tier", "why", "source"])
def test_a_warning_sign_needs_a_tier_an_explanation_and_a_source(staff_client, missing):
    response = staff_client.post(
        reverse("admin:triage_warningsign_add"), sign_form(**{missing: ""})
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not WarningSign.objects.filter(slug="new-sign").exists()


def test_a_warning_sign_cannot_be_self_care(staff_client):
    response = staff_client.post(
        reverse("admin:triage_warningsign_add"), sign_form(tier="self_care")
    )
    assert response.status_code == 200
    assert "A warning sign must need help" in response.content.decode()
    assert not WarningSign.objects.filter(slug="new-sign").exists()


def test_a_complete_warning_sign_is_saved(staff_client):
    response = staff_client.post(reverse("admin:triage_warningsign_add"), sign_form())
    assert response.status_code == 302
    assert WarningSign.objects.get(slug="new-sign").tier == "gp"


def test_tiers_can_be_reworded_but_not_added_or_deleted(staff_client):
    tier = Tier.objects.get(slug="gp")
    assert staff_client.get(reverse("admin:triage_tier_add")).status_code == 403
    assert staff_client.get(reverse("admin:triage_tier_delete", args=[tier.pk])).status_code == 403
    response = staff_client.post(
        reverse("admin:triage_tier_change", args=[tier.pk]),
        per_language(
            Tier,
            {
                "title": "See your GP soon",
                "action": "Book it.",
                "safety_net": "Call 111.",
                **opened(tier),
            },
            tier,
        ),
    )
    assert response.status_code == 302
    assert current_rules(working=True).tiers["gp"].title == "See your GP soon"
    assert current_rules().tiers["gp"].title != "See your GP soon"  # not published yet
    publish_rules()
    assert current_rules().tiers["gp"].title == "See your GP soon"


def test_an_edit_in_the_admin_changes_the_next_result_once_published(client, staff_client):
    sign = WarningSign.objects.get(slug="frequent")
    assert (
        'data-urgency="gp"'
        in client.post("/check/result/", {"area": "calf", "signs": ["frequent"]}).content.decode()
    )
    data = sign_form(
        sign,
        question=sign.question,
        slug=sign.slug,
        tier="urgent",
        why=sign.why,
        source=sign.source,
        areas=[a.pk for a in sign.areas.all()],
        **opened(sign),
    )
    assert (
        staff_client.post(
            reverse("admin:triage_warningsign_change", args=[sign.pk]), data
        ).status_code
        == 302
    )
    # The public checker keeps the published rules until a reviewer publishes the change.
    assert (
        'data-urgency="gp"'
        in client.post("/check/result/", {"area": "calf", "signs": ["frequent"]}).content.decode()
    )
    publish_unchecked()  # two safety cases expect "gp" here: publishing would be refused
    assert (
        'data-urgency="urgent"'
        in client.post("/check/result/", {"area": "calf", "signs": ["frequent"]}).content.decode()
    )


def test_evidence_must_name_exactly_one_answer(staff_client):
    cause = Cause.objects.get(slug="overuse")
    hand, stress = BodyArea.objects.get(slug="hand"), Clue.objects.get(slug="stress")
    evidence = list(cause.evidence.all())
    data = {
        "name": cause.name,
        "slug": cause.slug,
        "explanation": cause.explanation,
        "how_common": cause.how_common,
        "self_care": cause.self_care,
        "section": cause.section_id or "",
        "position": cause.position,
        "evidence-TOTAL_FORMS": str(len(evidence) + 1),
        "evidence-INITIAL_FORMS": str(len(evidence)),
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        **opened(cause),
    }
    for i, e in enumerate(evidence):
        data.update(
            {
                f"evidence-{i}-id": e.pk,
                f"evidence-{i}-cause": cause.pk,
                f"evidence-{i}-weight": e.weight,
                **{
                    f"evidence-{i}-{kind}": getattr(e, f"{kind}_id") or ""
                    for kind in ("area", "sign", "group", "clue")
                },
            }
        )
    n = len(evidence)
    data.update(
        {
            # Two answers in one row: an area and a clue.
            f"evidence-{n}-area": hand.pk,
            f"evidence-{n}-clue": stress.pk,
            f"evidence-{n}-sign": "",
            f"evidence-{n}-group": "",
            f"evidence-{n}-weight": "2",
        }
    )
    response = staff_client.post(
        reverse("admin:triage_cause_change", args=[cause.pk]), per_language(Cause, data, cause)
    )
    assert response.status_code == 200
    assert "Choose exactly one answer" in response.content.decode()
    assert Evidence.objects.filter(cause=cause).count() == len(evidence)


def test_safety_case_list_shows_pass_for_every_seeded_case(staff_client):
    html = staff_client.get(
        reverse("admin:triage_safetycase_changelist") + "?all="
    ).content.decode()
    assert "✔ Pass" in html
    assert "✘ Fail" not in html


def test_the_run_page_shows_at_once_when_an_edit_breaks_a_case(staff_client):
    url = reverse("admin:triage_safetycase_run")
    html = staff_client.get(url).content.decode()
    total = SafetyCase.objects.count()
    assert f"All {total} safety cases pass" in html
    sign = WarningSign.objects.get(slug="chest-pain")
    sign.tier = "gp"
    sign.save()
    html = staff_client.get(url).content.decode()
    assert "✘ Fail" in html
    assert re.search(r"\d+ of \d+ safety cases? fail", html)
    assert "gave gp, expected emergency" in html


def test_slugs_cannot_be_changed_once_created(staff_client):
    sign = WarningSign.objects.get(slug="frequent")
    response = staff_client.get(reverse("admin:triage_warningsign_change", args=[sign.pk]))
    assert 'name="slug"' not in response.content.decode()
    data = sign_form(
        sign,
        question=sign.question,
        slug="renamed",
        tier=sign.tier,
        why=sign.why,
        source=sign.source,
        **opened(sign),
    )
    staff_client.post(reverse("admin:triage_warningsign_change", args=[sign.pk]), data)
    sign.refresh_from_db()
    assert sign.slug == "frequent"
    assert (
        'name="slug"' in staff_client.get(reverse("admin:triage_warningsign_add")).content.decode()
    )


def test_the_cause_page_does_not_query_more_for_more_evidence(staff_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cause = Cause.objects.get(slug="overuse")
    url = reverse("admin:triage_cause_change", args=[cause.pk])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(url).status_code == 200
        return len(captured)

    before = queries()
    for clue in Clue.objects.exclude(slug__in=["during-exercise", "repetitive"])[:5]:
        Evidence.objects.create(cause=cause, clue=clue, weight=1)
    assert queries() == before


def clinical_reviewer(client):
    """Sign in a staff member who may view the checker's rules, cases and hazards, and no more."""
    from django.contrib.auth.models import Permission

    from tests.factories import make_user

    user = make_user(staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="triage",
            codename__in=["view_hazard", "view_safetycase", "view_warningsign"],
        )
    )
    client.force_login(user)
    return client


def test_the_clinical_safety_report_lists_every_hazard_with_its_risk_and_cases(client):
    from triage.models import Hazard

    reviewer = clinical_reviewer(client)
    response = reviewer.get(reverse("admin:triage_hazard_report"))
    assert response.status_code == 200
    html = response.content.decode()
    hazards = list(Hazard.objects.all())
    assert len(hazards) >= 10
    for hazard in hazards:
        assert f'data-hazard="{hazard.reference}"' in html
        assert hazard.title in html
        assert f"{hazard.residual_risk} {hazard.risk_name(hazard.residual_risk)}" in html
    assert f"All {len(hazards)} hazards have safety cases, and every one passes today." in html
    assert 'data-proven="false"' not in html
    assert html.count('data-passed="true"') == sum(h.safety_cases.count() for h in hazards)
    # The reviewer may read the log, not change it.
    assert reviewer.get(reverse("admin:triage_hazard_add")).status_code == 403


def test_the_report_shows_a_hazard_whose_case_fails_today(client):
    reviewer = clinical_reviewer(client)
    WarningSign.objects.filter(slug="meningitis-signs").update(tier="gp")
    from triage.rules import rules_changed

    rules_changed()
    html = reviewer.get(reverse("admin:triage_hazard_report")).content.decode()
    assert 'data-hazard="H02" data-proven="false"' in html
    assert "gave gp, expected emergency" in html
    assert "not proven today" in html


def test_the_report_is_for_those_who_may_view_hazards(client):
    from tests.factories import make_user

    client.force_login(make_user(staff=True))
    assert client.get(reverse("admin:triage_hazard_report")).status_code == 403


def test_hazard_risk_follows_the_dcb0129_matrix():
    from triage.models import Hazard

    assert Hazard.risk(severity=5, likelihood=5) == 5
    assert Hazard.risk(severity=1, likelihood=1) == 1
    assert Hazard.risk(severity=5, likelihood=1) == 3
    assert Hazard.risk(severity=3, likelihood=3) == 3
    assert Hazard.risk(severity=4, likelihood=2) == 3
    assert [Hazard.risk(s, 4) for s in range(1, 6)] == [2, 3, 3, 4, 5]


def test_a_safety_case_fails_when_a_cause_it_forbids_is_listed():
    case = SafetyCase.objects.get(name="Hand cramp at night is not a night-time leg cramp")
    assert case.run(current_rules(working=True)).passed
    night = Cause.objects.get(slug="night-cramps")
    night.areas.add(BodyArea.objects.get(slug="hand"))
    outcome = case.run(current_rules(working=True))
    assert not outcome.passed
    assert outcome.unwanted_causes == ["night-cramps"]


def test_a_risk_group_with_an_urgency_needs_a_source(staff_client):
    from triage.models import RiskGroup

    group = RiskGroup.objects.get(slug="athlete")
    response = staff_client.post(
        reverse("admin:triage_riskgroup_change", args=[group.pk]),
        per_language(
            RiskGroup,
            {
                "label": group.label,
                "why": group.why,
                "tier": "gp",
                "source": "",
                "position": "0",
                **opened(group),
            },
            group,
        ),
    )
    assert response.status_code == 200
    assert "Name the clinical source for this urgency." in response.content.decode()
    group.refresh_from_db()
    assert group.tier == ""


def test_staff_without_rights_cannot_run_the_safety_cases(client):
    from tests.factories import make_user

    client.force_login(make_user(staff=True))
    assert client.get(reverse("admin:triage_safetycase_run")).status_code == 403
    assert clinical_reviewer(client).get(reverse("admin:triage_safetycase_run")).status_code == 200


@pytest.mark.parametrize(
    ("model", "slug"),
    [("warningsign", "chest-pain"), ("cause", "night-cramps"), ("riskgroup", "pregnant")],
)
def test_a_rule_that_a_safety_case_names_cannot_be_deleted(staff_client, model, slug):
    from django.apps import apps

    obj = apps.get_model("triage", model).objects.get(slug=slug)
    url = reverse(f"admin:triage_{model}_delete", args=[obj.pk])
    page = staff_client.get(url).content.decode()
    assert "would require deleting the following protected related objects" in page
    assert "Safety case “" in page
    staff_client.post(url, {"post": "yes"})
    assert apps.get_model("triage", model).objects.filter(slug=slug).exists()


def test_a_rule_no_case_names_can_still_be_deleted(staff_client):
    sign = WarningSign.objects.create(slug="unused", question="q", tier="gp", why="w", source="s")
    staff_client.post(reverse("admin:triage_warningsign_delete", args=[sign.pk]), {"post": "yes"})
    assert not WarningSign.objects.filter(slug="unused").exists()


def test_an_article_section_that_a_cause_links_to_cannot_be_deleted():
    from django.db.models import ProtectedError

    section = Cause.objects.get(slug="night-cramps").section
    with pytest.raises(ProtectedError):
        section.delete()
    assert Cause.objects.get(slug="night-cramps").section == section
