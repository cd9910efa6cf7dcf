"""Which items of a suite to run: --tags, --grep, --only, and a --retries override.

Applied after the suite is loaded and before anything is planned or written, so an empty
selection is an input error with nothing half-submitted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from pacts_farm import errors, model


@dataclass(frozen=True, kw_only=True, slots=True)
class Selection:
    tags: tuple[str, ...] = ()  # any of these tags
    grep: str | None = None  # in the requirement id, item key or title, case-insensitive
    only: tuple[str, ...] = ()  # requirement ids (or item keys)
    retries: int | None = None  # overrides the suite's and requirements' retries

    @property
    def filters(self) -> bool:
        return bool(self.tags or self.grep or self.only)

    def describe(self) -> str:
        parts = []
        if self.tags:
            parts.append(f"--tags {','.join(self.tags)}")
        if self.grep:
            parts.append(f"--grep {self.grep!r}")
        for only in self.only:
            parts.append(f"--only {only}")
        return " ".join(parts)


def parse_tags(text: str | None) -> tuple[str, ...]:
    """"smoke, login" -> ("smoke", "login")."""
    if not text:
        return ()
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def matches(item: model.Item, selection: Selection) -> bool:
    if selection.tags and not set(selection.tags) & set(item.tags):
        return False
    if selection.only and item.requirement_id not in selection.only and item.key not in selection.only:
        return False
    if selection.grep:
        needle = selection.grep.casefold()
        haystack = (item.requirement_id, item.key, item.title)
        if not any(needle in text.casefold() for text in haystack):
            return False
    return True


def select_items(suite: model.Suite, selection: Selection) -> model.Suite:
    """The suite with only the selected items (retries overridden); errors.InputError when none is left."""
    if selection.only:
        known = {i.requirement_id for i in suite.items} | {i.key for i in suite.items}
        unknown = [o for o in selection.only if o not in known]
        if unknown:
            raise errors.InputError(
                f"{suite.source}: --only {', '.join(unknown)}: no such requirement"
                f" (ids: {_listing(sorted({i.requirement_id for i in suite.items}))})"
            )
    items = tuple(i for i in suite.items if matches(i, selection))
    if not items:
        tags = sorted({t for i in suite.items for t in i.tags})
        raise errors.InputError(
            f"{suite.source}: {selection.describe()} selects no requirement of the {len(suite.items)} items"
            f" (tags in this suite: {_listing(tags) or 'none'})"
        )
    if selection.retries is not None:
        items = tuple(dataclasses.replace(i, retries=selection.retries) for i in items)
    return dataclasses.replace(suite, items=items)


def _listing(names: Sequence[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
