"""Fixtures shared by every test layer: a clean environment and the demo app."""

from __future__ import annotations

import os
from collections.abc import Iterator

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
# A reserved db index, flushed per test; PFTEST_REDIS_DB lets parallel test sessions use others.
REDIS_TEST_URL = f"redis://127.0.0.1:6379/{os.environ.get('PFTEST_REDIS_DB', '15')}"
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
