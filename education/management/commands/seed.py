from django.core.management.base import BaseCommand

from education import seed_data as article_data
from education.seeding import link_warning_signs, seed_articles
from triage import seed_data as triage_data
from triage.seeding import seed_triage


class Command(BaseCommand):
    help = (
        "Load the starter content: the articles, then the symptom checker's rules. "
        "Adds what is missing and never changes or deletes what editors have made, "
        "so it is safe to run on every start."
    )

    def handle(self, *args, **options) -> None:
        # Articles first: the checker's causes link to their sections.
        self.stdout.write(str(seed_articles(article_data.CATEGORIES, article_data.articles())))
        self.stdout.write(str(seed_triage(triage_data)))
        # Then each article's warning signs, which come from the checker's rules.
        self.stdout.write(link_warning_signs(article_data.articles()))
