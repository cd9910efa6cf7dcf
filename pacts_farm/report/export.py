"""A run's passing items -> plain pytest-playwright test files, one per item, using the verified locators.

User-facing locators (get_by_role, get_by_label, get_by_placeholder …) where the strategy allows,
scopes as ``.filter(has_text=…)``; the original sentence above each line; ``${env:NAME}`` secrets as
``os.environ["NAME"]``. A conftest.py sets the base URL (recorded, or ``--base-url``/PACTS_BASE_URL)
and the Chromium to launch (PACTS_BROWSER_EXECUTABLE, else Debian's when present).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pacts_farm import model

EXPORTED = (model.Verdict.PASSED, model.Verdict.HEALED, model.Verdict.FLAKY)
_ENV = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True, kw_only=True, slots=True)
class ExportedTest:
    item_key: str
    filename: str
    source: str


def export_run(
    run: model.RunResult,
    plans: Mapping[str, tuple[model.Plan, str]],
    flows: Mapping[str, tuple[str, model.Plan]] | None = None,
) -> tuple[tuple[ExportedTest, ...], str]:
    """(test files, conftest.py source) for each passed, healed or flaky item of ``run``.

    ``flows`` maps an item that starts signed in to its auth: flow (name, plan); the test signs in first.
    """
    base_url = next(iter(plans.values()))[1] if plans else "http://127.0.0.1"
    verified = _verified_locators(run, plans)
    tests = []
    for item in run.items:
        if item.verdict not in EXPORTED or item.item_key not in plans:
            continue
        planned, _ = plans[item.item_key]
        tests.append(
            ExportedTest(
                item_key=item.item_key,
                filename=f"test_{_identifier(item.item_key)}.py",
                source=render_test(run, item, planned, base_url, flow=(flows or {}).get(item.item_key), verified=verified),
            )
        )
    return tuple(tests), render_conftest(run, base_url)


def write_export(tests: Sequence[ExportedTest], conftest: str, out_dir: Path) -> tuple[Path, ...]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source in (("conftest.py", conftest), *((t.filename, t.source) for t in tests)):
        path = out_dir / name
        path.write_text(source, encoding="utf-8")
        written.append(path)
    return tuple(written)


def render_test(
    run: model.RunResult,
    item: model.ItemResult,
    planned: model.Plan,
    base_url: str,
    *,
    flow: tuple[str, model.Plan] | None = None,
    verified: Mapping[tuple[str, str, str, str], model.Locator] | None = None,
) -> str:
    steps = {s.index: s for s in item.steps}
    body: list[str] = []
    helper: list[str] = []
    if flow is not None:
        name, flow_plan = flow
        helper = _sign_in_helper(name, flow_plan, base_url, verified or {})
        body.append(f"    _sign_in_{_identifier(name)}(page)  # the auth: flow {_comment(name)!r}, as the farm ran it first")
    body.append(f"    page.goto({_py(_relative(planned.start_url, base_url))})")
    for position, step in enumerate(planned.steps):
        body.append(f"    # {step.index + 1}. {_comment(step.text)}")
        following = planned.steps[position + 1] if position + 1 < len(planned.steps) else None
        if following is not None and following.action.answers_dialog:  # answered as the next step says, when it opens
            body.append(f"    {_dialog_handler(following)}")
        result = steps.get(step.index)
        if result is not None and result.heal is not None:
            old = result.heal.old_locator.describe() if result.heal.old_locator else "no locator"
            body.append(f"    #    healed in run {_comment(run.run_id)}: {_comment(old)} -> {_comment(result.heal.new_locator.describe())}")
        if step.settled:  # a check of what stays: Playwright's nearest wait for a page with nothing more to load
            body.append('    page.wait_for_load_state("networkidle")')
        line = _statement(step, result.resolution if result else None, base_url)
        body.append(f"    {line}")
        if _moved_on(result, steps.get(following.index) if following is not None else None):
            body.append("    page.wait_for_load_state()  # the run's next step was on the page this one opened")
    code = "\n".join(helper + body)
    imports = ["from __future__ import annotations", ""]
    imports += [m for m, used in (("import os", "os.environ" in code), ("import re", "re.compile" in code)) if used]
    imports += ["", "from playwright.sync_api import Page, expect"]
    data = f" [{_docline(', '.join(f'{k}={v}' for k, v in item.data.items()))}]" if item.data else ""
    doc = [
        f'"""{_docline(item.title)}{data}',
        "",
        f"Exported by pacts-farm from run {_docline(run.run_id)} of {_docline(run.suite_name)!s}"
        f" (requirement {_docline(item.requirement_id)}, {item.verdict.value}).",
        f"Run: pytest test_{_identifier(item.item_key)}.py --base-url {_docline(base_url)}",
        '"""',
        "",
    ]
    function = f"def test_{_identifier(item.item_key)}(page: Page) -> None:"
    before = ["", "", *helper] if helper else []
    return "\n".join([*doc, *imports, *before, "", "", function, *body, ""])


def _moved_on(step: model.StepResult | None, following: model.StepResult | None) -> bool:
    """The step opened another page: a click may return before the new page's scripts have run."""
    if step is None or following is None or not step.page_url or not following.page_url:
        return False
    if step.action.is_assertion:
        return False
    return step.page_url.split("#", 1)[0] != following.page_url.split("#", 1)[0]


def _sign_in_helper(
    name: str, flow: model.Plan, base_url: str, verified: Mapping[tuple[str, str, str, str], model.Locator]
) -> list[str]:
    """The auth: flow as a function; its locators are the ones the run verified for the same targets."""
    lines = [
        f"def _sign_in_{_identifier(name)}(page: Page) -> None:",
        f'    """The suite\'s auth: flow {_docline(name)!r} (the farm runs it once and reuses the browser state)."""',
        f"    page.goto({_py(_relative(flow.start_url, base_url))})",
    ]
    for step in flow.steps:
        lines.append(f"    # {step.index + 1}. {_comment(step.text)}")
        locator = verified.get(_target_key(step)) if step.target is not None else None
        if step.target is not None and locator is None and not step.action.is_assertion:
            locator = _user_facing_guess(step)
            lines.append("    #    (this run did not verify a locator for this target: a user-facing one is used)")
        resolution = model.Resolution(locator=locator, source=model.LocatorSource.DISCOVERED, confidence=0.0) if locator else None
        lines.append(f"    {_statement(step, resolution, base_url)}")
    return lines


def _target_key(step: model.PlannedStep) -> tuple[str, str, str, str]:
    target = step.target
    assert target is not None
    return (step.action.value, target.text.casefold(), (target.scope or "").casefold(), target.role_hint or "")


def _verified_locators(
    run: model.RunResult, plans: Mapping[str, tuple[model.Plan, str]]
) -> dict[tuple[str, str, str, str], model.Locator]:
    """Locators the run verified, by (action, target, scope, role): reused for the same target elsewhere."""
    found: dict[tuple[str, str, str, str], model.Locator] = {}
    for item in run.items:
        planned = {s.index: s for s in plans[item.item_key][0].steps} if item.item_key in plans else {}
        for result in item.steps:
            step = planned.get(result.index)
            if step is None or step.target is None or result.resolution is None:
                continue
            if result.outcome in (model.Outcome.PASSED, model.Outcome.HEALED):
                found.setdefault(_target_key(step), result.resolution.locator)
    return found


def _user_facing_guess(step: model.PlannedStep) -> model.Locator:
    assert step.target is not None
    target = step.target
    if target.role_hint:
        return model.Locator(strategy=model.Strategy.ROLE, role=target.role_hint, value=target.text, exact=target.exact)
    if step.action in (model.Action.FILL, model.Action.SELECT, model.Action.CHECK, model.Action.UNCHECK):
        return model.Locator(strategy=model.Strategy.LABEL, value=target.text, exact=target.exact)
    return model.Locator(strategy=model.Strategy.TEXT, value=target.text, exact=target.exact)


def render_conftest(run: model.RunResult, base_url: str) -> str:
    return f'''"""pytest-playwright settings for the tests pacts-farm exported from run {_docline(run.run_id)}."""

from __future__ import annotations

import os
from typing import Any

import pytest

RECORDED_BASE_URL = {_py(base_url)}
DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium"


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config) -> str:
    """--base-url, else PACTS_BASE_URL, else the URL the run used."""
    return pytestconfig.getoption("base_url", None) or os.environ.get("PACTS_BASE_URL") or RECORDED_BASE_URL


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """PACTS_BROWSER_EXECUTABLE, else Debian's Chromium when present, else Playwright's own."""
    executable = os.environ.get("PACTS_BROWSER_EXECUTABLE") or (DEBIAN_CHROMIUM if os.path.exists(DEBIAN_CHROMIUM) else None)
    return {{**browser_type_launch_args, **({{"executable_path": executable}} if executable else {{}})}}
'''


def _dialog_handler(step: model.PlannedStep) -> str:
    answer = "accept" if step.action is model.Action.ACCEPT_DIALOG else "dismiss"
    return f"page.once('dialog', lambda dialog: dialog.{answer}())"


def _statement(step: model.PlannedStep, resolution: model.Resolution | None, base_url: str) -> str:
    A = model.Action
    timeout = f", timeout={step.timeout_ms}" if step.timeout_ms else ""
    value = step.value or ""
    if step.action is A.NAVIGATE:
        return f"page.goto({_py(_relative(value or '/', base_url))})"
    if step.action is A.PRESS and step.target is None:
        return f"page.keyboard.press({_value(value or 'Enter')})"
    if step.action is A.TYPE_TEXT:
        return f"page.keyboard.type({_value(value)})"
    if step.action in (A.GO_BACK, A.RELOAD):
        return "page.go_back()" if step.action is A.GO_BACK else "page.reload()"
    if step.action is A.PAUSE:
        return f"page.wait_for_timeout({step.timeout_ms or 0})"
    if step.action.answers_dialog:
        said = f", saying {step.value!r}" if step.value else ""
        return f"pass  # the browser dialog the step before opened was answered{said} (page.once above)"
    if step.action is A.WAIT_FOR and step.target is None and step.value is None:
        return f"page.wait_for_load_state(\"load\"{timeout})"
    if step.action is A.EXPECT_COUNT and step.target and step.target.descriptor == model.SHOWN_TEXT and step.match is model.Match.EQUALS:
        return f"expect(page.get_by_text({_py(step.target.text)}, exact=True).filter(visible=True)).to_have_count({int(value or 0)}{timeout})"
    if step.action in (A.EXPECT_COUNT, A.EXPECT_ORDER, A.EXPECT_EACH):
        what = {A.EXPECT_COUNT: "count", A.EXPECT_ORDER: "order", A.EXPECT_EACH: "text"}[step.action]
        note = f"the {what} of the repeated elements was checked in the page by pacts-farm: write their locator here"
        return f"raise NotImplementedError({_py(note)})"
    if step.action is A.EXPECT_PAGE:  # pacts-farm also takes the title or the URL's path naming the page
        heading = f"page.get_by_role(\"heading\", name=re.compile({_py('(?i)' + _pattern(value))}))"
        return f"expect({heading}.first).to_be_visible({timeout.lstrip(', ')})"
    if step.action in (A.EXPECT_URL, A.EXPECT_TITLE):
        pattern = {model.Match.CONTAINS: _pattern(value), model.Match.ENDS_WITH: f"{_pattern(value)}$",
                   model.Match.STARTS_WITH: f"^{_pattern(value)}",
                   model.Match.NOT_CONTAINS: _pattern(value)}.get(step.match, f"^{_pattern(value)}$")
        check = "to_have_url" if step.action is A.EXPECT_URL else "to_have_title"
        if step.match is model.Match.NOT_CONTAINS:
            check = "not_" + check
        return f"expect(page).{check}(re.compile({_py(pattern)}){timeout})"
    if step.target is None or (resolution is None and step.action.is_assertion):
        text = value if step.target is None else step.target.text
        matches = f"page.get_by_text(re.compile({_py(_pattern(text))})).filter(visible=True)"
        if step.action is A.EXPECT_HIDDEN:
            return f"expect({matches}).to_have_count(0{timeout})"
        return f"expect({matches}.first).to_be_visible({timeout.lstrip(', ')})"
    if resolution is None and step.target.descriptor == model.PAGE_LINK:
        return f"pass  # the {step.target.text} page was already shown when this ran: nothing was clicked"
    if resolution is None:
        raise ValueError(f"step {step.index + 1} has no verified locator")
    loc = locator_expression(resolution.locator)
    if step.action in (A.EXPECT_VISIBLE, A.WAIT_FOR):
        return f"expect({loc}).to_be_visible({timeout.lstrip(', ')})"
    if step.action is A.EXPECT_HIDDEN:
        return f"expect({loc}).to_be_hidden({timeout.lstrip(', ')})"
    if step.action is A.EXPECT_TEXT and step.target is not None and step.target.descriptor == model.OPTIONS:
        count = "to_have_count" if step.match is model.Match.NOT_CONTAINS else "not_to_have_count"
        return f"expect({loc}.locator(\"option\").filter(has_text={_value(value)})).{count}(0{timeout})"
    if step.action is A.EXPECT_TEXT:
        check = "not_to_contain_text" if step.match is model.Match.NOT_CONTAINS else "to_contain_text"
        return f"expect({loc}).{check}({_value(value)}{timeout})"
    if step.action is A.EXPECT_STATE and value == "current":  # the element or its parent marks itself current
        return f"expect({loc}.locator({CURRENT_XPATH!r})).to_have_count(1{timeout})"
    if step.action is A.EXPECT_STATE:
        return f"expect({loc}).{_STATE_CALLS.get(value, 'to_be_visible')}({timeout.lstrip(', ')})"
    if step.action is A.EXPECT_VALUE:
        return f"expect({loc}).to_have_value({_value(value)}{timeout})"
    if step.action is A.EXPECT_ATTRIBUTE:
        pattern = ".*" if step.value is None else (_pattern(value) if step.match is model.Match.CONTAINS else f"^{_pattern(value)}$")
        check = "to_have_attribute"
        if step.match is model.Match.NOT_CONTAINS:  # gone, or without that value (a class: not among its names)
            check = "not_to_have_attribute"
            if step.value is not None and step.attribute == "class":
                pattern = rf"(?:^|\s){_pattern(value)}(?:\s|$)"
        return f"expect({loc}).{check}({_py(step.attribute or '')}, re.compile({_py(pattern)}){timeout})"
    if step.action is A.FILL and resolution.fingerprint is not None and resolution.fingerprint.tag == "select":
        return f"{loc}.select_option(label={_value(value)}{timeout})"
    calls = {
        A.FILL: f"fill({_value(value)}{timeout})",
        A.CLICK: f"click({timeout.lstrip(', ')})",
        A.SELECT: f"select_option(label={_value(value)}{timeout})",
        A.CHECK: f"check({timeout.lstrip(', ')})",
        A.UNCHECK: f"uncheck({timeout.lstrip(', ')})",
        A.HOVER: f"hover({timeout.lstrip(', ')})",
        A.PRESS: f"press({_value(value or 'Enter')}{timeout})",
    }
    return f"{loc}.{calls[step.action]}"


_CLASS_TOKENS = 'concat(" ", normalize-space(@class), " ")'
_MARKED_CURRENT = " or ".join(
    ['(@aria-current and @aria-current!="false")', '@aria-selected="true"']
    + [f'contains({_CLASS_TOKENS}, " {c} ")' for c in model.CURRENT_CLASSES]
    + [f'contains({_CLASS_TOKENS}, "{end} ")' for end in model.CURRENT_CLASS_ENDINGS])  # a class that ends so
CURRENT_XPATH = f"xpath=(ancestor-or-self::*[position()<=2][{_MARKED_CURRENT}])[1]"
_STATE_CALLS = {
    "enabled": "to_be_enabled", "disabled": "to_be_disabled", "checked": "to_be_checked", "unchecked": "not_to_be_checked",
    "selected": "to_be_checked", "unselected": "not_to_be_checked", "empty": "to_be_empty", "not_empty": "not_to_be_empty", "focused": "to_be_focused",
    "editable": "to_be_editable", "readonly": "not_to_be_editable",
}


def locator_expression(locator: model.Locator, root: str = "page") -> str:
    """The Playwright call chain for a structured locator (the same mapping the farm's browser uses)."""
    if locator.scope is not None:
        root = locator_expression(locator.scope, root)
    s = model.Strategy
    exact = ", exact=True" if locator.exact else ""
    value = _py(locator.value)
    if locator.strategy is s.ROLE:
        call = f"get_by_role({_py(locator.role or 'generic')}, name={value}{exact})"
    elif locator.strategy is s.LABEL:
        call = f"get_by_label({value}{exact})"
    elif locator.strategy is s.PLACEHOLDER:
        call = f"get_by_placeholder({value}{exact})"
    elif locator.strategy is s.ALT_TEXT:
        call = f"get_by_alt_text({value}{exact})"
    elif locator.strategy is s.TITLE:
        call = f"get_by_title({value}{exact})"
    elif locator.strategy is s.TEST_ID and locator.attribute == "data-testid":
        call = f"get_by_test_id({value})"
    elif locator.strategy in (s.TEST_ID, s.ATTRIBUTE):
        call = f"locator({_py(f'[{locator.attribute}={_css_string(locator.value)}]')})"
    elif locator.strategy is s.TEXT:
        call = f"get_by_text({value}{exact})"
    else:
        call = f"locator({value})"
    expression = f"{root}.{call}"
    if locator.has_text:
        expression += f".filter(has_text={_py(locator.has_text)})"
    if locator.has is not None:
        expression += f".filter(has={locator_expression(locator.has)})"
    if locator.nth is not None:
        expression += f".nth({locator.nth})"
    return expression


def _value(text: str) -> str:
    """A Python expression for a step value: literals, with ${env:NAME} read from the environment."""
    parts, last = [], 0
    for match in _ENV.finditer(text):
        if match.start() > last:
            parts.append(_py(text[last:match.start()]))
        parts.append(f"os.environ[{_py(match.group(1))}]")
        last = match.end()
    if last < len(text) or not parts:
        parts.append(_py(text[last:]))
    return " + ".join(parts)


def _relative(url: str, base_url: str) -> str:
    """A URL on the recorded app becomes a path, so --base-url can point the test elsewhere."""
    target, base = urlsplit(url), urlsplit(base_url)
    if target.scheme and (target.scheme, target.netloc) != (base.scheme, base.netloc):
        return url
    path = target.path or "/"
    return path + (f"?{target.query}" if target.query else "") + (f"#{target.fragment}" if target.fragment else "")


def _pattern(text: str) -> str:
    """The regex the farm matches text with (case-sensitive, anywhere), without needless escapes of spaces."""
    return re.escape(text).replace("\\ ", " ")


def _css_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _py(value: str) -> str:
    return repr(value)


def _identifier(key: str) -> str:
    name = re.sub(r"\W+", "_", key).strip("_").lower() or "item"
    if name[0].isdigit() or keyword.iskeyword(name):
        name = f"item_{name}"
    return name


def _comment(text: str) -> str:
    """One safe comment line: no line breaks (a newline would end the comment and inject code)."""
    return " ".join(text.split())


def _docline(text: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return _comment(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
