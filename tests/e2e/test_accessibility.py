"""axe-core finds no WCAG 2.2 A or AA violation on any page, public or admin."""

from pathlib import Path

import pytest

from tests.e2e.conftest import open_page
from tests.pages import ADMIN_PAGES, PUBLIC_PAGES

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_violations(page) -> list[str]:
    assert AXE.exists(), "run `make test` (npm ci) to install axe-core"
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        """async (tags) => await axe.run(document, {
            runOnly: {type: 'tag', values: tags},
            rules: {'target-size': {enabled: true}},  // WCAG 2.2 2.5.8: 24 by 24 px, asked for
        })""",
        WCAG_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(
            node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
            for node in v["nodes"][:5]
        )
        for v in results["violations"]
    ]


@pytest.fixture
def page(browser):
    """A page whose context lets axe's script in past the site's strict CSP (audit only)."""
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("target", PUBLIC_PAGES, ids=lambda p: p.name)
def test_public_page_has_no_accessibility_violations(seeded_site, page, target):
    open_page(page, seeded_site.url, target)
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


ON_A_PHONE = [
    p
    for p in PUBLIC_PAGES
    if p.name in {"home", "article muscle-spasms", "article night-leg-cramps", "checker step 1"}
    or p.post
]


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("target", ON_A_PHONE, ids=lambda p: p.name)
def test_public_page_has_no_violations_on_a_phone(seeded_site, browser, target, width):
    context = browser.new_context(
        viewport={"width": width, "height": 800}, is_mobile=True, bypass_csp=True
    )
    page = context.new_page()
    open_page(page, seeded_site.url, target)
    violations = axe_violations(page)
    context.close()
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("target", ADMIN_PAGES, ids=lambda p: p.name)
def test_admin_page_has_no_accessibility_violations(staff_browser_page, seeded_site, target):
    open_page(staff_browser_page, seeded_site.url, target)
    assert "/login/" not in staff_browser_page.url
    violations = axe_violations(staff_browser_page)
    assert not violations, "\n".join(violations)
