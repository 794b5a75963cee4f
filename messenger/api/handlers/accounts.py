"""POST /api/v1/auth/register, /login, /logout."""

from __future__ import annotations

from aiohttp import web

from messenger.api.keys import CURRENT_TOKEN, SERVICES
from messenger.api.middlewares import public
from messenger.api.validation import validated_body
from messenger.operations import accounts
from messenger.operations import views as serializers


def _client_address(request: web.Request) -> str:
    return request.remote or "unknown"


@public
async def register(request: web.Request) -> web.Response:
    body = await validated_body(request, "register.json")
    user, token = await accounts.add_new_user(
        request.app[SERVICES],
        nick=body["nick"],
        name=body["name"],
        email=body["email"],
        password=body["password"],
        avatar=body.get("avatar"),
    )
    payload = {"user": serializers.user(user, viewer_id=user["id"]), "token": token}
    return web.json_response(payload, status=201)


@public
async def login(request: web.Request) -> web.Response:
    body = await validated_body(request, "login.json")
    user, token = await accounts.login(
        request.app[SERVICES],
        login_name=body["login"],
        password=body["password"],
        address=_client_address(request),
    )
    return web.json_response({"user": serializers.user(user, viewer_id=user["id"]), "token": token})


async def logout(request: web.Request) -> web.Response:
    await accounts.logout(request.app[SERVICES], request[CURRENT_TOKEN])
    return web.Response(status=204)
