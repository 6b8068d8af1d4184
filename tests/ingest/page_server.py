"""A local web server for the fetch tests: the HTML fixtures, and the ways a fetch fails.

It runs http.server in a thread on 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HTML_DIR = Path(__file__).parent / "html"
HUGE_BYTES = 256 * 1024  # served by /huge*; the tests set fetch_max_bytes below it


def fixture_page(name: str) -> bytes:
    return (HTML_DIR / name).read_bytes()


@dataclass
class PageServer:
    base_url: str
    release: threading.Event  # set to free the handlers that stall

    def url(self, path: str) -> str:
        return self.base_url + path


def _handler(release: threading.Event) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def _send(self, status: int, body: bytes, content_type: str = "text/html") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path.startswith("/pages/"):
                name = path.removeprefix("/pages/")
                if (HTML_DIR / name).is_file():
                    self._send(200, fixture_page(name), "text/html; charset=utf-8")
                else:
                    self._send(404, b"<html><body><p>Not found</p></body></html>")
            elif path == "/moved":
                self._redirect("/pages/structured.html")
            elif path.startswith("/loop/"):
                hop = int(path.removeprefix("/loop/"))
                self._redirect(f"/loop/{hop + 1}")
            elif path == "/latin-1":
                # Named by the Content-Type header alone; UTF-8 decoding would fail.
                page = fixture_page("structured.html").decode("utf-8")
                page = page.replace("“", '"').replace("”", '"').replace("Valley Growers", "Vallée")
                body = page.replace('<meta charset="utf-8">', "").encode("latin-1")
                self._send(200, body, "text/html; charset=iso-8859-1")
            elif path == "/huge-declared":
                self._send(200, b"<p>" + b"x" * HUGE_BYTES + b"</p>")
            elif path == "/huge-streamed":
                # No Content-Length: the size is only known by reading it.
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                try:
                    for _ in range(HUGE_BYTES // 1024):
                        self.wfile.write(b"<p>" + b"y" * 1021)
                except OSError:
                    return  # the client stopped reading: what the test wants
            elif path == "/stall":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.flush()
                release.wait(60)
            elif path == "/drip":
                # A byte at a time, each well within a read timeout, never finishing.
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                while not release.wait(0.05):
                    try:
                        self.wfile.write(b" ")
                        self.wfile.flush()
                    except OSError:
                        return
            elif path == "/report.pdf":
                self._send(200, b"%PDF-1.7\n", "application/pdf")
            else:
                self._send(404, b"<html><body><p>Not found</p></body></html>")

    return Handler


@contextmanager
def page_server() -> Iterator[PageServer]:
    release = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(release))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield PageServer(base_url=f"http://{host!s}:{port}", release=release)
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
