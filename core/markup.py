"""Turn editor-written Markdown into safe HTML, and HTML into plain text.

Editors write Markdown; the site stores the rendered HTML next to it, so
rendering happens once, on save, never per request. nh3 (the Ammonia
sanitizer) keeps only the tags and attributes below: no raw HTML blocks,
no event handlers, no scripts, and links only to http, https, mailto,
in-page anchors (#...) and pages of this site (/...). Other links (a
protocol-relative //host, or a bare relative path) lose their address and
keep their text. The only images are the site's own illustrations
(static/illustrations/), each a figure with its alt text and caption.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

ALLOWED_TAGS = {
    "figure",
    "figcaption",
    "img",
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "hr",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "abbr",
    "code",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "class"},
    "abbr": {"title"},
    "th": {"scope"},
    "ol": {"start"},
    "figure": {"class"},
    "img": {"src", "alt", "width", "height", "loading", "decoding"},
}
#: Where the site's own illustrations are (static/illustrations/*.svg): the only images a
#: text may show, written `![what it shows](/static/illustrations/calf-stretch.svg "Caption")`.
ILLUSTRATIONS = "illustrations/"
_ILLUSTRATION_SRC = re.compile(r"/static/illustrations/[a-z0-9-]+\.svg")
# Markdown's own rendering of an image alone in its paragraph.
_IMAGE_PARAGRAPH = re.compile(
    r'<p><img alt="(?P<alt>[^"]*)" src="(?P<src>[^"]*)"(?: title="(?P<caption>[^"]*)")? ?/?></p>'
)
_IMAGE = re.compile(r"<img\b[^>]*>")
# An image that did not become a figure.
_STRAY_IMAGE = re.compile(r'(?<!<figure class="illustration">)<img\b[^>]*>')
_SVG_SIZE = re.compile(r'<svg\b[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"')
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

# "[2]" after a sentence cites source 2 of the article.
# Not a Markdown link "[2](...)" or a reference definition "[2]: https://...".
_CITATION = re.compile(r"\[(\d{1,2})\](?!\()(?!:\s*(?:https?://|/|#))")
# One marker for several sources, as _gather_citations writes it: "[1, 3]".
_CITATION_GROUP = re.compile(r"\[(\d{1,2}(?:,\s*\d{1,2})*)\](?!\()(?!:\s*(?:https?://|/|#))")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_CITATION_WITH_SPACE = re.compile(r"[ \t]*" + _CITATION.pattern)
_BLOCK_END = re.compile(r"</(p|li|h\d|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_CODE_SPAN = re.compile(r"<code>(.*?)</code>", re.DOTALL)
_SAFE_HREF = re.compile(r"(?:https?://[^/]|mailto:|#|/(?!/))", re.IGNORECASE)


def _keep_safe_links(element: str, attribute: str, value: str) -> str | None:
    """Drop an href that is not absolute http(s), mailto, an anchor or a path on this site."""
    if element == "a" and attribute == "href" and not _SAFE_HREF.match(value.strip()):
        return None
    if element == "img" and attribute == "src" and not _ILLUSTRATION_SRC.fullmatch(value):
        return None
    return value


def illustration_problems(source: str) -> list[str]:
    """What is wrong with the images a text shows: each must be one of the site's own
    illustrations, alone in its paragraph, and say what it shows (alt text) and have a
    caption. Empty when all is well."""
    problems = []
    rendered = markdown.markdown(source.replace("<", "&lt;"), output_format="html")
    alone = {m.start("alt"): m for m in _IMAGE_PARAGRAPH.finditer(rendered)}
    for image in _IMAGE.finditer(rendered):
        found = alone.get(image.start() + len('<img alt="'))
        if found is None or _illustration_size(found["src"]) is None:
            problems.append(
                "Only the site's own illustrations can be shown, each on a line of its own: "
                '![what it shows](/static/illustrations/name.svg "Caption").'
            )
        elif not found["alt"].strip():
            problems.append(f"Say in words what {found['src']} shows (the text in [ ]).")
        elif not (found["caption"] or "").strip():
            problems.append(f'Give {found["src"]} a caption (the text in " " after it).')
    return problems


def _illustration_size(src: str) -> tuple[str, str] | None:
    """The width and height an illustration is drawn at, or None if there is no such file."""
    from django.contrib.staticfiles import finders

    if not _ILLUSTRATION_SRC.fullmatch(src):
        return None
    path = finders.find(ILLUSTRATIONS + src.rsplit("/", 1)[1])
    if path is None:
        return None
    with open(path, encoding="utf-8") as svg:
        size = _SVG_SIZE.search(svg.read(2000))
    return size.groups() if size else None


def _figure(match: re.Match[str]) -> str:
    # An illustration with its alt text and caption becomes a figure, drawn at its own size
    # (nothing shifts as it loads) and loaded when it comes near the screen; any other image
    # is left out (the editor is told why on save: illustration_problems).
    size = _illustration_size(match["src"])
    if size is None or not match["alt"].strip():
        return ""
    caption = f"<figcaption>{match['caption']}</figcaption>" if match["caption"] else ""
    return (
        f'<figure class="illustration"><img src="{match["src"]}" alt="{match["alt"]}" '
        f'width="{size[0]}" height="{size[1]}" loading="lazy" decoding="async">{caption}</figure>'
    )


def _unescape_code(match: re.Match[str]) -> str:
    # "<" was escaped before Markdown, which escapes "&" again inside code spans.
    return f"<code>{match.group(1).replace('&amp;lt;', '&lt;')}</code>"


def _gather_citations(source: str) -> str:
    """Move the citations of each paragraph to one marker at its end: "[1, 3]".

    One marker a paragraph keeps the text easy to read and each number a tap
    target of its own. In a list, the items share one marker at its end when
    they cite the same sources, and keep their own otherwise. Tables are left
    as written.
    """
    blocks = _BLANK_LINES.split(source)
    for i, block in enumerate(blocks):
        if block.lstrip().startswith("|"):
            continue
        lead, *items = re.split(r"(?m)^(?=\s*(?:[-*+]|\d+\.)\s)", block)
        if items and len({_cited(item) for item in items}) == 1:
            items = ["".join(items)]  # the same sources throughout: one marker for the list
        blocks[i] = "".join(_one_marker(part) for part in [lead, *items])
    return "\n\n".join(blocks)


def _cited(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(n) for n in _CITATION.findall(text)}))


def _one_marker(text: str) -> str:
    numbers = _cited(text)
    if not numbers:
        return text
    body = text.rstrip()
    marker = f" [{', '.join(map(str, numbers))}]"
    return _CITATION_WITH_SPACE.sub("", body) + marker + text[len(body) :]


def _link_citations(source: str) -> str:
    def link(match: re.Match[str]) -> str:
        numbers = [n.strip() for n in match.group(1).split(",")]
        return "\\[" + ", ".join(f"[{n}](#source-{n})" for n in numbers) + "\\]"

    return _CITATION_GROUP.sub(link, _gather_citations(source))


#: A whole page's text may also have "## " headings (its title is the page's only <h1>);
#: an article section is under its own <h2>, so its text starts at "### ".
PAGE_HEADINGS = {"h2"}


def render_markdown(source: str, *, headings: bool = False) -> str:
    """Return sanitized HTML for editor-written Markdown; with `headings`, "## " lines are
    kept as headings (a whole page's text), else they read as plain text."""
    # Escaping "<" first means raw HTML in the Markdown shows as text, never
    # as markup; nh3 then removes anything unsafe that Markdown itself made.
    rendered = markdown.markdown(
        _link_citations(source.replace("<", "&lt;")),
        extensions=["sane_lists", "tables"],
        output_format="html",
    )
    rendered = rendered.replace('<a href="#source-', '<a class="citation" href="#source-')
    rendered = _STRAY_IMAGE.sub("", _IMAGE_PARAGRAPH.sub(_figure, rendered))
    rendered = _CODE_SPAN.sub(_unescape_code, rendered)
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS | PAGE_HEADINGS if headings else ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=_keep_safe_links,
    )


def html_to_text(rendered: str) -> str:
    """Return the readable text of rendered HTML, one block per line, without citations."""
    text = _BLOCK_END.sub("\n", rendered)
    text = html.unescape(_TAG.sub("", text))
    text = re.sub(r"\s*\[\d{1,2}(?:,\s*\d{1,2})*\]", "", text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
