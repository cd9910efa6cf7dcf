"""'The Document count for "Paid" is 26', 'the title of the second row': a table cell, by the title of its column and
the row it is in (the row that says the item, or the row at a position). The column said is kept: the check reads
that cell, never the whole row, so a 26 in another column of the row cannot pass it."""

from __future__ import annotations

import re

from pacts_farm import errors, model
from pacts_farm.finding import fields
from pacts_farm.browser import page_session

S = model.Strategy
_WORDS = re.compile(r"^[\w#%][\w#% .'-]{0,40}$")


def cell_said(target: model.Target) -> bool:
    """Is the target a column's title said for a row: for an item ("the status for Blue Mug") or at a position
    ("the title of the second row", descriptor ``fields.COLUMN_CELL``)?"""
    if target.role_hint is not None or target.exact or not _WORDS.match(target.text):
        return False
    if target.descriptor == fields.COLUMN_CELL:
        return bool(target.scope) or target.position is not None
    return bool(target.scope) and target.descriptor is None and target.position is None


def resolve_cell(session: page_session.PageSession, target: model.Target) -> model.Resolution | None:
    """The cell under the column ``target.text`` titles, in the row for ``target.scope`` or at ``target.position``;
    None when no table titles such a column or not exactly one row holds it."""
    position = target.position or 1
    picked = session.cell_pick(target.text, target.scope, position - 1 if position > 0 else position, target.region)
    if "error" in picked:
        if target.descriptor == fields.COLUMN_CELL:
            where = f"a row for {target.scope!r}" if target.scope else "that row"
            shown = "; ".join(picked.get("row_texts") or ())
            raise errors.LocatorNotFound(f"no table has a column titled {target.text!r} and {where}"
                                         + (f" (more than one row holds it: {shown})" if shown else ""))
        return None
    if not picked.get("rows"):
        return None  # the cell is there, but no selector finds exactly its table's rows
    if target.scope is None:
        row = model.Locator(strategy=S.CSS, value=picked["rows"], nth=-1 if position < 0 else position - 1)
    elif picked.get("row_says"):  # the row with a cell saying exactly that ("Paid", not "Unpaid")
        says = model.Locator(strategy=S.TEXT, value=picked["row_says"], exact=True)
        row = model.Locator(strategy=S.CSS, value=picked["rows"], has=says)
    else:
        row = model.Locator(strategy=S.CSS, value=picked["rows"], has_text=target.scope)
    cell = model.Locator(strategy=S.CSS, value=f":scope > :nth-child({picked['child']})", scope=row)
    return session.found_alone(cell, 0.9)
