"""The aiopg pool and how Core statements run on it.

aiopg.sa refuses SQLAlchemy 2, so statements are compiled for the psycopg2 dialect and
run on plain aiopg cursors. Compiling costs ~70 µs, so repositories compile their
statements once, at import, with bindparam() placeholders (see `Query`), and each runs
as a server-side prepared statement, parsed and planned once per connection.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiopg
import orjson
import psycopg2.extensions
import psycopg2.extras
from sqlalchemy import ColumnClause, literal_column
from sqlalchemy.dialects.postgresql import psycopg2 as pg_dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

from messenger.config import DatabaseConfig
from messenger.errors import Unavailable
from messenger.repository.pool import Pool, PoolClosed, Session

log = logging.getLogger("messenger.database")

Row = dict[str, Any]
# %(name)s placeholders, which the driver fills with quoted literals.
_LITERAL_DIALECT = pg_dialect.dialect()  # type: ignore[no-untyped-call]
# $1, $2 ... placeholders, one per distinct parameter, as PREPARE wants them.
_POSITIONAL_DIALECT = pg_dialect.dialect(paramstyle="numeric_dollar")  # type: ignore[no-untyped-call]

# LIMIT 1 as a literal, not a parameter: with a LIMIT parameter PostgreSQL cannot tell
# how many rows a prepared statement's generic plan returns, prices it too high and
# plans the statement anew on every run (~0.1 ms of planning for a send).
LIMIT_ONE: ColumnClause[int] = literal_column("1")

QUERY_TIMEOUT_SECONDS = 10.0
LOCK_TIMEOUT_SECONDS = 8.0

# A dict parameter is stored as JSON (psycopg2 would try hstore otherwise).
psycopg2.extensions.register_adapter(dict, psycopg2.extras.Json)
# JSON columns (a message's conversation fields on every history page) are read with
# orjson: the stdlib's json.loads took 7 % of the API's time on history (py-spy).
psycopg2.extras.register_default_json(loads=orjson.loads)
psycopg2.extras.register_default_jsonb(loads=orjson.loads)


@dataclass(frozen=True)
class Prepared:
    """One statement as a server-side prepared statement: PostgreSQL parses and plans
    it once per connection, not on every call (for a send, planning cost more than
    running the statement)."""

    name: str
    prepare: str  # PREPARE <name> AS <the statement with $1, $2 ...>
    execute: str  # EXECUTE <name>(%(a)s, %(b)s ...): the values, bound by the driver
    # The statement itself with %(a)s placeholders, for a server without prepared
    # statements (PgBouncer in transaction mode: database.prepared_statements false).
    literal: str


@dataclass(frozen=True)
class Query:
    """Core statements compiled once: the EXECUTEs of their prepared statements, and
    their default parameters."""

    statements: tuple[Prepared, ...]
    defaults: Mapping[str, Any]
    # The names of the columns it returns, learnt from its first run: rows are built as
    # plain dicts from tuples, several times cheaper than psycopg2's dict cursors.
    _names: list[tuple[str, ...]] = field(default_factory=list, compare=False, repr=False)

    def column_names(self, cursor: aiopg.Cursor) -> tuple[str, ...]:
        if not self._names:
            self._names.append(tuple(column.name for column in cursor.description or ()))
        return self._names[0]

    @property
    def text(self) -> str:
        return "; ".join(statement.execute for statement in self.statements)

    @property
    def literal_text(self) -> str:
        return "; ".join(statement.literal for statement in self.statements)

    def params(self, values: Mapping[str, Any]) -> dict[str, Any]:
        merged = dict(self.defaults)
        merged.update(values)
        return merged


def _prepared(statement: ClauseElement) -> tuple[Prepared, dict[str, Any]]:
    compiled = statement.compile(dialect=_POSITIONAL_DIALECT)
    assert isinstance(compiled, SQLCompiler)
    sql = str(compiled)
    if "POSTCOMPILE" in sql:
        raise ValueError("expanding parameters cannot be prepared; use = ANY(:array)")
    name = "m_" + hashlib.sha256(sql.encode()).hexdigest()[:24]
    arguments = ", ".join(f"%({key})s" for key in compiled.positiontup or ())
    execute = f"EXECUTE {name}({arguments})" if arguments else f"EXECUTE {name}"
    literal = str(statement.compile(dialect=_LITERAL_DIALECT))
    prepared = Prepared(name, f"PREPARE {name} AS {sql}", execute, literal)
    COMPILED.append(prepared)
    return prepared, dict(compiled.params)


# Every statement compiled so far: a test prepares them all on a real database.
COMPILED: list[Prepared] = []


@dataclass(frozen=True)
class LiteralQuery:
    """A statement compiled once whose values the driver binds as literals: its text,
    with %(name)s placeholders, and the values of its constants."""

    text: str
    defaults: Mapping[str, Any]


def compile_literal(statement: ClauseElement) -> LiteralQuery:
    compiled = statement.compile(dialect=_LITERAL_DIALECT)
    return LiteralQuery(str(compiled), dict(compiled.params))


def compile_query(statement: ClauseElement) -> Query:
    prepared, defaults = _prepared(statement)
    return Query((prepared,), defaults)


def compile_script(*statements: ClauseElement) -> Query:
    """Several statements sent in one round trip; the rows are the last one's. Under READ
    COMMITTED each statement still takes its own snapshot, so one that follows a lock
    sees everything committed before the lock was granted. Parameters with the same name
    take the same value in every statement."""
    parts = [_prepared(statement) for statement in statements]
    defaults: dict[str, Any] = {}
    for _, part_defaults in parts:
        for name, value in part_defaults.items():
            if defaults.setdefault(name, value) != value:
                raise ValueError(f"parameter {name!r} has two defaults")
    return Query(tuple(prepared for prepared, _ in parts), defaults)


class Connection:
    """One pooled connection; every repository function takes one."""

    def __init__(self, raw: aiopg.Connection, session: Session, *, prepare: bool = True) -> None:
        self.raw = raw
        # False behind a pooler that hands each transaction another server connection:
        # then every statement is sent whole, its values bound by the driver.
        self.prepare = prepare
        # A transaction's BEGIN rides along with its first statement: one round trip
        # less for every write.
        self.pending_begin: str | None = None
        self.began = False
        # The statements already prepared on this connection (they live as long as it),
        # and the one cursor all its statements run on.
        self.session = session
        self.prepared = session.prepared

    def _text(self, text: str) -> str:
        if self.pending_begin is None:
            return text
        begin, self.pending_begin = self.pending_begin, None
        self.began = True
        return f"{begin}; {text}"

    async def _execute(self, text: str, values: Mapping[str, Any] | None = None) -> aiopg.Cursor:
        cursor = self.session.cursor
        if cursor is None:
            cursor = self.session.cursor = await self.raw.cursor()
        await cursor.execute(self._text(text), values)
        return cursor

    async def _run(self, query: Query, values: Mapping[str, Any]) -> aiopg.Cursor:
        if not self.prepare:
            return await self._execute(query.literal_text, query.params(values))
        for statement in query.statements:
            if statement.name not in self.prepared:
                # Its own round trip, once per connection and statement: a PREPARE
                # outlives a rollback, so once it succeeded the statement is there
                # whatever happens next, and one that failed left nothing behind.
                await self._execute(statement.prepare)
                self.prepared.add(statement.name)
        return await self._execute(query.text, query.params(values))

    async def fetch_all(self, query: Query, **values: Any) -> list[Row]:
        cursor = await self._run(query, values)
        rows = await cursor.fetchall()
        names = query.column_names(cursor)
        return [dict(zip(names, row, strict=True)) for row in rows]

    async def fetch_one(self, query: Query, **values: Any) -> Row | None:
        cursor = await self._run(query, values)
        row = await cursor.fetchone()
        return dict(zip(query.column_names(cursor), row, strict=True)) if row is not None else None

    async def fetch_value(self, query: Query, **values: Any) -> Any:
        cursor = await self._run(query, values)
        row = await cursor.fetchone()
        return row[0] if row is not None else None

    async def execute(self, query: Query, **values: Any) -> int:
        """Run a statement; returns the number of rows it touched."""
        cursor = await self._run(query, values)
        return int(cursor.rowcount)

    async def fetch_all_literal(self, query: LiteralQuery, values: Mapping[str, Any]) -> list[Row]:
        """Run a statement of compile_literal: its values are sent as literals, so it is
        planned with them in view, where a prepared statement's generic plan would not
        tell a common value from a rare one (repository.search)."""
        cursor = await self._execute(query.text, {**query.defaults, **values})
        rows = await cursor.fetchall()
        names = tuple(column.name for column in cursor.description or ())
        return [dict(zip(names, row, strict=True)) for row in rows]

    async def execute_text(self, text: str) -> None:
        """Run a fixed SQL text without parameters (COMMIT, SET ...)."""
        await self._execute(text)


# What a server that is down, restarting, overloaded or out of reach makes a request
# fail with: the same request may well succeed in a moment (503 with Retry-After, never
# a 500). Serialization failures and cancelled statements are OperationalErrors too.
UNREACHABLE = (psycopg2.OperationalError, psycopg2.InterfaceError, PoolClosed, TimeoutError)
RETRY_AFTER_SECONDS = 2
LOG_INTERVAL_SECONDS = 30.0


class Database:
    def __init__(self, pool: Pool, *, prepare: bool = True) -> None:
        self.pool = pool
        self.prepare = prepare
        self.unreachable = 0  # requests failed so, for the metrics
        self._last_log = 0.0

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[Connection]:
        with self._unavailable_when_unreachable():
            raw = await self.pool.acquire()
            try:
                yield Connection(raw, self.pool.session(raw), prepare=self.prepare)
            finally:
                self.pool.release(raw)

    @asynccontextmanager
    async def transaction(self, isolation: str = "READ COMMITTED") -> AsyncIterator[Connection]:
        """One transaction on one connection: COMMIT on success, ROLLBACK on any error."""
        with self._unavailable_when_unreachable():
            raw = await self.pool.acquire()
            connection = Connection(raw, self.pool.session(raw), prepare=self.prepare)
            connection.pending_begin = f"BEGIN ISOLATION LEVEL {isolation}"
            try:
                yield connection
            except BaseException:
                if connection.began and not raw.closed:
                    with contextlib.suppress(*UNREACHABLE):  # what failed is raised below
                        await connection.execute_text("ROLLBACK")
                raise
            else:
                if connection.began:  # a transaction that ran nothing has nothing to end
                    await connection.execute_text("COMMIT")
            finally:
                self.pool.release(raw)

    @contextlib.contextmanager
    def _unavailable_when_unreachable(self) -> Iterator[None]:
        try:
            yield
        except UNREACHABLE as error:
            self.unreachable += 1
            now = time.monotonic()
            if now - self._last_log > LOG_INTERVAL_SECONDS:
                self._last_log = now
                log.warning("the database is unreachable, requests get 503: %r", error)
            raise Unavailable(
                "the database cannot be reached; try again shortly",
                retry_after_seconds=RETRY_AFTER_SECONDS,
            ) from error

    def stats(self) -> dict[str, int]:
        return {"size": self.pool.size, "free": self.pool.freesize, "max": self.pool.maxsize}


@asynccontextmanager
async def open_database(config: DatabaseConfig) -> AsyncIterator[Database]:
    # The server gives up waiting for a lock before the client gives up on the query: a
    # send is committed by the server alone (one implicit transaction), and one that got
    # its lock after its client had left would commit unseen, its event never published.
    # PgBouncer refuses these startup options: behind it (prepared_statements false) its
    # database entry sets them (connect_query; README, "PgBouncer").
    options = f"-c timezone=UTC -c lock_timeout={int(LOCK_TIMEOUT_SECONDS * 1000)}"
    pool = Pool(
        config.url,
        minsize=config.pool_min,
        maxsize=config.pool_max,
        timeout=QUERY_TIMEOUT_SECONDS,
        **({"options": options} if config.prepared_statements else {}),
    )
    try:
        await pool.open()
        yield Database(pool, prepare=config.prepared_statements)
    finally:
        await pool.close()
