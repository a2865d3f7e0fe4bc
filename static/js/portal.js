// Progressive enhancement only: every link and form works without this file.
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-copy-link]");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(() => {
    const status = link.closest(".share").querySelector(".share__status");
    if (status) status.textContent = status.dataset.copiedText;
  });
});

// Count this visit apart from the (possibly cached) page, and show the fresh figure.
for (const counter of document.querySelectorAll("[data-count-url]")) {
  fetch(counter.dataset.countUrl, { method: "POST", credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((answer) => {
      if (answer) counter.textContent = answer.text;
    })
    .catch(() => {});
}
