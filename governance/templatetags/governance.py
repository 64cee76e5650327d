from django import template

from governance.dashboard import dashboard

register = template.Library()


@register.simple_tag(takes_context=True)
def review_dashboard(context):
    """The review dashboard for the signed-in editor (see governance/dashboard.py)."""
    return dashboard(context["request"].user)
