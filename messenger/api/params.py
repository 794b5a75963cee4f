"""Path and query parameters: anything malformed is a 400 with the parameter named."""

from __future__ import annotations

import re

from aiohttp import web

from messenger.errors import BadRequest, ErrorDetail

MAX_ID = 2**63 - 1  # PostgreSQL bigint
DEFAULT_LIMIT = 50
MAX_LIMIT = 100
MAX_QUERY_CHARS = 100
_DIGITS = re.compile(r"[0-9]{1,19}")


def _bad(name: str, message: str) -> BadRequest:
    return BadRequest(f"parameter {name} {message}", [ErrorDetail(name, message)])


def _to_int(name: str, raw: str, minimum: int, maximum: int) -> int:
    if not _DIGITS.fullmatch(raw):
        raise _bad(name, "must be a whole number")
    value = int(raw)
    if not minimum <= value <= maximum:
        raise _bad(name, f"must be between {minimum} and {maximum}")
    return value


def path_id(request: web.Request, name: str = "id") -> int:
    return _to_int(name, request.match_info[name], 1, MAX_ID)


def query_int(request: web.Request, name: str, *, minimum: int = 0) -> int | None:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return None
    return _to_int(name, raw, minimum, MAX_ID)


def limit(request: web.Request) -> int:
    raw = request.query.get("limit")
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    return _to_int("limit", raw, 1, MAX_LIMIT)


def query_text(request: web.Request, name: str) -> str | None:
    raw = request.query.get(name)
    if raw is None:
        return None
    if len(raw) > MAX_QUERY_CHARS:
        raise _bad(name, f"must be at most {MAX_QUERY_CHARS} characters")
    if "\x00" in raw:
        raise _bad(name, "must not contain the NUL character")
    return raw
