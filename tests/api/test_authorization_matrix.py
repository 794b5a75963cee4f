"""Who may do what in a chat: every chat-scoped endpoint against every role.

An outsider gets exactly the 404 that an id which does not exist gets, so a chat's
existence never leaks (docs/API.md, 404). Members, authors and owners get what docs/API.md
grants them; a refused request leaves the chat as it was.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import FormData, web
from aiohttp.test_utils import TestClient

from tests.support.api import Account, create_chat, register

Client = TestClient[web.Request, web.Application]
Ids = dict[str, int]

# A valid bigint that no sequence of the test database reaches.
MISSING_ID = 2**62

OUTSIDER, MEMBER, AUTHOR, OWNER = "outsider", "member", "author", "owner"


@dataclass(frozen=True)
class Endpoint:
    """One route. `path` and `body` name the scene's objects as {chat}, {message},
    {attachment}, {newcomer}, {other} (a member who is not the caller) and {self}."""

    method: str
    path: str
    # The placeholder naming the guarded object; a missing id goes there.
    target: str = "chat"
    body: Callable[[Ids], dict[str, Any]] | None = field(default=None, compare=False)
    upload: bool = False

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


GET_CHAT = Endpoint("GET", "/api/v1/chats/{chat}")
LIST_MEMBERS = Endpoint("GET", "/api/v1/chats/{chat}/members")
ADD_MEMBERS = Endpoint(
    "POST", "/api/v1/chats/{chat}/members", body=lambda ids: {"user_ids": [ids["newcomer"]]}
)
REMOVE_OTHER = Endpoint("DELETE", "/api/v1/chats/{chat}/members/{other}")
LEAVE = Endpoint("DELETE", "/api/v1/chats/{chat}/members/{self}")
HISTORY = Endpoint("GET", "/api/v1/chats/{chat}/messages")
SEND = Endpoint("POST", "/api/v1/chats/{chat}/messages", body=lambda ids: {"content": "hello"})
CLEAR = Endpoint("DELETE", "/api/v1/chats/{chat}/messages")
READ = Endpoint(
    "POST", "/api/v1/chats/{chat}/read", body=lambda ids: {"message_id": ids["message"]}
)
UPLOAD = Endpoint("POST", "/api/v1/chats/{chat}/attachments", upload=True)
EDIT = Endpoint(
    "PATCH", "/api/v1/messages/{message}", target="message", body=lambda ids: {"content": "edited"}
)
DELETE_MESSAGE = Endpoint("DELETE", "/api/v1/messages/{message}", target="message")
DOWNLOAD = Endpoint("GET", "/api/v1/attachments/{attachment}", target="attachment")
SEARCH = Endpoint("GET", "/api/v1/search/messages?q=message&chat_id={chat}")

# In a group chat `author` is a plain member who wrote the message and the attachment
# under test; `owner` created the chat and wrote neither.
GROUP_MATRIX: list[tuple[Endpoint, dict[str, int]]] = [
    #                        outsider       member       author       owner
    (GET_CHAT,       {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200, OWNER: 200}),
    (LIST_MEMBERS,   {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200, OWNER: 200}),
    (ADD_MEMBERS,    {OUTSIDER: 404, MEMBER: 403, AUTHOR: 403, OWNER: 200}),
    (REMOVE_OTHER,   {OUTSIDER: 404, MEMBER: 403, AUTHOR: 403, OWNER: 204}),
    (LEAVE,          {OUTSIDER: 404, MEMBER: 204, AUTHOR: 204, OWNER: 204}),
    (HISTORY,        {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200, OWNER: 200}),
    (SEND,           {OUTSIDER: 404, MEMBER: 201, AUTHOR: 201, OWNER: 201}),
    (CLEAR,          {OUTSIDER: 404, MEMBER: 403, AUTHOR: 403, OWNER: 204}),
    (READ,           {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200, OWNER: 200}),
    (UPLOAD,         {OUTSIDER: 404, MEMBER: 201, AUTHOR: 201, OWNER: 201}),
    (EDIT,           {OUTSIDER: 404, MEMBER: 403, AUTHOR: 200, OWNER: 403}),
    (DELETE_MESSAGE, {OUTSIDER: 404, MEMBER: 403, AUTHOR: 204, OWNER: 204}),
    (DOWNLOAD,       {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200, OWNER: 200}),
    (SEARCH,         {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200, OWNER: 200}),
]  # fmt: skip

# A personal chat has no owner: `member` started it, `author` wrote the message. Either
# may clear it; nobody may change who is in it; only the author edits or deletes.
PERSONAL_MATRIX: list[tuple[Endpoint, dict[str, int]]] = [
    #                        outsider       member       author
    (GET_CHAT,       {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200}),
    (LIST_MEMBERS,   {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200}),
    (ADD_MEMBERS,    {OUTSIDER: 404, MEMBER: 403, AUTHOR: 403}),
    (REMOVE_OTHER,   {OUTSIDER: 404, MEMBER: 403, AUTHOR: 403}),
    (LEAVE,          {OUTSIDER: 404, MEMBER: 403, AUTHOR: 403}),
    (HISTORY,        {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200}),
    (SEND,           {OUTSIDER: 404, MEMBER: 201, AUTHOR: 201}),
    (CLEAR,          {OUTSIDER: 404, MEMBER: 204, AUTHOR: 204}),
    (READ,           {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200}),
    (UPLOAD,         {OUTSIDER: 404, MEMBER: 201, AUTHOR: 201}),
    (EDIT,           {OUTSIDER: 404, MEMBER: 403, AUTHOR: 200}),
    (DELETE_MESSAGE, {OUTSIDER: 404, MEMBER: 403, AUTHOR: 204}),
    (DOWNLOAD,       {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200}),
    (SEARCH,         {OUTSIDER: 404, MEMBER: 200, AUTHOR: 200}),
]  # fmt: skip

MATRIX = [("group", *row) for row in GROUP_MATRIX] + [("personal", *row) for row in PERSONAL_MATRIX]
CASES = [
    pytest.param(kind, endpoint, role, status, id=f"{kind}-{role}-{endpoint}")
    for kind, endpoint, expected in MATRIX
    for role, status in expected.items()
]
OUTSIDER_CASES = [
    pytest.param(kind, endpoint, id=f"{kind}-{endpoint}") for kind, endpoint, _ in MATRIX
]


@dataclass
class Scene:
    """One chat with a message carrying an attachment, and everyone around it."""

    chat_id: int
    message_id: int
    attachment_id: int
    accounts: dict[str, Account]
    newcomer: Account
    # In a group, a member who is never the caller; in a personal chat, the author.
    bystander: Account

    def other_member(self, actor: Account) -> Account:
        """A member who is not the caller: whom {other} removes."""
        return self.bystander if actor.id != self.bystander.id else self.accounts[MEMBER]

    def witness(self, actor: Account) -> Account:
        """A member who is neither the caller nor removed by them: sees before and after."""
        busy = {actor.id, self.other_member(actor).id}
        members = [self.accounts[role] for role in (OWNER, MEMBER, AUTHOR) if role in self.accounts]
        spare = [account for account in members if account.id not in busy]
        # A personal chat has no third member; there nobody may remove anyone anyway.
        return spare[0] if spare else self.other_member(actor)

    def ids(self, actor: Account) -> Ids:
        return {
            "chat": self.chat_id,
            "message": self.message_id,
            "attachment": self.attachment_id,
            "newcomer": self.newcomer.id,
            "other": self.other_member(actor).id,
            "self": actor.id,
        }


async def upload_file(client: Client, account: Account, chat_id: int) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/chats/{chat_id}/attachments", data=file_form(), headers=account.headers
    )
    assert response.status == 201, await response.text()
    attachment: dict[str, Any] = await response.json()
    return attachment


def file_form() -> FormData:
    form = FormData()
    form.add_field(
        "file", b"minutes of the meeting", filename="notes.txt", content_type="text/plain"
    )
    return form


async def build_scene(client: Client, kind: str) -> Scene:
    names = ["member", "author", "newcomer", "outsider"]
    if kind == "group":
        names += ["owner", "bystander"]
    people = dict(
        zip(names, await asyncio.gather(*(register(client, n) for n in names)), strict=True)
    )
    if kind == "group":
        chat = await create_chat(
            client, people["owner"], [people["member"], people["author"], people["bystander"]]
        )
        roles = [OUTSIDER, MEMBER, AUTHOR, OWNER]
        bystander = people["bystander"]
    else:
        chat = await create_chat(client, people["member"], [people["author"]], group=False)
        roles = [OUTSIDER, MEMBER, AUTHOR]
        # The other party of the pair; for the author that is the member and vice versa.
        bystander = people["author"]
    author = people["author"]
    attachment = await upload_file(client, author, chat["id"])
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"content": "the message under test", "attachment_ids": [attachment["id"]]},
        headers=author.headers,
    )
    assert response.status == 201, await response.text()
    message = await response.json()
    return Scene(
        chat_id=chat["id"],
        message_id=message["id"],
        attachment_id=attachment["id"],
        accounts={role: people[role] for role in roles},
        newcomer=people["newcomer"],
        bystander=bystander,
    )


async def call(
    client: Client, endpoint: Endpoint, actor: Account, ids: Ids
) -> tuple[int, dict[str, Any] | None, str]:
    """(status, JSON body or None, content type) of one request as `actor`."""
    kwargs: dict[str, Any] = {"headers": actor.headers}
    if endpoint.body is not None:
        kwargs["json"] = endpoint.body(ids)
    if endpoint.upload:
        kwargs["data"] = file_form()
    path = endpoint.path.format(**ids)
    async with client.request(endpoint.method, path, **kwargs) as response:
        payload = await response.json() if response.content_type == "application/json" else None
        return response.status, payload, response.content_type


async def chat_state(client: Client, scene: Scene, viewer: Account) -> dict[str, Any]:
    """Everything a member can see of the chat: the chat, its members, its history and
    the attachment."""
    chat_id = scene.chat_id
    state: dict[str, Any] = {}
    for name, path in (
        ("chat", f"/api/v1/chats/{chat_id}"),
        ("members", f"/api/v1/chats/{chat_id}/members?limit=100"),
        ("messages", f"/api/v1/chats/{chat_id}/messages?limit=100"),
    ):
        response = await client.get(path, headers=viewer.headers)
        assert response.status == 200, await response.text()
        state[name] = await response.json()
    download = await client.get(
        f"/api/v1/attachments/{scene.attachment_id}", headers=viewer.headers
    )
    state["attachment"] = (download.status, await download.read())
    return state


def member_ids(state: dict[str, Any]) -> set[int]:
    return {member["user"]["id"] for member in state["members"]["items"]}


def message_ids(state: dict[str, Any]) -> list[int]:
    return [message["id"] for message in state["messages"]["items"]]


def check_granted_effect(
    endpoint: Endpoint,
    scene: Scene,
    actor: Account,
    payload: dict[str, Any] | None,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """A granted request did what it is for, seen by another member."""
    other = scene.other_member(actor).id
    if endpoint == ADD_MEMBERS:
        assert member_ids(after) == member_ids(before) | {scene.newcomer.id}
    elif endpoint == REMOVE_OTHER:
        assert member_ids(after) == member_ids(before) - {other}
    elif endpoint == LEAVE:
        assert member_ids(after) == member_ids(before) - {actor.id}
    elif endpoint == SEND:
        assert payload is not None
        assert message_ids(after) == [payload["id"], *message_ids(before)]
    elif endpoint == CLEAR:
        assert message_ids(before) != []
        assert message_ids(after) == []
    elif endpoint == READ:
        assert payload == {"unread_count": 0}
        [me] = [m for m in after["members"]["items"] if m["user"]["id"] == actor.id]
        assert me["last_read_message_id"] == scene.message_id
    elif endpoint == EDIT:
        [message] = after["messages"]["items"]
        assert (message["content"], message["edited_at"] is not None) == ("edited", True)
    elif endpoint == DELETE_MESSAGE:
        assert message_ids(after) == []
        assert after["attachment"][0] == 404, "the message's attachment goes with it"
    elif endpoint == SEARCH:
        assert payload is not None
        assert [hit["message"]["id"] for hit in payload["items"]] == [scene.message_id]
        assert after == before
    elif endpoint == UPLOAD:
        assert payload is not None
        assert (payload["chat_id"], payload["message_id"]) == (scene.chat_id, None)
        assert after == before
    else:  # reading changes nothing
        assert after == before


@pytest.mark.parametrize(("kind", "endpoint", "role", "status"), CASES)
async def test_each_role_gets_exactly_what_api_md_grants(
    client: Client, kind: str, endpoint: Endpoint, role: str, status: int
) -> None:
    scene = await build_scene(client, kind)
    actor = scene.accounts[role]
    observer = scene.witness(actor)
    before = await chat_state(client, scene, observer)

    got, payload, content_type = await call(client, endpoint, actor, scene.ids(actor))

    assert got == status, f"{role} {endpoint} in a {kind} chat: {got} {payload}"
    after = await chat_state(client, scene, observer)
    if status >= 400:
        assert content_type == "application/json"
        assert payload is not None
        assert payload["error"]["code"] == {403: "forbidden", 404: "not_found"}[status]
        assert after == before, f"the refused {endpoint} changed the chat"
    else:
        check_granted_effect(endpoint, scene, actor, payload, before, after)


@pytest.mark.parametrize(("kind", "endpoint"), OUTSIDER_CASES)
async def test_outsider_gets_the_same_404_as_for_a_missing_id(
    client: Client, kind: str, endpoint: Endpoint
) -> None:
    scene = await build_scene(client, kind)
    outsider = scene.accounts[OUTSIDER]
    real_ids = scene.ids(outsider)
    missing_ids = real_ids | {endpoint.target: MISSING_ID}

    existing = await call(client, endpoint, outsider, real_ids)
    missing = await call(client, endpoint, outsider, missing_ids)

    assert missing[0] == 404
    assert existing == missing


async def test_author_who_left_is_an_outsider_to_the_chat_and_their_message(
    client: Client,
) -> None:
    scene = await build_scene(client, "group")
    leaver = scene.accounts[AUTHOR]
    response = await client.delete(
        f"/api/v1/chats/{scene.chat_id}/members/{leaver.id}", headers=leaver.headers
    )
    assert response.status == 204

    ids = scene.ids(leaver)
    for endpoint in (GET_CHAT, HISTORY, SEND, READ, UPLOAD, EDIT, DELETE_MESSAGE, DOWNLOAD):
        existing = await call(client, endpoint, leaver, ids)
        missing = await call(client, endpoint, leaver, ids | {endpoint.target: MISSING_ID})
        assert existing[0] == 404, f"{endpoint}: {existing}"
        assert existing == missing, str(endpoint)
