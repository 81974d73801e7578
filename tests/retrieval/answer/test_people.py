"""Who holds a post, read from a sentence with the bundled vocabulary and agency table."""

import pytest

from retrieval.answer.people import PersonReader
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.ingest.actors import AliasTable

MEMBERS = ("Trưởng ban: Ông Đoàn Minh Khải - Phó Chủ tịch Ủy ban nhân dân tỉnh; "
           "Phó Trưởng ban: Bà Ksor H'Bleo - Giám đốc Sở Y tế.")


@pytest.fixture(scope="module")
def reader():
    return PersonReader(load_vocabulary(), AliasTable.load(), {"ha tinh"})


@pytest.mark.parametrize(("question", "person"), [
    ("Ai là Trưởng ban?", "Đoàn Minh Khải"),  # not the name beside "Phó Trưởng ban"
    ("Phó Trưởng ban là ai?", "Ksor H'Bleo"),  # a name of any family after "Bà"
    ("Ai là Giám đốc Sở Y tế?", "Ksor H'Bleo"),
    ("Ai là Giám đốc Công an tỉnh?", None),  # the director of another body
    ("Ai là Chủ tịch Ủy ban nhân dân tỉnh?", None),  # only its deputy is named
])
def test_the_holder_of_the_title_asked(reader, question, person):
    assert reader.named(question, MEMBERS) == person


def test_a_list_of_members_by_post_gives_the_holder_of_the_title_asked_by_name_or_by_post(reader):
    assert reader.named("Ai là Trưởng ban?", "1. Trưởng ban: Phó Chủ tịch Ủy ban nhân dân huyện phụ trách văn hóa.") \
        == "Phó Chủ tịch Ủy ban nhân dân huyện phụ trách văn hóa"
    line = "2. Phó Trưởng ban thường trực: Chủ tịch Hội Chữ thập đỏ huyện."
    assert reader.named("pho truong ban thuong truc la ai", line) == "Chủ tịch Hội Chữ thập đỏ huyện"
    assert reader.named("Ai là Trưởng ban?", line) is None  # the line of another title


def test_the_head_of_a_team_or_a_command_is_a_title(reader):
    head = "Ông Lê Minh Đức - Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh - Trưởng đoàn;"
    deputy = "Ông Trần Văn Khoa - Trưởng ban Tổ chức - Kiểm tra - Phó Trưởng đoàn;"
    assert reader.named("Ai là Trưởng đoàn kiểm tra?", head) == "Lê Minh Đức"
    assert reader.named("Ai là Trưởng đoàn kiểm tra?", deputy) is None  # the line of another title
    assert reader.named("Phó Trưởng đoàn là ai?", deputy) == "Trần Văn Khoa"
    assert reader.named("Chỉ huy trưởng là ai?", "Chỉ huy trưởng: ông Lò Văn Sơn, Chủ tịch UBND huyện.") == "Lò Văn Sơn"


def test_a_sentence_that_gives_no_one_a_title_names_no_holder_of_the_one_asked(reader):
    sentence = "Tuyên truyền các giá trị nhân đạo, tư tưởng nhân đạo của Hồ Chí Minh."
    assert reader.named("Ai là Trưởng ban Chỉ đạo vận động hiến máu tỉnh?", sentence) is None


def test_a_title_of_another_unit_names_no_holder_of_the_one_asked(reader):
    sentence = "Đầu mối liên hệ: đồng chí Phan Thị Lệ Hằng, Trưởng Ban Công tác xã hội Hội Chữ thập đỏ tỉnh."
    assert reader.named("Trưởng Ban Tổ chức - Tuyên truyền tên là gì?", sentence) is None
    assert reader.named("Trưởng Ban Công tác xã hội tên là gì?", sentence) == "Phan Thị Lệ Hằng"


def test_a_title_named_as_a_role_is_given_to_no_one_beside_it(reader):
    sentence = ("Khi Chủ tịch vắng mặt, đồng chí Phạm Văn Khoa, Phó Chủ tịch Thường trực thay mặt Chủ tịch điều hành "
                "công việc của Hội.")
    assert reader.named("Ai là Chủ tịch Hội?", sentence) is None
    assert reader.named("Ai là Phó Chủ tịch Thường trực?", sentence) == "Phạm Văn Khoa"


def test_a_title_answers_who_acts_and_a_place_is_no_person(reader):
    sentence = "Khi Trưởng ban vắng mặt thì Phó Trưởng ban Thường trực chủ trì."
    assert reader.named("Ai chủ trì họp khi Trưởng ban vắng mặt?", sentence) == "Phó Trưởng ban Thường trực"
    assert reader.named("Ai là người chủ trì?", "Báo và Phát thanh, Truyền hình Hà Tĩnh đưa tin.") is None
    # one to be made Chủ tịch is a person: the titles of the board's members name none
    assert reader.named("Ai được bầu làm Chủ tịch Hội khóa V?", "Ban Thường vụ gồm 01 Chủ tịch và 02 Phó Chủ tịch.") is None
    assert reader.named("Ai làm Trưởng ban?", "Trưởng ban là Chủ tịch Hội Chữ thập đỏ huyện;").startswith("Chủ tịch")
    # "Phó" is a family name and the first word of a title
    assert reader.named("Phó Chủ tịch Hội tên là gì?", "Một Phó Chủ tịch Hội phụ trách công tác phối hợp.") is None


def test_a_post_held_by_a_title_or_a_name_put_before_it(reader):
    by_title = "Thành lập Ban Tổ chức Lễ phát động do đồng chí Chủ tịch Hội Chữ thập đỏ huyện làm Trưởng ban."
    assert reader.named("Ai làm Trưởng ban Tổ chức Lễ phát động?", by_title) == "Chủ tịch Hội Chữ thập đỏ huyện"
    by_name = "Thành lập Ban Giám khảo do ông Nguyễn Văn Hùng, Giám đốc Trung tâm Y tế huyện làm Trưởng ban."
    assert reader.named("Ai làm Trưởng ban Giám khảo?", by_name) == "Nguyễn Văn Hùng"
    # the post held is another
    assert reader.named("Ai làm Trưởng ban Giám khảo?", "do bà Lê Thị Hoa làm Phó Trưởng ban.") is None


def test_the_post_of_a_team_or_a_group_is_a_post(reader):
    sentence = "Giảng viên: do bác sĩ Trần Văn Lộc, Đội phó phụ trách chuyên môn, làm trưởng nhóm giảng viên."
    assert reader.post_of("Bác sĩ Trần Văn Lộc giữ vị trí gì trong Đội?", sentence) == "Đội phó"


def test_a_roster_line_gives_the_post_after_the_dash_when_no_title_is_listed(reader):
    line = "Bà Nguyễn Thị Ánh - Kế toán Văn phòng Hội Chữ thập đỏ tỉnh - Thành viên;"
    assert reader.post_of("Bà Nguyễn Thị Ánh giữ vai trò gì trong đoàn?", line) == "Kế toán Văn phòng Hội Chữ thập đỏ tỉnh - Thành viên"
    assert reader.post_of("Bà Nguyễn Thị Ánh giữ vai trò gì?", "Bà Nguyễn Thị Ánh - ngày 12/01 trực.") is None


def test_a_heading_that_opens_with_a_person_names_them_and_their_posts(reader):
    assert reader.heading_holder("4. Đồng chí A Khiêm - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra") == (
        "A Khiêm", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra")
    assert reader.heading_holder("2. Sở Y tế") is None


def test_a_post_asked_who_holds_is_answered_by_a_name_not_by_another_title(reader):
    sentence = "Ban Tổ chức Hội thi do đồng chí Lê Văn Toàn, Phó Chủ tịch Hội Chữ thập đỏ tỉnh làm Trưởng ban."
    assert reader.named("Trưởng Ban Tổ chức hội thi là đồng chí nào?", sentence) == "Lê Văn Toàn"
    assert reader.named("Phó trưởng Ban Tổ chức hội thi là đồng chí nào?", sentence) is None


def test_a_name_ends_where_an_agency_s_name_opens_and_is_read_across_a_line_s_wrap(reader):
    assert reader.names_in("gọi số di động nào của chị Hạnh Ban CTXH?") == {"hanh"}
    written = reader.names_in("đề nghị liên hệ đồng chí Trần\nThị Mỹ Hạnh, Trưởng Ban Công tác xã hội, di động: 0919.406.527")
    assert "tran thi my hanh" in written and reader.met({"hanh"}, written)


def test_a_title_after_a_form_of_address_is_no_name(reader):
    assert reader.names_in("cho em xin số điện thoại của đồng chí Phó Chủ tịch thường trực với ạ") == set()
    assert reader.names_in("đồng chí Chủ tịch Trần Quốc Vinh") == {"tran quoc vinh"}
