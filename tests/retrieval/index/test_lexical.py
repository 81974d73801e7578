from retrieval.index.lexical import LexicalIndex, folded_tokens, plain_tokens, query_tokens
from retrieval.answer.vocabulary import load_vocabulary

DOCS = [
    "Sở Giáo dục và Đào tạo chỉ đạo hoạt động Chữ thập đỏ trong trường học.",
    "Sở Y tế chủ trì công tác chăm sóc sức khỏe ban đầu, hiến máu tình nguyện.",
    "Ủy ban nhân dân các huyện bố trí kinh phí cho hoạt động nhân đạo.",
]


def build() -> LexicalIndex:
    return LexicalIndex([folded_tokens(d) for d in DOCS], [plain_tokens(d) for d in DOCS])


def ranking(index: LexicalIndex, question: str) -> list[int]:
    folded, plain = query_tokens(question, load_vocabulary().stopwords)
    scores = index.score(folded, plain, accented=question != question.encode("ascii", "ignore").decode())
    return sorted(range(len(scores)), key=lambda i: -scores[i])


def test_bigrams_do_not_cross_punctuation():
    tokens = plain_tokens("hiến máu, tình nguyện")
    assert "mau_tinh" not in tokens
    assert "hien_mau" in tokens and "tinh_nguyen" in tokens


def test_accented_and_unaccented_questions_rank_the_same_clause_first():
    index = build()
    assert ranking(index, "Sở Y tế phải làm gì?")[0] == 1
    assert ranking(index, "so y te phai lam gi")[0] == 1
    assert ranking(index, "Sở Giáo dục phải làm gì?")[0] == 0


def test_tone_placement_variants_match():
    index = LexicalIndex([folded_tokens("Uỷ ban hoà giải")], [plain_tokens("Uỷ ban hoà giải")])
    folded, plain = query_tokens("Ủy ban hòa giải", frozenset())
    assert index.score(folded, plain, accented=True)[0] > 0
    assert index.coverage(0, folded, plain, accented=True) == 1.0


def test_question_words_are_dropped():
    folded, plain = query_tokens("Sở Nội vụ phải làm gì?", load_vocabulary().stopwords)
    assert "noi_vu" in plain and "lam" not in plain and "gi" not in plain


def test_coverage_counts_unknown_words_against_the_clause():
    index = build()
    folded, plain = query_tokens("Giá vàng hôm nay", load_vocabulary().stopwords)
    assert max(index.coverage(i, folded, plain, accented=True) for i in range(3)) < 0.3
