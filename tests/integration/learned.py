"""What a previous run taught, handed back the way the selector cache would (for execute-level tests)."""

from __future__ import annotations

from pacts_farm import model


class LearnedLocators:
    """The locators one execution resolved, recalled by step index as Redis hits."""

    def __init__(self, execution: model.Execution) -> None:
        self.by_index = {s.index: s.resolution for s in execution.steps if s.resolution is not None}

    def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        found = self.by_index.get(step.index)
        if found is None:
            return None
        return model.Resolution(locator=found.locator, source=model.LocatorSource.REDIS,
                                confidence=found.confidence, fingerprint=found.fingerprint)
