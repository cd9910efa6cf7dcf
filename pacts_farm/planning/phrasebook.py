"""The phrasebook: every sentence the rules planner reads, generated from its own rule table.

Each rule carries its page (pacts_farm/planning/rules/registry.py `book`: name, the step kind it yields, a shape and an
example per form); here those pages are put in order, every example is planned by the real planner to show the
typed step it becomes, and the ways of naming a target are read from pacts_farm/planning/phrases.py and vocabulary.py.
docs/phrasebook.md is this module's output (`python -m pacts_farm.planning.phrasebook docs/phrasebook.md`);
`pacts-farm phrases [--search WORD]` prints the same pages in a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pacts_farm import errors, model
from pacts_farm.planning import narrative, phrases, plan, vocabulary
from pacts_farm.planning.rules.registry import BOOK, RULES, Entry

A = model.Action
REGENERATE = "python -m pacts_farm.planning.phrasebook docs/phrasebook.md"
# the order a reader looks for things in: what you do, then what you check
_FAMILIES = ("navigation", "inputs", "clicks", "waits", "assertions", "lists", "state")


def entries() -> list[Entry]:
    """Every rule's page, once each, families in reading order, rules in the order the planner tries them."""
    seen: list[Entry] = []
    for _, builder in RULES:
        entry = BOOK.get(builder)
        if entry is not None and entry not in seen:
            seen.append(entry)
    return sorted(seen, key=lambda e: _FAMILIES.index(e.family) if e.family in _FAMILIES else len(_FAMILIES))


def unbooked() -> list[str]:
    """Rules registered without a page: each one is a sentence form the book would not show."""
    return sorted({f"{b.__module__}.{b.__name__}" for _, b in RULES if b not in BOOK})


@dataclass(frozen=True, slots=True)
class Planned:
    """What the real planner makes of one sentence: its typed steps, or the hint it refuses it with."""

    steps: tuple[model.PlannedStep, ...] = ()
    refusal: str | None = None

    @property
    def kinds(self) -> tuple[A, ...]:
        return tuple(s.action for s in self.steps)

    def describe(self) -> str:
        from pacts_farm.console import describe_step  # presentation lives there; the CLI prints through it

        if self.refusal is not None:
            return f"refused: {self.refusal}"
        return "; ".join(describe_step(s) for s in self.steps)


def planned(sentence: str, after: str = "") -> Planned:
    """The sentence planned as one step of a requirement, by the rules planner (no Claude); with ``after``, as the
    step that follows that sentence (only its own steps are shown)."""
    before = (model.SuiteStep(text=after),) if after else ()
    item = model.Item(key="phrasebook", requirement_id="phrasebook", title="phrasebook", start_url="http://shop.test/",
                      steps=(*before, model.SuiteStep(text=sentence)))
    try:
        steps = plan.make_plan(item, base_url="http://shop.test/").steps
    except errors.PlanInvalid as exc:
        return Planned(refusal=" / ".join(p.hint for p in exc.problems) or "not understood")
    if after:
        first = len(planned(after).steps)
        steps = steps[first:]
    return Planned(steps=steps)


# --- how a sentence is read: (what the rule is, an example, the kinds it plans to; () when refused) ---

READING: tuple[tuple[str, str, tuple[A, ...]], ...] = (
    ("One step per line; Gherkin words, please, and who does it are dropped", "Then the user clicks Login", (A.CLICK,)),
    ("A purpose clause after a click is dropped", 'Click "Details" to open its details', (A.CLICK,)),
    ("A timeout in words, in brackets or after a comma", 'Wait for "Saved" (up to 10 seconds)', (A.WAIT_FOR,)),
    ("… or after a comma", "Click Login, allow up to 15 seconds", (A.CLICK,)),
    ("A fill then a key becomes two steps", 'Fill "mug" in the Search field and press Enter', (A.FILL, A.PRESS)),
    ("Searching: the words typed into the search field, then Enter", "Search for salt", (A.FILL, A.PRESS)),
    ("Actions one after another in a sentence not read whole: one step each, when every part is read",
     "Type Python in the Name field and click Save", (A.FILL, A.CLICK)),
    ("… a bare name after a click is clicked too", "Click Execute and then Confirm", (A.CLICK, A.CLICK)),
    ("After Then, a statement is what should hold", "Then the cart badge shows 1", (A.EXPECT_TEXT,)),
    ("After Given, where you are is where the test starts", "Given I am on /login", (A.NAVIGATE,)),
    ("Values: quoted (exact) or bare where the sentence leaves no doubt", "Enter standard_user as the username", (A.FILL,)),
    ('Quotes keep a value whole, words like "not" or "and" included', 'Verify the page shows "Do not disturb"', (A.EXPECT_VISIBLE,)),
)

# refused whatever the rule: the planner says why instead of guessing
REFUSED_EVERYWHERE: tuple[tuple[str, str], ...] = (
    ("Two actions in one sentence, a part of it unread", "Click Login and make sure everything works"),
    ('A "not" no rule is made for (dropped, it would pass wrongly)', "Verify the cart badge does not show 2"),
    ("Where you are, outside Given or When", "And I am on /cart"),
    ("A sentence no rule reads", "Make sure everything works"),
)


# --- how targets are named: (a phrase, what it shows) parsed by phrases.parse_target ---

NAMING: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Words and quotes", (
        ("the Login button", "a role word after the name narrows it to that kind of control"),
        ('"Log in" link', "quoted: the exact text, its case kept"),
        ("the button labelled Save", "labelled, named, called, titled, saying, with the text …"),
        ('the field with placeholder "Search"', "a field by its placeholder"),
        ("the Username field", "a field by its label"),
    )),
    ("Scopes: inside one item", (
        ("the Delete button in the row for Hammer", "in the row / card / tile / entry / item / product / panel for …"),
        ("the price for Blue Mug", "a part of an item (price, name, total, button, link, badge …) for or of it"),
        ("Edit next to Hammer", "next to, beside, under, below, alongside"),
        ("the row for Saw", "a table row by any text in it"),
        ("the Edit button in the Hammer row", "in the X row / card / post / section / form …"),
        ('the star on the "Backlog" list', "in / on the X list / column / lane, or the list / card / row \"X\": named as shown"),
        ("the checkbox in the row for Ada", "the kind alone inside an item: that item's one checkbox or radio"),
    )),
    ("Positions among equal matches (document order)", (
        ("the first product", "first … tenth, 1st, 2nd …, last, second to last"),
        ("the 2nd row", ""),
        ("the last item in the cart", "in the cart / basket / bag / wishlist: that container's items"),
    )),
    ("Parts of the page", (
        ("Help in the footer", "in / inside / within / on the header, footer, sidebar, navigation, dialog, main"),
        ("the cart icon at the top right", "at the top, bottom, left, right, top right … of the page"),
        ("Users in the user list", "in the X list / bar / panel / section / table / toolbar: a part the markup names"),
    )),
    ("Icons, badges, messages", (
        ("the cart icon", "an icon: little or no text; matched on icon names, classes, svg use, ligatures"),
        ("the hamburger menu", "the menu toggle, whatever its markup calls it"),
        ("the cart badge", "the number shown by a control, read inside that control (the favorites count too)"),
        ("the three dots", "shapes by their other names: kebab, ellipsis, more; house, home; gear, settings; pencil, edit"),
        ("the error message", "role=alert, or error / danger / invalid words in the markup"),
        ("the success message", "a message, notification or toast"),
    )),
)


def _target_line(target: model.Target) -> str:
    parts = [f'"{target.text}"']
    if target.role_hint:
        parts.append(f"role {target.role_hint}")
    if target.exact:
        parts.append("exact")
    if target.scope:
        parts.append(f'scope "{target.scope}"')
    if target.position is not None:
        parts.append(f"position {target.position}")
    if target.region:
        parts.append(f"region {target.region}")
    if target.descriptor:
        parts.append(f"descriptor {target.descriptor}")
    return ", ".join(parts)


def _grouped(table: dict[str, str | None]) -> list[tuple[str, list[str]]]:
    """{word: canonical} -> [(canonical, [words])], in first-seen order."""
    groups: dict[str, list[str]] = {}
    for word, canonical in table.items():
        groups.setdefault(canonical or "(no role: any control)", []).append(word)
    return list(groups.items())


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _anchor(name: str) -> str:
    return "".join(c for c in name.lower().replace(" ", "-") if c.isalnum() or c in "-_")


def _entry_md(entry: Entry) -> Iterator[str]:
    yield f"### {entry.name}"
    yield ""
    if entry.yields is None:
        yield f"Refused on purpose ({entry.family} rules). Planned, the example answers with the hint below."
    else:
        yield f"Yields `{entry.yields.value}` ({entry.family} rules)."
    yield ""
    yield "| you write | for example | planned |"
    yield "|---|---|---|"
    for form in entry.forms:
        yield f"| {_cell(form.shape)} | `{_cell(form.example)}` | {_cell(planned(form.example).describe())} |"
    yield ""


def render() -> str:
    """docs/phrasebook.md."""
    book = entries()
    actions = [e for e in book if e.yields is not None and not e.yields.is_assertion]
    checks = [e for e in book if e.yields is not None and e.yields.is_assertion]
    refused = [e for e in book if e.yields is None]
    out: list[str] = [
        "# Phrasebook",
        "",
        f"<!-- generated from pacts_farm/planning/rules/ by `{REGENERATE}`: edit the rules' @book entries, not this file -->",
        "",
        "Every sentence the rules planner understands, generated from its rule table (`pacts_farm/planning/rules/`), so it",
        "cannot drift from what the planner does. Each step of a requirement is one sentence; the first rule that",
        "matches wins. `pacts-farm plan suite.yaml` shows how each of your sentences was read, without running",
        "anything; `pacts-farm phrases --search WORD` searches this book in the terminal. A sentence no rule reads",
        "fails the plan with a hint (exit 2); with `--planner auto` and `ANTHROPIC_API_KEY` Claude reads it instead",
        "(see [claude.md](claude.md)). Refused phrasings are never sent to Claude.",
        "",
        "In the shapes, CAPS words stand for what you write: TARGET is an element named as in",
        "[Naming targets](#naming-targets), VALUE and TEXT are quoted (`\"…\"` or `“…”`, exact) or bare where the",
        "shape shows them bare, N is a number (digits or one … twelve, no, zero). The *planned* column is the real",
        "planner's output for the example (`action \"target\" (role) value=… match`).",
        "",
        "## Step kinds",
        "",
        "| step | what it does | written as |",
        "|---|---|---|",
    ]
    for kind in A:
        names = [e.name for e in book if e.yields is kind]
        links = ", ".join(f"[{n}](#{_anchor(n)})" for n in names) or "(structured steps only)"
        out.append(f"| `{kind.value}` | {_cell(_KIND_DOC[kind])} | {links} |")
    out += ["", "## How a sentence is read", "", "| rule | for example | planned |", "|---|---|---|"]
    for what, example, _ in READING:
        out.append(f"| {_cell(what)} | `{_cell(example)}` | {_cell(planned(example).describe())} |")
    out += ["", "## Narrative sentences", "",
            "A sentence no rule reads whole may be a story of what happens. It is told again in the sentences the rules",
            "read (`pacts_farm/planning/narrative/`), and kept only when every one of them is read: words are moved, a",
            "sentence is split, or a word said once is carried to where it is meant; a check is never told as an action.",
            "", "| form | for example | planned |", "|---|---|---|"]
    for retelling in narrative.RETELLINGS:
        example = f"{retelling.after} / {retelling.example}" if retelling.after else retelling.example
        told = planned(retelling.example, retelling.after).describe()
        out.append(f"| {_cell(retelling.name)} | `{_cell(example)}` | {_cell(told)} |")
    out += ["", "## Actions", ""]
    for entry in actions:
        out += list(_entry_md(entry))
    out += ["## Assertions", ""]
    for entry in checks:
        out += list(_entry_md(entry))
    out += list(_naming_md())
    out += ["## Refused, and why", "",
            "These are refused on purpose, each with a hint that says what to write instead; they fail the plan",
            "(exit 2) before anything runs.", "", "| what | for example | the planner answers |", "|---|---|---|"]
    for what, example in REFUSED_EVERYWHERE:
        out.append(f"| {_cell(what)} | `{_cell(example)}` | {_cell(planned(example).refusal or '')} |")
    for entry in refused:
        for form in entry.forms:
            out.append(f"| {_cell(entry.name)}: {_cell(form.shape)} | `{_cell(form.example)}` | {_cell(planned(form.example).refusal or '')} |")
    out.append("")
    return "\n".join(out)


def _naming_md() -> Iterator[str]:
    yield "## Naming targets"
    yield ""
    yield "A target is what a person calls the element, never a selector. Discovery looks for it by accessible role"
    yield "and name, label, placeholder, alt/title, `data-test`, `name`/`aria-label`, text, and the words of ids and"
    yield "classes (split on camelCase, snake_case and kebab-case). What stays ambiguous fails listing the candidates."
    yield ""
    for title, rows in NAMING:
        yield f"### {title}"
        yield ""
        yield "| you write | read as | |"
        yield "|---|---|---|"
        for phrase, note in rows:
            yield f"| `{_cell(phrase)}` | {_cell(_target_line(phrases.parse_target(phrase)))} | {_cell(note)} |"
        yield ""
    yield "### Role words"
    yield ""
    yield "A role word at the end of a target (`the Save button`, `the Terms checkbox`) narrows it to that role:"
    yield ""
    yield "| role | words |"
    yield "|---|---|"
    for role, words in _grouped(phrases.ROLE_WORDS):
        yield f"| {role} | {', '.join(words)} |"
    yield ""
    yield "### Region words"
    yield ""
    yield "| region | words |"
    yield "|---|---|"
    for region, words in _grouped(dict(phrases.REGIONS)):
        yield f"| {region} | {', '.join(words)} |"
    yield ""
    yield "### Descriptors"
    yield ""
    yield "| descriptor | words |"
    yield "|---|---|"
    for descriptor, words in _grouped({w: d for w, (d, _) in phrases.DESCRIPTORS.items()}):
        yield f"| {descriptor} | {', '.join(words)} |"
    yield ""
    yield "### Positions"
    yield ""
    yield ", ".join(f"{w} ({n})" for w, n in phrases.ORDINALS.items()) + "; negative counts from the end."
    yield ""
    yield "### Keys (Press KEY)"
    yield ""
    yield ", ".join(sorted(set(phrases.KEYS.values()))) + "; with modifiers: " + ", ".join(
        sorted(set(phrases.MODIFIERS.values()))) + " (`Press Control+A`)."
    yield ""
    yield "### Words that stand for each other"
    yield ""
    yield "Any word of a group finds an element named by another (a person's word or the markup's):"
    yield ""
    for group in vocabulary.GROUPS:
        yield f"- {', '.join(group)}"
    for word, others in vocabulary.ONE_WAY.items():
        yield f"- {word} → {', '.join(others)} (one way: {others[0]} is not called {word})"
    yield ""
    yield "Abbreviations in markup: " + ", ".join(f"{a} = {w}" for a, w in vocabulary.ALIASES.items()) + "."
    yield ""


_KIND_DOC = {
    A.NAVIGATE: "opens a URL (relative to base_url)",
    A.FILL: "types a value into a field (replacing what it held)",
    A.CLICK: "clicks a control",
    A.PRESS: "presses a key, in a field or on the page",
    A.TYPE_TEXT: "types a value into the field that has focus (the step before clicked it)",
    A.SELECT: "chooses an option of a dropdown",
    A.CHECK: "ticks a checkbox, radio or switch",
    A.UNCHECK: "unticks it",
    A.HOVER: "moves the mouse over an element",
    A.WAIT_FOR: "waits until a text or an element is visible, or the page has loaded",
    A.EXPECT_VISIBLE: "a text or an element is visible",
    A.EXPECT_HIDDEN: "a text or an element is not visible",
    A.EXPECT_TEXT: "an element's text contains a value",
    A.EXPECT_URL: "the URL contains / equals / ends with / does not contain a value",
    A.EXPECT_TITLE: "the page title equals or contains a value",
    A.EXPECT_PAGE: "the page a person names is shown: its heading or title says it, or its URL path has its words",
    A.GO_BACK: "the browser's back button",
    A.RELOAD: "reloads the page",
    A.ACCEPT_DIALOG: "answers OK to the browser's alert, confirm or prompt the step before opened (and checks what it said)",
    A.DISMISS_DIALOG: "answers Cancel to it",
    A.PAUSE: "a fixed wait (at most 30 seconds; it slows every run)",
    A.EXPECT_COUNT: "how many of a repeated kind of element are visible",
    A.EXPECT_ORDER: "repeated elements are sorted by a visible field",
    A.EXPECT_EACH: "every one of the repeated elements shows a text",
    A.EXPECT_STATE: "an element is enabled, disabled, checked, empty, focused …",
    A.EXPECT_VALUE: "a field's value, a dropdown's selected option",
    A.EXPECT_ATTRIBUTE: "an element has an attribute, equal to (class: containing) a value",
}


def search(word: str) -> list[Entry]:
    """Entries whose name, step kind, shapes or examples contain ``word`` (any case)."""
    needle = word.lower()
    return [
        e for e in entries()
        if needle in " ".join([e.name, e.family, e.yields.value if e.yields else "refused",
                               *(f"{f.shape} {f.example}" for f in e.forms)]).lower()
    ]


def main(argv: list[str]) -> int:
    text = render()
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


__all__ = ["REGENERATE", "Planned", "entries", "planned", "render", "search", "unbooked"]

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
