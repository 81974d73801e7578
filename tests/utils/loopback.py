"""A stand-in HTTP server on 127.0.0.1 for services that cannot run here (Telegram, Zalo)."""

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def start_loopback(serve: Callable[[BaseHTTPRequestHandler], None]) -> ThreadingHTTPServer:
    """Serve every GET and POST with `serve` on a free loopback port, from a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            serve(self)

        do_GET = do_POST

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server
