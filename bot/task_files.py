"""Task rows as files a cadre opens in a spreadsheet: CSV, and .xlsx with one sheet per agency.

Shared by the command line (`ctd tasks --csv/--xlsx`), the API (`?format=csv|xlsx`) and Telegram.
"""

import csv
import io
import re

from retrieval.answer.compose import format_date
from retrieval.answer.tasks import TaskRow, group_by_agency

FIELDS = list(TaskRow.model_fields)
# Column headings and widths of the .xlsx (Vietnamese; the CSV keeps the JSON field names)
COLUMNS = [
    ("Văn bản", "document", 34),
    ("Điều khoản", "label", 20),
    ("Vai trò", "role", 12),
    ("Nhiệm vụ", "task", 80),
    ("Thời hạn (nguyên văn)", "deadline_text", 24),
    ("Hạn chót", "deadline", 12),
    ("Lặp lại", "recurrence", 12),
    ("Mở điều khoản", "link", 16),
]
ROLES = {"lead": "chủ trì", "cooperating": "phối hợp"}
RECURRENCES = {"yearly": "hằng năm", "quarterly": "hằng quý", "monthly": "hằng tháng", "per event": "theo sự việc"}
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def to_csv(rows: list[TaskRow]) -> str:
    """One line per row, the JSON field names as header (UTF-8 with BOM so Excel reads the diacritics)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow(row.model_dump())
    return "\ufeff" + buffer.getvalue()


def clause_url(base_url: str, clause_id: str) -> str:
    return f"{base_url.rstrip('/')}/clauses/{clause_id}"


def _sheet_title(name: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique."""
    title = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or "Cơ quan"
    candidate, n = title, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = title[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def _cell(row: TaskRow, key: str) -> str:
    if key == "document":
        head = row.document_number or row.document_id
        date = format_date(row.document_date)
        return f"{head}{f' ({date})' if date else ''} — {row.document_title}"
    if key == "role":
        return ROLES[row.role]
    if key == "recurrence":
        return RECURRENCES.get(row.recurrence or "", "")
    if key == "deadline":
        return format_date(row.deadline) or ""
    if key == "link":
        return row.clause_id
    return getattr(row, key) or ""


def to_xlsx(rows: list[TaskRow], base_url: str) -> bytes:
    """A workbook with one sheet per agency: frozen header, wrapped text, autofilter, and a link from
    each row to its clause (`{base_url}/clauses/{id}`)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    wrap = Alignment(wrap_text=True, vertical="top")
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="F2D7D5")
    grouped = group_by_agency(rows) or {"Không có nhiệm vụ": []}
    for agency, mine in grouped.items():
        sheet = workbook.create_sheet(_sheet_title(agency, taken))
        sheet.append([title for title, _, _ in COLUMNS])
        for i, (_, _, width) in enumerate(COLUMNS, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
            cell = sheet.cell(row=1, column=i)
            cell.font, cell.fill, cell.alignment = header_font, header_fill, wrap
        for row in mine:
            sheet.append([_cell(row, key) for _, key, _ in COLUMNS])
            current = sheet.max_row
            for cell in sheet[current]:
                cell.alignment = wrap
            link = sheet.cell(row=current, column=len(COLUMNS))
            link.hyperlink = clause_url(base_url, row.clause_id)
            link.style = "Hyperlink"
            link.alignment = wrap
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 1)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
