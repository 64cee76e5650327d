from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from core.models import PlainWord
from core.reading_help import ReadingHelp, hardest_first, help_for
from governance.admin_tools import Audited


@admin.register(PlainWord)
class PlainWordAdmin(Audited, admin.ModelAdmin):
    """The editors' list of words to avoid and their plainer words, and the reading report.

    The reading help on every article and checker page points out the words
    of this list; the report ranks every text the public reads, hardest first.
    """

    list_display = ["word", "plainer", "language"]
    list_filter = ["language"]
    search_fields = ["word", "plainer"]
    change_list_template = "admin/core/plainword/change_list.html"

    def get_urls(self):
        view = self.admin_site.admin_view(self.report_view)
        return [path("report/", view, name="core_plainword_report"), *super().get_urls()]

    def report_view(self, request):
        """Every article and checker text by its reading score, hardest first, a language a
        table (texts too short to score, such as names, are left out)."""
        if not self.has_view_permission(request):
            return TemplateResponse(request, "admin/403.html", status=403)
        texts = []
        for model_admin in self.admin_site._registry.values():
            if isinstance(model_admin, ReadingHelp) and model_admin.has_view_permission(request):
                for obj in model_admin.reading_queryset(request):
                    texts += model_admin.texts_of(obj)
        ranked = hardest_first(help_for(texts))
        languages = {}
        for code, _name in settings.LANGUAGES:
            if items := [item for item in ranked if item.text.language == code]:
                languages[code] = items
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Reading report"),
            "languages": languages,
        }
        return TemplateResponse(request, "admin/core/plainword/report.html", context)
