"""One wrk run per address and mode: requests per second, p50 and p99, the server's CPU per request.

Uncached, every request sends a dummy session cookie (`sessionid=bench`): the page cache serves
and stores only requests without one, and Django takes a key this short for no session at all,
so the page is built as for any reader – without a session lookup, without storing it. One
server thus measures both modes with the same warm workers; a second server with
PAGE_CACHE_SECONDS=0 would measure the same work after another start.

Cached, the address is requested once (stored) and must then come back with `X-Cache: hit`.
These first requests, on an idle server, give the time of a single request ("einzeln"): for the
uncached page the median of three, the time it takes to build it.

A short run with as many connections as workers warms them up (templates, renditions, database
connections). The measured run keeps 8 connections busy for a few seconds (wrk, two threads),
longer for a slow page, so that its percentiles rest on a couple of dozen answers. The CPU time
the two gunicorn workers (and on PostgreSQL the database processes serving them) spent from the
start of the run until they are idle again, divided by the requests they finished meanwhile
(bench/gunicorn_conf.py counts them, including those wrk left behind), is the CPU per request.
"""

import json
import math
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .serve import WORKERS, get

WRK = "/usr/bin/wrk"
LUA = Path(__file__).with_name("wrk_report.lua")
CONNECTIONS = 8
THREADS = 2
UNCACHED_COOKIE = "sessionid=bench"
# What a browser sends: pages come gzipped (GZipMiddleware), static files as Brotli (WhiteNoise).
ACCEPT_ENCODING = "gzip, deflate, br"
MODES = ("uncached", "cached")
# A slow page gets a longer run, so that its percentiles rest on about this many answers.
ANSWERS_PER_RUN = 24
LONGEST_RUN = 30


class MeasureError(Exception):
    """An address does not answer as the benchmark expects (status, cache)."""


@dataclass
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float | None
    single_ms: float | None
    errors: int

    @property
    def per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_missing():
    """The German message for a machine without wrk, or None."""
    if Path(WRK).exists() or shutil.which("wrk"):
        return None
    return "wrk fehlt: installieren Sie es mit `sudo apt-get install -y wrk` (Debian-Paket wrk)."


def headers(mode):
    values = {"Accept-Encoding": ACCEPT_ENCODING}
    if mode == "uncached":
        values["Cookie"] = UNCACHED_COOKIE
    return values


def single(server, host, path, mode):
    """The time of one request on an idle server, in ms, after checking that the address answers
    200 and, cached, from the page cache (uncached: never from it). The median of three."""
    times = []
    for _number in range(3 if mode == "uncached" else 2):
        started = time.monotonic()
        status, answer, _body = get(server.port, host, path, headers(mode))
        times.append(1000 * (time.monotonic() - started))
        if status != 200:
            raise MeasureError(f"{host}{path}: Status {status} statt 200")
    cache = answer.get("X-Cache")
    if mode == "cached" and cache != "hit":
        raise MeasureError(f"{host}{path}: X-Cache {cache!r} statt 'hit' beim zweiten Abruf")
    if mode == "uncached" and cache is not None:
        raise MeasureError(f"{host}{path}: X-Cache {cache!r}, obwohl der Seiten-Cache umgangen werden soll")
    # Cached, the first request stored the page: only the second one counts.
    return statistics.median(times if mode == "uncached" else times[1:])


def wrk(port, host, path, mode, seconds, connections=CONNECTIONS):
    command = [
        shutil.which("wrk") or WRK,
        f"--threads={min(THREADS, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=60s",
        f"--script={LUA}",
        f"--header=Host: {host}",
    ]
    command += [f"--header={name}: {value}" for name, value in headers(mode).items()]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    line = next((line for line in output.splitlines() if line.startswith("BENCH ")), None)
    if line is None:
        raise MeasureError(f"wrk hat keine Zusammenfassung ausgegeben:\n{output}")
    return json.loads(line.removeprefix("BENCH "))


def duration(seconds, single_ms):
    """A run long enough for about twenty answers of a slow page, at most LONGEST_RUN seconds."""
    return max(seconds, min(LONGEST_RUN, math.ceil(ANSWERS_PER_RUN * single_ms / 1000 / WORKERS)))


def run(server, host, path, mode, seconds, warmup_seconds, static=False):
    """Measure one address in one mode (static files: no page cache to check)."""
    single_ms = single(server, host, path, mode) if not static else None
    if warmup_seconds:
        # As many connections as workers: no queue of requests is left behind for the measured run.
        wrk(server.port, host, path, mode, warmup_seconds, connections=WORKERS)
    workers = server.workers()
    pids = server.measured_processes()
    cpu_before, finished_before = server.settled(workers, pids)
    summary = wrk(server.port, host, path, mode, duration(seconds, single_ms or 0))
    cpu_after, finished_after = server.settled(workers, pids)
    finished = finished_after - finished_before
    # A worker restarted during the run (it crashed or timed out) took its CPU time with it.
    restarted = server.workers() != workers
    return Result(
        requests=summary["requests"],
        seconds=summary["duration_us"] / 1e6,
        p50_ms=summary["p50_us"] / 1000,
        p99_ms=summary["p99_us"] / 1000,
        cpu_ms=None if restarted or not finished else 1000 * (cpu_after - cpu_before) / finished,
        single_ms=single_ms,
        errors=summary["status_errors"] + summary["socket_errors"],
    )
