"""`messenger dump`: regenerate sql/001_schema.sql and sql/002_fake_data.sql with pg_dump.

Both come from a throw-away database built by the real migrations and, for the data, by
`messenger seed` with a fixed seed, so the files are reproducible and never edited by
hand. Load them into an empty database with `psql -f sql/001_schema.sql -f
sql/002_fake_data.sql`; yoyo's bookkeeping tables are left out, so such a database is a
snapshot to explore, not one to migrate further.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from messenger.dev.seed import SeedPlan, seed_database
from messenger.dev.stack import postgres_bin_dir
from messenger.repository.migrations import apply_migrations, create_database, drop_database

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
SCHEMA_FILE = "001_schema.sql"
DATA_FILE = "002_fake_data.sql"
# Small enough to read and to load in a test, big enough to show every kind of row.
FAKE_DATA_PLAN = SeedPlan(users=40, chats=80, messages=1500, seed=2026)
# pg_dump otherwise picks a random psql \restrict key per run; a fixed one keeps the files
# reproducible (it only guards psql against meta-commands smuggled into the data).
RESTRICT_KEY = "messengerdump"
YOYO_TABLES = ("_yoyo_migration", "_yoyo_log", "_yoyo_version", "yoyo_lock")


def postgres_tool(name: str) -> str:
    """The client tool matching the server major version when the server is local."""
    bin_dir = postgres_bin_dir()
    if bin_dir is not None and (bin_dir / name).exists():
        return str(bin_dir / name)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed (Debian package postgresql-client)")
    return found


def _pg_dump_help() -> str:
    return subprocess.run(
        [postgres_tool("pg_dump"), "--help"], check=True, capture_output=True, text=True
    ).stdout


def _pg_dump(url: str, *options: str) -> str:
    excluded = [f"--exclude-table={table}" for table in YOYO_TABLES]
    if "--restrict-key" in _pg_dump_help():
        excluded.append(f"--restrict-key={RESTRICT_KEY}")
    result = subprocess.run(
        [postgres_tool("pg_dump"), "--no-owner", "--no-privileges", *excluded, *options, url],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def dump(database_url: str, target: Path = SQL_DIR) -> list[Path]:
    """Write both dump files from a fresh database next to the configured one."""
    parts = urlsplit(database_url)
    scratch = urlunsplit(parts._replace(path=f"/messenger_dump_{uuid.uuid4().hex[:8]}"))
    create_database(scratch)
    try:
        apply_migrations(scratch)
        schema = _pg_dump(scratch, "--schema-only")
        seed_database(scratch, FAKE_DATA_PLAN, show_progress=False)
        data = _pg_dump(scratch, "--data-only")
    finally:
        drop_database(scratch)
    target.mkdir(parents=True, exist_ok=True)
    written = [target / SCHEMA_FILE, target / DATA_FILE]
    written[0].write_text(schema, encoding="utf-8")
    written[1].write_text(data, encoding="utf-8")
    return written


def load(database_url: str, files: list[Path]) -> None:
    """Load dump files into a database with psql, stopping at the first error."""
    arguments = [postgres_tool("psql"), "-q", "-v", "ON_ERROR_STOP=1", "-d", database_url]
    for path in files:
        arguments += ["-f", str(path)]
    subprocess.run(arguments, check=True, capture_output=True)
