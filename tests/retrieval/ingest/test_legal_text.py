"""A law-shaped text through the whole engine: articles, clauses and points found by their place."""

from pathlib import Path

import pytest

from retrieval.assistant import Assistant
from retrieval.ingest.pipeline import ingest
from retrieval.answer.query import places_in
from tests.conftest import make_settings
from tests.utils.fake_embeddings import FakeEmbeddings

LAW = Path(__file__).parent / "fixtures" / "luat-mau.txt"


@pytest.fixture(scope="module")
def law_assistant(tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("law"))
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, [LAW], embeddings=embeddings)
    return Assistant(settings, embeddings)


def test_places_in_questions():
    assert places_in("Điều 2 khoản 2 quy định gì?") == ["dieu 2", "khoan 2"]
    assert places_in("Mục III, điểm 5 nói gì") == ["muc iii", "diem 5"]
    assert places_in("Sở Y tế phải làm gì?") == []


def test_a_question_naming_an_article_and_clause_quotes_them(law_assistant):
    answer = law_assistant.ask("Điều 2 khoản 2 quy định gì?")
    assert not answer.abstained
    assert [c.label for c in answer.citations] == ["Chương I, Điều 2, khoản 2, điểm a", "Chương I, Điều 2, khoản 2, điểm b"]
    assert answer.citations[0].text == "Tạo điều kiện cho Hội Chữ thập đỏ hoạt động tại địa phương;"


def test_the_law_number_and_type_come_from_its_header(law_assistant):
    (document,) = law_assistant.documents()
    assert (document.type, document.number) == ("Luật", "11/2008/QH12")
    answer = law_assistant.ask("Luật 11/2008/QH12 có số hiệu là gì?")
    assert "11/2008/QH12" in answer.answer and answer.citations[0].clause_id.endswith(":header")
