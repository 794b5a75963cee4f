"""messenger.dev.hosts without namespaces: the sample configs it fills in, the service
addresses it hands each host, and a machine that cannot make namespaces (the set-up
itself runs in tests/test_two_hosts.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from messenger.config import Config
from messenger.dev.hosts import OPS_DIR, TwoHosts, render, with_host

VALUES = {
    "listen": "127.0.0.1:8000",
    "api_a": "10.201.1.2:8000",
    "api_b": "10.201.2.2:8000",
    "state_dir": "/tmp/state",
}


@pytest.mark.parametrize("name", ["haproxy.cfg", "nginx.conf"])
def test_each_sample_config_has_only_the_placeholders_the_harness_fills(name: str) -> None:
    text = render((OPS_DIR / name).read_text(), VALUES)
    assert "{{" not in text.replace("{{...}}", "")
    assert "10.201.1.2:8000" in text and "10.201.2.2:8000" in text
    assert re.search(r"^\s*(bind|listen) 127\.0\.0\.1:8000;?$", text, re.MULTILINE)


def test_a_placeholder_without_a_value_is_an_error() -> None:
    with pytest.raises(KeyError, match="missing"):
        render("server {{missing}}", {})


def test_with_host_keeps_user_port_path_and_query() -> None:
    assert (
        with_host("postgresql://postgres@127.0.0.1:5435/messenger_test", "10.201.1.1")
        == "postgresql://postgres@10.201.1.1:5435/messenger_test"
    )
    assert with_host("redis://127.0.0.1:6382/0", "10.201.1.1") == "redis://10.201.1.1:6382/0"
    assert with_host("redis://:secret@cache/1?x=1", "h") == "redis://:secret@h/1?x=1"


def test_a_machine_without_namespaces_is_told_apart_and_nothing_is_left() -> None:
    # A user namespace of its own, as an unprivileged container has: there `ip netns add`
    # really fails (it cannot mount /run/netns), as on a machine without CAP_SYS_ADMIN.
    script = (
        "from messenger.config import Config\n"
        "from messenger.dev.hosts import NamespacesUnavailable, TwoHosts\n"
        "setup = TwoHosts(Config(), 'haproxy')\n"
        "try:\n"
        "    setup.start()\n"
        "except NamespacesUnavailable as error:\n"
        "    print('unavailable', setup.dir.exists(), setup.hosts, error)\n"
    )
    unshare = shutil.which("unshare")
    assert unshare is not None, "util-linux's unshare is part of every Debian"
    result = subprocess.run(
        [unshare, "--user", "--map-root-user", sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.startswith("unavailable False {} "), result.stdout + result.stderr
    assert "netns add" in result.stdout


def test_only_haproxy_and_nginx_are_balancers() -> None:
    with pytest.raises(ValueError, match="balancer"):
        TwoHosts(Config(), "traefik")
