"""'Verify the Status is "Available"', 'Verify Email shows john@x.org': the value a page shows beside a label.

Detail pages write a label and its value in a few ways: a definition list (<dt>Status</dt><dd>Available</dd>), a
two-column table row (<th>Status</th><td>Available</td>), a bold label in a line of text
(<p><strong>Status:</strong> Available</p>) or two elements side by side (<span>Email</span><span>john@x.org</span>), the
label perhaps alone in a box of its own (<div><span>Browser:</span></div><div>Firefox</div>).
The label is matched whole (case and a trailing colon aside); the value element is the one the check reads, and is
taken only when exactly one visible element on the page is that label's value (hidden copies, as in a closed
dialog, are not counted).
"""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.finding import intent
from pacts_farm.browser import page_session

S = model.Strategy
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = _UPPER.lower()
# tags a label written beside its value uses (headings are titles of sections, not labels)
_LABEL_TAGS = ("span", "label", "strong", "b", "em", "small", "div", "p")


def label_said(target: model.Target, action: model.Action) -> bool:
    """Is the target a plain name (no role, kind, item, place or position) whose text a check reads?"""
    return (action is model.Action.EXPECT_TEXT and target.role_hint is None and not target.descriptor and not target.scope
            and not target.region and target.position is None and intent.intent_of(target).kind is None
            and 0 < len(target.text) <= 40 and not ('"' in target.text and "'" in target.text))


def value_xpath(label: str) -> str:
    """One XPath union of every way the value beside ``label`` can be written (see the module's docstring)."""
    said = " ".join(label.split()).lower()
    names = " or ".join(f"{_lowered('.')}={_literal(said + end)}" for end in ("", ":", " :"))
    is_label = f"[{names}]"
    label_tag = " or ".join(f"self::{t}" for t in _LABEL_TAGS)
    bold = "self::strong or self::b"
    ways = (
        f"//dt{is_label}/following-sibling::*[1][self::dd]",
        f"//tr[count(th|td)=2][*[1]{is_label}]/*[2]",
        # the element right after a leaf label, with no text between them
        f"//*[{label_tag}][not(*)]{is_label}/following-sibling::node()[self::* or normalize-space(.)!=''][1][self::*]",
        # a leaf label alone in its box, the value the box's next one (Redmine: <div class="label"><span>Browser:</span></div>
        # <div class="value">Firefox</div>; its colon perhaps outside the span)
        f"//*[{label_tag}][not(*)]{is_label}[not(preceding-sibling::*) and not(following-sibling::*)]"
        f"/parent::*[{label_tag}][normalize-space(.)=normalize-space(*[1]) or normalize-space(.)=concat(normalize-space(*[1]), ':')]"
        "/following-sibling::*[1]",
        # a line that starts with its only bold label, its value the rest of the line's text
        f"//*[count(strong|b)=1][*[1][{bold}]{is_label}][*[1]/following-sibling::text()[normalize-space(.)!='']]",
    )
    return "xpath=" + " | ".join(ways)


def resolve_pair(session: page_session.PageSession, target: model.Target) -> model.Resolution | None:
    """The one visible value element the target's label names, or None (no such pair, or more than one)."""
    # a closed dialog may hold the same label ("Period" in the schedule form): the one value shown is the one meant
    return session.found_alone(model.Locator(strategy=S.CSS, value=value_xpath(target.text) + " >> visible=true"), 0.9)


def _lowered(expr: str) -> str:
    return f"translate(normalize-space({expr}), '{_UPPER}', '{_LOWER}')"


def _literal(text: str) -> str:
    """An XPath string literal (XPath 1.0 has no escapes: the quote the text lacks encloses it)."""
    return f"'{text}'" if "'" not in text else f'"{text}"'
