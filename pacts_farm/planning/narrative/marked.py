"""A named item and what it is marked with; a state said another way."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import QUOTED, in_quotes, row_values


_ITEM_NAME = r"(?:the\s+(?-i:[a-z]+)\s+|(?-i:[A-Z][a-z]+)\s+\d+\s+(?=[\"“]))?(?!(?:the|a|an|it|its|this|that|their|his|her)\s)(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}?)"


@retelling("An item marked with a value", 'The key "Grafana exporter" is listed as Active', (A.EXPECT_TEXT,),
           r"^" + _ITEM_NAME + r"\s+(?:is\s+(?:now\s+)?(?:marked(?:\s+as)?|listed\s+as|shown\s+as|labell?ed(?:\s+as)?|flagged\s+as|tagged(?:\s+as)?)"
           r"|(?:appears|is\s+(?:listed|shown))\s+in\s+the\s+[a-z][\w -]*?\s+with|is\s+in\s+the\s+[a-z][\w -]*?\s+with|is\s+(?:listed|shown)\s+with"
           r"|has\s+(?:the\s+|a\s+)?(?:status|state|badge|label|tag|priority|role))\s+(?P<value>.+)$")
def _item_marked(said: Said) -> list[Retold]:
    value = re.sub(r"(?i)^(?:a|an|the)\s+[a-z]+\s+of\s+(?=\S)", "", said["value"])  # "with a balance of 0.00": 0.00
    value = re.sub(r"(?i)\s+(?:in|on)\s+the\s+(?:sidebar|header|footer|navigation|menu|table|list)$", "", value)  # where it shows
    kind = None if QUOTED.fullmatch(value) else re.fullmatch(r"(?:the\s+)?(?-i:[a-z]+)\s+(?P<value>[^a-z\s].*)", value)
    value = kind["value"] if kind else value  # "shown with the weight (x2)": the word says what the value is
    values = row_values(value) or [phrases.strip_quotes(value)]  # "with 0 bookmarks": the row shows 0
    return [tuple(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows "{v}"' for v in values)]


@retelling("An item with a badge", 'heidi has a "Captain" badge', (A.EXPECT_TEXT,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|[\w'&.-]+(?:\s+(?-i:[A-Z0-9])[\w'&.-]*){0,3})\s+(?:has|shows|carries)\s+(?:an?|the)\s+"
           r"(?:[a-z]+\s+)?(?P<value>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w-]*)\s+(?:badge|label|tag|marker|pill|chip)$")
def _item_badge(said: Said) -> list[Retold]:
    if said["name"].lower() in ("it", "this", "that", "he", "she", "they", "there", "the row", "the card"):
        return []
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" shows "{phrases.strip_quotes(said["value"])}"',)]


@retelling("A group that lists an item with a value", "Payments lists Payments Gateway with 0%", (A.EXPECT_VISIBLE, A.EXPECT_TEXT),
           r"^(?P<group>(?!(?:the|a|an|my|this|it)\s)(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*){0,3}|\"[^\"]+\")\s+(?:lists|includes)\s+"
           r"(?P<name>[^,]+?)\s+with\s+(?P<value>[^,]+)$")
def _group_lists_with(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"])
    return [(f'Verify "{name}" is shown under {said["group"]}', f'Verify the row for "{name}" shows "{phrases.strip_quotes(said["value"])}"')]


@retelling("A name listed as a kind of thing", "crashlog.txt is listed as an attachment", (A.EXPECT_VISIBLE,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|\S+)\s+is\s+(?:listed|shown|attached)\s+as\s+(?:an?|the)\s+[a-z][\w -]*$")
def _listed_as(said: Said) -> list[Retold]:
    return [(f'Verify "{phrases.strip_quotes(said["name"])}" is listed',)]


@retelling("Someone can see a part, and what it shows", 'Tom can see the products table: "Read only"', (A.EXPECT_TEXT,),
           r"^(?:i|we|you|the\s+user|(?-i:[A-Z])[a-z]+)\s+(?:can\s+)?(?:see|sees)\s+(?P<part>the\s+[^:\"“]+?)\s*:\s*(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _can_see_part(said: Said) -> list[Retold]:
    return [(f"{said['part']} shows {said['value']}",)]


@retelling("A box that stays open and shows a text", 'The dialog stays open and shows the error "Tag already exists"', (A.EXPECT_TEXT,),
           r"^(?P<box>the\s+(?:[a-z]+\s+)?(?:dialog|modal|form|popup|pop-up|window|panel))\s+(?:stays|remains|is\s+still)\s+open\s+and\s+"
           r"(?P<rest>(?:shows|says|lists|displays)\s.+)$")
def _stays_open_and_shows(said: Said) -> list[Retold]:
    """What the box shows is checked in it, which holds only while it is open."""
    return [(f"{said['box']} {said['rest']}",)]


@retelling("A text with a quoted name inside it", 'The heading reads Delete "All-hands 2026-10-12"', (A.EXPECT_VISIBLE,),
           r"^(?:(?P<subject>(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:heading|title|message|error|notice|toast|notification|alert|banner|"
           r"dialog|page))\s+(?P<verb>reads|says|shows(?:\s+the\s+(?:error|message))?)\s+(?P<value>(?-i:[A-Z])[^\"“]*[\"“].+)"
           r"|(?P<kind>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:message|error|notice|toast|notification|alert|banner))\s+"
           r"(?P<text>(?-i:[A-Z])[^\"“]*[\"“].+?)\s+(?:appears|is\s+shown|is\s+displayed))$")
def _quoted_name_inside(said: Said) -> list[Retold]:
    """A text quoting a name, written without quotes of its own (The message says The article "X" is deleted!):
    the whole text, its inner quotes kept, in curly quotes."""
    if said.has("kind"):
        return [(f"Verify the message “{said['text']}” is shown",)]
    return [(f"{said['subject']} {said['verb']} “{said['value']}”",)]


@retelling("A text that starts with", 'The info under the table starts with "Showing 1 to 1 of 1 entry"', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+[\w -]+?\s+(?:starts|begins)\s+with\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _starts_with(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]  # shown, wherever it starts


@retelling("A named thing that opens", 'The ticket "Email bouncing from supplier domain" opens', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?:new\s+)?[a-z][\w-]*\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:opens|is\s+opened|loads|is\s+shown|is\s+displayed)$")
def _named_opens(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]


@retelling("A control that became another", "The Pause button has become a Resume button", (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN),
           r"^the\s+(?P<was>.+?)\s+(?P<role>button|link|tab|icon|toggle)\s+(?:has\s+)?(?:become|becomes|turned\s+into|turns\s+into|changed\s+(?:in)?to|changes\s+(?:in)?to|is\s+now)\s+"
           r"(?:an?\s+|the\s+)?(?P<now>.+?)\s+(?P=role)$")
def _became(said: Said) -> list[Retold]:
    role, was, now = said["role"], phrases.strip_quotes(said["was"]), phrases.strip_quotes(said["now"])
    return [(f'Verify the "{now}" {role} is visible', f'Verify the "{was}" {role} is not visible')]


@retelling("A text revealed", 'The hint text "the first byte gives the key away" is revealed', (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+(?:is|are|gets|get)\s+(?:now\s+)?(?:revealed|uncovered|unveiled|unhidden)$")
def _revealed(said: Said) -> list[Retold]:
    return [(f"Verify {said['what']} is shown",)]


@retelling("A text it mentions", 'The description mentions "a seized laptop"', (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?)\s+(?:mentions|refers\s+to|talks\s+about)\s+(?P<value>.+)$")
def _mentions(said: Said) -> list[Retold]:
    if _NONE_OF.match(said["subject"]):
        return []  # "No row mentions X": that it is nowhere (below), never that the page shows it
    values = [said["value"]] if QUOTED.fullmatch(said["value"]) else [f'"{v}"' for v in phrases.split_values(said["value"])]
    if not values:
        return []  # "mentions GlobalConnect and vpn.example": two things mentioned, each checked
    return [tuple(f"Verify {said['subject']} shows {v}" for v in values), tuple(f"Verify the page shows {v}" for v in values)]


_NONE_OF = re.compile(r"(?i)(?:no|none|nothing|nobody|neither|not\s+one)\b")


@retelling("No such message or control", 'No "Congratulations, you are now a registered user!" message is shown', (A.EXPECT_HIDDEN,),
           r"^no\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?P<kind>message|notification|toast|alert|banner|error|warning|text|button|link|tab)\s+"
           r"(?:is\s+(?:shown|displayed|visible)|appears|shows)(?:\s+(?:now|again|any\s*more))?$")
def _no_such(said: Said) -> list[Retold]:
    if said["kind"].lower() in ("button", "link", "tab"):
        return [(f"Verify the {said['value']} {said['kind'].lower()} is not shown",)]
    return [(f"Verify {said['value']} is not shown",)]  # a message: its words nowhere on the page


@retelling("None of a kind by that name", 'No recipe named "Maple Pecan Granola" is shown', (A.EXPECT_HIDDEN,),
           r"^no\s+(?P<noun>[a-z][\w-]*)\s+(?:named|called|titled)\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:is|remains)\s+(?:(?:still|now)\s+)?(?:shown|listed|visible|displayed|left)$")
@retelling("A text nothing of a kind mentions", 'None of the rows mention "mariablog"', (A.EXPECT_HIDDEN,),
           r"^(?:no|none\s+of\s+the|not\s+one\s+of\s+the)\s+(?P<noun>[a-z][\w-]*)\s+(?:mentions?|says?|contains?|includes?|lists?"
           r"|(?P<shows>shows?))\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _mentioned_nowhere(said: Said) -> list[Retold]:
    """Shown by none of them: the text is nowhere on the page (a stricter check, never one that passes on less)."""
    if said.has("shows") and phrases.singular(said["noun"].lower()) not in ("row", "result"):
        return []  # "No bookmark shows the Unread marker": a marker on an item, not words anywhere
    return [(f"Verify {said['value']} is not shown",)]


@retelling("A value said to be what is shown", "The value shown is 200", (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<thing>[a-z][\w -]*?)\s+(?:shown|displayed)\s+(?:is|reads)\s+(?P<value>.+)$|"
           r"^the\s+(?P<outcome>result|outcome|response|answer|feedback|verdict)\s+(?:is|reads|says)\s+(?P<said>\"[^\"]+\"|“[^”]+”)$")
def _value_shown(said: Said) -> list[Retold]:
    if said.has("outcome"):  # 'The result is "Correct"': the text that tells the result
        return [(f"Verify the page shows {said['said']}",)]
    value = in_quotes(said["value"])
    return [(f"Verify the {said['thing']} is {said['value']}",), (f"Verify the page shows {value}",)]


@retelling("A name shown as the heading", 'The team name "Segfault Society" is shown as the heading', (A.EXPECT_VISIBLE,),
           r"^(?:the\s+[\w ]+?\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:shown|displayed|used)\s+as\s+the\s+(?:page\s+)?(?:heading|title)$")
def _shown_as_heading(said: Said) -> list[Retold]:
    return [(f"Verify the heading {said['value']} is shown",)]


@retelling("A name on this page", 'The user "zoe" is listed on this page', (A.EXPECT_VISIBLE,),
           r"^(?P<before>.+?\s(?:is|are))\s+(?:now\s+|still\s+)?(?P<shown>(?:listed|shown|visible|displayed)\s+)?(?:on|in)\s+(?:this|the)\s+"
           r"(?:(?:home|start|main|front)\s+)?(?:page|list|wall|board|feed|timeline|dashboard|screen)$")
def _on_this_page(said: Said) -> list[Retold]:
    # 'the pin "X" is on the wall': shown on the page open now, what the page is called or not
    return [(f"{said['before']} {said['shown'] or 'shown'}",)]


@retelling("A name gone from a list", "Old Newsletter is gone from the monitor list", (A.EXPECT_HIDDEN,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}?)\s+(?:is|has)\s+(?:now\s+)?(?:gone|disappeared|vanished|been\s+removed|removed)\s+from\s+the\s+[a-z][\w -]*$|"
           r"^the\s+(?:[\w-]+\s+){0,2}?(?:list|table|grid|results)\s+(?:no\s+longer|does\s+not|doesn't)\s+(?:contains?|shows?|lists?|includes?)\s+(?P<bare>(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}|\"[^\"]+\"|“[^”]+”)$")
def _gone_from(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"] or said["bare"])
    return [(f'Verify the page does not show "{name}"',)]  # nowhere on the page: stricter than in the list


@retelling("A name no longer in a part", '"Burp break" is no longer shown on the Timers page', (A.EXPECT_HIDDEN,),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}?|(?-i:[a-z])[\w.@-]*)\s+(?:is|are)\s+(?:no\s+longer|not)\s+"
           r"(?:listed\s+|shown\s+|displayed\s+)?(?:in|on)\s+the\s+(?P<place>(?:[\w-]+\s+){0,2}?(?:list|table|grid|results|shelf|page|items|board|column|section))$")
def _no_longer_in(said: Said) -> list[Retold]:
    name = phrases.strip_quotes(said["name"])
    # in the part when the rules can find it by its noun, else nowhere on the page (stricter than in the part)
    return [(f'Verify "{name}" is not listed in the {said["place"]}',), (f'Verify the page does not show "{name}"',)]


@retelling("Where on the page first, then a text", 'At the bottom it says "This article was last modified: Sept. 5, 2026"', (A.EXPECT_VISIBLE,),
           r"^(?:(?:at|near)\s+the\s+(?:bottom|top|end|foot)(?:\s+of\s+the\s+(?:page|article|post))?|(?:below|above|under)\s+the\s+[\w -]+?)\s*[,:]?\s*"
           r"(?:it\s+(?:says|shows|reads)\s+|there\s+is\s+(?:the\s+text\s+)?|you\s+see\s+|the\s+page\s+(?:says|shows)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _where_then_text(said: Said) -> list[Retold]:
    # drops where, as above: that the text is shown is checked, not how far down the page it sits
    return [(f"Verify the page shows {said['value']}",)]


@retelling("Where above or below, not checked", 'The "Clear All Events" button is visible above the table', (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+(?:is|are)\s+(?:now\s+)?(?:visible|shown|displayed)\s+(?:right\s+|just\s+)?(?:above|below|beneath|over|after|before)\s+(?:the\s+[\w -]+|it|them)$|"
           r"^(?P<what2>.+?)\s+(?:appears?|shows?\s+up)\s+(?:right\s+|just\s+)?(?:above|below|beneath|under|over|after|before)\s+(?:the\s+[\w -]+|it|them)$|"
           r"^(?P<what3>.+?)\s+(?:is|are)\s+(?:now\s+)?(?:visible|shown|displayed)\s+(?:under|beneath|next\s+to|beside)\s+(?:it|them)$")
def _above_below(said: Said) -> list[Retold]:
    # drops where: that it is there is checked, not which side of the other thing it sits on
    what = said["what"] or said["what2"] or said["what3"]
    if re.fullmatch(r"(?i)(?:it|they|this|that)", what):
        return []
    return [(f"Verify {what} is shown",)]


@retelling("A control said after what shows it", 'The General settings show the "Display Timezone" field', (A.EXPECT_VISIBLE,),
           r"^(?P<subject>.+?)\s+(?:shows?|has|have|contains?|includes?|offers?)\s+(?:the|a|an)\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+"
           r"(?P<role>field|button|link|tab|checkbox|option|dropdown|toggle|switch)$")
def _control_in(said: Said) -> list[Retold]:
    if re.match(r"(?i)(?:every|each|all|no|none|any)\b", said["subject"]):
        return []  # "every row has …", "no row has …": how many have it is what is checked
    return [(f'Verify the {said["value"]} {said["role"]} is shown',)]


@retelling("A row for a name in a list, with what it shows", 'The maintenance list contains "Mobile API hotfix" with the status Under Maintenance',
           (A.EXPECT_TEXT,), r"^the\s+[\w -]*?(?:list|table|grid)\s+(?:now\s+)?(?:contains|shows|has|lists|includes)\s+(?P<name>\"[^\"]+\"|“[^”]+”)\s+with\s+(?P<values>.+)$")
def _listed_with(said: Said) -> list[Retold]:
    control = re.fullmatch(r"(?i)(?:an?|the)\s+(?P<control>.+?\s+(?:button|link|icon|checkbox))", said["values"].strip())
    if control:  # '… lists "Legacy VPN Setup" with a Restore button': a control in its row, not a text
        return [(f"The row for {said['name']} has a {control['control']}",)]
    values = row_values(said["values"])
    if not values:
        return []
    name = phrases.strip_quotes(said["name"])
    return [tuple(f'Verify the row for "{name}" shows "{v}"' for v in values)]


@retelling("A value picked in a field already", 'The form opens with "Single Maintenance Window" preselected as the Strategy', (A.EXPECT_VALUE,),
           r"^(?:(?:the|a|an)\s+[\w -]+?\s+(?:opens|loads|is\s+shown|appears)\s+with\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:already\s+)?"
           r"(?:preselected|pre-selected|selected|chosen|picked|set)\s+(?:as|in|for)\s+the\s+(?P<field>.+?)(?:\s+(?:field|dropdown|select))?$")
def _preselected(said: Said) -> list[Retold]:
    return [(f"Verify the {said['field']} field has value {said['value']}",)]


@retelling("Where a link points, said as a URL", "The download link points to a URL containing /files/", (A.EXPECT_ATTRIBUTE,),
           r"^(?P<subject>.+?)\s+(?:points|links|leads|goes)\s+to\s+(?:a|an|the)\s+(?:url|address|page|path|location)\s+(?:containing|that\s+contains|with)\s+(?P<value>.+)$")
def _points_to_url(said: Said) -> list[Retold]:
    return [(f"Verify {said['subject']} points to {said['value']}",)]


@retelling("A page shown with a text on it", 'The Challenges page is shown with "XOR Marks the Spot" on it', (A.EXPECT_VISIBLE,),
           r"^the\s+[\w -]+?\s+page\s+(?:is\s+(?:shown|displayed|open)|opens|loads)\s+with\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:on\s+it|listed|shown|in\s+it)$")
def _page_with_text(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]


@retelling("A page that opens with a heading", 'The new test case page should open with "Gift Card balance" in its heading', (A.EXPECT_VISIBLE,),
           r"^the\s+(?:[\w' -]+?\s+)?(?:page|screen)\s+(?:opens|loads|is\s+shown|appears)\s+with\s+(?P<said>\"[^\"]+\"|“[^”]+”)\s+(?:in|as)\s+(?:its|the)\s+(?:heading|title)$")
def _page_opens_with_heading(said: Said) -> list[Retold]:
    return [(f"Verify the page heading shows {said['said']}",)]
