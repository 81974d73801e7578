import math

import pytest

from retrieval.answer.quantities import Bracket, brackets, compared, held_quantities, quantities
from retrieval.text import unaccent


def test_numbers_are_read_with_their_scale_and_unit():
    found = quantities("Khoản chi 120 triệu đồng, tỷ lệ 3,2%, hiến máu 12 lần, 1.500.000 đồng/người")
    assert [(q.value, q.unit) for q in found] == [(120e6, "dong"), (3.2, "%"), (12, "lan"), (1.5e6, "dong")]


def test_dates_years_and_document_numbers_are_no_quantities():
    assert quantities("Quyết định số 47/QĐ-CTĐ ngày 15/3/2025, năm 2015, 15-3-2025") == []
    # a text's number after its kind, a number before a word of the sentence's grammar
    assert [q.unit for q in quantities("QĐ 1876 Quảng Trị, công văn 2318 yêu cầu, KH 52 Đà Nẵng")] == []
    assert [q.unit for q in quantities("quyet dinh 1876 co hieu luc tu khi nao")] == []
    # a number that names a kind, a group, a level or an annex counts nothing
    assert quantities("Suất quà loại 1 Tết Bính Ngọ, nhóm 2 hộ nghèo, lũ cấp độ 3 cần, phụ lục 2 kèm") == []
    # a place numbered: "thôn 3 xã Trà Mai" is no three communes
    assert quantities("khu dân cư thôn 3 xã Trà Mai, khu phố 2 phường Tân An, Phường 3 Quận 1") == []
    assert [q.unit for q in quantities("hỗ trợ 3 xã, 120 hộ")] == ["xa", "ho"]
    # a scenario, an option, a form or a criterion numbered: "Kịch bản 1 bố trí …" counts no "bố"
    assert quantities("Kịch bản 1 bố trí bao nhiêu điểm, phương án 2 sơ tán, biểu 3 ghi, tiêu chí 4 đạt") == []
    # a form numbered, as written ("theo mẫu 02 gửi …"), not blood typed bare ("hien mau 350 ml")
    assert quantities("Báo cáo theo mẫu 02 gửi trước ngày nào?") == []
    assert [q.unit for q in quantities("moi lan hien mau 350 ml")] == ["ml"]
    # a word spelled like a scale once unaccented is none: "2025 ngân hàng" is the year 2025, not 2 025 000
    assert quantities("Đến hết 2025 ngân hàng người hiến máu dự bị có bao nhiêu người?") == []


def test_a_scale_with_no_unit_after_it_is_a_sum():
    # "dưới 100 triệu thì …", "từ 100 triệu trở lên": a word of the grammar or of the bracket follows the scale
    assert [(q.value, q.unit) for q in quantities("Khoản hỗ trợ dưới 100 triệu thì ai quyết định?")] == [(1e8, "dong")]
    assert [(q.value, q.unit) for q in quantities("Khoản hỗ trợ từ 100 triệu trở lên do ai quyết định?")] == [(1e8, "dong")]


@pytest.mark.parametrize(("text", "bracket"), [
    ("từ 50.000.000 đồng đến dưới 200.000.000 đồng", Bracket(50e6, 200e6, "dong", open_high=True)),
    ("hỗ trợ 50 - 200 triệu đồng mỗi hộ", Bracket(50e6, 200e6, "dong")),
    ("suy giảm khả năng lao động từ 21% trở lên", Bracket(21, math.inf, "%")),
    ("trên 50% tổng số Ủy viên", Bracket(50, math.inf, "%", open_low=True)),
    ("tối đa không quá 10.000.000 đồng/người/lần", Bracket(-math.inf, 10e6, "dong")),
    ("Khoản chi dưới 50.000.000 đồng", Bracket(-math.inf, 50e6, "dong", open_high=True)),
    ("được tặng 500.000 đồng", Bracket(5e5, 5e5, "dong")),
    ("Từ 50 đơn vị đến dưới 100 đơn vị: 1.500.000 đồng/buổi", Bracket(50, 100, "don", open_high=True)),
])
def test_the_brackets_a_rule_states(text, bracket):
    assert brackets(text)[0] == bracket


@pytest.mark.parametrize(("question", "text", "held"), [
    ("Khoản chi 120 triệu đồng thì ai phê duyệt?", "Khoản chi từ 50.000.000 đồng đến dưới 200.000.000 đồng", [120e6]),
    ("Khoản chi 120 triệu đồng thì ai phê duyệt?", "Khoản chi dưới 50.000.000 đồng", []),
    ("Khoản chi từ 1 tỷ đồng trở lên?", "Khoản chi từ 1.000.000.000 đồng trở lên", [1e9]),
    ("Khoản hỗ trợ từ 100 triệu trở lên do ai quyết định?", "Các khoản hỗ trợ từ 100.000.000 đồng trở lên do …", [1e8]),
    ("Khoản hỗ trợ từ 100 triệu trở lên do ai quyết định?", "khoản hỗ trợ có giá trị dưới 100.000.000 đồng", []),
    ("Khoản hỗ trợ dưới 100 triệu thì ai quyết định?", "khoản hỗ trợ có giá trị dưới 100.000.000 đồng", [1e8]),
    ("Hiến máu 12 lần được tặng gì?", "từ 10 lần đến dưới 20 lần", [12]),
    ("Hiến máu 20 lần được tặng gì?", "từ 10 lần đến dưới 20 lần", []),  # the bracket stops under 20
    ("Hiến máu 12 ngày?", "từ 10 lần đến dưới 20 lần", []),  # another unit
    ("Những xã nào thu dưới 80%?", "thu hội phí dưới 80% kế hoạch", [80]),  # the question's own bracket
    ("Nhà hư hỏng dưới 30% được hỗ trợ bao nhiêu?", "Nhà bị hư hỏng từ 30% đến dưới 50%: 3.000.000 đồng/hộ", []),
    ("Nhà hư hỏng trên 40% được hỗ trợ bao nhiêu?", "Nhà bị hư hỏng từ 30% đến dưới 50%: 3.000.000 đồng/hộ", [40]),
    ("Xã thu dưới 80% thì sao?", "thu hội phí từ 80% trở lên", []),  # brackets that touch share no value
])
def test_a_bracket_holds_the_question_quantity(question, text, held):
    assert [q.value for q in held_quantities(question, text)] == held


def test_a_quantity_outside_the_brackets_of_its_unit_is_another_case():
    held, outside = compared("Điểm hiến máu tiếp nhận 40 đơn vị máu được hỗ trợ bao nhiêu?",
                             "Từ 50 đơn vị đến dưới 100 đơn vị: 1.500.000 đồng/buổi;")
    assert held == [] and [q.value for q in outside] == [40]


def test_a_ratio_reads_the_number_after_its_slash_and_per_one_bounds_nothing():
    # "08 người/01 hướng dẫn viên": a word's slash is no date's; "mấy người trên 1 hướng dẫn viên" asks per one
    text = "Khi thực hành, chia nhóm không quá 08 người/01 hướng dẫn viên."
    assert [(q.value, q.unit) for q in quantities(text)] == [(8, "nguoi"), (1, "huong")]
    assert [q.value for q in held_quantities("Mỗi nhóm tối đa mấy người trên 1 hướng dẫn viên?", text)] == [1]
    assert held_quantities("Mỗi nhóm tối đa mấy người trên 3 hướng dẫn viên?", text) == []
    assert quantities("ngày 15/3/2025") == []  # a number's slash still writes a date


def test_a_rate_written_after_a_year_is_no_billion():
    # "tỷ lệ" is a rate: "Đến 2030 tỷ lệ …" is a year, not 2.030 tỷ
    assert quantities(unaccent("Đến 2030 tỷ lệ dân số tham gia hiến máu phải đạt mấy phần trăm?").lower()) == []
    assert quantities("5 ty dong")[0].value == 5e9


def test_a_level_word_labels_a_number_only_as_written():
    # "mức 600 nghìn" is a sum, "Mục 3" a place of a text
    assert [(q.value, q.unit) for q in quantities("Những huyện nào được hưởng mức 600 nghìn/hộ?")] == [(600000.0, "dong")]
    assert [q.value for q in quantities("Mục 3 có 5 nội dung")] == [5.0]


def test_a_length_of_time_the_question_bounds_is_outside_a_bracket_of_another_side():
    text = "Người bị thương nặng phải nằm viện từ 03 ngày trở lên: 2.000.000 đồng/người;"
    assert compared("Nằm viện dưới 3 ngày được hỗ trợ bao nhiêu?", text)[1]
    assert compared("Nằm viện từ 5 ngày được hỗ trợ bao nhiêu?", text)[0]


def test_a_count_written_as_its_ordinal_is_that_count():
    text = "Người hiến máu từ lần thứ 20 trở lên được tặng thêm phần quà trị giá 500.000 đồng."
    assert compared("Người hiến máu từ 20 lần trở lên được tặng quà bao nhiêu?", text)[0]
    assert compared("Người hiến máu 5 lần được tặng quà bao nhiêu?", text)[1]


def test_a_figure_of_a_class_is_held_only_by_the_same_bracket():
    text = "Tỷ lệ đơn vị máu có thể tích từ 350 ml trở lên đạt 67,4%;"
    # a rule for the wider class holds for a narrower one; a figure of it does not
    assert compared("Tỷ lệ đơn vị máu 450ml trở lên đạt bao nhiêu %?", text)[0]
    assert not compared("Tỷ lệ đơn vị máu 450ml trở lên đạt bao nhiêu %?", text, exact=True)[0]
    assert compared("Tỷ lệ đơn vị máu 350 ml trở lên đạt bao nhiêu %?", text, exact=True)[0]


def test_a_result_is_no_bound_where_the_question_is_written_with_its_diacritics():
    # "kết quả 6 tháng": the half year's results, not "quá 6 tháng" (over six months), however it reads bare
    text = "Báo cáo kết quả thực hiện 6 tháng trước ngày 10/6/2027, báo cáo năm trước ngày 10/11/2027."
    held, outside = compared("Hội CTĐ xã báo cáo kết quả 6 tháng trước ngày nào?", text)
    assert [q.number for q in held] == ["6"] and outside == []
    assert compared("Nằm viện quá 3 ngày được hỗ trợ bao nhiêu?", "Nằm viện dưới 2 ngày: 500.000 đồng")[1]


def test_the_question_s_words_after_a_number_are_no_unit_of_it():
    assert [q.unit for q in quantities("Triều cường vượt báo động 3 bao nhiêu?")] == [""]
    assert [q.unit for q in quantities("Cấp 2 mấy người trực?")] == [""]
    assert [q.unit for q in quantities("Mua 3 bao gạo, tặng 5 máy khâu")] == ["bao", "may"]  # a sack, a machine
