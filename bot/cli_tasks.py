"""`ctd tasks` and `ctd lineage`: the agency task matrix and the lineage of directives, read from the
catalog (no embedder is loaded)."""

import json
from pathlib import Path

from rich.table import Table

from bot.lineage_text import lineage_lines
from bot.cli_commands import _catalog, err, fail, out
from bot.settings import Settings
from bot.task_files import ROLES, to_csv, to_xlsx
from retrieval.answer.compose import format_date
from retrieval.answer.lineage import LineageGraph
from retrieval.answer.tasks import TaskBook
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.errors import CtdError
from retrieval.ingest.actors import AliasTable


def run_tasks(settings: Settings, agency: str | None, document: str | None, as_json: bool,
              csv_file: Path | None, xlsx_file: Path | None) -> int:
    try:
        parsed = _catalog(settings)
        book = TaskBook.from_parsed(parsed, AliasTable.load(settings.aliases_file))
    except CtdError as exc:
        return fail(str(exc))
    if document and document not in parsed:
        return fail(f"Không có văn bản “{document}” trong chỉ mục: xem `ctd documents`.")
    if agency and not book.resolve(agency):
        return fail(f"Không nhận ra cơ quan “{agency}”: thử tên đầy đủ, ví dụ “Sở Giáo dục và Đào tạo”.")
    rows = book.rows(agency=agency, document=document)
    try:
        if csv_file:
            csv_file.write_text(to_csv(rows), encoding="utf-8")
            err.print(f"Đã ghi {len(rows)} nhiệm vụ vào {csv_file}.", highlight=False)
        if xlsx_file:
            xlsx_file.write_bytes(to_xlsx(rows, f"http://{settings.host}:{settings.port}"))
            err.print(f"Đã ghi {len(rows)} nhiệm vụ vào {xlsx_file}.", highlight=False)
    except OSError as exc:
        return fail(f"Không ghi được tệp: {exc.strerror or exc}.")
    if as_json:
        print(json.dumps([r.model_dump() for r in rows], ensure_ascii=False, indent=2))
    elif not (csv_file or xlsx_file):
        table = Table("cơ quan", "vai trò", "văn bản", "điều khoản", "thời hạn", "nhiệm vụ")
        for row in rows:
            deadline = row.deadline_text or "—"
            if row.deadline:
                deadline += f" ({format_date(row.deadline)})"
            table.add_row(row.agency, ROLES[row.role], row.document_number or row.document_id, row.label, deadline,
                          row.task if len(row.task) <= 160 else row.task[:159] + "…")
        out.print(table)
        if not rows:
            err.print("Không có nhiệm vụ nào.", highlight=False)
    return 0


def run_lineage(settings: Settings, reference: str, as_json: bool) -> int:
    try:
        graph = LineageGraph.from_parsed(_catalog(settings), load_vocabulary())
    except CtdError as exc:
        return fail(str(exc))
    lineage = graph.lineage(reference)
    if lineage is None:
        return fail(f"Không tìm thấy văn bản “{reference}” trong kho, kể cả trong các trích dẫn: xem `ctd documents`.")
    if as_json:
        print(json.dumps(lineage.model_dump(), ensure_ascii=False, indent=2))
    else:
        for line in lineage_lines(lineage):
            out.print(line, highlight=False, soft_wrap=True, markup=False)
    return 0
