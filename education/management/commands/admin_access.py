import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.urls import reverse


class Command(BaseCommand):
    help = (
        "Say how to reach the admin. With no superuser yet, create one named "
        "'admin' with a random password printed this once; otherwise change nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Where the site runs.")

    def handle(self, *args, **options) -> None:
        User = get_user_model()
        admin_url = options["url"].rstrip("/") + reverse("admin:index")
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"Admin: {admin_url} (sign in with your account; add one with "
                "`.venv/bin/python manage.py createsuperuser`)."
            )
            return
        username = "admin"
        while User.objects.filter(username=username).exists():
            username = f"admin-{secrets.token_hex(2)}"
        password = secrets.token_urlsafe(18)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {admin_url}\n"
                f"  user:     {username}\n"
                f"  password: {password}\n"
                "  This password is shown only once. Change it after signing in."
            )
        )
