"""Exported tests of items that start signed in (auth: flows) sign in first and pass under pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pacts_farm import model, pipeline, submit
from pacts_farm.demo import server
from pacts_farm.report import export
from pacts_farm.runtime import Runtime
from pacts_farm.store import repo

pytestmark = pytest.mark.browser
SUITE = """\
name: Auth export
base_url: http://127.0.0.1:1
auth:
  shopper:
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "${env:PF_EXPORT_PASSWORD}" in the Password field
      - Click Login
      - Verify the page shows "Products"
requirements:
  - id: login
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "${env:PF_EXPORT_PASSWORD}" in the Password field
      - Click Login
      - Verify the URL contains "/inventory"
  - id: cart
    auth: shopper
    url: /inventory
    steps:
      - Click Add to cart for the Blue Mug
      - Verify the cart badge shows "1"
"""


@pytest.fixture(autouse=True)
def _export_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PF_EXPORT_PASSWORD", "secret_sauce")


def test_export_signs_in_with_the_auth_flow_then_passes_under_pytest(rt: Runtime, tmp_path: Path) -> None:
    with server.start_demo_server() as shop:
        prepared = submit.prepare_text(SUITE, source="auth.yaml", environ=os.environ, base_url=shop.url)
        run_id = submit.new_run_id()
        item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=prepared.suite, content=SUITE, mode="embedded",
                                   output_dir=str(tmp_path / run_id), options=submit.auth_options(prepared))
        for item_id in item_ids:
            for stage in (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item):
                stage(rt, item_id)
        result = repo.load_run_result(rt.sessions, run_id)
        assert [i.verdict for i in result.items] == [model.Verdict.PASSED, model.Verdict.PASSED]
        flows = repo.load_auth_flows(rt.sessions, run_id)
        assert set(flows) == {"cart"} and flows["cart"][0] == "shopper"
        tests, conftest = export.export_run(result, repo.load_run_plans(rt.sessions, run_id), flows)
        out = tmp_path / "exported"
        export.write_export(tests, conftest, out)
        cart = (out / "test_cart.py").read_text()
        assert "_sign_in_shopper(page)" in cart and "os.environ['PF_EXPORT_PASSWORD']" in cart
        assert "page.get_by_role('button', name='Login', exact=True).click()" in cart  # verified by the login item
        assert "did not verify" not in cart and "secret_sauce" not in cart
        env = {k: v for k, v in os.environ.items() if not k.startswith("PACTS_")}
        ran = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--base-url", shop.url, str(out)],
            cwd=out, env=env, capture_output=True, text=True, timeout=240,
        )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert "2 passed" in ran.stdout
