"""Several texts or statements said in one sentence."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ACTION_VERB, JOIN, N, SAYS, controls_shown, names_said, only_these


@retelling("Texts said at once", 'It says "3rd place" and "610 points"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?P<subject>it|this|the\s+[\w ]+?)\s+(?:now\s+)?(?P<verb>says|shows?|displays?|reads|contains?)\s+(?P<values>(?:\"[^\"]+\"|“[^”]+”)(?:\s*,\s*(?:\"[^\"]+\"|“[^”]+”))*\s*,?\s+and\s+(?:\"[^\"]+\"|“[^”]+”))$")
def _texts_at_once(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    subject = said["subject"].lower()
    # "it": the page it shows; "the details show …" on a record's page: the page
    where = "the page" if subject in ("it", "this", "the page", "this page", "the details") else said["subject"]
    return [tuple(f'Verify {where} shows "{v}"' for v in values)]


@retelling("A table's columns", "The events table has the columns Group Name, Name, Status, DateTime and Message", (A.EXPECT_VISIBLE,) * 5,
           r"^the\s+(?:[\w-]+\s+){0,2}?(?:table|grid|list)\s+(?:has|shows|contains|includes)\s+(?:the\s+)?(?:columns|column\s+(?:headers|headings|titles)|headers|headings)\s*:?\s+(?P<values>.+)$"
           r"|^the\s+(?:[\w-]+\s+){0,2}?(?:table|grid|list)\s+(?:has|shows)\s+(?:an?|the)\s+(?P<one>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w -]*?)\s+column$")
def _table_columns(said: Said) -> list[Retold]:
    if said.has("one"):  # 'The table has an "Email" column': its column title
        return [(f'Verify the "{phrases.strip_quotes(said["one"])}" column header is shown',)]
    return [(f"Verify the columns include {said['values']}",)]


@retelling("Parts of a kind, named before their kind", "The page has Profile, Import, Export and About sections", (A.EXPECT_VISIBLE,) * 4,
           r"^(?P<place>it|the\s+page|the\s+[\w -]+?)\s+(?:has|shows|contains|offers)\s+(?P<names>[^\"“”]+?|.+)\s+"
           r"(?P<role>sections|tabs|buttons|links|fields|columns|headings|checkboxes|panels)$")
def _parts_named(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or any(phrases.ARTICLES.match(n) for n in names):
        return []
    place = said["place"].lower()
    # the page itself, or the one form it shows
    where = "" if place == "it" or re.search(r"\b(?:page|screen|dashboard|view|^(?:the|a)\s+(?:[\w-]+\s+)?form)$", place) else f"in {said['place']}"
    return [tuple(controls_shown(names, "heading" if said["role"].lower() in ("sections", "panels") else said["role"], where))]


@retelling("Controls of a kind, named", "The buttons Pause, Edit, Clone and Delete are shown", (A.EXPECT_VISIBLE,) * 4,
           r"^(?:(?:the\s+(?P<place>.+?)|it)\s+(?:has|shows|contains|offers)\s+)?the\s+(?:(?!(?:radio|check|toggle|icon|image|nav|navigation|menu|text)\b)(?-i:[a-z][\w-]*)\s+)?(?P<role>buttons|links|tabs|tags|counters|badges|labels|checkboxes|columns|fields|headings)\s+"
           r"(?!(?-i:to|from|in|on|of|for|with)\b)(?P<names>.+?)(?:\s+(?:are|is)\s+(?:all\s+)?(?:shown|visible|displayed|present|there)"
           r"(?:\s+(?P<under>(?:in|on|under)\s+.+)|\s+(?:above|below|beneath|over)\s+the\s+[\w -]+)?)?$")
def _controls_named(said: Said) -> list[Retold]:
    names = names_said(said["names"])
    if len(names) < 2 or re.search(r"\s(?:are|is)\s", phrases.mask_quoted(said["names"])):
        return []
    # "… shown above the table": where above it is not checked, only that each is there; "the group buttons All, …":
    # what kind of buttons is said by their names
    place = said["place"] if said.has("place") else ""
    page = re.fullmatch(r"(?i)page|(?:[\w-]+\s+){0,3}page|screen", place) is not None  # "the Tags page shows the tags …"
    where = f"in the {place}" if place and not page else said["under"] if said.has("under") else ""
    return [tuple(controls_shown(names, said["role"], where))]


# A name said without quotes: capitalised words ("Theo Thompson"), or a capitalised word and lower-case ones ("Red
# lentils", "Rye flour"), never a word that goes on with the sentence
_UNQUOTED_NAME = (r"(?!(?:the|a|an|all|every|each)\s)(?-i:[A-Z])[\w'&.-]*(?:\s+(?!(?:and|or|are|is|appear|now|still|not|no|in|on|under|"
                  r"the|fields?|buttons?|links?|tabs?|columns?|checkboxes|options?|icons?|sections?|menus?|items?|rows?|cards?)\b)"
                  r"(?:(?-i:[A-Z0-9])[\w'&.-]*|(?-i:[a-z])[\w'-]*|&)){0,3}")


@retelling("Two names said together", 'Both "Tester Home" and "Example Domain" are listed', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:both\s+)?(?:the\s+(?:sections|tabs|items|entries|options|headings|ingredients)\s+)?"
           r"(?P<names>(?:\"[^\"]*\"|" + _UNQUOTED_NAME + r")(?:\s*,\s*(?:\"[^\"]*\"|" + _UNQUOTED_NAME + r"))*"
           r"\s*,?\s+and\s+(?:\"[^\"]*\"|" + _UNQUOTED_NAME + r"))\s+(?:are\s+(?:(?:now|still)\s+)?(?P<not>not\s+|no\s+longer\s+)?(?P<how>shown|listed|visible|displayed)(?:\s+again|\s+(?:any\s+more|anymore))?|(?P<appear>appear|are(?=\s+(?:in|on)\s)))(?P<rest>\s+(?:in|on|under)\s+.+)?$")
def _both_shown(said: Said) -> list[Retold]:
    names = phrases.split_values(said["names"])
    if len(names) < 2 or only_these(said["names"]):
        return []
    rest = said["rest"] if said.has("rest") else ""
    negated = "not " if said.has("not") else ""  # "Company Blog and Mobile API are not listed": neither is
    how = "shown" if said.has("appear") else said["how"].lower()
    return [tuple(f'Verify "{n}" is {negated}{how}{" " + rest if rest else ""}' for n in names)]


@retelling("These buttons are there", 'There are "Create Tag" and "Merge Tags" buttons at the top', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^there\s+(?:are|is)\s+(?:also\s+)?(?:(?P<names>.+?)\s+(?P<role>buttons|links|tabs|checkboxes|fields|sections)|(?P<role2>buttons|links|tabs|checkboxes|fields)\s*(?::|named|called|labell?ed)?\s+(?P<names2>.+?))(?P<rest>\s+(?:in|on|at|under)\s+(?:the|this|a)\s+.+)?$")
def _these_controls(said: Said) -> list[Retold]:
    if said.has("role2"):  # 'There are buttons "Join Team" and "Create Team"'
        names = phrases.split_values(said["names2"])
        rest = said["rest"] if said.has("rest") else ""
        return [tuple(controls_shown(names, said["role2"], rest))] if len(names) > 1 else []
    names = phrases.split_values(said["names"])
    if len(names) < 2 or only_these(said["names"]):
        return []
    rest = said["rest"] if said.has("rest") else ""
    role = "heading" if said["role"].lower() == "sections" else said["role"]  # a section is shown by its heading
    return [tuple(controls_shown(names, role, rest))]
# between statements a comma joins too ("A is shown, B says … and C"), where what follows is a statement of its own
_BEING = re.compile(r"(?i)the\s+(?P<nth>first|second|third|last)\s+being\s+(?P<value>.+)$")  # "…, the first being X"
# a full stop between statements written on one line ("The name is X. The price is 129."), not after an abbreviation
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)(?<!\betc)(?<!\b[Nn]o)(?<!\bvs)(?<!\bMr)(?<!\bDr)(?<!\bSt)\.\s+(?=[\"“]?(?:[A-Z]|[a-z][a-z0-9]*_))")
_STATEMENT_JOIN = re.compile(JOIN.pattern + r"|(?P<comma>\s*,\s+)")
_KIND_THEN_VALUE = re.compile(r"(?!(?:a|an|the|its|their|his|her|no|not)\s)(?-i:[a-z][\w-]*)\s+\S+$")  # "email carol@acme.test"
_NTH = r"the\s+(?:first|second|third|fourth|fifth|last)\s+[a-z]+\s+(?:\"[^\"]+\"|“[^”]+”)"
_NTH_SAID = re.compile(rf"(?i){_NTH}(?:\s*(?:,|,?\s+and)\s+{_NTH})*")  # '… , the second row "B" and the third row "C"'
# a statement's verb: what the first of two statements must have to be one
STATES = re.compile(r"\b(?:is|are|was|were|has|have|had|shows?|lists?|contains?|includes?|says|reads|displays?|offers?|holds?|"
                     r"appears?|opens?|closes?|loads?|becomes?|remains?|turns?|changes?|disappears?|goes|gets?|stays?|lands?|"
                     r"ends?|starts?|updates?|switches|reloads?|vanish(?:es)?|expands?|collapses?|sees?)\b", re.IGNORECASE)  # "You see X and …"


@retelling("Sentences on one line", 'Click Save. The message "Saved" appears', (A.CLICK, A.EXPECT_VISIBLE),
           r"^(?P<all>.+?\.\s+\S.*)$")
def _sentences_on_one_line(said: Said) -> list[Retold]:
    sentences = phrases.cut_outside_quotes(said.text, _SENTENCE_END)
    return [tuple(sentences)] if len(sentences) > 1 else []


@retelling("Two statements in one", "Review has 2 cards and Done has 4", (A.EXPECT_COUNT, A.EXPECT_COUNT), r"^(?P<all>.+\s(?:and|but|while)\s.+|.+[;,.]\s.+)$")
def _two_statements(said: Said) -> list[Retold]:
    text, hidden = said.text, phrases.mask_quoted(said.text)
    if re.match(ACTION_VERB, hidden, re.IGNORECASE):
        return []  # actions one after another are the planner's own split
    if re.match(r"(?i)in\s+the\s+row\s+(?:for|of)\s", hidden):
        return []  # "In the row for #6 the owner is Dave Chen and the status is assigned": both of that row (a form below)
    sentences = phrases.cut_outside_quotes(text, _SENTENCE_END)
    if len(sentences) > 1:  # statements written on one line: each is a check, and none takes the next as its value
        return [] if any(re.match(ACTION_VERB, s, re.IGNORECASE) for s in sentences) else [tuple(sentences)]
    tellings: list[Retold] = []
    for join in _STATEMENT_JOIN.finditer(hidden):
        first, second = text[: join.start()].strip(), text[join.end():].strip()
        if not STATES.search(hidden[: join.start()]):
            continue  # "The buttons Pause, Edit and Delete are shown": the first part says nothing of its own
        if join["comma"] and not STATES.search(hidden[join.end():]) and not _BEING.match(hidden[join.end():]) \
                and not _NTH_SAID.fullmatch(text[join.end():].strip()):
            continue  # "The dialog has the tabs Account, Preferences and About": a list goes on after the comma
        figure = re.fullmatch(r"(?P<n>\d+)\s+(?-i:[a-z][\w-]*)", second)
        if figure:  # '… shows the category "Announcements" and 4 comments': a figure the same thing shows, never a count on the page
            shows = re.match(r"(?i)(?P<subject>.+?)\s+(?:shows|has|lists|reads)\s", first)
            if shows:
                tellings.append((first, f'{shows["subject"]} shows "{figure["n"]}"'))
            continue
        if re.match(ACTION_VERB, hidden[join.end():], re.IGNORECASE):
            continue  # '… with product "Shopfront Web" and type "Function"': a statement's words, not an action after it
        if re.search(r"(?i)\s(?:shows|has|lists|reads)\s", hidden[: join.start()]) and _KIND_THEN_VALUE.match(hidden[join.end():]):
            continue  # '… shows name "Carol Reyes" and email carol@acme.test': more it shows, never a step of its own
        if first and second:
            tellings.append((first, _completed(first, second)))
    return tellings


def _completed(first: str, second: str) -> str:
    """The second statement with what it leaves out said again from the first: "Done has 4" after "Review has 2
    cards" counts cards; "a Delete button" after "The dialog has an Edit button" is in that dialog."""
    left_out = re.fullmatch(r"(?P<name>.+?)\s+(?:is|are)\s+not", second)
    state = re.search(r"\s(?:is|are)\s+(?:now\s+|still\s+)?(?P<state>[a-z]+)$", first)
    if left_out and state:  # '"Read" is now selected and "Edit" is not': not what the first one is
        return f"{left_out['name']} is not {state['state']}"
    counted = re.search(rf"\b(?:has|have|holds|contains)\s+{N}\s+(?P<noun>[a-z][\w-]*)$", first, re.IGNORECASE)
    if counted and re.search(rf"\b(?:has|have|holds|contains)\s+{N}$", second, re.IGNORECASE):
        return f"{second} {counted['noun']}"
    nth = re.search(r"\bthe\s+(?:first|second|third)\s+(?P<noun>[a-z][\w-]*)\b", first, re.IGNORECASE)
    if nth and re.search(r"\bis\s+the\s+last$", second, re.IGNORECASE):
        return f"{second} {nth['noun']}"
    if nth and re.match(r"(?i)the\s+(?:second|third|fourth|last)\s+is\s", second):  # "… and the second is "B""
        return re.sub(r"(?i)^(the\s+\w+)\s+is\s", rf"\1 {nth['noun']} is ", second, count=1)
    placed = re.match(r"^[^\"“]+?\s(?P<verb>is|are)\s+(?:in|on|at)\s+the\s", phrases.mask_quoted(first))
    if placed and re.fullmatch(r"(?P<name>\"[^\"]+\"|“[^”]+”|[^\s\"“]+(?:\s+[^\s\"“]+){0,3}?)\s+(?:in|on|at)\s+the\s+.+", second) \
            and not STATES.search(phrases.mask_quoted(second)):
        return re.sub(r"\s+(?=(?:in|on|at)\s+the\s)", f" {placed['verb']} ", second, count=1)  # "… and Projects in the last row"
    if re.search(r"\sis\s", first) and _NTH_SAID.fullmatch(second):
        return re.sub(r"(?<=[a-z])\s+(?=[\"“])", " is ", second)  # '… the second row "B"': said with the verb of the first
    nth_phrase = re.search(r"\bthe\s+(?:first|second|third)\s+(?P<phrase>[a-z][^\"“]*?)\s+is\s", first, re.IGNORECASE)
    if nth_phrase and re.match(r"(?i)the\s+(?:first|second|third|last)\s+one\b", second):  # "the last one": the same kind, where it was
        return re.sub(r"(?i)\bone\b", nth_phrase["phrase"], second, count=1)
    counted_noun = re.search(rf"\b{N}\s+(?P<noun>[a-z][\w-]*)$", first, re.IGNORECASE)
    being = _BEING.match(second)
    if counted_noun and being:  # "… lists 6 ingredients, the first being X": the first of them, in the part counted
        part = re.match(rf"(?i)^(?P<part>the\s+.+?)\s+(?:lists|has|shows|contains|holds)\s+{N}\s", first)
        where = f" in {part['part']}" if part else ""
        return f"the {being['nth']} {phrases.singular(counted_noun['noun'])}{where} is {being['value']}"
    if counted_noun and re.match(r"(?i)the\s+(?:first|last|second|third)\s+one\b", second):
        return re.sub(r"(?i)\bone\b", phrases.singular(counted_noun["noun"]), second, count=1)
    is_first = re.match(r"(?i)(?:is|are)\s", second)
    named = re.match(r"^(?P<subject>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+(?:is|are)\s", first)
    if is_first and named:  # "January 2025 is €1,690.34 and is the last row": the same name
        return f"{named['subject']} {second}"
    verb_first = re.match(rf"(?i)(?:no\s+longer\s+|does\s+not\s+|doesn't\s+|also\s+)?{SAYS}\s", second)
    said_by = re.match(rf"^(?P<subject>(?:(?:the|a|an|this|that)\s+)?\S+?(?:\s+\S+)*?)\s+(?:now\s+|still\s+)?{SAYS}\s", phrases.mask_quoted(first), re.IGNORECASE)
    if verb_first and said_by:  # 'The list shows "A" and no longer shows "B"': the same subject
        return f"{first[: said_by.end('subject')]} {second}"
    subject = re.match(rf"^(?P<sv>.+?\s{SAYS})\s+", first, re.IGNORECASE)
    if subject and re.match(r"(?i)(?:a|an|the)\s", second) and not re.search(rf"\s(?:is|are|should|must|{SAYS})\s", phrases.mask_quoted(second), re.IGNORECASE):
        return f"{subject['sv']} {second}"
    return second
