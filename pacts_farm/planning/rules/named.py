"""Controls counted by their quoted name: 'Verify there are 3 "Add to cart" buttons', 'Verify 2 "Delete" links are
shown' (the quoted words are the whole name; a count without its role word is a list's count, lists.py), and a text
counted where it is shown: '"Required" is shown 2 times'."""

from __future__ import annotations

import re

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.lists import _quantified
from pacts_farm.planning.rules.registry import ASSERT, A, Intent, book, rule, unquoted, value_of

_N = r"(?P<n>\d+|no|zero|one|a single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_Q = (r"(?:(?P<q>exactly|only|just|at least|at most|no more than|no fewer than|no less than|more than|fewer than|less than)"
      r"\s+)?")
_PLURAL_ROLES = {"buttons": "button", "links": "link", "tabs": "tab", "checkboxes": "checkbox", "headings": "heading",
                 "options": "option", "radio buttons": "radio", "menu items": "menuitem", "fields": "textbox"}
_PLURAL_ROLES |= {word[:-2] if word.endswith("xes") else word[:-1]: role for word, role in _PLURAL_ROLES.items()}  # "one "X" button"
_ROLES = "|".join(sorted(_PLURAL_ROLES, key=len, reverse=True))
_SHOWN = r"(?:listed|shown|displayed|visible|present|available|there|on the page)"
_WHERE = r"(?:\s+(?:in|on|inside|within)\s+the\s+(?P<where>[\w -]+?))?"


@book("How many controls of one name", A.EXPECT_COUNT,
      ('Verify there are N "NAME" buttons | links | tabs', 'Verify there are 3 "Add to cart" buttons'),
      ('Verify N "NAME" buttons | links are shown | visible', 'Verify 2 "Delete" links are shown'),
      ('Verify there are N (KIND) buttons | links labelled | named "NAME"', 'Verify there are 3 trash icon buttons labelled "Delete"'))
@rule(ASSERT + r"(?:there\s+(?:are|is)\s+)?" + _Q + _N + r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<role>" + _ROLES + r")\s+"
      r"(?:labell?ed|named|called|titled|with\s+(?:the\s+)?(?:label|name|text))\s+" + phrases.quoted("name")
      + r"(?:\s+(?:are|is)(?:\s+(?:now|still))?(?:\s+" + _SHOWN + r")?)?" + _WHERE + r"$")
@rule(ASSERT + r"(?:there\s+(?:are|is)\s+)?" + _Q + _N + r"\s+" + phrases.quoted("name") + r"\s+(?P<role>" + _ROLES + r")"
      r"(?:\s+(?:are|is)(?:\s+(?:now|still))?(?:\s+" + _SHOWN + r")?)?" + _WHERE + r"$")
def _count_named(m: re.Match[str]) -> Intent | None:
    n = phrases.number(m.group("n"))
    if n is None:
        return None
    match, n = _quantified(m.group("q"), n)
    region = phrases.split_region(f"X in the {m.group('where')}")[1] if m.group("where") else None
    if m.group("where") and region is None:
        return None  # "3 "Edit" links in the Bob row": a place the count cannot be narrowed to
    target = model.Target(text=value_of(m, "name"), role_hint=_PLURAL_ROLES[m.group("role").lower()], exact=True, region=region)
    return Intent(A.EXPECT_COUNT, target=target, value=str(n), match=match)


@book("How many rows show a text", A.EXPECT_COUNT,
      ('Verify VALUE appears | is listed in N rows', 'Verify Greenleaf Market appears in 4 rows'),
      ('Verify (there are) N rows with | containing | mentioning VALUE', 'Verify there are 2 rows with "Overdue"'))
@rule(ASSERT + unquoted("value") + r"\s+(?:appears|shows\s+up|is\s+(?:shown|listed))\s+in\s+" + _Q + _N + r"\s+rows?$")
@rule(ASSERT + r"(?:there\s+(?:are|is)\s+)?" + _Q + _N + r"\s+rows?\s+(?:with|containing|mentioning|showing|that\s+(?:show|contain|mention|say))\s+"
      + unquoted("value") + r"$")
def _count_rows_with(m: re.Match[str]) -> Intent | None:
    """The rows whose text holds the value (a payee in a register, a status in a table): counted."""
    n = phrases.number(m.group("n"))
    value = value_of(m, "value")
    if n is None or re.match(r"(?i)(?:the|a|an|its|their|each|every)\s", value):
        return None  # "4 rows with the same date": not a text
    if not phrases.was_quoted(m, "value") and re.match(r"[a-z][\w-]*\s+\S", value):
        return None  # "2 rows with status Active": a column's value, not a text anywhere in the row
    match, n = _quantified(m.group("q"), n)
    return Intent(A.EXPECT_COUNT, target=model.Target(text="row", role_hint="row", says=value), value=str(n), match=match)


_TIMES = r"(?P<times>once|twice|thrice|(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+times?)"
_TEXT_WORDS = r"(?:(?:the\s+)?(?:error|text|message|label|word|warning|words|phrase|validation\s+message)\s+)?"


@book("How many times a text is shown", A.EXPECT_COUNT,
      ('Verify "TEXT" is shown N times | once | twice', 'Verify "Required" is shown 2 times'),
      ('Verify "TEXT" appears N times | once | twice', 'Verify "Required" appears twice'),
      ('Verify the error | text | message "TEXT" is shown N times', 'Verify the error "Required" is shown 3 times'))
@rule(ASSERT + _TEXT_WORDS + phrases.quoted("name") + r"\s+(?:is|are)\s+(?:shown|displayed|visible|present|listed)\s+"
      + _Q + _TIMES + r"(?:\s+on\s+the\s+page)?$")
@rule(ASSERT + _TEXT_WORDS + phrases.quoted("name") + r"\s+(?:appears|shows\s+up|occurs)\s+" + _Q + _TIMES + r"(?:\s+on\s+the\s+page)?$")
def _count_text(m: re.Match[str]) -> Intent | None:
    times = m.group("times").lower()
    n = {"once": 1, "twice": 2, "thrice": 3}.get(times) or phrases.number(m.group("n"))
    if n is None:
        return None
    match, n = _quantified(m.group("q"), n)
    target = model.Target(text=value_of(m, "name"), exact=True, descriptor=model.SHOWN_TEXT)
    return Intent(A.EXPECT_COUNT, target=target, value=str(n), match=match)
