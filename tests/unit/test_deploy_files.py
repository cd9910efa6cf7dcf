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
    assert {"redis", "postgres", "worker", "beat", "flower"} <= set(services)
    for name, service in services.items():
        if name != "migrate":
            assert "healthcheck" in service, name
        if name in ("redis", "postgres"):
            continue
        depends = service["depends_on"]
        assert depends["redis"]["condition"] == "service_healthy", name
        assert depends["postgres"]["condition"] == "service_healthy", name
    assert services["worker"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_deploy_nothing_listens_publicly_and_stores_need_passwords(compose: dict) -> None:
    for name, service in compose["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond localhost"
    text = (ROOT / "docker-compose.yml").read_text()
    assert "--requirepass" in text and "${REDIS_PASSWORD:?" in text
    assert "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?" in text
    assert "--basic-auth=" in text


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
    assert "prometheus-client" in declared  # pacts_farm.metrics imports it
    assert declared <= set(runtime), declared - set(runtime)
    assert _declared("dev =") <= set(dev)
    assert {name: dev[name] for name in runtime} == runtime  # the same pins in both
    assert not _declared("dev =") & set(runtime), "a dev-only package is in the images' lock"
    assert "iniconfig" not in runtime and "pluggy" not in runtime  # pytest's own dependencies neither
