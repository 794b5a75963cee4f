"""JSON-RPC 2.0 at POST /api/rpc: the seed's methods over the operations REST uses.

Every method is checked against what REST answers for the same data, and side effects
made through one are seen through the other.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from aiohttp import FormData

from messenger.api import params
from messenger.api.endpoints import RPC_METHODS as METHODS
from messenger.api.keys import SERVICES
from messenger.api.params import DEFAULT_LIMIT, MAX_LIMIT
from messenger.api.rpc import MAX_BATCH_CALLS
from messenger.api.validation import load_schemas
from tests.support.api import Account, create_chat, register, send, unique_nick

RPC = "/api/rpc"
V1 = "/api/v1"


def request(method: str, params: Any = None, call_id: Any = 1) -> dict[str, Any]:
    body: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        body["params"] = params
    if call_id is not ...:
        body["id"] = call_id
    return body


def notification(method: str, params: Any = None) -> dict[str, Any]:
    return request(method, params, ...)


async def post(client: Any, body: Any, account: Account | None = None) -> Any:
    """The parsed answer of a 200; None for a 204."""
    headers = account.headers if account else {}
    response = await client.post(RPC, json=body, headers=headers)
    if response.status == 204:
        assert await response.read() == b""
        return None
    assert response.status == 200, await response.text()
    assert response.content_type == "application/json"
    return await response.json()


async def post_raw(client: Any, data: bytes) -> dict[str, Any]:
    response = await client.post(RPC, data=data, headers={"Content-Type": "application/json"})
    assert response.status == 200, await response.text()
    answer: dict[str, Any] = await response.json()
    return answer


async def result(client: Any, account: Account | None, method: str, params: Any = None) -> Any:
    answer = await post(client, request(method, params if params is not None else {}), account)
    assert "error" not in answer, answer
    assert answer["jsonrpc"] == "2.0"
    assert answer["id"] == 1
    return answer["result"]


async def error(
    client: Any, account: Account | None, method: str, params: Any, code: int
) -> dict[str, Any]:
    answer = await post(client, request(method, params), account)
    assert "result" not in answer, answer
    assert answer["error"]["code"] == code, answer
    assert answer["id"] == 1
    failure: dict[str, Any] = answer["error"]
    return failure


async def rest(client: Any, account: Account, path: str, **query: Any) -> Any:
    response = await client.get(f"{V1}{path}", params=query, headers=account.headers)
    assert response.status == 200, await response.text()
    return await response.json()


def paths(failure: dict[str, Any]) -> list[str]:
    return [d["path"] for d in failure["data"]["details"]]


async def upload(client: Any, account: Account, chat_id: int, data: bytes) -> dict[str, Any]:
    form = FormData()
    form.add_field("file", data, filename="notes.txt", content_type="text/plain")
    response = await client.post(
        f"{V1}/chats/{chat_id}/attachments", data=form, headers=account.headers
    )
    assert response.status == 201, await response.text()
    attachment: dict[str, Any] = await response.json()
    return attachment


# --- each method against REST ------------------------------------------------------------


async def test_get_users_returns_what_rest_returns(client, make_user):
    prefix = f"r{uuid.uuid4().hex[:8]}"
    viewer = await make_user(nick=f"{prefix}_viewer")
    for n in range(3):
        await make_user(nick=f"{prefix}_{n}_user")
    page = await result(client, viewer, "get_users", {"q": prefix, "limit": 2})
    assert page == await rest(client, viewer, "/users", q=prefix, limit=2)
    assert len(page["items"]) == 2
    rest_page = await rest(client, viewer, "/users", q=prefix, after=page["next"])
    assert await result(client, viewer, "get_users", {"q": prefix, "after": page["next"]}) == (
        rest_page
    )
    mine = [u for u in page["items"] + rest_page["items"] if u["id"] == viewer.id]
    assert mine[0]["email"] == viewer.user["email"]


async def test_get_chats_returns_what_rest_returns_page_by_page(client, make_user):
    alice, bob, carol = await make_user("alice"), await make_user("bob"), await make_user("carol")
    personal = await create_chat(client, alice, [bob], group=False)
    group = await create_chat(client, alice, [bob, carol])
    await send(client, bob, personal["id"], "hi alice")
    await send(client, carol, group["id"], "hello all")
    first = await result(client, alice, "get_chats", {"limit": 1})
    assert first == await rest(client, alice, "/chats", limit=1)
    assert first["items"][0]["id"] == group["id"]
    assert first["items"][0]["unread_count"] == 1
    second = await result(client, alice, "get_chats", {"limit": 1, "after": first["next"]})
    assert second == await rest(client, alice, "/chats", limit=1, after=first["next"])
    assert second["items"][0]["id"] == personal["id"]


async def test_get_messages_returns_what_rest_returns_in_both_directions(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    sent = [await send(client, alice, chat["id"], f"message {n}") for n in range(4)]
    path = f"/chats/{chat['id']}/messages"

    newest = await result(client, bob, "get_messages", {"chat_id": chat["id"], "limit": 2})
    assert newest == await rest(client, bob, path, limit=2)
    assert [m["id"] for m in newest["items"]] == [sent[3]["id"], sent[2]["id"]]
    older = await result(
        client, bob, "get_messages", {"chat_id": chat["id"], "before": newest["next"]}
    )
    assert older == await rest(client, bob, path, before=newest["next"])
    newer = await result(
        client, bob, "get_messages", {"chat_id": chat["id"], "after": sent[1]["id"]}
    )
    assert newer == await rest(client, bob, path, after=sent[1]["id"])
    assert [m["id"] for m in newer["items"]] == [sent[2]["id"], sent[3]["id"]]


async def test_get_participants_of_chat_returns_what_rest_returns(client, make_user):
    alice, bob, carol = await make_user("alice"), await make_user("bob"), await make_user("carol")
    group = await create_chat(client, alice, [bob, carol])
    members = await result(
        client, bob, "get_participants_of_chat", {"chat_id": group["id"], "limit": 2}
    )
    assert members == await rest(client, bob, f"/chats/{group['id']}/members", limit=2)
    rest_page = await rest(
        client, bob, f"/chats/{group['id']}/members", after=members["next"], limit=2
    )
    assert rest_page == await result(
        client,
        bob,
        "get_participants_of_chat",
        {"chat_id": group["id"], "after": members["next"], "limit": 2},
    )
    assert len(members["items"] + rest_page["items"]) == 3


async def test_add_new_user_registers_without_a_token_and_the_token_works_over_rest(client):
    nick = unique_nick("rpc")
    params = {"nick": nick, "name": "  Rpc User ", "email": f"{nick}@example.com"}
    registered = await result(
        client, None, "add_new_user", {**params, "password": "correct horse battery"}
    )
    assert registered["user"]["nick"] == nick
    assert "password" not in registered["user"]
    account = Account(
        registered["user"],
        registered["token"],
        "",
        {"Authorization": f"Bearer {registered['token']}"},
    )
    assert registered["user"] == await rest(client, account, "/users/me")


async def test_add_new_chat_returns_the_chat_that_rest_shows(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    group = await result(
        client,
        alice,
        "add_new_chat",
        {"is_group_chat": True, "topic": " Plans ", "member_ids": [bob.id]},
    )
    assert group == await rest(client, bob, f"/chats/{group['id']}") | {"unread_count": 0}
    assert group["topic"] == "Plans"
    personal = await result(
        client, alice, "add_new_chat", {"is_group_chat": False, "member_ids": [bob.id]}
    )
    # The pair's personal chat is one chat, whether it was made through RPC or REST.
    assert personal == await create_chat(client, alice, [bob], group=False)


async def test_add_new_message_is_visible_in_rest_history(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    message = await result(
        client, alice, "add_new_message", {"chat_id": chat["id"], "content": "  via rpc  "}
    )
    assert message["content"] == "via rpc"
    history = await rest(client, bob, f"/chats/{chat['id']}/messages")
    assert history["items"] == [message]
    listing = await rest(client, bob, "/chats")
    [seen] = [c for c in listing["items"] if c["id"] == chat["id"]]
    assert seen["last_message"] == message
    assert seen["unread_count"] == 1


async def test_add_new_message_retried_with_its_client_message_id_is_not_duplicated(
    client, make_user
):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    params = {"chat_id": chat["id"], "content": "once", "client_message_id": str(uuid.uuid4())}
    first = await result(client, alice, "add_new_message", params)
    assert await result(client, alice, "add_new_message", params) == first
    rest_retry = await client.post(
        f"{V1}/chats/{chat['id']}/messages",
        json={"content": "once", "client_message_id": params["client_message_id"]},
        headers=alice.headers,
    )
    assert rest_retry.status == 200
    assert await rest_retry.json() == first
    failure = await error(client, alice, "add_new_message", {**params, "content": "other"}, -32009)
    assert failure["data"] == {
        "code": "conflict",
        "details": [{"path": "/client_message_id", "message": "already used with other content"}],
    }


async def test_add_new_attach_sends_a_message_with_files_uploaded_through_rest(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    uploaded = await upload(client, alice, chat["id"], b"minutes of the meeting")
    assert uploaded["message_id"] is None
    message = await result(
        client,
        alice,
        "add_new_attach",
        {"chat_id": chat["id"], "content": "the minutes", "attachment_ids": [uploaded["id"]]},
    )
    assert [a["id"] for a in message["attachments"]] == [uploaded["id"]]
    assert message["attachments"][0]["message_id"] == message["id"]
    history = await rest(client, bob, f"/chats/{chat['id']}/messages")
    assert history["items"] == [message]
    download = await client.get(message["attachments"][0]["url"], headers=bob.headers)
    assert await download.read() == b"minutes of the meeting"


async def test_add_new_attach_requires_at_least_one_attachment(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    failure = await error(
        client, alice, "add_new_attach", {"chat_id": chat["id"], "content": "text only"}, -32602
    )
    assert paths(failure) == ["/attachment_ids"]
    failure = await error(
        client,
        alice,
        "add_new_attach",
        {"chat_id": chat["id"], "content": "x", "attachment_ids": []},
        -32602,
    )
    assert paths(failure) == ["/attachment_ids"]


async def test_add_new_attach_refuses_an_upload_of_someone_else(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    uploaded = await upload(client, bob, chat["id"], b"bob's file")
    failure = await error(
        client,
        alice,
        "add_new_attach",
        {"chat_id": chat["id"], "content": "mine now", "attachment_ids": [uploaded["id"]]},
        -32602,
    )
    assert failure["data"]["code"] == "validation_failed"
    assert paths(failure) == ["/attachment_ids/0"]
    assert (await rest(client, alice, f"/chats/{chat['id']}/messages"))["items"] == []


async def test_change_message_content_edits_what_rest_shows(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    sent = await send(client, alice, chat["id"], "typo")
    edited = await result(
        client, alice, "change_message_content", {"message_id": sent["id"], "content": " fixed "}
    )
    assert edited["content"] == "fixed"
    assert edited["edited_at"] is not None
    assert (await rest(client, bob, f"/chats/{chat['id']}/messages"))["items"] == [edited]


async def test_remove_message_returns_null_and_rest_no_longer_shows_it(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    kept = await send(client, alice, chat["id"], "keep")
    gone = await send(client, alice, chat["id"], "remove")
    assert await result(client, alice, "remove_message", {"message_id": gone["id"]}) is None
    assert (await rest(client, bob, f"/chats/{chat['id']}/messages"))["items"] == [kept]
    await error(client, alice, "remove_message", {"message_id": gone["id"]}, -32004)


async def test_remove_all_messages_clears_the_chat_for_rest(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    await send(client, alice, chat["id"], "one")
    await send(client, bob, chat["id"], "two")
    assert await result(client, bob, "remove_all_messages", {"chat_id": chat["id"]}) is None
    assert (await rest(client, alice, f"/chats/{chat['id']}/messages"))["items"] == []


async def test_a_message_sent_over_rest_can_be_edited_over_rpc_and_deleted_over_rest(
    client, make_user
):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    message = await result(
        client, alice, "add_new_message", {"chat_id": chat["id"], "content": "a"}
    )
    response = await client.patch(
        f"{V1}/messages/{message['id']}", json={"content": "b"}, headers=alice.headers
    )
    assert response.status == 200
    history = await result(client, bob, "get_messages", {"chat_id": chat["id"]})
    assert [m["content"] for m in history["items"]] == ["b"]
    response = await client.delete(f"{V1}/messages/{message['id']}", headers=alice.headers)
    assert response.status == 204
    assert (await result(client, bob, "get_messages", {"chat_id": chat["id"]}))["items"] == []


# --- auth ----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", sorted(set(METHODS) - {"add_new_user"}))
async def test_every_method_but_add_new_user_requires_a_token(client, method):
    failure = await error(client, None, method, {}, -32001)
    assert failure["data"] == {"code": "unauthorized", "details": []}


async def test_an_unknown_token_is_refused_per_call_and_add_new_user_still_works(client):
    stranger = Account({}, "nope", "", {"Authorization": "Bearer not-a-real-token"})
    nick = unique_nick("rpc")
    register = {
        "nick": nick,
        "name": "New",
        "email": f"{nick}@example.com",
        "password": "correct horse battery",
    }
    answers = await post(
        client,
        [request("get_chats", {}, 1), request("add_new_user", register, 2)],
        stranger,
    )
    assert answers[0]["error"]["code"] == -32001
    assert answers[0]["error"]["data"]["code"] == "unauthorized"
    assert answers[1]["result"]["user"]["nick"] == nick


async def test_a_revoked_token_is_unauthorized(client, make_user):
    alice = await make_user("alice")
    response = await client.post(f"{V1}/auth/logout", headers=alice.headers)
    assert response.status == 204
    await error(client, alice, "get_chats", {}, -32001)


async def test_the_call_acts_as_the_token_s_user(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    message = await result(client, bob, "add_new_message", {"chat_id": chat["id"], "content": "hi"})
    assert message["user_id"] == bob.id


# --- batches and notifications -------------------------------------------------------------


async def test_a_batch_answers_every_call_in_request_order_with_its_id(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    answers = await post(
        client,
        [
            request("add_new_message", {"chat_id": chat["id"], "content": "first"}, "a"),
            request("no_such_method", {}, 2),
            request("get_messages", {"chat_id": 2**62}, 3),
            request("add_new_message", {"chat_id": chat["id"], "content": ""}, 4),
            request("get_messages", {"chat_id": chat["id"]}, "last"),
        ],
        alice,
    )
    assert [a["id"] for a in answers] == ["a", 2, 3, 4, "last"]
    assert answers[0]["result"]["content"] == "first"
    assert answers[1]["error"]["code"] == -32601
    assert answers[2]["error"]["code"] == -32004
    assert answers[3]["error"]["code"] == -32602
    assert answers[4]["result"]["items"] == [answers[0]["result"]]


async def test_a_batch_runs_its_calls_in_array_order(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    answers = await post(
        client,
        [
            request("add_new_message", {"chat_id": chat["id"], "content": f"{n}"}, n)
            for n in range(5)
        ],
        alice,
    )
    ids = [a["result"]["id"] for a in answers]
    assert ids == sorted(ids)
    assert [a["result"]["content"] for a in answers] == ["0", "1", "2", "3", "4"]


async def test_an_empty_batch_is_one_invalid_request(client):
    answer = await post(client, [])
    assert answer["error"]["code"] == -32600
    assert answer["id"] is None


async def test_a_batch_over_the_limit_is_one_invalid_request(client, make_user):
    alice = await make_user("alice")
    calls = [request("get_chats", {}, n) for n in range(MAX_BATCH_CALLS + 1)]
    answer = await post(client, calls, alice)
    assert answer["error"]["code"] == -32600
    assert answer["error"]["data"]["details"] == [
        {"path": "", "message": f"a batch holds 1 to {MAX_BATCH_CALLS} calls"}
    ]
    answers = await post(client, calls[:MAX_BATCH_CALLS], alice)
    assert [a["id"] for a in answers] == list(range(MAX_BATCH_CALLS))


async def test_a_batch_of_non_objects_answers_each_as_invalid_request(client):
    answers = await post(client, [1, "two"])
    assert [(a["id"], a["error"]["code"]) for a in answers] == [(None, -32600), (None, -32600)]


async def test_a_notification_runs_and_gets_no_answer(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    params = {"chat_id": chat["id"], "content": "fire and forget"}
    assert await post(client, notification("add_new_message", params), alice) is None
    history = await rest(client, bob, f"/chats/{chat['id']}/messages")
    assert [m["content"] for m in history["items"]] == ["fire and forget"]


async def test_a_batch_of_only_notifications_is_204_even_when_they_fail(client, make_user):
    alice = await make_user("alice")
    batch = [
        notification("get_chats"),
        notification("no_such_method"),
        notification("get_users", []),
    ]
    assert await post(client, batch, alice) is None


async def test_notifications_in_a_batch_get_no_entry(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    answers = await post(
        client,
        [
            notification("add_new_message", {"chat_id": chat["id"], "content": "quiet"}),
            notification("get_messages", {"chat_id": 2**62}),
            request("get_messages", {"chat_id": chat["id"]}, 7),
        ],
        alice,
    )
    assert [a["id"] for a in answers] == [7]
    assert [m["content"] for m in answers[0]["result"]["items"]] == ["quiet"]


async def test_a_null_id_is_a_call_and_is_answered(client, make_user):
    alice = await make_user("alice")
    answer = await post(client, request("get_chats", {}, None), alice)
    assert answer["id"] is None
    assert "result" in answer


# --- the standard error codes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [b'{"jsonrpc": "2.0", "method"', b"\xff\xfe", b"", b"NaN", b"[" * 100 + b"]" * 100]
)
async def test_a_body_that_is_not_json_is_a_parse_error_with_http_200(client, body):
    answer = await post_raw(client, body)
    assert answer["jsonrpc"] == "2.0"
    assert answer["id"] is None
    assert answer["error"]["code"] == -32700
    assert answer["error"]["data"]["code"] == "bad_request"


@pytest.mark.parametrize(
    ("call", "path"),
    [
        ({"method": "get_chats", "id": 1}, "/jsonrpc"),
        ({"jsonrpc": "1.0", "method": "get_chats", "id": 1}, "/jsonrpc"),
        ({"jsonrpc": 2.0, "method": "get_chats", "id": 1}, "/jsonrpc"),
        ({"jsonrpc": "2.0", "id": 1}, "/method"),
        ({"jsonrpc": "2.0", "method": 1, "id": 1}, "/method"),
        ({"jsonrpc": "2.0", "method": "get_chats", "id": True}, "/id"),
        ({"jsonrpc": "2.0", "method": "get_chats", "id": {"a": 1}}, "/id"),
        ({"jsonrpc": "2.0", "method": "get_chats", "params": "x", "id": 1}, "/params"),
        ({"jsonrpc": "2.0", "method": "get_chats", "params": None, "id": 1}, "/params"),
    ],
)
async def test_a_malformed_request_object_is_invalid_request(client, call, path):
    answer = await post(client, call)
    assert answer["error"]["code"] == -32600
    assert paths(answer["error"]) == [path]
    assert answer["id"] == (1 if path != "/id" else None)


async def test_a_body_that_is_neither_object_nor_array_is_invalid_request(client):
    answer = await post(client, "get_chats")
    assert (answer["id"], answer["error"]["code"]) == (None, -32600)


async def test_an_unknown_method_is_method_not_found(client, make_user):
    alice = await make_user("alice")
    failure = await error(client, alice, "rpc.discover", {}, -32601)
    assert failure["data"]["code"] == "not_found"
    # Method names are checked before the token: nothing to authenticate for.
    await error(client, None, "get_everything", {}, -32601)


async def test_invalid_params_list_every_failing_path(client):
    failure = await error(
        client, None, "add_new_user", {"nick": "no", "password": "short", "extra": 1}, -32602
    )
    assert failure["data"]["code"] == "validation_failed"
    assert paths(failure) == ["/email", "/extra", "/name", "/nick", "/password"]


async def test_invalid_params_report_the_target_id_and_the_body_together(client, make_user):
    alice = await make_user("alice")
    failure = await error(
        client, alice, "add_new_message", {"chat_id": "one", "content": "   "}, -32602
    )
    assert paths(failure) == ["/chat_id", "/content"]
    failure = await error(client, alice, "change_message_content", {"content": "x"}, -32602)
    assert failure["data"]["details"] == [{"path": "/message_id", "message": "is required"}]


async def test_positional_params_are_invalid_params(client, make_user):
    alice = await make_user("alice")
    failure = await error(client, alice, "get_messages", [1], -32602)
    assert failure["data"]["details"] == [{"path": "", "message": "must be an object"}]


async def test_before_together_with_after_is_invalid_params_as_rest_refuses_it(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    failure = await error(
        client, alice, "get_messages", {"chat_id": chat["id"], "before": 9, "after": 1}, -32602
    )
    assert failure["data"]["code"] == "bad_request"
    response = await client.get(
        f"{V1}/chats/{chat['id']}/messages?before=9&after=1", headers=alice.headers
    )
    assert response.status == 400
    assert (await response.json())["error"]["details"] == failure["data"]["details"]


async def test_a_malformed_chat_cursor_is_invalid_params(client, make_user):
    alice = await make_user("alice")
    failure = await error(client, alice, "get_chats", {"after": "not-a-cursor"}, -32602)
    assert failure["data"]["code"] == "bad_request"


async def test_a_database_out_of_reach_is_unavailable_without_a_traceback(make_client):
    client = await make_client()
    alice = await register(client, "alice")
    await client.app[SERVICES].db.pool.close()
    call = request("get_users", {"q": "alice"})
    answer = await (await client.post(RPC, json=call, headers=alice.headers)).json()
    assert answer["error"]["code"] == -32000
    assert answer["error"]["data"] == {"code": "unavailable", "details": []}


async def test_an_unexpected_failure_is_internal_error_without_a_traceback(make_client):
    client = await make_client()
    # A fault in our own code, not in a dependency: the hashing service is gone.
    client.app[SERVICES].passwords = None
    nick = unique_nick("rpc")
    response = await client.post(
        RPC,
        json=request(
            "add_new_user",
            {
                "nick": nick,
                "name": "N",
                "email": f"{nick}@example.com",
                "password": "correct horse battery",
            },
        ),
    )
    assert response.status == 200
    text = await response.text()
    assert "Traceback" not in text
    answer = await response.json()
    assert answer["error"]["code"] == -32603
    assert answer["error"]["data"] == {"code": "internal_error", "details": []}
    assert response.headers["X-Request-Id"] in answer["error"]["message"]


async def test_a_body_that_is_not_json_content_type_is_415_like_rest(client):
    response = await client.post(RPC, data=b"{}", headers={"Content-Type": "text/plain"})
    assert response.status == 415
    assert (await response.json())["error"]["code"] == "unsupported_media_type"


# --- domain errors ------------------------------------------------------------------------


async def test_a_non_member_gets_not_found_like_a_chat_that_does_not_exist(client, make_user):
    alice, bob, eve = await make_user("alice"), await make_user("bob"), await make_user("eve")
    chat = await create_chat(client, alice, [bob], group=False)
    hidden = await error(client, eve, "get_messages", {"chat_id": chat["id"]}, -32004)
    missing = await error(client, eve, "get_messages", {"chat_id": 2**62}, -32004)
    assert hidden == missing
    assert hidden["data"] == {"code": "not_found", "details": []}
    await error(client, eve, "add_new_message", {"chat_id": chat["id"], "content": "x"}, -32004)
    await error(client, eve, "get_participants_of_chat", {"chat_id": chat["id"]}, -32004)
    await error(client, eve, "remove_all_messages", {"chat_id": chat["id"]}, -32004)


async def test_editing_someone_elses_message_is_forbidden(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    sent = await send(client, alice, chat["id"], "alice's words")
    failure = await error(
        client, bob, "change_message_content", {"message_id": sent["id"], "content": "x"}, -32003
    )
    assert failure["data"]["code"] == "forbidden"
    await error(client, bob, "remove_message", {"message_id": sent["id"]}, -32003)
    history = await rest(client, alice, f"/chats/{chat['id']}/messages")
    assert history["items"] == [sent]


async def test_a_member_who_is_not_the_owner_cannot_clear_a_group(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    group = await create_chat(client, alice, [bob])
    await error(client, bob, "remove_all_messages", {"chat_id": group["id"]}, -32003)


async def test_a_taken_nick_is_conflict(client, make_user):
    alice = await make_user("alice")
    failure = await error(
        client,
        None,
        "add_new_user",
        {
            "nick": alice.user["nick"].upper(),
            "name": "Copy",
            "email": "someone-else@example.com",
            "password": "correct horse battery",
        },
        -32009,
    )
    assert failure["data"]["code"] == "conflict"


# --- the schemas ---------------------------------------------------------------------------


def test_rpc_page_limits_are_the_rest_ones():
    for name in ("get_users", "get_chats", "get_messages", "get_participants_of_chat"):
        limit = METHODS[name].params.schema["properties"]["limit"]
        assert (limit["minimum"], limit["maximum"], limit["default"]) == (
            1,
            MAX_LIMIT,
            DEFAULT_LIMIT,
        )
        assert params.LIMIT in METHODS[name].endpoint.params


def test_every_method_validates_with_schema_files_that_exist():
    schemas = load_schemas()
    for method in METHODS.values():
        for name in method.body_schemas:
            assert name in schemas
