"""A small async client for the Zalo Bot Platform's Bot API, behind an interface of our own.

Every method is `POST <base>/bot<TOKEN>/<method>` with a JSON body, answered with
`{"ok": true, "result": …}` or `{"ok": false, "error_code": …, "description": …}`. The token is part
of the URL path, so no URL is ever logged or put in an error: errors say the method, the code and
Zalo's description, and httpx's own request log lines are redacted while a client is open.

Quota (429), server errors (5xx, and 403, which Zalo's error table lists as an internal server error),
timeouts and network failures are retried with exponential backoff; a bad or reset token (401) and a
bad request (400) are not.
"""

import asyncio
import logging
from typing import Any, Protocol

import httpx

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 15.0
# A long poll is answered after `timeout` seconds at the latest; give the answer time to arrive.
POLL_GRACE_S = 10.0
REQUEST_TIMEOUT = 408
UNAUTHORIZED = 401
RETRIED_CODES = {403, 429}


class ZaloError(Exception):
    """A Bot API call that failed; the message names the method, never the URL."""

    def __init__(self, method: str, code: int | None, description: str, retryable: bool | None = None):
        self.method = method
        self.code = code
        self.description = description
        # What may pass on a second try: quota, server errors, timeouts, the network.
        self.retryable = retryable if retryable is not None else bool(code and (code in RETRIED_CODES or code >= 500))
        super().__init__(f"Zalo {method}: {code} {description}" if code else f"Zalo {method}: {description}")


class ZaloAuthError(ZaloError):
    """Zalo refused the token (wrong, or reset in Zalo Bot Creator)."""


class ZaloApi(Protocol):
    """What the bot needs from the Bot API (the seam a test or another transport can fill)."""

    async def get_me(self) -> dict: ...

    async def get_update(self, timeout_s: float) -> dict | None: ...

    async def send_message(self, chat_id: str, text: str) -> dict: ...

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None: ...

    async def set_webhook(self, url: str, secret_token: str) -> dict: ...

    async def delete_webhook(self) -> dict: ...

    async def get_webhook_info(self) -> dict: ...

    async def aclose(self) -> None: ...


class _RedactToken(logging.Filter):
    """Replace the token in httpx's request log lines ("HTTP Request: POST …/bot<TOKEN>/…")."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "***"), ()
        return True


class HttpZaloApi:
    """`ZaloApi` over httpx: one connection pool, retries with backoff, errors without the token."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        retries: int = 3,
        backoff_s: float = 0.5,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        self._token = token
        self.retries = retries
        self.backoff_s = backoff_s
        self.timeout_s = timeout_s
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/"), transport=transport, timeout=timeout_s)
        self._redact = _RedactToken(token)
        logging.getLogger("httpx").addFilter(self._redact)

    async def aclose(self) -> None:
        await self._http.aclose()
        logging.getLogger("httpx").removeFilter(self._redact)

    async def call(self, method: str, params: dict | None = None, *, timeout_s: float | None = None, retries: int | None = None) -> Any:
        """Call `method` and return its `result`; raise `ZaloError` once retries are spent."""
        retries = self.retries if retries is None else retries
        for attempt in range(retries + 1):
            error = await self._attempt(method, params or {}, timeout_s or self.timeout_s)
            if not isinstance(error, ZaloError):
                return error
            if not error.retryable or attempt == retries:
                raise error
            delay = self.backoff_s * 2**attempt
            log.debug("%s; retrying in %.1f s", error, delay)
            await asyncio.sleep(delay)

    async def _attempt(self, method: str, params: dict, timeout_s: float) -> Any:
        """One request: its result, or the `ZaloError` describing why it failed (returned, not raised,
        so that no httpx exception, whose text holds the URL, is ever chained to it)."""
        try:
            response = await self._http.post(f"/bot{self._token}/{method}", json=params, timeout=timeout_s)
        except httpx.TimeoutException:
            return ZaloError(method, None, "hết thời gian chờ", retryable=True)
        except httpx.NetworkError as exc:
            return ZaloError(method, None, f"lỗi mạng ({type(exc).__name__})", retryable=True)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a wrong ZALO_API_BASE_URL, say
            return ZaloError(method, None, f"không gọi được ({type(exc).__name__})", retryable=False)
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("ok") is True:
            return body.get("result", True)
        body = body if isinstance(body, dict) else {}
        code = body.get("error_code") or response.status_code
        description = str(body.get("description") or response.reason_phrase or "không rõ lỗi")
        kind = ZaloAuthError if code == UNAUTHORIZED else ZaloError
        return kind(method, int(code) if str(code).isdigit() else response.status_code, description)

    async def get_me(self) -> dict:
        return await self.call("getMe")

    async def get_update(self, timeout_s: float) -> dict | None:
        """Long-poll for one update; None when none arrived within `timeout_s` (Zalo answers 408)."""
        try:
            return await self.call("getUpdates", {"timeout": int(timeout_s)}, timeout_s=timeout_s + POLL_GRACE_S, retries=0)
        except ZaloError as error:
            if error.code == REQUEST_TIMEOUT:
                return None
            raise

    async def send_message(self, chat_id: str, text: str) -> dict:
        return await self.call("sendMessage", {"chat_id": chat_id, "text": text})

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        await self.call("sendChatAction", {"chat_id": chat_id, "action": action}, retries=0)

    async def set_webhook(self, url: str, secret_token: str) -> dict:
        return await self.call("setWebhook", {"url": url, "secret_token": secret_token})

    async def delete_webhook(self) -> dict:
        return await self.call("deleteWebhook")

    async def get_webhook_info(self) -> dict:
        return await self.call("getWebhookInfo")
