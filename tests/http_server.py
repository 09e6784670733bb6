"""A local HTTP server on 127.0.0.1 serving fixture routes for fetch tests."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour reopens after storm | Coastal Courier</title>
<meta property="og:title" content="Harbour reopens after storm">
</head><body><header><nav>Home | World | Sport</nav></header>
<article><h1>Harbour reopens after storm</h1>
<p class="byline">By Jane Doe, Reuters</p>
<p>The harbour reopened on Tuesday after a storm closed it for three days, the port
authority said in a statement. Ferries resumed their schedules in the afternoon.</p>
<p>"We are relieved that the damage was limited," said harbour master Ana Silva, adding
that repairs to the northern pier would take two more weeks.</p>
<p>More than 200 boats had sheltered in the inner basin during the storm, according to
the authority, which did not respond to questions about the cost of the repairs.</p>
</article><footer>Copyright Coastal Courier</footer></body></html>"""

Route = Callable[[BaseHTTPRequestHandler], None]


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    ctype: str,
    body: bytes,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def _redirect(target: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)
    _send(handler, 200, "text/html", ARTICLE_HTML)


def _huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65536 + b"</p>"
    try:
        for _ in range(64):
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


def _gzip_bomb(handler: BaseHTTPRequestHandler) -> None:
    body = gzip.compress(b"<p>" + b"a" * (8 * 1024 * 1024) + b"</p>")
    _send(handler, 200, "text/html", body, {"Content-Encoding": "gzip"})


ROUTES: dict[str, Route] = {
    "/article.html": lambda h: _send(h, 200, "text/html; charset=utf-8", ARTICLE_HTML),
    "/article.txt": lambda h: _send(
        h,
        200,
        "text/plain; charset=utf-8",
        b"Plain headline\n\nBy Sam Roe\n\nThe council voted on Monday.",
    ),
    "/missing": lambda h: _send(h, 404, "text/html", b"<h1>Not found</h1>"),
    "/broken": lambda h: _send(h, 500, "text/html", b"<h1>Server error</h1>"),
    "/report.pdf": lambda h: _send(h, 200, "application/pdf", b"%PDF-1.4 binary"),
    "/loop": _redirect("/loop"),
    "/moved": _redirect("/article.html"),
    "/slow": _slow,
    "/huge": _huge,
    "/bomb": _gzip_bomb,
    "/empty": lambda h: _send(h, 200, "text/html", b""),
}


HITS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        HITS.append(self.path)
        route = ROUTES.get(self.path)
        if route is None:
            _send(self, 404, "text/plain", b"no route")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        return


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return  # clients that give up (timeouts, size caps) are expected here


@contextmanager
def serve() -> Iterator[str]:
    """Serve ROUTES on an ephemeral 127.0.0.1 port; yields the base URL."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
