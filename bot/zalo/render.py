"""Answers, clauses and document lists as plain-text Zalo messages.

Zalo shows text as it is sent, so nothing here writes markup. A message holds at most 2,000
characters: longer text is cut between blocks (a sentence of the answer, a quoted clause, a source
line), and a block too long on its own between its sentences, then its lines, then its words.
Documents are named by the engine's own short description (`describe`), as in the answer itself.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from retrieval.answer.compose import describe, trim
from retrieval.models import Answer, Citation, Clause, Document

if TYPE_CHECKING:
    from retrieval.assistant import DocumentInfo

MESSAGE_LIMIT = 2000
TITLE_CHARS = 160
MIN_FILL = 200  # a long block starts in the current message only if this much room is left

# Where a block too long for one message may be cut, best first.
_BREAKS = (re.compile(r"[.!?;:…](?=\s)"), re.compile(r"\n"), re.compile(r"\s"))

# (separator before the block, the block): "\n" keeps lines together, "\n\n" starts a paragraph.
Block = tuple[str, str]

ANSWER_HINT = "Gõ /nguon 1 để xem toàn văn nguồn [1]. Nhắn “đúng” hoặc “sai” để góp ý về câu trả lời này."
NO_DOCUMENTS = "Chưa có văn bản nào trong chỉ mục. Quản trị viên cần chạy lệnh: ctd ingest"
COMMANDS = (
    "/vanban — danh sách văn bản tra cứu được\n"
    "/nguon 2 — toàn văn nguồn [2] của câu trả lời vừa rồi\n"
    "/giup — hướng dẫn này"
)


def zalo_length(text: str) -> int:
    """Length in UTF-16 code units (an emoji counts two), never less than `len`: safe for Zalo's limit."""
    return len(text.encode("utf-16-le")) // 2


def _hard_cut(text: str, limit: int) -> int:
    """The longest prefix of `text` that fits `limit`, as an index (at least one character)."""
    size = 0
    for index, char in enumerate(text):
        size += zalo_length(char)
        if size > limit:
            return max(index, 1)
    return len(text)


def cut(text: str, limit: int = MESSAGE_LIMIT, first: int | None = None) -> list[str]:
    """Cut `text` into pieces of at most `limit` (the first at most `first`), each as long as it can be
    while ending at the best break."""
    text = text.strip()
    pieces: list[str] = []
    size = first or limit
    while zalo_length(text) > size:
        end = 0
        for pattern in _BREAKS:
            fitting = [m.end() for m in pattern.finditer(text) if zalo_length(text[: m.end()].rstrip()) <= size]
            if fitting:
                end = fitting[-1]
                break
        end = end or _hard_cut(text, size)
        pieces.append(text[:end].rstrip())
        text = text[end:].strip()
        size = limit
    return [*pieces, text] if text else pieces


def pack(blocks: Iterable[Block], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks into as few messages as fit `limit`, cutting between blocks; a block longer than a
    message is cut inside, its first piece filling what is left of the current message."""
    messages: list[str] = []
    current = ""
    for separator, block in blocks:
        joined = f"{current}{separator}{block}" if current else block
        if zalo_length(joined) <= limit:
            current = joined
            continue
        room = limit - zalo_length(current + separator) if current else limit
        if zalo_length(block) > limit and room >= MIN_FILL:
            head, *pieces = cut(block, limit, first=room)
            current = f"{current}{separator}{head}" if current else head
        else:
            pieces = cut(block, limit)
        for piece in pieces:
            if current:
                messages.append(current)
            current = piece
    if current:
        messages.append(current)
    return messages


def paragraphs(text: str) -> list[Block]:
    """The non-empty lines of `text` as blocks, a line after a blank line opening a paragraph."""
    blocks: list[Block] = []
    blank = False
    for line in text.splitlines():
        if line.strip():
            blocks.append(("\n\n" if blank else "\n", line.strip()))
        blank = not line.strip()
    return blocks


def document_name(citation: Citation, documents: Mapping[str, Document]) -> str:
    """The engine's short description of the cited document, or its title if the document is gone."""
    document = documents.get(citation.document_id)
    return describe(document) if document else trim(citation.document_title, TITLE_CHARS)


def source_line(citation: Citation, documents: Mapping[str, Document]) -> str:
    """One source on one line: "[1] Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023) — Mục III, điểm 5, ý 1"."""
    return f"[{citation.n}] {document_name(citation, documents)} — {citation.label}"


def render_answer(answer: Answer, documents: Mapping[str, Document], limit: int = MESSAGE_LIMIT) -> list[str]:
    """The answer as written (its sentence and quoted clauses), then one source line per citation."""
    blocks = paragraphs(answer.answer)
    if answer.note:
        blocks.append(("\n\n", answer.note))
    if answer.citations:
        blocks.append(("\n\n", "Nguồn:"))
        blocks += [("\n", source_line(citation, documents)) for citation in answer.citations]
        blocks.append(("\n\n", ANSWER_HINT))
    return pack(blocks, limit)


def render_clause(n: int, clause: Clause, document: Document, limit: int = MESSAGE_LIMIT) -> list[str]:
    """A cited clause in full: its number and label, its document, its heading chain, its verbatim text."""
    blocks: list[Block] = [("", f"[{n}] {clause.label}"), ("\n", describe(document))]
    if clause.headings:
        blocks.append(("\n", " › ".join(clause.headings)))
    body = paragraphs(clause.text)
    if body:
        blocks.append(("\n\n", body[0][1]))
        blocks += body[1:]
    return pack(blocks, limit)


def render_documents(documents: Sequence["DocumentInfo"], limit: int = MESSAGE_LIMIT) -> list[str]:
    """The documents in the corpus (/vanban): short description, title, number of clauses."""
    if not documents:
        return [NO_DOCUMENTS]
    blocks: list[Block] = [("", f"Các văn bản tôi tra cứu được ({len(documents)}):")]
    for index, document in enumerate(documents, 1):
        blocks.append(("\n\n", f"{index}. {describe(document)}"))
        blocks.append(("\n", f"{trim(document.title, TITLE_CHARS)} — {document.clauses} điều khoản"))
    return pack(blocks, limit)


def render_help(documents: Sequence["DocumentInfo"], examples: Sequence[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """The greeting and help (/start, /giup): who the bot is, how to ask, the commands, example questions."""
    blocks: list[Block] = [
        (
            "",
            "Xin chào! Tôi là trợ lý tra cứu các văn bản chỉ đạo công tác Hội Chữ thập đỏ "
            f"({len(documents)} văn bản). Anh/chị cứ nhắn câu hỏi bằng lời của mình, có dấu hay không dấu "
            "đều được; tôi trả lời bằng chính điều khoản trong văn bản, đánh số [1], [2]… kèm nguồn.",
        ),
        ("\n\n", "Ví dụ:"),
        *(("\n", f"- {question}") for question in examples),
        ("\n\n", "Hỏi tiếp được, ví dụ: “Còn Sở Y tế thì sao?”. Nhắn “đúng” hoặc “sai” sau một câu trả lời để góp ý."),
        ("\n\n", "Lệnh:"),
        ("\n", COMMANDS),
        ("\n\n", "Tôi chỉ đọc được tin nhắn chữ; ảnh, nhãn dán và tệp tôi chưa xem được."),
    ]
    return pack(blocks, limit)
