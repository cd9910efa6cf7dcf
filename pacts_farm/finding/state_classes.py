"""Class names that say what state an element is in, not what it is: "is-active", "hover-row", "router-link-active".

They come and go as a person uses the page (a menu item becomes active, a row is hovered, a checkbox checked, a
row added above turns an odd stripe even),
so a locator or a group built from them breaks at the next state change; a colour class (color-blue) says
how one of them looks, not what kind of thing it is. Locators, item groups and container
selectors are built from the other classes only. dom.js holds the same pattern (STATE_CLASS); a unit test keeps
the two equal.
"""

from __future__ import annotations

import re

PATTERN = (
    r"^(is|has)-|^ng-|^(hover|current)-row$|-(enter|leave)(-active|-to)?$"
    r"|^(active|selected|hover|hovered|focus|focused|focus-visible|focus-within|checked|current|disabled|open|opened"
    r"|show|shown|in|expanded|collapsed|visited|highlighted|pressed|dirty|pristine|touched|untouched|valid|invalid"
    r"|ascending|descending|odd|even|alt)$"
    r"|[-_](active|selected|hover|hovered|focus|focused|checked|current|opened|expanded|collapsed|disabled|odd|even)$"
    r"|^(odd|even)[-_]"
    r"|^(colou?r|bg)-((dark|light|deep|pale)[-_])?(red|blue|green|yellow|orange|purple|pink|grey|gray|brown|teal|cyan|lime|amber|indigo|violet|black|white)$"  # a card's colour (Kanboard's color-blue): how it looks, not what it is
)
STATE_CLASS = re.compile(PATTERN)


def is_state(name: str) -> bool:
    return bool(STATE_CLASS.search(name))


def stable(classes: list[str]) -> list[str]:
    """The classes that name what the element is."""
    return [c for c in classes if not is_state(c)]
