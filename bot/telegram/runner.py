"""`ctd bot`: run the Telegram bot by long polling, or behind a webhook."""

import logging
import sys
from urllib.parse import urlparse

from telegram import Update
from telegram.error import InvalidToken

from bot.settings import Settings
from bot.telegram.app import build_application
from retrieval.errors import CtdError

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


def _fail(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)


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
    application = build_application(settings)
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
    except CtdError as error:
        _fail(str(error))
        return 1
    return 0
