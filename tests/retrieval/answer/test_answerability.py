"""The refusal decision is a plain function of the question's content words and the evidence."""

from retrieval.answer.answerability import another_kind, another_work, coverage, judge
from retrieval.index.lexical import folded_word, word_tags
from retrieval.text import fold
from retrieval.answer.values import counted_noun, find_values, quantifies, sentences

WEIGHTS = {"thuế": 5.0, "nộp": 2.0, "sở": 0.1}


def test_rare_words_weigh_more_than_common_ones():
    assert coverage(WEIGHTS, {"sở", "nộp"}) == (2.1 / 7.1)
    assert coverage({}, set()) == 1.0


def test_judge_refuses_what_the_evidence_does_not_cover_or_hold():
    assert judge(WEIGHTS, None, 0.5).reason == "no_evidence"
    assert judge(WEIGHTS, {"sở"}, 0.5).reason == "not_covered"
    assert judge(WEIGHTS, {"thuế", "nộp"}, 0.5, needs_value=True, has_value=False).reason == "no_value"
    assert judge(WEIGHTS, {"thuế", "nộp"}, 0.5, needs_value=True, has_value=True).answerable
    # a word required (a place looked for beyond its own texts) refuses when lacking, however common it is
    assert judge(WEIGHTS, {"thuế", "nộp"}, 0.5, key_words=frozenset({"sở"}), required=frozenset({"sở"})).reason \
        == "key_missing"
    assert judge(WEIGHTS, {"thuế", "nộp"}, 0.5, key_words=frozenset({"sở"})).answerable


def test_values_of_each_type_are_found_as_written():
    text = "Định kỳ hằng năm, trước ngày 15/12, báo cáo UBND tỉnh; trong vòng 24 giờ cấp 3.000.000 đồng/hộ, đạt 30%."
    assert find_values("time", text) and find_values("duration", text) and find_values("day", text)
    assert not find_values("day", "Định kỳ hằng năm báo cáo UBND tỉnh.")  # a recurrence is not a date
    assert find_values("amount", text) and find_values("percentage", text)
    assert find_values("effective", "Quyết định này có hiệu lực kể từ ngày ký.")
    assert not find_values("effective", "Quyết định này thay thế Quyết định số 12.")


def test_a_document_date_after_its_number_is_not_a_time_the_clause_sets():
    assert not find_values("time", "thực hiện Thông tư số 07/2017/TT-BGDĐT, ngày 14/3/2014 của Bộ")


def test_sentences_do_not_break_inside_numbers():
    text = "Hỗ trợ 3.000.000 đồng/hộ. Cấp phát trong 24 giờ."
    assert [text[s:e] for s, e in sentences(text)] == ["Hỗ trợ 3.000.000 đồng/hộ.", "Cấp phát trong 24 giờ."]


def test_a_count_must_count_what_the_question_asks_about():
    asked = counted_noun("Hội có bao nhiêu hội viên?", "bao nhieu")
    assert asked == ["hoi", "vien"]
    assert quantifies("300 hội viên", asked) and not quantifies("43 trong", asked)


def test_a_rare_noun_or_a_year_the_evidence_lacks_refuses_however_much_else_it_covers():
    weights = {"giường_bệnh": 5.0, "bệnh_viện": 1.0, "nghệ": 1.0, "2027": 2.0, "đơn_vị": 9.0}
    covered = {"bệnh_viện", "nghệ", "đơn_vị"}
    assert judge(weights, covered, 0.5).answerable  # without key words only the share counts
    assert judge(weights, covered, 0.5, key_words=frozenset({"giường_bệnh"}), rare=4.0).reason == "key_missing"
    assert judge(weights, covered, 0.5, key_words=frozenset({"bệnh_viện"}), rare=4.0).answerable
    # a year is a key word whatever its weight, and the evidence's own: its section holding it is not enough
    assert judge(weights, covered, 0.5, key_words=frozenset({"2027"}), rare=4.0).reason == "key_missing"
    assert judge(weights, covered, 0.5, key_words=frozenset({"2027"}), rare=4.0, nearby={"2027"}).reason == "key_missing"
    assert judge(weights, covered | {"2027"}, 0.5, key_words=frozenset({"2027"}), rare=4.0).answerable
    # a rare noun its section holds counts as held
    assert judge(weights, covered, 0.5, key_words=frozenset({"giường_bệnh"}), rare=4.0, nearby={"giường_bệnh"}).answerable


def test_people_are_named_by_a_family_name_never_a_place():
    from retrieval.answer.vocabulary import load_vocabulary
    from retrieval.answer.values import person_names

    surnames = load_vocabulary().surnames
    text = "PHÓ CHỦ TỊCH Đặng Quang Vinh; Thường trực Ban Bí thư Võ Văn Thưởng vừa ký; tại tỉnh Lâm Đồng; Hội Chữ thập đỏ"
    assert [text[s:e] for s, e in person_names(text, surnames)] == ["Đặng Quang Vinh", "Võ Văn Thưởng"]
    # after a form of address or a rank, a name of any family ("Ksor H'Bleo"), never the form itself
    vocabulary = load_vocabulary()
    text = "Trưởng ban: Ông Đoàn Minh Khải; Phó Trưởng ban: Bà Ksor H'Bleo; Thượng tá Rơ Châm Kin; Công an Ba Vì"
    found = person_names(text, surnames, vocabulary.honorifics)
    assert [text[s:e] for s, e in found] == ["Đoàn Minh Khải", "Ksor H'Bleo", "Rơ Châm Kin"]
    assert person_names("ưu tiên các xã dọc đường Hồ Chí Minh", surnames) == []  # a road named after a person
    # a name after a unit that reads as a person's by its middle name is one (a street's is not)
    text = "Chủ tịch Hội Chữ thập đỏ xã Phạm Thị Huyền là đầu mối; trụ sở số 12 đường Nguyễn Văn Cừ; xã Văn Lang"
    assert [text[s:e] for s, e in person_names(text, surnames)] == ["Phạm Thị Huyền"]
    assert person_names("Người ký chỉ thị của Thái Bình giữ chức vụ gì?", surnames) == []  # a province's text
    text = "Kế hoạch của Lê Văn Hùng; báo cáo của đồng chí Lê Hùng"
    assert [text[s:e] for s, e in person_names(text, surnames, vocabulary.honorifics)] == ["Lê Văn Hùng", "Lê Hùng"]
    # two capitalised words, the last one a word with the lowercase one after it: a thing's name
    text = "Đón Đoàn Hành trình Đỏ Trung ương; Phạm Hùng phát biểu tại hội nghị"
    assert [text[s:e] for s, e in person_names(text, surnames)] == ["Phạm Hùng"]
    # a lunar year named by its stem and branch ("Đinh Mùi"), though "Đinh" is a family name
    text = "tặng quà Tết Nguyên đán Đinh Mùi năm 2027; bà Đinh Thị Mùi nhận quà"
    assert [text[s:e] for s, e in person_names(text, surnames, vocabulary.honorifics)] == ["Đinh Thị Mùi"]


def test_a_count_of_people_is_any_noun_for_people():
    from retrieval.answer.vocabulary import load_vocabulary

    people = load_vocabulary().people
    asked = counted_noun("Đội ứng phó thảm họa có bao nhiêu người?", "bao nhieu")
    assert quantifies("25 thành viên", asked, people) and quantifies("3.000 người dân", asked, people)
    assert not quantifies("500 bộ dụng cụ", asked, people)
    # a group of people asked by its name is counted by that name only
    elderly = counted_noun("Huyện hiện có bao nhiêu người cao tuổi?", "bao nhieu")
    assert quantifies("350 người cao tuổi", elderly, people) and not quantifies("100 đại biểu", elderly, people)
    citizens = counted_noun("Đã sơ tán bao nhiêu người dân?", "bao nhieu")
    assert quantifies("3.000 người dân", citizens, people) and not quantifies("1.200 cán bộ", citizens, people)


def test_evidence_without_the_word_asked_about_refuses():
    weights = {"ban": 0.6, "chỉ_đạo": 1.0, "họp": 3.6}
    held = {"ban", "chỉ_đạo"}
    assert judge(weights, held, 0.2, focus=frozenset({"họp"}), focus_rare=2.5).reason == "focus_missing"
    assert judge(weights, held, 0.2, focus=frozenset({"họp"}), focus_rare=2.5, nearby={"họp"}).answerable
    assert judge(weights, held, 0.2, focus=frozenset({"ban"}), focus_rare=2.5).answerable  # too common to decide


def test_evidence_without_the_noun_the_question_opens_with_refuses_unless_it_is_commonplace():
    weights = {"mẫu": 2.4, "báo_cáo": 2.3, "sơ_kết": 3.0, "việc": 0.5}
    held = {"báo_cáo", "sơ_kết", "việc"}
    assert judge(weights, held, 0.5, head=frozenset({"mẫu"}), head_rare=0.5).reason == "focus_missing"
    assert judge(weights, held | {"mẫu"}, 0.5, head=frozenset({"mẫu"}), head_rare=0.5).answerable
    assert judge(weights, held - {"việc"}, 0.5, head=frozenset({"việc"}), head_rare=0.5).answerable  # generic


def test_an_effective_date_is_stated_whole():
    text = "Chỉ thị này có hiệu lực kể từ ngày ký."
    assert [text[s:e] for s, e in find_values("effective", text)] == ["kể từ ngày ký"]
    text = "Quyết định có hiệu lực thi hành kể từ ngày 01/9/2024."
    assert [text[s:e] for s, e in find_values("effective", text)][0] == "kể từ ngày 01/9/2024"


def test_a_value_stated_of_another_kind_of_the_noun_asked_does_not_answer():
    asked = word_tags("Đi tập huấn sơ cấp cứu được hỗ trợ tiền đi lại bao nhiêu?")
    before = word_tags("Cán bộ được cử tham gia lớp tập huấn sơ cấp cứu được hỗ trợ tiền ăn ")
    assert another_kind(asked, {fold("lại")}, before)  # "tiền ăn 150.000 đồng" is no "tiền đi lại"
    assert not another_kind(asked, set(), before)  # the evidence holds every word asked
    # a state of the noun far from the value names no other kind: "hồ sơ hợp lệ, Sở Ngoại vụ … thẩm định" (07 ngày)
    asked = word_tags("Sở Ngoại vụ thẩm định hồ sơ viện trợ trong thời hạn bao lâu?")
    assert not another_kind(asked, {fold("viện") + "_" + fold("trợ")}, word_tags("Trong thời hạn "))
    assert not another_kind(asked, {fold("viện") + "_" + fold("trợ")}, word_tags("kể từ ngày nhận được hồ sơ hợp lệ, Sở Ngoại vụ chủ trì thẩm định trong "))


def test_so_before_a_value_writes_it_and_names_no_other_kind():
    asked = word_tags("Số tài khoản nhận tiền ủng hộ là gì?")
    before = word_tags("chuyển tiền ủng hộ về Hội qua tài khoản số ")
    assert not another_kind(asked, {fold("nhận")}, before)  # "tài khoản số 8300…" is the account asked
    assert another_kind(asked, {fold("nhận")}, word_tags("chi trả qua tài khoản chuyên thu "))


def test_a_value_given_to_another_kind_of_the_noun_asked_does_not_answer():
    asked = word_tags("Quỹ Thi đua được ủng hộ bao nhiêu tiền?")
    missing = {fold("thi") + "_" + fold("đua")}
    # "ủng hộ 80.000.000 đồng cho Quỹ Nhân đạo": the sum is the other fund's
    assert another_kind(asked, missing, word_tags("Ông Chu Văn Bình ủng hộ "), word_tags(" cho Quỹ Nhân đạo của Hội;"))
    assert not another_kind(asked, missing, word_tags("Ông Chu Văn Bình ủng hộ "), word_tags(" cho Hội;"))


def test_the_question_s_own_rarest_noun_the_evidence_lacks_refuses_from_its_floor_up():
    # "hộ cận nghèo" against a sum for "hộ nghèo": "cận" is rarer than anything else asked, though not rare in the corpus
    weights = {"tết": 1.8, "cận": 3.9, "nghèo": 2.1}
    said = {"tết", "nghèo"}
    keys = frozenset({"tết", "cận"})
    assert judge(weights, said, 0.5, key_words=keys, rare=4.4).answerable
    assert judge(weights, said, 0.5, key_words=keys, rare=4.4, rarest_rare=3.6).reason == "key_missing"
    # under the floor, the rarest word asked is still a common one: "cả năm" typed bare
    weights = {"báo_cáo": 2.1, "cả": 2.7, "lao_động": 2.7}
    assert judge(weights, {"báo_cáo", "lao_động"}, 0.5, key_words=frozenset({"cả"}), rare=4.4, rarest_rare=3.6).answerable


def test_a_value_of_other_work_taken_part_in_does_not_answer_for_the_work_asked():
    asked = word_tags("Tình nguyện viên tham gia vận động hiến máu được hỗ trợ tiền ăn bao nhiêu một ngày?")
    row = word_tags("Tiền ăn khi tham gia ứng phó thảm họa, sơ cấp cứu | 150.000 đồng/người/ngày")
    assert another_work(asked, {folded_word("vận_động"), fold("hiến"), fold("máu")}, row)
    assert not another_work(asked, set(), row)  # the evidence holds the work asked
    assert not another_work(asked, {folded_word("vận_động")}, word_tags("Tiền ăn: 150.000 đồng/người/ngày"))  # no work said
