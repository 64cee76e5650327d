"""Reading help for editors: long and hard sentences, plainer words, the reading report."""

import re
from itertools import pairwise

import pytest

from core.models import PlainWord
from core.readability import LONG_SENTENCE_WORDS, sentence_notes, word_notes
from education.models import Article
from governance.roles import PUBLISHER, WRITER
from tests.factories import load_seed, make_article, make_editor, make_section, seed

pytestmark = pytest.mark.django_db

LONG = (
    "Cramps can come back night after night for weeks, and they can wake you up, "
    "make you tired the next day and leave your leg sore."
)
HARD = "The physician will administer the medication prior to the procedure."
EASY = "Rest the leg. Drink water."
PLAIN = {"physician": "doctor", "administer": "give", "prior to": "before", "in order to": "to"}


def test_a_sentence_over_20_words_is_too_long():
    (note,) = sentence_notes(f"{EASY} {LONG}")
    assert note.text == LONG
    assert note.words > LONG_SENTENCE_WORDS
    assert note.too_long and not note.too_hard


def test_a_sentence_of_long_words_is_too_hard_on_the_grade_scale():
    (note,) = sentence_notes(f"{HARD}\n{EASY}")
    assert note.too_hard and not note.too_long
    assert note.score > 8


def test_easy_and_very_short_sentences_are_not_flagged():
    assert sentence_notes(EASY) == []
    assert sentence_notes("Rhabdomyolysis.") == []  # too short to score: one word decides it


def test_spanish_sentences_are_scored_on_the_inflesz_scale():
    hard = "El facultativo le administrará la medicación correspondiente posteriormente."
    (note,) = sentence_notes(f"Beba agua. {hard}", "es")
    assert note.text == hard and note.too_hard and note.score < 65
    assert sentence_notes("Estire la pierna con cuidado y despacio, sin prisa.", "es") == []


def test_words_with_a_plainer_word_are_found_once_as_written():
    notes = word_notes(f"{HARD} Physician visits help. In order\nto rest, stop.", PLAIN)
    assert [(n.words, n.plainer) for n in notes] == [
        ("physician", "doctor"),
        ("administer", "give"),
        ("prior to", "before"),
        ("In order\nto", "to"),
    ]
    assert word_notes("Physicianly administered.", PLAIN) == []  # whole words only


@pytest.fixture
def article(db):
    article = make_article(
        title="Leg cramps at night", slug="leg-cramps-at-night", status=Article.Status.DRAFT
    )
    make_section(article, heading="Why", body_markdown=f"{EASY}\n\n{HARD}")
    PlainWord.objects.create(language="en", word="Physician", plainer="doctor")
    return article


def test_the_change_page_shows_the_reading_help_of_the_saved_text(staff_client, article):
    html = staff_client.get(f"/admin/education/article/{article.pk}/change/").content.decode()
    panel = html[html.index('class="reading-help"') :]
    assert "Section “Why”" in panel
    assert f"<q>{HARD}</q>" in panel
    assert "Instead of “physician”, try “doctor”." in panel
    # Under the save buttons, so pressing Enter in a field still saves.
    assert html.index('name="_save"') < html.index('class="reading-help"')


def test_the_help_follows_the_text_as_typed_and_saves_nothing(staff_client, article):
    typed = {
        "language": "en",
        "summary": "A physician can help.",
        "sections-TOTAL_FORMS": "2",
        "sections-0-heading": "Why",
        "sections-0-body_markdown": f"- {LONG}",
        "sections-1-heading": "Gone",
        "sections-1-body_markdown": HARD,
        "sections-1-DELETE": "on",
    }
    response = staff_client.post(
        "/admin/education/article/reading-help/", typed, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html  # the panel only, for htmx
    assert f"<q>{LONG}</q>" in html and "words: split it in two." in html
    assert "Instead of “physician”, try “doctor”." in html
    assert HARD not in html  # a section being deleted is not checked
    article.refresh_from_db()
    assert article.summary != "A physician can help."


def test_without_javascript_the_check_opens_as_its_own_page(staff_client, article):
    response = staff_client.post(
        "/admin/education/article/reading-help/", {"language": "en", "summary": HARD}
    )
    html = response.content.decode()
    assert "Nothing has been saved: close this tab to go back to your text." in html
    assert f"<q>{HARD}</q>" in html
    assert staff_client.get("/admin/education/article/reading-help/").status_code == 405


def test_a_checker_rule_is_checked_in_each_language(staff_client, db):
    load_seed()
    from triage.models import WarningSign

    sign = WarningSign.objects.get(slug="chest-pain")
    html = staff_client.get(f"/admin/triage/warningsign/{sign.pk}/change/").content.decode()
    assert 'id="reading-help-results"' in html
    typed = {"why_en": HARD, "why_es": "El facultativo le administrará la medicación hoy mismo."}
    html = staff_client.post(
        "/admin/triage/warningsign/reading-help/", typed, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "Why it matters (English)" in html and "Why it matters (Español)" in html
    assert "Instead of “facultativo”, try “médico”." in html  # the Spanish list, seeded


def test_hard_text_never_stops_a_save(staff_client, article):
    from tests.factories import opened

    data = {
        "title": "Leg cramps at night",
        "slug": "leg-cramps-at-night",
        "summary": LONG + " " + HARD,
        "author": "Ada Writer",
        "language": "en",
        "sections-TOTAL_FORMS": "0",
        "sections-INITIAL_FORMS": "0",
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
        **opened(article),
    }
    response = staff_client.post(f"/admin/education/article/{article.pk}/change/", data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.summary.startswith("Cramps can come back")


def test_the_report_ranks_every_text_hardest_first_in_each_language(staff_client, db):
    load_seed()
    html = staff_client.get("/admin/core/plainword/report/").content.decode()
    for language, harder in (("en", float.__gt__), ("es", float.__lt__)):
        table = html[html.index(f'data-language="{language}"') :]
        table = table[: table.index("</table>")]
        scores = [float(s) for s in re.findall(r'data-score="(-?[\d.]+)"', table)]
        assert len(scores) > 20
        assert all(not harder(later, earlier) for earlier, later in pairwise(scores))
    assert "Muscle spasms, cramps and twitches: Section" in html  # article sections
    assert "Why it matters (English)" in html  # and checker texts


@pytest.mark.parametrize(("role", "can_edit"), [(WRITER, True), (PUBLISHER, False)])
def test_writers_keep_the_plain_words_list(client, db, role, can_edit):
    client.force_login(make_editor(role))
    data = {"language": "en", "word": "  Utilise ", "plainer": "use"}
    response = client.post("/admin/core/plainword/add/", data)
    assert response.status_code == (302 if can_edit else 403)
    if can_edit:
        assert PlainWord.objects.get().word == "utilise"
    assert client.get("/admin/core/plainword/report/").status_code == 200


def test_the_seed_adds_the_plain_words_once(db):
    seed()
    count = PlainWord.objects.count()
    assert PlainWord.of("en")["physician"] == "doctor"
    assert PlainWord.of("es")["facultativo"] == "médico"
    PlainWord.objects.filter(word="physician").delete()
    assert "Plain words: added 0 word(s)" in seed()
    assert PlainWord.objects.count() == count - 1
