"""What the engine subcommands of `ctd` do: ingest, documents, clauses, ask.

Errors print one line to stderr and return a non-zero exit code; JSON goes to stdout.
"""

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from bot.settings import Settings
from retrieval.index.catalog import parsed_documents, read_catalog
from retrieval.answer.compose import format_date
from retrieval.errors import CtdError
from retrieval.models import Answer, ParsedDocument
from retrieval.index.store import generation_dir, read_manifest

err = Console(stderr=True)
out = Console()


def fail(message: str, code: int = 1) -> int:
    err.print(f"[red]Lỗi:[/red] {message}", highlight=False, soft_wrap=True)
    return code


@contextmanager
def progress_bar() -> Iterator:
    """A progress callback drawing a bar on a terminal, silent otherwise."""
    if not err.is_terminal:
        yield None
        return
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err
    ) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def run_ingest(settings: Settings, paths: list[Path] | None, rebuild: bool, ocr: str = "auto") -> int:
    from bot.uploads import low_confidence_note
    from retrieval.ingest.pipeline import ingest

    try:
        with progress_bar() as progress:
            report = ingest(settings, paths, rebuild=rebuild, progress=progress, ocr=ocr)
    except CtdError as exc:
        return fail(str(exc))
    for failure in report.failures:
        err.print(f"[red]✗[/red] {failure.path}: {failure.reason}", highlight=False, soft_wrap=True)
    for warning in report.warnings:
        err.print(f"[yellow]![/yellow] {warning.path}: {warning.reason}", highlight=False, soft_wrap=True)
    for unsure in report.low_confidence:
        err.print(f"[yellow]![/yellow] {unsure.path}: {low_confidence_note(unsure.pages, unsure.confidence)}", highlight=False, soft_wrap=True)
    summary = (
        f"{report.documents} văn bản, {report.clauses} điều khoản — mới {len(report.new)}, "
        f"cập nhật {len(report.updated)}, không đổi {len(report.unchanged)}, đã xóa {len(report.removed)}, "
        f"lỗi {len(report.failures)}; nhúng {report.embedded} điều khoản trong {report.seconds:.1f} s."
    )
    err.print(summary, highlight=False, soft_wrap=True)
    return 1 if report.failures else 0


def _catalog(settings: Settings) -> dict[str, ParsedDocument]:
    manifest = read_manifest(settings)
    if manifest is None:
        raise CtdError(f"Chưa có chỉ mục trong {settings.data_dir}: chạy `ctd ingest` trước.")
    return parsed_documents(*read_catalog(generation_dir(settings, manifest.generation)))


def _ocr_cell(row: dict) -> str:
    if not row["ocr"]:
        return "—"
    cell = f"{row['ocr_confidence']:.0f}%" if row["ocr_confidence"] is not None else "có"
    return cell + (f", kiểm tra trang {', '.join(map(str, row['ocr_low_pages']))}" if row["ocr_low_pages"] else "")


def run_documents(settings: Settings, as_json: bool) -> int:
    try:
        parsed = _catalog(settings)
    except CtdError as exc:
        return fail(str(exc))
    rows = [
        {
            **p.document.model_dump(include={
                "id", "title", "type", "number", "issuer", "date", "signer", "implements", "ocr", "ocr_confidence", "ocr_low_pages",
            }),
            "clauses": len(p.clauses),
        }
        for p in parsed.values()
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    table = Table("id", "loại", "số", "ngày", "cơ quan ban hành", "điều khoản", "OCR")
    for row in rows:
        table.add_row(
            row["id"], row["type"], row["number"] or "—", format_date(row["date"]) or "—", row["issuer"] or "—",
            str(row["clauses"]), _ocr_cell(row),
        )
    out.print(table)
    return 0


def run_clauses(settings: Settings, document: str | None, as_json: bool) -> int:
    try:
        parsed = _catalog(settings)
    except CtdError as exc:
        return fail(str(exc))
    if document and document not in parsed:
        return fail(f"Không có văn bản '{document}': xem `ctd documents`.")
    clauses = [c for p in parsed.values() if document in (None, p.document.id) for c in p.clauses]
    if as_json:
        rows = [c.model_dump(include={"id", "document_id", "label", "path", "actors", "text"}) for c in clauses]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for clause in clauses:
        actors = ", ".join(f"{a.name} ({'chủ trì' if a.role == 'lead' else 'phối hợp'})" for a in clause.actors)
        out.print(f"[bold]{clause.id}[/bold] {clause.label}" + (f" — {actors}" if actors else ""), highlight=False, soft_wrap=True)
        out.print(f"  {clause.text}", highlight=False, soft_wrap=True)
    return 0


def render_answer(answer: Answer) -> str:
    """Plain-text rendering for a terminal: the answer, then one source line per citation."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("Nguồn:")
        for c in answer.citations:
            meta = ", ".join(x for x in (c.document_number, format_date(c.document_date)) if x)
            lines.append(f"[{c.n}] {c.document_title}" + (f" ({meta})" if meta else "") + f" — {c.label}")
    if answer.note:
        lines.append(f"\nGhi chú: {answer.note}")
    return "\n".join(lines)


def run_ask(settings: Settings, question: str | None, as_json: bool, k: int) -> int:
    from retrieval.assistant import question_log_muted

    # the per-question log line is for servers; here the answer itself is the output
    with question_log_muted():
        return _ask_all(settings, question, as_json, k)


def _ask_all(settings: Settings, question: str | None, as_json: bool, k: int) -> int:
    from retrieval.assistant import Assistant

    try:
        assistant = Assistant.from_settings(settings)
    except CtdError as exc:
        return fail(str(exc))
    if question is None:
        # bytes that are not UTF-8 become lone surrogates, which the engine refuses for that line only
        sys.stdin.reconfigure(errors="surrogateescape")
    questions = [question] if question is not None else (line.rstrip("\n") for line in sys.stdin)
    status = 0
    for text in questions:
        if question is None and not text.strip():
            continue
        try:
            answer = assistant.ask(text, k=k)
        except CtdError as exc:
            if as_json:
                shown = text.encode("utf-8", "backslashreplace").decode("utf-8")
                print(json.dumps({"question": shown, "error": str(exc)}, ensure_ascii=False), flush=True)
            else:
                err.print(f"[red]Lỗi:[/red] {exc}", highlight=False, soft_wrap=True)
            status = 1
            continue
        if as_json:
            print(answer.model_dump_json(), flush=True)
        else:
            print(render_answer(answer) + ("\n" if question is None else ""), flush=True)
    return status
