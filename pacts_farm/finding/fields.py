"""The fields a person reads on an item of a list (its price, its name, its rating): one table for every rule that
names one ("sorted by price", "the price of the first product", "the price for Blue Mug") and for how a field's
values are compared (text fields alphabetically, the others as numbers when they hold them)."""

from __future__ import annotations

# the field words, canonical first; "amount" and "cost" are how people say price, "title" how they say name
FILTER_FIELDS: tuple[str, ...] = (
    "price", "name", "title", "date", "rating", "amount", "total", "subtotal", "cost", "score", "value", "label", "size",
    "number", "quantity", "qty", "description", "status", "count",
)
# field words that also name things other than an item's field ("the label for Email" is the label element, "the
# count for Books" a figure): not read as "the FIELD for ITEM"
NOT_PARTS: frozenset[str] = frozenset({"label", "value", "number", "count", "size", "score"})
# fields whose values are words: sorted as text, case-insensitive
# the descriptor of a target that is a table cell said by its column ("the Document count for Paid"): that cell or none
COLUMN_CELL = "column"
TEXT_FIELDS: frozenset[str] = frozenset({"name", "title", "label", "description", "status"})


def alternation(*words: str) -> str:
    """The given field words (all of them when none is given) as a regex alternation, longest first."""
    chosen = words or FILTER_FIELDS
    return "|".join(sorted(chosen, key=len, reverse=True))


def is_field(word: str) -> bool:
    return word.lower() in FILTER_FIELDS


def part_alternation() -> str:
    """The field words that name a part of an item ("the price for Blue Mug"), as a regex alternation."""
    return alternation(*(w for w in FILTER_FIELDS if w not in NOT_PARTS))
