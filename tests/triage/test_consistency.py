"""One voice on urgency: articles and the checker give each warning sign the same urgency."""

import re
from html import unescape

import pytest
from django.utils import translation

from config.site import with_emergency_numbers
from core.content import starter_rules
from education.models import Article
from tests.factories import load_seed, seed_rules
from triage import consistency
from triage.models import urgency_conflicts
from triage.rules import current_rules

STARTER = starter_rules()
TIERS = {t["slug"]: consistency.phrases(t["article_phrases"]) for t in STARTER.tiers}
SIGNS = [(s["slug"], s["tier"], consistency.phrases(s["article_phrases"])) for s in STARTER.signs]


def conflicts(text):
    return consistency.urgency_conflicts(text, TIERS, SIGNS)


@pytest.mark.parametrize(
    ("text", "said", "signs"),
    [
        # What the articles said before they took the checker's voice.
        (
            "Get medical help right away if [4]:\n\n- Your cramps come with weak muscles.",
            "urgent",
            {"muscle-weakness"},
        ),
        (
            "See a doctor if:\n\n- Your legs hurt when you walk. Get seen within a day or two [4].",
            "urgent",
            {"walking-pain"},
        ),
        ("See a doctor if a cramp lasts more than 10 minutes.", "gp", {"long-cramp"}),
        (
            "You can look after this at home if you have cramps in your chest, arm or belly.",
            "self_care",
            {"cramp-chest-arm-belly"},
        ),
        ("Call 999 if you have pins and needles.", "emergency", {"numbness"}),
    ],
)
def test_a_sentence_that_gives_a_sign_another_urgency_is_found(text, said, signs):
    (found,) = conflicts(text)
    assert found.said == said
    assert {slug for slug, _ in found.signs} == signs


@pytest.mark.parametrize(
    "text",
    [
        "See a doctor if your spasms keep coming back or come with weakness or numbness.",
        "Call 999 if one side of your body goes weak or numb.",  # the stroke sign, not weakness
        "Also see a doctor if you have any of these. They can point to a nerve problem:\n\n"
        "- Weak muscles.\n- Double vision.",
        "Get help today if a cramp lasts more than 10 minutes and stretching does not ease it.",
        "Numbness and pins and needles are common after sitting still.",  # no urgency named
        "If you cannot call your emergency number, ask someone near you to call it.",  # numb-er
        "This is not an emergency: see a GP if your feet feel numb.",  # a denied tier
        "There is no need to see a doctor if a cramp stops within a minute.",
        "Read [the NHS page](https://www.nhs.uk/call-999/) on numbness.",  # a link address
    ],
)
def test_a_sentence_that_agrees_with_the_checker_is_not_flagged(text):
    assert conflicts(text) == []


def test_the_seed_phrases_name_every_sign_and_every_tier():
    assert {slug for slug, _, phrases in SIGNS if phrases} == {s["slug"] for s in STARTER.signs}
    assert all(TIERS[t] for t in ("emergency", "urgent", "gp"))


@pytest.mark.django_db
def test_no_seeded_article_gives_a_sign_another_urgency_than_the_checker():
    load_seed()
    for article in Article.objects.all():
        assert article.urgency_conflicts() == [], article.slug


@pytest.mark.django_db
def test_every_sign_in_an_articles_care_cards_has_the_checkers_urgency(client):
    load_seed()
    rules = seed_rules()
    by_question = {sign.label: sign for sign in rules.signs.values()}
    # Spanish pages show the signs' Spanish (es.question in the same files).
    by_question |= {
        s["es"]["question"]: rules.signs[s["slug"]] for s in starter_rules().signs if "es" in s
    }
    for article in Article.objects.published():
        html = client.get(article.get_absolute_url()).content.decode()
        cards = re.findall(r'<section class="care-card care-card-(\w+)"', html)
        bodies = re.findall(
            r'<section class="care-card care-card-\w+".*?<ul[^>]*>(.*?)</ul>', html, re.S
        )
        assert cards, article.slug
        shown = 0
        for tier, body in zip(cards, bodies, strict=True):
            for item in re.findall(r"<li>(.*?)</li>", body, re.S):
                assert by_question[unescape(item)].tier == tier, (article.slug, item)
                shown += 1
        assert shown == article.warning_signs.count()
        # The cards go from the most urgent down, and say where to go.
        assert cards == sorted(cards, key=["emergency", "urgent", "gp", "self_care"].index)
        with translation.override(article.language):  # the page's language, its numbers
            action = with_emergency_numbers(current_rules().tiers[cards[0]].action)
        assert action in unescape(html)


@pytest.mark.django_db
def test_a_published_change_to_a_signs_urgency_changes_every_article_that_lists_it(client):
    from tests.factories import publish_unchecked
    from triage.models import WarningSign

    load_seed()
    url = Article.objects.get(slug="night-leg-cramps").get_absolute_url()
    assert 'care-card-gp"' in client.get(url).content.decode()
    WarningSign.objects.filter(tier="gp").update(tier="urgent")
    WarningSign.objects.first().save()  # an admin save: sends the signal that retires pages
    # Articles say what the public checker says: the published rules, not the working copy.
    assert 'care-card-gp"' in client.get(url).content.decode()
    publish_unchecked()  # the safety cases would refuse this change; here only its effect counts
    html = client.get(url).content.decode()
    assert 'care-card-gp"' not in html and 'care-card-urgent"' in html


@pytest.mark.django_db
def test_urgency_conflicts_reads_the_phrases_editors_set():
    from triage.models import Tier, WarningSign

    load_seed()
    text = ["Call 999 if you get cramps at dawn."]
    assert urgency_conflicts(text) == []
    WarningSign.objects.filter(slug="frequent").update(article_phrases="cramps at dawn")
    (found,) = urgency_conflicts(text)
    assert found.said == "emergency" and found.signs == (("frequent", "gp"),)
    Tier.objects.filter(slug="emergency").update(article_phrases="")
    assert urgency_conflicts(text) == []


def test_a_list_is_read_with_its_lead_in_also_with_blank_lines_or_none_between():
    loose = (
        "Get medical help right away if:\n\n- Your leg feels weak.\n\n- You have weak muscles [2]."
    )
    tight = "Get medical help right away if:\n- You have a high temperature.\n- You feel numb."
    assert [c.signs for c in conflicts(loose)] == [(("muscle-weakness", "gp"),)] * 2
    # Under a lead-in right above the list, each item is read on its own: one agreeing
    # item does not hide another that disagrees.
    (found,) = conflicts(tight)
    assert found.said == "urgent" and found.signs == (("numbness", "gp"),)


def test_a_paragraph_after_the_list_ends_it():
    text = "Call 999 if:\n\n- You cannot move your arm.\n\nMost cramps pass. You may feel numb."
    assert conflicts(text) == []
