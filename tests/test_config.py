"""messenger.config: defaults < config file < MESSENGER_<SECTION>__<KEY> environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from messenger.config import (
    Config,
    ConfigError,
    DatabaseConfig,
    ServerConfig,
    load_config,
    replace_section,
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_apply_when_there_is_no_file(tmp_path: Path) -> None:
    config = load_config(path=tmp_path / "missing.yaml", environ={})
    assert config == Config()
    assert config.server.port == 8080
    assert config.database.url == "postgresql://postgres@127.0.0.1:5432/messenger"
    assert config.profiler.enabled is False


def test_file_values_replace_defaults_and_leave_other_keys_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path / "config.yaml",
        "server:\n  port: 9001\n  host: 0.0.0.0\n"
        "redis:\n  url: redis://cache:6380/2\n"
        "mail:\n  use_tls: yes\n",
    )
    config = load_config(path=path, environ={})
    assert config.server.port == 9001
    assert config.server.host == "0.0.0.0"
    assert config.server.max_body_bytes == ServerConfig().max_body_bytes
    assert config.redis.url == "redis://cache:6380/2"
    assert config.mail.use_tls is True
    assert config.database == DatabaseConfig()


def test_project_config_yaml_loads_without_error() -> None:
    config = load_config(path=Path(__file__).resolve().parent.parent / "config.yaml", environ={})
    assert config.server.port == 8080


def test_env_override_beats_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "server:\n  port: 9001\n")
    config = load_config(
        path=path,
        environ={
            "MESSENGER_SERVER__PORT": "9002",
            "MESSENGER_DATABASE__URL": "postgresql://u@db:5433/x",
        },
    )
    assert config.server.port == 9002
    assert config.database.url == "postgresql://u@db:5433/x"


def test_env_override_names_are_case_insensitive(tmp_path: Path) -> None:
    config = load_config(path=tmp_path / "none.yaml", environ={"MESSENGER_Server__Port": "7000"})
    assert config.server.port == 7000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True),
        ("1", True),
        ("YES", True),
        (" on ", True),
        ("false", False),
        ("0", False),
        ("No", False),
        ("off", False),
    ],
)
def test_env_booleans_are_coerced(tmp_path: Path, text: str, expected: bool) -> None:
    config = load_config(path=tmp_path / "none.yaml", environ={"MESSENGER_PROFILER__ENABLED": text})
    assert config.profiler.enabled is expected


def test_env_integers_are_coerced(tmp_path: Path) -> None:
    config = load_config(
        path=tmp_path / "none.yaml",
        environ={"MESSENGER_DATABASE__POOL_MAX": "7", "MESSENGER_AUTH__TOKEN_TTL_SECONDS": " 60 "},
    )
    assert config.database.pool_max == 7
    assert config.auth.token_ttl_seconds == 60


def test_file_strings_are_coerced_to_str_and_null_to_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "mail:\n  password: 12345\n  username: null\n")
    config = load_config(path=path, environ={})
    assert config.mail.password == "12345"
    assert config.mail.username == ""


def test_bad_integer_raises_config_error_naming_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"server\.port") as error:
        load_config(path=tmp_path / "none.yaml", environ={"MESSENGER_SERVER__PORT": "eighty"})
    assert "eighty" in str(error.value)


def test_boolean_where_integer_expected_raises_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "server:\n  port: true\n")
    with pytest.raises(ConfigError, match=r"server\.port"):
        load_config(path=path, environ={})


def test_bad_boolean_raises_config_error_naming_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"profiler\.enabled"):
        load_config(path=tmp_path / "none.yaml", environ={"MESSENGER_PROFILER__ENABLED": "maybe"})


def test_unknown_key_in_file_raises_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "server:\n  prot: 80\n")
    with pytest.raises(ConfigError, match="prot"):
        load_config(path=path, environ={})


def test_unknown_key_in_env_for_a_known_section_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="prot"):
        load_config(path=tmp_path / "none.yaml", environ={"MESSENGER_SERVER__PROT": "80"})


def test_unknown_section_in_file_raises_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "sever:\n  port: 80\n")
    with pytest.raises(ConfigError, match="sever"):
        load_config(path=path, environ={})


def test_non_mapping_file_raises_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "- server\n- database\n")
    with pytest.raises(ConfigError, match="mapping"):
        load_config(path=path, environ={})


def test_non_mapping_section_raises_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "server: 8080\n")
    with pytest.raises(ConfigError, match="server"):
        load_config(path=path, environ={})


def test_invalid_yaml_raises_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "server: [unclosed\n")
    with pytest.raises(ConfigError, match=r"config\.yaml"):
        load_config(path=path, environ={})


def test_empty_file_and_empty_sections_give_defaults(tmp_path: Path) -> None:
    assert load_config(path=write(tmp_path / "a.yaml", ""), environ={}) == Config()
    assert load_config(path=write(tmp_path / "b.yaml", "server:\n"), environ={}) == Config()


def test_messenger_config_env_selects_another_file(tmp_path: Path) -> None:
    other = write(tmp_path / "other.yaml", "server:\n  port: 9100\n")
    config = load_config(environ={"MESSENGER_CONFIG": str(other)})
    assert config.server.port == 9100


def test_explicit_path_wins_over_messenger_config_env(tmp_path: Path) -> None:
    chosen = write(tmp_path / "chosen.yaml", "server:\n  port: 9200\n")
    other = write(tmp_path / "other.yaml", "server:\n  port: 9100\n")
    config = load_config(path=chosen, environ={"MESSENGER_CONFIG": str(other)})
    assert config.server.port == 9200


def test_env_vars_of_other_prefixes_or_without_double_underscore_are_ignored(
    tmp_path: Path,
) -> None:
    config = load_config(
        path=tmp_path / "none.yaml",
        environ={
            "OTHER_SERVER__PORT": "1",
            "MESSENGERX_SERVER__PORT": "2",
            "MESSENGER_SERVER_PORT": "3",
            "MESSENGER_CONFIG": str(tmp_path / "none.yaml"),
            "MESSENGER_NOSUCHSECTION__PORT": "4",
            "PATH": "/usr/bin",
        },
    )
    assert config == Config()


def test_replace_section_changes_only_the_named_keys() -> None:
    original = Config()
    changed = replace_section(original, "database", url="postgresql://x/y", pool_max=3)
    assert changed.database.url == "postgresql://x/y"
    assert changed.database.pool_max == 3
    assert changed.database.pool_min == original.database.pool_min
    assert changed.server == original.server
    assert original.database == DatabaseConfig(), "the original is left untouched"


def test_replace_section_rejects_an_unknown_key() -> None:
    with pytest.raises(TypeError):
        replace_section(Config(), "server", prot=1)


def test_a_config_survives_the_trip_through_environment_variables(tmp_path):
    from messenger.config import Config, as_environment, load_config, replace_section

    config = replace_section(Config(), "server", port=9123)
    config = replace_section(config, "profiler", enabled=True)
    env = as_environment(config, base={})
    assert load_config(path=tmp_path / "absent.yaml", environ=env) == config


def test_trusted_proxies_come_as_a_list_from_the_file_and_comma_separated_from_env(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "config.yaml", "server:\n  trusted_proxies: [10.0.0.1, 10.1.0.0/16]\n")
    assert load_config(path=path, environ={}).server.trusted_proxies == ("10.0.0.1", "10.1.0.0/16")
    env = {"MESSENGER_SERVER__TRUSTED_PROXIES": "127.0.0.1, ::1 192.0.2.0/24"}
    config = load_config(path=path, environ=env)
    assert config.server.trusted_proxies == ("127.0.0.1", "::1", "192.0.2.0/24")
    assert load_config(path=tmp_path / "absent.yaml", environ={}).server.trusted_proxies == ()


def test_a_trusted_proxy_that_is_not_an_address_raises_config_error(tmp_path: Path) -> None:
    env = {"MESSENGER_SERVER__TRUSTED_PROXIES": "10.0.0.1,proxy.example.com"}
    with pytest.raises(ConfigError, match=r"server\.trusted_proxies.*proxy\.example\.com"):
        load_config(path=tmp_path / "absent.yaml", environ=env)


def test_trusted_proxies_survive_the_trip_through_environment_variables(tmp_path: Path) -> None:
    from messenger.config import as_environment

    config = replace_section(Config(), "server", trusted_proxies=("10.0.0.1", "fd00::/8"))
    env = as_environment(config, base={})
    assert load_config(path=tmp_path / "absent.yaml", environ=env) == config


def test_redis_sentinels_come_from_a_comma_separated_env_var_or_a_list_in_the_file(
    tmp_path: Path,
) -> None:
    from_env = load_config(
        path=tmp_path / "none.yaml",
        environ={
            "MESSENGER_REDIS__SENTINELS": "10.0.0.1:26379, 10.0.0.2:26379,,[::1]:26380",
            "MESSENGER_REDIS__SERVICE_NAME": "chat",
        },
    )
    assert from_env.redis.sentinels == ("10.0.0.1:26379", "10.0.0.2:26379", "[::1]:26380")
    assert from_env.redis.sentinel_addresses == [
        ("10.0.0.1", 26379),
        ("10.0.0.2", 26379),
        ("::1", 26380),
    ]
    assert from_env.redis.service_name == "chat"
    path = write(tmp_path / "config.yaml", "redis:\n  sentinels:\n    - s1:26379\n    - s2:26379\n")
    assert load_config(path=path, environ={}).redis.sentinels == ("s1:26379", "s2:26379")


def test_an_empty_sentinels_env_var_overrides_the_file_with_none(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "redis:\n  sentinels: [s1:26379]\n")
    config = load_config(path=path, environ={"MESSENGER_REDIS__SENTINELS": ""})
    assert config.redis.sentinels == ()
    assert Config().redis.sentinels == ()
    assert Config().redis.service_name == "mymaster"


@pytest.mark.parametrize("entry", ["s1", "s1:", ":26379", "s1:port", "s1:70000"])
def test_a_sentinel_without_host_and_port_raises_config_error(tmp_path: Path, entry: str) -> None:
    with pytest.raises(ConfigError, match=r"redis\.sentinels"):
        load_config(path=tmp_path / "none.yaml", environ={"MESSENGER_REDIS__SENTINELS": entry})


def test_sentinels_given_as_something_else_than_a_list_raise_config_error(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "config.yaml", "redis:\n  sentinels: {s1: 26379}\n")
    with pytest.raises(ConfigError, match=r"redis\.sentinels"):
        load_config(path=path, environ={})


def test_sentinels_survive_the_trip_through_environment_variables(tmp_path: Path) -> None:
    from messenger.config import as_environment

    config = replace_section(Config(), "redis", sentinels=("a:1", "b:2"), service_name="m")
    env = as_environment(config, base={})
    assert env["MESSENGER_REDIS__SENTINELS"] == "a:1,b:2"
    assert load_config(path=tmp_path / "absent.yaml", environ=env) == config
