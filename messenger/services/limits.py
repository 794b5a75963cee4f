"""Failed-login throttling: a sliding window of failures per login name and per address.

Kept in process memory: it needs no service to be up for logins to work. Behind several
API processes each one counts on its own, so the effective limit is multiplied by the
number of processes; that still bounds password guessing to a few hundred tries an hour.
"""

from __future__ import annotations

import math
import time
from collections import deque

from messenger.config import AuthConfig
from messenger.errors import RateLimited

# An address may fail for several accounts (a shared office NAT); it gets more room.
ADDRESS_ALLOWANCE_FACTOR = 5
# Forget keys that have been quiet for a window, so memory stays bounded.
MAX_TRACKED_KEYS = 100_000


class LoginThrottle:
    def __init__(self, config: AuthConfig) -> None:
        self.max_failures = config.login_max_failures
        self.window = float(config.login_window_seconds)
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.get(key)
        if failures is None:
            return deque()
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if not failures:
            del self._failures[key]
        return failures

    def _limits(self, login: str, address: str) -> list[tuple[str, int]]:
        return [
            (f"login:{login.lower()}", self.max_failures),
            (f"addr:{address}", self.max_failures * ADDRESS_ALLOWANCE_FACTOR),
        ]

    def check(self, login: str, address: str) -> None:
        """Raise RateLimited while either key has used up its failures."""
        now = time.monotonic()
        for key, limit in self._limits(login, address):
            failures = self._recent(key, now)
            if len(failures) >= limit:
                retry_after = max(1, math.ceil(failures[0] + self.window - now))
                raise RateLimited(
                    "too many failed login attempts; try again later",
                    retry_after_seconds=retry_after,
                )

    def record_failure(self, login: str, address: str) -> None:
        now = time.monotonic()
        if len(self._failures) >= MAX_TRACKED_KEYS:
            self._forget_quiet(now)
        for key, _ in self._limits(login, address):
            self._failures.setdefault(key, deque()).append(now)

    def record_success(self, login: str) -> None:
        self._failures.pop(f"login:{login.lower()}", None)

    def _forget_quiet(self, now: float) -> None:
        for key in list(self._failures):
            self._recent(key, now)
