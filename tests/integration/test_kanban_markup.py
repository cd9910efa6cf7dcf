"""A kanban app drawn with CSS modules (Planka's kind of markup): project tiles whose only word for what they are is
their module class ("Projects_card__s7ZIl" inside the Projects component), and cards that are links whose centre
holds a task counter with a click handler of its own. Counting tiles finds them; clicking a card by its title opens
it, where a click at its centre would toggle the counter instead. A popup a modal opened holds a button named like
the modal's own: "in the popup" is the dialog opened last."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TILE = '<div class="col"><a href="#p{n}"><div class="Projects_card__s7ZIl Projects_open__fp90O"><div class="Projects_openTitle__PlaU6">{name}</div></div></a></div>'
PROJECTS = f"""<!doctype html><html><body><div class="Projects_cardsWrapper__p7MEO">
{"".join(TILE.format(n=n, name=name) for n, name in enumerate(["Website Relaunch", "Mobile App", "Office Move"]))}
<div class="col"><button type="button" class="Projects_card__s7ZIl Projects_add__D5XtL">Create project</button></div></div></body></html>"""

CARD = """<div class="Card_wrapper__kLQpI" role="button" tabindex="0"><a class="Card_content__ASKh8" style="display: block" href="#card-{n}"
 onclick="event.preventDefault(); document.getElementById('opened').textContent = 'Opened {name}'">
<div class="Card_name__vpWb5">{name}</div>
<div class="Tasks_button__q3dHf" style="padding: 14px 0" onclick="event.stopPropagation(); event.preventDefault();
 document.getElementById('opened').textContent = 'Tasks of {name}'"><span>1/3</span></div>
<div style="height: 10px"></div></a></div>"""
BOARD = f"""<!doctype html><html><body><div class="List_wrapper__x"><div class="List_header__y">Backlog</div>
{CARD.format(n=1, name="Fix login redirect loop")}{CARD.format(n=2, name="Audit broken links")}</div>
<p id="opened"></p></body></html>"""


USERS = """<!doctype html><html><body><div id="users" class="ui modal visible active">
<i aria-hidden="true" class="close icon" style="cursor: pointer; display: inline-block; width: 16px; height: 16px"
 onclick="document.getElementById('users').style.display = 'none'"></i><h3>Users</h3>
<button type="button" onclick="document.getElementById('pop').style.display = 'block'">Add user</button></div>
<div id="pop" class="ui popup" style="display: none"><h4>Add User</h4><label>E-mail <input></label>
<button type="button" onclick="document.getElementById('done').textContent = 'User added'">Add user</button></div>
<p id="done"></p></body></html>"""


CREATE = """<!doctype html><html><body><div class="ui tiny basic modal transition visible active"><div class="content">
<div class="ui huge inverted header">Create Project</div><p>Enter project title</p><form class="ui form"><div class="ui input">
<input name="name" type="text" value=""></div><button class="ui green button">Create project</button></form></div></div></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("kanban"), {"/kb/projects": PROJECTS, "/kb/board": BOARD, "/kb/users": USERS,
                                                                                   "/kb/create": CREATE},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=2000))


def test_tiles_named_only_by_their_module_class_are_counted(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Verify 3 projects are listed"], "/kb/projects")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert model.settle_verdict(run(["Only one project is listed"], "/kb/projects")) is model.Verdict.FAILED


def test_a_card_is_clicked_on_its_title_not_on_the_counter_at_its_centre(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Click the card Fix login redirect loop", 'Verify the page shows "Opened Fix login redirect loop"'], "/kb/board")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    other = run(['Click "Audit broken links"', 'Verify the page shows "Opened Fix login redirect loop"'], "/kb/board")
    assert model.settle_verdict(other) is model.Verdict.FAILED


def test_a_button_in_the_popup_a_modal_opened_over_the_modals_own(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Click Add user", "Click the Add user button in the popup", 'Verify the page shows "User added"'], "/kb/users")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_modal_closed_by_its_decorative_close_icon(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Close the dialog without saving", 'Verify "Users" is not visible'], "/kb/users")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert model.settle_verdict(run(['Verify "Users" is not visible'], "/kb/users")) is model.Verdict.FAILED


def test_a_modal_named_by_its_header_and_a_text_shown_over_the_field_it_stands_before(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['A "Create Project" dialog asks to "Enter project title"'], "/kb/create")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert model.settle_verdict(run(['A "Delete Project" dialog asks to "Enter project title"'], "/kb/create")) is model.Verdict.FAILED
