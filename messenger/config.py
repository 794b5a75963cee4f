"""Typed configuration: defaults < config.yaml < MESSENGER_<SECTION>__<KEY> env vars."""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_origin, get_type_hints

import yaml

ENV_PREFIX = "MESSENGER_"
DEFAULT_CONFIG_FILE = Path("config.yaml")


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    # API processes sharing the port (SO_REUSEPORT; messenger.api.processes).
    processes: int = 1
    # A chat message is at most 4000 characters (16 kB of UTF-8); 1 MiB leaves room for
    # large member lists while keeping a hostile body from eating memory.
    max_body_bytes: int = 1024 * 1024
    # Addresses or networks (CIDR) of the load balancers in front of the API. A request
    # whose peer is one of them is taken to come from the address X-Forwarded-For names
    # (messenger.api.forwarded); from anyone else the header is ignored, so a client
    # cannot choose the address its failed logins are counted against.
    trusted_proxies: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for entry in self.trusted_proxies:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ConfigError(
                    f"server.trusted_proxies: {entry!r} is not an address or a network"
                ) from None


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = "postgresql://postgres@127.0.0.1:5432/messenger"
    pool_min: int = 2
    pool_max: int = 20
    # Server-side prepared statements (parsed and planned once per connection). Off
    # behind a pooler in transaction mode (PgBouncer), which moves each transaction to
    # another server connection, where the statement was never prepared.
    prepared_statements: bool = True


@dataclass(frozen=True)
class MemcachedConfig:
    host: str = "127.0.0.1"
    port: int = 11211
    ttl_seconds: int = 300


@dataclass(frozen=True)
class RedisConfig:
    url: str = "redis://127.0.0.1:6379/0"
    # Redis Sentinels ("host:port"), asked which server is the primary of `service_name`
    # (messenger.services.redis_client). Empty: `url` is the server. With sentinels, `url`
    # still gives the database number, the password and TLS (rediss://); its host is unused.
    sentinels: tuple[str, ...] = ()
    service_name: str = "mymaster"

    def __post_init__(self) -> None:
        for entry in self.sentinels:
            _host_and_port(entry, "redis.sentinels")

    @property
    def sentinel_addresses(self) -> list[tuple[str, int]]:
        return [_host_and_port(entry, "redis.sentinels") for entry in self.sentinels]


@dataclass(frozen=True)
class MailConfig:
    host: str = "127.0.0.1"
    port: int = 8025
    sender: str = "messenger@localhost"
    use_tls: bool = False
    username: str = ""
    password: str = ""
    # Each SMTP exchange (connect, each command, the data) is bounded by this.
    timeout_seconds: int = 30
    # Where links in mails point: the public address of the web client.
    base_url: str = "http://127.0.0.1:8080"
    # The local mail sink (`messenger mailsink`) writes each received mail here as .eml.
    sink_dir: str = "var/mail"


@dataclass(frozen=True)
class AuthConfig:
    token_ttl_seconds: int = 30 * 24 * 3600
    # OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane): ~50 ms a hash here, and
    # little memory per concurrent login.
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19 * 1024
    # Logins hash on their own threads: a burst costs at most this many hashes' memory at
    # once and never starves file I/O in the default pool.
    hashing_threads: int = 2
    # A new address is unconfirmed (no notification mail) until the link mailed to it is
    # followed. Off: addresses are trusted as given and no link is mailed (a closed team
    # whose addresses the operator vouches for, or a server with no mail at all).
    verify_email: bool = True


@dataclass(frozen=True)
class AttachmentsConfig:
    dir: str = "var/attachments"
    max_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class ExportsConfig:
    """Data exports (docs/API.md, "Accounts"): zips built by the worker, served by the
    API, so both must see `dir`."""

    dir: str = "var/exports"
    keep_days: int = 7
    # A worker owns an export it is building this long; then another may build it.
    lease_seconds: int = 900
    # An export no worker has started this long after it was asked for is handed to the
    # broker again by the scheduler's sweep (a lost kick, a failed build).
    redeliver_seconds: int = 120


@dataclass(frozen=True)
class ProfilerConfig:
    enabled: bool = False
    dir: str = "var/profiles"


@dataclass(frozen=True)
class RealtimeConfig:
    # Events a WebSocket client may fall behind by before it is closed as too slow. A
    # busy chat bursts a few dozen events; 256 of ~1 kB each is headroom that costs
    # little memory per socket, and past it the client must catch up by history anyway.
    send_queue_size: int = 256
    # Ping every socket this often; one that has not answered within half of it is closed
    # (a dead peer otherwise holds its socket until TCP gives up, minutes later).
    heartbeat_seconds: int = 30
    # A client that authenticates by its first frame must send it within this time.
    auth_timeout_seconds: int = 5
    # A user is offline this long after their last socket closed, in any process; a
    # process that died leaves its users offline as long after its last renewal.
    offline_after_seconds: int = 30


@dataclass(frozen=True)
class TasksConfig:
    # The Redis stream tasks travel on; empty means "messenger:<database name>:tasks", so
    # processes on different databases (a local run, the test suite) never share a queue.
    queue: str = ""
    # The worker's Prometheus metrics, on 127.0.0.1; 0 turns them off.
    metrics_port: int = 8091
    digest_cron: str = "0 * * * *"
    # Unread messages younger than this wait for the next digest: the member may still
    # read them in the app.
    digest_min_age_seconds: int = 900
    # A worker owns a mail it claimed this long; then another may send it. Must exceed
    # mail.timeout_seconds times the exchanges of one SMTP session, with room to spare.
    mail_lease_seconds: int = 300
    # A mail handed to the broker that no worker has claimed this long is handed again
    # by the relay (a lost kick, a worker killed before it claimed).
    mail_redeliver_seconds: int = 120
    # First retry after a temporary SMTP failure; doubles with each attempt (max 1 hour).
    mail_retry_seconds: int = 10
    mail_max_attempts: int = 8


@dataclass(frozen=True)
class RetentionConfig:
    # Messages older than this many days are deleted, in every chat (0: kept for ever);
    # a chat's own retention_days may only shorten it.
    days: int = 0
    # When the worker looks for them (hourly by default).
    cron: str = "41 * * * *"
    # Messages deleted per transaction: no long lock, no table rewrite.
    batch_size: int = 1000


@dataclass(frozen=True)
class NotificationsConfig:
    # A mention still unread this long after it was made is mailed (docs/API.md).
    mention_delay_seconds: int = 300
    # How often the worker looks for such mentions; each look sends one mail per person.
    mention_check_seconds: int = 60


@dataclass(frozen=True)
class LimitsConfig:
    """Counted in Redis, shared by every API process (messenger.services.limits); a limit
    of 0 is none."""

    # Messages one user may send per window (docs/API.md: 30 per 10 s).
    messages: int = 30
    messages_window_seconds: int = 10
    # Failed logins per login name (five times as many per client address) per window.
    login_failures: int = 10
    login_window_seconds: int = 900
    # Password-reset mails per address, and confirmation mails per user, per window.
    reset_mails: int = 3
    verification_mails: int = 3
    mails_window_seconds: int = 3600
    # Prefix of the keys in Redis; empty: the database's name and incarnation, which
    # every API process of one database shares.
    namespace: str = ""


@dataclass(frozen=True)
class DashboardConfig:
    host: str = "127.0.0.1"
    port: int = 8090
    # Shared by the dashboard and the workers that report to it; empty means `messenger
    # run` makes one per run, and a worker without one reports to no dashboard.
    api_token: str = ""
    db_path: str = "var/dashboard.sqlite3"


@dataclass(frozen=True)
class Config:
    server: ServerConfig = field(default_factory=ServerConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    memcached: MemcachedConfig = field(default_factory=MemcachedConfig)
    redis: RedisConfig = field(default_factory=RedisConfig)
    mail: MailConfig = field(default_factory=MailConfig)
    auth: AuthConfig = field(default_factory=AuthConfig)
    attachments: AttachmentsConfig = field(default_factory=AttachmentsConfig)
    exports: ExportsConfig = field(default_factory=ExportsConfig)
    profiler: ProfilerConfig = field(default_factory=ProfilerConfig)
    realtime: RealtimeConfig = field(default_factory=RealtimeConfig)
    tasks: TasksConfig = field(default_factory=TasksConfig)
    notifications: NotificationsConfig = field(default_factory=NotificationsConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    dashboard: DashboardConfig = field(default_factory=DashboardConfig)


class ConfigError(ValueError):
    """The configuration file or an environment override is invalid."""


_Section = TypeVar("_Section")


def _host_and_port(entry: str, where: str) -> tuple[str, int]:
    """Split "host:port" (an IPv6 address in brackets: "[::1]:26379")."""
    host, colon, port = entry.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not colon or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(f"{where}: expected host:port, got {entry!r}")
    return host, int(port)


def _coerce(value: Any, target: type, where: str) -> Any:
    if target is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"{where}: expected a boolean, got {value!r}")
    if target is int:
        if isinstance(value, bool):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected an integer, got {value!r}") from None
    if target is str:
        return "" if value is None else str(value)
    if get_origin(target) is tuple:
        # A list in the file; in the environment, items apart by commas or spaces.
        items = value if isinstance(value, list) else str(value or "").replace(",", " ").split()
        return tuple(str(item).strip() for item in items if str(item).strip())
    raise ConfigError(f"{where}: unsupported type {target}")


def _build_section(cls: type[_Section], raw: dict[str, Any], name: str) -> _Section:
    hints = get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"{name}: unknown keys {sorted(unknown)}")
    values = {key: _coerce(val, hints[key], f"{name}.{key}") for key, val in raw.items()}
    return cls(**values)


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Read config.yaml (if present) and apply MESSENGER_<SECTION>__<KEY> overrides."""
    env = os.environ if environ is None else environ
    file_path = path or Path(env.get("MESSENGER_CONFIG", str(DEFAULT_CONFIG_FILE)))
    raw: dict[str, dict[str, Any]] = {}
    if file_path.exists():
        try:
            loaded = yaml.safe_load(file_path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            raise ConfigError(f"{file_path}: not valid YAML: {error}") from None
        if not isinstance(loaded, dict):
            raise ConfigError(f"{file_path}: expected a mapping at the top level")
        for section, values in loaded.items():
            if not isinstance(values or {}, dict):
                raise ConfigError(f"{file_path}: section {section} must be a mapping")
            raw[str(section)] = dict(values or {})
    sections = {f.name: f.type for f in dataclasses.fields(Config)}
    for key, value in env.items():
        if not key.startswith(ENV_PREFIX) or "__" not in key:
            continue
        section, _, option = key[len(ENV_PREFIX) :].lower().partition("__")
        if section not in sections:
            continue
        raw.setdefault(section, {})[option] = value
    unknown_sections = set(raw) - set(sections)
    if unknown_sections:
        raise ConfigError(f"unknown config sections {sorted(unknown_sections)}")
    hints = get_type_hints(Config)
    built = {name: _build_section(hints[name], raw.get(name, {}), name) for name in sections}
    return Config(**built)


def as_environment(config: Config, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The whole config as MESSENGER_* variables over `base` (default: this process's
    environment), so a child process sees exactly this config."""
    env = dict(os.environ if base is None else base)
    for section in dataclasses.fields(config):
        values = getattr(config, section.name)
        for option in dataclasses.fields(values):
            value = getattr(values, option.name)
            if isinstance(value, bool):
                text = str(value).lower()
            elif isinstance(value, tuple):
                text = ",".join(value)
            else:
                text = str(value)
            env[f"{ENV_PREFIX}{section.name.upper()}__{option.name.upper()}"] = text
    return env


def replace_section(config: Config, section: str, **changes: Any) -> Config:
    """A copy of config with some keys of one section changed (used by tests and tools)."""
    current = getattr(config, section)
    return dataclasses.replace(config, **{section: dataclasses.replace(current, **changes)})


__all__ = ["Config", "ConfigError", "load_config", "replace_section"]
