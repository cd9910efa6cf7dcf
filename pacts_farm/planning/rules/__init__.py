"""The rules planner's vocabulary: one sentence -> one Intent, or None.

Families are tried in order (navigation, dialogs, lists, state, assertions, waits, inputs, clicks); inside a family,
the rules as registered. Before matching, words that do not change what is checked are dropped: Gherkin
keywords, "please", "then", a subject ("the user clicks"), and a purpose clause after a click
("… to open its details").

A new rule is one entry: its @rule pattern(s) under a @book line giving its name, the step kind it yields and a
(shape, example) per form; tests/unit/test_phrasebook.py plans every example, and docs/phrasebook.md is regenerated
from the table (`python -m pacts_farm.planning.phrasebook docs/phrasebook.md`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import RULES, A, Intent, Refused

# registration order is the order rules are tried: one import per family, in this order
from pacts_farm.planning.rules import navigation  # noqa: E402,F401,I001
from pacts_farm.planning.rules import dialogs  # noqa: E402,F401
from pacts_farm.planning.rules import lists  # noqa: E402,F401
from pacts_farm.planning.rules import named  # noqa: E402,F401
from pacts_farm.planning.rules import contents  # noqa: E402,F401
from pacts_farm.planning.rules import state  # noqa: E402,F401
from pacts_farm.planning.rules import ratings  # noqa: E402,F401
from pacts_farm.planning.rules import assertions  # noqa: E402,F401
from pacts_farm.planning.rules import labelled  # noqa: E402,F401
from pacts_farm.planning.rules import waits  # noqa: E402,F401
from pacts_farm.planning.rules import inputs  # noqa: E402,F401
from pacts_farm.planning.rules import clicks  # noqa: E402,F401

__all__ = ["Intent", "Refused", "SignInByName", "signs_in_as", "understand"]

_TRAIL = re.compile(r"(?:\s*,?\s+please|\s*,?\s+if (?:needed|necessary|present|visible)"
                   r"|\s*,?\s+(?:besides|excluding|not\s+counting|apart\s+from|other\s+than)\s+the\s+header(?:\s+row)?)$", re.IGNORECASE)
_VERBS = (
    "click|tap|press|enter|type|fill|select|choose|pick|check|uncheck|tick|untick|hover|go|navigate|open|visit|add|"
    "remove|wait|sort|clear|reload|refresh|log|sign|submit|scroll|see|verify|expect|input|set|put|write|use|search|"
    "create|delete|edit|save|change|rename|switch|expand|collapse|close|confirm|cancel|upload|dismiss|toggle|filter|leave|look|find|locate"
)
_LEAD = re.compile(
    r"^(?:(?P<gherkin>given|when|then|and|but)\b\s*,?\s+|(?:also|now|please|so|afterwards|after that)\b\s*,?\s+"
    r"|(?:first(?:ly)?|next|finally|lastly|secondly|then|okay|ok|alright|all\s+right|right|well)\s*,\s*|\*\s+|-\s+"
    # "Next I click on the Next button", "Finally click Save": an order word before who acts or what is done
    r"|(?:first(?:ly)?|next|finally|lastly|secondly|at\s+last|in\s+the\s+end)\s+(?=(?:i|we|you|the\s+user)\s|(?:" + _VERBS + r")\b))",
    re.IGNORECASE,
)
# "first book is X", "second one is Y": a note taken fast, the article left out
_BARE_ORDINAL = re.compile(r"^(?=(?:first|second|third|fourth|fifth|last)\s+(?-i:[a-z])[\w-]*\s+(?:is|are|shows?|reads?|says|starts|ends|has)\b)", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:i|we|you|the user|user|the customer|customer|the tester)\s+(?:(?:then|now|also)\s+)?(?=(?:" + _VERBS + r")\w*\b)", re.IGNORECASE)
_CONJUGATED = re.compile(r"^(?P<verb>" + _VERBS + r")(?:es|s)\b", re.IGNORECASE)
# someone a requirement tells of in the third person ("The organiser olga@example.org signs in using …", "A staff
# member opens …", "Tom logs in …", "She can create …"): what they do is the step; a login named after the role is who
# signs in. A name alone is someone only before what people do (a page's "Search finds …" is no one).
_ROLES = (r"administrator|admin|organi[sz]er|owner|member|visitor|guest|analyst|manager|reviewer|speaker|moderator|agent|"
          r"customer|buyer|shopper|seller|user|tester|developer|operator|superuser|teacher|student|librarian|parent|"
          r"participant|requester|submitter|approver|contributor|maintainer|staff|employee|patron")  # not editor, viewer: parts of pages
_PERSON_VERBS = (r"sign|log|open|click|go|visit|type|enter|fill|select|choose|pick|press|submit|add|create|delete|remove|"
                 r"edit|change|save|search|navigate|return|tick|untick|upload|write|set|switch|expand|close|rename|follow")
_PERSONA = re.compile(
    r"^(?:(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:" + _ROLES + r")s?(?:\s+(?P<login>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\$\{[^}]+\}))?"
    r"|he|she|they|(?!(?:" + _VERBS + r")\b)(?-i:[A-Z][a-z]+)(?=\s+(?:" + _PERSON_VERBS + r")(?:es|s)\b))"
    r"\s+(?:(?:can|may|is\s+able\s+to|then|now|also|first)\s+)?(?=(?:" + _VERBS + r")(?:es|s)?(?![\w-]))", re.IGNORECASE)
# "I am logged in as bob …", "The administrator is signed in as …", "Try to sign in as jonas …": signing in, said as a state or as an attempt
_SIGNED_IN = re.compile(r"^(?:(?:i|we|you|the\s+user|(?:the|an?)\s+(?:[a-z-]+\s+)?(?:" + _ROLES + r"))\s+(?:am|are|is|have|has|'m)\s+(?:already\s+)?(?:logged|signed)"
                        r"|(?:(?:i|we|you|the\s+user)\s+)?(?:try|tries|attempts?)(?:\s+again)?\s+to\s+(?:log|sign))\s*(?=in\b)", re.IGNORECASE)
_SIGNS_IN_ALONE = re.compile(r"^(?P<verb>(?:sign|log)\s*in)(?!\s+as\b)\s+", re.IGNORECASE)


def _without_subject(text: str) -> str:
    """The sentence without the person doing it ("I", "the user", "The organiser olga@example.org"), its verb as
    an instruction ("signs in" -> "sign in"); the login named with the role signs in ("… as olga@example.org")."""
    persona = _PERSONA.match(text)
    subject = persona or _SUBJECT.match(text)
    if not subject:
        return text
    text = _CONJUGATED.sub(lambda m: m.group("verb"), text[subject.end():], count=1)
    if persona and persona["login"]:
        text = _SIGNS_IN_ALONE.sub(lambda m: f"{m['verb']} as {persona['login']} ", text, count=1)
    return text


_CLICKISH = re.compile(r"^(?:click|double-click|tap|press|hit|push|select|choose|open|hover|check|uncheck|tick|follow|expand)\b", re.IGNORECASE)
_PURPOSE_VERBS = (
    "open|see|view|display|show|reveal|expand|close|collapse|go|navigate|proceed|continue|submit|confirm|complete|move|jump|focus|"
    "finish|start|begin|access|get|reach|return|load|add|remove|save|apply|dismiss|hide|select|choose|switch|toggle|sort|filter|"
    "buy|purchase|place|read|learn|visit|edit|delete|update|change|reset|search|find"
)
_PURPOSE = re.compile(
    r"(?:\s*,?\s+(?:in\s+order\s+to|so\s+(?:that|as\s+to))\s+.+"
    r"|(?<=[\"”])\s+to\s+\w.*"
    r"|\s+to\s+(?:sign|log)\s+(?:in|out|on|off)"
    r"|\s+to\s+(?:submit|confirm|save|close|dismiss|proceed|finish|complete|sort|filter|expand|collapse|continue|refresh|apply)"
    r"(?:\s+(?:it|them|this|the\s+form|the\s+order|the\s+list|the\s+table|ascending|descending|(?:in\s+)?(?:ascending|descending|reverse)\s+order))?"
    r"|\s+to\s+(?:" + _PURPOSE_VERBS + r")\s+(?:its|the|their|his|her|my|your|our|a|an|it|them|this|that|all|more|some|details?|back|up|down|out|in|into|onto|past)\b.*)$",
    re.IGNORECASE,
)
_STILL = re.compile(r"^(?P<before>[^\"“]*?)\s+(?:still|now|also|already)\s+(?=(?:has|have|holds?|shows?|lists?|contains?|includes?|displays?|reads?|says?|ends\s+with|starts\s+with|equals|listed|shown)\b)", re.IGNORECASE)
# "the URL is back to /bookmarks": where it ends, not a text it shows
_THERE_NOW = re.compile(r"(?<![\w\"“])(?P<there>there\s+(?:are|is))\s+(?:now|still|also)\s+(?=\d|(?:no|one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)
_IS_ALSO = re.compile(r"(?<=\S)\s+(?P<is>is|are)\s+(?:also|still|now)\s+(?=in\s+the\s)", re.IGNORECASE)
_BACK_TO = re.compile(r"^(?P<before>(?:(?:verify|check|assert|ensure|confirm|expect)(?:\s+that)?\s+)?(?:the\s+)?(?:url|address))\s+is\s+(?:now\s+)?back\s+(?:to|at|on)\s+(?=/)", re.IGNORECASE)
_FOUND = re.compile(r"(?<=\S)\s+(?P<is>is|are)\s+(?:also\s+|still\s+|now\s+)?found(?=\s+in\s+the\s|$)", re.IGNORECASE)
_THE_ONE = re.compile(r"\s+is\s+(?:now\s+|still\s+)?the\s+(?P<state>selected|active|current|chosen|highlighted)\s+one$", re.IGNORECASE)
_FROM_THE_PAGE = re.compile(r"^(?P<go>(?:open|go\s+to|navigate\s+to|visit)\s+[^\"“]+?)\s+from\s+the\s+(?-i:[A-Z])[\w' -]*?\s+(?:page|screen)$", re.IGNORECASE)
_AGAIN = re.compile(r"\s+(?:again|once more|one more time)$", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’|(?<!\w)\'[^\']*\'(?!\w)')
_TWO_STEPS = re.compile(
    r"(?:,\s*|\s+)(?:and\s+then|then|and|,\s*and)\s+(?:click|tap|press|verify|assert|check that|ensure|confirm|enter|type|fill|"
    r"select|choose|pick|hit|tick|go to|navigate|open|wait|hover|add|remove|expect|make sure)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no longer|without|cannot)\b|n't\b|\bnot?\s+(?:more|longer)\b", re.IGNORECASE)
_JOINED = re.compile(r"[\w@]+(?:[-._@/+][\w@]+)+")  # one token of words joined by - . _ @ / +: a value or a name
# actions whose rules read the negation themselves: hidden, a state such as "not disabled", a count of "no" items
_NEGATABLE = {A.EXPECT_HIDDEN, A.EXPECT_STATE}
_NEGATED_MATCHES = {model.Match.NOT_CONTAINS}
_STATEMENT = re.compile(r"^(?:(?:the|a|an|i|we|there|no|url|page|title|exactly|at least|at most|only|all|every|each)\b|\d|[\"“])", re.IGNORECASE)
# a statement that starts with a name ("Mobile App is not shown anywhere"): what should hold, by its verb
_SAYS_WHAT_HOLDS = re.compile(r"^(?!(?i:verify|assert|check|ensure|confirm|expect|validate|make|click|tap|type|fill|enter|select|choose|"
                              r"go|open|close|press|wait|hover|search|scroll|set|add|remove|delete|log|sign)\b(?!\s+(?:button|field|box|link|tab|icon|bar|input|dialog|form)\b))[\"“]?(?:[A-Z]|[a-z][a-z0-9]*_\w)[^\"“”]*?[\"”]?\s+(?:is|are|shows?|appears?|has|have|lists?|reads?|says?|contains?|disappears?|remains?)\b")
_GIVEN_OPENED = re.compile(r"^(?:i|we|the\s+user)\s+(?:have\s+|has\s+|'ve\s+)?(?:opened|open|am\s+viewing|are\s+viewing|is\s+viewing)\s+(?P<rest>.+)$", re.IGNORECASE)
_LISTING_PAGE = re.compile(r"^(?P<name>the\s+[\w' -]+?)\s+(?:table|list|listing|view|screen|overview)$", re.IGNORECASE)
# "Given I am not logged in", "Given I am an anonymous visitor on the ticket form": signed out, as every test starts
# (a fresh browser, no session), then where, if said
_SIGNED_OUT = re.compile(r"^(?:i\s+am|i'm|we\s+are|the\s+user\s+is)\s+(?:not\s+(?:logged|signed)\s+in|logged\s+out|signed\s+out|"
                         r"an?\s+(?:anonymous\s+)?(?:visitor|guest)(?:\s+who\s+(?:is\s+not|has\s+not|hasn't)\s+(?:logged|signed)\s+in)?|anonymous)"
                         r"(?:\s+(?P<on>(?:on|at)\s+.+))?$", re.IGNORECASE)
_GIVEN_ON = re.compile(r"^(?:i\s+am|we\s+are|the\s+user\s+is|user\s+is)\s+(?:on|at)\s+(?P<rest>.+)$", re.IGNORECASE)


def understand(sentence: str) -> Intent | None:
    """The intent of one sentence, or None (raises Refused with a hint for phrasings refused on purpose)."""
    text, keyword = normalise(sentence)
    if _TWO_STEPS.search(_QUOTED.sub('""', text)):
        _no_password_said(text)  # "Log in as admin and open Documents", no account admin: say how to define one
        raise Refused(
            "one step per line: split it where the second action starts (… then click …, … and verify …)", claude_may_read=True
        )
    fact = said_as_fact(text)  # "should not be listed" as "is not listed": a second reading, when the first reads nothing
    intent = _first_rule(text) or _first_rule(fact)
    if intent is not None:
        return _negation_kept(text, intent)
    signed_out = _SIGNED_OUT.match(text)
    if signed_out and keyword == "given":
        on = signed_out.group("on")
        return understand(f"Given I am {on}") if on else _first_rule("Wait for the page to load")
    given = _GIVEN_ON.match(text)
    if given and keyword in ("given", "when"):  # "Given I am on /login": where the test starts; "… on the Lentil Soup recipe": opened
        rest = _LISTING_PAGE.sub(r"\g<name> page", given.group("rest"))  # "on the books table": the page that lists them
        return _first_rule(f"Go to {rest}") or _first_rule(f"Open {given.group('rest')}")
    opened = _GIVEN_OPENED.match(text)
    if opened and keyword == "given":  # "Given I have opened the document X": opened now, as the test starts
        return _first_rule(f"Open {opened.group('rest')}")
    if given and keyword != "then":
        rest = given.group("rest")
        raise Refused(f"to start there, say Go to {rest}; to check it, say Verify the URL contains {rest}")
    if (_STATEMENT.match(text) or _SAYS_WHAT_HOLDS.search(text) or _SAYS_WHAT_HOLDS.search(fact)) and keyword != "given":
        # "Then the cart badge shows 1", "Branch Library should not be listed": what should hold
        intent = _first_rule(f"Verify {text}") or _first_rule(f"Verify {fact}")
        return _negation_kept(text, intent) if intent is not None else None
    _no_password_said(text)
    return None


def _no_password_said(text: str) -> None:
    """"Log in as bob" (and what follows) where the suite has no account or auth flow bob: the loader runs one it has."""
    named = _SIGN_IN_BY_NAME.match(phrases.without_end_mark(text))
    if named:
        who = named.group("name")
        raise Refused(f"no password said for {who}: add {who} under accounts: (accounts: {who}: {{password: …}}) or define "
                      f"an auth flow named {who}, and this step signs in with it; or say it: Log in as {who} with password …")


_SIGN_IN_BY_NAME = re.compile(
    r"^(?:(?P<out>log\s*out|sign\s*out|logout)\s*,?\s+(?:and\s+)?(?:then\s+)?)?"  # "Log out and log back in as lena"
    r"(?:(?:make|do)\s+(?:the\s+|a\s+)?)?(?:log|sign)\s*(?:back\s+)?in\s+(?:as|like|with(?=\s+\S+$))\s+(?:the\s+)?(?P<quote>[\"“])?(?P<name>[\w.@-]*\w)(?(quote)[\"”])(?:\s+user)?"
    r"(?:\s*\((?:the\s+|a\s+|an\s+)?[a-z][a-z -]*\))?"  # "Log in as theo (moderator)": who theo is
    r"(?:\s+(?:with|using)\s+(?:his|her|their|its|the)\s+(?:own\s+|normal\s+|usual\s+|correct\s+|right\s+|real\s+)?(?:password|auth\s+string|access\s+key|credentials))?"
    r"(?:(?:\s*,\s*(?:and\s+then\s+|and\s+|then\s+)?|\s+(?:and\s+then|and|then)\s+)(?!(?:with|using|password|pw|whose|who|which|where)\b)(?P<then>\S+\s+\S.*)"
    r"|\s+(?P<on>(?:on|viewing)\s+\S.*))?$",
    re.IGNORECASE,
)
_BEING_THERE = re.compile(r"^(?:(?:I\s+)?am\s+)?(?:on|at|viewing|looking\s+at)\s+", re.IGNORECASE)


class SignInByName(NamedTuple):
    """A sentence that signs in by a name alone, and what it says to do next, if anything."""

    name: str
    then: str  # "open the Authors list", "Go to the Maintenance page"; "" when nothing follows
    first: str = ""  # "Click log out" when the sentence signs out first; "" otherwise


def says_signed_out(sentence: str) -> bool:
    """Whether a Given says the test starts signed out ("Given I am not logged in")."""
    text, keyword = normalise(sentence)
    return keyword == "given" and _SIGNED_OUT.match(text) is not None


def signs_in_as(sentence: str) -> SignInByName | None:
    """"Log in as admin", "Given I am logged in as Admin", "Sign in as the admin user.", "Log in as admin and open
    Documents", "Given I am logged in as admin and on the Maintenance page": the name signed in by and what follows,
    or None; the suite loader runs the account or auth flow of that name there."""
    named = _SIGN_IN_BY_NAME.match(without_lead(phrases.without_end_mark(phrases.CHECKLIST_LABEL.sub("", sentence))))
    if not named:
        return None
    then = phrases.HAVE_OPENED.sub("Open ", named.group("on") or named.group("then") or "")  # "… and have opened the Budget file"
    there = _BEING_THERE.match(then)  # "… and on the Maintenance page", "… and viewing the VLAN list": opened there
    first = f"Click {named.group('out')}" if named.group("out") else ""
    return SignInByName(named.group("name"), f"Go to {then[there.end():]}" if there else then, first)


def _negation_kept(text: str, intent: Intent) -> Intent:
    """A "not" outside quotes must be read by a rule made for it (hidden, unchecked, disabled…), never dropped:
    "the page does not show Products" read as "shows Products" would pass when it should fail."""
    said = _JOINED.sub("x", _QUOTED.sub('""', text))  # "not-the-password" is a value, not a negation
    as_shown = re.fullmatch(r"[A-Z][a-z]+|(?!(?:Not|Never|No|Without|Cannot)\b)[A-Z][\w'-]*(?:\s+[\w'.-]+)+", intent.value or "")
    if intent.value and (as_shown or intent.action is A.EXPECT_TITLE) and said.endswith(" " + intent.value):
        # "the row shows Never", "the last row is Password reset email never arrives": a capitalised value ends the
        # sentence and is checked word for word, its "never" with it; a title unquoted is the rest of the sentence
        said = said[: -len(intent.value)]
    if intent.action in _NEGATABLE or intent.match in _NEGATED_MATCHES or not _NEGATION.search(said):
        return intent
    raise Refused(
        'this "not" is not understood here: say it as Verify "X" is not visible or Verify the page does not show "X",'
        ' and quote a value that contains "not"'
    )


def without_lead(sentence: str) -> str:
    """The sentence without its Gherkin keyword, filler lead words and the person doing it ("When I submit the
    form" -> "submit the form"), and nothing else changed: as the narrative retellings read it."""
    text = " ".join(sentence.strip().split())
    while True:
        lead = _LEAD.match(text)
        if not lead or lead.end() >= len(text):
            break
        text = text[lead.end():]
    text = _without_subject(_BARE_ORDINAL.sub("the ", _SIGNED_IN.sub("Log ", text)))
    return phrases.in_plain_words(text)


def normalise(sentence: str) -> tuple[str, str | None]:
    """The sentence without filler, and its Gherkin keyword (given/when/then/and/but) if it had one."""
    text = phrases.without_filler(" ".join(phrases.without_end_mark(sentence).split()))
    keyword = None
    while True:
        lead = _LEAD.match(text)
        if not lead or lead.end() >= len(text):
            break
        if lead.group("gherkin") and keyword is None:
            keyword = lead.group("gherkin").lower()
        text = text[lead.end():]
    text = _TRAIL.sub("", text)
    text = _STILL.sub(lambda m: m.group("before") + " ", text, count=1)  # "the table still has 3 rows", "the page also says": has, says
    text = _THERE_NOW.sub(lambda m: m.group("there") + " ", text, count=1)  # "there are now 2 comments": there are 2
    text = _IS_ALSO.sub(lambda m: " " + m.group("is") + " ", text, count=1)  # "X is also in the results": X is in the results
    text = _BACK_TO.sub(lambda m: m.group("before") + " ends with ", text, count=1)
    text = _FOUND.sub(lambda m: " " + m.group("is") + " listed", text, count=1)  # "X is also found": listed, never a role called found
    text = _THE_ONE.sub(lambda m: " is " + m.group("state"), text, count=1)  # "the Pins tab is the selected one": selected
    text = _FROM_THE_PAGE.sub(lambda m: m.group("go"), text, count=1)  # "Open Expense Policy from the Handbook page": by its link there
    text = phrases.in_plain_words(_without_subject(_BARE_ORDINAL.sub("the ", _SIGNED_IN.sub("Log ", text))))
    if _CLICKISH.match(text):  # "Click the burger icon again": a repeated click is a click
        text = _AGAIN.sub("", _without_purpose(text))
    return text, keyword


# "the heading should read X": a statement is what should hold, so "should read" says what "reads" says
_SHOULD = re.compile(r"\b(?:should|must)\s+(?P<verb>read|say|show|display|contain|include|list|have|appear|disappear|remain|equal|open|load|close|"
                     r"match|start\s+with|begin\s+with|end\s+with)\b", re.IGNORECASE)
_THIRD_PERSON = {"have": "has", "match": "matches"}


def said_as_fact(text: str) -> str:
    """The first "should VERB" outside quotes as the verb's present tense ("should read" -> "reads", "should now be"
    -> "is", "should not be" -> "is not", "should no longer be" -> "is no longer"): a second reading when the sentence as written is not read."""
    masked = _masked(text)
    be = _SHOULD_BE.search(masked)
    if be is not None and _A_PERSON.match(masked):
        return text  # "I should be logged in": about the person, no element says it
    if be is not None:
        negation = (be.group("not") or "").split()
        return text[:be.start()] + " ".join(["is", *negation]) + text[be.end():]
    should = _SHOULD.search(masked)
    if should is None:
        return text
    verb, *rest = should.group("verb").lower().split()
    said = " ".join([_THIRD_PERSON.get(verb, verb + "s"), *rest])
    return text[:should.start()] + said + text[should.end():]


_A_PERSON = re.compile(r"(?:i|we|you|they|he|she|(?:the\s+)?(?:user|customer|visitor|admin))\s+(?:should|must)\b", re.IGNORECASE)
_SHOULD_BE = re.compile(r"\b(?:should|must)\s+(?P<not>not\s+|no\s+longer\s+)?(?:now\s+|still\s+|also\s+)?be\b", re.IGNORECASE)


def _masked(text: str) -> str:
    """The text with each quoted value's inside blanked (same length), so patterns read only the words around it."""
    return _QUOTED.sub(lambda q: '"' + "x" * (len(q.group()) - 2) + '"', text)


def _without_purpose(text: str) -> str:
    """The sentence without its purpose clause, found outside quotes only ('Click "Click to Reset It"' keeps it)."""
    purpose = _PURPOSE.search(_masked(text))
    return text[: purpose.start()] if purpose else text


def _first_rule(text: str) -> Intent | None:
    for pattern, builder in RULES:
        match = pattern.match(text)
        if match:
            intent = builder(match)
            if intent is not None:
                return intent
    return None
