"""Beat's heartbeat: a file holding the time beat last finished a scheduler pass. Its age says whether beat is
alive (a schedule file only says that beat once started); `pacts-farm beat --check` reads it for healthchecks."""

from __future__ import annotations

import os
from pathlib import Path

FILE_NAME = "beat-heartbeat"
MAX_AGE_S = 90.0  # the healthcheck's default: many scheduler passes (at most PACTS_BEAT_HEARTBEAT_S apart)


def path_in(home: Path) -> Path:
    return home / FILE_NAME


def write(path: Path, now: float) -> None:
    """Record ``now`` (epoch seconds); a reader never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(f"{now:.3f}\n", encoding="ascii")
    os.replace(partial, path)


def problem(path: Path, *, now: float, max_age_s: float = MAX_AGE_S) -> str | None:
    """None when beat wrote its heartbeat within ``max_age_s``, else what is wrong, in a sentence."""
    try:
        raw = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return f"no heartbeat at {path}: beat has not finished a scheduler pass (is it running with this PACTS_HOME?)"
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read the heartbeat {path}: {exc}"
    try:
        written = float(raw)
    except ValueError:
        return f"the heartbeat {path} holds {raw[:40]!r}, not a time"
    age = now - written
    if age > max_age_s:
        return f"beat's last scheduler pass was {age:.0f} s ago (allowed {max_age_s:g} s): beat is stuck or gone"
    return None
