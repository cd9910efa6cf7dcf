"""Waiting for something to appear or go away; fixed waits are refused (they slow every run)."""

from __future__ import annotations

import re

from pacts_farm.planning.rules.registry import TEXT, A, Intent, Refused, book, rule, target_from, value_of

# a sentence that says "wait" is patient: up to this long, unless it names its own limit ("up to 30 seconds"); a
# check that holds sooner ends sooner, and one that cannot hold ends once the page has settled (settled.py)
WAIT_MS = 10_000
_FIXED_HINT = 'a fixed wait slows every run — wait for something instead: Wait for "Saved" (up to 10 seconds)'


@book("A fixed wait", None,
      ('Wait N seconds', 'Wait 3 seconds'),
      ('Wait a moment', 'Pause for a moment'))
@rule(r"^(?:wait|sleep|pause|delay)\s+(?:for\s+)?(?:up to\s+|about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)$")
@rule(r"^(?:wait|pause)\s+(?:for\s+)?(?:a\s+(?:few\s+|couple\s+of\s+)?|some\s+|one\s+|two\s+|three\s+|five\s+)(?:moments?|seconds?|secs?|while|bit|second)$")
def _fixed_wait(m: re.Match[str]) -> Intent | None:
    raise Refused(_FIXED_HINT)


@book("Waiting for the page to load", None,
      ('Wait for the page to load', 'Wait for the page to load'))
@rule(r"^wait\s+(?:for|until)\s+(?:the\s+)?(?:page|site|app|screen)\s+(?:to\s+)?(?:load|loads|is loaded|to finish loading|finishes loading|to be ready|is ready)$")
def _wait_page(m: re.Match[str]) -> Intent | None:
    raise Refused('wait for something the loaded page shows: Wait for "Products" (up to 15 seconds)')


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
@rule(r"^wait\s+(?:for|until)\s+(?P<target>.+?)(?:\s+(?:to\s+)?(?:appears?|be visible|shows? up|is visible|is shown|is displayed|to load|loads))?$")
def _wait_element(m: re.Match[str]) -> Intent:
    return Intent(A.WAIT_FOR, target=target_from(m), timeout_ms=WAIT_MS)
