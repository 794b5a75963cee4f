"""taskiq-dashboard for the messenger broker: tasks as they are queued, run and end.

    python -m messenger.tasks.dashboard    (or `messenger dashboard`; `make run` starts it)

Serves on dashboard.host:dashboard.port (127.0.0.1:8090), keeps its records in SQLite at
dashboard.db_path, and accepts reports from workers that carry dashboard.api_token.
It is given the scheduler too, so its schedules page lists the periodic tasks.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from pathlib import Path

from taskiq_dashboard import TaskiqDashboard


def main() -> int:
    from messenger.tasks import SCHEDULED_MODULES
    from messenger.tasks.broker import CONFIG, broker, scheduler

    # The schedules are labels of the tasks: import them, as the scheduler command does.
    for module in SCHEDULED_MODULES:
        importlib.import_module(module)

    config = CONFIG.dashboard
    if not config.api_token:
        print(
            "dashboard.api_token is empty: set MESSENGER_DASHBOARD__API_TOKEN "
            "(`messenger run` makes one for its processes)",
            file=sys.stderr,
        )
        return 2
    database = Path(config.db_path).resolve()
    database.parent.mkdir(parents=True, exist_ok=True)
    dashboard = TaskiqDashboard(
        api_token=config.api_token,
        storage_type="sqlite",
        database_dsn=f"sqlite+aiosqlite:///{database}",
        broker=broker,
        scheduler=scheduler,
        address=config.host,
        port=config.port,
        log_access=False,
    )
    asyncio.run(dashboard.run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
