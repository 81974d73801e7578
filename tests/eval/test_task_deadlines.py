"""Deadlines and recurrences of task rows on the eval-only documents (eval/corpus/), read by hand."""

import pytest

# (clause id, agency, deadline_text, deadline, recurrence)
EVAL_DEADLINES = [
    ("cv-2318-ubnd-yenthe:1", "Hội Chữ thập đỏ huyện", "trong tháng 01 năm 2025", "2025-01-31", None),
    ("cv-2318-ubnd-yenthe:2", "Ủy ban nhân dân xã", "trước ngày 20/12/2024", "2024-12-20", None),
    ("cv-2318-ubnd-yenthe:5", "Hội Chữ thập đỏ huyện", "trước ngày 10/02/2025", "2025-02-10", None),
    ("kh-486-ubnd-nghean:iv.1.b1", "Hội Chữ thập đỏ tỉnh", "trong quý III năm 2024", "2024-09-30", None),
    ("kh-486-ubnd-nghean:iv.1.b2", "Hội Chữ thập đỏ tỉnh", "hằng năm; trước ngày 31 tháng 12", None, "yearly"),
    ("kh-486-ubnd-nghean:iv.2.b3", "Sở Y tế", "Hằng quý; trong 07 ngày", None, "quarterly"),
    ("kh-486-ubnd-nghean:iv.5.b1", "Sở Giáo dục và Đào tạo", "thường xuyên", None, None),
    ("kh-52-ctd-danang:ii.2.2-1", "Hội Chữ thập đỏ huyện", "Trong vòng 24 giờ; trong vòng 48 giờ", None, "per event"),
    ("kh-52-ctd-danang:iii.dong-1", "Hội Chữ thập đỏ huyện", "Quý II/2025", "2025-06-30", None),
    ("kh-52-ctd-danang:iii.dong-3", "Văn phòng Hội", "Trước ngày 31/8/2025", "2025-08-31", None),
    ("kh-52-ctd-danang:iii.dong-8", "Hội Chữ thập đỏ huyện", "Giai đoạn 2025 - 2030", "2030-12-31", None),
    ("kh-52-ctd-danang:v.4.b1", "Hội Chữ thập đỏ huyện", "năm 2025; trước ngày 15/4/2025", "2025-04-15", None),
    ("qd-1876-ubnd-quangtri:quy-che.chuong-ii.dieu-7.khoan-2", "Hội Chữ thập đỏ tỉnh", "trước ngày 20 tháng 7 hằng năm", None, "yearly"),
    ("qd-1876-ubnd-quangtri:quy-che.chuong-ii.dieu-8.khoan-2", "Sở Ngoại vụ", "Trong thời hạn 07 ngày làm việc kể từ ngày", None, "per event"),
    ("qd-1876-ubnd-quangtri:quy-che.chuong-iv.dieu-11.khoan-3", "Ủy ban nhân dân huyện", "trong quý IV năm 2024", "2024-12-31", None),
]


@pytest.mark.slow
def test_eval_document_deadlines(eval_assistant):
    rows = {(r.clause_id, r.agency): r for r in eval_assistant.tasks()}
    got = [(i, a, rows[i, a].deadline_text, rows[i, a].deadline, rows[i, a].recurrence) for i, a, *_ in EVAL_DEADLINES]
    assert got == EVAL_DEADLINES
