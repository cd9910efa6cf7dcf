"""Waits on busy pages: how long a step takes to pass on a page that blocks its main thread after a click, and
how long a genuine failure takes on an idle page, with the suite's default timeouts. A script, not a CI gate.

    PYTHONPATH=$PWD .venv/bin/python bench/bench_busy_page.py [--rounds 3] [--block-ms 4500]

Pages are served from this process on 127.0.0.1 (tests/integration/test_busy_pages.py uses the same pages).
Each scenario runs the planned sentences with execute.run_plan in a fresh context of one Chromium and reports
the verdicts, run_plan's time (navigation and steps), its slowest step's time and the last failure message;
times are medians over --rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pacts_farm import config, model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from tests import busy_pages  # noqa: E402

SCENARIOS = (  # (name, page, sentences, expected verdict)
    ("busy, then renders", "/busy-then-render", ["Click Log in", "Click Add to cart", 'Verify the page shows "Added to cart"'], "passed"),
    ("renders, then busy", "/render-then-busy", ["Click Log in", "Click Add to cart", 'Verify the page shows "Added to cart"'], "passed"),
    ("busy, then asserted", "/busy-then-render", ["Click Log in", 'Verify the page shows "Dashboard"'], "passed"),
    ("appears after 4 s", "/late-button", ["Click Add to cart", 'Verify the page shows "Added to cart"'], "passed"),
    ("idle, target missing", "/idle", ["Click Checkout"], "failed"),
    ("idle, text missing", "/idle", ['Verify the page shows "Welcome back"'], "failed"),
    ("ticking, target missing", "/ticking", ["Click Checkout"], "failed"),
    ("churning, target missing", "/churning", ["Click Checkout"], "failed"),
    ("busy, target missing", "/busy-then-render", ["Click Log in", "Click Checkout"], "failed"),
)


class _Server:
    def __init__(self, pages: dict[str, str]) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = pages.get(self.path.split("?")[0])
                data = (body or "not found").encode()
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _run(host: chromium.BrowserHost, origin: str, path: str, sentences: list[str], artifacts: Path) -> tuple[str, float, float, str]:
    """(verdict, the plan's run time, its slowest step's time, the failure) of one fresh-context run."""
    item = model.Item(key="k", requirement_id="k", title="k", start_url=origin + path,
                      steps=tuple(model.SuiteStep(text=s) for s in sentences))
    planned = plan.make_plan(item, base_url=origin)
    with host.session(artifacts_dir=artifacts, allowed_origins=(origin,), trace="off") as session:
        execution = execute.run_plan(session, planned, timeouts=model.Timeouts(), environ={})
    failed = execution.failed_step
    slowest = max(s.duration_ms for s in execution.steps)
    return (model.settle_verdict(execution).value, execution.duration_ms / 1000, slowest / 1000,
            (failed.error or "")[:130] if failed else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--block-ms", type=int, default=4500)
    args = parser.parse_args()
    server = _Server(busy_pages.pages(block_ms=args.block_ms))
    host = chromium.BrowserHost(config.Settings.from_env({}))
    host.warm()
    print(f"default timeouts: {model.Timeouts()}; main thread blocked {args.block_ms} ms; medians of {args.rounds}")
    print("verdicts: how many runs passed (p), failed (f), healed (h); step s: the slowest step")
    print(f"{'scenario':26} {'verdict':8} {'expected':8} {'run s':>6} {'step s':>6}  failure (last run)")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for name, path, sentences, expected in SCENARIOS:
                runs = [_run(host, server.origin, path, sentences, Path(tmp) / f"a{i}") for i in range(args.rounds)]
                verdicts = " ".join(f"{sum(r[0] == v for r in runs)}{v[0]}" for v in sorted({r[0] for r in runs}))
                run_s = statistics.median(r[1] for r in runs)
                step_s = statistics.median(r[2] for r in runs)
                print(f"{name:26} {verdicts:8} {expected:8} {run_s:6.2f} {step_s:6.2f}  {runs[-1][3]}")
    finally:
        host.close()
        server.close()


if __name__ == "__main__":
    main()
