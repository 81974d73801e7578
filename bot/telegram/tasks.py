"""`/nhiemvu <cơ quan>`: an agency's tasks as a paged list, deadlines first, with a button per task
that shows its clause, page buttons and the .xlsx as a file on request.

A list is remembered in `chat_data` under a short key, so a button carries "t:<action>:<key>:<n>"
(c: show task n's clause, p: show page n, x: send the .xlsx) within Telegram's 64 bytes.
"""

import asyncio
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import ContextTypes

from bot.task_files import RECURRENCES, ROLES, to_xlsx
from bot.telegram.handlers import ASSISTANT, EXPIRED, SETTINGS, send_clause, send_parts
from bot.telegram.render import shorten
from retrieval.answer.compose import format_date
from retrieval.answer.tasks import TaskRow
from retrieval.text import unaccent

CALLBACK_PATTERN = r"^t:[cpx]:\d+:\d+$"
PAGE = 5
LISTS = "task_lists"
LIST_COUNT = "task_list_count"
REMEMBERED_LISTS = 20
TASK_CHARS = 300

USAGE = "Anh/chị hãy gõ tên cơ quan sau lệnh, ví dụ: <code>/nhiemvu Sở Giáo dục và Đào tạo</code>"
UNKNOWN = "Tôi không nhận ra cơ quan «{name}». Anh/chị thử tên đầy đủ, ví dụ <i>Sở Giáo dục và Đào tạo</i>."
NONE = "Trong các văn bản hiện có, {name} không được giao nhiệm vụ nào."


def deadlines_first(rows: list[TaskRow]) -> list[TaskRow]:
    """Tasks with a date first (soonest first), then those with a stated time frame, then the rest;
    the answer's order otherwise."""
    def rank(pair: tuple[int, TaskRow]) -> tuple:
        i, row = pair
        return (0 if row.deadline else 1 if row.deadline_text else 2, row.deadline or "", i)

    return [row for _, row in sorted(enumerate(rows), key=rank)]


def when(row: TaskRow) -> str:
    """A task's time frame in one phrase: "30/11/2025 (trước ngày 30/11/2025)", "hằng năm"."""
    parts = [format_date(row.deadline)] if row.deadline else []
    if row.deadline_text:
        parts.append(f"({row.deadline_text})" if parts else row.deadline_text)
    elif row.recurrence:
        parts.append(RECURRENCES[row.recurrence])
    return " ".join(parts) or "không nêu thời hạn"


def render_page(agency: str, rows: list[TaskRow], page: int) -> str:
    pages = max(1, -(-len(rows) // PAGE))
    lines = [f"<b>Nhiệm vụ của {escape(agency)}</b> — {len(rows)} nhiệm vụ, trang {page + 1}/{pages}"]
    for n, row in enumerate(rows[page * PAGE : (page + 1) * PAGE], start=page * PAGE + 1):
        source = row.document_number or row.document_id
        lines.append(
            f"\n<b>{n}. ⏰ {escape(when(row))}</b>\n<i>{escape(source)} · {escape(row.label)} · {ROLES[row.role]}</i>\n"
            f"{escape(shorten(row.task, TASK_CHARS))}"
        )
    return "\n".join(lines)


def page_keyboard(key: str, total: int, page: int) -> InlineKeyboardMarkup:
    numbers = range(page * PAGE + 1, min(total, (page + 1) * PAGE) + 1)
    rows = [[InlineKeyboardButton(f"[{n}]", callback_data=f"t:c:{key}:{n}") for n in numbers]]
    moves = []
    if page > 0:
        moves.append(InlineKeyboardButton("‹ Trước", callback_data=f"t:p:{key}:{page - 1}"))
    if (page + 1) * PAGE < total:
        moves.append(InlineKeyboardButton("Sau ›", callback_data=f"t:p:{key}:{page + 1}"))
    if moves:
        rows.append(moves)
    rows.append([InlineKeyboardButton("📄 Tải bảng Excel", callback_data=f"t:x:{key}:0")])
    return InlineKeyboardMarkup(rows)


def _remember(chat_data: dict, agency: str, clause_ids: list[str]) -> str:
    count = chat_data.get(LIST_COUNT, 0)
    chat_data[LIST_COUNT] = count + 1
    lists = chat_data.setdefault(LISTS, {})
    lists[str(count)] = {"agency": agency, "clauses": clause_ids}
    for old in list(lists)[:-REMEMBERED_LISTS]:
        del lists[old]
    return str(count)


def _rows_of(assistant, agency: str) -> tuple[str | None, list[TaskRow]]:
    """The agency's canonical name (None if unknown) and its tasks, deadlines first."""
    book = assistant.task_book()
    names = book.resolve(agency)
    if not names:
        return None, []
    return names[0], deadlines_first(book.rows(agency=agency))


async def list_tasks(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/nhiemvu <cơ quan>: the agency's tasks, deadlines first, a page at a time."""
    parts = (update.message.text or "").split(maxsplit=1)
    chat_id = update.effective_chat.id
    if len(parts) < 2 or not parts[1].strip():
        await send_parts(context, chat_id, [USAGE])
        return
    asked = parts[1].strip()
    name, rows = await asyncio.to_thread(_rows_of, context.bot_data[ASSISTANT], asked)
    if name is None:
        await send_parts(context, chat_id, [UNKNOWN.format(name=escape(asked))])
        return
    if not rows:
        await send_parts(context, chat_id, [NONE.format(name=escape(name))])
        return
    key = _remember(context.chat_data, asked, [r.clause_id for r in rows])
    await send_parts(context, chat_id, [render_page(name, rows, 0)], reply_markup=page_keyboard(key, len(rows), 0))


async def press_tasks_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn a page, show a task's clause, or send the list as an .xlsx file."""
    query = update.callback_query
    _, action, key, n = query.data.split(":")
    remembered = context.chat_data.get(LISTS, {}).get(key)
    if remembered is None:
        await query.answer(EXPIRED, show_alert=True)
        return
    assistant = context.bot_data[ASSISTANT]
    name, rows = await asyncio.to_thread(_rows_of, assistant, remembered["agency"])
    if action == "p":
        page = int(n)
        if not rows or page * PAGE >= len(rows):
            await query.answer(EXPIRED, show_alert=True)
            return
        await query.answer()
        await query.edit_message_text(render_page(name, rows, page), reply_markup=page_keyboard(key, len(rows), page))
    elif action == "c":
        found = remembered["clauses"][int(n) - 1] if 0 < int(n) <= len(remembered["clauses"]) else None
        await send_clause(update, context, int(n), found)
    else:
        await query.answer()
        settings = context.bot_data[SETTINGS]
        content = await asyncio.to_thread(to_xlsx, rows, f"http://{settings.host}:{settings.port}")
        filename = "nhiem-vu-" + "-".join(unaccent(name or "co-quan").lower().split()) + ".xlsx"
        await context.bot.send_document(
            update.effective_chat.id, InputFile(content, filename=filename, attach=True),
            caption=f"Nhiệm vụ của {escape(name or '')}: {len(rows)} dòng.",
        )
