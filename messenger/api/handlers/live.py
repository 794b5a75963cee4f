"""GET /api/v1/ws: the WebSocket that pushes chat events (docs/API.md, "Events on the
WebSocket"). Its row is public to the auth middleware because browsers cannot set
headers on a WebSocket: the token comes as `?token=` or as the first frame."""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import WSCloseCode, WSMessage, WSMsgType, web

from messenger.api.endpoint import Call
from messenger.api.live import CLOSE_FLOODING, CLOSE_UNAUTHORIZED, HUB
from messenger.api.params import MAX_ID
from messenger.errors import BadRequest, Unauthorized
from messenger.operations import accounts
from messenger.services.container import Services

log = logging.getLogger("messenger.api.ws")

# Client frames are an auth frame, a ping or typing; a bigger one is closed with 1009.
MAX_CLIENT_FRAME_BYTES = 4096
# How long a close handshake waits for the client's answer.
CLOSE_TIMEOUT_SECONDS = 5.0
PONG = json.dumps({"type": "pong", "chat_id": None, "data": {}})


def _ready(user_id: int) -> str:
    # Sent once the socket is subscribed: events from here on reach it, so this is when
    # a reconnecting client fetches what it missed (history with `after=`).
    return json.dumps({"type": "ready", "chat_id": None, "data": {"user_id": user_id}})


def _frame_token(frame: WSMessage) -> str | None:
    if frame.type is not WSMsgType.TEXT:
        return None
    try:
        payload = json.loads(frame.data)
    except ValueError:
        return None
    token = payload.get("token") if isinstance(payload, dict) else None
    return token if isinstance(token, str) else None


def _client_frame(frame: WSMessage) -> tuple[str, int]:
    """What a client frame asks: ("ping", 0), ("typing", chat id), or ("", 0) for anything
    else (ignored: events flow one way, and writes go through REST)."""
    if frame.type is not WSMsgType.TEXT:
        return "", 0
    try:
        payload = json.loads(frame.data)
    except ValueError:
        return "", 0
    if not isinstance(payload, dict):
        return "", 0
    kind = payload.get("type")
    if kind == "ping":
        return "ping", 0
    chat_id = payload.get("chat_id")
    if kind == "typing" and type(chat_id) is int and 0 < chat_id <= MAX_ID:
        return "typing", chat_id
    return "", 0


async def _authenticate_by_frame(
    ws: web.WebSocketResponse, services: Services, wait_seconds: float
) -> tuple[str, dict[str, Any]] | None:
    try:
        token = _frame_token(await ws.receive(timeout=wait_seconds))
    except TimeoutError:
        await ws.close(code=CLOSE_UNAUTHORIZED, message=b"no token in time")
        return None
    if token is None:
        await ws.close(code=CLOSE_UNAUTHORIZED, message=b'expected {"token": "..."}')
        return None
    try:
        return token, await accounts.authenticate(services, token)
    except Unauthorized:
        await ws.close(code=CLOSE_UNAUTHORIZED, message=b"unauthorized")
    except Exception:
        # Past the upgrade there is no HTTP error to answer with, only a close code.
        log.exception("authenticating a WebSocket failed")
        await ws.close(code=WSCloseCode.INTERNAL_ERROR, message=b"internal error")
    return None


async def websocket(request: web.Request, call: Call, *, token: str | None) -> web.StreamResponse:
    services, hub = call.services, request.app[HUB]
    settings = services.config.realtime
    # A bad ?token= is answered before the upgrade: a 401 in the API's error shape.
    user = await accounts.authenticate(services, token) if token is not None else None
    ws = web.WebSocketResponse(
        heartbeat=settings.heartbeat_seconds,
        timeout=CLOSE_TIMEOUT_SECONDS,
        max_msg_size=MAX_CLIENT_FRAME_BYTES,
        # Every event is compressed once per recipient; for small JSON frames fanned out
        # to many sockets that CPU is worth more than the bytes.
        compress=False,
    )
    if not ws.can_prepare(request).ok:
        raise BadRequest("this is a WebSocket endpoint: send a WebSocket upgrade request")
    await ws.prepare(request)
    if token is None or user is None:
        authenticated = await _authenticate_by_frame(
            ws, services, float(settings.auth_timeout_seconds)
        )
        if authenticated is None:
            return ws
        token, user = authenticated
    connection = await hub.open(
        ws, request.transport, user_id=user["id"], token_hash=accounts.hash_token(token)
    )
    connection.send(_ready(user["id"]))
    try:
        async for frame in ws:
            if not connection.allow_frame():
                connection.close(CLOSE_FLOODING, "too many frames")
                continue  # the close ends this loop
            kind, chat_id = _client_frame(frame)
            if kind == "ping":
                connection.send(PONG)
            elif kind == "typing":
                hub.typing(connection, chat_id)
    finally:
        await hub.discard(connection)
    return ws
