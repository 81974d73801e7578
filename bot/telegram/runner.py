"""Run the Telegram bot: inside `ctd serve` (polling in the API's event loop, on its assistant), or
alone with `ctd bot` (long polling, or behind a webhook) — alone only against a Chroma server when
`ctd serve` runs too, since an embedded index serves one process."""

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from telegram import Update
from telegram.error import InvalidToken, TelegramError

from bot.settings import Settings
from bot.standalone import standalone_assistant
from bot.telegram.app import build_application
from retrieval.errors import CtdError

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


def _fail(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)


def telegram_channel(settings: Settings):
    """The bot as a channel of the HTTP API (`ctd serve` with TELEGRAM_BOT_TOKEN): long polling as a
    task of the server's event loop, on the app's assistant and feedback store (`app.state.telegram`).

    The bot starts in the background, so the API never waits for Telegram; a bot that cannot start
    (refused token, Bot API unreachable) is logged once and `app.state.telegram` set back to None.
    """

    @contextlib.asynccontextmanager
    async def channel(app: "FastAPI") -> AsyncIterator[None]:
        logging.getLogger("httpx").setLevel(logging.WARNING)  # Bot API URLs contain the token
        application = build_application(settings, app.state.assistant, app.state.feedback)
        app.state.telegram = application
        starting = asyncio.create_task(_start_polling(application, settings, app.state))
        try:
            yield
        finally:
            starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await starting
            await _stop(application)

    return channel


async def _start_polling(application, settings: Settings, state) -> None:
    """Initialise, start and poll; one error line (and `state.telegram` None) when Telegram refuses or
    cannot be reached."""
    try:
        await application.initialize()
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
    except (TelegramError, CtdError) as error:
        reason = "TELEGRAM_BOT_TOKEN không hợp lệ (Telegram từ chối mã bot)" if isinstance(error, InvalidToken) else error
        log.error("Telegram bot not started: %s", reason)
        state.telegram = None
        await _stop(application)
        return
    log.info("Telegram bot: long polling %s (in ctd serve)", settings.telegram_api_base_url)


async def _stop(application) -> None:
    """Stop what of the application was started (any step may not have been)."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    with contextlib.suppress(Exception):
        await application.shutdown()


def run_bot(settings: Settings, webhook_url: str | None = None) -> int:
    """Run the bot until stopped (Ctrl+C or SIGTERM); return the process exit code."""
    if not settings.telegram_bot_token:
        _fail("chưa đặt TELEGRAM_BOT_TOKEN (mã bot do @BotFather cấp).")
        return 2
    if webhook_url and not settings.telegram_webhook_secret:
        _fail("chế độ webhook cần TELEGRAM_WEBHOOK_SECRET (chuỗi bí mật Telegram gửi kèm mỗi yêu cầu).")
        return 2
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        with standalone_assistant(settings, "bot") as assistant:
            return _run(build_application(settings, assistant), settings, webhook_url)
    except CtdError as error:
        _fail(str(error))
        return 1


def _run(application, settings: Settings, webhook_url: str | None) -> int:
    try:
        if webhook_url:
            log.info("Telegram bot: webhook %s, listening on %s:%s", webhook_url, settings.host, settings.telegram_webhook_port)
            application.run_webhook(
                listen=settings.host,
                port=settings.telegram_webhook_port,
                url_path=urlparse(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url,
                secret_token=settings.telegram_webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            log.info("Telegram bot: long polling %s", settings.telegram_api_base_url)
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        _fail("TELEGRAM_BOT_TOKEN không hợp lệ (Telegram từ chối mã bot).")
        return 2
    return 0
