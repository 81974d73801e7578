"""Build the FastAPI app: one router per resource, the assistant and feedback store made at start-up."""

from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from bot.api.bodylimit import BodySizeLimit
from bot.api.errors import install_error_handlers
from bot.api.metrics import ApiMetrics, LatencyMiddleware
from bot.api.ratelimit import SlidingWindowLimiter
from bot.api.reindex import Reindexer
from bot.api.routes import admin, admin_documents, admin_page, ask, documents, feedback, health, widget
from bot.api.routes import agencies, lineage
from bot.feedback import FeedbackStore
from bot.settings import Settings
from retrieval.assistant import Assistant
from retrieval.index.follow import IndexFollower

# Without configured origins, only pages served from this machine may call the API (development).
LOCAL_ORIGINS = r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$"

DESCRIPTION = (
    "Hỏi đáp văn bản chỉ đạo công tác Hội Chữ thập đỏ Việt Nam. Mọi câu trả lời trích dẫn nguyên văn "
    "điều khoản bằng các dấu [n]; lỗi luôn có dạng `{\"error\": {\"code\": …, \"message\": …}}`."
)


# A chat channel run inside the API process on its assistant and feedback store: given the app, it
# returns what starts the channel (entered after both are built) and stops it (on shutdown).
Channel = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def default_channels(settings: Settings) -> list[Channel]:
    """The chat channels `ctd serve` runs beside the API: those whose token is set."""
    channels: list[Channel] = []
    if settings.telegram_bot_token:
        from bot.telegram.runner import telegram_channel

        channels.append(telegram_channel(settings))
    if settings.zalo_bot_token:
        from bot.zalo.app import zalo_channel

        channels.append(zalo_channel(settings))
    return channels


def create_app(
    settings: Settings, assistant: Assistant | None = None, channels: Sequence[Channel] | None = None
) -> FastAPI:
    """Wire the API; build the assistant at start-up unless one is given (tests, `ctd serve`).
    `channels` default to `default_channels(settings)`."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.assistant is None:
            app.state.assistant = await run_in_threadpool(Assistant.from_settings, settings)
        app.state.feedback = FeedbackStore(settings.data_dir / "feedback.sqlite3")
        async with AsyncExitStack() as running:
            # a new generation written by `ctd ingest` (another process) is served within seconds
            assistant = app.state.assistant
            running.callback(IndexFollower(assistant.settings, assistant.refresh).start().stop)
            for channel in default_channels(settings) if channels is None else channels:
                await running.enter_async_context(channel(app))
            yield
        app.state.reindexer.wait(timeout_s=60)

    app = FastAPI(
        title="ctd — trợ lý văn bản Chữ thập đỏ",
        description=DESCRIPTION,
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.metrics = ApiMetrics()
    app.state.limiter = SlidingWindowLimiter(settings.rate_limit_per_minute)
    app.state.reindexer = Reindexer()

    install_error_handlers(app)
    for module in (ask, documents, feedback, health, admin, admin_documents, admin_page, widget, agencies, lineage):
        app.include_router(module.router)

    # Added last = outermost: CORS headers go on every answer, errors and 429s included.
    app.add_middleware(BodySizeLimit, exempt=admin_documents.OWN_BODY_LIMIT)
    app.add_middleware(LatencyMiddleware, metrics=app.state.metrics)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_origin_regex=None if settings.cors_origins else LOCAL_ORIGINS,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Authorization"],
        max_age=600,
    )
    return app
