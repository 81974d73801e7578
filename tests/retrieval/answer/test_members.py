"""A question that counts the group whose members it asks by name, and a text that names them where it counts them."""

import pytest

from retrieval.answer.members import counted_members, names_members


@pytest.mark.parametrize("question, group", [
    ("Hai cá nhân chưa đủ 12 tháng công tác Hội tên là gì?", (2, "cá")),
    ("12 cá nhân được khen thưởng gồm những ai?", (12, "cá")),
    ("05 đại biểu đi dự Đại hội là những ai?", (5, "đại")),
    ("8 tinh duoc kiem tra gom nhung tinh nao", (8, "tinh")),
    # (a count asked of something else: the days, a deadline, a place)
    ("Hai đợt hiến máu tổ chức vào những ngày nào?", None),
    ("Hai đơn vị đại hội điểm phải gửi đề án trước ngày nào?", None),
    ("Sở Y tế phải làm gì?", None),
])
def test_a_group_is_asked_by_name_when_the_question_counts_it_and_asks_who_or_which(question, group):
    assert counted_members(question) == group


def test_a_text_names_a_group_after_a_colon_a_bracket_or_a_person_and_not_by_its_count_alone():
    counted = "03 tập thể không đủ điều kiện: 02 tập thể có hồ sơ chưa đầy đủ; 02 cá nhân chưa đủ 12 tháng tham gia công tác Hội."
    assert names_members(counted, 2, "cá") is False
    assert names_members("Chọn 03 hộ được hỗ trợ: hộ bà Trịnh Thị Lan, hộ ông Ngô Văn Phúc.", 3, "hộ") is True
    assert names_members("Khen thưởng 12 cá nhân (có danh sách kèm theo).", 12, "cá") is True
    assert names_members("Khen thưởng 05 tập thể.", 12, "cá") is None  # (counts no such group)
