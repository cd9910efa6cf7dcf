"""An attribute gone or without a value exports as Playwright's not_to_have_attribute (a class by one of its names)."""

from __future__ import annotations

from pacts_farm import model
from tests.unit.test_export_new_steps import exported

A, M = model.Action, model.Match
FIELD = model.Locator(strategy=model.Strategy.LABEL, value="Password")


def test_export_attribute_gone_or_different_is_not_to_have_attribute() -> None:
    planned = [
        model.PlannedStep(index=0, text="type", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Password"), value="password",
                          match=M.NOT_CONTAINS, attribute="type"),
        model.PlannedStep(index=1, text="class", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Password"), value="invalid",
                          match=M.NOT_CONTAINS, attribute="class"),
        model.PlannedStep(index=2, text="gone", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Password"), value=None,
                          match=M.NOT_CONTAINS, attribute="disabled"),
    ]
    test = exported(planned, lambda s: FIELD)
    field = "page.get_by_label('Password', exact=True)"
    for line in (
        f"expect({field}).not_to_have_attribute('type', re.compile('^password$'))",
        f"expect({field}).not_to_have_attribute('class', re.compile('(?:^|\\\\s)invalid(?:\\\\s|$)'))",
        f"expect({field}).not_to_have_attribute('disabled', re.compile('.*'))",
    ):
        assert line in test.source, (line, test.source)
