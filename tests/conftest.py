"""Shared fixtures: a fresh store on each backend, and a throwaway PostgreSQL.

The PostgreSQL server is real (never mocked): the session starts one with
``initdb`` + ``pg_ctl`` in a temporary folder, listening only on a Unix
socket there, and stops it at the end. Binaries are looked up on PATH, then
under /usr/lib/postgresql/*/bin. Without them the postgres tests skip
locally and FAIL when ``CI`` is set (CI must run them).

PostgreSQL refuses to run as root; as root the server runs as the
``postgres`` user when it exists, else ``nobody``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _pg_bin_dir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl", path=str(Path(initdb).parent)):
        return Path(initdb).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parts[-3].split(".")],
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: None for the current user, unless that is root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    pytest.fail("running as root and neither a 'postgres' nor a 'nobody' user exists")


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    port: int
    user: pwd.struct_passwd | None
    superuser: str = "custody"
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def run(self, *args: str) -> None:
        kwargs: dict[str, object] = {}
        env = dict(os.environ, LC_ALL="C", LANG="C")
        if self.user is not None:
            kwargs = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
            env["HOME"] = str(self.root)
        done = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            env=env,
            cwd=self.root,
            check=False,
            **kwargs,  # type: ignore[call-overload]
        )
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(
                f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n{tail}"
            )

    def url(self, database: str) -> str:
        return (
            f"postgresql+psycopg://{self.superuser}@/{database}"
            f"?host={self.socket_dir}&port={self.port}"
        )

    def new_database(self) -> str:
        """A fresh, empty database on the server; returns its URL."""
        import psycopg

        name = f"custody_test_{next(self._names)}"
        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=self.superuser,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        reason = (
            "PostgreSQL server binaries (initdb, pg_ctl) not found"
            " on PATH or under /usr/lib/postgresql/*/bin"
        )
        if _in_ci():
            pytest.fail(f"CI is set but {reason}: install the postgresql package")
        pytest.skip(reason)
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="custody-pg-"))  # short: socket paths are limited
    (root / "socket").mkdir()
    if user is not None:
        for p in (root, root / "socket"):
            os.chown(p, user.pw_uid, user.pw_gid)
    server = PostgresServer(bin_dir=bin_dir, root=root, port=_free_port(), user=user)
    try:
        server.run(
            "initdb", "-D", "data", "-U", server.superuser, "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync",
        )  # fmt: skip
        options = f"-p {server.port} -k {server.socket_dir} -c listen_addresses='' -F"
        server.run("pg_ctl", "-D", "data", "-l", "server.log", "-o", options, "-w", "start")
    except (RuntimeError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start a throwaway PostgreSQL: {exc}")
    try:
        yield server
    finally:
        try:
            server.run("pg_ctl", "-D", "data", "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend: a SQLite path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "custody.db")
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.new_database()


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    from custody.store import open_store

    with open_store(db_url) as s:
        yield s


@pytest.fixture(autouse=True)
def _no_custody_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's $CUSTODY_* settings by accident."""
    for name in ("CUSTODY_DB", "CUSTODY_CONFIG", "CUSTODY_MAX_BYTES"):
        monkeypatch.delenv(name, raising=False)
