"""Icons named by their shape (issue 18): one synonym table for what people say and what markup or glyphs show."""

from __future__ import annotations

import pytest

from pacts_farm.planning import vocabulary


@pytest.mark.parametrize(("text", "expected"), [
    ("♥", ["heart"]), ("❤ Like", ["heart", "like"]), ("★★★☆☆", ["star", "star", "star", "star", "star"]),
    ("🗑", ["trash"]), ("−", ["minus"]), ("x-mark", ["xmark"]), ("E-mail address", ["email", "address"]), ("fa-x", ["fa", "x"]),
])
def test_words_read_shape_glyphs(text: str, expected: list[str]) -> None:
    assert vocabulary.words(text) == expected


@pytest.mark.parametrize(("phrase", "markup"), [
    ("favorite", "icon-heart"), ("like", "fa-heart"), ("wishlist", "btn heart"), ("heart", "fav-button"),
    ("close", "fa-times"), ("dismiss", "x-mark"), ("close", "xmark"),
    ("add", "plus"), ("increase", "qty-plus"), ("decrease", "qty-minus"), ("remove", "minus"),
    ("delete", "trash"), ("delete", "bin"), ("remove", "trash"),
])
def test_cover_finds_icons_by_what_they_look_like(phrase: str, markup: str) -> None:
    assert vocabulary.cover(phrase, vocabulary.expand(vocabulary.words(markup))) >= 0.9


@pytest.mark.parametrize(("phrase", "markup"), [("heart", "fa-times"), ("close", "icon-heart"), ("minus", "plus"), ("add", "trash")])
def test_cover_keeps_different_shapes_apart(phrase: str, markup: str) -> None:
    assert vocabulary.cover(phrase, vocabulary.expand(vocabulary.words(markup))) == 0.0


def test_a_word_in_two_groups_stands_for_both() -> None:
    assert {"delete", "trash", "minus", "decrease"} <= set(vocabulary.SYNONYMS["remove"])
    assert "remove" in vocabulary.SYNONYMS["minus"] and "remove" in vocabulary.SYNONYMS["trash"]
