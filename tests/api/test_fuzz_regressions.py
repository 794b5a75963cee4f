"""Bugs found while fuzzing the API (tests/test_fuzz.py, and probing by hand beside it),
each pinned as a plain request."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.api.openapi import openapi_document
from tests.support.api import Register

Client = TestClient[web.Request, web.Application]
GARBAGE_GZIP = {"Content-Encoding": "gzip"}


def documented_media_types(path: str, method: str, status: int) -> set[str]:
    response: dict[str, Any] = openapi_document()["paths"][path][method]["responses"][str(status)]
    return set(response.get("content", {}))


def activity_cursor(moment: str, chat_id: int = 1) -> str:
    raw = json.dumps([moment, chat_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


async def test_the_client_page_under_web_has_a_documented_content_type(client: Client) -> None:
    response = await client.get("/web/index.html")
    assert response.status == 200
    assert response.content_type in documented_media_types("/web/{name}", "get", 200)


# A cursor is opaque, but one made by hand must still be answered. Python parses UTC
# offsets up to ±23:59, PostgreSQL only up to ±15:59 (it was a 500); the instant is used
# in UTC now.
@pytest.mark.parametrize("moment", ["2026-01-01T00:00:00+23:59", "2026-01-01T00:00:00-16:00"])
async def test_a_chat_cursor_with_an_offset_postgres_refuses_is_answered(
    client: Client, make_user: Register, moment: str
) -> None:
    alice = await make_user("alice")
    response = await client.get(
        "/api/v1/chats", params={"after": activity_cursor(moment)}, headers=alice.headers
    )
    assert response.status == 200
    assert await response.json() == {"items": [], "next": None}


async def test_a_chat_cursor_that_overflows_once_in_utc_is_400_not_500(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    cursor = activity_cursor("9999-12-31T23:00:00-14:00")  # the year 10000 in UTC
    response = await client.get("/api/v1/chats", params={"after": cursor}, headers=alice.headers)
    assert response.status == 400
    assert (await response.json())["error"]["code"] == "bad_request"


async def test_a_chat_cursor_with_an_offset_postgres_refuses_is_answered_in_rpc(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    call = {
        "jsonrpc": "2.0",
        "method": "get_chats",
        "params": {"after": activity_cursor("2026-01-01T00:00:00+23:59")},
        "id": 1,
    }
    response = await client.post("/api/rpc", json=call, headers=alice.headers)
    assert response.status == 200
    assert (await response.json())["result"] == {"items": [], "next": None}


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
async def test_a_body_whose_content_encoding_does_not_decode_is_400(
    client: Client, coding: str
) -> None:
    response = await client.post(
        "/api/v1/auth/login",
        data=b"not compressed at all",
        headers={"Content-Type": "application/json", "Content-Encoding": coding},
    )
    assert response.status == 400
    assert response.content_type == "application/json"
    assert (await response.json())["error"]["code"] == "bad_request"


async def test_an_upload_whose_content_encoding_does_not_decode_is_400(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    response = await client.post(
        "/api/v1/chats/1/attachments",
        data=b"not compressed at all",
        headers={
            **alice.headers,
            **GARBAGE_GZIP,
            "Content-Type": "multipart/form-data; boundary=b",
        },
    )
    assert response.status == 400
    assert (await response.json())["error"]["code"] == "bad_request"


async def test_an_rpc_body_whose_content_encoding_does_not_decode_is_a_parse_error(
    client: Client,
) -> None:
    response = await client.post(
        "/api/rpc",
        data=b"not compressed at all",
        headers={"Content-Type": "application/json", **GARBAGE_GZIP},
    )
    assert response.status == 200
    assert (await response.json())["error"]["code"] == -32700
