// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  enhancePrintButtons(document);
  enhanceBodyMap(document);
  enhanceCopyButtons(document);
});

// After htmx swaps in a checker step or the result, move focus to its heading
// so keyboard and screen reader users land on, and hear, the new question.
document.addEventListener("htmx:afterSwap", (event) => {
  afterSwap(event.detail.target);
  rememberStep(event.detail.target);
});

function afterSwap(root) {
  enhancePrintButtons(root);
  enhanceBodyMap(root);
  const heading = root.querySelector("#step-heading");
  if (heading) {
    heading.focus({ preventScroll: false });
    heading.scrollIntoView({ block: "start" });
    // Announce the new step (or the result) to screen readers, with its progress.
    const status = document.getElementById("live-status");
    const progress = root.querySelector(".progress");
    if (status) {
      status.textContent = [progress?.textContent, heading.textContent]
        .filter(Boolean).map((text) => text.trim()).join(": ");
    }
  }
}

/* The checker keeps its place in the tab's own history.

Each step (and the result) gets an entry with its own address (/check/signs
and so on; never an answer in it) and, in history.state, the request that
showed it and the answers on it. Back and Forward, the browser's or the
page's, move between the entries; a reload, or coming back from "Read more",
shows the same step with the same answers. Nothing goes to a cookie or to
storage, and the server still keeps nothing: each step is asked for again
with a POST. history.state belongs to the tab; the privacy note says so. */
let pending = null; // the request of the form being sent: {url, body}
let shown = 0; // the index of the entry on screen
let loading = null; // the restore in flight, cancelled by the next one
let current = null; // the entry on screen

function setEntry(entry, url, push) {
  const state = { checker: entry };
  if (push) history.pushState(state, "", url);
  else history.replaceState(state, "", url);
  current = entry;
  shown = entry.index;
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  // "Was this page helpful?" is no step of the checker.
  if (!form.closest("#checker") || form.classList.contains("feedback")) return;
  const url = event.submitter?.getAttribute("formaction") || form.getAttribute("action");
  pending = { url, body: pairs(new FormData(form)) };
}, true);

document.addEventListener("click", (event) => {
  const back = event.target.closest?.("#checker [data-back]");
  if (back && history.state?.checker?.index > 0) {
    // The page's Back does what the browser's does: the answers stay in both steps.
    event.preventDefault();
    event.stopImmediatePropagation();
    history.back();
  } else if (back) {
    pending = { url: back.getAttribute("formaction"), body: pairs(new FormData(back.form)) };
  } else if (event.target.closest?.("#checker [data-start-again]")) {
    history.replaceState(null, ""); // this entry forgets the answers
  }
}, true);

function pairs(formData) {
  return [...formData.entries()].filter(([, value]) => typeof value === "string");
}

function currentView(root = document.getElementById("checker")) {
  return root?.querySelector("[data-step-url]");
}

// A step's own form: not "Was this page helpful?", which the result has too.
function stepForm(root) {
  return root?.querySelector("form:not(.feedback)");
}

function answersOn(view) {
  const form = stepForm(view);
  return form ? pairs(new FormData(form)) : history.state?.checker?.values ?? [];
}

// After a step came in from a form: a new entry, so Back returns to the step before
// (the same step asked again, with an error, replaces its entry).
function rememberStep(root) {
  const view = currentView(root);
  if (!view || !pending) return;
  const here = history.state?.checker;
  const stepUrl = view.dataset.stepUrl;
  const again = here && here.stepUrl === stepUrl;
  const index = again ? here.index : (here?.index ?? 0) + 1;
  setEntry({ index, stepUrl, ...pending, values: answersOn(view) }, stepUrl, !again);
  pending = null;
}

// Keep the answers of the step on screen in its entry, for a reload.
document.addEventListener("change", (event) => {
  if (!event.target.closest?.("#checker") || !history.state?.checker) return;
  current = { ...history.state.checker, values: answersOn(currentView()) };
  history.replaceState({ checker: current }, "");
});

// The skip link adds an entry of its own: it belongs to the step on screen.
window.addEventListener("hashchange", () => {
  if (current && !history.state?.checker) {
    history.replaceState({ checker: { ...current, values: answersOn(currentView()) } }, "");
  }
});

// Show an entry's step with `answers`. Going back, or on a reload, the step is asked
// for as it was first; going forward, with the answers now given, as Continue would.
async function showEntry(entry, answers, forward) {
  const root = document.getElementById("checker");
  loading?.abort();
  const controller = (loading = new AbortController());
  shown = entry.index;
  current = entry;
  let html;
  try {
    const response = await fetch(entry.url, {
      method: "POST",
      body: new URLSearchParams(forward ? answers : entry.body),
      headers: { "HX-Request": "true", "HX-Target": "checker" },
      credentials: "same-origin",
      signal: controller.signal,
    });
    html = await response.text(); // errors too: their pages carry the emergency advice
  } catch (error) {
    if (error.name === "AbortError") return;
    // The words are the page's, in its language (base.html).
    announce(document.getElementById("live-status")?.dataset.loadError || "");
    return;
  }
  if (controller !== loading) return;
  loading = null;
  const title = html.match(/<title>([^<]*)<\/title>/);
  if (title) document.title = new DOMParser().parseFromString(title[1], "text/html").documentElement.textContent;
  root.innerHTML = html.replace(/<title>[^<]*<\/title>/, "");
  if (window.htmx) window.htmx.process(root);
  if (!forward) putBack(stepForm(root), answers);
  afterSwap(root);
}

function announce(text) {
  const status = document.getElementById("live-status");
  if (status) status.textContent = text;
}

// Tick what was ticked; carry every other answer (later steps too) in hidden fields.
function putBack(form, answers) {
  if (!form || !answers) return;
  const shownHere = new Set();
  for (const input of form.querySelectorAll("input[type=checkbox], input[type=radio]")) {
    input.checked = answers.some(([name, value]) => name === input.name && value === input.value);
    shownHere.add(`${input.name}=${input.value}`);
  }
  for (const input of form.querySelectorAll("input[type=hidden]")) input.remove();
  const buttons = form.querySelector(".step-buttons");
  for (const [name, value] of answers) {
    if (shownHere.has(`${name}=${value}`)) continue;
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.insertBefore(input, buttons);
  }
}

window.addEventListener("popstate", (event) => {
  const entry = event.state?.checker;
  if (!entry || !document.getElementById("checker")) return;
  const view = currentView();
  if (entry.index === shown && view?.dataset.stepUrl === entry.stepUrl) return; // same step
  // The newest answers win: the step on screen has them, whichever way the person goes.
  const answers = stepForm(view) ? answersOn(view) : entry.values;
  showEntry(entry, answers, entry.index > shown && Boolean(stepForm(view)));
});

document.addEventListener("DOMContentLoaded", () => {
  const view = currentView();
  if (!view) return;
  const entry = history.state?.checker;
  if (entry && entry.index > 0) {
    showEntry(entry, entry.values, false); // a reload, or back from another page
    return;
  }
  // Step 1, at its own address (a GET of any step's address shows step 1).
  putBack(stepForm(view), entry?.values);
  const stepUrl = view.dataset.stepUrl;
  setEntry({ index: 0, stepUrl, url: stepUrl, body: [], values: answersOn(view) }, stepUrl, false);
});

function enhancePrintButtons(root) {
  for (const button of root.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}

// Clicking a part of the body picture ticks the matching choice in the list.
function enhanceBodyMap(root) {
  for (const link of root.querySelectorAll(".body-map [data-area]")) {
    link.addEventListener("click", (event) => {
      const radio = document.getElementById(`area-${link.dataset.area}`);
      if (!radio) return;
      event.preventDefault();
      radio.checked = true;
      radio.dispatchEvent(new Event("change", { bubbles: true }));
      for (const region of document.querySelectorAll(".body-map .region")) {
        region.classList.toggle("is-selected", region.dataset.area === link.dataset.area);
      }
      radio.focus();
    });
  }
}

// "Copy link": copies the address shown in the field beside it (which anyone can select
// and copy without this script), and says so to screen readers.
function enhanceCopyButtons(root) {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll("[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const field = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        field.select();  // the browser said no: leave the address selected to copy by hand
        return;
      }
      const status = document.getElementById("live-status");
      if (status) status.textContent = button.dataset.copied;
    });
  }
}
