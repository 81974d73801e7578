import pytest

from retrieval.answer.ranking import rank_asked, ranked_row
from retrieval.models import Clause

HEADER = "STT | Xã, phường | Số hộ được hỗ trợ | Số tiền vận động (đồng) | Số đơn vị máu"
ROWS = ["1 | Phường Đông Hà | 110 | 420.000.000 | 1.350", "2 | Xã Vĩnh Linh | 95 | 300.000.000 | 450",
        "3 | Xã Minh Hóa | 65 | 95.000.000 | 200", "4 | Phường Đồng Hới | 120 | 450.000.000 | 900",
        " | Cộng | 390 | 1.265.000.000 | 2.900"]


def rows() -> list[Clause]:
    return [Clause(id=f"kh:dong-{n}", document_id="kh", path=[f"Dòng {n}"], label=f"Dòng {n}", text=text, start=0,
                   end=len(text), headings=[HEADER]) for n, text in enumerate(ROWS, 1)]


@pytest.mark.parametrize(("question", "direction"), [
    ("Xã nào có chỉ tiêu hiến máu cao nhất?", 1),
    ("xa phuong nao ho tro nhieu ho nhat", 1),
    ("Địa phương nào có số tiền vận động thấp nhất?", -1),
    ("dia phuong nao co so tien van dong thap nhat", -1),  # ("vận động" is no "đông … nhất")
    ("Mỗi xã phải hỗ trợ ít nhất bao nhiêu hộ?", None),  # the least allowed, not a rank
    ("Xã nào phải hỗ trợ ít nhất 100 hộ?", None),
    ("Chỉ tiêu hiến máu cao nhất là bao nhiêu?", None),  # no row asked for
])
def test_a_rank_is_asked_by_which_row_stands_first_or_last(question, direction):
    assert rank_asked(question) == direction


@pytest.mark.parametrize(("question", "words", "direction", "value"), [
    # of the kind of row asked, by the column the question's words head; not the total row
    ("Xã nào có chỉ tiêu hiến máu cao nhất?", {"chi", "tieu", "hien", "mau"}, 1, "Xã Vĩnh Linh: 450"),
    ("Xã, phường nào có chỉ tiêu hiến máu cao nhất?", {"chi", "tieu", "hien", "mau"}, 1, "Phường Đông Hà: 1.350"),
    ("Địa phương nào có số tiền vận động thấp nhất?", {"so", "tien", "van", "dong"}, -1, "Xã Minh Hóa: 95.000.000 đồng"),
])
def test_the_row_ranked_is_read_under_the_column_named(question, words, direction, value):
    assert ranked_row(question, words, direction, HEADER, rows()).value == value


def test_no_row_is_ranked_by_a_column_the_question_does_not_name_or_names_alike():
    assert ranked_row("Xã nào có nhiều nhà sập nhất?", {"nha", "sap"}, 1, HEADER, rows()) is None
    assert ranked_row("Xã nào có số nhiều nhất?", {"so"}, 1, HEADER, rows()) is None


def test_of_columns_named_alike_the_total_s_ranks():
    header = "STT | Đơn vị | Xây mới (nhà) | Sửa chữa (nhà) | Tổng (nhà)"
    texts = ["1 | Huyện Kbang | 6 | 2 | 8", "2 | Huyện Krông Pa | 8 | 1 | 9", "3 | Huyện Chư Sê | 7 | 3 | 10"]
    table = [Clause(id=f"hd:dong-{n}", document_id="hd", path=[f"Dòng {n}"], label=f"Dòng {n}", text=text, start=0,
                    end=len(text), headings=[header]) for n, text in enumerate(texts, 1)]
    assert ranked_row("Huyện nào được phân nhiều nhà nhất?", {"phan", "nha"}, 1, header, table).value == "Huyện Chư Sê: 10 nhà"
    # (a column named apart from the others is the one ranked)
    assert ranked_row("Huyện nào xây mới nhiều nhà nhất?", {"xay", "moi", "nha"}, 1, header, table).value == "Huyện Krông Pa: 8 nhà"
