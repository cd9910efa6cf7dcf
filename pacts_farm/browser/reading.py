"""Reading an element's text as a person reads it, where its text as matched says less or more: the case as
written, what its styles draw, a count beside a name, a cell under a column, a search term echoed back. Each reader
takes a Playwright locator and answers None or False when the element cannot be read (gone, or never there)."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator as PwLocator


def text_pattern(text: str) -> re.Pattern[str]:
    """``text`` anywhere, but a number at either end stays whole: "1" is not found in "12" (a badge that shows 12);
    a space matches any run of white space, as a person reads text the markup wraps over lines. A word's letters are
    not bounded: inline elements' texts abut in the text the page matches ("Continue" then "Thanks" read
    "ContinueThanks")."""
    pattern = r"\s+".join(re.escape(part) for part in text.split())
    if text[:1].isdigit():
        pattern = r"(?<![\d.,])" + pattern
    if text[-1:].isdigit():
        pattern += r"(?![\d])"
    return re.compile(pattern)


def read_first(loc: PwLocator, script: str, arg: Any = None) -> Any:
    """``script`` evaluated on the locator's first element, or None when it cannot be (gone, or never there)."""
    try:
        return loc.first.evaluate(script, arg, timeout=1000)
    except PlaywrightError:
        return None


def written_says(loc: PwLocator, text: str) -> bool:
    """Does the element show ``text`` once the case a style gave it is set aside ("Name" under a header styled
    upper-case, shown "NAME"), its words and their order unchanged? Only when its text as written has that case."""
    read = read_first(loc, "(el) => [el.innerText || '', el.textContent || '']")
    if read is None:
        return False
    shown, written = read
    pattern = text_pattern(text)  # a number stays whole: "1" is never found in a badge's "12"
    return bool(re.compile(pattern.pattern, re.IGNORECASE).search(" ".join(shown.split()))
                and pattern.search(" ".join(written.split())))


# the element's text with what its styles draw before and after each part (content: "#" on a tag link, " *" after a
# required label): text a person sees that innerText leaves out
_DRAWN_TEXT = """(el) => {
  const drawn = (e, which) => {
    const content = getComputedStyle(e, which).content;
    if (!content || !/^".*"$/.test(content)) return "";
    try { return JSON.parse(content); } catch (err) { return ""; }
  };
  const walk = (n) => {
    if (n.nodeType === 3) return n.textContent;
    if (n.nodeType !== 1) return "";
    const style = getComputedStyle(n);
    if (style.display === "none" || style.visibility === "hidden") return "";
    let out = drawn(n, "::before");
    for (const c of n.childNodes) out += walk(c);
    out += drawn(n, "::after");
    return style.display.startsWith("inline") ? out : " " + out + " ";
  };
  return walk(el);
}"""


def drawn_says(loc: PwLocator, text: str) -> bool:
    """Does the element show ``text`` once what its styles draw is read too ("#qa" where the page writes "qa" and a
    style draws the "#" before it)? Only for a text that has such a mark."""
    if not re.search(r"[^\w\s]", text):
        return False
    drawn = read_first(loc, _DRAWN_TEXT)
    return drawn is not None and bool(text_pattern(text).search(" ".join(str(drawn).split())))


# the short line around each deepest element of a list that shows the text; the line when every one of them is a
# search echoed back ("Search Term: Dracula", "Results for "Dracula""), else null
_ONLY_ECHOED = r"""(el, text) => {
  const want = text.replace(/\s+/g, " ").trim().toLowerCase();
  const says = (n) => (n.innerText || "").replace(/\s+/g, " ").toLowerCase().includes(want);
  const holders = Array.from(el.querySelectorAll("*")).filter((d) => d.getClientRects().length && says(d) && !Array.from(d.children).some(says));
  if (!holders.length) return null;
  const ECHO = /search\s+term|searched\s+for|you\s+searched|results?\s+for|no\s+results|nothing\s+(?:was\s+)?found|no\s+matches|matching\s+your/i;
  const lines = holders.map((h) => {
    let line = h;
    while (line.parentElement && line.parentElement !== el && (line.parentElement.innerText || "").length < 120) line = line.parentElement;
    return (line.innerText || "").replace(/\s+/g, " ").trim();
  });
  return lines.every((t) => ECHO.test(t)) ? lines[0] : null;
}"""


def count_beside_says(loc: PwLocator, text: str) -> bool:
    """ "javascript (8)" said of a row that shows the name in one cell and 8 in the next: the count a tester writes
    in brackets after a name, shown beside it without them."""
    said = re.fullmatch(r"(.*\S)\s*\((\d+)\)", text.strip())
    if said is None:
        return False
    shown = read_first(loc, "(el) => el.innerText || ''")
    if shown is None:
        return False
    name = r"\s+".join(re.escape(w) for w in said.group(1).split())
    return bool(re.search(rf"(?<!\w){name}\s+{said.group(2)}(?!\d)", str(shown)))


# the text of a row's cell under the column whose title is ``noun`` (singular or plural), or null
_CELL_UNDER = """(row, noun) => {
  const table = row.closest("table, [role=table], [role=grid]");
  if (!table) return null;
  // the column titles: the last header row (one above it may hold a search box and a pager, as Kutt's does)
  const titled = Array.from(table.querySelectorAll("thead tr")).filter((r) => r.querySelector(":scope > th"));
  const heads = titled.length ? Array.from(titled[titled.length - 1].querySelectorAll(":scope > th"))
    : Array.from(table.querySelectorAll("[role=columnheader]"));
  const said = (t) => (t || "").trim().toLowerCase().replace(/s$/, "");
  const at = heads.findIndex((h) => said(h.innerText) === said(noun) || said(h.innerText).endsWith(" " + said(noun)));  // "Number of participants"
  if (at < 0) return null;
  const cells = Array.from(row.querySelectorAll(":scope > td, :scope > th, :scope > [role=cell], :scope > [role=gridcell]"));
  return cells.length === heads.length && cells[at] ? cells[at].innerText.trim() : null;
}"""


def cell_under_says(loc: PwLocator, text: str) -> bool:
    """ "home-lab is listed with 0 bookmarks": the row's cell under the Bookmarks column says 0."""
    said = re.fullmatch(r"(\d[\d,.]*)\s+([A-Za-z][\w-]*)", text.strip())
    if said is None:
        return False
    cell = read_first(loc, _CELL_UNDER, said.group(2))
    return cell is not None and " ".join(str(cell).split()) == said.group(1)


def reads_as(loc: PwLocator, text: str) -> bool:
    """Does a person read ``text`` in the element though its text, as matched, does not contain it: in another case
    a style gave it, with marks a style draws, as a count beside a name, or in the cell under a column?"""
    return written_says(loc, text) or drawn_says(loc, text) or count_beside_says(loc, text) or cell_under_says(loc, text)


def only_echoed(loc: PwLocator, text: str) -> str | None:
    """The line where a list shows ``text`` when that is only the search echoed back ("Search Term: Dracula" over
    "No Results Found"), in none of its items; None when an item shows it."""
    echo = read_first(loc, _ONLY_ECHOED, text)
    return str(echo) if echo else None
