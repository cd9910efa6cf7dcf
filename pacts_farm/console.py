"""What the CLI prints: live progress, the summary table, plans. Presentation only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text

from pacts_farm import model
from pacts_farm.store import repo

if TYPE_CHECKING:
    from pacts_farm.rules.registry import Entry

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
