"""Read last: a label and its value."""

from __future__ import annotations

import re

from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling


@retelling("A label in lower case and its value", 'Confirm the tenant is "Globex"', (A.EXPECT_TEXT,),
           r"^(?:the\s+(?P<label>(?-i:[a-z])[\w -]{1,30}?)|(?P<bare>(?-i:[A-Z])[\w -]{1,30}?))\s+is\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _label_is(said: Said) -> list[Retold]:
    # "the tenant is "Globex"", "First available IP is "10.10.1.2/24"": the value the page shows beside that label
    label = said["label"] if said.has("label") else said["bare"]
    if re.search(r"\s(?:is|are|has|and)\s", label) or label.split()[-1].lower() in _NOT_LABELS:
        return []
    return [(f'Verify the "{label[0].upper() + label[1:]}" is {said["value"]}',)]


_NOT_LABELS = frozenset({"page", "url", "title", "address", "result", "message", "answer", "response", "outcome", "text", "value",
                         "error", "notification", "heading", "toast", "alert",  # what shows a text, not a label beside one
                         "one", "ones",  # "the first one": one of the things counted before
                         "first", "second", "third", "fourth", "fifth", "last", "next", "previous", "other"})  # "the last": a place
