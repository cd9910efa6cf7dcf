"""Of equally good matches, the ones a person can reach now: an open modal dialog covers the page behind it.

"Fill Dave in the Name field" while a Create dialog is open means the dialog's Name field, not the filter field
of the same name under the dialog's backdrop. Each tied element is hit-tested at its centre, in the page where
the last DOM scan listed it; only when some are reachable and others are covered does the tie shrink to the
reachable ones. An element out of the viewport cannot be hit-tested: it counts as reachable, unless a fixed box covers
the whole viewport (a modal and its backdrop) and the element is outside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from pacts_farm.browser.scanned import ScannedElement

# For each index of the last scan: is the element on top at its centre (or out of the viewport)?
_REACHABLE = """(indices) => {
  // a fixed box over the whole viewport (a modal's backdrop) holds everything reachable, in view or scrolled off
  let modal = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  while (modal && !(getComputedStyle(modal).position === "fixed" && modal.getBoundingClientRect().width >= innerWidth * 0.9
                    && modal.getBoundingClientRect().height >= innerHeight * 0.9)) modal = modal.parentElement;
  return indices.map((i) => {
    const el = window.__pactsEls && window.__pactsEls[i];
    if (!el) return true;
    const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return !modal || modal.contains(el);
    const hit = document.elementFromPoint(x, y);
    return !hit || hit === el || el.contains(hit) || hit.contains(el) || (hit.tagName === "LABEL" && hit.control === el);
  });
}"""


class _Listed(Protocol):
    @property
    def element(self) -> ScannedElement: ...


_S = TypeVar("_S", bound=_Listed)


def in_front(page: Any, tied: Sequence[_S]) -> list[_S]:
    """The tied matches a person can reach, when that tells them apart; otherwise all of them."""
    if len(tied) < 2:
        return list(tied)
    try:
        reachable = page.evaluate(_REACHABLE, [s.element["i"] for s in tied])
    except Exception:  # the page is changing under the scan: leave the tie as it is (noqa: the boundary is page_session.py)
        return list(tied)
    front = [s for s, ok in zip(tied, reachable) if ok]
    return front if front and len(front) < len(tied) else list(tied)
