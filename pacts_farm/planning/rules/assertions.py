"""Assertions on the URL, the title, text on the page and one element's text or visibility; values quoted
or, where the sentence leaves no doubt, bare ("Verify URL contains /cart.html", "Verify the badge shows 1")."""

from __future__ import annotations

import dataclasses
import re

from pacts_farm import model
from pacts_farm.finding import fields
from pacts_farm.planning import phrases
from pacts_farm.planning.rules import contents
from pacts_farm.planning.rules.registry import (
    ASSERT, LABEL_NOUN, NAME_WITH_FACT, SHOWS, STATE_WORDS, TEXT, VALUE, VISIBLE, A, Intent, Refused, book, rule, target_from, unquoted, value_of,
)

_URL_OPS = {
    "contains": model.Match.CONTAINS, "includes": model.Match.CONTAINS, "has": model.Match.CONTAINS,
    "ends with": model.Match.ENDS_WITH, "is": model.Match.EQUALS, "equals": model.Match.EQUALS,
    "is equal to": model.Match.EQUALS, "matches": model.Match.EQUALS, "should be": model.Match.EQUALS,
    "should contain": model.Match.CONTAINS, "should end with": model.Match.ENDS_WITH,
}
_URL_OP = r"(?P<op>contains|includes|has|ends with|is equal to|is|equals|matches|should be|should contain|should end with)"
_URL_WORD = r"(?:the\s+)?(?:(?:page|current|browser|site)\s+)?(?:url|address|location|path)(?:\s+bar)?"  # "the address bar contains …"


@book("The URL", A.EXPECT_URL,
      ('Verify the URL contains | is | ends with VALUE', 'Verify URL contains /cart.html'),
      ('Verify the URL ends with "VALUE"', 'Verify the URL ends with "/inventory.html"'),
      ('The URL should contain | be | end with VALUE', 'The URL should contain /cart.html'))
@rule(ASSERT + _URL_WORD + r"\s+" + _URL_OP + r"\s+" + TEXT + "$")
@rule(ASSERT + _URL_WORD + r"\s+" + _URL_OP + r"\s+(?P<text>\S+)$")
@rule(r"^" + _URL_WORD + r"\s+" + _URL_OP + r"\s+(?:" + TEXT + r"|(?P<text>\S+))$")
def _expect_url(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_URL, value=value_of(m, "text"), match=_URL_OPS[m.group("op").lower()])


@book("A URL that must have changed", A.EXPECT_URL,
      ('Verify the URL does not contain | no longer contains VALUE', 'Verify the URL does not contain /login'))
@rule(ASSERT + _URL_WORD + r"\s+(?:does\s+not|doesn't|no\s+longer|should\s+not|shouldn't)\s+(?:contains?|includes?|have|has)\s+(?:" + TEXT + r"|(?P<text>[^\s\"“”]+))$")
def _url_not(m: re.Match[str]) -> Intent:
    """'Verify the URL does not contain /signin': the page has left the sign-in address (Playwright's not_to_have_url)."""
    return Intent(A.EXPECT_URL, value=value_of(m, "text"), match=model.Match.NOT_CONTAINS)


@book("Other negative URL checks", None,
      ('Verify the URL does not end with | is not …', 'Verify the URL does not end with /inventory'))
@rule(ASSERT + _URL_WORD + r"\s+(?:does\s+not|doesn't|no\s+longer|should\s+not|shouldn't|is\s+not|isn't)\b.*$")
def _url_not_other(m: re.Match[str]) -> Intent | None:
    raise Refused('of a URL only "does not contain" can be checked: Verify the URL does not contain "/login"')


_ON_PAGE = (r"(?:(?:(?:i|we|you|the\s+user|user|the\s+browser|they|he|she)\s+(?:am|are|is|should\s+be|will\s+be|must\s+be|gets?)"
            r"|it)\s+)?")


@book("On a page by its address", A.EXPECT_URL,
      ('Verify the user is redirected to | is on URL (the URL contains it)', 'Verify the user is redirected to /inventory.html'),
      ('Verify the page redirects to | navigates to URL', 'Verify the page redirects to /inventory.html'),
      ('Verify I am taken to HOST (a site\'s name, the URL contains it)', 'Verify the browser is taken to docs.google.com'))
@rule(ASSERT + _ON_PAGE + r"(?:now\s+)?(?:(?:redirected|taken|navigated|sent|brought|moved|forwarded)\s+to|on|at)\s+(?:the\s+)?(?:page\s+)?(?:" + TEXT + r"|(?P<text>(?:https?://|/)\S*))(?:\s+page)?$")
@rule(ASSERT + _ON_PAGE + r"(?:now\s+)?(?:redirected|taken|navigated|sent|brought|forwarded)\s+to\s+(?P<text>(?-i:[a-z0-9-]+)(?:\.(?-i:[a-z0-9-]+))*\.(?-i:[a-z]{2,})(?:/\S*)?)$")
@rule(ASSERT + r"(?:the\s+)?(?:page|browser|app)\s+(?:navigates|redirects|goes|went|moves|is redirected)\s+to\s+(?:" + TEXT + r"|(?P<text>(?:https?://|/)\S*))$")
def _on_url(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_URL, value=value_of(m, "text"), match=model.Match.CONTAINS)


@book("On a page by its name", A.EXPECT_PAGE,
      ('Verify I am on the NAME page (its heading or title says NAME, or the URL path has its words)', 'Verify I am on the Today page'),
      ('Verify the NAME page is displayed', 'Verify the Settings page is displayed'),
      ('Verify the NAME page opens | loads (with that title)', 'Verify the Deployment Runbook page opens'),
      ('Verify I am redirected to the NAME (one or two words, no page said)', 'Verify I am redirected to the dashboard'),
      ('Verify I am on the NAME (one word, no page said)', 'Verify I am on the dashboard'),
      ('Verify I land | end up on the NAME page', 'Verify I end up on the Settings page'))
@rule(ASSERT + _ON_PAGE + r"(?:now\s+)?(?:(?:redirected|taken|navigated|sent|brought|moved|forwarded)\s+to|on|at)\s+(?:the\s+)?(?P<name>[\w' -]+?)\s+(?:page|screen)$")
@rule(ASSERT + r"(?:the\s+)?(?!(?:a|an|some|another|that)\s)(?P<name>[\w' -]+?)\s+(?:page|screen)\s+(?:(?:is|was)\s+(?:now\s+)?(?:displayed|shown|visible|loaded|opened|open|reached)|opens|loads|appears)"
      r"(?:\s+with\s+(?:that|this|the\s+same)\s+(?:title|heading|name))?$")
@rule(ASSERT + _ON_PAGE + r"(?:now\s+)?(?:redirected|taken|navigated|sent|brought|forwarded)\s+(?:back\s+)?to\s+(?:the\s+|my\s+)?(?!.*\b(?:page|screen)$)(?P<name>[\w-]+(?:\s+[\w-]+)?)$")
@rule(ASSERT + _ON_PAGE + r"(?:now\s+|still\s+|back\s+)?(?:on|at)\s+(?:the\s+|my\s+)(?P<name>(?!page$|screen$)[\w-]+)$")
@rule(ASSERT + r"(?:i|we|you|the\s+user|user|they|he|she)\s+(?:lands?|landed|ends?\s+up|arrives?)\s+(?:back\s+)?(?:on|at)\s+(?:the\s+|my\s+)"
      r"(?P<name>(?!page$|screen$)[\w-]+|[\w' -]+?\s+(?:page|screen))$")
def _on_named_page(m: re.Match[str]) -> Intent | None:
    name = re.sub(r"(?i)\s+(?:page|screen)$", "", m.group("name"))
    if re.fullmatch(r"(?i)home|start|landing", name):  # "I land on the home page": the suite's own address, nothing else
        return Intent(A.EXPECT_URL, home=True, match=model.Match.EQUALS)
    if _NO_PAGE_NAME.match(name):
        said = "this page" if name.lower() in ("the", "a", "an") else f"the {name} page"
        raise Refused(f"what shows that this is {said}? Say it: Verify the URL contains /… or Verify the page shows \"…\" (its heading)")
    return Intent(A.EXPECT_PAGE, value=name)


# pages named by where they are, not by what they are called: nothing on them says the word
_NO_PAGE_NAME = re.compile(r"(?i)^(?:(?:a|an|the)\s+)?(?:the|a|an|same|next|previous|last|first|current|this|that|new|other|right|correct|"
                           r"expected|home|start|main|landing|front|index|original|initial|old|\d+(?:st|nd|rd|th)?)$")


_TITLE_CASED = re.compile(r"[A-Z]\w*\s+(?:[A-Z]|[|\-–—:·]\s)")  # "Not Found | Makers": words a title has, not a state
_TITLE_WORD = r"(?:the\s+)?(?:(?:page|browser|tab|window|document|html)(?:'s)?\s+)?title"


@book("The page title", A.EXPECT_TITLE,
      ('Verify the title is VALUE (the whole title)', 'Verify the title is Swag Labs'),
      ('Verify the title contains "VALUE"', 'Verify the title contains "Shop"'),
      ('Verify the title is \'VALUE\' (single quotes around a value with double quotes in it)', 'Verify the title is \'"crash" | Search\''),
      ('Verify the title starts with "VALUE"', 'Verify the title starts with "DOWN"'),
      ('Verify the page has title "VALUE"', 'Verify the page has title "Checkout"'),
      ('The page title should be | contain VALUE', 'The page title should be Swag Labs'))
@rule(ASSERT + _TITLE_WORD + r"\s+(?P<op>contains|includes|is|equals|is equal to|reads|should be|should contain|starts with|begins with|ends with)\s+" + TEXT + "$")
@rule(ASSERT + _TITLE_WORD + r"\s+(?P<op>contains|includes|is|equals|is equal to|reads|should be|should contain|starts with|begins with|ends with)\s+(?P<text>[^\"“”]+)$")
@rule(ASSERT + _TITLE_WORD + r"\s+(?P<op>contains|includes|is|equals|is equal to|reads|should be|should contain|starts with|begins with)\s+'(?P<text>.*[\"“”].*)'$")
@rule(ASSERT + r"(?:the\s+)?(?:page|document|browser\s+tab|tab|window)\s+(?P<op>has)\s+(?:the\s+|a\s+)?title\s+(?:of\s+)?" + TEXT + "$")
@rule(r"^" + _TITLE_WORD + r"\s+(?P<op>should be|should contain|should equal|should read)\s+(?:" + TEXT + r"|(?P<text>[^\"“”]+))$")
def _expect_title(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "text")
    if not phrases.was_quoted(m, "text") and STATE_WORDS.match(value) and not _TITLE_CASED.match(value):
        return None  # "the title is visible": an element ("Not Found | Makers" is a title)
    op = m.group("op").lower()
    if op in ("starts with", "begins with"):
        return Intent(A.EXPECT_TITLE, value=value, match=model.Match.STARTS_WITH)
    if op == "ends with":
        return Intent(A.EXPECT_TITLE, value=value, match=model.Match.ENDS_WITH)
    contains = op in ("contains", "includes", "should contain")  # the rest: the whole title
    return Intent(A.EXPECT_TITLE, value=value, match=model.Match.CONTAINS if contains else model.Match.EQUALS)


# --- text on the page ---

_SHOWS_NO_MORE = r"(?:(?:does not|doesn't|no longer)\s+(?:show|display|contain|include|have)|no longer\s+(?:shows|displays|contains|includes|has))"


@book("Text that must not be shown", A.EXPECT_HIDDEN,
      ('Verify "TEXT" is not visible', 'Verify "Hammer" is not visible'),
      ('Verify the page does not show "TEXT"', 'Verify the page does not show "Error"'),
      ('Verify the page does not show TEXT', 'Verify the page does not show Products'),
      ('Verify the page no longer shows "TEXT"', 'Verify the page no longer shows "Draft saved"'),
      ('Verify "TEXT" disappears | is gone | does not appear', 'Ensure "Loading" disappears'),
      ('Verify there is no "TEXT" message', 'Verify there is no "Error" message'),
      ('Verify NAME is not shown anywhere (on the page)', 'Verify Mobile App is not shown anywhere on the page'))
@rule(ASSERT + r"(?:the\s+)?(?:page|screen|it)\s+" + _SHOWS_NO_MORE + r"(?:\s+(?:the\s+)?text)?\s+" + TEXT + "$")
@rule(ASSERT + r"(?:the\s+)?(?:text\s+)?" + TEXT + r"\s+(?:is not|isn't|are not|aren't|is no longer)\s+" + VISIBLE + "$")
@rule(ASSERT + r"(?:the\s+)?(?:text\s+)?(?:" + TEXT + r"|(?P<text>[^\"“”\s][^\"“”]*?))\s+(?:is not|isn't|are not|aren't)\s+(?:shown|visible|displayed|listed)\s+anywhere(?:\s+on\s+the\s+page)?$")
@rule(ASSERT + r"(?:the\s+)?(?:text\s+)?" + TEXT + r"\s+(?:disappears|is gone|is hidden|vanishes|goes away|(?:does not|doesn't|do not|don't) (?:appear|show))$")
@rule(ASSERT + r"(?:there is\s+)?no\s+" + TEXT + r"(?:\s+(?:text|message|tile|card|entry|item|option|section|heading|label|tab))?(?:\s+" + VISIBLE + ")?$")
@rule(ASSERT + r"(?:the\s+)?(?:page|screen)\s+" + _SHOWS_NO_MORE + r"\s+(?:the\s+text\s+|text\s+)?(?P<text>[^\"“”\s][^\"“”]*)$")
def _expect_text_hidden(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_HIDDEN, value=value_of(m, "text"))


@book("Text on the page", A.EXPECT_VISIBLE,
      ('Verify the page shows | contains "TEXT"', 'Verify the page shows "Products"'),
      ('Verify "TEXT" is visible | displayed | shown', 'Verify "Products" is visible'),
      ('Verify "TEXT" appears', 'Check that "Welcome" appears'),
      ('Verify I can see "TEXT"', 'Ensure I can see "Logged in"'),
      ('The page should show "TEXT"', 'The page should show "Thank you"'),
      ('I should see "TEXT"', 'I should see "Done"'),
      ('Verify the text TEXT is visible', 'Verify the text Thank you is visible'))
@rule(ASSERT + r"(?:the\s+)?(?:page|screen|it)\s+" + SHOWS + r"\s+" + TEXT + "$")
@rule(ASSERT + r"(?:the\s+)?(?:text\s+)?" + TEXT + r"\s+(?:is|are)\s+" + VISIBLE + "$")
@rule(ASSERT + r"(?:the\s+)?(?:text\s+)?" + TEXT + r"\s+(?:appears|is on the page|shows up|is there)$")
@rule(ASSERT + r"(?:i\s+)?(?:can\s+)?see\s+" + TEXT + "$")
@rule(r"^(?:the\s+)?(?:page|screen)\s+should\s+(?:show|display|contain)\s+" + TEXT + "$")
@rule(r"^(?:i\s+|you\s+|we\s+)?(?:should\s+)?see\s+" + TEXT + "$")
@rule(ASSERT + r"(?:the\s+)?text\s+(?P<text>[^\"“”]+?)\s+(?:is|are)\s+" + VISIBLE + "$")
def _expect_text_visible(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "text")
    if not phrases.was_quoted(m, "text") and re.fullmatch(r"(?i)(?:tab|button|link|field|box|area|menu|checkbox|column)", value):
        return None  # "The Text tab is shown": the tab called Text, never the word "tab"
    return Intent(A.EXPECT_VISIBLE, value=value)


@book("Text on a page you name", A.EXPECT_VISIBLE,
      ('Verify the NAME page shows "TEXT" (which page it is, a URL check says)', 'Verify the product details page shows "Backpack"'))
@rule(ASSERT + r"(?:the\s+)?(?:[\w-]+\s+){1,3}(?:page|screen)\s+" + SHOWS + r"\s+" + TEXT + "$")
def _named_page_text(m: re.Match[str]) -> Intent:
    """'the product details page shows "Backpack"': text on the page (which page it is, the URL step says)."""
    return Intent(A.EXPECT_VISIBLE, value=value_of(m, "text"))


@book("Text or an element, unquoted", A.EXPECT_VISIBLE,
      ('Verify the page shows TEXT (text) | the NAME ROLE (an element)', 'Verify the page shows Products'),
      ('The page should show TEXT', 'The page should show Thank you'),
      ('Verify I can see TARGET', 'Verify I can see the Logout link'),
      ('I should see TARGET', 'I should see the Products heading'))
@rule(ASSERT + r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:page|screen|dashboard))\s+(?:shows?|displays?|contains?|includes?|has)\s+(?P<what>[^\"“”].*)$")
@rule(ASSERT + r"(?:i\s+|you\s+|we\s+)?(?:can\s+)?see\s+(?P<what>[^\"“”].*)$")
@rule(r"^(?:the\s+)?(?:page|screen)\s+should\s+(?:show|display|contain)\s+(?P<what>[^\"“”].*)$")
@rule(r"^(?:i\s+|you\s+|we\s+)?(?:should\s+)?see\s+(?P<what>[^\"“”].*)$")
def _expect_visible_bare(m: re.Match[str]) -> Intent | None:
    """'the page shows Products': text; 'the page shows the Products heading' (an article): an element."""
    what = m.group("what").strip()
    if re.fullmatch(r"(?i)(?:an?|the)\s+\S+\s+and\s+(?:an?|the)\s+\S+\s+(?:button|link|icon)s?", what):
        return None  # "… has a Recheck and an Edit button": two controls of an item (narrative), not one text
    if _NAMED_PARTS.fullmatch(what):
        return None  # "the page has Profile, Import and About sections": each part (narrative), not one text
    if _NAMES_LISTED.fullmatch(what):
        return None  # "I see Apple Pie, Beef Bourguignon and French Onion Soup": each name (narrative), not one text
    if _COUNTED.fullmatch(what):
        return None  # "I see exactly four recipes": a count (lists.py), never the words themselves
    text = re.match(r"(?:the\s+)?text\s+(?P<t>.+)$", what, re.IGNORECASE)
    if text:
        return Intent(A.EXPECT_VISIBLE, value=phrases.strip_quotes(text.group("t")))
    if phrases.ARTICLES.match(what):
        return Intent(A.EXPECT_VISIBLE, target=phrases.parse_target(what))
    return Intent(A.EXPECT_VISIBLE, value=phrases.strip_quotes(what))


_NAMES_LISTED = re.compile(r"(?-i:[A-Z])[^,\"“”]*(?:,\s*(?-i:[A-Z])[^,\"“”]*)+,?\s+and\s+(?-i:[A-Z])[^,\"“”]*")
_COUNT_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTED = re.compile(r"(?:(?:exactly|only|just|at\s+least|at\s+most)\s+)?" + _COUNT_NUMBER + r"\s+[a-z]+s", re.IGNORECASE)
_NAMED_PARTS = re.compile(r"[^\"“”]+?(?:,|\s+and\s+)[^\"“”]+?\s+(?:sections|tabs|buttons|links|fields|columns|headings|checkboxes|panels)"
                          r"|the\s+(?:tags|buttons|links|tabs|headings|columns|fields|checkboxes|counters|badges|labels)\s+.+(?:,|\s+and\s+).+",
                          re.IGNORECASE)


# --- one element ---


@book("A message saying something", A.EXPECT_TEXT,
      ('Verify the error | success | warning | info message "TEXT" is visible', 'Verify the error message "Username is required" is visible'))
@rule(ASSERT + r"(?:an?\s+|the\s+)?(?P<kind>error|success|confirmation|warning|info|validation)(?:\s+message)?\s+(?:saying|that says|which says|reading|with(?:\s+the)?\s+text|:)?\s*" + unquoted("value") + r"\s+(?:is|are)\s+(?:shown|displayed|visible|present)$")
def _message_saying(m: re.Match[str]) -> Intent | None:
    """'an error message Epic sadface: … is displayed': the error box shows that text."""
    if value_of(m, "value").lower() in ("message", "messages", "box", "text", "banner", "alert", "notification"):
        return None  # "the error message is visible": the element itself
    if not phrases.was_quoted(m, "value") and re.match(r"(?i)(?:is|are|was|were|has|should|must|will)\b", value_of(m, "value")):
        return None  # "the error message is shown and the form is still there": two statements, no text said
    kind = m.group("kind").lower()
    descriptor = "error" if kind in ("error", "validation") else "message"
    return Intent(A.EXPECT_TEXT, target=model.Target(text=f"{kind} message", descriptor=descriptor), value=value_of(m, "value"))


@book("The page heading", A.EXPECT_VISIBLE,
      ('Verify the page heading is TEXT (a heading with that name is visible)', 'Verify the page heading is Products'))
@rule(ASSERT + r"(?:the\s+)?(?:page|main|top|first|section)?\s*heading\s+(?:is|says|reads|shows|displays|equals)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){1,3}page\s+heading\s+(?:is|says|reads|shows|displays|equals)\s+" + unquoted("value") + r"$")
def _heading_is(m: re.Match[str]) -> Intent:
    """'the page heading is Products', 'the wiki start page heading is X': a heading named so is visible."""
    return Intent(A.EXPECT_VISIBLE, target=model.Target(text=value_of(m, "value"), role_hint="heading", exact=phrases.was_quoted(m, "value")))


@book("A field of the Nth item", A.EXPECT_TEXT,
      ('Verify the FIELD of the POSITION NOUN is VALUE (FIELD: name, title, price, date, rating, total, quantity, status…)', 'Verify the price of the first product is $29.99'))
@rule(ASSERT + r"(?:the\s+)?(?P<field>" + fields.alternation() + r")\s+of\s+(?P<item>(?:the\s+)?" + phrases.ORDINAL_WORDS + r"\s+.+?)\s+(?:is|shows|reads|says|equals)\s+" + unquoted("value") + r"$")
def _field_of_positioned(m: re.Match[str]) -> Intent | None:
    """'the price of the first product is $29.99' -> the first product's price shows $29.99."""
    where = phrases.positioned(m.group("item"))
    if where is None or not where[1]:
        return None
    target = phrases.parse_target(f"{where[1]} {m.group('field')}")
    target = model.Target(text=target.text, role_hint=target.role_hint, scope=target.scope, position=where[0],
                          region=target.region, descriptor=target.descriptor)
    return Intent(A.EXPECT_TEXT, target=target, value=value_of(m, "value"))

_AT_ITS_EDGE = r"(?:\s+(?:at|on)\s+the\s+(?:top|bottom)(?:\s+of\s+the\s+(?:page|screen))?)?"  # "the breadcrumb at the top shows …"
_REGION_WORDS = r"(?P<region>header|page header|footer|page footer|sidebar|side bar|side menu|side nav(?:igation)?|sidenav|left (?:menu|nav(?:igation)?)|nav ?bar|navigation(?: bar)?|menu bar|top bar|dialog|modal(?: dialog)?|popup|drawer|breadcrumbs?)"


@book("Text in a part of the page", A.EXPECT_VISIBLE,
      ('Verify the header | footer | sidebar | navigation | dialog shows "TEXT"', 'Verify the sidebar shows "Ada L"'),
      ('Verify the REGION contains TEXT', 'Verify the footer contains 2026 Sauce Labs'),
      ('Verify the REGION shows A, B and C (each of them)', 'Verify the sidebar shows Dashboard, Discussions and Users'),
      ('The REGION should show "TEXT"', 'The footer should show "Terms of Service"'))
@rule(ASSERT + r"(?:the\s+)?" + _REGION_WORDS + _AT_ITS_EDGE + r"\s+" + SHOWS + r"\s+" + TEXT + "$")
@rule(ASSERT + r"(?:the\s+)?" + _REGION_WORDS + _AT_ITS_EDGE + r"\s+" + SHOWS + r"\s+(?P<text>[^\"“”\s][^\"“”]*)$")
@rule(r"^(?:the\s+)?" + _REGION_WORDS + r"\s+should\s+(?:show|display|contain|list|say|read)\s+(?:" + TEXT + r"|(?P<text>[^\"“”\s][^\"“”]*))$")
def _region_shows(m: re.Match[str]) -> Intent | None:
    """'the sidebar shows "Ted P"': that text, in that part of the page (not an element called "sidebar")."""
    value = value_of(m, "text")
    if not phrases.was_quoted(m, "text") and (STATE_WORDS.match(value) or _A_CONTROL.match(value)):
        return None  # "the sidebar has a Dashboard link": a control (_has_control), not the text "a Dashboard link"
    region = phrases.parse_target(f"X in the {m.group('region')}").region
    if region is None:
        return None
    if not phrases.was_quoted(m, "text"):
        value = re.sub(r"\s+(?:again|now|still|too|as\s+well)$", "", value, flags=re.IGNORECASE)  # words that only say when
    trail = phrases.TRAIL_STEP.split(value)
    if region == "breadcrumb" and len(trail) > 1:  # "Forum / Bug Reports / New Topic": its links, in that order
        return Intent(A.EXPECT_ORDER, target=model.Target(text="item", region=region), value="\n".join(trail), match=model.Match.SEQUENCE)
    # a sidebar or a navigation lists its entries: "the sidebar shows Dashboard and Discussions" is two of them
    values = [value] if phrases.was_quoted(m, "text") else listed(value, listing=region in ("sidebar", "navigation", "breadcrumb"))
    return Intent(A.EXPECT_VISIBLE, target=model.Target(text=values[0], region=region), also=tuple(values[1:]))


def listed(value: str, *, listing: bool = False) -> list[str]:
    """An unquoted value that lists three or more with commas ("Home, Books, Fiction and Snow Crash"): each one;
    anything else whole ("12 Test Street, London", "Terms and Conditions"), but after a verb that lists ("the
    Members table lists heidi and ivan") two names joined by "and" are two."""
    parts = phrases.split_values(value) if "," in value or listing or _FIGURES.fullmatch(value) else []
    figures = len(parts) == 2 and _FIGURES.fullmatch(value) is not None  # "4 topics and 7 posts": two figures, each shown
    return parts if len(parts) >= 3 or (listing and len(parts) == 2) or figures else [value]


_FIGURES = re.compile(r"\d[\d.,]*\s+[a-z][\w-]*\s+and\s+\d[\d.,]*\s+[a-z][\w-]*", re.IGNORECASE)


# a group a person names by its heading alone: capitalised words, no article, no kind of element
_GROUP_NAME = re.compile(r"(?!(?:The|A|An|My|This|It|Its)\b)(?-i:[A-Z][\w'&-]*)(?:\s+(?-i:[A-Z0-9][\w'&-]*)){0,3}|\"[^\"]+\"|“[^”]+”")
_A_CONTROL = re.compile(r"^(?:an?|the)\s+(?:.+\s+(?:button|link|tab|field|checkbox|icon|menu)"
                        r"|(?:button|link|tab|field|checkbox|icon|menu(?:\s+item)?)\s+(?:called|named|labell?ed|titled|saying|to)\s+.+)$", re.IGNORECASE)
# what "… shows X" says of the whole page; "the details show …" on a record's page: its details are the page
_THE_PAGE = re.compile(r"(?:the\s+)?(?:page|screen|it|details|page\s+details)", re.IGNORECASE)


@book("What a section shows", A.EXPECT_VISIBLE,
      ('Verify the NAME section shows VALUE (shown under the heading NAME; A, B and C: each)',
       'Verify the Locations section shows Hof, Reykjavik and Vik'))
@rule(ASSERT + r"(?:the\s+)?(?P<section>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z][\w'&-]*(?:\s+[A-Z]?[\w'&-]*){0,3}?))\s+(?:section|area|part)\s+"
      r"(?:shows?|lists?|displays?|contains?|includes?|has)\s+(?P<values>" + contents.QUOTED_LIST + r"|[^\"“”\s][^\"“”]*)$")
def _section_shows(m: re.Match[str]) -> Intent | None:
    said = m.group("values").strip()
    if re.match(r"\d+\s+[a-z]", said):
        return None  # "the Blog section lists 6 posts": a count (lists.py)
    values = phrases.split_values(said) if said[:1] in ('"', "“") else listed(said)
    if not values:
        return None
    first = model.Target(text=values[0], exact=said[:1] in ('"', "“"), section=phrases.strip_quotes(m.group("section")))
    return Intent(A.EXPECT_VISIBLE, target=first, also=tuple(values[1:]))


@book("The options a dropdown offers", A.EXPECT_TEXT,
      ('Verify the NAME dropdown has the options A, B and C (each among its options, chosen or not)',
       'Verify the Purpose dropdown has the options Comment, Question and Feedback'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:has|shows|lists|offers|contains|includes)\s+(?:the\s+)?(?:options|choices)\s*:?\s+(?P<values>" + contents.QUOTED_LIST + r"|[^\"“”\s][^\"“”]*)$")
def _dropdown_options(m: re.Match[str]) -> Intent | None:
    values = phrases.split_values(m.group("values")) or [phrases.strip_quotes(m.group("values").strip())]
    target = _options_of(m)
    return Intent(A.EXPECT_TEXT, target=target, value=values[0], also=tuple(values[1:])) if target else None


def _options_of(m: re.Match[str]) -> model.Target | None:
    """The options of the dropdown the sentence names (a combobox or a listbox), or None for another kind of element."""
    target = target_from(m)
    if not target.text or target.role_hint not in (None, "combobox", "listbox"):
        return None
    return dataclasses.replace(target, role_hint=target.role_hint or "combobox", descriptor=model.OPTIONS)


@book("An option a dropdown does not offer", A.EXPECT_TEXT,
      ('Verify the NAME dropdown does not offer | have OPTION', 'Verify the Queue dropdown does not offer Security'))
@rule(ASSERT + r"(?P<target>.+?\s+(?:dropdown|drop-down|select|combobox|picker))\s+(?:does\s+not|doesn't)\s+(?:offer|have|list|contain|include)"
      r"\s+(?:the\s+|an?\s+)?(?:options?\s+|choices?\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|[^\"“”\s][^\"“”]*?)(?:\s+(?:as\s+an\s+)?(?:option|choice))?$")
def _dropdown_lacks(m: re.Match[str]) -> Intent | None:
    target = _options_of(m)
    if target is None or " and " in m.group("value") or "," in m.group("value"):
        return None
    return Intent(A.EXPECT_TEXT, target=target, value=phrases.strip_quotes(m.group("value")), match=model.Match.NOT_CONTAINS)


@book("A terse check of the title", A.EXPECT_TITLE,
      ('Verify title "VALUE" (the whole title)', 'Verify title "Projects"'))
@rule(ASSERT + r"(?:page\s+)?title\s+" + TEXT + r"$")
def _terse_title(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_TITLE, value=value_of(m, "text"), match=model.Match.EQUALS)


@book("A terse check of the URL", A.EXPECT_URL,
      ('Verify URL "VALUE" (the URL contains it)', 'Verify URL "/projects"'))
@rule(ASSERT + r"url\s+" + TEXT + r"$")
def _terse_url(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_URL, value=value_of(m, "text"), match=model.Match.CONTAINS)


@book("A terse check: what kind, then its value", A.EXPECT_VISIBLE,
      ('Verify text | heading | element | button | link "VALUE" (shown; a heading or that control)', 'Verify heading "Projects"'),
      ('Check the question | prompt | caption "TEXT" (words shown, never a box ticked)', 'Check the question "Are you sure?"'),
      ('Expect "TEXT" (a quoted text alone: shown)', 'Expect "Account info saved!"'))
@rule(ASSERT + r"(?:the\s+)?(?P<kind>text|heading|element|button|link|question|prompt|caption|subtitle)\s+" + TEXT
      + r"(?:\s+is\s+(?:present|shown|visible|displayed))?$")
@rule(r"^(?:expect|assert)\s+(?P<kind>)" + TEXT + r"$")  # never "Check "Remember me"": that ticks it
def _terse_check(m: re.Match[str]) -> Intent:
    value, kind = value_of(m, "text"), m.group("kind").lower() or "text"  # 'Expect "Saved"': that text
    if kind in ("question", "prompt", "caption", "subtitle"):  # 'Check the question "Are you sure…?"': words shown
        kind = "text"
    if kind in ("text", "element"):
        return Intent(A.EXPECT_VISIBLE, value=value) if kind == "text" else Intent(A.EXPECT_VISIBLE, target=model.Target(text=value, exact=True))
    return Intent(A.EXPECT_VISIBLE, target=model.Target(text=value, exact=True, role_hint=kind))


@book("A field's error", A.EXPECT_VISIBLE,
      ('Verify the NAME field shows | has the error "TEXT" (that text, by the field: never inside the box you type in)',
       'Verify the Email field shows the error "Enter a valid email address."'))
@rule(ASSERT + r"(?P<field>.+?\s+(?:field|input|box|textbox|dropdown))\s+(?:shows?|displays?|has|gets)\s+(?:the\s+|an?\s+)?"
      r"(?:error|error\s+message|validation\s+(?:error|message)|message|warning|hint)\s+" + TEXT + "$")
def _field_error(m: re.Match[str]) -> Intent | None:
    field = phrases.parse_target(m.group("field"))
    if field.role_hint not in ("textbox", "combobox") or field.scope or field.position is not None:
        return None
    label = f'"{field.text}"' if field.exact else field.text
    shown = phrases.parse_target(f'"{value_of(m, "text")}" under {label}')
    return Intent(A.EXPECT_VISIBLE, target=dataclasses.replace(shown, scope_box="labelled"))  # in the box the label names


@book("Several texts in one element, or a text named by what it is", A.EXPECT_TEXT,
      ('Verify TARGET shows "A" and "B" (one check per value)', 'Verify the Nightly backup row shows "30 days" and "1 hour"'),
      ('Verify TARGET lists "A", "B" and "C"', 'Verify the menu shows "Light", "Dark" and "System"'),
      ('Verify TARGET shows the NOUN "TEXT" (the noun says what the text is)', 'Verify the Disk cleanup row shows the tag "prod"'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:shows?|displays?|contains?|includes?|lists|has)\s+(?P<noun>the\s+(?:[a-z]+\s+){1,2})?(?P<values>" + contents.QUOTED_LIST + r")$")
def _expect_element_texts(m: re.Match[str]) -> Intent | None:
    values = phrases.split_values(m.group("values"))
    if not values or (len(values) == 1 and not m.group("noun")):
        return None  # one quoted value: an element's text (below)
    if _THE_PAGE.fullmatch(m.group("target").strip()):
        return None  # "the page shows …": text on the page
    if m.group("noun") and re.fullmatch(r"the\s+(?:fields|buttons|links|tabs|checkboxes|radio\s+buttons)\s+", m.group("noun")):
        return None  # "the form has the fields A and B": each such control (narrative), never texts of a box said by its kind
    part = re.sub(r"(?i)^(?:the|that)\s+", "", m.group("target").strip()).lower()
    region = phrases.REGIONS.get(part) if "menu" not in part or part == "left menu" else None  # "the menu": one that opened
    if region and not m.group("noun"):  # 'the left menu shows "Devices" and "IPAM"': each, in that part of the page
        return Intent(A.EXPECT_VISIBLE, target=model.Target(text=values[0], exact=True, region=region), also=tuple(values[1:]))
    return Intent(A.EXPECT_TEXT, target=target_from(m), value=values[0], also=tuple(values[1:]))


@book("A value shown as another in a row", A.EXPECT_TEXT,
      ('Verify the TABLE shows "KEY" as "VALUE" (the row for KEY shows VALUE)', 'Verify the team table shows "alice@example.org" as "Owner"'))
@rule(ASSERT + r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:table|list|grid)\s+(?:shows?|lists?)\s+" + phrases.quoted("key") + r"\s+as\s+" + VALUE + "$")
def _shown_as(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_TEXT, target=model.Target(text=value_of(m, "key"), role_hint="row"), value=value_of(m, "value"))


@book("A named item at a position", A.EXPECT_TEXT,
      ('Verify "TEXT" is the POSITION NOUN', 'Verify "Log rotation" is the last check'))
@rule(ASSERT + VALUE + r"\s+(?:is|are)\s+(?:still\s+|now\s+)?(?P<where>the\s+" + phrases.ORDINAL_WORDS + r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")
def _named_at_position(m: re.Match[str]) -> Intent | None:
    target = phrases.parse_target(m.group("where"))
    if target.position is None or not target.text:
        return None
    return Intent(A.EXPECT_TEXT, target=target, value=value_of(m, "value"))


@book("An open dialog", A.EXPECT_VISIBLE,
      ('Verify the dialog "NAME" is open | the NAME dialog is still open', 'Verify the dialog "Add Check" is open'),
      ('Verify a dialog with the heading | titled "NAME" is open', 'Verify a dialog with the heading "Add Check" is open'),
      ('Verify the drawer | sheet "NAME" is open (a panel that slides in over the page)', 'Verify the drawer "Create Discussion" is open'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:open|opened|showing)$")
def _dialog_open(m: re.Match[str]) -> Intent | None:
    said = m.group("target").strip()
    dialog = re.fullmatch(r"(?:the\s+|an?\s+)?(?:dialog|modal|popup|pop-up|drawer|sheet)\s+(?:(?:with\s+the\s+|with\s+an?\s+)?(?:heading|title)\s+|titled\s+|headed\s+|called\s+)?"
                          r"(?P<name>\"[^\"]+\"|“[^”]+”)", said, re.IGNORECASE)
    if dialog is None:  # 'the "Create Discussion" drawer': a drawer with a title is a dialog, not the side navigation
        dialog = re.fullmatch(r"(?:the\s+)?(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?:drawer|sheet)", said, re.IGNORECASE)
    target = phrases.parse_target(f'the {dialog.group("name")} dialog' if dialog else said)
    return Intent(A.EXPECT_VISIBLE, target=target) if target.role_hint == "dialog" and target.text else None


_OPENS = r"(?:opens|is\s+opened|appears|is\s+shown|shows\s+up|pops\s+up|comes\s+up)"
_TITLED = r"(?:titled|called|named|headed|with\s+the\s+(?:title|heading))"


@book("A dialog or a menu that opens", A.EXPECT_VISIBLE,
      ('Verify a "NAME" dialog | popup | menu opens | appears', 'Verify a "User Actions" menu opens'),
      ('Verify a dialog titled "NAME" opens | the dialog opens with the title "NAME"', 'Verify a dialog titled "Users" opens'),
      ('Verify the dialog is titled "NAME"', 'Verify the dialog is titled "Fix login redirect loop"'))
@rule(ASSERT + r"(?:an?|the)\s+(?:(?P<name>\"[^\"]+\"|“[^”]+”)\s+)?(?:[a-z]+\s+)?(?P<kind>dialog|popup|pop-up|modal|menu|drawer|panel)"
      r"(?:\s+" + _TITLED + r"\s+(?P<titled>\"[^\"]+\"|“[^”]+”))?\s+" + _OPENS + r"(?:\s+with\s+the\s+(?:title|heading)\s+(?P<after>\"[^\"]+\"|“[^”]+”))?$")
@rule(ASSERT + r"the\s+(?:[a-z]+\s+)?(?P<kind>dialog|popup|pop-up|modal|drawer)\s+is\s+" + _TITLED.replace("titled|", "titled|entitled|") + r"?\s*(?P<titled>\"[^\"]+\"|“[^”]+”)$")
def _dialog_opens(m: re.Match[str]) -> Intent | None:
    said = [m.groupdict().get(k) for k in ("name", "titled", "after")]
    names = [phrases.strip_quotes(s) for s in said if s]
    if len(names) != 1:
        return None
    if m.group("kind").lower() in ("menu", "panel"):  # a menu is judged by what it says: its title shows
        return Intent(A.EXPECT_VISIBLE, value=names[0])
    return Intent(A.EXPECT_VISIBLE, target=model.Target(text=names[0], role_hint="dialog", exact=True))


@book("A confirmation that asks", A.EXPECT_VISIBLE,
      ('Verify a confirmation | prompt asks "QUESTION"', 'Verify a confirmation asks "Are you sure?"'))
@rule(ASSERT + r"(?:an?|the)\s+(?:confirmation|prompt|confirm\s+dialog|dialog|popup)\s+(?:asks|says)\s+(?:(?:you|me)\s+)?" + TEXT + r"(?:\s+with\s+.+)?$")
def _confirmation_asks(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_VISIBLE, value=value_of(m, "text"))


@book("A control inside a part or an item", A.EXPECT_VISIBLE,
      ('Verify the REGION | ITEM has a "NAME" button | link | tab | field', 'Verify the sidebar has an "Items" link'),
      ('Verify the REGION | ITEM has a Name button | link (a capitalised name)', 'Verify the sidebar has a Dashboard link'),
      ('Verify the ITEM has a LOOK icon (an icon named by what it shows)', 'Verify Contact Us has a lock icon'),
      ('Verify the REGION | ITEM has a button | link called | labelled NAME', 'Verify the sidebar has a link called Reports'))
@rule(ASSERT + r"(?P<owner>.+?)\s+(?:has|contains|shows)\s+(?:an?|the)\s+(?P<what>(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3}))\s+(?:button|link|tab|field|checkbox|icon|menu)|(?-i:[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s*\([^()\"]+\))?\s+icon"
      r"|(?!(?:small|big|large|new|primary|secondary|disabled|blue|green|red|grey|gray|round|little)\s)(?-i:[a-z][\w-]*)\s+(?:button|link)"
      r"|(?:button|link|tab|field|checkbox|menu\s+item)\s+(?:called|named|labell?ed|titled|saying|to)\s+(?:\"[^\"]+\"|“[^”]+”|[^\"“”]+))$")
def _has_control(m: re.Match[str]) -> Intent | None:
    owner = m.group("owner").strip()
    what = re.sub(r"(?i)^link\s+to\s+", "link called ", m.group("what"))  # "a link to Privacy Policy": the link says it
    if _THE_PAGE.fullmatch(owner) or re.match(r"(?i)(?:every|each|all|no|none|any)\b", owner):
        return None  # "every row has an Unarchive button": each of them, never one (narrative)
    placed = phrases.parse_target(f"{what} in {owner}")
    item_for = re.match(rf"(?i)(?:the\s+)?{phrases.ITEM_NOUNS}\s+for\s", owner)  # "the row for Tom": in that row
    target = placed if placed.region or placed.scope or item_for else phrases.parse_target(f"{what} for {owner}")
    return Intent(A.EXPECT_VISIBLE, target=target) if target.region or target.scope else None


_PERSON = re.compile(r"(?:(?:verify|check|assert|ensure|confirm|expect)(?:\s+that)?\s+)?"
                     r"(?:i|we|you|they|he|she|(?:the\s+)?(?:user|customer|visitor|admin|tester))", re.IGNORECASE)
_A_STATUS_IN_CAPITALS = re.compile(r"(?:In|On|At)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*")  # "reads In Progress", "On Hold": a status, never "is in the cart"
_ELEMENT_SHOWS = r"(?:shows?|displays?|contains?|includes?|lists|says|reads|has\s+(?:the\s+)?text|equals|is\s+equal\s+to|matches)(?:\s+(?:the\s+)?(?:text|value|number|count))?"


@book("A text an element must not show", A.EXPECT_TEXT,
      ('Verify the row for ITEM | the dialog does not show | no longer shows "TEXT" (a row or a box: it is there, the text is not in it)',
       'Verify the row for "Blue Hat" does not show "Sold out"'))
@rule(ASSERT + r"(?P<target>.+?)\s+" + _SHOWS_NO_MORE + r"\s+" + TEXT + "$")
def _element_lacks_text(m: re.Match[str]) -> Intent | None:
    if _THE_PAGE.fullmatch(m.group("target").strip()):
        return None
    target = target_from(m)
    if target.role_hint not in ("row", "dialog"):
        return None  # a box named otherwise could be read as its title alone, which never shows the text: a false pass
    return Intent(A.EXPECT_TEXT, target=target, value=value_of(m, "text"), match=model.Match.NOT_CONTAINS) if target.text else None


@book("An element's text", A.EXPECT_TEXT,
      ('Verify TARGET shows | contains | says "TEXT"', 'Verify the cart badge shows "1"'),
      ('TARGET should show | read "TEXT"', 'The Status field should read "Active"'),
      ('Verify TARGET shows TEXT', 'Verify the cart badge shows 2'),
      ('Verify TARGET shows the tag | label | status WORD (the word)', 'Verify the Weekly digest row shows the tag mail'),
      ('TARGET should show TEXT', 'The cart badge should show 2'))
@rule(ASSERT + r"(?P<target>.+?)\s+" + SHOWS + r"\s+" + TEXT + "$")
@rule(r"^(?P<target>.+?)\s+should\s+(?:show|display|contain|list|say|read)\s+" + TEXT + "$")
@rule(ASSERT + r"(?P<target>.+?)\s+" + _ELEMENT_SHOWS + r"\s+(?P<value>[^\"“”\s][^\"“”]*)$")
@rule(r"^(?P<target>.+?)\s+should\s+(?:show|display|contain|list|say|read|be)\s+(?P<value>[^\"“”\s][^\"“”]*)$")
def _expect_element_text(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "text") if "text" in m.re.groupindex or "text_q" in m.re.groupindex else value_of(m, "value")
    if "value" in m.re.groupindex and STATE_WORDS.match(value) and not _A_STATUS_IN_CAPITALS.fullmatch(value):
        return None
    if re.fullmatch(r"(?:the|a|an)?", m.group("target").strip(), re.IGNORECASE):
        return None  # "the Show Image button is visible": "Show" starts a name here, it is not the verb
    if _PERSON.fullmatch(m.group("target").strip()):
        return None  # "I should be redirected to …": the person using the app, never an element's text
    if re.match(r"(?i)(?:verify|check|assert|ensure|confirm|expect)\s", m.group("target")):
        return None  # "Verify the heading should read X": the check's own verb is never part of a name
    if "value" in m.re.groupindex:
        if not phrases.was_quoted(m, "value") and re.match(r"(?i)(?:only|just)\s", value):
            return None  # "the Tags table lists only smoke": that one and no other (narrative), not the words "only smoke"
        if re.match(r"(?i)(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z][\w-]*s\b\s*(?:[-–—:]|,?\s*in\s+(?:this|that)\s+order|,?\s*(?:from\s+)?(?:top|left)\s+to\b)", value):
            return None  # "the table lists 4 categories in this order: …": a count, then their order (narrative)
        if re.match(r"(?i)(?:show|have|hold|contain|display|include)\s", value):
            return None  # "the Done and Archive lists show no cards": "lists" named the parts, "show" is the verb
        if re.search(r"(?i)\scolumn$", m.group("target")) and re.search(r"\sfor\s", value):
            return None  # "the Downloads column shows 2 for tom": a cell, in tom's row (below)
        state = re.search(r"\s(?:is|are)\s+(?P<rest>.+)$", value)
        if state and STATE_WORDS.match(state.group("rest")):
            return None  # "… shows Image button is visible": the verb was read inside a name
        kind = _KIND_THEN_WORD.fullmatch(value) or _AN_OPTION.fullmatch(value)
        if kind:
            value = kind.group("value")  # "… shows the tag mail": the tag's text, mail; "… lists an EPUB option": EPUB
        value = re.sub(r"^(?i:the\s+(?:letter|number|digit|word|initial|character))\s+(?=\S)", "", value)  # "the letter O": O
        if _NAMED_PARTS.fullmatch(value) and re.search(r"(?i)\b(?:page|screen)$", m.group("target").strip()):
            return None  # "the Tags page shows the tags A, B and C": each tag on the page (narrative)
        if _THE_PAGE.fullmatch(m.group("target").strip()):
            return Intent(A.EXPECT_VISIBLE, value=value)  # "the page says No Services": text on the page
        verb = m.string[m.end("target"): m.start("value")]
        listing = re.search(r"\b(?:lists|includes)\b", verb, re.IGNORECASE) is not None or (
            re.search(r"\b(?:menu|dropdown|submenu)$", m.group("target").strip(), re.IGNORECASE) is not None)  # a menu shows entries
        values = listed(value, listing=listing)
        said = m.group("target").strip()
        bare = re.sub(r"^(?i:the)\s+", "", said)
        box = re.fullmatch(r"(?P<name>.+?)\s+(?:panel|section|box|area|widget|pane)", bare)
        group = box["name"] if box else said if bare == said else ""  # "the Bundles panel", "Storefront"; not "the Storefront"
        if listing and group and _GROUP_NAME.fullmatch(group):  # "Storefront lists Shop Frontend and Checkout API": under that heading
            if any(re.search(r"\swith\s", v) for v in values):
                return None  # "Payments lists Payments Gateway with 0%": a name and what its row shows (narrative)
            first = model.Target(text=values[0], section=phrases.strip_quotes(group))
            return Intent(A.EXPECT_VISIBLE, target=first, also=tuple(values[1:]))
        if listing and any(NAME_WITH_FACT.match(v) for v in values):
            return None  # "The domain table lists go.mariablog.test with the homepage https://…": a name and its row (narrative)
        return Intent(A.EXPECT_TEXT, target=target_from(m), value=values[0], also=tuple(values[1:]))
    if _THE_PAGE.fullmatch(m.group("target").strip()):
        return Intent(A.EXPECT_VISIBLE, value=value)  # 'The page should say "Welcome, maria!"': text on the page
    return Intent(A.EXPECT_TEXT, target=target_from(m), value=value)


@book("What an item is marked with, or costs", A.EXPECT_TEXT,
      ('Verify ITEM is marked | tagged | labelled VALUE (the item shows it)', 'Verify "Black bread" is marked "Bread"'),
      ('Verify ITEM is listed with (the) FIELD VALUE', 'Verify "Black bread" is listed with the type "Bread page"'),
      ('Verify ITEM costs | is priced at VALUE', 'Verify the product "Apple Juice (1000ml)" costs "1.99¤"'),
      ('Verify ITEM is captioned | is for "VALUE"', 'Verify the first picture is captioned "Dark Rye Sourdough"'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:marked|tagged|labelled|labeled|flagged)\s+(?:as\s+|with\s+)?(?:the\s+)?" + unquoted("value") + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:listed|shown|displayed)\s+with\s+(?:the\s+|an?\s+)?(?:(?P<field>type|price|quantity|status|date|label|tag|count|amount|total|role)\s+(?:of\s+)?)?" + unquoted("value") + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:costs|is\s+priced\s+at|sells\s+for|is\s+sold\s+for)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:captioned|entitled|addressed\s+to|for)\s+" + phrases.quoted("value") + r"$")
def _item_marked(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if not phrases.was_quoted(m, "value") and STATE_WORDS.match(value):
        return None
    target = target_from(m)
    field = m.groupdict().get("field")
    if field and target.text and not target.scope:  # "listed with quantity 2": the item's quantity shows 2, not any "2" in it
        target = model.Target(text=field.lower(), scope=target.text)
    if not phrases.was_quoted(m, "value") and re.match(r"(?i)(?:its|their)\s", value):
        return None  # "the board is displayed with its Backlog list": a part it shows, not a text
    shown_with = re.search(r"(?i)\s(?:listed|shown|displayed)\s+with\s", m.group(0))
    if not field and shown_with and not (target.role_hint or target.descriptor or target.scope) and target.text[:1].isupper():
        return None  # "Diana is shown with the weight (x2)": her row shows it (narrative), not a cell that says Diana
    kind_then_name = re.fullmatch(r"(?-i:[a-z][\w-]*)\s+(?P<name>[\w-]*[A-Z\d.@][\w.@/-]*)", target.text)
    if not field and shown_with and kind_then_name and not (target.role_hint or target.descriptor or target.scope):
        # "the domain free-prizes.test is listed with "No homepage"": the row of that domain shows it, not its own cell
        target = model.Target(text=kind_then_name["name"], role_hint="row")
    return Intent(A.EXPECT_TEXT, target=target, value=value) if target.text else None


# "… shows the tag mail", "… shows the surname O'Brien": what the value is, then the value
_AN_OPTION = re.compile(r"(?:an?|the)\s+(?P<value>\S+(?:\s+\S+)?)\s+(?:option|entry|choice|menu\s+item)", re.IGNORECASE)
_KIND_THEN_WORD = re.compile(r"the\s+(?:tag|label|chip|badge|status|role|surname|last\s+name|first\s+name|email|e-mail|priority|type|owner|queue|group|category)"
                             r"\s+(?P<value>\S+)", re.IGNORECASE)


_CELL_SAID = (r"(?P<target>(?:the\s+)?[A-Za-z#%][\w#% -]*?\s+(?:column\s+)?(?:for|of|in\s+the\s+row\s+(?:for|of))\s+(?:\"[^\"]+\"|“[^”]+”|[^\"“”]+?)"
              r"|(?:the\s+)?[A-Za-z#%][\w#% -]*?\s+of\s+the\s+" + phrases.ORDINAL_WORDS + r"\s+row"
              r"|(?:the\s+)?" + phrases.ORDINAL_WORDS + r"\s+row(?:'s|’s)\s+[A-Za-z#%][\w#% -]*?)")


@book("A table cell, by its column and its row", A.EXPECT_TEXT,
      ('Verify the COLUMN for "ITEM" is VALUE (the cell under that column title, in the row that says ITEM)', 'Verify the Document count for "Paid" is 26'),
      ('Verify the COLUMN column for ITEM is VALUE', 'Verify the Email column for admin is "admin@example.com"'),
      ('Verify the COLUMN column in the row for ITEM is VALUE', 'Verify the Due date column in the row for "Renew passport" is "Nov 20, 2026"'),
      ('Verify the COLUMN of the POSITION row is VALUE', 'Verify the correspondent of the second row is "Sunrise Kindergarten"'),
      ("Verify the POSITION row's COLUMN is VALUE", "Verify the first row's correspondent is \"ACME Bank\""),
      ('Verify the COLUMN column shows VALUE for ITEM', 'Verify the Downloads column shows 2 for tom'))
@rule(ASSERT + _CELL_SAID + r"\s+(?:is|reads|shows|says|equals|displays)\s+(?:still\s+|now\s+)?" + unquoted("value") + r"$")
@rule(ASSERT + r"(?:the\s+)?(?P<column>[A-Za-z#%][\w#% -]*?)\s+column\s+(?:shows|says|reads|has|displays)\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“”]+)"
      r"\s+for\s+(?P<row>\"[^\"]+\"|“[^”]+”|[^\"“”]+)$")
def _cell_is(m: re.Match[str]) -> Intent | None:
    """'the Document count for "Paid" is 26': that cell shows it (the column kept: never any 26 in the row)."""
    value = value_of(m, "value")
    said = m.group("target").strip() if "target" in m.re.groupindex else f'{m.group("column")} column for {m.group("row")}'

    in_row = re.fullmatch(r"(?:the\s+)?(?P<column>(?-i:[a-z])[\w -]*?)\s+in\s+the\s+row\s+(?:for|of)\s+(?P<row>\"[^\"]+\"|“[^”]+”|[^\"“”]+)", said, re.IGNORECASE)
    if in_row:  # "the status in the row for X": a lower-case word names a column here ("Edit in the row for X" is a control)
        row = in_row["row"] if in_row["row"][0] in "\"“" else f'"{in_row["row"]}"'
        said = f"{in_row['column']} for {row}"
    target = phrases.cell_target(said)
    if target is None or (not phrases.was_quoted(m, "value") and STATE_WORDS.match(value)):
        return None
    return Intent(A.EXPECT_TEXT, target=target, value=value)


@book("What a total, price, badge or Nth item is", A.EXPECT_TEXT,
      ('Verify the total | subtotal | price | count | heading | status | POSITION NOUN is VALUE', 'Verify the total is $32.39'),
      ('Verify the POSITION NOUN under "HEADING" | in the NAME list is VALUE', 'Verify the first book under "Books in genre" is Death on the Nile'))
@rule(ASSERT + r"(?P<target>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(phrases.DESCRIPTORS) + r"|\S+(?:'s|’s)(?:\s+\w+){1,5}|total|subtotal|price|count|quantity|heading|header|status|label|number|amount)(?:\s+(?:for|of)\s+[^\"“]+?|\s+(?:for|of)\s+(?:\"[^\"]+\"|“[^”]+”))?|the\s+" + phrases.ORDINAL_WORDS + r"\s+.+?)\s+is\s+(?:still\s+|now\s+)?" + unquoted("value") + r"$")
def _expect_element_is(m: re.Match[str]) -> Intent | None:
    """'the total is $32.39', 'the first product is Backpack': the element shows that text."""
    if re.fullmatch(r"(?i)the\s+\w+\s+ones?", m.group("target")):
        return None  # "the first one is Emma": one of the things the step before counted (narrative)
    value = value_of(m, "value")
    if not phrases.was_quoted(m, "value") and STATE_WORDS.match(value) and not (LABEL_NOUN.search(m.group("target")) and " " not in value):
        return None
    if not phrases.was_quoted(m, "value") and re.search(r",\s+with\s|\s+and\s+its\s", value):
        return None  # "the second issue is X, with status chatting": a name, then more said of it (narrative)
    return Intent(A.EXPECT_TEXT, target=target_from(m), value=value)


# "shown in the header", "listed in the sidebar", or only "in the header" ("the Admin link is not in the side menu")
_SHOWN_OR_IN = r"(?:\s+(?:visible|displayed|shown|present|listed)|(?=\s+(?:in|inside|within)\s))"
_PLACED = r"(?P<where>\s+(?:in|inside|within|on|at)\s+the\s+[^\"“]+?)"
_NEAR_PREPOSITION = r"(?:under|underneath|below|beneath|next\s+to|beside)"
_NEAR_WORDS = re.compile(r"^\s+" + _NEAR_PREPOSITION + r"\s", re.IGNORECASE)
# '"Required" is shown under Title': next to the label or heading it belongs with (never "under the heading" or
# "below the table": a thing said by its kind, which one?)
_NEAR = r"(?P<where>\s+" + _NEAR_PREPOSITION + r"\s+(?!the\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2}$)[^\"“]+?)"


# 'the initials "JD" are shown in the avatar', '"Sandals" is shown in the cart': a quoted text (after a noun saying what
# it is) shown by a box named by a lower-case noun; the box is what shows it
_QUOTED_SUBJECT = re.compile(r'^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<value>"[^"]+"|“[^”]+”)$')
_IN_NOUN_BOX = re.compile(r"^\s+(?:in|inside|within|on)\s+the\s+(?P<box>[a-z][a-z-]+(?:\s+(?:at|in|on)\s+the\s+.+)?)$")


def _shown_in_box(m: re.Match[str], *, absent: bool) -> Intent | None:
    """'"JD" … in the avatar at the bottom of the sidebar' -> the avatar (in the sidebar) shows "JD"."""
    subject, box = _QUOTED_SUBJECT.match(m.group("target").strip()), _IN_NOUN_BOX.match(m.group("where"))
    if subject is None or box is None:
        return None
    target = phrases.parse_target(box.group("box"))
    noun = target.text.lower()
    if target.scope or target.position is not None or target.exact or noun in phrases.REGIONS or noun in phrases.MESSAGE_BOXES:
        return None  # a part of the page or an item: _placed reads it
    if noun in ("page", "screen") and not target.role_hint:  # '"API" is shown on the page': anywhere on it
        value = phrases.strip_quotes(subject.group("value"))
        return Intent(A.EXPECT_HIDDEN if absent else A.EXPECT_VISIBLE, value=value)
    return Intent(A.EXPECT_TEXT, target=target, value=phrases.strip_quotes(subject.group("value")),
                  match=model.Match.NOT_CONTAINS if absent else model.Match.CONTAINS)


_IN_NTH_ROW = re.compile(r"\s+in\s+the\s+(?P<ordinal>" + phrases.ORDINAL_WORDS + r")\s+(?P<noun>row|line)", re.IGNORECASE)


def _placed(m: re.Match[str]) -> model.Target | None:
    """'"Documentation" … in the sidebar': the element, in the part of the page or the item named after the verb."""
    target = phrases.parse_target(m.group("target") + m.group("where"))
    return target if target.region or target.scope or target.position is not None else None


@book("Shown in a box named by a noun", A.EXPECT_TEXT,
      ('Verify (the NOUN) "TEXT" is shown | is not shown in the BOX (the box shows it, or not)', 'Verify the initials "JD" are shown in the avatar'),
      ('Verify "TEXT" is not visible in the BOX', 'Verify "AB" is not visible in the avatar'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?P<absent>is not|isn't|are not|aren't|is no longer|are no longer)" + _SHOWN_OR_IN + _PLACED + "$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)(?:\s+still|\s+now)?" + _SHOWN_OR_IN + _PLACED + "$")
def _expect_shown_in_box(m: re.Match[str]) -> Intent | None:
    return _shown_in_box(m, absent=m.groupdict().get("absent") is not None)


_QUOTED_ALONE = re.compile(r'(?:the\s+)?(?:"[^"]+"|“[^”]+”)')


@book("Listed under a heading", A.EXPECT_VISIBLE,
      ('Verify the NOUN "NAME" is listed under HEADING (in the list that follows the heading)', 'Verify the board "Sprint 1" is listed under Starred'),
      ('Verify the "NAME" link | button is visible under "HEADING"', 'Verify the "Twitter" link is visible under "Follow us"'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:still\s+|now\s+)?(?P<verb>listed|shown|visible|displayed)\s+(?:under|below|beneath)\s+(?:the\s+)?(?P<section>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3}))(?:\s+(?:heading|section))?$")
def _listed_under(m: re.Match[str]) -> Intent | None:
    if m.group("verb").lower() != "listed" and _QUOTED_ALONE.fullmatch(m.group("target").strip()):
        return None  # '"Required" is shown under Title': in the box that label heads (below)
    target = target_from(m)
    if not target.text or target.scope or target.section:
        return None
    return Intent(A.EXPECT_VISIBLE, target=dataclasses.replace(target, section=phrases.strip_quotes(m.group("section"))))


@book("Not shown in a part of the page", A.EXPECT_HIDDEN,
      ('Verify "TEXT" is not visible in the REGION', 'Verify "Reports" is not visible in the sidebar'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is not|isn't|are not|aren't|is no longer|are no longer)" + _SHOWN_OR_IN + _PLACED + "$")
def _expect_placed_hidden(m: re.Match[str]) -> Intent | None:
    target = _placed(m)
    return Intent(A.EXPECT_HIDDEN, target=target) if target else None


@book("Shown in a part of the page", A.EXPECT_VISIBLE,
      ('Verify "TEXT" is visible in the REGION', 'Verify "Reports" is visible in the sidebar'),
      ('Verify "TEXT" is shown under | next to NAME (in the box that NAME labels)', 'Verify "Required" is shown under Title'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)(?:\s+still|\s+now)?" + _SHOWN_OR_IN + _PLACED + "$")
@rule(ASSERT + r"(?P<target>(?:\"[^\"]+\"|“[^”]+”))\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:visible|displayed|shown|present)" + _NEAR + "$")
def _expect_placed_visible(m: re.Match[str]) -> Intent | None:
    in_row = _IN_NTH_ROW.fullmatch(m.group("where"))
    if in_row:  # "Engineering is in the first row": that row shows it, never the first "Engineering" anywhere
        said = value_of(m, "target")
        row = phrases.parse_target(f"the {in_row['ordinal']} {in_row['noun']}")
        return Intent(A.EXPECT_TEXT, target=row, value=phrases.strip_quotes(said)) if row.position is not None else None
    target = _placed(m)
    if target and target.scope and _NEAR_WORDS.match(m.group("where")):  # under a label: in the box that label names
        target = dataclasses.replace(target, scope_box="labelled")
    return Intent(A.EXPECT_VISIBLE, target=target) if target else None


@book("An element that must not be shown", A.EXPECT_HIDDEN,
      ('Verify TARGET is not visible', 'Verify the cart badge is not visible'),
      ('Verify TARGET disappears | is gone | is hidden | closes | does not appear', 'Verify the dialog closes'),
      ('TARGET should not be visible | should be hidden | should disappear', 'The spinner should disappear'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is not|isn't|are not|aren't|is no longer|are no longer)\s+(?:visible|displayed|shown|present)(?:\s+any\s*more)?$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:disappears|is gone|is hidden|are hidden|vanishes|goes away|closes|is closed|has closed|has gone|has disappeared|(?:does not|doesn't|do not|don't) (?:appear|show up))$")
@rule(r"^(?P<target>.+?)\s+should\s+(?:not\s+be\s+(?:visible|displayed|shown)|be\s+hidden|disappear)$")
def _expect_element_hidden(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_HIDDEN, target=target_from(m))


@book("An element that must be shown", A.EXPECT_VISIBLE,
      ('Verify TARGET is visible | displayed | shown', 'Verify the Login link is visible'),
      ('Verify TARGET appears | exists', 'Verify the Logout link appears'),
      ('TARGET should be visible', 'The Logout link should be visible'),
      ('Verify there is a TARGET', 'Verify there is an error message'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:visible|displayed|shown|present|listed)(?:\s+on\s+(?:the\s+)?(?:page|screen|board|dashboard))?$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:appears|is there|shows up|exists)$")
@rule(r"^(?P<target>.+?)\s+should\s+be\s+(?:visible|displayed|shown)$")
@rule(ASSERT + r"there\s+is\s+(?P<target>an?\s+.+?)(?:\s+(?:on\s+the\s+page|shown|displayed|visible))?$")
def _expect_element_visible(m: re.Match[str]) -> Intent | None:
    target = target_from(m)
    if not target.text or _SAID_BY_ITS_PARTS.fullmatch(phrases.mask_quoted(target.text)):
        return None  # "the login form with Username and Password fields": the form said by its parts (narrative)
    if _ENDS_WITH_A_COUNT.search(phrases.mask_quoted(m["target"])):
        return None  # 'Under "Quick links" 5 links are listed': a count to check, never a thing shown
    return Intent(A.EXPECT_VISIBLE, target=target)


_ENDS_WITH_A_COUNT = re.compile(r"(?:^|\s)" + _COUNT_NUMBER + r"\s+[a-z][\w-]*s$", re.IGNORECASE)
_SAID_BY_ITS_PARTS = re.compile(r"(?:[\w-]+\s+){0,3}(?:form|page|dialog|panel|section|box|window|screen)\s+with\s+.+"
                                r"\s(?:fields|buttons|links|tabs|checkboxes|heading|title)", re.IGNORECASE)
