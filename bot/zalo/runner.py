"""`ctd zalo`: run the Zalo bot by long polling, or behind a webhook route of the HTTP API."""

import asyncio
import logging
import signal
import sys
from functools import partial
from urllib.parse import urlsplit

from fastapi import FastAPI
from starlette.routing import Match

from bot.settings import Settings
from bot.standalone import standalone_assistant
from bot.zalo.app import TOKEN_REFUSED, running_bot, webhook_router, zalo_channel
from bot.zalo.client import HttpZaloApi, ZaloAuthError, ZaloError
from retrieval.errors import CtdError

log = logging.getLogger(__name__)

FEEDBACK_FILE = "feedback.sqlite3"


def _fail(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)


def webhook_problem(settings: Settings, webhook_url: str) -> str | None:
    """Why the webhook cannot be served as asked, in one line; None when it can."""
    secret = settings.zalo_webhook_secret
    if not 8 <= len(secret) <= 256:
        return "chế độ webhook cần ZALO_WEBHOOK_SECRET dài 8–256 ký tự (Zalo gửi kèm nó trong mỗi yêu cầu)."
    url = urlsplit(webhook_url)
    if url.scheme not in ("http", "https") or not url.netloc:
        return f"--webhook-url phải là địa chỉ đầy đủ, ví dụ https://ten-mien/zalo/webhook (không phải {webhook_url!r})."
    if url.path in ("", "/"):
        return "--webhook-url cần một đường dẫn riêng cho bot, ví dụ https://ten-mien/zalo/webhook."
    from bot.api.main import create_app

    scope = {"type": "http", "path": url.path, "method": "POST", "root_path": "", "headers": [], "query_string": b""}
    if any(route.matches(scope)[0] != Match.NONE for route in create_app(settings, channels=[]).router.routes):
        return f"đường dẫn {url.path} đã thuộc về HTTP API; chọn đường dẫn khác, ví dụ /zalo/webhook."
    return None


def webhook_app(settings: Settings, assistant, webhook_url: str) -> FastAPI:
    """The HTTP API with the Zalo bot as its channel and the webhook route at the URL's path."""
    from bot.api.main import create_app

    app = create_app(settings, assistant, channels=[zalo_channel(settings, webhook_url)])
    app.include_router(webhook_router(urlsplit(webhook_url).path))
    return app


async def check_token(settings: Settings) -> None:
    """Ask Zalo who the bot is; raise ZaloAuthError if the token is refused."""
    api = HttpZaloApi(settings.zalo_api_base_url, settings.zalo_bot_token)
    try:
        await api.get_me()
    finally:
        await api.aclose()


async def poll_until_stopped(settings: Settings, assistant) -> int:
    """Long-poll until SIGINT/SIGTERM (0), or until Zalo refuses the token (2)."""
    from bot.feedback import FeedbackStore

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    feedback = FeedbackStore(settings.data_dir / FEEDBACK_FILE)
    async with running_bot(settings, assistant, feedback) as bot:
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({stopping, bot.background}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        polling_ended = bot.background.done() and not bot.background.cancelled()
        refused = polling_ended and isinstance(bot.background.exception(), ZaloAuthError)
    return 2 if refused else 0


def run_zalo(settings: Settings, webhook_url: str | None = None) -> int:
    """Run the bot until stopped (Ctrl+C or SIGTERM); return the process exit code."""
    if not settings.zalo_bot_token:
        _fail("chưa đặt ZALO_BOT_TOKEN (mã bot Zalo Bot Creator gửi khi tạo bot).")
        return 2
    if webhook_url and (problem := webhook_problem(settings, webhook_url)):
        _fail(problem)
        return 2
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        if webhook_url:
            asyncio.run(check_token(settings))
            from bot.api.server import run_server

            return run_server(settings, build=partial(webhook_app, webhook_url=webhook_url))
        with standalone_assistant(settings, "zalo") as assistant:
            return asyncio.run(poll_until_stopped(settings, assistant))
    except ZaloAuthError as error:
        _fail(TOKEN_REFUSED.format(error=error))
        return 2
    except ZaloError as error:
        _fail(f"không gọi được Zalo Bot API ({error}); kiểm tra mạng và ZALO_API_BASE_URL.")
        return 1
    except CtdError as error:
        _fail(str(error))
        return 1
