"""TEMPORARY stand-in until the lead's retrieval.assistant lands; deleted before the end."""

import sys
import types
import uuid

from retrieval.errors import QuestionError
from retrieval.models import Answer, Citation, Clause, Document, ParsedDocument

DOC = Document(id="kh-ubnd-laichau-2023", title="Kế hoạch thực hiện Quyết định số 895/QĐ-TTg", type="Kế hoạch",
               issuer="Ủy ban nhân dân tỉnh Lai Châu", date="2023-09")
C1 = Clause(id="kh-ubnd-laichau-2023:iii.5.-1", document_id=DOC.id, path=["III", "5", "-1"], label="Mục III, điểm 5, ý 1",
            headings=["III. NHIỆM VỤ", "5. Sở Giáo dục và Đào tạo"], text="- Chỉ đạo ... Thông tư số 07/2017/TT-BGDĐT ...", start=0, end=10)
C2 = Clause(id="kh-ubnd-laichau-2023:iii.5.-2", document_id=DOC.id, path=["III", "5", "-2"], label="Mục III, điểm 5, ý 2",
            headings=["III. NHIỆM VỤ", "5. Sở Giáo dục và Đào tạo"], text="- Chỉ đạo các trường ...", start=10, end=20)
HEADER = Clause(id="kh-ubnd-laichau-2023:header", document_id=DOC.id, path=[], label="Phần đầu", text="UBND", start=0, end=0, kind="header")


class DocumentInfo(Document):
    clauses: int


class Assistant:
    @classmethod
    def from_settings(cls, settings):
        return cls()

    def is_ready(self):
        return True

    def ask(self, question, history=None, filters=None, k=5):
        if not question.strip():
            raise QuestionError("empty_question", "Câu hỏi đang để trống.")
        if len(question) > 2000:
            raise QuestionError("question_too_long", "Câu hỏi quá dài (tối đa 2.000 ký tự).")
        if "vàng" in question:
            return Answer(id=uuid.uuid4().hex, question=question, answer="Các văn bản không đề cập.", abstained=True)
        cit = Citation(n=1, clause_id=C1.id, document_id=DOC.id, document_title=DOC.title, document_date=DOC.date,
                       label=C1.label, path=C1.path, text=C1.text, start=0, end=10, score=0.9)
        return Answer(id=uuid.uuid4().hex, question=question, answer="Sở Giáo dục chỉ đạo ... [1].", abstained=False, citations=[cit])

    def documents(self):
        return [DocumentInfo(**DOC.model_dump(), clauses=2)]

    def document(self, document_id):
        return ParsedDocument(document=DOC, clauses=[C1, C2], header=HEADER) if document_id == DOC.id else None

    def clause(self, clause_id):
        return {c.id: c for c in (C1, C2, HEADER)}.get(clause_id)

    def neighbours(self, clause_id):
        return {C1.id: (None, C2), C2.id: (C1, None)}.get(clause_id, (None, None))

    def reindex(self, paths=None, rebuild=False):
        return {"documents": 1}


def install():
    try:
        import retrieval.assistant  # noqa: F401
    except ImportError:
        module = types.ModuleType("retrieval.assistant")
        module.Assistant = Assistant
        module.DocumentInfo = DocumentInfo
        sys.modules["retrieval.assistant"] = module
