from django.core.management.base import BaseCommand

from core.content import load_articles, load_topics, starter_rules
from education.seeding import link_warning_signs, seed_articles
from triage.seeding import seed_triage


class Command(BaseCommand):
    help = (
        "Load the starter content from content/: the articles, then the symptom checker's "
        "rules. Adds what is missing and never changes or deletes what editors have made, "
        "so it is safe to run on every start."
    )

    def handle(self, *args, **options) -> None:
        articles = load_articles()
        # Articles first: the checker's causes link to their sections.
        self.stdout.write(str(seed_articles(load_topics(), articles)))
        self.stdout.write(str(seed_triage(starter_rules())))
        # Then each article's warning signs, which come from the checker's rules.
        self.stdout.write(link_warning_signs(articles))
