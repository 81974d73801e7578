"""What a count asks how many of is read from the question."""

from retrieval.answer.values import counted_noun, quantifies


def test_the_words_after_the_count_phrase_or_after_so_when_it_ends_the_question():
    assert counted_noun("Hội có bao nhiêu hội viên?", "bao nhieu") == ["hoi", "vien"]
    assert counted_noun("Chỉ tiêu số đơn vị máu năm 2024 là bao nhiêu?", "bao nhieu") == ["don", "vi"]
    assert counted_noun("Số lượng tình nguyện viên là bao nhiêu?", "bao nhieu") == ["tinh", "nguyen"]
    assert counted_noun("Kế hoạch số 486 là bao nhiêu?", "bao nhieu") == []  # a document number counts nothing


def test_a_count_answers_only_what_was_counted():
    assert quantifies("42.000 đơn vị máu", ["don", "vi"])
    assert not quantifies("25 thành viên", ["don", "vi"])
