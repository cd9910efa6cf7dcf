"""Alembic environment: runs on the connection handed over by pacts_farm.store.db."""

from __future__ import annotations

from alembic import context

from pacts_farm.store import models

connection = context.config.attributes["connection"]
sqlite = connection.dialect.name == "sqlite"
context.configure(connection=connection, target_metadata=models.Base.metadata, render_as_batch=sqlite)
if sqlite:  # batch mode rebuilds a table and renames it back: the metrics views must not block the rename
    connection.exec_driver_sql("PRAGMA legacy_alter_table=ON")
with context.begin_transaction():
    context.run_migrations()
if sqlite:
    connection.exec_driver_sql("PRAGMA legacy_alter_table=OFF")
