import pytest

from triage.models import RuleSet, RulesVersion, WarningSign
from triage.rules import current_rules, rules_data

pytestmark = pytest.mark.usefixtures("seeded")


def test_rules_are_built_once_and_reused(django_assert_max_num_queries, monkeypatch):
    from triage import rules

    first = current_rules()
    with django_assert_max_num_queries(0):  # within a second: not even the stamp is read
        assert current_rules() is first
    monkeypatch.setattr(rules, "RECHECK_SECONDS", 0)
    with django_assert_max_num_queries(1):  # after it: only the version stamp is read
        assert current_rules() is first


def test_a_change_made_by_another_process_is_picked_up(monkeypatch):
    from triage import rules

    assert current_rules().signs["frequent"].tier == "gp"
    monkeypatch.setattr(rules, "RECHECK_SECONDS", 0)  # as if a second had passed
    # Another process (another app server) commits an edit and bumps the stamp;
    # this process's in-memory rules are then stale and must be rebuilt.
    WarningSign.objects.filter(slug="frequent").update(tier="urgent")
    RulesVersion.objects.update(stamp="changed-elsewhere")
    assert current_rules(working=True).signs["frequent"].tier == "urgent"
    assert current_rules().signs["frequent"].tier == "gp"  # the public keeps the published set
    # Another process publishes the change.
    RuleSet.objects.create(number=99, note="Elsewhere.", data=rules_data(), cases_passed=0)
    RulesVersion.objects.update(stamp="published-elsewhere")
    assert current_rules().signs["frequent"].tier == "urgent"


@pytest.mark.parametrize("edit", ["save", "delete", "areas"])
def test_every_kind_of_edit_bumps_the_version(edit):
    before = RulesVersion.current()
    sign = WarningSign.objects.get(slug="leg-swollen")
    if edit == "save":
        sign.save()
    elif edit == "delete":
        sign.delete()
    else:
        sign.areas.clear()
    assert RulesVersion.current() != before


def test_the_database_gives_the_same_rules_as_the_starter_files():
    from tests.factories import seed_rules
    from triage.rules import load_rules

    loaded = load_rules()
    from_seed = seed_rules()
    assert loaded.signs == from_seed.signs
    assert loaded.groups == from_seed.groups
    assert loaded.ages == from_seed.ages
    assert loaded.tiers == from_seed.tiers

    def shape(rules):
        return [
            (c.slug, c.tier, c.areas, c.source, c.how_common, sorted(c.evidence, key=str))
            for c in rules.causes
        ]

    assert shape(loaded) == shape(from_seed)
