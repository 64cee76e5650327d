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

PUBLIC_PAGES = [
    Page("home", "/"),
    *[Page(f"article {slug}", f"/articles/{slug}/") for slug in SEEDED_ARTICLES],
    Page("category", "/topics/neurology/"),
    Page("search form", "/search/"),
    Page("search with results", "/search/?q=cramp"),
    Page("search without results", "/search/?q=zebra"),
    Page("search error", "/search/?q=", status=400),
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
]

ADMIN_PAGES = [
    Page("admin article list", "/admin/education/article/", staff=True),
    Page("admin article change", "/admin/education/article/{muscle-spasms}/change/", staff=True),
    Page("admin warning sign list", "/admin/triage/warningsign/", staff=True),
    Page("admin warning sign change", "/admin/triage/warningsign/{chest-pain}/change/", staff=True),
    Page("admin hazard list", "/admin/triage/hazard/", staff=True),
    Page("admin clinical safety report", "/admin/triage/hazard/report/", staff=True),
]

ALL_PAGES = PUBLIC_PAGES + ADMIN_PAGES


def resolve(path: str) -> str:
    """Fill {slug} placeholders with the primary key of the seeded object."""
    from education.models import Article
    from triage.models import WarningSign

    if "{" not in path:
        return path
    slug = path[path.index("{") + 1 : path.index("}")]
    model = Article if "/education/" in path else WarningSign
    return path.replace(f"{{{slug}}}", str(model.objects.get(slug=slug).pk))
