"""The browser client: its page at `/` and its files at /web/{name}, from messenger/api/client/.

Served by public endpoints (the page itself needs no token; the client then sends its
own bearer token with each API call). Only files that sit directly in messenger/api/client/
with a known type are served, and the page runs under a policy that allows script,
style and connections from this origin only: no inline script, nothing from another
host. Message text is put into the page as text by the client, and the policy is the
second line of defence should that ever slip.
"""

from __future__ import annotations

import re
from pathlib import Path

from aiohttp import web

from messenger.api.endpoint import Call
from messenger.errors import NotFound

CLIENT_DIR = Path(__file__).resolve().parent.parent / "client"
ASSET_PREFIX = "/web/"
INDEX = "index.html"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
_ASSET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.[a-z]{2,4}")
# blob: images are attachments the client fetched with its token (an <img> cannot send
# the Authorization header); ws:/wss: is the live-event socket of this same server.
PAGE_POLICY = (
    "default-src 'self'; "
    "script-src 'self'; "
    "style-src 'self'; "
    "img-src 'self' blob: data:; "
    "media-src 'self' blob:; "
    "connect-src 'self' ws: wss:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Not content-hashed names, so the browser revalidates (cheap: Last-Modified / 304).
_HEADERS = {
    "Cache-Control": "no-cache",
    "Content-Security-Policy": PAGE_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def asset_path(name: str) -> Path | None:
    """The file of the client called `name`, or None: a plain name of a known type that
    exists directly in messenger/api/client/ (no folders, no dot files, nothing else)."""
    if not _ASSET_NAME.fullmatch(name):
        return None
    path = CLIENT_DIR / name
    if path.suffix not in CONTENT_TYPES or not path.is_file():
        return None
    return path


def _file_response(path: Path) -> web.FileResponse:
    return web.FileResponse(path, headers={**_HEADERS, "Content-Type": CONTENT_TYPES[path.suffix]})


async def client_page(request: web.Request, call: Call) -> web.FileResponse:
    path = asset_path(INDEX)
    if path is None:
        raise NotFound("the browser client is not installed")
    return _file_response(path)


async def client_asset(request: web.Request, call: Call, *, name: str) -> web.FileResponse:
    path = asset_path(name)
    if path is None:
        raise NotFound("no such file")
    return _file_response(path)
