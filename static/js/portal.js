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
