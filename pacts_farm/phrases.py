"""The pieces of a sentence the rules planner recognises: quotes, targets, role words, keys, timeouts."""

from __future__ import annotations

import re

from pacts_farm import model

QUOTED = r'(?:"(?P<{0}_q>[^"]+)"|“(?P<{0}_c>[^”]+)”)'
ARTICLES = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
ROLE_WORDS = {
    "button": "button",
    "btn": "button",
    "link": "link",
    "field": "textbox",
    "input": "textbox",
    "box": "textbox",
    "textbox": "textbox",
    "text box": "textbox",
    "textarea": "textbox",
    "checkbox": "checkbox",
    "check box": "checkbox",
    "dropdown": "combobox",
    "drop-down": "combobox",
    "select": "combobox",
    "list": "combobox",
    "combobox": "combobox",
    "tab": "tab",
    "heading": "heading",
    "radio": "radio",
    "radio button": "radio",
    "option": "option",
    "icon": None,
    "menu item": "menuitem",
    "switch": "switch",
    "image": "img",
}
_ROLE_SUFFIX = re.compile(
    r"\s+(" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True)) + r")$", re.IGNORECASE
)
KEYS = {
    "enter": "Enter",
    "return": "Enter",
    "tab": "Tab",
    "escape": "Escape",
    "esc": "Escape",
    "space": "Space",
    "spacebar": "Space",
    "backspace": "Backspace",
    "delete": "Delete",
    "del": "Delete",
    "arrowup": "ArrowUp",
    "arrowdown": "ArrowDown",
    "arrowleft": "ArrowLeft",
    "arrowright": "ArrowRight",
    "up arrow": "ArrowUp",
    "down arrow": "ArrowDown",
    "left arrow": "ArrowLeft",
    "right arrow": "ArrowRight",
    "up": "ArrowUp",
    "down": "ArrowDown",
    "home": "Home",
    "end": "End",
    "pageup": "PageUp",
    "pagedown": "PageDown",
    "page up": "PageUp",
    "page down": "PageDown",
    **{f"f{n}": f"F{n}" for n in range(1, 13)},
}
MODIFIERS = {"control": "Control", "ctrl": "Control", "shift": "Shift", "alt": "Alt", "meta": "Meta", "cmd": "Meta"}
_TIMEOUT = re.compile(
    r"\s*(?:\(\s*(?:up to|within|max(?:imum)?|at most)\s+(?P<a>\d+(?:\.\d+)?)\s*(?P<au>ms|milliseconds?|s|secs?|seconds?|minutes?|min)\s*\)"
    r"|\s+(?:within|in up to|for up to)\s+(?P<b>\d+(?:\.\d+)?)\s*(?P<bu>ms|milliseconds?|s|secs?|seconds?))\s*$",
    re.IGNORECASE,
)


def quoted(name: str) -> str:
    return QUOTED.format(name)


def group(match: re.Match[str], name: str) -> str | None:
    """A group that may have matched as "straight", “curly” or bare text."""
    for key in (f"{name}_q", f"{name}_c", name):
        if key in match.re.groupindex and match.group(key) is not None:
            return match.group(key)
    return None


def was_quoted(match: re.Match[str], name: str) -> bool:
    return any(
        key in match.re.groupindex and match.group(key) is not None for key in (f"{name}_q", f"{name}_c")
    )


def split_timeout(sentence: str) -> tuple[str, int | None]:
    match = _TIMEOUT.search(sentence)
    if not match:
        return sentence, None
    amount = float(match.group("a") or match.group("b"))
    unit = (match.group("au") or match.group("bu")).lower()
    if unit in ("ms", "millisecond", "milliseconds"):
        factor = 1
    elif unit.startswith("min"):
        factor = 60000
    else:
        factor = 1000
    return sentence[: match.start()].rstrip(), int(amount * factor)


def parse_target(text: str, *, scope: str | None = None) -> model.Target:
    """'the Login button' -> Target(Login, button); '"About" link' -> Target(About, link, exact)."""
    text = text.strip().rstrip(".")
    text = ARTICLES.sub("", text)
    role: str | None = None
    suffix = _ROLE_SUFFIX.search(text)
    if suffix and suffix.start() > 0:
        role = ROLE_WORDS[suffix.group(1).lower()]
        text = text[: suffix.start()].rstrip()
    text = ARTICLES.sub("", text)
    exact = False
    for open_q, close_q in (('"', '"'), ("“", "”")):
        if len(text) >= 2 and text.startswith(open_q) and text.endswith(close_q):
            text, exact = text[1:-1], True
    if scope is not None:
        scope = strip_quotes(ARTICLES.sub("", scope.strip()))
    return model.Target(text=text, role_hint=role, scope=scope or None, exact=exact)


def strip_quotes(text: str) -> str:
    text = text.strip()
    for open_q, close_q in (('"', '"'), ("“", "”")):
        if len(text) >= 2 and text.startswith(open_q) and text.endswith(close_q):
            return text[1:-1]
    return text


def parse_key(text: str) -> str | None:
    """'Enter' -> 'Enter'; 'Control+A' -> 'Control+A'; anything else -> None."""
    text = strip_quotes(text.strip())
    parts = [p.strip() for p in text.split("+")]
    if len(parts) > 1:
        mods = [MODIFIERS.get(p.lower()) for p in parts[:-1]]
        last = parts[-1]
        key = KEYS.get(last.lower()) or (last.upper() if len(last) == 1 else None)
        if None in mods or key is None:
            return None
        return "+".join([*mods, key])  # type: ignore[list-item]
    return KEYS.get(text.lower())
