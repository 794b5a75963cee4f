"""A real PgBouncer (Debian's package, installed with apt when missing) in transaction mode
in front of a PostgreSQL database, as an operator would put it there: for the tests
(tests/api/test_pgbouncer.py) and the bench's "behind PgBouncer" scenarios. Its settings
are the ones README ("PgBouncer") recommends."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from messenger.dev.loadtest import free_port
from messenger.dev.stack import Endpoint, ensure_installed, is_root, wait_listening

HOST = "127.0.0.1"
# Fewer server connections than the API's pool holds client connections: one client
# connection's transactions run on several server connections, as in production.
SERVER_CONNECTIONS = 8


class PgBouncer:
    def __init__(self, database_url: str, *, server_connections: int = SERVER_CONNECTIONS) -> None:
        self.server_connections = server_connections
        self.target = urlsplit(database_url)
        self.database = self.target.path.lstrip("/")
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="messenger-pgbouncer-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        user = self.target.username or "postgres"
        return urlunsplit(self.target._replace(netloc=f"{user}@{HOST}:{self.port}"))

    def start(self) -> None:
        ensure_installed(["pgbouncer"])
        user = self.target.username or "postgres"
        ini = self.dir / "pgbouncer.ini"
        ini.write_text(
            "[databases]\n"
            f"{self.database} = host={self.target.hostname} port={self.target.port or 5432} "
            f"dbname={self.database} user={user} timezone=UTC "
            "connect_query='SET lock_timeout = 8000'\n"
            "[pgbouncer]\n"
            f"listen_addr = {HOST}\n"
            f"listen_port = {self.port}\n"
            "unix_socket_dir =\n"
            "auth_type = trust\n"
            f"auth_file = {self.dir / 'userlist.txt'}\n"
            "pool_mode = transaction\n"
            f"default_pool_size = {self.server_connections}\n"
            "max_client_conn = 500\n"
            f"logfile = {self.dir / 'pgbouncer.log'}\n"
            f"pidfile = {self.dir / 'pgbouncer.pid'}\n"
        )
        (self.dir / "userlist.txt").write_text(f'"{user}" ""\n')
        # -q: its log goes to the logfile only, not through our own output.
        command = [shutil.which("pgbouncer") or "/usr/sbin/pgbouncer", "-q", str(ini)]
        if is_root():
            # PgBouncer will not run as root: it switches to the postgres user.
            for path in (self.dir, *self.dir.iterdir()):
                shutil.chown(path, "postgres")
            command[1:1] = ["-u", "postgres"]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL)  # noqa: S603
        wait_listening(Endpoint("pgbouncer", HOST, self.port))

    def log(self) -> str:
        path = self.dir / "pgbouncer.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)
