"""The glossary: words readers may not know, explained in plain words where they read them."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import listed, other_names_field, unique_slug_field
from core.glossary import Entry, alphabetical

#: A definition is read in the middle of a sentence: it must be short.
MAX_DEFINITION_WORDS = 25


class Term(models.Model):
    """A word readers may not know (“tetany”, “deep vein thrombosis”), explained once a page.

    Editors add a term once, with the other forms it takes (“cramps”,
    “cramping”, “DVT”) and a definition of 25 words or fewer. On every
    article and checker result, the first use of any of its forms becomes a
    button that opens the definition in place; /glossary/ lists every term
    from A to Z, and search finds them. The Spanish edition is the same row:
    a term with no Spanish word is not explained on Spanish pages.
    """

    term = models.CharField(
        max_length=80,
        help_text=_("The word as readers meet it, e.g. “Cramp”. Listed under its first letter."),
    )
    slug = unique_slug_field(
        _("The term's place on the glossary page: /glossary/#the-slug. Do not change it."),
        max_length=80,
    )
    forms = other_names_field(
        _("other forms"),
        _(
            "Other words for it, separated by commas, e.g. “cramps, cramping”. Write an "
            "abbreviation in capitals (“DVT”): it is then found only in capitals."
        ),
    )
    definition = models.TextField(
        help_text=_(
            "What it means, in 25 words or fewer and in words a 12-year-old knows. "
            "It opens in the middle of a sentence, so say only what it is."
        ),
    )
    source = models.CharField(
        max_length=250,
        blank=True,
        help_text=_("The public source of the definition, e.g. “NHS: Leg cramps”."),
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = _("glossary term")

    def __str__(self) -> str:
        return self.term or self.slug

    def in_language(self, language: str) -> Entry | None:
        """Return this term as the pages of `language` explain it, or None when it has no
        word or definition in that language."""
        term = getattr(self, f"term_{language}", "") or ""
        definition = getattr(self, f"definition_{language}", "") or ""
        if not term.strip() or not definition.strip():
            return None
        forms = listed(getattr(self, f"forms_{language}", ""))
        return Entry(
            slug=self.slug,
            term=term.strip(),
            forms=tuple(dict.fromkeys([term.strip(), *forms])),
            definition=definition.strip(),
            source=(getattr(self, f"source_{language}", "") or self.source_en or "").strip(),
        )

    def clean(self) -> None:
        errors = {}
        for language, _name in settings.LANGUAGES:
            definition = getattr(self, f"definition_{language}", "") or ""
            words = len(definition.split())
            if words > MAX_DEFINITION_WORDS:
                errors[f"definition_{language}"] = _(
                    "Keep it to %(most)d words or fewer: this has %(words)d."
                ) % {"most": MAX_DEFINITION_WORDS, "words": words}
            entry = self.in_language(language)
            clash = entry and self._clash(entry, language)
            if clash:
                errors[f"forms_{language}"] = (
                    _(
                        "“%(words)s” already names the term “%(other)s”. Each word can explain "
                        "only one term."
                    )
                    % clash
                )
        if errors:
            raise ValidationError(errors)

    def _clash(self, entry: Entry, language: str) -> dict | None:
        mine = {form.casefold() for form in entry.forms}
        for other in Term.objects.exclude(pk=self.pk):
            theirs = other.in_language(language)
            for form in theirs.forms if theirs else ():
                if form.casefold() in mine:
                    return {"words": form, "other": theirs.term}
        return None

    @classmethod
    def entries(cls, language: str) -> list[Entry]:
        """Every term the pages of `language` can explain, A to Z (one query)."""
        found = (term.in_language(language) for term in cls.objects.all())
        return sorted(filter(None, found), key=lambda entry: alphabetical(entry.term))
