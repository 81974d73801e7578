"""`GET /agencies` and `GET /agencies/{name}/tasks`: who does what, by when (JSON, CSV or .xlsx)."""

from typing import Literal
from urllib.parse import quote

from fastapi import APIRouter, Request, Response

from bot.api.deps import AssistantDep
from bot.api.errors import ApiError, error_responses
from bot.task_files import XLSX_MEDIA_TYPE, to_csv, to_xlsx
from retrieval.answer.tasks import AgencySummary, TaskRow
from retrieval.text import unaccent

router = APIRouter(tags=["nhiệm vụ"])


@router.get("/agencies", response_model=list[AgencySummary])
def list_agencies(assistant: AssistantDep) -> list[AgencySummary]:
    """Liệt kê các cơ quan được giao nhiệm vụ: cấp, số nhiệm vụ (chủ trì, phối hợp) và các văn bản."""
    return assistant.agencies()


def _download(content: bytes | str, media_type: str, name: str) -> Response:
    ascii_name = unaccent(name).encode("ascii", "ignore").decode() or "nhiem-vu"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(content, media_type=media_type, headers={"Content-Disposition": disposition})


@router.get(
    "/agencies/{name}/tasks",
    response_model=list[TaskRow],
    responses={
        **error_responses(404),
        200: {"content": {"text/csv": {}, XLSX_MEDIA_TYPE: {}}, "description": "JSON, hoặc tệp tải về với ?format="},
    },
)
def list_agency_tasks(
    name: str, request: Request, assistant: AssistantDep, format: Literal["json", "csv", "xlsx"] = "json",
    document: str | None = None,
):
    """Trả về nhiệm vụ của một cơ quan (tên hoặc tên gọi khác), văn bản giao nhiều nhất trước; `?format=csv|xlsx` để tải về."""
    book = assistant.task_book()  # one snapshot: a reindex cannot split the reads
    if not book.resolve(name):
        raise ApiError(404, "agency_not_found", "Không nhận ra cơ quan này: thử tên đầy đủ, ví dụ «Sở Giáo dục và Đào tạo».")
    rows = book.rows(agency=name, document=document)
    filename = f"nhiem-vu-{unaccent(name).lower().replace(' ', '-')}"
    if format == "csv":
        return _download(to_csv(rows), "text/csv; charset=utf-8", f"{filename}.csv")
    if format == "xlsx":
        return _download(to_xlsx(rows, str(request.base_url)), XLSX_MEDIA_TYPE, f"{filename}.xlsx")
    return rows
