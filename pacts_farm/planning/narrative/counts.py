"""Counted, then named; a list read out."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import N, ORDERS, in_quotes, in_this_order, names_said


@retelling("A count, then which ones", 'Only one project is listed, "Website Relaunch"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^(?:(?P<q>only|exactly|just)\s+)?(?:all\s+)?(?P<n>" + N + r")\s+(?P<noun>[a-z][\w -]*?)\s+"
           r"(?:(?:is|are)\s+(?:(?:now|still)\s+)?(?:listed|shown|visible|displayed|left|found|returned)(?:\s+again)?(?P<place>\s+(?:in|on|under)\s+the\s+[\w -]+?)?|remains?"
           r"|(?P<only_place>\s*(?:in|on|under)\s+the\s+[\w -]+?)(?=\s*:))"  # "Expect 3 plans in the results table: A, B, C"
           r"\s*(?:,\s*and\s+(?:it|they)\s+(?:is|are)\s+|,\s*(?P<each>each|all)\s+(?:with|showing|marked)\s+(?:an?\s+|the\s+)?|[,:–—-]\s*|$)(?P<values>.*)$")
def _counted_then_named(said: Said) -> list[Retold]:
    n, noun = said["n"], said["noun"]
    place = " " + (said["place"] or said["only_place"]).strip() if said.has("place") or said.has("only_place") else ""
    count = f"Verify {said['q'] + ' ' if said.has('q') else ''}{n} {noun} are shown{place}"
    values = said["values"]
    if not values:
        return [(count,)]
    if re.match(r"(?-i:the|a|an)\s", values):
        return []  # "…, the post for bob #1": what that one is, not a name listed
    if said.has("each"):  # "5 bookmarks are shown, each with an Unread marker"
        marker = re.sub(r"\s+(?:marker|badge|label|tag|icon)$", "", values, flags=re.IGNORECASE)
        return [(count, f'Verify every {phrases.singular(noun.split()[-1])} shows "{phrases.strip_quotes(marker)}"')]
    ends = re.fullmatch(r"(?:starting\s+with|from)\s+(?P<first>.+?)\s+(?:and\s+ending\s+with|to)\s+(?P<last>.+)", values, re.IGNORECASE)
    one = phrases.singular(noun.split()[-1])
    if ends:
        return [(count, f'Verify the first {one} is "{phrases.strip_quotes(ends["first"])}"',
                 f'Verify the last {one} is "{phrases.strip_quotes(ends["last"])}"')]
    in_order = re.match(r"(?i)in\s+(?:this|that|the\s+following)\s+order\s*[,:]?\s*", values)
    if in_order:  # "3 users are listed, in this order, Carol Viewer, Bob Analyst and Alice Admin"
        names = names_said(values[in_order.end():])
        return [(count, in_this_order(noun, names))] if len(names) > 1 else []
    names = phrases.split_values(values)
    if not names:
        return []
    placed = [_PLACED.fullmatch(name) for name in names]
    if len(names) > 1 and all(placed):  # "Welcome to the community first and Forum rules second": their order
        return [(count, in_this_order(noun, [p["name"] for p in sorted(placed, key=lambda p: _PLACES.index(p["place"].lower()))]))]
    if phrases.number(n) == 1 and len(names) > 1:
        return []  # "one user is listed, carol, in the group Member": the one, then what its row shows (a later form)
    if phrases.number(n) == 1 and len(names) == 1:  # the one item shown is that one, among those just counted
        return [(count, f'Verify every {one} shows "{names[0]}"')]
    return [(count, *(f'Verify "{name}" is listed' for name in names))]


_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth", "last")
_PLACED = re.compile(r"(?P<name>.+?)\s+(?P<place>" + "|".join(_PLACES) + r")", re.IGNORECASE)


@retelling("A count in a part, then which ones", "The user table has 5 rows - admin, alice, bob, carol and tester", (A.EXPECT_COUNT,) + (A.EXPECT_VISIBLE,) * 5,
           r"^(?P<count>(?P<place>(?:the|a|an)\s+.+?)\s(?:has|have|shows|contains|lists)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*))"
           r"(?:\s+[-–—]\s+|\s*:\s*|\s*,\s*namely\s+|(?P<order>\s*,?\s*" + ORDERS + r"\s*[:,–—-]?\s*))(?P<values>.+)$")
def _count_then_which(said: Said) -> list[Retold]:
    names = names_said(said["values"])
    if not names:
        return []
    place = "" if re.match(r"(?i)the\s+(?:page|screen)\b", said["place"]) else f" in {said['place']}"  # 'The page "Your proposals"'
    if re.fullmatch(r"(?i)the\s+(?:table|list|grid|results)", said["place"]):
        place = ""  # "the table lists 4 categories …": the page's table, not a part titled "table"
    if said.has("order"):  # "The Backlog column has 3 tasks, top to bottom: …": the count, then their order there
        return [(f"Verify {said['count']}", in_this_order(f"{said['noun']}{place}", names))] if len(names) > 1 else []
    listed = tuple(_listed(n) for n in names)
    table = re.fullmatch(r"(?i)the\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+table", said["place"])
    if table and phrases.singular(said["noun"]).lower() not in ("row", "table"):
        # "the limits table has 3 categories: …": its rows, whatever its markup calls them (the rows of the one table
        # whose headings or title say those words)
        rows = f"Verify the {table['name']} table has {said['n']} {phrases.singular(said['noun'])} rows"
        return [(rows, *listed), (f"Verify there are {said['n']} {said['noun']}{place}", *listed)]
    # "the schema browser lists 3 tables: …": a count of tables in it, before "3 tables" as a text it shows
    return [(f"Verify there are {said['n']} {said['noun']}{place}", *listed), (f"Verify {said['count']}", *listed)]


def _listed(name: str) -> str:
    """'Async Python in Practice (submitted)': the item listed, its row showing what the brackets say."""
    stated = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<state>[^()]+)\)", name)
    return f'Verify the row for "{stated["name"]}" shows "{stated["state"]}"' if stated else f'Verify "{name}" is listed'


# how a count is brought in before its names: "there are", "I must see", "it should have", "are" ("in the table are")
_BROUGHT_IN = (r"(?:there\s+(?:are|is|should\s+be|must\s+be)(?:\s+(?:now|still|also))?|(?:i\s+|we\s+)?(?:must|should|can)\s+see"
               r"|(?:it\s+|they\s+)?(?:should\s+|must\s+)?(?:has|have|holds?|shows?|lists?)|are|is)")


@retelling("A count in a part said first, then which ones", 'Under "Allowed Users" there are 4 users: Alice Martin, Bob Nguyen, Carol Diaz, Dave Kowalski',
           (A.EXPECT_COUNT,) + (A.EXPECT_VISIBLE,) * 4,
           r"^(?:(?P<where>under|in|on|within|inside)\s+(?P<part>(?:the\s+)?[^:,]+?)\s*,?\s+)?(?:" + _BROUGHT_IN + r"\s+)?(?:(?P<q>only|exactly|just)\s+)?"
           r"(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*(?:\s+(?!(?:there|here|now|left|listed|shown|visible|displayed|on|in|under)\b)[a-z][\w-]*)?)(?:\s+(?:are|is)\s+(?:listed|shown|displayed|on\s+the\s+(?:board|page|screen)))?"
           r"(?:(?P<order>\s*,?\s*" + ORDERS + r")?\s*(?:[:–—-]|(?P<comma>,))\s*(?P<values>.+))?$")
def _part_first_counted(said: Said) -> list[Retold]:
    """"Under "Allowed Users" there are 4 users: …", "In Active tab must see 3 users: …, in this order", "It should have
    6 unchecked items: …": the count where the sentence said, then each name, in the order said when it said one."""
    if not said.has("values"):  # 'Under "Quick links" there are 5 links': the count alone, where it was said
        return [(_count_in_part(said)[0],)] if said.has("where") else []
    values, ordered = said["values"], said.has("order")
    in_order = re.search(r"(?i)\s*,?\s+in\s+(?:this|that)\s+order$", phrases.mask_quoted(values))
    if in_order:
        values, ordered = values[: in_order.start()], True
    names = names_said(values)
    placed = [_PLACED.fullmatch(name) for name in names]
    if len(names) > 1 and all(placed):  # '"Engineering" first and "Content" second': in the order of their places
        names = [phrases.strip_quotes(p["name"]) for p in sorted(placed, key=lambda p: _PLACES.index(p["place"].lower()))]
        ordered = True
    elif said.has("comma"):
        return []  # "There are 2 tabs, and the first is …": a statement goes on after the comma
    if len(names) < 2 or len(names) != phrases.number(said["n"]) or any(re.search(r"(?i)\s(?:is|are|has|have|with|by)\s", f" {n} ") for n in names):
        return []  # as many names as counted, each a name
    count, group, listed = _count_in_part(said)
    if ordered:
        return [(count, in_this_order(group, names))]
    return [(count, *(f'Verify "{n}" is listed{listed}' for n in names))]


def _count_in_part(said: Said) -> tuple[str, str, str]:
    """The count told where it was said, the group its names are in, and where each is listed."""
    noun = said["noun"]
    if not said.has("where"):
        return f"Verify {said['q'] + ' ' if said.has('q') else ''}{said['n']} {noun} are shown", noun, ""
    part = said["part"]
    if said["where"].lower() == "under" or in_quotes(phrases.strip_quotes(part)) == part:
        name = phrases.strip_quotes(part)
        return f'Verify the "{name}" section has {said["n"]} {noun}', f'{noun} under "{name}"', f' under "{name}"'
    part = part if re.match(r"(?i)the\s", part) else f"the {part}"
    return f"Verify {part} has {said['n']} {noun}", f"{noun} in {part}", ""


@retelling("A kind listed in an order, said short", "Projects listed in order: Mobile App, Office Move, Website Redesign", (A.EXPECT_ORDER,),
           r"^(?!the\s)(?P<noun>[a-z][\w-]*s)\s+(?:(?:are|is)\s+)?(?:listed|shown)\s+" + ORDERS + r"\s*[:–—-]?\s*(?P<values>.+)$")
def _listed_in_order_short(said: Said) -> list[Retold]:
    names = names_said(said["values"])
    return [(in_this_order(said["noun"].lower(), names),)] if len(names) > 1 else []


@retelling("A part's rows counted, said with what they are", "The report table has 19 ticket rows", (A.EXPECT_COUNT,),
           r"^(?P<place>the\s+[\w -]*?(?:table|list|grid|report))\s+(?:now\s+)?(?:has|have|shows|contains|lists)\s+(?P<n>" + N + r")\s+[a-z][\w-]*\s+(?P<rows>rows|records|entries|lines)$")
def _rows_said_with_what(said: Said) -> list[Retold]:
    return [(f"Verify {said['place']} has {said['n']} {said['rows']}",)]


@retelling("How many show a text", 'Verify 2 switches show "OFF"', (A.EXPECT_COUNT,),
           r"^(?P<n>" + N + r")\s+(?:of\s+the\s+)?(?P<noun>[a-z][\w-]*s)\s+(?:show|say|read|display|are\s+(?:labell?ed|marked|tagged)(?:\s+as|\s+with)?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _how_many_show(said: Said) -> list[Retold]:
    # the elements whose whole text is the value, as many as said (which of the page's switches is not checked)
    return [(f"Verify {said['value']} is shown {said['n']} times",)]


@retelling("Only one name left", 'Only "Critical open tickets" is left', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^only\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w.@-]+)\s+(?:is|remains)\s*(?:listed|shown|left|visible|displayed)?$")
def _only_name_left(said: Said) -> list[Retold]:
    """One row left, and it is that one (rows: a table's, or the entries of the page's main list)."""
    return [(f"Only one row is listed, {in_quotes(said['name'])}",)]


@retelling("Only these names", 'Only Main Hall and "Workshop Room" remain', (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^only\s+(?P<names>(?!(?:the|a|an|one|two|three|\d+)\s).+?\s+and\s+.+?)\s+(?:are|remain)\s*(?:(?:now|still)\s+)?(?:listed|shown|left|visible|displayed)?$")
@retelling("The only ones of a kind, named first", "Frankenstein and The Last Man are the only books listed", (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<names>.+?\s+and\s+.+?)\s+are\s+the\s+only\s+(?P<noun>[a-z][\w-]*s)(?:\s+(?:listed|shown|left|visible|displayed))?$")
def _only_these(said: Said) -> list[Retold]:
    """Those rows and no other: as many rows as names (or as many of the kind said), each name listed."""
    names = names_said(said["names"])
    if len(names) < 2 or any(len(n.split()) > 4 or phrases.ARTICLES.match(n) and not n[:1].isupper() for n in names):
        return []  # "only the admins and the editors are listed": kinds, not names
    noun = said["noun"] if said.has("noun") else "rows"
    return [(f"Only {len(names)} {noun} are listed, {', '.join(in_quotes(n) for n in names)}",)]


@retelling("The only one", 'The only project shown is "Mobile App"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^the\s+only\s+(?P<noun>[a-z][\w -]*?)(?:\s+(?:shown|listed|left|visible|displayed))?\s+(?:is|remains)\s+(?P<value>.+)$")
def _the_only_one(said: Said) -> list[Retold]:
    one = phrases.singular(said["noun"].split()[-1])
    name, _, detail = said["value"].partition(" with ")  # 'the only row is "Die Verwandlung" with the language German'
    values = [phrases.strip_quotes(name.strip())]
    if detail:
        kind_said = re.fullmatch(r"(?:the|an?)\s+[a-z][\w-]*\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+(?:\s+[^\s\"“]+)?)", detail.strip())
        if kind_said is None:
            return []
        values.append(phrases.strip_quotes(kind_said["value"]))
    return [(f"Verify only 1 {said['noun']} is shown", *(f'Verify every {one} shows "{v}"' for v in values))]


@retelling("Named lists with nothing in them", "The Done and Archive lists show no cards", (A.EXPECT_COUNT, A.EXPECT_COUNT),
           r"^(?:both\s+)?the\s+(?P<names>.+?\s+and\s+.+?)\s+(?P<kind>lists|columns|lanes|sections)\s+(?:now\s+|still\s+)?(?:show|have|hold|contain)\s+no\s+(?P<noun>[a-z][\w-]*)$")
def _lists_empty(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or any(not n[:1].isupper() for n in names):
        return []  # "the old and new lists": no titles said
    kind = phrases.singular(said["kind"].lower())
    return [tuple(f'Verify the "{n}" {kind} has 0 {said["noun"]}' for n in names)]


@retelling("A part with a single item", 'The Booked list has a single card, "Reserve freight elevator"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<place>the\s+.+?)\s+(?:now\s+)?has\s+(?:a\s+single|only\s+one|just\s+one|exactly\s+one|1|one)\s+(?P<noun>[a-z][\w-]*)\s*[,:–—-]\s*(?P<value>.+)$")
def _single_item(said: Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"])
    if re.fullmatch(r"(?i:the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+list", said["place"]):  # "the monitor list": its entries
        return [(f"Verify 1 {said['noun']} is listed in {said['place']}", f'Verify "{value}" is listed in {said["place"]}')]
    named = re.fullmatch(r"the\s+(?P<name>.+?)\s+(?:list|column|lane|section|panel|group|table)", said["place"], re.IGNORECASE)
    if named:  # the one card of the Booked list is that card: read in that list
        return [(f"Verify {said['place']} has 1 {said['noun']}", f'Verify the "{phrases.strip_quotes(named["name"])}" section shows "{value}"')]
    return [(f"Verify {said['place']} has 1 {said['noun']}", f'Verify the first {said["noun"]} is "{value}"')]


@retelling("A list read out in order", "The lists from left to right are: Backlog, In Progress, Review, Done", (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z][\w -]*?)(?:\s+in\s+(?P<section>\"[^\"]+\"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?(?:\s*,?\s+" + ORDERS + r")?\s+"
           r"(?:are|read)(?:\s*,?\s+" + ORDERS + r")?(?:\s*[,:]\s*|\s+)(?P<values>.+)$")
def _read_out(said: Said) -> list[Retold]:
    values = phrases.split_values(re.sub(r"(?i)\s*,?\s+" + ORDERS + "$", "", said["values"]))  # "…, in that order", "… from top to bottom"
    if len(values) < 2 or any(phrases.ARTICLES.match(v) for v in values) or re.match(r"(?i)(?:sorted|ordered|arranged)\s", values[0]):
        return []  # "the fields are the name and the email", "the rows are sorted by X, …": not names read out
    if re.match(r"(?i)first\s+(?:two|three|four|five|six|\d)\s", said["noun"]):
        return []  # "the first four rows are …": those positions, each (below), not the order of a group called so
    under = f" under {said['section']}" if said.has("section") else ""
    return [(in_this_order(f"{said['noun']}{under}", values),)]


@retelling("Sorted, then which comes where", "The users are sorted by join date, newest first - carol, bob, alice, admin", (A.EXPECT_ORDER, A.EXPECT_ORDER),
           r"^(?P<sorted>the\s+(?P<noun>[a-z][\w -]*?)\s+are\s+(?:sorted|ordered)\s+by\s+[^,]+?\s*,\s*[a-z]+\s+first)"
           r"(?:\s*(?:[-–—:]|,\s*that\s+is)\s*(?P<names>[^,]+(?:\s*,\s*[^,]+)+)"
           r"|\s*,\s*with\s+(?P<name>.+?)\s+(?:in\s+the\s+|as\s+the\s+)(?P<place>first|last)(?:\s+(?:row|one|place))?)$")
def _sorted_then_where(said: Said) -> list[Retold]:
    """"… sorted by join date, newest first - carol, bob, alice": the order asked for, then the names in it; "…, with
    Alice Johnson in the last row": that one at that place."""
    if said.has("names"):
        names = names_said(said["names"])
        return [(f"Verify {said['sorted']}", in_this_order(said["noun"], names))] if len(names) > 1 else []
    return [(f"Verify {said['sorted']}", f"Verify the {said['place'].lower()} row shows {in_quotes(said['name'])}")]


@retelling("The first few, named", 'The first three bookmarks are "A List Apart", "Ansible" and "Apache"', (A.EXPECT_TEXT,) * 3,
           r"^the\s+first\s+(?P<n>two|three|four|five|six|\d)\s+(?P<noun>[a-z][\w-]*)\s+are\s*,?\s*(?:in\s+(?:this|that)\s+order\s*)?:?\s+(?P<values>.+)$")
def _first_few(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if len(values) != phrases.number(said["n"]):
        return []
    one = phrases.singular(said["noun"])
    return [tuple(f'Verify the {_ORDINAL_WORD[i]} {one} is "{v}"' for i, v in enumerate(values, start=1))]


_ORDINAL_WORD = {n: word for word, n in phrases.ORDINALS.items() if word.isalpha() and n > 0}  # 2 -> "second"


@retelling("A name at a position", "unused-tag is the last row", (A.EXPECT_TEXT,),
           r"^(?P<name>[^\"“]+?|\"[^\"]+\"|“[^”]+”)\s+is\s+(?:(?:still|now)\s+)?the\s+(?P<ord>" + phrases.ORDINAL_WORDS + r")\s+(?P<noun>[a-z][\w-]*)(?:\s+again)?$")
def _name_at_position(said: Said) -> list[Retold]:
    if re.search(r"\s(?:is|are)\s|\sand\s+(?:is|are|has)\b", phrases.mask_quoted(said["name"])):
        return []  # "January is €1,690.34 and is the last row": two statements, each read on its own
    return [(f'Verify the {said["ord"]} {said["noun"]} is "{phrases.strip_quotes(said["name"])}"',)]


@retelling("A named part shown at a position", "The Backlog list is visible as the first list", (A.EXPECT_TEXT,),
           r"^the\s+(?P<name>.+?)\s+(?P<noun>list|column|tab|row|card|item|section)\s+is\s+(?:visible\s+|shown\s+)?(?:still\s+)?as\s+the\s+"
           r"(?P<ord>first|second|third|last)\s+(?P=noun)$")
def _named_part_at_position(said: Said) -> list[Retold]:
    return [(f'Verify the {said["ord"]} {said["noun"]} is named "{phrases.strip_quotes(said["name"])}"',)]


# a part named as its heading says it: quoted, or capitalised words ("Help & Support")
_PART_NAME = r"(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+(?:&|(?-i:[A-Z])[\w'&.-]*)){0,4})"


@retelling("A named part with a count, then which ones", "Help & Support shows 2 forums, Installation and Bug Reports", (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^" + _PART_NAME + r"\s+(?:shows|has|lists|contains|holds)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)\s*[,:–—-]\s*(?P<names>.+)$")
def _named_part_counted(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) != phrases.number(said["n"]) or any(re.search(r"(?i)\s(?:is|are|has|have|with|by)\s", f" {n} ") for n in names):
        return []  # as many names as counted, each a name: else not this form
    part = phrases.strip_quotes(said["name"])
    return [(f'Verify the "{part}" section has {said["n"]} {said["noun"]}', *(f'Verify "{n}" is listed under "{part}"' for n in names))]


@retelling("A part's count, then one by its place", "The Community category now lists 4 forums, the fourth being Staff Lounge", (A.EXPECT_COUNT, A.EXPECT_TEXT),
           r"^the\s+" + _PART_NAME + r"\s+(?:(?!section|list|panel|box|card)[a-z]+\s+){0,2}(?:lists|has|shows|contains|holds)\s+"
           r"(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)\s*,\s*the\s+(?P<which>" + phrases.ORDINAL_WORDS + r")(?:\s+one)?\s+being\s+(?P<item>.+)$")
def _counted_then_placed(said: Said) -> list[Retold]:
    part, one = phrases.strip_quotes(said["name"]), phrases.singular(said["noun"])
    return [(f'Verify the "{part}" section has {said["n"]} {said["noun"]}', f'Verify the {said["which"]} {one} under "{part}" is {in_quotes(said["item"])}')]
