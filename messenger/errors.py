"""Domain errors. Each carries the API error code; the API layer picks the HTTP status."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ErrorDetail:
    path: str
    message: str


@dataclass
class DomainError(Exception):
    message: str
    details: list[ErrorDetail] = field(default_factory=list)
    code = "internal_error"

    def __str__(self) -> str:
        return self.message


class BadRequest(DomainError):
    code = "bad_request"


class Unauthorized(DomainError):
    code = "unauthorized"


class Forbidden(DomainError):
    code = "forbidden"


class NotFound(DomainError):
    code = "not_found"


class Conflict(DomainError):
    code = "conflict"


class TooLarge(DomainError):
    code = "too_large"


class UnsupportedMediaType(DomainError):
    code = "unsupported_media_type"


class ValidationFailed(DomainError):
    code = "validation_failed"


@dataclass
class RetryLater(DomainError):
    """An error the same request may get past later: answered with Retry-After."""

    retry_after_seconds: int = 1


class RateLimited(RetryLater):
    code = "rate_limited"


class Unavailable(RetryLater):
    """A dependency the request needs (PostgreSQL) cannot be reached now."""

    code = "unavailable"
