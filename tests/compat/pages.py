"""A browser page of an official JS client, bundled at test time and served at its own origin.

The page's sources (a folder with `package.json`, its committed `package-lock.json` and an entry
script) are copied to a temporary folder, installed with `npm ci` from the lock file (nothing
comes from a CDN) and bundled with esbuild; a small static server gives it an origin of its own on
loopback, so its calls to the API are cross-origin as a deployed client's are.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.api.server import free_port_between


def require_npm() -> str:
    """npm's path; fail under CI (it must bundle the page), skip elsewhere, when it is missing."""
    npm = shutil.which("npm")
    if npm is None:
        reason = "npm is missing: the client's page is bundled with esbuild from npm packages"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return npm


def bundle_page(
    source: Path, entry: str, folder: Path, page: str, esbuild_flags: Sequence[str] = ()
) -> Path:
    """`folder` holding `index.html` (`page`) and `bundle.js` built from `source`'s `entry`."""
    npm = require_npm()
    for name in ("package.json", "package-lock.json", entry):
        shutil.copy(source / name, folder / name)
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"], cwd=folder, check=True, capture_output=True
    )
    subprocess.run(
        [
            str(folder / "node_modules" / ".bin" / "esbuild"),
            entry,
            "--bundle",
            "--format=esm",
            *esbuild_flags,
            "--define:process.env.NODE_ENV='production'",
            "--outfile=bundle.js",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    (folder / "index.html").write_text(page)
    return folder


class QuietFiles(SimpleHTTPRequestHandler):
    """Static files, without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def page_server(folder: Path, ports: tuple[int, int]) -> Iterator[str]:
    """The page's own web server, on loopback as the API's is (Chromium lets no public origin
    call a loopback address); its origin."""
    handler = functools.partial(QuietFiles, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", free_port_between(*ports)), handler) as pages:
        thread = threading.Thread(target=pages.serve_forever, daemon=True)
        thread.start()
        yield f"http://localhost:{pages.server_address[1]}"
        pages.shutdown()
