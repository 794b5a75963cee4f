"""The statement layer: every repository statement runs as a server-side prepared one."""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import bindparam, select

import messenger.repository
from messenger.config import replace_section
from messenger.repository.database import database_oid
from messenger.repository.db import COMPILED, Database, compile_query, open_database
from messenger.repository.migrations import create_database, drop_database
from messenger.repository.tables import users


def import_every_repository() -> None:
    for module in pkgutil.iter_modules(messenger.repository.__path__):
        importlib.import_module(f"messenger.repository.{module.name}")


async def test_every_repository_statement_prepares_on_the_real_schema(services_db: Database):
    """PostgreSQL must infer each parameter's type from the statement alone; one it
    cannot would fail on first use in production, so all are prepared here."""
    import_every_repository()
    assert len(COMPILED) > 40
    async with services_db.connection() as conn:
        for statement in COMPILED:
            await conn.execute_text(statement.prepare)
            await conn.execute_text(f"DEALLOCATE {statement.name}")


async def test_a_statement_is_prepared_once_per_connection_and_survives_a_rollback(
    services_db: Database,
):
    query = compile_query(
        select(users.c.id, users.c.nick).where(users.c.id == bindparam("test_user_id"))
    )
    async with services_db.connection() as conn:
        conn.prepared.discard(query.statements[0].name)
        await conn.execute_text("BEGIN")
        assert await conn.fetch_value(query, test_user_id=-1) is None
        await conn.execute_text("ROLLBACK")
        assert query.statements[0].name in conn.prepared
        # Executed without a new PREPARE: a second one of the same name would fail.
        assert await conn.fetch_value(query, test_user_id=-1) is None


async def test_a_database_created_again_under_its_name_has_another_oid(config):
    # Cache keys and the event ordering state outlive a dropped database; its successor's
    # ids start over, so that state is scoped by the oid (see messenger.services.container).
    url = f"{config.database.url}_oid"
    oids = []
    for _ in range(2):
        create_database(url)
        try:
            database = replace_section(config, "database", url=url).database
            async with open_database(database) as db, db.connection() as conn:
                oids.append(await database_oid(conn))
        finally:
            drop_database(url)
    assert oids[0] != oids[1]
