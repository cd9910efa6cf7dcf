"""Navigation: Go to a URL (with or without the page's name), the home page, back, reload."""

from __future__ import annotations

import re

from pacts_farm import phrases
from pacts_farm.rules.registry import A, Intent, Refused, rule

_GO = r"^(?:go to|goto|open|navigate to|visit|browse to|load|head to|go)\s+"
_URL = r"(?P<url>(?:https?://|/)\S*)"
_PAGE_NAME = r"(?:the\s+|our\s+|my\s+)?(?P<name>[\w' -]+?\s+)?(?:page|screen|site|url|address)"


@rule(_GO + phrases.quoted("url") + r"$")
@rule(_GO + r"(?:the\s+)?" + _URL + r"(?:\s+(?:page|url|address))?$")
@rule(_GO + _PAGE_NAME + r"\s*(?:at|on|:|=|,|with url|located at|\()\s*(?:" + phrases.quoted("url") + "|" + _URL + r")\)?$")
@rule(_GO + r"(?:the\s+)?" + _URL + r"\s*(?:\(.*\)|,?\s+(?:the|which is the)\s+[\w' -]+\s+page)$")
def _navigate(m: re.Match[str]) -> Intent | None:
    url = phrases.group(m, "url") or ""
    if not url.startswith(("/", "http://", "https://")):
        return None
    return Intent(A.NAVIGATE, value=url)


@rule(_GO + r"(?:to\s+)?(?:the\s+)?(?:home\s*page|home|landing page|start page|main page|app|application|site|website|web site|base url)$")
@rule(r"^(?:return|go back)\s+to\s+(?:the\s+)?(?:home\s*page|start page|landing page)$")
def _home(m: re.Match[str]) -> Intent:
    return Intent(A.NAVIGATE, home=True)


@rule(_GO + r"(?:the\s+)?(?P<name>[\w' -]+?)\s+(?:page|screen)$")
def _named_page(m: re.Match[str]) -> Intent | None:
    raise Refused(
        f"which address is the {m.group('name')} page? Say it: Go to the {m.group('name')} page at /{m.group('name').lower().replace(' ', '-')}"
        f" — or click the control that opens it (Click {m.group('name').title()})"
    )


@rule(r"^(?:go|navigate|move)\s+back(?:\s+(?:to\s+the\s+previous\s+page|one\s+page|a\s+page|in\s+(?:the\s+)?(?:browser|history)))?$")
@rule(r"^(?:click|press|use|hit|tap)\s+(?:on\s+)?(?:the\s+)?browser(?:'s)?\s+back(?:\s+button)?$")
def _back(m: re.Match[str]) -> Intent:
    return Intent(A.GO_BACK)


@rule(r"^(?:reload|refresh)(?:\s+(?:the|this)\s+(?:page|browser|screen|tab))?$")
@rule(r"^(?:press|hit)\s+(?:the\s+)?(?:browser(?:'s)?\s+)?(?:reload|refresh)(?:\s+button)?$")
def _reload(m: re.Match[str]) -> Intent:
    return Intent(A.RELOAD)
