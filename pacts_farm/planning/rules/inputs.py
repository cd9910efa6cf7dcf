"""Typing, choosing and toggling: Fill/Enter/Type (quoted or bare values), Type where the focus is, Select, Check/Uncheck, Hover, Press."""

from __future__ import annotations

import re
from dataclasses import replace

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import VALUE, A, Intent, book, rule, target_from, value_of, with_role

_BARE = r'(?P<value>[^"“”\s][^"“”]*?)'
_FIELDISH = r"(?:field|box|input|textbox|text box|textarea|text area|area)"


@book("Typing into a field", A.FILL,
      ('Fill "VALUE" in TARGET (also: Enter, Type, Input, Put, Write)', 'Fill "Ada" in First Name'),
      ('Set | Fill in TARGET with | to "VALUE"', 'Set Zip Code to "12345"'),
      ('Enter VALUE as the TARGET', 'Enter standard_user as the username'),
      ('Type VALUE into TARGET', 'Type abc into the Password field'),
      ('Type VALUE in the TARGET', 'Type Ada Lovelace in the Name field'),
      ('Fill VALUE in "LABEL"', 'Fill ada@example.com in "My email address is"'),
      ('Set | Fill in TARGET with | to VALUE', 'Set the quantity to 3'),
      ('Enter the TARGET as VALUE', 'Enter the username as standard_user'),
      ('Type WORD in TARGET', 'Type John in First Name'))
@rule(r"^(?:fill(?:\s+in)?|enter|type|input|put|write|use|provide)\s+" + VALUE + r"\s+(?:in|into|on|to|as|for)\s+(?P<target>.+)$")
@rule(r"^(?:fill(?:\s+in)?|set|populate|complete)\s+(?P<target>.+?)\s+(?:with|to|as)\s+" + VALUE + "$")
@rule(r"^(?:enter|type|input|use|provide|fill\s+in)\s+" + _BARE + r"\s+(?:as|for)\s+(?:the\s+|your\s+|my\s+|a\s+)?(?P<target>.+)$")
@rule(r"^(?:type|enter|input|put|write)\s+" + _BARE + r"\s+(?:into|inside)\s+(?P<target>.+)$")
@rule(r"^(?:type|enter|input|put|write|fill(?:\s+in)?)\s+" + _BARE + r"\s+(?:in|on)\s+(?P<target>(?:the|your|my|a)\s+.+|.+?\s+" + _FIELDISH + r"|(?:\"[^\"]+\"|“[^”]+”)(?:\s+" + _FIELDISH + r")?)$")
@rule(r"^(?:fill(?:\s+in)?|set|populate)\s+(?P<target>.+?)\s+(?:with|to)\s+" + _BARE + r"$")
@rule(r"^(?:enter|set|fill(?:\s+in)?|type)\s+(?P<target>(?:the|your|my)\s+.+?)\s+as\s+" + _BARE + r"$")
@rule(r"^(?:type|enter|input)\s+(?P<value>[^\s\"“”]+)\s+in\s+(?P<target>.+)$")
def _fill(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if re.match(r"(?i)(?:the\s+)?(?:both|all|each|every)\s", m.group("target")):
        return None  # "Fill both password fields with …": one field each (narrative), never one field called so
    if not phrases.was_quoted(m, "value") and phrases.ARTICLES.match(value + " "):
        return None  # "Enter the code as …": the value is not what comes first
    if not phrases.was_quoted(m, "value") and re.search(r"\s(?:into|inside)\s", value):
        return None  # "Type bread into the Search box in the sidebar": the field is what follows "into"
    if re.search(r"\s+and\s+\S+(?:\s+\S+)?\s+(?:in|into)\s+(?:the\s+)?\S", phrases.mask_quoted(m.group("target"))):
        return None  # "Type heidi into the Name field and secret into the Password field": two fills (narrative)
    if _WHOLE_FORM.fullmatch(m.group("target").strip()):
        return None  # "Fill the form with valid data": which fields, with what? not one field
    if not phrases.was_quoted(m, "value") and _ANOTHER_FIELD_WITH.search(value):
        return None  # "Fill Email with a@b.c, Password with x and Name with Erin Walsh": a fill each (narrative)
    return Intent(A.FILL, target=with_role(target_from(m), "textbox"), value=value)


# in a value said bare, another field and its value: ", both password fields with Harbor2026 and Name with Erin Walsh"
_ANOTHER_FIELD_WITH = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|both\s+|all\s+)?[\w' -]{1,40}?\s+(?:with|to)\s+\S")


_WHOLE_FORM = re.compile(r"(?i)(?:the\s+|all\s+(?:the\s+)?|every\s+)?(?:[\w-]+\s+)?(?:form|fields|inputs|details)")


@book("Typing where the focus is", A.TYPE_TEXT,
      ('Type "VALUE" (also: Write, Key in): into the field the step before put the focus in', 'Type "kitchen"'),
      ('Type VALUE', 'Type Buy printer ink'))
@rule(r"^(?:type|write|key\s+in)\s+" + VALUE + r"$")
@rule(r"^(?:type|write|key\s+in)\s+" + _BARE + r"$")
def _type_at_focus(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if not phrases.was_quoted(m, "value") and (phrases.ARTICLES.match(value + " ") or re.search(r"\s(?:in|into|inside|on|as|for)\s", f" {value} ")):
        return None  # "Type the summary …", "Type abc into …": a field is named, or a word of the sentence is not read
    return Intent(A.TYPE_TEXT, value=value)


@book("Choosing from a dropdown", A.SELECT,
      ('Select "OPTION" from | in TARGET (also: Choose, Pick)', 'Select "Red" from the Colour list'),
      ('Select OPTION from TARGET', 'Select Price (low to high) from the sort dropdown'),
      ('Select OPTION in the NAME dropdown | list | menu | field', 'Choose Large in the Size dropdown'),
      ('Pick OPTION in "FIELD" (a field named in quotes)', 'Pick Paula in "Who paid?"'))
@rule(r"^(?:select|choose|pick)\s+" + VALUE + r"\s+(?:from|in|on|for)\s+(?P<target>.+)$")
@rule(r"^(?:select|choose|pick)\s+" + _BARE + r"\s+from\s+(?P<target>.+)$")
@rule(r"^(?:select|choose|pick)\s+" + _BARE + r"\s+(?:in|on)\s+(?P<target>.+?\s+(?:dropdown|drop-down|drop down|select|list|menu|combobox|combo box|picker|selector|field))$")
@rule(r"^(?:select|choose|pick)\s+" + _BARE + r"\s+(?:in|from)\s+(?P<target>\"[^\"]+\"|“[^”]+”)$")
def _select(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if not phrases.was_quoted(m, "value") and phrases.ARTICLES.match(value + " "):
        return None  # "Select the item from the list" is a click
    target = target_from(m)
    if re.fullmatch(r"(?i)(?:the\s+)?(?:open\s+)?(?:(?:actions?|context|options|more|user|account|profile|kebab|overflow|row)\s+)?(?:menu|popup|pop-up)",
                    m.group("target").strip()):  # a menu of actions, never "the sort menu" (a dropdown: its option is chosen)
        # "Choose "Create a recipe manually" from the menu": an entry of the menu open now, clicked
        menu = re.sub(r"(?i)^(?:the\s+)?(?:open\s+)?", "", m.group("target").strip())
        return Intent(A.CLICK, target=phrases.parse_target(f'"{value}" in the {menu}'))
    if target.role_hint == "textbox":  # "Select Uma in the Payer field": a field you choose in is a dropdown
        target = replace(target, role_hint="combobox")
    return Intent(A.SELECT, target=with_role(target, "combobox"), value=value)


@book("Sorting", A.SELECT,
      ('Sort NOUNS by OPTION (the sort dropdown)', 'Sort the products by Price (high to low)'),
      ('Sort by "OPTION"', 'Sort by "Name (A to Z)"'))
@rule(r"^sort\s+(?:the\s+)?(?:[\w ]+?\s+)?by\s+" + VALUE + r"$")
@rule(r"^sort\s+(?:the\s+)?(?:[\w ]+?\s+)?by\s+" + _BARE + r"$")
def _sort(m: re.Match[str]) -> Intent:
    return Intent(A.SELECT, target=model.Target(text="sort", role_hint="combobox"), value=value_of(m, "value"))


@book("Unticking", A.UNCHECK,
      ('Uncheck TARGET (also: Untick, Deselect, Switch off, Turn off)', 'Uncheck Newsletter'))
@rule(r"^(?:uncheck|untick|deselect|clear the checkbox|switch off|turn off|toggle off)\s+(?P<target>.+)$")
def _uncheck(m: re.Match[str]) -> Intent:
    return Intent(A.UNCHECK, target=_tick_box(target_from(m), m.group("target")))


@book("Ticking", A.CHECK,
      ('Check TARGET (also: Tick, Enable, Switch on, Turn on)', 'Check "Remember me"'))
@rule(r"^(?:check|tick|enable|switch on|turn on|toggle on)\s+(?!that\b|if\b|whether\b)(?P<target>.+)$")
def _check(m: re.Match[str]) -> Intent | None:
    target = target_from(m)
    said = phrases.mask_quoted(m.group("target"))
    if target.descriptor in _NEVER_TICKED or re.search(r"\s(?:is|are|has|have|shows?|says|reads|contains)(?=[\s,:])", said):
        return None  # "Check the message "Saved"", "Check Yann's row has …": a check of what the page shows
    if re.match(r"(?i)(?:the\s+)?(?:page|screen|table|list|results?)\s+for\s", m.group("target")):
        return None  # 'Check the page for "No items"': look for it, never a tick
    return Intent(A.CHECK, target=_tick_box(target, m.group("target")))


def _tick_box(target: model.Target, said: str) -> model.Target:
    """The checkbox ticked: "the Show advanced options box" is a box to tick, not a text box."""
    if target.role_hint == "textbox" and re.search(r"(?i)(?<!text)\s+box$", said.strip()):
        target = replace(target, role_hint=None)
    return with_role(target, "checkbox")


_NEVER_TICKED = frozenset({"message", "error", "title", "question", "heading", "notice", "confirmation", "warning", "text", "prompt",
                           "banner", "caption", "subtitle"})  # descriptors of things that show text


@book("Clearing a field", A.FILL,
      ('Clear TARGET (fills it with nothing)', 'Clear the Search field'))
@rule(r"^(?:clear|empty)\s+(?P<target>.+)$")
def _clear(m: re.Match[str]) -> Intent:
    return Intent(A.FILL, target=with_role(target_from(m), "textbox"), value="")


@book("Hovering", A.HOVER,
      ('Hover over TARGET (also: Mouse over)', 'Hover over the Help icon'))
@rule(r"^(?:hover(?:\s+over|\s+on)?|mouse\s+over|move\s+(?:the\s+)?mouse\s+(?:over|to|onto))\s+(?P<target>.+)$")
def _hover(m: re.Match[str]) -> Intent:
    return Intent(A.HOVER, target=target_from(m))


@book("Pressing a key", A.PRESS,
      ('Press KEY [in TARGET] (Enter, Tab, Escape, Space, arrows, F1–F12, Control+A …)', 'Press Enter in the Search field'))
@rule(r"^(?:press|hit)\s+(?P<key>.+?)(?:\s+(?:in|on|into|inside)\s+(?P<target>.+))?$")
def _press(m: re.Match[str]) -> Intent | None:
    key = phrases.parse_key(m.group("key"))
    if key is None:
        return None  # "Press the Submit button" is a click
    target = target_from(m) if m.group("target") else None
    return Intent(A.PRESS, target=target, value=key)
