from pathlib import Path

from retrieval.ingest.actors import AliasTable
from retrieval.ingest.loaders import document_id_for, load_document
from retrieval.ingest.parser import parse_document

FIXTURE = Path(__file__).parent / "fixtures" / "hd-12-truong-hop.txt"


def _clauses():
    parsed = parse_document(load_document(FIXTURE), document_id_for(FIXTURE), AliasTable.load())
    return {c.id.split(":")[1]: c for c in parsed.clauses}


def test_a_case_named_only_by_its_point_carries_that_point_s_text():
    clauses = _clauses()
    assert clauses["ii.1"].referenced == [clauses["i.1.a"].text]
    assert clauses["ii.3"].referenced == [clauses["i.1.c"].text]


def test_a_point_with_items_carries_them_all_and_another_text_s_place_is_not_followed():
    clauses = _clauses()
    assert clauses["iii.1"].referenced == [clauses[k].text for k in ("i.1.a", "i.1.b", "i.1.c")]  # its lead heads them
    assert clauses["iii.2"].referenced == []  # "khoản 2 Điều 5 Nghị định số 93/2021/NĐ-CP": another text
    assert clauses["i.1.a"].referenced == [] and clauses["ii.1"].text.startswith("Đối với trường hợp")


def test_the_items_a_referring_clause_opens_carry_the_place_it_refers_to():
    path = Path(__file__).parent / "fixtures" / "nq-08-muc-ho-tro.txt"
    parsed = parse_document(load_document(path), document_id_for(path), AliasTable.load())
    clauses = {c.id.split(":")[1]: c for c in parsed.clauses}
    member = clauses["dieu-1.khoan-2.diem-b"].text  # "… tại điểm b khoản 2 Điều 1 Nghị quyết này được hỗ trợ như sau:"
    assert clauses["dieu-2.khoan-2"].referenced == [member]
    assert clauses["dieu-2.khoan-2.diem-a"].referenced == [member] == clauses["dieu-2.khoan-2.diem-b"].referenced
    assert clauses["dieu-2.khoan-3"].referenced == []
