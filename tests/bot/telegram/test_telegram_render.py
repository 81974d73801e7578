"""Telegram HTML rendering: escaping, valid markup, splitting at 4,096 between blocks, keyboards."""

import re


from bot.telegram.render import (
    answer_keyboard,
    examples_keyboard,
    pack,
    render_answer,
    render_clause,
    render_documents,
    source_line,
    telegram_length,
    wrap,
)
from retrieval.models import Answer, Citation, Clause, Document
from tests.utils.fake_telegram import parse_telegram_html

OUR_TAGS = {"b", "i", "blockquote", "a", "code"}


def assert_valid(message: str) -> str:
    """Check `message` is valid Telegram HTML using only our tags, fits one message; return its plain text."""
    text, errors = parse_telegram_html(message, OUR_TAGS)
    assert errors == []
    assert telegram_length(message) <= 4096
    return text


def citation(n: int, text: str = "Chỉ đạo các trường học tổ chức tuyên truyền.", **fields) -> Citation:
    values = {
        "clause_id": f"kh-ubnd-laichau-2023:III.5.-{n}",
        "document_id": "kh-ubnd-laichau-2023",
        "document_title": "Kế hoạch thực hiện Quyết định số 895/QĐ-TTg",
        "document_number": None,
        "document_date": "2023-09",
        "label": f"Mục III, điểm 5, ý {n}",
        "path": ["III", "5", f"-{n}"],
        "start": 0,
        "end": len(text),
        "score": 1.0,
    }
    return Citation(n=n, text=text, **{**values, **fields})


def answer(citations: list[Citation], question: str = "Sở Giáo dục phải làm gì?", **fields) -> Answer:
    lines = ["Theo Kế hoạch của UBND tỉnh Lai Châu (9/2023), Sở Giáo dục và Đào tạo có nhiệm vụ:"]
    lines += [f"- {c.text} [{c.n}]" for c in citations]
    return Answer(id="a1", question=question, answer="\n".join(lines), abstained=False, citations=citations, **fields)


def test_source_line_is_compact_and_names_number_and_date():
    assert source_line(citation(1)) == "[1] Kế hoạch thực hiện Quyết định số 895/QĐ-TTg (9/2023) — Mục III, điểm 5, ý 1"
    numbered = citation(2, document_number="100-KH/TU", document_date="2010-09-17", document_title="Kế hoạch A & B")
    assert source_line(numbered) == "[2] Kế hoạch A &amp; B, số 100-KH/TU (17/9/2010) — Mục III, điểm 5, ý 2"


def test_answer_rendered_with_question_leading_sentence_quotes_and_sources():
    [message] = render_answer(answer([citation(1), citation(2, "Phối hợp với Hội Chữ thập đỏ tỉnh.")]))
    assert message == (
        "<i>❓ Sở Giáo dục phải làm gì?</i>\n\n"
        "Theo Kế hoạch của UBND tỉnh Lai Châu (9/2023), Sở Giáo dục và Đào tạo có nhiệm vụ:\n\n"
        "<blockquote>- Chỉ đạo các trường học tổ chức tuyên truyền. [1]</blockquote>\n\n"
        "<blockquote>- Phối hợp với Hội Chữ thập đỏ tỉnh. [2]</blockquote>\n\n"
        "<b>Nguồn:</b>\n"
        "[1] Kế hoạch thực hiện Quyết định số 895/QĐ-TTg (9/2023) — Mục III, điểm 5, ý 1\n"
        "[2] Kế hoạch thực hiện Quyết định số 895/QĐ-TTg (9/2023) — Mục III, điểm 5, ý 2"
    )
    assert_valid(message)


def test_user_and_corpus_text_escaped():
    hostile = citation(1, 'Điều <b>lạ</b> & "trích" <script>alert(1)</script>', document_title="A <i>B</i>")
    [message] = render_answer(answer([hostile], question="<b>xin chào</b> & <script>"))
    assert "<i>❓ &lt;b&gt;xin chào&lt;/b&gt; &amp; &lt;script&gt;</i>" in message
    assert "Điều &lt;b&gt;lạ&lt;/b&gt; &amp; &quot;trích&quot; &lt;script&gt;" in message
    assert "[1] A &lt;i&gt;B&lt;/i&gt; (9/2023)" in message
    assert "❓ <b>xin chào</b> & <script>" in assert_valid(message)


def test_abstained_answer_has_no_quotes_or_sources():
    text = "Các văn bản chỉ đạo không đề cập giá vàng."
    refusal = Answer(id="a2", question="Giá vàng hôm nay?", answer=text, abstained=True)
    [message] = render_answer(refusal)
    assert message == "<i>❓ Giá vàng hôm nay?</i>\n\nCác văn bản chỉ đạo không đề cập giá vàng."
    assert answer_keyboard(refusal, "0").to_dict()["inline_keyboard"] == [
        [{"text": "👍", "callback_data": "f:up:0"}, {"text": "👎", "callback_data": "f:down:0"}]
    ]


def test_long_answer_split_between_clauses_never_inside_a_tag():
    task = "tuyên truyền, vận động nhân dân tham gia. " * 8
    clauses = [citation(n, f"Nhiệm vụ số {n}: {task}") for n in range(1, 31)]
    whole = answer(clauses)
    messages = render_answer(whole)
    assert len(messages) == 4
    for message in messages:
        assert_valid(message)
    # Cut only between blocks: rejoined, the parts are exactly the unsplit rendering.
    assert "\n\n".join(messages) == render_answer(whole, limit=10**6)[0]
    assert all(message.count("<blockquote>") == message.count("</blockquote>") for message in messages)


def test_block_longer_than_a_message_cut_between_words_each_piece_tagged():
    text = "Các cấp Hội " + " ".join(f"tổ chức hoạt động nhân đạo <{i}> & hỗ trợ." for i in range(600))
    clause = Clause(id="d:1", document_id="d", path=["1"], label="Điểm 1", text=text, start=0, end=len(text))
    document = Document(id="d", title="Công văn 981-CV/TU", type="Công văn", number="981-CV/TU")
    messages = render_clause(1, clause, document)
    shown = [assert_valid(message) for message in messages]
    # The header, then the ~30,000 escaped characters of the clause in 8 quoted pieces.
    assert len(messages) == 9
    assert messages[0] == "<b>[1] Điểm 1</b>\n<i>Công văn 981-CV/TU, số 981-CV/TU</i>"
    assert all(re.fullmatch(r"<blockquote>[^<>]+</blockquote>", m) for m in messages[1:])
    assert " ".join(shown[1:]) == text


def test_wrap_counts_utf16_units_and_escaped_length():
    pieces = wrap("😀 & " * 1000, "<i>", "</i>", limit=100)
    assert all(telegram_length(piece) <= 100 for piece in pieces)
    assert "".join(re.sub(r"</?i>", "", p) + " " for p in pieces).split() == ("😀 &amp; " * 1000).split()


def test_pack_keeps_block_order_and_limit():
    assert pack(["aaa", "bbb", "ccc"], limit=8) == ["aaa\n\nbbb", "ccc"]


def test_answer_keyboard_one_button_per_citation_then_feedback():
    keyboard = answer_keyboard(answer([citation(n) for n in range(1, 8)]), "41").to_dict()["inline_keyboard"]
    assert [[b["text"] for b in row] for row in keyboard] == [
        ["[1]", "[2]", "[3]", "[4]", "[5]"],
        ["[6]", "[7]"],
        ["👍", "👎"],
    ]
    assert keyboard[0][0]["callback_data"] == "c:1:41"
    assert keyboard[2][1]["callback_data"] == "f:down:41"
    assert all(len(b["callback_data"].encode()) <= 64 for row in keyboard for b in row)


def test_examples_keyboard_asks_by_index():
    keyboard = examples_keyboard(["Câu một?", "Câu hai?"]).to_dict()["inline_keyboard"]
    assert keyboard == [[{"text": "Câu một?", "callback_data": "x:0"}], [{"text": "Câu hai?", "callback_data": "x:1"}]]


def test_documents_listed_with_number_date_and_clause_count():
    class Info(Document):
        clauses: int

    documents = [
        Info(id="a", title="Kế hoạch 100-KH/TU", type="Kế hoạch", number="100-KH/TU", date="2010-09-17", clauses=12),
        Info(id="b", title="Bài báo <Kết luận 44>", type="Bài báo", clauses=3),
    ]
    [message] = render_documents(documents)
    assert message == (
        "<b>Các văn bản tôi tra cứu được (2):</b>\n\n"
        "1. <b>Kế hoạch 100-KH/TU</b> — số 100-KH/TU, 17/9/2010, 12 điều khoản\n\n"
        "2. <b>Bài báo &lt;Kết luận 44&gt;</b> — 3 điều khoản"
    )
    assert_valid(message)
