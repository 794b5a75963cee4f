"""The benchmark end to end on tiny data: every scenario runs, clean, with a floor."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from messenger.config import Config
from messenger.dev import bench
from messenger.dev.loadtest import Result
from messenger.repository.migrations import drop_database


def test_bench_reports_every_scenario_without_errors_and_a_floor_ratio(
    base_config: Config, tmp_path: Path
) -> None:
    name = f"messenger_bench_test_{uuid.uuid4().hex[:8]}"
    report_path = tmp_path / "bench.json"
    argv = [
        "--database", name, "--users", "50", "--chats", "100", "--messages", "2000",
        "--big-chat-messages", "1000", "--requests", "40", "--login-requests", "8",
        "--concurrency", "4", "--quiet", "--json", str(report_path),
    ]  # fmt: skip
    try:
        assert bench.main(argv) == 0
    finally:
        for database in (name, f"{name}_without_search"):
            drop_database(bench.database_url(base_config.database.url, database))
    report = json.loads(report_path.read_text())
    scenarios = {r["scenario"]: r for r in report["results"]}
    assert set(scenarios) == {
        "send message",
        "send floor",
        "send floor (minimal table)",
        "send floor (2 processes)",
        "history 1k chat (floor)",
        "history big chat (floor)",
        "chat list warm",
        "chat list cold",
        "history 1k chat",
        "history big chat",
        "login",
        "send message (without search index)",
        "send message (limits on)",
        "send message (limits off)",
        "send message (2 processes)",
        "history 1k chat (2 processes)",
        "history big chat (2 processes)",
        *(
            f"{name}{variant}"
            for name in ("send message", "history 1k chat", "history big chat")
            for variant in (" (unprepared)", " (behind PgBouncer)")
        ),
        *(
            f"search {kind}, {where}"
            for kind in bench.SEARCHES
            for where in ("all chats", "big chat")
        ),
    }
    assert all(r["errors"] == 0 and r["requests"] > 0 for r in scenarios.values())
    floor_ratio = scenarios["send message"]["rps"] / scenarios["send floor"]["rps"]
    assert floor_ratio > 0
    assert {t["name"] for t in report["targets"]} >= {
        "0 errors",
        "fake data ≥ 1M messages/min",
        "send with search index ≥ 0.9 x without @4",
        "send message with 2 processes ≥ 1.3 x one process @4",
        "send floor with 2 processes @4",
        "send message behind PgBouncer ≥ 0.8 x direct @4",
        "send ≥ 0.7 x floor @4",
        "history 1k chat ≥ 0.7 x floor @4",
        "history big chat ≥ 0.7 x floor @4",
        "send floor on messages vs a minimal table @4",
        "send: CPU per request vs floor @4",
        "API RSS per process ≤ 150 MB",
    }


def result(rps: float, errors: int = 0, scenario: str = "send", rss: float = 0) -> Result:
    kinds = {"timeout": errors} if errors else {}
    return Result(scenario, 16, 100, errors, kinds, 1.0, rps, 1.0, 2.0, 0, 0, 0, 0, rss)


def test_the_memory_target_takes_the_largest_of_our_api_processes() -> None:
    results = [
        result(1.0, scenario="send message", rss=120.0),
        result(1.0, scenario="send message (2 processes)", rss=140.5),
        # Not ours: the floors are bare servers, the baseline another version.
        result(1.0, scenario="send floor", rss=300.0),
        result(1.0, scenario="send floor (minimal table)", rss=300.0),
        result(1.0, scenario="history 1k chat (floor)", rss=300.0),
        result(1.0, scenario="send message (baseline)", rss=300.0),
    ]
    assert bench.api_rss_peak(130.0, results) == (140.5, "send message (2 processes) @16")
    assert bench.api_rss_peak(150.0, results) == (150.0, "the main API")


def test_the_median_round_is_reported_with_the_errors_of_every_round() -> None:
    rounds = [result(900.0), result(1100.0, errors=1), result(1000.0, errors=2)]
    median = bench.median_round(rounds)
    assert median.rps == 1000.0
    assert (median.errors, median.error_kinds) == (3, {"timeout": 3})
    assert bench.median_round([result(2.0), result(1.0)]).rps == 1.0  # the lower middle
