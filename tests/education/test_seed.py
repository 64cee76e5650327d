import re

import pytest
from django.core.management import call_command

from core.content import load_articles, load_topics
from core.readability import reading_target
from education.models import Article, Category, Section, Source
from tests.factories import seed

pytestmark = pytest.mark.django_db

SECTION_KINDS_OF_THE_MAIN_ARTICLE = [
    "overview",
    "causes",
    "symptoms",
    "treatment",
    "prevention",
    "see_doctor",
    "summary",
]


def snapshot():
    """Return every seeded row as plain data, to compare two runs."""
    return {
        "categories": list(Category.objects.values_list("slug", "name", "description", "position")),
        "articles": list(
            Article.objects.order_by("slug").values_list(
                "slug", "title", "summary", "status", "author", "last_reviewed", "next_review_due"
            )
        ),
        "sections": list(
            Section.objects.order_by("article__slug", "position").values_list(
                "article__slug", "anchor", "heading", "body_markdown", "body_html", "position"
            )
        ),
        "sources": list(
            Source.objects.order_by("article__slug", "number").values_list(
                "article__slug", "number", "title", "url"
            )
        ),
        "related": sorted(
            Article.related_articles.through.objects.values_list(
                "from_article__slug", "to_article__slug"
            )
        ),
        "article_categories": sorted(
            Article.categories.through.objects.values_list("article__slug", "category__slug")
        ),
    }


def test_seed_loads_the_articles_and_categories():
    seed()
    slugs = set(Article.objects.published().values_list("slug", flat=True))
    assert {"muscle-spasms", "muscle-twitches", "night-leg-cramps", "stretch-out-a-cramp"} <= slugs
    assert set(Category.objects.values_list("slug", flat=True)) == {
        "neurology",
        "rehabilitation",
        "sports-medicine",
    }


def test_seed_twice_gives_the_same_data():
    assert f"added {len(load_articles())} article(s)" in seed()  # English and Spanish
    first = snapshot()
    assert "nothing to add" in seed()
    assert snapshot() == first


def test_seed_leaves_an_editors_changes_untouched():
    seed()
    article = Article.objects.get(slug="muscle-spasms")
    article.title = "Edited by a clinician"
    article.status = Article.Status.DRAFT
    article.save()
    article.sections.get(anchor="summary").delete()
    causes = article.sections.get(anchor="causes")
    causes.body_markdown = "Rewritten."
    causes.save()
    article.sources.filter(number=5).delete()
    article.related_articles.clear()
    category = Category.objects.get(slug="neurology")
    category.name = "Nerves"
    category.save()
    seed()
    article.refresh_from_db()
    assert article.title == "Edited by a clinician"
    assert article.status == Article.Status.DRAFT
    assert not article.sections.filter(anchor="summary").exists()
    assert article.sections.get(anchor="causes").body_markdown == "Rewritten."
    assert not article.sources.filter(number=5).exists()
    assert article.related_articles.count() == 0
    assert Category.objects.get(slug="neurology").name == "Nerves"


def test_seed_never_brings_back_an_article_an_editor_deleted():
    seed()
    # The stretching article explains no checker cause, so it can be deleted.
    Article.objects.filter(slug="stretch-out-a-cramp").delete()
    seed()
    assert not Article.objects.filter(slug="stretch-out-a-cramp").exists()


def test_seed_adds_starter_content_it_has_never_added_before():
    from education.seeding import seed_articles

    seed()
    extra = {**load_articles()[-1], "slug": "brand-new-starter", "title": "Brand new"}
    report = seed_articles(load_topics(), [*load_articles(), extra])
    assert report.articles == ["brand-new-starter"]
    assert Article.objects.get(slug="brand-new-starter").sections.count() == len(extra["sections"])


def test_seed_leaves_alone_an_article_an_editor_made_before_the_first_seed():
    from tests.factories import make_article

    make_article(slug="muscle-spasms", title="Our own version")
    seed()
    assert Article.objects.get(slug="muscle-spasms").title == "Our own version"
    assert Article.objects.filter(slug="muscle-twitches").exists()


def test_main_article_is_complete():
    seed()
    article = Article.objects.get(slug="muscle-spasms")
    assert (
        list(article.sections.values_list("kind", flat=True)) == SECTION_KINDS_OF_THE_MAIN_ARTICLE
    )
    assert set(article.sections.values_list("anchor", flat=True)) >= {
        "causes",
        "symptoms",
        "treatment",
        "prevention",
        "seeing-a-doctor",
        "summary",
    }
    treatment = article.sections.get(kind="treatment").body_text.lower()
    assert "put your weight on the leg with the cramp" in treatment  # calf stretch
    assert "toward your bottom" in treatment  # front-of-thigh stretch
    main = next(a for a in load_articles() if a["slug"] == "muscle-spasms")
    core_sources = [s["url"] for s in main["sources"][:5]]
    assert list(article.sources.values_list("url", flat=True)[:5]) == core_sources
    assert article.sources.count() >= 5
    assert set(article.categories.values_list("slug", flat=True)) == {
        "neurology",
        "rehabilitation",
        "sports-medicine",
    }
    assert set(article.related_articles.values_list("slug", flat=True)) == {
        "muscle-twitches",
        "night-leg-cramps",
        "stretch-out-a-cramp",
    }


def test_twitches_article_covers_eyelid_and_buttock_twitching():
    seed()
    text = " ".join(
        Section.objects.filter(article__slug="muscle-twitches").values_list("body_text", flat=True)
    )
    assert "Eyelid twitching" in text
    assert "Buttock twitching" in text


@pytest.mark.parametrize("article", load_articles(), ids=lambda a: a["slug"])
def test_every_seeded_section_and_summary_reads_easily_in_its_language(article):
    for section in article["sections"]:
        rendered = Section(body_markdown=section["body"])
        rendered.render()
        target, score = rendered.reading_score(article["language"])
        assert target.met(score), f"{article['slug']}#{section['anchor']}: {target.scale} {score}"
    target = reading_target(article["language"])
    assert target.met(target.score(article["summary"]))


def test_each_spanish_article_is_linked_to_its_english_original():
    seed()
    spanish = Article.objects.filter(language="es")
    assert spanish.count() == len(load_articles("es")) > 0
    for article in spanish.select_related("translation_of"):
        assert article.translation_of is not None, article.slug
        assert article.translation_of.language == "en"
        # The original's page offers the Spanish edition, and the Spanish page the original.
        pages = Article.objects.for_article_page()
        original, edition = pages.get(pk=article.translation_of_id), pages.get(pk=article.pk)
        original.read_neighbours()
        edition.read_neighbours()
        assert original.editions == edition.editions
        assert set(original.editions) == {"en", "es"}


@pytest.mark.parametrize("article", load_articles(), ids=lambda a: a["slug"])
def test_every_citation_points_to_a_source_of_the_same_article(article):
    numbers = {source["number"] for source in article["sources"]}
    cited = {int(n) for s in article["sections"] for n in re.findall(r"\[(\d+)\]", s["body"])}
    assert cited <= numbers
    assert numbers <= cited, f"sources never cited: {numbers - cited}"


@pytest.mark.parametrize("article", load_articles(), ids=lambda a: a["slug"])
def test_every_seeded_article_tells_readers_when_to_see_a_doctor(article):
    assert "see_doctor" in [section["kind"] for section in article["sections"]]


def test_admin_access_creates_one_superuser_with_a_random_password_once(capsys):
    from django.contrib.auth import get_user_model

    call_command("admin_access")
    first = capsys.readouterr().out
    password = re.search(r"password: (\S+)", first).group(1)
    user = get_user_model().objects.get(is_superuser=True)
    assert user.check_password(password)
    assert len(password) >= 20

    call_command("admin_access")
    second = capsys.readouterr().out
    assert "password" not in second.replace("createsuperuser", "")
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    assert user.check_password(password)
