""""it", "its", "the row": the one item the step before named."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ACTION_VERB, N, QUOTED, QUOTED_NAME, in_quotes, in_this_order, names_said


@retelling("Its value, of the item named before", "Its affiliation is KTH Stockholm", (A.EXPECT_TEXT,),
           r"^(?:its|the\s+row(?:'s)?)\s+(?P<kind>[a-z][\w -]*?)\s+(?:is|reads|shows|says)\s+(?:shown\s+as\s+|marked\s+(?:as\s+)?)?(?P<value>" + QUOTED_NAME + r"|[^\"“”]+)$"
           r"|^(?:it|the\s+row|its\s+row)\s+(?:shows|has|carries)\s+(?:an?|the)\s+(?P<badge>" + QUOTED_NAME + r"|[\w-]+)\s+(?:badge|label|tag|marker)$",
           after='Exactly one team is listed, "Cyber Owls"')
def _its_value(said: Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"] or said["badge"])
    if re.search(r"(?i)\band\s+its\s", value):
        return []  # "… and its rack AMS1-A02": a second value, told apart by the form made for two
    told = _value_of_it(said, said["kind"] if said.has("kind") else None, value)
    return [(told,)] if told else []


def _value_of_it(said: Said, kind: str | None, value: str) -> str | None:
    """'Its KIND is VALUE' as a check: in the row of the item named before, or labelled on the page a step opened."""
    if re.match(r"(?i)(?:not|no|empty|blank|gone)\b", value):
        return None
    if said.item is None and said.only_one and said.subject and kind:
        # "Only one IP address is listed. Its description is Awaiting RMA": of the one just counted
        return f'Verify the {kind} of the first {phrases.singular(said.subject)} is "{value}"'
    if said.item is None:  # "Open ams1-srv-03. Its status is Offline": the page opened, its Status as labelled there
        opened_page = said.opened and kind and said.text.lower().startswith("its ")
        return f'Verify the {kind} is "{value}"' if opened_page else None
    return f'Verify the row for "{said.item}" shows "{value}"'


@retelling("A named item has N of something", 'Check the "Production" tag has 16 items', (A.EXPECT_TEXT,),
           r"^the\s+(?:(?-i:[a-z][\w-]*)\s+)?(?P<name>\"[^\"]+\"|“[^”]+”)(?:\s+(?-i:[a-z][\w-]*))?\s+has\s+(?P<n>\d+)\s+(?P<what>(?-i:[a-z][\w-]*s))$")
def _item_has_n(said: Said) -> list[Retold]:
    # its row's column of that name ("Items" for the tag "Production"), as "the Items for "Production" is 16" reads it
    return [(f'Verify the {said["what"]} for {said["name"]} is "{said["n"]}"',)]


@retelling("The Nth one, of the things counted before", 'The first one is "Emma"', (A.EXPECT_TEXT,),
           r"^the\s+(?P<nth>first|second|third|fourth|fifth|last)\s+one\s+(?P<rest>(?:is|shows|reads|says)\s+.+)$",
           after="Verify 3 books are listed")
def _nth_one(said: Said) -> list[Retold]:
    if said.subject is None:
        return []  # one of what? nothing was counted or listed before
    return [(f"Verify the {said['nth']} {phrases.singular(said.subject)} {said['rest']}",)]


@retelling("That row: the row of the item named before", 'The button in that row now reads "Are you sure?"', (A.EXPECT_TEXT,),
           r"^(?P<before>.+?)\s+(?P<prep>in|on|of|from)\s+(?:that|this|the\s+same)\s+(?P<box>row|card|line|entry|item|tile)(?P<after>(?:\s+.+)?)$",
           after='Click the cross icon in the row for "Ice cream"')
def _that_row(said: Said) -> list[Retold]:
    if said.item is None or '"' in said.item:
        return []
    after = re.sub(r"^(?:now|still)\s+", "", said["after"])  # "… now reads X": reads X
    return [(f'{said["before"]} {said["prep"]} the {said["box"]} for "{said.item}" {after}'.rstrip(),)]


@retelling("A control of the item before, said with its", "Click its trash can icon", (A.CLICK,),
           r"^(?P<verb>click|tap|press|hover\s+over|hover)\s+(?:on\s+)?its\s+(?P<control>(?:[\w-]+\s+){0,3}(?:icon|button|link|menu|checkbox|toggle))$",
           after="Hover over the Road Trips board")
def _its_control(said: Said) -> list[Retold]:
    if said.item is None or '"' in said.item:
        return []  # whose? the step before named no one item
    return [(f"{said['verb']} the {said['control']} for {in_quotes(said.item)}",)]


@retelling("It has N rows, for a name", 'It has exactly one row, for "Null Pointers"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?:it|the\s+table)\s+has\s+(?P<q>exactly\s+|only\s+)?(?P<n>one|a\s+single|1)\s+(?:row|entry|line)\s*,\s*for\s+(?P<name>" + QUOTED_NAME + r"|.+)$")
def _one_row_for(said: Said) -> list[Retold]:
    return [("Verify exactly 1 row is shown", f'Verify the row for "{phrases.strip_quotes(said["name"])}" is visible')]


@retelling("Close a box with its control", "Close the dialog with its X icon", (A.CLICK,),
           r"^close\s+the\s+(?P<box>dialog|popup|modal|panel|window|card|drawer)\s+(?:with|using|via|by\s+clicking)\s+(?:its|the)\s+(?P<control>.+?\s+(?:icon|button))$")
def _close_with(said: Said) -> list[Retold]:
    return [(f"Click the {said['control']} in the {said['box']}",)]


@retelling("Replace what the field holds", 'Replace it with "Planning phase"', (A.PRESS, A.TYPE_TEXT),
           r"^(?:replace\s+it\s+with|change\s+it\s+(?:back\s+)?to|overwrite\s+it\s+with)\s+(?P<value>" + QUOTED_NAME + r")$")
def _replace_it(said: Said) -> list[Retold]:
    # "it": the field the step before put the focus in; all its text selected, then the new text typed over it
    return [("Press Control+A", f"Type {said['value']}")]


@retelling("A field's value said plainly", "The queue is IT Support", (A.EXPECT_TEXT,),
           r"^the\s+(?P<label>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?)\s+is\s+(?P<value>(?-i:[A-Z0-9])[\w.%:/+-]*(?:\s+(?-i:[A-Z0-9])[\w.%:/+-]*){0,3})$")
def _label_is_value(said: Said) -> list[Retold]:
    # a value as shown (capitalised, a number): the value beside that label ('the Queue is "IT Support"')
    label = said["label"]
    if label.lower() in ("value", "text", "result", "number", "answer", "outcome", "message", "page", "url", "title"):
        return []  # "the value is 200": no label says "Value"; what is shown (other forms)
    return [(f'Verify the {label[:1].upper()}{label[1:]} is "{said["value"]}"',)]


_QL = QUOTED_NAME + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+then\s+)" + QUOTED_NAME + r")+"  # two quoted names or more
_TYPED_KINDS = {"buttons": "button", "radio buttons": "radio button", "links": "link", "tabs": "tab", "checkboxes": "checkbox",
                "fields": "field", "headings": "heading", "columns": "column"}
_PLAIN_KINDS = ("options", "entries", "items", "choices", "actions", "menu items", "labels", "tags", "values", "names")
_KINDS = "|".join([*_TYPED_KINDS, *_PLAIN_KINDS])


@retelling("Names of one kind, shown", 'The poll offers the radio buttons "Monday", "Wednesday" and "Thursday"', (A.EXPECT_VISIBLE,) * 3,
           r"^(?:the\s+(?P<kind>" + _KINDS + r")\s+(?P<values>" + _QL + r")\s+(?:are\s+)?(?:shown|visible|displayed|listed|present|offered)"
           r"(?P<where>\s+(?:in|on)\s+the\s+(?:dialog|menu|sidebar|header|footer|toolbar))?"
           r"|the\s+(?P<owner>[a-z][\w -]*?)\s+(?:offers|has|shows|lists)\s+the\s+(?P<kind2>" + _KINDS + r")\s+(?P<values2>" + _QL + r"))$")
def _names_of_a_kind(said: Said) -> list[Retold]:
    kind = (said["kind"] or said["kind2"]).lower()
    values = phrases.split_values(said["values"] or said["values2"])
    where = said["where"] and f" {said['where']}"
    if said["owner"] in ("dialog", "menu", "sidebar", "header", "footer", "toolbar"):
        where = f" in the {said['owner']}"  # "the dialog has the buttons …": in the dialog; another owner only tells what they are for
    if kind in _TYPED_KINDS:
        return [tuple(f'Verify the "{v}" {_TYPED_KINDS[kind]} is shown{where}' for v in values)]
    return [tuple(f'Verify "{v}" is shown{where}' for v in values)]


@retelling("No such box", 'There is no "Write comment..." box on the page', (A.EXPECT_COUNT, A.EXPECT_HIDDEN),
           r"^(?:there\s+is\s+)?no\s+(?P<value>" + QUOTED_NAME + r")\s+(?P<kind>box|area|panel|widget|zone|card)(?:\s+(?:on|in)\s+the\s+[\w -]+)?$")
def _no_such_box(said: Said) -> list[Retold]:
    if said["kind"].lower() == "box":  # a box may be a field (its placeholder says it) or a part of the page: neither shown
        return [(f"Verify there is no {said['value']} field", f"Verify {said['value']} is not visible")]
    return [(f"Verify {said['value']} is not visible",)]  # nowhere on the page: stricter than where it was said


@retelling("A badge a part shows", "The Notes tab shows a badge with 2", (A.EXPECT_TEXT,),
           r"^the\s+(?P<owner>[\w -]+?\s+(?:tab|button|link|icon|menu|item|entry))(?P<where>\s+(?:in|on)\s+the\s+(?:sidebar|header|navigation|menu|top\s+bar))?\s+"
           r"(?:shows|has|carries)\s+an?\s+(?:badge|counter|count\s+badge)\s+(?:with|of|saying|showing|reading)\s+(?P<value>\S+)$")
def _badge_with(said: Said) -> list[Retold]:
    where = f" {said['where']}" if said.has("where") else ""  # "the Emails entry in the sidebar": not the dashboard's Emails block
    return [(f"Verify the badge in the {said['owner']}{where} shows {said['value']}",)]


@retelling("A count, then the first and the last", 'Five topics are listed, the first "Printing a knob" and the last "Bench finish"', (A.EXPECT_COUNT, A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<n>" + N + r")\s+(?P<noun>[a-z][\w -]*?)\s+(?:are|is)\s+(?:listed|shown|displayed)\s*,\s*the\s+first\s+(?:(?:one|being)\s+)?(?P<first>" + QUOTED_NAME + r")\s*,?\s+and\s+the\s+last\s+(?:(?:one|being)\s+)?(?P<last>" + QUOTED_NAME + r")$")
def _count_first_last(said: Said) -> list[Retold]:
    noun = phrases.singular(said["noun"])
    return [(f"Verify {said['n']} {said['noun']} are listed", f"Verify the first {noun} is {said['first']}", f"Verify the last {noun} is {said['last']}")]


@retelling("One listed, then which", 'One flag is listed, for "Bed adhesion problems with PETG"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<n>1|one|a\s+single|exactly\s+one)\s+(?P<noun>[a-z][\w -]*?)\s+is\s+(?:listed|shown|displayed)\s*,\s*(?:for|in|on|about|named|called)\s+(?P<value>" + QUOTED_NAME + r")$")
def _one_listed_for(said: Said) -> list[Retold]:
    return [(f"Verify 1 {said['noun']} is listed", f"Verify {said['value']} is shown")]


@retelling("A named box that counts its items", "The Inbox widget lists 8 documents", (A.EXPECT_COUNT,),
           r"^the\s+(?P<name>(?-i:[A-Z])[\w' -]*?|" + QUOTED_NAME + r")\s+(?:widget|panel|section|card|box)\s+(?:lists|shows|has|contains)\s+(?P<n>\d+)\s+(?P<noun>[a-z][\w-]*)$")
def _box_counts(said: Said) -> list[Retold]:
    return [(f'Verify {said["n"]} {said["noun"]} are listed under "{phrases.strip_quotes(said["name"])}"',)]


@retelling("A table holding just these", 'The table shows exactly "Vista Car Leasing" and "Westside Waste Services"', (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+(?:(?:[\w-]+\s+){0,3}?table|results(?:\s+(?:table|list))?)\s+(?:shows?|lists?|contains?|has)\s+(?:exactly|only|just)\s+(?P<values>" + _QL + "|" + QUOTED_NAME + r"|[\w.@-]+)$"
           r"|^only\s+(?P<names>" + _QL + r")\s+(?:are|remain)\s+(?:visible|listed|shown)$"
           # "the monitor list contains only "Ops Runbook Site"", "… narrows down to Checkout API, Partner API and Mobile API"
           r"|^the\s+(?P<kind>(?-i:[a-z][\w-]*))\s+list\s+(?:now\s+)?(?:shows?|lists?|contains?|has|holds)\s+(?:exactly|only|just)\s+(?P<items>.+)$")
def _table_holds_just(said: Said) -> list[Retold]:
    if said.has("kind"):  # a list of monitors holds those monitors and no other: counted by what its name says they are
        items = names_said(said["items"])
        if not items or said["kind"].lower().endswith("ed"):
            return []  # "the archived list": which list, not what it holds
        many = phrases.plural(said["kind"]) if len(items) > 1 else said["kind"]
        return [(f"Verify exactly {len(items)} {many} {'are' if len(items) > 1 else 'is'} listed", *(f'Verify "{v}" is listed' for v in items))]
    values = phrases.split_values(said["values"] or said["names"])
    if said.has("names") and len(values) < 2:
        return []  # 'Only "X" is listed': the rules read it
    rows = "1 row is" if len(values) == 1 else f"{len(values)} rows are"
    return [(f"Verify {rows} listed", *(f'Verify the row for "{v}" is visible' for v in values))]


@retelling("A table with its columns", 'A table is shown with the columns "ASN", "Correspondent" and "Title"', (A.EXPECT_VISIBLE,) * 3,
           r"^(?:a|the)\s+table\s+(?:is\s+)?(?:shown|displayed|visible)\s+with\s+the\s+columns\s+(?P<values>.+)$")
def _table_with_columns(said: Said) -> list[Retold]:
    return [(f"Verify the columns include {said['values']}",)]


@retelling("A part that lists names in an order, named", 'The Users list shows "admin", "ben" and "tom" in that order', (A.EXPECT_ORDER,),
           r"^the\s+(?P<part>[\w -]*?(?:list|sidebar|menu|navigation|breadcrumbs?|table|bar))\s+(?:lists|shows|has|contains)\s+(?:the\s+[a-z][\w -]*?\s+)?(?P<values>" + _QL + r")(?:\s+in\s+(?:this|that)\s+order)?$")
def _named_part_in_order(said: Said) -> list[Retold]:
    if not re.search(r"(?i)\sin\s+(?:this|that)\s+order$|\sthen\s", phrases.mask_quoted(said.text)):
        return []  # names a part shows, in no order said: the other forms read them
    values = phrases.split_values(said["values"].replace(" then ", ", "))
    part = said["part"].lower()
    group = "items in the breadcrumb" if part.startswith("breadcrumb") else f"{part} items"
    return [(in_this_order(group, values),)]


@retelling("Names listed in an order", 'The documents "Insurance notice", "Car policy" and "Home policy" are listed in that order', (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z][\w-]*)\s+(?P<values>" + _QL + r")\s+(?:are\s+)?(?:listed|shown|displayed|appear)\s+in\s+(?:this|that)\s+order$")
def _names_in_order(said: Said) -> list[Retold]:
    return [(in_this_order(said["noun"], phrases.split_values(said["values"])),)]


@retelling("What each named thing shows", '"Monday" shows 33%, "Wednesday" shows 67% and "Thursday" shows 0%', (A.EXPECT_TEXT,) * 3,
           r"^(?P<all>" + QUOTED_NAME + r"\s+(?:shows|has|reads)\s+[^\s,]+(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + QUOTED_NAME + r"\s+(?:shows|has|reads)\s+[^\s,]+)+)$")
def _each_shows(said: Said) -> list[Retold]:
    parts = phrases.cut_outside_quotes(said["all"], re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"))
    return [tuple(f"Verify {p}" for p in parts)]


@retelling("A value in single quotes that holds double quotes", """Verify the dialog says 'Delete the document "Sofa receipt"?'""", (A.EXPECT_VISIBLE,),
           r"^(?P<head>.*?\s)'(?P<value>[^']*\"[^']*)'$")
def _single_quoted(said: Said) -> list[Retold]:
    # the same value in curly quotes, which hold straight ones: the rules then read it whole, its quotes kept
    return [(f"Verify {said['head']} “{said['value']}”",)]


@retelling("Who a named item is, said of its row", 'The user "tom" is named "Tom Becker" and is in the group "Viewers"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<noun>user|member|person|account|contact|customer|employee|document|ticket|task|item|tag|project|product|bookmark)\s+(?P<name>" + QUOTED_NAME + r")\s+"
           r"(?P<facts>(?:is\s+)?(?:named|called|in(?:\s+the\s+[a-z]+)?|part\s+of(?:\s+the\s+[a-z]+)?|assigned\s+to|owned\s+by|tagged|filed\s+under)\s+" + QUOTED_NAME
           + r"(?:\s*,?\s+and\s+(?:is\s+)?(?:named|called|in(?:\s+the\s+[a-z]+)?|part\s+of(?:\s+the\s+[a-z]+)?|assigned\s+to|owned\s+by|tagged|filed\s+under)\s+" + QUOTED_NAME + r")*)$")
def _named_item_facts(said: Said) -> list[Retold]:
    # each fact is a value the item's row shows (its name, its group): the row, found by the item's own name
    values = [phrases.strip_quotes(v) for v in QUOTED.findall(said["facts"])]
    return [tuple(f'Verify the row for {said["name"]} shows "{v}"' for v in values)]


@retelling("Who wrote an item, and what it says", 'The last comment is by jonas and reads "Works for me"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<which>(?:" + phrases.ORDINAL_WORDS + r"\s+)?[a-z][\w-]*)\s+(?:is|was)\s+(?:written\s+|posted\s+)?by\s+(?P<who>" + QUOTED_NAME + r"|(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}|[\w.@-]+)"
           r"(?:\s*,?\s+and\s+(?:reads|says|shows)\s+(?P<value>" + QUOTED_NAME + r"|(?-i:[A-Z])[^\"“”]+))?$")
def _by_whom(said: Said) -> list[Retold]:
    told = [f'Verify the {said["which"]} shows "{phrases.strip_quotes(said["who"])}"']
    if said["value"]:
        told.append(f"Verify the {said['which']} shows {in_quotes(said['value'])}")  # the rest of the sentence, as written
    return [tuple(told)]


@retelling("An aside in brackets", "We are still on the login page (URL contains /login)", (A.EXPECT_PAGE, A.EXPECT_URL),
           r"^(?P<before>[^()]*?\S)\s*\((?P<aside>[^()\"“”]+)\)(?P<after>[^()]*)$")
def _aside(said: Said) -> list[Retold]:
    # what the brackets hold is a second check when it reads as one ("URL contains /login"); in an action, a
    # description: the action is read without it ('Click the "..." (More actions) button')
    rest = f"{said['before']} {said['after']}".strip()
    if re.match(r"(?i)(?:the\s+)?(?:url|page\s+title|title)\s", said["aside"]):
        return [(rest, f"Verify {said['aside']}")]
    # in a check, brackets may narrow what is checked ("Uptime (24 hours) is 0%" beside a 30-day uptime): kept, never dropped
    return [(rest,)] if re.match(ACTION_VERB, rest, re.IGNORECASE) else []


@retelling("A quoted text in brackets after a check", 'Check that the tab lists 5 interfaces ("Showing 1-5 of 5")', (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<before>[^()]*?\S)\s*\((?P<aside>\"[^\"]+\"|“[^”]+”)\)$")
def _quoted_aside(said: Said) -> list[Retold]:
    # what the page says to show it ("Showing 1-5 of 5"): a second check beside the first, never part of it
    return [] if re.match(ACTION_VERB, said["before"], re.IGNORECASE) else [(said["before"], f"Verify the page shows {said['aside']}")]


@retelling("Search using a named box", 'Search for "pay-gw" using the search box in the header', (A.FILL, A.PRESS),
           r"^search\s+for\s+(?P<what>\"[^\"]+\"|“[^”]+”|\S+)\s+(?:using|with|in)\s+the\s+(?P<box>.*?(?:search|field|box|input).*)$")
def _search_using(said: Said) -> list[Retold]:
    return [(f"Fill {said['what']} in the {said['box']} and press Enter",)]


@retelling("Open a part by clicking a name", 'Open the user menu in the top right corner by clicking "alice"', (A.CLICK,),
           r"^(?:open|expand|show)\s+(?:the\s+)?.+?\s+by\s+clicking\s+(?:on\s+)?(?P<what>.+)$")
def _open_by_clicking(said: Said) -> list[Retold]:
    return [(f"Click {said['what']}",)]


@retelling("A control at a corner of a part", "Click the + button at the bottom left of the sidebar", (A.CLICK,),
           r"^(?P<act>" + ACTION_VERB + r")\s+(?P<target>.+?)\s+(?:at|in)\s+the\s+(?:top|bottom|upper|lower)(?:[- ](?:left|right))?(?:\s+corner)?"
           r"\s+of\s+the\s+(?P<part>[a-z][\w -]*)$")
def _corner_of_part(said: Said) -> list[Retold]:
    # a part of the page finds it ("the sidebar"); the corner only says where in it, and a box said by its kind ("the
    # ticket") is no name to find it by: both dropped
    part = said["part"].lower()
    if part in phrases.REGIONS:
        return [(f"{said['act']} {said['target']} in the {part}",)]
    return [(f"{said['act']} {said['target']}",)]


@retelling("Names, in that order, of no kind said", "Announcements, General Discussion and Sandbox are listed in that order", (A.EXPECT_ORDER,),
           r"^(?P<names>[^,]+(?:\s*,\s*[^,]+?)*\s*,?\s+and\s+.+?)\s+(?:are\s+)?(?:listed|shown|displayed|appear)\s+in\s+(?:this|that)\s+order$")
def _names_in_order_of_no_kind(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or any(re.search(r"(?i)^(?:the|a|an)\s|\s(?:is|are|has|have)\s", n) for n in names):
        return []
    group = f"{said.subject}s" if said.subject else "items"  # what the step before counted or listed, else the page's items
    return [(in_this_order(group, names),)]


@retelling("An item by its place, named, with who made it or where it is", 'Under Recent Topics, the first topic is "Avatar upload fails" by bob', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<which>(?:under\s+[^,\"“]+,\s+)?the\s+" + phrases.ORDINAL_WORDS + r"\s+(?:one|[a-z]+))\s+is\s+(?P<name>" + QUOTED_NAME + r")\s+"
           r"(?:(?:written\s+|posted\s+|started\s+|created\s+)?by\s+(?P<who>[\w.@-]+)|in\s+(?:the\s+)?(?:forum|category|project|folder|board|space|list|group)\s+(?P<where>.+))$")
def _placed_with_author(said: Said) -> list[Retold]:
    other = said["who"] if said.has("who") else said["where"]
    return [(f"{said['which']} is {said['name']}", f"{said['which']} shows {in_quotes(other)}")]


@retelling("Items by their places, one after another", "The second row is Dark mode everywhere, the third is Forum upgrade feedback and the fourth is Board game night",
           (A.EXPECT_TEXT,) * 3,
           r"^the\s+(?P<first>" + phrases.ORDINAL_WORDS + r")\s+(?P<noun>[a-z]+)\s+is\s+(?P<rest>.+?(?:\s*,\s*(?:and\s+)?|\s+and\s+)the\s+" + phrases.ORDINAL_WORDS + r"(?:\s+(?-i:[a-z]+))?\s+is\s+.+)$")
def _places_one_after_another(said: Said) -> list[Retold]:
    parts = re.split(r"(?i)\s*,\s*(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s)", f"the {said['first']} is {said['rest']}")
    told = []
    for part in parts:
        place = re.fullmatch(r"(?i)the\s+(?P<which>" + phrases.ORDINAL_WORDS + r")(?:\s+(?P<noun>(?-i:[a-z]+)))?\s+is\s+(?P<name>.+)", part)
        if place is None or (place["noun"] not in (None, "one", said["noun"])):
            return []  # "the first row is A and the last card is B": two kinds, not one list
        told.append(f"The {place['which']} {said['noun']} is {in_quotes(place['name'])}")
    return [tuple(told)]


@retelling("That checkbox: the one the step before named", "Untick that checkbox", (A.UNCHECK,),
           r"^(?P<verb>tick|untick|check|uncheck|click)\s+(?:that|the\s+same)\s+(?P<kind>checkbox|box|toggle|switch)$",
           after='Tick the checkbox next to "Fix contrast"')
def _that_checkbox(said: Said) -> list[Retold]:
    if said.item is None or '"' in said.item:
        return []  # which one? the step before named no item
    return [(f'{said["verb"].capitalize()} the {said["kind"]} next to "{said.item}"',)]



@retelling("Open it: the one item the step before named or found shown", "Click it", (A.CLICK,), r"^(?P<verb>click|open|select|choose|tap)\s+(?:on\s+)?(?:it|that\s+one)$",
           after='"Deployment Runbook" shows in the results')
def _open_it(said: Said) -> list[Retold]:
    named = said.item or said.shown
    if named is None or '"' in named:
        return []
    return [(f'{said["verb"].capitalize()} "{named}"',)]


@retelling("A name not among the results", "Tiramisu should not be among the results", (A.EXPECT_HIDDEN,),
           r"^(?P<name>" + QUOTED_NAME + r"|(?!(?:it|they|this|that|none|nothing)\b)[^\"“”]+?)\s+(?:is|are)\s+not\s+(?:among|one\s+of)\s+(?:the\s+results|the\s+(?:[\w-]+\s+)?(?:list|table))$")
def _not_among(said: Said) -> list[Retold]:
    # nowhere in the results: stricter than "not among the ones counted", never looser
    return [(f"Verify {said['name']} is not in the results",)]


@retelling("A name, then its place among the ones before", "carol is first", (A.EXPECT_TEXT,),
           r"^(?P<name>" + QUOTED_NAME + r"|(?!(?:it|they|this|that|there|the|which)\b)[^\"“”]+?)\s+(?:is|comes)\s+(?:now\s+|still\s+)?(?P<nth>first|last|second|third)$",
           after="Verify 3 users are listed")
def _name_then_place(said: Said) -> list[Retold]:
    if said.subject is None:
        return []  # first of what? nothing was counted or listed before
    return [(f'Verify the {said["nth"]} {phrases.singular(said.subject)} is "{phrases.strip_quotes(said["name"])}"',)]


@retelling("Two values of the item before, said with its", "Its serial number is DL9X1Q7 and its rack AMS1-A02", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^its\s+(?P<a>[a-z][\w -]*?)\s+is\s+(?P<va>[^,]+?)\s*,?\s+and\s+its\s+(?P<second>\S.*)$",
           after="Open ams1-srv-03")
def _its_two_values(said: Said) -> list[Retold]:
    # the second said with "is" ("its oldest bill is X") or without ("its rack AMS1-A02": lower-case words, then the value)
    second = (re.fullmatch(r"(?P<kind>.+?)\s+is\s+(?P<value>.+)", said["second"])
              or re.fullmatch(r"(?P<kind>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))*)\s+(?P<value>(?-i:[^a-z\s]).*)", said["second"]))
    if second is None:
        return []
    told = [_value_of_it(said, said["a"], phrases.strip_quotes(said["va"])),
            _value_of_it(said, second["kind"], phrases.strip_quotes(second["value"]))]
    return [(told[0], told[1])] if told[0] and told[1] else []


@retelling("Who made the item named before", "It is posted by bob", (A.EXPECT_TEXT,),
           r"^(?:it|that\s+one)\s+(?:is|was)\s+(?:posted|written|created|started|made|authored|uploaded|added|opened|reported|assigned\s+to|owned)\s+(?:by\s+)?(?P<who>"
           + QUOTED_NAME + r"|[\w.@-]+(?:\s+(?-i:[A-Z])[\w.'-]*)?)$",
           after='"Practice thread" is listed')
def _made_by(said: Said) -> list[Retold]:
    named = said.item or said.shown
    if named is None or '"' in named:
        return []  # made by whom, of what? no one item was named before
    return [(f'Verify the row for "{named}" shows {in_quotes(phrases.strip_quotes(said["who"]))}',)]


@retelling("It has N things, of the page opened", "It should have 3 items", (A.EXPECT_COUNT,),
           r"^it\s+(?:has|shows|lists|contains|holds)\s+(?P<q>exactly\s+|only\s+|at\s+least\s+)?(?P<n>" + N + r")\s+(?P<what>(?-i:[a-z][\w-]*s))"
           r"(?:\s*:\s*(?P<names>.+))?$",
           after="Open Party Supplies")
def _opened_has_n(said: Said) -> list[Retold]:
    if said.item is not None or said.subject is not None or not said.opened:
        return []  # "it" is then the item or the group named before, whose own part holds them
    names = names_said(said["names"]) if said.has("names") else []  # "… 3 items: Tortilla chips, Limes and Sparkling water"
    if said.has("names") and not names:
        return []
    quantity = f"{said['q']} " if said.has("q") else ""
    return [(f"Verify {quantity}{said['n']} {said['what']} are shown", *(f"Verify {in_quotes(n)} is shown" for n in names))]
