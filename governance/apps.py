from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Clinical governance: roles, reviewers' profiles, revisions and the audit log."""

    name = "governance"
    verbose_name = _("Clinical governance")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_login_failed
        from django.db.models.signals import post_migrate

        from governance.signals import login_failed, roles_after_migrate

        user_login_failed.connect(login_failed, dispatch_uid="governance-login-failed")
        # The roles come from a migration; this keeps them after a `flush` too.
        post_migrate.connect(roles_after_migrate, sender=self, dispatch_uid="governance-roles")
