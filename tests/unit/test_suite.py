"""Loading suite.yaml: variables, secrets, data rows, and errors that name the file, line and field."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pytest

from pacts_farm import errors, model
from pacts_farm.suites import suite

ROOT = Path(__file__).resolve().parents[2]
ENV = {"DEMO_PASSWORD": "s3cr3t-value"}
GOOD = """\
name: Shop
base_url: http://127.0.0.1:8765/
vars:
  user: standard_user
  password: "${env:DEMO_PASSWORD}"
timeouts: {action_ms: 1500}
requirements:
  - id: login
    title: Log in as ${user}
    tags: [smoke]
    url: /login
    steps:
      - Fill "${user}" in the Username field
      - Fill "${password}" in the Password field
      - {action: click, target: Login, role: button}
  - id: rows
    expect: fail
    url: https://other.example/start
    data:
      - {who: alice}
      - {who: bob, user: override}
    steps:
      - Fill "${who}-${user}-{timestamp}" in Name
  - id: free
    text: |
      Test: Free
      URL: /cart
      1. Click Checkout
"""


def _load(text: str, env: dict[str, str] | None = None, base_url: str | None = None) -> model.Suite:
    return suite.load_suite_text(
        text, source="suite.yaml", environ=ENV if env is None else env, base_url=base_url,
        now=datetime(2026, 11, 24, 3, 4, 5, tzinfo=timezone.utc),
    )


def test_suite_loads_items_rows_and_keeps_secrets_as_placeholders() -> None:
    loaded = _load(GOOD)
    assert loaded.name == "Shop" and loaded.base_url == "http://127.0.0.1:8765"
    assert [i.key for i in loaded.items] == ["login", "rows-1", "rows-2", "free"]
    login = loaded.items[0]
    assert login.title == "Log in as standard_user" and login.tags == ("smoke",)
    assert login.start_url == "http://127.0.0.1:8765/login"
    assert login.steps[1].text == 'Fill "${env:DEMO_PASSWORD}" in the Password field'
    assert login.steps[2] == model.SuiteStep(line=15, action="click", target="Login", role="button")
    assert "s3cr3t-value" not in repr(loaded)
    assert loaded.secret_names == ("DEMO_PASSWORD",)
    assert loaded.timeouts.action_ms == 1500
    rows = loaded.items[1:3]
    assert rows[0].steps[0].text == 'Fill "alice-standard_user-20261124030405" in Name'
    assert rows[1].steps[0].text.startswith('Fill "bob-override-')  # the row wins over vars
    assert rows[0].data == {"who": "alice"} and rows[0].expect is model.Expectation.FAIL
    assert rows[0].start_url == "https://other.example/start"
    assert loaded.items[3].free_text and "Click Checkout" in loaded.items[3].free_text
    assert login.steps[0].line == 13 and login.index == 0


def test_suite_base_url_override() -> None:
    assert _load(GOOD, base_url="http://127.0.0.1:9999").items[0].start_url == "http://127.0.0.1:9999/login"


def test_suite_schema_is_valid_json_schema() -> None:
    for name in ("suite", "plan", "metrics-summary", "metrics-cache", "metrics-heal", "metrics-runs"):
        jsonschema.Draft202012Validator.check_schema(json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text()))


HEAD = "name: S\nbase_url: http://127.0.0.1:1\n"
BAD: list[tuple[str, str, dict[str, str] | None, str]] = [
    # (case, yaml, env, expected substring)
    ("invalid yaml", HEAD + "requirements: [\n", None, "suite.yaml:4: invalid YAML"),
    ("tab indentation", HEAD + "requirements:\n\t- id: a\n", None, "invalid YAML"),
    ("empty file", "", None, "the file is empty"),
    ("not a mapping", "- a\n- b\n", None, "top level must be a mapping"),
    ("missing name", "base_url: http://h\nrequirements: [{id: a, steps: [Click A]}]\n", None, "missing required key 'name'"),
    ("missing requirements", HEAD, None, "missing required key 'requirements'"),
    ("empty requirements", HEAD + "requirements: []\n", None, "suite.yaml:3: requirements: must not be empty"),
    ("unknown top key", HEAD + "requirement: []\n", None, "unknown key 'requirement' — did you mean 'requirements'?"),
    ("unknown requirement key", HEAD + "requirements:\n  - id: a\n    stepz: [Click A]\n", None, "suite.yaml:5: requirements[0].stepz: unknown key 'stepz' — did you mean 'steps'?"),
    ("missing id", HEAD + "requirements:\n  - steps: [Click A]\n", None, "missing required key 'id'"),
    ("id with a slash", HEAD + "requirements:\n  - id: ../../etc\n    steps: [Click A]\n", None, "requirements[0].id: '../../etc' is not allowed here"),
    ("id with spaces", HEAD + "requirements:\n  - id: log in\n    steps: [Click A]\n", None, "requirements[0].id"),
    ("duplicate ids", HEAD + "requirements:\n  - id: a\n    steps: [Click A]\n  - id: a\n    steps: [Click B]\n", None, "suite.yaml:6: requirements[1].id: duplicate id 'a'"),
    ("empty steps", HEAD + "requirements:\n  - id: a\n    steps: []\n", None, "requirements[0].steps: must not be empty"),
    ("empty step text", HEAD + "requirements:\n  - id: a\n    steps: ['']\n", None, "requirements[0].steps[0]"),
    ("steps not a list", HEAD + "requirements:\n  - id: a\n    steps: Click A\n", None, "requirements[0].steps: expected array, got text"),
    ("both steps and text", HEAD + "requirements:\n  - id: a\n    steps: [Click A]\n    text: '1. Click A'\n", None, "requirements[0]"),
    ("neither steps nor text", HEAD + "requirements:\n  - id: a\n    title: x\n", None, "requirements[0]"),
    ("wrong expect", HEAD + "requirements:\n  - id: a\n    expect: maybe\n    steps: [Click A]\n", None, "requirements[0].expect: 'maybe' is not one of pass, fail"),
    ("tags not a list", HEAD + "requirements:\n  - id: a\n    tags: smoke\n    steps: [Click A]\n", None, "requirements[0].tags: expected array"),
    ("timeout as text", HEAD + "requirements:\n  - id: a\n    timeout_ms: soon\n    steps: [Click A]\n", None, "requirements[0].timeout_ms: expected integer, got text"),
    ("negative timeout", HEAD + "timeouts: {action_ms: -1}\nrequirements:\n  - id: a\n    steps: [Click A]\n", None, "timeouts.action_ms"),
    ("structured step without action", HEAD + "requirements:\n  - id: a\n    steps: [{target: Login}]\n", None, "requirements[0].steps[0]"),
    ("colon in a plain step", HEAD + 'requirements:\n  - id: a\n    steps:\n      - Verify the page shows "Total: 1"\n', None, "put the whole step in single quotes"),
    ("a hash that cut a plain step", HEAD + 'requirements:\n  - id: a\n    steps:\n      - Verify the page shows "Order #"\n', None,
     'suite.yaml:6: requirements[0].steps[0]: this step has an opening " and no closing one'),
    ("a hash that cut a plain step short", HEAD + "requirements:\n  - id: a\n    steps:\n      - Verify the URL contains #/dashboard\n", None,
     "suite.yaml:6: requirements[0].steps[0]: this step reads 'Verify the URL contains': YAML took '#/dashboard' after it as a comment"),
    ("a hash that cut a title", HEAD + "requirements:\n  - id: a\n    title: Searching for a #tag works  \n    steps: [Click A]\n", None,
     "suite.yaml:5: requirements[0].title: this value reads 'Searching for a': YAML took '#tag works' after it as a comment"),
    ("unknown variable", HEAD + "requirements:\n  - id: a\n    steps: ['Fill \"${nope}\" in Name']\n", None, "suite.yaml:5: requirements[0].steps[0]: unknown variable ${nope}"),
    ("unset env secret", HEAD + "vars: {pw: '${env:MISSING_PW}'}\nrequirements:\n  - id: a\n    steps: [Click A]\n", {}, "environment variable MISSING_PW is not set — export MISSING_PW"),
    ("bad env name", HEAD + "requirements:\n  - id: a\n    steps: ['Fill \"${env:1x}\" in A']\n", None, "bad environment variable name"),
    ("ftp base url", "name: S\nbase_url: ftp://h\nrequirements: [{id: a, steps: [Click A]}]\n", None, "base_url: 'ftp://h' is not an http(s) URL"),
    ("file url", HEAD + "requirements:\n  - id: a\n    url: file:///etc/passwd\n    steps: [Click A]\n", None, "requirements[0].url: 'file:///etc/passwd' is not an http(s) URL"),
    ("javascript url", HEAD + "requirements:\n  - id: a\n    url: 'javascript:alert(1)'\n    steps: [Click A]\n", None, "is not an http(s) URL"),
    ("unknown variable in a url", HEAD + "requirements:\n  - id: a\n    url: ${nope}/x\n    steps: [Click A]\n", None, "requirements[0].url: unknown variable ${nope}"),
    ("secret in a url", HEAD + "vars: {pw: '${env:PW}'}\nrequirements:\n  - id: a\n    url: /x?k=${pw}\n    steps: [Click A]\n", {"PW": "p"},
     "requirements[0].url: a secret cannot be part of a url"),
    ("control characters", HEAD + 'requirements:\n  - id: a\n    steps: ["Click \\u0007Login"]\n', None, "contains control characters"),
    ("data row not a mapping", HEAD + "requirements:\n  - id: a\n    data: [1, 2]\n    steps: [Click A]\n", None, "requirements[0].data[0]: expected object"),
    ("vars nested", HEAD + "vars: {a: {b: 1}}\nrequirements: [{id: a, steps: [Click A]}]\n", None, "vars.a.b: unknown key 'b' — known keys: secret, value"),
    ("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n", None, "expands to more than"),
    ("recursive alias", "a: &a [1, *a]\n", None, "refers to itself"),
    ("deep nesting", "a: " + "[" * 60 + "]" * 60 + "\n", None, "nesting deeper than 50"),
    ("python tag", HEAD + "requirements: !!python/object:os.system [ls]\n", None, "invalid YAML"),
]


@pytest.mark.parametrize(("case", "text", "env", "expected"), BAD, ids=[b[0] for b in BAD])
def test_suite_rejects_with_a_message_naming_the_problem(case: str, text: str, env: dict[str, str] | None, expected: str) -> None:
    with pytest.raises(errors.SuiteInvalid) as failure:
        _load(text, env)
    assert expected in failure.value.message
    assert failure.value.message.startswith("suite.yaml")


def test_suite_file_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(HEAD + "requirements:\n" + "# padding\n" * 120_000)
    with pytest.raises(errors.SuiteInvalid, match="the limit is 1048576"):
        suite.load_suite(big, environ={})


def test_suite_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"name: caf\xe9\n")
    with pytest.raises(errors.SuiteInvalid, match="not UTF-8"):
        suite.load_suite(path, environ={})


def test_a_suite_file_loaded_once_is_planned_without_reading_it_again(tmp_path: Path) -> None:
    from pacts_farm import submit

    path = tmp_path / "suite.yaml"
    path.write_text(GOOD)
    now = datetime(2026, 12, 4, 9, 30, tzinfo=timezone.utc)  # one clock for both loads: ${timestamp} is to the second
    read = suite.load_suite_file(path, environ=ENV, now=now)
    assert read.text == GOOD and read.suite == suite.load_suite(path, environ=ENV, now=now)
    path.unlink()  # the CLI's early check loaded it: planning must use that, not the file
    prepared = submit.prepare(path, environ=ENV, read=read)
    assert prepared.suite is read.suite
    assert [p.item_key for p in prepared.plans] == [i.key for i in read.suite.items]
    assert "s3cr3t-value" not in prepared.content  # the text is masked as when read from the file
    with pytest.raises(errors.SuiteInvalid, match="no such file"):
        submit.prepare(path, environ=ENV)


def test_suite_has_at_least_25_refusals() -> None:
    assert len(BAD) >= 25


def test_vars_fill_a_requirements_and_an_auth_flows_url() -> None:
    loaded = _load(HEAD + "vars: {project: /projects/7}\nauth:\n  me:\n    url: ${project}/login\n    steps: [Click A]\n"
                   "requirements:\n  - id: a\n    url: ${project}/checks/\n    auth: me\n    steps: [Click A]\n")
    assert loaded.items[0].start_url == "http://127.0.0.1:1/projects/7/checks/"
    assert loaded.auth[0].start_url == "http://127.0.0.1:1/projects/7/login"


def test_a_var_that_ends_a_sentence_keeps_its_final_punctuation() -> None:
    loaded = _load(HEAD + "vars: {pw: Passw0rd!, who: alice}\nrequirements:\n  - id: a\n    steps:\n"
                   "      - Fill the Password field with ${pw}\n      - Type ${pw} in the Password field\n      - Type ${who}\n")
    ends, inside, plain = (s.text for s in loaded.items[0].steps)
    assert ends == 'Fill the Password field with "Passw0rd!"'  # quoted: the "!" is the value's, not the sentence's
    assert inside == "Type Passw0rd! in the Password field"
    assert plain == "Type alice"


def test_a_comment_after_a_plain_step_stays_a_comment() -> None:
    loaded = _load(HEAD + "requirements:\n  - id: a\n    steps:\n      - Click Save  # the blue one\n      - Click Done #\n")
    assert [s.text for s in loaded.items[0].steps] == ["Click Save", "Click Done"]
