"""Where export zips live on disk (`exports.dir`): the worker writes them, the API serves
them, the sweep and account deletion remove them."""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path

ZIP_TYPE = "application/zip"


def export_path(root: str, export_id: int) -> Path:
    # Named by the row's id, never by anything from a request.
    return Path(root) / f"export-{export_id}.zip"


def partial_path(root: str, export_id: int) -> Path:
    """Written here, then renamed: a half-built zip is never served."""
    return Path(root) / f"export-{export_id}.zip.part"


async def remove_export_files(root: str, export_ids: list[int]) -> None:
    if export_ids:
        await asyncio.to_thread(_unlink_all, root, export_ids)


def _unlink_all(root: str, export_ids: list[int]) -> None:
    for export_id in export_ids:
        for path in (export_path(root, export_id), partial_path(root, export_id)):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
