"""Whether a sentence's value is said of what the question asks: its year, state, case and place."""

import pytest

from retrieval.answer.people import PersonReader
from retrieval.answer.query import QueryReader
from retrieval.answer.references import DocumentDirectory
from retrieval.answer.value_reader import ValueReader
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.glossary import load_glossary
from retrieval.ingest.actors import AliasTable
from retrieval.models import Clause
from retrieval.text import fold

ALIASES = AliasTable.load()
VOCABULARY = load_vocabulary()
READER = QueryReader(ALIASES, VOCABULARY, load_glossary(), DocumentDirectory())
# (the texts name "huyện Tây Sơn" and "huyện Bạch Long Vĩ")
VALUES = ValueReader(ALIASES, VOCABULARY, PersonReader(VOCABULARY, ALIASES, set()), {"hd-07": set()},
                     place_names=frozenset({"tay son", "bach long vi"}))


def clause(text: str, headings: list[str] | None = None) -> Clause:
    return Clause(id="hd-07:1", document_id="hd-07", path=["1"], label="Điểm 1", headings=headings or [], text=text,
                  start=0, end=len(text))


@pytest.mark.parametrize(("question", "sentence", "said"), [
    # a target does not answer what there is now; what there is does
    ("Hiện nay bao nhiêu phần trăm thôn có chi hội?", "Phấn đấu đến năm 2030 có 100% thôn có chi hội;", False),
    ("Hiện nay bao nhiêu phần trăm thôn có chi hội?", "Đến nay 92% thôn đã có chi hội.", True),
    ("Thực tế dạy bơi được bao nhiêu em?", "Phấn đấu dạy bơi cho 300 em.", False),  # what was done, not the aim
    # what was done, however many words the doing takes, is not what a plan sets out to do
    ("Hội đã tập huấn sơ cấp cứu cho bao nhiêu tình nguyện viên?", "Phấn đấu tập huấn sơ cấp cứu cho 600 tình nguyện viên.",
     False),
    # the case the question describes, not its neighbour in the list
    ("Người bị thương nhẹ được hỗ trợ bao nhiêu?", "Người bị thương nặng: 5.000.000 đồng/người.", False),
    ("Người bị thương nhẹ được hỗ trợ bao nhiêu?", "Hộ có người chết, mất tích: 20.000.000 đồng/người.", False),
    ("Người bị thương nặng được hỗ trợ bao nhiêu?", "Người bị thương nặng: 5.000.000 đồng/người.", True),
    # what befell someone of the household ("có người chết"), not its house
    ("Gia đình có người chết do thiên tai được hỗ trợ bao nhiêu?",
     "Hộ gia đình có nhà ở bị hư hỏng nặng do thiên tai được hỗ trợ thêm 2.000.000 đồng/hộ.", False),
    ("Gia đình có người chết do thiên tai được hỗ trợ bao nhiêu?", "Hộ có người chết, mất tích: 20.000.000 đồng/người.", True),
    # another year, another day
    ("Năm 2025 vận động được bao nhiêu?", "Năm 2024 vận động được 31,5 tỷ đồng.", False),
    # a year the figure is compared with, however long the words between ("so với kết quả thực hiện năm 2026")
    ("Năm 2027 toàn tỉnh tiếp nhận bao nhiêu đơn vị máu?",
     "Toàn tỉnh tiếp nhận 62.000 đơn vị máu, tăng khoảng 8% so với kết quả thực hiện năm 2026.", True),
    ("Ngày 15/11/2024 ai trực lãnh đạo?", "Ngày 12/11/2024: đồng chí Đàng Văn Tâm, Phó Chủ tịch.", False),
    ("Ngày 12/11/2024 ai trực lãnh đạo?", "Ngày 12/11/2024: đồng chí Đàng Văn Tâm, Phó Chủ tịch.", True),
    # a sum said of another act than the one asked
    ("Hộ có nhà bị sập được hỗ trợ bao nhiêu tiền?", "2.360 căn nhà bị sập; tổng thiệt hại ước khoảng 1.280 tỷ đồng.", False),
    ("Hộ có nhà bị sập được hỗ trợ bao nhiêu tiền?", "Hộ có nhà bị sập được hỗ trợ 40.000.000 đồng.", True),
    ("Mỗi hộ nghèo được tặng quà trị giá bao nhiêu?", "Hộ nghèo: mỗi hộ 01 suất quà trị giá 700.000 đồng.", True),  # no act named
    ("Vi phạm thì bị phạt bao nhiêu tiền?", "Người hiến máu được hỗ trợ 100.000 đồng.", False),
    # a fine or a damage is never left unsaid beside its sum: a sum of no act named is none
    ("Mức phạt khi không tham gia tập huấn là bao nhiêu?", "Sở Tài chính bố trí kinh phí 300 triệu đồng cho tập huấn.", False),
    ("Mức phạt khi không tham gia tập huấn là bao nhiêu?", "Đơn vị không tham gia tập huấn bị phạt 2.000.000 đồng.", True),
    ("Bão số 3 gây thiệt hại bao nhiêu tiền?", "Hội hỗ trợ 500 suất quà, mỗi suất 700.000 đồng.", False),
    # read with diacritics: "tăng 12%" names no gift ("tặng"); a question typed bare is read bare
    ("Hộ có nhà bị sập được hỗ trợ bao nhiêu tiền?", "Thiệt hại tăng 12%, ước khoảng 1.280 tỷ đồng.", False),
    ("ho co nha bi sap duoc ho tro bao nhieu tien", "Tổng thiệt hại ước khoảng 1.280 tỷ đồng.", False),
    # "khẩn cấp" grants nothing ("cấp"): a sum of damage still
    ("Gia đình có người chết được hỗ trợ bao nhiêu tiền?", "46 hộ phải di dời khẩn cấp; tổng thiệt hại ước tính 86,4 tỷ đồng.",
     False),
    # a district typed bare is the district asked: a figure of no place named is none of its
    ("chi tieu hien mau nam 2025 cua huyen tay son la bao nhieu", "Tiếp nhận 45.000 đơn vị máu trong năm 2025.", False),
    ("chi tieu hien mau nam 2025 cua huyen tay son la bao nhieu", "Huyện Tây Sơn phấn đấu tiếp nhận 1.200 đơn vị máu năm 2025.",
     True),
    # a target asked, of a text that plans nothing: a figure it states as no aim is none ("chỉ còn 86 đơn vị")
    ("Chỉ tiêu hiến máu năm 2026 là bao nhiêu?", "Năm 2026, nhóm máu O có thời điểm chỉ còn 86 đơn vị.", False),
    ("Chỉ tiêu hiến máu năm 2026 là bao nhiêu?", "Năm 2026, toàn tỉnh phấn đấu tiếp nhận 7.000 đơn vị máu.", True),
    ("huyen bach long vi phat trien bao nhieu hoi vien", "Huyện Bạch Long Vĩ phát triển 120 hội viên.", True),  # by its first words
    # "nghị quyết 08": a text named by its number, no case described ("kết quả thực hiện" of it is "kết quả")
    ("Hội báo cáo kết quả thực hiện nghị quyết 08 trước ngày nào?", "Báo cáo kết quả định kỳ 6 tháng, trước ngày 15/6.", True),
    # "nộp đủ hồ sơ": how a verb is done before its object, no case described
    ("Nộp đủ hồ sơ bao lâu thì được cấp thẻ?", "Trong thời hạn 10 ngày làm việc kể từ ngày nhận hồ sơ, Hội cấp thẻ.", True),
    # "đủ 20 lần": how much, no case ("đạt mốc 20 lần" is the same case)
    ("Hiến máu đủ 20 lần thì được hỗ trợ một lần bao nhiêu tiền?", "Người hiến máu đạt mốc 20 lần: hỗ trợ một lần 1.000.000 đồng",
     True),
    # "cho hộ khác": any other household, no case ("cho hộ tiếp theo" is one)
    ("Nuôi bê đến mấy tháng tuổi thì phải bàn giao cho hộ khác?",
     "khi bò đẻ lứa đầu, nuôi bê đến 10 tháng tuổi thì bàn giao bê cái cho hộ tiếp theo trong danh sách.", True),
    # "huyện tham mưu": a verb after "huyện", no name the texts write
    ("phong tai chinh huyen tham muu bo tri bao nhieu tien", "Bố trí 200 triệu đồng dự phòng.", True),
])
def test_a_value_is_said_of_what_the_question_asks(question, sentence, said):
    assert VALUES.said_of(READER.read(question))(sentence, clause(sentence)) is said


@pytest.mark.parametrize(("question", "value"), [
    # what there is, not the target it is measured against ("vượt chỉ tiêu 9.500")
    ("Toàn tỉnh có bao nhiêu tình nguyện viên?", "9.730 người"),
    # "đã đạt chỉ tiêu chưa" asks whether it was reached, not the target
    ("Hiện có bao nhiêu tình nguyện viên, đã đạt chỉ tiêu chưa?", "9.730 người"),
    # the target itself, asked
    ("Chỉ tiêu tình nguyện viên là bao nhiêu?", "9.500 tình nguyện viên"),
])
def test_a_figure_is_told_from_the_target_it_is_measured_against(question, value):
    sentence = "Số tình nguyện viên đạt 9.730 người, vượt chỉ tiêu 9.500 tình nguyện viên."
    assert VALUES.value_in(READER.read(question), sentence, clause(sentence)) == value


@pytest.mark.parametrize(("question", "sentence", "value"), [
    # a support in kind, asked of no money, in its measure per whom and how often
    ("Mức hỗ trợ gạo cho hộ thiếu đói là bao nhiêu?", "Đề xuất hỗ trợ gạo với mức 15 kg/người/tháng trong 03 tháng.",
     "15 kg/người/tháng"),
    # a salinity, per mille
    ("Độ mặn cao nhất đo ở trạm Đại Ngãi là bao nhiêu?", "Độ mặn cao nhất đo được tại trạm Đại Ngãi là 6,8‰.", "6,8‰"),
])
def test_a_measure_is_read_in_its_unit(question, sentence, value):
    assert VALUES.value_in(READER.read(question), sentence, clause(sentence)) == value


def test_a_part_of_a_total_is_no_total():
    sentence = "Đề nghị ngân sách huyện hỗ trợ: 60.000.000 đồng (Sáu mươi triệu đồng), chiếm 73,7% tổng dự toán."
    said_of = VALUES.said_of(READER.read("Tổng dự toán lớp tập huấn là bao nhiêu tiền?"))
    assert not said_of(sentence, clause(sentence), sentence, "60.000.000 đồng")
    assert VALUES.said_of(READER.read("Ngân sách huyện hỗ trợ bao nhiêu tiền?"))(sentence, clause(sentence), sentence,
                                                                               "60.000.000 đồng")


def test_what_was_reached_is_said_beside_the_target_it_is_compared_with():
    sentence = "Tỷ lệ hội viên tham gia toàn tỉnh đạt 77,6%, thấp hơn chỉ tiêu 85% đề ra;"
    reached = READER.read("Tỷ lệ hội viên tham gia thực tế đạt bao nhiêu so với chỉ tiêu?")
    assert VALUES.said_of(reached)(sentence, clause(sentence), sentence, "77,6%")
    aimed = "Phấn đấu tỷ lệ hội viên tham gia đạt 85%."
    assert not VALUES.said_of(reached)(aimed, clause(aimed), aimed, "85%")


def test_a_target_asked_with_no_noun_counted_is_answered_by_a_share():
    sentence = "Tỷ lệ học sinh tiểu học biết bơi an toàn đạt 48%."
    assert VALUES.value_in(READER.read("Chỉ tiêu học sinh tiểu học biết bơi là bao nhiêu?"), sentence) == "48%"
    assert VALUES.value_in(READER.read("Số học sinh tiểu học biết bơi là bao nhiêu?"), sentence) is None


def test_the_day_a_report_counts_its_figures_to_is_no_deadline():
    sentence = "Tính đến ngày 15/6/2027, toàn huyện có 142 chi hội với 12.836 hội viên."
    deadline = READER.read("Hạn nộp hội phí của các chi hội là ngày nào?")
    assert not VALUES.said_of(deadline)(sentence, clause(sentence), sentence, "ngày 15/6/2027")
    counted = READER.read("Số chi hội được tính đến ngày nào?")
    assert VALUES.said_of(counted)(sentence, clause(sentence), sentence, "ngày 15/6/2027")


def test_a_place_typed_bare_is_a_text_s_own_by_its_whole_name_not_by_its_syllables():
    titles = {"kh-21": {fold(w) for w in "Hội Chữ thập đỏ tỉnh Vĩnh Long và Đoàn TNCS Hồ Chí Minh".split()}}
    question = READER.read("ngay hoi hien mau tai huyen long ho to chuc vao ngay nao")
    sentence = "Ngày hội hiến máu cấp tỉnh: ngày 14/6/2025."
    provincial = Clause(id="kh-21:1", document_id="kh-21", path=["1"], label="Điểm 1", headings=[], text=sentence,
                        start=0, end=len(sentence))
    people = PersonReader(VOCABULARY, ALIASES, set())
    of_province = ValueReader(ALIASES, VOCABULARY, people, titles, place_names=frozenset({"long ho", "vinh long"}),
                              document_places={"kh-21": {"vinh long"}})
    assert of_province.said_of(question)(sentence, provincial) is False
    of_district = ValueReader(ALIASES, VOCABULARY, people, titles, place_names=frozenset({"long ho"}),
                              document_places={"kh-21": {"long ho"}})
    assert of_district.said_of(question)(sentence, provincial) is True


@pytest.mark.parametrize(("question", "heading", "said"), [
    # a figure under "6 tháng đầu năm" is of that period, not of nine months nor of the whole year
    ("9 tháng đầu năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", False),
    ("Cả năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", False),
    ("Sáu tháng đầu năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", True),
    ("Quý II huyện tiếp nhận được bao nhiêu đơn vị máu?", "2. Kết quả quý I năm 2025", False),
    ("Nửa đầu năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", True),
    ("Nửa cuối năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", False),
    ("Năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", True),  # no period asked
    # the months so far, said without "đầu"
    ("9 tháng đầu năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 9 THÁNG NĂM 2025", True),
    ("6 tháng đầu năm 2025 huyện tiếp nhận được bao nhiêu đơn vị máu?", "II. KẾT QUẢ 9 THÁNG NĂM 2025", False),
])
def test_a_figure_of_one_period_of_the_year_answers_for_that_period(question, heading, said):
    sentence = "Tiếp nhận 864 đơn vị máu."
    assert VALUES.said_of(READER.read(question))(sentence, clause(sentence, [heading])) is said


@pytest.mark.parametrize(("question", "sentence", "said"), [
    # a report named by the months or the year it is of ("báo cáo 9 tháng", "Báo cáo năm")
    ("Các huyện gửi báo cáo 9 tháng trước ngày nào?", "Báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6) và hằng năm.", False),
    ("Các huyện gửi báo cáo 6 tháng trước ngày nào?", "Báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6) và hằng năm.", True),
    ("Hội cơ sở gửi báo cáo hội viên, hội phí 6 tháng trước ngày nào?", "Báo cáo năm: Hội cơ sở báo cáo trước ngày 20/12.", False),
    ("Các xã gửi báo cáo năm trước ngày nào?", "Báo cáo định kỳ 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11.", True),
    ("Các xã gửi báo cáo 6 tháng trước ngày nào?", "Các xã gửi báo cáo năm trước ngày 15/11.", False),
    # a time limit is no period: "sau 6 tháng", "trong 3 tháng"; a year named is no yearly report
    ("Các huyện gửi báo cáo 6 tháng trước ngày nào?", "Báo cáo kết quả sau 6 tháng triển khai, trước ngày 15/7.", True),
    ("Các huyện gửi báo cáo năm 2024 trước ngày nào?", "Báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6).", True),
])
def test_a_report_named_by_its_period_is_not_answered_by_a_report_of_another(question, sentence, said):
    assert VALUES.said_of(READER.read(question))(sentence, clause(sentence)) is said


@pytest.mark.parametrize(("question", "heading", "own", "other"), [
    ("Chỉ tiêu cả năm 2024 của tỉnh là bao nhiêu đơn vị máu?", "B. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024",
     "Tiếp nhận thêm 8.600 đơn vị máu để hoàn thành chỉ tiêu 18.000 đơn vị máu của năm 2024.", "Tiếp nhận thêm 8.600 đơn vị máu."),
    # "lũy kế 9 tháng": the months so far, not the quarter of its heading
    ("9 thang dau nam 2023 hoi tiep nhan duoc bao nhieu don vi mau", "I. ĐÁNH GIÁ KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023",
     "Tiếp nhận 3.126 đơn vị máu; lũy kế 9 tháng tiếp nhận 9.410 đơn vị máu.", "Tiếp nhận 3.126 đơn vị máu."),
])
def test_the_period_a_sentence_states_itself_overrides_its_heading_s(question, heading, own, other):
    query = READER.read(question)
    assert VALUES.said_of(query)(own, clause(own, [heading])) is True
    assert VALUES.said_of(query)(other, clause(other, [heading])) is False


def test_a_number_asked_after_a_noun_is_the_number_it_is_labelled_by():
    query = READER.read("Học sinh từ lớp mấy thì được tập huấn sơ cấp cứu?")
    assert VALUES.value_in(query, "Mỗi trường tổ chức 01 lớp với tối thiểu 40 học sinh.") is None
    assert VALUES.value_in(query, "Học sinh từ lớp 8 trở lên được tập huấn sơ cấp cứu.") == "lớp 8"
    assert VALUES.value_in(READER.read("Mỗi trường mở mấy lớp?"), "Mỗi trường mở 02 lớp.") == "02 lớp"
    # a term numbered in Roman numerals
    term = READER.read("Nghị quyết được Hội đồng nhân dân tỉnh khóa mấy?")
    assert VALUES.value_in(term, "Nghị quyết này đã được Hội đồng nhân dân tỉnh Khóa XVII thông qua.") == "Khóa XVII"


def test_an_effective_date_is_the_one_the_text_takes_effect_on_not_the_date_of_the_text_it_replaces():
    query = READER.read("Quy định này có hiệu lực từ ngày nào?")
    sentence = "Quy định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024 và thay thế Quy định số 05 ngày 12 tháng 6 năm 2019."
    assert VALUES.value_in(query, sentence) == "kể từ ngày 01 tháng 4 năm 2024"


def test_a_value_is_read_as_written():
    query = READER.read("Người bị thương nặng được hỗ trợ bao nhiêu tiền?")
    assert VALUES.value_in(query, "Người bị thương nặng: 5.000.000 đồng/người.") == "5.000.000 đồng"
    assert VALUES.value_in(query, "Người bị thương nặng được thăm hỏi, động viên.") is None


def test_a_venue_asked_by_its_kind_is_a_place_of_that_kind():
    hall = READER.read("Lễ phát động tổ chức tại hội trường nào?")
    assert VALUES.value_in(hall, "Lễ phát động dự kiến tổ chức sáng ngày 04/3/2027 tại huyện Giồng Trôm;") is None
    assert VALUES.value_in(hall, "Lễ phát động tổ chức tại Hội trường Ủy ban nhân dân huyện.") is not None
    where = READER.read("Lễ phát động tổ chức ở đâu?")
    assert VALUES.value_in(where, "Lễ phát động dự kiến tổ chức sáng ngày 04/3/2027 tại huyện Giồng Trôm;") is not None


def test_a_figure_of_several_levels_together_is_none_of_one_of_them():
    sentence = "Hội đã tập huấn cho 164 cán bộ Hội cấp huyện, cấp xã ngày 22/10/2026."
    assert VALUES.value_in(READER.read("Có bao nhiêu cán bộ Hội cấp xã được tập huấn?"), sentence) is None
    assert VALUES.value_in(READER.read("Có bao nhiêu cán bộ Hội được tập huấn?"), sentence) == "164 cán bộ"


def test_the_day_an_event_is_held_is_no_deadline():
    deadline = READER.read("Ban Chỉ đạo cấp xã phải kiện toàn xong trước ngày nào?")
    held = "Phối hợp tham mưu tổ chức Lễ phát động hưởng ứng Ngày Toàn dân hiến máu tình nguyện ngày 07/4/2027;"
    assert VALUES.value_in(deadline, held) is None
    assert VALUES.value_in(deadline, "Kiện toàn Ban Chỉ đạo cấp xã xong trước ngày 30/4/2027.") is not None
    sent = "Báo cáo kết quả Ngày hội hiến máu gửi về Hội tỉnh ngày 20/7/2027."  # (a report sent: a deadline said so)
    assert VALUES.value_in(READER.read("Hội huyện phải gửi báo cáo trước ngày nào?"), sent) is not None


def test_a_person_s_telephone_is_read_only_where_the_person_is_named():
    query = READER.read("Số điện thoại của Đại tá Trần Quốc Hiệu là bao nhiêu?")
    assert VALUES.value_in(query, "Sở chỉ huy diễn tập trực điện thoại 0238 3 862 115 trong ngày diễn tập.") is None
    assert VALUES.value_in(query, "Đại tá Trần Quốc Hiệu, Chỉ huy trưởng, điện thoại 0912 345 678.") == "0912 345 678"


def test_when_something_was_done_is_no_deadline_to_do_it():
    sentence = "Chủ trì xây dựng quy chế phối hợp, ký kết trước ngày 31/5/2027;"
    assert VALUES.value_in(READER.read("Quy chế phối hợp đã được ký vào ngày nào?"), sentence) is None
    assert VALUES.value_in(READER.read("Quy chế phối hợp phải ký trước ngày nào?"), sentence) is not None
    assert VALUES.value_in(READER.read("Quy chế phối hợp đã được ký vào ngày nào?"),
                           "Quy chế phối hợp đã được ký kết ngày 20/5/2027.") is not None


def test_a_sum_set_as_a_share_of_another_sum_answers_how_much():
    query = READER.read("Chi phí vận chuyển, phân phối được trích tối đa bao nhiêu?")
    assert query.ask.name == "amount"
    share = "Chi phí vận chuyển, phân phối được trích không quá 2% tổng giá trị nguồn đóng góp tiếp nhận được."
    assert VALUES.value_in(query, share) == "2%"
    assert VALUES.value_in(query, "Tỷ lệ hộ nghèo giảm 2% so với năm trước.") is None  # a rate, not a sum
    balance = READER.read("Ban Thường vụ được điều phối tối đa bao nhiêu số dư Quỹ Nhân đạo cấp huyện?")
    assert VALUES.value_in(balance, "Ban Thường vụ được điều phối tối đa 30% số dư Quỹ Nhân đạo cấp huyện.") == "30%"


@pytest.mark.parametrize(("question", "sentence", "said"), [
    # a sum of another post of the same kind is not said of the post asked
    ("Đội phó đội tình nguyện viên cấp xã được hỗ trợ bao nhiêu?",
     "Đội trưởng Đội tình nguyện viên Chữ thập đỏ cấp xã: 300.000 đồng/người/tháng.", False),
    ("Đội phó đội tình nguyện viên cấp xã được hỗ trợ bao nhiêu?",
     "Đội trưởng, Đội phó Đội tình nguyện viên cấp xã: 300.000 đồng/người/tháng.", True),
    ("Phó Chủ tịch Hội được phê duyệt khoản chi tối đa bao nhiêu?", "Chủ tịch Hội phê duyệt các khoản chi đến 50.000.000 đồng/lần.",
     False),
    ("Chủ tịch Hội được phê duyệt khoản chi tối đa bao nhiêu?", "Chủ tịch Hội phê duyệt các khoản chi đến 50.000.000 đồng/lần.",
     True),
    # a value of another share than the one the question states is another case; one within the band a sentence
    # states is its case ("từ 6% đến dưới 8%", "từ 50% trở lên")
    ("Thu hội phí chỉ đạt 80% số hội viên thì chi hội được mấy điểm?",
     "Kết nạp mới hội viên đạt từ 5% tổng số hội viên của chi hội trở lên: 05 điểm.", False),
    ("Thu hội phí chỉ đạt 80% số hội viên thì chi hội được mấy điểm?", "Thu hội phí đạt từ 80% số hội viên trở lên: 05 điểm.", True),
    ("Tỷ lệ hội viên đạt 7% dân số thì được mấy điểm?", "Đạt từ 6% đến dưới 8%: 6 điểm.", True),
    ("Tỷ lệ hội viên đạt 7% dân số thì được mấy điểm?", "Đạt từ 8% dân số trở lên: 10 điểm.", False),
    ("Tỷ lệ hội viên đạt 7% dân số thì được mấy điểm?", "Đạt dưới 6%: 2 điểm.", False),
])
def test_a_value_of_another_post_or_another_share_than_the_one_asked_is_another_case(question, sentence, said):
    assert VALUES.said_of(READER.read(question))(sentence, clause(sentence)) is said


def test_a_post_named_in_a_duty_of_the_post_asked_is_whom_it_reports_to():
    query = READER.read("Phó Trưởng ban thường trực phải trình kế hoạch năm sau trước ngày nào?")
    duty = "Chỉ đạo xây dựng kế hoạch năm sau, trình Trưởng ban phê duyệt trước ngày 31/12 hằng năm."
    assert VALUES.said_of(query)(duty, clause(duty, ["Điều 4. Nhiệm vụ của Phó Trưởng ban Thường trực"])) is True
    assert VALUES.said_of(query)(duty, clause(duty, ["Điều 3. Nhiệm vụ của Trưởng ban"])) is False


def test_a_year_before_a_level_word_is_no_count_of_places():
    query = READER.read("Năm 2024 huyện tiếp nhận được bao nhiêu đơn vị máu?")
    stated = "Năm 2024 tổ chức 02 đợt hiến máu tại thị trấn Tủa Chùa, tiếp nhận 286 đơn vị máu."
    assert VALUES.said_of(query)(stated, clause(stated)) is True


def test_a_count_asked_is_answered_by_a_share_of_all_of_it():
    query = READER.read("Người trúng cử phải đạt bao nhiêu phiếu?")
    assert query.ask.name == "count"
    assert VALUES.value_in(query, "Người trúng cử phải đạt trên 50% tổng số phiếu bầu hợp lệ.") == "50%"
    assert VALUES.value_in(query, "Tỷ lệ ủy viên nữ đạt 30% trở lên.") is None  # a share of something else
    received = READER.read("Tỉnh tiếp nhận bao nhiêu đơn vị máu?")  # the share of a part, its rate named
    assert VALUES.value_in(received, "Tỷ lệ đơn vị máu do người hiến nhắc lại đạt trên 30% tổng số đơn vị máu.") is None


def test_a_duty_listed_under_a_person_s_name_is_that_person_s():
    query = READER.read("Người phát ngôn của Hội Chữ thập đỏ tỉnh là ai?")
    assert query.ask.name == "person"  # a role a text names a person for
    duty = clause("Là người phát ngôn của Hội Chữ thập đỏ tỉnh.",
                  ["II. PHÂN CÔNG CỤ THỂ", "1. Đồng chí Hoàng Minh Khuê - Chủ tịch Hội Chữ thập đỏ tỉnh"])
    assert VALUES.value_in(query, duty.text, duty) == "Hoàng Minh Khuê"
    assert VALUES.value_in(query, duty.text, clause(duty.text)) is None  # no name above it: none


def test_a_body_no_alias_names_is_read_as_written():
    query = READER.read("Danh sách cần có xác nhận của đơn vị nào?")
    sentence = "Danh sách gửi kèm, có xác nhận của Trung tâm Huyết học - Truyền máu tỉnh hoặc Bệnh viện đa khoa khu vực."
    assert VALUES.value_in(query, sentence) == "Trung tâm Huyết học - Truyền máu tỉnh"


def test_a_word_an_adjective_describes_may_be_said_by_the_document_s_title():
    reader = ValueReader(ALIASES, VOCABULARY, PersonReader(VOCABULARY, ALIASES, set()), {"hd-07": {"huấn_luyện", "cơ_bản"}})
    query = READER.read("Hội CTĐ huyện báo cáo kết quả lớp huấn luyện cơ bản trong thời hạn bao lâu?")
    sentence = "Báo cáo kết quả về Hội Chữ thập đỏ tỉnh trong thời hạn 05 ngày làm việc sau khi kết thúc mỗi lớp."
    assert reader.said_of(query)(sentence, clause(sentence)) is True  # the plan's title says "huấn luyện"
    assert VALUES.said_of(query)(sentence, clause(sentence)) is False  # a title that does not
    # a word of three syllables the tagger reads as an adjective is a noun ("sơ_cấp_cứu"): it describes no case
    query = READER.read("Hội CTĐ huyện báo cáo kết quả lớp huấn luyện sơ cấp cứu trong thời hạn bao lâu?")
    assert VALUES.said_of(query)(sentence, clause(sentence)) is True


def test_a_total_asked_is_answered_by_a_target_of_at_least_not_by_a_threshold_or_a_rate():
    query = READER.read("Tổng giá trị tiền, hàng vận động phấn đấu đạt bao nhiêu?")
    assert VALUES.value_in(query, "Tổng giá trị tiền, hàng vận động phấn đấu đạt 14 tỷ đồng trở lên.") == "14 tỷ đồng"
    assert VALUES.value_in(query, "Đơn vị vận động từ 500 triệu đồng trở lên được khen thưởng.") is None
    assert VALUES.value_in(query, "Mỗi suất quà trị giá 500.000 đồng/suất.") is None


def test_a_body_asked_with_la_is_the_one_a_sentence_defining_the_thing_names_after_la():
    query = READER.read("Cơ quan thường trực của Ban Chỉ đạo hiến máu tỉnh là cơ quan nào?")
    defining = "Cơ quan thường trực của Ban Chỉ đạo là Hội Chữ thập đỏ tỉnh."
    assert VALUES.defined_at(query, defining) == defining.index("Hội")
    assert VALUES.value_in(query, defining) == "Hội Chữ thập đỏ tỉnh"
    # a sentence on what it does defines nothing; one whose subject the question does not name neither
    assert VALUES.defined_at(query, "Cơ quan thường trực tổng hợp, báo cáo Ủy ban nhân dân tỉnh.") is None
    assert VALUES.defined_at(query, "Đơn vị tiếp nhận máu là Bệnh viện Đa khoa tỉnh.") is None


def test_a_sum_asked_is_read_from_a_table_s_cell_only_where_the_table_names_money():
    header = "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 6 tháng |"
    query = READER.read("Ngân sách tỉnh cấp cho Hội năm 2024 là bao nhiêu?")
    assert query.ask.name == "amount"
    cows, fund = "| 6 | Bò sinh sản | Con | 150 | 85 |", "| 4 | Tổng giá trị vận động | Tỷ đồng | 40,0 | 26,8 |"
    assert VALUES.value_in(query, cows, clause(cows, ["7. Bảng tổng hợp chỉ tiêu", header])) is None
    assert VALUES.value_in(query, fund, clause(fund, ["7. Bảng tổng hợp chỉ tiêu", header])) == "40,0"


def test_a_sum_asked_is_read_from_the_column_the_question_names_under_a_unit_line_of_money():
    header = "STT | Đơn vị | Tiền mặt | Hiện vật quy đổi | Nhà Chữ thập đỏ (căn)"
    row = "2 | Hội CTĐ phường Cẩm Thành | 350 | 150 | 2"
    unit = "Chỉ tiêu vận động giao cho các đơn vị như sau (đơn vị tính giá trị: triệu đồng):"
    query = READER.read("Chỉ tiêu vận động tiền mặt của Hội CTĐ phường Cẩm Thành là bao nhiêu?")
    assert VALUES.value_in(query, row, clause(row, ["III. CHỈ TIÊU VẬN ĐỘNG", unit, header])) == "350"


def test_how_long_between_two_times_asks_how_often():
    query = READER.read("Đài tỉnh phải phát bản tin cảnh báo bão bao lâu một lần?")
    said = "Phát bản tin dự báo, cảnh báo bão theo quy định, tối thiểu 03 giờ một lần khi có tin bão khẩn cấp."
    assert VALUES.value_in(query, said) == "03 giờ một lần"


def test_a_total_the_sentence_names_before_its_threshold_answers_a_total():
    query = READER.read("Tổng trị giá quà Tết nhân ái toàn tỉnh phải đạt bao nhiêu?")
    said = "Toàn tỉnh vận động tối thiểu 15.000 suất quà, tổng trị giá (tiền mặt và hiện vật) từ 7.500.000.000 đồng trở lên."
    assert VALUES.value_in(query, said) == "7.500.000.000 đồng"
    # (a threshold a case is set by is still no total)
    assert VALUES.value_in(query, "Hộ có thiệt hại từ 10.000.000 đồng trở lên được hỗ trợ quà Tết.") is None


def test_a_row_under_a_group_row_is_read_under_the_table_s_header_and_the_column_named_first():
    header = "STT | Đơn vị | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng)"
    row = "2 | Xã Ngọc Linh | 75 | 600.000 | 45.000.000"
    headings = ["Điều 1. Phê duyệt danh sách phân bổ quà Tết", header, "I | Huyện Đắk Glei |  |  |"]
    assert VALUES.value_in(READER.read("Xã Ngọc Linh được bao nhiêu tiền quà Tết?"), row, clause(row, headings)) == "45.000.000"
    assert VALUES.value_in(READER.read("Mức quà của xã Ngọc Linh là bao nhiêu?"), row, clause(row, headings)) == "600.000"


def test_a_count_asked_is_not_read_from_a_table_s_column_of_sums():
    header = "| STT | Họ và tên | Chức vụ | Đơn vị | Số tiền |"
    query = READER.read("Hội Chữ thập đỏ tỉnh có bao nhiêu hội viên?")
    assert query.ask.name == "count"
    member = "| 7 | Ông Lê Quang Vinh | Hội viên | Chi hội Chữ thập đỏ thôn An Ba | 702.000 |"
    assert VALUES.value_in(query, member, clause(member, ["Danh sách cá nhân được khen thưởng", header])) is None
    # a column of counts is read
    header = "| STT | Đơn vị | Số hội viên | Số tiền |"
    branch = "| 2 | Hội Chữ thập đỏ huyện Sơn Hà | 620 | 1.404.000 |"
    assert VALUES.value_in(query, branch, clause(branch, ["Bảng tổng hợp hội viên", header])) == "620"


def test_a_count_asked_is_read_from_a_cell_of_counts_of_things():
    header = "Hình thức khen thưởng | Cấp quyết định | Số lượng tối đa toàn tỉnh"
    row = "Bằng khen của Chủ tịch UBND tỉnh | Chủ tịch UBND tỉnh | 02 tập thể và 04 cá nhân"
    headings = ["1. Hình thức và số lượng đề nghị", header]
    query = READER.read("Số lượng Bằng khen của Chủ tịch UBND tỉnh là bao nhiêu?")
    assert VALUES.value_in(query, row, clause(row, headings)) == "02 tập thể và 04 cá nhân"
    # (a cell that says more than counts is no count: its sentence is read as one)
    row = "Giấy khen của Hội | Chủ tịch Hội | Theo hồ sơ đủ điều kiện, xét 02 đợt trong năm"
    assert VALUES.value_in(READER.read("Số lượng Giấy khen của Hội là bao nhiêu?"), row, clause(row, headings)) != \
        "Theo hồ sơ đủ điều kiện, xét 02 đợt trong năm"


def test_a_table_s_column_is_the_one_whose_header_names_its_unit_and_says_most_of_what_was_asked():
    header = ("| STT | Đơn vị | Số hội viên phải đóng (người) | Số hội viên đã đóng (người) | Tỷ lệ (%) "
              "| Số hội phí đã thu (đồng) | Số đã nộp về tỉnh (đồng) |")
    row = "| 9 | Huyện Bến Cầu | 7.640 | 5.270 | 69,0 | 18.211.000 | 0 |"
    headings = ["1. Kết quả thu hội phí quý I", header]
    collected = READER.read("Huyện Bến Cầu thu được bao nhiêu tiền hội phí quý I?")
    assert VALUES.value_in(collected, row, clause(row, headings)) == "18.211.000"
    paid = READER.read("Huyện Bến Cầu có bao nhiêu hội viên đã đóng hội phí?")
    assert VALUES.value_in(paid, row, clause(row, headings)) == "5.270"  # not "phải đóng"


def test_a_day_s_year_names_no_column_of_a_table():
    header = "Chỉ tiêu | Đơn vị tính | Kết quả | So với 30/6/2025"
    row = "Tổng số hội viên | người | 148.320 | tăng 2,9%"
    query = READER.read("Tính đến 30/11/2025 Hội có tổng cộng bao nhiêu hội viên?")
    assert VALUES.value_in(query, row, clause(row, ["1. Công tác tổ chức (số liệu tính đến ngày 30/11/2025)", header])) == "148.320"
    # (a year asked still picks the column of that year)
    header = "| Đơn vị | Năm 2024 | Năm 2025 |"
    row = "| Huyện Tân Sơn | 4.120 | 4.380 |"
    query = READER.read("Năm 2025 huyện Tân Sơn có bao nhiêu hội viên?")
    assert VALUES.value_in(query, row, clause(row, ["Số hội viên theo đơn vị", header])) == "4.380"


def test_a_number_of_bodies_of_a_level_counts_its_places():
    query = READER.read("Cờ thi đua của Hội tỉnh tặng tối đa cho mấy huyện?")
    assert VALUES.value_in(query, "Cờ thi đua: tối đa 03 Hội Chữ thập đỏ cấp huyện.") == "03 Hội Chữ thập đỏ cấp huyện"
    assert VALUES.value_in(query, "Cờ thi đua: tối đa 03 tập thể.") is None


def test_a_table_s_total_and_a_unit_per_its_column_names():
    header = "| STT | Điểm sơ cấp cứu | Địa bàn | Số người trực/ngày |"
    headings = ["2. Điểm trực và quân số", header]
    point, total = "| 2 | Bãi biển Mũi Né | TP. Phan Thiết | 10 |", "|   | **Tổng cộng** | | **37** |"
    daily = READER.read("Điểm Mũi Né bố trí bao nhiêu người trực mỗi ngày?")
    assert VALUES.value_in(daily, point, clause(point, headings)) == "10"
    assert VALUES.said_of(daily)(point, clause(point, headings)) is True  # "mỗi ngày": the column's "/ngày"
    summed = READER.read("Tổng cộng bao nhiêu người trực mỗi ngày ở các điểm?")
    assert VALUES.value_in(summed, total, clause(total, headings)) == "37"
    assert VALUES.value_in(summed, point, clause(point, headings)) is None  # one point's, not the total


def test_a_figure_of_another_level_does_not_answer_the_level_asked():
    query = READER.read("Lễ phát động cấp tỉnh có bao nhiêu đại biểu tham dự?")
    town = "Lễ phát động cấp thị xã tổ chức ngày 10/5/2024 tại Nhà Văn hóa Phường 1, với hơn 350 đại biểu tham dự."
    province = "Lễ phát động cấp tỉnh tổ chức ngày 08/5/2024, với 400 đại biểu tham dự."
    assert VALUES.said_of(query)(town, clause(town)) is False  # a town is no province
    assert VALUES.said_of(query)(province, clause(province)) is True
    # a sentence that states no level is of its heading's
    district = READER.read("Lễ phát động cấp huyện tổ chức vào ngày nào?")
    when = "Thời gian: 08 giờ 00 ngày 08/5/2025."
    assert VALUES.said_of(district)(when, clause(when, ["II. NỘI DUNG", "b) Lễ phát động cấp tỉnh"])) is False
    assert VALUES.said_of(district)(when, clause(when, ["II. NỘI DUNG", "c) Lễ phát động cấp huyện"])) is True


def test_when_something_ends_is_answered_only_by_a_sentence_stating_an_end():
    query = READER.read("Hội nghị kết thúc lúc mấy giờ?")
    assert VALUES.value_in(query, "Đề nghị đại biểu có mặt lúc 07 giờ 45 phút để nhận tài liệu.") is None
    assert VALUES.value_in(query, "Hội nghị kết thúc lúc 11 giờ 30 phút.") == "lúc 11 giờ 30 phút"


def test_a_target_asked_is_not_answered_by_a_figure_stated_as_a_share_of_the_target():
    done = "Vận động hiến máu: tổ chức 07 đợt, tiếp nhận 1.642 đơn vị máu, đạt 117% chỉ tiêu tỉnh giao."
    target = READER.read("Chỉ tiêu hiến máu tỉnh giao cho huyện là bao nhiêu đơn vị?")
    assert VALUES.said_of(target)(done, clause(done)) is False  # what was done, not the target
    received = READER.read("Huyện tiếp nhận được bao nhiêu đơn vị máu?")
    assert VALUES.said_of(received)(done, clause(done)) is True
    planned = "Tiếp nhận 9.500 đơn vị máu, đạt 100% chỉ tiêu được giao."  # the target itself
    assert VALUES.said_of(target)(planned, clause(planned)) is True
    share = READER.read("Kết quả hiến máu đạt bao nhiêu % chỉ tiêu?")  # the share itself
    assert VALUES.said_of(share)(done, clause(done)) is True


@pytest.mark.parametrize(("question", "other", "stated"), [
    # a deadline starts nothing
    ("Hội nghị bắt đầu lúc mấy giờ?", "Trường hợp vắng mặt, báo về Hội Chữ thập đỏ quận trước 17 giờ 00 ngày 17/12/2024.",
     "Thời gian: 01 buổi, bắt đầu lúc 08 giờ 00 phút, ngày 18/12/2024."),
    # nor does a count after "từ"
    ("Đội xung kích bắt đầu từ khi nào?", "Mỗi quận duy trì 01 đội từ 15 thành viên trở lên, hoàn thành trong quý II.",
     "Đội hoạt động từ ngày 15/6/2025."),
    # "bế mạc" asks the end, whatever the question phrase; "khai mạc" the start
    ("lop tap huan thu nhat be mac luc may gio", "Khai mạc lúc 07 giờ 30 phút ngày 22/4/2025.",
     "Bế mạc lúc 16 giờ 30 phút ngày 24/4/2025."),
])
def test_when_something_starts_or_ends_is_answered_only_by_a_sentence_stating_it(question, other, stated):
    query = READER.read(question)
    assert VALUES.value_in(query, other) is None
    assert VALUES.value_in(query, stated) is not None


def test_a_report_of_six_months_and_of_the_year_is_of_both_and_each_date_is_given_alone():
    sentence = "Tổng hợp báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12) gửi Ủy ban nhân dân huyện."
    query = READER.read("Báo cáo năm gửi Ủy ban nhân dân huyện hạn chót ngày nào?")
    assert VALUES.said_of(query)(sentence, clause(sentence)) is True
    assert VALUES.value_in(query, sentence) == "ngày 15/6; ngày 05/12"  # not "ngày 15/6) và năm (trước ngày 05/12"


def test_an_item_of_another_year_is_not_said_of_the_year_asked():
    query = READER.read("Đến 2030 tỷ lệ dân số tham gia hiến máu phải đạt mấy phần trăm?")
    assert VALUES.item_of_other(query, "Tỷ lệ người dân tham gia hiến máu so với dân số: năm 2026 đạt 1,6%;")
    assert not VALUES.item_of_other(query, "đến năm 2030 đạt 2,0%.")


def test_a_figure_of_another_level_is_not_said_of_the_level_asked():
    club = READER.read("Câu lạc bộ ngân hàng máu sống cấp xã phải có tối thiểu bao nhiêu thành viên?")
    assert VALUES.item_of_other(club, "mỗi huyện, thị xã, thành phố có ít nhất 01 câu lạc bộ với tối thiểu 50 thành viên.")
    assert not VALUES.item_of_other(club, "mỗi phường, thị trấn có 01 câu lạc bộ với tối thiểu 20 thành viên.")
    budget = READER.read("Ngân sách tỉnh bố trí bao nhiêu tiền mỗi năm cho công tác hiến máu?")
    stated = "Ngân sách huyện bố trí 120.000.000 đồng/năm cho công tác hiến máu."
    assert VALUES.said_of(budget)(stated, clause(stated)) is False
    # a level in an agency's name is a body, not the level a figure is of
    given = "Hội Chữ thập đỏ huyện được cấp 120.000.000 đồng/năm cho công tác hiến máu."
    assert VALUES.said_of(budget)(given, clause(given)) is True


def test_a_floor_is_written_not_lower_than():
    query = READER.read("Kinh phí hoạt động tối thiểu bao nhiêu một năm?")
    assert VALUES.value_in(query, "bố trí kinh phí hoạt động không thấp hơn 20.000.000 đồng/năm.") == "20.000.000 đồng"
    ceiling = READER.read("Kinh phí hoạt động tối đa bao nhiêu một năm?")
    assert VALUES.value_in(ceiling, "bố trí kinh phí hoạt động không thấp hơn 20.000.000 đồng/năm.") is None



def test_a_rate_set_for_several_places_is_each_one_s():
    sentence = "hỗ trợ thêm 100.000 đồng/người/lần cho người hiến máu tại 04 huyện vùng cao Đồng Văn, Mèo Vạc, Yên Minh."
    query = READER.read("Người hiến máu ở huyện Đồng Văn được hỗ trợ thêm bao nhiêu tiền?")
    assert VALUES.said_of(query)(sentence, clause(sentence)) is True
    total = "Phân bổ 300 triệu đồng cho 04 huyện vùng cao Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ."
    assert VALUES.said_of(query)(total, clause(total)) is False  # a sum for four together is none of one


def test_a_figure_of_a_group_of_places_answers_a_question_naming_the_whole_group():
    sentence = "riêng Hội Chữ thập đỏ huyện Tây Sơn và huyện Bạch Long Vĩ vận động tối thiểu 1.200 suất quà."
    both = READER.read("Hội CTĐ huyện Tây Sơn và huyện Bạch Long Vĩ phải vận động ít nhất bao nhiêu suất quà?")
    assert VALUES.said_of(both)(sentence, clause(sentence)) is True
    one = READER.read("Hội CTĐ huyện Tây Sơn phải vận động ít nhất bao nhiêu suất quà?")
    assert VALUES.said_of(one)(sentence, clause(sentence)) is False  # a figure of two together is none of one


def test_mấy_after_a_noun_asks_its_label_only_when_nothing_is_counted_after_it():
    # "đội mấy thí sinh" counts candidates ("thí" is not "thì"); "lớp mấy thì" asks the class a pupil is in
    query = READER.read("Hội thi sơ cấp cứu cấp tỉnh mỗi đội mấy thí sinh?")
    assert VALUES.value_in(query, "Mỗi đội gồm 05 thí sinh;") == "05 thí sinh"
    assert VALUES.value_in(READER.read("Lớp mấy thì được học sơ cấp cứu?"), "Học sinh lớp 8 được học sơ cấp cứu.") == "lớp 8"


def test_an_adjective_before_the_question_phrase_asks_a_measure_not_a_case():
    # "dài bao nhiêu phút": how long, not which of several "bài giảng" ("bài giảng dài" / "bài giảng ngắn")
    query = READER.read("Bài giảng thử của mỗi học viên dài bao nhiêu phút?")
    sentence = "Mỗi học viên chuẩn bị trước 01 bài giảng thử thời lượng 15 phút về một nội dung tự chọn."
    assert VALUES.value_in(query, sentence) == "15 phút" and VALUES.said_of(query)(sentence, clause(sentence))


def test_a_figure_in_brackets_after_a_year_is_that_year_s():
    sentence = ("Tiếp nhận 36.420 đơn vị máu, đạt 104% kế hoạch (35.000 đơn vị), tăng 1.860 đơn vị so với năm 2023 "
                "(34.560 đơn vị).")
    query = READER.read("Năm 2023 tiếp nhận bao nhiêu đơn vị máu?")
    assert VALUES.value_in(query, sentence) == "34.560 đơn vị"
    assert VALUES.said_of(query)(sentence, clause(sentence, ["I. KẾT QUẢ NĂM 2024"]))
    assert not VALUES.said_of(READER.read("Năm 2022 tiếp nhận bao nhiêu đơn vị máu?"))(
        sentence, clause(sentence, ["I. KẾT QUẢ NĂM 2024"]))


def test_a_label_names_what_its_value_counts():
    query = READER.read("Kho cấp huyện dự trữ bao nhiêu gạo và mì tôm?")
    assert VALUES.value_in(query, "Gạo: 30 tấn;") == "30 tấn"
    assert VALUES.value_in(query, "mì tôm: 2.000 thùng;") == "2.000 thùng"
    assert VALUES.value_in(query, "nước uống đóng chai: 1.500 thùng;") is None


def test_whoever_a_sentence_says_does_the_work_asked_is_its_doer():
    query = READER.read("Tiền tàu xe của học viên do ai chi trả?")
    assert VALUES.value_in(query, "Tiền tàu xe, đi lại do đơn vị cử học viên thanh toán theo quy định.") == \
        "đơn vị cử học viên"


def test_a_count_in_the_unit_word_asked_counts_the_thing_named_after_it():
    sentence = "Mỗi xã dự trữ tối thiểu 2 tấn gạo và 100 thùng mì tôm tại trụ sở."
    assert VALUES.value_in(READER.read("Mỗi xã phải dự trữ bao nhiêu thùng nước uống?"), sentence) is None
    assert VALUES.value_in(READER.read("Mỗi xã phải dự trữ bao nhiêu thùng mì tôm?"), sentence) == "100 thùng mì"


def test_a_number_of_times_asked_is_the_frequency_that_counts_them():
    question = READER.read("Ban Chỉ đạo họp định kỳ mấy lần một năm?")
    assert VALUES.value_in(question, "Ban Chỉ đạo họp định kỳ 03 lần trong năm.") == "03 lần trong năm"
    assert VALUES.value_in(question, "Ban Chỉ đạo họp định kỳ và đột xuất.") == "định kỳ"  # none counted: the one given


def test_the_contact_of_a_post_asked_is_given_only_by_a_line_of_that_post():
    line = "Đầu mối liên hệ: Ông Đặng Quang Vinh, Phó Chủ tịch Hội Chữ thập đỏ thành phố, điện thoại 0912.406.358."
    assert VALUES.value_in(READER.read("Số điện thoại của Chủ tịch Hội CTĐ thành phố là số nào?"), line) is None
    assert VALUES.value_in(READER.read("so dien thoai cua chu tich hoi ctd thanh pho"), line) is None
    assert VALUES.value_in(READER.read("Số điện thoại của Phó Chủ tịch Hội CTĐ thành phố?"), line) == "0912.406.358"
    assert VALUES.value_in(READER.read("Số điện thoại đầu mối của Hội CTĐ thành phố?"), line) == "0912.406.358"


def test_a_part_that_says_what_was_reached_answers_what_there_is_now_beside_the_target_an_earlier_part_sets():
    question = READER.read("Đến ngày 31/8/2025 đã tiếp nhận bao nhiêu đơn vị máu?")
    sentence = ("chỉ tiêu toàn tỉnh năm 2025 là 62.000 đơn vị máu; đến ngày 31/8/2025 đã tiếp nhận 41.350 đơn vị, "
                "đạt 66,7% kế hoạch.")
    said_of = VALUES.said_of(question)
    target, reached = sentence.split("; ")
    assert said_of(sentence, clause(sentence), reached) is True
    assert said_of(sentence, clause(sentence), target) is False  # the target is still an aim
    assert said_of(sentence, clause(sentence)) is False  # read whole, the sentence sets a target


def test_a_label_naming_a_place_asked_gives_no_count_of_another_thing_in_a_unit():
    sentence = "Thành phố Móng Cái: 07 xuồng, 450 áo phao, 10 tấn gạo."
    assert VALUES.value_in(READER.read("Thành phố Móng Cái được phân bổ bao nhiêu phao tròn cứu sinh?"), sentence) is None
    assert VALUES.value_in(READER.read("Thành phố Móng Cái được phân bổ bao nhiêu gạo?"), sentence) == "10 tấn gạo"
    assert VALUES.value_in(READER.read("Được phân bổ bao nhiêu gạo?"), "Gạo: 30 tấn.") == "30 tấn"


def test_a_bare_how_much_is_answered_by_a_share_of_a_sum():
    sentence = "Quá thời hạn này mà bò không sinh sản, hộ phải hoàn trả 50% trị giá con bò tại thời điểm nhận."
    assert VALUES.value_in(READER.read("Quá hạn mà bò không đẻ thì hộ phải hoàn trả bao nhiêu?"), sentence) == "50%"


def test_the_word_for_money_is_held_by_any_sum_and_a_unit_asked_per_by_a_value_per_people():
    said = "Người hiến máu được phục vụ ăn, uống nhẹ tại chỗ với mức 40.000 đồng/người/lần hiến."
    assert VALUES.units_held(READER.read("tien an uong nhe cho nguoi hien mau la bao nhieu"))(said) == {"tien"}
    fee = "Lớp giáo viên: 250.000 đồng/học viên/khóa."
    assert fold("người") in VALUES.units_held(READER.read("Phí tập huấn là bao nhiêu một người?"))(fee)
    assert VALUES.units_held(READER.read("Phí tập huấn là bao nhiêu một người?"))("Tổng kinh phí 30.000.000 đồng.") == set()
    # (and the words of a share, by any percentage: "tỷ lệ" of "85% cơ sở Hội")
    share = READER.read("Chỉ tiêu về tỷ lệ cơ sở Hội xếp loại tốt là bao nhiêu phần trăm?")
    assert "tỷ_lệ" in VALUES.units_held(share)("Phấn đấu 85% cơ sở Hội được xếp loại tốt.")
    assert VALUES.units_held(share)("Phấn đấu 120 cơ sở Hội được xếp loại tốt.") == set()


def test_when_a_text_s_force_ends_is_not_when_it_starts_and_a_share_of_a_count_is_no_sum_returned():
    sentence = "Quyết định này có hiệu lực kể từ ngày ký."
    assert VALUES.value_in(READER.read("Quy chế Quỹ Nhân đạo có hiệu lực đến năm nào thì hết?"), sentence) is None
    assert VALUES.value_in(READER.read("Quy chế Quỹ Nhân đạo có hiệu lực từ khi nào?"), sentence) == "kể từ ngày ký"
    share = "Tỷ lệ đơn vị máu do người hiến máu nhắc lại đạt trên 30% tổng số đơn vị máu tiếp nhận."
    assert VALUES.value_in(READER.read("Quá hạn thì hộ phải hoàn trả bao nhiêu?"), share) is None


def test_a_table_row_answers_only_a_question_that_names_it_by_a_cell():
    from retrieval.answer.value_reader import _row_named

    row = ["9", "Xã Triệu Phong", "0", "210,5", "23.400"]
    assert _row_named("Xã Triệu Phong bị thiệt hại bao nhiêu ha lúa?", row)
    assert not _row_named("Bao nhiêu tàu thuyền bị hư hỏng do bão số 6?", row)  # one commune's figure, none asked
    assert _row_named("Hà Tĩnh được phân bổ bao nhiêu tiền?", ["3", "Hà Tĩnh", "1.000.000.000"])  # a name whole
    assert _row_named("ngay 14/1/2027 doan di lay mau o dau", ["3", "Thứ Năm, 14/01/2027", "Công ty Lọc hóa dầu"])
    assert _row_named("Năm 2028 hỗ trợ bao nhiêu hộ?", ["2028", "50", "900.000.000"])  # a year's row
    assert not _row_named("Năm 2027 hỗ trợ bao nhiêu hộ?", ["2028", "50", "900.000.000"])
    # (a period names the whole of it, not the row of the year it starts or ends with)
    assert not _row_named("Tổng kinh phí giai đoạn 2026-2030 là bao nhiêu?", ["2030", "38", "11.300"])


def test_a_table_column_of_what_was_done_so_far_names_the_months_from_the_year_s_start():
    from retrieval.answer.value_reader import periods_named

    header = "STT | Nội dung | Đơn vị | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ (%)"
    assert periods_named(header) == {"ca nam", "6 thang dau"}  # a row of it gives both the year's and the half's
    assert periods_named("Trong 6 tháng cuối năm, Hội tập trung …") == {"6 thang cuoi"}


def test_a_count_asked_of_one_organ_is_not_read_of_another_the_sentence_names_before_it():
    from retrieval.answer.value_reader import _counts_other_organ

    elected = "Hội nghị lần thứ nhất Ban Chấp hành khóa XI đã bầu Ban Thường vụ gồm 13 ủy viên;"
    assert _counts_other_organ("Ủy ban Kiểm tra có mấy ủy viên?", elected, elected.index("13"))
    assert not _counts_other_organ("ban thường vụ có mấy người?", elected, elected.index("13"))
    # (the head of a chain of "của": "Tổ giúp việc của Ban Chỉ đạo" counts the Tổ)
    helpers = "Tổ giúp việc của Ban Chỉ đạo gồm 06 thành viên"
    assert _counts_other_organ("Ban Chỉ đạo gồm bao nhiêu thành viên?", helpers, helpers.index("06"))
    assert not _counts_other_organ("Tổ giúp việc có mấy thành viên?", helpers, helpers.index("06"))
    # (no organ asked: "Văn bản ban hành …" names none)
    assert not _counts_other_organ("Văn bản ban hành có mấy ủy viên?", elected, elected.index("13"))
    # (an organ word inside a body's name is no organ: "Thành Đoàn Huế" is the city's youth union)
    youth = "Thành Đoàn Huế chỉ đạo duy trì các Câu lạc bộ, bảo đảm mỗi phường, xã có ít nhất 30 đoàn viên dự bị hiến máu;"
    assert not _counts_other_organ("Thành Đoàn Huế phải bảo đảm mỗi xã có ít nhất bao nhiêu đoàn viên?", youth, youth.index("30"))
    # (a delegation going somewhere is named by where it goes, no organ: "Đoàn đi đại hội …" is the "Đoàn đại biểu dự Đại hội")
    sent = "Đại hội đã bầu Đoàn đại biểu dự Đại hội đại biểu Hội Chữ thập đỏ tỉnh gồm 09 đại biểu chính thức"
    assert not _counts_other_organ("Đoàn đi đại hội Hội CTĐ tỉnh gồm bao nhiêu đại biểu?", sent, sent.index("09"))


def test_a_figure_of_a_kind_labelled_otherwise_right_before_it_is_not_the_label_asked():
    from retrieval.answer.value_reader import _labelled_otherwise

    prizes = "Cơ cấu giải thưởng: 01 giải Nhất trị giá 8.000.000 đồng; 03 giải Ba, mỗi giải 3.000.000 đồng và các giải Khuyến khích."
    before_third = prizes[: prizes.index("3.000.000")]
    assert _labelled_otherwise("Giải Khuyến khích được bao nhiêu tiền?", before_third)
    assert not _labelled_otherwise("Giải Ba được bao nhiêu tiền?", before_third)
    assert not _labelled_otherwise("Giải thưởng cao nhất bao nhiêu tiền?", before_third)  # (no label asked)


def test_the_holder_of_a_post_the_question_names_is_read_from_a_list_of_people():
    header = "| STT | Họ và tên | Chức vụ, đơn vị | Số tiền (đồng) |"
    headings = ["B. Cá nhân (08 cá nhân, mức thưởng 750.000 đồng/cá nhân)", header]
    row = "| 2 | Cầm Văn Dũng | Chủ tịch Hội Chữ thập đỏ xã Chiềng Mung | 750.000 |"
    query = READER.read("Chủ tịch Hội Chữ thập đỏ xã Chiềng Mung tên là gì?")
    assert query.ask.name == "person"
    assert VALUES.value_in(query, row, clause(row, headings)) == "Cầm Văn Dũng"
    # (not the holder of another post there: the deputy, or the head of another commune)
    deputy = "| 7 | Lường Thị Xuân | Phó Chủ tịch Hội Chữ thập đỏ xã Chiềng Mung | 750.000 |"
    assert VALUES.value_in(query, deputy, clause(deputy, headings)) is None


def test_when_a_measure_takes_effect_is_the_moment_the_sentence_starts_it():
    ban = "Thực hiện lệnh cấm biển đối với tất cả tàu thuyền kể từ 12 giờ ngày 17/9/2026 cho đến khi có thông báo mới."
    query = READER.read("Lệnh cấm biển có hiệu lực từ khi nào?")
    assert query.ask.name == "effective"
    assert VALUES.value_in(query, ban, clause(ban)) == "kể từ 12 giờ ngày 17/9/2026"
    # (a period an activity runs is no start of force, nor is a text's own force read off a measure)
    campaign = "Tổ chức chiến dịch từ ngày 01/7/2027 đến ngày 30/7/2027."
    assert VALUES.value_in(query, campaign, clause(campaign)) is None
    text_asked = READER.read("Kế hoạch 24/KH-CTĐ có hiệu lực từ khi nào?")
    assert VALUES.value_in(text_asked, ban, clause(ban)) is None


def test_the_size_of_the_one_unit_a_sentence_sets_up_is_each_one_s_and_a_range_is_read_whole():
    teams = "Mỗi ấp, khu phố thành lập ít nhất 01 tổ xung kích từ 08 đến 10 người, kiểm tra 100% hộ gia đình."
    query = READER.read("Mỗi tổ xung kích gồm bao nhiêu người?")
    assert VALUES.value_in(query, teams, clause(teams)).startswith("từ 08 đến 10 người")
    said_of = VALUES.said_of(query)
    assert said_of(teams, clause(teams))
    # (people counted for the place, not for one of the unit asked, are no size of it)
    villages = "Mỗi ấp, khu phố thành lập tổ xung kích, huy động 10 người tham gia tổng vệ sinh."
    assert not said_of(villages, clause(villages))


def test_a_table_cell_answers_the_month_and_the_change_asked_only_where_its_column_gives_them():
    header = "| STT | Phường, xã | Tháng 4/2026 (trẻ) | Tháng 4/2027 (trẻ) |"
    row = "| 1 | Phường Vĩnh Hải | 19 | 12 |"
    cases = clause(row, ["II. KẾT QUẢ", header])
    assert VALUES.value_in(READER.read("Tháng 4/2027 phường Vĩnh Hải có bao nhiêu trẻ mắc bệnh?"), row, cases) == "12"
    # (another month of the year asked is not it)
    assert VALUES.value_in(READER.read("Tháng 3/2027 phường Vĩnh Hải có bao nhiêu trẻ mắc bệnh?"), row, cases) is None
    members_header = "| TT | Đơn vị | Số hội viên | Số đảng viên là hội viên |"
    members = "| 4 | Xã Cẩm Lý | 893 | 176 |"
    counts = clause(members, ["II. KẾT QUẢ", members_header])
    assert VALUES.value_in(READER.read("Xã Cẩm Lý có bao nhiêu hội viên?"), members, counts) == "893"
    # (a change asked: a table of no change gives a count, not it)
    assert VALUES.value_in(READER.read("Xã Cẩm Lý tăng bao nhiêu hội viên so với năm trước?"), members, counts) is None


def test_a_list_of_places_its_lead_in_names_by_kind_names_each_place_bare():
    listed = "Số bồn phân bổ cho từng xã như sau: Long Thới 25 bồn; Hưng Khánh Trung B 30 bồn; Vĩnh Thành 20 bồn."
    said_of = VALUES.said_of(READER.read("Xã Long Thới được phân bổ mấy bồn nước?"))
    assert said_of(listed, clause(listed), "Long Thới 25 bồn;", "25 bồn")
    # (not the item of another place, nor a list no lead-in says is of places)
    assert not said_of(listed, clause(listed), "Hưng Khánh Trung B 30 bồn;", "30 bồn")
    unlisted = "Số bồn phân bổ như sau: Long Thới 25 bồn; Vĩnh Thành 20 bồn."
    assert not said_of(unlisted, clause(unlisted), "Long Thới 25 bồn;", "25 bồn")


def test_a_cell_under_a_column_of_what_was_done_is_done_whatever_its_section_aimed_at():
    header = "| STT | Đơn vị | Kế hoạch (trẻ em) | Thực hiện (trẻ em) | Kinh phí đã chi (triệu đồng) |"
    lead_in = "2. Toàn tỉnh đã hỗ trợ 1.152/1.250 trẻ em, đạt 92,2% chỉ tiêu năm. Kết quả theo từng đơn vị như sau:"
    row = "| 9 | Huyện Tứ Kỳ | 130 | 121 | 405,4 |"
    spent = clause(row, ["I. KẾT QUẢ THỰC HIỆN", lead_in, header])
    query = READER.read("Huyện Tứ Kỳ đã chi bao nhiêu kinh phí hỗ trợ?")
    assert VALUES.value_in(query, row, spent) == "405,4"
    assert VALUES.said_of(query)(row, spent, row, "405,4")


def test_a_count_is_read_of_its_noun_written_short_among_other_nouns_and_as_the_total_named():
    spelled = ValueReader(ALIASES, VOCABULARY, PersonReader(VOCABULARY, ALIASES, set()), {"hd-07": set()},
                          full_forms=load_glossary().full_forms)
    total = "Tổng số TNV huy động: 64 TNV, gồm 04 nhóm trực ca (mỗi nhóm 15 TNV) và 01 Đội TNV cơ động (04 TNV)."
    asked = READER.read("Hội huy động tổng cộng bao nhiêu tình nguyện viên?")
    assert spelled.value_in(asked, total, clause(total)) == "64 TNV"
    assert VALUES.value_in(asked, total, clause(total)) is None  # (what "TNV" stands for unknown: no count of volunteers)
    mobilised = "Bí thư Huyện đoàn: huy động 80 đoàn viên, thanh niên tình nguyện bốc xếp hàng, dọn vệ sinh."
    assert VALUES.value_in(READER.read("Huyện đoàn huy động bao nhiêu thanh niên?"), mobilised, clause(mobilised)) \
        == "80 đoàn viên, thanh niên"
    # (a count among other nouns answers what is done with them, not how many there are)
    trained = "Tổ chức 02 lớp tập huấn cho 70 cán bộ, tình nguyện viên;"
    assert VALUES.value_in(READER.read("Hội có bao nhiêu tình nguyện viên?"), trained, clause(trained)) is None


def test_of_several_values_a_sentence_states_the_one_the_question_states_itself_is_not_the_answer():
    allotted = "Ủy ban nhân dân 11 huyện, thị xã, thành phố: 11.370.000.000 đồng (hỗ trợ trực tiếp hộ gia đình)."
    query = READER.read("UBND 11 huyện, thị xã, thành phố được phân bổ tổng cộng bao nhiêu?")
    assert VALUES.value_in(query, allotted, clause(allotted)) == "11.370.000.000 đồng"


def test_a_count_of_the_dead_is_no_count_of_the_missing_or_the_injured():
    toll = "Toàn tỉnh có 11.846 hộ bị ngập nhà; 02 người chết do đuối nước."
    assert VALUES.said_of(READER.read("Đợt lụt có bao nhiêu người chết?"))(toll, clause(toll), toll, "02 người chết")
    for asked in ("Đợt lụt có bao nhiêu người mất tích?", "Đợt lụt có bao nhiêu người bị thương?"):
        assert not VALUES.said_of(READER.read(asked))(toll, clause(toll), toll, "02 người chết"), asked
    both = "Hộ có người chết, mất tích: 20.000.000 đồng/người."
    assert VALUES.said_of(READER.read("Hộ có người mất tích được hỗ trợ bao nhiêu?"))(both, clause(both), both, "20.000.000 đồng/người")


def test_the_level_asked_of_a_thing_is_the_thing_the_sentence_names_at_a_level():
    budget = ("Ngân sách cấp huyện bảo đảm kinh phí hỗ trợ hằng tháng cho cộng tác viên; hỗ trợ theo ngày đối với tình "
              "nguyện viên do Hội Chữ thập đỏ cấp huyện, cấp xã huy động.")
    query = READER.read("Tiền hỗ trợ hằng tháng cho cộng tác viên do ngân sách cấp nào bảo đảm?")
    assert VALUES.value_in(query, budget, clause(budget)) == "Ngân sách cấp huyện"


def test_each_of_a_measure_the_text_counts_the_thing_in_is_each_of_that_thing():
    # "12.000 suất quà, mỗi suất …": the text counts gifts in "suất"; "mỗi phần quà" asks per gift
    sentence = "Vận động tối thiểu 12.000 suất quà, mỗi suất trị giá không dưới 500.000 đồng."
    query = READER.read("Mỗi phần quà Tết Nhân ái phải trị giá ít nhất bao nhiêu?")
    assert VALUES.value_in(query, sentence) == "500.000 đồng"
    assert VALUES.said_of(query)(sentence, clause(sentence)) is True
    total = "Tổng trị giá quà Tết là 6.000.000.000 đồng."
    assert VALUES.said_of(query)(total, clause(total)) is False  # a total is no gift's


def test_of_two_sums_in_one_sentence_the_one_of_the_case_asked_and_one_thing_asked_is_each():
    sentence = ("Mỗi năm hỗ trợ ít nhất 60 căn nhà cho hộ nghèo, mức hỗ trợ tối thiểu 50.000.000 đồng/căn xây mới và "
                "20.000.000 đồng/căn sửa chữa.")
    built = READER.read("Xây mới 1 căn nhà cho hộ nghèo thì được hỗ trợ tối thiểu bao nhiêu tiền?")
    assert VALUES.value_in(built, sentence) == "50.000.000 đồng/căn xây mới"
    # "1 căn" is each house the sentence gives a sum per, no case against its "60 căn nhà"
    assert VALUES.said_of(built)(sentence, clause(sentence)) is True
    repaired = READER.read("Sửa chữa một căn nhà được hỗ trợ bao nhiêu?")
    assert VALUES.value_in(repaired, sentence) == "20.000.000 đồng/căn sửa chữa"
    # a number of times is a case: "hiến máu 1 lần" is not "từ 5 lần"
    given = "Người hiến máu từ 5 lần trở lên được tặng Giấy khen."
    assert VALUES.said_of(READER.read("Người hiến máu 1 lần được tặng gì?"))(given, clause(given)) is False


def test_a_table_row_s_number_is_no_count():
    row = clause("6\tCải tạo, nâng cấp kho dự trữ hàng cứu trợ\tCông trình\t1\t180.000.000",
                 ["III. DỰ TOÁN", "STT | Nội dung | Đơn vị tính | Số lượng | Thành tiền"])
    assert VALUES.value_in(READER.read("Kho dự trữ sau khi cải tạo rộng bao nhiêu m2?"), row.text, row) is None


def test_a_figure_of_several_places_named_one_by_one_is_none_of_one_of_them():
    sentence = ("03 điểm trường bị ngập sâu từ 1,2 m đến 1,8 m (điểm trường thôn Nà Ngòa, xã Phúc Yên và điểm trường thôn "
                "Nà Mụ, xã Sinh Long), khoảng 260 học sinh phải nghỉ học.")
    query = READER.read("Bao nhiêu học sinh xã Sinh Long phải nghỉ học?")
    assert VALUES.value_in(query, sentence) == "260 học sinh"
    assert VALUES.said_of(query)(sentence, clause(sentence), sentence, "260 học sinh") is False
    own = "Xã Phúc Yên có 120 học sinh phải nghỉ học; xã Sinh Long có 140 học sinh phải nghỉ học."
    assert VALUES.said_of(query)(own, clause(own), "xã Sinh Long có 140 học sinh phải nghỉ học.", "140 học sinh") is True


def test_a_unit_written_with_a_superscript_is_the_unit_typed_on_one_line():
    from retrieval.text import nfc
    sentence = nfc("Kho dự trữ được xây dựng từ năm 2009, diện tích 120 m², đã bị thấm dột.")
    assert VALUES.value_in(READER.read("Kho dự trữ rộng bao nhiêu mét vuông?"), sentence) == "120 m2"


def test_what_there_is_now_is_asked_by_words_of_their_own_not_from_inside_a_word():
    sentence = "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Thường vụ (điện thoại 0205.3812.466)."
    query = READER.read("Trong quá trình thực hiện có vướng mắc thì gọi số nào để phản ánh?")  # "thực hiện có": no "hiện có"
    assert VALUES.said_of(query)(sentence, clause(sentence), sentence, "0205.3812.466") is True
    aimed = "Phấn đấu đến năm 2030 có 100% thôn có chi hội;"
    assert VALUES.said_of(READER.read("Hiện có bao nhiêu thôn có chi hội?"))(aimed, clause(aimed)) is False


def test_the_harm_a_question_says_befell_the_case_is_read_as_one_word_with_it_too():
    from retrieval.answer.value_reader import harms_asked
    from retrieval.index.lexical import folded_word

    assert folded_word("bị_thương") in harms_asked("Người bị thương do sạt lở được hỗ trợ bao nhiêu tiền?")
    assert harms_asked("Hộ có nhà bị ngập được hỗ trợ bao nhiêu?") == [folded_word("ngập")]
    assert harms_asked("Bao nhiêu ha lúa có nguy cơ bị ảnh hưởng?") == []  # (a harm of any kind tells no case)


def test_a_count_asked_is_read_from_a_table_row_only_where_the_noun_counted_is_a_word_of_its_own():
    header = "| TT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2028 |"
    row = "| 11 | Trường THPT có tổ chức Hội Chữ thập đỏ | trường | 27 | 30 |"
    headings = ["1.3. Chỉ tiêu về tổ chức cơ sở Hội", header]
    # "tổ" of "tổ chức" is no "tổ" counted
    teams = READER.read("Đến năm 2028 toàn tỉnh phải có bao nhiêu tổ chữ thập đỏ?")
    assert VALUES.value_in(teams, row, clause(row, headings)) is None
    # the row's short form counts what the question writes in full (and the glossary spells out)
    spelled = ValueReader(ALIASES, VOCABULARY, PersonReader(VOCABULARY, ALIASES, set()), {"hd-07": set()},
                          full_forms=load_glossary().full_forms)
    schools = READER.read("Năm 2028 có bao nhiêu trường THPT có tổ chức Hội?")
    assert spelled.value_in(schools, row, clause(row, headings)) == "30"
    row = "| 12 | Tổ chữ thập đỏ ở thôn, tổ dân phố | tổ | 2.318 | 2.400 |"
    assert VALUES.value_in(teams, row, clause(row, headings)) == "2.400"


def test_an_item_of_another_day_or_label_says_nothing_of_the_one_asked():
    query = READER.read("Đợt 2 hiến máu ngày 18/4/2027 tổ chức ở địa điểm nào?")
    assert VALUES.item_of_other(query, "Đợt 1 ngày 28/02/2027 (Lễ hội Xuân hồng) tại Hội trường UBND thị xã;")
    assert not VALUES.item_of_other(query, "Đợt 2 ngày 18/4/2027 tại Nhà Văn hóa thị xã;")
    labelled_only = READER.read("Đợt 3 hiến máu tổ chức ở đâu?")
    assert VALUES.item_of_other(labelled_only, "Đợt 1 ngày 28/02/2027 tại Hội trường UBND thị xã;")
    assert not VALUES.item_of_other(labelled_only, "Đợt 3 ngày 06/6/2027 tại Khu công nghiệp Hòa Hiệp;")
    assert not VALUES.item_of_other(labelled_only, "đợt 1 tại xã Tân Phú, đợt 2 và đợt 3 tại Hội trường UBND thị xã;")
    # (the day of the occasion the items are of, which their heading names, is no item's)
    occasion = READER.read("Mỗi huyện được đề xuất tối đa mấy tập thể để tỉnh biểu dương dịp 23/11?")
    proposed = "gửi danh sách đề nghị biểu dương trước ngày 15/9/2027, mỗi huyện đề xuất không quá 02 tập thể."
    assert not VALUES.item_of_other(occasion, proposed, "3. Kỷ niệm Ngày thành lập Hội (23/11/1946 - 23/11/2027)")
    assert VALUES.item_of_other(occasion, proposed, "3. Tổ chức các hoạt động trong năm")


def test_an_event_held_on_its_own_day_under_the_occasion_its_heading_names_is_said_of_that_occasion():
    held = "Tổ chức Họp mặt kỷ niệm vào lúc 08 giờ 00 phút, ngày 19/11/2027 tại Hội trường Hội Chữ thập đỏ tỉnh."
    headings = ["3. Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội Chữ thập đỏ Việt Nam (23/11/1946 - 23/11/2027)", "a) Cấp tỉnh"]
    said_of = VALUES.said_of(READER.read("Buổi họp mặt 23/11 của tỉnh hội tổ chức ở đâu?"))
    assert said_of(held, clause(held, headings))
    assert not said_of(held, clause(held, ["3. Tổ chức các hoạt động tháng 11", "a) Cấp tỉnh"]))


def test_a_count_is_read_in_a_synonym_of_the_noun_asked():
    shares = "Phân bổ 200 phần quà như sau: thành phố Cao Lãnh 15 phần, thành phố Sa Đéc 16 phần, huyện Tân Hồng 18 phần."
    asked = READER.read("Thành phố Sa Đéc được chia bao nhiêu suất quà?")
    assert VALUES.value_in(asked, shares, clause(shares)) == "16 phần"


def test_a_rank_asked_is_read_apart_and_said_by_a_rank_or_a_label_s_number():
    query = READER.read("Đợt phun hóa chất thứ hai là ngày nào?")
    assert "hai" not in query.content and "thứ" not in query.content
    said_of = VALUES.said_of(query)
    second = "| 9 | Phun hóa chất chủ động đợt 2 toàn xã | Trạm Y tế xã | 23/8 - 26/8/2027 |"
    first = "| 7 | Phun hóa chất chủ động đợt 1 tại 03 thôn | Trạm Y tế xã | 03/6 - 05/6/2027 |"
    assert said_of(second, clause(second)) and not said_of(first, clause(first))
    # (a sentence that numbers nothing says nothing of the second)
    unnumbered = "Phun hóa chất chủ động tại các thôn trọng điểm từ ngày 03/6/2027."
    assert not said_of(unnumbered, clause(unnumbered))


def test_a_group_s_members_are_the_people_counted_of_it():
    team = "mỗi đội tình nguyện viên có tối thiểu 12 thành viên, được tập huấn sơ cấp cứu."
    asked = READER.read("Mỗi đội tình nguyện viên phải có tối thiểu bao nhiêu người?")
    assert VALUES.value_in(asked, team, clause(team)) == "12 thành viên"
    board = "Ban Chỉ đạo gồm 15 thành viên."  # (members of a body that has none of the people asked)
    assert VALUES.value_in(READER.read("Chỉ tiêu tình nguyện viên là bao nhiêu người?"), board, clause(board)) is None


def test_a_figure_before_trong_do_is_the_whole_s_not_the_part_named_after_it():
    from retrieval.answer.value_reader import _part_named_after

    said = "tổng kinh phí ngân sách tỉnh là 6,4 tỷ đồng, trong đó có kinh phí mua sắm 01 xe lấy máu lưu động chuyên dụng."
    end = said.index("6,4 tỷ đồng") + len("6,4 tỷ đồng")
    assert _part_named_after(frozenset({"xe", "lưu_động"}), said, end)  # the xe is a part
    assert not _part_named_after(frozenset({"kinh_phí", "tỉnh"}), said, end)  # the whole is asked
