"""A quarantined item in the reports: counted apart in results.json, skipped (with its failure) in junit.xml."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from pacts_farm import model
from pacts_farm.report import junit, results
from tests.unit.test_reports import JUNIT_XSD, ROOT, _run


def _quarantined_run() -> model.RunResult:
    run = _run()
    items = tuple(dataclasses.replace(i, quarantined=True) if i.item_key == "bad" else i for i in run.items)
    return dataclasses.replace(run, items=items, notes=("over duration budget: the run took 60.0 s, budget 30 s",))


def test_reports_quarantined_failure_is_skipped_in_junit_and_counted_in_results() -> None:
    xmlschema = pytest.importorskip("xmlschema")
    run = _quarantined_run()
    assert not run.all_met and not run.met_except_quarantined  # the error item still blocks
    xml = junit.junit_xml(run).decode("utf-8")
    if JUNIT_XSD.exists():
        xmlschema.XMLSchema(str(JUNIT_XSD)).validate(xml)
    assert 'failures="0"' in xml and 'errors="1"' in xml and 'skipped="1"' in xml
    assert 'message="quarantined, failed: step 1: Step 0' in xml
    document = results.results_document(run)
    jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / "results.schema.json").read_text())).validate(document)
    assert document["run"]["quarantined"] == 1 and document["run"]["over_budget"] is True
    assert [i["id"] for i in document["items"] if i["quarantined"]] == ["bad"]


def test_reports_every_unmet_item_quarantined_meets_the_run() -> None:
    run = _quarantined_run()
    items = tuple(dataclasses.replace(i, quarantined=True) if not i.met else i for i in run.items)
    assert dataclasses.replace(run, items=items).met_except_quarantined


