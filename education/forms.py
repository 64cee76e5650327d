from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search articles"),
        max_length=200,
        strip=True,
        error_messages={"max_length": _("Please use fewer words (200 characters at most).")},
    )


#: The pages that ask “Was this page helpful?”, by the names of their addresses.
FEEDBACK_PAGES = ("education:article", "triage:result")


class FeedbackForm(forms.Form):
    """A reader's Yes or No about a page: which page, and the answer. Nothing else."""

    page = forms.CharField(max_length=200)
    helpful = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])

    def clean_page(self) -> str:
        from education.models import Article
        from education.models.feedback import page_match

        page = self.cleaned_data["page"]
        match = page_match(page)
        asks = match is not None and match.view_name in FEEDBACK_PAGES
        if asks and match.view_name == "education:article":
            asks = Article.objects.published().filter(slug=match.kwargs["slug"]).exists()
        if not asks:
            raise forms.ValidationError(_("That page does not ask for feedback."))
        return page
