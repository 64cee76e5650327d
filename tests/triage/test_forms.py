"""The checker's form: its fields are built once per rule set and shared, never changed."""

from django.http import QueryDict

from tests.factories import seed_rules
from triage.forms import AnswersForm

RULES = seed_rules()


def test_forms_of_one_rule_set_share_their_fields_and_still_check_each_answer():
    good = AnswersForm(QueryDict("area=calf&signs=frequent"), rules=RULES)
    bad = AnswersForm(QueryDict("area=elbow&signs=frequent"), rules=RULES)
    assert good.fields["signs"] is bad.fields["signs"]  # built once, not copied per form
    assert good.is_valid() and not bad.is_valid()
    assert "elbow" in bad.errors["area"][0]
    assert good.cleaned_data["signs"] == ["frequent"]
    # Checking them changed nothing that the next form reads.
    again = AnswersForm(QueryDict("area=calf"), rules=RULES)
    assert again.is_valid() and again.cleaned_data["signs"] == []
    assert {value for value, _label in again.fields["area"].choices} == set(RULES.areas)
