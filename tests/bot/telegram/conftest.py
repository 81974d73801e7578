"""TEMPORARY stand-in for the lead's corpus fixtures until tests/conftest.py lands (delete then)."""

import pytest

from bot.settings import Settings
from retrieval.errors import QuestionError
from retrieval.models import Answer, Citation, Clause, Document, ParsedDocument

TEXT = "Chỉ đạo các cơ sở giáo dục thực hiện Thông tư số 07/2017/TT-BGDĐT ngày 29/3/2017."


class _Info(Document):
    clauses: int


class FakeAssistant:
    document_ = Document(id="kh-ubnd-laichau-2023", title="Kế hoạch thực hiện Quyết định số 895/QĐ-TTg", type="Kế hoạch", date="2023-09")
    clause_ = Clause(id="kh-ubnd-laichau-2023:III.5.-1", document_id="kh-ubnd-laichau-2023", path=["III", "5", "-1"],
                     label="Mục III, điểm 5, ý 1", headings=["III. NHIỆM VỤ", "5. Sở Giáo dục và Đào tạo"], text=TEXT, start=0, end=10)

    def ask(self, question, history=None, filters=None, k=5):
        if len(question) > 2000:
            raise QuestionError("question_too_long", "Câu hỏi quá dài.")
        if "giáo dục" not in question.lower():
            return Answer(id="x", question=question, answer="Các văn bản chỉ đạo không đề cập nội dung này.", abstained=True)
        c = Citation(n=1, clause_id=self.clause_.id, document_id=self.document_.id, document_title=self.document_.title,
                     document_date="2023-09", label=self.clause_.label, path=self.clause_.path, text=TEXT, start=0, end=10, score=1)
        return Answer(id="a-1", question=question, answer=f"Theo Kế hoạch, Sở Giáo dục và Đào tạo có 1 nhiệm vụ:\n- {TEXT} [1]",
                      abstained=False, citations=[c])

    def documents(self):
        return [_Info(**self.document_.model_dump(), clauses=30)]

    def document(self, document_id):
        return ParsedDocument(document=self.document_, clauses=[self.clause_]) if document_id == self.document_.id else None

    def clause(self, clause_id):
        return self.clause_ if clause_id == self.clause_.id else None


@pytest.fixture(scope="session")
def corpus_assistant():
    return FakeAssistant()


@pytest.fixture(scope="session")
def corpus_settings():
    return Settings()
