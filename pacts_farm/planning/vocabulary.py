"""The words people and markup use for the same thing: splitting, synonyms, and how well markup words cover a name.

Markup names things in code (``shopping_cart_link``, ``navbar-toggler``, ``fa-shopping-cart``); people name them
by what they see ("the cart icon", "the hamburger menu"). Both are reduced to lower-case words here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+")
# glyphs that stand for a word (the page shows "×", a person says "close")
_GLYPHS = (("×✕✖╳", " times "), ("☰≡", " bars "), ("🛒", " cart "), ("🔍🔎", " search "), ("⚙", " gear "), ("✎✏", " pencil "),
           ("♥❤♡", " heart "), ("★☆", " star "), ("🗑", " trash "), ("−➖", " minus "), ("➕", " plus "),
           ("⋮⋯", " ellipsis "))
_ONLY_DOTS = re.compile(r"^\s*(?:\.{3}|…|•••|···)\s*$")  # a button that says "..." is the more (kebab) button
STOP = frozenset({"the", "a", "an", "to", "of", "for", "in", "on", "and", "my", "your", "this", "that"})

# Each group names one thing; any member stands for the others (a person's word or the markup's).
GROUPS: tuple[tuple[str, ...], ...] = (
    ("cart", "basket", "bag", "trolley"),
    ("menu", "hamburger", "burger", "navigation toggle", "bars", "three lines", "three-line", "3 lines", "three bars"),
    ("error", "alert", "danger", "invalid", "warning"),
    ("close", "dismiss", "x", "times", "xmark", "x mark", "cross"),
    ("search", "magnifier", "magnifying glass", "find"),
    ("delete", "remove", "trash", "trash can", "bin", "garbage"),
    ("heart", "favorite", "favourite", "fav", "like", "wishlist", "love"),
    ("minus", "remove", "decrease", "decrement", "subtract"),
    ("plus", "increase", "increment"),
    ("user", "profile", "account", "avatar", "person"),
    ("settings", "cog", "gear"),
    ("notification", "bell"),
    ("edit", "pencil", "pen"),
    ("arrow", "chevron", "caret"),
    ("add", "plus", "new"),
    ("home", "house"),
    ("lock", "padlock", "locked"),
    ("pin", "thumbtack", "thumb tack", "pushpin", "pinned"),
    ("more", "three dots", "three-dot", "three dot", "3 dots", "dots", "kebab", "ellipsis", "meatballs",
     "three vertical dots", "vertical dots", "3 vertical dots", "three horizontal dots", "horizontal dots", "vertical ellipsis"),
    ("login", "log in", "sign in", "signin"),
    ("logout", "log out", "sign out", "signout"),
    ("qr code", "qrcode", "qr"),
    ("help", "question mark", "question", "questionmark"),
    ("chart", "stats", "statistics", "graph", "analytics", "pie chart", "bar chart"),
)
# One-way: "continue" may be labelled "Next", but "Next" is not called "continue".
ONE_WAY = {"continue": ("next", "proceed"), "submit": ("send", "save"),
           # a pencil drawn for "update" (icon-update): an Update button is not called the pencil
           "pencil": ("update",),
           # a dialog's confirming control: "OK", "Yes", or the action it confirms ("Delete")
           "confirm": ("ok", "yes", "delete", "remove"),
           # a cookie notice's accept control: "Got it", "I agree", or the consent script's dismiss button
           "accept": ("agree", "allow", "ok", "got it", "consent", "dismiss"),
           # the three dots open a control's options, but "Options" is not called the three dots
           "three dots": ("options",), "dots": ("options",), "kebab": ("options",), "ellipsis": ("options",),
           # a people icon is drawn as users (Semantic UI's "users icon", Font Awesome's fa-users)
           "people": ("users", "user group", "members", "team"),
           # a pager's arrows: the right one goes to the next page, the left one back (a "Next" link is no arrow)
           "right arrow": ("next",), "left arrow": ("previous", "prev"), "right chevron": ("next",), "left chevron": ("previous", "prev"),
           # an email address signs in where the sign-in form asks for a username (Vendure's admin); a Username is no email
           "email": ("username", "login"),
           # a username field that says only what it is for (Roundup's unlabelled <input name="__login_name">)
           "username": ("login name", "loginname", "login"),
           # a star drawn for a favourite or a watch (Redmine's "icon-fav" Watch link); a favourite is not called a star
           "star": ("fav", "favorite", "favourite", "starred")}
# Abbreviations markup uses for a word people say.
ALIASES = {
    "nav": "navigation", "navbar": "navigation", "toggler": "toggle", "btn": "button", "img": "image", "pic": "image",
    "msg": "message", "err": "error", "qty": "quantity", "cnt": "count", "num": "number", "notif": "notification",
    "usr": "user", "cog": "settings", "gear": "settings", "trash": "delete", "magnifying": "search",
    "desc": "description", "descr": "description", "pwd": "password", "addr": "address",
    "admin": "administration", "config": "configuration", "prefs": "preferences", "info": "information",
}


def words(text: str) -> list[str]:
    """Lower-case words; camelCase, snake_case and kebab-case split (a one-letter prefix kept: "E-mail" is "email");
    "×" read as "times"."""
    return list(_words_of(text or ""))


@functools.lru_cache(maxsize=16384)
def _words_of(text: str) -> tuple[str, ...]:
    """words(), kept: ranking a long list splits the same names again for every target word."""
    if _ONLY_DOTS.match(text):
        return ("ellipsis",)
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    spaced = re.sub(r"(?<![A-Za-z0-9])([A-Za-z])-(?=[A-Za-z]{2})", r"\1", spaced)  # "E-mail" is "email", "x-mark" "xmark"
    for glyphs, word in _GLYPHS:
        for glyph in glyphs:
            spaced = spaced.replace(glyph, word)
    return tuple(_WORD.findall(spaced.lower()))


_NOT_PLURAL = frozenset({"news", "yes", "was", "has", "does", "its", "this", "series", "species", "always", "perhaps", "whereas"})


def base_form(word: str) -> str:
    """A word without its plural ending: "favorites" -> "favorite", "entries" -> "entry", "boxes" -> "box"."""
    if word in _NOT_PLURAL:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ss|x|z|ch|sh)es$", word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _synonym_table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for group in GROUPS:  # a word in two groups ("remove": delete, minus) stands for the members of both
        for member in group:
            table[member] = table.get(member, ()) + tuple(m for m in group if m != member and m not in table.get(member, ()))
    for key, alternatives in ONE_WAY.items():
        table[key] = table.get(key, ()) + alternatives
    return table


SYNONYMS = _synonym_table()


def alternatives(phrase: str) -> list[str]:
    """The phrase with one of its words (or runs of two or three) replaced by a synonym: "Add to cart" -> "Add to
    basket", "three vertical dots" -> "ellipsis", …"""
    said = words(phrase)
    out: list[str] = []
    for size in (3, 2, 1):
        for start in range(len(said) - size + 1):
            key = " ".join(said[start:start + size])
            for alt in SYNONYMS.get(key, ()):
                candidate = " ".join([*said[:start], alt, *said[start + size:]])
                if candidate not in out:
                    out.append(candidate)
    return out


# Markup glues a word that matters to a part without a separator ("errorlist", "errornote", "closebtn",
# "fielderror"): such a class is read as both words when the other part is one of these.
GLUED_HEADS = frozenset({"error", "errors", "alert", "danger", "warning", "message", "msg", "notice", "success", "info",
                         "close", "search", "cart", "menu", "user", "toast", "flash"})
GLUED_PARTS = frozenset({"list", "note", "message", "msg", "text", "box", "btn", "button", "icon", "bar", "summary", "block",
                         "field", "form", "link", "toggle", "menu"})


def unglued(token: str) -> tuple[str, str] | None:
    """"errorlist" -> ("error", "list"), "fielderror" -> ("field", "error"); None for any other word."""
    for part in GLUED_PARTS:
        if token.endswith(part) and token[:-len(part)] in GLUED_HEADS:
            return token[:-len(part)], part
        if token.startswith(part) and token[len(part):] in GLUED_HEADS:
            return part, token[len(part):]
    return None


def glued_forms(heads: Iterable[str]) -> set[str]:
    """The glued markup words a scan must also list for these words ("error" -> "errorlist", "fielderror", …)."""
    return {form for head in heads if head in GLUED_HEADS for part in GLUED_PARTS for form in (head + part, part + head)}


def expand(tokens: Iterable[str]) -> set[str]:
    """Markup words with their plain forms: navbar -> navigation, errors -> error, errorlist -> error, list."""
    out = set()
    for token in tokens:
        out.add(token)
        if token in ALIASES:
            out.add(ALIASES[token])
        if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            out.add(token[:-1])
        parts = unglued(token)
        if parts is not None:
            out |= expand(parts)
    return out


def content(phrase: str) -> list[str]:
    """The words that name something (no articles or prepositions)."""
    return [w for w in words(phrase) if w not in STOP]


def cover(phrase: str, have: set[str]) -> float:
    """Share of the phrase's naming words found among ``have`` (expanded markup words); a synonym counts 0.9."""
    best = 0.0
    for weight, variant in ((1.0, phrase), *((0.9, alt) for alt in alternatives(phrase))):
        wanted = content(variant)
        if not wanted:
            continue
        share = sum(_credit(w, have) for w in wanted) / len(wanted)
        best = max(best, share * weight)
    return best


def _credit(word: str, have: set[str]) -> float:
    if word in have:
        return 1.0
    base = base_form(word)
    if base != word and base in have:
        return 0.95  # "the favorites badge" on a button whose image says "favorite"
    if any(all(w in have for w in words(alt)) for alt in SYNONYMS.get(word, ()) or SYNONYMS.get(base, ())):
        return 0.9  # "hamburger menu" on a button whose icon is fa-bars
    return 0.0


def query_words(phrase: str) -> set[str]:
    """Words a DOM scan pre-filters on: the phrase's, its synonyms' and the aliases that stand for them."""
    out = set(words(phrase))
    for alt in alternatives(phrase):
        out.update(words(alt))
    out |= {short for short, full in ALIASES.items() if full in out}
    said = words(phrase)
    out |= {a + b for a, b in zip(said, said[1:])}  # "user name" also finds a field called "username"
    out |= {base_form(word) for word in said}  # "the favorites button" finds one named "favorite"
    return out | {f"{word}s" for word in out if len(word) > 2 and not word.endswith("s")}  # markup often says "notifications"
