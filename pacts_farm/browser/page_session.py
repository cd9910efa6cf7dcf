"""The page a step acts on: one fresh context per item, locator mapping, the actionability gate, actions,
assertions and evidence. With chromium.py and reading.py (its text readers), the browser side of playwright."""

from __future__ import annotations

import contextlib
import json
import logging
import operator
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator as PwLocator
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from pacts_farm import bundled, model, secrecy
from pacts_farm.browser import loading, network, patience, reading, settled
from pacts_farm.browser.scanned import ScannedElement
from pacts_farm.finding import fields, ratings

log = logging.getLogger(__name__)
DOM_JS = bundled.text("browser", "dom.js") + bundled.text("browser", "menus.js")  # menus.js: closed menus and the controls that open them
# A selector engine in Playwright's isolated world, where actions run: `<locator> >> pacts-ready=<json>` keeps
# the element only if __pactsDom.ready() says so. Checking there, not with evaluate() in the page's own world,
# spares each new document a second install of Playwright's injected script (20-30 ms).
READY_ENGINE_NAME = "pacts-ready"
READY_ENGINE = (
    "(() => {\n" + DOM_JS + "\nconst ready = (root, selector) => root.nodeType === 1 && window.__pactsDom.ready(root, JSON.parse(selector));\n"
    "return { query(root, s) { return ready(root, s) ? root : null; }, queryAll(root, s) { return ready(root, s) ? [root] : []; } };\n})()"
)
# The same helpers in the page's own world, installed into a document by the first call that needs them
# (PageSession._with_helpers); a guarded call returns _NO_HELPERS where they are not installed yet.
_INSTALL_HELPERS = "() => {\n" + DOM_JS + "\n}"
_NO_HELPERS = "pacts:no-helpers"
# Fields this page's steps filled, remembered in the document (a new page forgets them): a later "Click Log In"
# that matches both a header link and the filled form's button means the form's (discover.py).
_FORM_INPUT = frozenset({model.Action.FILL, model.Action.SELECT, model.Action.CHECK, model.Action.UNCHECK})
_MARK_FILLED = "(el) => { (window.__pactsFilled = window.__pactsFilled || []).push(el); }"
# a code editor (CodeMirror, Ace, Monaco) or a part of one: typed into through the keyboard, never filled (dom.js's
# CODE_EDITOR names the same boxes; a plain script here, so a fill never installs the helpers for it)
_IS_CODE_EDITOR = "el => !!el.closest('.CodeMirror, .cm-editor, .ace_editor, .monaco-editor')"
# How busy the page has been (patience.Activity), in its own world: observers installed on the first call in a
# document note elements added or removed, state attributes changing and long tasks (buffered: also those before).
_ACTIVITY = """(windowMs) => {
  const now = performance.now();
  let s = window.__pactsActivity;
  if (!s) {
    s = window.__pactsActivity = { since: now, changed: now, tasks: [], seen: 0, taskObserver: null };
    const elements = (nodes) => Array.prototype.some.call(nodes, (n) => n.nodeType === 1);
    new MutationObserver((records) => {
      if (records.some((r) => r.type === "attributes" || elements(r.addedNodes) || elements(r.removedNodes))) s.changed = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true,
      attributeFilter: ["disabled", "hidden", "aria-hidden", "aria-disabled", "aria-busy", "class", "open", "inert"] });
    try {
      s.taskObserver = new PerformanceObserver((list) => { for (const t of list.getEntries()) s.tasks.push([t.startTime, t.startTime + t.duration]); });
      s.taskObserver.observe({ type: "longtask", buffered: true });
    } catch (e) { s.taskObserver = null; }
  }
  if (s.taskObserver) for (const t of s.taskObserver.takeRecords()) s.tasks.push([t.startTime, t.startTime + t.duration]);
  if (s.tasks.length > 100) s.tasks.splice(0, s.tasks.length - 100);
  const resources = performance.getEntriesByType("resource");
  let last = s.changed;
  for (let i = s.seen; i < resources.length; i++) last = Math.max(last, resources[i].responseEnd);
  s.seen = resources.length;
  s.changed = Math.max(s.changed, Math.min(last, now));
  let busy = 0, lastTask = 0;
  for (const [start, end] of s.tasks) {
    busy += Math.max(0, Math.min(end, now) - Math.max(start, now - windowMs));
    lastTask = Math.max(lastTask, end);
  }
  const quiet = document.readyState === "complete" ? now - Math.max(s.changed, lastTask) : 0;
  return { quiet_ms: Math.max(0, quiet), busy_ms: busy, watched_ms: now - s.since };
}"""
# Where each element of the last scan sits: its landmark (header, nav, dialog ...) and its third of the viewport.
_REGIONS = """(indices) => indices.map((i) => {
  const el = window.__pactsEls && window.__pactsEls[i];
  if (!el) return "";
  const mark = el.closest("header,footer,nav,aside,main,dialog,form,[role=banner],[role=navigation],[role=contentinfo],[role=complementary],[role=dialog],[role=search]");
  const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  const row = y < innerHeight / 3 ? "top" : y > innerHeight * 2 / 3 ? "bottom" : "middle";
  const column = x < innerWidth / 3 ? "left" : x > innerWidth * 2 / 3 ? "right" : "centre";
  return (mark ? (mark.getAttribute("role") || mark.tagName.toLowerCase()) + ", " : "") + row + " " + column;
})"""
WEB_SCHEMES = ("http", "https")


# the element or its parent (the li of a nav link) marks itself the current entry
IS_CURRENT = """(el) => [el, el.parentElement].some((n) => n && (
  (n.getAttribute("aria-current") || "false") !== "false" || n.getAttribute("aria-selected") === "true" ||
  [...n.classList].some((c) => %s.includes(c) || %s.some((end) => c.endsWith(end)))))""" % (
    json.dumps(list(model.CURRENT_CLASSES)), json.dumps(list(model.CURRENT_CLASS_ENDINGS)))
_LOOKS_DISABLED = """(el) => {
  if (el.disabled || el.closest("fieldset:disabled")) return true;
  if (el.closest("[aria-disabled=true]")) return true;
  if (el.matches("input, select, textarea, button")) return false;  // a form control says it itself
  const flagged = (n) => n && /(^|[\\s_-])disabled(\\s|$)/i.test(String(n.className || ""));
  if (flagged(el) || flagged(el.parentElement)) return true;
  return getComputedStyle(el).pointerEvents === "none";
}"""


# the focused element takes typed text: a text field, a text area or an editable box (inside shadow roots too)
_FOCUS_EDITABLE = """() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el.disabled || el.readOnly) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA") return true;
  return el.tagName === "INPUT" && !/^(button|submit|reset|checkbox|radio|file|image|range|color|hidden)$/i.test(el.type);
}"""


# is the page named `name` shown? Its words in the URL's path or hash route (not the query: /login?next=/today is
# not the Today page), or a visible heading (h1-h3, role=heading, a page title box) or the document title saying them
_PAGE_NAMED = r"""(name) => {
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  if (!words.length) return false;
  const says = (text) => new RegExp("(^|[^\\p{L}\\p{N}])" + words.join("[^\\p{L}\\p{N}]*") + "($|[^\\p{L}\\p{N}])", "u").test((text || "").toLowerCase());
  const route = (location.pathname + " " + location.hash.split("?")[0]).replace(/[-_/.#]+/g, " ");
  if (says(route)) return true;
  if (says(document.title)) return true;
  const boxes = document.querySelectorAll("h1, h2, h3, [role=heading], [class*=page-title], [class*=page-header], [class*=PageTitle]");
  for (const box of boxes) {
    if (box.closest("nav, [role=navigation], a, button")) continue;
    const r = box.getBoundingClientRect();
    if (r.width && r.height && getComputedStyle(box).visibility !== "hidden" && says(box.innerText)) return true;
  }
  return false;
}"""


# the page named is already the one shown: its URL path (or hash route) ends with the name's words (/posts/, not
# /posts/42), or a part of its title or its main heading is the name and nothing more (a heading "Recent posts" on
# the home page is not the posts page)
_SIGN_IN_PAGE = re.compile(r"(?i)log\s*in|sign\s*in|signin")
_ON_PAGE_NAMED = r"""(name) => {
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  if (!words.length) return false;
  const route = (location.pathname + " " + location.hash.split("?")[0]).replace(/[-_/.#]+/g, " ").toLowerCase().trim();
  if (new RegExp("(^|[^\\p{L}\\p{N}])" + words.join("[^\\p{L}\\p{N}]*") + "$", "u").test(route)) return true;
  const only = (text) => ((text || "").toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).join(" ") === words.join(" ");
  const title = document.title.split(/\s+[|·—–-]\s+/);
  if (title.some(only)) return true;
  for (const box of document.querySelectorAll("h1, [role=heading][aria-level='1']")) {
    if (box.closest("nav, [role=navigation], a, button")) continue;
    const r = box.getBoundingClientRect();
    if (r.width && r.height && only(box.innerText)) return true;
  }
  return false;
}"""


_QUIET_MS = 300  # how long a page that loaded must rest before "the page has loaded" (or "the table has updated") holds
_QUIET_WAIT_MS = 3000  # how long that rest is waited for at most
_SETTLED_POLL_MS = 100  # how often a check of what stays asks whether the page has settled
_LOOK_MS = 1000  # the least time one look at the page is given: on a busy machine a check's slice can end before its first look


class StepFailed(Exception):
    """An action or assertion did not hold; the message is for the report."""


class ConcludedEarly(StepFailed):
    """A check failed before its timeout because the page had settled (settled.py): no time is given back."""


def _failure(watch: settled.Watch, message: str) -> StepFailed:
    """A failed check's error, saying so when it ended early on a settled page."""
    return ConcludedEarly(message + watch.note) if watch.concluded else StepFailed(message)


class NotUnique(StepFailed):
    """Playwright refused to act: the locator finds more than one element (strict mode). Nothing was done."""


@dataclass(frozen=True, kw_only=True, slots=True)
class GateReport:
    visible: bool
    enabled: bool
    stable: bool | None  # None: not measured (the quick gate; pointer actions wait for stability themselves)
    covered_by: str | None
    reasons: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass(frozen=True, kw_only=True, slots=True)
class Inspection:
    count: int
    fingerprint: model.Fingerprint | None
    gate: GateReport | None


def _gate_report(data: dict[str, Any]) -> GateReport:
    return GateReport(
        visible=data["visible"],
        enabled=data["enabled"],
        stable=data["stable"],
        covered_by=data["covered_by"],
        reasons=tuple(data["reasons"]),
    )


def fingerprint_from_json(data: dict[str, Any]) -> model.Fingerprint:
    return model.Fingerprint(
        tag=data["tag"],
        role=data["role"],
        name=data["name"],
        attributes=tuple(sorted(data["attrs"].items())),
        neighbourhood=data["neighbourhood"],
    )



def scrub_archive(path: Path, secrets: tuple[str, ...]) -> None:
    """Rewrite a trace.zip with every form of each secret (plain, JSON-escaped, URL-encoded) masked.

    Playwright records typed values in action parameters, input values in DOM snapshots and request
    bodies in network resources; none of them may keep a secret in clear.
    """
    import zipfile
    from urllib.parse import quote, quote_plus

    forms = sorted(
        {f.encode() for s in secrets if s for f in (s, json.dumps(s)[1:-1], quote(s, safe=""), quote_plus(s))},
        key=len, reverse=True,
    )
    mask = model.MASK.encode()
    tmp = path.with_suffix(".scrubbing")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            for form in forms:
                data = data.replace(form, mask)
            target.writestr(info, data)
    tmp.replace(path)



_IS_RADIO = "(el) => el.tagName === 'INPUT' && el.type === 'radio'"


class PageSession:
    """A fresh browser context and page for one item."""

    def __init__(
        self, context: Any, *, artifacts_dir: Path, allowed_origins: tuple[str, ...], trace: str, retry: bool = False,
        settling: bool = True,
    ) -> None:
        self.context = context
        self.artifacts_dir = artifacts_dir
        self.trace_policy = trace
        self.allowed_origins = allowed_origins
        self.console_errors: list[str] = []
        self.blocked_navigations: list[str] = []  # top-level navigations the suite's origins do not allow
        self.hung_after_s: float | None = None  # set by the host's watchdog when it killed a stuck browser
        self._popups: list[Any] = []
        self._dialog_answer: str | None = None  # "accept" or "dismiss": the next browser dialog is answered so
        self.dialogs_answered: list[tuple[str, str, str]] = []  # (type, message, answer) since the answer was armed
        self.secrets: tuple[str, ...] = ()  # clear values typed into this page: kept out of evidence and the trace
        self.step_clock: patience.StepClock | None = None  # the step being run (set by execute): how long its waits may last
        self.next_controls: tuple[str, ...] = ()  # what the next steps name (set by execute): the form they fill is this one's
        self.failed = False
        self._in_flight: set[Any] = set()  # the page's requests the browser reported and not finished yet
        self.settling = settling
        if settling:  # each document keeps a record of what could still change it (about 1 ms a document)
            context.add_init_script(script=settled.INIT_SCRIPT)
        # Subscribed on the context before the page exists: the driver answers at once (after new_page it is
        # busy starting the renderer), and popups are covered too.
        context.on("console", self._on_console)
        context.on("dialog", self._on_dialog)  # an unanswered dialog in a popup stalls its opener
        if allowed_origins:
            context.on("requestfailed", self._on_request_failed)
        if trace != "off":  # DOM snapshots cost ~8 % of a run, the screencast ~20 %: only where asked for
            snapshots = trace in ("on-failure-full", "always") or retry
            context.tracing.start(screenshots=trace == "always", snapshots=snapshots)
        self.page: Page = context.new_page()
        if settling:
            self.page.on("request", lambda request: self._in_flight.add(request))
            self.page.on("requestfinished", lambda request: self._in_flight.discard(request))
            self.page.on("requestfailed", lambda request: self._in_flight.discard(request))
        self.page.on("pageerror", lambda exc: self._note(f"page error: {exc}"))
        self.page.on("download", lambda download: self._note(f"download refused: {download.suggested_filename}"))
        context.on("page", self._on_popup)

    def _note(self, text: str) -> None:
        if len(self.console_errors) < 50:
            self.console_errors.append(text[:500])

    def _on_console(self, message: Any) -> None:
        if message.type == "error":
            self._note(message.text.replace(network.BLOCKED_FAILURE, f"{network.BLOCKED_FAILURE} (refused: outside the suite's allowed origins)"))

    def _on_dialog(self, dialog: Any) -> None:
        """Leaving a page is allowed (beforeunload); an alert, confirm or prompt is answered as a step that follows
        said (arm_dialog_answer), else dismissed."""
        answer = "accept" if dialog.type == "beforeunload" else self._dialog_answer or "dismiss"
        if self._dialog_answer is None or dialog.type == "beforeunload":
            self._note(f"{dialog.type} dialog {answer}ed: {dialog.message}")
        else:
            self.dialogs_answered.append((dialog.type, dialog.message, answer))
        try:
            dialog.accept() if answer == "accept" else dialog.dismiss()
        except PlaywrightError as exc:  # the page went away meanwhile
            log.debug("dialog: %s", exc)

    def arm_dialog_answer(self, answer: str | None) -> None:
        """The next browser dialog is answered so ("accept" or "dismiss"); None: dismissed, unasked, as before."""
        self._dialog_answer = answer
        self.dialogs_answered = []

    def answered_dialog(self, timeout_ms: int) -> tuple[str, str, str]:
        """The browser dialog answered since arm_dialog_answer, waited for within the timeout (a page may ask
        after a request): its type, message and answer."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.dialogs_answered and time.monotonic() < deadline:
            self.page.wait_for_timeout(50)  # lets the driver deliver the dialog event
        if not self.dialogs_answered:
            raise StepFailed(f"no browser dialog (alert, confirm or prompt) opened within {timeout_ms} ms; "
                             "a dialog drawn by the page is answered by clicking its button (Click OK in the dialog)")
        return self.dialogs_answered[0]

    def _on_popup(self, popup: Any) -> None:
        """Popups are closed at the next action (closing inside the event handler stalls the click that opened it)."""
        if popup is not self.page:
            self._note(f"popup closed: {popup.url}")
            self._popups.append(popup)

    def _close_popups(self) -> None:
        if not self._popups:
            return
        while self._popups:
            try:
                self._popups.pop().close()
            except PlaywrightError as exc:
                log.debug("popup: %s", exc)
        self.page.bring_to_front()  # a popup left the page in the background, where animation frames stop

    def _on_request_failed(self, request: Any) -> None:
        """A request outside the allowed origins failed at the dead proxy; a page's own navigation is noted."""
        if request.failure == network.BLOCKED_FAILURE and request.is_navigation_request() and request.frame.parent_frame is None:
            self.blocked_navigations.append(request.url[:300])

    @property
    def browser_gone(self) -> bool:
        browser = self.context.browser
        return self.hung_after_s is not None or (browser is not None and not browser.is_connected())

    def policy_note(self) -> str:
        """Why the page is not where the test expected, when the suite's policy stopped it."""
        if not self.blocked_navigations:
            return ""
        allowed = ", ".join(self.allowed_origins)
        return (
            f"; the page tried to navigate to {self.blocked_navigations[-1]}, an origin this suite does not"
            f" allow (allowed: {allowed}) — add it to base_url or a Go to step if it is meant to be tested"
        )

    def responsive(self, timeout_ms: int = 1000) -> bool:
        """Does the page still run JavaScript? (A page stuck in a script loop never answers evaluate.)"""
        try:
            self.page.wait_for_function("() => true", timeout=timeout_ms)
        except PlaywrightTimeout:
            return False
        except PlaywrightError:
            return False
        return True

    # --- navigation and state ---

    def storage_state(self) -> dict[str, Any]:
        """Cookies and local storage now: what a signed-in requirement starts from (kept in memory only)."""
        return dict(self.context.storage_state())

    @property
    def url(self) -> str:
        return self.page.url

    def title(self) -> str:
        return self.page.title()

    def goto(self, url: str, timeout_ms: int) -> None:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme not in WEB_SCHEMES:
            raise StepFailed(f"refused to open {url}: only http(s) pages are tested (no file:, data: or other schemes)")
        self._close_popups()
        try:
            self.page.goto(url, wait_until="load", timeout=timeout_ms)
        except PlaywrightTimeout:
            raise StepFailed(f"page {url} did not load within {timeout_ms} ms") from None
        except PlaywrightError as exc:
            raise StepFailed(f"cannot open {url}: {_first_line(exc)}") from None

    def scripts_ready(self, timeout_ms: int) -> None:
        """Wait until the current document has run its parser-inserted scripts (DOMContentLoaded).

        A click that navigates returns once the new page has committed: its controls can be visible
        before the page's script has wired them up, and a key pressed then is lost. Free when already so.
        """
        # The client's own record of the frame's load states, as wait_for_load_state reads it first: reading it
        # here spares a waiter and its log messages to the driver (about 1 ms a step). Not there: the long way.
        if "domcontentloaded" in getattr(getattr(self.page.main_frame, "_impl_obj", None), "_load_states", ()):
            return
        try:
            self.page.wait_for_load_state("domcontentloaded", timeout=timeout_ms)
        except PlaywrightTimeout:
            pass  # the step goes on and fails, or not, on its own terms
        except PlaywrightError as exc:
            log.debug("load state: %s", exc)

    def wait_for_loaded(self, timeout_ms: int) -> list[str]:
        """Wait (up to ``timeout_ms``) until no loading mask or spinner shows (loading.py); those still shown."""
        def showing() -> list[str]:
            try:
                return [str(s) for s in self.page.evaluate(loading.SCRIPT)]
            except PlaywrightError as exc:
                if is_browser_gone(exc):
                    raise
                return ["a document coming or going"]
        return loading.wait_out(showing, self.page.wait_for_timeout, timeout_ms)

    def _with_helpers(self, evaluate: Callable[..., Any], script: str, *arg: Any) -> Any:
        """``evaluate(script, *arg)`` where ``script`` calls window.__pactsDom, installing the helpers into the page's
        document on its first call there: most documents of a warm run never need them (an init script in every
        document cost about 7 ms per document)."""
        guarded = f"(a, b) => window.__pactsDom ? ({script})(a, b) : {json.dumps(_NO_HELPERS)}"
        retries = 2
        while True:
            try:
                result = evaluate(guarded, *arg)
                if result == _NO_HELPERS:
                    self.page.evaluate(_INSTALL_HELPERS)
                    result = evaluate(guarded, *arg)
                return result
            except PlaywrightError as exc:  # a navigation (Enter in a search box) replaced the document mid-call
                if not retries or not _DOCUMENT_REPLACED.search(str(exc)):
                    raise
                retries -= 1
                with contextlib.suppress(PlaywrightError):
                    self.page.wait_for_load_state("domcontentloaded", timeout=5000)

    # --- locators ---

    def locate(self, locator: model.Locator) -> PwLocator:
        root: Any = self.page
        if locator.scope is not None:
            root = self.locate(locator.scope)
        loc = _map(root, locator)
        if locator.has_text:
            loc = loc.filter(has_text=locator.has_text)
        if locator.has is not None:
            loc = loc.filter(has=self.locate(locator.has))
        if locator.nth is not None:
            loc = loc.nth(locator.nth)
        return loc

    def count(self, locator: model.Locator) -> int:
        return self.locate(locator).count()

    def scan(
        self, tokens: list[str], scope: str | None, *, live: bool = False, numbers: bool = False, detail: bool = False,
        regions: bool = False, group: str | None = None, boxes: bool = False, section: str | None = None,
        scope_box: str | None = None, group_role: str | None = None,
    ) -> list[ScannedElement]:
        """Elements sharing a word with ``tokens`` (with ``live``: alerts and live regions; with ``numbers``: numeric
        texts; with ``regions``: the boxes that are a header, footer, sidebar, navigation or dialog; with ``group``: the
        repeated items that noun names, as counted (under the heading ``section`` says, when given); with ``boxes``: boxes
        titled by their first child; with ``detail``: the text shown, regions and surroundings that descriptors and
        regions need; with ``scope_box``: the scope names the element's own box of that kind, a form; with
        ``group_role``: the group is every control of that role, "the second checkbox")."""
        query = {"tokens": tokens, "scope": scope, "scope_box": scope_box, "live": live, "numbers": numbers, "detail": detail, "regions": regions,
                 "group": group, "group_role": _COUNTED_ROLES.get(group_role or ""), "boxes": boxes, "section": section}
        return json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.scan(q)", query))

    def group_pick(self, noun: str, region: str | None, index: int, section: str | None = None) -> dict[str, Any]:
        """The repeated elements ``noun`` names (as counted; under the heading ``section`` says, when given): their css,
        how well the markup names them, whether the css finds exactly them, and the fingerprint of member ``index``
        (-1 the last) and of the one link it holds, if it holds exactly one."""
        query = {"noun": noun, "region": region, "index": index, "section": section}
        return dict(json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.groupPick(q)", query)))

    def field_pick(self, noun: str, field: str, index: int, region: str | None, section: str | None) -> dict[str, Any]:
        """"The price of the second product": the group ``noun`` names (as counted), whether its css finds exactly its
        members, and the css path inside member ``index`` to the element that shows ``field``, with its fingerprint."""
        query = {"noun": noun, "field": field, "index": index, "region": region, "section": section}
        return dict(json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.fieldPick(q)", query)))

    def cell_pick(self, column: str, row: str | None, index: int, region: str | None) -> dict[str, Any]:
        """"The Document count for Paid": the one table cell under the column titled ``column``, in the data row that
        says ``row`` (or, with no row, the data row at ``index``, -1 the last): the css of its table's data rows, what
        a cell of that row says exactly (when one says ``row``), the cell's place in its row."""
        query = {"column": column, "row": row, "index": index, "region": region}
        return dict(json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.cellPick(q)", query)))

    def regions(self, indices: list[int]) -> list[str]:
        """Where the elements the last scan listed as ``indices`` sit: "header, top right", "main, middle centre"."""
        return [str(r) for r in self.page.evaluate(_REGIONS, indices)]

    def colours(self, indices: list[int]) -> list[set[str]]:
        """The colour families (red, green, blue …) seen on each element the last scan listed as ``indices``."""
        return [set(c) for c in json.loads(self._with_helpers(self.page.evaluate, "(ix) => window.__pactsDom.colours(ix)", indices))]

    def landmarks(self, index: int) -> dict[str, str]:
        """The css of each landmark box (header, footer, dialog …) around the element the last scan listed as ``index``."""
        return dict(json.loads(self._with_helpers(self.page.evaluate, "(i) => window.__pactsDom.landmarks(i)", index)))

    def form_holds(self, index: int, names: tuple[str, ...]) -> bool:
        """Does the form around the element the last scan listed as ``index`` hold a control or label named one of ``names``?"""
        return bool(self._with_helpers(self.page.evaluate, "([i, names]) => window.__pactsDom.formHolds(i, names)", [index, list(names)]))

    def is_candidate(self, locator: model.Locator, index: int) -> bool:
        """Does ``locator`` resolve to exactly the element the last scan listed as ``index``?"""
        loc = self.locate(locator)
        try:
            if loc.count() != 1:
                return False
        except PlaywrightError as exc:  # a selector the page's engine refuses is no candidate, never an internal error
            if is_browser_gone(exc):
                raise
            return False
        same = "(el, i) => window.__pactsDom.same(el, i)"
        for patience_ms in (1000, 5000):
            try:  # the element may be gone since it was counted (a toast closing): then it is no candidate
                return bool(self._with_helpers(lambda script, i: loc.evaluate(script, i, timeout=patience_ms), same, index))
            except PlaywrightTimeout:
                if loc.count() != 1:
                    return False  # gone meanwhile
                # still there: a page whose renderer is busy (Directus's animated sign-in page took 1.6 s to answer)
            except PlaywrightError as exc:
                if is_browser_gone(exc):
                    raise
                return False
        return False

    def place_among(self, locator: model.Locator, index: int, most: int) -> int | None:
        """Where among what ``locator`` finds (at most ``most`` of them) the element the last scan listed as ``index``
        is, from 0; None when it finds none of it, or more than ``most``."""
        loc = self.locate(locator)
        try:
            places = self._with_helpers(
                lambda script, q: loc.evaluate_all(script, q), "(els, q) => els.length > q.most ? -1 : els.findIndex((el) => window.__pactsDom.same(el, q.i))",
                {"i": index, "most": most})
        except PlaywrightError as exc:
            if is_browser_gone(exc):
                raise
            return None
        return int(places) if isinstance(places, int) and places >= 0 else None

    def fingerprint(self, locator: model.Locator) -> model.Fingerprint:
        return fingerprint_from_json(json.loads(self._with_helpers(self.locate(locator).evaluate, "(el) => window.__pactsDom.fingerprint(el)")))

    def inspect(self, locator: model.Locator, *, gate: bool = True) -> Inspection:
        """Count, fingerprint and (quick) gate of a locator in one synchronous round trip (the warm path)."""
        data = json.loads(self._with_helpers(self.locate(locator).evaluate_all, "(els, g) => window.__pactsDom.inspect(els, g)", gate))
        if data["count"] != 1:
            return Inspection(count=data["count"], fingerprint=None, gate=None)
        report = _gate_report(data["gate"]) if data["gate"] else None
        return Inspection(count=1, fingerprint=fingerprint_from_json(data["fingerprint"]), gate=report)

    def found_alone(self, locator: model.Locator, confidence: float) -> model.Resolution | None:
        """The locator as a discovered resolution, with its element's fingerprint, when it finds exactly one element."""
        seen = self.inspect(locator, gate=False)
        if seen.count != 1 or seen.fingerprint is None:
            return None
        return model.Resolution(locator=locator, source=model.LocatorSource.DISCOVERED, confidence=confidence, fingerprint=seen.fingerprint)

    def ready(self, locator: model.Locator, fingerprint: model.Fingerprint, *, gate: bool, count_first: bool = True) -> tuple[int, bool]:
        """The warm path, in Playwright's own world: (how many elements the locator finds, whether that one is
        still the cached element by tag, role and exact name, and usable now).

        Without ``count_first`` it is one round trip, for an action: the count is then 1 when exactly one
        element is ready, and the action's own strictness refuses a locator that finds more (NotUnique).
        """
        loc = self.locate(locator)
        if count_first:
            count = loc.count()
            if count != 1:
                return count, False
        want = json.dumps({"tag": fingerprint.tag, "role": fingerprint.role, "name": fingerprint.name, "gate": gate})
        ready = loc.locator(f"{READY_ENGINE_NAME}={want}").count()
        if ready == 1:
            return 1, True
        return (1 if count_first else ready), False  # one trip: only how many are ready is known

    def gate(self, locator: model.Locator, *, thorough: bool = True) -> GateReport:
        """Unique, visible, not covered, enabled; ``thorough`` also requires it to hold still for two frames.

        The quick gate leaves stability to the action: Playwright's click, check and hover wait for a
        stable element themselves, so the warm path does not pay two animation frames twice.
        """
        loc = self.locate(locator)
        count = loc.count()
        if count != 1:
            reason = "not found" if count == 0 else f"not unique ({count} elements)"
            return GateReport(visible=False, enabled=False, stable=False, covered_by=None, reasons=(reason,))
        script = "(el) => window.__pactsDom.gate(el)" if thorough else "(el) => window.__pactsDom.check(el, null)"
        return _gate_report(json.loads(self._with_helpers(loc.evaluate, script)))

    def wait_for_gate(self, locator: model.Locator, timeout_ms: int, *, thorough: bool = True) -> GateReport:
        """Poll the gate until it passes or the wait is over (patience.Waiting: the budget, or an idle page);
        a failing check is retried every 50 ms."""
        waiting = self.waiting(timeout_ms)
        while True:
            report = self.gate(locator, thorough=thorough)
            if report.ok or waiting.over():
                return report
            self.page.wait_for_timeout(50)

    # --- patience ---

    def waiting(self, budget_ms: int) -> patience.Waiting:
        """A wait of at most ``budget_ms`` inside the current step (see patience.py)."""
        return patience.Waiting(self.activity, budget_ms, self.step_clock, self.stillness if self.settling else None)

    def watch(self, timeout_ms: int) -> settled.Watch:
        """One bounded check inside the current step: it may end early on a settled page (see settled.py)."""
        clock = self.step_clock
        settle_ms = clock.settle_ms if clock is not None and self.settling else 0
        reach_ms = clock.cap_ms - (time.monotonic() - clock.started) * 1000 if clock is not None else 0.0
        return settled.Watch(timeout_ms, settle_ms=settle_ms, probe=self.stillness, reach_ms=reach_ms)

    def stillness(self, horizon_ms: float) -> settled.Stillness:
        """What could still change the page within ``horizon_ms``: every frame's record and the requests in flight.
        A plain evaluate (about 2 ms; a wait_for_function costs a script install per document): a frame whose main
        thread is blocked answers once it is free, and its long task counts as a change."""
        pending: list[str] = []
        quiet = float("inf")
        for frame in self.page.frames:
            try:
                data = frame.evaluate(settled.REPORT, horizon_ms)
            except PlaywrightError as exc:
                if is_browser_gone(exc):
                    raise
                return settled.Stillness(quiet_ms=0.0, pending=("a document coming or going",))
            quiet = min(quiet, float(data["quiet_ms"]))
            pending.extend(str(p) for p in data["pending"])
        if self._in_flight:  # read after the frames answered: the events of requests started before are in
            pending.append(f"{len(self._in_flight)} request(s) in flight")
        return settled.Stillness(quiet_ms=0.0 if quiet == float("inf") else quiet, pending=tuple(pending))

    def until_settled(self, timeout_ms: int, settle_ms: int) -> None:
        """Wait until the page has settled (settled.py: nothing in flight or due within ``settle_ms``, no change for
        it; an open socket or a looping animation aside), before a check of what stays ("still on the login page"):
        checked sooner, it could pass on a page about to move on. A page still changing at ``timeout_ms`` fails the
        step. Without the page's record (settling off), the whole timeout is waited."""
        if not self.settling:
            self.page.wait_for_timeout(timeout_ms)
            return
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            stillness = self.stillness(settle_ms)
            if stillness.steady(settle_ms):
                return
            if time.monotonic() >= deadline:
                changing = stillness.changing or ("changes in the page",)
                raise StepFailed(f"the page was still changing after {timeout_ms / 1000:.1f} s ({', '.join(changing)}):"
                                 " whether it stays so cannot be told yet")
            self.page.wait_for_timeout(_SETTLED_POLL_MS)

    def activity(self, window_ms: float, limit_ms: float) -> patience.Activity:
        """How long the page has been idle, and how long its main thread was blocked in the last ``window_ms``;
        a page whose main thread stays blocked for ``limit_ms`` answers nothing: it is reported busy all along."""
        started = time.perf_counter()
        try:
            handle = self.page.wait_for_function(_ACTIVITY, arg=window_ms, timeout=max(limit_ms, 100.0))
            data = handle.json_value()
        except PlaywrightTimeout:
            waited = (time.perf_counter() - started) * 1000
            return patience.Activity(quiet_ms=0.0, busy_ms=waited, watched_ms=waited)
        except PlaywrightError as exc:
            if is_browser_gone(exc):
                raise
            return patience.Activity(quiet_ms=0.0, busy_ms=0.0, watched_ms=1.0)  # a document coming or going is work
        return patience.Activity(quiet_ms=float(data["quiet_ms"]), busy_ms=float(data["busy_ms"]), watched_ms=float(data["watched_ms"]))

    # --- actions ---

    def expect_chosen(self, locator: model.Locator, value: str, timeout_ms: int) -> None:
        """The dropdown shows ``value`` chosen; on a radio of a group (found by the value it says), it is ticked."""
        loc = self.locate(locator)
        if loc.evaluate(_IS_RADIO, timeout=timeout_ms):
            self.expect_state(locator, "checked", timeout_ms)
        else:
            self.expect_value(locator, value, timeout_ms)

    def act(
        self, action: model.Action, locator: model.Locator, value: str | None, timeout_ms: int, *, tag: str | None = None,
        said: str | None = None,
    ) -> None:
        """``said``: the words the person named a clicked element by; a click lands on the part that shows them when
        the element holds more (a card's title, not the task counter at its centre that opens a menu of its own)."""
        self._close_popups()
        loc = self.locate(locator)
        try:
            if action in _FORM_INPUT:  # marked first: a custom dropdown's locator may not find it once its list moved
                loc.evaluate(_MARK_FILLED, timeout=timeout_ms)
            if action is model.Action.FILL:
                if (tag or _tag(loc)) == "select":
                    _select(loc, value or "", timeout_ms)
                elif loc.evaluate(_IS_CODE_EDITOR, timeout=timeout_ms):
                    self._type_into_code_editor(loc, value or "", timeout_ms)
                else:
                    loc.fill(value or "", timeout=timeout_ms)
                    loc.dispatch_event("keyup", {"key": "Unidentified"}, timeout=timeout_ms)  # as typing ends: a search box
                    # that filters on keyup ($("#search").keyup(…)) sees the value, as it would after a person's last key
            elif action is model.Action.CLICK:
                aim = loc.evaluate(_AIM_AT_WORDS, said, timeout=timeout_ms) if said else None
                if aim:
                    loc.click(timeout=timeout_ms, position={"x": aim["x"], "y": aim["y"]})
                else:
                    loc.click(timeout=timeout_ms)
            elif action is model.Action.SELECT and loc.evaluate(_IS_RADIO, timeout=timeout_ms):
                loc.check(timeout=timeout_ms)  # the radio of that value in a group of radios named as a dropdown
            elif action is model.Action.SELECT:
                _select(loc, value or "", timeout_ms)
            elif action is model.Action.CHECK:
                loc.check(timeout=timeout_ms)
            elif action is model.Action.UNCHECK:
                loc.uncheck(timeout=timeout_ms)
            elif action is model.Action.HOVER:
                loc.hover(timeout=timeout_ms)
            elif action is model.Action.PRESS:
                loc.press(value or "Enter", timeout=timeout_ms)
            else:
                raise ValueError(f"not an element action: {action}")
        except PlaywrightTimeout:
            raise StepFailed(f"{action.value} on {locator.describe()} did not complete within {timeout_ms} ms") from None
        except PlaywrightError as exc:
            if "strict mode violation" in (exc.message or ""):
                raise NotUnique(f"{locator.describe()} finds more than one element: {_first_line(exc)}") from None
            raise StepFailed(f"{action.value} on {locator.describe()} failed: {_first_line(exc)}") from None

    def _type_into_code_editor(self, loc: PwLocator, value: str, timeout_ms: int) -> None:
        """A code editor keeps its text in a model of its own, not in a field's value: click into it, select all its
        text, delete it and type the new text, as a person does."""
        loc.click(timeout=timeout_ms)
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.press("Delete")
        if value:
            self.page.keyboard.insert_text(value)

    def press_key(self, key: str) -> None:
        self.page.keyboard.press(key)

    def type_into_focus(self, text: str, timeout_ms: int) -> None:
        """Type ``text`` key by key into the field that has focus; fails when none has it within the step's time
        (keys typed at the page would go nowhere, and the checks after could pass on what was there before)."""
        try:
            self.page.wait_for_function(_FOCUS_EDITABLE, timeout=timeout_ms, polling=50)
        except PlaywrightTimeout:
            focused = self.page.evaluate("() => document.activeElement ? document.activeElement.tagName.toLowerCase() : 'nothing'")
            raise StepFailed(f"nothing to type into: no field has focus (the focus is on <{focused}>); "
                             "say where: Type \"…\" in the X field") from None
        self.page.keyboard.type(text)

    # --- assertions (auto-waiting, bounded) ---

    def expect_text(self, text: str, *, visible: bool, timeout_ms: int) -> None:
        matches = self.page.get_by_text(reading.text_pattern(text)).filter(visible=True)  # any run of white space between words
        watch = self.watch(timeout_ms)
        try:
            if visible:
                watch.run(lambda t: expect(matches.first).to_be_visible(timeout=t))
            else:
                watch.run(lambda t: expect(matches).to_have_count(0, timeout=t))
        except AssertionError:
            state = "visible" if visible else "gone"
            raise _failure(
                watch, f'expected text "{text}" to be {state} within {timeout_ms} ms; the page shows: "{self.visible_text(160)}"'
            ) from None

    def expect_element(self, locator: model.Locator, *, visible: bool, timeout_ms: int) -> None:
        loc = self.locate(locator)
        watch = self.watch(timeout_ms)
        try:
            watch.run(lambda t: (expect(loc).to_be_visible if visible else expect(loc).to_be_hidden)(timeout=t))
        except AssertionError:
            raise _failure(watch, f"expected {locator.describe()} to be {'visible' if visible else 'hidden'} within {timeout_ms} ms") from None

    def expect_element_text(
        self, locator: model.Locator, text: str, timeout_ms: int, *, tag: str | None = None, absent: bool = False
    ) -> None:
        """The element shows ``text`` (``absent``: shows it nowhere); a field or dropdown by what it holds (a select's
        text lists every option). ``tag``: the element's tag when discovery or the cache already saw it."""
        loc = self.locate(locator)
        if tag is None and loc.count() == 1:
            tag = _tag(loc)
        watch = self.watch(timeout_ms)
        if tag not in ("input", "textarea", "select", "td") and self._expect_column_text(locator, loc, text, watch, absent=absent):
            return  # "the E-mail column contains dave@…": a header names its column, whose cells are checked
        if absent:
            try:
                watch.run(lambda t: expect(loc).not_to_contain_text(reading.text_pattern(text), timeout=t))
            except AssertionError:
                raise _failure(watch, f'expected {locator.describe()} not to contain "{text}" within {timeout_ms} ms; it does') from None
            if tag not in ("input", "textarea", "select") and _field_says(loc, text):
                raise _failure(watch, f'expected {locator.describe()} not to contain "{text}" within {timeout_ms} ms; a field in it holds it')
            return
        if tag in ("input", "textarea", "select"):
            self.expect_value(locator, text, timeout_ms, contains=tag != "select")  # an option is chosen whole
            return
        if _field_says(loc, text):  # a Trello-like list titled by an input: its title is the field's value
            return
        try:
            # the text as shown (innerText): a row's cells read "1 2015-12-09", not "12015-12-09" as their textContent
            watch.run(lambda t: expect(loc).to_contain_text(reading.text_pattern(text), timeout=t, use_inner_text=True))
        except AssertionError:
            shown = _field_values(loc)
            if _holds(shown, text):  # the field's value came while the text was awaited
                return
            if reading.reads_as(loc, text):  # "NAME" written "Name", a "#" a style draws, "python (8)" in two cells
                return
            actual = _first_line_text(loc)
            fields_said = f' and its fields hold {shown}' if shown else ""
            raise _failure(
                watch, f'expected {locator.describe()} to contain "{text}" within {timeout_ms} ms; it shows "{actual}"{fields_said}'
            ) from None

    def _expect_column_text(self, locator: model.Locator, loc: PwLocator, text: str, watch: settled.Watch, *, absent: bool) -> bool:
        """A table's column header checked for a text: one of the column's cells shows it (``absent``: none does); a
        header only names its column. A row header names the cells after it in its row ("Status | chatting"). False
        when the element heads no table column or row (its own text is checked then)."""
        pattern = reading.text_pattern(text)
        seen: list[str] = []

        def cells_agree(timeout: int) -> None:
            deadline = time.monotonic() + timeout / 1000
            while True:
                seen[:] = loc.evaluate(_COLUMN_CELLS) or []
                if any(pattern.search(" ".join(c.split())) for c in seen) != absent:
                    return
                if time.monotonic() >= deadline:
                    raise AssertionError("the column does not agree")
                self.page.wait_for_timeout(100)

        try:
            if loc.count() != 1 or loc.evaluate(_COLUMN_CELLS) is None:
                return False
        except PlaywrightError:
            return False
        own = " ".join(_first_line_text(loc).split())
        if re.search(pattern.pattern, own, re.IGNORECASE) or reading.written_says(loc, text):
            return False  # 'the list header says "12 members"' (drawn "12 MEMBERS"): the header itself shows it
        try:
            watch.run(cells_agree)
        except AssertionError:
            shown = ", ".join(f'"{c}"' for c in seen[:5]) + (", …" if len(seen) > 5 else "")
            wanted = f'no cell headed by {locator.describe()} to contain' if absent else f'a cell headed by {locator.describe()} to contain'
            raise _failure(watch, f'expected {wanted} "{text}"; its cells show {shown or "nothing"}') from None
        return True

    def expect_shown_in_an_item(self, locator: model.Locator, text: str, timeout_ms: int) -> None:
        """A list that contains ``text`` shows it in one of its items, not only in the search it echoes back ("Search
        Term: Dracula" over "No Results Found"); results that load after the echo are waited for."""
        loc = self.locate(locator)
        waiting = self.waiting(timeout_ms)
        echo = reading.only_echoed(loc, text)
        while echo and not waiting.over():
            self.page.wait_for_timeout(200)
            echo = reading.only_echoed(loc, text)
        if echo:
            raise StepFailed(f"{locator.describe()} shows {text!r} only where the search is echoed back ({echo!r}), in none of its items")

    def expect_option(self, locator: model.Locator, text: str, timeout_ms: int, *, absent: bool = False) -> None:
        """The dropdown offers ``text`` among its options (a select's options, or the listbox it controls); with
        ``absent``, its options are read and ``text`` is not among them."""
        loc = self.locate(locator)
        watch = self.watch(timeout_ms)
        offered: list[str] = []

        def settled() -> bool:  # the check holds: offered, or (absent) options read that do not hold it
            return (offered and not _holds(offered, text)) if absent else _holds(offered, text)

        def offers(timeout: int) -> None:
            deadline = time.monotonic() + timeout / 1000
            while True:
                try:
                    offered[:] = [" ".join(str(o).split()) for o in loc.evaluate(_OPTION_TEXTS, timeout=max(timeout, _LOOK_MS))]
                except PlaywrightTimeout:  # no such dropdown within that time: the watch tries again
                    raise AssertionError(text) from None
                if settled() or time.monotonic() >= deadline:
                    break
                self.page.wait_for_timeout(100)
            if not settled():
                raise AssertionError(text)
        try:
            watch.run(offers)
        except AssertionError:
            said = "not to offer" if absent else "to offer"
            raise _failure(watch, f'expected {locator.describe()} {said} the option "{text}" within {timeout_ms} ms; '
                                  f'its options: {offered[:12]}') from None

    def expect_url(self, value: str, match: model.Match, timeout_ms: int) -> None:
        watch = self.watch(timeout_ms)
        try:
            if match is model.Match.NOT_CONTAINS:  # waits, like every web-first assertion, for the page to leave it
                watch.run(lambda t: expect(self.page).not_to_have_url(_pattern(value, model.Match.CONTAINS), timeout=t))
            else:
                watch.run(lambda t: expect(self.page).to_have_url(_pattern(value, match), timeout=t))
        except AssertionError:
            said = "not contain" if match is model.Match.NOT_CONTAINS else match.value
            raise _failure(watch, f'expected the URL to {said} "{value}"; it is "{self.page.url}"') from None

    def expect_title(self, value: str, match: model.Match, timeout_ms: int) -> None:
        watch = self.watch(timeout_ms)
        try:
            watch.run(lambda t: expect(self.page).to_have_title(_pattern(value, match), timeout=t))
        except AssertionError:
            raise _failure(watch, f'expected the title to {match.value} "{value}"; it is "{self.page.title()}"') from None

    def shows_text(self, text: str) -> bool:
        """Does a visible element show ``text`` now (no waiting)?"""
        try:
            return self.page.get_by_text(reading.text_pattern(text)).filter(visible=True).count() > 0
        except PlaywrightError:
            return False

    def shows_page(self, name: str) -> bool:
        """Is the page called ``name`` already the one shown (no waiting)? Its URL path names it, or its title or
        main heading is that name; a sign-in page ("the login page") also when a password field is shown: its form is
        here, whatever the page is called."""
        try:
            if _SIGN_IN_PAGE.fullmatch(name) and self.page.locator("input[type=password]").filter(visible=True).count():
                return True
            return bool(self.page.evaluate(_ON_PAGE_NAMED, name))
        except PlaywrightError:
            return False  # a page navigating away has no answer yet: the link is looked for as usual

    def asks_only_a_password(self) -> bool:
        """Is the page's sign-in form one that asks a password alone (a shared access key), no user name (no waiting)?"""
        try:
            return bool(self.page.evaluate(_ONLY_A_PASSWORD))
        except PlaywrightError:
            return False

    def expect_page(self, name: str, timeout_ms: int) -> None:
        """The page called ``name`` is the one shown: a heading or the document title says the name, or the URL's path
        (or hash route) has its words; a link or a button naming it is not the page."""
        watch = self.watch(timeout_ms)

        def shown(t: int) -> None:
            # a bounded wait, never an evaluate: a page stuck in a script loop never answers one
            try:
                self.page.wait_for_function(_PAGE_NAMED, arg=name, timeout=max(t, _LOOK_MS), polling=100)
            except PlaywrightTimeout:
                raise AssertionError(name) from None

        try:
            watch.run(shown)
        except AssertionError:
            raise _failure(watch, f'expected the {name} page: no heading or title says "{name}" and the URL '
                                  f'"{self.page.url}" does not name it') from None

    def expect_state(self, locator: model.Locator, state: str, timeout_ms: int) -> None:
        """enabled, disabled, checked, unchecked, selected, unselected, empty, not_empty, focused, editable, readonly."""
        loc = self.locate(locator)
        check = expect(loc)
        assertions: dict[str, Callable[[int], None]] = {
            "enabled": lambda t: self._until_looks(loc, disabled=False, timeout_ms=t),
            "disabled": lambda t: self._until_looks(loc, disabled=True, timeout_ms=t),
            "checked": lambda t: check.to_be_checked(timeout=t),
            "unchecked": lambda t: check.not_to_be_checked(timeout=t),
            "empty": lambda t: check.to_be_empty(timeout=t),
            "not_empty": lambda t: check.not_to_be_empty(timeout=t),
            "focused": lambda t: check.to_be_focused(timeout=t),
            "editable": lambda t: check.to_be_editable(timeout=t),
            "readonly": lambda t: check.not_to_be_editable(timeout=t),
            "current": lambda t: self._until_current(loc, timeout_ms=t),
        }
        if state in ("selected", "unselected"):  # a checkbox or radio is checked; a tab or an option is aria-selected
            toggles = loc.evaluate("(el) => el.matches('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch]')")
            said_selected = "true" if state == "selected" else "false"  # not selected: said so, never only not said
            assertions[state] = (
                assertions["checked" if state == "selected" else "unchecked"] if toggles
                else lambda t: check.to_have_attribute("aria-selected", said_selected, timeout=t)
            )
        if state not in assertions:
            raise StepFailed(f"unknown state {state!r}")
        watch = self.watch(timeout_ms)
        try:
            watch.run(assertions[state])
        except AssertionError:
            raise _failure(watch, f"expected {locator.describe()} to be {state.replace('_', ' ')} within {timeout_ms} ms") from None

    def _until_looks(self, loc: Any, *, disabled: bool, timeout_ms: int) -> None:
        """Until the element is (or is not) disabled as a person sees it: the disabled property or aria-disabled, on
        it or a box around it, or, for a link or a box that is no form control, a "disabled" class on it or the item
        holding it (Bootstrap's li.page-item.disabled) or clicks switched off; AssertionError when time is up."""
        self._until_evaluates(loc, _LOOKS_DISABLED, disabled, timeout_ms, f"not {'disabled' if disabled else 'enabled'}")

    def _until_current(self, loc: Any, *, timeout_ms: int) -> None:
        """Until the element, or the item holding it, marks itself the current one (aria-current, aria-selected, an
        "active"/"current"/"selected" class); AssertionError when time is up."""
        self._until_evaluates(loc, IS_CURRENT, True, timeout_ms, "not marked as the current one")

    def _until_evaluates(self, loc: Any, script: str, wanted: object, timeout_ms: int, failure: str) -> None:
        """Until ``script`` on the element returns ``wanted``, polled; AssertionError(failure) when time is up. Each
        reading has a second at least: on a busy machine a short slice of the step's time is not enough to find it."""
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            left_ms = max(_LOOK_MS, int((deadline - time.monotonic()) * 1000))
            try:
                if loc.evaluate(script, timeout=left_ms) == wanted:
                    return
            except PlaywrightTimeout:
                raise AssertionError("the element is not there") from None
            if time.monotonic() >= deadline:
                raise AssertionError(failure)
            self.page.wait_for_timeout(50)

    def expect_rating(self, locator: model.Locator, stars: str, timeout_ms: int) -> None:
        """The star widget shows ``stars`` stars (ratings.READ: what it says of itself, else the stars it fills)."""
        loc = self.locate(locator)
        want = float(stars)
        seen: list[object] = [None]

        def check(timeout: int) -> None:
            deadline = time.monotonic() + timeout / 1000
            while True:
                try:  # a slice is short; finding the widget on a busy machine may take longer, up to the check's end
                    seen[0] = loc.evaluate(ratings.READ, timeout=max(1, min(1000, int((watch.deadline - time.monotonic()) * 1000))))
                except PlaywrightError as exc:
                    if is_browser_gone(exc):
                        raise
                    seen[0] = None
                if seen[0] is not None and float(seen[0]) == want:  # type: ignore[arg-type]
                    return
                if time.monotonic() >= deadline:
                    raise AssertionError(f"shows {seen[0]}")
                self.page.wait_for_timeout(100)

        watch = self.watch(timeout_ms)
        try:
            watch.run(check)
        except AssertionError:
            shown = "no star reading" if seen[0] is None else f"{seen[0]:g} stars"  # type: ignore[str-format]
            raise _failure(watch, f"expected {locator.describe()} to show {stars} stars within {timeout_ms} ms; it shows {shown}") from None

    def expect_value(self, locator: model.Locator, value: str, timeout_ms: int, *, contains: bool = False) -> None:
        """A field holds ``value`` (with ``contains``: among what it holds, as "the Tags field shows prod" reads);
        a dropdown's selected option has that label (or value)."""
        loc = self.locate(locator)
        watch = self.watch(timeout_ms)
        while True:
            looked_at = time.monotonic()
            held = loc.evaluate(
                "(el) => el.tagName === 'SELECT' ? Array.from(el.selectedOptions).map((o) => [o.label || o.text, o.value])"
                " : [[('value' in el) ? String(el.value) : (el.textContent || '')]]"
            )
            shown = [" ".join(str(v).split()) for option in held for v in option]
            if any(value in v if contains else value == v for v in shown):
                return
            if watch.over(looked_at):
                shown = ", ".join(f'"{option[0]}"' for option in held) or "nothing"
                raise _failure(watch, f'expected {locator.describe()} to hold "{value}" within {timeout_ms} ms; it holds {shown}')
            self.page.wait_for_timeout(100)

    def expect_attribute(self, locator: model.Locator, name: str, value: str | None, match: model.Match, timeout_ms: int) -> None:
        loc = self.locate(locator)
        lacks = match is model.Match.NOT_CONTAINS  # gone, or without that value (a class: not among its names)
        expected = re.compile(".*") if value is None else _attribute_pattern(name, value) if lacks else _pattern(value, match)
        watch = self.watch(timeout_ms)
        try:
            watch.run(lambda t: (expect(loc).not_to_have_attribute if lacks else expect(loc).to_have_attribute)(name, expected, timeout=t))
        except AssertionError:
            actual = loc.first.get_attribute(name, timeout=500) if loc.count() else None
            wanted = "to exist" if value is None else f'to {match.value} "{value}"'
            if lacks:
                wanted = "to be gone" if value is None else f'not to be "{value}"'
            raise _failure(watch, f"expected {locator.describe()}'s {name} attribute {wanted} within {timeout_ms} ms; it is {actual!r}") from None

    def expect_count(self, target: model.Target, count: int, match: model.Match, timeout_ms: int) -> None:
        """How many of the repeated elements the target's noun names are visible (to_have_count semantics: retried)."""
        if target.descriptor == model.SHOWN_TEXT:
            self._expect_text_count(target.text, count, match, timeout_ms)
            return
        query = {**_group_query(target), "has": target.says}  # "Greenleaf Market appears in 4 rows": the rows that say it
        watch = self.watch(timeout_ms)
        while True:
            looked_at = time.monotonic()
            found = json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.group(q)", query))
            agreed = None if target.says else _count_all_agree_on(found)  # the sizes of the other groups are unfiltered
            if agreed is not None and _count_holds(agreed, count, match):
                return  # several groups could be the ones named, and each has that many: the count holds for any of them
            if "error" not in found and _count_holds(found["count"], count, match):
                return
            if watch.over(looked_at):
                break
            self.page.wait_for_timeout(100)
        wanted = _COUNT_WORDS[match]
        if found.get("error") == "section":
            raise _failure(watch, f'cannot count the "{target.text}" under "{target.section}": {found["message"]}')
        if "error" in found:
            groups = ", ".join(found.get("others", []))
            raise StepFailed(f'cannot tell which elements are the "{target.text}" to count: {groups} — name them more closely')
        where = found["css"] or ", ".join(found.get("others") or ())  # rows of a table no selector tells apart: how they were found
        seen = f'{found["count"]} ({where}' + (f', e.g. "{found["sample"][0]}"' if found["sample"] else "") + ")" if found["count"] or found["css"] else "0 (no element here is named so)"
        saying = f' that say "{target.says}"' if target.says else ""
        raise _failure(watch, f'expected {wanted}{count} "{target.text}"{saying} within {timeout_ms} ms; found {seen}')

    def _expect_text_count(self, text: str, count: int, match: model.Match, timeout_ms: int) -> None:
        """'"Required" is shown 2 times': the visible elements whose whole text is ``text`` (the innermost ones)."""
        shown = self.page.get_by_text(text, exact=True).filter(visible=True)
        watch = self.watch(timeout_ms)
        while True:
            looked_at = time.monotonic()
            found = shown.count()
            if _count_holds(found, count, match):
                return
            if watch.over(looked_at):
                break
            self.page.wait_for_timeout(100)
        raise _failure(watch, f'expected "{text}" shown {_COUNT_WORDS[match]}{count} time(s) within {timeout_ms} ms; it is shown {found} time(s)')

    def expect_order(self, target: model.Target, field: str, match: model.Match, timeout_ms: int) -> None:
        """The visible values of ``field`` within the repeated elements the target names are sorted (retried)."""
        if match in (model.Match.SEQUENCE, model.Match.EQUALS):
            self._expect_listed_in_order(target, field.split("\n"), exactly=match is model.Match.EQUALS, timeout_ms=timeout_ms)
            return
        query = {"noun": target.text, "field": field, "region": target.region, "section": target.section}
        descending = match is model.Match.DESCENDING
        watch = self.watch(timeout_ms)
        while True:
            looked_at = time.monotonic()
            found = json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.fieldValues(q)", query))
            values = found.get("values", [])
            if "error" not in found and len(values) >= 2 and _is_sorted(values, descending=descending, text=(field.split() or [""])[-1] in _TEXT_FIELDS):
                return
            if watch.over(looked_at):
                break
            self.page.wait_for_timeout(100)
        direction = "descending" if descending else "ascending"
        if "error" in found:
            raise StepFailed(f'cannot read the {field} of each "{target.text}": {found["error"]} {", ".join(found.get("others", []))}'.rstrip())
        if len(values) < 2:
            raise _failure(watch, f'expected "{target.text}" sorted by {field} ({direction}); found {len(values)} value(s) to compare: {values}')
        raise _failure(watch, f'expected "{target.text}" sorted by {field} ({direction}) within {timeout_ms} ms; the page shows {values[:12]}')

    def expect_each(self, target: model.Target, text: str, timeout_ms: int) -> None:
        """Every member of the group the target names shows ``text``, and there is at least one (retried); a column
        header named: every cell of that column."""
        if target.role_hint == "columnheader":
            self._expect_each_cell(target.text, text, timeout_ms)
            return
        unmet = self._group_texts_until(target, lambda texts: bool(texts) and all(_holds([t], text) for t in texts), timeout_ms)
        if unmet is None:
            return
        texts, watch = unmet
        if not texts:
            raise _failure(watch, f'expected every "{target.text}" to show "{text}"; there is none')
        lacking = [t for t in texts if not _holds([t], text)]
        raise _failure(watch, f'expected every "{target.text}" to show "{text}"; {len(lacking)} of {len(texts)} do not,'
                              f' e.g. {[t[:60] for t in lacking[:3]]}')

    def _expect_each_cell(self, column: str, text: str, timeout_ms: int) -> None:
        """"Every row has Bug in the Tracker column": each body cell under the one visible column header so titled
        shows ``text``, and there is at least one (retried)."""
        headers = self.page.get_by_role("columnheader", name=column, exact=True).filter(visible=True)
        cells: list[str] = []
        watch = self.watch(timeout_ms)
        while True:
            looked_at = time.monotonic()
            found = headers.count()
            cells = (headers.first.evaluate(_COLUMN_CELLS) or []) if found == 1 else []
            if cells and all(_holds([c], text) for c in cells):
                return
            if watch.over(looked_at):
                break
            self.page.wait_for_timeout(100)
        if found != 1:
            raise _failure(watch, f'expected one column titled "{column}"; {found} are shown')
        lacking = [c for c in cells if not _holds([c], text)]
        said = f"{len(lacking)} of {len(cells)} do not, e.g. {[c[:60] for c in lacking[:3]]}" if cells else "it has no cell"
        raise _failure(watch, f'expected every cell of the "{column}" column to show "{text}"; {said}')

    def _expect_listed_in_order(self, target: model.Target, wanted: list[str], *, exactly: bool, timeout_ms: int) -> None:
        """Members of the group the target names show ``wanted`` in that order (retried): with ``exactly``, the members
        that show any text are those, one each; otherwise others may come between."""
        any_kind = target.text == "item" and not (target.region or target.section or target.scope) and not exactly
        in_part = target.text == "item" and target.region in _NAMED_PARTS and not (target.section or target.scope or exactly)

        def shown(texts: list[str]) -> list[str]:
            return [t for t in texts if t.strip()]

        def holds(texts: list[str]) -> bool:
            if _listed_in_order(shown(texts), wanted, exactly=exactly):
                return True
            # no kind said ("A, B and C are listed in that order"): the page's own lines, top to bottom, as a person reads them
            if any_kind:
                return _listed_in_order(self.page.evaluate("() => document.body.innerText.split('\\n')"), wanted, exactly=False)
            # the entries of a part named ("the breadcrumb shows home / library"), where no markup groups them
            return in_part and _listed_in_order(json.loads(self._with_helpers(
                self.page.evaluate, "(r) => window.__pactsDom.regionEntries(r)", target.region)), wanted, exactly=False)

        unmet = self._group_texts_until(target, holds, timeout_ms)
        if unmet is None:
            return
        texts, watch = unmet
        how = "exactly these" if exactly else "these"
        raise _failure(watch, f'expected the "{target.text}" to show {how}, in this order: {wanted}; the page shows'
                              f' {[t[:60] for t in shown(texts)[:15]]}')

    def _group_texts_until(
        self, target: model.Target, holds: Callable[[list[str]], bool], timeout_ms: int
    ) -> tuple[list[str], settled.Watch] | None:
        """Read the texts of the group the target names until ``holds`` them (None) or the check's time is up: then
        the last texts read and the watch, for the failure to say; a group the page cannot tell raises StepFailed."""
        query = _group_query(target)
        watch = self.watch(timeout_ms)
        while True:
            looked_at = time.monotonic()
            found = json.loads(self._with_helpers(self.page.evaluate, "(q) => window.__pactsDom.groupTexts(q)", query))
            texts = found.get("texts", [])
            if "error" not in found and holds(texts):
                return None
            if watch.over(looked_at):
                break
            self.page.wait_for_timeout(100)
        if "error" in found:
            groups = ", ".join(found.get("others", []))
            raise StepFailed(f'cannot tell which elements are the "{target.text}" to read: {found.get("message") or groups}'.rstrip(": "))
        return texts, watch

    def go_back(self, timeout_ms: int) -> None:
        self._close_popups()
        try:
            response = self.page.go_back(wait_until="load", timeout=timeout_ms)
        except PlaywrightTimeout:
            raise StepFailed(f"going back did not load a page within {timeout_ms} ms") from None
        except PlaywrightError as exc:
            raise StepFailed(f"cannot go back: {_first_line(exc)}") from None
        if response is None and self.page.url in ("about:blank", ""):
            raise StepFailed("there is no page to go back to")

    def pause(self, ms: int) -> None:
        """A fixed wait ("Wait 2 seconds"), the page's timers and requests running on meanwhile."""
        self.page.wait_for_timeout(ms)

    def wait_for_page_load(self, timeout_ms: int) -> None:
        """Until the document's load event has fired and no loading mask or spinner shows."""
        started = time.monotonic()
        try:
            self.page.wait_for_load_state("load", timeout=timeout_ms)
        except PlaywrightTimeout:
            raise StepFailed(f"the page did not finish loading within {timeout_ms} ms") from None
        left = max(timeout_ms - int((time.monotonic() - started) * 1000), 0)
        still = self.wait_for_loaded(left)
        if still:
            raise StepFailed(f"the page was still loading after {timeout_ms} ms: {', '.join(still)} showing")
        self._until_quiet(min(max(timeout_ms - int((time.monotonic() - started) * 1000), 0), _QUIET_WAIT_MS))

    def _until_quiet(self, limit_ms: int) -> None:
        """Until no request is in flight and nothing changed for a moment ("Wait for the table to update" after a
        search typed into a list that reloads itself), for at most ``limit_ms``: a page that never rests is not a
        failure here, the next step waits for what it needs."""
        ends = time.monotonic() + limit_ms / 1000
        while time.monotonic() < ends:
            stillness = self.stillness(_QUIET_MS)
            if not stillness.pending and stillness.quiet_ms >= _QUIET_MS:
                return
            time.sleep(0.05)

    def reload(self, timeout_ms: int) -> None:
        self._close_popups()
        try:
            self.page.reload(wait_until="load", timeout=timeout_ms)
        except PlaywrightTimeout:
            raise StepFailed(f"the page did not reload within {timeout_ms} ms") from None
        except PlaywrightError as exc:
            raise StepFailed(f"cannot reload: {_first_line(exc)}") from None

    def visible_text(self, limit: int) -> str:
        try:
            text = self.page.evaluate("() => (document.body ? document.body.innerText : '')")
        except PlaywrightError:
            return ""
        return " ".join(str(text).split())[:limit]

    # --- closed menus (menus.js; reveal.py decides) ---

    def menu_of(self, index: int) -> dict[str, Any] | None:
        """The closed box around the last scan's element ``index`` and the controls that open it, or None."""
        data = json.loads(self._with_helpers(self.page.evaluate, "(i) => window.__pactsMenus.menuOf(i)", index))
        return dict(data) if data else None

    def use_toggle(self, toggle: int, how: str, timeout_ms: int) -> str | None:
        """Hover or click toggle ``toggle`` of the last menu_of (Playwright's actionability wait); None, or why not."""
        handle = self.page.evaluate_handle("(k) => window.__pactsMenus.toggle(k)", toggle).as_element()
        if handle is None:
            return "it is gone"
        try:
            (handle.hover if how == "hover" else handle.click)(timeout=timeout_ms)
        except PlaywrightError as exc:
            if is_browser_gone(exc):
                raise
            return _first_line(exc)
        finally:
            handle.dispose()
        return None

    def select_holding(self, index: int) -> tuple[str, str] | None:
        """The last scan's element ``index`` as an option of a native <select>: (a css finding exactly that select,
        the option's text), or None."""
        data = json.loads(self._with_helpers(self.page.evaluate, "(i) => window.__pactsDom.selectOf(i)", index))
        return (str(data["css"]), str(data["text"])) if data and data.get("css") else None

    def element_state(self, index: int) -> str:
        """The last scan's element ``index``: "shown", "hidden" (in a closed box) or "gone" (re-rendered or removed)."""
        return str(self._with_helpers(self.page.evaluate, "(i) => window.__pactsMenus.state(i)", index))

    # --- healing helpers ---

    def dismiss_overlays(self) -> list[str]:
        """Click the accept/close control of layers covering the viewport; returns what was dismissed."""
        layers = json.loads(self._with_helpers(self.page.evaluate, "() => window.__pactsDom.overlays()"))
        dismissed = []
        for index, layer in enumerate(layers):
            handle = self.page.evaluate_handle("(i) => window.__pactsOverlayButtons[i]", index).as_element()
            if handle is None:
                continue
            try:
                handle.click(timeout=1000)
                dismissed.append(f'{layer["layer"]} via "{layer["button"]}"')
            except PlaywrightError as exc:
                log.debug("overlay %s not dismissed: %s", layer["layer"], exc)
        return dismissed

    def settle(self, timeout_ms: int = 1000) -> None:
        """Wait briefly for the network to go idle (never longer than timeout_ms)."""
        try:
            self.page.wait_for_load_state("networkidle", timeout=timeout_ms)
        except PlaywrightTimeout:
            pass

    # --- evidence ---

    def evidence(self, locator: model.Locator | None, *, scrub: tuple[str, ...]) -> model.Evidence:
        self.failed = True
        self.artifacts_dir.mkdir(parents=True, exist_ok=True)
        if self.browser_gone or not self.responsive():
            self._note("the page stopped responding (a script keeps it busy): no screenshot or DOM excerpt")
            return model.Evidence(
                screenshot=None, trace=None, dom_excerpt=None, url=self.page.url, title="",
                console_errors=tuple(secrecy.mask_values(e, self.secrets) for e in self.console_errors),
            )
        shot: str | None = "failure.png"
        try:
            self.page.screenshot(path=str(self.artifacts_dir / "failure.png"), full_page=False, timeout=5000)
        except PlaywrightError:
            shot = None
        excerpt = ""
        try:
            target = self.locate(locator) if locator is not None else None
            if target is not None and target.count() == 1:
                excerpt = self._with_helpers(target.evaluate, "(el) => window.__pactsDom.excerpt(el, 4000)")
            else:
                excerpt = self._with_helpers(self.page.evaluate, "() => window.__pactsDom.excerpt(null, 4000)")
        except PlaywrightError:
            excerpt = ""
        excerpt = secrecy.mask_values(excerpt, scrub)
        title = ""
        try:
            title = self.page.title()
        except PlaywrightError:
            pass
        folder = self.artifacts_dir.name
        return model.Evidence(
            screenshot=f"{folder}/{shot}" if shot else None,
            trace=f"{folder}/trace.zip" if self.trace_policy != "off" else None,
            dom_excerpt=excerpt[:4000] or None,
            url=self.page.url,
            title=title,
            console_errors=tuple(secrecy.mask_values(e, self.secrets) for e in self.console_errors),
        )

    def close(self) -> None:
        if self.browser_gone:
            return
        if self.failed and self.trace_policy != "off" and not self.responsive():
            self.trace_policy = "off"  # a stuck page cannot be snapshotted for the trace
        try:
            if self.trace_policy == "always" or (self.trace_policy != "off" and self.failed):
                self.artifacts_dir.mkdir(parents=True, exist_ok=True)
                self.context.tracing.stop(path=str(self.artifacts_dir / "trace.zip"))
                if self.secrets:
                    scrub_archive(self.artifacts_dir / "trace.zip", self.secrets)
            elif self.trace_policy != "off":
                self.context.tracing.stop()
        except PlaywrightError as exc:
            log.debug("trace not saved: %s", exc)
        try:
            self.context.close()
        except PlaywrightError as exc:
            log.debug("context close: %s", exc)


def is_browser_gone(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, PlaywrightError) and any(
        s in text for s in ("target closed", "browser has been closed", "connection closed", "target page, context or browser has been closed")
    )


def _map(root: Any, loc: model.Locator) -> PwLocator:
    s = model.Strategy
    if loc.strategy is s.ROLE:
        return root.get_by_role(loc.role, name=loc.value, exact=loc.exact)
    if loc.strategy is s.LABEL:
        return root.get_by_label(loc.value, exact=loc.exact)
    if loc.strategy is s.PLACEHOLDER:
        return root.get_by_placeholder(loc.value, exact=loc.exact)
    if loc.strategy is s.ALT_TEXT:
        return root.get_by_alt_text(loc.value, exact=loc.exact)
    if loc.strategy is s.TITLE:
        return root.get_by_title(loc.value, exact=loc.exact)
    if loc.strategy in (s.TEST_ID, s.ATTRIBUTE):
        return root.locator(f"[{loc.attribute}={json.dumps(loc.value)}]")
    if loc.strategy is s.TEXT:
        return root.get_by_text(loc.value, exact=loc.exact)
    return root.locator(loc.value)


def _pattern(value: str, match: model.Match) -> re.Pattern[str]:
    """Case-sensitive: the whole string for EQUALS, anywhere for CONTAINS, the end for ENDS_WITH, the start for
    STARTS_WITH."""
    escaped = re.escape(value)
    if match is model.Match.ENDS_WITH:
        return re.compile(f"{escaped}$")
    if match is model.Match.STARTS_WITH:
        return re.compile(f"^{escaped}")
    return re.compile(escaped if match is model.Match.CONTAINS else f"^{escaped}$")


def _attribute_pattern(name: str, value: str) -> re.Pattern[str]:
    """An attribute's value exactly; a class by one of its names."""
    escaped = re.escape(value)
    return re.compile(rf"(?:^|\s){escaped}(?:\s|$)" if name == "class" else f"^{escaped}$")




def _group_query(target: model.Target) -> dict[str, Any]:
    """What dom.js needs to find the repeated elements a counted or listed target names."""
    return {"noun": target.text, "role": _COUNTED_ROLES.get(target.role_hint or ""), "region": target.region,
            "exact": target.exact, "section": target.section}


# where in the element to click so the click lands on the words said: null when they are its whole text or its centre
# already shows them; else the centre of its one descendant whose own text is exactly those words
_AIM_AT_WORDS = r"""(el, said) => {
  const norm = (t) => (t || "").replace(/\s+/g, " ").trim().toLowerCase();
  const want = norm(said);
  if (!want || norm(el.innerText) === want) return null;
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (hit && el.contains(hit) && norm(hit.innerText) === want) return null;
  // the words, or their end once a kind word said first is left out ("card Fix login loop": "Fix login loop")
  const words = want.split(" ");
  const tries = words.slice(0, Math.max(1, words.length - 1)).map((_, k) => words.slice(k).join(" "));
  let holder = null;
  for (const words of tries) {
    const holders = Array.from(el.querySelectorAll("*")).filter((d) => norm(d.innerText) === words && !Array.from(d.children).some((c) => norm(c.innerText) === words));
    if (holders.length === 1) { holder = holders[0]; break; }
  }
  if (!holder) return null;
  const b = holder.getBoundingClientRect();
  if (b.width < 1 || b.height < 1) return null;
  return { x: b.left - r.left + b.width / 2, y: b.top - r.top + b.height / 2 };
}"""


def _count_all_agree_on(found: dict[str, Any]) -> int | None:
    """The size every candidate group has, when a noun could name several groups ("tbody > tr (2)", "tr > td (2)")."""
    if found.get("error") != "ambiguous":
        return None
    said = [re.search(r"\((\d+)\)$", other) for other in found.get("others") or ()]
    sizes = {m.group(1) for m in said if m}
    return int(sizes.pop()) if len(said) >= 2 and all(said) and len(sizes) == 1 else None


def _count_holds(found: int, count: int, match: model.Match) -> bool:
    """A count compared as the step says: equals, at least or at most (no other match counts)."""
    return {model.Match.EQUALS: operator.eq, model.Match.AT_LEAST: operator.ge, model.Match.AT_MOST: operator.le}[match](found, count)


_COUNT_WORDS = {model.Match.EQUALS: "", model.Match.AT_LEAST: "at least ", model.Match.AT_MOST: "at most "}


_NAMED_PARTS = frozenset({"breadcrumb", "navigation", "header", "footer", "sidebar", "pagination"})  # parts dom.js tells by markup


def _listed_in_order(shown: list[str], wanted: list[str], *, exactly: bool) -> bool:
    """Each wanted text in a member after the previous one's (case and runs of white space aside); ``exactly``: one
    member each, no other."""
    said = [" ".join(t.split()).casefold() for t in shown]
    wants = [" ".join(w.split()).casefold() for w in wanted]
    if exactly:
        return len(said) == len(wants) and all(w in s for w, s in zip(wants, said))
    at = 0
    for want in wants:
        while at < len(said) and want not in said[at]:
            at += 1
        if at == len(said):
            return False
        at += 1
    return True


_COUNTED_ROLES = {"columnheader": "columnheader", "link": "link", "button": "button", "checkbox": "checkbox", "row": "row", "img": "img", "heading": "heading",
                  "tab": "tab", "radio": "radio", "option": "option", "textbox": "textbox", "combobox": "combobox", "menuitem": "menuitem"}
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


_TEXT_FIELDS = fields.TEXT_FIELDS


def _is_sorted(values: list[str], *, descending: bool, text: bool) -> bool:
    """Numbers (prices: currency and thousands separators ignored) if every value has one, else text, case-insensitive."""
    numbers = [_NUMBER.search(v) for v in values]
    keys: list[Any]
    if not text and all(numbers):
        keys = [float(n.group(0).replace(",", "")) for n in numbers if n]
    else:
        keys = [" ".join(v.split()).casefold() for v in values]
    pairs = list(zip(keys, keys[1:]))
    return all(a >= b for a, b in pairs) if descending else all(a <= b for a, b in pairs)


# a sign-in form of one password field and no field for a user name (a search box aside)
_ONLY_A_PASSWORD = """() => {
  const seen = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
  const passwords = Array.from(document.querySelectorAll('input[type=password]')).filter(seen);
  if (passwords.length !== 1) return false;
  const box = passwords[0].closest('form') || document.body;
  const typed = 'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number], textarea';
  return !Array.from(box.querySelectorAll(typed)).some((e) => seen(e) && e.type !== 'search' && e.getAttribute('role') !== 'searchbox');
}"""

# the texts of a header's column: cells under the same column index (colspans counted), or of the same aria-colindex
# (ag-grid draws header and rows in separate boxes); of a row header, the cells after it in its row; null when the
# element heads no table column
_COLUMN_CELLS = """(h) => {
  if (!h.matches('th, [role=columnheader]')) return null;
  const table = h.closest('table, [role=grid], [role=table], [role=treegrid]');
  const row = h.closest('tr, [role=row]');
  if (!table || !row) return null;
  const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
  const aria = h.getAttribute('aria-colindex');
  if (aria) {
    return Array.from(table.querySelectorAll(`[role=gridcell][aria-colindex="${aria}"], [role=cell][aria-colindex="${aria}"]`)).filter(visible).map((c) => c.innerText);
  }
  const cells = [];
  if (h.matches('th') && Array.from(row.children).some((c) => c.matches('td'))) {
    // a row header ("<th>Status</th><td>chatting</td>"): it heads the cells after it in its row, up to the next one
    for (let c = h.nextElementSibling; c && !c.matches('th'); c = c.nextElementSibling) if (visible(c)) cells.push(c.innerText);
    return cells;
  }
  let index = 0;
  for (const c of row.children) { if (c === h) break; index += c.colSpan || 1; }
  for (const r of table.querySelectorAll('tr, [role=row]')) {
    if (r === row || r.closest('table, [role=grid], [role=table], [role=treegrid]') !== table) continue;
    let at = 0;
    for (const c of r.children) {
      if (at === index) { if (!c.matches('th') && visible(c)) cells.push(c.innerText); break; }
      at += c.colSpan || 1;
    }
  }
  return cells;
}"""


def _tag(loc: PwLocator) -> str:
    return str(loc.evaluate("(el) => el.tagName.toLowerCase()"))


def _select(loc: PwLocator, value: str, timeout_ms: int) -> None:
    if _tag(loc) != "select":
        _pick_from_list(loc, value, timeout_ms)
        return
    # a <select> a widget hides (bootstrap-select, select2, Chosen) is chosen in directly, as the widget itself does,
    # then the widget is told to show it
    behind_widget = not loc.is_visible()
    try:
        loc.select_option(label=value, timeout=timeout_ms, force=behind_widget)
    except PlaywrightError:
        loc.select_option(value=value, timeout=timeout_ms, force=behind_widget)
    if behind_widget:
        loc.evaluate(_REDRAW_SELECT_WIDGET, timeout=timeout_ms)


# the widgets that draw a hidden <select> over again, each told to redraw it from the <select>'s new value
_REDRAW_SELECT_WIDGET = """(el) => {
  const $ = window.jQuery;
  if (!$) return;
  const widget = $(el);
  if (typeof widget.selectpicker === "function") { try { widget.selectpicker("refresh"); } catch (e) { /* not one of its selects */ } }
  widget.trigger("chosen:updated");
}"""


def _pick_from_list(loc: PwLocator, value: str, timeout_ms: int) -> None:
    """A custom dropdown (a read-only input or a combobox that opens a list): open it, click the shown option."""
    loc.click(timeout=timeout_ms)
    exactly = re.compile(r"^\s*" + re.escape(value) + r"\s*$")
    options = loc.page.locator("[role=option], li, [role=menuitem]").filter(has_text=exactly).filter(visible=True)
    try:
        expect(options.first).to_be_visible(timeout=timeout_ms)
    except AssertionError:
        raise StepFailed(f'the dropdown opened, but shows no option "{value}"') from None
    if options.count() > 1:
        options = options.filter(has_not=loc.page.locator("[role=option], li, [role=menuitem]"))  # the innermost ones
    options.first.click(timeout=timeout_ms)


def _first_line(exc: PlaywrightError) -> str:
    return (exc.message or str(exc)).strip().splitlines()[0][:300]


# the value of the field that titles a box (a board list's name, a card's title): its first visible text field, never
# a password's dots, a hidden input, a search or filter box, or a field this test typed into (what the test typed
# is no proof the app shows it)
_FIELD_VALUES = """(el) => {
  const shown = Array.from(el.querySelectorAll("input, textarea")).filter((f) => {
    const type = (f.getAttribute("type") || "text").toLowerCase();
    const r = f.getBoundingClientRect(), st = getComputedStyle(f);
    return ["text", "email", "url", "tel", "number", "", "date", "datetime-local", "time", "month", "week"].includes(type) && r.width > 1 && r.height > 1
      && st.visibility !== "hidden" && st.display !== "none" && Number(st.opacity) > 0;
  });
  const first = shown[0];
  if (!first || (window.__pactsFilled || []).includes(first)) return [];
  const said = [first.name, first.id, first.placeholder, first.getAttribute("aria-label"), first.getAttribute("role")].join(" ");
  if (/search|filter|query|\\bq\\b|find/i.test(said)) return [];
  return first.value.trim() ? [first.value] : [];
}"""


# a select's options, else those of the listbox the control owns or controls, else none
_OPTION_TEXTS = """el => {
  if (el.options) return Array.from(el.options, o => o.label || o.text);
  const ids = ((el.getAttribute('aria-controls') || '') + ' ' + (el.getAttribute('aria-owns') || '')).split(/\\s+/).filter(Boolean);
  const boxes = ids.map(id => document.getElementById(id)).filter(Boolean);
  const list = el.getAttribute('list') && document.getElementById(el.getAttribute('list'));
  if (list) boxes.push(list);
  return boxes.flatMap(b => Array.from(b.querySelectorAll('option, [role=option]'), o => o.label || o.textContent || ''));
}"""


_DOCUMENT_REPLACED = re.compile(r"Execution context was destroyed|Cannot find context with specified id|frame was detached", re.IGNORECASE)


def _field_values(loc: PwLocator) -> list[str]:
    """The value of the field that titles the one element ``loc`` finds ([] when it finds not one, or none titles it)."""
    try:
        if loc.count() != 1:
            return []
        return [str(v) for v in loc.evaluate(_FIELD_VALUES, timeout=1000)][:5]
    except PlaywrightError as exc:
        if is_browser_gone(exc):
            raise
        return []


def _field_says(loc: PwLocator, text: str) -> bool:
    """Does the field that titles the element hold ``text`` (a card or a board's list whose title is an input)?"""
    return _holds(_field_values(loc), text)


def _holds(values: list[str], text: str) -> bool:
    pattern = reading.text_pattern(text)
    return any(pattern.search(" ".join(value.split())) for value in values)


def _first_line_text(loc: PwLocator) -> str:
    try:
        return " ".join(loc.first.inner_text(timeout=500).split())[:120]
    except PlaywrightError:
        return ""
