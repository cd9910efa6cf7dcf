"""A run's files (screenshots, traces, try evidence with DOM excerpts, reports) where every host can reach them.

Embedded, the run's folder is the place. On the farm, hosts share nothing but Redis and Postgres: a worker
writes into its own scratch folder, hands the files to the store with the step that made them, and deletes
them; whoever wants the folder (`submit --wait`, `report`, the dashboard) gets it from the store.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from pacts_farm import config
from pacts_farm.store import run_files
from pacts_farm.store.run_files import Sessions

REPORT_FILES = ("results.json", "junit.xml", "report.html")


def kept_in_store(mode: str) -> bool:
    """A farm run's files live in the store; an embedded run's in its folder."""
    return mode != "embedded"


def scratch_folder(settings: config.Settings, run_id: str) -> Path:
    """Where this worker writes a farm run's files before the store takes them (its own disk, never the caller's)."""
    return settings.effective_artifacts_dir / run_id


def caps(settings: config.Settings) -> run_files.Caps:
    return run_files.Caps(file_bytes=settings.artifact_max_bytes, run_bytes=settings.run_artifacts_max_bytes)


def collect(folder: Path, run_folder: Path) -> list[tuple[str, bytes]]:
    """Every file under ``folder`` as (path relative to ``run_folder``, bytes)."""
    if not folder.is_dir():
        return []
    return sorted(
        (path.relative_to(run_folder).as_posix(), path.read_bytes()) for path in folder.rglob("*") if path.is_file()
    )


def discard(folder: Path) -> None:
    """A scratch folder whose files the store now holds."""
    shutil.rmtree(folder, ignore_errors=True)


class StoredFolder:
    """A farm run's folder as the store holds it (report.html reads screenshots and try evidence through this)."""

    def __init__(self, sessions: Sessions, run_id: str) -> None:
        self._sessions, self._run_id = sessions, run_id
        self._listing = run_files.listing(sessions, run_id)

    def read(self, relative: str) -> bytes | None:
        return run_files.read(self._sessions, self._run_id, relative) if relative in self._listing else None

    def has(self, relative: str) -> bool:
        return relative in self._listing

    def shown(self, relative: str) -> str:
        return relative  # next to report.html once the folder is written out

    def paths(self) -> set[str]:
        return set(self._listing)


def write_out(sessions: Sessions, run_id: str, out_dir: Path, *, skip: tuple[str, ...] = ()) -> list[Path]:
    """Write the run's stored files into ``out_dir`` on this machine; a file already there with the same content
    is left alone. Returns the paths written or found current."""
    root = out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    written = []
    stored = run_files.listing(sessions, run_id)
    for relative, entry in sorted(stored.items()):
        if relative in skip:
            continue
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or target == root:
            continue  # never outside the folder asked for
        if not (target.is_file() and target.stat().st_size == entry.size and _sha256(target) == entry.sha256):
            content = run_files.read(sessions, run_id, relative)
            if content is None:  # deleted meanwhile (cleanup)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.part")
            partial.write_bytes(content)
            partial.replace(target)
        written.append(target)
    return written


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
