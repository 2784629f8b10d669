"""`make bench`: how fast the portal serves a database of the real one's size (docs/benchmarks.md).

- `config`: the sizes (BENCH_SCALE), where the seeded database lives, the fingerprint of the seed
  code that names it.
- `seed`: makes or reuses the benchmark database (a process of its own); `schema`: its tables
  straight from the models; `dataset`: what goes into it; `manifest`: which addresses are measured.
- `serve`: collects the static files once and serves the portal with gunicorn, production settings
  (`settings`), each worker counting its requests (`gunicorn_conf`).
- `measure`: one wrk run per address, with and without the page cache, and the workers' CPU time
  (`wrk_report.lua` hands wrk's numbers over).
- `report`: the table, the goals of issue 18, docs/benchmarks.md.
- `__main__`: the run from seed to report (`python -m bench`).

Not part of the portal: nothing imports this package, and pytest does not collect it.
"""
