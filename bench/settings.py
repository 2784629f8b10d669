"""The production settings as a server runs them, with the one thing the benchmark needs of its own:
the static files collected into its temporary folder (BENCH_STATIC_ROOT), served by WhiteNoise.

SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS and the cache come from the environment, as on a server;
the run (`bench.serve`) sets them.
"""

import os
from pathlib import Path

from cms.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
