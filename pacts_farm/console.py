"""What the CLI prints: live progress, the summary table, plans, and the plain-text tables of the store's
commands (status, cache, quarantine, flakiness, heals, schedules, config). Presentation only."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text

from pacts_farm import model

if TYPE_CHECKING:
    from pacts_farm.planning.rules.registry import Entry
    from pacts_farm.store import flaky_scores, heals, quarantines, repo, schedules, views

VERDICT_STYLE = {
    model.Verdict.PASSED: "green",
    model.Verdict.HEALED: "cyan",
    model.Verdict.FLAKY: "yellow",
    model.Verdict.FAILED: "red",
    model.Verdict.ERROR: "magenta",
    model.Verdict.CANCELLED: "dim",
}


class ProgressView:
    """Live table on a terminal; one line per finished item elsewhere (CI logs)."""

    def __init__(self, console: Console, run_id: str) -> None:
        self._console = console
        self._run_id = run_id
        self._printed: set[str] = set()
        self._live: Live | None = None

    def __enter__(self) -> ProgressView:
        if self._console.is_terminal:
            self._live = Live(console=self._console, refresh_per_second=8, transient=True)
            self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.__exit__(None, None, None)

    def update(self, items: Sequence[repo.ItemProgress]) -> None:
        if self._live is not None:
            self._live.update(_progress_table(items))
            return
        for item in items:
            if item.state is model.ItemState.DONE and item.key not in self._printed:
                self._printed.add(item.key)
                self._console.print(_done_line(item), highlight=False)


def _progress_table(items: Sequence[repo.ItemProgress]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column("status", no_wrap=True)
    table.add_column("key", no_wrap=True)  # an id: never wrapped; the title wraps
    table.add_column("title", overflow="fold")
    for item in items:
        if item.state is model.ItemState.DONE:
            status = _verdict_text(item.verdict, item.met)
        else:
            status = Text(f"{item.state.value} {item.steps_done}/{item.steps_total or '?'}", style="blue")
        table.add_row(status, Text(item.key, style="bold"), item.title)
    return table


def _done_line(item: repo.ItemProgress) -> Text:
    line = Text()
    line.append_text(_verdict_text(item.verdict, item.met))
    line.append(f" {item.key}  {item.title}")
    if item.duration_ms is not None:
        line.append(f"  ({item.duration_ms / 1000:.2f} s)", style="dim")
    return line


def _verdict_text(verdict: model.Verdict | None, met: bool | None) -> Text:
    if verdict is None:
        return Text("?")
    label = verdict.value + ("" if met or met is None else " ✗")
    return Text(f"{label:<10}", style=VERDICT_STYLE.get(verdict, ""))


def _items_table(title: str, keys: Sequence[str]) -> Table:
    """A table of items, the first column "KEY  title": as wide as the longest key at least, so the key (what
    --only takes) is never wrapped or cut; the title wraps after it."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  padding=(0, 1), collapse_padding=True)
    table.add_column("requirement", min_width=max((len(k) for k in keys), default=11), ratio=1)
    table.add_column("verdict", no_wrap=True)
    return table


def _key_and_title(item: model.ItemResult) -> Text:
    return Text.assemble((item.item_key, "bold"), "  ", item.title)


def print_summary(console: Console, result: model.RunResult, out_dir: str, hits: int, lookups: int) -> None:
    counted = [item for item in result.items if not item.quarantined]  # quarantined: listed below, they do not decide the run
    table = _items_table(f"{result.suite_name} — run {result.run_id}", [item.item_key for item in counted])
    table.add_column("expected", no_wrap=True)
    table.add_column("steps", justify="right", no_wrap=True)
    table.add_column("duration", justify="right", no_wrap=True)
    table.add_column("heals", justify="right", no_wrap=True)
    for item in counted:
        done = sum(1 for s in item.steps if s.outcome in (model.Outcome.PASSED, model.Outcome.HEALED))
        table.add_row(
            _key_and_title(item),
            _verdict_text(item.verdict, item.met),
            item.expect.value,
            f"{done}/{len(item.steps)}",
            f"{item.duration_ms / 1000:.2f} s",
            str(len(item.heals)) if item.heals else "",
        )
    console.print(table)
    _print_quarantined(console, result)
    for item in result.items:
        if not item.met and item.error and not item.quarantined:
            console.print(Text(f"✗ {item.item_key}: {item.error}", style="red"), highlight=False)
            if item.root_cause:
                console.print(f"  root cause: {item.root_cause}", highlight=False)
            if item.root_cause_summary:
                console.print(f"  Claude: {item.root_cause_summary}", highlight=False)
            if item.evidence and item.evidence.screenshot:
                console.print(f"  screenshot: {out_dir}/{item.evidence.screenshot}", highlight=False)
    for item in result.items:
        if item.verdict is model.Verdict.FLAKY:
            earlier = f" (try 1: {item.try_errors[0]})" if item.try_errors else ""
            console.print(
                Text(f"~ {item.item_key}: flaky, passed on try {item.tries} of {item.tries}{earlier}", style="yellow"),
                highlight=False,
            )
    met = sum(1 for i in result.items if i.met)
    rate = f"{100 * hits / lookups:.0f}%" if lookups else "n/a"
    console.print(
        f"{met}/{len(result.items)} met expectations in {result.duration_ms / 1000:.1f} s"
        f" · selector cache hit rate {rate} · {result.status.value}",
        highlight=False,
    )
    flaky = sum(1 for i in result.items if i.verdict is model.Verdict.FLAKY)
    if flaky:
        console.print(f"{flaky} flaky (passed on a retry; counted as passed unless --fail-on-flaky)", highlight=False)
    _print_llm(console, result)
    console.print(f"results: {out_dir}/results.json  junit: {out_dir}/junit.xml", highlight=False)
    console.print(f"report:  {out_dir}/report.html", highlight=False)


def _print_quarantined(console: Console, result: model.RunResult) -> None:
    """Quarantined items ran and are reported, but do not fail the run; budget and other run notes."""
    quarantined = [i for i in result.items if i.quarantined]
    if quarantined:
        table = _items_table("quarantined (reported, not failing the run)", [item.item_key for item in quarantined])
        for column in ("expected", "duration", "error"):
            table.add_column(column, overflow="fold")
        for item in quarantined:
            table.add_row(
                _key_and_title(item), _verdict_text(item.verdict, item.met), item.expect.value,
                f"{item.duration_ms / 1000:.2f} s", item.error or "",
            )
        console.print(table)
    for note in result.notes:
        console.print(Text(f"! {note}", style="yellow"), highlight=False)


def print_plan(console: Console, plans: Sequence[model.Plan], titles: Sequence[str]) -> None:
    for title, planned in zip(titles, plans):
        console.print(Text(f"{planned.item_key}  {title}", style="bold"), highlight=False)
        console.print(f"  start: {planned.start_url}", highlight=False)
        for step in planned.steps:
            by_claude = "  (planned by Claude)" if step.planner.startswith("claude") else ""
            console.print(f"  {step.index + 1:>2}. {step.text}{by_claude}", highlight=False)
            console.print(Text(f"      → {describe_step(step)}", style="cyan"), highlight=False)


def describe_step(step: model.PlannedStep) -> str:
    parts = [step.action.value]
    if step.target is not None:
        target = f'"{step.target.text}"'
        if step.target.role_hint:
            target += f" ({step.target.role_hint})"
        if step.target.scope:
            target += f' in "{step.target.scope}"'
        if step.target.position is not None:
            target += f" #{step.target.position}"
        if step.target.region:
            target += f" in the {step.target.region}"
        if step.target.descriptor:
            target += f" [{step.target.descriptor}]"
        if step.target.section:
            target += f' under "{step.target.section}"'
        parts.append(target)
    if step.attribute:
        parts.append(f"attribute={step.attribute}")
    if step.value is not None:
        parts.append(f"value={model.MASK if '${env:' in step.value else repr(step.value)}")
    if step.action in (model.Action.EXPECT_URL, model.Action.EXPECT_TITLE, model.Action.EXPECT_COUNT, model.Action.EXPECT_ORDER) or (
            step.match is model.Match.NOT_CONTAINS):
        parts.append(step.match.value)
    if step.timeout_ms:
        parts.append(f"timeout={step.timeout_ms} ms")
    return " ".join(parts)


def print_phrases(console: Console, entries: Sequence[Entry], word: str | None = None) -> None:
    """The phrasebook's rules: name and the step they yield, then each form with its example."""
    if not entries:
        console.print(f"no rule mentions {word!r}; `pacts-farm phrases` lists them all (docs/phrasebook.md)", highlight=False)
        return
    for entry in entries:
        kind = entry.yields.value if entry.yields else "refused, with a hint"
        console.print(Text.assemble((entry.name, "bold"), (f"  → {kind}", "cyan")), highlight=False)
        for form in entry.forms:
            console.print(f"  {form.shape}", highlight=False)
            console.print(Text(f"      e.g. {form.example}", style="dim"), highlight=False)
    console.print(f"{len(entries)} rule{'s' if len(entries) != 1 else ''}; targets, refusals and every planned example:"
                  " docs/phrasebook.md", highlight=False)


def print_runs(console: Console, runs: Sequence[repo.RunSummary]) -> None:
    """One row per run. The run id, which every other command takes, is never wrapped or cut: the suite's name
    and the date wrap instead, the mode shows when there is room; on a terminal too narrow even for that, one
    run per line, its id first."""
    id_width = max((len(r.id) for r in runs), default=3)
    if console.width < id_width + 58:
        for r in runs:
            console.print(Text(r.id, style="bold"), f" {r.status.value} {r.met}/{r.items} {r.suite_name}", sep="", highlight=False)
        return
    with_mode = console.width >= id_width + 78
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1), collapse_padding=True)
    table.add_column("run", no_wrap=True, min_width=id_width)
    table.add_column("suite", overflow="fold", ratio=1)
    table.add_column("status", no_wrap=True)
    if with_mode:
        table.add_column("mode", no_wrap=True)
    table.add_column("created", min_width=10)
    table.add_column("met", no_wrap=True, justify="right")
    table.add_column("duration", no_wrap=True, justify="right")
    for r in runs:
        mode = (r.mode,) if with_mode else ()
        duration = f"{r.duration_ms / 1000:.1f} s" if r.duration_ms else ""
        table.add_row(r.id, r.suite_name, r.status.value, *mode, r.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                      f"{r.met}/{r.items}", duration)
    console.print(table)


def _print_llm(console: Console, result: model.RunResult) -> None:
    """What the run spent on Claude, and run notes (budgets, fallbacks)."""
    usage = result.llm
    if usage.calls:
        console.print(
            f"Claude: {usage.calls} call{'s' if usage.calls != 1 else ''}, {usage.input_tokens} input /"
            f" {usage.output_tokens} output tokens, ≈ ${usage.cost_usd:.4f}",
            highlight=False,
        )
    for note in result.notes:
        console.print(Text(f"note: {note}", style="yellow"), highlight=False)


def llm_line(calls: Sequence[model.LlmCall]) -> str:
    """Planning's spend, before a run exists."""
    ok = sum(1 for c in calls if c.outcome == "ok")
    cost = sum(c.cost_usd for c in calls)
    tokens_in, tokens_out = sum(c.input_tokens for c in calls), sum(c.output_tokens for c in calls)
    return (
        f"Claude: {len(calls)} call{'s' if len(calls) != 1 else ''} ({ok} ok), {tokens_in} input /"
        f" {tokens_out} output tokens, ≈ ${cost:.4f}"
    )


# --- the store's commands: plain lines, for click.echo (no markup, no wrapping) ---


def status_lines(run_id: str, status: model.RunStatus, items: Sequence[repo.ItemProgress]) -> Iterator[str]:
    """A run's status, then one line per item: its verdict, or its state while unfinished."""
    yield f"{run_id}: {status.value}"
    for item in items:
        verdict = item.verdict.value if item.verdict else item.state.value
        yield f"  {verdict:<10} {item.key}  {item.title}"


def config_lines(public_view: Mapping[str, object]) -> Iterator[str]:
    for key, value in public_view.items():
        yield f"{key:<20} {value}"


def schedule_lines(found: Sequence[schedules.Schedule]) -> Iterator[str]:
    for s in found:
        last = s.last_slot.isoformat() if s.last_slot else "never"
        yield f"{s.name:<24} {s.cron:<16} last fired: {last}  ({s.suite_source})"


def cache_stats_lines(
    apps: Sequence[tuple[str, int, int, int]],
    provisional: int,
    heal_counts: Sequence[tuple[str, str, int]],
    runs: Sequence[tuple[str, int, int, Mapping[str, int]]],
) -> Iterator[str]:
    """Entries and hits per application, heal outcomes, then per run (id, hits, lookups, locators by source)."""
    yield "application                       entries   hits  misses"
    for app, entries, hits, misses in apps:
        yield f"{app:<32} {entries:>8} {hits:>6} {misses:>7}"
    yield f"provisional (healed, not yet promoted): {provisional}"
    for strategy, outcome, count in heal_counts:
        yield f"heals: {strategy:<14} {outcome:<10} {count}"
    yield "run                     hit rate          redis  database  discovered  healed  drift"
    for run_id, hits, lookups, by in runs:
        rate = f"{100 * hits / lookups:5.1f}% ({hits}/{lookups})" if lookups else "  n/a"
        yield (
            f"{run_id:<23} {rate:<17} {by['redis']:>5} {by['database']:>9} {by['discovered']:>11}"
            f" {by['healed']:>7} {by['drift']:>6}"
        )


def quarantine_lines(
    active: Sequence[quarantines.Quarantined], scores: Mapping[tuple[str, str], flaky_scores.StoredScore]
) -> Iterator[str]:
    """Quarantined requirements with owner, expiry, flakiness score and whether beat or a person put them there."""
    yield f"{'suite':<24} {'requirement':<24} {'owner':<16} {'until (UTC)':<17} {'score':>5}  how     reason"
    for q in active:
        score = scores.get((q.suite_name, q.requirement_id))
        shown = f"{score.score:.2f}" if score else "  -"
        how = "auto" if q.automatic else "manual"
        yield f"{q.suite_name:<24} {q.requirement_id:<24} {q.owner:<16} {q.until:%Y-%m-%d %H:%M} {shown:>6}  {how:<7} {q.reason}"


def quarantine_log_lines(changes: Sequence[quarantines.Change]) -> Iterator[str]:
    for change in changes:
        yield f"{change.created_at:%Y-%m-%d %H:%M} {change.action:<7} {change.suite_name} {change.requirement_id} by {change.actor}: {change.reason}"


def flakiness_lines(scores: Sequence[flaky_scores.StoredScore]) -> Iterator[str]:
    """Flakiness scores, highest first."""
    yield f"{'suite':<24} {'requirement':<24} {'score':>5} {'runs':>5} {'passed':>6} {'failed':>6} {'flaky':>5} {'healed':>6} nights"
    for s in sorted(scores, key=lambda s: (-s.score, s.suite_name, s.requirement_id)):
        yield f"{s.suite_name:<24} {s.requirement_id:<24} {s.score:>5.2f} {s.runs:>5} {s.passed:>6} {s.failed:>6} {s.flaky:>5} {s.healed:>6} {s.nights_above:>6}"


def heal_lines(recent: Sequence[heals.HealRecord], figures: Sequence[views.HealFigures]) -> Iterator[str]:
    """Heal attempts with their strategy's success rate in that app, what changed, and who marked one wrong."""
    rates = {(f.strategy, f.app): f for f in figures}
    for h in recent:
        wrong = f"  MARKED WRONG by {h.marked_by}" if h.marked_wrong_at else ""
        scope = f" for {h.scope!r}" if h.scope else ""
        rate = rates.get((h.strategy, h.app))
        shown = f"{100 * rate.success_rate:3.0f}% of {rate.attempts}" if rate else ""
        yield (f"{h.id:>6} {h.created_at:%Y-%m-%d %H:%M} {h.outcome:<9} {h.strategy:<11} {shown:<12} {h.app}{h.page}"
               f" {h.action or ''} {h.target!r}{scope}{wrong}")
        if h.changed:
            yield f"{'':>7}changed: {'; '.join(h.changed)}"
