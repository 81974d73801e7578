"""`ctd serve`: run the API with uvicorn."""

import sys
from contextlib import ExitStack
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from bot.api.main import create_app
from bot.settings import Settings
from retrieval.assistant import Assistant
from retrieval.errors import CtdError
from retrieval.index.leases import serving


def run_server(
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    build: Callable[[Settings, Assistant], FastAPI] = create_app,
) -> int:
    """Serve the app `build` makes until interrupted; return the process exit code.

    An embedded index is held for this process (`serving`): a second server on it is refused.
    """
    with ExitStack() as held:
        try:
            held.enter_context(serving(settings, "serve"))
            # Built before uvicorn starts so a missing or stale index is one clear line, not a traceback.
            assistant = Assistant.from_settings(settings)
        except CtdError as exc:
            print(f"Lỗi: {exc}", file=sys.stderr)
            return 1
        config = uvicorn.Config(
            build(settings, assistant),
            host=host or settings.host,
            port=port or settings.port,
            proxy_headers=True,
            log_config=None,  # keep the structured logging `ctd` configured
        )
        server = uvicorn.Server(config)
        server.run()
        return 0 if server.started else 1
