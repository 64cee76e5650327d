"""The symptom checker: five short steps, then the result.

Every step is an ordinary form POST that carries the earlier answers in
hidden fields, so the checker works with JavaScript off; with htmx, the same
forms swap just the step into the page, and the page's script keeps each
step in the tab's own history (Back, Forward and reload keep the answers;
see static/js/site.js). Nothing about the person is stored on the server:
no database row, no session, no cookie, and no answers in any log line or
address.
The POSTs change nothing on the server, so they need no CSRF token (which
would otherwise set a cookie); integrations can POST /check/result/ directly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from config.site import site_url
from core.rendering import render_htmx
from core.throttle import over_limit
from triage import engine, fhir
from triage.forms import AnswersForm
from triage.models.answers import SIGN_THEME_HEADINGS
from triage.rules import RulesUnavailable, current_rules


@dataclass(frozen=True)
class Step:
    name: str
    url_name: str
    title: str
    hint: str = ""
    #: What must be answered before the person can leave this step: (field, message if not).
    requires: tuple[tuple[str, str], ...] = ()


logger = logging.getLogger(__name__)

STEPS = (
    Step(
        "area",
        "triage:start",
        _("Tell us about the spasm, cramp or twitch"),
        requires=(
            ("who", _("Choose who needs help.")),
            ("timing", _("Choose when it happens.")),
        ),
    ),
    Step(
        "emergency",
        "triage:emergency",
        _("Have you had any of these, now or in the last 24 hours?"),
        _(
            "Tick any you have now, or had in the last 24 hours, even if the signs have stopped. "
            "If you have had none of them, tick “None of these”."
        ),
        requires=(("no_emergency", _("Tick the signs you have had, or tick “None of these”.")),),
    ),
    Step(
        "about",
        "triage:about",
        _("A bit about you"),
        requires=(("age", _("Choose your age. We need it to give safe advice.")),),
    ),
    Step(
        "signs",
        "triage:signs",
        _("What else have you noticed?"),
        _("Tick any that are true for you. If none are, choose Continue."),
    ),
    Step("clues", "triage:clues", _("Do any of these fit your spasms?")),
)
STEP_BY_NAME = {step.name: step for step in STEPS}
FIELDS = tuple(AnswersForm.base_fields)
#: The answers a FHIR answers file carries ("None of these" is no answer to keep).
FHIR_FIELDS = tuple(name for name in FIELDS if name != "no_emergency")
#: The questions that offer risk groups on the "about" step, in order, by kind.
GROUP_QUESTIONS = (
    ("about", _("Are any of these true for you?")),
    ("medicine", _("Do you take any of these medicines?")),
    ("change", _("Has anything changed with your medicines in the last 4 weeks?")),
)
#: The kinds of risk group asked only after "yes" to MEDICINES_QUESTION (a person who
#: takes no medicine is not shown twelve choices about them). The reveal is CSS alone,
#: so it works without JavaScript; where the browser cannot do it, all are shown.
MEDICINE_KINDS = ("medicine", "change")
MEDICINES_QUESTION = _(
    "Do you take any medicines, or did you stop or change one in the last 4 weeks?"
)


#: A staff member who chose "Try the working copy" in the admin (their own session, never
#: a patient's) sees the checker with the rules editors have not yet published.
TRY_WORKING_RULES = "triage_try_working_rules"


def _trying(request: HttpRequest) -> bool:
    # Without a session cookie (every member of the public) the session is never read,
    # so the checker's responses do not vary on cookies.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_staff and request.session.get(TRY_WORKING_RULES))


def _rules(request: HttpRequest) -> engine.RuleSet:
    """The rules this request is answered with: the published ones, unless staff are trying changes."""
    return current_rules(working=getattr(request, "trying_working_rules", False))


def _no_store(response: HttpResponse) -> HttpResponse:
    # Answers are health information: keep them out of shared and browser caches.
    add_never_cache_headers(response)
    return response


def _carried(form: AnswersForm) -> dict[str, list[str]]:
    return {name: form.submitted(name) for name in FIELDS}


def _step_choices(step: str, rules: engine.RuleSet, carried: dict[str, list[str]]) -> dict:
    area = carried["area"][0] if carried["area"] else ""
    if step == "area":
        return {
            "areas": list(rules.areas.values()),
            # The body picture names each place it shows as the list does.
            "areas_by_slug": rules.areas,
            "timings": rules.clues_of("timing"),
        }
    if step == "emergency":
        return {"signs": rules.signs_for(area, ["emergency"])}
    if step == "about":
        # An age band stands for its risk group ("65 or older"): not asked twice.
        by_age = {a.group for a in rules.ages.values()}
        offered = [g for g in rules.groups.values() if g.slug not in by_age]
        questions = [
            (kind, question, [g for g in offered if g.kind == kind])
            for kind, question in GROUP_QUESTIONS
        ]
        medicines = {g.slug for g in offered if g.kind in MEDICINE_KINDS}
        return {
            "ages": list(rules.ages.values()),
            "group_questions": [q for q in questions if q[0] not in MEDICINE_KINDS],
            "medicine_questions": [q for q in questions if q[0] in MEDICINE_KINDS],
            "medicines_question": MEDICINES_QUESTION,
            "takes_medicines": bool(medicines & set(carried["groups"])),
            "groups": offered,
        }
    if step == "signs":
        answers = engine.Answers(
            area=area,
            groups=frozenset(carried["groups"]),
            age=carried["age"][0] if carried["age"] else "",
        )
        signs = rules.signs_for(area, ["urgent", "gp"], rules.groups_of(answers))
        themed = [(SIGN_THEME_HEADINGS[theme], found) for theme, found in rules.by_theme(signs)]
        return {"signs": signs, "sign_groups": themed}
    return {"clues": rules.clues_for(area)}


def _render_step(
    request: HttpRequest,
    step_name: str,
    form: AnswersForm,
    *,
    status: int = 200,
    errors: dict | None = None,
) -> HttpResponse:
    step = STEP_BY_NAME[step_name]
    index = STEPS.index(step)
    carried = _carried(form)
    choices = _step_choices(step_name, form.rules, carried)
    shown = {
        "area": {a.slug for a in choices.get("areas", ())},
        "signs": {s.slug for s in choices.get("signs", ())},
        "groups": {g.slug for g in choices.get("groups", ())},
        "clues": {c.slug for c in choices.get("clues", ())},
        "age": {a.slug for a in choices.get("ages", ())},
        "timing": {c.slug for c in choices.get("timings", ())},
        # Fixed choices, asked on one step each.
        **{
            name: {value for value, _ in form.fields[name].choices}
            if step_name == asked_on
            else set()
            for name, asked_on in (("who", "area"), ("no_emergency", "emergency"))
        },
    }
    if step_name == "signs":
        # Signs asked for an earlier area or group the person has since changed cannot be
        # seen or unticked here: carry only the emergency signs and the ones shown.
        carried["signs"] = [
            slug
            for slug in carried["signs"]
            if slug in shown["signs"] or form.rules.signs[slug].tier == "emergency"
        ]
    hidden = [
        (name, value) for name in FIELDS for value in carried[name] if value not in shown[name]
    ]
    is_last = index == len(STEPS) - 1
    context = {
        "step": step,
        "step_url": reverse(step.url_name),
        "number": index + 1,
        "total": len(STEPS),
        "next_url": reverse("triage:result" if is_last else STEPS[index + 1].url_name),
        "back_url": reverse(STEPS[index - 1].url_name) if index else None,
        "hidden": hidden,
        "selected": {name: set(values) for name, values in carried.items()},
        "errors": errors or {},
        "someone_else": form.for_someone_else(),
        **choices,
    }
    return _no_store(render_htmx(request, "triage/checker.html", "step", context, status=status))


def _unanswered_step(form: AnswersForm, before: str) -> tuple[Step, dict] | None:
    """Return the first step before `before` with a required answer missing, and its errors."""
    for step in STEPS[: STEPS.index(STEP_BY_NAME[before])]:
        errors = {name: [message] for name, message in step.requires if not form.submitted(name)}
        if errors:
            return step, errors
    return None


def _render_result(request: HttpRequest, result: engine.Result, form: AnswersForm) -> HttpResponse:
    answers, rules = result.answers, form.rules
    context = {
        "result": result,
        "causes": result.causes[:5],
        "self_care": [rc for rc in result.causes[:3] if rc.cause.self_care]
        if result.show_self_care
        else [],
        "summary": {
            "area": rules.areas[answers.area].label,
            "signs": [s.label for s in rules.signs.values() if s.slug in answers.signs],
            "groups": [g.label for g in rules.groups.values() if g.slug in answers.groups],
            "clues": [c.label for c in rules.clues.values() if c.slug in answers.clues],
            "age": result.age.label if result.age else "",
            "timing": rules.clues[answers.timing].label if answers.timing else "",
        },
        "someone_else": form.for_someone_else(),
        "rules_version": rules.version,
        # The answers again, for the form that downloads them as a FHIR file.
        "answers": [(name, value) for name in FHIR_FIELDS for value in form.submitted(name)],
    }
    return _no_store(render_htmx(request, "triage/result.html", "result", context))


def _render_bad_request(request: HttpRequest, form: AnswersForm) -> HttpResponse:
    problems = [str(message) for messages in form.errors.values() for message in messages]
    # Whatever else was wrong, a known emergency sign still gets its advice first.
    posted_signs = [form.rules.signs.get(slug) for slug in form.submitted("signs")]
    emergency = (
        form.rules.tiers["emergency"]
        if engine.urgency_of(filter(None, posted_signs)) == "emergency"
        else None
    )
    context = {"problems": problems, "emergency": emergency}
    return _no_store(
        render_htmx(request, "triage/bad_request.html", "problem", context, status=400)
    )


def _checker_view(view):
    """Decorate a checker view: no CSRF (nothing changes), htmx-aware caching, a per-client
    limit on POSTs, and a 503 with emergency advice when there are no rules."""

    @csrf_exempt
    @vary_on_headers("HX-Request")
    @require_http_methods(["GET", "HEAD", "POST"])
    @wraps(view)
    def wrapper(request: HttpRequest, **kwargs) -> HttpResponse:
        if request.method == "POST" and over_limit(request, "checker", settings.CHECKER_RATE_LIMIT):
            response = _no_store(
                render_htmx(request, "triage/rate_limited.html", "limited", status=429)
            )
            response["Retry-After"] = "60"
            return response
        request.trying_working_rules = _trying(request)
        try:
            response = view(request, **kwargs)
            if request.trying_working_rules:
                _no_store(response)
            return response
        except RulesUnavailable:
            logger.exception("The symptom checker has no usable rules")
            return _no_store(
                render_htmx(request, "triage/unavailable.html", "unavailable", status=503)
            )

    return wrapper


@_checker_view
def start(request: HttpRequest) -> HttpResponse:
    """Step 1: where. GET starts afresh; POST comes back from step 2 with the answers so far.

    Answers are never read from the query string: they would end up in
    access logs and browser history.
    """
    if request.method != "POST":
        return _first_step(request)
    return _render_step(request, "area", AnswersForm(request.POST, rules=_rules(request)))


def _first_step(request: HttpRequest) -> HttpResponse:
    """Step 1, empty: what a GET of any step's address shows.

    Not a redirect: a reload keeps the step's address, so the page's script
    can bring back the step from the tab's own history (see static/js/site.js).
    """
    return _render_step(request, "area", AnswersForm(QueryDict(), rules=_rules(request)))


@_checker_view
def step(request: HttpRequest, step_name: str) -> HttpResponse:
    """Steps 2 to 5 (see STEPS): check the answers so far and show the next step.

    An emergency sign goes straight to the result; a step with a missing
    answer is asked again with a 422.
    """
    if request.method != "POST":
        return _first_step(request)
    rules = _rules(request)
    form = AnswersForm(request.POST, rules=rules)
    if not form.is_valid():
        if form.area_missing():
            # 422, not 400: a form to correct, not a broken request (and django-htmx's
            # debug helper would replace the whole page on a 400 during development).
            _, missing = _unanswered_step(form, "emergency") or (None, {})
            return _render_step(
                request, "area", form, status=422, errors={**missing, **form.errors}
            )
        return _render_bad_request(request, form)
    answers = form.answers()
    if engine.urgency_of(rules.signs[slug] for slug in answers.signs) == "emergency":
        # An emergency sign goes straight to the result: nothing else matters now.
        return _render_result(request, engine.assess(answers, rules), form)
    unanswered = _unanswered_step(form, step_name)
    if unanswered is not None:
        # Ask again: every step of the flow needs its answers (the one-POST contract does not).
        ask, errors = unanswered
        return _render_step(request, ask.name, form, status=422, errors=errors)
    return _render_step(request, step_name, form)


@_checker_view
def result(request: HttpRequest) -> HttpResponse:
    """The result: all answers in one POST (the one-POST contract in the README)."""
    if request.method != "POST":
        return _first_step(request)
    rules = _rules(request)
    form = AnswersForm(request.POST, rules=rules)
    if not form.is_valid():
        return _render_bad_request(request, form)
    return _render_result(request, engine.assess(form.answers(), rules), form)


def _questionnaire_url(request: HttpRequest) -> str:
    return site_url(request) + reverse("triage:questionnaire")


@_checker_view
@require_safe
def questionnaire(request: HttpRequest) -> HttpResponse:
    """The checker's questions as a FHIR R4 Questionnaire, from the published rules."""
    resource = fhir.questionnaire(_rules(request), _questionnaire_url(request))
    response = JsonResponse(resource, content_type=fhir.FHIR_JSON, json_dumps_params={"indent": 1})
    if not request.trying_working_rules:
        patch_cache_control(response, public=True, max_age=300)
    return response


@_checker_view
@require_POST
def answers_file(request: HttpRequest) -> HttpResponse:
    """One check's answers and result as a FHIR R4 QuestionnaireResponse, to download.

    Made from the posted answers as the result is; nothing is kept.
    """
    rules = _rules(request)
    form = AnswersForm(request.POST, rules=rules)
    if not form.is_valid():
        return _render_bad_request(request, form)
    resource = fhir.questionnaire_response(
        engine.assess(form.answers(), rules),
        rules,
        _questionnaire_url(request),
        who=form.cleaned_data["who"],
    )
    response = JsonResponse(resource, content_type=fhir.FHIR_JSON, json_dumps_params={"indent": 1})
    response["Content-Disposition"] = 'attachment; filename="clearcare-answers.fhir.json"'
    return _no_store(response)
