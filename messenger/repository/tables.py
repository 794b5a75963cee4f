"""The schema as SQLAlchemy Core tables. migrations/ is the truth; a test checks this mirror."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Computed,
    DateTime,
    ForeignKey,
    Identity,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    Uuid,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    # Null, with email and password_hash, once the account is deleted (deleted_at).
    Column("nick", Text),
    Column("name", Text, nullable=False),
    Column("email", Text),
    Column("password_hash", Text),
    Column("avatar", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("show_presence", Boolean, nullable=False),
    # Written from Redis in batches (messenger.services.presence), not per heartbeat.
    Column("last_seen_at", DateTime(timezone=True)),
    Column("email_verified", Boolean, nullable=False),
    Column("deleted_at", DateTime(timezone=True)),
    # Set by an operator (messenger admin deactivate): no login until reactivated.
    Column("deactivated_at", DateTime(timezone=True)),
)

account_tokens = Table(
    "account_tokens",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("token_hash", LargeBinary, nullable=False, unique=True),
    Column("email", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("token_hash", LargeBinary, nullable=False, unique=True),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    # Written at most once a minute (operations.accounts.authenticate).
    Column("last_used_at", DateTime(timezone=True)),
    Column("user_agent", Text),
)

chats = Table(
    "chats",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("is_group_chat", Boolean, nullable=False),
    Column("topic", Text),
    Column("avatar", Text),
    Column("created_by", BigInteger, ForeignKey("users.id", ondelete="SET NULL")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_activity_at", DateTime(timezone=True), nullable=False),
    Column("personal_low_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE")),
    Column("personal_high_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE")),
    # Days its messages are kept (null: as long as the global retention.days allows).
    Column("retention_days", Integer),
)

members = Table(
    "members",
    metadata,
    Column(
        "chat_id",
        BigInteger,
        ForeignKey("chats.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "user_id",
        BigInteger,
        ForeignKey("users.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("role", Text, nullable=False),
    Column("joined_at", DateTime(timezone=True), nullable=False),
    Column("last_read_message_id", BigInteger, nullable=False),
    Column("digested_message_id", BigInteger, nullable=False),
    Column("muted", Boolean, nullable=False),
)

messages = Table(
    "messages",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("chat_id", BigInteger, ForeignKey("chats.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False),
    Column("content", Text, nullable=False),
    Column("client_message_id", Uuid),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("edited_at", DateTime(timezone=True)),
    # No foreign key to messages: a reply or a forward outlives its original.
    Column("reply_to_id", BigInteger),
    Column("reply_to_user_id", BigInteger, ForeignKey("users.id", ondelete="RESTRICT")),
    Column("reply_content", Text),
    Column("forwarded_from_message_id", BigInteger),
    Column("forwarded_from_user_id", BigInteger, ForeignKey("users.id", ondelete="RESTRICT")),
    Column("forwarded_from_created_at", DateTime(timezone=True)),
    Column("mentions", ARRAY(BigInteger), nullable=False),
    # What the reactions and pins tables say, for history pages to read with the row.
    Column("reaction_summary", JSONB),
    Column("pinned", Boolean, nullable=False),
    # What search finds the message by; PostgreSQL computes it on every insert and edit.
    Column("search_vector", TSVECTOR, Computed("search_document(content)", persisted=True)),
    # Whether files were sent with it: a page looks up the files of these messages alone.
    Column("has_files", Boolean, nullable=False),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("chat_id", BigInteger, ForeignKey("chats.id", ondelete="CASCADE"), nullable=False),
    Column("message_id", BigInteger, ForeignKey("messages.id", ondelete="CASCADE")),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("filename", Text, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    # Shared by a forward's copies: the file goes with the last row naming it.
    Column("storage_key", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

mail_outbox = Table(
    "mail_outbox",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("kind", Text, nullable=False),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("payload", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("claimed_until", DateTime(timezone=True)),
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    Column("sent_at", DateTime(timezone=True)),
    Column("failed_at", DateTime(timezone=True)),
)

reactions = Table(
    "reactions",
    metadata,
    Column(
        "message_id",
        BigInteger,
        ForeignKey("messages.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("emoji", Text, primary_key=True),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("chat_id", BigInteger, ForeignKey("chats.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "message_id",
        BigInteger,
        ForeignKey("messages.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

mention_mail_progress = Table(
    "mention_mail_progress",
    metadata,
    Column("id", Boolean, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("message_id", BigInteger, nullable=False),
    Column("user_id", BigInteger, nullable=False),
)

pins = Table(
    "pins",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("chat_id", BigInteger, ForeignKey("chats.id", ondelete="CASCADE"), nullable=False),
    Column(
        "message_id",
        BigInteger,
        ForeignKey("messages.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("pinned_by", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("pinned_at", DateTime(timezone=True), nullable=False),
)

exports = Table(
    "exports",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("user_id", BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("leased_until", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    Column("size", BigInteger),
)
