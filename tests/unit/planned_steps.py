"""Sentences planned as the steps of one requirement, by the rules planner: the helpers the planner's unit tests share."""

from __future__ import annotations

from pacts_farm import errors, model
from pacts_farm.planning import plan

BASE = "http://shop.test/"


def planned(*sentences: str) -> tuple[model.PlannedStep, ...]:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=BASE,
                      steps=tuple(model.SuiteStep(text=s, line=i + 1) for i, s in enumerate(sentences)))
    return plan.make_plan(item, base_url=BASE).steps


def refused(sentence: str) -> bool:
    try:
        planned(sentence)
    except errors.PlanInvalid:
        return True
    return False
