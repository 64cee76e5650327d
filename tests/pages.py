"""Every page a person or a clinician sees, for the accessibility and HTML checks."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    post: dict = field(default_factory=dict)  # form fields: the page is reached by a POST
    staff: bool = False
    status: int = 200

    @property
    def method(self) -> str:
        return "POST" if self.post else "GET"


#: Step 1's answers, as the flow posts them to the later steps.
FIRST_STEP = {"who": "me", "area": "calf", "timing": "happening-now"}
SEEDED_ARTICLES = ["muscle-spasms", "muscle-twitches", "night-leg-cramps", "stretch-out-a-cramp"]
SEEDED_SPANISH_ARTICLES = [
    "espasmos-musculares",
    "contracciones-musculares",
    "calambres-nocturnos-en-las-piernas",
    "calambre-como-estirar",
]

PUBLIC_PAGES = [
    Page("home", "/"),
    *[Page(f"article {slug}", f"/articles/{slug}/") for slug in SEEDED_ARTICLES],
    Page("category", "/topics/neurology/"),
    Page("search form", "/search/"),
    Page("search with results", "/search/?q=cramp"),
    Page("search without results", "/search/?q=zebra"),
    Page("search error", "/search/?q=", status=400),
    Page("search with a glossary term", "/search/?q=statins"),
    Page("glossary", "/glossary/"),
    Page("content API docs", "/api/v1/docs/"),
    Page("about", "/about/"),
    Page("how we write and review", "/about/how-we-write-and-review/"),
    Page("privacy", "/about/privacy/"),
    Page("accessibility statement", "/about/accessibility/"),
    Page("checker step 1", "/check/"),
    Page("checker step 1 with an error", "/check/emergency/", post={"area": ""}, status=422),
    Page("checker step 1 unanswered", "/check/emergency/", post={"area": "calf"}, status=422),
    Page("checker step 2", "/check/emergency/", post=FIRST_STEP),
    Page("checker step 2 unanswered", "/check/about/", post=FIRST_STEP, status=422),
    Page("checker step 3", "/check/about/", post={**FIRST_STEP, "no_emergency": "yes"}),
    Page(
        "checker step 3 for someone else",
        "/check/about/",
        post={**FIRST_STEP, "who": "someone-else", "no_emergency": "yes"},
    ),
    Page(
        "checker step 3 without an age",
        "/check/signs/",
        post={**FIRST_STEP, "no_emergency": "yes"},
        status=422,
    ),
    Page(
        "checker step 4 pregnant",
        "/check/signs/",
        post={**FIRST_STEP, "no_emergency": "yes", "age": "16-64", "groups": ["pregnant"]},
    ),
    Page(
        "checker step 5",
        "/check/clues/",
        post={**FIRST_STEP, "no_emergency": "yes", "age": "16-64", "signs": ["frequent"]},
    ),
    Page("result emergency", "/check/result/", post={"area": "back", "signs": ["saddle-numbness"]}),
    Page("result urgent", "/check/result/", post={"area": "calf", "signs": ["leg-swollen"]}),
    Page(
        "result gp",
        "/check/result/",
        post={
            "area": "calf",
            "signs": ["frequent"],
            "groups": ["older-adult"],
            "clues": ["at-night"],
        },
    ),
    Page(
        "result self care", "/check/result/", post={"area": "face", "clues": ["stress", "caffeine"]}
    ),
    Page(
        "result for a child",
        "/check/result/",
        post={"area": "calf", "clues": ["during-exercise"], "age": "under-16"},
    ),
    Page(
        "result with first aid",
        "/check/result/",
        post={"area": "many", "signs": ["heat-confusion"]},
    ),
    Page("checker bad request", "/check/result/", post={"area": "elbow"}, status=400),
    Page("not found", "/articles/no-such-article/", status=404),
    Page(
        "feedback thanks",
        "/feedback/",
        post={"page": "/articles/muscle-spasms/", "helpful": "yes"},
    ),
    Page("feedback refused", "/feedback/", post={"page": "/admin/", "helpful": "no"}, status=400),
    # The Spanish site (/es/).
    Page("home in Spanish", "/es/"),
    *[Page(f"article {slug}", f"/es/articles/{slug}/") for slug in SEEDED_SPANISH_ARTICLES],
    Page("category in Spanish", "/es/topics/neurology/"),
    Page("search with results in Spanish", "/es/search/?q=calambre"),
    Page("search error in Spanish", "/es/search/?q=", status=400),
    Page("glossary in Spanish", "/es/glossary/"),
    Page("privacy in Spanish", "/es/about/privacy/"),
    Page("how we write and review in Spanish", "/es/about/how-we-write-and-review/"),
    Page("checker step 1 in Spanish", "/es/check/"),
    Page("not found in Spanish", "/es/articles/no-such-article/", status=404),
]

ADMIN_PAGES = [
    Page("admin article list", "/admin/education/article/", staff=True),
    Page("admin article change", "/admin/education/article/{muscle-spasms}/change/", staff=True),
    Page("admin warning sign list", "/admin/triage/warningsign/", staff=True),
    Page("admin warning sign change", "/admin/triage/warningsign/{chest-pain}/change/", staff=True),
    Page("admin hazard list", "/admin/triage/hazard/", staff=True),
    Page("admin clinical safety report", "/admin/triage/hazard/report/", staff=True),
    # The review workflow and the rules' publication (see prepare_admin_pages).
    Page("admin home with the review dashboard", "/admin/", staff=True),
    Page("admin article review", "/admin/education/article/{muscle-spasms}/review/", staff=True),
    Page("admin article history", "/admin/education/article/{muscle-spasms}/history/", staff=True),
    Page(
        "admin working copy preview",
        "/admin/education/article/{muscle-spasms}/preview/",
        staff=True,
    ),
    Page("admin deleted articles", "/admin/education/article/recover/", staff=True),
    Page("admin published rule sets", "/admin/triage/ruleset/", staff=True),
    Page("admin publish the rules", "/admin/triage/ruleset/publish/", staff=True),
    Page(
        "admin warning sign history",
        "/admin/triage/warningsign/{chest-pain}/history/",
        staff=True,
    ),
    Page("admin audit log", "/admin/governance/auditentry/", staff=True),
    Page("admin glossary", "/admin/education/term/", staff=True),
    Page("admin glossary term", "/admin/education/term/{cramp}/change/", staff=True),
    Page("admin plain words", "/admin/core/plainword/", staff=True),
    Page("admin reading report", "/admin/core/plainword/report/", staff=True),
    Page("admin page feedback", "/admin/education/pagefeedback/", staff=True),
]

ALL_PAGES = PUBLIC_PAGES + ADMIN_PAGES


def resolve(path: str) -> str:
    """Fill {slug} placeholders with the primary key of the seeded object."""
    from education.models import Article, Term
    from triage.models import WarningSign

    if "{" not in path:
        return path
    slug = path[path.index("{") + 1 : path.index("}")]
    if "/education/term/" in path:
        model = Term
    else:
        model = Article if "/education/" in path else WarningSign
    return path.replace(f"{{{slug}}}", str(model.objects.get(slug=slug).pk))


#: The seeded article that the page checks see with a picture an editor uploaded.
ARTICLE_WITH_PICTURE = "night-leg-cramps"


def prepare_pictures() -> None:
    """Give one seeded article's first section an uploaded picture (idempotent), so the
    HTML, accessibility and CSP checks read the figure, its renditions and their sizes."""
    from education.models import Article
    from tests.factories import with_picture

    section = Article.objects.get(slug=ARTICLE_WITH_PICTURE).sections.first()
    if not section.image:
        with_picture(section)


def prepare_admin_pages(staff) -> None:
    """Give the admin pages something to show: a change in review, a rules edit, a profile.

    Idempotent. `staff` (the signed-in editor) gets a profile, so the review
    page shows its approve and send-back forms.
    """
    from django.contrib.auth import get_user_model

    from education import workflow
    from education.models import Article
    from governance.models import Profile
    from governance.roles import WRITER
    from tests.factories import make_editor
    from triage.models import WarningSign

    Profile.objects.get_or_create(
        user=staff, defaults={"display_name": "Dr Test Reviewer", "credentials": "MB ChB"}
    )
    article = Article.objects.get(slug="muscle-spasms")
    if workflow.working_copy(article) is None:
        writer = get_user_model().objects.filter(username="page-writer").first() or make_editor(
            WRITER, username="page-writer"
        )

        def save() -> str:
            article.summary += " It now says more."
            article.save()
            return "Changed the summary."

        workflow.edit_working_copy(article, writer, save)
        workflow.submit(article, writer)
    sign = WarningSign.objects.get(slug="frequent")
    if not sign.why.endswith("(edited)"):
        sign.why += " (edited)"
        sign.save()
