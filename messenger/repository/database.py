"""Facts about the database itself."""

from __future__ import annotations

from sqlalchemy import text

from messenger.repository.db import Connection, compile_query

_OID = compile_query(text("SELECT oid FROM pg_database WHERE datname = current_database()"))


async def database_oid(conn: Connection) -> int:
    """Different for a database dropped and created again under the same name, whose ids
    start over: state kept outside it (cache keys, event ordering) is scoped by it."""
    return int(await conn.fetch_value(_OID))


async def ping(conn: Connection) -> None:
    """A round trip that touches no table: the database answers."""
    await conn.execute_text("SELECT 1")
