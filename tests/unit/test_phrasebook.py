"""The phrasebook is the planner's own rule table: every rule has a page, every form an example that the real
planner turns into the documented step, and docs/phrasebook.md is exactly what the table generates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pacts_farm import cli
from pacts_farm.planning import phrasebook, phrases, rules
from pacts_farm.planning.rules.registry import BOOK, RULES, Entry, Refused

BOOK_FILE = Path(__file__).resolve().parents[2] / "docs" / "phrasebook.md"
EXAMPLES = [(entry, form.example) for entry in phrasebook.entries() for form in entry.forms]


def _reader(sentence: str) -> object | None:
    """The builder of the first rule that reads the sentence (returns an intent or refuses it)."""
    text, _ = rules.normalise(phrases.split_timeout(sentence)[0])
    for pattern, builder in RULES:
        match = pattern.match(text)
        if match:
            try:
                if builder(match) is not None:
                    return builder
            except Refused:
                return builder
    return None


def test_every_rule_has_a_phrasebook_entry() -> None:
    assert phrasebook.unbooked() == [], "give each rule a @book(name, step kind, (shape, example)…) above its @rule lines"


@pytest.mark.parametrize("index", range(len(RULES)))
def test_every_form_of_a_rule_has_an_example(index: int) -> None:
    pattern, builder = RULES[index]
    entry = BOOK[builder]
    examples = [form.example for form in entry.forms]
    assert any(pattern.match(rules.normalise(e)[0]) for e in examples), (
        f"{builder.__module__}.{builder.__name__}: no example of its @book matches the pattern {pattern.pattern!r};"
        " add a (shape, example) for this form"
    )


@pytest.mark.parametrize(("entry", "example"), EXAMPLES, ids=[e for _, e in EXAMPLES])
def test_every_example_plans_to_the_documented_step(entry: Entry, example: str) -> None:
    planned = phrasebook.planned(example)
    if entry.yields is None:
        assert planned.refusal, f"{example!r} is documented as refused but plans to {planned.describe()}"
    else:
        assert planned.kinds and planned.kinds[0] is entry.yields, f"{example!r} plans to {planned.describe()}"
    reader = _reader(example)
    assert reader is not None and BOOK[reader] is entry, (
        f"{example!r} is read by {getattr(reader, '__name__', None)}, not by the rule whose page shows it"
    )


@pytest.mark.parametrize(("what", "example", "kinds"), phrasebook.READING, ids=[r[1] for r in phrasebook.READING])
def test_how_a_sentence_is_read(what: str, example: str, kinds: tuple) -> None:
    assert phrasebook.planned(example).kinds == kinds


@pytest.mark.parametrize(("what", "example"), phrasebook.REFUSED_EVERYWHERE)
def test_refusals_are_refused_with_a_hint(what: str, example: str) -> None:
    assert phrasebook.planned(example).refusal


def test_docs_phrasebook_is_generated_from_the_rules() -> None:
    written = BOOK_FILE.read_text(encoding="utf-8") if BOOK_FILE.exists() else ""
    assert written == phrasebook.render(), (
        f"docs/phrasebook.md differs from the rule table: regenerate it with `{phrasebook.REGENERATE}` and commit it"
    )


def test_every_step_kind_is_documented() -> None:
    text = phrasebook.render()
    for kind in rules.A:
        assert f"| `{kind.value}` |" in text


def test_cli_phrases_searches_the_book() -> None:
    result = CliRunner().invoke(cli.main, ["phrases", "--search", "badge"])
    assert result.exit_code == 0
    assert "Verify the cart badge shows" in result.output and "Go to /login" not in result.output


def test_cli_phrases_lists_every_rule_and_says_when_nothing_matches() -> None:
    everything = CliRunner().invoke(cli.main, ["phrases"])
    assert everything.exit_code == 0 and f"{len(phrasebook.entries())} rules" in everything.output
    nothing = CliRunner().invoke(cli.main, ["phrases", "--search", "xylophone"])
    assert nothing.exit_code == 2 and "no rule mentions 'xylophone'" in nothing.output
