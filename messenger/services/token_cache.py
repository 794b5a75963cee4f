"""Tokens recently found valid, so that most requests skip the database lookup.

Trusted only while this process hears revocations: the realtime hub turns the cache on
when its Redis subscription is up and off (emptying it) when the subscription is lost, and
evicts a token when any process publishes its revocation. An entry lives at most
TTL_SECONDS and never past the token's own expiry, which bounds the one gap left (a
revocation whose publish failed while the subscriptions stayed up).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from datetime import UTC, datetime

from messenger.repository.db import Row

TTL_SECONDS = 10.0
# ~1 kB an entry: a few megabytes at most, whatever the number of sessions.
MAX_ENTRIES = 10_000


class TokenCache:
    def __init__(self, ttl_seconds: float = TTL_SECONDS, max_entries: int = MAX_ENTRIES) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self.trusted = False
        self._entries: OrderedDict[bytes, tuple[float, Row]] = OrderedDict()

    def get(self, token_hash: bytes) -> Row | None:
        if not self.trusted:
            return None
        entry = self._entries.get(token_hash)
        if entry is None:
            return None
        deadline, user = entry
        if time.monotonic() >= deadline:
            del self._entries[token_hash]
            return None
        return user

    def put(self, token_hash: bytes, user: Row, expires_at: datetime) -> None:
        if not self.trusted:
            return
        remaining = (expires_at - datetime.now(UTC)).total_seconds()
        if remaining <= 0:
            return
        self._entries[token_hash] = (time.monotonic() + min(self.ttl, remaining), user)
        self._entries.move_to_end(token_hash)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def evict(self, token_hash: bytes) -> None:
        self._entries.pop(token_hash, None)

    def set_trusted(self, trusted: bool) -> None:
        """On while revocations are heard; turning it off forgets every entry."""
        self.trusted = trusted
        if not trusted:
            self._entries.clear()
