"""report.html: self-contained, escaped, and it says what a person needs to diagnose an item."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from pacts_farm import model
from pacts_farm.report import html
from tests.unit.test_reports import _run

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.urls: list[str] = []
        self.items: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href"):
            if found.get(name):
                self.urls.append(str(found[name]))
        if tag == "details":
            self.items.append(found)


def _parse(document: bytes) -> _Tags:
    tags = _Tags()
    tags.feed(document.decode("utf-8"))
    return tags


def _flaky_item(**extra: object) -> model.ItemResult:
    step = model.StepResult(index=0, text="Click Claim deal", action=model.Action.CLICK, outcome=model.Outcome.PASSED,
                            duration_ms=80.0)
    values: dict[str, object] = dict(
        item_key="deals", requirement_id="deals", title="Deals", data={}, expect=model.Expectation.PASS,
        verdict=model.Verdict.FLAKY, met=True, duration_ms=900, steps=(step,), tries=2, tags=("deals",),
        try_errors=('step 1 (Click Claim deal): "Claim deal" not found',),
    )
    values.update(extra)
    return model.ItemResult(**values)  # type: ignore[arg-type]


def test_report_html_escapes_titles_steps_errors_and_evidence(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script>'
    item = _flaky_item(
        title=f"Title {evil}", tags=('a"onmouseover="x',), error=f"boom {evil}", verdict=model.Verdict.FAILED, met=False,
        evidence=model.Evidence(url=f"http://h/?q={evil}", title=evil, dom_excerpt=f"<div>{evil}</div>", console_errors=(evil,)),
        root_cause="timing", root_cause_summary=f"fix {evil}",
    )
    run = model.RunResult(run_id="r<1>", suite_name=f"Suite {evil}", status=model.RunStatus.FAILED, mode="embedded",
                          started_at="2026-11-24T03:33:49+00:00", finished_at=None, duration_ms=10, items=(item,),
                          notes=(f"note {evil}",))
    document = html.report_html(run, tmp_path)
    text = document.decode("utf-8")
    assert "<script>alert" not in text and "onmouseover=\"x" not in text
    assert text.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") >= 7
    assert _parse(document).scripts == 1  # only the report's own script


def test_report_html_is_self_contained_with_inline_screenshots(tmp_path: Path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "failure.png").write_bytes(PNG)
    (tmp_path / "bad" / "trace.zip").write_bytes(b"PK")
    run = _run()
    bad = run.items[2]
    items = list(run.items)
    items[2] = model.ItemResult(**{**{f: getattr(bad, f) for f in bad.__slots__},  # type: ignore[attr-defined]
                                   "evidence": model.Evidence(screenshot="bad/failure.png", trace="bad/trace.zip",
                                                              url="http://h/x", title="Shop", console_errors=("boom",))})
    run = model.RunResult(**{**{f: getattr(run, f) for f in run.__slots__}, "items": tuple(items)})  # type: ignore[attr-defined]
    document = html.report_html(run, tmp_path)
    urls = _parse(document).urls
    assert any(u.startswith("data:image/png;base64,") for u in urls)
    assert "bad/trace.zip" in urls and "playwright show-trace" in document.decode()
    assert not [u for u in urls if re.match(r"^(https?:)?//", u)], urls  # nothing from the network
    assert b"<link" not in document and b"@import" not in document


def test_report_html_lists_problems_first_with_filter_data(tmp_path: Path) -> None:
    parsed = _parse(html.report_html(_run(), tmp_path))
    order = [(i["id"], i["data-verdict"]) for i in parsed.items]
    assert order[0] == ("item-bad", "failed") and order[1] == ("item-infra", "error")
    verdicts = {i["id"]: i["data-verdict"] for i in parsed.items}
    assert verdicts["item-heal-1"] == "healed" and verdicts["item-ok"] == "passed"
    bad = next(i for i in parsed.items if i["id"] == "item-bad")
    assert "not found" in str(bad["data-text"]) and "open" in bad


def test_report_html_shows_flaky_tries_heals_and_summary(tmp_path: Path) -> None:
    (tmp_path / "deals" / "try-1").mkdir(parents=True)
    (tmp_path / "deals" / "try-1" / "failure.png").write_bytes(PNG)
    run = _run()
    run = model.RunResult(**{**{f: getattr(run, f) for f in run.__slots__},  # type: ignore[attr-defined]
                             "items": (*run.items, _flaky_item()),
                             "llm": model.LlmUsage(calls=3, input_tokens=1200, output_tokens=300, cost_usd=0.0123)})
    text = html.report_html(run, tmp_path).decode()
    assert "passed on try 2 of 2" in text and "Claim deal&quot; not found" in text
    assert "alt=\"try 1 of deals\"" in text
    assert 'role=button[name="Login"]' not in text  # quoted in HTML
    assert "role=button[name=&quot;Login&quot;] → role=button[name=&quot;Sign in&quot;]" in text
    assert "src-redis" in text and "75%" in text and "LLM calls · 1,500 tokens · $0.0123" in text
    summary = re.findall(r'<div class="n">([^<]*)</div><div class="l">([^<]*)</div>', text)
    assert ("1", "flaky") in summary and ("1", "healed") in summary and ("4/6", "met expectations") in summary


class _Stats:
    def __init__(self, verdicts: list[model.Verdict]) -> None:
        self.outcomes = [type("O", (), {"verdict": v})() for v in verdicts]
        self.runs = len(verdicts)
        self.pass_rate = sum(v.succeeded for v in verdicts) / len(verdicts)
        self.flaky_rate = sum(v is model.Verdict.FLAKY for v in verdicts) / len(verdicts)


def test_report_html_shows_pass_and_flaky_rates_from_history(tmp_path: Path) -> None:
    V = model.Verdict
    history = {"ok": _Stats([V.PASSED, V.FLAKY, V.FAILED, V.PASSED])}
    text = html.report_html(_run(), tmp_path, history=history).decode()  # type: ignore[arg-type]
    assert "75% passed, 25% flaky over the last 4 runs" in text
    assert text.count('class="h-') >= 4
