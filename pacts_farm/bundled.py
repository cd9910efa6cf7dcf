"""Files shipped inside the package, read with importlib.resources so an installed wheel finds them:
the JSON Schemas (schemas/), the demo suite (examples/), dom.js, the demo app (demo/static/) and the
migrations (store/migrations/). The checkout's top-level schemas/ and examples/ are links to these folders."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

DEMO_SUITE = ("examples", "demo-suite.yaml")
MIGRATIONS = ("store", "migrations")


def file(*parts: str) -> Traversable:
    """A file or folder of the package, e.g. file("schemas", "plan.schema.json")."""
    return resources.files(__package__ or "pacts_farm").joinpath(*parts)


def text(*parts: str) -> str:
    return file(*parts).read_text(encoding="utf-8")


def schema(name: str) -> dict[str, Any]:
    """schemas/NAME.schema.json, parsed."""
    return json.loads(text("schemas", f"{name}.schema.json"))


def as_path(*parts: str) -> AbstractContextManager[Path]:
    """A real path for a packaged file or folder while the context lasts (the suite loader and alembic want one)."""
    return resources.as_file(file(*parts))
