"""Add and remove documents uploaded through a channel (the HTTP API, the admin page, Telegram).

An upload is checked before anything is kept: its type by content (PDF, DOCX, Markdown or text,
PNG/JPEG/TIFF), its size and page count against the settings, and then it is read and parsed in a
staging folder (OCR included, with page progress). Only a file that yields clauses is moved into
`CTD_DATA_DIR/uploads/` — with the title, number, date and issuer given beside it in a
`<file>.meta.yaml` sidecar — and ingested incrementally; the assistant swaps the new index in before
`add` returns. A bad file never reaches the index. Uploads are ingested with the corpus on every
`ctd ingest`, so a rebuild keeps them; removing one deletes its file and ingests again.
"""

import re
import shutil
import threading
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from bot.settings import Settings
from retrieval.errors import CtdError, LoadError
from retrieval.models import Clause, Document, ParsedDocument
from retrieval.text import slug

STAGING = ".staging"
TEXT_SUFFIXES = (".md", ".txt")
ACCEPTED = "tệp PDF, DOCX, Markdown/TXT hoặc ảnh (PNG, JPG, TIFF)"
OVERRIDES = ("title", "number", "date", "issuer")

PageProgress = Callable[[int, int], None]

_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


class UploadError(CtdError):
    """An upload refused: an HTTP-like status, a stable code and a Vietnamese message."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass
class OutlineItem:
    """One entry of a document's outline: a first- or second-level part and how many clauses it holds."""

    label: str
    clauses: int
    children: list["OutlineItem"] = field(default_factory=list)


@dataclass
class AddedDocument:
    """What an upload became: the document as indexed, its clauses, and what is worth a look."""

    document: Document
    clauses: int
    warnings: list[str]
    replaced: bool = False


def low_confidence_note(pages: list[int], confidence: float | None) -> str:
    """One line naming the OCR pages to check: "OCR chưa chắc ở trang 2, 5 (độ tin cậy trung bình 71%): …"."""
    mean = f" (độ tin cậy trung bình {confidence:.0f}%)" if confidence is not None else ""
    return f"OCR chưa chắc ở trang {', '.join(map(str, pages))}{mean}: nên đối chiếu với bản giấy."


def sniff(path: Path, name: str | None = None) -> str | None:
    """The suffix a file's content says it is (".pdf", ".docx", ".md", ".png", …), whatever its name."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if b"%PDF-" in head[:1024]:
        return ".pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if head.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return ".tif"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as package:
                return ".docx" if "word/document.xml" in package.namelist() else None
        except zipfile.BadZipFile:
            return None
    if _is_text(path):
        return ".md" if (name or "").lower().endswith(".md") or head.startswith(b"---") else ".txt"
    return None


def _is_text(path: Path) -> bool:
    data = path.read_bytes()
    try:
        text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except UnicodeDecodeError:
        return False
    return bool(text.strip()) and not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)


def page_count(path: Path, suffix: str) -> int | None:
    """Pages of a PDF or a TIFF (None for other types); UploadError 422 when it cannot be opened."""
    try:
        if suffix == ".pdf":
            from pypdf import PdfReader

            reader = PdfReader(str(path))
            if reader.is_encrypted and not _opens_without_password(reader):
                raise UploadError(422, "encrypted_file", "Tệp PDF được mã hóa bằng mật khẩu: hãy gửi bản không khóa.")
            return len(reader.pages)
        if suffix == ".tif":
            from PIL import Image

            with Image.open(path) as image:
                return getattr(image, "n_frames", 1)
    except UploadError:
        raise
    except Exception as exc:  # pypdf and Pillow raise many kinds of errors on a damaged file
        kind = "PDF" if suffix == ".pdf" else "ảnh"
        raise UploadError(422, "corrupt_file", f"Tệp {kind} bị hỏng, không đọc được.") from exc
    return None


def _opens_without_password(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises DependencyError for AES without a crypto library
        return False


def check_overrides(values: dict[str, str | None]) -> dict[str, str]:
    """The given title, number, date and issuer, trimmed and checked (date "29/3/2024" → "2024-03-29")."""
    from retrieval.ingest.metadata import DATE_FORMS, NUMBER_FORMS, check_date, check_number

    clean: dict[str, str] = {}
    for name in OVERRIDES:
        value = " ".join((values.get(name) or "").split())
        if not value:
            continue
        if name == "date":
            day = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
            if day:
                try:
                    value = date(int(day.group(3)), int(day.group(2)), int(day.group(1))).isoformat()
                except ValueError:
                    pass
            checked = check_date(value)
            if checked is None:
                raise UploadError(422, "invalid_date", f"Ngày «{value}» không hợp lệ — {DATE_FORMS} (hoặc ngày/tháng/năm).")
            value = checked
        elif name == "number":
            checked = check_number(value)
            if checked is None:
                raise UploadError(422, "invalid_number", f"Số hiệu «{value}» không hợp lệ — {NUMBER_FORMS}.")
            value = checked
        elif len(value) > 500:
            raise UploadError(422, "invalid_request", f"Trường «{name}» dài quá 500 ký tự.")
        clean[name] = value
    return clean


def document_id_from(name: str | None) -> str:
    """The id an upload gets from its file name ("QĐ 895 (bản quét).pdf" → "qd-895-ban-quet")."""
    stem = slug(Path(name).stem) if name else ""
    return stem[:80].strip("-") or f"van-ban-{date.today():%Y%m%d}-{uuid.uuid4().hex[:6]}"


def outline(parsed: ParsedDocument) -> list[OutlineItem]:
    """The document's first two levels (by clause path), each with the number of clauses under it."""
    items: dict[str, OutlineItem] = {}
    for clause in parsed.clauses:
        top = items.get(clause.path[0])
        if top is None:
            top = items[clause.path[0]] = OutlineItem(_part_label(clause, 0), 0)
        top.clauses += 1
        if len(clause.path) > 1:
            child = next((c for c in top.children if c.label == _part_label(clause, 1)), None)
            if child is None:
                child = OutlineItem(_part_label(clause, 1), 0)
                top.children.append(child)
            child.clauses += 1
    return list(items.values())


def _part_label(clause: Clause, level: int) -> str:
    """"Mục III — TỔ CHỨC THỰC HIỆN": the label's part at `level` and the heading it carries, if any."""
    parts = [part.strip() for part in clause.label.split(",")]
    label = parts[min(level, len(parts) - 1)]
    heading = clause.headings[level] if len(clause.headings) > level and len(clause.path) > level + 1 else ""
    heading = re.sub(r"^\S+[.)\-–]\s*", "", heading) if heading else ""
    return f"{label[:1].upper()}{label[1:]} — {heading}" if heading else f"{label[:1].upper()}{label[1:]}"


class Uploads:
    """Add and remove uploaded documents of one assistant; one change at a time per data directory."""

    def __init__(self, settings: Settings, assistant):
        from retrieval.ingest.pipeline import uploads_dir

        self.settings = settings
        self.assistant = assistant
        self.folder = uploads_dir(settings)
        with _locks_guard:
            self._lock = _locks.setdefault(self.folder.resolve(), threading.Lock())

    @property
    def max_bytes(self) -> int:
        return int(self.settings.max_upload_mb * 1024 * 1024)

    def too_large(self) -> UploadError:
        limit = f"{self.settings.max_upload_mb:g}"
        return UploadError(413, "file_too_large", f"Tệp quá lớn: tối đa {limit} MB (CTD_MAX_UPLOAD_MB).")

    def is_upload(self, document: Document) -> bool:
        """True for a document whose file lives in the uploads folder (it can be removed here)."""
        try:
            return Path(document.path).resolve().parent == self.folder.resolve()
        except OSError:
            return False

    def add(
        self,
        source: Path,
        name: str | None = None,
        overrides: dict[str, str | None] | None = None,
        progress: PageProgress | None = None,
    ) -> AddedDocument:
        """Check, read and index an uploaded file; raise UploadError (413/415/422/409/503) otherwise.

        Args:
            source: the received bytes, in a file the caller owns (it is copied, never moved).
            name: the file name the sender gave (it gives the document id), if any.
            overrides: title, number, date, issuer to use instead of what the header says.
            progress: called (pages done, pages) while a scan is read.
        """
        if source.stat().st_size > self.max_bytes:
            raise self.too_large()
        if source.stat().st_size == 0:
            raise UploadError(422, "empty_file", "Tệp rỗng.")
        suffix = sniff(source, name)
        if suffix is None:
            raise UploadError(415, "unsupported_file", f"Định dạng tệp không được hỗ trợ: chỉ nhận {ACCEPTED}.")
        pages = page_count(source, suffix)
        if pages is not None and pages > self.settings.max_pages:
            raise UploadError(
                422, "too_many_pages", f"Tệp có {pages} trang, vượt giới hạn {self.settings.max_pages} trang (CTD_MAX_PAGES)."
            )
        metadata = check_overrides(overrides or {})
        document_id = self._free_id(document_id_from(name))
        staging = self.folder / STAGING / uuid.uuid4().hex
        staging.mkdir(parents=True)
        try:
            staged = staging / f"{document_id}{suffix}"
            shutil.copyfile(source, staged)
            if metadata:
                _write_sidecar(staged, metadata)
            parsed = self._read(staged, document_id, progress)
            with self._lock:
                replaced = self._install(staged, document_id)
                added = self._index(document_id, replaced, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        added.warnings = _warnings(parsed) + added.warnings
        return added

    def remove(self, document_id: str) -> None:
        """Delete an uploaded document's file and take it out of the index (404/409 otherwise)."""
        parsed = self.assistant.document(document_id)
        if parsed is None:
            raise UploadError(404, "document_not_found", "Không tìm thấy văn bản này.")
        if not self.is_upload(parsed.document):
            raise UploadError(
                409,
                "not_an_upload",
                "Văn bản này nằm trong thư mục văn bản nguồn, không phải tệp tải lên: xóa tệp ở đó rồi chạy `ctd ingest`.",
            )
        with self._lock:
            path = Path(parsed.document.path)
            for file in (path, path.with_name(path.name + ".meta.yaml")):
                file.unlink(missing_ok=True)
            self._reindex()

    # -- steps -----------------------------------------------------------------------------------

    def _free_id(self, document_id: str) -> str:
        """The id itself when free or held by an earlier upload (replaced); else the id with "-2", "-3"…"""
        candidate, n = document_id, 1
        while True:
            existing = self.assistant.document(candidate)
            if existing is None or self.is_upload(existing.document):
                return candidate
            n += 1
            candidate = f"{document_id}-{n}"

    def _read(self, staged: Path, document_id: str, progress: PageProgress | None) -> ParsedDocument:
        """Load and parse the staged file the way ingest will (the OCR it does is cached for ingest)."""
        from retrieval.ingest.loaders import load_document
        from retrieval.ingest.ocr import OcrUnavailableError
        from retrieval.ingest.parser import parse_document
        from retrieval.ingest.pipeline import ocr_options

        try:
            loaded = load_document(staged, ocr_options(self.settings, "auto", progress))
            parsed = parse_document(loaded, document_id, self.assistant.aliases)
        except OcrUnavailableError as exc:
            raise UploadError(503, "ocr_unavailable", f"Máy chủ chưa đọc được văn bản quét: {exc.reason}.") from exc
        except LoadError as exc:
            raise UploadError(422, "unreadable_file", f"{exc.reason[:1].upper()}{exc.reason[1:]}.") from exc
        if not parsed.clauses:
            raise UploadError(422, "no_clauses", "Không tìm thấy nội dung (điều khoản) nào trong tệp.")
        return parsed

    def _install(self, staged: Path, document_id: str) -> list[Path]:
        """Move the staged file (and sidecar) into the uploads folder; earlier files of that id go to
        staging, so a failed ingest can put them back. Returns what was set aside."""
        aside = []
        for old in self.folder.glob(f"{document_id}.*"):
            if old.is_file():
                kept = staged.parent / f"previous-{old.name}"
                old.replace(kept)
                aside.append(kept)
        for file in staged.parent.glob(f"{staged.name}*"):
            file.replace(self.folder / file.name)
        return aside

    def _index(self, document_id: str, aside: list[Path], staging: Path) -> AddedDocument:
        installed = list(self.folder.glob(f"{document_id}.*"))
        try:
            report = self._reindex()
            failure = next((f for f in report.failures if Path(f.path).name.startswith(f"{document_id}.")), None)
            parsed = self.assistant.document(document_id)
            if failure is not None or parsed is None:
                reason = failure.reason if failure else "không nạp được vào chỉ mục"
                raise UploadError(422, "unreadable_file", f"{reason[:1].upper()}{reason[1:]}.")
        except BaseException:
            for file in installed:
                file.unlink(missing_ok=True)
            for kept in aside:
                kept.replace(self.folder / kept.name.removeprefix("previous-"))
            raise
        warnings = [low_confidence_note(parsed.document.ocr_low_pages, parsed.document.ocr_confidence)] if parsed.document.ocr_low_pages else []
        return AddedDocument(parsed.document, len(parsed.clauses), warnings, replaced=bool(aside))

    def _reindex(self):
        try:
            return self.assistant.reindex([self.folder])
        except CtdError as exc:
            raise UploadError(409, "index_busy", f"Chưa cập nhật được chỉ mục: {exc} Vui lòng thử lại sau.") from exc


def _write_sidecar(path: Path, metadata: dict[str, str]) -> None:
    from retrieval.ingest.loaders import sidecar_path

    sidecar_path(path).write_text(yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _warnings(parsed: ParsedDocument) -> list[str]:
    """What the reader could not find or use: metadata problems, a missing number or date."""
    warnings = list(parsed.warnings)
    if not parsed.document.number:
        warnings.append("Không thấy số hiệu văn bản trong phần đầu: nếu văn bản có số, hãy nhập trường số hiệu.")
    if not parsed.document.date:
        warnings.append("Không thấy ngày ban hành trong phần đầu: hãy nhập trường ngày nếu cần.")
    return warnings
