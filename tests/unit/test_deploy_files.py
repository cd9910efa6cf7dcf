"""docker-compose.yml against the Compose specification; Dockerfiles consistent with the lock file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_SCHEMA = ROOT.parent / "shared" / "data" / "compose-spec.schema.json"
DOCKERFILES = ("Dockerfile.worker", "Dockerfile.beat")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_deploy_compose_matches_the_specification(compose: dict) -> None:
    if not COMPOSE_SCHEMA.exists():
        pytest.skip(f"missing {COMPOSE_SCHEMA} (shared/data is not beside this checkout)")
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    jsonschema.Draft7Validator(schema).validate(compose)


def test_deploy_every_service_is_health_checked_and_waits_for_its_stores(compose: dict) -> None:
    services = compose["services"]
    assert {"redis", "postgres", "worker", "beat", "flower", "dashboard", "metrics"} <= set(services)
    for name, service in services.items():
        if name != "migrate":
            assert "healthcheck" in service and not service["healthcheck"].get("disable"), name
        if name in ("redis", "postgres"):
            continue
        depends = service["depends_on"]
        assert depends["redis"]["condition"] == "service_healthy", name
        assert depends["postgres"]["condition"] == "service_healthy", name
    for name in ("worker", "beat", "dashboard", "metrics"):  # everything that reads or writes the store's tables
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully", name
    assert services["migrate"]["restart"] == "no" and services["migrate"]["healthcheck"] == {"disable": True}


def test_deploy_beat_healthcheck_reads_the_heartbeat_beat_writes(compose: dict) -> None:
    beat = compose["services"]["beat"]
    assert beat["command"] == ["pacts-farm", "beat"]
    assert beat["healthcheck"]["test"][1:4] == ["pacts-farm", "beat", "--check"]
    assert "/beat:" not in str(beat["healthcheck"]) and "test -s" not in str(beat["healthcheck"])  # not a file's existence
    assert beat["environment"]["PACTS_HOME"] == "/beat" and "beat-data:/beat" in beat["volumes"]
    assert "pacts-farm beat --check" in (ROOT / "Dockerfile.beat").read_text()


def _duration_s(text: str) -> float:
    parts = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text)
    assert parts and text, text
    hours, minutes, seconds = (int(p or 0) for p in parts.groups())
    return hours * 3600 + minutes * 60 + seconds


def test_deploy_worker_finishes_its_item_before_it_is_killed(compose: dict) -> None:
    from pacts_farm import config, model

    worker = compose["services"]["worker"]
    grace = _duration_s(worker["stop_grace_period"])
    step_s = int(worker["environment"].get("PACTS_ACTION_TIMEOUT_MS", config.Settings().action_timeout_ms)) / 1000
    defaults = model.Timeouts()
    watchdog_s = (defaults.item_ms + defaults.navigation_ms) / 1000 + 10  # README: the watchdog's limit per item
    assert grace > step_s and grace > watchdog_s, (grace, step_s, watchdog_s)


def test_deploy_every_service_has_resource_limits(compose: dict) -> None:
    for name, service in compose["services"].items():
        limits = service.get("deploy", {}).get("resources", {}).get("limits", {})
        assert limits.get("memory") and limits.get("cpus"), name


def test_deploy_nothing_listens_publicly_and_no_password_is_on_a_command_line(compose: dict) -> None:
    for name, service in compose["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond localhost"
        argv = " ".join(
            " ".join(v) if isinstance(v, list) else str(v)
            for v in (service.get("command", ""), service.get("entrypoint", ""), service.get("healthcheck", {}).get("test", ""))
        )
        assert not re.search(r"\$\{\w*(PASSWORD|SECRET|KEY)", argv), f"{name}: compose would paste a secret into {argv}"
        assert not re.search(r"--requirepass|--basic-auth|redis-cli\s[^|]*-a\s|-u\s+redis://", argv), f"{name}: {argv}"
    redis = compose["services"]["redis"]
    assert "requirepass" in " ".join(redis["entrypoint"]) and "redis-server /tmp/redis.conf" in " ".join(redis["entrypoint"])
    assert redis["environment"]["REDIS_PASSWORD"].startswith("${REDIS_PASSWORD:?")
    assert "REDISCLI_AUTH=" in " ".join(redis["healthcheck"]["test"])
    assert compose["services"]["postgres"]["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    flower = compose["services"]["flower"]
    assert flower["command"][:2] == ["pacts-farm", "flower"]
    assert "${FLOWER_PASSWORD:?" in flower["environment"]["PACTS_FLOWER_BASIC_AUTH"]


def test_deploy_workers_get_suite_secrets_and_the_claude_key_from_an_env_file(compose: dict) -> None:
    paths = [e["path"] if isinstance(e, dict) else e for e in compose["services"]["worker"]["env_file"]]
    assert paths == ["workers.env"]
    example = (ROOT / "workers.env.example").read_text()
    assert re.search(r"^#?\s*ANTHROPIC_API_KEY=", example, re.MULTILINE) and re.search(r"^DEMO_PASSWORD=", example, re.MULTILINE)
    assert {"workers.env", ".env"} <= set((ROOT / ".gitignore").read_text().split())
    guide = (ROOT / "docs" / "farm.md").read_text()  # the farm guide tells how to fill it
    assert "workers.env" in guide and "env_file" in guide


def _pacts_variables_set_by_deploy_files(compose: dict) -> dict[str, str]:
    """Every PACTS_* name the deploy files set: compose environments, the example env files, Dockerfile ENV lines."""
    found: dict[str, str] = {}
    for name, service in compose["services"].items():
        for key in service.get("environment", {}):
            found.setdefault(key, f"docker-compose.yml services.{name}.environment")
    for example in (".env.example", "workers.env.example"):
        for key in re.findall(r"^#?\s*([A-Z_][A-Z0-9_]*)=", (ROOT / example).read_text(), re.MULTILINE):
            found.setdefault(key, example)
    for dockerfile in DOCKERFILES:
        for line in re.findall(r"^ENV\s+(.+(?:\\\n.+)*)", (ROOT / dockerfile).read_text(), re.MULTILINE):
            for key in re.findall(r"([A-Z_][A-Z0-9_]*)=", line):
                found.setdefault(key, dockerfile)
    return {k: v for k, v in found.items() if k.startswith("PACTS_")}


def test_deploy_every_pacts_variable_set_is_one_settings_reads(compose: dict) -> None:
    import dataclasses

    from pacts_farm import config

    read = {config.ENV_PREFIX + f.name.upper() for f in dataclasses.fields(config.Settings)}
    set_by_deploy = _pacts_variables_set_by_deploy_files(compose)
    assert {"PACTS_BROKER_URL", "PACTS_DATABASE_URL", "PACTS_HOME", "PACTS_ACTION_TIMEOUT_MS"} <= set(set_by_deploy)
    unknown = {k: where for k, where in set_by_deploy.items() if k not in read}
    assert not unknown, f"set but never read by Settings: {unknown}"


def test_deploy_workers_scale(compose: dict) -> None:
    worker = compose["services"]["worker"]
    assert "container_name" not in worker and "ports" not in worker  # `--scale worker=N` must work
    assert worker["environment"]["PACTS_BROKER_URL"].startswith("redis://")


@pytest.mark.parametrize("name", DOCKERFILES)
def test_deploy_dockerfiles_install_from_the_lock_as_non_root(name: str) -> None:
    text = (ROOT / name).read_text()
    assert "pip install --require-hashes -r requirements.lock" in text
    assert "--no-deps" in text  # the project itself adds nothing the lock does not pin
    users = re.findall(r"^USER\s+(\S+)", text, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    for source in re.findall(r"^COPY\s+(?!--from)(.+?)\s+\S+$", text, re.MULTILINE):
        for path in source.split():
            assert (ROOT / path).exists(), f"{name} copies {path}, which is not in the repo"
    assert not re.search(r"^(COPY|RUN)[^\n]*requirements-dev\.lock", text, re.MULTILINE)  # tests and build tools stay out
    assert re.search(r"^RUN pip install --no-deps /wheels/\*\.whl", text, re.MULTILINE)  # the wheel, not the checkout
    assert not re.search(r"pip install[^\n]*-e \.", text)


def test_deploy_dockerfiles_share_a_base() -> None:
    bases = {re.search(r"^FROM\s+(\S+)", (ROOT / name).read_text(), re.MULTILINE).group(1) for name in DOCKERFILES}  # type: ignore[union-attr]
    assert len(bases) == 1


def _pins(name: str) -> dict[str, str]:
    lock = (ROOT / name).read_text()
    assert lock.count("--hash=sha256:") >= lock.count("==")
    return {m.group(1).lower().replace("_", "-"): m.group(2) for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", lock, re.MULTILINE)}


def _declared(section: str) -> set[str]:
    cfg = (ROOT / "setup.cfg").read_text()
    block = cfg.split(section, 1)[1].split("\n\n", 1)[0]
    return {re.split(r"[<>=\[ ]", line.strip())[0].lower().replace("_", "-") for line in block.splitlines()[1:] if line.strip()}


def test_deploy_lock_pins_every_declared_dependency_with_hashes() -> None:
    runtime, dev = _pins("requirements.lock"), _pins("requirements-dev.lock")
    declared = _declared("install_requires =")
    assert "prometheus-client" in declared  # pacts_farm.farm.metrics imports it
    assert declared <= set(runtime), declared - set(runtime)
    assert _declared("dev =") <= set(dev)
    assert {name: dev[name] for name in runtime} == runtime  # the same pins in both
    assert not _declared("dev =") & set(runtime), "a dev-only package is in the images' lock"
    assert "iniconfig" not in runtime and "pluggy" not in runtime  # pytest's own dependencies neither
