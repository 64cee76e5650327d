"""Who may do what, and who a reviewer is: the editors' profiles."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import optional_link, recorded_link, shown_name_field


class Profile(models.Model):
    """The name and credentials the site shows for an editor, set by an administrator.

    A clinical reviewer's approval stamps these on the article, so readers see
    who checked it; nobody types a reviewer's name or qualifications by hand.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = shown_name_field(
        _("As it should appear on an article, e.g. “Dr Ana Ruiz”."), _("name shown to readers")
    )
    credentials = shown_name_field(
        _(
            "Qualifications and role shown beside the name, e.g. “MB ChB, general practitioner”. "
            "A clinical reviewer needs them before approving anything."
        ),
        blank=True,
    )
    registration = models.CharField(
        _("professional registration"),
        max_length=80,
        blank=True,
        help_text=_(
            "The register and number an administrator checked, e.g. “GMC 1234567”. "
            "Kept for the audit; not shown to readers."
        ),
    )

    def __str__(self) -> str:
        return self.display_name

    @property
    def byline(self) -> str:
        """The name with its credentials, as an article shows its reviewer."""
        return f"{self.display_name}, {self.credentials}" if self.credentials else self.display_name


class AuditEntry(models.Model):
    """One thing an editor did, or one failed login: written by the site, never by hand.

    The admin shows the log per object and overall; nobody, not even a
    superuser, can add, change or delete an entry there.
    """

    class Action(models.TextChoices):
        # Any change in the admin.
        ADDED = "added", _("Added")
        CHANGED = "changed", _("Changed")
        DELETED = "deleted", _("Deleted")
        RESTORED = "restored", _("Restored from an earlier revision")
        RECOVERED = "recovered", _("Recovered after deletion")
        # An article's sign-off.
        SUBMITTED = "submitted", _("Sent for review")
        SENT_BACK = "sent_back", _("Sent back by the reviewer")
        APPROVED = "approved", _("Approved and published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        REPUBLISHED = "republished", _("Published again")
        # The checker's rules.
        RULES_PUBLISHED = "rules_published", _("Checker rules published")
        RULES_ROLLED_BACK = "rules_rolled_back", _("Checker rules rolled back")
        # Security.
        LOGIN_FAILED = "login_failed", _("Login failed")

    when = models.DateTimeField(auto_now_add=True, db_index=True)
    user = recorded_link(
        settings.AUTH_USER_MODEL, _("Who did it; empty once the account is deleted.")
    )
    username = models.CharField(max_length=150, help_text=_("Kept if the account is deleted."))
    action = models.CharField(max_length=20, choices=Action.choices)
    content_type = optional_link("contenttypes.ContentType")
    object_id = models.CharField(max_length=64, blank=True)
    object_repr = models.CharField(_("what"), max_length=200, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["-when", "-pk"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.when:%Y-%m-%d %H:%M} {self.username}: {self.get_action_display()} {self.object_repr}"
