"""Cut a document into its clause tree: the smallest self-contained units, each quotable verbatim.

Structure is read from line markers, whatever mix a text uses: legal parts ("Phần", "Chương",
"Mục 1", "Điều 32."), Roman sections ("I. MỤC ĐÍCH", "II- NHIỆM VỤ", "## II- …"), numbered items
("1.", "1-", "1.1"), lettered points ("a)", "a."), bullets ("-", "+", "•") and Markdown headings.
Legal levels nest by rank; the others by first appearance (a marker kind already open is a sibling,
a new one a child), so "a)" under "1." and "-" under "a)" both come out right, and "1.1.", "1.2."
nest under "1.".

Conventions (the `path` of a clause, its `label` and id slug):
- Roman section "III" → "Mục III"; numbered item "5" → "điểm 5" ("khoản 5", path "Khoản 5", inside
  an article); lettered point "a" → "tiết a" ("điểm a", path "Điểm a", inside an article); bullet
  "-1"/"+1"/"•1" (n-th bullet of that kind under its parent) → "ý 1" ("ý nhỏ 1" under a bullet),
  slug "b1"/"p1"/"o1"; "Phần I", "Chương I", "Mục 1", "Điều 32" as written. A dotted item under
  the item it extends reads "Mục II, điểm 1.1" (path ["II", "1", "1.1"], slug "ii.1.1-1").
- Paragraphs before the first marker: ["mở đầu", "1"] "Phần mở đầu, đoạn 1" (["đoạn 1"] "Đoạn 1" when
  the text has no markers at all); paragraphs closing the text after a list: ["kết", "1"] "Phần kết,
  đoạn 1"; a paragraph after a node's children: [..., "đoạn 2"].
- A numbered item that is only a title ("5. Sở Giáo dục và Đào tạo", no final period) is a heading:
  its text goes into the children's `headings`, its first paragraph (if any) is its clause and the
  others follow as [..., "đoạn 2"], each a task of its own ("Giao Sở Y tế …", "Giao Sở Tài chính …").
  An item with a sentence of its own is a clause, continued by the unmarked paragraphs that follow it.
- A text typed a paragraph per line (a line longer than any fixed-width wrap) has no line break inside
  a paragraph: each line is a paragraph. A wrapped text's lines join until a blank line or a marker.
- The preamble ("Phần mở đầu": "Căn cứ …" lines, "Theo đề nghị của …", "Ngày …, X ban hành …",
  "… ban hành Kế hoạch … như sau:") carries no actors: it cites, introduces and issues; the tasks are
  the items after it. A text without markers keeps its paragraphs' actors (grounds sentences and
  issuers aside, see `actors`).
- A task table (a header row "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | …",
  pipe- or tab-separated, or a .docx table the loader wrote so) gives one clause per row, its text
  the row as written: path [..., "Dòng 3"], label "…, dòng 3", slug "dong-3" (the STT cell, else
  the row's ordinal); the table itself adds no path element, its header row joins the `headings`. A
  group row ("I | NHIỆM VỤ CHUNG" with empty task columns) → [..., "Nhóm I"], "nhóm I", "nhom-i".
  A row's actors are the "chủ trì" column (lead) and the "phối hợp" column (cooperating). A ruled
  table of other columns ("| Đơn vị | Năm 2023 | Năm 2024 |" over "|---|---|---|") is a table of
  figures: a clause per row the same way, with no actors.
- A text issued with the document ("(Ban hành kèm theo Quyết định số … ngày … của …)", see
  `header.find_attachments`) gets its kind as a path prefix, so its Chương/Điều/khoản/điểm never
  collide with the document's own Điều 1–3: its title block is ["Quy chế"] "Quy chế" (slug
  "quy-che"), its clauses ["Quy chế", "Chương II", "Điều 3", "Khoản 2"] "Quy chế, Chương II, Điều 3,
  khoản 2" (id "…:quy-che.chuong-ii.dieu-3.khoan-2"); an appendix is "Phụ lục I" ("phu-luc-i"), a
  text of unknown kind "Văn bản kèm theo" ("van-ban-kem-theo"); a second one of the same kind gets
  " 2" ("quy-che-2").
- The header block is `<id>:header` (kind "header"), the signature block `<id>:closing` (kind
  "closing", label "Phần ký văn bản"); neither is in `clauses`, neither has actors.
"""

import re
from dataclasses import dataclass, field
from itertools import zip_longest

from retrieval.ingest.crossrefs import with_references
from retrieval.ingest.actors import (
    AliasTable, addressed_bodies, asked_in_lead_in, extract_actors, lead_in_addressees, of_the_whole, table_actors,
)
from retrieval.ingest.header import (
    ATTACHED_RE, DOCUMENT_TYPES, GROUND_WORDS, LEVEL_WORDS, PAGE_NUMBER, TERMINAL, Attachment, closing_block, find_attachments,
    goes_on_after_break, is_caps, plain, read_frame, received_by, running_heads,
)
from retrieval.ingest.metadata import LIST_FIELDS
from retrieval.ingest.ocr import TOTAL_ROW_RE
from retrieval.models import Actor, Clause, Document, LoadedDocument, ParsedDocument
from retrieval.text import fold, slug

LEGAL_RE = re.compile(rf"(?P<word>{LEVEL_WORDS})[ \t]+(?P<key>(?:thứ|THỨ)[ \t]+\w+|\d+[a-z]?|[IVXLC]+)\b"
                      r"(?P<sep>[ \t]*[.:\-–][ \t]*|[ \t]*$|[ \t]+)")
GROUND_LINE_RE = re.compile(GROUND_WORDS)  # a preamble's ground or proposal, however it is marked
ROMAN_RE = re.compile(r"(?P<key>X{0,3}(?:IX|IV|V?I{0,3}))[ \t]*[.\-–)][ \t]*(?=\S)")
# (typed by hand: "1/ Nội dung đại hội:", "a- Báo cáo …": a slash or a dash before a space, no fraction nor date)
NUMBER_RE = re.compile(r"(?P<key>\d{1,2}(?:\.\d{1,2})*)(?:(?P<sep>[ \t]*(?:[.\-–)]|/(?=[ \t])))[ \t]*|[ \t]+)(?=[^\d\s])")
LETTER_RE = re.compile(r"(?P<key>[a-zđ])[ \t]*(?:[).]|-(?=[ \t]))[ \t]+(?=\S)")
# "A. KẾT QUẢ THỰC HIỆN", "B. PHƯƠNG HƯỚNG …": a report's parts, lettered in capitals over a title in capitals
PART_LETTER_RE = re.compile(r"(?P<key>[A-H])[ \t]*\.[ \t]+(?=\S)")
BULLET_RE = re.compile(r"(?P<key>[-–—+•·*])[ \t]+(?=\S)")
MD_HEADING_RE = re.compile(r"(?P<hashes>#{1,6})[ \t]+")
EMPHASIS_RE = re.compile(r"(?:\*\*\*|\*\*|\*|___|__|_)(?=[^\s*_])")
OPENED_EMPHASIS_RE = re.compile(r"(?:\*\*\*|\*\*|___|__)$")  # bold opened right before a clause's first word
CLOSING_EMPHASIS_RE = re.compile(r"(?:\*\*\*|\*\*|\*|___|__|_)[ \t]+(?=\S)")
CLOSERS = "*_”\"’')] \t"

LEGAL_KINDS = {"Phần": "part", "Chương": "chapter", "Mục": "section", "Điều": "article"}
LEGAL_NAMES = {kind: word for word, kind in LEGAL_KINDS.items()}
RANKS = {"root": -1, "part": 0, "chapter": 1, "section": 2, "article": 3, "roman": 4}
BULLETS = {"-": "-", "–": "-", "—": "-", "+": "+", "•": "•", "·": "•", "*": "•"}
BULLET_SLUGS = {"-": "b", "+": "p", "•": "o"}
DYNAMIC_RANK = 100
MAX_TITLE = 100
MAX_LEAD_WORDS = 10  # a paragraph heading the list after it is a label ("Hồ sơ gồm:"), not an opening one
MAX_LABEL_WORDS = 20  # an agency named over its items, with what it leads ("… lãnh đạo Hội Chữ thập đỏ các cấp:")
# a text with a line this long is not wrapped at a fixed width: each of its lines is a paragraph of its own
UNWRAPPED_LINE = 150
SHORT_LINE = 0.6  # a line of a wrapped text ending short of this share of the widest one ended its paragraph
# a paragraph opening with a label in bold ("**Đợt 1:** 07 hộ …", "**Lớp 2**: …")
BOLD_LABEL_RE = re.compile(r"\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)")
NESTED_BULLET_INDENT = 2  # a bullet indented so far goes under the bullet above it (Markdown's nesting)
CELL_INDENT = 10  # a line indented so far under a table's row goes on one of its cells (a paragraph opens less indented)
PAGE_NUMBER_RE = re.compile(rf"{PAGE_NUMBER}|[Tt]rang\s+\d{{1,3}}(?:\s*/\s*\d{{1,3}})?")
PAGE_OF_RE = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")  # "1/4" alone on a line: a page of so many (not "15/3", a date)
TITLE_KINDS = {"part", "chapter", "section"}
# What makes a list's opening line a sentence of its own: a value, or work put on someone.
LEAD_IN_RE = re.compile(r"\d|\b(?:chủ trì|phối hợp)\b", re.IGNORECASE)
# A heading that states a figure of what it titles: after a colon ("1. Công tác tổ chức: tối đa 20 điểm") or in
# brackets ("2. Thành phần Đoàn kiểm tra (05 thành viên)").
# (a few words may come first in the brackets: "1. Giai đoạn cứu trợ khẩn cấp (từ ngày 16/9/2024 đến ngày 30/9/2024)")
VALUE_HEADING_RE = re.compile(r":\s*[^:]*\d|\(\s*(?:[^\W\d]+\s+){0,4}\d[^()]*(?:\)|$)")
FIGURE_CELL = re.compile(r"[\d.,%\s/-]+")  # "8.000", "5,2%", "2025"
ALWAYS_HEADING = {"part", "chapter", "section", "roman", "heading", "table", "rowgroup"}
# The closing words of a directive, which speak of the text itself: "Chỉ thị này có hiệu lực …", "Yêu cầu … thực hiện
# Kế hoạch này"
_KINDS = "|".join(sorted((k.capitalize() for k in DOCUMENT_TYPES), key=len, reverse=True))
# (the one who asks may come first: "Bộ trưởng Bộ Y tế yêu cầu Thủ trưởng các đơn vị … thực hiện Chỉ thị này.")
THIS_TEXT_RE = re.compile(rf"(?:(?:{_KINDS}) này\b|(?:[^.;:\n]{{0,80}}?\s)?(?:Yêu cầu|Đề nghị|yêu cầu|đề nghị)\b[^.]*\b(?:{_KINDS}) này\b)")
TABLE_KINDS = {"table", "row", "rowgroup"}
SEPARATOR_CELL = re.compile(r":?-{2,}:?")
MAX_HEADER_LINES = 3  # lines a header row's words may run over
FIGURE_RE = re.compile(r"\d[\d.,]*")  # a figure written alone ("2.700", "58")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
RULE_LINE_RE = re.compile(r"[-+=:\s]*-{2,}[-+=:\s]*")  # a plain text's rule under a table's header: "----+-----"
ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
GROUP_NUMBER = re.compile(r"[IVXLC]+|[A-ZĐ]")
# Header cells of a task table (compared folded): the columns a row's actors and number are read from.
NUMBER_HEADS = tuple(fold(h) for h in ("stt", "tt", "số tt", "số thứ tự"))
LEAD_HEADS = tuple(fold(h) for h in ("chủ trì", "đơn vị thực hiện", "cơ quan thực hiện", "trách nhiệm thực hiện"))
COOPERATING_HEADS = (fold("phối hợp"),)
TABLE_HEADS = (*(fold(h) for h in ("nội dung", "nhiệm vụ", "công việc", "thời gian", "thời hạn", "sản phẩm", "kết quả")),
               *LEAD_HEADS, *COOPERATING_HEADS)
MAX_HEAD_CELL = 60


@dataclass
class _Table:
    """The columns of a task table, by index: row number (STT), lead agency, cooperating agencies; a
    table of figures ("Đơn vị | Năm 2023 | Năm 2024") assigns no task."""

    number: int | None
    lead: int | None
    cooperating: int | None
    figures: bool = False


@dataclass
class _Marker:
    """What opens a line: its kind, its number or symbol, and where the content after it starts."""

    kind: str
    key: str
    level: int
    content: int
    markdown: bool = False
    cells: list[str] | None = None
    table: _Table | None = None
    joined: bool = False  # a row whose cells wrapped onto the lines under it, read back column by column


@dataclass
class _Paragraph:
    """Lines of text read as one unit; `start` is the first line's start, `content` after any marker."""

    start: int
    content: int
    end: int
    marker: _Marker | None = None

    @property
    def structural(self) -> bool:
        """A heading line: it ends at its line end. An article title is one unless long (a wrapped sentence)."""
        if self.marker is None:
            return False
        short_article = self.marker.kind == "article" and self.end - self.content <= MAX_TITLE
        return self.marker.markdown or self.marker.kind in ALWAYS_HEADING | TABLE_KINDS or short_article


@dataclass
class _Node:
    """A marked paragraph and what falls under it, in document order (child nodes and paragraphs)."""

    kind: str
    stack_type: str
    rank: int
    title: _Paragraph | None = None
    caption: _Paragraph | None = None
    items: list = field(default_factory=list)

    @property
    def marker(self) -> _Marker:
        return self.title.marker


def _read_marker(text: str, start: int, end: int) -> _Marker | None:
    """The marker opening the line text[start:end] (leading whitespace already skipped)."""
    pos, markdown, level = start, False, 0
    if hashes := MD_HEADING_RE.match(text, pos, end):
        pos, markdown, level = hashes.end(), True, len(hashes.group("hashes"))
    if strong := EMPHASIS_RE.match(text, pos, end):
        pos = strong.end()
    marker = _match_marker(text[pos:end])
    if marker is None:
        return _Marker("heading", "", level, pos, True) if markdown else None
    kind, key, size, length = marker
    content = pos + length
    if more := EMPHASIS_RE.match(text, content, end) or strong and CLOSING_EMPHASIS_RE.match(text, content, end):
        content = more.end()  # (or the marker's own emphasis closing after it: "**Điều 4.** Chánh Văn phòng …")
    if kind == "bullet" and _indent(text, start) >= NESTED_BULLET_INDENT:
        size = 1  # "  - Ngân sách tỉnh cấp …" under "- Tổng dự toán …, trong đó:": an item of the item above
    return _Marker(kind, key, size, content, markdown)


def _match_marker(line: str) -> tuple[str, str, int, int] | None:
    """(kind, key, level, marker length) for one line, or None when it opens with no marker."""
    if legal := LEGAL_RE.match(line):
        after = line[legal.end():]
        if legal.group("sep").strip() or not after or after[0].isupper():
            key = " ".join(legal.group("key").split())
            key = key.lower() if key.upper().startswith("THỨ") else key  # "PHẦN THỨ NHẤT" is "Phần thứ nhất"
            return LEGAL_KINDS[legal.group("word").capitalize()], key, 0, legal.end()
    if (part := PART_LETTER_RE.match(line)) and is_caps(line[part.end():]):
        return "part", part.group("key"), 0, part.end()
    if (roman := ROMAN_RE.match(line)) and roman.group("key"):
        return "roman", roman.group("key"), 0, roman.end()
    if number := NUMBER_RE.match(line):
        key = number.group("key")
        if number.group("sep") or "." in key:
            return "num", key, key.count(".") + 1, number.end()
    if letter := LETTER_RE.match(line):
        return "letter", letter.group("key"), 0, letter.end()
    if bullet := BULLET_RE.match(line):
        return "bullet", BULLETS[bullet.group("key")], 0, bullet.end()
    return None


def _lines(text: str, start: int, end: int):
    """(start after indentation, end before trailing spaces) of each line in the range; None if blank."""
    offset = start
    for raw in text[start:end].split("\n"):
        if raw.strip():
            yield offset + len(raw) - len(raw.lstrip()), offset + len(raw.rstrip())
        else:
            yield None
        offset += len(raw) + 1


def _continues(text: str, before: _Paragraph, after: _Paragraph) -> bool:
    """True when `after` is the rest of a sentence a page break cut out of `before`."""
    if after.marker is not None or before.structural:
        return False
    last = plain(text[max(before.content, text.rfind("\n", before.content, before.end) + 1):before.end])
    first = plain(text[after.start:after.end])
    return goes_on_after_break(last, first)


TABLE_CAPTION_RE = re.compile(r"(?:bảng|biểu|danh sách)\b", re.IGNORECASE)  # a table's caption over it ("Bảng 2. …")
BOLD_LINE_RE = re.compile(r"\*\*[^*\n]{3,150}\*\*")  # a line in bold alone over a table: its caption
# "(Đơn vị tính: triệu đồng)", "ĐVT: người", "(đơn vị tính giá trị: triệu đồng)"
UNIT_STATED_RE = re.compile(r"\b(?:đơn vị tính|ĐVT)(?:\s+[^\s:()]+){0,2}\s*:", re.I)


def table_cells(line: str) -> list[str] | None:
    """The cells of a pipe- or tab-separated table line ("1 | Nội dung | Sở Y tế"), or None."""
    line = line.strip()
    if "|" not in line and "+" in line and RULE_LINE_RE.fullmatch(line):
        parts = line.strip("+").split("+")  # "----+--------+----": a plain text's rule under its header
    elif "|" in line:
        parts = line.strip("|").split("|")
    elif "\t" in line:
        parts = line.split("\t")
    else:
        return None
    # (without the emphasis a Markdown table puts on a cell: "| **Tổng cộng** | **37** |")
    return [part.strip().strip("*").strip() for part in parts] if len(parts) >= 2 else None


def _table_header(cells: list[str], ruled: bool = False) -> _Table | None:
    """The column roles when `cells` is the header row of a table (short cells naming columns); a row
    `ruled` off from the next ("|---|---|") heads a table whatever its columns are, two or more."""
    folded = [" ".join(fold(plain(cell)).split()) for cell in cells]
    # (of two columns, only ruled off: "| Địa phương | Số hộ được hỗ trợ |" over "|---|---|")
    if len(cells) < (2 if ruled else 3) or any(len(cell) > MAX_HEAD_CELL for cell in folded):
        return None
    if not any(any(head in cell for head in TABLE_HEADS) or cell in NUMBER_HEADS for cell in folded):
        return _Table(number=None, lead=None, cooperating=None, figures=True) if ruled else None

    def column(heads: tuple[str, ...], exact: bool = False) -> int | None:
        return next((i for i, cell in enumerate(folded) if (cell in heads if exact else any(h in cell for h in heads))), None)

    return _Table(number=column(NUMBER_HEADS, exact=True), lead=column(LEAD_HEADS), cooperating=column(COOPERATING_HEADS))


def _header_lines(text: str, lines: list, at: int, cells: list[str] | None) -> list[list[str]]:
    """The lines that continue a header row `cells` column by column, when a rule line or the table's first row closes
    them: lines of as many cells, no figure in any, the first one blank (a row's number is never blank under a header);
    none else."""
    if not cells or len(cells) < 2:
        return []
    found = []
    for line in lines[at + 1 : at + 1 + MAX_HEADER_LINES + 1]:
        below = table_cells(text[line[0]:line[1]]) if line is not None else None
        raw = text[line[0]:line[1]].strip() if line is not None else ""
        if below is not None and raw.startswith("|") and not raw.endswith("|"):
            below = _wrapped_cells(raw)  # "    | (người) | …" under "STT | …": its first cells blank
        if found and below is not None and _row_number(below) == 1:
            return found  # (or the table's first row under it, as a text with no rule writes it)
        if below is None or len(below) != len(cells):
            return []
        if all(SEPARATOR_CELL.fullmatch(cell) for cell in below if cell):
            return found
        if below[0] or any(re.search(r"\d", cell) for cell in below):
            return []
        found.append(below)
    return []


ROW_NUMBER_CELL_RE = re.compile(r"(\d{1,3})[._]?")  # a row's number as its first cell writes it ("5", "5.", a scan's "5_")


def _row_number(cells: list[str]) -> int | None:
    """The number a row's first cell gives it, or None."""
    found = ROW_NUMBER_CELL_RE.fullmatch(cells[0].strip()) if cells else None
    return int(found.group(1)) if found else None


def _goes_on(ended: tuple[_Table, int, int], cells: list[str]) -> bool:
    """Whether a line of cells after a blank line goes on a table the blank line closed: as many cells, and the number
    after its last row's (or, after numbered rows, its total: "Tổng cộng | 18.190 | 3.325")."""
    _, width, last = ended
    if len(cells) != width or not last:
        return False
    return _row_number(cells) == last + 1 or bool(TOTAL_ROW_RE.match(" ".join(cells[:2]).strip()))


# a line that groups the rows of a table written without its bars ("I. TẬP THỂ", "II. CÁ NHÂN"): a number, a short label
GROUP_LINE_RE = re.compile(r"([IVXLC]+|[A-Z])\.\s+(\S.{0,60})")


def _row_below(text: str, lines: list, at: int, width: int) -> int | None:
    """The number of the row on the line after `at`, when it is a row of `width` cells ("1 | Bà Đặng Thị Kim Oanh | …",
    not the header of another table); else None."""
    following = lines[at + 1] if at + 1 < len(lines) else None
    cells = table_cells(text[following[0]:following[1]]) if following is not None else None
    return _row_number(cells) if cells is not None and len(cells) == width else None


def _heads_figures(cells: list[str] | None, below: list[str]) -> bool:
    """A row of words over a row of figures as wide ("Năm | Số hội viên …" over "2025 | 8.000 | …") heads a
    table whatever its columns are, as a row ruled off from the next ("|---|---|") does."""
    return cells is not None and len(below) == len(cells) and not any(re.search(r"\d", c) for c in cells) \
        and sum(bool(FIGURE_CELL.fullmatch(c)) for c in below) * 2 > len(below)


def _row_marker(table: _Table, cells: list[str], line_start: int) -> _Marker:
    number = cells[table.number].strip() if table.number is not None and table.number < len(cells) else ""
    task_columns = [i for i in (table.lead, table.cooperating) if i is not None]
    filled = [i for i, cell in enumerate(cells) if cell and i != table.number]
    if GROUP_NUMBER.fullmatch(number) and not any(cells[i] for i in task_columns if i < len(cells)) and len(filled) <= 1:
        return _Marker("rowgroup", number, 0, line_start, cells=cells, table=table)
    key = number.rstrip(".") if ROW_NUMBER.fullmatch(number) else ""
    return _Marker("row", key, 0, line_start, cells=cells, table=table)


def _wrapped_cells(line: str) -> list[str] | None:
    """The cells of a line of a plain-text table aligned with spaces whose first cell is blank ("    |dịch cho tuyến xã
    |   |Nghiệp vụ": no bar closes it, as a Markdown row's does), or None."""
    line = line.strip()
    if not line.startswith("|") or line.endswith("|"):
        return None
    return ["", *(part.strip() for part in line[1:].split("|"))]


def _wraps_row(cells: list[str], above: _Marker, table: _Table) -> bool:
    """Whether a line of cells, its first blank, goes on the numbered row above it: some other cell written, no total
    ("Cộng"), as wide as the row or narrower."""
    if above.table is not table or not above.key or above.cells is None:
        return False
    return len(cells) <= len(above.cells) and any(cells) and not TOTAL_ROW_RE.match(" ".join(cells).strip())


def _page_number(line: str) -> bool:
    """A line that is a page's number: "- 2 -", "Trang 2/3", "2/3"."""
    page_of = PAGE_OF_RE.fullmatch(line)
    return bool(PAGE_NUMBER_RE.fullmatch(line) or page_of and 0 < int(page_of.group(1)) <= int(page_of.group(2)))


def _unheaded(text: str, heads: set[str]) -> str:
    """The text with its running heads blanked, each character a space (its offsets kept)."""
    if not heads:
        return text
    return "\n".join(" " * len(line) if line.strip(" \t\f") in heads else line for line in text.split("\n"))


def _by_page_break(text: str, start: int, end: int) -> bool:
    """Whether the line from `start` to `end` stands right before or after a form feed (blank lines between)."""
    return re.match(r"\s*\f", text[end : end + 200]) is not None or re.search(r"\f\s*$", text[max(0, start - 200) : start]) is not None


def _furniture(text: str, start: int, end: int, heads: set[str]) -> bool:
    """A line of page furniture: a page's number ("- 2 -", "Trang 2/3", "2/3"; a bare "2" by a form feed or over a
    running head), a running head."""
    line = text[start:end].strip(" \t\f")
    return _page_number(line) or line in heads or bool(re.fullmatch(r"\d{1,3}", line)) and (
        _by_page_break(text, start, end) or _over_head(text, end, heads))


def _over_head(text: str, end: int, heads: set[str]) -> bool:
    """Whether the first line written after `end` (blank lines between) is a running head."""
    after = re.match(r"[ \t]*\n(?:[ \t\f]*\n)*[ \t\f]*([^\n]*)", text[end : end + 400])
    return after is not None and after.group(1).strip() in heads


def without_furniture(text: str, heads: set[str]) -> str:
    """A span of text without the page furniture a page break left inside it: its page numbers, running heads and
    form feeds (and the blank lines around them, as one)."""
    if "\f" not in text and not any(_page_number(line.strip()) for line in text.split("\n")):
        return text
    kept, at = [], 0
    for line in text.split("\n"):
        if not _furniture(text, at, at + len(line), heads):
            kept.append(line.replace("\f", ""))
        at += len(line) + 1
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", "\n".join(kept)).strip("\n")


def _indent(text: str, line_start: int) -> int:
    """How far a line's text (starting at `line_start`, after its indentation) stands from the line's start."""
    return line_start - text.rfind("\n", 0, line_start) - 1


def _paragraphs(text: str, start: int, end: int, heads: set[str] = frozenset()) -> list[_Paragraph]:
    """Group lines into paragraphs; join paragraphs a page break split; one paragraph per table row.

    The lines of a text wrapped at a fixed width (a PDF's, a scan's) are joined until a blank line or a
    marker; in a text typed a paragraph per line (no line break inside a paragraph), each line stands alone.
    `heads`: the text's running heads (`running_heads`), skipped with its page numbers.
    """
    paragraphs: list[_Paragraph] = []
    open_paragraph = False
    table: _Table | None = None
    # a table a blank line closed (a page break: "4 | …" at the foot of one page, "5 | …" at the head of the next):
    # its columns, how many, the number of its last row
    width, last = 0, 0
    ended: tuple[_Table, int, int] | None = None
    lines = list(_lines(text, start, end))
    # (a table's rows aside: a row its loader joined from its wrapped cells is as long as it takes)
    wrapped = all(line is None or line[1] - line[0] <= UNWRAPPED_LINE or "|" in text[line[0]:line[1]] for line in lines)
    # a wrapped text opens a paragraph with an indented first line, as a page does ("    Số liệu …")
    margin = min((_indent(text, line[0]) for line in lines if line), default=0)
    widest = max((_indent(text, line[1]) for line in lines if line), default=0)
    skip = 0
    for at, line in enumerate(lines):
        if skip:
            skip -= 1  # a line of a header already read with the line it continues
            continue
        if line is None:
            ended = (table, width, last) if table is not None else ended
            open_paragraph, table = False, None
            continue
        line_start, line_end = line
        if _furniture(text, line_start, line_end, heads):
            continue  # "-- 2 --", "1/4": a page's number, and the page's running head, inside a sentence the page break cut
        if table is None and not re.search(r"\w", text[line_start:line_end]):
            open_paragraph = False  # a rule drawn across the page ("--------", "* * *"): no paragraph of its own
            continue
        cells = table_cells(text[line_start:line_end])
        if table is not None and cells is None and (group := GROUP_LINE_RE.fullmatch(text[line_start:line_end].strip())) \
                and _row_below(text, lines, at, width) == 1:
            cells = [group.group(1), group.group(2), *[""] * (width - 2)]  # "II. CÁ NHÂN" between rows: a group of rows
        if table is None and ended is not None and cells is not None and _goes_on(ended, cells):
            table, width, last = ended  # the rows after the break go on numbering the table's, as wide: its rows
        ended = None
        # (on the line right under the row: not a total a rule parts from the rows, "----+----" over "    | Toàn tỉnh | …")
        row = paragraphs[-1].marker if table is not None and at and lines[at - 1] is not None and paragraphs \
            and lines[at - 1][1] == paragraphs[-1].end else None
        if row is not None and row.kind == "row":
            # "                           chỉ huy Khu vực I (Hoàng Su Phì, …": a cell of the row above wrapped far into its
            # column, with no bar between the columns of a line so short; "    |dịch cho tuyến xã |   |Nghiệp vụ": the
            # row above's cells wrapped onto the next line, its number blank, each cell under its column
            under = _wrapped_cells(text[line_start:line_end])
            wraps = under is not None and _wraps_row(under, row, table)
            if wraps or cells is None and _indent(text, line_start) >= CELL_INDENT:
                paragraphs[-1].end = line_end
                if wraps:
                    row.cells[:] = [" ".join(filter(None, (a, b))) for a, b in zip_longest(row.cells, under, fillvalue="")]
                    row.joined = True
                continue
        if table is not None and cells is not None:
            if not all(SEPARATOR_CELL.fullmatch(cell) for cell in cells if cell):
                paragraphs.append(_Paragraph(line_start, line_start, line_end, _row_marker(table, cells, line_start)))
                last = _row_number(cells) or last
            continue
        if table is not None:
            open_paragraph, table = False, None  # the line after a table starts a paragraph of its own
        # a header written on several lines, each column's words under each other, over a rule ("Máu tiếp" over
        # "nhận" over "(đơn vị)" over "----+----"): one header row, its cells joined
        continued = _header_lines(text, lines, at, cells)
        if continued:
            cells = [" ".join(filter(None, column)) for column in zip(cells, *continued)]
        following = lines[at + 1 + len(continued)] if at + 1 + len(continued) < len(lines) else None
        below = table_cells(text[following[0]:following[1]]) if following is not None else None
        ruled = bool(below) and (all(SEPARATOR_CELL.fullmatch(cell) for cell in below if cell) or _heads_figures(cells, below))
        if cells is not None and (header := _table_header(cells, ruled)) is not None:
            table, width, last = header, len(cells), 0
            header_end = lines[at + len(continued)][1]
            paragraphs.append(_Paragraph(line_start, line_start, header_end,
                                         _Marker("table", "", 0, line_start, cells=cells, table=header)))
            skip = len(continued)
            open_paragraph = True
            continue
        marker = _read_marker(text, line_start, line_end)
        current = paragraphs[-1] if paragraphs else None
        if marker is not None and open_paragraph and current is not None and wrapped \
                and _closes_bracket(text[current.start:current.end], text[line_start:line_end]):
            marker = None  # "… đạt từ 5 điểm trở lên (thang điểm" over "10) và …": the bracket closes, no item opens
        indented = _indent(text, line_start) > margin + 1
        # (after a sentence's end, or a line too short to have wrapped: "      2. Hỗ trợ lương thực" over "      Đối với …")
        short = at > 0 and lines[at - 1] is not None and _indent(text, lines[at - 1][1]) < SHORT_LINE * widest
        opens = indented and current is not None and (plain(text[current.content:current.end])[-1:] in TERMINAL or short)
        # (an article's line wrapped at full width goes on in a number too: "Điều 3. … thay thế Quyết định số 312/QĐ-UBND
        # ngày" over "20/02/2026 của …")
        first = plain(text[line_start:line_end])[:1]
        # (or in a capital, when the article's line ends no sentence at full width: "Điều 2. … có hiệu lực … và thay thế"
        # over "Quyết định số 41/QĐ-CTĐ …")
        article = current is not None and current.marker is not None and current.marker.kind == "article" and not short
        if marker is None and open_paragraph and current is not None and wrapped and not opens and (
                not current.structural or first.islower() or first.isdigit() and article
                or first.isupper() and article and plain(text[current.content:current.end])[-1:] not in TERMINAL):
            current.end = line_end
            continue
        paragraph = _Paragraph(line_start, marker.content if marker else line_start, line_end, marker)
        if current is not None and not open_paragraph and _continues(text, current, paragraph):
            current.end = line_end
        else:
            paragraphs.append(paragraph)
        open_paragraph = True
    return paragraphs


def _closes_bracket(before: str, line: str) -> bool:
    """A line opening with what reads as a marker ("10)", "b)") closes a bracket the paragraph before it left open."""
    return before.count("(") > before.count(")") and re.match(r"\s*\w{1,3}\)", line) is not None


def _stack_type(marker: _Marker) -> tuple[str, int]:
    if marker.kind in TABLE_KINDS:
        return marker.kind, DYNAMIC_RANK
    if marker.kind in RANKS:
        return marker.kind, RANKS[marker.kind]
    if marker.kind == "heading":
        return f"h{marker.level}", RANKS["roman"] + marker.level
    if marker.kind == "num":
        return f"num{marker.level}", DYNAMIC_RANK
    if marker.kind == "bullet":
        return f"bullet{marker.key}{'>' * marker.level}", DYNAMIC_RANK
    return marker.kind, DYNAMIC_RANK


def _is_title_line(text: str, paragraph: _Paragraph) -> bool:
    """A short line that ends no sentence, unmarked or a Markdown heading of no number ("## KẾT QUẢ CÔNG TÁC … NĂM
    2027" under "## Phần thứ nhất")."""
    line = plain(text[paragraph.content:paragraph.end])
    return _unnumbered(paragraph) and 0 < len(line) <= 200 and line[-1] not in TERMINAL


def _unnumbered(paragraph: _Paragraph) -> bool:
    """A paragraph of no marker, or a Markdown heading that numbers nothing."""
    return paragraph.marker is None or paragraph.marker.kind == "heading" and not paragraph.marker.key


def _ends_a_list(text: str, stack: list[_Node]) -> bool:
    """The open node is an item of a list the body opens itself ("a) Chỉ đạo …; … g) Tổng hợp, báo cáo …."),
    whole in its own sentence: a paragraph after the last such item closes the text, not the item."""
    if len(stack) != 2 or stack[1].kind not in ("letter", "num") or stack[1].items:
        return False
    own = plain(text[stack[1].marker.content:stack[1].title.end]).rstrip(CLOSERS)
    return own[-1:] in ".;!?…"


def _closes_the_text(text: str, paragraph: _Paragraph, stack: list[_Node]) -> bool:
    """An unmarked paragraph after a list that speaks of the text itself ("Chỉ thị này có hiệu lực kể từ ngày ký.",
    "Yêu cầu Giám đốc các sở … nghiêm túc thực hiện Chỉ thị này."): the text's closing words, not the last
    item's, however deep the list."""
    return len(stack) > 2 and bool(THIS_TEXT_RE.match(plain(text[paragraph.content:paragraph.end])))


def _opens_a_section(text: str, paragraph: _Paragraph, stack: list[_Node]) -> bool:
    """An unnumbered title in capitals after numbered parts ("TỔ CHỨC THỰC HIỆN" after "1. …", "2. …"):
    a section beside the outermost one open, not a line of the last item (a Chương/Điều text has none), nor a table's
    caption ("BẢNG PHÂN BỔ QUÀ TẾT …" inside "b) Tiếp nhận … theo phân bổ dưới đây;", whose list goes on after it)."""
    line = plain(text[paragraph.content:paragraph.end])
    return len(stack) > 1 and stack[1].rank >= RANKS["roman"] and _is_title_line(text, paragraph) \
        and is_caps(line) and len(line.split()) >= 2 and not _figures_row(line) and not TABLE_CAPTION_RE.match(line)


def _figures_row(line: str) -> bool:
    """A line of figures in columns, as a table's total row is typed ("TỔNG CỘNG    2.700    58    320"): two numbers
    or more that are no years."""
    return sum(bool(FIGURE_RE.fullmatch(word)) and not YEAR_RE.fullmatch(word) for word in line.split()) >= 2


def _titles_its_paragraphs(text: str, node: "_Node") -> bool:
    """A khoản or point of an article that is only a title ("3. Hỗ trợ di dời khẩn cấp") and holds no item
    yet: the unmarked paragraphs after it are its text, not the article's."""
    if node.kind not in ("num", "letter") or any(isinstance(item, _Node) for item in node.items):
        return False
    own = plain(text[node.marker.content:node.title.end]).rstrip(CLOSERS)
    return bool(own) and own[-1] not in ".;!?…"


def _labels_its_paragraphs(text: str, node: "_Node") -> bool:
    """A dashed item that is only a label, ended by a colon, with nothing under it yet ("- Đồng chí Kim Sóc Khanh, Chủ
    tịch Hội Chữ thập đỏ xã Vĩnh Hải:"): the unmarked paragraph right after it is what it labels, not the list's end."""
    if node.kind != "bullet" or node.items:
        return False
    own = plain(text[node.marker.content:node.title.end]).strip()
    return own.endswith(":") and len(own.split()) <= MAX_LABEL_WORDS


def _restarted_lists(paragraphs: list[_Paragraph]) -> set[int]:
    """The paragraphs of numbered lists that start again from 1 inside an item of a list of their kind, which goes on
    after them ("2. Phân bổ đại biểu:" over "1. Thị trấn Quế: 07 đại biểu" … "17. Xã Thi Sơn: 05 đại biểu", then "3.
    Tiêu chuẩn đại biểu"): the list after "2." runs past 3, so its "3." is its own, and the outer "3." comes after it."""
    numbered = [(i, p.marker) for i, p in enumerate(paragraphs) if p.marker is not None
                and (p.marker.kind == "num" and p.marker.key.isdigit() or _stack_type(p.marker)[1] < DYNAMIC_RANK)]
    inner: set[int] = set()
    for at, (_, marker) in enumerate(numbered):
        before = numbered[at - 1][1] if at else None
        if marker.kind != "num" or marker.key != "1" or before is None or before.kind != "num" or before.level != marker.level:
            continue
        run, last = [], 0
        for later, other in numbered[at:]:
            if other.kind != "num" or other.level != marker.level or int(other.key) != last + 1:
                break
            run, last = [*run, later], last + 1
        after = numbered[at + len(run)][1] if at + len(run) < len(numbered) else None
        outer = int(before.key)
        if after is not None and after.kind == "num" and after.level == marker.level and int(after.key) == outer + 1 <= last:
            inner.update(run)
    return inner


def _build_tree(text: str, paragraphs: list[_Paragraph]) -> _Node:
    """Nest paragraphs under their markers; unmarked paragraphs continue the node above them."""
    root = _Node("root", "root", RANKS["root"])
    stack = [root]
    closing: list[tuple[_Node, _Paragraph]] = []
    nested = _restarted_lists(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        marker = paragraph.marker
        if _unnumbered(paragraph):
            top = stack[-1]
            if top.kind in TITLE_KINDS and top.caption is None and not top.items and _is_title_line(text, paragraph) \
                    and not plain(text[top.marker.content:top.title.end]).strip(" .:-–"):
                top.caption = paragraph
                continue
        if marker is None and _opens_a_section(text, paragraph, stack):
            paragraph.marker = _Marker("heading", "", 0, paragraph.content)
            del stack[1:]
            closing = []
            node = _Node("heading", "h0", RANKS["roman"], paragraph)
            root.items.append(node)
            stack.append(node)
            continue
        if marker is None:
            in_article = any(node.kind == "article" for node in stack)
            if in_article and _titles_its_paragraphs(text, top):
                top.items.append(paragraph)  # "3. Hỗ trợ di dời khẩn cấp" over its paragraph: the khoản's text
                continue
            if _labels_its_paragraphs(text, top):
                top.items.append(paragraph)  # "- Đồng chí Kim Sóc Khanh, Chủ tịch …:" over what the comrade said
                continue
            listed = ({"bullet", "num", "letter"} if in_article else {"bullet"}) | TABLE_KINDS
            owner = next(node for node in reversed(stack) if node.kind not in listed)
            if top.kind in listed or closing or _ends_a_list(text, stack) or _closes_the_text(text, paragraph, stack):
                closing.append((owner, paragraph))
            owner.items.append(paragraph)
            continue
        if closing:
            # "- …\n- …\nTới dự hội nghị …\n1. …": a paragraph after a list ends it; the next item is not its
            while stack[-1] is not closing[-1][0]:
                stack.pop()
        closing = []
        stack_type, rank = _stack_type(marker)
        if index in nested:
            stack_type = f"{stack_type}.inner"  # a list inside the item before it, not beside it
        if marker.kind in TABLE_KINDS:
            # a table belongs to the item above its bullets; rows to their table (or group row)
            inner = {"table": {"bullet", "row", "rowgroup", "table"}, "rowgroup": {"row", "rowgroup"}, "row": {"row"}}
            while stack[-1].kind in inner[marker.kind]:
                stack.pop()
            node = _Node(marker.kind, stack_type, rank, paragraph)
            stack[-1].items.append(node)
            stack.append(node)
            continue
        while stack[-1].kind in TABLE_KINDS:
            stack.pop()  # a list after a table goes on the item that holds the table, not on its last row
        if rank < DYNAMIC_RANK:
            while stack[-1].rank >= rank:
                stack.pop()
        else:
            floor = max(i for i, node in enumerate(stack) if node.rank < DYNAMIC_RANK)
            same = [i for i in range(floor + 1, len(stack)) if stack[i].stack_type == stack_type]
            if same:
                del stack[same[-1]:]
        node = _Node(marker.kind, stack_type, rank, paragraph)
        stack[-1].items.append(node)
        stack.append(node)
    for owner, paragraph in closing:
        owner.items.remove(paragraph)
        root.items.append(paragraph)
    return root


class _Emitter:
    """Walk the tree and produce clauses with paths, labels, heading chains and actors."""

    def __init__(self, text: str, document_id: str, offset: int, aliases: AliasTable, addressees: list[str] = (),
                 heads: set[str] = frozenset()):
        self.text = text
        self.heads = heads  # the text's running heads (`running_heads`)
        self.document_id = document_id
        self.offset = offset
        self.aliases = aliases
        self.clauses: list[Clause] = []
        self.ids: set[str] = set()
        self.addressees = list(addressees)  # the agencies a letter's "Kính gửi" list names
        self.asking: set[str] = set()  # the lines that open a list by asking them to carry it out

    def emit(self, path: list[tuple[str, str, str]], headings: list[str], start: int, end: int,
             actors: list[Actor] | None = None, asked: list[str] = (), text: str | None = None) -> None:
        """Add one clause; its actors are read from headings and text unless given, and are those `asked` to carry out
        the list it is an item of when it names none that leads; `text`, when given, is its text as read (the span's
        words in another order)."""
        start, end = _trim(self.text, start, end)
        if start >= end:
            return
        elements = [element for element, _, _ in path]
        clause_id = f"{self.document_id}:" + ".".join(s for _, _, s in path)
        base, n = clause_id, 2
        while clause_id in self.ids:
            clause_id, n = f"{base}-{n}", n + 1
        self.ids.add(clause_id)
        label = ", ".join(label for _, label, _ in path if label)
        clause_text = text or without_furniture(self.text[start:end], self.heads)
        if (opened := OPENED_EMPHASIS_RE.search(self.text, max(0, start - 3), start)) and opened.group(0) in clause_text:
            # "4.1. **Ban Dân vận Tỉnh ủy** chủ trì …": the bold its marker opened closes inside it, no mark of its words
            clause_text = clause_text.replace(opened.group(0), "", 1)
        if actors is None:
            actors = extract_actors(headings, clause_text, self.aliases)
            if asked and not any(a.role == "lead" for a in actors) and not of_the_whole(clause_text) \
                    and not any(self.aliases.find(heading) for heading in headings if heading not in self.asking):
                # an item with no subject under "… đề nghị các đơn vị triển khai một số nội dung sau:": those asked do it
                # (not one under a heading that names the body it is about: "2. Hội đồng kiểm kê của Hội tỉnh")
                actors = [Actor(name=name, role="lead") for name in dict.fromkeys(asked)] \
                    + [a for a in actors if a.name not in asked]
        self.clauses.append(Clause(
            id=clause_id,
            document_id=self.document_id,
            path=elements,
            label=label[:1].upper() + label[1:],
            headings=headings,
            text=clause_text,
            start=self.offset + start,
            end=self.offset + end,
            actors=actors,
        ))

    def root(self, root: _Node, prefix: list | None = None, headings: list[str] | None = None) -> None:
        """Emit a text's clauses; `prefix` and `headings` place an attached text under its title."""
        prefix, headings = prefix or [], headings or []
        items = self._grounds_as_intro(root.items)
        nodes = [item for item in items if isinstance(item, _Node)]
        before = True
        count = {"intro": 0, "closing": 0}
        lead_in: list[str] = []
        asked: list[str] = []
        for item in items:
            if isinstance(item, _Node):
                before = False
                # "… Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo:" then "a) …", "b) …": the
                # sentence that puts the body's own list on agencies heads its items
                listed = item.kind in ("letter", "num", "bullet")
                self.node(item, prefix, headings + (lead_in if listed else []), root, asked if listed else [])
                continue
            lead_in, asked = self._lead_in(item), self._asked(item)
            part = "intro" if before else "closing"
            count[part] += 1
            n = str(count[part])
            if not nodes:
                path = [(f"đoạn {n}", f"đoạn {n}", slug(f"đoạn {n}"))]
            elif part == "intro":
                path = [("mở đầu", "Phần mở đầu", "mo-dau"), (n, f"đoạn {n}", n)]
            else:
                path = [("kết", "Phần kết", "ket"), (n, f"đoạn {n}", n)]
            preamble = part == "intro" and bool(nodes)
            # (an agency's label over its items gives it no task of its own: the items are its tasks)
            label = self._agency_label(plain(self.text[item.content:item.end]))
            self.emit(prefix + path, headings, item.content, item.end, [] if preamble or label else None)

    def _grounds_as_intro(self, items: list) -> list:
        """The items of a text, the grounds it opens with written as a list ("- Căn cứ Chỉ thị số 43-CT/TW …;", "- Xét
        đề nghị của …") read as the paragraphs of its preamble they are, not as its first part."""
        read: list = []
        for item in items:
            grounds = isinstance(item, _Node) and item.kind == "bullet" and not item.items and item.title is not None \
                and GROUND_LINE_RE.match(plain(self.text[item.title.content : item.title.end]))
            if grounds and not any(isinstance(before, _Node) for before in read):
                read.append(item.title)
            else:
                read.append(item)
        return read

    def table(self, node: _Node, path: list, headings: list[str], asked: list[str] = ()) -> None:
        """A table's rows (and group rows, numbered in order when unnumbered), under its header row as a heading."""
        heading = plain(self.text[node.title.start:node.title.end])
        title = self.text[node.title.start:node.title.end].strip()
        if node.marker is not None and node.marker.cells and ("\n" in title or node.kind == "table" and "\t" in title):
            heading = " | ".join(node.marker.cells)  # a header written on several lines, one row (or typed with tabs)
        # the line over the header that says the table's unit ("Bảng 1. Kết quả … (đơn vị tính: triệu đồng)") heads its rows
        # (and so does its caption: "**Bảng phân bổ chỉ tiêu theo địa bàn**" says what its rows are of)
        before = self.text[: node.title.start].rstrip()
        line = before[before.rfind("\n") + 1 :].strip()
        above = plain(line)
        captions = bool(TABLE_CAPTION_RE.match(above) or BOLD_LINE_RE.fullmatch(line)) and above[-1:] not in ".;"
        headings = headings + [above] if (UNIT_STATED_RE.search(above) or captions) and above not in headings else headings
        rows = [item for item in node.items if isinstance(item, _Node)]
        if not rows:  # a header row alone, or a group row with no task under it
            self.emit(path + ([("Bảng", "bảng", "bang")] if node.kind == "table" else []), headings,
                      node.title.start, node.title.end, asked=asked)
            return
        groups = 0
        for n, row in enumerate(rows, start=1):
            if row.kind == "rowgroup":
                groups += 1
                key = row.marker.key or str(groups)
                self.table(row, path + [(f"Nhóm {key}", f"nhóm {key}", slug(f"nhóm {key}"))], headings + [heading], asked)
                continue
            key = row.marker.key or str(n)
            # (a row wrapped onto the lines under it reads cell by cell: "Ban Tổ chức -" over "Tuyên truyền" is one body)
            self.emit(path + [(f"Dòng {key}", f"dòng {key}", slug(f"dòng {key}"))], headings + [heading],
                      row.title.start, row.title.end, self._row_actors(row.marker), asked,
                      text=" | ".join(row.marker.cells) if row.marker.joined else None)

    def _row_actors(self, marker: _Marker) -> list[Actor] | None:
        """The "chủ trì" and "phối hợp" columns of a row; None (read the text) when the table has no such column."""
        columns = marker.table
        if columns.figures:
            return []  # "| Cơ quan Hội Chữ thập đỏ tỉnh | 22.150 | 24.900 |": a figure, not a task
        if columns.lead is None:
            return None
        return table_actors(_cell(marker.cells, columns.lead), _cell(marker.cells, columns.cooperating), self.aliases)

    def node(self, node: _Node, path: list, headings: list[str], parent: _Node, asked: list[str] = ()) -> None:
        if node.kind in TABLE_KINDS:
            self.table(node, path, headings, asked)
            return
        if node.kind == "num" and "." in node.marker.key and parent.kind == "num" and path \
                and node.marker.key.startswith(parent.marker.key + "."):
            path = path[:-1] + [(path[-1][0], "", path[-1][2])]  # "điểm 1.1" says "điểm 1" already
        path = path + [self._element(node, path, parent)]
        heading = self._heading_text(node)
        is_heading = self._is_heading(node)
        leading = []
        for item in node.items:
            if isinstance(item, _Node):
                break
            leading.append(item)
        rest = node.items[len(leading):]
        has_children = any(isinstance(item, _Node) for item in rest)
        own = False
        lead_in: list[str] = []
        if not is_heading:
            end = leading[-1].end if leading else node.title.end
            self.emit(path, headings, node.marker.content, end, asked=asked)
            own = True
        elif leading and self._says_before_leading_in(node):
            # "2. Tiền mặt … nộp … trong vòng 01 ngày làm việc. Tài khoản tiếp nhận của Hội:" over "Số tài khoản …": what the
            # title says before it leads in is a clause of its own, its paragraphs follow
            self.emit(path, headings, node.marker.content, node.title.end, asked=asked)
            own, rest = True, node.items
        elif leading:  # the heading's first paragraph is its clause; the others follow as paragraphs
            self.emit(path, headings + [heading], leading[0].content, leading[0].end, asked=asked)
            own, rest = True, node.items[1:]
            # ("III. LỊCH BÀN GIAO" over "**Đợt 1:** 07 hộ …" over "- Địa điểm: …": a label in bold heads the items after it)
            lead_in = self._bold_label(leading[0])
        elif not has_children or self._leads_in(node):
            self.emit(path, headings, node.marker.content, node.caption.end if node.caption else node.title.end, asked=asked)
            own = True
        paragraph_number = 1 if own else 0
        inner: list[str] = []  # those a paragraph of this item asks to carry out the list after it
        for item in rest:
            if isinstance(item, _Node):
                self.node(item, path, headings + [heading] + lead_in, node, inner or asked)
            else:
                lead_in, inner = self._lead_in(item), self._asked(item)
                paragraph_number += 1
                element = f"đoạn {paragraph_number}"
                self.emit(path + [(element, element, slug(element))], headings + [heading], item.content, item.end,
                          asked=asked)

    def _lead_in(self, paragraph: _Paragraph) -> list[str]:
        """A paragraph that opens the list after it heads its items: one putting the list on agencies
        ("… Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo:"), or one naming none ("Đề nghị đại
        biểu:" over "2. Mang theo danh sách …", "Hồ sơ gồm:"), whose words say what each item is about."""
        line = plain(self.text[paragraph.content:paragraph.end])
        if lead_in_addressees(line, self.aliases):
            return [line]
        if label := self._bold_label(paragraph):
            return label  # "**Đợt 1:** 07 hộ của các xã …" over "- Thời gian: …", "- Địa điểm: …": the label's items
        if not line.endswith(":"):
            return []
        if len(line.split()) <= MAX_LEAD_WORDS and not extract_actors([], line, self.aliases):
            return [line]  # a label, not an opening paragraph ("… như sau:")
        return [line] if self._agency_label(line) else []

    def _bold_label(self, paragraph: _Paragraph) -> list[str]:
        """A paragraph that opens with a label in bold ("**Đợt 1:** 07 hộ …"), as the heading of the items after it."""
        if BOLD_LABEL_RE.match(self.text, paragraph.content, paragraph.end):
            return [plain(self.text[paragraph.content:paragraph.end])]
        return []

    def _asked(self, paragraph: _Paragraph) -> list[str]:
        """Of a paragraph that opens a list by asking a letter's addressees to carry it out ("… đề nghị các đơn vị triển
        khai một số nội dung sau:"), those it asks; none else."""
        line = plain(self.text[paragraph.content:paragraph.end])
        asked = asked_in_lead_in(line, self.aliases, self.addressees)
        if asked:
            self.asking.add(line)
        return asked

    def _agency_label(self, line: str) -> bool:
        """A paragraph that names the agency doing the items after it, as it opens ("Ban Tuyên giáo Tỉnh ủy:",
        "Đảng đoàn Hội Chữ thập đỏ tỉnh lãnh đạo Hội Chữ thập đỏ các cấp:"), in a text of unnumbered paragraphs."""
        mentions = self.aliases.find(line)
        return line.endswith(":") and len(line.split()) <= MAX_LABEL_WORDS and bool(mentions) and mentions[0].start == 0

    def _heading_text(self, node: _Node) -> str:
        line = plain(self.text[node.title.start:node.title.end])
        if node.caption:
            caption = plain(self.text[node.caption.content:node.caption.end])
            line = f"{line} {caption}" if line[-1:] in ".:-–" else f"{line}. {caption}"
        return line

    def _is_heading(self, node: _Node) -> bool:
        if node.kind in ALWAYS_HEADING or node.marker.markdown:
            return True
        own = self._own_title(node).rstrip(CLOSERS)
        if not own:
            return True
        return own[-1] not in ".;!?…" and bool(node.items)

    def _own_title(self, node: _Node) -> str:
        """What a node's own line says, from after its marker to the end of its title."""
        return plain(self.text[node.marker.content:node.title.end])

    def _says_before_leading_in(self, node: _Node) -> bool:
        """A title that ends leading in to what follows (":") after a whole sentence of its own."""
        own = self._own_title(node)
        if node.kind in ALWAYS_HEADING or node.marker.markdown or not own.endswith(":"):
            return False
        return any(m.group(1).isupper() for m in re.finditer(r"[.!?]\s+(\w)", own))

    def _leads_in(self, node: _Node) -> bool:
        """A list opened by a sentence that states a value or assigns work of its own ("Toàn tỉnh tiếp
        nhận ít nhất 16.500 đơn vị máu, trong đó:", "Ban Công tác xã hội chủ trì … lập phương án …, trình
        … như sau:"), or a heading that states a figure of what it titles ("1. Công tác tổ chức: tối đa 20 điểm"):
        what it says is in no item, so the sentence is a clause too. A title ("5. Sở Y tế",
        "4. Mặt trận Tổ quốc …, các tổ chức xã hội thành phố:") only names who or what the list is about."""
        own = self._own_title(node).rstrip(CLOSERS)
        if node.kind == "roman" and not node.marker.markdown and not node.caption:
            # "II. TIÊU CHÍ CHẤM ĐIỂM (tổng điểm tối đa: 100 điểm)": a part's title may state its figure too
            return self._states_figure(own)
        if node.kind in ALWAYS_HEADING or node.marker.markdown or node.caption:
            return False
        if own.endswith(":") and LEAD_IN_RE.search(own):
            return True
        return self._states_figure(own)

    def _states_figure(self, heading: str) -> bool:
        """A heading states a figure of what it titles (not an agency's heading counting its units: "3. Ủy ban nhân
        dân các huyện (12 đơn vị)")."""
        return bool(VALUE_HEADING_RE.search(heading)) and not self.aliases.find(heading)

    def _element(self, node: _Node, path: list, parent: _Node) -> tuple[str, str, str]:
        """(path element, label part, id slug) for a node under `parent`."""
        key = node.marker.key
        in_article = any(element.startswith("Điều ") for element, _, _ in path)
        if node.kind in ("part", "chapter", "section", "article"):
            element = f"{LEGAL_NAMES[node.kind]} {key}"
            return element, element, slug(element)
        if node.kind == "roman":
            return key, f"Mục {key}", slug(key)
        if node.kind == "num":
            if in_article and node.marker.level == 1:
                return f"Khoản {key}", f"khoản {key}", slug(f"Khoản {key}")
            return key, f"điểm {key}", slug(key)
        if node.kind == "letter":
            if in_article:
                return f"Điểm {key}", f"điểm {key}", slug(f"Điểm {key}")
            # "tiết" under a numbered point ("điểm 1, tiết a"); a point itself anywhere else ("Mục II, điểm a")
            return key, f"{'tiết' if parent.kind == 'num' else 'điểm'} {key}", slug(key)
        if node.kind == "bullet":
            siblings = [item for item in parent.items if isinstance(item, _Node) and item.stack_type == node.stack_type]
            n = siblings.index(node) + 1
            word = "ý nhỏ" if parent.kind == "bullet" else "ý"
            return f"{key}{n}", f"{word} {n}", f"{BULLET_SLUGS[key]}{n}"
        own = self._own_title(node)
        title = own[:60].strip()
        # (shown cut at a word, not inside one: "… GIAI ĐOẠN 2027 - …", not "… 2027 - 2"; its slug as ever)
        shown = f"{own[:60].rsplit(' ', 1)[0].strip()} …" if len(own) > 60 and own[60].isalnum() and " " in own[:60] else title
        return shown, shown, slug(title) or "h"


def _cell(cells: list[str], column: int | None) -> str:
    return cells[column] if column is not None and column < len(cells) else ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and emphasis marks that wrap the whole span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    lead = len(text[start:end]) - len(text[start:end].lstrip("*_"))
    tail = len(text[start:end]) - len(text[start:end].rstrip("*_"))
    strip = min(lead, tail) if lead < end - start else 0
    return start + strip, end - strip


def _document(loaded: LoadedDocument, document_id: str, frame_metadata: dict) -> Document:
    # an empty list in front matter says nothing the text's own list would contradict
    declared = {k: v for k, v in loaded.metadata.items() if not (k in LIST_FIELDS and v == [])}
    metadata = {**frame_metadata, **declared}
    first_line = next((plain(line) for line in loaded.text.splitlines() if plain(line)), document_id)
    values: dict = {"id": document_id, "path": loaded.path, "sha256": loaded.sha256}
    for name in Document.model_fields:
        if name in values or name not in metadata or metadata[name] is None:
            continue
        value = metadata[name]
        if name in LIST_FIELDS:
            values[name] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        else:
            values[name] = str(value)
    values.setdefault("title", first_line)
    values.setdefault("type", "Văn bản")
    return Document(**values)


def parse_document(loaded: LoadedDocument, document_id: str, aliases: AliasTable) -> ParsedDocument:
    """Cut a loaded document into clauses, its header block, its signature block and its metadata.

    Args:
        loaded: the document as read from its file (`text` is the body after any front matter).
        document_id: the id clause ids are prefixed with (the file stem).
        aliases: the alias table agency names resolve through.

    Returns:
        The document's metadata (front matter over what the header states), its header block as a
        `kind="header"` clause, its signature block as a `kind="closing"` clause, its clauses in
        reading order (attached texts after the document's own, under their prefix), and the
        loader's metadata warnings; `text == file[start:end]` for every clause.

    Example:
        >>> parsed = parse_document(loaded, "kh-ubnd-laichau-2023", AliasTable.load())
        >>> [c.label for c in parsed.clauses if c.path[:2] == ["III", "5"]]
        ['Mục III, điểm 5, ý 1', 'Mục III, điểm 5, ý 2']
        >>> parsed.closing.id, parsed.document.signer
        ('kh-ubnd-laichau-2023:closing', 'Tổng Thanh Hải')
    """
    parsed = _parse(loaded, document_id, aliases)
    # an agency the text names as written (a heading, a table cell) is looked for in its other clauses too
    found = aliases.discovered([a.name for c in parsed.clauses for a in c.actors])
    extended = aliases.with_names(found)
    return parsed if extended is aliases else _parse(loaded, document_id, extended)


def _parse(loaded: LoadedDocument, document_id: str, aliases: AliasTable) -> ParsedDocument:
    text = loaded.text
    attachments = find_attachments(text)
    heads = running_heads(text)
    # (the frame read without the running head a page-by-page export puts over its first page too)
    frame = read_frame(_unheaded(text, heads)[: attachments[0].start] if attachments else _unheaded(text, heads))
    emitter = _Emitter(text, document_id, loaded.body_offset, aliases, addressed_bodies(frame.addressees, aliases), heads)
    emitter.root(_build_tree(text, _paragraphs(text, frame.body_start, frame.body_end, emitter.heads)))
    signature = (frame.closing_start, frame.closing_end) if frame.closing_start is not None else None
    kinds: dict[str, int] = {}
    for i, attachment in enumerate(attachments):
        end = attachments[i + 1].start if i + 1 < len(attachments) else len(text)
        body_end, own_signature = closing_block(text[attachment.start:end])
        if signature is None and own_signature is not None:
            # a text that puts its appendix before its signature ("PHỤ LỤC …", then "Nơi nhận" and "CHỦ TỊCH"): the
            # closing after the appendix is the text's own, and so are its signer and recipients
            signature = (attachment.start + own_signature[0], attachment.start + own_signature[1])
            adopted = {"signer": read_frame(text[attachment.start:end]).metadata.get("signer"),
                       "recipients": received_by(text[attachment.start:end])}
            frame = frame.model_copy(update={"metadata": {**{k: v for k, v in adopted.items() if v}, **frame.metadata}})
        _emit_attachment(emitter, attachment, attachment.start + body_end, kinds)
    header = _block(loaded, document_id, "header", "Phần đầu văn bản", *_trim(text, 0, frame.body_start))
    closing = _block(loaded, document_id, "closing", "Phần ký văn bản", *_trim(text, *signature)) if signature else None
    return ParsedDocument(document=_document(loaded, document_id, frame.metadata), clauses=with_references(emitter.clauses),
                          header=header, closing=closing, warnings=list(loaded.warnings))


def _emit_attachment(emitter: _Emitter, attachment: Attachment, body_end: int, kinds: dict[str, int]) -> None:
    """An attached text: its title block as the clause ["Quy chế"], its body under that prefix."""
    text = emitter.text
    kinds[attachment.kind] = kinds.get(attachment.kind, 0) + 1
    element = attachment.kind if kinds[attachment.kind] == 1 else f"{attachment.kind} {kinds[attachment.kind]}"
    prefix = [(element, element, slug(element))]
    lines = [plain(line) for line in text[attachment.title_start:attachment.body_start].split("\n") if plain(line)]
    title = [line for line in lines if not ATTACHED_RE.match(line)] or lines
    heading = f"{title[0]}. {' '.join(title[1:])}" if len(title) > 1 else title[0]
    emitter.emit(prefix, [], attachment.title_start, attachment.body_start, [])
    body = _paragraphs(text, attachment.body_start, max(body_end, attachment.body_start), emitter.heads)
    emitter.root(_build_tree(text, body), prefix, [heading])


def _block(loaded: LoadedDocument, document_id: str, kind: str, label: str, start: int, end: int) -> Clause | None:
    """The header or signature block as a clause of its own kind (never retrieved, cited for facts)."""
    if start >= end:
        return None
    return Clause(
        id=f"{document_id}:{kind}",
        document_id=document_id,
        path=[kind],
        label=label,
        text=loaded.text[start:end],
        start=loaded.body_offset + start,
        end=loaded.body_offset + end,
        kind=kind,
    )
