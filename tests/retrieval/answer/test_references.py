from retrieval.models import Clause, Document
from retrieval.answer.references import DocumentDirectory, find_keys, kind_numbered, kinds_described, kinds_spelled, number_key, without_references
from retrieval.answer.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


def test_a_joint_texts_symbol_is_its_type():
    assert number_key("18/CTrPH-TWH-BGDĐT") == ("ctr", "18")  # chương trình phối hợp
    assert number_key("03/2016/TTLT-BYT-BTC") == ("tt", "3")  # thông tư liên tịch


def test_number_keys_of_full_numbers():
    assert number_key("981-CV/TU") == ("cv", "981")
    assert number_key("895/QĐ-TTg") == ("qd", "895")
    assert number_key("Số 100 - KH/TU") == ("kh", "100")
    assert number_key("02/CTrPH-CTĐ-BCH") == number_key("02/CTrPH-CTĐ")  # a symbol of three parts
    assert number_key("") is None


def test_references_in_every_form_people_type():
    text = "KL 44, Kết luận số 44-KL/TW, QĐ 895, công văn 981 và chi thi 43"
    assert find_keys(text, VOCABULARY) == [("kl", "44"), ("qd", "895"), ("cv", "981"), ("ct", "43")]
    # a kind's joint form before the number; a quy chế
    text = "Kế hoạch liên ngành 1846, kế hoạch liên tịch 07, Quy chế phối hợp 03"
    assert find_keys(text, VOCABULARY) == [("kh", "1846"), ("kh", "7"), ("qc", "3")]
    # its urgency before the number
    assert find_keys("Công văn hỏa tốc 187, công điện khẩn 14", VOCABULARY) == [("cv", "187"), ("cd", "14")]
    assert find_keys("kế hoạch năm 2025", VOCABULARY) == []  # a year is no number
    # the joint form's symbol typed as its abbreviation
    assert find_keys("KHLT so 21 ban hanh ngay nao, TTLT 03", VOCABULARY) == [("kh", "21"), ("tt", "3")]
    # a kind described, its number in brackets after it
    assert find_keys("Công văn hướng dẫn của TW Hội (số 215) ra ngày nào?", VOCABULARY) == [("cv", "215")]


def test_a_number_that_counts_something_is_no_reference():
    # "báo cáo 9 tháng" is a report of nine months, not Báo cáo số 9
    assert find_keys("Các huyện gửi báo cáo 9 tháng thực hiện Chỉ thị 09 trước ngày nào?", VOCABULARY) == [("ct", "9")]
    assert find_keys("kế hoạch 5 năm, tờ trình 2 lần, kế hoạch 30 triệu đồng, gửi BC 6 tháng", VOCABULARY) == []
    # words that date the text keep it one
    assert find_keys("Công văn 68 ngày 12/4/2024, Kế hoạch 45 năm 2024", VOCABULARY) == [("cv", "68"), ("kh", "45")]
    assert find_keys("Thông báo 112 quy định gì, Công văn 15 đồng ý gì", VOCABULARY) == [("tb", "112"), ("cv", "15")]
    # a campaign named a month is no length of time: "KH 41 Tháng Nhân đạo"
    assert find_keys("kh 41 thang nhan dao ban hanh ngay nao", VOCABULARY) == [("kh", "41")]
    # the years of a period a text is named by are no number: "Chương trình phối hợp 2027-2031"
    assert find_keys("Ai ký chương trình phối hợp 2027-2031?", VOCABULARY) == []
    assert find_keys("Kế hoạch 2027 - 2030 và Kế hoạch 27-KH/TU", VOCABULARY) == [("kh", "27")]


def test_a_reference_written_with_its_year_spans_the_year():
    from retrieval.answer.references import reference_spans
    plain = "trach nhiem gi theo quyet dinh 27/2024?"
    ((start, end, key),) = reference_spans(plain, VOCABULARY)
    assert (plain[start:end], key) == ("quyet dinh 27/2024", ("qd", "27"))


def test_directory_maps_numbers_places_and_mentions():
    documents = [
        Document(id="kh-lc", title="Kế hoạch", type="Kế hoạch", issuer="Ủy ban nhân dân tỉnh Lai Châu", implements=["895/QĐ-TTg"]),
        Document(id="cv-981", title="Công văn", type="Công văn", number="981-CV/TU", issuer="Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"),
        Document(id="bb", title="Bài", type="Bài báo"),
    ]
    mention = Clause(
        id="kh-lc:header", document_id="kh-lc", path=["header"], label="Phần đầu văn bản", start=0, end=10, kind="header",
        text="Thực hiện Quyết định số 895/QĐ-TTg, ngày 26/7/2023 của Thủ tướng Chính phủ ban hành kế hoạch",
    )
    directory = DocumentDirectory.build(documents, [mention], VOCABULARY)
    assert directory.by_key[("cv", "981")] == ["cv-981"]
    assert directory.implementing[("qd", "895")] == ["kh-lc"]
    assert directory.documents_named("kế hoạch của Lai Châu", VOCABULARY) == ["kh-lc"]
    assert directory.documents_named("cong van cua TP.HCM", VOCABULARY) == ["cv-981"]
    assert directory.documents_named("Bài báo nói gì?", VOCABULARY) == ["bb"]
    # a name's first words are not the name: "tỉnh Lai" does not name Lai Châu's plan for "tỉnh Lai Vung"
    assert directory.documents_named("văn bản của tỉnh Lai Vung", VOCABULARY) == []
    # generic administrative words single out nobody
    assert directory.documents_named("UBND thành phố phải làm gì", VOCABULARY) == []

    # a level after a kind of text picks the texts of that level; after an agency's name it is the agency's
    assert [level for _, _, level in directory.levels_named("cac ke hoach cap tinh")] == ["tinh"]
    assert directory.levels_named("phong tai chinh ke hoach cap huyen lam gi") == []

    # the texts of a level named with a kind are those of that kind; a level of a text to be sent names none
    assert directory.documents_named("Các kế hoạch cấp tỉnh", VOCABULARY) == ["kh-lc"]
    assert directory.documents_named("Hội cấp huyện gửi kế hoạch cấp tỉnh trước ngày nào?", VOCABULARY) == []

    (found,) = directory.mentions[("qd", "895")]
    assert (found.number, found.date, found.issuer) == ("895/QĐ-TTg", "2023-07-26", "Thủ tướng Chính phủ")



def test_a_cited_text_is_known_by_its_kind_whatever_its_symbol_and_by_its_issuer_across_a_line_s_wrap():
    text = ("Thực hiện Công văn số 215/TWH-CTXH ngày 24 tháng 02 năm 2027 của Ban Thường vụ Trung\nương Hội Chữ thập đỏ "
            "Việt Nam và Chương trình kiểm tra, giám sát nhiệm kỳ 2027 - 2032 số 02/CTr-CTĐ của Ban Chấp hành Hội tỉnh "
            "và Hướng dẫn số 05/HD-UBKT của Ủy ban Kiểm tra,")
    clause = Clause(id="cv-47:mo-dau.1", document_id="cv-47", path=["mở đầu", "1"], label="Phần mở đầu, đoạn 1", start=0,
                    end=len(text), kind="clause", text=text)
    directory = DocumentDirectory.build([Document(id="cv-47", title="Công văn", type="Công văn")], [clause], VOCABULARY)
    (letter,) = directory.mentions[("cv", "215")]  # a letter's symbol names its issuer, not its kind
    assert letter.issuer == "Ban Thường vụ Trung ương Hội Chữ thập đỏ Việt Nam"
    (programme,) = directory.mentions[("ctr", "2")]  # what it is about between its kind and its number
    assert programme.issuer == "Ban Chấp hành Hội tỉnh"  # up to the next text cited


def test_the_field_a_body_is_named_for_names_none_of_its_texts():
    documents = [Document(id="tt-21", title="Thông tư", type="Thông tư", issuer="Bộ Y tế")]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    assert directory.documents_named("Thông tư của Bộ Y tế quy định gì?", VOCABULARY) == ["tt-21"]
    assert directory.documents_named("Trạm Y tế xã phải làm gì?", VOCABULARY) == []


def test_laws_cited_by_name_are_known_by_their_name():
    grounds = Clause(
        id="qd:mo-dau.1", document_id="qd", path=["mở đầu", "1"], label="Phần mở đầu, đoạn 1", start=0, end=10,
        text="Căn cứ Luật Hoạt động chữ thập đỏ ngày 03 tháng 6 năm 2008; Luật Phòng, chống thiên tai năm 2013;",
    )
    duty = Clause(id="qd:1", document_id="qd", path=["1"], label="Điểm 1", start=10, end=20,
                  text="Các sở thực hiện đúng quy định của pháp luật và luật hiện hành.")
    directory = DocumentDirectory.build([Document(id="qd", title="Quyết định", type="Quyết định")], [grounds, duty], VOCABULARY)
    assert directory.laws == {"hoat dong chu thap do": ["qd:mo-dau.1"], "phong, chong thien tai": ["qd:mo-dau.1"]}
    question = "luat hoat dong chu thap do nam 2008 quy dinh hoi co nhung quyen gi"
    assert directory.laws_named(question) == [(0, 26, "hoat dong chu thap do")]
    assert directory.laws_named("luat giao thong duong bo quy dinh gi") == []  # a law the corpus never cites


def test_a_kind_of_text_written_as_the_verb_of_a_modal_names_no_text():
    documents = [Document(id="bc-96", title="Báo cáo", type="Báo cáo", issuer="Hội Chữ thập đỏ huyện"),
                 Document(id="tb-312", title="Thông báo", type="Thông báo", issuer="Huyện ủy")]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    assert directory.documents_named("Báo cáo sơ kết nêu những hạn chế gì?", VOCABULARY) == ["bc-96"]
    assert directory.documents_named("Theo thông báo kết luận, ai chủ trì?", VOCABULARY) == ["tb-312"]
    assert directory.documents_named("Sở Y tế phải báo cáo kết quả khi nào?", VOCABULARY) == []
    assert directory.documents_named("Hội phải thông báo lịch hiến máu trước mấy ngày?", VOCABULARY) == []


def test_a_joint_text_is_found_by_the_number_each_party_gave_it():
    joint = Document(id="khlt-db", title="Kế hoạch liên tịch", type="Kế hoạch liên tịch", number="2156/KHLT-SGDĐT",
                     joint_numbers=["74/KHLT-CTĐ"])
    directory = DocumentDirectory.build([joint], [], VOCABULARY)
    assert directory.by_key[("kh", "74")] == directory.by_key[("kh", "2156")] == ["khlt-db"]


def test_a_kind_named_with_a_place_picks_that_place_s_texts_of_the_kind():
    documents = [
        Document(id="kh-ns", title="Kế hoạch", type="Kế hoạch", issuer="Ủy ban nhân dân tỉnh Nam Sơn"),
        Document(id="khlt-bh", title="Kế hoạch liên tịch", type="Kế hoạch liên tịch", issuer="Hội Chữ thập đỏ tỉnh Bắc Hà"),
        Document(id="qd-bh", title="Quyết định", type="Quyết định", issuer="Ủy ban nhân dân tỉnh Bắc Hà"),
        *(Document(id=f"cv-{place}", title="Công văn", type="Công văn", issuer=f"Sở Y tế tỉnh {place}")
          for place in ("Đông Lâm", "Tây Sơn", "Hòa Bình", "Long Vĩnh")),
    ]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    # a "kế hoạch liên tịch" is a kế hoạch; the plan of another province is not named
    assert directory.documents_named("Sở Y tế Bắc Hà có nhiệm vụ gì trong kế hoạch trường học?", VOCABULARY) == ["khlt-bh"]
    assert directory.documents_named("kế hoạch nào nói về hiến máu?", VOCABULARY) == ["kh-ns", "khlt-bh"]
    # a kind the place's texts are not of narrows nothing
    assert directory.documents_named("quyết định của Nam Sơn nói gì?", VOCABULARY) == ["kh-ns"]
    # … but a fact asked of a text of that kind is asked of none of them
    named = directory.documents_named("quyết định của Nam Sơn số mấy?", VOCABULARY)
    assert directory.of_kind_named(named, "quyết định của Nam Sơn số mấy?", VOCABULARY) == []
    assert directory.of_kind_named(named, "kế hoạch của Nam Sơn số mấy?", VOCABULARY) == ["kh-ns"]
    assert directory.of_kind_named(named, "văn bản của Nam Sơn số mấy?", VOCABULARY) == ["kh-ns"]  # no kind named
    # the kind whose number is asked is the text asked
    question = "Kế hoạch của Nam Sơn được thông qua bằng quyết định số mấy?"
    assert directory.of_kind_named(named, question, VOCABULARY, number=True) == []
    assert directory.of_kind_named(named, question, VOCABULARY) == ["kh-ns"]  # (its date, its signer: the plan's)


def test_a_decision_that_issues_rules_is_the_text_a_question_naming_the_rules_means():
    documents = [Document(id="qd-86", title="Quyết định về việc ban hành Quy định quản lý, sử dụng nguồn vận động cứu trợ",
                          type="Quyết định", issuer="Hội Chữ thập đỏ tỉnh Vĩnh Long"),
                 Document(id="qd-12", title="Quyết định kiện toàn Ban Chỉ đạo", type="Quyết định", issuer="UBND tỉnh")]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    # "Quy định" is a kind of text ("Quy định số 07-QĐi/TW"), which a decision issues
    question = "Quy định quản lý nguồn cứu trợ do cơ quan nào ban hành?"
    assert directory.of_kind_named(["qd-86", "qd-12"], question, VOCABULARY) == ["qd-86"]


def test_a_kind_written_by_its_abbreviation_in_capitals_is_that_kind():
    # (the one whose number is asked: another names a text the question speaks of)
    assert kinds_spelled("KH của UBND tỉnh mà báo cáo căn cứ là KH số mấy?", VOCABULARY) \
        == "KH của UBND tỉnh mà báo cáo căn cứ là ke hoach số mấy?"
    assert kinds_spelled("Đã có ĐA số mấy?", VOCABULARY) == "Đã có ĐA số mấy?"  # ("đã" is a word)
    assert kind_numbered("Thông báo kết luận được nhắc tới trong CV là số mấy?", VOCABULARY, nearest=True) == ["tb"]
    # "là" names the text asked: the report citing it does not describe it
    assert kind_numbered("KH của UBND tỉnh mà báo cáo căn cứ là KH số mấy?", VOCABULARY, nearest=True) == ["kh"]
    # the text a clause "mà" opens says rests on it is asked, not the one resting
    question = "Chương trình phối hợp giữa Hội CTĐ tỉnh với Sở GD&ĐT mà KH này dựa vào là số bao nhiêu?"
    assert kind_numbered(question, VOCABULARY, nearest=True) == ["ctr"]


def test_a_notice_of_a_conclusion_is_the_conclusion_a_question_names():
    documents = [Document(id="tb-pt", title="Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về an sinh xã hội",
                          type="Thông báo", issuer="Văn phòng Ủy ban nhân dân tỉnh Phú Thọ"),
                 Document(id="tb-hn", title="Lịch tiếp nhận máu quý IV", type="Thông báo", issuer="Ban Chỉ đạo")]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    ids = ["tb-pt", "tb-hn"]
    assert directory.of_kind_named(ids, "Sở Y tế phải làm gì theo kết luận của Phó Chủ tịch?", VOCABULARY) == ["tb-pt"]
    assert directory.of_kind_named(ids, "thông báo nào nói về lịch hiến máu?", VOCABULARY) == ids


def test_an_issuer_named_with_a_place_names_none_of_another_place_s_texts():
    documents = [
        Document(id="hd-lc", title="Hướng dẫn", type="Hướng dẫn", issuer="Ban Tuyên giáo Tỉnh ủy", place="Lai Châu"),
        Document(id="cv-yb", title="Công văn", type="Công văn", issuer="Ủy ban nhân dân tỉnh Yên Bái", place="Yên Bái"),
        Document(id="kh-dl", title="Kế hoạch", type="Kế hoạch", issuer="Ban Thường vụ Tỉnh ủy Đắk Lắk", place="Buôn Ma Thuột"),
        Document(id="qd-dl", title="Quyết định", type="Quyết định", issuer="Ủy ban nhân dân tỉnh Đắk Lắk", place="Đắk Lắk"),
        *(Document(id=f"cv-{place}", title="Công văn", type="Công văn", issuer=f"Sở Y tế tỉnh {place}", place=place)
          for place in ("Đông Lâm", "Tây Sơn", "Long Vĩnh")),
    ]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    # the issuer's name leaves its place to the text's frame: named with another place, it names another body
    assert directory.documents_named("Ban Tuyên giáo Tỉnh ủy Yên Bái hướng dẫn gì?", VOCABULARY) == ["cv-yb"]
    assert directory.documents_named("Ban Tuyên giáo Tỉnh ủy Lai Châu hướng dẫn gì?", VOCABULARY) == ["hd-lc"]
    assert directory.documents_named("Ban Tuyên giáo Tỉnh ủy hướng dẫn gì?", VOCABULARY) == ["hd-lc"]
    # a text whose frame names its town, not its province, is the province's by its issuer's name
    assert set(directory.documents_named("văn bản của Đắk Lắk", VOCABULARY)) == {"kh-dl", "qd-dl"}


def test_a_text_s_number_is_no_value_a_question_states():
    vocabulary = load_vocabulary()
    assert without_references("Tình nguyện viên từ bao nhiêu tuổi thuộc đối tượng của NQ 18?", vocabulary) == \
        "Tình nguyện viên từ bao nhiêu tuổi thuộc đối tượng của ?"
    assert without_references("Kế hoạch 5 năm có mấy mục?", vocabulary) == "Kế hoạch 5 năm có mấy mục?"


def test_a_kind_and_a_topic_named_are_the_text_of_that_kind_on_it_and_a_decision_is_named_by_what_it_issues():
    documents = [
        Document(id="ct-09", title="Chỉ thị về tăng cường vận động hiến máu tình nguyện", type="Chỉ thị",
                 issuer="Ủy ban nhân dân tỉnh Khánh Hòa"),
        Document(id="kh-24", title="Kế hoạch triển khai Chỉ thị 09", type="Kế hoạch",
                 issuer="Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Khánh Hòa"),
        Document(id="qd-15", title="Quyết định liên tịch Ban hành Quy chế phối hợp công tác xã hội", type="Quyết định"),
    ]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    # "hiến máu" is a phrase of the plan's issuer: the kind named picks the directive whose title holds it
    assert directory.documents_named("Sở Nội vụ có nhiệm vụ gì trong chỉ thị hiến máu?", VOCABULARY) == ["ct-09"]
    assert directory.of_kind_named(["ct-09", "kh-24", "qd-15"], "Quy chế phối hợp ban hành ngày nào?", VOCABULARY) == ["qd-15"]


def test_the_kinds_a_question_asks_the_number_of_are_those_it_names_neither_by_number_nor_as_a_subject():
    assert kind_numbered("Quyết định khen thưởng căn cứ luật thi đua khen thưởng số mấy?", VOCABULARY) == ["qd", "l"]
    assert kind_numbered("giấy mời 58 thực hiện theo kế hoạch số mấy?", VOCABULARY) == ["kh"]
    assert kind_numbered("Báo cáo kết quả thực hiện chỉ thị 08 của Ban Dân vận số mấy?", VOCABULARY) == ["bc"]
    assert kind_numbered("Công văn của Sở Y tế về kế hoạch hiến máu số mấy?", VOCABULARY) == ["cv"]
    assert kind_numbered("Kế hoạch 312 giao Sở Y tế làm gì?", VOCABULARY) == []  # (no number asked)


def test_a_text_is_named_by_its_kind_and_its_mark_of_urgency():
    documents = [Document(id="cv-412", title="Công văn", type="Công văn", issuer="Hội Chữ thập đỏ tỉnh Nghệ An", urgency="Hỏa tốc"),
                 Document(id="cv-981", title="Công văn", type="Công văn", issuer="Thành ủy")]
    directory = DocumentDirectory.build(documents, [], VOCABULARY)
    assert directory.documents_named("Công văn hỏa tốc thực hiện công điện nào?", VOCABULARY) == ["cv-412"]
    assert directory.documents_named("cong van hoa toc ai ky", VOCABULARY) == ["cv-412"]
    assert directory.documents_named("Công điện hỏa tốc số mấy?", VOCABULARY) == []  # (no telegram is urgent)


def test_a_kind_of_text_written_as_a_verb_asks_no_number():
    question = "Công văn hỏa tốc đề nghị báo cáo thiệt hại sau bão số 5 số mấy?"
    assert kind_numbered(question, VOCABULARY, nearest=True) == ["cv"]  # "đề nghị báo cáo": reporting is asked for
    assert kind_numbered("Báo cáo sơ kết số mấy?", VOCABULARY, nearest=True) == ["bc"]


def test_a_kind_of_text_the_issuer_of_another_does_asks_no_number():
    # "của Hội CTĐ tỉnh hướng dẫn …": the Hội guides, in the công văn whose number is asked
    question = "Công văn của Hội CTĐ tỉnh hướng dẫn hưởng ứng ngày CTĐ 8/5 năm 2027 là số mấy?"
    assert kind_numbered(question, VOCABULARY, nearest=True) == ["cv"]
    assert kinds_described("Kế hoạch của UBND tỉnh triển khai nghị quyết về công tác Hội", VOCABULARY) == ["nghi quyet"]
    # (a text named by the means another is issued by stays the one asked)
    assert kind_numbered("UBND tỉnh phê duyệt đề án bằng quyết định số mấy?", VOCABULARY, nearest=True) == ["qd"]
