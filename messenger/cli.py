"""The `messenger` command: serve, migrate, and the local service stack."""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys

from aiohttp import web

from messenger.config import Config, load_config


def serve(config: Config, args: argparse.Namespace) -> int:
    from messenger.app import create_app

    host = args.host or config.server.host
    port = args.port or config.server.port
    web.run_app(create_app(config), host=host, port=port, access_log=None)
    return 0


def migrate(config: Config, args: argparse.Namespace) -> int:
    from messenger.migrate import apply_migrations, create_database

    if create_database(config.database.url):
        print("created the database", file=sys.stderr)
    applied = apply_migrations(config.database.url)
    print(f"applied {applied} migration(s)", file=sys.stderr)
    return 0


def stack(config: Config, args: argparse.Namespace) -> int:
    from messenger.stack import Stack

    services = Stack(config)
    if args.action == "up":
        services.up()
        return migrate(config, args)
    if args.action == "down":
        services.down()
        return 0
    # exec: up, migrate, run the command, stop what was started here.
    command = [part for part in args.command if part != "--"]
    if not command:
        print("stack exec needs a command after --", file=sys.stderr)
        return 2
    with services.running():
        migrate(config, args)
        return subprocess.run(command, check=False).returncode


def run(config: Config, args: argparse.Namespace) -> int:
    """Everything for a local run, in the foreground; Ctrl-C stops all it started."""
    from messenger.stack import Stack

    with Stack(config).running():
        migrate(config, args)
        try:
            return serve(config, args)
        except KeyboardInterrupt:
            return 0


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
        sub.set_defaults(func=func)
    commands.add_parser("migrate", help="create the database and apply migrations").set_defaults(
        func=migrate
    )
    stack_parser = commands.add_parser("stack", help="local PostgreSQL, Redis and memcached")
    stack_parser.add_argument("action", choices=["up", "down", "exec"])
    stack_parser.add_argument("command", nargs=argparse.REMAINDER)
    stack_parser.set_defaults(func=stack)
    return parser


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    args = build_parser().parse_args(argv)
    sys.exit(args.func(load_config(), args))
