"""Questions that ask two things: split into parts, answered each, joined."""

import pytest

from retrieval.answer.compound import distributed_parts, joined_drafts, question_parts, spread_unanswered
from retrieval.answer.query import QueryReader
from retrieval.answer.references import DocumentDirectory
from retrieval.answer.respond import Draft
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.glossary import load_glossary
from retrieval.ingest.actors import AliasTable
from retrieval.models import Citation


@pytest.fixture(scope="module")
def reader() -> QueryReader:
    return QueryReader(AliasTable.load(), load_vocabulary(), load_glossary(), DocumentDirectory())


@pytest.mark.parametrize(("question", "parts"), [
    # the second part names nothing of its own: it is asked of the first part's topic
    ("Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ngày nào, ở đâu?",
     ["Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ngày nào?", "Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ở đâu?"]),
    ("Tình nguyện viên tham gia khắc phục hậu quả bão lũ được hỗ trợ mức nào, tối đa bao nhiêu ngày?",
     ["Tình nguyện viên tham gia khắc phục hậu quả bão lũ được hỗ trợ mức nào?",
      "Tình nguyện viên tham gia khắc phục hậu quả bão lũ được hỗ trợ tối đa bao nhiêu ngày?"]),
    # (typed in one breath, with nothing between the two question phrases)
    ("Hội thi cấp tỉnh tổ chức ngày nào ở đâu?", ["Hội thi cấp tỉnh tổ chức ngày nào?", "Hội thi cấp tỉnh tổ chức ở đâu?"]),
    ("hoi thi cap tinh to chuc ngay nao o dau", ["hoi thi cap tinh to chuc ngay nao?", "Hoi thi cap tinh to chuc o dau?"]),
    # a second sentence is a question of its own
    ("Thị xã tổ chức mấy lớp tập huấn cho giáo viên? Lớp khối THCS học ngày nào?",
     ["Thị xã tổ chức mấy lớp tập huấn cho giáo viên?", "Lớp khối THCS học ngày nào?"]),
    # each part names its own subject
    ("Chỉ thị 15 yêu cầu tổ chức ít nhất mấy đợt hiến máu một năm, và Hội Chữ thập đỏ huyện lên kế hoạch mấy đợt?",
     ["Chỉ thị 15 yêu cầu tổ chức ít nhất mấy đợt hiến máu một năm?", "Hội Chữ thập đỏ huyện lên kế hoạch mấy đợt?"]),
    ("Sở Y tế làm gì, phối hợp với ai?", ["Sở Y tế làm gì?", "Sở Y tế phối hợp với ai?"]),
    # three things asked: each of the topic alone
    ("Lễ phát động Tháng Nhân đạo tổ chức mấy giờ, ngày nào, ở đâu?",
     ["Lễ phát động Tháng Nhân đạo tổ chức mấy giờ?", "Lễ phát động Tháng Nhân đạo tổ chức ngày nào?",
      "Lễ phát động Tháng Nhân đạo tổ chức ở đâu?"]),
    ("Người ký thông báo đại hội của Hội là ai, giữ chức vụ gì?",  # the second asks the post of what the first names
     ["Người ký thông báo đại hội của Hội là ai?", "Thông báo đại hội của Hội giữ chức vụ gì?"]),
    # the second part opens on its question phrase: it is asked of the subject before the first one's
    ("Tỉnh Ninh Thuận hiện có bao nhiêu tàu cá và bao nhiêu lao động làm nghề trên biển?",
     ["Tỉnh Ninh Thuận hiện có bao nhiêu tàu cá?", "Tỉnh Ninh Thuận hiện có bao nhiêu lao động làm nghề trên biển?"]),
    # a second part opening on what its subject must do is the first part's agency's, where it is
    ("Phòng Y tế An Nhơn tổ chức khám bệnh cho bao nhiêu người và phải gửi kết quả cho Hội CTĐ thị xã trước ngày nào?",
     ["Phòng Y tế An Nhơn tổ chức khám bệnh cho bao nhiêu người?",
      "Phòng Y tế An Nhơn phải gửi kết quả cho Hội CTĐ thị xã trước ngày nào?"]),
    # a thing named by its number is what both parts ask of
    ("Đợt 4 năm 2025 tổ chức ở đâu, chỉ tiêu bao nhiêu đơn vị máu?",
     ["Đợt 4 năm 2025 tổ chức ở đâu?", "Đợt 4 năm 2025 chỉ tiêu bao nhiêu đơn vị máu?"]),
    # a second part naming a text only by its kind asks the first part's topic ("kế hoạch bao nhiêu": the plan's figure);
    # a day asked after a fact of a text is the day it was issued
    ("Tết Nhân ái 2026 thực hiện được bao nhiêu suất, kế hoạch bao nhiêu?",
     ["Tết Nhân ái 2026 thực hiện được bao nhiêu suất?", "Tết Nhân ái 2026 thực hiện được suất kế hoạch bao nhiêu?"]),
    ("Chương trình hành động thực hiện nghị quyết đại hội số mấy, ngày nào?",
     ["Chương trình hành động thực hiện nghị quyết đại hội số mấy?",
      "Chương trình hành động thực hiện nghị quyết đại hội ban hành ngày nào?"]),
    # (a question phrase asked again: a question of its own, however short the first part)
    ("Mỗi lớp học bao nhiêu giờ, lý thuyết bao nhiêu giờ?", ["Mỗi lớp học bao nhiêu giờ?", "Mỗi lớp học lý thuyết bao nhiêu giờ?"]),
    # one thing asked: agencies listed, an opening phrase, a condition, a body whose name joins two fields
    ("Số điện thoại của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh là số nào?",
     ["Số điện thoại của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh là số nào?"]),
    ("Sở Y tế, Sở Tài chính phải làm gì?", ["Sở Y tế, Sở Tài chính phải làm gì?"]),
    ("Theo kế hoạch, Sở Y tế phải làm gì?", ["Theo kế hoạch, Sở Y tế phải làm gì?"]),
    ("Khi có thiên tai, ai bảo vệ kho?", ["Khi có thiên tai, ai bảo vệ kho?"]),
    ("Năm 2024, Hội hỗ trợ bao nhiêu hộ?", ["Năm 2024, Hội hỗ trợ bao nhiêu hộ?"]),
    # (a person's post after the name is the person's, no second question)
    ("Số điện thoại của bà Đặng Thị Hiền, Chủ tịch Hội CTĐ huyện Khoái Châu là gì?",
     ["Số điện thoại của bà Đặng Thị Hiền, Chủ tịch Hội CTĐ huyện Khoái Châu là gì?"]),
])
def test_a_question_is_split_where_it_asks_a_second_thing(reader, question, parts):
    assert question_parts(question, reader) == parts


def _citation(n: int, clause_id: str) -> Citation:
    return Citation(n=n, clause_id=clause_id, document_id=clause_id.split(":")[0], document_title="T", label="Điều 1",
                    path=["dieu-1"], text="…", start=0, end=1, score=1.0)


def test_the_answers_of_the_parts_are_joined_with_their_markers_renumbered():
    first = Draft("Ngày 15/5 [1].", [_citation(1, "kh:1")], "day")
    second = Draft("Chợ Tân Lộc [1], [2].", [_citation(1, "kh:2"), _citation(2, "kh:1")], "topic")
    joined = joined_drafts(["… ngày nào?", "… ở đâu?"], [first, second])
    assert joined.text == "Ngày 15/5 [1].\n\nChợ Tân Lộc [2], [1]."  # a clause cited by both keeps its number
    assert [(c.n, c.clause_id) for c in joined.citations] == [(1, "kh:1"), (2, "kh:2")]


def test_a_part_the_texts_do_not_answer_is_said_so_and_none_answered_is_a_refusal():
    answered = Draft("Ngày 15/5 [1].", [_citation(1, "kh:1")], "day")
    refused = Draft("", [], "topic", reason="not_covered")
    joined = joined_drafts(["Tổ chức ngày nào?", "Ai tài trợ?"], [answered, refused])
    assert joined.text == "Ngày 15/5 [1].\n\nVề “Ai tài trợ”: các văn bản hiện có không nêu."
    assert joined_drafts(["a?", "b?"], [refused, refused]).citations == []


def test_a_day_asked_after_an_answer_that_states_one_is_not_read_of_another_text():
    proposed = Draft("… tại Tờ trình số 31/TTr-CTĐ ngày 20/8/2026 [1].", [_citation(1, "qd:mo-dau.2")], "proposed")
    other = Draft("Kế hoạch … ghi thời gian ban hành là 9/2023 [1].", [_citation(1, "kh:header")], "date")
    unsaid = Draft("", [], "date", reason="no_document")
    for second in (other, unsaid):
        joined = joined_drafts(["… tờ trình số mấy?", "… ngày nào?"], [proposed, second])
        assert joined.text == "… tại Tờ trình số 31/TTr-CTĐ ngày 20/8/2026 [1]." and len(joined.citations) == 1


@pytest.mark.parametrize(("question", "parts"), [
    # two settings of one question, the second with its own setting word or with the kind of text it names
    ("Sở Tài chính được giao nhiệm vụ gì trong Kế hoạch hiến máu và trong Quy chế Quỹ cứu trợ?",
     ["Sở Tài chính được giao nhiệm vụ gì trong Kế hoạch hiến máu?",
      "Sở Tài chính được giao nhiệm vụ gì trong Quy chế Quỹ cứu trợ?"]),
    ("Đội xung kích được nói đến thế nào trong kế hoạch của tỉnh Nam Sơn và công điện của tỉnh Bắc Sơn?",
     ["Đội xung kích được nói đến thế nào trong kế hoạch của tỉnh Nam Sơn?",
      "Đội xung kích được nói đến thế nào trong công điện của tỉnh Bắc Sơn?"]),
    # two subjects of one question: what is said of each ("đều", "mỗi nơi", "lần lượt") asks nothing of one
    ("cong an huyen dong son va cong an huyen tay linh deu duoc giao nhiem vu gi",
     ["Cong an huyen dong son duoc giao nhiem vu gi?", "Cong an huyen tay linh duoc giao nhiem vu gi?"]),
    ("Đông Sơn và Tây Lĩnh mỗi nơi phấn đấu tiếp nhận bao nhiêu đơn vị máu?",
     ["Đông Sơn phấn đấu tiếp nhận bao nhiêu đơn vị máu?", "Tây Lĩnh phấn đấu tiếp nhận bao nhiêu đơn vị máu?"]),
    ("Kinh phí cho Tháng Nhân đạo huyện Đông Sơn và cho đại hội Hội huyện Tây Lĩnh lần lượt là bao nhiêu?",
     ["Kinh phí cho Tháng Nhân đạo huyện Đông Sơn là bao nhiêu?", "Kinh phí cho đại hội Hội huyện Tây Lĩnh là bao nhiêu?"]),
    # a comparison asks of each what it compares
    ("So sánh hạn nộp báo cáo giữa Kế hoạch 12 và Công văn 30",
     ["Hạn nộp báo cáo Kế hoạch 12?", "Hạn nộp báo cáo Công văn 30?"]),
    ("Mức quà ở Đông Sơn và ở Tây Lĩnh có bằng nhau không?", ["Mức quà ở Đông Sơn?", "Mức quà ở Tây Lĩnh?"]),
    # (each thing compared that asks nothing of itself is asked what it is: when, or how much)
    ("So sánh tiền thưởng mỗi cá nhân với giá trị một suất quà Tết",
     ["Tiền thưởng mỗi cá nhân là bao nhiêu?", "Giá trị một suất quà Tết là bao nhiêu?"]),
    ("So sánh thời gian báo cáo giữa Kế hoạch 12 và Công văn 30",
     ["Thời gian báo cáo Kế hoạch 12 là khi nào?", "Thời gian báo cáo Công văn 30 là khi nào?"]),
    ("so sanh chi tieu mau nam 2023 voi chi tieu nam 2025",
     ["Chi tieu mau nam 2023 la bao nhieu?", "Chi tieu nam 2025 la bao nhieu?"]),
    # "và" inside one name, between two tasks, in a list of what one thing holds: nothing to spread
    ("Sở Giáo dục và Đào tạo phải làm gì?", ["Sở Giáo dục và Đào tạo phải làm gì?"]),
    ("Sở Lao động - Thương binh và Xã hội phối hợp với ai?", ["Sở Lao động - Thương binh và Xã hội phối hợp với ai?"]),
    ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh làm gì khi có bão?",
     ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh làm gì khi có bão?"]),
])
def test_a_question_asked_of_two_joined_things_is_spread_over_each(reader, question, parts):
    assert distributed_parts(question, reader) == parts


def test_an_unanswered_question_is_spread_only_when_each_thing_is_answered(reader):
    refused = Draft("", [], "topic", reason="not_covered")
    question = "Mức quà ở Đông Sơn và ở Tây Lĩnh là bao nhiêu?"
    answers = {"Mức quà ở Đông Sơn là bao nhiêu?": Draft("500.000 đồng [1].", [_citation(1, "kh:1")], "amount"),
               "Mức quà ở Tây Lĩnh là bao nhiêu?": Draft("300.000 đồng [1].", [_citation(1, "cv:2")], "amount")}
    parts, drafts = spread_unanswered([question], [refused], reader, lambda part: answers.get(part, refused))
    assert parts == list(answers) and [d.text for d in drafts] == ["500.000 đồng [1].", "300.000 đồng [1]."]
    del answers["Mức quà ở Tây Lĩnh là bao nhiêu?"]  # one of the two unanswered: the question stays refused
    assert spread_unanswered([question], [refused], reader, lambda part: answers.get(part, refused)) == (
        [question], [refused])
