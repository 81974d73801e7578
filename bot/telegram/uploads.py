"""Adding documents from Telegram: a chat in TELEGRAM_ADMIN_CHATS sends a file or a photo of a page.

The bot answers at once with a status message, edits it as the pages of a scan are read, and ends
with what it understood — title, number, date, the outline (first two levels, clause counts) — and
two buttons: "Hủy" (take the document out again) and "Xem điều khoản" (the clauses it found). Other
chats get a polite refusal. The work itself is `bot.uploads.Uploads`, shared with the HTTP API.
"""

import asyncio
import logging
import tempfile
from html import escape
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.telegram.handlers import ASSISTANT, SETTINGS, send_parts
from bot.telegram.render import pack, shorten, wrap
from retrieval.answer.compose import format_date
from bot.uploads import AddedDocument, OutlineItem, UploadError, Uploads, outline

log = logging.getLogger(__name__)

CALLBACK_PATTERN = r"^u:[xv]:\d+$"
REMOVE, SHOW = "x", "v"
UPLOADS = "uploads"  # chat_data: button key → document id
REMEMBERED_UPLOADS = 20
CLAUSE_CHARS = 300
SHOWN_CLAUSES = 60
OUTLINE_CHARS = 90

ADMIN_ONLY = (
    "Xin lỗi, chỉ các nhóm quản trị mới thêm được văn bản qua bot. "
    "Anh/chị vui lòng gửi văn bản cho bộ phận quản trị để được cập nhật."
)
RECEIVED = "Đã nhận tệp{name}. Đang kiểm tra và đọc văn bản…"
READING = "Đang đọc văn bản quét: {done}/{total} trang…"
INDEXING = "Đã đọc xong {total} trang, đang nạp vào chỉ mục…"
FAILED = "Không thêm được văn bản: {reason}"
NOT_DOWNLOADED = "Không tải được tệp từ Telegram ({reason}). Anh/chị vui lòng gửi lại."
REMOVED = "Đã hủy: văn bản «{title}» không còn trong chỉ mục."
GONE = "Văn bản này không còn trong chỉ mục."


def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.id in context.bot_data[SETTINGS].telegram_admin_chats


def _remember(chat_data: dict, document_id: str) -> str:
    remembered = chat_data.setdefault(UPLOADS, {})
    key = str(max(map(int, remembered), default=-1) + 1)
    remembered[key] = document_id
    while len(remembered) > REMEMBERED_UPLOADS:
        remembered.pop(next(iter(remembered)))
    return key


def upload_keyboard(key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton("Hủy", callback_data=f"u:{REMOVE}:{key}"), InlineKeyboardButton("Xem điều khoản", callback_data=f"u:{SHOW}:{key}")]]
    )


def _outline_lines(items: list[OutlineItem]) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"• {escape(shorten(item.label, OUTLINE_CHARS))} ({item.clauses})")
        lines += [f"    ◦ {escape(shorten(child.label, OUTLINE_CHARS))} ({child.clauses})" for child in item.children]
    return lines


def render_added(added: AddedDocument, items: list[OutlineItem]) -> str:
    """The summary of an added document, as one HTML message (the outline shortened to fit)."""
    document = added.document
    facts = [
        f"<b>Đã thêm văn bản:</b> {escape(shorten(document.title, 200))}",
        f"Số hiệu: {escape(document.number) if document.number else 'không ghi số'}",
        f"Ngày: {escape(format_date(document.date)) if document.date else 'không rõ'}",
    ]
    if document.ocr:
        confidence = f" (độ tin cậy {document.ocr_confidence:.0f}%)" if document.ocr_confidence is not None else ""
        facts.append(f"Đọc bằng nhận dạng chữ (OCR){confidence}")
    text = "\n".join(facts) + f"\n\n<b>Bố cục</b> — {added.clauses} điều khoản:\n"
    lines = _outline_lines(items)
    notes = ("\n\n<b>Cần lưu ý:</b>\n" + "\n".join(f"- {escape(w)}" for w in added.warnings)) if added.warnings else ""
    while lines and len(text + "\n".join(lines) + notes) > 3900:
        lines = lines[:-2] + ["…"]
    return text + "\n".join(lines) + notes


async def receive_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add the document (or photo of a page) sent by an admin chat; refuse politely elsewhere."""
    message = update.message
    chat = update.effective_chat
    if not _admin(update, context):
        await send_parts(context, chat.id, [ADMIN_ONLY], reply_to=message.message_id)
        return
    uploads = Uploads(context.bot_data[SETTINGS], context.bot_data[ASSISTANT])
    attachment = message.document or (message.photo[-1] if message.photo else None)
    name = message.document.file_name if message.document else None
    if attachment.file_size and attachment.file_size > uploads.max_bytes:
        await send_parts(context, chat.id, [escape(FAILED.format(reason=uploads.too_large().message))], reply_to=message.message_id)
        return
    status = await context.bot.send_message(
        chat.id,
        RECEIVED.format(name=f" «{escape(name)}»" if name else ""),
        reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True),
    )
    try:
        added = await _add(context, uploads, attachment.file_id, name, status)
    except UploadError as error:
        await _edit(status, escape(FAILED.format(reason=error.message)))
        return
    except TelegramError as error:
        log.warning("upload not downloaded: %s", error)
        await _edit(status, escape(NOT_DOWNLOADED.format(reason=error.message)))
        return
    parsed = await asyncio.to_thread(context.bot_data[ASSISTANT].document, added.document.id)
    items = outline(parsed) if parsed is not None else []
    key = _remember(context.chat_data, added.document.id)
    await _edit(status, render_added(added, items), upload_keyboard(key))


async def _add(context: ContextTypes.DEFAULT_TYPE, uploads: Uploads, file_id: str, name: str | None, status: Message) -> AddedDocument:
    """Download the file and add it, editing `status` as pages are read (in order, from this loop)."""
    loop = asyncio.get_running_loop()
    pages: asyncio.Queue[tuple[int, int] | None] = asyncio.Queue()

    async def show_pages() -> None:
        while (item := await pages.get()) is not None:
            done, total = item
            await _edit(status, READING.format(done=done, total=total) if done < total else INDEXING.format(total=total))

    def progress(done: int, total: int) -> None:  # called from the worker thread
        if total > 1 or done:
            loop.call_soon_threadsafe(pages.put_nowait, (done, total))

    shower = asyncio.create_task(show_pages())
    try:
        with tempfile.TemporaryDirectory(prefix="ctd-telegram-") as folder:
            received = Path(folder) / "received"
            telegram_file = await context.bot.get_file(file_id)
            await telegram_file.download_to_drive(received)
            return await asyncio.to_thread(uploads.add, received, name, None, progress)
    finally:
        pages.put_nowait(None)
        await shower


async def _edit(message: Message, text: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
    try:
        await message.edit_text(text, reply_markup=keyboard)
    except BadRequest as error:  # "message is not modified": the same page count twice
        log.debug("status edit skipped: %s", error)


async def press_upload_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """"Hủy" removes the uploaded document again; "Xem điều khoản" lists the clauses it was cut into."""
    query = update.callback_query
    if not _admin(update, context):
        await query.answer(ADMIN_ONLY, show_alert=True)
        return
    _, action, key = query.data.split(":")
    document_id = context.chat_data.get(UPLOADS, {}).get(key)
    assistant = context.bot_data[ASSISTANT]
    parsed = await asyncio.to_thread(assistant.document, document_id) if document_id else None
    if parsed is None:
        await query.answer(GONE, show_alert=True)
        return
    if action == SHOW:
        await query.answer()
        await send_parts(context, update.effective_chat.id, render_clauses(parsed), reply_to=query.message.message_id)
        return
    try:
        await asyncio.to_thread(Uploads(context.bot_data[SETTINGS], assistant).remove, document_id)
    except UploadError as error:
        await query.answer(error.message, show_alert=True)
        return
    await query.answer()
    context.chat_data[UPLOADS].pop(key, None)
    await _edit(query.message, escape(REMOVED.format(title=shorten(parsed.document.title, 200))))


def render_clauses(parsed) -> list[str]:
    """The clauses of a document, label and beginning of the text, as few messages as fit."""
    blocks = [f"<b>{escape(shorten(parsed.document.title, 200))}</b> — {len(parsed.clauses)} điều khoản"]
    for clause in parsed.clauses[:SHOWN_CLAUSES]:
        blocks += wrap(f"{clause.label}: {shorten(clause.text, CLAUSE_CHARS)}")
    if len(parsed.clauses) > SHOWN_CLAUSES:
        blocks.append(f"… và {len(parsed.clauses) - SHOWN_CLAUSES} điều khoản nữa (xem đủ trên trang quản trị /admin).")
    return pack(blocks)
