"""The browser's own dialogs: "Accept the confirmation "Delete this?"", "Dismiss the browser alert". An alert,
confirm or prompt that a click opens is answered by the step after that click; a dialog the page draws itself is
clicked like any control ("Click OK in the dialog"), so only words that name the browser's kind are read here."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import A, Intent, book, rule

# what names the browser's dialog: its kinds, or "dialog" said with browser/JavaScript/native
_BROWSERS = r"(?:browser(?:'s)?|javascript|js|native|system)"
_NATIVE = r"(?:" + _BROWSERS + r"\s+(?:confirm(?:ation)?\s+|alert\s+)?(?:dialog|popup|pop-up|box|prompt|alert|confirm(?:ation)?)" \
          r"|(?:" + _BROWSERS + r"\s+)?(?:confirm\s+(?:dialog|box|popup)|confirmation(?:\s+(?:dialog|box|popup|prompt))?|prompt))"
_ANY_KIND = r"(?:" + _NATIVE + r"|(?:" + _BROWSERS + r"\s+)?alert)"
# what it must say: quoted after it, or after "that asks", "saying" …; an unquoted description is not checked
_SAYING = (r"(?:\s*,?\s+(?:that|which)\s+(?:asks|says|reads|shows)|\s+(?:asking|saying|reading|with\s+(?:the\s+)?(?:message|text)))?"
           r"(?:\s*:?\s+" + phrases.quoted("message") + r"|\s+(?:that|which)\s+asks\s+(?:whether|if|to)\s+[^\"“”]+)?")


@book("Answer the browser's dialog", A.ACCEPT_DIALOG,
      ('Accept the confirmation "MESSAGE" (the confirm the step before opened: OK; it must say MESSAGE)',
       'Accept the confirmation "Are you sure you want to delete this?"'),
      ('Accept the browser alert | dialog | prompt', 'Accept the browser alert'),
      ('Confirm the browser dialog that asks …', 'Confirm the browser dialog that asks whether to unlock the hint'),
      ('Click OK in the browser dialog', 'Click OK in the confirmation'))
@rule(r"^(?:accept|approve|ok|okay)\s+(?:the\s+)?" + _ANY_KIND + _SAYING + r"$")
@rule(r"^confirm\s+(?:the\s+)?" + _NATIVE + _SAYING + r"$")
@rule(r"^(?:click|press|choose|tap|hit)\s+(?:on\s+)?(?:\"ok\"|ok|okay|\"okay\")(?:\s+button)?\s+(?:in|on)\s+(?:the\s+)?" + _ANY_KIND + _SAYING + r"$")
def _accept(m: re.Match[str]) -> Intent:
    return Intent(A.ACCEPT_DIALOG, value=phrases.group(m, "message"))


@book("Turn the browser's dialog down", A.DISMISS_DIALOG,
      ('Dismiss | Cancel the browser confirmation "MESSAGE" (Cancel; it must say MESSAGE)', 'Dismiss the confirmation "Leave this page?"'),
      ('Click Cancel in the browser dialog', 'Click Cancel in the browser dialog'))
@rule(r"^(?:dismiss|cancel|decline|reject|refuse)\s+(?:the\s+)?" + _NATIVE + _SAYING + r"$")
@rule(r"^(?:click|press|choose|tap|hit)\s+(?:on\s+)?(?:\"cancel\"|cancel)(?:\s+button)?\s+(?:in|on)\s+(?:the\s+)?" + _NATIVE + _SAYING + r"$")
def _dismiss(m: re.Match[str]) -> Intent:
    return Intent(A.DISMISS_DIALOG, value=phrases.group(m, "message"))
