"""The chat-list cache on a real memcached: read-through, invalidation by every write for
every affected member, the stale-write race, and a memcached that is dead, dies, stalls or
hangs up (always a miss, never an error, never a stale list)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import secrets
import signal
import socket
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import aiomcache
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.api.keys import SERVICES
from messenger.config import Config, MemcachedConfig
from messenger.services.chat_cache import (
    CALL_TIMEOUT_SECONDS,
    REBUMP_AFTER_SECONDS,
    ChatListCache,
    decode,
    encode,
    speaks_meta,
)
from tests.support.api import Account, AppFactory, create_chat, register, send
from tests.support.ports import free_port

Client = TestClient[web.Request, web.Application]
CHATS = "/api/v1/chats"


# --- real memcached processes and fake ones ---------------------------------------------


def start_memcached(port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        ["memcached", "-u", "nobody", "-l", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 5
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.1):
            return process
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"memcached did not start on port {port}")
        time.sleep(0.01)


def stop_memcached(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()  # SIGKILL: a paused (SIGSTOP) memcached dies too
    process.wait()


def thread_states(process: subprocess.Popen[bytes]) -> set[str]:
    """The scheduler state of each thread of a process, from /proc/<pid>/task/*/stat."""
    return {
        (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
        for task in Path(f"/proc/{process.pid}/task").iterdir()
    }


def pause(process: subprocess.Popen[bytes]) -> None:
    """Stop memcached (it keeps accepting connections and requests, and answers nothing)
    and wait until every thread of it has stopped, so not one answer slips out."""
    os.kill(process.pid, signal.SIGSTOP)
    deadline = time.monotonic() + 5
    while not thread_states(process) <= {"T", "t"}:
        assert time.monotonic() < deadline, "memcached did not stop"
        time.sleep(0.001)


async def resume(process: subprocess.Popen[bytes]) -> None:
    """Let a paused memcached go on, and give its late answers time to arrive."""
    os.kill(process.pid, signal.SIGCONT)
    await asyncio.sleep(CALL_TIMEOUT_SECONDS / 2)


@contextlib.contextmanager
def private_memcached() -> Iterator[tuple[int, list[subprocess.Popen[bytes]]]]:
    """A memcached of the test's own on a free port: (port, [process]); whatever process
    the test (re)starts into the list is killed at the end."""
    port = free_port()
    processes = [start_memcached(port)]
    try:
        yield port, processes
    finally:
        for process in processes:
            stop_memcached(process)


Answer = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def fake_memcached(answer: Answer) -> AsyncIterator[int]:
    """A TCP server on a free port that treats each connection with `answer`."""
    writers: set[asyncio.StreamWriter] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.add(writer)
        try:
            await answer(reader, writer)
        except OSError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for writer in writers:
            writer.close()
        await server.wait_closed()


async def never_answers(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read()  # holds the connection until the client hangs up


async def hangs_up_before_answering(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    await reader.readline()


async def hangs_up_mid_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readline()
    writer.write(b"VALUE chatver:1 0 100\r\n12")
    await writer.drain()


async def finds_nothing_and_stores_nothing(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    while await reader.readline():
        writer.write(b"END\r\n")  # an empty get, and no answer a set or an add expects
        await writer.drain()


async def answers_nonsense(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while await reader.readline():
        writer.write(b"WHAT\r\n")
        await writer.drain()


# --- the cache itself ---------------------------------------------------------------------


def some_user_id() -> int:
    return secrets.randbits(48)


def some_namespace() -> str:
    """A namespace of the test's own on the shared memcached."""
    return f"test_cache {uuid4().hex}"  # with a space: quoted into a valid key


@pytest.fixture
async def cache(config: Config) -> AsyncIterator[ChatListCache]:
    chat_cache = ChatListCache(config.memcached, namespace=some_namespace())
    try:
        yield chat_cache
    finally:
        await chat_cache.close()


class Loader:
    """A load() for read_through that returns `value` and counts its calls."""

    def __init__(self, value: Any) -> None:
        self.value = value
        self.calls = 0

    async def __call__(self) -> Any:
        self.calls += 1
        return self.value


async def test_read_through_loads_on_a_miss_and_serves_the_stored_value_on_a_hit(cache):
    user_id = some_user_id()
    load = Loader({"items": [{"id": 1}], "next": None})

    assert await cache.read_through(user_id, "first:50", load) == load.value
    assert (load.calls, cache.hits, cache.misses) == (1, 0, 1)
    assert await cache.read_through(user_id, "first:50", load) == load.value
    assert (load.calls, cache.hits, cache.misses, cache.errors) == (1, 1, 1, 0)


async def test_invalidate_makes_the_next_read_load_again(cache):
    user_id = some_user_id()
    load = Loader("old")
    await cache.read_through(user_id, "first:50", load)
    load.value = "new"

    await cache.invalidate([user_id])

    assert await cache.read_through(user_id, "first:50", load) == "new"
    assert load.calls == 2
    assert cache.errors == 0


async def test_the_real_memcached_takes_the_bumps_as_quiet_meta_sets(cache):
    await cache.invalidate([some_user_id()])
    assert cache.client.speaks_meta is True
    assert cache.errors == 0


async def test_a_memcached_older_than_1_6_takes_the_bumps_as_classic_sets(cache):
    # No memcached before 1.6 is packaged here: the real one is told to be taken for one
    # (classic sets work on every version), so the path runs against a real server.
    cache.client.speaks_meta = False
    users = [some_user_id(), some_user_id()]
    loads = {user_id: Loader("old") for user_id in users}
    for user_id in users:
        await cache.read_through(user_id, "first:50", loads[user_id])
        loads[user_id].value = "new"

    await cache.invalidate(users)

    for user_id in users:
        assert await cache.read_through(user_id, "first:50", loads[user_id]) == "new"
        assert loads[user_id].calls == 2
    assert (cache.client.speaks_meta, cache.errors) == (False, 0)


async def test_a_failed_call_asks_the_version_again_on_the_next_bump():
    # memcached may come back as another version (an upgrade): what was learnt goes.
    with private_memcached() as (port, processes):
        cache = ChatListCache(MemcachedConfig(port=port), namespace=some_namespace())
        try:
            await cache.invalidate([some_user_id()])
            assert cache.client.speaks_meta is True
            stop_memcached(processes[0])
            await cache.invalidate([some_user_id()])
            assert cache.errors > 0
            assert cache.client.speaks_meta is None
        finally:
            await cache.close()


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        (b"VERSION 1.6.18\r\n", True),
        (b"VERSION 1.10.0\r\n", True),
        (b"VERSION 2.0.0\r\n", True),
        (b"VERSION 1.5.22\r\n", False),
        (b"VERSION 1.4.5\r\n", False),
        (b"VERSION 1.6.x-custom\r\n", True),
        (b"VERSION unknown\r\n", False),
    ],
)
def test_meta_commands_are_used_from_memcached_1_6_on(line: bytes, meta: bool):
    assert speaks_meta(line) is meta


@pytest.mark.parametrize("line", [b"ERROR\r\n", b"", b"VERSION 1.6.18"])
def test_an_answer_to_version_that_is_not_one_fails_the_call(line: bytes):
    with pytest.raises(aiomcache.exceptions.ClientException):
        speaks_meta(line)


async def test_invalidate_of_a_user_who_never_read_is_a_quiet_no_op(cache):
    await cache.invalidate([some_user_id(), some_user_id()])
    assert cache.errors == 0


async def test_invalidate_drops_every_cached_variant_of_the_users_list(cache):
    user_id = some_user_id()
    loads = {variant: Loader(variant) for variant in ("first:10", "first:50")}
    for variant, load in loads.items():
        await cache.read_through(user_id, variant, load)

    await cache.invalidate([user_id])

    for variant, load in loads.items():
        await cache.read_through(user_id, variant, load)
        assert load.calls == 2


async def test_invalidating_one_user_keeps_another_users_list_cached(cache):
    alice, bob = some_user_id(), some_user_id()
    alice_load, bob_load = Loader("alice's"), Loader("bob's")
    await cache.read_through(alice, "first:50", alice_load)
    await cache.read_through(bob, "first:50", bob_load)

    await cache.invalidate([alice])

    assert await cache.read_through(bob, "first:50", bob_load) == "bob's"
    assert bob_load.calls == 1
    await cache.read_through(alice, "first:50", alice_load)
    assert alice_load.calls == 2


async def test_users_with_the_same_variant_do_not_share_a_cached_list(cache):
    alice, bob = some_user_id(), some_user_id()
    await cache.read_through(alice, "first:50", Loader("alice's"))
    assert await cache.read_through(bob, "first:50", Loader("bob's")) == "bob's"


def test_encode_and_decode_round_trip_datetimes_uuids_bytes_and_nested_rows():
    moscow = timezone(timedelta(hours=3))
    value = {
        "items": [
            {
                "id": 7,
                "topic": "Ünïcødé ✓",
                "created_at": datetime(2024, 2, 29, 23, 59, 59, 123456, tzinfo=UTC),
                "last_message": {
                    "client_message_id": UUID("12345678-1234-5678-1234-567812345678"),
                    "created_at": datetime(2024, 3, 1, 2, 0, tzinfo=moscow),
                    "edited_at": None,
                    "attachments": [{"id": 1, "size": 10, "blob": b"\x00\xff"}],
                },
            }
        ],
        "next": None,
        "tags": {"$dt": "not a date, two keys", "x": 1},
    }
    assert decode(encode(value)) == value
    assert decode(encode(value))["items"][0]["last_message"]["created_at"].utcoffset() == (
        timedelta(hours=3)
    )


def test_encode_refuses_a_value_it_could_not_give_back():
    with pytest.raises(TypeError):
        encode({"when": object()})


UNPICKLED: list[str] = []


def record_unpickling() -> str:
    UNPICKLED.append("ran")
    return "pwned"


class Payload:
    def __reduce__(self) -> tuple[Any, ...]:
        return (record_unpickling, ())


def test_decode_never_unpickles():
    payload = pickle.dumps(Payload())
    pickle.loads(payload)
    assert UNPICKLED == ["ran"]
    UNPICKLED.clear()

    with pytest.raises(ValueError):
        decode(payload)
    assert UNPICKLED == []


async def test_a_cached_value_that_is_not_ours_is_a_miss_and_is_replaced(cache):
    user_id = some_user_id()
    load = Loader({"items": []})
    await cache.read_through(user_id, "first:50", load)
    version = await cache.client.get(cache._version_key(user_id))
    foreign = version + b"\n" + pickle.dumps(Payload())  # the current version, not our format
    await cache.client.set(cache._page_key(user_id, "first:50"), foreign)

    assert await cache.read_through(user_id, "first:50", load) == {"items": []}
    assert (load.calls, cache.errors) == (2, 1)
    assert UNPICKLED == []
    assert await cache.read_through(user_id, "first:50", load) == {"items": []}
    assert (load.calls, cache.hits) == (2, 1)


def only_lists(raw: bytes) -> bytes:
    if not raw.startswith(b"["):
        raise ValueError("not ours")
    return raw


async def test_bytes_are_served_as_stored_and_a_foreign_value_is_a_miss(cache):
    user_id = some_user_id()
    load = Loader(b"[1, 2]")
    assert await cache.read_through_bytes(user_id, "first:50", load, only_lists) == b"[1, 2]"
    assert await cache.read_through_bytes(user_id, "first:50", load, only_lists) == b"[1, 2]"
    assert (load.calls, cache.hits) == (1, 1)

    version = await cache.client.get(cache._version_key(user_id))
    await cache.client.set(cache._page_key(user_id, "first:50"), version + b"\n{}")
    assert await cache.read_through_bytes(user_id, "first:50", load, only_lists) == b"[1, 2]"
    assert (load.calls, cache.errors) == (2, 1)


async def test_concurrent_first_reads_agree_on_one_version(cache):
    user_id = some_user_id()
    loads = [Loader("list") for _ in range(4)]
    await asyncio.gather(*(cache.read_through(user_id, "first:50", load) for load in loads))

    assert await cache.read_through(user_id, "first:50", Loader("other")) == "list"
    assert (cache.hits, cache.errors) == (1, 0)


async def test_the_same_user_id_in_another_namespace_has_its_own_list(config):
    """Ids of another database (or of a recreated one) must not reach this one's lists."""
    this = ChatListCache(config.memcached, namespace=some_namespace())
    other = ChatListCache(config.memcached, namespace=some_namespace())
    try:
        await other.read_through(1, "first:50", Loader("the other database's user 1"))
        await other.read_through(1, "first:50", Loader("the other database's user 1"))
        assert other.hits == 1

        assert await this.read_through(1, "first:50", Loader("this user 1")) == "this user 1"
        await other.invalidate([1])
        assert await this.read_through(1, "first:50", Loader("reloaded")) == "this user 1"
        assert (this.hits, this.misses, this.errors) == (1, 1, 0)
    finally:
        await this.close()
        await other.close()


# --- the stale-write race -------------------------------------------------------------------


@pytest.mark.parametrize("warm", [False, True], ids=["first-read", "cached-before"])
async def test_a_list_loaded_before_a_write_is_not_served_after_it(cache, warm):
    """A reader loads the old list, a write commits and invalidates, then the reader
    stores what it loaded: the next read must load again, not serve the old list."""
    user_id = some_user_id()
    if warm:
        await cache.read_through(user_id, "first:50", Loader("older"))
        await cache.invalidate([user_id])
    loading, finish = asyncio.Event(), asyncio.Event()

    async def slow_load() -> str:
        loading.set()
        await finish.wait()
        return "old"

    reader = asyncio.create_task(cache.read_through(user_id, "first:50", slow_load))
    await loading.wait()
    await cache.invalidate([user_id])  # the write's commit happened after the read
    finish.set()
    assert await reader == "old"

    fresh = Loader("new")
    assert await cache.read_through(user_id, "first:50", fresh) == "new"
    assert fresh.calls == 1


async def test_an_old_list_stored_after_a_fresh_one_is_not_served(cache):
    """A slow reader stores the list it loaded before a write over the one a later
    reader loaded after it: the next read must load again, not serve the old list."""
    user_id = some_user_id()
    await cache.read_through(user_id, "first:50", Loader("older"))
    await cache.invalidate([user_id])
    loading, finish = asyncio.Event(), asyncio.Event()

    async def slow_load() -> str:
        loading.set()
        await finish.wait()
        return "old"

    slow_reader = asyncio.create_task(cache.read_through(user_id, "first:50", slow_load))
    await loading.wait()
    await cache.invalidate([user_id])
    assert await cache.read_through(user_id, "first:50", Loader("new")) == "new"
    finish.set()
    assert await slow_reader == "old"

    fresh = Loader("newest")
    assert await cache.read_through(user_id, "first:50", fresh) == "newest"
    assert fresh.calls == 1


# --- through the HTTP API: every write refreshes every affected member's list -----------------


def chat_cache(client: Client) -> ChatListCache:
    return client.app[SERVICES].chat_cache


async def chat_list(client: Client, viewer: Account) -> list[dict[str, Any]]:
    response = await client.get(CHATS, headers=viewer.headers)
    assert response.status == 200, await response.text()
    items: list[dict[str, Any]] = (await response.json())["items"]
    return items


async def chat_in_list(client: Client, viewer: Account, chat_id: int) -> dict[str, Any] | None:
    return next((chat for chat in await chat_list(client, viewer) if chat["id"] == chat_id), None)


async def listed_chat(client: Client, viewer: Account, chat_id: int) -> dict[str, Any]:
    chat = await chat_in_list(client, viewer, chat_id)
    assert chat is not None, f"chat {chat_id} is missing from the list of {viewer.id}"
    return chat


async def warm(client: Client, *viewers: Account) -> None:
    """Get each viewer's list cached: the second read must be a hit with the same list."""
    cache = chat_cache(client)
    for viewer in viewers:
        first = await chat_list(client, viewer)
        hits = cache.hits
        assert await chat_list(client, viewer) == first
        assert cache.hits == hits + 1


async def test_first_chat_list_read_is_a_miss_and_the_second_a_hit(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob])
    cache = chat_cache(client)
    hits, misses = cache.hits, cache.misses

    first = await chat_list(client, alice)
    assert (cache.hits, cache.misses) == (hits, misses + 1)
    second = await chat_list(client, alice)
    assert (cache.hits, cache.misses) == (hits + 1, misses + 1)
    assert second == first
    assert [c["id"] for c in first] == [chat["id"]]
    assert cache.errors == 0


async def test_a_later_page_is_not_served_from_the_cache(client, make_user):
    alice = await make_user("alice")
    for _ in range(3):
        await create_chat(client, alice, [])
    response = await client.get(CHATS, params={"limit": 2}, headers=alice.headers)
    cursor = (await response.json())["next"]
    cache = chat_cache(client)
    hits, misses = cache.hits, cache.misses

    for _ in range(2):
        response = await client.get(
            CHATS, params={"limit": 2, "after": cursor}, headers=alice.headers
        )
        assert response.status == 200
        assert len((await response.json())["items"]) == 1
    assert (cache.hits, cache.misses) == (hits, misses)


@pytest.mark.parametrize("group", [False, True], ids=["personal", "group"])
async def test_a_new_chat_appears_in_the_list_of_every_member(client, make_user, group):
    alice = await make_user("alice")
    bob = await make_user("bob")
    await warm(client, alice, bob)

    chat = await create_chat(client, alice, [bob], group=group)

    for viewer in (alice, bob):
        listed = await listed_chat(client, viewer, chat["id"])
        assert listed["members_count"] == 2


async def test_a_new_message_shows_as_last_message_and_unread_for_the_other_member(
    client, make_user
):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    await warm(client, alice, bob)

    message = await send(client, alice, chat["id"], "hello bob")

    for viewer, unread in ((alice, 0), (bob, 1)):
        listed = await listed_chat(client, viewer, chat["id"])
        assert listed["last_message"]["id"] == message["id"]
        assert listed["last_message"]["content"] == "hello bob"
        assert listed["unread_count"] == unread


async def test_editing_the_last_message_shows_the_new_content_to_every_member(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, alice, [bob, carol])
    message = await send(client, alice, chat["id"], "helo")
    await warm(client, alice, bob, carol)

    response = await client.patch(
        f"/api/v1/messages/{message['id']}", json={"content": "hello"}, headers=alice.headers
    )
    assert response.status == 200, await response.text()

    for viewer in (alice, bob, carol):
        last = (await listed_chat(client, viewer, chat["id"]))["last_message"]
        assert (last["id"], last["content"]) == (message["id"], "hello")
        assert last["edited_at"] is not None


async def test_deleting_the_last_message_shows_the_one_before_to_every_member(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    first = await send(client, alice, chat["id"], "first")
    last = await send(client, alice, chat["id"], "oops")
    await warm(client, alice, bob)

    response = await client.delete(f"/api/v1/messages/{last['id']}", headers=alice.headers)
    assert response.status == 204

    for viewer, unread in ((alice, 0), (bob, 1)):
        listed = await listed_chat(client, viewer, chat["id"])
        assert listed["last_message"]["id"] == first["id"]
        assert listed["unread_count"] == unread


async def test_reading_resets_the_readers_unread_count_in_their_list(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    await send(client, alice, chat["id"], "one")
    last = await send(client, alice, chat["id"], "two")
    await warm(client, alice, bob)
    assert (await listed_chat(client, bob, chat["id"]))["unread_count"] == 2

    response = await client.post(
        f"{CHATS}/{chat['id']}/read", json={"message_id": last["id"]}, headers=bob.headers
    )
    assert response.status == 200, await response.text()

    assert (await listed_chat(client, bob, chat["id"]))["unread_count"] == 0
    assert (await listed_chat(client, alice, chat["id"]))["unread_count"] == 0


async def test_an_added_member_sees_the_chat_and_everyone_sees_the_new_count(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, alice, [bob])
    await warm(client, alice, bob, carol)
    assert await chat_in_list(client, carol, chat["id"]) is None

    response = await client.post(
        f"{CHATS}/{chat['id']}/members", json={"user_ids": [carol.id]}, headers=alice.headers
    )
    assert response.status == 200, await response.text()

    for viewer in (alice, bob, carol):
        assert (await listed_chat(client, viewer, chat["id"]))["members_count"] == 3


@pytest.mark.parametrize("by_owner", [True, False], ids=["removed-by-owner", "leaves"])
async def test_a_removed_member_loses_the_chat_and_the_rest_see_the_new_count(
    client, make_user, by_owner
):
    alice = await make_user("alice")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, alice, [bob, carol])
    await warm(client, alice, bob, carol)

    actor = alice if by_owner else bob
    response = await client.delete(f"{CHATS}/{chat['id']}/members/{bob.id}", headers=actor.headers)
    assert response.status == 204, await response.text()

    assert await chat_in_list(client, bob, chat["id"]) is None
    for viewer in (alice, carol):
        assert (await listed_chat(client, viewer, chat["id"]))["members_count"] == 2


async def test_clearing_a_chat_empties_last_message_and_unread_for_every_member(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob])
    await send(client, alice, chat["id"], "one")
    await send(client, bob, chat["id"], "two")
    await warm(client, alice, bob)

    response = await client.delete(f"{CHATS}/{chat['id']}/messages", headers=alice.headers)
    assert response.status == 204

    for viewer in (alice, bob):
        listed = await listed_chat(client, viewer, chat["id"])
        assert listed["last_message"] is None
        assert listed["unread_count"] == 0


# --- memcached down, dying, stalled, hanging up -----------------------------------------------


async def a_chat_with_a_message(client: Client) -> tuple[Account, Account, dict[str, Any]]:
    alice = await register(client, "alice")
    bob = await register(client, "bob")
    chat = await create_chat(client, alice, [bob], group=False)
    await send(client, bob, chat["id"], "hi alice")
    return alice, bob, chat


async def test_chat_list_is_served_and_errors_counted_when_memcached_is_unreachable(
    make_client: AppFactory,
):
    client = await make_client(memcached={"port": free_port()})
    alice, bob, chat = await a_chat_with_a_message(client)

    for _ in range(2):
        listed = await listed_chat(client, alice, chat["id"])
        assert listed["last_message"]["content"] == "hi alice"
        assert listed["unread_count"] == 1
    cache = chat_cache(client)
    assert cache.hits == 0
    assert cache.errors > 0

    await send(client, alice, chat["id"], "hi bob")
    assert (await listed_chat(client, bob, chat["id"]))["last_message"]["content"] == "hi bob"


async def test_chat_list_survives_memcached_dying_and_is_cached_again_once_it_is_back(
    make_client: AppFactory,
):
    with private_memcached() as (port, processes):
        client = await make_client(memcached={"port": port})
        alice, bob, chat = await a_chat_with_a_message(client)
        await warm(client, alice, bob)
        cache = chat_cache(client)
        errors = cache.errors

        stop_memcached(processes[0])

        listed = await listed_chat(client, alice, chat["id"])
        assert (listed["last_message"]["content"], listed["unread_count"]) == ("hi alice", 1)
        await send(client, bob, chat["id"], "still there?")
        listed = await listed_chat(client, alice, chat["id"])
        assert (listed["last_message"]["content"], listed["unread_count"]) == ("still there?", 2)
        assert cache.errors > errors

        processes.append(start_memcached(port))

        hits, misses = cache.hits, cache.misses
        listed = await listed_chat(client, alice, chat["id"])
        assert (cache.hits, cache.misses) == (hits, misses + 1)
        assert await listed_chat(client, alice, chat["id"]) == listed
        assert (cache.hits, cache.misses) == (hits + 1, misses + 1)
        assert listed["last_message"]["content"] == "still there?"


async def test_a_memcached_that_never_answers_costs_each_request_little_and_counts_errors(
    make_client: AppFactory,
):
    async with fake_memcached(never_answers) as port:
        client = await make_client(memcached={"port": port})
        alice, bob, chat = await a_chat_with_a_message(client)
        cache = chat_cache(client)

        for viewer in (alice, bob, alice):
            started = time.monotonic()
            listed = await listed_chat(client, viewer, chat["id"])
            assert time.monotonic() - started < 2.0
            assert listed["last_message"]["content"] == "hi alice"
        started = time.monotonic()
        await send(client, alice, chat["id"], "slow cache")
        assert time.monotonic() - started < 2.0
        assert cache.hits == 0
        assert cache.errors >= 3


async def test_a_memcached_that_answers_late_never_serves_an_old_list():
    """Calls time out while memcached is stopped; once it resumes, its late answers
    must not be taken for the answers to later calls (an old version: an old list)."""
    with private_memcached() as (port, processes):
        memcached = processes[0]
        cache = ChatListCache(MemcachedConfig(port=port))
        state = {1: 0, 2: 0}

        async def read(user_id: int) -> Any:
            return await cache.read_through(user_id, "first:50", Loader(state[user_id]))

        async def write(user_id: int) -> None:
            state[user_id] += 1
            await cache.invalidate([user_id])

        try:
            await read(2)
            await read(1)
            pause(memcached)
            await read(2)
            await read(1)
            assert cache.errors > 0
            await resume(memcached)
            for _ in range(3):
                assert await read(2) == state[2]
                await write(1)
                await write(1)
                assert await read(1) == state[1]
                assert await read(1) == state[1]
        finally:
            await cache.close()


async def test_a_read_cancelled_while_memcached_stalls_leaves_no_answer_behind():
    """A read cancelled mid-call (the client went away) while memcached is stopped: once
    memcached resumes, its answer to that call must not be taken for a later one."""
    with private_memcached() as (port, processes):
        memcached = processes[0]
        cache = ChatListCache(MemcachedConfig(port=port))
        state = {"version": 0}

        async def read() -> Any:
            return await cache.read_through(1, "first:50", Loader(state["version"]))

        try:
            for _ in range(2):
                await read()
                pause(memcached)
                reader = asyncio.create_task(read())
                await asyncio.sleep(CALL_TIMEOUT_SECONDS / 5)
                reader.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await reader
                await resume(memcached)
                assert await read() == state["version"]
                state["version"] += 1
                await cache.invalidate([1])
                assert await read() == state["version"]
        finally:
            await cache.close()


def run_with_deadline(scenario: Callable[[], Awaitable[Any]], seconds: float) -> Any:
    """Run a scenario on its own event loop in a daemon thread: a scenario that hangs its
    loop (a busy loop never yields, so no timeout inside could fire) fails the test
    instead of hanging the suite."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(scenario())  # type: ignore[arg-type]
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the event loop hung for more than {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.parametrize(
    "answer",
    [
        hangs_up_before_answering,
        hangs_up_mid_answer,
        finds_nothing_and_stores_nothing,
        answers_nonsense,
    ],
    ids=lambda answer: answer.__name__,
)
def test_a_memcached_that_misbehaves_is_a_miss_and_never_an_error_or_a_hang(answer):
    async def scenario() -> tuple[Any, Any, int]:
        async with fake_memcached(answer) as port:
            cache = ChatListCache(MemcachedConfig(port=port))
            try:
                load = Loader({"items": [{"id": 1}]})
                first = await cache.read_through(1, "first:50", load)
                await cache.invalidate([1, 2])
                second = await cache.read_through(1, "first:50", load)
                assert load.calls == 2
                return first, second, cache.errors
            finally:
                await cache.close()

    first, second, errors = run_with_deadline(scenario, 10)
    assert first == second == {"items": [{"id": 1}]}
    assert errors > 0


async def test_a_bump_that_timed_out_on_a_stalled_memcached_still_lands(
    make_client: AppFactory,
):
    # The write timed out, but memcached kept the page: the bump must reach it (late, or
    # tried again) before the page could be served stale for up to ttl_seconds.
    with private_memcached() as (port, processes):
        client = await make_client(memcached={"port": port})
        alice, bob, chat = await a_chat_with_a_message(client)
        await warm(client, alice, bob)
        cache = chat_cache(client)
        errors = cache.errors

        pause(processes[0])
        await send(client, bob, chat["id"], "sent while memcached stalled")
        assert cache.errors > errors  # the bump timed out
        await resume(processes[0])

        await asyncio.sleep(REBUMP_AFTER_SECONDS * 3)
        listed = await listed_chat(client, alice, chat["id"])
        assert listed["last_message"]["content"] == "sent while memcached stalled"
        assert listed["unread_count"] == 2
