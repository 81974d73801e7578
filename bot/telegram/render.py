"""Answers, clauses and document lists as Telegram HTML messages and inline keyboards.

Every piece of user or corpus text goes through `html.escape`; the only tags written are <b>, <i>,
<blockquote> and <code>. A message longer than Telegram's 4,096 characters is cut between blocks
(sentence, quoted clause, source line), and a block too long on its own is cut between its words,
each piece closed and reopened in its own tags.
"""

import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram.callbacks import citation_data, example_data, feedback_data
from retrieval.answer.compose import format_date
from retrieval.models import Answer, Citation, Clause, Document

if TYPE_CHECKING:
    from retrieval.assistant import DocumentInfo

MESSAGE_LIMIT = 4096
QUESTION_ECHO_CHARS = 200
TITLE_CHARS = 90
BUTTONS_PER_ROW = 5

_MARKER = re.compile(r"\[\d+\]")
_BREAKS = (re.compile(r"(?<=[.!?;:…])\s+"), re.compile(r"\n+"), re.compile(r"\s+"))


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters at a word boundary, marking the cut with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def document_reference(title: str, number: str | None, date: str | None) -> str:
    """Name a document compactly, escaped: "Kế hoạch …, số 100-KH/TU (17/9/2010)"."""
    text = escape(shorten(title, TITLE_CHARS))
    if number:
        text += f", số {escape(number)}"
    if date:
        text += f" ({escape(format_date(date))})"
    return text


def source_line(citation: Citation) -> str:
    """One citation's source on one line: "[1] Kế hoạch … (9/2023) — Mục III, điểm 5, ý 1"."""
    reference = document_reference(citation.document_title, citation.document_number, citation.document_date)
    return f"[{citation.n}] {reference} — {escape(citation.label)}"


def _pieces(text: str, room: int) -> list[str]:
    """Cut raw text into pieces whose escaped form fits `room`, at sentence ends, then lines, then spaces."""
    if telegram_length(escape(text)) <= room:
        return [text]
    for pattern in _BREAKS:
        cuts = [m.end() for m in pattern.finditer(text.rstrip())]
        if cuts:
            break
    else:
        middle = len(text) // 2
        return _pieces(text[:middle], room) + _pieces(text[middle:], room)
    # Segments keep the whitespace that follows them, so text inside a piece stays as written.
    segments = [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)])]
    pieces: list[str] = []
    current = ""
    for segment in segments:
        if telegram_length(escape((current + segment).rstrip())) <= room:
            current += segment
            continue
        if current:
            pieces.append(current.rstrip())
        if telegram_length(escape(segment.rstrip())) <= room:
            current = segment
        else:
            pieces.extend(_pieces(segment.rstrip(), room))
            current = ""
    if current.strip():
        pieces.append(current.rstrip())
    return pieces


def wrap(text: str, opening: str = "", closing: str = "", limit: int = MESSAGE_LIMIT) -> list[str]:
    """Escape `text` inside the given tags; more than one block if it would not fit one message."""
    room = limit - telegram_length(opening + closing)
    return [f"{opening}{escape(piece)}{closing}" for piece in _pieces(text, room)]


def pack(blocks: Iterable[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks into as few messages as fit `limit`, cutting only between blocks."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        candidate = f"{current}\n\n{block}" if current else block
        if current and telegram_length(candidate) > limit:
            messages.append(current)
            current = block
        else:
            current = candidate
    if current:
        messages.append(current)
    return messages


def render_answer(answer: Answer, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Render an answer: the question, the leading sentence, the quoted clauses and one source line each."""
    blocks = wrap("❓ " + shorten(answer.question, QUESTION_ECHO_CHARS), "<i>", "</i>", limit)
    lines = [line.strip() for line in answer.answer.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        quoted = index > 0 and answer.mode == "extractive" and bool(_MARKER.search(line))
        blocks += wrap(line, "<blockquote>", "</blockquote>", limit) if quoted else wrap(line, limit=limit)
    if answer.note:
        blocks += wrap(answer.note, "<i>", "</i>", limit)
    if answer.citations:
        blocks.append("<b>Nguồn:</b>\n" + "\n".join(source_line(c) for c in answer.citations))
    return pack(blocks, limit)


def answer_keyboard(answer: Answer, key: str) -> InlineKeyboardMarkup:
    """Buttons under an answer: one per citation ("[1]", "[2]"…), then 👍 and 👎."""
    numbers = sorted({citation.n for citation in answer.citations})
    buttons = [InlineKeyboardButton(f"[{n}]", callback_data=citation_data(n, key)) for n in numbers]
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    rows.append(
        [
            InlineKeyboardButton("👍", callback_data=feedback_data("up", key)),
            InlineKeyboardButton("👎", callback_data=feedback_data("down", key)),
        ]
    )
    return InlineKeyboardMarkup(rows)


def render_clause(n: int, clause: Clause, document: Document, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Render a cited clause in full: its label, its document, its heading chain and its verbatim text."""
    blocks = [
        f"<b>[{n}] {escape(clause.label)}</b>\n"
        f"<i>{document_reference(document.title, document.number, document.date)}</i>"
    ]
    if clause.headings:
        blocks += wrap(" › ".join(clause.headings), "<i>", "</i>", limit)
    blocks += wrap(clause.text, "<blockquote>", "</blockquote>", limit)
    return pack(blocks, limit)


def document_line(index: int, document: "DocumentInfo") -> str:
    """One document of the corpus: "1. <b>title</b> — số …, ngày … (n điều khoản)"."""
    details = [f"số {escape(document.number)}"] if document.number else []
    if document.date:
        details.append(escape(format_date(document.date)))
    details.append(f"{document.clauses} điều khoản")
    return f"{index}. <b>{escape(shorten(document.title, TITLE_CHARS))}</b> — " + ", ".join(details)


def render_documents(documents: Sequence["DocumentInfo"], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Render the list of documents in the corpus (/vanban)."""
    if not documents:
        return ["Chưa có văn bản nào trong chỉ mục. Quản trị viên cần chạy <code>ctd ingest</code>."]
    heading = f"<b>Các văn bản tôi tra cứu được ({len(documents)}):</b>"
    return pack([heading, *(document_line(i, d) for i, d in enumerate(documents, 1))], limit)


def render_greeting(documents: Sequence["DocumentInfo"], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Render the /start greeting: who the bot is, what it knows, how to ask."""
    intro = (
        "<b>Xin chào!</b> Tôi là trợ lý tra cứu các văn bản chỉ đạo công tác Hội Chữ thập đỏ. "
        "Anh/chị hỏi bằng lời của mình (có dấu hoặc không dấu), tôi trả lời bằng chính điều khoản "
        "trong văn bản, kèm nguồn để đối chiếu."
    )
    known = f"<b>Tôi đang tra cứu {len(documents)} văn bản:</b>\n" + "\n".join(
        f"• {document_reference(d.title, d.number, d.date)}" for d in documents
    )
    usage = "Bấm một câu hỏi mẫu bên dưới để thử, hoặc gõ /help để xem hướng dẫn."
    return pack([intro, known, usage] if documents else [intro, usage], limit)


def examples_keyboard(examples: Sequence[str]) -> InlineKeyboardMarkup:
    """One button per example question; pressing it asks the question."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(question, callback_data=example_data(i))] for i, question in enumerate(examples)]
    )
