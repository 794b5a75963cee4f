"""The OpenAPI document and the docs page: valid OpenAPI 3.1, every route documented,
the request schemas the very validation files, and real answers as documented."""

from __future__ import annotations

import copy
import json
import re
import uuid
from html.parser import HTMLParser
from importlib import resources
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from messenger.api.endpoints import ENDPOINTS
from messenger.api.handlers import docs
from messenger.api.middlewares import PUBLIC_ATTRIBUTE
from messenger.api.openapi import openapi_document
from messenger.api.request_schemas import definition_component, request_component
from messenger.api.validation import SCHEMA_PACKAGE, load_schemas, registry
from tests.support.api import Account, create_chat, register

Client = TestClient[web.Request, web.Application]
DOCUMENT_URI = "urn:messenger:openapi"
FILE_KEYWORDS = {"$schema", "$id", "$defs"}


@pytest.fixture
def document() -> dict[str, Any]:
    return copy.deepcopy(openapi_document())


def api_routes(app: web.Application) -> list[web.AbstractRoute]:
    return [
        route
        for route in app.router.routes()
        if route.method != "HEAD" and not isinstance(route.resource, web.StaticResource)
    ]


def route_path(route: web.AbstractRoute) -> str:
    assert route.resource is not None
    return route.resource.canonical


def pointer_get(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def inline(node: Any, lookup: Any) -> Any:
    """`node` with every $ref replaced by what it points at, as `lookup(ref)` finds it
    (returning the target and the lookup to use inside it)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target, inner_lookup = lookup(node["$ref"])
            siblings = {k: inline(v, lookup) for k, v in node.items() if k != "$ref"}
            return {**inline(target, inner_lookup), **siblings}
        return {key: inline(value, lookup) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(item, lookup) for item in node]
    return node


def document_lookup(document: dict[str, Any]) -> Any:
    def lookup(reference: str) -> tuple[Any, Any]:
        assert reference.startswith("#/"), reference
        return pointer_get(document, reference[1:]), lookup

    return lookup


def file_lookup(base_uri: str) -> Any:
    return resolver_lookup(registry().resolver(base_uri=base_uri))


def resolver_lookup(resolver: Any) -> Any:
    def lookup(reference: str) -> tuple[Any, Any]:
        resolved = resolver.lookup(reference)
        return resolved.contents, resolver_lookup(resolved.resolver)

    return lookup


def file_schema_inlined(file_name: str) -> Any:
    root = {k: v for k, v in load_schemas()[file_name].items() if k not in FILE_KEYWORDS}
    return inline(root, file_lookup(file_name))


def strict(document: dict[str, Any]) -> dict[str, Any]:
    """A copy in which the documented objects have no properties beyond those documented,
    so an answer with an undocumented field fails validation."""
    copied = copy.deepcopy(document)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node.setdefault("unevaluatedProperties", False)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(copied["components"])
    return copied


class Contract:
    """Calls the API and holds every answer to the document: a documented status, the
    documented media type, a body valid against the documented schema, required headers."""

    def __init__(self, client: Client, document: dict[str, Any]) -> None:
        self.client = client
        self.document = document
        resource = Resource.from_contents(strict(document), default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource(DOCUMENT_URI, resource)
        self.called: set[tuple[str, str]] = set()

    async def call(
        self,
        method: str,
        template: str,
        *,
        account: Account | None = None,
        path: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> tuple[int, Any]:
        all_headers = {**(account.headers if account else {}), **(headers or {})}
        url = template.format(**(path or {}))
        response = await self.client.request(method, url, headers=all_headers, **kwargs)
        raw = await response.read()
        template = template.partition("?")[0]
        operation = self.document["paths"][template][method.lower()]
        self.called.add((template, method.lower()))
        status = str(response.status)
        assert status in operation["responses"], (
            f"{method} {template} answered an undocumented {status}: {raw[:300]!r}"
        )
        pointer = "/".join(["/paths", escape(template), method.lower(), "responses", status])
        spec = pointer_get(self.document, pointer)
        if "$ref" in spec:
            pointer = spec["$ref"][1:]
            spec = pointer_get(self.document, pointer)
        for name, header in spec.get("headers", {}).items():
            if header.get("required"):
                assert name in response.headers, f"{method} {template}: no {name} header"
        content = spec.get("content")
        if not content:
            assert raw == b"", f"{method} {template} {status} should have no body"
            return response.status, None
        media = response.content_type
        assert media in content or "*/*" in content, f"{method} {template}: {media}"
        if media != "application/json":
            return response.status, raw
        body = json.loads(raw)
        schema_pointer = f"{pointer}/content/application~1json/schema"
        validator = Draft202012Validator(
            {"$ref": f"{DOCUMENT_URI}#{schema_pointer}"}, registry=self.registry
        )
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
        assert not errors, f"{method} {template} {status} is not as documented: {errors}"
        return response.status, body


@pytest.fixture
def contract(client: Client, document: dict[str, Any]) -> Contract:
    return Contract(client, document)


# --- the document itself ---------------------------------------------------------------


def test_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1.")
    OpenAPIV31SpecValidator(document).validate()
    for schema in document["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_document_is_built_once_per_process():
    assert openapi_document() is openapi_document()


def test_every_route_of_the_app_is_documented_with_its_method(client, document):
    for route in api_routes(client.app):
        path, method = route_path(route), route.method.lower()
        assert path in document["paths"], f"{path} is not documented"
        operation = document["paths"][path].get(method)
        assert operation is not None, f"{route.method} {path} is not documented"
        assert operation["operationId"] == route.handler.__name__, path


def test_every_documented_operation_is_a_route_of_the_app(client, document):
    routes = {(route_path(r), r.method.lower()) for r in api_routes(client.app)}
    documented = {(path, method) for path, item in document["paths"].items() for method in item}
    assert documented == routes


def test_every_path_parameter_of_a_route_is_documented(client, document):
    for route in api_routes(client.app):
        path = route_path(route)
        names = set(re.findall(r"\{([^}]+)\}", path))
        operation = document["paths"][path][route.method.lower()]
        documented = set()
        for parameter in operation.get("parameters", []):
            parameter = pointer_get(document, parameter["$ref"][1:])
            if parameter["in"] == "path":
                documented.add(parameter["name"])
        assert documented == names, path


def test_public_routes_and_only_they_are_documented_without_a_required_token(client, document):
    for route in api_routes(client.app):
        operation = document["paths"][route_path(route)][route.method.lower()]
        security = operation.get("security", document["security"])
        anonymous_allowed = security == [] or {} in security
        public = getattr(route.handler, PUBLIC_ATTRIBUTE, False)
        assert anonymous_allowed == public, f"{route.method} {route_path(route)}"
        if not public:
            assert "401" in operation["responses"], f"{route.method} {route_path(route)}"


def test_ids_and_limits_in_parameters_have_their_ranges(document):
    parameters = document["components"]["parameters"]
    ids = document["components"]["schemas"][definition_component("common.json", "id")]
    assert (ids["type"], ids["minimum"], ids["maximum"]) == ("integer", 1, 2**63 - 1)
    for name in ("ChatId", "UserId", "MessageId", "AttachmentId", "MemberUserId"):
        assert parameters[name]["in"] == "path"
        assert inline(parameters[name]["schema"], document_lookup(document)) == ids
    assert parameters["Limit"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 50,
    }


def test_request_examples_are_valid_bodies(document):
    lookup = document_lookup(document)
    examples = 0
    for item in document["paths"].values():
        for operation in item.values():
            media = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if media and "example" in media:
                schema = inline(media["schema"], lookup)
                Draft202012Validator(schema, format_checker=FormatChecker()).validate(
                    media["example"]
                )
                examples += 1
    assert examples >= 8


# --- one source of truth ---------------------------------------------------------------


def test_request_schemas_in_the_document_are_the_validation_files(document):
    lookup = document_lookup(document)
    schemas = document["components"]["schemas"]
    for file_name, schema in load_schemas().items():
        if set(schema) - FILE_KEYWORDS - {"title", "description"}:
            component = schemas[request_component(file_name)]
            assert inline(component, lookup) == file_schema_inlined(file_name), file_name
        for definition in schema.get("$defs", {}):
            component = schemas[definition_component(file_name, definition)]
            expected = inline(schema["$defs"][definition], file_lookup(file_name))
            assert inline(component, lookup) == expected, (file_name, definition)


def test_each_json_body_documented_is_the_file_its_endpoint_validates(client, document):
    lookup = document_lookup(document)
    for endpoint in ENDPOINTS:
        operation = document["paths"][endpoint.path][endpoint.method.lower()]
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if endpoint.body is None:
            assert body is None or not body["schema"]["$ref"].endswith("Request"), endpoint
            continue
        assert body is not None, f"{endpoint.method} {endpoint.path} documents no body"
        assert body["schema"] == {
            "$ref": f"#/components/schemas/{request_component(endpoint.body)}"
        }
        assert inline(body["schema"], lookup) == file_schema_inlined(endpoint.body)


def test_building_the_document_leaves_the_validation_schemas_as_the_files_say():
    openapi_document()
    folder = resources.files(SCHEMA_PACKAGE)
    on_disk = {
        entry.name: json.loads(entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    }
    assert load_schemas() == on_disk


# --- serving it --------------------------------------------------------------------------


async def test_openapi_json_is_served_without_a_token(client):
    response = await client.get("/api/openapi.json")
    assert response.status == 200
    assert response.content_type == "application/json"
    assert await response.json() == openapi_document()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls.extend(value for name, value in attrs if name in ("src", "href") and value)


async def page_urls(client: Client) -> tuple[str, list[str]]:
    response = await client.get("/api/docs")
    assert response.status == 200
    assert response.content_type == "text/html"
    html = await response.text()
    parser = _Links()
    parser.feed(html)
    return html, parser.urls


async def test_docs_page_is_html_that_loads_only_from_this_server(client):
    html, urls = await page_urls(client)
    assert urls, "the page loads nothing"
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]", html), "a link to another host"
    assert '"/api/openapi.json"' in html
    assert "validatorUrl: null" in html  # no call to Swagger's public validator


async def test_docs_page_forbids_loading_from_other_hosts(client):
    response = await client.get("/api/docs")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    sources = " ".join(part for part in policy.split(";") if "-src" in part)
    assert "http" not in sources and "*" not in sources


async def test_docs_files_the_page_uses_are_served_without_a_token(client):
    _html, urls = await page_urls(client)
    for url in urls:
        response = await client.get(url)
        assert response.status == 200, url
    response = await client.get(f"{docs.STATIC_PREFIX}swagger-ui-bundle.js")
    assert response.content_type == "text/javascript"
    script = await response.read()
    assert b"SwaggerUIBundle" in script
    assert b"isOAS31" in script  # Swagger UI 5: it renders OpenAPI 3.1


async def test_docs_files_outside_the_bundle_are_not_found(client):
    for name in ("index.html", "..%2F..%2Fpyproject.toml", "nope.js"):
        response = await client.get(f"{docs.STATIC_PREFIX}{name}")
        assert response.status == 404, name
        assert (await response.json())["error"]["code"] == "not_found"


# --- real answers, as documented --------------------------------------------------------


def upload_form(content: bytes = b"hello file", field: str = "file") -> aiohttp.FormData:
    form = aiohttp.FormData()
    form.add_field(field, content, filename="note.txt", content_type="text/plain")
    return form


async def test_every_operation_answers_as_documented(client, contract, document):
    call = contract.call
    users = "/api/v1/users"
    chats = "/api/v1/chats"
    _, alice_session = await call(
        "POST",
        "/api/v1/auth/register",
        json={
            "nick": f"alice_{uuid.uuid4().hex[:8]}",
            "name": "Alice",
            "email": f"alice_{uuid.uuid4().hex[:8]}@example.com",
            "password": "correct horse battery",
        },
    )
    token = alice_session["token"]
    alice = Account(
        alice_session["user"], token, "correct horse battery", {"Authorization": f"Bearer {token}"}
    )
    bob = await register(client, "bob")
    carol = await register(client, "carol")
    await call(
        "POST",
        "/api/v1/auth/login",
        json={"login": alice.user["email"], "password": alice.password},
    )

    _, listed = await call("GET", "/api/v1/auth/sessions", account=alice)
    [current] = [session for session in listed["items"] if session["current"]]
    await call(
        "POST",
        f"{users}/me/password",
        account=alice,
        json={"current_password": alice.password, "new_password": alice.password + "!"},
    )
    await call("DELETE", "/api/v1/auth/sessions", account=alice)
    _, spare = await call(
        "POST",
        "/api/v1/auth/login",
        json={"login": alice.user["email"], "password": alice.password + "!"},
    )
    spare_account = Account(
        alice.user, spare["token"], alice.password, {"Authorization": f"Bearer {spare['token']}"}
    )
    _, listed = await call("GET", "/api/v1/auth/sessions", account=spare_account)
    [spare_session] = [session for session in listed["items"] if session["current"]]
    assert spare_session["id"] != current["id"]
    await call(
        "DELETE",
        "/api/v1/auth/sessions/{id}",
        account=alice,
        path={"id": spare_session["id"]},
    )
    await call("POST", f"{users}/me/verification", account=bob)
    await call("POST", "/api/v1/auth/verify-email", json={"token": "not-a-mailed-token"})
    await call("POST", "/api/v1/auth/password-reset", json={"email": "nobody@example.com"})
    await call(
        "POST",
        "/api/v1/auth/password-reset/confirm",
        json={"token": "not-a-mailed-token", "password": "correct horse battery"},
    )
    await call("GET", f"{users}/me", account=alice)
    await call("PATCH", f"{users}/me", account=alice, json={"name": "Alice A."})
    await call("GET", f"{users}?q=bob_&limit=1", account=alice)
    await call("GET", f"{users}/{{id}}", account=alice, path={"id": bob.id})

    status, personal = await call(
        "POST", chats, account=alice, json={"is_group_chat": False, "member_ids": [bob.id]}
    )
    assert status == 201
    status, _ = await call(
        "POST", chats, account=bob, json={"is_group_chat": False, "member_ids": [alice.id]}
    )
    assert status == 200
    _, group = await call(
        "POST",
        chats,
        account=alice,
        json={"is_group_chat": True, "topic": "Plans", "member_ids": [bob.id]},
    )
    _, first_page = await call("GET", f"{chats}?limit=1", account=alice)
    assert isinstance(first_page["next"], str)
    await call("GET", chats, account=alice, params={"after": first_page["next"]})
    await call("GET", f"{chats}/{{id}}", account=alice, path={"id": group["id"]})
    await call(
        "PATCH",
        f"{chats}/{{id}}",
        account=alice,
        path={"id": group["id"]},
        json={"retention_days": 30},
    )

    members = f"{chats}/{{id}}/members"
    await call("GET", f"{members}?limit=1", account=alice, path={"id": group["id"]})
    await call(
        "POST", members, account=alice, path={"id": group["id"]}, json={"user_ids": [carol.id]}
    )
    await call(
        "DELETE",
        f"{members}/{{user_id}}",
        account=alice,
        path={"id": group["id"], "user_id": carol.id},
    )

    _, attachment = await call(
        "POST",
        f"{chats}/{{id}}/attachments",
        account=alice,
        path={"id": personal["id"]},
        data=upload_form(),
    )
    messages = f"{chats}/{{id}}/messages"
    body = {
        "content": "see the note",
        "client_message_id": str(uuid.uuid4()),
        "attachment_ids": [attachment["id"]],
    }
    status, message = await call(
        "POST", messages, account=alice, path={"id": personal["id"]}, json=body
    )
    assert status == 201
    status, _ = await call("POST", messages, account=alice, path={"id": personal["id"]}, json=body)
    assert status == 200
    await call("POST", messages, account=bob, path={"id": personal["id"]}, json={"content": "ok"})
    _, page = await call("GET", f"{messages}?limit=1", account=bob, path={"id": personal["id"]})
    await call(
        "GET", messages, account=bob, path={"id": personal["id"]}, params={"before": page["next"]}
    )
    await call("GET", messages, account=bob, path={"id": personal["id"]}, params={"after": 0})
    await call(
        "PATCH",
        "/api/v1/messages/{id}",
        account=alice,
        path={"id": message["id"]},
        json={"content": "see the attached note"},
    )
    await call(
        "POST",
        f"{chats}/{{id}}/read",
        account=bob,
        path={"id": personal["id"]},
        json={"message_id": message["id"]},
    )
    reply = {"content": "on it", "reply_to_id": message["id"]}
    status, _ = await call("POST", messages, account=bob, path={"id": personal["id"]}, json=reply)
    assert status == 201
    forward = {"forward_message_id": message["id"]}
    status, _ = await call("POST", messages, account=alice, path={"id": group["id"]}, json=forward)
    assert status == 201
    reaction = "/api/v1/messages/{id}/reactions/{emoji}"
    for method in ("PUT", "DELETE"):
        await call(
            method, reaction, account=bob, path={"id": message["id"], "emoji": "%F0%9F%91%8D"}
        )
    pin = f"{chats}/{{id}}/pins/{{message_id}}"
    await call("PUT", pin, account=bob, path={"id": personal["id"], "message_id": message["id"]})
    await call("GET", f"{chats}/{{id}}/pins", account=bob, path={"id": personal["id"]})
    await call("DELETE", pin, account=bob, path={"id": personal["id"], "message_id": message["id"]})
    await call(
        "PATCH",
        f"{chats}/{{id}}/settings",
        account=bob,
        path={"id": personal["id"]},
        json={"muted": True},
    )
    _, found = await call(
        "GET", "/api/v1/search/messages", account=bob, params={"q": "attached note*"}
    )
    assert found["items"][0]["highlights"]
    await call(
        "GET",
        "/api/v1/search/messages",
        account=bob,
        params={"q": "note", "chat_id": personal["id"], "user_id": alice.id, "limit": 1},
    )
    status, file = await call(
        "GET", "/api/v1/attachments/{id}", account=bob, path={"id": attachment["id"]}
    )
    assert file == b"hello file"
    await call("DELETE", "/api/v1/messages/{id}", account=alice, path={"id": message["id"]})
    await call("DELETE", messages, account=alice, path={"id": personal["id"]})

    # A plain GET with a good token: the route only speaks WebSocket (tests/test_realtime.py).
    await call("GET", "/api/v1/ws", params={"token": alice.token})
    await call("GET", "/healthz")
    await call("GET", "/metrics")
    await call("GET", "/api/openapi.json")
    await call("GET", "/api/docs")
    await call("GET", "/api/docs/static/{name}", path={"name": "swagger-ui-bundle.js"})
    await call("GET", "/")
    await call("GET", "/web/{name}", path={"name": "app.js"})
    batch = [
        {"jsonrpc": "2.0", "method": "get_chats", "params": {"limit": 1}, "id": 1},
        {"jsonrpc": "2.0", "method": "no_such_method", "id": "two"},
    ]
    _, answers = await call("POST", "/api/rpc", account=alice, json=batch)
    assert [answer["id"] for answer in answers] == [1, "two"]
    notification = {"jsonrpc": "2.0", "method": "get_chats"}
    status, _ = await call("POST", "/api/rpc", account=alice, json=notification)
    assert status == 204

    # No worker runs here: the export is still being built (tests/tasks/test_export.py).
    status, ticket = await call("POST", f"{users}/me/export", account=alice)
    assert status == 202
    status, _ = await call(
        "GET", f"{users}/me/exports/{{id}}", account=alice, path={"id": ticket["id"]}
    )
    assert status == 202
    await call("DELETE", f"{users}/me", account=carol, json={"password": carol.password})
    _, gone = await call("GET", f"{users}/{{id}}", account=alice, path={"id": carol.id})
    assert gone["deleted"] is True

    await call("POST", "/api/v1/auth/logout", account=alice)

    documented = {(path, method) for path, item in document["paths"].items() for method in item}
    assert documented - contract.called == set()


async def test_errors_answer_as_documented(client, contract, make_client, document):
    call = contract.call
    alice = await register(client, "alice")
    bob = await register(client, "bob")
    carol = await register(client, "carol")
    group = await create_chat(client, alice, [bob])
    other = await create_chat(client, alice, [carol])
    _, message = await call(
        "POST",
        "/api/v1/chats/{id}/messages",
        account=alice,
        path={"id": group["id"]},
        json={"content": "hi", "client_message_id": str(uuid.uuid4())},
    )

    expected = [
        (400, await call("GET", "/api/v1/users?limit=0", account=alice)),
        (400, await call("GET", "/api/v1/chats/{id}", account=alice, path={"id": "x"})),
        (400, await call("GET", "/api/v1/chats?after=garbage", account=alice)),
        (
            400,
            await call(
                "POST",
                "/api/v1/chats",
                account=alice,
                data=b"{not json",
                headers={"Content-Type": "application/json"},
            ),
        ),
        (401, await call("GET", "/api/v1/users/me")),
        (400, await call("GET", "/api/v1/ws")),
        (401, await call("GET", "/api/v1/ws", params={"token": "not-a-token"})),
        (
            401,
            await call(
                "POST",
                "/api/v1/auth/login",
                json={"login": alice.user["nick"], "password": "wrong-password"},
            ),
        ),
        (
            403,
            await call(
                "PATCH",
                "/api/v1/messages/{id}",
                account=bob,
                path={"id": message["id"]},
                json={"content": "mine now"},
            ),
        ),
        (
            403,
            await call(
                "POST",
                "/api/v1/chats/{id}/members",
                account=bob,
                path={"id": group["id"]},
                json={"user_ids": [carol.id]},
            ),
        ),
        (404, await call("GET", "/api/v1/chats/{id}", account=bob, path={"id": other["id"]})),
        (404, await call("GET", "/api/v1/attachments/{id}", account=bob, path={"id": 2**63 - 1})),
        (404, await call("GET", "/api/docs/static/{name}", path={"name": "index.html"})),
        (404, await call("GET", "/web/{name}", path={"name": "nope.js"})),
        (
            409,
            await call(
                "POST",
                "/api/v1/auth/register",
                json={
                    "nick": alice.user["nick"],
                    "name": "Again",
                    "email": f"{uuid.uuid4().hex}@example.com",
                    "password": "long enough",
                },
            ),
        ),
        (
            409,
            await call(
                "POST",
                "/api/v1/chats/{id}/messages",
                account=alice,
                path={"id": group["id"]},
                json={"content": "other", "client_message_id": message["client_message_id"]},
            ),
        ),
        (
            415,
            await call(
                "POST",
                "/api/v1/chats",
                account=alice,
                data=b"{}",
                headers={"Content-Type": "text/plain"},
            ),
        ),
        (
            415,
            await call(
                "POST",
                "/api/v1/chats/{id}/attachments",
                account=alice,
                path={"id": group["id"]},
                json={},
            ),
        ),
        (415, await call("POST", "/api/rpc", data=b"{}", headers={"Content-Type": "text/plain"})),
        (422, await call("POST", "/api/v1/auth/register", json={"nick": "x"})),
        (
            422,
            await call(
                "PUT",
                "/api/v1/messages/{id}/reactions/{emoji}",
                account=bob,
                path={"id": message["id"], "emoji": "a"},
            ),
        ),
        (
            403,
            await call(
                "PUT",
                "/api/v1/chats/{id}/pins/{message_id}",
                account=bob,
                path={"id": group["id"], "message_id": message["id"]},
            ),
        ),
        (
            422,
            await call(
                "POST",
                "/api/v1/chats/{id}/messages",
                account=alice,
                path={"id": group["id"]},
                json={"content": "re", "reply_to_id": 2**63 - 1},
            ),
        ),
        (
            422,
            await call(
                "POST",
                "/api/v1/chats/{id}/attachments",
                account=alice,
                path={"id": group["id"]},
                data=upload_form(field="other"),
            ),
        ),
    ]
    for status, (answered, _body) in expected:
        assert answered == status

    small = Contract(
        await make_client(server={"max_body_bytes": 1024}, attachments={"max_bytes": 16}), document
    )
    owner = await register(small.client, "owner")
    mate = await register(small.client, "mate")
    chat = await create_chat(small.client, owner, [mate])
    status, _ = await small.call(
        "POST",
        "/api/v1/chats",
        account=owner,
        json={"is_group_chat": True, "topic": "x" * 2000, "member_ids": []},
    )
    assert status == 413
    status, _ = await small.call(
        "POST",
        "/api/v1/chats/{id}/attachments",
        account=owner,
        path={"id": chat["id"]},
        data=upload_form(b"x" * 1000),
    )
    assert status == 413

    throttled = Contract(await make_client(limits={"login_failures": 1}), document)
    victim = await register(throttled.client, "victim")
    wrong = {"login": victim.user["nick"], "password": "not the password"}
    assert (await throttled.call("POST", "/api/v1/auth/login", json=wrong))[0] == 401
    assert (await throttled.call("POST", "/api/v1/auth/login", json=wrong))[0] == 429
