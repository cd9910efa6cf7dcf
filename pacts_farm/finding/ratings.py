"""Star ratings: "the rating shows 4 stars" reads how many stars a widget has filled, "Rate it 3 stars" clicks the
third star. The in-page reader looks, in order, at what the widget says of itself (aria-valuenow, an aria-label or
title such as "4 out of 5" or "Rated 4 stars"), a checked radio's value, then the stars it draws: filled glyphs
(★ against ☆) or stars the markup marks filled (active, filled, full, on, selected, checked, lit, aria-checked)."""

from __future__ import annotations

DESCRIPTOR = "rating"  # the descriptor of a target that is a star widget (execute reads it as a rating)

# (el) => the number of stars the widget shows, or null when it shows no reading
READ = r"""(el) => {
  const said = [el.getAttribute("aria-valuenow"), el.getAttribute("aria-label"), el.getAttribute("title"), el.getAttribute("data-rating"),
                el.getAttribute("data-value")];
  for (const text of said) {
    if (!text) continue;
    const m = /(\d+(?:\.\d+)?)\s*(?:\/|out of|of|stars?|$)/i.exec(text.trim());
    if (m) return Number(m[1]);
  }
  const radio = el.querySelector("input[type=radio]:checked");
  if (radio && /^\d+(\.\d+)?$/.test(radio.value)) return Number(radio.value);
  const glyphs = (el.innerText || "").replace(/\s+/g, "");
  if (/^[\u2605\u2606]+$/.test(glyphs) && glyphs.includes("\u2606")) return (glyphs.match(/\u2605/g) || []).length;
  const stars = Array.from(el.querySelectorAll("*")).filter((s) => s.children.length === 0 || s.tagName.toLowerCase() === "svg");
  const filled = /(^|[-_\s])(active|filled|fill|full|on|selected|checked|lit|rated)($|[-_\s])/i;
  const marked = stars.filter((s) => filled.test(s.getAttribute("class") || "") || s.getAttribute("aria-checked") === "true"
    || (s.parentElement !== el && filled.test(s.parentElement.getAttribute("class") || "")));
  if (stars.length) return marked.length;
  return null;
}"""
