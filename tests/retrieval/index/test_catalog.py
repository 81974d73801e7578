"""The catalog keeps header and signature blocks beside the clauses and gives them back apart."""

from pathlib import Path

from retrieval.index.catalog import CatalogRow, parsed_documents, read_catalog, write_catalog
from retrieval.ingest.actors import AliasTable
from retrieval.ingest.loaders import load_document
from retrieval.ingest.parser import parse_document
from retrieval.ingest.pipeline import build_rows

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def test_signature_and_header_blocks_round_trip_apart_from_the_clauses(tmp_path):
    parsed = parse_document(load_document(CORPUS / "cv-981-tu-tphcm.md"), "cv-981-tu-tphcm", AliasTable.load())
    documents, rows, passages = build_rows({"cv-981-tu-tphcm": parsed})
    assert [r.clause.kind for r in rows[:2]] == ["header", "closing"]
    assert len(passages) == len(parsed.clauses) == len(rows) - 2  # blocks are never embedded
    write_catalog(tmp_path, documents, rows)
    again = parsed_documents(*read_catalog(tmp_path))["cv-981-tu-tphcm"]
    assert again.closing == parsed.closing and again.header == parsed.header
    assert again.clauses == parsed.clauses
    assert again.closing.id == "cv-981-tu-tphcm:closing" and again.document.signer == "Nguyễn Hồ Hải"


def test_a_document_without_signature_has_no_closing(tmp_path):
    parsed = parse_document(load_document(CORPUS / "cv-981-tu-tphcm.md"), "x", AliasTable.load())
    rows = [CatalogRow(parsed.header, [], []), *(CatalogRow(c, [], []) for c in parsed.clauses)]
    write_catalog(tmp_path, [parsed.document.model_copy(update={"id": "x"})], rows)
    assert parsed_documents(*read_catalog(tmp_path))["x"].closing is None
