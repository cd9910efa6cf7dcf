"""Navigation: Go to a URL (with or without the page's name), the home page, back, reload."""

from __future__ import annotations

import re

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import A, Intent, book, rule

_GO = r"^(?:go to|goto|open|navigate to|visit|browse to|load|head to|go)\s+"
_URL = r"(?P<url>(?:https?://|/)\S*?)"  # lazy: a comma after the address is the sentence's, not the URL's
_PAGE_NAME = r"(?:the\s+|our\s+|my\s+)?(?P<name>[\w' -]+?\s+)?(?:page|screen|site|url|address)"


@book("Go to a URL", A.NAVIGATE,
      ('Go to URL (also: Open, Navigate to, Visit, Browse to, Load, Head to)', 'Go to /login'),
      ('Go to "URL"', 'Navigate to "/cart"'),
      ('Go to the NAME page at URL', 'Go to the cart page at /cart'),
      ('Go to the NAME page URL', 'Go to the basket page /basket/'),
      ('Go to URL (the NAME page)', 'Go to /cart (the cart page)'),
      ('Go to URL, the NAME page', 'Go to /cart, the cart page'),
      ('Go to the NAME at URL', 'Open the posts archive at /posts'),
      ('Open the THING URL', 'Open the test run /runs/1/'))
@rule(_GO + phrases.quoted("url") + r"$")
@rule(_GO + r"(?:the\s+)?" + _URL + r"(?:\s+(?:page|url|address))?$")
@rule(_GO + _PAGE_NAME + r"\s*(?:at|on|:|=|,|with url|located at|\()\s*(?:" + phrases.quoted("url") + "|" + _URL + r")\)?$")
@rule(_GO + _PAGE_NAME + r"\s+" + _URL + r"$")
@rule(_GO + r"(?:the\s+|our\s+|my\s+)?(?P<name>[\w' -]+?)\s+(?:at|located at)\s+" + _URL + r"$")
@rule(_GO + r"(?:the\s+)?" + _URL + r"\s*(?:\(.*\)|,?\s+(?:the|which is the)\s+[\w' -]+\s+page)$")
@rule(_GO + r"the\s+(?P<name>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2})\s+(?P<url>/[\w.~%/-]+/?)$")
def _navigate(m: re.Match[str]) -> Intent | None:
    url = phrases.group(m, "url") or ""
    if not url.startswith(("/", "http://", "https://")):
        return None
    return Intent(A.NAVIGATE, value=url)


@book("Go to the home page", A.NAVIGATE,
      ("Go to the home page (the suite's base_url; also: landing page, start page, app, site)", 'Open the home page'),
      ('Return to the home page', 'Go back to the start page'))
@rule(_GO + r"(?:to\s+)?(?:the\s+)?(?:(?:wiki|site|website|app|application|public|shop|store|blog|forum)(?:'s)?\s+)?(?:home\s*page|home|landing page|start page|main page|app|application|site|website|web site|base url)$")
@rule(r"^(?:return|go back)\s+to\s+(?:the\s+)?(?:home\s*page|start page|landing page)$")
def _home(m: re.Match[str]) -> Intent:
    return Intent(A.NAVIGATE, home=True)


@book("A page named but no address: the link that opens it, unless that page is already shown", A.CLICK,
      ('Go to the NAME page (its link, or a button or menu entry that opens it)', 'Open the cart page'),
      ('Go to the next | previous page', 'Go to the next page'),
      ('Go to the NAME list (a page that lists NAME)', 'Go to the Sites list'))
@rule(_GO + r"(?:the\s+|our\s+|my\s+)?(?P<name>[\w' -]+?)\s+(?:page|screen|view)$")
@rule(_GO + r"the\s+(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,3}?|(?-i:[a-z][\w-]*s))\s+list$")  # "the Sites list", "the documents list"
def _named_page(m: re.Match[str]) -> Intent | None:
    name = m.group("name").strip()
    if name.lower() in _NOT_A_PAGE_NAME or re.match(r"(?i)back\b", name):
        return None  # "Go to the same page", "Go back to the previous page": no control says that
    pager = _PAGER.get(name.lower())
    if pager:
        return Intent(A.CLICK, target=model.Target(text=pager, role_hint="link"))
    return Intent(A.CLICK, target=model.Target(text=name, role_hint="link", descriptor=model.PAGE_LINK))


_PAGER = {"next": "Next", "previous": "Previous", "prev": "Previous"}
_NOT_A_PAGE_NAME = {"same", "this", "that", "current", "new", "other", "right", "correct", "wrong", "a", "an", "following"}


@book("Go back", A.GO_BACK,
      ('Go back', 'Go back'),
      ('Press the browser back button', 'Click the browser back button'))
@rule(r"^(?:go|navigate|move)\s+back(?:\s+(?:to\s+the\s+previous\s+page|one\s+page|a\s+page|in\s+(?:the\s+)?(?:browser|history)))?$")
@rule(r"^(?:click|press|use|hit|tap)\s+(?:on\s+)?(?:the\s+)?browser(?:'s)?\s+back(?:\s+button)?$")
def _back(m: re.Match[str]) -> Intent:
    return Intent(A.GO_BACK)


@book("Reload", A.RELOAD,
      ('Reload the page (or Refresh)', 'Refresh the page'),
      ('Press the reload button', 'Hit the browser refresh button'))
@rule(r"^(?:reload|refresh)(?:\s+(?:the|this)\s+(?:page|browser|screen|tab))?$")
@rule(r"^(?:press|hit)\s+(?:the\s+)?(?:browser(?:'s)?\s+)?(?:reload|refresh)(?:\s+button)?$")
def _reload(m: re.Match[str]) -> Intent:
    return Intent(A.RELOAD)
