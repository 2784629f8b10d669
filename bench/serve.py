"""The portal as a server runs it: static files collected once, gunicorn with two sync workers.

The settings are the production ones (`bench.settings`: DEBUG off, WhiteNoise, the file cache all
workers of one machine share), with a fresh SECRET_KEY, the benchmark's database and a temporary
folder for the static files and the cache. The workers' CPU time comes from /proc/<pid>/stat.
"""

import http.client
import os
import secrets
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

from .config import BASE_DIR

CONFIG = BASE_DIR / "bench" / "gunicorn_conf.py"
WORKERS = 2
READY_SECONDS = 90
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Settings a developer's shell may carry that would change what is measured.
UNSET = ("REDIS_URL", "CACHE_BACKEND", "DJANGO_SETTINGS_MODULE", "PAGE_CACHE_SECONDS", "SERVE_MEDIA")


def environment(database_url, media_root, static_root, cache_dir, count_dir):
    env = {name: value for name, value in os.environ.items() if name not in UNSET}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=database_url,
        PORTAL_DOMAIN="localhost",
        PORTAL_PORT="80",
        ALLOWED_HOSTS="localhost,.localhost",
        MEDIA_ROOT=str(media_root),
        BENCH_STATIC_ROOT=str(static_root),
        CACHE_LOCATION=str(cache_dir),
        BENCH_COUNT_DIR=str(count_dir),
        LOG_LEVEL="WARNING",
    )
    return env


def collect_static(env):
    """collectstatic into BENCH_STATIC_ROOT: hashed names, gzip and Brotli, as WhiteNoise serves them."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, host, path, headers=None, timeout=120):
    """(status, headers, body) of one GET with the Host header of a site."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def database_backends(database_url):
    """The PostgreSQL processes of this machine that serve the benchmark database (none for SQLite).

    Their CPU time is the database's share of a request; the database is the benchmark's own, so
    every other connection to it is a worker's.
    """
    if not database_url.startswith(("postgres://", "postgresql://")):
        return []
    import psycopg

    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return [pid for (pid,) in rows if os.path.exists(f"/proc/{pid}/stat")]


def cpu_seconds(pid):
    """User and system CPU time of a process so far (fields 14 and 15 of /proc/<pid>/stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class Server:
    """gunicorn on a free port of 127.0.0.1; `with Server(env, log) as server:` stops it afterwards."""

    def __init__(self, env, log_path):
        self.env = env
        self.database_url = env["DATABASE_URL"]
        self.log_path = log_path
        self.port = free_port()
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cms.wsgi",
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                "--bind",
                f"127.0.0.1:{self.port}",
                # An uncached iCal feed of every event takes a while; a killed worker would spoil the run.
                "--timeout",
                "120",
                "--error-logfile",
                str(self.log_path),
                # Counts the requests each worker finishes (bench/gunicorn_conf.py), nothing else.
                "--config",
                str(CONFIG),
            ],
            cwd=BASE_DIR,
            env=self.env,
        )
        try:
            self.wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def wait_until_ready(self):
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn hat sich beendet:\n{self.log_tail()}")
            try:
                status, _headers, _body = get(self.port, "localhost", "/health/", timeout=5)
            except OSError:
                status = None
            if status == 200 and len(self.workers()) == WORKERS:
                return
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn antwortet nicht nach {READY_SECONDS} s:\n{self.log_tail()}")

    def log_tail(self, lines=20):
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8").splitlines()[-lines:])
        except OSError:
            return "(kein Protokoll)"

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def workers(self):
        """The worker processes' ids (the master's children)."""
        pid = self.process.pid
        try:
            with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
                return sorted(int(child) for child in children.read().split())
        except FileNotFoundError:
            return []

    def measured_processes(self):
        """The workers and, on PostgreSQL, the database processes that serve them."""
        return self.workers() + database_backends(self.database_url)

    def finished(self, workers):
        """The requests the workers finished so far (bench/gunicorn_conf.py)."""
        total = 0
        for pid in workers:
            with open(Path(self.env["BENCH_COUNT_DIR"]) / str(pid), "rb") as counter:
                total += struct.unpack("Q", counter.read(8))[0]
        return total

    def cpu(self, pids):
        total = 0.0
        for pid in pids:
            try:
                total += cpu_seconds(pid)
            except FileNotFoundError:  # a database connection closed (CONN_MAX_AGE) in the meantime
                pass
        return total

    def settled(self, workers, pids, longest=120.0):
        """(CPU seconds, finished requests) once the workers are idle: the requests wrk left behind
        are built to the end, and count."""
        before = (self.cpu(pids), self.finished(workers))
        deadline = time.monotonic() + longest
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = (self.cpu(pids), self.finished(workers))
            if now == before:
                break
            before = now
        return before
