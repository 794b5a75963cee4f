"""Attachment files on disk under `attachments.dir`; all file I/O runs in a thread."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

from messenger.errors import TooLarge


def stored_path(root: str, storage_key: str) -> Path:
    # Keys are generated here (hex), never taken from a request, so no traversal.
    return Path(root) / storage_key[:2] / storage_key


def new_storage_key() -> str:
    return uuid.uuid4().hex


async def store_stream(root: str, chunks: AsyncIterator[bytes], max_bytes: int) -> tuple[str, int]:
    """Write chunks to a new file; (storage_key, size). Over max_bytes: nothing is kept."""
    key = new_storage_key()
    path = stored_path(root, key)
    await asyncio.to_thread(path.parent.mkdir, parents=True, exist_ok=True)
    handle = await asyncio.to_thread(path.open, "wb")
    size = 0
    try:
        async for chunk in chunks:
            size += len(chunk)
            if size > max_bytes:
                raise TooLarge(f"the file is larger than {max_bytes} bytes")
            await asyncio.to_thread(handle.write, chunk)
    except BaseException:
        await asyncio.to_thread(handle.close)
        await asyncio.to_thread(_unlink, path)
        raise
    await asyncio.to_thread(handle.close)
    return key, size


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


async def remove_stored_files(root: str, storage_keys: list[str]) -> None:
    if storage_keys:
        await asyncio.to_thread(_unlink_all, [stored_path(root, key) for key in storage_keys])


def _unlink_all(paths: list[Path]) -> None:
    for path in paths:
        _unlink(path)
