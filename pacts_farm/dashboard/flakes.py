"""Dashboard pieces for flakiness, quarantine and heals: the score and quarantine state of requirements,
and the heals page with its "mark wrong" form (POST, accepted from localhost only, with a per-process token)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape

from pacts_farm import model
from pacts_farm.store import heals


def health_table(suite_name: str, health: Mapping[str, model.RequirementHealth]) -> str:
    """Per requirement of a run: flakiness score, quarantine state, owner and expiry (the rows above link to each)."""
    rows = "".join(
        f"<tr data-requirement=\"{_e(rid)}\"><td>{_e(rid)}</td>"
        f"<td class=\"num\">{_score(h)}</td><td>{_quarantine(h)}</td><td>{_e(h.quarantined_by or '')}</td>"
        f"<td>{_e(_when(h.quarantined_until))}</td></tr>"
        for rid, h in sorted(health.items())
    )
    return (
        "<h2>Flakiness and quarantine</h2><table id=\"health\"><thead><tr><th>requirement</th><th class=\"num\">flakiness</th>"
        f"<th>quarantine</th><th>owner</th><th>until (UTC)</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def health_card(health: model.RequirementHealth | None) -> str:
    if health is None:
        return ""
    return (
        "<div class=\"cards\"><div class=\"card\" id=\"health\"><h3>Flakiness and quarantine</h3>"
        f"<div class=\"row\"><span class=\"k\">flakiness</span><strong>{_score(health)}</strong></div>"
        f"<div class=\"row\"><span class=\"k\">quarantine</span>{_quarantine(health)}</div>"
        f"<div class=\"row\"><span class=\"k\">owner</span>{_e(health.quarantined_by or '—')}</div>"
        f"<div class=\"row\"><span class=\"k\">until</span>{_e(_when(health.quarantined_until) or '—')}</div>"
        f"<div class=\"row\"><span class=\"k\">reason</span>{_e(health.quarantine_reason or '—')}</div></div></div>"
    )


def heals_page(records: Sequence[heals.HealRecord], *, token: str, message: str = "") -> str:
    rows = "".join(_heal_row(h, token) for h in records)
    note = f"<p class=\"muted\" id=\"message\">{_e(message)}</p>" if message else ""
    return (
        "<h1>Heals</h1><p class=\"muted\">Accepted heals, newest first. A heal marked wrong leaves the selector cache and is "
        "refused for its target from then on (discovery, every heal strategy, the cache).</p>" + note +
        "<table id=\"heals\"><thead><tr><th>id</th><th>when (UTC)</th><th>run</th><th>target</th><th>page</th>"
        f"<th>strategy</th><th>chose</th><th>mark</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _heal_row(h: heals.HealRecord, token: str) -> str:
    chose = model.Locator.from_json(h.new_locator).describe() if h.new_locator else ""
    changed = f"<br><strong>changed:</strong> {_e('; '.join(h.changed))}" if h.changed else ""  # look at these first
    if h.marked_wrong_at is not None:
        action = f"<strong>marked wrong</strong> by {_e(h.marked_by)} {h.marked_wrong_at:%Y-%m-%d %H:%M}"
    else:
        action = (
            f"<form method=\"post\" action=\"/heals/{h.id}/mark-wrong\"><input type=\"hidden\" name=\"token\" value=\"{_e(token)}\">"
            "<input name=\"by\" placeholder=\"your name\" required maxlength=\"200\" size=\"12\">"
            "<button type=\"submit\">mark wrong</button></form>"
        )
    run = f"<a href=\"/runs/{_e(h.run_id)}\">{_e(h.run_id)}</a>" if h.run_id else ""
    return (
        f"<tr data-heal=\"{h.id}\"><td>{h.id}</td><td>{h.created_at:%Y-%m-%d %H:%M:%S}</td><td>{run}</td>"
        f"<td>{_e(h.target)}{' for ' + _e(h.scope) if h.scope else ''}</td><td>{_e(h.app + h.page)}</td><td>{_e(h.strategy)}</td><td><code>{_e(chose)}</code>{changed}</td>"
        f"<td>{action}</td></tr>"
    )


def _score(health: model.RequirementHealth) -> str:
    return "n/a" if health.score is None else f"{health.score:.2f}"


def _quarantine(health: model.RequirementHealth) -> str:
    if health.quarantined_by is None:
        return "no"
    how = "automatic" if health.automatic else "by hand"
    return f"<span class=\"status s-flaky\">quarantined</span> <span class=\"muted\">{how}</span>"


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)
