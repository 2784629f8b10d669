"""gunicorn settings of the benchmark's server: every worker counts the requests it finishes.

The count is what the CPU time is divided by. wrk counts only the answers it received before it
stopped; the requests it left waiting are still built afterwards and cost CPU time, which for a
page taking a second would make the CPU per request far too high. Each worker writes its count
into a file of its own (BENCH_COUNT_DIR/<pid>, 8 bytes, mapped into memory: no system call per
request), which `bench.serve` reads. Nothing else differs from a plain gunicorn.
"""

import mmap
import os
import struct

COUNTER = struct.Struct("Q")


def post_fork(server, worker):
    path = os.path.join(os.environ["BENCH_COUNT_DIR"], str(worker.pid))
    with open(path, "wb") as handle:
        handle.write(bytes(COUNTER.size))
    with open(path, "r+b") as handle:
        worker.bench_counter = mmap.mmap(handle.fileno(), COUNTER.size)


def post_request(worker, req, environ, resp):
    counter = worker.bench_counter
    COUNTER.pack_into(counter, 0, COUNTER.unpack_from(counter, 0)[0] + 1)
