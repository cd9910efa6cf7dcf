"""A farm run's files in the system of record: bytes once per content (sha256), listed per run by relative path.

Capped per file and per run; what does not fit is left out and named in the run's notes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from pacts_farm.store import db
from pacts_farm.store.models import BlobRow, RunFileRow, RunRow

Sessions = sessionmaker[Session]


@dataclass(frozen=True, kw_only=True, slots=True)
class Caps:
    file_bytes: int  # PACTS_ARTIFACT_MAX_BYTES
    run_bytes: int  # PACTS_RUN_ARTIFACTS_MAX_BYTES


@dataclass(frozen=True, kw_only=True, slots=True)
class Stored:
    path: str
    sha256: str
    size: int


def put_in(s: Session, run_id: str, files: Sequence[tuple[str, bytes]], *, caps: Caps, replace_under: str | None = None) -> list[str]:
    """Store (relative path, bytes) for a run in the caller's transaction, replacing same-path files.

    ``replace_under``: a folder ("login/") whose earlier files all go first (a redelivered item's execution).
    Returns the notes of files left out (over a cap); they are added to the run's notes too.
    """
    paths = {path for path, _ in files}
    earlier = s.execute(select(RunFileRow.id, RunFileRow.path).where(RunFileRow.run_id == run_id)).all()
    gone = [row_id for row_id, path in earlier if path in paths or (replace_under is not None and path.startswith(replace_under))]
    if gone:
        s.execute(delete(RunFileRow).where(RunFileRow.id.in_(gone)))
    used = int(s.scalar(select(func.coalesce(func.sum(RunFileRow.size), 0)).where(RunFileRow.run_id == run_id)) or 0)
    notes, now = [], datetime.now(timezone.utc)
    for path, content in sorted(files):
        size = len(content)
        if size > caps.file_bytes:
            notes.append(f"{path} not stored: {size} bytes, over PACTS_ARTIFACT_MAX_BYTES ({caps.file_bytes})")
            continue
        if used + size > caps.run_bytes:
            notes.append(f"{path} not stored: the run's files would pass PACTS_RUN_ARTIFACTS_MAX_BYTES ({caps.run_bytes})")
            continue
        digest = hashlib.sha256(content).hexdigest()
        _put_blob(s, digest, content)
        s.add(RunFileRow(run_id=run_id, path=path, sha256=digest, size=size, created_at=now))
        used += size
    s.flush()
    if notes:
        run = s.get(RunRow, run_id)
        if run is not None:
            run.notes = [*(run.notes or ()), *notes]
    return notes


def put(sessions: Sessions, run_id: str, files: Sequence[tuple[str, bytes]], *, caps: Caps) -> list[str]:
    with db.transaction(sessions) as s:
        return put_in(s, run_id, files, caps=caps)


def _put_blob(s: Session, digest: str, content: bytes) -> None:
    """The content once, whoever stored it first (two workers may store the same bytes at once)."""
    dialect = s.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(BlobRow)
    s.execute(insert.values(sha256=digest, size=len(content), content=content).on_conflict_do_nothing(index_elements=[BlobRow.sha256]))


def listing(sessions: Sessions, run_id: str) -> dict[str, Stored]:
    """The run's stored files by relative path (no bytes)."""
    with db.transaction(sessions) as s:
        rows = s.execute(select(RunFileRow.path, RunFileRow.sha256, RunFileRow.size).where(RunFileRow.run_id == run_id)).all()
    return {path: Stored(path=path, sha256=digest, size=size) for path, digest, size in rows}


def runs_with(sessions: Sessions, run_ids: Sequence[str], path: str) -> set[str]:
    """Which of these runs have a stored file at ``path`` (e.g. report.html)."""
    if not run_ids:
        return set()
    with db.transaction(sessions) as s:
        return set(s.scalars(select(RunFileRow.run_id).where(RunFileRow.run_id.in_(list(run_ids)), RunFileRow.path == path)))


def read(sessions: Sessions, run_id: str, path: str) -> bytes | None:
    with db.transaction(sessions) as s:
        return s.scalar(
            select(BlobRow.content).join(RunFileRow, RunFileRow.sha256 == BlobRow.sha256)
            .where(RunFileRow.run_id == run_id, RunFileRow.path == path)
        )


def read_all(sessions: Sessions, run_id: str, *, skip: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of every stored file of the run but ``skip``, one file at a time."""
    for stored in listing(sessions, run_id).values():
        if stored.path in skip:
            continue
        content = read(sessions, run_id, stored.path)
        if content is not None:
            yield stored.path, content


def delete_unreferenced_blobs(sessions: Sessions) -> int:
    """Contents no run file names any more (their runs were deleted); returns how many went."""
    with db.transaction(sessions) as s:
        used = select(RunFileRow.sha256).distinct()
        return s.execute(delete(BlobRow).where(BlobRow.sha256.not_in(used))).rowcount or 0
