"""Request and response bodies of the HTTP API that are not engine models, with Vietnamese examples."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from retrieval.models import Clause, Document, Turn

ASK_EXAMPLE = {
    "question": "Sở Giáo dục và Đào tạo phải làm gì?",
    "history": [],
    "k": 5,
}
FOLLOW_UP_EXAMPLE = {
    "question": "Còn Sở Y tế thì sao?",
    "history": [
        {
            "question": "Sở Giáo dục và Đào tạo phải làm gì?",
            "answer": "Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục … [1]",
        }
    ],
}
ANSWER_EXAMPLE = {
    "id": "8f1c2d0e6a4b4f0b9a7e2c1d3b5a6f70",
    "question": "Sở Giáo dục và Đào tạo phải làm gì?",
    "answer": (
        "Theo Kế hoạch của UBND tỉnh Lai Châu, Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục thực hiện "
        "Thông tư số 07/2017/TT-BGDĐT [1] và phối hợp tổ chức các hoạt động Chữ thập đỏ trong trường học [2]."
    ),
    "abstained": False,
    "citations": [
        {
            "n": 1,
            "clause_id": "kh-ubnd-laichau-2023:iii.5.-1",
            "document_id": "kh-ubnd-laichau-2023",
            "document_title": "Kế hoạch thực hiện Quyết định số 895/QĐ-TTg",
            "document_number": None,
            "document_date": "2023-09",
            "label": "Mục III, điểm 5, ý 1",
            "path": ["III", "5", "-1"],
            "actors": [{"name": "Sở Giáo dục và Đào tạo", "role": "lead"}],
            "text": "- Chỉ đạo các cơ sở giáo dục … Thông tư số 07/2017/TT-BGDĐT …",
            "start": 10234,
            "end": 10512,
            "score": 0.83,
        }
    ],
    "timings": {"retrieve_ms": 41.2, "answer_ms": 3.5},
    "mode": "extractive",
    "note": None,
}
REFUSAL_EXAMPLE = {
    "id": "0d9e8c7b6a5f4e3d2c1b0a9f8e7d6c5b",
    "question": "Giá vàng hôm nay bao nhiêu?",
    "answer": "Các văn bản chỉ đạo hiện có không đề cập đến nội dung này.",
    "abstained": True,
    "citations": [],
    "timings": {"retrieve_ms": 38.0},
    "mode": "extractive",
    "note": None,
}


def _openapi_examples(**examples: dict) -> dict:
    return {name: {"summary": name.replace("_", " "), "value": value} for name, value in examples.items()}


ASK_REQUEST_EXAMPLES = _openapi_examples(cau_hoi=ASK_EXAMPLE, cau_hoi_tiep_theo=FOLLOW_UP_EXAMPLE)
ANSWER_EXAMPLES = _openapi_examples(tra_loi=ANSWER_EXAMPLE, tu_choi=REFUSAL_EXAMPLE)


class AskRequest(BaseModel):
    """A question, the previous turns of the conversation, and how many clauses to retrieve."""

    question: str = Field(description="Câu hỏi, tối đa 2.000 ký tự.")
    history: list[Turn] = Field(default_factory=list, max_length=20, description="Các lượt hỏi đáp trước.")
    k: int = Field(5, ge=1, le=20, description="Số điều khoản truy xuất.")


class FeedbackRequest(BaseModel):
    """A rating of an answer, identified by its id or by the question asked."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"answer_id": ANSWER_EXAMPLE["id"], "rating": "up", "comment": "Rất rõ ràng."}]}
    )

    answer_id: str | None = Field(None, max_length=200)
    question: str | None = Field(None, max_length=4000)
    rating: Literal["up", "down"]
    comment: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _names_an_answer(self) -> "FeedbackRequest":
        if not (self.answer_id or "").strip() and not (self.question or "").strip():
            raise PydanticCustomError("ctd_missing_reference", "Cần có answer_id hoặc question.")
        return self


class FeedbackCreated(BaseModel):
    id: int


class DocumentSummary(Document):
    """A document's metadata and how many clauses it has."""

    clauses: int


class DocumentDetail(BaseModel):
    """A document's metadata, its header block and its clauses in reading order (paths give the tree)."""

    document: Document
    header: Clause | None = None
    clauses: list[Clause]


class ClauseLink(BaseModel):
    id: str
    label: str


class ClauseDetail(Clause):
    """A clause verbatim, the document it belongs to and its neighbours in that document."""

    document: Document
    previous: ClauseLink | None = None
    next: ClauseLink | None = None


class Status(BaseModel):
    status: str


class ReindexRequest(BaseModel):
    rebuild: bool = Field(False, description="Xây lại chỉ mục từ đầu thay vì chỉ nhúng văn bản đã đổi.")


class ReindexJob(BaseModel):
    """The state of the latest reindex run."""

    state: Literal["idle", "running", "done", "failed"]
    rebuild: bool = False
    started_at: str | None = None
    finished_at: str | None = None
    report: dict | None = None
    error: str | None = None
