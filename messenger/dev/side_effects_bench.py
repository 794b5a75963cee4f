"""What a send's side effects cost the API alone: the event publish (Redis) and the
chat-list bump (memcached), without HTTP or PostgreSQL around them.

`python -m messenger.dev.side_effects_bench [--concurrency C] [--sends N]` runs C tasks
that each publish a message's event and bump two members' chat lists, N times in all,
against the configured Redis and memcached, and prints the process's CPU per send for
each side effect alone and for both. Alone (C = 1) every send pays its own round trips;
at 16 at once they share batches (services.batching), as under `make bench`'s load.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from itertools import count

from messenger.config import load_config
from messenger.services.chat_cache import ChatListCache
from messenger.services.events import EventBus, chat_event

# A plain message as views.message shows it: the event's data of a send.
MESSAGE = {
    "id": 1,
    "chat_id": 5,
    "user_id": 7,
    "content": "load bench_abc 123",
    "client_message_id": "0d5b1c9e-8a51-4bd8-9a3c-2a2b5d7c1e11",
    "created_at": "2026-12-07T11:00:00.000000Z",
    "edited_at": None,
    "attachments": [],
}


async def cpu_per_send_us(
    concurrency: int,
    sends: int,
    side_effect: Callable[[int, int, int], Awaitable[object]],
    ids: Iterator[int],
) -> float:
    """Microseconds of this process's CPU per call of `side_effect(worker, id, previous)`,
    after a warm-up round of the same size. `ids` grow across calls, as a chat's do."""

    async def worker(number: int) -> None:
        previous = 0
        for _ in range(sends // concurrency):
            message_id = next(ids) * 100 + number  # each worker its own chat, ids growing
            await side_effect(number, message_id, previous)
            previous = message_id

    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    started = time.process_time()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    return (time.process_time() - started) / (sends // concurrency * concurrency) * 1e6


async def measure(concurrency: int, sends: int) -> dict[str, float]:
    config = load_config()
    namespace = f"side-effects-bench-{uuid.uuid4().hex[:8]}"  # chats no API hears of
    events = EventBus(config.redis, namespace=namespace)
    cache = ChatListCache(config.memcached, namespace=namespace)
    ids = count(1)

    async def publish(worker: int, message_id: int, previous: int) -> None:
        event = chat_event("message.created", 1000 + worker, MESSAGE, [7, 8])
        await events.publish_in_order(event, message_id=message_id, after=previous, after_age=0)

    async def bump(worker: int, message_id: int, previous: int) -> None:
        await cache.invalidate([2 * worker, 2 * worker + 1])

    async def both(worker: int, message_id: int, previous: int) -> None:
        await publish(worker, message_id, previous)
        await bump(worker, message_id, previous)

    try:
        costs = {
            name: await cpu_per_send_us(concurrency, sends, side_effect, ids)
            for name, side_effect in (("publish", publish), ("bump", bump), ("both", both))
        }
        # A publish that failed or waited (out of order) would have cost something else.
        expected = 4 * (sends // concurrency * concurrency)  # publish and both, each twice
        if (events.published, events.failed, cache.errors) != (expected, 0, 0):
            raise RuntimeError(
                f"{events.published} of {expected} events published, {events.failed} failed,"
                f" {cache.errors} bumps failed: the numbers measure an outage"
            )
        return costs
    finally:
        await events.close()
        await cache.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m messenger.dev.side_effects_bench", description=__doc__
    )
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--sends", type=int, default=10_000)
    args = parser.parse_args(argv)
    for concurrency in args.concurrency:
        costs = asyncio.run(measure(concurrency, args.sends))
        print(
            f"@{concurrency}: "
            + ", ".join(f"{name} {us:.1f} µs" for name, us in costs.items())
            + " of CPU per send"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
