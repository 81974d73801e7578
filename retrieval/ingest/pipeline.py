"""Ingest: files → parsed clauses → a new index generation (catalog, lexical tokens, Chroma vectors).

Incremental: a document whose file hash is unchanged keeps its parsed clauses, and a clause whose
embedded text is unchanged keeps its vector (embedding cache), so a warm re-ingest embeds nothing.
The new generation becomes current only when it is complete (atomic manifest swap); a failed ingest
leaves the previous index whole. Documents whose file failed to load keep their previous version.
Scans are read by OCR (`ocr` mode, see `retrieval.ingest.ocr`); files uploaded through the channels
live in `CTD_DATA_DIR/uploads/` and are ingested with the corpus, so a rebuild keeps them.
"""

import fcntl
import hashlib
import logging
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel, Field

from retrieval.glossary import GLOSSARY_FILE, Glossary, load_glossary
from retrieval.ingest.actors import ALIASES_FILE, AliasTable
from retrieval.index.catalog import CatalogRow, CatalogWriter, parsed_documents, read_catalog
from retrieval.index.cache import EmbeddingCache, text_hash
from retrieval.errors import CtdError, LoadError
from retrieval.index.generation import save_vectors
from retrieval.index.lexical import LexicalBuilder, folded_tokens, plain_tokens
from retrieval.ingest.loaders import discover, document_id_for, file_sha256, load_document
from retrieval.ingest.ocr import OcrMode, OcrOptions
from retrieval.models import Clause, Document, ParsedDocument
from retrieval.ingest.parser import parse_document
from retrieval.settings import EngineSettings
from retrieval.index.store import (
    INDEX_FORMAT,
    Manifest,
    check_embedder,
    chroma_client,
    collection_name,
    generation_dir,
    new_generation,
    prune_generations,
    read_manifest,
    write_manifest,
)

Progress = Callable[[str, int, int], None]
EMBED_BATCH = 32
CACHE_WRITE_BATCH = 512  # vectors written to the embedding cache per transaction
# How documents were read into clauses, tokens and passages; an index with another is read again:
# 2: document short name instead of its title; 3: agencies named as written found in every clause,
# compound words folded syllable by syllable; 4: the closing holds "Nơi nhận" and its list (recipients);
# 5: joint issuers and signers, tables of figures row by row, "Trách nhiệm của X" headings, partners of
# joint work ("thống nhất … với") and agencies directed ("chỉ đạo X …") take part; 6: the sentence that opens
# a body's own list heads its items, a paragraph after its last item closes the text; 7: a list after a
# table goes on the item holding it, PHẦN / CHƯƠNG / ĐIỀU in capitals, an issuer wrapped over two lines,
# "Hội Chữ thập đỏ các cấp tỉnh X" every level; 8: a text typed a paragraph per line splits there, a
# heading's paragraphs are clauses, the signature beside or across columns, appendices of reports; 9: an
# organ's issuer with its body, page-wrapped texts (indented paragraphs, page numbers inside a sentence);
# 10: a telegram's hour-dated header and addressees ("… điện:"), the agency after its head's title ("Chủ
# tịch Ủy ban nhân dân các huyện: …") or before a colon ("Trạm Y tế xã: …"), an organ's name wrapped over two
# lines under its body, invitations, a paragraph after a list ends it.
# 11: a short paragraph naming no agency that opens a list heads its items ("Đề nghị đại biểu:")
# 12: the places of its own text a clause refers to are its context ("trường hợp tại điểm a khoản 1 Mục II")
# 13: residential units ("các Tổ dân phố") and commune civil servants ("Công chức Tài chính - Kế toán") act
# 14: the levels of the Red Cross as its charter names them ("Hội cấp tỉnh", "Hội cấp huyện", "Hội cơ sở") and
# the inspectorates ("Thanh tra tỉnh") act, a signature interleaved a line each with the recipients is read
# 15: an unnumbered title in capitals after numbered parts opens a section ("TỔ CHỨC THỰC HIỆN"); a heading
# whose agencies ask ("Ban Thường vụ Tỉnh ủy yêu cầu:") names whom it asks; a numbered title a line break ends
# stays apart from the sentence after it; a name written with a dash is found without it; a report's parts
# lettered in capitals ("A. KẾT QUẢ …"); "HU", "TU" qualify a body
# 16: marks of urgency ("HỎA TỐC", "KHẨN") name no issuer; "Công điện gửi:" lists addressees; a Thể lệ, a
# Phương án are types; a title line addresses the bodies its verb names without a colon ("Đại hội kiến nghị Ủy
# ban nhân dân tỉnh"); a body named with its term ("… khóa XI") is found without it, an organ with "của" before
# its body and a short form in full ("Văn phòng Hội Chữ thập đỏ tỉnh"); a standing organ acts for its body;
# a congress under its body issues in the body's name ("Đại hội đại biểu Hội … lần thứ XI"); a body no alias names
# that opens a clause is its subject ("Văn phòng Hội Chữ thập đỏ tỉnh quản lý tài khoản"); a row of words over
# rows of figures as wide heads a table; a directive's closing words ("Chỉ thị này có hiệu lực …") close the list
# open above them
# 17: the lexical index writes a number without its padding zeros ("06 tháng" as "6 tháng"); the parties of a
# joint text whose frames stand one after another, each over its own number, issue it together
# 18: a word that makes a compound with an agency word after it ("cơ sở giáo dục", "trụ sở") names no agency
# 19: the agency a party organ leads to act ("… lãnh đạo Ủy ban nhân dân tỉnh bố trí …") takes part in the task
# 20: the lexical index holds what the short forms a clause writes stand for ("THPT": "trung học phổ thông")
# 21: a Markdown table of one or two columns is a layout (the frame, the Nơi nhận beside the signature)
# 22: a signer's name may write a word with an apostrophe ("H'Lim Niê")
# 23: a .docx or Markdown table that holds the Quốc hiệu, a signature or the Nơi nhận is a layout, whatever its
#     columns (two issuers beside the Quốc hiệu); a short form with "Đ" is also read typed with "D" ("CTD")
# 24: a text that puts its appendix before its closing is signed and sent by that closing
# 25: the police is named at every level ("Công an quận", "Công an xã"), typed without diacritics too
# 26: the paragraphs after a khoản that is only a title ("3. Hỗ trợ di dời khẩn cấp") are its text; the items a
#     referring clause opens carry its place; an attached text's title block may set issuer beside motto; an
#     agency's name ends before a verb ("Ban Chỉ đạo là …"); two signatures read a cell at a time are two; a
#     Markdown frame in bold is a frame; a joint frame names each issuer ("… và Ban Chấp hành Đoàn TNCS …")
# 27: a congress named with its term ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ X, NHIỆM KỲ 2022 - 2027") is its body's congress; a
#     committee's name may wrap onto the next line ("BAN CHỈ ĐẠO VẬN ĐỘNG / HIẾN MÁU TÌNH NGUYỆN"); a signer's post
#     may stand under the name; a joint text keeps the number each party gave it (`joint_numbers`)
# 28: two frames side by side over the motto are each party's ("HỘI CHỮ THẬP ĐỎ TỈNH …    SỞ GIÁO DỤC VÀ ĐÀO TẠO"), and
#     a kind of text centred under them is no organ of a signature read in a column below it; an appendix headed
#     "Phụ lục" in ordinary case on a line of its own is an attachment (the signature above it is the text's)
PASSAGE_FORMAT = 31
CHROMA_BATCH = 1000
logger = logging.getLogger("ctd.ingest")
UPLOADS_DIR = "uploads"
OCR_CACHE_DIR = "ocr"


class Failure(BaseModel):
    path: str
    reason: str


class LowConfidence(BaseModel):
    """A scanned document whose OCR was unsure on some pages: worth checking against the paper."""

    document_id: str
    path: str
    pages: list[int]
    confidence: float | None = None


def uploads_dir(settings: EngineSettings) -> Path:
    """Where files added through the API or the bot are kept (ingested with the corpus)."""
    return Path(settings.data_dir) / UPLOADS_DIR


def ocr_options(settings: EngineSettings, mode: OcrMode = "auto", pages=None) -> OcrOptions:
    """How this data directory reads scans: `mode`, its OCR cache, `pages(done, total)` as they are read."""
    return OcrOptions(mode=mode, cache_dir=Path(settings.data_dir) / OCR_CACHE_DIR, progress=pages)


class IngestReport(BaseModel):
    """What an ingest did, for the summary line and `POST /admin/reindex`."""

    documents: int = 0
    clauses: int = 0
    new: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)
    # metadata problems in files that were still ingested (the field was left empty), one per value
    warnings: list[Failure] = Field(default_factory=list)
    low_confidence: list[LowConfidence] = Field(default_factory=list)
    embedded: int = 0
    generation: str = ""
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.removed)


def passage_context(document: Document) -> str:
    """The document named in a few words for the embedder, never its full title (a Lai Châu title is
    345 characters, more than most clauses): "Kế hoạch số 486/KH-UBND của Ủy ban nhân dân tỉnh Nghệ An"."""
    name = f"{document.type} số {document.number}" if document.number else document.type
    if document.issuer:
        return f"{name} của {document.issuer}"
    return name if document.number else f"{name} “{document.title}”"


def passage_text(document: Document, clause: Clause) -> str:
    """What is embedded for a clause: the document's short name and the heading chain give context the
    text itself may lack. Changing this changes every vector: bump `PASSAGE_FORMAT`."""
    return "\n".join([passage_context(document), *clause.headings, *clause.referenced, clause.text])


def _lexical_text(clause: Clause, glossary: Glossary) -> str:
    """The words a clause is found by: its headings, the texts it refers to, its own, and the short forms it
    writes in full (a question is read in full: "THPT" is asked "trung học phổ thông")."""
    own = [*clause.headings, *clause.referenced, clause.text]
    return "\n".join([*own, *glossary.full_forms("\n".join(own))])


@contextmanager
def _ingest_lock(settings: EngineSettings):
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / ".ingest.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise CtdError("Một tiến trình ingest khác đang chạy trên cùng thư mục dữ liệu: chờ nó xong rồi chạy lại.") from exc
        yield


def _is_within(path: str, roots: list[Path]) -> bool:
    resolved = Path(path).resolve()
    return any(resolved == root or root in resolved.parents for root in roots)


def reading(settings: EngineSettings) -> str:
    """How this version reads documents: the passage format, the code that reads them (this package), the
    agency tables clauses are read with (the bundled one and the user's) and the glossary their lexical text is
    written out with. An index read another way is read again: an upgrade or a table changes what a clause says and
    whom it assigns work to (the vectors of unchanged passages come from the cache)."""
    digest = hashlib.sha256(ALIASES_FILE.read_bytes())
    digest.update(GLOSSARY_FILE.read_bytes())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    if settings.aliases_file and Path(settings.aliases_file).is_file():
        digest.update(Path(settings.aliases_file).read_bytes())
    return f"{PASSAGE_FORMAT}:{digest.hexdigest()[:16]}"


def _read_as_now(manifest: Manifest, current: str) -> bool:
    return manifest.passages == PASSAGE_FORMAT and manifest.reading == current


def _load_previous(settings: EngineSettings, embedder_id: str, rebuild: bool, current: str
                   ) -> tuple[dict[str, ParsedDocument], bool]:
    """The documents of the current index, and whether they were read another way than this version reads (then
    every one is parsed again, those from outside the ingested paths too: an upgrade loses none)."""
    if rebuild:
        return {}, False
    manifest = read_manifest(settings)
    if manifest is None:
        return {}, False
    check_embedder(manifest, embedder_id)
    documents, rows = read_catalog(generation_dir(settings, manifest.generation))
    return parsed_documents(documents, rows), not _read_as_now(manifest, current)


def _unchanged(path: Path, old: ParsedDocument | None, ocr: OcrOptions) -> bool:
    """Same bytes as last time, read the way this run would read them (checked before any OCR)."""
    if old is None or (ocr.mode == "always" and not old.document.ocr) or (ocr.mode == "never" and old.document.ocr):
        return False
    try:
        return file_sha256(path) == old.document.sha256
    except OSError:
        return False  # loading it reports why


def _scan_fields(loaded, parsed: ParsedDocument, report: IngestReport) -> ParsedDocument:
    """Record on the document whether it was OCR'd and how sure the OCR was; report unsure pages."""
    if not loaded.ocr:
        return parsed
    fields = {"ocr": True, "ocr_confidence": loaded.ocr_confidence, "ocr_low_pages": loaded.ocr_low_pages}
    if loaded.ocr_low_pages:
        report.low_confidence.append(LowConfidence(
            document_id=parsed.document.id, path=loaded.path, pages=loaded.ocr_low_pages, confidence=loaded.ocr_confidence
        ))
    return parsed.model_copy(update={"document": parsed.document.model_copy(update=fields)})


def _collect(
    paths: list[Path],
    previous: dict[str, ParsedDocument],
    aliases: AliasTable,
    report: IngestReport,
    ocr: OcrOptions | None = None,
    progress: Progress | None = None,
    stale: bool = False,
) -> dict[str, ParsedDocument]:
    """Load and parse the files under `paths`; keep what is unchanged or failed to load. `stale`: the previous
    documents were read another way, so each is read again, from wherever its file is."""
    ocr = ocr or OcrOptions()
    current: dict[str, ParsedDocument] = {}
    seen_paths: dict[str, str] = {}
    files = discover(paths)
    for done, path in enumerate(files):
        if progress:
            progress("Đọc văn bản", done, len(files))
        document_id = document_id_for(path)
        if document_id in seen_paths:
            report.failures.append(Failure(path=str(path), reason=f"trùng mã văn bản '{document_id}' với {seen_paths[document_id]}"))
            continue
        seen_paths[document_id] = str(path)
        old = previous.get(document_id)
        if not stale and _unchanged(path, old, ocr):
            current[document_id] = old
            report.unchanged.append(document_id)
            continue
        _read_into(current, path, document_id, previous, aliases, report, ocr, progress)
    if progress:
        progress("Đọc văn bản", len(files), len(files))
    roots = [p.resolve() for p in paths]
    for document_id, old in previous.items():
        if document_id in current:
            continue
        if _is_within(old.document.path, roots) and not Path(old.document.path).exists():
            report.removed.append(document_id)
        elif stale and Path(old.document.path).is_file():
            _read_into(current, Path(old.document.path), document_id, previous, aliases, report, ocr, progress)
        else:
            current[document_id] = old  # outside the ingested paths: kept as it was
    return current


def _read_into(current: dict[str, ParsedDocument], path: Path, document_id: str, previous: dict[str, ParsedDocument],
               aliases: AliasTable, report: IngestReport, ocr: OcrOptions, progress: Progress | None) -> None:
    """Load and parse one file into `current`; on failure keep its previous version, if any."""
    try:
        pages = (lambda done, total, name=path.name: progress(f"Nhận dạng chữ {name}", done, total)) if progress else None
        loaded = load_document(path, replace(ocr, progress=pages))
        report.warnings.extend(Failure(path=str(path), reason=reason) for reason in loaded.warnings)
        parsed = _scan_fields(loaded, parse_document(loaded, document_id, aliases), report)
        if not parsed.clauses:
            raise LoadError(str(path), "không tìm thấy nội dung (điều khoản) nào")
    except Exception as exc:  # (a reader's own fault on one file too: that file is reported, the others ingested)
        if isinstance(exc, LoadError):
            report.failures.append(Failure(path=exc.path, reason=exc.reason))
        else:
            logger.exception("reading %s failed", path)
            reason = f"lỗi của chương trình khi đọc tệp ({type(exc).__name__}); hãy gửi tệp này kèm báo lỗi cho nhóm phát triển"
            report.failures.append(Failure(path=str(path), reason=reason))
        if document_id in previous:
            current[document_id] = previous[document_id]
        return
    (report.updated if document_id in previous else report.new).append(document_id)
    current[document_id] = parsed


def _embed(
    embeddings: Embeddings, cache: EmbeddingCache, ordered: list[ParsedDocument], progress: Progress | None,
    report: IngestReport,
) -> np.ndarray:
    """The vector of every clause's passage, in index order: from the cache, or embedded and cached.

    Passages are written out again when needed rather than kept, and vectors go through the cache into
    one array, so memory stays near the size of that array at any corpus size.
    """
    hashes = [text_hash(t) for t in passages(ordered)]
    known = cache.present(sorted(set(hashes)))
    missing = sorted({h: t for h, t in zip(hashes, passages(ordered)) if h not in known}.items())
    fresh: dict[str, np.ndarray] = {}
    try:
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start : start + EMBED_BATCH]
            vectors = embeddings.embed_documents([t for _, t in batch])
            fresh.update((h, np.asarray(v, dtype=np.float32)) for (h, _), v in zip(batch, vectors))
            report.embedded += len(batch)
            if len(fresh) >= CACHE_WRITE_BATCH:
                cache.put_many(fresh)
                fresh = {}
            if progress:
                progress("Nhúng điều khoản", min(start + EMBED_BATCH, len(missing)), len(missing))
    finally:
        cache.put_many(fresh)  # what was embedded is kept even if the embedder fails half way
    return cache.stack(hashes)


def passages(ordered: list[ParsedDocument]) -> Iterator[str]:
    """The passage embedded for each retrievable clause, in index order."""
    for parsed in ordered:
        for clause in parsed.clauses:
            yield passage_text(parsed.document, clause)


def catalog_rows(ordered: list[ParsedDocument]) -> Iterator[CatalogRow]:
    """Catalog rows in index order, lexical tokens computed as each is reached (never all at once).

    A document's header and signature blocks come first: cited, never retrieved, never tokenized.
    """
    glossary = load_glossary()
    for parsed in ordered:
        for block in (parsed.header, parsed.closing):
            if block is not None:
                yield CatalogRow(block, [], [])
        for clause in parsed.clauses:
            lexical = _lexical_text(clause, glossary)
            yield CatalogRow(clause, folded_tokens(lexical), plain_tokens(lexical))


def build_rows(documents: dict[str, ParsedDocument]) -> tuple[list[Document], list[CatalogRow], list[str]]:
    """Catalog rows (headers included, lexical tokens computed) and the passages to embed, in index order,
    as lists (for a small corpus; `ingest` streams them)."""
    ordered = [documents[k] for k in sorted(documents)]
    return [p.document for p in ordered], list(catalog_rows(ordered)), list(passages(ordered))


def _add_vectors(collection, batch: list[Clause], vectors: np.ndarray, start: int, progress: Progress | None) -> int:
    """Add a batch of clauses, the first at position `start`, to Chroma; the position after it."""
    end = start + len(batch)
    collection.add(
        ids=[c.id for c in batch],
        embeddings=vectors[start:end],
        metadatas=[{"document_id": c.document_id, "position": start + i} for i, c in enumerate(batch)],
    )
    if progress:
        progress("Ghi chỉ mục", end, len(vectors))
    return end


def write_generation(
    settings: EngineSettings,
    embedder_id: str,
    documents: list[Document],
    rows: Iterable[CatalogRow],
    vectors: np.ndarray,
    progress: Progress | None = None,
) -> Manifest:
    """Write a complete new generation and make it current; on any failure remove what was written.

    `rows` are read once, in order, and written as they come: the catalog, the lexical index and the
    Chroma collection in batches. `vectors` holds one row per clause row of kind "clause", in order.
    """
    generation = new_generation()
    directory = generation_dir(settings, generation)
    client = chroma_client(settings)
    name = collection_name(generation)
    try:
        collection = client.create_collection(name, metadata={"hnsw:space": "cosine"}, embedding_function=None)
        lexical = LexicalBuilder()
        batch: list[Clause] = []
        written = 0
        with CatalogWriter(directory, documents) as catalog:
            for row in rows:
                catalog.add(row)
                if row.clause.kind != "clause":
                    continue
                lexical.add(row.folded, row.plain)
                batch.append(row.clause)
                if len(batch) == CHROMA_BATCH:
                    written, batch = _add_vectors(collection, batch, vectors, written, progress), []
            if batch:
                written = _add_vectors(collection, batch, vectors, written, progress)
        lexical.finish().save(directory)
        save_vectors(directory, vectors)
        manifest = Manifest(
            format=INDEX_FORMAT,
            embedder=embedder_id,
            dimension=int(vectors.shape[1]) if len(vectors) else 0,
            generation=generation,
            collection=name,
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            documents=len(documents),
            clauses=written,
            passages=PASSAGE_FORMAT,
            reading=reading(settings),
        )
        write_manifest(settings, manifest)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        try:
            client.delete_collection(name)
        except Exception:
            pass  # the collection was never created
        raise
    prune_generations(settings, client, generation)
    return manifest


def ingest(
    settings: EngineSettings,
    paths: list[Path] | None = None,
    rebuild: bool = False,
    embeddings: Embeddings | None = None,
    progress: Progress | None = None,
    ocr: OcrMode = "auto",
) -> IngestReport:
    """Bring the index in line with the documents under `paths` (default: the corpus folder).

    The uploads folder (`CTD_DATA_DIR/uploads/`) is always ingested too, so a rebuild keeps uploads.

    Args:
        settings: where the index lives and which embedder builds it.
        paths: files or folders; documents previously ingested from under these paths whose
            files are gone are removed; documents from elsewhere are kept.
        rebuild: ignore the current index and build one from `paths` alone.
        embeddings: an embedder already built (the API's); built from settings otherwise.
        progress: called as (stage, done, total) while reading scans, embedding and writing.
        ocr: "auto" reads images and PDF pages without a usable text layer by OCR, "always" every
            page of every PDF, "never" none (scans are then refused).

    Returns:
        The report: documents, clauses, new / updated / unchanged / removed, failures.
    """
    started = time.perf_counter()
    paths = [Path(p) for p in (paths or [settings.corpus_dir])]
    for path in paths:
        if not path.exists():
            raise CtdError(f"{path}: không tồn tại (cần một tệp hoặc thư mục văn bản).")
    uploads = uploads_dir(settings)
    if uploads.is_dir() and not any(_is_within(str(uploads), [p.resolve()]) for p in paths):
        paths.append(uploads)
    if embeddings is None:
        from retrieval.index.embeddings import build_embeddings

        embeddings = build_embeddings(settings)
    report = IngestReport()
    with _ingest_lock(settings):
        current = reading(settings)
        previous, stale = _load_previous(settings, embeddings.embedder_id, rebuild, current)
        aliases = AliasTable.load(settings.aliases_file)
        documents = _collect(paths, previous, aliases, report, ocr_options(settings, ocr), progress, stale)
        manifest = read_manifest(settings) if not rebuild else None
        if report.changed or manifest is None or rebuild or not _read_as_now(manifest, current):
            if not documents:
                raise CtdError("Không có văn bản nào đọc được: chỉ mục cũ được giữ nguyên.")
            ordered = [documents[k] for k in sorted(documents)]
            cache = EmbeddingCache(Path(settings.data_dir) / "embeddings.sqlite3", embeddings.embedder_id)
            vectors = _embed(embeddings, cache, ordered, progress, report)
            manifest = write_generation(
                settings, embeddings.embedder_id, [p.document for p in ordered], catalog_rows(ordered), vectors, progress
            )
        report.generation = manifest.generation
        report.documents = manifest.documents
        report.clauses = manifest.clauses
    report.seconds = round(time.perf_counter() - started, 3)
    return report
