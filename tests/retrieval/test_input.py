"""Input made safe at the engine's edge: NFC, invisible and control characters, surrogates, bounds."""

import unicodedata

import pytest
from hypothesis import given, settings

from bot.settings import Settings
from retrieval.errors import QuestionError
from retrieval.input import clean_text, read_comment, read_history, read_question
from retrieval.models import Turn
from tests.utils.strategies import any_text, histories, questions

SETTINGS = Settings(_env_file=None)
FUZZ = settings(max_examples=300, deadline=None, database=None, derandomize=True)


def test_nfc_and_invisible_characters_removed():
    decomposed = unicodedata.normalize("NFD", "Sở Giáo dục")
    assert clean_text(f"\ufeff{decomposed}\u200b phải\u00ad làm\u200d gì?\u202e") == "Sở Giáo dục phải làm gì?"


def test_line_breaks_and_controls_become_spaces_in_a_question_and_stay_in_a_comment():
    assert clean_text("Sở Y tế\nphải\tlàm\x00 gì\x1b?\u2028") == "Sở Y tế phải làm gì?"
    assert read_comment("Rất rõ ràng.\r\nCảm ơn\x07!") == "Rất rõ ràng.\nCảm ơn!"


@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\ud83d"])
def test_a_lone_surrogate_is_refused_with_a_vietnamese_message(surrogate):
    with pytest.raises(QuestionError) as question:
        read_question(f"S{surrogate} Giáo dục phải làm gì?", SETTINGS)
    with pytest.raises(QuestionError) as history:
        read_history([{"question": "Sở Y tế?", "answer": f"…{surrogate}"}], SETTINGS)
    with pytest.raises(QuestionError) as comment:
        read_comment(f"hay{surrogate}")

    assert question.value.code == history.value.code == comment.value.code == "invalid_characters"
    assert str(question.value) == "Câu hỏi có ký tự không hợp lệ: hãy gõ hoặc dán lại câu hỏi."
    assert "history" in str(history.value) and "góp ý" in str(comment.value)


def test_question_bounds_count_what_was_sent_as_the_api_schema_does():
    assert read_question("x" * 1990 + "\u200b" * 10, SETTINGS) == "x" * 1990
    with pytest.raises(QuestionError, match="2000") as too_long:
        read_question("x" * 2000 + "\u200b", SETTINGS)  # 2001 characters sent
    with pytest.raises(QuestionError) as empty:
        read_question("\u200b\u200e \n", SETTINGS)

    assert too_long.value.code == "question_too_long"
    assert empty.value.code == "empty_question"


def test_history_keeps_the_last_turns_each_cut_to_the_question_limit():
    settings = SETTINGS.model_copy(update={"max_history_turns": 3, "max_question_chars": 50})
    turns = [{"question": f"câu {i}", "answer": "đáp " * 100} for i in range(8)]
    turns.append(Turn(question="\u200b", answer="chỉ ký tự ẩn ở câu hỏi"))

    kept = read_history(turns, settings)

    assert [t.question for t in kept] == ["câu 6", "câu 7"]  # the last three, less the empty one
    assert all(len(t.answer) <= 50 for t in kept)
    assert read_history(turns, settings.model_copy(update={"max_history_turns": 0})) == []


@FUZZ
@given(text=any_text(2000))
def test_cleaned_text_is_nfc_visible_and_stable(text):
    try:
        cleaned = clean_text(text)
    except QuestionError as error:
        assert error.code == "invalid_characters"
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)
        return
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in cleaned)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # nothing downstream can fail to encode it


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(question=questions(), history=histories())
def test_reading_any_input_either_gives_bounded_text_or_a_question_error(question, history):
    try:
        text = read_question(question, SETTINGS)
        turns = read_history(history, SETTINGS)
    except QuestionError as error:
        assert error.code in ("invalid_characters", "empty_question", "question_too_long")
        return
    assert 0 < len(text) <= SETTINGS.max_question_chars
    assert len(turns) <= SETTINGS.max_history_turns
    assert all(len(t.question) <= SETTINGS.max_question_chars >= len(t.answer or "") for t in turns)


def test_the_declared_visible_character_is_what_cleaning_keeps_and_a_validator_reads():
    import re
    import sys

    import jsonschema_rs

    from retrieval.input import VISIBLE_CHARACTER

    jsonschema_rs.validator_for({"type": "string", "pattern": VISIBLE_CHARACTER})  # an ECMA regex the API's clients read
    visible = re.compile(VISIBLE_CHARACTER)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue  # a lone surrogate is refused outright
        char = chr(code)
        if code <= 0xFFFF:
            assert bool(visible.fullmatch(char)) == bool(clean_text(char)), hex(code)
        else:  # beyond the Basic Multilingual Plane the pattern admits the few format characters cleaning drops
            assert bool(visible.fullmatch(char)) or not clean_text(char), hex(code)
