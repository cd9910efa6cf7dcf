"""What a row shows."""

from __future__ import annotations

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ROW_ORDINAL, row_values


@retelling("A row by its name, who did it and when", 'The last row is "January rent", paid by Alice on 2025-01-03', (A.EXPECT_TEXT,) * 3,
           r"^(?P<row>the\s+(?:first|second|third|fourth|fifth|last)\s+row)\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s*,\s*"
           r"(?:[a-z]+ed|paid|made|sent|written|bought|done|taken|given|won|run)\s+by\s+(?P<who>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)\s+(?:on|at|in)\s+(?P<when>[\w/.:-]+(?:\s+[\w/.:,-]+){0,2})$")
def _row_by_who_when(said: Said) -> list[Retold]:
    """ "…, paid by Alice on 2025-01-03": the row shows its name, the person and the date (the verb names their columns)."""
    row = said["row"]
    return [(f"{row} is {said['name']}", f'{row} shows "{said["who"]}"', f'{row} shows "{said["when"]}"')]


@retelling("What a row shows, value by value", 'The second row shows "Bit Flippers" with 1210 points', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<ord>" + ROW_ORDINAL + r")\s+(?P<noun>row|entry|line|item)(?P<of>\s+(?:of|in)\s+the\s+[^\"“]+?)?\s+"
           r"(?:shows|is|has|contains|reads|lists)\s+(?P<values>.+)$")
def _row_shows(said: Said) -> list[Retold]:
    values = row_values(said["values"])
    if not values or (len(values) == 1 and values[0] == phrases.strip_quotes(said["values"])):
        return []  # one value as said: the rules read that sentence themselves
    row = f"the {said['ord']} {said['noun']}{' ' + said['of'] if said.has('of') else ''}"
    return [tuple(f'Verify {row} shows "{v}"' for v in values)]


@retelling("A row found by one value, showing another", 'The table shows a row dated "2026-11-03 08:14" with the message "Timeout"',
           (A.EXPECT_TEXT,), r"^the\s+.+?\s+(?:shows|has|contains|lists)\s+an?\s+(?:row|entry|line)\s+(?:dated|for|with|showing|named)\s+(?P<values>.+)$")
def _row_found_by(said: Said) -> list[Retold]:
    values = row_values(said["values"])
    if len(values) < 2:
        return []
    return [tuple(f'Verify the row for "{values[0]}" shows "{v}"' for v in values[1:])]
