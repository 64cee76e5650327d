"""Audit entries the site writes on its own."""

from governance.models import AuditEntry


def login_failed(sender, credentials: dict, request=None, **kwargs) -> None:
    """Record a failed admin login, with the username tried (never the password)."""
    username = str(credentials.get("username", ""))[:150]
    AuditEntry.objects.create(
        username=username,
        action=AuditEntry.Action.LOGIN_FAILED,
        detail="Wrong username or password.",
    )


def roles_after_migrate(sender, **kwargs) -> None:
    """Keep the role groups and their permissions after every `migrate` and `flush`."""
    from governance import roles

    roles.sync()
