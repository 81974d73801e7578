"""Run the Zalo bot: by long polling, or behind a webhook route in the FastAPI app, on the app's assistant.

`running_bot` starts and stops one bot; `zalo_channel` is the same as a lifespan hook of the HTTP API
(`ctd serve` runs it when ZALO_BOT_TOKEN is set, polling); `webhook_router` is the route Zalo posts to
in webhook mode (`ctd zalo --webhook-url URL`), refusing any request without the right secret header.
"""

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request

from bot.api.errors import ApiError
from bot.settings import Settings
from bot.zalo.client import HttpZaloApi, ZaloApi, ZaloAuthError, ZaloError
from bot.zalo.handlers import ZaloBot

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bot.api.main import Channel
    from bot.feedback import FeedbackStore
    from retrieval.assistant import Assistant

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Bot-Api-Secret-Token"
POLL_TIMEOUT_S = 30.0
RETRY_FIRST_S = 1.0
RETRY_MAX_S = 60.0
TOKEN_REFUSED = (
    "Zalo từ chối ZALO_BOT_TOKEN ({error}): mã bot sai, hoặc đã được đặt lại trong Zalo Bot Creator; "
    "đặt mã mới rồi khởi động lại."
)


async def poll(bot: ZaloBot, timeout_s: float = POLL_TIMEOUT_S, retry_first_s: float = RETRY_FIRST_S) -> None:
    """Long-poll getUpdates and hand each update to the bot, until cancelled or the token is refused.

    A failing Bot API (network, quota, 5xx) is logged once when it starts failing and once when it
    works again, waiting twice as long after each failure (at most RETRY_MAX_S); a refused token ends
    the loop with one error line.
    """
    failing = False
    delay = retry_first_s
    while True:
        try:
            update = await bot.api.get_update(timeout_s)
        except ZaloAuthError as error:
            log.error(TOKEN_REFUSED.format(error=error))
            raise
        except ZaloError as error:
            if not failing:
                log.warning("Zalo getUpdates failed (%s); retrying with backoff", error)
                failing = True
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX_S)
            continue
        if failing:
            log.info("Zalo getUpdates works again")
            failing, delay = False, retry_first_s
        if update is not None:
            bot.submit(update)


@contextlib.asynccontextmanager
async def running_bot(
    settings: Settings,
    assistant: "Assistant",
    feedback: "FeedbackStore",
    *,
    webhook_url: str | None = None,
    api: ZaloApi | None = None,
    poll_timeout_s: float = POLL_TIMEOUT_S,
) -> AsyncIterator[ZaloBot]:
    """Start the bot and yield it: check the token, then register the webhook, or drop any webhook and
    poll in the background. On exit stop polling, finish the messages in hand and close the client.

    Raises:
        ZaloAuthError: Zalo refused the token.
    """
    api = api or HttpZaloApi(settings.zalo_api_base_url, settings.zalo_bot_token)
    bot = ZaloBot(api, assistant, feedback, settings)
    try:
        me = await api.get_me()
        bot.names = tuple(str(me[key]) for key in ("display_name", "account_name", "name") if me.get(key))
        if webhook_url:
            # In the background: Zalo checks the URL when it is set, so the server must be listening by then.
            bot.background = asyncio.create_task(register_webhook(api, webhook_url, settings.zalo_webhook_secret))
        else:
            # getUpdates does not work while a webhook is set.
            if (await api.get_webhook_info()).get("url"):
                await api.delete_webhook()
                log.info("Zalo: removed the webhook to use long polling")
            bot.background = asyncio.create_task(poll(bot, poll_timeout_s))
            log.info("Zalo bot %s: long polling", me.get("account_name", ""))
        yield bot
    finally:
        if bot.background is not None:
            bot.background.cancel()
            with contextlib.suppress(asyncio.CancelledError, ZaloError):
                await bot.background
        await bot.drain()
        await api.aclose()


async def register_webhook(api: ZaloApi, url: str, secret: str) -> None:
    """Point Zalo at the webhook; log what Zalo's own check of the URL found if it failed."""
    try:
        result = await api.set_webhook(url, secret)
    except ZaloError as error:
        log.error("Zalo setWebhook failed (%s): updates will not arrive", error)
        return
    check = result.get("verification") if isinstance(result, dict) else None
    if isinstance(check, dict) and check.get("ok") is False:
        log.warning("Zalo could not reach the webhook %s: %s %s", url, check.get("outcome"), check.get("hint") or "")
    else:
        log.info("Zalo bot: webhook %s", url)


def zalo_channel(settings: Settings, webhook_url: str | None = None) -> "Channel":
    """The Zalo bot as a lifespan hook of the HTTP API, on the app's assistant and feedback store.

    A bot that cannot start (refused token, Zalo unreachable) is logged once; the API runs on without it.
    """

    @contextlib.asynccontextmanager
    async def channel(app: "FastAPI") -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as stack:
            try:
                app.state.zalo = await stack.enter_async_context(
                    running_bot(settings, app.state.assistant, app.state.feedback, webhook_url=webhook_url)
                )
            except ZaloAuthError as error:
                log.error(TOKEN_REFUSED.format(error=error))
                app.state.zalo = None
            except ZaloError as error:
                log.error("Zalo bot not started: %s", error)
                app.state.zalo = None
            yield

    return channel


def update_from_body(body: object) -> object:
    """The update in a webhook request: Zalo's docs wrap it as {"ok": true, "result": …}; accept it bare too."""
    if isinstance(body, dict) and body.get("ok") is True and isinstance(body.get("result"), dict):
        return body["result"]
    return body


def webhook_router(path: str) -> APIRouter:
    """The route Zalo posts updates to: 403 without the ZALO_WEBHOOK_SECRET header, else 200 at once
    (the answer is sent in the background, so Zalo never waits on the assistant)."""
    router = APIRouter()

    @router.post(path, include_in_schema=False)
    async def receive_update(request: Request) -> dict:
        """Take one update from Zalo."""
        secret = request.app.state.settings.zalo_webhook_secret
        given = request.headers.get(SECRET_HEADER, "")
        if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
            log.info("refused a Zalo webhook request without the right secret header")
            raise ApiError(403, "forbidden", "Thiếu hoặc sai mã bí mật webhook.")
        bot: ZaloBot | None = getattr(request.app.state, "zalo", None)
        if bot is None:
            raise ApiError(503, "unavailable", "Bot Zalo chưa sẵn sàng.")
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "invalid_json", "Nội dung gửi lên không phải JSON hợp lệ.") from None
        bot.submit(update_from_body(body))
        return {"ok": True}

    return router
