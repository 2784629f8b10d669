"""nginx in front of test server processes, configured with the server block of docs/deployment.md.

The block is taken from the document as it stands; only what differs on a test machine is replaced
(the two instances' ports, the port nginx listens on, the media folder). A document whose block no
longer has one of those lines fails the test with the line it misses, so the documented
configuration is the tested one. nginx runs as the test's own process (`daemon off`), with its pid,
logs and temporary files in the test's folder.

Without nginx the tests are skipped with the reason; with REQUIRE_NGINX=1 (.ci/run installs the
Debian package) they fail instead.
"""

import os
import re
import shutil
import socket
import subprocess
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.portal_process import terminate

BASE_DIR = Path(__file__).resolve().parent.parent
DEPLOYMENT = BASE_DIR / "docs" / "deployment.md"
START_SECONDS = 10


def nginx_binary():
    """nginx's path; skips (or with REQUIRE_NGINX=1 fails) the test without it."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found:
        return found
    reason = "nginx ist nicht installiert (Debian-Paket nginx)"
    if os.environ.get("REQUIRE_NGINX") == "1":
        pytest.fail(f"nginx-Tests nicht ausführbar: {reason} – REQUIRE_NGINX=1 verlangt sie", pytrace=False)
    pytest.skip(f"nginx-Tests übersprungen: {reason}")


def documented_server_block():
    """The nginx configuration (upstream and server) of docs/deployment.md."""
    found = re.search(r"```nginx\n(.*?)```", DEPLOYMENT.read_text(encoding="utf-8"), re.DOTALL)
    assert found, "docs/deployment.md enthält keinen nginx-Block mehr"
    return found.group(1)


def free_port():
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def configuration(directory, port, upstream_ports, media_root):
    block = documented_server_block()
    replacements = {
        "server 127.0.0.1:8001;": f"server 127.0.0.1:{upstream_ports[0]};",
        "server 127.0.0.1:8002;": f"server 127.0.0.1:{upstream_ports[1]};",
        "listen 80;": f"listen 127.0.0.1:{port};",
        "alias /srv/veedel-portal/media/;": f"alias {media_root}/;",
    }
    for documented, here in replacements.items():
        assert block.count(documented) == 1, f"docs/deployment.md: nginx-Block ohne „{documented}“"
        block = block.replace(documented, here)
    # As root nginx's workers would become `nobody`, who may not read the test's media folder.
    user = "user root;\n" if os.geteuid() == 0 else ""
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temporary = "\n".join(f"    {kind}_temp_path {directory / kind};" for kind in kinds)
    return (
        f"{user}worker_processes 1;\npid {directory / 'nginx.pid'};\nerror_log {directory / 'error.log'};\n"
        "events { worker_connections 256; }\n"
        f"http {{\n    access_log off;\n    include /etc/nginx/mime.types;\n{temporary}\n{block}}}\n"
    )


@contextmanager
def nginx_in_front(directory, upstream_ports, media_root):
    """nginx on a free port of 127.0.0.1 before the two processes on `upstream_ports`; yields its port."""
    binary = nginx_binary()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = directory / "nginx.conf"
    config.write_text(configuration(directory, port, upstream_ports, media_root), encoding="utf-8")
    error_log = directory / "error.log"
    command = [binary, "-p", f"{directory}/", "-c", str(config), "-e", str(error_log), "-g", "daemon off;"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        wait_until_listening(port, process, error_log)
        yield port
    finally:
        terminate(process)


def wait_until_listening(port, process, error_log):
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    log = error_log.read_text(errors="replace") if error_log.exists() else ""
    pytest.fail(f"nginx ist nicht gestartet:\n{log[-3000:]}")
