"""The side-effects benchmark runs against the real Redis and memcached (no timings
asserted: it fails when a publish or a bump did not land)."""

from __future__ import annotations

import pytest

from messenger.config import Config
from messenger.dev import side_effects_bench


def test_every_publish_and_bump_lands_and_each_gets_a_cost(
    base_config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    assert side_effects_bench.main(["--concurrency", "1", "4", "--sends", "40"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["@1", "@4"]
    assert all(
        f"{name} " in line and line.endswith("of CPU per send")
        for line in lines
        for name in ("publish", "bump", "both")
    )
