import copy

from django import forms
from django.utils.translation import gettext_lazy as _

from triage import engine
from triage.rules import derived

MAX_VALUES = 60  # far more than there are choices; stops absurd posts early
#: The questions with one answer, and what a post with several is told.
ONLY_ONE = {
    "area": _("Choose only one body area."),
    "age": _("Choose only one age band."),
    "timing": _("Choose only one timing."),
    "who": _("Choose only one answer to who."),
}


def _answer(
    not_one_of: str, kind=forms.ChoiceField, error_messages: dict | None = None, **options
) -> forms.Field:
    """A question answered from the rules (its choices are set per rule set, in `_fields_for`).

    `not_one_of` is the message for an answer the rules do not have.
    """
    messages = {"invalid_choice": not_one_of}
    return kind(error_messages={**messages, **(error_messages or {})}, **options)


class SharedFields(dict):
    """The fields of one rule set, shared by every form made with it.

    Django deep-copies a form's fields for each form, so that one form may
    change its own; these are never changed once built (a form only reads
    their choices), and copying every choice of every field and widget for
    each request was a fifth of a checker step's time.
    """

    def __deepcopy__(self, memo):
        return dict(self)


class AnswersForm(forms.Form):
    """The checker's answers as posted by any step, or all at once to /check/result/."""

    area = _answer(
        _("“%(value)s” is not one of the body areas we ask about."),
        error_messages={"required": _("Choose where you feel it.")},
    )
    signs = _answer(
        _("“%(value)s” is not one of the warning signs we ask about."),
        forms.MultipleChoiceField,
        required=False,
    )
    groups = _answer(
        _("“%(value)s” is not one of the groups we ask about."),
        forms.MultipleChoiceField,
        required=False,
    )
    clues = _answer(
        _("“%(value)s” is not one of the clues we ask about."),
        forms.MultipleChoiceField,
        required=False,
    )
    # Optional in one POST (no age: the result is for an adult, and says so);
    # the step-by-step flow always asks it.
    age = _answer(_("“%(value)s” is not one of the age bands we ask about."), required=False)
    timing = _answer(_("“%(value)s” is not one of the timings we ask about."), required=False)
    # Who has the symptoms: the wording changes for someone else, the advice does not.
    who = forms.ChoiceField(
        required=False,
        choices=[("me", _("Me")), ("someone-else", _("Someone else"))],
        error_messages={"invalid_choice": _("“%(value)s” is not an answer to who needs help.")},
    )
    # "None of these" on the emergency step: the step needs an answer to go on.
    no_emergency = forms.ChoiceField(
        required=False,
        choices=[("yes", _("None of these"))],
        error_messages={
            "invalid_choice": _("“%(value)s” is not an answer to the emergency question.")
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
        fields["timing"].choices = [("", _("Not answered"))] + [
            (c.slug, c.label) for c in rules.clues_of("timing")
        ]
        fields["age"].choices = [("", _("Not answered"))] + [
            (a.slug, a.label) for a in rules.ages.values()
        ]
        return SharedFields(fields)

    def clean(self):
        cleaned = super().clean()
        if self.had_null:
            self.add_error(None, _("Null characters are not allowed."))
        for name, message in ONLY_ONE.items():
            if len(self.data.getlist(name)) > 1:
                self.add_error(name, message)
        for name in ("signs", "groups", "clues"):
            if len(self.data.getlist(name)) > MAX_VALUES:
                self.add_error(name, _("Too many answers for %(name)s.") % {"name": name})
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
        known = {value for value, _label in self.fields[name].choices if value}
        return [value for value in dict.fromkeys(self.data.getlist(name)) if value in known]
