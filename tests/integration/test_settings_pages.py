"""An event's settings page as pretalx draws it: tabs drawn as radio buttons (<input type=radio role=tab> hidden under
its label: the label a person sees and clicks is the tab), and a date field in a column beside its label ("Event start
date is 2027-09-13": the value the field holds)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TABS = """<!doctype html><html><head><style>
[role=tablist] input { position: absolute; opacity: 0; width: 0; height: 0 } .panel { display: none }
#tab-general:checked ~ #panel-general, #tab-texts:checked ~ #panel-texts { display: block }</style></head><body>
<div role="tablist"><input type="radio" role="tab" name="t" id="tab-general" checked aria-controls="panel-general">
<label for="tab-general">General information</label>
<input type="radio" role="tab" name="t" id="tab-texts" aria-controls="panel-texts"><label for="tab-texts">Texts</label>
<div class="panel" id="panel-general"><p>Event name</p></div><div class="panel" id="panel-texts"><p>Welcome text</p></div></div>
<div class="form-group row"><label class="col-form-label" for="id_date_from">Event start date</label>
<div class="col-md-9"><input id="id_date_from" name="date_from" type="date" value="2027-09-13"></div></div>
<h2>Accept terms</h2><input type="checkbox" id="agree" style="opacity: 0; width: 0; height: 0"><label for="agree">I agree</label>
</body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("tabs"), {"/tabs": TABS},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("steps", "passes"), [
    (["The tabs General information and Texts are shown"], True),
    (["The tabs General information and Speakers are shown"], False),
    (["Click the Texts tab", 'The page shows "Welcome text"'], True),
    (["Click the Texts tab", 'The page shows "Event name"'], False),
    (["Click the I agree tab"], False),  # a checkbox's label is no tab
    (["Event start date is 2027-09-13"], True),
    (["Event start date is 2027-09-14"], False),
])
def test_a_settings_page(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/tabs")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)
