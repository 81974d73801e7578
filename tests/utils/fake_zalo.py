"""A stand-in Zalo Bot API server on 127.0.0.1, for driving the real bot end to end.

It speaks the Zalo Bot Platform protocol as documented: POST (or GET) /bot<token>/<method> with a JSON,
form or query body, answered with {"ok": true, "result": …} or {"ok": false, "error_code", "description"}
(HTTP status = error_code). `getUpdates` is a real long poll: it waits up to `timeout` seconds and hands
out ONE update as `result` (Zalo has no offsets: an update is consumed when delivered), or answers
`ok: false`, 408 "Request timeout" when none arrived. While a webhook is set, getUpdates is refused.
`sendMessage` rejects empty text and text over 2,000 characters, as Zalo does. Every call is recorded
for the test to read; `fail_next` makes the next calls to a method fail (a 429, a 502, an expired token).
`push` delivers an update to the registered webhook with the X-Bot-Api-Secret-Token header, as Zalo does.
"""

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import httpx

from tests.utils.loopback import Call, start_loopback

MESSAGE_LIMIT = 2000
SECRET_HEADER = "X-Bot-Api-Secret-Token"
TEXT = "message.text.received"
IMAGE = "message.image.received"
STICKER = "message.sticker.received"
UNSUPPORTED = "message.unsupported.received"


def now_ms() -> int:
    return int(time.time() * 1000)


class BotApiError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code, self.description = code, description


class FakeZalo:
    """The stand-in server; use as a context manager and point ZALO_API_BASE_URL at `api_root`."""

    def __init__(self, token: str = "1234567890:fake-zalo-SECRET-token", name: str = "Bot CTĐ"):
        self.token = token
        self.bot = {"id": "b07c7d000000000001", "account_name": "bot.ctdtest", "display_name": name,
                    "account_type": "BASIC", "can_join_groups": True}  # fmt: skip
        self.calls: list[Call] = []
        self.sent: list[dict] = []  # messages the bot sent: chat_id, text, message_id, date
        self.webhook: dict = {"url": "", "secret_token": "", "updated_at": 0}
        self._updates: list[dict] = []
        self._chats: set[str] = set()
        self._failures: dict[str, list[BotApiError]] = {}
        self._ids = itertools.count(1)
        self._changed = threading.Condition()
        self._closing = False
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> "FakeZalo":
        self._server = start_loopback(self._serve)
        return self

    def __exit__(self, *exc) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    @property
    def api_root(self) -> str:
        """What ZALO_API_BASE_URL should be."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- what a user does --------------------------------------------------------------------
    @staticmethod
    def user(user_id: str, name: str = "Lan") -> dict:
        return {"id": user_id, "display_name": name, "is_bot": False}

    @staticmethod
    def private_chat(user: dict) -> dict:
        return {"id": user["id"], "chat_type": "PRIVATE"}

    @staticmethod
    def group_chat(chat_id: str) -> dict:
        return {"id": chat_id, "chat_type": "GROUP"}

    def message(self, chat: dict, user: dict, **content) -> dict:
        return {"from": user, "chat": chat, "message_id": f"m{next(self._ids):06d}", "date": now_ms(), **content}

    def update(self, event_name: str, chat: dict, user: dict, **content) -> dict:
        """An update as Zalo sends it (through getUpdates or to the webhook)."""
        return {"event_name": event_name, "message": self.message(chat, user, **content)}

    def send_text(self, chat: dict, user: dict, text: str) -> dict:
        """Queue a user's text message for getUpdates and return the update."""
        return self.queue(self.update(TEXT, chat, user, text=text))

    def send_image(self, chat: dict, user: dict, caption: str = "") -> dict:
        return self.queue(self.update(IMAGE, chat, user, photo_url="https://example.invalid/p.jpg", caption=caption))

    def send_sticker(self, chat: dict, user: dict) -> dict:
        return self.queue(self.update(STICKER, chat, user, sticker="abc123", url="https://example.invalid/s.png"))

    def queue(self, update: dict) -> dict:
        with self._changed:
            self._chats.add(update["message"]["chat"]["id"])
            self._updates.append(update)
            self._changed.notify_all()
        return update

    def known_chat(self, chat_id: str) -> None:
        """Let the bot write to a chat without a message queued (an update pushed to the webhook)."""
        with self._changed:
            self._chats.add(chat_id)

    async def push(self, update: dict, secret: str | None = None) -> httpx.Response:
        """Deliver an update to the webhook as Zalo does: POST JSON with the secret header."""
        self.known_chat(update["message"]["chat"]["id"])
        headers = {SECRET_HEADER: self.webhook["secret_token"] if secret is None else secret}
        async with httpx.AsyncClient(timeout=30) as client:
            return await client.post(self.webhook["url"], json=update, headers=headers)

    def fail_next(self, method: str, code: int, description: str, times: int = 1) -> None:
        """Make the next `times` calls to `method` fail, e.g. fail_next("sendMessage", 429, "Quota exceeded")."""
        with self._changed:
            self._failures.setdefault(method, []).extend(BotApiError(code, description) for _ in range(times))

    # -- what the test reads -----------------------------------------------------------------
    def calls_to(self, method: str) -> list[dict]:
        with self._changed:
            return [call.params for call in self.calls if call.method == method]

    def texts(self, chat_id: str) -> list[str]:
        """The texts the bot has sent to a chat, oldest first."""
        with self._changed:
            return [message["text"] for message in self.sent if message["chat_id"] == chat_id]

    def pending(self) -> int:
        """Updates queued and not yet delivered."""
        with self._changed:
            return len(self._updates)

    def wait_until(self, ready: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
        """Block until `ready()` (AssertionError on timeout); for tests driving the bot from another thread."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not ready():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{what}: not reached after {timeout} s")
                self._changed.wait(min(left, 0.1))

    def wait_for_texts(self, chat_id: str, count: int = 1, timeout: float = 30.0) -> list[str]:
        self.wait_until(lambda: len(self.texts(chat_id)) >= count, timeout, f"{count} message(s) to {chat_id}")
        return self.texts(chat_id)

    async def texts_in(self, chat_id: str, count: int = 1, timeout: float = 30.0) -> list[str]:
        """Wait (without blocking the event loop) until the bot has sent `count` messages to the chat."""
        return await asyncio.to_thread(self.wait_for_texts, chat_id, count, timeout)

    async def calls_in(self, method: str, count: int = 1, timeout: float = 30.0) -> list[dict]:
        what = f"{count} call(s) to {method}"
        await asyncio.to_thread(self.wait_until, lambda: len(self.calls_to(method)) >= count, timeout, what)
        return self.calls_to(method)

    # -- the server --------------------------------------------------------------------------
    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        url = urlsplit(request.path)
        parts = url.path.split("/")
        params = dict(parse_qsl(url.query))
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if body and request.headers.get("Content-Type", "").startswith("application/json"):
            params.update(json.loads(body))
        elif body:
            params.update(dict(parse_qsl(body.decode())))
        try:
            if len(parts) != 3 or not parts[1].startswith("bot"):
                raise BotApiError(404, "Not found")
            if parts[1][3:] != self.token:
                raise BotApiError(401, "Unauthorized")
            method = parts[2]
            with self._changed:
                self.calls.append(Call(method, params))
                failures = self._failures.get(method)
                failure = failures.pop(0) if failures else None
                self._changed.notify_all()
            if failure:
                raise failure
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise BotApiError(404, "Not found")
            reply, status = {"ok": True, "result": handler(params)}, 200
        except BotApiError as error:
            reply, status = {"ok": False, "error_code": error.code, "description": error.description}, error.code
        data = json.dumps(reply, ensure_ascii=False).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json; charset=utf-8")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot stopped waiting (a long poll cut short at shutdown)

    def _api_getMe(self, params):
        return self.bot

    def _api_getUpdates(self, params):
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._changed:
            if self.webhook["url"]:
                raise BotApiError(400, "Bad request: getUpdates is not available while a webhook is set")
            while not self._updates and not self._closing:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            if not self._updates:
                raise BotApiError(408, "Request timeout")
            return self._updates.pop(0)

    def _api_sendMessage(self, params):
        chat_id, text = str(params.get("chat_id") or ""), params.get("text")
        with self._changed:
            if chat_id not in self._chats:
                raise BotApiError(400, "Bad request: chat not found")
        if not isinstance(text, str) or not text.strip():
            raise BotApiError(400, "Bad request: text is empty")
        if len(text.encode("utf-16-le")) // 2 > MESSAGE_LIMIT:
            raise BotApiError(400, "Bad request: text is longer than 2000 characters")
        message = {"message_id": f"s{next(self._ids):06d}", "date": now_ms()}
        with self._changed:
            self.sent.append({"chat_id": chat_id, "text": text, **message})
            self._changed.notify_all()
        return message

    def _api_sendChatAction(self, params):
        if params.get("action") not in ("typing", "upload_photo"):
            raise BotApiError(400, "Bad request: unknown action")
        return True

    def _api_setWebhook(self, params):
        url, secret = str(params.get("url") or ""), str(params.get("secret_token") or "")
        if not url.startswith(("https://", "http://127.0.0.1")):
            raise BotApiError(400, "Bad request: url must be HTTPS")
        if not 8 <= len(secret) <= 256:
            raise BotApiError(400, "Bad request: secret_token must be 8-256 characters")
        with self._changed:
            self.webhook = {"url": url, "secret_token": secret, "updated_at": now_ms()}
        return {"url": url, "updated_at": self.webhook["updated_at"]}

    def _api_deleteWebhook(self, params):
        with self._changed:
            self.webhook = {"url": "", "secret_token": "", "updated_at": now_ms()}
        return {"url": "", "updated_at": self.webhook["updated_at"]}

    def _api_getWebhookInfo(self, params):
        return {"url": self.webhook["url"], "updated_at": self.webhook["updated_at"]}
