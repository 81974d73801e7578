"""How a text is divided is read from the places of its clauses."""

from retrieval.answer.structure import asked_unit, divisions, place_title
from retrieval.models import Clause, Document

DOCUMENT = Document(id="qd-1", title="Quyết định ban hành Quy chế", type="Quyết định", number="1/QĐ-UBND")


def clause(i: int, label: str, headings: list[str]) -> Clause:
    return Clause(id=f"qd-1:{i}", document_id="qd-1", path=[str(i)], label=label, headings=headings, text="…",
                  start=i, end=i + 1)


CLAUSES = [
    clause(0, "Phần mở đầu, đoạn 1", []),
    clause(1, "Điều 1", []),
    clause(2, "Điều 2", []),
    clause(3, "Quy chế, Chương I, Điều 1, khoản 1", ["QUY CHẾ", "Chương I QUY ĐỊNH CHUNG", "Điều 1. Phạm vi"]),
    clause(4, "Quy chế, Chương I, Điều 2", ["QUY CHẾ", "Chương I QUY ĐỊNH CHUNG"]),
    clause(5, "Quy chế, Chương II, Điều 3", ["QUY CHẾ", "Chương II NỘI DUNG PHỐI HỢP"]),
]


def test_the_unit_a_count_asks_for():
    assert asked_unit(["chuong"]) == "Chương" and asked_unit(["dieu", "cua"]) == "Điều"
    assert asked_unit(["hoi", "vien"]) is None and asked_unit([]) is None
    # a division's word another noun follows is that noun's ("bao nhiêu phần quà"); not a size ("mấy mục lớn")
    assert asked_unit(["phan", "qua"]) is None and asked_unit(["muc", "lon"]) == "Mục"


def test_units_of_the_document_or_of_the_text_attached_that_the_question_names():
    text, citations = divisions(DOCUMENT, CLAUSES, "Quy chế có mấy chương?", "Chương")
    assert text == ("Quy chế kèm theo Quyết định số 1/QĐ-UBND có 2 chương: Chương I. Quy định chung [1]; "
                    "Chương II. Nội dung phối hợp [2].")
    assert [c.clause_id for c in citations] == ["qd-1:3", "qd-1:5"]
    own, _ = divisions(DOCUMENT, CLAUSES, "Quyết định có mấy điều?", "Điều")
    assert "có 2 điều: Điều 1 [1]; Điều 2 [2]" in own  # the decision's own articles, not its Quy chế's
    assert divisions(DOCUMENT, CLAUSES, "Quyết định có mấy mục?", "Mục") is None


def test_the_title_of_a_place_is_the_deepest_heading_its_clauses_share_when_it_is_that_place_s():
    article = [clause(6, "Quy chế, Điều 8, khoản 1", ["QUY CHẾ", "Điều 8. Mức hỗ trợ"]),
               clause(7, "Quy chế, Điều 8, khoản 2", ["QUY CHẾ", "Điều 8. Mức hỗ trợ"])]
    assert place_title(["dieu 8"], article) == "Điều 8. Mức hỗ trợ"
    point = [clause(8, "Điều 1, điểm đ, ý 1", ["Điều 1. Phê duyệt", "đ) Kinh phí thực hiện:"]),
             clause(9, "Điều 1, điểm đ, ý 2", ["Điều 1. Phê duyệt", "đ) Kinh phí thực hiện:"])]
    assert place_title(["diem dd", "dieu 1"], point) == "đ) Kinh phí thực hiện:"
    assert place_title(["dieu 2"], [clause(2, "Điều 2", [])]) is None  # one clause, no title of its own
    assert place_title(["khoan 1"], article[:1]) is None  # headed by the article above it
    section = [clause(10, "Mục III, điểm 3", ["III. NHIỆM VỤ, GIẢI PHÁP"])]
    assert place_title(["khoan 3", "muc iii"], section) is None  # the place is the clause, not its section
