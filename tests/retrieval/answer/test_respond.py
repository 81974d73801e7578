"""The answer policy on the real corpus: what the evidence must hold before anything is quoted."""

from pathlib import Path

import pytest

from retrieval.assistant import Assistant
from retrieval.ingest.pipeline import ingest
from retrieval.answer.quantities import quantities
from retrieval.answer.respond import _labelled_alike, _spelled_alike
from retrieval.text import unaccent
from tests.conftest import make_settings
from tests.utils.fake_embeddings import FakeEmbeddings


@pytest.mark.parametrize("question", [
    "Sở Xây dựng tỉnh Lai Châu phải làm gì?",  # an agency no text names
    "Trung tâm Y tế huyện Lạc Dương phải làm gì?",
])
def test_an_agency_no_text_in_scope_names_is_refused(corpus_assistant, question):
    answer = corpus_assistant.ask(question)
    assert answer.abstained and answer.citations == []


def test_an_agency_word_before_a_place_the_texts_are_of_names_that_place_s_body(corpus_assistant):
    # "Hội Lai Châu" is the Hội of Lai Châu, no agency named "Hội Lai …" that no text writes
    answer = corpus_assistant.ask("Hội Lai Châu phải làm gì?")
    assert not answer.abstained and answer.citations[0].clause_id.startswith("kh-ubnd-laichau-2023")


def test_an_agency_s_tasks_under_a_law_the_corpus_only_cites_are_the_law_s_own_words(corpus_assistant):
    # the corpus cites the Luật Hoạt động chữ thập đỏ but does not hold it: its tasks for the department are unknown
    answer = corpus_assistant.ask("Luật Hoạt động chữ thập đỏ quy định Sở Giáo dục và Đào tạo có những nhiệm vụ gì?")
    assert answer.abstained and answer.citations == []
    assert not corpus_assistant.ask("Sở Giáo dục và Đào tạo có những nhiệm vụ gì?").abstained


def test_an_agency_the_texts_name_as_written_is_answered(corpus_assistant):
    answer = corpus_assistant.ask("Báo Lai Châu phải làm gì?")
    assert not answer.abstained and answer.citations[0].clause_id.startswith("kh-ubnd-laichau-2023:iii.8")


def test_evidence_without_the_word_asked_about_is_refused(corpus_assistant):
    assert corpus_assistant.ask("Ban Dân vận Tỉnh ủy Đắk Lắk họp mấy lần một năm?").abstained


def test_a_month_is_answered_with_a_month_not_a_year(corpus_assistant):
    answer = corpus_assistant.ask("Huyện Lạc Dương tổ chức Tháng Nhân đạo vào tháng mấy?")
    assert not answer.abstained and answer.answer.lower().startswith("tháng 5")
    assert answer.citations[0].clause_id == "cv-1277-hu-lacduong:2"


def test_an_agency_listed_with_a_comma_is_held_by_the_clause(corpus_assistant):
    answer = corpus_assistant.ask("Ủy ban nhân dân huyện Lạc Dương chỉ đạo các phòng ban làm gì?")  # "các phòng, ban"
    assert not answer.abstained and answer.citations[0].clause_id == "cv-1277-hu-lacduong:2"


def test_an_english_question_about_a_place_and_nothing_the_texts_hold_is_refused(corpus_assistant):
    # "weather", "forecast" are no words of the glossary nor of any text: only the place's name is known
    assert corpus_assistant.ask("What is the weather forecast in Ha Long tomorrow?").abstained
    # the same words beside a known agency's work are English the glossary lacks, not the topic
    assert not corpus_assistant.ask("What must the Department of Education and Training of Lai Chau do?").abstained



def test_a_number_the_text_writes_after_the_same_word_is_its_label_not_a_quantity_unsaid():
    # "bão cấp 10-11 dự kiến …": "11 dự" reads as a quantity; the heading "Kịch bản 1: Bão mạnh cấp 10 - 11" writes
    # the number after the word the question writes it after, so the evidence says it
    question = unaccent("Kịch bản bão cấp 10-11 dự kiến sơ tán bao nhiêu người?")
    asked = [q for q in quantities(question) if q.unit]
    assert [q.number for q in asked] == ["11"]
    assert _labelled_alike(question, asked[0], unaccent("2.1. Kịch bản 1: Bão mạnh cấp 10 - 11, cấp độ rủi ro 3"))
    assert not _labelled_alike(question, asked[0], unaccent("Bão mạnh cấp 10 - 11,5"))  # another number
    assert not _labelled_alike(question, asked[0], unaccent("sơ tán 11 hộ"))  # the number after another word


TEXTS = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def guided_assistant(tmp_path_factory):
    """A Nghị quyết, the Hướng dẫn that carries it out, a Báo cáo, a Thông báo phân công and a Quyết định with its Quy
    chế (written for these tests)."""
    settings = make_settings(tmp_path_factory.mktemp("guided"))
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, [TEXTS / "nq-12-hdnd-hoabinh.txt", TEXTS / "hd-45-snv-hoabinh.txt", TEXTS / "bc-08-ctd-hoabinh.txt",
                      TEXTS / "tb-15-ctd-hoabinh.txt", TEXTS / "qd-20-ctd-hoabinh.txt"], embeddings=embeddings)
    return Assistant(settings, embeddings)


def test_a_text_named_by_its_kind_before_the_one_it_carries_out_is_the_one_asked_about(guided_assistant):
    guide = guided_assistant.ask("Hướng dẫn của Sở Nội vụ thực hiện NQ 12 có số hiệu là gì?")
    assert "45/HD-SNV" in guide.answer and guide.citations[0].clause_id.startswith("hd-45")
    signer = guided_assistant.ask("Hướng dẫn thực hiện Nghị quyết 12 do ai ký?")
    assert "Trần Thị Lan" in signer.answer
    # the numbered text of the kind named is the one asked about
    resolution = guided_assistant.ask("Nghị quyết 12 do ai ký?")
    assert "Nguyễn Văn Bình" in resolution.answer


def test_a_telephone_number_is_the_named_body_s_only_where_the_text_gives_it_as_theirs(guided_assistant):
    assert "0218.3852.114" in guided_assistant.ask("Số điện thoại của Sở Nội vụ tỉnh Hòa Bình là gì?").answer
    # the Red Cross's own number is given nowhere: the department's is not it
    answer = guided_assistant.ask("Số điện thoại của Hội Chữ thập đỏ tỉnh Hòa Bình là gì?")
    assert answer.abstained and answer.citations == []


JOINT_PLAN = """UBND TỈNH BÌNH ĐỊNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
HỘI CHỮ THẬP ĐỎ
TỈNH BÌNH ĐỊNH
Số: 21/KHLT-SGDĐT-HCTĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Định, ngày 18 tháng 9 năm 2026

KẾ HOẠCH LIÊN TỊCH
Tập huấn sơ cấp cứu trong trường học năm học 2026 - 2027

I. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo
- Chỉ đạo các trường tổ chức tập huấn sơ cấp cứu cho giáo viên.
- Giao Phòng Chính trị, tư tưởng và Công tác học sinh làm đầu mối; người liên hệ: ông Trần Quốc Vinh, điện thoại 0256.3822.147.

2. Hội Chữ thập đỏ tỉnh
- Cử giảng viên và cung cấp tài liệu tập huấn sơ cấp cứu.
"""


@pytest.fixture(scope="module")
def joint_assistant(tmp_path_factory):
    """A plan two bodies issue, each with its own section."""
    folder = tmp_path_factory.mktemp("joint")
    (folder / "khlt-21-binhdinh.txt").write_text(JOINT_PLAN, encoding="utf-8")
    settings = make_settings(folder / "data")
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, [folder / "khlt-21-binhdinh.txt"], embeddings=embeddings)
    return Assistant(settings, embeddings)


def test_a_contact_under_another_body_s_heading_in_a_text_the_body_issues_is_not_its_own(joint_assistant):
    assert "0256.3822.147" in joint_assistant.ask("Số điện thoại đầu mối của Sở Giáo dục và Đào tạo là gì?").answer
    answer = joint_assistant.ask("Số điện thoại của Hội Chữ thập đỏ tỉnh là gì?")
    assert answer.abstained and answer.citations == []


def test_a_list_item_is_read_with_the_sentence_that_leads_the_list_in(guided_assistant):
    # "Giai đoạn 2019 - 2023, … đạt được các kết quả chủ yếu sau:" says what period "- Xây dựng … 640 căn nhà" is of
    answer = guided_assistant.ask("Giai đoạn 2019-2023 xây dựng và sửa chữa bao nhiêu căn nhà nhân đạo?")
    assert not answer.abstained and "640" in answer.answer.split("[1]")[0]
    assert guided_assistant.ask("Giai đoạn 2014-2018 xây dựng và sửa chữa bao nhiêu căn nhà nhân đạo?").abstained


def test_a_list_item_is_read_with_every_sentence_leading_in_the_lists_it_is_in(guided_assistant):
    # "Mỗi đơn vị cử … theo số lượng sau:" over "3.1. Lớp thứ nhất (9 học viên):" over "- Huyện Lạc Sơn: 05 người;"
    answer = guided_assistant.ask("Huyện Lạc Sơn được cử bao nhiêu người đi tập huấn?")
    assert "05 người" in answer.answer.split("[1]")[0]
    # trainees are people: "mấy học viên" is counted in "người"
    assert "04 người" in guided_assistant.ask("Huyện Kim Bôi cử mấy học viên?").answer.split("[1]")[0]


def test_the_duties_listed_under_a_person_s_name_are_that_person_s(guided_assistant):
    # "2. Đồng chí Quách Văn Thành - Phó Chủ tịch thường trực" over "- Theo dõi, chỉ đạo Hội … các huyện: Lương Sơn, …"
    answer = guided_assistant.ask("Ai theo dõi, chỉ đạo Hội CTĐ huyện Cao Phong?")
    assert "Quách Văn Thành" in answer.answer.split("[1]")[0]
    assert "Đinh Thị Mai" in guided_assistant.ask("Ai theo dõi Hội Chữ thập đỏ huyện Yên Thủy?").answer.split("[1]")[0]
    # the posts written after the name are the person's
    post = guided_assistant.ask("Đồng chí Hà Văn Quyết giữ chức vụ gì?")
    assert "Phó Giám đốc Bệnh viện Đa khoa tỉnh" in post.answer.split("[1]")[0]
    # the places a list after "các huyện:" names are each one's
    listed = guided_assistant.ask("dong chi quach van thanh theo doi nhung huyen nao")
    assert not listed.abstained and "Đà Bắc" in listed.answer


def test_a_post_of_a_body_is_held_by_the_person_a_text_names_for_it(guided_assistant):
    # "Chánh Văn phòng Hội …" asks who holds the post, not what the Văn phòng does
    answer = guided_assistant.ask("Chánh Văn phòng Hội CTĐ tỉnh Hòa Bình là ai?")
    assert "Đinh Thị Mai" in answer.answer.split("[1]")[0]


def test_an_organ_of_the_red_cross_written_in_full_is_asked_of_by_its_own_name(guided_assistant):
    # "5. Ban Công tác xã hội Hội Chữ thập đỏ tỉnh": "Ban Công tác xã hội" is that organ; a weekly day is a time
    answer = guided_assistant.ask("Ban Công tác xã hội tổng hợp số liệu hiến máu vào lúc nào?")
    assert "chiều thứ Năm" in answer.answer.split("[1]")[0]
    # a report sent to another body is not the one asked about
    assert guided_assistant.ask("Ban Công tác xã hội báo cáo Trung ương Hội số liệu hiến máu vào lúc nào?").abstained
    tasks = guided_assistant.ask("Ban Công tác xã hội phải làm gì?")
    assert not tasks.abstained and "Tổng hợp số liệu hiến máu" in tasks.answer
    # "giao ban" is a meeting, "ban Thường trực" in it no body
    meeting = guided_assistant.ask("giao ban thuong truc hoi ctd tinh hop vao luc nao")
    assert "thứ Hai" in meeting.answer.split("[1]")[0]


def test_a_text_named_by_what_it_is_about_says_when_it_takes_effect_where_it_names_nothing(guided_assistant):
    # "Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025" of the Quyết định that issues the Quy chế asked about
    answer = guided_assistant.ask("Quy chế Quỹ Cứu trợ có hiệu lực từ ngày nào?")
    assert "01 tháng 4 năm 2025" in answer.answer.split("[1]")[0] and answer.citations[0].clause_id == "qd-20-ctd-hoabinh:dieu-2"


def test_a_sum_asked_in_millions_is_a_sum(guided_assistant):
    answer = guided_assistant.ask("Nhà bị tốc mái trên 50% được hỗ trợ mấy triệu?")
    assert answer.intent == "amount" and "3.000.000 đồng" in answer.answer.split("[1]")[0]


def test_papers_asked_for_are_what_a_dossier_lists(guided_assistant):
    answer = guided_assistant.ask("Hồ sơ đề nghị hỗ trợ cứu trợ cần những giấy tờ gì?")
    assert not answer.abstained and "Biên bản xác minh thiệt hại" in answer.answer


def test_a_table_row_is_read_with_its_column_s_word_and_its_short_forms_in_full(guided_assistant):
    # "| 2 | 20/8/2025 | Nhà văn hóa huyện Kim Bôi |" under "| Đợt | Ngày | Địa điểm |" is "Đợt 2"
    second = guided_assistant.ask("Đợt 2 tiếp nhận hàng cứu trợ ở đâu?")
    assert "Kim Bôi" in second.answer.split("[1]")[0]
    # the question is read in full ("trung học phổ thông"), the row writes "THPT"
    day = guided_assistant.ask("Ngày nào tiếp nhận hàng cứu trợ ở trường trung học phổ thông Lạc Thủy?")
    assert "15/5/2025" in day.answer.split("[1]")[0]


def test_a_contact_line_that_names_a_body_gives_its_people_and_number(guided_assistant):
    # "Thông tin liên hệ: Ban Công tác xã hội, đồng chí Xa Văn Tú, …; điện thoại …", a paragraph of no one's work
    assert "Xa Văn Tú" in guided_assistant.ask("Ai là người liên hệ của Ban Công tác xã hội?").answer.split("[1]")[0]
    assert "0218.3855.219" in guided_assistant.ask("Số điện thoại của Ban Công tác xã hội là gì?").answer.split("[1]")[0]
    # a line that names another body is not the Hội's own
    assert guided_assistant.ask("Số điện thoại của Hội Chữ thập đỏ tỉnh Hòa Bình là gì?").abstained


def test_a_small_number_written_in_words_is_the_number_asked():
    question = unaccent("2 lớp tập huấn có tổng cộng bao nhiêu học viên?")
    (asked,) = [q for q in quantities(question) if q.unit]
    assert _spelled_alike(asked, unaccent("Tổng số học viên hai lớp: 15 người."))
    assert not _spelled_alike(asked, unaccent("Tổng số học viên ba lớp: 15 người."))


def test_when_something_starts_is_read_from_the_sentence_that_says_it_starts(guided_assistant):
    # "Đại biểu dự Hội nghị … có mặt lúc 07 giờ 30" is when delegates arrive; "Hội nghị bắt đầu lúc 08 giờ 00" the start
    answer = guided_assistant.ask("Hội nghị tổng kết bắt đầu lúc mấy giờ?")
    assert "08 giờ 00" in answer.answer.split("[1]")[0]


def test_what_a_text_named_by_its_kind_carries_out_is_refused_when_no_such_text_is_found(corpus_assistant):
    # (not a clause of another text that speaks of carrying out: no Chỉ thị of a district is in the corpus)
    assert corpus_assistant.ask("Chỉ thị của huyện triển khai theo kế hoạch số mấy của UBND tỉnh Lai Châu?").abstained
