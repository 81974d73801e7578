"""Plain-text rendering: no markup, answer first, sources named by the engine, cuts between blocks."""

from retrieval.models import Answer, Citation, Clause, Document

from bot.zalo.render import (
    ANSWER_HINT,
    MESSAGE_LIMIT,
    cut,
    pack,
    render_answer,
    render_clause,
    zalo_length,
)

PLAN = Document(id="kh", title="Kế hoạch thực hiện Quyết định số 895/QĐ-TTg", type="Kế hoạch",
                issuer="Ủy ban nhân dân tỉnh Lai Châu", date="2023-09")  # fmt: skip


def citation(n: int, text: str = "Chỉ đạo quán triệt.") -> Citation:
    return Citation(n=n, clause_id=f"kh:iii.5.b{n}", document_id="kh", document_title=PLAN.title,
                    document_date=PLAN.date, label=f"Mục III, điểm 5, ý {n}", path=["III", "5", f"-{n}"],
                    text=text, start=0, end=len(text), score=1.0)  # fmt: skip


def test_answer_first_then_sources_named_by_the_engine():
    answer = Answer(
        id="a1",
        question="Sở Giáo dục phải làm gì?",
        answer="Theo Kế hoạch, Sở có 2 nhiệm vụ:\n- Mục III, điểm 5, ý 1: “Chỉ đạo <b> & *quán triệt*.” [1]",
        abstained=False,
        citations=[citation(1)],
    )
    [message] = render_answer(answer, {"kh": PLAN})
    assert message == (
        "Theo Kế hoạch, Sở có 2 nhiệm vụ:\n- Mục III, điểm 5, ý 1: “Chỉ đạo <b> & *quán triệt*.” [1]\n\n"
        "Nguồn:\n[1] Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023) — Mục III, điểm 5, ý 1\n\n" + ANSWER_HINT
    )


def test_a_source_whose_document_is_gone_falls_back_to_its_title():
    answer = Answer(id="a", question="q", answer="Theo … [1]", abstained=False, citations=[citation(1)])
    assert "[1] Kế hoạch thực hiện Quyết định số 895/QĐ-TTg — Mục III, điểm 5, ý 1" in render_answer(answer, {})[0]


def test_a_refusal_has_no_sources_and_no_hint():
    answer = Answer(id="a", question="q", answer="Các văn bản chỉ đạo hiện có không đề cập đến câu hỏi này.", abstained=True)
    assert render_answer(answer, {}) == ["Các văn bản chỉ đạo hiện có không đề cập đến câu hỏi này."]


def test_long_answers_are_cut_between_clause_lines_only():
    quote = "“" + "Chỉ đạo quán triệt và triển khai thực hiện tốt các phong trào nhân đạo. " * 5 + "” [{n}]"
    lines = [f"- Mục III, điểm 5, ý {n}: " + quote.format(n=n) for n in range(1, 9)]
    answer = Answer(id="a", question="q", answer="Theo Kế hoạch:\n" + "\n".join(lines), abstained=False,
                    citations=[citation(n) for n in range(1, 9)])  # fmt: skip
    messages = render_answer(answer, {"kh": PLAN})
    assert len(messages) >= 2
    assert all(zalo_length(m) <= MESSAGE_LIMIT for m in messages)
    sent_lines = [line for m in messages for line in m.split("\n") if line]
    assert [line for line in sent_lines if line.startswith("- Mục")] == lines


def test_a_block_too_long_for_one_message_is_cut_at_sentence_ends():
    sentence = "Ủy ban nhân dân huyện chỉ đạo các phòng, ban phối hợp hỗ trợ Hội Chữ thập đỏ. "
    text = sentence * 60  # about 4,800 characters
    pieces = cut(text, 2000)
    assert len(pieces) == 3
    assert all(len(p) <= 2000 and p.endswith("Chữ thập đỏ.") for p in pieces)
    assert " ".join(pieces) == text.strip()


def test_cut_falls_back_to_words_then_characters_and_counts_emoji_twice():
    assert cut("một hai ba bốn", 8) == ["một hai", "ba bốn"]
    assert cut("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert cut("😀" * 3, 4) == ["😀😀", "😀"]


def test_pack_keeps_lines_together_and_paragraphs_apart():
    assert pack([("", "a"), ("\n", "b"), ("\n\n", "c")]) == ["a\nb\n\nc"]
    assert pack([("", "a" * 6), ("\n", "b" * 6)], limit=10) == ["a" * 6, "b" * 6]


def test_a_clause_in_full_with_its_document_and_headings():
    clause = Clause(id="kh:iii.5.b1", document_id="kh", path=["III", "5", "-1"], label="Mục III, điểm 5, ý 1",
                    headings=["III. TỔ CHỨC THỰC HIỆN", "5. Sở Giáo dục và Đào tạo"],
                    text="Chỉ đạo quán triệt. " * 150, start=0, end=1)  # fmt: skip
    messages = render_clause(1, clause, PLAN)
    assert messages[0].startswith(
        "[1] Mục III, điểm 5, ý 1\nKế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023)\n"
        "III. TỔ CHỨC THỰC HIỆN › 5. Sở Giáo dục và Đào tạo\n\nChỉ đạo quán triệt."
    )
    assert len(messages) == 2 and all(len(m) <= MESSAGE_LIMIT for m in messages)
    assert sum(m.count("Chỉ đạo quán triệt.") for m in messages) == 150
