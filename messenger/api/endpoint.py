"""What one row of the endpoint table (messenger/api/endpoints.py) says, and what its
handler is given and gives back.

A row names everything about one endpoint: method, path, its path and query parameters,
the JSON Schema file of its body, its responses and errors, whether it needs a token, its
JSON-RPC method names, and the handler. The aiohttp routes (routes.py), the OpenAPI paths
(openapi.py) and the JSON-RPC method table (rpc.py) are all built from the rows.

A typed handler is `async def handler(call: Call, **arguments) -> answer`: its keyword
arguments are the row's parameters (by `Param.arg`) and the body's properties, already
parsed and validated, so REST and JSON-RPC call the very same function. It answers with
a view (sent with 200), a `Reply` (a view and another status), `None` (204), or
`Encoded` JSON. A raw handler (`raw=True`) takes the aiohttp request itself: files,
multipart uploads, the WebSocket, pages.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from messenger.api.params import Param
from messenger.errors import Unauthorized
from messenger.services.container import Services

Schema = dict[str, Any]


@dataclass(frozen=True)
class Call:
    """Who calls, and what every handler may need besides its arguments."""

    services: Services
    user: dict[str, Any] | None
    token: str | None
    # The client's address (the TCP peer), for the limits on failed logins.
    address: str
    # What the client says it is (User-Agent): what a session is shown as.
    user_agent: str | None = None

    @property
    def me(self) -> int:
        if self.user is None:  # only public handlers run without a user, and never ask
            raise Unauthorized("send Authorization: Bearer <token>")
        return int(self.user["id"])


@dataclass(frozen=True)
class Reply:
    """A view sent with a status other than 200 (201 for something created)."""

    view: Any
    status: int


@dataclass(frozen=True)
class Encoded:
    """A JSON body already encoded (the cached chat list): sent as it is."""

    body: bytes


@dataclass(frozen=True)
class Json:
    """A JSON response: a TypedDict of messenger.operations.views (or a plain schema)."""

    shape: type | Schema
    description: str


@dataclass(frozen=True)
class Empty:
    """A response without a body."""

    description: str


@dataclass(frozen=True)
class Content:
    """A response of other media types (files, pages), documented as given."""

    description: str
    content: Schema
    headers: Schema = field(default_factory=dict)


Response = Json | Empty | Content


@dataclass(frozen=True)
class RpcName:
    """A JSON-RPC method of an endpoint; `also` names schema files its params must meet
    beyond the endpoint's own (add_new_attach: attachment_ids required)."""

    name: str
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    handler: Callable[..., Awaitable[Any]]
    summary: str
    tag: str
    responses: Mapping[int, Response]
    params: tuple[Param, ...] = ()
    # The JSON Schema file (messenger/api/schemas/) of a JSON body; its properties are
    # the handler's keyword arguments beside the params.
    body: str | None = None
    # Shown in the docs instead of values generated from the schema's patterns.
    example: Schema | None = None
    # Error statuses beyond those every such endpoint can meet (see openapi.operation).
    errors: tuple[int, ...] = ()
    public: bool = False
    # Public, yet it takes a token when given one (JSON-RPC: each call may need it).
    optional_token: bool = False
    rpc: tuple[RpcName, ...] = ()
    description: str | None = None
    # The handler takes the aiohttp request and answers it itself.
    raw: bool = False
    # A documented request body that is not a JSON Schema file (multipart, JSON-RPC).
    request_body: Schema | None = None

    @property
    def operation_id(self) -> str:
        return self.handler.__name__


def json_value(answer: Any) -> Any:
    """A typed handler's answer as the JSON value a REST client reads (JSON-RPC's result)."""
    if isinstance(answer, Encoded):
        return json.loads(answer.body)
    if isinstance(answer, Reply):
        return answer.view
    return answer
