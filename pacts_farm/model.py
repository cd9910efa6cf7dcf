"""Typed values that flow one way between the stages.

suite.yaml -> Suite(Items) -> Plan(PlannedSteps) -> Resolutions(Locators) -> StepResults -> ItemResult -> RunResult

Every value is frozen and keyword-only. Dicts appear only at JSON edges, through
``to_json``/``from_json`` helpers on the types that cross them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MASK = "••••"


class Expectation(str, enum.Enum):
    PASS = "pass"
    FAIL = "fail"


class Verdict(str, enum.Enum):
    """Terminal state of one run item."""

    PASSED = "passed"
    FAILED = "failed"
    HEALED = "healed"
    FLAKY = "flaky"
    ERROR = "error"
    CANCELLED = "cancelled"

    @property
    def succeeded(self) -> bool:
        return self in (Verdict.PASSED, Verdict.HEALED, Verdict.FLAKY)


class ItemState(str, enum.Enum):
    """Where an item is in its chain; ``done`` items carry a Verdict."""

    QUEUED = "queued"
    PLANNED = "planned"
    DISCOVERED = "discovered"
    RUNNING = "running"
    EXECUTED = "executed"
    DONE = "done"


class RunStatus(str, enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    CANCELLED = "cancelled"


class Action(str, enum.Enum):
    NAVIGATE = "navigate"
    FILL = "fill"
    CLICK = "click"
    PRESS = "press"
    TYPE_TEXT = "type_text"  # value typed key by key into the field that has focus (the step before put it there)
    SELECT = "select"
    CHECK = "check"
    UNCHECK = "uncheck"
    HOVER = "hover"
    WAIT_FOR = "wait_for"  # wait until target/text is visible; neither: until the page has loaded
    PAUSE = "pause"  # a fixed wait, timeout_ms long ("Wait 2 seconds")
    EXPECT_VISIBLE = "expect_visible"  # text (value) or element (target) is visible
    EXPECT_HIDDEN = "expect_hidden"  # text (value) or element (target) is not visible
    EXPECT_TEXT = "expect_text"  # element (target) contains text (value)
    EXPECT_URL = "expect_url"
    EXPECT_TITLE = "expect_title"
    # the page a person names is the one shown (value: its name): its heading or the document title says the name,
    # or the URL's path has its words ("the Today page": /today, a heading "Today")
    EXPECT_PAGE = "expect_page"
    GO_BACK = "go_back"  # the browser's back button
    RELOAD = "reload"
    EXPECT_COUNT = "expect_count"  # how many of a repeated kind of element (target: the noun) are visible: value, by match
    EXPECT_ORDER = "expect_order"  # the repeated elements (target) are sorted by a visible field (value), match: direction
    EXPECT_EACH = "expect_each"  # every one of the repeated elements (target) shows value (and there is at least one)
    EXPECT_STATE = "expect_state"  # element (target) is in a state (value: one of STATES)
    EXPECT_VALUE = "expect_value"  # field (target) holds value; a dropdown's selected option
    EXPECT_ATTRIBUTE = "expect_attribute"  # element (target) has attribute (step.attribute), equal to/containing value
    # the browser's own dialog (alert, confirm, prompt) the step before opened: answered OK or Cancel; value: what it
    # must say (contained), or None
    ACCEPT_DIALOG = "accept_dialog"
    DISMISS_DIALOG = "dismiss_dialog"

    @property
    def is_assertion(self) -> bool:
        return self.value.startswith("expect_")

    @property
    def answers_dialog(self) -> bool:
        return self in (Action.ACCEPT_DIALOG, Action.DISMISS_DIALOG)

    @property
    def acts_on_element(self) -> bool:
        return self in _ELEMENT_ACTIONS

    @property
    def needs_target(self) -> bool:
        return self in _ELEMENT_ACTIONS or self in _TARGETED_ASSERTIONS

    @property
    def resolves_target(self) -> bool:
        """Does the step act on or check one element discovery finds (not a group counted or ordered in the page)?"""
        return self not in (Action.EXPECT_COUNT, Action.EXPECT_ORDER, Action.EXPECT_EACH)


_ELEMENT_ACTIONS = frozenset(
    {Action.FILL, Action.CLICK, Action.SELECT, Action.CHECK, Action.UNCHECK, Action.HOVER}
)
_TARGETED_ASSERTIONS = frozenset(
    {Action.EXPECT_TEXT, Action.EXPECT_COUNT, Action.EXPECT_ORDER, Action.EXPECT_EACH, Action.EXPECT_STATE, Action.EXPECT_VALUE,
     Action.EXPECT_ATTRIBUTE}
)
# expect_count's target descriptor for a text counted where it is shown ('"Required" is shown 2 times'): the visible
# elements whose whole text is the target's text
SHOWN_TEXT = "shown text"
# click's target descriptor for a page named without an address ("Open the posts page"): the link that opens it,
# clicked unless that page is already the one shown (its URL path names it, or its title or main heading is the name)
PAGE_LINK = "page"
# expect_text's target descriptor for a dropdown's options ("has the options A, B"): value is one of them, chosen or not
OPTIONS = "options"
# expect_state values: each maps to one of Playwright's web-first assertions
STATES = ("enabled", "disabled", "checked", "unchecked", "selected", "unselected", "empty", "not_empty", "focused", "editable",
          "readonly", "current")  # current: the page's own entry in a navigation or tab list (aria-current, an "active" class)
# the classes an entry marks itself current with, whole or as a BEM modifier (the browser's check and the export's)
CURRENT_CLASSES = ("active", "current", "selected", "is-active", "is-current", "is-selected", "router-link-exact-active")
CURRENT_CLASS_ENDINGS = ("--active", "--current", "--selected")


class Match(str, enum.Enum):
    """How an expected value is compared: strings (URL, title, text), counts, and the direction of an order."""

    CONTAINS = "contains"
    EQUALS = "equals"
    ENDS_WITH = "ends_with"  # URL, title
    STARTS_WITH = "starts_with"  # title
    NOT_CONTAINS = "not_contains"  # URL: the page has left (or never reached) an address
    AT_LEAST = "at_least"  # counts
    AT_MOST = "at_most"
    ASCENDING = "ascending"  # orders: A to Z, low to high
    DESCENDING = "descending"
    SEQUENCE = "sequence"  # orders: these values (one a line), in this order, others may come between


@dataclass(frozen=True, kw_only=True, slots=True)
class SuiteStep:
    """One step as the user wrote it: a sentence, or a structured mapping."""

    line: int | None = None
    text: str | None = None
    action: str | None = None
    target: str | None = None
    value: str | None = None
    role: str | None = None  # structured steps: role hint for the target
    scope: str | None = None  # structured steps: item container text
    timeout_ms: int | None = None
    # "Log in as admin" where the suite's auth: names a flow admin: that flow's page and steps, run here in turn
    signs_in: tuple[SuiteStep, ...] = ()
    signs_in_at: str | None = None

    def display(self) -> str:
        if self.text is not None:
            return self.text
        parts = [self.action or "", self.target or "", self.value or ""]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True, kw_only=True, slots=True)
class Item:
    """One test instance: a requirement, or a requirement with one data row."""

    key: str  # unique in the suite, safe for paths: "login" or "login-2"
    requirement_id: str
    title: str
    tags: tuple[str, ...] = ()
    expect: Expectation = Expectation.PASS
    data: dict[str, str] = field(default_factory=dict)
    start_url: str | None = None  # absolute; None means the suite's base_url
    steps: tuple[SuiteStep, ...] = ()
    free_text: str | None = None  # PACTS-style text block, planned as a whole
    timeout_ms: int | None = None
    line: int | None = None
    index: int | None = None  # position of the requirement in the suite, for messages
    retries: int = 0  # extra attempts after a failed one (a pass on a retry is flaky)
    auth: str | None = None  # starts signed in from the named auth setup's saved browser state


DEFAULT_ACTION_MS = 15000  # an action's budget: it waits this long for its element while the page works
DEFAULT_IDLE_MS = 5000  # ...but no longer than this once the page is idle and nothing matches (see patience.py)
DEFAULT_SETTLE_MS = 500  # a failing check or wait ends once the page has been settled this long (see settled.py)


@dataclass(frozen=True, kw_only=True, slots=True)
class Timeouts:
    """A suite's timeouts; None: the farm's default (Settings: PACTS_ACTION_TIMEOUT_MS, PACTS_IDLE_TIMEOUT_MS,
    PACTS_SETTLE_MS)."""

    action_ms: int | None = None  # the most an action waits for its element to appear and become usable
    assertion_ms: int = 3000
    navigation_ms: int = 15000
    item_ms: int = 120000
    idle_ms: int | None = None  # an action whose target is missing stops once the page has been idle this long
    settle_ms: int | None = None  # a failing check ends once the page has been settled this long (0: waits its timeout)

    def with_defaults(
        self, *, action_ms: int = DEFAULT_ACTION_MS, idle_ms: int = DEFAULT_IDLE_MS, settle_ms: int = DEFAULT_SETTLE_MS
    ) -> Timeouts:
        """These timeouts with the unset ones filled in."""
        return Timeouts(action_ms=self.action_ms or action_ms, assertion_ms=self.assertion_ms,
                        navigation_ms=self.navigation_ms, item_ms=self.item_ms, idle_ms=self.idle_ms or idle_ms,
                        settle_ms=settle_ms if self.settle_ms is None else self.settle_ms)


@dataclass(frozen=True, kw_only=True, slots=True)
class AuthSetup:
    """A named sign-in flow (suite.yaml `auth:`): run once per worker and run, its browser state reused."""

    name: str
    start_url: str
    steps: tuple[SuiteStep, ...]
    line: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Budget:
    """Per-suite limits: LLM spend per run (then rules only) and wall time (then reported over budget)."""

    llm_usd: float | None = None
    duration_s: float | None = None

    def duration_note(self, duration_ms: float) -> str | None:
        """The note for a run that took longer than ``duration_s``, else None."""
        if self.duration_s is None or duration_ms <= self.duration_s * 1000:
            return None
        return f"over duration budget: the run took {duration_ms / 1000:.1f} s, budget {self.duration_s:g} s"


@dataclass(frozen=True, kw_only=True, slots=True)
class QuarantinePolicy:
    """suite.yaml `quarantine:`: opt-in automatic quarantine of flaky requirements.

    A score above ``threshold`` for ``nights`` consecutive nightly computations quarantines the
    requirement for ``days``; never more than ``max`` quarantined requirements per suite.
    """

    auto: bool = False
    threshold: float = 0.3
    nights: int = 3
    days: int = 14
    max: int = 2


@dataclass(frozen=True, kw_only=True, slots=True)
class RunOptions:
    """What a run keeps from its suite and its submission for later stages and beat (JSON on the run's row)."""

    timeouts: Timeouts = field(default_factory=Timeouts)
    budget: Budget = field(default_factory=Budget)
    quarantine: QuarantinePolicy = field(default_factory=QuarantinePolicy)
    origin_limits: dict[str, int] = field(default_factory=dict)  # origin -> most items at once (suite `limits:`)
    network_allow: tuple[str, ...] = ()
    auth_flows: dict[str, Plan] = field(default_factory=dict)  # planned `auth:` flows by name (placeholders, no values)
    memory: bool = True  # False: submitted with PACTS_MEMORY=off (every target discovered live)
    scheduled: bool = False  # fired by a schedule: a nightly regression


def derive_run_status(items: Sequence[tuple[ItemState, Verdict | None, bool | None]], current: RunStatus) -> RunStatus:
    """A run's status from its items' (state, verdict, met): running until every item is done, then error if one
    errored, passed if every item met its expectation, else failed; a cancelled run stays cancelled."""
    if current is RunStatus.CANCELLED:
        return RunStatus.CANCELLED
    if any(state is not ItemState.DONE for state, _, _ in items):
        started = any(state is not ItemState.QUEUED for state, _, _ in items)
        return RunStatus.RUNNING if started else RunStatus.QUEUED
    if any(verdict is Verdict.ERROR for _, verdict, _ in items):
        return RunStatus.ERROR
    return RunStatus.PASSED if all(met for _, _, met in items) else RunStatus.FAILED


@dataclass(frozen=True, kw_only=True, slots=True)
class RequirementHealth:
    """A requirement's flakiness score and quarantine state, as reports and the dashboard show them."""

    score: float | None = None  # 0 steady … 1 flips every run; None: not scored yet
    quarantined_by: str | None = None  # the owner, while quarantined
    quarantined_until: str | None = None  # ISO 8601 UTC
    quarantine_reason: str = ""
    automatic: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class OriginLimit:
    """suite.yaml `limits:`: at most ``max_parallel`` items drive this origin at once, farm-wide."""

    origin: str  # scheme://host:port, lower case
    max_parallel: int


@dataclass(frozen=True, slots=True)
class Secrets:
    """Values of vars marked ``secret: true``: held in memory by the submitting process, never stored or printed."""

    values: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:
        return "Secrets(" + ", ".join(f"{name}={MASK}" for name, _ in self.values) + ")"

    def environ(self) -> dict[str, str]:
        """As entries of the mapping ``secrecy.resolve`` reads (``secret:NAME``)."""
        return {f"secret:{name}": value for name, value in self.values}


@dataclass(frozen=True, kw_only=True, slots=True)
class Suite:
    name: str
    base_url: str
    source: str  # path of the suite file, for messages
    items: tuple[Item, ...]
    timeouts: Timeouts = Timeouts()
    secret_names: tuple[str, ...] = ()  # env variables referenced as ${env:NAME}
    secrets: Secrets = Secrets()  # values of vars marked secret: true (steps hold ${secret:NAME})
    budget: Budget = Budget()
    network_allow: tuple[str, ...] = ()  # extra origins pages may reach (network: {allow: […]})
    auth: tuple[AuthSetup, ...] = ()
    quarantine: QuarantinePolicy = QuarantinePolicy()
    limits: tuple[OriginLimit, ...] = ()
    retries: int = 0  # the suite's default for its requirements


@dataclass(frozen=True, kw_only=True, slots=True)
class Target:
    """What a person calls the element: never a selector."""

    text: str
    role_hint: str | None = None  # "button", "link", "textbox", "checkbox", "combobox", ...
    scope: str | None = None  # text of the item container: "Blue Mug" in "Add to cart for the Blue Mug"
    exact: bool = False  # quoted text in the step keeps its case
    position: int | None = None  # among equally good matches: 1 first, 2 second, -1 last
    region: str | None = None  # part of the page named: header, footer, sidebar, navigation, dialog, main, top right…
    descriptor: str | None = None  # what the person called it beyond a role: icon, badge, error message, placeholder…
    section: str | None = None  # the heading it sits under: "Books in genre" in '3 books are listed under "Books in genre"'
    scope_box: str | None = None  # the kind of box the scope names ("form" in "the email field of the password form"): its own box must say the scope
    look: str | None = None  # a colour said with it ("the green Create button"): tells apart controls named alike
    says: str | None = None  # a text each counted item holds ("Greenleaf Market appears in 4 rows": the rows saying it)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text, "role_hint": self.role_hint, "scope": self.scope, "exact": self.exact}
        for name in _TARGET_EXTRAS:  # only when said, so plans and keys of plain targets stay as they were
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Target:
        return cls(
            text=data["text"],
            role_hint=data.get("role_hint"),
            scope=data.get("scope"),
            exact=bool(data.get("exact", False)),
            position=data.get("position"),
            region=data.get("region"),
            descriptor=data.get("descriptor"),
            section=data.get("section"),
            scope_box=data.get("scope_box"),
            look=data.get("look"),
            says=data.get("says"),
        )


_TARGET_EXTRAS = ("position", "region", "descriptor", "section", "scope_box", "look", "says")


@dataclass(frozen=True, kw_only=True, slots=True)
class PlannedStep:
    index: int
    text: str  # the original sentence, secrets masked
    action: Action
    target: Target | None = None
    value: str | None = None  # may hold ${env:NAME} placeholders, resolved only in the browser worker
    match: Match = Match.CONTAINS
    timeout_ms: int | None = None
    planner: str = "rules"
    attribute: str | None = None  # expect_attribute: which attribute ("href", "aria-expanded")
    settled: bool = False  # a check of what stays ("still on the login page"): made once the page has settled

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "index": self.index,
            "text": self.text,
            "action": self.action.value,
            "target": self.target.to_json() if self.target else None,
            "value": self.value,
            "match": self.match.value,
            "timeout_ms": self.timeout_ms,
            "planner": self.planner,
        }
        if self.attribute is not None:  # only when said, so plans of other steps stay as they were
            data["attribute"] = self.attribute
        if self.settled:
            data["settled"] = True
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlannedStep:
        target = data.get("target")
        return cls(
            index=int(data["index"]),
            text=data["text"],
            action=Action(data["action"]),
            target=Target.from_json(target) if target else None,
            value=data.get("value"),
            match=Match(data.get("match") or Match.CONTAINS.value),
            timeout_ms=data.get("timeout_ms"),
            planner=data.get("planner", "rules"),
            attribute=data.get("attribute"),
            settled=bool(data.get("settled", False)),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Plan:
    item_key: str
    start_url: str
    steps: tuple[PlannedStep, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "item_key": self.item_key,
            "start_url": self.start_url,
            "steps": [s.to_json() for s in self.steps],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Plan:
        return cls(
            item_key=data["item_key"],
            start_url=data["start_url"],
            steps=tuple(PlannedStep.from_json(s) for s in data["steps"]),
        )


class Strategy(str, enum.Enum):
    """How a locator finds its element, most user-facing first."""

    ROLE = "role"  # role + accessible name
    LABEL = "label"
    PLACEHOLDER = "placeholder"
    ALT_TEXT = "alt_text"
    TITLE = "title"
    TEST_ID = "test_id"  # data-test / data-testid
    ATTRIBUTE = "attribute"  # name=, aria-label= ...
    TEXT = "text"
    CSS = "css"  # id / class words: the last resort


class LocatorSource(str, enum.Enum):
    REDIS = "redis"
    DATABASE = "database"
    DISCOVERED = "discovered"
    HEALED = "healed"
    ASSISTED = "assisted"  # Claude picked it among verified candidates when the rules could not resolve the target


@dataclass(frozen=True, kw_only=True, slots=True)
class Locator:
    """A structured, replayable locator; ``scope`` narrows it to a container."""

    strategy: Strategy
    value: str
    role: str | None = None  # ROLE only
    attribute: str | None = None  # TEST_ID / ATTRIBUTE: which attribute
    exact: bool = True
    scope: Locator | None = None
    has_text: str | None = None  # container filter, used on scopes
    nth: int | None = None  # among what the rest finds: 0 the first, -1 the last ("the first product")
    has: Locator | None = None  # container filter: keeps containers holding this ("Blue Mug" exactly, not "Blue Mug Lid")

    def describe(self) -> str:
        inner = _describe_one(self)
        return f"{self.scope.describe()} >> {inner}" if self.scope else inner

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "strategy": self.strategy.value,
            "value": self.value,
            "role": self.role,
            "attribute": self.attribute,
            "exact": self.exact,
            "scope": self.scope.to_json() if self.scope else None,
            "has_text": self.has_text,
        }
        if self.nth is not None:  # only when set, so cached locators without them read and compare as before
            data["nth"] = self.nth
        if self.has is not None:
            data["has"] = self.has.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Locator:
        scope = data.get("scope")
        return cls(
            strategy=Strategy(data["strategy"]),
            value=data["value"],
            role=data.get("role"),
            attribute=data.get("attribute"),
            exact=bool(data.get("exact", True)),
            scope=cls.from_json(scope) if scope else None,
            has_text=data.get("has_text"),
            nth=data.get("nth"),
            has=cls.from_json(data["has"]) if data.get("has") else None,
        )


def _describe_one(loc: Locator) -> str:
    quoted = f'"{loc.value}"' + ("" if loc.exact else "i")
    if loc.strategy is Strategy.ROLE:
        text = f"role={loc.role}[name={quoted}]"
    elif loc.strategy in (Strategy.TEST_ID, Strategy.ATTRIBUTE):
        text = f"[{loc.attribute}={quoted}]"
    elif loc.strategy is Strategy.CSS:
        text = f"css={loc.value}"
    else:
        text = f"{loc.strategy.value}={quoted}"
    if loc.has_text:
        text += f' has_text="{loc.has_text}"'
    if loc.has is not None:
        text += f" has=({loc.has.describe()})"
    if loc.nth is not None:
        text += f" nth={loc.nth}"
    return text


@dataclass(frozen=True, kw_only=True, slots=True)
class Fingerprint:
    """What the element looked like when its locator was verified (drift detection)."""

    tag: str
    role: str | None = None
    name: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    neighbourhood: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "role": self.role,
            "name": self.name,
            "attributes": [list(kv) for kv in self.attributes],
            "neighbourhood": self.neighbourhood,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(
            tag=data["tag"],
            role=data.get("role"),
            name=data.get("name", ""),
            attributes=tuple((k, v) for k, v in data.get("attributes", [])),
            neighbourhood=data.get("neighbourhood", ""),
        )


# how a resolution says an option was chosen in its native select, for a click on that option: never kept in the cache
# (the select it finds is clicked, not chosen in, by a later run's step)
CHOSEN_IN_ITS_SELECT = "chosen in its dropdown"


@dataclass(frozen=True, kw_only=True, slots=True)
class Resolution:
    """A locator verified on the live page (exactly one element)."""

    locator: Locator
    source: LocatorSource
    confidence: float
    fingerprint: Fingerprint | None = None
    opened: str | None = None  # the closed menu opened to reach it (reveal.py): "opened the closed ul.dropdown-menu by …"

    def to_json(self) -> dict[str, Any]:
        data = {
            "locator": self.locator.to_json(),
            "source": self.source.value,
            "confidence": self.confidence,
            "fingerprint": self.fingerprint.to_json() if self.fingerprint else None,
        }
        if self.opened:
            data["opened"] = self.opened
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Resolution:
        fp = data.get("fingerprint")
        return cls(
            locator=Locator.from_json(data["locator"]),
            source=LocatorSource(data["source"]),
            confidence=float(data["confidence"]),
            fingerprint=Fingerprint.from_json(fp) if fp else None,
            opened=data.get("opened"),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Hint:
    """What the discover stage found in the selector cache for one step, on one page, before the browser ran."""

    index: int  # the step's
    page: str  # normalised path (cache.normalise_page)
    resolution: Resolution


@dataclass(frozen=True, kw_only=True, slots=True)
class Candidate:
    """An element seen during discovery, with its score; reported when a step is ambiguous or not found."""

    locator: Locator
    score: float
    description: str  # "button 'Add to cart' in 'Blue Mug'"


class Outcome(str, enum.Enum):
    PASSED = "passed"
    HEALED = "healed"
    FAILED = "failed"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(frozen=True, kw_only=True, slots=True)
class HealEvent:
    step_index: int
    old_locator: Locator | None
    new_locator: Locator
    strategy: str
    round: int
    reason: str
    duration_ms: float
    changed: tuple[str, ...] = ()  # how the new element differs from the old: accessible name, scope, role
    heal_id: int | None = None  # its heal-history row once settled (`pacts-farm heal mark-wrong ID`)

    def to_json(self) -> dict[str, Any]:
        return {
            "step_index": self.step_index,
            "old_locator": self.old_locator.to_json() if self.old_locator else None,
            "new_locator": self.new_locator.to_json(),
            "strategy": self.strategy,
            "round": self.round,
            "reason": self.reason,
            "duration_ms": round(self.duration_ms, 1),
            "changed": list(self.changed),
            **({"heal_id": self.heal_id} if self.heal_id is not None else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HealEvent:
        old = data.get("old_locator")
        return cls(
            step_index=int(data["step_index"]),
            old_locator=Locator.from_json(old) if old else None,
            new_locator=Locator.from_json(data["new_locator"]),
            strategy=data["strategy"],
            round=int(data["round"]),
            reason=data["reason"],
            duration_ms=float(data["duration_ms"]),
            changed=tuple(data.get("changed") or ()),
            heal_id=data.get("heal_id"),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class StepResult:
    index: int
    text: str
    action: Action
    outcome: Outcome
    duration_ms: float
    resolution: Resolution | None = None
    page_url: str | None = None  # where the step ran: the cache key's page
    error: str | None = None
    heal: HealEvent | None = None
    candidates: tuple[Candidate, ...] = ()
    drifted: bool = False  # a cached locator existed for this step and no longer matched
    heal_attempts: tuple[HealAttempt, ...] = ()  # every strategy tried, accepted or not


@dataclass(frozen=True, kw_only=True, slots=True)
class HealAttempt:
    strategy: str
    round: int
    accepted: bool
    reason: str
    duration_ms: float = 0.0  # this attempt's own time (probe and gate)
    confidence: float | None = None  # the found element's score; None when the strategy found none

    def to_json(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "round": self.round, "accepted": self.accepted, "reason": self.reason,
                "duration_ms": round(self.duration_ms, 1), "confidence": self.confidence}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HealAttempt:
        confidence = data.get("confidence")
        return cls(strategy=data["strategy"], round=int(data["round"]), accepted=bool(data["accepted"]), reason=data["reason"],
                   duration_ms=float(data.get("duration_ms") or 0.0), confidence=None if confidence is None else float(confidence))


@dataclass(frozen=True, kw_only=True, slots=True)
class HealRecord:
    """One heal attempt, accepted or rejected, as heal history keeps it: what the heal ladder learns from."""

    run_id: str | None
    item_key: str
    app: str
    page: str
    target: str
    strategy: str
    accepted: bool
    reason: str
    duration_ms: float  # this attempt's own time, rejected ones too
    signature: str | None = None  # cache.signature of the step: app, target, role, action, scope
    action: Action | None = None
    scope: str | None = None
    step_index: int | None = None
    changed: tuple[str, ...] = ()  # what the new element differs in
    failed_locator: Locator | None = None
    new_locator: Locator | None = None
    confidence: float | None = None  # how sure the strategy was of its element (None: found none)


@dataclass(frozen=True, kw_only=True, slots=True)
class Evidence:
    """What was kept when an item failed; paths are relative to the run folder."""

    screenshot: str | None = None
    trace: str | None = None
    dom_excerpt: str | None = None
    url: str | None = None
    title: str | None = None
    console_errors: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Phases:
    """Where an item's browser time went, in milliseconds (the speed breakdown)."""

    context_ms: float = 0.0  # fresh context and page
    auth_ms: float = 0.0  # running an auth: flow whose state this worker did not hold yet
    navigation_ms: float = 0.0  # the start page and Go to steps
    resolution_ms: float = 0.0  # cached-locator checks, discovery, the gate, heals
    actions_ms: float = 0.0
    assertions_ms: float = 0.0
    evidence_ms: float = 0.0  # screenshot, DOM excerpt and trace of a failure

    def __add__(self, other: Phases) -> Phases:
        return Phases(**{name: getattr(self, name) + getattr(other, name) for name in PHASE_NAMES})

    def to_json(self) -> dict[str, float]:
        return {name: round(getattr(self, name), 1) for name in PHASE_NAMES}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Phases:
        return cls(**{name: float(data.get(name, 0.0)) for name in PHASE_NAMES}) if data else cls()


PHASE_NAMES = ("context_ms", "auth_ms", "navigation_ms", "resolution_ms", "actions_ms", "assertions_ms", "evidence_ms")


@dataclass(frozen=True, kw_only=True, slots=True)
class Execution:
    """What the browser stage produced for one item, before the verdict is settled."""

    steps: tuple[StepResult, ...]
    duration_ms: float
    evidence: Evidence | None = None
    infrastructure_error: str | None = None  # browser crashed etc.: not a test failure
    phases: Phases = Phases()

    @property
    def failed_step(self) -> StepResult | None:
        return next((s for s in self.steps if s.outcome in (Outcome.FAILED, Outcome.ERROR)), None)

    @property
    def heals(self) -> tuple[HealEvent, ...]:
        return tuple(s.heal for s in self.steps if s.heal is not None)


def settle_verdict(execution: Execution) -> Verdict:
    if execution.infrastructure_error:
        return Verdict.ERROR
    if execution.failed_step is not None:
        return Verdict.FAILED
    if execution.heals:
        return Verdict.HEALED
    return Verdict.PASSED


def expectation_met(verdict: Verdict, expect: Expectation) -> bool:
    if verdict in (Verdict.ERROR, Verdict.CANCELLED):
        return False
    return verdict.succeeded == (expect is Expectation.PASS)


@dataclass(frozen=True, kw_only=True, slots=True)
class ItemResult:
    item_key: str
    requirement_id: str
    title: str
    data: dict[str, str]
    expect: Expectation
    verdict: Verdict
    met: bool
    duration_ms: float
    steps: tuple[StepResult, ...]
    evidence: Evidence | None = None
    error: str | None = None
    tags: tuple[str, ...] = ()
    tries: int = 1  # test attempts: more than one when retries were used
    try_errors: tuple[str, ...] = ()  # why the earlier attempts failed
    root_cause: str | None = None  # RootCause value when the item failed
    root_cause_summary: str | None = None  # Claude's summary and recommended fix, when a key is set
    quarantined: bool = False  # ran and reported, but does not fail the run
    phases: Phases = Phases()

    @property
    def heals(self) -> tuple[HealEvent, ...]:
        return tuple(s.heal for s in self.steps if s.heal is not None)


class RootCause(str, enum.Enum):
    """Deterministic class of a failed item, from its steps and evidence."""

    SELECTOR_DRIFT = "selector_drift"  # a cached (known) locator stopped matching, and nothing justified took its place
    TARGET_NOT_FOUND = "target_not_found"  # a target never found, with no cached locator to have drifted
    AMBIGUOUS = "ambiguous"  # several elements match the target equally well; the sentence does not say which
    TIMING = "timing"  # something did not appear, settle or finish in time
    VISIBILITY = "visibility"  # the element is there but hidden, covered or off-screen
    DISABLED = "disabled"  # the element is there but not enabled
    ASSERTION_MISMATCH = "assertion_mismatch"  # the page shows something else than expected
    DATA = "data"  # a value could not be used (missing option, secret not set, bad input data)
    ENVIRONMENT = "environment"  # the app or the farm failed (unreachable, crashed, infrastructure)


class LlmPurpose(str, enum.Enum):
    PLAN = "plan"
    HEAL = "heal"
    ROOT_CAUSE = "root_cause"
    RESOLVE = "resolve"  # a target the rules could not resolve: Claude picks among verified candidates


@dataclass(frozen=True, kw_only=True, slots=True)
class LlmCall:
    """One request to Claude, as recorded in llm_calls."""

    purpose: LlmPurpose
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    duration_ms: float
    outcome: str  # ok, invalid, rate_limited, server_error, timeout, error
    item_key: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class LlmUsage:
    """What a run spent on Claude."""

    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0


@dataclass(frozen=True, kw_only=True, slots=True)
class RunResult:
    run_id: str
    suite_name: str
    status: RunStatus
    mode: str  # "embedded" or "farm"
    started_at: str  # ISO 8601 UTC
    finished_at: str | None
    duration_ms: float
    items: tuple[ItemResult, ...]
    cache_hits: int = 0  # steps whose locator came from the selector cache
    cache_lookups: int = 0  # steps that needed a locator
    llm: LlmUsage = LlmUsage()
    notes: tuple[str, ...] = ()  # run-level notes: budget exceeded, LLM fallbacks

    @property
    def all_met(self) -> bool:
        return bool(self.items) and all(i.met for i in self.items)

    @property
    def met_except_quarantined(self) -> bool:
        """Every item met its expectation, or is quarantined (reported, but not failing the run)."""
        return bool(self.items) and all(i.met or i.quarantined for i in self.items)
