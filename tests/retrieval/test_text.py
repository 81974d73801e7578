from retrieval.text import fold, has_diacritics, slug, unaccent, written_syllable


def test_fold_makes_tone_placements_meet():
    assert fold("Uỷ ban hoà bình, khoẻ") == fold("Ủy ban hòa bình, khỏe")
    assert fold("THUỶ") == fold("thủy")


def test_fold_keeps_other_diacritics_apart():
    assert fold("hội") != fold("hỏi")
    assert fold("Sở") != fold("số")


def test_unaccent_strips_everything_including_d_bar():
    assert unaccent("Sở Giáo dục và Đào tạo") == "so giao duc va dao tao"


def test_has_diacritics():
    assert has_diacritics("Sở Y tế")
    assert not has_diacritics("so y te phai lam gi")


def test_slug():
    assert slug("Điều 32") == "dieu-32"
    assert slug("III") == "iii"


def test_aligned_text_keeps_positions_without_diacritics():
    from retrieval.text import aligned

    assert aligned("Điều 5 khoản 2") == ("Điều 5 khoản 2", "dieu 5 khoan 2")
    written, plain = aligned("Kỷ niệm chương Vì sự nghiệp")
    at = plain.index(" vi ") + 1
    assert written[at : at + 2] == "Vì"  # a position in one is a position in the other


def test_a_folded_syllable_is_written_with_its_tone_mark_where_writing_puts_it():
    words = ["phải", "hòa", "thủy", "người", "hiểu", "chuyển", "ngoài", "gì", "giữ", "quả", "quý", "mía", "khỏe", "giường"]
    assert [written_syllable(fold(w)) for w in words] == words
    assert written_syllable("tinh") == "tinh"


def test_a_capital_is_a_capital_letter_of_vietnamese_and_no_small_one():
    import re
    from retrieval.text import CAPITAL
    assert all(re.fullmatch(CAPITAL, c) for c in "AĐÂỸỨÝ")
    assert not any(re.fullmatch(CAPITAL, c) for c in "ađâỹứý1")
    from retrieval.text import nfc
    assert nfc("120 m² và 5 m³") == "120 m2 và 5 m3"  # one character each: offsets into the file hold
