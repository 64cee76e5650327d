"""Reading help for editors, on every change page of text the public reads.

The admin points out the sentences that are too long or too hard on the
language's scale, and the words that have a plainer everyday word (the
editors' own list, core.PlainWord). It reads what the editor is typing (htmx
sends the form as they pause; without JavaScript, a “Check reading” button
opens the same check in a new tab, leaving the form as it is). It never
changes a text and never stops a save.

`ReadingHelp` is a ModelAdmin mixin: name the fields the public reads in
`reading_fields`; a translated field is read in each language.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from modeltranslation.translator import NotRegistered, translator

from core.markup import html_to_text, render_markdown
from core.models import PlainWord
from core.readability import (
    SCORED_SENTENCE_WORDS,
    ReadingTarget,
    SentenceNote,
    WordNote,
    reading_target,
    sentence_notes,
    text_stats,
    word_notes,
)

#: Fields written in Markdown: read as the page shows them, without the marks.
MARKDOWN_FIELDS = frozenset({"body_markdown", "self_care"})


@dataclass(frozen=True)
class Text:
    """One text the public reads: what editors call it, its language, the words, and where
    an editor changes it. A text shorter than SCORED_SENTENCE_WORDS words gets no score:
    one long word would decide it."""

    label: str
    language: str
    text: str
    url: str = ""
    #: What the text belongs to (“Leg cramps”), for the report.
    owner: str = ""

    @property
    def target(self) -> ReadingTarget:
        """The reading target of the text's language, on that language's scale."""
        return reading_target(self.language)


@dataclass(frozen=True)
class TextHelp:
    """What the reading help says about one text: its score on its language's scale (None
    when too short to score), its hard sentences and the words that have a plainer one."""

    text: Text
    score: float | None
    sentences: list[SentenceNote]
    words: list[WordNote]

    @property
    def target(self) -> ReadingTarget:
        return self.text.target

    @property
    def met(self) -> bool:
        return self.score is None or self.target.met(self.score)

    @property
    def needs_work(self) -> bool:
        return bool(self.sentences or self.words or not self.met)


def help_for(texts: list[Text]) -> list[TextHelp]:
    """Check each text against its language's target and the editors' plain words."""
    plain: dict[str, dict[str, str]] = {}
    found = []
    for text in texts:
        if text.language not in plain:
            plain[text.language] = PlainWord.of(text.language)
        long_enough = text_stats(text.text, text.language).words >= SCORED_SENTENCE_WORDS
        found.append(
            TextHelp(
                text=text,
                score=text.target.score(text.text) if long_enough else None,
                sentences=sentence_notes(text.text, text.language),
                words=word_notes(text.text, plain[text.language]),
            )
        )
    return found


def hardest_first(found: list[TextHelp]) -> list[TextHelp]:
    """Order scored texts from the hardest to read to the easiest, on their own scale."""
    scored = [item for item in found if item.score is not None]
    return sorted(
        scored,
        key=lambda item: -item.score if item.target.lower_is_easier else item.score,
    )


def as_read(field: str, value: str) -> str:
    """The text of a field as readers read it (Markdown without its marks)."""
    return html_to_text(render_markdown(value)) if field in MARKDOWN_FIELDS else value


class ReadingHelp:
    """ModelAdmin mixin: the reading help panel on the change page, and its check view."""

    #: The fields of text the public reads, in the order the form shows them.
    reading_fields: tuple[str, ...] = ()

    def _translated(self) -> set[str]:
        try:
            return set(translator.get_options_for_model(self.model).fields)
        except NotRegistered:
            return set()

    def reading_queryset(self, request):
        """The objects the reading report reads (every one this editor may see)."""
        return self.get_queryset(request)

    def text_language(self, obj=None, data: QueryDict | None = None) -> str:
        """The language of the fields that are not translated (the site's, unless told)."""
        return settings.LANGUAGE_CODE

    def _fields(self, language: str):
        """Each (form name, label, language) of the reading fields."""
        translated = self._translated()
        names = dict(settings.LANGUAGES)
        for name in self.reading_fields:
            label = capfirst(self.model._meta.get_field(name).verbose_name)
            if name in translated:
                for code, _name in settings.LANGUAGES:
                    yield f"{name}_{code}", f"{label} ({names[code]})", code, name
            else:
                yield name, str(label), language, name

    def texts_of(self, obj) -> list[Text]:
        """The saved texts of `obj` the public reads."""
        url = reverse(
            f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_change",
            args=[obj.pk],
        )
        return [
            Text(label, language, as_read(field, value), url, owner=str(obj))
            for name, label, language, field in self._fields(self.text_language(obj))
            if (value := getattr(obj, name, "") or "").strip()
        ]

    def texts_posted(self, data: QueryDict) -> list[Text]:
        """The texts as the editor has typed them, from the change form's data."""
        return [
            Text(label, language, as_read(field, data.get(name, "")))
            for name, label, language, field in self._fields(self.text_language(data=data))
            if data.get(name, "").strip()
        ]

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        view = self.admin_site.admin_view(require_POST(self.reading_help_view))
        return [
            path("reading-help/", view, name="{}_{}_reading_help".format(*info)),
            *super().get_urls(),
        ]

    def reading_help_view(self, request: HttpRequest) -> HttpResponse:
        """Check the texts of a change form as typed, saving nothing."""
        if not self.has_view_permission(request):
            return HttpResponse(status=403)
        results = help_for(self.texts_posted(request.POST))
        if request.htmx:
            return TemplateResponse(
                request, "admin/includes/reading_help.html", {"results": results}
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Reading help"),
            "results": results,
        }
        return TemplateResponse(request, "admin/reading_help.html", context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        info = self.model._meta.app_label, self.model._meta.model_name
        context["reading_help"] = {
            "url": reverse("admin:{}_{}_reading_help".format(*info)),
            "results": help_for(self.texts_of(obj)) if obj is not None else [],
        }
        return super().render_change_form(request, context, add, change, form_url, obj)
