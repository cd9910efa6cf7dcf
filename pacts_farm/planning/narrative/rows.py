"""What a row shows."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ROW_ORDINAL, in_quotes, row_values


@retelling("A row by its name, who did it and when", 'The last row is "January rent", paid by Alice on 2025-01-03', (A.EXPECT_TEXT,) * 3,
           r"^(?P<row>the\s+(?:first|second|third|fourth|fifth|last)\s+row)\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s*,\s*"
           r"(?:[a-z]+ed|paid|made|sent|written|bought|done|taken|given|won|run)\s+by\s+(?P<who>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)\s+(?:on|at|in)\s+(?P<when>[\w/.:-]+(?:\s+[\w/.:,-]+){0,2})$")
def _row_by_who_when(said: Said) -> list[Retold]:
    """ "…, paid by Alice on 2025-01-03": the row shows its name, the person and the date (the verb names their columns)."""
    row = said["row"]
    return [(f"{row} is {said['name']}", f'{row} shows "{said["who"]}"', f'{row} shows "{said["when"]}"')]


@retelling("What a row shows, value by value", 'The second row shows "Bit Flippers" with 1210 points', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<ord>" + ROW_ORDINAL + r")\s+(?P<noun>row|entry|line|item)(?P<of>\s+(?:of|in)\s+the\s+[^\"“]+?)?\s+"
           r"(?:shows|is|has|contains|reads|lists)\s+(?:now\s+|still\s+)?(?P<values>.+)$")
def _row_shows(said: Said) -> list[Retold]:
    values = row_values(said["values"])
    if not values or (len(values) == 1 and values[0] == phrases.strip_quotes(said["values"])):
        return []  # one value as said: the rules read that sentence themselves
    if any(re.match(r"(?i)the\s+" + ROW_ORDINAL + r"(?:\s+(?-i:[a-z]+))?\s+is\s", v) for v in values):
        return []  # "…, the third is Forum upgrade feedback", "… and the last row is X": the next row, said in turn
    row = f"the {said['ord']} {said['noun']}{' ' + said['of'] if said.has('of') else ''}"
    return [tuple(f'Verify {row} shows "{v}"' for v in values)]


@retelling("A row found by one value, showing another", 'The table shows a row dated "2026-11-03 08:14" with the message "Timeout"',
           (A.EXPECT_TEXT,), r"^the\s+.+?\s+(?:shows|has|contains|lists)\s+an?\s+(?:row|entry|line)\s+(?:dated|for|with|showing|named)\s+(?P<values>.+)$")
def _row_found_by(said: Said) -> list[Retold]:
    values = row_values(said["values"])
    if len(values) < 2:
        return []
    return [tuple(f'Verify the row for "{values[0]}" shows "{v}"' for v in values[1:])]


@retelling("A row first, then what its columns show", "In the General Discussion row, the Topics column shows 12 and the Posts column shows 22", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^in\s+the\s+(?P<row>(?:\"[^\"]+\"|“[^”]+”|[^,\"“]+?))\s+row\s*,\s+(?P<facts>the\s+.+?\s+column\s+(?:shows|says|reads|is)\s+\S.*)$")
def _row_then_columns(said: Said) -> list[Retold]:
    facts = phrases.cut_outside_quotes(said["facts"], re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=the\s)"))
    if not all(re.match(r"(?i)the\s+.+?\s+column\s+(?:shows|says|reads|is)\s+\S", f) for f in facts):
        return []
    row = phrases.strip_quotes(said["row"])
    return [tuple(f'{_SAYS_AS_SHOWS.sub(" shows ", f, count=1)} for "{row}"' for f in facts)]


_SAYS_AS_SHOWS = re.compile(r"(?i)\s+(?:says|reads|is)\s+")


@retelling("A name listed with a text of its row", 'Under Community, Staff Lounge is listed with "Private area for the moderators"', (A.EXPECT_VISIBLE, A.EXPECT_TEXT),
           r"^(?P<under>under\s+[^,\"“]+,\s+)?(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z&])[\w'&.-]*){0,4})\s+is\s+(?:listed|shown)\s+with\s+(?:(?:an?|the)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)(?:\s+(?:label|badge|tag|marker|access|status|role))?$")
def _listed_with(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"])
    under = f"{said['under']} " if said.has("under") else ""
    return [(f'{under}"{name}" is listed', f'Verify the row for "{name}" shows {said["value"]}')]


@retelling("An item said by its kind and name, who made it and a count", 'The topic "Moderation guidelines draft" by maria is listed, with 2 posts', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+[a-z]+\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:by\s+(?P<who>[\w.@-]+)\s+)?is\s+(?:listed|shown)\s*,?\s+with\s+(?P<n>\d+)\s+[a-z]+$")
def _listed_with_count(said: Said) -> list[Retold]:
    told = [f'Verify the row for {said["name"]} shows "{said["who"]}"'] if said.has("who") else []
    return [(*told, f'Verify the row for {said["name"]} shows "{said["n"]}"')]


@retelling("A user with a count of things", "alice has 10 posts", (A.EXPECT_TEXT,),
           r"^(?P<name>(?-i:[a-z])[\w.@-]*)\s+has\s+(?P<n>\d+)\s+(?P<noun>[a-z]+)$")
def _user_has_count(said: Said) -> list[Retold]:
    # a user named in lower case, as a member list shows them: the figure is in that user's row
    return [(f'Verify the row for "{said["name"]}" shows "{said["n"]}"',)]


@retelling("A cell said by its column and its row", 'The Last Checked cell for Globex Blog says "just now"', (A.EXPECT_TEXT,),
           r"^the\s+(?P<column>(?-i:[A-Z])[\w' -]*?|\"[^\"]+\"|“[^”]+”)\s+cell\s+(?:for|of|in\s+the\s+row\s+for)\s+(?P<row>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+"
           r"(?:says|shows|reads|is|contains)\s+(?P<value>\"[^\"]+\"|“[^”]+”|\S.*)$")
def _cell_of_column_and_row(said: Said) -> list[Retold]:
    return [(f'The row for {said["row"]} shows {in_quotes(said["value"])} under {phrases.strip_quotes(said["column"])}',)]
