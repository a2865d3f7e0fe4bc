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

// Remember the language read last, for the address without one ("/"). The server sets this
// cookie too, but a page from a shared cache (deploy/nginx) comes without it.
{
  const language = document.documentElement.lang;
  if (language && !document.cookie.split("; ").includes(`portal_language=${language}`)) {
    const secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `portal_language=${language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  }
}

// Count this visit apart from the (possibly cached) page, and show the fresh figure.
for (const counter of document.querySelectorAll("[data-count-url]")) {
  fetch(counter.dataset.countUrl, { method: "POST", credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((answer) => {
      if (answer) counter.textContent = answer.text;
    })
    .catch(() => {});
}

// Version for the visually impaired: settings live in localStorage, not in the (cached) HTML,
// and take effect as data-lv-* attributes on <html>; base.html's inline script sets them before
// the first paint, this code shows the control and keeps the attributes and buttons in step.
const lowVision = document.querySelector("[data-low-vision]");
if (lowVision) {
  const root = document.documentElement;
  const defaults = { size: "100", contrast: "normal", images: "on" };
  const toggle = lowVision.querySelector(".low-vision__toggle");
  const panel = lowVision.querySelector(".low-vision__panel");
  let settings = {};
  try {
    settings = JSON.parse(localStorage.getItem("lowVision")) || {};
  } catch {}
  // With images off, a photo of the story gives way to its text alternative (CSS shows it).
  let altTexts = false;
  const showAltTexts = () => {
    altTexts = true;
    for (const img of document.querySelectorAll("main figure img[alt]:not([alt=''])")) {
      const text = document.createElement("span");
      text.className = "image-alt";
      text.textContent = img.alt;
      (img.closest(".gallery__link, picture") || img).after(text);
    }
  };
  const show = () => {
    if (settings.images === "off" && !altTexts) showAltTexts();
    for (const name of Object.keys(defaults)) {
      const value = settings[name] || defaults[name];
      if (settings[name]) root.setAttribute(`data-lv-${name}`, value);
      else root.removeAttribute(`data-lv-${name}`);
      for (const button of panel.querySelectorAll(`button[name="${name}"]`)) {
        button.setAttribute("aria-pressed", String(button.value === value));
      }
    }
  };
  const expand = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
  };
  show();
  expand(Object.keys(settings).length > 0);  // a reader who uses the mode sees its controls
  lowVision.hidden = false;
  toggle.addEventListener("click", () => expand(panel.hidden));
  // Escape closes the panel and gives the focus back to its toggle (the disclosure pattern).
  lowVision.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden) return;
    expand(false);
    toggle.focus();
  });
  panel.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (!button.name) settings = {};
    else if (button.value === defaults[button.name]) delete settings[button.name];
    else settings[button.name] = button.value;
    try {
      if (Object.keys(settings).length) localStorage.setItem("lowVision", JSON.stringify(settings));
      else localStorage.removeItem("lowVision");
    } catch {}
    show();
  });
}
