"""Who signed a text the corpus only cites is read from the sentence that says so, and only for that text; who
proposed a text, from its preamble."""

from retrieval.answer.facts import signer_named
from tests.utils.written import assistant_of, written

SENTENCE = ("Thường trực Ban Bí thư Võ Văn Thưởng vừa ký ban hành Kết luận số 44 của Ban Bí thư về tiếp tục "
            "thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư khóa X.")


def test_the_signer_is_the_name_before_ky_for_the_text_signed_after_it():
    assert signer_named(SENTENCE) == "Võ Văn Thưởng"
    assert signer_named(SENTENCE, "44") == "Võ Văn Thưởng"
    assert signer_named(SENTENCE, "43-CT/TW") is None  # cited in the sentence, signed by someone else


def test_corpus_signer_of_a_cited_text_comes_only_from_the_sentence_about_it(corpus_assistant):
    assert "Võ Văn Thưởng" in corpus_assistant.ask("Ai ký Kết luận 44?").answer
    assert "Võ Văn Thưởng" not in corpus_assistant.ask("Ai ký Chỉ thị 43-CT/TW?").answer


def test_a_letter_goes_to_those_it_addresses_and_to_those_under_noi_nhan(corpus_assistant):
    answer = corpus_assistant.ask("Công văn 981 được gửi tới những ai?")
    assert [c.clause_id.rsplit(":", 1)[1] for c in answer.citations] == ["header", "closing"]
    assert "Đảng đoàn Hội đồng nhân dân thành phố" in answer.answer.split("[1]")[0]
    copies = answer.answer.split("[1]")[1]
    assert "Ban Bí thư" in copies and "Hội Chữ thập đỏ Việt Nam" in copies and "Lưu" not in copies


def test_who_proposed_a_text_is_read_from_its_preamble_and_a_text_that_says_nothing_is_refused(corpus_assistant):
    # "Thực hiện … . Xét đề nghị của … tại Tờ trình số …, Ủy ban nhân dân tỉnh ban hành Kế hoạch …, như sau:"
    answer = corpus_assistant.ask("Kế hoạch của UBND tỉnh Lai Châu được ban hành theo đề nghị của cơ quan nào?")
    assert answer.answer.endswith("được ban hành theo đề nghị của Hội Chữ thập đỏ tỉnh tại Tờ trình số 231/TTr-CTĐ "
                                  "ngày 31/8/2023 [1].")
    assert answer.citations[0].clause_id.startswith("kh-ubnd-laichau-2023:")
    assert "231/TTr-CTĐ" in corpus_assistant.ask("Tờ trình số mấy đề nghị ban hành kế hoạch của Lai Châu?").answer
    assert corpus_assistant.ask("Công văn 981 được ban hành theo đề nghị của cơ quan nào?").abstained


def test_a_text_named_by_its_kind_and_a_place_is_one_of_that_place(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "41/QĐ-UBND", "QUYẾT ĐỊNH",
                   "Về việc thành lập Ban Chỉ đạo vận động hiến máu tình nguyện huyện Đông Sơn",
                   "Điều 1. Thành lập Ban Chỉ đạo vận động hiến máu tình nguyện huyện.", "Lê Văn Tâm",
                   board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-41.txt", text)
    for question in ("Quyết định thành lập Ban Chỉ đạo vận động hiến máu huyện Đông Sơn số mấy?",
                     "quyet dinh thanh lap ban chi dao van dong hien mau huyen dong son so may"):
        assert "41/QĐ-UBND" in assistant.ask(question).answer, question
    # the only decision is another district's
    for question in ("Quyết định thành lập Ban Chỉ đạo vận động hiến máu huyện Bắc Hà số mấy?",
                     "quyet dinh thanh lap ban chi dao van dong hien mau huyen bac ha so may"):
        assert assistant.ask(question).abstained, question


def test_the_grounds_a_text_lists_under_a_heading_of_their_own_are_its_grounds(tmp_path, corpus_embeddings):
    text = written("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ NAM SƠN", "08/ĐA-CTĐ", "ĐỀ ÁN", "Xây dựng Ngân hàng máu sống giai đoạn 2025 - 2030",
                   "PHẦN I. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN\n\n1. Sự cần thiết\n\nMỗi năm thành phố thiếu máu dịp "
                   "Tết.\n\n2. Căn cứ xây dựng Đề án\n\n- Luật Hoạt động chữ thập đỏ ngày 03 tháng 6 năm 2008;\n\n- Kế "
                   "hoạch số 89/KH-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân thành phố.\n\nPHẦN II. MỤC TIÊU\n\n"
                   "1. Ngân hàng máu sống có ít nhất 5.000 thành viên.", "Lê Thị Hồng Vân")
    answer = assistant_of(tmp_path, corpus_embeddings, "da-08.txt", text).ask("Đề án Ngân hàng máu sống căn cứ vào những văn bản nào?")
    assert "căn cứ: Luật Hoạt động chữ thập đỏ ngày 03 tháng 6 năm 2008; Kế hoạch số 89/KH-UBND" in answer.answer


def test_who_proposed_a_text_is_read_across_the_line_the_preamble_wraps(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "812/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
                   "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nTheo đề nghị của Chủ tịch Hội Chữ thập "
                   "đỏ tỉnh tại Tờ trình số 19/TTr-CTĐ ngày 24 tháng 3 năm 2025 và Giám đốc Sở Nội vụ\ntại Tờ trình số "
                   "517/TTr-SNV ngày 09 tháng 4 năm 2025.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Tặng Bằng khen của Chủ tịch Ủy ban "
                   "nhân dân tỉnh cho 08 tập thể.", "Trịnh Minh Quang", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "qd-812.txt", text)
    assert "517/TTr-SNV" in assistant.ask("QĐ 812 được ban hành theo đề nghị của Sở Nội vụ tại tờ trình số mấy?").answer


def test_a_signer_signs_as_the_title_under_the_authority_not_the_post_below_it_unless_one_block_names_its_body():
    from retrieval.answer.facts import _signers
    from retrieval.answer.vocabulary import load_vocabulary
    from retrieval.models import Document

    titles = sorted(load_vocabulary().person_titles, key=len, reverse=True)
    one = Document(id="qd-32", title="Quyết định", type="Quyết định", signer="Lâm Quang Hiếu")
    block = "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nPHÓ CHỦ TỊCH UBND TỈNH\n\n(Đã ký)\n\nLâm Quang Hiếu\n"
    assert _signers(one, block, titles) == [("Lâm Quang Hiếu", ("pho truong ban thuong truc", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"))]
    two = Document(id="ctrph", title="Chương trình", type="Chương trình phối hợp", signer="Lê Quang Thịnh và Đinh Thị Mỹ Liên")
    joint = "GIÁM ĐỐC CÔNG AN TỈNH      TM. BAN THƯỜNG VỤ\n                           CHỦ TỊCH\n"
    assert [(name, title[1]) for name, title in _signers(two, joint, titles)] == [
        ("Lê Quang Thịnh", "GIÁM ĐỐC CÔNG AN TỈNH"), ("Đinh Thị Mỹ Liên", "CHỦ TỊCH")]


GROUNDED = ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\nCăn cứ Luật Hoạt động chữ thập đỏ số 11/2008/QH12;\n\n"
            "Điều 1. Nghị định này quy định về sơ cấp cứu nhân đạo tại cộng đồng.")


def test_a_law_a_text_is_issued_under_is_named_with_its_number(tmp_path, corpus_embeddings):
    decree = written("CHÍNH PHỦ", "148/2026/NĐ-CP", "NGHỊ ĐỊNH", "Về sơ cấp cứu nhân đạo", GROUNDED, "Lê Thành Trung")
    answer = assistant_of(tmp_path, corpus_embeddings, "nd-148.txt", decree).ask("Nghị định 148 căn cứ vào những luật nào?")
    assert "Luật Tổ chức Chính phủ số 63/2025/QH15, Luật Hoạt động chữ thập đỏ số 11/2008/QH12" in answer.answer


def test_a_reply_rests_on_the_proposal_its_opening_names_after_it_was_considered(tmp_path, corpus_embeddings):
    text = written("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "1862/UBND-LĐTBXH", "CÔNG VĂN", "V/v trả lời kiến nghị của Hội Chữ thập đỏ huyện",
                   "Ủy ban nhân dân huyện nhận được Văn bản số 47/CV-CTĐ ngày 18/8/2027 của Hội Chữ thập đỏ huyện về việc "
                   "kiến nghị hỗ trợ mô hình sinh kế.\n\nSau khi xem xét, trên cơ sở ý kiến tham mưu của Phòng Lao động - "
                   "Thương binh và Xã hội huyện (tại Tờ trình số 215/TTr-LĐTBXH ngày 05/9/2027), Ủy ban nhân dân huyện "
                   "trả lời như sau:\n\n1. Hỗ trợ kinh phí đối ứng 200.000.000 đồng.", "Lê Văn Tâm", board="ỦY BAN NHÂN DÂN")
    assistant = assistant_of(tmp_path, corpus_embeddings, "cv-1862.txt", text)
    answer = assistant.ask("UBND huyện trả lời trên cơ sở tờ trình số mấy của Phòng LĐTBXH?")
    assert "215/TTr-LĐTBXH" in answer.answer and answer.citations[0].clause_id.startswith("cv-1862:mo-dau")


def test_a_title_signed_as_is_read_without_its_markdown_bold():
    from retrieval.answer.facts import signing_titles

    closing = "**Nơi nhận:**\n- Lưu VT.\n\n**T/L BAN THƯỜNG VỤ**  \n**CHÁNH VĂN PHÒNG**\n\n*(đã ký)*\n\n**Phạm Minh Đức**"
    assert signing_titles(closing, ["chanh van phong"]) == [("chanh van phong", "CHÁNH VĂN PHÒNG")]
