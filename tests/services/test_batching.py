"""Batcher: concurrent submissions share round trips, in order, and always get an answer."""

from __future__ import annotations

import asyncio

import pytest

from messenger.services.batching import Batcher


class Recorder:
    """A send that records its batches; each takes a moment, like a round trip."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.batches: list[list[int]] = []
        self.fail_on = fail_on

    async def __call__(self, batch: list[int]) -> str:
        self.batches.append(batch)
        await asyncio.sleep(0.01)
        if self.fail_on is not None and self.fail_on in batch:
            raise RuntimeError("the service broke")
        return f"sent {len(batch)}"


async def test_an_item_alone_goes_at_once_in_a_batch_of_its_own():
    send = Recorder()
    batcher = Batcher(send, failed="failed")
    assert await batcher.submit(1) == "sent 1"
    assert send.batches == [[1]]


async def test_items_submitted_during_a_round_trip_leave_together_in_order():
    send = Recorder()
    batcher = Batcher(send, failed="failed")
    first = asyncio.create_task(batcher.submit(0))
    await asyncio.sleep(0.001)  # it is on its way
    results = await asyncio.gather(*(batcher.submit(n) for n in range(1, 10)))
    # The nine that came while the first was out went as one batch, in order.
    assert send.batches == [[0], list(range(1, 10))]
    assert (await first, results) == ("sent 1", ["sent 9"] * 9)


async def test_a_send_that_raises_answers_every_waiting_submitter_with_failed():
    send = Recorder(fail_on=3)
    batcher = Batcher(send, failed="failed")
    first = asyncio.create_task(batcher.submit(0))
    await asyncio.sleep(0.001)
    results = await asyncio.gather(*(batcher.submit(n) for n in range(1, 6)))
    assert (await first, results) == ("sent 1", ["failed"] * 5)
    assert await batcher.submit(7) == "sent 1"  # and the next batch goes out normally


async def test_a_cancelled_submitter_does_not_hold_up_the_others():
    send = Recorder()
    batcher = Batcher(send, failed="failed")
    first = asyncio.create_task(batcher.submit(0))
    await asyncio.sleep(0)
    cancelled = asyncio.create_task(batcher.submit(1))
    kept = asyncio.create_task(batcher.submit(2))
    await asyncio.sleep(0)
    cancelled.cancel()
    assert await first == "sent 1"
    assert await kept == "sent 2"
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    await batcher.drain()
    assert send.batches == [[0], [1, 2]]


async def test_drain_waits_for_a_batch_sent_by_its_own_caller():
    send = Recorder()
    batcher = Batcher(send, failed="failed")
    alone = asyncio.create_task(batcher.submit(1))
    await asyncio.sleep(0)  # on its way, sent from the submitter's own task
    await batcher.drain()
    assert alone.done() and await alone == "sent 1"
