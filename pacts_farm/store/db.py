"""Engine, sessions and migrations for the system of record."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pacts_farm import bundled, errors

Sessions = sessionmaker[Session]  # what every store module's functions take
HEAD_REVISION = "0007"
_upgrade_lock = threading.Lock()


def open_engine(url: str) -> Engine:
    """An engine with the pragmas and pool settings the farm relies on."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def probe_revision(engine: Engine) -> str | None:
    """The schema revision, connecting now; errors.StoreUnavailable when the database cannot be reached."""
    try:
        return current_revision(engine)
    except OperationalError as exc:
        raise errors.StoreUnavailable(f"database unreachable: {str(exc.orig).strip().splitlines()[0]}") from exc


def upgrade(engine: Engine) -> bool:
    """Apply pending migrations; returns True when something was applied."""
    try:
        if current_revision(engine) == HEAD_REVISION:
            return False
        with _upgrade_lock:
            from alembic import command
            from alembic.config import Config

            cfg = Config()
            with bundled.as_path(*bundled.MIGRATIONS) as migrations, engine.begin() as conn:
                cfg.set_main_option("script_location", str(migrations))
                if conn.dialect.name == "postgresql":  # one migrator at a time across the farm
                    conn.execute(text("SELECT pg_advisory_xact_lock(724130)"))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        return True
    except OperationalError as exc:
        raise errors.StoreUnavailable(f"database unreachable: {exc.orig}") from exc


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work; database outages become errors.StoreUnavailable."""
    try:
        with sessions.begin() as session:
            yield session
    except OperationalError as exc:
        raise errors.StoreUnavailable(f"database unreachable: {exc.orig}") from exc


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
