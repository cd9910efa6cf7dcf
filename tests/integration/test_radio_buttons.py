"""Radios drawn as buttons (Bootstrap's btn-check): the input is hidden and its label is what a person sees and
clicks. "Select Rosalind Thompson" clicks that label (found by its for=, where the text is also a quick-start menu's
button), which ticks the radio; a name no label says is never another one."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

FEEDING = """<!doctype html><html><head><style>.d-none { display: none; }</style></head><body>
<nav><div class="dropdown-menu" style="display:none"><button name="child" value="1">Rosalind Thompson</button></div></nav>
<form><div id="id_child" class="btn-group">
<input type="radio" name="child" value="3" class="btn-check d-none" id="id_child_0"><label for="id_child_0" class="btn">Juniper Okafor</label>
<input type="radio" name="child" value="1" class="btn-check d-none" id="id_child_1"><label for="id_child_1" class="btn">Rosalind Thompson</label>
<input type="radio" name="child" value="2" class="btn-check d-none" id="id_child_2"><label for="id_child_2" class="btn">Theo Thompson</label>
</div><p id="chosen"></p></form>
<script>document.querySelectorAll("input[name=child]").forEach((r) => r.addEventListener("change", () => {
  document.getElementById("chosen").textContent = "Chosen: " + r.nextElementSibling.textContent; }));</script></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("radios"), {"/radios/feeding": FEEDING},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def test_a_radio_drawn_as_a_button_is_chosen_by_its_label(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Select Rosalind Thompson", 'Verify the page shows "Chosen: Rosalind Thompson"'], "/radios/feeding")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    wrong = run(["Select Rosalind Thompson", 'Verify the page shows "Chosen: Theo Thompson"'], "/radios/feeding")
    assert wrong.steps[-1].outcome is model.Outcome.FAILED
    assert run(["Select Ada Lovelace"], "/radios/feeding").steps[0].outcome is not model.Outcome.PASSED
