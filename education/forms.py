from django import forms


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search articles",
        max_length=200,
        strip=True,
        error_messages={"max_length": "Please use fewer words (200 characters at most)."},
    )
