"""Refuse request bodies over a fixed size before anything parses them."""

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.api.errors import HTTP_MESSAGES, error_response

MAX_BODY_BYTES = 64 * 1024  # a 2,000-character question with a few turns of history fits many times over


class BodySizeLimit:
    """Answer 413 to a body larger than `limit` bytes, whether declared up front or streamed."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES, exempt: frozenset[str] = frozenset()):
        self.app = app
        self.limit = limit
        self.exempt = exempt  # paths whose route reads and limits its own body (file uploads)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.exempt:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await error_response(413, *HTTP_MESSAGES[413])(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                # Raised inside the route's body read; FastAPI passes HTTPException on to the handlers.
                raise HTTPException(413)
            return message

        await self.app(scope, counted_receive, send)
