"""The public API is pinned: changing it is a deliberate act."""

from __future__ import annotations

import pacts_farm


def test_public_api_is_pinned() -> None:
    assert sorted(pacts_farm.__all__) == sorted(
        ["Settings", "SuiteRun", "errors", "load_suite", "load_suite_text", "make_plan", "model", "run_suite", "__version__"]
    )
    for name in pacts_farm.__all__:
        assert hasattr(pacts_farm, name), name


def test_public_api_does_not_load_the_browser_or_celery() -> None:
    import subprocess
    import sys

    code = "import sys, pacts_farm; print(any(m.startswith(('playwright', 'celery')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
