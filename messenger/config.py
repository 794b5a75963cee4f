"""Typed configuration: defaults < config.yaml < MESSENGER_<SECTION>__<KEY> env vars."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

import yaml

ENV_PREFIX = "MESSENGER_"
DEFAULT_CONFIG_FILE = Path("config.yaml")


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    # A chat message is at most 4000 characters (16 kB of UTF-8); 1 MiB leaves room for
    # large member lists while keeping a hostile body from eating memory.
    max_body_bytes: int = 1024 * 1024


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = "postgresql://postgres@127.0.0.1:5432/messenger"
    pool_min: int = 2
    pool_max: int = 20


@dataclass(frozen=True)
class MemcachedConfig:
    host: str = "127.0.0.1"
    port: int = 11211
    ttl_seconds: int = 300


@dataclass(frozen=True)
class RedisConfig:
    url: str = "redis://127.0.0.1:6379/0"


@dataclass(frozen=True)
class MailConfig:
    host: str = "127.0.0.1"
    port: int = 8025
    sender: str = "messenger@localhost"
    use_tls: bool = False
    username: str = ""
    password: str = ""


@dataclass(frozen=True)
class AuthConfig:
    token_ttl_seconds: int = 30 * 24 * 3600
    login_max_failures: int = 10
    login_window_seconds: int = 900
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 64 * 1024


@dataclass(frozen=True)
class AttachmentsConfig:
    dir: str = "var/attachments"
    max_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class ProfilerConfig:
    enabled: bool = False
    dir: str = "var/profiles"


@dataclass(frozen=True)
class Config:
    server: ServerConfig = field(default_factory=ServerConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    memcached: MemcachedConfig = field(default_factory=MemcachedConfig)
    redis: RedisConfig = field(default_factory=RedisConfig)
    mail: MailConfig = field(default_factory=MailConfig)
    auth: AuthConfig = field(default_factory=AuthConfig)
    attachments: AttachmentsConfig = field(default_factory=AttachmentsConfig)
    profiler: ProfilerConfig = field(default_factory=ProfilerConfig)


class ConfigError(ValueError):
    """The configuration file or an environment override is invalid."""


_Section = TypeVar("_Section")


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


def replace_section(config: Config, section: str, **changes: Any) -> Config:
    """A copy of config with some keys of one section changed (used by tests and tools)."""
    current = getattr(config, section)
    return dataclasses.replace(config, **{section: dataclasses.replace(current, **changes)})


__all__ = ["Config", "ConfigError", "load_config", "replace_section"]
