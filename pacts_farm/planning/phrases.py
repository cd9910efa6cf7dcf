"""The pieces of a sentence the rules planner recognises: quotes, targets, role words, keys, timeouts."""

from __future__ import annotations

from dataclasses import replace
import re

from pacts_farm import model
from pacts_farm.finding import fields
from pacts_farm.planning import notes

# "straight", “curly”, or 'single' around a value that holds a double quote ('Woodruff Syrup "Forest Master"')
QUOTED = r'''(?:"(?P<{0}_q>[^"]+)"|“(?P<{0}_c>[^”]+)”|(?<![\w'])'(?P<{0}_s>[^'"]*"[^'"]*"[^']*)'(?![\w']))'''
ARTICLES = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
HAVE_OPENED = re.compile(r"^(?:I\s+)?(?:have\s+|has\s+)?opened\s+(?=\S)", re.IGNORECASE)  # what a Given says was done, to do now
# a checklist's own marks before what is done or checked: a box, a step's number, a label and a colon ("Verify: open
# Expense Policy", "Check: press Register", "Result: the page says …"): what follows is the sentence, a statement a check
CHECKLIST_LABEL = re.compile(
    r"^(?:[-*]\s*)?\[[ xX✓✔]?\]\s*|^step\s+\d+\s*[-–—:.)]\s*(?=\S)"
    r"|^(?:[a-z]+\s+){0,2}?(?:checklist|to\s+check|check|test|verify|result|expected(?:\s+result)?|expect|outcome|action)\s*:\s+(?=\S)",
    re.IGNORECASE)  # "Manager check: log in as helen"
ROLE_WORDS = {
    "button": "button",
    "btn": "button",
    "link": "link",
    "field": "textbox",
    "input": "textbox",
    "box": "textbox",
    "textbox": "textbox",
    "text box": "textbox",
    "textarea": "textbox",
    "text area": "textbox",
    "editor": "textbox",  # "the reply editor": where a reply is written
    "composer": "textbox",
    "checkbox": "checkbox",
    "check box": "checkbox",
    "dropdown": "combobox",
    "drop-down": "combobox",
    "select": "combobox",
    "list": "combobox",
    "combobox": "combobox",
    "tab": "tab",
    "heading": "heading",
    "radio": "radio",
    "radio button": "radio",
    "option": "option",
    "icon": None,
    "menu item": "menuitem",
    "switch": "switch",
    "image": "img",
    "dialog": "dialog",
    "modal": "dialog",
    "column header": "columnheader",
    "column heading": "columnheader",
    "column": "columnheader",
}
# role words that also end names ("Product List", "Hide Image"): a role only when written in lower case
_NAME_ENDINGS = {"list", "image", "picture", "photo"}
_ROLE_SUFFIX = re.compile(
    r"\s+(" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True)) + r")$", re.IGNORECASE
)
KEYS = {
    "enter": "Enter",
    "return": "Enter",
    "tab": "Tab",
    "escape": "Escape",
    "esc": "Escape",
    "space": "Space",
    "spacebar": "Space",
    "backspace": "Backspace",
    "delete": "Delete",
    "del": "Delete",
    "arrowup": "ArrowUp",
    "arrowdown": "ArrowDown",
    "arrowleft": "ArrowLeft",
    "arrowright": "ArrowRight",
    "up arrow": "ArrowUp",
    "down arrow": "ArrowDown",
    "left arrow": "ArrowLeft",
    "right arrow": "ArrowRight",
    "up": "ArrowUp",
    "down": "ArrowDown",
    "home": "Home",
    "end": "End",
    "pageup": "PageUp",
    "pagedown": "PageDown",
    "page up": "PageUp",
    "page down": "PageDown",
    **{f"f{n}": f"F{n}" for n in range(1, 13)},
}
MODIFIERS = {"control": "Control", "ctrl": "Control", "shift": "Shift", "alt": "Alt", "meta": "Meta", "cmd": "Meta"}
_UNIT = r"(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)"
_TIMEOUT = re.compile(
    r"\s*(?:\(\s*(?:(?:wait|allow|allowing|timeout:?|give it)\s+(?:(?:for\s+)?up to\s+|within\s+|max(?:imum)?\s+|at most\s+)?"
    r"|(?:for\s+)?up to\s+|within\s+|max(?:imum)?\s+|at most\s+)"
    r"(?P<a>\d+(?:\.\d+)?)\s*(?P<au>" + _UNIT + r")\s*\)"
    r"|\s+(?:within|in up to|for up to)\s+(?P<b>\d+(?:\.\d+)?)\s*(?P<bu>" + _UNIT + r")"
    r"|\s*[,;]?\s+(?:and\s+)?(?:allow(?:ing)?|wait(?:ing)?|give it|with a timeout of|timeout)\s+"
    r"(?:(?:for\s+)?up to|at most|max(?:imum)?|of)\s+(?P<c>\d+(?:\.\d+)?)\s*(?P<cu>" + _UNIT + r")"
    r"|\s*[,;]?\s+(?:and\s+)?allow(?:ing)?\s+(?P<d>\d+(?:\.\d+)?)\s*(?P<du>" + _UNIT + r"))\s*$",
    re.IGNORECASE,
)


def quoted(name: str) -> str:
    return QUOTED.format(name)


def group(match: re.Match[str], name: str) -> str | None:
    """A group that may have matched as "straight", “curly” or bare text."""
    for key in (f"{name}_q", f"{name}_c", f"{name}_s", name):
        if key in match.re.groupindex and match.group(key) is not None:
            return match.group(key)
    return None


def was_quoted(match: re.Match[str], name: str) -> bool:
    return any(
        key in match.re.groupindex and match.group(key) is not None for key in (f"{name}_q", f"{name}_c", f"{name}_s")
    )


def split_timeout(sentence: str) -> tuple[str, int | None]:
    """'Click Pay (up to 20 s)', 'Click Pay, allow up to 20 seconds' -> ('Click Pay', 20000)."""
    match = _TIMEOUT.search(sentence)
    if not match or not sentence[: match.start()].strip():
        return sentence, None
    name = next(n for n in "abcd" if match.group(n) is not None)
    amount = float(match.group(name))
    unit = match.group(name + "u").lower()
    if unit in ("ms", "millisecond", "milliseconds"):
        factor = 1
    elif unit.startswith("min"):
        factor = 60000
    else:
        factor = 1000
    return sentence[: match.start()].rstrip(" ,;"), int(amount * factor)


ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "last": -1, "second to last": -2, "second-to-last": -2, "second last": -2, "penultimate": -2,
}
# every ordinal a person writes, in words or in figures (1st, 22nd), the longest words first: one pattern for all rules
ORDINAL_WORDS = (
    r"(?:second[- ]to[- ]last|second last|penultimate|"
    + "|".join(sorted((w for w in ORDINALS if w.isalpha()), key=len, reverse=True))
    + r"|\d+(?:st|nd|rd|th))"
)
_ORDINAL = r"(?P<ordinal>" + ORDINAL_WORDS + r")"
# "the first product", "the 3rd row in the list": an ordinal, then what is counted
_POSITIONED = re.compile(r"^(?:the\s+)?" + _ORDINAL + r"(?:\s+(?P<rest>.+?))?(?:\s+(?:in|on|of)\s+the\s+(?:(?-i:[a-z]+)\s+)?(?:list|page|table|grid|results))?$", re.IGNORECASE)
# the part of the page a person names, canonical words first
REGIONS = {
    "header": "header", "page header": "header", "site header": "header", "top bar": "header", "topbar": "header", "banner": "header",
    "top banner": "header",
    "app bar": "header", "title bar": "header",
    "footer": "footer", "page footer": "footer", "site footer": "footer",
    "sidebar": "sidebar", "side bar": "sidebar", "side menu": "sidebar", "side panel": "sidebar", "sidenav": "sidebar",
    "left menu": "sidebar", "left navigation": "sidebar", "left nav": "sidebar",
    "side nav": "sidebar", "drawer": "sidebar", "sidebar menu": "sidebar", "side nav menu": "sidebar",
    "left sidebar": "sidebar", "left side": "sidebar", "left-hand side": "sidebar", "left hand side": "sidebar", "left panel": "sidebar", "right sidebar": "sidebar", "left-hand sidebar": "sidebar", "right-hand sidebar": "sidebar",
    "navigation": "navigation", "nav": "navigation", "navbar": "navigation", "nav bar": "navigation",
    "navigation bar": "navigation", "menu": "navigation", "main menu": "navigation", "navigation menu": "navigation",
    "top menu": "navigation", "header menu": "navigation", "nav menu": "navigation", "site menu": "navigation",
    "main navigation": "navigation", "site navigation": "navigation", "context navigation": "navigation", "contextual navigation": "navigation", "top nav": "navigation", "top navigation": "navigation", "top navbar": "navigation",
    "menu bar": "navigation", "burger menu": "navigation", "hamburger menu": "navigation", "mobile menu": "navigation",
    "dialog": "dialog", "dialog box": "dialog", "modal": "dialog", "modal dialog": "dialog", "popup": "dialog",
    "pop-up": "dialog", "pop up": "dialog", "overlay": "dialog",
    "toast": "toast", "notification": "toast", "snackbar": "toast", "toast message": "toast", "notification message": "toast",
    "main": "main", "main content": "main", "main area": "main", "content area": "main", "main section": "main",
    "breadcrumb": "breadcrumb", "breadcrumbs": "breadcrumb", "breadcrumb trail": "breadcrumb",
    "pagination": "pagination", "pager": "pagination", "paginator": "pagination", "page navigation": "pagination",
    "pagination bar": "pagination", "pagination links": "pagination",
}
# boxes a person names by what they show, not by a name: "the close button on the alert" is inside such a box
MESSAGE_BOXES = frozenset({"alert", "alert box", "alert message", "error", "error message", "error box", "message",
                           "message box", "flash message", "flash", "notice", "callout", "warning", "warning message"})
_IN_MESSAGE_BOX = re.compile(r"\s+(?:in|inside|within|on|of)\s+the\s+(?:" + "|".join(sorted(MESSAGE_BOXES, key=len, reverse=True)) + r")$",
                             re.IGNORECASE)
CORNERS = {"top": "top", "bottom": "bottom", "left": "left", "right": "right", "upper": "top", "lower": "bottom"}
_REGION_WORDS = "|".join(sorted((re.escape(w) for w in REGIONS), key=len, reverse=True))
_IN_REGION = re.compile(
    r"\s+(?:in|inside|within|on|from|at\s+the\s+(?:top|bottom|foot|end|start)\s+of)\s+(?:the\s+)?(?P<region>" + _REGION_WORDS + r")"
    r"(?:\s+(?:area|section|panel|bar|region))?(?:\s+of\s+the\s+(?:page|screen))?(?:\s+(?:on|at)\s+the\s+(?:left|right)(?:[- ]hand)?(?:\s+side)?)?$",
    re.IGNORECASE,
)
# "in the Navigation sidebar": a part of the page named by its heading (never a menu: "the Account menu" is the one
# its control opens)
_IN_NAMED_REGION = re.compile(r"\s+(?:in|inside|within|on|from)\s+the\s+(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w-]*)\s+"
                              r"(?P<region>sidebar|side\s*bar|side\s+panel|footer|header|navigation\s+bar|nav\s*bar)$", re.IGNORECASE)
# "the Description field of the sidebar": a control of a region is in it
_OF_REGION = re.compile(
    r"(?<=\s)(?P<role>field|input|box|button|link|icon|checkbox|dropdown|tab|title|heading)\s+of\s+(?:the\s+)?(?P<region>" + _REGION_WORDS + r")$",
    re.IGNORECASE,
)
# "in the welcome dialog", "on the confirm delete popup": a dialog a person names by what it is for
_NAMED_DIALOG = r"(?:(?-i:[a-z])[\w'-]*\s+){1,2}(?:dialog(?:\s+box)?|modal|popup|pop-up)"
_IN_NAMED_DIALOG = re.compile(r"\s+(?:in|inside|within|on|from)\s+the\s+" + _NAMED_DIALOG + "$", re.IGNORECASE)
_AT_CORNER = re.compile(
    r"\s+(?:at|in|on)\s+the\s+(?P<v>top|bottom|upper|lower)(?:[- ](?P<h>right|left))?(?:[- ]hand)?"
    r"(?:\s+(?:corner|side|edge))?(?:\s+of\s+the\s+(?:page|screen|(?P<box>card|dialog|modal|popup|panel|window)|header|toolbar|navbar|nav\s*bar|navigation(?:\s+bar)?|top\s+bar|menu\s+bar))?$"
    r"|\s+(?:at|on)\s+the\s+(?P<side>right|left)(?:[- ]hand)?(?:\s+side)?(?:\s+of\s+the\s+(?:page|screen))?$",
    re.IGNORECASE,
)
_BARE_CORNER = re.compile(r"(?<=\S)(?<!\bthe)(?<!\bin)(?<!\bat)(?<!\bon)\s+(?P<corner>(?:top|bottom)[- ](?:right|left))(?:\s+corner)?$", re.IGNORECASE)
# "in the user menu", "from the Account dropdown": a menu named by the control that opens it (intent.menu_named)
_IN_MENU = re.compile(
    r"\s+(?:in|inside|within|on|from|under)\s+(?:the\s+|my\s+|your\s+)?(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
    r"(?P<noun>menu|dropdown|drop-down|drop\s+down|submenu|sub-menu|popover|pop-up\s+menu|popup\s+menu|flyout)$",
    re.IGNORECASE,
)
# what a person calls an element beyond its role: canonical descriptor, and whether the word leaves the text
# ("the cart icon" is the cart control that looks like an icon; "the cart badge" keeps both words to match on)
DESCRIPTORS = {
    "icon": ("icon", True), "symbol": ("icon", True), "glyph": ("icon", True),
    "image": ("image", True), "picture": ("image", True), "photo": ("image", True), "thumbnail": ("image", True),
    "badge": ("badge", False), "counter": ("badge", False), "count badge": ("badge", False),
    "error message": ("error", False), "error": ("error", False), "error box": ("error", False),
    "error text": ("error", False), "alert": ("error", False), "validation message": ("error", False),
    "message": ("message", False), "notification": ("message", False), "toast": ("message", False),
    "snackbar": ("message", False), "toast message": ("message", False), "notification message": ("message", False),
    "banner message": ("message", False), "notice": ("message", False), "info message": ("message", False),
    "success message": ("message", False), "info box": ("message", False), "callout": ("message", False),
    "title": ("title", False), "heading title": ("title", False),
    "name": ("name", False),
}
_DESCRIPTOR_SUFFIX = re.compile(
    r"(?:^|\s+)(" + "|".join(sorted((re.escape(w) for w in DESCRIPTORS), key=len, reverse=True)) + r")$", re.IGNORECASE
)
_BURGER = re.compile(r"^(?:hamburger|burger)(?:\s+(?:menu|icon|button|menu icon|menu button))?$|^menu\s+(?:icon|button)$", re.IGNORECASE)
# "the button labelled X", "the link named X", "the field with placeholder X"
_NAMED = re.compile(
    r"^(?:(?P<qualifier>[a-z]+)\s+(?=(?:field|input|dropdown|select)\s))?"  # "the filter field with placeholder X"
    r"(?P<role>" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True)) + r"|element|control|item)"
    r"\s+(?:(?P<placeholder>with\s+(?:the\s+)?placeholder(?:\s+text)?|whose\s+placeholder\s+is|with\s+(?:a\s+)?hint)"
    r"|(?P<says>(?:that|which)\s+(?:says|reads|shows))"
    r"|labell?ed|named|called|titled|saying|reading|with\s+(?:the\s+)?(?:text|label|name|title)(?:\s+of)?)\s+(?P<name>.+)$",
    re.IGNORECASE,
)
# a colour said before a name and a noun ("the blue search button", "the red Delete button"; never "the Blue Mug" or
# "the red button", where it is all that tells the control); what a control shows
# besides its name, said after its role word ("… button with the magnifier icon")
# how a thing looks, said before what it is: "the red Delete button", "a small green "Paid" badge"
LOOKS_WORDS = "red|blue|green|grey|gray|yellow|orange|purple|small|little|tiny|big|large|round|bold"
COLOUR_WORDS = {"red": "red", "blue": "blue", "green": "green", "grey": "grey", "gray": "grey", "yellow": "yellow", "orange": "orange",
                "purple": "purple"}
_COLOUR = re.compile(r"^(?:(?-i:" + LOOKS_WORDS + r")\s+)+(?=\S+\s+\S)")
_ICON_LABELLED = re.compile(r"^(?:[\w-]+\s+){1,2}(?:icon|symbol|glyph)\s+(?:(?:labell?ed|named|saying|that\s+says)\s+(?P<name>.+)"
                           r"|(?:menu\s+)?(?:item|entry|link|option|button)\s+(?P<quoted>\"[^\"]+\"|“[^”]+”))$", re.IGNORECASE)
# "the eye icon (show)", "the right-arrow (chevron) button": another name for the shape, said aside
_ICON_ALIAS = re.compile(r"(?<=\sicon)\s*\([^()\"“”]+\)(?=\s|$)|(?<=\w)\s*\([^()\"“”]+\)(?=\s+(?:icon|button|symbol)\b)", re.IGNORECASE)
_WITH_ICON_ASIDE = re.compile(r"\s*\(\s*with\s+(?:an?|the)\s+[\w -]+?\s+(?:icon|symbol|logo)\s*\)", re.IGNORECASE)
_ICON_TITLED = re.compile(r"^(?:[\w-]+\s+){1,3}(?P<kind>icon|button)\s*\((?P<title>(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3})\)$", re.IGNORECASE)
_LOOKS_TAIL = re.compile(r"(?:(?<=\sbutton)|(?<=\slink)|(?<=\sicon))\s+with\s+(?:an?|the)\s+[\w -]+?\s+(?:icon|symbol|sign|glyph)$", re.IGNORECASE)
_PLACEHOLDER_FIELD = re.compile(r"^(?P<name>.+?)\s+placeholder(?:\s+(?:field|input|box|text))?$", re.IGNORECASE)
_SCOPE = re.compile(
    r"^(?P<target>.+?)\s+(?:(?:in|on|inside|within)\s+the\s+(?:row|card|tile|entry|line|item|product|panel)\s+"
    r"(?:for|of|with|containing|that\s+(?:says|shows))|under(?:neath)?|below|beneath|above|beside|next\s+to|alongside|to\s+the\s+(?:left|right)\s+of"
    r"|(?:at|on)\s+the\s+(?:(?:far\s+)?(?:end|right|left|right\s+end|left\s+end)|start|beginning)\s+of)\s+(?P<scope>.+)$",
    re.IGNORECASE,
)
_BOX_NOUNS = r"(?:list|column|section|panel|card|box|group|lane|tile|pane|widget|tab|dialog|modal|drawer|popup|form|table)"
# 'Add card in the "Backlog" list', '… on the card "Kickoff meeting"', '… in the Todo list': inside the box that name titles
_NAMED_BOX = re.compile(
    r"^(?P<target>.+?)\s+(?:in|on|inside|within|from|under|of)\s+the\s+(?:(?P<before>\"[^\"]+\"|“[^”]+”)\s+" + _BOX_NOUNS
    + r"|" + _BOX_NOUNS + r"\s+(?P<after>\"[^\"]+\"|“[^”]+”)|(?P<bare>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,2})\s+" + _BOX_NOUNS + r")$"
)
# "the price for Blue Mug", "the Remove button of the first item": a part of an item, named with for/of
_FOR_SCOPE = re.compile(
    r"^(?P<target>(?:.*?\s)?(?:" + fields.part_alternation() + r"|button|link|badge|icon|image|checkbox|message|error|menu|toggle))"
    r"\s+(?:for|of)\s+(?P<scope>.+)$",
    re.IGNORECASE,
)
_SCOPE_NOUN_SUFFIX = re.compile(
    r"^(?:(?:in|on|inside|within)\s+)?the\s+(?P<scope>.+?)\s+(?:row|card|tile|entry|line|item|product|post|article|comment|"
    r"panel|section|pane|form|widget|tag|chip)$",
    re.IGNORECASE,
)
# "in the user list", "in the tags bar": a part of the page named by lower-case words its markup likely uses
_IN_NAMED_PART = re.compile(
    r"\s+(?:in|inside|within)\s+the\s+(?P<part>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+"
    r"(?:list|bar|panel|section|table|grid|toolbar|pane|area|group))$"
)
# "in the filters", "in the filter sidebar": the box of a list's filters (containers.py), whatever its markup calls it
_IN_FILTERS = re.compile(
    r"\s+(?:in|inside|within|on|from|under)\s+the\s+(?:filters?|facets|refinements)"
    r"(?:\s+(?:panel|sidebar|side\s*bar|section|bar|pane|area|box|column))?$", re.IGNORECASE,
)
# "the row for Saw", "the row containing "Garden Cart"": the table row whose text names it
_ROW_FOR = re.compile(
    r"^(?:table\s+)?row\s+(?:for|with|containing|of|that\s+(?:contains|shows|says))\s+(?P<name>.+)$", re.IGNORECASE
)
# "the Nightly backup row", "the row Groceries", "the row tom@example.com": a row named as it shows (a capitalised or
# quoted name, an email), not "the header row"
_NAMED_ROW = re.compile(r'^(?:(?P<before>[A-Z0-9"“][^"“”]*?|"[^"]+"|“[^”]+”|[\w.+-]+@[\w.-]+)\s+row|row\s+(?P<after>[A-Z0-9"“].*|[\w.+-]+@[\w.-]+))$')
_IN_THE = re.compile(r"^(?P<target>.+?)\s+(?P<phrase>(?:in|on|inside|within)\s+the\s+.+)$", re.IGNORECASE)
# "the column dropdown of the filter row": a control of a part, as "in the filter row"
_CONTROL_OF_THE = re.compile(r"^(?P<target>.+?\s(?:dropdown|select|field|box|input|button|link|checkbox|icon))\s+of\s+(?P<phrase>the\s+.+)$",
                             re.IGNORECASE)
# "the author link Austen, Jane", "the link Jane Austen": a role word, then the name as the page shows it (capitalised)
_ROLE_THEN_NAME = re.compile(r"^(?:[a-z]+\s+)?(?P<role>link|button|heading|tab)\s+(?P<name>[A-Z][^\"“]*)$")
_QUOTED_SPAN = re.compile(r'"([^"]+)"|“([^”]+)”')
_LABEL_NAME = re.compile(r"(?:^|\s)(?:first|last|user|full|middle|company|display|family|given|nick|sur|account|file|host|domain|login|screen|job|page)\s*(?:name|title)$", re.IGNORECASE)
# a lower-case noun for the item, then its quoted name: 'book "The Hobbit"', 'product “Red Shoe”'
_KIND_THEN_NAME = re.compile(r'^[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+(?P<name>"[^"]+"|“[^”]+”)$')
# lower-case words after an ordinal name what is counted ("the second contact"); a capitalised one is a name
_PLAIN_NOUN = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?")
ITEM_NOUNS = r"(?:item|product|row|card|entry|tile|line|listing|result|post|article|comment)"


def ordinal(text: str) -> int | None:
    """'first' -> 1, 'last' -> -1, '3rd' -> 3; anything else -> None."""
    word = text.lower().replace("-", " ")
    if word in ORDINALS:
        return ORDINALS[word]
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


# the entries a list or a table counts, by the nouns people give them ("the second transaction", "the top revision")
LISTED_ENTRIES = r"(?:row|entry|item|line|result|comment|message|revision|record|post|card|task|event|transaction|change|version)"
# "the top row", "the bottom History entry": the first or the last of a list read from the top (never "the top menu")
_TOP_OR_BOTTOM = re.compile(r"(?:^|(?<=\bthe\s))(?P<end>top|topmost|uppermost|bottom|bottommost|lowest)\s+(?=(?:(?-i:[A-Z])[\w-]*\s+)?"
                            + LISTED_ENTRIES + r"s?\b)", re.IGNORECASE)


def ends_as_ordinals(text: str) -> str:
    """'the top row' -> 'the first row', 'the bottom History entry' -> 'the last History entry'."""
    return _TOP_OR_BOTTOM.sub(lambda end: "first " if end["end"].lower() in ("top", "topmost", "uppermost") else "last ", text)


def positioned(text: str) -> tuple[int, str] | None:
    """'the first product' -> (1, 'product'); 'the last' -> (-1, ''); 'the top row' -> (1, 'row'); not an ordinal
    phrase -> None."""
    match = _POSITIONED.match(ends_as_ordinals(text.strip()))
    if not match:
        return None
    position = ordinal(match.group("ordinal"))
    rest = re.sub(r"(?i)(?<=\w)\s+(?:listed|shown|displayed)$", "", (match.group("rest") or "").strip())  # "the first book listed"
    return (position, rest) if position is not None else None


# "the first book under "Books in genre"", "the last card in the Backlog list", "… under the Copies heading": the
# heading (or a board list's title) whose list the counted items belong to
_UNDER_SECTION = re.compile(
    r"\s+(?:under|below|beneath)\s+(?:the\s+)?(?:(?:heading|section)\s+)?(?P<section>.+?)(?:\s+(?:heading|section|title))?$",
    re.IGNORECASE,
)
_IN_SECTION = re.compile(
    r"\s+(?:in|within|inside|on)\s+the\s+(?:(?P<quoted>\"[^\"]+\"|“[^”]+”)|(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3}))"
    r"\s+(?:list|section|column)$"
)
# "the first card in Backlog": a list's title said alone, without "the" or "list"
_IN_TITLED = re.compile(r"\s+(?:in|within)\s+(?:(?P<quoted>\"[^\"]+\"|“[^”]+”)|(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3}))$")
_COUNTED_NOUN = re.compile(r"^[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$")


def split_section(text: str) -> tuple[str, str | None]:
    """'first book under "Books in genre"' -> ('first book', 'Books in genre'); 'last card in the Backlog list' or
    'last card in Backlog' -> ('last card', 'Backlog'). Only an item of a list named by its position takes a section:
    "Add to cart under Blue Mug" keeps its scope."""
    for pattern in (_IN_SECTION, _UNDER_SECTION, _IN_TITLED):
        match = pattern.search(text)
        if not match or match.start() == 0:
            continue
        rest = text[: match.start()].rstrip()
        where = positioned(rest)
        if where is None or not _COUNTED_NOUN.match(where[1]):
            continue  # counts take their section in rules/lists.py
        named = match.groupdict().get("section") or match.groupdict().get("quoted") or match.groupdict().get("name") or ""
        section = strip_quotes(named.strip())
        if section:
            return rest, section
    return text, None


def split_region(text: str) -> tuple[str, str | None]:
    """'Logout in the sidebar' -> ('Logout', 'sidebar'); 'cart at the top right' -> ('cart', 'top right')."""
    match = _IN_REGION.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), REGIONS[match.group("region").lower()]
    match = _OF_REGION.search(text)
    if match:
        return text[: match.end("role")], REGIONS[match.group("region").lower()]
    match = _IN_NAMED_REGION.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), REGIONS[" ".join(match.group("region").lower().split())]
    match = _IN_NAMED_DIALOG.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), "dialog"
    text = _BARE_CORNER.sub(r" at the \g<corner>", text)  # "the avatar menu top right": at the top right
    match = _AT_CORNER.search(text)
    if match and match.start() > 0:
        if match.group("box"):  # "the X icon in the top right of the card": the page's corners say nothing of a box's
            return text[: match.start()].rstrip(), "dialog" if match.group("box").lower() in ("dialog", "modal", "popup") else None
        if match.group("side"):
            return text[: match.start()].rstrip(), match.group("side").lower()
        region = CORNERS[match.group("v").lower()]
        if match.group("h"):
            region += " " + match.group("h").lower()
        rest = text[: match.start()].rstrip()
        named = _IN_REGION.search(rest)
        if named and named.start() > 0:  # "in the pager at the bottom": the part named is where, the corner only says where it sits
            return rest[: named.start()].rstrip(), REGIONS[named.group("region").lower()]
        return rest, region
    match = _IN_FILTERS.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), "filters"
    match = _IN_MESSAGE_BOX.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), "alert"
    match = _IN_NAMED_PART.search(text)
    if match and match.start() > 0 and match.group("part").split()[0] not in ORDINALS:
        return text[: match.start()].rstrip(), match.group("part")
    match = _IN_MENU.search(text)
    if match and match.start() > 0 and match.group("name").split()[0].lower() not in ORDINALS:
        noun = "dropdown" if match.group("noun").lower().startswith("drop") else "menu"
        return text[: match.start()].rstrip(), f"{match.group('name').lower()} {noun}"
    return text, None


def split_scope(text: str) -> tuple[str, str | None, int | None]:
    """'Add to cart under Blue Mug' -> ('Add to cart', 'Blue Mug', None); '… for the first product' -> position 1.
    Only words outside quotes make a scope: '"Add to cart under 50"' stays one name."""
    masked = mask_quoted(text)
    by_author = _BY_AUTHOR.match(masked)
    if by_author:  # "Edit in the comment by mara": in the comment that shows its author's name
        return _span(text, by_author, "target"), strip_quotes(_span(text, by_author, "who")), None
    boxed = _NAMED_BOX.match(masked)
    if boxed and not positioned(_span(text, boxed, "target")):  # "the first card in the Backlog list": lists count it
        named = next(group for group in ("before", "after", "bare") if boxed.group(group))
        return _span(text, boxed, "target"), strip_quotes(_span(text, boxed, named)), None
    match = _SCOPE.match(masked)
    if match is None:
        match = _FOR_SCOPE.match(masked)
        if match and _ROLE_SUFFIX.search(_span(text, match, "scope")) and not _span(text, match, "scope").endswith(('"', "”")):
            match = None  # "the Name of the pet field": the role word names the whole phrase
    if not match:
        listed = _in_named_list(text)
        if listed is not None:
            return (*listed, None)
        inside = _IN_THE.match(masked) or _CONTROL_OF_THE.match(masked)
        noun = _SCOPE_NOUN_SUFFIX.match(_span(text, inside, "phrase")) if inside else None
        if inside and not noun:
            box = _IN_BOX_NOUN.match(_span(text, inside, "phrase"))
            if box and box.group("noun").lower() not in _NOT_BOXES and not positioned(_span(text, inside, "target")):
                return _span(text, inside, "target"), box.group("noun"), None  # "the close icon in the cart"
        if not (inside and noun):
            return text, None, None
        target, scope = _span(text, inside, "target"), noun.group("scope")
        where = positioned(scope)
        if where is not None and not where[1]:
            return target, None, where[0]  # "Edit in the second row"
        return target, strip_quotes(ARTICLES.sub("", scope)), None
    scope = _span(text, match, "scope")
    if _BESIDE.match(masked[match.end("target"):]) and unnamed_thing(scope):
        # "the >>> link below the table": where it sits, no item's text; a pager or a page size drawn above and
        # again below a table is the first copy above it and the last below it
        side = _ABOVE_OR_BELOW.match(masked[match.end("target"):])
        return _span(text, match, "target"), None, (1 if side["side"].lower() == "above" else -1) if side else None
    return (_span(text, match, "target"), *scope_or_position(scope))


_ITEM_BY = re.compile(r"^(?:the\s+)?" + ITEM_NOUNS + r"\s+(?:written\s+|posted\s+)?by\s+(?P<who>.+)$", re.IGNORECASE)
_BY_AUTHOR = re.compile(r"^(?P<target>.+?)\s+(?:in|on|of|under)\s+the\s+" + ITEM_NOUNS + r"\s+(?:written\s+|posted\s+)?by\s+(?P<who>\S+(?:\s+(?-i:[A-Z])\S*)?)$", re.IGNORECASE)
_TITLED_BOX = re.compile(r"(?P<name>(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z])[\w&'-]*){0,2})\s+(?:section|panel|pane|widget|box|form)", re.IGNORECASE)
# a relative place, and a thing it is said by kind, not by name: "below the table", "under the heading"
_BESIDE = re.compile(r"\s+(?:under(?:neath)?|below|beneath|above|beside|next\s+to|alongside)\s", re.IGNORECASE)
_ABOVE_OR_BELOW = re.compile(r"\s+(?P<side>above|below|under(?:neath)?|beneath)\s+the\s+(?:[a-z]+\s+)?(?:table|list|grid|results)$", re.IGNORECASE)
_UNNAMED_THING = re.compile(r"the\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2}", re.IGNORECASE)


def unnamed_thing(phrase: str) -> bool:
    """"the table", "the board title": a part of the page said by its kind, not by a name or a position ("the first
    product"), nor a field ("next to the password": the box that holds the password field)."""
    said = phrase.strip()
    return (bool(_UNNAMED_THING.fullmatch(said)) and positioned(ARTICLES.sub("", said)) is None
            and said.split()[-1].lower() in _STRUCTURE_WORDS)


# the parts of a page people place things by, by their kind
_STRUCTURE_WORDS = frozenset({"table", "list", "grid", "heading", "title", "header", "pagination", "results", "page", "products",
                              "items", "answer", "tabs", "quantity", "name", "menu", "toolbar", "chart", "map", "image", "logo"})


# "in the cart", "inside the basket": a box a person calls by one lower-case noun, found by the text it shows
_IN_BOX_NOUN = re.compile(r"^(?:in|inside|within)\s+the\s+(?P<noun>[a-z][a-z-]+|[a-z][a-z-]+\s+(?:tools|toolbar|bar|panel|pane|box|area|strip))$")
_NOT_BOXES = frozenset({"list", "page", "screen", "table", "grid", "form", "field", "middle", "center", "centre", "top",
                        "bottom", "end", "corner", "background", "foreground", "url", "address", "title", "browser", "tab"})


# a word a password is made of: letters with a digit or a sign ("Passw0rd!", "Alice#2024!")
_PASSWORD_LIKE_END = re.compile(r"(?:^|\s)(?=\S*[A-Za-z])(?=\S*[\d#@$%&*?])\S*!$")
_ABOUT_SIGNING_IN = re.compile(r"(?i)\b(?:log\s*in|login|sign\s*in|signin|password|pw)\b|/")


def without_end_mark(sentence: str) -> str:
    """The sentence without the full stop, semicolon or exclamation mark that closes it; in a sentence that signs in,
    an "!" that ends a password-like word is the password's own ("Log in as uma with Passw0rd!")."""
    text = sentence.strip()
    while text and text[-1] in ".;!":
        if text[-1] == "!" and _PASSWORD_LIKE_END.search(text) and _ABOUT_SIGNING_IN.search(text):
            break
        text = text[:-1].rstrip()
    return text


def mask_quoted(text: str) -> str:
    """The text with every quoted span's inside blanked out (same length), so patterns read only the words around
    quotes: 'Verify "Made in Italy" shows' -> 'Verify "____________" shows'."""
    return _QUOTED_SPAN.sub(lambda q: q.group()[0] + "_" * (len(q.group()) - 2) + q.group()[-1], text)


def _outside_quotes(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """The text with each match of ``pattern`` outside quotes replaced (quoted values stay as written)."""
    out, at = [], 0
    for match in pattern.finditer(mask_quoted(text)):
        out += [text[at:match.start()], replacement]
        at = match.end()
    return "".join([*out, text[at:]])


def cut_outside_quotes(text: str, separator: re.Pattern[str]) -> list[str]:
    """The text cut where ``separator`` matches outside quotes, each part stripped: 'A, "B, C" and D' cut at commas and
    "and" -> ['A', '"B, C"', 'D']; one part when nothing cuts it."""
    cuts = [m.span() for m in separator.finditer(mask_quoted(text))]
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(text)]
    return [text[start:end].strip() for start, end in zip(starts, ends)]


def _span(text: str, match: re.Match[str], name: str) -> str:
    """Group ``name`` of a match made on the masked text, read from the original text."""
    return text[match.start(name): match.end(name)]


# 'the star on the "Backlog" list', 'the checkbox in the Done list': a list (a board's column) named as it is shown
_NAMED_LIST = re.compile(
    r"^(?P<target>.+?)\s+(?:in|on|inside|within)\s+the\s+(?P<name>\"[^\"]+\"|“[^”]+”|[A-Z0-9][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,3})"
    r"\s+(?:list|column|lane)$"
)

# 'the checkbox on the card "Kickoff meeting"': the noun first, then the quoted name
_NOUN_NAMED = re.compile(r"^(?P<target>.+?)\s+(?:in|on|inside|within)\s+the\s+(?:list|card|tile|row|column)\s+(?P<name>\"[^\"]+\"|“[^”]+”)$")


def _in_named_list(text: str) -> tuple[str, str] | None:
    """'star on the "Backlog" list' -> ('star', 'Backlog'): the list holding that name; a lower-case "in the user list"
    is a part of the page (split_region), not a name."""
    match = _NAMED_LIST.match(text) or _NOUN_NAMED.match(text)
    if match is None or match.group("name").split()[0].lower() in ORDINALS or positioned(match.group("target")):
        return None  # "the first card in the Backlog list" is counted among that list's cards (lists)
    return match.group("target"), strip_quotes(match.group("name"))


def scope_or_position(scope: str) -> tuple[str | None, int | None]:
    """The container a person named: its text ('the Blue Mug' -> 'Blue Mug') or its position ('the first product')."""
    scope = re.sub(r"\s+(?:in|on)\s+the\s+(?:list|page|table|grid|results)$", "", scope.strip(), flags=re.IGNORECASE)
    where = positioned(scope)
    if where is not None and (not where[1] or re.fullmatch(r"(?:\w+\s+)?" + ITEM_NOUNS + r"s?", where[1], re.IGNORECASE)
                              or _PLAIN_NOUN.fullmatch(where[1])):
        return None, where[0]  # "on the second contact": a lower-case noun after an ordinal counts items
    if scope.endswith(('"', "”")):
        scope = ARTICLES.sub("", scope)
        kind = _KIND_THEN_NAME.match(scope)
        if kind:  # "for the book "The Hobbit"": the item holding that title
            scope = kind.group("name")
    else:
        scope = re.sub(r"\s+" + ITEM_NOUNS + r"$", "", ARTICLES.sub("", scope), flags=re.IGNORECASE)
        titled = _TITLED_BOX.fullmatch(scope)
        if titled:  # "the Save button of the Profile section": in the box the heading Profile titles
            return titled.group("name"), None
        suffix = _ROLE_SUFFIX.search(scope)
        if suffix and suffix.start() > 0 and not _names_end(scope, suffix):
            scope = scope[: suffix.start()].rstrip()  # "under the Email field": the container that holds "Email"
    return strip_quotes(scope) or None, None


def _names_end(text: str, suffix: re.Match[str]) -> bool:
    """Is the word at ``suffix`` the end of a capitalised name ("Product List", "Hide Image"), not a role word?"""
    word = suffix.group(1)
    before = text[: suffix.start()].split()
    return word.lower() in _NAME_ENDINGS and word[:1].isupper() and bool(before) and before[-1][:1].isupper()


# "the email field of the password form", "the Email in the "Sign up" form": a field inside the form that says the words
_OF_FORM = re.compile(
    r"^(?P<target>.+?)\s+(?:of|in|on|inside|within|from)\s+the\s+(?P<owner>\"[^\"]+\"|“[^”]+”|[^\"“”]+?)\s+form$", re.IGNORECASE,
)
# "the password form's email field", "the dialog's email field": the owner named first, with 's
_OWNER_FIRST = re.compile(r"^(?P<owner>\"[^\"]+\"|“[^”]+”|[^\"“”']+?)(?:'s|’s)\s+(?P<target>.+)$")


# "the table's search box", "the filter field of the tickets table": a control a list or table comes with (its search
# box, its pager), drawn around it rather than inside it: the control, found by its own name
_OF_STRUCTURE = re.compile(
    r"^(?:[a-z]+\s+)?(?:table|list|grid|results)(?:'s|’s)\s+(?P<target>.+?\s(?:box|field|input|search|filter|dropdown|select|pager|pagination))$"
    r"|^(?P<target2>.+?\s(?:box|field|input|search|filter|dropdown|select|pager|pagination))\s+(?:of|for)\s+the\s+(?:[a-z]+\s+)?(?:table|list|grid|results)$",
    re.IGNORECASE,
)


def split_owner(text: str) -> tuple[str, str, str | None] | None:
    """'email field of the password form' / "password form's email field" -> ('email field', 'password', 'form');
    "dialog's email field" -> ('email field', 'dialog', None): the box a field belongs to, and whether it is a form.
    A form counted ("the second form") or an owner that names no form or part of the page is left to the other rules."""
    match = _OF_FORM.match(text)
    if match:
        return _owned(match.group("target"), match.group("owner"), "form")
    match = _OWNER_FIRST.match(text)
    if not match:
        return None
    owner = ARTICLES.sub("", match.group("owner").strip())
    form = re.match(r"^(?P<name>.+?)\s+form$", owner, re.IGNORECASE)
    if form:
        return _owned(match.group("target"), form.group("name"), "form")
    if owner.lower() in REGIONS:
        return match.group("target"), owner, None
    return None


def _owned(target: str, owner: str, box: str) -> tuple[str, str, str | None] | None:
    owner = strip_quotes(ARTICLES.sub("", owner.strip()))
    if not owner or owner.split()[0].lower() in ORDINALS or owner.lower() in ("this", "that", "same", "above", "below"):
        return None
    return target, owner, box


# 'the Document count for "Paid"', 'the Status column for Blue Mug', 'the title of the second row', 'the first row's
# title': a table cell, said by its column's title and its row (the row that says the item, or the row at a place)
_CELL_WORDS = r"(?P<column>(?!(?:the|a|an|row|rows|column|table)\b)[A-Za-z#%][\w#%?-]*(?:\s+[\w#%?-]+){0,2}?)"
_COLUMN_FOR = re.compile(r"^" + _CELL_WORDS + r"\s+column\s+(?:for|of|in\s+the\s+row\s+(?:for|of))\s+(?P<row>.+)$", re.IGNORECASE)
_CELL_FOR = re.compile(r"^" + _CELL_WORDS + r"\s+(?:for|of)\s+(?P<row>\"[^\"]+\"|“[^”]+”)$", re.IGNORECASE)  # "Edit in the row for X": a control
_CELL_AT = re.compile(r"^" + _CELL_WORDS + r"\s+of\s+the\s+" + _ORDINAL + r"\s+row$", re.IGNORECASE)  # "Edit in the 2nd row": a control
_ROW_OWNS_CELL = re.compile(r"^(?:the\s+)?" + _ORDINAL + r"\s+row(?:'s|’s)\s+" + _CELL_WORDS + r"$", re.IGNORECASE)
# what names a thing other than a column: a kind of control or box, a part of an item the other rules read
_CONTROL_VERBS = frozenset({"edit", "delete", "remove", "view", "open", "show", "copy", "share", "download", "stats", "details"})
_NOT_COLUMNS = frozenset({*ROLE_WORDS, *DESCRIPTORS, "row", "card", "tile", "entry", "item", "product", "panel", "section", "list",
                          "menu", "toggle", "message", "error", "text", "value", "label", "one", "number", "count badge"})


_IN_QUOTED_BOX = re.compile(r"^(?P<name>[^\"“”]*[^\"“”\s])\s+(?:in|inside|within)\s+(?P<box>\"[^\"]+\"|“[^”]+”)$", re.IGNORECASE)
# "Hugo's balance": a name (capitalised or quoted) owning a part
_OWNER = r"(?P<owner>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})(?:'s|’s)"
_POSSESSIVE = re.compile(
    r"^(?P<before>.*?\s(?:in|on|of|for|from|inside)\s+)?" + _OWNER +
    r"\s+(?P<noun>(?-i:[a-z])[a-z-]+(?:\s+(?-i:[a-z])[a-z-]+)?)(?P<after>\s+(?:in|on|at|under)\s+the\s+.+)?$", re.IGNORECASE)
_OWNED_BOX = re.compile(r"(?<![\w\"”’'])(?!(?:check|click|verify|ensure|confirm|see|open|select|hover|find|expect|tap|the|a|an|its|their|his|her|my|your|our|each|every|this|that)[\s'’])"
                        r"(?:" + _OWNER + r"|(?P<login>(?-i:[a-z])[\w.-]*)(?:'s|’s))" + r"\s+(?P<box>" + ITEM_NOUNS + r")\b", re.IGNORECASE)


def owned_boxes(sentence: str) -> str:
    """"Bob's row" said as "the row for Bob" (outside quotes), the way every rule and retelling reads a row."""
    masked = mask_quoted(sentence)
    out, end = [], 0
    for said in _OWNED_BOX.finditer(masked):
        if re.search(r"(?i)\b(?:the|a|an|its|their)\s+$", masked[: said.start()]):
            continue  # "the Admin's row"? a kind of owner, not a name
        owner = "owner" if said["owner"] else "login"  # "margaret's row": a user name, said in lower case
        out += [sentence[end: said.start()], f"the {said['box']} for {sentence[said.start(owner): said.end(owner)]}"]
        end = said.end()
    return "".join(out) + sentence[end:]


def cell_target(text: str) -> model.Target | None:
    """A table cell said by its column and its row, or None: 'Document count for "Paid"' -> Target(Document count,
    scope Paid, descriptor column); 'title of the second row' -> Target(title, position 2, descriptor column). A part
    word ("the price for Blue Mug") is left to the part-of-an-item reading, which looks for a column first too."""
    text = ARTICLES.sub("", text.strip())
    masked = mask_quoted(text)
    said = _COLUMN_FOR.match(masked)
    explicit = said is not None
    said = said or _CELL_FOR.match(masked) or _CELL_AT.match(masked) or _ROW_OWNS_CELL.match(masked)
    if said is None:
        return None
    column = _span(text, said, "column")
    last = column.split()[-1].lower()
    part = fields.is_field(last) and last not in fields.NOT_PARTS  # "the price for Blue Mug": a column first, else its part
    titled = (said.groupdict().get("ordinal") and len(column.split()) > 1 and re.match(r"(?i)(?:the\s+)?\w+\s+row(?:'s|’s)\s", text)
              and last in ("link", "url", "address", "text") and column.split()[0].lower() not in _CONTROL_VERBS)
    if not explicit and not titled and (last in _NOT_COLUMNS or _QUOTED_SPAN.search(column) or (fields.is_field(last) and column.lower() == last and not part)):
        return None  # "the count for Books": a figure, not a column; "the first row's short link": its Short link column
    descriptor = None if part and not explicit else fields.COLUMN_CELL
    if said.groupdict().get("ordinal"):
        if descriptor is None:
            return None  # "the name of the second row": the second row's name, as the item rules read it
        return model.Target(text=column, position=ordinal(said.group("ordinal")), descriptor=descriptor)
    row = ARTICLES.sub("", strip_quotes(_span(text, said, "row")))
    nth = re.fullmatch(_ORDINAL + r"\s+row", row, re.IGNORECASE) if explicit and descriptor else None
    if nth:  # "the For whom? column of the first row": that row's cell
        return model.Target(text=column, position=ordinal(nth.group("ordinal")), descriptor=descriptor)
    if not row or ordinal(row.split()[0]) is not None or row.lower() in ("it", "this", "that", "they", "them"):
        return None  # "It has 3 items": what "it" is, the step before says, never a row named "It"
    return model.Target(text=column, scope=row, descriptor=descriptor)


def parse_target(text: str, *, scope: str | None = None) -> model.Target:
    """'the Login button' -> Target(Login, button); '"About" link' -> Target(About, link, exact);
    'the cart icon at the top right' -> Target(cart, descriptor icon, region top right);
    'Add to cart for the first product' (scope given) -> Target(Add to cart, position 1);
    'the green "Create" button' -> Target(Create, button, exact, look green)."""
    target = _parse_target(text, scope=scope)
    look = _look_of(text)
    return replace(target, look=look) if look else target


def _look_of(text: str) -> str | None:
    """The one colour said before a name and a noun ("the green Create button"), as its family, else None."""
    said = text.strip()
    if not ARTICLES.match(said):
        return None
    looks = _COLOUR.match(ARTICLES.sub("", said))
    colours = {COLOUR_WORDS[w.lower()] for w in looks.group().split() if w.lower() in COLOUR_WORDS} if looks else set()
    return colours.pop() if len(colours) == 1 else None


# "the workspace name Northwind Labs": what the name is of, in lower case, then the name itself as written
NAME_KIND = r"(?:[a-z]+\s+){0,2}(?:name|title)"
CAPITALISED_NAME = r"(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z0-9])[\w&'.-]*){0,4}"  # "Old Landing Page", "Q3 Planning"
NAME_SAID = r"(?P<name>" + CAPITALISED_NAME + ")"
_NAME_SAID_UNQUOTED = re.compile(r"(?P<kind>(?:(?i:the)\s+)?" + NAME_KIND + r")\s+" + NAME_SAID + r"(?P<rest>\s+(?:in|on|at|under|inside)\s+the\s+.+)?")
# "the user kidscorner", "the category Classics": an item said by its kind, then its name as written (a user's in lower
# case too, never a word that names a part of the page: "the user menu")
_RECORD_KINDS = r"(?:book|category|author|tag|shelf|series|publisher|project|team|member|board|space|topic|customer|contact|ticket|queue|recipe|monitor|device|site|rack)"
_RECORD_SAID = re.compile(r"(?P<kind>(?:the\s+)?(?:user|" + _RECORD_KINDS + r"))\s+" + NAME_SAID + r"(?P<rest>\s+(?:in|on|at|under|inside)\s+the\s+.+)?"
                          r"|(?P<user>(?:the\s+)?user)\s+(?P<login>(?-i:[a-z][a-z0-9._-]*[a-z0-9]))(?P<user_rest>\s+(?:in|on|at|under|inside)\s+the\s+.+)?")
_NOT_A_LOGIN = frozenset({"menu", "avatar", "icon", "name", "names", "list", "table", "profile", "dropdown", "settings", "button", "link",
                          "row", "rows", "page", "picture", "image", "photo", "email", "role", "account", "details", "card", "field",
                          "info", "panel", "section", "tab", "area", "badge", "count", "management", "admin", "administration"})


_QUOTED_IN_THE_TABLE = re.compile(r'(?P<named>(?:the\s+)?(?:"[^"]+"|“[^”]+”)(?:\s+(?:link|button|entry|item|icon))?)\s+in\s+the\s+(?:table|grid)',
                                  re.IGNORECASE)


def _parse_target(text: str, *, scope: str | None = None) -> model.Target:
    text = text.strip().rstrip(".")
    unquoted = _NAME_SAID_UNQUOTED.fullmatch(text)
    if unquoted:  # read as if the name were quoted: 'the workspace name "Northwind Labs"'
        text = f'{unquoted["kind"]} "{unquoted["name"]}"{unquoted["rest"] or ""}'
    kind_named = _RECORD_SAID.fullmatch(text) if not unquoted else None
    if kind_named and kind_named["kind"]:  # as if quoted: 'the category "Classics"'
        text = f'{kind_named["kind"]} "{kind_named["name"]}"{kind_named["rest"] or ""}'
    elif kind_named and kind_named["login"] not in _NOT_A_LOGIN:  # 'the user "kidscorner"'
        text = f'{kind_named["user"]} "{kind_named["login"]}"{kind_named["user_rest"] or ""}'
    in_table = _QUOTED_IN_THE_TABLE.fullmatch(text) if scope is None else None
    if in_table:  # 'the "Harbor Bridge" link in the table': named as written, wherever the table is
        text = in_table["named"]
    if scope:  # "on the comment by mara": the comment that shows its author's name
        author = _ITEM_BY.match(scope)
        scope = strip_quotes(author["who"]) if author else scope
    said_the = bool(ARTICLES.match(text))  # "the Nightly backup row" names a row; "Add row" is a button's name
    text = ARTICLES.sub("", text)
    if said_the:  # "the blue search button with the magnifier icon": how it looks, not what it is called
        text = _LOOKS_TAIL.sub("", _COLOUR.sub("", text))
    text = _WITH_ICON_ASIDE.sub("", text)  # "the Admin button (with the shield icon)": how it looks, said aside
    titled = _ICON_TITLED.search(text)
    if titled:  # "the magnifying glass icon (Perform search)": its tooltip, said as the control says it, names it
        text = f"{titled['title']} {titled['kind']}"
    text = _ICON_ALIAS.sub("", text)  # "the eye icon (show)": the icon by its shape; another name for it said aside
    text = re.sub(r"(?i)\btrash\s+can\b(?!\s+(?:icon|button))", "trash icon", text)  # "the red trash can": the trash icon
    labelled_icon = _ICON_LABELLED.match(text)
    if labelled_icon:  # "the globe icon labelled English": the control that says English, the globe beside its name
        text = labelled_icon["name"] or labelled_icon["quoted"]  # 'the trash icon item "Deleted articles"': that item
    region: str | None = None
    position: int | None = None
    descriptor: str | None = None
    scope_box: str | None = None
    cell = cell_target(text) if scope is None else None
    if cell is not None:
        return cell
    in_quoted = _IN_QUOTED_BOX.match(text) if scope is None else None
    if in_quoted:  # 'Save in "Settings"': the control in the box that says Settings
        return replace(parse_target(in_quoted["name"]), scope=strip_quotes(in_quoted["box"]))
    owner = _POSSESSIVE.match(text) if scope is None else None
    if owner and not owner["before"]:  # "Hugo's balance in the sidebar": the balance shown for Hugo, in the sidebar
        return replace(parse_target(f"{owner['noun']}{owner['after'] or ''}"), scope=strip_quotes(owner["owner"]))
    of_structure = _OF_STRUCTURE.match(text) if scope is None else None
    if of_structure:
        text = of_structure.group("target") or of_structure.group("target2")
    owned = split_owner(text) if scope is None else None
    if owned is not None:  # "the email field of the password form": the field, inside the box that owner names
        text, scope, scope_box = owned
        text = ARTICLES.sub("", text)
    text, section = split_section(text) if scope is None else (text, None)
    table = _NAMED_TABLE.match(text) if said_the and section is None and scope is None else None
    if table:  # "the Members table": the table under the heading Members
        text, section = "table", table.group("name")
    text, region = split_region(text)
    if scope is None:
        text, scope, position = split_scope(text)
        if region is None:
            text, region = split_region(text)
    else:
        if region is None:  # "Click the arrow next to View basket in the header": the scope, in that part of the page
            scope, region = split_region(scope)
        scope, position = scope_or_position(scope)
    if scope and region is None and scope.lower() in REGIONS:
        scope, region = None, REGIONS[scope.lower()]  # "the close icon of the dialog": a part of the page
    elif scope and region is None and re.fullmatch(_NAMED_DIALOG, scope, re.IGNORECASE):
        scope, region = None, "dialog"  # "OK on the confirm delete popup": the dialog open now
    elif scope and region is None and scope.lower() in MESSAGE_BOXES:
        scope, region = None, "alert"  # "the close button on the alert": inside the box showing a message
    text = ARTICLES.sub("", text.strip())
    where = positioned(text)
    if where is not None and text[:1].isupper() and re.search(r"(?i)\s(?:field|box|input|textbox|area)$", text):
        where = None  # "the First line of address field", "the Second line field": a field's label, as written
    if where is not None and where[1] and not re.match(r"name\b", where[1], re.IGNORECASE):  # "First name" is a label
        position, text = where[0], where[1]
        owner = re.match(r"^(?P<noun>\w+)(?:'s|’s)\s+(?P<rest>.+)$", text)
        if owner and fields.is_field(owner.group("rest")) and owner.group("rest").lower() not in ("title", "name"):
            # "the first row's amount": that field of the first row (a title or a name is read alone, as it always was)
            text = f"{owner.group('noun')} {owner.group('rest')}"
        elif owner:  # "the first product's Add to cart button"
            text = owner.group("rest")
        placed = re.match(r"^(?P<noun>.+?)\s+(?:in|on)\s+(?:the|my)\s+(?P<place>cart|basket|bag|wishlist)$", text, re.IGNORECASE)
        if placed:  # "the first item in the cart"
            text = f"{placed.group('place').lower()} {singular(placed.group('noun'))}"
    text = re.sub(r"\s+(?:in|on|from)\s+the\s+(?:list|(?:[\w-]+\s+)?page|screen)$", "", text, flags=re.IGNORECASE)
    named_row = _NAMED_ROW.match(text)
    if named_row and scope is None and position is None and (said_the or text.startswith(('"', "“"))):
        name = strip_quotes(named_row.group("before") or named_row.group("after"))
        return model.Target(text=name, role_hint="row", region=region)
    row = _ROW_FOR.match(text)
    if row and position is None:  # a row's name is all its text: it contains the name, never equals it
        return model.Target(text=strip_quotes(row.group("name")), role_hint="row", scope=scope or None, region=region)
    role: str | None = None
    named = _NAMED.match(text)
    shown = None if named else _ROLE_THEN_NAME.match(text)
    if shown:  # "the author link Austen, Jane": a link named as shown, a noun for what it stands for before it
        role, text = ROLE_WORDS[shown.group("role").lower()], shown.group("name")
    elif named:
        role = ROLE_WORDS.get(named.group("role").lower())
        if named.group("placeholder") or (named.group("says") and role == "textbox"):
            role, descriptor = role or "textbox", "placeholder"  # an empty field "says" its hint
        text = named.group("name").strip()
        if named.group("qualifier") and named.group("qualifier") in ("filter", "filters") and region is None:
            region = "filters"  # "the filter field with placeholder Name": the field among the list's filters
    else:
        placeholder = _PLACEHOLDER_FIELD.match(text)
        noun_named = _KIND_NAMED.match(text)
        if placeholder and not _QUOTED_SPAN.fullmatch(text):
            role, descriptor, text = "textbox", "placeholder", placeholder.group("name")
        elif noun_named and noun_named["noun"] not in _NOT_ITEMS:  # "the contact named Bob Smith": that contact
            descriptor, text = noun_named["noun"], noun_named["name"]
    if role is None:
        suffix = _ROLE_SUFFIX.search(text)
        if suffix and suffix.start() > 0 and suffix.group(1).lower() == "list" and not _names_end(text, suffix):
            suffix = None  # "the user list": a list a person names, not a dropdown (Select … from the X list says so)
        if suffix and suffix.start() > 0 and not _names_end(text, suffix):
            word = suffix.group(1).lower()
            role = ROLE_WORDS[word]
            if word in DESCRIPTORS:
                descriptor = DESCRIPTORS[word][0]
            text = text[: suffix.start()].rstrip()
    text = ARTICLES.sub("", text)
    stat = _STATISTIC.match(text)
    if stat and role is None:  # "the Members statistic", "the Email shown": what Members titles (the noun says what it is)
        text = stat.group("name")
    text, descriptor, role = _descriptive(text, descriptor, role)
    if role in ("textbox", "combobox") and descriptor not in (None, "placeholder"):
        descriptor = None  # "the Message field": a field's label, not a message box
    exact = False
    unquoted = strip_quotes(text)
    if unquoted != text and text.count(text[0]) <= 2:
        text, exact = unquoted, True
    return model.Target(
        text=text, role_hint=role, scope=scope or None, exact=exact, position=position, region=region, descriptor=descriptor,
        section=section, scope_box=scope_box if scope else None,
    )


_STATISTIC = re.compile(r"^(?P<name>(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&-]*(?:\s+[\w'&-]+){0,3}?))\s+(?:statistics?|stats?|metrics?|kpis?|figures?|shown|displayed)$", re.IGNORECASE)


_NAME_IN_QUOTED_PLACE = re.compile(r"^(?!(?:the|a|an)\s)[^\"“”]*?\w\s+(?:in|on|for|of|from|at|under|inside|within)\s+(?:the\s+)?[\"“]", re.IGNORECASE)


def _descriptive(text: str, descriptor: str | None, role: str | None) -> tuple[str, str | None, str | None]:
    """Descriptive nouns around a name: 'product name "X"' / '"X" product title' -> ('"X"', name/title);
    'hamburger menu' -> ('hamburger', icon); 'cart icon' -> ('cart', icon); 'error message' keeps its words."""
    spans = _QUOTED_SPAN.findall(text)
    if len(spans) == 1:
        quoted_text = next(s for s in spans[0] if s)
        outside = _QUOTED_SPAN.sub(" ", text).split()
        if _NAME_IN_QUOTED_PLACE.search(text):
            return text, descriptor, role  # 'Paula in "Who paid?"': a name in a place, never the place alone
        if outside and len(outside) <= 3:
            words = [w.lower() for w in outside]
            two_words = next((ROLE_WORDS[p] for p in _TWO_WORD_ROLES if p in " ".join(words)), None)
            role = role or two_words  # 'the radio button "Monthly"': a radio, not any button
            if role is None and descriptor is None and words[-1] in _TITLED_BOXES:
                return f'"{quoted_text}"', "box", None  # 'the "Backlog" list': the list that name titles (a dropdown when selected from)
            for word in reversed(words):
                if role is None and word in ROLE_WORDS and ROLE_WORDS[word]:
                    role = ROLE_WORDS[word]
                if descriptor is None and word in DESCRIPTORS:
                    descriptor = DESCRIPTORS[word][0]
            if descriptor is None and role is None and len(words) == 1 and _ITEM_WORD.match(words[0]) and words[0] not in _NOT_ITEMS:
                descriptor = words[0]  # 'the product "Red Shoe"': the item named so (discovery decides if "product" names items)
            return f'"{quoted_text}"', descriptor, role
        return text, descriptor, role
    tag = _LOWER_TAG.match(text)
    if tag and descriptor is None and role is None:  # "the prod tag": the tag that says prod, as 'the tag "prod"' is
        return tag.group("name"), "tag", role
    tile = _NAMED_TILE.match(text)
    if tile and descriptor is None and role is None:  # "the Create new board tile": the tile named so, as '"X" tile' is
        return tile.group("name"), "tile", role
    if _BURGER.match(text):  # "the hamburger menu" is the ≡ glyph: "hamburger" (menu, bars… as synonyms), not any "menu"
        return ("menu" if text.lower().startswith("menu") else "hamburger"), "icon", role
    match = _DESCRIPTOR_SUFFIX.search(text)
    if match and match.group(1).lower() in ("name", "title") and (role in ("textbox", "combobox") or _LABEL_NAME.search(text)):
        match = None  # "First name", "Job title": a field's label
    if match and match.start() > 0 and _names_end(text, match):
        match = None  # "Hide Image": the control's name
    if match and descriptor is None:
        descriptor, strip = DESCRIPTORS[match.group(1).lower()]
        if strip and match.start() > 0:
            text = text[: match.start()].rstrip()
    return text, descriptor, role


_ITEM_WORD = re.compile(r"^[a-z]{3,}$")
_KIND_NAMED = re.compile(r"^(?P<noun>[a-z]{3,})\s+(?:named|called|titled)\s+(?P<name>\S.*)$")  # "contact named Bob Smith"
_TWO_WORD_ROLES = ("radio button", "check box", "text box", "menu item", "column header", "column heading")
# "the prod tag", "the urgent chip": a tag shown in lower case, then the noun for it ("the Add Tag button" is a name)
_LOWER_TAG = re.compile(r"^(?P<name>[a-z0-9][\w.-]*)\s+(?:tag|chip|pill)$")
_TITLED_BOXES = frozenset({"list", "lane", "panel", "section"})  # 'the "Backlog" list': a box titled by the quoted name
_NAMED_TILE = re.compile(r"^(?P<name>[A-Z0-9].*?)\s+tile$")  # a box named as shown, then the noun for it
_NAMED_TABLE = re.compile(r"^(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z0-9][\w'&-]*){0,3})\s+table$")
# words before a quoted name that say how it is written or where, not what kind of item holds it
_NOT_ITEMS = frozenset({"text", "texts", "label", "value", "word", "words", "phrase", "string", "page", "name", "title", "heading",
                        "message", "link", "button", "field", "tab", "option", "item", "element", "section", "area", "entry"})


def plural(noun: str) -> str:
    """'monitor' -> 'monitors', 'entry' -> 'entries', 'box' -> 'boxes' (a word already plural stays as it is)."""
    if singular(noun) != noun:
        return noun
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else "s")


def singular(noun: str) -> str:
    """'products' -> 'product', 'entries' -> 'entry', 'boxes' -> 'box' (the last word only)."""
    head, _, last = noun.strip().rpartition(" ")
    low = last.lower()
    if low.endswith("ies") and len(low) > 4:
        last = last[:-3] + "y"
    elif re.search(r"(?:ss|x|z|ch|sh)es$", low):
        last = last[:-2]
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        last = last[:-1]
    return f"{head} {last}".strip()


NUMBERS = {
    "no": 0, "zero": 0, "none": 0, "one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return NUMBERS.get(text)


def strip_quotes(text: str) -> str:
    """'"X"', '“X”', and 'X' or ‘X’ (single quotes only around the whole text, none inside) -> X."""
    text = text.strip()
    for open_q, close_q in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(open_q) and text.endswith(close_q) and (open_q == '"' or close_q not in text[1:-1]):
            return text[1:-1]
    return text


_QUOTED_VALUES = re.compile(r'"([^"]+)"|“([^”]+)”')


def split_values(said: str) -> list[str]:
    """'"A", "B" and "C"' -> [A, B, C]; unquoted 'A, B and C' likewise; one value as it is; [] when the quotes leave
    words between them."""
    said = said.strip()
    quoted = [a or b for a, b in _QUOTED_VALUES.findall(said)]
    if quoted:
        rest = _QUOTED_VALUES.sub("", said)
        return quoted if re.fullmatch(r"[\s,]*(?:(?:and|then|,)[\s,]*)*", rest) else []
    # with commas, only the last part is cut at "and": "Pride and Prejudice, Meditations and Dracula" is three titles
    pieces = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|then\s+)?", said)]
    parts = pieces[:-1] + [p.strip() for p in re.split(r"\s+(?:and|then)\s+", pieces[-1])]
    return [strip_quotes(p) for p in parts] if all(parts) else []


_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"))


_THE_KEY = re.compile(r"^(?:the\s+)?(.+?)\s+key$", re.IGNORECASE)  # "the Enter key": the key's own name


def parse_key(text: str) -> str | None:
    """'Enter' -> 'Enter'; 'Control+A' -> 'Control+A'; 'the Enter key' -> 'Enter'; anything else -> None."""
    text = strip_quotes(_THE_KEY.sub(r"\1", text.strip()))
    parts = [p.strip() for p in text.split("+")]
    if len(parts) > 1:
        mods = [MODIFIERS.get(p.lower()) for p in parts[:-1]]
        last = parts[-1]
        key = KEYS.get(last.lower()) or (last.upper() if len(last) == 1 else None)
        if None in mods or key is None:
            return None
        return "+".join([*mods, key])  # type: ignore[list-item]
    return KEYS.get(text.lower())


_ALSO_SHOWN = re.compile(r"\s+(?:also|still|now)\s+(?=(?:listed|shown|visible|displayed|shows?|displays?|says|reads|has|have|contains?)\b)|(?<=url is)\s+now\s+|(?<=address is)\s+now\s+", re.IGNORECASE)
_WHILE_SIGNED = re.compile(r"^while\s+(?:signed|logged)\s+(?:in|out)\s*,\s*|\s+while\s+(?:signed|logged)\s+(?:in|out)$"
                           r"|^without\s+(?:being\s+)?(?:logging|signing|logged|signed)\s+in\s*,\s*"
                           r"|^as\s+an?\s+(?:guest|visitor|anonymous\s+(?:user|visitor)|logged[- ]out\s+(?:user|visitor))\s*,\s*"
                           r"|\s+without\s+(?:being\s+)?(?:logging|signing|logged|signed)\s+in$", re.IGNORECASE)
# "Where the Reply button usually is, a Locked button is shown": where it is said by what is usually there
_WHERE_USUALLY = re.compile(r"^where\s+[^,\"“]+?\s+(?:usually|normally)\s+(?:is|are|sits?|appears?)\s*,\s*", re.IGNORECASE)
# '"Log in to reply" is shown instead of a reply box': what is not there is said by another step, if at all
_INSTEAD_OF = re.compile(r"(?P<state>\s(?:shown|visible|displayed|opened))\s+instead\s+of\s+(?:(?!\s(?:and|but|while)\s)[^\"“”,;])+$", re.IGNORECASE)
# "a red badge with 1": the colour of a badge says nothing its number does not
_COLOURED_BADGE = re.compile(r"\b(?P<article>an?|the)\s+(?:red|green|blue|orange|yellow|grey|gray|purple)\s+(?=(?:badge|counter|pill|bubble)\b)", re.IGNORECASE)
# "the page heading ends with "Gift Card Regression"": the heading shows it (where in it is not checked)
_HEADING_HOLDS = re.compile(r"\b(?P<head>(?:page\s+)?heading)\s+(?:contains|includes|ends\s+with)\s+(?=[\"“])", re.IGNORECASE)
# "the results say "Found 1 records"": what they show
_THEY_SAY = re.compile(r"(?<=\w)(?P<s>s)\s+say\s+(?=[\"“])", re.IGNORECASE)
_REMAIN = re.compile(r"\s+remains?\s+(?=(?:visible|shown|listed|displayed)$)", re.IGNORECASE)
_NOT_HERE = re.compile(r"(?<=\snot\s)(?P<state>listed|shown|visible|displayed)\s+on\s+this\s+page$", re.IGNORECASE)
_PASTE = re.compile(r"^paste\s+(?=\S)", re.IGNORECASE)
_AGAIN_AT_END = re.compile(r"(?<=\w)\s+(?:once\s+)?again$", re.IGNORECASE)
_HOVER_OR_CLICK = re.compile(r"^(?:hover\s+(?:over|on)|point\s+at)\s+or\s+(?:click|tap)(?:\s+on)?\s+(?=\S)", re.IGNORECASE)
_PAGE_IN_MENU = re.compile(r"(?<=\S)\s+page(?=\s+(?:from|in|under)\s+the\s+\S+(?:\s+\S+)?\s+menu$)", re.IGNORECASE)
_CARRIES = re.compile(r"\b(?:carries|bears|sports)\s+(?=(?:a|an|the)\s+\S+\s+(?:label|tag|badge|marker|icon|flag)$)", re.IGNORECASE)
TRAIL_STEP = re.compile(r"\s+[/>›»→]\s+")  # what a breadcrumb draws between its steps, read out ("Forum / Bug Reports")
# "the Login button is back at the top right", "the icon is visible again": shown, as any other time
_SHOWN_AGAIN = re.compile(r"\b(?P<noun>button|link|icon|menu|tab|badge|banner|form|field|bar|avatar|heading|message)\s+(?:is|are)\s+back(?:\s+(?=(?:at|in|on)\s)|$)"
                          r"|\b(?P<state>visible|shown|listed|displayed|present)\s+again(?=\s+(?:at|in|on|under)\s)", re.IGNORECASE)
_DIRECTLY = re.compile(r"(?<=\s)(?:directly|straight)\s+(?=to\s)|(?<=\s/)(?P<path>\S*)\s+directly$", re.IGNORECASE)
_MUST_TO = re.compile(r"\b(?:(?P<modal>must|should)\s+to|ought\s+to)\b(?=\s+[a-z])", re.IGNORECASE)  # "must to show", "ought to be"
# "… should be there somewhere too": on the page, shown
_BE_THERE = re.compile(r"(?<=\S)\s+(?P<verb>(?:is|are)(?:\s+not)?|isn't|aren't|(?:should|must)(?:\s+not)?\s+be)\s+(?:still\s+)?there(?:\s+somewhere)?(?:\s+(?:too|as\s+well))?$", re.IGNORECASE)
_NOW_QUOTED = re.compile(r"\b(?P<verb>is|are|reads|says|shows)\s+now\s+(?=[\"“])", re.IGNORECASE)  # 'the page title is now "library"'
_SHOWED = re.compile(r"\b(?P<be>be|been|is|are|was|were|being|get|gets)\s+showed\b", re.IGNORECASE)  # learner's "must be showed"
_PART_HAVE = re.compile(r"\b(?P<part>the\s+(?:list|table|page|menu|section|sidebar|dialog|form|row|card|board|forum|result))\s+have\b", re.IGNORECASE)
_COUNT_ON_THIS_PAGE = re.compile(r"(?P<count>\b\d+\s+[a-z][\w-]*s)\s+(?:on|in)\s+this\s+page$", re.IGNORECASE)  # "the list has 10 topics on this page"
_THIS_PAGE_TAIL = re.compile(r"(?P<state>\s(?:disabled|enabled|visible))\s+on\s+this(?:\s+(?:last|first|next))?\s+page$", re.IGNORECASE)
_THAT_OPENS = re.compile(r"\b(the\s+(?:menu|dropdown|list|dialog|popup|panel))\s+that\s+(?:opens|appears|pops\s+up|drops\s+down|shows\s+up)\b", re.IGNORECASE)
_TITLE_OF_PAGE = re.compile(r"\bthe\s+title\s+of\s+the\s+(?:page|document|(?:browser\s+)?(?:tab|window))\b", re.IGNORECASE)
_SAME_BOX = re.compile(r"\s+(?:of|in)\s+the\s+same\s+(?:form|dialog|box|section|panel)\b", re.IGNORECASE)
_ITS_FIELD = re.compile(r"\b(?:its|their)\s+(?=(?-i:[A-Z])[\w ]*?\s(?:field|box|input|textbox)\b)", re.IGNORECASE)


_ABLE_TO_SEE = re.compile(r"\b(?:should|must|will)\s+be\s+able\s+to\s+(?=see\b)|\b(?:can|could)\s+(?=see\b)", re.IGNORECASE)
_FOR_THE_PERSON = re.compile(r"\s+(?:for|to)\s+(?:her|him|them|me|us|this\s+user|(?:an?|the)\s+(?:guest|visitor|anonymous\s+(?:user|visitor)))(?=$|[.,])", re.IGNORECASE)
_AFTER_DOING = re.compile(r"^(?:after|once)\s+(?:saving|submitting|signing\s+in|logging\s+in|that|this|reloading)(?:\s*,\s+|\s+(?=(?:you|i|we|they|it|the)\s))", re.IGNORECASE)
_BY_DEFAULT = re.compile(r"\s+(?:by\s+default|initially|at\s+first)$", re.IGNORECASE)
# ", because it is already checked off", ", since it belongs to bob": why the tester expects it, nothing to check
_REASON_AT_END = re.compile(r"\s*,\s*(?:because|since)\s+[^,]+$|\s+because\s+[^,\"“]+$", re.IGNORECASE)
# "X, Y and Z should all be in the results", "they are all listed": each of them
_ALL_OF_THEM = re.compile(r"(?:(?<=\bare\s)|(?<=\bshould\s)|(?<=\bmust\s))(?:all|both)\s+(?=(?:be|in|on|there|listed|shown|visible|displayed|present|among)\b)", re.IGNORECASE)
# "Go to page 2 using the pagination at the bottom": the pager is where page 2 is clicked anyway
_BY_THE_PAGER = re.compile(r"^(?:go|move|switch|jump|skip)\s+to\s+(?P<page>page\s+\d+)\s+(?:using|with|via|in|from|through)\s+the\s+(?:pagination|pager|page\s+links)"
                           r"(?:\s+(?:at\s+the\s+(?:bottom|top)|(?:below|under|above|beneath)\s+the\s+[\w-]+))?$", re.IGNORECASE)
# 'A toast saying "Saved" should appear at the bottom right': a message is checked wherever it shows
_CORNER_OF_MESSAGE = re.compile(r"^(?P<said>.*\b(?:toast|message|notification|alert|snackbar)\b.*\b(?:appear|appears|pop\s+up|pops\s+up|show\s+up|shows\s+up))"
                                r"\s+(?:at|in)\s+the\s+(?:top|bottom)(?:[- ](?:left|right))?(?:\s+corner)?(?:\s+of\s+the\s+(?:page|screen))?$", re.IGNORECASE)
# "Deployment Runbook shows in the results": is shown there
_SHOWS_IN = re.compile(r"(?<=\S)\s+(?:now\s+)?shows\s+(?=(?:in|on|under|inside|within)\s+the\s)", re.IGNORECASE)
# "Tiramisu should not be among them", "TC-1 and TC-5 are among them": listed (or not) with the ones the step before found
_AMONG_THEM = re.compile(r"(?<=\s)(?:among|one\s+of)\s+(?:them|those|these)$", re.IGNORECASE)
# 'Expect "X" not to be in the table': a check written the way test libraries say it
_EXPECT_TO_BE = re.compile(r"^expect\s+(?P<what>.+?)\s+(?P<not>not\s+)?to\s+be\s+(?=\S)", re.IGNORECASE)
# "the Settings link does not appear in the header", "Rosalind Thompson no longer shows up in the table": is not there
_NOT_APPEAR_IN = re.compile(r"\s+(?:does\s+not|doesn't|should\s+not|must\s+not|no\s+longer)\s+(?:appears?|shows?\s+up)\s+(?=(?:in|on|under|inside|within)\s+the\s)", re.IGNORECASE)
# "Open /circuits/ directly in the address bar": an address is gone to, whatever bar it is typed in
_ADDRESS_BAR = re.compile(r"(?<=\S)\s+(?:directly\s+)?in(?:to)?\s+the\s+(?:browser(?:'s)?\s+)?(?:address|url|location)\s+bar$", re.IGNORECASE)
# "The list should narrow down to 11 documents": shows that many
_NARROWS_TO = re.compile(r"\s+(?:should\s+)?(?:now\s+)?narrows?\s+(?:down\s+)?to\s+(?=\d+\s+(?-i:[a-z]))", re.IGNORECASE)
# "The shelf is back to 2 books": has that many again
_BACK_TO_COUNT = re.compile(r"\s+(?:is|are)\s+(?:now\s+)?back\s+(?:to|at)\s+(?=\d+\s+(?-i:[a-z]))", re.IGNORECASE)
# 'an error "Account Locked" should show up': is shown
_SHOWS_UP_AT_END = re.compile(r"\s+(?:should\s+|must\s+)?(?:shows?|pops?|turns?)\s+up$", re.IGNORECASE)
# "Because her account was locked, an error … should show up": why, then what to check
_BECAUSE_FIRST = re.compile(r"^(?:because|since)\s+[^,\"“]+,\s+(?=\S)", re.IGNORECASE)
# "The dashboard shows "Your upcoming events"": the page a person is on, not an element named dashboard
_THE_PAGE_SHOWS = re.compile(r"^(?P<lead>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?)the\s+(?:dashboard|home\s*page|start\s+page|landing\s+page|screen)\s+"
                             r"(?=(?:now\s+)?(?:shows|displays|says|reads)\s+[\"“])", re.IGNORECASE)
# "… lists both Priya Patel and Kenji Tanaka as speakers": the names; both and their role say nothing to check
_BOTH_NAMES = re.compile(r"\b(?:lists|shows|has|have|includes|contains)\s+(?P<both>both\s+)(?=(?-i:[A-Z])|[\"“])", re.IGNORECASE)
_AS_THEIR_ROLE = re.compile(r"(?<=\S)\s+as\s+(?:its\s+|their\s+|the\s+)?(?-i:[a-z]+s)$", re.IGNORECASE)
# "the status now says Closed": a label's value, as "the status is Closed" reads it
_STATUS_SAYS = re.compile(r"^(?P<label>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?the\s+(?:status|state|stage|phase))\s+(?:now\s+)?(?:says|shows|reads)\s+(?=(?-i:[A-Z])[\w-]*$)", re.IGNORECASE)


# "the second row of the links table": the row, the page's one table said again; "the admin panel's Users tab": the tab
_ROW_OF_TABLE = re.compile(r"\b(?P<row>" + ORDINAL_WORDS + r"\s+(?:row|entry|line))\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:table|list|grid)\b", re.IGNORECASE)
_PANEL_OWNS = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:panel|page|screen|section|area)'s\s+(?=\S)", re.IGNORECASE)


def _as_verified(m: re.Match[str]) -> str:
    """'Expect "X" not to be …' -> 'Verify "X" is not …' ("are" for names listed: "TC-1, TC-5 and TC-13 to be …")."""
    names = re.search(r",|\sand\s", mask_quoted(m["what"]))
    return f"Verify {m['what']} {'are' if names else 'is'} {'not ' if m['not'] else ''}"


def _is_or_are(listed: str) -> str:
    """ "are" after several quoted values, "is" after one."""
    return "are" if re.search(r'["”]\s*(?:,|and\s)', listed) else "is"


_IDENTIFIER = r"(?-i:[a-z])[a-z0-9]*(?:[-_.][a-z0-9]+)+|(?-i:[a-z])+[0-9][a-z0-9-]*"
_IDENTIFIERS = rf"(?:{_IDENTIFIER})(?:\s*,\s*(?:{_IDENTIFIER}))*(?:\s*,?\s+and\s+(?:{_IDENTIFIER}))?"
_QUOTES_LISTED = r'(?:"[^"]+"|“[^”]+”)(?:\s*,\s*(?:"[^"]+"|“[^”]+”))*(?:\s*,?\s+and\s+(?:"[^"]+"|“[^”]+”))?'
# what a tester writing in a second language, or in a hurry, says for the plain verb the rules read
_SECTION_NAME = r"(?-i:[A-Z])[\w'&-]*(?:\s+(?!(?:in|on|of|at|by|for|to|with|that|this|the)\b)[\w'&-]+){0,3}"  # "Recent Experiments"
# "After logging in with X, …": the action as the step said first
_DONE_FIRST = {"logging": "Log", "signing": "Sign", "clicking": "Click", "entering": "Enter", "typing": "Type", "ticking": "Tick",
               "pressing": "Press", "saving": "Save", "opening": "Open", "deleting": "Delete", "choosing": "Choose",
               "selecting": "Select", "submitting": "Submit"}


def _done_first(doing: str) -> str:
    """"logging in" -> "Log in", "clicking" -> "Click"."""
    verb, *rest = doing.split()
    return " ".join([_DONE_FIRST[verb.lower()], *rest])


_LEARNER_WORDING = tuple((re.compile(pattern, re.IGNORECASE), plain) for pattern, plain in (
    (r"^control\s+(?:that|if)\s+", "Verify that "),  # "Control that the title is …"
    (r",\s+(?=in\s+(?:that|this|the\s+same)\s+order$)", " "),  # "… are shown, in that order"
    # 'the Kitchen board says "Pins in board: 2"': the board named Kitchen, as 'the board "Kitchen"' says it
    (r"^(?P<check>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?)the\s+(?P<name>(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,3})\s+"
     r"(?P<noun>(?-i:board|pin|project|product|recipe|post|article|book|album|folder|repository|space|collection|note|bookmark|monitor))\s+"
     r"(?P<verb>says|shows|reads|displays)\s+(?=[\"“])", '\\g<check>the \\g<noun> "\\g<name>" \\g<verb> '),
    (r"^(?P<on>(?:i\s+am|i'm|we\s+are)\s+on\s+.+?)\s+and\s+(?:not\s+(?:logged|signed)\s+in|logged\s+out|signed\s+out)$", "\\g<on>"),  # as every test starts
    (r"^(?:i\s+am|i'm|we\s+are)\s+(?:not\s+(?:logged|signed)\s+in|logged\s+out|signed\s+out)\s+and\s+(?P<on>(?:i\s+am|i'm|we\s+are)\s+on\s+\S.*)$", "\\g<on>"),
    (r"^submit\s+(?:it\s+|the\s+form\s+)?(?:with|using|by\s+clicking)\s+(?=the\s+\S)", "Click "),  # "submit with the Login button"
    (r"(?<=\S)\s+is\s+(?:limited|capped|restricted)\s+to\s+(?=\S)", " is "),  # "Hotel is limited to 160 EUR per day": Hotel's value
    (r"^(?P<none>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?no\s+(?:row|entry|item|line|result))\s+(?:in|of)\s+the\s+(?:table|list|results)(?=\s)",
     "\\g<none>"),  # 'No row in the table has the status "closed"': no row does
    # "ReleaseNotes page is also in the results": a page named in one word, listed by that name
    (r"^(?!(?:home|start|main|front|login|landing)\b)(?P<name>(?-i:[A-Z])[\w./-]*)\s+(?:page|article|document)\s+(?=is\s+(?:also\s+)?(?:in|among|listed)\b)",
     '"\\g<name>" '),
    # 'the board named Someday says …': the board "Someday"
    (r"\bthe\s+(?P<noun>(?-i:[a-z]+))\s+(?:named|called|titled)\s+(?P<name>(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3})(?=\s+(?:says|shows|reads|displays)\s)",
     'the \\g<noun> "\\g<name>"'),
    # "Open the Photography board by clicking its image": that control, for the item named
    (r"^open\s+the\s+(?P<name>(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3})\s+(?-i:[a-z]+)\s+by\s+clicking\s+(?:on\s+)?its\s+"
     r"(?P<control>(?:[\w-]+\s+){0,2}[\w-]+)$", 'Click the \\g<control> for "\\g<name>"'),
    (r"\bthe\s+(?:browser(?:'s)?\s+tab|browser|window|browser\s+window)\s+title\b", "the page title"),  # "the browser tab title is …"
    # "the top row of History", "the first row of the History table": the first row under that title
    (r"\bthe\s+(?P<ord>first|second|third|last)\s+row\s+(?:of|in)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:\s+(?:table|section|list))?(?=\s+(?:shows|says|reads|is|has|contains)\b)",
     'the \\g<ord> row under "\\g<name>"'),
    # "Open the Insert tab of the books table", "Given I am on the Content tab of members": that object, then its tab;
    # "Switch to the Versions tab of harbor-logger": on its page already, the tab
    (r"^(?:switch\s+to|click(?:\s+on)?)\s+the\s+(?P<tab>(?-i:[A-Z])[\w-]*(?:\s+[\w-]+)?)\s+tab\s+of\s+(?:the\s+)?[\w.@/-]+"
     r"(?:\s+(?:table|page|view|record|item|project|package))?$", "Click the \\g<tab> tab"),
    (r"^(?:open|go\s+to|(?:i\s+am|we\s+are)\s+on)\s+the\s+(?P<tab>(?-i:[A-Z])[\w-]*(?:\s+[\w-]+)?)\s+tab\s+of\s+(?:the\s+)?"
     r"(?P<object>[\w.-]+)(?:\s+(?:table|page|view|record|item|project))?$", "Click \\g<object> then click the \\g<tab> tab"),
    (r"^(?P<lead>(?:(?:verify|check|confirm)\s+(?:that\s+)?)?the\s+[\w-]+(?:\s+[\w-]+)?)(?<!should)(?<!must)(?<!will)(?<!would)(?<!shall)(?<!can)(?<!does)(?<!did)(?<!\bto)\s+say\s+(?=[\"“])",
     "\\g<lead> says "),  # 'The page say "404"'
    (r"^(?:(?:i|we)\s+)?(?:have\s+)?signed\s+in\s+with\s+(?=\S)", "Log in with "),  # "Given I signed in with ${pw}"
    # "the Harbor Registry home page": the site's home page, said with the site's name
    (r"\bthe\s+(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3}\s+(?=(?:home|start|front)\s*page\b)", "the "),
    # 'Somewhere in the logs I can read "X"', 'I read "X"': a text someone reads on the page is one seen there
    (r'^(?:somewhere\s+(?:in|on)\s+the\s+(?:page|screen|logs?|output)\s*,?\s+)?(?P<who>(?:i|we)\s+(?:can\s+)?)read\s+(?=["“])', "\\g<who>see "),
    # 'I still see "X" in the package list', 'I see "A" and "B"': what is seen, checked shown there
    (r'^(?:(?:i|we)\s+)?(?:can\s+)?(?:still\s+|also\s+|now\s+)?see\s+(?P<what>(?:"[^"]+"|“[^”]+”)(?:\s*(?:,|and)\s*(?:"[^"]+"|“[^”]+”))+|"[^"]+"\s+(?=(?:in|on|under)\s+the\s)|“[^”]+”\s+(?=(?:in|on|under)\s+the\s))',
     lambda m: f"Verify {m['what'].strip()} {'are' if m['what'].count(chr(34)) + m['what'].count('“') > 2 else 'is'} shown "),
    # "the readme has a heading Features": that heading is shown
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)the\s+[\w -]+?\s+(?:has|shows)\s+a\s+heading\s+(?P<name>(?-i:[A-Z])[\w' -]*)$",
     '\\g<check>the heading "\\g<name>" is shown'),
    (r"^(?:(?:i|we)\s+)?follow\s+(?=[\"“]|the\s+(?:[\w-]+\s+){0,3}link$)", "Click "),  # 'I follow "next >>"': a link followed is clicked
    # '11 pins are listed, one of them "X"', 'just one pin is on the page, "X"': the count, then the one named
    (r"(?:(?<=\slisted)|(?<=\sshown))\s*,\s+(?:one\s+of\s+them|among\s+them|including)\s+(?=[\"“])", ": "),
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)(?:just|only)\s+one\s+(?P<noun>(?-i:[a-z][\w-]*))\s+is\s+(?:on\s+the\s+page|shown|listed)(?=\s*,\s*[\"“])",
     "\\g<check>exactly one \\g<noun> is listed"),
    (r"\s+(?:stays|remains|is\s+kept)\s+(?=(?:open|visible|shown|closed|hidden)$)", " is "),  # "the Login dialog stays open"
    (r"\s+is\s+(?:offered|suggested|proposed)\s+(?=in\s+the\s+)", " is shown "),  # '"cooking" is offered in the suggestions'
    # 'a preview pops up saying "Pinned by bob"': the words it says are shown, whatever the box is called
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)(?:an?|the)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?\s+"
     r"(?:pops\s+up|appears|opens|shows\s+up|is\s+shown)\s+saying\s+(?P<said>\"[^\"]+\"|“[^”]+”)$", "\\g<check>\\g<said> is shown"),
    # 'Click the tag baking on the "Sourdough starter" pin': the control, for the item named in quotes
    (r"^(?P<act>(?:click|tap|hover(?:\s+over)?)\s+.+?)\s+(?:on|under|in|inside|of|below)\s+the\s+(?P<item>\"[^\"]+\"|“[^”]+”)\s+"
     r"(?!(?:form|dialog|modal|popup|window|section|panel|table|list|menu|page|tab|box|area|column|field|sidebar|toolbar|header|footer)$)(?-i:[a-z][\w-]*)$",
     "\\g<act> for \\g<item>"),
    (r"^(?P<act>(?:click|tap|hover(?:\s+over)?)\s+(?:on\s+)?)the\s+(?P<kind>(?-i:tag|label|category))\s+(?!(?:name|list|field|filter|cloud|menu|page|column|box|link|button)\b)"
     r"(?P<name>(?-i:[a-z][\w-]*))(?=\s+(?:on|for|in|under|of)\s|$)", "\\g<act>the \\g<name> \\g<kind>"),  # "Click the tag baking"
    (r"^(?P<act>click|tap)\s+(?:on\s+)?the\s+(?:user\s*name|username|author(?:\s+name)?)\s+(?=\"[^\"]+\"|“[^”]+”)", "\\g<act> "),  # 'the user name "bob"'
    (r"(?<=\sshown)\s+in\s+(?:large|big|huge|bold)(?:\s+(?:letters|type|font|text))?$", ""),  # '"Error 404" is shown in large letters'
    # 'Answer the question "Delete this Board?" with OK': that button of the dialog asking it
    (r"^answer\s+(?:the\s+)?(?:question|prompt|confirmation|dialog)(?:\s+(?:\"[^\"]+\"|“[^”]+”))?\s+with\s+(?P<answer>\"[^\"]+\"|“[^”]+”|\w+)$",
     "Click \\g<answer> in the dialog"),
    # 'the page says "4 users" at the bottom': those words, shown there
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)the\s+page\s+(?:says|shows)\s+(?P<said>\"[^\"]+\"|“[^”]+”)\s+(?P<where>at\s+the\s+(?:bottom|top)(?:\s+(?:left|right))?)$",
     "\\g<check>\\g<said> is shown \\g<where>"),
    (r"^after\s+(?:(?:i|you|we|the\s+user)\s+)?(?P<doing>(?:logging|signing)\s+(?:in|out)|" + "|".join(v for v in _DONE_FIRST if v not in ("logging", "signing"))
     + r")\b(?P<what>[^,;\"“]*(?:[\"“][^\"”]*[\"”][^,;\"“]*)*),\s*(?=\S)",
     lambda m: _done_first(m["doing"]) + m["what"] + "; "),
    (r"^(?:i\s+am|i'm|we\s+are|you\s+are|the\s+user\s+is)\s+(?:sent|taken|redirected|brought)\s+to\s+(?:a|the)\s+page\s+whose\s+(?:url|address)\s+(?=contains|ends|starts|is)",
     "the URL "),  # "I am sent to a page whose URL contains /inactive/"
    (r"^go\s+in(?:to)?\s+(?=\S)", "Go to "),  # "Go in Challenges"
    (r"^(?:click|go|move)\s+over\s+to\s+(?=page\s+\d)", "Go to "),  # "I click over to page 2"
    (r"\s*,?\s+and\s+wait\s+(?:for\s+(?:it|the\s+page)\s+to\s+load|until\s+(?:it|the\s+page)\s+(?:has\s+)?loaded)$", ""),  # a page gone to is waited for
    (r"\s+this\s+time$", ""),  # "Ensure there is no Admin entry this time"
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)the\s+word\s+(?P<word>[^\s\"“]+)\s+(?:does\s+not|doesn't)\s+(?:appear|show)(?:\s+anywhere)?(?:\s+on\s+the\s+page)?$",
     '\\g<check>the page does not show "\\g<word>"'),  # "Verify the word members does not appear anywhere on the page"
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)the\s+word\s+(?P<word>[^\s\"“]+)\s+(?:appears|is\s+shown)(?:\s+on\s+the\s+page)?$",
     '\\g<check>the page shows "\\g<word>"'),
    (r"^(?:clear|empty)\s+(?P<field>the\s+.+?)\s+and\s+(?:type|enter|write)\s*:\s*(?P<value>\S.*)$", 'Fill "\\g<value>" in \\g<field>'),  # "Clear the SQL editor and type: select …"
    (r"^replace\s+the\s+[\w -]+?\s+in\s+(?P<field>the\s+.+?)\s+with\s*:\s*(?P<value>\S.*)$", 'Fill "\\g<value>" in \\g<field>'),  # "Replace the SQL in the editor with: …"
    (r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)the\s+(?P<kind>heading|title|link|button|tab)\s+(?P<name>(?-i:[a-z][\w-]*))\s+is\s+(?P<state>shown|visible|displayed)$",
     '\\g<check>the \\g<kind> "\\g<name>" is \\g<state>'),  # "Verify the heading books is shown": a heading named books
    (r"^(?P<go>go\s+to|open)\s+[^,]+?,\s*(?:it\s+is|that\s+is|which\s+is|at)\s+(?P<path>/\S*)$", "\\g<go> \\g<path>"),  # "Go to the list of weight, it is /weight/"
    (r"^(?P<before>[^\"“]*?)\bshall\b", "\\g<before>should"),  # "The page shall tell …": a requirement's should
    (r"^(?P<before>[^\"“]*?)\bfinish(?P<es>es)?\s+with\b", lambda m: m["before"] + ("ends" if m["es"] else "end") + " with"),  # "must finish with"
    (r"^there\s+is\s+written\s+(?=[\"“])", "Verify the page shows "),  # 'There is written "Partner certificates …"'
    (r"^(?:i|we|you|the\s+user)\s+(?:get|see|receive)\s+(?:the|an?)\s+(?P<kind>error|warning)(?:\s+message)?\s+(?=[\"“])", "Verify the \\g<kind> message shows "),  # 'I get the error "…"'
    (r"^(?P<what>an?\s+(?:warning|error|message|notice|alert|notification)\s+[\"“][^\"”]+[\"”])\s+comes(?:\s+up)?$", "\\g<what> appears"),
    (r"^(?:given\s+)?(?:i|we)\s+(?:am|are)\s+(?:reading|looking\s+at)\s+(?=the\s.+\s(?:page|article|document)$)", "I am viewing "),
    (r"^(?:i|we|you)\s+(?:land|arrive|end\s+up)\s+on\s+(?:a|the)\s+page\s+(?:titled|called|named)\s+(?P<name>[\"“][^\"”]+[\"”])$", "Verify the \\g<name> page is displayed"),
    (r"^(?:make|do|give)\s+(?:a\s+)?click\s+(?:on\s+)?", "Click "),  # "Make click on Logout"
    (r"^(?:make|do)\s+(?:the\s+|a\s+)?(?:login|log\s*in|sign\s*in)\s+(?=(?:as|with|like)\b)", "Log in "),  # "Do the login as alice"
    (r"^(?:log\s*in|login|sign\s*in)\s+like\s+", "Log in as "),  # "Login like tnguyen"
    (r"^(?:log|sign)\s+back\s+in\b", "Log in"),
    (r"^wait\s+(?:until|till|that|for)\s+(?:the\s+)?[\w -]+?\s+(?:is|are|has|have)\s+(?:been\s+)?(?:re)?loaded$", "Wait for the page to load"),
    (r"^wait\s+(?:that|till)\s+", "Wait until "),  # "Wait that the dialog closes"
    (r"^(?P<wait>wait\s+for\s+the\s+(?!page\b).+?)\s+to\s+(?:open|appear|show(?:\s+up)?|be\s+(?:shown|visible|displayed))$", "\\g<wait>"),  # "… popup to open"
    (r"^in\s+(?:the\s+)?results?\s+(?:must|should)\s+(?:appear|be\s+shown|show\s+up)\s+(?P<x>.+)$", "Verify \\g<x> is shown in the results"),
    (r"^(?:also\s+)?(?:must|should)\s+(?:appear|be\s+shown|be\s+visible|show\s+up|exist)(?:\s+somewhere)?\s+(?P<x>(?:the|an?)\s.+)$", "Verify \\g<x> is shown"),
    (r"^(?:must|should)\s+be\s+(?=\S+\s)", "There must be "),  # "Must be 4 notifications in the list"
    # 'Verify the "Differences" heading': a named element said alone, checked shown
    (r"^(?:verify|check|confirm)\s+(?P<what>the\s+(?:\"[^\"]+\"|“[^”]+”)\s+(?:heading|button|link|tab|title|label|message|dialog|section|column|panel))$",
     "Verify \\g<what> is shown"),
    (r"^(?:(?:verify|check|confirm)\s+(?:that\s+)?)?(?:the\s+)?(?:page\s+\d+|(?:first|second|third|last|next)\s+page)\s+(?:has|shows|lists|holds)\s+"
     r"(?P<exactly>only\s+|just\s+|exactly\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<noun>[a-z][\w-]*)$",
     "Verify \\g<exactly>\\g<n> \\g<noun> are shown"),  # "Page 3 has only 1 book": on the page shown, never a row named "Page 3"
    (r"^(?:i|you|we|the\s+user|she|he)\s+(?:(?:should|must|will)\s+)?(?:still\s+)?(?:get|see|receive)\s+an?\s+(?P<code>[45]\d\d)(?:\s+[a-z]+){0,2}\s+(?:page|error)$",
     'Verify the page shows "\\g<code>"'),  # "Then I should get a 403 page", "Then I get a 403 Forbidden page"
    (r"^no\s+(?P<x>(?-i:[A-Z])[\w' -]*?\s+(?:button|link|icon|tab|menu|field|checkbox))\s+(?:must|should|is|are)\s+(?:be\s+)?(?:visible|shown|displayed)$",
     "There is no \\g<x>"),  # "No Add button must be visible"
    # a note taken fast: "Check "Web Servers" and "Side Project" shown" is a check, never a checkbox ticked
    (r"^check\s+(?P<what>" + _QUOTES_LISTED + r")\s+(?:is\s+|are\s+)?(?P<state>shown|visible|displayed|present|listed)$",
     lambda m: f"Verify {m['what']} {_is_or_are(m['what'])} {m['state']}"),
    (r"^(?:i|you|we)\s+(?:should\s+|must\s+|can\s+|will\s+)?see\s+(?P<what>" + _QUOTES_LISTED + r")$",
     lambda m: f"Verify {m['what']} are shown" if _is_or_are(m["what"]) == "are" else m.group()),  # "I should see "A" and "B""
    # 'The page show heading "X"': a learner's kind said without its article
    (r"^(?P<page>(?:(?:verify|check|confirm)\s+(?:that\s+)?)?the\s+page\s+)shows?\s+(?P<kind>heading|section|button|link|tab|title)\s+(?=[\"“])",
     "\\g<page>shows the \\g<kind> "),
    (r"^(?P<before>[^\"“]*?)\bis\s+telling\s+(?=[\"“])", "\\g<before>says "),  # a learner's 'The row for X is telling "1 Deployment"'
    # "Then only the flow sync-crm-contacts is listed": that one, by its name
    (r"^(?P<only>(?:(?:verify|check|confirm)\s+(?:that\s+)?)?only\s+)the\s+(?-i:[a-z]+)\s+(?P<name>[\w][\w.:/@-]*[\w])\s+(?P<rest>(?:is|remains)\s+(?:listed|shown|left|visible))$",
     "\\g<only>\"\\g<name>\" \\g<rest>"),
    # "Verify the pools analytics-pool, etl-pool and ml-pool are listed in that order": those names, in that order
    (r"^(?P<check>(?:verify|check|confirm)\s+(?:that\s+)?)the\s+(?-i:[a-z]+s)\s+(?P<names>[^,\"“]+(?:,\s*[^,\"“]+)+\s+and\s+[^,\"“]+?\s+are\s+listed\s+in\s+(?:this|that)\s+order)$",
     "\\g<check>\\g<names>"),
    (r"\bthe\s+(?:address|url)\s+of\s+(?:the|this)\s+page(?=\s+(?:contains|ends\s+with|starts\s+with|includes|is)\s)", "the URL"),  # "The address of the page contains /news/grant"
    # "And I see a Save button and a Cancel button": each button shown
    (r"^(?:(?:i|we)\s+)?(?:should\s+|can\s+)?see\s+an?\s+(?P<a>(?-i:[A-Z])[\w-]*)\s+button\s+and\s+an?\s+(?P<b>(?-i:[A-Z])[\w-]*)\s+button$",
     "Verify the \"\\g<a>\" button and the \"\\g<b>\" button are shown"),
    # "When I click Search with an empty search box": the click; the box is left as it is
    (r"^(?P<click>(?:(?:when|then|and)\s+)?(?:i\s+)?click\s+(?:on\s+)?(?:\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w-]*))\s+with\s+(?:an?\s+|the\s+)?empty\s+[\w ]+?\s*(?:box|field)$",
     "\\g<click>"),
    # "Click on the result City grant awarded": the result named so (its capitalised name, as if quoted)
    (r"^(?P<verb>(?:click|tap|open|select)(?:\s+on)?\s+the\s+(?:search\s+result|result|post|article|news\s+item|event|document))\s+(?P<name>(?-i:[A-Z0-9])[^\"“”]*?)$",
     "\\g<verb> \"\\g<name>\""),
    # 'the Title field holds "X"': shows it
    (r"^(?P<field>(?:(?:verify|check|confirm)\s+(?:that\s+)?)?the\s+[\w' -]+?\s+(?:field|box|input))\s+(?:still\s+|now\s+|already\s+)?holds\s+(?=[\"“])",
     "\\g<field> shows "),
    # 'the authors content shows "X" in the last row': that row shows it
    (r"^(?:(?:verify|check|confirm)\s+(?:that\s+)?)?the\s+[\w' -]+?\s+(?:shows|lists|has)\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+in\s+the\s+(?P<row>first|last|top|bottom)\s+row$",
     "Verify the \\g<row> row shows \\g<value>"),
    (r"^(?:(?:i|we)\s+)?expect\s+to\s+see\s+(?=the\s|an?\s|[\"“])", "I see "),  # 'I expect to see the greeting "Welcome, Tom!"'
    (r"^(?P<who>i|we)\s+(?P<modal>should|must|can)\s+(?:now|also)\s+see\s+", "\\g<who> \\g<modal> see "),  # "I should now see …"
    # 'I should see "Omar Haddad" at the top right': shown in that corner
    (r"^(?:i|we)\s+(?:should\s+|must\s+|can\s+)?see\s+(?P<q>\"[^\"]+\"|“[^”]+”)\s+(?P<where>(?:at|in)\s+the\s+(?:top|bottom)[\s-](?:right|left)(?:\s+corner)?)$",
     "Verify \\g<q> is shown \\g<where>"),
    # "The heading reads: Navigate Site": the text after the colon, whole
    (r"^(?P<what>(?:(?:verify|check|confirm)\s+(?:that\s+)?)?the\s+(?:page\s+)?heading\s+(?:reads|says))\s*:\s+(?P<value>[^\"“,:]+?)$",
     "\\g<what> \"\\g<value>\""),
    # 'Verify the page shows the "Username or email" and "Password" fields': each field shown
    (r"^(?P<check>(?:verify|check|confirm)\s+(?:that\s+)?)the\s+page\s+(?:shows|has)\s+the\s+(?P<names>(?:\"[^\"]+\"|“[^”]+”)(?:\s*(?:,|and)\s*(?:\"[^\"]+\"|“[^”]+”))+)\s+(?P<kind>fields|buttons|links|tabs)$",
     "\\g<check>the \\g<names> \\g<kind> are shown"),
    # 'I see the Full name field with "Tom Becker"': the field holds it
    (r"^(?:(?:i|we)\s+)?(?:can\s+)?see\s+the\s+(?P<field>(?-i:[A-Z])[\w' -]*?\s+field)\s+with\s+(?P<value>\"[^\"]+\"|“[^”]+”)(?:\s+in\s+it)?$",
     "Verify the \\g<field> shows \\g<value>"),
    (r"^expect\s+(?P<what>(?:an?|the)\s+(?:error|success|warning|confirmation|validation)(?:\s+message)?)$", "Verify \\g<what> is shown"),
    (r"^check\s+(?:the\s+|an?\s+)?(?P<kind>(?:error|success|warning|alert)(?:\s+message)?|message)\s*:?\s+(?P<text>\"[^\"]+\"|“[^”]+”)$",
     "Verify the \\g<kind> \\g<text> is shown"),  # 'Check error "Incorrect email or password."'
    (r"\s+(?:in|from|under)\s+the\s+(?:page's\s+)?(?:table\s+of\s+contents|toc)$", ' in the "Contents" section'),  # a wiki's "Table of Contents" box
    # "iforest-v1 is not listed", "gbm-v2, gbm-v3 and gbm-v4 are in the table": names written as identifiers (a hyphen,
    # an underscore, a dot or a digit in a lower-case word) are names, as if quoted
    (r"^(?P<check>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?)(?P<names>" + _IDENTIFIERS + r")\s+"
     r"(?=(?:is|are)\s+(?:not\s+)?(?:listed|shown|visible|displayed|present|there|in|among|on)\b(?!\s+as\b)|(?:does|do)\s+not\s+appear|(?:doesn't|don't)\s+appear"
     r"|appears?\b|(?:should|must)\s+(?:not\s+)?(?:be\s+(?:listed|shown|visible|displayed)|appear)\b)",
     lambda m: m["check"] + re.sub(_IDENTIFIER, lambda n: f'"{n.group()}"', m["names"]) + " "),
    # "the search bar", "the search runs box": the page's search field, whatever it searches
    (r"\bthe\s+(?P<search>search)\s+(?:bar|(?-i:[a-z]+s)\s+box)\b", "the \\g<search> box"),
    # "Open the State dropdown (it currently says Active)": what it shows now, an aside
    (r"\s*\((?:it\s+|which\s+)?(?:currently|now|still)\s+(?:says|shows|reads|is|set\s+to)\s+[^()]*\)$", ""),
    # "the contacts table lists 5 people": its rows counted, whatever the tester calls them; "the user list has 5 rows"
    (r"^(?P<lead>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?the\s+[\w -]+?\s+table)\s+(?:lists|shows|contains|has|holds)\s+"
     r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:people|persons|entries|records|lines)$", "\\g<lead> has \\g<n> rows"),  # a noun no part of the page is named by
    (r"^(?P<lead>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?the\s+[\w -]+?\s+)list\s+(?P<has>(?:has|shows|contains)\s+\S+\s+rows)$", "\\g<lead>table \\g<has>"),
    # "Under Recent Experiments I can see churn-prediction": where, then what is seen there
    (r"^(?:under|in)\s+(?P<place>(?-i:[A-Z])[^,\"“]*?|\"[^\"]+\"|“[^”]+”)\s*,?\s+(?:i|you|we)\s+(?:can\s+|should\s+|must\s+|will\s+)?see\s+(?P<what>\S.*)$",
     lambda m: f'Verify {m["what"]} is shown under "{strip_quotes(m["place"])}"'),
    # "The tagline Knowledge base of the Acme team is shown": a line of text said after its kind, unquoted
    (r"^(?P<check>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?)the\s+(?:tagline|subtitle|slogan|motto|strapline)\s+(?P<value>(?-i:[A-Z])[^\"“”]+?)\s+"
     r"(?:is|should\s+be)\s+(?:shown|displayed|visible)(?:\s+(?:under|below|beside|next\s+to)\s+the\s+[\w -]+)?$", '\\g<check>the page shows "\\g<value>"'),
    # 'An "Admin" link should now be visible next to Log Out': where it is, said after what holds
    (r"^(?!.*\b(?:badge|label|tag|pill|chip|marker)\b)(?P<what>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?(?:an?|the)\s+.+?)\s+(?P<holds>(?:is|are|should\s+(?:now\s+)?be|must\s+(?:now\s+)?be)\s+"
     r"(?:now\s+)?(?:visible|shown|displayed))\s+(?P<place>(?:next\s+to|beside)\s+\S.*)$", "\\g<what> \\g<place> \\g<holds>"),
    # "Scroll down to the History section", "the Recent Experiments section is visible": its title, as shown
    (r"^(?P<scroll>scroll\s+(?:down\s+|up\s+)?to)\s+the\s+(?P<name>" + _SECTION_NAME + r")\s+(?:section|panel)$", '\\g<scroll> "\\g<name>"'),
    (r"^(?P<lead>(?:(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?)(?:(?:the|an?)\s+)?(?P<name>" + _SECTION_NAME + r")\s+(?:section|panel)\s+"
     r"(?P<be>is\s+(?:visible|shown|displayed))$", '\\g<lead>"\\g<name>" \\g<be>'),
    (r"^check\s+(?!(?:the|that|an?|if|whether|all|each|every|no)\b)(?P<part>[a-z][\w-]*\s+(?:sidebar|menu|panel|header|footer|section|tab|dropdown|navbar))\s+"
     r"(?:has|shows|lists|contains)\s+", "Verify the \\g<part> shows "),  # "Check categories sidebar has Books"
))


def as_read(sentence: str) -> str:
    """The sentence in the words the rules and the retellings read it in: no end mark, no filler, learner's and hurried
    wording in plain words ("Web, Data Science, Community shown" as "Web, Data Science and Community are shown")."""
    return in_plain_words(without_filler(" ".join(without_end_mark(sentence).split())))


def in_plain_words(text: str) -> str:
    """A sentence said in learner's or hurried wording, in the words the rules read ("Make click on Logout")."""
    text = ends_as_ordinals(notes.in_full(text))
    for pattern, plain in _LEARNER_WORDING:
        text = pattern.sub(plain, text, count=1)
    return text


def without_filler(sentence: str) -> str:
    """The sentence without words that change nothing of what it asks, as the rules and the retellings both read it:
    an owner's row said as "the row for …", "its" before a named field, "of the same form", "the menu that opens",
    "while signed in", "directly", "on this page" after a state, "also" before "listed", "Without logging in,", "is back
    at", "visible again", "carries a … label", "Where X usually is,", "shown instead of …", "the admin panel's" before a
    part of it, "of the links table" after a row, "Hover over or click", "page" before "from the X menu", "again" at
    the end, a reason before or after "because" or "since", "should show up" as "is shown", "is back to 2 books" as
    "has 2 books", "all" in "should all be", the pager a page is gone to with, the corner a message appears at, the
    address bar, "narrows down to" a count as "shows", "does not appear in" as "is not in", "shows in the" as "is shown
    in the", "among them" as "listed", "Expect X (not) to be" as "Verify X is (not)", "both" and a role after names
    listed, "the dashboard shows" a quoted text as "the page shows", "the status says X" as "the status is X"."""
    text = _outside_quotes(_PANEL_OWNS, "the ", owned_boxes(sentence))
    text = _ROW_OF_TABLE.sub(lambda m: m["row"], text)
    text = _ITS_FIELD.sub("the ", text)  # 'Type "x" in its Private code field': the field has a name of its own
    text = _SAME_BOX.sub("", text)  # "… the Private code field of the same form": the form the step before used
    text = _THAT_OPENS.sub(r"\1", text)  # "from the menu that opens": the menu open now
    text = _TITLE_OF_PAGE.sub("the page title", text)  # "The title of the page is …"
    text = _WHILE_SIGNED.sub("", text)  # "Visit /admin while signed out": the suite's auth says who is signed in
    text = _DIRECTLY.sub(lambda m: m["path"] or "", text)  # "Navigate directly to /news", "Open /admin directly"
    text = _CARRIES.sub("has ", text)  # "it carries a Pinned label"
    text = _HEADING_HOLDS.sub(lambda m: m["head"] + " shows ", text)
    text = _THEY_SAY.sub(lambda m: m["s"] + " show ", text)
    text = _REMAIN.sub(lambda m: " are " if re.match(r"(?i)\s+remain\s", m.group()) else " is ", text)
    text = _NOT_HERE.sub(lambda m: m["state"], text)  # "… is not listed on this page": on the page shown
    text = _PASTE.sub("Type ", text)  # "Paste https://… into the URL field": typed in, as far as the page can tell
    text = _HOVER_OR_CLICK.sub("Click ", text)  # "Hover over or click the ADMIN menu": a click opens it either way
    text = _outside_quotes(_PAGE_IN_MENU, "", text)  # "Open the Search Bugs page from the SEARCH menu": the entry Search Bugs
    text = _COLOURED_BADGE.sub(lambda m: "a " if m["article"].lower() in ("a", "an") else m["article"] + " ", text)
    text = _INSTEAD_OF.sub(lambda m: m["state"], _WHERE_USUALLY.sub("", text))
    text = _SHOWN_AGAIN.sub(lambda m: f"{m['noun']} is shown " if m["noun"] else m["state"], text).rstrip()
    text = _THIS_PAGE_TAIL.sub(lambda m: m["state"], text)  # "… is disabled on this last page"
    if _COUNT_ON_THIS_PAGE.search(mask_quoted(text)):  # the page shown is where a count is read
        text = _COUNT_ON_THIS_PAGE.sub(lambda m: m["count"], text)
    text = _SHOWED.sub(lambda m: m["be"] + " shown", _MUST_TO.sub(lambda m: m["modal"] or "should", text))
    text = _NOW_QUOTED.sub(lambda m: m["verb"] + " ", text)
    text = _PART_HAVE.sub(lambda m: m["part"] + " has", text)
    text = _BY_DEFAULT.sub("", text)  # "the Terms checkbox is unchecked by default": as the page first shows it
    text = _AGAIN_AT_END.sub("", text)  # "The list shows 7 watches again": when, not what
    text = _outside_quotes(_ABLE_TO_SEE, "", text)  # "the user should be able to see X": sees X
    text = _outside_quotes(_FOR_THE_PERSON, "", text)  # "There is no Connect Database button for her": the user signed in
    text = _AFTER_DOING.sub("", text)  # "After saving, the page title should be …": the step before did it
    text = _outside_quotes(_REASON_AT_END, "", _BECAUSE_FIRST.sub("", text))  # "…, because it is already checked off"
    text = _outside_quotes(_SHOWS_UP_AT_END, " is shown", text)  # '… "Account Locked" should show up'
    text = _outside_quotes(_BACK_TO_COUNT, " has ", text)  # "The shelf is back to 2 books"
    text = _outside_quotes(_ALL_OF_THEM, "", text)  # "… should all be in the results"
    text = _BY_THE_PAGER.sub(lambda m: "Go to " + m["page"], text)  # "Move to page 2 with the pagination below the table"
    text = _CORNER_OF_MESSAGE.sub(lambda m: m["said"], text)  # "… should appear at the bottom right"
    text = _outside_quotes(_ADDRESS_BAR, "", text)  # "Open /circuits/ directly in the address bar"
    text = _outside_quotes(_NARROWS_TO, " shows ", text)  # "the list should narrow down to 11 documents"
    text = _outside_quotes(_NOT_APPEAR_IN, " is not ", text)  # "… does not appear in the header"
    text = _outside_quotes(_SHOWS_IN, " is shown ", text)  # "X shows in the results"
    text = _outside_quotes(_AMONG_THEM, "listed", text)  # "… should not be among them"
    text = _EXPECT_TO_BE.sub(_as_verified, text)  # 'Expect "X" not to be in the table'
    both = _BOTH_NAMES.search(mask_quoted(text))
    if both:  # "… lists both A and B as speakers"
        text = _outside_quotes(_AS_THEIR_ROLE, "", text[: both.start("both")] + text[both.end("both"):])
    text = _THE_PAGE_SHOWS.sub(lambda m: m["lead"] + "the page ", text)  # 'The dashboard shows "Your upcoming events"'
    text = _STATUS_SAYS.sub(lambda m: m["label"] + " is ", text)  # "the status now says Closed"
    if _BE_THERE.search(mask_quoted(text)):  # "… should be there somewhere too": shown
        text = _BE_THERE.sub(lambda m: f" {m['verb']} shown", text)
    return _ALSO_SHOWN.sub(" ", text)  # '"Demo Author" is also listed', 'the URL is now /posts/x'
