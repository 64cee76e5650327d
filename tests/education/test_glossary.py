"""The glossary: terms explained once a page on articles and results, an A to Z page, search."""

import re
import tomllib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from education.models import Term
from education.models.glossary import MAX_DEFINITION_WORDS
from governance.roles import PUBLISHER, REVIEWER, WRITER
from tests.factories import make_article, make_editor, make_section, opened, per_language, seed

pytestmark = pytest.mark.django_db

CONTENT = Path(settings.BASE_DIR) / "content/glossary.toml"
EXPLAINED = re.compile(r'class="term" popovertarget="define-([a-z0-9-]+)"')
#: Where a term may never be explained: it is already a link, a control or a heading.
NEVER_INSIDE = {"a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "label", "summary", "dfn"}


class _Terms(HTMLParser):
    """Each explained term on a page, with the elements it sits in."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, set[str]]] = []
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "button" and attrs.get("class") == "term":
            self.found.append((attrs["popovertarget"], set(self._open)))
        if tag not in ("br", "img", "input", "link", "meta", "hr"):
            self._open.append(tag)

    def handle_endtag(self, tag):
        if tag in self._open:
            while self._open.pop() != tag:
                pass


def terms_on(html: str) -> list[tuple[str, set[str]]]:
    parser = _Terms()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize(
    "url",
    [
        "/articles/muscle-spasms/",
        "/articles/night-leg-cramps/",
        "/es/articles/espasmos-musculares/",
        "/es/articles/calambres-nocturnos-en-las-piernas/",
    ],
)
def test_an_article_explains_each_term_once_and_never_in_a_link_or_heading(client, seeded, url):
    html = client.get(url).content.decode()
    found = terms_on(html)
    assert found, "the seeded articles use glossary terms"
    assert [slug for slug, count in Counter(s for s, _ in found).items() if count > 1] == []
    assert all(not (inside & NEVER_INSIDE) for _, inside in found)
    for slug, _ in found:
        assert html.count(f'id="{slug}"') == 1  # its definition, once


def test_the_spanish_article_explains_in_spanish(client, seeded):
    html = client.get("/es/articles/calambres-nocturnos-en-las-piernas/").content.decode()
    assert "<dfn>Calambre</dfn>: Un endurecimiento brusco y doloroso de un músculo" in html
    assert 'href="/es/glossary/#cramp"' in html


def test_a_checker_result_explains_its_terms_once(client, seeded):
    answers = {
        "area": "calf",
        "signs": ["frequent"],
        "groups": ["older-adult"],
        "clues": ["at-night"],
    }
    html = client.post("/check/result/", answers).content.decode()
    found = terms_on(html)
    assert found
    assert len({slug for slug, _ in found}) == len(found)
    assert all(not (inside & NEVER_INSIDE) for _, inside in found)


def test_a_term_an_editor_adds_is_explained_on_the_next_view(client, seeded):
    article = make_article(title="Sore calves", slug="sore-calves")
    make_section(article, body_markdown="Long walks gave me a charley horse.")
    assert "define-charley-horse" not in client.get("/articles/sore-calves/").content.decode()
    Term.objects.create(
        slug="charley-horse",
        term_en="Charley horse",
        definition_en="Another name for a sudden cramp in the leg.",
        source_en="MedlinePlus: Muscle cramps",
    )
    html = client.get("/articles/sore-calves/").content.decode()
    assert 'popovertarget="define-charley-horse">charley horse</button>' in html


def test_the_glossary_page_lists_every_term_a_to_z_under_its_letter(client, seeded):
    html = client.get("/glossary/").content.decode()
    terms = re.findall(r"<dt><dfn>([^<]+)</dfn></dt>", html)
    assert len(terms) == Term.objects.count()
    assert terms == sorted(terms, key=str.casefold)
    assert '<h2 id="letter-C-heading">C</h2>' in html
    assert 'href="#letter-C"' in html
    assert 'id="deep-vein-thrombosis"' in html and "Also written: DVT" in html
    assert "Source: NHS: Leg cramps" in html


def test_the_spanish_glossary_is_in_spanish_with_accented_words_in_place(client, seeded):
    html = client.get("/es/glossary/").content.decode()
    terms = re.findall(r"<dt><dfn>([^<]+)</dfn></dt>", html)
    assert "Tétanos" in terms and "Calambre" in terms
    # Ordered as a Spanish reader expects: “Ictus” before “Meningitis”, “Síndrome” with the S.
    assert (
        terms.index("Ictus") < terms.index("Meningitis") < terms.index("Síndrome serotoninérgico")
    )
    assert "Se muestra" not in html  # no admin words
    assert 'lang="es"' in html


def test_search_finds_glossary_terms_by_any_of_their_words(client, seeded):
    html = client.get("/search/?q=thrombosis").content.decode()
    assert 'id="terms-heading"' in html and "<dfn>Deep vein thrombosis</dfn>" in html
    spanish = client.get("/es/search/?q=tetanos").content.decode()  # no accent typed
    assert "<dfn>Tétanos</dfn>" in spanish
    assert 'id="terms-heading"' not in client.get("/search/?q=zebra").content.decode()


def test_a_definition_longer_than_25_words_is_refused():
    term = Term(slug="long", term_en="Long", definition_en=" ".join(["word"] * 26))
    with pytest.raises(ValidationError) as error:
        term.full_clean()
    assert "definition_en" in error.value.message_dict


def test_one_word_can_explain_only_one_term():
    Term.objects.create(slug="cramp", term_en="Cramp", forms_en="cramps", definition_en="A cramp.")
    term = Term(slug="charley", term_en="Charley horse", forms_en="Cramps", definition_en="Leg.")
    with pytest.raises(ValidationError) as error:
        term.full_clean()
    assert "forms_en" in error.value.message_dict


def test_every_starter_term_is_short_sourced_and_in_both_languages():
    terms = tomllib.loads(CONTENT.read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 20
    for data in terms:
        for text in (data, data["es"]):
            assert text["term"] and text["source"], data["slug"]
            assert len(text["definition"].split()) <= MAX_DEFINITION_WORDS, data["slug"]


def test_the_seed_adds_the_terms_once_and_never_brings_back_a_deleted_one(seeded):
    count = Term.objects.count()
    assert count >= 20
    Term.objects.filter(slug="cramp").delete()
    assert "Glossary: added 0 term(s)." in seed()
    assert Term.objects.count() == count - 1


@pytest.mark.parametrize(
    ("role", "can_edit"), [(WRITER, False), (REVIEWER, True), (PUBLISHER, False)]
)
def test_only_a_clinical_reviewer_changes_the_glossary(client, seeded, role, can_edit):
    term = Term.objects.get(slug="cramp")
    client.force_login(make_editor(role))
    assert client.get("/admin/education/term/").status_code == 200  # everyone reads it
    data = per_language(
        Term, {"term": "Cramp", "slug": "cramp", "definition": "A tight, painful muscle."}, term
    )
    response = client.post(f"/admin/education/term/{term.pk}/change/", {**data, **opened(term)})
    term.refresh_from_db()
    assert (term.definition_en == "A tight, painful muscle.") is can_edit
    assert response.status_code == (302 if can_edit else 403)


def test_a_page_reads_the_terms_from_the_process_memory_while_nothing_changes(monkeypatch):
    from django.core.cache import cache

    from education import glossary
    from education.models import Term

    Term.objects.create(slug="tetany", term_en="Tetany", definition_en="Muscles that lock.")
    first = glossary.entries("en")
    asked = []
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: asked.append(args))
    assert glossary.entries("en") is first and not asked  # no trip to the shared cache
    Term.objects.create(slug="cramp", term_en="Cramp", definition_en="A sudden tight muscle.")
    monkeypatch.undo()
    assert [e.term for e in glossary.entries("en")] == ["Cramp", "Tetany"]  # a new version
