"""suite.yaml -> model.Suite: YAML with line numbers, JSON Schema, ${vars}, ${env:…} secrets, data rows."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

import jsonschema
import yaml

from pacts_farm import bundled, errors, model, secrecy
from pacts_farm.planning import rules

MAX_BYTES = 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 50
MAX_EXPANDED_NODES = 200_000
_VAR = re.compile(r"\$\{([^}]*)\}")
_ENV = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # with bidi overrides


@dataclasses.dataclass(frozen=True, slots=True)
class SuiteFile:
    """A suite file's text and the suite it loaded to: read once, handed on to planning."""

    text: str
    suite: model.Suite


def load_suite(
    path: str | Path,
    *,
    environ: Mapping[str, str],
    base_url: str | None = None,
    now: datetime | None = None,
) -> model.Suite:
    return load_suite_file(path, environ=environ, base_url=base_url, now=now).suite


def load_suite_file(
    path: str | Path,
    *,
    environ: Mapping[str, str],
    base_url: str | None = None,
    now: datetime | None = None,
) -> SuiteFile:
    text = read_text_file(Path(path))
    return SuiteFile(text=text, suite=load_suite_text(text, source=str(path), environ=environ, base_url=base_url, now=now))


def read_text_file(path: Path) -> str:
    """A suite's or a requirement file's text: readable, at most MAX_BYTES, UTF-8."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise errors.SuiteInvalid("no such file", path=str(path)) from None
    except OSError as exc:
        raise errors.SuiteInvalid(f"cannot read the file ({exc.strerror})", path=str(path)) from None
    if len(raw) > MAX_BYTES:
        raise errors.SuiteInvalid(f"file is {len(raw)} bytes; the limit is {MAX_BYTES}", path=str(path), hint="split the suite")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise errors.SuiteInvalid(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)) from None


def load_suite_text(
    text: str,
    *,
    source: str,
    environ: Mapping[str, str],
    base_url: str | None = None,
    now: datetime | None = None,
) -> model.Suite:
    if len(text.encode("utf-8", "replace")) > MAX_BYTES:
        raise errors.SuiteInvalid(f"suite is larger than {MAX_BYTES} bytes", path=source, hint="split the suite")
    node = _compose(text, source)
    data = _construct(node, source)
    _validate(data, node, source)
    loader = _Loader(source=source, node=node, environ=environ, now=now or datetime.now(timezone.utc))
    return loader.suite(data, base_url)


def mask_content(content: str, secrets: model.Secrets) -> str:
    """The suite file as it may be stored: the values of secret vars replaced by the mask."""
    return secrecy.mask_values(content, (value for _, value in secrets.values))


# --- YAML with positions ---


def _compose(text: str, source: str) -> yaml.Node:
    if "\x00" in text:
        raise errors.SuiteInvalid("the file contains NUL bytes", path=source, hint="save it as plain UTF-8 text")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise errors.SuiteInvalid(
            f"invalid YAML: {problem}" + (f" (column {mark.column + 1})" if mark else ""), path=source, line=line
        ) from None
    except yaml.YAMLError as exc:
        raise errors.SuiteInvalid(f"invalid YAML: {exc}", path=source) from None
    if node is None:
        raise errors.SuiteInvalid("the file is empty", path=source, hint="start with name:, base_url: and requirements:")
    _check_shape(node, source)
    _refuse_values_cut_by_a_comment(node, text, source)
    return node


_COMMENT_AFTER_A_VALUE = re.compile(r"[ \t]+(#.*?)\s*$")


def _refuse_values_cut_by_a_comment(root: yaml.Node, text: str, source: str) -> None:
    """An unquoted value YAML cut at ' #': '- Verify the URL contains #/dashboard' reads 'Verify the URL contains'.

    The hash was meant as text when a word follows it at once ('#/x', '#2', '#tag') or when it left a quote
    open ('"Ref #"'); '- Click Save  # the blue one' is a comment and stays one.
    """
    pending: list[tuple[yaml.Node, tuple[Any, ...]]] = [(root, ())]
    while pending:
        node, path = pending.pop()
        if isinstance(node, yaml.MappingNode):
            pending.extend((value, (*path, key.value)) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend((value, (*path, index)) for index, value in enumerate(node.value))
        elif isinstance(node, yaml.ScalarNode) and node.style is None:
            line_end = text.find("\n", node.end_mark.index)
            comment = _COMMENT_AFTER_A_VALUE.match(text[node.end_mark.index:line_end if line_end >= 0 else len(text)])
            if comment is None:
                continue
            what = "step" if "steps" in path else "value"
            where = {"path": source, "line": node.start_mark.line + 1, "field": _field_name(path)}
            if node.value.count('"') % 2:
                raise errors.SuiteInvalid(
                    f'this {what} has an opening " and no closing one: YAML read " #" and the rest of the line as a comment',
                    **where, hint="put the whole step in single quotes: - 'Verify the page shows \"Your reference is #\"'")
            if not comment.group(1)[1:2].isspace() and comment.group(1) != "#":
                raise errors.SuiteInvalid(
                    f"this {what} reads {node.value!r}: YAML took {comment.group(1)!r} after it as a comment",
                    **where, hint="put the whole text in single quotes if the '#' belongs to it; a comment starts with '# '")


def _check_shape(root: yaml.Node, source: str) -> None:
    """Refuse alias bombs, recursive aliases and absurd nesting before constructing anything."""
    sizes: dict[int, int] = {}
    aliases = 0

    def expanded(node: yaml.Node, depth: int, path: set[int]) -> int:
        nonlocal aliases
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise errors.SuiteInvalid(f"nesting deeper than {MAX_DEPTH} levels", path=source, line=line)
        key = id(node)
        if key in path:
            raise errors.SuiteInvalid("a YAML alias refers to itself", path=source, line=line)
        if key in sizes:
            aliases += 1
            if aliases > MAX_ALIASES:
                raise errors.SuiteInvalid(
                    f"more than {MAX_ALIASES} YAML alias uses", path=source, line=line,
                    hint="write the values out instead of using anchors",
                )
            return sizes[key]
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
            twice = next((k for i, k in enumerate(keys) if k in keys[:i]), None)
            if twice is not None:
                raise errors.SuiteInvalid(
                    f"duplicate key {twice!r}", path=source, line=line, hint="write each key once (YAML keeps only the last)"
                )
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        path.add(key)
        size = 1 + sum(expanded(child, depth + 1, path) for child in children)
        path.discard(key)
        if size > MAX_EXPANDED_NODES:
            raise errors.SuiteInvalid(
                f"the document expands to more than {MAX_EXPANDED_NODES} values (YAML aliases?)", path=source, line=line,
                hint="write the values out instead of using anchors",
            )
        sizes[key] = size
        return size

    expanded(root, 1, set())


def _construct(node: yaml.Node, source: str) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise errors.SuiteInvalid(
            f"invalid YAML: {exc.problem or exc}", path=source, line=mark.line + 1 if mark else None,
            hint="only plain YAML values are allowed (no !!python or other tags)",
        ) from None
    except yaml.YAMLError as exc:
        raise errors.SuiteInvalid(f"invalid YAML: {exc}", path=source) from None
    finally:
        loader.dispose()


def _line_of(node: yaml.Node, path: tuple[Any, ...]) -> int | None:
    """The line of the deepest node that ``path`` (keys and indexes) reaches."""
    current = node
    for part in path:
        if isinstance(current, yaml.MappingNode):
            match = next((v for k, v in current.value if k.value == part), None)
            if match is None:
                key = next((k for k, _ in current.value if k.value == part), None)
                return (key or current).start_mark.line + 1
            current = match
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int) and part < len(current.value):
            current = current.value[part]
        else:
            break
    return current.start_mark.line + 1


def _field_name(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# --- schema ---


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return bundled.schema("suite")


def _validate(data: Any, node: yaml.Node, source: str) -> None:
    if not isinstance(data, dict):
        raise errors.SuiteInvalid(
            "the top level must be a mapping", path=source, line=1, hint="start with name:, base_url: and requirements:"
        )
    validator = jsonschema.Draft202012Validator(_schema())
    problems = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not problems:
        return
    error = _mapping_branch(_most_specific(problems))
    path = tuple(error.absolute_path)
    message, hint = _explain(error)
    if error.validator == "additionalProperties":
        extra = _unknown_key(error)
        if extra is not None:
            path = (*path, extra)
    raise errors.SuiteInvalid(message, path=source, line=_line_of(node, path), field=_field_name(path) or None, hint=hint)


def _mapping_branch(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """A step {action: …} or a var {value: …} that is either a scalar or a mapping: say what is wrong in the mapping."""
    mapping = isinstance(error.instance, dict) and (
        "action" in error.instance or (len(error.absolute_path) == 2 and error.absolute_path[0] == "vars")
    )
    if error.validator not in ("oneOf", "anyOf") or not mapping:
        return error
    inner = [e for e in error.context or () if e.validator != "type"]
    return inner[0] if inner else error


def _most_specific(problems: list[jsonschema.ValidationError]) -> jsonschema.ValidationError:
    best = max(problems, key=lambda e: len(e.absolute_path))
    if best.context:  # oneOf/anyOf: the branch that got furthest
        return _most_specific(list(best.context)) if len(max(best.context, key=lambda e: len(e.absolute_path)).absolute_path) > len(best.absolute_path) else best
    return best


def _unknown_key(error: jsonschema.ValidationError) -> str | None:
    allowed = set(error.schema.get("properties", {}))
    extras = [k for k in error.instance if k not in allowed] if isinstance(error.instance, dict) else []
    return extras[0] if extras else None


def _explain(error: jsonschema.ValidationError) -> tuple[str, str | None]:
    kind = error.validator
    if kind == "additionalProperties":
        extra = _unknown_key(error) or "?"
        allowed = sorted(error.schema.get("properties", {}))
        close = difflib.get_close_matches(extra, allowed, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(allowed)}"
        return f"unknown key {extra!r}", hint
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"missing required key {missing!r}", None
    if kind == "type":
        expected = error.validator_value
        names = expected if isinstance(expected, list) else [expected]
        return f"expected {' or '.join(names)}, got {_type_name(error.instance)}", None
    if kind == "minItems":
        return "must not be empty", None
    if kind == "minLength":
        return "must not be empty", None
    if kind == "pattern":
        return f"{error.instance!r} is not allowed here", error.schema.get("description")
    if kind == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}", None
    if kind in ("oneOf", "anyOf"):
        instance = error.instance
        if isinstance(instance, dict) and len(instance) == 1 and "action" not in instance:
            key, value = next(iter(instance.items()))
            return (
                f'this step was read as a mapping because of ": " in {f"{key}: {value}"!r}',
                "put the whole step in single quotes: - 'Verify the page shows \"Total: $14.03\"'",
            )
        return "expected a step sentence or a mapping with action", "write a sentence or {action, target, value}"
    if kind in ("minimum", "maximum", "exclusiveMinimum"):
        return error.message, None
    return error.message, None


def _type_name(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), "nothing" if value is None else type(value).__name__
    )


def _origin_limits(limits: Mapping[str, Any], base_url: str) -> tuple[model.OriginLimit, ...]:
    """`limits:` keyed by origin (or "base_url", the suite's own after --base-url) -> sorted OriginLimits."""
    by_origin: dict[str, int] = {}
    for key, value in limits.items():
        parts = urlsplit(base_url if key == "base_url" else key)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        by_origin[origin] = min(int(value["max_parallel"]), by_origin.get(origin, int(value["max_parallel"])))
    return tuple(model.OriginLimit(origin=o, max_parallel=n) for o, n in sorted(by_origin.items()))


# --- building the model ---


class _SignInFlow(NamedTuple):
    """What a step that signs in by a name runs: an auth flow's steps or an account's, and the page they start on."""

    steps: tuple[model.SuiteStep, ...]
    at: str | None


class _Loader:
    def __init__(self, *, source: str, node: yaml.Node, environ: Mapping[str, str], now: datetime) -> None:
        self.source = source
        self.node = node
        self.environ = environ
        self.timestamp = now.strftime("%Y%m%d%H%M%S")
        self.secret_names: set[str] = set()
        self.inline_secrets: dict[str, str] = {}  # vars marked secret: true
        self.auth_names: set[str] = set()
        self.flows: dict[str, _SignInFlow] = {}  # by lower-case name, for the steps that sign in by it

    def fail(self, message: str, path: tuple[Any, ...], hint: str | None = None) -> errors.SuiteInvalid:
        return errors.SuiteInvalid(
            message, path=self.source, line=_line_of(self.node, path), field=_field_name(path), hint=hint
        )

    def suite(self, data: dict[str, Any], base_url_override: str | None) -> model.Suite:
        base_url = base_url_override or data.get("base_url")
        if not base_url:
            raise self.fail("missing required key 'base_url'", (), hint="add base_url: or pass --base-url")
        self.check_url(base_url, ("base_url",))
        variables = self.variables(data.get("vars") or {})
        auth = self.auth_setups(data, base_url, variables)
        self.auth_names = {setup.name for setup in auth}
        self.flows = {setup.name.lower(): _SignInFlow(setup.steps, setup.start_url) for setup in auth}
        self.flows.update(self.accounts(data.get("accounts") or {}, base_url, variables))
        items: list[model.Item] = []
        seen: set[str] = set()
        for index, requirement in enumerate(data["requirements"]):
            rid = requirement["id"]
            if rid in seen:
                raise self.fail(f"duplicate id {rid!r}", ("requirements", index, "id"), hint="ids must be unique")
            seen.add(rid)
            items.extend(self.items(requirement, index, base_url, variables, int(data.get("retries") or 0)))
        return model.Suite(
            name=data["name"],
            base_url=base_url.rstrip("/"),
            source=self.source,
            items=tuple(items),
            timeouts=model.Timeouts(**(data.get("timeouts") or {})),
            secret_names=tuple(sorted(self.secret_names)),
            secrets=model.Secrets(tuple(sorted(self.inline_secrets.items()))),
            budget=model.Budget(**(data.get("budget") or {})),
            auth=auth,
            network_allow=tuple(sorted({o.lower() for o in (data.get("network") or {}).get("allow") or ()})),
            quarantine=model.QuarantinePolicy(**(data.get("quarantine") or {})),
            limits=_origin_limits(data.get("limits") or {}, base_url),
            retries=int(data.get("retries") or 0),
        )

    def items(
        self, requirement: dict[str, Any], index: int, base_url: str, variables: dict[str, str], retries: int = 0
    ) -> list[model.Item]:
        rows = requirement.get("data") or [None]
        out = []
        for row_index, row in enumerate(rows):
            row_path = ("requirements", index, "data", row_index)
            values = dict(variables)
            row_values: dict[str, str] = {}
            if row is not None:
                row_values = {str(k): self.text(str(v), (*row_path, k), variables) for k, v in row.items()}
                values.update(row_values)
            key = requirement["id"] if row is None else f"{requirement['id']}-{row_index + 1}"
            item = self.item(requirement, index, key, base_url, values, row_values)
            out.append(dataclasses.replace(item, retries=int(requirement.get("retries", retries))))
        return out

    def item(
        self,
        requirement: dict[str, Any],
        index: int,
        key: str,
        base_url: str,
        values: dict[str, str],
        row: dict[str, str],
    ) -> model.Item:
        path = ("requirements", index)
        start_url = self.start_url(requirement.get("url", "/"), (*path, "url"), values, base_url)
        steps = [self.signing_in(step) for step in self.steps(requirement.get("steps") or (), path, values)]
        auth = requirement.get("auth")
        if auth is not None and auth not in self.auth_names:
            known = ", ".join(sorted(self.auth_names)) or "none defined"
            raise self.fail(f"unknown auth {auth!r}", (*path, "auth"), hint=f"define it under auth: (known: {known})")
        free_text = requirement.get("text")
        return model.Item(
            key=key,
            requirement_id=requirement["id"],
            title=self.text(requirement.get("title") or requirement["id"], (*path, "title"), values),
            tags=tuple(requirement.get("tags") or ()),
            expect=model.Expectation(requirement.get("expect", "pass")),
            data=row,
            start_url=start_url,
            steps=tuple(steps),
            free_text=self.text(free_text, (*path, "text"), values) if free_text else None,
            timeout_ms=requirement.get("timeout_ms"),
            line=_line_of(self.node, path),
            index=index,
            auth=auth,
        )

    def steps(self, raws: Any, path: tuple[Any, ...], values: dict[str, str]) -> tuple[model.SuiteStep, ...]:
        steps: list[model.SuiteStep] = []
        for step_index, raw in enumerate(raws):
            step_path = (*path, "steps", step_index)
            line = _line_of(self.node, step_path)
            if isinstance(raw, str):
                steps.append(model.SuiteStep(line=line, text=self.text(raw, step_path, values)))
            else:
                steps.append(
                    model.SuiteStep(
                        line=line,
                        action=raw["action"],
                        target=self.optional(raw.get("target"), (*step_path, "target"), values),
                        value=self.optional(raw.get("value"), (*step_path, "value"), values),
                        role=raw.get("role"),
                        scope=self.optional(raw.get("scope"), (*step_path, "scope"), values),
                        timeout_ms=raw.get("timeout_ms"),
                    )
                )
        return tuple(steps)

    def signing_in(self, step: model.SuiteStep) -> model.SuiteStep:
        """'Log in as admin', 'Given I am signed in as Admin and on the Tags page': the step runs the account or auth
        flow of that name, when the suite has one (any other "log in as" is read as written)."""
        named = rules.signs_in_as(step.text) if step.text else None
        flow = self.flows.get(named.name.lower()) if named else None
        return dataclasses.replace(step, signs_in=flow.steps, signs_in_at=flow.at) if flow else step

    def accounts(self, raw: dict[str, Any], base_url: str, values: dict[str, str]) -> dict[str, _SignInFlow]:
        """`accounts:` users signed in as by name: their user name and password typed into the sign-in form (on its
        page when a url is given); a password not already a secret placeholder becomes an inline secret."""
        flows: dict[str, _SignInFlow] = {}
        by_user_name: list[tuple[str, str]] = []
        for name, block in sorted(raw.items()):
            path = ("accounts", name)
            if name.lower() in self.flows:
                raise self.fail(f"{name!r} is both an account and an auth flow", path,
                                hint="keep one of them: a step that signs in as this name would not know which to run")
            username = self.text(str(block.get("username", name)), (*path, "username"), values)
            password = self.text(str(block["password"]), (*path, "password"), values)
            if not secrecy.PLACEHOLDER.fullmatch(password):
                secret = "account_" + re.sub(r"\W", "_", name) + "_password"
                self.inline_secrets[secret] = password
                password = "${secret:" + secret + "}"
            at = self.start_url(block["url"], (*path, "url"), values, base_url) if block.get("url") else None
            typed = model.SuiteStep(line=_line_of(self.node, path), text=f'Log in as "{username}" with password "{password}"')
            flows[name.lower()] = _SignInFlow((typed,), at)
            by_user_name.append((username.lower(), name.lower()))
        for username, name in by_user_name:  # "Log in as maya@northwind.test": the account whose user name that is
            if username not in self.flows:
                flows.setdefault(username, flows[name])
        return flows

    def auth_setups(self, data: dict[str, Any], base_url: str, values: dict[str, str]) -> tuple[model.AuthSetup, ...]:
        """`auth:` blocks: named sign-in flows whose browser state the requirements naming them start from."""
        setups = []
        for name, block in sorted((data.get("auth") or {}).items()):
            path = ("auth", name)
            setups.append(
                model.AuthSetup(
                    name=name,
                    start_url=self.start_url(block.get("url", "/"), (*path, "url"), values, base_url),
                    steps=self.steps(block["steps"], path, values),
                    line=_line_of(self.node, path),
                )
            )
        return tuple(setups)

    def variables(self, raw: dict[str, Any]) -> dict[str, str]:
        """vars: plain values, and {value, secret: true} ones that steps see only as ${secret:NAME}."""
        variables = {}
        for key, given in raw.items():
            name = str(key)
            if not isinstance(given, dict):
                variables[name] = self.text(str(given), ("vars", key), {})
                continue
            value = self.text(str(given["value"]), ("vars", key, "value"), {})
            if not given.get("secret") or secrecy.PLACEHOLDER.fullmatch(value):
                variables[name] = value  # not secret, or already an ${env:…} secret
                continue
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or not value:
                raise self.fail(
                    f"a secret var needs a name of letters, digits and _ and a non-empty value (got {name!r})",
                    ("vars", key), hint="rename it, e.g. api_token",
                )
            self.inline_secrets[name] = value
            variables[name] = "${secret:" + name + "}"
        return variables

    def optional(self, value: Any, path: tuple[Any, ...], values: dict[str, str]) -> str | None:
        return None if value is None else self.text(str(value), path, values)

    def text(self, value: str, path: tuple[Any, ...], values: dict[str, str]) -> str:
        """Substitute ${name} and {timestamp}; ${env:NAME} stays a placeholder (checked to be set)."""
        if _CONTROL.search(value.replace("\n", "").replace("\t", "")):
            raise self.fail("contains control characters", path, hint="remove invisible characters from the text")

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1).strip()
            if name.startswith("env:"):
                env_name = name[4:]
                if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", env_name):
                    raise self.fail(f"bad environment variable name {env_name!r}", path)
                if env_name not in self.environ:
                    raise self.fail(
                        f"environment variable {env_name} is not set", path, hint=f"export {env_name}=… before submitting"
                    )
                self.secret_names.add(env_name)
                return "${env:" + env_name + "}"
            if name not in values:
                known = ", ".join(sorted(values)) or "none defined"
                raise self.fail(f"unknown variable ${{{name}}}", path, hint=f"define it under vars: or data: (known: {known})")
            said = values[name]
            ends_sentence = match.end() == len(value.rstrip()) and " " in value.strip() and value[: match.start()].count('"') % 2 == 0
            if ends_sentence and said[-1:] in ".!;?" and '"' not in said:
                return f'"{said}"'  # "Fill the Password field with ${pw}": its "!" is the value's, not the sentence's
            return said

        return _VAR.sub(substitute, value).replace("{timestamp}", self.timestamp)

    def start_url(self, raw: Any, path: tuple[Any, ...], values: dict[str, str], base_url: str) -> str:
        """A requirement's or auth flow's url:, its ${vars} filled in and joined to base_url; never a secret (a URL
        is shown in logs and reports)."""
        url = self.text(str(raw), path, values)
        if secrecy.PLACEHOLDER.search(url):
            raise self.fail("a secret cannot be part of a url", path, hint="use a plain var: in url:, and secrets in steps")
        self.check_url(url, path, relative_ok=True)
        return urljoin(base_url.rstrip("/") + "/", url)

    def check_url(self, url: str, path: tuple[Any, ...], relative_ok: bool = False) -> None:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc:
            return
        if relative_ok and not parts.scheme and not parts.netloc and not url.startswith("//"):
            return
        raise self.fail(f"{url!r} is not an http(s) URL", path, hint="use http://host/path" + (" or /path" if relative_ok else ""))
