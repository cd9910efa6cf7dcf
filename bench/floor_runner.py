"""Runs a corpus app's hand-written floor (bench/corpus/<app>/floor.py) in a process of its own: prints JSON.

    python bench/floor_runner.py bench/corpus/<app>/floor.py URL [ID,ID…]

One Chromium launch (Debian's, with the engine's --disable-gpu --disable-quic), a fresh context
and page per flow with the engine's viewport, service workers blocked and every request outside the app's
origin and the origins its suite allows (`network: allow` in the suite.yaml beside floor.py: an API on a second
port) refused at a dead proxy, as the engine does. A flow that raises is reported, not retried.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import sys
import time
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import sync_playwright

sys.path.append(str(Path(__file__).resolve().parents[1]))  # PYTHONPATH (the measured checkout) first

from pacts_farm import config
from pacts_farm.browser import chromium, network


def load_floor(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"floor_{path.parent.name.replace('-', '_')}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not isinstance(getattr(module, "FLOWS", None), dict):
        raise SystemExit(f"{path}: FLOWS must be a dict of requirement id -> flow")
    return module


def suite_allows(suite: Path) -> tuple[str, ...]:
    """The other origins the app's suite lets its pages reach (its API on a second port), as the engine allows them."""
    if not suite.exists():
        return ()
    data = yaml.safe_load(suite.read_text(encoding="utf-8")) or {}
    return tuple(str(o) for o in ((data.get("network") or {}).get("allow") or ()))


def run_flows(path: Path, base_url: str, only: list[str] | None) -> dict[str, object]:
    flows = load_floor(path).FLOWS
    chosen = {k: f for k, f in flows.items() if only is None or k in only}
    settings = config.Settings.from_env({})
    origin = urlsplit(base_url)
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))  # bound, never listening: a request sent there fails at once
    proxy = {
        "server": f"http://127.0.0.1:{dead.getsockname()[1]}",
        "bypass": network.proxy_bypass((f"{origin.scheme}://{origin.netloc}", *suite_allows(path.parent / "suite.yaml"))),
    }
    per_flow: dict[str, float] = {}
    failures: dict[str, str] = {}
    started = time.perf_counter()
    with sync_playwright() as playwright:
        executable = config.DEBIAN_CHROMIUM if Path(config.DEBIAN_CHROMIUM).exists() else settings.browser_executable
        launched = playwright.chromium.launch(executable_path=executable, args=list(settings.browser_args))
        flows_started = time.perf_counter()
        for key, flow in chosen.items():
            flow_started = time.perf_counter()
            context = launched.new_context(viewport=chromium.VIEWPORT, service_workers="block", proxy=proxy)
            try:
                flow(context.new_page(), base_url.rstrip("/"))
            except Exception as exc:  # a floor flow that fails is a figure, not a crash of the bench
                failures[key] = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            finally:
                context.close()
            per_flow[key] = time.perf_counter() - flow_started
        flows_s = time.perf_counter() - flows_started
        launched.close()
    dead.close()
    return {"process_inner_s": time.perf_counter() - started, "flows_s": flows_s, "per_flow_s": per_flow, "failures": failures}


if __name__ == "__main__":
    ids = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else None
    print(json.dumps(run_flows(Path(sys.argv[1]), sys.argv[2], ids)))
