"""The yoyo migrations, on a database of their own: a stairway test (each migration
applies, rolls back to exactly the schema before it, and applies again) and idempotent
`apply`."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Iterator
from contextlib import closing
from typing import Any

import psycopg2
import pytest
from yoyo import get_backend, read_migrations

from messenger.config import Config
from messenger.repository.migrations import (
    MIGRATIONS_DIR,
    apply_migrations,
    create_database,
    drop_database,
    rollback_migrations,
)
from tests.support.databases import database_url

Schema = dict[str, frozenset[tuple[str, ...]]]

# Every query yields rows whose first column is the table (or object) name, so yoyo's
# own bookkeeping can be told apart from our schema.
SCHEMA_QUERIES = {
    "tables": """
        SELECT table_name, table_type FROM information_schema.tables
        WHERE table_schema = 'public'""",
    "columns": """
        SELECT table_name, column_name, data_type, is_nullable,
               coalesce(column_default, ''), is_identity, coalesce(identity_generation, '')
        FROM information_schema.columns WHERE table_schema = 'public'""",
    "indexes": """
        SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'""",
    "constraints": """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace""",
    "sequences": """
        SELECT sequence_name FROM information_schema.sequences
        WHERE sequence_schema = 'public'""",
    "types": """
        SELECT typname, typtype::text FROM pg_type
        WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r')""",
    "functions": """
        SELECT proname, pg_get_function_identity_arguments(oid) FROM pg_proc
        WHERE pronamespace = 'public'::regnamespace""",
    # The database's own settings (ALTER DATABASE ... SET), e.g. 0011.planner's.
    "settings": """
        SELECT unnest(setconfig) FROM pg_db_role_setting
        WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND setrole = 0""",
}


def is_yoyo_object(name: str) -> bool:
    return name.startswith("_yoyo") or name.startswith("yoyo_lock")


def our_schema(url: str) -> Schema:
    """Our part of the public schema: tables, columns, indexes, constraints, ..."""
    with closing(psycopg2.connect(url)) as connection, connection.cursor() as cursor:
        schema: Schema = {}
        for kind, query in SCHEMA_QUERIES.items():
            cursor.execute(query)
            schema[kind] = frozenset(
                tuple(str(value) for value in row)
                for row in cursor.fetchall()
                if not is_yoyo_object(row[0])
            )
        return schema


def describe_difference(expected: Schema, actual: Schema) -> str:
    lines = []
    for kind in SCHEMA_QUERIES:
        lines += [f"missing {kind[:-1]}: {row}" for row in sorted(expected[kind] - actual[kind])]
        lines += [f"extra {kind[:-1]}: {row}" for row in sorted(actual[kind] - expected[kind])]
    return "\n".join(lines)


EMPTY: Schema = {kind: frozenset() for kind in SCHEMA_QUERIES}


@pytest.fixture
def empty_database(config: Config) -> Iterator[str]:
    url = database_url(config.database.url, f"messenger_stairway_{uuid.uuid4().hex[:12]}")
    assert create_database(url)
    try:
        yield url
    finally:
        drop_database(url)


def test_each_migration_rolls_back_to_the_schema_before_it_and_applies_again(
    empty_database: str,
) -> None:
    url = empty_database
    backend = get_backend(url)
    try:
        migrations = backend.to_apply(read_migrations(str(MIGRATIONS_DIR)))
        assert len(migrations) > 0
        with backend.lock():
            for migration in migrations:
                before = our_schema(url)
                backend.apply_one(migration)
                applied = our_schema(url)
                assert backend.is_applied(migration)
                assert applied != before, f"{migration.id} changed nothing"

                backend.rollback_one(migration)
                assert not backend.is_applied(migration)
                after_rollback = our_schema(url)
                assert after_rollback == before, (
                    f"rolling back {migration.id} left the schema different:\n"
                    + describe_difference(before, after_rollback)
                )

                backend.apply_one(migration)
                reapplied = our_schema(url)
                assert reapplied == applied, (
                    f"{migration.id} applied again differs:\n"
                    + describe_difference(applied, reapplied)
                )

            for migration in reversed(migrations):
                backend.rollback_one(migration)
        assert backend.get_applied_migration_hashes() == []
    finally:
        backend.connection.close()
    leftovers = our_schema(url)
    assert leftovers == EMPTY, "rolled back, yet left:\n" + describe_difference(EMPTY, leftovers)


def test_apply_migrations_a_second_time_applies_nothing(empty_database: str) -> None:
    total = len(read_migrations(str(MIGRATIONS_DIR)))

    assert apply_migrations(empty_database) == total
    first = our_schema(empty_database)
    assert apply_migrations(empty_database) == 0
    assert our_schema(empty_database) == first


def test_migrated_database_matches_the_suite_database(empty_database: str, config: Config) -> None:
    apply_migrations(empty_database)
    fresh = our_schema(empty_database)
    suite = our_schema(config.database.url)
    assert fresh == suite, describe_difference(suite, fresh)


def test_rollback_migrations_removes_every_table_of_ours(empty_database: str) -> None:
    total = apply_migrations(empty_database)

    assert rollback_migrations(empty_database) == total
    leftovers = our_schema(empty_database)
    assert leftovers == EMPTY, "rolled back, yet left:\n" + describe_difference(EMPTY, leftovers)


def first_value(cursor: Any) -> Any:
    row = cursor.fetchone()
    assert row is not None
    return row[0]


def test_message_files_marks_the_messages_that_files_were_sent_with(empty_database: str) -> None:
    # 0013.message-files on a database with messages already: only those with files
    # attached get has_files; an upload not sent yet marks nothing.
    url = empty_database
    backend = get_backend(url)
    try:
        migrations = backend.to_apply(read_migrations(str(MIGRATIONS_DIR)))
        with backend.lock():
            for migration in migrations:
                if migration.id == "0013.message-files":
                    break
                backend.apply_one(migration)
            with closing(psycopg2.connect(url)) as connection, connection.cursor() as cursor:
                cursor.execute(
                    "INSERT INTO users (nick, name, email, password_hash)"
                    " VALUES ('annie', 'Ann', 'ann@example.org', 'x') RETURNING id"
                )
                user_id = first_value(cursor)
                cursor.execute(
                    "INSERT INTO chats (is_group_chat, topic) VALUES (true, 'files') RETURNING id"
                )
                chat_id = first_value(cursor)
                cursor.execute(
                    "INSERT INTO messages (chat_id, user_id, content)"
                    " SELECT %s, %s, 'message ' || n FROM generate_series(1, 3) n RETURNING id",
                    (chat_id, user_id),
                )
                plain, with_files, later = sorted(row[0] for row in cursor.fetchall())
                cursor.execute(
                    "INSERT INTO attachments"
                    " (chat_id, message_id, user_id, filename, content_type, size, storage_key)"
                    " VALUES (%(c)s, %(m)s, %(u)s, 'a', 'text/plain', 1, 'k1'),"
                    " (%(c)s, %(m)s, %(u)s, 'b', 'text/plain', 1, 'k2'),"
                    " (%(c)s, NULL, %(u)s, 'c', 'text/plain', 1, 'k3')",
                    {"c": chat_id, "m": with_files, "u": user_id},
                )
                connection.commit()
            backend.apply_one(migration)
            with closing(psycopg2.connect(url)) as connection, connection.cursor() as cursor:
                cursor.execute("SELECT id, has_files FROM messages ORDER BY id")
                assert cursor.fetchall() == [(plain, False), (with_files, True), (later, False)]
    finally:
        backend.connection.close()


def test_applying_and_rolling_back_leave_no_session_behind(empty_database: str) -> None:
    # An open session keeps a database from being dropped or used as a template (the
    # bench copies its seeded database); the collector must not be what closes it.
    def sessions() -> int:
        with closing(psycopg2.connect(empty_database)) as connection, connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            return int(first_value(cursor))

    collecting = gc.isenabled()
    gc.disable()
    try:
        assert apply_migrations(empty_database) > 0
        assert sessions() == 0
        assert rollback_migrations(empty_database) > 0
        assert sessions() == 0
    finally:
        if collecting:
            gc.enable()
