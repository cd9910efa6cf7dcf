"""Fixtures shared by every test layer: a clean environment and the demo app."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

import pytest


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No PACTS_* or ANTHROPIC_* leaks into a test from the developer's shell."""
    for name in list(os.environ):
        if name.startswith(("PACTS_", "ANTHROPIC_")):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def demo_server() -> Iterator[object]:
    """The bundled demo app on a free port of 127.0.0.1 (object with ``.url``)."""
    from pacts_farm.demo import server

    with server.start_demo_server() as running:
        yield running


POSTGRES_ADMIN_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
REDIS_DATABASES = 16  # Redis' default `databases`
RESERVED_REDIS_DB = 4  # a real app's data: never flushed


def xdist_worker_index(environ: Mapping[str, str] = os.environ) -> int:
    """This pytest-xdist worker's index (gw1 -> 1); 0 in a run without workers."""
    name = environ.get("PYTEST_XDIST_WORKER", "")
    return int(name[2:]) if name.startswith("gw") else 0


def _redis_test_dbs(environ: Mapping[str, str]) -> tuple[int, int]:
    """(cache db, farm db) of this xdist worker: worker i takes the base db minus i, so n workers use n dbs each.

    Bases: PFTEST_REDIS_DB (default 15) for the cache tests, PFTEST_FARM_REDIS_DB (default 13, or just below
    the cache dbs when they reach 13) for the farm tests (tests/e2e). The two runs must not overlap, must lie
    in Redis' dbs and must leave out the reserved one.
    """
    workers = int(environ.get("PYTEST_XDIST_WORKER_COUNT") or 1)
    cache = int(environ.get("PFTEST_REDIS_DB") or 15)
    cache_dbs = set(range(cache - workers + 1, cache + 1))
    default_farm = 13 if not cache_dbs & set(range(14 - workers, 14)) else min(cache_dbs) - 1
    farm = int(environ.get("PFTEST_FARM_REDIS_DB") or default_farm)
    farm_dbs = set(range(farm - workers + 1, farm + 1))
    if cache_dbs & farm_dbs or RESERVED_REDIS_DB in (cache_dbs | farm_dbs) or not (cache_dbs | farm_dbs) <= set(range(REDIS_DATABASES)):
        raise pytest.UsageError(
            f"PFTEST_REDIS_DB={cache} and PFTEST_FARM_REDIS_DB={farm} with {workers} test worker(s) need Redis dbs "
            f"{sorted(cache_dbs)} and {sorted(farm_dbs)}: they must not overlap, must lie in 0-{REDIS_DATABASES - 1} "
            f"and must leave out db {RESERVED_REDIS_DB}; choose other bases or fewer workers (-n)"
        )
    index = xdist_worker_index(environ)
    return cache - index, farm - index


REDIS_TEST_DB, FARM_REDIS_DB = _redis_test_dbs(os.environ)  # each flushed per test
REDIS_TEST_URL = f"redis://127.0.0.1:6379/{REDIS_TEST_DB}"
_TEMPLATE_DB = f"pacts_test_template_{os.getpid()}"  # one per test session: parallel sessions never collide


@pytest.fixture(scope="session")
def _postgres_template() -> Iterator[str]:
    """Migrate a template database once; each test clones it (CREATE DATABASE … TEMPLATE)."""
    from sqlalchemy import create_engine, text

    from pacts_farm.store import db

    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE_DB}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{_TEMPLATE_DB}"'))
    engine = db.open_engine(POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{_TEMPLATE_DB}")
    db.upgrade(engine)
    engine.dispose()
    yield _TEMPLATE_DB
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE_DB}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def postgres_url(_postgres_template: str) -> Iterator[str]:
    """A fresh, migrated Postgres database for this test."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"pacts_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_postgres_template}"'))
    yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """Both stores pass the same tests."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'pacts.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def redis_url() -> Iterator[str]:
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL)
    client.flushdb()
    yield REDIS_TEST_URL
    client.flushdb()
    client.close()


@pytest.fixture
def sessions(database_url: str) -> Iterator[object]:
    """A migrated store on each database (SQLite and Postgres)."""
    from pacts_farm.store import db

    engine = db.open_engine(database_url)
    db.upgrade(engine)
    yield db.make_sessions(engine)
    engine.dispose()
