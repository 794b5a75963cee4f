"""Stopping a background task that lost a cancellation (as asyncio.wait_for can make
one lose it on Python 3.11) still ends it."""

from __future__ import annotations

import asyncio

from messenger.services.cancelling import cancel_and_wait


async def test_a_loop_that_swallowed_a_cancellation_is_cancelled_again_until_it_ends() -> None:
    swallowed = 0

    async def forgetful_loop() -> None:
        nonlocal swallowed
        while True:
            try:
                await asyncio.sleep(0.01)
            except asyncio.CancelledError:
                if swallowed == 0:  # as a lost cancellation looks to the loop
                    swallowed += 1
                    continue
                raise

    task = asyncio.create_task(forgetful_loop())
    await asyncio.sleep(0.02)
    async with asyncio.timeout(5):
        await cancel_and_wait(task)
    assert task.cancelled()
    assert swallowed == 1


async def test_finished_failed_and_missing_tasks_are_taken_as_they_are() -> None:
    async def fail() -> None:
        raise ValueError("boom")

    done = asyncio.create_task(asyncio.sleep(0))
    failed = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    await cancel_and_wait(done, failed, None)
    assert done.done() and not done.cancelled()
    assert isinstance(failed.exception(), ValueError)
