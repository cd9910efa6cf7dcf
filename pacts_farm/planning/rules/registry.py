"""The rules planner's registry: (pattern, builder) pairs tried in order, the intent a builder returns,
and the shared pieces of pattern every family of rules uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pacts_farm import model
from pacts_farm.planning import phrases

A = model.Action


@dataclass(frozen=True, slots=True)
class Intent:
    """What one sentence asks for, before it becomes a PlannedStep."""

    action: model.Action
    target: model.Target | None = None
    value: str | None = None
    match: model.Match = model.Match.CONTAINS
    attribute: str | None = None
    home: bool = False  # the suite's base URL: navigated to ("Open the home page") or the address checked ("I land on the home page")
    also: tuple[str, ...] = ()  # more values checked the same way, one step each ("the cart lists A, B and C")
    timeout_ms: int | None = None  # the step's own patience when the sentence names none ("Wait until … disappears")


class Refused(Exception):
    """A phrasing the rules refuse on purpose (a fixed wait, a sentence that could mean two things).

    No planner reads it, unless ``claude_may_read``: a sentence with two actions is fine for the Claude planner,
    which may answer several steps for one sentence; the rules only say how to split it.
    """

    def __init__(self, hint: str, *, claude_may_read: bool = False) -> None:
        self.hint = hint
        self.claude_may_read = claude_may_read


Builder = Callable[[re.Match[str]], "Intent | None"]
RULES: list[tuple[re.Pattern[str], Builder]] = []


@dataclass(frozen=True, slots=True)
class Form:
    """One way to say it: the shape (CAPS words stand for what you write) and a sentence of that shape."""

    shape: str
    example: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A rule's page in the phrasebook (docs/phrasebook.md, `pacts-farm phrases`): what it is called, the
    typed step its sentences become (None: refused on purpose, with a hint), and every form it accepts."""

    name: str
    yields: model.Action | None
    forms: tuple[Form, ...]
    family: str


# builder -> its phrasebook entry; tests/unit/test_phrasebook.py fails for a rule without one, or for a pattern
# that none of its entry's examples matches
BOOK: dict[Builder, Entry] = {}


def book(name: str, yields: model.Action | None, *forms: tuple[str, str]) -> Callable[[Builder], Builder]:
    """Put above a builder's @rule lines: its name, the step kind it yields and (shape, example) per form."""

    def register(builder: Builder) -> Builder:
        family = builder.__module__.rsplit(".", 1)[-1]
        BOOK[builder] = Entry(name, yields, tuple(Form(shape, example) for shape, example in forms), family)
        return builder

    return register


def rule(pattern: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        RULES.append((re.compile(pattern, re.IGNORECASE), builder))
        return builder

    return register


VALUE = phrases.quoted("value")
TEXT = phrases.quoted("text")
ASSERT = r"^(?:verify|assert|check|ensure|confirm|expect|validate|make sure)(?:\s+that)?\s+"
VISIBLE = r"(?:visible|displayed|shown|present|listed|on the page|on screen)"
SHOWS = r"(?:shows?|displays?|contains?|includes?|lists|has|says|reads)(?:\s+(?:the\s+)?text)?"
# words that name a label whose value is shown ("the status is Active"), never an element with a state of its own
LABEL_NOUN = re.compile(r"\b(?:status|state|stage|phase|condition|availability|health)(?:\s+(?:of|for)\s+.+)?$", re.IGNORECASE)
# an unquoted value runs to the end of the sentence; these words after "is" describe a state, not a value
STATE_WORDS = re.compile(
    r"^(?:not\b|no longer\b|now\b|still\b|visible|invisible|hidden|displayed|shown|present|gone|enabled|disabled|"
    r"checked|unchecked|selected|empty|focused|in focus|editable|read-?only|active|inactive|clickable|greyed out|"
    r"grayed out|sorted|ordered|listed|loaded|open|opened|closed|expanded|collapsed|correct|updated|available|"
    r"in\b|on\b|at\b|under\b|inside\b|within\b|below\b|above\b|next to\b|removed|added|there)",
    re.IGNORECASE,
)


def target_from(match: re.Match[str], name: str = "target", scope: str | None = None) -> model.Target:
    return phrases.parse_target(match.group(name), scope=scope)


_MARKER = re.compile(r"(?:the|an?)\s+(?P<word>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:marker|badge|label|flag|pill|chip)", re.IGNORECASE)


# "the project name Website Relaunch": what the name is of, then the name as written
_NAMED = re.compile(r"the\s+" + phrases.NAME_KIND + r"\s+" + phrases.NAME_SAID, re.IGNORECASE)


# "ticket #3", "issue #12": the number the page shows, the kind said before it
_NUMBERED = re.compile(r"(?:the\s+)?(?:ticket|issue|task|bug|story|card|item|order|invoice|request|pr|pull\s+request|merge\s+request)\s+(?P<number>#\d+)", re.IGNORECASE)


def value_of(match: re.Match[str], name: str) -> str:
    """A value as written: quoted ("…" or “…”) or bare to the end of its group; a bare "the Unread marker" is the
    word the marker shows, "the project name Website Relaunch" the name."""
    value = phrases.group(match, name)
    if value is None:
        return ""
    if phrases.was_quoted(match, name):
        return phrases.strip_quotes(value)
    marker, named = _MARKER.fullmatch(value.strip()), _NAMED.fullmatch(value.strip())
    numbered = _NUMBERED.fullmatch(value.strip())
    return marker["word"] if marker else named["name"] if named else numbered["number"] if numbered else phrases.strip_quotes(value)


# 'go.mariablog.test with the homepage https://…': a name, then a fact of its row; never one text a list shows
NAME_WITH_FACT = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+with\s+(?:the\s+|an?\s+)?(?-i:[a-z][\w-]*)\s+\S")


def unquoted(name: str) -> str:
    """A group that takes a quoted value, or a bare one (at least one character that is not a quote)."""
    return rf'(?:{phrases.quoted(name)}|(?P<{name}>[^"“”\s][^"“”]*?))'


def with_role(target: model.Target, role: str) -> model.Target:
    """The target with a role when the sentence named none; a field's "name"/"title" is its label, not a descriptor."""
    descriptor = None if role in ("textbox", "combobox") and target.descriptor in ("name", "title", "box") else target.descriptor
    text = target.text
    if role == "combobox" and target.role_hint is None and not target.exact:
        text = re.sub(r"(?<=\S)\s+list$", "", text)  # "from the Quantity list": the Quantity dropdown
    if role == "textbox" and target.role_hint is None and not target.exact:
        text = re.sub(r"(?<=\S)\s+filter$", "", text)  # "in the Title filter": the field that filters by Title
    return model.Target(
        text=text, role_hint=target.role_hint or role, scope=target.scope, exact=target.exact,
        position=target.position, region=target.region, descriptor=descriptor, section=target.section,
        scope_box=target.scope_box,
    )
