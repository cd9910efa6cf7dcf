"""A data app's objects said by their lower-case name and their kind ("Click the inventory schema", "Click the
products table"): the link or card named so is clicked, never a box the kind word names; a name the page does not
show is never another object; a card or a tag named by its title shows what is beside the title (0/2, 4 tasks)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

SCHEMAS = """<!doctype html><html><head><title>Schemas</title></head><body><main><h1>Harbor Supply</h1>
<table><tr><th>Schema</th><th>Tables</th></tr><tr><td>overview</td><td>3</td></tr></table>
<div class="schema-section">Create Schema <ul class="schema-list"><li class="card"><a href="/data/inventory"><span class="name">inventory</span></a><p>3 tables</p></li>
<li class="card"><a href="/data/sales"><span class="name">sales</span></a><p>1 table</p></li></ul></div></main></body></html>"""
INVENTORY = """<!doctype html><html><head><title>inventory | Schemas</title></head><body><main><h1>inventory</h1>
<a class="table-link" href="/data/products"><span>products</span></a><a class="table-link" href="/data/suppliers"><span>suppliers</span></a>
</main></body></html>"""
PRODUCTS = """<!doctype html><html><head><title>products | inventory</title></head><body><h1>products</h1></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    routes = {"/data/schemas": SCHEMAS, "/data/inventory": INVENTORY, "/data/products": PRODUCTS}
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("objects"), routes,
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def test_an_object_said_by_its_name_and_kind_is_clicked(run) -> None:  # type: ignore[no-untyped-def]
    said = ["Click the inventory schema", 'The page title is "inventory | Schemas"', "Click the products table",
            'The page title is "products | inventory"']
    execution = run(said, "/data/schemas")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert run(["Click the purchasing schema"], "/data/schemas").steps[0].outcome is not model.Outcome.PASSED


PROJECTS = """<!doctype html><html><body><main><h1>Projects</h1><div class="grid">
<div class="project-card"><a href="/data/p1">Mobile App Beta</a><div class="progress"><span>0/2</span></div></div>
<div class="project-card"><a href="/data/p2">Website Redesign</a><div class="progress"><span>1/5</span></div></div></div>
<section><h2>errand</h2><p>4 tasks</p></section><section><h2>design</h2><p>2 tasks</p></section></main></body></html>"""


def test_a_card_or_tag_named_by_its_title_shows_what_is_beside_the_title(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/data/projects", PROJECTS)  # type: ignore[attr-defined]
    said = ["The Mobile App Beta card shows 0/2", "The Website Redesign card shows 1/5", "The errand tag shows 4 tasks"]
    execution = run(said, "/data/projects")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert run(["The Mobile App Beta card shows 1/5"], "/data/projects").steps[0].outcome is model.Outcome.FAILED
    assert run(["The errand tag shows 2 tasks"], "/data/projects").steps[0].outcome is model.Outcome.FAILED
