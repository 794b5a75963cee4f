"""GET /api/openapi.json, and the docs page at /api/docs with its files served locally.

The page is Swagger UI from the `openapi-ui-bundles` package (5.x: it renders OpenAPI
3.1, which the Swagger UI 4 of `swagger-ui-bundle` refuses), so the docs work with no
internet access and load nothing from another host.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from aiohttp import web
from openapi_ui_bundles import swagger_ui

from messenger.api.endpoint import Call
from messenger.api.keys import OPENAPI_BYTES
from messenger.errors import NotFound

STATIC_PREFIX = "/api/docs/static/"
DOCUMENT_URL = "/api/openapi.json"
_TEXT_TYPES = {".js": "text/javascript", ".css": "text/css"}
_ASSET_CACHE = "public, max-age=86400"
ASSETS = frozenset({"swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"})

# validatorUrl: null keeps Swagger UI from sending the document to its public validator.
_INIT_SCRIPT = f"""
window.ui = SwaggerUIBundle({{
  url: "{DOCUMENT_URL}",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout"
}});
"""

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>messenger API</title>
<link rel="stylesheet" href="{STATIC_PREFIX}swagger-ui.css">
<link rel="icon" type="image/png" href="{STATIC_PREFIX}favicon-32x32.png" sizes="32x32">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{STATIC_PREFIX}swagger-ui-bundle.js" charset="utf-8"></script>
<script>{_INIT_SCRIPT}</script>
</body>
</html>
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_INIT_SCRIPT.encode()).digest()).decode()
# Only this origin; the one inline script by its hash. Swagger UI sets inline styles and
# uses data: images for its icons.
PAGE_POLICY = (
    "default-src 'none'; "
    f"script-src 'self' 'sha256-{_SCRIPT_HASH}'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def asset_path(name: str) -> Path | None:
    """A file of the bundled Swagger UI that the page uses; nothing else is served."""
    return Path(str(swagger_ui.static_path), name) if name in ASSETS else None


async def openapi_json(request: web.Request, call: Call) -> web.Response:
    # Built from the endpoint table by create_app (this module is one of its handlers).
    body = request.app[OPENAPI_BYTES]
    return web.Response(body=body, content_type="application/json", charset="utf-8")


async def docs_page(request: web.Request, call: Call) -> web.Response:
    return web.Response(
        text=PAGE,
        content_type="text/html",
        charset="utf-8",
        headers={"Content-Security-Policy": PAGE_POLICY, "X-Content-Type-Options": "nosniff"},
    )


async def docs_asset(request: web.Request, call: Call, *, name: str) -> web.FileResponse:
    path = asset_path(name)
    if path is None:
        raise NotFound("no such file")
    headers = {"Cache-Control": _ASSET_CACHE, "X-Content-Type-Options": "nosniff"}
    text_type = _TEXT_TYPES.get(path.suffix)
    if text_type is not None:
        headers["Content-Type"] = f"{text_type}; charset=utf-8"
    return web.FileResponse(path, headers=headers)
