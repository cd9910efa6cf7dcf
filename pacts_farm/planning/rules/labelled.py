"""A value named by the label the page shows beside it: "Verify the Due back is 2020-01-01" (pairs.py finds it:
dt/dd, a two-column row, "<strong>Label:</strong> value", label and value spans). Tried after the element rules,
so a field's value, a badge or the Nth item keep their own reading."""

from __future__ import annotations

import re

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import ASSERT, STATE_WORDS, A, Intent, book, rule, unquoted, value_of


_COLUMN_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")  # "unit_price": a field shown by its column name


@book("A value named by its label", A.EXPECT_TEXT,
      ('Verify the LABEL is VALUE (a label the page shows beside its value)', 'Verify the Due back date is 2020-01-01'),
      ('Verify the "LABEL" is "VALUE"', 'Verify the "Price (incl. tax)" is "£7.99"'),
      ('Verify LABEL (ASIDE) is VALUE, or a field by its column name', 'Verify unit_price is 129'))
@rule(ASSERT + r"(?:the\s+)?(?P<label>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,4}?(?:\s+\([\w' -]+\))?)\s+(?:is|reads|equals)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?:the\s+)?" + phrases.quoted("label") + r"\s+(?:is|reads|equals)\s+" + phrases.quoted("value") + r"$")
def _labelled_value(m: re.Match[str]) -> Intent | None:
    label, value = value_of(m, "label"), value_of(m, "value")
    if phrases.was_quoted(m, "label"):  # 'the "Price (incl. tax)" is "£7.99"': the label as written
        return Intent(A.EXPECT_TEXT, target=model.Target(text=label, exact=True), value=value)
    if not (label[:1].isupper() or _COLUMN_NAME.fullmatch(label)) or (not phrases.was_quoted(m, "value") and STATE_WORDS.match(value)):
        return None  # "the user is logged in": a state, not a labelled value
    target = phrases.parse_target(label)
    if target.role_hint or target.descriptor or target.scope or target.region or target.position is not None:
        return None  # "the cart badge is 2", "the first product is X": what the element rules read
    return Intent(A.EXPECT_TEXT, target=target, value=value)
