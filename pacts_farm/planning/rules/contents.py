"""What a list or a box holds: "Verify the cart lists "Red Shoe"", "the basket contains A, B and C", ""Blue Hat" is
not listed in the cart". The target is the container a person names by its noun (descriptor "list"); each value is
text found inside it (one step per value), or, negated, text found nowhere in it."""

from __future__ import annotations

import re

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import ASSERT, NAME_WITH_FACT, A, Intent, book, rule

# the nouns people give a box that lists things; a qualifier may come first ("the user list", "the shopping cart")
CONTAINER_NOUNS = ("cart", "basket", "bag", "wishlist", "list", "table", "grid", "results", "feed", "inbox", "catalog",
                   "catalogue", "playlist", "shelf")
_CONTAINER = (r"(?P<container>(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(CONTAINER_NOUNS) + r"))")
_HOLDS = r"(?:lists?|contains?|includes?|shows?|displays?|has|holds?)"
_HOLDS_NOT = r"(?:does\s+not|doesn't|no\s+longer)\s+(?:list|contain|include|show|display|have|hold)"
_QUOTED_VALUE = r'(?:"[^"]+"|“[^”]+”)'
QUOTED_LIST = _QUOTED_VALUE + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _QUOTED_VALUE + r")*"
_VALUES = r"(?P<values>" + QUOTED_LIST + r"|[^\"“”\s][^\"“”]*)"
# 'the item "Milk"': a quoted name after the noun that says what it is
_ONE_VALUE = r"(?:(?:the|an?)\s+(?-i:[a-z][\w-]*)\s+(?=[\"“]))?(?P<values>" + _QUOTED_VALUE + r"|[^\"“”\s][^\"“”]*?)"
_LISTED = r"(?:(?:listed|shown|displayed|present|visible)\s+in|in|on(?=\s+\w+\s+(?:[a-z][\w-]*\s+)?(?:list|shelf)$))"  # "is on the list"
_MY = r"(?:the\s+|my\s+|your\s+)"


@book("What a list or box holds", A.EXPECT_TEXT,
      ('Verify the CONTAINER lists VALUE (also: contains, includes, shows, has)', 'Verify the cart lists "Red Shoe"'),
      ('Verify the CONTAINER lists A, B and C (one check per value)', 'Verify the basket contains "Red Shoe" and "Blue Hat"'),
      ('The CONTAINER should list VALUE', 'The shopping cart should list Red Shoe'))
@rule(ASSERT + _MY + "?" + _CONTAINER + r"\s+" + _HOLDS + r"\s+" + _VALUES + "$")
@rule(r"^" + _MY + "?" + _CONTAINER + r"\s+should\s+(?:list|contain|include|show|display|have|hold)\s+" + _VALUES + "$")
def _container_holds(m: re.Match[str]) -> Intent | None:
    return _contents(m, absent=False)


@book("What a list or box does not hold", A.EXPECT_TEXT,
      ('Verify the CONTAINER does not list VALUE (also: no longer contains, doesn\'t show)', 'Verify the cart does not list "Blue Hat"'),
      ('The CONTAINER should not list VALUE', 'The cart should not contain Blue Hat'))
@rule(ASSERT + _MY + "?" + _CONTAINER + r"\s+" + _HOLDS_NOT + r"\s+" + _VALUES + "$")
@rule(r"^" + _MY + "?" + _CONTAINER + r"\s+should\s+not\s+(?:list|contain|include|show|display|have|hold)\s+" + _VALUES + "$")
def _container_lacks(m: re.Match[str]) -> Intent | None:
    return _contents(m, absent=True)


@book("Listed in a list or box", A.EXPECT_TEXT,
      ('Verify VALUE is listed in the CONTAINER (also: shown in, present in)', 'Verify "Red Shoe" is listed in the cart'),
      ('Verify VALUE appears in the CONTAINER (also: shows up in)', 'Verify Red Shoe appears in the basket'))
@rule(ASSERT + _ONE_VALUE + r"\s+(?:is|are)\s+(?:now\s+|still\s+)?" + _LISTED + r"\s+" + _MY + _CONTAINER + "$")
@rule(ASSERT + _ONE_VALUE + r"\s+(?:appears?|shows?\s+up)\s+in\s+" + _MY + _CONTAINER + "$")
def _listed_in(m: re.Match[str]) -> Intent | None:
    return _contents(m, absent=False)


@book("Not listed in a list or box", A.EXPECT_TEXT,
      ('Verify VALUE is not listed in the CONTAINER (also: is no longer listed)', 'Verify "Blue Hat" is no longer listed in the cart'))
@rule(ASSERT + _ONE_VALUE + r"\s+(?:is\s+not|isn't|are\s+not|aren't|is\s+no\s+longer|are\s+no\s+longer)\s+" + _LISTED + r"\s+" + _MY + _CONTAINER + "$")
def _not_listed_in(m: re.Match[str]) -> Intent | None:
    return _contents(m, absent=True)



def _contents(m: re.Match[str], *, absent: bool) -> Intent | None:
    container = " ".join(m.group("container").split())
    named = container.split()
    if any(w[:1].isupper() for w in named):
        return None  # "the Product List shows …": a box titled so, read by the element rules
    if re.match(r"(?i)(?:(?:the|its)\s+)?(?:columns|column\s+(?:headers|headings|titles)|headers|headings)\b", m.group("values").strip()):
        return None  # "the events table has the columns A and B": its column headers (lists.py)
    if re.match(r"(?:\d+\s+[a-z]+\s*(?:[-–—:]|$|,?\s*(?:in\s+(?:this|that|the\s+following)\s+order|top\s+to\s+bottom|from\s+top|from\s+left|left\s+to\s+right))|(?:a\s+single|one|only\s+one|exactly\s+one|just\s+one)\s+(?:entry|item|row|result)\b)", m.group("values").strip()):
        return None  # "the user table has 5 rows - admin, alice …": a count, then which ones (narrative)
    if re.fullmatch(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z][\w-]*\s+)?(?:rows|records|entries|lines)", m.group("values").strip()):
        return None  # "the report table has 19 ticket rows": a count of its rows (narrative), never that text
    if re.match(r"(?i)(?:every|each|all|no|none)\b", container) or re.fullmatch(
            r"(?i)(?:an?|the)\s+[\w -]+?\s+(?:icon|button|link|checkbox|badge|image|column(?:\s+header)?|header|heading|tab|field|label|row)", m.group("values").strip()):
        return None  # "every list has a trash icon": each of them, and a control, never the text "a trash icon"
    said = m.group("values").strip()
    one_name = re.match(r"\s+(?:is|was|isn't)\b", m.string[m.end("values"):]) and not re.search(r"[\"“,]", said)
    values = [said] if one_name else phrases.split_values(said)  # "Login and Accounts is not in the list": one name
    if not values:
        return None
    if not absent and any(NAME_WITH_FACT.match(v) for v in values):
        return None  # "the domain table lists short.tombaker.test with homepage https://…": a name and its row (narrative)
    if absent and container.lower() in ("results", "search results"):
        # "X is not in the results": no markup names a results box the way the sentence does; nowhere on the page is
        # stricter than in the list, and cannot pass on a box that was not found
        return Intent(A.EXPECT_HIDDEN, value=values[0], also=tuple(values[1:]))
    target = model.Target(text=container.lower(), descriptor="list")
    match = model.Match.NOT_CONTAINS if absent else model.Match.CONTAINS
    return Intent(A.EXPECT_TEXT, target=target, value=values[0], match=match, also=tuple(values[1:]))
