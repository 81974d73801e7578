"""Ingest: incremental, atomic, and honest about bad files (fake embedder, real corpus, real Chroma)."""

import shutil
from pathlib import Path

import pytest

from retrieval.index.catalog import read_catalog
from retrieval.errors import CtdError, IndexMismatchError
from retrieval.index.generation import Index
from retrieval.index.lexical import query_tokens
from retrieval.ingest.pipeline import PASSAGE_FORMAT, ingest, passage_context, passage_text
from retrieval.index.store import INDEX_FORMAT, generation_dir, read_manifest
from tests.conftest import CORPUS, make_settings
from tests.utils.fake_embeddings import FakeEmbeddings


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path / "data")


def clause_ids(settings) -> set[str]:
    _, rows = read_catalog(generation_dir(settings, read_manifest(settings).generation))
    return {r.clause.id for r in rows if r.clause.kind == "clause"}


def test_cold_then_warm_ingest_embeds_nothing_the_second_time(settings, corpus_copy):
    embeddings = FakeEmbeddings(size=32)
    first = ingest(settings, [corpus_copy], embeddings=embeddings)
    assert sorted(first.new) == sorted(p.stem for p in corpus_copy.glob("*.md"))
    assert first.embedded == first.clauses > 50
    generation = first.generation

    second = ingest(settings, [corpus_copy], embeddings=embeddings)
    assert second.embedded == 0 and not second.changed
    assert sorted(second.unchanged) == sorted(first.new)
    assert second.generation == generation


def test_changed_document_is_replaced_and_removed_one_deleted(settings, corpus_copy):
    embeddings = FakeEmbeddings(size=32)
    first = ingest(settings, [corpus_copy], embeddings=embeddings)
    plan = corpus_copy / "kh-ubnd-laichau-2023.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("trên địa bàn tỉnh.", "trên địa bàn toàn tỉnh.", 1), encoding="utf-8")
    (corpus_copy / "bao-kl44-an-sinh-xa-hoi.md").unlink()

    report = ingest(settings, [corpus_copy], embeddings=embeddings)
    assert report.updated == ["kh-ubnd-laichau-2023"]
    assert report.removed == ["bao-kl44-an-sinh-xa-hoi"]
    assert 0 < report.embedded < 5  # only the edited clause(s) of the changed plan
    ids = clause_ids(settings)
    assert not any(i.startswith("bao-kl44-an-sinh-xa-hoi:") for i in ids)
    assert report.generation != first.generation


def test_bad_files_are_reported_and_the_rest_ingested(settings, corpus_copy, capsys):
    (corpus_copy / "empty.txt").write_text("", encoding="utf-8")
    (corpus_copy / "table.xlsx").write_bytes(b"PK\x03\x04 not really")
    report = ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    assert sorted(Path(f.path).name for f in report.failures) == ["empty.txt"]
    assert report.documents == 5


def test_a_file_that_breaks_later_keeps_its_previous_version(settings, corpus_copy):
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, [corpus_copy], embeddings=embeddings)
    before = clause_ids(settings)
    (corpus_copy / "cv-981-tu-tphcm.md").write_bytes(b"\xff\xfe\x00garbage\x00\x00")
    report = ingest(settings, [corpus_copy], embeddings=embeddings)
    assert [Path(f.path).name for f in report.failures] == ["cv-981-tu-tphcm.md"]
    assert clause_ids(settings) == before


def test_failed_ingest_leaves_the_previous_index_whole(settings, corpus_copy):
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, [corpus_copy], embeddings=embeddings)
    manifest = read_manifest(settings)

    class Exploding(FakeEmbeddings):
        def embed_documents(self, texts):
            raise RuntimeError("embedder died half way")

    plan = corpus_copy / "kh-100-tu-daklak.md"
    text = plan.read_text(encoding="utf-8").replace("\nNơi nhận:", "\n3- Một điểm mới được thêm vào kế hoạch.\n\nNơi nhận:", 1)
    plan.write_text(text, encoding="utf-8")
    with pytest.raises(RuntimeError):
        ingest(settings, [corpus_copy], embeddings=Exploding(size=32))
    assert read_manifest(settings) == manifest
    index = Index.open(settings, embeddings.embedder_id)
    assert len(index.clauses) == manifest.clauses
    assert index.collection.count() == manifest.clauses


def test_another_embedder_is_refused_with_a_rebuild_hint(settings, corpus_copy):
    ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    other = FakeEmbeddings(size=16, embedder_id="fake:other:16")
    with pytest.raises(IndexMismatchError, match="ctd ingest --rebuild"):
        Index.open(settings, other.embedder_id)
    with pytest.raises(IndexMismatchError, match="ctd ingest --rebuild"):
        ingest(settings, [corpus_copy], embeddings=other)
    report = ingest(settings, [corpus_copy], rebuild=True, embeddings=other)
    assert report.documents == 5 and read_manifest(settings).embedder == "fake:other:16"


def test_an_index_from_another_version_is_refused(settings, corpus_copy):
    ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    path = settings.data_dir / "manifest.json"
    path.write_text(path.read_text(encoding="utf-8").replace(f'"format": {INDEX_FORMAT}', '"format": 0'), encoding="utf-8")
    with pytest.raises(IndexMismatchError, match="ctd ingest --rebuild"):
        Index.open(settings, "fake:deterministic:32")


def test_documents_outside_the_ingested_folder_are_kept(settings, corpus_copy, tmp_path):
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, [corpus_copy], embeddings=embeddings)
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(corpus_copy / "cv-981-tu-tphcm.md", extra / "cv-981-ban-sao.md")
    report = ingest(settings, [extra], embeddings=embeddings)
    assert report.new == ["cv-981-ban-sao"] and report.documents == 6 and not report.removed


def test_an_upgrade_reads_again_the_documents_outside_the_ingested_folder(settings, corpus_copy, tmp_path):
    # an index another version read is read again whole: the documents ingested from elsewhere too, never dropped
    embeddings = FakeEmbeddings(size=32)
    first = ingest(settings, [corpus_copy], embeddings=embeddings)
    path = settings.data_dir / "manifest.json"
    path.write_text(path.read_text(encoding="utf-8").replace(f'"passages": {PASSAGE_FORMAT}', '"passages": 1'),
                    encoding="utf-8")
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(corpus_copy / "cv-981-tu-tphcm.md", extra / "cv-981-ban-sao.md")
    report = ingest(settings, [extra], embeddings=embeddings)
    assert report.new == ["cv-981-ban-sao"] and sorted(report.updated) == sorted(first.new)
    assert report.documents == 6 and not report.removed and not report.failures


def test_a_reader_s_fault_on_one_file_is_reported_and_the_rest_ingested(settings, corpus_copy, monkeypatch):
    from retrieval.ingest import pipeline

    read = pipeline.load_document

    def faulty(path, *args, **kwargs):
        if path.name == "cv-981-tu-tphcm.md":
            raise ValueError("max() arg is an empty sequence")
        return read(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "load_document", faulty)
    report = ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    assert report.documents == 4 and [Path(f.path).name for f in report.failures] == ["cv-981-tu-tphcm.md"]
    assert "ValueError" in report.failures[0].reason


def test_missing_path_is_a_clear_error(settings, tmp_path):
    with pytest.raises(CtdError, match="không tồn tại"):
        ingest(settings, [tmp_path / "nowhere"], embeddings=FakeEmbeddings(size=32))


def test_bad_front_matter_values_are_reported_and_the_file_kept(settings, corpus_copy):
    bad = corpus_copy / "bad-date.md"
    source = (corpus_copy / "cv-1277-hu-lacduong.md").read_text(encoding="utf-8")
    bad.write_text(source.replace("date: '2024-03-29'", "date: 9/2023").replace("number: 1277-CV/HU", "number: abc"),
                   encoding="utf-8")
    report = ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    assert [f"{Path(w.path).name}: {w.reason}" for w in report.warnings] == [
        "bad-date.md: số hiệu 'abc' không hợp lệ — dùng dạng 152/KH-UBND hoặc 43-CT/TW",
        "bad-date.md: ngày '9/2023' không hợp lệ — dùng YYYY-MM-DD hoặc YYYY-MM",
    ]
    assert not report.failures and "bad-date" in report.new
    documents, _ = read_catalog(generation_dir(settings, read_manifest(settings).generation))
    kept = next(d for d in documents if d.id == "bad-date")
    # the header block states the date and number: they stand in for the values dropped
    assert (kept.date, kept.number) == ("2024-03-29", "1277-CV/HU")


def test_signature_blocks_are_stored_apart_from_the_clauses(settings, corpus_copy):
    ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    index = Index.open(settings, "fake:deterministic:32")
    closing = index.clause("cv-1277-hu-lacduong:closing")
    assert closing.kind == "closing" and closing.text.startswith("Nơi nhận:") and closing.text.endswith("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nYa Tjong")
    assert index.parsed["cv-1277-hu-lacduong"].closing == closing
    assert index.clause("cv-1277-hu-lacduong:header").kind == "header"
    assert index.clause("nowhere:closing") is None and index.clause("cv-1277-hu-lacduong:nothing") is None
    assert all(c.kind == "clause" for c in index.clauses)
    assert not any(i.endswith((":closing", ":header")) for i in clause_ids(settings))
    assert index.collection.count() == len(index.clauses)


def test_passages_name_the_document_shortly_never_by_its_whole_title(settings, corpus_copy):
    ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    index = Index.open(settings, "fake:deterministic:32")
    laichau, daklak = index.parsed["kh-ubnd-laichau-2023"], index.parsed["kh-100-tu-daklak"]
    clause = laichau.clauses[0]
    assert passage_text(laichau.document, clause) == "\n".join(
        ["Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu", *clause.headings, clause.text]
    )
    assert len(laichau.document.title) > 300 and laichau.document.title not in passage_text(laichau.document, clause)
    assert passage_context(daklak.document) == "Kế hoạch số 100-KH/TU của Ban Thường vụ Tỉnh ủy Đắk Lắk"
    article = index.parsed["bao-kl44-an-sinh-xa-hoi"].document  # no number, no issuer: its (short) title
    assert passage_context(article) == f"Bài báo “{article.title}”"


def test_an_index_read_by_an_older_version_is_read_and_written_again(settings, corpus_copy):
    embeddings = FakeEmbeddings(size=32)
    first = ingest(settings, [corpus_copy], embeddings=embeddings)
    path = settings.data_dir / "manifest.json"
    path.write_text(path.read_text(encoding="utf-8").replace(f'"passages": {PASSAGE_FORMAT}', '"passages": 1'),
                    encoding="utf-8")
    again = ingest(settings, [corpus_copy], embeddings=embeddings)
    assert again.generation != first.generation
    assert sorted(again.updated) == sorted(first.new)  # every document read again, the way this version reads
    assert again.embedded == 0  # the new passages are in the embedding cache already
    assert read_manifest(settings).passages == PASSAGE_FORMAT


def test_a_changed_agency_table_reads_every_document_again(settings, corpus_copy, tmp_path):
    embeddings = FakeEmbeddings(size=32)
    first = ingest(settings, [corpus_copy], embeddings=embeddings)
    before = read_manifest(settings).reading
    extra = tmp_path / "aliases.yaml"
    extra.write_text("agencies:\n  - name: Ban Tuyên giáo\n    aliases: [Ban Tuyên huấn]\n", encoding="utf-8")
    again = ingest(settings.model_copy(update={"aliases_file": extra}), [corpus_copy], embeddings=embeddings)
    assert sorted(again.updated) == sorted(first.new) and not again.unchanged  # read with the user's agencies
    assert read_manifest(settings).reading != before
    steady = ingest(settings.model_copy(update={"aliases_file": extra}), [corpus_copy], embeddings=embeddings)
    assert not steady.changed and sorted(steady.unchanged) == sorted(first.new)


def test_ingest_reports_reading_embedding_and_writing_progress(settings, corpus_copy):
    seen: dict[str, tuple[int, int]] = {}
    report = ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32),
                    progress=lambda stage, done, total: seen.__setitem__(stage, (done, total)))
    assert seen == {
        "Đọc văn bản": (5, 5),
        "Nhúng điều khoản": (report.clauses, report.clauses),
        "Ghi chỉ mục": (report.clauses, report.clauses),
    }


def test_the_lexical_index_is_stored_with_the_generation(settings, corpus_copy):
    ingest(settings, [corpus_copy], embeddings=FakeEmbeddings(size=32))
    stored = Index.open(settings, "fake:deterministic:32")
    directory = generation_dir(settings, read_manifest(settings).generation)
    assert (directory / "lexical" / "plain.terms.txt").exists()
    shutil.rmtree(directory / "lexical")  # a generation written before: built from the catalog's tokens
    rebuilt = Index.open(settings, "fake:deterministic:32")
    folded, plain = query_tokens("Sở Giáo dục và Đào tạo phải làm gì?")
    assert (stored.lexical.score(folded, plain, True) == rebuilt.lexical.score(folded, plain, True)).all()
    assert stored.lexical.known_words == rebuilt.lexical.known_words
    assert stored.lexical.score(folded, plain, True).argmax() == stored.position["kh-ubnd-laichau-2023:iii.5.b1"]


def test_a_clause_written_short_is_found_by_the_words_in_full(settings, tmp_path):
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "kh-12.txt").write_text(
        "HỘI CHỮ THẬP ĐỎ HUYỆN ĐÔNG LÂM\n\nSố: 12/KH-CTĐ\n\nKẾ HOẠCH\nHiến máu tình nguyện năm 2026\n\n"
        "1. Tổ chức hiến máu tại Trường THPT Đông Lâm ngày 12/5/2026.\n\n2. TTYT huyện cử cán bộ hỗ trợ.\n",
        encoding="utf-8")
    ingest(settings, [folder], embeddings=FakeEmbeddings(size=32))
    index = Index.open(settings, "fake:deterministic:32")
    # a question is read in full ("THPT": "trung học phổ thông"), the clause wrote it short
    assert index.lexical.words_in(index.position["kh-12:1"], ["trung_học", "phổ_thông"], True) == {"trung_học", "phổ_thông"}
    assert index.lexical.words_in(index.position["kh-12:2"], ["trung_tâm"], True) == {"trung_tâm"}


def test_an_index_read_by_other_code_is_read_again(settings, tmp_path, monkeypatch):
    # the code that reads documents is part of how they were read: an upgrade parses every document again
    from retrieval.ingest import pipeline

    code = tmp_path / "code"
    code.mkdir()
    (code / "parser.py").write_text("READ = 1\n")
    monkeypatch.setattr(pipeline, "__file__", str(code / "pipeline.py"))
    before = pipeline.reading(settings)
    assert pipeline.reading(settings) == before
    (code / "parser.py").write_text("READ = 2\n")
    assert pipeline.reading(settings) != before


def test_an_index_read_with_another_glossary_is_read_again(settings, tmp_path, monkeypatch):
    # the glossary writes each clause's short forms out in its lexical text: another one reads the clauses anew
    from retrieval.ingest import pipeline

    glossary = tmp_path / "glossary.yaml"
    glossary.write_text("terms: []\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "GLOSSARY_FILE", glossary)
    before = pipeline.reading(settings)
    assert pipeline.reading(settings) == before
    glossary.write_text("terms: []\nabbreviations: []\n", encoding="utf-8")
    assert pipeline.reading(settings) != before
