"""A throw-away PostgreSQL server for the tests: initdb and pg_ctl in a folder of its own, on a free
local port, trusted connections from 127.0.0.1 only.

`scripts/test` starts one for the whole run (`python tests/postgres_server.py start DIR` prints its URL,
`stop DIR` stops it, also when the tests fail); `tests/conftest.py` uses it through
$DVC_TEST_DATABASE_URL, or starts one of its own when pytest runs alone. PostgreSQL refuses to run as
root: as root the server runs as the `postgres` account Debian's package made.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

USER = "dvc"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class Server:
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/postgres"

    def url_of(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def stop(self, mode: str = "fast") -> None:
        bin_dir = binaries()
        if bin_dir is None or not (self.folder / "data" / "postmaster.pid").exists():
            return
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", mode,
                                        "-w", "stop"]), capture_output=True, check=False, timeout=60)

    def start_again(self) -> None:
        _pg_ctl_start(self.folder, self.port)


def _pg_ctl_start(folder: Path, port: int) -> None:
    bin_dir = binaries()
    assert bin_dir is not None
    options = f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-l",
                                    str(folder / "server.log"), "-o", options, "-w", "-t", "60", "start"]),
                   check=True, capture_output=True, timeout=90)


def start(folder: Path) -> Server:
    """A new server with its data in `folder` (made, and given to the server's account when root)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", USER,
                                    "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]),
                   check=True, capture_output=True, timeout=120)
    last: Exception | None = None
    for _attempt in range(3):  # the free port may be taken between the probe and the start
        port = _free_port()
        try:
            _pg_ctl_start(folder, port)
            (folder / "port").write_text(str(port), encoding="utf-8")
            return Server(folder, port)
        except subprocess.CalledProcessError as error:
            last = error
            time.sleep(0.2)
    raise RuntimeError(f"PostgreSQL did not start: {last}")


def running(folder: Path) -> Server:
    return Server(folder, int((folder / "port").read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    action, folder = argv[0], Path(argv[1])
    if action == "start":
        print(start(folder).url)
    elif action == "stop":
        if (folder / "port").exists():
            running(folder).stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"usage: {sys.argv[0]} start|stop DIR", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
