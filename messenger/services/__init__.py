"""What the operations lean on besides SQL: the chat-list cache (memcached), the event
bus (Redis), login limits, password hashing, attachment files, the mail outbox's kick,
the token cache; `container.py` opens them all, once per process."""
