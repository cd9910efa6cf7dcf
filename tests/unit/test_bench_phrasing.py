"""bench/bench_phrasing.py: every phrasing file loads as a suite (its ${names} plain variables) and is planned with
the rules alone; the table's totals add its rows."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from pacts_farm.suites import suite

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_phrasing", BENCH / "bench_phrasing.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_phrasing_file_loads_as_a_suite_of_its_requirements() -> None:
    bench = _bench()
    files = sorted((BENCH / "phrasing").glob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        loaded = suite.load_suite_text(bench.as_suite(path), source=str(path), environ={})
        assert len({item.requirement_id for item in loaded.items}) >= 20, path.name


def test_the_table_totals_its_rows(tmp_path: Path) -> None:
    for path in sorted((BENCH / "phrasing").glob("*.yaml"))[:2]:  # two of the files: the whole folder takes minutes
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    out = subprocess.run([sys.executable, str(BENCH / "bench_phrasing.py"), "--dir", str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[1:]]
    read = [tuple(map(int, r[1].split("/"))) for r in rows[:-1]]
    total = tuple(map(int, rows[-1][1].split("/")))
    assert total == (sum(r[0] for r in read), sum(r[1] for r in read))
    assert 0 < total[0] < total[1]  # some read, some not: the numbers come from planning, not from the files


def test_another_folder_is_read_with_its_seed_users_as_accounts(tmp_path: Path) -> None:
    (tmp_path / "shop.yaml").write_text(
        "app: shop\naccounts: [tom]\nrequirements:\n"
        "  - id: a\n    url: /\n    steps: ['Log in as tom', 'Click Cart']\n"
        "  - id: b\n    url: /\n    steps: ['Log in as bob']\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(BENCH / "bench_phrasing.py"), "--dir", str(tmp_path), "--show"],
                         capture_output=True, text=True, check=True).stdout
    assert "shop" in out and "2/3" in out  # tom is an account, bob is not
    assert "b: Log in as bob" in out
