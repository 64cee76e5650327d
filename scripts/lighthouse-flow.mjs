// Lighthouse on home, the muscle spasms article, the illustrated stretching article, the
// checker and a result, then the Spanish home and article.
// A result is reached by a form POST, which plain `lighthouse URL` cannot do,
// so this uses Lighthouse's user-flow API with puppeteer-core and Debian's Chromium.
// Each page is measured in a fresh tab, so one page's work does not count against the next.
// The result page skips "is-crawlable" on purpose: robots.txt keeps crawlers off
// checker results, which are one person's answers and no page to index.
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
const config = { extends: "lighthouse:default",
                 settings: { onlyCategories: ["performance", "accessibility", "best-practices", "seo"] } };

async function audit(name, requestor, flags = {}) {
  const page = await browser.newPage();
  const flow = await startFlow(page, { config });
  await flow.navigate(typeof requestor === "string" ? requestor : () => requestor(page), { name, ...flags });
  const [step] = (await flow.createFlowResult()).steps;
  await page.close();
  return step;
}

async function submitAnswers(page) {
  // Submit the checker's answers the way the last step's form does.
  await page.goto(`${base}/check/`);
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
}

const steps = [
  await audit("home", `${base}/`),
  await audit("article", `${base}/articles/muscle-spasms/`),
  await audit("article-illustrated", `${base}/articles/stretch-out-a-cramp/`),
  await audit("article-uploaded-picture", `${base}/articles/night-leg-cramps/`),
  await audit("checker", `${base}/check/`),
  await audit("result", submitAnswers, { skipAudits: ["is-crawlable"] }),
  await audit("home-es", `${base}/es/`),
  await audit("article-es", `${base}/es/articles/espasmos-musculares/`),
];

const scores = {};
for (const step of steps) {
  scores[step.name] = Object.fromEntries(
    Object.entries(step.lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
  );
  scores[step.name].failing = Object.values(step.lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative"
      && audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual")
    .map((audit) => audit.id);
  if (step.lhr.runtimeError) scores[step.name].runtimeError = step.lhr.runtimeError.code;
}
fs.writeFileSync(out, JSON.stringify(scores, null, 2) + "\n");
await browser.close();
