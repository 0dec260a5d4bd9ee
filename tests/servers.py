"""Real triple stores for the push tests: an Oxigraph server and Virtuoso, on free loopback ports.

Each server gets its own temporary data folder and is stopped (and waited for) when the test
session ends. Nothing binds beyond 127.0.0.1.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_DB = "/var/lib/virtuoso-opensource-7/db"


class ServerUnavailable(RuntimeError):
    """The server's binary is not installed."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, timeout: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if with an error status
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"server did not answer {url} within {timeout:.0f} s")


def _stop(proc: subprocess.Popen, grace: float = 20) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


@dataclass
class OxigraphServer:
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT`."""

    data_dir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @staticmethod
    def binary() -> str:
        beside = Path(sys.executable).parent / "oxigraph"
        found = str(beside) if beside.exists() else shutil.which("oxigraph")
        if not found:
            raise ServerUnavailable("the 'oxigraph' command is not installed (pip install oxigraph)")
        return found

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    def start(self) -> OxigraphServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.data_dir.parent / f"oxigraph-{self.port}.log"
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [self.binary(), "serve", "--location", str(self.data_dir), "--bind", f"127.0.0.1:{self.port}"],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _wait_http(f"{self.query_url}?query=ASK%7B%7D", self.proc, 60, log)
        return self

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)
            self._log.close()
            self.proc = None


@dataclass
class VirtuosoServer:
    """`virtuoso-t +foreground +configfile INI` on a fresh database (dba/dba) in a temporary folder."""

    data_dir: Path
    sql_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None
    user: str = "dba"
    password: str = "dba"

    @staticmethod
    def binary() -> str:
        found = shutil.which("virtuoso-t")
        if not found or not VIRTUOSO_INI.exists():
            raise ServerUnavailable("Virtuoso is not installed (apt-get install virtuoso-opensource)")
        return found

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def auth_url(self) -> str:
        return f"{self.base}/sparql-auth"

    @property
    def store_url(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"

    def write_ini(self) -> Path:
        """A copy of the stock ini with the database in data_dir and both ports on 127.0.0.1."""
        text = VIRTUOSO_INI.read_text()
        text = text.replace(VIRTUOSO_DB, str(self.data_dir))
        section = None
        lines = []
        for line in text.splitlines():
            header = re.match(r"\s*\[(\w+)\]", line)
            if header:
                section = header.group(1)
            key = line.split("=", 1)[0].strip()
            if key == "ServerPort" and section == "Parameters":
                line = f"ServerPort = 127.0.0.1:{self.sql_port}"
            elif key == "ServerPort" and section == "HTTPServer":
                line = f"ServerPort = 127.0.0.1:{self.http_port}"
            elif key == "DirsAllowed":
                line = f"{line.split(';')[0].rstrip()}, {self.data_dir}"
            lines.append(line)
        ini = self.data_dir / "virtuoso.ini"
        ini.write_text("\n".join(lines) + "\n")
        return ini

    def start(self, attempts: int = 3) -> VirtuosoServer:
        """Start on the chosen ports; when another process took a port between free_port() and Virtuoso's bind
        (it binds seconds after start: two test runs side by side met this), start again on fresh ports and a fresh
        database."""
        binary = self.binary()
        for attempt in range(attempts):
            self.data_dir.mkdir(parents=True, exist_ok=True)
            ini = self.write_ini()
            log = self.data_dir / "virtuoso.log"
            self._out = (self.data_dir / "stdout.log").open("wb")
            self.proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=self.data_dir,
                                         stdout=self._out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            try:
                _wait_http(f"{self.query_url}?query=ASK%7B%7D", self.proc, 120, log)
                return self
            except RuntimeError:
                taken = log.exists() and "Failed to start listening" in log.read_text(errors="replace")
                if attempt + 1 == attempts or self.proc.poll() is None or not taken:
                    raise
                self._out.close()
                shutil.rmtree(self.data_dir)
                self.sql_port, self.http_port = free_port(), free_port()
        raise AssertionError("unreachable")

    def isql(self, sql: str, timeout: float = 120) -> str:
        isql = shutil.which("isql-vt") or "isql-vt"
        done = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", self.user, self.password, f"exec={sql}"],
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise RuntimeError(f"isql failed ({done.returncode}): {done.stdout}{done.stderr}")
        return done.stdout

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                self.isql("shutdown;", timeout=30)
            except (RuntimeError, subprocess.TimeoutExpired, OSError):
                pass
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                _stop(self.proc)
        self._out.close()
        self.proc = None


def _interrupt(*_) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """Start a server by hand for trying things: python -m tests.servers oxigraph|virtuoso DIR."""
    kind, folder = sys.argv[1], Path(sys.argv[2])
    server = (OxigraphServer if kind == "oxigraph" else VirtuosoServer)(folder).start()
    print(f"{kind} at {server.base} (pid {server.proc.pid}); Ctrl-C stops it", flush=True)
    try:
        signal.signal(signal.SIGTERM, _interrupt)
        while server.proc.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
