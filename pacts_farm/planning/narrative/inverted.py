"""Checks said the other way round or short: "Must be shown "X" on top of page", "Under Mobile App is written "4
tasks"", "Expect "X" in the header", "CodingGuidelines come before DevelopmentProcess"."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import QUOTED, QUOTED_NAME, in_quotes, names_said

# where a text is, said after it: a part of the page the rules read ("in the header", "on top of page")
_REGION = r"(?:header|footer|sidebar|side\s+bar|navigation|nav\s*bar|top\s+bar|menu|main\s+menu|title\s+bar|breadcrumbs?|toolbar)"
_TOP_OF_PAGE = r"(?:on|at)\s+(?:the\s+)?top\s+of\s+(?:the\s+)?(?:page|screen)"  # "on top of page", "at the top of the screen"
_ON_TOP = re.compile(r"(?i)^\s*" + _TOP_OF_PAGE + "$")
_ANYWHERE = re.compile(r"(?i)^\s*(?:in|on)\s+the\s+(?:page|screen)$")


def _where(said: str) -> str | None:
    """' on top of page' -> ' at the top of the page'; ' in the page' -> '' (the page is everywhere); None: unknown."""
    if not said:
        return ""
    if _ON_TOP.match(said):
        return " at the top of the page"
    if _ANYWHERE.match(said):
        return ""
    region = re.fullmatch(r"(?i)\s*(?:in|on|at)\s+the\s+(?P<region>" + _REGION + r")", said)
    return f" in the {region['region'].lower()}" if region else None


@retelling("A text that must be shown, said verb first", 'Now must be shown "logged in as mallory" on top of page', (A.EXPECT_VISIBLE,),
           r"^(?:it\s+|there\s+)?(?:must|should)\s+be\s+(?P<how>shown|visible|displayed|listed|seen)\s+(?P<what>.+?)"
           r"(?P<where>\s+" + _TOP_OF_PAGE + r"|\s+(?:in|on|at)\s+the\s+(?:page|screen|" + _REGION + r"))?$")
def _must_be_shown(said: Said) -> list[Retold]:
    where = _where(said["where"])
    if where is None:
        return []
    what = said["what"]
    names = names_said(re.sub(r"(?i)^the\s+[a-z]+s\s+", "", what)) if re.match(r"(?i)the\s+[a-z]+s\s", what) else []
    if len(names) > 1:  # "Must be listed the pages A, B and C": each of them
        return [tuple(f'Verify "{n}" is listed{where}' for n in names)]
    return [(f"Verify {what} is shown{where}",)]


@retelling("What must be seen, the person left out", 'Must see a section "Milestones" in the page', (A.EXPECT_VISIBLE,),
           r"^(?:(?:i|we|you)\s+)?(?:must|should|can)\s+see\s+(?P<what>.+?)(?P<where>\s+" + _TOP_OF_PAGE
           + r"|\s+(?:in|on|at)\s+the\s+(?:page|screen|" + _REGION + r"))?$")
def _must_see(said: Said) -> list[Retold]:
    where = _where(said["where"])
    if where is None or not QUOTED.search(said["what"]):
        return []  # "I must see again the list with …": no text or name said to look for
    if where:
        return [(f"Verify {said['what']} is shown{where}",)]
    return [(f"I should see {said['what']}",)]


@retelling("A text expected in a part of the page", 'Expect "logged in as Alice Johnson" in the header', (A.EXPECT_VISIBLE,),
           r"^(?:(?:expect|see)\s+)?(?P<value>" + QUOTED_NAME + r")\s+(?P<where>(?:in|on|at)\s+the\s+" + _REGION + r"|" + _TOP_OF_PAGE + r")$")
def _expected_in(said: Said) -> list[Retold]:
    where = _where(" " + said["where"])
    return [(f"Verify {said['value']} is shown{where}",)] if where else []


@retelling("There is the control", "Check there is the Logout button", (A.EXPECT_VISIBLE,),
           r"^there\s+is\s+the\s+(?P<control>.+?\s+(?:button|link|tab|icon|field|checkbox|menu|dropdown))$")
def _there_is_the(said: Said) -> list[Retold]:
    return [(f"Verify there is a {said['control']}",)]


@retelling("One name before another, unquoted", "CodingGuidelines come before DevelopmentProcess in the list", (A.EXPECT_ORDER,),
           r"^(?P<first>[^\s\"“]+(?:\s+[^\s\"“]+){0,3}?|" + QUOTED_NAME + r")\s+(?:comes?|appears?|is|are|shows?\s+up)\s+(?P<where>before|after|above|below)\s+"
           r"(?P<second>[^\s\"“]+(?:\s+[^\s\"“]+){0,3}?|" + QUOTED_NAME + r")(?:\s+in\s+the\s+(?:list|table|menu|results|index|sidebar))?$")
@retelling("One quoted name above another, no verb", 'Expect "Checkout total rounds VAT" above "Export to CSV drops the last row"', (A.EXPECT_ORDER,),
           r"^(?P<first>" + QUOTED_NAME + r")\s+(?P<where>before|after|above|below)\s+(?P<second>" + QUOTED_NAME + r")"
           r"(?:\s+in\s+the\s+(?:list|table|menu|results|index|sidebar))?$")
def _one_before_another(said: Said) -> list[Retold]:
    first, second = said["first"], said["second"]
    if any(re.match(r"(?i)(?:the|a|an|it|this|that|they)\b", name) for name in (first, second)):
        return []  # "the menu is above the footer": parts of the page, not names listed
    return [(f"Verify {in_quotes(phrases.strip_quotes(first))} is listed {said['where'].lower()} {in_quotes(phrases.strip_quotes(second))}",)]


@retelling("The Nth item, who it is from and what it says", 'The second comment is from Alice Martin: "Please check keyboard navigation too"',
           (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<nth>" + phrases.ORDINAL_WORDS + r")\s+(?P<noun>[a-z][\w-]*)\s+is\s+(?:from|by|written\s+by|posted\s+by)\s+"
           r"(?P<who>" + QUOTED_NAME + r"|[\w.@-]+(?:\s+(?-i:[A-Z])[\w.-]*){0,2})\s*[:,–—-]\s*(?:saying\s+|reading\s+)?(?P<says>" + QUOTED_NAME + r")$")
def _nth_from_saying(said: Said) -> list[Retold]:
    return _nth_shows(said, in_quotes(phrases.strip_quotes(said["who"])), said["says"])


def _nth_shows(said: Said, *values: str) -> list[Retold]:
    """Each value (as written, quoted) shown by the Nth item of the kind the sentence names."""
    return [tuple(f"Verify the {said['nth'].lower()} {said['noun']} shows {value}" for value in values)]


@retelling("What is written under a heading", 'Under Mobile App is written "4 tasks"', (A.EXPECT_VISIBLE,),
           r"^under\s+(?P<part>" + QUOTED_NAME + r"|(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3})\s*,?\s+"
           r"(?:is\s+(?:written|shown|displayed)|it\s+(?:says|reads)|(?:is|there\s+is)\s+the\s+text)\s+(?P<value>" + QUOTED_NAME + r")$")
def _written_under(said: Said) -> list[Retold]:
    return [(f'Verify the {in_quotes(phrases.strip_quotes(said["part"]))} section shows {said["value"]}',)]


@retelling("A page part showing a named item in a column", 'Verify the board shows the task "Add dark mode toggle" in the Backlog column', (A.EXPECT_VISIBLE,),
           r"^the\s+(?:board|page|list|table|screen|dashboard)\s+(?:shows|lists|has|contains)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?P<name>" + QUOTED_NAME + r")\s+"
           r"(?:in|under)\s+the\s+(?P<part>" + QUOTED_NAME + r"|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,3}?)\s+(?:column|list|lane|swimlane|section|group)$")
def _item_in_column(said: Said) -> list[Retold]:
    if not QUOTED.fullmatch(said["name"]):
        return []
    return [(f'Verify {said["name"]} is listed under {in_quotes(phrases.strip_quotes(said["part"]))}',)]


@retelling("The Nth item by its number and its title", 'The first row is #1 "Login page shows a blank screen in Safari 17"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?P<nth>" + phrases.ORDINAL_WORDS + r")\s+(?P<noun>[a-z][\w-]*)\s+is\s+(?:(?:ticket|issue|task|bug|item|order|card)\s+)?(?P<number>#\d+|(?-i:[A-Z]+)-\d+|(?<=\s)\d+)\s*[,:–—-]?\s+(?P<title>" + QUOTED_NAME + r")$")
def _nth_numbered(said: Said) -> list[Retold]:
    return _nth_shows(said, f'"{said["number"]}"', said["title"])


@retelling("The first and the last, said short", 'first result "Sign new lease", last "Audit current site analytics"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:the\s+)?(?P<o1>first|second|third|last)(?:\s+(?P<noun>(?!(?:is|are|was|shows|reads|says|has)\b)(?-i:[a-z])[\w-]*))?\s*(?:[:=]\s*|\s+is\s+)?(?P<v1>" + QUOTED_NAME + r")"
           r"(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<o2>second|third|last)(?:\s+(?:one|(?P=noun)))?\s*(?:[:=]\s*|\s+is\s+)?(?P<v2>" + QUOTED_NAME + r"))?$")
def _first_and_last_short(said: Said) -> list[Retold]:
    """'first one "A", last one "B"': "one" is one of the things counted or listed before ("8 reports listed …")."""
    noun = said["noun"] if said.has("noun") else "one"  # "the first is "A"": one of those before
    if noun.lower() == "one":
        if not said.subject:
            return []
        noun = said.subject
    noun = phrases.singular(noun)
    told = [f"Verify the {said['o1'].lower()} {noun} is {said['v1']}"]
    if said.has("v2"):
        told.append(f"Verify the {said['o2'].lower()} {noun} is {said['v2']}")
    return [tuple(told)]


@retelling("A dialog confirmed with its button", 'Confirm the dialog "Close a task" with Yes', (A.CLICK,),
           r"^confirm\s+(?:the|this|that)\s+(?:dialog|modal|popup|pop-up|prompt|confirmation)(?:\s+(?P<title>" + QUOTED_NAME + r"))?\s+"
           r"(?:with|by\s+clicking|using)\s+(?:the\s+)?(?P<button>" + QUOTED_NAME + r"|(?-i:[A-Z])[\w']*(?:\s+(?-i:[A-Z])[\w']*){0,2})(?:\s+button)?$")
def _dialog_confirmed_with(said: Said) -> list[Retold]:
    return [(f"Click {in_quotes(phrases.strip_quotes(said['button']))} in the dialog",)]


@retelling("A part showing a text and who wrote it", 'Verify the Comments section shows "Great work, everyone!" by Bob Chen', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^the\s+(?P<part>" + QUOTED_NAME + r"|(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3})\s+(?:section|panel|tab|list|box)\s+(?:shows|lists|has|contains)\s+"
           r"(?P<text>" + QUOTED_NAME + r")\s+(?:by|from)\s+(?P<who>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2}|[\w.@-]+)$")
def _part_shows_by(said: Said) -> list[Retold]:
    """Both in that part (which of its entries says both is not checked: the text and its author, each there)."""
    part = in_quotes(phrases.strip_quotes(said["part"]))
    return [(f"Verify {said['text']} is listed under {part}", f'Verify "{said["who"]}" is listed under {part}')]
