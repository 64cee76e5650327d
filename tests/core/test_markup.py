from pathlib import Path

import pytest

from core.markup import html_to_text, render_markdown


def test_markdown_becomes_html():
    html = render_markdown("Some **bold** text.\n\n- one\n- two\n\n1. first\n2. second")
    assert "<strong>bold</strong>" in html
    assert "<ul>" in html and "<li>one</li>" in html
    assert "<ol>" in html and "<li>first</li>" in html


def test_a_citation_before_a_colon_is_linked_too():
    assert 'href="#source-2"' in render_markdown("Signs of a nerve problem [2]:\n\n- numbness.")


def test_citation_numbers_link_to_the_numbered_source():
    html = render_markdown("Cramps are common [1].")
    assert '<a class="citation" href="#source-1"' in html
    assert html.startswith("<p>Cramps are common. [<a")
    assert ">1</a>]</p>" in html


def test_each_paragraph_or_list_has_one_citation_marker_at_its_end():
    html = render_markdown(
        "Cramps are common [3]. Most are harmless [3][1].\n\n- Rest [2].\n- Stretch [2].\n\nNone."
    )
    paragraph, listed, plain = html.split("\n", 1)[0], html.split("<ul>")[1], html.split("</ul>")[1]
    assert paragraph == (
        '<p>Cramps are common. Most are harmless. [<a class="citation" href="#source-1" '
        'rel="noopener noreferrer">1</a>, <a class="citation" href="#source-3" '
        'rel="noopener noreferrer">3</a>]</p>'
    )
    # A list whose items cite the same source: one marker, at its end.
    assert "<li>Rest.</li>" in listed and listed.count("[<a") == 1
    assert "citation" not in plain
    assert html_to_text(html) == "Cramps are common. Most are harmless.\nRest.\nStretch.\nNone."


def test_list_items_that_cite_different_sources_keep_their_own_marker():
    html = render_markdown("- Warmth [6].\n- Ice [5][6].")
    assert html.count("[<a") == 2
    assert '<li>Ice. [<a class="citation" href="#source-5"' in html  # sorted: 5, then 6


def test_citations_in_tables_and_hard_line_breaks_are_left_as_written():
    table = render_markdown("| Medicine | Source |\n| --- | --- |\n| Statins | [4] |\n\nAfter [1].")
    assert 'href="#source-4"' in table and "<table>" in table
    broken = render_markdown("First line  \nsecond line [2].")
    assert "<br" in broken and broken.count("[<a") == 1


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="https://example.org" onclick="alert(1)">link</a>',
        "<iframe src='https://evil.example'></iframe>",
        "<style>body{display:none}</style>",
        '<div onmouseover="alert(1)">hover</div>',
        "<svg onload=alert(1)>",
    ],
)
def test_raw_html_is_shown_as_text_never_as_markup(attack):
    html = render_markdown(f"Before {attack} after")
    lowered = html.lower()
    for tag in ("<script", "<img", "<iframe", "<style", "<div", "<svg", "<a "):
        assert tag not in lowered
    assert "&lt;" in html  # the editor sees what they typed, as text


@pytest.mark.parametrize(
    "link",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    ],
)
def test_dangerous_link_schemes_are_removed(link):
    html = render_markdown(link).lower()
    assert "javascript:" not in html
    assert "vbscript:" not in html
    assert "data:" not in html
    assert "click" in html


def test_safe_links_stay_and_get_a_safe_rel():
    html = render_markdown("[NHS](https://www.nhs.uk/) and [mail](mailto:team@example.org)")
    assert 'href="https://www.nhs.uk/"' in html
    assert 'href="mailto:team@example.org"' in html
    assert 'rel="noopener noreferrer"' in html


@pytest.mark.parametrize(
    "source",
    [
        '[x](https://example.org "title" onclick=alert(1))',
        '[x](https://example.org" onclick="alert(1))',
        "**bold** <b onclick=alert(1)>y</b>",
        '| a | b |\n|---|---|\n| <td onclick="x"> | 2 |',
    ],
)
def test_no_event_handler_becomes_an_attribute(source):
    import re

    html = render_markdown(source)
    # An on* handler may appear as escaped text, but never inside a real tag.
    tags = re.findall(r"<[a-z][^>]*>", html)
    assert not [tag for tag in tags if re.search(r"\son\w+\s*=", tag)], html


def test_images_are_not_allowed():
    assert "<img" not in render_markdown("![a picture](https://example.org/x.png)")


def test_html_to_text_keeps_blocks_apart_and_drops_citations():
    text = html_to_text(render_markdown("First line [1].\n\n- item one.\n- item two [2]."))
    assert text == "First line.\nitem one.\nitem two."


@pytest.mark.parametrize(
    "link",
    ["[x](//evil.example/page)", "[x](evil.html)", "[x](../../admin/)", "[x]( //evil.example)"],
)
def test_protocol_relative_and_bare_relative_links_lose_their_address(link):
    html = render_markdown(link)
    assert "href" not in html
    assert "x" in html


def test_links_to_pages_of_this_site_and_anchors_stay():
    html = render_markdown("[spasms](/articles/muscle-spasms/) and [up](#causes)")
    assert 'href="/articles/muscle-spasms/"' in html
    assert 'href="#causes"' in html


def test_inline_code_shows_what_the_editor_typed():
    html = render_markdown("Type `<b>` to see it.")
    assert "<code>&lt;b&gt;</code>" in html
    assert "&amp;lt;" not in html


CALF = '![A person stretches a calf](/static/illustrations/calf-stretch.svg "Calf stretch")'


def test_an_illustration_becomes_a_figure_drawn_at_its_size_and_loaded_lazily():
    html = render_markdown(f"Stretch it.\n\n{CALF}\n\nThen rub it.")
    assert (
        '<figure class="illustration"><img src="/static/illustrations/calf-stretch.svg" '
        'alt="A person stretches a calf" width="320" height="240" loading="lazy" '
        'decoding="async"><figcaption>Calf stretch</figcaption></figure>'
    ) in html


@pytest.mark.parametrize(
    "source",
    [
        '![A picture](https://example.org/tracker.png "From elsewhere")',
        '![A picture](/media/uploaded.svg "Not ours")',
        '![A picture](/static/illustrations/no-such-drawing.svg "Missing")',
        '![A picture](javascript:alert(1) "Script")',
        "Inline ![a picture](/static/illustrations/calf-stretch.svg) in a sentence.",
        '<img src="/static/illustrations/calf-stretch.svg" onerror="alert(1)">',
    ],
)
def test_no_other_image_is_ever_shown(source):
    html = render_markdown(source)
    assert "<img" not in html  # raw HTML shows as text


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ('![](/static/illustrations/calf-stretch.svg "Calf stretch")', "Say in words what"),
        ("![A calf](/static/illustrations/calf-stretch.svg)", "caption"),
        ('![A calf](https://example.org/a.png "A calf")', "own illustrations can be shown"),
        ('Text ![A calf](/static/illustrations/calf-stretch.svg "A") more', "on a line of its own"),
    ],
)
def test_a_section_with_an_image_it_cannot_show_is_refused_with_a_clear_message(source, problem):
    from django.core.exceptions import ValidationError

    from education.models import Section

    with pytest.raises(ValidationError) as refused:
        Section(heading="Stretch", anchor="stretch", body_markdown=source).clean()
    assert problem in str(refused.value)
    Section(heading="Stretch", anchor="stretch", body_markdown=CALF).clean()  # this one is fine


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/articles/stretch-out-a-cramp/", "/es/articles/calambre-como-estirar/"]
)
def test_the_stretching_article_shows_its_four_illustrations_and_each_is_served(client, path):
    import re

    from tests.factories import load_seed

    load_seed()
    html = client.get(path).content.decode()
    figures = re.findall(r'<figure class="illustration"><img src="([^"]+)" alt="([^"]+)"', html)
    assert [src.rsplit("/", 1)[1] for src, _alt in figures] == [
        "massage-a-cramp.svg",
        "calf-stretch.svg",
        "thigh-stretch-front.svg",
        "thigh-stretch-back.svg",
    ]
    assert all(len(alt.split()) >= 8 for _src, alt in figures)  # says what it shows
    assert html.count("<figcaption>") == 4
    for src, _alt in figures:
        from django.contrib.staticfiles import finders

        drawing = Path(finders.find(src.removeprefix("/static/"))).read_text(encoding="utf-8")
        assert "<script" not in drawing and "href" not in drawing  # a drawing, nothing more
