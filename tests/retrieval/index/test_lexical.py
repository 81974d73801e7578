from retrieval.index.lexical import LexicalIndex, folded_tokens, plain_tokens, query_tokens, unpadded
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.text import fold

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
    words = [fold("Ủy"), fold("hòa"), fold("hòa") + "_" + fold("giải")]
    assert index.words_in(0, words, accented=True) == set(words)


def test_question_words_are_dropped():
    folded, plain = query_tokens("Sở Nội vụ phải làm gì?", load_vocabulary().stopwords)
    assert "noi_vu" in plain and "lam" not in plain and "gi" not in plain


def test_a_word_the_corpus_lacks_weighs_as_the_rarest_one():
    index = build()
    words = [fold(w) for w in ("vàng", "sở", "y")]
    weights = index.word_weights(words, accented=True)
    assert weights[fold("vàng")] == max(weights.values()) > weights[fold("sở")]
    assert index.words_in(1, words, accented=True) == {fold("sở"), fold("y")}


def test_a_phrasing_the_texts_do_not_use_of_words_they_do_weighs_as_its_known_pair():
    texts = ["Dự toán kinh phí tổ chức ngày hội", "Tổng cộng các khoản", "Kinh phí vận động", "Ngân sách xã"]
    index = LexicalIndex([folded_tokens(t) for t in texts], [plain_tokens(t) for t in texts])
    kinh_phi, unseen = f"{fold('kinh')}_{fold('phí')}", "_".join(fold(w) for w in ("tổng", "kinh", "phí"))
    weights = index.word_weights([kinh_phi, unseen, fold("vàng")], accented=True)
    assert weights[unseen] == weights[kinh_phi] < weights[fold("vàng")]


def test_a_stored_index_answers_exactly_as_the_one_built(tmp_path):
    index = build()
    index.save(tmp_path)
    stored = LexicalIndex.load(tmp_path, index.size)
    for question in ("Sở Y tế phải làm gì?", "so giao duc", "kinh phí nhân đạo huyện"):
        folded, plain = query_tokens(question, load_vocabulary().stopwords)
        for accented in (True, False):
            assert (stored.score(folded, plain, accented) == index.score(folded, plain, accented)).all()
        assert stored.word_weights(folded, True) == index.word_weights(folded, True)
        assert [stored.words_in(i, folded, True) for i in range(3)] == [index.words_in(i, folded, True) for i in range(3)]
    assert stored.known_words == index.known_words
    assert LexicalIndex.load(tmp_path / "elsewhere", 3) is None


def test_an_empty_index_scores_nothing():
    index = LexicalIndex([], [])
    assert index.score(["sở"], ["so"], True).shape == (0,) and index.word_weights(["sở"], True) == {"sở": 1.0}


def test_a_number_is_indexed_without_its_padding_zeros():
    assert [unpadded(w) for w in ("06", "0", "00", "2024", "", "0x", "ngày")] == ["6", "0", "0", "2024", "", "0x", "ngày"]
    assert folded_tokens("06 tháng", with_compounds=False) == folded_tokens("6 tháng", with_compounds=False)


def test_a_time_of_day_is_indexed_without_its_padding_zero():
    # "từ 06h30 đến 07h00" is what a question writes "6h30" of; a code with a letter first keeps its zero
    assert [unpadded(w) for w in ("06h30", "007h", "0h30", "0x1")] == ["6h30", "7h", "0h30", "0x1"]
    assert "6h30" in folded_tokens("Đón tiếp từ 06h30 đến 07h00", with_compounds=False)
