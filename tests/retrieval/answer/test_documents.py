"""Questions about the documents themselves are answered from the catalog, each document cited by its
header block; a question that also names a topic is not one of them."""

import pytest


def cited(answer) -> list[str]:
    return [c.clause_id for c in answer.citations]


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("Những văn bản nào do Ủy ban nhân dân ban hành?", ["kh-ubnd-laichau-2023:header"]),
        ("Văn bản nào do Tỉnh ủy Đắk Lắk ban hành?", ["kh-100-tu-daklak:header"]),  # "Tỉnh ủy" as the issuer writes it
        ("Có mấy công văn trong kho?", ["cv-1277-hu-lacduong:header", "cv-981-tu-tphcm:header"]),
        ("Các văn bản ban hành năm 2010", ["kh-100-tu-daklak:header"]),
        ("Liệt kê tất cả văn bản ban hành trong năm 2010.", ["kh-100-tu-daklak:header"]),
        # the level of the issuer, as its name says it (Huyện ủy, Tỉnh ủy, UBND tỉnh)
        ("Có văn bản nào của cấp huyện không?", ["cv-1277-hu-lacduong:header"]),
        ("Các văn bản cấp tỉnh gồm những văn bản nào?", ["kh-100-tu-daklak:header", "kh-ubnd-laichau-2023:header"]),
        ("Tài liệu nào là bài báo?", ["bao-kl44-an-sinh-xa-hoi:header"]),  # "tài liệu": any document
    ],
)
def test_documents_picked_by_issuer_type_and_year(corpus_assistant, question, documents):
    answer = corpus_assistant.ask(question)
    assert answer.intent == "documents" and not answer.abstained
    assert cited(answer) == documents
    assert f"Trong kho có {len(documents)} " in answer.answer


def test_documents_naming_an_agency_are_cited_where_they_name_it(corpus_assistant):
    answer = corpus_assistant.ask("Những văn bản nào có nhắc đến Ban Dân vận?")
    assert answer.intent == "documents" and len(answer.citations) >= 2
    assert all("Ban Dân vận" in c.text or "Ban Dân vận" in [a.name for a in c.actors] for c in answer.citations)


@pytest.mark.parametrize("question", ["Có văn bản nào do Bộ Y tế ban hành không?", "Những văn bản nào ban hành năm 2019?"])
def test_no_document_picked_is_a_refusal(corpus_assistant, question):
    answer = corpus_assistant.ask(question)
    assert answer.abstained and answer.citations == []


def test_a_topic_or_a_task_question_is_not_about_the_catalog(corpus_assistant):
    assert corpus_assistant.ask("Những văn bản nào nói về hiến máu?").intent != "documents"
    assert corpus_assistant.ask("Những văn bản nào giao việc cho Sở Giáo dục?").intent == "tasks"


def test_documents_citing_a_text_are_cited_where_they_cite_it(corpus_assistant):
    answer = corpus_assistant.ask("Có bao nhiêu văn bản nhắc đến Kết luận 44?")
    assert answer.intent == "documents" and len(answer.citations) >= 3
    assert all("44" in c.text or c.clause_id.endswith(":header") for c in answer.citations)


def test_the_newest_or_oldest_document_is_one_document(corpus_assistant):
    newest = corpus_assistant.ask("Văn bản nào mới nhất trong kho?")
    oldest = corpus_assistant.ask("Kế hoạch nào cũ nhất?")
    assert [c.clause_id for c in oldest.citations] == ["kh-100-tu-daklak:header"]
    assert len(newest.citations) == 1 and newest.citations[0].document_date >= "2024"


def test_which_documents_speak_of_a_topic_are_each_cited_once(corpus_assistant):
    answer = corpus_assistant.ask("Những văn bản nào có nhắc đến Tháng Nhân đạo?")
    documents = [c.clause_id.split(":")[0] for c in answer.citations]
    assert len(documents) >= 2 and len(documents) == len(set(documents))  # one clause per document


def test_which_documents_mention_a_word_lists_every_document_that_does(corpus_assistant):
    answer = corpus_assistant.ask("Những văn bản nào có nhắc đến hiến máu?")
    mentioning = {d.id for d in corpus_assistant.documents()
                  if any("hiến máu" in c.text.lower() for c in corpus_assistant.document(d.id).clauses)}
    assert len(mentioning) >= 3
    assert {c.clause_id.split(":")[0] for c in answer.citations} == mentioning
