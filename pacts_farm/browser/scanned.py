"""What the in-page scan (dom.js `scan`) says of one element: the one shape discovery, healing and Claude's pick
read, typed where it enters Python (PageSession.scan). Keys the scan adds only on request (``detail``: shown text,
regions, surroundings) may be missing."""

from __future__ import annotations

from typing import Any, TypedDict


class ScannedElement(TypedDict, total=False):
    i: int  # its index in the page's list of scanned elements (window.__pactsEls), for later calls about it
    tag: str
    role: str | None
    name: str  # accessible name
    text: str
    own_text: str
    label: str
    attrs: dict[str, str]  # id, class, name, test ids, aria-*, title, alt, placeholder, type, href, value, role, toggles
    interactive: bool
    pointer: bool  # a hand cursor: clicked like a button though it has no role
    hover_menu: bool  # first in a box whose menu opens on hover (Bulma's has-dropdown): the menu's control
    editable: bool
    visible: bool
    hidden_because: str
    enabled: bool
    filled_form: bool  # inside a form this page's steps filled
    markup_words: list[str]  # class, id, name, test ids and icon names, split into words
    icon_words: list[str]
    near_words: list[str]  # of its parent, siblings and the control around it
    near_label: str
    next_label: str
    box_title: str
    box_title_field: bool
    header_row: bool
    row_css: str | None
    group_member: bool
    group_css: str | None
    own_regions: list[str]
    container: str | None  # css of the box that holds the scope's text
    container_text: str
    container_len: int
    scope_exact: str | None
    scope_value: str | None
    items: list[dict[str, Any]]  # the repeated boxes around it (index, count, css)
    neighbourhood: str
    shown_text: str | None
    regions: list[str]
    region_words: list[str]
    landmarks: dict[str, Any]
    ancestors: list[int]  # indexes of the scanned elements around it
    box: list[float]  # left, top, width, height in page coordinates
    viewport: list[int]
    icon_css: str | None
    holder: dict[str, Any] | None  # the control or box it sits in (badges.py)
    field_error_of: str  # the label of the field whose error message it is
    in_open_menu: bool  # inside a box of role menu or listbox, or a Bootstrap dropdown menu
    heads_box: bool  # all that a content box's header or title bar says (a card's title link)
    opened_by: dict[str, Any] | None  # a menu box: the toggle that drops it down (name, expanded)
    menu_of: str | None  # with detail, an item of a menu box: the name of the toggle that drops that menu down
    dialog_path: list[int] | None  # asked for in a dialog: where the dialog it is in sits (child positions from the body)
