"""run_suite: the one way to run a suite, embedded or on the farm, from its files to its loaded result.

Embedded (no broker configured), the in-process worker's thread starts Playwright's driver at once and launches
Chromium as soon as the suite loads, while this thread imports, plans, opens the store and writes the run; bad
input never launches one. The engine's modules are imported inside run_suite for that reason: importing this
module costs no more than `pacts_farm.config`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pacts_farm import config, errors, model
from pacts_farm.farm.worker_thread import WorkerThread

if TYPE_CHECKING:
    import threading

    from pacts_farm.runtime import Runtime
    from pacts_farm.suites.selection import Selection
    from pacts_farm.store.repo import ItemProgress
    from pacts_farm.submit import Submission
    from pacts_farm.suites.suite import SuiteFile

LineCallback = Callable[[str], None]
ProgressCallback = Callable[[str, "Sequence[ItemProgress]"], None]


@dataclass(frozen=True, kw_only=True, slots=True)
class SuiteRun:
    """What run_suite did: a run that ended (``result`` loaded), a run queued on the farm without waiting
    (``queued_only``), or nothing at all (an empty shard: no ``run_id``)."""

    run_id: str | None = None
    status: model.RunStatus | None = None  # how the run ended, as its watcher saw it
    result: model.RunResult | None = None
    output_dir: Path | None = None  # the run folder (for a farm run, where it was written on this machine)
    cache_hits: int = 0
    cache_lookups: int = 0
    queued_only: bool = False  # farm, not waiting: the run was queued, nothing is known of how it goes
    flaky: tuple[str, ...] = ()  # item keys that passed only on a retry

    @property
    def passed(self) -> bool:
        """Every requirement that counts met its expectation and the run passed (what exit code 0 means)."""
        return self.result is not None and self.result.met_except_quarantined and self.status is model.RunStatus.PASSED


def run_suite(
    settings: config.Settings,
    suite_paths: Path | Sequence[Path],
    *,
    output: Path | None = None,
    base_url: str | None = None,
    wait: bool = True,
    selection: Selection | None = None,
    shard: tuple[int, int] | None = None,
    on_line: LineCallback | None = None,
    on_progress: ProgressCallback | None = None,
    freeze_heap: bool = False,
) -> SuiteRun:
    """Load and plan SUITE (one suite.yaml, or PACTS requirement files as one suite), write the run, run it
    in-process (embedded) or publish it to the farm, and follow it to its end.

    ``wait``: on the farm, follow the run (else return once it is queued); embedded always waits. ``shard``:
    (index, count), shard INDEX of COUNT by predicted duration. ``on_line``: what a user is told on the way
    (the mode, the run id, the shard table); ``on_progress(run_id, items)``: the items' progress while followed.
    ``freeze_heap``: for a process that ends with the run (the CLI): what is alive once the engine is imported
    stays out of the garbage collector's full passes (gc.freeze; a long-lived caller would never collect it).
    Raises errors.InputError for bad input before anything is written or launched.
    """
    say = on_line or _ignore
    read = _load_yaml(suite_paths, base_url)  # a suite.yaml that does not load is told now, before the heavy imports
    # embedded: Playwright's driver starts, and Chromium launches, while this thread plans (requirement files, .txt,
    # launch once planned)
    early = WorkerThread(settings, launch=read is not None) if settings.embedded else None
    try:
        from pacts_farm.farm import dispatch
        from pacts_farm import submit as submitting
        from pacts_farm.runtime import Runtime

        submission = prepare_suite(settings, suite_paths, base_url=base_url, selection=selection, read=read)
        if not settings.embedded:
            submitting.refuse_inline_secrets(submission, where="on the farm")
        if early is not None:
            early.launch()  # requirement files (.txt), which _load_yaml does not check
        with Runtime.open(settings) as rt:
            if shard is not None:
                submission = _shard(rt, submission, *shard, say=say)
                if not submission.suite.items:
                    return SuiteRun()
            app = dispatch.make_celery(settings)
            if early is not None:
                say(f"embedded mode: in-process worker, store {config.mask_url(settings.effective_database_url)}")
                dispatch.share_secrets(app, submission.suite.secrets.environ())
                thread, early = early, None
                with dispatch.embedded_worker(app, thread) as task_ended:
                    if freeze_heap:
                        _freeze_heap()
                    run_id = submitting.start_run(rt, app, submission, output_dir=output)
                    status = _follow(rt, run_id, submission, say=say, on_progress=on_progress, wake=task_ended)
                return _ended(rt, run_id, status)
            if freeze_heap:
                _freeze_heap()
            run_id = submitting.start_run(rt, app, submission, output_dir=output)
            say(f"submitted run {run_id} to {config.mask_url(settings.broker_url)}")
            if not wait:
                return SuiteRun(run_id=run_id, output_dir=_output_dir(rt, run_id), queued_only=True)
            status = _follow(rt, run_id, submission, say=say, on_progress=on_progress)
            from pacts_farm import pipeline

            pipeline.write_run_folder(rt.sessions, run_id, _output_dir(rt, run_id))  # from the store
            return _ended(rt, run_id, status)
    finally:
        if early is not None:  # the submission stopped before its worker ran: close the browser launched for it
            early.stop()


def prepare_suite(
    settings: config.Settings, paths: Path | Sequence[Path], *, base_url: str | None, selection: Selection | None,
    dry_run: bool = False, read: SuiteFile | None = None,
) -> Submission:
    """One suite.yaml, or PACTS requirement files (.txt) as one suite; planned by settings.planner.

    ``read``: the suite.yaml as _load_yaml loaded it, not loaded again.

    Claude calls of a dry run or of a submission that stops here are recorded without a run.
    """
    from pacts_farm.planning import planner as planning
    from pacts_farm.suites import requirements
    from pacts_farm import submit as submitting

    paths = _as_tuple(paths)
    environ = config.environment()
    files = [p for p in paths if requirements.is_requirement_file(p)]
    if files and len(files) != len(paths):
        raise errors.InputError("give one suite.yaml or PACTS requirement files (*.txt), not both")
    if not files and len(paths) > 1:
        raise errors.InputError("one suite.yaml at a time (several files must be PACTS requirement files, *.txt)")
    with planning.open_planner(settings, environ=environ) as planner:
        try:
            if files:
                prepared = requirements.prepare_files(
                    paths, environ=environ, base_url=base_url, selection=selection, planner=planner
                )
            else:
                prepared = submitting.prepare(
                    paths[0], environ=environ, base_url=base_url, selection=selection, planner=planner, read=read
                )
        except errors.PactsFarmError:
            planner.record_unattached()
            raise
        if dry_run:
            planner.record_unattached()
        return prepared


def _ignore(*_: object) -> None:
    return None


def _as_tuple(paths: Path | Sequence[Path]) -> tuple[Path, ...]:
    return (paths,) if isinstance(paths, Path) else tuple(paths)


def _load_yaml(paths: Path | Sequence[Path], base_url: str | None) -> SuiteFile | None:
    """This one suite.yaml loaded (syntax, schema, variables), or None for requirement files: a cheap check before
    the heavy imports, whose result planning reuses; raises errors.InputError for a file that does not load."""
    from pacts_farm.suites import suite

    paths = _as_tuple(paths)
    if len(paths) != 1 or paths[0].suffix.lower() not in (".yaml", ".yml"):
        return None
    return suite.load_suite_file(paths[0], environ=config.environment(), base_url=base_url)


def _freeze_heap() -> None:
    """Everything alive now (the imported engine, Celery, SQLAlchemy, Playwright: ~110k objects) is kept out of
    the garbage collector's full passes: in a demo run those took ~0.1 s and the pass at exit ~0.2 s."""
    gc.freeze()


def _shard(rt: Runtime, submission: Submission, index: int, count: int, *, say: LineCallback) -> Submission:
    """Shard INDEX of COUNT by predicted duration; tells every shard's prediction (the same in every CI job)."""
    from pacts_farm.farm import scheduling
    from pacts_farm import submit as submitting

    keys = [item.key for item in submission.suite.items]
    predictions = scheduling.predict_durations(rt.sessions, submission.suite)
    shards = scheduling.split_shards(keys, predictions, count)
    unknown = sum(1 for p in predictions.values() if not p.known)
    for each in shards:
        mark = "→" if each.index == index else " "
        say(f"{mark} shard {each.index}/{count}: {len(each.item_keys)} items, predicted {each.predicted_ms / 1000:.1f} s")
    if unknown:
        say(f"  ({unknown} items without history were predicted at the suite's median)")
    chosen = shards[index - 1]
    if not chosen.item_keys:
        say(f"shard {index}/{count} has no items: nothing to run")
    return submitting.restrict(submission, chosen.item_keys)


def _follow(
    rt: Runtime, run_id: str, submission: Submission, *, say: LineCallback, on_progress: ProgressCallback | None,
    wake: threading.Event | None = None,
) -> model.RunStatus:
    from pacts_farm import submit as submitting

    say(f"run {run_id}")
    show = on_progress or _ignore
    return submitting.follow(
        rt, run_id, lambda items: show(run_id, items), timeout_s=submitting.patience_s(submission), wake=wake
    )


def _output_dir(rt: Runtime, run_id: str) -> Path:
    from pacts_farm.store import repo

    return Path(repo.run_output_dir(rt.sessions, run_id))


def _ended(rt: Runtime, run_id: str, status: model.RunStatus) -> SuiteRun:
    """The run as it ended: its result and cache rate, from the store."""
    from pacts_farm.store import repo

    result = repo.load_run_result(rt.sessions, run_id)
    hits, lookups = repo.run_cache_rate(rt.sessions, run_id)
    return SuiteRun(
        run_id=run_id, status=status, result=result, output_dir=_output_dir(rt, run_id), cache_hits=hits,
        cache_lookups=lookups, flaky=tuple(i.item_key for i in result.items if i.verdict is model.Verdict.FLAKY),
    )
