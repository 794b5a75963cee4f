"""The `messenger` command: serve, migrate, the local service stack, and the operators'
admin commands."""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
from typing import Any

from aiohttp import web

from messenger.config import Config, load_config


def load_taskiq_without_fastapi() -> None:
    """Load taskiq-dependencies as if fastapi were not installed.

    It imports fastapi, when it can, only to recognise fastapi's Depends in a task's
    signature. fastapi is installed for the dashboard alone (taskiq-dashboard, a process
    of its own), and an API process only kicks tasks, never resolves their dependencies:
    without this, each API process would carry fastapi and starlette: 7 MB of the 98 MB
    of RSS it has once serving (91 MB with this). fastapi stays importable afterwards.
    """
    if "taskiq_dependencies" in sys.modules or "fastapi" in sys.modules:
        return
    sys.modules["fastapi"] = None  # type: ignore[assignment]  # import fastapi fails
    try:
        import taskiq_dependencies  # noqa: F401
    finally:
        del sys.modules["fastapi"]


def serve(config: Config, args: argparse.Namespace) -> int:
    load_taskiq_without_fastapi()  # first: the API's modules import taskiq
    from messenger.api.app import create_app
    from messenger.api.metrics import configure_access_log

    host = args.host or config.server.host
    port = args.port or config.server.port
    processes = args.processes or config.server.processes
    if processes > 1:
        from messenger.api.processes import serve_processes

        return serve_processes(processes, host, port)
    configure_access_log()
    web.run_app(
        create_app(config), host=host, port=port, access_log=None, reuse_port=args.reuse_port
    )
    return 0


def migrate(config: Config, args: argparse.Namespace) -> int:
    from messenger.repository.migrations import apply_migrations, create_database

    if create_database(config.database.url):
        print("created the database", file=sys.stderr)
    applied = apply_migrations(config.database.url)
    print(f"applied {applied} migration(s)", file=sys.stderr)
    return 0


def stack(config: Config, args: argparse.Namespace) -> int:
    from messenger.dev.stack import Stack

    services = Stack(config)
    if args.action == "up":
        services.up()
        return migrate(config, args)
    if args.action == "down":
        services.down()
        return 0
    # exec: up, migrate, run the command, stop what was started here.
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        print("stack exec needs a command after --", file=sys.stderr)
        return 2
    with services.running():
        migrate(config, args)
        return subprocess.run(command, check=False).returncode


def run(config: Config, args: argparse.Namespace) -> int:
    """Everything for a local run, in the foreground; Ctrl-C stops all it started."""
    from messenger.dev.stack import Stack
    from messenger.dev.supervisor import Supervisor, local_environment, local_programs

    with Stack(config).running():
        migrate(config, args)
        # Beside the API: mail sink, task worker, scheduler, dashboard (dev/supervisor.py).
        with Supervisor(local_programs(config), local_environment(config)).running():
            try:
                return serve(config, args)
            except KeyboardInterrupt:
                return 0


def mailsink(config: Config, args: argparse.Namespace) -> int:
    from messenger.dev import mailsink as sink

    return sink.main(args.options)


def dashboard(config: Config, args: argparse.Namespace) -> int:
    from messenger.tasks import dashboard as board

    return board.main()


def seed(config: Config, args: argparse.Namespace) -> int:
    import time

    from messenger.dev.seed import DEMO_PASSWORD, SeedPlan, seed_database

    migrate(config, args)
    plan = SeedPlan(args.users, args.chats, args.messages, args.seed, args.big_chat_messages)
    started = time.perf_counter()
    result = seed_database(config.database.url, plan, show_progress=not args.quiet)
    elapsed = time.perf_counter() - started
    print(
        f"seeded {result.users} users, {result.chats} chats, {result.members} members, "
        f"{result.messages} messages in {elapsed:.1f} s "
        f"({result.messages / max(elapsed, 1e-9) * 60:,.0f} messages/min); "
        f"log in as {result.first_user_nick} / {DEMO_PASSWORD}",
        file=sys.stderr,
    )
    return 0


def profile(config: Config, args: argparse.Namespace) -> int:
    import asyncio

    from messenger.dev.profile import profile_operations

    report, timings = asyncio.run(profile_operations(config, args.repeat))
    for name, mean_ms in timings.items():
        print(f"{name:>14}: {mean_ms:8.2f} ms per call (mean of {args.repeat})")
    print(f"report: {report} and {report.with_suffix('.html')}")
    return 0


def dump(config: Config, args: argparse.Namespace) -> int:
    from messenger.dev.dump import dump as write_dumps

    for path in write_dumps(config.database.url):
        print(f"wrote {path}", file=sys.stderr)
    return 0


def admin(config: Config, args: argparse.Namespace) -> int:
    """`messenger admin ...`: the operators' commands (messenger.operations.admin)."""
    import asyncio

    from messenger.errors import NotFound

    try:
        return asyncio.run(_admin(config, args))
    except NotFound as error:
        print(error.message, file=sys.stderr)
        return 1


async def _admin(config: Config, args: argparse.Namespace) -> int:
    from messenger.operations import admin as operations
    from messenger.services.container import open_services

    async with open_services(config) as services:
        if args.action == "users":
            rows = await operations.list_users(
                services, query=args.query, after=args.after, limit=args.limit
            )
            print("id\tnick\tname\temail\tstate\tsessions\tcreated_at\tlast_seen_at")
            for row in rows:
                print(
                    "\t".join(
                        "-" if row[key] is None else str(row[key])
                        for key in (
                            "id",
                            "nick",
                            "name",
                            "email",
                            "state",
                            "sessions",
                            "created_at",
                            "last_seen_at",
                        )
                    )
                )
            return 0
        if args.action == "chat-size":
            size = await operations.chat_size(services, args.target)
            for key, value in size.items():
                print(f"{key}\t{'-' if value is None else value}")
            return 0
        user = await operations.find_user(services, args.target)
        if args.action == "deactivate":
            await operations.deactivate(services, user["id"])
        elif args.action == "reactivate":
            await operations.reactivate(services, user["id"])
        else:
            if not args.yes:
                print(
                    f"deleting user {user['id']} ({user['nick']}) cannot be undone: add --yes",
                    file=sys.stderr,
                )
                return 2
            await operations.delete_user(services, user["id"])
        print(f"{args.action}d user {user['id']} ({user['nick'] or 'deleted'})", file=sys.stderr)
        return 0


def add_admin_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "admin", help="operators' commands: users, deactivate, reactivate, delete, chat-size"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    users = actions.add_parser("users", help="list users in id order, with their state")
    users.add_argument("--query", default="", help="only nicks or emails with this prefix")
    users.add_argument("--after", type=int, default=0, help="only ids above this")
    users.add_argument("--limit", type=int, default=100)
    for action, text in (
        ("deactivate", "no more logins; every session ends, its sockets close"),
        ("reactivate", "logins work again"),
        ("delete", "delete the account as its owner can (messages stay as Deleted user)"),
    ):
        one = actions.add_parser(action, help=text)
        one.add_argument("target", metavar="USER", help="the user's id or nick")
        if action == "delete":
            one.add_argument("--yes", action="store_true", help="it cannot be undone")
    size = actions.add_parser("chat-size", help="a chat's members, messages and files")
    size.add_argument("target", metavar="CHAT_ID", type=int)
    parser.set_defaults(func=admin)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="messenger", description=__doc__)
    commands = parser.add_subparsers(dest="command_name", required=True)
    for name, func, help_text in (
        ("serve", serve, "serve the HTTP API"),
        ("run", run, "bring up the local stack, migrate, and serve"),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--host")
        sub.add_argument("--port", type=int)
        sub.add_argument(
            "--processes", type=int, help="API processes sharing the port (server.processes)"
        )
        # Set by `--processes N` for its children: the port is shared (SO_REUSEPORT).
        sub.add_argument("--reuse-port", action="store_true", help=argparse.SUPPRESS)
        sub.set_defaults(func=func)
    commands.add_parser("migrate", help="create the database and apply migrations").set_defaults(
        func=migrate
    )
    seed_parser = commands.add_parser("seed", help="fill the database with fake data (COPY)")
    seed_parser.add_argument("--users", type=int, default=1000)
    seed_parser.add_argument("--chats", type=int, default=5000)
    seed_parser.add_argument("--messages", type=int, default=100_000)
    seed_parser.add_argument("--seed", type=int, default=1, help="same seed, same data")
    seed_parser.add_argument(
        "--big-chat-messages", type=int, default=0, help="put this many messages in one chat"
    )
    seed_parser.add_argument("--quiet", action="store_true", help="no progress bars")
    seed_parser.set_defaults(func=seed)
    commands.add_parser(
        "dump", help="regenerate sql/001_schema.sql and sql/002_fake_data.sql"
    ).set_defaults(func=dump)
    profile_parser = commands.add_parser(
        "profile", help="profile get_chats, get_messages, get_users into profiler.dir"
    )
    profile_parser.add_argument("--repeat", type=int, default=50)
    profile_parser.set_defaults(func=profile)
    sink_parser = commands.add_parser(
        "mailsink", help="a local SMTP server that keeps mails as .eml files", add_help=False
    )
    sink_parser.add_argument("options", nargs=argparse.REMAINDER)
    sink_parser.set_defaults(func=mailsink)
    commands.add_parser("dashboard", help="taskiq-dashboard for the task broker").set_defaults(
        func=dashboard
    )
    stack_parser = commands.add_parser("stack", help="local PostgreSQL, Redis and memcached")
    stack_parser.add_argument("action", choices=["up", "down", "exec"])
    stack_parser.add_argument("command", nargs=argparse.REMAINDER)
    stack_parser.set_defaults(func=stack)
    add_admin_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # No log line shows its caller, thread or process: records need not look them up
    # (the logging HOWTO's "Optimization"; an access line is written per request).
    logging._srcfile = None
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    args = build_parser().parse_args(argv)
    sys.exit(args.func(load_config(), args))
