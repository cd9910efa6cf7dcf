"""Sentences from a workflow server's UI we did not write: a learner's "is telling", the only one of a kind by its name,
names of a kind listed in order, what someone expects to see (a count after it is never read as one text), a text
someone reads."""

from __future__ import annotations

from pacts_farm import model
from tests.unit.planned_steps import planned, refused

A = model.Action


def test_a_row_that_is_telling_a_text_says_it() -> None:
    (check,) = planned('The row for nightly-sales-report is telling "1 Deployment"')
    assert (check.action, check.target.text, check.target.role_hint, check.value) == (A.EXPECT_TEXT, "nightly-sales-report", "row", "1 Deployment")


def test_only_the_flow_named_so_is_listed() -> None:
    (check,) = planned("Then only the flow sync-crm-contacts is listed")
    assert (check.action, check.target.text, check.target.descriptor) == (A.EXPECT_VISIBLE, "sync-crm-contacts", "only")


def test_names_of_a_kind_listed_in_that_order() -> None:
    (check,) = planned("Verify the pools analytics-pool, etl-pool and ml-pool are listed in that order")
    assert (check.action, check.value) == (A.EXPECT_ORDER, "analytics-pool\netl-pool\nml-pool")


def test_a_count_someone_expects_to_see_is_never_one_text() -> None:
    assert refused("I expect to see 2 Blocks in the result.")


def test_a_text_someone_reads_is_one_seen_on_the_page() -> None:
    for sentence, text in (('Somewhere in the logs I can read "ValueError: CRM API returned 503".', "ValueError: CRM API returned 503"),
                           ('I read "Daily EU sales report for the finance team".', "Daily EU sales report for the finance team")):
        (check,) = planned(sentence)
        assert (check.action, check.value, check.target) == (A.EXPECT_VISIBLE, text, None), sentence
    assert refused("I read the manual")
