"""Code editors drawn over a text area of their own (CodeMirror 5 over the form's hidden <textarea>, an Ace-like box
named only by its id): a person types a query into the box they see, replacing what it held; the form sends what
the editor holds. Each check must also fail when the page says otherwise."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

# What these editors do with keys, as far as a test needs: a hidden text area takes the typed text into the editor's
# own model, Ctrl/Cmd+A selects all of it, Delete removes a selection; the rendered lines show the model.
_EDITOR_JS = """<script>
function editor(box, start, onChange) {
  let text = start, all = false;
  const input = box.querySelector("textarea"), lines = box.querySelector(".lines");
  const render = () => { lines.textContent = text; onChange(text); };
  box.addEventListener("mousedown", (e) => { e.preventDefault(); input.focus(); });
  input.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "a") { all = true; e.preventDefault(); }
    else if ((e.key === "Delete" || e.key === "Backspace") && all) { text = ""; all = false; render(); e.preventDefault(); }
  });
  input.addEventListener("input", () => { text = (all ? "" : text) + input.value; all = false; input.value = ""; render(); });
  render();
}
</script>"""

CODEMIRROR = """<!doctype html><html><body><h1>Run SQL</h1>
<form onsubmit="document.getElementById('said').textContent = 'ran: ' + document.getElementById('sql-editor').value; return false">
<label for="sql-editor">Query</label>
<textarea id="sql-editor" name="sql" style="display: none">select * from books</textarea>
<div class="CodeMirror"><div style="overflow: hidden; position: relative; width: 3px; height: 0">
<textarea autocorrect="off" tabindex="0" style="position: absolute; width: 1000px; height: 1em; padding: 0"></textarea></div>
<pre class="lines CodeMirror-line" style="min-height: 3em; border: 1px solid #ccc"></pre></div>
<button>Run SQL</button></form><p id="said"></p>""" + _EDITOR_JS + """
<script>editor(document.querySelector(".CodeMirror"), "select * from books", (t) => { document.getElementById("sql-editor").value = t; });</script>
</body></html>"""

ACE = """<!doctype html><html><body><h1>New query</h1>
<div id="query-editor" class="ace_editor" style="height: 80px; border: 1px solid #ccc">
<textarea class="ace_text-input" style="opacity: 0; position: absolute; width: 1px; height: 1px"></textarea>
<div class="lines ace_content"></div></div>
<button onclick="document.getElementById('said').textContent = 'saved: ' + window.query">Save</button><p id="said"></p>""" + _EDITOR_JS + """
<script>editor(document.getElementById("query-editor"), "-- write a query", (t) => { window.query = t; });</script>
</body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("editors"), {"/codemirror": CODEMIRROR, "/ace": ACE},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("path", "steps", "passes"), [
    # named by the label of the text area it stands in for; what it held is replaced, not added to
    ("/codemirror", ['Fill "select title from books" in the Query field', "Click Run SQL",
                     'The page shows "ran: select title from books"'], True),
    ("/codemirror", ['Fill "select title from books" in the Query field', "Click Run SQL",
                     'The page shows "ran: select * from booksselect title"'], False),
    ("/codemirror", ["Type SELECT 1 into the SQL editor", "Click Run SQL", 'The page shows "ran: SELECT 1"'], True),
    ("/codemirror", ["Type SELECT 1 into the SQL editor", 'The editor shows "SELECT 1"'], True),
    ("/codemirror", ["Type SELECT 1 into the SQL editor", 'The editor shows "select * from books"'], False),
    # an editor named by nothing but its id
    ("/ace", ['Type "SELECT name FROM products" into the query editor', "Click Save",
              'The page shows "saved: SELECT name FROM products"'], True),
    ("/ace", ['Type "SELECT name FROM products" into the query editor', "Click Save", 'The page shows "saved: -- write"'], False),
])
def test_a_query_is_typed_into_the_code_editor_a_person_sees(run, path: str, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, path)
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)
