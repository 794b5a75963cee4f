"""Create the database when missing and bring its schema up to date with yoyo."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg2
from psycopg2 import sql
from yoyo import get_backend, read_migrations
from yoyo.backends import DatabaseBackend

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def _maintenance_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    database = parts.path.lstrip("/")
    return urlunsplit(parts._replace(path="/postgres")), database


def create_database(url: str) -> bool:
    """Create the database named in url; False when it already exists."""
    admin_url, name = _maintenance_url(url)
    connection = psycopg2.connect(admin_url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cursor.fetchone():
                return False
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    finally:
        connection.close()


def drop_database(url: str) -> None:
    admin_url, name = _maintenance_url(url)
    connection = psycopg2.connect(admin_url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
    finally:
        connection.close()


@contextmanager
def _locked_backend(url: str) -> Iterator[DatabaseBackend]:
    """yoyo's backend for the database, under its migration lock, its connection closed
    on the way out: not whenever the collector frees the backend, as an open session
    keeps the database from being dropped or copied (CREATE DATABASE ... TEMPLATE)."""
    backend = get_backend(url)
    try:
        with backend.lock():
            yield backend
    finally:
        backend.connection.close()


def apply_migrations(url: str, migrations_dir: Path = MIGRATIONS_DIR) -> int:
    """Apply every pending migration; returns how many were applied."""
    with _locked_backend(url) as backend:
        pending = backend.to_apply(read_migrations(str(migrations_dir)))
        backend.apply_migrations(pending)
    return len(pending)


def rollback_migrations(url: str, migrations_dir: Path = MIGRATIONS_DIR) -> int:
    """Roll back every applied migration; returns how many were rolled back."""
    with _locked_backend(url) as backend:
        applied = backend.to_rollback(read_migrations(str(migrations_dir)))
        backend.rollback_migrations(applied)
    return len(applied)
