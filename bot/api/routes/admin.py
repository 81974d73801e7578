"""`/admin/reindex`: rebuild the index from the corpus while questions keep being answered."""

from fastapi import APIRouter, Depends, Request

from bot.api.deps import AssistantDep, require_admin
from bot.api.errors import ApiError, error_responses
from bot.api.schemas import ReindexJob, ReindexRequest

router = APIRouter(prefix="/admin", tags=["quản trị"], dependencies=[Depends(require_admin)])


@router.post("/reindex", status_code=202, response_model=ReindexJob, responses=error_responses(400, 401, 409, 422))
def start_reindex(request: Request, assistant: AssistantDep, body: ReindexRequest | None = None) -> ReindexJob:
    """Bắt đầu nạp lại chỉ mục ở chế độ nền; chỉ mục mới thay chỉ mục cũ khi xong."""
    job = request.app.state.reindexer.start(assistant, rebuild=body.rebuild if body else False)
    if job is None:
        raise ApiError(409, "reindex_running", "Đang nạp lại chỉ mục, vui lòng chờ lượt hiện tại xong.")
    return job


@router.get("/reindex", response_model=ReindexJob, responses=error_responses(401))
def read_reindex_status(request: Request) -> ReindexJob:
    """Cho biết trạng thái lần nạp lại chỉ mục gần nhất."""
    return request.app.state.reindexer.status()
