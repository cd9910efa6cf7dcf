"""Narrative English told again in the sentences the rules read.

Testers write what happens as a story: "In the row for "Flexbox", click View", "I land on the home page at /",
"Only one project is listed, "Website Relaunch"", "Review has 2 cards and Done has 4". A retelling turns such a
sentence into one or more plain sentences ("Click View in the row for "Flexbox""); the planner keeps a retelling
only when the rules read every sentence of it, so a retelling never guesses: it only moves words, splits a
sentence, or carries a word said once over to where it is meant.

A retelling never drops a "not", an "only", a count or a value; the few that drop a detail of where or how a thing
looks (the icon beside a marker, the corner of the header) say so where they are defined, and a check is never told
as an action, but for a check that someone can or cannot sign in: the sign-in is tried, then its outcome checked.

The forms live in one module per kind of sentence (`telling` registers them, `wording` holds what several share).
They are tried in the order they are registered, so the modules are imported below in that order: an earlier form
wins over a later one that also matches.
"""

from pacts_farm.planning.narrative import (  # noqa: F401  (imported for their registrations, in this order)
    where,
    counts,
    inverted,
    plain,
    rows,
    joined,
    actions,
    marked,
    more_actions,
    signing_in,
    items,
    referents,
    labels,
    facts,
)
from pacts_farm.planning.narrative.joined import STATES
from pacts_farm.planning.narrative.signing_in import submits_again
from pacts_farm.planning.narrative.wording import N
from pacts_farm.planning.narrative.telling import NOTHING_BEFORE, RETELLINGS, Before, Retelling, retold

__all__ = ["N", "NOTHING_BEFORE", "RETELLINGS", "STATES", "Before", "Retelling", "retold", "submits_again"]
