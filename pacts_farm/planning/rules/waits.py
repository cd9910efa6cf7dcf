"""Waiting for something to appear or go away, for the page to load, or a fixed time (capped: it slows every run)."""

from __future__ import annotations

import dataclasses
import re

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import TEXT, A, Intent, Refused, book, rule, target_from, unquoted, value_of

M = model.Match

# a sentence that says "wait" is patient: up to this long, unless it names its own limit ("up to 30 seconds"); a
# check that holds sooner ends sooner, and one that cannot hold ends once the page has settled (settled.py)
WAIT_MS = 10_000
# a fixed wait runs as written up to this long; a longer one is refused: it would slow every run of the suite
MAX_PAUSE_MS = 30_000
_FIXED_HINT = 'a fixed wait over 30 seconds slows every run — wait for something instead: Wait for "Saved" (up to 60 seconds)'
_WORDS_MS = {"a moment": 1000, "a second": 1000, "one second": 1000, "a bit": 1000, "a couple of seconds": 2000,
             "two seconds": 2000, "a few seconds": 3000, "three seconds": 3000, "five seconds": 5000}


@book("Waiting for the address", A.EXPECT_URL,
      ('Wait until the URL contains | ends with | is VALUE (also: Wait for the URL to contain …)', 'Wait until the URL contains "/g/home"'))
@rule(r"^wait\s+(?:for|until)\s+(?:the\s+)?(?:page(?:'s)?\s+)?(?:url|address|location)\s+(?:to\s+)?(?P<how>contains?|includes?|ends?\s+with|is|be|equals?|changes\s+to|change\s+to)\s+" + unquoted("value") + r"$")
def _wait_url(m: re.Match[str]) -> Intent:
    how = m.group("how").lower()
    match = M.ENDS_WITH if how.startswith("end") else M.EQUALS if how in ("is", "be", "equal", "equals") else M.CONTAINS
    return Intent(A.EXPECT_URL, value=value_of(m, "value"), match=match, timeout_ms=WAIT_MS)


@book("A fixed wait", A.PAUSE,
      ('Wait N seconds (at most 30; it slows every run: prefer waiting for something)', 'Wait 2 seconds'),
      ('Wait a moment | a couple of seconds | a few seconds (1, 2, 3 seconds)', 'Pause for a moment'))
@rule(r"^(?:wait|sleep|pause|delay)\s+(?:for\s+)?(?:about\s+|around\s+)?(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)$")
@rule(r"^(?:wait|pause)\s+(?:for\s+)?(?P<words>a\s+moment|a\s+second|one\s+second|a\s+couple\s+of\s+seconds|two\s+seconds|a\s+few\s+seconds|three\s+seconds|a\s+bit|five\s+seconds)$")
def _fixed_wait(m: re.Match[str]) -> Intent | None:
    words = m.groupdict().get("words")
    if words:
        ms = _WORDS_MS[" ".join(words.lower().split())]
    else:
        unit = m.group("unit").lower()
        ms = round(float(m.group("amount")) * (1 if unit.startswith("m") and not unit.startswith("min") else 60_000 if unit.startswith("min") else 1000))
    if ms > MAX_PAUSE_MS:
        raise Refused(_FIXED_HINT)
    return Intent(A.PAUSE, timeout_ms=max(ms, 1))


@book("Waiting without saying for what", None,
      ('Wait up to N seconds (for what?)', 'Wait up to 5 seconds'),
      ('Wait a while', 'Wait a while'))
@rule(r"^(?:wait|sleep|pause|delay)\s+(?:for\s+)?up to\s+\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)$")
@rule(r"^(?:wait|pause)\s+(?:for\s+)?(?:a\s+while|some\s+time|a\s+little|some\s+seconds)$")
def _wait_for_what(m: re.Match[str]) -> Intent | None:
    raise Refused('say what to wait for: Wait for "Saved" (up to 10 seconds), or a fixed time: Wait 2 seconds')


@book("Waiting for the page to load", A.WAIT_FOR,
      ('Wait for the page to load (its load event, and no loading mask or spinner)', 'Wait for the page to load'),
      ('Wait for the table | list | results to update | refresh (the page settles: what is there already is no sign)', 'Wait for the table to update'))
@rule(r"^wait\s+(?:for|until)\s+(?:the\s+)?(?:page|site|app|screen)\s+(?:to\s+)?(?:load|loads|is loaded|to finish loading|finishes loading|to be ready|is ready)$")
@rule(r"^wait\s+(?:for|until)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:table|list|results|grid|page|view)\s+(?:to\s+)?(?:update|updates|is updated|refresh|refreshes|is refreshed|reload|reloads)$")
def _wait_page(m: re.Match[str]) -> Intent | None:
    return Intent(A.WAIT_FOR, timeout_ms=WAIT_MS)


@book("Waiting for text to go", A.EXPECT_HIDDEN,
      ('Wait for "TEXT" to disappear', 'Wait for "Loading" to disappear'))
@rule(r"^wait\s+(?:for|until)\s+" + TEXT + r"\s+(?:to\s+)?(?:disappears?|is gone|goes away|to go away|is hidden|to be hidden|vanishes|to vanish)$")
def _wait_text_gone(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_HIDDEN, value=value_of(m, "text"), timeout_ms=WAIT_MS)


@book("Waiting for text", A.WAIT_FOR,
      ('Wait for "TEXT"', 'Wait for "Saved"'),
      ('Wait until "TEXT" appears', 'Wait until "Saved" appears'))
@rule(r"^wait\s+(?:for|until)\s+" + TEXT + r"(?:\s+(?:to\s+)?(?:appears?|be visible|shows? up|is visible|is shown|is displayed|to load))?$")
def _wait_text(m: re.Match[str]) -> Intent:
    return Intent(A.WAIT_FOR, value=value_of(m, "text"), timeout_ms=WAIT_MS)


@book("Waiting for an element to go", A.EXPECT_HIDDEN,
      ('Wait for TARGET to disappear | to close', 'Wait for the spinner to disappear'))
@rule(r"^wait\s+(?:for|until)\s+(?P<target>.+?)\s+(?:to\s+)?(?:disappears?|is gone|goes away|to go away|is hidden|to be hidden|vanishes|to vanish|to close|closes)$")
def _wait_element_gone(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_HIDDEN, target=target_from(m), timeout_ms=WAIT_MS)


@book("Waiting for an element", A.WAIT_FOR,
      ('Wait for TARGET (to appear)', 'Wait for the Results table'))
@rule(r"^wait\s+(?:for|until)\s+(?P<target>.+?)(?:\s+(?:to\s+)?(?:appears?|be visible|shows? up|is visible|is shown|is displayed|to load|loads)"
      r"|\s+(?P<many>are\s+(?:visible|shown|displayed|loaded|listed)|appear|show\s+up))?$")
def _wait_element(m: re.Match[str]) -> Intent:
    target = target_from(m)
    if m.group("many") and not target.exact:  # "Wait until the boards are displayed": the first of them
        target = dataclasses.replace(target, text=phrases.singular(target.text))
    return Intent(A.WAIT_FOR, target=target, timeout_ms=WAIT_MS)
