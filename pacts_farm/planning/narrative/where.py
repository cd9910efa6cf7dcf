"""Where first, then what to do; arriving somewhere."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ACTION_VERB, QUOTED, WITH, with_checks


@retelling("Where first, then the action", 'In the row for "Flexbox", click View', (A.CLICK,),
           r"^in\s+(?:the\s+)?(?P<where>[^,]+?)(?:\s*,\s*|\s+(?=" + ACTION_VERB + r"))(?:under\s+(?P<under>[^,]+?)\s*,\s*)?(?P<rest>" + ACTION_VERB + r".+)$")
def _where_first(said: Said) -> list[Retold]:
    if said.has("under"):  # 'In the filter sidebar, under "By active", click "No"': the heading names the part
        return [(f"{said['rest']} under {said['under']}",)]
    where = said["where"]
    # "the Tags panel on the right": the panel's name finds it; which side of the page it is on only describes it
    shorter = re.split(r"\s+(?:of|on|at)\s+the\s+", where, maxsplit=1)[0]
    told = [(f"{said['rest']} in the {w}",) for w in dict.fromkeys((shorter, where))]
    chosen = re.match(r"(?i)(?:choose|select|pick)\s+(?P<value>.+)$", said["rest"])
    if chosen and not re.search(r"(?i)\b(?:sidebar|panel|section|list|menu|bar|area|form|dialog|modal|table|row|card|tab|filters?)$", where):
        field = re.sub(r"(?i)\s+(?:field|dropdown|select|box|list\s*box)$", "", where)
        told.insert(0, (f"Select {chosen.group('value')} in the {field} dropdown",))  # "In Who paid? choose Charlie": a field    if re.search(r"(?i)\sform$", where):  # "In the Submit a Ticket form choose X as the queue": the page's form, named
        told.append((said["rest"],))
    return told


@retelling("In a named box first, then what it shows", "In the DCIM widget, Racks shows 8 and Cables shows 3", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^in\s+(?:the\s+(?P<box>(?-i:[A-Z])[\w&' -]*?\s+(?:widget|card|panel|box|tile|section))|(?P<named>(?-i:[A-Z])[\w&' -]*?))"
           r"\s*,\s*(?P<rest>.+)$")
def _in_a_box_shows(said: Said) -> list[Retold]:
    """ "In Quick Stats, Pause shows 1": a box said by its name alone is the section under that heading."""
    box = said["box"] or f'"{said["named"]}" section'

    statements = re.split(r"\s+and\s+(?=(?-i:[A-Z])[\w' -]*?\s+(?:shows?|says|reads|is)\s)", said["rest"])
    told = []
    for statement in statements:
        shown = re.fullmatch(r"(?P<name>(?-i:[A-Z])[\w' -]*?)\s+(?:shows?|says|reads|is)\s+(?P<value>.+)", statement.strip())
        if shown is None:
            return []
        told.append(f'Verify {shown["name"]} in the {box} shows "{phrases.strip_quotes(shown["value"])}"')
    return [tuple(told)]


@retelling("Under a heading first, then the action", 'Under "View a Ticket", enter IT-1 in the Ticket field', (A.FILL,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+(?P<rest>" + ACTION_VERB + r".+)$")
def _under_first(said: Said) -> list[Retold]:
    return [(f"{said['rest']} under {said['under']}",)]


@retelling("Under a heading, a text", 'Under Follow-Ups there is an entry "Ticket Opened Via Web"', (A.EXPECT_VISIBLE,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,\"“]+?)\s*,?\s+(?:there\s+(?:is|are)\s+(?:an?\s+[a-z-]+\s+)?(?P<v1>\"[^\"]+\"|“[^”]+”)"
           r"|(?P<v2>\"[^\"]+\"|“[^”]+”)\s+is\s+(?:listed|shown|visible|displayed))$")
def _under_a_text(said: Said) -> list[Retold]:
    return [(f"Verify {said['v1'] or said['v2']} is shown under {said['under']}",)]


@retelling("Where you land", 'I land on the home page at /', (A.EXPECT_URL,),
           r"^(?:i|we|you|the\s+user|the\s+browser|the\s+visitor|the\s+customer)\s+(?:(?:am|is|are|should\s+be)\s+(?:(?:still|now|back|again)\s+)*(?:on|at|in)"
           r"|(?:should\s+)?(?:lands?|stays?|remains?)\s+(?:back\s+)?on|ends?\s+up\s+(?:back\s+)?(?:on|at)|arrives?\s+(?:back\s+)?(?:on|at)|(?:am|is|are|get|gets)\s+(?:taken|redirected|sent|brought)\s+(?:back\s+)?to)"
           r"\s+(?:the\s+)?(?P<page>[^(]+?)(?:\s+(?:at|on)\s+(?P<path>/\S*))?" + WITH + r"(?:\s+again)?(?:\s*\((?P<paren>[^)]+)\))?"
           r"(?:\s+and\s+(?:i\s+|you\s+|we\s+)?(?:see|sees|can\s+see)\s+(?P<see>\"[^\"]+\"|“[^”]+”))?$")
def _arrival(said: Said) -> list[Retold]:
    checks: list[str] = [f"Verify the page shows {said['see']}"] if said.has("see") else []  # "… and see "Saved."
    path_page = re.fullmatch(r"(?P<path>/\S*)(?:\s+page)?", said["page"])
    plainly_there = re.search(r"(?i)\b(?:am|is|are)\s+(?:on|at|in)\s", said.text)  # "I am on /login": set-up or check? refused
    if path_page and not said.has("path") and not plainly_there:  # "I land on the /challenges page", "… is back on /dashboard"
        checks.append(f"Verify the URL ends with {path_page['path']}")
    if said.has("path"):
        checks.append(f"Verify the URL ends with {said['path']}")
    if said.has("paren"):
        checks.append(said["paren"])
    if said.has("with"):
        checks.extend(with_checks(said["with"]))
    told = [tuple(checks)] if checks else []
    named = re.fullmatch(r"(?P<name>[\w' -]+?|\"[\w' -]+\"|“[\w' -]+”)\s+(?:page|screen)", said["page"])
    if named and not path_page and not said.has("path") and not plainly_there:  # "I am taken to the Today page"
        name = phrases.strip_quotes(named["name"])  # 'You land on the "Add new article" page': as named
        told.insert(0, (f"Verify I am on the {name} page", *checks))  # "the home page": not a name, the rest alone
    return told


@retelling("Something appears, with what shows it", 'The login form is shown again with the heading "Login"', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?P<thing>[^,]+?)\s+(?:is\s+(?:now\s+)?(?:shown|displayed|visible|open|opened)|appears|opens|loads|is\s+back)"
           r"(?:\s+again)?\s+with\s+(?P<with>.+)$")
def _shown_with(said: Said) -> list[Retold]:
    checks = with_checks(said["with"])
    if not checks:
        return []
    if QUOTED.search(said["thing"]):  # 'A "User Actions" menu appears with …': that menu, then what it shows
        return [(f"Verify a {said['thing']} opens", *checks)]
    return [tuple(checks)]


@retelling("Something with what shows it, shown", "The login form with Username and Password fields is shown", (A.EXPECT_VISIBLE,) * 2,
           r"^(?:the|a|an)\s+(?P<thing>[^,\"“]+?)\s+with\s+(?P<with>[^,]+?\s(?:fields|buttons|links|tabs|checkboxes))\s+(?:is|are)\s+(?:now\s+)?(?:shown|displayed|visible)$")
def _with_shown(said: Said) -> list[Retold]:
    return [tuple(checks)] if len(checks := with_checks(said["with"])) > 1 else []  # the thing said by its controls


@retelling("A box that appears with the entries it shows", 'A menu with "Profile" and "Log out" appears', (A.EXPECT_VISIBLE,) * 2,
           r"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:menu|dropdown|popup|pop-up|popover|dialog|panel|list)\s+with\s+(?P<values>(?:\"[^\"]+\"|“[^”]+”)"
           r"(?:\s*,\s*(?:\"[^\"]+\"|“[^”]+”))*\s*,?\s+and\s+(?:\"[^\"]+\"|“[^”]+”))\s+(?:appears|opens|pops\s+up|drops\s+down|is\s+shown)$")
def _box_with_entries(said: Said) -> list[Retold]:
    return [tuple(f'Verify "{v}" is shown' for v in phrases.split_values(said["values"]))]  # the box said by what it shows

