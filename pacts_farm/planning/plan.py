"""Requirement -> typed Plan by deterministic rules, checked against schemas/plan.schema.json.

The vocabulary lives in pacts_farm/planning/rules/ (pattern, builder pairs tried in order; the first that matches
wins). A sentence no rule understands is an error that quotes it and says how to rephrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import jsonschema

from pacts_farm import bundled, errors, model, secrecy
from pacts_farm.claude import claude_tools
from pacts_farm.finding import fields
from pacts_farm.planning import narrative, notes, phrases, rules
from pacts_farm.planning.narrative import wording

PLANNER_VERSION = "rules-45"  # rules-45: a text someone reads ("I read", "somewhere in the logs"); rules-44: an account signed in "with" by its name, a learner's "is telling", the only one of a kind by its name, names of a kind listed in order, "Search for:" a term, a result named by its capitalised title, a learner's kind said without its article, a list read out "from top to bottom", a field that holds a value, a value in a table's last row, a first Given that says the page the url opens, what someone expects to see (now, in a corner), a heading read after a colon, fields listed by name, a field seen with its value, "should no longer be", a status said with another value, a heading that no longer says a text, a menu entry absent from the main or the context navigation, a control absent at the top of a page part, a named element said alone, a row that "is now" a value with its summary, a greeting in the sidebar; rules-43: one counted item said piece by piece (any noun a list counts, the top and the bottom row, a figure in a named column), a control of the item hovered said with its, a control for an item in quotes, an item named then its kind ("the Kitchen board"), signed out as every test starts, a password said alone after signing in, a tab of a named object, a path opened with "open", a link followed, "and submit", the browser tab's title, a count then one of them; rules-42: a checklist's own marks left out, "pick" and "hit" start a second action, rows counted by what they say; rules-41: a capitalised title holding "never" checked word for word, two names that both show a value, one quoted name above another, a shared password in quotes, a Given that says what was opened, a box closed by what it says, changes submitted, "also found", "the selected one", a status in capitals; rules-40: the first and the last said short, fields named then their quoted values, values chosen as fields without an article, a dialog confirmed with its button, a table's count then its order, figures after a colon never typed, a corner said without "at the"; rules-39: a count brought in however it is said ("Under X there are 4 users: …", "3 schemas: …", "top to bottom: …"), checks said verb first or short, a row's values each said with "is", someone who tries to sign in; rules-38: a negative statement never read as checks that only find things shown, a check that names none, rows read out with their figures, only these names, the home page's own address, a tooltip said in brackets, sorted oldest or newest first; rules-37: where the person is said without a verb (a page, an address, a menu path, "Login admin / x"), a clause never read as a name, "it" of what the step before showed or searched, an action then what it shows after a colon or a comma, a word given after the user as the password, what was done first said after "After"; rules-36: notes taken fast (a state, a field, a count said without its verb), a role said signed in, "it" after a page opened, a row's value said with its column; rules-35: checks of what stays made on the settled page, someone told of in the third person, deleting an item by its name; rules-34: signing in in a tester's own words, a check that someone can or cannot sign in, learner's wording; rules-33: a part named before a corner, two rows that say the same, a footer total; rules-32: the sort control in a column header; rules-31: a code said after its kind; rules-30: a range a list reports is checked on the page, a value said with its kind; rules-29: several fields in one sentence, the only one by name, a state said with its kind; rules-28: signing in by an account's name, then what follows; one place then the next; rules-27: tester voices (signed in as a state, credentials in brackets, "it" for what was found); rules-26: a password alone, a semicolon between steps, the only one named first; rules-25: a thing named, then what its row says; rules-24: fields named with their values, breadcrumbs read out, names in that order; rules-23: signing in opens the login page first; rules-22: a menu entry, a page by its name; rules-21: signing in at an address; rules-20: records said by kind and name, cells by column then row
HINT = (
    "start with a verb such as Go to, Fill, Click, Select, Check, Press, Hover, Wait for or Verify,"
    ' and quote values ("…"); or set ANTHROPIC_API_KEY to let the Claude planner read free-form text'
)
A = model.Action
_ASSERT = rules.registry.ASSERT


def understand(sentence: str) -> rules.Intent | None:
    """The intent of one sentence, or None (raises rules.Refused with a hint for phrasings refused on purpose)."""
    return rules.understand(sentence)


def read_by_rules(sentence: str) -> rules.Intent | None:
    """What the rules alone make of a sentence, as the planner keeps it: None when refused, not read, or read as a
    name no person gives an element (then a narrative retelling may read it)."""
    try:
        intent = understand(sentence)
    except rules.Refused:
        return None
    return None if intent is None or _implausible(intent, sentence) else intent


_STRUCTURED_ACTIONS = {
    **{a.value: a for a in model.Action},
    "goto": A.NAVIGATE,
    "open": A.NAVIGATE,
    "go_to": A.NAVIGATE,
    "type": A.FILL,
    "enter": A.FILL,
    "tap": A.CLICK,
    "press_key": A.PRESS,
    "choose": A.SELECT,
    "verify": A.EXPECT_VISIBLE,
    "assert_visible": A.EXPECT_VISIBLE,
    "assert_hidden": A.EXPECT_HIDDEN,
    "assert_text": A.EXPECT_TEXT,
    "assert_url": A.EXPECT_URL,
    "assert_title": A.EXPECT_TITLE,
    "wait": A.WAIT_FOR,
    "back": A.GO_BACK,
    "refresh": A.RELOAD,
    "assert_count": A.EXPECT_COUNT,
    "assert_order": A.EXPECT_ORDER,
    "assert_state": A.EXPECT_STATE,
    "assert_value": A.EXPECT_VALUE,
}


class Assist(Protocol):
    """Reads what the rules cannot (the Claude planner): intents for ``sentences``, numbered from 1, in order."""

    def __call__(self, item: model.Item, sentences: Sequence[str]) -> Sequence[claude_tools.Intent]: ...


def make_plan(
    item: model.Item, *, base_url: str, source: str = "", assist: Assist | None = None, assist_reads_all: bool = False
) -> model.Plan:
    """Plan every step of ``item``; raises errors.PlanInvalid listing every step not understood.

    With ``assist``, sentences the rules cannot read (every sentence with ``assist_reads_all``) go to it;
    sentences the rules refuse on purpose (a fixed wait) and structured steps never do.
    """
    start_url = item.start_url or base_url
    sentences: list[tuple[model.SuiteStep, str]] = []
    if item.free_text:
        start_url, steps = _parse_free_text(item.free_text, start_url=start_url, base_url=base_url, line=item.line)
        sentences = [(s, f"text[{i}]") for i, s in enumerate(steps)]
    else:
        sentences = [(s, f"steps[{i}]") for i, s in enumerate(item.steps)]
    slots: list[list[model.PlannedStep]] = []
    pending: list[tuple[int, model.SuiteStep, str]] = []  # (slot, step, where) for the assist
    problems: list[errors.StepNotUnderstood] = []
    prefix = f"requirements[{item.index}]" if item.index is not None else item.requirement_id

    def problem(step: model.SuiteStep, where: str, hint: str) -> errors.StepNotUnderstood:
        return errors.StepNotUnderstood(
            secrecy.mask_placeholders(step.display()), path=source, line=step.line, field=f"{prefix}.{where}", hint=hint
        )

    section = None  # the Gherkin part the steps are in: an "And" under a Given says what is given
    for step, where in sentences:
        if step.timeout_ms is None and item.timeout_ms is not None:
            step = replace(step, timeout_ms=item.timeout_ms)  # the requirement's timeout is its steps' default
        said = replace(step, text=phrases.CHECKLIST_LABEL.sub("", step.text)) if step.text else step  # "[ ] ", "Step 2 - ", "Check: "
        keyword = _GHERKIN.match(said.text or "")
        section = keyword.group(1).lower() if keyword and keyword.group(1).lower() in ("given", "when", "then") else section
        if keyword and section == "given" and keyword.group(1).lower() in ("and", "but"):
            said = replace(said, text="Given" + (said.text or "")[keyword.end(1):])
        slots.append([])
        if item.auth and said.text and rules.says_signed_out(said.text):
            problems.append(problem(step, where, f"the requirement starts signed in (auth: {item.auth}); remove auth: "
                                                 "or this sentence"))
            continue
        if assist is not None and assist_reads_all and step.text is not None:
            pending.append((len(slots) - 1, step, where))
            continue
        if len(slots) == 1 and _given_where_it_starts(said.text, start_url):
            waited = _plan_step(replace(said, text="Wait for the page to load"), 0, base_url)
            slots[-1].append(replace(waited, text=secrecy.mask_placeholders(step.text or "")))
            continue
        try:
            slots[-1].extend(_as_said(_when_settled(_plan_steps(_double_quoted(said), base_url, before=_before(slots)), step), step))
        except _NotUnderstood as exc:
            if assist is not None and not exc.refused:
                pending.append((len(slots) - 1, step, where))
            else:
                problems.append(problem(step, where, exc.hint))
    if pending and problems:  # no Claude call for a requirement that fails anyway
        hint = "the rules cannot read it; the Claude planner will once the other steps of this requirement are fixed"
        problems.extend(problem(step, where, hint) for _, step, where in pending)
    elif pending and assist is not None:
        texts = [phrases.split_timeout(step.text or "")[0] for _, step, _ in pending]
        try:
            intents = assist(item, texts)
        except errors.LLMAnswerInvalid as exc:
            hint = f"the Claude planner could not plan it ({exc.message}) — rephrase the step"
            problems.extend(problem(step, where, hint) for _, step, where in pending)
        else:
            for intent in intents:
                slot, step, _ = pending[intent.sentence - 1]
                slots[slot].append(_claude_step(step, intent))
    if problems:
        raise errors.PlanInvalid(problems)
    planned = _again_where_before([replace(s, index=i) for i, s in enumerate(s for slot in slots for s in slot)])
    plan = model.Plan(item_key=item.key, start_url=start_url, steps=tuple(planned))
    validate_plan(plan)
    return plan


def _again_where_before(steps: list[model.PlannedStep]) -> list[model.PlannedStep]:
    """"Hover over Yann again" after "Hover over Yann in the sidebar": the same element, where it was said before;
    "the Private code field of the same form": in the box the step before named."""
    for i, step in enumerate(steps):
        target = step.target
        again, same_box = re.search(r"(?i)\bagain\b", step.text), _THE_SAME_BOX.search(step.text)
        if target is None or not (again or same_box) or target.region or target.scope or target.section:
            continue
        for before in reversed(steps[:i]):
            said = before.target
            if said is None or not (said.region or said.scope or said.section):
                continue
            if same_box:
                steps[i] = replace(step, target=replace(target, scope=said.scope, scope_box=said.scope_box, region=said.region, section=said.section))
                break
            if said.text.casefold() == target.text.casefold():
                steps[i] = replace(step, target=replace(said, role_hint=target.role_hint or said.role_hint))
                break
    return steps


_THE_SAME_BOX = re.compile(r"(?i)\bthe\s+same\s+(?:form|dialog|box|section|panel)\b")


# a value in single quotes ('Dark', 'Core features'): an opening quote after a space or a bracket, a closing one before
# a space or punctuation, no quote inside ("Bob's row" and "don't" are words, not quotes)
_DOUBLE_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_SINGLE_QUOTED = re.compile(r"(?<![\w'’])'(?=[^\s'])(?P<value>[^'\"“”]*?[^\s'\"“”])'(?![\w'])")


_GHERKIN = re.compile(r"^\s*(given|when|then|and|but)\b", re.IGNORECASE)
# "Given I am on the harbor-logger package page", first, where the requirement's url already opens it
_GIVEN_OPEN = re.compile(r"^given\s+(?:i\s+am\s+on|i'm\s+on|i\s+am\s+viewing|i\s+(?:have\s+)?open(?:ed)?)\s+(?P<what>.+?)"
                         r"(?:\s+without\s+(?:being\s+)?(?:signed|logged|signing|logging)\s+in)?\.?$", re.IGNORECASE)
# what a page is called besides its own name: never what tells one page from another
_NOT_A_PAGE_NAME = frozenset({"the", "a", "an", "of", "for", "page", "screen", "view", "package", "table", "project", "tab",
                              "detail", "details", "record", "item", "entry", "its", "own"})


def _given_where_it_starts(text: str | None, start_url: str) -> bool:
    """A first "Given I am on X" whose every word of X's own name is in the requirement's start address (a url: of
    /-/web/detail/harbor-logger for "the harbor-logger package page"): it says where the test starts, and holds."""
    given = _GIVEN_OPEN.match(text or "")
    if given is None:
        return False
    path = {w for w in re.split(r"[^a-z0-9]+", urlsplit(start_url).path.lower()) if w}
    words = [w for w in re.split(r"[^a-z0-9-]+", given["what"].lower()) if w and w not in _NOT_A_PAGE_NAME]
    return bool(words) and all(w in path or set(w.split("-")) <= path for w in words)


def _double_quoted(step: model.SuiteStep) -> model.SuiteStep:
    """The sentence with its single-quoted values in double quotes, the way every rule reads a quoted value."""
    if step.text is None or "'" not in step.text:
        return step
    inside = [m.span() for m in _DOUBLE_QUOTED.finditer(step.text)]  # "Page 'Anadama' has been updated." stays as written

    def quoted(m: re.Match[str]) -> str:
        return m.group() if any(a <= m.start() < b for a, b in inside) else f'"{m["value"]}"'
    return replace(step, text=_SINGLE_QUOTED.sub(quoted, step.text))


# "still", "stays", "remains": what the step before must not have changed, checked once the page has settled
_STAYS = re.compile(r"(?i)\b(?:still|stays?|stayed|staying|remains?|remained|remaining)\b"
                    r"|\bnot\s+be\s+(?:logged|signed)\s+in\b")


def _when_settled(steps: list[model.PlannedStep], step: model.SuiteStep) -> list[model.PlannedStep]:
    """The checks of a sentence that says something stays ("the URL is still /login"), made on the settled page: made
    at once, they could pass before the page moves on."""
    if step.text is None or not _STAYS.search(_DOUBLE_QUOTED.sub('""', step.text)):
        return steps
    return [replace(s, settled=True) if s.action.is_assertion else s for s in steps]


def _as_said(steps: list[model.PlannedStep], step: model.SuiteStep) -> list[model.PlannedStep]:
    """Planned steps that keep the sentence as the user wrote it (its single quotes), for reports."""
    if step.text is None or "'" not in step.text:
        return steps
    said = secrecy.mask_placeholders(step.text)
    return [replace(s, text=said) for s in steps]


def _claude_step(step: model.SuiteStep, intent: claude_tools.Intent) -> model.PlannedStep:
    _, timeout = phrases.split_timeout(step.text or "")
    return model.PlannedStep(
        index=0,
        text=secrecy.mask_placeholders(step.text or ""),
        action=intent.action,
        target=intent.target,
        value=intent.value,
        match=intent.match,
        timeout_ms=intent.timeout_ms or timeout or step.timeout_ms,
        planner=claude_tools.PLANNER_NAME,
        attribute=intent.attribute,
        settled=intent.settled,
    )


class _NotUnderstood(Exception):
    def __init__(self, hint: str = HINT, *, refused: bool = False) -> None:
        self.hint = hint
        self.refused = refused  # on purpose (a fixed wait, a bad structured step): no other planner may read it


# "Type "garlic" in the Search box and press Enter": the key is pressed in the field just filled
_THEN_KEY = re.compile(
    r"^(?P<first>.+?)\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:press|hit)\s+(?:the\s+)?(?P<key>enter|return|tab|escape|esc)(?:\s+key)?"
    r"(?P<rest>\s*(?:\(.*\)|[,;]?\s+(?:allow|allowing|wait|waiting|within|for up to|in up to)\b.*)?)$",
    re.IGNORECASE,
)
_TITLE_CASE = r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,4}"  # "… and then New Test Case": a menu entry's name
# after a comma, a few words then a verb: a clause of its own ("…, the dialog closes"), never more of a name
_CLAUSE_VERB = r"(?:[\w-]+\s+){0,5}?(?:should|must|is|are|shows?|opens?|appears?|says|reads|closes|disappears)\b"
# "Type Python in the Name field and click Save": where a second action starts (read only when the whole is not)
_NEXT_ACTION = re.compile(
    r"(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+then\s+|\s+then\s+|\s+and\s+)(?=(?:click|tap|press|hit|type|write|enter|fill|select|choose|"
    r"pick|check|uncheck|tick|untick|hover|verify|go|open|close|search|scroll|wait|confirm|change|replace)\b"
    r"(?!\s+(?:new\s+)?(?:password|e-?mail(?:\s+address)?)\s+(?:with|to|as|field|box)\b))"  # "… and Confirm Password with "x"": a field
    r"|\s+(?:and\s+)?then\s+(?=" + _TITLE_CASE + r"$)"  # "… and then New Test Case"
    r"|\s+and\s+(?=(?:submit|save)(?:\s+(?:it|the\s+form|the\s+changes|changes))?$)"  # 'Add the comment "x" and submit'
    r"|\s*;\s*"  # 'Click "New User"; a dialog titled "Create a New User" opens': two steps, whatever each is
    r"|:\s+(?=(?:the|a|an|it|its|his|her|their|only|no|all|both|every|each|you|i|we|she|he|they)\s)"  # "Click the Locations pill: the cards show up"
    r"|\s*,\s+(?=(?:the|a|an|it|its|his|her|their)\s+" + _CLAUSE_VERB + ")",  # "Click Submit, the ticket page opens"
    re.IGNORECASE,
)
# "Search for salt", 'Search "Snow Crash"': the words typed into the page's search field, then Enter
_SEARCH_FOR = re.compile(
    r"^(?:(?:when\s+|and\s+|then\s+)?(?:i|we|you|the\s+user)\s+)?(?:quick[- ]?)?search(?:es)?\s+(?:the\s+(?:site|shop|store|page|catalog|catalogue|list|table)\s+)?(?:for(?::\s*|\s+))?(?P<what>\"[^\"]+\"|“[^”]+”|(?<=for\s)[^\"“”]+?|(?<=for:\s)[^\"“”]+?"
    r"|(?<=search\s)(?!(?-i:[a-z]+)(?:\s|$))[^\s\"“”]+(?=$|\s*,?\s+(?:and\s+)?(?:then\s+)?press))"  # "Search PTENTRKHM": one word, not a lower-case noun
    r"(?:\s*,?\s+(?:and\s+)?(?:then\s+)?press\s+enter)?$",
    re.IGNORECASE,
)
# "Open the user menu and click Logout": the menu opened, then its item clicked (in that menu)
_OPEN_MENU_THEN = re.compile(
    r"^(?P<first>(?:open|expand|click(?:\s+on)?|tap|hover(?:\s+over)?)\s+(?:the\s+|my\s+)?(?P<menu>[\w'-]+(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:menu|dropdown|drop-down|submenu|popover))(?:\s+(?:at|in|on)\s+the\s+(?:top|bottom|header|sidebar|navigation|nav\s+bar|top\s+bar)"
    r"(?:\s+(?:left|right))?)?)\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?P<verb>click(?:\s+on)?|tap|choose|select|pick)"
    r"\s+(?P<item>.+)$",
    re.IGNORECASE,
)


def _plan_steps(
    step: model.SuiteStep, base_url: str, depth: int = 0, before: narrative.Before = narrative.NOTHING_BEFORE
) -> list[model.PlannedStep]:
    """The typed steps of one sentence: one, or a fill then the key pressed in that field ("… and press Enter"),
    or the sentences a narrative form is told again in (``depth`` bounds how deep a retelling is retold;
    ``before`` is what the step before counted, listed or named, for "they" and "it")."""
    if step.signs_in:
        return _signed_in(step, base_url, depth)
    alone = notes.control_alone(phrases.without_end_mark(step.text or "")) if depth == 0 else None
    if alone:  # "Apply.": a line that names a control alone clicks it
        return [replace(s, text=secrecy.mask_placeholders(step.text or "")) for s in _planned(replace(step, text=alone), 0, base_url)]
    if step.text is not None:
        search = _SEARCH_FOR.match(phrases.without_end_mark(step.text))
        if search:
            what = phrases.strip_quotes(search.group("what"))
            fill = replace(_plan_step(replace(step, text=f'Fill "{what}" in the search field'), 0, base_url),
                           text=secrecy.mask_placeholders(step.text))
            return [fill, replace(fill, action=A.PRESS, value="Enter")]
        masked = phrases.mask_quoted(phrases.without_end_mark(step.text))
        then_key = _THEN_KEY.match(masked)
        if then_key:
            first_text = step.text[: then_key.end("first")] + step.text[then_key.start("rest"): then_key.end("rest")]
            try:
                first = _plan_step(replace(step, text=first_text), 0, base_url)
            except _NotUnderstood:  # "Click the field, type "x" and hit Enter": read as actions one after another
                first = None
            if first is not None and first.action is A.FILL and first.target is not None:
                key = phrases.parse_key(then_key.group("key"))
                press = replace(first, action=A.PRESS, value=key, match=model.Match.CONTAINS, attribute=None)
                return [first, press]
        menu_then = _OPEN_MENU_THEN.match(masked)
        if menu_then:
            opening = _plan_step(replace(step, text=step.text[: menu_then.end("first")]), 0, base_url)
            item = step.text[menu_then.start("item"): menu_then.end("item")]
            chosen = _plan_step(replace(step, text=f"Click {item} in the {menu_then.group('menu')}"), 0, base_url)
            if opening.action in (A.CLICK, A.HOVER) and chosen.action is A.CLICK:
                return [opening, chosen]
    try:
        return _planned(step, 0, base_url)
    except _NotUnderstood:
        split = _split_actions(step, base_url, depth, before)
        if split is None or any(s.action is A.TYPE_TEXT for s in split):
            # "Click into the comment box and type "x"": one fill, told so, rather than keys typed wherever the click left the focus
            split = _retold(step, base_url, depth, before) or split
        if split is None:
            raise
        return split


def _signed_in(step: model.SuiteStep, base_url: str, depth: int) -> list[model.PlannedStep]:
    """"Log in as admin": the suite's account or auth flow named admin, here, in turn: a sign-out the sentence says
    first, its page opened, then each of its steps, then what the sentence says next ("… and open the Tags page")."""
    named = rules.signs_in_as(step.text or "")
    first = [model.SuiteStep(text=named.first)] if named and named.first else []  # "Log out and log in as lena"
    flow = [*first, *([model.SuiteStep(text=f"Go to {step.signs_in_at}")] if step.signs_in_at else []), *step.signs_in]
    then = [model.SuiteStep(text=named.then)] if named and named.then else []
    said = secrecy.mask_placeholders(step.text or "")
    return [replace(planned, text=said) for flow_step in [*flow, *then]
            for planned in _plan_steps(replace(flow_step, line=step.line, timeout_ms=flow_step.timeout_ms or step.timeout_ms), base_url, depth + 1)]


_MAX_RETELLING_DEPTH = 3  # a retelling told again once more, inside a sentence cut in two ("Log in with … then click …")


_GROUP_CHECKS = (A.EXPECT_COUNT, A.EXPECT_ORDER, A.EXPECT_EACH)


def _before(slots: list[list[model.PlannedStep]]) -> narrative.Before:
    """What the step before was about: the group it counted or listed ("5 bookmarks are shown"), which "they" then
    refers to, and the one item it named ('Exactly one team is listed, "Cyber Owls"'), which "it" refers to."""
    steps = slots[-2] if len(slots) > 1 else []
    groups = [s.target.text for s in steps if s.target is not None and (
        s.action in _GROUP_CHECKS or (s.action is A.EXPECT_TEXT and s.target.position is not None))]  # "the first book is …"
    items = [item for item in map(_item_named, steps) if item]
    if [s.action for s in steps] == [A.EXPECT_COUNT, A.EXPECT_EACH] and steps[0].value == "1":
        items.append(steps[1].value or "")  # 'Exactly one team is listed, "Cyber Owls"': that one is "it"
    opened = any(s.action in (A.CLICK, A.NAVIGATE) for slot in slots[:-1] for s in slot)  # a page it went to
    shown = [s.value for s in steps if s.action is A.EXPECT_VISIBLE and s.target is None and s.value]
    shown += [s.target.text for s in steps if s.action is A.EXPECT_VISIBLE and s.target is not None and s.target.role_hint is None
              and s.target.position is None and not s.target.scope]  # "Throwaway Shelf appears in the sidebar"
    if [s.action for s in steps[-2:]] == [A.FILL, A.PRESS] and steps[-2].target is not None and steps[-2].target.text.lower() == "search":
        shown = [steps[-2].value or ""]  # 'Search "Snow Crash". Open it.': what was searched for is what "it" opens
    only_one = any(s.action is A.EXPECT_COUNT and s.value == "1" and s.match is model.Match.EQUALS for s in steps)
    return narrative.Before(group=groups[-1] if groups else None, item=items[-1] if items else None, opened=opened,
                            shown=shown[0] if len(shown) == 1 else None, only_one=only_one)


def _item_named(step: model.PlannedStep) -> str | None:
    """The item a check named: the first team it is, the row for it, the challenge the table lists."""
    target = step.target
    if step.action is A.EXPECT_TEXT and target is not None and (target.position is not None or target.descriptor == "list"
                                                               or target.text.lower() in ("table", "list", "grid", "results")):
        return step.value  # 'the first team is "Cyber Owls"', 'the table lists the challenge "X"'
    if step.action in (A.EXPECT_TEXT, A.EXPECT_VISIBLE) and target is not None and target.role_hint == "row":
        return target.text
    if step.action is A.HOVER and target is not None and not target.scope and target.position is None:
        # "Hover over the Road Trips board": the item is Road Trips (its kind said after its name is not its name)
        return target.text if target.exact else re.sub(r"(?<=\S)\s+(?-i:[a-z][\w-]*)$", "", target.text)
    if target is not None and target.scope and target.scope.lower() not in _PRONOUNS and target.position is None:
        return target.scope  # '"Python Tutorial" has no Unread marker', 'Click X in the row for Y': the item it was in
    return None


def _retold(step: model.SuiteStep, base_url: str, depth: int, before: narrative.Before) -> list[model.PlannedStep] | None:
    """The steps of the first retelling of a narrative sentence whose every sentence the rules read, or None."""
    if step.text is None or depth >= _MAX_RETELLING_DEPTH:
        return None
    sentence, timeout = phrases.split_timeout(step.text)
    said = rules.without_lead(sentence)
    for reading in dict.fromkeys((said, rules.said_as_fact(said))):  # as written, then "should not be" as "is not"
        for retelling in narrative.retold(reading, before):
            steps: list[model.PlannedStep] = []
            try:
                for told in retelling:
                    steps += _plan_steps(replace(step, text=told, timeout_ms=timeout or step.timeout_ms), base_url, depth + 1)
            except _NotUnderstood:
                continue
            if len(retelling) > 1 and all(_vague_presence(s) for s in steps):
                continue  # "The dialog closes and the tag list is shown": each half alone could pass on anything
            if negation_lost(said, steps):
                continue  # "I should not see a "Users" link" told as the link shown
            return [replace(s, text=secrecy.mask_placeholders(step.text)) for s in steps]
    return None


def _vague_presence(step: model.PlannedStep) -> bool:
    """A check that something generic is there or not ("the dialog", "the tag list"): no name, no value. Alone in
    its sentence it is what the tester wrote; as a piece of a split sentence it could pass on whatever the page has
    (a dialog no markup calls one is "hidden"), so a split that makes one is not kept. An error message is not
    generic: a page shows one only when something failed."""
    target = step.target
    return (step.action in (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN) and not step.value and target is not None
            and not target.exact and target.text == target.text.lower() and target.descriptor != "error")


_OWNED_BY_BEFORE = re.compile(r"(?i)(?<=\s)(?:his|her|their)\s+")  # "click his edit button": of whom the part before named


def _split_actions(
    step: model.SuiteStep, base_url: str, depth: int = 0, before: narrative.Before = narrative.NOTHING_BEFORE
) -> list[model.PlannedStep] | None:
    """A sentence the rules cannot read whole, read as actions one after another, when every part is understood
    ("Type Python in the Name field and click Save"); None when any part is not. The first part reads "it" as the
    step before named it ("Open it and click Delete")."""
    text = phrases.in_plain_words(phrases.without_end_mark(step.text or ""))  # "Password X, Login": typed, then clicked; "After clicking X, …"
    parts = phrases.cut_outside_quotes(text, _NEXT_ACTION)
    if len(parts) < 2:
        return None
    steps: list[model.PlannedStep] = []
    for part in parts:
        if steps and steps[-1].action is A.PRESS and steps[-1].value == "Enter" and narrative.submits_again(part):
            continue  # "Log in as bob, password …, and hit Submit": Enter in the password field submitted the form
        owner = _OWNED_BY_BEFORE.search(part)
        if owner and steps and steps[-1].target is not None:  # "Hover over Quentin … and click his edit button": Quentin's
            part = f"{part[: owner.start()]} the {part[owner.end():]} for {steps[-1].target.text}"
        went = narrative.Before(opened=any(s.action in (A.CLICK, A.NAVIGATE) for s in steps),  # "Open X; it has 3 items"
                                item=_item_named(steps[-1])) if steps else before  # "Hover over X and click its …"
        try:
            steps += _plan_steps(replace(step, text=part), base_url, depth + 1, went)
        except _NotUnderstood:
            chosen = re.fullmatch(r'(?i)(?:select|choose|pick)\s+("[^"]+"|“[^”]+”|[\w-]+)', part)  # "… plus icon and select Project"
            if not steps or steps[-1].action is not A.CLICK or not (chosen or re.fullmatch(r'"[^"]+"|“[^”]+”|[\w-]+|' + _TITLE_CASE, part)):
                return None
            try:  # "Click Execute and then Confirm": a bare name takes the verb of the click before
                steps += _plan_steps(replace(step, text=f"Click {chosen.group(1) if chosen else part}"), base_url, depth + 1)
            except _NotUnderstood:
                return None
    return [replace(s, text=secrecy.mask_placeholders(step.text or "")) for s in steps]


def _plan_step(step: model.SuiteStep, index: int, base_url: str) -> model.PlannedStep:
    return _planned(step, index, base_url)[0]


def _planned(step: model.SuiteStep, index: int, base_url: str) -> list[model.PlannedStep]:
    """One step, or one per value when the sentence names several ("the cart lists A, B and C")."""
    if step.text is None:
        return [_structured(step, index)]
    sentence, timeout = phrases.split_timeout(step.text)
    timeout = timeout or step.timeout_ms
    try:
        intent = understand(sentence)
    except rules.Refused as exc:
        raise _NotUnderstood(exc.hint, refused=not exc.claude_may_read) from None
    if intent is None or _implausible(intent, sentence):
        raise _NotUnderstood()
    timeout = timeout or intent.timeout_ms
    intent = _cells_of_a_row(_value_said_with_its_kind(_code_named_with_its_kind(_range_of_a_list(intent)), sentence), sentence)
    intent = _prose_as_page_text(intent)
    value = base_url if intent.home else intent.value
    if intent.home and intent.action is A.EXPECT_URL and not urlsplit(base_url).path:
        value = f"{base_url}/"  # the address a browser shows for a site's root
    if intent.action is A.EXPECT_URL and intent.match is model.Match.EQUALS and value and value.startswith("/"):
        value = urljoin(base_url, value)  # "the URL is /notifications": that path on the suite's site, the whole URL
    first = model.PlannedStep(
        index=index,
        text=secrecy.mask_placeholders(step.text),
        action=intent.action,
        target=intent.target,
        value=value,
        match=intent.match,
        timeout_ms=timeout,
        planner=PLANNER_VERSION,
        attribute=intent.attribute,
    )
    if first.value is None and first.target is not None:  # "the breadcrumb shows A, B and C" read as shown texts
        steps = [first, *(replace(first, target=replace(first.target, text=text)) for text in intent.also)]
    else:
        steps = [first, *(replace(first, value=value) for value in intent.also)]
    if negation_lost(sentence, steps):
        raise _NotUnderstood()
    return steps


# "not logged in" is a state a page shows by what is there (its sign-in form, a Log In link), not an absence
_SIGNED_OUT = re.compile(r"(?i)\b(?:not|n't|never)\s+(?:be\s+|been\s+|yet\s+)?(?:logged|signed)\s+in\b")
# the words that make a statement negative (lower case: "Not Found", "No Results" are names)
_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|without|cannot)\b|n't\b")


def negation_lost(sentence: str, steps: Sequence[model.PlannedStep]) -> bool:
    """A negative statement read as checks that only find things shown ("I should not see a "Users" link" read as
    the link shown): the worst misreading, a check that passes when the page does what the tester said it must not.
    Kept when a step checks an absence or a state, acts, or checks the negative words themselves as a text."""
    claim = re.split(r"(?i)\b(?:because|since)\b", phrases.mask_quoted(sentence))[0]  # "… because it has never received a ping": why, not what
    said = _NEGATION.findall(_SIGNED_OUT.sub(" ", claim))
    if not said or not steps:
        return False
    for step in steps:
        if not step.action.is_assertion or step.action in (A.EXPECT_HIDDEN, A.EXPECT_STATE, A.EXPECT_URL, A.EXPECT_TITLE, A.EXPECT_PAGE):
            return False
        if step.match is model.Match.NOT_CONTAINS or (step.action is A.EXPECT_COUNT and step.value == "0"):
            return False
    checked = " ".join(f"{s.value or ''} {s.target.text if s.target else ''}" for s in steps)
    return not any(re.search(word if word == "n't" else rf"\b{word}\b", checked) for word in said)


def _quoted_in(text: str, sentence: str) -> bool:
    """Was ``text`` said in quotes, straight or curly (a value or a name as written, not a reading of words)?"""
    return any(f"{a}{text}{b}" in sentence for a, b in _QUOTES)


_CELL_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _value_said_with_its_kind(intent: rules.Intent, sentence: str) -> rules.Intent:
    """'the row for QA Tester shows the book Frankenstein': a value said after its kind (a lower-case noun) is the
    value the row shows; the kind is the tester's word (never in quotes: a quoted value is as written)."""
    target = intent.target
    if intent.action is not A.EXPECT_TEXT or target is None or _quoted_in(intent.value or "", sentence):
        return intent
    nth_row = target.text.lower() == "row" and target.position is not None and not (target.scope or target.role_hint)
    column = re.fullmatch(r"(?P<kind>(?!(?:in|on|at|of|for|by|with|to|and|or|now|still|also)\b)(?-i:[a-z]{3,}))\s+(?P<value>(?-i:[A-Z0-9])\S*(?:\s+\S+){0,3})",
                          intent.value or "")
    if nth_row and column:  # "the first row shows priority Low": its Priority cell says Low, not any "Low" in the row
        return replace(intent, target=model.Target(text=column["kind"], position=target.position, descriptor=fields.COLUMN_CELL),
                       value=column["value"])
    if target.role_hint != "row":
        return intent
    said = re.fullmatch(r"(?:the|a|an)\s+(?-i:[a-z]+)\s+(?P<value>(?-i:[A-Z0-9])\S*(?:\s+\S+){0,5})", intent.value or "")
    return replace(intent, value=said["value"]) if said else intent


def _code_named_with_its_kind(intent: rules.Intent) -> rules.Intent:
    """"the order CB3XB357BVW2JPF3", "the row for SKU L2201308", "the order code PTENTRKHMNVBXZCG": a code said after
    the kind of thing it names is what the page shows; the kind is the tester's, rarely beside it in the page."""
    target = intent.target
    if target is None or target.exact or not (intent.action in _SHOWS_THE_CODE or target.role_hint == "row"):
        return intent  # "the order 100099 shows £7.99": the order's box, which its code alone does not name
    said = _KIND_THEN_CODE.fullmatch(target.text)
    if said is None or not (re.search(r"\d", said["code"]) or len(said["code"]) >= 6):
        return intent
    return replace(intent, target=replace(target, text=said["code"]))


_SHOWS_THE_CODE = frozenset({A.CLICK, A.HOVER, A.EXPECT_VISIBLE, A.EXPECT_HIDDEN, A.WAIT_FOR})
_KIND_THEN_CODE = re.compile(r"(?:(?!(?:in|of|for|with|at|on|to|by|from)\b)(?-i:[a-z]+)\s+|(?:SKU|ID|ASN|EAN|UPC|PO|VAT)\s+){1,3}"
                             r"(?:#\s*)?(?P<code>(?-i:[A-Z0-9])(?-i:[A-Z0-9_-]){3,})")


def _range_of_a_list(intent: rules.Intent) -> rules.Intent:
    """"The products list shows 1 - 10 of 54", "the pager says 1 - 5 of 5", "the table footer says 2 elements": the range
    or total a list reports, said of the list or its pager, is checked as shown on the page; where it is drawn (a
    table's footer, a count beside the pager buttons) no part of the list's rows or pager says it, and no other text on
    a page reads "1 - 10 of 54"."""
    target = intent.target
    if (intent.action is A.EXPECT_TEXT and target is not None and not target.exact and not target.scope
            and not target.region and not target.section and _A_LIST.fullmatch(target.text)
            and (_PAGER_RANGE.fullmatch(intent.value or "") or _PAGER.search(target.text) and _PAGER_TOTAL.fullmatch(intent.value or ""))):
        return replace(intent, action=A.EXPECT_VISIBLE, target=None)
    return intent


_A_LIST = re.compile(r"(?i)(?:[\w-]+\s+){0,2}(?:list|table|grid|pager|pagination|paginator|footer)")
_PAGER = re.compile(r"(?i)\b(?:pager|pagination|paginator|footer)$")
_PAGER_TOTAL = re.compile(r"(?i)\d[\d,]*\s+(?:elements?|items?|entries|entry|results?|records?|rows?)(?:\s+in\s+total)?")  # "the table footer says 2 elements"
_PAGER_RANGE = re.compile(r"(?i)(?:showing\s+)?\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\s+(?:of|from)\s+\d[\d,]*(?:\s+[a-z]+)?")


def _cells_of_a_row(intent: rules.Intent, sentence: str) -> rules.Intent:
    """"The first row is 1 January, New Year's Day", "the AWS row says Platform team and 2 days": a row's values said
    unquoted with commas or "and" are its cells, each checked in that row (its text joins cells with neither); a
    quoted value is one text as written."""
    target, value = intent.target, intent.value or ""
    row = target is not None and (target.role_hint == "row" or target.text.lower() in ("row", "line") and target.position is not None)
    if intent.action is not A.EXPECT_TEXT or not row or not (_CELL_JOIN.search(value) or _CELL_QUALIFIED.match(value)) or intent.also:
        return intent
    if _quoted_in(value, sentence) or re.search(r"\d,\s\d", value) or re.search(r"[\"“]", value):
        return intent
    cells = [cell.strip() for cell in _CELL_JOIN.split(value) if cell.strip()]
    cells = [part for cell in cells for part in _cell_and_number(cell)]
    cells = cells[:1] + [_KIND_BEFORE_VALUE.sub("", cell) for cell in cells[1:]]  # "… and status Active": Active
    return replace(intent, value=cells[0], also=tuple(cells[1:]))


def _prose_as_page_text(intent: rules.Intent) -> rules.Intent:
    """"The caption above the table reads "23 rows sorted by title"", "the summary under it mentions "39 rows in 3
    tables"": words a writer gives a line of prose, which markup seldom names; a text of several words is then looked
    for on the page, as "the page shows" would."""
    target, value = intent.target, intent.value or ""
    if (intent.action is not A.EXPECT_TEXT or target is None or target.role_hint or target.exact
            or target.position is not None and target.text.lower() in ("line", "sentence", "paragraph")  # "the first line": a row
            or target.text.lower() not in _PROSE_WORDS or len(value.split()) < 2 or intent.also):
        return intent
    return replace(intent, action=A.EXPECT_VISIBLE, target=None)


_PROSE_WORDS = frozenset({"caption", "summary", "subtitle", "tagline", "blurb", "paragraph", "sentence", "intro", "introduction",
                          "line", "text", "wording", "copy"})


def _cell_and_number(cell: str) -> tuple[str, ...]:
    """"Fiction with a total of 6", "Sensibility from 1811", "Frankenstein with 280 pages", "Apollo with lead Alice
    Archer": the name and the value, each a cell (the row shows the value in its column, never the words said
    around it)."""
    qualified = _CELL_QUALIFIED.match(cell) or _CELL_WITH_KIND.match(cell)
    return (wording.named_of_kind(qualified["name"]), qualified["value"]) if qualified else (cell,)


_CELL_WITH_KIND = re.compile(r"^(?P<name>\S.*?)\s+with\s+(?:an?\s+|the\s+)?(?-i:[a-z]+)\s+(?P<value>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z0-9])\S*)*)$")
_KIND_BEFORE_VALUE = re.compile(r"^(?:the\s+)?(?-i:[a-z]+)\s+(?=(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z0-9])\S*)*$)")  # "status Active"
_CELL_QUALIFIED = re.compile(r"^(?P<name>\S.*?)\s+(?:with\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){1,2}(?:of\s+)?|with\s+|from\s+(?=\d{4}$))"
                             r"(?P<value>\d[\d.,:]*)(?:\s+[a-z]+)?$")


# a name no person gives an element: a clause ("login page is shown instead of …"), a word that only starts a
# statement ("There"), a description in brackets; such a reading is dropped so a narrative retelling may read it
_PRONOUNS = frozenset({"it", "them", "this", "that"})  # "the pencil icon next to it": near what the step before named
_CONTROLS_AS_TEXT = re.compile(r"(?:a|an|the)\s.*\b(?:field|button|link|checkbox|icon|menu|tab|dropdown)s?\b", re.IGNORECASE)
# "the state withdrawn", "the code order-manager", "the status Payment authorized": a kind, then one value
_KIND_OF_VALUE = re.compile(r"(?i)(?:the|a|in\s+the)\s+" + wording.KIND_OF_A_VALUE + r"\s+" + wording.NOT_A_CONTROL + r"\S+(?:\s+(?-i:[A-Z0-9])\S*)*$")
_NEXT_FIELD_FILLED = re.compile(r"(?i)\s(?:and|,)\s+(?:the\s+)?\S+(?:\s+\S+){0,3}?\s+(?:field|box|input)\s+(?:with|to|as)\s+\S")
# a check whose subject is none ("no recipe named X", "none of the rows", "nothing"); "No Results Found" is a name
_NONE_SAID = re.compile(r"^(?:(?:verify|check|ensure|confirm|assert|expect|make\s+sure)\s+(?:that\s+)?)?"
                        r"(?i:no|none|nothing|nobody|neither|not\s+one)\s+(?-i:[a-z\"“])", re.IGNORECASE)
_MODAL_IN_NAME = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
_CLAUSE_IN_NAME = re.compile(
    r"\b(?:is|are|was|were|stays|remains)\s+(?:(?:now|still|again|also|not)\s+)?(?:shown|displayed|visible|gone|closed|opened|open|listed)\b"
    r"|\band\s+the\b|\binstead\s+of\b|\((?:the|a|an)\s"
    r"|^(?:i|we)\s+(?:am|was|were|get|got|see|land|should|must|can|will|have|close|open|click|press|go|come)\b"  # "I am sent to …": the person, then what
    r"|^there\s+(?:is|are)\s|\swhose\s|\b(?:is|are)\s+(?:logged|signed)\s+in\b"  # "there is no Reply button, …", "a page whose URL …"
    r"|,\s*(?:the|a|an|it|its)\s+" + _CLAUSE_VERB +  # "Save, the dialog closes"
    r"|\s(?:each|both)$"  # "A, B and C each show 2": each of them, never one name
    r"|,\s*(?:then\s+)?(?:enter|type|fill|click|press|submit|select|choose|open)\s"  # ", enter bob …": the next action
    r"|\band\s+that\s"  # "the status is Active and that the utilization shows 1.6%": two checks (narrative)
    r"|\b(?:disappears|vanishes|closes|goes\s+away)\s+and\s"  # "The dialog disappears and X is still listed": two statements
    r"|,\s*[\w ]+\s(?:shown|visible|displayed|listed|gone|open)$"  # "Open app, login page shown": a note after the action
    r"|\bcell\s+(?:for|of)\s"  # "the Last Checked cell for Globex Blog": a column and a row (narrative)
    r"|\band\s+(?:search|look)\s+for\b|\band\s+(?:go|navigate)\s+to\b"  # "Open the device list and search for X": two actions
    r"|\band\s+(?:save|submit|confirm|accept|click|press|tick|untick|check|uncheck|select|choose|type|enter|fill|open|expand)\b|^(?:there|it|this|that|they|these|those|none|every|each|(?:the\s+)?others|(?:the\s+)?rest)$|\bchanges\s+to\b|\sas\s+(?:the|who|what|which|my|your)\s"
    r"|^(?:every|each|none\s+of|all\s+\d+)\s|^(?:all|both)\s+(?:the\s+)?(?:rows|items|entries|cards|results|lines)$"  # "Every row shows EPFL": each of them, never an element named "Every row"
    r"|^(?:its|their)\s"  # "Its affiliation is …": of the item the step before named (narrative)
    r"|(?:,\s*|\s)(?:and\s+)?then\s"  # "Open Settings, then Members": one after the other, never a name
    r"|\sand\s+\S+(?:\s+\S+){0,2}\s+rows$"  # "the Customer and SuperAdmin rows": two rows, never one element
    r"|\b(?:in|on|of|from)\s+(?:that|this|the\s+same)\s+(?:row|card|line|entry|item|tile)\b"  # "in that row": the one named before
    r"|^in\s+the\s+[^,\"“]+,"  # "In the DCIM widget, Devices …": where first, then what (narrative)
    r"|^list\s+of\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s"  # "a list of 5 projects": a count
    r"|\bis\s+(?:empty|blank)\s+and\b|\b(?:is|are)\s+by\s"  # "the last comment is by jonas and reads …": who wrote it
    r"|\bat\s+the\s+(?:top|bottom|upper|lower)[- ](?:left|right)\b.*\sof\s+the\s"  # "the + button at the bottom left of the sidebar"
    r"|^[^()]*\)|\([^()]*$"  # a bracket opened or closed in a name, not both: an aside cut in two
    r"|^the\s+(?:tabs|buttons|fields|links|columns|checkboxes|options|icons)\s"  # "the tabs Account": a kind, then its names
    r"|^(?:at|near|below|above|under)\s+the\s+\w+(?:\s+of\s+the\s+\w+)?\s+(?:it|there)$"  # "At the bottom it says …"
    r"|^(?:i|we|you|me|us)$"  # a person is never an element ("I should be back on …": where the person is)
    r"|^(?:exactly|only|just|at\s+least|at\s+most)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s"  # a count
    r"|^one\s+(?-i:[a-z]+)$"  # "One topic is found, …": a count, no name
    r"|^row\s+\d+$"  # "Row 1 is …": the first row (narrative)
    r"|^only\s+(?-i:[a-z])[\w.@-]*$"  # "Only kpatel is listed": the one row left, never an element named "Only kpatel"
    r"|:\s+(?:the|a|an)\s"  # "You are sent to the login page: the URL …": a statement, then a check
    r"|^under\s+[^,\"“]+,"  # "Under Permissions, the Group …": where first, then what (narrative)
    r"|\band\s+\S+\s+as\s+\S"  # "Username and Tide-Pool-2026 as Password": two fields filled (narrative)
    r"|\band\s+\S+\s+(?:in|on|at)\s+the\s"  # "first row and Projects in the last": two statements
    r"|^[^'\"“”]*[\"“”]",  # a quote inside a bare name (a name quoted whole, 'OWASP "King" Mask', keeps its quotes)
    re.IGNORECASE,
)
_TEXT_OF_PAGE = re.compile(r"^(?:article|post|page|entry|document|main|body)\s+(?:text|content|body)$", re.IGNORECASE)  # checked: the page's text (narrative)
_A_POSTS_TEXT = re.compile(r"^(?:post|entry|article)\s", re.IGNORECASE)  # a form's field for what a post says
_VALUES_WITH = re.compile(r"^[^\"“]+?\s+with\s+(?:(?:id|no\.?|number)\s+)?[#$€£]?\d[^\"“]*$", re.IGNORECASE)
_PAGE_WORDS = re.compile(r"(?:page(?:'s)?\s+)?(?:page|title|main|top)", re.IGNORECASE)
_COUNT_OF = re.compile(r"^(?:a|the)\s+(?:count|number|total)\s+of\s+\d+$", re.IGNORECASE)
_SENTENCE_ENDED = re.compile(r"\.\s+(?-i:[A-Z])")
_QUOTES = (('"', '"'), ("“", "”"))
_CLAUSE_IN_VALUE = re.compile(r"\.\s+(?-i:[A-Z])|\s(?:and|but)\s+(?:the\s+[\w -]+?\s+|[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:is|are|has|have|shows?|says|reads)\s|\sas\s+the\s+(?-i:[a-z])"
                              r"|^the\s+(?:first|second|third|last)\s+[a-z]+$"  # "X is the last row": where, not what
                              r"|^the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))(?:\s+(?-i:[a-z]+))?\s+is\s"  # "…, the third is Y", "… and the last row is Y": the next item
                              r"|\s(?:in|on)\s+the\s+(?:sidebar|header|footer|navigation|menu|table|list)$", re.IGNORECASE)  # where it is shown
_COUNT_AS_TEXT = re.compile(r"^\d+\s+[a-z][\w-]*s\b", re.IGNORECASE)  # "3 bundles" checked as a text of "the Bundles page"


# "Website Relaunch and Mobile App are shown": names joined by "and" said with "are" are two names, not one
_PLURAL_SHOWN = re.compile(r"\bare\s+(?:now\s+|still\s+)?(?:shown|listed|visible|displayed)\b", re.IGNORECASE)


def _implausible(intent: rules.Intent, sentence: str) -> bool:
    target = intent.target
    if intent.action in (A.EXPECT_VISIBLE, A.EXPECT_TEXT, A.EXPECT_EACH) and _NONE_SAID.match(sentence):
        return True  # "Verify no recipe named "X" is shown": that it is not there, never that it is
    if (intent.action in (A.EXPECT_VISIBLE, A.EXPECT_TEXT, A.EXPECT_EACH) and re.match(r"no\s", intent.value or "")
            and not _quoted_in(intent.value or "", sentence)):
        return True  # "The page has no Log in link": that it is not there, never the words "no Log in link"
    if intent.action in (A.EXPECT_VISIBLE, A.EXPECT_TEXT) and re.match(r"(?:an?\s+|the\s+)?[a-z][\w-]*\s+[\"“]", intent.value or "") \
            and not _quoted_in(intent.value or "", sentence):
        return True  # 'The page show heading "X" and a section "Y"': a kind, then a name in quotes, never one text
    if intent.action is A.EXPECT_TEXT and re.match(r"(?i)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last)(?:\s+and\s|$)", intent.value or ""):
        return True  # "Emma (1815) is second and …": a place in a list (narrative), never the words "second and …"
    if target is not None and not target.exact and _CLAUSE_IN_NAME.search(target.text) and f"“{target.text}”" not in sentence:
        return True  # (a text said whole in curly quotes is as written, its own quotes and words kept)
    if target is not None and not target.exact and _MODAL_IN_NAME.search(target.text) and not _quoted_in(target.text, sentence):
        return True  # "the URL should contain …": what should hold, never a name (a quoted text keeps its "must")
    if target is not None and not target.exact and _TEXT_OF_PAGE.match(target.text) and not (intent.action is A.FILL and _A_POSTS_TEXT.match(target.text)):
        return True  # "the post content shows …", "into the page body": the text of the page; "Fill in the post content" is a field
    if target is not None and _SENTENCE_ENDED.search(target.text) and not _quoted_in(target.text, sentence):
        return True  # "the heading is visible. Click Save": a sentence ended inside a name no quote holds
    if target is not None and not target.exact and re.search(r"\s+and\s+(?:then\s+)?(?:its|their)\s", target.text) and not _quoted_in(target.text, sentence):
        return True  # "Open the Mobile App project and its Release 2.0 board": two places, one after the other (narrative)
    if (target is not None and not target.exact and re.match(r"\d+\s+(?:of\s+the\s+)?[a-z]+s$", target.text) and not _quoted_in(target.text, sentence)
            and not (target.region == "footer" and _PAGER_TOTAL.fullmatch(target.text))):
        return True  # "2 switches show OFF": a count of things, not a name (narrative); "the footer says 3 elements" is its text
    if target is not None and target.scope and target.scope.lower() not in _PRONOUNS and _CLAUSE_IN_NAME.search(target.scope):
        return True  # "… next to the Tags heading (the three-lines icon)", "Every row has …": an aside or a clause read as where
    quoted = intent.value is not None and _quoted_in(intent.value, sentence)
    if (intent.action is A.EXPECT_TEXT and target is not None and not target.exact and target.text.lower() in ("button", "link", "tab", "toggle")
            and not (target.scope or target.position or target.section) and (target.region or "top").split()[0] in ("top", "bottom", "left", "right")):
        return True  # "the button now reads Light theme": the button named so (narrative), no element is named "button"
    if intent.action.is_assertion and target is not None and not target.exact and (
            re.fullmatch(r"(?i)no\s+[a-z]+|no|none|nothing|nobody|neither", target.text) or re.match(r"no\s|No\s+[a-z]", target.text)):
        return True  # "No bookmark shows the marker": none of them, not an element named "No bookmark" ("Click No thanks" is one)
    if any(";" in said and not _quoted_in(said, sentence) for said in (target.text if target else "", intent.value or "")):
        return True  # "Only A is listed; B is not shown": two statements, never one name or text
    if target is not None and target.role_hint == "columnheader" and not target.exact and re.search(r"\s(?:in|of|on)\s+the\s", target.text):
        return True  # "the sort arrows in the Name column header": a control in that header, never a header so named
    if intent.action.is_assertion and target is not None and not target.exact and re.match(r"(?i)only\s", target.text):
        return True  # "Only Liam Novak is shown": that one and no other (narrative), never an element named "Only Liam Novak"
    if intent.action is A.EXPECT_TEXT and not quoted and re.fullmatch(r"(?i)(?:an?|the|some)\s+(?:validation\s+)?(?:error|warning)(?:\s+message)?", intent.value or ""):
        return True  # "the Email field shows an error": an error by the field, never the words "an error" typed in it
    if intent.action is A.EXPECT_TEXT and target is not None and target.text.lower() == "url" and target.role_hint is None:
        return True  # "the URL is the home page": an address is checked as one, never as the text of an element
    if intent.action is A.EXPECT_TEXT and not quoted and _KIND_OF_VALUE.match(intent.value or ""):
        return True  # "shows the state withdrawn", "the code order-manager": the value is what it shows (narrative)
    if intent.action is A.FILL and not quoted and _NEXT_FIELD_FILLED.search(intent.value or ""):
        return True  # "Fill the Name field with Bob and the Age field with 12": two fields, never one value
    if intent.action is A.EXPECT_TEXT and not quoted and re.match(r"(?i)(?:only|just|exactly|the\s+only)\s", intent.value or ""):
        return True  # "the list shows only A, B and C", "Carol is the only member": those and no other (narrative)
    if intent.action is A.EXPECT_TEXT and not quoted and re.match(rf"(?i){narrative.N}\s+[a-z][\w-]*s\s*(?::|[-–—]\s)", intent.value or ""):
        return True  # "the schema browser lists 3 tables: customers, …": a count, then which (narrative)
    if intent.action is A.EXPECT_TEXT and not quoted and _COUNT_OF.match(intent.value or ""):
        return True  # "shows a count of 4": the number is what it shows (narrative)
    if intent.action is A.EXPECT_TEXT and not quoted and _VALUES_WITH.match(intent.value or ""):
        return True  # "The first row is api with 2 bookmarks": two values of the row, not one text (narrative)
    if intent.action is A.EXPECT_TEXT and target is not None and target.role_hint == "heading" and _PAGE_WORDS.fullmatch(target.text):
        return True  # "The page title heading is X": the page's heading says X, no heading is named "page title"
    if intent.action is A.EXPECT_TEXT and not quoted and re.match(r"(?i)(?:written\s+|posted\s+)?by\s", intent.value or ""):
        return True  # "the first comment is by lena": who wrote it, shown as the name (narrative), not the words "by lena"
    if intent.action is A.EXPECT_TEXT and not quoted and _CONTROLS_AS_TEXT.match(intent.value or ""):
        return True  # "the form shows a Username field, a Password field": controls, not a text
    if target is not None and not target.exact and " and " in target.text and _PLURAL_SHOWN.search(phrases.as_read(sentence)):
        return True  # "Web, Data Science and Community are shown": three names (narrative), never one
    if (intent.action is A.EXPECT_TEXT and not quoted and intent.also and _COUNT_AS_TEXT.fullmatch(intent.value or "")
            and not all(re.fullmatch(r"\d+\s+[a-z][\w -]*", v, re.IGNORECASE) for v in intent.also)):  # "2 tasks, 2 notes and 1 project": texts
        return True  # "Help & Support shows 2 forums, Installation and Bug Reports": a count, then which (narrative)
    if intent.action is A.EXPECT_TEXT and any(_CLAUSE_IN_VALUE.search(v) and not _quoted_in(v, sentence) for v in intent.also):
        return True  # "The second row is A, the third is B": each its own row (narrative), not three texts of one
    if intent.action is A.EXPECT_TEXT and not quoted and _CLAUSE_IN_VALUE.search(intent.value or ""):
        return True  # "January is €1,690.34 and is the last row", "shows Uma as the payer": not one text to read
    if (intent.action is A.EXPECT_TEXT and not quoted and target is not None and re.fullmatch(r"(?-i:[a-z]+)", target.text)
            and not (target.scope or target.region or target.exact or target.descriptor or target.role_hint)
            and _COUNT_AS_TEXT.fullmatch(intent.value or "")):
        return True  # "the cookbook shows 2 recipes": a count of recipes (narrative), never the text "2 recipes"
    if (intent.action is A.EXPECT_TEXT and not quoted and target is not None and target.text.lower().endswith((" table", " list"))
            and re.search(r"(?i)\blists\b", sentence) and _COUNT_AS_TEXT.fullmatch(intent.value or "")):
        return True  # "the expenses by month table lists 4 months": a count, never the text "4 months"
    return (intent.action is A.EXPECT_TEXT and target is not None and (target.text.lower().endswith(" page") and not target.exact
            or target.role_hint == "tab" and re.search(r"(?i)\blists\b", sentence) is not None)
            and _COUNT_AS_TEXT.match(intent.value or "") is not None)  # 'the "Comments" tab lists 7 comments': a count


def _structured(step: model.SuiteStep, index: int) -> model.PlannedStep:
    action = _STRUCTURED_ACTIONS.get((step.action or "").strip().lower().replace("-", "_").replace(" ", "_"))
    if action is None:
        known = ", ".join(a.value for a in model.Action)
        raise _NotUnderstood(f"unknown action {step.action!r}; use one of {known}", refused=True)
    if action is A.FILL and not step.target and step.value is not None:  # "type" with no field: where the focus is
        action = A.TYPE_TEXT
    if action is model.Action.NAVIGATE and not step.value and step.target:
        step = model.SuiteStep(line=step.line, action=step.action, value=step.target, timeout_ms=step.timeout_ms)
    if action.needs_target and not step.target:
        raise _NotUnderstood(f"action {action.value} needs a target", refused=True)
    valued = (A.FILL, A.SELECT, A.PRESS, A.TYPE_TEXT, A.EXPECT_TEXT, A.EXPECT_URL, A.EXPECT_TITLE, A.EXPECT_PAGE, A.NAVIGATE, A.EXPECT_COUNT,
              A.EXPECT_ORDER, A.EXPECT_STATE, A.EXPECT_VALUE)
    if action in valued and step.value is None:
        raise _NotUnderstood(f"action {action.value} needs a value", refused=True)
    if action is A.EXPECT_ATTRIBUTE:
        raise _NotUnderstood("expect_attribute needs a sentence: Verify the About link has attribute href \"/about\"", refused=True)
    target = (
        model.Target(text=step.target, role_hint=step.role, scope=step.scope) if step.target else None
    )
    return model.PlannedStep(
        index=index,
        text=secrecy.mask_placeholders(step.display()),
        action=action,
        target=target,
        value=None if step.value is None else str(step.value),
        match=_STRUCTURED_MATCH.get(action, model.Match.CONTAINS),
        timeout_ms=step.timeout_ms,
        planner=PLANNER_VERSION,
    )


_STRUCTURED_MATCH = {A.EXPECT_TITLE: model.Match.EQUALS, A.EXPECT_COUNT: model.Match.EQUALS, A.EXPECT_ORDER: model.Match.ASCENDING}


_FREE_STEP = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+(?P<text>.+?)\s*$")
_FREE_HEADING = re.compile(r"^\s*[A-Za-z][A-Za-z ]{0,40}:\s*$")  # "Steps:", "Preconditions:"
_FREE_FIELD = re.compile(r"^\s*(?P<name>test|url|expected|expected result)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)


def _parse_free_text(
    text: str, *, start_url: str, base_url: str, line: int | None
) -> tuple[str, list[model.SuiteStep]]:
    steps: list[model.SuiteStep] = []
    expected: set[int] = set()  # indexes of the steps an Expected line made
    for offset, raw in enumerate(text.splitlines()):
        step_line = line + offset + 1 if line is not None else None  # 0: the text is a file of its own
        field = _FREE_FIELD.match(raw)
        if field:
            name, value = field.group("name").lower(), field.group("value")
            if name == "url" and value:
                start_url = urljoin(base_url.rstrip("/") + "/", value)
            elif name.startswith("expected") and value:
                expected.add(len(steps))
                steps.append(model.SuiteStep(line=step_line, text=value))
            continue
        numbered = _FREE_STEP.match(raw)
        if numbered:
            steps.append(model.SuiteStep(line=step_line, text=numbered.group("text")))
        elif steps and _continues(steps[-1].text or "", raw):  # a sentence wrapped onto the next line
            steps[-1] = replace(steps[-1], text=f"{steps[-1].text} {raw.strip()}")
        elif raw.strip() and not _FREE_HEADING.match(raw) and not raw.lstrip().startswith("#"):
            steps.append(model.SuiteStep(line=step_line, text=raw.strip()))  # free-form prose: a step of its own
    steps = [replace(s, text=_expectation_sentence(s.text or "", base_url)) if i in expected else s for i, s in enumerate(steps)]
    return start_url, steps


# a word a sentence does not end on: the next line goes on with it
_OPEN_END = re.compile(r"(?:,|\b(?:and|or|but|the|a|an|of|to|in|on|with|is|are|says|shows|reads|displays|contains|that))$", re.IGNORECASE)


def _continues(sentence: str, raw: str) -> bool:
    """Whether ``raw`` goes on with the sentence of the line before: it starts in lower case, or that sentence broke
    off on a word no sentence ends on ("… the page still says" / ""Authentication" and …")."""
    line = raw.strip()
    if not line or _FREE_HEADING.match(raw) or line.startswith("#"):
        return False
    return line[0].islower() or bool(_OPEN_END.search(sentence.rstrip()))


def _expectation_sentence(value: str, base_url: str) -> str:
    """The Expected line as a verification: the statement itself when the planner reads it as checks ("the error
    "X" is displayed and the URL contains /login"), else the text it names is expected to show."""
    candidate = value if re.match(_ASSERT, value, re.IGNORECASE) else f"Verify {value}"
    try:
        if understand(phrases.split_timeout(candidate)[0]) is not None:
            return candidate
    except rules.Refused:
        pass  # not a verification the rules read
    if narrative.STATES.search(phrases.mask_quoted(value)):  # a statement: told as checks if any retelling reads it
        try:
            _plan_steps(model.SuiteStep(text=candidate), base_url)
            return candidate
        except _NotUnderstood:
            pass
    return f'Verify the page shows "{phrases.strip_quotes(value).rstrip(".")}"'


@lru_cache(maxsize=1)
def _plan_schema() -> dict[str, Any]:
    return bundled.schema("plan")


def validate_plan(plan: model.Plan) -> None:
    validator = jsonschema.Draft202012Validator(_plan_schema())
    error = next(iter(validator.iter_errors(plan.to_json())), None)
    if error is not None:
        where = "/".join(map(str, error.absolute_path))
        raise errors.PactsFarmError(f"plan for {plan.item_key} breaks schemas/plan.schema.json at {where}: {error.message}")
