"""`GET /documents/{id}/lineage`: what a directive implements and which texts implement it."""

from fastapi import APIRouter

from bot.api.deps import AssistantDep
from bot.api.errors import ApiError, error_responses
from retrieval.answer.lineage import Lineage

router = APIRouter(tags=["văn bản"])


# `:path` so a cited number with its slash ("44-KL/TW", sent as 44-KL%2FTW) reaches the route too
@router.get("/documents/{document_id:path}/lineage", response_model=Lineage, responses=error_responses(404))
def read_lineage(document_id: str, assistant: AssistantDep) -> Lineage:
    """Trả về các văn bản mà văn bản này thực hiện (tổ tiên) và các văn bản thực hiện nó (hậu duệ), gần nhất trước."""
    found = assistant.lineage(document_id)
    if found is None:
        raise ApiError(404, "document_not_found", "Không tìm thấy văn bản này trong kho, kể cả trong các trích dẫn.")
    return found
