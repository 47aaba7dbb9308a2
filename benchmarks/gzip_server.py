"""Serve a built site over loopback with gzip, as a static host would, for the page audit.

    python -m benchmarks.gzip_server site --port 8765

Text files (HTML, CSS, JavaScript, JSON, SVG, XML) are sent gzip-compressed (level 6)
when the client accepts it, with ``Content-Length`` of the compressed body; fonts and
images as they are. Nothing is cached between requests and the process only reads.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import socketserver
from functools import partial
from pathlib import Path

COMPRESSED = {
    ".html",
    ".css",
    ".js",
    ".json",
    ".svg",
    ".xml",
    ".txt",
    ".map",
}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that gzips text files when the request accepts gzip."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the audit reads the pages, not the log."""


class _Body:
    """A readable, closable bytes body for ``copyfile``."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        chunk, self.data = (self.data, b"") if size < 0 else (self.data[:size], self.data[size:])
        return chunk

    def close(self) -> None:
        self.data = b""


def serve(folder: Path, port: int) -> None:
    """Serve ``folder`` on 127.0.0.1:``port`` until interrupted."""
    handler = partial(GzipHandler, directory=str(folder))
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), handler) as server:
        server.daemon_threads = True
        server.serve_forever()


def main() -> None:
    """Command line: the folder to serve and the port."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="built site folder (e.g. site)")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    serve(args.folder, args.port)


if __name__ == "__main__":
    main()
