from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from governance.admin_tools import ReadOnlyAdmin
from governance.models import AuditEntry, Profile


class ProfileInline(admin.StackedInline):
    """An editor's public name and credentials, set by whoever manages the accounts."""

    model = Profile
    can_delete = False
    verbose_name_plural = _("name and credentials shown to readers")


admin.site.unregister(User)


@admin.register(User)
class EditorAdmin(UserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "display_name", "roles", "is_active", "last_login"]

    @admin.display(description=_("name shown"))
    def display_name(self, user: User) -> str:
        profile = getattr(user, "profile", None)
        return profile.byline if profile else "—"

    @admin.display(description=_("roles"))
    def roles(self, user: User) -> str:
        return ", ".join(group.name for group in user.groups.all()) or "—"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("profile").prefetch_related("groups")


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """The audit log: readable by every role, written only by the site."""

    list_display = ["when", "username", "action", "object_repr", "content_type", "detail"]
    list_filter = ["action", "content_type"]
    search_fields = ["username", "object_repr", "detail"]
    date_hierarchy = "when"
