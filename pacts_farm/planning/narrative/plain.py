"""Statements told plainly."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import (
    ACTION_VERB,
    JOIN,
    N,
    NAME_WRITTEN,
    QUOTED,
    QUOTED_NAME,
    SAYS,
    WITH,
    in_quotes,
    in_this_order,
    names_said,
    with_checks,
)


@retelling("A text that changes to another", 'The heading changes to "Archived bookmarks"', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<thing>[a-z][\w -]*?)\s+(?:changes|switches|updates|turns|increments|increases|decrements|decreases|drops|"
           r"goes\s+(?:up|down)|is\s+(?:incremented|increased|decremented|decreased|updated|changed))\s+(?:back\s+)?to\s+(?P<value>.+)$|"
           r"^the\s+(?P<thing2>[a-z][\w -]*?)\s+(?:becomes|has\s+become|turns)\s+(?P<value2>\"[^\"]*\"|“[^”]*”|/\S*|(?-i:[A-Z0-9])[\w%.-]*(?:\s+(?-i:[A-Z0-9])[\w%.-]*){0,3})$")
def _changes_to(said: Said) -> list[Retold]:
    thing = said["thing"] or said["thing2"]
    value = said["value"] or said["value2"]
    return [(f"Verify the {thing} is {value}",), (f"Verify the {thing} shows {value}",)]


@retelling("A field filled in by the page", 'The Title field gets filled with "Example Domain"', (A.EXPECT_VALUE,),
           r"^the\s+(?P<field>.+?\s+(?:field|box|input))\s+(?:gets|is|has\s+been)\s+(?:now\s+)?(?:filled|pre-?filled|populated)\s+(?:in\s+)?with\s+(?P<value>.+)$")
def _filled_by_page(said: Said) -> list[Retold]:
    return [(f"Verify the {said['field']} has value {said['value']}",)]


@retelling("A message under a field", 'The error "This field is required." appears below the URL field', (A.EXPECT_VISIBLE,),
           r"^(?:(?:the|an?)\s+(?:(?:red|inline|small|short|validation)\s+)?(?:error|message|error\s+message|warning|hint|text)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:appears|is\s+shown|is\s+displayed)\s+"
           r"(?:right\s+)?(?:below|under|beneath)\s+(?:the\s+)?(?P<field>.+?)(?:\s+(?:field|box|input))?$")
def _message_under(said: Said) -> list[Retold]:
    if said["field"] == said["field"].lower() and not re.search(r"(?i)\s(?:field|box|input)$", said.text):
        return []  # "below the table": a thing said by its kind, no field named
    return [(f"Verify {said['value']} is shown under {said['field']}",)]


@retelling("An entry a menu does not have", "The menu has no Admin entry", (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<place>menu|dropdown|header|sidebar|dialog|navigation|footer)\s+(?:has|shows|offers|contains)\s+no\s+(?P<name>.+?)\s+(?:entry|item|link|option|button)$")
def _menu_lacks(said: Said) -> list[Retold]:
    return [(f'Verify "{phrases.strip_quotes(said["name"])}" is not visible in the {said["place"]}',)]


@retelling("An entry a menu has", "The menu has a Bookmark entry", (A.EXPECT_VISIBLE,),
           r"^the\s+(?:menu|dropdown)\s+(?:has|shows|offers|contains)\s+(?:an?|the)\s+"
           r"(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3})\s+(?:entry|item|option)$")
def _menu_has(said: Said) -> list[Retold]:
    return [(f'Verify the "{phrases.strip_quotes(said["name"])}" menu item is visible',)]  # the menu that opened, wherever it hangs


@retelling("Entries a menu has, named", "The menu has Topic Tracker, Settings and Logout", (A.EXPECT_VISIBLE,) * 3,
           r"^the\s+(?:(?:user|account|profile|main|context|dropdown)\s+)?menu\s+(?:has|shows|lists|offers|contains)\s+(?:the\s+entries\s+)?"
           r"(?P<names>(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[^,]*?)(?:\s*,\s*[^,]+?)*\s*,?\s+and\s+.+?)$")
def _menu_has_names(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or any(not n[:1].isupper() or re.search(r"\s(?:is|are|and|a|an|the)\s", f" {n} ") for n in names):
        return []
    return [tuple(f'Verify the "{n}" menu item is visible' for n in names)]  # the menu that opened, wherever it hangs


@retelling("What a dropdown offers", "The Guest user profile dropdown offers Standard profile, admin and alice", (A.EXPECT_TEXT,) * 3,
           r"^the\s+(?P<name>.+?)\s+(?:dropdown|select|field)\s+offers\s+(?:the\s+options\s+)?(?P<values>.+)$")
def _dropdown_offers(said: Said) -> list[Retold]:
    # "the Browser field offers Chrome, Firefox and Safari": a field that offers choices is a dropdown
    return [(f'Verify the "{phrases.strip_quotes(said["name"])}" dropdown has the options {said["values"]}',)]


@retelling("What a part offers", 'A "Danger Zone" section offers "Delete Project"', (A.EXPECT_VISIBLE,),
           r"^(?:the|an?)\s+(?P<subject>.+?)\s+offers\s+(?P<values>.+)$")
def _offers(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if not values:
        return []
    return [tuple(f'Verify the {said["subject"]} shows "{v}"' for v in values)]


@retelling("A text among the results", '"Docker Docs" is among the results', (A.EXPECT_VISIBLE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:is|appears)\s+(?:now\s+)?(?:listed\s+)?(?:among|one\s+of)\s+(?:the\s+(?:[a-z]+\s+)?(?-i:[a-z]+s)|them|those)$")
def _among(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is listed",)]


@retelling("A kind of thing said with its text, then where", 'The comment "Added extra cumin" appears under Comments', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<kind>[a-z]+)\s+(?P<text>\"[^\"]+\"|“[^”]+”)\s+(?:now\s+)?(?:appears|is\s+shown|is\s+listed|shows\s+up)\s+(?P<where>(?:under|in|below|on)\s+.+)$")
def _kind_text_where(said: Said) -> list[Retold]:
    return [(f"Verify the {said['kind']} {said['text']} is shown {said['where']}",)]


@retelling("Listed on the page you are on", '"Chicken Tikka Masala" is listed in this cookbook', (A.EXPECT_VISIBLE,),
           r"^(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:now\s+)?(?:listed|shown)\s+(?:in|on)\s+this\s+[a-z]+$")
def _listed_here(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is listed",)]


@retelling("No thing of that name", 'There is no list called "Hardware Store"', (A.EXPECT_HIDDEN,),
           r"^there\s+is\s+no\s+(?:[a-z]+\s+){1,2}(?:called|named|titled)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _none_called(said: Said) -> list[Retold]:
    return [(f"Verify {said['value']} is not shown",)]


@retelling("A box that warns or asks", 'The dialog warns "Please note that you are trying to delete your own account!"', (A.EXPECT_VISIBLE,),
           r"^(?P<subject>the\s+[a-z][\w -]*?)\s+(?:now\s+)?(?:warns|asks|tells\s+you|informs\s+you)(?:\s+that)?\s+(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _warns(said: Said) -> list[Retold]:
    return [(f"{said['subject']} says {said['text']}",), (f"{said['subject']} now reads {said['text']}",)]


@retelling("A row for a name, with one of its values", 'A row for "Nina Rossi" with email nina@mealie.test is in the table', (A.EXPECT_TEXT,),
           r"^(?:a|the)\s+row\s+for\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+with\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|\S+)"
           r"\s+is\s+(?:now\s+)?(?:in|shown\s+in|listed\s+in)\s+the\s+(?:table|list)$")
def _row_for_with(said: Said) -> list[Retold]:
    return [(f"Verify the row for {said['name']} shows {said['value']}",)]


@retelling("A row said with one of its values", 'There is a row "Dana Whitfield" with the email dana@harborlight.test', (A.EXPECT_TEXT,),
           r"^(?:there\s+is\s+a\s+row\s+(?:for\s+)?(?P<row>\"[^\"]+\"|“[^”]+”)|(?P<listed>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown))"
           r"\s+with\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _row_said_with(said: Said) -> list[Retold]:
    """'"image-hero1.webp" is listed with the alt text "…"': the row of that name shows the value (the noun before
    the value says which column, and the row is checked whole: never a value anywhere on the page)."""
    return [(f"Verify the row for {said['row'] or said['listed']} shows {said['value']}",)]


@retelling("A row said by its number", "Row 1 is Atlas Fastening Ltd.", (A.EXPECT_TEXT,),
           r"^row\s+(?P<n>\d+)\s+(?P<rest>(?:is|shows|has|says|reads|contains)\s.+)$")
def _row_by_number(said: Said) -> list[Retold]:
    n = int(said["n"])
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return [(f"The {n}{suffix} row {said['rest']}",)] if n > 0 else []


@retelling("A row's value said with its kind", 'The row for olive has the email olive@example.test', (A.EXPECT_TEXT,),
           r"^(?P<row>the\s+(?:(?:first|second|third|fourth|fifth|last)\s+row|row\s+for\s+(?:\"[^\"]+\"|“[^”]+”|[^\"“\s]+(?:\s+[^\"“\s]+){0,2})))\s+"
           r"(?:is\s+dated|(?:has|shows)\s+(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
           r"(?!(?:marker|badge|label|flag|pill|chip|icon)$)(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _row_value_with_kind(said: Said) -> list[Retold]:
    """'… is dated "May 1, 2026"', '… has the email X': the row shows the value (the kind names its column)."""
    return [(f"{said['row']} shows {said['value']}",)]


@retelling("A row that is a name, with one of its values", 'The first row is Vitamin D with a dosage of "1.0 Drops"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<row>the\s+(?:first|second|third|fourth|fifth|last)\s+(?:row|entry))\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+"
           r"with\s+(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _row_is_name_with(said: Said) -> list[Retold]:
    return [(f"{said['row']} shows {said['name']}", f"{said['row']} shows {said['value']}")]


@retelling("Both or all rows have a value", 'Both rows have the type "Solid food"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^(?P<both>both|all(?:\s+the)?|all\s+\d+)\s+rows\s+(?:have|show)\s+(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _every_row_has(said: Said) -> list[Retold]:
    count = {"both": "2"}.get(said["both"].lower()) or (said["both"].split()[-1] if said["both"][-1].isdigit() else None)
    each = f"Every row shows {said['value']}"
    return [(f"The table has {count} rows", each) if count else (each,)]  # "both": two of them, the count kept


@retelling("Values of a row by their column", 'In the Weekend Cabin row, Total Users is 1 and Webhooks Enabled is "No"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^in\s+the\s+(?:row\s+for\s+(?P<name>[^,]+?)|(?P<name2>[^,]+?)\s+row)\s*,\s*(?P<rest>(?-i:[A-Z]).+)$")
def _row_columns(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"] if said.has("name") else said["name2"])
    told = []
    for part in phrases.cut_outside_quotes(said["rest"], JOIN):
        cell = re.fullmatch(r"(?P<column>(?-i:[A-Z])[\w #%-]*?)\s+(?:is|reads|shows|says)\s+(?P<value>.+)", part.strip())
        if cell is None:
            return []
        told.append(f'Verify the {cell["column"]} for "{name}" is {cell["value"]}')
    return [tuple(told)]


@retelling("Figures under a heading", "Under Household Statistics, Recipes is 1 and Users is 1", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^under\s+(?P<heading>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,\s*(?P<rest>(?-i:[A-Z]).+)$")
def _figures_under(said: Said) -> list[Retold]:
    figures = []
    for part in phrases.cut_outside_quotes(said["rest"], JOIN):
        figure = re.fullmatch(r"(?P<name>(?-i:[A-Z])[\w #%-]*?)\s+(?:is|reads|shows)\s+(?P<value>\S+)", part.strip())
        if figure is None:
            return []
        figures.append(figure)
    return [tuple(f"Verify the {f['name']} statistic is {f['value']}" for f in figures)]


@retelling("Each of some names has a value", "Lena, Marco and Nora each have a balance of 0.00", (A.EXPECT_TEXT,) * 3,
           r"^(?P<names>.+?)\s+each\s+(?:have|has|show)\s+(?:a|an)\s+(?P<what>[a-z]+)\s+of\s+(?P<value>\S+)$")
def _each_has_value(said: Said) -> list[Retold]:
    names = _names_each(said)
    return [tuple(f"Verify {n}'s {said['what']} is {said['value']}" for n in names)] if names else []


def _names_each(said: Said) -> list[str]:
    """The names before "each": two or more, each capitalised as a name is ("Lena, Marco and Nora"); [] otherwise."""
    names = names_said(said["names"])
    return names if len(names) >= 2 and all(n[:1].isupper() for n in names) else []


@retelling("Each of some names shows a value", "Alice Reader, Ben Carter and Chloe Park each show 2", (A.EXPECT_TEXT,) * 3,
           r"^(?P<names>.+?)\s+each\s+(?:shows?|says|reads|displays?|ha(?:ve|s))\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _each_shows(said: Said) -> list[Retold]:
    names = _names_each(said)  # each name's row: its value there
    return [tuple(f'Verify the row for "{n}" shows {in_quotes(said["value"])}' for n in names)] if names else []


@retelling("A count of rows, each with a control", 'There are 4 rows, each with a "Register settlement" button', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^there\s+are\s+(?P<n>\d+)\s+(?P<noun>[a-z]+)\s*,\s*each\s+with\s+(?:an?|the)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:button|link)$")
def _count_each_with(said: Said) -> list[Retold]:
    noun = phrases.singular(said["noun"])
    return [(f"Verify there are {said['n']} {said['noun']}", f"Verify every {noun} shows {said['name']}")]


@retelling("A count, then what each one shows", "4 posts are listed and each one is marked Draft", (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^(?P<n>" + N + r")\s+(?P<noun>[a-z]+s)\s+are\s+(?:listed|shown|displayed)\s*,?\s+and\s+(?:each|every)\s+(?:one|of\s+them)\s+"
           r"(?P<says>is\s+marked|is\s+labell?ed|shows|says|has)\s+(?P<value>.+)$")
def _count_then_each(said: Said) -> list[Retold]:
    noun = phrases.singular(said["noun"])  # "each one": one of the posts just counted
    return [(f"Verify {said['n']} {said['noun']} are shown", f"Verify every {noun} {said['says']} {said['value']}")]


@retelling("A box said by its kind, with a count", "The cookbook shows 2 recipes", (A.EXPECT_COUNT,),
           r"^the\s+(?P<box>[a-z]+)\s+(?:now\s+)?(?:shows|has|lists|contains|holds)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z]+s)$")
def _box_with_count(said: Said) -> list[Retold]:
    return [(f"Verify {said['n']} {said['noun']} are shown",)]  # the page shows one cookbook: its recipes


@retelling("Still there", "The Sign In button should still be on the page", (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+should\s+(?:still\s+)?be\s+(?:on\s+the\s+page|shown|visible|displayed|there)$")
def _should_be_there(said: Said) -> list[Retold]:
    return [(f"Verify {said['what']} is visible",)]


@retelling("A part without a named section", 'The left menu has no "Circuits" section', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>[\w -]+?)\s+has\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:section|entry|item|link|tab|button|heading)$")
def _part_has_no(said: Said) -> list[Retold]:
    if said["part"].lower() not in phrases.REGIONS:
        return []  # "the row for Ethan has no edit button": an item, shown first (its own retelling)
    return [(f"Verify {said['name']} is not shown in the {said['part']}",)]


@retelling("An item said by its kind and name, without 'the'", 'Verify rack "LON2-R05" has status "Deprecated"', (A.EXPECT_TEXT,),
           r"^(?P<noun>(?-i:[a-z])[a-z]+)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<rest>(?:has|is|shows|belongs|points|contains|lists)\s.+)$")
def _kind_named_subject(said: Said) -> list[Retold]:
    if said["noun"].lower() in ("verify", "check", "confirm", "ensure", "click", "the", "a", "an"):
        return []
    return [(f"Verify the {said['noun']} {said['name']} {said['rest']}",)]


@retelling("A named item in a table or list", 'Click the device "ams1-srv-03" in the table', (A.CLICK,),
           r"^(?P<verb>click|open|select)\s+(?:on\s+)?(?P<item>the\s+[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”))\s+in\s+the\s+(?:table|list|results)$")
def _named_item_in_table(said: Said) -> list[Retold]:
    return [(f"Click {said['item']}",)]


@retelling("Two things said by kind, both shown", "The heading 'Posts' and the 'Create New' button are visible", (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<a>the\s+(?:[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”)|(?:\"[^\"]+\"|“[^”]+”)\s+[a-z]+))\s+and\s+(?P<b>the\s+(?:[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”)|(?:\"[^\"]+\"|“[^”]+”)\s+[a-z]+))"
           r"\s+are\s+(?:both\s+)?(?:visible|shown|displayed)$")
def _two_things_shown(said: Said) -> list[Retold]:
    return [(f"Verify {said['a']} is visible", f"Verify {said['b']} is visible")]


@retelling("A column that appears", 'A "Status" column appears in the table', (A.EXPECT_VISIBLE,),
           r"^(?:an?|the)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+column\s+(?:appears|is\s+shown|shows\s+up)(?:\s+in\s+the\s+(?:table|list|grid))?$")
def _column_appears(said: Said) -> list[Retold]:
    return [(f"Verify the {said['name']} column header is shown",)]


@retelling("From where you are, an action", "From the home page click 'About' in the header", (A.CLICK,),
           r"^from\s+the\s+(?:[\w -]+?\s+)?(?:page|dashboard|screen|list)\s*,?\s+(?P<rest>" + ACTION_VERB + r".+)$")
def _from_here(said: Said) -> list[Retold]:
    return [(said["rest"],)]


@retelling("A page that opens at an address", "The admin sign-in page opens at /admin/login with a Login button", (A.EXPECT_URL, A.EXPECT_VISIBLE),
           r"^the\s+(?:[\w -]+?\s+)?(?:page|dashboard|screen|form)\s+(?:opens|loads|is\s+shown|appears)\s+at\s+(?P<path>/\S*)" + WITH + r"$")
def _opens_at(said: Said) -> list[Retold]:
    checks = [f"Verify the URL ends with {said['path']}"]
    if said.has("with"):
        shown = with_checks(said["with"])
        if not shown:
            return []
        checks += shown
    return [tuple(checks)]


@retelling("Where a test starts", "Start on the home page", (A.NAVIGATE,),
           r"^start\s+(?:on|at|from)\s+(?P<where>.+)$")
def _start_on(said: Said) -> list[Retold]:
    return [(f"Go to {said['where']}",)]


@retelling("Only one, and which", 'Verify only one device is listed and it is "ams1-srv-03"', (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^(?:only|exactly)\s+(?:one|1)\s+(?P<noun>[a-z]+)\s+is\s+(?:listed|shown|left)\s*,?\s+and\s+it\s+is\s+"
           r"(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z\d])[\w'&.-]*(?:\s+(?-i:[A-Z\d])[\w'&.-]*){0,4})$")
def _only_one_and_which(said: Said) -> list[Retold]:
    return [(f"Only one {said['noun']} is listed, {in_quotes(phrases.strip_quotes(said['name']))}",)]


@retelling("One found, which, and what its row shows", "Exactly one user is listed, carol, in the group Member, with 8 posts", (A.EXPECT_COUNT, A.EXPECT_EACH, A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:exactly\s+|only\s+)?(?:one|1|a\s+single)\s+(?P<noun>[a-z]+)\s+(?:is|was)\s+(?:listed|shown|found|returned|left)\s*,\s*"
           r"(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.?!-]*(?:\s+[\w'&.?!-]+){0,6}?|(?-i:[a-z])[\w.@-]*)(?P<facts>(?:\s*,\s*[^,]+)+)$")
def _one_found_with_facts(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"])
    told = [f'Only one {said["noun"]} is listed, "{name}"']
    for fact in re.split(r"\s*,\s*(?:and\s+)?", said["facts"].strip(" ,")):
        shown = _ROW_FACT.fullmatch(fact)
        if shown is None:
            return []  # a fact no row shows as a value: not told at all
        told.append(f'Verify the row for "{name}" shows "{shown["who"] or shown["where"] or shown["n"]}"')
    return [tuple(told)]


# what a found item's row shows, said after its name: who made it, where it is, a count
_ROW_FACT = re.compile(r"(?i)(?:(?:started|written|posted|created|opened|added|sent)\s+by\s+(?P<who>[\w.@-]+(?:\s+(?-i:[A-Z])[\w.-]*)?)"
                       r"|in\s+(?:the\s+)?(?:group|forum|category|folder|project|board|space|list)\s+(?P<where>.+)"
                       r"|with\s+(?P<n>\d+)\s+[a-z]+)")


@retelling("Names one sees", "I see Apple Pie, Beef Bourguignon and French Onion Soup", (A.EXPECT_VISIBLE,) * 3,
           r"^(?:i\s+|we\s+)?(?:can\s+|should\s+)?see\s+(?P<names>(?-i:[A-Z])[^,]*(?:,\s*(?-i:[A-Z])[^,]*)+,?\s+and\s+(?-i:[A-Z]).*)$")
def _names_seen(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 3 or any(not n[:1].isupper() or re.search(r"\s(?:is|are|and)\s", n) for n in names):
        return []
    return [tuple(f'Verify "{n}" is shown' for n in names)]


@retelling("Names of a kind listed", "The categories Baking, Dessert and Soup are listed", (A.EXPECT_VISIBLE,) * 3,
           r"^the\s+(?!(?:buttons|links|tabs|tags|counters|badges|labels|checkboxes|columns|fields|headings|sections|panels)\s)(?P<kind>[a-z]+(?:ies|s))\s+(?P<names>(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z0-9])[^,]*?|(?-i:[a-z])[\w.@+-]*(?=\s*,|\s+and\s))(?:\s*,\s*.+?)?\s*,?\s+and\s+.+?)\s+are\s+(?:all\s+)?(?:listed|shown|visible|displayed|present)"
           r"(?P<rest>\s+(?:in|on|under)\s+.+)?$")
def _kind_named_listed(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or re.search(rf"\s(?:are|is|{SAYS})\s", phrases.mask_quoted(said["names"])):
        return []
    if any(n[:1].islower() and " " in n for n in names if not QUOTED.search(n)):
        return []  # a name in lower case is one word (a user name, an e-mail): more is the sentence going on
    rest = f" {said['rest']}" if said.has("rest") else ""
    return [tuple(f'Verify "{name}" is shown{rest}' for name in names)]


@retelling("Each item carries a tag", "Every listed bookmark carries the #python tag", (A.EXPECT_EACH,),
           r"^(?:every|each)\s+(?:listed\s+|shown\s+|visible\s+)?(?P<noun>[a-z][\w-]*)\s+(?:carries|bears|has|shows)\s+(?:the|a|an)\s+"
           r"(?P<value>\"[^\"]+\"|\S+)\s+(?:tag|label|marker|badge)$")
def _each_carries(said: Said) -> list[Retold]:
    return [(f'Verify every {said["noun"]} shows "{phrases.strip_quotes(said["value"])}"',)]


@retelling("A name with a count of things", "Review has 2 cards", (A.EXPECT_COUNT,),
           r"^(?P<name>(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3}|\"[^\"]+\")\s+(?:now\s+|still\s+)?(?:has|holds|contains)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)$")
def _name_has_count(said: Said) -> list[Retold]:
    return [(f'Verify the "{phrases.strip_quotes(said["name"])}" section has {said["n"]} {said["noun"]}',)]


@retelling("Words that only say when", 'The Next link is disabled now', (A.EXPECT_STATE,),
           r"^(?P<before>.*?\S)\s+(?:now|again|still|yet|by\s+now|as\s+well|too|either|any\s+more|anymore)$"
           r"|^(?P<b2>.+?)\s+(?P<verb>is|are)\s+still\s+(?P<rest>\S.*)$")
def _only_when(said: Said) -> list[Retold]:
    if said.has("before"):
        return [(said["before"],)]
    return [(f"{said['b2']} {said['verb']} {said['rest']}",)]  # "The URL is still /login"


@retelling("Available, for shown", "Logout is available in the header", (A.EXPECT_VISIBLE,),
           r"^(?P<name>.+?)\s+is\s+(?-i:available)(?P<rest>\s+(?:in|on|at|under)\s+.+)?$")
def _available(said: Said) -> list[Retold]:
    name = said["name"]
    name = name if QUOTED.fullmatch(name) or re.match(r"(?i)(?:the|a|an)\s", name) else f'"{name}"'
    return [(f"Verify {name} is visible{' ' + said['rest'] if said.has('rest') else ''}",)]


@retelling("A text that does not appear on this page", '"Django documentation" does not appear on this page', (A.EXPECT_HIDDEN,),
           r"^(?:the\s+[a-z]+\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3})\s+(?P<verb>does\s+not|doesn't|no\s+longer|is\s+not|isn't)\s+"
           r"(?:(?:appear|show)\s+)?(?:(?:anywhere\s+)?on\s+(?:this|the)\s+page|anywhere)$")
def _not_on_page(said: Said) -> list[Retold]:
    value = in_quotes(said["value"])  # "Oliver Grant does not appear …"
    return [(f"Verify {value} does not appear",)]


@retelling("A text listed between two others", 'Verify "handful" is listed between "g" and "kg"', (A.EXPECT_ORDER, A.EXPECT_ORDER),
           r"^(?P<middle>\"[^\"]+\"|“[^”]+”)\s+(?:is\s+(?:listed|shown)|comes)\s+between\s+(?P<first>\"[^\"]+\"|“[^”]+”)\s+and\s+"
           r"(?P<last>\"[^\"]+\"|“[^”]+”)$")
def _listed_between(said: Said) -> list[Retold]:
    return [(f"Verify {said['first']} is listed before {said['middle']}", f"Verify {said['middle']} is listed before {said['last']}")]


@retelling("A thing by its author", 'Verify the book "Quick Weeknights" is by Jonas Brandt', (A.EXPECT_TEXT,),
           r"^the\s+(?P<noun>book|comment|post|article|recipe|note|review|reply|message|entry|card|topic|story|event)\s+"
           r"(?P<name>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:(?:shown|written|posted|created|added)\s+)?by\s+"
           r"(?P<author>\"[^\"]+\"|“[^”]+”|(?-i:[A-Za-z])[\w.@-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})$")
def _by_author(said: Said) -> list[Retold]:
    """ "the comment "…" is by priya": the comment with that text shows its author's name."""
    author = in_quotes(said["author"])
    return [(f"Verify the {said['noun'].lower()} {said['name']} shows {author}",)]


@retelling("No such control in a part of the page", 'There is no "New Record" button at the bottom', (A.EXPECT_COUNT,),
           r"^there\s+is\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<role>button|link|tab|checkbox|field)\s+"
           r"(?:at\s+the\s+(?:bottom|top)(?:\s+of\s+(?:this|the)\s+[\w-]+)?|(?:on|in)\s+(?:this|the)\s+page)$")
def _none_there(said: Said) -> list[Retold]:
    # the place only describes where one would be: none anywhere is as strict or stricter
    return [(f"Verify there is no {said['name']} {said['role']}",)]


@retelling("A button that says a text", "The button now says Untrack Topic", (A.EXPECT_VISIBLE,),
           r"^the\s+button(?P<where>\s+(?:at|in|on)\s+the\s+(?:top|bottom|upper|lower)(?:[\s-](?:left|right))?(?:\s+corner)?)?\s+(?:says|reads|shows|is\s+labell?ed|is\s+called)\s+"
           r"(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[^\"“”]*|(?-i:[a-z0-9])[\w.@-]*)$")
def _button_says(said: Said) -> list[Retold]:
    # the button the step before changed; a user's name in lower case ("carol") is one word, as a user menu shows it
    where = f" {said['where']}" if said.has("where") else ""
    return [(f'Verify the "{phrases.strip_quotes(said["value"])}" button is visible{where}',)]


@retelling("A part that opens", "The reply editor opens", (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?P<what>(?:[\w-]+\s+){0,2}?(?:editor|composer|dialog|modal|menu|panel|popup|pop-up|drawer|form|window|dropdown|sidebar))\s+"
           r"(?:opens|appears|pops\s+up|shows\s+up|is\s+opened|comes\s+up)(?:\s+with\s+(?:(?:\w+'s\s+)?(?:text|content|message|title)\s+)?(?P<text>\"[^\"]+\"|“[^”]+”))?$"
           r"|^(?:the|a|an)\s+(?P<box>dialog|modal|popup|pop-up|panel|drawer)\s+with\s+(?:a|an|the)\s+(?P<inside>[\w -]+?(?:image|picture|icon|form|field|button|table|list|code))\s+"
           r"(?:opens|appears|pops\s+up|shows\s+up|is\s+shown)$")
def _part_opens(said: Said) -> list[Retold]:
    article = "a" if re.match(r"(?i)an?\s", said.text) else "the"
    if said.has("box"):  # "A dialog with a QR code image opens": the dialog, and what it holds
        return [(f"Verify {article} {said['box']} is visible", f"Verify the {said['inside']} is visible in the {said['box']}")]
    told = [f"Verify {article} {said['what']} is visible"]
    if said.has("text"):
        told.append(f"Verify the {said['what']} shows {said['text']}")
    return [tuple(told)]


@retelling("Where a breadcrumb ends", "The breadcrumb ends with Help & Support / Bug Reports / Search page typo", (A.EXPECT_ORDER, A.EXPECT_TEXT),
           r"^the\s+breadcrumbs?(?:\s+trail)?\s+ends\s+(?:with|in|at)\s+(?P<trail>.+)$")
def _breadcrumb_ends(said: Said) -> list[Retold]:
    steps = phrases.TRAIL_STEP.split(phrases.strip_quotes(said["trail"]))
    return [(f"Verify the breadcrumb shows {' / '.join(steps)}", f'Verify the last item in the breadcrumb is "{steps[-1]}"')]


@retelling("Someone's post, by its place", """maria's answer "Set REDIS_ENABLED" is the second post""", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:(?P<who>[\w.-]+)'s\s+)?(?:answer|reply|post|comment|message|review)\s+(?P<text>\"[^\"]+\"|“[^”]+”)\s+is\s+the\s+(?P<which>"
           + phrases.ORDINAL_WORDS + r")\s+(?P<noun>post|reply|answer|comment|message|review|entry)$")
def _post_by_place(said: Said) -> list[Retold]:
    told = [f"Verify {said['text']} is the {said['which']} {said['noun']}"]
    if said.has("who"):
        told.append(f'Verify the {said["which"]} {said["noun"]} shows "{said["who"]}"')
    return [tuple(told)]


@retelling("A name not listed as a kind", "carol is not listed as a member", (A.EXPECT_HIDDEN,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|[\w.@+-]+)\s+is\s+(?P<neg>not|no\s+longer)\s+(?:listed|shown)\s+as\s+an?\s+[a-z]+$")
def _not_listed_as(said: Said) -> list[Retold]:
    # nowhere on the page rather than nowhere among "members": stricter, never a wrong pass
    return [(f'Verify "{phrases.strip_quotes(said["name"])}" is not listed',)]


@retelling("No other item, such as one named", 'No other topic, such as "Show us your workbench", appears in the results', (A.EXPECT_HIDDEN,),
           r"^no\s+other\s+[a-z]+\s*,?\s+(?:such\s+as|like)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s*,?\s+(?:appears|is\s+(?:listed|shown))(?P<rest>\s+in\s+the\s+[\w ]+)?$")
def _no_other_such_as(said: Said) -> list[Retold]:
    where = f" {said['rest']}" if said.has("rest") else ""
    return [(f"Verify {said['name']} does not appear{where}",)]


@retelling("A page shown with its title", 'The home page with the title "Home | Riverbend Makers" is shown', (A.EXPECT_TITLE,),
           r"^the\s+(?:[\w-]+\s+){0,2}page\s+with\s+the\s+title\s+(?P<title>\"[^\"]+\"|“[^”]+”)\s+(?:is\s+)?(?:shown|displayed|opens|loads|appears)$")
def _page_with_title(said: Said) -> list[Retold]:
    return [(f"Verify the page title is {said['title']}",)]  # the title is what names the page


@retelling("An item by its place, named, with a count", 'The first tag is "tools" with 2 topics', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<which>" + phrases.ORDINAL_WORDS + r"\s+[a-z]+)\s+is\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+with\s+(?P<n>\d+)\s+[a-z]+$")
def _placed_with_count(said: Said) -> list[Retold]:
    return [(f"Verify the {said['which']} shows {said['name']}", f'Verify the {said["which"]} shows "{said["n"]}"')]


@retelling("A count listed, then which first and which after", '2 topics are listed - "Show us your workbench" first, then "Hand planes"', (A.EXPECT_COUNT, A.EXPECT_ORDER),
           r"^(?P<n>" + N + r")\s+(?P<noun>[a-z]+)\s+(?:are|is)\s+(?:listed|shown)\s*(?:[-–—:,]\s*)(?P<first>\"[^\"]+\"|“[^”]+”)\s+first\s*,?\s+then\s+(?P<then>\"[^\"]+\"|“[^”]+”)$")
def _count_then_order(said: Said) -> list[Retold]:
    first, then = phrases.strip_quotes(said["first"]), phrases.strip_quotes(said["then"])
    return [(f"Verify {said['n']} {said['noun']} are listed", in_this_order(said["noun"], [first, then]))]


@retelling("Each item has controls, named", "Each forum has an Edit Forum and a Delete Forum link", (A.EXPECT_EACH, A.EXPECT_EACH),
           r"^(?:each|every)\s+(?P<noun>[a-z][\w-]*)\s+has\s+(?P<names>(?:an?\s+)?.+?(?:\s*,\s*(?:an?\s+)?.+?)*\s*,?\s+and\s+(?:an?\s+)?.+?)\s+(?P<role>link|button|icon|action)s?$")
def _each_has_controls(said: Said) -> list[Retold]:
    names = [re.sub(r"(?i)^an?\s+", "", n) for n in names_said(said["names"])]
    if len(names) < 2 or any(not n or re.search(r"(?i)\s(?:is|are|has|have)\s", f" {n} ") for n in names):
        return []
    return [tuple(f'Verify every {said["noun"]} has a "{n}" {said["role"]}' for n in names)]


@retelling("A part showing a name and what goes with it", 'The header shows FlaskBB with the subtitle "A lightweight forum software in Flask"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<part>the\s+[\w -]+?|it)\s+(?:shows|displays|says)\s+(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3})\s+with\s+(?:the|a|an|its)\s+"
           r"(?:subtitle|tagline|caption|description|title|note|text|label|hint)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _shows_name_with(said: Said) -> list[Retold]:
    part = "the page" if said["part"].lower() == "it" else said["part"]
    return [(f"Verify {part} shows {in_quotes(said['name'])}", f"Verify {part} shows {said['value']}")]


@retelling("What a result is, by whom", """The result is bob's post "Emacs, since 2009." """.strip(), (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<noun>(?:only\s+|first\s+|last\s+)?(?:result|hit|match|entry|item))\s+is\s+the\s+[a-z]+\s+for\s+(?P<who>[\w.@-]+)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _result_by_whom(said: Said) -> list[Retold]:
    # "bob's post" is read as "the post for bob" (phrases.owned_boxes) before any form sees it
    return [(f"Verify the {said['noun']} shows {said['value']}", f'Verify the {said["noun"]} shows "{said["who"]}"')]


@retelling("A label and its value in lower case", "The newest registered user is trollface", (A.EXPECT_TEXT,),
           r"^the\s+(?P<label>[a-z]+(?:\s+[a-z]+){1,3})\s+is\s+(?P<value>(?-i:[a-z])[\w.@-]*\w)$")
def _label_is_lower(said: Said) -> list[Retold]:
    if said["value"].lower() in _NOT_VALUES:
        return []  # "the list is empty", "the form is ready": what it is, not a text it shows
    return [(f'The {said["label"]} is "{said["value"]}"',)]


_NOT_VALUES = frozenset({"ready", "done", "correct", "wrong", "valid", "invalid", "required", "optional", "blank", "new", "old",
                         "true", "false", "on", "off", "yes", "no", "none", "unchanged", "changed", "saved", "gone", "back",
                         "visible", "hidden", "invisible", "shown", "displayed", "present", "empty", "disabled", "enabled", "checked",
                         "unchecked", "selected", "unselected", "open", "opened", "closed", "active", "inactive", "expanded",
                         "collapsed", "focused", "editable", "readonly", "listed", "loaded", "available", "updated", "removed",
                         "added", "there", "sorted", "clickable", "current", "locked", "unlocked", "pinned", "archived"})


@retelling("A named thing of a kind not listed", 'The "Event loop talk" link is not listed', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:link|button|row|item|entry|card|tab|tile)\s+is\s+(?:not|no\s+longer)\s+(?:listed|shown|visible|displayed)$")
def _named_kind_not_listed(said: Said) -> list[Retold]:
    return [(f"Verify {said['name']} is not listed",)]  # nowhere on the page, whatever kind it would be: never a wrong pass


@retelling("Two controls of a kind, each with its article", "An Email address field and a Password field are shown", (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:an?|the)\s+(?P<a>[\w' -]+?)\s+(?P<role>field|button|link|checkbox|tab)\s+and\s+(?:an?|the)\s+(?P<b>[\w' -]+?)\s+(?P=role)\s+"
           r"(?:are|appear)\s+(?:shown|visible|displayed)?(?:\s+again)?$")
def _two_controls(said: Said) -> list[Retold]:
    return [tuple(f'Verify the "{name}" {said["role"]} is visible' for name in (said["a"], said["b"]))]


_ONE_CONTROL = re.compile(r"(?:an?|the)\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+(?P<role>field|button|link|checkbox|tab|dropdown)", re.IGNORECASE)


@retelling("Controls of several kinds, each with its article", 'There is a Username field, a Password field and a "Log in" button',
           (A.EXPECT_VISIBLE,) * 3,
           r"^(?:there\s+(?:is|are)\s+|the\s+(?P<part>page|dialog)\s+(?:has|shows)\s+)(?P<controls>(?:an?|the)\s.+?\s(?:field|button|link|checkbox|tab|dropdown)"
           r"(?:\s*,\s*(?:an?|the)\s.+?\s(?:field|button|link|checkbox|tab|dropdown))*\s*,?\s+and\s+(?:an?|the)\s.+?\s(?:field|button|link|checkbox|tab|dropdown))$")
def _controls_listed(said: Said) -> list[Retold]:
    parts = phrases.cut_outside_quotes(said["controls"], re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"))
    controls = [_ONE_CONTROL.fullmatch(part) for part in parts]
    if None in controls:
        return []  # every part a control of a kind, with its article
    where = " in the dialog" if said["part"].lower() == "dialog" else ""
    return [tuple(f'Verify the {in_quotes(c["name"])} {c["role"]} is visible{where}' for c in controls if c is not None)]


@retelling("A dialog that asks a question as written", 'The dialog asks Are you sure do you want to delete the link "go/ep12"?', (A.EXPECT_VISIBLE,),
           r"^the\s+dialog(?:\s+(?:\"[^\"]+\"|“[^”]+”))?\s+asks\s+(?P<question>(?-i:[A-Z])[^“”]+\?)$")
def _dialog_asks(said: Said) -> list[Retold]:
    # the question whole, in curly quotes that keep its straight ones (the link it names, quoted as the dialog does)
    return [(f"Verify the dialog shows “{said['question']}”",)]


@retelling("A name marked with a word", "nina.patel@example.com is marked NOT VERIFIED", (A.EXPECT_TEXT,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|[\w.@+-]+)\s+is\s+(?:marked|flagged|labell?ed|tagged)\s+(?:as\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z][A-Z0-9 _-]*[A-Z0-9])|(?-i:[A-Z])\w+)$")
def _marked_with(said: Said) -> list[Retold]:
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows {in_quotes(phrases.strip_quotes(said["value"]))}',)]


@retelling("A column's value for a row, said with of", "The Total links of maria.lopez@example.com is 12", (A.EXPECT_TEXT,),
           r"^the\s+(?P<column>(?-i:[A-Z])[\w' ]*?)\s+of\s+(?P<row>\"[^\"]+\"|“[^”]+”|[\w.@+-]+)\s+is\s+(?P<value>\"[^\"]+\"|“[^”]+”|\S+)$")
def _column_of_row(said: Said) -> list[Retold]:
    return [(f'The {said["column"]} column shows {in_quotes(phrases.strip_quotes(said["value"]))} for "{phrases.strip_quotes(said["row"])}"',)]


@retelling("Two names, one followed by the other", 'The results are "Add a book to the cart" followed by "Remove an item from the cart"', (A.EXPECT_ORDER,),
           r"^the\s+(?P<noun>[a-z]+)\s+(?:are|show|list)\s+(?P<a>\"[^\"]+\"|“[^”]+”)\s*,?\s+(?:followed\s+by|then)\s+(?P<b>\"[^\"]+\"|“[^”]+”)$")
def _followed_by(said: Said) -> list[Retold]:
    return [(in_this_order(said["noun"], [phrases.strip_quotes(said["a"]), phrases.strip_quotes(said["b"])]),)]


@retelling("The only one of its kind, named first", "Wiki Changelog is the only watch in the table", (A.EXPECT_COUNT, A.EXPECT_VISIBLE),
           r"^(?P<name>" + NAME_WRITTEN + r")\s+is\s+(?:now\s+)?the\s+only\s+"
           r"(?P<noun>[a-z][\w-]*)(?:\s+(?:in|on)\s+the\s+(?P<where>table|list))?(?:\s+(?:left|listed|shown))?$")
def _the_only_one_named(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"])
    if said.has("where") and said["where"].lower() == "table":  # "… in the table": the table's one row
        return [("Verify 1 row is listed", f'Verify the row for "{name}" is visible')]
    return [(f"Verify only 1 {said['noun']} is shown", f'Verify "{name}" is shown')]


# a user name said in lower case ("frank and erin are both listed"): one word, never a plural kind ("comments")
_USER_NAME = re.compile(r"(?!(?:they|these|those|both|all|none|each|it|them)$)[a-z][\w.@-]*(?<![^s]s)")


@retelling("Names listed, of no kind said", "Deutsch, Français and 日本語 are listed", (A.EXPECT_VISIBLE,) * 3,
           r"^(?P<names>[^,]+(?:\s*,\s*[^,]+?)*\s*,?\s+and\s+[^,]+?)\s+are\s+(?:all\s+|both\s+)?(?:listed|shown|visible|displayed|offered)"
           r"(?:\s+as\s+[a-z][\w-]*s)?$")  # "… are listed as watchers": where is not said, so each is shown
def _names_listed(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or any(n[:1].islower() and not _USER_NAME.fullmatch(n) or re.search(r"(?i)^(?:only|just|exactly|all|both|none|no)\s|\s(?:is|are|has|have)\s", n)
                             or (i == 0 and re.match(r"(?i)(?:the|a|an)\s", n)) for i, n in enumerate(names)):
        # "The buttons A and B are shown", 'Only "A" and "B" are visible': the forms made for those read them (a later
        # name may start with The: "Dracula and The Hound of the Baskervilles")
        return []
    return [tuple(f'Verify "{n}" is shown' for n in names)]


@retelling("Two names by their places", '"Low Stock Products" is the first query and "Orders by Status" the second', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<a>\"[^\"]+\"|“[^”]+”)\s+is\s+the\s+(?P<nth_a>first|second|third|last)\s+(?P<noun>[a-z][\w-]*)\s*,?\s+and\s+"
           r"(?P<b>\"[^\"]+\"|“[^”]+”)\s+(?:is\s+)?the\s+(?P<nth_b>first|second|third|fourth|last)(?:\s+one)?$")
def _two_by_place(said: Said) -> list[Retold]:
    return [(f"Verify the {said['nth_a']} {said['noun']} is {said['a']}", f"Verify the {said['nth_b']} {said['noun']} is {said['b']}")]


@retelling("Two rows by their places, each with a year or number", "Pride and Prejudice (1813) is second and Emma (1815) is third", (A.EXPECT_TEXT,) * 5,
           r"^(?P<a>(?-i:[A-Z0-9])[^\"“]*?)\s+is\s+(?:the\s+)?(?P<nth_a>first|second|third|fourth|fifth|last)\s*,?\s+and\s+"
           r"(?P<b>(?-i:[A-Z0-9])[^\"“]*?)\s+(?:is\s+)?(?:the\s+)?(?P<nth_b>first|second|third|fourth|fifth|sixth|last)$")
def _two_rows_by_place(said: Said) -> list[Retold]:
    """Unquoted names are a row's cells: each name and the number in its brackets ("Emma (1815)") shown by that row."""
    told = []
    for name, nth in ((said["a"], said["nth_a"]), (said["b"], said["nth_b"])):
        bracketed = re.fullmatch(r"(?P<name>.+?)\s*\((?P<number>\d[\d.,:]*)\)", name)
        cells = f'{bracketed["name"]}, {bracketed["number"]}' if bracketed else name
        if re.search(r"(?i)\b(?:is|are|the\s+(?:first|second|third|last))\b", cells):
            return []  # a clause, never a row's cells
        told.append(f"Verify the {nth.lower()} row is {cells}")
    return [tuple(told)]


@retelling("One chosen rather than another", '"Muted" is selected rather than "On"', (A.EXPECT_STATE, A.EXPECT_STATE),
           r"^(?P<chosen>\"[^\"]+\"|“[^”]+”)\s+is\s+(?P<state>selected|checked|chosen)\s+(?:rather\s+than|instead\s+of|and\s+not)\s+(?P<other>\"[^\"]+\"|“[^”]+”)$")
def _rather_than(said: Said) -> list[Retold]:
    state = "selected" if said["state"].lower() == "chosen" else said["state"].lower()
    return [(f"Verify {said['chosen']} is {state}", f"Verify {said['other']} is not {state}")]


@retelling("The order, said", "The order is Q3 Planning, Inventory Watch, Sales Overview", (A.EXPECT_ORDER,),
           r"^the\s+order\s+is\s*:?\s+(?P<names>.+)$")
def _the_order_is(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    return [(f"{', '.join(names[:-1])} and {names[-1]} are listed in that order",)] if len(names) > 1 else []


@retelling("A message, then a colon and its words", 'An error appears: "Your username and password did not match."', (A.EXPECT_VISIBLE,),
           r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:error|message|warning|notice|alert|toast|notification|banner)\s+(?:is\s+|should\s+|must\s+)?"
           r"(?:appears?|appear|shows?|show|says|reads|displays?|pops\s+up|comes\s+up|is\s+shown|is\s+displayed|be\s+shown)\s*:\s*(?P<text>" + QUOTED_NAME + r")$")
def _message_colon(said: Said) -> list[Retold]:
    return [(f"Verify {said['text']} is shown",)]
