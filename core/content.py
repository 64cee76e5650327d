"""The starter content, as files a clinician can read and review as text.

    content/topics.toml             the topics, in the order the home page shows them
    content/articles/<lang>/*.md    one article a file (its slug is the file name)
    content/checker/*.toml          the symptom checker's starter rules, one file a kind
    content/glossary.toml           plain words explained: the glossary's terms
    content/plain-words.toml        words to avoid and their plainer words, a table a language
    content/pages/<lang>/*.md       the pages about Clearcare (About, Privacy...), one a file

An article file starts with TOML front matter between two "+++" lines (title,
summary, other names, topics, related articles, warning signs, author,
review dates and the numbered sources), then its sections, each under a
heading line that names its jump link and kind:

    ## What is a muscle spasm? {#what-is-it kind=overview}

`manage.py seed` reads these files; an editor's later change in the admin is
never overwritten (see education.seeding and triage.seeding). The Spanish
edition sits beside the English one, under content/articles/es/: each file
names its English original in `translation_of`.
Plain Python and the standard library's TOML reader: no Django needed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CONTENT = Path(__file__).resolve().parent.parent / "content"
#: The language the starter articles are written in; the other folders hold their translations.
ORIGINALS = "en"
_FRONT_MATTER = re.compile(r"\A\+\+\+\n(?P<front>.*?)\n\+\+\+\n(?P<body>.*)\Z", re.DOTALL)
_SECTION = re.compile(
    r"^## (?P<heading>.+?) \{#(?P<anchor>[a-z0-9-]+) kind=(?P<kind>[a-z_]+)\}[ \t]*$", re.MULTILINE
)


class ContentError(ValueError):
    """A content file that cannot be read: the message names the file and what is wrong."""


def read_toml(path: Path) -> dict:
    """Return a TOML file's data, or raise ContentError naming the file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path}: {error}") from error


def load_topics(root: Path = CONTENT) -> list[dict]:
    """Return the topics (slug, name, description, and `es` with the Spanish ones) in order."""
    return read_toml(root / "topics.toml")["topics"]


def load_terms(root: Path = CONTENT) -> list[dict]:
    """Return the glossary's terms (slug, term, forms, definition, source, and `es`)."""
    return read_toml(root / "glossary.toml")["terms"]


def load_plain_words(root: Path = CONTENT) -> dict[str, dict[str, str]]:
    """Return the plain words list: {language: {word to avoid: plainer word}}."""
    return read_toml(root / "plain-words.toml")


def load_articles(language: str | None = None, root: Path = CONTENT) -> list[dict]:
    """Return the starter articles of one language, or of every language, by file name.

    With every language, the originals come first, so each comes before the
    translations that name it in `translation_of`.
    """
    folders = sorted((root / "articles").iterdir(), key=lambda f: (f.name != ORIGINALS, f.name))
    return [
        read_article(path)
        for folder in folders
        if folder.is_dir() and language in (None, folder.name)
        for path in sorted(folder.glob("*.md"))
    ]


def load_about_pages(root: Path = CONTENT) -> dict[str, dict[str, dict]]:
    """Return the pages about Clearcare: {slug: {language: {title, summary, last_reviewed,
    body}}}. Each file is TOML front matter between two "+++" lines, then Markdown."""
    pages: dict[str, dict[str, dict]] = {}
    for path in sorted((root / "pages").glob("*/*.md")):
        front, body = _front_matter(path)
        pages.setdefault(path.stem, {})[path.parent.name] = {**front, "body": body.strip() + "\n"}
    return pages


def _front_matter(path: Path) -> tuple[dict, str]:
    """Return a Markdown file's TOML front matter (between two "+++" lines) and the text after
    it, or raise ContentError naming the file."""
    match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if not match:
        raise ContentError(f"{path}: the file starts with front matter between two +++ lines")
    try:
        return tomllib.loads(match["front"]), match["body"]
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path}: front matter: {error}") from error


def read_article(path: Path) -> dict:
    """Return one article file as a dict: its front matter, slug, sections and sources."""
    front, body = _front_matter(path)
    headings = list(_SECTION.finditer(body))
    if not headings or body[: headings[0].start()].strip():
        raise ContentError(
            f"{path}: the text after the front matter must start with a section heading, "
            "such as: ## What is it? {#what-is-it kind=overview}"
        )
    sections = []
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start() if following else len(body)
        sections.append(
            {
                "kind": heading["kind"],
                "heading": heading["heading"],
                "anchor": heading["anchor"],
                "body": body[heading.end() : end].strip("\n") + "\n",
            }
        )
    topics = front.pop("topics", [])
    return {
        "slug": path.stem,
        "language": path.parent.name,
        "sources": [],
        **front,
        "categories": topics,
        "sections": sections,
    }


@dataclass(frozen=True)
class StarterRules:
    """The checker's starter rules, each a list of records as in its file under content/checker/."""

    tiers: list[dict]
    areas: list[dict]
    ages: list[dict]
    groups: list[dict]
    clues: list[dict]
    signs: list[dict]
    causes: list[dict]
    safety_cases: list[dict]
    hazards: list[dict]


#: Each StarterRules field: (file under content/checker/, the key of its list of records).
RULE_FILES = {
    "tiers": ("tiers.toml", "tiers"),
    "areas": ("areas.toml", "areas"),
    "ages": ("ages.toml", "ages"),
    "groups": ("groups.toml", "groups"),
    "clues": ("clues.toml", "clues"),
    "signs": ("signs.toml", "signs"),
    "causes": ("causes.toml", "causes"),
    "safety_cases": ("safety-cases.toml", "cases"),
    "hazards": ("hazards.toml", "hazards"),
}


def load_rules(root: Path = CONTENT) -> StarterRules:
    """Return the checker's starter rules read from content/checker/."""
    found = {}
    for name, (file_name, key) in RULE_FILES.items():
        data = read_toml(root / "checker" / file_name)
        if key not in data:
            raise ContentError(f"{root / 'checker' / file_name}: no [[{key}]] records")
        found[name] = data[key]
    return StarterRules(**found)


@cache
def starter_rules() -> StarterRules:
    """Return the starter rules from the repository's content folder, read once."""
    return load_rules()
