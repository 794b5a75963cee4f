"""WebSocket fan-out: every API process holds its own sockets in a Hub and hears every
chat event on Redis pub/sub (messenger.services.events), so a member gets an event whichever
process they are connected to and whichever process made the change. A process listens
to events from its first socket on; until then it hears only token revocations.

Each socket has a bounded queue drained by its own writer task: fan-out only enqueues, so
one slow or dead client never stalls the others. A socket whose queue is full is closed
("too slow") and its client catches up through history with `after=<last id seen>`.

Redis going away never takes the app down: the subscriber logs, reconnects with backoff,
and when it is back closes the sockets that may have missed events in the gap, so their
clients reconnect and catch up instead of silently missing messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import secrets
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import orjson
from aiohttp import web
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from messenger.api.keys import SERVICES
from messenger.config import Config, RedisConfig
from messenger.operations import presence
from messenger.services.cancelling import cancel_and_wait
from messenger.services.container import Services
from messenger.services.events import RESYNC, ChatEvent, channel_names, live_channel
from messenger.services.redis_client import open_redis
from messenger.services.token_cache import TokenCache

log = logging.getLogger("messenger.api.live")
Key = TypeVar("Key", int, bytes)
Item = TypeVar("Item")

# Close codes a client sees (documented in the OpenAPI description of GET /api/v1/ws).
CLOSE_GOING_AWAY = 1001  # the server is shutting down: reconnect (to another process)
CLOSE_TOO_SLOW = 4008  # the send queue overflowed: reconnect and catch up by history
CLOSE_UNAUTHORIZED = 4401  # no, or an unknown, expired or revoked token
CLOSE_RESYNC = 4503  # live events were interrupted (Redis): reconnect and catch up
CLOSE_FLOODING = 4429  # far more client frames than any client sends: a runaway client

# Client frames a socket may send: a burst of FRAME_BURST, then FRAMES_PER_SECOND. A
# client sends a ping every 30 s and a typing frame every few seconds; this is ten times
# that, so only a runaway or hostile client meets it.
FRAME_BURST = 20
FRAMES_PER_SECOND = 5.0
# A socket's typing frames for one chat pass on at most this often (docs/API.md).
TYPING_INTERVAL_SECONDS = 3.0
# How often this process looks for users gone offline (it renews its own users' presence
# every third of realtime.offline_after_seconds).
PRESENCE_SWEEP_SECONDS = 2.0

DEFAULT_SEND_QUEUE_SIZE = 256
# How long a closing socket may take to flush what is already written before it is cut:
# long enough for a slow link to get the close frame, short enough that a client that
# stopped reading does not hold a file descriptor and its buffers.
CLOSE_GRACE_SECONDS = 2.0
# A token revoked this recently cannot open a socket even if it was authenticated just
# before the revocation was committed (the revocation would otherwise miss that socket).
REVOKED_MEMORY_SECONDS = 60.0

# The subscriber's Redis connection.
CONNECT_TIMEOUT_SECONDS = 1.0
POLL_SECONDS = 1.0
# A quiet subscription is pinged; one that stays silent this long after is dead (a
# Redis behind a broken network sends no reset, so a read alone could wait forever).
PING_AFTER_SECONDS = 5.0
SILENCE_LIMIT_SECONDS = 15.0
BACKOFF_MIN_SECONDS = 0.1
BACKOFF_MAX_SECONDS = 5.0
ERROR_LOG_INTERVAL_SECONDS = 30.0


class Connection:
    """One authenticated socket: its user, the hash of the token it was opened with,
    and a bounded queue of encoded frames drained by its own writer task."""

    def __init__(
        self,
        ws: web.WebSocketResponse,
        transport: asyncio.Transport | None,
        *,
        user_id: int,
        token_hash: bytes,
        queue_size: int,
    ) -> None:
        self.ws = ws
        self.user_id = user_id
        self.token_hash = token_hash
        # Set when this socket may have missed an event (the subscription was down).
        self.missed = False
        self.opened_at = time.time()  # wall clock: compared with other processes' times
        self._transport = transport
        self._queue: asyncio.Queue[str] = asyncio.Queue(queue_size)
        self._writer = asyncio.create_task(self._write())
        self._closing: asyncio.Task[None] | None = None
        self._frame_credit = float(FRAME_BURST)
        self._credit_at = time.monotonic()
        self._typed_at: dict[int, float] = {}  # chat id -> when its typing last passed on
        self.name = ""  # unique across processes, set by the hub: whose typing not to echo

    def allow_frame(self) -> bool:
        """Count one client frame against the socket's budget (a token bucket)."""
        now = time.monotonic()
        self._frame_credit = min(
            FRAME_BURST, self._frame_credit + (now - self._credit_at) * FRAMES_PER_SECOND
        )
        self._credit_at = now
        if self._frame_credit < 1.0:
            return False
        self._frame_credit -= 1.0
        return True

    def may_pass_typing(self, chat_id: int) -> bool:
        """Whether this socket's typing in the chat passes on now (once per interval)."""
        now = time.monotonic()
        if now - self._typed_at.get(chat_id, -TYPING_INTERVAL_SECONDS) < TYPING_INTERVAL_SECONDS:
            return False
        self._typed_at[chat_id] = now
        return True

    @property
    def closing(self) -> bool:
        return self._closing is not None

    def send(self, text: str) -> None:
        """Queue one frame; never waits. A full queue closes the socket as too slow."""
        if self._closing is not None:
            return
        try:
            self._queue.put_nowait(text)
        except asyncio.QueueFull:
            log.info("closing a socket of user %s: too slow", self.user_id)
            self.close(CLOSE_TOO_SLOW, "too slow")

    def close(self, code: int, reason: str) -> None:
        """Start closing; the handler's read loop ends and awaits `finish()`."""
        if self._closing is None:
            self._closing = asyncio.create_task(self._close(code, reason))

    async def finish(self) -> None:
        """Wait for a close in progress, then stop the writer (called by the handler)."""
        if self._closing is not None:
            await self._closing
        await _cancel(self._writer)

    async def _write(self) -> None:
        try:
            while True:
                text = await self._queue.get()
                await self.ws.send_str(text)
        except ConnectionError:
            # The peer went away: end the session rather than queue for a dead socket.
            self.close(CLOSE_GOING_AWAY, "connection lost")
        except Exception:
            log.exception("writing to a socket of user %s failed", self.user_id)
            self.close(1011, "internal error")

    async def _close(self, code: int, reason: str) -> None:
        # The close frame goes after what is already written, without waiting for a
        # client that stopped reading (drain=False); the writer, perhaps blocked on that
        # client, fails on its next frame or is woken when the transport goes.
        transport = self._transport
        try:
            async with asyncio.timeout(CLOSE_GRACE_SECONDS):
                await self.ws.close(code=code, message=reason.encode(), drain=False)
                # asyncio has no awaitable for "write buffer empty" outside the protocol.
                while transport is not None and transport.get_write_buffer_size():  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
        except TimeoutError:
            pass
        except Exception:
            log.exception("closing a socket of user %s failed", self.user_id)
        if transport is not None and transport.get_write_buffer_size():
            transport.abort()  # it never read its backlog: cut it rather than hold it


async def _cancel(task: asyncio.Task[None]) -> None:
    await cancel_and_wait(task)


def _remove(index: dict[Key, set[Item]], key: Key, item: Item) -> None:
    """Take an item out of an index of sets, and the set once it is empty."""
    items = index.get(key)
    if items is not None:
        items.discard(item)
        if not items:
            del index[key]


class Hub:
    """The WebSockets of this process by user and by token, fed by one Redis subscriber."""

    def __init__(
        self,
        redis: RedisConfig,
        *,
        namespace: str = "",
        send_queue_size: int = DEFAULT_SEND_QUEUE_SIZE,
        token_cache: TokenCache | None = None,
        services: Services | None = None,
    ) -> None:
        self.redis_config = redis
        # For presence and typing (none: a hub that only fans out events, in tests).
        self.services = services
        # Trusted only while revocations reach this process (see messenger.services.token_cache).
        self.token_cache = token_cache
        # The EventBus of the same database publishes on these (messenger.services.events).
        self.channels = channel_names(namespace)
        self.live = live_channel(namespace)
        self.send_queue_size = send_queue_size
        self.delivered = 0  # frames queued for sockets, for metrics
        self._by_user: dict[int, set[Connection]] = {}
        self._by_token: dict[bytes, set[Connection]] = {}
        self._revoked: dict[bytes, float] = {}
        self._subscribed = False
        self._tried = asyncio.Event()
        # The events channel is subscribed from the first socket on (see open()): a
        # process that serves only HTTP never receives, parses and drops every event.
        self._events_wanted = False
        self._events_requested = False
        self._events_flowing = asyncio.Event()
        self._pubsub: Any = None  # the live subscription, while there is one
        self._subscriber: asyncio.Task[None] | None = None
        self._last_error_log = 0.0
        # The chats of each user with a socket here, and the local users of each chat:
        # typing is checked and fanned out from these, with no query per frame. Events of
        # joins and leaves keep them current (see _follow_membership).
        self._chats_of: dict[int, set[int]] = {}
        self._local_members: dict[int, set[int]] = {}
        self._presence_loop: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._owner = f"{os.getpid()}-{secrets.token_hex(4)}"  # this process, in Redis
        self._opened = 0

    # --- connections ------------------------------------------------------------------

    @property
    def connection_count(self) -> int:
        return sum(len(connections) for connections in self._by_user.values())

    @property
    def listening_to_events(self) -> bool:
        """Whether chat events reach this process: from its first socket on."""
        return self._events_flowing.is_set()

    @property
    def subscribed(self) -> bool:
        """Whether events published now reach this process."""
        return self._subscribed

    async def open(
        self,
        ws: web.WebSocketResponse,
        transport: asyncio.Transport | None,
        *,
        user_id: int,
        token_hash: bytes,
    ) -> Connection:
        """Register a socket once events flow to this process (or Redis is away: then it
        is marked as having missed events, and resynchronised when Redis is back)."""
        if not self._events_flowing.is_set():
            await self._listen_to_events()
        connection = Connection(
            ws, transport, user_id=user_id, token_hash=token_hash, queue_size=self.send_queue_size
        )
        connection.missed = not self._events_flowing.is_set()
        self._opened += 1
        connection.name = f"{self._owner}/{self._opened}"
        first_here = user_id not in self._by_user
        if first_here and self.services is not None:
            await self._load_memberships(user_id)
        self._by_user.setdefault(user_id, set()).add(connection)
        if first_here and self.services is not None:
            self._spawn(presence.arrived(self.services, user_id))
        self._by_token.setdefault(token_hash, set()).add(connection)
        if token_hash in self._revoked:
            connection.close(CLOSE_UNAUTHORIZED, "token revoked")
        return connection

    async def _listen_to_events(self) -> None:
        self._events_wanted = True
        pubsub = self._pubsub
        if pubsub is not None and not self._events_requested:
            self._events_requested = True
            try:
                # The subscriber task is reading this connection meanwhile; a command
                # only writes, and its confirmation reaches that task.
                await pubsub.subscribe(self.channels[0], self.live)
            except (RedisError, OSError) as error:
                self._events_requested = False  # the subscriber notices the loss
                log.warning("subscribing to events failed: %r", error)
                return
        if pubsub is not None:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS):
                    await self._events_flowing.wait()

    async def discard(self, connection: Connection) -> None:
        """Forget a socket whose session ended, after its writer and close are done. The
        last socket of a user here starts their grace before going offline."""
        user_id = connection.user_id
        _remove(self._by_user, user_id, connection)
        _remove(self._by_token, connection.token_hash, connection)
        if user_id not in self._by_user:
            for chat_id in self._chats_of.pop(user_id, set()):
                _remove(self._local_members, chat_id, user_id)
            if self.services is not None:
                self._spawn(self.services.presence.renew([user_id]))
        await connection.finish()

    # --- typing and presence -----------------------------------------------------------

    def _spawn(self, coroutine: Any) -> None:
        """Run a side job of a socket (presence news) without holding the socket up."""
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("a presence job failed: %r", task.exception())

    async def _load_memberships(self, user_id: int) -> None:
        assert self.services is not None
        try:
            chats = await presence.memberships(self.services, user_id)
        except Exception as error:  # no typing for this user until they reconnect
            log.warning("reading the chats of user %s failed: %r", user_id, error)
            chats = set()
        self._chats_of[user_id] = chats
        for chat_id in chats:
            self._local_members.setdefault(chat_id, set()).add(user_id)

    def _join(self, user_id: int, chat_id: int) -> None:
        if user_id in self._chats_of:
            self._chats_of[user_id].add(chat_id)
            self._local_members.setdefault(chat_id, set()).add(user_id)

    def _leave(self, user_id: int, chat_id: int) -> None:
        if user_id in self._chats_of:
            self._chats_of[user_id].discard(chat_id)
            _remove(self._local_members, chat_id, user_id)

    def _follow_membership(self, event: ChatEvent) -> None:
        """Keep the memberships of local users as the events say they change."""
        if event.type == "chat.created":
            for user_id in event.audience:
                self._join(user_id, event.chat_id)
        elif event.type == "member.added":
            for member in event.data.get("members", ()):
                self._join(int(member["user"]["id"]), event.chat_id)
        elif event.type == "member.removed":
            self._leave(int(event.data["user_id"]), event.chat_id)

    def typing(self, connection: Connection, chat_id: int) -> bool:
        """A socket says its user is typing in a chat: passed on to every process, at most
        once per interval per socket and chat, for chats the user is a member of."""
        if self.services is None or chat_id not in self._chats_of.get(connection.user_id, ()):
            return False
        if not connection.may_pass_typing(chat_id):
            return False
        self._spawn(presence.typing(self.services, connection.user_id, chat_id, connection.name))
        return True

    def _deliver_live(self, payload: dict[str, Any]) -> None:
        if payload.get("kind") == "typing":
            chat_id, typist = int(payload["chat_id"]), int(payload["user_id"])
            frame = orjson.dumps(
                {"type": "typing", "chat_id": chat_id, "data": {"user_id": typist}}
            ).decode()
            # Every member's sockets but the one typing (the typist's other devices too).
            audience: Iterable[int] = self._local_members.get(chat_id, ())
            skip = payload.get("socket")
        elif payload.get("kind") == "presence":
            frame = orjson.dumps(
                {"type": "presence", "chat_id": None, "data": payload["data"]}
            ).decode()
            audience, skip = (int(user_id) for user_id in payload["audience"]), None
        else:
            return
        for user_id in tuple(audience):
            for connection in tuple(self._by_user.get(user_id, ())):
                if connection.name == skip:
                    continue
                connection.send(frame)
                self.delivered += 1

    async def _keep_presence(self) -> None:
        """Renew the presence of this process's users; report who went offline anywhere;
        write the minute's last_seen_at when it is this process's turn."""
        assert self.services is not None
        services, loop = self.services, asyncio.get_running_loop()
        renew_every = services.presence.offline_after / 3
        pause = min(PRESENCE_SWEEP_SECONDS, renew_every / 2)
        renewed = loop.time()
        while True:
            await asyncio.sleep(pause)
            try:
                now = loop.time()
                if now - renewed >= renew_every:
                    renewed = now
                    await services.presence.renew(list(self._by_user))
                await presence.sweep(services)
                # A no-op but in the one process whose turn the minute is.
                await presence.write_last_seen(services, self._owner)
            except Exception as error:  # a bad minute of presence ends nothing
                log.warning("keeping presence failed: %r", error)

    def deliver(self, event: ChatEvent) -> int:
        """Queue the event for every local socket of its audience; returns how many."""
        self._follow_membership(event)
        text = orjson.dumps(event.envelope()).decode()
        queued = 0
        for user_id in event.audience:
            for connection in tuple(self._by_user.get(user_id, ())):
                connection.send(text)
                queued += 1
        self.delivered += queued
        return queued

    def resync(self, user_ids: Iterable[int], until: float) -> None:
        """Close the sockets, opened before `until`, of users whose events were lost (a
        publish that failed in some process): their clients reconnect and catch up."""
        for user_id in user_ids:
            for connection in tuple(self._by_user.get(user_id, ())):
                if connection.opened_at <= until:
                    connection.close(CLOSE_RESYNC, "events were lost; catch up")

    def revoke(self, token_hash: bytes) -> None:
        """Close every socket opened with this token (on logout, in every process)."""
        now = time.monotonic()
        self._revoked = {
            h: at for h, at in self._revoked.items() if now - at < REVOKED_MEMORY_SECONDS
        }
        self._revoked[token_hash] = now
        if self.token_cache is not None:
            self.token_cache.evict(token_hash)
        for connection in tuple(self._by_token.get(token_hash, ())):
            connection.close(CLOSE_UNAUTHORIZED, "token revoked")

    def close_all(self, code: int = CLOSE_GOING_AWAY, reason: str = "server shutting down") -> None:
        for connections in self._by_user.values():
            for connection in connections:
                connection.close(code, reason)

    # --- the subscriber ---------------------------------------------------------------

    async def start(self) -> None:
        """Start listening; waits for the first attempt so that a normal start accepts
        sockets only once events flow, but never for a Redis that is not there."""
        self._subscriber = asyncio.create_task(self._subscribe_forever(), name="realtime-hub")
        if self.services is not None:
            self._presence_loop = asyncio.create_task(self._keep_presence(), name="presence")
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS * 2):
                await self._tried.wait()

    async def stop(self) -> None:
        """Close what is left (handlers have normally ended by now) and stop listening."""
        self.close_all()
        left = [c for connections in self._by_user.values() for c in connections]
        await asyncio.gather(*(c.finish() for c in left), return_exceptions=True)
        if self._subscriber is not None:
            await _cancel(self._subscriber)
            self._subscriber = None
        if self._presence_loop is not None:
            await _cancel(self._presence_loop)
            self._presence_loop = None
        await cancel_and_wait(*self._tasks)
        if self.services is not None and self._by_user:
            # Sockets closed by the shutdown: their users' grace starts now.
            await self.services.presence.renew(list(self._by_user))

    async def _subscribe_forever(self) -> None:
        backoff = BACKOFF_MIN_SECONDS
        down_since: float | None = None
        while True:
            # No retries inside redis-py: a reconnect it made silently would hide the gap
            # in which events were lost, and the sockets must hear of that gap.
            client = open_redis(
                self.redis_config,
                socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
                retry=Retry(NoBackoff(), 0),
            )
            pubsub = client.pubsub()
            try:
                events, revocations = self.channels
                self._events_requested = self._events_wanted
                # Events first: their confirmation resynchronises the sockets before the
                # revocations' one says the subscription is back.
                wanted = [events, self.live] if self._events_wanted else []
                await pubsub.subscribe(*wanted, revocations)
                self._pubsub = pubsub
                if self._events_wanted and not self._events_requested:
                    # A socket opened while that subscribe was on its way found no
                    # subscription to ask: ask for it (its confirmation resyncs that socket).
                    self._events_requested = True
                    await pubsub.subscribe(events, self.live)
                async for message in self._listen(pubsub):
                    if message["type"] == "subscribe":
                        if message["channel"] == events.encode():
                            self._on_events_flowing()
                        elif not self._subscribed:
                            self._on_subscribed(down_since)
                            down_since = None
                            backoff = BACKOFF_MIN_SECONDS
                    elif message["type"] == "message":
                        self._dispatch(message["channel"], message["data"])
            except (RedisError, OSError, TimeoutError) as error:
                down_since = down_since or time.monotonic()
                self._on_lost(error)
            except Exception as error:
                # A bug here must not end live events for the life of the process.
                log.exception("the redis subscriber failed; restarting it")
                down_since = down_since or time.monotonic()
                self._on_lost(error)
            finally:
                self._pubsub = None
                self._tried.set()
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
                with contextlib.suppress(Exception):
                    await client.aclose()
            await asyncio.sleep(backoff * random.uniform(0.5, 1.0))  # noqa: S311 - jitter
            backoff = min(backoff * 2, BACKOFF_MAX_SECONDS)

    async def _listen(self, pubsub: Any) -> AsyncIterator[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        heard = pinged = loop.time()
        while True:
            message = await pubsub.get_message(timeout=POLL_SECONDS)
            now = loop.time()
            if message is not None:
                heard = now
                yield message
                continue
            if now - heard > SILENCE_LIMIT_SECONDS:
                raise TimeoutError(f"no answer from redis for {SILENCE_LIMIT_SECONDS}s")
            if now - heard > PING_AFTER_SECONDS and now - pinged > PING_AFTER_SECONDS:
                pinged = now
                await pubsub.ping()  # its pong arrives as a message

    def _on_subscribed(self, down_since: float | None) -> None:
        self._subscribed = True
        if self.token_cache is not None:
            self.token_cache.set_trusted(True)
        self._tried.set()
        if down_since is not None:
            log.info("live events flow again after %.1fs", time.monotonic() - down_since)

    def _on_events_flowing(self) -> None:
        self._events_flowing.set()
        # Sockets opened while the subscription was down, or open when it went down, may
        # have missed events; their clients catch up by history once they reconnect.
        for connections in self._by_user.values():
            for connection in connections:
                if connection.missed:
                    connection.close(CLOSE_RESYNC, "events were interrupted; catch up")

    def _on_lost(self, error: BaseException) -> None:
        was_subscribed, self._subscribed = self._subscribed, False
        self._events_flowing.clear()
        self._events_requested = False
        if self.token_cache is not None:
            # Revocations may be missed from now on: every token goes to the database.
            self.token_cache.set_trusted(False)
        for connections in self._by_user.values():
            for connection in connections:
                connection.missed = True
        now = time.monotonic()
        if was_subscribed or now - self._last_error_log > ERROR_LOG_INTERVAL_SECONDS:
            self._last_error_log = now
            log.warning("redis subscription lost, reconnecting: %r", error)

    def _dispatch(self, channel: bytes, data: bytes) -> None:
        events, revocations = self.channels
        try:
            if channel == events.encode():
                if self._by_user:  # with no socket here, no event is for this process
                    payload = orjson.loads(data)
                    if payload["type"] == RESYNC:
                        user_ids = (int(user_id) for user_id in payload["audience"])
                        self.resync(user_ids, float(payload["until"]))
                    else:
                        self.deliver(ChatEvent.from_payload(payload))
            elif channel == self.live.encode():
                if self._by_user:
                    self._deliver_live(orjson.loads(data))
            elif channel == revocations.encode():
                self.revoke(bytes.fromhex(data.decode()))
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring a malformed message on %r: %.200r", channel, data)


HUB = web.AppKey("realtime_hub", Hub)


def setup_realtime(app: web.Application, config: Config) -> None:
    """Give the app a Hub for its lifetime: subscribed on startup, its sockets closed
    (1001) when shutdown begins so the server need not wait for them, and the
    subscriber cancelled and awaited on cleanup."""

    async def hub_context(app: web.Application) -> AsyncIterator[None]:
        hub = Hub(
            config.redis,
            # The database's name, as messenger.services.container gives it to the EventBus.
            namespace=urlsplit(config.database.url).path.lstrip("/"),
            send_queue_size=config.realtime.send_queue_size,
            token_cache=app[SERVICES].token_cache if SERVICES in app else None,
            services=app.get(SERVICES),
        )
        await hub.start()
        app[HUB] = hub
        try:
            yield
        finally:
            await hub.stop()

    async def close_sockets(app: web.Application) -> None:
        if HUB in app:
            app[HUB].close_all()

    app.cleanup_ctx.append(hub_context)
    app.on_shutdown.append(close_sockets)
