"""Published versions of the checker's rules: what the public checker uses."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.fields import recorded_link


class RuleSet(models.Model):
    """One published version of the checker's rules, kept whole so the checker never changes half-way.

    Editors change the rules in the admin: that is the working copy, which
    staff can try. A clinical reviewer who did not make the changes publishes
    them as the next rule set, only while every safety case passes; the
    public checker then uses it. Rolling back publishes an earlier set again.
    """

    number = models.PositiveIntegerField(unique=True, editable=False)
    published = models.DateTimeField(default=timezone.now, editable=False)
    published_by = recorded_link(settings.AUTH_USER_MODEL, _("Who published this rule set."))
    note = models.TextField(
        _("what changed"), help_text=_("What changed in the rules and why, for the record.")
    )
    data = models.JSONField(editable=False, help_text=_("The rules, as the engine reads them."))
    cases_passed = models.PositiveIntegerField(
        editable=False, help_text=_("How many safety cases passed against these rules.")
    )
    rolled_back_to = recorded_link(
        "self", _("The earlier rule set this one publishes again, for a roll-back.")
    )

    class Meta:
        ordering = ["-number"]
        verbose_name = _("published rule set")
        permissions = [("publish_rules", "Can publish the checker's rules, or roll them back")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """How the result's printed summary names these rules, in the page's language."""
        published = date_format(timezone.localtime(self.published), "DATE_FORMAT")
        return gettext("rules version %(number)s, published %(date)s") % {
            "number": self.number,
            "date": published,
        }
