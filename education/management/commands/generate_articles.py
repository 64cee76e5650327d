import random

from django.core.management.base import BaseCommand
from django.db import transaction

from core.markup import html_to_text, render_markdown
from education.models import Article, Category, Section, Source

WORDS = [
    "muscle",
    "cramp",
    "calf",
    "thigh",
    "stretch",
    "water",
    "rest",
    "night",
    "leg",
    "twitch",
    "pain",
    "doctor",
    "sleep",
    "walk",
    "warm",
    "ice",
    "gentle",
    "tired",
    "exercise",
    "nerve",
    "back",
    "neck",
    "foot",
    "hand",
    "sore",
    "tight",
    "ease",
    "help",
]


class Command(BaseCommand):
    help = "Add N generated, published articles (for load tests; never on a real site)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    @transaction.atomic
    def handle(self, *args, count: int, seed: int, **options) -> None:
        rng = random.Random(seed)  # noqa: S311 -- filler text, not security
        categories = list(Category.objects.all())
        start = Article.objects.filter(slug__startswith="generated-").count()

        def sentence() -> str:
            return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12))).capitalize() + "."

        articles = Article.objects.bulk_create(
            Article(
                slug=f"generated-{start + i}",
                title=f"Generated article {start + i}: {rng.choice(WORDS)}",
                summary=sentence(),
                author="Load test",
                status=Article.Status.PUBLISHED,
            )
            for i in range(count)
        )
        sections, sources = [], []
        for article in articles:
            for position in range(6):
                body = "\n\n".join(
                    " ".join(sentence() for _ in range(4)) + " [1]" for _ in range(3)
                )
                html = render_markdown(body)
                sections.append(
                    Section(
                        article=article,
                        position=position,
                        heading=sentence()[:60],
                        anchor=f"part-{position}",
                        body_markdown=body,
                        body_html=html,
                        body_text=html_to_text(html),
                    )
                )
            sources += [
                Source(article=article, number=n, title=sentence(), url=f"https://example.org/{n}")
                for n in range(1, 4)
            ]
        Section.objects.bulk_create(sections)
        Source.objects.bulk_create(sources)
        for article in articles:
            if categories:
                article.categories.add(rng.choice(categories))
        Article.objects.filter(pk__in=[a.pk for a in articles]).update_search_vectors()
        self.stdout.write(f"Added {count} generated articles.")
