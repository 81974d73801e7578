"""The answer policy on the real corpus: what the evidence must hold before anything is quoted."""

import pytest

from retrieval.answer.quantities import quantities
from retrieval.answer.respond import _labelled_alike
from retrieval.text import unaccent


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



def test_a_number_the_text_writes_after_the_same_word_is_its_label_not_a_quantity_unsaid():
    # "bão cấp 10-11 dự kiến …": "11 dự" reads as a quantity; the heading "Kịch bản 1: Bão mạnh cấp 10 - 11" writes
    # the number after the word the question writes it after, so the evidence says it
    question = unaccent("Kịch bản bão cấp 10-11 dự kiến sơ tán bao nhiêu người?")
    asked = [q for q in quantities(question) if q.unit]
    assert [q.number for q in asked] == ["11"]
    assert _labelled_alike(question, asked[0], unaccent("2.1. Kịch bản 1: Bão mạnh cấp 10 - 11, cấp độ rủi ro 3"))
    assert not _labelled_alike(question, asked[0], unaccent("Bão mạnh cấp 10 - 11,5"))  # another number
    assert not _labelled_alike(question, asked[0], unaccent("sơ tán 11 hộ"))  # the number after another word
