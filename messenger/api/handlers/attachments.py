"""Uploading attachments to a chat and downloading them as a member."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import AsyncIterator
from urllib.parse import quote

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError

from messenger.api.endpoint import Call
from messenger.api.validation import unreadable_body_message
from messenger.errors import (
    BadRequest,
    ErrorDetail,
    TooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from messenger.operations import attachments, views

CHUNK_BYTES = 64 * 1024
# Multipart framing around the file (boundaries, part headers) stays far below this.
MULTIPART_OVERHEAD_BYTES = 64 * 1024
MAX_FILENAME_CHARS = 255
_MEDIA_TYPE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
)
# Shown in the browser; anything else (HTML, SVG, PDF, ...) is a download, so an upload
# can never run script on our origin.
INLINE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def clean_filename(raw: str | None) -> str:
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[:MAX_FILENAME_CHARS] or "file"


def clean_content_type(raw: str | None) -> str:
    media_type = (raw or "").split(";", 1)[0].strip().lower()
    return media_type if _MEDIA_TYPE.fullmatch(media_type) else "application/octet-stream"


async def _file_part(request: web.Request) -> BodyPartReader:
    try:
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            if isinstance(part, BodyPartReader) and part.name == "file":
                return part
            await part.release()
    except web.RequestPayloadError as error:
        raise BadRequest(unreadable_body_message(error)) from None
    except (ValueError, AssertionError, KeyError, UnicodeError, HttpProcessingError) as error:
        # HttpProcessingError: a part header aiohttp refuses (NUL, a bare line break, ...).
        raise BadRequest(f"the multipart body is malformed: {error}") from None
    raise ValidationFailed(
        "send the file in a part named `file`", [ErrorDetail("/file", "is required")]
    )


async def _chunks(part: BodyPartReader) -> AsyncIterator[bytes]:
    while True:
        try:
            chunk = await part.read_chunk(CHUNK_BYTES)
        except web.RequestPayloadError as error:
            raise BadRequest(unreadable_body_message(error)) from None
        except (ValueError, AssertionError, HttpProcessingError) as error:
            raise BadRequest(f"the multipart body is malformed: {error}") from None
        if not chunk:
            return
        yield chunk


async def upload(request: web.Request, call: Call, *, chat_id: int) -> web.Response:
    if request.content_type != "multipart/form-data":
        raise UnsupportedMediaType("upload as multipart/form-data with a `file` part")
    max_bytes = call.services.config.attachments.max_bytes
    declared = request.content_length
    if declared is not None and declared > max_bytes + MULTIPART_OVERHEAD_BYTES:
        raise TooLarge(f"the file is larger than {max_bytes} bytes")
    part = await _file_part(request)
    row = await attachments.add_new_attach(
        call.services,
        call.me,
        chat_id,
        filename=clean_filename(part.filename),
        content_type=clean_content_type(part.headers.get("Content-Type")),
        chunks=_chunks(part),
    )
    return web.json_response(views.attachment(row), status=201)


def content_disposition(filename: str, content_type: str) -> str:
    kind = "inline" if content_type in INLINE_TYPES else "attachment"
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


async def download(request: web.Request, call: Call, *, attachment_id: int) -> web.FileResponse:
    row, path = await attachments.open_attachment(call.services, call.me, attachment_id)
    return web.FileResponse(
        path,
        headers={
            "Content-Type": row["content_type"],
            "Content-Disposition": content_disposition(row["filename"], row["content_type"]),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, max-age=3600",
        },
    )
