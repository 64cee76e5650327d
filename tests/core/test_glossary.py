"""Plain words explained where they are read (core.glossary): once a page, never in links."""

from html.parser import HTMLParser

from django.utils.safestring import mark_safe

from core.glossary import Entry, Glossary, alphabetical

CRAMP = Entry("cramp", "Cramp", ("Cramp", "cramps"), "A sudden, painful tightening of a muscle.")
DVT = Entry("dvt", "Deep vein thrombosis", ("Deep vein thrombosis", "DVT"), "A clot in a vein.")
PAD = Entry("pad", "Peripheral arterial disease", ("Peripheral arterial disease", "PAD"), "Narrow.")
THROMBOSIS = Entry("thrombosis", "Thrombosis", ("Thrombosis",), "A blood clot.")
CALAMBRE = Entry("calambre", "Calambre", ("Calambre", "calambres"), "Un músculo que se tensa.")


def glossary(*entries: Entry) -> Glossary:
    return Glossary(entries or (CRAMP, DVT, PAD, THROMBOSIS), "/glossary/")


class _Read(HTMLParser):
    """What a screen reader reads by default: the text, without closed popovers; and where
    each explained term sits."""

    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.terms: list[tuple[str, tuple[str, ...]]] = []  # (term slug, open elements)
        self.open: list[str] = []
        self._popover = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._popover or "popover" in attrs:
            self._popover += 1
        if tag == "button" and "popovertarget" in attrs and not self._popover:
            self.terms.append((attrs["popovertarget"], tuple(self.open)))
        self.open.append(tag)

    def handle_endtag(self, tag):
        self.open.pop()
        if self._popover:
            self._popover -= 1

    def handle_data(self, data):
        if not self._popover:
            self.text.append(data)


def read(html: str) -> _Read:
    reader = _Read()
    reader.feed(html)
    return reader


def test_the_first_use_of_a_term_opens_its_definition():
    html = glossary().explain("A cramp at night. Another cramp.")
    assert html.count('popovertarget="define-cramp"') == 2  # the term, and the Close button
    assert '<button type="button" class="term" popovertarget="define-cramp">cramp</button>' in html
    assert '<span class="term-definition" id="define-cramp" popover>' in html
    assert "<dfn>Cramp</dfn>: A sudden, painful tightening of a muscle." in html
    assert '<a href="/glossary/#cramp">Glossary</a>' in html
    assert html.endswith("Another cramp.")  # the second use is left as it is


def test_a_term_is_explained_once_a_page_whatever_the_number_of_texts():
    page = glossary()
    first = page.explain("Cramps hurt.")
    second = page.explain("A cramp again, and a DVT.")
    assert 'class="term"' in first
    assert 'define-cramp"' not in second
    assert 'popovertarget="define-dvt">DVT</button>' in second


def test_screen_readers_read_the_text_as_written_until_asked():
    text = "A cramp or DVT can hurt. See a doctor about peripheral arterial disease."
    html = glossary().explain(text)
    assert len(read(html).terms) == 3
    assert "".join(read(html).text) == text


def test_terms_in_links_headings_buttons_and_labels_are_left_alone():
    html = mark_safe(
        '<h2>Why cramps happen</h2><p><a href="/x">cramp advice</a> '
        "<button>cramp</button> <label>cramp</label></p><p>A cramp here.</p>"
    )
    terms = read(glossary().explain(html)).terms
    assert terms == [("define-cramp", ("p",))]  # the paragraph's, not the heading's or link's


def test_nested_markup_is_kept_and_explained():
    html = glossary().explain(mark_safe("<ul><li><strong>Cramps</strong> at night</li></ul>"))
    assert html.startswith('<ul><li><strong><button type="button" class="term"')
    assert ">Cramps</button>" in html  # the words as written, capital and all
    assert html.endswith("</strong> at night</li></ul>")


def test_the_longest_name_wins():
    html = glossary().explain("It was a deep vein thrombosis, not only a thrombosis.")
    assert 'popovertarget="define-dvt">deep vein thrombosis</button>' in html
    assert 'popovertarget="define-thrombosis">thrombosis</button>' in html


def test_a_name_split_over_lines_is_still_found():
    html = glossary().explain(mark_safe("<p>peripheral\narterial disease</p>"))
    assert 'popovertarget="define-pad">peripheral\narterial disease</button>' in html


def test_an_abbreviation_counts_only_in_capitals():
    html = glossary().explain("Use a heating pad. PAD narrows arteries.")
    assert "a heating pad." in html
    assert 'popovertarget="define-pad">PAD</button>' in html


def test_words_that_only_contain_a_term_are_not_explained():
    assert 'class="term"' not in glossary().explain("Crampons and cramp-like pain.")


def test_plain_text_is_escaped_and_safe_html_is_kept():
    plain = glossary().explain('<script>alert("cramp")</script>')
    assert "<script>" not in plain and "&lt;script&gt;" in plain
    kept = glossary().explain(mark_safe("<p>Tom &amp; Ann</p>"))
    assert kept == "<p>Tom &amp; Ann</p>"


def test_spanish_words_are_found_whatever_their_capitals():
    html = glossary(CALAMBRE).explain("Los Calambres nocturnos.")
    assert 'popovertarget="define-calambre">Calambres</button>' in html


def test_an_empty_glossary_changes_nothing():
    assert Glossary([], "/glossary/").explain("A cramp & a spasm.") == "A cramp &amp; a spasm."


def test_words_sort_a_to_z_with_their_accents():
    words = ["Ictus", "Ácido", "Zumbido", "Órgano"]
    assert sorted(words, key=alphabetical) == ["Ácido", "Ictus", "Órgano", "Zumbido"]
