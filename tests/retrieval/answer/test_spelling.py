from retrieval.answer.spelling import Respeller, word_list
from retrieval.text import fold


def test_a_syllable_is_spelled_as_the_pair_the_corpus_writes_not_as_its_commonest_form():
    speller = Respeller({"sở": 3, "số": 9, "y": 4, "tế": 4, "tê": 1}, {"sở_y": 3, "y_tế": 4})
    assert speller.respell("So y te") == "Sở y tế"  # "số" is commoner alone; the corpus writes "sở y tế"
    assert speller.respell("so 3") == "số 3"
    assert speller.respell("xyz 12") is None  # a syllable no source writes stays as typed


def test_the_language_s_words_and_the_question_words_spell_what_the_corpus_does_not_write():
    syllables, pairs = word_list()
    assert "bao_nhiêu" in pairs and syllables[fold("báo")] >= 1  # (folded, as the index spells words)
    speller = Respeller({fold("báo"): 3, fold("cáo"): 3, fold("nhiều"): 3}, {f"{fold('báo')}_{fold('cáo')}": 3}, ["bao"],
                        word_list())
    assert speller.respell("bao cao bao nhieu") == "báo cáo bao nhiêu"


def test_a_question_typed_without_diacritics_is_read_by_the_words_it_spells(corpus_assistant):
    reader = corpus_assistant._snapshot.reader
    assert reader.respeller.respell("so y te phai lam gi") == "sở y tế phải làm gì"
    # what the tagger reads of it is written back as typed: "thuế" is what it asks about, as when typed in full
    assert reader.read("so y te phai nop thue bao nhieu", []).key_words == {"thue"}
    assert reader.read("Sở Y tế phải nộp thuế bao nhiêu?", []).key_words == {"thuế"}


def test_a_short_form_no_glossary_knows_is_no_key_word_however_typed(corpus_assistant):
    # "TTVH-TT-TT" (Trung tâm Văn hóa, Thông tin và Thể thao): a text may write it in full
    reader = corpus_assistant._snapshot.reader
    for question in ("TTVH-TT-TT thành phố tuyên truyền lịch hiến máu trước mỗi đợt bao nhiêu ngày?",
                     "ttvh-tt-tt thanh pho tuyen truyen lich hien mau truoc moi dot bao nhieu ngay"):
        query = reader.read(question, [])
        assert not {"ttvh", "tt"} & query.key_words and not query.head and "ttvh" in query.content


def test_a_syllable_typed_bare_in_a_question_typed_with_diacritics_is_spelled_as_the_corpus_writes_it():
    speller = Respeller({fold("kế"): 5, fold("hoạch"): 5, fold("kinh"): 3, fold("phí"): 3, "rh": 2},
                        {f"{fold('kế')}_{fold('hoạch')}": 5})
    assert speller.respell_bare("Tổng kinh phí của kế hoach là bao nhiêu?") == "Tổng kinh phí của kế hoạch là bao nhiêu?"
    assert speller.respell_bare("Nhóm máu Rh âm là gì?") is None  # a word the corpus writes as typed stays
    assert speller.respell_bare("ke hoach la gi") is None  # a question typed bare throughout is read as typed
    # (with the capitals as typed: a place's name)
    named = Respeller({fold("xã"): 3, fold("phú"): 3, fold("hữu"): 3}, {f"{fold('phú')}_{fold('hữu')}": 3})
    assert named.respell_bare("Điểm ở xã Phú Huu ở đâu?") == "Điểm ở xã Phú Hữu ở đâu?"


def test_a_question_typed_mostly_bare_is_spelled_beside_the_words_typed_with_marks(corpus_assistant):
    assistant = corpus_assistant
    speller = assistant._snapshot.reader.respeller
    # "So", "Giao", "Dao" are words as typed; beside "phải" and each other they are "Sở Giáo dục và Đào tạo"
    assert speller.respell_bare("So Giao duc va Dao tao Lai Chau phải lam gi?") == "Sở Giáo dục và Đào tạo Lai Châu phải làm gì?"
    # a question word typed bare stays as typed ("do ai", not "đỏ ái")
    assert speller.respell_bare("cong van 1277 cua huyen uy Lạc Dương do ai ky?").startswith("công văn 1277 của huyện ủy Lạc Dương do ai")
    # a question typed with marks keeps the few words it types bare
    assert speller.respell_bare("Công văn 1277 do ai ký?") is None
    assert speller.respell_bare("Ban Dân vận có vai trò gì?") is None
    answer = assistant.ask("So Giao duc va Dao tao Lai Chau phải lam gi?")
    assert answer.intent == "tasks" and {c.document_id for c in answer.citations} == {"kh-ubnd-laichau-2023"}


def test_a_syllable_spelled_with_i_the_corpus_spells_with_y_is_spelled_as_it_does():
    speller = Respeller({fold("học"): 5, fold("kỳ"): 4, fold("tỷ"): 2, fold("lí"): 2, fold("ty"): 1}, {})
    assert speller.respell_iy("Báo cáo học kì I, 2 tỉ đồng, lý do") == "Báo cáo học kỳ I, 2 tỷ đồng, lí do"
    assert speller.respell_iy("Học kỳ I, tay") is None  # (as written already; "ay" is no syllable ending on "y" alone)


def test_a_syllable_mistyped_by_a_letter_is_spelled_as_the_one_the_clauses_write_beside_its_neighbour():
    speller = Respeller({fold(w): 3 for w in ("tháng", "nhân", "đạo", "bao", "nhiêu", "hòa", "vang", "thành", "viên")},
                        {f"{fold('tháng')}_{fold('nhân')}": 3, f"{fold('nhân')}_{fold('đạo')}": 5, f"{fold('bao')}_{fold('nhiêu')}": 9,
                         f"{fold('hòa')}_{fold('vang')}": 2},
                        ["bao", "nhiêu"], word_list())
    assert speller.respell_typos("Ban chỉ đạo thág nhân đạo có bao nhiu thành viên?") \
        == "Ban chỉ đạo tháng nhân đạo có bao nhiêu thành viên?"
    assert speller.respell_typos("Hội CTĐ Hòa Vamg") == "Hội CTĐ Hòa Vang"  # (its capital kept)
    assert speller.respell_typos("thag nhan dao") is None  # typed bare: a name's syllable may be one letter from a word
    assert speller.respell_typos("Tháng Nhân đạo ở Kon Tum") is None  # every syllable a word: nothing to mend
    # (the letter added carries the tone: "nhiu" is one letter from "nhiều", which `fold` writes "nhiêù")
    many = Respeller({fold(w): 3 for w in ("có", "nhiều", "hộ")}, {f"{fold('có')}_{fold('nhiều')}": 4}, [], word_list())
    assert many.respell_typos("Xã có nhiu hộ nghèo không?") == "Xã có nhiều hộ nghèo không?"


def test_a_syllable_whose_tone_mark_alone_is_mistyped_is_spelled_as_the_one_word_it_then_is():
    speller = Respeller({fold(w): 3 for w in ("nộp", "trước", "ngày", "bao", "nhiêu")},
                        {f"{fold('trước')}_{fold('ngày')}": 4, f"{fold('bao')}_{fold('nhiêu')}": 9}, ["bao", "nhiêu"], word_list())
    # ("nộp trước" is written nowhere: the mark alone tells the word)
    assert speller.respell_typos("Hồ sơ nộp trươc bao nhiêu ngày?") == "Hồ sơ nộp trước bao nhiêu ngày?"


def test_a_syllable_with_a_mark_the_clauses_never_write_is_respelled_to_their_pair_unless_it_is_a_question_word():
    written = {fold(w): 3 for w in ("lễ", "hội", "xuân", "hồng", "máy", "bộ", "hồ", "sơ")}
    pairs = {f"{fold('xuân')}_{fold('hồng')}": 3, f"{fold('máy')}_{fold('bộ')}": 2}
    speller = Respeller(written, pairs, [], word_list(), [fold("mấy")])
    assert speller.respell_bare("Lễ hội Xuân Hông ở đâu?") == "Lễ hội Xuân Hồng ở đâu?"
    # "mấy" is written in no clause, and "máy bộ" is: the question word is typed right all the same
    assert speller.respell_bare("Hồ sơ lập thành mấy bộ?") is None
    assert Respeller(written, pairs, [], word_list()).respell_bare("Hồ sơ lập thành mấy bộ?") == "Hồ sơ lập thành máy bộ?"


def test_a_word_typed_with_its_tone_mark_slipped_is_spelled_as_the_word_the_clauses_write_beside_its_neighbour():
    written = {fold(w): 5 for w in ("huy", "động", "đông", "người", "tiền", "tiên", "chi", "bao", "nhiêu")}
    pairs = {f"{fold('huy')}_{fold('động')}": 6, f"{fold('bao')}_{fold('nhiêu')}": 9}
    speller = Respeller(written, pairs, [], word_list())
    assert speller.respell_typos("Xã phải huy đông bao nhiêu người?") == "Xã phải huy động bao nhiêu người?"
    # a word the typed syllable makes with its neighbour stays ("đông người"), and a pair across a comma is none
    assert speller.respell_typos("Hội làm ở nơi đông người") is None
    assert speller.respell_typos("Quỹ huy, đông bao nhiêu?") is None
    named = Respeller({fold(w): 5 for w in ("văn", "hòa", "hóa", "lương")}, {f"{fold('văn')}_{fold('hóa')}": 6}, [], word_list())
    assert named.respell_typos("Chủ tịch Lương Văn Hòa là ai?") is None  # a name as typed
    # (or its first letters written as speech confuses them: "bổ xung" is "bổ sung" where "xung" makes no pair beside "bổ")
    confused = Respeller({fold(w): 5 for w in ("bổ", "sung", "xung", "kích", "văn", "bản")},
                         {f"{fold('bổ')}_{fold('sung')}": 6, f"{fold('xung')}_{fold('kích')}": 4}, [], word_list())
    assert confused.respell_typos("Phải có văn bản bổ xung sau bao lâu?") == "Phải có văn bản bổ sung sau bao lâu?"
    assert confused.respell_typos("Đội xung kích có bao nhiêu người?") is None
