"""Request and response bodies of the HTTP API that are not engine models, with Vietnamese examples."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from retrieval.input import VISIBLE_CHARACTER
from retrieval.ingest.pipeline import IngestReport
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
            "answer": "Theo Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023), Sở Giáo dục … [1] … [2]",
        }
    ],
}
LAI_CHAU_TITLE = (
    "Kế hoạch thực hiện Quyết định số 895/QĐ-TTg, ngày 26/7/2023 của Thủ tướng Chính phủ ban hành kế hoạch "
    "thực hiện Kết luận số 44-KL/TW, ngày 14/11/2022 của Ban Bí thư …"
)


def _education_citation(n: int, text: str, span: tuple[int, int], score: float) -> dict:
    """Bullet n under "5. Sở Giáo dục và Đào tạo" of the Lai Châu plan, as /ask cites it."""
    return {
        "n": n,
        "clause_id": f"kh-ubnd-laichau-2023:iii.5.b{n}",
        "document_id": "kh-ubnd-laichau-2023",
        "document_title": LAI_CHAU_TITLE,
        "document_number": None,
        "document_date": "2023-09",
        "label": f"Mục III, điểm 5, ý {n}",
        "path": ["III", "5", f"-{n}"],
        "actors": [{"name": "Sở Giáo dục và Đào tạo", "role": "lead"}],
        "text": text,
        "start": span[0],
        "end": span[1],
        "score": score,
    }


ANSWER_EXAMPLE = {
    "id": "10eb6d238c954921a6f6a2f862acea1a",
    "question": "Sở Giáo dục và Đào tạo phải làm gì?",
    "answer": (
        "Theo Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023), Sở Giáo dục và Đào tạo có 2 nhiệm vụ:\n"
        "- Mục III, điểm 5, ý 1: “Chỉ đạo quán triệt và triển khai thực hiện tốt Thông tư số 07/2017/TT-BGDĐT, "
        "ngày 14/3/2014 của Bộ Giáo dục và Đào tạo quy định về hoạt động Chữ thập đỏ trong trường học.” [1]\n"
        "- Mục III, điểm 5, ý 2: “Chỉ đạo triển khai thực hiện hiệu quả các phong trào, cuộc vận động và công tác "
        "thanh, thiếu niên Chữ thập đỏ, các hoạt động nhân đạo, từ thiện trong các trường học trên địa bàn tỉnh.” [2]"
    ),
    "abstained": False,
    "citations": [
        _education_citation(
            1,
            "Chỉ đạo quán triệt và triển khai thực hiện tốt Thông tư số 07/2017/TT-BGDĐT, ngày 14/3/2014 của "
            "Bộ Giáo dục và Đào tạo quy định về hoạt động Chữ thập đỏ trong trường học.",
            (13310, 13480),
            3.0,
        ),
        _education_citation(
            2,
            "Chỉ đạo triển khai thực hiện hiệu quả các phong trào, cuộc vận động và công tác thanh, …",
            (13484, 13667),
            2.8,
        ),
    ],
    "timings": {"understand_ms": 1.04, "dense_ms": 36.16, "lexical_ms": 1.39, "total_ms": 39.87},
    "mode": "extractive",
    "note": None,
}
REFUSAL_EXAMPLE = {
    "id": "3c52abafde68402f9a01b9f20a12c7dc",
    "question": "Giá vàng hôm nay bao nhiêu?",
    "answer": (
        "Các văn bản chỉ đạo hiện có không đề cập đến câu hỏi này, nên tôi không trả lời để tránh suy đoán. "
        "Tôi chỉ trả lời về nội dung các văn bản trong kho: …"
    ),
    "abstained": True,
    "citations": [],
    "timings": {"understand_ms": 0.6, "dense_ms": 33.53, "lexical_ms": 1.35, "total_ms": 36.81},
    "mode": "extractive",
    "note": None,
}


def _openapi_examples(**examples: dict) -> dict:
    return {name: {"summary": name.replace("_", " "), "value": value} for name, value in examples.items()}


ASK_REQUEST_EXAMPLES = _openapi_examples(cau_hoi=ASK_EXAMPLE, cau_hoi_tiep_theo=FOLLOW_UP_EXAMPLE)
ANSWER_EXAMPLES = _openapi_examples(tra_loi=ANSWER_EXAMPLE, tu_choi=REFUSAL_EXAMPLE)


class AskRequest(BaseModel):
    """A question, the previous turns of the conversation, and how many clauses to retrieve."""

    # Declared, not enforced here: the engine checks blank and long questions and answers with
    # its own codes (empty_question, question_too_long) and the configured limit.
    question: str = Field(
        description="Câu hỏi, không để trống, tối đa 2.000 ký tự (CTD_MAX_QUESTION_CHARS).",
        json_schema_extra={"minLength": 1, "maxLength": 2000, "pattern": VISIBLE_CHARACTER},
    )
    history: list[Turn] = Field(default_factory=list, max_length=20, description="Các lượt hỏi đáp trước.")
    k: int = Field(5, ge=1, le=20, description="Số điều khoản truy xuất.")


MISSING_REFERENCE = "Cần có answer_id hoặc question."


class FeedbackRequest(BaseModel):
    """A rating of an answer, identified by its id or by the question asked."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": "string"}}} for name in ("answer_id", "question")
            ],
            "examples": [{"answer_id": ANSWER_EXAMPLE["id"], "rating": "up", "comment": "Rất rõ ràng."}],
        }
    )

    answer_id: str | None = Field(None, max_length=200, json_schema_extra={"pattern": r"\S"})
    question: str | None = Field(None, max_length=4000, json_schema_extra={"pattern": r"\S"})
    rating: Literal["up", "down"]
    comment: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _names_an_answer(self) -> "FeedbackRequest":
        if not (self.answer_id or "").strip() and not (self.question or "").strip():
            raise PydanticCustomError("ctd_missing_reference", MISSING_REFERENCE)
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
    report: IngestReport | None = None
    error: str | None = None
