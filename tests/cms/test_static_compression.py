"""Static files come compressed with Brotli next to gzip (WhiteNoise, docs/caching.md)."""

from pathlib import Path

from django.conf import settings
from whitenoise.compress import Compressor


def test_collectstatic_writes_brotli_and_gzip_next_to_each_stylesheet(tmp_path):
    stylesheet = tmp_path / "portal.css"
    stylesheet.write_bytes((Path(settings.BASE_DIR) / "static/css/portal.css").read_bytes())
    written = set(Compressor(quiet=True).compress(str(stylesheet)))
    assert written == {f"{stylesheet}.br", f"{stylesheet}.gz"}
    assert Path(f"{stylesheet}.br").stat().st_size < Path(f"{stylesheet}.gz").stat().st_size
