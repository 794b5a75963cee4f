"""The pool of aiopg connections (messenger.repository.pool), on the suite's real PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from messenger.config import Config
from messenger.repository.pool import Pool, PoolClosed


@pytest.fixture
async def pool(config: Config) -> AsyncIterator[Pool]:
    pool = Pool(config.database.url, minsize=1, maxsize=2, timeout=0.5)
    await pool.open()
    try:
        yield pool
    finally:
        await pool.close()


async def select_one(connection) -> int:
    async with connection.cursor() as cursor:
        await cursor.execute("SELECT 1")
        return (await cursor.fetchone())[0]


async def test_a_released_connection_is_used_again(pool: Pool):
    assert (pool.size, pool.freesize) == (1, 1)
    first = await pool.acquire()
    pool.release(first)
    second = await pool.acquire()
    assert second is first and await select_one(second) == 1
    pool.release(second)


async def test_past_the_maximum_a_request_waits_for_a_released_connection(pool: Pool):
    held = [await pool.acquire(), await pool.acquire()]
    assert pool.size == 2
    waiting = asyncio.create_task(pool.acquire())
    await asyncio.sleep(0.05)
    assert not waiting.done()
    pool.release(held[0])
    assert await waiting is held[0]
    for connection in (held[1], held[0]):
        pool.release(connection)
    assert (pool.size, pool.freesize) == (2, 2)


async def test_a_request_that_waits_too_long_times_out_and_leaves_the_pool_whole(pool: Pool):
    held = [await pool.acquire(), await pool.acquire()]
    with pytest.raises(TimeoutError):
        await pool.acquire()
    for connection in held:
        pool.release(connection)
    again = await pool.acquire()
    assert await select_one(again) == 1
    pool.release(again)
    assert (pool.size, pool.freesize) == (2, 2)


async def test_a_connection_handed_to_a_cancelled_request_goes_to_the_next(pool: Pool):
    held = [await pool.acquire(), await pool.acquire()]
    first = asyncio.create_task(pool.acquire())
    second = asyncio.create_task(pool.acquire())
    await asyncio.sleep(0.05)
    pool.release(held[0])  # handed to `first`...
    first.cancel()  # ...which is cancelled before it runs again
    with pytest.raises(asyncio.CancelledError):
        await first
    assert await second is held[0]
    pool.release(held[0])
    pool.release(held[1])
    assert (pool.size, pool.freesize) == (2, 2)


async def test_a_connection_left_inside_a_transaction_is_closed_not_reused(pool: Pool):
    connection = await pool.acquire()
    async with connection.cursor() as cursor:
        await cursor.execute("BEGIN")
    pool.release(connection)
    assert connection.closed
    assert (pool.size, pool.freesize) == (0, 0)
    fresh = await pool.acquire()
    assert fresh is not connection and await select_one(fresh) == 1
    pool.release(fresh)


async def test_a_waiting_request_opens_a_connection_when_one_in_use_is_dropped(pool: Pool):
    held = [await pool.acquire(), await pool.acquire()]
    waiting = asyncio.create_task(pool.acquire())
    await asyncio.sleep(0.05)
    held[0].close()  # the server went away under it, say
    pool.release(held[0])
    fresh = await waiting
    assert fresh is not held[0] and await select_one(fresh) == 1
    pool.release(fresh)
    pool.release(held[1])


async def test_a_free_connection_that_closed_meanwhile_is_skipped(pool: Pool):
    connection = await pool.acquire()
    pool.release(connection)
    connection.close()
    fresh = await pool.acquire()
    assert fresh is not connection and not fresh.closed
    pool.release(fresh)
    assert pool.size == 1


async def test_a_closed_pool_refuses_requests_and_closes_connections_coming_back(pool: Pool):
    held = await pool.acquire()
    waiting = [asyncio.create_task(pool.acquire()) for _ in range(2)]
    await asyncio.sleep(0.05)
    await pool.close()
    results = await asyncio.gather(*waiting, return_exceptions=True)
    # One of the two could still open the pool's second connection before the close.
    assert any(isinstance(result, PoolClosed) for result in results)
    for result in results:
        if not isinstance(result, BaseException):
            pool.release(result)
            assert result.closed
    with pytest.raises(PoolClosed):
        await pool.acquire()
    pool.release(held)
    assert held.closed and pool.size == 0


async def test_a_connection_keeps_its_session_across_uses_and_loses_it_when_dropped(
    pool: Pool,
):
    connection = await pool.acquire()
    session = pool.session(connection)
    session.prepared.add("m_example")
    pool.release(connection)
    again = await pool.acquire()
    assert again is connection and pool.session(again) is session
    async with again.cursor() as cursor:
        await cursor.execute("BEGIN")  # released inside a transaction: dropped
    pool.release(again)
    fresh = await pool.acquire()
    assert fresh is not connection and pool.session(fresh).prepared == set()
    pool.release(fresh)


async def test_the_slot_of_a_dropped_connection_goes_to_a_waiter_not_a_newcomer(pool: Pool):
    held = [await pool.acquire(), await pool.acquire()]
    waiting = asyncio.create_task(pool.acquire())
    await asyncio.sleep(0.05)
    held[0].close()
    pool.release(held[0])  # its slot is promised to `waiting`...
    newcomer = asyncio.create_task(pool.acquire())  # ...so this one has to wait
    fresh = await waiting
    await asyncio.sleep(0.05)
    assert not newcomer.done() and pool.size == 2
    pool.release(fresh)
    assert await newcomer is fresh
    pool.release(fresh)
    pool.release(held[1])
    assert pool.size == 2


async def test_the_server_gives_up_on_a_lock_before_the_client_gives_up_on_the_query(
    config: Config,
):
    from messenger.repository.db import LOCK_TIMEOUT_SECONDS, QUERY_TIMEOUT_SECONDS, open_database

    assert LOCK_TIMEOUT_SECONDS < QUERY_TIMEOUT_SECONDS
    async with open_database(config.database) as db, db.connection() as conn:
        await conn.execute_text("SELECT 1")
        async with conn.raw.cursor() as cursor:
            await cursor.execute("SHOW lock_timeout")
            assert (await cursor.fetchone())[0] == f"{int(LOCK_TIMEOUT_SECONDS)}s"
