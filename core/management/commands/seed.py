from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import translation

from core.content import (
    load_about_pages,
    load_articles,
    load_plain_words,
    load_terms,
    load_topics,
    starter_rules,
)
from core.models import PlainWord
from education.seeding import link_warning_signs, seed_about_pages, seed_articles, seed_terms
from education.workflow import first_revisions
from triage.publishing import PublishError, first_publication
from triage.seeding import seed_triage


class Command(BaseCommand):
    help = (
        "Load the starter content from content/: the articles, then the symptom checker's "
        "rules. Adds what is missing and never changes or deletes what editors have made, "
        "so it is safe to run on every start."
    )

    def handle(self, *args, **options) -> None:
        # The files' plain texts are the site's default language; the others are theirs by name.
        with translation.override(settings.LANGUAGE_CODE):
            self._seed()

    def _seed(self) -> None:
        articles = load_articles()
        # Articles first: the checker's causes link to their sections.
        self.stdout.write(str(seed_articles(load_topics(), articles)))
        self.stdout.write(seed_terms(load_terms()))
        self.stdout.write(seed_about_pages(load_about_pages()))
        added = PlainWord.add_missing(load_plain_words())
        self.stdout.write(f"Plain words: added {added} word(s) to avoid.")
        self.stdout.write(str(seed_triage(starter_rules())))
        # Then each article's warning signs, which come from the checker's rules.
        self.stdout.write(link_warning_signs(articles))
        # Content that has no revision yet (just seeded, or from before revisions) gets its first.
        self.stdout.write(f"Revisions: {first_revisions()} article(s) recorded as they are.")
        call_command("createinitialrevisions", "triage", comment="The rule as it was.", verbosity=0)
        call_command(
            "createinitialrevisions", "education.Term", comment="The term as seeded.", verbosity=0
        )
        # The public checker uses published rules: the first set is the rules as they are.
        try:
            published = first_publication()
        except PublishError as error:
            self.stderr.write(f"Checker rules NOT published, so the checker is closed: {error}")
        else:
            if published is not None:
                self.stdout.write(f"Checker rules: published {published.label}.")
