"""Documents of layouts and issuers the engine was never tuned on, answered end to end (real parser,
real embedder, embedded Chroma): a party Kết luận, a plan whose list opens with its total, a directive
typed with hard line breaks, a programme two bodies issue and sign together, a report with a table of
figures, a decision naming a committee's members, a guide of support levels by case under "1.1." headings
whose issuer is wrapped over two lines, a telegram dated to the hour that lists its addressees first, a
guide whose support levels name their cases only by the point that lists them, a report whose table is aligned
with spaces, a decision whose table groups its rows by district."""

import shutil

import pytest

from retrieval.models import Turn
from retrieval.settings import PROJECT_ROOT
from tests.conftest import make_settings
from tests.utils.written import answers_as, assistant_of, first_line, over_text_answers_as, written

FIXTURES = PROJECT_ROOT / "tests" / "retrieval" / "ingest" / "fixtures"
DOCUMENTS = ["kl-652-tinh-uy.txt", "kh-36-chi-tieu.txt", "ct-05-ngat-dong.txt", "ctrph-04-lien-tich.txt",
             "bc-09-so-lieu.txt", "qd-15-ban-chi-dao.txt", "hd-07-muc-ho-tro.txt", "cd-14-bao-so-3.txt",
             "hd-12-truong-hop.txt"]
TELEGRAM = "cd-14-bao-so-3"
JOINT = "ctrph-04-lien-tich"
LEVELS = "hd-07-muc-ho-tro"


@pytest.fixture(scope="module")
def unseen(tmp_path_factory, corpus_embeddings):
    from retrieval.assistant import Assistant
    from retrieval.ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("unseen")
    (root / "corpus").mkdir()
    for name in DOCUMENTS:
        shutil.copy(FIXTURES / name, root / "corpus" / name)
    settings = make_settings(root / "data", corpus_dir=root / "corpus")
    ingest(settings, embeddings=corpus_embeddings)
    return Assistant(settings, corpus_embeddings)


ANSWERED = [
    # a short form (HCTĐ) read in full; the deadline of the sentence that states it
    ("HCTĐ tỉnh Bình Định phải xây dựng kế hoạch cụ thể hóa Kết luận 652 trước ngày nào?", "30/11/2024",
     "kl-652-tinh-uy:3.d"),
    # the Standing Board adopting its committee's text is the issuer named, not an agency with tasks
    ("Theo kết luận của BTV Tỉnh ủy Bình Định, mỗi năm phải xây mới, sửa chữa bao nhiêu căn nhà nhân đạo?",
     "150 căn nhà", "kl-652-tinh-uy:2.c"),
    # the total stated by the sentence that opens the list
    ("Theo KH 36, năm 2025 toàn tỉnh Quảng Ngãi phải tiếp nhận bao nhiêu đơn vị máu?", "16.500",
     "kh-36-chi-tieu:ii.1"),
    # a place the plan gives its own figure
    ("Thành phố Quảng Ngãi phải tiếp nhận bao nhiêu đơn vị máu năm 2025?", "5.200", "kh-36-chi-tieu:ii.1.b1"),
    # who acts, told by a title the question does not name
    ("Ai chủ trì hội nghị sơ kết chương trình phối hợp ở Hà Giang khi Chủ tịch vắng mặt?", "Phó Chủ tịch Thường trực",
     "ctrph-04-lien-tich:dieu-3"),
    # a figure read from its row, under the column of the year asked
    ("Thành phố Cao Bằng vận động được bao nhiêu năm 2025?", "6.910", "bc-09-so-lieu:i.2.dong-2"),
    # a sum asked for some work, stated for it
    ("Tỉnh Quảng Ngãi chi bao nhiêu tiền cho tuyên truyền hiến máu năm 2025?", "620.000.000 đồng", "kh-36-chi-tieu:iv.1"),
    # the holder of the title asked, not of a longer one ("Phó Trưởng ban"), named after a form of address
    ("Ai là Trưởng ban Chỉ đạo hiến máu tỉnh Điện Biên?", "Lò Văn Mừng", "qd-15-ban-chi-dao:dieu-1.khoan-1"),
    ("Phó Trưởng ban Thường trực Ban Chỉ đạo hiến máu Điện Biên là ai?", "Ksor H'Nhi", "qd-15-ban-chi-dao:dieu-1.khoan-2"),
    ("Ai là Phó Giám đốc Công an tỉnh Điện Biên?", "Giàng Seo Pó", "qd-15-ban-chi-dao:dieu-1.khoan-4"),
    ("Who heads the blood donation steering committee of Dien Bien?", "Lò Văn Mừng", "qd-15-ban-chi-dao:dieu-1.khoan-1"),
    # a count asked in a unit word the text leaves out ("bao nhiêu căn" of "45 nhà")
    ("Năm 2026 Hội Chữ thập đỏ Cao Bằng phấn đấu xây mới bao nhiêu căn nhà nhân đạo?", "45 nhà", "bc-09-so-lieu:ii.3"),
    # a figure read under the column the question names by its label ("kho loại B")
    ("Kho loại B dự trữ bao nhiêu bộ dụng cụ sơ cứu?", "20", "bc-09-so-lieu:i.3.dong-1"),
    # how often, not a year or "thường xuyên"
    ("Ban Chỉ đạo hiến máu Điện Biên họp bao nhiêu lần một năm?", "Mỗi quý một lần", "qd-15-ban-chi-dao:dieu-2"),
    # a telephone number
    ("Có vướng mắc về báo cáo vận động ở Cao Bằng thì liên hệ số điện thoại nào?", "0206.3852.471", "bc-09-so-lieu:ii.4"),
    # a day of the next month, as a recurring deadline is written
    ("Ban Công tác xã hội gửi số liệu hàng cứu trợ trước ngày nào?", "05 của tháng sau", "bc-09-so-lieu:ii.2"),
    # a sentence wrapped over two lines
    ("Đợt cao điểm vận động ủng hộ Quỹ Nhân đạo ở Thái Bình kéo dài bao lâu?", "30 ngày", "ct-05-ngat-dong:5.b"),
    # a task without a subject of its own: the agency is its heading's
    ("Cơ quan nào ngăn chặn, xử lý hành vi lợi dụng danh nghĩa từ thiện để quyên góp trái phép ở Thái Bình?",
     "Công an tỉnh", "ct-05-ngat-dong:3.b"),
    # of the cases listed, the one the question describes ("bị thương nặng")
    ("Người bị thương nặng do thiên tai ở Quảng Nam được hỗ trợ bao nhiêu?", "5.000.000 đồng", f"{LEVELS}:1.1-1.b2"),
    # "bao nhiêu một ngày": how much per day, not how many days
    ("Người sơ tán tập trung ở Quảng Nam được hỗ trợ tiền ăn bao nhiêu một ngày?", "60.000 đồng", f"{LEVELS}:1.1-1.b3"),
    # "các cấp tỉnh Quảng Nam": every level of the Red Cross there, not the provincial one alone
    ("Năm 2024 Hội Chữ thập đỏ các cấp tỉnh Quảng Nam đã hỗ trợ bao nhiêu hộ dân?", "8.200 hộ", f"{LEVELS}:3.3-2"),
    # a target, asked as one
    ("Quảng Nam phấn đấu đến năm 2027 bao nhiêu phần trăm xã có đội xung kích cứu trợ?", "100%", f"{LEVELS}:2.b1"),
    # the bracket that holds the quantity the question names ("từ 20 lần trở lên", "từ 50% trở lên")
    ("Người hiến máu tình nguyện 25 lần ở Quảng Nam được tặng quà trị giá bao nhiêu?", "2.000.000 đồng",
     f"{LEVELS}:1.1-3.b1"),
    ("Nhà bị hư hỏng, thiệt hại 60% ở Quảng Nam được hỗ trợ bao nhiêu?", "15.000.000 đồng", f"{LEVELS}:1.1-2.b2"),
    # a sum per person holds any number of them
    ("Hộ có 3 người chết do thiên tai ở Quảng Nam được hỗ trợ bao nhiêu?", "20.000.000 đồng", f"{LEVELS}:1.1-1.b1"),
    # a day said of two districts together is each one's
    ("Học sinh huyện Lạc Sơn được nghỉ học những ngày nào?", "06/8/2026", f"{TELEGRAM}:3"),
    # a support level naming its case only as "trường hợp tại điểm b khoản 1 Mục I"
    ("Học sinh có cha hy sinh khi làm nhiệm vụ cứu nạn ở Khánh Lâm được hỗ trợ bao nhiêu?", "2.500.000 đồng",
     "hd-12-truong-hop:ii.2"),
    ("Kinh phí tổ chức Lễ trao hỗ trợ cấp tỉnh ở Khánh Lâm là bao nhiêu?", "50.000.000 đồng", "hd-12-truong-hop:iii.3"),
]


@pytest.mark.parametrize(("question", "value", "clause_id"), ANSWERED)
def test_values_of_unseen_layouts_are_found_and_cited(unseen, question, value, clause_id):
    answer = unseen.ask(question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer.split("\n")[0]
    assert answer.citations[0].clause_id == clause_id


REFUSED = [
    "Huyện Hạ Lang vận động được bao nhiêu năm 2025?",  # one row for two districts together
    # the plan gives one figure for the mountain districts and Lý Sơn together, none for Lý Sơn alone
    "Chỉ tiêu đơn vị máu của huyện Lý Sơn năm 2025 là bao nhiêu?",
    "Luật Hoạt động chữ thập đỏ có những nội dung gì?",  # cited only as grounds: the text says nothing of it
    "Chỉ thị 43-CT/TW yêu cầu những gì?",  # cited only where the Kết luận says what it acts on ("Thực hiện …")
    "Chỉ tiêu đơn vị máu của huyện Trà Bồng năm 2025 là bao nhiêu?",  # a place no text names
    "Hội Chữ thập đỏ Bình Định bị phạt bao nhiêu tiền nếu chậm báo cáo?",
    # the row of the place named has a percentage, of the sums raised: the place never proves the answer
    "Tỷ lệ hội viên so với dân số của huyện Bảo Lạc là bao nhiêu?",
    "Huyện Bảo Lạc có bao nhiêu hội viên năm 2025?",  # a table of sums counts no members
    "Ai là Giám đốc Công an tỉnh Điện Biên?",  # its deputy is named, and the director of another body
    "Quyết định 15/QĐ-UBND hết hiệu lực khi nào?",  # it says when it takes effect and what it replaces only
    "Những xã nào ở Bình Định được nhân rộng mô hình Cộng đồng an toàn?",  # "40 xã ven biển": counted, not named
    # the guide gives sums for the dead and the badly injured, for donors from 20 times: not these cases
    "Người bị thương nhẹ do thiên tai ở Quảng Nam được hỗ trợ bao nhiêu?",
    "Người hiến máu tình nguyện 10 lần ở Quảng Nam được tặng quà trị giá bao nhiêu?",
    "Nhà bị hư hỏng, thiệt hại 30% ở Quảng Nam được hỗ trợ bao nhiêu?",  # under the bracket's "từ 50%"
    "Người bị thương nặng không điều trị nội trú ở Quảng Nam được hỗ trợ bao nhiêu?",  # the other case
    "Người hiến máu tình nguyện 5 lần ở Quảng Nam được khen thưởng thế nào?",  # the guide speaks from 20 times
    "Đội xung kích có 30 thành viên ở Quảng Nam được hỗ trợ bao nhiêu?",  # no text speaks of such a team's size
    # "phấn đấu đến năm 2027 có 100%" is a target, not what there is now
    "Hiện nay bao nhiêu phần trăm xã ở Quảng Nam có đội xung kích cứu trợ?",
    # the guide lists three cases by point; a flooded house is none of them
    "Học sinh có nhà bị ngập ở Khánh Lâm được hỗ trợ bao nhiêu?",
    "Kinh phí tổ chức Lễ trao hỗ trợ cấp huyện ở Khánh Lâm là bao nhiêu?",  # the text gives the province's
    "Who won the 2018 FIFA World Cup?",  # a value of nothing the texts hold
]


@pytest.mark.parametrize("question", REFUSED)
def test_what_unseen_documents_do_not_say_is_refused(unseen, question):
    assert unseen.ask(question).abstained


def test_a_joint_programme_names_both_parties_and_their_own_tasks(unseen):
    document = next(d for d in unseen.documents() if d.id == JOINT)
    assert document.issuer == "Hội Chữ thập đỏ tỉnh Hà Giang và Công an tỉnh Hà Giang"
    signer = unseen.ask("Ai ký chương trình phối hợp 04/CTrPH-CTĐ-CA?")
    assert "Lò Văn Páo" in signer.answer and "Trần Minh Đức" in signer.answer
    # "phối hợp với Công an tỉnh" names the programme; the Red Cross is whose tasks are asked
    tasks = unseen.ask("Trong chương trình phối hợp với Công an tỉnh Hà Giang, Hội Chữ thập đỏ tỉnh có trách nhiệm gì?")
    assert tasks.intent == "tasks" and tasks.complete is True
    assert [c.clause_id for c in tasks.citations] == [f"{JOINT}:dieu-2.khoan-1.diem-a", f"{JOINT}:dieu-2.khoan-1.diem-b"]


def test_a_question_asking_what_a_list_holds_gets_every_item(unseen):
    answer = unseen.ask("Các hình thức tuyên truyền hiến máu trong Công an tỉnh Hà Giang gồm những gì?")
    assert [c.clause_id for c in answer.citations][:3] == [f"{JOINT}:dieu-1.khoan-2.b{i}" for i in (1, 2, 3)]


def test_of_two_figures_in_a_sentence_the_one_after_the_word_asked_about_is_the_answer(unseen):
    answer = unseen.ask("Năm 2025 Hội Chữ thập đỏ tỉnh Cao Bằng vận động tăng bao nhiêu %?")
    first = answer.answer.split("\n")[0]
    assert "9,4%" in first and "105%" not in first  # "đạt 105% kế hoạch, tăng 9,4% so với năm 2024"
    assert answer.citations[0].clause_id == "bc-09-so-lieu:i.1"


def test_what_a_text_replaces_is_read_from_the_clause_that_says_so(unseen):
    answer = unseen.ask("Quyết định 15/QĐ-UBND thay thế quyết định nào?")
    assert answer.intent == "replaces" and "Quyết định số 22/QĐ-UBND" in answer.answer
    assert [c.clause_id for c in answer.citations] == ["qd-15-ban-chi-dao:dieu-3"]
    assert unseen.ask("Kế hoạch 36 thay thế kế hoạch nào?").abstained  # it replaces nothing


def test_places_asked_for_by_kind_are_answered_where_a_text_names_them(unseen):
    answer = unseen.ask("Những huyện nào ở Bình Định nguồn lực vận động chưa đồng đều?")
    assert not answer.abstained and "An Lão" in answer.citations[0].text  # "các huyện miền núi An Lão, …"


def test_a_numbered_division_is_found_whatever_level_word_the_question_gives_it(unseen):
    answer = unseen.ask("Mục 1.2 Hướng dẫn 07/HD-SLĐTBXH quy định gì?")  # the text labels it "Điểm 1.2"
    assert answer.citations and all(c.label.startswith("Điểm 1.2") for c in answer.citations)


@pytest.mark.parametrize(("question", "clause_id"), [
    # the question's "điểm b khoản 1" is the text's "điểm 1, tiết b"; "trường hợp nào" names what it holds
    ("Điểm b khoản 1 Mục I Hướng dẫn 12/HD-CTĐ quy định trường hợp nào?", "hd-12-truong-hop:i.1.b"),
    # the verb asking what a place says is no word it must hold
    ("Điểm 1 Mục III Hướng dẫn 12/HD-CTĐ yêu cầu gì?", "hd-12-truong-hop:iii.1"),
])
def test_a_place_asked_what_it_says_is_quoted(unseen, question, clause_id):
    answer = unseen.ask(question)
    assert [c.clause_id for c in answer.citations][:1] == [clause_id], answer.answer


def test_an_issuer_wrapped_over_two_lines_is_read_whole(unseen):
    document = next(d for d in unseen.documents() if d.id == LEVELS)
    assert document.issuer == "Sở Lao động - Thương binh và Xã hội"


def test_the_grounds_a_preamble_gives_are_read_with_what_a_text_implements(unseen):
    answer = unseen.ask("Chương trình phối hợp 04/CTrPH-CTĐ-CA căn cứ những văn bản nào?")
    assert "Luật Hoạt động Chữ thập đỏ" in answer.answer  # a law cited by name has no number to implement
    assert answer.citations[0].clause_id == f"{JOINT}:mo-dau.1"


def test_a_value_a_named_text_states_below_its_many_like_clauses_is_still_read(tmp_path, corpus_embeddings, monkeypatch):
    """Every clause of a long scheme repeats the words of its decision's title, so the clause stating when
    the decision takes effect may rank below them all: it is still read, because the question names that
    one text. (The search is the real one; only the effect clause is kept out of its hits.)"""
    tasks = "\n".join(f"{i}. Phê duyệt nhiệm vụ số {i} của Đề án ứng phó thảm họa tại xã thứ {i}." for i in range(1, 41))
    text = written("ỦY BAN NHÂN DÂN\nTỈNH HÒA GIANG", "1487/QĐ-UBND", "QUYẾT ĐỊNH", "Phê duyệt Đề án ứng phó thảm họa",
                    "Điều 1. Phê duyệt Đề án ứng phó thảm họa với các nhiệm vụ sau:\n" + tasks + "\n\n"
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Trần Văn Bình", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-1487.txt", text)
    retriever = assistant._snapshot.policy.retriever
    search = retriever.search

    def ranked_below(*args, **kwargs):
        evidence = search(*args, **kwargs)
        evidence.hits = [h for h in evidence.hits if h.clause.id != "qd-1487:dieu-2"]
        return evidence

    monkeypatch.setattr(retriever, "search", ranked_below)
    answer = assistant.ask("Quyết định phê duyệt đề án ứng phó thảm họa có hiệu lực từ khi nào?")
    assert not answer.abstained and answer.citations[0].clause_id == "qd-1487:dieu-2"
    assert "kể từ ngày ký" in answer.answer.lower()


def test_a_table_row_is_read_with_the_item_that_introduces_the_table(tmp_path, corpus_embeddings):
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH ĐẮK NGUYÊN\n\nSố: 318/CTĐ-CTXH\nV/v cứu trợ khẩn cấp\n\n"
            "1. Phân bổ hàng cứu trợ\n\nHội Chữ thập đỏ tỉnh phân bổ hàng cứu trợ đợt 1 cho các đơn vị như sau:\n\n"
            "STT | Đơn vị | Gạo (kg) | Chăn (cái)\n1 | Huyện Ea Hling | 6.000 | 250\n2 | Huyện Krông Bơ | 8.000 | 350\n\n"
            "2. Hội Chữ thập đỏ các huyện nhận hàng trước ngày 05/11/2025.\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-318.txt", text)
    answer = assistant.ask("Huyện Krông Bơ được phân bổ bao nhiêu kg gạo cứu trợ đợt 1?")  # "đợt 1" is said above the table
    assert not answer.abstained and answer.answer.startswith("8.000")
    assert answer.citations[0].clause_id == "cv-318:1.dong-2"


def test_a_compound_the_question_writes_whole_is_held_by_a_value_sentence_listing_its_syllables(tmp_path, corpus_embeddings):
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH PHÚ LĨNH\n\nQUY ĐỊNH\nQuản lý Quỹ Nhân đạo\n\n"
            "Điều 11. Công khai\n1. Các khoản đóng góp được công khai trên Trang thông tin điện tử của Hội.\n"
            "2. Báo cáo thu, chi Quỹ cả năm được công khai tại Hội nghị Ban Chấp hành trước ngày 31 tháng 3 năm sau.\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-47.txt", text)
    answer = assistant.ask("Báo cáo thu chi Quỹ cả năm phải công khai trước ngày nào?")  # "thu, chi" holds "thu chi"
    assert not answer.abstained and "31 tháng 3" in answer.answer.split("\n")[0]


def test_a_telegram_s_orders_are_the_tasks_of_the_agencies_it_addresses(unseen):
    document = next(d for d in unseen.documents() if d.id == TELEGRAM)
    assert (document.type, document.date, document.signer) == ("Công điện", "2026-08-05", "Đặng Văn Lực")
    answer = unseen.ask("Sở Y tế phải làm gì theo công điện ứng phó bão số 3?")
    assert answer.intent == "tasks" and [c.clause_id for c in answer.citations] == [f"{TELEGRAM}:2"]
    # "Chủ tịch Ủy ban nhân dân các huyện …: …": the order is the district people's committees'
    districts = unseen.ask("Ủy ban nhân dân huyện phải làm gì theo công điện ứng phó bão số 3?")
    assert [c.clause_id for c in districts.citations] == [f"{TELEGRAM}:1"]
    # two things asked at once: each answered from its own clause, in turn
    both = unseen.ask("Học sinh huyện Vĩnh Hải nghỉ học những ngày nào, và Sở Y tế phải bố trí bao nhiêu kíp cấp cứu?")
    assert [c.clause_id for c in both.citations] == [f"{TELEGRAM}:3", f"{TELEGRAM}:2"]
    assert "06/8/2026" in both.answer and "02 kíp" in both.answer
    # a quantity the question names and no text states speaks of another case
    assert unseen.ask("Hội Chữ thập đỏ tỉnh chuẩn bị hàng cứu trợ cho 500 hộ tại kho nào?").abstained


def test_a_conclusion_s_figures_are_read_as_it_writes_them(tmp_path, corpus_embeddings):
    """A Party conclusion's assessment, numbered "1.1.": a count of members written in people, a share of
    communes written as a fraction, a sum raised by the Red Cross at every level of the district, a target."""
    text = ("ĐẢNG BỘ TỈNH HÀ NGUYÊN\nHUYỆN ỦY ĐÔNG KHÊ\n\nSố 41-TB/HU\n\nĐông Khê, ngày 10 tháng 4 năm 2026\n\n"
            "THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy về công tác Hội Chữ thập đỏ\n\n"
            "1. Đánh giá chung\n\n1.1. Kết quả đạt được\n"
            "Đến nay, tổng số hội viên toàn huyện là 5.430 người, chiếm 5,8% dân số. Giai đoạn 2021 - 2025, Hội Chữ "
            "thập đỏ các cấp đã vận động tiền và hàng hóa trị giá 17,2 tỷ đồng.\n\n"
            "1.2. Hạn chế\n- Còn 4/14 xã chưa bố trí được cán bộ Hội chuyên trách.\n\n"
            "2. Tổ chức thực hiện\n\n2.1. Ủy ban nhân dân huyện bố trí kinh phí hoạt động cho Hội.\n\n"
            "2.2. Hội Chữ thập đỏ huyện phấn đấu đến năm 2030 số hội viên đạt 7% dân số.\n\n"
            "2.3. Tạm dừng tổ chức hiến máu 03 tháng đối với: các xã có dịch bệnh; các xã vừa bị lũ quét.\n\n"
            "2.4. Đơn vị tiếp nhận máu: Bệnh viện Đa khoa huyện Đông Khê.\n\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLò Thị Hạnh\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-41-huyen-uy.txt", text)
    assert first_line(assistant, "Tổng số hội viên Chữ thập đỏ huyện Đông Khê hiện nay là bao nhiêu?") == "5.430 người [1]."
    assert first_line(assistant, "Huyện Đông Khê còn bao nhiêu xã chưa bố trí được cán bộ Hội chuyên trách?") == "4/14 xã [1]."
    assert first_line(assistant, "Giai đoạn 2021 - 2025 Hội Chữ thập đỏ huyện Đông Khê vận động được bao nhiêu tiền và hàng?") \
        == "17,2 tỷ đồng [1]."
    # a target asked as "chỉ tiêu", set as "phấn đấu", of a number given as a share
    assert first_line(assistant, "Chỉ tiêu số hội viên của huyện Đông Khê đến năm 2030 là bao nhiêu?") == "7% [1]."
    # a value that opens a list is said of each item ("… 03 tháng đối với: …; các xã vừa bị lũ quét")
    paused = assistant.ask("Xã vừa bị lũ quét ở Đông Khê phải tạm dừng tổ chức hiến máu bao lâu?")
    assert paused.answer.split("\n")[0] == "03 tháng [1]." and "lũ quét" in paused.answer
    # a label line naming the kind of body asked gives the body
    assert first_line(assistant, "Đơn vị nào tiếp nhận máu ở huyện Đông Khê?") == "Bệnh viện Đa khoa huyện Đông Khê [1]."
    # the members now, not in a year the sentence beside names
    assert assistant.ask("Số hội viên Chữ thập đỏ huyện Đông Khê năm 2021 là bao nhiêu?").abstained


def test_a_table_of_results_is_read_under_the_column_asked(tmp_path, corpus_embeddings):
    """A report's table "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ % |": what was done unless the question
    names the plan, the share for a percentage; next year's targets, under a heading of that year, are not
    this year's results."""
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN TÂN HÀ", "52/BC-CTĐ", "BÁO CÁO", "Kết quả công tác Hội năm 2025",
                    "I. KẾT QUẢ NĂM 2025\n\n"
                    "| STT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ % |\n|-----|----------|----------|-----------|---------|\n"
                    "| 1 | Phát triển hội viên mới (người) | 500 | 540 | 108,0 |\n"
                    "| 2 | Thu hội phí (triệu đồng) | 80 | 72,4 | 90,5 |\n"
                    "| 3 | Bò sinh sản trao cho hộ nghèo | 20 | 15 | 75,0 |\n\n"
                    "II. PHƯƠNG HƯỚNG NĂM 2026\n\n1. Phát triển 600 hội viên mới.", "Đinh Văn Toàn")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-52-ket-qua.txt", text)

    assert first_line(assistant, "Năm 2025 huyện Tân Hà phát triển được bao nhiêu hội viên mới?") == "540 [1]."
    assert first_line(assistant, "Thu hội phí năm 2025 của Hội Chữ thập đỏ huyện Tân Hà được bao nhiêu?") == "72,4 [1]."
    assert first_line(assistant, "Kế hoạch thu hội phí năm 2025 của huyện Tân Hà là bao nhiêu?") == "80 [1]."
    assert first_line(assistant, "Thu hội phí năm 2025 của huyện Tân Hà đạt bao nhiêu phần trăm kế hoạch?") == "90,5 [1]."
    # a sum asked: a row that names no money counts something else
    assert assistant.ask("Ngân sách cấp cho Hội Chữ thập đỏ huyện Tân Hà năm 2025 để trao bò sinh sản là bao nhiêu?").abstained
    assert first_line(assistant, "Năm 2025 huyện Tân Hà trao được bao nhiêu bò sinh sản cho hộ nghèo?") == "15 [1]."


def test_a_table_of_duty_points_answers_a_point_and_the_total(tmp_path, corpus_embeddings):
    """A plan's table of first-aid points: a row is read whole ("TP. Phan Thiết" ends no sentence), the verb the
    question asks with ("bố trí") is the table's, "mỗi ngày" is the column's "/ngày", and a total is its row's."""
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH BÌNH HẢI", "41/KH-CTĐ", "KẾ HOẠCH", "Sơ cấp cứu ven biển mùa du lịch năm 2025",
                    "II. TỔ CHỨC TRỰC\n\n2. Điểm trực và quân số\n\n"
                    "| STT | Điểm sơ cấp cứu | Địa bàn | Đơn vị phụ trách | Số người trực/ngày |\n|---|---|---|---|---|\n"
                    "| 1 | Bãi biển Đồi Dương | TP. Phan Thiết | Hội CTĐ TP. Phan Thiết | 8 |\n"
                    "| 2 | Bãi biển Mũi Né - Hòn Rơm | phường Mũi Né, TP. Phan Thiết | Hội CTĐ TP. Phan Thiết | 10 |\n"
                    "|   | **Tổng cộng** | | | **18** |", "Lê Văn Hải")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-41-ven-bien.md", text, {
        "Điểm Mũi Né - Hòn Rơm bố trí bao nhiêu người trực mỗi ngày?": "10 [1].",
        "Tổng cộng bao nhiêu người trực mỗi ngày ở các điểm sơ cấp cứu?": "18 [1]."})


def test_a_table_of_targets_is_read_under_the_column_the_question_names_its_year_aside(tmp_path, corpus_embeddings):
    text = written("BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN TỈNH TÂN HÀ", "08/KH-BCĐ", "KẾ HOẠCH",
                   "Vận động hiến máu tình nguyện năm 2026",
                   "1. Chỉ tiêu tiếp nhận máu được giao cho các đơn vị như sau:\n\n"
                   "| STT | Đơn vị | Số buổi hiến máu tối thiểu | Chỉ tiêu năm 2026 (đơn vị máu) |\n|---|---|---|---|\n"
                   "| 1 | Thành phố Tân Hà | 6 | 8.600 |\n| 2 | Khối các trường đại học, cao đẳng | 10 | 7.000 |",
                   "Hoàng Thị Minh Nguyệt", board="BAN CHỈ ĐẠO")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-08.txt", text,
                         {"Chỉ tiêu hiến máu giao cho khối các trường đại học, cao đẳng là bao nhiêu?": "7.000 đơn vị máu [1]."})


def test_a_place_whose_own_texts_do_not_say_is_looked_for_in_the_others(tmp_path, corpus_embeddings):
    """"Hội Chữ thập đỏ huyện Tân Khê" names the district's own report, which says nothing of a commendation;
    the province's decision does, and names the district itself."""
    report = written("HỘI CHỮ THẬP ĐỎ HUYỆN TÂN KHÊ", "12/BC-CTĐ", "BÁO CÁO", "Kết quả công tác Hội năm 2025",
                      "1. Hội Chữ thập đỏ huyện Tân Khê tiếp nhận 1.200 đơn vị máu.\n\n2. Trao 500 suất quà Tết.", "Hà Văn Sơn")
    decision = written("HỘI CHỮ THẬP ĐỎ TỈNH PHÚ NGUYÊN", "09/QĐ-CTĐ", "QUYẾT ĐỊNH", "Về việc khen thưởng năm 2025",
                        "Điều 1. Tặng Bằng khen của Ban Thường vụ Hội Chữ thập đỏ tỉnh cho các cá nhân:\n"
                        "1. Ông Hà Văn Sơn, Chủ tịch Hội Chữ thập đỏ huyện Tân Khê;\n2. Bà Lò Thị Mai, tình nguyện viên xã Na Ư.\n\n"
                        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nguyễn Văn Bình")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-12-tan-khe.txt", report, qd_09_khen_thuong_txt=decision)
    answer = assistant.ask("Chủ tịch Hội Chữ thập đỏ huyện Tân Khê có được tặng Bằng khen không?")
    assert not answer.abstained and answer.citations[0].clause_id.startswith("qd-09-khen-thuong")
    # the other text must name the district itself: a commendation of someone elsewhere says nothing of it
    assert assistant.ask("Phó Chủ tịch Hội Chữ thập đỏ huyện Tân Khê có được tặng Cờ thi đua không?").abstained


def test_a_budget_table_is_read_under_its_column_of_sums(tmp_path, corpus_embeddings):
    """"| STT | Nội dung | Số lượng | Đơn giá | Thành tiền |": a sum is read under "Thành tiền", and the total
    row, whose label spans the first two cells, lines up from the right."""
    text = written("ỦY BAN NHÂN DÂN XÃ AN PHÚ", "31/KH-UBND", "KẾ HOẠCH", "Tổ chức Ngày hội hiến máu năm 2026",
                    "I. KINH PHÍ\n\nDự toán kinh phí như sau:\n\n"
                    "| STT | Nội dung | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |\n|---|---|---|---|---|\n"
                    "| 1 | Quà lưu niệm cho người hiến máu | 100 chiếc | 80.000 | 8.000.000 |\n"
                    "| 2 | In băng rôn tuyên truyền | 04 cái | 250.000 | 1.000.000 |\n"
                    "| Tổng cộng | | | 9.000.000 |\n\n"
                    "II. TỔ CHỨC THỰC HIỆN\n\n1. Hội Chữ thập đỏ xã tổng hợp danh sách người đăng ký hiến máu.",
                    "Võ Văn Hải", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-31-an-phu.txt", text)
    assert first_line(assistant, "Quà lưu niệm cho người hiến máu ở xã An Phú dự toán bao nhiêu tiền?") == "8.000.000 đồng [1]."
    assert first_line(assistant, "Tổng kinh phí tổ chức Ngày hội hiến máu xã An Phú là bao nhiêu?") == "9.000.000 [1]."


def test_a_generic_noun_a_small_corpus_never_writes_does_not_refuse_what_it_says(tmp_path, corpus_embeddings):
    body = ("Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định việc tổ chức hiến máu "
            "tình nguyện tại các điểm hiến máu lưu động trên địa bàn tỉnh.\n\n"
            "Điều 2. Các hành vi bị nghiêm cấm\n1. Mua, bán máu dưới mọi hình thức.\n"
            "2. Lợi dụng việc hiến máu để trục lợi.\n3. Ép buộc người khác hiến máu.\n\n"
            "Điều 3. Điều kiện người hiến máu\n1. Người từ đủ 18 tuổi đến đủ 60 tuổi, cân nặng từ 45 kg trở lên.\n"
            "2. Người hiến máu được khám sàng lọc miễn phí trước khi hiến.\n\n"
            "Điều 4. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 01 tháng 9 năm 2025.")
    text = written("SỞ Y TẾ TỈNH HÀ NAM SƠN", "12/2025/TT-SYT", "THÔNG TƯ", "Quy định về hiến máu tình nguyện",
                    body, "Đinh Văn Khải", board="GIÁM ĐỐC")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tt-12.txt", text)
    # "hoạt động" is no word of this text: in a corpus of one text it would weigh as the rarest word
    answer = assistant.ask("Những hành vi nào bị nghiêm cấm trong hoạt động hiến máu?")
    assert not answer.abstained and answer.citations[0].clause_id.startswith("tt-12:chuong-i.dieu-2")
    assert "Mua, bán máu" in answer.answer
    # a word of the case the text does not write still refuses
    assert assistant.ask("Những hành vi nào bị nghiêm cấm trong hoạt động ghép tạng?").abstained


def test_an_item_asked_by_its_rank_is_the_item_of_that_rank_in_the_division_named(tmp_path, corpus_embeddings):
    body = ("I. MỤC TIÊU\n1. Đến năm 2026 có 100% xã có tổ chức Hội.\n2. Mỗi huyện có ít nhất 01 đội xung kích.\n\n"
            "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN\n"
            "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
            "1 | Xây dựng kế hoạch triển khai ở cơ sở | Ban Tổ chức Hội | Văn phòng Hội | Trước ngày 20/4/2026\n"
            "2 | Tập huấn kỹ năng cứu hộ cho đội xung kích | Ban Công tác xã hội | Sở Y tế | Tháng 6/2026\n"
            "3 | Tổng kết, báo cáo kết quả | Văn phòng Hội | Ban Tổ chức Hội | Trước ngày 15/12/2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Y tế chỉ đạo các bệnh viện cử cán bộ tham gia tập huấn sơ cấp cứu.\n"
            "2. Sở Giáo dục và Đào tạo đưa nội dung sơ cấp cứu vào hoạt động ngoại khóa.\n"
            "3. Ủy ban nhân dân các huyện bố trí kinh phí cho đội xung kích cấp xã.")
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH LAM SƠN", "41/KH-CTĐ", "KẾ HOẠCH", "Nâng cao năng lực ứng phó thảm họa năm 2026",
                    body, "Nguyễn Thị Hạnh")
    letter = written("ỦY BAN NHÂN DÂN TỈNH LAM SƠN", "52/UBND-KGVX", "CÔNG VĂN", "V/v đôn đốc cứu trợ",
                      "Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Tài chính bố trí kinh phí cứu trợ trước ngày 10/12/2026.\n\n"
                      "2. Sở Y tế cử đội cơ động hỗ trợ các xã bị ngập.\n\n3. Thanh tra tỉnh kiểm tra việc phân phối hàng "
                      "cứu trợ; báo cáo Ủy ban nhân dân tỉnh trước ngày 28/02/2027.\n\nVăn phòng Ủy ban nhân dân tỉnh "
                      "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện.", "Lê Văn Hòa", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-41.txt", text, cv_52_txt=letter)
    # the text's own numbered points, not its closing paragraph; of the bodies it names, the one it puts the work on
    assert first_line(assistant, "Yêu cầu cuối cùng trong Công văn 52/UBND-KGVX giao cho cơ quan nào?").startswith("Thanh tra tỉnh")
    # the division is named by its heading's words; the first and the last of its items
    answer = assistant.ask("Trong phần tổ chức thực hiện của Kế hoạch 41/KH-CTĐ, nhiệm vụ thứ nhất giao cho cơ quan nào?")
    assert not answer.abstained and answer.answer.startswith("Sở Y tế")
    assert answer.citations[0].clause_id == "kh-41:iii.1"
    answer = assistant.ask("Nhiệm vụ cuối cùng trong phần tổ chức thực hiện Kế hoạch 41 giao cho cơ quan nào?")
    assert answer.citations[0].clause_id == "kh-41:iii.3" and answer.answer.startswith("Ủy ban nhân dân các huyện")
    # a row of a task table: the body under the column of the part asked; its deadline asked in a follow-up
    question = "Nhiệm vụ đầu tiên trong bảng phân công của Kế hoạch 41/KH-CTĐ do đơn vị nào chủ trì?"
    answer = assistant.ask(question)
    assert answer.answer.startswith("Ban Tổ chức Hội") and answer.citations[0].clause_id == "kh-41:ii.dong-1"
    history = [Turn(question=question, answer=answer.answer)]
    followed = assistant.ask("hạn hoàn thành nhiệm vụ đó là khi nào?", history=history)
    assert "20/4/2026" in followed.answer.split("\n")[0] and followed.citations[0].clause_id == "kh-41:ii.dong-1"
    # "đơn vị đó": the body the answer named, in the same row
    assert first_line(assistant, "đơn vị đó phối hợp với ai?", history).startswith("Văn phòng Hội")
    # no item of that rank: refused
    assert assistant.ask("Nhiệm vụ thứ năm trong phần tổ chức thực hiện Kế hoạch 41 giao cho cơ quan nào?").abstained


def test_a_person_named_is_asked_of_by_name_pronoun_and_post(tmp_path, corpus_embeddings):
    body = ("Ngày 05/3/2027, tại trụ sở Hội Chữ thập đỏ tỉnh, Ban Thường vụ họp phiên thường kỳ quý I. Đồng chí Cao "
            "Văn Đạt, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì phiên họp. Đồng chí Chủ tịch Hội kết luận như sau:\n\n"
            "1. Đồng chí Chủ tịch Hội giao đồng chí Lương Thị Thu Trang, Phó Chủ tịch Hội phụ trách công tác hiến máu; "
            "tổ chức tôn vinh người hiến máu tiêu biểu ngày 14/6/2027 tại Nhà văn hóa tỉnh.\n\n"
            "2. Đồng chí Chủ tịch Hội giao đồng chí Đặng Quốc Việt, Chánh Văn phòng Hội Chữ thập đỏ tỉnh kiểm tra "
            "tài chính tại các huyện Yên Lạc và Tam Nông, hoàn thành trước ngày 30/5/2027.\n\n"
            "3. Chỉ tiêu tiếp nhận máu năm 2027 của các huyện như sau:\n"
            "STT | Đơn vị | Chỉ tiêu (đơn vị máu) | Số đợt\n1 | Huyện Yên Lạc | 4.300 | 6\n2 | Huyện Tam Nông | 2.900 | 4\n\n"
            "4. Hội viên sinh hoạt tại chi hội thôn (nông dân, người lao động tự do) đóng hội phí 12.000 đồng/năm.")
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH VĨNH PHÚ", "17/TB-CTĐ", "THÔNG BÁO", "Kết luận phiên họp Ban Thường vụ quý I/2027",
                    body, "Cao Văn Đạt")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-17.txt", text)
    first = "Đồng chí Lương Thị Thu Trang được giao phụ trách việc gì?"
    history = [Turn(question=first, answer=assistant.ask(first).answer)]
    # "chị ấy", "bà ấy": the person the previous question named
    assert first_line(assistant, "Chị ấy tổ chức tôn vinh người hiến máu tiêu biểu vào ngày nào?", history) \
        .startswith("Ngày 14/6/2027")
    post = assistant.ask("Bà ấy giữ chức vụ gì?", history=history)
    assert post.answer.startswith("Phó Chủ tịch Hội") and post.citations[0].clause_id == "tb-17:1"
    # a post runs on into the body it is of
    assert assistant.ask("Đặng Quốc Việt giữ chức vụ gì?").answer.startswith("Chánh Văn phòng Hội Chữ thập đỏ tỉnh")
    # the signer's post is read from the signature block
    signer = assistant.ask("Cao Văn Đạt giữ chức vụ gì?")
    assert "Chủ tịch" in signer.answer and signer.citations[0].clause_id == "tb-17:closing"
    # the name of a title's holder; a title no text gives is refused
    assert first_line(assistant, "Chánh Văn phòng Hội Chữ thập đỏ tỉnh Vĩnh Phú tên là gì?").startswith("Đặng Quốc Việt")
    assert assistant.ask("Kế toán trưởng Hội Chữ thập đỏ tỉnh Vĩnh Phú tên là gì?").abstained
    # who did the work asked: the person the sentence saying it names, not the body of the sentence before
    assert first_line(assistant, "Phiên họp thường kỳ quý I của Ban Thường vụ diễn ra ngày nào, ai chủ trì?") \
        .startswith("Ngày 05/3/2027")
    assert first_line(assistant, "Phiên họp thường kỳ quý I của Ban Thường vụ do ai chủ trì?").startswith("Cao Văn Đạt")
    # a person no text names has no post
    assert assistant.ask("Ông Trịnh Văn Sơn giữ chức vụ gì?").abstained
    # "nông dân sinh hoạt" read as one word of four syllables is held as its two words
    assert first_line(assistant, "Hội viên là nông dân sinh hoạt ở chi hội thôn đóng hội phí bao nhiêu một năm?") \
        .startswith("12.000 đồng")
    # a column headed with its unit in brackets is the column named
    assert first_line(assistant, "Chỉ tiêu tiếp nhận máu năm 2027 của huyện Tam Nông là bao nhiêu?").startswith("2.900")


def test_each_party_of_a_joint_text_answers_for_its_own_part_and_both_for_what_names_neither(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM SƠN", "18/CTrPH-HCTĐ-SGDĐT",
                    "CHƯƠNG TRÌNH PHỐI HỢP", "Công tác Chữ thập đỏ trong trường học",
                    "I. NỘI DUNG PHỐI HỢP\n\n1. Sở Giáo dục và Đào tạo chỉ đạo các trường bố trí phòng học cho lớp tập huấn.\n\n"
                    "2. Hai bên giao ban định kỳ 6 tháng một lần.\n\n"
                    "II. KINH PHÍ\n\nHội Chữ thập đỏ tỉnh bố trí 200.000.000 đồng/năm cho tập huấn sơ cấp cứu.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "ctrph-18.txt", text)
    assert assistant.ask("Kinh phí Sở Giáo dục và Đào tạo Nam Sơn bố trí cho chương trình phối hợp là bao nhiêu mỗi năm?").abstained
    assert first_line(assistant, "Hội Chữ thập đỏ tỉnh bố trí kinh phí bao nhiêu mỗi năm?") == "200.000.000 đồng [1]."
    both = assistant.ask("Sở Giáo dục và Đào tạo giao ban bao lâu một lần?")
    assert [c.clause_id for c in both.citations] == ["ctrph-18:i.2"]


def test_the_signer_answers_for_the_title_signed_not_for_one_to_be_elected_to_it(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN AN LÃO", "17/TB-CTĐ", "THÔNG BÁO", "Về việc tổ chức Đại hội đại biểu lần thứ V",
                    "1. Đại hội bầu Ban Chấp hành khóa V gồm 21 ủy viên.\n\n2. Thời gian: ngày 15/7/2026.", "Đàm Thị Lụa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-17.txt", text)
    assert first_line(assistant, "Chủ tịch Hội Chữ thập đỏ huyện An Lão là ai?").startswith("Đàm Thị Lụa, Chủ tịch, ký")
    assert assistant.ask("Ai được dự kiến bầu làm Chủ tịch Hội Chữ thập đỏ huyện An Lão khóa V?").abstained


def test_a_place_asked_is_one_the_text_names_where_it_is_done(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN CẨM LINH", "12/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Tháng Nhân đạo năm 2026",
                    "1. Lễ phát động Tháng Nhân đạo tổ chức lúc 7 giờ 30 ngày 08/5/2026 tại Nhà văn hóa huyện.\n\n"
                    "2. Xây dựng kho hàng dự phòng thiên tai cấp huyện với giá trị tối thiểu 200 triệu đồng.\n\n"
                    "3. Lịch hiến máu:\n\nSTT | Thời gian | Nội dung | Địa điểm\n1 | 15/5/2026 | Hiến máu đợt 1 | "
                    "Khu công nghiệp Nam Linh\n2 | 20/5/2026 | Hiến máu đợt 2 | Trường THPT Cẩm Linh", "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-12.txt", text)
    assert first_line(assistant, "Lễ phát động Tháng Nhân đạo ở Cẩm Linh tổ chức ở đâu?") == "Tại Nhà văn hóa huyện [1]."
    assert assistant.ask("Kho hàng dự phòng thiên tai của huyện Cẩm Linh đặt ở đâu?").abstained  # its size, not its place
    assert first_line(assistant, "Hiến máu đợt 2 ở Cẩm Linh tổ chức ở đâu?") == "Trường THPT Cẩm Linh [1]."


def test_each_signer_of_a_text_two_bodies_sign_is_read_with_the_title_of_their_own_block(tmp_path, corpus_embeddings):
    text = ("SỞ Y TẾ TỈNH HẢI ĐÔNG\n\nSố: 07/KHLT-SYT-HCTĐ\n\nKẾ HOẠCH LIÊN TỊCH\nVận động hiến máu tình nguyện năm 2025\n\n"
            "1. Tổ chức 02 Ngày hội hiến máu.\n\nTM. BAN THƯỜNG VỤ\nHỘI CHỮ THẬP ĐỎ TỈNH\nCHỦ TỊCH\n\nTrần Thị Lan\n\n"
            "KT. GIÁM ĐỐC\nSỞ Y TẾ\nPHÓ GIÁM ĐỐC\n\nLê Văn Hùng\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "khlt-07.txt", text)
    assert first_line(assistant, "Phó Giám đốc Sở Y tế ký kế hoạch liên tịch vận động hiến máu là ai?").startswith(
        "Lê Văn Hùng, Phó Giám đốc, ký")
    # signing is how the holder of a title is asked of a text, typed bare too
    assert first_line(assistant, "chu tich hoi chu thap do tinh ky ke hoach lien tich van dong hien mau la ai").startswith(
        "Trần Thị Lan, Chủ tịch, ký")
    assert first_line(assistant, "Người ký kế hoạch liên tịch vận động hiến máu giữ chức vụ gì?").startswith(
        "Trần Thị Lan, Chủ tịch và Lê Văn Hùng, Phó Giám đốc, ký")


def test_an_agency_of_a_place_is_given_its_figure_by_the_row_of_a_table_by_place(tmp_path, corpus_embeddings):
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "31/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Tháng Nhân đạo năm 2025",
                   "IV. CHỈ TIÊU\n\nChỉ tiêu giao cho Hội Chữ thập đỏ cấp huyện:\n\n"
                   "| STT | Đơn vị | Vận động (triệu đồng) | Đơn vị máu |\n|---|---|---|---|\n"
                   "| 1 | Thành phố Tân Hà | 4.500 | 2.000 |\n| 2 | Huyện Đông Lâm | 1.800 | 650 |\n\n"
                   "V. TỔ CHỨC THỰC HIỆN\n\n1. Hội Chữ thập đỏ cấp huyện xây dựng kế hoạch, báo cáo kết quả trước ngày 30/6/2025.",
                   "Nguyễn Thị Phương Thảo")
    # (the agency's clauses say no figure, its place's row does)
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-31.txt", plan, {
        "Hội Chữ thập đỏ huyện Đông Lâm được giao chỉ tiêu vận động bao nhiêu triệu đồng?": "1.800 triệu đồng [1]."})


def test_a_tables_unit_stated_over_it_makes_its_figures_sums(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ SƠN KHÊ", "41/BC-CTĐ", "BÁO CÁO", "Kết quả Tháng Nhân đạo năm 2026",
                   "I. KẾT QUẢ VẬN ĐỘNG\n\n1. Toàn thành phố vận động được 3.805 triệu đồng.\n\n"
                   "Bảng 1. Kết quả vận động theo đơn vị (đơn vị tính: triệu đồng)\n"
                   "| STT | Đơn vị | Tiền mặt | Hiện vật quy đổi | Tổng giá trị |\n|---|---|---|---|---|\n"
                   "| 1 | Phường Bình Minh | 845 | 1.120 | 1.965 |\n| 2 | Xã Hòa Lạc | 780 | 1.060 | 1.840 |\n"
                   "\nII. KIẾN NGHỊ\n\nĐề nghị tiếp tục bố trí kinh phí cho chương trình nhà nhân đạo.", "Lò Thị Hạnh")
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-41.txt", text, {
        "Phường Bình Minh vận động được tổng giá trị bao nhiêu?": "1.965 triệu đồng [1].",
        "Xã Hòa Lạc vận động được bao nhiêu tiền mặt?": "780 triệu đồng [1].",
    }, refused=("Phường An Phú vận động được tổng giá trị bao nhiêu?",))


def test_an_assignment_notice_answers_who_by_the_person_whose_name_heads_the_duties(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "38/TB-CTĐ", "THÔNG BÁO", "Phân công nhiệm vụ Thường trực Hội",
                   "I. PHÂN CÔNG\n\n1. Đồng chí Lò Thị Hạnh - Chủ tịch Hội Chữ thập đỏ tỉnh\n\n- Phụ trách chung.\n\n"
                   "2. Đồng chí Bùi Văn Khánh - Phó Chủ tịch Hội Chữ thập đỏ tỉnh\n\n"
                   "- Thay mặt Chủ tịch điều hành công việc khi đồng chí Chủ tịch vắng mặt.\n\n"
                   "- Phụ trách địa bàn: huyện Lạc Thủy, huyện Cao Phong.\n\n"
                   "3. Đồng chí Đinh Thị Mai - Phó Chủ tịch Hội Chữ thập đỏ tỉnh\n\n"
                   "- Phụ trách công tác sơ cấp cứu; Trưởng Ban chỉ huy Đội sơ cấp cứu tỉnh.\n\n"
                   "- Theo dõi, chỉ đạo Hội Chữ thập đỏ huyện Mai Châu, huyện Tân Lạc.\n\n"
                   "II. TỔ CHỨC THỰC HIỆN\n\nKhi Chủ tịch vắng mặt, đồng chí Bùi Văn Khánh, Phó Chủ tịch thay mặt Chủ tịch "
                   "ký các văn bản.\n\nBan Công tác xã hội là đầu mối theo dõi, tổng hợp việc thực hiện Thông báo.",
                   "Lò Thị Hạnh")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-38.txt", text)
    answers_as(assistant, {
        "Chủ tịch Hội vắng mặt thì ai điều hành công việc?": "Bùi Văn Khánh [1].",
        "Đồng chí nào phụ trách huyện Cao Phong?": "Bùi Văn Khánh [1].",
        "Ban nào là đầu mối theo dõi việc thực hiện Thông báo?": "Ban Công tác xã hội [1].",
        # a post the duties under a person's name say they hold; the title a sentence names as a role is no one's
        "Ai là Trưởng Ban chỉ huy Đội sơ cấp cứu tỉnh?": "Đinh Thị Mai [1].",
        "Ai là Chủ tịch Hội Chữ thập đỏ tỉnh?": "Lò Thị Hạnh [1].",
    }, refused=("Huyện Mai Sơn do đồng chí nào phụ trách?",))
    # what a person named is in charge of, whatever verb the duties use ("Theo dõi, chỉ đạo …")
    assert "huyện Tân Lạc" in assistant.ask("Phó Chủ tịch Đinh Thị Mai phụ trách những huyện nào?").answer


def test_a_report_whose_table_is_aligned_with_spaces_answers_from_its_rows(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "112/BC-CTĐ", "BÁO CÁO", "Kết quả công tác Hội 6 tháng cuối năm 2025",
                   "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác tổ chức (số liệu tính đến ngày 30/11/2025)\n\n"
                   "   Chỉ tiêu                          Đơn vị tính      Kết quả    So với 30/6/2025\n"
                   "   -------------------------------   -----------    ---------    ----------------\n"
                   "   Tổng số hội viên                  người            148.320    tăng 2,9%\n"
                   "   Hội viên kết nạp mới (6 tháng)    người              4.275    -\n"
                   "   Tình nguyện viên                  người             36.540    tăng 4,1%\n\n"
                   "II. PHƯƠNG HƯỚNG\n\n1. Phát triển thêm 3.500 hội viên mới trong 6 tháng đầu năm 2026.", "Lò Thị Hạnh")
    # (a day's year names no column: "So với 30/6/2025" is no column of 2025)
    over_text_answers_as(tmp_path, corpus_embeddings, "bc-112.txt", text, {
        "Tính đến 30/11/2025 Hội có tổng cộng bao nhiêu hội viên?": "148.320 [1].",
        "6 tháng cuối năm 2025 kết nạp được bao nhiêu hội viên mới?": "4.275 [1].",
    }, refused=("Tính đến 30/11/2025 Hội có bao nhiêu thanh thiếu niên Chữ thập đỏ?",))


def test_a_table_of_rows_grouped_by_district_answers_a_communes_figure_under_the_column_asked(tmp_path, corpus_embeddings):
    text = written("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH TÂN HÀ", "52/QĐ-SLĐTBXH", "QUYẾT ĐỊNH",
                   "Phê duyệt danh sách phân bổ quà Tết năm 2025",
                   "Điều 1. Phê duyệt danh sách phân bổ 185 suất quà Tết, cụ thể như sau:\n\n"
                   "| STT | Đơn vị | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng) |\n|---|---|---|---|---|\n"
                   "| I | Huyện Đông Lâm | | | |\n| 1 | Xã Mường Hoong | 62 | 600.000 | 37.200.000 |\n"
                   "| 2 | Xã Ngọc Linh | 75 | 600.000 | 45.000.000 |\n| II | Huyện Tây Sơn | | | |\n"
                   "| 3 | Xã Hiếu | 48 | 500.000 | 24.000.000 |\n\n"
                   "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nguyễn Văn Hùng")
    over_text_answers_as(tmp_path, corpus_embeddings, "qd-52.txt", text, {
        "Xã Ngọc Linh được bao nhiêu tiền quà Tết?": "45.000.000 đồng [1].",
        "Mức quà của xã Hiếu là bao nhiêu?": "500.000 đồng/suất [1].",
    }, refused=("Xã Đắk Ring được bao nhiêu tiền quà Tết?",))


def test_a_guide_answers_by_the_item_labelled_as_asked_the_fee_collected_and_a_ratio_per_one(tmp_path, corpus_embeddings):
    text = written("SỞ Y TẾ TỈNH TÂN HÀ", "47/HD-SYT", "HƯỚNG DẪN", "Tập huấn sơ cấp cứu năm 2026",
                   "I. CHỦ ĐỀ, THỜI GIAN\n\n• Chủ đề: \"An toàn học đường - Sẵn sàng sơ cứu\".\n\n"
                   "• Thời gian: từ ngày 01/6/2026 đến hết ngày 30/8/2026.\n\n"
                   "II. TỔ CHỨC LỚP\n\n- Khi thực hành, chia nhóm không quá 08 người/01 hướng dẫn viên.\n\n"
                   "III. KINH PHÍ VÀ MỨC THU\n\n1. Lớp giáo viên, nhân viên cơ sở giáo dục: 250.000 đồng/học viên/khóa.\n\n"
                   "2. Doanh nghiệp:\n- Huấn luyện lần đầu: 450.000 đồng/học viên;\n- Huấn luyện định kỳ: 200.000 đồng/học viên.\n\n"
                   "IV. THI ĐUA\n\n1. Cụm thi đua: các đơn vị được chia thành 02 cụm:\n"
                   "- Cụm thi đua số 1 (02 đơn vị): xã An Lạc, xã Bình Minh.\n"
                   "- Cụm thi đua số 2 (02 đơn vị): xã Hòa Bình, xã Tân Phú.", "Lò Thị Hạnh")
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-47.txt", text)
    theme = assistant.ask("Chủ đề tập huấn sơ cấp cứu năm 2026 là gì?")
    assert "Sẵn sàng sơ cứu" in theme.answer and "Thời gian:" not in theme.answer  # the item labelled so, alone
    cluster = assistant.ask("Cụm thi đua số 2 là gì?").answer  # the label that says most of it, not "Cụm thi đua:"
    assert "Tân Phú" in cluster
    answers_as(assistant, {
        "Doanh nghiệp huấn luyện lần đầu phải đóng bao nhiêu tiền mỗi học viên?": "450.000 đồng [1].",  # "Mức thu"
        "Phí tập huấn cho giáo viên trường học là bao nhiêu một người?": "250.000 đồng [1].",  # a school is one
        "Khi thực hành mỗi nhóm tối đa mấy người trên 1 hướng dẫn viên?": "08 người [1].",  # per one
    }, refused=("Khi thực hành mỗi nhóm tối đa mấy người trên 3 hướng dẫn viên?",))


def test_a_regulation_issued_with_a_decision_answers_which_and_a_letter_whom_it_is_sent_to(tmp_path, corpus_embeddings):
    rule = ("TRƯỜNG ĐẠI HỌC SƯ PHẠM TÂN HÀ\n\nQUY ĐỊNH\nVề tổ chức và hoạt động của Câu lạc bộ Chữ thập đỏ sinh viên\n"
            "(Ban hành kèm theo Quyết định số 1125/QĐ-ĐHSP ngày 05 tháng 9 năm 2025 của Hiệu trưởng Trường Đại học "
            "Sư phạm Tân Hà)\n\nĐiều 1. Câu lạc bộ trực thuộc Đoàn Thanh niên Trường Đại học Sư phạm Tân Hà.\n\n"
            "Điều 2. Hội phí 20.000 đồng/học kỳ.\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(đã ký)\nPGS.TS. Vũ Đình Khang\n")
    letter = ("SỞ Y TẾ TỈNH TÂN HÀ\nSố: 86/SYT-NV\nV/v bảo đảm cung ứng máu dịp hè\n\nKính gửi:\n"
              "- Bệnh viện Đa khoa tỉnh;\n- Trung tâm Y tế các huyện.\n\n1. Bảo đảm đủ máu cho cấp cứu.\n\n"
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\nLê Văn Tâm\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qyd-clb.txt", rule, cv_86_txt=letter)
    issued = first_line(assistant, "Quy định về CLB Chữ thập đỏ sinh viên ban hành kèm theo quyết định nào?")
    assert "được ban hành kèm theo 1125/QĐ-ĐHSP" in issued
    assert "PGS.TS. Vũ Đình Khang" in first_line(assistant, "Ai ký quy định về câu lạc bộ chữ thập đỏ sinh viên?")
    assert "Trường Đại học Sư phạm Tân Hà" in first_line(assistant, "Cơ quan nào ban hành quy định về câu lạc bộ?")
    sent = first_line(assistant, "Công văn 86/SYT-NV gửi những đơn vị nào?")
    assert "Bệnh viện Đa khoa tỉnh" in sent and "Trung tâm Y tế các huyện" in sent


def test_the_holder_of_a_post_is_the_signer_of_the_body_that_signs_not_of_one_it_sends_the_text_to(tmp_path, corpus_embeddings):
    text = ("ỦY BAN MTTQ VIỆT NAM TỈNH TÂN HÀ\nHỘI CHỮ THẬP ĐỎ TỈNH\nSố: 215/CTr-HCTĐ\n\nCHƯƠNG TRÌNH\n"
            "Công tác Hội năm 2027\n\n1. Phát triển 3.000 hội viên mới.\n\nNơi nhận:\n- Ủy ban nhân dân tỉnh;\n"
            "- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n(đã ký)\nHà Thị Kim Oanh\n")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "ctr-215.txt", text),
               {"Chủ tịch Hội CTĐ tỉnh Tân Hà là ai?": "Hà Thị Kim Oanh, Chủ tịch, ký Chương trình số 215/CTr-HCTĐ "
                                                       "của Hội Chữ thập đỏ tỉnh Tân Hà [1]."},
               refused=("Chủ tịch UBND tỉnh Tân Hà là ai?",))


def test_an_item_titled_on_its_own_line_is_read_under_its_title(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ TÂN HÀ", "112/GM-CTĐ", "GIẤY MỜI",
                   "Tham dự Lớp tập huấn kỹ năng ứng phó thảm họa năm 2025",
                   "1. Thành phần\nCác thành viên Đội ứng phó thảm họa.\n\n2. Thời gian\n"
                   "02 ngày, từ 7 giờ 30 phút thứ Năm, ngày 23/10/2025 đến 17 giờ 00 thứ Sáu, ngày 24/10/2025.\n\n"
                   "3. Quy định\nThành viên vắng quá 30% thời gian huấn luyện thì bị đưa ra khỏi danh sách Đội.\n\n"
                   "4. Đầu mối liên hệ\nThông tin chi tiết xin liên hệ: ThS. Lương Thị Thu Trang, chuyên viên Văn phòng; "
                   "điện thoại: 024.6273.2286; email: trangltt@ctd.vn.", "Lò Thị Hạnh")
    assistant = assistant_of(tmp_path, corpus_embeddings, "gm-112.txt", text)
    assert "23/10/2025" in first_line(assistant, "lop tap huan ung pho tham hoa to chuc ngay nao")
    answers_as(assistant, {"Email đầu mối liên hệ là gì?": "trangltt@ctd.vn [1].",
                           "Số điện thoại liên hệ là gì?": "024.6273.2286 [1]."})
    assert "30% thời gian" in assistant.ask("Trường hợp nào thành viên bị đưa ra khỏi danh sách Đội?").answer


def test_a_figure_of_the_whole_country_is_read_only_where_a_text_says_it_of_the_country(tmp_path, corpus_embeddings):
    province = written("ỦY BAN NHÂN DÂN TỈNH TÂN HÀ", "486/KH-UBND", "KẾ HOẠCH", "Vận động hiến máu tình nguyện năm 2024",
                       "I. CHỈ TIÊU\n\n1. Tiếp nhận 42.000 đơn vị máu trong năm 2024.", "Lò Văn Hòa")
    country = ("BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH\nSố: 86/KCB-NV\nV/v bảo đảm cung ứng máu năm 2025\n\n"
               "Kính gửi: Sở Y tế các tỉnh.\n\n1. Năm 2024, cả nước tiếp nhận 1.820.000 đơn vị máu.\n\n"
               "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n(đã ký)\nPhạm Đức Minh\n")
    (tmp_path / "both").mkdir(), (tmp_path / "alone").mkdir()
    both = assistant_of(tmp_path / "both", corpus_embeddings, "kh-486.txt", province, cv_86_txt=country)
    answers_as(both, {"Năm 2024 cả nước tiếp nhận được bao nhiêu đơn vị máu?": "1.820.000 đơn vị [1].",
                      "Năm 2024 tỉnh Tân Hà phải tiếp nhận bao nhiêu đơn vị máu?": "42.000 đơn vị [1]."})
    alone = assistant_of(tmp_path / "alone", corpus_embeddings, "kh-486.txt", province)
    assert alone.ask("Năm 2024 cả nước tiếp nhận được bao nhiêu đơn vị máu?").abstained


def test_of_two_texts_of_a_place_the_one_of_the_kind_named_says_when_it_takes_effect_and_what_it_replaces(
        tmp_path, corpus_embeddings):
    decision = written("ỦY BAN NHÂN DÂN TỈNH TÂN HÀ", "2456/QĐ-UBND", "QUYẾT ĐỊNH",
                       "Ban hành Quy chế phối hợp giữa Hội Chữ thập đỏ tỉnh và Công an tỉnh Tân Hà",
                       "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
                       "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025 và thay thế Quyết định số "
                       "1187/QĐ-UBND ngày 12 tháng 5 năm 2021 và Quyết định số 3302/QĐ-UBND ngày 18 tháng 11 năm 2022.\n\n"
                       "QUY CHẾ\nPhối hợp giữa Hội Chữ thập đỏ tỉnh và Công an tỉnh\n\n"
                       "Điều 1. Hai bên phối hợp tuyên truyền, phòng ngừa lợi dụng danh nghĩa Hội.", "Lò Văn Hòa")
    report = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "112/BC-CTĐ", "BÁO CÁO", "Kết quả công tác Hội năm 2025",
                     "I. KẾT QUẢ\n\n1. Phối hợp với Công an tỉnh tuyên truyền tại 120 xã.", "Lò Thị Hạnh")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-2456.txt", decision, bc_112_txt=report)
    assert "01 tháng 10 năm 2025" in first_line(assistant, "Hiệu lực quy chế phối hợp CTĐ công an Tân Hà từ ngày nào?")
    replaced = first_line(assistant, "QĐ 2456 thay thế những quyết định nào?")
    assert "1187/QĐ-UBND" in replaced and "3302/QĐ-UBND" in replaced


def test_a_body_named_as_the_object_of_the_work_asked_is_no_doer(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN THÀNH PHỐ TÂN HÀ", "298/KH-UBND", "KẾ HOẠCH", "Thực hiện Kết luận 45 về công tác nhân đạo",
                   "I. NHIỆM VỤ\n\n| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                   "| 1 | Kiện toàn tổ chức Hội Chữ thập đỏ phường, xã sau sắp xếp | UBND các phường, xã | "
                   "Trước ngày 31/12/2025 |\n| 2 | Tổ chức Tháng Nhân đạo | Hội Chữ thập đỏ thành phố | Tháng 5/2026 |",
                   "Lò Văn Hòa")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "kh-298.txt", text),
               {"Kiện toàn tổ chức Hội CTĐ phường, xã sau sắp xếp phải xong trước ngày nào?": "Ngày 31/12/2025 [1]."})


def test_a_decree_answers_what_items_it_bars_without_writing_the_word_for_items(tmp_path, corpus_embeddings):
    text = ("CHÍNH PHỦ\nSố: 47/2026/NĐ-CP\n\nNGHỊ ĐỊNH\nVề vận động, tiếp nhận nguồn đóng góp tự nguyện\n\n"
            "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định việc vận động, tiếp nhận "
            "nguồn đóng góp tự nguyện khắc phục thiên tai.\n\nĐiều 3. Nguyên tắc\n1. Công khai, minh bạch.\n"
            "2. Sử dụng đúng mục đích.\n3. Không sử dụng nguồn đóng góp tự nguyện để chi hội nghị, tiếp khách, khen thưởng "
            "hoặc mua sắm phương tiện đi lại.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n(đã ký)\nLê Văn Minh\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "nd-47.txt", text)
    answer = assistant.ask("Nghị định cấm dùng nguồn đóng góp tự nguyện để chi những khoản gì?")
    assert not answer.abstained and "tiếp khách" in answer.answer


def test_a_column_headed_with_a_short_form_answers_a_count_asked_in_full_and_a_numbered_ward_is_its_own(
        tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "132/BC-HCTĐ", "BÁO CÁO", "Sơ kết 6 tháng đầu năm 2027",
                   "I. KẾT QUẢ\n\n1. Kết quả theo đơn vị:\n\n| STT | Đơn vị | Số hội viên | Số TNV |\n|---|---|---|---|\n"
                   "| 1 | Phường Hà Giang 1 | 1.980 | 275 |\n| 2 | Xã Mèo Vạc | 790 | 130 |\n\n"
                   "II. PHƯƠNG HƯỚNG\n\n1. Phát triển thêm 3.500 hội viên mới.", "Lò Thị Hạnh")
    answers_as(assistant_of(tmp_path, corpus_embeddings, "bc-132.txt", text),
               {"Xã Mèo Vạc có bao nhiêu TNV?": "130 [1].", "xa meo vac co bao nhieu tnv": "130 [1].",
                "Phường Hà Giang 1 có bao nhiêu hội viên?": "1.980 [1]."},
               refused=("Phường Hà Giang 2 có bao nhiêu hội viên?",))


RELIEF_LETTER = (
    "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ\nVIỆT NAM\nBAN THƯỜNG TRỰC\n\nSố: 1186/TWH-CTXH\n"
    "V/v đôn đốc báo cáo thiệt hại và triển khai cứu trợ khắc phục hậu quả bão số 6\n\n"
    "Hà Nội, ngày 02 tháng 10 năm 2026\n\n"
    "Kính gửi: Ban Thường vụ Hội Chữ thập đỏ các tỉnh: Hà Tĩnh, Quảng Trị.\n\n"
    "Căn cứ Quy chế quản lý, sử dụng Quỹ Cứu trợ nhân đạo ban hành kèm theo Quyết định số 215/QĐ-TWH ngày 10/3/2025 "
    "của Ban Thường vụ Trung ương Hội Chữ thập đỏ Việt Nam; Ban Thường trực Trung ương Hội đề nghị:\n\n"
    "1. Về chế độ báo cáo\n\n"
    "a) Gửi báo cáo nhanh về thiệt hại và nhu cầu cứu trợ trước 17 giờ 00 ngày 05/10/2026.\n\n"
    "b) Gửi báo cáo kết quả cứu trợ đợt 1 chậm nhất ngày 15/10/2026.\n\n"
    "2. Phân bổ nguồn lực cứu trợ đợt 1\n\n"
    "| STT | Tỉnh | Tiền mặt (đồng) | Hàng hóa quy đổi (đồng) | Tổng cộng (đồng) |\n|---|---|---|---|---|\n"
    "| 1 | Hà Tĩnh | 700.000.000 | 300.000.000 | 1.000.000.000 |\n"
    "| 2 | Quảng Trị | 800.000.000 | 400.000.000 | 1.200.000.000 |\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Hồng Quân\n")
RELIEF_REPORT = written(
    "HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG TRỊ", "158/BC-CTĐ", "BÁO CÁO", "Kết quả cứu trợ khắc phục hậu quả bão số 6 (đợt 1)",
    "I. KẾT QUẢ\n\n1. Tiếp nhận hàng hóa trị giá 400.000.000 đồng.\n\n2. Phân bổ theo địa bàn trọng điểm\n"
    "- Xã Lệ Thủy: 612 hộ, tổng giá trị hỗ trợ 1.046.000.000 đồng;\n"
    "- Xã Quảng Ninh: 455 hộ, tổng giá trị hỗ trợ 732.000.000 đồng.\n\n"
    "II. KHÓ KHĂN\n\n- Các xã bị chia cắt từ ngày 28/9/2026 đến ngày 03/10/2026, báo cáo nhanh gửi chậm 01 ngày.",
    "Hoàng Thị Bích Liên")


def test_a_letter_of_the_centre_is_told_from_the_report_answering_it_and_its_table_read_by_the_column_asked(
        tmp_path, corpus_embeddings):
    # a kind written after another says what that one is about ("công văn đôn đốc báo cáo"), a report to be sent is no
    # text named ("hạn gửi báo cáo nhanh"); cash is asked by its word; a section's "đợt 1" names no column; the text a
    # preamble cites is found by what it says of it
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-1186.txt", RELIEF_LETTER, bc_158_txt=RELIEF_REPORT)
    answers_as(assistant, {
        "Ai ký công văn đôn đốc báo cáo thiệt hại bão số 6?":
            "Công văn số 1186/TWH-CTXH của Ban Thường trực Trung ương Hội Chữ thập đỏ Việt Nam (2/10/2026) do Vũ Hồng "
            "Quân, Phó Chủ tịch, ký [1].",
        "Hạn gửi báo cáo nhanh thiệt hại là khi nào?": "17 giờ 00 ngày 05/10/2026 [1].",
        "Quảng Trị được Trung ương phân bổ bao nhiêu tiền mặt?": "800.000.000 đồng [1].",
        "Hà Tĩnh được phân bổ tổng cộng bao nhiêu tiền đợt 1?": "1.000.000.000 đồng [1].",
        "Xã Lệ Thủy được hỗ trợ bao nhiêu hộ?": "612 hộ [1].",
        "Quy chế quản lý Quỹ Cứu trợ nhân đạo ban hành kèm quyết định số mấy?":
            "Số hiệu đầy đủ là Quyết định số 215/QĐ-TWH [1].",
    })


SUPPORT_RESOLUTION = written(
    "HỘI ĐỒNG NHÂN DÂN TỈNH TÂN HÀ", "18/2026/NQ-HĐND", "NGHỊ QUYẾT", "Quy định mức hỗ trợ người hiến máu tình nguyện",
    "Điều 1. Mức hỗ trợ\n\n1. Người hiến máu từ 40 lần trở lên: 2.000.000 đồng và được tặng Bằng khen.\n\n"
    "2. Hỗ trợ người hiến máu khẩn cấp theo lời kêu gọi của cơ sở khám bệnh, chữa bệnh: 300.000 đồng/người/lần.\n\n"
    "Điều 2. Hiệu lực\n\nNghị quyết này có hiệu lực từ ngày 01/8/2026.", "Trần Văn Lâm", board="HỘI ĐỒNG NHÂN DÂN")
SUPPORT_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH TÂN HÀ\n\nSố: 214/KH-UBND\n\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết số "
    "18/2026/NQ-HĐND về mức hỗ trợ người hiến máu tình nguyện\n\n"
    "Căn cứ Chương trình phối hợp số 03/CTPH-MTTQ-CTĐ ngày 15/9/2025 giữa Ban Thường trực Ủy ban Mặt trận Tổ quốc "
    "Việt Nam tỉnh và Ban Thường vụ Hội Chữ thập đỏ tỉnh;\n\n"
    "I. KINH PHÍ\n\n1. Kinh phí năm 2026 dự kiến 4,2 tỷ đồng.\n\n"
    "2. Thông tin liên hệ: bà Lê Thị Thu Hà, Ban Công tác xã hội Hội Chữ thập đỏ tỉnh, điện thoại 0221.3865.207.\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Thanh Loan\n")


def test_a_plan_named_by_the_resolution_it_carries_out_tells_its_signer_and_what_a_donor_is_entitled_to(
        tmp_path, corpus_embeddings):
    # "kế hoạch triển khai nghị quyết": the plan whose title names the resolution, and its signer's post asked after;
    # a hospital is a cơ sở khám bệnh; "được hưởng gì" asks what a text states as the benefit; "bao nhiu" typed short;
    # a programme only cited is found by the bodies its citing sentence names; the telephone of the issuer asked is
    # not the one its text gives for the Hội
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-214.txt", SUPPORT_PLAN, nq_18_txt=SUPPORT_RESOLUTION)
    signed = assistant.ask("Kế hoạch triển khai nghị quyết do ai ký, chức vụ gì?").answer
    assert "Nguyễn Thị Thanh Loan" in signed and "Phó Chủ tịch" in signed and "Trần Văn Lâm" not in signed
    entitled = assistant.ask("Người hiến máu từ 40 lần trở lên được hưởng gì?")
    assert not entitled.abstained and "Bằng khen" in entitled.answer
    answers_as(assistant, {
        "Hiến máu khẩn cấp theo lời kêu gọi của bệnh viện được hỗ trợ thêm bao nhiêu?":
            "300.000 đồng [1].",
        "Kinh phí năm 2026 để thực hiện kế hoạch dự kiến bao nhiu?": "4,2 tỷ đồng [1].",
        "Chương trình phối hợp giữa Mặt trận tỉnh và Hội CTĐ tỉnh là số mấy?":
            "Số hiệu đầy đủ là Chương trình phối hợp số 03/CTPH-MTTQ-CTĐ [1].",
    }, refused=("Số điện thoại của Ủy ban nhân dân tỉnh Tân Hà là gì?",))


def test_the_rank_of_a_congress_and_of_a_committee_s_term_are_asked_apart(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ TÂN HÀ", "112/KH-CTĐ", "KẾ HOẠCH", "Tổ chức đại hội các cấp nhiệm kỳ 2027 - 2032",
                   "I. MỤC ĐÍCH\n\n1. Tổ chức thành công Đại hội đại biểu Hội Chữ thập đỏ thành phố Tân Hà lần thứ VI.\n\n"
                   "II. NỘI DUNG\n\n1. Đại biểu: 300 đại biểu, trong đó 38 ủy viên Ban Chấp hành khóa V.\n\n"
                   "Nơi nhận:\n- Ban Tổ chức Thành ủy;\n- Đảng ủy các xã, phường;\n- Lưu: VT.", "Lê Văn An")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-112.txt", text)
    answers_as(assistant, {
        "Đại hội đại biểu Hội CTĐ thành phố là lần thứ mấy?": "Lần thứ VI [1].",
        "Ban Chấp hành Hội CTĐ thành phố là khóa mấy?": "Khóa V [1].",
    })
    sent = assistant.ask("Kế hoạch 112 gửi những đâu?")
    assert sent.intent == "recipients" and "Đảng ủy các xã, phường" in sent.answer


JOINT_PLAN = (
    "TỈNH ĐOÀN TÂN HÀ                          HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\n"
    "BAN THƯỜNG VỤ                             BAN THƯỜNG VỤ\n"
    "Số: 412-KHLT/TĐTN-PT                      Số: 156/KHLT-CTĐ\n\n"
    "Tân Hà, ngày 25 tháng 11 năm 2026\n\nKẾ HOẠCH LIÊN TỊCH\nTổ chức Chương trình Hành trình Đỏ năm 2027\n\n"
    "I. CHỈ TIÊU\n\n1. Tiếp nhận tối thiểu 9.500 đơn vị máu.\n\n"
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN               TM. BAN THƯỜNG VỤ\n"
    "BÍ THƯ                                    CHỦ TỊCH\n\n"
    "Trần Minh Khoa                            Phan Văn Dũng\n")


def test_a_joint_plan_states_both_numbers_and_is_the_plan_of_either_party(tmp_path, corpus_embeddings):
    # a "kế hoạch liên tịch" is a "kế hoạch": named by a party, of the plans it issues
    assistant = assistant_of(tmp_path, corpus_embeddings, "khlt-412.txt", JOINT_PLAN)
    assert "412-KHLT/TĐTN-PT và 156/KHLT-CTĐ" in first_line(assistant, "Kế hoạch liên tịch Hành trình Đỏ 2027 số mấy?")
    signed = first_line(assistant, "Ai ký kế hoạch bên Tỉnh đoàn?")
    assert "Trần Minh Khoa" in signed and "Kế hoạch liên tịch" in signed
    # a figure of a text whose title names its year is that year's, when neither its sentence nor its headings name one
    assert first_line(assistant, "Năm 2027 Hành trình Đỏ phải tiếp nhận bao nhiêu đơn vị máu?").startswith("9.500")
    assert assistant.ask("Năm 2026 Hành trình Đỏ tiếp nhận được bao nhiêu đơn vị máu?").abstained


def test_a_ward_s_share_listed_under_a_heading_for_all_wards_is_its_own_and_hoi_at_a_level_is_the_red_cross(
        tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ TÂN HÀ", "146/KH-CTĐ", "KẾ HOẠCH", "Vận động Tết Nhân ái năm 2027",
                   "Căn cứ Kế hoạch số 412/KH-TWH ngày 01/10/2026 của Trung ương Hội Chữ thập đỏ Việt Nam về Tết Nhân ái "
                   "năm 2027;\n\n"
                   "I. CHỈ TIÊU\n\n1. Phân bổ chỉ tiêu suất quà cho các phường, xã\n- Phường Phú Xuân: 1.800 suất;\n"
                   "- Phường Kim Long: 950 suất.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Hội Chữ thập đỏ thành phố "
                   "tổng hợp kết quả, báo cáo Trung ương Hội Chữ thập đỏ Việt Nam trước ngày 28/02/2027.", "Lê Văn An")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-146.txt", text)
    answers_as(assistant, {
        "Phường Phú Xuân được giao chỉ tiêu bao nhiêu suất quà?": "1.800 suất [1].",
        "Hội thành phố báo cáo kết quả Tết Nhân ái lên Trung ương Hội trước ngày nào?": "Ngày 28/02/2027 [1].",
    }, refused=("Phường Thuận Hóa được giao chỉ tiêu bao nhiêu suất quà?",))
    # the plan of the Hội named by its level, not of the Central Committee it names after
    assert "412/KH-TWH" in first_line(assistant, "Kế hoạch của Hội thành phố căn cứ kế hoạch nào của Trung ương Hội?")


def test_how_a_cadre_asks_a_sum_a_deadline_an_area_an_age_and_whom_to_reach(tmp_path, corpus_embeddings):
    # "bố trí bao nhiêu tiền" asks the sum set; "chậm nhất lúc nào" a deadline; "diện tích … bao nhiêu ha" an area
    # stated by its unit; "độ tuổi" the ages; "khi có vướng mắc" is no word the contact line must write; "mỗi căn
    # nhà" counts houses whatever the classifier
    text = written("SỞ Y TẾ TỈNH TÂN HÀ", "415/KH-SYT", "KẾ HOẠCH", "Vận động hiến máu tình nguyện năm 2027",
                   "I. TÌNH HÌNH\n\n1. Mưa lũ làm 4.560 ha lúa bị ngập úng.\n\nII. NỘI DUNG\n\n"
                   "1. Người hiến máu là công dân từ đủ 18 tuổi đến 60 tuổi, có sức khỏe tốt.\n\n"
                   "2. Hội Chữ thập đỏ xã gửi danh sách về Hội Chữ thập đỏ tỉnh trước 17 giờ 00 ngày 15/9/2026.\n\n"
                   "III. KINH PHÍ\n\n1. Hỗ trợ các điểm hiến máu lưu động: 780.000.000 đồng.\n\n"
                   "2. Mỗi nhà Chữ thập đỏ được hỗ trợ 60.000.000 đồng.\n\n"
                   "Đầu mối liên hệ: bà Nguyễn Thị Thu Hà, Phó Trưởng phòng Nghiệp vụ Y, số điện thoại 0251.3822.416.",
                   "Lê Văn An")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-415.txt", text)
    answers_as(assistant, {
        "Hỗ trợ các điểm hiến máu lưu động được bố trí bao nhiêu tiền?": "780.000.000 đồng [1].",
        "Hội CTĐ xã gửi danh sách về Hội tỉnh chậm nhất lúc nào?": "17 giờ 00 ngày 15/9/2026 [1].",
        "Diện tích lúa bị ngập úng là bao nhiêu ha?": "4.560 ha lúa [1].",
        "Số điện thoại liên hệ khi có vướng mắc là gì?": "0251.3822.416 [1].",
        "Mỗi căn nhà Chữ thập đỏ được hỗ trợ bao nhiêu tiền?": "60.000.000 đồng [1].",
    })
    ages = assistant.ask("Độ tuổi hiến máu là bao nhiêu?")
    assert not ages.abstained and "18 tuổi đến 60 tuổi" in ages.answer


def test_a_letter_named_by_its_issuer_alone_tells_its_signer_and_the_post_signed_as(tmp_path, corpus_embeddings):
    front = ("ỦY BAN MTTQ VIỆT NAM TỈNH TÂN HÀ\nBAN THƯỜNG TRỰC\n\nSố: 318/MTTQ-BTT\nV/v tiếp nhận, phân phối nguồn cứu trợ "
             "hạn mặn\n\nHỎA TỐC\n\n1. Mặt trận các xã báo cáo thiệt hại trước 17 giờ 00 ngày 08/4/2026.\n\n"
             "TM. BAN THƯỜNG TRỰC\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Thanh Vân\n")
    other = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "64/CTĐ", "CÔNG VĂN", "V/v phân phối gạo cứu trợ",
                    "1. Hội Chữ thập đỏ các xã phân phối gạo trước ngày 20/4/2026.", "Lê Văn An")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-318.txt", front, cv_64_txt=other)
    signed = assistant.ask("Ai ký công văn hỏa tốc của MTTQ tỉnh, chức vụ gì?").answer
    assert "Nguyễn Thị Thanh Vân" in signed and "Phó Chủ tịch" in signed and "Lê Văn An" not in signed


MINISTRY = ("BỘ Y TẾ\n\nSố: 09/CT-BYT\n\nHà Nội, ngày 05 tháng 5 năm 2027\n\nCHỈ THỊ\nVề tăng cường tiếp nhận máu hè năm 2027\n\n"
            "I. NHIỆM VỤ\n\n1. Sở Y tế các tỉnh\n\na) Tổ chức tiếp nhận máu lưu động tại các trường đại học.\n\n"
            "b) Chủ động điều phối máu giữa các bệnh viện khi lượng dự trữ nhóm máu O xuống dưới mức 5 ngày sử dụng.\n\n"
            "c) Thẩm định hồ sơ của các điểm hiến máu trong vòng 15 ngày làm việc.\n\n"
            "2. Trung ương Hội Chữ thập đỏ Việt Nam\n\na) Chỉ đạo Hội các cấp vận động người hiến máu dự bị.\n\n"
            "Bộ trưởng Bộ Y tế yêu cầu Giám đốc Sở Y tế các tỉnh nghiêm túc thực hiện Chỉ thị này. Trong quá trình thực "
            "hiện, nếu có vướng mắc, phản ánh về Cục Quản lý Khám, chữa bệnh (điện thoại: 024.3736.8910).\n\n"
            "Nơi nhận:\n- Sở Y tế các tỉnh;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n(đã ký) Nguyễn Văn An\n")
PLAN = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "15/KH-CTĐ", "KẾ HOẠCH", "Thực hiện Chỉ thị số 09/CT-BYT của Bộ Y tế",
               "Thực hiện Chỉ thị số 09/CT-BYT ngày 05/5/2027 của Bộ Y tế, Hội Chữ thập đỏ tỉnh xây dựng Kế hoạch như sau:\n\n"
               "I. LỊCH TIẾP NHẬN MÁU LƯU ĐỘNG\n\n| STT | Ngày | Địa điểm | Chỉ tiêu | Trưởng đoàn |\n|---|---|---|---|---|\n"
               "| 1 | 07/6/2027 | Trường Đại học Tân Hà | 450 | BS. Lê Đức Mạnh |\n"
               "| 2 | 14/6/2027 | Công ty Lọc hóa dầu Bình An | 350 | BS. Trịnh Thị Lan |\n\n"
               "II. TỔ CHỨC THỰC HIỆN\n\n1. Lễ hội Xuân hồng do Ban Phong trào Tỉnh đoàn chủ trì.\n\n"
               "2. Đầu mối liên hệ: đồng chí Lê Văn Tài, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại 0905 318 246; "
               "bà Đinh Thị Mỹ Linh, Trưởng Ban Công tác xã hội Hội Chữ thập đỏ tỉnh, điện thoại 0256 3822 617.\n\n"
               "3. Đường dây nóng: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: 0272 3826 115.", "Hà Thị Kim Oanh")


SCHOOL = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC HẢI VÂN\n\nSố: 186/KH-ĐHHV\n\nĐà Nẵng, ngày 09 tháng 02 năm 2027\n\n"
          "KẾ HOẠCH\nTổ chức Ngày hội hiến máu năm 2027\n\nI. CHỈ TIÊU\n\n1. Phối hợp với Hội Chữ thập đỏ thành phố Đà Nẵng tiếp nhận "
          "tối thiểu 1.200 đơn vị máu, cả ngày 15/3/2027.\n\n"
          "HIỆU TRƯỞNG\n\nLê Văn Hùng\n")


@pytest.fixture(scope="module")
def ministry(tmp_path_factory, corpus_embeddings):
    return assistant_of(tmp_path_factory.mktemp("ministry"), corpus_embeddings, "ct-09.txt", MINISTRY, kh_15_txt=PLAN,
                        kh_186_txt=SCHOOL)


def test_the_body_that_issues_a_text_asked_of_a_thing_it_does_is_an_actor_not_the_author(ministry):
    assert first_line(ministry, "Sở Y tế thẩm định hồ sơ trong mấy ngày?") == "15 ngày làm việc [1]."
    assert ministry.ask("Bộ Y tế thẩm định hồ sơ trong mấy ngày?").abstained  # its text gives the Sở the work


def test_a_figure_of_a_whole_city_is_none_a_school_there_states_of_itself(ministry):
    assert first_line(ministry, "Trường Đại học Hải Vân phải tiếp nhận bao nhiêu đơn vị máu?") == "1.200 đơn vị [1]."
    assert ministry.ask("Chỉ tiêu đơn vị máu của cả thành phố Đà Nẵng năm 2027 là bao nhiêu?").abstained


def test_a_ministry_directive_is_signed_by_the_name_written_after_the_signed_mark_and_closes_after_its_list(ministry):
    assert "Nguyễn Văn An" in first_line(ministry, "Ai ký chỉ thị 09?")
    assert first_line(ministry, "chi thi 09 ngay thang nao").endswith("ban hành ngày 5/5/2027 [1].")
    # (named by its nouns: the directive on receiving blood is the one on collecting it)
    assert first_line(ministry, "Chỉ thị lấy máu hè của Bộ Y tế ban hành ngày nào?").endswith("ngày 5/5/2027 [1].")
    assert ministry.ask("Chỉ thị 09 gửi Sở Y tế những tỉnh nào?").intent == "recipients"
    # the closing words after the last point are the text's, not the Trung ương Hội's: their telephone is another's
    assert ministry.ask("Số điện thoại của Trung ương Hội Chữ thập đỏ Việt Nam là gì?").abstained


def test_when_a_case_arises_answers_when_and_a_reciprocal_asks_nothing(ministry):
    assert first_line(ministry, "Khi nào các bệnh viện phải điều phối máu với nhau?").startswith(
        "Khi lượng dự trữ nhóm máu O xuống dưới mức 5 ngày sử dụng")


def test_a_plan_named_as_the_one_carrying_out_a_directive_answers_for_itself(ministry):
    assert first_line(ministry, "Đầu mối liên hệ về kế hoạch thực hiện chỉ thị 09 là ai?").startswith("Lê Văn Tài")


def test_a_row_is_found_by_the_date_typed_bare_and_collecting_blood_is_receiving_it(ministry):
    assert first_line(ministry, "ngay 14/6/2027 doan di lay mau o dau").startswith("Công ty Lọc hóa dầu Bình An")
    assert ministry.ask("ngay 21/6/2027 doan di lay mau o dau").abstained


def test_a_contact_of_a_body_s_unit_or_standing_board_is_the_body_s(ministry):
    assert first_line(ministry, "Số điện thoại đầu mối của Tỉnh đoàn là bao nhiêu?") == "0905 318 246 [1]."
    assert first_line(ministry, "Đường dây nóng của Ban Thường trực MTTQ tỉnh là số nào?") == "0272 3826 115 [1]."


def test_a_syllable_with_a_mark_no_text_writes_is_read_as_the_pair_the_texts_write(ministry):
    assert "Ban Phong trào Tỉnh đoàn" in ministry.ask("Lễ hội xuân hông do ai chủ trì?").answer


def test_a_half_year_report_s_table_answers_by_its_column_of_results_not_the_year_s_target(tmp_path, corpus_embeddings):
    report = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "86/BC-CTĐ", "BÁO CÁO",
                     "Sơ kết công tác Hội 6 tháng đầu năm 2027",
                     "I. KẾT QUẢ\n\nBảng 1. Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2027\n\n"
                     + "\n".join("".join(cell.ljust(width) for cell, width in zip(row, (5, 29, 13, 12, 13, 6))).rstrip()
                                 for row in (("STT", "Nội dung", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ"),
                                             ("", "", "", "năm 2027", "6 tháng", "(%)"), ("-" * 78,),
                                             ("1", "Tổng giá trị vận động", "triệu đồng", "60.000", "38.580", "64,3"),
                                             ("2", "Đơn vị máu tiếp nhận", "đơn vị", "18.000", "9.412", "52,3"), ("-" * 78,)))
                     + "\n\n"
                     "II. HỖ TRỢ\n\n1. Hộ có người chết, mất tích do thiên tai: 10.000.000 đồng/người.",
                     "Lê Thị Hoa")
    conclusion = written("TỈNH ỦY TÂN HÀ", "347-TB/TU", "THÔNG BÁO", "Kết luận về công tác Hội Chữ thập đỏ",
                         "1. Hội Chữ thập đỏ tỉnh phấn đấu hoàn thành các chỉ tiêu năm 2027, tiếp nhận 18.000 đơn vị máu.",
                         "Hà Văn Sơn", board="BAN THƯỜNG VỤ")
    civil = written("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH TÂN HÀ", "32/QĐ-BCH", "QUYẾT ĐỊNH", "Thành lập Đội cứu trợ",
                    "Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023;\n\nĐiều 1. Thành lập Đội cứu trợ tỉnh.\n\n"
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Đinh Văn Khiêm", board="BAN CHỈ HUY")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-86.txt", report, tb_347_txt=conclusion, qd_32_txt=civil)
    # (not the column of units the question's "đơn vị" names, nor the year's target another text sets)
    assert first_line(assistant, "Hiến máu 6 tháng đầu năm tiếp nhận được bao nhiêu đơn vị máu?") == "9.412 [1]."
    # the year named heads the plan's column, "thực hiện" the other; "kế hoạch bao nhiêu" after it asks the same row
    both = assistant.ask("Đơn vị máu tiếp nhận năm 2027 thực hiện được bao nhiêu đơn vị, kế hoạch bao nhiêu?").answer
    assert both.startswith("9.412 [1].") and "\n18.000 [1]." in both
    # a family is a household ("gia đình" of "Hộ có người chết")
    assert "10.000.000 đồng" in first_line(assistant, "Gia đình có người chết do thiên tai được hỗ trợ bao nhiêu?")
    # a law named by words an issuer's name shares names no text of that issuer
    assert assistant.ask("Luật Phòng thủ dân sự có hiệu lực thi hành từ ngày nào?").abstained


def test_a_table_s_total_row_answers_a_total_and_a_question_split_over_two_columns_none(tmp_path, corpus_embeddings):
    """A damage report's table aligned with spaces, its total under the rule that closes the rows, and a letter's table
    written as a Word table is (no bars at its edges, the total row's first cell empty, a contact's post "Kế hoạch
    tổng hợp" in a row): the total is its row's, for as many units as it sums; a question whose words head two columns
    ("tàu thuyền" of one, "hư hỏng" of another) is answered by neither; the row ranked first by a column is read off
    the rows."""
    rows = (("STT", "Địa phương", "Nhà hư hỏng", "Tàu thuyền chìm", "Ước thiệt hại"),
            ("", "", "(cái)", "(chiếc)", "(triệu đồng)"), ("-" * 74,),
            ("1", "Phường Đồng Hới", "1.265", "1", "48.600"), ("2", "Xã Lệ Thủy", "388", "0", "16.300"),
            ("3", "Xã Cửa Việt", "927", "4", "41.600"), ("-" * 74,), ("", "Tổng cộng", "2.580", "5", "106.500"))
    table = "\n".join("".join(cell.ljust(width) for cell, width in zip(row, (6, 22, 14, 18, 14))).rstrip() for row in rows)
    report = written("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH TÂN HÀ", "57/BC-BCH", "BÁO CÁO", "Nhanh thiệt hại do bão số 6",
                     f"I. THIỆT HẠI\n\n1. Thiệt hại tại các xã, phường:\n\n{table}\n\n"
                     "II. KIẾN NGHỊ\n\n1. Đề nghị hỗ trợ khẩn cấp cho các hộ có nhà hư hỏng.", "Hoàng Văn Lâm",
                     board="BAN CHỈ HUY")
    letter = written("BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "1186/KCB-NV", "CÔNG VĂN",
                     "Về việc phân bổ chỉ tiêu tiếp nhận máu đợt cao điểm hè",
                     "1. Phân bổ chỉ tiêu tiếp nhận máu cho các đơn vị như sau:\n\n"
                     "STT | Đơn vị tiếp nhận | Chỉ tiêu (đơn vị máu) | Người liên hệ\n"
                     "1 | Bệnh viện Chợ Rẫy | 30.000 | Võ Thành Nhân, Phó Giám đốc Trung tâm Truyền máu\n"
                     "2 | Bệnh viện Đa khoa tỉnh Thanh Hóa | 5.500 | Mai Xuân Trường, Phó Trưởng phòng Kế hoạch tổng hợp\n"
                     " | Tổng cộng | 35.500 | \n\n"
                     "2. Các đơn vị báo cáo kết quả trước ngày 15/9/2026.", "Nguyễn Trọng Khoa", board="CỤC TRƯỞNG")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-57.txt", report, cv_1186_txt=letter)
    answers_as(assistant, {
        "Tổng ước thiệt hại của 3 xã, phường là bao nhiêu?": "106.500 [1].",
        "Tổng cộng bao nhiêu tàu thuyền bị chìm?": "5 [1].",
        "Xã Cửa Việt có bao nhiêu nhà hư hỏng?": "927 cái [1].",
        "Tổng chỉ tiêu phân bổ cho 2 đơn vị trong bảng là bao nhiêu?": "35.500 [1].",
        # which row ranks first or last by the column named, of the kind of row asked
        "Xã nào có nhiều nhà hư hỏng nhất?": "Xã Cửa Việt: 927 cái [1].",
        "xa phuong nao uoc thiet hai thap nhat": "Xã Lệ Thủy: 16.300 triệu đồng [1].",
    }, refused=("Bao nhiêu tàu thuyền bị hư hỏng do bão số 6?", "Tổng ước thiệt hại của 5 xã, phường là bao nhiêu?"))


def test_a_decision_named_by_its_kind_and_a_word_of_its_title_is_the_one_of_that_kind(tmp_path, corpus_embeddings):
    """"Quyết định khen thưởng" names the Quyết định "tặng Giấy khen", not the Tờ trình of the Hội đồng Thi đua - Khen
    thưởng that proposes it."""
    decision = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "87/QĐ-HCTĐ", "QUYẾT ĐỊNH",
                       "Về việc tặng Giấy khen cho các tập thể, cá nhân năm 2026",
                       "Tân Hà, ngày 18 tháng 12 năm 2026\n\nĐiều 1. Tặng Giấy khen cho 08 tập thể và 14 cá nhân.\n\n"
                       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Lê Thị Thu")
    proposal = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "21/TTr-HĐTĐKT", "TỜ TRÌNH",
                       "Đề nghị khen thưởng năm 2026", "Tân Hà, ngày 10 tháng 12 năm 2026\n\n"
                       "1. Đề nghị tặng Giấy khen cho 08 tập thể và 14 cá nhân.", "Phạm Văn Đức", board="HỘI ĐỒNG")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-87.txt", decision, ttr_21_txt=proposal)
    assert "87/QĐ-HCTĐ" in first_line(assistant, "qd khen thuong ky ngay nao")
    assert first_line(assistant, "Quyết định khen thưởng ký ngày nào?").endswith("18/12/2026 [1].")


def test_a_programme_two_bodies_sign_gives_each_signer_s_title_when_its_force_ends_and_what_it_replaces(
        tmp_path, corpus_embeddings):
    text = ("CÔNG AN TỈNH TÂN HÀ                      HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\n"
            "Số: 146/CTrPH-HCTĐ-CAT\n\nTân Hà, ngày 18 tháng 12 năm 2026\n\nCHƯƠNG TRÌNH PHỐI HỢP\n"
            "Về công tác nhân đạo giai đoạn 2027 - 2030\n\n"
            "Điều 1. Hai bên phối hợp tổ chức hiến máu tình nguyện hằng năm.\n\n"
            "Điều 2. Chương trình phối hợp này có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2030 và thay thế "
            "các chương trình phối hợp giai đoạn 2022 - 2026.\n\n"
            "GIÁM ĐỐC CÔNG AN TỈNH                    TM. BAN THƯỜNG VỤ\n"
            "                                         HỘI CHỮ THẬP ĐỎ TỈNH\n"
            "                                               CHỦ TỊCH\n\n"
            "Thiếu tướng Lê Quang Thịnh                 Đinh Thị Mỹ Liên\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "ctrph-146.txt", text)
    answers_as(assistant, {
        "Chương trình phối hợp có hiệu lực đến khi nào?": "Ngày 31 tháng 12 năm 2030 [1].",
        "Chương trình phối hợp có hiệu lực từ khi nào?": "Kể từ ngày ký [1].",
    })
    assert "Lê Quang Thịnh, Giám đốc Công an tỉnh, và Đinh Thị Mỹ Liên, Chủ tịch, ký" in first_line(
        assistant, "Ai ký chương trình phối hợp 146?")
    assert "các chương trình phối hợp giai đoạn 2022 - 2026" in first_line(
        assistant, "Chương trình phối hợp 146 thay thế văn bản nào?")


def test_an_urgent_letter_to_the_provincial_societies_gives_its_urgency_and_their_deadline_for_an_item_naming_no_one(
        tmp_path, corpus_embeddings):
    """A letter stamped "KHẨN" and addressed to "Hội Chữ thập đỏ các tỉnh, thành phố" (the provincial level): an item
    under its headings that names no one is asked of the provincial Hội; its urgency is a fact of the letter, and a
    letter stamped with none says so; a count asked by a noun of two words ("dân quân") is read through both; an account
    its owner is named after is that owner's; a report of a half year is no report of the week the letter asks."""
    letter = ("TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM\nBAN THƯỜNG TRỰC\n\nSố: 1902/TWHCTĐ-CTXH\n"
              "V/v tổ chức Tuần lễ hiến máu mùa xuân năm 2027\n\nKHẨN\n\n"
              "Kính gửi: Hội Chữ thập đỏ các tỉnh, thành phố\n\n"
              "1. Tổ chức thực hiện\n- Hội Chữ thập đỏ các tỉnh, thành phố tổ chức Tuần lễ hiến máu từ ngày 07/02/2027.\n"
              "- Phối hợp với Ban Chỉ huy Quân sự cấp xã duy trì 15 dân quân trực tại mỗi điểm hiến máu.\n"
              "- Tiếp nhận tiền ủng hộ qua tài khoản số 5301205118402 của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.\n\n"
              "2. Chế độ báo cáo\n- Báo cáo kết quả Tuần lễ hiến máu gửi về Trung ương Hội (qua Ban Công tác xã hội) "
              "trước ngày 20/3/2027.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Xuân Thu\n")
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "12/KH-HCTĐ", "KẾ HOẠCH", "Tổ chức Tuần lễ hiến máu mùa xuân năm 2027",
                   "1. Tổ chức 05 điểm hiến máu tại các xã, phường.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-1902.txt", letter, kh_12_txt=plan)
    answers_as(assistant, {
        "Hội CTĐ tỉnh phải báo cáo kết quả Tuần lễ hiến máu về Trung ương trước ngày nào?": "Ngày 20/3/2027 [1].",
        "Phải duy trì bao nhiêu dân quân trực tại mỗi điểm hiến máu?": "15 dân quân [1].",
        "Số tài khoản của Ủy ban Mặt trận Tổ quốc tỉnh là gì?": "5301205118402 [1].",
    }, refused=("Số tài khoản của Hội Chữ thập đỏ tỉnh là gì?",
                "Hội CTĐ tỉnh phải gửi báo cáo 6 tháng đầu năm 2027 trước ngày nào?"))
    assert first_line(assistant, "Công văn 1902 có khẩn không?").endswith("có độ khẩn: Khẩn [1].")
    assert "không đóng dấu độ khẩn" in first_line(assistant, "Kế hoạch 12 có khẩn không?")


def test_a_letter_whose_copy_gives_no_number_is_known_by_the_number_a_notice_cites_it_by_and_a_schedule_by_its_rows(
        tmp_path, corpus_embeddings):
    """A letter whose number its copy does not give (a scan's misread) is the one a notice cites by number, kind, date
    and issuer; "V/v gì" asks its subject; the notice's schedule, its rows written over two lines each with a blank
    line between them, answers a row's figure and place, a cell holding ";" whole."""
    letter = ("SỞ Y TẾ TỈNH TÂN HÀ\n\nTân Hà, ngày 09 tháng 02 năm 2026\n\nV/v phối hợp vận động hiến máu mùa khô năm 2026\n\n"
              "Kính gửi: Hội Chữ thập đỏ tỉnh\n\n1. Hội Chữ thập đỏ tỉnh tổ chức đợt cao điểm hiến máu từ ngày 01/3/2026.\n\n"
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Đình Khoa\n")
    rule = "-" * 80
    schedule = "\n".join([
        rule, "Ngày        Địa điểm                        Đơn vị phối hợp              Chỉ tiêu", rule,
        "07/3/2026   Hội trường UBND phường Buôn     Hội CTĐ phường Buôn Ma       350",
        "(Thứ Bảy)   Ma Thuột                        Thuột; Bệnh viện tỉnh", "",
        "18/4/2026   Hội trường UBND phường Sông     Hội CTĐ phường Sông Cầu;     220",
        "(Thứ Bảy)   Cầu                             Bệnh viện Đa khoa Phú Yên", rule,
        "Tổng cộng                                                                570", rule])
    notice = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "12/TB-HCTĐ", "THÔNG BÁO", "Lịch hiến máu mùa khô năm 2026",
                     "Thực hiện Công văn số 486/SYT-NVY ngày 09/02/2026 của Sở Y tế về việc phối hợp vận động hiến máu mùa "
                     f"khô năm 2026, Ban Thường vụ thông báo lịch hiến máu như sau:\n\n{schedule}\n", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-syt.txt", letter, tb_12_txt=notice)
    answers_as(assistant, {
        "Chỉ tiêu hiến máu ngày 7/3/2026 là bao nhiêu?": "350 [1].",
        "Ngày 18/4 hiến máu ở đâu?": "Hội trường UBND phường Sông Cầu [1].",
    })
    assert first_line(assistant, "Công văn 486 ban hành ngày nào?").endswith("được ban hành ngày 9/2/2026 [1].")
    assert first_line(assistant, "Công văn 486 V/v gì?").endswith("về việc phối hợp vận động hiến máu mùa khô năm 2026 [1].")
    assert "dẫn văn bản này là Công văn số 486/SYT-NVY [2]" in first_line(assistant, "Công văn của Sở Y tế số mấy?")


def test_a_decision_named_by_what_its_title_does_to_a_body_is_not_the_one_that_body_issues(tmp_path, corpus_embeddings):
    """"Quyết định thành lập Ban Chỉ đạo" is the Ủy ban's decision whose title sets the Ban up, not the decision the
    Ban issues its rules with; "quyết định ban hành quy chế … của Ban Chỉ đạo" is the Ban's. A question that names the
    Ban and no kind of text is asked of both: its members are listed in the decision setting it up."""
    founding = written("ỦY BAN NHÂN DÂN TỈNH TÂN HÀ", "3185/QĐ-UBND", "QUYẾT ĐỊNH",
                       "Về việc thành lập Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh năm 2027",
                       "Tân Hà, ngày 18 tháng 12 năm 2026\n\nĐiều 1. Thành lập Ban Chỉ đạo vận động hiến máu tình nguyện "
                       "tỉnh năm 2027 gồm 12 thành viên, cụ thể như sau:\n\n1. Trưởng ban: Ông Nguyễn Minh Lâm, Phó Chủ tịch "
                       "Ủy ban nhân dân tỉnh.\n\n2. Phó Trưởng ban thường trực: Bà Trần Thị Kim Hoa, Chủ tịch Hội Chữ thập đỏ "
                       "tỉnh.\n\n3. Các Ủy viên (10 thành viên): đại diện lãnh đạo các sở, ngành.\n\nĐiều 2. Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh chỉ "
                       "đạo các xã, phường tổ chức hiến máu.\n\nĐiều 3. Quyết định có hiệu lực kể từ ngày ký.", "Châu Văn Thành",
                       board="ỦY BAN NHÂN DÂN")
    rules = written("BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN TỈNH TÂN HÀ", "01/QĐ-BCĐ", "QUYẾT ĐỊNH",
                    "Ban hành Quy chế hoạt động của Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh năm 2027",
                    "Tân Hà, ngày 28 tháng 12 năm 2026\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của "
                    "Ban Chỉ đạo, được thành lập theo Quyết định số 3185/QĐ-UBND.", "Nguyễn Minh Lâm", board="BAN CHỈ ĐẠO")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-3185.txt", founding, qd_01_txt=rules)
    assert "3185/QĐ-UBND" in first_line(assistant, "Quyết định thành lập Ban Chỉ đạo vận động hiến máu năm 2027 số mấy?")
    assert "3185/QĐ-UBND" in first_line(assistant, "qd thanh lap ban chi dao hien mau 2027 ky ngay nao")
    assert "01/QĐ-BCĐ" in first_line(assistant, "Ai ký quyết định ban hành quy chế hoạt động của Ban Chỉ đạo?")
    answers_as(assistant, {"Ai là Phó Trưởng ban thường trực Ban Chỉ đạo?": "Trần Thị Kim Hoa [1].",
                           "Ban Chỉ đạo có bao nhiêu ủy viên?": "10 thành viên [1]."})


def test_a_congress_resolution_gives_each_organ_its_own_count_of_its_own_term(tmp_path, corpus_embeddings):
    """Counts of the Ban Chấp hành, the Ban Thường vụ and the Ủy ban Kiểm tra of two terms stand side by side: each is
    read of the organ named last before it, of the term asked ("khóa X" is not "khóa XI"); a xã's Ban Chấp hành is
    not the province's of "khóa XI"."""
    resolution = written("TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM\nĐẠI HỘI ĐẠI BIỂU HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\n"
                         "LẦN THỨ XI, NHIỆM KỲ 2026 - 2031", "01/NQ-ĐH", "NGHỊ QUYẾT",
                         "Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ XI, nhiệm kỳ 2026 - 2031",
                         "Điều 1. Sau hợp nhất, Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa X được chỉ định gồm 63 ủy viên, "
                         "Ban Thường vụ khóa X gồm 17 ủy viên.\n\n"
                         "Điều 2. Kết quả bầu cử\n\n1. Đại hội đã bầu Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI, nhiệm kỳ "
                         "2026 - 2031 gồm 45 ủy viên.\n\n2. Hội nghị lần thứ nhất Ban Chấp hành khóa XI đã bầu Ban Thường vụ "
                         "gồm 13 ủy viên; bầu Ủy ban Kiểm tra gồm 07 ủy viên.\n\nĐiều 3. Trước ngày 30/9/2026, Hội Chữ thập "
                         "đỏ xã, phường hoàn thành kiện toàn Ban Chấp hành (từ 11 đến 15 ủy viên).", "Đinh Thị Phương Thảo",
                         board="ĐOÀN CHỦ TỊCH")
    assistant = assistant_of(tmp_path, corpus_embeddings, "nq-01.txt", resolution)
    answers_as(assistant, {
        "Ban Chấp hành Hội CTĐ tỉnh khóa XI gồm bao nhiêu ủy viên?": "45 ủy viên [1].",
        "Ủy ban Kiểm tra gồm mấy ủy viên?": "07 ủy viên [1].",
        # (the organ named bare in its body's congress resolution is the body's)
        "Ban Thường vụ Hội Chữ thập đỏ tỉnh khóa XI gồm bao nhiêu ủy viên?": "13 ủy viên [1].",
    }, refused=("Ủy ban Kiểm tra khóa X có mấy ủy viên?", "Ban Chấp hành Hội Chữ thập đỏ xã khóa XI có bao nhiêu ủy viên?"))


def test_a_notice_of_collection_points_answers_a_point_s_person_in_charge_and_its_hours(tmp_path, corpus_embeddings):
    """A table aligned with spaces whose column "Người phụ trách" holds people and "Thời gian" hours written short
    ("7h30 - 20h00"); a place typed with a bare syllable ("Phú Huu") is the one written in full."""
    table = ("STT  Điểm tiếp nhận              Người phụ trách          Điện thoại     Thời gian\n" + "-" * 96 + "\n"
             "1    Hội CTĐ xã Phú Hữu          Ông Nguyễn Thanh Phong   0388 261 504   6h30 - 10h30\n"
             "2    Hội CTĐ phường Hà Tiên      Bà Huỳnh Thị Ngọc Giàu   0939 805 117   7h30 - 20h00 hằng ngày\n")
    notice = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "214/TB-HCTĐ", "THÔNG BÁO", "Tiếp nhận hàng cứu trợ",
                     f"1. Hội Chữ thập đỏ tỉnh tổ chức các điểm tiếp nhận hàng cứu trợ, cụ thể:\n\n{table}\n"
                     "2. Hàng hóa được tiếp nhận: gạo, mì gói, nước uống.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-214.txt", notice)
    answers_as(assistant, {
        "Người phụ trách điểm tiếp nhận xã Phú Huu là ai?": "Nguyễn Thanh Phong [1].",
        "Điểm tiếp nhận phường Hà Tiên làm việc từ mấy giờ đến mấy giờ?": "7h30 - 20h00 [1].",
    })


def test_a_half_year_report_tells_this_year_s_plan_from_the_same_period_of_last_year(tmp_path, corpus_embeddings):
    """"…, đạt 61,7% kế hoạch năm 2027 (300 hội viên), cao hơn cùng kỳ năm 2026 (142 hội viên)": 142 is the first half
    of 2026 (the period the report is of), neither the whole of 2026 nor a plan; 300 is the year's plan."""
    report = written("HỘI CHỮ THẬP ĐỎ PHƯỜNG HÒA KHÁNH", "27/BC-CTĐ", "BÁO CÁO",
                     "Sơ kết công tác Hội 6 tháng đầu năm 2027",
                     "I. KẾT QUẢ\n\n1. Kết nạp 185 hội viên mới, đạt 61,7% kế hoạch năm 2027 (300 hội viên), cao hơn cùng kỳ "
                     "năm 2026 (142 hội viên).\n\n2. Tổ chức 03 đợt hiến máu, tiếp nhận 1.126 đơn vị máu, đạt 56,3% kế hoạch "
                     "năm (2.000 đơn vị), bằng 114,2% so với cùng kỳ năm 2026 (986 đơn vị).", "Lê Thị Mai")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-27.txt", report)
    answers_as(assistant, {
        "6 tháng đầu năm 2026 kết nạp được bao nhiêu hội viên mới?": "142 hội viên [1].",
        "Kế hoạch năm 2027 kết nạp bao nhiêu hội viên mới?": "300 hội viên [1].",
        # (the plan in brackets, of the report's year: the comparison after it says nothing of it)
        "Kế hoạch hiến máu cả năm 2027 là bao nhiêu đơn vị?": "2.000 đơn vị [1].",
    }, refused=("Cả năm 2026 kết nạp được bao nhiêu hội viên mới?",
                "Kế hoạch hiến máu năm 2026 là bao nhiêu đơn vị?"))


def test_the_decision_a_text_s_grounds_cite_a_rule_by_is_not_the_text_itself(tmp_path, corpus_embeddings):
    """"Quy chế quản lý tài chính … ban hành kèm quyết định số mấy?" is the decision the grounds cite the Quy chế by,
    not the decision whose title says nothing of it; "Quyết định phê duyệt dự toán số mấy?" is the text itself."""
    decision = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "95/QĐ-HCTĐ", "QUYẾT ĐỊNH", "Về việc phê duyệt dự toán kinh phí dự án",
                       "Căn cứ Quy chế quản lý tài chính của Hội Chữ thập đỏ tỉnh ban hành kèm theo Quyết định số "
                       "27/QĐ-HCTĐ ngày 10/3/2026;\n\nĐiều 1. Phê duyệt dự toán kinh phí dự án 6.320.000.000 đồng.",
                       "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-95.txt", decision)
    assert "27/QĐ-HCTĐ" in first_line(assistant, "Quy chế quản lý tài chính của Hội tỉnh ban hành kèm quyết định số mấy?")
    assert "95/QĐ-HCTĐ" in first_line(assistant, "Quyết định phê duyệt dự toán số mấy?")


def test_a_text_named_by_its_place_is_the_one_of_that_place_not_one_its_lines_cite(tmp_path, corpus_embeddings):
    """"QĐ khen thưởng … năm 2027 của UBND tỉnh Tân Hà số mấy?" is the decision of Tân Hà, whose title names the awards
    it gives, not the decision of "Ủy ban nhân dân tỉnh" its note cites for the fund of awards."""
    decision = written("ỦY BAN NHÂN DÂN TỈNH TÂN HÀ", "412/QĐ-UBND", "QUYẾT ĐỊNH",
                       "Về việc tặng Bằng khen cho các tập thể có thành tích trong công tác Chữ thập đỏ năm 2027",
                       "Điều 1. Tặng Bằng khen cho 12 tập thể.\n\nĐiều 2. Tiền thưởng chi từ Quỹ Thi đua, khen thưởng tỉnh "
                       "năm 2028 giao tại Quyết định số 3187/QĐ-UBND ngày 15 tháng 12 năm 2027 của Ủy ban nhân dân tỉnh.",
                       "Lê Văn Hòa", board="ỦY BAN NHÂN DÂN")
    seeds = {name.replace(".", "_"): (PROJECT_ROOT / "corpus" / name).read_text(encoding="utf-8")
             for name in ("kh-ubnd-laichau-2023.md", "cv-1277-hu-lacduong.md")}  # (beside other texts, as a corpus is)
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-412.txt", decision, **seeds)
    assert "412/QĐ-UBND" in first_line(assistant, "QĐ khen thưởng công tác Chữ thập đỏ năm 2027 của UBND tỉnh Tân Hà số mấy?")


def test_a_text_only_cited_is_found_by_its_issuer_whatever_verb_says_the_plan_rests_on_it(tmp_path, corpus_embeddings):
    """"Công văn của Trung tâm Y tế huyện mà kế hoạch dựa vào": "dựa vào" says the plan rests on it, as "Căn cứ" does;
    no citing line writes that verb."""
    plan = written("ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "31/KH-UBND", "KẾ HOẠCH", "Phòng, chống dịch sốt xuất huyết năm 2027",
                   "Căn cứ Công văn số 412/TTYT-KSBT ngày 02/3/2027 của Trung tâm Y tế huyện Tân Hà về việc chủ động "
                   "phòng, chống sốt xuất huyết;\n\nI. MỤC ĐÍCH\n\n1. Giảm số ca mắc so với năm 2026.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-31.txt", plan)
    assert "412/TTYT-KSBT" in first_line(assistant, "Công văn của Trung tâm Y tế huyện mà kế hoạch dựa vào là công văn số mấy?")
    assert "412/TTYT-KSBT" in first_line(assistant, "Công văn của Trung tâm Y tế mà kế hoạch lấy làm căn cứ là CV số mấy?")


def test_a_time_counted_from_an_event_answers_when(tmp_path, corpus_embeddings):
    """"Tái khám vào những thời điểm nào?" is answered by "01 tháng, 06 tháng và 12 tháng sau phẫu thuật", not by a
    reporting day of another sentence of the clause."""
    scheme = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "09/ĐA-CTĐ", "ĐỀ ÁN", "Phẫu thuật tim nhân đạo cho trẻ em",
                     "I. CHỈ TIÊU\n\n1. 100% trẻ được phẫu thuật được tái khám miễn phí tại các thời điểm 01 tháng, 06 "
                     "tháng và 12 tháng sau phẫu thuật.\n\nII. NHIỆM VỤ\n\n1. Bệnh viện tỉnh:\n- Tổ chức tái khám miễn "
                     "phí; cung cấp số liệu cho Hội Chữ thập đỏ tỉnh trước ngày 05 của tháng đầu mỗi quý.", "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "da-09.txt", scheme)
    assert first_line(assistant, "Sau khi mổ xong thì các cháu được tái khám vào những thời điểm nào?").startswith(
        "01 tháng, 06 tháng và 12 tháng sau phẫu thuật")


def test_two_signature_blocks_of_unequal_height_give_each_signer_the_title_of_their_own_column(tmp_path, corpus_embeddings):
    text = ("BỘ CHỈ HUY QUÂN SỰ TỈNH TÂN HÀ            HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\nSố: 1147/KH-BCH-CTĐ\n\n"
            "KẾ HOẠCH PHỐI HỢP\nCứu trợ và tìm kiếm cứu nạn năm 2026\n\n1. Hai bên tổ chức diễn tập trước ngày 30/6/2026.\n\n"
            "TM. BAN THƯỜNG VỤ                              BỘ CHỈ HUY QUÂN SỰ TỈNH\n"
            "HỘI CHỮ THẬP ĐỎ TỈNH                           CHỈ HUY TRƯỞNG\n"
            "CHỦ TỊCH\n"
            "(Đã ký)                                        (Đã ký)\n"
            "Phạm Thị Thu Hà                                Đại tá Trần Minh Khôi\n")
    assistant = assistant_of(tmp_path, corpus_embeddings, "khph-1147.txt", text)
    assert "Phạm Thị Thu Hà, Chủ tịch, và Đại tá Trần Minh Khôi, Chỉ huy trưởng, ký" in first_line(
        assistant, "Ai ký kế hoạch phối hợp?")


def test_a_weekday_a_congress_s_days_and_the_members_of_a_group_are_answered_only_where_the_text_gives_them(
        tmp_path, corpus_embeddings):
    """"… vào thứ mấy?" asks a day of the week, which a row of dates alone does not give; the congress's days are two
    of one month ("22 và 23/9/2027"); "Hai cá nhân … tên là gì?" is answered by a text that names them where it counts
    them, not by one that only counts them."""
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "44/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Đại hội và tập huấn năm 2027",
                   "I. NỘI DUNG\n\n1. Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ VII\n\n"
                   "- Thời gian: 02 ngày, 22 và 23/9/2027.\n\n"
                   "2. Lịch tập huấn\n\n| STT | Đối tượng | Thời gian |\n|---|---|---|\n"
                   "| 1 | Đội sơ cấp cứu | Sáng thứ Bảy các ngày 10/10 và 17/10/2027 |\n"
                   "| 2 | Khối 11 | Từ 02/11 đến 13/11/2027 |\n\n"
                   "3. Khen thưởng\n\n- 03 tập thể và 05 cá nhân không đủ điều kiện; 02 cá nhân chưa đủ 12 tháng tham "
                   "gia công tác Hội.\n\n- Chọn 03 hộ được hỗ trợ sửa nhà: hộ bà Trịnh Thị Lan, hộ ông Ngô Văn Phúc, hộ "
                   "bà Đào Thị Hường.",
                   "Lê Văn Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-44.txt", plan)
    assert first_line(assistant, "Đội sơ cấp cứu tập huấn vào thứ mấy?") == "Thứ Bảy [1]."
    assert first_line(assistant, "Đại hội đại biểu Hội Chữ thập đỏ tỉnh tổ chức vào ngày nào?") == "22 và 23/9/2027 [1]."
    assert "Trịnh Thị Lan" in assistant.ask("Ba hộ được chọn hỗ trợ sửa nhà là những hộ nào?").answer
    answers_as(assistant, {}, refused=("Khối 11 tập huấn vào buổi chiều thứ mấy?",
                                       "Hai cá nhân chưa đủ 12 tháng công tác Hội tên là gì?"))


def test_a_bracket_of_last_year_s_figures_and_a_column_of_team_leaders_of_any_surname(tmp_path, corpus_embeddings):
    """"trao 640 suất quà, trị giá 384.000.000 đồng (Tết Bính Ngọ năm 2026 trao 575 suất, trị giá 331.000.000 đồng)":
    the figures outside the bracket are this year's, those inside it last year's; a table aligned with spaces counts
    people as "Số thành viên" and names its team leaders by surnames no list holds ("Giàng Seo Páo")."""
    plan = written("HỘI CHỮ THẬP ĐỎ XÃ Y TÝ", "57/BC-CTĐ", "BÁO CÁO", "Kết quả công tác Hội năm 2027",
                   "I. KẾT QUẢ NĂM 2027\n\n1. Chăm lo Tết Đinh Mùi 2027\n\nChương trình \"Tết Nhân ái\" trao 640 suất quà, "
                   "trị giá 384.000.000 đồng (Tết Bính Ngọ năm 2026 trao 575 suất, trị giá 331.000.000 đồng).\n\n"
                   "2. Tập huấn sơ cấp cứu cho 120 người.\n\n3. Hỗ trợ 35 người bị thương do lũ quét.\n\n"
                   "4. Thăm hỏi 12 người cao tuổi neo đơn.\n\n5. Vận động 240 người hiến máu.\n\n"
                   "II. ĐỘI XUNG KÍCH\n\n"
                   "--------------------------------------------------------------\n"
                   "STT  Thôn            Số thành viên   Đội trưởng        Điện thoại\n"
                   "--------------------------------------------------------------\n"
                   "1    Lao Chải              18        Phu Xá Chừ        0968214537\n"
                   "2    Mò Phú Chải           15        Chu Lò Xá         0388467219\n"
                   "3    Sín Chải              20        Giàng Seo Páo     0345926781\n"
                   "--------------------------------------------------------------\n", "Hoàng Văn Khiêm")
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-57.txt", plan)
    answers_as(assistant, {
        "Tết Đinh Mùi 2027 trao bao nhiêu suất quà?": "640 suất quà [1].",
        "Ai là đội trưởng đội xung kích thôn Sín Chải?": "Giàng Seo Páo [1].",
        "Đội xung kích thôn Mò Phú Chải có bao nhiêu người?": "15 [1].",
    })
    assert first_line(assistant, "Tết Nhân ái năm 2027 trao quà trị giá bao nhiêu tiền?").startswith("384.000.000 đồng")


def test_the_number_of_a_text_of_another_kind_is_the_one_the_text_asked_of_cites(tmp_path, corpus_embeddings):
    """"… căn cứ luật thi đua khen thưởng số mấy?" of a decision is the law its grounds cite, not the decision's own
    number; of two directives a conclusion cites, the one the question describes ("của Ban Bí thư")."""
    conclusion = written("THÀNH ỦY TÂN HÀ", "215-KL/TU", "KẾT LUẬN", "Về kết quả 10 năm thực hiện Chỉ thị số 08-CT/TU",
                         "- Căn cứ Chỉ thị số 43-CT/TW, ngày 28/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng "
                         "đối với công tác Hội Chữ thập đỏ;\n- Căn cứ Chỉ thị số 08-CT/TU, ngày 20/01/2016 của Ban Thường vụ "
                         "Tỉnh ủy về công tác Hội Chữ thập đỏ;\n\n1. Tiếp tục thực hiện nghiêm Chỉ thị số 08-CT/TU.",
                         "Trần Văn Nam")
    decision = written("TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM", "412/QĐ-TWHCTĐ", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
                       "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;\n\nĐiều 1. Tặng Bằng khen cho 06 "
                       "tập thể có thành tích trong cứu trợ lũ lụt năm 2026.", "Bùi Thị Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kl-215.txt", conclusion, **{"qd-412_txt": decision})
    assert "Chỉ thị số 43-CT/TW" in first_line(assistant, "Chỉ thị của Ban Bí thư được nhắc trong kết luận 215 là chỉ thị số mấy?")
    assert "Luật Thi đua, khen thưởng số 06/2022/QH15" in first_line(
        assistant, "Quyết định 412 căn cứ luật thi đua khen thưởng số mấy?")
    assert "215-KL/TU" in first_line(assistant, "Kết luận 215 số mấy?")  # (its own number, asked of itself)


def test_a_school_named_without_its_level_its_address_and_a_share_of_every_commune(tmp_path, corpus_embeddings):
    """"Trường Lê Bình" is the "Trường THPT Lê Bình" the texts name (its level left out); "ở địa chỉ nào?" asks a street
    address, which a room or a hall is not; "100% xã, phường tổ chức ít nhất 01 lớp" is what each commune must do;
    "… số mấy, ra ngày nào?" of a text asks the day it was issued."""
    notice = written("TRƯỜNG THPT LÊ BÌNH", "86/TB-THPTLB", "THÔNG BÁO", "Về lớp tập huấn sơ cấp cứu hè 2027",
                     "Trường THPT Lê Bình thông báo tổ chức lớp tập huấn sơ cấp cứu cho học sinh như sau:\n\n"
                     "1. Nhà trường tổ chức 02 lớp, mỗi lớp 50 học sinh.\n\n2. Phần lý thuyết học tại Hội trường A (tầng 2, "
                     "dãy A); phần thực hành tại sân trường.", "Lê Thị Hoa")
    plan = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "27/KH-CTĐ\n\nTân Hà, ngày 10 tháng 4 năm 2027", "KẾ HOẠCH",
                   "Tập huấn sơ cấp cứu hè 2027",
                   "I. YÊU CẦU\n\n- 100% xã, phường tổ chức ít nhất 01 lớp tập huấn; tổng số học viên toàn tỉnh đạt ít nhất "
                   "3.000 người.\n\nII. TỔ CHỨC THỰC HIỆN\n\n- Hồ sơ gửi về Văn phòng Hội Chữ thập đỏ tỉnh, số 26 Lý Thường "
                   "Kiệt, phường Tân An, trước ngày 31/5/2027.", "Trần Văn Nam")
    assistant = assistant_of(tmp_path, corpus_embeddings, "tb-86.txt", notice, **{"kh-27_txt": plan})
    answers_as(assistant, {
        "Trường Lê Bình tổ chức mấy lớp sơ cấp cứu?": "02 lớp [1].",
        "Mỗi xã, phường phải tổ chức ít nhất mấy lớp tập huấn?": "01 lớp [1].",
        "Hồ sơ gửi về địa chỉ nào?": "Số 26 Lý Thường Kiệt [1].",
    }, refused=("Trường THPT Lê Bình ở địa chỉ nào?", "Trường Nguyễn Trãi tổ chức mấy lớp sơ cấp cứu?"))
    assert "10/4/2027" in assistant.ask("Kế hoạch 27 số mấy, ra ngày nào?").answer


def test_the_post_a_member_holds_in_a_board_is_the_one_its_list_gives_not_the_post_the_signer_signed_as(
        tmp_path, corpus_embeddings):
    decision = written("ỦY BAN NHÂN DÂN XÃ Y TÝ", "86/QĐ-UBND", "QUYẾT ĐỊNH", "Thành lập Ban Chỉ huy phòng, chống thiên tai",
                       "Điều 1. Thành lập Ban Chỉ huy phòng, chống thiên tai xã Y Tý gồm:\n\n1. Ông Hoàng Văn Khiêm - Chủ "
                       "tịch UBND xã - Trưởng ban.\n\n2. Ông Vàng A Sử - Phó Chủ tịch UBND xã - Phó Trưởng ban thường trực.",
                       "Hoàng Văn Khiêm", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-86.txt", decision)
    assert "Trưởng ban" in assistant.ask("Ông Hoàng Văn Khiêm giữ chức vụ gì trong Ban Chỉ huy?").answer
    assert "Phó Trưởng ban thường trực" in assistant.ask("Ông Vàng A Sử giữ chức vụ gì trong Ban Chỉ huy?").answer
    assert first_line(assistant, "Ông Hoàng Văn Khiêm giữ chức vụ gì?").startswith("Hoàng Văn Khiêm, Chủ tịch, ký")


def test_a_list_of_awardees_grouped_by_lines_without_bars_gives_a_person_s_post_from_its_column(tmp_path, corpus_embeddings):
    decision = written("TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM", "412/QĐ-TWHCTĐ", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
                       "Điều 1. Tặng Bằng khen cho các tập thể, cá nhân có tên trong danh sách kèm theo.\n\n"
                       "STT | Họ và tên / Tập thể | Chức vụ, đơn vị | Thành tích\n----|----|----|----\nI. TẬP THỂ\n"
                       "1 | Hội Chữ thập đỏ xã Hương Khê | Hội Chữ thập đỏ tỉnh Hà Tĩnh | Sơ tán 1.240 hộ dân\nII. CÁ NHÂN\n"
                       "1 | Bà Đặng Thị Kim Oanh | Chi hội trưởng Chi hội Chữ thập đỏ thôn Trung Hà | Tổ chức bếp ăn nhân đạo\n"
                       "2 | Ông Hồ Sỹ Quang | Trưởng Ban Công tác xã hội | Bàn giao 42 tấn hàng cứu trợ", "Bùi Thị Hòa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-412.txt", decision)
    assert first_line(assistant, "Bà Đặng Thị Kim Oanh giữ chức vụ gì?") == "Chi hội trưởng Chi hội Chữ thập đỏ thôn Trung Hà [1]."
    answers_as(assistant, {}, refused=("Ông Nguyễn Văn Tèo giữ chức vụ gì?",))


def test_a_festival_s_board_by_degree_and_unit_its_time_line_and_a_list_its_lead_in_opens(tmp_path, corpus_embeddings):
    """A member named after a degree ("ThS.BS") holds the post written beside the name ("Trưởng khoa …"); "Đại diện
    Công an thành phố" is the member the body sends, and the title asked of no holder ("những phó trưởng ban nào?"); a plan's "Thời gian: …" line tells when the event of its title is
    held, not a row of its schedule; a lead-in ("… các tiêu chí sau:") is quoted with the items it opens."""
    decision = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ TÂN HÀ", "09/QĐ-CTĐ", "QUYẾT ĐỊNH",
                       "Thành lập Ban Tổ chức Ngày hội Hiến máu \"Giọt hồng Tân Hà\" năm 2027",
                       "Điều 1. Thành lập Ban Tổ chức Ngày hội gồm các ông, bà có tên sau:\n\n1. Bà Lê Thị Ngọc Hân, Chủ "
                       "tịch Hội Chữ thập đỏ thành phố - Trưởng ban;\n\n2. Ông Trương Minh Khoa, Phó Giám đốc Sở Y tế - Phó "
                       "Trưởng ban Thường trực;\n\n3. Thượng tá Phạm Văn Toàn, Phó Trưởng phòng Cảnh sát "
                       "giao thông, Công an thành phố - Thành viên;\n\n4. ThS.BS Tô Thanh Sang, Trưởng khoa Truyền máu, Bệnh "
                       "viện Đa khoa thành phố - Thành viên.\n\nĐiều 2. Phó Trưởng ban Thường trực điều hành công việc thường xuyên "
                       "của Ban Tổ chức khi Trưởng ban vắng mặt. Trưởng ban sử dụng con dấu của Hội Chữ thập đỏ thành phố; Phó "
                       "Trưởng ban Thường trực sử dụng con dấu của Sở Y tế.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.",
                       "Lê Thị Ngọc Hân")
    plan = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ TÂN HÀ", "05/KH-CTĐ", "KẾ HOẠCH",
                   "Tổ chức Ngày hội Hiến máu \"Giọt hồng Tân Hà\" lần thứ VI năm 2027",
                   "I. THỜI GIAN, ĐỊA ĐIỂM\n\n1. Thời gian: 02 ngày, thứ Bảy ngày 06/3/2027 và Chủ nhật ngày 07/3/2027.\n\n"
                   "2. Địa điểm: Nhà Văn hóa Lao động thành phố.\n\nII. ĐỐI TƯỢNG\n\nNgười hiến máu phải đáp ứng các tiêu "
                   "chí sau:\n\na) Trong độ tuổi từ 18 đến 60 tuổi;\n\nb) Cân nặng từ 45 kg trở lên.\n\nIII. LỊCH TRÌNH\n\n"
                   "| Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|\n| Trước ngày 26/02/2027 | Chốt danh sách "
                   "đăng ký hiến máu | Ban Công tác xã hội |\n| 7 giờ 00 ngày 07/3/2027 | Tiếp nhận máu ngày thứ hai, tôn "
                   "vinh người hiến máu | Bệnh viện Đa khoa thành phố |\n| Trước ngày 20/3/2027 | Báo cáo tổng kết Ngày hội "
                   "hiến máu | Ban Tổ chức |", "Lê Thị Ngọc Hân")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-09.txt", decision, **{"kh-05_txt": plan})
    answers_as(assistant, {
        "Ông Tô Thanh Sang giữ chức vụ gì?": "Trưởng khoa Truyền máu [1].",
        "Đại diện Công an thành phố trong ban tổ chức là ai?": "Phạm Văn Toàn [1].",
    })
    # (the title the question names is no answer to who holds it; a longer title of it is held by one of them)
    assert first_line(assistant, "Ban Tổ chức có những phó trưởng ban nào?") == "Trương Minh Khoa [1]."
    # (each of two things asked by the part of a sentence that names it)
    sealed = assistant.ask("Trưởng ban và Phó Trưởng ban Thường trực dùng con dấu của cơ quan nào?").answer
    assert "con dấu của Hội Chữ thập đỏ thành phố" in sealed and "con dấu của Sở Y tế" in sealed
    assert "06/3/2027" in first_line(assistant, "Ngày hội hiến máu Giọt hồng Tân Hà tổ chức ngày nào?")
    # (of another edition than the text's sixth, it says nothing)
    answers_as(assistant, {}, refused=("Ngày hội Giọt hồng Tân Hà được tổ chức lần đầu tiên vào năm nào?",
                                       "Ngày hội Giọt hồng Tân Hà lần thứ V tổ chức ngày nào?"))
    answer = assistant.ask("Người hiến máu phải đáp ứng những tiêu chí gì?").answer
    assert "từ 18 đến 60 tuổi" in answer and "45 kg" in answer


def test_a_body_the_question_relates_to_a_text_never_names_a_storm_by_its_number_and_a_first_round_said_otherwise(
        tmp_path, corpus_embeddings):
    """A text that never names a body the question relates the thing asked to ("quy chế phối hợp giữa Hội … và Bộ Chỉ
    huy Quân sự") says nothing of it; a storm is known by its number ("bão số 9" is no other storm); "đầu tiên" is said
    by "thứ nhất"; a name laid out with a tab under the signature's column signs the text; "kinh phí" is any sum."""
    rules = written("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "57/QĐ-CTĐ", "QUYẾT ĐỊNH",
                    "Ban hành Quy chế phối hợp giữa Hội Chữ thập đỏ tỉnh và Công an tỉnh",
                    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Hội Chữ thập đỏ tỉnh và Công an tỉnh.\n\n"
                    "Điều 2. Hằng năm, hai bên tổ chức 03 đợt hiến máu tập trung:\n\n- Đợt hiến máu thứ nhất: ngày 25/3/2027, "
                    "tại Hội trường Công an tỉnh;\n\n- Đợt hiến máu thứ hai: ngày 15/7/2027.", "Trần Văn Nam")
    relief = ("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\n\nSố: 286/CTĐ-CTXH\n\nV/v cứu trợ sau bão số 3\n\n"
              "Bão số 3 làm 12 người chết, 03 người mất tích trên địa bàn tỉnh. Về hạ tầng: 420 m đường giao thông liên thôn "
              "bị sạt lở; cầu tràn Khe Trố bị cuốn trôi. Hội Chữ thập đỏ tỉnh hỗ trợ mỗi hộ có người "
              "chết 5.000.000 đồng. Đề nghị Ủy ban nhân dân tỉnh bố trí 1.200 triệu đồng từ ngân sách năm 2027 cho hoạt "
              "động cứu trợ./.\n\nNơi nhận:\tTM. BAN THƯỜNG VỤ\n- Như trên;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\n"
              "\tNguyễn Thị Hải Yến\n")
    review = written("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂN HÀ", "148/BC-CTĐ", "BÁO CÁO", "Tổng kết công tác Hội năm 2026",
                     "I. KẾT QUẢ\n\n1. Vận động 38.000 triệu đồng.", "Trần Văn Nam")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-57.txt", rules, **{"cv-286_txt": relief, "bc-148_txt": review})
    assert "25/3/2027" in first_line(assistant, "Đợt hiến máu đầu tiên năm 2027 diễn ra khi nào?")
    # (a text of the year's review is none of a part of the year; its issuer named by the words of a longer name)
    assert "148/BC-CTĐ" in first_line(assistant, "Báo cáo tổng kết năm 2026 của Ban Tuyên giáo Tỉnh ủy số mấy?")
    assert assistant.ask("Báo cáo sơ kết 6 tháng đầu năm 2026 của Ban Tuyên giáo Tỉnh ủy số mấy?").abstained
    assert first_line(assistant, "Bão số 3 làm bao nhiêu người mất tích?") == "03 người mất tích [1]."
    assert "Nguyễn Thị Hải Yến, Phó Chủ tịch, ký" in first_line(assistant, "Ai ký công văn 286, chức vụ gì?")
    # (a sum to spend asked by its noun, "kinh phí", is any sum in đồng: "bố trí 1.200 triệu đồng từ ngân sách")
    assert first_line(assistant, "Hội đề nghị UBND tỉnh bố trí bao nhiêu kinh phí năm 2027?") == "1.200 triệu đồng [1]."
    answers_as(assistant, {}, refused=("Quy chế phối hợp giữa Hội Chữ thập đỏ tỉnh và Bộ Chỉ huy Quân sự tỉnh quy định những gì?",
                                       "Bão số 9 làm bao nhiêu người mất tích?",
                                       # (what a later part of a sentence is said of: "…; cầu tràn Khe Trố bị cuốn trôi")
                                       "Cầu tràn Khe Trố dài bao nhiêu mét?"))
    assert first_line(assistant, "Bao nhiêu mét đường giao thông bị sạt lở?") == "420 m đường [1]."


SCHEME = written(
    "HỘI CHỮ THẬP ĐỎ THÀNH PHỐ LONG XUYÊN", "12/ĐA-CTĐ", "ĐỀ ÁN", "Phát triển đội sơ cấp cứu giai đoạn 2027 - 2030",
    "Căn cứ Kế hoạch số 88/KH-UBND ngày 05/6/2026 của Ủy ban nhân dân thành phố Long Xuyên về công tác y tế cơ sở;\n\n"
    "I. MỤC TIÊU\n\n1. Đến năm 2030, mỗi phường có ít nhất 01 đội sơ cấp cứu.",
    "Trần Thị Kim Hoa")
APPROVAL = written(
    "ỦY BAN NHÂN DÂN THÀNH PHỐ LONG XUYÊN", "540/QĐ-UBND", "QUYẾT ĐỊNH", "Phê duyệt Đề án phát triển đội sơ cấp cứu "
    "giai đoạn 2027 - 2030",
    "Căn cứ Quy chế làm việc của Ủy ban nhân dân thành phố ban hành kèm theo Quyết định số 77/QĐ-UBND ngày "
    "10/01/2026;\n\nXét đề nghị của Chủ tịch Hội Chữ thập đỏ thành phố tại Tờ trình số 31/TTr-CTĐ ngày 20/8/2026.\n\n"
    "Điều 1. Phê duyệt Đề án số 12/ĐA-CTĐ với tổng kinh phí 2.400.000.000 đồng.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Lê Văn Sang", board="ỦY BAN NHÂN DÂN")


PROPOSAL = written(
    "HỘI CHỮ THẬP ĐỎ THÀNH PHỐ LONG XUYÊN", "31/TTr-CTĐ", "TỜ TRÌNH", "Đề nghị Ủy ban nhân dân thành phố phê duyệt Đề "
    "án phát triển đội sơ cấp cứu",
    "Kính gửi: Ủy ban nhân dân thành phố Long Xuyên.\n\nHội Chữ thập đỏ thành phố kính trình Ủy ban nhân dân thành phố "
    "xem xét, phê duyệt Đề án số 12/ĐA-CTĐ.", "Trần Thị Kim Hoa")


def test_the_number_of_a_text_of_another_kind_is_that_texts_or_the_one_the_text_in_hand_cites(tmp_path, corpus_embeddings):
    # the decision approving a scheme, not the scheme the question names before it ("bằng quyết định số mấy"); the
    # decision a decision's grounds cite, of its own kind; none of a body no text says approved it; the plan a scheme
    # follows, named by the issuer and place of that plan
    assistant = assistant_of(tmp_path, corpus_embeddings, "da-12.txt", SCHEME, qd_540_txt=APPROVAL, ttr_31_txt=PROPOSAL)
    approved = first_line(assistant, "UBND thành phố phê duyệt đề án bằng quyết định số mấy?")
    assert "540/QĐ-UBND" in approved and "12/ĐA-CTĐ" not in approved.split("dẫn")[0]
    grounds = first_line(assistant, "Quyết định phê duyệt đề án căn cứ quy chế làm việc ban hành kèm quyết định số mấy?")
    assert "77/QĐ-UBND" in grounds and "540/QĐ-UBND" not in grounds.split("dẫn")[1]
    follows = first_line(assistant, "Đề án căn cứ vào kế hoạch nào của UBND thành phố Long Xuyên?")
    assert "88/KH-UBND" in follows
    assert assistant.ask("UBND tỉnh An Giang phê duyệt tờ trình 31 bằng quyết định số mấy?").abstained
    # (the number the question writes in full is no answer to which one a text replaces)
    assert assistant.ask("Quyết định 540/QĐ-UBND thay thế quyết định số mấy?").abstained
    # (the proposal a text was issued on, asked by the body that made it; its day said with it)
    proposed = assistant.ask("Hội CTĐ thành phố trình UBND bằng tờ trình số mấy, ngày nào?").answer
    assert "31/TTr-CTĐ ngày 20/8/2026" in proposed and "không nêu" not in proposed
    # (a text of the kind named whose title says what the question does, not the proposal titled so)
    assert "Lê Văn Sang" in first_line(assistant, "Ai ký quyết định phê duyệt đề án của UBND thành phố?")


GIFT_PLAN = written(
    "HỘI CHỮ THẬP ĐỎ PHƯỜNG AN LẠC", "41/KH-CTĐ", "KẾ HOẠCH", "Vận động quà Tết năm 2027",
    "I. PHÂN BỔ QUÀ\n\n1. Số quà phân bổ cho các khu phố:\n\n"
    "| STT | Khu phố | Số phần quà | Kinh phí (đồng) |\n|---|---|---|---|\n"
    "| 1 | Khu phố 1 | 82 | 53.300.000 |\n| 2 | Khu phố 2 | 75 | 48.750.000 |\n| 3 | Khu phố 3 | 90 | 58.500.000 |\n\n"
    "2. Phân kỳ kinh phí theo giai đoạn:\n\n"
    "| Nội dung | Giai đoạn 1 | Giai đoạn 2 | Tổng |\n|---|---|---|---|\n"
    "| Ngân sách | 40.000.000 | 60.000.000 | 100.000.000 |\n| Vận động | 45.000.000 | 55.000.000 | 100.000.000 |\n\n"
    "II. ĐỊNH MỨC QUÀ\n\n1. Định mức\n- Tổng số 247 phần quà, mỗi phần trị giá 650.000 đồng, gồm:\n+ Tiền mặt: 300.000 đồng;\n"
    "+ Hàng hóa trị giá 350.000 đồng.\n\n2. Tiền ủng hộ chuyển vào tài khoản của Hội, số 0421 0003 8627 tại Ngân hàng "
    "Ngoại thương.",
    "Phan Thị Mai")


def test_a_residential_unit_and_a_phase_asked_by_number_are_read_by_their_row_and_column(tmp_path, corpus_embeddings):
    # "khu phố 3" is a label the row must write ("khu phố 5" none does); "suất quà" is counted under "Số phần quà";
    # "giai đoạn 2" names a column of a table whose section says it holds sums
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-41.txt", GIFT_PLAN)
    answers_as(assistant, {
        "Khu phố 3 được phân bổ mấy suất quà?": "90 [1].",
        "Nguồn vận động giai đoạn 2 là bao nhiêu tiền?": "55.000.000 [1].",
        # (each of a list's items by the unit its lead-in sets; an account of twelve digits opening with 0)
        "Tiền mặt trong mỗi phần quà là bao nhiêu?": "300.000 đồng [1].",
        "so tai khoan ung ho la gi": "0421 0003 8627 [1].",
    }, refused=("Khu phố 5 được phân bổ bao nhiêu phần quà?",))


WORK_PROGRAMME = written(
    "HỘI CHỮ THẬP ĐỎ HUYỆN MƯỜNG ẢNG", "03/CTr-HCTĐ", "CHƯƠNG TRÌNH", "Công tác năm 2027",
    "I. NỘI DUNG THEO THÁNG\n\n| Tháng | Nội dung | Bộ phận chủ trì |\n|---|---|---|\n"
    "| Tháng 4 | Chỉ đạo Đại hội điểm cấp cơ sở tại xã Búng Lao | Văn phòng |\n"
    "| Tháng 8 | Tổ chức Đại hội đại biểu Hội Chữ thập đỏ huyện lần thứ X, dự kiến ngày 19/8/2027 | Văn phòng |",
    "Lò Văn Thanh")


def test_an_edition_is_answered_by_a_clause_that_names_it_and_one_no_text_writes_by_none(tmp_path, corpus_embeddings):
    # the row of another congress, which names no edition, says nothing of the tenth's venue; no text writes an eleventh
    assistant = assistant_of(tmp_path, corpus_embeddings, "ctr-03.txt", WORK_PROGRAMME)
    assert "19/8/2027" in first_line(assistant, "Đại hội đại biểu Hội CTĐ huyện lần thứ X tổ chức ngày nào?")
    answers_as(assistant, {}, refused=("Đại hội đại biểu Hội CTĐ huyện lần thứ X tổ chức ở đâu?",
                                       "Đại hội đại biểu Hội CTĐ huyện lần thứ XI tổ chức ngày nào?"))


HALF_YEAR_REPORT = written(
    "HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ", "37/BC-HCTĐ", "BÁO CÁO", "Kết quả công tác Hội 6 tháng đầu năm 2026",
    "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác tổ chức: tổng số hội viên là 186.420 người.\n\n"
    "2. Hiến máu: tiếp nhận 27.860 đơn vị máu, đạt 53,6% kế hoạch năm (52.000 đơn vị).\n\n"
    "II. PHƯƠNG HƯỚNG\n\n1. Phấn đấu kết nạp thêm 2.600 hội viên trong 6 tháng cuối năm.", "Lê Thị Hồng Nhung")


def test_a_target_asked_is_not_a_figure_of_the_results_a_report_gives(tmp_path, corpus_embeddings):
    # the count the part of results states is what was done, no target; a half year's figure beside the share of the
    # year's plan it reached is the half year's
    assistant = assistant_of(tmp_path, corpus_embeddings, "bc-37.txt", HALF_YEAR_REPORT)
    assert "27.860" in first_line(assistant, "6 tháng đầu năm tiếp nhận được bao nhiêu đơn vị máu?")
    assert "186.420" in first_line(assistant, "Tổng số hội viên toàn tỉnh hiện nay là bao nhiêu?")
    # (the half year's figure, not the year's whose plan it is a share of)
    answers_as(assistant, {}, refused=("Kế hoạch năm 2026 đặt ra tổng số hội viên toàn tỉnh là bao nhiêu?",
                                       "Cả năm 2026 tiếp nhận được bao nhiêu đơn vị máu?"))


HONOURS_GUIDE = written(
    "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM", "21/HD-TWH", "HƯỚNG DẪN", "Tôn vinh người hiến máu tiêu biểu năm 2026",
    "1. Hồ sơ đề nghị gửi về Ban Tổ chức - Kiểm tra Trung ương Hội trước ngày 15/10/2026 để xét tôn vinh tại Lễ tôn vinh "
    "người hiến máu tiêu biểu toàn quốc năm 2026.\n\n2. Lễ phát động Tháng Nhân đạo tổ chức ngày 08/5/2026 tại Hà Nội.",
    "Nguyễn Hải Anh")


def test_an_event_asked_when_it_is_held_is_not_dated_by_the_deadline_for_papers_sent_for_it(tmp_path, corpus_embeddings):
    assistant = assistant_of(tmp_path, corpus_embeddings, "hd-21.txt", HONOURS_GUIDE)
    assert "15/10/2026" in first_line(assistant, "Hồ sơ đề nghị tôn vinh gửi trước ngày nào?")
    assert "08/5/2026" in first_line(assistant, "Lễ phát động Tháng Nhân đạo tổ chức ngày nào?")
    answers_as(assistant, {}, refused=("Lễ tôn vinh người hiến máu tiêu biểu toàn quốc năm 2026 tổ chức ngày nào?",))


LETTER_TO_UNITS = ("SỞ Y TẾ TỈNH NAM SƠN\n\nSố: 1846/SYT-NVY\nV/v bảo đảm máu dịp hè\n\nNam Sơn, ngày 12 tháng 5 năm 2026\n\n"
                   "Kính gửi:\n- Bệnh viện Nhi tỉnh Nam Sơn;\n- Bệnh viện Phụ sản tỉnh Nam Sơn;\n"
                   "- Hội Chữ thập đỏ các huyện.\n\n"
                   "Để bảo đảm đủ máu cho cấp cứu, điều trị, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
                   "1. Rà soát, lập danh sách người hiến máu dự bị, gửi về Sở Y tế trước ngày 25/5/2026.\n\n"
                   "2. Bệnh viện Phụ sản tỉnh Nam Sơn duy trì dự trữ tối thiểu 80 đơn vị máu nhóm O; Bệnh viện Nhi tỉnh "
                   "Nam Sơn ưu tiên dự trữ khối hồng cầu nhóm O.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tâm\n")


def test_a_letter_s_items_with_no_subject_are_its_addressees_and_a_part_of_another_body_is_not_theirs(tmp_path,
                                                                                                     corpus_embeddings):
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-1846.txt", LETTER_TO_UNITS)
    answers_as(assistant, {"Hội CTĐ huyện phải gửi danh sách người hiến máu dự bị trước ngày nào?": "Ngày 25/5/2026 [1]."},
               refused=("Bệnh viện Nhi tỉnh Nam Sơn phải dự trữ tối thiểu bao nhiêu đơn vị máu?",))
    assert first_line(assistant, "Bệnh viện Phụ sản tỉnh Nam Sơn phải dự trữ tối thiểu bao nhiêu đơn vị máu?") \
        .startswith("80 đơn vị")


def test_the_contact_under_a_unit_named_with_its_agency_is_the_agency_s(tmp_path, corpus_embeddings):
    text = written("SỞ Y TẾ TỈNH NAM SƠN", "685/KH-SYT", "KẾ HOẠCH", "Tổ chức các ngày hội hiến máu năm 2027",
                   "I. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nghiệp vụ Y - Sở Y tế\n\n- Tham mưu Giám đốc Sở chỉ đạo các đơn vị "
                   "triển khai Kế hoạch.\n\n- Đầu mối liên hệ: bà Đinh Thị Phương, Trưởng phòng Nghiệp vụ Y, điện thoại: "
                   "0912 634 857.\n\n2. Hội Chữ thập đỏ tỉnh\n\n- Vận động người dân tham gia hiến máu; đầu mối: ông Bùi "
                   "Văn Tiến, điện thoại: 0983 217 546.", "Hà Thị Minh Nguyệt", board="GIÁM ĐỐC")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-685.txt", text,
                         {"Đầu mối liên hệ của Sở Y tế là ai?": "Đinh Thị Phương [1]."})


def test_a_lead_in_answers_with_the_items_indented_under_it(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN", "24/KH-CTĐ", "KẾ HOẠCH", "Tổ chức Hội thi Sơ cấp cứu giỏi năm 2027",
                   "V. KINH PHÍ\n\n- Tổng dự toán kinh phí tổ chức Hội thi: 185.000.000 đồng, trong đó:\n"
                   "  - Ngân sách tỉnh cấp: 120.000.000 đồng;\n  - Nguồn vận động tài trợ của doanh nghiệp: 65.000.000 đồng.\n"
                   "- Hỗ trợ mỗi đội dự thi 3.000.000 đồng/đội.", "Võ Thị Kim Loan")
    assistant = assistant_of(tmp_path, corpus_embeddings, "kh-24.md", text)
    answer = assistant.ask("Kinh phí tổ chức hội thi gồm những nguồn nào?")
    assert {"kh-24:v.b1.b1", "kh-24:v.b1.b2"} <= {c.clause_id for c in answer.citations}


def test_what_an_item_a_theme_or_a_setting_names_is_said_of_the_sentences_after_it(tmp_path, corpus_embeddings):
    """A letter that names its campaign's theme only in its opening, an item labelled by the event it is of, a venue
    whose name goes on past a word of time, a part opened by its body after where it is set, and a plan that carries
    out a directive the corpus only cites."""
    letter = written("SỞ Y TẾ TỈNH NAM SƠN", "902/SYT-NVY", "CÔNG VĂN", "V/v tổ chức đợt cao điểm hiến máu hè 2027",
                     "Năm 2026, có thời điểm nhóm máu O tại Bệnh viện Đa khoa tỉnh chỉ còn 74 đơn vị. Sở Y tế tổ chức "
                     "đợt cao điểm vận động hiến máu với chủ đề \"Giọt hồng Nam Sơn\" và đề nghị các đơn vị thực hiện:\n\n"
                     "1. Toàn tỉnh tiếp nhận tối thiểu 5.400 đơn vị máu.\n\n"
                     "2. Ngày hội \"Chủ nhật Đỏ\": tổ chức 03 ngày hội tại các huyện. Ngày hội cấp tỉnh tổ chức vào ngày "
                     "20/6/2027 tại Quảng trường 19 Tháng 8; các ngày hội còn lại tổ chức tại các xã.\n\n"
                     "3. Khen thưởng\nTại Hội nghị tổng kết, Ủy ban nhân dân tỉnh tặng Bằng khen cho 9 tập thể; Hội Chữ "
                     "thập đỏ tỉnh tặng Giấy khen cho 25 tập thể.", "Lê Văn Tâm", board="GIÁM ĐỐC")
    plan = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "77/KH-UBND", "KẾ HOẠCH", "Thực hiện Chỉ thị số 21-CT/TW về công tác "
                   "Hội Chữ thập đỏ", "Thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành Kế "
                   "hoạch thực hiện như sau:\n\nI. NHIỆM VỤ\n\n1. Sở Y tế chủ trì vận động hiến máu.\n\nII. KINH PHÍ\n\n"
                   "Ngân sách tỉnh dành khoản hỗ trợ 1,8 tỷ đồng/năm trong giai đoạn 2027 - 2030.", "Trần Văn Hải",
                   board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-902.txt", letter, kh_77_txt=plan)
    answers_as(assistant, {
        # the theme the opening gives is what every item of the letter is of; the target, not a figure it states as none
        "Chỉ tiêu đợt 'Giọt hồng Nam Sơn' là bao nhiêu đơn vị máu?": "5.400 đơn vị [1].",
        "Ngày hội Chủ nhật Đỏ cấp tỉnh tổ chức ở đâu?": "Tại Quảng trường 19 Tháng 8 [1].",
        "Tại hội nghị tổng kết UBND tỉnh tặng bằng khen cho bao nhiêu tập thể?": "9 tập thể [1].",
        "Ngân sách tỉnh hỗ trợ bao nhiêu tiền mỗi năm để thực hiện KH thực hiện CT 21?": "1,8 tỷ đồng [1].",
    }, refused=("Chỉ tiêu hiến máu năm 2026 của tỉnh Nam Sơn là bao nhiêu?",))


def test_the_bodies_a_numbered_task_names_each_do_it_and_a_team_is_counted_where_it_is_set_up(tmp_path, corpus_embeddings):
    """A district directive whose numbered tasks open with the bodies that do them ("11. Ủy ban nhân dân các xã, thị
    trấn:"): a sum in their task is each one's; a team another body sets up is counted where the sentence names it."""
    text = written("ỦY BAN NHÂN DÂN HUYỆN NAM LÂM", "03/CT-UBND", "CHỈ THỊ", "Về tăng cường công tác Chữ thập đỏ",
                   "7. Ban Chỉ huy Quân sự huyện: phối hợp với Hội Chữ thập đỏ huyện thành lập đội ứng phó thảm họa cấp "
                   "huyện gồm 20 thành viên, hoàn thành trong quý II/2027.\n\n"
                   "8. Ủy ban nhân dân các xã, thị trấn: đưa chỉ tiêu công tác Hội vào nghị quyết hằng năm.\n"
                   "- Bố trí kinh phí hỗ trợ hoạt động cho Hội Chữ thập đỏ cơ sở không thấp hơn 8.000.000 đồng/năm.\n\n"
                   "9. Phòng Văn hóa huyện: phối hợp với các xã tổ chức tuyên truyền; hỗ trợ 2.000.000 đồng cho Hội "
                   "Chữ thập đỏ huyện.", "Hoàng Văn Sơn", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "ct-03.txt", text)
    answers_as(assistant, {
        "Mỗi xã phải bố trí cho Hội chữ thập đỏ cơ sở ít nhất bao nhiêu tiền/năm?": "8.000.000 đồng [1].",
        "Đội ƯPTH cấp huyện gồm bao nhiêu thành viên?": "20 thành viên [1].",
    }, refused=("Mỗi xã được Phòng Văn hóa hỗ trợ bao nhiêu tiền?",))


def test_a_submission_s_cost_table_gives_what_one_costs_and_proposes_what_is_not_yet_granted(tmp_path, corpus_embeddings):
    """A Tờ trình with a cost table "| ĐVT | SL | Đơn giá | Thành tiền |": what one unit costs is read under "Đơn giá", a
    row speaks only of its own item, and what it asks for is not yet granted."""
    text = written("HỘI CHỮ THẬP ĐỎ HUYỆN ĐỒNG LÂM", "12/TTr-HCTĐ", "TỜ TRÌNH", "Về việc hỗ trợ kinh phí tập huấn sơ cấp cứu",
                   "I. DỰ TOÁN KINH PHÍ\n\nĐơn vị tính: đồng\n\n| STT | Nội dung chi | ĐVT | SL | Đơn giá | Thành tiền |\n"
                   "|---|---|---|---|---|---|\n| 1 | Thù lao giảng viên | buổi | 12 | 500.000 | 6.000.000 |\n"
                   "| 2 | Hỗ trợ tiền ăn học viên | người/ngày | 300 | 100.000 | 30.000.000 |\n"
                   "| 3 | Túi sơ cấp cứu cấp cho đội cơ sở | túi | 11 | 850.000 | 9.350.000 |\n"
                   "| | Tổng cộng | | | | 45.350.000 |\n\nII. ĐỀ NGHỊ\n\nĐề nghị ngân sách huyện hỗ trợ 30.000.000 đồng, chiếm "
                   "66,2% tổng dự toán.", "Lê Thị Hoa")
    assistant = assistant_of(tmp_path, corpus_embeddings, "ttr-12.md", text)
    answers_as(assistant, {
        "Thù lao giảng viên mỗi buổi dự toán bao nhiêu?": "500.000 đồng [1].",  # (in the money stated over the table)
        "Đơn giá một túi sơ cấp cứu là bao nhiêu?": "850.000 đồng [1].",
        "Tổng dự toán lớp tập huấn là bao nhiêu tiền?": "45.350.000 đồng [1].",
        "Học viên được hỗ trợ tiền ăn bao nhiêu một ngày?": "100.000 đồng [1].",  # ("người/ngày": one a day)
    }, refused=("Tiền ăn cho giảng viên dự toán bao nhiêu một ngày?",
                "Học viên được hỗ trợ tiền ăn bao nhiêu một tháng?",  # (what one costs is a day's, not a month's)
                "UBND huyện đã duyệt cấp bao nhiêu tiền cho lớp tập huấn rồi?"))


def test_the_account_a_sum_goes_to_is_the_receiving_body_s(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ TỈNH HÀ LAM", "09/HD-HCTĐ", "HƯỚNG DẪN", "Thu, nộp và quản lý hội phí năm 2027",
                   "5. Hình thức nộp\n\nd/ Hội Chữ thập đỏ huyện, thị xã chuyển hội phí về tài khoản của Hội Chữ thập đỏ tỉnh "
                   "số 3711 0000 482 519 tại Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Hà Lam.", "Trần Thị Mai")
    # (what the money is sent for, "để … chuyển hội phí", is no word the account line must hold: the body it goes to is)
    over_text_answers_as(tmp_path, corpus_embeddings, "hd-09.txt", text,
                         {"Số tài khoản để huyện chuyển hội phí về Hội CTĐ tỉnh là gì?": "3711 0000 482 519 [1]."})


def test_each_body_a_task_sets_a_figure_for_answers_with_its_own(tmp_path, corpus_embeddings):
    text = written("TỈNH ỦY GIA LAM", "1186-CV/TU", "CÔNG VĂN", "V/v vận động hiến máu tình nguyện năm 2027",
                   "2. Nhiệm vụ cụ thể\n\n- Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh: lãnh đạo xây dựng lực lượng dự bị "
                   "hiến máu; phấn đấu Bộ Chỉ huy Quân sự tỉnh tiếp nhận 450 đơn vị máu, Công an tỉnh tiếp nhận 500 đơn vị "
                   "máu trong năm 2027.", "Đặng Minh Quân", board="BAN THƯỜNG VỤ")
    # (a part each body opens, after the aim it is set, under the party committees that lead them)
    over_text_answers_as(tmp_path, corpus_embeddings, "cv-1186.txt", text, {
        "Công an tỉnh phấn đấu năm 2027 tiếp nhận bao nhiêu đơn vị máu?": "500 đơn vị [1].",
        "Bộ Chỉ huy Quân sự tỉnh phấn đấu tiếp nhận bao nhiêu đơn vị máu?": "450 đơn vị [1].",
    })


def test_a_sum_in_a_table_of_support_with_a_column_of_units_is_each_one_s(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ ĐÔNG SƠN", "18/QĐ-CTĐ", "QUYẾT ĐỊNH", "Ban hành Quy chế Quỹ Nhân đạo",
                   "Điều 6. Dự phòng\n\nHằng năm, Quỹ phải duy trì khoản dự phòng ứng phó thiên tai tối thiểu bằng 20% số dư "
                   "Quỹ.\n\nĐiều 8. Mức hỗ trợ\n\n| STT | Nội dung hỗ trợ | ĐVT | Mức hỗ trợ tối đa (đồng) |\n|---|---|---|---|\n"
                   "| 1 | Quà Tết Nguyên đán | Suất | 500.000 |\n| 2 | Xây mới nhà Chữ thập đỏ | Nhà | 50.000.000 |\n\n"
                   "Điều 9. Mua sắm\n\n| STT | Nội dung | ĐVT | Số lượng | Thành tiền (đồng) |\n|---|---|---|---|---|\n"
                   "| 1 | Túi sơ cấp cứu | Túi | 20 | 17.000.000 |", "Nguyễn Văn Hải")
    over_text_answers_as(tmp_path, corpus_embeddings, "qd-18.txt", text, {
        "Quà Tết mỗi suất tối đa bao nhiêu?": "500.000 đồng [1].",  # under a column of sums of a table that counts none
        "Khoản dự phòng ứng phó thiên tai phải giữ ít nhất bao nhiêu?": "20% [1].",  # a share of a sum, "số dư"
    }, refused=("Mỗi túi sơ cấp cứu giá bao nhiêu tiền?",))  # a total under "Thành tiền", beside a quantity


def test_a_post_named_by_its_number_is_its_own_row_and_its_place_is_under_vi_tri(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN HUYỆN HẢI PHONG", "87/KH-UBND", "KẾ HOẠCH", "Sơ cấp cứu mùa hè năm 2027",
                   "1. Thành lập 03 trạm sơ cấp cứu:\n\n| TT | Tên trạm | Vị trí đặt trạm | Số người trực/ngày |\n|---|---|---|---|\n"
                   "| 1 | Trạm số 1 | Bãi tắm Thịnh Long, khu vực Quảng trường biển | 06 |\n"
                   "| 2 | Trạm số 2 | Bãi tắm Hải Hòa, cuối đường Hoa Phượng | 04 |\n"
                   "| 3 | Trạm số 3 | Bãi tắm Hải Lý | 03 |\n\n"
                   "2. Bố trí 01 xe cứu thương thường trực tại Trạm Y tế thị trấn vào thứ Bảy, Chủ nhật.", "Trần Văn Nam")
    over_text_answers_as(tmp_path, corpus_embeddings, "kh-87.txt", text, {
        "Trạm số 2 đặt ở đâu?": "Bãi tắm Hải Hòa, cuối đường Hoa Phượng [1].",
    }, refused=("Trạm số 7 đặt ở đâu?",))  # (no row of that number: not the Trạm Y tế)
