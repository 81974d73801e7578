import pytest

from retrieval.answer.compose import as_read, compose_quotes, compose_values, describe, document_fact, format_date, trim
from retrieval.models import Actor, Clause, Document

PLAN = Document(id="kh", title="Kế hoạch thực hiện …", type="Kế hoạch", issuer="Ủy ban nhân dân tỉnh Lai Châu", date="2023-09")
LETTER = Document(id="cv", title="Công văn", type="Công văn", number="981-CV/TU", issuer="Ban Thường vụ Thành ủy", signer="Nguyễn Hồ Hải")


def clause(n: int, role: str, document_id: str = "kh") -> Clause:
    return Clause(
        id=f"{document_id}:{n}", document_id=document_id, path=[str(n)], label=f"Điểm {n}", text=f"Việc số {n}.",
        start=0, end=9, actors=[Actor(name="Sở Y tế", role=role)],
    )


@pytest.mark.parametrize(
    ("iso", "shown"),
    [("2010-09-17", "17/9/2010"), ("2022-11-14", "14/11/2022"), ("2023-09", "9/2023"), ("2024", "2024"),
     ("khoảng 2010", "khoảng 2010"), ("9/2023", "9/2023"), (None, None)],
)
def test_one_date_formatter_for_every_channel(iso, shown):
    assert format_date(iso) == shown


def test_dates_and_descriptions():
    assert describe(PLAN) == "Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023)"
    assert describe(LETTER) == "Công văn số 981-CV/TU của Ban Thường vụ Thành ủy"


def test_trim_cuts_at_a_sentence_end():
    text = "Câu thứ nhất khá dài để thử. " * 5 + "Câu cuối cùng rất dài " * 30
    cut = trim(text, limit=200)
    assert cut.endswith("thử. …") and len(cut) <= 202 and text.startswith(cut[:-2])


def test_a_long_clause_is_quoted_from_the_sentence_naming_what_the_quote_is_for():
    text = "Huyện đoàn vận động đoàn viên hiến máu hằng quý. " * 8 + "Công an huyện tổ chức hiến máu trong lực lượng vũ trang."
    at = text.index("Công an huyện")
    cut = trim(text, limit=200, at=at)
    assert cut == "… Công an huyện tổ chức hiến máu trong lực lượng vũ trang."
    assert trim(text, limit=200, at=10) == trim(text, limit=200)  # named early: the quote opens the clause


def test_facts_say_when_the_text_leaves_a_field_blank():
    assert document_fact("number", PLAN) == "Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023) không ghi số hiệu (để trống)"
    assert document_fact("date", PLAN).endswith("ghi thời gian ban hành là 9/2023, văn bản để trống ngày")
    assert document_fact("signer", LETTER) == "Công văn số 981-CV/TU của Ban Thường vụ Thành ủy do Nguyễn Hồ Hải ký"


def test_quotes_are_grouped_by_document_and_numbered_in_order():
    text, citations = compose_quotes(
        [(clause(1, "lead"), 2.0), (clause(2, "cooperating", "cv"), 1.5), (clause(3, "lead"), 1.2)],
        {"kh": PLAN, "cv": LETTER},
        "Sở Y tế",
    )
    assert text.splitlines()[0] == "Theo 2 văn bản, Sở Y tế chủ trì 2 nhiệm vụ và phối hợp thực hiện 1 nhiệm vụ:"
    assert [c.clause_id for c in citations] == ["kh:1", "kh:3", "cv:2"]
    assert "- Điểm 3: “Việc số 3.” [2]" in text


def test_a_table_row_is_quoted_without_the_spaces_that_align_its_cells():
    assert as_read("4   |Sín Chải       |      20       |Giàng Seo Páo    |0345926781") == "4 | Sín Chải | 20 | Giàng Seo Páo | 0345926781"
    assert as_read("| 1 | Áo phao | chiếc | 200 |") == "| 1 | Áo phao | chiếc | 200 |"
    assert as_read("Thôn   Sín Chải") == "Thôn   Sín Chải"  # no table row: as written


def test_a_clause_is_quoted_as_read_without_markdown_s_marks_of_bold():
    assert as_read("**2.1. Chủ đề:** Hành trình đỏ\nnăm 2025") == "2.1. Chủ đề: Hành trình đỏ năm 2025"
    assert as_read("mỗi người 01 phần quà trị giá **50.000 đồng**.") == "mỗi người 01 phần quà trị giá 50.000 đồng."
    assert as_read("tích số a ** b") == "tích số a ** b"  # no word beside it: no mark of bold


def test_a_value_opens_the_answer_capitalised_unless_it_is_an_address():
    sentence = "Gửi bản điện tử qua thư điện tử: bancongtac.ctdhaidong@gmail.com."
    quoted = Clause(id="cv:3", document_id="cv", path=["3"], label="Điểm 3", text=sentence, start=0, end=len(sentence))
    text, _ = compose_values([(quoted, sentence, "bancongtac.ctdhaidong@gmail.com")], {"cv": LETTER})
    assert text.splitlines()[0] == "bancongtac.ctdhaidong@gmail.com [1]."
    text, _ = compose_values([(quoted, sentence, "ngày 15/3")], {"cv": LETTER})
    assert text.splitlines()[0] == "Ngày 15/3 [1]."
