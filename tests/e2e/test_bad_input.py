"""A corpus of malformed and hostile suites through the real CLI, embedded and against a farm:
each exits 2 with a message naming the file, where (line or field) and the problem; nothing is
written to the database and nothing is queued."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from pacts_farm.store import models
from tests.conftest import POSTGRES_ADMIN_URL
from tests.e2e.conftest import CLI, FARM_REDIS_URL, ROOT, _base_env

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]

HEAD = "name: Bad\nbase_url: http://127.0.0.1:8765\n"
OK_STEP = '      - Click Login\n'


def _req(body: str, rid: str = "a") -> str:
    return HEAD + f"requirements:\n  - id: {rid}\n" + body


def _steps(*steps: str) -> str:
    return _req("    url: /login\n    steps:\n" + "".join(f"      - {s}\n" for s in steps))


def _nested(depth: int) -> str:
    return HEAD + "requirements:\n  - id: a\n    steps: [Click Login]\nvars:\n  deep: " + "[" * depth + "1" + "]" * depth + "\n"


def _bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n" + HEAD + "requirements:\n  - id: a\n    steps: [Click Login]\n"


def _big() -> str:
    filler = "# " + "x" * 1000 + "\n"
    return HEAD + "requirements:\n  - id: a\n    steps: [Click Login]\n" + filler * (10 * 1024)


@dataclass(frozen=True)
class Case:
    id: str
    content: str | bytes
    expect: tuple[str, ...]  # fragments of the message (besides the file name)
    located: bool = True  # the message carries a line or a field
    env: tuple[tuple[str, str], ...] = ()


CASES = [
    Case("yaml-unclosed-quote", HEAD + 'requirements:\n  - id: "a\n', ("invalid YAML",)),
    Case("yaml-bad-indent", HEAD + "requirements:\n  - id: a\n   steps: [x]\n", ("invalid YAML",)),
    Case("yaml-tab", HEAD + "requirements:\n\t- id: a\n", ("invalid YAML",)),
    Case("empty-file", "", ("the file is empty", "start with name:"), located=False),
    Case("only-comments", "# nothing here\n# at all\n", ("the file is empty",), located=False),
    Case("top-level-list", "- name: x\n", ("top level must be a mapping",)),
    Case("top-level-scalar", "just words\n", ("top level must be a mapping",)),
    Case("missing-name", "base_url: http://127.0.0.1:1\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("missing required key 'name'",)),
    Case("missing-requirements", HEAD, ("missing required key 'requirements'",)),
    Case("requirements-empty", HEAD + "requirements: []\n", ("requirements", "must not be empty")),
    Case("requirements-number", HEAD + "requirements: 5\n", ("requirements", "expected array, got a number")),
    Case("name-wrong-type", "name: [a, b]\nbase_url: http://127.0.0.1:1\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("name", "expected string, got a list")),
    Case("unknown-top-key", HEAD + "requirement:\n  - id: a\n", ("unknown key 'requirement'", "did you mean 'requirements'")),
    Case("unknown-requirement-key", _req("    stpes: [Click Login]\n"), ("unknown key 'stpes'", "did you mean 'steps'")),
    Case("unknown-step-key", _req("    steps:\n      - {action: click, targt: Login}\n"), ("unknown key 'targt'", "did you mean 'target'")),
    Case("steps-empty", _req("    steps: []\n"), ("requirements[0].steps", "must not be empty")),
    Case("steps-null", _req("    steps:\n"), ("requirements[0].steps", "expected array, got nothing")),
    Case("step-empty-string", _steps('""'), ("requirements[0].steps[0]",)),
    Case("step-colon-mapping", _steps('Verify the page shows Total: 14'), ("read as a mapping", "single quotes")),
    Case("requirement-no-id", HEAD + "requirements:\n  - steps: [Click Login]\n", ("missing required key 'id'",)),
    Case("duplicate-ids", HEAD + "requirements:\n  - id: a\n    steps: [Click A]\n  - id: a\n    steps: [Click B]\n", ("duplicate id 'a'",)),
    Case("id-path-traversal", _req("    steps: [Click Login]\n", rid='"../../etc/cron.d/x"'), ("requirements[0].id", "'../../etc/cron.d/x' is not allowed", "artifact folders")),
    Case("id-slash", _req("    steps: [Click Login]\n", rid='"a/b"'), ("requirements[0].id", "is not allowed")),
    Case("id-absolute", _req("    steps: [Click Login]\n", rid='"/etc/passwd"'), ("requirements[0].id", "is not allowed")),
    Case("id-dots", _req("    steps: [Click Login]\n", rid='".."'), ("requirements[0].id", "is not allowed")),
    Case("id-too-long", _req("    steps: [Click Login]\n", rid="a" * 65), ("requirements[0].id", "is not allowed")),
    Case("id-number", _req("    steps: [Click Login]\n", rid="12"), ("requirements[0].id", "expected string, got a number")),
    Case("timeouts-string", HEAD + "timeouts: fast\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("timeouts", "expected object, got text")),
    Case("timeouts-negative", HEAD + "timeouts: {action_ms: -5}\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("timeouts.action_ms", "-5")),
    Case("timeouts-unknown", HEAD + "timeouts: {page_ms: 5}\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("unknown key 'page_ms'",)),
    Case("expect-invalid", _req("    expect: maybe\n    steps: [Click Login]\n"), ("requirements[0].expect", "'maybe' is not one of pass, fail")),
    Case("ten-megabytes", _big(), ("bytes; the limit is", "split the suite"), located=False),
    Case("deep-nesting", _nested(60), ("nesting deeper than 50 levels",)),
    Case("anchor-bomb", _bomb(), ("YAML alias", "write the values out")),
    Case("alias-recursive", "a: &a [*a]\n" + HEAD + "requirements:\n  - id: a\n    steps: [Click A]\n", ("alias",)),
    Case("python-object-tag", HEAD + "requirements: !!python/object/apply:os.system ['touch /tmp/pwned']\n", ("invalid YAML",)),
    Case("duplicate-keys", HEAD + "name: Other\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("duplicate key 'name'",)),
    Case("unknown-variable", _steps('Fill "${nope}" in the Username field'), ("unknown variable ${nope}", "define it under vars:")),
    Case("env-unset", _steps('Fill "${env:PF_BAD_INPUT_UNSET}" in the Password field'), ("environment variable PF_BAD_INPUT_UNSET is not set", "export PF_BAD_INPUT_UNSET")),
    Case("env-bad-name", _steps('Fill "${env:1BAD}" in the Password field'), ("bad environment variable name '1BAD'",)),
    Case("base-url-ftp", "name: x\nbase_url: ftp://127.0.0.1/\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("base_url", "'ftp://127.0.0.1/' is not an http(s) URL")),
    Case("base-url-file", "name: x\nbase_url: file:///etc\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("base_url", "is not an http(s) URL")),
    Case("base-url-javascript", "name: x\nbase_url: 'javascript:alert(1)'\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("base_url", "is not an http(s) URL")),
    Case("url-file", _req("    url: file:///etc/passwd\n    steps: [Click Login]\n"), ("requirements[0].url", "is not an http(s) URL")),
    Case("url-scheme-relative", _req("    url: //evil.example/x\n    steps: [Click Login]\n"), ("requirements[0].url", "is not an http(s) URL")),
    Case("go-to-file", _steps("Go to file:///etc/passwd"), ("requirements[0].steps[0]", "file:///etc/passwd")),
    Case("step-control-char", _steps('"Click Log\\x07in"'), ("requirements[0].steps[0]", "control characters")),
    Case("step-nul", _steps('"Click Log\\0in"'), ("requirements[0].steps[0]", "control characters")),
    Case("step-bidi-override", _steps("Click Log\u202eni"), ("requirements[0].steps[0]", "control characters")),
    Case("not-utf8", (HEAD + "requirements:\n  - id: a\n    steps: [Click Caf\xe9]\n").encode("latin-1"), ("not UTF-8",), located=False),
    Case("utf16", (HEAD + "requirements: []\n").encode("utf-16"), ("not UTF-8",), located=False),
    Case("not-understood", _steps("flurble the wozzle"), ("requirements[0].steps[0]", 'cannot understand "flurble the wozzle"', "start with a verb")),
    Case("data-empty", _req("    data: []\n    steps: [Click Login]\n"), ("requirements[0].data", "must not be empty")),
    Case("data-nested", _req("    data:\n      - {who: {first: a}}\n    steps: [Click Login]\n"), ("requirements[0].data[0].who",)),
    Case("tags-spaces", _req("    tags: ['two words']\n    steps: [Click Login]\n"), ("requirements[0].tags[0]", "is not allowed")),
    Case("vars-list", HEAD + "vars: [a, b]\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("vars", "expected object, got a list")),
    Case("step-timeout-zero", _req("    steps:\n      - {action: click, target: Login, timeout_ms: 0}\n"), ("requirements[0].steps[0].timeout_ms",)),
    Case("title-too-long", _req(f"    title: {'t' * 600}\n    steps: [Click Login]\n"), ("requirements[0].title",)),
    Case("name-empty", "name: ''\nbase_url: http://127.0.0.1:1\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("name", "must not be empty")),
    Case("secret-var-no-value", HEAD + "vars:\n  token: {secret: true}\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("vars.token", "missing required key 'value'")),
    Case("secret-var-unknown-key", HEAD + "vars:\n  token: {value: x, secret: true, hidden: 1}\nrequirements:\n  - id: a\n    steps: [Click A]\n", ("vars.token", "unknown key 'hidden'")),
]


@dataclass
class _Farm:
    database_url: str
    env: dict[str, str]


@pytest.fixture(scope="module")
def bad_farm(_postgres_template: str) -> Iterator[_Farm]:
    """One fresh migrated database and the farm's Redis db for the whole table: all must stay empty."""
    import redis

    name = f"pacts_test_bad_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_postgres_template}"'))
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    client = redis.Redis.from_url(FARM_REDIS_URL)
    client.flushdb()
    yield _Farm(database_url=url, env={"PACTS_BROKER_URL": FARM_REDIS_URL, "PACTS_DATABASE_URL": url})
    client.flushdb()
    client.close()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _written(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return {
                table.__tablename__: int(conn.execute(select(func.count()).select_from(table)).scalar())
                for table in (models.RunRow, models.ItemRow, models.SuiteRow, models.StepRow)
            }
    finally:
        engine.dispose()


def _queued() -> int:
    import redis

    client = redis.Redis.from_url(FARM_REDIS_URL)
    try:
        return int(client.dbsize())
    finally:
        client.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_refused_with_exit_2_and_nothing_written(case: Case, bad_farm: _Farm, tmp_path: Path) -> None:
    suite = tmp_path / "bad-suite.yaml"
    if isinstance(case.content, bytes):
        suite.write_bytes(case.content)
    else:
        suite.write_text(case.content, encoding="utf-8")
    home = tmp_path / "home"
    modes = {"embedded": {}, "farm": bad_farm.env}
    procs = {
        mode: subprocess.Popen(
            [*CLI, "submit", str(suite), "--wait"], cwd=ROOT,
            env=_base_env({"PACTS_HOME": str(home / mode), **env, **dict(case.env)}),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for mode, env in modes.items()
    }
    for mode, proc in procs.items():
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2, f"{mode}: exit {proc.returncode}\n{out}\n{err}"
        assert err.startswith("pacts-farm: ") and str(suite) in err, f"{mode}: {err}"
        for fragment in case.expect:
            assert fragment in err, f"{mode}: {fragment!r} not in {err!r}"
        if case.located:
            assert f"{suite}:" in err and any(ch.isdigit() for ch in err.split(f"{suite}:", 1)[1][:8]), f"{mode}: no line: {err}"
        assert "Traceback" not in err and len(err.splitlines()) <= 5
        assert not out.strip()
    assert not (home / "embedded" / "pacts.db").exists()  # embedded: not even the database was created
    assert _written(bad_farm.database_url) == {"runs": 0, "run_items": 0, "suites": 0, "steps": 0}
    assert _queued() == 0


def test_bad_input_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 40 and len({c.id for c in CASES}) == len(CASES)
