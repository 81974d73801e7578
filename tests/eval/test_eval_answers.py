"""Answers on the eval-only documents (eval/corpus/) that need more than one clause's words: agencies a
plan names only as written, a person asked for by title, the key words of a question, a khoản read with
its section."""

import pytest

pytestmark = pytest.mark.slow

DA_NANG = "kh-52-ctd-danang"


def cited(answer) -> list[str]:
    return [c.clause_id for c in answer.citations]


def test_an_office_the_plan_names_only_as_written_gets_its_whole_task_list(eval_assistant):
    answer = eval_assistant.ask("Văn phòng Hội Chữ thập đỏ thành phố Đà Nẵng làm gì?")
    assert answer.intent == "tasks"
    # its own heading, the two table rows it leads, and the row and bullet that name it as a partner
    expected = {f"{DA_NANG}:{p}" for p in ("v.3.b1", "iii.dong-3", "iii.dong-7", "iii.dong-1", "v.1.b1")}
    assert expected <= set(cited(answer)) and all(c.startswith(DA_NANG) for c in cited(answer))


@pytest.mark.parametrize(
    "question",
    [
        "Ai là Chánh Văn phòng Ủy ban nhân dân tỉnh Quảng Trị?",  # a person the texts do not name
        "Bệnh viện Hữu nghị Đa khoa Nghệ An có bao nhiêu giường bệnh?",  # a noun no clause holds
        "Kế hoạch 486 của Nghệ An đặt chỉ tiêu tiếp nhận bao nhiêu đơn vị máu cho năm 2027?",  # a year it does not cover
        "Quân khu 4 phải làm gì trong vận động hiến máu ở Nghệ An?",  # an agency the plan does not name
        # a sum stated of another kind of money ("hỗ trợ tiền mặt khẩn cấp 3.000.000 đồng/hộ")
        "Hội Chữ thập đỏ Đà Nẵng hỗ trợ tiền thuê nhà bao nhiêu cho hộ có nhà bị sập đổ?",
    ],
)
def test_questions_whose_key_word_no_clause_holds_are_refused(eval_assistant, question):
    answer = eval_assistant.ask(question)
    assert answer.abstained and answer.citations == []


@pytest.mark.parametrize(
    ("question", "value", "clause"),
    [
        # a year the plan covers
        ("Nghệ An đặt chỉ tiêu tiếp nhận bao nhiêu đơn vị máu trong năm 2026?", "48.000", "kh-486-ubnd-nghean:ii.1.b1"),
        # the kind of money the sum is stated of
        ("Hội Chữ thập đỏ Đà Nẵng hỗ trợ tiền mặt bao nhiêu cho hộ có nhà bị sập đổ?", "3.000.000 đồng",
         "kh-52-ctd-danang:ii.2.2-2"),
        # a khoản read with the khoản before it ("hồ sơ" of the aid named there)
        ("Sở Ngoại vụ Quảng Trị thẩm định hồ sơ viện trợ trong thời hạn bao lâu?", "07 ngày làm việc",
         "qd-1876-ubnd-quangtri:quy-che.chuong-ii.dieu-8.khoan-2"),
        # a Vietnamese word typed without diacritics in an English question ("Tet")
        ("By what date must the Yen The district Red Cross report the results of the Tet campaign?", "10/02",
         "cv-2318-ubnd-yenthe:5"),
    ],
)
def test_values_said_of_what_was_asked(eval_assistant, question, value, clause):
    answer = eval_assistant.ask(question)
    assert value in answer.answer.split("[1]")[0] and cited(answer)[0] == clause


def test_how_a_text_is_divided_is_read_from_its_clauses_places(eval_assistant):
    chapters = eval_assistant.ask("Quy chế phối hợp của Quảng Trị có mấy chương?")
    assert chapters.answer.startswith("Quy chế kèm theo Quyết định số 1876/QĐ-UBND")
    assert "có 4 chương: Chương I. Quy định chung [1]" in chapters.answer and len(chapters.citations) == 4
    articles = eval_assistant.ask("Quyết định 1876 có mấy điều?")  # the decision itself, not its Quy chế
    assert "có 3 điều" in articles.answer
    sections = eval_assistant.ask("Kế hoạch 486 gồm mấy mục?")
    assert "có 5 mục" in sections.answer and "Mục V. Chế độ báo cáo" in sections.answer
    # the articles of one chapter, listed by title; a place asked about with "quy định về vấn đề gì"
    listed = eval_assistant.ask("Chương II của Quy chế phối hợp Quảng Trị có những điều nào?")
    assert listed.answer.startswith("Chương II của Quy chế kèm theo Quyết định số 1876/QĐ-UBND") and "có 6 điều" in listed.answer
    assert all(".chuong-ii." in c.clause_id for c in listed.citations)
    article = eval_assistant.ask("Điều 6 Quy chế phối hợp của Quảng Trị quy định về vấn đề gì?")
    assert not article.abstained and article.citations[0].clause_id.startswith("qd-1876-ubnd-quangtri:quy-che.chuong-ii.dieu-6")


def test_a_follow_up_asks_the_deadline_of_the_agency_before(eval_assistant):
    from retrieval.models import Turn

    first = "Hội Chữ thập đỏ các quận, huyện ở Đà Nẵng phải làm gì?"
    answer = eval_assistant.ask("hạn nộp kế hoạch là khi nào?", history=[Turn(question=first, answer=eval_assistant.ask(first).answer)])
    assert "15/4/2025" in answer.answer and cited(answer)[0] == f"{DA_NANG}:v.4.b1"


def test_the_holder_of_a_title_is_the_signer_only_when_the_title_and_the_issuer_match(eval_assistant):
    chair = eval_assistant.ask("Chủ tịch Hội Chữ thập đỏ thành phố Đà Nẵng là ai?")
    assert chair.answer.startswith("Lê Thị Thu Trang, Chủ tịch, ký Kế hoạch số 52/KH-CTĐ")
    assert cited(chair) == [f"{DA_NANG}:closing"]
    vice = eval_assistant.ask("Phó Chủ tịch UBND tỉnh Nghệ An là ai?")
    assert vice.answer.startswith("Đặng Quang Vinh, Phó Chủ tịch,")
    # the plan is signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the chairman is not named; nor is another agency's chair
    for question in ("Chủ tịch UBND tỉnh Nghệ An là ai?", "Chủ tịch Hội Chữ thập đỏ tỉnh Quảng Trị là ai?"):
        assert eval_assistant.ask(question).abstained


def test_which_items_of_a_kind_the_heading_names_are_every_item_of_its_list(eval_assistant):
    answer = eval_assistant.ask("Quy chế phối hợp của Quảng Trị đặt ra những nguyên tắc phối hợp nào?")
    article = "qd-1876-ubnd-quangtri:quy-che.chuong-i.dieu-2"
    assert [c.clause_id for c in answer.citations][:3] == [f"{article}.khoan-{n}" for n in (1, 2, 3)]
