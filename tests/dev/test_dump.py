"""sql/ dumps: reproducible from the migrations and the seed, and loadable as they are."""

from __future__ import annotations

import uuid
from pathlib import Path

from messenger.api.app import create_app
from messenger.config import replace_section
from messenger.dev.dump import DATA_FILE, SCHEMA_FILE, SQL_DIR, dump, load
from messenger.dev.seed import DEMO_PASSWORD
from messenger.repository.migrations import create_database, drop_database
from tests.support.databases import database_url


def without_comments(text: str) -> list[str]:
    # pg_dump's comments name its own version; the statements are what must match.
    return [line for line in text.splitlines() if not line.startswith("--")]


def test_committed_dumps_are_what_messenger_dump_writes_today(config, tmp_path):
    written = dump(config.database.url, tmp_path)
    assert [p.name for p in written] == [SCHEMA_FILE, DATA_FILE]
    for path in written:
        committed = (SQL_DIR / path.name).read_text(encoding="utf-8")
        assert without_comments(path.read_text(encoding="utf-8")) == without_comments(committed), (
            f"sql/{path.name} is stale: run `messenger dump`"
        )


async def test_fake_data_dump_loads_into_an_empty_database_and_a_seeded_user_logs_in(
    aiohttp_client, config
):
    url = database_url(config.database.url, f"messenger_load_{uuid.uuid4().hex[:8]}")
    create_database(url)
    try:
        load(url, [Path(SQL_DIR / SCHEMA_FILE), Path(SQL_DIR / DATA_FILE)])
        app_config = replace_section(config, "database", url=url)
        client = await aiohttp_client(create_app(app_config))
        response = await client.post(
            "/api/v1/auth/login", json={"login": "user0000001", "password": DEMO_PASSWORD}
        )
        assert response.status == 200, await response.text()
        token = (await response.json())["token"]
        chats = await client.get("/api/v1/chats", headers={"Authorization": f"Bearer {token}"})
        assert chats.status == 200
        assert (await chats.json())["items"], "the seeded user has chats"
        await client.close()
    finally:
        drop_database(url)
