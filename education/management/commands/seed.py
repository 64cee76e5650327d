from django.core.management.base import BaseCommand

from education import seed_data
from education.seeding import seed_articles


class Command(BaseCommand):
    help = (
        "Load the starter content. Adds what is missing and never changes or "
        "deletes what editors have made, so it is safe to run on every start."
    )

    def handle(self, *args, **options) -> None:
        report = seed_articles(seed_data.CATEGORIES, seed_data.articles())
        self.stdout.write(str(report))
