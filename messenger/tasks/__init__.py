"""Background work on taskiq over Redis streams: the worker side.

broker.py     the broker (result backend, retry, metrics, dashboard) and the scheduler
mail.py       the send_mail task: claim an outbox row, render, send over SMTP, settle
relay.py      the periodic relay: hands due outbox rows to the broker
digest.py     the periodic unread digest
mentions.py   the mention mail: unread mentions, after a delay
export.py     data exports: build one user's zip; sweep lost builds and old zips
retention.py  the hourly retention run: messages older than their chat keeps them
retry.py      retries with exponential backoff for errors worth retrying
dashboard.py  `python -m messenger.tasks.dashboard`: taskiq-dashboard for this broker

The broker module does not import its tasks: the worker and scheduler commands name the
task modules (TASK_MODULES and SCHEDULED_MODULES below), as taskiq's own CLI expects:

    taskiq worker messenger.tasks.broker:broker \
        messenger.tasks.mail messenger.tasks.relay messenger.tasks.digest
    taskiq scheduler messenger.tasks.broker:scheduler messenger.tasks.relay messenger.tasks.digest

The API's side of the queue (the stream's names, the kick after a commit) lives in
messenger.services (task_queue.py, outbox.py), so the API never loads the worker side.
"""

# What a worker runs: taskiq imports each, and its @broker.task functions register.
TASK_MODULES = (
    "messenger.tasks.mail",
    "messenger.tasks.relay",
    "messenger.tasks.digest",
    "messenger.tasks.mentions",
    "messenger.tasks.export",
    "messenger.tasks.retention",
)
# The ones with a schedule: what the scheduler (and the dashboard's schedules page) reads.
SCHEDULED_MODULES = (
    "messenger.tasks.relay",
    "messenger.tasks.digest",
    "messenger.tasks.mentions",
    "messenger.tasks.export",
    "messenger.tasks.retention",
)
BROKER = "messenger.tasks.broker:broker"
SCHEDULER = "messenger.tasks.broker:scheduler"


def worker_command(python: str, *options: str) -> list[str]:
    """`taskiq worker` for our broker and every task module."""
    return [python, "-m", "taskiq", "worker", BROKER, *TASK_MODULES, *options]


def scheduler_command(python: str, *options: str) -> list[str]:
    """`taskiq scheduler` for our scheduler and the modules with schedules."""
    return [python, "-m", "taskiq", "scheduler", SCHEDULER, *SCHEDULED_MODULES, *options]
