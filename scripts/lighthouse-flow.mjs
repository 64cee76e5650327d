// Lighthouse on home, the muscle spasms article, the checker and a result, then the
// Spanish home and article.
// A result is reached by a form POST, which plain `lighthouse URL` cannot do,
// so this uses Lighthouse's user-flow API with puppeteer-core and Debian's Chromium.
// Usage: node scripts/lighthouse-flow.mjs BASE_URL OUT.json
import fs from "node:fs";
import puppeteer from "puppeteer-core";
import { startFlow } from "lighthouse";

const [base, out] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
});
const page = await browser.newPage();
const flow = await startFlow(page, {
  config: { extends: "lighthouse:default",
            settings: { onlyCategories: ["performance", "accessibility", "best-practices", "seo"] } },
});

await flow.navigate(`${base}/`, { name: "home" });
await flow.navigate(`${base}/articles/muscle-spasms/`, { name: "article" });
await flow.navigate(`${base}/check/`, { name: "checker" });
await flow.navigate(async () => {
  // Submit the checker's answers the way the last step's form does.
  await page.evaluate(() => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/check/result/";
    for (const [name, value] of [["area", "calf"], ["signs", "frequent"], ["groups", "older-adult"], ["clues", "at-night"]]) {
      const input = document.createElement("input");
      input.type = "hidden"; input.name = name; input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  });
  await page.waitForNavigation();
}, { name: "result" });
await flow.navigate(`${base}/es/`, { name: "home-es" });
await flow.navigate(`${base}/es/articles/espasmos-musculares/`, { name: "article-es" });

const result = await flow.createFlowResult();
const scores = {};
for (const step of result.steps) {
  scores[step.name] = Object.fromEntries(
    Object.entries(step.lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
  );
  scores[step.name].failing = Object.values(step.lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative"
      && audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual")
    .map((audit) => audit.id);
}
fs.writeFileSync(out, JSON.stringify(scores, null, 2) + "\n");
await browser.close();
