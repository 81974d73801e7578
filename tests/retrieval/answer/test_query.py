import pytest

from retrieval.ingest.actors import AliasTable
from retrieval.models import Turn
from retrieval.answer.asks import plain_words
from retrieval.answer.query import QueryReader, has_phrase, labelled, place_variants, places_in, storm_numbers, without_vocative
from retrieval.answer.references import DocumentDirectory
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.glossary import load_glossary
from retrieval.text import fold

VOCABULARY = load_vocabulary()


def reader() -> QueryReader:
    return QueryReader(AliasTable.load(), VOCABULARY, load_glossary(), DocumentDirectory())


def test_agency_with_its_levels():
    query = reader().read("UBND phải làm gì?")
    assert "Ủy ban nhân dân huyện" in query.actors and query.intent is None
    assert reader().read("so giao duc phai lam gi").actors[0] == "Sở Giáo dục và Đào tạo"


def test_an_agency_after_a_modal_verb_is_its_object_however_the_question_opens():
    assert reader().read("Phải gửi kết quả cho Hội CTĐ thị xã trước ngày nào?").actors == []
    assert reader().read("Hội CTĐ thị xã phải gửi kết quả trước ngày nào?").actors


def test_fact_intents_for_any_document_type():
    assert reader().read("Kế hoạch 100 ban hành ngày nào?").intent == "date"
    assert reader().read("Kế hoạch này triển khai chỉ thị nào?").intent == "implements"
    assert reader().read("Những văn bản nào thực hiện KL 44?").intent == "implemented_by"
    assert reader().read("Bài báo do ai viết?").intent == "signer"


def test_how_a_case_is_to_be_handled_frames_the_question_and_a_sanction_is_asked():
    handled = reader().read("Nếu huyện không phát hết hàng cứu trợ thì phải xử lý thế nào?").content
    assert not {fold("xử"), fold("lý"), fold("nếu")} & set(handled) and fold("hàng") in handled
    assert fold("xử") in reader().read("Đơn vị không gửi báo cáo đúng hạn thì bị xử lý như thế nào?").content
    # "thực tế" says what was done rather than planned, not what it was done about
    assert not {fold("thực"), fold("tế"), "thực_tế"} & set(reader().read("Thực tế dạy bơi được bao nhiêu em?").content)


def test_english_questions_are_searched_through_the_glossary():
    query = reader().read("What must the Department of Health do?")
    assert query.english and query.actors[0] == "Sở Y tế" and "sở_y" in query.folded
    assert not reader().read("Sở Y tế phải làm gì?").english
    # a term written with a hyphen is the term; English modal and function words are not content
    query = reader().read("How many hours may a first-aid team take to arrive?")
    assert "sơ cấp cứu" in query.read and not {"may", "maý", "máy"} & set(query.content)
    # a document symbol's "Đ" makes no question Vietnamese; a kind of document is named in English too
    query = reader().read("When does decision 1426/QĐ-UBND take effect?")
    assert query.english and "Quyết định 1426/QĐ-UBND" in query.read and "decision" not in query.content
    assert "Thông báo 318" in reader().read("What must the Department of Finance do under notice 318?").read


def test_follow_up_takes_the_previous_question_with_the_new_agency():
    query = reader().read("Còn Sở Y tế thì sao?", [Turn(question="Sở Giáo dục phải làm gì?")])
    assert query.followup and query.text == "Sở Y tế phải làm gì?"


def test_follow_up_replaces_a_body_the_alias_table_does_not_know():
    history = [Turn(question="Trung tâm Y tế huyện Đông Lâm có nhiệm vụ gì trong Tháng Nhân đạo?")]
    query = reader().read("Còn Sở Y tế?", history)
    assert query.actors == ["Sở Y tế"] and query.read == "Sở Y tế có nhiệm vụ gì trong Tháng Nhân đạo?"


def test_follow_up_about_a_document_type_takes_its_number_from_the_previous_answer():
    history = [Turn(question="Kế hoạch này thực hiện quyết định nào?", answer="… để thực hiện 895/QĐ-TTg, 44-KL/TW [1].")]
    query = reader().read("Quyết định đó ban hành ngày nào?", history)
    assert query.keys == [("qd", "895")] and query.intent == "date"


def test_a_follow_up_naming_only_another_year_asks_the_previous_question_of_that_year():
    history = [Turn(question="Năm 2024 Hội Chữ thập đỏ tiếp nhận bao nhiêu đơn vị máu?")]
    query = reader().read("năm 2023 thì bao nhiêu?", history)
    assert query.followup and query.text == "Năm 2023 Hội Chữ thập đỏ tiếp nhận bao nhiêu đơn vị máu?"


def test_a_question_without_history_is_never_a_follow_up():
    assert not reader().read("Còn Sở Y tế thì sao?").followup


def test_agencies_after_giua_are_parties_of_a_relation_not_its_subject():
    query = reader().read("xây dựng quy chế phối hợp giữa chính quyền, các ngành và Hội Chữ thập đỏ")
    assert query.actors == [] and "Hội Chữ thập đỏ" in query.partners
    assert reader().read("Hội Chữ thập đỏ phối hợp với sở nào?").actors[0] == "Hội Chữ thập đỏ"


def test_an_agency_a_report_is_sent_to_is_no_subject():
    query = reader().read("Báo cáo sơ kết 6 tháng gửi Trung ương Hội trước ngày nào?")
    assert query.actors == [] and query.partners
    assert reader().read("Hội Chữ thập đỏ tỉnh gửi báo cáo trước ngày nào?").actors[0] == "Hội Chữ thập đỏ tỉnh"
    # what is given to an agency ("cho"), unless work ("giao cho")
    assert reader().read("Kinh phí hoạt động cho Hội Chữ thập đỏ xã tối thiểu bao nhiêu một năm?").actors == []
    assert reader().read("Kế hoạch giao cho Sở Y tế nhiệm vụ gì?").actors[0] == "Sở Y tế"


def test_those_a_class_trains_are_no_subject():
    assert reader().read("Mỗi lớp tập huấn Hội Chữ thập đỏ xã học mấy ngày?").actors == []
    assert reader().read("Lớp bồi dưỡng cho Hội Chữ thập đỏ xã học mấy ngày?").actors == []
    assert reader().read("Hội Chữ thập đỏ xã phải tập huấn mấy ngày?").actors


def test_an_agency_after_o_or_tai_is_a_place_and_after_trung_cu_what_one_is_elected_to():
    assert reader().read("Dự trữ máu ở Bệnh viện Đa khoa tỉnh xuống dưới bao nhiêu đơn vị thì họp đột xuất?").actors == []
    assert reader().read("Hồ sơ nộp tại Hội Chữ thập đỏ huyện trước ngày nào?").actors == []
    elected = QueryReader(AliasTable.load().with_names({"Ban Chấp hành chi hội"}), VOCABULARY, load_glossary(),
                          DocumentDirectory())
    assert elected.read("Ban Chấp hành chi hội họp mấy lần một năm?").actors == ["Ban Chấp hành chi hội"]
    assert elected.read("Người trúng cử Ban Chấp hành chi hội phải đạt bao nhiêu phiếu?").actors == []
    assert reader().read("Hội Chữ thập đỏ huyện nhận hồ sơ trước ngày nào?").actors[0] == "Hội Chữ thập đỏ huyện"
    # a person asked "ở"/"tại" a body is one of the body's: "liên hệ ai ở Sở Y tế", "đầu mối ở Hội tỉnh là ai"
    assert reader().read("Liên hệ ai ở Sở Y tế?").actors[0] == "Sở Y tế"
    assert reader().read("Đầu mối liên hệ tại Hội Chữ thập đỏ huyện là ai?").actors[0] == "Hội Chữ thập đỏ huyện"
    # (and "muốn hỏi về … thì" frames the question, asks nothing of its own)
    framed = reader().read("Muốn hỏi về kế hoạch tập huấn thì liên hệ ai ở Sở Y tế?")
    assert not {fold("hỏi"), fold("hội")} & set(framed.content) and framed.actors[0] == "Sở Y tế"


def test_an_agency_after_a_modal_verb_is_its_object_not_the_subject():
    query = reader().read("Các trường phải thành lập chi hội chữ thập đỏ trước thời điểm nào?")
    assert query.actors == [] and query.partners
    assert reader().read("Sở Y tế phải báo cáo Hội Chữ thập đỏ tỉnh khi nào?").actors == ["Sở Y tế"]


@pytest.mark.parametrize("question", [
    "Theo hướng dẫn Tháng Nhân đạo 2025 của Hội Chữ thập đỏ tỉnh, Ban Tuyên giáo có nhiệm vụ gì?",
    "Trong chương trình phối hợp với Hội Chữ thập đỏ tỉnh, Ban Tuyên giáo có nhiệm vụ gì?",
])
def test_an_agency_naming_a_document_is_not_the_subject(question):
    assert reader().read(question).actors == ["Ban Tuyên giáo"]


@pytest.mark.parametrize("question", ["ke hoach giao cho cong an quan nhung viec gi", "cong an xa phai lam gi",
                                      "cong an thi xa phoi hop viec gi"])
def test_the_police_of_any_level_is_named_typed_without_diacritics(question):
    assert reader().read(question).actors == ["Công an"]


def test_the_nouns_and_years_of_a_question_are_its_key_words():
    query = reader().read("Bệnh viện Hữu nghị Đa khoa Nghệ An có bao nhiêu giường bệnh năm 2027?")
    assert {"giường_bệnh", "2027"} <= query.key_words
    assert reader().read("benh vien co bao nhieu giuong benh").key_words == frozenset()  # no tagger without diacritics


def test_a_vietnamese_word_in_an_english_question_takes_the_corpus_spelling():
    english = QueryReader(AliasTable.load(), VOCABULARY, load_glossary(), DocumentDirectory(), {"tet": "tết", "bao": "báo"})
    query = english.read("By what date must the district Red Cross report on the Tet campaign?")
    assert query.english and "tết" in query.content and "tet" not in query.content


def test_who_asks_is_not_what_is_asked():
    query = reader().read("Tôi là cán bộ Hội Chữ thập đỏ huyện, cho hỏi hạn cuối trao quà Tết là ngày mấy?")
    assert query.actors == [] and query.ask.kind == "value"
    assert reader().read("han cuoi gui bao cao la ngay nao").ask.kind == "value"


def test_the_documents_themselves_are_not_a_word_of_the_topic():
    query = reader().read("Các văn bản giao nhiệm vụ gì cho Sở Y tế?")
    assert query.ask.kind == "tasks" and query.content == [] and query.actors[0] == "Sở Y tế"
    assert "sánh" not in reader().read("So sánh nhiệm vụ của Sở Y tế ở Nghệ An và Quảng Trị").content


@pytest.mark.parametrize(("question", "content"), [
    # a question word is never a syllable of what is asked about ("tập thể nào")
    ("Những tập thể nào được tặng Cờ thi đua?", {"tập", "thể", "tặng", "cờ", "thi", "đua", "tập_thể", "thi_đua"}),
    # "vì lý do gì" asks why: the reason is what the clause says, not the words "lý do"; "Ông" addresses the one named,
    # whom the text may address otherwise ("anh Phước", "đồng chí Nguyễn Văn Phước")
    ("Ông Phước được khen thưởng vì lý do gì?", {"phước", "khen", "thưởng", "khen_thưởng"}),
    # a stopword syllable inside a longer word stays ("thực hiện" of "kết quả thực hiện")
    ("Báo cáo kết quả thực hiện trước ngày nào?", {"baó", "caó", "kết", "quả", "thực", "hiện", "baó_caó",
                                                   "kết_quả_thực_hiện"}),
    # "diễn ra" says an event happens: its date is asked, the verb is no word a clause writes (the "ngày" of "Ngày hội"
    # is the name's, whatever the "ngày" asked by)
    ("Ngày hội Giọt hồng diễn ra vào ngày nào?", {"ngày", "hôị", "giọt", "hồng", "giọt_hồng"}),
    # an asking word written twice is asked once: the "đại" of "Đại hội" is no "dài" of "kéo dài"
    ("Đại hội điểm được kéo dài tối đa mấy ngày?", {"đại", "hôị", "điểm", "đaị_hôị"}),
    # "trong khoảng thời gian nào" asks a period: "khoảng" is no word the answer must write
    ("Ngày hội Giọt hồng diễn ra trong khoảng thời gian nào?", {"ngày", "hôị", "giọt", "hồng", "giọt_hồng"}),
    # "số" of a word it begins is no number asked: "số dư" is the balance
    ("Quỹ Hội còn số dư bao nhiêu tiền?", {"quỹ", "hội", "số", "dư", "quỹ_hôị", "số_dư"}),
    # "hết" of "chi hết" says the spending is done, as "xong" does: no word a clause writes
    ("Tổng kinh phí thực chi hết bao nhiêu?", {"tổng", "kinh", "phí", "thực", "chi", "tổng_kinh_phí", "thực_chi"}),
    # "bằng cách nào" asks how: the means is what the clause says
    ("Hội Phụ nữ tham gia diệt lăng quăng bằng cách nào?", {"tham", "gia", "diệt", "lăng", "quăng", "tham_gia", "lăng_quăng"}),
    # what an account is for is no topic ("để chuyển tiền ủng hộ"), what the money goes to is
    ("Số tài khoản để ủng hộ là gì?", set()),
    ("Cho em xin số tài khoản để chuyển tiền ủng hộ mổ tim cho các cháu", {"mổ", "tim", "cháu"}),
    # "bắt đầu" of a time asked says which end of it is asked, which a clause states by its time ("07 giờ 30 phút")
    ("Mấy giờ thì bắt đầu lễ phát động?", {"lễ", "phát", "động", "phát_động"}),
    # to call is what a number asked is for
    ("Muốn phản ánh thì gọi đường dây nóng số nào?", {"phản", "ánh", "phản_ánh"}),
])
def test_content_words_are_what_is_asked_about(question, content):
    assert set(reader().read(question).content) == {fold(w) if "_" not in w else w for w in content}


def test_framing_phrases_are_dropped_as_phrases_not_as_syllables():
    assert reader().read("Văn bản nào đề cập đến hộ nghèo?").content == ["hộ", "ngheò"]
    assert "cập_nhật" in reader().read("Ai cập nhật dữ liệu người hiến máu?").content  # "cập" stays a word


def test_a_word_that_joins_two_things_asked_is_no_topic_of_them():
    # "hoặc" (or) as "và" (and), "hay" (or): "ở lễ hội hoặc ngày hội hiến máu" asks of both
    assert "hoặc" not in reader().read("Tình nguyện viên trực ở lễ hội hoặc ngày hội hiến máu được hỗ trợ bao nhiêu?").content
    # "khác" (other) says which one, not what of
    assert "khác" not in reader().read("Hộ nhận bò phải giao bê cho hộ khác khi nào?").content


def test_the_agency_work_is_put_on_is_the_subject_not_the_one_that_puts_it():
    query = reader().read("Thành ủy TP.HCM yêu cầu Ban Dân vận Thành ủy làm gì?")
    assert query.actors[0] == "Ban Dân vận" and "yêu" not in query.content
    assert reader().read("UBND tỉnh giao cho Sở Y tế nhiệm vụ gì?").actors[0] == "Sở Y tế"
    assert reader().read("Sở Y tế và Sở Tài chính phải làm gì?").actors[:2] == ["Sở Y tế", "Sở Tài chính"]


def test_the_word_asked_about_is_the_verb_or_noun_before_the_question_phrase():
    assert reader().read("Ban Chỉ đạo vận động hiến máu họp mấy lần một năm?").focus == {"họp"}
    trained = reader().read("Đội xung kích được trang bị những gì?")
    assert trained.focus == {"trang_bị"} and "trang_bị" in trained.content  # "bị" alone is a stopword
    assert reader().read("Sau bao lâu phải cấp phát hàng cứu trợ?").focus == frozenset()  # a preposition
    assert reader().read("Những vấn đề chưa thống nhất được xử lý thế nào?").focus == frozenset()  # "how" describes
    assert fold("gọi") not in reader().read("Có vướng mắc thì gọi số điện thoại nào?").focus  # a phone is called
    # a body named after "cho" is to whom a sum goes, not the work it is for ("chi bao nhiêu cho tập huấn")
    assert reader().read("Doanh nghiệp tài trợ bao nhiêu tiền cho Thành Hội?").focus == {fold("tài") + "_" + fold("trợ")}
    # "đặt ở" says where a place lies ("đặt ở khoa nào"): no work the evidence must name
    assert fold("đặt") not in reader().read("Điểm hiến máu cố định đặt ở khoa nào?").content
    # the place a thing is done at ("ở địa phương") is no work asked; the words before it are
    assert fold("địa") + "_" + fold("phương") not in reader().read("Chủ hộ phải thường trú ở địa phương bao lâu?").focus
    # "được phép" (allowed) frames what is asked; "phép" is no thing the evidence must name
    assert fold("gian") not in reader().read("Ban Công tác xã hội làm gì trong thời gian tới?").content  # framing
    # a text named with its urgency ("công văn hỏa tốc") says nothing of its topic
    # (the storm by its number: "bão số 4")
    assert reader().read("Sở Y tế có nhiệm vụ gì theo công văn hỏa tốc về bão số 4?").content == [fold("bão"), f"{fold('số')}_4"]
    # "chiếm" (to make up) is how a share is asked, not a word the sentence giving it must write
    assert fold("chiếm") not in reader().read("Trong đó ngân sách tỉnh chiếm bao nhiêu phần trăm?").content
    # a classifier ("cơn bão") and "sắp" (about to) name nothing a text writes
    assert reader().read("Sở Y tế cần chuẩn bị gì khi cơn bão số 4 sắp vào?").content == [fold("bão"), f"{fold('số')}_4"]
    assert fold("phép") not in reader().read("Số đại biểu chỉ định được phép chiếm bao nhiêu phần trăm?").content


@pytest.mark.parametrize(("question", "focus", "kind"), [
    ("Điểm sơ cấp cứu được duy trì ở những nơi nào?", "duy_trì", "nơi"),
    ("Tài liệu được dịch ra những tiếng dân tộc nào?", None, "dân_tộc"),
    ("Những trường học nào được chọn?", None, "trường_học"),  # nothing before the kind
])
def test_the_kind_a_which_question_asks_for_is_neither_its_focus_nor_a_key_word(question, focus, kind):
    read = reader().read(question)
    assert kind in read.content and kind not in read.key_words and kind not in read.focus
    assert focus is None or read.focus == {focus}

def test_the_work_a_sum_is_asked_for_is_the_word_asked_about():
    assert reader().read("Mỗi năm chi bao nhiêu tiền cho tập huấn sơ cấp cứu?").focus == {"tập_huấn"}
    assert reader().read("Tỉnh bố trí bao nhiêu kinh phí để tuyên truyền?").focus == {"tuyên_truyền"}
    assert reader().read("Có bao nhiêu chợ Tết nhân ái?").focus != {"tết"}  # "chợ" is not "cho"


def test_an_agency_written_as_agencies_are_but_unknown_is_kept_for_the_evidence_to_confirm():
    assert reader().read("Sở Du lịch Đà Nẵng phải làm gì khi có bão?").unnamed == ["sở_du"]
    assert reader().read("Sở Y tế phải làm gì?").unnamed == []  # known to the alias table
    assert reader().read("Phòng, chống thiên tai thế nào?").unnamed == []  # no capitalised name after the head
    # (a paper is named by its place: "Báo Sơn La" is no "Hội Sơn La", the Hội of a place a text is written in)
    placed = QueryReader(AliasTable.load(), VOCABULARY, load_glossary(), DocumentDirectory(places={"kh-86": "son la"}))
    assert placed.read("Hội Sơn La phải làm gì?").unnamed == []
    assert placed.read("Báo Sơn La được giao làm những việc gì?").unnamed == [f"{fold('báo')}_{fold('sơn')}"]


def test_whom_reports_are_sent_to_is_a_text_s_recipients_only_of_a_text_named():
    assert reader().read("QĐ 187 gửi báo cáo lên những cơ quan cấp tỉnh nào?").ask.name == "recipients"
    assert reader().read("Quyết định số 21/QĐ-CTĐ gửi để báo cáo lên những nơi nào?").ask.name == "recipients"
    assert reader().read("Xã phải gửi báo cáo lên những cơ quan nào?").ask.name == "body"  # where a clause sends them


def test_an_everyday_word_is_read_as_the_texts_write_it():
    assert "sử dụng" in reader().read("Hội phí được dùng vào những việc gì?").read
    assert "nội dung" in reader().read("Kế hoạch có nội dung gì?").read
    assert reader().read("sdt lien he ung ho la so nao").ask.name == "phone"  # "SĐT" in full: "số nào", not "sở nào"
    assert "6 tháng đầu năm 2024" in reader().read("Nửa đầu năm 2024 Hội tiếp nhận bao nhiêu đơn vị máu?").read
    assert "6 tháng cuối năm" in reader().read("Sáu tháng cuối năm Hội làm gì?").read  # a number written as a word


def test_a_verb_for_doing_ones_part_names_no_topic_of_an_agency_named():
    assert fold("trách") not in reader().read("Phòng Giáo dục và Đào tạo phụ trách vận động đối tượng nào?").content
    assert fold("trách") in reader().read("Cán bộ phụ trách địa bàn được hỗ trợ bao nhiêu?").content


def test_short_forms_are_read_in_full_and_document_symbols_are_left_alone():
    query = reader().read("HCTĐ tỉnh báo cáo BCĐ bao lâu một lần?")
    assert query.actors[0] == "Hội Chữ thập đỏ tỉnh" and {"ban", "chỉ"} <= set(query.content)
    assert "bcđ" not in query.content and "hctđ" not in query.content
    unaccented = reader().read("qd 86 cua hctd thay the quyet dinh nao")
    assert "hctd" not in unaccented.content and not unaccented.accented  # spelled out without diacritics
    assert reader().read("Ai ký Kết luận 44-KL/TW?").keys == [("kl", "44")]
    assert reader().read("Anh chị cho biết Sở Y tế phải làm gì?").content == []  # a polite frame asks nothing
    assert "anh_chị" not in reader().read("Anh chị cho em xin số điện thoại của Văn phòng Hội?").content
    assert reader().read("Sở VH-TT-DL phải làm gì?").actors[0] == "Sở Văn hóa, Thể thao và Du lịch"



def test_the_unit_of_a_sum_asked_is_no_syllable_of_the_word_after_it():
    for question in ("Phường Bãi Cháy vận động được bao nhiêu triệu đồng tiền hàng?",
                     "Xa Vinh Thanh van dong duoc bao nhieu trieu dong tien va hang?"):
        content = reader().read(question).content
        assert not any(w.startswith(("đồng_", "dong_")) for w in content) and any(w.startswith("tiền") or w == "tien"
                                                                                 for w in content), question
    assert "đồng_tiền" in reader().read("Đồng tiền nào được dùng để thanh toán?").content  # (the word itself)


def test_every_agency_alias_written_short_still_names_its_agency_in_full():
    aliases, glossary = AliasTable.load(), load_glossary()
    for name, entry in aliases.entries.items():
        for alias in entry.aliases:
            assert aliases.canonical(glossary.expand(alias)) == name, alias


def test_a_law_the_corpus_cites_by_name_identifies_a_text_and_is_not_content():
    directory = DocumentDirectory(laws={"hoat dong chu thap do": ["qd:mo-dau.1"]})
    reading = QueryReader(AliasTable.load(), VOCABULARY, load_glossary(), directory)
    query = reading.read("Luật Hoạt động chữ thập đỏ năm 2008 quy định những quyền gì?")
    assert query.laws == ["hoat dong chu thap do"] and "quyền" in query.content
    assert "hoạt" not in query.content and "chữ" not in query.content
    assert reading.read("Luật Hoạt động chữ thập đỏ").content == []


def test_prepositions_the_segmenter_joins_name_no_topic():
    # "đối với", "liên quan đến" are read as one word by the segmenter; they say how, not what
    assert reader().read("Phòng Tài chính - Kế hoạch làm gì đối với Quỹ cứu trợ?").content == [
        "quỹ", "cưú", "trợ", "cưú_trợ"]
    assert reader().read("Ban Tổ chức được giao việc gì liên quan đến cán bộ Hội?").content == [
        "cán", "bộ", "hôị", "cán_bộ"]
    assert "đi" not in reader().read("Xã bố trí xe cho người đi hiến máu thế nào?").content
    assert "vì" not in reader().read("Hộ có người chết vì thiên tai được hỗ trợ bao nhiêu?").content
    assert reader().read("Phần B đặt ra những chỉ tiêu gì?").content == ["chỉ", "tiêu", "chỉ_tiêu"]
    assert "lần" not in reader().read("Đại hội lần thứ V có bao nhiêu đại biểu?").content  # which congress, no topic


def test_a_framing_verb_is_dropped_only_as_written():
    assert "chi" in reader().read("Hội chi ra bao nhiêu tiền cho cứu trợ?").content  # "chi ra": spends
    framed = reader().read("Kết luận chỉ ra những hạn chế gì?").content
    assert "hạn_chế" in framed and "chỉ" not in framed and "ra" not in framed  # "chỉ ra": how it is asked


def test_a_place_in_a_document_is_labelled_by_a_letter_written_without_diacritics():
    assert places_in("Mức hỗ trợ người hiến máu toàn phần ở Tuyên Quang?") == []  # "phần ở" is no "Phần o"
    assert places_in("điểm đ khoản 1 Điều 5 nói gì?") == ["diem dd", "khoan 1", "dieu 5"]  # "đ" is not "d"
    assert places_in("Mục IV điểm 1.2") == ["muc iv", "diem 1.2"]
    assert places_in("Ai được xét Kỷ niệm chương Vì sự nghiệp Nhân đạo?") == []  # "Vì" is no "VI"
    assert places_in("Hiến máu toàn phần 350 ml được tặng bao nhiêu?") == []  # "phần" ends "toàn phần"
    # typed bare, "o" before a word that is no level is "ở": "thí điểm ở những quận nào"
    assert places_in("ngan hang mau song duoc thi diem o nhung quan nao") == []
    assert places_in("diem o khoan 2 dieu 5 quy dinh gi") == ["diem o", "khoan 2", "dieu 5"]
    # the level word as written: "mức 600.000" is a sum, "Mục 3" a place
    assert places_in("Những huyện nào được hưởng mức 600.000 đồng/hộ?") == []
    assert places_in("Mục 3 quy định gì?") == ["muc 3"]


def test_a_number_of_several_levels_names_one_division_whatever_its_level_word():
    # outside an article a text labels "4.2." "Điểm 4.2"; users call it "mục 4.2" or "khoản 4.2" too
    assert places_in("Mục 4.2 kế hoạch quy định gì?") == ["diem 4.2"]
    assert places_in("khoản 3.1 nói gì") == ["diem 3.1"]
    assert places_in("Mục 4 và Điều 4.2") == ["muc 4", "dieu 4.2"]
    assert places_in("Nội dung số 6 trong công văn là gì?") == ["diem 6"]  # the item numbered 6


def test_a_kind_with_its_label_is_a_key_word_the_evidence_must_hold():
    from retrieval.text import fold

    assert f"{fold('loại')}_d" in reader().read("Túi sơ cứu loại D gồm những gì?").key_words
    assert f"{fold('nhóm')}_2" in reader().read("Nhóm 2 gồm những xã nào?").key_words
    assert not any("_o" in w for w in reader().read("thi dua theo cum khoi o hoi ctd").content)  # "khối ở"
    # (a body's term is a label the evidence must hold, whatever else it weighs: "khóa X" is not "khóa XI")
    term = reader().read("Ủy ban Kiểm tra khóa X có mấy ủy viên?")
    assert f"{fold('khóa')}_x" in term.key_words and f"{fold('khóa')}_x" in term.required
    # (a residential unit and a phase by their numbers)
    assert f"{fold('phố')}_4" in reader().read("Khu phố 4 được phân bổ mấy suất quà?").key_words
    assert f"{fold('đoạn')}_2" in reader().read("Nguồn vận động giai đoạn 2 là bao nhiêu tiền?").key_words


def test_a_place_typed_bare_is_no_pair_of_words_ending_in_a_preposition():
    assert "chi_cho" not in reader().read("ngan sach huyen chi cho ke hoach hien mau bao nhieu tien").key_words


def test_a_count_spelled_out_is_no_word_the_evidence_must_hold():
    from retrieval.text import fold

    content = reader().read("Hai mươi bốn đội vào chung kết, mỗi đội mấy học sinh?").content
    assert not {fold("hai"), fold("mươi"), fold("bốn")} & set(content) and fold("đội") in content
    # (not a name, an ordinal or a weekday: "Hai Bà Trưng", "lần thứ hai")
    assert fold("hai") in reader().read("Trường Hai Bà Trưng có bao nhiêu học sinh?").content
    # (nor "tư" alone, which opens a word: "buổi tư vấn")
    assert fold("tư_vấn") in reader().read("Kinh phí tổ chức buổi tư vấn hiến máu là bao nhiêu?").content


def test_a_body_named_after_the_people_it_has_is_no_agency_at_work():
    # ("cán bộ Hội cấp xã" are counted: the share a province's text sets for them is not the commune Hội's work)
    assert reader().read("Đến 2031 bao nhiêu phần trăm cán bộ Hội cấp xã phải được tập huấn?").actors == []
    assert reader().read("Hội Chữ thập đỏ cấp xã phải tập huấn bao nhiêu cán bộ?").actors == ["Hội Chữ thập đỏ xã"]


def test_a_name_after_a_kind_of_thing_or_post_names_no_agency_at_work():
    # "Ngôi nhà CTĐ", "Chi hội trưởng CTĐ": the Red Cross says what kind it is; a value asked of it is not
    # narrowed to the texts that name the Red Cross at work
    assert reader().read("Mỗi Ngôi nhà CTĐ được hỗ trợ bao nhiêu tiền?").actors == []
    assert reader().read("Chi hội trưởng CTĐ ấp được hỗ trợ bao nhiêu?").actors == []
    assert reader().read("Hội CTĐ tỉnh phải làm gì?").actors == ["Hội Chữ thập đỏ tỉnh"]


def test_a_table_row_is_a_place_and_a_sum_in_dong_is_not():
    assert places_in("Dòng 7 của bảng nhiệm vụ là việc gì?") == ["dong 7"]
    assert places_in("Hỗ trợ 2 triệu đồng 1 lần") == []
    assert "bảng" not in reader().read("Dòng 7 của bảng nhiệm vụ là việc gì?").content  # the table, not a topic


def test_the_agency_in_a_document_symbol_is_no_agency_asked_about():
    assert reader().read("Mục III kế hoạch 96/KH-UBND huyện Ba Bể quy định gì?").actors == []


def test_a_target_is_told_by_the_words_that_set_it():
    aims = ["phan dau", "chi tieu"]
    assert has_phrase(plain_words("Phấn đấu đến năm 2030 có 100% thôn có chi hội;"), aims)
    assert not has_phrase(plain_words("Toàn tỉnh có 98.450 hội viên, đạt 5,5% dân số."), aims)


def test_a_loose_level_word_has_variants_a_text_may_label_the_division_with():
    assert place_variants(["muc 4"]) == [["diem 4"], ["khoan 4"]]
    assert place_variants(["khoan 2", "dieu 5"]) == [["diem 2", "dieu 5"], ["muc 2", "dieu 5"]]
    assert place_variants(["dieu 5"]) == []  # an article: written one way only
    assert place_variants(["muc 5", "phan ii"])[:3] == [["muc 5", "muc ii"], ["diem 5", "phan ii"], ["diem 5", "muc ii"]]
    # a lettered point is "điểm" in a law and "tiết" under a numbered point; every combination is tried
    assert ["tiet c", "diem 1", "muc ii"] in place_variants(["diem c", "khoan 1", "muc ii"])


def test_a_value_asked_of_what_the_previous_turn_was_about_carries_that_topic():
    history = [Turn(question="Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ngày nào?")]
    query = reader().read("mấy giờ?", history)  # a time of day, of that blood drive
    assert query.ask.name == "time" and "hiến máu đợt II" in query.read and "ngày nào" not in query.read
    history = [Turn(question="Cờ thi đua của Trung ương Hội Chữ thập đỏ Việt Nam có mức tiền thưởng bao nhiêu?")]
    query = reader().read("ai chi trả khoản tiền này?", history)
    # "khoản tiền này" points back; the agency the previous turn named may be the answer, so it narrows nothing
    assert query.ask.name == "body" and "Cờ thi đua" in query.read and "khoản tiền" not in query.read
    assert query.actors == []
    history = [Turn(question="Hội Chữ thập đỏ tỉnh phải trình kế hoạch triển khai đề án khi nào?")]
    query = reader().read("còn việc rà soát hàng dự trữ thì hạn chót là khi nào?", history)
    assert "triển khai đề án" not in query.read  # it names what it asks about itself


def test_a_person_pointed_back_at_is_the_one_the_previous_answer_named():
    history = [Turn(question="Đầu mối liên hệ của công văn 652 là ai?", answer="Bà Võ Thị Kim Liên [1].\n- Công văn …")]
    query = reader().read("số di động của chị ấy?", history)
    assert query.ask.name == "phone" and "Võ Thị Kim Liên" in query.read
    assert "chị ấy" not in query.read and "đầu mối" not in query.read.lower()  # the contact asked is no topic
    refused = [Turn(question="Đầu mối liên hệ là ai?", answer="Các văn bản chỉ đạo hiện có không đề cập …")]
    assert "không đề cập" not in reader().read("số di động của chị ấy?", refused).read
    history = [Turn(question="Phiên chợ nhân đạo tổ chức ở những xã nào?")]
    assert "xã nào" not in reader().read("mấy giờ bắt đầu?", history).read  # the kind asked is no topic


def test_a_follow_up_with_words_of_its_own_asks_them_of_the_one_it_points_at():
    history = [Turn(question="Cơ quan nào là thường trực của chương trình Tết Nhân ái?", answer="Hội Chữ thập đỏ huyện [1].")]
    query = reader().read("Cơ quan đó phải báo cáo kết quả trước ngày nào?", history)
    assert query.read.startswith("Hội Chữ thập đỏ huyện phải báo cáo kết quả") and "thường trực" not in query.read
    history = [Turn(question="Đồng chí Lương Thu Trang được giao việc gì?", answer="Theo Thông báo …")]
    assert reader().read("Chị ấy tổ chức tôn vinh vào ngày nào?", history).read.startswith("Lương Thu Trang tổ chức")


def test_a_quantifier_is_no_content_the_evidence_must_hold():
    query = reader().read("Người hiến máu được hỗ trợ bao nhiêu tiền mỗi lần hiến?")
    assert not {"mỗi", "môĩ"} & set(query.content)


def test_the_deadline_a_question_asks_for_is_no_word_of_its_topic():
    query = reader().read("Hạn báo cáo kết quả Lễ phát động là khi nào?")
    assert query.ask.name == "time" and not {"hạn", "han"} & set(query.content)
    assert {"hạn", "hạn_chế"} & set(reader().read("Những hạn chế của công tác hiến máu là gì?").content)


def test_a_short_form_of_volunteers_is_read_in_full():
    assert "tình nguyện viên" in reader().read("TNV bị thương được hỗ trợ bao nhiêu?").read


def test_a_question_s_compounds_are_read_from_its_words_as_written():
    # "báo cáo", "thời tiết": the segmenter knows the written syllables, not their folded spelling
    content = reader().read("Dự báo thời tiết tuần tới thế nào?").content
    assert {"dự_baó", "thơì_tiết"} <= set(content)


def test_putting_a_named_text_into_practice_is_the_purpose_not_the_topic():
    # "để thực hiện Chỉ thị …" says whose work is asked, every task of the text answers it
    query = reader().read("Sở Y tế phải làm gì để thực hiện Chỉ thị về công tác Hội?")
    assert query.ask.kind == "tasks" and not {"thực", "hiện", "thực_hiện"} & set(query.content)
    # "ai chịu trách nhiệm thi hành Quyết định": carrying it out is what is asked
    assert {"thi", "hành"} <= set(reader().read("Ai chịu trách nhiệm thi hành quyết định khen thưởng?").content)


@pytest.mark.parametrize(("question", "ordinal"), [
    ("Nhiệm vụ thứ nhất trong phần tổ chức thực hiện giao cho ai?", (1, True)),
    ("nhiem vu thu ba cua ke hoach la gi", (3, True)),
    ("Việc cuối cùng Sở Y tế phải làm là gì?", (-1, True)),
    ("Điểm đầu tiên của Mục II nói gì?", (1, False)),
    ("Tháng Nhân đạo có những hoạt động gì?", None),
    ("Người hiến máu lần đầu tiên được tặng gì?", None),  # a first time, not a first item
    ("Nhiệm vụ cuối của Sở Y tế là gì?", (-1, True)),
    ("Chỉ tiêu cuối năm là bao nhiêu đơn vị máu?", None),  # the year's end, not the last target
])
def test_an_item_asked_by_its_rank(question, ordinal):
    assert reader().read(question).ordinal == ordinal


def test_the_noun_a_question_opens_with_is_its_head():
    assert reader().read("Mẫu báo cáo kết quả hiến máu gồm những biểu nào?").head == {"mâũ"}
    assert reader().read("Phần mục đích của kế hoạch đặt ra những gì?").head == frozenset()  # a place
    assert reader().read("Ai ký kế hoạch hiến máu?").head == frozenset()
    # a time asked, opened by naming its kind ("Thời gian …"): the value asked, not what it is of; "tính từ" asks
    query = reader().read("Thời gian trực sẵn sàng mùa mưa bão tính từ ngày nào đến ngày nào?")
    assert query.head == frozenset() and not {"tính", "tính_từ"} & set(query.content) and "trực" in query.content
    assert reader().read("Thời gian trực sẵn sàng mùa mưa bão là bao nhiêu người?").head == {"thơì"}


def test_a_body_s_short_name_in_brackets_beside_it_is_no_topic():
    for question in ("SGD (Sở Giáo dục và Đào tạo) phải làm gì về tuyên truyền?",
                     "Sở Giáo dục và Đào tạo (SGD) phải làm gì về tuyên truyền?"):
        assert "sgd" not in reader().read(question).content and "tuyên_truyền" in reader().read(question).content


def test_a_body_a_named_text_is_about_is_not_who_acts():
    assert reader().read("Mục 5 chỉ thị 38 của Tỉnh ủy về Hội Chữ thập đỏ quy định gì?").actors == []
    assert reader().read("Hội Chữ thập đỏ phải làm gì theo chỉ thị 38?").actors[0] == "Hội Chữ thập đỏ"


def test_the_role_a_task_question_asks_leaves_no_pair_across_it_in_a_question_without_diacritics():
    query = reader().read("so y te tinh duoc de nghi phoi hop viec gi")
    assert query.role == "cooperating" and not any("phoi" in w for w in query.content)


def test_task_phrases_of_everyday_speech_ask_for_tasks():
    for question in ("Ban Công tác xã hội lo những việc gì?", "Sở Y tế đảm nhận phần việc nào?",
                     "Sở Y tế chịu trách nhiệm những gì?", "Sở Y tế được phân công việc gì?",
                     "Sở Y tế phải thực hiện những gì?"):
        assert reader().read(question).ask.kind == "tasks"


def test_a_place_that_reads_as_a_modal_verb_leaves_the_body_after_it_acting():
    query = reader().read("Hội Chữ thập đỏ Cần Thơ đề nghị Sở Giáo dục và Đào tạo điều gì?")  # "Cần" of "Cần Thơ"
    assert query.actors == ["Sở Giáo dục và Đào tạo"]


def test_the_edge_of_a_period_says_when_not_what():
    query = reader().read("Cuối năm 2025 có bao nhiêu hội viên?")
    assert "2025" in query.key_words and fold("cuối") not in query.content
    assert fold("cuối") in reader().read("Đoạn cuối của chỉ thị yêu cầu gì?").content  # a place, not a period


def test_a_body_a_named_text_is_made_for_is_what_the_text_is_about():
    named = QueryReader(AliasTable.load().with_names({"Ban Chỉ đạo"}), VOCABULARY, load_glossary(), DocumentDirectory())
    assert named.read("Điều 3 của Quyết định thành lập Ban Chỉ đạo Tháng Nhân đạo quy định gì?").actors == []
    assert named.read("Ban Chỉ đạo Tháng Nhân đạo có nhiệm vụ gì?").actors == ["Ban Chỉ đạo"]


def test_a_year_is_no_kind_of_thing_a_which_question_asks_for():
    query = reader().read("Năm 2023 đội nào đoạt giải nhất Hội thi sơ cấp cứu?")
    assert "2023" in query.key_words and "2023" not in query.kind


def test_a_task_question_s_circumstance_is_read_apart():
    query = reader().read("Sở Y tế phải làm gì để chuẩn bị cho hội thi sơ cấp cứu?")
    assert {"chuẩn_bị", "thi"} <= query.setting
    assert reader().read("Sở Y tế phải làm gì?").setting == frozenset()


def test_short_forms_of_administrative_writing_are_read_in_full():
    assert reader().read("VP HCTĐ huyện phải làm gì?").read == "Văn phòng Hội Chữ thập đỏ huyện phải làm gì?"
    assert "nông thôn" in reader().read("Sở NN và PTNT phải làm gì?").read


def test_a_one_word_duty_verb_is_read_only_of_a_question_with_diacritics():
    assert "lo" not in reader().read("Sở Tài chính lo những gì về kinh phí?").content
    assert "lo" in reader().read("UBND xa lam gi khi sat lo").content  # "sạt lở" typed plain


@pytest.mark.parametrize(("question", "required"), [
    # a thing named by its proper name must be the evidence's own
    ("Kế hoạch Tết Nhân ái năm 2025 của Hội Chữ thập đỏ tỉnh Hà Tĩnh tặng bao nhiêu suất quà?", {"tết", "nhân"}),
    ("Lễ phát động Xuân Ất Tỵ tổ chức ở đâu?", {"xuân", "ất", "tỵ"}),
    # one capital after a kind of thing named so
    ("Kinh phí tổ chức Ngày hội Giọt hồng vùng cao là bao nhiêu?", {"giọt"}),
    ("Cá nhân đạt giải Khuyến khích được thưởng bao nhiêu?", {"khuyến"}),
    # (a name of two parts joined by a dash)
    ("Bệnh viện Sản - Nhi tỉnh dành bao nhiêu máy thở?", {"sản", "nhi"}),
    ("Kinh phí tổ chức hội nghị Tổng kết là bao nhiêu?", set()),  # no kind of thing named so
    # an agency, a person, a place after its kind, a text, a division, the first word: none
    ("Bà Nguyễn Thị Lan ký văn bản nào của Hội Chữ thập đỏ tỉnh Hà Tĩnh?", set()),
    ("Điều 2 khoản 3 Quyết định 12 quy định gì?", set()),
    ("Hoàng Mai đặt chỉ tiêu bao nhiêu?", set()),
    ("tet nhan ai ha tinh tang bao nhieu suat qua", set()),  # typed without diacritics: not read
    # an agency's name that says what kind a post is, no thing named ("tình nguyện viên CTĐ" is a volunteer)
    ("Hiện nay toàn tỉnh có bao nhiêu tình nguyện viên Hội Chữ thập đỏ?", set()),
])
def test_a_thing_named_by_its_proper_name_is_required_of_the_evidence(question, required):
    assert reader().read(question).required == {fold(w) for w in required}


@pytest.mark.parametrize(("question", "owned"), [
    # whose value is asked: the noun after "của" (not its modifiers, which a text may say otherwise)
    ("Kinh phí hoạt động hằng năm của Đội sơ cấp cứu là bao nhiêu tiền?", {"đội"}),
    ("Mức phụ cấp của tình nguyện viên trực bãi biển là bao nhiêu?", {"tình_nguyện"}),
    ("Ngân sách bố trí bao nhiêu tiền mỗi năm cho công tác hiến máu?", set()),  # what it is for, not whose
    ("Chỉ tiêu vận động của toàn tỉnh là bao nhiêu?", set()),  # a scope, which the level checks read
    ("Thời gian sinh hoạt hội của người ứng cử là bao lâu?", set()),  # a noun that names no one alone
    # (of a value only: a list of tasks is the agency's whoever it names)
    ("Nhiệm vụ của Đội sơ cấp cứu là gì?", set()),
])
def test_whose_value_is_asked_is_required_of_the_evidence(question, owned):
    assert reader().read(question).required == {"_".join(fold(s) for s in w.split("_")) for w in owned}


def test_a_wish_frames_a_question_and_names_nothing_a_clause_holds():
    for question in ("nguoi muon hien mau can dieu kien gi ve tuoi", "Tôi muốn biết người hiến máu cần điều kiện gì?"):
        content = {syllable for word in reader().read(question).content for syllable in word.split("_")}
        assert {"muon", fold("muốn")}.isdisjoint(content), question


def test_a_name_in_brackets_after_a_thing_is_its_other_name_and_no_word_the_evidence_must_hold():
    assert "yagi" not in reader().read("Tỉnh Hội cứu trợ bão số 3 (Yagi) được bao nhiêu tiền?").content
    assert "yagi" not in reader().read("tinh hoi cuu tro bao so 3 (Yagi) duoc bao nhieu tien").content
    # a bracket with a figure says which one: it is asked
    assert "2024" in reader().read("Kế hoạch hiến máu (năm 2024) giao chỉ tiêu bao nhiêu?").content


def test_the_agency_that_puts_the_work_on_another_and_its_verb_ask_nothing():
    for question in ("Sở Y tế được Ủy ban nhân dân tỉnh yêu cầu làm gì về hiến máu?",
                     "so y te duoc ubnd tinh yeu cau lam gi ve hien mau"):
        content = {syllable for word in reader().read(question).content for syllable in word.split("_")}
        assert {"yeu", "cau", fold("yêu"), fold("cầu")}.isdisjoint(content), question


def test_a_pair_typed_across_two_words_is_no_content(corpus_assistant):
    reader = corpus_assistant._snapshot.reader
    written = reader.written_pair
    # "hỗ trợ ứng phó": the corpus writes "ho_tro" and "ung_pho", never "tro_ung"
    assert written("ho_tro") and written("ung_pho") and not written("tro_ung")
    content = reader.read("tinh nguyen vien duoc ho tro ung pho thien tai bao nhieu ngay", []).content
    assert "ung_pho" in content and "tro" in content and "tro_ung" not in content
    # a pair the texts never write whose neighbours do not bind it stays: what it names no text speaks of
    assert "giuong_benh" in reader.read("so giuong benh cua benh vien tinh", []).content
    # with diacritics the word segmenter reads the words
    assert "hỗ_trợ" in reader.read("Tình nguyện viên được hỗ trợ ứng phó thiên tai bao nhiêu ngày?", []).content


def test_a_province_the_texts_never_write_is_a_key_word(corpus_assistant):
    reader = corpus_assistant._snapshot.reader
    assert "bac_lieu" in reader.read("hoi ctd tinh bac lieu phat dong thang nhan dao o dau", []).key_words
    # "tình hình thực hiện": words the texts write, no place
    assert "hinh_thuc" not in reader.read("bao cao tinh hinh thuc hien chi thi 43 truoc ngay nao", []).key_words
    assert "lai_chau" not in reader.read("ubnd tinh lai chau phai lam gi", []).key_words


def test_when_a_named_text_ends_or_starts_is_no_date_of_issue():
    assert reader().read("Kế hoạch 100 ban hành khi nào?").ask.name == "date"
    assert reader().read("Kế hoạch 100 kết thúc khi nào?").ask.kind == "value"


def test_the_unit_word_a_count_is_asked_in_is_no_key_word():
    # "bao nhiêu em": the text counts "50 học sinh", without the word
    assert fold("em") not in reader().read("Mỗi lớp sơ cấp cứu cho học sinh bao nhiêu em?").key_words


def test_the_word_that_asks_for_a_total_is_no_key_or_head_word():
    # "tổng kinh phí": the text states the whole sum ("Phân bổ 12.000.000.000 đồng …") without the word "tổng"
    query = reader().read("Tổng kinh phí phân bổ theo quyết định là bao nhiêu?")
    assert fold("tổng") not in query.head and not any(w.startswith(fold("tổng")) for w in query.key_words)
    assert "kinh_phí" in query.key_words or fold("kinh_phí") in query.key_words


def test_a_label_is_a_kind_s_number_not_goods_before_a_period():
    assert labelled("Túi loại D gồm những gì?") == ("loaị_d",)
    assert labelled("Hội viên hạng 1 được gì?") == (f"{fold('hạng')}_1",)
    assert labelled("Vận động được bao nhiêu tiền hàng 6 tháng đầu năm?") == ()  # goods over six months
    assert labelled("van dong duoc bao nhieu tien hang 6 thang") == ()  # (typed bare too: "6 tháng" counts months)
    assert labelled("Cả giai đoạn 5 năm thu được bao nhiêu đơn vị máu?") == ()  # (so "5 năm" counts years, no phase)
    assert labelled("Đợt 2 ngày 12/6 có bao nhiêu người?") == (f"{fold('đợt')}_2",)  # (a day after the label, no count)
    assert labelled("Lớp 4 có bao nhiêu học viên, ai dạy?") == (f"{fold('lớp')}_4",)  # a class by its number
    assert labelled("Việc phân loại 1.064 chi hội xong trước ngày nào?") == ()  # a count after the word, no label
    # a post or a team by its number ("Trạm số 2", "Đoàn số 1", "Đội 3")
    assert labelled("Trạm số 2 đặt ở đâu?") == (f"{fold('trạm')}_2",)
    assert labelled("Đoàn số 1 do ai làm trưởng đoàn?") == (f"{fold('đoàn')}_1",)
    assert labelled("Đội 3 có mấy người?") == (f"{fold('đội')}_3",)


def test_a_storm_is_known_by_its_number_and_its_name_is_no_asking_word():
    assert storm_numbers("Bão số 9 làm bao nhiêu người mất tích?") == (f"{fold('số')}_9",)
    assert storm_numbers("bao so 9 lam sap bao nhieu nha") == ("so_9",)
    assert storm_numbers("Áp thấp nhiệt đới số 2 gây mưa bao nhiêu ngày?") == (f"{fold('số')}_2",)
    assert labelled("Bão số 9 làm bao nhiêu người mất tích?") == ()  # (no label of a table's column)
    # ("Bão" beside "số" is the storm, not the "bao" of "bao nhiêu" written twice)
    assert fold("bão") in reader().read("Bão số 9 làm bao nhiêu người mất tích?").content


def test_a_word_of_two_synonym_groups_has_the_synonyms_of_both():
    # "nộp" is sent ("gửi") and paid ("đóng"): both groups hold for it
    assert {fold("gửi"), fold("đóng"), "thu"} <= set(VOCABULARY.synonyms_of[True][fold("nộp")])
    assert {fold("nộp"), "thu"} <= set(VOCABULARY.synonyms_of[True][fold("đóng")])


def test_a_form_of_address_before_a_name_is_no_word_the_evidence_must_hold():
    for question in ("Hộ ông Đinh Văn Thắng được hỗ trợ gì?", "Chị Hoàng Thị Thu nhận hỗ trợ gì?"):
        content = reader().read(question).content
        assert not {fold("ông"), fold("chị")} & set(content), content
    assert fold("bà") in reader().read("Bà mẹ Việt Nam anh hùng được tặng gì?").content  # no name after it


def test_three_before_a_word_it_can_only_count_is_read_in_figures_as_texts_write_it():
    from retrieval.answer.query import spelled_out
    from retrieval.glossary import load_glossary

    glossary = load_glossary()
    assert spelled_out("Lũ quét ở ba xã làm bao nhiêu hộ phải sơ tán?", glossary) == "Lũ quét ở 3 xã làm bao nhiêu hộ phải sơ tán?"
    assert spelled_out("Ba mẹ học sinh được hỗ trợ gì?", glossary) == "Ba mẹ học sinh được hỗ trợ gì?"


def test_a_mobile_or_desk_line_asked_is_a_telephone_number_asked_not_a_word_the_evidence_must_hold():
    for question in ("Số điện thoại di động của kế toán Nguyễn Thị Minh Nguyệt?", "Sở Y tế số máy bàn là gì?"):
        query = reader().read(question)
        assert query.ask.name == "phone" and not {fold("di"), fold("động"), fold("máy"), fold("bàn")} & set(query.content)


def test_the_one_a_question_is_asked_of_is_no_word_of_it():
    assert without_vocative("Lễ phát động tổ chức ở đâu anh?") == "Lễ phát động tổ chức ở đâu?"
    assert without_vocative("Kế hoạch ký ngày nào vậy anh chị?") == "Kế hoạch ký ngày nào vậy?"
    assert without_vocative("Xã Yên Lãng đi hiến máu vào ngày nào hả anh?") == "Xã Yên Lãng đi hiến máu vào ngày nào?"
    assert without_vocative("to chuc o dau chi oi") == "to chuc o dau?"
    assert without_vocative("Mỗi lớp bao nhiêu em ạ?") == "Mỗi lớp bao nhiêu em ạ?"  # children counted
    assert without_vocative("Hỗ trợ cho chị Lan?") == "Hỗ trợ cho chị Lan?"
    assert "anh" not in reader().read("Lễ phát động tổ chức ở đâu anh?", []).content
    assert fold("bọn") not in reader().read("Xã bọn em phải quán triệt chỉ thị trước hạn nào?", []).content


def test_a_word_the_question_phrase_would_cut_stays_whole():
    # "nhận được bao nhiêu" is how a sum received is asked, but "tiếp nhận" receives blood; "vậy ạ" closes the question
    query = reader().read("Năm 2026 Hội tiếp nhận được bao nhiêu đơn vị máu vậy ạ?", [])
    assert f"{fold('tiếp')}_{fold('nhận')}" in query.content and fold("vậy") not in query.content
    assert fold("nhận") not in reader().read("Mỗi tập thể nhận được bao nhiêu tiền thưởng?", []).content


def test_of_a_question_with_diacritics_only_a_number_or_a_comparison_is_no_word_of_it():
    # "lương cơ sở" is a salary, "sơ tán" an evacuation: what the evidence must hold, no "số" asked
    assert fold("sở") in reader().read("Mức lương cơ sở năm 2028 là bao nhiêu?", []).content
    assert fold("sơ") in reader().read("Người dân đi sơ tán được hỗ trợ bao nhiêu tiền?", []).content
    # "so với" compares: no word of the topic
    assert "so" not in reader().read("Tỷ lệ hội viên so với dân số phải đạt mức nào?", []).content


def test_a_number_word_in_a_person_s_name_is_a_word_of_the_name():
    # "Bốn" of "Đinh Văn Bốn" names the householder: no count spelled out
    assert fold("bốn") in reader().read("Nhà cho hộ ông Đinh Văn Bốn phải xây xong trước ngày nào?", []).content
    assert fold("bốn") not in reader().read("Hai mươi bốn đội tham gia hội thi ở đâu?", []).content


@pytest.mark.parametrize(("question", "unit"), [
    ("Mỗi bài tham luận tại hội nghị được trình bày tối đa bao lâu?", "bài"),
    ("Chiếc xe cứu thương của Hội được mua năm nào?", "chiếc"),
])
def test_a_unit_word_before_the_noun_it_counts_is_no_key_word(question, unit):
    # (a text may write the noun alone: "mỗi tham luận trình bày không quá 15 phút")
    query = reader().read(question)
    assert fold(unit) not in query.key_words | query.head


def test_the_way_a_thing_goes_is_no_word_a_clause_must_hold():
    # "gửi số liệu sang Sở Tài chính": as "đến", "sang" says where it goes ("gửi về Sở Tài chính trước ngày 05/4")
    assert fold("sang") not in reader().read("Sở Nông nghiệp phải gửi số liệu sang Sở Tài chính trước ngày nào?").content


def test_whom_to_reach_asked_before_a_number_is_no_work_the_number_is_for():
    # "gọi cho ai, số điện thoại nào": a contact asked twice; the text's contact line writes no "gọi"
    query = reader().read("Muốn hỏi thêm về báo cáo thì gọi cho ai, số điện thoại nào?")
    assert query.ask.name == "phone" and query.focus == frozenset()


def test_the_verb_a_body_s_address_is_asked_by_names_nothing_asked_about():
    query = reader().read("Đội ứng phó thảm họa của tỉnh đóng ở địa chỉ nào?")  # where it is stationed
    assert query.ask.name == "address" and fold("đóng") not in {*query.focus, *query.content}


def test_all_added_up_frames_a_sum_and_a_bound_before_the_question_word_asks_the_sum():
    query = reader().read("Cộng tất cả các huyện, thị, thành thì tổng chỉ tiêu vận động là bao nhiêu triệu?")
    assert {fold("tất"), fold("cả")}.isdisjoint(query.content)
    assert reader().read("Nhà bị cháy hoàn toàn thì Quỹ hỗ trợ tối đa bao nhiêu?").ask.name == "amount"
    assert reader().read("Mỗi lớp tập huấn có ít nhất mấy học viên?").ask.name == "count"


def test_taking_part_is_no_price_asked():
    # "tham gia bao nhiêu giờ": hours of taking part ("tham gia"), not a price ("giá bao nhiêu")
    assert reader().read("Tình nguyện viên phải tham gia ít nhất bao nhiêu giờ một năm?").ask.name == "duration"
    assert reader().read("Một suất quà có giá bao nhiêu?").ask.name == "amount"


def test_the_asking_s_end_typed_without_diacritics_is_nothing_counted():
    assert reader().read("nha bi sap hoan toan thi ho tro bao nhieu vay a").ask.name == "amount"
    # "đến ngày nào thì thôi": until when; "thôi" names nothing a clause holds
    assert fold("thôi") not in reader().read("Đài truyền thanh xã phát thông báo đến ngày nào thì thôi?").content


def test_what_happened_on_a_day_is_no_text_issued():
    query = reader().read("Lốc xoáy làm tốc mái nhà dân xảy ra ngày nào?")  # "xảy ra": happened, not "ra" (issued)
    assert query.ask.name == "day" and fold("xảy") not in query.content
    assert reader().read("Năm 2028 Hội CTĐ tỉnh phải xây bao nhiêu nhà nhân đạo?").ask.name == "count"  # "xây": to build


def test_a_salary_asked_is_a_word_of_the_topic():
    query = reader().read("Mức lương cơ sở năm 2027 là bao nhiêu?")
    assert query.ask.name == "amount" and fold("lương") in query.content


def test_pricing_a_thing_is_asking_its_sum_not_a_word_a_clause_writes():
    query = reader().read("Một suất cơm nhân đạo được tính bao nhiêu đồng?")
    assert query.ask.name == "amount" and "tính" not in query.content
