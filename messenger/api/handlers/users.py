"""/api/v1/users: search, one user, the caller's own profile."""

from __future__ import annotations

from aiohttp import web

from messenger.api import params
from messenger.api.keys import CURRENT_USER, SERVICES
from messenger.api.validation import validated_body
from messenger.operations import accounts
from messenger.operations import views as serializers


async def get_users(request: web.Request) -> web.Response:
    me = request[CURRENT_USER]["id"]
    page = await accounts.get_users(
        request.app[SERVICES],
        query=params.query_text(request, "q") or "",
        after=params.query_int(request, "after") or 0,
        limit=params.limit(request),
    )
    items = [serializers.user(row, viewer_id=me) for row in page.items]
    return web.json_response(serializers.page(items, page.next))


async def get_me(request: web.Request) -> web.Response:
    # Read afresh: the authenticated row may come from the token cache, seconds old.
    me = await accounts.get_user(request.app[SERVICES], request[CURRENT_USER]["id"])
    return web.json_response(serializers.user(me, viewer_id=me["id"]))


async def patch_me(request: web.Request) -> web.Response:
    body = await validated_body(request, "user_patch.json")
    me = request[CURRENT_USER]["id"]
    user = await accounts.update_profile(request.app[SERVICES], me, body)
    return web.json_response(serializers.user(user, viewer_id=me))


async def get_user(request: web.Request) -> web.Response:
    user = await accounts.get_user(request.app[SERVICES], params.path_id(request))
    return web.json_response(serializers.user(user, viewer_id=request[CURRENT_USER]["id"]))
