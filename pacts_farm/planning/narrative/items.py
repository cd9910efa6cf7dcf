"""What a row or an item shows, said another way."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import (
    ACTION_VERB,
    JOIN,
    N,
    NAME_WRITTEN,
    QUOTED_NAME,
    ROW_ORDINAL,
    as_field,
    in_quotes,
    in_this_order,
    names_said,
    row_values,
)


@retelling("Where first, then what is seen there", 'In the row for "Dishwasher repair", the eye icon is visible', (A.EXPECT_VISIBLE,),
           r"^in\s+the\s+(?P<box>row|card|entry)\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<what>the\s+[^,]+?)\s+(?P<state>is\s+(?:not\s+)?(?:visible|shown|displayed|present))$")
def _where_first_seen(said: Said) -> list[Retold]:
    return [(f"Verify {said['what']} in the {said['box']} for {said['name']} {said['state']}",)]


@retelling("A message said by its kind and text", 'Verify the message "The bill has been added"', (A.EXPECT_VISIBLE,),
           r"^(?:for\s+|(?:i\s+)?see\s+)?(?:the|a|an)\s+(?P<kind>message|notification|alert|toast|banner|error|warning|confirmation|flash\s+message)\s+(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _kind_and_text(said: Said) -> list[Retold]:
    return [(f"Verify the {said['kind']} {said['text']} is shown",)]


@retelling("Find a thing: it is there", 'Find the row for "Refund for the vacuum"', (A.EXPECT_VISIBLE,),
           r"^(?:find|locate|look\s+for|spot)\s+(?P<what>(?:the\s+)?.+)$")
def _find(said: Said) -> list[Retold]:
    return [(f"Verify {said['what']} is visible",)]


@retelling("Where first, then what it shows", 'In the row for "Renew passport", the due date reads Nov 20, 2026', (A.EXPECT_TEXT,),
           r"^in\s+the\s+(?P<box>row|card|entry)\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<rest>the\s+[a-z][\w -]*?\s+(?:is|reads|shows|says)\s+.+)$")
def _where_first_shows(said: Said) -> list[Retold]:
    values = []
    for part in phrases.cut_outside_quotes(said["rest"], JOIN):
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
def _row_has_column_value(said: Said) -> list[Retold]:
    value = in_quotes(said["value"])
    if said.has("ordinal"):  # "the second row has correspondent X": that row's cell under Correspondent
        return [(f"Verify the {said['column']} of the {said['ordinal']} row is {value}",)]
    row = said["named"] or said["row"]
    told = [(f"Verify the {said['column']} for {row} is {value}",)]
    if said.has("named"):  # "the table has a row X with …": the row is there, and its cell says so
        told = [(f"Verify the row for {row} is shown", *told[0])]
    return told


@retelling("Names given as examples, not shown", 'Completed tasks such as "Pay electricity bill" are not listed', (A.EXPECT_HIDDEN,),
           r"^(?:the\s+)?[\w -]+?\s+(?:such\s+as|like|e\.g\.)\s+(?P<values>.+?)\s+(?:are|is)\s+(?:not|no\s+longer)\s+(?:listed|shown|visible|displayed)$")
def _examples_not_shown(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [tuple(f'Verify "{v}" is not shown' for v in values)] if values else []


_LOOKS = r"(?:(?:" + phrases.LOOKS_WORDS + r")\s+)*"


@retelling("A badge by its colour", 'A red "Past Due" badge is visible next to the priority', (A.EXPECT_VISIBLE,),
           r"^(?:a|an|the)\s+" + _LOOKS + r"(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?P<kind>badge|label|tag|pill|chip|marker)\s+"
           r"(?:is\s+)?(?:now\s+)?(?:visible|shown|displayed|appears)(?:\s+(?:next\s+to|beside|by|near)\s+.+)?$")
def _coloured_badge(said: Said) -> list[Retold]:
    # drops the colour and what it is next to: the badge saying the value is checked
    return [(f"Verify the badge {said['value']} is shown",)]


@retelling("A kind of box, then its name", 'A dialog "Delete Task" asks "Are you sure?"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<article>a|an|the)\s+(?P<kind>dialog|popup|modal|window|confirmation|table|list|section|panel|column|card)\s+"
           r"(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<rest>\S.+)$")
def _kind_then_name(said: Said) -> list[Retold]:
    return [(f"{said['article']} {said['name']} {said['kind']} {said['rest']}",)]


@retelling("Confirm with a button", "Confirm with the red Delete button", (A.CLICK,),
           r"^(?:confirm|proceed|answer)\s+(?:with|by\s+clicking|using)\s+(?:the\s+)?" + _LOOKS + r"(?P<name>\"[^\"]+\"|“[^”]+”|[\w' -]+?)(?P<role>\s+button)?$")
def _confirm_with(said: Said) -> list[Retold]:
    return [(f"Click the {said['name']} button",)]


@retelling("Columns named", "There are columns To Do, In Progress, Waiting and Done", (A.EXPECT_VISIBLE,) * 4,
           r"^there\s+are\s+(?:" + N + r"\s+)?(?:columns|lanes|lists)\s*:?\s+(?P<values>.+)$")
def _columns_named(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [tuple(f'Verify "{v}" is shown' for v in values)] if len(values) > 1 else []


@retelling("Switch to a view", "Switch to the list view (the icon with horizontal lines)", (A.CLICK,),
           r"^switch\s+to\s+(?:the\s+)?(?P<view>[\w-]+)\s+view(?:\s*\([^)]*\))?$")
def _switch_view(said: Said) -> list[Retold]:
    return [(f'Click the "{said["view"]} view" button',), (f'Click "{said["view"]} view"',)]


@retelling("Items appear in an order", "The projects appear in this order: Half Marathon Training, Kitchen Renovation", (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z][\w -]*?)\s+(?:appear|are\s+(?:listed|shown|sorted))\s+in\s+(?:this|the\s+following)\s+order\s*[:,–—-]?\s+(?P<values>.+)$")
def _appear_in_order(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [(in_this_order(said["noun"], values),)] if len(values) > 1 else []


@retelling("Enter a field by its name", 'Enter the description "Cut office waste in half by June."', (A.FILL,),
           r"^(?:enter|type|fill\s+in|write|add|give|provide|key\s+in|input)\s+(?:(?:the|a|an|your|my)\s+)?(?P<field>[a-z][\w -]{0,30}?)\s+(?P<value>\"[^\"]*\"|“[^”]*”)$"
           r"|^(?P<verb>describe|name|title|call|label)\s+(?:it|this|the\s+[a-z]+)\s+(?:as\s+)?(?P<v2>\"[^\"]*\"|“[^”]*”|[^\"“”]+)$")
def _enter_named_field(said: Said) -> list[Retold]:
    if said.has("field"):
        return [(f"Fill {said['value']} in the {said['field']} field",)]
    field = {"describe": "Description", "name": "Name", "title": "Title", "call": "Name", "label": "Label"}[said["verb"].lower()]
    value = in_quotes(said["v2"])
    return [(f"Fill {value} in the {field} field",)]


@retelling("A named item now on a page", 'A card "Zero Waste Challenge" is now on the Projects page', (A.EXPECT_PAGE, A.EXPECT_VISIBLE),
           r"^(?:a|an|the)\s+(?:new\s+)?[a-z]+\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:now\s+)?(?:on|in)\s+the\s+(?P<page>[\w' -]+?)\s+page$")
def _named_on_page(said: Said) -> list[Retold]:
    return [(f"Verify I am on the {said['page']} page", f"Verify {said['value']} is shown")]


@retelling("Two parts, one verb", "The Tasks tab shows a count of 4 and the Notes tab a count of 2", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<s1>the\s+[\w -]+?\s+(?:tab|button|link|badge|field|column|counter|card|row|section|panel))\s+(?P<verb>shows|has|reads|says)\s+(?P<o1>.+?)\s*,?\s+"
           r"and\s+(?P<s2>the\s+[\w -]+?\s+(?:tab|button|link|badge|field|column|counter|card|row|section|panel))\s+(?P<o2>(?!(?:is|are|has|shows|reads|says)\s).+)$")
def _two_parts_one_verb(said: Said) -> list[Retold]:
    return [(f"{said['s1']} {said['verb']} {said['o1']}", f"{said['s2']} {said['verb']} {said['o2']}")]


@retelling("A count a part shows", "The Tasks tab shows a count of 4", (A.EXPECT_TEXT,),
           r"^(?P<subject>(?:the\s+)?.+?)\s+(?:shows|has|displays|reads)\s+(?:a|the)\s+(?:count|number|total)\s+of\s+(?P<n>\d+)$")
def _shows_count_of(said: Said) -> list[Retold]:
    return [(f'Verify {said["subject"]} shows "{said["n"]}"',)]


@retelling("Names listed under a heading", 'The notes "Packing list for the coast" and "Books to read" are listed under Notes', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+[a-z]+\s+(?P<values>(?:\"[^\"]+\"|“[^”]+”).+?)\s+are\s+(?:listed|shown)\s+(?P<rest>(?:under|in)\s+.+)$"
           # "Machine Learning on a Budget and Intro to Jupyter Notebooks are listed under Proposals": capitalised titles
           r"|^(?P<titles>(?-i:[A-Z])[^\"“,]*?(?:(?:\s*,\s*|\s+and\s+)(?-i:[A-Z])[^\"“,]*?)+)\s+are\s+(?:listed|shown)\s+(?P<under>under\s+.+)$")
def _names_listed_under(said: Said) -> list[Retold]:
    if said.has("titles"):
        values = names_said(said["titles"])
        if len(values) < 2 or any(v[:1].islower() for v in values):
            return []
        return [tuple(f'Verify "{v}" is listed {said["under"]}' for v in values)]  # listed under a heading: in its section
    values = phrases.split_values(said["values"])
    return [tuple(f'Verify "{v}" is shown {said["rest"]}' for v in values)] if len(values) > 1 else []


@retelling("Listed there", '"Quarterly goals" is listed there', (A.EXPECT_VISIBLE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown)\s+there$")
def _listed_there(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is listed",)]


@retelling("An empty field a part shows", 'The dialog shows an empty "Enter note title" field', (A.EXPECT_STATE,),
           r"^the\s+(?:dialog|form|page|modal|popup)\s+(?:shows|has)\s+an?\s+empty\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+(?:field|box|input)$")
def _empty_field_shown(said: Said) -> list[Retold]:
    name = in_quotes(said["name"])
    return [(f"Verify the {name} field is empty",)]


@retelling("What not to do first, then the action", 'Without typing anything, click the "Create Note" button', (A.CLICK,),
           r"^without\s+[^,]+,\s*(?P<rest>" + ACTION_VERB + r".+)$")
def _without_first(said: Said) -> list[Retold]:
    return [(said["rest"],)]


@retelling("Under a heading, the item at a position", 'Under Recently captured, "Book flights for March" is the first item', (A.EXPECT_TEXT,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,\s*(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+the\s+(?P<ord>" + ROW_ORDINAL + r")\s+(?P<noun>[a-z]+)$")
def _under_at_position(said: Said) -> list[Retold]:
    under = in_quotes(said["under"])
    return [(f"Verify the {said['ord']} {said['noun']} under {under} is {said['value']}",)]


@retelling("A person's role in a list of users", "daniel@northwind.test has the role user", (A.EXPECT_TEXT,),
           r"^(?P<name>[\w.+-]+@[\w.-]+\.\w+|\"[^\"]+\"|“[^”]+”)\s+(?:is\s+(?:an?\s+)?|has\s+the\s+(?:role|status|type|state)\s+)(?P<value>[\w-]+)$")
def _role_of(said: Said) -> list[Retold]:
    if said["value"].lower() in ("not", "no", "shown", "listed", "visible", "hidden", "gone", "displayed", "missing"):
        return []
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows "{said["value"]}"',)]


@retelling("A row that appears with values", "A row for nina@northwind.test appears with the name Nina Alvarez and the role user", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:a|the)\s+(?:new\s+)?row\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|\S+)\s+(?:appears|is\s+(?:shown|added|listed))\s+with\s+(?P<values>.+)$")
def _row_appears_with(said: Said) -> list[Retold]:
    values = [re.sub(r"(?i)^(?:the\s+)?(?:name|full\s+name|role|status|email|e-mail)\s+", "", v) for v in row_values(said["values"])]
    if not values or any(not v for v in values):
        return []
    name = phrases.strip_quotes(said["name"])
    return [tuple(f'Verify the row for "{name}" shows "{phrases.strip_quotes(v)}"' for v in values)]


@retelling("Values entered as fields, one after another", 'Enter "Sofia" as the name, "Duplicate" as the surname, and Secret2024! as the password', (A.FILL,) * 3,
           r"^(?P<verb>enter|type|fill\s+in|input|use)\s+(?P<pairs>(?:\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?[\w' -]+?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
           r"(?:\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?[\w' -]+?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?[\w' -]+?)+)$")
def _entered_as_many(said: Said) -> list[Retold]:
    pairs = re.findall(r"(\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?([\w' -]+?)(?=\s*,|\s+and\s+|$)", said["pairs"])
    return [tuple(f"Enter {v} as the {f}" for v, f in pairs)] if len(pairs) > 2 else []


@retelling("A statement under a heading: a count, in an order", "Under Knowledgebase Articles three categories are listed, in this order - Billing FAQ, Getting Started, Network and VPN",
           (A.EXPECT_COUNT, A.EXPECT_ORDER),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)\s+are\s+(?:listed|shown)\s*,?\s+in\s+this\s+order\s*[:,–—-]\s*(?P<values>.+)$")
def _under_counted_in_order(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    under = phrases.strip_quotes(said["under"])
    return [(f'Verify the "{under}" section has {said["n"]} {said["noun"]}', in_this_order(f'{said["noun"]} under "{under}"', values))]


@retelling("A named text nowhere", 'The private note "Internal: key retrieved." is not shown anywhere', (A.EXPECT_HIDDEN,),
           r"^(?:the|a|an)\s+[\w -]+?\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:not|no\s+longer)\s+(?:shown|visible|displayed|listed)(?:\s+anywhere)?$")
def _named_nowhere(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is not shown",)]


@retelling("Listed, and marked", '"Critical open tickets" is listed, marked "(Shared by admin)"', (A.EXPECT_TEXT,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown)\s*,\s*(?:marked|labell?ed|tagged|flagged)(?:\s+as)?\s+(?P<value>\"[^\"]+\"|“[^”]+”|\S+)$")
def _listed_marked(said: Said) -> list[Retold]:
    return [(f'Verify the row for {said["name"]} shows "{phrases.strip_quotes(said["value"])}"',)]


@retelling("A heading with a badge", 'The heading is "Laptop will not boot" with the badge "#1"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+(?:page\s+)?heading\s+(?:is|reads|says)\s+(?P<heading>\"[^\"]+\"|“[^”]+”)\s+with\s+(?:the|a)\s+(?P<kind>badge|label|tag)\s+(?P<badge>\"[^\"]+\"|“[^”]+”)$")
def _heading_with_badge(said: Said) -> list[Retold]:
    return [(f"Verify the heading {said['heading']} is shown", f"Verify the {said['kind']} {said['badge']} is shown")]


@retelling("A value selected as a field", "Open is selected as the New Status", (A.EXPECT_VALUE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+is\s+(?:selected|chosen|picked)\s+(?:as|for)\s+(?:the\s+)?(?P<field>[\w' -]+?)(?:\s+(?:field|dropdown))?$")
def _selected_as(said: Said) -> list[Retold]:
    value = in_quotes(said["value"])
    return [(f"Verify {value} is selected in the {said['field']} field",)]


@retelling("Find a text in a part", 'In the Unassigned Tickets table find "Replace flickering lights in car park"', (A.EXPECT_TEXT,),
           r"^in\s+the\s+(?P<where>[^,]+?)\s*,?\s+(?:find|locate|spot)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _find_in(said: Said) -> list[Retold]:
    return [(f"Verify the {said['where']} shows {said['value']}",)]


@retelling("Set two fields in one sentence", 'Set the priority to "2. High" and the case owner to tnguyen', (A.FILL, A.FILL),
           r"^(?P<verb>set|change)\s+(?P<first>the\s+[\w' -]+?\s+to\s+(?:\"[^\"]*\"|“[^”]*”|[^\"“”]+?))\s*,?\s+and\s+(?P<second>the\s+[\w' -]+?\s+to\s+(?:\"[^\"]*\"|“[^”]*”|[^\"“”]+))$")
def _set_two(said: Said) -> list[Retold]:
    return [(f"{said['verb']} {said['first']}", f"{said['verb']} {said['second']}")]


@retelling("A named entry that has been added", 'A follow-up "Ticket placed on hold" has been added', (A.EXPECT_VISIBLE,),
           r"^(?:a|an|the)\s+(?:new\s+)?[\w -]+?\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:has\s+been|was|is)\s+(?:added|created|posted|saved|recorded)$")
def _named_added(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is shown",)]


@retelling("Submit a value in its field", 'Submit the flag "flag{443}"', (A.FILL, A.PRESS),
           r"^submit\s+the\s+(?P<field>[a-z][\w -]*?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _submit_value(said: Said) -> list[Retold]:
    return [(f"Fill {said['value']} in the {said['field']} field", f"Press Enter in the {said['field']} field")]


@retelling("The first and the last", 'The first result is "Django documentation", the last is "FastAPI"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<o1>" + ROW_ORDINAL + r")\s+(?P<noun>[a-z][\w-]*)\s+is\s+(?P<v1>\"[^\"]+\"|“[^”]+”)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
           r"the\s+(?P<o2>" + ROW_ORDINAL + r")(?:\s+one)?\s+is\s+(?P<v2>\"[^\"]+\"|“[^”]+”)$")
def _first_and_last(said: Said) -> list[Retold]:
    return [(f"Verify the {said['o1']} {said['noun']} is {said['v1']}", f"Verify the {said['o2']} {said['noun']} is {said['v2']}")]


@retelling("Something that appears in a part", "The Inbox link appears in the sidebar", (A.EXPECT_VISIBLE,),
           r"^(?P<what>(?:the|a|an)\s+[^,]+?|\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,5}?)\s+(?:now\s+)?(?:appears|shows\s+up)\s+(?P<where>(?:in|on|under)\s+the\s+[^,]+)$")
def _appears_in(said: Said) -> list[Retold]:
    return [(f"Verify {said['what']} is shown {said['where']}",)]


@retelling("A named item with its tags or status", 'The row for "Renew passport" has the tags errand and urgent', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:the\s+(?:row|card|entry|item|task)\s+for\s+)?(?P<name>" + QUOTED_NAME + r")(?:\s+in\s+the\s+[\w -]+?\s+(?:section|list|column|group|table))?\s+"
           r"(?:now\s+)?(?:has|shows|carries)\s+the\s+(?:tags?|labels?|status|state|badges?|priority|role)\s+(?P<values>.+)$"
           r"|^(?P<n2>" + QUOTED_NAME + r")\s+(?:now\s+)?appears\s+in\s+the\s+[\w -]+?\s+with\s+(?:the\s+)?(?:status|state|tags?|labels?|badge|priority|role)\s+(?P<v2>.+)$")
def _item_with_tags(said: Said) -> list[Retold]:
    # where the item sits (the Planned section, the task list) is dropped: its row is found by its name
    name = phrases.strip_quotes(said["name"] or said["n2"])
    values = phrases.split_values(said["values"] or said["v2"])
    if not values or any(phrases.ARTICLES.match(v + " ") for v in values):
        return []
    return [tuple(f'Verify the row for "{name}" shows "{v}"' for v in values)]


@retelling("A named dialog that says", 'A "Delete Project" confirmation appears, saying "All items inside will be retained"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:a|an|the)\s+(?P<name>" + QUOTED_NAME + r")\s+(?:confirmation|dialog|popup|modal|prompt)\s+(?:appears|opens|pops\s+up|is\s+shown)\s*,?\s+"
           r"(?:saying|asking|that\s+says|which\s+says)\s+(?P<value>" + QUOTED_NAME + r")$")
def _named_dialog_says(said: Said) -> list[Retold]:
    return [(f"Verify the dialog {said['name']} is open", f"Verify the dialog shows {said['value']}")]


@retelling("A part's entries in an order, said first", "The sidebar contains, in this order, Dashboard, All Tickets, Saved Queries", (A.EXPECT_ORDER,),
           r"^the\s+(?P<part>dropdown|menu|list|sidebar|navigation|tab\s+bar)\s+(?:lists|shows|offers|has|contains)\s*,?\s+in\s+(?:this|that)\s+order\s*[,:]?\s+(?P<values>.+)$")
def _part_in_order_first(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    return [(in_this_order(f"{said['part']} items", values),)] if len(values) > 1 else []


@retelling("Checkboxes for names, in a state", 'The checkboxes for "Write failing test" and "Patch the redirect guard" are not ticked', (A.EXPECT_STATE, A.EXPECT_STATE),
           r"^the\s+(?:checkboxes|boxes)\s+for\s+(?P<values>.+?)\s+are\s+(?:(?P<no>not\s+(?:ticked|checked)|unticked|unchecked)|ticked|checked)$")
def _checkboxes_for(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    state = "unchecked" if said.has("no") else "checked"
    return [tuple(f'Verify the checkbox for "{v}" is {state}' for v in values)] if len(values) > 1 else []


@retelling("Wait until an item is at a position", 'Wait until "Order packing boxes" appears as the second card of the Booked list', (A.EXPECT_TEXT,),
           r"^wait\s+(?:until|for)\s+(?P<value>" + QUOTED_NAME + r")\s+(?:appears|is\s+shown)\s+as\s+the\s+(?P<ord>" + ROW_ORDINAL + r")\s+(?P<noun>[a-z]+)\s+"
           r"(?:of|in)\s+the\s+(?P<list>[^,]+?\s+(?:list|column|section|lane))$")
def _wait_at_position(said: Said) -> list[Retold]:
    return [(f"Verify the {said['ord']} {said['noun']} in the {said['list']} is {said['value']}",)]


@retelling("There are some, named", "There are two groups, Storefront and Payments", (A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^there\s+(?:are|is)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)(?:\s+(?:there|here))?(?P<where>\s+(?:in|on|under)\s+the\s+[\w -]+?)?\s*[,:–—-]\s*(?P<values>.+)$")
def _there_are_named(said: Said) -> list[Retold]:
    where = f" {said['where']}" if said.has("where") else ""  # "… in the list: a, b": counted there
    return [(f"{said['n']} {said['noun']} are shown{where}, {said['values']}",)]


@retelling("A part that does not show a text", 'Verify the Apple Juice card does not show "Sold Out"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>.+?\s+(?:card|row|tile|entry|item|panel|section|dialog|box))\s+(?:does\s+not|doesn't|no\s+longer)\s+(?:show|display|contain|have|say)s?\s+(?P<value>" + QUOTED_NAME + r")$")
def _part_lacks_text(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is not shown in the {said['part']}",)]


@retelling("A statement with an aside after a name", 'The row for "Go by Example" (bob\'s own bookmark) has an Edit link', (A.EXPECT_VISIBLE,),
           r"^(?!" + ACTION_VERB + r")(?P<before>[^(]*?" + QUOTED_NAME + r")\s*\((?P<aside>[^)\"“\d]+)\)(?P<after>\s+\S.*)$")
def _aside_after_name(said: Said) -> list[Retold]:
    if re.search(r"(?i)\b(?:not|no|never|only|none|every|all)\b", said["aside"]):
        return []  # an aside that says which, or how many, is not only a description
    return [(f"{said['before']} {said['after']}",)]


@retelling("Shown near a thing said by its kind", 'The text "5 users" appears below the table', (A.EXPECT_VISIBLE,),
           r"^(?!" + ACTION_VERB + r")(?P<before>.+?\S)\s+(?:below|above|under(?:neath)?|beneath|next\s+to|beside)\s+(?P<thing>the\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2})$")
def _near_a_kind(said: Said) -> list[Retold]:
    # drops where it sits: "below the table" names no item, only a place the text is shown near
    if not phrases.unnamed_thing(said["thing"]):
        return []  # "next to the password": the password field's box, a place the rules read as a scope
    told = said["before"]
    shown = re.fullmatch(r"(?i)(?:the\s+(?:text|message|label|note)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:appears|is\s+(?:shown|displayed|visible))", told)
    return [(f"Verify {shown['value']} is shown",)] if shown else [(told,)]


@retelling("The page's title heading", 'The page title heading is "Scoreboard"', (A.EXPECT_VISIBLE,),
           r"^the\s+(?:page(?:'s)?\s+)?(?:title|main|top)\s+heading\s+(?:is|reads|says|shows)\s+(?P<value>.+)$")
def _title_heading(said: Said) -> list[Retold]:
    return [(f"Verify the page heading is {said['value']}",)]


@retelling("A value entered, and again in a second field", "Enter abc as the New password and again in Confirm new password", (A.FILL, A.FILL),
           r"^(?:enter|type|fill\s+in)\s+(?P<value>\"[^\"]*\"|“[^”]*”|\S+)\s+(?:as|in)\s+the\s+(?P<first>[\w' -]+?)\s*,?\s+and\s+again\s+(?:in|as|into)\s+(?:the\s+)?(?P<second>[\w' -]+?)$")
def _entered_twice(said: Said) -> list[Retold]:
    value = in_quotes(said["value"])
    return [(f"Fill {value} in the {as_field(said['first'])}", f"Fill {value} in the {as_field(said['second'])}")]


@retelling("Every item has a control, or none has", 'Every row has an "Unarchive" button and none has "Archive"', (A.EXPECT_EACH, A.EXPECT_HIDDEN),
           r"^(?:every|each)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:has|shows)\s+(?:an?|the)\s+(?P<name>" + QUOTED_NAME + r")(?:\s+(?P<role>button|link|icon|tag|badge|label))?"
           r"(?:\s*,?\s+and\s+none\s+(?:has|shows)\s+(?:an?\s+|the\s+)?(?P<none>" + QUOTED_NAME + r")(?:\s+(?:button|link|icon|tag|badge|label))?)?$"
           r"|^no\s+(?P<noun2>[a-z][\w-]*)\s+(?:has|shows)\s+(?:an?|the)\s+(?P<name2>" + QUOTED_NAME + r")(?:\s+(?P<role2>button|link|icon|tag|badge|label))?$")
def _every_or_none_has(said: Said) -> list[Retold]:
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
           r"|\s+is\s+(?:signed|marked|labell?ed|tagged)(?:\s+(?:as|with|by))?)\s+(?P<value>" + QUOTED_NAME + r"|[\w@.#%-]+)$")
def _every_shows(said: Said) -> list[Retold]:
    value = phrases.strip_quotes(said["value"])
    if value.lower() in _CONTROL_WORDS:  # "every row has an Unarchive button": the control's name, shown in each
        named = said["kind2"] if said.has("kind2") and said["kind2"][0].isupper() else None
        return [(f'Verify every {said["noun"]} shows "{named}"',)] if named else []  # "a trash icon": no text to read
    return [(f'Verify every {said["noun"]} shows "{value}"',)]


_CONTROL_WORDS = frozenset({"button", "link", "icon", "checkbox", "toggle", "switch", "image", "avatar", "menu"})


@retelling("An empty page and what it says", 'The archived page is empty and says "You have no bookmarks yet"', (A.EXPECT_VISIBLE,),
           r"^the\s+[\w -]+?\s+(?:page|list|table|section)\s+is\s+(?:empty|blank)\s*,?\s+and\s+(?:says|shows|reads)\s+(?P<value>" + QUOTED_NAME + r")$")
def _empty_and_says(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]  # what it says is that it is empty


@retelling("The button reads a new name", 'Verify the button now reads "Light theme"', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<role>button|link|tab|toggle)(?:\s+at\s+the\s+(?:top|bottom)(?:\s+(?:right|left))?)?\s+(?:now\s+)?(?:reads|says|shows|is\s+labell?ed|is\s+named)\s+(?P<value>" + QUOTED_NAME + r")$")
def _control_reads(said: Said) -> list[Retold]:
    # the one control the step before clicked, said by its kind: the control with that name is there now
    return [(f"Verify the {said['value']} {said['role']} is visible",)]


@retelling("A badge the page's subject shows", 'The query shows an "Archived" badge', (A.EXPECT_VISIBLE,),
           r"^the\s+(?!(?:row|entry|line|item|card|tile|list|table|menu|dialog|header|sidebar)\s)(?-i:[a-z][\w-]*)\s+(?:shows|has|carries)\s+(?:an?|the)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<kind>badge|label|tag|marker|pill)$")
def _subject_shows_badge(said: Said) -> list[Retold]:
    return [(f"Verify the {said['kind']} {said['name']} is shown",)]  # the page's one query, dashboard…: on its page


@retelling("A row without a control, said by its name", 'Acme Pricing does not show the "UnMute notification" icon', (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN),
           r"^(?P<name>" + NAME_WRITTEN + r")\s+(?:does\s+not|doesn't)\s+(?:show|have)\s+"
           r"(?:an?|the)\s+(?P<control>\"[^\"]+\"|“[^”]+”)\s+(?P<role>icon|button|link|badge)$")
def _row_lacks_control(said: Said) -> list[Retold]:
    row = f"the row for {in_quotes(phrases.strip_quotes(said['name']))}"  # the row is there first: no pass on a missing row
    return [(f"Verify {row} is visible", f"Verify the {said['control']} {said['role']} in {row} is not visible")]


@retelling("A row's value under a column", 'The row for Old Landing Page shows "Not yet" under Last Changed', (A.EXPECT_TEXT,),
           r"^the\s+row\s+for\s+(?P<row>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+shows\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:under|in)\s+(?:the\s+)?"
           r"(?P<column>(?-i:[A-Z])[\w' -]*?)(?:\s+column)?$")
def _row_value_under(said: Said) -> list[Retold]:
    return [(f"Verify the {said['column']} for {in_quotes(phrases.strip_quotes(said['row']))} is {said['value']}",)]


@retelling("A name that appears under a heading", "Monthly Revenue appears under Favorite Queries", (A.EXPECT_VISIBLE,),
           r"^(?P<name>" + NAME_WRITTEN + r")\s+(?:now\s+)?(?:appears|shows\s+up)\s+"
           r"under\s+(?P<section>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3})$")
def _appears_under(said: Said) -> list[Retold]:
    return [(f"Verify {in_quotes(phrases.strip_quotes(said['name']))} is listed under {said['section']}",)]


@retelling("A page of an item opened with its control", "Open the edit page of Globex Blog with its Edit button", (A.CLICK,),
           r"^(?:open|go\s+to)\s+the\s+(?-i:[a-z][\w-]*)\s+(?:page|view|form)\s+(?:of|for)\s+(?P<name>" + NAME_WRITTEN + r")"
           r"\s+(?:with|using|via|by\s+clicking)\s+its\s+(?P<control>\"[^\"]+\"|“[^”]+”|[\w-]+(?:\s+[\w-]+)?)\s+(?P<role>button|link|icon)$")
def _page_opened_with(said: Said) -> list[Retold]:
    return [(f"Click the {said['control']} {said['role']} in the row for {in_quotes(phrases.strip_quotes(said['name']))}",)]


@retelling("An item with two controls", "Old Landing Page has a Recheck and an Edit button", (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<name>" + NAME_WRITTEN + r")\s+(?:has|shows)\s+(?:an?|the)\s+(?P<a>\"[^\"]+\"|[\w-]+)\s+"
           r"and\s+(?:an?|the)\s+(?P<b>\"[^\"]+\"|[\w-]+)\s+(?P<role>button|link|icon)s?$")
def _item_with_two_controls(said: Said) -> list[Retold]:
    row = f"the row for {in_quotes(phrases.strip_quotes(said['name']))}"
    return [tuple(f"Verify the {said[k]} {said['role']} in {row} is visible" for k in ("a", "b"))]

