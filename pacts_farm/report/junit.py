"""junit.xml in the Ant/Jenkins JUnit format CI servers read."""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from datetime import datetime

from pacts_farm import model

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def junit_xml(run: model.RunResult) -> bytes:
    blocking = [i for i in run.items if not i.quarantined]  # a quarantined item that did not meet is reported as skipped
    failures = sum(1 for i in blocking if not i.met and i.verdict is not model.Verdict.ERROR)
    errors = sum(1 for i in blocking if not i.met and i.verdict is model.Verdict.ERROR)
    skipped = sum(1 for i in run.items if i.verdict is model.Verdict.CANCELLED or (i.quarantined and not i.met))
    root = ET.Element("testsuites")
    suite = ET.SubElement(
        root,
        "testsuite",
        {
            "name": _clean(run.suite_name),
            "package": _clean(run.suite_name),
            "id": "0",
            "tests": str(len(run.items)),
            "failures": str(failures),
            "errors": str(errors),
            "skipped": str(skipped),
            "time": f"{run.duration_ms / 1000:.3f}",
            "timestamp": _timestamp(run.started_at),
            "hostname": socket.gethostname() or "localhost",
        },
    )
    ET.SubElement(suite, "properties")
    for item in run.items:
        suite.append(_testcase(run, item))
    log = [f"run {run.run_id} ({run.mode}): {run.status.value}"]
    for item in run.items:
        log.append("")
        log.extend(_item_log(item))
    ET.SubElement(suite, "system-out").text = _clean("\n".join(log))
    ET.SubElement(suite, "system-err").text = ""
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _testcase(run: model.RunResult, item: model.ItemResult) -> ET.Element:
    name = item.title + (" [" + ", ".join(f"{k}={v}" for k, v in item.data.items()) + "]" if item.data else "")
    case = ET.Element(
        "testcase",
        {
            "name": _clean(name),
            "classname": _clean(f"{run.suite_name}.{item.requirement_id}"),
            "time": f"{item.duration_ms / 1000:.3f}",
        },
    )
    failed = next((s for s in item.steps if s.outcome in (model.Outcome.FAILED, model.Outcome.ERROR)), None)
    if item.verdict is model.Verdict.CANCELLED:
        ET.SubElement(case, "skipped", {"message": "cancelled"})
    elif not item.met:
        tag = "error" if item.verdict is model.Verdict.ERROR else "failure"
        if item.expect is model.Expectation.FAIL and item.verdict.succeeded:
            message = "expected to fail, but passed"
        elif failed is not None:
            message = f"step {failed.index + 1}: {failed.text}: {failed.error or failed.outcome.value}"
        else:
            message = item.error or item.verdict.value
        if item.root_cause:
            message += f" [root cause: {item.root_cause}]"
        if item.quarantined:  # reported, but it does not fail the run: CI shows it as skipped with the reason
            skipped_as = ET.SubElement(case, "skipped", {"message": _clean(f"quarantined, {item.verdict.value}: {message}")[:1000]})
            skipped_as.text = _clean("\n".join(_item_log(item)))
            return case
        element = ET.SubElement(case, tag, {"message": _clean(message)[:1000], "type": item.verdict.value})
        element.text = _clean("\n".join(_item_log(item)))
    return case


def _item_log(item: model.ItemResult) -> list[str]:
    """The item's steps as text (the XSD has no per-testcase system-out)."""
    out = [f"{item.item_key}: {item.verdict.value} (expected {item.expect.value}, {'met' if item.met else 'not met'})"]
    if item.quarantined:
        out.append("  quarantined: reported, but does not fail the run")
    if item.verdict is model.Verdict.FLAKY:
        out.append(f"  flaky: passed on try {item.tries} of {item.tries}; counted as a pass")
    for number, earlier in enumerate(item.try_errors, start=1):
        out.append(f"  try {number} failed: {earlier}")
    if item.error:
        out.append(f"  error: {item.error}")
    if item.root_cause:
        out.append(f"  root cause: {item.root_cause}")
    if item.root_cause_summary:
        out.append(f"  Claude: {item.root_cause_summary}")
    for step in item.steps:
        locator = f" [{step.resolution.locator.describe()} via {step.resolution.source.value}]" if step.resolution else ""
        out.append(f"{step.index + 1:>3}. {step.outcome.value:<7} {step.text}{locator} {step.duration_ms:.0f} ms")
        if step.heal is not None:
            old = step.heal.old_locator.describe() if step.heal.old_locator else "(none)"
            out.append(f"       healed: {old} -> {step.heal.new_locator.describe()} ({step.heal.reason})")
            if step.heal.changed:
                out.append(f"       changed what was acted on: {'; '.join(step.heal.changed)}")
        if step.error:
            out.append(f"       error: {step.error}")
    return out


def _clean(text: str) -> str:
    return _ILLEGAL_XML.sub("\ufffd", text)


def _timestamp(iso: str) -> str:
    """The XSD wants a local timestamp without a zone: 2026-11-24T03:33:49."""
    return datetime.fromisoformat(iso).replace(tzinfo=None, microsecond=0).isoformat()
