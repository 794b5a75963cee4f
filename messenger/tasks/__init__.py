"""Background work on taskiq over Redis streams.

broker.py     the broker (result backend, retry, metrics, dashboard) and the scheduler,
              as the stock CLIs load them: `taskiq worker messenger.tasks.broker:broker`,
              `taskiq scheduler messenger.tasks.broker:scheduler`
streams.py    the stream and task names, shared by the worker and the API
outbox.py     the API's best-effort hand-over of committed mails to the broker
mail.py       the send_mail task: claim an outbox row, render, send over SMTP, settle
relay.py      the periodic relay: hands due outbox rows to the broker
digest.py     the periodic unread digest
retry.py      retries with exponential backoff for errors worth retrying
dashboard.py  `python -m messenger.tasks.dashboard`: taskiq-dashboard for this broker
latency.py    `python -m messenger.tasks.latency`: chat created -> mail received, measured

This package's __init__ imports nothing, so the API can use streams.py and outbox.py
without loading the worker side.
"""
