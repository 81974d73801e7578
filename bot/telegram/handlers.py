"""The bot's handlers: commands, questions, buttons, the access guard and the error handler.

Shared objects live in `bot_data` (the assistant, the feedback store, the settings, the rate limiter);
what a chat needs to remember (recent answers behind the buttons, the last turns) in `chat_data`.
"""

import asyncio
import contextlib
import logging
import re
from html import escape

from telegram import BotCommand, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.lineage_text import lineage_lines
from bot.presence import kept_alive
from bot.access import is_allowed_chat
from bot.telegram.callbacks import CITATION, EXAMPLE, FEEDBACK, parse_callback
from bot.telegram.render import (
    answer_keyboard,
    examples_keyboard,
    render_answer,
    render_clause,
    render_documents,
    render_greeting,
)
from retrieval.errors import QuestionError
from retrieval.models import Answer, Turn

log = logging.getLogger(__name__)

# bot_data keys
ASSISTANT = "assistant"
FEEDBACK_STORE = "feedback"
SETTINGS = "settings"
RATE_LIMITER = "rate_limiter"
# chat_data keys
ANSWERS = "answers"
ANSWER_COUNT = "answer_count"
HISTORY = "history"

REMEMBERED_ANSWERS = 50
TYPING_EVERY_S = 4.5

EXAMPLES = (
    "Sở Giáo dục phải làm gì?",
    "Kết luận 44-KL/TW ban hành ngày nào?",
    "Nhiệm vụ trọng tâm công tác Hội Chữ thập đỏ năm 2024 là gì?",
)

COMMANDS = (
    BotCommand("start", "Giới thiệu và câu hỏi mẫu"),
    BotCommand("hoi", "Đặt câu hỏi (dùng trong nhóm): /hoi <câu hỏi>"),
    BotCommand("vanban", "Danh sách văn bản; /vanban <số hiệu>: chuỗi văn bản"),
    BotCommand("nhiemvu", "Nhiệm vụ của một cơ quan: /nhiemvu <cơ quan>"),
    BotCommand("help", "Hướng dẫn sử dụng"),
)

HELP = (
    "<b>Cách hỏi</b>\n"
    "• Trong trò chuyện riêng: gõ câu hỏi, ví dụ <i>Sở Y tế phải làm gì?</i> (có dấu hay không dấu đều được).\n"
    "• Trong nhóm: <code>/hoi câu hỏi</code>, nhắc tên bot, hoặc trả lời tin nhắn của bot.\n"
    "• Hỏi tiếp được: <i>Còn Sở Y tế thì sao?</i>\n\n"
    "<b>Câu trả lời</b> trích nguyên văn điều khoản, đánh số [1], [2]… kèm nguồn. "
    "Bấm nút [1], [2]… để xem toàn văn điều khoản; 👍/👎 để góp ý.\n\n"
    "<b>Lệnh</b>\n/vanban — danh sách văn bản; /vanban 44-KL/TW — chuỗi văn bản thực hiện nó\n/start — giới thiệu và câu hỏi mẫu\n/help — hướng dẫn này"
)
EMPTY_QUESTION = "Anh/chị hãy gõ câu hỏi sau lệnh, ví dụ: <code>/hoi Sở Giáo dục phải làm gì?</code>"
TOO_LONG = "Câu hỏi dài quá {limit} ký tự. Anh/chị vui lòng hỏi ngắn gọn hơn."
TOO_MANY = "Anh/chị đã hỏi {limit} câu trong một phút vừa qua. Xin vui lòng đợi một chút rồi hỏi tiếp."
EXPIRED = "Câu trả lời này đã cũ, tôi không còn giữ. Anh/chị vui lòng hỏi lại."
THANKS = "Cảm ơn anh/chị đã góp ý!"
SORRY = "Xin lỗi, đã có lỗi khi xử lý yêu cầu của anh/chị. Anh/chị vui lòng thử lại sau ít phút."


async def send_parts(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    parts: list[str],
    *,
    reply_to: int | None = None,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Send a rendered text as consecutive messages, the first replying to `reply_to`, the buttons on the last."""
    for index, part in enumerate(parts):
        await context.bot.send_message(
            chat_id,
            part,
            reply_parameters=(
                ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to and index == 0 else None
            ),
            reply_markup=reply_markup if index == len(parts) - 1 else None,
        )


async def show_typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> bool:
    """Send the "typing…" action once; False if Telegram refused it."""
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    except TelegramError as error:
        log.debug("typing action failed: %s", error)
        return False
    return True


def typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> contextlib.AbstractAsyncContextManager[None]:
    """Show "typing…" in the chat, renewed until the block ends (Telegram clears it after 5 s)."""
    return kept_alive(lambda: show_typing(context, chat_id), TYPING_EVERY_S)


def remember_answer(chat_data: dict, answer: Answer) -> str:
    """Keep what the answer's buttons need under a short key (callback data holds 64 bytes at most)."""
    key = str(chat_data.get(ANSWER_COUNT, 0))
    chat_data[ANSWER_COUNT] = int(key) + 1
    answers = chat_data.setdefault(ANSWERS, {})
    answers[key] = {
        "answer_id": answer.id,
        "question": answer.question,
        "clauses": {citation.n: citation.clause_id for citation in answer.citations},
    }
    while len(answers) > REMEMBERED_ANSWERS:
        answers.pop(next(iter(answers)))
    return key


def history_of(chat_data: dict, user_id: int) -> list[Turn]:
    """The turns one user had in this chat: in a group, each member's follow-ups lean on their own."""
    return chat_data.get(HISTORY, {}).get(user_id, [])


def remember_turn(chat_data: dict, user_id: int, answer: Answer, turns: int) -> None:
    """Keep the user's last `turns` exchanges in this chat for follow-up questions."""
    history = [*history_of(chat_data, user_id), Turn(question=answer.question, answer=answer.answer)]
    chat_data.setdefault(HISTORY, {})[user_id] = history[-turns:] if turns > 0 else []


def addressed_question(message: Message, bot_username: str, bot_id: int) -> str | None:
    """The question in a message, or None when it is not for the bot.

    In a private chat every text is a question; in a group only a text mentioning @bot_username
    or replying to the bot is (commands are routed separately).
    """
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text.strip()
    mention = re.compile(rf"@{re.escape(bot_username)}\b", re.IGNORECASE) if bot_username else None
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == bot_id)
    if mention and mention.search(text):
        return " ".join(mention.sub(" ", text).split())
    return text.strip() if to_bot else None


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer a question in the chat it came from, with citation and feedback buttons."""
    chat = update.effective_chat
    settings = context.bot_data[SETTINGS]
    message = update.message
    reply_to = message.message_id if message and chat.type != ChatType.PRIVATE else None
    if not question:
        await send_parts(context, chat.id, [EMPTY_QUESTION], reply_to=reply_to)
        return
    if len(question) > settings.max_question_chars:
        await send_parts(context, chat.id, [TOO_LONG.format(limit=settings.max_question_chars)], reply_to=reply_to)
        return
    limiter = context.bot_data[RATE_LIMITER]
    if not limiter.allow(update.effective_user.id):
        await send_parts(context, chat.id, [TOO_MANY.format(limit=limiter.per_minute)], reply_to=reply_to)
        return
    assistant = context.bot_data[ASSISTANT]
    user_id = update.effective_user.id
    history = history_of(context.chat_data, user_id) or None
    async with typing(context, chat.id):
        try:
            answer = await asyncio.to_thread(assistant.ask, question, history=history)
        except QuestionError as error:
            await send_parts(context, chat.id, [escape(str(error))], reply_to=reply_to)
            return
    key = remember_answer(context.chat_data, answer)
    remember_turn(context.chat_data, user_id, answer, settings.telegram_history_turns)
    keyboard = answer_keyboard(answer, key)
    await send_parts(context, chat.id, render_answer(answer), reply_to=reply_to, reply_markup=keyboard)


async def ask_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message: any text in a private chat, a mention or a reply to the bot in a group."""
    question = addressed_question(update.message, context.bot.username, context.bot.id)
    if question is not None:
        await answer_question(update, context, question)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer /hoi <câu hỏi>."""
    parts = (update.message.text or "").split(maxsplit=1)
    await answer_question(update, context, parts[1].strip() if len(parts) > 1 else "")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, list what the bot knows and offer three example questions as buttons."""
    documents = await asyncio.to_thread(context.bot_data[ASSISTANT].documents)
    await send_parts(
        context, update.effective_chat.id, render_greeting(documents), reply_markup=examples_keyboard(EXAMPLES)
    )


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask and what the buttons do."""
    await send_parts(context, update.effective_chat.id, [HELP])


async def list_documents(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the documents in the corpus; with a document ("/vanban 44-KL/TW"), show its chain of texts."""
    assistant = context.bot_data[ASSISTANT]
    reference = " ".join(context.args or []).strip()
    if not reference:
        documents = await asyncio.to_thread(assistant.documents)
        await send_parts(context, update.effective_chat.id, render_documents(documents))
        return
    lineage = await asyncio.to_thread(assistant.lineage, reference)
    if lineage is None:
        text = f"Không tìm thấy văn bản “{escape(reference)}” trong kho, kể cả trong các trích dẫn. Gõ /vanban để xem danh sách."
    else:
        text = "<b>Chuỗi văn bản</b>\n" + escape("\n".join(lineage_lines(lineage)))
    await send_parts(context, update.effective_chat.id, [text])


async def press_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle a button: ask an example, show a cited clause in full, or record feedback."""
    query = update.callback_query
    callback = parse_callback(query.data)
    if callback is None:
        await query.answer()
        return
    if callback.kind == EXAMPLE:
        await query.answer()
        index = int(callback.arg) if callback.arg.isdigit() else -1
        if 0 <= index < len(EXAMPLES):
            await answer_question(update, context, EXAMPLES[index])
        return
    remembered = context.chat_data.get(ANSWERS, {}).get(callback.key)
    if remembered is None:
        await query.answer(EXPIRED, show_alert=True)
        return
    if callback.kind == CITATION:
        await show_citation(update, context, remembered, callback.arg)
    elif callback.kind == FEEDBACK:
        await record_feedback(update, context, remembered, callback.arg)


async def show_citation(update: Update, context: ContextTypes.DEFAULT_TYPE, remembered: dict, n: str) -> None:
    """Send the full text of citation [n] of a remembered answer, as a reply to that answer."""
    clause_id = remembered["clauses"].get(int(n)) if n.isdigit() else None
    await send_clause(update, context, int(n) if n.isdigit() else 0, clause_id)


async def send_clause(update: Update, context: ContextTypes.DEFAULT_TYPE, n: int, clause_id: str | None) -> None:
    """Answer a button with clause `clause_id` in full ([n]), as a reply to the message that had it."""
    query = update.callback_query
    assistant = context.bot_data[ASSISTANT]
    # one snapshot read: a reindex in between cannot pair a clause with another version of its document
    found = await asyncio.to_thread(assistant.clause_in_context, clause_id) if clause_id else None
    if found is None:
        await query.answer(EXPIRED, show_alert=True)
        return
    await query.answer()
    reply_to = query.message.message_id if query.message else None
    parts = render_clause(n, found.clause, found.document)
    await send_parts(context, update.effective_chat.id, parts, reply_to=reply_to)


async def record_feedback(update: Update, context: ContextTypes.DEFAULT_TYPE, remembered: dict, rating: str) -> None:
    """Store a 👍/👎 on a remembered answer in the feedback store shared with the HTTP API."""
    query = update.callback_query
    if rating not in ("up", "down"):
        await query.answer()
        return
    await asyncio.to_thread(
        context.bot_data[FEEDBACK_STORE].add,
        channel="telegram",
        rating=rating,
        answer_id=remembered["answer_id"],
        question=remembered["question"],
        user=str(update.effective_user.id),
    )
    await query.answer(THANKS)


async def check_access(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop every update from a chat outside TELEGRAM_ALLOWED_CHATS (when that list is set)."""
    chat = update.effective_chat
    if is_allowed_chat(chat.id if chat else None, context.bot_data[SETTINGS].telegram_allowed_chats):
        return
    log.info("ignored an update from chat %s, which is not allowed", chat.id if chat else None)
    if update.callback_query:
        await update.callback_query.answer()
    raise ApplicationHandlerStop


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a failed update and tell the user so in one polite sentence, never with a stack trace."""
    if not isinstance(update, Update):
        log.error("error outside an update", exc_info=context.error)
        return
    log.error("error while handling update %s", update.update_id, exc_info=context.error)
    if update.callback_query:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    if update.effective_chat:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(update.effective_chat.id, SORRY)
