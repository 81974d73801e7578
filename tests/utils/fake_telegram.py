"""A stand-in Telegram Bot API server on 127.0.0.1, for driving a real bot end to end.

It speaks the Bot API protocol — POST (or GET) /bot<token>/<method> with a JSON, form, multipart or
query body, answered with {"ok": true, "result": …} or {"ok": false, "error_code": …, "description": …}
— and keeps what a bot sees: queued updates served by getUpdates (offset confirms, timeout waits
briefly), sent messages with ids, chats and dates, commands, and the files a bot uploads (sendDocument
as multipart/form-data, the file in its own part or named by "attach://<part>"). Like Telegram, it
rejects text that is not valid HTML in parse_mode HTML, text over 4,096 characters and captions over 1,024. Every call is recorded for the test to read;
`fail_next` makes the next call to a method fail (a 429 flood-control error, say).
"""

import asyncio
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.utils.loopback import Call, start_loopback

# Parameters Telegram takes as JSON-serialised objects inside form or query bodies.
JSON_PARAMS = {
    "reply_markup", "entities", "allowed_updates", "commands", "scope", "link_preview_options",
    "reply_parameters", "caption_entities",
}  # fmt: skip
TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code",
    "pre", "blockquote", "tg-emoji",
}  # fmt: skip
LONG_POLL_CAP_S = 1.0
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_RAW_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class _TelegramHTML(HTMLParser):
    def __init__(self, allowed: set[str]):
        super().__init__(convert_charrefs=True)
        self.allowed = allowed
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.allowed:
            self.errors.append(f"unsupported tag <{tag}>")
        elif tag == "a" and not dict(attrs).get("href"):
            self.errors.append("<a> without href")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.errors.append(f"self-closing tag <{tag}/>")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.errors.append("comment")

    def handle_decl(self, decl):
        self.errors.append("declaration")


def parse_telegram_html(text: str, allowed: set[str] = TELEGRAM_TAGS) -> tuple[str, list[str]]:
    """Parse `text` as Telegram's HTML style: (the plain text it shows, the errors Telegram would reject)."""
    parser = _TelegramHTML(allowed)
    errors = [f"raw '&' at {m.start()}" for m in _RAW_AMPERSAND.finditer(text)]
    # A raw "<" or ">" outside a tag: what is left after removing the tags and entities.
    untagged = re.sub(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>", "", text)
    errors += [f"raw '{c}'" for c in "<>" if c in untagged]
    parser.feed(text)
    parser.close()
    errors += parser.errors + [f"unclosed <{tag}>" for tag in parser.stack]
    return "".join(parser.text), errors


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Upload:
    """A file part of a multipart/form-data request: its name, bytes and declared type."""

    file_name: str
    content: bytes
    mime_type: str


def parse_multipart(body: bytes, content_type: str) -> dict:
    """The fields of a multipart/form-data body: text parts as str, file parts as `Upload`."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    if not message.is_multipart():
        raise BotApiError(400, "Bad Request: can't parse multipart/form-data")
    fields: dict = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        file_name = part.get_filename()
        if file_name is None:
            fields[name] = content.decode()
        else:
            fields[name] = Upload(file_name, content, part.get_content_type())
    return fields


class BotApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class FakeTelegram:
    """The stand-in server; use as a context manager, point the bot at `api_root`."""

    def __init__(self, token: str = "123456:TEST-token", bot_username: str = "ctd_test_bot", bot_id: int = 123456):
        self.token = token
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "CTĐ", "username": bot_username,
                         "can_join_groups": True, "can_read_all_group_messages": False,
                         "supports_inline_queries": False}  # fmt: skip
        self.calls: list[Call] = []
        self.commands: list[dict] = []
        self.messages: dict[tuple[int, int], dict] = {}
        self.chats: dict[int, dict] = {}
        self.webhook: dict | None = None
        self._updates: list[dict] = []
        self._failures: dict[str, list[BotApiError]] = {}
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._changed = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self.files: dict[str, bytes] = {}  # file_id → content, for getFile and the file download

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> "FakeTelegram":
        self._server = start_loopback(self._serve)
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def api_root(self) -> str:
        """What TELEGRAM_API_BASE_URL should be."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- what a user does --------------------------------------------------------------------
    @staticmethod
    def private_chat(user: dict) -> dict:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    @staticmethod
    def group_chat(chat_id: int, title: str) -> dict:
        return {"id": chat_id, "type": "group", "title": title, "all_members_are_administrators": True}

    @staticmethod
    def user(user_id: int, first_name: str = "Lan") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "vi"}

    def send_text(self, chat: dict, user: dict, text: str, reply_to: dict | None = None) -> dict:
        """Queue a user's text message (with the entities Telegram would mark) and return it."""
        message = {"message_id": next(self._ids), "from": user, "chat": chat, "date": int(time.time()), "text": text}
        entities = [
            {"type": "bot_command" if m.group().startswith("/") else "mention",
             "offset": utf16_length(text[: m.start()]), "length": utf16_length(m.group())}
            for m in re.finditer(r"(?:^/[a-z_]+(?:@\w+)?)|(?:@\w+)", text)
        ]  # fmt: skip
        if entities:
            message["entities"] = entities
        if reply_to:
            message["reply_to_message"] = reply_to
        self._queue({"message": message})
        return message

    def _attach(self, content: bytes) -> dict:
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = content
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content)}

    def send_document(self, chat: dict, user: dict, content: bytes, file_name: str, mime_type: str = "application/pdf") -> dict:
        """Queue a user's file (a "document" message, as when a file is sent uncompressed) and return it."""
        message = {"message_id": next(self._ids), "from": user, "chat": chat, "date": int(time.time()),
                   "document": {**self._attach(content), "file_name": file_name, "mime_type": mime_type}}  # fmt: skip
        self._queue({"message": message})
        return message

    def send_photo(self, chat: dict, user: dict, content: bytes, width: int, height: int) -> dict:
        """Queue a user's photo (Telegram sends sizes smallest first; here one size, the JPEG given)."""
        message = {"message_id": next(self._ids), "from": user, "chat": chat, "date": int(time.time()),
                   "photo": [{**self._attach(content), "width": width, "height": height}]}  # fmt: skip
        self._queue({"message": message})
        return message

    def press(self, user: dict, message: dict, data: str) -> str:
        """Queue a press on an inline button of a message the bot sent; return the query id."""
        query_id = str(next(self._ids))
        self._queue({"callback_query": {"id": query_id, "from": user, "message": message,
                                        "chat_instance": str(message["chat"]["id"]), "data": data}})  # fmt: skip
        return query_id

    def fail_next(self, method: str, code: int, description: str, **parameters) -> None:
        """Make the next call to `method` fail with this error code, description and parameters,
        e.g. fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)."""
        with self._changed:
            self._failures.setdefault(method, []).append(BotApiError(code, description, parameters or None))

    # -- what the test reads -----------------------------------------------------------------
    def calls_to(self, method: str) -> list[dict]:
        with self._changed:
            return [call.params for call in self.calls if call.method == method]

    def sent_files(self, chat_id: int) -> list[tuple[str, bytes]]:
        """The files the bot has sent to a chat, oldest first: (file name, content)."""
        documents = [message["document"] for message in self.sent(chat_id) if "document" in message]
        return [(document.get("file_name", ""), self.files[document["file_id"]]) for document in documents]

    def sent(self, chat_id: int) -> list[dict]:
        """The messages the bot has sent to a chat, oldest first, as they stand now (after edits)."""
        with self._changed:
            return [message for (chat, _), message in self.messages.items() if chat == chat_id]

    async def wait_for(
        self, method: str, where: Callable[[dict], bool] = lambda params: True, count: int = 1, timeout: float = 20.0
    ) -> list[dict]:
        """Wait until `count` calls to `method` match `where`; return them (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [params for params in self.calls_to(method) if where(params)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{method}: {len(found)} matching call(s) after {timeout} s, wanted {count}")
            await asyncio.sleep(0.05)

    # -- the server --------------------------------------------------------------------------
    def _queue(self, update: dict) -> None:
        message = update.get("message") or update["callback_query"]["message"]
        with self._changed:
            self.chats[message["chat"]["id"]] = message["chat"]
            self._updates.append({"update_id": next(self._update_ids), **update})
            self._changed.notify_all()

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        url = urlsplit(request.path)
        if url.path.startswith("/file/bot"):
            self._serve_file(request, url.path)
            return
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", url.path)
        params = dict(parse_qsl(url.query))
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        content_type = request.headers.get("Content-Type", "")
        if body and content_type.startswith("application/json"):
            params.update(json.loads(body))
        elif body and content_type.startswith("multipart/form-data"):
            params.update(parse_multipart(body, content_type))
        elif body:
            params.update(dict(parse_qsl(body.decode())))
        params = {k: json.loads(v) if k in JSON_PARAMS and isinstance(v, str) else v for k, v in params.items()}
        try:
            if not match:
                raise BotApiError(404, "Not Found")
            if match.group(1) != self.token:
                raise BotApiError(401, "Unauthorized")
            method = match.group(2)
            with self._changed:
                self.calls.append(Call(method, params))
                failures = self._failures.get(method)
                failure = failures.pop(0) if failures else None
            if failure:
                raise failure
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise BotApiError(404, "Not Found: method not found")
            reply, status = {"ok": True, "result": handler(params)}, 200
        except BotApiError as error:
            reply = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                reply["parameters"] = error.parameters
            status = error.code
        data = json.dumps(reply).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot gave up waiting (a long poll cut short at shutdown)

    def _chat(self, chat_id) -> dict:
        with self._changed:
            if int(chat_id) not in self.chats:
                raise BotApiError(400, "Bad Request: chat not found")
            return self.chats[int(chat_id)]

    @staticmethod
    def _shown_text(params: dict, field: str = "text") -> str:
        text = params.get(field, "")
        if params.get("parse_mode") == "HTML":
            text, errors = parse_telegram_html(text)
            if errors:
                raise BotApiError(400, f"Bad Request: can't parse entities: {errors[0]}")
        if field == "caption":
            if utf16_length(text) > CAPTION_LIMIT:
                raise BotApiError(400, "Bad Request: message caption is too long")
            return text
        if not text.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        if utf16_length(text) > MESSAGE_LIMIT:
            raise BotApiError(400, "Bad Request: message is too long")
        return text

    def _serve_file(self, request: BaseHTTPRequestHandler, path: str) -> None:
        """GET /file/bot<token>/<file_path>: the bytes of a file getFile named."""
        match = re.fullmatch(r"/file/bot([^/]+)/files/([\w-]+)", unquote(path))
        content = self.files.get(match.group(2)) if match and match.group(1) == self.token else None
        request.send_response(200 if content is not None else 404)
        request.send_header("Content-Length", str(len(content or b"")))
        request.end_headers()
        request.wfile.write(content or b"")

    def _api_getFile(self, params):
        file_id = params.get("file_id", "")
        if file_id not in self.files:
            raise BotApiError(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(self.files[file_id]), "file_path": f"files/{file_id}"}

    def _api_getMe(self, params):
        return self.bot_user

    def _api_getUpdates(self, params):
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), LONG_POLL_CAP_S)
        with self._changed:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and wait:
                self._changed.wait(wait)
            return self._updates[: int(params.get("limit") or 100)]

    def _api_sendMessage(self, params):
        text = self._shown_text(params)
        message = {"message_id": next(self._ids), "from": self.bot_user, "chat": self._chat(params["chat_id"]),
                   "date": int(time.time()), "text": text}  # fmt: skip
        if "inline_keyboard" in params.get("reply_markup", {}):
            message["reply_markup"] = params["reply_markup"]
        with self._changed:
            self.messages[(message["chat"]["id"], message["message_id"])] = message
        return message

    def _api_sendDocument(self, params):
        """A file uploaded in the request (its own part, or "attach://<part>"), or one sent before by file_id."""
        chat = self._chat(params["chat_id"])
        caption = self._shown_text(params, "caption")
        document = params.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = params.get(document.removeprefix("attach://"))
        if isinstance(document, Upload):
            if not document.content:
                raise BotApiError(400, "Bad Request: file must be non-empty")
            sent = {**self._attach(document.content), "file_name": document.file_name, "mime_type": document.mime_type}
        elif isinstance(document, str) and document in self.files:
            sent = {"file_id": document, "file_unique_id": f"u{document}", "file_size": len(self.files[document])}
        else:
            raise BotApiError(400, "Bad Request: there is no document in the request")
        message = {"message_id": next(self._ids), "from": self.bot_user, "chat": chat, "date": int(time.time()),
                   "document": sent}  # fmt: skip
        if caption:
            message["caption"] = caption
        with self._changed:
            self.messages[(message["chat"]["id"], message["message_id"])] = message
        return message

    def _api_editMessageText(self, params):
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._changed:
            if key not in self.messages:
                raise BotApiError(400, "Bad Request: message to edit not found")
            message = {**self.messages[key], "text": self._shown_text(params), "edit_date": int(time.time())}
            message.pop("reply_markup", None)
            if "inline_keyboard" in params.get("reply_markup", {}):
                message["reply_markup"] = params["reply_markup"]
            self.messages[key] = message
        return message

    def _api_setMyCommands(self, params):
        self.commands = params["commands"]
        return True

    def _api_getMyCommands(self, params):
        return self.commands

    def _api_answerCallbackQuery(self, params):
        return True

    def _api_sendChatAction(self, params):
        return True

    def _api_deleteWebhook(self, params):
        self.webhook = None
        return True

    def _api_setWebhook(self, params):
        self.webhook = params
        return True

    def _api_close(self, params):
        return True
