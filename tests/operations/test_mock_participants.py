"""How listing a chat's members uses its repository query, seen through a mock.

This is the single place the suite mocks our own code. Everywhere else the tests run
against real PostgreSQL, so they show what the operations do but not how they ask for it:
that `members.get_participants_of_chat` queries one row past the page (`limit + 1`) and reads
the next-page cursor off that extra row, rather than counting or running a second query.
A mock of `repository.members.get_participants_of_chat` records exactly that call and
hands back rows no database would return, so the page and its cursor can only have come
through the operation. The membership check before it stays a real query: it decides
whether the mocked one may run at all.

The mock is patched on the repository module, where `messenger.operations.members` looks it
up at call time (`member_rows.get_participants_of_chat`). It is an AsyncMock specced on the
real function, so calls are matched against the real signature (positional or keyword alike).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from unittest.mock import ANY, AsyncMock, patch

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.api.keys import SERVICES
from messenger.errors import NotFound
from messenger.operations import members
from messenger.repository import members as member_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from tests.support.api import Account, Register, create_chat

Client = TestClient[web.Request, web.Application]

# Far above any id the test database hands out: these users exist only in the mock.
GHOST_IDS = 9_000_000_000_000
JOINED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def ghost_rows(chat_id: int, count: int) -> list[Row]:
    """Member rows shaped like the real query's, for users that are not in the database."""
    return [
        {
            "chat_id": chat_id,
            "user_id": GHOST_IDS + n,
            "role": "member",
            "joined_at": JOINED,
            "last_read_message_id": 0,
            "user_nick": f"ghost_{n}",
            "user_name": f"Ghost {n}",
            "user_avatar": None,
            "user_created_at": JOINED,
            "user_email": f"ghost_{n}@example.com",
            "user_show_presence": True,
            "user_last_seen_at": None,
        }
        for n in range(count)
    ]


@contextmanager
def mocked_participants_query(rows: list[Row]) -> Iterator[AsyncMock]:
    query = AsyncMock(spec=member_rows.get_participants_of_chat, return_value=rows)
    with patch("messenger.repository.members.get_participants_of_chat", query):
        yield query


@pytest.fixture
def services(client: Client) -> Services:
    return client.app[SERVICES]


@pytest.fixture
async def group(client: Client, make_user: Register) -> tuple[Account, int]:
    """A real group chat of three and its owner: the membership check runs for real."""
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [await make_user("bob"), await make_user("carol")])
    return owner, int(chat["id"])


async def test_a_full_page_asks_for_one_extra_row_and_keeps_it_off_the_page(
    services: Services, group: tuple[Account, int]
) -> None:
    owner, chat_id = group
    rows = ghost_rows(chat_id, 4)
    with mocked_participants_query(rows) as query:
        page = await members.get_participants_of_chat(
            services, owner.id, chat_id, after=17, limit=3
        )

    query.assert_awaited_once_with(ANY, chat_id=chat_id, after=17, limit=4)
    assert query.await_args is not None
    assert isinstance(query.await_args.args[0], Connection)
    assert page.items == rows[:3]
    assert all(item is row for item, row in zip(page.items, rows, strict=False))
    # The cursor is the last row kept, not the extra one: the next page starts after it.
    assert page.next == rows[2]["user_id"]


@pytest.mark.parametrize("returned", [0, 1, 3], ids=["no rows", "fewer rows", "exactly limit"])
async def test_without_the_extra_row_the_page_is_the_last(
    services: Services, group: tuple[Account, int], returned: int
) -> None:
    owner, chat_id = group
    rows = ghost_rows(chat_id, returned)
    with mocked_participants_query(rows) as query:
        page = await members.get_participants_of_chat(services, owner.id, chat_id, limit=3)

    query.assert_awaited_once_with(ANY, chat_id=chat_id, after=0, limit=4)
    assert page.items == rows
    assert page.next is None


async def test_a_non_member_is_refused_before_the_members_are_queried(
    services: Services, group: tuple[Account, int], make_user: Register
) -> None:
    _, chat_id = group
    outsider = await make_user("outsider")
    with mocked_participants_query(ghost_rows(chat_id, 2)) as query, pytest.raises(NotFound):
        await members.get_participants_of_chat(services, outsider.id, chat_id)

    query.assert_not_awaited()


@pytest.mark.parametrize(
    ("query_string", "after", "limit"),
    [("", 0, 50), ("?after=12&limit=2", 12, 2)],
    ids=["defaults", "after and limit"],
)
async def test_the_members_endpoint_pages_with_what_the_query_returned(
    client: Client, group: tuple[Account, int], query_string: str, after: int, limit: int
) -> None:
    owner, chat_id = group
    rows = ghost_rows(chat_id, limit + 1)
    with mocked_participants_query(rows) as query:
        response = await client.get(
            f"/api/v1/chats/{chat_id}/members{query_string}", headers=owner.headers
        )
        assert response.status == 200, await response.text()
        body: dict[str, Any] = await response.json()

    query.assert_awaited_once_with(ANY, chat_id=chat_id, after=after, limit=limit + 1)
    assert [item["user"]["id"] for item in body["items"]] == [
        row["user_id"] for row in rows[:limit]
    ]
    assert body["next"] == rows[limit - 1]["user_id"]
