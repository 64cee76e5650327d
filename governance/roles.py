"""The editors' roles, as Django groups, and the permissions each one has.

A migration makes the groups; `sync()` is run again by every migration that
adds a permission a role needs. An editor can hold more than one role, but
the workflow still refuses to let anyone approve their own change.
"""

from __future__ import annotations

WRITER = "Writer"
REVIEWER = "Clinical reviewer"
PUBLISHER = "Publisher"

_RULES = ("bodyarea", "warningsign", "riskgroup", "ageband", "clue", "cause", "evidence")
_CONTENT = ("article", "section", "source")


def _crud(app: str, models: tuple[str, ...], *actions: str) -> set[str]:
    return {f"{app}.{action}_{model}" for model in models for action in actions}


#: Role name -> "app_label.codename" of each permission it has.
ROLES: dict[str, set[str]] = {
    # Drafts articles and proposes changes to the checker's rules; publishes nothing.
    WRITER: {
        *_crud("education", _CONTENT, "add", "change", "view"),
        "education.delete_section",
        "education.delete_source",
        "education.view_category",
        *_crud("triage", _RULES, "add", "change", "view"),
        "triage.delete_evidence",
        "triage.change_tier",
        "triage.view_tier",
        "triage.view_safetycase",
        "triage.view_hazard",
        "education.view_term",
        *_crud("core", ("plainword",), "add", "change", "view", "delete"),
        "education.view_aboutpage",
    },
    # Checks content and rules against the sources: approves, sends back, publishes rules.
    REVIEWER: {
        *_crud("education", _CONTENT, "add", "change", "view"),
        "education.delete_section",
        "education.delete_source",
        "education.view_category",
        "education.approve_article",
        *_crud("triage", _RULES, "add", "change", "view", "delete"),
        "triage.change_tier",
        "triage.view_tier",
        *_crud("triage", ("safetycase", "hazard"), "add", "change", "view", "delete"),
        "triage.publish_rules",
        # A glossary definition is public as soon as it is saved: a clinician checks it.
        *_crud("education", ("term",), "add", "change", "view", "delete"),
        *_crud("core", ("plainword",), "add", "change", "view", "delete"),
        # "How we write and review" is the editorial policy: clinicians keep it true.
        *_crud("education", ("aboutpage",), "change", "view"),
    },
    # Runs the site: topics, unpublishing, deleting; approves no clinical content.
    PUBLISHER: {
        *_crud("education", (*_CONTENT, "term"), "view"),
        "core.view_plainword",
        *_crud("education", ("category",), "add", "change", "view", "delete"),
        # About, Privacy and the accessibility statement are the site's own business.
        *_crud("education", ("aboutpage",), "change", "view"),
        "education.delete_article",
        "education.unpublish_article",
        *_crud("triage", (*_RULES, "tier", "safetycase", "hazard"), "view"),
    },
}
#: Everyone in a role may read the history, the audit log and the published rule sets.
for _permissions in ROLES.values():
    _permissions |= {
        "reversion.view_revision",
        "governance.view_auditentry",
        "education.view_pagefeedback",
        "triage.view_ruleset",
    }


def sync(apps=None, schema_editor=None) -> None:
    """Make each role's group hold exactly its permissions (those that exist yet).

    Run by the migrations that add a permission (with their historical
    models), and after every `migrate` or `flush` (with the real ones).
    """
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    apps = apps or global_apps
    # Django makes permissions after `migrate`, app by app; the roles need them all now.
    for app_config in apps.get_app_configs():
        if apps is global_apps:
            create_permissions(app_config, verbosity=0)
            continue
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            permission
            for permission in Permission.objects.select_related("content_type")
            if f"{permission.content_type.app_label}.{permission.codename}" in wanted
        ]
        group.permissions.set(permissions)
