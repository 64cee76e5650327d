from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search articles"),
        max_length=200,
        strip=True,
        error_messages={"max_length": _("Please use fewer words (200 characters at most).")},
    )
