"""The lineage of directives on the real corpus: what a text implements, and what implements it."""

LAICHAU = "kh-ubnd-laichau-2023"


def test_laichau_plan_implements_895_then_44_then_43(corpus_assistant):
    lineage = corpus_assistant.lineage(LAICHAU)
    assert lineage.document.document_id == LAICHAU and lineage.document.in_corpus
    assert [a.number for a in lineage.ancestors] == ["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"]
    first = lineage.ancestors[0]
    assert (first.document_id, first.in_corpus, first.relation) == (None, False, "thực hiện")
    # a missing text appears with its title as the corpus cites it
    assert first.title == "Quyết định số 895/QĐ-TTg, ngày 26/7/2023 của Thủ tướng Chính phủ"
    assert lineage.descendants == []


def test_a_cited_number_lists_the_documents_implementing_it(corpus_assistant):
    lineage = corpus_assistant.lineage("44-KL/TW")
    assert lineage.document.in_corpus is False and lineage.document.document_id is None
    assert lineage.document.title.startswith("Kết luận số 44-KL/TW, ngày 14/11/2022 của Ban Bí thư")
    relations = {d.document_id: d.relation for d in lineage.descendants}
    assert relations == {
        "cv-1277-hu-lacduong": "thực hiện",
        "cv-981-tu-tphcm": "thực hiện",
        LAICHAU: "thực hiện",
        "bao-kl44-an-sinh-xa-hoi": "nguồn",  # a press article is a source about it, not an implementing text
    }
    assert all(d.in_corpus and d.depth == 1 for d in lineage.descendants)


def test_a_corpus_document_by_number_and_the_2010_directive(corpus_assistant):
    by_number = corpus_assistant.lineage("100-KH/TU")
    assert by_number.document.document_id == "kh-100-tu-daklak"
    assert [(a.number, a.relation) for a in by_number.ancestors] == [("43-CT/TW", "triển khai")]  # "Kế hoạch triển khai thực hiện Chỉ thị 43"
    # who still follows the 2010 directive directly
    followers = {d.document_id for d in corpus_assistant.lineage("Chỉ thị 43").descendants}
    assert followers == {"kh-100-tu-daklak", "cv-981-tu-tphcm", LAICHAU}


def test_unknown_reference_is_none(corpus_assistant):
    assert corpus_assistant.lineage("9999-KL/TW") is None and corpus_assistant.lineage("khong-co") is None
