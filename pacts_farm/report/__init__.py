"""RunResult -> files a person or a CI server reads. Reads the store's view of a run, never the browser."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from pacts_farm import model
from pacts_farm.report import html, junit, results
from pacts_farm.report.html import LocalFolder, RunFolder

__all__ = ["LocalFolder", "RunFolder", "write_reports"]


def write_reports(
    run: model.RunResult, out_dir: Path, *, history: Mapping[str, html.RequirementHistory] | None = None,
    health: Mapping[str, model.RequirementHealth] | None = None, files: html.RunFolder | None = None,
    heal_rates: Mapping[str, tuple[int, float]] | None = None,
) -> tuple[Path, ...]:
    """results.json, junit.xml and report.html in ``out_dir``; ``history`` adds pass/flaky rates per requirement,
    ``heal_rates`` each heal strategy's (attempts, success rate) in the apps the run healed in.

    ``files``: where the report reads screenshots and try evidence when not from ``out_dir`` (a farm run's, in the store).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = (
        _write_atomic(out_dir / "results.json", results.results_json(run)),
        _write_atomic(out_dir / "junit.xml", junit.junit_xml(run)),
        _write_atomic(
            out_dir / "report.html",
            html.report_html(run, files or out_dir, history=history, health=health, heal_rates=heal_rates),
        ),
    )
    return written


def _write_atomic(path: Path, content: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
