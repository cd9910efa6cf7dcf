"""report.html: one self-contained page a person diagnoses a run from (no network, everything escaped).

Screenshots are inlined as data: URIs (thumbnails that enlarge on click); traces are linked relative
to the run folder, so the page works from the folder, from a copy of it, or from the dashboard.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Protocol

from pacts_farm import model
from pacts_farm.report.html_assets import CSS, JS

MAX_INLINE_BYTES = 3 * 1024 * 1024  # a screenshot larger than this is linked, not inlined
ORDER = (model.Verdict.FAILED, model.Verdict.ERROR, model.Verdict.FLAKY, model.Verdict.HEALED,
         model.Verdict.PASSED, model.Verdict.CANCELLED)


class _Outcome(Protocol):
    verdict: model.Verdict


class RequirementHistory(Protocol):
    """What the report shows of a requirement's past runs (store.history.RequirementStats fits)."""

    @property
    def outcomes(self) -> Sequence[_Outcome]: ...  # newest first

    @property
    def runs(self) -> int: ...

    @property
    def pass_rate(self) -> float | None: ...

    @property
    def flaky_rate(self) -> float | None: ...


class RunFolder(Protocol):
    """A run's folder as the report reads it: on this disk, or the store's copy of a farm run's."""

    def read(self, relative: str) -> bytes | None: ...

    def has(self, relative: str) -> bool: ...

    def shown(self, relative: str) -> str:
        """How a person names the file to open it (its path on this machine, or relative to the report)."""
        ...


class LocalFolder:
    """The run folder on this machine."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def read(self, relative: str) -> bytes | None:
        try:
            return (self._root / relative).read_bytes()
        except OSError:
            return None

    def has(self, relative: str) -> bool:
        return (self._root / relative).is_file()

    def shown(self, relative: str) -> str:
        return str(self._root / relative)


def e(value: object) -> str:
    """Escape for HTML text and attribute values."""
    return escape("" if value is None else str(value), quote=True)


def report_html(
    run: model.RunResult, out_dir: Path | RunFolder, *, history: Mapping[str, RequirementHistory] | None = None,
    health: Mapping[str, model.RequirementHealth] | None = None,
    heal_rates: Mapping[str, tuple[int, float]] | None = None,
) -> bytes:
    """The report; screenshots and try evidence are read from ``out_dir`` (a folder, or the store's copy of one)."""
    files = LocalFolder(out_dir) if isinstance(out_dir, Path) else out_dir
    history = history or {}
    health = health or {}
    parts = [
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        f"<title>{e(run.suite_name)} — run {e(run.run_id)} ({e(run.status.value)})</title>",
        f"<style>{CSS}</style></head><body>",
        _header(run),
        "<main>",
        _summary(run),
        _heal_rates(run, heal_rates or {}),
        _filters(run),
        "<div id=\"items\">",
        *(_item(run, item, files, history.get(item.requirement_id), health.get(item.requirement_id)) for item in _ordered(run.items)),
        "</div><p id=\"f-empty\" class=\"empty\" hidden>No requirement matches these filters.</p>",
        "</main>",
        "<div id=\"lightbox\" role=\"dialog\" aria-label=\"Screenshot\"><img alt=\"\"></div>",
        f"<script>{JS}</script></body></html>",
    ]
    return "\n".join(parts).encode("utf-8")


def _ordered(items: Iterable[model.ItemResult]) -> list[model.ItemResult]:
    """Problems first: unmet items, then by verdict, keeping suite order within each group."""
    indexed = list(enumerate(items))
    rank = {v: n for n, v in enumerate(ORDER)}
    return [i for _, i in sorted(indexed, key=lambda p: (p[1].met, rank.get(p[1].verdict, 9), p[0]))]


def _header(run: model.RunResult) -> str:
    started = _when(run.started_at)
    return (
        "<header class=\"top\">"
        f"<h1>{e(run.suite_name)} <span class=\"status v-{e(run.status.value)}\">{e(run.status.value)}</span></h1>"
        f"<div class=\"meta\">run <code>{e(run.run_id)}</code> · {e(run.mode)} · started {e(started)}"
        f" · took {_seconds(run.duration_ms)}</div></header>"
    )


def _summary(run: model.RunResult) -> str:
    counts = Counter(i.verdict for i in run.items)
    met = sum(1 for i in run.items if i.met)
    cards = [_card(f"{met}/{len(run.items)}", "met expectations", "met")]
    for verdict in (model.Verdict.PASSED, model.Verdict.HEALED, model.Verdict.FLAKY, model.Verdict.FAILED,
                    model.Verdict.ERROR, model.Verdict.CANCELLED):
        if counts.get(verdict) or verdict in (model.Verdict.PASSED, model.Verdict.FAILED, model.Verdict.FLAKY):
            cards.append(_card(str(counts.get(verdict, 0)), verdict.value, verdict.value))
    rate = f"{100 * run.cache_hits / run.cache_lookups:.0f}%" if run.cache_lookups else "n/a"
    heals = sum(len(i.heals) for i in run.items)
    cards.append(_card(_seconds(run.duration_ms), "duration", "dur"))
    cards.append(_card(rate, f"selector cache hits ({run.cache_hits}/{run.cache_lookups})", "cache"))
    changed = sum(1 for i in run.items for h in i.heals if h.changed)
    cards.append(_card(str(heals), f"heals · {changed} changed what was acted on" if changed else "heals", "heals"))
    llm = run.llm
    tokens = f"{llm.input_tokens + llm.output_tokens:,} tokens" if llm.calls else "rules only"
    cards.append(_card(str(llm.calls), f"LLM calls · {tokens} · ${llm.cost_usd:.4f}", "llm"))
    quarantined = sum(1 for i in run.items if i.quarantined)
    if quarantined:
        cards.append(_card(str(quarantined), "quarantined (not failing the run)", "q"))
    notes = "".join(f"<div class=\"notes\">{e(n)}</div>" for n in run.notes)
    return f"<section class=\"cards\" aria-label=\"Summary\">{''.join(cards)}</section>{notes}"


def _heal_rates(run: model.RunResult, rates: Mapping[str, tuple[int, float]]) -> str:
    """How often each strategy this run healed with has worked (heal history of the same apps)."""
    used = sorted({h.strategy for i in run.items for h in i.heals})
    rows = "".join(
        f"<tr><td>{e(name)}</td><td>{100 * rates[name][1]:.0f}%</td><td>{rates[name][0]}</td></tr>"
        for name in used if name in rates
    )
    if not rows:
        return ""
    return ("<section class=\"heal-rates\"><h3>Heal strategies used</h3><table class=\"steps\"><thead><tr><th>strategy</th>"
            "<th>success rate</th><th>attempts</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><p class=\"empty\">Accepted and not marked wrong, over every attempt in these apps;"
            " the heal ladder tries the best rate first.</p></section>")


def _card(number: str, label: str, kind: str) -> str:
    return f"<div class=\"card {e(kind)}\"><div class=\"n\">{e(number)}</div><div class=\"l\">{e(label)}</div></div>"


def _filters(run: model.RunResult) -> str:
    present = {i.verdict for i in run.items}
    boxes = "".join(
        f"<label class=\"chip\"><input type=\"checkbox\" data-verdict=\"{e(v.value)}\" checked> {e(v.value)}</label>"
        for v in ORDER if v in present
    )
    tags = sorted({t for i in run.items for t in i.tags})
    options = "".join(f"<option value=\"{e(t)}\">{e(t)}</option>" for t in tags)
    return (
        "<div class=\"filters\" role=\"search\">"
        f"{boxes}<select id=\"f-tag\" aria-label=\"Tag\"><option value=\"\">all tags</option>{options}</select>"
        "<input id=\"f-text\" type=\"search\" placeholder=\"Filter by id, title, step or error\" aria-label=\"Filter text\">"
        "<span id=\"f-shown\" class=\"shown\"></span></div>"
    )


def _item(
    run: model.RunResult, item: model.ItemResult, files: RunFolder, past: RequirementHistory | None,
    health: model.RequirementHealth | None = None,
) -> str:
    searchable = " ".join(
        [item.item_key, item.title, item.error or "", *item.try_errors, *(s.text for s in item.steps)]
    ).lower()
    problems = (model.Verdict.FAILED, model.Verdict.ERROR, model.Verdict.FLAKY)
    opened = " open" if (not item.met or item.verdict in problems) else ""
    expect = "" if item.expect is model.Expectation.PASS else " <span class=\"tag\">expected to fail</span>"
    unmet = "" if item.met else " <span class=\"unmet\">✗ not met</span>"
    tags = "".join(f"<span class=\"tag\">{e(t)}</span>" for t in item.tags)
    tries = f" <span class=\"dur\">{item.tries} tries</span>" if item.tries > 1 else ""
    summary = (
        f"<summary><span class=\"status v-{e(item.verdict.value)}\">{e(item.verdict.value)}</span>"
        f"<span class=\"key\">{e(item.item_key)}</span><span class=\"title\">{e(item.title)}{expect}{unmet}</span>"
        f"{tags}{_mini_history(past)}{tries}<span class=\"dur\">{_seconds(item.duration_ms)}</span></summary>"
    )
    if item.quarantined:
        summary = summary.replace("</summary>", " <span class=\"tag\">quarantined</span></summary>")
    body = [
        _facts(item, past) + _health(health),
        _problem(item),
        _flaky(item, files),
        _evidence(item, files),
        _steps(item),
    ]
    return (
        f"<details class=\"item\" id=\"item-{e(item.item_key)}\" data-verdict=\"{e(item.verdict.value)}\""
        f" data-tags=\"{e(' '.join(item.tags))}\" data-text=\"{e(searchable)}\"{opened}>"
        f"{summary}<div class=\"body\">{''.join(body)}</div></details>"
    )


def _facts(item: model.ItemResult, past: RequirementHistory | None) -> str:
    rows = [
        ("requirement", item.requirement_id),
        ("expected", f"{item.expect.value} — {'met' if item.met else 'NOT met'}"),
    ]
    if item.data:
        rows.append(("data row", ", ".join(f"{k}={v}" for k, v in item.data.items())))
    if item.tries > 1:
        rows.append(("tries", f"{item.tries} (retries were allowed)"))
    if item.quarantined:
        rows.append(("quarantined", "yes: reported, but does not fail the run"))
    if past is not None and past.runs:
        runs = f"{past.runs} runs" if past.runs != 1 else "run"
        rows.append(("history", f"{_pct(past.pass_rate)} passed, {_pct(past.flaky_rate)} flaky over the last {runs}"))
    cells = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows)
    return f"<dl class=\"kv\">{cells}</dl>"


def _health(health: model.RequirementHealth | None) -> str:
    """Flakiness score and quarantine state (owner, expiry) of the requirement."""
    if health is None or (health.score is None and health.quarantined_by is None):
        return ""
    rows = []
    if health.score is not None:
        rows.append(("flakiness", f"{health.score:.2f} (0 steady … 1 flips every run)"))
    if health.quarantined_by is not None:
        how = "automatically" if health.automatic else f"by {health.quarantined_by}"
        until = _when(health.quarantined_until or "")
        rows.append(("quarantine", f"quarantined {how} until {until}" + (f": {health.quarantine_reason}" if health.quarantine_reason else "")))
        rows.append(("owner", health.quarantined_by))
    cells = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows)
    return f"<dl class=\"kv health\">{cells}</dl>"


def _problem(item: model.ItemResult) -> str:
    out = []
    if item.error and not item.met:
        out.append(f"<div class=\"error-box\" role=\"alert\">{e(item.error)}</div>")
    elif item.error:
        out.append(f"<div class=\"error-box\">{e(item.error)} (as expected)</div>")
    elif item.expect is model.Expectation.FAIL and item.verdict.succeeded:
        out.append("<div class=\"error-box\" role=\"alert\">expected to fail, but every step passed</div>")
    if item.root_cause or item.root_cause_summary:
        label = (item.root_cause or "").replace("_", " ")
        summary = f"\n{e(item.root_cause_summary)}" if item.root_cause_summary else ""
        out.append(f"<div class=\"cause\"><strong>root cause: {e(label or 'analysis')}</strong>{summary}</div>")
    return "".join(out)


def _flaky(item: model.ItemResult, files: RunFolder) -> str:
    if not item.try_errors:
        return ""
    head = (
        f"<strong>flaky:</strong> passed on try {item.tries} of {item.tries}; counted as a pass"
        if item.verdict is model.Verdict.FLAKY
        else f"<strong>{len(item.try_errors)} earlier tries failed</strong>"
    )
    tries = []
    for number, error in enumerate(item.try_errors, start=1):
        folder = f"{item.item_key}/try-{number}"
        shot = _image(files, f"{folder}/failure.png", f"try {number} of {item.item_key}")
        trace = _trace_link(files, f"{folder}/trace.zip")
        tries.append(f"<li>try {number} failed: <code>{e(error)}</code>{trace}{_try_evidence(files, folder)}{shot}</li>")
    return f"<div class=\"flaky-box\">{head}<ul>{''.join(tries)}</ul></div>"


def _try_evidence(files: RunFolder, folder: str) -> str:
    """What an earlier try saw (its evidence.json): page, console errors, DOM excerpt."""
    raw = files.read(f"{folder}/evidence.json")
    try:
        data = json.loads(raw.decode("utf-8")) if raw is not None else None
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    page = f"<div>on <code>{e(data.get('url'))}</code> ({e(data.get('title'))})</div>" if data.get("url") else ""
    errors = [str(c) for c in data.get("console_errors") or ()]
    console = "".join(f"<li>{e(c)}</li>" for c in errors)
    console = f"<div>console errors:</div><ul class=\"console\">{console}</ul>" if console else ""
    dom = data.get("dom_excerpt")
    dom = f"<details><summary>DOM excerpt</summary><pre class=\"dom\">{e(dom)}</pre></details>" if dom else ""
    return page + console + dom


def _evidence(item: model.ItemResult, files: RunFolder) -> str:
    ev = item.evidence
    if ev is None:
        return ""
    figure = ""
    if ev.screenshot:
        figure = f"<figure>{_image(files, ev.screenshot, f'screenshot of {item.item_key} at the failure')}"
        figure += f"<figcaption>{e(ev.screenshot)} (click to enlarge)</figcaption></figure>"
    facts = [("page URL", ev.url), ("page title", ev.title)]
    cells = "".join(f"<dt>{e(k)}</dt><dd>{e(v) if v else '—'}</dd>" for k, v in facts)
    trace = _trace_link(files, ev.trace) if ev.trace else ""
    console = ""
    if ev.console_errors:
        lines = "".join(f"<li>{e(c)}</li>" for c in ev.console_errors)
        console = f"<h3>Console errors ({len(ev.console_errors)})</h3><ul class=\"console\">{lines}</ul>"
    dom = f"<h3>DOM excerpt</h3><pre class=\"dom\">{e(ev.dom_excerpt)}</pre>" if ev.dom_excerpt else ""
    return (
        f"<h3>At the failure</h3><div class=\"evidence\">{figure}<div><dl class=\"kv\">{cells}</dl>{trace}</div></div>"
        f"{console}{dom}"
    )


def _trace_link(files: RunFolder, relative: str | None) -> str:
    if not relative or not files.has(relative):
        return ""
    return (
        f" <div>trace: <a href=\"{e(relative)}\" download>{e(relative)}</a>"
        f" — open with <code>playwright show-trace {e(files.shown(relative))}</code></div>"
    )


def _image(files: RunFolder, relative: str, alt: str) -> str:
    data = files.read(relative)
    if data is None:
        return ""
    if len(data) > MAX_INLINE_BYTES:
        return f"<div>screenshot too large to inline: {e(relative.rsplit('/', 1)[-1])}</div>"
    encoded = base64.b64encode(data).decode("ascii")
    return f"<img class=\"thumb\" src=\"data:image/png;base64,{encoded}\" alt=\"{e(alt)}\" loading=\"lazy\">"


def _steps(item: model.ItemResult) -> str:
    if not item.steps:
        return "<p class=\"empty\">No steps ran.</p>"
    longest = max((s.duration_ms for s in item.steps), default=0.0) or 1.0
    rows = "".join(_step_row(step, longest) for step in item.steps)
    return (
        "<h3>Steps</h3><table class=\"steps\"><colgroup><col class=\"n\"><col><col class=\"a\"><col><col class=\"o\">"
        "<col class=\"d\"></colgroup><thead><tr><th>#</th><th>step as written</th><th>action</th>"
        "<th>locator · strategy · from</th><th>outcome</th><th>duration</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _step_row(step: model.StepResult, longest: float) -> str:
    res = step.resolution
    locator = ""
    if res is not None:
        locator = (
            f"<span class=\"loc\">{e(res.locator.describe())}</span> · {e(res.locator.strategy.value)}"
            f"<span class=\"src src-{e(res.source.value)}\">{e(res.source.value)}</span>"
        )
        if step.drifted:
            locator += " <span class=\"src\">drifted</span>"
        if res.opened:
            locator += f"<div class=\"opened\">{e(res.opened)}</div>"
    if step.heal is not None:
        old = step.heal.old_locator.describe() if step.heal.old_locator else "(no locator)"
        changed = (
            f"<div class=\"changed\">⚠ acted on a different-looking element: {e('; '.join(step.heal.changed))}</div>"
            if step.heal.changed else ""
        )
        undo = (
            f"<div class=\"undo\">wrong element? <code>pacts-farm heal mark-wrong {step.heal.heal_id} --by NAME</code></div>"
            if step.heal.heal_id is not None else ""
        )
        locator += (
            f"<div class=\"heal\">healed ({e(step.heal.strategy)}, round {step.heal.round}): {e(old)} → "
            f"{e(step.heal.new_locator.describe())}<br>{e(step.heal.reason)}{changed}{undo}</div>"
        )
    text = e(step.text)
    if step.error:
        text += f"<div class=\"error-box\">{e(step.error)}</div>"
    if step.candidates:
        seen = "".join(f"<li>{e(c.description)} — {e(c.locator.describe())} ({c.score:.2f})</li>" for c in step.candidates[:8])
        text += f"<div class=\"rate\">considered:</div><ul class=\"cands\">{seen}</ul>"
    width = max(2, round(100 * step.duration_ms / longest))
    page = f"<div class=\"rate\">on {e(step.page_url)}</div>" if step.page_url and step.error else ""
    return (
        f"<tr class=\"o-{e(step.outcome.value)}\"><td>{step.index + 1}</td><td>{text}{page}</td>"
        f"<td>{e(step.action.value)}</td><td>{locator}</td><td>{e(step.outcome.value)}</td>"
        f"<td><span class=\"bar\" style=\"width:{width * 0.8:.0f}px\"></span>"
        f"<span class=\"ms\">{step.duration_ms:.0f} ms</span></td></tr>"
    )


def _mini_history(past: RequirementHistory | None) -> str:
    if past is None or not past.outcomes:
        return ""
    marks = "".join(
        f"<i class=\"h-{e(o.verdict.value)}\" title=\"{e(o.verdict.value)}\"></i>" for o in reversed(list(past.outcomes)[:20])
    )
    label = f"{_pct(past.pass_rate)} pass · {_pct(past.flaky_rate)} flaky / {past.runs} run{'s' if past.runs != 1 else ''}"
    return f"<span class=\"hist\" title=\"oldest to newest\">{marks}</span><span class=\"rate\">{e(label)}</span>"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def _seconds(ms: float) -> str:
    return f"{ms / 1000:.1f} s" if ms >= 1000 else f"{ms:.0f} ms"


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return iso
