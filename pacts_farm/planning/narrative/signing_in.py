"""Signing in said in a tester's own words, and checks that a sign-in works or is refused.

Each form is told as the one sentence the sign-in rules read ("Log in as bob with password …"), and what the tester
says next as a sentence of its own. A check that someone can or cannot sign in is the one place a check is told
with actions: the sign-in is tried, then its outcome checked, and the check is what fails.
"""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling

_SIGN_IN = r"(?:(?:make|do)\s+(?:the\s+|a\s+)?(?:login|log\s*in|sign\s*in)|log\s*in|login|sign\s*in|signin|logged\s+in|signed\s+in)"


def _who(group: str = "who") -> str:
    """A user name or an e-mail address, or any name in quotes, as the named group."""
    return rf"(?P<{group}>\"[^\"]+\"|“[^”]+”|[\w.@+-]*\w)"


def _password(group: str = "password") -> str:
    """A password: quoted, a ${variable}, or one word (its own commas aside), as the named group."""
    return rf"(?P<{group}>\"[^\"]*\"|“[^”]*”|\$\{{[^}}]+\}}|[^\s,]+)"


_WHO = _who()
# what may stand between the user and the password: "with", ", password", ", the password is", " and password:"
_THEN_PASSWORD = (r"(?:\s*,\s*(?:and\s+)?|\s+)(?:(?:with|using|and|by)\s+)?(?:(?:the|her|his|their|my|its)\s+)?"
                  r"(?:(?P<keyword>password|pw|pass)(?:\s*(?:is|:|=)\s*|\s+))?")
_PASSWORD = _password()
# a word that reads as a password when no "password" says so: quoted, a variable, or letters with a digit or a sign
_LOOKS_LIKE_PASSWORD = re.compile(r"^(?:[\"“].*|\$\{.*\}|(?=.*[A-Za-z])(?=.*[\d#@$%&*?!]).*)$")
_NOT_A_USER = frozenset({"the", "a", "an", "him", "her", "them", "it", "me", "user", "admin user", "password"})
# a click on the form's own button after the sign-in, which the Enter key already did
_SUBMIT_AGAIN = re.compile(r"(?i)^(?:(?:and|then)\s+)*(?:i\s+|you\s+)?(?:hit|click|press|push|tap)(?:es|s)?\s+(?:on\s+)?(?:the\s+)?"
                           r"(?:submit|log\s*in|login|sign\s*in|signin|enter|ok|go|continue)(?:\s+button)?$")
_NEXT = re.compile(r"(?i)^(?:,\s*)?(?:(?:and|then|so)\s+)*(?:(?:i|you|we)\s+(?:then\s+)?)?")


def submits_again(said: str) -> bool:
    """ "and hit Submit" after a sign-in: the form's own button, which the Enter key already pressed."""
    return _SUBMIT_AGAIN.match(said.strip()) is not None


def _signing_in(who: str, password: str) -> str:
    return f"Log in as {who} with password {password}"


def _what_follows(rest: str) -> tuple[str, ...] | None:
    """What the sentence says after the sign-in, as a sentence of its own; () for nothing or a click on the form's
    own submit button, None for words that are no next step ("she has no team yet")."""
    rest = rest.strip()
    if not rest:
        return ()
    then = rest[_NEXT.match(rest).end():].strip()
    if not then or submits_again(then):
        return ()
    if not rest.startswith(",") and not re.match(r"(?i)(?:and|then)\b", rest):
        return None  # "Log in as walter today": an aside, not a step
    verb = re.match(r"(?i)(go|open|visit|navigate|click|select|choose)(?:es|s)?\b", then)
    return (then[: verb.start(1)] + verb.group(1) + then[verb.end():],) if verb else None


@retelling("Sign in, said in the tester's own words", "Make the login with mia, the password is Nursery#4821",
           (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^" + _SIGN_IN + r"\s+(?:as|with|like|using|for)\s+(?:(?:the|his|her|their|my)\s+)?(?:user(?:name)?\s+|account\s+)?" + _WHO
           + r"(?:\s+(?:this\s+time|today|again|now))?" + _THEN_PASSWORD + _PASSWORD + r"(?P<rest>(?:\s*,\s*|\s+).+)?$")
def _sign_in_freely(said: Said) -> list[Retold]:
    who, password = said["who"], said["password"]
    if phrases.strip_quotes(who).lower() in _NOT_A_USER or not (said["keyword"] or _LOOKS_LIKE_PASSWORD.match(password) or _given_with(said, password)):
        return []  # "Log in with the admin account": no password said
    follows = _what_follows(said["rest"])
    if follows is None:
        return []
    return [(_signing_in(who, password), *follows)]


def _given_with(said: Said, password: str) -> bool:
    """"as admin with secret", "the username moderator and secret": a word given after the user, with that user
    named, is the password (a way of signing in is not: "as admin with Google")."""
    given = re.search(r"(?i)\bas\s+\S+\s+(?:with|using)\s+" + re.escape(password) + r"$|\buser(?:name)?\s+\S+\s+(?:and|with)\s+" + re.escape(password) + r"$",
                      said.text[: said.match.end("password")])
    return given is not None and not _SIGN_IN_WAY.fullmatch(password)


_SIGN_IN_WAY = re.compile(r"(?i)google|github|gitlab|facebook|microsoft|apple|twitter|linkedin|okta|keycloak|azure|sso|saml|oauth|ldap|"
                          r"e-?mail|passkey|otp|2fa|it|them|him|her")


@retelling("A user and a password entered, then the sign-in button", "Enter admin and Admin#2024 then push the Login button",
           (A.FILL, A.FILL, A.CLICK),
           r"^(?:enter|type|input|use)\s+(?P<who>\"[^\"]+\"|“[^”]+”|[\w.@+-]*\w)\s+and\s+" + _PASSWORD
           + r"\s*,?\s+(?:and\s+)?(?:then\s+)?(?:hit|click|press|push|tap)\s+(?:on\s+)?(?:the\s+)?(?P<button>log\s*in|login|sign\s*in|signin)\s+button$")
def _user_and_password_entered(said: Said) -> list[Retold]:
    if not _LOOKS_LIKE_PASSWORD.match(said["password"]):
        return []
    login = phrases.strip_quotes(said["who"])
    field = "email" if "@" in login else "username"
    return [(f'Fill "{login}" in the {field} field', f'Fill "{phrases.strip_quotes(said["password"])}" in the password field',
             f'Click the {said["button"]} button')]


_SOMEONE = r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}?" + _who("someone")
_CAN = r"(?:can|is\s+able\s+to|are\s+able\s+to)"
_CANNOT = r"(?:cannot|can't|can\s+not|is\s+not\s+able\s+to|isn't\s+able\s+to|is\s+unable\s+to)"
_WITH = r"\s+(?:with|using)\s+(?:(?:the|her|his|their)\s+)?(?:password\s+)?"
_WITH_PASSWORD = _WITH + _PASSWORD
_REFUSED = (r"(?:(?:is|gets|was)\s+(?:rejected|refused|denied|not\s+allowed|blocked)|fails|does\s+not\s+work|doesn't\s+work)"
            r"(?:\s+with\s+(?:the\s+|an?\s+)?(?:(?:error\s+)?message\s+|error\s+)?(?P<message>\"[^\"]+\"|“[^”]+”)(?:\s+(?:error\s+)?(?:message|error))?)?")
# what shows a sign-in was refused: the form says why, and it is still there to try again
_REFUSAL_SHOWN = ("Verify an error message is shown", "Verify the password field is visible")
# what shows it worked: the sign-in form is gone
_SIGNED_IN_SHOWN = ("Verify the password field is not visible",)


@retelling("Someone can sign in", "Verify qa_broke can log in with Passw0rd!", (A.CLICK, A.FILL, A.FILL, A.PRESS, A.EXPECT_HIDDEN),
           r"^" + _SOMEONE + r"\s+" + _CAN + r"\s+(?:log|sign)\s*in" + _WITH_PASSWORD + r"$", checks_by_doing=True)
def _can_sign_in(said: Said) -> list[Retold]:
    return [(_signing_in(said["someone"], said["password"]), *_SIGNED_IN_SHOWN)]


@retelling("Someone cannot sign in", "Verify that signing in as victor with Passw0rd! is rejected",
           (A.CLICK, A.FILL, A.FILL, A.PRESS, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:" + _SOMEONE + r"\s+" + _CANNOT + r"\s+(?:log|sign)\s*in" + _WITH_PASSWORD
           + r"|(?:signing|logging)\s+in\s+as\s+" + _WHO + _WITH + _password("password2") + r"\s+" + _REFUSED + r")$",
           checks_by_doing=True)
def _cannot_sign_in(said: Said) -> list[Retold]:
    who, password = (said["someone"], said["password"]) if said.has("someone") else (said["who"], said["password2"])
    return [(_signing_in(who, password), *_refusal_shown(said))]


def _refusal_shown(said: Said) -> tuple[str, ...]:
    """The checks that a sign-in was refused: the message it says it with, or an error message, and the form."""
    message = said["message"] if said.has("message") else ""
    return (f"Verify the page shows {message}" if message else _REFUSAL_SHOWN[0], *_REFUSAL_SHOWN[1:])


@retelling("A sign-in refused", "Verify the login is refused", (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:the\s+)?(?:login|log-in|sign-in|sign\s+in|log\s+in)(?:\s+attempt)?\s+" + _REFUSED + r"$")
def _sign_in_refused(said: Said) -> list[Retold]:
    return [_refusal_shown(said)]


# how the sign-in form is reached, or where it is: the sign-in opens the login page itself (the header's Log in
# button or link on a page that shows no form), so these words say nothing more
_HOW_REACHED = (r"(?:(?:using|with|via|from|through)\s+the\s+(?:(?:\"[^\"]+\"|“[^”]+”)\s+|(?:(?!(?:password|using|with|as)\b)[\w-]+\s+){0,3}?)(?:button|link|menu|dialog|form)"
                r"(?:\s+(?:in|at)\s+the\s+(?:header|top\s+bar|top\s+right|navigation(?:\s+bar)?|nav\s*bar|menu))?|from\s+the\s+(?:header|top\s+bar|navigation(?:\s+bar)?))")
_WHERE_SIGNED_IN = r"(?:to|on|into|in)\s+(?:the\s+)?(?:admin(?:istration)?|site|app|application|dashboard|back\s*office)(?:\s+(?:area|panel|site|login\s+page|page))?"


@retelling("Sign in, said with how the form is reached", "Log in as alice with the password AlicePins2024 using the Log in button in the header",
           (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^" + _SIGN_IN + r"\s+(?P<where>" + _WHERE_SIGNED_IN + r"\s+)?(?P<how>" + _HOW_REACHED + r"\s+)?(?P<rest>(?:as|with)\s+.+?)"
           r"(?P<how_after>\s+" + _HOW_REACHED + r")?$")
def _sign_in_reached(said: Said) -> list[Retold]:
    if not (said.has("where") or said.has("how") or said.has("how_after")):
        return []  # nothing said of how or where: the other forms read it, or none does
    return [(f"Log in {said['rest']}",)]


@retelling("Someone signed in", "Verify mallory is logged in", (A.EXPECT_HIDDEN,),
           r"^(?:the\s+user|i|you|we|(?-i:[a-z])[\w.@+-]*)\s+(?:is|am|are|should\s+be|must\s+be)\s+(?:now\s+)?(?:logged|signed)\s+in(?:\s+as\s+\S+)?$")
def _someone_signed_in(said: Said) -> list[Retold]:
    return [_SIGNED_IN_SHOWN]


@retelling("Open the sign-in, enter a user and a password, submit", "Click Log in, enter bob and BobPins2024, and submit",
           (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^click\s+(?:on\s+)?(?:the\s+)?(?:log\s*in|login|sign\s*in)(?:\s+(?:button|link))?\s*,\s*(?:then\s+)?(?:enter|type|fill\s+in)\s+"
           r"(?P<who>\"[^\"]+\"|“[^”]+”|[\w.@+-]*\w)\s+and\s+" + _PASSWORD + r"\s*,?\s+(?:and\s+)?(?:then\s+)?(?:submit|press\s+enter|"
           r"(?:click|press|hit)\s+(?:the\s+)?(?:log\s*in|login|sign\s*in|submit|ok)(?:\s+button)?)(?:\s+(?:it|the\s+form))?$")
def _sign_in_clicked_open(said: Said) -> list[Retold]:
    # the click on Log in opens the form (a page or a dialog): the sign-in opens it itself, where no form is shown
    return [(_signing_in(said["who"], said["password"]),)]


_PERSON = r"(?:i|you|we|he|she|they|the\s+user|the\s+visitor|(?-i:[a-z])[\w.@+-]*)"
_SIGN_IN_PAGE = r"(?:the\s+)?(?:log\s*-?\s*in|sign\s*-?\s*in|signin)\s+(?:page|screen|form)"
_STAYS_SIGNED_OUT = (r"(?:should|must)\s+(?:still\s+)?not\s+be\s+(?:logged|signed)\s+in"
                     r"|(?:(?:should|must)\s+still\s+be|(?:is|am|are|'m)\s+still|stays?|remains?)\s+(?:logged|signed)\s+out")


@retelling("Still signed out, on the sign-in page", "I should still be on the login page", (A.EXPECT_VISIBLE,),
           r"^(?:(?:" + _PERSON + r"\s+)?(?:(?:should|must|will)\s+)?(?:still\s+)?(?:be|am|are|is|stays?|remains?)\s+(?:still\s+)?"
           r"(?:on|at)\s+" + _SIGN_IN_PAGE + r"|still\s+(?:on|at)\s+" + _SIGN_IN_PAGE
           + r"|(?:" + _PERSON + r"\s+)?(?:(?:should|must|can)\s+)?still\s+see\s+" + _SIGN_IN_PAGE
           + r"|" + _PERSON + r"\s+(?:" + _STAYS_SIGNED_OUT + r"))$")
def _still_signed_out(said: Said) -> list[Retold]:
    # the form is still there to try again: checked once the page has settled (the sentence says it stays)
    return [("Verify the password field is visible",)]
