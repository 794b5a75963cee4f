"""Argon2id password hashes, computed in a worker thread so the event loop never waits."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from messenger.config import AuthConfig

# Verifying against this when the login name is unknown keeps the answer time the same
# for "no such user" and "wrong password", so timing does not reveal who has an account.
_DUMMY_PASSWORD = "not-a-real-password"  # noqa: S105


class Passwords:
    def __init__(self, config: AuthConfig) -> None:
        self._hasher = PasswordHasher(
            time_cost=config.argon2_time_cost, memory_cost=config.argon2_memory_kib, parallelism=1
        )
        self._dummy_hash = self._hasher.hash(_DUMMY_PASSWORD)
        self._threads = ThreadPoolExecutor(
            max_workers=config.hashing_threads, thread_name_prefix="argon2"
        )

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)

    async def hash(self, password: str) -> str:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._verify, password_hash, password)

    def _verify(self, password_hash: str | None, password: str) -> bool:
        if password_hash is None:
            self._matches(self._dummy_hash, password)
            return False
        return self._matches(password_hash, password)

    def _matches(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self._hasher.verify(password_hash, password))
        except (VerificationError, InvalidHashError):
            return False
