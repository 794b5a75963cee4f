"""The one error shape of docs/API.md: malformed bodies, wrong media types, unknown routes."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.support.api import create_chat, error_of, register, unique_nick

REGISTER = "/api/v1/auth/register"
JSON_HEADERS = {"Content-Type": "application/json"}


async def assert_error_shape(response: Any) -> None:
    """Exactly {"error": {"code", "message", "details"}}, as JSON, whatever went wrong."""
    assert response.status >= 400
    assert response.content_type == "application/json", response.content_type
    body = json.loads(await response.text())
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "details"}
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    for detail in error["details"]:
        assert set(detail) == {"path", "message"}
        assert isinstance(detail["path"], str)
        assert isinstance(detail["message"], str)


def registration(**overrides: Any) -> dict[str, Any]:
    return {
        "nick": "valid_nick",
        "name": "Valid Name",
        "email": "valid@example.com",
        "password": "long enough password",
        **overrides,
    }


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# --- bodies that are not JSON -----------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b"{", b"not json", b"{'nick': 'x'}", b'{"nick": "x",}', b"\xff\xfe{}", b'{"a": 1} trailing'],
)
async def test_body_that_is_not_json_is_400(client, raw):
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    await error_of(response, 400, "bad_request")


@pytest.mark.parametrize("raw", [b"", b"   \r\n\t "])
async def test_empty_body_is_400(client, raw):
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    await error_of(response, 400, "bad_request")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
async def test_json_nan_and_infinity_are_400(client, constant):
    raw = f'{{"nick": {constant}}}'.encode()
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    await error_of(response, 400, "bad_request")


async def test_bare_nan_body_is_400(client):
    response = await client.post(REGISTER, data=b"NaN", headers=JSON_HEADERS)
    await error_of(response, 400, "bad_request")


@pytest.mark.parametrize("body", [[], "text", 42, None, [registration()]])
async def test_json_that_is_not_an_object_is_422(client, body):
    response = await client.post(REGISTER, data=json.dumps(body), headers=JSON_HEADERS)
    error = await error_of(response, 422, "validation_failed")
    assert "" in {detail["path"] for detail in error["details"]}


# --- media types ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None],
)
async def test_wrong_content_type_is_415(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    raw = json.dumps(registration()).encode()
    response = await client.post(REGISTER, data=raw, headers=headers)
    await error_of(response, 415, "unsupported_media_type")


async def test_json_with_a_charset_parameter_is_accepted(client):
    nick = unique_nick("charset")
    body = registration(nick=nick, email=f"{nick}@example.com")
    response = await client.post(
        REGISTER,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status == 201, await response.text()


async def test_wrong_content_type_on_an_authenticated_endpoint_is_415(client, make_user):
    me = await make_user("me")
    response = await client.patch(
        "/api/v1/users/me",
        data=b'{"name": "x"}',
        headers={**me.headers, "Content-Type": "text/plain"},
    )
    await error_of(response, 415, "unsupported_media_type")


# --- size -------------------------------------------------------------------------------


async def test_body_over_max_body_bytes_is_413(make_client):
    client = await make_client(server={"max_body_bytes": 1000})
    raw = json.dumps(registration(name="x" * 2000)).encode()
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    await error_of(response, 413, "too_large")


async def test_chunked_body_over_max_body_bytes_is_413(make_client):
    client = await make_client(server={"max_body_bytes": 1000})

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"name": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    response = await client.post(REGISTER, data=chunks(), headers=JSON_HEADERS)
    await error_of(response, 413, "too_large")


async def test_body_over_max_body_bytes_on_an_authenticated_endpoint_is_413(make_client):
    client = await make_client(server={"max_body_bytes": 1000})
    me = await register(client, "big")
    chat = await create_chat(client, me, [])
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        data=json.dumps({"content": "x" * 1500}).encode(),
        headers={**me.headers, **JSON_HEADERS},
    )
    await error_of(response, 413, "too_large")


async def test_body_just_under_max_body_bytes_is_validated_not_refused(make_client):
    client = await make_client(server={"max_body_bytes": 1000})
    raw = json.dumps({"nick": "x" * 900}).encode()
    assert len(raw) < 1000
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    await error_of(response, 422, "validation_failed")


# --- routing ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/nope", "/nope", "/api/v2/users", "/api/v1/users/1/x"])
async def test_unknown_path_is_404_in_the_error_shape(client, make_user, path):
    me = await make_user("me")
    response = await client.get(path, headers=me.headers)
    await error_of(response, 404, "not_found")
    await assert_error_shape(response)


async def test_unknown_path_is_404_even_without_a_token(client):
    response = await client.get("/api/v1/nope")
    await error_of(response, 404, "not_found")


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/api/v1/users/me", {"GET", "PATCH"}),
        ("DELETE", "/api/v1/chats", {"GET", "POST"}),
        ("GET", "/api/v1/auth/login", {"POST"}),
        ("PATCH", "/api/v1/chats/1/read", {"POST"}),
    ],
)
async def test_wrong_method_is_405_in_the_error_shape_with_allow(client, method, path, allowed):
    response = await client.request(method, path)
    await error_of(response, 405, "method_not_allowed")
    await assert_error_shape(response)
    assert set(response.headers["Allow"].split(",")) >= allowed


# --- strings PostgreSQL cannot store ----------------------------------------------------


async def test_nul_character_in_a_string_is_422_not_500(client):
    body = registration(name="bad\x00name", nick="nul_nick_a")
    response = await client.post(REGISTER, json=body)
    error = await error_of(response, 422, "validation_failed")
    assert [detail["path"] for detail in error["details"]] == ["/name"]


async def test_nul_character_in_message_content_is_422(client, make_user):
    me = await make_user("me")
    chat = await create_chat(client, me, [])
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages", json={"content": "a\x00b"}, headers=me.headers
    )
    error = await error_of(response, 422, "validation_failed")
    assert [detail["path"] for detail in error["details"]] == ["/content"]


async def test_nul_character_in_a_property_name_is_422(client):
    response = await client.post(REGISTER, json={**registration(), "a\x00b": 1})
    await error_of(response, 422, "validation_failed")


async def test_nul_character_in_login_is_422_not_500(client):
    response = await client.post("/api/v1/auth/login", json={"login": "a\x00", "password": "x"})
    error = await error_of(response, 422, "validation_failed")
    assert [detail["path"] for detail in error["details"]] == ["/login"]


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "x\\udc80y"])
async def test_lone_surrogate_in_a_string_is_422_not_500(client, escape):
    raw = json.dumps(registration(nick="surrogate1")).replace("Valid Name", escape).encode()
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    error = await error_of(response, 422, "validation_failed")
    assert [detail["path"] for detail in error["details"]] == ["/name"]


async def test_lone_surrogate_in_login_is_422_not_500(client):
    raw = b'{"login": "\\udcff", "password": "whatever1"}'
    response = await client.post("/api/v1/auth/login", data=raw, headers=JSON_HEADERS)
    await error_of(response, 422, "validation_failed")


async def test_surrogate_pair_escape_is_a_valid_character(client):
    nick = unique_nick("emoji")
    raw = json.dumps(registration(nick=nick, email=f"{nick}@example.com", name="\U0001f600"))
    assert "\\ud83d\\ude00" in raw
    raw = raw.encode()
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    assert response.status == 201, await response.text()
    assert (await response.json())["user"]["name"] == "\U0001f600"


# --- nesting ----------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [33, 100, 900, 937, 938, 1000, 100_000])
async def test_deeply_nested_json_is_400_never_500(client, make_user, depth):
    me = await make_user("me")
    chat = await create_chat(client, me, [])
    raw = f'{{"content": "x", "attachment_ids": {nested(depth)}}}'.encode()
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages", data=raw, headers={**me.headers, **JSON_HEADERS}
    )
    await error_of(response, 400, "bad_request")


@pytest.mark.parametrize("depth", [40, 5000])
async def test_deeply_nested_objects_are_400_never_500(client, depth):
    raw = ('{"x":' * depth + "1" + "}" * depth).encode()
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    await error_of(response, 400, "bad_request")


async def test_shallow_nesting_is_validated_as_usual(client):
    raw = f'{{"nick": {nested(5)}}}'.encode()
    response = await client.post(REGISTER, data=raw, headers=JSON_HEADERS)
    error = await error_of(response, 422, "validation_failed")
    assert "/nick" in {detail["path"] for detail in error["details"]}


# --- the shape, for every status --------------------------------------------------------


async def test_every_error_response_has_exactly_the_error_shape(make_client):
    client = await make_client(limits={"login_failures": 1}, server={"max_body_bytes": 2000})
    owner = await register(client, "owner")
    member = await register(client, "member")
    chat = await create_chat(client, owner, [member])
    chat_url = f"/api/v1/chats/{chat['id']}"
    login = {"login": member.user["nick"], "password": "wrong password"}
    responses = {
        400: await client.get("/api/v1/users/abc", headers=owner.headers),
        401: await client.get("/api/v1/users/me"),
        403: await client.delete(f"{chat_url}/messages", headers=member.headers),
        404: await client.get("/api/v1/chats/999999999", headers=owner.headers),
        405: await client.put("/api/v1/chats"),
        409: await client.post(
            REGISTER, json=registration(nick=owner.user["nick"], email="x@example.com")
        ),
        413: await client.post(REGISTER, data=b" " * 3000, headers=JSON_HEADERS),
        415: await client.post(REGISTER, data=b"{}", headers={"Content-Type": "text/plain"}),
        422: await client.post(REGISTER, json={"nick": 1}),
    }
    await client.post("/api/v1/auth/login", json=login)
    responses[429] = await client.post("/api/v1/auth/login", json=login)
    for status, response in responses.items():
        assert response.status == status, (status, await response.text())
        await assert_error_shape(response)
    assert int(responses[429].headers["Retry-After"]) >= 1
    assert responses[422].headers["Content-Type"].startswith("application/json")
