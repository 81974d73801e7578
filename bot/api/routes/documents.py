"""`GET /documents…` and `GET /clauses/{id}`: what a click on a citation opens."""

from fastapi import APIRouter

from bot.api.deps import AssistantDep
from bot.api.errors import ApiError, error_responses
from bot.api.schemas import ClauseDetail, ClauseLink, DocumentDetail, DocumentSummary

router = APIRouter(tags=["văn bản"])


@router.get("/documents", response_model=list[DocumentSummary])
def list_documents(assistant: AssistantDep) -> list:
    """Liệt kê các văn bản trong chỉ mục cùng thông tin và số điều khoản."""
    return assistant.documents()


@router.get("/documents/{document_id}", response_model=DocumentDetail, responses=error_responses(404))
def read_document(document_id: str, assistant: AssistantDep) -> DocumentDetail:
    """Trả về thông tin một văn bản và các điều khoản của nó theo thứ tự đọc."""
    parsed = assistant.document(document_id)
    if parsed is None:
        raise ApiError(404, "document_not_found", "Không tìm thấy văn bản này.")
    return DocumentDetail(document=parsed.document, header=parsed.header, clauses=parsed.clauses)


def _link(clause) -> ClauseLink | None:
    return ClauseLink(id=clause.id, label=clause.label) if clause is not None else None


@router.get("/clauses/{clause_id}", response_model=ClauseDetail, responses=error_responses(404))
def read_clause(clause_id: str, assistant: AssistantDep) -> ClauseDetail:
    """Trả về nguyên văn một điều khoản, văn bản chứa nó và các điều khoản liền trước, liền sau."""
    found = assistant.clause_in_context(clause_id)  # one snapshot: a reindex cannot split the reads
    if found is None:
        raise ApiError(404, "clause_not_found", "Không tìm thấy điều khoản này.")
    return ClauseDetail(
        **found.clause.model_dump(), document=found.document, previous=_link(found.previous), next=_link(found.next)
    )
