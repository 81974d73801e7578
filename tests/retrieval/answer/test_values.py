"""What a count asks how many of is read from the question."""

import pytest

from retrieval.answer.values import (ranks_said, years_relative, contrasts, counted_noun, editions, other_end, other_event, counts_before, days_in, each_asked, find_values, months_named, negates,
                                     grain_asked, grain_of, per_unit, places_named, quantifies, restates, sentence_end, sentence_start, sentences,
                                     row_months, shown_count, unit_asked, unit_word_asked,
                                     years_in,
                                     years_said, years_stated)
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.text import fold, unaccent


def test_the_words_after_the_count_phrase_or_after_so_when_it_ends_the_question():
    assert counted_noun("Hội có bao nhiêu hội viên?", "bao nhieu") == ["hoi", "vien"]
    assert counted_noun("Túi có mấy cái mặt nạ?", "mấy") == ["mat", "na"]  # (past the classifier that counts anything)
    assert counted_noun("Chỉ tiêu số đơn vị máu năm 2024 là bao nhiêu?", "bao nhieu") == ["don", "vi"]
    # ("thiểu số" is a minority, no number of what follows it)
    assert counted_noun("Số hội viên ở vùng dân tộc thiểu số là bao nhiêu?", "bao nhieu") == ["hoi", "vien"]
    # (a preposition after the question phrase counts nothing: "đóng góp bao nhiêu vào Quỹ …" asks how much)
    assert counted_noun("Mỗi đảng viên phải đóng góp bao nhiêu vào Quỹ Vì người nghèo?", "bao nhieu") == []
    assert counted_noun("Số lượng tình nguyện viên là bao nhiêu?", "bao nhieu") == ["tinh", "nguyen"]
    assert counted_noun("Tổng số hội viên toàn tỉnh là bao nhiêu người?", "bao nhiêu") == ["hoi", "vien"]  # not "người"
    assert counted_noun("Kế hoạch số 486 là bao nhiêu?", "bao nhieu") == []  # a document number counts nothing
    assert counted_noun("Mức đỡ đầu tối thiểu bao nhiêu 1 tháng?", "bao nhieu") == []  # (per month, as "một tháng")


def test_a_count_answers_only_what_was_counted():
    assert quantifies("42.000 đơn vị máu", ["don", "vi"])
    assert not quantifies("25 thành viên", ["don", "vi"])
    # the words going on after a value are its noun's: "36 lớp" of "36 lớp tập huấn"; "200 suất" of "200 suất học
    # bổng" counts no "suất quà", though "400 suất, …" of a list does
    assert quantifies("36 lớp", ["lop", "tap"], following=" tập huấn sơ cấp cứu")
    assert quantifies("20 pa", ["pa", "no"], following="-nô cố định")  # a borrowed word written with a hyphen
    assert not quantifies("200 suất", ["suat", "qua"], following=" học bổng mỗi năm")
    assert quantifies("400 suất", ["suat", "qua"], following=", huyện Triệu Phong 350 suất")
        # "số dân" is counted in any noun for people
    people = ["nguoi", "thanh vien", "nhan khau"]
    assert quantifies("41.580 nhân khẩu", ["dan"], people) and not quantifies("14.236 hộ", ["dan"], people)
    # (a noun of two words whose first alone is people: "dân quân" counts militiamen, not any people)
    assert quantifies("15 dân", ["dan", "quan"], people, following=" quân trực tại thôn")
    assert not quantifies("15 dân", ["dan", "quan"], people, following=" tộc thiểu số")
    # (a noun for people the count's words run on into: "10 tình nguyện| viên")
    assert quantifies("10 tình nguyện", ["nguoi"], ["tinh nguyen vien"], following=" viên trở lên")
    # a noun for people, or a post, is counted in "người": "tối đa mấy Phó Chủ tịch" / "không quá 01 người"
    people += ["pho chu tich"]
    assert quantifies("01 người", ["pho", "chu"], people) and quantifies("25 người", ["thanh", "vien"], people)
    assert not quantifies("01 người", ["xa"], people) and not quantifies("3 xã", ["pho", "chu"], people)


def test_a_day_question_is_answered_only_as_finely_as_it_asks():
    assert grain_asked("truoc ngay nao") == 0 and grain_asked("tháng mấy") == 1 and grain_asked("nam nao") == 3
    assert grain_asked("giai doan nao") is None and grain_asked("what date") == 0
    assert [grain_of(v) for v in ("15/4/2025", "ngày 15 tháng 4", "9/2023", "tháng 5 năm 2024", "Quý IV", "năm 2024")] == [0, 0, 1, 1, 2, 3]


WRAPPED = [
    ("Tổ chức đợt cao điểm vận động trong\nthời gian 30 ngày.\n- Báo cáo Ủy ban nhân dân tỉnh\nđịnh kỳ hằng quý;\nThành phố: 5 đợt",
     ["Tổ chức đợt cao điểm vận động trong\nthời gian 30 ngày.", "- Báo cáo Ủy ban nhân dân tỉnh\nđịnh kỳ hằng quý;",
      "Thành phố: 5 đợt"]),
    # before a capital or a number too; not before a new item
    ("tổ chức Lễ phát động\nTháng Nhân đạo vào ngày 05/5/2025; vận động 35 tỷ đồng trong năm\n2025.\n- Ý sau\nb) Tiết sau",
     ["tổ chức Lễ phát động\nTháng Nhân đạo vào ngày 05/5/2025;", "vận động 35 tỷ đồng trong năm\n2025.", "- Ý sau",
      "b) Tiết sau"]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_line_break_inside_a_sentence_does_not_end_it(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_a_duration_question_names_the_unit_it_counts_in():
    assert unit_asked("bao nhiêu ngày") == "ngay" and unit_asked("mấy tháng") == "thang"
    assert unit_asked("bao lâu") is None


def test_the_counted_noun_ends_at_a_function_word():
    assert counted_noun("Từ bao nhiêu tuổi thì được kết nạp?", "bao nhiêu") == ["tuoi"]
    assert counted_noun("Hội viên bao nhiêu tuổi được miễn?", "bao nhiêu") == ["tuoi"]


def test_a_name_after_punctuation_is_not_what_is_counted():
    assert counted_noun("nhà hư hỏng nặng hỗ trợ sửa chữa bao nhiêu - Phú Thọ", "bao nhiêu") == []
    assert counted_noun("Hội có bao nhiêu hội viên?", "bao nhiêu") == ["hoi", "vien"]


def test_so_of_a_number_is_not_so_of_first_aid():
    assert counted_noun("Tổng kinh phí kế hoạch sơ cấp cứu là bao nhiêu?", "bao nhiêu") == []
    assert counted_noun("Chỉ tiêu số đơn vị máu là bao nhiêu?", "bao nhiêu") == ["don", "vi"]


def test_a_school_year_or_a_term_is_a_time():
    text = "thành lập chi hội trước năm học 2025 - 2026; đại hội nhiệm kỳ 2022 - 2027"
    assert [text[s:e] for s, e in find_values("day", text)] == ["năm học 2025 - 2026", "nhiệm kỳ 2022 - 2027"]


def test_two_days_of_one_month_written_in_words_are_one_span():
    text = "Nghị quyết Đại hội lần thứ X, họp ngày 27 và 28 tháng 7 năm 2027; hội thao 22 - 23 tháng 6"
    assert [text[s:e] for s, e in find_values("day", text)] == ["ngày 27 và 28 tháng 7 năm 2027", "22 - 23 tháng 6"]
    # (one day stays one day)
    text = "họp ngày 15 tháng 3 năm 2027"
    assert [text[s:e] for s, e in find_values("day", text)] == ["ngày 15 tháng 3 năm 2027"]


def test_a_multiple_of_a_base_is_a_coefficient():
    text = "quyết định mức hỗ trợ cao hơn nhưng không quá 1,5 lần mức quy định tại khoản 1 Điều này; hỗ trợ 02 lần"
    assert [text[s:e] for s, e in find_values("coefficient", text)] == ["1,5 lần"]
    # (a fraction of times over a ceiling named before, or after "gấp"; not how often: "không quá 02 lần/năm")
    text = "có thể cao hơn mức tối đa nhưng không quá 1,5 lần và phải được thống nhất; không quá 02 lần/năm; tăng gấp 2 lần"
    assert [text[s:e] for s, e in find_values("coefficient", text)] == ["1,5 lần", "2 lần"]


def test_a_fraction_is_not_a_day():
    text = "được ít nhất 2/3 số hội viên dự họp đồng ý; báo cáo trước 15/12 hằng năm"
    assert [text[s:e] for s, e in find_values("day", text)] == ["15/12"]
    # nor a count of a whole that is no month ("15/15 xã": every commune)
    text = "Đã có 15/15 xã tổ chức tổng kết, báo cáo trước 20/5"
    assert [text[s:e] for s, e in find_values("day", text)] == ["20/5"]
    # nor a share of places that could be a day ("11/11 huyện": every district), unless "ngày" opens it
    text = "Thành lập đội hiến máu dự bị tại 11/11 huyện, thành phố; họp ngày 11/11 huyện tổ chức"
    assert [text[s:e] for s, e in find_values("day", text)] == ["ngày 11/11"]


def test_the_year_and_the_unit_a_value_is_said_of():
    assert years_in("Năm 2024, tiếp nhận 10.860 đơn vị máu; đến cuối 9/2025") == {"2024", "2025"}
    assert each_asked("Thái Bình hỗ trợ mỗi hộ nghèo bao nhiêu tiền?") == ("ho",)
    assert each_asked("Tình nguyện viên được hỗ trợ bao nhiêu tiền một tháng?") == ("thang",)
    assert each_asked("Đội phó được hỗ trợ hằng tháng là bao nhiêu?") == ("thang",)
    assert each_asked("doi pho duoc ho tro hang thang bao nhieu") == ("thang",)
    assert each_asked("Tổng tiền hàng vận động được là bao nhiêu?") is None  # "hàng" of goods
    assert each_asked("Khoản 1,5 tỷ chia cho từng huyện bao nhiêu?") == ("huyen",)  # "từng": each
    assert each_asked("tung ho duoc ho tro bao nhieu") == ("ho",)
    assert each_asked("Anh đã từng hiến máu mấy lần?") is None  # "đã từng": ever
    assert each_asked("Đơn giá một túi sơ cấp cứu là bao nhiêu?") == ("tui",)  # a unit price is each one's
    assert each_asked("don gia mot tui so cap cuu la bao nhieu") == ("tui",)
    assert per_unit("hỗ trợ không quá 20.000.000 đồng/hộ", ("ho",)) and per_unit("mỗi hộ được 2 triệu", ("ho",))
    assert not per_unit("khoản kinh phí 500 triệu đồng cho các hoạt động", ("ho",))
    # a bound set on the unit is set on each: "chia nhóm không quá 08 người"; a total for many is not
    assert per_unit("Khi thực hành, chia nhóm không quá 08 người/01 hướng dẫn viên.", ("nhom",))
    assert not per_unit("Hỗ trợ 120 hộ nghèo 60 triệu đồng", ("ho",))
    # (a word for any unit, of the unit the sentence's context names: "Các đồng chí Ủy viên …; mỗi đồng chí …")
    members = "Các đồng chí Ủy viên Ban Chấp hành được phân công phụ trách địa bàn;"
    assert per_unit("mỗi đồng chí vận động ít nhất 02 nhà hảo tâm", ("uy",), members)
    assert not per_unit("mỗi đồng chí vận động ít nhất 02 nhà hảo tâm", ("uy",))
    assert per_unit("bố trí 850 triệu đồng hằng năm", ("nam",))  # "mỗi năm" is "hằng năm"
    assert each_asked("Xây mới một Ngôi nhà Chữ thập đỏ được hỗ trợ bao nhiêu tiền?") is None  # "mới" is no "mỗi"
    # a unit word the question word follows counts a thing named before it
    assert each_asked("Xây mới nhà nhân đạo thì Hội hỗ trợ mỗi căn bao nhiêu?", frozenset({"căn"})) == ("can",)
    assert each_asked("Mỗi cái máy trợ thính trị giá bao nhiêu tiền?", frozenset({"cái"})) == ("may", "cai")  # no "mấy"
    # (or one named first: "Một suất quà … bao nhiêu?"; not "một số", some)
    assert each_asked("Một suất quà tặng người khó khăn tối thiểu trị giá bao nhiêu?", frozenset({"suất"})) == ("qua", "suat")
    assert each_asked("Một số xã được hỗ trợ bao nhiêu?") is None
    assert each_asked("Hỗ trợ sửa chữa nhà mức bao nhiêu một nhà?") == ("nha",)
    assert each_asked("ho tro moi ho bao nhieu tien") == ("ho",)  # typed without diacritics
    # "mới" typed bare: before a word of the grammar, a question word or a year
    assert each_asked("phat trien moi toi thieu bao nhieu hoi vien") is None
    assert each_asked("ket nap moi bao nhieu hoi vien") is None
    assert each_asked("chi tieu hoi vien moi nam 2026 la bao nhieu") is None
    assert each_asked("moi nam hoi ho tro bao nhieu") == ("nam",) and each_asked("Mỗi năm 2 lần") == ("nam",)
    assert not per_unit("Xây mới 06 nhà", ("nha",))
    assert per_unit("thành lập 01 đội thi gồm 05 học sinh", ("doi",))  # one unit made of its members
    assert not per_unit("thành lập 01 đội thi cấp huyện", ("doi",))
    # a unit word before its noun: the value may be written per either ("đồng/căn" for "mỗi căn nhà")
    assert each_asked("Mức hỗ trợ mỗi Ngôi nhà Chữ thập đỏ là bao nhiêu?", frozenset({"ngôi"})) == ("nha", "ngoi")
    units = each_asked("Hỗ trợ bao nhiêu tiền cho mỗi căn nhà xây mới?", frozenset({"căn"}))
    assert per_unit("mức hỗ trợ 60.000.000 đồng/căn xây mới", units)
    assert each_asked("mỗi cán bộ ủng hộ bao nhiêu?", frozenset({"căn"})) == ("can",)  # "cán" is no "căn"
    # (two unit words, the second opening a name: each of the noun after both)
    assert each_asked("Mỗi căn Ngôi nhà Chữ thập đỏ được hỗ trợ bao nhiêu?", frozenset({"căn", "ngôi"}))[0] == "nha"
    assert each_asked("Xây nhà thì mỗi căn được hỗ trợ bao nhiêu?", frozenset({"căn"})) == ("can",)  # no noun after it
    # (a noun spelled as a word of grammar is spelled so only without diacritics: "quà" is no "qua")
    assert each_asked("Mỗi suất quà Tết trị giá bao nhiêu?", frozenset({"suất"})) == ("qua", "suat")


def test_an_amount_keeps_its_currency():
    text = "bố trí 850 triệu đồng mỗi năm; 35 tỷ đồng; mỗi suất 500.000 đồng; 2 tỷ"
    assert [text[s:e] for s, e in find_values("amount", text)] == ["850 triệu đồng", "35 tỷ đồng", "500.000 đồng", "2 tỷ"]
    text = "vận động 3 tỉ đồng; 1\tBà mẹ Việt Nam anh hùng\t2.000.000\tNgân sách tỉnh"  # ("Ngân sách" is no "ngàn")
    assert [text[s:e] for s, e in find_values("amount", text)] == ["3 tỉ đồng"]


@pytest.mark.parametrize(("text", "asked", "said"), [
    ("Từ đầu năm 2023 đến tháng 9/2024, các cấp Hội vận động được trên 186 tỷ đồng.", {"2024"}, set()),
    ("Từ đầu năm 2023 đến tháng 9/2024, các cấp Hội vận động được trên 186 tỷ đồng.", {"2023", "2024"}, {"2023", "2024"}),
    ("Giai đoạn 2024 - 2026, mỗi năm tiếp nhận 10.000 đơn vị máu.", {"2025"}, {"2024", "2025", "2026"}),
    ("Năm 2025 tiếp nhận 16.500 đơn vị máu (kế hoạch giai đoạn 2024-2026).", {"2025"}, {"2025"}),
    ("Tiếp nhận 42.360 đơn vị máu, tăng 8,3% so với năm 2023.", {"2024"}, set()),  # compared with, not of, 2023
    ("Năm 2025 hỗ trợ 500.000 đồng/người theo Nghị định số 98/2023/NĐ-CP.", {"2023"}, {"2025"}),  # a text's symbol
])
def test_a_span_of_years_is_said_of_its_ends_together_or_of_each_year_when_yearly(text, asked, said):
    assert years_said(text, asked) == said


def test_a_year_a_figure_is_compared_with_is_not_a_year_it_states():
    assert years_stated("tăng 8,3% so với năm 2023") == set()
    assert years_stated("Năm 2024 tăng 8,3% so với cùng kỳ năm 2023") == {"2024"}



def test_the_year_in_a_cited_text_s_symbol_is_not_a_year_it_states():
    assert years_stated("mỗi cá nhân được thưởng 702.000 đồng theo quy định tại Nghị định số 98/2023/NĐ-CP.") == set()
    assert years_stated("Tặng quà dịp Tết năm 2024 theo Kế hoạch 186/KH-UBND") == {"2024"}


def test_a_value_the_question_states_itself_is_not_its_answer():
    assert restates("10%", "Trong 10% chi phí tổ chức vận động, bao nhiêu dành cho khen thưởng?")
    assert restates("năm 2025", "Tháng Nhân đạo năm 2025 diễn ra khi nào?")
    assert not restates("từ ngày 01/5/2025 đến hết ngày 31/5/2025", "Tháng Nhân đạo năm 2025 diễn ra khi nào?")
    assert not restates("10.000 đơn vị máu", "Năm 2025 tiếp nhận bao nhiêu đơn vị máu, 10 hay 20 nghìn?")
    # (a number the question writes with another unit is another figure)
    assert not restates("30%", "Tỷ lệ hội viên dưới 30 tuổi phấn đấu đạt bao nhiêu vào năm 2030?")
    assert restates("2.500 suất", "Vận động 2.500 suất quà thì mỗi suất trị giá bao nhiêu?")
    # (a sum the question writes with a word for its scale)
    assert restates("512.000.000 đồng", "Trong 512 triệu của Hội thì riêng dự án tài trợ là bao nhiêu?")
    assert restates("1.200.000.000 đồng", "Trong 1,2 tỷ đồng đó thì phần vận động là bao nhiêu?")
    assert not restates("12.000.000 đồng", "Trong 1,2 tỷ đồng đó thì phần vận động là bao nhiêu?")


def test_a_days_pay_is_an_amount_and_two_nouns_are_counted_together():
    assert [m for m in find_values("amount", "Mỗi cán bộ ủng hộ tối thiểu 01 ngày lương.")] != []
    text = "Đài, Báo đăng tối thiểu 02 tin, bài/tuần."
    (start, end), = find_values("count", text)
    assert quantifies(text[start:end], ["tin", "bai"])


@pytest.mark.parametrize(("text", "groups"), [
    ("Hỗ trợ 1.126 hộ tại các huyện Thanh Bình, Lấp Vò, Tam Nông.", [["thanh bình", "lấp vò", "tam nông"]]),
    ("Thành phố Cao Lãnh và thành phố Sa Đéc tiếp nhận 15.870 đơn vị máu;", [["cao lãnh", "sa đéc"]]),
    ("- Các huyện miền núi và huyện Lý Sơn: 2.000 đơn vị.", [["*", "lý sơn"]]),  # with places not named
    ("- Thành phố Quảng Ngãi: 5.200 đơn vị;", [["quảng ngãi"]]),
    ("Ủy ban nhân dân tỉnh Quảng Trị và Hội Chữ thập đỏ tỉnh", [["quảng trị"]]),  # an agency is no place
    ("Theo kế hoạch của tỉnh Lai Châu, Luật Hoạt động chữ thập đỏ quy định gì?", [["lai châu"]]),
    # a place whose name begins as some agencies' do; an agency after a kind word
    ("Huyện Bảo Lạc và huyện Văn Yên", [["bảo lạc", "văn yên"]]),
    ("Công an huyện, Bảo hiểm xã hội huyện Bảo hiểm", []),
    # a list after a colon; a number of them, described, then named
    ("Theo dõi, chỉ đạo Hội Chữ thập đỏ các huyện: Đắk Glei, Ngọc Hồi.", [["đắk glei", "ngọc hồi"]]),
    ("tại 04 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ.", [["đồng văn", "mèo vạc", "yên minh", "quản bạ"]]),
])
def test_places_named_together_are_one_group(text, groups):
    assert places_named(text) == [[fold(name) for name in group] for group in groups]


def test_a_day_of_every_month_or_of_the_next_is_a_day():
    text = "Gửi số liệu trước ngày 05 của tháng sau; tổng hợp ngày 25 hằng tháng."
    assert [text[s:e] for s, e in find_values("day", text)] == ["ngày 05 của tháng sau", "ngày 25 hằng tháng"]
    assert grain_of("ngày 05 của tháng sau") == 0
    # (the month said apart from the day, before it)
    text = "Công an thành phố gửi số liệu hằng tháng, trước ngày 25. Chậm nhất ngày 05, các xã báo cáo."
    assert [text[s:e] for s, e in find_values("day", text)] == ["trước ngày 25", "Chậm nhất ngày 05"]
    assert find_values("day", "Họp vào ngày 3.5 giờ") == []


def test_a_year_named_by_its_distance_from_the_text_s_own_is_that_year():
    assert years_relative("tăng 12,4% so với cùng kỳ năm trước; năm nay đạt 58%", 2027) == {"2026", "2027"}
    assert years_relative("Phương hướng năm tới", 2027) == {"2028"}
    assert years_relative("tăng so với cùng kỳ", 2027) == set()


def test_a_telephone_number_is_a_value_and_a_date_or_a_sum_is_not_one():
    text = "điện thoại: 024.3623.1847, di động: 0983.217.645; ngày 05/9/2027; 0983217645; 12.400 hộ"
    assert [text[s:e] for s, e in find_values("phone", text)] == ["024.3623.1847", "0983.217.645", "0983217645"]
    service = "đường dây nóng hoạt động 24/7 qua số 1900 9068."
    assert [service[s:e] for s, e in find_values("phone", service)] == ["1900 9068"]  # a service line
    landline = "Sở chỉ huy diễn tập trực điện thoại 0238 3 862 115 trong ngày 12/7/2027."  # (seven digits, one alone first)
    assert [landline[s:e] for s, e in find_values("phone", landline)] == ["0238 3 862 115"]


def test_a_count_is_shown_without_a_word_that_opens_a_compound_of_its_own():
    def shown(text):
        return [shown_count(text[s:e], text) for s, e in find_values("count", text)]
    assert shown("Tổ chức 36 lớp tập huấn sơ cấp cứu.") == ["36 lớp"]
    assert shown("Tỷ lệ cán bộ dưới 35 tuổi ít nhất 15%.") == ["35 tuổi"]
    assert shown("Kết nạp 300 hội viên mới.") == ["300 hội viên"]  # a noun of two words
    assert shown("Hỗ trợ 120 hộ nghèo.") == ["120 hộ nghèo"]
    assert shown("tại điểm 9 các trường phải tổ chức") == []  # a word of grammar is counted by no number
    assert shown("Bộ đồ dùng học tập: 860 bộ, cấp cho học sinh tiểu học.") == ["860 bộ"]  # (it ends at its comma)


def test_an_account_number_is_a_long_run_of_digits_and_a_telephone_or_a_sum_is_not_one():
    text = ("tài khoản số 3761 0201 0099 tại Kho bạc; 0071000123456 tại Vietcombank; 3761.0.1053271 tại Kho bạc Nhà nước "
            "tỉnh; điện thoại 0275.3822.119; 12.400.000 đồng; 1.250.000.000 đồng; ngày 15.03.2024; số 0421 0003 8627 tại "
            "Ngân hàng; 0912 345 678")
    assert [text[s:e] for s, e in find_values("account", text)] == ["3761 0201 0099", "0071000123456", "3761.0.1053271",
                                                                    "0421 0003 8627"]


def test_how_often_is_a_number_of_times_or_a_recurrence():
    text = "Ban Chỉ đạo họp mỗi quý một lần; kiểm tra 02 lần/năm; báo cáo hằng tháng; thường xuyên theo dõi năm 2026."
    assert [text[s:e] for s, e in find_values("frequency", text)] == ["mỗi quý một lần", "02 lần/năm", "hằng tháng"]


def test_a_head_noun_alone_before_a_list_goes_on_counts_what_is_asked():
    text = "Số suất quà phân bổ: huyện Hải Lăng 400 suất, huyện Triệu Phong 350 suất."
    assert [text[s:e] for s, e in find_values("count", text)] == ["400 suất", "350 suất"]
    assert quantifies("400 suất", ["suat", "qua"]) and not quantifies("400 suất lương thực", ["suat", "qua"])
    # before a preposition too, and the count ends there
    text = "Tỉnh Hội hỗ trợ 1.200 suất từ Quỹ Nhân đạo tỉnh."
    (start, end), = find_values("count", text)
    assert text[start:end] == "1.200 suất" and quantifies(text[start:end], ["suat", "qua"], following=text[end:])


def test_a_multiple_of_the_base_wage_is_an_amount():
    sentence = "Chi hội trưởng được hỗ trợ hằng tháng bằng 0,2 lần mức lương cơ sở."
    assert [sentence[s:e] for s, e in find_values("amount", sentence)] == ["0,2 lần mức lương cơ sở"]


def test_how_much_a_unit_is_asked_per_unit_not_how_many_units():
    assert counted_noun("Người sơ tán được hỗ trợ tiền ăn bao nhiêu một ngày?", "bao nhiêu") == []
    assert counted_noun("Mỗi lớp có bao nhiêu học viên?", "bao nhiêu") == ["hoc", "vien"]
    # "tăng bao nhiêu so với cùng kỳ": what is counted is named after "số", nothing after the question phrase
    assert counted_noun("Số hội viên kết nạp mới tăng bao nhiêu so với cùng kỳ?", "bao nhiêu") == ["hoi", "vien"]


PLAIN = frozenset({fold(w) for w in ("được", "do", "ở", "có", "tỉnh", "huyện")})
ASKING = frozenset({"bao", "nhieu", "ho", "tro"})


@pytest.mark.parametrize(("question", "describing", "sentence", "told"), [
    # after words both share, a word that describes them in the question, another in the sentence
    ("Người bị thương nhẹ được hỗ trợ bao nhiêu?", {"nhẹ"}, "Người bị thương nặng: 3.600.000 đồng/người.",
     (fold("nhẹ"), fold("nặng"))),
    ("Bao nhiêu phần trăm cơ sở được xếp loại hoàn thành xuất sắc nhiệm vụ?", {fold("xuất"), fold("sắc")},
     "ít nhất 85% cơ sở Hội được xếp loại hoàn thành tốt nhiệm vụ trở lên;", (fold("xuất"), fold("tốt"))),
    # two numbers before a word both share
    ("Người hiến máu 10 lần được tặng bao nhiêu?", set(), "Người hiến máu từ 20 lần trở lên được tặng 2.000.000 đồng.",
     ("10", "20")),
    # the same case told in other words, a name, a date, a question word tell nothing apart
    ("Người bị thương nặng được hỗ trợ bao nhiêu?", {fold("nặng")}, "Người bị thương nặng phải điều trị nội trú: 5.000.000 đồng.",
     None),
    ("Hội Chữ thập đỏ Đà Nẵng có bao nhiêu tấm bạt?", set(), "kho của Hội Chữ thập đỏ thành phố có 1.000 tấm bạt.", None),
    ("Báo cáo định kỳ 6 tháng gửi khi nào?", set(), "thay thế Quyết định số 12 ngày 15 tháng 9 năm 2015", None),
    # the sentence's bracket holds the question's number: the same case
    ("Người hiến máu 12 lần được tặng bao nhiêu?", set(),
     "Người hiến máu từ 10 lần đến dưới 20 lần được tặng quà trị giá 500.000 đồng/người.", None),
    # a condition the question negates, the sentence states
    ("Người không thuộc hộ nghèo ở cách 20 km được hỗ trợ đi lại bao nhiêu?", set(),
     "Người hiến máu thuộc hộ nghèo cách nơi cư trú từ 15 km trở lên được hỗ trợ đi lại 50.000 đồng.",
     ("khong thuoc ho", "thuoc ho")),
    ("Người chưa được tôn vinh được tặng bao nhiêu?", set(),
     "Người hiến máu từ 10 lần trở lên chưa được tôn vinh được tặng 300.000 đồng.", None),
    # a word that reads "chưa" only without its diacritics ("chứa": holds) negates nothing
    ("Hộ nghèo mua bồn chứa nước được hỗ trợ bao nhiêu?", set(),
     "Hộ nghèo thiếu dụng cụ trữ nước được hỗ trợ 1.500.000 đồng/hộ để mua bồn chứa nước.", None),
])
def test_a_sentence_about_another_case_is_told_apart(question, describing, sentence, told):
    assert contrasts(question, sentence, PLAIN, ASKING, frozenset(describing)) == told


def test_an_edition_is_read_by_its_number_in_any_figures():
    assert editions("Ngày hội Hiến máu lần thứ VI năm 2027") == {6}
    assert editions("Đại hội đại biểu lần thứ XI; Hội nghị lần thứ nhất Ban Chấp hành") == {11, 1}
    assert editions("Ngày hội được tổ chức lần đầu tiên vào năm nào?") == {1}
    assert editions("Hội thi lần thứ 3 và lần thứ IV") == {3, 4}
    assert editions("người hiến máu lần đầu") == set()  # (a first donation, no edition)


def test_a_word_written_as_its_synonym_tells_no_other_case():
    question, sentence = "Đợt hiến máu đầu tiên diễn ra khi nào?", "Đợt hiến máu thứ nhất: ngày 25/3/2027."
    describing = frozenset({fold("đầu"), fold("tiên")})
    assert contrasts(question, sentence, PLAIN, ASKING, describing) == (fold("đầu"), fold("thứ"))
    assert contrasts(question, sentence, PLAIN, ASKING, describing, {fold("đầu tiên").replace(" ", "_"): ("thứ_nhất",)}) is None


def test_an_event_named_by_its_head_and_another_word_is_not_the_one_a_sentence_names_otherwise():
    launch = "Lễ phát động Tháng Nhân đạo tổ chức ngày 08/5/2026 tại Hà Nội."
    assert other_event("Lễ tôn vinh người hiến máu tiêu biểu tổ chức ngày nào?", launch) == (fold("tôn"), fold("phát"))
    assert other_event("hoi nghi tong ket to chuc ngay nao", "Tổ chức Hội nghị triển khai vào ngày 26/11.") == ("tong", "trien")
    assert other_event("ty le hien mau nhac lai la bao nhieu", "Tỷ lệ người hiến máu nhắc lại đạt 30%.") is None  # "lệ"
    assert other_event("Lễ phát động Tháng Nhân đạo tổ chức ngày nào?", launch) is None
    assert other_event("Hội nghị tổng kết tổ chức ngày nào?", "Tổ chức Hội nghị triển khai vào ngày 26/11.")
    # (a name in quotes says its kind: "Hội thi “Tuyên truyền viên … giỏi”" is no contest of first aid)
    contest = "Tổ chức Hội thi “Tuyên truyền viên Chữ thập đỏ giỏi” cấp tỉnh; huyện Lý Nhân đoạt giải Nhất."
    assert other_event("Hội thi sơ cấp cứu giỏi đơn vị nào đạt giải Nhất?", contest) == (fold("sơ"), fold("tuyên"))
    assert other_event("Hội thi tuyên truyền viên giỏi đơn vị nào đạt giải Nhất?", contest) is None
    # (nor a word the other writes: "Đại hội … dài tối đa" is the congress the sentence names "Đại hội đại biểu")
    assert other_event("Báo cáo chính trị trình đại hội dài tối đa bao nhiêu trang?",
                       "Báo cáo chính trị trình Đại hội đại biểu không quá 20 trang.") is None
    assert other_event("Chi phí hậu cần mỗi ngày hội hiến máu tối đa bao nhiêu?",
                       "Chi phí hậu cần cho mỗi ngày hội không quá 25.000.000 đồng.", frozenset({"không"})) is None
    # (a name after the head tells no kind: "Ngày hội Giọt hồng" may be the blood donation day asked)
    assert other_event("Ngày hội hiến máu tổ chức ngày nào?", "Ngày hội Giọt hồng tổ chức ngày 19/8.") is None


@pytest.mark.parametrize("accented", [True, False])
def test_a_text_that_says_the_other_end_of_what_is_asked_speaks_of_another_event(accented):
    vocabulary = load_vocabulary()
    synonyms, opposites = vocabulary.synonyms_of[accented], vocabulary.opposites_of[accented]
    sentence = "Tổ chức Lễ khai giảng chung vào đầu buổi học thứ nhất của Lớp 1, lúc 07 giờ 30 ngày 10/10/2026."
    question = "Lễ bế giảng lớp 1 tổ chức ngày nào?"
    question = question if accented else unaccent(question)
    assert other_end(question, sentence, synonyms, opposites)
    # (its synonym is no other end: "khai mạc" is said by "khai giảng"; nor is a sentence that says both ends)
    opening = "Lễ khai mạc lớp 1 tổ chức ngày nào?"
    assert other_end(opening if accented else unaccent(opening), sentence, synonyms, opposites) is None
    both = "Lễ khai giảng ngày 10/10/2026 và lễ bế giảng ngày 12/10/2026 tại Hội trường A."
    assert other_end(question, both, synonyms, opposites) is None
    # (a meeting that launches a programme, named by the title over its time, is not the one that closes it)
    invitation = "Giấy mời dự Hội nghị triển khai Kế hoạch Tết Nhân ái\nThời gian: 14 giờ 00, ngày 26/11/2026."
    closing = "Hội nghị tổng kết chương trình Tết Nhân ái tổ chức ngày nào?"
    assert other_end(closing if accented else unaccent(closing), invitation, synonyms, opposites)
    # (one level of school is no other, nor a branch's head its deputy)
    lower = "Chỉ tiêu thành lập Hội ở các trường trung học cơ sở là mấy trường?"
    assert other_end(lower if accented else unaccent(lower), "Trường trung học phổ thông có tổ chức Hội: 33",
                     synonyms, opposites)
    deputy = "Chi hội phó được hỗ trợ bao nhiêu?"
    assert other_end(deputy if accented else unaccent(deputy), "Hỗ trợ chi hội trưởng 200.000 đồng/tháng.",
                     synonyms, opposites)




def test_the_hour_before_a_day_is_part_of_the_time():
    sentence = "báo cáo về Ban Công tác xã hội trước 11 giờ ngày 13/11/2024."
    assert [sentence[s:e] for s, e in find_values("day", sentence)] == ["11 giờ ngày 13/11/2024"]



def test_a_time_of_day_by_which_is_a_time_and_hours_before_an_event_are_counted_from_it():
    def times(sentence):
        return [sentence[s:e] for s, e in find_values("time", sentence)]

    assert times("Các địa phương báo cáo nhanh trước 07 giờ và 15 giờ hằng ngày.") == ["trước 07 giờ và 15 giờ", "hằng ngày"]
    assert times("gửi trước 16 giờ 30 phút ngày 5/3/2025") == ["16 giờ 30 phút ngày 5/3/2025"]  # the hour of a day
    assert times("Hoàn thành sơ tán dân chậm nhất 12 giờ trước khi bão đổ bộ") == ["chậm nhất", "12 giờ trước khi bão đổ bộ"]


def test_a_time_counted_from_an_event_is_a_time():
    def times(sentence):
        return [sentence[s:e] for s, e in find_values("time", sentence)]

    checkups = "Trẻ được tái khám tại các thời điểm 01 tháng, 06 tháng và 12 tháng sau phẫu thuật."
    assert times(checkups) == ["01 tháng, 06 tháng và 12 tháng sau phẫu thuật"]
    assert times("Số hội viên tăng gấp đôi so với 02 năm trước đây.") == []  # a time ago, counted from now


def test_the_days_a_text_names():
    assert days_in("Ngày 15/11/2024 ai trực lãnh đạo?") == {(15, 11)}
    assert days_in("trước ngày 5 tháng 3 năm 2025") == {(5, 3)}
    assert days_in("ít nhất 2/3 số hội viên; quý II/2025") == set()  # a fraction, a quarter


def test_a_sentence_a_page_break_cut_is_one_sentence():
    text = "Danh sách người hiến máu chưa được tôn vinh\n\n-- 2 --\n\ncấp tỉnh, có xác nhận của Trung tâm.\nSố 2."
    assert [text[s:e] for s, e in sentences(text)][1:] == ["Số 2."]
    two = "Mục một.\n\nMục hai"
    assert [two[s:e] for s, e in sentences(two)] == ["Mục một.", "Mục hai"]


def test_a_year_compared_with_is_not_the_year_a_figure_is_said_of():
    figure = "Trao tặng 52.380 suất quà, tổng trị giá 27,9 tỷ đồng, giảm 4,1% so với Tết Quý Mão 2023."
    assert years_stated(figure) == set()
    assert years_stated("Năm 2024 trao 500 suất, tăng so với cùng kỳ năm 2023.") == {"2024"}


def test_a_preposition_after_the_question_word_counts_nothing():
    assert counted_noun("Hộ có nhà bị sập được hỗ trợ tối đa bao nhiêu từ nguồn đóng góp?", "bao nhieu") == []


def test_a_time_of_day_is_a_time():
    row = "Ngày 23/7/2025, tại Nhà văn hóa huyện; thời gian từ 13 giờ 30 đến 17 giờ 00; dự kiến 150 đơn vị máu."
    assert "từ 13 giờ 30 đến 17 giờ 00" in [row[s:e] for s, e in find_values("time", row)]
    opening = "Khai mạc lúc 7h30."
    assert [opening[s:e] for s, e in find_values("time", opening)] == ["lúc 7h30"]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("tổng số hội viên toàn huyện là 6.820 người, chiếm 6,1% dân số.", ["6.820 người"]),  # a verb goes on the sentence
    ("Còn 5/16 xã chưa bố trí được cán bộ.", ["5/16 xã"]),  # five of sixteen
    ("báo cáo trước ngày 30/11 hằng năm; gửi trước 30/11 hằng năm", []),  # a date is no count
    ("đăng 02 tin, bài trên báo", ["02 tin, bài"]),  # two nouns counted together
    ("đến năm 2030 đạt 4,5 triệu hội viên.", ["4,5 triệu hội viên"]),  # in millions
    ("hỗ trợ 4,5 triệu đồng mỗi hộ", []),  # a sum is no count
])
def test_counts_as_texts_write_them(sentence, counts):
    assert [sentence[s:e] for s, e in find_values("count", sentence)] == counts


def test_the_number_of_what_was_asked_is_named_before_its_value():
    sentence = "tổng số hội viên toàn huyện là 6.820 người, số tình nguyện viên 300 người"
    assert counts_before(sentence, sentence.index("6.820"), ["hoi", "vien"])
    assert not counts_before(sentence, sentence.index("300"), ["hoi", "vien"])
    assert counts_before(sentence, sentence.index("300"), ["tinh", "nguyen", "vien"])
    listed = "4. Các Ủy viên (09 thành viên):"  # (its count in brackets after it)
    assert counts_before(listed, listed.index("09"), ["uy", "vien"])
    assert not counts_before(listed, listed.index("09"), ["pho", "truong", "ban"])


def test_a_place_is_what_follows_tai_or_o_or_a_venue_named_alone():
    def found(text):
        return [text[s:e] for s, e in find_values("location", text)]
    assert found("Lễ phát động tổ chức lúc 8 giờ tại Nhà văn hóa huyện Cẩm Xuyên.") == ["tại Nhà văn hóa huyện Cẩm Xuyên"]
    assert found("Diễn tập tại huyện Hòa Vang trong quý III/2025.") == ["tại huyện Hòa Vang"]
    assert found("Địa điểm: Quảng trường 2/9.") == ["Quảng trường 2/9"]  # (the place, after its label)
    assert found("Xây dựng kho hàng dự phòng thiên tai cấp huyện với giá trị 200 triệu đồng.") == []
    # an association is a place to be at, a contest or a meeting an event
    assert found("Nộp hồ sơ tại Hội Chữ thập đỏ tỉnh.") == ["tại Hội Chữ thập đỏ tỉnh"]
    assert found("Bố trí xe cứu thương tại Hội thi Sơ cấp cứu huyện.") == []


def test_a_count_set_as_a_threshold_ends_before_trở_lên():
    sentence = "Tập thể đạt từ 95 điểm trở lên được đề nghị khen thưởng."
    assert [sentence[s:e] for s, e in find_values("count", sentence)] == ["95 điểm"]


def test_a_sentence_ends_at_its_own_full_stop_not_the_next_one():
    text = "Toàn tỉnh có: 38.640 hội viên. Giai đoạn 2010 - 2022 vận động 412 tỷ đồng.\nDòng sau."
    first = text.index(".", text.index("hội viên")) + 1
    assert text[: sentence_end(text, first)] == "Toàn tỉnh có: 38.640 hội viên."
    assert text[: sentence_end(text, text.index("Giai"))].endswith("412 tỷ đồng.")  # from inside: the stop after

    # a line after ";" that goes on in small letters goes on the sentence; a new item in capitals does not
    contact = "Đầu mối: bà Quàng Thị Mai, Trưởng ban;\nđiện thoại cơ quan 0215 3 826 459, di động 0915 274 318."
    assert sentence_start(contact, contact.index("0915")) == 0
    items = "Căn cứ Luật Hội Chữ thập đỏ;\nCăn cứ Nghị định số 03/2011/NĐ-CP."
    assert sentence_start(items, items.index("Nghị định")) == items.index("Căn cứ Nghị")


def test_comrades_are_no_sum_of_money():
    text = "Giảng viên của Trung ương Hội: 02 đồng chí; hỗ trợ 500.000 đồng chi cho tiền ăn."
    assert [text[s:e] for s, e in find_values("amount", text)] == ["500.000 đồng"]


def test_the_counted_noun_ends_before_a_verb_an_adverb_or_a_rate():
    assert counted_noun("Dự kiến có bao nhiêu đội dự Hội thi học sinh?", "bao nhieu") == ["doi"]
    assert counted_noun("Tình nguyện viên phải từ bao nhiêu tuổi mới thuộc đối tượng?", "bao nhieu") == ["tuoi"]
    assert counted_noun("Một tình nguyện viên trực tối đa mấy buổi một tháng?", "mấy") == ["buoi"]
    # a noun of two words stays whole ("hộ nghèo", "suất quà")
    assert counted_noun("Có bao nhiêu hộ nghèo được nhận quà?", "bao nhieu") == ["ho", "ngheo"]
    assert counted_noun("Trao bao nhiêu suất quà?", "bao nhieu") == ["suat", "qua"]


def test_the_unit_word_a_count_is_asked_in():
    classifiers = load_vocabulary().classifiers
    assert unit_word_asked("Mỗi lớp sơ cấp cứu cho học sinh bao nhiêu em?", classifiers) == "em"
    assert unit_word_asked("Xây bao nhiêu căn nhà?", classifiers) == "căn"
    assert unit_word_asked("Có bao nhiêu hội viên?", classifiers) is None
    assert unit_word_asked("Có mấy cái mặt nạ?", classifiers) is None  # ("cái" counts anything: a text writes "chiếc")
    # a decimal length of time
    text = "riêng đại hội điểm không quá 1,5 ngày."
    assert [text[s:e] for s, e in find_values("duration", text)] == ["1,5 ngày"]


def test_an_e_mail_address_is_a_value_and_its_dots_end_no_sentence():
    text = "Gửi bản điện tử qua thư điện tử: bancongtac.ctdhaidong@gmail.com. Hạn chót là ngày 15/3."
    assert [text[s:e] for s, e in find_values("email", text)] == ["bancongtac.ctdhaidong@gmail.com"]
    assert [text[s:e] for s, e in sentences(text)] == [
        "Gửi bản điện tử qua thư điện tử: bancongtac.ctdhaidong@gmail.com.", "Hạn chót là ngày 15/3."]


def test_a_count_of_a_name_in_quotes_ends_where_the_quotes_close():
    text = 'Duy trì không dưới 1.500 “Địa chỉ nhân đạo” được kết nối; xây mới 20 "Nhà nhân đạo" cho hộ nghèo.'
    assert [text[s:e] for s, e in find_values("count", text)] == ["1.500 “Địa chỉ nhân đạo”", '20 "Nhà nhân đạo"']


def test_what_a_value_takes_in_is_no_noun_counted_nor_a_place_of_co_so():
    assert counted_noun("Tổng điểm tối đa được bao nhiêu kể cả điểm thưởng?", "bao nhiêu") == []
    assert counted_noun("to chuc co so hoi van dong toi thieu bao nhieu", "bao nhieu") == []  # "cơ sở", no "số"
    assert counted_noun("so hoi vien toi thieu la bao nhieu", "bao nhieu") == ["hoi", "vien"]


def test_a_negation_over_a_short_list_negates_each_item():
    sentence = "Chi hội mới thành lập chưa đủ 06 tháng thì không đánh giá, xếp loại."
    assert negates("Chi hội chưa đủ bao lâu thì không xếp loại?", sentence) is None
    assert negates("Chi hội chưa đủ bao lâu thì không xếp loại?", "Chi hội đủ 12 tháng thì xếp loại.") == "xep loai"


def test_a_negation_on_the_verb_of_taking_part_negates_what_is_taken_part_in():
    question = "TNV nghỉ không hoạt động mấy tháng liền thì bị tạm dừng hỗ trợ?"
    assert negates(question, "Tình nguyện viên không tham gia hoạt động 02 tháng liên tục thì tạm dừng hưởng hỗ trợ.") is None
    assert negates(question, "Tình nguyện viên tham gia hoạt động 02 tháng liên tục thì được hỗ trợ.") == "hoat dong"


def test_repair_typed_plain_is_no_negation():
    sentence = "Mức hỗ trợ xây mới nhà Chữ thập đỏ tối thiểu 60 triệu đồng/căn; mức hỗ trợ sửa chữa tối thiểu 25 triệu đồng/căn."
    assert negates("sua chua nha chu thap do duoc ho tro bao nhieu", sentence) is None
    assert negates("nha chua sua duoc ho tro bao nhieu", "Nhà đã sửa được hỗ trợ 5 triệu đồng.") == "sua duoc"


def test_each_of_a_body_named_at_the_unit_s_level_or_each_unit_a_sentence_names_is_per_unit():
    assert per_unit("Hội tỉnh cấp cho mỗi Hội Chữ thập đỏ huyện, thị xã 15 túi sơ cấp cứu", ("huyen",))
    assert per_unit("Hội Chữ thập đỏ các huyện cử cán bộ dự lớp, mỗi đơn vị cử ít nhất 03 người", ("huyen",))
    assert not per_unit("Mỗi lớp học viên của các huyện có 40 người", ("huyen",))
    assert not per_unit("Hội tỉnh cấp cho các huyện 135 túi sơ cấp cứu", ("huyen",))


def test_the_month_of_a_day_is_no_length_of_time():
    text = "Báo cáo quyết toán gửi Sở Tài chính trước ngày 31/3 năm sau; nhiệm kỳ Hội đồng 5 năm."
    assert [text[s:e] for s, e in find_values("duration", text)] == ["5 năm"]


def test_a_count_in_a_unit_of_area_and_moi_typed_bare_after_a_verb_of_making_is_new():
    text = "Tiêu chuẩn nhà xây mới: diện tích sử dụng tối thiểu 36 m2;"
    assert [text[s:e] for s, e in find_values("count", text)] == ["36 m2"]
    assert quantifies("36 m2", ["m2"], [], ";")
    assert each_asked("nha nhan dao xay moi dien tich toi thieu bao nhieu m2") is None
    assert each_asked("so dien thoai can bo dau moi tiep nhan ho so") is None
    assert each_asked("moi huyen duoc cap bao nhieu tui") == ("huyen",)


def test_the_months_a_text_names_with_their_year():
    assert months_named("Lớp sơ cấp cứu tháng 9/2024 học vào ngày nào?") == {9}
    assert months_named("họp tháng 10 năm 2025") == {10}
    assert months_named("trong tháng này") == set()


def test_a_measure_with_a_decimal_part_is_a_quantity():
    text = "Mực nước dự báo đạt 1,15 m, diện tích ngập 2,5 ha; hỗ trợ 1,5 tấn gạo cho 30 hộ."
    assert [text[s:e] for s, e in find_values("count", text)] == ["1,15 m", "2,5 ha", "1,5 tấn", "30 hộ"]


def test_a_ward_or_an_urban_district_named_by_its_number_is_a_place():
    assert places_named("Phường 7 được giao chỉ tiêu vận động bao nhiêu?") == [["phường 7"]]
    assert places_named("| 5 | Phường 7 | 115 | 50 |") == [["phường 7"]]  # a row's own place, not its number
    assert places_named("Quận 1 và huyện Củ Chi") == [["quận 1"], ["củ chi"]]
    assert places_named("hỗ trợ mỗi phường 5 triệu đồng") == []  # a sum for each ward, no ward named


def test_a_table_s_row_is_one_sentence():
    row = "| 2 | Bãi biển Mũi Né | phường Mũi Né, TP. Phan Thiết | Hội CTĐ TP. Phan Thiết | 10 |"
    assert sentences(row) == [(0, len(row))]
    assert len(sentences("Trực tại TP. Phan Thiết. Mỗi điểm 02 người.")) == 3  # (prose is read as before)


def test_how_often_is_also_a_number_of_issues_or_sessions_per_period():
    text = "Báo tỉnh duy trì chuyên mục ít nhất 01 kỳ/tháng; tập huấn 02 buổi/tuần."
    assert [text[s:e] for s, e in find_values("frequency", text)] == ["01 kỳ/tháng", "02 buổi/tuần"]
    text = "Phát bản tin cảnh báo bão tối thiểu 03 giờ một lần; huấn luyện lại 02 năm một lần."
    assert [text[s:e] for s, e in find_values("frequency", text)] == ["03 giờ một lần", "02 năm một lần"]
    # once each period, its count left unsaid ("mỗi quý"), not a period opened ("mỗi tháng đầu quý")
    text = "Tổ chức ít nhất 01 điểm hiến máu lưu động mỗi quý; họp vào mỗi tháng đầu quý."
    assert [text[s:e] for s, e in find_values("frequency", text)] == ["mỗi quý"]


def test_a_group_of_what_is_asked_counts_groups():
    assert not quantifies("01 đội", ["tình", "nguyện"], following=" tình nguyện viên sơ cấp cứu;")
    assert quantifies("01 đội", ["đội", "tình"], following=" tình nguyện viên sơ cấp cứu;")
    assert quantifies("36 lớp", ["lớp", "tập"], following=" tập huấn cho cán bộ")


def test_a_month_s_number_counts_nothing():
    text = "Đợt triều cường đầu tháng 10 âm lịch vượt mức báo động III 0,08 m."
    assert [text[s:e] for s, e in find_values("count", text)] == ["0,08 m"]


def test_a_festival_named_with_its_year_is_no_frequency():
    text = "Tổ chức Lễ hội Xuân hồng năm 2025; Ban Chỉ đạo họp định kỳ 6 tháng một lần, báo cáo hằng năm."
    found = [text[s:e] for s, e in find_values("frequency", text)]
    assert "hằng năm" in found and not any(f.startswith("hồng") for f in found)


def test_a_number_closing_a_place_s_name_is_part_of_it_not_a_count():
    assert places_named("Phường Hà Giang 2 có bao nhiêu hội viên?") == [["hà giang 2"]]
    assert places_named("| 2 | Phường Hà Giang 1 | 1.980 | 275 |") == [["hà giang 1"]]
    assert places_named("xã Mèo Vạc 130 tình nguyện viên") == [[fold("Mèo Vạc")]]


def test_a_chairman_is_no_hall_once_the_venue_is_read_as_written():
    sentence = "Tổ chức 01 hội nghị phổ biến Nghị định cho cán bộ Hội, chi hội trưởng các khu phố, hoàn thành trong tháng 4/2026."
    assert find_values("location", sentence) == []
    hall = "Hội nghị tổ chức tại Hội trường UBND phường."
    assert [hall[s:e] for s, e in find_values("location", hall)] == ["tại Hội trường UBND phường"]
    assert places_named("trong đó huyện Lệ Thủy 7.820 nhà;") == [[fold("Lệ Thủy")]]  # a figure, not "Lệ Thủy 7"


def test_a_venue_is_read_without_the_bracket_its_address_opens_nor_its_label():
    hall = "Họp mặt ngày 19/11/2027 tại Hội trường Hội Chữ thập đỏ tỉnh (số 05 đường Lê Duẩn, phường Mỹ Phú)."
    assert [hall[s:e] for s, e in find_values("location", hall)] == ["tại Hội trường Hội Chữ thập đỏ tỉnh"]
    # a label of the place with words after it, over a line a wrap broke
    room = "Địa điểm họp định kỳ: Phòng họp số 2, trụ sở UBND thị xã, số 127 đường Trần Hưng Đạo,\nphường Hòa Vinh."
    assert [room[s:e] for s, e in find_values("location", room)] == \
        ["Phòng họp số 2, trụ sở UBND thị xã, số 127 đường Trần Hưng Đạo,\nphường Hòa Vinh"]


def test_a_day_of_the_calendar_written_in_words_is_no_duration():
    text = "Căn cứ Quyết định số 05/QĐ-CTĐ ngày 18 tháng 8 năm 2025; tổ chức vào tháng 8 năm nay; nhiệm kỳ 30 tháng."
    assert [text[s:e] for s, e in find_values("duration", text)] == ["30 tháng"]


def test_a_few_days_written_in_words_are_a_duration_and_after_a_day_is_none():
    text = "Đại hội họp trong hai ngày 17 và 18 tháng 6; báo cáo sau ngày 20/6; tập huấn ba tháng cuối năm."
    assert [text[s:e] for s, e in find_values("duration", text)] == ["hai ngày", "ba tháng"]


def test_an_account_is_counted_and_an_hour_of_the_clock_is_no_length_of_time():
    sentence = "Mỗi đơn vị chỉ mở 01 tài khoản chuyên dùng; tập huấn lúc 15 giờ 00 ngày 21/3/2026 tại Hội trường A1."
    assert [sentence[s:e] for s, e in find_values("count", sentence)] == ["01 tài khoản"]
    assert find_values("duration", sentence) == []
    lengths = "Kéo dài 4 giờ, trả lời trong 48 giờ."
    assert [lengths[s:e] for s, e in find_values("duration", lengths)] == ["4 giờ", "48 giờ"]


def test_the_data_a_question_cites_counts_nothing():
    # "Theo số liệu sơ bộ … bao nhiêu người chết": people, not "liệu"
    assert counted_noun("Theo số liệu sơ bộ bão số 5 làm bao nhiêu người chết?", "bao nhieu") == ["nguoi"]
    assert counted_noun("Tổng số hội viên toàn tỉnh là bao nhiêu người?", "bao nhieu") == ["hoi", "vien"]


def test_an_abbreviation_after_a_region_s_description_names_no_place():
    assert places_named("Các tỉnh ven biển ĐBSCL gửi danh sách trước ngày nào?") == [["*"]]
    assert places_named("04 huyện vùng cao núi đá Đồng Văn, Mèo Vạc") == [[fold("Đồng Văn"), fold("Mèo Vạc")]]


def test_a_fraction_of_periods_or_targets_is_no_day():
    late = "Hội Chữ thập đỏ thị xã Nghĩa Lộ gửi báo cáo quý chậm 02/04 kỳ."
    assert find_values("day", late) == []
    assert find_values("day", "đạt 3/5 chỉ tiêu") == []
    kept = "Hoàn thành trước 15/4 để tổng hợp."
    assert [kept[s:e] for s, e in find_values("day", kept)] == ["15/4"]


@pytest.mark.parametrize("sentence, venues", [
    # a hall arranged is no venue named; one opening its line or cell is
    ("Văn phòng bố trí hội trường, âm thanh, ánh sáng phục vụ Lễ khai mạc.", []),
    ("Hội trường tầng 2, Ủy ban nhân dân huyện Khoái Châu", ["Hội trường tầng 2, Ủy ban nhân dân huyện Khoái Châu"]),
    ("1 | Hội trường UBND xã Tân Châu | 20/4/2027", ["Hội trường UBND xã Tân Châu "]),
    # far away, as written, is no commune
    ("Bố trí phương tiện đưa đón người hiến máu ở xa đến điểm lấy máu.", []),
    ("Lễ bàn giao tổ chức tại xã Tân Lập.", ["tại xã Tân Lập"]),
    # (a port: "tại cảng cá Sông Đốc"; no property, "tài sản", is a yard)
    ("Tập huấn cho ngư dân khi tàu cá nằm bờ tại cảng cá Sông Đốc.", ["tại cảng cá Sông Đốc"]),
    ("Giảm thiểu thiệt hại về người và tài sản khi thiên tai xảy ra.", []),
])
def test_a_venue_is_a_place_named_where_something_is_held(sentence, venues):
    assert [sentence[s:e] for s, e in find_values("location", sentence)] == venues


@pytest.mark.parametrize("row, months", [
    ("16/10 - 31/10\tNguyễn Thị Bích Liên, Phó Chủ tịch\t0986.153.774", {10}),
    ("| 20/11/2027 – 05/12/2027 | Đinh Văn Lực |", {11, 12}),
    ("| 1 | Gạo | 12 tấn |", None),  # no cell of days: of no time
    ("Trực 24/24 giờ tại trụ sở từ 01/10 đến 31/12.", None),  # a sentence, no row
])
def test_a_row_of_a_roster_is_of_the_months_its_days_cover(row, months):
    assert row_months(row) == months


def test_a_particle_that_closes_a_spoken_question_counts_nothing():
    for question in ("Mỗi năm được hỗ trợ bao nhiêu ạ?", "Được hỗ trợ bao nhiêu vậy ạ?", "Được bao nhiêu nhỉ?"):
        assert counted_noun(question, "bao nhieu") == []
    assert counted_noun("Hỗ trợ bao nhiêu hộ nghèo ạ?", "bao nhieu") == ["ho", "ngheo"]


def test_a_text_takes_effect_where_it_says_so_or_from_when_it_applies():
    assert find_values("effective", "Quyết định có hiệu lực kể từ ngày ký.")
    text = "Thời gian áp dụng: từ ngày 01/6/2027 đến hết ngày 31/8/2027."
    assert [text[s:e] for s, e in find_values("effective", text)][:1] == ["từ ngày 01/6/2027"]
    assert find_values("effective", "Hội tổ chức tập huấn từ ngày 01/6/2027 đến ngày 05/6/2027.") == []
    # (from an event, with the words that say it: no bare "kể từ")
    text = "Mức hỗ trợ được tính lại, kể từ thời điểm mức lương cơ sở mới có hiệu lực;"
    assert [text[s:e] for s, e in find_values("effective", text)] == ["kể từ thời điểm mức lương cơ sở mới có hiệu lực"]


def test_a_rank_said_of_a_thing_is_read_and_a_day_of_the_week_is_not_one():
    assert ranks_said("Lớp tập huấn thứ hai cho công an tổ chức tháng mấy?") == {2}
    assert ranks_said("Lớp thứ nhất tổ chức trong tháng 4/2027; kỳ họp thứ 27") == {1, 27}
    assert ranks_said("Giao ban vào thứ Hai hằng tuần, sáng thứ Ba trực") == set()
