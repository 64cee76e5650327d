"""`make audit`: Lighthouse scores for home, the article, the illustrated stretching article,
an article with a picture uploaded in the admin, the checker and a result, and for the
Spanish home and article.

Prints the four category scores of each page and writes them to
docs/lighthouse.json. Targets: accessibility, best practices and SEO 100;
performance 95 or more (100 is the aim). Not a test: scores move with the machine's load.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tool_server import ROOT, serve

OUT = ROOT / "docs" / "lighthouse.json"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def main() -> int:
    OUT.parent.mkdir(exist_ok=True)
    with serve() as base:
        subprocess.run(
            ["node", "scripts/lighthouse-flow.mjs", base, str(OUT)], cwd=ROOT, check=True
        )
    scores = json.loads(OUT.read_text())
    print(f"{'page':<26}" + "".join(f"{c:>16}" for c in CATEGORIES))
    missed = []
    for page, result in scores.items():
        print(f"{page:<26}" + "".join(f"{result[c]:>16}" for c in CATEGORIES))
        missed += [
            f"{page} {c} {result[c]} < {TARGETS[c]}" for c in CATEGORIES if result[c] < TARGETS[c]
        ]
        if result.get("runtimeError"):
            print(f"{'':<26}  Lighthouse could not measure it: {result['runtimeError']}")
        if result["failing"]:
            print(f"{'':<26}  audits below full marks: {', '.join(result['failing'])}")
    print(f"\nWritten to {OUT.relative_to(ROOT)}")
    if missed:
        print("Below target: " + "; ".join(missed))
        return 1
    print("Every page meets its targets.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
