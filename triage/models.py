"""The symptom checker's rules, as data that clinicians edit in the admin.

The engine (triage/engine.py) decides; these models only hold what it decides
with. Nothing here stores anything about a person using the checker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from core.markup import render_markdown
from core.models import VersionStamp
from education.models import Section
from triage import consistency, engine

#: The admin's choices for urgency, all from the engine, which owns the tiers and their order.
TIER_CHOICES = list(engine.TIER_MEANINGS.items())
#: The urgencies an answer can set as a minimum (self-care is no minimum).
FLOOR_CHOICES = [(tier, engine.TIER_MEANINGS[tier]) for tier in engine.SIGN_TIERS]
#: How much care a cause needs on its own.
CAUSE_TIER_CHOICES = list(engine.SELF_CARE_TIERS.items())


class Tier(models.Model):
    """What a person is told to do at one level of urgency.

    There are exactly four, fixed by the checker's safety rules; editors
    change their wording, never their order or number.
    """

    slug = models.CharField(max_length=12, choices=TIER_CHOICES, unique=True, editable=False)
    title = models.CharField(
        max_length=120,
        help_text="The first thing the person reads, e.g. “Call 999, 911 or 112 now”.",
    )
    action = models.TextField(help_text="Exactly what to do now, in one to three plain sentences.")
    safety_net = models.TextField(
        "get help if",
        help_text="What to do if things get worse. Every result ends with this.",
    )
    article_phrases = models.TextField(
        "words for this urgency in articles",
        blank=True,
        help_text="Phrases that mean this urgency in article text, separated by semicolons, "
        "e.g. “999; emergency; A&E”. The article editor warns when a sentence with one "
        "of them names a warning sign the checker puts at another urgency.",
    )

    class Meta:
        ordering = [
            models.Case(
                *(models.When(slug=slug, then=rank) for rank, slug in enumerate(engine.TIERS)),
                output_field=models.IntegerField(),
            )
        ]

    def __str__(self) -> str:
        return self.get_slug_display()

    @classmethod
    def cards_for(cls, signs: Iterable[WarningSign]) -> list[tuple[Tier, list[WarningSign]]]:
        """Return (tier, its signs) for each tier that has any of `signs`, most urgent first."""
        by_tier: dict[str, list[WarningSign]] = {}
        for sign in signs:
            by_tier.setdefault(sign.tier, []).append(sign)
        if not by_tier:
            return []
        return [(tier, by_tier[tier.slug]) for tier in cls.objects.filter(slug__in=by_tier)]


class BodyArea(models.Model):
    """A place on the body the person picks first (“Where is it?”)."""

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by links and tests; do not change."
    )
    name = models.CharField(max_length=60, help_text="What the person sees, e.g. “Calf”.")
    hint = models.CharField(
        max_length=120,
        blank=True,
        help_text="A few words to help place it, e.g. “the back of your lower leg”.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Areas are listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class WarningSign(models.Model):
    """A symptom that changes how urgently the person should get help.

    The checker asks about emergency signs first and alone; the most urgent
    sign the person ticks sets the urgency of the result.
    """

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests and links; do not change."
    )
    question = models.CharField(
        max_length=250,
        help_text="What the person is asked to tick, as a plain statement, e.g. “One leg is swollen, warm and painful”.",
    )
    tier = models.CharField(
        "urgency",
        max_length=12,
        choices=TIER_CHOICES,
        help_text="How urgently someone with this sign needs help. When in doubt, choose the more urgent.",
    )
    why = models.TextField(
        "why it matters",
        help_text="Shown in the result: why this sign matters, in one or two plain sentences.",
    )
    source = models.CharField(
        max_length=250,
        help_text="The clinical source for this rule, e.g. “NHS: Deep vein thrombosis”. Every rule names one.",
    )
    theme = models.CharField(
        max_length=12,
        choices=engine.SIGN_THEMES,
        blank=True,
        help_text="The heading the checker asks this sign under, with signs like it. "
        "Emergency signs are asked as one list on their own.",
    )
    article_phrases = models.TextField(
        "words for this sign in articles",
        blank=True,
        help_text="How articles name this sign, separated by semicolons, e.g. “numb; pins and needles”. "
        "The article editor warns when a sentence puts these words under another urgency.",
    )
    areas = models.ManyToManyField(
        BodyArea,
        blank=True,
        related_name="warning_signs",
        help_text="Ask about this sign only for these areas. Leave empty to ask whatever the area "
        "(emergency signs are asked for every area, whatever is ticked here).",
    )
    groups = models.ManyToManyField(
        "RiskGroup",
        blank=True,
        related_name="warning_signs",
        help_text="Ask about this sign only for people in one of these groups (e.g. pregnant). "
        "Leave empty to ask everyone. The checker asks the groups before these signs.",
    )
    worse_with = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        verbose_name="worse together with",
        help_text="Signs that, ticked with this one, need more urgent care (e.g. jerky muscles "
        "after a new medicine, with a high temperature). Set the urgency and reason below.",
    )
    worse_tier = models.CharField(
        "urgency together",
        max_length=12,
        choices=FLOOR_CHOICES,
        blank=True,
        help_text="The urgency when this sign and one of the signs above are both ticked.",
    )
    worse_why = models.TextField(
        "why worse together",
        blank=True,
        help_text="Shown in the result when the two are ticked together.",
    )
    first_aid = models.TextField(
        "what to do now",
        blank=True,
        help_text="First aid or where to go, when a public source gives it, e.g. “Move them "
        "somewhere cool”. Shown in the result under the urgency.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Signs are listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.question

    def clean(self) -> None:
        if self.tier and self.tier not in engine.SIGN_TIERS:
            raise ValidationError(
                {"tier": "A warning sign must need help: choose emergency, urgent or see a doctor."}
            )
        if self.worse_tier and not self.worse_why.strip():
            raise ValidationError({"worse_why": "Say why the two signs together need this care."})


class RiskGroup(models.Model):
    """Something about the person that makes some causes likelier, or needs more care.

    The checker asks groups in three questions, set by `kind`: things about
    the person (“I am pregnant”), the medicines they take (“Statins, for
    cholesterol”), and what changed with a medicine lately (“A medicine was
    stopped suddenly”). All three count the same way: as evidence for causes,
    as a minimum urgency, and to decide which warning signs are asked.
    """

    class Kind(models.TextChoices):
        ABOUT = "about", "About the person"
        MEDICINE = "medicine", "A medicine they take"
        CHANGE = "change", "A change to a medicine"

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests; do not change."
    )
    label = models.CharField(
        max_length=150, help_text="What the person ticks, e.g. “I am pregnant”."
    )
    kind = models.CharField(
        "asked in",
        max_length=12,
        choices=Kind.choices,
        default=Kind.ABOUT,
        help_text="The question that offers it: about the person, their medicines, or a change "
        "to a medicine.",
    )
    why = models.TextField(
        help_text="Why this matters, in one plain sentence. Shown in the result when this group "
        "sets the urgency."
    )
    tier = models.CharField(
        "at least this urgency",
        max_length=12,
        choices=FLOOR_CHOICES,
        blank=True,
        help_text="Leave empty for most groups. Set it when anyone in this group with new or "
        "changed spasms needs at least this much care (for example a known liver or kidney "
        "condition: see a doctor).",
    )
    source = models.CharField(
        max_length=250,
        blank=True,
        help_text="The clinical source for this group's urgency, e.g. “NICE CKS: Leg cramps”. "
        "Needed when you set an urgency.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.tier and not self.source.strip():
            raise ValidationError({"source": "Name the clinical source for this urgency."})


class AgeBand(models.Model):
    """How old the person with the symptoms is (“Under 16”, “16 to 64”, “65 or older”).

    The step-by-step checker always asks it. A band can set a minimum urgency
    (the rules are written for adults, so a child is sent to a doctor) and
    can count as a risk group (65 or older counts as “older adult”).
    """

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests and links; do not change."
    )
    label = models.CharField(max_length=60, help_text="What the person chooses, e.g. “Under 16”.")
    tier = models.CharField(
        "at least this urgency",
        max_length=12,
        choices=FLOOR_CHOICES,
        blank=True,
        help_text="Leave empty unless everyone in this band needs at least this much care.",
    )
    why = models.TextField(
        blank=True, help_text="Shown in the result when this band sets the urgency."
    )
    source = models.CharField(
        max_length=250,
        blank=True,
        help_text="The clinical source for this band's urgency. Needed when you set an urgency.",
    )
    advice = models.TextField(
        blank=True,
        help_text="Shown at the top of every result for this band, e.g. who to call for a child.",
    )
    group = models.ForeignKey(
        "RiskGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The risk group this band counts as, so its causes count (e.g. 65 or older).",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "age band"

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.tier and not (self.source.strip() and self.why.strip()):
            raise ValidationError("Say why this band needs this urgency, and name the source.")


class Clue(models.Model):
    """Context about the spasms that points to a cause (“it comes on at night”).

    Timing clues (“It happened today and has stopped”) are asked as one
    required choice on the first step; the others are ticked on the last.
    """

    class Kind(models.TextChoices):
        CLUE = "clue", "A clue to tick"
        TIMING = "timing", "When it happens (one is chosen)"

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests; do not change."
    )
    label = models.CharField(
        max_length=150, help_text="What the person ticks, e.g. “It comes on at night, in bed”."
    )
    kind = models.CharField(
        "asked as",
        max_length=12,
        choices=Kind.choices,
        default=Kind.CLUE,
        help_text="A clue is ticked on the last step; a timing is chosen on the first.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label


class Cause(models.Model):
    """A likely cause the result can list, with the evidence that points to it."""

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests; do not change."
    )
    name = models.CharField(
        max_length=120, help_text="The cause in plain words, e.g. “Tired or overworked muscles”."
    )
    explanation = models.TextField(
        help_text="Two or three plain sentences: what it is and why it causes spasms."
    )
    how_common = models.CharField(
        max_length=12,
        choices=list(engine.COMMONNESS.items()),
        default="common",
        help_text="Breaks ties: when two causes have the same evidence, the commoner is listed first.",
    )
    self_care = models.TextField(
        blank=True,
        help_text="Self-care steps in Markdown (“- ” for bullets), only where safe. Leave empty when a "
        "doctor must look. Never shown when the person needs help today or sooner.",
    )
    self_care_html = models.TextField(editable=False, default="")
    section = models.ForeignKey(
        Section,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="checker_causes",
        help_text="The article section that explains this cause; the result links to it while the "
        "article is published. A section linked here cannot be deleted until the cause links "
        "elsewhere.",
    )
    tier = models.CharField(
        "care it needs",
        max_length=12,
        choices=CAUSE_TIER_CHOICES,
        default="self_care",
        help_text="A cause that needs a doctor is never listed on a result that says the person "
        "can look after it at home.",
    )
    areas = models.ManyToManyField(
        BodyArea,
        blank=True,
        related_name="+",
        help_text="The body areas this cause can explain. It is not listed for other areas unless "
        "a warning sign points to it. Leave empty for a cause that can affect any area.",
    )
    source = models.CharField(
        max_length=250,
        default="",
        help_text="The clinical source for this cause, e.g. “NHS: Leg cramps”. Shown in the result.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Breaks remaining ties: lowest first."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.self_care_html = render_markdown(self.self_care) if self.self_care.strip() else ""
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "self_care_html"}
        super().save(*args, **kwargs)


class Evidence(models.Model):
    """One answer that points to a cause, and how strongly (its weight)."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="evidence")
    area = models.ForeignKey(
        BodyArea, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    sign = models.ForeignKey(
        WarningSign, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    group = models.ForeignKey(
        RiskGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    clue = models.ForeignKey(
        Clue, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    weight = models.PositiveSmallIntegerField(
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1 weak (a body area) to 5 very strong. A specific clue or sign is usually 3, a risk group 2.",
    )

    class Meta:
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        area__isnull=False, sign__isnull=True, group__isnull=True, clue__isnull=True
                    )
                    | models.Q(
                        area__isnull=True, sign__isnull=False, group__isnull=True, clue__isnull=True
                    )
                    | models.Q(
                        area__isnull=True, sign__isnull=True, group__isnull=False, clue__isnull=True
                    )
                    | models.Q(
                        area__isnull=True, sign__isnull=True, group__isnull=True, clue__isnull=False
                    )
                ),
                name="evidence_names_exactly_one_answer",
                violation_error_message="Choose exactly one answer: an area, a sign, a risk group or a clue.",
            ),
        ]

    def __str__(self) -> str:
        kind, answer = self.answer()
        return f"{kind} {answer} → {self.cause} ({self.weight})"

    def answer(self) -> tuple[str, models.Model | None]:
        """Return the kind of answer this evidence names, and the answer."""
        for kind in engine.EVIDENCE_KINDS:
            if getattr(self, f"{kind}_id"):
                return kind, getattr(self, kind)
        return "", None

    def clean(self) -> None:
        chosen = [kind for kind in engine.EVIDENCE_KINDS if getattr(self, f"{kind}_id")]
        if len(chosen) != 1:
            raise ValidationError(
                "Choose exactly one answer: an area, a sign, a risk group or a clue."
            )


class RulesVersion(VersionStamp):
    """The stamp that changes whenever the checker's rules change (one row).

    Every app process keeps the rule set it built in memory and rebuilds it
    when this stamp differs.
    """


class SafetyCase(models.Model):
    """A test case clinicians keep: these answers must give this urgency and these causes.

    The admin runs every case against the current rules, so an edit that
    breaks a case shows at once.
    """

    name = models.CharField(
        max_length=150, unique=True, help_text="What the case checks, in a few words."
    )
    area = models.ForeignKey(
        BodyArea, on_delete=models.PROTECT, help_text="The body area answered."
    )
    age = models.ForeignKey(
        AgeBand,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text="The age band answered. Leave empty for an adult who was not asked.",
    )
    timing = models.ForeignKey(
        Clue,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": "timing"},
        help_text="When it happens, as answered on the first step. Leave empty if not asked.",
    )
    signs = models.ManyToManyField(WarningSign, blank=True, help_text="The warning signs ticked.")
    groups = models.ManyToManyField(RiskGroup, blank=True, help_text="The risk groups ticked.")
    clues = models.ManyToManyField(Clue, blank=True, help_text="The clues ticked.")
    expected_tier = models.CharField(
        max_length=12, choices=TIER_CHOICES, help_text="The urgency these answers must give."
    )
    expected_causes = models.ManyToManyField(
        Cause,
        blank=True,
        related_name="+",
        help_text="Causes that must be among the first three listed.",
    )
    expected_absent = models.ManyToManyField(
        Cause,
        blank=True,
        related_name="+",
        verbose_name="causes that must not be listed",
        help_text="Causes that must not appear anywhere in the result, e.g. a leg cause for the hand.",
    )
    note = models.TextField(
        blank=True, help_text="The clinical source or reasoning behind the case."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def naming(cls, obj: models.Model) -> models.QuerySet:
        """Return the cases that name `obj` (a sign, risk group, clue or cause) in their answers or expectations.

        Deleting such an object would silently change what the case checks,
        so the admin refuses until the cases are changed.
        """
        fields = {
            WarningSign: ["signs"],
            RiskGroup: ["groups"],
            Clue: ["clues", "timing"],
            Cause: ["expected_causes", "expected_absent"],
        }.get(type(obj), [])
        query = models.Q(pk__in=[])
        for name in fields:
            query |= models.Q(**{name: obj})
        return cls.objects.filter(query).distinct()

    def answers(self) -> engine.Answers:
        """Return this case's answers in the engine's terms."""
        return engine.Answers(
            area=self.area.slug,
            signs=frozenset(s.slug for s in self.signs.all()),
            groups=frozenset(g.slug for g in self.groups.all()),
            clues=frozenset(c.slug for c in self.clues.all()),
            age=self.age.slug if self.age_id else "",
            timing=self.timing.slug if self.timing_id else "",
        )

    def run(self, rules: engine.RuleSet) -> CaseOutcome:
        """Return how the current rules answer this case, and whether that is what was expected."""
        result = engine.assess(self.answers(), rules)
        top_three = [ranked.slug for ranked in result.causes[:3]]
        missing = sorted({c.slug for c in self.expected_causes.all()} - set(top_three))
        listed = {ranked.slug for ranked in result.causes}
        unwanted = sorted({c.slug for c in self.expected_absent.all()} & listed)
        return CaseOutcome(
            tier=result.urgency,
            top_three=top_three,
            tier_ok=result.urgency == self.expected_tier,
            missing_causes=missing,
            unwanted_causes=unwanted,
        )


@dataclass(frozen=True)
class CaseOutcome:
    """How the current rules answered one safety case."""

    tier: str
    top_three: list[str]
    tier_ok: bool
    missing_causes: list[str]
    unwanted_causes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Return True when the tier and the expected causes are as the case says."""
        return self.tier_ok and not self.missing_causes and not self.unwanted_causes


class Hazard(models.Model):
    """One entry in the clinical hazard log, in the form NHS DCB0129 uses.

    Clinical safety officers keep the log: what could harm a person using the
    checker, why, how badly and how likely, the controls that reduce the
    risk, and the safety cases that prove each control works today. The
    admin's “Clinical safety report” lists every hazard with its risk and
    whether each of its safety cases passes against the current rules.
    """

    class Severity(models.IntegerChoices):
        MINOR = 1, "1 Minor: minimal injury or inconvenience"
        SIGNIFICANT = 2, "2 Significant: minor injury, short-term"
        CONSIDERABLE = 3, "3 Considerable: severe injury, or minor injury to many"
        MAJOR = 4, "4 Major: death or lasting disability"
        CATASTROPHIC = 5, "5 Catastrophic: death or lasting disability to many"

    class Likelihood(models.IntegerChoices):
        VERY_LOW = 1, "1 Very low: negligible or nearly impossible"
        LOW = 2, "2 Low: could happen, but rarely"
        MEDIUM = 3, "3 Medium: might happen or recur occasionally"
        HIGH = 4, "4 High: will probably happen, but not persistently"
        VERY_HIGH = 5, "5 Very high: certain or almost certain"

    class Status(models.TextChoices):
        OPEN = "open", "Open: controls not yet in place or not yet proven"
        CONTROLLED = "controlled", "Controlled: controls in place and proven by safety cases"
        CLOSED = "closed", "Closed: the hazard no longer applies"

    #: The DCB0129 risk matrix: RISK_MATRIX[likelihood - 1][severity - 1] is the risk, 1 to 5.
    RISK_MATRIX: tuple[tuple[int, ...], ...] = (
        (1, 1, 2, 2, 3),  # very low
        (1, 2, 2, 3, 4),  # low
        (2, 2, 3, 3, 4),  # medium
        (2, 3, 3, 4, 5),  # high
        (3, 4, 4, 5, 5),  # very high
    )
    RISK_NAMES = {1: "Very low", 2: "Low", 3: "Moderate", 4: "High", 5: "Very high"}

    reference = models.CharField(
        max_length=12, unique=True, help_text="A short fixed reference, e.g. “H01”."
    )
    title = models.CharField(max_length=150, help_text="The hazard in a few words.")
    hazard = models.TextField(help_text="What could go wrong for the person using the checker.")
    cause = models.TextField(help_text="What could make it happen.")
    effect = models.TextField(help_text="What it would mean for the person: the possible harm.")
    severity = models.PositiveSmallIntegerField(
        choices=Severity.choices, help_text="How bad the harm could be (DCB0129 scale)."
    )
    initial_likelihood = models.PositiveSmallIntegerField(
        "likelihood before controls",
        choices=Likelihood.choices,
        help_text="How likely the harm is without the controls below.",
    )
    controls = models.TextField(help_text="What the checker does to prevent it. One per line.")
    residual_likelihood = models.PositiveSmallIntegerField(
        "likelihood with controls",
        choices=Likelihood.choices,
        help_text="How likely the harm is with the controls in place.",
    )
    safety_cases = models.ManyToManyField(
        SafetyCase,
        blank=True,
        related_name="hazards",
        help_text="The safety cases that prove the controls work. The report runs them.",
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.OPEN, help_text="Where it stands."
    )

    class Meta:
        ordering = ["reference"]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @classmethod
    def risk(cls, severity: int, likelihood: int) -> int:
        """Return the DCB0129 risk rating (1 very low to 5 very high)."""
        return cls.RISK_MATRIX[likelihood - 1][severity - 1]

    @property
    def initial_risk(self) -> int:
        return self.risk(self.severity, self.initial_likelihood)

    @property
    def residual_risk(self) -> int:
        return self.risk(self.severity, self.residual_likelihood)

    def risk_name(self, rating: int) -> str:
        """Return the matrix's name for a rating, e.g. “Moderate”."""
        return self.RISK_NAMES[rating]


def urgency_phrases() -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str, tuple[str, ...]]]]:
    """Return the phrases editors gave each tier and each warning sign, for the urgency check."""
    tiers = {
        t.slug: consistency.phrases(t.article_phrases)
        for t in Tier.objects.only("slug", "article_phrases")
    }
    signs = [
        (s.slug, s.tier, consistency.phrases(s.article_phrases))
        for s in WarningSign.objects.only("slug", "tier", "article_phrases")
    ]
    return tiers, signs


def urgency_conflicts(texts: Iterable[str], phrases=None) -> list[consistency.Conflict]:
    """Return the sentences in `texts` (Markdown) that name another urgency for a sign than
    the checker does (see triage/consistency.py); `phrases` from urgency_phrases(), or read now."""
    tiers, signs = phrases or urgency_phrases()
    return [
        conflict for text in texts for conflict in consistency.urgency_conflicts(text, tiers, signs)
    ]
