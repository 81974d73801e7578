"""A stand-in HTTP server on 127.0.0.1 for services that cannot run here (Telegram, Zalo)."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Call:
    """One request the bot made: the method and its decoded parameters."""

    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)


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
