"""Questions that ask two things: split into parts, answered each, joined."""

import pytest

from retrieval.answer.compound import joined_drafts, question_parts
from retrieval.answer.query import QueryReader
from retrieval.answer.references import DocumentDirectory
from retrieval.answer.respond import Draft
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.glossary import load_glossary
from retrieval.ingest.actors import AliasTable
from retrieval.models import Citation


@pytest.fixture(scope="module")
def reader() -> QueryReader:
    return QueryReader(AliasTable.load(), load_vocabulary(), load_glossary(), DocumentDirectory())


@pytest.mark.parametrize(("question", "parts"), [
    # the second part names nothing of its own: it is asked of the first part's topic
    ("Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ngày nào, ở đâu?",
     ["Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ngày nào?", "Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức ở đâu?"]),
    ("Tình nguyện viên tham gia khắc phục hậu quả bão lũ được hỗ trợ mức nào, tối đa bao nhiêu ngày?",
     ["Tình nguyện viên tham gia khắc phục hậu quả bão lũ được hỗ trợ mức nào?",
      "Tình nguyện viên tham gia khắc phục hậu quả bão lũ được hỗ trợ tối đa bao nhiêu ngày?"]),
    # each part names its own subject
    ("Chỉ thị 15 yêu cầu tổ chức ít nhất mấy đợt hiến máu một năm, và Hội Chữ thập đỏ huyện lên kế hoạch mấy đợt?",
     ["Chỉ thị 15 yêu cầu tổ chức ít nhất mấy đợt hiến máu một năm?", "Hội Chữ thập đỏ huyện lên kế hoạch mấy đợt?"]),
    ("Sở Y tế làm gì, phối hợp với ai?", ["Sở Y tế làm gì?", "Sở Y tế phối hợp với ai?"]),
    ("Người ký thông báo đại hội của Hội là ai, giữ chức vụ gì?",  # the second asks the post of what the first names
     ["Người ký thông báo đại hội của Hội là ai?", "Thông báo đại hội của Hội giữ chức vụ gì?"]),
    # one thing asked: agencies listed, an opening phrase, a condition
    ("Sở Y tế, Sở Tài chính phải làm gì?", ["Sở Y tế, Sở Tài chính phải làm gì?"]),
    ("Theo kế hoạch, Sở Y tế phải làm gì?", ["Theo kế hoạch, Sở Y tế phải làm gì?"]),
    ("Khi có thiên tai, ai bảo vệ kho?", ["Khi có thiên tai, ai bảo vệ kho?"]),
    ("Năm 2024, Hội hỗ trợ bao nhiêu hộ?", ["Năm 2024, Hội hỗ trợ bao nhiêu hộ?"]),
])
def test_a_question_is_split_where_it_asks_a_second_thing(reader, question, parts):
    assert question_parts(question, reader) == parts


def _citation(n: int, clause_id: str) -> Citation:
    return Citation(n=n, clause_id=clause_id, document_id=clause_id.split(":")[0], document_title="T", label="Điều 1",
                    path=["dieu-1"], text="…", start=0, end=1, score=1.0)


def test_the_answers_of_the_parts_are_joined_with_their_markers_renumbered():
    first = Draft("Ngày 15/5 [1].", [_citation(1, "kh:1")], "day")
    second = Draft("Chợ Tân Lộc [1], [2].", [_citation(1, "kh:2"), _citation(2, "kh:1")], "topic")
    joined = joined_drafts(["… ngày nào?", "… ở đâu?"], [first, second])
    assert joined.text == "Ngày 15/5 [1].\n\nChợ Tân Lộc [2], [1]."  # a clause cited by both keeps its number
    assert [(c.n, c.clause_id) for c in joined.citations] == [(1, "kh:1"), (2, "kh:2")]


def test_a_part_the_texts_do_not_answer_is_said_so_and_none_answered_is_a_refusal():
    answered = Draft("Ngày 15/5 [1].", [_citation(1, "kh:1")], "day")
    refused = Draft("", [], "topic", reason="not_covered")
    joined = joined_drafts(["Tổ chức ngày nào?", "Ai tài trợ?"], [answered, refused])
    assert joined.text == "Ngày 15/5 [1].\n\nVề “Ai tài trợ”: các văn bản hiện có không nêu."
    assert joined_drafts(["a?", "b?"], [refused, refused]).citations == []
