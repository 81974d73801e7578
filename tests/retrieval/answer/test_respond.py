"""The answer policy on the real corpus: what the evidence must hold before anything is quoted."""

import pytest


@pytest.mark.parametrize("question", [
    "Sở Xây dựng tỉnh Lai Châu phải làm gì?",  # an agency no text names
    "Trung tâm Y tế huyện Lạc Dương phải làm gì?",
])
def test_an_agency_no_text_in_scope_names_is_refused(corpus_assistant, question):
    answer = corpus_assistant.ask(question)
    assert answer.abstained and answer.citations == []


def test_an_agency_the_texts_name_as_written_is_answered(corpus_assistant):
    answer = corpus_assistant.ask("Báo Lai Châu phải làm gì?")
    assert not answer.abstained and answer.citations[0].clause_id.startswith("kh-ubnd-laichau-2023:iii.8")


def test_evidence_without_the_word_asked_about_is_refused(corpus_assistant):
    assert corpus_assistant.ask("Ban Dân vận Tỉnh ủy Đắk Lắk họp mấy lần một năm?").abstained


def test_a_month_is_answered_with_a_month_not_a_year(corpus_assistant):
    answer = corpus_assistant.ask("Huyện Lạc Dương tổ chức Tháng Nhân đạo vào tháng mấy?")
    assert not answer.abstained and answer.answer.lower().startswith("tháng 5")
    assert answer.citations[0].clause_id == "cv-1277-hu-lacduong:2"


def test_an_agency_listed_with_a_comma_is_held_by_the_clause(corpus_assistant):
    answer = corpus_assistant.ask("Ủy ban nhân dân huyện Lạc Dương chỉ đạo các phòng ban làm gì?")  # "các phòng, ban"
    assert not answer.abstained and answer.citations[0].clause_id == "cv-1277-hu-lacduong:2"


def test_an_english_question_about_a_place_and_nothing_the_texts_hold_is_refused(corpus_assistant):
    # "weather", "forecast" are no words of the glossary nor of any text: only the place's name is known
    assert corpus_assistant.ask("What is the weather forecast in Ha Long tomorrow?").abstained
    # the same words beside a known agency's work are English the glossary lacks, not the topic
    assert not corpus_assistant.ask("What must the Department of Education and Training of Lai Chau do?").abstained

