"""Typing, choosing and toggling: Fill/Enter/Type (quoted or bare values), Select, Check/Uncheck, Hover, Press."""

from __future__ import annotations

import re

from pacts_farm import model, phrases
from pacts_farm.rules.registry import VALUE, A, Intent, rule, target_from, value_of, with_role

_BARE = r'(?P<value>[^"“”\s][^"“”]*?)'
_FIELDISH = r"(?:field|box|input|textbox|text box|textarea|text area|area)"


@rule(r"^(?:fill(?:\s+in)?|enter|type|input|put|write)\s+" + VALUE + r"\s+(?:in|into|on|to|as|for)\s+(?P<target>.+)$")
@rule(r"^(?:fill(?:\s+in)?|set|populate|complete)\s+(?P<target>.+?)\s+(?:with|to|as)\s+" + VALUE + "$")
@rule(r"^(?:enter|type|input|use|provide|fill\s+in)\s+" + _BARE + r"\s+(?:as|for)\s+(?:the\s+|your\s+|my\s+|a\s+)?(?P<target>.+)$")
@rule(r"^(?:type|enter|input|put|write)\s+" + _BARE + r"\s+(?:into|inside)\s+(?P<target>.+)$")
@rule(r"^(?:type|enter|input|put|write|fill(?:\s+in)?)\s+" + _BARE + r"\s+(?:in|on)\s+(?P<target>(?:the|your|my|a)\s+.+|.+?\s+" + _FIELDISH + r")$")
@rule(r"^(?:fill(?:\s+in)?|set|populate)\s+(?P<target>.+?)\s+(?:with|to)\s+" + _BARE + r"$")
@rule(r"^(?:enter|set|fill(?:\s+in)?|type)\s+(?P<target>(?:the|your|my)\s+.+?)\s+as\s+" + _BARE + r"$")
@rule(r"^(?:type|enter|input)\s+(?P<value>[^\s\"“”]+)\s+in\s+(?P<target>.+)$")
def _fill(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if not phrases.was_quoted(m, "value") and phrases.ARTICLES.match(value + " "):
        return None  # "Enter the code as …": the value is not what comes first
    return Intent(A.FILL, target=with_role(target_from(m), "textbox"), value=value)


@rule(r"^(?:select|choose|pick)\s+" + VALUE + r"\s+(?:from|in|on|for)\s+(?P<target>.+)$")
@rule(r"^(?:select|choose|pick)\s+" + _BARE + r"\s+from\s+(?P<target>.+)$")
@rule(r"^(?:select|choose|pick)\s+" + _BARE + r"\s+(?:in|on)\s+(?P<target>.+?\s+(?:dropdown|drop-down|drop down|select|list|menu|combobox|combo box|picker|selector))$")
def _select(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if not phrases.was_quoted(m, "value") and phrases.ARTICLES.match(value + " "):
        return None  # "Select the item from the list" is a click
    return Intent(A.SELECT, target=with_role(target_from(m), "combobox"), value=value)


@rule(r"^sort\s+(?:the\s+)?(?:[\w ]+?\s+)?by\s+" + VALUE + r"$")
@rule(r"^sort\s+(?:the\s+)?(?:[\w ]+?\s+)?by\s+" + _BARE + r"$")
def _sort(m: re.Match[str]) -> Intent:
    return Intent(A.SELECT, target=model.Target(text="sort", role_hint="combobox"), value=value_of(m, "value"))


@rule(r"^(?:uncheck|untick|deselect|clear the checkbox|switch off|turn off|toggle off)\s+(?P<target>.+)$")
def _uncheck(m: re.Match[str]) -> Intent:
    return Intent(A.UNCHECK, target=with_role(target_from(m), "checkbox"))


@rule(r"^(?:check|tick|enable|switch on|turn on|toggle on)\s+(?!that\b|if\b|whether\b)(?P<target>.+)$")
def _check(m: re.Match[str]) -> Intent:
    return Intent(A.CHECK, target=with_role(target_from(m), "checkbox"))


@rule(r"^(?:clear|empty)\s+(?P<target>.+)$")
def _clear(m: re.Match[str]) -> Intent:
    return Intent(A.FILL, target=with_role(target_from(m), "textbox"), value="")


@rule(r"^(?:hover(?:\s+over|\s+on)?|mouse\s+over|move\s+(?:the\s+)?mouse\s+(?:over|to|onto))\s+(?P<target>.+)$")
def _hover(m: re.Match[str]) -> Intent:
    return Intent(A.HOVER, target=target_from(m))


@rule(r"^press\s+(?P<key>.+?)(?:\s+(?:in|on|into|inside)\s+(?P<target>.+))?$")
def _press(m: re.Match[str]) -> Intent | None:
    key = phrases.parse_key(m.group("key"))
    if key is None:
        return None  # "Press the Submit button" is a click
    target = target_from(m) if m.group("target") else None
    return Intent(A.PRESS, target=target, value=key)
