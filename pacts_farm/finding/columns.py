"""'Click the Name column header': a header cell that holds one link or button (a sort link, an arrow button) is
clicked through it; the middle of a wide cell may be empty space that does nothing."""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.browser import page_session

S = model.Strategy
_CONTROLS = "a[href], a[onclick], button, [role=button], [role=link]"
_HEADER_ROLES = frozenset({"columnheader", "rowheader"})


def is_header_click(action: model.Action, role: str | None) -> bool:
    return action is model.Action.CLICK and role in _HEADER_ROLES


def inner_control(session: page_session.PageSession, resolution: model.Resolution) -> model.Resolution:
    """The header's one visible link or button, scoped to the header; the header itself when it holds none or more."""
    inner = model.Locator(strategy=S.CSS, value=_CONTROLS, scope=resolution.locator)
    controls = session.locate(inner)
    visible = [n for n in range(controls.count()) if controls.nth(n).is_visible()]
    if len(visible) != 1:
        return resolution
    chosen = inner if controls.count() == 1 else model.Locator(strategy=S.CSS, value=_CONTROLS, scope=resolution.locator, nth=visible[0])
    seen = session.inspect(chosen, gate=False)
    if seen.count != 1 or seen.fingerprint is None:
        return resolution
    return model.Resolution(locator=chosen, source=resolution.source, confidence=resolution.confidence, fingerprint=seen.fingerprint)
