"""What kind of thing a person named, and where: the descriptor ("icon", "badge", "error message") and the region
("in the header", "at the top right") of a Target, turned into tests on the elements a DOM scan listed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pacts_farm import model
from pacts_farm.finding import containers
from pacts_farm.planning import vocabulary
from pacts_farm.browser.scanned import ScannedElement

BADGE_WORDS = frozenset({"badge", "count", "counter", "pill", "bubble", "notification", "qty", "quantity"})
ERROR_WORDS = frozenset({"error", "alert", "danger", "invalid", "warning", "err", "failure", "failed"})
MESSAGE_WORDS = frozenset({"message", "msg", "notice", "notification", "toast", "flash", "alert", "status", "success",
                           "info", "feedback", "banner", "snackbar", "snack"})
POSITIVE_WORDS = frozenset({"success", "succeeded", "info", "ok", "confirmation", "confirmed", "primary", "secondary"})
TITLE_WORDS = frozenset({"title", "name", "heading", "header"})
_KINDS = {"icon": "icon", "badge": "badge", "counter": "badge", "count": "badge", "error": "error", "message": "message",
          "image": "image", "picture": "image", "photo": "image", "logo": "logo", "placeholder": "placeholder",
          "title": "title", "name": "title", "heading": "title", "list": "list", "box": "box"}
_NOT_MESSAGES = frozenset({"form", "fieldset", "input", "textarea", "select", "option", "button"})
_NUMBER = re.compile(r"^\(?\d+\+?\)?$")
_EDGE = {"top", "bottom", "left", "right"}
CANONICAL_REGIONS = frozenset({"header", "footer", "sidebar", "navigation", "dialog", "main", "toast", "breadcrumb"})
_REGION_ALIASES = {
    "nav": "navigation", "navbar": "navigation", "nav bar": "navigation", "navigation bar": "navigation", "menu": "navigation",
    "menu bar": "navigation", "side": "sidebar", "side bar": "sidebar", "side menu": "sidebar", "banner": "header",
    "top bar": "header", "topbar": "header", "page header": "header", "page footer": "footer", "modal": "dialog",
    "modal dialog": "dialog", "popup": "dialog", "content": "main", "main content": "main", "page": "main",
    "breadcrumbs": "breadcrumb", "breadcrumb trail": "breadcrumb",
    "main menu": "navigation", "top menu": "navigation", "header menu": "navigation", "navigation menu": "navigation",
    "nav menu": "navigation", "site menu": "navigation", "main navigation": "navigation", "site navigation": "navigation",
}


@dataclass(frozen=True, slots=True)
class Intent:
    kind: str | None  # icon, badge, error, message, image, placeholder, title; None: a plainly named control
    subject: str  # what it was named by: "cart" in "the cart badge" ("" for "the error message")


def intent_of(target: model.Target) -> Intent:
    """The descriptor the planner set, or one the words end with ("cart badge", "menu icon", "error message")."""
    said = vocabulary.content(target.text)
    region = region_named(target)
    if region:
        return Intent(kind="region", subject=region)
    noun = container_named(target)
    if noun:
        return Intent(kind="container", subject=noun)  # "the pagination shows Total 100": the box it names
    titled = target.text.split()[:-1]
    if (len(said) >= 2 and said[-1] in _BOX_WORDS and not target.descriptor and target.role_hint is None
            and titled and titled[0][:1].isupper() and target.text.split()[-1].islower()):
        return Intent(kind="box", subject=" ".join(said[:-1]))  # "the Messages panel": the box titled Messages (as shown)
    kind = _KINDS.get((target.descriptor or "").strip().lower())
    if kind is None and target.descriptor:
        kind = _KINDS.get(vocabulary.words(target.descriptor)[-1]) if vocabulary.words(target.descriptor) else None
    if kind is None and len(said) >= 2 and said[-1] in ("icon", "badge", "counter", "count", "logo"):  # "the favorites count is 1"
        kind = _KINDS[said[-1]]
    if kind is None and said and set(said) <= {"error", "message", "alert", "warning"} and set(said) & {"error", "alert", "warning"}:
        kind = "error"
    if kind == "message" and set(said) & ERROR_WORDS - {"alert"}:
        kind = "error"
    if kind == "error" and "alert" in said and not set(said) & ERROR_WORDS - {"alert"}:
        return Intent(kind="message", subject=" ".join(w for w in said if w not in ("alert", "message")))  # "the alert": an info box too
    if kind is None:
        return Intent(kind=None, subject=target.text)
    drop = {"icon", "badge", "counter", "count", "message"} | ({"error"} if kind == "error" else set())
    if kind == "image":
        drop |= {"image", "picture", "photo", "img", "cover", "thumbnail", "thumb"}  # "the cover picture" names no particular one
    if kind == "logo":
        drop |= {"logo"}
    if not set(said) & drop:
        return Intent(kind=kind, subject=target.text)  # "Blue Mug" (title) keeps its case for an exact match
    return Intent(kind=kind, subject=" ".join(w for w in said if w not in drop))


_BOX_WORDS = frozenset({"panel", "box", "card", "pane", "widget", "tile"})
# what a person calls a whole part of the page ("the header shows Welcome jane"); "menu" stays a control's name
_PART_NAMES = {"header", "footer", "sidebar", "navigation", "dialog", "nav", "navbar", "nav bar", "navigation bar",
               "side bar", "side menu", "banner", "top bar", "topbar", "page header", "page footer", "modal",
               "modal dialog", "popup", "popover", "site header", "site footer", "main menu", "top menu", "header menu",
               "navigation menu", "nav menu", "site menu", "main navigation", "site navigation"}


def region_named(target: model.Target) -> str | None:
    """The part of the page the whole target names ("the header", "the navigation bar"), as its canonical region."""
    if target.descriptor or target.scope or target.region or target.position is not None or target.exact:
        return None
    said = " ".join(vocabulary.content(target.text))
    if said not in _PART_NAMES:
        return None
    name = region_name(said)
    if name in ("popover", "site header", "site footer"):
        name = {"popover": "dialog", "site header": "header", "site footer": "footer"}[name]
    return name if name in CANONICAL_REGIONS else None


def container_named(target: model.Target) -> str | None:
    """The box inside the page the whole target names ("the table", "the pagination"): containers.py."""
    if (target.descriptor not in (None, "list")) or target.scope or target.region or target.position is not None or target.exact:
        return None
    if target.role_hint not in (None, "table", "grid", "toolbar", "list"):
        return None  # "the Tags field": a control the person named by its role, not the tags bar
    return containers.named(target.text)  # "the table lists Bob" too: a list noun that names one of these boxes


def scan_hints(intent: Intent) -> tuple[set[str], bool, bool]:
    """Extra pre-filter words, whether alerts/live regions, and whether numeric texts, should be listed."""
    if intent.kind == "badge":
        return set(BADGE_WORDS), False, True
    if intent.kind == "error":
        return set(ERROR_WORDS) | {"message", "feedback"} | vocabulary.glued_forms(ERROR_WORDS), True, False
    if intent.kind == "message":
        return set(MESSAGE_WORDS), True, False
    if intent.kind == "title":
        return set(TITLE_WORDS), False, False
    if intent.kind == "container":
        return containers.scan_words(intent.subject), False, False
    if intent.kind == "logo":
        return {"logo", "brand"}, False, False
    if intent.kind == "image" and not intent.subject:
        return {"image", "img"}, False, False  # "the cover picture": any picture, the words a scan gives every one
    if intent.kind == "list" and vocabulary.content(intent.subject or "") == ["list"]:
        return {"table", "grid"}, False, False  # "Camera Lens is in the list": the page's table is one (score_list)
    return set(), False, False


def markup_words(element: ScannedElement) -> set[str]:
    return vocabulary.expand(element.get("markup_words") or ())


def glyphs(element: ScannedElement) -> str:
    """The letters and symbols a person sees on it, numbers left out (a badge count is not a label)."""
    shown = element.get("shown_text")
    return re.sub(r"[\s\d+().,:;!?#%*/|\-]", "", element.get("text", "") if shown is None else shown)


def is_textless(element: ScannedElement) -> bool:
    """Little or no visible text: a picture, a glyph such as ≡ or ×, or only a badge number."""
    return len(glyphs(element)) <= 2


def is_number(element: ScannedElement) -> bool:
    return bool(_NUMBER.match((element.get("shown_text") or "").strip()))


def score_icon(element: ScannedElement, subject: str, named: float) -> float:
    """A control with little or no text, named by its markup or icon words (or its accessible name)."""
    by_markup = vocabulary.cover(subject, markup_words(element)) * 0.9 if subject else 0.0
    glyph = vocabulary.expand(element.get("icon_words") or ())
    if glyph and by_markup and vocabulary.cover(subject, glyph) * 0.9 < by_markup:
        by_markup *= 0.8  # "the menu icon" is the ≡ glyph, not a right-menu item whose glyph is a magnifier
    score = max(named, by_markup)
    if is_textless(element):
        return score
    # a labelled button drawn with that very glyph ("Delete Discussion" beside a trash can) is the trash icon, a
    # notch below a control that is only the glyph (the header's cart icon over each product's Add to cart)
    drawn = vocabulary.cover(subject, glyph) if subject and glyph else 0.0  # 0.9 for a synonym (pencil: pen)
    return max(score * 0.5, 0.8 * drawn if drawn >= 0.9 * 0.99 else 0.0)


TOAST_WORDS = frozenset({"toast", "toaster", "notification", "notifications", "notify", "snackbar", "snack", "notice", "flash",
                         "growl"})


def is_toast(element: ScannedElement) -> bool:
    """A toast, snackbar or notification: called so by its markup, a status or alert, or a live region."""
    return (bool(markup_words(element) & TOAST_WORDS) or element.get("role") in ("alert", "status")
            or bool(element["attrs"].get("aria-live")) or "toast" in (element.get("own_regions") or ()))


def is_field_error(element: ScannedElement) -> bool:
    """Is it the message an invalid field points at as its error (the scan's field_error_of: that field's label)?"""
    return element.get("field_error_of") is not None


def of_the_field_named(scored: list[Any], subject: str) -> list[Any]:
    """"The Email error": when the subject names the field some error messages belong to (its whole name is in the
    field's label), the messages of the other fields are not it, whatever they say."""
    named = {s.element["field_error_of"] for s in scored if is_field_error(s.element)
             and vocabulary.cover(subject, vocabulary.expand(vocabulary.words(s.element["field_error_of"]))) >= 0.99}
    if not named:
        return scored
    return [s for s in scored if not is_field_error(s.element) or s.element["field_error_of"] in named]


def says(element: ScannedElement, text: str) -> bool:
    """Does the element show ``text`` (case and runs of white space aside)?"""
    shown = element.get("shown_text")
    have = " ".join((element.get("text", "") if shown is None else shown).split()).lower()
    return " ".join(text.split()).lower() in have


def score_badge(element: ScannedElement, subject: str) -> float:
    """The small element holding a number, inside or next to the control the subject names."""
    own = markup_words(element)
    text = (element.get("shown_text") or "").strip()
    badge_like = bool(own & BADGE_WORDS)
    if not badge_like and not (is_number(element) and not element["interactive"]):
        return 0.0
    if text and not is_number(element) and len(glyphs(element)) > 3:
        return 0.0  # a "badge" of words is a label, not a counter
    named = 1.0
    if subject:  # "the cart badge": the subject's words on the badge or the control it sits in (a synonym ranks lower)
        named = vocabulary.cover(subject, own | vocabulary.expand(element.get("near_words") or ()))
        if named < 0.99 * 0.9:
            return 0.0
    return (0.95 if badge_like else 0.85) * named


def score_message(element: ScannedElement, subject: str, error: bool) -> float:
    """The element holding a message (an error: role=alert, aria-live, error/danger/invalid words), with its text.

    A box the markup calls a success or an info ("alert alert-success") is never the error message.
    """
    if len(glyphs(element)) < 3:
        return 0.0  # an icon or a close button, not the message
    if element["tag"] in _NOT_MESSAGES:
        return 0.0  # a form or field the markup calls invalid (ng-invalid, is-invalid) is what the message is about
    own = markup_words(element)
    role = element.get("role") or ""
    if is_field_error(element):
        score = 0.95  # the box an invalid field names as its error (aria-errormessage, aria-describedby)
    elif error:
        if own & POSITIVE_WORDS:
            return 0.0
        if role == "alert":
            score = 0.95
        elif own & (ERROR_WORDS - {"alert"}):
            score = 0.9
        elif "alert" in own or element["attrs"].get("aria-live") == "assertive":
            score = 0.8
        else:
            return 0.0
    elif role in ("alert", "status"):
        score = 0.95
    elif own & MESSAGE_WORDS:
        score = 0.9
    elif element["attrs"].get("aria-live"):
        score = 0.85
    else:
        return 0.0
    said = set(vocabulary.words(subject))
    if said and said <= TOAST_WORDS | {"message"}:  # "the toast", "the notification": a box that pops up to say something
        if not is_toast(element):
            return score * 0.75
        return score if own & said else score * 0.9  # "the toast": the box called so, over an alert or a status
    if subject:  # "the login error", "the success message": its words on it, in it or around it rank it first
        have = own | set(vocabulary.words((element.get("shown_text") or ""))) | vocabulary.expand(element.get("near_words") or ())
        score *= 0.75 + 0.25 * vocabulary.cover(subject, have)
    return score


_NOT_LISTS = frozenset({"a", "button", "input", "select", "textarea", "label", "option", "img", "svg", "span", "i", "b", "strong",
                        "em", "small", "h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "th"})
_LIST_TAGS = {"ul": "list", "ol": "list", "table": "table", "tbody": "table"}


_WAYFINDING = frozenset({"breadcrumb", "breadcrumbs", "pagination", "pager"})


def score_list(element: ScannedElement, subject: str) -> float:
    """"The cart lists X": the box the subject names by its markup words, label or title (a heading as its first
    line), never a control, a line of text or a badge inside one."""
    if element["interactive"] or element["tag"] in _NOT_LISTS or is_textless(element):
        return 0.0
    attrs = element["attrs"]
    have = markup_words(element) | set(vocabulary.words(" ".join((element.get("box_title") or "", attrs.get("aria-label", ""),
                                                                 attrs.get("title", "")))))
    role = element.get("role") or ""
    if element["tag"] in _LIST_TAGS or role in ("list", "table", "grid", "feed", "listbox"):
        have.add(_LIST_TAGS.get(element["tag"], role if role != "listbox" else "list"))
    if not subject:
        return 0.0
    said = vocabulary.content(subject)
    if said == ["list"]:
        # "Camera Lens is in the list": the page's list, a table too (Vendure's products), never its breadcrumbs or
        # pager, nor a list in the header, the navigation or the footer
        if have & _WAYFINDING or element.get("regions") and {"navigation", "header", "footer"} & set(element["regions"]):
            return 0.0
        if have & {"footer", "header", "toolbar"}:
            return 0.0  # a table's footer or toolbar (its pager, "10 per page"): beside the list, not the list
        if have & {"table", "grid"}:
            have.add("list")
    have = vocabulary.expand(have)
    covered = vocabulary.cover(subject, have)
    if "list" in said and len(said) > 1 and "list" not in have:  # "the favorites list": a box of favorites, any tag
        covered = max(covered, 0.8 * vocabulary.cover(" ".join(w for w in said if w != "list"), have))
    return 0.95 * covered


def score_image(element: ScannedElement, subject: str, named: float) -> float:
    if element["tag"] not in ("img", "svg", "picture") and element.get("role") != "img":
        return 0.0
    return max(named, vocabulary.cover(subject, markup_words(element)) * 0.85) if subject else 0.8


def score_logo(element: ScannedElement, subject: str, named: float) -> float:
    """"The Wagtail Bakery logo": a picture, or a link the markup calls the logo or brand (often the site's name in text)."""
    marked = bool(markup_words(element) & {"logo", "brand"})
    if not marked and element["tag"] not in ("img", "svg", "picture") and element.get("role") != "img":
        return 0.0
    if not subject:
        return 0.9 if marked else 0.6
    # "the Pinry logo": a logo picture seldom says the site's name in its markup; the one marked a logo is it (two tie),
    # unless it shows a name of its own: a logo that reads "The Wagtail Bakery" is never "the Breads logo"
    shows_a_name = bool(element.get("name") or (element.get("text") or "").strip())
    return max(named, vocabulary.cover(subject, markup_words(element)) * 0.85, 0.75 if marked and not shows_a_name else 0.0)


def adjust_title(element: ScannedElement, named: float) -> float:
    """"The product title X": headings, title links and elements the markup calls title/name come first."""
    titled = element.get("role") in ("heading", "link") or bool(markup_words(element) & TITLE_WORDS)
    return min(1.0, named * 1.05) if titled else named * 0.9


def in_region(element: ScannedElement, region: str) -> bool:
    """Is the element in the named part of the page (landmark, class words) or screen area (top right…)?"""
    said = region_name(" ".join(vocabulary.words(region)))
    parts = said.split()
    edges = [p for p in parts if p in _EDGE]
    if edges and len(edges) == len(parts):
        return _at_edges(element, edges)
    if said in CANONICAL_REGIONS or said in element.get("regions", ()):
        return said in element.get("regions", ())
    around = vocabulary.expand(element.get("region_words") or ())
    if said == "alert":  # "on the alert" (phrases.MESSAGE_BOXES): in a box the markup calls an alert, error or message
        return bool(around & (ERROR_WORDS | MESSAGE_WORDS))
    menu = menu_named(said)
    if menu is not None:  # "in the user menu": a box named by the control that opens it, or by its own markup
        return not menu or vocabulary.cover(menu, around) >= 0.89
    inside = containers.in_container(around, said)
    if inside is not None:  # "in the tags bar": inside the box the markup calls so
        return inside
    return bool(parts) and all(p in around for p in parts if p not in _EDGE) and _at_edges(element, edges)


MENU_NOUNS = frozenset({"menu", "dropdown", "drop", "down", "submenu", "sub", "popover", "popup", "pop", "up", "flyout"})


def menu_named(region: str) -> str | None:
    """The name of a menu a region is ("user menu" -> "user", "account dropdown" -> "account"), or None when the
    region is not a menu."""
    said = vocabulary.words(region)
    if len(said) < 2 or said[-1] not in MENU_NOUNS:
        return None
    return " ".join(w for w in said if w not in MENU_NOUNS)


def region_name(said: str) -> str:
    """The canonical name of a region as said ("nav bar" -> navigation, "top bar" -> header)."""
    return _REGION_ALIASES.get(said, said)


def _at_edges(element: ScannedElement, edges: list[str]) -> bool:
    """Screen areas as a person sees the first screen: a quarter of its height, a third of its width."""
    x, y, w, h = element.get("box") or (0, 0, 0, 0)
    width, height = element.get("viewport") or (1280, 900)
    cx, cy = x + w / 2, y + h / 2
    tests = {"top": cy < height * 0.25, "bottom": cy > height * 0.75, "left": cx < width / 3, "right": cx > width * 2 / 3}
    return all(tests[e] for e in edges)


def drop_nested(ranked: list[Any]) -> list[Any]:
    """Of a box and the element inside it holding (nearly) its whole text, keep the inner one, as equally good."""
    by_index = {s.element["i"]: s for s in ranked}
    dropped = set()
    for inner in ranked:
        for outer_i in inner.element.get("ancestors") or ():
            outer = by_index.get(outer_i)
            if outer is None or outer.score - inner.score >= 0.02:
                continue
            inner_len, outer_len = len(glyphs(inner.element)), len(glyphs(outer.element))
            if outer_len and inner_len >= 0.8 * outer_len:
                dropped.add(outer_i)
    return [s for s in ranked if s.element["i"] not in dropped]
