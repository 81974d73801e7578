"""Build the bot: one `Application` wired to the Bot API root, the assistant and the handlers."""

import asyncio
from typing import TYPE_CHECKING

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.settings import Settings
from bot.telegram import handlers, uploads
from bot.telegram import tasks as task_lists
from bot.access import RateLimiter
from bot.telegram.retry import RetryingRateLimiter

if TYPE_CHECKING:
    from bot.feedback import FeedbackStore
    from retrieval.assistant import Assistant

# Questions run in worker threads; other chats are served meanwhile.
CONCURRENT_UPDATES = 16
FEEDBACK_FILE = "feedback.sqlite3"


async def prepare(application: Application) -> None:
    """Build the assistant and the feedback store unless given (once, at start), and register the commands."""
    settings: Settings = application.bot_data[handlers.SETTINGS]
    if handlers.ASSISTANT not in application.bot_data:
        from retrieval.assistant import Assistant

        application.bot_data[handlers.ASSISTANT] = await asyncio.to_thread(Assistant.from_settings, settings)
    if handlers.FEEDBACK_STORE not in application.bot_data:
        from bot.feedback import FeedbackStore

        application.bot_data[handlers.FEEDBACK_STORE] = FeedbackStore(settings.data_dir / FEEDBACK_FILE)
    await application.bot.set_my_commands(handlers.COMMANDS)


def build_application(
    settings: Settings,
    assistant: "Assistant | None" = None,
    feedback: "FeedbackStore | None" = None,
) -> Application:
    """Wire the bot to the Bot API root of `settings`; `prepare` runs as post_init (call it yourself
    when driving the application without `run_polling`/`run_webhook`)."""
    root = settings.telegram_api_base_url.rstrip("/")
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .rate_limiter(RetryingRateLimiter())
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(prepare)
        .build()
    )
    application.bot_data[handlers.SETTINGS] = settings
    application.bot_data[handlers.RATE_LIMITER] = RateLimiter(settings.telegram_rate_limit_per_minute)
    if assistant is not None:
        application.bot_data[handlers.ASSISTANT] = assistant
    if feedback is not None:
        application.bot_data[handlers.FEEDBACK_STORE] = feedback

    application.add_handler(TypeHandler(Update, handlers.check_access), group=-1)
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.show_help))
    application.add_handler(CommandHandler("vanban", handlers.list_documents))
    application.add_handler(CommandHandler("hoi", handlers.ask_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.ask_text))
    application.add_handler(MessageHandler(filters.Document.ALL | filters.PHOTO, uploads.receive_document))
    application.add_handler(CallbackQueryHandler(uploads.press_upload_button, pattern=uploads.CALLBACK_PATTERN))
    application.add_handler(CommandHandler("nhiemvu", task_lists.list_tasks))
    application.add_handler(CallbackQueryHandler(task_lists.press_tasks_button, pattern=task_lists.CALLBACK_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers.press_button))
    application.add_error_handler(handlers.report_error)
    return application
