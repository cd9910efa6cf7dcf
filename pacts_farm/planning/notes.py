"""Notes taken fast: a terse tester's line, written without its verb, in the words the rules read.

"Bug #3 visible" -> "Bug #3 is visible"; "legacy-baseline not listed" -> "legacy-baseline is not listed";
"fraud-detection and image-classifier present" -> "… are present"; "Username bob" -> "Enter bob as the Username";
"Count: 23 rows" -> "There are 23 rows"; "Unread count = 1" -> "The unread count is 1"; "Back on login page" ->
"I am back on the login page"; "Password X, Login" -> "Enter X as the Password, then Click Login"; "Save the recipe" ->
"Click the Save button". A line that has a verb of its own is left as it is: these notes have none.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_NUMBER_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# what a note says of its subject, the verb left out
_STATE = (r"shown|visible|displayed|present|listed|there|gone|missing|hidden|absent|disabled|enabled|checked|unchecked|"
          r"ticked|unticked|selected|highlighted|greyed\s+out|grayed\s+out|empty|required|expanded|collapsed")
# a subject holding one of these is a sentence with a verb or a person, never a note
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|being|am|should|must|will|would|can|cannot|could|may|has|have|had|does|do|did|"
                      r"doesn't|don't|isn't|aren't|not|no|i|you|we|he|she|they|it|then|when|if|after|before|while|until|becomes?|stays?|remains?|"
                      r"turns?|gets?|looks?|seems?|appears?|shows?|says|reads|contains?|lists|displays?|includes?|goes|keeps?|"
                      r"equals?|matches|starts?|ends?|opens?|closes?|changes?)\b", re.IGNORECASE)
# a subject led by one of these is an action, never a thing
_ACTION_LEAD = re.compile(r"(?:click|open|go|press|tap|hit|select|choose|pick|enter|type|fill|navigate|visit|log|login|sign|submit|save|"
                          r"delete|remove|add|create|search|make|wait|scroll|hover|close|set|clear|tick|untick|uncheck|toggle|drag|"
                          r"upload|switch|change|edit|reload|refresh|return|use|leave|keep|put|write|only|just|exactly)\b", re.IGNORECASE)
_STATE_NOTE = re.compile(
    r"^(?P<check>(?:verify|check|confirm|ensure|expect)\s+(?:that\s+)?)?(?P<subject>\S.*?)\s+(?P<adverb>(?:still|now|also|again)\s+)?"
    r"(?P<not>not\s+|no\s+longer\s+)?(?P<state>" + _STATE + r")(?:\s+(?:there|here))?(?P<where>\s+(?:in|on|under|below|above|at|inside|within|next\s+to|beside)\s+\S.*)?$",
    re.IGNORECASE)

# a subject ending with a control's kind names that control ("Save button disabled"), though its name starts with a verb
_ROLE_ENDED = re.compile(r"\s(?:button|link|tab|icon|field|checkbox|dropdown|menu|heading|form|banner|message|badge|toggle|switch)$", re.IGNORECASE)
# "Leave the Name field empty", "Set a Title field": something done to the control, never its name
_DOING = re.compile(r"\S+\s+(?:the|an?|its|his|her|their|my|your|our|all|every|each)\b|(?:leave|keep|put|make|set|write|use)\b", re.IGNORECASE)
_DETERMINED = re.compile(r"(?:the|an?|this|that|its|his|her|their|my|your|our|\d)\b", re.IGNORECASE)
# names listed: "A and B present" is read as "A and B are shown", "A and B gone" as "… are not shown"
_PLURAL_SAID = {"present": "shown", "there": "shown", "gone": "shown", "missing": "shown", "absent": "shown"}

# a field and what goes in it, the colon left out: "Username bob", "Password nottherightone"
_FIELD_NOTE = re.compile(
    r"^(?P<field>user\s*name|login\s+name|e-?mail(?:\s+address)?|password|first\s+name|last\s+name|full\s+name|display\s+name)"
    r"\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\s\"“”]+)$", re.IGNORECASE)
_VALUE_NOT = re.compile(r"(?:" + _STATE + r"|field|box|input|is|are|wrong|empty|blank|missing|invalid|error)$", re.IGNORECASE)

# "Count: 23 rows", "Total = 7"; "Unread count = 1" (spaced: "q=Owl" is a value, "Status: Closed" a field filled)
_COUNT_NOTE = re.compile(r"^(?:the\s+)?(?:count|total|rows|results|number\s+of\s+rows)\s*[:=]\s*(?P<n>\d+)(?:\s+(?P<noun>[a-z]+))?$", re.IGNORECASE)
# "Watch list: 7 watches": a count under its list's name, never a field filled
_LIST_COUNT_NOTE = re.compile(r"^(?:the\s+)?(?P<label>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*:\s*(?P<n>\d+)\s+(?P<noun>[a-z]+s)$", re.IGNORECASE)
_LABEL_NOTE = re.compile(r"^(?:the\s+)?(?P<label>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+=\s+(?P<value>\S.*)$", re.IGNORECASE)
# "Expect 3 rows: a, b, c": a count said after "expect"
_EXPECT_COUNT = re.compile(r"^expect(?:ed)?\s+(?P<n>\d+|" + _NUMBER_WORDS + r")\s+(?P<noun>[a-z]+s)\b(?P<rest>.*)$", re.IGNORECASE)
_EXPECT_CODE = re.compile(r"^expect(?:ed)?\s+(?:an?\s+)?(?P<code>[45]\d\d)(?:\s+[A-Za-z][A-Za-z ]*)?$", re.IGNORECASE)
# "Back on login page": where the person is ("Still on login page" is read as still signed out)
_ON_PAGE_NOTE = re.compile(r"^(?P<adverb>back|now)\s+on\s+(?:the\s+)?(?P<page>[\w -]+?\s+(?:page|screen|form))$", re.IGNORECASE)
# "Login succeeds", "Login failed": whether the person got in
_LOGIN_NOTE = re.compile(r"^(?:the\s+)?(?:log\s*in|login|sign[\s-]*in)\s+(?:(?P<ok>succeeds|succeeded|successful|works|is\s+successful|ok)|"
                         r"(?P<refused>fails|failed|is\s+refused|refused|rejected|unsuccessful|is\s+rejected))$", re.IGNORECASE)
_NO_CONTROL = re.compile(r"^no\s+(?P<control>\S.*?\s(?:button|link|tab|icon|field|checkbox|dropdown|menu|option|column))$", re.IGNORECASE)
# "Apply.", "Login.": a control's name alone, the click left out (only the words buttons are named with)
_CONTROL_ALONE = re.compile(r"^(?P<name>apply|save|login|log\s+in|sign\s+in|search|next|previous|cancel|continue|send|filter|reset|"
                            r"register|sign\s+up|publish|update|create|add|ok|done|finish)$", re.IGNORECASE)
# "Confirm the page is still /register": where the page is, said by its address
_PAGE_AT = re.compile(r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?(?:the\s+)?page\s+is\s+(?P<adverb>(?:still|now)\s+)?(?P<path>/\S*)$",
                      re.IGNORECASE)
# "Save the recipe", "Publish the post": the form sent by the button of that verb ("Submit the form" is read already)
_SEND_THE = re.compile(r"^(?P<verb>save|publish|send|update|create)\s+(?:the|this|my|your|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$", re.IGNORECASE)
_CANCEL_OUT = re.compile(r"^(?P<verb>cancel|close|back)\s+out$", re.IGNORECASE)
_SCROLL_END_OF = re.compile(r"^(?P<scroll>scroll\s+(?:down\s+)?to\s+the\s+(?:bottom|end|top))\s+of\s+the\s+[\w -]+$", re.IGNORECASE)
# "all five users are back": shown again, as many as said
_BACK_COUNT = re.compile(r"^(?P<check>(?:verify|check|confirm|ensure)\s+(?:that\s+)?)?(?:all\s+)?(?:the\s+)?(?P<n>\d+|" + _NUMBER_WORDS + r")\s+"
                         r"(?P<noun>[a-z]+s)\s+are\s+(?:all\s+)?back$", re.IGNORECASE)
# "Login page.": where the person is, said by the page's name alone
_PAGE_NOTE = re.compile(r"^(?:the\s+)?(?P<page>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})\s+(?:page|screen)$", re.IGNORECASE)
_PAGER_WORD = re.compile(r"(?:next|previous|prev|first|last|this|that|same|new|other|another|each|every|one)\b", re.IGNORECASE)  # "Next page.": a pager's
_NOT_A_NAME = re.compile(r"\b(?:on|in|at|to|from|of|for|with|still|back|see|sees|saw|now)\b", re.IGNORECASE)  # "On the home page"
_PAGE_OF_ACTION = re.compile(r"(?:log\s*in|login|sign[\s-]*(?:in|up)|search|register|checkout|edit)\b", re.IGNORECASE)  # pages named so
# "URL /personal.": the address the page is at
_URL_NOTE = re.compile(r"^(?:the\s+)?(?:url|address|path)\s*[:=]?\s*(?P<path>/\S*)$", re.IGNORECASE)
# "Heading Administration.": the page's heading, the check left out
_HEADING_NOTE = re.compile(r"^(?:the\s+)?(?:page\s+|main\s+)?heading\s+(?P<text>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z0-9])[^\"“”]*)$", re.IGNORECASE)
# "Login admin / x.", "Login: dave / x": signed in as that user, with that password
# "Login alice / x", "Login alice ${password}": the user, then the password after a slash or as a suite's placeholder
_LOGIN_AS_NOTE = re.compile(r"^(?:login|log\s+in|sign\s+in)\s*[:,]?\s+(?!as\b|with\b|using\b|via\b|\(?(?:password|pass|pwd|pw)\b)(?P<user>[^\s/,]+)(?:\s*/\s*|\s+(?=\$\{))(?P<password>\S+)$",
                            re.IGNORECASE)
# "Login, Watchtower-2026.": the password alone, the person named before
# "sign in (password x)", "Sign in, password x": the password alone, said after the verb
_LOGIN_PASSWORD_NOTE = re.compile(r"^(?:login|log\s+in|sign\s+in)\s*[:,]?\s*\(\s*(?:the\s+)?password\s*[:=]?\s+(?P<password>[^\s)]+)\s*\)$"
                                  r"|^(?:login|log\s+in|sign\s+in)\s*,\s*(?:the\s+)?password\s*[:=]?\s+(?P<bare>\S+)$"
                                  r"|^(?:login|log\s+in|sign\s+in)\s+(?P<placeholder>\$\{[^}\s]+\})$", re.IGNORECASE)  # "Sign in ${pw}"
_LOGIN_WITH_NOTE = re.compile(r"^(?:login|log\s+in|sign\s+in)\s*[:,]\s*(?P<password>(?=\S*\d)\S+)$", re.IGNORECASE)
# "Catalog > Products.": a menu's path, each name clicked in turn
_MENU_PATH_NOTE = re.compile(r"^(?P<path>(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,2}(?:\s*>\s*(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,2})+)$", re.IGNORECASE)
_ON_IT = re.compile(r"^(?P<what>.+?)\s+is\s+on\s+it$", re.IGNORECASE)
_NOT_LOGGED_IN = re.compile(r"^(?:still\s+)?not\s+(?:logged|signed)\s+in$", re.IGNORECASE)


def in_full(note: str) -> str:
    """The note as a sentence the rules read, or the note as it is when it is not one of these."""
    parts = _comma_parts(note)
    if len(parts) > 1:
        said = [_state(part) for part in parts]
        if all(said):  # "Error message shown, login form still there": two notes in one line
            return " and ".join(s for s in said if s)
        entered = [_field(part) or control_alone(part) for part in parts]
        if all(entered) and parts[-1] and control_alone(parts[-1]):  # "Password Watchtower-2026, Login": typed, then sent
            return ", then ".join(e for e in entered if e)
    for expand in (_state, _field, _count, _expected, _on_page, _login, _no_control, _page_at, _done_with, _where_noted):
        sentence = expand(note)
        if sentence is not None:
            return sentence
    return note


def _comma_parts(note: str) -> list[str]:
    """The note cut at each ", " outside quotes."""
    parts, start = [], 0
    for cut in re.finditer(", ", _masked(note)):
        parts.append(note[start:cut.start()])
        start = cut.end()
    return [*parts, note[start:]]


def _masked(text: str) -> str:
    return _QUOTED.sub(lambda q: '"' + "x" * (len(q.group()) - 2) + '"', text)


def _state(note: str) -> str | None:
    match = _STATE_NOTE.match(_masked(note))
    if match is None:
        return None
    subject = match["subject"]
    if re.search(r"\s(?:" + _STATE + r")(?:,|\s|$)", subject, re.IGNORECASE):
        return None  # "Error shown, form still there": two notes, read apart or not at all
    thing = bool(_ROLE_ENDED.search(subject))  # "Save button disabled": a control named by what it does
    action = _ACTION_LEAD.match(subject) and (not thing or _DOING.match(subject))
    if _VERBISH.search(subject) or action or len(subject.split()) > 8:
        return None
    said = note[match.start("subject"):match.end("subject")]
    if "," in subject and not re.search(r"\s(?:and|&)\s", subject):  # "Web, Data Science, Community shown": names listed
        cut = subject.rindex(",")
        said = said[:cut] + " and" + said[cut + 1:]
    if thing and not _DETERMINED.match(subject):
        said = "the " + said  # "Create this page button present": the button of that name
    state, negated = match["state"].lower(), (match["not"] or "").strip()
    if _plural(subject) and state in _PLURAL_SAID:
        if state in ("gone", "missing", "absent"):
            negated = "" if negated else "not"
        state = _PLURAL_SAID[state]
    check = "Verify " if match["check"] else ""
    words = [check + said, "are" if _plural(subject) else "is", (match["adverb"] or "").strip(), negated, state]
    where = note[match.start("where"):] if match["where"] else ""
    return " ".join(w for w in words if w) + where


def _plural(subject: str) -> bool:
    return bool(re.search(r",|\s+and\s+|\s+&\s+", subject) or re.match(r"(?:[2-9]|\d\d+|" + _NUMBER_WORDS + r")\s", subject, re.IGNORECASE))


def _field(note: str) -> str | None:
    match = _FIELD_NOTE.match(note)
    if match is None or _VALUE_NOT.match(match["value"]):
        return None
    return f"Enter {match['value']} as the {match['field']}"


def _count(note: str) -> str | None:
    counted = _COUNT_NOTE.match(note)
    if counted:
        return f"There are {counted['n']} {counted['noun'] or 'rows'}"
    listed = _LIST_COUNT_NOTE.match(note)
    if listed and not _FIELD_NOTE.match(listed["label"]):
        return f"The {listed['label'].lower()} has {listed['n']} {listed['noun']}"
    labelled = _LABEL_NOTE.match(note)
    if labelled is None or _FIELD_NOTE.match(note) or _VERBISH.search(labelled["label"]) or _ACTION_LEAD.match(labelled["label"]):
        return None
    if "," in _masked(labelled["value"]) or len(labelled["value"].split()) > 4 or _VERBISH.search(_masked(labelled["value"])):
        return None  # "Tables: books, authors": a list said after its kind, for the narrative to read
    return f"The {labelled['label'].lower()} is {labelled['value']}"


def _expected(note: str) -> str | None:
    count = _EXPECT_COUNT.match(note)
    if count:
        return f"There are {count['n']} {count['noun']}{count['rest']}"
    code = _EXPECT_CODE.match(note)
    return f'Verify the page shows "{code["code"]}"' if code else None


def _on_page(note: str) -> str | None:
    match = _ON_PAGE_NOTE.match(note)
    return f"I am {match['adverb'].lower()} on the {match['page']}" if match else None


def _login(note: str) -> str | None:
    match = _LOGIN_NOTE.match(note)
    if match:
        return "I should be logged in" if match["ok"] else "I should not be logged in"
    return "I should not be logged in" if _NOT_LOGGED_IN.match(note) else None


def _no_control(note: str) -> str | None:
    match = _NO_CONTROL.match(note)
    return f"There is no {match['control']}" if match and not _VERBISH.search(_masked(match["control"])) else None


def control_alone(note: str) -> str | None:
    """"Apply", "Login": a line that is a control's name alone, as a click (never a part of a longer sentence)."""
    match = _CONTROL_ALONE.match(note)
    return f"Click {match['name']}" if match else None


def _page_at(note: str) -> str | None:
    match = _PAGE_AT.match(note)
    if match is None:
        return None
    return f"{'Verify ' if match['check'] else ''}the URL is {match['adverb'] or ''}{match['path']}"


def _done_with(note: str) -> str | None:
    """"Save the recipe", "Cancel out", "Scroll to the bottom of the list", "all five users are back", "X is on it"."""
    sent = _SEND_THE.match(note) or _CANCEL_OUT.match(note)
    if sent:
        return f"Click the {sent['verb'].capitalize()} button"
    scroll = _SCROLL_END_OF.match(note)
    if scroll:
        return scroll["scroll"]
    back = _BACK_COUNT.match(note)
    if back:
        return f"Verify {back['n']} {back['noun']} are shown"
    on_it = _ON_IT.match(note)
    if on_it and not _VERBISH.search(_masked(on_it["what"])):
        return f"{on_it['what']} is shown"
    return None


def _where_noted(note: str) -> str | None:
    """Where the person is or goes, said without a verb: a page's name or heading, an address, a sign-in, a menu's
    path."""
    page = _PAGE_NOTE.match(note)
    named = page and not (_VERBISH.search(page["page"]) or _DETERMINED.match(page["page"]) or _PAGER_WORD.match(page["page"])
                          or _NOT_A_NAME.search(page["page"]))
    if named and (not _ACTION_LEAD.match(page["page"]) or _PAGE_OF_ACTION.match(page["page"])):
        return f"Verify I am on the {page['page']} page"
    heading = _HEADING_NOTE.match(note)
    if heading and not _VERBISH.search(_masked(heading["text"])):
        return f"Verify the page heading is {heading['text']}"
    url = _URL_NOTE.match(note)
    if url:
        return f"Verify the URL contains {url['path']}"
    login = _LOGIN_AS_NOTE.match(note)
    if login:
        return f"Log in as {login['user']} / {login['password']}"
    password = _LOGIN_WITH_NOTE.match(note)
    if password:
        return f"Log in with {password['password']}"
    alone = _LOGIN_PASSWORD_NOTE.match(note)
    if alone:
        return f"Log in with the password {alone['password'] or alone['bare'] or alone['placeholder']}"
    path = _MENU_PATH_NOTE.match(note)
    return f"Go to {path['path']}" if path and not _ACTION_LEAD.match(note) else None
