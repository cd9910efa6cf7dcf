"""Word patterns and readers that several retellings share."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases

QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def in_quotes(value: str) -> str:
    """The value as a quoted one: as it is when it was said in quotes, else put in quotes ("Oliver Grant")."""
    return value if QUOTED.fullmatch(value) else f'"{value}"'



# the kind a value is said with ("the state withdrawn", "the code order-manager"), and what never follows it as a value
KIND_OF_A_VALUE = r"(?:state|status|code|slug|sku|role|type|label|tag|id|email|price|amount|total|domain)"
NOT_A_CONTROL = r"(?!(?:field|button|link|column|box|tab|input|dropdown|menu|icon|checkbox)\b)"

N = r"(?:\d+|no|zero|one|a single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
ACTION_VERB = (r"(?:click|tap|press|select|choose|pick|type|write|enter|fill|check|uncheck|tick|untick|hover|open|expand|"
               r"toggle|clear|drag)\b")


WITH = r"(?:\s+with\s+(?P<with>.+?))?"


def with_checks(said: str) -> list[str]:
    """'the heading "Bookmarks"', '3 project tiles', 'Cancel and Confirm buttons': what shows the place."""
    said = re.sub(r"(?i)^(?:its|their)\s+", "the ", said)  # "with its Filters and Columns buttons": the place's own
    entries = re.fullmatch(rf"(?:{N})\s+(?:entries|items|options|links|buttons)\s*:\s*(?P<names>.+)", said, re.IGNORECASE)
    if entries:  # 'two entries: Settings and Log Out'
        return [f'Verify "{n}" is shown' for n in phrases.split_values(entries["names"])]
    counted = re.fullmatch(rf"(?P<n>{N})\s+(?P<noun>[\w -]+)", said, re.IGNORECASE)
    if counted:
        return [f"Verify {counted['n']} {counted['noun']} are shown"]
    preset = re.fullmatch(r"(?:the\s+)?(?P<field>[\w' -]+?)\s+(?:preset|set|defaulting|defaulted|pre-?selected)\s+(?:to|as)\s+(?P<value>.+)", said, re.IGNORECASE)
    if preset:  # 'with the role preset to user': that option chosen in the field
        return [f'Verify "{phrases.strip_quotes(preset["value"])}" is selected in the {preset["field"]} field']
    control = re.fullmatch(r"(?:an?|the)\s+(?P<name>(?-i:[A-Z])[\w' -]*?|\"[^\"]+\"|“[^”]+”)\s+(?P<role>button|link|tab|field|checkbox|list|table|section)", said)
    if control:  # 'with a Log in button', 'with the "Event start date" field'
        return controls_shown([phrases.strip_quotes(control["name"])], control["role"])
    titled = re.fullmatch(r"(?:the\s+|a\s+)?(?:title|heading)\s+(?P<name>[^\"“]+)", said, re.IGNORECASE)
    if titled:  # 'with the title Buffer Overflow Basics'
        return [f'Verify the heading "{titled["name"]}" is shown']
    if re.fullmatch(r"\"[^\"]+\"|“[^”]+”", said):  # 'A new row appears with "+1 unsaved"': that text shows it
        return [f"Verify {said} is shown"]
    kind_first = re.fullmatch(r"(?:the\s+)?(?P<role>buttons|links|tabs|fields|checkboxes)\s+(?P<names>.+)", said, re.IGNORECASE)
    if kind_first:  # 'with the buttons "Back" and "Switch"'
        names = phrases.split_values(kind_first["names"])
        return controls_shown(names, kind_first["role"].lower()) if len(names) > 1 else []
    name_first = re.fullmatch(r"(?:the|a|an)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+(?P<kind>section|panel|heading|table|list|tab|card)", said)
    if name_first:  # 'with a "Your Test plans" section'
        return [f"Verify the {name_first['kind']} {name_first['name']} is shown"]
    named = re.fullmatch(r"(?:the\s+|a\s+|an\s+)?(?P<kind>[\w -]+?)\s+(?P<name>\"[^\"]+\"|“[^”]+”)", said)
    if named:
        return [f"Verify the {named['kind']} {named['name']} is shown"]
    several = re.fullmatch(r"(?:the\s+)?(?P<names>.+?)\s+(?P<role>buttons|links|tabs|fields|checkboxes)", said, re.IGNORECASE)
    if several:
        names = phrases.split_values(several["names"])
        return controls_shown(names, several["role"]) if len(names) > 1 else []
    return []


ORDERS = r"(?:from\s+left\s+to\s+right|from\s+top\s+to\s+bottom|top\s+to\s+bottom|left\s+to\s+right|in\s+order|in\s+(?:this|that)\s+order|in\s+alphabetical\s+order|now)"


def in_this_order(group: str, values: list[str]) -> str:
    """The sentence the rules read for a group's members shown in an order."""
    listing = ", ".join(f'"{v}"' for v in values)
    return f"Verify the {group} are in this order: {listing}"


ROW_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))"
# "a score of 10", "the message "…"", "place 1": the words that say what a value is, before it
VALUE_KIND = re.compile(r"(?i)^(?:(?:a|an|the)\s+)?(?:score|rank|place|position|total|value|count|status|state|message|price|amount|"
                         r"date|time|type|role|email|e-mail|id|no\.?|number|description|note|title|name|comment|author|owner|homepage|url|summary|subject|version|"
                         r"category|priority|severity|product)(?:\s+of)?\s+(?=\S)")


COMMA_OR_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
WITH_OR_AND = re.compile(r"\s+with\s+|\s*,\s*(?:and\s+)?|\s+and\s+")


def row_values(said: str) -> list[str]:
    """'"Bit Flippers" with 1210 points' -> [Bit Flippers, 1210]; 'place 1, "Null Pointers" and 1710' -> [1, Null
    Pointers, 1710]: each value a row shows, without the words that say what it is (a unit after a number is such a
    word: the row shows the number)."""
    values: list[str] = []
    for part in phrases.cut_outside_quotes(said, WITH_OR_AND):
        part = VALUE_KIND.sub("", part)
        if not part:
            return []
        quoted = QUOTED.fullmatch(part)
        if quoted:
            values.append(phrases.strip_quotes(part))
            continue
        if QUOTED.search(part):
            return []  # words around a quoted value: not a value alone
        number = re.fullmatch(r"(?P<n>[$€£]?\d[\d.,:%]*)\s+[A-Za-z]+", part)
        values.append(number["n"] if number else named_of_kind(part))
    return values


def named_of_kind(value: str) -> str:
    """"the pasta-recipe link" -> "pasta-recipe": a one-word name said between "the" and its kind."""
    kind_said = re.fullmatch(r"(?i:the)\s+(?P<name>\S+)\s+(?-i:[a-z]+)", value)
    return kind_said["name"] if kind_said else value


def only_these(names: str) -> bool:
    """"Only A and B are listed", "Just A": that no other is, which each name shown does not check."""
    return re.match(r"(?i)(?:only|just)\s", names) is not None


def names_said(said: str) -> list[str]:
    """'Production, Critical and "Team: payments"' -> [Production, Critical, Team: payments]: names said with commas
    and "and", some quoted, some not (a quoted one keeps its commas and "and")."""
    parts = phrases.cut_outside_quotes(said, COMMA_OR_AND)
    if only_these(said) or re.match(r"(?i)exactly\s", said):
        return []
    if any(_IN_SEQUENCE.match(part) for part in parts):
        return []  # "first 7.8, after 6.9 and the last 5.2": values in an order, never names
    names = [phrases.strip_quotes(part) for part in parts]
    return names if all(names) else []


_IN_SEQUENCE = re.compile(r"(?:the\s+)?(?:first|second|third|then|after|next|last|finally)\s+\S")


def controls_shown(names: list[str], role: str, where: str = "") -> list[str]:
    """'"Create Tag" and "Merge Tags" buttons': each control of that kind shown, where the sentence said."""
    return [f'Verify the "{n}" {phrases.singular(role)} is shown{" " + where if where else ""}' for n in names]


# "X and Y", "X, and Y", "X while Y", "X; Y": two statements, each read on its own
JOIN = re.compile(r"\s*;\s*|\s*,\s*(?:and|but|while)\s+|\s+(?:and|but|while)\s+")
SAYS = r"(?:has|have|shows?|offers?|lists?|contains?|includes?|says|reads)"


def as_field(name: str) -> str:
    """'Slug' -> 'Slug field'; 'Name box' as it is: a field's name as the rules read it after "in the"."""
    return name if re.search(r"(?i)\s(?:field|box|input)$", name) else f"{name} field"


QUOTED_NAME = r"(?:\"[^\"]+\"|“[^”]+”)"
NAME_WRITTEN = r"(?:\"[^\"]+\"|“[^”]+”|" + phrases.CAPITALISED_NAME + ")"  # a name quoted, or capitalised as written
