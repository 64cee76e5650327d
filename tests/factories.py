"""A small hand-written test factory: just enough to build the objects tests need."""

from __future__ import annotations

import datetime
import io
from itertools import count

from django.contrib.auth import get_user_model
from django.core.management import call_command

from education.models import Article, Category, Section, Source

_serial = count(1)


def seed_rules():
    """Return the checker's rule set built from content/checker/ by the engine alone (no database)."""
    from core.content import starter_rules
    from triage import engine

    starter = starter_rules()
    return engine.build_rules(
        tiers=starter.tiers,
        areas=starter.areas,
        signs=starter.signs,
        groups=starter.groups,
        clues=starter.clues,
        causes=starter.causes,
        ages=starter.ages,
    )


def seed() -> str:
    """Run `manage.py seed` (articles and checker rules); return what it printed."""
    out = io.StringIO()
    call_command("seed", stdout=out)
    return out.getvalue()


def make_category(**fields) -> Category:
    n = next(_serial)
    fields.setdefault("name", f"Topic {n}")
    fields.setdefault("slug", f"topic-{n}")
    return Category.objects.create(**fields)


def make_article(*, sections: int = 0, sources: int = 0, categories=(), **fields) -> Article:
    n = next(_serial)
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("slug", f"article-{n}")
    fields.setdefault("summary", f"A short summary of article {n}.")
    fields.setdefault("author", "Ada Writer")
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("last_reviewed", datetime.date(2026, 11, 1))
    fields.setdefault("next_review_due", datetime.date(2027, 11, 1))
    article = Article.objects.create(**fields)
    article.categories.set(categories)
    for i in range(1, sections + 1):
        make_section(article, position=i)
    for i in range(1, sources + 1):
        make_source(article, number=i)
    return article


def make_section(article: Article, **fields) -> Section:
    n = next(_serial)
    fields.setdefault("heading", f"Heading {n}")
    fields.setdefault("anchor", f"section-{n}")
    fields.setdefault("body_markdown", f"Some plain text for section {n} [1].")
    return Section.objects.create(article=article, **fields)


def picture(
    width: int = 900, height: int = 600, fmt: str = "PNG", name: str = "stretch.png", mode="RGB"
):
    """An uploaded picture made on the spot (Pillow), as an editor's browser sends it."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, (width, height), "#2a6f97").save(out, fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type=f"image/{fmt.lower()}")


def with_picture(section: Section, **upload) -> Section:
    """Give `section` an uploaded picture, with what it shows and a caption, and save it."""
    section.image = picture(**upload)
    section.image_alt = "A person leans on a wall, one leg stretched back."
    section.image_caption = "Lean into the wall until you feel the stretch."
    section.save()
    return section


def make_source(article: Article, **fields) -> Source:
    n = next(_serial)
    fields.setdefault("number", n)
    fields.setdefault("title", f"Source title {n}")
    fields.setdefault("authors", "NHS")
    fields.setdefault("year", "2024")
    fields.setdefault("url", f"https://example.org/source-{n}")
    return Source.objects.create(article=article, **fields)


def make_user(*, staff: bool = False, superuser: bool = False, **fields):
    n = next(_serial)
    fields.setdefault("username", f"user{n}")
    user = get_user_model().objects.create_user(password="not-a-real-password", **fields)
    user.is_staff = staff or superuser
    user.is_superuser = superuser
    user.save()
    return user


def make_editor(*roles: str, credentials: str = "MB ChB, general practitioner", **fields):
    """A staff member in the given roles (governance.roles), with a profile."""
    from django.contrib.auth.models import Group

    from governance.models import Profile

    user = make_user(staff=True, **fields)
    user.groups.set(Group.objects.filter(name__in=roles))
    Profile.objects.create(
        user=user, display_name=f"Dr {user.username.title()}", credentials=credentials
    )
    return user


def opened(obj) -> dict:
    """The hidden field a change form carries: the revision the editor opened."""
    from governance.revisions import latest_revision_id

    return {"opened_revision": str(latest_revision_id(obj) or "")}


def publish_rules(note: str = "Published by a test."):
    """Publish the checker's working copy, as a clinical reviewer would (the safety cases decide)."""
    from triage.publishing import publish

    return publish(None, note)


def publish_unchecked(note: str = "Published by a test, without the safety cases."):
    """Publish the working copy without running the safety cases.

    For tests of what a published change does downstream (the checker, the
    articles' care cards) with a change that some safety case would refuse;
    the safety gate itself is tested in tests/triage/test_publishing.py.
    """
    from triage.models import RuleSet
    from triage.rules import rules_data

    last = RuleSet.objects.order_by("-number").values_list("number", flat=True).first() or 0
    RuleSet.objects.create(number=last + 1, note=note, data=rules_data(), cases_passed=0)


def per_language(model, data: dict, obj=None) -> dict:
    """Admin form data for a rule whose texts are edited in each language (triage/translation.py).

    A text given as `question` goes in the English field (`question_en`); the other
    languages keep what `obj` has, as the change form would post them back.
    """
    from django.conf import settings
    from modeltranslation.translator import translator

    fields = translator.get_options_for_model(model).fields
    form = {f"{k}_{settings.LANGUAGE_CODE}" if k in fields else k: v for k, v in data.items()}
    for code, _name in settings.LANGUAGES:
        for field in fields:
            if obj is not None and code != settings.LANGUAGE_CODE:
                form.setdefault(f"{field}_{code}", getattr(obj, f"{field}_{code}") or "")
    return form
