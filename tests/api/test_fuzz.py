"""Property-based fuzzing of the live API from its own OpenAPI document (schemathesis).

A real server (the app on a free loopback port, served by a thread with its own event
loop, on the suite's database) is fuzzed through every operation that
/api/openapi.json lists, with valid and hostile input alike, as a registered user who is
a member of real chats. Every answer must be no 5xx, a documented status with the
documented content type, headers and body; a JSON-RPC answer must carry no internal
error either (those are a 200 on the wire).

Generated ids rarely name a real object, so valid cases sometimes get the ids of the
fuzzed user's real chats, messages and users instead (`flatmap_case` below); hostile
parts of a case are left as generated.

The budget is bounded and the generation derandomized (a fixed seed, no example
database), so a run in CI is reproducible and takes well under a minute.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from aiohttp import web
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

import messenger
from messenger.api.app import create_app
from messenger.api.handlers import docs
from messenger.api.rpc import INTERNAL_ERROR
from messenger.config import Config

# Per operation and generation phase; with the coverage phase's own boundary cases this
# is about 2,200 requests in all.
MAX_EXAMPLES = 50
SEED = 20240402
LOGOUT = "/api/v1/auth/logout"
RPC = "/api/rpc"
TIMEOUT_SECONDS = 30
PASSWORD = "correct horse battery"

WEB_DIR = Path(messenger.__file__).parent / "api" / "client"

JSON = dict[str, Any]
Case = schemathesis.Case[schemathesis.APIOperation[Any, Any, Any, Any]]


def no_rpc_internal_error(ctx: Any, response: schemathesis.Response, case: Case) -> None:
    """JSON-RPC answers every call with a 200; an unexpected failure inside a call is its
    -32603, which must never happen, whatever the call."""
    if case.operation.path != RPC or response.status_code != 200:
        return
    body = response.json()
    for answer in body if isinstance(body, list) else [body]:
        error = answer.get("error") if isinstance(answer, dict) else None
        assert not (isinstance(error, dict) and error.get("code") == INTERNAL_ERROR), error


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    no_rpc_internal_error,
]


class LiveServer:
    """The app served on 127.0.0.1 (a free port) by a thread with its own event loop."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.url = ""
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="fuzz-server", daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        if not self._ready.wait(TIMEOUT_SECONDS):
            raise RuntimeError("the fuzzed server did not start")
        if self._error is not None:
            raise RuntimeError("the fuzzed server failed to start") from self._error
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(TIMEOUT_SECONDS)

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as error:
            self._error = error
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        runner = web.AppRunner(create_app(self.config), access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            host, port = runner.addresses[0][:2]
            self.url = f"http://{host}:{port}"
            self._ready.set()
            await self._stop.wait()
        finally:
            await runner.cleanup()


@dataclass
class World:
    """The fuzzed user's reach: real ids to put into generated requests."""

    url: str
    token: str = ""
    user_ids: list[int] = field(default_factory=list)
    message_id: int = 0
    # operation label -> real values for all of its path parameters, or for some of its
    # query parameters
    path_parameters: dict[str, list[JSON]] = field(default_factory=dict)
    query: dict[str, list[JSON]] = field(default_factory=dict)
    # JSON-RPC method -> params that name real objects
    rpc_params: dict[str, JSON] = field(default_factory=dict)
    statuses: dict[str, Counter[int]] = field(default_factory=dict)

    def register(self, prefix: str) -> tuple[JSON, str]:
        nick = f"{prefix}_{uuid.uuid4().hex[:10]}"
        body = {"nick": nick, "name": prefix, "email": f"{nick}@example.com", "password": PASSWORD}
        response = requests.post(f"{self.url}/api/v1/auth/register", json=body, timeout=10)
        assert response.status_code == 201, response.text
        payload: JSON = response.json()
        return payload["user"], payload["token"]

    def post(self, path: str, token: str, body: JSON) -> JSON:
        response = requests.post(
            f"{self.url}/api/v1{path}",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert response.status_code in (200, 201), response.text
        result: JSON = response.json()
        return result


def build_world(url: str) -> World:
    """The fuzzed user A, and B and C; a group G1 that A owns with messages by A and by B
    and an upload; a group G2 that B owns, where A may leave; a personal chat P of A and B.

    Generated DELETEs may clear G2 and P and remove members of G1 but never A from G1, so
    later operations still find a chat with messages."""
    world = World(url)
    # In a fresh database the boundary values 1 and 2 (which the coverage phase always
    # tries) would name the fuzzed user's own chats and messages, and a generated DELETE
    # would wipe them: decoys take the first ids.
    _, decoy_token = world.register("decoy")
    for _ in range(2):
        decoy = world.post(
            "/chats", decoy_token, {"is_group_chat": True, "topic": "decoy", "member_ids": []}
        )
        world.post(f"/chats/{decoy['id']}/messages", decoy_token, {"content": "decoy"})

    a, world.token = world.register("fuzz")
    b, b_token = world.register("fuzzb")
    c, _ = world.register("fuzzc")
    world.user_ids = [a["id"], b["id"], c["id"]]
    g1 = world.post(
        "/chats",
        world.token,
        {"is_group_chat": True, "topic": "G1", "member_ids": [b["id"], c["id"]]},
    )
    g2 = world.post(
        "/chats", b_token, {"is_group_chat": True, "topic": "G2", "member_ids": [a["id"]]}
    )
    p = world.post("/chats", world.token, {"is_group_chat": False, "member_ids": [b["id"]]})
    for chat in (g1, g2, p):
        world.post(f"/chats/{chat['id']}/messages", world.token, {"content": "hello"})
    mine = world.post(f"/chats/{g1['id']}/messages", world.token, {"content": "mine"})
    theirs = world.post(f"/chats/{g1['id']}/messages", b_token, {"content": "theirs"})
    world.message_id = theirs["id"]
    upload = requests.post(
        f"{url}/api/v1/chats/{g1['id']}/attachments",
        files={"file": ("notes.txt", b"fuzz", "text/plain")},
        headers={"Authorization": f"Bearer {world.token}"},
        timeout=10,
    )
    assert upload.status_code == 201, upload.text
    upload_id = upload.json()["id"]

    chats = [{"id": chat["id"]} for chat in (g1, g2, p)]
    churn = [{"id": g2["id"]}, {"id": p["id"]}]
    messages = [{"id": mine["id"]}, {"id": theirs["id"]}]
    world.path_parameters = {
        "GET /api/v1/users/{id}": [{"id": uid} for uid in world.user_ids],
        "GET /api/v1/chats/{id}": chats,
        "GET /api/v1/chats/{id}/members": chats,
        "POST /api/v1/chats/{id}/members": chats,
        "DELETE /api/v1/chats/{id}/members/{user_id}": [
            {"id": g1["id"], "user_id": c["id"]},
            {"id": g2["id"], "user_id": a["id"]},
            {"id": p["id"], "user_id": b["id"]},
        ],
        "GET /api/v1/chats/{id}/messages": chats,
        "POST /api/v1/chats/{id}/messages": chats,
        "DELETE /api/v1/chats/{id}/messages": churn,
        "POST /api/v1/chats/{id}/read": chats,
        "POST /api/v1/chats/{id}/attachments": chats,
        "PATCH /api/v1/messages/{id}": messages,
        "DELETE /api/v1/messages/{id}": messages,
        "GET /api/v1/attachments/{id}": [{"id": upload_id}],
        "GET /api/docs/static/{name}": [{"name": name} for name in sorted(docs.ASSETS)],
        "GET /web/{name}": [{"name": path.name} for path in sorted(WEB_DIR.glob("*"))],
    }
    first_page = requests.get(
        f"{url}/api/v1/chats?limit=1",
        headers={"Authorization": f"Bearer {world.token}"},
        timeout=10,
    )
    world.query = {
        "GET /api/v1/users": [{"q": "fuzz", "after": a["id"], "limit": 1}],
        "GET /api/v1/chats": [{"after": first_page.json()["next"], "limit": 1}],
        "GET /api/v1/chats/{id}/members": [{"after": a["id"], "limit": 1}],
        "GET /api/v1/chats/{id}/messages": [{"before": theirs["id"]}, {"after": mine["id"]}],
    }
    world.rpc_params = {
        "get_users": {"q": "fuzz", "limit": 2},
        "get_chats": {"limit": 2},
        "get_messages": {"chat_id": g1["id"], "limit": 2},
        "get_participants_of_chat": {"chat_id": g1["id"]},
        "add_new_chat": {"is_group_chat": False, "member_ids": [b["id"]]},
        "add_new_message": {"chat_id": g1["id"], "content": "by rpc"},
        "add_new_attach": {"chat_id": g1["id"], "content": "file", "attachment_ids": [upload_id]},
        "change_message_content": {"message_id": mine["id"], "content": "edited by rpc"},
        "remove_message": {"message_id": theirs["id"]},
        "remove_all_messages": {"chat_id": p["id"]},
    }
    return world


def real_body(world: World, body: Any) -> Any:
    """The body with the ids a client would really send, where it has such fields."""
    if isinstance(body, list):
        return [real_body(world, item) for item in body]
    if not isinstance(body, dict):
        return body
    real = dict(body)
    if isinstance(real.get("method"), str) and real["method"] in world.rpc_params:
        real["params"] = world.rpc_params[real["method"]]
    for key in ("member_ids", "user_ids"):
        if isinstance(real.get(key), list):
            real[key] = world.user_ids[1:]
    if isinstance(real.get("message_id"), int):
        real["message_id"] = world.message_id
    return real


@pytest.fixture(scope="module")
def fuzz_world(config: Config, request: pytest.FixtureRequest) -> Iterator[World]:
    with LiveServer(config) as server:
        world = build_world(server.url)
        yield world
    report_statuses(request.config, world.statuses)


def report_statuses(config: pytest.Config, statuses: dict[str, Counter[int]]) -> None:
    """How many cases ran, per operation with -v: a fuzz run that sent little proves little."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    total = sum(sum(counts.values()) for counts in statuses.values())
    if reporter is None or capture is None or not total:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(f"\nschemathesis: {total} cases over {len(statuses)} operations")
        if config.get_verbosity() > 0:
            for label, counts in statuses.items():
                spread = ", ".join(f"{status}: {n}" for status, n in sorted(counts.items()))
                reporter.write_line(f"  {label}: {sum(counts.values())} ({spread})")


@pytest.fixture(scope="module")
def api_schema(fuzz_world: World) -> schemathesis.BaseSchema:
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "base-url": fuzz_world.url,
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
            "auth": {"openapi": {"bearerAuth": {"bearer": fuzz_world.token}}},
            "request-timeout": TIMEOUT_SECONDS,
        }
    )
    schema = schemathesis.openapi.from_url(f"{fuzz_world.url}/api/openapi.json", config=config)

    @schema.hook
    def flatmap_case(context: schemathesis.HookContext, case: Case) -> st.SearchStrategy[Case]:
        label = case.operation.label
        meta = case.meta

        def real(location: ParameterLocation, values: list[JSON]) -> st.SearchStrategy[Any]:
            if not values or (meta is not None and meta.is_negative_at(location)):
                return st.none()
            return st.sampled_from([None, *values])

        def substitute(choice: tuple[JSON | None, JSON | None, bool]) -> Case:
            path_parameters, query, body = choice
            if path_parameters is not None:
                case.path_parameters = {**case.path_parameters, **path_parameters}
            if query is not None:
                case.query = dict(query)  # in place of all: `before` with `after` is a 400
            if body:
                case.body = real_body(fuzz_world, case.body)
            return case

        bodies = (
            st.just(False)
            if meta is not None and meta.is_negative_at(ParameterLocation.BODY)
            else st.booleans()
        )
        return st.tuples(
            real(ParameterLocation.PATH, fuzz_world.path_parameters.get(label, [])),
            real(ParameterLocation.QUERY, fuzz_world.query.get(label, [])),
            bodies,
        ).map(substitute)

    return schema


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
def test_every_operation_answers_as_documented(case: Case, fuzz_world: World) -> None:
    headers = None
    if case.operation.path == LOGOUT:
        # Logging out revokes the token it is sent with: never the fuzzed user's own.
        _, token = fuzz_world.register("logout")
        headers = {"Authorization": f"Bearer {token}"}
    response = case.call_and_validate(headers=headers, checks=CHECKS)
    counts = fuzz_world.statuses.setdefault(case.operation.label, Counter())
    counts[response.status_code] += 1
