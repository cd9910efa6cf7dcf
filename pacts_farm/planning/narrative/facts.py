"""A thing named, then what its row says about it: "The row for "Nov 21" is Theo Thompson with the color Green".

The last form tried: it reads a subject (a quoted name, a capitalised or dotted name, "the first row", "that row"
or "it" for the item named before) and one fact or more about it, cut at commas, "and" and "with". Each fact is a
relation ("by", "for", "dated", "assigned to", "started by", "has the role") and a value; the value is what the row
must show (the words that say what kind of value it is are dropped, as `wording.row_values` drops them), and "N
views" is that row's Views column. A sentence with "not", "only", "exactly" or another word that limits what is said
is left to the forms made for it: this form never drops one.
"""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ACTION_VERB, KIND_OF_A_VALUE, NOT_A_CONTROL, QUOTED, QUOTED_NAME, ROW_ORDINAL, in_quotes

# a name as written: capitalised words ("Theo Thompson"), or one token with a dot, @ or digit ("go.mariablog.test");
# never a word a step starts with ("Look at …", "Open …")
_NAME = (r"(?!(?:look|check|click|open|go|see|make|wait|then|now|there|this|that|these|those|it|its|the|a|an|you|i|we|they|he|she|"
         r"verify|ensure|confirm|select|choose|enter|type|fill|press|scroll|hover|visit|navigate|return|switch|log|sign|only|each|every|all|both)\b(?![.@]))"
         r"(?:(?-i:[A-Z])[\w'&#.:/-]*(?:\s+(?:(?-i:[A-Z\d#])[\w'&#.:/-]*|of|de|la|von|van)){0,4}"
         r"|[\w-]*[\d@.][\w.@/-]*[\w])")
# what a list counts, a table's own title before it or not: "the second transaction", "the top History row"
_COUNTED_ITEM = (r"(?:(?-i:[A-Z])[\w-]*\s+)?(?:" + phrases.LISTED_ENTRIES
                 + r"|topic|bookmark|group|payment|invoice|order|issue|ticket|request|run|job)")
_NOUN = r"(?!(?:is|was|are|has|have|shows?|says|reads|with|by|for)\b)(?-i:[a-z][\w-]*)"  # "the "Legacy" tag"
_OWN = r"(?:'s\s+(?:[\w-]+\s+){0,2}[\w-]+)?"  # "the first row's original URL": a value of that row
_SUBJECT = (r"(?P<row>the\s+row\s+(?:for|of)\s+(?P<row_name>" + QUOTED_NAME + "|" + _NAME + r"|(?-i:[a-z])[\w.@-]*))"  # "the row of carol"
            r"|(?P<place>the\s+(?:only|" + ROW_ORDINAL + r")\s+" + _COUNTED_ITEM + r"(?:\s+of\s+the\s+(?:(?-i:[a-z][\w-]*)\s+){1,2}(?:table|list)"
            r"|\s+in\s+the\s+(?-i:[A-Z])[\w-]*\s+(?:section|list|table))?)" + _OWN +
            r"|(?:the\s+(?:[\w-]+\s+){0,4}?(?:table|list|results)|it)\s+(?:also\s+|now\s+)?(?:has|shows|lists|contains)\s+(?:a\s+row\s+(?:for\s+)?)?(?P<listed>" + QUOTED_NAME + "|" + _NAME + ")"
            r"|(?P<that>that\s+(?:row|entry|line|item|link|one)|this\s+(?:row|entry|line|item)|it)" + _OWN +
            r"|(?:the\s+(?:(?!(?:page|screen|list|table|dialog|message)\b)(?-i:[a-z][\w-]*)\s+)?)?(?P<quoted>" + QUOTED_NAME + r")(?:\s+" + _NOUN + ")?"
            r"|the\s+(?P<row_named>(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,4}?)\s+row"
            r"|(?P<name>" + _NAME + r")(?:\s+(?P<named>" + QUOTED_NAME + "))?")
# what relates a value to its subject: a verb, a preposition, a participle and its preposition ("started by")
_RELATION = (r"(?:(?:is|was|are)\s+)?(?:(?:also|now|still)\s+)?"
             r"(?:has|have|shows?|says|reads|lists|contains|carries|belongs\s+to|points\s+to|connects\s+to|links\s+to|"
             r"(?:(?-i:[a-z]+ed)|paid|made|sent|written|done|taken|given|run|held|won|bought|built|drawn|set)\s+(?:by|to|on|in|at|as|for|from)|"
             r"dated|born|aged|marked(?:\s+as)?|worth|described\s+as|of|by|for|from|on|in|at|with|is|was|are)")
_FACTS = re.compile(r"^(?P<subject>" + _SUBJECT + r")\s+(?P<facts>" + _RELATION + r"\s+\S.*)$", re.IGNORECASE)

# words that limit or deny what is said: the forms made for them read such sentences, or none does
_LIMITS = re.compile(r"\b(?:not|no|never|none|nothing|without|instead|only|exactly|just|any\s+more|anymore|longer|neither|nor|"
                     r"except|but|either|or|all|every|each|both|others?|same|than|more|less|fewer|least|most|between|"
                     r"appears?|disappears?|opens?|closes?|becomes?|changes?|moves?|goes|turns?|followed|preceded)\b", re.IGNORECASE)
_CUT = re.compile(r"\s*,(?!\d{3}\b)\s*(?:and\s+)?|\s+and\s+|\s+with\s+|(?<=[\"”])\s+(?=(?:to|by|for|from|dated|born|marked)\s+\S)"
                  r"|(?<!ed)(?<!\bis)(?<!\bwas)(?<!\bare)\s+(?=(?:for|by|from|on|dated|(?-i:[a-z]+ed)\s+(?:by|to))\s+(?:(?-i:[a-z][\w-]*)\s+)?(?-i:[A-Z\d]))",
                  re.IGNORECASE)
_LEAD = re.compile(r"^(?:" + _RELATION + r"|to)\s+", re.IGNORECASE)  # '"December rent" to Riverside Properties': after a value only
_SAME_SUBJECT = re.compile(r"^(?:it|they)\s+(?=\S)|^its\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}(?=(?:is|are|was|shows|says|reads)\s)", re.IGNORECASE)
_LISTED_AT_END = re.compile(r"\s+(?:is|are)\s+(?:listed|shown|visible|displayed)$", re.IGNORECASE)
_COUNTED = re.compile(r"^(?P<n>\d+)\s+(?P<what>(?-i:[a-z][\w-]*s))$")


@retelling("A thing named, then what its row says", 'The row for "Nov 21, 9:15 a.m." is Theo Thompson with the color Green',
           (A.EXPECT_TEXT, A.EXPECT_TEXT), r"^(?:" + _SUBJECT + r")\s+" + _RELATION + r"\s+\S")
def _thing_and_facts(said: Said) -> list[Retold]:
    text = said.text
    hidden = phrases.mask_quoted(text)
    match = _FACTS.match(hidden)
    if match is None or re.match(r"(?:" + ACTION_VERB + r"|filter|search|sort|go|add|remove|delete)\s", hidden, re.IGNORECASE):
        return []  # "Filter by the child …": an action, never a thing whose row says something
    only_row = re.match(r"(?i)the\s+only\s+(row|entry|line)\b", hidden)
    if _LIMITS.search(hidden[only_row.end():] if only_row else hidden) or (match["place"] and " only " in match["place"].lower() and not only_row):
        return []
    subject = _subject(text, match, said)
    if subject is None:
        return []
    facts = text[match.start("facts"):]
    if re.match(r"(?i)(?:with|by)\s", facts):
        facts = _LISTED_AT_END.sub("", facts)  # 'the ingredient "Cod fillet" with amount 600 g is listed'
    told = [_fact_check(fact, subject, first=n == 0) for n, fact in enumerate(phrases.cut_outside_quotes(facts, _CUT))]
    if not told or None in told:
        return []
    counted = [f"Verify exactly 1 {only_row[1].lower()} is shown"] if only_row else []
    return [(*counted, *(check for check in told if check is not None))]


def _subject(text: str, match: re.Match[str], said: Said) -> str | None:
    """What the checks are about: 'the row for "X"', 'the first row', or None when "it" names nothing before."""
    def span(name: str) -> str:
        return text[match.start(name):match.end(name)]

    if match["row_name"] is not None:
        return f"the row for {span('row_name') if QUOTED.fullmatch(span('row_name')) else in_quotes(span('row_name'))}"
    if match["place"] is not None:
        return re.sub(r"(?i)\bonly\b", "first", span("place"))  # the only row: the first, once counted
    if match["that"] is not None:
        return None if said.item is None or '"' in said.item else f'the row for "{said.item}"'
    name = next(span(group) for group in ("listed", "quoted", "row_named", "named", "name") if match[group] is not None)
    if match["name"] is not None and (re.fullmatch(r"(?i)(?:the|a|an|it|this|that|there|then|now|you|i|we)\b.*", name)
                                      or re.search(r"\s(?:the|a|an)\s", f" {name} ")):
        return None  # a sentence that starts with "The …" or "There …": no name said
    return f"the row for {name if QUOTED.fullmatch(name) else in_quotes(name)}"


def _fact_check(fact: str, subject: str, *, first: bool) -> str | None:
    """One fact as the check the rules read: 'is dated "Nov 21"' -> 'Verify the row for "X" shows "Nov 21"'."""
    fact = _SAME_SUBJECT.sub("", fact)  # "and it has 5 views", "its last post is by carol": still the row
    lead = _LEAD.match(phrases.mask_quoted(fact))
    if lead is None and first:
        return None
    rest = fact[lead.end():] if lead else fact  # "and priority P5": the verb said once, before
    in_column = re.fullmatch(r"(?P<value>[^\s\"“]+|" + QUOTED.pattern + r")\s+in\s+the\s+(?P<column>(?-i:[A-Z])[\w -]*?)\s+column", rest)
    if in_column:  # "with 2,500.00 in the Deposit column": that cell of the row
        row = re.sub(r"\s+\S+$", " row", subject)  # "the last transaction": a column says it is a table's row
        owner = f'for {subject.removeprefix("the row for ")}' if subject.startswith("the row for ") else f"of {row}"
        return f'Verify the {in_column["column"]} column {owner} is {in_quotes(phrases.strip_quotes(in_column["value"]))}'
    counted = _COUNTED.match(rest)
    if counted:  # "has 5 views": its Views
        if subject.startswith("the row for "):
            return f'Verify the {counted["what"]} for {subject.removeprefix("the row for ")} is "{counted["n"]}"'
        return f'Verify {subject} shows "{counted["n"]}"'  # the first row's figure, wherever its column
    if _NOT_A_VALUE.search(phrases.mask_quoted(rest)):
        return None  # "shown under Activity", "the others have the role USER": not a value, or another statement
    kind = _KIND_WORDS.match(rest)
    if kind and kind.group() and lead and re.fullmatch(r"(?i)(?:is|was|are)\s+", lead.group()) and not re.fullmatch(r"(?i)(?:the|a|an)\s+", kind.group()):
        return None  # "is shown …", "is marked …": a state or a verb follows "is", not words that say what a value is
    value = rest[kind.end():] if kind else rest  # "the method", "the color": what kind of value follows
    if kind and kind.group().strip():
        value = re.sub(r"^of\s+(?=\S)", "", value)  # "a default duration of 30": the value after "of"
    marked = re.fullmatch(r"(?P<value>" + QUOTED.pattern + r")\s+(?:note|label|badge|tag|marker|text|message|status)", value)
    if QUOTED.fullmatch(value) or marked:  # 'an "Expires in" note': the words it shows
        return f"Verify {subject} shows {marked['value'] if marked else value}"
    if QUOTED.search(value):
        return None  # words around a quoted value: not a value alone
    if _USER.fullmatch(value) and (re.search(r"(?i)\b(?:by|to|from)\s*$", lead.group() if lead else "")
                                   or re.search(r"(?i)\b(?:author|owner|user|assignee|role)\s*$", kind.group() if kind else "")):
        return f'Verify {subject} shows "{value}"'  # "by alice", "assignee bob": a user name as written
    stated = bool(kind and re.search(r"(?i)\b(?:status|state|role|type|priority|category|tag|label|stage)\s*$", kind.group()))
    if not re.match(r"(?-i:[A-Z\d$€£#])|https?://|[\w-]*[@.]\w", value) and not (stated and re.fullmatch(r"[\w-]+", value)):
        return None  # a value starts as a name, a figure or an address does ("status chatting": one word after its kind)
    grouped = re.fullmatch(r"(?P<name>.+?)\s+(?-i:[a-z][\w-]*)", value)
    if grouped and kind and re.fullmatch(r"(?i)the\s*", kind.group()):
        value = grouped["name"]  # "in the Production group": the group's name
    number = re.fullmatch(r"(?P<n>[$€£]?\d[\d.,:%]*)(?:\s+(?-i:[a-z][\w-]*))+", value)
    return f'Verify {subject} shows "{number["n"] if number else value}"'


# words no value is made of: states, prepositions and verbs (a clause, not a value, follows)
_NOT_A_VALUE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|shows?|says|reads|lists|contains|shown|listed|displayed|visible|"
                          r"hidden|selected|checked|enabled|disabled|under|above|below|beside|near|next|inside|within|into|onto|"
                          r"as|at|in|on|to|from|for|by|after|before|then|when|where|while|which|who|that|icon|button|link|field|"
                          r"column|fields|buttons|links)\b", re.IGNORECASE)
_KIND_WORDS = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}(?=\S)")
_USER = re.compile(r"(?-i:[a-z])[\w.@-]*")


@retelling("In a row, what each of its values is", 'In the row for Alice Martin the role is "Manager" and the email alice@example.test',
           (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^in\s+the\s+row\s+(?:for|of)\s+(?P<row>" + QUOTED_NAME + r"|[^,\"“]+?)\s*,?\s+(?P<facts>the\s+(?-i:[a-z])[\w -]*?\s+(?:is|are)\s+\S.*)$")
def _in_row_each_is(said: Said) -> list[Retold]:
    """Each "the K is V" said of the row: the row shows V (told as "shows the K V", the words the rules read)."""
    facts, hidden = said["facts"], phrases.mask_quoted(said["facts"])
    for verb in reversed(list(re.finditer(r"\s+(?:is|are)\s+", hidden))):
        facts = facts[:verb.start()] + " " + facts[verb.end():]
    return [(f"The row for {in_quotes(phrases.strip_quotes(said['row']))} shows {facts}",)]


@retelling("Each of them in a state, said with where or as a state", "Every order on this page is in the state \"Payment authorized\"",
           (A.EXPECT_EACH,),
           r"^(?P<every>every|each)\s+(?P<noun>(?-i:[a-z])[\w-]*)(?P<where>\s+(?:on\s+(?:this|the)\s+page|in\s+(?:the|this)\s+(?:list|table)|listed|shown|here))?"
           r"\s+(?:is|should\s+be|must\s+be)\s+(?P<how>marked|in\s+(?:the\s+)?(?:state|status)|(?:set\s+)?to)?\s*(?P<value>\S.*)$")
def _each_in_a_state(said: Said) -> list[Retold]:
    if not said.has("where") and said["how"].lower() in ("", "marked"):
        return []  # "Every product is marked Enabled" is read as it is
    return [(f"Every {said['noun']} is marked {said['value']}",)]


@retelling("No such part in a part of the page", "There is no Catalog section in the sidebar", (A.EXPECT_HIDDEN,),
           r"^there\s+(?:is|should\s+be)\s+no\s+(?P<name>(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3}|\"[^\"]+\")\s+(?:section|menu|group|link|entry|item|tab|heading)"
           r"\s+(?:in|on)\s+the\s+(?P<region>(?:(?:main|top|site)\s+)?(?:navigation|menu)|sidebar|side\s+menu|header|footer|nav\s*bar|top\s+bar)$")
def _no_such_part(said: Said) -> list[Retold]:
    return [(f"Verify the {said['region']} does not show {in_quotes(said['name'])}",)]


@retelling("A page that greets someone", "The dashboard greets Olivia Hart at the top right", (A.EXPECT_VISIBLE,),
           r"^(?:the\s+)?(?:page|dashboard|(?P<part>header|sidebar|top\s+bar|nav\s*bar)|app|site|home\s*page)\s+(?:now\s+)?(?:greets|welcomes)\s+(?P<who>(?-i:[A-Z])[\w.@'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}|\"[^\"]+\")"
           r"(?P<where>\s+(?:at|in)\s+the\s+(?:top\s+right|top\s+left|header|top\s+bar|nav\s*bar|sidebar)(?:\s+corner)?)?$")
def _greets(said: Said) -> list[Retold]:
    where = f" {said['where']}" if said.has("where") else f" in the {said['part']}" if said.has("part") else ""  # "the sidebar greets …": there
    return [(f"Verify {in_quotes(said['who'])} is shown{where}",)]


@retelling("A value said with another", 'The ticket status is "closed" with the resolution "duplicate"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^the\s+(?:(?-i:[a-z][\w-]*)\s+)?(?P<kind>status|state|priority|type|severity)\s+is\s+(?P<value>\"[^\"]+\"|“[^”]+”)\s+"
           r"with\s+(?:the|a|an)\s+(?P<other>(?-i:[a-z][\w-]*))\s+(?P<other_value>\"[^\"]+\"|“[^”]+”)$")
def _value_with_another(said: Said) -> list[Retold]:
    return [(f"Verify the {said['kind']} is {said['value']}", f"Verify the {said['other']} is {said['other_value']}")]


@retelling("A control that no longer says a text", 'The heading no longer says "Create New Ticket"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<role>heading|button|link|tab)\s+(?:no\s+longer|does\s+not|doesn't)\s+(?:says?|reads?|shows?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _no_longer_says(said: Said) -> list[Retold]:
    # no heading saying it is left: a page that still shows one fails, whatever else it shows
    return [(f"Verify the {said['value']} {said['role']} is not visible",)]


@retelling("A named entry in a state, with a value", "Summer Sale is Enabled with the coupon code SUMMER10", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,4})\s+is\s+(?P<state>(?-i:[A-Z])[\w-]*)\s+(?:with|and\s+uses|and\s+has)\s+"
           r"(?:the\s+|a\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}(?P<value>(?-i:[A-Z0-9])[\w.$€£%-]*)$")
def _named_entry_state_and_value(said: Said) -> list[Retold]:
    row = f'the row for "{said["name"]}"'
    return [(f'Verify {row} shows "{said["state"]}"', f'Verify {row} shows "{said["value"]}"')]


@retelling("The only one of a kind, by its name", "Only order PTENTRKHMNVBXZCG is listed", (A.EXPECT_COUNT, A.EXPECT_EACH),
           r"^only\s+(?:the\s+)?(?P<noun>(?-i:[a-z])[\w-]*)\s+(?P<name>(?-i:[A-Z0-9])\S*(?:\s+\S+){0,5}?|\"[^\"]+\")\s+(?:is|remains|is\s+still)\s+(?:listed|shown|left|visible|found)$")
def _only_one_by_name(said: Said) -> list[Retold]:
    return [(f"Only one {said['noun']} is listed, {in_quotes(said['name'])}",)]


@retelling("A value said with its kind", "The row for \"Packaging Pitfalls\" shows the state withdrawn", (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?)\s+(?:shows|says|reads|displays|has|is\s+in)\s+(?:the|a)\s+" + KIND_OF_A_VALUE + r"\s+"
           + NOT_A_CONTROL + r"(?P<value>\S+(?:\s+(?-i:[A-Z0-9])\S*)*|\"[^\"]+\")$")
def _state_with_its_kind(said: Said) -> list[Retold]:
    return [(f"{said['subject']} shows {in_quotes(said['value'])}",)]


@retelling("Two rows that say the same", 'The Customer and SuperAdmin rows say "This is a default Role"', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?:the\s+)?(?P<first>(?-i:[A-Z0-9])[\w.@'-]*(?:\s+(?!and\b)[\w.@'-]+){0,2}|\"[^\"]+\")\s+and\s+"
           r"(?P<second>(?-i:[A-Z0-9])[\w.@'-]*(?:\s+(?-i:[A-Z0-9])[\w.@'-]*){0,2}|\"[^\"]+\")\s+(?:(?P<rows>rows)\s+(?:both\s+)?|both\s+)(?:say|show|read|display|contain)\s+(?P<value>\S.*)$")
def _two_rows_say(said: Said) -> list[Retold]:
    """'The Customer and SuperAdmin rows say …', 'Off budget and Retirement 401k both show 42,500.00': each, on its own."""
    told = "Verify the row for {} shows {}" if said.has("rows") else "Verify {} shows {}"
    return [tuple(told.format(in_quotes(said[name]), said["value"]) for name in ("first", "second"))]


@retelling("A message says what it says, unquoted", "An error should say the passwords do not match", (A.EXPECT_TEXT,),
           r"^(?:an?|the)\s+(?P<noun>(?:(?:error|validation|success|warning)\s+)?(?:message|error|toast|notice|alert|warning|notification))"
           r"\s+(?:should\s+|must\s+|will\s+)?(?:appears?\s+|(?:pops?|shows?)\s+up\s+)?(?:says?|saying|reads?|reading|states?|stating)\s+(?:that\s+)?"
           r"(?P<what>[^\"“”:;]+?)$")
def _message_says(said: Said) -> list[Retold]:
    # the words as they were said, a "not" among them included: "… do not match" is what the message reads
    return [(f'Verify the {said["noun"]} shows "{said["what"]}"',)]


@retelling("Two controls in one state", "Then Save and Discard become enabled", (A.EXPECT_STATE, A.EXPECT_STATE),
           r"^(?P<first>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}|\"[^\"]+\")\s+and\s+(?P<second>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}|\"[^\"]+\")"
           r"\s+(?:both\s+)?(?:become|are|get|turn|should\s+(?:be|become|get|turn))\s+(?P<state>enabled|disabled|active|inactive|checked|unchecked|selected)$")
def _both_in_a_state(said: Said) -> list[Retold]:
    return [(f"Verify {said['first']} is {said['state']}", f"Verify {said['second']} is {said['state']}")]


@retelling("A button that turns into another", "The Pause button should turn into Resume", (A.EXPECT_VISIBLE,),
           r"^(?:the\s+)?(?P<before>\S.*?)\s+button\s+(?:should\s+|now\s+)?(?:turns?|changes?|switch(?:es)?)\s+(?:in)?to\s+(?:a\s+|the\s+)?"
           r"(?P<after>\"[^\"]+\"|(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,2}?)(?:\s+button)?$")
def _button_turns_into(said: Said) -> list[Retold]:
    return [(f"Verify the {in_quotes(said['after'])} button is visible",)]


@retelling("A list that has names", "The Members list has admin, alice and bob", (A.EXPECT_TEXT,) * 3,
           r"^(?P<list>(?:the\s+)?(?-i:[A-Za-z])[\w' -]*?\s+list)\s+(?:has|contains|includes)\s+(?P<names>(?!\d|no\b|none\b|nothing\b|only\b)\S.*)$")
def _list_has(said: Said) -> list[Retold]:
    named = re.sub(r"(?i)^the\s+", "", said["list"])
    return [(f"Verify the {named} shows {said['names']}",)]


@retelling("Go to a thing by its name (last: no address, page or list said)", "Go to the Engineering space", (A.CLICK,),
           r"^(?:go|navigate|head)\s+(?:over\s+)?to\s+(?!(?:the\s+|a\s+)?(?:same|this|that|current|previous|next|other|new|back)\b)"
           r"(?![a-z][\w+.-]*:|/|www\.)(?P<thing>\S.*?)(?<!\bpage)(?<!\bscreen)(?<!\burl)(?<!\baddress)$")  # never an address
def _gone_to_by_name(said: Said) -> list[Retold]:
    return [(f"Open {said['thing']}",)]
