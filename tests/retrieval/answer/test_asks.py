"""What a question asks for is read from its question words; content words are what evidence must hold."""

import pytest

from retrieval.answer.asks import document_fact_or, read_ask
from retrieval.answer.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


@pytest.mark.parametrize(
    ("question", "kind", "name"),
    [
        ("Sở Giáo dục phải làm gì?", "tasks", None),
        ("Theo tờ trình, Sở Xây dựng được đề nghị giao nhiệm vụ gì?", "tasks", None),  # (where to look, asked nothing)
        ("Ban chỉ huy họp định kỳ ở đâu?", "value", "location"),  # ("định kỳ" says how often it meets, asks nothing)
        ("Ông Lương Văn Tình giữ vị trí gì trong Ban Tổ chức?", "value", "post"),
        ("Nhà bị tốc mái được hỗ trợ mấy triệu?", "value", "amount"),
        ("Xây mới nhà nhân đạo thì Hội hỗ trợ mỗi căn bao nhiêu?", "value", "amount"),  # what each one is given
        ("Phiên họp BTV đủ điều kiện khi có tỷ lệ ủy viên dự là bao nhiêu?", "value", "percentage"),  # the share asked
        ("Tết 2025 tổ chức bao nhiêu phiên chợ nhân đạo?", "value", "count"),  # "phiên" is no fee ("phí")
        ("TTYT cấp phát bao nhiêu hóa chất cho đợt 1?", "value", "count"),  # "cấp phát" (hands out) is no fine ("phạt")
        ("Không nộp báo cáo bị phạt bao nhiêu?", "value", "amount"),
        ("Công văn 2468 gửi những cơ quan, đơn vị nào?", "fact", "recipients"),  # kinds of body listed
        ("Kế hoạch có gửi cho Mặt trận tỉnh không?", "fact", "recipients"),  # "có" after the kind is a verb, no title
        ("Chương trình công tác 2028 có gửi Ban Dân vận Tỉnh ủy không?", "fact", "recipients"),  # (the body right after it)
        ("chuong trinh cong tac 2028 co gui ban dan van tinh uy khong", "fact", "recipients"),
        ("Các xã có gửi danh sách về huyện không?", "topic", None),  # a thing sent, by no text named
        ("Đợt 2 hiến máu rơi vào ngày nào?", "value", "day"),  # the day an event falls on
        ("Nhà phải bàn giao muộn nhất là khi nào?", "value", "time"),  # "muộn nhất" is "chậm nhất"
        ("Mức hỗ trợ được nâng tối đa gấp mấy lần?", "value", "coefficient"),  # a multiple of a base, no sum
        ("Thời gian thực hành phải chiếm tối thiểu bao nhiêu?", "value", "percentage"),  # the share a part takes
        ("Phần thi thực hành chiếm tối đa bao nhiêu điểm?", "value", "count"),  # what it takes in a unit it names
        ("Phần thực hành phải chiếm tối thiểu bao nhiêu thời gian?", "value", "percentage"),  # (time is no unit)
        ("Một suất cơm được tính bao nhiêu đồng?", "value", "amount"),  # "được tính" prices it: no verb a clause writes
        ("Công điện 14 gửi báo cáo những cơ quan trung ương nào?", "fact", "recipients"),  # the "(để b/c)" of Nơi nhận
        ("mau so 03 trong huong dan ho so la gi", "topic", None),  # "hồ sơ là gì" asks no text's number
        ("Kế hoạch 100 ban hành ngày nào?", "fact", "date"),
        ("Ai ký công văn 1277?", "fact", "signer"),
        ("Phó Giám đốc nào ký Kế hoạch liên tịch 2156?", "fact", "signer"),  # the signer by the post, "nào ký"
        ("Kế hoạch của tỉnh là thực hiện chỉ thị số mấy?", "fact", "implements"),  # the text it carries out, by number
        ("Nghị quyết căn cứ vào hướng dẫn số mấy của Trung ương Hội?", "fact", "implements"),  # the text it is based on
        ("Hội phải báo cáo UBND tỉnh trước ngày nào?", "value", "day"),
        ("Hội CTĐ huyện phải báo cáo trước mấy giờ?", "value", "time"),  # a time of day, not how long
        ("Nghị quyết được thông qua ở kỳ họp thứ mấy của HĐND tỉnh?", "value", "edition"),  # no day of the week
        ("Tình nguyện viên trực ở bãi biển được trả bao nhiêu/ngày?", "value", "amount"),  # how much a day, not how long
        ("Tiền hỗ trợ cho chủ tịch Hội CTĐ xã lấy từ ngân sách cấp nào?", "value", "body"),  # a level, whatever titles
        ("Kế hoạch liên tịch thì bên Sở Y tế đánh số mấy?", "fact", "number"),  # the number given, not a count
        ("Tờ trình xin kinh phí tập huấn gửi lên cơ quan nào?", "fact", "recipients"),  # whom it is submitted to
        ("cuoc hop ve cuu tro cua tinh hop o phong nao", "value", "location"),  # the room, typed bare
        ("Ai là đầu mối liên hệ ở Phòng Bảo trợ xã hội?", "value", "person"),  # a role a person holds
        ("Có vướng mắc thì liên hệ ai?", "value", "person"),  # whom to contact: the person a text names
        ("Người phát ngôn của Hội là ai?", "value", "person"),
        ("Mấy giờ?", "value", "time"),  # a time of day; "mất mấy giờ" asks how long
        ("Mực nước đỉnh triều dự báo bao nhiêu?", "value", "count"),  # "mực" (a level of water) is no "mức" (a sum's)
        ("Mức quà Tết là bao nhiêu?", "value", "amount"),
        ("Ban nào là đầu mối hướng dẫn thực hiện Quy chế?", "value", "body"),
        ("Huyện Lạc Sơn do đồng chí nào phụ trách?", "value", "person"),  # a comrade is a person
        ("Lãnh đạo nào phụ trách huyện Long Mỹ?", "value", "person"),  # so is a leader
        ("Công an tỉnh cử ai tham gia Ban Chỉ đạo?", "value", "person"),  # whom a body sends
        ("Đại diện Tỉnh đoàn trong Ban Chỉ đạo là ai?", "value", "person"),  # a body asked by its kind, not a contact person
        ("Hội báo cáo kết quả thực hiện Đề án định kỳ khi nào?", "value", "time"),  # "định kỳ", not "ký": no signing date
        ("Ban Kiểm tra tự kiểm tra Quỹ mỗi năm mấy lần?", "value", "time"),  # how often: "mấy" counts the times, no "năm mấy"
        ("Điểm hiến máu bắt đầu lúc mấy giờ?", "value", "time"),
        ("Đi từ kho đến xã mất mấy giờ?", "value", "duration"),
        ("Mỗi tháng TNV phải hoạt động tối thiểu mấy giờ?", "value", "duration"),  # a bound on hours, no time of day
        ("Hộ thiếu đói được hỗ trợ bao nhiêu kg gạo?", "value", "count"),  # a quantity, not a sum
        ("Hạn chót nộp báo cáo là khi nào?", "value", "time"),
        ("Quyết định này có hiệu lực khi nào?", "value", "effective"),
        ("Kinh phí hỗ trợ là bao nhiêu tiền?", "value", "amount"),
        ("Số dư quỹ Hội tính đến ngày 15/6/2025 là bao nhiêu?", "value", "amount"),  # a balance: no count of "dư quỹ"
        ("tỷ lệ hiến máu nhắc lại là bao nhiêu", "value", "percentage"),
        ("Suy giảm khả năng lao động 35% thì được hỗ trợ thêm gì?", "topic", None),  # a share stated, not asked
        ("Bao nhiêu % hộ nghèo được hỗ trợ?", "value", "percentage"),
        ("Trong vòng bao nhiêu giờ phải cấp phát hàng cứu trợ?", "value", "duration"),
        ("Hội có bao nhiêu hội viên?", "value", "count"),
        ("Dự toán kinh phí năm 2025 là bao nhiêu?", "value", "amount"),  # a sum of money, not a count
        ("Chỉ tiêu tiếp nhận máu của xã Thanh Lương là bao nhiêu?", "value", "count"),  # a name holds no wage
        ("Phòng Tài chính - Kế hoạch tham mưu bố trí bao nhiêu kinh phí cho tập huấn?", "value", "amount"),
        ("Chỉ tiêu số đơn vị máu là bao nhiêu?", "value", "count"),
        ("Cơ quan nào chủ trì việc kiểm tra?", "value", "body"),
        ("Lễ hội được tổ chức vào tháng mấy?", "value", "day"),
        ("Tết Nhân ái", "topic", None),
        ("Thành phố Sa Đéc vận động được bao nhiêu năm 2024?", "value", "count"),  # a year, not a length of time
        ("Thành phần Ban Chỉ đạo gồm những ai?", "topic", None),  # the list of members
        ("Hội tổ chức hiến máu mấy năm một lần?", "value", "duration"),
        ("Năm 2026 Hội đã hỗ trợ bao nhiêu hộ dân?", "value", "count"),  # how many households, not how much
        ("Những huyện nào bị nhắc nhở vì tỷ lệ kết nối thấp?", "topic", None),  # which ones, the share their reason
        ("Gửi bài giảng qua email nào?", "value", "email"),  # which email
        ("Số tài khoản Hội CTĐ tỉnh để ủng hộ là số nào?", "value", "account"),
        ("Tình nguyện viên trực lễ hội được hỗ trợ mấy?", "value", "amount"),  # "mấy" as "bao nhiêu": how much
        ("Năm 2026 Hội đã hỗ trợ mấy hộ dân?", "value", "count"),  # (and of a noun after it, how many)
        ("Hồ sơ quyết toán lập thành mấy bộ?", "value", "count"),
        ("Hội hỗ trợ bao nhiêu tiền?", "value", "amount"),
        ("Sửa chữa nhà được hỗ trợ mức bao nhiêu?", "value", "amount"),
        ("Bằng khen tập thể được thưởng bao nhiêu?", "value", "amount"),  # a reward: a sum, not the collectives counted
        ("Mức thưởng của Giấy khen là bao nhiêu?", "value", "amount"),
        ("Số điện thoại liên hệ của Ban Tổ chức là gì?", "value", "phone"),
        ("Những ai được nhận quà Tết?", "topic", None),  # who benefits, not which body acts
        ("Hotline sơ cấp cứu của Hội là số mấy?", "value", "phone"),  # a phone number, not the text's number
        ("Số trực ban tác chiến của Bộ Chỉ huy Quân sự tỉnh là bao nhiêu?", "value", "phone"),  # a duty line's number
        ("Mỗi ngày bố trí bao nhiêu người trực ban?", "value", "count"),  # the people on duty, counted
        ("Công văn về sơ cấp cứu có số là bao nhiêu?", "fact", "number"),
        ("Số tài khoản của Quỹ Nhân đạo là gì?", "value", "account"),  # an account, not the text's number
        ("Phó Chủ tịch Hội được hưởng hệ số bao nhiêu?", "value", "coefficient"),  # nor "số bao nhiêu" in "hệ số"
        ("Chỉ thị hiến máu của Phú Yên số mấy?", "fact", "number"),  # a name the segmenter runs on: "Phú_Yên_số"
        ("Có vướng mắc thì gọi số điện thoại nào?", "value", "phone"),
        ("Có vướng mắc thì gọi số di động nào của chị Hạnh?", "value", "phone"),  # (calling asks the number too)
        # (a telephone as the means, "qua điện thoại", asks no number)
        ("Huy động tình nguyện viên qua điện thoại thì sau bao lâu phải có văn bản?", "value", "duration"),
        ("Kế hoạch nói gì về việc nhắn tin kêu gọi hiến máu qua điện thoại?", "topic", None),
        ("Liên hệ qua điện thoại số nào?", "value", "phone"),
        ("Hỏi về chỗ ngủ thì liên hệ số nào?", "value", "phone"),  # no coefficient ("hệ số nào") asked
        ("Hỗ trợ xây mới nhà nhân đạo tối thiểu bao nhiêu 1 căn?", "value", "amount"),  # what is given for each
        ("Mỗi xã cử bao nhiêu 1 đợt?", "value", "count"),  # (no giving: how many)
        ("Cần liên hệ Tỉnh đoàn về chương trình hè thì gặp ai ạ?", "value", "person"),  # whom to meet
        # ("được diễn tối đa" is no "được điện tới": the telegram's addressees are asked as written)
        ("Phần thi tiểu phẩm được diễn tối đa bao nhiêu phút?", "value", "duration"),
        # (a text's effect asked by any time phrase)
        ("Quyết định này có hiệu lực từ thời điểm nào?", "value", "effective"),
        ("Đội sơ cấp cứu tập vào thứ mấy?", "value", "weekday"),  # a day of the week, not a count
        ("Đại hội lần thứ mấy?", "value", "edition"),  # (the rank, not the weekday)
        ("Trụ sở Hội ở địa chỉ nào?", "value", "address"),
        ("Ông Võ Trọng Nghĩa sinh năm bao nhiêu?", "value", "day"),  # a year, not a count
        ("Thông báo 86 ban hành ra ngày nào?", "fact", "date"),  # the day it was issued
        ("Phiên họp quý I diễn ra ngày nào?", "value", "day"),  # (when it takes place: no text issued)
        ("Hành trình Đỏ tổ chức vào ngày cụ thể nào?", "value", "day"),  # "cụ thể" inside the phrase  # calling is how a phone number is asked
        ("so thong tin va truyen thong phu trach noi dung nao", "tasks", None),
        ("Người ký Kế hoạch 287 giữ chức vụ gì?", "value", "post"),  # the post the signer signed as
        ("Văn phòng Hội phụ trách việc gì?", "tasks", None),
        ("Máy khử rung tim có giá bao nhiêu?", "value", "amount"),  # a price, not a count
        ("Sở Y tế phải chuẩn bị gì để ứng phó bão?", "tasks", None),
        ("Mục III quy định các mốc thời gian nào?", "value", "time"),  # the dates it sets
        ("Quy định này bắt đầu áp dụng từ ngày nào?", "value", "effective"),
        ("Lễ phát động tổ chức ở đâu?", "value", "location"),
        ("Mức quà dành cho trẻ mồ côi là bao nhiêu?", "value", "amount"),  # the level a gift is set at, a sum
        ("muc tro cap hang thang la bao nhieu", "value", "amount"),
        ("Có bao nhiêu mức quà?", "value", "count"),  # how many levels
        ("tinh hoi ho tro bao nhieu suat qua tu quy nhan dao", "value", "count"),  # typed bare: a noun counted
        ("moi ho duoc ho tro bao nhieu mot thang", "value", "amount"),
        ("chiến sĩ hy sinh khi làm nhiệm vụ", "topic", None),  # while on duty: no duty asked
        ("Kế hoạch của Lai Châu số mấy?", "fact", "number"),
        ("Công điện 07 được gửi báo cáo lên những cơ quan nào?", "fact", "recipients"),  # those it reports to
        ("Nghị quyết về mức hỗ trợ áp dụng cho những đối tượng nào?", "topic", None),  # what the text is about
        ("so y te lam gi theo nghi quyet muc ho tro nguoi hien mau", "tasks", None),  # the text's name
        ("tran chung ket ty so bao nhieu", "value", "count"),  # the number of no text
        ("Bão số mấy đổ bộ vào tỉnh?", "value", "count"),
        ("Đội xung kích có nhiệm vụ gì khi làm nhiệm vụ cứu hộ?", "tasks", None),
        # what takes effect in a case the question states is no ask; the deadline after it is
        ("Khoản nhận trước khi nghị định có hiệu lực thì hạn chót phân bổ là khi nào?", "value", "time"),
        ("Nghị định có hiệu lực từ ngày nào?", "value", "effective"),
        ("Người ký công văn giữ chức gì?", "value", "post"),  # "chức" for "chức vụ"
        ("Mỗi ca trực tối đa mấy tiếng?", "value", "duration"),  # "tiếng" as speech says an hour
        ("moi ca truc bao nhieu tieng", "value", "duration"),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question, kind, name):
    ask = read_ask(question, VOCABULARY)
    assert (ask.kind, ask.name) == (kind, name)


def test_a_time_question_about_a_named_document_and_nothing_else_asks_for_its_date():
    ask = read_ask("Quyết định 895 ngày bao nhiêu?", VOCABULARY)
    assert document_fact_or(ask, names_document=True, has_content=False).name == "date"
    assert document_fact_or(ask, names_document=True, has_content=True).name == "day"
    assert document_fact_or(ask, names_document=False, has_content=False).name == "day"


def test_a_one_word_phrase_keeps_its_diacritics():
    assert read_ask("Tết Nhân ái", VOCABULARY).kind == "topic"  # "ái" is not "ai"
    assert read_ask("tet nhan ai", VOCABULARY).name == "body"  # typed without diacritics, it may be
    # a phrase a word without diacritics would make of another: "quỹ nào" asks no quarter ("quý nào")
    assert read_ask("Kế hoạch triển khai trong quý nào?", VOCABULARY).name == "day"
    assert read_ask("Cuộc vận động còn dư tiền thì chuyển về quỹ nào?", VOCABULARY).name != "day"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Ai là Chủ tịch Hội Chữ thập đỏ tỉnh Nghệ An?", "person"),
        ("Giám đốc Sở Y tế là ai?", "person"),
        ("Ai là cơ quan thường trực của Ban Chỉ đạo?", "body"),
        ("Ai là đại biểu dự khuyết đi dự Đại hội toàn quốc?", "person"),  # one of some people is a person
        ("Cơ quan nào chủ trì kiện toàn Ban Chỉ đạo?", "body"),
        ("Kế toán trưởng Hội Chữ thập đỏ tỉnh tên là gì?", "person"),  # the name of a title's holder
        ("Chuyên mục trên Báo Bình Lâm có tên là gì?", None),  # a name the clause gives: a topic
        ("Người chết trong vụ sạt lở ở thôn Lao Chải tên là gì?", "person"),  # the name of a person asked of
        ("Đội tình nguyện viên của xã tên là gì?", None),  # a team's name: a topic
        ("Bà Nguyễn Thị Bích Ngọc giữ chức vụ gì?", "post"),  # the post a person named holds
        ("Người theo dõi, tổng hợp báo cáo là ai?", "person"),  # some person asked who they are
        ("Cơ quan theo dõi, tổng hợp báo cáo là ai?", "body"),
        ("Muốn đăng ký dự hội nghị thì liên hệ chị nào ạ?", "person"),  # a person by how one addresses them
        ("Xã nào được hỗ trợ nhiều nhất?", None),
        ("Mảng hiến máu tình nguyện do phó chủ tịch nào phụ trách?", "person"),  # which holder of a title
    ],
)
def test_the_holder_of_a_title_is_a_person_not_a_body(question, name):
    assert read_ask(question, VOCABULARY).name == name


def test_a_document_asked_about_is_not_a_board():
    assert read_ask("Có văn bản nào nói về tập huấn sơ cấp cứu cho lái xe không?", VOCABULARY).name != "body"
    assert read_ask("Ban nào lập phương án phân phối?", VOCABULARY).name == "body"
    assert read_ask("Tây Ninh ưu tiên dành suất quà Tết cho ai?", VOCABULARY).kind == "topic"  # who benefits


def test_how_many_years_is_a_length_of_time():
    assert read_ask("Thẻ hội viên có giá trị bao nhiêu năm?", VOCABULARY).name == "duration"
    assert read_ask("Hội viên đóng bao nhiêu tiền?", VOCABULARY).name == "amount"


def test_of_which_body_after_a_thing_that_is_no_text_asks_whose_not_the_issuer():
    assert read_ask("Phó Trưởng ban được dùng con dấu của cơ quan nào?", VOCABULARY).name == "body"
    for question in ("Kế hoạch 52 của cơ quan nào?", "KH này của cơ quan nào?", "Văn bản này của cơ quan nào?",
                     "Chỉ thị về hiến máu của cơ quan nào?"):
        assert (read_ask(question, VOCABULARY).kind, read_ask(question, VOCABULARY).name) == ("fact", "issuer")


def test_how_often_is_asked_as_a_frequency():
    assert read_ask("Báo tỉnh phải duy trì chuyên mục hiến máu với tần suất thế nào?", VOCABULARY).name == "time"


def test_a_share_the_question_states_is_its_case_not_what_it_asks():
    assert read_ask("Tỷ lệ thu hội phí đạt 80% thì chi hội được mấy điểm?", VOCABULARY).name == "count"
    assert read_ask("Tỷ lệ hộ nghèo giảm 2% thì còn bao nhiêu phần trăm?", VOCABULARY).name == "percentage"
    assert read_ask("Tỷ lệ hội viên so với dân số là bao nhiêu?", VOCABULARY).name == "percentage"


def test_without_diacritics_a_one_syllable_cue_yields_to_a_phrase():
    tet = read_ask("Hoi CTD huyen Yen The duoc giao nhung viec gi trong phong trao Tet Nhan ai?", VOCABULARY)
    assert tet.kind == "tasks"  # "Nhân ái" typed "Nhan ai" asks no "ai"
    assert read_ask("co van ban nao cua cap huyen khong?", VOCABULARY).name != "body"  # "văn bản nào"
    assert read_ask("ai ky cong van 1277", VOCABULARY).name == "signer"


def test_so_typed_plain_before_cap_cuu_is_so_of_first_aid_not_a_number():
    from retrieval.answer.values import counted_noun

    question = "tong kinh phi du kien ke hoach so cap cuu cho lai xe la bao nhieu"
    assert counted_noun(question, "bao nhieu") == []
    assert counted_noun("so hoc vien la bao nhieu", "bao nhieu") == ["hoc", "vien"]


def test_who_signed_is_asked_around_the_verb():
    assert read_ask("ben hoi ctd tinh nam dinh ky quyet dinh 15 la ai", VOCABULARY).name == "signer"
    # (of a post named, the signer who holds it)
    for question in ("chu tich hoi ctd tinh nam dinh ky quyet dinh lien tich 15 la ai",
                     "Chủ tịch Hội ký quyết định này là ai?"):
        assert read_ask(question, VOCABULARY).name == "person", question
    assert read_ask("Người phụ trách kỳ họp là ai?", VOCABULARY).name != "signer"
    assert read_ask("Hội nghị họp hôm nào?", VOCABULARY).name == "day"


@pytest.mark.parametrize(("question", "kind", "name"), [
    ("Chỉ thị 58 của Ban Bí thư ra ngày nào ạ?", "fact", "date"),  # issued ("ra") on
    ("Đảng ủy xã phải quán triệt chỉ thị xong trước hạn nào?", "value", "day"),  # by which deadline
    ("Chương trình chở nước miễn phí kéo dài đến bao giờ?", "value", "day"),  # the day it lasts until
    ("Chương trình chở nước miễn phí kéo dài bao lâu?", "value", "duration"),
    # a time limit asked "how long": a length of time, no date ("thời hạn" asks none by itself)
    ("vốn vay sinh kế ko lãi thì thời hạn vay là bao lâu", "value", "duration"),
    ("Thời hạn nộp báo cáo là khi nào?", "value", "time"),
    ("Kho hàng cứu trợ của Hội nằm ở đâu vậy?", "value", "location"),  # where a place lies
    ("Lễ phát động tổ chức ngày bao nhiêu?", "value", "day"),
    ("Khi thiên tai khẩn cấp thì chủ tịch được chi ngay bao nhiêu?", "value", "count"),  # "ngay": at once, no day
])
def test_how_speech_asks_for_dates(question, kind, name):
    ask = read_ask(question, VOCABULARY)
    assert (ask.kind, ask.name) == (kind, name)


@pytest.mark.parametrize(("question", "name"), [
    ("Chủ tịch Hội được tự phê duyệt mỗi khoản chi đến bao nhiêu?", "amount"),  # an expense is a sum
    ("Công văn 1486 có gửi cho Tỉnh Đoàn không?", "recipients"),  # whether a body is among those it is sent to
])
def test_sums_and_recipients_asked_in_speech(question, name):
    assert read_ask(question, VOCABULARY).name == name


def test_what_a_thing_lacks_asks_nothing():
    assert read_ask("Nguồn ủng hộ không có địa chỉ thì phân bổ cho ai trước?", VOCABULARY).name != "address"
    assert read_ask("Kho hàng có địa chỉ ở đâu?", VOCABULARY).name in ("address", "location")
