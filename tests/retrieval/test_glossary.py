"""The glossary of administrative Vietnamese, as the index and the question reader use it."""

from retrieval.glossary import load_glossary


def test_the_short_forms_a_text_writes_are_read_in_full_as_it_writes_them():
    glossary = load_glossary()
    text = "Trường THPT Hương Trà phối hợp với Hội CTĐ huyện và TTYT theo Kế hoạch số 86/KH-CTĐ."
    assert glossary.full_forms(text) == ["trung học phổ thông", "Hội Chữ thập đỏ", "Trung tâm Y tế"]
    # a house named after the Red Cross is no Hội's
    assert load_glossary().expand("Nhà CTĐ xây mới rộng bao nhiêu?") == "Nhà Chữ thập đỏ xây mới rộng bao nhiêu?"
    # a piece of a word in another case, or of a document's symbol, is no short form
    assert glossary.full_forms("thpt; 86/QĐ-CTĐ") == []


def test_a_short_form_with_đ_is_read_typed_with_d_as_a_question_without_diacritics_writes_it():
    glossary = load_glossary()
    assert glossary.expand("tong so hoi vien ctd hai phong") == "tong so hoi vien hoi chu thap do hai phong"
    assert glossary.expand("so gddt phai lam gi") == "so giao duc va dao tao phai lam gi"
    assert glossary.expand("Sở GD ĐT phải làm gì") == "Sở Giáo dục và Đào tạo phải làm gì"  # typed with a space for "&"
    assert glossary.expand("Hội CTĐ tỉnh") == "Hội Chữ thập đỏ tỉnh"
    assert glossary.expand("phòng chống SXH") == "phòng chống sốt xuất huyết"  # a disease by its initials
    assert glossary.expand("Phòng CSGT báo tin cho Hội") == "Phòng Cảnh sát giao thông báo tin cho Hội"
    assert glossary.expand("Hội NNCĐDC tỉnh gửi danh sách nạn nhân CĐDC") == \
        "Hội nạn nhân chất độc da cam tỉnh gửi danh sách nạn nhân chất độc da cam"
    # "ĐK" after a hospital is its "Đa khoa"; alone it may be "đăng ký" or "điều kiện" and stays as written
    assert glossary.expand("đường dây nóng của Bệnh viện ĐK tỉnh") == "đường dây nóng của Bệnh viện Đa khoa tỉnh"
    assert glossary.expand("hạn ĐK hiến máu") == "hạn ĐK hiến máu"
    assert glossary.expand("Hội CTĐ trường ĐHSP Huế") == "Hội Chữ thập đỏ trường Đại học Sư phạm Huế"


def test_a_short_form_typed_in_lowercase_that_spells_a_word_is_that_word():
    glossary = load_glossary()
    assert glossary.expand("ty le hoi co so hoan thanh tot nhiem vu") == "ty le hoi co so hoan thanh tot nhiem vu"  # "tốt"
    assert glossary.expand("lop TOT cua hoi ctd") == "lop tap huan giang vien nguon cua hoi chu thap do"
    assert glossary.expand("CTPH về TNV trẻ ký ngày nào") == "chương trình phối hợp về tình nguyện viên trẻ ký ngày nào"


def test_a_province_written_by_its_initials_is_read_by_its_name():
    glossary = load_glossary()
    assert glossary.expand("Sở Y tế tỉnh BR-VT") == "Sở Y tế tỉnh Bà Rịa - Vũng Tàu"
    assert glossary.expand("so y te tinh brvt phai lam gi") == "so y te tinh ba ria - vung tau phai lam gi"


def test_the_kinds_of_text_and_the_commands_of_disaster_work_are_read_by_their_short_forms():
    glossary = load_glossary()
    assert glossary.expand("BC tổng kết năm 2024") == "báo cáo tổng kết năm 2024"
    assert glossary.expand("kiện toàn BCH PCTT&TKCN huyện") == \
        "kiện toàn Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện"
    assert glossary.expand("học viên lớp TOT") == "học viên lớp tập huấn giảng viên nguồn"
    # a command written "BCH" before its name in full is a Ban Chỉ huy, not a Ban Chấp hành
    assert glossary.expand("báo cáo về BCH Phòng thủ dân sự thành phố") == \
        "báo cáo về Ban Chỉ huy Phòng thủ dân sự thành phố"
    assert glossary.expand("BCH Hội CTĐ tỉnh") == "Ban Chấp hành Hội Chữ thập đỏ tỉnh"
    # a national road written glued to its number, and a short form of a word written in full in the texts
    assert glossary.expand("các tuyến QL1A, QL 46") == "các tuyến quốc lộ 1A, quốc lộ 46"
    assert glossary.expand("đối tượng BTXH") == "đối tượng bảo trợ xã hội"


def test_a_loanword_of_speech_is_read_as_the_texts_write_it():
    glossary = load_glossary()
    assert glossary.expand("Hội nghị có họp online không?") == "Hội nghị có họp trực tuyến không?"
    assert glossary.expand("tap huan online o dau") == "tap huan truc tuyen o dau"
    assert glossary.expand("đăng ký onlineshop") == "đăng ký onlineshop"  # part of another word: as typed


def test_money_put_up_is_read_as_spent_and_the_party_committees_by_their_short_forms():
    glossary = load_glossary()
    assert glossary.expand("Ngân sách huyện bỏ ra bao nhiêu?") == "Ngân sách huyện chi bao nhiêu?"
    assert glossary.expand("Ban Dân vận TU báo cáo Thường trực HU") == "Ban Dân vận Tỉnh ủy báo cáo Thường trực Huyện ủy"
    assert glossary.expand("Kết luận số 58-KL/TU") == "Kết luận số 58-KL/TU"  # (inside a symbol: as written)
    assert glossary.expand("Tra cứu CSDL quốc gia") == "Tra cứu cơ sở dữ liệu quốc gia"


def test_chat_shorthand_is_read_in_full_but_not_inside_a_capitalised_name():
    glossary = load_glossary()
    assert glossary.expand("sv nam co hien mau dc ko") == "sv nam co hien mau duoc khong"
    assert glossary.expand("Ko có ai phụ trách à?") == "không có ai phụ trách à?"
    # "Ia Ko" is a commune's name, not "không"
    assert glossary.expand("Ai phụ trách xã Ia Ko?") == "Ai phụ trách xã Ia Ko?"


def test_an_everyday_word_that_makes_a_noun_with_the_word_before_it_stays_as_written():
    glossary = load_glossary()
    assert glossary.expand("Được dùng tiền quỹ vào việc gì?") == "Được sử dụng tiền quỹ vào việc gì?"
    assert glossary.expand("Đồ dùng học tập hỗ trợ bao nhiêu bộ?") == "Đồ dùng học tập hỗ trợ bao nhiêu bộ?"
    # a young child is "bé" in speech and "trẻ" in writing; "nhỏ bé" is small
    assert glossary.expand("Bé bị sốt phải nghỉ học mấy ngày?") == "trẻ bị sốt phải nghỉ học mấy ngày?"
    assert glossary.expand("Em bé được tiêm ở đâu?") == "trẻ em được tiêm ở đâu?"
    assert glossary.expand("Đóng góp nhỏ bé của hội viên") == "Đóng góp nhỏ bé của hội viên"


def test_a_unit_of_measure_said_of_a_quantity_is_read_as_the_texts_write_it():
    glossary = load_glossary()
    assert glossary.expand("Mỗi khẩu được mấy ký gạo?") == "Mỗi khẩu được mấy kg gạo?"
    assert glossary.expand("Xe bồn cấp bao nhiêu khối nước?") == "Xe bồn cấp bao nhiêu m3 nước?"
    assert glossary.expand("ở cách trên 30 cây số") == "ở cách trên 30 km"
    # said of no quantity, the word is another one: who signs, a bloc of bodies
    assert glossary.expand("Ai ký kế hoạch?") == "Ai ký kế hoạch?"
    assert glossary.expand("QĐ khen thưởng năm 2027 ký ngày mấy?").endswith("năm 2027 ký ngày mấy?")
    assert glossary.expand("các đơn vị khối văn hóa - xã hội") == "các đơn vị khối văn hóa - xã hội"


def test_a_joint_text_is_named_by_its_short_form():
    assert load_glossary().expand("Tổng kinh phí thực hiện KHLT là bao nhiêu?") == "Tổng kinh phí thực hiện kế hoạch liên tịch là bao nhiêu?"


def test_a_short_form_that_stands_for_other_words_too_is_read_in_full_only_where_it_points_at_a_text():
    glossary = load_glossary()
    assert glossary.expand("Ban Tuyên giáo được giao gì trong CT này?") == "Ban Tuyên giáo được giao gì trong chỉ thị này?"
    assert glossary.expand("CT 18 ban hành ngày nào?") == "chỉ thị 18 ban hành ngày nào?"
    assert glossary.expand("CT UBND tỉnh là ai?") == "CT Ủy ban nhân dân tỉnh là ai?"  # a chairman, as often
    assert glossary.full_forms("Thực hiện CT số 43 của Ban Bí thư") == ["chỉ thị"]
    assert glossary.full_forms("CT UBND tỉnh chủ trì") == ["Ủy ban nhân dân"]
