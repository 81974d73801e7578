"""Read source files (.md, .txt, .docx, .pdf) into text and the metadata they declare.

Markdown and text keep their characters as in the file (offsets point into it); .docx and .pdf
are extracted to text with blank lines between paragraphs. A file that cannot be read raises
`LoadError(path, reason)` with a short Vietnamese reason.
"""

import datetime
import hashlib
import re
from pathlib import Path

import yaml

from retrieval.errors import LoadError
from retrieval.ingest.header import MARKER_RE, is_caps, join_page_breaks
from retrieval.models import LoadedDocument
from retrieval.text import nfc, slug

SUPPORTED = {".md", ".txt", ".docx", ".pdf"}

UNREADABLE = "không đọc được"
EMPTY = "tệp rỗng"
ENCRYPTED = "PDF được mã hóa"
SCANNED = "PDF không có lớp văn bản (ảnh quét)"
UNSUPPORTED = "định dạng không hỗ trợ"
BAD_FRONT_MATTER = "front matter YAML lỗi"

FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
PAGE_NUMBER_RE = re.compile(r"^(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?$", re.IGNORECASE)
COLUMN_GAP_RE = re.compile(r" {5,}")


def discover(paths: list[Path]) -> list[Path]:
    """Files to load under `paths`: folders recursively (supported, not hidden, not README.md), files as named.

    A file named explicitly is kept whatever its extension, so that loading it reports why it is refused.
    """
    found: set[Path] = set()
    for path in paths:
        if not path.is_dir():
            found.add(path)
            continue
        for file in path.rglob("*"):
            relative = file.relative_to(path).parts
            if (
                file.is_file()
                and file.suffix.lower() in SUPPORTED
                and file.name.lower() != "readme.md"
                and not any(part.startswith(".") for part in relative)
            ):
                found.add(file)
    return sorted(found)


def document_id_for(path: Path) -> str:
    """The document id of a file: the slug of its stem ("KH UBND Lai Châu.md" → "kh-ubnd-lai-chau")."""
    return slug(path.stem)


def load_document(path: Path) -> LoadedDocument:
    """Read one file into a LoadedDocument, or raise LoadError naming the file and the reason.

    Args:
        path: a .md, .txt, .docx or .pdf file.

    Returns:
        The body text (after any YAML front matter), where it starts in the file, the front matter
        as a dict (empty without), the format and the sha256 of the file bytes.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(str(path), f"{UNSUPPORTED} ({suffix or 'không có đuôi tệp'})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(str(path), f"{UNREADABLE} ({exc.strerror or exc})") from exc
    if not data.strip():
        raise LoadError(str(path), EMPTY)
    if suffix in (".md", ".txt"):
        text, offset, metadata = _read_text(path, data)
    elif suffix == ".docx":
        text, offset, metadata = _read_docx(path), 0, {}
    else:
        text, offset, metadata = _read_pdf(path), 0, {}
    if not text.strip():
        raise LoadError(str(path), EMPTY)
    return LoadedDocument(
        path=str(path),
        format=suffix[1:],
        text=text,
        body_offset=offset,
        metadata=metadata,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _decode(path: Path, data: bytes) -> str:
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(str(path), f"{UNREADABLE} (không phải văn bản UTF-8)") from exc
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        raise LoadError(str(path), f"{UNREADABLE} (tệp nhị phân)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_text(path: Path, data: bytes) -> tuple[str, int, dict]:
    """Text after an optional YAML front matter, its offset, and the front matter."""
    text = nfc(_decode(path, data))
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return text, 0, {}
    try:
        metadata = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", dòng {mark.line + 1}" if mark is not None else ""
        raise LoadError(str(path), f"{BAD_FRONT_MATTER}{where}") from exc
    if not isinstance(metadata, dict):
        raise LoadError(str(path), f"{BAD_FRONT_MATTER} (không phải bảng khóa: giá trị)")
    offset = match.end()
    while text[offset:offset + 1] == "\n":
        offset += 1
    return text[offset:], offset, {str(k): _plain_value(v) for k, v in metadata.items()}


def _plain_value(value):
    """YAML dates back to ISO strings, so front matter values are JSON-safe."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    return value


def _read_docx(path: Path) -> str:
    """Paragraphs (headings as Markdown "#"), then table cells in reading order, blank-line separated."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zipfile, KeyError or its own errors on a bad package
        raise LoadError(str(path), f"{UNREADABLE} (tệp .docx hỏng)") from exc
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_table_cells(item))
            continue
        text = item.text.strip()
        style = item.style.name if item.style is not None else ""
        level = re.match(r"Heading (\d)", style or "")
        if text:
            blocks.append(f"{'#' * int(level.group(1))} {text}" if level else text)
    return nfc("\n\n".join(blocks))


def _table_cells(table) -> list[str]:
    cells: list[str] = []
    seen: list = []  # cell elements kept alive, so identity compares are sound
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is element for element in seen):  # a merged cell repeats once per column it spans
                continue
            seen.append(cell._tc)
            cells.extend(p.text.strip() for p in cell.paragraphs if p.text.strip())
    return cells


def _read_pdf(path: Path) -> str:
    """Page texts, wrapped lines rejoined into paragraphs, sentences split by page breaks rejoined."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not _decrypts(reader):
            raise LoadError(str(path), ENCRYPTED)
        pages = [_page_text(page) for page in reader.pages]
    except LoadError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise LoadError(str(path), f"{UNREADABLE} (tệp PDF hỏng)") from exc
    if not any(page.strip() for page in pages):
        raise LoadError(str(path), SCANNED)
    return nfc(join_page_breaks("\n\n".join(page for page in pages if page.strip())))


def _decrypts(reader) -> bool:
    """An encrypted PDF opens only when it has no user password (permissions-only encryption)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises DependencyError for AES without a crypto library
        return False


def _page_text(page) -> str:
    try:
        raw = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode fails on some fonts; plain mode still reads the text
        raw = page.extract_text() or ""
    lines = [" ".join(part.split()) for line in raw.split("\n") for part in COLUMN_GAP_RE.split(line.strip())]
    while lines and (not lines[0] or PAGE_NUMBER_RE.match(lines[0])):
        lines.pop(0)
    while lines and (not lines[-1] or PAGE_NUMBER_RE.match(lines[-1])):
        lines.pop()
    return _reflow(lines)


def _reflow(lines: list[str]) -> str:
    """Join lines a PDF wrapped inside a paragraph; a blank line stays a paragraph break."""
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = last = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
        elif current and _wraps(last, line, width):
            current += " " + line
        else:
            current = f"{current}\n{line}" if current else line
        last = line or last
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _wraps(last: str, line: str, width: int) -> bool:
    """A full-width line followed by one that starts no item continues the same paragraph."""
    if len(last) < 0.75 * width or is_caps(line) or is_caps(last):
        return False
    return not MARKER_RE.match(line) or bool(re.match(r"^[-–]\s+[a-zà-ỹđ]", line))
