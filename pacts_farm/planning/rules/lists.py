"""Repeated elements: how many are shown ("Verify 6 products are listed") and in which order
("products are sorted by price, low to high"). The target is the noun a person counts; execution finds the
repeated group of elements whose markup names it."""

from __future__ import annotations

import dataclasses
import re

from pacts_farm import model
from pacts_farm.finding import fields
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import ASSERT, A, Intent, Refused, book, rule, unquoted, value_of

M = model.Match
_Q = (
    r"(?:(?P<q>exactly|only|just|precisely|at least|at most|no more than|no fewer than|no less than|not more than|"
    r"not less than|a minimum of|a maximum of|more than|fewer than|less than)\s+)?"
)
_N = r"(?P<n>\d+|no|zero|one|a single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_NOUN = r"(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)"
_SHOWN = r"(?:listed|shown|displayed|visible|present|available|there|returned|found|rendered|left|in the list)"
_WHERE = r"(?:\s+(?:in|on|inside|within)\s+(?:the\s+|my\s+|your\s+)?(?P<where>(?:\"[^\"]+\"|“[^”]+”)\s+[\w -]+?|[\w -]+?))?"
# 'under "Books in genre"', 'under Starred', 'below the Copies heading': the heading whose list is counted
_UNDER = r"(?:\s+(?:under|below|beneath)\s+(?:the\s+)?(?:(?:heading|section)\s+)?(?P<section>[^\s].*?)(?:\s+(?:heading|section))?)?"
_TAIL = (r"(?:\s+(?:are|is)(?:\s+(?:now|still))?(?:\s+(?:being\s+)?" + _SHOWN + r")?|\s+remains?"
         r"|\s+(?:listed|shown|displayed|returned|found|left))?" + _WHERE + _UNDER)  # "5 tasks found": a note, its verb left out
_CONTAINERS = r"(?P<container>page|screen|cart|shopping cart|basket|bag|list|table|grid|results?|search results|inventory|catalog(?:ue)?|wishlist|order|menu|header|footer|sidebar|navigation|dialog)"
_NEUTRAL_PLACES = {"page", "screen", "list", "table", "grid", "result", "results", "inventory", "catalog", "catalogue", "search results", "view", "board", "wall", "feed"}
_QUALIFYING_PLACES = {"cart": "cart", "shopping cart": "cart", "basket": "basket", "bag": "bag", "wishlist": "wishlist", "order": "order"}
# a counted "list" is a list of items (a board's columns, the lists on a page), never a dropdown list
_ROLE_NOUNS = {**{k: v for k, v in phrases.ROLE_WORDS.items() if v and k != "list"}, "row": "row", "heading": "heading",
               "image": "img", "tab": "tab"}
_NOT_NOUNS = re.compile(r"^(?:more|less|longer|error text|of|for|items? of|than)\b|^ones?$", re.IGNORECASE)  # "each one": of what, said before


@book("How many are shown", A.EXPECT_COUNT,
      ('Verify the NAME section lists N NOUNS (under the heading NAME)', 'Verify the Blog section lists 6 posts'),
      ('Verify N NOUNS are listed | shown | displayed', 'Verify 6 products are listed'),
      ('Verify there are at least | at most | exactly | more than | fewer than N NOUNS in PLACE', 'Verify there are at least 2 items in the cart'),
      ('Verify I see N NOUNS', 'Verify I see 3 results'),
      ('I should see N NOUNS', 'I should see 6 products'),
      ('I see N NOUNS', 'I see exactly four recipes'),
      ('There should be N NOUNS', 'There should be exactly 2 items in the cart'),
      ('N NOUNS should be shown', '3 results should be shown'),
      ('Verify the PLACE has | contains | shows N NOUNS', 'Verify the cart has 2 items'),
      ('Verify the NOUN list has N NOUNS', 'Verify the bookmark list has 2 bookmarks'),
      ('The PLACE should have N NOUNS', 'The table should have 4 rows'),
      ('Verify the number of NOUNS is N', 'Verify the number of products is 6'),
      ('Verify N NOUNS are listed under "HEADING" | under the HEADING heading', 'Verify 3 books are listed under "Books in genre"'),
      ('Verify N NOUNS are in the NAME list | section | column', 'Verify 3 cards are in the Backlog list'),
      ('Verify the NAME list | column | table has N NOUNS (under that title)', 'Verify the Backlog list has 6 cards'),
      ('Verify N NOUNS remain', 'Verify 2 bookmarks remain'))
@rule(ASSERT + r"(?:there\s+(?:are|is)\s+)?" + _Q + _N + r"\s+" + _NOUN + _TAIL + r"$")
@rule(ASSERT + r"(?:i\s+|we\s+|the\s+user\s+|user\s+)?(?:can\s+)?sees?\s+" + _Q + _N + r"\s+" + _NOUN + _TAIL + r"$")
@rule(r"^(?:i\s+|we\s+)?should\s+see\s+" + _Q + _N + r"\s+" + _NOUN + _TAIL + r"$")
@rule(r"^(?:(?:i|we)\s+)?(?:can\s+)?see\s+" + _Q + _N + r"\s+" + _NOUN + _TAIL + r"$")
@rule(r"^(?:there\s+should\s+be\s+)" + _Q + _N + r"\s+" + _NOUN + _TAIL + r"$")
@rule(r"^" + _Q + _N + r"\s+" + _NOUN + r"\s+should\s+be\s+" + _SHOWN + _WHERE + r"$")
@rule(ASSERT + r"(?:the\s+|my\s+)?(?:(?P<own>(?-i:[a-z][\w-]*(?:\s+[a-z][\w-]*)?))\s+)?" + _CONTAINERS + r"\s+(?:has|have|contains?|shows?|lists?|displays?|includes?|holds?)\s+" + _Q + _N + r"\s+" + _NOUN + r"$")
@rule(r"^(?:the\s+|my\s+)?" + _CONTAINERS + r"\s+should\s+(?:have|contain|show|list|display|include|hold)\s+" + _Q + _N + r"\s+" + _NOUN + r"$")
@rule(ASSERT + r"(?:the\s+)?(?P<section>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z][\w'&-]*(?:\s+[A-Z]?[\w'&-]*){0,3}?))\s+section\s+(?:has|have|contains?|shows?|lists?|displays?|includes?)\s+" + _Q + _N + r"\s+" + _NOUN + r"$")
@rule(ASSERT + r"(?:the\s+)?(?!(?:the|a|an|my|this)\s)(?P<section>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z][\w'&-]*(?:\s+[A-Z]?[\w'&-]*){0,3}?))\s+(?:list|column|lane|table|group|panel)\s+(?:has|have|contains?|shows?|lists?|holds?)\s+" + _Q + _N + r"\s+" + _NOUN + r"$")
@rule(ASSERT + r"(?:the\s+)?(?:total\s+)?(?:number|count|amount)\s+of\s+" + _NOUN + _WHERE + r"\s+(?:is|equals|=|should be)\s+" + _Q + _N + r"$")
def _count(m: re.Match[str]) -> Intent | None:
    noun = m.group("noun")
    if _NOT_NOUNS.match(noun) or re.search(r"\b(?:is|are|was|be|sorted|ordered)$", noun, re.IGNORECASE):
        return None
    named = _NAMED_CONTROLS.match(noun)
    if (any(c.isupper() for c in noun) and not named and not _ACRONYM_NOUN.fullmatch(noun)) or re.fullmatch(r"\d{4}", m.group("n")):
        return None  # "the footer contains 2026 Sauce Labs": text, not a count of things
    own = _optional(m, "own")
    container_said = m.group("container") if "container" in m.re.groupindex else None
    if container_said and re.search(r"(?:table|grid)$", container_said, re.IGNORECASE) and _CONTROL_NOUNS.fullmatch(noun):
        noun = "rows"  # "the table shows 10 links": a table of links (Kutt's) has a row per link, and more anchors than rows
    table_rows = bool(own and _TABLE_ROWS.fullmatch(noun) and container_said and re.search(r"(?:table|grid)$", container_said, re.IGNORECASE))
    if table_rows:
        own = None  # "the bills table has 24 rows": the rows of the table its markup or its rows call bills
    elif own and phrases.singular(own).lower() != phrases.singular(noun.split()[-1]).lower():
        return None  # "the bookmark list has 2 bookmarks" counts bookmarks; "the archived list" is another list
    n = phrases.number(m.group("n"))
    if n is None:
        return None
    match, n = _quantified(m.group("q"), n)
    groups = m.re.groupindex
    where = m.group("where") if "where" in groups else None
    container = m.group("container") if "container" in groups else None
    if table_rows:
        container = f"{_optional(m, 'own')} table"  # the page's one table when no markup says "bills" (dom.js)
    elif container and own is None and _optional(m, "own"):
        container = re.sub(r"^\S+\s+", "", container.strip())  # "user table" -> "table"
    section = phrases.strip_quotes(m.group("section")) if "section" in groups and m.group("section") else None
    if section is not None and section.lower() in ("it", "this", "that", "they", "them"):
        return None  # "It has 3 items": what "it" is, the step before says (a retelling), never a section named "It"
    if section is None and where:
        where, section = _titled_list(where)
    target = counted(noun, where or container)
    if section:
        target = dataclasses.replace(target, section=section)
    if named:  # "8 Dismiss buttons": the buttons named Dismiss
        target = model.Target(text=named.group("name"), role_hint=target.role_hint, region=target.region)
    if n == 0 and match is M.EQUALS and _ONE_OF_A_KIND.search(target.text):
        # "no error message is shown": an element that is there or not, not a list; checked as hidden
        return Intent(A.EXPECT_HIDDEN, target=phrases.parse_target(noun if not where else f"{noun} in the {where}"))
    return Intent(A.EXPECT_COUNT, target=target, value=str(n), match=match)


# "IP addresses", "API keys": an acronym, then what is counted (a capital alone makes a name, "2026 Sauce Labs")
_ACRONYM_NOUN = re.compile(r"(?-i:[A-Z]{2,5})\s+(?-i:[a-z][\w-]*s)")
_TABLE_ROWS = re.compile(r"(?:rows|entries|records|lines)", re.IGNORECASE)
_CONTROL_NOUNS = re.compile(r"(?:links?|buttons?|images?|urls?|elements?|items?|entries|entry|records?)", re.IGNORECASE)
# a capitalised name, then a plural role word: controls counted by their name
_NAMED_CONTROLS = re.compile(r"^(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:buttons|links|tabs|checkboxes|rows|headings|options)$")
_ONE_OF_A_KIND = re.compile(
    r"\b(?:error|message|alert|warning|badge|icon|notification|toast|banner|spinner|loader|popup|dialog|modal|tooltip)$",
    re.IGNORECASE,
)


@book("An empty cart", A.EXPECT_COUNT,
      ('Verify the cart | basket | bag | wishlist is empty', 'Verify the cart is empty'),
      ('The cart should be empty', 'The basket should be empty'))
@rule(ASSERT + r"(?:the\s+|my\s+)?(?P<place>cart|shopping cart|basket|bag|wishlist)\s+is\s+(?:now\s+)?empty$")
@rule(r"^(?:the\s+|my\s+)?(?P<place>cart|shopping cart|basket|bag|wishlist)\s+should\s+be\s+empty$")
def _empty_cart(m: re.Match[str]) -> Intent:
    place = _QUALIFYING_PLACES[m.group("place").lower()]
    return Intent(A.EXPECT_COUNT, target=model.Target(text=f"{place} item"), value="0", match=M.EQUALS)


_TITLED_LIST = re.compile(r"^(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3}|\"[^\"]+\"|“[^”]+”)\s+(?:list|section|column)$")


def _titled_list(where: str) -> tuple[str | None, str | None]:
    """'Backlog list' (in "3 cards are in the Backlog list"): a list titled Backlog, a section; other places stay places."""
    titled = _TITLED_LIST.match(where.strip())
    return (None, phrases.strip_quotes(titled.group("name"))) if titled else (where, None)


def _quantified(q: str | None, n: int) -> tuple[model.Match, int]:
    q = (q or "").lower()
    if q in ("at least", "no fewer than", "no less than", "not less than", "a minimum of"):
        return M.AT_LEAST, n
    if q in ("at most", "no more than", "not more than", "a maximum of"):
        return M.AT_MOST, n
    if q == "more than":
        return M.AT_LEAST, n + 1
    if q in ("fewer than", "less than"):
        if n == 0:
            raise Refused("fewer than 0 cannot hold: say how many, e.g. no products are shown")
        return M.AT_MOST, n - 1
    return M.EQUALS, n


def counted(noun: str, where: str | None) -> model.Target:
    """'products' -> Target(product); 'items' in the cart -> Target(cart item); 'links' in the footer -> role link, footer."""
    text = phrases.singular(phrases.ARTICLES.sub("", noun.strip()))
    region = None
    if where:
        place = re.sub(r"\s+(?:page|screen|view|section|area)$", "", " ".join(where.lower().split()))
        if re.fullmatch(r"(?:first|second|third|last|next|previous|this|current|same|\d+(?:st|nd|rd|th)?|page\s+\d+)", place):
            place = "page"  # "12 books are shown on the first page": the page of results shown, no part of it
        if place in phrases.REGIONS:
            region = phrases.REGIONS[place]
        elif place in _QUALIFYING_PLACES:
            qualifier = _QUALIFYING_PLACES[place]
            if qualifier not in text.lower().split():
                text = f"{qualifier} {text}"
        elif place not in _NEUTRAL_PLACES:
            text = f"{phrases.singular(place)} {text}"
    role = _ROLE_NOUNS.get(text.lower().split()[-1])
    return model.Target(text=text, role_hint=role, region=region)


@book("What every row shows in a column", A.EXPECT_EACH,
      ('Verify every row has VALUE in the COLUMN column (each cell under that column title)', 'Verify every row has Bug in the Tracker column'),
      ('Verify all rows have VALUE in the COLUMN column', 'Verify all rows have Paid in the Status column'),
      ('Verify the COLUMN column shows VALUE in every row', 'Verify the Status column shows Active in every row'))
@rule(ASSERT + r"(?:every|each)\s+row\s+(?:has|shows|says|contains)\s+" + unquoted("value") + r"\s+in\s+(?:the|its)\s+(?P<column>[^\"“”]+?)\s+column$")
@rule(ASSERT + r"all\s+(?:the\s+)?rows\s+(?:have|show|say|contain)\s+" + unquoted("value") + r"\s+in\s+(?:the|their)\s+(?P<column>[^\"“”]+?)\s+column$")
@rule(ASSERT + r"the\s+(?P<column>[^\"“”]+?)\s+column\s+(?:shows|says|has|contains|reads)\s+" + unquoted("value") + r"\s+in\s+(?:every|each|all)\s+(?:the\s+)?rows?$")
def _each_cell_of_a_column(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_EACH, target=model.Target(text=m.group("column"), role_hint="columnheader"), value=value_of(m, "value"))


@book("What every one shows", A.EXPECT_EACH,
      ('Verify every | each NOUN shows | has | says VALUE (all of them, and at least one)', 'Verify every ingredient shows "LIVE"'),
      ('Verify all NOUNS show VALUE', 'Verify all results show "In stock"'),
      ('Verify all NOUNS have status VALUE (the label before the value is dropped)', 'Verify all rows have status Active'),
      ('Verify the results show only NOUNS containing | with VALUE', 'Verify the results show only items containing "router"'),
      ('Verify only NOUNS containing | with VALUE are shown', 'Verify only rows containing router are shown'))
@rule(ASSERT + r"(?:every|each)\s+(?:one\s+of\s+the\s+)?" + _NOUN + r"(?:\s+(?:in|on)\s+the\s+(?P<where>[a-z][a-z ]*?))?\s+(?:shows?|has|says|displays?|contains?|reads?|is\s+marked|is\s+labell?ed)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"all\s+(?:of\s+)?(?:the\s+)?" + _NOUN + r"(?:\s+(?:in|on)\s+the\s+(?P<where>[a-z][a-z ]*?))?\s+(?:show|have|say|display|contain|read|are\s+marked|are\s+labell?ed)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?:the\s+)?(?:results?|list|table|page)\s+(?:shows?|lists?|displays?|contains?|has)\s+only\s+" + _NOUN + r"\s+(?:containing|with|that\s+contain|that\s+show|showing|matching|saying)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"only\s+" + _NOUN + r"\s+(?:containing|with|that\s+contain|showing|matching|saying)\s+" + unquoted("value") + r"\s+(?:are|is)\s+(?:shown|listed|displayed|visible|left)$")
def _each_shows(m: re.Match[str]) -> Intent | None:
    value = _LABELLED_VALUE.sub("", value_of(m, "value")) if not phrases.was_quoted(m, "value") else value_of(m, "value")
    if not phrases.was_quoted(m, "value") and re.match(r"(?:an?|the)\s", value, re.IGNORECASE):
        return None  # "each product has an Add to cart button": a control in each, not a text
    noun = m.group("noun")
    if _NOT_NOUNS.match(noun) or any(c.isupper() for c in noun):
        return None
    return Intent(A.EXPECT_EACH, target=counted(noun, _optional(m, "where")), value=value)


# "have status Active": the label a value is said with, not a text every one shows
_LABELLED_VALUE = re.compile(r"^(?:the\s+)?(?:status|state|stage|role|type|category|tag|label|priority|severity|product|author|owner)\s+(?=\S)", re.IGNORECASE)


# --- order ---

_ASC = (
    r"low(?:est)?\s+to\s+high(?:est)?|cheapest\s+first|lowest\s+first|smallest\s+first|least\s+expensive\s+first|"
    r"a\s*(?:to|-|–)\s*z|ascending|increasing|alphabetical(?:ly)?|alphabetic|oldest\s+first|earliest\s+first|oldest\s+to\s+newest"
)
_DESC = (
    r"high(?:est)?\s+to\s+low(?:est)?|most\s+expensive\s+first|highest\s+first|largest\s+first|biggest\s+first|"
    r"z\s*(?:to|-|–)\s*a|descending|decreasing|reverse\s+alphabetical(?:ly)?|reverse(?:d)?|reverse\s+alphabetic|"
    r"newest\s+first|latest\s+first|most\s+recent\s+first|newest\s+to\s+oldest"
)
_DIR = r"\(?(?:(?P<asc>" + _ASC + r")|(?P<desc>" + _DESC + r"))\)?"
_FIELD = r"(?:\s+(?:by|on)\s+(?:their\s+|the\s+|its\s+)?(?P<field>[A-Za-z][\w ]*?))"
_FIELD2 = r"(?:\s+(?:by|on)\s+(?:their\s+|the\s+|its\s+)?(?P<field2>[A-Za-z][\w ]*?))?"
_FIELD_WORDS = frozenset(fields.FILTER_FIELDS)
_PRICE_DIRECTIONS = re.compile(r"cheap|expensive", re.IGNORECASE)
_ALPHA_DIRECTIONS = re.compile(r"alphabet|a\s*(?:to|-|–)\s*z|z\s*(?:to|-|–)\s*a", re.IGNORECASE)
_ORDERED = r"(?:sorted|ordered|listed|arranged|shown|displayed)"


@book("In which order", A.EXPECT_ORDER,
      ('Verify NOUNS are sorted by FIELD, low to high | high to low | A to Z | Z to A', 'Verify products are sorted by price, high to low'),
      ('Verify NOUNS are in ascending | descending | alphabetical order', 'Verify names are in alphabetical order'),
      ('The NOUNS should be sorted by FIELD', 'The products should be sorted by price, low to high'))
@rule(ASSERT + r"(?:the\s+)?" + _NOUN + r"\s+(?:are|is)\s+(?:now\s+)?" + _ORDERED + _FIELD + r"?(?:\s*,?\s+(?:in\s+|from\s+)?" + _DIR + r"(?:\s+order)?" + _FIELD2 + r")?$")
@rule(ASSERT + r"(?:the\s+)?" + _NOUN + r"\s+(?:are|is)\s+(?:now\s+)?(?:" + _ORDERED + r"\s+)?in\s+" + _DIR + r"\s+order" + _FIELD2 + r"$")
@rule(r"^(?:the\s+)?" + _NOUN + r"\s+should\s+be\s+" + _ORDERED + _FIELD + r"?(?:\s*,?\s+(?:in\s+|from\s+)?" + _DIR + r"(?:\s+order)?" + _FIELD2 + r")?$")
def _order(m: re.Match[str]) -> Intent | None:
    noun = phrases.singular(re.sub(r"\s+(?:list|grid|table|listing|catalog|results)$", "", m.group("noun"), flags=re.IGNORECASE))
    field = _optional(m, "field") or _optional(m, "field2")
    direction = m.group("asc") or m.group("desc")
    if field is None and direction is None:
        return None  # "the items are displayed": not about order
    if direction is None and re.search(r"(?i)\s(?:listed|shown|displayed)\s+on\s+the\s", m.group(0)):
        return None  # "the Users model is listed on the dashboard": where it is, not an order
    words = noun.lower().split()
    if field is None and words[-1] in _FIELD_WORDS:
        field = words[-1]
        noun = " ".join(noun.split()[:-1]) or field
    if field is None:
        if _ALPHA_DIRECTIONS.search(direction):
            field = "name"
        elif _PRICE_DIRECTIONS.search(direction):
            field = "price"
        else:
            raise Refused(f"sorted by what? Name the field: {m.group('noun')} are sorted by price, high to low")
    field = phrases.singular(" ".join(field.split()))
    match = M.DESCENDING if m.group("desc") else M.ASCENDING
    return Intent(A.EXPECT_ORDER, target=model.Target(text=noun), value=field, match=match)


_LISTING = r"(?P<values>.+?)"
_IN_THIS_ORDER = r"(?:(?:shown|listed|displayed|sorted|ordered|arranged)\s+)?in\s+(?:this|the\s+following|that)\s+order\s*:?\s*"
_COLUMNS = model.Target(text="column", role_hint="columnheader")  # a table's column titles
_IN_PLACE = r"(?:\s+(?:in|on)\s+the\s+(?P<place>[a-z][a-z -]*?))?"
# a menu of a part of the page ("the menu items in the header") is its links
_MENU_ENTRIES = re.compile(r"^(?:menu|nav|navigation)\s+(?:items?|entries|entry|links?|options?)$", re.IGNORECASE)
_HEADER_NOUN = re.compile(r"^(?:table\s+)?(?:columns?|column\s+headers?|column\s+headings?|headers?|table\s+headers?|headings?)$", re.IGNORECASE)


@book("These, in this order", A.EXPECT_ORDER,
      ('Verify the NOUNS are in this order: A, B, C (others may come between)', 'Verify the products are in this order: "Red Shoe", "Blue Hat"'),
      ('Verify the REGION NOUNS are in this order: A, B', 'Verify the sidebar links are in this order: Dashboard, Discussions'),
      ('Verify the NOUNS in the REGION are in this order: A, B', 'Verify the menu items in the header are in this order: Breads, Locations'),
      ('Verify the NOUNS under NAME are in this order: A, B (in the part under that title)', 'Verify the cards under "Done" are in this order: Draft, Ship'),
      ('Verify the order of the NOUNS is A, B, C', 'Verify the order of the cards is "Plan", "Build" and "Ship"'),
      ('Verify the columns | column headers are A, B, C (exactly these, in this order)', 'Verify the columns are Name, Email, Role'))
@rule(ASSERT + r"(?:the\s+)?" + _NOUN + _IN_PLACE + _UNDER + r"\s+(?:are|is)\s+(?:now\s+|still\s+)?" + _IN_THIS_ORDER + _LISTING + r"$")
@rule(ASSERT + r"(?:the\s+)?(?:order\s+of\s+(?:the\s+)?)" + _NOUN + _IN_PLACE + r"\s+is\s*:?\s+" + _LISTING + r"$")
@rule(ASSERT + r"(?:the\s+)?(?P<header>(?:table\s+)?(?:columns|column\s+headers|column\s+headings|table\s+headers|headers))\s+(?:are|read|show)\s*:?\s+" + _LISTING + r"$")
def _listed_in_order(m: re.Match[str]) -> Intent | None:
    """'the rows are in this order: "A", "B"': each value in a member of the group, in that order (others may come
    between); 'the columns are A, B, C': the table's column titles are exactly these, in this order."""
    values = phrases.split_values(m.group("values"))
    if len(values) < 2:
        return None
    if m.groupdict().get("header"):
        return Intent(A.EXPECT_ORDER, target=_COLUMNS, value="\n".join(values), match=M.EQUALS)
    words = re.sub(r"(?i)\s+(?:listed|shown|displayed)$", "", m.group("noun")).split()  # "the tags listed are: …": the tags
    region = phrases.REGIONS.get(words[0].lower()) if len(words) > 1 else None
    noun = " ".join(words[1:]) if region else " ".join(words)
    place = _optional(m, "place")
    if place:
        region = phrases.REGIONS.get(" ".join(place.lower().split()))
        if region is None:
            return None  # "the rows in the Sprint table": not a part of the page
        noun = m.group("noun")
        if _MENU_ENTRIES.match(noun):
            noun = "links"
    if _HEADER_NOUN.match(noun):
        target = dataclasses.replace(_COLUMNS, region=region)
    else:
        section = _optional(m, "section")
        target = dataclasses.replace(counted(noun, None), region=region, section=phrases.strip_quotes(section) if section else None)
    return Intent(A.EXPECT_ORDER, target=target, value="\n".join(values), match=M.SEQUENCE)


@book("Some of a table's columns", A.EXPECT_VISIBLE,
      ('Verify the columns include A, B and C (each one a column title, in no order said)', 'Verify the columns include First name, Last name and Job title'))
@rule(ASSERT + r"(?:the\s+)?(?:table\s+)?(?:columns|column\s+headers|column\s+headings|table\s+headers|headers)\s+(?:include|contain|have)\s*:?\s+" + _LISTING + r"$")
def _columns_include(m: re.Match[str]) -> Intent | None:
    values = phrases.split_values(m.group("values"))
    if not values:
        return None
    return Intent(A.EXPECT_VISIBLE, target=dataclasses.replace(_COLUMNS, text=values[0]), also=tuple(values[1:]))


def _optional(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


@book("One text listed before another", A.EXPECT_ORDER,
      ('Verify "A" is listed after | before "B" (in the page\'s list of items)', 'Verify "Atlantis" is listed after "Afghanistan"'),
      ('Verify "A" comes after | before "B"', 'Verify "Atlantis" comes after "Afghanistan"'))
@rule(ASSERT + phrases.quoted("first") + r"\s+(?:(?:is|are)\s+(?:listed|shown|displayed)|comes?)\s+(?P<where>after|before|above|below)\s+" + phrases.quoted("second") + r"$")
def _listed_after(m: re.Match[str]) -> Intent:
    first, second = value_of(m, "first"), value_of(m, "second")
    values = (second, first) if m.group("where").lower() in ("after", "below") else (first, second)
    return Intent(A.EXPECT_ORDER, target=model.Target(text="item"), value="\n".join(values), match=M.SEQUENCE)


# --- the Nth item, named ---


@book("What the Nth item is called", A.EXPECT_TEXT,
      ('Verify the POSITION NOUN is named | called | titled VALUE', 'Verify the first list is named "Backlog"'),
      ('Verify the POSITION NOUN is "NAME" marked | tagged "KIND" (it shows both)', 'Verify the first result is "Southern Cornbread" marked "Recipe"'))
@rule(ASSERT + r"(?P<target>(?:the\s+)?" + phrases.ORDINAL_WORDS + r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+is\s+" + phrases.quoted("value")
      + r"\s+(?:marked|tagged|labell?ed|with)\s+(?:the\s+(?:tag|label|type)\s+)?" + phrases.quoted("kind") + r"$")
@rule(ASSERT + r"(?P<target>(?:the\s+)?" + phrases.ORDINAL_WORDS + r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
      r"(?:\s+(?:under|below|in|on)\s+.+?)?)\s+(?:is|should be)\s+(?:named|called|titled|labell?ed)\s+" + unquoted("value") + r"$")
def _nth_named(m: re.Match[str]) -> Intent | None:
    """'the first list is named "Backlog"': the first of the lists shows that name (its title, or its title field)."""
    target = phrases.parse_target(m.group("target"))
    if target.position is None:
        return None
    kind = value_of(m, "kind") if "kind" in m.re.groupindex or "kind_q" in m.re.groupindex else ""
    return Intent(A.EXPECT_TEXT, target=target, value=value_of(m, "value"), also=(kind,) if kind else ())
