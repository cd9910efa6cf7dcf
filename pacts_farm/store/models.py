"""The system of record's tables (SQLAlchemy 2, Mapped[] style). Postgres on the farm, SQLite embedded."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    LargeBinary,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON(none_as_null=True), list[Any]: JSON(none_as_null=True)}


class SuiteRow(Base):
    __tablename__ = "suites"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the content
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(500))
    content: Mapped[str] = mapped_column(Text)  # as written: ${env:…} stay placeholders
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RunRow(Base):
    __tablename__ = "runs"
    __table_args__ = (Index("ix_runs_created_at", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    suite_id: Mapped[str] = mapped_column(ForeignKey("suites.id", ondelete="RESTRICT"))
    suite_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    base_url: Mapped[str] = mapped_column(String(500))
    output_dir: Mapped[str] = mapped_column(String(1000))
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    duration_ms: Mapped[float | None] = mapped_column(Float)
    cache_hits: Mapped[int] = mapped_column(Integer, default=0)
    cache_lookups: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))  # run-level notes (budgets, fallbacks)

    items: Mapped[list[ItemRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True, order_by="ItemRow.position"
    )


class ItemRow(Base):
    __tablename__ = "run_items"
    __table_args__ = (
        UniqueConstraint("run_id", "key", name="uq_run_items_run_id_key"),
        Index("ix_run_items_requirement", "requirement_id", "finished_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(100))
    requirement_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    expect: Mapped[str] = mapped_column(String(8))
    spec: Mapped[dict[str, Any]] = mapped_column()  # the model.Item, as JSON
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    hints: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))  # cached locators found by discover
    state: Mapped[str] = mapped_column(String(16))
    verdict: Mapped[str | None] = mapped_column(String(16))
    met: Mapped[bool | None] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    infrastructure_error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[float | None] = mapped_column(Float)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    tries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # test attempts (retries)
    try_errors: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))  # earlier failed attempts
    root_cause: Mapped[str | None] = mapped_column(String(32))  # deterministic class of a failure
    root_cause_summary: Mapped[str | None] = mapped_column(Text)  # Claude's summary and fix, when a key is set
    quarantined: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    phases: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))  # model.Phases: the time breakdown

    run: Mapped[RunRow] = relationship(back_populates="items")
    steps: Mapped[list[StepRow]] = relationship(
        back_populates="item", cascade="all, delete-orphan", passive_deletes=True, order_by="StepRow.index"
    )


class StepRow(Base):
    __tablename__ = "steps"
    __table_args__ = (UniqueConstraint("item_id", "index", name="uq_steps_item_id_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("run_items.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))
    duration_ms: Mapped[float] = mapped_column(Float)
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    strategy: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str | None] = mapped_column(String(16))
    page_url: Mapped[str | None] = mapped_column(String(2000))
    error: Mapped[str | None] = mapped_column(Text)
    heal: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    candidates: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    drifted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    heal_attempts: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))

    item: Mapped[ItemRow] = relationship(back_populates="steps")


class ArtifactRow(Base):
    __tablename__ = "artifacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("run_items.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # screenshot, trace, dom
    path: Mapped[str] = mapped_column(String(1000))  # relative to the run folder
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BlobRow(Base):
    """A file's bytes, once per content (sha256): a farm run's files live here, not on a worker's disk."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class RunFileRow(Base):
    """A file of a farm run's folder (an item's screenshot, trace, try evidence; the reports), by its relative path."""

    __tablename__ = "run_files"
    __table_args__ = (UniqueConstraint("run_id", "path", name="uq_run_files_run_id_path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(String(1000))  # relative to the run folder: "login/failure.png", "report.html"
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256", ondelete="RESTRICT"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SelectorCacheRow(Base):
    __tablename__ = "selector_cache"
    __table_args__ = (Index("ix_selector_cache_app", "app"),)

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # signature + page
    signature: Mapped[str] = mapped_column(String(64), index=True)  # app + target + action + scope
    app: Mapped[str] = mapped_column(String(300))
    page: Mapped[str] = mapped_column(String(1000))
    target: Mapped[str] = mapped_column(String(500))
    action: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(500), default="")
    resolution: Mapped[dict[str, Any]] = mapped_column()
    strategy: Mapped[str] = mapped_column(String(32))
    hits: Mapped[int] = mapped_column(Integer, default=0)
    misses: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_verified_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    successes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # consecutive verified uses
    promoted: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # healed: after N successes
    drifts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # times it no longer matched (never reset)


class HealRow(Base):
    __tablename__ = "heal_history"
    __table_args__ = (
        Index("ix_heal_history_app_target", "app", "target"),
        Index("ix_heal_history_app_signature", "app", "signature"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    item_key: Mapped[str] = mapped_column(String(100))
    app: Mapped[str] = mapped_column(String(300))
    page: Mapped[str] = mapped_column(String(1000))
    target: Mapped[str] = mapped_column(String(500))
    signature: Mapped[str | None] = mapped_column(String(64))  # cache.signature: app, target, role, action, scope (+ extras)
    action: Mapped[str | None] = mapped_column(String(32))
    scope: Mapped[str | None] = mapped_column(String(500))
    step_index: Mapped[int | None] = mapped_column(Integer)
    changed: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))  # what the new element differs in
    failed_locator: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    new_locator: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    strategy: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))  # accepted / rejected
    reason: Mapped[str] = mapped_column(Text)
    duration_ms: Mapped[float] = mapped_column(Float)  # this attempt's own time, rejected ones too
    confidence: Mapped[float | None] = mapped_column(Float)  # how sure the strategy was of its element (None: found none)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    marked_wrong_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # a person said: wrong heal
    marked_by: Mapped[str | None] = mapped_column(String(200))


class TotalRow(Base):
    """A cumulative total Prometheus scrapes as a counter (items by verdict, locator sources, heals, durations).

    Added to in the transaction that settles an item, and never touched by cleanup: it only grows.
    """

    __tablename__ = "totals"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)  # e.g. items, locator_source, heals
    label: Mapped[str] = mapped_column(String(100), primary_key=True)  # e.g. passed, redis, accepted ("" for none)
    value: Mapped[float] = mapped_column(Float, default=0.0)


class ScheduleRow(Base):
    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    cron: Mapped[str] = mapped_column(String(100))
    suite_source: Mapped[str] = mapped_column(String(500))
    suite_content: Mapped[str] = mapped_column(Text)
    base_url: Mapped[str | None] = mapped_column(String(500))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_slot: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PlanCacheRow(Base):
    """Plans by a hash of the requirement text and planner version: a re-run makes no LLM call."""

    __tablename__ = "plan_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    planner: Mapped[str] = mapped_column(String(64))
    plan: Mapped[dict[str, Any]] = mapped_column()
    hits: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LlmCallRow(Base):
    """Every call to Claude: what for, tokens, estimated cost."""

    __tablename__ = "llm_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"), index=True)
    item_key: Mapped[str | None] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(String(16))  # plan, heal, root_cause, resolve
    model: Mapped[str] = mapped_column(String(100))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    duration_ms: Mapped[float] = mapped_column(Float, default=0.0)
    outcome: Mapped[str] = mapped_column(String(16))  # ok, invalid, error
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class QuarantineRow(Base):
    """A requirement that still runs and is reported but does not fail its run, until it expires."""

    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("suite_name", "requirement_id", name="uq_quarantine_suite_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    suite_name: Mapped[str] = mapped_column(String(200))
    requirement_id: Mapped[str] = mapped_column(String(100))
    owner: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class QuarantineLogRow(Base):
    """Every quarantine change: who, why, when."""

    __tablename__ = "quarantine_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    suite_name: Mapped[str] = mapped_column(String(200))
    requirement_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(16))  # add, remove, expire, auto
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FlakinessRow(Base):
    """A requirement's flakiness score over its recent runs, recomputed by beat."""

    __tablename__ = "flakiness"

    suite_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    requirement_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    runs: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    flaky: Mapped[int] = mapped_column(Integer, default=0)
    healed: Mapped[int] = mapped_column(Integer, default=0)
    nights_above: Mapped[int] = mapped_column(Integer, default=0)  # consecutive nightly computations over the threshold
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
