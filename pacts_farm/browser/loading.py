"""Loading masks and spinners: a step waits until no loading indicator is showing before it looks at the page.

Admin and dashboard apps keep the old content in the page while they load the new one, and cover it with a
mask ("el-loading-mask", "spinner-overlay") until it is replaced: a check that read the rows under the mask
would pass on stale content. A person waits for the spinner to go away; so does every step that reads or acts
on the page. An indicator is a shown element whose class or id words say loading, loader, spinner, spinning or
busy (its own words, not a parent's), or a region marked aria-busy="true". If one never goes away (a decorative
spinner), the step goes on after its own timeout as it would have without this wait: it never fails for it.

No Playwright here: the page is asked through ``probe()`` (page_session.PageSession.loading_indicators).
"""

from __future__ import annotations

import time
from collections.abc import Callable

POLL_MS = 50
# The indicators shown now, each described for a message ("div.el-loading-mask"); runs in the page's own world.
SCRIPT = """() => {
  const WORDS = new Set(["loading", "loader", "spinner", "spinning", "busy", "preloader"]);
  const words = (s) => (s || "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z]+/);
  const out = [];
  const maybe = "[class*=load i], [class*=spin i], [class*=busy i], [id*=load i], [id*=spin i], [aria-busy=true]";
  for (const el of document.querySelectorAll(maybe)) {
    const busy = el.getAttribute("aria-busy") === "true";
    // a class or id that names an indicator; "el-loading-parent--relative" names the box a mask sits in, not the mask
    const names = (el.getAttribute("class") || "").split(/\\s+/).concat([el.id]).map(words);
    if (!busy && !names.some((ws) => ws.some((w) => WORDS.has(w)) && !ws.includes("parent"))) continue;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    if (Number(style.opacity) === 0 && !(el.getAnimations && el.getAnimations().length)) continue;  // faded out (not fading in)
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 8 || r.height < 8) continue;
    out.push(el.tagName.toLowerCase() + (el.getAttribute("class") ? "." + el.getAttribute("class").trim().split(/\\s+/).slice(0, 2).join(".") : ""));
    if (out.length >= 5) break;
  }
  return out;
}"""


def wait_out(probe: Callable[[], list[str]], sleep: Callable[[int], None], budget_ms: int) -> list[str]:
    """Poll until no indicator shows or ``budget_ms`` is spent; returns those still showing (empty: all gone)."""
    deadline = time.monotonic() + budget_ms / 1000
    showing = probe()
    while showing and time.monotonic() < deadline:
        sleep(POLL_MS)
        showing = probe()
    return showing
