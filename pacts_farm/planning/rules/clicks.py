"""Clicks: a control by what a person calls it, within an item ("Add to cart for the Blue Mug", "… for the
first product"), a region or by position; "Add X to the cart" and "Remove X from the cart"."""

from __future__ import annotations

import dataclasses
import re

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import A, Intent, book, rule, target_from, value_of

_CLICK = r"^(?:click(?:\s+on)?|double-click(?:\s+on)?|press|tap(?:\s+on)?|select|choose|pick|hit|push|follow)\s+"


def _item_target(text: str, item: str) -> model.Target:
    scope, position = phrases.scope_or_position(item)
    return model.Target(text=text, scope=scope, position=position)


@book("Adding an item to the cart", A.CLICK,
      ('Add ITEM to the cart | basket | bag (its Add to cart button)', 'Add the Blue Mug to the cart'))
@rule(r"^add\s+(?P<item>.+?)\s+to\s+(?:the\s+|my\s+)?(?:shopping\s+)?(?P<container>cart|basket|bag)$")
def _add_to(m: re.Match[str]) -> Intent:
    return Intent(A.CLICK, target=_item_target(f"Add to {m.group('container').lower()}", m.group("item")))


@book("Removing an item from the cart", A.CLICK,
      ('Remove ITEM from the cart (its Remove button)', 'Remove the Blue Mug from the cart'))
@rule(r"^remove\s+(?P<item>.+?)\s+from\s+(?:the\s+|my\s+)?(?:shopping\s+)?(?:cart|basket|bag)$")
def _remove_from(m: re.Match[str]) -> Intent:
    return Intent(A.CLICK, target=_item_target("Remove", m.group("item")))


@book("Acting on one item by the verb of its control", A.CLICK,
      ('Delete | Edit | Archive | Duplicate | Rename | Restore the NOUN "NAME" (that item\'s control of that name)', 'Delete the task "Buy milk"'),
      ('Delete | Edit … the POSITION NOUN', 'Delete the first row'),
      ('Remove "NAME" from the list | table (its Remove control)', 'Remove "Milk" from the list'))
@rule(r"^(?P<verb>delete|edit|archive|unarchive|duplicate|rename|restore)\s+(?P<item>(?:the\s+(?-i:[a-z][\w-]*)\s+)?(?:\"[^\"]+\"|“[^”]+”))$")
@rule(r"^(?P<verb>delete|edit|archive|unarchive|duplicate|rename|restore|remove)\s+(?P<item>the\s+" + phrases.ORDINAL_WORDS + r"\s+(?-i:[a-z][\w-]*))$")
@rule(r"^(?P<verb>remove|delete)\s+(?P<item>\"[^\"]+\"|“[^”]+”)\s+from\s+(?:the\s+|my\s+)?(?:[\w-]+\s+)?(?:list|table|grid|board|collection|library)$")
def _item_verb(m: re.Match[str]) -> Intent | None:
    target = _item_target(m.group("verb").capitalize(), m.group("item"))
    if target.scope is None and target.position is None:
        return None
    return Intent(A.CLICK, target=target)


# the words after a box's name that say what kind of box it is ("the welcome banner", "the cookie notice")
_BOX_NOUN = r"(?:banner|notice|notification|dialog|modal|popup|pop-up|message|bar|prompt|toast|window|panel|box)"
_BY_CLICKING = r"(?:by\s+clicking(?:\s+on)?|by\s+pressing|with|using|via)"


def _box_scope(said: str) -> str:
    """'the welcome banner' -> "welcome": what the box says about itself, as "Click Dismiss on the welcome banner" reads it."""
    words = re.sub(r"^(?:the|this|that)\s+", "", said.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+" + _BOX_NOUN + r"$", "", words, flags=re.IGNORECASE) or words


@book("Closing or accepting a box with a named control", A.CLICK,
      ('Close | Dismiss | Accept BOX with | using | by clicking CONTROL (that control, in that box)',
       'Close the welcome banner with the Dismiss button'))
@rule(r"^(?:close|dismiss|hide|accept|confirm)\s+(?P<box>(?:the\s+|this\s+)?[^\"“]+?)\s+" + _BY_CLICKING + r"\s+(?P<target>.+)$")
def _close_with(m: re.Match[str]) -> Intent | None:
    # "with the × in its corner": where the control sits in that box only describes it
    said = re.sub(r"\s+(?:in|at)\s+(?:its|the)\s+(?:(?:top|bottom)\s+)?(?:(?:right|left)\s+)?corner$", "", m.group("target"), flags=re.IGNORECASE)
    target = phrases.parse_target(said)
    if not target.text or target.scope or target.region:
        return None
    if re.fullmatch(r"(?i)(?:the\s+|this\s+)?(?:dialog|modal|pop-?up|window)", m.group("box").strip()):
        # "Close the dialog with the ×": the × in the open dialog, not in a box whose text says "dialog"
        return Intent(A.CLICK, target=model.Target(text=target.text, role_hint=target.role_hint, exact=target.exact, region="dialog"))
    return Intent(A.CLICK, target=model.Target(text=target.text, role_hint=target.role_hint, exact=target.exact,
                                               scope=_box_scope(m.group("box"))))


@book("Accepting cookies", A.CLICK,
      ('Accept the cookies | the cookie notice | banner (its accept control: Accept, Agree, Allow, OK, Got it …)', 'Accept the cookies'))
@rule(r"^(?:accept|agree\s+to|allow|consent\s+to)\s+(?:all\s+)?(?:the\s+)?(?:cookies?|cookie\s+" + _BOX_NOUN + r"|cookie\s+(?:consent|policy))$")
def _accept_cookies(m: re.Match[str]) -> Intent:
    return Intent(A.CLICK, target=model.Target(text="Accept", scope="cookie"))


@book("Closing something", A.CLICK,
      ('Close | Dismiss THING (the control that closes it)', 'Close the menu'),
      ('Close | Dismiss the dialog | modal | popup | toast | notification (its close control)', 'Close the dialog'))
@rule(r"^(?:close|dismiss|hide|collapse)\s+(?:the\s+|this\s+)?(?P<what>(?!/|https?://)[^\"“]+?)$")
def _close(m: re.Match[str]) -> Intent | None:
    """'Close the menu': the control that closes it ("Close Menu", "×" named Close)."""
    target = phrases.parse_target(m.group("what"))
    if target.exact:
        return None
    box = phrases.REGIONS.get(" ".join(m.group("what").lower().split()))
    if box in ("dialog", "toast") and target.region is None:  # "Close the dialog": the close control inside the open one
        return Intent(A.CLICK, target=model.Target(text="Close", region=box))
    return Intent(A.CLICK, target=model.Target(text=f"Close {target.text}", region=target.region))


@book("Closing a box named by what it says", A.CLICK,
      ('Close | Dismiss the "TITLE" dialog | notification | message | banner | alert (the close control of the box showing it)',
       'Close the "Welcome to Actual!" notification'))
@rule(r"^(?:close|dismiss|hide)\s+(?:the\s+|this\s+)?(?P<title>\"[^\"]+\"|“[^”]+”)\s+"
      r"(?P<box>dialog|modal|pop-?up|notification|message|banner|alert|toast|snackbar|notice|announcement)$")
def _close_named_box(m: re.Match[str]) -> Intent:
    """The Close control inside the box that shows the title; a dialog's is looked for in the open dialog."""
    region = "dialog" if phrases.REGIONS.get(m.group("box").lower()) == "dialog" else None
    return Intent(A.CLICK, target=model.Target(text="Close", scope=value_of(m, "title"), region=region))


@book("Saving or submitting the changes", A.CLICK,
      ('Submit | Save | Apply | Discard changes (the button that says so)', 'Submit changes'))
@rule(r"^(?P<verb>submit|save|apply|discard)\s+(?:the\s+|my\s+|your\s+|all\s+)?changes$")
def _changes_submitted(m: re.Match[str]) -> Intent:
    """A form's own button, said as its words ("Submit changes", "Save changes"): clicked."""
    return Intent(A.CLICK, target=model.Target(text=f"{m.group('verb')} changes", role_hint="button"))


@book("Scrolling to something", A.WAIT_FOR,
      ('Scroll to TARGET (actions scroll by themselves; this waits until it is there)', 'Scroll down to the footer'))
@rule(r"^scroll\s+(?:down\s+|up\s+)?(?:to|until)\s+(?:you\s+see\s+)?(?P<target>(?!the\s+(?:top|bottom|end)\b).+?)(?:\s+is\s+visible)?$")
def _scroll_to(m: re.Match[str]) -> Intent:
    """Actions scroll to their element themselves; "Scroll to the footer" waits until it is there."""
    return Intent(A.WAIT_FOR, target=target_from(m))


@book("Opening something", A.CLICK,
      ('Open | Show | Expand TARGET (what opens it is pressed)', 'Open the menu'))
@rule(r"^(?:open|show|expand)\s+(?P<target>(?!/|https?://).+)$")
def _open(m: re.Match[str]) -> Intent | None:
    if re.search(r"(?i)\s(?:with|using|via|by\s+clicking)\s+(?:the|a|an|its)\s", m.group("target")):
        return None  # "Open the users dialog with the people icon": the control named is what is clicked (narrative)
    if re.search(r"\s(?:>|›|→)\s", m.group("target")):
        return None  # "open loans > Content": a path, one click after another (narrative)
    address = _AT_ADDRESS.search(m.group("target"))
    if address:  # 'Open the topic "Coffee or tea?" at /topic/6': where it is, gone to
        return Intent(A.NAVIGATE, value=address["path"])
    target = target_from(m)
    if target.role_hint == "dialog" and target.text.lower() not in ("dialog", "modal", "popup"):
        target = dataclasses.replace(target, role_hint=None)  # "Open the Sign up dialog": the control named Sign up opens it
    return Intent(A.CLICK, target=target)  # "Open the menu": press what opens it


_AT_ADDRESS = re.compile(r"\s+(?:at|on|via)\s+(?P<path>/\S*)$")


_A_PAGE = re.compile(r"(?i)(?:the\s+)?(?:(?:forum|board|site)\s+)?(?:index|(?:home|front|main|start|landing)\s*page)")


@book("Clicking inside one item", A.CLICK,
      ('Click TARGET for | next to | of ITEM', 'Click Add to cart for the Blue Mug'))
@rule(_CLICK + r"(?P<target>.+?)\s+(?:for|next to|beside|of|on)\s+(?P<scope>(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:\"[^\"]+\"|“[^”]+”)|[^\"“]+?))(?:\s+(?:item|product|row|card|entry|tile|list|message|alert|notice|notification|toast|banner))?(?:\s+(?:in|on)\s+the\s+(?:list|page))?$")
def _click_scoped(m: re.Match[str]) -> Intent | None:
    if re.fullmatch(r"(?:the\s+)?(?:table\s+)?row", m.group("target"), re.IGNORECASE):
        return Intent(A.CLICK, target=phrases.parse_target(f"row for {m.group('scope')}"))  # the row itself
    if re.search(r"\s+(?:in|on|at)\s+the\s+", m.group("target")) and not m.group("target").endswith(('"', "”")):
        return None  # "Click X in the header for …": let the region and scope be read together below
    if re.fullmatch(r"(?i)the\s+(?:right|left)(?:[- ]hand)?(?:\s+side)?", m.group("scope").strip()):
        return None  # "… on the right": a side of the page (phrases.split_region), no item's text
    if _A_PAGE.fullmatch(m.group("scope").strip()):
        return Intent(A.CLICK, target=target_from(m))  # "Click Announcements on the index": the page shown, no item's text
    if phrases.unnamed_thing(m.group("scope")) and re.search(r"(?i)\s(?:next\s+to|beside)\s", m.group()):
        return None  # "Click "edit…" next to the heading": a place said by a kind, no item's text (phrases.split_scope)
    return Intent(A.CLICK, target=target_from(m, scope=m.group("scope")))


@book("Clicking", A.CLICK,
      ('Click TARGET (also: Click on, Double-click, Press, Tap, Select, Choose, Pick, Hit, Follow)', 'Click Login'),
      ('Choose "OPTION" (a radio button or choice, by its label)', 'Choose "I am a returning customer"'))
@rule(_CLICK + r"(?P<target>.+)$")
def _click(m: re.Match[str]) -> Intent | None:
    if re.match(r"(?i)(?:select|choose|pick)\s", m.group()) and re.search(r"(?i)[\"”]\s+as\s+(?:(?:the|a|an|my|your)\s|[\w-]+(?:\s+[\w-]+)?$)", m.group("target")):
        return None  # 'Select "Other" as the Gender', '… as component': a value chosen for a field (narrative), never a click on "Other"
    if re.search(r"(?i)\s(?:with|using|via)\s+its\s+.+\s(?:button|link|icon)$", phrases.mask_quoted(m.group("target"))):
        return None  # "Open the edit page of Globex Blog with its Edit button": that button, in that item's row (narrative)
    if re.search(r"(?i)\s(?:and\s+)?then\s+\S", phrases.mask_quoted(m.group("target"))):
        return None  # "Click TESTING in the top bar and then New Test Case": two clicks, one after the other
    return Intent(A.CLICK, target=target_from(m))
