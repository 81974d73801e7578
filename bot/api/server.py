"""`ctd serve`: run the API with uvicorn."""

import sys

import uvicorn

from bot.api.main import create_app
from bot.settings import Settings
from retrieval.assistant import Assistant
from retrieval.errors import CtdError


def run_server(settings: Settings, host: str | None = None, port: int | None = None) -> int:
    """Serve until interrupted; return the process exit code."""
    try:
        # Built before uvicorn starts so a missing or stale index is one clear line, not a traceback.
        assistant = Assistant.from_settings(settings)
    except CtdError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    config = uvicorn.Config(
        create_app(settings, assistant),
        host=host or settings.host,
        port=port or settings.port,
        proxy_headers=True,
        log_config=None,  # keep the structured logging `ctd` configured
    )
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 1
