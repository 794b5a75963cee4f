"""/api/v1/users/me/export and /users/me/exports/{id}: the caller's data, as a zip."""

from __future__ import annotations

from aiohttp import web

from messenger.api.endpoint import Call, Reply
from messenger.operations import exports, views
from messenger.services.export_files import ZIP_TYPE


async def request_export(call: Call) -> Reply:
    export_id = await exports.request_export(call.services, call.me)
    return Reply(views.export_ticket(export_id), 202)


async def get_export(request: web.Request, call: Call, *, export_id: int) -> web.StreamResponse:
    path = await exports.get_export(call.services, call.me, export_id)
    if path is None:
        return web.json_response(views.export_ticket(export_id), status=202)
    return web.FileResponse(
        path,
        headers={
            "Content-Type": ZIP_TYPE,
            "Content-Disposition": f'attachment; filename="messenger-export-{export_id}.zip"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )
