"""Questions worded otherwise than the texts they are answered from, end to end (real parser, real embedder,
embedded Chroma): a word for another the texts use ("vùng" for "khu vực"), an organ named with "của" before
its body, a template asked for by kind, a body named with its term ("khóa XI"), a table named by its rows, a
text named by its subject, one question asked of two texts, a thing named by its proper name."""

from pathlib import Path

from retrieval.models import Turn
from tests.utils.written import answers_as, assistant_of, first_line, over_text_answers_as, written

SEEDS = Path(__file__).parents[2] / "corpus"


def test_a_word_is_held_by_evidence_that_writes_its_synonym(tmp_path, corpus_embeddings):
    text = written("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH NAM SƠN", "27/CĐ-BCH", "CÔNG ĐIỆN", "Về ứng phó lũ quét, sạt lở đất",
                   "1. Ủy ban nhân dân các huyện miền núi:\n\na) Sơ tán toàn bộ hộ dân ra khỏi khu vực nguy hiểm, hoàn "
                   "thành trước 17 giờ 00 ngày 10/10/2026.\n\nb) Dự trữ lương thực, nước uống cho các khu vực có nguy cơ "
                   "bị chia cắt, bảo đảm đủ dùng tối thiểu 07 ngày.\n\n2. Công an tỉnh bảo đảm an ninh, trật tự tại các "
                   "khu vực sơ tán.", "Đinh Văn Khiêm", board="BAN CHỈ HUY")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cd-27.txt", text)
    # "vùng" is written "khu vực", "cô lập" "chia cắt", "di dời" "sơ tán"
    assert first_line(assistant, "Hạn chót hoàn thành sơ tán dân khỏi vùng nguy hiểm là khi nào?").startswith(
        "17 giờ 00 ngày 10/10/2026")
    assert first_line(assistant, "Lương thực dự trữ cho vùng có thể bị cô lập phải đủ trong bao lâu?") == "07 ngày [1]."
    police = assistant.ask("Công an tỉnh có trách nhiệm gì khi di dời dân khỏi vùng sạt lở?")
    assert [c.clause_id for c in police.citations] == ["cd-27:2"]
    # a word of no group the texts write stays a word they lack
    assert assistant.ask("Hạn chót hoàn thành sơ tán gia súc khỏi vùng nguy hiểm là khi nào?").abstained


def test_relief_handed_out_is_asked_of_in_either_word_for_it(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN PHÚ SƠN", "54/CTĐ-VP", "CÔNG VĂN", "V/v đề nghị hỗ trợ hàng cứu trợ",
                   "1. Hội Chữ thập đỏ huyện tổ chức tiếp nhận và phân phối hàng cứu trợ đến hộ dân trong vòng 03 ngày "
                   "kể từ ngày nhận hàng.\n\n2. Hội Chữ thập đỏ huyện báo cáo kết quả về tỉnh trong vòng 07 ngày làm "
                   "việc.", "Nguyễn Thị Mỹ Duyên")
    over_text_answers_as(tmp_path, corpus_embeddings, "cv-54.txt", text,
                         {"Sau khi nhận hàng Hội huyện phải phân phát trong bao lâu?": "03 ngày [1]."})


def test_a_template_or_a_listed_kind_asked_for_is_answered_only_by_a_text_that_names_one(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "12/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Tháng Nhân đạo năm 2026",
                   "1. Hội Chữ thập đỏ các huyện gửi báo cáo kết quả Tháng Nhân đạo về Hội Chữ thập đỏ tỉnh trước "
                   "ngày 15/6/2026.\n\n2. Các xã báo cáo số người được hỗ trợ theo Mẫu số 02 kèm theo Kế hoạch.\n\n"
                   "3. Các xã gửi danh sách trích ngang tình nguyện viên về Hội Chữ thập đỏ huyện.\n\n4. Danh sách hộ "
                   "được hỗ trợ gồm các cột: họ tên chủ hộ, địa chỉ, mức hỗ trợ.", "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-12.txt", text)
    assert assistant.ask("Báo cáo kết quả Tháng Nhân đạo của các huyện làm theo mẫu nào?").abstained
    assert not assistant.ask("Các xã báo cáo số người được hỗ trợ theo mẫu nào?").abstained
    # what a text lists under its kind's word ("gồm các cột: …") is listed only by a text that writes the word
    assert assistant.ask("Danh sách trích ngang tình nguyện viên gồm những cột nào?").abstained
    assert not assistant.ask("Danh sách hộ được hỗ trợ gồm những cột nào?").abstained


def test_an_organ_a_text_names_under_its_body_is_found_with_of_and_without_its_term(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "07/QyĐ-CTĐ", "QUY ĐỊNH", "Về tổ chức Đội xung kích",
                   "Điều 15. Ban Công tác Hội và Phát triển nguồn lực Hội Chữ thập đỏ tỉnh\n\n1. Lập và quản lý danh "
                   "sách đội viên toàn tỉnh.\n\nĐiều 16. Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI\n\n1. Xây dựng "
                   "Chương trình hành động thực hiện Quy định.\n\nĐiều 17. Đại hội kiến nghị Ủy ban nhân dân tỉnh\n\n"
                   "1. Bố trí kinh phí hoạt động cho Đội xung kích.\n\nĐiều 18. Văn phòng Hội\n\n1. Tổng hợp báo cáo "
                   "định kỳ 6 tháng.", "Lê Thị Thu Hương")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qyd-07.txt", text)
    organ = assistant.ask("Ban Công tác Hội và Phát triển nguồn lực của Hội CTĐ tỉnh Nam Sơn có trách nhiệm gì?")
    assert "Ban Công tác Hội và Phát triển nguồn lực Hội Chữ thập đỏ tỉnh có 1 nhiệm vụ" in organ.answer
    assert [c.clause_id for c in organ.citations] == ["qyd-07:dieu-15.khoan-1"]
    board = assistant.ask("Ban Chấp hành Hội Chữ thập đỏ tỉnh Nam Sơn có nhiệm vụ gì?")
    assert "Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI có 1 nhiệm vụ" in board.answer
    assert [c.clause_id for c in board.citations] == ["qyd-07:dieu-16.khoan-1"]
    # a title line that recommends work to a body without a colon gives it that work
    committee = assistant.ask("Ủy ban nhân dân tỉnh Nam Sơn phải làm gì theo quy định về Đội xung kích?")
    assert "Ủy ban nhân dân tỉnh có 1 nhiệm vụ" in committee.answer  # (of the Quy định named by its kind)
    assert [c.clause_id for c in committee.citations] == ["qyd-07:dieu-17.khoan-1"]
    # the short form a text writes ("Văn phòng Hội") is asked of in full
    office = assistant.ask("Văn phòng Hội Chữ thập đỏ tỉnh Nam Sơn được phân công việc gì?")
    assert "Văn phòng Hội có 1 nhiệm vụ" in office.answer


def test_a_follow_up_with_words_of_its_own_is_read_alone_when_the_agency_lent_it_does_not_say(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "07/QyĐ-CTĐ", "QUY ĐỊNH", "Về tổ chức Đội xung kích",
                   "Điều 5. Ban Chỉ huy Đội\n\n1. Nhiệm kỳ của Ban Chỉ huy Đội là 02 năm.\n\n2. Ban Chỉ huy Đội họp "
                   "mỗi quý 01 lần.\n\nĐiều 14. Chế độ đối với đội viên\n\n1. Trang phục đội viên được cấp 02 năm một lần.",
                   "Lê Thị Thu Hương")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qyd-07.txt", text)
    first = "Nhiệm kỳ Ban Chỉ huy Đội là bao lâu?"
    history = [Turn(question=first, answer=assistant.ask(first).answer)]
    answer = assistant.ask("thế trang phục đội viên mấy năm được cấp một lần?", history=history)
    assert [c.clause_id for c in answer.citations] == ["qyd-07:dieu-14.khoan-1"] and answer.answer.startswith("02 năm")
    # a follow-up of no words of its own stays the agency's
    assert [c.clause_id for c in assistant.ask("họp mấy lần?", history=history).citations] == ["qyd-07:dieu-5.khoan-2"]


def test_a_place_asked_what_it_requires_is_quoted_whatever_verb_asks_it(tmp_path, corpus_embeddings):
    text = written("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NAM SƠN", "2156/HD-SLĐTBXH", "HƯỚNG DẪN",
                   "Chi trả trợ cấp xã hội hằng tháng", "III. HỒ SƠ, TRÌNH TỰ XÉT DUYỆT\n\n1. Hồ sơ đối với trẻ em mồ côi "
                   "gồm tờ khai theo Mẫu số 1a.\n\n2. Hồ sơ đề nghị hưởng trợ cấp đối với người khuyết tật gồm:\n\n"
                   "a) Tờ khai đề nghị trợ giúp xã hội theo Mẫu số 1d;\n\nb) Bản sao Giấy xác nhận khuyết tật.",
                   "Trần Văn Lâm", board="GIÁM ĐỐC")
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-2156.txt", text)
    answer = assistant.ask("Khoản 2 Mục III hướng dẫn 2156 yêu cầu những giấy tờ gì?")
    assert [c.clause_id for c in answer.citations] == ["hd-2156:iii.2.a", "hd-2156:iii.2.b"]



def test_what_a_text_is_about_is_said_throughout_it_not_only_where_it_is_named(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "47/QĐ-CTĐ", "QUYẾT ĐỊNH",
                   "Ban hành Quy chế quản lý, sử dụng Quỹ Nhân đạo Hội Chữ thập đỏ tỉnh Nam Sơn",
                   "Căn cứ Nghị định số 93/2021/NĐ-CP của Chính phủ về vận động, tiếp nhận các nguồn đóng góp tự nguyện;"
                   "\n\nĐiều 5. Nội dung chi\n\n1. Trợ giúp đột xuất cho các hộ gia đình bị ảnh hưởng bởi thiên tai:\n\n"
                   "a) Hộ có nhà ở bị sập đổ hoàn toàn: tối đa 10.000.000 đồng/hộ;\n\nb) Hộ có người chết: 5.000.000 "
                   "đồng/người.\n\nĐiều 8. Quỹ Nhân đạo\n\n1. Tiếp nhận, quản lý các khoản đóng góp tự nguyện.",
                   "Lê Văn Hòa")
    other = written("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM SƠN", "12/QC-MTTQ", "QUY CHẾ",
                    "Quản lý, sử dụng Quỹ Vì người nghèo tỉnh Nam Sơn",
                    "Điều 6. Mức hỗ trợ\n\n1. Hộ nghèo có người ốm đau nặng: 2.000.000 đồng/hộ.", "Trần Thị Mai")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-47.txt", text, qc_12_txt=other)
    # the fund the title names acts in one article, and is what every other one speaks of; "hỗ trợ" is written
    # "trợ giúp" in the heading
    answer = assistant.ask("Nhà bị sập do thiên tai thì Quỹ Nhân đạo Nam Sơn hỗ trợ tối đa bao nhiêu?")
    assert answer.answer.startswith("10.000.000 đồng") and answer.citations[0].clause_id == "qd-47:dieu-5.khoan-1.diem-a"
    # … but not of another text the question cites
    assert assistant.ask("Nghị định 93/2021/NĐ-CP quy định Quỹ Nhân đạo hỗ trợ nhà bị sập tối đa bao nhiêu?").abstained
    # a fund only the title names is named by its text
    assert first_line(assistant, "Quỹ Vì người nghèo tỉnh Nam Sơn hỗ trợ hộ nghèo có người ốm đau nặng bao nhiêu?") \
        == "2.000.000 đồng [1]."



def test_a_word_the_question_s_segmenter_joins_is_held_by_its_parts_in_the_title(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "21/PA-CTĐ", "PHƯƠNG ÁN", "Ứng phó bão mạnh, siêu bão năm 2026",
                   "I. PHÂN CÔNG NHIỆM VỤ\n\n1. Ban Thường trực Hội Chữ thập đỏ tỉnh\n\n- Kích hoạt Phương án theo cấp "
                   "độ rủi ro; chỉ đạo chung công tác ứng phó.\n\n2. Văn phòng Hội Chữ thập đỏ tỉnh\n\n- Quản lý kho "
                   "hàng dự trữ.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "pa-21.txt", text)
    # "ứng_phó_bão" as the question is segmented; the title holds "ứng phó" and "bão"
    answer = assistant.ask("Ban Thường trực Hội CTĐ tỉnh có nhiệm vụ gì trong phương án ứng phó bão mạnh, siêu bão?")
    assert [c.clause_id for c in answer.citations] == ["pa-21:i.1.b1"]


def test_a_text_named_by_what_it_is_about_answers_the_facts_about_it(tmp_path, corpus_embeddings):
    letter = ("TRUNG ƯƠNG HỘI\nCHỮ THẬP ĐỎ VIỆT NAM\nSố: 412/TWH-CTXH\nHà Nội, ngày 18 tháng 3 năm 2026\n"
              "V/v tổ chức Tháng Nhân đạo năm 2026\n\nKính gửi: Hội Chữ thập đỏ các tỉnh, thành phố.\n\n"
              "1. Tháng Nhân đạo được tổ chức từ ngày 01/5/2026 đến hết ngày 31/5/2026.\n\n"
              "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nTôn Nữ Khánh Linh\n")
    other = letter.replace("412/TWH", "415/TWH").replace("tổ chức Tháng Nhân đạo", "hiến máu dịp hè") \
        .replace("1. Tháng Nhân đạo được", "1. Hiến máu được").replace("Tôn Nữ Khánh Linh", "Nguyễn Văn An")
    guide = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "14/HD-CTĐ", "HƯỚNG DẪN", "Thực hiện Tháng Nhân đạo năm 2026",
                    "1. Mỗi cá nhân nhận giúp đỡ ít nhất 01 địa chỉ nhân đạo.", "Lê Thị Hạnh")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-412.txt", letter, hd_14_txt=guide, cv_415_txt=other)
    assert "do Tôn Nữ Khánh Linh, Phó Chủ tịch, ký" in first_line(assistant, "Ai ký công văn về Tháng Nhân đạo 2026?")
    # "công văn hướng dẫn …": the letter guides, it names no Hướng dẫn
    assert "412/TWH-CTXH" in first_line(assistant, "Công văn hướng dẫn tổ chức Tháng Nhân đạo năm 2026 có số hiệu là gì?")


def test_a_row_is_in_the_table_a_question_names(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN THÀNH PHỐ NAM SƠN", "214/KH-UBND", "KẾ HOẠCH", "Hỗ trợ người khuyết tật",
                   "V. PHÂN CÔNG NHIỆM VỤ\n\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n"
                   "| 1 | Chi trả trợ cấp xã hội hằng tháng | Sở Lao động - Thương binh và Xã hội | Bảo hiểm xã hội thành phố |\n"
                   "| 2 | Khám sàng lọc cho người khuyết tật | Sở Y tế | Hội Chữ thập đỏ thành phố |", "Phạm Thu Trang",
                   board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-214.txt", text)
    answer = assistant.ask("Sở Y tế được giao chủ trì nhiệm vụ nào trong bảng phân công?")
    assert [c.clause_id for c in answer.citations] == ["kh-214:v.dong-2"]
    assert assistant.ask("Sở Y tế được giao chủ trì nhiệm vụ nào trong bảng kinh phí?").abstained


def test_the_words_a_question_names_a_text_by_are_said_of_its_clauses(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "58/QĐ-CTĐ", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen năm 2026",
                   "Điều 1. Tặng Bằng khen cho 10 tập thể có thành tích xuất sắc.\n\nĐiều 2. Tiền thưởng trích từ Quỹ "
                   "thi đua, khen thưởng của Hội.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-58.txt", text)
    # (a text named by a subject it never speaks of is not that text)
    answers_as(assistant, {"Quyết định khen thưởng của Hội CTĐ tỉnh Nam Sơn có hiệu lực từ khi nào?": "Kể từ ngày ký [1]."},
               refused=("Quyết định hiến máu của Hội CTĐ tỉnh Nam Sơn có hiệu lực từ khi nào?",))


def test_an_event_opened_is_one_organised_and_blood_collected_is_received(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN NAM SƠN", "14/KH-CTĐ", "KẾ HOẠCH", "Tập huấn sơ cấp cứu năm 2026",
                   "II. CHỈ TIÊU\n\n1. Tổ chức 36 lớp tập huấn sơ cấp cứu, mỗi lớp không quá 50 học viên.\n\n"
                   "2. Vận động hiến máu, tiếp nhận 1.200 đơn vị máu.", "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-14.txt", text)
    answers_as(assistant, {"Hội CTĐ huyện Nam Sơn mở bao nhiêu lớp tập huấn sơ cấp cứu?": "36 lớp [1].",
                           "Hội CTĐ huyện Nam Sơn phấn đấu thu được bao nhiêu đơn vị máu?": "1.200 đơn vị [1]."},
               refused=("Hội CTĐ huyện Nam Sơn đóng bao nhiêu lớp tập huấn sơ cấp cứu?",))


def test_a_city_and_a_body_of_members_named_by_their_short_forms(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ BUÔN MA THUỘT", "14/BC-CTĐ", "BÁO CÁO", "Kết quả Tết Nhân ái năm 2026",
                   "1. Ngày hội Xuân hồng tiếp nhận 1.350 đơn vị máu.\n\n2. Đoàn viên thanh niên hiến 600 đơn vị máu.",
                   "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-14.txt", text)
    answers_as(assistant, {"Ngày hội Xuân hồng ở BMT thu được bao nhiêu đơn vị máu?": "1.350 đơn vị [1].",
                           "ĐVTN ở Buôn Ma Thuột hiến bao nhiêu đơn vị máu?": "600 đơn vị [1]."})


def test_a_text_pointed_at_is_that_text_and_no_other(tmp_path, corpus_embeddings):
    circular = written("BỘ Y TẾ", "27/2026/TT-BYT", "THÔNG TƯ", "Quy định về hiến máu tình nguyện",
                       "Điều 5. Bệnh viện tổ chức tiếp nhận máu theo quy định.", "Trần Văn Thuấn", board="BỘ TRƯỞNG")
    plan = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "52/KH-UBND", "KẾ HOẠCH", "Vận động hiến máu năm 2026",
                   "1. Sở Giáo dục và Đào tạo phối hợp vận động học sinh, sinh viên hiến máu theo hướng dẫn của thông tư.",
                   "Phạm Thu Trang", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tt-27.txt", circular, kh_52_txt=plan)
    assert assistant.ask("Sở Giáo dục và Đào tạo phải làm gì trong công tác hiến máu theo thông tư này?").abstained
    answer = assistant.ask("Sở Giáo dục và Đào tạo phải làm gì trong công tác hiến máu?")
    assert [c.clause_id for c in answer.citations] == ["kh-52:1"]


def contest_notice() -> str:
    return written("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LÂM", "112/TB-UBND", "THÔNG BÁO", "Tổ chức Hội thi sơ cấp cứu năm 2026",
                   "I. MỤC ĐÍCH\n\nNâng cao kỹ năng cho các đội viên; chuẩn bị lực lượng dự Hội thi cấp tỉnh.\n\nII. CHỈ TIÊU\n\n1. Mỗi xã thành lập ít nhất 01 đội "
                   "thi gồm 05 thành viên.\n\n2. 100% trạm y tế có cán bộ hướng dẫn.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                   "1. Ủy ban nhân dân các xã, thị trấn thành lập đội thi, bố trí thời gian tập luyện tối thiểu 02 buổi/tuần "
                   "và gửi danh sách đội thi về Hội Chữ thập đỏ huyện trước ngày 06/5/2026.\n\n2. Trung tâm Y tế huyện "
                   "cử bác sĩ làm giám khảo.", "Phạm Văn Tùng", board="ỦY BAN NHÂN DÂN")


def other_texts() -> dict[str, str]:
    """Texts on other work beside the notice: a word no text holds weighs more than the words all of them do."""
    return {"kh_45_txt": written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "45/KH-CTĐ", "KẾ HOẠCH", "Vận động hiến máu tình nguyện năm 2026",
                                 "1. Hội Chữ thập đỏ các huyện tổ chức 02 đợt hiến máu, tiếp nhận ít nhất 3.000 đơn vị máu.\n\n"
                                 "2. Ủy ban nhân dân các xã tuyên truyền, vận động người dân tham gia hiến máu và học sơ cấp cứu.", "Lê Thị Hoa"),
            "cv_88_txt": written("ỦY BAN NHÂN DÂN HUYỆN TÂY SƠN", "88/UBND-VX", "CÔNG VĂN", "V/v chăm lo Tết cho người nghèo",
                                 "1. Ủy ban nhân dân các xã rà soát danh sách hộ nghèo, trao quà trước ngày 20/01/2027.\n\n"
                                 "2. Phòng Văn hóa - Xã hội tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện; Trạm y tế bảo đảm sơ cấp cứu tại điểm trao quà.", "Trần Minh Đức",
                                 board="ỦY BAN NHÂN DÂN")}


def test_a_place_named_is_asked_what_it_says_by_any_verb_a_text_says_things_by(tmp_path, corpus_embeddings):
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-112.txt", contest_notice(), **other_texts())
    for question in ("Mục II thông báo 112 đặt những chỉ tiêu gì?", "Mục II thông báo 112 quy định những chỉ tiêu gì?"):
        cited = [c.clause_id for c in assistant.ask(question).citations]
        assert cited[0] == "tb-112:ii.1" and all(c.startswith("tb-112:ii.") for c in cited), question
    # the place says no such thing: the verb is no licence
    assert assistant.ask("Mục II thông báo 112 quy định mức thưởng bao nhiêu tiền?").abstained


def test_a_task_question_s_circumstance_may_be_said_once_by_the_text_for_all_its_tasks(tmp_path, corpus_embeddings):
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-112.txt", contest_notice(), **other_texts())
    # no task of the communes writes "chuẩn bị": the notice is about the contest they prepare for
    prepared = assistant.ask("UBND các xã ở Đông Lâm phải làm gì để chuẩn bị cho hội thi sơ cấp cứu?")
    assert [c.clause_id for c in prepared.citations] == ["tb-112:iii.1"]
    # a circumstance no text speaks of is not answered
    assert assistant.ask("UBND các xã ở Đông Lâm phải làm gì để phòng chống dịch sốt xuất huyết?").abstained


def test_one_question_asked_of_two_texts_is_answered_from_each(tmp_path, corpus_embeddings):
    east = written("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "41/KH-UBND", "KẾ HOẠCH", "Vận động hiến máu tình nguyện năm 2026",
                   "1. Mục tiêu: toàn huyện Đông Sơn phấn đấu tiếp nhận 1.500 đơn vị máu.\n\n2. Công an huyện bảo đảm "
                   "an ninh, trật tự tại các điểm hiến máu.\n\n3. Ngân sách huyện bố trí 90.000.000 đồng cho Ngày hội "
                   "hiến máu.", "Trần Văn Lâm", board="ỦY BAN NHÂN DÂN")
    west = written("ỦY BAN NHÂN DÂN HUYỆN TÂY LĨNH", "17/KH-UBND", "KẾ HOẠCH", "Tổ chức Tháng Nhân đạo năm 2026",
                   "1. Mục tiêu: vận động 800 suất quà cho hộ nghèo huyện Tây Lĩnh.\n\n2. Công an huyện phối hợp xác "
                   "minh hộ được hỗ trợ.\n\n3. Ngân sách huyện bố trí 60.000.000 đồng cho lễ phát động Tháng Nhân "
                   "đạo.", "Lê Thị Mai", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-41.txt", east, kh_17_txt=west)
    police = assistant.ask("Công an huyện Đông Sơn và Công an huyện Tây Lĩnh đều được giao nhiệm vụ gì?")
    assert {c.clause_id for c in police.citations} == {"kh-41:2", "kh-17:2"}
    budget = assistant.ask("Ngân sách bố trí cho Ngày hội hiến máu Đông Sơn và cho Tháng Nhân đạo Tây Lĩnh lần lượt là "
                           "bao nhiêu?")
    assert "90.000.000 đồng" in budget.answer and "60.000.000 đồng" in budget.answer
    # one of the two things no text holds: refused, not half answered
    assert assistant.ask("Công an huyện Đông Sơn và Công an huyện Bắc Hà đều được giao nhiệm vụ gì?").abstained


def test_a_text_named_by_its_year_is_not_one_of_another_year_that_compares_with_it(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "05/CTr-CTĐ", "CHƯƠNG TRÌNH", "Công tác Hội năm 2026",
                   "1. Phát triển hội viên mới tăng 4% so với năm 2025.\n\n2. Tiếp nhận 9.500 đơn vị máu, đạt 100% "
                   "chỉ tiêu được giao.", "Phan Thị Lan")
    over_text_answers_as(tmp_path, corpus_embeddings, "ctr-05.txt", text, {
        "Chương trình công tác năm 2026 của Hội CTĐ tỉnh Nam Sơn đặt chỉ tiêu tiếp nhận bao nhiêu đơn vị máu?": "9.500 đơn vị [1].",
    }, refused=("Chương trình công tác năm 2025 của Hội CTĐ tỉnh Nam Sơn đặt chỉ tiêu tiếp nhận bao nhiêu đơn vị máu?",))


def test_a_fact_of_a_text_named_by_a_kind_or_years_it_is_not_of_is_refused(tmp_path, corpus_embeddings):
    report = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "168/BC-CTĐ", "BÁO CÁO", "Tổng kết công tác Hội năm học 2025 - 2026",
                     "1. Tổ chức Tháng Nhân đạo năm 2026, vận động 2,5 tỷ đồng.\n\n2. Tập huấn sơ cấp cứu cho 3.000 "
                     "học sinh.", "Phan Thị Lan")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-168.txt", report)
    assert first_line(assistant, "Báo cáo tổng kết năm học 2025 - 2026 của Hội CTĐ tỉnh Nam Sơn số mấy?").startswith(
        "Báo cáo của Hội Chữ thập đỏ tỉnh Nam Sơn có số hiệu 168/BC-CTĐ")
    # the province issued no plan, and no report of the school year before
    assert assistant.ask("Kế hoạch tổ chức Tháng Nhân đạo năm 2026 của tỉnh Nam Sơn số mấy?").abstained
    assert assistant.ask("Báo cáo tổng kết năm học 2024 - 2025 của Hội CTĐ tỉnh Nam Sơn số mấy?").abstained
    # nor a report on what it never writes of: a text named by its kind and place is described by its words
    assert assistant.ask("Báo cáo kết quả khắc phục hậu quả lốc xoáy của Hội CTĐ tỉnh Nam Sơn số mấy?").abstained
    assert first_line(assistant, "bao cao tap huan so cap cuu cho hoc sinh cua hoi ctd tinh nam son so may").startswith(
        "Báo cáo của Hội Chữ thập đỏ tỉnh Nam Sơn có số hiệu 168/BC-CTĐ")


def test_what_a_thing_is_is_answered_by_the_sentence_that_defines_it(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "12/QĐ-UBND", "QUY CHẾ", "Hoạt động của Ban Chỉ đạo vận động hiến máu tình "
                   "nguyện tỉnh", "Điều 1. Cơ quan thường trực của Ban Chỉ đạo là Hội Chữ thập đỏ tỉnh Nam Sơn.\n\n"
                   "Điều 2. Cơ quan thường trực của Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổng hợp, báo cáo "
                   "Ủy ban nhân dân tỉnh và Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện trước ngày 20/6.",
                   "Lê Văn Tâm", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qc-12.txt", text)
    answer = assistant.ask("Cơ quan thường trực của Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Nam Sơn là cơ quan nào?")
    assert answer.answer.startswith("Hội Chữ thập đỏ tỉnh") and answer.citations[0].clause_id == "qc-12:dieu-1"


def test_a_thing_named_by_its_proper_name_is_answered_only_by_a_text_that_names_it(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "14/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Lễ hội Xuân Hồng năm 2026",
                   "1. Tiếp nhận 2.000 đơn vị máu.\n\n2. Trao 100 suất quà cho người hiến máu tiêu biểu.", "Phan Thị Lan")
    # beside the seed texts, which speak of "Tết Nhân ái" elsewhere
    seeds = {path.name.replace(".", "_"): path.read_text(encoding="utf-8") for path in SEEDS.glob("*.md")}
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-14.txt", text, **seeds)
    assert first_line(assistant, "Lễ hội Xuân Hồng năm 2026 trao bao nhiêu suất quà cho người hiến máu tiêu biểu?") == \
        "100 suất quà [1]."
    assert assistant.ask("Chương trình Tết Nhân ái năm 2026 trao bao nhiêu suất quà cho người hiến máu tiêu biểu?").abstained


def test_a_place_s_own_figure_is_the_whole_place_s_and_a_place_typed_bare_is_the_place_asked(tmp_path, corpus_embeddings):
    district = written("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG PHƯỚC", "09/KH-UBND", "KẾ HOẠCH", "Vận động hiến máu tình nguyện năm 2025",
                       "II. CHỈ TIÊU\n\n1. Toàn huyện phấn đấu tiếp nhận 1.650 đơn vị máu, tăng 10% so với kết quả năm "
                       "2024.\n\nIII. CÁC ĐỢT CAO ĐIỂM\n\n- Đợt 1: Ngày hội hiến máu \"Xuân hồng\", tổ chức ngày 22 "
                       "tháng 02 năm 2025, chỉ tiêu 450 đơn vị máu.\n\n- Đợt 2: Hưởng ứng Ngày Toàn dân hiến máu tình "
                       "nguyện 07/4, tổ chức ngày 12 tháng 4 năm 2025, chỉ tiêu 400 đơn vị máu.", "Lê Văn Hùng",
                       board="ỦY BAN NHÂN DÂN")
    province = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "486/KH-UBND", "KẾ HOẠCH", "Vận động hiến máu tình nguyện giai đoạn 2024 - 2026",
                       "1. Tiếp nhận 42.000 đơn vị máu trong năm 2024, 45.000 đơn vị máu trong năm 2025.\n\n2. Hội Chữ "
                       "thập đỏ huyện Tây Sơn phối hợp tổ chức Ngày hội hiến máu tại trung tâm huyện.", "Trần Văn Nam",
                       board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-09.txt", district, kh_486_txt=province)
    # "Toàn huyện …", not one event's share of it, with and without diacritics
    answers_as(assistant, {
        "Chỉ tiêu hiến máu năm 2025 của huyện Đông Phước là bao nhiêu đơn vị máu?": "1.650 đơn vị [1].",
        "chi tieu hien mau nam 2025 cua huyen dong phuoc la bao nhieu don vi mau": "1.650 đơn vị [1].",
    }, refused=(
        # a district typed bare is that district: the province's figure is none of its
        "chi tieu hien mau nam 2025 cua huyen tay son la bao nhieu don vi mau",
        "Chỉ tiêu hiến máu năm 2025 của huyện Tây Sơn là bao nhiêu đơn vị máu?",
    ))


def test_a_body_named_in_quotes_after_its_kind_is_one_the_texts_name(tmp_path, corpus_embeddings):
    text = written("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM SƠN", "27/HD-MTTQ-BTT", "HƯỚNG DẪN",
                   "Vận động ủng hộ Quỹ \"Vì người nghèo\" năm 2023",
                   "1. Hỗ trợ xây mới nhà Đại đoàn kết từ Quỹ \"Vì người nghèo\": 50.000.000 đồng/nhà.\n\n2. Hộ gia "
                   "đình ủng hộ tối thiểu 20.000 đồng/hộ.", "Ma Thị Thanh Hoa", board="BAN THƯỜNG TRỰC")
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-27.txt", text)
    answers_as(assistant, {"Mức hỗ trợ xây mới nhà Đại đoàn kết từ Quỹ Vì người nghèo là bao nhiêu?": "50.000.000 đồng [1]."},
               refused=("Mức hỗ trợ xây mới nhà Đại đoàn kết từ Quỹ Bảo trợ trẻ em là bao nhiêu?",))


def test_a_text_of_one_period_of_the_year_answers_for_no_other(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "37/TB-CTĐ", "THÔNG BÁO",
                   "Kết luận phiên họp đánh giá công tác quý III, triển khai nhiệm vụ quý IV năm 2023",
                   "I. KẾT QUẢ QUÝ III\n\n1. Vận động nguồn lực nhân đạo đạt 6,8 tỷ đồng; lũy kế 9 tháng đạt 18,2 tỷ "
                   "đồng.\n\nII. NHIỆM VỤ QUÝ IV\n\n"
                   "1. Các cấp Hội tập trung phát triển hội viên mới.", "Lê Thị Ngọc Hạnh")
    # a plan of the whole year holds its every part
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH ĐÔNG SƠN", "05/KH-CTĐ", "KẾ HOẠCH", "năm 2024 về công tác Hội",
                   "1. Trong 6 tháng đầu năm, tổ chức 02 lớp tập huấn sơ cấp cứu cho tình nguyện viên.", "Phan Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-37.txt", text, kh_05_txt=plan)
    assert not assistant.ask("Quý IV năm 2023 Hội Chữ thập đỏ tỉnh Nam Sơn được yêu cầu gì về phát triển hội viên?").abstained
    assert assistant.ask("Quý II năm 2023 Hội Chữ thập đỏ tỉnh Nam Sơn được yêu cầu gì về phát triển hội viên?").abstained
    # (a report of one quarter gives the months so far too)
    assert first_line(assistant, "9 tháng đầu năm 2023 Hội Chữ thập đỏ tỉnh Nam Sơn vận động được bao nhiêu tiền?") == \
        "18,2 tỷ đồng [1]."
    assert not assistant.ask("6 tháng đầu năm 2024 Hội Chữ thập đỏ tỉnh Đông Sơn tổ chức mấy lớp tập huấn sơ cấp cứu?").abstained


def test_a_name_of_three_syllables_in_a_text_s_title_is_held_by_each_of_its_clauses(tmp_path, corpus_embeddings):
    plan = written("HỘI CHỮ THẬP ĐỎ HUYỆN ĐÔNG SƠN", "48/KH-CTĐ", "KẾ HOẠCH", "Vận động Tết Nhân ái Xuân Ất Tỵ năm 2025",
                   "1. Vận động 1.500 suất quà.\n\n2. Hoàn thành việc trao quà trước ngày 25/01/2025.", "Lê Văn Hòa")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-48.txt", plan, {
        "Hạn chót hoàn thành trao quà Tết Nhân ái Xuân Ất Tỵ ở Đông Sơn là ngày nào?": "Ngày 25/01/2025 [1]."})


def test_a_text_named_is_read_through_the_texts_that_carry_it_out_where_they_speak_of_it(tmp_path, corpus_embeddings):
    decree = written("CHÍNH PHỦ", "93/2026/NĐ-CP", "NGHỊ ĐỊNH", "Về vận động, tiếp nhận đóng góp tự nguyện",
                     "Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định việc vận động, tiếp nhận, phân phối đóng góp "
                     "tự nguyện.\n\nĐiều 2. Hiệu lực thi hành\n\nNghị định này có hiệu lực từ ngày 01/5/2026.",
                     "Trần Văn Hùng", board="CHÍNH PHỦ")
    letter = written("HỘI CHỮ THẬP ĐỎ VIỆT NAM\nTRUNG ƯƠNG HỘI", "518/TWH-CTXH", "CÔNG VĂN",
                     "V/v hướng dẫn triển khai Nghị định số 93/2026/NĐ-CP",
                     "Thực hiện Nghị định số 93/2026/NĐ-CP ngày 20/3/2026 của Chính phủ, Trung ương Hội hướng dẫn như "
                     "sau:\n\n1. Hội Chữ thập đỏ cấp tỉnh tổ chức quán triệt nội dung Nghị định đến cán bộ chủ chốt, hoàn "
                     "thành trước ngày 30/4/2026.\n\n2. Hội Chữ thập đỏ cấp tỉnh gửi kế hoạch vận động năm về Trung ương "
                     "Hội trước ngày 15/5/2026.", "Nguyễn Thị Bình")
    assistant = assistant_of(tmp_path, corpus_embeddings, "nd-93.txt", decree, cv_518_txt=letter)
    # the decree does not say how it is carried out; the letter guiding it does
    answers_as(assistant, {"Hội Chữ thập đỏ cấp tỉnh phải hoàn thành quán triệt Nghị định 93/2026 trước ngày nào?":
                           "Ngày 30/4/2026 [1]."},
               # (what the letter says without speaking of the decree is not said of it)
               refused=("Theo Nghị định 93/2026, Hội Chữ thập đỏ cấp tỉnh gửi kế hoạch vận động năm trước ngày nào?",))
    # "TRUNG ƯƠNG HỘI" under the body's name: the body's centre
    assert "Trung ương Hội Chữ thập đỏ Việt Nam" in assistant.ask("Công văn 518 do cơ quan nào ban hành?").answer


def test_an_event_named_by_its_classifier_is_the_event(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "37/KH-CTĐ", "KẾ HOẠCH", "Phòng ngừa, ứng phó thảm họa mùa mưa bão 2026",
                   "1. Phối hợp với Ban Chỉ huy Phòng thủ dân sự huyện Tuy Phong tổ chức diễn tập ứng phó bão mạnh tại "
                   "xã Chí Công vào ngày 12/9/2026.\n\n2. Rà soát cơ số hàng dự trữ tại kho cấp tỉnh trước ngày "
                   "30/6/2026.\n\n3. Hỗ trợ các hộ bị thiệt hại do sạt lở đất tại thôn 3 xã Phan Dũng xảy ra lúc 02 giờ "
                   "30 phút ngày 27/10/2026.", "Lê Văn Tâm")
    # "buổi", "cuộc", "vụ" name the event after them; a text writes the event alone ("thôn 3" names a village: no
    # three communes)
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-37.txt", text,
                         {"Buổi diễn tập ứng phó bão mạnh tổ chức ở đâu?": "Tại xã Chí Công [1].",
                          "Vụ sạt lở đất tại thôn 3 xã Phan Dũng xảy ra lúc nào?": "Lúc 02 giờ 30 phút [1]."})


def test_a_figure_of_an_agency_s_work_is_read_from_a_text_on_its_work_that_does_not_name_it(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "118-TB/TU", "THÔNG BÁO KẾT LUẬN",
                   "của Ban Thường vụ Tỉnh ủy về kết quả công tác Hội và phong trào Chữ thập đỏ tỉnh năm 2024",
                   "Ban Thường vụ Tỉnh ủy đánh giá cao những kết quả mà Hội Chữ thập đỏ các cấp trong tỉnh đạt được trong "
                   "năm 2024. Một số kết quả nổi bật:\n\n- Tổng giá trị vận động nguồn lực nhân đạo năm 2024 đạt 36,8 tỷ "
                   "đồng, tăng 12% so với năm 2023.\n- Phong trào hiến máu tình nguyện tiếp nhận 12.640 đơn vị máu.\n\n"
                   "Sở Tài chính tham mưu bố trí kinh phí hoạt động cho Hội.", "Nông Văn Toàn")
    # the agency owns the figure asked ("… của Hội CTĐ tỉnh"); the line giving it does not name it
    over_text_answers_as(tmp_path, corpus_embeddings, "tb-118.txt", text,
                         {"Năm 2024 tổng giá trị vận động nguồn lực nhân đạo của Hội CTĐ tỉnh Nam Sơn đạt bao nhiêu?":
                          "36,8 tỷ đồng [1]."},
                         # (an agency acting is still asked of its own clauses)
                         refused=("Sở Tài chính tiếp nhận bao nhiêu đơn vị máu năm 2024?",))


def test_a_party_of_a_joint_text_asked_a_value_is_answered_only_by_its_own_part(tmp_path, corpus_embeddings):
    text = ("HỘI CHỮ THẬP ĐỎ VIỆT NAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN                       Độc lập - Tự do - Hạnh phúc\nSố: 11/CTrPH-CTĐ\n"
            "                                              Nam Sơn, ngày 08 tháng 4 năm 2026\n"
            "BỘ CÔNG AN\nCÔNG AN TỈNH NAM SƠN\nSố: 1486/CTrPH-CAT\n\nCHƯƠNG TRÌNH PHỐI HỢP\n"
            "Giữa Hội Chữ thập đỏ tỉnh Nam Sơn và Công an tỉnh Nam Sơn trong công tác nhân đạo\n\n"
            "Điều 1. Trách nhiệm của Hội Chữ thập đỏ tỉnh\n1. Chủ trì xây dựng kế hoạch phối hợp hằng năm, gửi Công an "
            "tỉnh trước ngày 15/01 hằng năm.\n2. Vận động cán bộ, chiến sĩ tham gia hiến máu tình nguyện.\n\n"
            "Điều 2. Trách nhiệm của Công an tỉnh\n1. Cử cán bộ đầu mối phối hợp với Hội Chữ thập đỏ tỉnh.\n"
            "2. Bảo đảm an ninh, trật tự tại các điểm tiếp nhận, phân phối hàng cứu trợ.\n\n"
            "TM. BAN THƯỜNG VỤ                    GIÁM ĐỐC\nCHỦ TỊCH\n\nLê Thị Hoa                    Trần Văn Sơn\n")
    # a party named after the text, past a comma, acts in it; a clause putting the work on the other party only
    # names it ("gửi Công an tỉnh"); and the title naming the parties says nothing of what either does
    over_text_answers_as(tmp_path, corpus_embeddings, "ctrph-11.txt", text,
                         {"Theo chương trình phối hợp, Hội Chữ thập đỏ tỉnh phải gửi kế hoạch phối hợp hằng năm trước "
                          "ngày nào?": "Ngày 15/01 [1]."},
                         refused=("Theo chương trình phối hợp, Công an tỉnh Nam Sơn phải gửi kế hoạch phối hợp hằng năm "
                                  "cho Hội Chữ thập đỏ tỉnh trước ngày nào?",))


def test_a_body_named_by_its_side_counted_or_by_its_unit_is_read_as_the_text_means(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN SƠN KHÊ", "09/KH-CTĐ", "KẾ HOẠCH", "Phát triển hội viên năm 2026",
                   "I. TÌNH HÌNH\n\nToàn huyện có 14 tổ chức Hội cơ sở, 126 chi hội với 8.450 hội viên.\n\n"
                   "II. NHIỆM VỤ CỦA CÁC BỘ PHẬN\n\n1. Văn phòng\n\n- Cập nhật cơ sở dữ liệu hội viên hằng quý.\n\n"
                   "- In và cấp thẻ hội viên mới.\n\n2. Ban Công tác xã hội\n\n- Tổ chức 02 lớp tập huấn cho chi hội trưởng.\n\n"
                   "III. LIÊN HỆ\n\nSở Lao động - Thương binh và Xã hội: bà Lò Thị Mai, Trưởng phòng Bảo trợ xã hội, "
                   "điện thoại 0912.334.556.\n\nBan Chỉ đạo gồm:\n\n1. Các ủy viên:\n\n- Ông Vì Văn Toàn, Phó Bí thư Huyện đoàn;"
                   "\n\n- Bà Cầm Thị Lan, Phó Trưởng phòng Y tế huyện.", "Lường Văn Tâm")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-09.txt", text)
    # "bên Sở …": the side is the body named after it
    assert first_line(assistant, "SĐT đầu mối bên Sở LĐTBXH là số nào?") == "0912.334.556 [1]."
    # "bao nhiêu chi hội": bodies counted, not the body asked about
    assert first_line(assistant, "Toàn huyện có bao nhiêu chi hội chữ thập đỏ?") == "126 chi hội [1]."
    # "Văn phòng" under the Hội's own tasks is the Hội's office, asked by its full name
    office = assistant.ask("Văn phòng Hội CTĐ huyện Sơn Khê có nhiệm vụ gì?")
    assert not office.abstained and "cơ sở dữ liệu hội viên" in office.answer
    assert assistant.ask("Văn phòng UBND huyện Sơn Khê có nhiệm vụ gì?").abstained
    # "cử ai làm ủy viên": the line under "Các ủy viên:" that names the body
    assert first_line(assistant, "Huyện đoàn cử ai làm ủy viên Ban Chỉ đạo?") == "Vì Văn Toàn [1]."


def test_a_person_listed_in_a_row_a_measure_and_a_works_named_after_a_place_are_read_as_written(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "31/UBND-NN", "CÔNG VĂN", "V/v ứng phó triều cường",
                   "Nam Sơn, ngày 12 tháng 10 năm 2026\n\nMực nước đỉnh triều tại trạm Long Định dự báo đạt 1,25 m, vượt "
                   "mức báo động III là 0,25 m.\n\n1. Danh sách nhà hảo tâm được biểu dương:\n\n"
                   "| STT | Họ và tên | Đơn vị | Nội dung |\n|---|---|---|---|\n"
                   "| 1 | Ông Trịnh Văn Hậu | Công ty TNHH Hậu Giang Xanh | Ủng hộ 40 xe lăn |\n"
                   "| 2 | Bà Đỗ Thị Hòa | Hộ kinh doanh Hòa Phát | Ủng hộ 200 thùng mì |", "Phạm Văn Nghĩa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-31.txt", text)
    assert first_line(assistant, "Mực nước đỉnh triều tại trạm Long Định dự báo bao nhiêu?").startswith("1,25 m")
    # a station named after the place the text was signed in is a station the evidence must name
    assert assistant.ask("Mực nước đỉnh triều tại trạm Nam Sơn dự báo bao nhiêu?").abstained
    assert first_line(assistant, "Ai được biểu dương vì ủng hộ 40 xe lăn?") == "Trịnh Văn Hậu [1]."


def test_a_measure_asked_in_its_unit_a_part_of_the_day_and_an_office_set_at_a_body_are_read(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "09/CĐ-UBND", "CÔNG ĐIỆN", "Về ứng phó lũ lớn",
                   "Sáng ngày 03/10/2026, mực nước tại trạm Long Định đạt 4,12 m; dự báo đỉnh lũ năm 2026 tại trạm "
                   "Long Định từ 3,9 m đến 4,3 m.\n\n1. Văn phòng thường trực Ban Chỉ huy tỉnh đặt tại Chi cục Thủy lợi "
                   "thuộc Sở Nông nghiệp và Môi trường.\n\n2. Ủy ban nhân dân các huyện sơ tán dân khỏi vùng ngập sâu.",
                   "Phạm Văn Nghĩa")
    over_text_answers_as(tmp_path, corpus_embeddings, "cd-09.txt", text, {
        "Đỉnh lũ năm 2026 tại trạm Long Định dự báo khoảng bao nhiêu mét?": "3,9 m đến 4,3 m [1].",
        "Sáng 3/10/2026 mực nước tại trạm Long Định là bao nhiêu?": "4,12 m [1].",
        "Văn phòng thường trực Ban Chỉ huy tỉnh đặt ở đâu?": "Tại Chi cục Thủy lợi thuộc Sở Nông nghiệp [1].",
    }, refused=("Đỉnh lũ năm 2026 tại trạm Long Định dự báo khoảng bao nhiêu kg?",))


def test_places_listed_after_a_description_and_the_forces_named_by_another_word_are_read(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "186-KL/TU", "KẾT LUẬN", "Về lãnh đạo công tác Hội Chữ thập đỏ",
                   "1. Nâng cao chất lượng sơ cấp cứu tại cộng đồng, nhất là ở các huyện thường xuyên bị ngập lụt như "
                   "Nho Quan, Gia Viễn, Kim Sơn.\n\n2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh\n\n- Xây dựng lực lượng hiến "
                   "máu dự bị sẵn sàng có mặt trong vòng 2 giờ khi có yêu cầu của Bệnh viện đa khoa tỉnh.", "Đinh Văn Hùng",
                   board="BAN THƯỜNG VỤ")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kl-186.txt", text)
    listed = assistant.ask("Kết luận 186 nêu những huyện nào thường xuyên bị ngập lụt?")
    assert [c.clause_id for c in listed.citations] == ["kl-186:1"]
    # "quân đội" is said of the Bộ Chỉ huy Quân sự's forces
    assert first_line(assistant, "Lực lượng hiến máu dự bị của quân đội phải có mặt trong bao lâu?") == "2 giờ [1]."
    assert assistant.ask("Kết luận 186 nêu những xã nào thường xuyên bị ngập lụt?").abstained


def test_a_bodys_account_is_read_from_its_own_text_whatever_it_is_asked_for(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "24/HD-CTĐ", "HƯỚNG DẪN", "Tiếp nhận và phân bổ tiền, hàng cứu trợ",
                   "1. Tiền mặt tiếp nhận phải nộp vào tài khoản của Hội trong vòng 01 ngày làm việc.\n\n"
                   "2. Số tài khoản 0123000456789 tại Ngân hàng Nông nghiệp - Chi nhánh Nam Sơn.\n\n"
                   "3. Ban Công tác xã hội, điện thoại 0272.3826.114, là đầu mối tiếp nhận.", "Lò Thị Hạnh")
    over_text_answers_as(tmp_path, corpus_embeddings, "hd-24.txt", text, {
        "Số tài khoản Hội CTĐ tỉnh Nam Sơn để ủng hộ là số nào?": "0123000456789 [1].",
        "so tai khoan hoi ctd tinh nam son de ung ho": "0123000456789 [1].",
    }, refused=("Số điện thoại Văn phòng Hội CTĐ tỉnh Nam Sơn là số nào?",))


def test_people_of_another_kind_and_a_part_singled_out_answer_no_count_or_total_asked(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "15/NQ-CTĐ", "NGHỊ QUYẾT", "Nhiệm vụ công tác Hội năm 2026",
                   "1. Chỉ tiêu năm 2026:\n\na) Phát triển mới 5.000 hội viên; tổng số hội viên toàn tỉnh đạt 113.000 người.\n\n"
                   "b) Trợ giúp 135.000 lượt người có hoàn cảnh khó khăn.\n\n2. Kết quả năm 2025: tổng giá trị vận động đạt "
                   "18,6 tỷ đồng; riêng tại Lễ phát động đã tiếp nhận 2,35 tỷ đồng.", "Lò Thị Hạnh", board="BAN CHẤP HÀNH")
    over_text_answers_as(tmp_path, corpus_embeddings, "nq-15.txt", text, {
        "Năm 2026 tổng số hội viên toàn tỉnh đạt bao nhiêu người?": "113.000 người [1].",
        # (not the part "riêng" singles out)
        "Tổng số tiền đã tiếp nhận năm 2025 là bao nhiêu?": "18,6 tỷ đồng [1].",
    }, refused=("Chỉ tiêu tình nguyện viên năm 2026 là bao nhiêu người?",))


def test_a_body_named_after_a_thing_of_its_is_whose_thing_it_is(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "08/CT-UBND", "CHỈ THỊ", "Về tăng cường hiến máu tình nguyện",
                   "1. Sở Y tế\n\n- Chủ trì, chỉ đạo Bệnh viện đa khoa tỉnh bảo đảm đủ nhân lực; hoàn thành nâng cấp Kho máu tại "
                   "Bệnh viện đa khoa tỉnh với dung tích bảo quản tối thiểu 3.000 đơn vị máu trước ngày 31/12/2026.\n\n"
                   "2. Sở Tài chính bố trí kinh phí theo quy định.", "Phạm Văn Nghĩa", board="ỦY BAN NHÂN DÂN")
    over_text_answers_as(tmp_path, corpus_embeddings, "ct-08.txt", text, {
        "Kho máu Bệnh viện đa khoa tỉnh phải nâng cấp xong khi nào?": "Trước ngày 31/12/2026 [1].",
    }, refused=("Kinh phí nâng cấp Kho máu Bệnh viện đa khoa tỉnh là bao nhiêu?",
                "Kho máu Trung tâm Y tế huyện phải nâng cấp xong khi nào?"))


def test_a_text_named_by_its_kind_and_subject_is_a_text_of_that_kind(tmp_path, corpus_embeddings):
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "126/KH-CTĐ", "KẾ HOẠCH", "Sơ cấp cứu ban đầu trong trường học",
                   "1. Hội Chữ thập đỏ tỉnh\n\n- Tổ chức lớp tập huấn giảng viên nguồn.\n\n2. Sở Y tế\n\n"
                   "- Cử giảng viên cho lớp tập huấn giảng viên nguồn.", "Lò Thị Hạnh")
    letter = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "412/UBND-VX", "CÔNG VĂN",
                     "V/v đôn đốc triển khai Kế hoạch sơ cấp cứu ban đầu trong trường học",
                     "1. Sở Y tế cử cán bộ y tế hỗ trợ các lớp tập huấn sơ cấp cứu trường học.\n\n2. Sở Giáo dục và Đào tạo "
                     "chỉ đạo các trường tham gia.", "Phạm Văn Nghĩa", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-126.txt", plan, cv_412_txt=letter)
    # the letter urging the plan on is no plan: its work for the health department is not the plan's
    health = assistant.ask("Sở Y tế có nhiệm vụ gì trong kế hoạch sơ cấp cứu trường học?")
    assert [c.clause_id for c in health.citations] == ["kh-126:2.b1"]
    letters = assistant.ask("Sở Y tế có nhiệm vụ gì trong công văn đôn đốc về sơ cấp cứu trường học?")
    assert [c.clause_id for c in letters.citations] == ["cv-412:1"]


def test_which_text_a_rule_follows_is_read_from_its_clause_when_no_text_is_named(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "09/HD-CTĐ", "HƯỚNG DẪN", "Thi đua, khen thưởng năm 2024",
                   "IV. KHEN THƯỞNG\n\n1. Cờ thi đua của Hội Chữ thập đỏ tỉnh: tối đa 03 Hội Chữ thập đỏ cấp huyện.\n\n"
                   "2. Tiền thưởng kèm theo các hình thức khen thưởng thực hiện theo quy định tại Nghị định số "
                   "98/2023/NĐ-CP, chi từ Quỹ Thi đua, khen thưởng của Hội.", "Lò Thị Hạnh")
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-09.txt", text)
    cited = assistant.ask("Tiền thưởng kèm theo các hình thức khen thưởng thực hiện theo văn bản nào?")
    assert not cited.abstained and "98/2023/NĐ-CP" in cited.answer
    assert [c.clause_id for c in cited.citations][:1] == ["hd-09:iv.2"]
    assert assistant.ask("Phụ cấp trực đêm thực hiện theo văn bản nào?").abstained  # no clause says it


def test_a_target_asked_as_striven_for_is_any_figure_a_plan_sets_out(tmp_path, corpus_embeddings):
    body = ("1. Chương trình \"Mái ấm nhân đạo\": vận động nguồn lực xây mới, sửa chữa 40 căn nhà cho phụ nữ nghèo làm chủ "
            "hộ trong giai đoạn 2027 - 2031.\n\n2. Chương trình \"Mẹ đỡ đầu\": nhận đỡ đầu 100 trẻ em mồ côi.")
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "05/CTrPH-CTĐ", "CHƯƠNG TRÌNH PHỐI HỢP",
                   "Về chăm lo phụ nữ và trẻ em có hoàn cảnh khó khăn giai đoạn 2027 - 2031", body, "Y Ngọc Bích")
    report = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "27/BC-CTĐ", "BÁO CÁO", "Kết quả chăm lo phụ nữ và trẻ em năm 2026",
                     body, "Y Ngọc Bích")
    asked = "Cả giai đoạn 2027-2031 phấn đấu xây mới, sửa chữa bao nhiêu căn nhà cho phụ nữ nghèo?"
    (tmp_path / "plan").mkdir()
    (tmp_path / "report").mkdir()
    assert first_line(assistant_of(tmp_path / "plan", corpus_embeddings, "ctrph-05.txt", plan), asked) == "40 căn nhà [1]."
    # (a report states what was done: no target is striven for in it)
    assert assistant_of(tmp_path / "report", corpus_embeddings, "bc-27.txt", report).ask(asked).abstained


def test_a_text_s_effect_and_number_are_read_however_the_time_or_the_number_is_asked(tmp_path, corpus_embeddings):
    decision = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "2187/QĐ-UBND", "QUYẾT ĐỊNH",
                       "Phê duyệt Đề án nâng cao năng lực sơ cấp cứu cộng đồng",
                       "Điều 1. Phê duyệt Đề án nâng cao năng lực sơ cấp cứu cộng đồng giai đoạn 2027 - 2030.\n\n"
                       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Lâm Văn Nghĩa", board="ỦY BAN NHÂN DÂN")
    notice = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "196/TB-UBND", "THÔNG BÁO",
                     "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp nghe báo cáo kết quả triển khai Đề án "
                     "nâng cao năng lực sơ cấp cứu cộng đồng",
                     "1. Sở Y tế đẩy nhanh tiến độ, hoàn thành bộ tài liệu tập huấn trước ngày 31/7/2027.", "Lâm Văn Nghĩa",
                     board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-2187.txt", decision, tb_196_txt=notice)
    # ("từ thời điểm nào" asks a time; of a text's effect, the clause that states it, not the day it was signed)
    answers_as(assistant, {
        "Quyết định 2187/QĐ-UBND có hiệu lực từ thời điểm nào?": "Kể từ ngày ký [1].",
        "Quyết định 2187 mang số hiệu gì?": "Quyết định của Ủy ban nhân dân tỉnh Nam Sơn có số hiệu 2187/QĐ-UBND [1].",
        # (the Đề án a few words after "về" is what the notice is about, not the text whose number is asked)
        "Thông báo kết luận cuộc họp về tiến độ Đề án sơ cấp cứu mang số hiệu gì?":
            "Thông báo của Ủy ban nhân dân tỉnh Nam Sơn có số hiệu 196/TB-UBND [1]."})


def test_the_grounds_a_text_rests_on_answer_no_value_nor_what_the_law_provides(tmp_path, corpus_embeddings):
    text = written("HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN", "08/2026/NQ-HĐND", "NGHỊ QUYẾT",
                   "Quy định mức hỗ trợ đối với tình nguyện viên Chữ thập đỏ",
                   "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;\n\nCăn cứ Luật Hoạt động chữ thập đỏ ngày 03 "
                   "tháng 6 năm 2008;\n\nCăn cứ Quyết định số 45/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh phê duyệt "
                   "danh sách tình nguyện viên;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Tình nguyện viên Chữ thập đỏ bị tai nạn khi làm "
                   "nhiệm vụ được hỗ trợ tối đa 10.000.000 đồng/người/lần.\n\nĐiều 2. Kinh phí thực hiện do ngân sách tỉnh "
                   "bảo đảm; việc quyết toán thực hiện theo quy định hiện hành.", "Trần Văn Nam", board="HỘI ĐỒNG NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "nq-08.txt", text)
    answers_as(assistant, {"Tình nguyện viên bị tai nạn được hỗ trợ tối đa bao nhiêu?": "10.000.000 đồng [1]."},
               refused=("Hạn chót quyết toán kinh phí thực hiện Nghị quyết 08 là ngày nào?",
                        "Theo Luật Hoạt động chữ thập đỏ, tình nguyện viên Chữ thập đỏ có những quyền gì?"))
    # (the grounds asked are answered by them)
    grounds = assistant.ask("Nghị quyết 08 căn cứ vào quyết định phê duyệt danh sách nào của tỉnh?")
    assert [c.clause_id for c in grounds.citations][:1] == ["nq-08:mo-dau.3"]


def test_what_a_body_s_own_report_proposes_it_proposes(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "112/BC-HCTĐ", "BÁO CÁO", "Sơ kết 6 tháng đầu năm 2027",
                   "I. KẾT QUẢ\n\n1. Thành lập 11 Đội Thanh niên xung kích chữ thập đỏ.\n\nII. KIẾN NGHỊ, ĐỀ XUẤT\n\n"
                   "1. Đề nghị Ủy ban nhân dân tỉnh xem xét bổ sung kinh phí 200.000.000 đồng để mua sắm trang thiết bị cho "
                   "Đội Thanh niên xung kích chữ thập đỏ.\n\n2. Đề nghị Sở Y tế hỗ trợ giảng viên tập huấn sơ cấp cứu.",
                   "Nguyễn Thị Thu Hằng")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-112.txt", text, {
        "Hội Chữ thập đỏ tỉnh kiến nghị Ủy ban nhân dân tỉnh bổ sung bao nhiêu kinh phí cho trang thiết bị đội xung kích?":
            "200.000.000 đồng [1]."})


def test_a_time_asked_with_its_word_a_speaker_s_words_and_a_given_name_leave_the_topic_as_the_text_writes_it(
        tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN KHOÁI SƠN", "07/TB-CTĐ", "THÔNG BÁO", "Lịch tập huấn và bàn giao bò giống",
                   "I. TẬP HUẤN KỸ THUẬT CHĂN NUÔI\n\n1. Thời gian: 01 ngày, thứ Năm ngày 15/4/2027.\n\n2. Địa điểm: Hội "
                   "trường Ủy ban nhân dân huyện.\n\nII. ĐỘI XUNG KÍCH\n\n1. Đội xung kích có mặt tại hiện trường trong "
                   "vòng 12 giờ kể từ khi nhận được yêu cầu.\n\nIII. LIÊN HỆ\n\n1. Ông Nguyễn Văn Thắng, Phó Chủ tịch "
                   "Hội Chữ thập đỏ huyện, điện thoại: 0983.215.647.", "Đặng Thị Hiền")
    over_text_answers_as(tmp_path, corpus_embeddings, "tb-07.txt", text, {
        # ("thời gian" is the kind asked, no word the clause must hold; "lớp tập huấn" is the training, by the class)
        "Đội xung kích phải có mặt trong thời gian bao lâu?": "12 giờ [1].",
        "Lớp tập huấn kỹ thuật chăn nuôi diễn ra ngày nào?": "Ngày 15/4/2027 [1].",
        # ("em" asks, "anh" addresses the one named)
        "cho em xin sđt anh Thắng bên hội CTĐ huyện với ạ": "0983.215.647 [1]."})


def test_a_month_the_question_names_is_answered_only_by_rows_of_its_days(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "21/PA-HCTĐ", "PHƯƠNG ÁN", "Ứng phó thiên tai năm 2027",
                   "VII. LỊCH TRỰC LÃNH ĐẠO\n\nThời gian\tLãnh đạo trực\tCán bộ trực\tĐiện thoại\n"
                   "01/10 - 15/10\tĐinh Văn Lực, Phó Chủ tịch\tTrương Thị Mỹ Duyên\t0935.640.218\n"
                   "16/10 - 31/10\tNguyễn Thị Bích Liên, Phó Chủ tịch\tLê Quang Vinh\t0986.153.774\n", "Lê Hoàng Nam")
    assistant = assistant_of(tmp_path, corpus_embeddings, "pa-21.txt", text)
    assert assistant.ask("Tháng 10/2027 ai là lãnh đạo trực?").citations[0].clause_id.startswith("pa-21:vii.dong-")
    assert assistant.ask("Tháng 9/2027 ai là lãnh đạo trực?").abstained


def test_a_list_of_bodies_by_place_answers_for_a_place_s_own_row_only(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "25/QĐ-CTĐ", "QUYẾT ĐỊNH", "Khen thưởng tập thể, cá nhân trong cứu trợ",
                   "Điều 1. Tặng Giấy khen cho 03 tập thể có thành tích trong cứu trợ vụ cháy rừng.\n\n"
                   "Điều 2. Kèm theo Giấy khen, mỗi tập thể được thưởng 1.200.000 đồng. Trường hợp tình nguyện viên thiệt "
                   "mạng thì thân nhân được hỗ trợ một lần 50.000.000 đồng.\n\nDANH SÁCH TẬP THỂ\n\n"
                   "| STT | Tập thể | Thành tích |\n|---|---|---|\n"
                   "| 1 | Hội Chữ thập đỏ xã Tân Lập, huyện Tân Biên | Tổ chức nấu 1.200 suất cơm phục vụ lực lượng chữa cháy |\n"
                   "| 2 | Hội Chữ thập đỏ huyện Tân Châu | Huy động 60 tình nguyện viên hỗ trợ dọn dẹp hiện trường |\n",
                   "Lâm Thị Ngọc Bích")
    over_text_answers_as(tmp_path, corpus_embeddings, "qd-25.txt", text, {
        # (the row of a body of the place, with its district after it)
        "Hội Chữ thập đỏ xã Tân Lập đã nấu bao nhiêu suất cơm phục vụ lực lượng chữa cháy?": "1.200 suất cơm [1].",
        # ("nhận bao nhiêu" asks the sum given; "gia đình" of one who died is "thân nhân", "tử vong" is "thiệt mạng")
        "Mỗi tập thể nhận bao nhiêu tiền thưởng?": "1.200.000 đồng [1].",
        "Nếu tình nguyện viên tử vong thì gia đình được hỗ trợ bao nhiêu?": "50.000.000 đồng [1]."},
        # (another place's row is none of its)
        refused=("Hội Chữ thập đỏ huyện Tân Biên huy động bao nhiêu tình nguyện viên dọn dẹp hiện trường?",))


def test_a_target_asked_by_its_word_is_the_quantity_a_sentence_aims_at_in_another(tmp_path, corpus_embeddings):
    text = written("TỈNH ĐOÀN NAM SƠN", "05/CTPH-TĐTN-HCTĐ", "CHƯƠNG TRÌNH PHỐI HỢP", "Về công tác nhân đạo giai đoạn 2027 - 2029",
                   "Điều 2. Nội dung phối hợp\n\n1. Phối hợp tổ chức Lễ hội Xuân hồng; phấn đấu mỗi năm tiếp nhận tối thiểu "
                   "4.500 đơn vị máu từ đoàn viên, thanh niên, chiếm trên 60% tổng số đơn vị máu tiếp nhận trên địa bàn tỉnh."
                   "\n\n2. Phát triển hội viên trong thanh niên, bảo đảm tỷ lệ hội viên đạt từ 7% dân số trở lên.",
                   "Lò Văn Quyết")
    # (the aim is said by "phấn đấu", "tối thiểu"; a share beside a quantity aimed at is no answer of its own)
    over_text_answers_as(tmp_path, corpus_embeddings, "ctph-05.txt", text, {
        "Chỉ tiêu tiếp nhận máu từ đoàn viên, thanh niên mỗi năm tối thiểu là bao nhiêu?": "4.500 đơn vị [1].",
        # ("đạt mức nào" asks the level of what it names)
        "Tỷ lệ hội viên so với dân số phải đạt mức nào?": "7% [1]."})


def test_a_sum_is_of_the_case_its_own_part_of_the_sentence_names(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "97/BC-CTĐ", "BÁO CÁO", "Nhanh tình hình thiệt hại do bão số 6",
                   "III. NHU CẦU CỨU TRỢ\n\n1. Nhà ở: hỗ trợ xây dựng lại 70 căn nhà bị sập, dự kiến 60.000.000 đồng/căn; hỗ trợ "
                   "sửa chữa khoảng 1.500 căn nhà tốc mái của hộ nghèo, hộ cận nghèo.", "Nguyễn Văn Khánh")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-97.txt", text,
                         {"Mỗi căn nhà bị sập được hỗ trợ xây dựng lại bao nhiêu tiền?": "60.000.000 đồng [1]."},
                         refused=("Mỗi căn nhà bị tốc mái được hỗ trợ sửa chữa bao nhiêu tiền?",))


def test_an_invitation_is_asked_of_in_spoken_words(tmp_path, corpus_embeddings):
    # (a sum asked by "kinh phí" is held by a part that writes "ngân sách"; a later part writing the word is no other
    # subject's)
    # a meeting asked when it "meets" and where (the place a section headed "Địa điểm" opens with), a contact by how one addresses her and by her given names, her mobile by its
    # label beside the office line, a unit of measure as speech says it, a sum asked with a closing particle, a
    # province by its initials
    body = """Thực hiện Kế hoạch số 286/KH-UBND ngày 04/12/2026 của Ủy ban nhân dân tỉnh, Ban Thường vụ Hội Chữ thập đỏ tỉnh trân trọng kính mời đại biểu dự Hội nghị tổng kết chương trình "Tết Nhân ái" năm 2027, cụ thể như sau:

1. Thời gian
- Đúng 07 giờ 30 phút, thứ Năm, ngày 18/3/2027.

2. Địa điểm
**Hội trường tầng 2, Trung tâm Hội nghị tỉnh** (số 450 đường Thống Nhất, phường Phan Rang).

3. Chế độ
- Sở Tài chính tham mưu bố trí 120.000.000 đồng từ nguồn ngân sách tỉnh để đón đại biểu, trình trước ngày 10/3/2027; hướng dẫn các xã quyết toán kinh phí theo quy định.
- Mỗi đại biểu cấp xã được hỗ trợ 10 kg gạo và tiền tàu xe 250.000 đồng/người.
- Mỗi Hội Chữ thập đỏ xã được hỗ trợ kinh phí chuẩn bị tham luận 1.500.000 đồng.

4. Liên hệ
Mọi thông tin chi tiết xin liên hệ bà Nguyễn Thị Ngọc Hân, Phó Chánh Văn phòng Hội Chữ thập đỏ tỉnh; điện thoại cơ quan: 0259.3822.614; di động: 0918.352.406."""
    text = written("ỦY BAN MTTQ VIỆT NAM TỈNH THUẬN AN\nHỘI CHỮ THẬP ĐỎ TỈNH\n\nThuận An, ngày 05 tháng 3 năm 2027",
                   "27/GM-CTĐ", "GIẤY MỜI", "Dự Hội nghị tổng kết chương trình Tết Nhân ái năm 2027", body, "Trương Thị Kim Loan")
    over_text_answers_as(tmp_path, corpus_embeddings, "gm-27.txt", text, {
        "Hội nghị tổng kết Tết Nhân ái họp ngày nào ạ?": "Ngày 18/3/2027 [1].",
        "Hội nghị tổng kết ở địa điểm nào?": "Hội trường tầng 2, Trung tâm Hội nghị tỉnh [1].",
        "Muốn đăng ký dự hội nghị thì liên hệ chị nào ạ?": "Nguyễn Thị Ngọc Hân [1].",
        "Số di động của chị Ngọc Hân là gì?": "0918.352.406 [1].",
        "Đại biểu cấp xã được hỗ trợ mấy ký gạo?": "10 kg gạo [1].",
        "Hội Chữ thập đỏ xã được hỗ trợ kinh phí chuẩn bị tham luận bao nhiêu ạ?": "1.500.000 đồng [1].",
        "Sở Tài chính trình bố trí kinh phí đón đại biểu trước ngày nào?": "Ngày 10/3/2027 [1].",
        "Giấy mời của Hội Chữ thập đỏ tỉnh TA có số hiệu là gì?": "Giấy mời của Hội Chữ thập đỏ tỉnh Thuận An có số hiệu 27/GM-CTĐ [1].",
    }, refused=("Số di động của chị Thu Hà là gì?",))


def test_a_report_s_cases_dates_ranks_and_people_are_read_as_it_writes_them(
        tmp_path, corpus_embeddings):
    text = ("HỘI CHỮ THẬP ĐỎ HUYỆN PHÚ SƠN\n\nSố: 41/BC-HCTĐ\n\nPhú Sơn, ngày 30 tháng 6 năm 2027\n\nBÁO CÁO\n"
            "Sơ kết công tác 6 tháng đầu năm 2027\n\n"
            "1. Tổng giá trị tiền và hàng vận động đạt 3.212 triệu đồng, tăng 12,4% so với cùng kỳ năm trước.\n\n"
            "2. Hội hỗ trợ 1.500.000 đồng/trường hợp bị thương nặng phải điều trị nội trú từ 07 ngày trở lên.\n\n"
            "3. Công an huyện cung cấp cho Hội số liệu tai nạn giao thông hằng tháng, trước ngày 25.\n\n"
            "4. Hai bên họp định kỳ vào tuần đầu tháng 7 hằng năm.\n\n"
            "5. Hội tổ chức Lễ tôn vinh người hiến máu tiêu biểu vào tháng 6, tôn vinh không quá 100 người.\n\n"
            "6. Lớp tập huấn sơ cấp cứu thứ nhất tổ chức trong tháng 4/2027.\n\n"
            "7. Cá nhân tiêu biểu: ông Lê Văn Cường, Chủ tịch Hội Chữ thập đỏ xã Vinh Thanh; bà Nguyễn Thị Thu Hà, "
            "chi hội trưởng thôn Hà Trung, xã Vinh Hà; anh Trần Quốc Việt, tình nguyện viên, thị trấn Phú Đa.\n\n"
            "8. Khuyến khích mỗi hội viên đóng góp tối thiểu 01 ngày lương/năm vào Quỹ Nhân đạo.\n\n"
            "9. Năm 2027 xây mới 12 nhà nhân đạo, mức hỗ trợ tối thiểu 60 triệu đồng/nhà.\n\n"
            "10. Hỗ trợ 15 kg gạo/người/tháng trong thời gian 03 tháng cho 214 nhân khẩu phải di dời.\n\n"
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Tâm\n")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-41.txt", text, {
        "Giá trị vận động tăng bao nhiêu % so với cùng kỳ năm 2026?": "12,4% [1].",
        "Trường hợp bị thương nặng phải nằm viện được hỗ trợ bao nhiêu?": "1.500.000 đồng [1].",
        "Hai bên họp giao ban vào thời gian nào trong năm?": "Định kỳ vào tuần đầu tháng 7 hằng năm [1].",
        "Lễ tôn vinh người hiến máu được vinh danh tối đa bao nhiêu người?": "100 người [1].",
        "Lớp tập huấn sơ cấp cứu thứ nhất tổ chức tháng mấy?": "Tháng 4/2027 [1].",
        "Chủ tịch Hội CTĐ xã Vinh Thanh tên gì?": "Lê Văn Cường [1].",
        "Xây nhà nhân đạo thì mỗi căn được hỗ trợ ít nhất bao nhiêu tiền?": "60 triệu đồng [1].",
        "Mỗi nhân khẩu phải di dời được cấp bao nhiêu kg gạo 1 tháng?": "15 kg gạo [1].",
        "Công an gửi số liệu tai nạn giao thông hằng tháng trước ngày bao nhiêu?": "Trước ngày 25 [1].",
    }, refused=("Giá trị vận động tăng bao nhiêu % so với cùng kỳ năm 2024?",
                "Trường hợp bị thương nhẹ không phải nằm viện được hỗ trợ bao nhiêu?",
                "Lớp tập huấn sơ cấp cứu thứ hai tổ chức tháng mấy?",
                "Chủ tịch Hội CTĐ thị trấn Phú Đa tên gì vậy anh?",
                "Hội viên không đóng góp ngày lương vào Quỹ Nhân đạo thì bị xử lý thế nào?"))


def test_a_telephone_is_of_the_body_its_line_names_a_tier_is_its_own_and_short_forms_are_read(
        tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "2318/UBND-KGVX", "CÔNG VĂN", "V/v phòng, chống sốt xuất huyết",
                   "1. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh cấp bổ sung cho các huyện 40 máy phun đeo vai.\n\n"
                   "2. Hội Chữ thập đỏ tỉnh:\n\n- Phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tập huấn cho tình nguyện "
                   "viên.\n\n- Đầu mối điều phối tình nguyện viên: đồng chí Phạm Văn Hậu, Phó Chủ tịch Hội Chữ thập đỏ "
                   "tỉnh, điện thoại 0918.362.457.\n\n3. Công ty TNHH Nam Sơn Xanh tài trợ 850 triệu đồng mua hóa chất.\n\n"
                   "4. Sở Y tế tập huấn phác đồ điều trị cho bác sĩ tuyến huyện, hoàn thành trước ngày 30/6/2026.",
                   "Trần Minh Khoa", board="ỦY BAN NHÂN DÂN")
    over_text_answers_as(tmp_path, corpus_embeddings, "cv-2318.txt", text, {
        "Số điện thoại của đồng chí Phạm Văn Hậu là bao nhiêu?": "0918.362.457 [1].",
        "Trung tâm KSBT phải cấp thêm cho các huyện bao nhiêu máy phun?": "40 máy phun [1].",
        "Cty TNHH Nam Sơn Xanh tài trợ bao nhiêu tiền?": "850 triệu đồng [1].",
        "Bác sĩ tuyến huyện phải tập huấn phác đồ xong trước ngày nào?": "Ngày 30/6/2026 [1].",
    }, refused=("Số điện thoại của Trung tâm Kiểm soát bệnh tật tỉnh là bao nhiêu?",
                "Bác sĩ tuyến tỉnh phải tập huấn phác đồ xong trước ngày nào?"))  # (a health service's other tier)


def test_an_award_of_a_body_is_read_in_its_own_texts_not_in_another_body_s(tmp_path, corpus_embeddings):
    decision = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "38/QĐ-HCTĐ", "QUYẾT ĐỊNH", "Về việc khen thưởng năm 2027",
                       "Điều 1. Tặng Giấy khen của Ban Thường vụ Hội Chữ thập đỏ tỉnh cho 08 tập thể và 16 cá nhân.\n\n"
                       "Điều 2. Kèm theo Giấy khen, mỗi tập thể được thưởng 1.800.000 đồng, mỗi cá nhân được thưởng "
                       "900.000 đồng.",
                       "Nguyễn Đình Thắng")
    letter = written("ỦY BAN NHÂN DÂN THÀNH PHỐ TRÀ AN", "2417/UBND-LĐTBXH", "CÔNG VĂN", "V/v quà Tết cho hộ nghèo",
                     "1. Mức quà:\n\na) Quà của Ủy ban nhân dân tỉnh: 500.000 đồng/hộ nghèo.\n\nb) Quà của Ủy ban nhân dân "
                     "thành phố: 300.000 đồng/hộ nghèo.", "Thạch Thị Mỹ Hạnh", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-38.txt", decision, cv_2417_txt=letter)
    # (a body's figure in another level's text that names the body where it gives it)
    assert first_line(assistant, "Quà Tết của UBND tỉnh cho mỗi hộ nghèo là bao nhiêu tiền?").startswith("500.000 đồng")
    # (of the figures the sentence sets for each kind, the one after the kind asked; no award of the body at another level)
    answers_as(assistant, {"Giấy khen của Hội CTĐ tỉnh cho cá nhân được thưởng bao nhiêu tiền?": "900.000 đồng [1].",
                           "Mỗi tập thể được tặng Giấy khen được thưởng bao nhiêu?": "1.800.000 đồng [1]."},
               refused=("Giấy khen của Hội CTĐ cấp huyện cho cá nhân được thưởng bao nhiêu tiền?",
                        "Cờ thi đua của Trung ương Hội CTĐ Việt Nam kèm theo bao nhiêu tiền thưởng?"))


def test_a_text_asked_what_plan_it_carries_out_by_the_plan_s_number_names_it(tmp_path, corpus_embeddings):
    directive = written("ỦY BAN NHÂN DÂN HUYỆN BA BỂ", "03/CT-UBND", "CHỈ THỊ", "Về tăng cường công tác Hội Chữ thập đỏ năm 2027",
                        "Thực hiện Kế hoạch số 154/KH-UBND ngày 12/01/2027 của Ủy ban nhân dân tỉnh Bắc Kạn về công tác "
                        "nhân đạo, Chủ tịch Ủy ban nhân dân huyện chỉ thị:\n\n1. Phòng Y tế huyện phối hợp tổ chức hiến máu "
                        "tình nguyện.", "Hoàng Văn Thu", board="ỦY BAN NHÂN DÂN")
    plan = (SEEDS / "kh-ubnd-laichau-2023.md").read_text(encoding="utf-8")
    assistant = assistant_of(tmp_path, corpus_embeddings, "ct-03.txt", directive, **{"kh-ubnd-laichau-2023_md": plan})
    answer = assistant.ask("Chỉ thị của huyện triển khai theo kế hoạch số mấy của UBND tỉnh Bắc Kạn?")
    assert "154/KH-UBND" in answer.answer and answer.citations[0].clause_id.startswith("ct-03:")


def test_a_plan_asked_of_in_the_words_cadres_use_for_its_venue_its_guests_its_rates_and_its_bearer(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "31/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Tháng Nhân đạo năm 2027",
                   "1. Lễ phát động Tháng Nhân đạo cấp tỉnh\n\nĐịa điểm: Quảng trường trung tâm huyện Đông Hà. Trường "
                   "hợp mưa lớn, chuyển vào Hội trường Huyện ủy Đông Hà.\n\nThành phần: khoảng 300 đại biểu.\n\n"
                   "2. Hỗ trợ nhà ở\n\nXây mới nhà Chữ thập đỏ với mức hỗ trợ 50.000.000 đồng/nhà, sửa chữa nhà với "
                   "mức 20.000.000 đồng/nhà.\n\nNhà bị sập đổ, cháy hoàn toàn được hỗ trợ tối đa 15.000.000 đồng/hộ.\n\n"
                   "3. Chỉ tiêu giao cho Hội Chữ thập đỏ các huyện\n\nCác đơn vị vượt chỉ tiêu vận động từ 20% trở lên "
                   "được xem xét đề nghị Trung ương Hội tặng Bằng khen.\n\n4. Trao quà\n\nQuà của Trung ương Hội do đồng "
                   "chí Nguyễn Thị Lan, Phó Chủ tịch Hội Chữ thập đỏ tỉnh trực tiếp trao tại xã Yên Lạc.",
                   "Lê Thị Hoa")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "kh-31.txt", text), {
        # "chỗ nào" asks a place, "hôm" names the day of the event after it, and an event moved has its new venue
        "Nếu hôm phát động trời mưa lớn thì chuyển địa điểm vào chỗ nào?": "Chuyển vào Hội trường Huyện ủy Đông Hà [1].",
        # "ra quân" is the launch
        "Lễ ra quân có bao nhiêu đại biểu dự?": "300 đại biểu [1].",
        # one of a unit word is the thing a rate is per ("1 căn nhà": "/nhà")
        "Xây mới 1 căn nhà chữ thập đỏ thì được hỗ trợ bao nhiêu tiền?": "50.000.000 đồng [1].",
        # a bound before the question word asks the sum; a verb's result after it ("cháy rụi") says the same case
        "Nhà bị cháy rụi hoàn toàn thì được hỗ trợ tối đa bao nhiêu?": "15.000.000 đồng [1].",
        # "ai" alone asks whoever does the work the question writes after it
        "Ai trực tiếp trao quà của Trung ương Hội cho bà con xã Yên Lạc?": "Nguyễn Thị Lan [1].",
    }, refused=(
        # a class the sentence opens on is its own subject, no body its heading names
        "Đơn vị nào đã được Trung ương Hội tặng bằng khen?",
    ))


def test_an_agency_s_tasks_in_a_named_movement_are_those_of_the_texts_on_it(tmp_path, corpus_embeddings):
    general = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "40/KH-UBND", "KẾ HOẠCH", "Thực hiện công tác nhân đạo năm 2027",
                      "1. Hội Chữ thập đỏ tỉnh tham gia các phong trào “Tết Nhân ái”, “Tháng Nhân đạo” và các cuộc vận "
                      "động nhân đạo khác.\n\n2. Sở Y tế chủ trì khám chữa bệnh nhân đạo cho người nghèo.", "Trần Văn Nam")
    movement = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "12/KH-CTĐ", "KẾ HOẠCH", "Tổ chức phong trào Tết Nhân ái năm 2027",
                       "1. Hội Chữ thập đỏ các huyện vận động quà Tết cho hộ nghèo, hoàn thành trước ngày 15/01/2027.\n\n"
                       "2. Sở Lao động - Thương binh và Xã hội rà soát danh sách hộ nghèo được tặng quà.", "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-40.txt", general, kh_12_txt=movement)
    # a text that lists the movement among others gives the Sở Y tế other work, none in it
    assert assistant.ask("Sở Y tế có nhiệm vụ gì trong phong trào Tết Nhân ái?").abstained
    labour = assistant.ask("Sở Lao động - Thương binh và Xã hội có nhiệm vụ gì trong phong trào Tết Nhân ái?")
    assert [c.clause_id for c in labour.citations] == ["kh-12:2"]


def test_who_attended_has_no_task_and_a_law_no_text_holds_is_not_answered_from_others(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "418-TB/TU", "THÔNG BÁO", "Kết luận của Thường trực Tỉnh ủy về công tác Hội Chữ thập đỏ",
                   "Ngày 06 tháng 4 năm 2027, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Hội Chữ thập đỏ tỉnh. Dự "
                   "buổi làm việc có lãnh đạo Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy.\n\n"
                   "1. Ban Tuyên giáo Tỉnh ủy chỉ đạo tuyên truyền Luật Hoạt động chữ thập đỏ đến cán bộ, đảng viên.\n\n"
                   "2. Hội Chữ thập đỏ tỉnh bảo vệ quyền và lợi ích hợp pháp của hội viên, phát triển hội viên mới.",
                   "Nguyễn Đình Khải", board="T/L BAN THƯỜNG VỤ")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-418.txt", text)
    # a text's preamble gives no one work: those it says attended have none
    assert assistant.ask("Ban Tổ chức Tỉnh ủy được giao nhiệm vụ gì trong thông báo kết luận?").abstained
    assert [c.clause_id for c in assistant.ask("Ban Tuyên giáo Tỉnh ủy có nhiệm vụ gì?").citations] == ["tb-418:1"]
    # a law asked of by a name no text holds is beyond the corpus; one a text names is read where it is named
    assert assistant.ask("Theo Luật Hội Chữ thập đỏ thì hội viên có những quyền gì?").abstained
    assert not assistant.ask("Luật Hoạt động chữ thập đỏ được tuyên truyền đến ai?").abstained


def test_a_figure_for_the_body_at_another_level_or_for_all_together_is_none_for_one_asked(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "420-TB/TU", "THÔNG BÁO", "Kết luận về công tác Hội Chữ thập đỏ",
                   "1. Sở Nội vụ chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh rà soát, tham mưu bố trí đủ 04 biên chế còn "
                   "thiếu của cơ quan Hội Chữ thập đỏ tỉnh.\n\n2. Trong 05 năm, vận động \"Tết Nhân ái\" hỗ trợ 186.300 lượt "
                   "hộ nghèo với tổng trị giá 97,3 tỷ đồng.", "Nguyễn Đình Khải", board="T/L BAN THƯỜNG VỤ")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "tb-420.txt", text),
               {"Sở Nội vụ phải bố trí thêm mấy biên chế cho Hội CTĐ tỉnh?": "04 biên chế [1]."},
               refused=(
                   # the province Hội's staff are none of the districts'
                   "Sở Nội vụ phải bố trí thêm mấy biên chế cho Hội CTĐ các huyện?",
                   # a total is no gift's worth ("quà" is no "qua")
                   "Mỗi suất quà Tết Nhân ái cho hộ nghèo trị giá bao nhiêu tiền?",
               ))


def test_speech_s_words_for_a_text_s_own_are_read_as_it_writes_them(tmp_path, corpus_embeddings):
    body = ("1. Hội Chữ thập đỏ tỉnh mở 04 lớp tập huấn chi hội trưởng mỗi năm, mỗi lớp 03 ngày, tổ chức tại Hội trường "
            "Tỉnh hội.\n\n2. Cho vay vốn sinh kế không tính lãi cho hộ cận nghèo, thời hạn 24 tháng, trả góp 04 kỳ.\n\n"
            "3. Tặng máy khâu cho phụ nữ đơn thân làm chủ hộ nghèo, trị giá không quá 7.000.000 đồng/hộ.\n\n"
            "4. Bò chết do lỗi của hộ: hộ phải bồi hoàn 70% giá trị con bò.\n\n"
            "5. Duy trì 38 điểm sơ cấp cứu trên các tuyến Quốc lộ 1 và Quốc lộ 7.\n\n"
            "6. Kinh phí tập huấn chi từ nguồn dự toán chi thường xuyên năm 2027 của Hội.\n\n"
            "7. Kho hàng cứu trợ của Hội đặt tại số 112 đường Lê Hồng Phong.\n\n"
            "8. Năm 2026, toàn tỉnh tiếp nhận 1.712 đơn vị máu.\n\n"
            "9. Thành lập mới 25 chi hội trong năm 2027 (huyện Hướng Hóa 14, huyện Đakrông 8, các địa phương khác 3).\n\n"
            "10. Hội cấp huyện thẩm định thực tế 100% hộ đề xuất nhận bò và tối thiểu 30% số hộ đề xuất các hình thức "
            "khác.\n\n11. Hỗ trợ chi hội trưởng của các chi hội thành lập mới mức 200.000 đồng/người/tháng.")
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "54/KH-CTĐ", "KẾ HOẠCH", "Hoạt động nhân đạo năm 2027", body,
                   "Lê Thị Hoa") + "\nNơi nhận:\n- Ủy ban MTTQ Việt Nam tỉnh;\n- Lưu: VT.\n"
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-54.txt", text)
    answers_as(assistant, {
        "vốn vay sinh kế ko lãi thì thời hạn vay là bao lâu": "24 tháng [1].",  # how long, not by when
        "Chị em đơn thân làm chủ hộ nghèo được tặng máy khâu trị giá tối đa bao nhiêu?": "7.000.000 đồng [1].",
        "Bò chết do lỗi của hộ thì hộ phải đền bao nhiêu?": "70% [1].",
        "Trên các tuyến QL1, QL7 có bao nhiêu điểm sơ cấp cứu?": "38 điểm [1].",
        "Kho hàng cứu trợ của Hội nằm ở đâu vậy?": "Tại số 112 đường Lê Hồng Phong [1].",
        "Năm 2026 vừa rồi toàn tỉnh tiếp nhận được bao nhiêu đơn vị máu?": "1.712 đơn vị [1].",
        # a check made on the spot ("thẩm định thực tế") asks no state of fact a plan has yet to reach; of two shares, the
        # one set at the bound asked
        "Hội huyện phải thẩm định thực tế tối thiểu bao nhiêu phần trăm số hộ đề xuất hình thức khác?": "30% [1].",
    })
    # a count broken down in brackets by place gives each place's part, and none of a place it does not name
    assert first_line(assistant, "Năm 2027 huyện Đakrông phải thành lập mới bao nhiêu chi hội?") == "8 [1]."
    assert assistant.ask("Năm 2027 huyện Gio Linh phải thành lập mới bao nhiêu chi hội?").abstained
    # a branch's head is no deputy
    assert first_line(assistant, "Chi hội trưởng chi hội mới thành lập được hỗ trợ bao nhiêu mỗi tháng?") == "200.000 đồng [1]."
    assert assistant.ask("Chi hội phó chi hội mới thành lập được hỗ trợ bao nhiêu mỗi tháng?").abstained
    # the source of a sum, asked "lấy ở đâu", is what the text names it by, no place
    assert "dự toán chi thường xuyên" in assistant.ask("Kinh phí tập huấn lấy ở đâu ra?").answer
    # a body the text is sent to is one it names
    sent = assistant.ask("Kế hoạch 54 có gửi cho Mặt trận tỉnh không?")
    assert not sent.abstained and "Ủy ban MTTQ Việt Nam tỉnh" in sent.answer


def test_a_letter_s_values_are_asked_of_in_the_words_speech_uses_for_them(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "47/HCTĐ-CTXH", "CÔNG VĂN",
                   "V/v tổ chức các hoạt động hưởng ứng Ngày Chữ thập đỏ thế giới 8/5 năm 2027",
                   "1. Tổ chức Lễ phát động Tháng Nhân đạo cấp tỉnh vào lúc 07 giờ 30 phút ngày 06/5/2027 tại Hội trường "
                   "Trung tâm Hội nghị tỉnh. Thành phần gồm lãnh đạo các sở, ngành; mỗi huyện cử 12 đại biểu.\n\n"
                   "2. Phân bổ 200 phần quà như sau: huyện Tân Sơn 15 phần, huyện Mỹ Lâm 18 phần.\n\n"
                   "3. Hỗ trợ phẫu thuật tim cho 36 trẻ em có hoàn cảnh khó khăn, mỗi trẻ 20.000.000 đồng.\n\n"
                   "4. Trạm Y tế xã Tân Phú: đồng chí Đinh Văn Tuấn, Trạm trưởng Trạm Y tế xã, phụ trách điểm sơ cứu.",
                   "Phạm Minh Trí") + "\nNơi nhận:\n- Trung tâm Y tế huyện Tân Sơn;\n- Lưu: VT.\n"
    answers_as(assistant_of(tmp_path, corpus_embeddings, "cv-47.txt", text), {
        # the participants a sentence lists ("Thành phần gồm …") are of the event the sentence before it names
        "Mỗi huyện được cử bao nhiêu người đi dự lễ phát động Tháng Nhân đạo?": "12 đại biểu [1].",
        "Huyện Mỹ Lâm được chia bao nhiêu suất quà?": "18 phần [1].",  # a portion, in either word for it
        "Hội hỗ trợ mổ tim cho bao nhiêu cháu?": "36 trẻ em [1].",  # children, as speech calls them
        "Trạm trưởng trạm y tế xã Tân Phú là ai?": "Đinh Văn Tuấn [1].",  # a post held by a person
        # "của Hội CTĐ tỉnh hướng dẫn …": the Hội guides, the letter's number is asked
        "Công văn của Hội CTĐ tỉnh hướng dẫn hưởng ứng ngày CTĐ 8/5 năm 2027 là số mấy?":
            "Công văn của Hội Chữ thập đỏ tỉnh Nam Sơn có số hiệu 47/HCTĐ-CTXH [1].",
        # whom it is sent to, asked yes or no by the kind of body (which names no text)
        "Công văn hưởng ứng ngày 8/5 có gửi cơ quan y tế tuyến huyện nào không?":
            "Công văn số 47/HCTĐ-CTXH của Hội Chữ thập đỏ tỉnh Nam Sơn được gửi tới: Trung tâm Y tế huyện Tân Sơn [1].",
        "Lễ phát động Tháng Nhân đạo bắt đầu từ hôm nào?": "07 giờ 30 phút ngày 06/5/2027 [1].",
    })


def test_a_text_in_hand_is_the_one_that_follows_a_text_of_the_kind_and_issuer_asked(tmp_path, corpus_embeddings):
    letter = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "47/HCTĐ-CTXH", "CÔNG VĂN", "V/v hưởng ứng Ngày Chữ thập đỏ thế giới 8/5",
                     "Thực hiện Công văn số 215/TWH-CTXH ngày 24/02/2027 của Ban Thường vụ Trung ương Hội Chữ thập đỏ Việt Nam "
                     "về việc hướng dẫn tổ chức các hoạt động hưởng ứng Ngày Chữ thập đỏ thế giới, Hội Chữ thập đỏ tỉnh "
                     "đề nghị:\n\n1. Hội Chữ thập đỏ các huyện tổ chức mít tinh trước ngày 08/5/2027.", "Phạm Minh Trí")
    district = written("ỦY BAN NHÂN DÂN HUYỆN TÂN SƠN", "1186/UBND-VX", "CÔNG VĂN", "V/v tổ chức Tháng Nhân đạo năm 2027",
                       "Thực hiện Kế hoạch số 71/KH-UBND ngày 29/3/2027 của Ủy ban nhân dân tỉnh Nam Sơn về tổ chức Tháng "
                       "Nhân đạo năm 2027, Ủy ban nhân dân huyện yêu cầu:\n\n1. Các xã tổ chức lễ phát động trước ngày "
                       "10/5/2027.", "Lê Văn Hòa", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-47.txt", letter, cv_1186_txt=district)
    # "văn bản này" names no text: the one that follows a text of the kind and the issuer the question describes
    answer = assistant.ask("Văn bản này triển khai theo công văn nào của Trung ương Hội?")
    assert [c.document_id for c in answer.citations] == ["cv-47"] and "215/TWH-CTXH" in answer.answer
    answer = assistant.ask("CV này triển khai theo kế hoạch nào của UBND tỉnh Nam Sơn?")
    assert [c.document_id for c in answer.citations] == ["cv-1186"] and "71/KH-UBND" in answer.answer
    # (of another province's, none)
    assert assistant.ask("CV này triển khai theo kế hoạch nào của UBND tỉnh Bắc Lâm?").abstained


def test_a_thing_asked_as_one_body_s_is_not_answered_by_the_same_thing_another_body_gives(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "412/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc khen thưởng công tác Chữ thập đỏ năm 2027",
                   "Điều 1. Tặng Cờ thi đua cho 03 tập thể và Bằng khen cho 26 cá nhân có thành tích xuất sắc.\n\n"
                   "Điều 2. Mức tiền thưởng:\n\n1. Cờ thi đua của Ủy ban nhân dân tỉnh: 7.020.000 đồng/tập thể.\n\n"
                   "2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 2.340.000 đồng/cá nhân.", "Lê Văn Hòa",
                   board="ỦY BAN NHÂN DÂN")
    over_text_answers_as(tmp_path, corpus_embeddings, "qd-412.txt", text, {
        "Cờ thi đua của UBND tỉnh kèm tiền thưởng bao nhiêu?": "7.020.000 đồng [1].",
    }, refused=("Cờ thi đua của Trung ương Hội CTĐ Việt Nam kèm tiền thưởng bao nhiêu?",
                "Mức thưởng Bằng khen của Thủ tướng Chính phủ cho cá nhân là bao nhiêu?"))


INSPECTIONS = (
    "**HỘI CHỮ THẬP ĐỎ VIỆT NAM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    "**BAN CHẤP HÀNH TỈNH TÂN HÀ** | **Độc lập - Tự do - Hạnh phúc**\n\nSố: 09/KH-CTĐ\n\n"
    "*Tân Hà, ngày 15 tháng 01 năm 2028*\n\n**KẾ HOẠCH**\n**Kiểm tra, giám sát năm 2028**\n\n"
    "Căn cứ Quy chế công tác kiểm tra, giám sát của Hội Chữ thập đỏ Việt Nam ban hành kèm theo Quyết định số "
    "118/QĐ-TWH ngày 20/4/2026 của Ban Thường vụ Trung ương Hội;\n\n"
    "Căn cứ Chương trình kiểm tra, giám sát nhiệm kỳ 2027 - 2032 số 02/CTr-CTĐ ngày 28/9/2027 của Ban Chấp hành Hội "
    "Chữ thập đỏ tỉnh Tân Hà;\n\n"
    "**I. NỘI DUNG VÀ THỜI GIAN**\n\n"
    "| STT | Đơn vị được giám sát | Nội dung | Thời gian |\n|---|---|---|---|\n"
    "| 1 | Hội Chữ thập đỏ huyện Tân Phước | Giám sát phong trào hiến máu tình nguyện | Tuần 2 tháng 6/2028 |\n"
    "| 2 | Hội Chữ thập đỏ huyện Cái Bè | Kiểm tra việc thực hiện kế hoạch năm | Ngày 13/3 đến ngày 15/3/2028 |\n\n"
    "**II. THÀNH PHẦN ĐOÀN**\n\n- Ông Lê Văn Tâm, Phó Chủ tịch Hội tỉnh - Trưởng đoàn;\n\n"
    "- Bà Đặng Thị Kim Loan, Kế toán Văn phòng Hội tỉnh - Thành viên;\n\n"
    "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Văn phòng Hội Chữ thập đỏ tỉnh**\n\n"
    "- Bố trí phương tiện đi lại, bảo đảm kinh phí cho các đoàn.\n\n"
    "**2. Hội Chữ thập đỏ các huyện được kiểm tra, giám sát**\n\n"
    "- Bố trí địa điểm làm việc tại trụ sở Hội cấp huyện.\n\n"
    "**3. Hội Chữ thập đỏ các huyện**\n\n"
    "- Căn cứ Kế hoạch này, xây dựng kế hoạch kiểm tra, giám sát năm 2028 của cấp mình, gửi về Ủy ban Kiểm tra Hội "
    "tỉnh trước ngày 31/01/2028.\n\n"
    "- Báo cáo sơ kết 6 tháng về Ủy ban Kiểm tra Hội tỉnh trước ngày 10/6/2028.\n\n"
    "Nơi nhận:\n- Ban Dân vận Tỉnh ủy Tân Hà;\n- Hội CTĐ các huyện;\n- Lưu: VT.\n\n"
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nTrần Thị Ngọc Hân\n"
)


def test_a_plan_of_inspections_is_asked_of_in_the_words_cadres_use(tmp_path, corpus_embeddings):
    """What a plan in hand is sent to, a post after a comma, tasks "được giao làm những việc gì", a deadline set in an
    item that opens "Căn cứ Kế hoạch này", a week of a month, a place made ready, texts its grounds describe before
    their numbers."""
    other = written("ỦY BAN NHÂN DÂN TỈNH TÂN HÀ", "31/KH-UBND", "KẾ HOẠCH", "Phòng, chống dịch năm 2028",
                    "1. Sở Tài chính bảo đảm kinh phí phòng, chống dịch.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-09.md", INSPECTIONS, kh_31_txt=other)
    answers_as(assistant, {
        "Bà Đặng Thị Kim Loan tham gia đoàn với chức danh gì?": "Kế toán Văn phòng Hội tỉnh - Thành viên [1].",
        "Hội CTĐ huyện phải gửi kế hoạch KTGS 2028 của mình lên tỉnh trước ngày nào?": "Ngày 31/01/2028 [1].",
        "Thời gian giám sát hiến máu tình nguyện ở Tân Phước là khi nào?": "Tuần 2 tháng 6/2028 [1].",
        "Hội cấp huyện được kiểm tra phải chuẩn bị chỗ làm việc ở đâu?": "Tại trụ sở Hội cấp huyện [1].",
        "Quy chế công tác kiểm tra giám sát được ban hành kèm theo quyết định số mấy?":
            "Số hiệu đầy đủ là Quyết định số 118/QĐ-TWH [1].",
        "Chương trình KTGS nhiệm kỳ 2027-2032 mà KH căn cứ vào có số hiệu là gì?":
            "Số hiệu đầy đủ là Chương trình số 02/CTr-CTĐ [1].",
    }, refused=("Sở Tài chính có trách nhiệm gì trong kế hoạch kiểm tra giám sát này?",))
    assert "Ban Dân vận Tỉnh ủy Tân Hà" in first_line(assistant, "Kế hoạch này có gửi cho Ban Dân vận Tỉnh ủy không?")
    office = assistant.ask("Văn phòng Hội tỉnh được giao làm những việc gì?")
    assert [c.clause_id for c in office.citations] == ["kh-09:iii.1.b1"]


def test_a_yearly_report_is_asked_of_in_the_words_cadres_use(tmp_path, corpus_embeddings):
    """A quarter of the year the question names, a figure of the whole province, a plan's day asked "dự kiến", what the
    body proposes in a part headed by whom it asks, a contest named in quotes."""
    report = ("HỘI CHỮ THẬP ĐỎ VIỆT NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "BAN THƯỜNG VỤ HỘI CTĐ TỈNH TÂN HÀ        Độc lập - Tự do - Hạnh phúc\n\n"
              "Số: 214/BC-HCTĐ                          Tân Hà, ngày 19 tháng 12 năm 2027\n\n"
              "BÁO CÁO\nTổng kết công tác Hội năm 2027, phương hướng năm 2028\n\n"
              "I. KẾT QUẢ NĂM 2027\n\n1. Phong trào \"Tết Nhân ái\" Xuân Đinh Mùi 2027 trao 38.600 suất quà, trị giá "
              "19,3 tỷ đồng.\n\n2. Tổ chức Hội thi \"Tuyên truyền viên Chữ thập đỏ giỏi\" cấp tỉnh với 06 đội tham gia; Hội "
              "Chữ thập đỏ huyện Lý Nhân đoạt giải Nhất.\n\nII. NHIỆM VỤ NĂM 2028\n\n1. Củng cố chi hội; hoàn thành rà soát, kiện toàn cán bộ chi "
              "hội trong quý I/2028; mở lớp bồi dưỡng cho chủ tịch Hội cấp xã.\n\n2. Tổ chức Lễ hội Xuân hồng năm 2028 "
              "vào ngày 05/3/2028.\n\nIII. KIẾN NGHỊ\n\n1. Đối với Ủy ban nhân dân tỉnh:\n\n- Giao bổ sung 02 biên chế "
              "cho cơ quan Hội Chữ thập đỏ tỉnh.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nTrần Thị Hồng Vân\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-214.txt", report)
    answers_as(assistant, {
        "Trong năm 2028 thì việc rà soát, kiện toàn cán bộ chi hội phải xong khi nào?": "Quý I/2028 [1].",
        "Tết Nhân ái 2027 toàn tỉnh trao được bao nhiêu suất quà?": "38.600 suất quà [1].",
        "Lễ hội Xuân hồng năm 2028 dự kiến tổ chức ngày nào?": "Ngày 05/3/2028 [1].",
        "Hội CTĐ tỉnh xin bổ sung mấy biên chế?": "02 biên chế [1].",
        # (a body with the name of its place; of a contest its quoted name says, not of another kind)
        "Hội thi tuyên truyền viên giỏi cấp tỉnh đơn vị nào đạt giải Nhất?": "Hội Chữ thập đỏ huyện Lý Nhân [1].",
    }, refused=("Hội thi sơ cấp cứu giỏi cấp tỉnh đơn vị nào đạt giải Nhất?",))


def test_a_rule_of_meetings_is_asked_of_in_the_words_cadres_use(tmp_path, corpus_embeddings):
    """"đủ điều kiện" of a meeting "hợp lệ", a share asked "khi có tỷ lệ … là bao nhiêu"."""
    rules = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "21/QĐ-CTĐ", "QUY CHẾ", "Làm việc của Ban Chấp hành",
                    "Điều 1. Điều kiện hợp lệ của phiên họp\n\n1. Phiên họp Ban Thường vụ hợp lệ khi có ít nhất 80% tổng số "
                    "ủy viên Ban Thường vụ dự họp.\n\n2. Nghị quyết của Ban Chấp hành được thông qua khi có trên 50% tổng "
                    "số ủy viên Ban Chấp hành tán thành.", "Trần Quốc Vinh")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "qc-21.txt", rules), {
        "Phiên họp BTV đủ điều kiện khi có tỷ lệ ủy viên dự là bao nhiêu?": "80% [1].",
        "Nghị quyết của BCH được thông qua khi tỷ lệ tán thành là bao nhiêu?": "50% [1].",
    })


def test_a_blood_festival_s_targets_and_support_are_asked_of_in_the_words_cadres_use(tmp_path, corpus_embeddings):
    """Support asked of "1 túi" (one unit, no case), a target given "cho" a body."""
    plan = written("BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN THÀNH PHỐ TÂN HÀ", "07/KH-BCĐ", "KẾ HOẠCH",
                   "Tổ chức Lễ hội Xuân hồng năm 2028",
                   "I. CHỈ TIÊU\n\n1. Tỷ lệ đơn vị máu có thể tích 350 ml trở lên đạt tối thiểu 70%; đơn vị máu 450 ml đạt "
                   "tối thiểu 15%.\n\n2. Giao chỉ tiêu tối thiểu cho Thành đoàn 1.200 đơn vị máu; Công an thành phố 350 đơn vị "
                   "máu.\n\nII. CHẾ ĐỘ ĐỐI VỚI NGƯỜI HIẾN MÁU\n\n1. Tiền hỗ trợ bồi dưỡng, đi lại:\n\na) Đơn vị máu 250 ml: "
                   "100.000 đồng;\n\nb) Đơn vị máu 350 ml: 150.000 đồng.", "Hoàng Thị Diệu Linh", board="BAN CHỈ ĐẠO")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "kh-07.txt", plan), {
        "Người hiến 1 túi 350 ml được hỗ trợ bồi dưỡng đi lại bao nhiêu tiền?": "150.000 đồng [1].",
        "Thành đoàn được giao chỉ tiêu tối thiểu bao nhiêu đơn vị máu?": "1.200 đơn vị [1].",
    })


def test_work_asked_in_a_matter_is_asked_of_the_text_about_it(tmp_path, corpus_embeddings):
    guide = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "27/HD-CTĐ", "HƯỚNG DẪN", "Thu, nộp, quản lý và sử dụng hội phí",
                    "1. Ban Tổ chức Hội Chữ thập đỏ tỉnh tổng hợp số thu hội phí của các huyện trước ngày 15/12 hằng "
                    "năm.\n\n2. Hội Chữ thập đỏ các huyện nộp 30% số hội phí thu được về tỉnh; việc quản lý hội phí "
                    "phải công khai.", "Lê Thị Thu Hương")
    plan = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "88/KH-UBND", "KẾ HOẠCH", "Tăng cường công tác Chữ thập đỏ năm 2027",
                   "1. Hội Chữ thập đỏ tỉnh vận động hội viên đóng hội phí đầy đủ, làm tốt việc quản lý các nguồn "
                   "thu.\n\n2. Sở Tài chính tham mưu bố trí kinh phí hoạt động cho Hội Chữ thập đỏ tỉnh.",
                   "Nguyễn Văn Bình", board="ỦY BAN NHÂN DÂN")
    blood = written("BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN TỈNH NAM SƠN", "12/KH-BCĐ", "KẾ HOẠCH",
                    "Tổ chức Ngày hội Giọt hồng năm 2027",
                    "1. Sở Y tế bảo đảm đủ túi máu, sinh phẩm cho Ngày hội.\n\n2. Công an tỉnh bảo đảm an ninh, trật "
                    "tự tại điểm hiến máu.", "Trần Văn Minh", board="BAN CHỈ ĐẠO")
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-27.txt", guide, kh_txt=plan, **{"kh-12_txt": blood})
    # the plan names the fee once and gives the Sở Tài chính other work; the guide on the fee gives it none
    assert assistant.ask("Sở Tài chính có trách nhiệm gì trong việc quản lý hội phí?").abstained
    office = assistant.ask("Ban Tổ chức Hội CTĐ tỉnh có trách nhiệm gì trong việc quản lý hội phí?")
    assert office.citations[0].clause_id == "hd-27:1"
    # asked without the matter, its work in any text
    assert [c.clause_id for c in assistant.ask("Sở Tài chính có nhiệm vụ gì?").citations] == ["kh:2"]


def test_a_swimming_plan_is_asked_in_words_of_its_own(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "21/KH-CTĐ", "KẾ HOẠCH", "Dạy bơi an toàn cho học sinh hè 2027",
                   "1. Đối tượng: học sinh từ lớp 3 đến lớp 8 tại các xã ven sông.\n\n"
                   "2. Thời lượng: mỗi học sinh học 12 buổi, mỗi buổi 45 phút; thực hành chiếm ít nhất 75% thời lượng.\n\n"
                   "3. Trường hợp thời tiết bất lợi (mưa lớn, nắng nóng trên 38°C), Ban Tổ chức được lùi lịch tối đa 04 "
                   "ngày.\n\n4. Thuê, lắp đặt mỗi bể bơi di động: không quá 25.000.000 đồng/bể/đợt.\n\n"
                   "5. Hội thi bơi cứu đuối: giải Nhất trị giá 5.000.000 đồng.\n\n"
                   "6. Hội Chữ thập đỏ tỉnh bảo đảm 430.000.000 đồng từ nguồn vận động và dự án tài trợ.", "Lê Văn Hải")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-21.txt", text, {
        "Học sinh khối lớp nào được học bơi?": "Theo Kế hoạch số 21/KH-CTĐ của Hội Chữ thập đỏ tỉnh Nam Sơn:",
        # a total for each one asked is set for each
        "Mỗi em học bơi tổng cộng được mấy buổi?": "12 buổi [1].",
        "Phần thực hành phải chiếm tối thiểu bao nhiêu?": "75% [1].",
        # "trời" names the weather "nắng nóng" says
        "Nếu trời nắng nóng thì được lùi lịch tối đa mấy ngày?": "04 ngày [1].",
        # "chi phí" is money, which a sum in đồng states
        "Chi phí thuê một bể bơi di động tối đa bao nhiêu?": "25.000.000 đồng [1].",
    }, refused=(
        "Giải nhì hội thi bơi cứu đuối được thưởng bao nhiêu?",  # a prize's sum is not another prize's
        "Trong 430 triệu của Hội thì riêng dự án tài trợ là bao nhiêu?",  # the question's own sum is no answer
    ))


def test_a_relief_rule_is_asked_of_in_kinds_ends_and_multiples(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "62/QyĐ-CTĐ", "QUY ĐỊNH", "Quản lý hàng cứu trợ",
                   "1. Thời gian lưu kho đối với lương thực, thực phẩm không quá 40 ngày; các loại hàng hóa khác không "
                   "quá 120 ngày kể từ ngày nhập kho.\n\n2. Nhà Chữ thập đỏ được khởi công trong tháng 6/2027 và bàn giao "
                   "chậm nhất ngày 31/10/2027.\n\n3. Trường hợp thiệt hại đặc biệt nghiêm trọng, Ban Thường vụ quyết định "
                   "mức hỗ trợ cao hơn nhưng không quá 2 lần mức quy định.\n\n4. Lễ trao nhà: 08 giờ 00 phút, ngày "
                   "05/11/2027, tại Hội trường Ủy ban nhân dân xã.", "Lê Văn Hải")
    over_text_answers_as(tmp_path, corpus_embeddings, "qyd-62.txt", text, {
        # a rule for the class ("lương thực, thực phẩm") is said of its kinds; "các loại hàng hóa khác" are the rest
        "Gạo, mì tôm nhập kho được để tối đa bao lâu?": "40 ngày [1].",
        # "muộn nhất" asks the deadline, as "chậm nhất" does: the day with the words that open it
        "Nhà Chữ thập đỏ phải bàn giao muộn nhất là khi nào?": "Chậm nhất ngày 31/10/2027 [1].",
        "Ban Thường vụ được nâng mức hỗ trợ tối đa gấp mấy lần?": "2 lần [1].",
        # "bắt đầu" says which end of the time is asked
        "Mấy giờ thì bắt đầu lễ trao nhà?": "08 giờ 00 phút [1].",
    })


def test_a_half_year_report_gives_what_was_reached_of_the_class_asked(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "118/BC-CTĐ", "BÁO CÁO", "Sơ kết công tác Hội 6 tháng đầu năm 2027",
                   "1. Kết nạp mới 2.150 hội viên, đạt 61,4% kế hoạch năm (kế hoạch 3.500 hội viên); thành lập mới 9 "
                   "chi hội.\n\n2. Tiếp nhận 9.100 đơn vị máu; tỷ lệ đơn vị máu có thể tích từ 350 ml trở lên đạt 66,2%.\n\n"
                   "3. Tháng 8: Lễ hội Giọt hồng năm 2027 tại Quảng trường tỉnh (mục tiêu 1.200 đơn vị máu).",
                   "Đinh Văn Quyết")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-118.txt", text, {
        # what was reached, not the year's target in brackets
        "Kết nạp hội viên mới 6 tháng đầu năm được bao nhiêu người?": "2.150 hội viên [1].",
        "Tỷ lệ đơn vị máu 350ml trở lên đạt bao nhiêu %?": "66,2% [1].",
        # "đặt mục tiêu" sets the target ("đạt" would reach it): the target in brackets is the one asked
        "Lễ hội Giọt hồng năm nay đặt mục tiêu bao nhiêu đơn vị máu?": "1.200 đơn vị [1].",
    }, refused=("Tỷ lệ đơn vị máu 450ml trở lên đạt bao nhiêu %?",))  # a share of a narrower class is none stated



def test_a_text_another_rests_on_is_asked_of_by_what_it_is_about(tmp_path, corpus_embeddings):
    plan = written("HỘI CHỮ THẬP ĐỎ HUYỆN TÂN SƠN", "09/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Tháng Nhân đạo năm 2027",
                   "Căn cứ Kế hoạch số 27/KH-TWH ngày 12/02/2027 của Trung ương Hội Chữ thập đỏ Việt Nam về tổ chức các "
                   "hoạt động Tháng Nhân đạo năm 2027; căn cứ Kế hoạch số 46/KH-UBND ngày 24/02/2027 của Ủy ban nhân dân "
                   "tỉnh về vận động hiến máu tình nguyện năm 2027, Hội Chữ thập đỏ huyện xây dựng kế hoạch như sau:\n\n"
                   "1. Hội Chữ thập đỏ các xã tổ chức lễ phát động trước ngày 10/5/2027.", "Lương Thị Nguyệt")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-09.txt", plan)
    # the plan of the Trung ương Hội the district's rests on, not the district's own on the same month
    assert first_line(assistant, "Kế hoạch của Trung ương Hội về tháng nhân đạo 2027 mà huyện căn cứ là số mấy?") \
        == "Số hiệu đầy đủ là Kế hoạch số 27/KH-TWH [1]."
    # a kind written by its abbreviation in capitals; "là" names the text asked, not one the plan is about
    assert "46/KH-UBND" in first_line(assistant, "KH của UBND tỉnh về vận động hiến máu năm 2027 mà huyện căn cứ là KH số mấy?")


def test_damage_and_a_red_cross_house_are_asked_of_in_their_other_words(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "62/QyĐ-CTĐ", "QUY ĐỊNH", "Mức hỗ trợ cứu trợ",
                   "1. Nhà bị hư hỏng nặng (từ 50% trở lên): 5.000.000 đồng/hộ.\n\n2. Hộ có nhà bị sập được xem xét xây "
                   "mới Nhà Chữ thập đỏ với mức 60.000.000 đồng/căn, diện tích sử dụng tối thiểu 30 m2.", "Lê Văn Hải")
    over_text_answers_as(tmp_path, corpus_embeddings, "qyd-62.txt", text, {
        "Nhà hư hại trên 50% được hỗ trợ mấy triệu/hộ?": "5.000.000 đồng [1].",  # "hư hại" is "hư hỏng"
        # "Nhà CTĐ" is the house named after the Red Cross, not a house of the Hội
        "Nhà CTĐ xây mới phải có diện tích sử dụng tối thiểu bao nhiêu mét vuông?": "30 m2 [1].",
    })


def test_a_figure_s_period_is_the_one_its_own_part_of_the_sentence_says(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "118/BC-CTĐ", "BÁO CÁO", "Sơ kết 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2027",
                   "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM\n\n1. Tiếp nhận 9.100 đơn vị máu.\n\n"
                   "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM\n\n1. Tiếp nhận tối thiểu 8.000 đơn vị máu, phấn đấu cả năm 2027 đạt "
                   "17.100 đơn vị máu trở lên.\n\n2. Tổ chức Hành trình Đỏ ngày 21/7/2027, phấn đấu tiếp nhận 700 đơn vị "
                   "máu.", "Đinh Văn Quyết")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-118.txt", text, {
        "6 tháng cuối năm phải tiếp nhận tối thiểu bao nhiêu đơn vị máu?": "8.000 đơn vị [1]."})


def test_the_elderly_asked_of_as_speech_calls_them_are_counted_only_as_the_elderly(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "38/TTr-CTĐ", "TỜ TRÌNH", "Về chăm sóc người cao tuổi cô đơn năm 2028",
                   "1. Năm 2027, Hội Chữ thập đỏ các cấp mới hỗ trợ thường xuyên được 520 người cao tuổi cô đơn; số bị "
                   "bệnh nằm liệt giường là 410 người.\n\n2. Mở 02 lớp tập huấn cho 65 học viên là tình nguyện viên chăm "
                   "sóc người cao tuổi.", "Lâm Thị Hoa")
    over_text_answers_as(tmp_path, corpus_embeddings, "ttr-38.txt", text, {
        "Năm 2027 Hội CTĐ các cấp hỗ trợ thường xuyên được bao nhiêu cụ cô đơn?": "520 người [1].",
        "Có bao nhiêu cụ cô đơn nằm liệt giường?": "410 người [1].",
    }, refused=("Lớp tập huấn có bao nhiêu cụ tham gia?",))  # the trainees are no elderly


def test_a_kind_and_a_file_are_named_by_what_follows_them(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "27/HD-CTĐ", "HƯỚNG DẪN", "Thu, nộp hội phí",
                   "1. Chi hội ghi chép vào Sổ theo dõi thu hội phí của chi hội (Mẫu 01/HP).\n\n2. Hội Chữ thập đỏ cấp huyện "
                   "gửi báo cáo hội phí về Ban Tổ chức qua thư điện tử bantochuc@ctdnamson.org.vn trước ngày 15/12.",
                   "Lê Thị Thu Hương")
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-27.txt", text)
    assert first_line(assistant, "Huyện gửi file báo cáo hội phí qua địa chỉ email nào?") == "bantochuc@ctdnamson.org.vn [1]."
    assert [c.clause_id for c in assistant.ask("Mẫu 01/HP là loại sổ gì?").citations] == ["hd-27:1"]


def test_a_case_set_before_thi_and_a_force_named_by_its_work_are_asked_of_in_speech(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "41/QyĐ-CTĐ", "QUY ĐỊNH", "Quản lý nguồn cứu trợ",
                   "1. Tiền mặt tiếp nhận trực tiếp được nộp vào tài khoản của Hội chậm nhất 02 ngày làm việc kể từ ngày "
                   "nhận.\n\n2. Kiện toàn 08 đội ứng phó thảm họa với 164 thành viên.", "Lê Văn Hải")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qyd-41.txt", text)
    # before "thì", the case the money comes in; the work asked ("nộp vào tài khoản") comes after the question phrase
    assert first_line(assistant, "Nhận tiền mặt ủng hộ thì trong bao lâu phải nộp vào tài khoản?") == "02 ngày làm việc [1]."
    # "lực lượng ứng phó": the people who respond, which a text counts by its teams
    forces = assistant.ask("Quy định nói gì về lực lượng ứng phó thảm họa?")
    assert [c.clause_id for c in forces.citations][:1] == ["qyd-41:2"]


def test_a_first_aid_letter_is_asked_of_in_the_words_cadres_use(tmp_path, corpus_embeddings):
    text = written("SỞ Y TẾ TỈNH NAM SƠN", "1386/SYT-NVY", "CÔNG VĂN", "V/v hướng dẫn các điểm sơ cấp cứu hè 2027",
                   "1. Ghi chép: người trực ghi vào Sổ theo dõi sơ cấp cứu. Sổ được lưu tại Trung tâm Y tế trong thời hạn "
                   "02 năm.\n\n2. Mỗi điểm sơ cấp cứu được trang bị 01 túi sơ cấp cứu theo danh mục sau:\n\n"
                   "| STT | Tên thuốc, vật tư | Đơn vị tính | Số lượng |\n|---|---|---|---|\n"
                   "| 1 | Oresol 245 (gói pha 200 ml) | Gói | 30 |\n| 2 | Paracetamol 500 mg | Viên | 100 |\n\n"
                   "3. Khi có trường hợp đuối nước, Trung tâm Y tế báo cáo qua điện thoại cho Trực lãnh đạo Sở Y tế trong "
                   "vòng 02 giờ.", "Nguyễn Hữu Trường")
    over_text_answers_as(tmp_path, corpus_embeddings, "cv-1386.txt", text, {
        "Sổ theo dõi sơ cấp cứu phải lưu giữ tại TTYT trong bao lâu?": "02 năm [1].",  # "lưu giữ" is "lưu"
        # (each point's, as the line the table is under says: "Mỗi điểm … theo danh mục sau:")
        "Túi sơ cấp cứu mỗi điểm có bao nhiêu gói oresol?": "30 [1].",
        # "trong vòng bao lâu" asks a duration; "ca" of "ca đuối nước" is one case of what is named after it
        "Có ca đuối nước thì TTYT phải báo qua điện thoại cho lãnh đạo Sở trong vòng bao lâu?": "02 giờ [1].",
    })


def test_a_five_year_review_is_asked_of_its_totals_and_places(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "318-BC/TU", "BÁO CÁO", "Tổng kết 5 năm thực hiện Chỉ thị số 19-CT/TW",
                   "1. Tiếp nhận 89.919 đơn vị máu trong giai đoạn 2022 - 2027. Điểm hiến máu cố định được đặt tại Trung "
                   "tâm Hiến máu nhân đạo tỉnh, số 12 đường Phú Riềng Đỏ.\n\n2. Xây dựng mới và sửa chữa 610 căn nhà nhân "
                   "đạo, tổng giá trị 42.540 triệu đồng.", "Lâm Quang Thiện", board="BAN THƯỜNG VỤ")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-318.txt", text, {
        # "5 năm" counts years: no label of a phase ("giai đoạn 5") a text must write
        "Cả giai đoạn 5 năm hiến máu tình nguyện thu được tổng cộng bao nhiêu đơn vị?": "89.919 đơn vị [1].",
        # "trong 5 năm" is the period the figure covers; "mới" is new, not "mỗi" (each): the figure is the total
        "Tổng số nhà nhân đạo xây mới và sửa chữa trong 5 năm là bao nhiêu căn?": "610 căn nhà [1].",
        "Điểm hiến máu cố định của tỉnh nằm ở địa chỉ nào vậy?": "Số 12 đường Phú Riềng Đỏ [1].",  # "nằm ở": where it lies
    })


def test_a_pause_is_asked_of_by_what_is_not_taken_part_in(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "09/CTr-CTĐ", "CHƯƠNG TRÌNH", "Công tác năm 2028",
                   "1. Tổ chức phát động Tháng Nhân đạo cấp tỉnh năm 2028 vào ngày 05/5/2028 tại thành phố Nam Sơn.\n\n"
                   "2. Tình nguyện viên không tham gia hoạt động 02 tháng liên tục thì tạm dừng hưởng hỗ trợ.", "Đàm Thị Quyên")
    over_text_answers_as(tmp_path, corpus_embeddings, "ctr-09.txt", text, {
        # "không hoạt động" is said by "không tham gia hoạt động": the same case, not the other
        "TNV nghỉ không hoạt động mấy tháng liền thì bị tạm dừng hỗ trợ?": "02 tháng [1].",
    })


def test_a_figure_is_of_the_year_the_bracket_right_after_it_dates(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "318-BC/TU", "BÁO CÁO", "Tổng kết 5 năm thực hiện Chỉ thị số 19-CT/TW ngày 08/4/2022",
                   "1. Tổng số hội viên tăng từ 47.102 người (tháng 3/2022) lên 58.204 người (31/3/2027); tỷ lệ hội viên so "
                   "với dân số đạt 5,57%.", "Lâm Quang Thiện", board="BAN THƯỜNG VỤ")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-318.txt", text)
    assert first_line(assistant, "Tổng số hội viên toàn tỉnh tính đến cuối tháng 3/2027 là bao nhiêu người?").startswith(
        "58.204 người")
    assert first_line(assistant, "Tháng 3/2022 toàn tỉnh có bao nhiêu hội viên?").startswith("47.102 người")
    # (a bracket with figures of its own compares another year; it dates nothing before it)
    gifts = written("HỘI CHỮ THẬP ĐỎ XÃ Y TÝ", "57/BC-CTĐ", "BÁO CÁO", "Kết quả công tác Hội năm 2027",
                    "1. Chương trình Tết Nhân ái trao 640 suất quà, trị giá 384.000.000 đồng (Tết Bính Ngọ năm 2026 trao 575 "
                    "suất, trị giá 331.000.000 đồng).", "Hoàng Văn Khiêm")
    (tmp_path / "gifts").mkdir()
    answers_as(assistant_of(tmp_path / "gifts", corpus_embeddings, "bc-57.txt", gifts),
               {"Tết Nhân ái năm 2027 trao quà trị giá bao nhiêu tiền?": "384.000.000 đồng [1]."})


def test_a_budget_s_share_is_said_of_the_level_of_government_it_is_of(tmp_path, corpus_embeddings):
    text = written("HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN", "14/2027/NQ-HĐND", "NGHỊ QUYẾT", "Quy định mức hỗ trợ cán bộ Hội cấp xã",
                   "Điều 3. Chế độ\n\nThực hiện theo hướng dẫn của Trung ương Hội Chữ thập đỏ Việt Nam và Trung ương Mặt "
                   "trận.\n\nĐiều 4. Nguồn kinh phí\n\nKinh phí thực hiện Nghị quyết này được bố trí trong dự toán của ngân "
                   "sách cấp xã. Ngân sách tỉnh hỗ trợ có mục tiêu 70% kinh phí cho các xã chưa tự cân đối được ngân sách.\n\n"
                   "Điều 5. Báo cáo\n\nHằng năm báo cáo kết quả về Trung ương.", "Lê Minh Thuận",
                   board="HỘI ĐỒNG NHÂN DÂN")
    over_text_answers_as(tmp_path, corpus_embeddings, "nq-14.txt", text, {
        "Ngân sách tỉnh hỗ trợ bao nhiêu phần trăm kinh phí?": "70% [1].",
    }, refused=("Ngân sách trung ương hỗ trợ bao nhiêu phần trăm kinh phí thực hiện nghị quyết này?",))


def test_a_row_s_total_is_read_from_its_column_headed_cong(tmp_path, corpus_embeddings):
    text = written("SỞ Y TẾ TỈNH NAM SƠN", "1386/SYT-NVY", "CÔNG VĂN", "V/v hướng dẫn các điểm sơ cấp cứu hè 2027",
                   "1. Toàn tỉnh bố trí 46 điểm sơ cấp cứu, cụ thể:\n\n"
                   "| STT | Đơn vị | Cố định | Lưu động | Cộng | Địa điểm trọng điểm |\n|---|---|---|---|---|---|\n"
                   "| 1 | Huyện Tiền Hải | 4 | 6 | 10 | Bãi biển Đồng Châu |\n| 2 | Huyện Vũ Thư | 1 | 3 | 4 | Chùa Keo |",
                   "Nguyễn Hữu Trường")
    over_text_answers_as(tmp_path, corpus_embeddings, "cv-1386.txt", text, {
        "Huyện Tiền Hải được phân bao nhiêu điểm sơ cấp cứu ạ?": "10 [1].",  # the row's total, under "Cộng"
        "Huyện Tiền Hải có mấy điểm lưu động?": "6 [1].",  # (a column the question names)
    })


def test_members_admitted_are_read_from_a_column_of_new_members(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "118/BC-CTĐ", "BÁO CÁO", "Sơ kết 6 tháng đầu năm 2027",
                   "1. Kết quả theo đơn vị:\n\n| STT | Đơn vị | Hội viên mới (người) | Đơn vị máu |\n|---|---|---|---|\n"
                   "| 1 | Huyện Lạc Sơn | 289 | 904 |\n| 2 | Huyện Tân Lạc | 175 | 620 |\n\n2. Hội viên đóng hội phí đạt 92%.",
                   "Đinh Văn Quyết")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-118.txt", text, {
        "Huyện Lạc Sơn kết nạp mới bao nhiêu hội viên?": "289 người [1].",  # members admitted are the new members
    })


def test_each_subject_of_one_sentence_has_its_own_figure(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "09/CT-UBND", "CHỈ THỊ", "Về công tác hiến máu tình nguyện",
                   "1. Ủy ban nhân dân các huyện, thành phố\n\na) Mỗi huyện tổ chức ít nhất 05 đợt hiến máu lưu động "
                   "trong năm, thành phố Nam Sơn tổ chức ít nhất 09 đợt trong năm;\n\nb) Bố trí địa điểm, điện, nước "
                   "phục vụ các đợt hiến máu.", "Hà Văn Khải")
    over_text_answers_as(tmp_path, corpus_embeddings, "ct-09.txt", text, {
        # a number set "trong năm" is set for each year; each subject of the sentence has its own
        "Thành phố Nam Sơn mỗi năm phải tổ chức ít nhất mấy đợt hiến máu?": "09 đợt [1].",
    })


def test_the_holder_of_each_post_a_composition_lists_is_the_one_before_it(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "10/CT-UBND", "CHỈ THỊ", "Về kiện toàn Ban Chỉ đạo",
                   "1. Sở Y tế chủ trì tham mưu kiện toàn Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh. Ban Chỉ đạo "
                   "tỉnh do một Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban, Giám đốc Sở Y tế làm Phó Trưởng ban "
                   "thường trực, Chủ tịch Hội Chữ thập đỏ tỉnh làm Phó Trưởng ban.\n\n2. Công an tỉnh bảo đảm an ninh "
                   "tại các điểm hiến máu.", "Hà Văn Khải")
    over_text_answers_as(tmp_path, corpus_embeddings, "ct-10.txt", text, {
        "Trưởng ban chỉ đạo vận động hiến máu tỉnh là ai đảm nhiệm?": "Phó Chủ tịch Ủy ban nhân dân tỉnh [1].",
        "Phó Trưởng ban thường trực BCĐ tỉnh do ai đảm nhận?": "Giám đốc Sở Y tế [1].",
    })


def test_a_bound_is_asked_in_any_of_its_words_and_comrades_are_counted(tmp_path, corpus_embeddings):
    text = written("ĐẠI HỘI ĐẠI BIỂU HỘI CHỮ THẬP ĐỎ HUYỆN ĐÔNG SƠN", "01/NQ-ĐH", "NGHỊ QUYẾT", "Đại hội lần thứ V",
                   "Điều 1. Chỉ tiêu\n\n1. Mức hỗ trợ xây mới nhà Chữ thập đỏ tối thiểu 55 triệu đồng/căn.\n\n"
                   "Điều 2. Nhân sự\n\n1. Đại hội đã bầu Ban Chấp hành khóa V gồm 23 đồng chí.", "Lò Thị Mai",
                   board="ĐOÀN CHỦ TỊCH")
    over_text_answers_as(tmp_path, corpus_embeddings, "nq-01.txt", text, {
        "Hỗ trợ xây mới nhà CTĐ thấp nhất bao nhiêu tiền một căn?": "55 triệu đồng [1].",  # "thấp nhất": "tối thiểu"
        "Ban Chấp hành khóa V có bao nhiêu đồng chí?": "23 đồng chí [1].",  # comrades, no sum in "đồng"
    }, refused=("Hỗ trợ xây mới nhà CTĐ cao nhất bao nhiêu tiền một căn?",))  # a ceiling is no floor


def test_a_day_of_the_week_by_its_place_in_a_month_is_a_day(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "15/QĐ-UBND", "QUYẾT ĐỊNH", "Ban hành Quy chế phối hợp",
                   "Điều 6. Hoạt động nhân đạo\n\n1. Hằng năm, hai bên phối hợp tổ chức Lễ tưởng niệm nạn nhân tử vong "
                   "do tai nạn giao thông vào Chủ nhật thứ ba của tháng 11.\n\n2. Công an tỉnh cung cấp số liệu tai nạn "
                   "giao thông trước ngày 15/10 hằng năm.", "Hà Văn Khải")
    over_text_answers_as(tmp_path, corpus_embeddings, "qd-15.txt", text, {
        "Lễ tưởng niệm nạn nhân tai nạn giao thông tổ chức vào ngày nào trong năm?": "Chủ nhật thứ ba của tháng 11 [1].",
    })


def test_party_committees_and_databases_are_read_from_their_short_forms(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY NAM SƠN", "88-TB/TU", "THÔNG BÁO", "Kết luận của Thường trực Tỉnh ủy",
                   "1. Ban Dân vận Tỉnh ủy chủ trì theo dõi việc thực hiện Thông báo; định kỳ 06 tháng tổng hợp, báo cáo "
                   "Thường trực Tỉnh ủy.\n\n2. Công an tỉnh tra cứu Cơ sở dữ liệu quốc gia về dân cư để xác minh nhân thân "
                   "người bị nạn trong thời hạn 05 ngày làm việc.", "Phạm Minh Đức", board="BAN THƯỜNG VỤ")
    over_text_answers_as(tmp_path, corpus_embeddings, "tb-88.txt", text, {
        "Bao lâu thì Ban Dân vận tổng hợp báo cáo Thường trực TU một lần?": "Định kỳ 06 tháng [1].",
        "Công an tra cứu CSDL quốc gia về dân cư để xác minh nhân thân trong mấy ngày?": "05 ngày làm việc [1].",
    })


def test_individuals_are_people_counted_and_a_college_is_named_by_its_short_form(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "03/KH-CTĐ", "KẾ HOẠCH", "Ngày hội hiến máu năm 2027",
                   "1. Lễ khai mạc có phần tuyên dương 31 cá nhân tiêu biểu đã hiến máu từ 15 lần trở lên.\n\n"
                   "2. Lịch tiếp nhận máu:\n\n| STT | Ngày | Địa điểm | Đơn vị phụ trách |\n|---|---|---|---|\n"
                   "| 1 | 12/6/2027 | Trường Cao đẳng Y tế Nam Sơn | Tỉnh đoàn |\n"
                   "| 2 | 13/6/2027 | Bệnh viện Đa khoa tỉnh | Sở Y tế |", "Lò Văn Thắng")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-03.txt", text, {
        "Ở lễ khai mạc tuyên dương bao nhiêu người hiến máu tiêu biểu?": "31 cá nhân [1].",
        "Điểm hiến máu ở Trường CĐ Y tế Nam Sơn do đơn vị nào phụ trách?": "Tỉnh đoàn [1].",
    })


def test_the_occasion_pointed_at_is_the_one_of_the_text_in_hand(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "18/HD-CTĐ", "HƯỚNG DẪN", "Xét chọn, hỗ trợ xây dựng Nhà Chữ thập đỏ năm 2027",
                   "1. Nguồn kinh phí\n\nTổng kinh phí dự kiến: 4.200.000.000 đồng, từ các nguồn:\n\n- Trung ương Hội Chữ thập đỏ "
                   "Việt Nam hỗ trợ: 1.500.000.000 đồng;\n\n- Hội Chữ thập đỏ tỉnh vận động: 2.700.000.000 đồng.",
                   "Rơ Mah Thị Hiền")
    over_text_answers_as(tmp_path, corpus_embeddings, "hd-18.txt", text, {
        # "đợt này", "chương trình này": the occasion of the text in hand, no word its clauses must hold
        "TW Hội CTĐ VN hỗ trợ bao nhiêu tiền cho đợt này?": "1.500.000.000 đồng [1].",
        "Tổng kinh phí cho chương trình này là bao nhiêu?": "4.200.000.000 đồng [1].",
    })


def test_a_section_labelled_with_the_kind_asked_answers_for_the_issuer_not_for_another_agency(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "21/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Ngày hội hiến máu năm 2027",
                   "I. THỜI GIAN, ĐỊA ĐIỂM\n\n1. Thời gian: Ngày hội được tổ chức từ ngày 12/6/2027 đến hết ngày 14/6/2027.\n\n"
                   "II. CHỈ TIÊU\n\n1. Chỉ tiêu của Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh được giao riêng theo kế hoạch "
                   "của Ban Chỉ đạo.", "Lò Văn Thắng")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-21.txt", text, {
        "Hội CTĐ tỉnh tổ chức ngày hội vào ngày nào?": "Ngày 12/6/2027 đến hết ngày 14/6/2027 [1].",
    }, refused=("Bộ Chỉ huy Quân sự tỉnh được giao tổ chức điểm hiến máu vào ngày nào?",))


def test_the_text_in_hand_is_the_one_text_of_an_index_of_one(tmp_path, corpus_embeddings):
    guide = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "18/HD-CTĐ", "HƯỚNG DẪN", "Xét chọn, hỗ trợ xây dựng Nhà Chữ thập đỏ",
                    "1. Mức hỗ trợ xây mới: 60.000.000 đồng/nhà.", "Rơ Mah Thị Hiền")
    (tmp_path / "one").mkdir()
    one = assistant_of(tmp_path / "one", corpus_embeddings, "hd-18.txt", guide)
    assert "do Rơ Mah Thị Hiền" in first_line(one, "Văn bản do ai ký?")
    assert not one.ask("Văn bản này ban hành ngày nào vậy?").abstained
    # (of two texts, "văn bản" names neither)
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "20/KH-CTĐ", "KẾ HOẠCH", "Tháng Nhân đạo năm 2027",
                   "1. Vận động 2 tỷ đồng.", "Lê Văn Bình")
    (tmp_path / "two").mkdir()
    two = assistant_of(tmp_path / "two", corpus_embeddings, "hd-18.txt", guide, kh_20_txt=plan)
    assert two.ask("Văn bản này ban hành ngày nào vậy?").abstained
