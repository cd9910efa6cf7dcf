"""Star ratings: reading how many stars a widget shows, and giving a number of stars (ratings.py)."""

from __future__ import annotations

import re

from pacts_farm import model
from pacts_farm.finding import ratings
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import ASSERT, A, Intent, book, rule

_N = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)"


@book("A star rating", A.EXPECT_TEXT,
      ('Verify the rating shows | is N stars (N out of M)', 'Verify the rating shows 4 stars'))
@rule(ASSERT + r"(?P<target>(?:the\s+)?(?:[\w-]+\s+){0,2}(?:rating|stars|star rating))\s+(?:shows|is|displays|has|reads|equals|says)\s+"
      + _N + r"(?:\s+stars?)?(?:\s+(?:out\s+of|of|/)\s+\d+(?:\s+stars?)?)?$")
def _rating_shows(m: re.Match[str]) -> Intent | None:
    noun = phrases.ARTICLES.sub("", m.group("target").strip())
    noun = re.sub(r"\s+stars?$", " rating", noun) if noun.lower() not in ("stars", "star rating") else "rating"
    return Intent(A.EXPECT_TEXT, target=model.Target(text=noun, descriptor=ratings.DESCRIPTOR), value=str(phrases.number(m.group("n"))))


@book("Giving a star rating", A.CLICK,
      ('Rate it | Give it N stars (the Nth star)', 'Rate it 3 stars'),
      ('Set the rating to N stars', 'Set the rating to 4 stars'))
@rule(r"^(?:rate|give)\s+(?:it|this|them|the\s+[\w -]+?)\s+" + _N + r"\s+stars?$")
@rule(r"^set\s+the\s+(?:[\w-]+\s+)?rating\s+to\s+" + _N + r"(?:\s+stars?)?$")
def _rate(m: re.Match[str]) -> Intent | None:
    n = phrases.number(m.group("n"))
    if not n:
        return None
    return Intent(A.CLICK, target=model.Target(text="star", position=n))
