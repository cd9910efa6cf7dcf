"""Alembic environment: runs on the connection handed over by pacts_farm.store.db."""

from __future__ import annotations

from alembic import context

from pacts_farm.store import models

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=models.Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
