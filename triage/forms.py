import copy

from django import forms

from triage import engine
from triage.rules import derived

MAX_VALUES = 60  # far more than there are choices; stops absurd posts early


def _answer(
    what: str, kind=forms.ChoiceField, error_messages: dict | None = None, **options
) -> forms.Field:
    """A question answered from the rules (its choices are set per rule set, in `_fields_for`)."""
    messages = {"invalid_choice": f"“%(value)s” is not one of the {what} we ask about."}
    return kind(error_messages={**messages, **(error_messages or {})}, **options)


class AnswersForm(forms.Form):
    """The checker's answers as posted by any step, or all at once to /check/result/."""

    area = _answer("body areas", error_messages={"required": "Choose where you feel it."})
    signs = _answer("warning signs", forms.MultipleChoiceField, required=False)
    groups = _answer("groups", forms.MultipleChoiceField, required=False)
    clues = _answer("clues", forms.MultipleChoiceField, required=False)
    # Optional in one POST (no age: the result is for an adult, and says so);
    # the step-by-step flow always asks it.
    age = _answer("age bands", required=False)
    timing = _answer("timings", required=False)
    # Who has the symptoms: the wording changes for someone else, the advice does not.
    who = forms.ChoiceField(
        required=False,
        choices=[("me", "Me"), ("someone-else", "Someone else")],
        error_messages={"invalid_choice": "“%(value)s” is not an answer to who needs help."},
    )
    # "None of these" on the emergency step: the step needs an answer to go on.
    no_emergency = forms.ChoiceField(
        required=False,
        choices=[("yes", "None of these")],
        error_messages={
            "invalid_choice": "“%(value)s” is not an answer to the emergency question."
        },
    )

    def __init__(self, data, *, rules: engine.RuleSet):
        # NUL characters are refused, and removed first so no message repeats them.
        self.had_null = any("\x00" in value for values in data.lists() for value in values[1])
        if self.had_null:
            data = data.copy()
            for name, values in list(data.lists()):
                data.setlist(name, [value.replace("\x00", "") for value in values])
        self.base_fields = self._fields_for(rules)
        super().__init__(data)
        self.rules = rules

    @classmethod
    def _fields_for(cls, rules: engine.RuleSet) -> dict:
        """Return the form's fields with the rules' choices, built once per rule set."""
        return derived("checker form fields", rules, cls._build_fields)

    @classmethod
    def _build_fields(cls, rules: engine.RuleSet) -> dict:
        fields = copy.deepcopy(cls.base_fields)
        fields["area"].choices = [(a.slug, a.label) for a in rules.areas.values()]
        fields["signs"].choices = [(s.slug, s.label) for s in rules.signs.values()]
        fields["groups"].choices = [(g.slug, g.label) for g in rules.groups.values()]
        fields["clues"].choices = [(c.slug, c.label) for c in rules.clues_of("clue")]
        fields["timing"].choices = [("", "Not answered")] + [
            (c.slug, c.label) for c in rules.clues_of("timing")
        ]
        fields["age"].choices = [("", "Not answered")] + [
            (a.slug, a.label) for a in rules.ages.values()
        ]
        return fields

    def clean(self):
        cleaned = super().clean()
        if self.had_null:
            self.add_error(None, "Null characters are not allowed.")
        if len(self.data.getlist("area")) > 1:
            self.add_error("area", "Choose only one body area.")
        for name, what in (("age", "age band"), ("timing", "timing"), ("who", "answer to who")):
            if len(self.data.getlist(name)) > 1:
                self.add_error(name, f"Choose only one {what}.")
        for name in ("signs", "groups", "clues"):
            if len(self.data.getlist(name)) > MAX_VALUES:
                self.add_error(name, f"Too many answers for {name}.")
        return cleaned

    def area_missing(self) -> bool:
        """Return True when the only problem is that no area was chosen yet."""
        return set(self.errors) == {"area"} and not self.data.get("area")

    def answers(self) -> engine.Answers:
        """Return the valid answers in the engine's terms."""
        return engine.Answers(
            area=self.cleaned_data["area"],
            signs=frozenset(self.cleaned_data["signs"]),
            groups=frozenset(self.cleaned_data["groups"]),
            clues=frozenset(self.cleaned_data["clues"]),
            age=self.cleaned_data["age"],
            timing=self.cleaned_data["timing"],
        )

    def for_someone_else(self) -> bool:
        """Return True when the person answering is not the one with the symptoms."""
        return self.submitted("who") == ["someone-else"]

    def submitted(self, name: str) -> list[str]:
        """Return the known values posted for a field, to carry them to the next step."""
        known = {value for value, _ in self.fields[name].choices if value}
        return [value for value in dict.fromkeys(self.data.getlist(name)) if value in known]
