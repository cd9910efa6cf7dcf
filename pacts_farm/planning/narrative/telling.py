"""Retellings: how each is registered and how a sentence is told again."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pacts_farm import model
from pacts_farm.planning import phrases

A = model.Action
Retold = tuple[str, ...]  # the sentences told instead, one step or more each
Teller = Callable[["Said"], list[Retold]]  # a match -> the ways to tell it again, best first


@dataclass(frozen=True, slots=True)
class Retelling:
    """One narrative form: its name and example (the phrasebook's), what the example plans to, and how it is told
    again (alternatives, tried in order; the first the rules read whole wins)."""

    name: str
    example: str
    kinds: tuple[A, ...]
    pattern: re.Pattern[str]
    retell: Teller
    after: str = ""  # the sentence the example follows, when it refers to it ("They are …")
    checks_by_doing: bool = False  # a check told as an action then its outcome ("Verify bob can log in with …")


@dataclass(frozen=True, slots=True)
class Before:
    """What the step before was about: the group it counted or listed and the one item it named."""

    group: str | None = None
    item: str | None = None
    opened: bool = False  # a step before went somewhere (a click, an address): "its status" is then that page's
    shown: str | None = None  # the one text it checked is shown ('"Deployment Runbook" shows in the results'): what "click it" opens
    only_one: bool = False  # it counted exactly one of the group ("Only one IP address is listed"): that one is "it"


NOTHING_BEFORE = Before()


class Said:
    """A match on the sentence with its quoted values hidden, read back from the sentence as written."""

    def __init__(self, match: re.Match[str], text: str, before: Before) -> None:
        self.match, self.text = match, text
        self.subject = before.group  # what the step before counted or listed ("bookmark"): what "they" are
        self.item = before.item  # the one item it named ("Cyber Owls"): what "it" is
        self.opened = before.opened  # it opened a page: what "its" is when it named no item
        self.shown = before.shown  # the one text it checked is shown
        self.only_one = before.only_one  # the group counted was one: "its" is that one's

    def __getitem__(self, name: str) -> str:
        start, end = self.match.span(name)
        return "" if start < 0 else self.text[start:end].strip()

    def has(self, name: str) -> bool:
        """Whether the sentence said that part (a retelling's patterns may differ in their parts)."""
        return name in self.match.re.groupindex and self.match.span(name)[0] >= 0


RETELLINGS: list[Retelling] = []
_ASSERTED = re.compile(r"^(?:verify|assert|check|ensure|confirm(?!\s+(?:with|by|password|in|on)\b|\s+it$|\s+(?:the|this)\s+(?:deletion|delete|removal|dialog|modal|popup|pop-up|prompt|confirmation|action)$"
                       r"|\s+(?:it|(?:the|this)\s+(?:deletion|delete|removal))\s+(?:in|on)\s+the\b"
                       r"|\s+(?:the|this|that)\s+(?:dialog|modal|popup|pop-up|prompt|confirmation)\b(?=.*\s(?:with|by\s+clicking|using)\s))"
                       r"|expect|validate|make\s+sure)(?:\s+that)?\s+(?=\S)", re.IGNORECASE)


def retelling(
    name: str, example: str, kinds: tuple[A, ...], pattern: str, *, after: str = "", checks_by_doing: bool = False
) -> Callable[[Teller], Teller]:
    """Put above a teller: its phrasebook name, an example, the step kinds the example plans to, its pattern
    (matched with quoted values hidden), for an example that refers to the sentence before, that sentence, and
    whether it tells a check as the action it checks, then the check (the check is then its last step)."""

    def register(retell: Teller) -> Teller:
        RETELLINGS.append(Retelling(name, example, kinds, re.compile(pattern, re.IGNORECASE), retell, after, checks_by_doing))
        return retell

    return register


def retold(sentence: str, before: Before = NOTHING_BEFORE) -> Iterator[Retold]:
    """Each way the sentence may be told again, best first (nothing when no narrative form fits); ``before`` is what
    the step before counted, listed or named, for a sentence that says "they" or "it"."""
    text = phrases.as_read(sentence)
    asserted = _ASSERTED.match(text)
    if asserted:  # "Verify QA Temp Project is not listed": the statement is what is told, and only as checks
        text = text[asserted.end():]
    hidden = phrases.mask_quoted(text)
    for entry in RETELLINGS:
        if asserted and not (entry.checks_by_doing or all(kind.is_assertion for kind in entry.kinds)):
            continue  # a check is never told as an action alone (a fill cannot fail the way a check must)
        match = entry.pattern.match(hidden)
        if match:
            yield from entry.retell(Said(match, text, before))
