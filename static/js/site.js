// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  enhancePrintButtons(document);
  enhanceBodyMap(document);
});

// After htmx swaps in a checker step or the result, move focus to its heading
// so keyboard and screen reader users land on, and hear, the new question.
document.addEventListener("htmx:afterSwap", (event) => {
  const root = event.detail.target;
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
