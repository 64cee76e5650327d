"""The checker's own texts in Spanish: edited per language, published with the rules, read per page."""

import re

import pytest
from django.urls import reverse
from modeltranslation.translator import translator

from education.models import Article
from tests.factories import opened, per_language, publish_unchecked
from triage.models import AgeBand, BodyArea, Cause, Clue, RiskGroup, RuleSet, Tier, WarningSign
from triage.rules import current_rules, in_language, rules_data
from triage.rulesdiff import differences

pytestmark = pytest.mark.usefixtures("seeded")


def result_of(client, prefix: str, **answers) -> str:
    return client.post(f"{prefix}/check/result/", answers).content.decode()


def test_the_working_copy_keeps_each_text_beside_its_spanish():
    data = rules_data()
    sign = next(s for s in data["signs"] if s["slug"] == "leg-swollen")
    assert sign["question"] == "One leg is swollen, warm, red, or sore to touch"
    assert sign["question_es"] == "Una pierna está hinchada, caliente, roja o duele al tocarla"
    tier = next(t for t in data["tiers"] if t["slug"] == "urgent")
    assert tier["title_es"] == "Busque ayuda médica hoy"


def test_rules_in_a_language_take_its_texts_and_fall_back_to_english():
    data = {
        "signs": [{"slug": "a", "question": "English", "question_es": "Español", "why": "Why"}],
        "tiers": [{"slug": "b", "title": "Only English", "title_es": ""}],
    }
    assert in_language(data, "es") == {
        "signs": [{"slug": "a", "question": "Español", "why": "Why"}],
        "tiers": [{"slug": "b", "title": "Only English"}],
    }
    assert in_language(data, "en")["signs"] == [{"slug": "a", "question": "English", "why": "Why"}]


def test_the_spanish_checker_reads_the_published_spanish(client):
    html = result_of(client, "/es", area="calf", signs=["leg-swollen"])
    assert "Busque ayuda médica hoy" in html
    assert "Una pierna está hinchada, caliente, roja o duele al tocarla" in html
    assert "versión 1 de las reglas, publicada el" in html
    english = result_of(client, "", area="calf", signs=["leg-swollen"])
    assert "Get medical help today" in english and "Busque" not in english


def test_each_language_has_its_own_rule_set_from_the_same_rules():
    english, spanish = current_rules(language="en"), current_rules(language="es")
    assert english is not spanish
    assert english.signs.keys() == spanish.signs.keys()
    for slug, sign in english.signs.items():
        assert spanish.signs[slug].tier == sign.tier  # the urgency never depends on the language
    assert spanish.tiers["emergency"].title == "Llame ahora al [emergency number]"


def test_a_spanish_edit_is_a_rule_change_published_like_any_other(client, staff_client):
    sign = WarningSign.objects.get(slug="frequent")
    form = per_language(
        WarningSign,
        {
            "question": sign.question,
            "tier": sign.tier,
            "why": sign.why,
            "source": sign.source,
            "theme": sign.theme,
            "position": sign.position,
            "areas": [a.pk for a in sign.areas.all()],
            **opened(sign),
        },
        sign,
    )
    form["question_es"] = "Espasmos fuertes que vuelven a menudo"
    url = reverse("admin:triage_warningsign_change", args=[sign.pk])
    page = staff_client.get(url).content.decode()
    assert 'name="question_en"' in page and 'name="question_es"' in page
    assert staff_client.post(url, form).status_code == 302
    published = RuleSet.objects.get()
    changes = differences(published.data, rules_data())
    assert [c.label for c in changes] == [
        "Warning sign “Spasms that are strong or painful and keep coming back”: question (Spanish)"
    ]
    answers = {"area": "calf", "signs": ["frequent"]}
    assert "Espasmos fuertes que vuelven a menudo" not in result_of(client, "/es", **answers)
    publish_unchecked()
    assert "Espasmos fuertes que vuelven a menudo" in result_of(client, "/es", **answers)


def test_a_rule_set_published_before_the_translations_is_read_in_english_under_es(client):
    old = RuleSet.objects.get()
    old.data = {
        kind: [{k: v for k, v in r.items() if not k.endswith("_es")} for r in records]
        for kind, records in old.data.items()
    }
    old.save()
    html = result_of(client, "/es", area="calf", signs=["leg-swollen"])
    assert "Get medical help today" in html
    assert "Por qué le decimos esto" in html  # the interface is still Spanish


def test_a_causes_self_care_is_rendered_in_each_language():
    cause = Cause.objects.get(slug="overuse")
    cause.self_care_es = "- Descanse el músculo."
    cause.save()
    cause.refresh_from_db()
    assert cause.self_care_html_es == "<ul>\n<li>Descanse el músculo.</li>\n</ul>"
    assert cause.self_care_html_en.startswith("<ul>")


def test_a_cause_links_to_the_spanish_edition_of_its_article_under_es():
    english = current_rules(language="en")
    spanish = current_rules(language="es")
    linked = [c for c in english.causes if c.link]
    assert linked
    for cause in linked:
        article = Article.objects.get(slug=cause.link.split("/")[2])
        edition = article.translations.filter(language="es").first()
        other = next(c for c in spanish.causes if c.slug == cause.slug)
        assert other.link == (edition.get_absolute_url() if edition else cause.link)


def test_the_seed_fills_a_missing_spanish_text_but_never_replaces_an_editors(seeded):
    from tests.factories import seed

    tier = Tier.objects.get(slug="gp")
    tier.title_es = "Vaya a su médico pronto"
    tier.save()
    sign = WarningSign.objects.get(slug="numbness")
    sign.question_es = ""
    sign.save()
    seed()
    tier.refresh_from_db()
    sign.refresh_from_db()
    assert tier.title_es == "Vaya a su médico pronto"
    assert sign.question_es == "Adormecimiento, u hormigueo"


def test_the_spanish_article_shows_its_warning_signs_in_spanish(client):
    html = client.get("/es/articles/espasmos-musculares/").content.decode()
    box = html[html.index('class="emergency-box"') : html.index("</aside>")]
    assert "Llame ahora al 112" in box
    assert "Le cuesta respirar o tragar" in box
    cards = re.findall(r'<h3 id="care-[^"]+">(.*?)</h3>', html)
    assert "Busque ayuda médica hoy si:" in cards


@pytest.mark.parametrize("model", [Tier, BodyArea, WarningSign, RiskGroup, AgeBand, Clue, Cause])
def test_every_seeded_checker_text_has_its_spanish(model):
    fields = translator.get_options_for_model(model).fields
    for rule in model.objects.all():
        for field in fields:
            # Every text the English has, the Spanish has: none is left to the fallback.
            assert bool(getattr(rule, f"{field}_es")) == bool(getattr(rule, f"{field}_en")), (
                rule.slug,
                field,
            )
