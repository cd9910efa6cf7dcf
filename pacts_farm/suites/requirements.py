"""PACTS requirement files -> one suite: `pacts-farm submit requirements/*.txt`.

A file holds one requirement: ``Test:`` (its title), ``URL:`` (start page), numbered steps or free-form
lines, ``Expected:`` (becomes an assertion). The files become one suite.yaml text (what the store keeps
and a schedule replays), loaded by the suite loader; each file is planned with its own name and line
numbers in messages. The base URL is --base-url, else the origin of the first absolute URL: line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from pacts_farm import errors
from pacts_farm.suites import suite
from pacts_farm.planning import planner as planning
from pacts_farm.suites import selection as selecting
from pacts_farm import submit

SUFFIX = ".txt"
_TEST = re.compile(r"^\s*test\s*:\s*(?P<title>.+?)\s*$", re.IGNORECASE)
_URL = re.compile(r"^\s*url\s*:\s*(?P<url>\S+)\s*$", re.IGNORECASE)
_ID_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


def is_requirement_file(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX


def prepare_files(
    paths: Sequence[Path],
    *,
    environ: Mapping[str, str],
    base_url: str | None = None,
    selection: selecting.Selection | None = None,
    planner: planning.Planner | None = None,
) -> submit.Submission:
    """Read, validate and plan every file; raises errors.InputError before anything is written."""
    texts = [_read(path) for path in paths]
    ids = _unique_ids(paths)
    origin = base_url or _first_origin(paths, texts)
    if origin is None:
        raise errors.SuiteInvalid(
            "no base URL", path=str(paths[0]),
            hint="add an absolute URL: line (URL: http://127.0.0.1:8765/login) or pass --base-url",
        )
    content = suite_yaml(paths, texts, ids, base_url=origin)
    source = str(paths[0]) if len(paths) == 1 else f"{paths[0].parent}/*{SUFFIX}"
    loaded = suite.load_suite_text(content, source=source, environ=environ, base_url=base_url)
    by_id = dict(zip(ids, paths))
    items = tuple(replace(item, line=0, index=None) for item in loaded.items)  # lines count in the .txt file
    loaded = replace(loaded, items=items)
    if selection is not None:
        loaded = selecting.select_items(loaded, selection)
    if planner is not None:
        planner.use_suite(loaded)
    plans = submit.plan_items(
        loaded.items, base_url=loaded.base_url, planner=planner, source_of=lambda item: str(by_id[item.requirement_id])
    )
    calls = tuple(planner.calls) if planner is not None else ()
    return submit.Submission(suite=loaded, content=content, plans=tuple(plans), llm_calls=calls)


def suite_yaml(paths: Sequence[Path], texts: Sequence[str], ids: Sequence[str], *, base_url: str) -> str:
    """The files as one suite.yaml (JSON-quoted scalars, each file a literal block)."""
    name = _title(texts[0], paths[0]) if len(paths) == 1 else f"{paths[0].parent.name or 'requirements'} requirements"
    lines = [f"name: {json.dumps(name[:200])}", f"base_url: {json.dumps(base_url)}", "requirements:"]
    for path, text, rid in zip(paths, texts, ids):
        lines += [f"  - id: {json.dumps(rid)}", f"    title: {json.dumps(_title(text, path)[:500])}", "    text: |"]
        lines += [("      " + raw.strip()) if raw.strip() else "" for raw in text.splitlines()]
    return "\n".join(lines) + "\n"


def _read(path: Path) -> str:
    text = suite.read_text_file(path)
    if not any(line.strip() and not _TEST.match(line) and not _URL.match(line) for line in text.splitlines()):
        raise errors.SuiteInvalid(
            "no steps", path=str(path), hint="write numbered steps (1. Click Login) and an Expected: line"
        )
    return text


def _title(text: str, path: Path) -> str:
    found = next((m.group("title") for m in map(_TEST.match, text.splitlines()) if m), None)
    return found or path.stem


def _unique_ids(paths: Sequence[Path]) -> list[str]:
    ids: list[str] = []
    for path in paths:
        base = _ID_CHARS.sub("-", path.stem).strip("-._")[:60] or "requirement"
        if not base[0].isalnum():
            base = "r" + base
        rid, n = base, 2
        while rid in ids:
            rid, n = f"{base}-{n}", n + 1
        ids.append(rid)
    return ids


def _first_origin(paths: Sequence[Path], texts: Sequence[str]) -> str | None:
    for text in texts:
        for line in text.splitlines():
            match = _URL.match(line)
            if match:
                parts = urlsplit(match.group("url"))
                if parts.scheme in ("http", "https") and parts.netloc:
                    return f"{parts.scheme}://{parts.netloc}"
    return None

