"""Boxes inside a page that people name by what they are: "the table shows Bob", "the pagination shows Total 100",
"the breadcrumb shows Users", "the tags bar shows Orders". The noun names a container; the check reads its text.

The whole parts of a page (header, footer, sidebar, navigation, dialog, main) are regions (intent.py); this is
the one list of the boxes within them. A container is found by its tag or role (<table>, role=toolbar), by the
words of its accessible label (aria-label="pagination"), or by a class or id whose head word is the noun
("el-pagination", "tags-view-container": the noun after a library prefix, before generic words such as
container or wrapper). A class that only mentions the noun ("table-toolbar": a toolbar) ranks far lower, and a
part of one (BEM "el-table__header") is not the container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pacts_farm.browser.scanned import ScannedElement
from pacts_farm.planning import vocabulary


@dataclass(frozen=True, kw_only=True, slots=True)
class Container:
    words: frozenset[str]  # what markup and labels call it (stemmed: "tags" is "tag")
    roles: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()


CONTAINERS: dict[str, Container] = {
    "table": Container(words=frozenset({"table", "grid", "datagrid", "datatable"}), roles=frozenset({"table", "grid", "treegrid"}),
                       tags=frozenset({"table"})),
    "pagination": Container(words=frozenset({"pagination", "pager", "paginator", "paging"})),
    "breadcrumb": Container(words=frozenset({"breadcrumb", "crumb"})),
    "toolbar": Container(words=frozenset({"toolbar"}), roles=frozenset({"toolbar"})),
    "tags bar": Container(words=frozenset({"tag", "tagsview"})),
    "filters": Container(words=frozenset({"filter", "facet", "refinement", "refine"})),
    "form": Container(words=frozenset({"form"}), roles=frozenset({"form"}), tags=frozenset({"form"})),
}
# what people call them ("the pager", "the tags view"), mapped to the nouns above
ALIASES = {
    "table": "table", "data table": "table", "grid": "table", "data grid": "table", "pagination": "pagination",
    "pagination bar": "pagination", "pager": "pagination", "paginator": "pagination", "breadcrumb": "breadcrumb",
    "breadcrumbs": "breadcrumb", "breadcrumb bar": "breadcrumb", "toolbar": "toolbar", "tool bar": "toolbar",
    "tags bar": "tags bar", "tag bar": "tags bar", "tags view": "tags bar", "tags": "tags bar",
    # the box of a list's filters ("in the filters", "in the filter panel"); "the filter menu" stays a menu
    "filters": "filters", "filter": "filters", "filter panel": "filters", "filters panel": "filters", "filter sidebar": "filters",
    "filters sidebar": "filters", "filter section": "filters", "filter bar": "filters", "filter pane": "filters",
    "filter area": "filters", "filter box": "filters", "facets": "filters", "refinements": "filters",
    "form": "form",  # "the form shows the error …": the <form>, never a label that mentions a form
}
# words that follow the noun in a class name without changing what the box is ("tags-view-container")
_GENERIC = frozenset({"container", "wrapper", "wrap", "view", "bar", "box", "area", "outer", "inner", "section", "panel",
                      "holder", "root", "component", "nav", "list", "controls", "control", "template"})
_LIBRARY_PREFIX = frozenset({"el", "ant", "mat", "mui", "v", "q", "p", "b", "ion", "chakra", "mantine", "app", "c", "x"})
_CELL_TAGS = frozenset({"td", "th", "tr", "li", "a", "button", "input", "select", "textarea", "label", "option"})


def named(said: str) -> str | None:
    """The container a whole phrase names ("the pagination bar" -> pagination), or None."""
    return ALIASES.get(" ".join(vocabulary.content(said)))


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _class_score(name: str, wanted: frozenset[str]) -> float:
    """1.0 when the class's head word is the noun, 0.5 when it only mentions it, 0 for a part of one (BEM __)."""
    if "__" in name:
        return 0.0
    words = [_stem(w) for w in vocabulary.words(name)]
    if words and words[0] in _LIBRARY_PREFIX and len(words) > 1:
        words = words[1:]
    core = list(words)
    while len(core) > 1 and core[-1] in _GENERIC:
        core.pop()
    if not core:
        return 0.0
    if core[-1] in wanted or "".join(core) in wanted:
        return 1.0
    return 0.5 if set(words) & wanted else 0.0


def score(element: ScannedElement, noun: str) -> float:
    """How surely the element is the container ``noun`` names (0: it is not one)."""
    spec = CONTAINERS.get(noun)
    if spec is None or element["interactive"] or element["tag"] in _CELL_TAGS:
        return 0.0
    if element["tag"] in spec.tags or (element.get("role") or "") in spec.roles:
        return 1.0
    attrs = element["attrs"]
    if {_stem(w) for w in vocabulary.words(attrs.get("aria-label", ""))} & spec.words:
        return 1.0
    names = re.split(r"\s+", attrs.get("class", "").strip()) + [attrs.get("id", "")]
    if "-" in element["tag"]:  # a custom element's tag past its prefix (<vdr-pagination-controls>): its class, in effect
        names.append(element["tag"].split("-", 1)[1])
    return max((_class_score(n, spec.words) for n in names if n), default=0.0)


def scan_words(noun: str) -> set[str]:
    """Words the DOM scan lists candidates by (their plural forms too: markup says "tags", "breadcrumbs")."""
    spec = CONTAINERS[noun]
    return set(spec.words) | {f"{w}s" for w in spec.words} | set(spec.roles)


def in_container(region_words: set[str], region: str) -> bool | None:
    """Is an element inside the container ``region`` names, by the words of the boxes around it? None: not a container."""
    noun = named(region)
    if noun is None:
        return None
    return bool({_stem(w) for w in region_words} & CONTAINERS[noun].words)
