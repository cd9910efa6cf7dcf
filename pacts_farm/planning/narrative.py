"""Narrative English told again in the sentences the rules read.

Testers write what happens as a story: "In the row for "Flexbox", click View", "I land on the home page at /",
"Only one project is listed, "Website Relaunch"", "Review has 2 cards and Done has 4". A retelling turns such a
sentence into one or more plain sentences ("Click View in the row for "Flexbox""); the planner keeps a retelling
only when the rules read every sentence of it, so a retelling never guesses: it only moves words, splits a
sentence, or carries a word said once over to where it is meant.

A retelling never drops a "not", an "only", a count or a value; the few that drop a detail of where or how a thing
looks (the icon beside a marker, the corner of the header) say so where they are defined, and a check is never told
as an action.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pacts_farm import model
from pacts_farm.planning import phrases

A = model.Action
Retold = tuple[str, ...]  # the sentences told instead, one step or more each
Teller = Callable[["_Said"], list[Retold]]  # a match -> the ways to tell it again, best first

_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _in_quotes(value: str) -> str:
    """The value as a quoted one: as it is when it was said in quotes, else put in quotes ("Oliver Grant")."""
    return value if _QUOTED.fullmatch(value) else f'"{value}"'
_N = r"(?:\d+|no|zero|one|a single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ACTION_VERB = (r"(?:click|tap|press|select|choose|pick|type|write|enter|fill|check|uncheck|tick|untick|hover|open|expand|"
                r"toggle|clear|drag)\b")


@dataclass(frozen=True, slots=True)
class Retelling:
    """One narrative form: its name and example (the phrasebook's), what the example plans to, and how it is told
    again (alternatives, tried in order; the first the rules read whole wins)."""

    name: str
    example: str
    kinds: tuple[A, ...]
    pattern: re.Pattern[str]
    retell: Teller
    after: str = ""  # the sentence the example follows, when it refers to it ("They are …")


@dataclass(frozen=True, slots=True)
class Before:
    """What the step before was about: the group it counted or listed and the one item it named."""

    group: str | None = None
    item: str | None = None
    opened: bool = False  # a step before went somewhere (a click, an address): "its status" is then that page's


NOTHING_BEFORE = Before()


class _Said:
    """A match on the sentence with its quoted values hidden, read back from the sentence as written."""

    def __init__(self, match: re.Match[str], text: str, before: Before) -> None:
        self.match, self.text = match, text
        self.subject = before.group  # what the step before counted or listed ("bookmark"): what "they" are
        self.item = before.item  # the one item it named ("Cyber Owls"): what "it" is
        self.opened = before.opened  # it opened a page: what "its" is when it named no item

    def __getitem__(self, name: str) -> str:
        start, end = self.match.span(name)
        return "" if start < 0 else self.text[start:end].strip()

    def has(self, name: str) -> bool:
        return self.match.span(name)[0] >= 0


RETELLINGS: list[Retelling] = []
_ASSERTED = re.compile(r"^(?:verify|assert|check|ensure|confirm(?!\s+(?:with|by|password)\b|\s+(?:the|this)\s+(?:deletion|removal|dialog|modal|popup|pop-up|prompt|confirmation|action)$)"
                       r"|expect|validate|make\s+sure)(?:\s+that)?\s+(?=\S)", re.IGNORECASE)


def retelling(name: str, example: str, kinds: tuple[A, ...], pattern: str, *, after: str = "") -> Callable[[Teller], Teller]:
    """Put above a teller: its phrasebook name, an example, the step kinds the example plans to, its pattern
    (matched with quoted values hidden) and, for an example that refers to the sentence before, that sentence."""

    def register(retell: Teller) -> Teller:
        RETELLINGS.append(Retelling(name, example, kinds, re.compile(pattern, re.IGNORECASE), retell, after))
        return retell

    return register


def retold(sentence: str, before: Before = NOTHING_BEFORE) -> Iterator[Retold]:
    """Each way the sentence may be told again, best first (nothing when no narrative form fits); ``before`` is what
    the step before counted, listed or named, for a sentence that says "they" or "it"."""
    text = phrases.without_filler(" ".join(sentence.strip().rstrip(".!;").split()))
    asserted = _ASSERTED.match(text)
    if asserted:  # "Verify QA Temp Project is not listed": the statement is what is told, and only as checks
        text = text[asserted.end():]
    hidden = phrases.mask_quoted(text)
    for entry in RETELLINGS:
        if asserted and not all(kind.is_assertion for kind in entry.kinds):
            continue  # a check is never told as an action (a fill cannot fail the way a check must)
        match = entry.pattern.match(hidden)
        if match:
            yield from entry.retell(_Said(match, text, before))


# --- where first, then what to do ---


@retelling("Where first, then the action", 'In the row for "Flexbox", click View', (A.CLICK,),
           r"^in\s+(?:the\s+)?(?P<where>[^,]+?)(?:\s*,\s*|\s+(?=" + _ACTION_VERB + r"))(?:under\s+(?P<under>[^,]+?)\s*,\s*)?(?P<rest>" + _ACTION_VERB + r".+)$")
def _where_first(said: _Said) -> list[Retold]:
    if said.has("under"):  # 'In the filter sidebar, under "By active", click "No"': the heading names the part
        return [(f"{said['rest']} under {said['under']}",)]
    where = said["where"]
    # "the Tags panel on the right": the panel's name finds it; which side of the page it is on only describes it
    shorter = re.split(r"\s+(?:of|on|at)\s+the\s+", where, maxsplit=1)[0]
    told = [(f"{said['rest']} in the {w}",) for w in dict.fromkeys((shorter, where))]
    chosen = re.match(r"(?i)(?:choose|select|pick)\s+(?P<value>.+)$", said["rest"])
    if chosen and not re.search(r"(?i)\b(?:sidebar|panel|section|list|menu|bar|area|form|dialog|modal|table|row|card|tab|filters?)$", where):
        field = re.sub(r"(?i)\s+(?:field|dropdown|select|box|list\s*box)$", "", where)
        told.insert(0, (f"Select {chosen.group('value')} in the {field} dropdown",))  # "In Who paid? choose Charlie": a field    if re.search(r"(?i)\sform$", where):  # "In the Submit a Ticket form choose X as the queue": the page's form, named
        told.append((said["rest"],))
    return told


@retelling("In a named box first, then what it shows", "In the DCIM widget, Racks shows 8 and Cables shows 3", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^in\s+(?:the\s+(?P<box>(?-i:[A-Z])[\w&' -]*?\s+(?:widget|card|panel|box|tile|section))|(?P<named>(?-i:[A-Z])[\w&' -]*?))"
           r"\s*,\s*(?P<rest>.+)$")
def _in_a_box_shows(said: _Said) -> list[Retold]:
    """ "In Quick Stats, Pause shows 1": a box said by its name alone is the section under that heading."""
    box = said["box"] or f'"{said["named"]}" section'

    statements = re.split(r"\s+and\s+(?=(?-i:[A-Z])[\w' -]*?\s+(?:shows?|says|reads|is)\s)", said["rest"])
    told = []
    for statement in statements:
        shown = re.fullmatch(r"(?P<name>(?-i:[A-Z])[\w' -]*?)\s+(?:shows?|says|reads|is)\s+(?P<value>.+)", statement.strip())
        if shown is None:
            return []
        told.append(f'Verify {shown["name"]} in the {box} shows "{phrases.strip_quotes(shown["value"])}"')
    return [tuple(told)]


@retelling("Under a heading first, then the action", 'Under "View a Ticket", enter IT-1 in the Ticket field', (A.FILL,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<rest>" + _ACTION_VERB + r".+)$")
def _under_first(said: _Said) -> list[Retold]:
    return [(f"{said['rest']} under {said['under']}",)]


@retelling("Under a heading, a text", 'Under Follow-Ups there is an entry "Ticket Opened Via Web"', (A.EXPECT_VISIBLE,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,\"“]+?)\s*,?\s+(?:there\s+(?:is|are)\s+(?:an?\s+[a-z-]+\s+)?(?P<v1>\"[^\"]+\"|“[^”]+”)"
           r"|(?P<v2>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown|visible|displayed))$")
def _under_a_text(said: _Said) -> list[Retold]:
    return [(f"Verify {said['v1'] or said['v2']} is shown under {said['under']}",)]


# --- arriving somewhere ---

_WITH = r"(?:\s+with\s+(?P<with>.+?))?"


@retelling("Where you land", 'I land on the home page at /', (A.EXPECT_URL,),
           r"^(?:i|we|you|the\s+user|the\s+browser|the\s+visitor|the\s+customer)\s+(?:(?:am|is|are|should\s+be)\s+(?:(?:still|now|back|again)\s+)*(?:on|at|in)"
           r"|(?:should\s+)?(?:lands?|stays?|remains?)\s+(?:back\s+)?on|ends?\s+up\s+(?:back\s+)?(?:on|at)|arrives?\s+(?:back\s+)?(?:on|at)|(?:am|is|are|get|gets)\s+(?:taken|redirected|sent|brought)\s+(?:back\s+)?to)"
           r"\s+(?:the\s+)?(?P<page>[^(]+?)(?:\s+(?:at|on)\s+(?P<path>/\S*))?" + _WITH + r"(?:\s+again)?(?:\s*\((?P<paren>[^)]+)\))?$")
def _arrival(said: _Said) -> list[Retold]:
    checks: list[str] = []
    path_page = re.fullmatch(r"(?P<path>/\S*)(?:\s+page)?", said["page"])
    plainly_there = re.search(r"(?i)\b(?:am|is|are)\s+(?:on|at|in)\s", said.text)  # "I am on /login": set-up or check? refused
    if path_page and not said.has("path") and not plainly_there:  # "I land on the /challenges page", "… is back on /dashboard"
        checks.append(f"Verify the URL ends with {path_page['path']}")
    if said.has("path"):
        checks.append(f"Verify the URL ends with {said['path']}")
    if said.has("paren"):
        checks.append(said["paren"])
    if said.has("with"):
        checks.extend(_with_checks(said["with"]))
    told = [tuple(checks)] if checks else []
    named = re.fullmatch(r"(?P<name>[\w' -]+?|\"[\w' -]+\"|“[\w' -]+”)\s+(?:page|screen)", said["page"])
    if named and not path_page and not said.has("path") and not plainly_there:  # "I am taken to the Today page"
        name = phrases.strip_quotes(named["name"])  # 'You land on the "Add new article" page': as named
        told.insert(0, (f"Verify I am on the {name} page", *checks))  # "the home page": not a name, the rest alone
    return told


@retelling("Something appears, with what shows it", 'The login form is shown again with the heading "Login"', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?P<thing>[^,]+?)\s+(?:is\s+(?:now\s+)?(?:shown|displayed|visible|open|opened)|appears|opens|loads|is\s+back)"
           r"(?:\s+again)?\s+with\s+(?P<with>.+)$")
def _shown_with(said: _Said) -> list[Retold]:
    checks = _with_checks(said["with"])
    if not checks:
        return []
    if _QUOTED.search(said["thing"]):  # 'A "User Actions" menu appears with …': that menu, then what it shows
        return [(f"Verify a {said['thing']} opens", *checks)]
    return [tuple(checks)]


def _with_checks(said: str) -> list[str]:
    """'the heading "Bookmarks"', '3 project tiles', 'Cancel and Confirm buttons': what shows the place."""
    said = re.sub(r"(?i)^(?:its|their)\s+", "the ", said)  # "with its Filters and Columns buttons": the place's own
    entries = re.fullmatch(rf"(?:{_N})\s+(?:entries|items|options|links|buttons)\s*:\s*(?P<names>.+)", said, re.IGNORECASE)
    if entries:  # 'two entries: Settings and Log Out'
        return [f'Verify "{n}" is shown' for n in phrases.split_values(entries["names"])]
    counted = re.fullmatch(rf"(?P<n>{_N})\s+(?P<noun>[\w -]+)", said, re.IGNORECASE)
    if counted:
        return [f"Verify {counted['n']} {counted['noun']} are shown"]
    preset = re.fullmatch(r"(?:the\s+)?(?P<field>[\w' -]+?)\s+(?:preset|set|defaulting|defaulted|pre-?selected)\s+(?:to|as)\s+(?P<value>.+)", said, re.IGNORECASE)
    if preset:  # 'with the role preset to user': that option chosen in the field
        return [f'Verify "{phrases.strip_quotes(preset["value"])}" is selected in the {preset["field"]} field']
    control = re.fullmatch(r"(?:an?|the)\s+(?P<name>(?-i:[A-Z])[\w' -]*?)\s+(?P<role>button|link|tab|field|checkbox|list|table|section)", said)
    if control:  # 'with a Log in button'
        return _controls_shown([control["name"]], control["role"])
    titled = re.fullmatch(r"(?:the\s+|a\s+)?(?:title|heading)\s+(?P<name>[^\"“]+)", said, re.IGNORECASE)
    if titled:  # 'with the title Buffer Overflow Basics'
        return [f'Verify the heading "{titled["name"]}" is shown']
    if re.fullmatch(r"\"[^\"]+\"|“[^”]+”", said):  # 'A new row appears with "+1 unsaved"': that text shows it
        return [f"Verify {said} is shown"]
    kind_first = re.fullmatch(r"(?:the\s+)?(?P<role>buttons|links|tabs|fields|checkboxes)\s+(?P<names>.+)", said, re.IGNORECASE)
    if kind_first:  # 'with the buttons "Back" and "Switch"'
        names = phrases.split_values(kind_first["names"])
        return _controls_shown(names, kind_first["role"].lower()) if len(names) > 1 else []
    named = re.fullmatch(r"(?:the\s+|a\s+|an\s+)?(?P<kind>[\w -]+?)\s+(?P<name>\"[^\"]+\"|“[^”]+”)", said)
    if named:
        return [f"Verify the {named['kind']} {named['name']} is shown"]
    several = re.fullmatch(r"(?:the\s+)?(?P<names>.+?)\s+(?P<role>buttons|links|tabs|fields|checkboxes)", said, re.IGNORECASE)
    if several:
        names = phrases.split_values(several["names"])
        return _controls_shown(names, several["role"]) if len(names) > 1 else []
    return []


# --- counted, then named ---


@retelling("A count, then which ones", 'Only one project is listed, "Website Relaunch"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^(?:(?P<q>only|exactly|just)\s+)?(?:all\s+)?(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w -]*?)\s+"
           r"(?:(?:is|are)\s+(?:(?:now|still)\s+)?(?:listed|shown|visible|displayed|left|found|returned)(?:\s+again)?|remains?)"
           r"\s*(?:,\s*and\s+(?:it|they)\s+(?:is|are)\s+|,\s*(?P<each>each|all)\s+(?:with|showing|marked)\s+(?:an?\s+|the\s+)?|[,:–—-]\s*|$)(?P<values>.*)$")
def _counted_then_named(said: _Said) -> list[Retold]:
    n, noun = said["n"], said["noun"]
    count = f"Verify {said['q'] + ' ' if said.has('q') else ''}{n} {noun} are shown"
    values = said["values"]
    if not values:
        return [(count,)]
    if said.has("each"):  # "5 bookmarks are shown, each with an Unread marker"
        marker = re.sub(r"\s+(?:marker|badge|label|tag|icon)$", "", values, flags=re.IGNORECASE)
        return [(count, f'Verify every {phrases.singular(noun.split()[-1])} shows "{phrases.strip_quotes(marker)}"')]
    ends = re.fullmatch(r"(?:starting\s+with|from)\s+(?P<first>.+?)\s+(?:and\s+ending\s+with|to)\s+(?P<last>.+)", values, re.IGNORECASE)
    one = phrases.singular(noun.split()[-1])
    if ends:
        return [(count, f'Verify the first {one} is "{phrases.strip_quotes(ends["first"])}"',
                 f'Verify the last {one} is "{phrases.strip_quotes(ends["last"])}"')]
    names = phrases.split_values(values)
    if not names:
        return []
    if phrases.number(n) == 1 and len(names) == 1:  # the one item shown is that one, among those just counted
        return [(count, f'Verify every {one} shows "{names[0]}"')]
    return [(count, *(f'Verify "{name}" is listed' for name in names))]


@retelling("A count in a part, then which ones", "The user table has 5 rows - admin, alice, bob, carol and tester", (A.EXPECT_COUNT,) + (A.EXPECT_VISIBLE,) * 5,
           r"^(?P<count>(?:the|a|an)\s+.+?\s(?:has|have|shows|contains|lists)\s+" + _N + r"\s+[a-z][\w-]*)\s*(?:[-–—:]|,\s*namely)\s*(?P<values>.+)$")
def _count_then_which(said: _Said) -> list[Retold]:
    names = _names(said["values"])
    if not names:
        return []
    return [(f"Verify {said['count']}", *(f'Verify "{n}" is listed' for n in names))]


@retelling("How many show a text", 'Verify 2 switches show "OFF"', (A.EXPECT_COUNT,),
           r"^(?P<n>" + _N + r")\s+(?:of\s+the\s+)?(?P<noun>[a-z][\w-]*s)\s+(?:show|say|read|display|are\s+(?:labell?ed|marked|tagged)(?:\s+as|\s+with)?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _how_many_show(said: _Said) -> list[Retold]:
    # the elements whose whole text is the value, as many as said (which of the page's switches is not checked)
    return [(f"Verify {said['value']} is shown {said['n']} times",)]


@retelling("Only one name left", 'Only "Critical open tickets" is left', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^only\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w.@-]+)\s+(?:is|remains)\s*(?:listed|shown|left|visible|displayed)?$")
def _only_name_left(said: _Said) -> list[Retold]:
    """One row left, and it is that one (rows: a table's, or the entries of the page's main list)."""
    name = said["name"] if said["name"][0] in "\"“" else f'"{said["name"]}"'
    return [(f"Only one row is listed, {name}",)]


@retelling("The only one", 'The only project shown is "Mobile App"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^the\s+only\s+(?P<noun>[a-z][\w -]*?)\s+(?:shown|listed|left|visible|displayed)\s+(?:is|remains)\s+(?P<value>.+)$")
def _the_only_one(said: _Said) -> list[Retold]:
    one = phrases.singular(said["noun"].split()[-1])
    return [(f"Verify only 1 {said['noun']} is shown", f'Verify every {one} shows "{phrases.strip_quotes(said["value"])}"')]


@retelling("A part with a single item", 'The Booked list has a single card, "Reserve freight elevator"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<place>the\s+.+?)\s+(?:now\s+)?has\s+(?:a\s+single|only\s+one|just\s+one|exactly\s+one|1|one)\s+(?P<noun>[a-z][\w-]*)\s*[,:–—-]\s*(?P<value>.+)$")
def _single_item(said: _Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"])
    if re.fullmatch(r"(?i:the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+list", said["place"]):  # "the monitor list": its entries
        return [(f"Verify 1 {said['noun']} is listed in {said['place']}", f'Verify "{value}" is listed in {said["place"]}')]
    named = re.fullmatch(r"the\s+(?P<name>.+?)\s+(?:list|column|lane|section|panel|group|table)", said["place"], re.IGNORECASE)
    if named:  # the one card of the Booked list is that card: read in that list
        return [(f"Verify {said['place']} has 1 {said['noun']}", f'Verify the "{phrases.strip_quotes(named["name"])}" section shows "{value}"')]
    return [(f"Verify {said['place']} has 1 {said['noun']}", f'Verify the first {said["noun"]} is "{value}"')]


# --- a list read out ---

_ORDERS = r"(?:from\s+left\s+to\s+right|from\s+top\s+to\s+bottom|top\s+to\s+bottom|left\s+to\s+right|in\s+order|in\s+(?:this|that)\s+order|in\s+alphabetical\s+order|now)"


@retelling("A list read out in order", "The lists from left to right are: Backlog, In Progress, Review, Done", (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z][\w -]*?)(?:\s+in\s+(?P<section>\"[^\"]+\"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?(?:\s*,?\s+" + _ORDERS + r")?\s+"
           r"(?:are|read)(?:\s*,?\s+" + _ORDERS + r")?(?:\s*[,:]\s*|\s+)(?P<values>.+)$")
def _read_out(said: _Said) -> list[Retold]:
    values = phrases.split_values(re.sub(r"(?i)\s*,?\s+in\s+(?:this|that)\s+order$", "", said["values"]))  # "…, in that order"
    if len(values) < 2 or any(phrases.ARTICLES.match(v) for v in values):
        return []  # "the fields are the name and the email": not names read out
    if re.match(r"(?i)first\s+(?:two|three|four|five|six|\d)\s", said["noun"]):
        return []  # "the first four rows are …": those positions, each (below), not the order of a group called so
    under = f" under {said['section']}" if said.has("section") else ""
    return [(_in_this_order(f"{said['noun']}{under}", values),)]


def _in_this_order(group: str, values: list[str]) -> str:
    """The sentence the rules read for a group's members shown in an order."""
    listing = ", ".join(f'"{v}"' for v in values)
    return f"Verify the {group} are in this order: {listing}"


@retelling("The first few, named", 'The first three bookmarks are "A List Apart", "Ansible" and "Apache"', (A.EXPECT_TEXT,) * 3,
           r"^the\s+first\s+(?P<n>two|three|four|five|six|\d)\s+(?P<noun>[a-z][\w-]*)\s+are\s*,?\s*(?:in\s+(?:this|that)\s+order\s*)?:?\s+(?P<values>.+)$")
def _first_few(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if len(values) != phrases.number(said["n"]):
        return []
    one = phrases.singular(said["noun"])
    return [tuple(f'Verify the {_ORDINAL_WORD[i]} {one} is "{v}"' for i, v in enumerate(values, start=1))]


_ORDINAL_WORD = {n: word for word, n in phrases.ORDINALS.items() if word.isalpha() and n > 0}  # 2 -> "second"


@retelling("A name at a position", "unused-tag is the last row", (A.EXPECT_TEXT,),
           r"^(?P<name>[^\"“]+?|\"[^\"]+\"|“[^”]+”)\s+is\s+(?:(?:still|now)\s+)?the\s+(?P<ord>first|second|third|last)\s+(?P<noun>[a-z][\w-]*)(?:\s+again)?$")
def _name_at_position(said: _Said) -> list[Retold]:
    if re.search(r"\s(?:is|are|and)\s", phrases.mask_quoted(said["name"])):
        return []  # "January is €1,690.34 and is the last row": two statements, each read on its own
    return [(f'Verify the {said["ord"]} {said["noun"]} is "{phrases.strip_quotes(said["name"])}"',)]


@retelling("A named part shown at a position", "The Backlog list is visible as the first list", (A.EXPECT_TEXT,),
           r"^the\s+(?P<name>.+?)\s+(?P<noun>list|column|tab|row|card|item|section)\s+is\s+(?:visible\s+|shown\s+)?(?:still\s+)?as\s+the\s+"
           r"(?P<ord>first|second|third|last)\s+(?P=noun)$")
def _named_part_at_position(said: _Said) -> list[Retold]:
    return [(f'Verify the {said["ord"]} {said["noun"]} is named "{phrases.strip_quotes(said["name"])}"',)]


# --- a statement told plainly ---


@retelling("A text that changes to another", 'The heading changes to "Archived bookmarks"', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<thing>[a-z][\w -]*?)\s+(?:changes|switches|updates|turns|increments|increases|decrements|decreases|drops|"
           r"goes\s+(?:up|down)|is\s+(?:incremented|increased|decremented|decreased|updated|changed))\s+(?:back\s+)?to\s+(?P<value>.+)$|"
           r"^the\s+(?P<thing2>[a-z][\w -]*?)\s+(?:becomes|has\s+become|turns)\s+(?P<value2>\"[^\"]*\"|“[^”]*”|/\S*|(?-i:[A-Z0-9])[\w%.-]*(?:\s+(?-i:[A-Z0-9])[\w%.-]*){0,3})$")
def _changes_to(said: _Said) -> list[Retold]:
    thing = said["thing"] or said["thing2"]
    value = said["value"] or said["value2"]
    return [(f"Verify the {thing} is {value}",), (f"Verify the {thing} shows {value}",)]


@retelling("A field filled in by the page", 'The Title field gets filled with "Example Domain"', (A.EXPECT_VALUE,),
           r"^the\s+(?P<field>.+?\s+(?:field|box|input))\s+(?:gets|is|has\s+been)\s+(?:now\s+)?(?:filled|pre-?filled|populated)\s+(?:in\s+)?with\s+(?P<value>.+)$")
def _filled_by_page(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['field']} has value {said['value']}",)]


@retelling("A message under a field", 'The error "This field is required." appears below the URL field', (A.EXPECT_VISIBLE,),
           r"^(?:(?:the|an?)\s+(?:(?:red|inline|small|short|validation)\s+)?(?:error|message|error\s+message|warning|hint|text)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:appears|is\s+shown|is\s+displayed)\s+"
           r"(?:right\s+)?(?:below|under|beneath)\s+(?:the\s+)?(?P<field>.+?)(?:\s+(?:field|box|input))?$")
def _message_under(said: _Said) -> list[Retold]:
    if said["field"] == said["field"].lower() and not re.search(r"(?i)\s(?:field|box|input)$", said.text):
        return []  # "below the table": a thing said by its kind, no field named
    return [(f"Verify {said['value']} is shown under {said['field']}",)]


@retelling("An entry a menu does not have", "The menu has no Admin entry", (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<place>menu|dropdown|header|sidebar|dialog|navigation|footer)\s+(?:has|shows|offers|contains)\s+no\s+(?P<name>.+?)\s+(?:entry|item|link|option|button)$")
def _menu_lacks(said: _Said) -> list[Retold]:
    return [(f'Verify "{phrases.strip_quotes(said["name"])}" is not visible in the {said["place"]}',)]


@retelling("What a dropdown offers", "The Guest user profile dropdown offers Standard profile, admin and alice", (A.EXPECT_TEXT,) * 3,
           r"^the\s+(?P<name>.+?)\s+(?:dropdown|select)\s+offers\s+(?:the\s+options\s+)?(?P<values>.+)$")
def _dropdown_offers(said: _Said) -> list[Retold]:
    return [(f'Verify the "{phrases.strip_quotes(said["name"])}" dropdown has the options {said["values"]}',)]


@retelling("What a part offers", 'A "Danger Zone" section offers "Delete Project"', (A.EXPECT_VISIBLE,),
           r"^(?:the|an?)\s+(?P<subject>.+?)\s+offers\s+(?P<values>.+)$")
def _offers(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if not values:
        return []
    return [tuple(f'Verify the {said["subject"]} shows "{v}"' for v in values)]


@retelling("A text among the results", '"Docker Docs" is among the results', (A.EXPECT_VISIBLE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:is|appears)\s+(?:now\s+)?(?:listed\s+)?(?:among|one\s+of)\s+(?:the\s+(?:[a-z]+\s+)?(?-i:[a-z]+s)|them|those)$")
def _among(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is listed",)]


@retelling("A kind of thing said with its text, then where", 'The comment "Added extra cumin" appears under Comments', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<kind>[a-z]+)\s+(?P<text>\"[^\"]+\"|“[^”]+”)\s+(?:now\s+)?(?:appears|is\s+shown|is\s+listed|shows\s+up)\s+(?P<where>(?:under|in|below|on)\s+.+)$")
def _kind_text_where(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['kind']} {said['text']} is shown {said['where']}",)]


@retelling("Listed on the page you are on", '"Chicken Tikka Masala" is listed in this cookbook', (A.EXPECT_VISIBLE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:now\s+)?(?:listed|shown)\s+(?:in|on)\s+this\s+[a-z]+$")
def _listed_here(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is listed",)]


@retelling("No thing of that name", 'There is no list called "Hardware Store"', (A.EXPECT_HIDDEN,),
           r"^there\s+is\s+no\s+(?:[a-z]+\s+){1,2}(?:called|named|titled)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _none_called(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is not shown",)]


@retelling("A box that warns or asks", 'The dialog warns "Please note that you are trying to delete your own account!"', (A.EXPECT_VISIBLE,),
           r"^(?P<subject>the\s+[a-z][\w -]*?)\s+(?:now\s+)?(?:warns|asks|tells\s+you|informs\s+you)(?:\s+that)?\s+(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _warns(said: _Said) -> list[Retold]:
    return [(f"{said['subject']} says {said['text']}",), (f"{said['subject']} now reads {said['text']}",)]


@retelling("A row for a name, with one of its values", 'A row for "Nina Rossi" with email nina@mealie.test is in the table', (A.EXPECT_TEXT,),
           r"^(?:a|the)\s+row\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+with\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|\S+)"
           r"\s+is\s+(?:now\s+)?(?:in|shown\s+in|listed\s+in)\s+the\s+(?:table|list)$")
def _row_for_with(said: _Said) -> list[Retold]:
    return [(f"Verify the row for {said['name']} shows {said['value']}",)]


@retelling("A row said with one of its values", 'There is a row "Dana Whitfield" with the email dana@harborlight.test', (A.EXPECT_TEXT,),
           r"^(?:there\s+is\s+a\s+row\s+(?:for\s+)?(?P<row>\"[^\"]+\"|“[^”]+”)|(?P<listed>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown))"
           r"\s+with\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _row_said_with(said: _Said) -> list[Retold]:
    """'"image-hero1.webp" is listed with the alt text "…"': the row of that name shows the value (the noun before
    the value says which column, and the row is checked whole: never a value anywhere on the page)."""
    return [(f"Verify the row for {said['row'] or said['listed']} shows {said['value']}",)]


@retelling("A row said by its number", "Row 1 is Atlas Fastening Ltd.", (A.EXPECT_TEXT,),
           r"^row\s+(?P<n>\d+)\s+(?P<rest>(?:is|shows|has|says|reads|contains)\s.+)$")
def _row_by_number(said: _Said) -> list[Retold]:
    n = int(said["n"])
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return [(f"The {n}{suffix} row {said['rest']}",)] if n > 0 else []


@retelling("A row's value said with its kind", 'The row for olive has the email olive@example.test', (A.EXPECT_TEXT,),
           r"^(?P<row>the\s+(?:(?:first|second|third|fourth|fifth|last)\s+row|row\s+for\s+(?:\"[^\"]+\"|“[^”]+”|[^\"“\s]+(?:\s+[^\"“\s]+){0,2})))\s+"
           r"(?:is\s+dated|(?:has|shows)\s+(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
           r"(?!(?:marker|badge|label|flag|pill|chip|icon)$)(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _row_value_with_kind(said: _Said) -> list[Retold]:
    """'… is dated "May 1, 2026"', '… has the email X': the row shows the value (the kind names its column)."""
    return [(f"{said['row']} shows {said['value']}",)]


@retelling("A row that is a name, with one of its values", 'The first row is Vitamin D with a dosage of "1.0 Drops"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<row>the\s+(?:first|second|third|fourth|fifth|last)\s+(?:row|entry))\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+"
           r"with\s+(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _row_is_name_with(said: _Said) -> list[Retold]:
    return [(f"{said['row']} shows {said['name']}", f"{said['row']} shows {said['value']}")]


@retelling("Both or all rows have a value", 'Both rows have the type "Solid food"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^(?P<both>both|all(?:\s+the)?|all\s+\d+)\s+rows\s+(?:have|show)\s+(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _every_row_has(said: _Said) -> list[Retold]:
    count = {"both": "2"}.get(said["both"].lower()) or (said["both"].split()[-1] if said["both"][-1].isdigit() else None)
    each = f"Every row shows {said['value']}"
    return [(f"The table has {count} rows", each) if count else (each,)]  # "both": two of them, the count kept


@retelling("Values of a row by their column", 'In the Weekend Cabin row, Total Users is 1 and Webhooks Enabled is "No"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^in\s+the\s+(?:row\s+for\s+(?P<name>[^,]+?)|(?P<name2>[^,]+?)\s+row)\s*,\s*(?P<rest>(?-i:[A-Z]).+)$")
def _row_columns(said: _Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"] if said.has("name") else said["name2"])
    told = []
    for part in phrases.cut_outside_quotes(said["rest"], _JOIN):
        cell = re.fullmatch(r"(?P<column>(?-i:[A-Z])[\w #%-]*?)\s+(?:is|reads|shows|says)\s+(?P<value>.+)", part.strip())
        if cell is None:
            return []
        told.append(f'Verify the {cell["column"]} for "{name}" is {cell["value"]}')
    return [tuple(told)]


@retelling("Figures under a heading", "Under Household Statistics, Recipes is 1 and Users is 1", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^under\s+(?P<heading>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,\s*(?P<rest>(?-i:[A-Z]).+)$")
def _figures_under(said: _Said) -> list[Retold]:
    figures = []
    for part in phrases.cut_outside_quotes(said["rest"], _JOIN):
        figure = re.fullmatch(r"(?P<name>(?-i:[A-Z])[\w #%-]*?)\s+(?:is|reads|shows)\s+(?P<value>\S+)", part.strip())
        if figure is None:
            return []
        figures.append(figure)
    return [tuple(f"Verify the {f['name']} statistic is {f['value']}" for f in figures)]


@retelling("Each of some names has a value", "Lena, Marco and Nora each have a balance of 0.00", (A.EXPECT_TEXT,) * 3,
           r"^(?P<names>.+?)\s+each\s+(?:have|has|show)\s+(?:a|an)\s+(?P<what>[a-z]+)\s+of\s+(?P<value>\S+)$")
def _each_has_value(said: _Said) -> list[Retold]:
    names = _names(said["names"])
    if len(names) < 2 or any(not n[:1].isupper() for n in names):
        return []
    return [tuple(f"Verify {n}'s {said['what']} is {said['value']}" for n in names)]


@retelling("A count of rows, each with a control", 'There are 4 rows, each with a "Register settlement" button', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^there\s+are\s+(?P<n>\d+)\s+(?P<noun>[a-z]+)\s*,\s*each\s+with\s+(?:an?|the)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:button|link)$")
def _count_each_with(said: _Said) -> list[Retold]:
    noun = phrases.singular(said["noun"])
    return [(f"Verify there are {said['n']} {said['noun']}", f"Verify every {noun} shows {said['name']}")]


@retelling("A box said by its kind, with a count", "The cookbook shows 2 recipes", (A.EXPECT_COUNT,),
           r"^the\s+(?P<box>[a-z]+)\s+(?:now\s+)?(?:shows|has|lists|contains|holds)\s+(?P<n>" + _N + r")\s+(?P<noun>[a-z]+s)$")
def _box_with_count(said: _Said) -> list[Retold]:
    return [(f"Verify {said['n']} {said['noun']} are shown",)]  # the page shows one cookbook: its recipes


@retelling("Still there", "The Sign In button should still be on the page", (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+should\s+(?:still\s+)?be\s+(?:on\s+the\s+page|shown|visible|displayed|there)$")
def _should_be_there(said: _Said) -> list[Retold]:
    return [(f"Verify {said['what']} is visible",)]


@retelling("A part without a named section", 'The left menu has no "Circuits" section', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>[\w -]+?)\s+has\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:section|entry|item|link|tab|button|heading)$")
def _part_has_no(said: _Said) -> list[Retold]:
    if said["part"].lower() not in phrases.REGIONS:
        return []  # "the row for Ethan has no edit button": an item, shown first (its own retelling)
    return [(f"Verify {said['name']} is not shown in the {said['part']}",)]


@retelling("An item said by its kind and name, without 'the'", 'Verify rack "LON2-R05" has status "Deprecated"', (A.EXPECT_TEXT,),
           r"^(?P<noun>(?-i:[a-z])[a-z]+)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<rest>(?:has|is|shows|belongs|points|contains|lists)\s.+)$")
def _kind_named_subject(said: _Said) -> list[Retold]:
    if said["noun"].lower() in ("verify", "check", "confirm", "ensure", "click", "the", "a", "an"):
        return []
    return [(f"Verify the {said['noun']} {said['name']} {said['rest']}",)]


@retelling("A named item in a table or list", 'Click the device "ams1-srv-03" in the table', (A.CLICK,),
           r"^(?P<verb>click|open|select)\s+(?:on\s+)?(?P<item>the\s+[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”))\s+in\s+the\s+(?:table|list|results)$")
def _named_item_in_table(said: _Said) -> list[Retold]:
    return [(f"Click {said['item']}",)]


@retelling("Two things said by kind, both shown", "The heading 'Posts' and the 'Create New' button are visible", (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<a>the\s+(?:[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”)|(?:\"[^\"]+\"|“[^”]+”)\s+[a-z]+))\s+and\s+(?P<b>the\s+(?:[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”)|(?:\"[^\"]+\"|“[^”]+”)\s+[a-z]+))"
           r"\s+are\s+(?:both\s+)?(?:visible|shown|displayed)$")
def _two_things_shown(said: _Said) -> list[Retold]:
    return [(f"Verify {said['a']} is visible", f"Verify {said['b']} is visible")]


@retelling("A column that appears", 'A "Status" column appears in the table', (A.EXPECT_VISIBLE,),
           r"^(?:an?|the)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+column\s+(?:appears|is\s+shown|shows\s+up)(?:\s+in\s+the\s+(?:table|list|grid))?$")
def _column_appears(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['name']} column header is shown",)]


@retelling("From where you are, an action", "From the home page click 'About' in the header", (A.CLICK,),
           r"^from\s+the\s+(?:[\w -]+?\s+)?(?:page|dashboard|screen|list)\s*,?\s+(?P<rest>" + _ACTION_VERB + r".+)$")
def _from_here(said: _Said) -> list[Retold]:
    return [(said["rest"],)]


@retelling("A page that opens at an address", "The admin sign-in page opens at /admin/login with a Login button", (A.EXPECT_URL, A.EXPECT_VISIBLE),
           r"^the\s+(?:[\w -]+?\s+)?(?:page|dashboard|screen|form)\s+(?:opens|loads|is\s+shown|appears)\s+at\s+(?P<path>/\S*)" + _WITH + r"$")
def _opens_at(said: _Said) -> list[Retold]:
    checks = [f"Verify the URL ends with {said['path']}"]
    if said.has("with"):
        shown = _with_checks(said["with"])
        if not shown:
            return []
        checks += shown
    return [tuple(checks)]


@retelling("Where a test starts", "Start on the home page", (A.NAVIGATE,),
           r"^start\s+(?:on|at|from)\s+(?P<where>.+)$")
def _start_on(said: _Said) -> list[Retold]:
    return [(f"Go to {said['where']}",)]


@retelling("Only one, and which", 'Verify only one device is listed and it is "ams1-srv-03"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^only\s+one\s+(?P<noun>[a-z]+)\s+is\s+(?:listed|shown|left)\s*,?\s+and\s+it\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”)$")
def _only_one_and_which(said: _Said) -> list[Retold]:
    return [(f"Only one {said['noun']} is listed, {said['name']}",)]


@retelling("Names one sees", "I see Apple Pie, Beef Bourguignon and French Onion Soup", (A.EXPECT_VISIBLE,) * 3,
           r"^(?:i\s+|we\s+)?(?:can\s+|should\s+)?see\s+(?P<names>(?-i:[A-Z])[^,]*(?:,\s*(?-i:[A-Z])[^,]*)+,?\s+and\s+(?-i:[A-Z]).*)$")
def _names_seen(said: _Said) -> list[Retold]:
    names = _names(said["names"])
    if len(names) < 3 or any(not n[:1].isupper() or re.search(r"\s(?:is|are|and)\s", n) for n in names):
        return []
    return [tuple(f'Verify "{n}" is shown' for n in names)]


@retelling("Names of a kind listed", "The categories Baking, Dessert and Soup are listed", (A.EXPECT_VISIBLE,) * 3,
           r"^the\s+(?!(?:buttons|links|tabs|tags|counters|badges|labels|checkboxes|columns|fields|headings|sections|panels)\s)(?P<kind>[a-z]+(?:ies|s))\s+(?P<names>(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z0-9])[^,]*?)(?:\s*,\s*.+?)?\s*,?\s+and\s+.+?)\s+are\s+(?:all\s+)?(?:listed|shown|visible|displayed|present)"
           r"(?P<rest>\s+(?:in|on|under)\s+.+)?$")
def _kind_named_listed(said: _Said) -> list[Retold]:
    names = _names(said["names"])
    if len(names) < 2 or re.search(rf"\s(?:are|is|{_SAYS})\s", phrases.mask_quoted(said["names"])):
        return []
    rest = said["rest"] if said.has("rest") else ""
    return [tuple(f'Verify "{name}" is shown{rest}' for name in names)]


@retelling("Each item carries a tag", "Every listed bookmark carries the #python tag", (A.EXPECT_EACH,),
           r"^(?:every|each)\s+(?:listed\s+|shown\s+|visible\s+)?(?P<noun>[a-z][\w-]*)\s+(?:carries|bears|has|shows)\s+(?:the|a|an)\s+"
           r"(?P<value>\"[^\"]+\"|\S+)\s+(?:tag|label|marker|badge)$")
def _each_carries(said: _Said) -> list[Retold]:
    return [(f'Verify every {said["noun"]} shows "{phrases.strip_quotes(said["value"])}"',)]


@retelling("A name with a count of things", "Review has 2 cards", (A.EXPECT_COUNT,),
           r"^(?P<name>(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3}|\"[^\"]+\")\s+(?:now\s+|still\s+)?(?:has|holds|contains)\s+(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w-]*)$")
def _name_has_count(said: _Said) -> list[Retold]:
    return [(f'Verify the "{phrases.strip_quotes(said["name"])}" section has {said["n"]} {said["noun"]}',)]


@retelling("Words that only say when", 'The Next link is disabled now', (A.EXPECT_STATE,),
           r"^(?P<before>.*?\S)\s+(?:now|again|still|yet|by\s+now|as\s+well|too|either|any\s+more|anymore)$"
           r"|^(?P<b2>.+?)\s+(?P<verb>is|are)\s+still\s+(?P<rest>\S.*)$")
def _only_when(said: _Said) -> list[Retold]:
    if said.has("before"):
        return [(said["before"],)]
    return [(f"{said['b2']} {said['verb']} {said['rest']}",)]  # "The URL is still /login"


@retelling("Available, for shown", "Logout is available in the header", (A.EXPECT_VISIBLE,),
           r"^(?P<name>.+?)\s+is\s+(?-i:available)(?P<rest>\s+(?:in|on|at|under)\s+.+)?$")
def _available(said: _Said) -> list[Retold]:
    name = said["name"]
    name = name if _QUOTED.fullmatch(name) or re.match(r"(?i)(?:the|a|an)\s", name) else f'"{name}"'
    return [(f"Verify {name} is visible{' ' + said['rest'] if said.has('rest') else ''}",)]


@retelling("A text that does not appear on this page", '"Django documentation" does not appear on this page', (A.EXPECT_HIDDEN,),
           r"^(?:the\s+[a-z]+\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3})\s+(?P<verb>does\s+not|doesn't|no\s+longer|is\s+not|isn't)\s+"
           r"(?:(?:appear|show)\s+)?(?:(?:anywhere\s+)?on\s+(?:this|the)\s+page|anywhere)$")
def _not_on_page(said: _Said) -> list[Retold]:
    value = _in_quotes(said["value"])  # "Oliver Grant does not appear …"
    return [(f"Verify {value} does not appear",)]


@retelling("A text that is not in a list", 'Rosalind Thompson does not appear in the table', (A.EXPECT_TEXT,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3})\s+(?:does\s+not|doesn't|no\s+longer)\s+"
           r"(?:appears?|shows?\s+up)\s+in\s+(?P<where>the\s+(?:[a-z][\w-]*\s+)?(?:table|list|results|grid))$")
def _not_in_list(said: _Said) -> list[Retold]:
    value = _in_quotes(said["value"])
    return [(f"Verify {value} is not in {said['where']}",)]


@retelling("A text listed between two others", 'Verify "handful" is listed between "g" and "kg"', (A.EXPECT_ORDER, A.EXPECT_ORDER),
           r"^(?P<middle>\"[^\"]+\"|“[^”]+”)\s+(?:is\s+(?:listed|shown)|comes)\s+between\s+(?P<first>\"[^\"]+\"|“[^”]+”)\s+and\s+"
           r"(?P<last>\"[^\"]+\"|“[^”]+”)$")
def _listed_between(said: _Said) -> list[Retold]:
    return [(f"Verify {said['first']} is listed before {said['middle']}", f"Verify {said['middle']} is listed before {said['last']}")]


@retelling("A thing by its author", 'Verify the book "Quick Weeknights" is by Jonas Brandt', (A.EXPECT_TEXT,),
           r"^the\s+(?P<noun>book|comment|post|article|recipe|note|review|reply|message|entry|card|topic|story|event)\s+"
           r"(?P<name>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:(?:shown|written|posted|created|added)\s+)?by\s+"
           r"(?P<author>\"[^\"]+\"|“[^”]+”|(?-i:[A-Za-z])[\w.@-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})$")
def _by_author(said: _Said) -> list[Retold]:
    """ "the comment "…" is by priya": the comment with that text shows its author's name."""
    author = _in_quotes(said["author"])
    return [(f"Verify the {said['noun'].lower()} {said['name']} shows {author}",)]


@retelling("No such control in a part of the page", 'There is no "New Record" button at the bottom', (A.EXPECT_COUNT,),
           r"^there\s+is\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<role>button|link|tab|checkbox|field)\s+"
           r"(?:at\s+the\s+(?:bottom|top)|(?:on|in)\s+(?:this|the)\s+page)$")
def _none_there(said: _Said) -> list[Retold]:
    # the place only describes where one would be: none anywhere is as strict or stricter
    return [(f"Verify there is no {said['name']} {said['role']}",)]


# --- what a row shows ---

_ROW_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))"
# "a score of 10", "the message "…"", "place 1": the words that say what a value is, before it
_VALUE_KIND = re.compile(r"(?i)^(?:(?:a|an|the)\s+)?(?:score|rank|place|position|total|value|count|status|state|message|price|amount|"
                         r"date|time|type|role|email|e-mail|id|no\.?|number)(?:\s+of)?\s+(?=\S)")


_COMMA_OR_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_WITH_OR_AND = re.compile(r"\s+with\s+|\s*,\s*(?:and\s+)?|\s+and\s+")


def _row_values(said: str) -> list[str]:
    """'"Bit Flippers" with 1210 points' -> [Bit Flippers, 1210]; 'place 1, "Null Pointers" and 1710' -> [1, Null
    Pointers, 1710]: each value a row shows, without the words that say what it is (a unit after a number is such a
    word: the row shows the number)."""
    values: list[str] = []
    for part in phrases.cut_outside_quotes(said, _WITH_OR_AND):
        part = _VALUE_KIND.sub("", part)
        if not part:
            return []
        quoted = _QUOTED.fullmatch(part)
        if quoted:
            values.append(phrases.strip_quotes(part))
            continue
        if _QUOTED.search(part):
            return []  # words around a quoted value: not a value alone
        number = re.fullmatch(r"(?P<n>[$€£]?\d[\d.,:%]*)\s+[A-Za-z]+", part)
        values.append(number["n"] if number else part)
    return values


@retelling("A row by its name, who did it and when", 'The last row is "January rent", paid by Alice on 2025-01-03', (A.EXPECT_TEXT,) * 3,
           r"^(?P<row>the\s+(?:first|second|third|fourth|fifth|last)\s+row)\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s*,\s*"
           r"(?:[a-z]+ed|paid|made|sent|written|bought|done|taken|given|won|run)\s+by\s+(?P<who>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)\s+(?:on|at|in)\s+(?P<when>[\w/.:-]+(?:\s+[\w/.:,-]+){0,2})$")
def _row_by_who_when(said: _Said) -> list[Retold]:
    """ "…, paid by Alice on 2025-01-03": the row shows its name, the person and the date (the verb names their columns)."""
    row = said["row"]
    return [(f"{row} is {said['name']}", f'{row} shows "{said["who"]}"', f'{row} shows "{said["when"]}"')]


@retelling("What a row shows, value by value", 'The second row shows "Bit Flippers" with 1210 points', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<ord>" + _ROW_ORDINAL + r")\s+(?P<noun>row|entry|line|item)(?P<of>\s+(?:of|in)\s+the\s+[^\"“]+?)?\s+"
           r"(?:shows|is|has|contains|reads|lists)\s+(?P<values>.+)$")
def _row_shows(said: _Said) -> list[Retold]:
    values = _row_values(said["values"])
    if not values or (len(values) == 1 and values[0] == phrases.strip_quotes(said["values"])):
        return []  # one value as said: the rules read that sentence themselves
    row = f"the {said['ord']} {said['noun']}{' ' + said['of'] if said.has('of') else ''}"
    return [tuple(f'Verify {row} shows "{v}"' for v in values)]


@retelling("A row found by one value, showing another", 'The table shows a row dated "2026-11-03 08:14" with the message "Timeout"',
           (A.EXPECT_TEXT,), r"^the\s+.+?\s+(?:shows|has|contains|lists)\s+an?\s+(?:row|entry|line)\s+(?:dated|for|with|showing|named)\s+(?P<values>.+)$")
def _row_found_by(said: _Said) -> list[Retold]:
    values = _row_values(said["values"])
    if len(values) < 2:
        return []
    return [tuple(f'Verify the row for "{values[0]}" shows "{v}"' for v in values[1:])]


# --- several quoted texts said at once ---


@retelling("Texts said at once", 'It says "3rd place" and "610 points"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<subject>it|this|the\s+[\w ]+?)\s+(?:now\s+)?(?P<verb>says|shows|displays|reads|contains)\s+(?P<values>(?:\"[^\"]+\"|“[^”]+”)(?:\s*,\s*(?:\"[^\"]+\"|“[^”]+”))*\s*,?\s+and\s+(?:\"[^\"]+\"|“[^”]+”))$")
def _texts_at_once(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    subject = said["subject"].lower()
    where = "the page" if subject in ("it", "this", "the page", "this page") else said["subject"]  # "it": the page it shows
    return [tuple(f'Verify {where} shows "{v}"' for v in values)]


@retelling("A table's columns", "The events table has the columns Group Name, Name, Status, DateTime and Message", (A.EXPECT_VISIBLE,) * 5,
           r"^the\s+(?:[\w-]+\s+){0,2}?(?:table|grid|list)\s+(?:has|shows|contains|includes)\s+(?:the\s+)?(?:columns|column\s+headers|headers)\s*:?\s+(?P<values>.+)$"
           r"|^the\s+(?:[\w-]+\s+){0,2}?(?:table|grid|list)\s+(?:has|shows)\s+(?:an?|the)\s+(?P<one>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w -]*?)\s+column$")
def _table_columns(said: _Said) -> list[Retold]:
    if said.has("one"):  # 'The table has an "Email" column': its column title
        return [(f'Verify the "{phrases.strip_quotes(said["one"])}" column header is shown',)]
    return [(f"Verify the columns include {said['values']}",)]


@retelling("Parts of a kind, named before their kind", "The page has Profile, Import, Export and About sections", (A.EXPECT_VISIBLE,) * 4,
           r"^(?P<place>it|the\s+page|the\s+[\w -]+?)\s+(?:has|shows|contains|offers)\s+(?P<names>[^\"“”]+?|.+)\s+"
           r"(?P<role>sections|tabs|buttons|links|fields|columns|headings|checkboxes|panels)$")
def _parts_named(said: _Said) -> list[Retold]:
    names = _names(said["names"])
    if len(names) < 2 or any(phrases.ARTICLES.match(n) for n in names):
        return []
    place = said["place"].lower()
    where = "" if place == "it" or re.search(r"\b(?:page|screen|dashboard|view)$", place) else f"in {said['place']}"  # the page itself
    return [tuple(_controls_shown(names, "heading" if said["role"].lower() in ("sections", "panels") else said["role"], where))]


@retelling("Controls of a kind, named", "The buttons Pause, Edit, Clone and Delete are shown", (A.EXPECT_VISIBLE,) * 4,
           r"^(?:(?:the\s+(?P<place>.+?)|it)\s+(?:has|shows|contains|offers)\s+)?the\s+(?P<role>buttons|links|tabs|tags|counters|badges|labels|checkboxes|columns|fields|headings)\s+"
           r"(?P<names>.+?)(?:\s+(?:are|is)\s+(?:all\s+)?(?:shown|visible|displayed|present|there)"
           r"(?:\s+(?P<under>(?:in|on|under)\s+.+)|\s+(?:above|below|beneath|over)\s+the\s+[\w -]+)?)?$")
def _controls_named(said: _Said) -> list[Retold]:
    names = _names(said["names"])
    if len(names) < 2 or re.search(r"\s(?:are|is)\s", phrases.mask_quoted(said["names"])):
        return []
    # "… shown above the table": where above it is not checked, only that each is there
    place = said["place"] if said.has("place") else ""
    page = re.fullmatch(r"(?i)page|(?:[\w-]+\s+){0,3}page|screen", place) is not None  # "the Tags page shows the tags …"
    where = f"in the {place}" if place and not page else said["under"] if said.has("under") else ""
    return [tuple(_controls_shown(names, said["role"], where))]


# --- two statements in one ---


# A name said without quotes: capitalised words ("Theo Thompson"), or a capitalised word and lower-case ones ("Red
# lentils", "Rye flour"), never a word that goes on with the sentence
_UNQUOTED_NAME = (r"(?!(?:the|a|an|all|every|each)\s)(?-i:[A-Z])[\w'&.-]*(?:\s+(?!(?:and|or|are|is|appear|now|still|not|no|in|on|under|"
                  r"the|fields?|buttons?|links?|tabs?|columns?|checkboxes|options?|icons?|sections?|menus?|items?|rows?|cards?)\b)"
                  r"(?:(?-i:[A-Z0-9])[\w'&.-]*|(?-i:[a-z])[\w'-]*|&)){0,3}")


@retelling("Two names said together", 'Both "Tester Home" and "Example Domain" are listed', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:both\s+)?(?:the\s+(?:sections|tabs|items|entries|options|headings|ingredients)\s+)?"
           r"(?P<names>(?:\"[^\"]*\"|" + _UNQUOTED_NAME + r")(?:\s*,\s*(?:\"[^\"]*\"|" + _UNQUOTED_NAME + r"))*"
           r"\s*,?\s+and\s+(?:\"[^\"]*\"|" + _UNQUOTED_NAME + r"))\s+(?:are\s+(?:(?:now|still)\s+)?(?P<not>not\s+|no\s+longer\s+)?(?P<how>shown|listed|visible|displayed)(?:\s+again|\s+(?:any\s+more|anymore))?|(?P<appear>appear|are(?=\s+(?:in|on)\s)))(?P<rest>\s+(?:in|on|under)\s+.+)?$")
def _both_shown(said: _Said) -> list[Retold]:
    names = phrases.split_values(said["names"])
    if len(names) < 2:
        return []
    rest = said["rest"] if said.has("rest") else ""
    negated = "not " if said.has("not") else ""  # "Company Blog and Mobile API are not listed": neither is
    how = "shown" if said.has("appear") else said["how"].lower()
    return [tuple(f'Verify "{n}" is {negated}{how}{" " + rest if rest else ""}' for n in names)]


@retelling("These buttons are there", 'There are "Create Tag" and "Merge Tags" buttons at the top', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^there\s+(?:are|is)\s+(?:(?P<names>.+?)\s+(?P<role>buttons|links|tabs|checkboxes|fields|sections)|(?P<role2>buttons|links|tabs|checkboxes|fields)\s*(?::|named|called|labell?ed)?\s+(?P<names2>.+?))(?P<rest>\s+(?:in|on|at|under)\s+(?:the|this|a)\s+.+)?$")
def _these_controls(said: _Said) -> list[Retold]:
    if said.has("role2"):  # 'There are buttons "Join Team" and "Create Team"'
        names = phrases.split_values(said["names2"])
        rest = said["rest"] if said.has("rest") else ""
        return [tuple(_controls_shown(names, said["role2"], rest))] if len(names) > 1 else []
    names = phrases.split_values(said["names"])
    if len(names) < 2:
        return []
    rest = said["rest"] if said.has("rest") else ""
    role = "heading" if said["role"].lower() == "sections" else said["role"]  # a section is shown by its heading
    return [tuple(_controls_shown(names, role, rest))]


def _names(said: str) -> list[str]:
    """'Production, Critical and "Team: payments"' -> [Production, Critical, Team: payments]: names said with commas
    and "and", some quoted, some not (a quoted one keeps its commas and "and")."""
    names = [phrases.strip_quotes(part) for part in phrases.cut_outside_quotes(said, _COMMA_OR_AND)]
    return names if all(names) else []


def _controls_shown(names: list[str], role: str, where: str = "") -> list[str]:
    """'"Create Tag" and "Merge Tags" buttons': each control of that kind shown, where the sentence said."""
    return [f'Verify the "{n}" {phrases.singular(role)} is shown{" " + where if where else ""}' for n in names]


# "X and Y", "X, and Y", "X while Y", "X; Y": two statements, each read on its own
_JOIN = re.compile(r"\s*;\s*|\s*,\s*(?:and|but|while)\s+|\s+(?:and|but|while)\s+")
# between statements a comma joins too ("A is shown, B says … and C"), where what follows is a statement of its own
_BEING = re.compile(r"(?i)the\s+(?P<nth>first|second|third|last)\s+being\s+(?P<value>.+)$")  # "…, the first being X"
# a full stop between statements written on one line ("The name is X. The price is 129."), not after an abbreviation
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)(?<!\betc)(?<!\b[Nn]o)(?<!\bvs)(?<!\bMr)(?<!\bDr)(?<!\bSt)\.\s+(?=[\"“]?(?:[A-Z]|[a-z][a-z0-9]*_))")
_STATEMENT_JOIN = re.compile(_JOIN.pattern + r"|(?P<comma>\s*,\s+)")
_NTH = r"the\s+(?:first|second|third|fourth|fifth|last)\s+[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”)"
_NTH_SAID = re.compile(rf"(?i){_NTH}(?:\s*(?:,|,?\s+and)\s+{_NTH})*")  # '… , the second row "B" and the third row "C"'
_SAYS = r"(?:has|have|shows?|offers?|lists?|contains?|includes?|says|reads)"
# a statement's verb: what the first of two statements must have to be one
STATES = re.compile(r"\b(?:is|are|was|were|has|have|had|shows?|lists?|contains?|includes?|says|reads|displays?|offers?|holds?|"
                     r"appears?|opens?|closes?|loads?|becomes?|remains?|turns?|changes?|disappears?|goes|gets?|stays?|lands?|"
                     r"ends?|starts?|updates?|switches|reloads?|vanish(?:es)?|expands?|collapses?)\b", re.IGNORECASE)


@retelling("Sentences on one line", 'Click Save. The message "Saved" appears', (A.CLICK, A.EXPECT_VISIBLE),
           r"^(?P<all>.+?\.\s+\S.*)$")
def _sentences_on_one_line(said: _Said) -> list[Retold]:
    sentences = phrases.cut_outside_quotes(said.text, _SENTENCE_END)
    return [tuple(sentences)] if len(sentences) > 1 else []


@retelling("Two statements in one", "Review has 2 cards and Done has 4", (A.EXPECT_COUNT, A.EXPECT_COUNT), r"^(?P<all>.+\s(?:and|but|while)\s.+|.+[;,.]\s.+)$")
def _two_statements(said: _Said) -> list[Retold]:
    text, hidden = said.text, phrases.mask_quoted(said.text)
    if re.match(_ACTION_VERB, hidden, re.IGNORECASE):
        return []  # actions one after another are the planner's own split
    sentences = phrases.cut_outside_quotes(text, _SENTENCE_END)
    if len(sentences) > 1:  # statements written on one line: each is a check, and none takes the next as its value
        return [] if any(re.match(_ACTION_VERB, s, re.IGNORECASE) for s in sentences) else [tuple(sentences)]
    tellings: list[Retold] = []
    for join in _STATEMENT_JOIN.finditer(hidden):
        first, second = text[: join.start()].strip(), text[join.end():].strip()
        if not STATES.search(hidden[: join.start()]):
            continue  # "The buttons Pause, Edit and Delete are shown": the first part says nothing of its own
        if join["comma"] and not STATES.search(hidden[join.end():]) and not _BEING.match(hidden[join.end():]) \
                and not _NTH_SAID.fullmatch(text[join.end():].strip()):
            continue  # "The dialog has the tabs Account, Preferences and About": a list goes on after the comma
        if first and second:
            tellings.append((first, _completed(first, second)))
    return tellings


def _completed(first: str, second: str) -> str:
    """The second statement with what it leaves out said again from the first: "Done has 4" after "Review has 2
    cards" counts cards; "a Delete button" after "The dialog has an Edit button" is in that dialog."""
    counted = re.search(rf"\b(?:has|have|holds|contains)\s+{_N}\s+(?P<noun>[a-z][\w-]*)$", first, re.IGNORECASE)
    if counted and re.search(rf"\b(?:has|have|holds|contains)\s+{_N}$", second, re.IGNORECASE):
        return f"{second} {counted['noun']}"
    nth = re.search(r"\bthe\s+(?:first|second|third)\s+(?P<noun>[a-z][\w-]*)\b", first, re.IGNORECASE)
    if nth and re.search(r"\bis\s+the\s+last$", second, re.IGNORECASE):
        return f"{second} {nth['noun']}"
    if nth and re.match(r"(?i)the\s+(?:second|third|fourth|last)\s+is\s", second):  # "… and the second is "B""
        return re.sub(r"(?i)^(the\s+\w+)\s+is\s", rf"\1 {nth['noun']} is ", second, count=1)
    placed = re.match(r"^[^\"“]+?\s(?P<verb>is|are)\s+(?:in|on|at)\s+the\s", phrases.mask_quoted(first))
    if placed and re.fullmatch(r"(?P<name>\"[^\"]+\"|“[^”]+”|[^\s\"“]+(?:\s+[^\s\"“]+){0,3}?)\s+(?:in|on|at)\s+the\s+.+", second) \
            and not STATES.search(phrases.mask_quoted(second)):
        return re.sub(r"\s+(?=(?:in|on|at)\s+the\s)", f" {placed['verb']} ", second, count=1)  # "… and Projects in the last row"
    if re.search(r"\sis\s", first) and _NTH_SAID.fullmatch(second):
        return re.sub(r"(?<=[a-z])\s+(?=[\"“])", " is ", second)  # '… the second row "B"': said with the verb of the first
    nth_phrase = re.search(r"\bthe\s+(?:first|second|third)\s+(?P<phrase>[a-z][^\"“]*?)\s+is\s", first, re.IGNORECASE)
    if nth_phrase and re.match(r"(?i)the\s+(?:first|second|third|last)\s+one\b", second):  # "the last one": the same kind, where it was
        return re.sub(r"(?i)\bone\b", nth_phrase["phrase"], second, count=1)
    counted_noun = re.search(rf"\b{_N}\s+(?P<noun>[a-z][\w-]*)$", first, re.IGNORECASE)
    being = _BEING.match(second)
    if counted_noun and being:  # "… lists 6 ingredients, the first being X": the first of them, in the part counted
        part = re.match(rf"(?i)^(?P<part>the\s+.+?)\s+(?:lists|has|shows|contains|holds)\s+{_N}\s", first)
        where = f" in {part['part']}" if part else ""
        return f"the {being['nth']} {phrases.singular(counted_noun['noun'])}{where} is {being['value']}"
    if counted_noun and re.match(r"(?i)the\s+(?:first|last|second|third)\s+one\b", second):
        return re.sub(r"(?i)\bone\b", phrases.singular(counted_noun["noun"]), second, count=1)
    is_first = re.match(r"(?i)(?:is|are)\s", second)
    named = re.match(r"^(?P<subject>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+(?:is|are)\s", first)
    if is_first and named:  # "January 2025 is €1,690.34 and is the last row": the same name
        return f"{named['subject']} {second}"
    verb_first = re.match(rf"(?i)(?:no\s+longer\s+|does\s+not\s+|doesn't\s+|also\s+)?{_SAYS}\s", second)
    said_by = re.match(rf"^(?P<subject>(?:(?:the|a|an|this|that)\s+)?\S+?(?:\s+\S+)*?)\s+(?:now\s+|still\s+)?{_SAYS}\s", phrases.mask_quoted(first), re.IGNORECASE)
    if verb_first and said_by:  # 'The list shows "A" and no longer shows "B"': the same subject
        return f"{first[: said_by.end('subject')]} {second}"
    subject = re.match(rf"^(?P<sv>.+?\s{_SAYS})\s+", first, re.IGNORECASE)
    if subject and re.match(r"(?i)(?:a|an|the)\s", second) and not re.search(rf"\s(?:is|are|{_SAYS})\s", phrases.mask_quoted(second), re.IGNORECASE):
        return f"{subject['sv']} {second}"
    return second


# --- actions said another way ---


@retelling("A field: its value", "E-mail: tom@planka.test", (A.FILL,),
           r"^(?!(?:expected|result|note|step|given|when|then|precondition|preconditions|url|verify|assert|check|ensure|confirm(?!\s+password)|expect|(?:below|above|under|beneath|at|near)\s+the|click|type|fill|enter|select|go|open|wait)\b)(?P<field>(?-i:[A-Z])[\w'/-]*(?:\s+[\w'/-]+){0,3})\s*:\s+(?P<value>\S.*)$")
def _field_colon(said: _Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"])
    return [(f'Fill "{value}" in the {said["field"]} field',)]


@retelling("Change a field's value", 'Change the title back to "Tester Home"', (A.FILL,),
           r"^(?:change|replace|update|edit)\s+(?P<field>.+?)\s+(?:back\s+)?(?:to|with)\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\"“”]+?)(?P<save>,?\s+and\s+(?:then\s+)?save)?$")
def _change_value(said: _Said) -> list[Retold]:
    field = said["field"]
    if field.lower() in ("it", "this", "that"):
        return []
    told = (f"Set {field} to {said['value']}",)
    return [(*told, "Click Save") if said.has("save") else told]


@retelling("Type into a box you click", 'Click into the "Write a comment..." box and type "Looks good"', (A.FILL,),
           r"^click\s+(?:into|in)\s+(?P<field>.+?)(?:\s*\([^)]*\))?\s*,?\s+and\s+type\s+(?P<value>.+)$")
def _click_into_and_type(said: _Said) -> list[Retold]:
    field = said["field"]
    named = re.fullmatch(r"the\s+(?:search\s+)?(?:box|field|input)", field, re.IGNORECASE)
    return [(f"Fill {said['value']} in {field}" if not named else f"Fill {said['value']} in the search field",)]


@retelling("Leave a field empty", "Leave Name empty", (A.FILL,),
           r"^leave\s+(?:the\s+)?(?P<field>.+?)(?:\s+(?:field|box))?\s+(?:empty|blank)$")
def _leave_empty(said: _Said) -> list[Retold]:
    return [(f"Clear the {said['field']} field",)]


@retelling("A statement with an aside", "Four users are listed (every @harborlight.test account)", (A.EXPECT_COUNT,),
           r"^(?P<main>[^()]*[^()\s])\s*\((?P<aside>[^()]+)\)$")
def _with_aside(said: _Said) -> list[Retold]:
    """An aside in brackets at the end: a check of its own when it reads as one ("(the URL contains /x)"); else a
    remark, dropped only when it holds no value a check could need (no quote, no digit)."""
    tellings: list[Retold] = [(said["main"], said["aside"])]
    if not re.search(r"[\d\"“]", said["aside"]):
        tellings.append((said["main"],))
    return tellings


@retelling("Visit a part of the site", "Visit the posts archive", (A.CLICK,), r"^visit\s+(?P<rest>the\s+[^/\"“]+)$")
def _visit(said: _Said) -> list[Retold]:
    return [(f"Open {said['rest']}",)]


@retelling("Listed there, on the page you are on", 'Verify "Old Post" is not listed there', (A.EXPECT_HIDDEN,),
           r"^(?P<statement>.+\s(?:listed|shown|displayed|visible))\s+there$")
def _listed_there(said: _Said) -> list[Retold]:
    return [(said["statement"],)]


@retelling("An action and what it skips", "Close the dialog without saving", (A.CLICK,),
           r"^(?P<action>" + _ACTION_VERB + r".+?|close\s+.+?|(?P<bare>save|submit|continue|create|publish|send|apply))\s+without\s+"
           r"(?:saving|filling|changing|typing|entering|selecting|choosing|picking)\b.*$")
def _without(said: _Said) -> list[Retold]:
    """"Save without entering a title": the button of that name is pressed, with the field left as it is."""
    return [(f"Click {said['bare'].capitalize()}" if said.has("bare") else said["action"],)]


@retelling("Signing out through a menu", "Log out via the user menu", (A.CLICK, A.CLICK),
           r"^(?P<entry>(?:log|sign)\s*(?:out|off))\s+(?:via|using|through|from)\s+(?:the\s+|my\s+)?(?P<menu>[\w' -]*?(?:menu|dropdown|drop-down))$")
def _through_menu(said: _Said) -> list[Retold]:
    return [(f"Click the {said['menu']}", f'Click "{said["entry"]}" in the {said["menu"]}')]


@retelling("A message that appears saying a text", 'A notification appears saying "Saved successfully"', (A.EXPECT_VISIBLE,),
           r"^(?:a|an|the)\s+(?:(?P<error>error|warning)\s+)?(?:notification|toast|message|alert|banner|snackbar|popup|pop-up|flash(?:\s+message)?|error|warning)"
           r"\s+(?:appears|is\s+shown|is\s+displayed|shows\s+up|pops\s+up)\s+(?:saying|that\s+says|reading|with\s+the\s+(?:text|message))\s+"
           r"(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _message_saying(said: _Said) -> list[Retold]:
    kind = "error" if said.has("error") or said.text.split()[1].lower() in ("error", "warning") else "message"
    return [(f"Verify an {kind} {said['text']} is shown" if kind == "error" else f"Verify a message saying {said['text']} is shown",)]


@retelling("Where first, then what is shown there", 'Under the Email field, the message "Invalid email" is shown', (A.EXPECT_VISIBLE,),
           r"^(?P<where>(?:under|below|beneath|next\s+to|beside|above)\s+[^,]+?)\s*,\s*(?P<rest>(?:the|a|an)\s+.+?\s+(?:is|are)\s+(?:shown|displayed|visible))$")
def _where_then_shown(said: _Said) -> list[Retold]:
    return [(f"Verify {said['rest']} {said['where']}",)]


@retelling("Under a heading first, then a statement", 'Under Permissions, the Group dropdown has "Engineering" selected', (A.EXPECT_VALUE,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,\"“]+?)\s*,\s*(?P<subject>the\s+[^\"“,]+?)\s+(?P<rest>(?:has|have|shows?|lists?|reads|says|contains?|is|are)\s.+)$")
def _under_then_statement(said: _Said) -> list[Retold]:
    under = said["under"] if said["under"][0] in "\"“" else f'"{said["under"]}"'
    return [(f"{said['subject']} under {under} {said['rest']}",)]


@retelling("A statement, then a colon and a check", "You are sent to the login page: the URL contains /login", (A.EXPECT_PAGE, A.EXPECT_URL),
           r"^(?P<said>[^:\"“]+?)\s*:\s+(?P<check>(?:the|a|an)\s.+)$")
def _statement_colon_check(said: _Said) -> list[Retold]:
    """Both are checks: what the sentence says, and the check after the colon that shows it."""
    return [(said["said"], said["check"])]


@retelling("The text of the page", 'The article text includes "Reviewers respond within one working day."', (A.EXPECT_VISIBLE,),
           r"^the\s+(?:article|post|page|entry|document|main)(?:'s)?\s+(?:text|content|body)\s+(?:includes|contains|shows|says|mentions|has)\s+"
           r"(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _text_of_the_page(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]


@retelling("A value said with what kind it is", 'Enter an invalid email "abc"', (A.FILL,),
           r"^(?P<verb>enter|type|fill\s+in|input|use)\s+(?:an?|the)\s+(?:(?:in)?valid|wrong|incorrect|bad|new|different|short|long|empty|existing|unknown)\s+"
           r"(?P<field>[a-z][\w -]*?)\s+(?P<value>\"[^\"]*\"|“[^”]*”)$")
def _value_of_a_kind(said: _Said) -> list[Retold]:
    return [(f"Fill {said['value']} in the {said['field']} field",)]


@retelling("What the user is shown", "The user is shown a success message", (A.EXPECT_VISIBLE,),
           r"^(?:the\s+)?(?:user|customer|visitor)\s+(?:is|gets|should\s+be)\s+shown\s+(?P<what>.+)$")
def _user_is_shown(said: _Said) -> list[Retold]:
    return [(f"Verify {said['what']} is shown",)]


@retelling("Answering a dialog the page draws", "Confirm the deletion", (A.CLICK,),
           r"^(?P<answer>confirm|cancel|dismiss)\s+(?:the|this)\s+(?:deletion|removal|dialog|modal|popup|pop-up|prompt|confirmation|action)$")
def _answer_dialog(said: _Said) -> list[Retold]:
    control = "Confirm" if said["answer"].lower() == "confirm" else "Cancel"
    return [(f"Click {control} in the dialog",)]


@retelling("A path through menus", "Navigate to Settings > Profile", (A.CLICK, A.CLICK),
           r"^(?:go|navigate|browse)\s+to\s+(?P<path>[^>/]+?(?:\s*(?:>|›|→)\s*[^>›→/]+?)+)$")
def _menu_path(said: _Said) -> list[Retold]:
    steps = [p.strip() for p in re.split(r"\s*(?:>|›|→)\s*", said["path"]) if p.strip()]
    return [tuple(f'Click "{phrases.strip_quotes(p)}"' for p in steps)]


@retelling("Trying to reach an address", "Try to access /projects directly", (A.NAVIGATE,),
           r"^(?:try|attempt)\s+to\s+(?:access|open|visit|reach|go\s+to|navigate\s+to|load)\s+(?P<path>/\S*|https?://\S+)(?:\s+(?:directly|again|by\s+url))?$")
def _try_to_reach(said: _Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]


@retelling("A list of N shown", "A list of 5 projects is displayed", (A.EXPECT_COUNT,),
           r"^(?:a|the)\s+list\s+of\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<noun>[a-z][\w-]*)\s+(?:is|are)\s+(?:shown|displayed|visible|listed)$")
def _list_of_n(said: _Said) -> list[Retold]:
    return [(f"Verify {said['n']} {said['noun']} are shown",)]


@retelling("A page that opens and shows something", 'The dashboard opens and shows the "Welcome!" widget', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<page>[a-z][\w -]*?)\s+(?:page\s+)?(?:opens|loads|appears|is\s+shown|is\s+displayed)\s+and\s+shows\s+(?P<rest>.+)$")
def _opens_and_shows(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['page']} shows {said['rest']}",)]  # what it shows is what tells it opened


@retelling("A form shown with its button", 'The login form with the "Sign In" button is shown again', (A.EXPECT_VISIBLE,),
           r"^the\s+[a-z][\w -]*?\s+form\s+with\s+(?:the|a|its)\s+(?P<button>\"[^\"]+\"|“[^”]+”)\s+button\s+(?:is\s+)?(?:shown|displayed|visible)(?:\s+again)?$")
def _form_with_button(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['button']} button is visible",)]


@retelling("A field holding one word as written", "The Email field has maria.lopez@harborsupply.example", (A.EXPECT_VALUE,),
           r"^the\s+(?P<field>[\w' -]+?)\s+(?:field|input|box)\s+(?:has|holds|contains)\s+(?P<value>[^\s\"“”]+)$")
def _field_holds_word(said: _Said) -> list[Retold]:
    return [(f'Verify the {said["field"]} field has the value "{said["value"]}"',)]


@retelling("Controls named one after another", 'There is a "Log in" link and a "Sign up" link in the top bar', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^there\s+(?:is|are)\s+(?P<first>an?\s+(?:\"[^\"]+\"|“[^”]+”)\s+(?:link|button|tab|field|checkbox))\s+and\s+"
           r"(?P<second>an?\s+(?:\"[^\"]+\"|“[^”]+”)\s+(?:link|button|tab|field|checkbox))(?P<where>\s+(?:in|on|at)\s+the\s+.+)?$"
           r"|^the\s+(?P<a>(?-i:[A-Z])[\w' -]*?|\"[^\"]+\")\s+and\s+(?P<b>(?-i:[A-Z])[\w' -]*?|\"[^\"]+\")\s+(?P<kind>buttons|links|tabs|fields)\s+(?:are|is)\s+(?:visible|shown|displayed|present)$")
def _controls_named(said: _Said) -> list[Retold]:
    if said.has("a"):
        kind = said["kind"][:-1]
        return [tuple(f'Verify the "{phrases.strip_quotes(n)}" {kind} is visible' for n in (said["a"], said["b"]))]
    where = f" {said['where']}" if said.has("where") else ""
    return [tuple(f"Verify {part}{where} is visible" for part in (said["first"], said["second"]))]


@retelling("A page that links to names", 'Verify the page links to "Your First Week", "Laptop Setup" and "Buddy Program"', (A.EXPECT_VISIBLE,) * 3,
           r"^the\s+(?:page|article|section|menu|sidebar)\s+(?:links|link)\s+to\s+(?P<values>.+)$")
def _links_to(said: _Said) -> list[Retold]:
    names = phrases.split_values(said["values"])
    if not names or any(not re.match(r'["“]', n) and n[:1].islower() for n in names):
        return []
    return [tuple(f'Verify the "{phrases.strip_quotes(n)}" link is visible' for n in names)]


@retelling("A box that appears asking for something", 'The login form appears asking to "Please log in"', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?-i:[a-z]+)\s+(?:form|dialog|page|box|window|prompt)\s+(?:appears|opens|is\s+shown)\s+asking\s+(?:me\s+)?(?:to\s+)?(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _appears_asking(said: _Said) -> list[Retold]:
    return [(f"Verify {said['text']} is visible",)]


@retelling("Switch to a tab", "Switch to the Managers tab", (A.CLICK,), r"^switch\s+to\s+(?P<tab>.+?\s+tab)$")
def _switch_tab(said: _Said) -> list[Retold]:
    return [(f"Open {said['tab']}",)]


@retelling("Go to an address, and what it is", 'Go to /bookmarks/1/edit, the edit page of the bookmark', (A.NAVIGATE,),
           r"^go\s+(?:back\s+)?to\s+(?P<path>/\S*)(?:\s*,\s*.+|\s+again)?$")
def _go_to_path(said: _Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]


@retelling("Search in a part", 'Search the cards for "pricing"', (A.FILL, A.PRESS),
           r"^search\s+(?:(?:the|all|my)\s+)?[a-z]+\s+for\s+(?P<what>.+)$")
def _search_in(said: _Said) -> list[Retold]:
    return [(f"Search for {said['what']}",)]


@retelling("A control nowhere to be seen", 'There is no "Add another card" link in any list', (A.EXPECT_HIDDEN,),
           r"^there\s+(?:is|are)\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?P<role>link|button|tab|checkbox|field|option|entry|icon|menu)s?(?:\s+(?:in|on|under)\s+(?:any|the|a|this)\s+.+)?$")
def _no_control(said: _Said) -> list[Retold]:
    name = _in_quotes(said["name"])
    return [(f"Verify the {name} {said['role']} is not visible",)]


@retelling("An item without a control", 'The row for Ethan has no "edit" button', (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN),
           r"^(?P<item>the\s+" + phrases.ITEM_NOUNS + r"\s+for\s+.+?)\s+(?:now\s+|still\s+)?(?:has|shows)\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w-]+(?:\s+[\w-]+)?)\s+"
           r"(?P<role>button|link|tab|checkbox|icon|badge)$")
def _item_lacks_control(said: _Said) -> list[Retold]:
    # the item is there first: a control looked for in an item the page does not show is never visible
    return [(f"Verify {said['item']} is visible", f"Verify the {said['name']} {said['role']} in {said['item']} is not visible")]


@retelling("A name not shown", "QA Temp Project is not listed", (A.EXPECT_HIDDEN,),
           r"^(?:the\s+(?-i:[a-z]+)\s+)?(?!(?:the|a|an)\s)(?P<name>(?-i:[A-Z])[^\"“”]*?)\s+is\s+(?:no\s+longer|not)\s+(?P<how>listed|shown|visible|displayed)(?P<rest>\s+(?:in|on|under)\s+.+)?$")
def _name_not_shown(said: _Said) -> list[Retold]:
    rest = f" {said['rest']}" if said.has("rest") else ""
    return [(f'Verify "{said["name"]}" is not {said["how"]}{rest}',)]


@retelling("A dialog that asks", 'A "Create Project" dialog asks to "Enter project title"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:a|an|the)\s+(?:(?P<name>\"[^\"]+\"|“[^”]+”)\s+)?(?:(?:confirmation|confirm|warning|alert)\s+)?(?P<kind>dialog|popup|modal|window|form)\s+(?:(?:appears|opens|pops\s+up)\s+)?(?:asks|asking|says|saying|shows|prompts)\s+(?:(?:you\s+)?(?:to|for)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _dialog_asks(said: _Said) -> list[Retold]:
    if not said.has("name"):  # 'A modal appears asking "Are you sure?"'
        return [(f"Verify the dialog shows {said['value']}",)]
    return [(f"Verify a {said['kind']} titled {said['name']} opens", f"Verify the {said['kind']} shows {said['value']}")]


@retelling("A statement, with these controls", 'A confirmation popup asks "Are you sure?" with Cancel and Confirm buttons', (A.EXPECT_VISIBLE,) * 3,
           r"^(?P<first>.+?)\s+with\s+(?P<with>[^,]+?\s+(?:buttons|links))$")
def _with_controls(said: _Said) -> list[Retold]:
    checks = _with_checks(said["with"])
    first = re.sub(r"(?i)^(a|the)\s+confirmation\s+(?:popup|dialog|box|modal)\s+", r"\1 confirmation ", said["first"])
    return [(first, *checks)] if checks else []


@retelling("A table with a row for a name", "The Users table now has a row for Tom Copy", (A.EXPECT_VISIBLE,),
           r"^the\s+.+?\s+(?:table|list|grid)\s+(?:now\s+)?(?:has|shows|contains)\s+a\s+row\s+for\s+(?P<name>.+)$")
def _row_for(said: _Said) -> list[Retold]:
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" is visible',)]


@retelling("Controls in one state", "The Archived, Unread and Shared checkboxes are all unchecked", (A.EXPECT_STATE,) * 3,
           r"^(?:under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+)?the\s+(?:(?P<names>.+?)\s+(?P<role>checkboxes|buttons|links|fields|switches|toggles)|(?P<role2>checkboxes|switches|toggles)\s+(?P<names2>.+?))\s+are\s+(?:all\s+|both\s+)?"
           r"(?P<state>checked|unchecked|disabled|enabled|empty|selected|unselected)$")
def _controls_in_state(said: _Said) -> list[Retold]:
    # 'Under "For whom?" the checkboxes Alice, Bob and Diana are all checked': each one, under that heading
    names = phrases.split_values(said["names"] if said.has("names") else said["names2"])
    if len(names) < 2:
        return []
    role = phrases.singular(said["role"] if said.has("role") else said["role2"])
    under = f" under {said['under']}" if said.has("under") else ""
    return [tuple(f'Verify the "{n}" {role}{under} is {said["state"]}' for n in names)]


@retelling("A corner of a part", '"Ada Admin" appears at the top right of the header', (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+(?P<verb>appears|is\s+shown|is\s+displayed|is\s+visible)\s+at\s+the\s+(?:top|bottom)(?:[\s-]+(?:right|left))?(?:\s+corner)?\s+of\s+the\s+(?P<region>header|footer|sidebar|navigation)$")
def _corner_of(said: _Said) -> list[Retold]:
    # drops the corner: in the header is checked, not which end of it
    return [(f"Verify {said['what']} is shown in the {said['region']}",)]


@retelling("Scroll to an end of the page", "Scroll to the bottom of the list", (A.PRESS,),
           r"^scroll\s+(?:down\s+|up\s+)?to\s+the\s+(?P<end>bottom|end|top)(?:\s+of\s+the\s+(?:page|list|table|results))?$")
def _scroll_to_end(said: _Said) -> list[Retold]:
    return [("Press Home" if said["end"].lower() == "top" else "Press End",)]


@retelling("Scroll by a page", "Scroll down", (A.PRESS,), r"^scroll\s+(?P<way>down|up)(?:\s+(?:a\s+bit|a\s+little|the\s+page))?$")
def _scroll_by_a_page(said: _Said) -> list[Retold]:
    return [("Press PageDown" if said["way"].lower() == "down" else "Press PageUp",)]


@retelling("They, after a count or a list", "They are, in order, Real Python, Kubernetes Basics and The Verge", (A.EXPECT_ORDER,),
           r"^(?:they|these)\s+are\s*,?\s+(?:(?P<order>" + _ORDERS + r")\s*[,:]?\s+)?(?P<values>.+)$", after="Verify 3 bookmarks are shown")
def _they_are(said: _Said) -> list[Retold]:
    if not said.has("order"):  # "They are A, B and C": which ones, in no order said
        values = _names(said["values"])
        return [tuple(f'Verify "{v}" is listed' for v in values)] if said.subject is not None and len(values) > 1 else []
    values = phrases.split_values(said["values"])
    if said.subject is None or len(values) < 2:
        return []
    return [(_in_this_order(_plural(said.subject), values),)]


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else f"{noun[:-1]}ies" if re.search(r"[^aeiou]y$", noun) else f"{noun}s"


# --- a named item and what it is marked with ---

_ITEM_NAME = r"(?:the\s+(?-i:[a-z]+)\s+|(?-i:[A-Z][a-z]+)\s+\d+\s+(?=[\"“]))?(?!(?:the|a|an|it|its|this|that|their|his|her)\s)(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}?)"


@retelling("An item marked with a value", 'The key "Grafana exporter" is listed as Active', (A.EXPECT_TEXT,),
           r"^" + _ITEM_NAME + r"\s+(?:is\s+(?:now\s+)?(?:marked(?:\s+as)?|listed\s+as|shown\s+as|labell?ed(?:\s+as)?|flagged\s+as|tagged(?:\s+as)?)"
           r"|(?:appears|is\s+(?:listed|shown))\s+in\s+the\s+[a-z][\w -]*?\s+with|is\s+in\s+the\s+[a-z][\w -]*?\s+with|is\s+(?:listed|shown)\s+with"
           r"|has\s+(?:the\s+|a\s+)?(?:status|state|badge|label|tag|priority|role))\s+(?P<value>.+)$")
def _item_marked(said: _Said) -> list[Retold]:
    value = re.sub(r"(?i)^(?:a|an|the)\s+[a-z]+\s+of\s+(?=\S)", "", said["value"])  # "with a balance of 0.00": 0.00
    value = re.sub(r"(?i)\s+(?:in|on)\s+the\s+(?:sidebar|header|footer|navigation|menu|table|list)$", "", value)  # where it shows
    kind = None if _QUOTED.fullmatch(value) else re.fullmatch(r"(?:the\s+)?(?-i:[a-z]+)\s+(?P<value>[^a-z\s].*)", value)
    value = kind["value"] if kind else value  # "shown with the weight (x2)": the word says what the value is
    values = _row_values(value) or [phrases.strip_quotes(value)]  # "with 0 bookmarks": the row shows 0
    return [tuple(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows "{v}"' for v in values)]


@retelling("An item with a badge", 'heidi has a "Captain" badge', (A.EXPECT_TEXT,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|[\w'&.-]+(?:\s+(?-i:[A-Z0-9])[\w'&.-]*){0,3})\s+(?:has|shows|carries)\s+(?:an?|the)\s+"
           r"(?:[a-z]+\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w-]*)\s+(?:badge|label|tag|marker|pill|chip)$")
def _item_badge(said: _Said) -> list[Retold]:
    if said["name"].lower() in ("it", "this", "that", "he", "she", "they", "there", "the row", "the card"):
        return []
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows "{phrases.strip_quotes(said["value"])}"',)]


@retelling("A group that lists an item with a value", "Payments lists Payments Gateway with 0%", (A.EXPECT_VISIBLE, A.EXPECT_TEXT),
           r"^(?P<group>(?!(?:the|a|an|my|this|it)\s)(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*){0,3}|\"[^\"]+\")\s+(?:lists|includes)\s+"
           r"(?P<name>[^,]+?)\s+with\s+(?P<value>[^,]+)$")
def _group_lists_with(said: _Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"])
    return [(f'Verify "{name}" is shown under {said["group"]}', f'Verify the row for "{name}" shows "{phrases.strip_quotes(said["value"])}"')]


@retelling("A name listed as a kind of thing", "crashlog.txt is listed as an attachment", (A.EXPECT_VISIBLE,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|\S+)\s+is\s+(?:listed|shown|attached)\s+as\s+(?:an?|the)\s+[a-z][\w -]*$")
def _listed_as(said: _Said) -> list[Retold]:
    return [(f'Verify "{phrases.strip_quotes(said["name"])}" is listed',)]


@retelling("Someone can see a part, and what it shows", 'Tom can see the products table: "Showing 1–36 of 36"', (A.EXPECT_TEXT,),
           r"^(?:i|we|you|the\s+user|(?-i:[A-Z])[a-z]+)\s+(?:can\s+)?(?:see|sees)\s+(?P<part>the\s+[^:\"“]+?)\s*:\s*(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _can_see_part(said: _Said) -> list[Retold]:
    return [(f"{said['part']} shows {said['value']}",)]


@retelling("A box that stays open and shows a text", 'The dialog stays open and shows the error "Tag already exists"', (A.EXPECT_TEXT,),
           r"^(?P<box>the\s+(?:[a-z]+\s+)?(?:dialog|modal|form|popup|pop-up|window|panel))\s+(?:stays|remains|is\s+still)\s+open\s+and\s+"
           r"(?P<rest>(?:shows|says|lists|displays)\s.+)$")
def _stays_open_and_shows(said: _Said) -> list[Retold]:
    """What the box shows is checked in it, which holds only while it is open."""
    return [(f"{said['box']} {said['rest']}",)]


@retelling("A text with a quoted name inside it", 'The heading reads Delete "All-hands 2026-10-12"', (A.EXPECT_VISIBLE,),
           r"^(?:(?P<subject>(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:heading|title|message|error|notice|toast|notification|alert|banner|"
           r"dialog|page))\s+(?P<verb>reads|says|shows(?:\s+the\s+(?:error|message))?)\s+(?P<value>(?-i:[A-Z])[^\"“]*[\"“].+)"
           r"|(?P<kind>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:message|error|notice|toast|notification|alert|banner))\s+"
           r"(?P<text>(?-i:[A-Z])[^\"“]*[\"“].+?)\s+(?:appears|is\s+shown|is\s+displayed))$")
def _quoted_name_inside(said: _Said) -> list[Retold]:
    """A text quoting a name, written without quotes of its own (The message says The article "X" is deleted!):
    the whole text, its inner quotes kept, in curly quotes."""
    if said.has("kind"):
        return [(f"Verify the message “{said['text']}” is shown",)]
    return [(f"{said['subject']} {said['verb']} “{said['value']}”",)]


@retelling("A text that starts with", 'The info under the table starts with "Showing 1 to 1 of 1 entry"', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+[\w -]+?\s+(?:starts|begins)\s+with\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _starts_with(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]  # shown, wherever it starts


@retelling("A named thing that opens", 'The ticket "Email bouncing from supplier domain" opens', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?:new\s+)?[a-z][\w-]*\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:opens|is\s+opened|loads|is\s+shown|is\s+displayed)$")
def _named_opens(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]


# --- a state said another way ---


@retelling("A control that became another", "The Pause button has become a Resume button", (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN),
           r"^the\s+(?P<was>.+?)\s+(?P<role>button|link|tab|icon|toggle)\s+(?:has\s+)?(?:become|becomes|turned\s+into|turns\s+into|changed\s+(?:in)?to|changes\s+(?:in)?to|is\s+now)\s+"
           r"(?:an?\s+|the\s+)?(?P<now>.+?)\s+(?P=role)$")
def _became(said: _Said) -> list[Retold]:
    role, was, now = said["role"], phrases.strip_quotes(said["was"]), phrases.strip_quotes(said["now"])
    return [(f'Verify the "{now}" {role} is visible', f'Verify the "{was}" {role} is not visible')]


@retelling("A text revealed", 'The hint text "the first byte gives the key away" is revealed', (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+(?:is|are|gets|get)\s+(?:now\s+)?(?:revealed|uncovered|unveiled|unhidden)$")
def _revealed(said: _Said) -> list[Retold]:
    return [(f"Verify {said['what']} is shown",)]


@retelling("A text it mentions", 'The description mentions "a seized laptop"', (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?)\s+(?:mentions|refers\s+to|talks\s+about)\s+(?P<value>.+)$")
def _mentions(said: _Said) -> list[Retold]:
    values = [said["value"]] if _QUOTED.fullmatch(said["value"]) else [f'"{v}"' for v in phrases.split_values(said["value"])]
    if not values:
        return []  # "mentions GlobalConnect and vpn.example": two things mentioned, each checked
    return [tuple(f"Verify {said['subject']} shows {v}" for v in values), tuple(f"Verify the page shows {v}" for v in values)]


@retelling("A value said to be what is shown", "The value shown is 200", (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<thing>[a-z][\w -]*?)\s+(?:shown|displayed)\s+(?:is|reads)\s+(?P<value>.+)$|"
           r"^the\s+(?P<outcome>result|outcome|response|answer|feedback|verdict)\s+(?:is|reads|says)\s+(?P<said>\"[^\"]+\"|“[^”]+”)$")
def _value_shown(said: _Said) -> list[Retold]:
    if said.has("outcome"):  # 'The result is "Correct"': the text that tells the result
        return [(f"Verify the page shows {said['said']}",)]
    value = _in_quotes(said["value"])
    return [(f"Verify the {said['thing']} is {said['value']}",), (f"Verify the page shows {value}",)]


@retelling("A name shown as the heading", 'The team name "Segfault Society" is shown as the heading', (A.EXPECT_VISIBLE,),
           r"^(?:the\s+[\w ]+?\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:shown|displayed|used)\s+as\s+the\s+(?:page\s+)?(?:heading|title)$")
def _shown_as_heading(said: _Said) -> list[Retold]:
    return [(f"Verify the heading {said['value']} is shown",)]


@retelling("A name on this page", 'The user "zoe" is listed on this page', (A.EXPECT_VISIBLE,),
           r"^(?P<before>.+?\s(?:is|are)\s+(?:listed|shown|visible|displayed))\s+(?:on|in)\s+(?:this|the)\s+(?:page|list)$")
def _on_this_page(said: _Said) -> list[Retold]:
    return [(said["before"],)]


@retelling("A name gone from a list", "Old Newsletter is gone from the monitor list", (A.EXPECT_HIDDEN,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}?)\s+(?:is|has)\s+(?:now\s+)?(?:gone|disappeared|vanished|been\s+removed|removed)\s+from\s+the\s+[a-z][\w -]*$|"
           r"^the\s+(?:[\w-]+\s+){0,2}?(?:list|table|grid|results)\s+(?:no\s+longer|does\s+not|doesn't)\s+(?:contains?|shows?|lists?|includes?)\s+(?P<bare>(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}|\"[^\"]+\"|“[^”]+”)$")
def _gone_from(said: _Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"] or said["bare"])
    return [(f'Verify the page does not show "{name}"',)]  # nowhere on the page: stricter than in the list


@retelling("Where on the page first, then a text", 'At the bottom it says "This article was last modified: Sept. 5, 2026"', (A.EXPECT_VISIBLE,),
           r"^(?:(?:at|near)\s+the\s+(?:bottom|top|end|foot)(?:\s+of\s+the\s+(?:page|article|post))?|(?:below|above|under)\s+the\s+[\w -]+?)\s*[,:]?\s*"
           r"(?:it\s+(?:says|shows|reads)\s+|there\s+is\s+(?:the\s+text\s+)?|you\s+see\s+|the\s+page\s+(?:says|shows)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _where_then_text(said: _Said) -> list[Retold]:
    # drops where, as above: that the text is shown is checked, not how far down the page it sits
    return [(f"Verify the page shows {said['value']}",)]


@retelling("Where above or below, not checked", 'The "Clear All Events" button is visible above the table', (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+(?:is|are)\s+(?:now\s+)?(?:visible|shown|displayed)\s+(?:right\s+|just\s+)?(?:above|below|beneath|over|after|before)\s+(?:the\s+[\w -]+|it|them)$|"
           r"^(?P<what2>.+?)\s+(?:appears?|shows?\s+up)\s+(?:right\s+|just\s+)?(?:above|below|beneath|under|over|after|before)\s+(?:the\s+[\w -]+|it|them)$|"
           r"^(?P<what3>.+?)\s+(?:is|are)\s+(?:now\s+)?(?:visible|shown|displayed)\s+(?:under|beneath|next\s+to|beside)\s+(?:it|them)$")
def _above_below(said: _Said) -> list[Retold]:
    # drops where: that it is there is checked, not which side of the other thing it sits on
    what = said["what"] or said["what2"] or said["what3"]
    if re.fullmatch(r"(?i)(?:it|they|this|that)", what):
        return []
    return [(f"Verify {what} is shown",)]


@retelling("A control said after what shows it", 'The General settings show the "Display Timezone" field', (A.EXPECT_VISIBLE,),
           r"^(?P<subject>.+?)\s+(?:shows?|has|have|contains?|includes?|offers?)\s+(?:the|a|an)\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+"
           r"(?P<role>field|button|link|tab|checkbox|option|dropdown|toggle|switch)$")
def _control_in(said: _Said) -> list[Retold]:
    if re.match(r"(?i)(?:every|each|all|no|none|any)\b", said["subject"]):
        return []  # "every row has …", "no row has …": how many have it is what is checked
    return [(f'Verify the {said["value"]} {said["role"]} is shown',)]


@retelling("A row for a name in a list, with what it shows", 'The maintenance list contains "Mobile API hotfix" with the status Under Maintenance',
           (A.EXPECT_TEXT,), r"^the\s+[\w -]*?(?:list|table|grid)\s+(?:now\s+)?(?:contains|shows|has|lists|includes)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+with\s+(?P<values>.+)$")
def _listed_with(said: _Said) -> list[Retold]:
    control = re.fullmatch(r"(?i)(?:an?|the)\s+(?P<control>.+?\s+(?:button|link|icon|checkbox))", said["values"].strip())
    if control:  # '… lists "Legacy VPN Setup" with a Restore button': a control in its row, not a text
        return [(f"The row for {said['name']} has a {control['control']}",)]
    values = _row_values(said["values"])
    if not values:
        return []
    name = phrases.strip_quotes(said["name"])
    return [tuple(f'Verify the row for "{name}" shows "{v}"' for v in values)]


@retelling("A value picked in a field already", 'The form opens with "Single Maintenance Window" preselected as the Strategy', (A.EXPECT_VALUE,),
           r"^(?:(?:the|a|an)\s+[\w -]+?\s+(?:opens|loads|is\s+shown|appears)\s+with\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:already\s+)?"
           r"(?:preselected|pre-selected|selected|chosen|picked|set)\s+(?:as|in|for)\s+the\s+(?P<field>.+?)(?:\s+(?:field|dropdown|select))?$")
def _preselected(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['field']} field has value {said['value']}",)]


@retelling("Where a link points, said as a URL", "The download link points to a URL containing /files/", (A.EXPECT_ATTRIBUTE,),
           r"^(?P<subject>.+?)\s+(?:points|links|leads|goes)\s+to\s+(?:a|an|the)\s+(?:url|address|page|path|location)\s+(?:containing|that\s+contains|with)\s+(?P<value>.+)$")
def _points_to_url(said: _Said) -> list[Retold]:
    return [(f"Verify {said['subject']} points to {said['value']}",)]


@retelling("A page shown with a text on it", 'The Challenges page is shown with "XOR Marks the Spot" on it', (A.EXPECT_VISIBLE,),
           r"^the\s+[\w -]+?\s+page\s+(?:is\s+(?:shown|displayed|open)|opens|loads)\s+with\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:on\s+it|listed|shown|in\s+it)$")
def _page_with_text(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]


# --- actions said another way (more) ---


@retelling("Clear a field, then type", 'Clear the Affiliation field and type "Lighthouse QA Lab"', (A.FILL,),
           r"^clear\s+(?:the\s+)?(?P<field>.+?)(?:\s+(?:field|box|input))?\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:type|enter)\s+(?:in\s+)?(?P<value>.+)$")
def _clear_then_type(said: _Said) -> list[Retold]:
    return [(f"Fill {said['value']} in the {said['field']} field",)]


@retelling("Two fields typed in one sentence", "Type Warehouse Status in Name and warehouse in Slug", (A.FILL, A.FILL),
           r"^(?P<verb>type|enter|fill\s+in|put)\s+(?P<v1>.+?)\s+(?:in|into)\s+(?:the\s+)?(?P<f1>.+?)\s*,?\s+and\s+(?P<v2>(?!the\s).+?)\s+(?:in|into)\s+(?:the\s+)?(?P<f2>.+)$")
def _two_typed(said: _Said) -> list[Retold]:
    return [(f"{said['verb']} {said['v1']} in the {_as_field(said['f1'])}", f"{said['verb']} {said['v2']} in the {_as_field(said['f2'])}")]


def _as_field(name: str) -> str:
    """'Slug' -> 'Slug field'; 'Name box' as it is: a field's name as the rules read it after "in the"."""
    return name if re.search(r"(?i)\s(?:field|box|input)$", name) else f"{name} field"


@retelling("Choose a value as a field", 'Select "HTTP(s) - Keyword" as the Monitor Type', (A.SELECT,),
           r"^(?:select|choose|pick)\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\"“”]+?)\s+as\s+(?:the\s+)?(?P<field>[\w' -]+?)(?:\s+(?:field|dropdown|select))?"
           r"(?P<form>\s+in\s+the\s+[^,]+?\s+form)?$")
def _select_as(said: _Said) -> list[Retold]:
    # in a form named: the field's label finds it ("the queue"), the form only says where it is
    return [(f"Select {said['value']} from the {said['field']} dropdown",)]


@retelling("Two values entered as two fields", "Enter contractor as the username and secret as the password", (A.FILL, A.FILL),
           r"^(?P<verb>enter|type|fill\s+in|input|use)\s+(?P<v1>\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?(?P<f1>[\w' -]+?)\s*,?\s+and\s+"
           r"(?P<v2>\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?(?P<f2>[\w' -]+?)$")
def _two_entered_as(said: _Said) -> list[Retold]:
    return [(f"Enter {said['v1']} as the {said['f1']}", f"Enter {said['v2']} as the {said['f2']}")]


@retelling("Two fields filled with values", 'Fill Name with "Acme Copy" and Slug with "acme"', (A.FILL, A.FILL),
           r"^(?:fill(?:\s+in)?|set)\s+(?:the\s+)?(?P<f1>[\w' -]+?)\s+(?:with|to)\s+(?P<v1>\"[^\"]*\"|“[^”]*”)\s*,?\s+and\s+(?:the\s+)?(?P<f2>[\w' -]+?)\s+(?:with|to)\s+(?P<v2>\"[^\"]*\"|“[^”]*”)$")
def _two_filled(said: _Said) -> list[Retold]:
    return [(f"Fill {said['v1']} in the {_as_field(said['f1'])}", f"Fill {said['v2']} in the {_as_field(said['f2'])}")]


@retelling("Answer a question with a button", 'Confirm with Yes when asked "Are you sure want to delete this monitor?"', (A.EXPECT_VISIBLE, A.CLICK),
           r"^(?:confirm|answer|reply|respond)\s+with\s+(?P<button>.+?)\s+when\s+(?:asked|prompted)\s*:?\s+(?P<question>\"[^\"]+\"|“[^”]+”)$")
def _answer_with(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['question']}", f"Click {said['button']}")]


@retelling("Submit a form", "Submit the login form", (A.CLICK,), r"^submit\s+the\s+(?:[\w-]+(?:\s+[\w-]+)?\s+)?(?:form|ticket|request|application|order|report)$")
def _submit_form(said: _Said) -> list[Retold]:
    # the form's submit button: <button type=submit> or <input type=submit>, whatever its text
    return [("Click the submit button",)]


@retelling("A page that opens at an address", "The page editor opens at /status/acme?edit", (A.EXPECT_URL,),
           r"^(?:the|a|an)\s+[a-z][\w -]*?\s+(?:opens|loads|is\s+(?:shown|open|opened|displayed))\s+(?:at|on)\s+(?P<path>/\S*)$")
def _opens_at(said: _Said) -> list[Retold]:
    return [(f"Verify the URL ends with {said['path']}",)]


# last: a statement no other form fits, read as a check
@retelling("A marker named by its word", 'The row for "Django documentation" has the Shared badge', (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?)\s+(?:(?:still|now)\s+)?(?P<verb>shows?|displays?|has)\s+(?:the|an?)\s+"
           r"(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:marker|badge|label|tag|flag|pill|chip)$")
def _marker_named(said: _Said) -> list[Retold]:
    """ "… shows the Unread marker": the marker is the word it shows."""
    return [(f'Verify {said["subject"]} shows "{said["name"]}"',)]


@retelling("A statement of what holds", 'Alice\'s shared bookmark "Django documentation" is listed', (A.EXPECT_VISIBLE,),
           r"^(?!" + _ACTION_VERB + r"|verify|assert|ensure|confirm|expect|go\b|wait\b|close\b|search\b|scroll\b)(?P<statement>.+\s(?:is|are|has|have|shows?|appears?|lists?|reads?|says?|contains?)\s.+)$")
def _statement(said: _Said) -> list[Retold]:
    if re.search(r"\s(?:and|but|while)\s", phrases.mask_quoted(said["statement"])):
        return []  # two statements: each is read on its own, or not at all
    return [(f"Verify {said['statement']}",)]


@retelling("A part that lists names in an order", "The dropdown lists Active, Archived and Shared in this order", (A.EXPECT_ORDER,),
           r"^the\s+(?P<part>dropdown|menu|list|sidebar|navigation|tab\s+bar)\s+(?:lists|shows|offers|has)\s+(?P<values>.+?)\s+in\s+(?:this|that)\s+order$")
def _part_lists_in_order(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if len(values) < 2:
        return []
    return [(_in_this_order(f"{said['part']} items", values),)]


@retelling("None of a kind, wherever they would be", "No checkboxes are visible next to the bookmarks", (A.EXPECT_COUNT,),
           r"^no\s+(?P<noun>[a-z][\w-]*s)\s+(?:are|is)\s+(?:visible|shown|displayed)\s+(?:next\s+to|beside|in\s+front\s+of|by)\s+.+$|"
           r"^the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+has\s+no\s+(?P<noun2>[a-z][\w-]*s)$")
def _none_of_a_kind(said: _Said) -> list[Retold]:
    return [(f"Verify no {said['noun'] or said['noun2']} are shown",)]  # nowhere on the page: stricter than where it was said


@retelling("A message by someone", 'A comment by Ada Admin appears saying "Looks good"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^an?\s+(?:new\s+)?(?:comment|message|note|reply|post)\s+(?:by|from)\s+(?P<who>[^\"“]+?)\s+(?:appears|is\s+shown|is\s+added)\s+(?:saying|that\s+says|with(?:\s+the\s+text)?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _message_by(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}", f'Verify the page shows "{said["who"]}"')]


@retelling("A marker, whatever its icon", 'The row for "Real Python" shows an "Unread" marker with an open book icon', (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?\s(?:shows?|has))\s+(?:an?\s+|the\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:marker|badge|label|tag)\s+with\s+(?:an?|the)\s+[\w -]+?\s+icon$")
def _marker_with_icon(said: _Said) -> list[Retold]:
    # drops the icon: the marker's text is checked, not the picture beside it
    return [(f"Verify {said['subject']} {said['value']}",)]


@retelling("Neither one marker nor another", '"Python Tutorial" has neither an Unread nor a Shared marker', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”)\s+has\s+neither\s+(?:an?\s+)?(?P<a>\"[^\"]+\"|\w+)\s+nor\s+(?:an?\s+)?(?P<b>\"[^\"]+\"|\w+)(?:\s+(?:marker|badge|label|tag|icon)s?)?$")
def _neither_nor(said: _Said) -> list[Retold]:
    row = f"the row for {said['name']}"  # a row is checked whole: its text, never its title alone
    return [tuple(f'Verify {row} does not show "{phrases.strip_quotes(said[k])}"' for k in ("a", "b"))]


_PASSWORDED = r"(?:with\s+(?:the\s+)?password|and\s+(?:the\s+)?password|/)"


@retelling("Sign in with a user name and a password", "Sign in with username ebrooks and password Customer-Pass-1", (A.FILL, A.FILL, A.PRESS),
           r"^(?:log\s*in|sign\s*in|login|signin)\s+with\s+(?:the\s+)?(?:user\s*name|username|user|e-?mail|email\s+address)\s+(?P<who>\"[^\"]+\"|“[^”]+”|\S+)\s+"
           r"and\s+(?:the\s+)?password\s+(?P<password>\"[^\"]+\"|“[^”]+”|\S+)$")
def _sign_in_with(said: _Said) -> list[Retold]:
    return [(f"Log in as {said['who']} with password {said['password']}",)]


@retelling("Sign in with a user and a password, written short", "Log in with alice / Alice-Pass-1", (A.FILL, A.FILL, A.PRESS),
           r"^(?:log\s*in|sign\s*in|login|signin)\s+(?:with|as)\s+(?P<who>\"[^\"]+\"|“[^”]+”|[^\s/()]+)\s*"
           r"(?:/\s*|\(\s*password\s*:?\s+)(?P<password>\"[^\"]+\"|“[^”]+”|[^\s()]+)\)?$")
def _sign_in_short(said: _Said) -> list[Retold]:
    return [(f"Log in as {said['who']} with password {said['password']}",)]


@retelling("Sign in as someone", 'Log in as "alice" with password "Alice-Pass-1"', (A.FILL, A.FILL, A.PRESS),
           r"^(?:log\s*in|sign\s*in|login|signin)\s+as\s+(?:the\s+user\s+|user\s+)?(?P<who>\"[^\"]+\"|“[^”]+”|\S+)\s+" + _PASSWORDED + r"\s+(?P<password>\"[^\"]+\"|“[^”]+”|\S+)$")
def _sign_in_as(said: _Said) -> list[Retold]:
    who = phrases.strip_quotes(said["who"])
    field = "email" if "@" in who else "username"  # Enter in the password field submits the form, whatever its button says
    return [(f'Fill "{who}" in the {field} field', f'Fill "{phrases.strip_quotes(said["password"])}" in the password field',
             "Press Enter in the password field")]


@retelling("What you should not see", 'I should not see "Welcome back"', (A.EXPECT_HIDDEN,),
           r"^(?:i|we|you|the\s+user)\s+(?:should\s+not|shouldn't|do\s+not|don't|does\s+not|doesn't|cannot|can't|can\s+no\s+longer)\s+see\s+(?P<value>.+)$")
def _should_not_see(said: _Said) -> list[Retold]:
    return [(f"Verify the page does not show {said['value']}",)]


@retelling("Signing out", "Log out", (A.CLICK,), r"^(?P<verb>log\s*out|sign\s*out|logout)(?:\s+of\s+(?:the\s+)?(?:application|app|site|website|account|system))?$")
def _sign_out(said: _Said) -> list[Retold]:
    return [(f"Click {said['verb']}",)]


@retelling("What a search returns", "The search returns 3 results", (A.EXPECT_COUNT,),
           r"^the\s+search\s+(?:now\s+)?(?:returns|finds|shows|gives|yields)\s+(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w-]*)$")
def _search_returns(said: _Said) -> list[Retold]:
    return [(f"Verify {said['n']} {said['noun']} are shown",)]


@retelling("A list without a text", 'The list no longer contains "Local API"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?:list|table|page|results|grid|search\s+results)\s+(?:no\s+longer|does\s+not|doesn't)\s+(?:contains?|shows?|lists?|includes?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _list_lacks(said: _Said) -> list[Retold]:
    return [(f"Verify the page does not show {said['value']}",)]  # nowhere on the page: stricter than in the list


@retelling("A value named by what it is", 'The header shows the user\'s name "Alice"', (A.EXPECT_VISIBLE,),
           r"^(?P<subject>.+?)\s+(?P<verb>shows?|displays?|says|has)\s+(?:the|a|an)\s+(?!(?:text|value)\s)[\w' ]+?\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _value_named(said: _Said) -> list[Retold]:
    verb = "shows" if said["verb"].lower() == "has" else said["verb"]  # 'has a state badge "hidden"': it shows that text
    return [(f"Verify {said['subject']} {verb} {said['value']}",)]


@retelling("Opening a box with the control that opens it", "Open the user management dialog with the people icon in the header", (A.CLICK,),
           r"^open\s+(?:the\s+|a\s+)?[\w' -]+?\s+(?:dialog|modal|menu|panel|popup|pop-up|window|drawer|sidebar)\s+"
           r"(?:with|using|by\s+clicking|via|from)\s+(?P<control>(?:the|a|an)\s+.+)$")
def _open_with(said: _Said) -> list[Retold]:
    """What is opened only describes the click: the control named is what is clicked."""
    return [(f"Click {said['control']}",)]


@retelling("Two fields, each named with its value", 'Enter the username "alice" and the password "Alice-Pass-1"', (A.FILL, A.FILL),
           r"^(?:enter|type|fill\s+in|input)\s+the\s+(?P<f1>[\w -]+?)\s+(?P<v1>\"[^\"]*\"|“[^”]*”)\s*,?\s+and\s+the\s+(?P<f2>[\w -]+?)\s+(?P<v2>\"[^\"]*\"|“[^”]*”)$")
def _two_fields(said: _Said) -> list[Retold]:
    return [(f"Fill {said['v1']} in the {said['f1']} field", f"Fill {said['v2']} in the {said['f2']} field")]


@retelling("A form filled in with values", 'Fill in the form with name "Bob" and email "bob@example.org"', (A.FILL, A.FILL),
           r"^(?:fill\s+(?:in|out)|complete)\s+the\s+(?:[\w-]+\s+)?form\s+with\s+(?P<pairs>.+)$")
def _form_with(said: _Said) -> list[Retold]:
    pairs = re.findall(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+|an\s+)?([\w -]+?)\s+(\"[^\"]*\"|“[^”]*”)", said["pairs"])
    rest = re.sub(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+|an\s+)?[\w -]+?\s+(?:\"[^\"]*\"|“[^”]*”)", "", said["pairs"])
    if not pairs or rest.strip():
        return []  # every value must come with its field
    return [tuple(f"Fill {value} in the {field} field" for field, value in pairs)]


@retelling("Toggle a switch", "Toggle the dark mode switch", (A.CLICK,), r"^(?:toggle|flip)\s+(?P<what>.+?\s+(?:switch|toggle))$")
def _toggle(said: _Said) -> list[Retold]:
    return [(f"Click {said['what']}",)]


@retelling("An action, and save", 'Enter "home lab" as the name and save', (A.FILL, A.CLICK),
           r"^(?P<first>" + _ACTION_VERB + r".+?)\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?P<verb>save|submit|confirm)(?:\s+(?:it|the\s+form|the\s+changes))?$")
def _and_save(said: _Said) -> list[Retold]:
    return [(said["first"], f"Click {said['verb'].capitalize()}")]


@retelling("An action with a description in brackets", "Click the search preferences button (the sliders icon next to the search box)", (A.CLICK,),
           r"^(?P<before>" + _ACTION_VERB + r"[^(]*?)\s*\((?P<aside>[^)]+)\)(?P<after>.*)$")
def _bracketed(said: _Said) -> list[Retold]:
    verb = re.match(r"\S+(?:\s+on)?", said["before"])
    told = [(f"{said['before']}{' ' + said['after'] if said['after'] else ''}",)]
    if verb and re.match(r"(?i)(?:the|a|an)\s", said["aside"]):  # "(the sliders icon …)": what it looks like, said again
        told.append((f"{verb.group()} {said['aside']}",))
    return told


@retelling("What a page lists, counted", "The Bundles page lists 3 bundles", (A.EXPECT_COUNT,),
           r"^the\s+.+?\s+(?:page|tab)\s+(?:now\s+|still\s+)?(?:lists|shows|has|contains)\s+(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w-]*)$")
def _page_lists_count(said: _Said) -> list[Retold]:
    # 'the "Comments" tab lists 7 comments': the tab open now, what it lists
    return [(f"Verify {said['n']} {said['noun']} are shown",)]


# --- going somewhere by a control, and what a part lacks ---


@retelling("Go to a page of the results", "Go to page 2", (A.CLICK,),
           r"^go\s+to\s+page\s+(?P<n>\d+)(?:\s+of\s+the\s+(?:results|list|table))?$")
def _go_to_page(said: _Said) -> list[Retold]:
    return [(f'Click "{said["n"]}" in the pagination bar',)]


_PART = r"(?:left\s+|right\s+|top\s+|main\s+)?(?:sidebar|side\s+menu|header|footer|navigation|nav\s*bar|menu|top\s+bar|toolbar|dialog)"


@retelling("Go to a control, a tab or a menu entry", "Go to the Security tab", (A.CLICK,),
           r"^go\s+to\s+(?P<what>(?:the\s+)?.+?\s+(?:tab|link|button|menu\s+item|entry))$"
           r"|^go\s+to\s+the\s+(?P<collection>(?-i:[A-Z])[\w -]*?)\s+(?:collection|section|module)$"
           r"|^go\s+to\s+(?P<named>.+?)\s+(?P<where>(?:in|on|from|via)\s+the\s+" + _PART + r")$")
def _go_to_control(said: _Said) -> list[Retold]:
    if said.has("collection"):  # "Go to the Posts collection": the entry that names it, in the navigation first
        return [(f'Click "{said["collection"]}" in the navigation',), (f'Click "{said["collection"]}"',)]
    if said.has("what"):
        return [(f"Click {said['what']}",)]
    return [(f"Click {said['named']} {said['where']}",)]


@retelling("A part that does not show names", 'The sidebar does not show "User Management"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>" + _PART + r")\s+(?:does\s+not|doesn't|no\s+longer)\s+(?:show|list|contain|include|offer|have|display)s?\s+(?P<values>.+)$")
def _part_lacks(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if not values or any(phrases.ARTICLES.match(v + " ") for v in values):
        return []  # "does not show the admin entry": a kind of control, not a name
    return [tuple(f'Verify "{v}" is not shown in the {said["part"]}' for v in values)]


@retelling("The left or right sidebar, its footer", 'Click "All Tasks" in the left sidebar', (A.CLICK,),
           r"^(?P<before>.+?\s)the\s+(?:(?:left|right)(?:-hand)?\s+(?P<part>sidebar|side\s+menu|navigation)|(?P<p2>sidebar)\s+(?:footer|bottom))(?P<after>.*)$")
def _sided(said: _Said) -> list[Retold]:
    return [(f"{said['before']} the {said['part'] or said['p2']}{said['after']}",)]  # drops the side or end: the page has one sidebar


# --- what a row or an item shows, said another way ---


@retelling("Where first, then what is seen there", 'In the row for "Dishwasher repair", the eye icon is visible', (A.EXPECT_VISIBLE,),
           r"^in\s+the\s+(?P<box>row|card|entry)\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<what>the\s+[^,]+?)\s+(?P<state>is\s+(?:not\s+)?(?:visible|shown|displayed|present))$")
def _where_first_seen(said: _Said) -> list[Retold]:
    return [(f"Verify {said['what']} in the {said['box']} for {said['name']} {said['state']}",)]


@retelling("A message said by its kind and text", 'Verify the message "The bill has been added"', (A.EXPECT_VISIBLE,),
           r"^(?:for\s+|(?:i\s+)?see\s+)?(?:the|a|an)\s+(?P<kind>message|notification|alert|toast|banner|error|warning|confirmation|flash\s+message)\s+(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _kind_and_text(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['kind']} {said['text']} is shown",)]


@retelling("Find a thing: it is there", 'Find the row for "Refund for the vacuum"', (A.EXPECT_VISIBLE,),
           r"^(?:find|locate|look\s+for|spot)\s+(?P<what>(?:the\s+)?.+)$")
def _find(said: _Said) -> list[Retold]:
    return [(f"Verify {said['what']} is visible",)]


@retelling("Where first, then what it shows", 'In the row for "Renew passport", the due date reads Nov 20, 2026', (A.EXPECT_TEXT,),
           r"^in\s+the\s+(?P<box>row|card|entry)\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<rest>the\s+[a-z][\w -]*?\s+(?:is|reads|shows|says)\s+.+)$")
def _where_first_shows(said: _Said) -> list[Retold]:
    values = []
    for part in phrases.cut_outside_quotes(said["rest"], _JOIN):
        stated = re.fullmatch(r"(?i)the\s+[a-z][\w -]*?\s+(?:is|reads|shows|says)\s+(?P<value>.+)", part)
        if stated is None or re.match(r"(?i)(?:not|no|empty|blank|hidden|shown|visible)\b", stated["value"]):
            return []
        values.append(phrases.strip_quotes(stated["value"]))
    name = phrases.strip_quotes(said["name"])
    return [tuple(f'Verify the {said["box"]} for "{name}" shows "{v}"' for v in values)]


@retelling("A row and what one of its columns holds", 'The row "Paid" has document count 26', (A.EXPECT_TEXT,),
           r"^(?:the\s+table\s+(?:has|shows|lists)\s+a\s+row\s+(?P<named>\"[^\"]+\"|“[^”]+”)\s+with"
           r"|the\s+row\s+(?:for\s+)?(?P<row>\"[^\"]+\"|“[^”]+”)\s+(?:has|shows)"
           r"|the\s+(?P<ordinal>" + phrases.ORDINAL_WORDS + r")\s+row\s+(?:has|shows))"
           r"\s+(?:the\s+|a\s+)?(?P<column>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<value>\"[^\"]*\"|“[^”]*”|[$€£]?\d[\d.,:%/-]*)$")
def _row_has_column_value(said: _Said) -> list[Retold]:
    value = _in_quotes(said["value"])
    if said.has("ordinal"):  # "the second row has correspondent X": that row's cell under Correspondent
        return [(f"Verify the {said['column']} of the {said['ordinal']} row is {value}",)]
    row = said["named"] or said["row"]
    told = [(f"Verify the {said['column']} for {row} is {value}",)]
    if said.has("named"):  # "the table has a row X with …": the row is there, and its cell says so
        told = [(f"Verify the row for {row} is shown", *told[0])]
    return told


@retelling("Names given as examples, not shown", 'Completed tasks such as "Pay electricity bill" are not listed', (A.EXPECT_HIDDEN,),
           r"^(?:the\s+)?[\w -]+?\s+(?:such\s+as|like|e\.g\.)\s+(?P<values>.+?)\s+(?:are|is)\s+(?:not|no\s+longer)\s+(?:listed|shown|visible|displayed)$")
def _examples_not_shown(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [tuple(f'Verify "{v}" is not shown' for v in values)] if values else []


_LOOKS = r"(?:(?:" + phrases.LOOKS_WORDS + r")\s+)*"


@retelling("A badge by its colour", 'A red "Past Due" badge is visible next to the priority', (A.EXPECT_VISIBLE,),
           r"^(?:a|an|the)\s+" + _LOOKS + r"(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?P<kind>badge|label|tag|pill|chip|marker)\s+"
           r"(?:is\s+)?(?:now\s+)?(?:visible|shown|displayed|appears)(?:\s+(?:next\s+to|beside|by|near)\s+.+)?$")
def _coloured_badge(said: _Said) -> list[Retold]:
    # drops the colour and what it is next to: the badge saying the value is checked
    return [(f"Verify the badge {said['value']} is shown",)]


@retelling("A kind of box, then its name", 'A dialog "Delete Task" asks "Are you sure?"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<article>a|an|the)\s+(?P<kind>dialog|popup|modal|window|confirmation|table|list|section|panel|column|card)\s+"
           r"(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<rest>\S.+)$")
def _kind_then_name(said: _Said) -> list[Retold]:
    return [(f"{said['article']} {said['name']} {said['kind']} {said['rest']}",)]


@retelling("Confirm with a button", "Confirm with the red Delete button", (A.CLICK,),
           r"^(?:confirm|proceed|answer)\s+(?:with|by\s+clicking|using)\s+(?:the\s+)?" + _LOOKS + r"(?P<name>\"[^\"]+\"|“[^”]+”|[\w' -]+?)(?P<role>\s+button)?$")
def _confirm_with(said: _Said) -> list[Retold]:
    return [(f"Click the {said['name']} button",)]


@retelling("Columns named", "There are columns To Do, In Progress, Waiting and Done", (A.EXPECT_VISIBLE,) * 4,
           r"^there\s+are\s+(?:" + _N + r"\s+)?(?:columns|lanes|lists)\s*:?\s+(?P<values>.+)$")
def _columns_named(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [tuple(f'Verify "{v}" is shown' for v in values)] if len(values) > 1 else []


@retelling("Switch to a view", "Switch to the list view (the icon with horizontal lines)", (A.CLICK,),
           r"^switch\s+to\s+(?:the\s+)?(?P<view>[\w-]+)\s+view(?:\s*\([^)]*\))?$")
def _switch_view(said: _Said) -> list[Retold]:
    return [(f'Click the "{said["view"]} view" button',), (f'Click "{said["view"]} view"',)]


@retelling("Items appear in an order", "The projects appear in this order: Half Marathon Training, Kitchen Renovation", (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z][\w -]*?)\s+(?:appear|are\s+(?:listed|shown|sorted))\s+in\s+(?:this|the\s+following)\s+order\s*[:,–—-]?\s+(?P<values>.+)$")
def _appear_in_order(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [(_in_this_order(said["noun"], values),)] if len(values) > 1 else []


@retelling("Enter a field by its name", 'Enter the description "Cut office waste in half by June."', (A.FILL,),
           r"^(?:enter|type|fill\s+in|write|add|give|provide|key\s+in|input)\s+(?:(?:the|a|an|your|my)\s+)?(?P<field>[a-z][\w -]{0,30}?)\s+(?P<value>\"[^\"]*\"|“[^”]*”)$"
           r"|^(?P<verb>describe|name|title|call|label)\s+(?:it|this|the\s+[a-z]+)\s+(?:as\s+)?(?P<v2>\"[^\"]*\"|“[^”]*”|[^\"“”]+)$")
def _enter_named_field(said: _Said) -> list[Retold]:
    if said.has("field"):
        return [(f"Fill {said['value']} in the {said['field']} field",)]
    field = {"describe": "Description", "name": "Name", "title": "Title", "call": "Name", "label": "Label"}[said["verb"].lower()]
    value = _in_quotes(said["v2"])
    return [(f"Fill {value} in the {field} field",)]


@retelling("A named item now on a page", 'A card "Zero Waste Challenge" is now on the Projects page', (A.EXPECT_PAGE, A.EXPECT_VISIBLE),
           r"^(?:a|an|the)\s+(?:new\s+)?[a-z]+\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:now\s+)?(?:on|in)\s+the\s+(?P<page>[\w' -]+?)\s+page$")
def _named_on_page(said: _Said) -> list[Retold]:
    return [(f"Verify I am on the {said['page']} page", f"Verify {said['value']} is shown")]


@retelling("Two parts, one verb", "The Tasks tab shows a count of 4 and the Notes tab a count of 2", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<s1>the\s+[\w -]+?\s+(?:tab|button|link|badge|field|column|counter|card|row|section|panel))\s+(?P<verb>shows|has|reads|says)\s+(?P<o1>.+?)\s*,?\s+"
           r"and\s+(?P<s2>the\s+[\w -]+?\s+(?:tab|button|link|badge|field|column|counter|card|row|section|panel))\s+(?P<o2>(?!(?:is|are|has|shows|reads|says)\s).+)$")
def _two_parts_one_verb(said: _Said) -> list[Retold]:
    return [(f"{said['s1']} {said['verb']} {said['o1']}", f"{said['s2']} {said['verb']} {said['o2']}")]


@retelling("A count a part shows", "The Tasks tab shows a count of 4", (A.EXPECT_TEXT,),
           r"^(?P<subject>(?:the\s+)?.+?)\s+(?:shows|has|displays|reads)\s+(?:a|the)\s+(?:count|number|total)\s+of\s+(?P<n>\d+)$")
def _shows_count_of(said: _Said) -> list[Retold]:
    return [(f'Verify {said["subject"]} shows "{said["n"]}"',)]


@retelling("Names listed under a heading", 'The notes "Packing list for the coast" and "Books to read" are listed under Notes', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+[a-z]+\s+(?P<values>(?:\"[^\"]+\"|“[^”]+”).+?)\s+are\s+(?:listed|shown)\s+(?P<rest>(?:under|in)\s+.+)$")
def _names_listed_under(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [tuple(f'Verify "{v}" is shown {said["rest"]}' for v in values)] if len(values) > 1 else []


@retelling("Listed there", '"Quarterly goals" is listed there', (A.EXPECT_VISIBLE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown)\s+there$")
def _listed_there(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is listed",)]


@retelling("An empty field a part shows", 'The dialog shows an empty "Enter note title" field', (A.EXPECT_STATE,),
           r"^the\s+(?:dialog|form|page|modal|popup)\s+(?:shows|has)\s+an?\s+empty\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+(?:field|box|input)$")
def _empty_field_shown(said: _Said) -> list[Retold]:
    name = _in_quotes(said["name"])
    return [(f"Verify the {name} field is empty",)]


@retelling("What not to do first, then the action", 'Without typing anything, click the "Create Note" button', (A.CLICK,),
           r"^without\s+[^,]+,\s*(?P<rest>" + _ACTION_VERB + r".+)$")
def _without_first(said: _Said) -> list[Retold]:
    return [(said["rest"],)]


@retelling("Under a heading, the item at a position", 'Under Recently captured, "Book flights for March" is the first item', (A.EXPECT_TEXT,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,\s*(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+the\s+(?P<ord>" + _ROW_ORDINAL + r")\s+(?P<noun>[a-z]+)$")
def _under_at_position(said: _Said) -> list[Retold]:
    under = _in_quotes(said["under"])
    return [(f"Verify the {said['ord']} {said['noun']} under {under} is {said['value']}",)]


@retelling("A person's role in a list of users", "daniel@northwind.test has the role user", (A.EXPECT_TEXT,),
           r"^(?P<name>[\w.+-]+@[\w.-]+\.\w+|\"[^\"]+\"|“[^”]+”)\s+(?:is\s+(?:an?\s+)?|has\s+the\s+(?:role|status|type|state)\s+)(?P<value>[\w-]+)$")
def _role_of(said: _Said) -> list[Retold]:
    if said["value"].lower() in ("not", "no", "shown", "listed", "visible", "hidden", "gone", "displayed", "missing"):
        return []
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows "{said["value"]}"',)]


@retelling("A row that appears with values", "A row for nina@northwind.test appears with the name Nina Alvarez and the role user", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:a|the)\s+(?:new\s+)?row\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|\S+)\s+(?:appears|is\s+(?:shown|added|listed))\s+with\s+(?P<values>.+)$")
def _row_appears_with(said: _Said) -> list[Retold]:
    values = [re.sub(r"(?i)^(?:the\s+)?(?:name|full\s+name|role|status|email|e-mail)\s+", "", v) for v in _row_values(said["values"])]
    if not values or any(not v for v in values):
        return []
    name = phrases.strip_quotes(said["name"])
    return [tuple(f'Verify the row for "{name}" shows "{phrases.strip_quotes(v)}"' for v in values)]


@retelling("Values entered as fields, one after another", 'Enter "Sofia" as the name, "Duplicate" as the surname, and Secret2024! as the password', (A.FILL,) * 3,
           r"^(?P<verb>enter|type|fill\s+in|input|use)\s+(?P<pairs>(?:\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?[\w' -]+?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
           r"(?:\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?[\w' -]+?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?[\w' -]+?)+)$")
def _entered_as_many(said: _Said) -> list[Retold]:
    pairs = re.findall(r"(\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?([\w' -]+?)(?=\s*,|\s+and\s+|$)", said["pairs"])
    return [tuple(f"Enter {v} as the {f}" for v, f in pairs)] if len(pairs) > 2 else []


@retelling("A statement under a heading: a count, in an order", "Under Knowledgebase Articles three categories are listed, in this order - Billing FAQ, Getting Started, Network and VPN",
           (A.EXPECT_COUNT, A.EXPECT_ORDER),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w-]*)\s+are\s+(?:listed|shown)\s*,?\s+in\s+this\s+order\s*[:,–—-]\s*(?P<values>.+)$")
def _under_counted_in_order(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    under = phrases.strip_quotes(said["under"])
    return [(f'Verify the "{under}" section has {said["n"]} {said["noun"]}', _in_this_order(f'{said["noun"]} under "{under}"', values))]


@retelling("A named text nowhere", 'The private note "Internal: key retrieved." is not shown anywhere', (A.EXPECT_HIDDEN,),
           r"^(?:the|a|an)\s+[\w -]+?\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:not|no\s+longer)\s+(?:shown|visible|displayed|listed)(?:\s+anywhere)?$")
def _named_nowhere(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is not shown",)]


@retelling("Listed, and marked", '"Critical open tickets" is listed, marked "(Shared by admin)"', (A.EXPECT_TEXT,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown)\s*,\s*(?:marked|labell?ed|tagged|flagged)(?:\s+as)?\s+(?P<value>\"[^\"]+\"|“[^”]+”|\S+)$")
def _listed_marked(said: _Said) -> list[Retold]:
    return [(f'Verify the row for {said["name"]} shows "{phrases.strip_quotes(said["value"])}"',)]


@retelling("A heading with a badge", 'The heading is "Laptop will not boot" with the badge "#1"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+(?:page\s+)?heading\s+(?:is|reads|says)\s+(?P<heading>\"[^\"]+\"|“[^”]+”)\s+with\s+(?:the|a)\s+(?P<kind>badge|label|tag)\s+(?P<badge>\"[^\"]+\"|“[^”]+”)$")
def _heading_with_badge(said: _Said) -> list[Retold]:
    return [(f"Verify the heading {said['heading']} is shown", f"Verify the {said['kind']} {said['badge']} is shown")]


@retelling("A value selected as a field", "Open is selected as the New Status", (A.EXPECT_VALUE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+is\s+(?:selected|chosen|picked)\s+(?:as|for)\s+(?:the\s+)?(?P<field>[\w' -]+?)(?:\s+(?:field|dropdown))?$")
def _selected_as(said: _Said) -> list[Retold]:
    value = _in_quotes(said["value"])
    return [(f"Verify {value} is selected in the {said['field']} field",)]


@retelling("Find a text in a part", 'In the Unassigned Tickets table find "Replace flickering lights in car park"', (A.EXPECT_TEXT,),
           r"^in\s+the\s+(?P<where>[^,]+?)\s*,?\s+(?:find|locate|spot)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _find_in(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['where']} shows {said['value']}",)]


@retelling("Set two fields in one sentence", 'Set the priority to "2. High" and the case owner to tnguyen', (A.FILL, A.FILL),
           r"^(?P<verb>set|change)\s+(?P<first>the\s+[\w' -]+?\s+to\s+(?:\"[^\"]*\"|“[^”]*”|[^\"“”]+?))\s*,?\s+and\s+(?P<second>the\s+[\w' -]+?\s+to\s+(?:\"[^\"]*\"|“[^”]*”|[^\"“”]+))$")
def _set_two(said: _Said) -> list[Retold]:
    return [(f"{said['verb']} {said['first']}", f"{said['verb']} {said['second']}")]


@retelling("A named entry that has been added", 'A follow-up "Ticket placed on hold" has been added', (A.EXPECT_VISIBLE,),
           r"^(?:a|an|the)\s+(?:new\s+)?[\w -]+?\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:has\s+been|was|is)\s+(?:added|created|posted|saved|recorded)$")
def _named_added(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is shown",)]


@retelling("Submit a value in its field", 'Submit the flag "flag{443}"', (A.FILL, A.PRESS),
           r"^submit\s+the\s+(?P<field>[a-z][\w -]*?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _submit_value(said: _Said) -> list[Retold]:
    return [(f"Fill {said['value']} in the {said['field']} field", f"Press Enter in the {said['field']} field")]


@retelling("The first and the last", 'The first result is "Django documentation", the last is "FastAPI"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<o1>" + _ROW_ORDINAL + r")\s+(?P<noun>[a-z][\w-]*)\s+is\s+(?P<v1>\"[^\"]+\"|“[^”]+”)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
           r"the\s+(?P<o2>" + _ROW_ORDINAL + r")(?:\s+one)?\s+is\s+(?P<v2>\"[^\"]+\"|“[^”]+”)$")
def _first_and_last(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['o1']} {said['noun']} is {said['v1']}", f"Verify the {said['o2']} {said['noun']} is {said['v2']}")]


@retelling("Something that appears in a part", "The Inbox link appears in the sidebar", (A.EXPECT_VISIBLE,),
           r"^(?P<what>(?:the|a|an)\s+[^,]+?|\"[^\"]+\"|“[^”]+”)\s+(?:now\s+)?(?:appears|shows\s+up)\s+(?P<where>(?:in|on|under)\s+the\s+[^,]+)$")
def _appears_in(said: _Said) -> list[Retold]:
    return [(f"Verify {said['what']} is shown {said['where']}",)]


_Q = r"(?:\"[^\"]+\"|“[^”]+”)"


@retelling("A named item with its tags or status", 'The row for "Renew passport" has the tags errand and urgent', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:the\s+(?:row|card|entry|item|task)\s+for\s+)?(?P<name>" + _Q + r")(?:\s+in\s+the\s+[\w -]+?\s+(?:section|list|column|group|table))?\s+"
           r"(?:now\s+)?(?:has|shows|carries)\s+the\s+(?:tags?|labels?|status|state|badges?|priority|role)\s+(?P<values>.+)$"
           r"|^(?P<n2>" + _Q + r")\s+(?:now\s+)?appears\s+in\s+the\s+[\w -]+?\s+with\s+(?:the\s+)?(?:status|state|tags?|labels?|badge|priority|role)\s+(?P<v2>.+)$")
def _item_with_tags(said: _Said) -> list[Retold]:
    # where the item sits (the Planned section, the task list) is dropped: its row is found by its name
    name = phrases.strip_quotes(said["name"] or said["n2"])
    values = phrases.split_values(said["values"] or said["v2"])
    if not values or any(phrases.ARTICLES.match(v + " ") for v in values):
        return []
    return [tuple(f'Verify the row for "{name}" shows "{v}"' for v in values)]


@retelling("A named dialog that says", 'A "Delete Project" confirmation appears, saying "All items inside will be retained"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:a|an|the)\s+(?P<name>" + _Q + r")\s+(?:confirmation|dialog|popup|modal|prompt)\s+(?:appears|opens|pops\s+up|is\s+shown)\s*,?\s+"
           r"(?:saying|asking|that\s+says|which\s+says)\s+(?P<value>" + _Q + r")$")
def _named_dialog_says(said: _Said) -> list[Retold]:
    return [(f"Verify the dialog {said['name']} is open", f"Verify the dialog shows {said['value']}")]


@retelling("A part's entries in an order, said first", "The sidebar contains, in this order, Dashboard, All Tickets, Saved Queries", (A.EXPECT_ORDER,),
           r"^the\s+(?P<part>dropdown|menu|list|sidebar|navigation|tab\s+bar)\s+(?:lists|shows|offers|has|contains)\s*,?\s+in\s+(?:this|that)\s+order\s*[,:]?\s+(?P<values>.+)$")
def _part_in_order_first(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [(_in_this_order(f"{said['part']} items", values),)] if len(values) > 1 else []


@retelling("A page shown instead of another", "The login page is shown instead of the bookmarks", (A.EXPECT_PAGE,),
           r"^the\s+(?P<page>[\w' -]+?)\s+(?:page|screen)\s+is\s+(?:shown|displayed|opened)\s+instead\s+of\s+.+$")
def _page_instead(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['page']} page is displayed",)]


@retelling("Checkboxes for names, in a state", 'The checkboxes for "Write failing test" and "Patch the redirect guard" are not ticked', (A.EXPECT_STATE, A.EXPECT_STATE),
           r"^the\s+(?:checkboxes|boxes)\s+for\s+(?P<values>.+?)\s+are\s+(?:(?P<no>not\s+(?:ticked|checked)|unticked|unchecked)|ticked|checked)$")
def _checkboxes_for(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    state = "unchecked" if said.has("no") else "checked"
    return [tuple(f'Verify the checkbox for "{v}" is {state}' for v in values)] if len(values) > 1 else []


@retelling("Wait until an item is at a position", 'Wait until "Order packing boxes" appears as the second card of the Booked list', (A.EXPECT_TEXT,),
           r"^wait\s+(?:until|for)\s+(?P<value>" + _Q + r")\s+(?:appears|is\s+shown)\s+as\s+the\s+(?P<ord>" + _ROW_ORDINAL + r")\s+(?P<noun>[a-z]+)\s+"
           r"(?:of|in)\s+the\s+(?P<list>[^,]+?\s+(?:list|column|section|lane))$")
def _wait_at_position(said: _Said) -> list[Retold]:
    return [(f"Verify the {said['ord']} {said['noun']} in the {said['list']} is {said['value']}",)]


@retelling("There are some, named", "There are two groups, Storefront and Payments", (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^there\s+(?:are|is)\s+(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w-]*)\s*[,:–—-]\s*(?P<values>.+)$")
def _there_are_named(said: _Said) -> list[Retold]:
    return [(f"{said['n']} {said['noun']} are shown, {said['values']}",)]


@retelling("A part that does not show a text", 'Verify the Apple Juice card does not show "Sold Out"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>.+?\s+(?:card|row|tile|entry|item|panel|section|dialog|box))\s+(?:does\s+not|doesn't|no\s+longer)\s+(?:show|display|contain|have|say)s?\s+(?P<value>" + _Q + r")$")
def _part_lacks_text(said: _Said) -> list[Retold]:
    return [(f"Verify {said['value']} is not shown in the {said['part']}",)]


@retelling("A statement with an aside after a name", 'The row for "Go by Example" (bob\'s own bookmark) has an Edit link', (A.EXPECT_VISIBLE,),
           r"^(?!" + _ACTION_VERB + r")(?P<before>[^(]*?" + _Q + r")\s*\((?P<aside>[^)\"“\d]+)\)(?P<after>\s+\S.*)$")
def _aside_after_name(said: _Said) -> list[Retold]:
    if re.search(r"(?i)\b(?:not|no|never|only|none|every|all)\b", said["aside"]):
        return []  # an aside that says which, or how many, is not only a description
    return [(f"{said['before']} {said['after']}",)]


@retelling("Shown near a thing said by its kind", 'The text "5 users" appears below the table', (A.EXPECT_VISIBLE,),
           r"^(?!" + _ACTION_VERB + r")(?P<before>.+?\S)\s+(?:below|above|under(?:neath)?|beneath|next\s+to|beside)\s+(?P<thing>the\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2})$")
def _near_a_kind(said: _Said) -> list[Retold]:
    # drops where it sits: "below the table" names no item, only a place the text is shown near
    if not phrases.unnamed_thing(said["thing"]):
        return []  # "next to the password": the password field's box, a place the rules read as a scope
    told = said["before"]
    shown = re.fullmatch(r"(?i)(?:the\s+(?:text|message|label|note)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:appears|is\s+(?:shown|displayed|visible))", told)
    return [(f"Verify {shown['value']} is shown",)] if shown else [(told,)]


@retelling("The page's title heading", 'The page title heading is "Scoreboard"', (A.EXPECT_VISIBLE,),
           r"^the\s+(?:page(?:'s)?\s+)?(?:title|main|top)\s+heading\s+(?:is|reads|says|shows)\s+(?P<value>.+)$")
def _title_heading(said: _Said) -> list[Retold]:
    return [(f"Verify the page heading is {said['value']}",)]


@retelling("A value entered, and again in a second field", "Enter abc as the New password and again in Confirm new password", (A.FILL, A.FILL),
           r"^(?:enter|type|fill\s+in)\s+(?P<value>\"[^\"]*\"|“[^”]*”|\S+)\s+(?:as|in)\s+the\s+(?P<first>[\w' -]+?)\s*,?\s+and\s+again\s+(?:in|as|into)\s+(?:the\s+)?(?P<second>[\w' -]+?)$")
def _entered_twice(said: _Said) -> list[Retold]:
    value = _in_quotes(said["value"])
    return [(f"Fill {value} in the {_as_field(said['first'])}", f"Fill {value} in the {_as_field(said['second'])}")]


@retelling("Every item has a control, or none has", 'Every row has an "Unarchive" button and none has "Archive"', (A.EXPECT_EACH, A.EXPECT_HIDDEN),
           r"^(?:every|each)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:has|shows)\s+(?:an?|the)\s+(?P<name>" + _Q + r")(?:\s+(?P<role>button|link|icon|tag|badge|label))?"
           r"(?:\s*,?\s+and\s+none\s+(?:has|shows)\s+(?:an?\s+|the\s+)?(?P<none>" + _Q + r")(?:\s+(?:button|link|icon|tag|badge|label))?)?$"
           r"|^no\s+(?P<noun2>[a-z][\w-]*)\s+(?:has|shows)\s+(?:an?|the)\s+(?P<name2>" + _Q + r")(?:\s+(?P<role2>button|link|icon|tag|badge|label))?$")
def _every_or_none_has(said: _Said) -> list[Retold]:
    if said.has("name2"):  # "no row has an Archive button": nowhere on the page (stricter than in no row)
        role = f" {said['role2']}" if said.has("role2") else ""
        return [(f"Verify the {said['name2']}{role} is not visible",)]
    told = [f'Verify every {said["noun"]} shows {said["name"]}']
    if said.has("none"):
        role = f" {said['role']}" if said.has("role") else ""
        told.append(f"Verify the {said['none']}{role} is not visible")
    return [tuple(told)]


@retelling("Every item shows a value", "Every row shows the affiliation EPFL", (A.EXPECT_EACH,),
           r"^(?:every|each)\s+(?P<noun>[a-z][\w-]*)(?:'s\s+(?P<kind>[a-z][\w -]*?)\s+is|\s+(?:shows|has|reads)\s+(?:the\s+|an?\s+)?(?P<kind2>[a-z][\w-]*)?"
           r"|\s+is\s+(?:signed|marked|labell?ed|tagged)(?:\s+(?:as|with|by))?)\s+(?P<value>" + _Q + r"|[\w@.#%-]+)$")
def _every_shows(said: _Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"])
    if value.lower() in _CONTROL_WORDS:  # "every row has an Unarchive button": the control's name, shown in each
        named = said["kind2"] if said.has("kind2") and said["kind2"][0].isupper() else None
        return [(f'Verify every {said["noun"]} shows "{named}"',)] if named else []  # "a trash icon": no text to read
    return [(f'Verify every {said["noun"]} shows "{value}"',)]


_CONTROL_WORDS = frozenset({"button", "link", "icon", "checkbox", "toggle", "switch", "image", "avatar", "menu"})


@retelling("An empty page and what it says", 'The archived page is empty and says "You have no bookmarks yet"', (A.EXPECT_VISIBLE,),
           r"^the\s+[\w -]+?\s+(?:page|list|table|section)\s+is\s+(?:empty|blank)\s*,?\s+and\s+(?:says|shows|reads)\s+(?P<value>" + _Q + r")$")
def _empty_and_says(said: _Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]  # what it says is that it is empty


@retelling("The button reads a new name", 'Verify the button now reads "Light theme"', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<role>button|link|tab|toggle)(?:\s+at\s+the\s+(?:top|bottom)(?:\s+(?:right|left))?)?\s+(?:now\s+)?(?:reads|says|shows|is\s+labell?ed|is\s+named)\s+(?P<value>" + _Q + r")$")
def _control_reads(said: _Said) -> list[Retold]:
    # the one control the step before clicked, said by its kind: the control with that name is there now
    return [(f"Verify the {said['value']} {said['role']} is visible",)]


# --- "it", "its", "the row": the one item the step before named ---


@retelling("Its value, of the item named before", "Its affiliation is KTH Stockholm", (A.EXPECT_TEXT,),
           r"^(?:its|the\s+row(?:'s)?)\s+(?P<kind>[a-z][\w -]*?)\s+(?:is|reads|shows|says)\s+(?:shown\s+as\s+|marked\s+(?:as\s+)?)?(?P<value>" + _Q + r"|[^\"“”]+)$"
           r"|^(?:it|the\s+row)\s+(?:shows|has|carries)\s+(?:an?|the)\s+(?P<badge>" + _Q + r"|[\w-]+)\s+(?:badge|label|tag|marker)$",
           after='Exactly one team is listed, "Cyber Owls"')
def _its_value(said: _Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"] or said["badge"])
    if re.match(r"(?i)(?:not|no|empty|blank|gone)\b", value):
        return []
    if said.item is None:  # "Open ams1-srv-03. Its status is Offline": the page opened, its Status as labelled there
        opened_page = said.opened and said.has("kind") and said.text.lower().startswith("its ")
        return [(f'Verify the {said["kind"]} is "{value}"',)] if opened_page else []
    return [(f'Verify the row for "{said.item}" shows "{value}"',)]


@retelling("A named item has N of something", 'Check the "Production" tag has 16 items', (A.EXPECT_TEXT,),
           r"^the\s+(?:(?-i:[a-z][\w-]*)\s+)?(?P<name>\"[^\"]+\"|“[^”]+”)(?:\s+(?-i:[a-z][\w-]*))?\s+has\s+(?P<n>\d+)\s+(?P<what>(?-i:[a-z][\w-]*s))$")
def _item_has_n(said: _Said) -> list[Retold]:
    # its row's column of that name ("Items" for the tag "Production"), as "the Items for "Production" is 16" reads it
    return [(f'Verify the {said["what"]} for {said["name"]} is "{said["n"]}"',)]


@retelling("That row: the row of the item named before", 'The button in that row now reads "Are you sure?"', (A.EXPECT_TEXT,),
           r"^(?P<before>.+?)\s+(?P<prep>in|on|of|from)\s+(?:that|this|the\s+same)\s+(?P<box>row|card|line|entry|item|tile)(?P<after>(?:\s+.+)?)$",
           after='Click the cross icon in the row for "Ice cream"')
def _that_row(said: _Said) -> list[Retold]:
    if said.item is None or '"' in said.item:
        return []
    after = re.sub(r"^(?:now|still)\s+", "", said["after"])  # "… now reads X": reads X
    return [(f'{said["before"]} {said["prep"]} the {said["box"]} for "{said.item}" {after}'.rstrip(),)]


@retelling("It has N rows, for a name", 'It has exactly one row, for "Null Pointers"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?:it|the\s+table)\s+has\s+(?P<q>exactly\s+|only\s+)?(?P<n>one|a\s+single|1)\s+(?:row|entry|line)\s*,\s*for\s+(?P<name>" + _Q + r"|.+)$")
def _one_row_for(said: _Said) -> list[Retold]:
    return [("Verify exactly 1 row is shown", f'Verify the row for "{phrases.strip_quotes(said["name"])}" is visible')]


@retelling("Close a box with its control", "Close the dialog with its X icon", (A.CLICK,),
           r"^close\s+the\s+(?P<box>dialog|popup|modal|panel|window|card|drawer)\s+(?:with|using|via|by\s+clicking)\s+(?:its|the)\s+(?P<control>.+?\s+(?:icon|button))$")
def _close_with(said: _Said) -> list[Retold]:
    return [(f"Click the {said['control']} in the {said['box']}",)]


@retelling("Replace what the field holds", 'Replace it with "Planning phase"', (A.PRESS, A.TYPE_TEXT),
           r"^(?:replace\s+it\s+with|change\s+it\s+(?:back\s+)?to|overwrite\s+it\s+with)\s+(?P<value>" + _Q + r")$")
def _replace_it(said: _Said) -> list[Retold]:
    # "it": the field the step before put the focus in; all its text selected, then the new text typed over it
    return [("Press Control+A", f"Type {said['value']}")]


@retelling("A field's value said plainly", "The queue is IT Support", (A.EXPECT_TEXT,),
           r"^the\s+(?P<label>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?)\s+is\s+(?P<value>(?-i:[A-Z0-9])[\w.%:/+-]*(?:\s+(?-i:[A-Z0-9])[\w.%:/+-]*){0,3})$")
def _label_is_value(said: _Said) -> list[Retold]:
    # a value as shown (capitalised, a number): the value beside that label ('the Queue is "IT Support"')
    label = said["label"]
    if label.lower() in ("value", "text", "result", "number", "answer", "outcome", "message", "page", "url", "title"):
        return []  # "the value is 200": no label says "Value"; what is shown (other forms)
    return [(f'Verify the {label[:1].upper()}{label[1:]} is "{said["value"]}"',)]


_QL = _Q + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+then\s+)" + _Q + r")+"  # two quoted names or more
_TYPED_KINDS = {"buttons": "button", "radio buttons": "radio button", "links": "link", "tabs": "tab", "checkboxes": "checkbox",
                "fields": "field", "headings": "heading", "columns": "column"}
_PLAIN_KINDS = ("options", "entries", "items", "choices", "actions", "menu items", "labels", "tags", "values", "names")
_KINDS = "|".join([*_TYPED_KINDS, *_PLAIN_KINDS])


@retelling("Names of one kind, shown", 'The poll offers the radio buttons "Monday", "Wednesday" and "Thursday"', (A.EXPECT_VISIBLE,) * 3,
           r"^(?:the\s+(?P<kind>" + _KINDS + r")\s+(?P<values>" + _QL + r")\s+(?:are\s+)?(?:shown|visible|displayed|listed|present|offered)"
           r"(?P<where>\s+(?:in|on)\s+the\s+(?:dialog|menu|sidebar|header|footer|toolbar))?"
           r"|the\s+(?P<owner>[a-z][\w -]*?)\s+(?:offers|has|shows|lists)\s+the\s+(?P<kind2>" + _KINDS + r")\s+(?P<values2>" + _QL + r"))$")
def _names_of_a_kind(said: _Said) -> list[Retold]:
    kind = (said["kind"] or said["kind2"]).lower()
    values = phrases.split_values(said["values"] or said["values2"])
    where = said["where"] and f" {said['where']}"
    if said["owner"] in ("dialog", "menu", "sidebar", "header", "footer", "toolbar"):
        where = f" in the {said['owner']}"  # "the dialog has the buttons …": in the dialog; another owner only tells what they are for
    if kind in _TYPED_KINDS:
        return [tuple(f'Verify the "{v}" {_TYPED_KINDS[kind]} is shown{where}' for v in values)]
    return [tuple(f'Verify "{v}" is shown{where}' for v in values)]


@retelling("No such box", 'There is no "Write comment..." box on the page', (A.EXPECT_COUNT, A.EXPECT_HIDDEN),
           r"^(?:there\s+is\s+)?no\s+(?P<value>" + _Q + r")\s+(?P<kind>box|area|panel|widget|zone|card)(?:\s+(?:on|in)\s+the\s+[\w -]+)?$")
def _no_such_box(said: _Said) -> list[Retold]:
    if said["kind"].lower() == "box":  # a box may be a field (its placeholder says it) or a part of the page: neither shown
        return [(f"Verify there is no {said['value']} field", f"Verify {said['value']} is not visible")]
    return [(f"Verify {said['value']} is not visible",)]  # nowhere on the page: stricter than where it was said


@retelling("A badge a part shows", "The Notes tab shows a badge with 2", (A.EXPECT_TEXT,),
           r"^the\s+(?P<owner>[\w -]+?\s+(?:tab|button|link|icon|menu|item|entry))\s+(?:shows|has|carries)\s+an?\s+(?:badge|counter|count\s+badge)\s+(?:with|of|saying|showing|reading)\s+(?P<value>\S+)$")
def _badge_with(said: _Said) -> list[Retold]:
    return [(f"Verify the badge in the {said['owner']} shows {said['value']}",)]


@retelling("A count, then the first and the last", 'Five topics are listed, the first "Printing a knob" and the last "Bench finish"', (A.EXPECT_COUNT, A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<n>" + _N + r")\s+(?P<noun>[a-z][\w -]*?)\s+(?:are|is)\s+(?:listed|shown|displayed)\s*,\s*the\s+first\s+(?:(?:one|being)\s+)?(?P<first>" + _Q + r")\s*,?\s+and\s+the\s+last\s+(?:(?:one|being)\s+)?(?P<last>" + _Q + r")$")
def _count_first_last(said: _Said) -> list[Retold]:
    noun = phrases.singular(said["noun"])
    return [(f"Verify {said['n']} {said['noun']} are listed", f"Verify the first {noun} is {said['first']}", f"Verify the last {noun} is {said['last']}")]


@retelling("One listed, then which", 'One flag is listed, for "Bed adhesion problems with PETG"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<n>1|one|a\s+single|exactly\s+one)\s+(?P<noun>[a-z][\w -]*?)\s+is\s+(?:listed|shown|displayed)\s*,\s*(?:for|in|on|about|named|called)\s+(?P<value>" + _Q + r")$")
def _one_listed_for(said: _Said) -> list[Retold]:
    return [(f"Verify 1 {said['noun']} is listed", f"Verify {said['value']} is shown")]


@retelling("A named box that counts its items", "The Inbox widget lists 8 documents", (A.EXPECT_COUNT,),
           r"^the\s+(?P<name>(?-i:[A-Z])[\w' -]*?|" + _Q + r")\s+(?:widget|panel|section|card|box)\s+(?:lists|shows|has|contains)\s+(?P<n>\d+)\s+(?P<noun>[a-z][\w-]*)$")
def _box_counts(said: _Said) -> list[Retold]:
    return [(f'Verify {said["n"]} {said["noun"]} are listed under "{phrases.strip_quotes(said["name"])}"',)]


@retelling("A table holding just these", 'The table shows exactly "Vista Car Leasing" and "Westside Waste Services"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+table\s+(?:shows|lists|contains|has)\s+(?:exactly|only|just)\s+(?P<values>" + _QL + r")$")
def _table_holds_just(said: _Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [(f"Verify {len(values)} rows are listed", *(f'Verify the row for "{v}" is visible' for v in values))]


@retelling("A table with its columns", 'A table is shown with the columns "ASN", "Correspondent" and "Title"', (A.EXPECT_VISIBLE,) * 3,
           r"^(?:a|the)\s+table\s+(?:is\s+)?(?:shown|displayed|visible)\s+with\s+the\s+columns\s+(?P<values>.+)$")
def _table_with_columns(said: _Said) -> list[Retold]:
    return [(f"Verify the columns include {said['values']}",)]


@retelling("A part that lists names in an order, named", 'The Users list shows "admin", "ben" and "tom" in that order', (A.EXPECT_ORDER,),
           r"^the\s+(?P<part>[\w -]*?(?:list|sidebar|menu|navigation|breadcrumbs?|table|bar))\s+(?:lists|shows|has|contains)\s+(?:the\s+[a-z][\w -]*?\s+)?(?P<values>" + _QL + r")(?:\s+in\s+(?:this|that)\s+order)?$")
def _named_part_in_order(said: _Said) -> list[Retold]:
    if not re.search(r"(?i)\sin\s+(?:this|that)\s+order$|\sthen\s", phrases.mask_quoted(said.text)):
        return []  # names a part shows, in no order said: the other forms read them
    values = phrases.split_values(said["values"].replace(" then ", ", "))
    part = said["part"].lower()
    group = "items in the breadcrumb" if part.startswith("breadcrumb") else f"{part} items"
    return [(_in_this_order(group, values),)]


@retelling("Names listed in an order", 'The documents "Insurance notice", "Car policy" and "Home policy" are listed in that order', (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z][\w-]*)\s+(?P<values>" + _QL + r")\s+(?:are\s+)?(?:listed|shown|displayed|appear)\s+in\s+(?:this|that)\s+order$")
def _names_in_order(said: _Said) -> list[Retold]:
    return [(_in_this_order(said["noun"], phrases.split_values(said["values"])),)]


@retelling("What each named thing shows", '"Monday" shows 33%, "Wednesday" shows 67% and "Thursday" shows 0%', (A.EXPECT_TEXT,) * 3,
           r"^(?P<all>" + _Q + r"\s+(?:shows|has|reads)\s+[^\s,]+(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _Q + r"\s+(?:shows|has|reads)\s+[^\s,]+)+)$")
def _each_shows(said: _Said) -> list[Retold]:
    parts = phrases.cut_outside_quotes(said["all"], re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"))
    return [tuple(f"Verify {p}" for p in parts)]


@retelling("A value in single quotes that holds double quotes", """Verify the dialog says 'Delete the document "Sofa receipt"?'""", (A.EXPECT_VISIBLE,),
           r"^(?P<head>.*?\s)'(?P<value>[^']*\"[^']*)'$")
def _single_quoted(said: _Said) -> list[Retold]:
    # the same value in curly quotes, which hold straight ones: the rules then read it whole, its quotes kept
    return [(f"Verify {said['head']} “{said['value']}”",)]


@retelling("Who a named item is, said of its row", 'The user "tom" is named "Tom Becker" and is in the group "Viewers"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<noun>user|member|person|account|contact|customer|employee|document|ticket|task|item|tag|project|product|bookmark)\s+(?P<name>" + _Q + r")\s+"
           r"(?P<facts>(?:is\s+)?(?:named|called|in(?:\s+the\s+[a-z]+)?|part\s+of(?:\s+the\s+[a-z]+)?|assigned\s+to|owned\s+by|tagged|filed\s+under)\s+" + _Q
           + r"(?:\s*,?\s+and\s+(?:is\s+)?(?:named|called|in(?:\s+the\s+[a-z]+)?|part\s+of(?:\s+the\s+[a-z]+)?|assigned\s+to|owned\s+by|tagged|filed\s+under)\s+" + _Q + r")*)$")
def _named_item_facts(said: _Said) -> list[Retold]:
    # each fact is a value the item's row shows (its name, its group): the row, found by the item's own name
    values = [phrases.strip_quotes(v) for v in _QUOTED.findall(said["facts"])]
    return [tuple(f'Verify the row for {said["name"]} shows "{v}"' for v in values)]


@retelling("Who wrote an item, and what it says", 'The last comment is by jonas and reads "Works for me"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<which>(?:" + phrases.ORDINAL_WORDS + r"\s+)?[a-z][\w-]*)\s+is\s+(?:written\s+|posted\s+)?by\s+(?P<who>" + _Q + r"|(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}|[\w.@-]+)"
           r"(?:\s*,?\s+and\s+(?:reads|says|shows)\s+(?P<value>" + _Q + r"))?$")
def _by_whom(said: _Said) -> list[Retold]:
    told = [f'Verify the {said["which"]} shows "{phrases.strip_quotes(said["who"])}"']
    if said["value"]:
        told.append(f"Verify the {said['which']} shows {said['value']}")
    return [tuple(told)]


@retelling("An aside in brackets", "We are still on the login page (URL contains /login)", (A.EXPECT_PAGE, A.EXPECT_URL),
           r"^(?P<before>[^()]*?\S)\s*\((?P<aside>[^()\"“”]+)\)(?P<after>[^()]*)$")
def _aside(said: _Said) -> list[Retold]:
    # what the brackets hold is a second check when it reads as one ("URL contains /login"); in an action, a
    # description: the action is read without it ('Click the "..." (More actions) button')
    rest = f"{said['before']} {said['after']}".strip()
    if re.match(r"(?i)(?:the\s+)?(?:url|page\s+title|title)\s", said["aside"]):
        return [(rest, f"Verify {said['aside']}")]
    # in a check, brackets may narrow what is checked ("Uptime (24 hours) is 0%" beside a 30-day uptime): kept, never dropped
    return [(rest,)] if re.match(_ACTION_VERB, rest, re.IGNORECASE) else []


@retelling("A quoted text in brackets after a check", 'Check that the tab lists 5 interfaces ("Showing 1-5 of 5")', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<before>[^()]*?\S)\s*\((?P<aside>\"[^\"]+\"|“[^”]+”)\)$")
def _quoted_aside(said: _Said) -> list[Retold]:
    # what the page says to show it ("Showing 1-5 of 5"): a second check beside the first, never part of it
    return [] if re.match(_ACTION_VERB, said["before"], re.IGNORECASE) else [(said["before"], f"Verify the page shows {said['aside']}")]


@retelling("Search using a named box", 'Search for "pay-gw" using the search box in the header', (A.FILL, A.PRESS),
           r"^search\s+for\s+(?P<what>\"[^\"]+\"|“[^”]+”|\S+)\s+(?:using|with|in)\s+the\s+(?P<box>.*?(?:search|field|box|input).*)$")
def _search_using(said: _Said) -> list[Retold]:
    return [(f"Fill {said['what']} in the {said['box']} and press Enter",)]


@retelling("Open a part by clicking a name", 'Open the user menu in the top right corner by clicking "alice"', (A.CLICK,),
           r"^(?:open|expand|show)\s+(?:the\s+)?.+?\s+by\s+clicking\s+(?:on\s+)?(?P<what>.+)$")
def _open_by_clicking(said: _Said) -> list[Retold]:
    return [(f"Click {said['what']}",)]


@retelling("A control at a corner of a part", "Click the + button at the bottom left of the sidebar", (A.CLICK,),
           r"^(?P<act>" + _ACTION_VERB + r")\s+(?P<target>.+?)\s+(?:at|in)\s+the\s+(?:top|bottom|upper|lower)(?:[- ](?:left|right))?(?:\s+corner)?"
           r"\s+of\s+the\s+(?P<part>[a-z][\w -]*)$")
def _corner_of_part(said: _Said) -> list[Retold]:
    # a part of the page finds it ("the sidebar"); the corner only says where in it, and a box said by its kind ("the
    # ticket") is no name to find it by: both dropped
    part = said["part"].lower()
    if part in phrases.REGIONS:
        return [(f"{said['act']} {said['target']} in the {part}",)]
    return [(f"{said['act']} {said['target']}",)]


# --- read last: a label and its value ---


@retelling("A label in lower case and its value", 'Confirm the tenant is "Globex"', (A.EXPECT_TEXT,),
           r"^(?:the\s+(?P<label>(?-i:[a-z])[\w -]{1,30}?)|(?P<bare>(?-i:[A-Z])[\w -]{1,30}?))\s+is\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _label_is(said: _Said) -> list[Retold]:
    # "the tenant is "Globex"", "First available IP is "10.10.1.2/24"": the value the page shows beside that label
    label = said["label"] if said.has("label") else said["bare"]
    if re.search(r"\s(?:is|are|has|and)\s", label) or label.split()[-1].lower() in _NOT_LABELS:
        return []
    return [(f'Verify the "{label[0].upper() + label[1:]}" is {said["value"]}',)]


_NOT_LABELS = frozenset({"page", "url", "title", "address", "result", "message", "answer", "response", "outcome", "text", "value",
                         "error", "notification", "heading", "toast", "alert"})  # what shows a text, not a label beside one
