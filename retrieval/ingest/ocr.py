"""Read scans: page images through Tesseract's Vietnamese model, then the text cleaned for the parser.

Tesseract (Debian `tesseract-ocr` + `tesseract-ocr-vie`) is run as a command, one page at a time,
with `OMP_THREAD_LIMIT=1` (on a busy two-core machine its OpenMP threads make a page 4× slower), the
page image on standard input and its words, boxes and confidences as TSV on standard output. PDF pages
are rasterised with pdfium (`pypdfium2`) at the resolution of their scanned image.

From the words this module rebuilds what a typed file holds:
- lines split where a wide gap separates two columns, and a two-column block (the issuer and number
  beside the national motto and the date, "Nơi nhận" beside the signature) read left column first;
- wrapped lines joined into paragraphs (a first-line indent, a short line, a wider gap or an item
  marker starts a new one), a line ending in a hyphen joined to the next without a space;
- page numbers and running headers/footers dropped;
- NFC, detached diacritics reattached, "ð" read as "đ", a few frequent misreadings corrected.

Each OCR'd page keeps its mean word confidence; pages below `LOW_CONFIDENCE` are named in reports.
The recognised words of a page are cached under the data directory, keyed by the file's hash, so a
rebuild or a second reading of the same upload does not run Tesseract again.
"""

import functools
import hashlib
import io
import os
import re
import shutil
import statistics
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from retrieval.errors import LoadError
from retrieval.ingest.header import MARKER_RE, goes_on, is_caps

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = ("auto", "always", "never")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
LANGUAGE = "vie"
INSTALL_COMMAND = "sudo apt-get install tesseract-ocr tesseract-ocr-vie"
LOW_CONFIDENCE = 80.0  # mean word confidence (0–100) under which a page is named for a check
DEFAULT_DPI = 300  # pages without a scanned image (a PDF whose text layer is garbled)
MIN_DPI, MAX_DPI = 150, 400
PAGE_TIMEOUT_S = 300
CACHE_FORMAT = "2"  # 2: pages read through their red channel

PageProgress = Callable[[int, int], None]

# (a speck after it read as a stop: "2.")
PAGE_NUMBER_RE = re.compile(r"^(?:Trang\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*/\s*\d{1,4})?\.?$", re.IGNORECASE)
TERMINAL_RE = re.compile(r"[.:;!?…][”\"’')]*$")
SPACED_MARK_RE = re.compile(r"(?<=\w)\s+(?=[\u0300-\u036f])")
SPACING_ACCENTS = {"\u00b4": "\u0301", "\u02ca": "\u0301", "\u0060": "\u0300", "\u02cb": "\u0300", "\u02dc": "\u0303"}
SPACING_ACCENT_RE = re.compile(r"(?<=[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[´ˊ`ˋ˜]")
LOOKALIKES = str.maketrans({"ð": "đ", "Ð": "Đ", "ƒ": "f", "\u00ad": "", "\ufb01": "fi", "\ufb02": "fl"})
# Whole-word misreadings the Vietnamese model makes on common words of directives.
MISREADINGS = {
    "tỉnh thần": "tinh thần",
    "Tỉnh thần": "Tinh thần",
    "CHỦ TICH": "CHỦ TỊCH",  # (the dot under a capital lost)
    # (a dot under "a" read into the word "ban" of a body's name: "Ủy bạn nhân dân", "Bạn Chỉ huy Quân sự")
    "ỦY BẠN": "ỦY BAN", "UỶ BẠN": "UỶ BAN", "Ủy bạn": "Ủy ban", "Uỷ bạn": "Uỷ ban",
    "Bạn Chỉ huy": "Ban Chỉ huy", "Bạn Thường vụ": "Ban Thường vụ", "Bạn Chấp hành": "Ban Chấp hành",
}
NOISE_CONF = 30  # a word read with less confidence is noise when it stands alone, short, as a column of its own
# marks a scan's noise is read as, which no text writes alone at a line's or a column's ends ("ỦY BAN NHÂN DÂN _.")
SPECK_MARKS = frozenset("_`'.,:;^ˆ„\"")
STRAY_MARKS = frozenset("`^ˆ„_")  # of those, the ones no text writes alone anywhere
# noise glued before a word's first letter or digit: a run of marks that holds one no text opens a word with ("-'Kính")
GLUED_NOISE_RE = re.compile(r"[^\w\s]*[`'_^ˆ„][^\w\s]*")
MISREAD_SUMMARY_RE = re.compile(r"(?m)^VW\.?(?=\s)")  # a subject's "V/v" read as "VW."
# an item's number whose stop is read as a colon, a comma or a percent sign before its title ("1: Hội Chữ thập đỏ xã",
# "5, Trạm Y tế", "2% Bệnh viện"), a speck read as a quote before it or not ("\"1: Ban Thường trực …")
MISREAD_NUMBER_RE = re.compile(r"(?m)^[\"“”'„]?[ \t]*(\d{1,2})[:,%](?=\s+(\w))")
# a count's leading zero read as a letter before the unit it counts ("Q2 ngày", "O5 người"; not "Q2 năm 2027")
MISREAD_ZERO_RE = re.compile(r"(?<![\w/.-])[OQ](?=\d\s+(?!năm\b)[a-zà-ỹđ])")
# a millilitre's "ml" read as "mì" or "mi" after a number, before the bracket or the stop that ends it ("(250 mì)")
MISREAD_MILLILITRE_RE = re.compile(r"(?<=\d )m[iìí](?=[).;,]|$)", re.MULTILINE)
# a dash opening a line read as a tilde ("~ Trung tâm Y tế …"), which no text opens a line with
MISREAD_DASH_RE = re.compile(r"(?m)^~(?=\s)")
# a space read after the hyphen inside a document's number ("35/KH- UBND")
SPLIT_NUMBER_RE = re.compile(r"(\d/[A-ZĐ]{1,8}-)\s+(?=[A-ZĐ]{2,}\b)")
MISREADING_RE = re.compile(r"\b(" + "|".join(map(re.escape, MISREADINGS)) + r")\b")
# a speck read as a full stop after a word, inside a sentence: a word in lower case follows it, as none follows a
# sentence's end ("bảo đảm. mỗi phường"); not after a letter alone ("v.v. các"); or a second stop ("thập đỏ..")
# or one between "ngày" and its date ("trình trước ngày. 15/4/2026")
STRAY_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})\.(?=[ \t]+([^\W\d_]))|(?<=[^\W\d_])\.(?=\.(?!\.))"
                           r"|(?<=\bngày)\.(?=[ \t]+\d{1,2}/\d)")
VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
TYPOGRAPHY = frozenset("“”‘’–—…•·°§№«»")


class OcrUnavailableError(LoadError):
    """A scan cannot be read here: Tesseract or its Vietnamese data is missing (the reason says how to install)."""


@dataclass(frozen=True)
class OcrOptions:
    """How a loader treats pages without a usable text layer.

    `mode`: "auto" OCRs images and the PDF pages with no usable text layer, "always" every page,
    "never" none (a scan is then refused). `cache_dir` keeps recognised words per file hash.
    `progress(done, total)` is called as pages are read.
    """

    mode: OcrMode = "auto"
    cache_dir: Path | None = None
    progress: PageProgress | None = None


@dataclass
class OcrSummary:
    """What OCR did to one file: pages read, their mean confidence, the pages worth a second look."""

    pages: int = 0
    confidence: float | None = None
    low_pages: list[int] = field(default_factory=list)


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass
class Segment:
    """Words of one line between two wide gaps."""

    words: list[Word]

    @property
    def left(self) -> int:
        return self.words[0].left

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Line:
    """A line as Tesseract found it, cut into segments at column gaps."""

    segments: list[Segment]
    top: int
    bottom: int
    base: float  # the median bottom of its words: steadier than the top, which accents raise

    @property
    def left(self) -> int:
        return self.segments[0].left

    @property
    def right(self) -> int:
        return self.segments[-1].right

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


@dataclass
class Page:
    """One OCR'd page: its lines in reading order and the mean confidence of its words."""

    number: int
    lines: list[Line]
    width: int
    confidence: float | None


# -- Tesseract ------------------------------------------------------------------------------------


@functools.cache
def tesseract_problem(language: str = LANGUAGE) -> str | None:
    """Why Tesseract cannot read Vietnamese here (a one-line message with the fix), or None."""
    binary = shutil.which("tesseract")
    if binary is None:
        return f"cần Tesseract để đọc văn bản quét; cài bằng: {INSTALL_COMMAND}"
    try:
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"không chạy được Tesseract ({exc}); cài lại bằng: {INSTALL_COMMAND}"
    if language not in listed.stdout.split():
        return f"Tesseract chưa có dữ liệu tiếng Việt; cài bằng: {INSTALL_COMMAND}"
    return None


@functools.cache
def _tesseract_version() -> str:
    output = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
    return (output.stdout or output.stderr).split("\n", 1)[0].strip()


def recognise(png: bytes, dpi: int, language: str = LANGUAGE) -> str:
    """Tesseract's TSV (one row per page, block, paragraph, line and word) for one page image."""
    command = ["tesseract", "stdin", "stdout", "-l", language, "--psm", "3", "--dpi", str(dpi), "tsv"]
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(command, input=png, capture_output=True, timeout=PAGE_TIMEOUT_S, env=environment)
    except subprocess.TimeoutExpired as exc:
        raise OSError(f"Tesseract chạy quá {PAGE_TIMEOUT_S} giây cho một trang") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OSError(message[-1] if message else f"Tesseract thoát với mã {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def words_of(tsv: str) -> list[tuple[tuple[int, int, int], Word]]:
    """Words of a TSV page, each with its (block, paragraph, line) key, in Tesseract's reading order."""
    rows = tsv.splitlines()
    out = []
    for row in rows[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, height = (int(c) for c in cells[6:10])
        out.append(((int(cells[2]), int(cells[3]), int(cells[4])), Word(cells[11].strip(), left, top, width, height, float(cells[10]))))
    return out


class _Cache:
    """Recognised TSV per (file hash, page, resolution, engine), as files under the data directory."""

    def __init__(self, directory: Path | None, file_hash: str):
        self.directory = directory
        self.file_hash = file_hash

    def _path(self, page: int, dpi: int) -> Path | None:
        if self.directory is None:
            return None
        engine = hashlib.sha256(f"{CACHE_FORMAT}|{_tesseract_version()}|{LANGUAGE}|{dpi}".encode()).hexdigest()[:12]
        return self.directory / f"{self.file_hash[:32]}-{page}-{engine}.tsv"

    def get(self, page: int, dpi: int) -> str | None:
        path = self._path(page, dpi)
        return path.read_text(encoding="utf-8") if path is not None and path.exists() else None

    def put(self, page: int, dpi: int, tsv: str) -> None:
        path = self._path(page, dpi)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_text(tsv, encoding="utf-8")
        partial.replace(path)


# -- Reading files --------------------------------------------------------------------------------


def _require_tesseract(path: Path) -> None:
    if problem := tesseract_problem():
        raise OcrUnavailableError(str(path), problem)


def without_red(image):
    """A page as Tesseract reads it best: its red channel, in which a red stamp over a signature is as pale as the paper
    and the black (and blue) ink stays dark ("KT. CHỦ TỊCH … Kim Văn Thành" under the round stamp); grey as it is."""
    if image.mode in ("L", "1", "I", "I;16", "F"):
        return image.convert("L")
    return image.convert("RGB").getchannel("R")


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _ocr_pages(path: Path, images: Iterator[tuple[int, object, int]], total: int, options: OcrOptions) -> list[Page]:
    """OCR (page number, image, dpi) triples, through the cache, reporting progress page by page."""
    cache = _Cache(options.cache_dir, hashlib.sha256(path.read_bytes()).hexdigest())
    pages: list[Page] = []
    if options.progress:
        options.progress(0, total)
    for done, (number, image, dpi) in enumerate(images, 1):
        tsv = cache.get(number, dpi)
        if tsv is None:
            _require_tesseract(path)
            try:
                tsv = recognise(_png(image), dpi)
            except OSError as exc:
                raise LoadError(str(path), f"nhận dạng chữ thất bại ở trang {number} ({exc})") from exc
            cache.put(number, dpi, tsv)
        pages.append(read_page(number, words_of(tsv), image.width))
        if options.progress:
            options.progress(done, total)
    return pages


def read_image(path: Path, options: OcrOptions) -> tuple[list[str], OcrSummary]:
    """OCR an image file (every frame of a multi-page TIFF): page texts and what OCR found."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    if options.mode == "never":
        raise LoadError(str(path), "tệp ảnh cần nhận dạng chữ (OCR): bỏ --ocr never")
    try:
        image = Image.open(path)
        frames = [ImageOps.exif_transpose(without_red(frame)) for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:  # Pillow's ways to fail
        raise LoadError(str(path), "không đọc được (tệp ảnh hỏng)") from exc
    dpi = image.info.get("dpi", (DEFAULT_DPI,))[0] or DEFAULT_DPI
    dpi = int(min(max(float(dpi), MIN_DPI), MAX_DPI))
    pages = _ocr_pages(path, ((i, frame, dpi) for i, frame in enumerate(frames, 1)), len(frames), options)
    return finish(pages), summarise(pages)


def usable_text(text: str) -> bool:
    """A text layer worth keeping: some letters, and almost all characters Vietnamese or punctuation.

    Scans often carry no text or a scanner's stamp; old files typed in TCVN3/VNI fonts, or PDFs whose
    fonts lack a Unicode map, extract as symbols ("Céng hoµ", "(cid:12)") and are read as images too.
    """
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 20 or "(cid:" in text:
        return False
    odd = sum(1 for c in chars if not _expected(c))
    return odd <= 0.03 * len(chars)


def _expected(char: str) -> bool:
    if char.isascii():
        return char.isprintable()
    if char in "đĐ" or char in TYPOGRAPHY:
        return True
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0].isascii() and decomposed[0].isalpha() and all(m in VIETNAMESE_MARKS for m in decomposed[1:])


def pages_to_read(path: Path, texts: list[str], mode: OcrMode) -> list[int]:
    """0-based PDF pages to OCR: all ("always"), none ("never"), or those without a usable text layer."""
    if mode == "never":
        return []
    if mode == "always":
        return list(range(len(texts)))
    images = _image_cover(path, [i for i, text in enumerate(texts) if usable_text(text) and len(text) < 200])
    return [i for i, text in enumerate(texts) if not usable_text(text) or images.get(i, 0.0) > 0.5]


def _image_cover(path: Path, pages: list[int]) -> dict[int, float]:
    """Share of each page's area covered by its largest image (a scan with a stamped text layer)."""
    if not pages:
        return {}
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    cover: dict[int, float] = {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in pages:
            page = pdf[index]
            width, height = page.get_size()
            areas = [
                (right - left) * (top - bottom)
                for left, bottom, right, top in (o.get_bounds() for o in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
            ]
            cover[index] = max(areas, default=0.0) / max(width * height, 1.0)
    finally:
        pdf.close()
    return cover


def read_pdf_pages(path: Path, texts: list[str], options: OcrOptions) -> tuple[list[str], OcrSummary | None]:
    """Replace the text of the PDF pages `options.mode` says to OCR by their recognised text."""
    wanted = pages_to_read(path, texts, options.mode)
    if not wanted:
        return texts, None
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise LoadError(str(path), "không đọc được (tệp PDF hỏng)") from exc

    def images() -> Iterator[tuple[int, object, int]]:
        for index in wanted:
            page = pdf[index]
            dpi = _scan_dpi(page)
            yield index + 1, without_red(page.render(scale=dpi / 72).to_pil()), dpi

    try:
        pages = _ocr_pages(path, images(), len(wanted), options)
    finally:
        pdf.close()
    recognised = dict(zip(wanted, finish(pages)))
    return [recognised.get(i, text) for i, text in enumerate(texts)], summarise(pages)


def _scan_dpi(page) -> int:
    """The resolution of the page's largest image (a scan is read at its own resolution)."""
    import pypdfium2.raw as pdfium_c

    best, dpi = 0.0, DEFAULT_DPI
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        left, bottom, right, top = image.get_bounds()
        pixels_wide, _ = image.get_px_size()
        if right - left > best and pixels_wide:
            best, dpi = right - left, round(pixels_wide / ((right - left) / 72))
    return int(min(max(dpi, MIN_DPI), MAX_DPI))


def summarise(pages: list[Page]) -> OcrSummary:
    """Pages read, mean confidence over them, and the pages below `LOW_CONFIDENCE`."""
    scored = [p.confidence for p in pages if p.confidence is not None]
    return OcrSummary(
        pages=len(pages),
        confidence=round(statistics.fmean(scored), 1) if scored else None,
        low_pages=[p.number for p in pages if p.confidence is not None and p.confidence < LOW_CONFIDENCE],
    )


# -- Layout: words → lines → columns and paragraphs ----------------------------------------------


def read_page(number: int, words: list[tuple[tuple[int, int, int], Word]], width: int) -> Page:
    """Group a page's words into lines (Tesseract's), each cut at wide gaps into column segments."""
    scored = [w.conf for _, w in words if w.conf >= 0]
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for key, word in words:
        grouped.setdefault(key, []).append(word)
    heights = [w.height for _, w in words if any(c.isalpha() for c in w.text)]
    gap = 2.5 * (statistics.median(heights) if heights else 30)
    lines = []
    for line_words in grouped.values():
        line_words = _drop_specks(sorted(line_words, key=lambda w: w.left))
        if not line_words:
            continue
        segments = [Segment([line_words[0]])]
        for word in line_words[1:]:
            if word.left - segments[-1].right > gap:
                segments.append(Segment([word]))
            else:
                segments[-1].words.append(word)
        # (and a column of a mark or two read with no confidence: the rule under an issuer's name read as "To")
        segments = [Segment(kept) for segment in segments if (kept := _drop_specks(segment.words))
                    and not (all(w.conf < NOISE_CONF for w in kept) and sum(c.isalnum() for w in kept for c in w.text) <= 3)]
        if not segments:
            continue
        line_words = [w for segment in segments for w in segment.words]
        bottoms = [w.top + w.height for w in line_words]
        lines.append(Line(segments, min(w.top for w in line_words), max(bottoms), statistics.median(bottoms)))
    _deskew(lines)
    return Page(number, lines, width, statistics.fmean(scored) if scored else None)


def _deskew(lines: list[Line]) -> None:
    """Undo a scan's small rotation in the word boxes, so a margin is one x from top to bottom.

    The slope is the median of the slopes between the left ends of long lines (Theil–Sen): indented
    first lines and centred titles are too few to move it.
    """
    long = [line for line in lines if len(line.text.split()) >= 6]
    slopes = [
        (b.left - a.left) / (b.base - a.base)
        for i, a in enumerate(long)
        for b in long[i + 1 :]
        if abs(b.base - a.base) > 5 * (a.bottom - a.top)
    ]
    if len(slopes) < 3:
        return
    slope = statistics.median(slopes)
    if abs(slope) > 0.05:  # more than about 3°: not a scan's tilt, leave it to Tesseract
        return
    for line in lines:
        for segment in line.segments:
            for word in segment.words:
                word.left = round(word.left - slope * (word.top + word.height))


def _drop_specks(words: list[Word]) -> list[Word]:
    """Drop marks without a letter or digit from a line's or a column's ends: unsure ones (noise read as ":" or "'"),
    and any of marks no text writes there ("_.", "..", "`"); and the noise glued before a word ("-'Kính gửi")."""
    def speck(word: Word) -> bool:
        return not any(c.isalnum() for c in word.text) and (word.conf < 60 or set(word.text) <= SPECK_MARKS)

    for word in words:
        if (glued := GLUED_NOISE_RE.match(word.text)) and glued.end() < len(word.text):
            word.text = word.text[glued.end():]
    words = [w for w in words if not set(w.text) <= STRAY_MARKS]  # ("Tổ quốc ` Việt Nam": anywhere in the line)

    while words and speck(words[0]):
        words = words[1:]
    while words and speck(words[-1]):
        words = words[:-1]
    return words if any(any(c.isalnum() for c in w.text) for w in words) else []


def finish(pages: list[Page]) -> list[str]:
    """The cleaned text of each page: furniture dropped, columns read in order, paragraphs joined."""
    furniture = _running_lines(pages)
    out = []
    for page in pages:
        lines = _strip_furniture(page.lines, furniture)
        out.append(clean_text(_page_layout(lines, page.width)))
    return out


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _running_lines(pages: list[Page]) -> set[str]:
    """Lines repeated at the top or bottom of several pages: a running header or footer."""
    if len(pages) < 2:
        return set()
    seen: dict[str, int] = {}
    for page in pages:
        edges = {_key(line.text) for line in page.lines[:2] + page.lines[-2:] if len(line.text) <= 80}
        for key in edges:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= max(2, len(pages) // 2 + 1)}


def _strip_furniture(lines: list[Line], running: set[str]) -> list[Line]:
    lines = list(lines)

    def furniture(line: Line) -> bool:
        return bool(PAGE_NUMBER_RE.match(line.text)) or _key(line.text) in running

    while lines and furniture(lines[0]):
        lines.pop(0)
    while lines and furniture(lines[-1]):
        lines.pop()
    return lines


@dataclass
class _Metrics:
    """The page's text frame: left and right margins, a character's width, the line step."""

    left: float
    right: float
    char: float
    step: float

    @classmethod
    def of(cls, lines: list[Line], width: int) -> "_Metrics":
        single = [line for line in lines if len(line.segments) == 1] or lines
        widest = max(line.right - line.left for line in single)
        full = [line for line in single if line.right - line.left >= 0.7 * widest]  # body lines, not titles
        lefts = sorted(line.left for line in full)
        rights = sorted(line.right for line in full)
        words = [w for line in lines for s in line.segments for w in s.words if len(w.text) >= 3]
        char = statistics.median(w.width / len(w.text) for w in words) if words else width / 80
        steps = [b.base - a.base for a, b in zip(lines, lines[1:]) if 0 < b.base - a.base < 3 * (a.bottom - a.top)]
        heights = [line.bottom - line.top for line in lines]
        step = statistics.median(steps) if steps else 1.5 * (statistics.median(heights) if heights else 30)
        return cls(lefts[len(lefts) // 10] if lefts else 0, rights[(len(rights) * 9) // 10] if rights else width, char, step)

    def full(self, line: Line) -> bool:
        return line.right >= self.right - 3 * self.char

    def indented(self, line: Line) -> bool:
        return line.left > self.left + 1.5 * self.char


def _page_layout(lines: list[Line], width: int) -> str:
    """Blocks of the page as text: column runs line by line, the rest as joined paragraphs."""
    if not lines:
        return ""
    metrics = _Metrics.of(lines, width)
    blocks: list[list[str]] = []
    i = 0
    while i < len(lines):
        if table := _table_run(lines, i, metrics):
            end, rows = table
            blocks.append(rows)
        elif run := _column_run(lines, i, metrics):
            end, left, right = run
            blocks += [left, right]
        else:
            end = _paragraph_end(lines, i, metrics)
            blocks.append(_paragraphs(lines, i, end, metrics))
        i = end
    return "\n\n".join("\n".join(block) for block in blocks if block)


RULE_WORD_RE = re.compile(r"^[|_\[\]]+$")  # a table's ruling read as characters: "|", "_", "]"
RULE_EDGE_RE = re.compile(r"^[|_\[\]]+|[|_\[\]]+$")
TOTAL_ROW_RE = re.compile(r"(?:Tổng\s+cộng|Tổng\s+số|Cộng|Tổng)\b", re.IGNORECASE)
NUMBER_HEAD_RE = re.compile(r"S?TT|Số\s+TT|STT\.?", re.IGNORECASE)  # the head of a table's column of row numbers
ROW_MARK_RE = re.compile(r"(?:\d{1,3}|[IVX]{1,4})[.:]?")  # a row's number, or a group's ("II. CÁ NHÂN")
ROW_NUMBER_RE = re.compile(r"^(\d{1,3}\.?)\s+(\S.*)$")  # "1 Xã Lệ Giang": a row's number run into its first cell
MIN_TABLE_COLUMNS = 3
HEADER_WRAPPED_LINES = 2  # the most lines a table header's cells wrap over, above or below its line
HEADER_LINE_STEP = 1.2  # how far apart, in line steps, the lines of a wrapped header stand at most
MIN_TABLE_ROWS = 2


def _cells(line: Line) -> list[Segment]:
    """A line's segments, cut again where a ruling read as a character stands between words ("2_ | Xã Phú Thủy")."""
    cells: list[Segment] = []
    for segment in line.segments:
        current: list[Word] = []
        for word in segment.words:
            if RULE_WORD_RE.match(word.text):
                if current:
                    cells.append(Segment(current))
                current = []
                continue
            current.append(word)
        if current:
            cells.append(Segment(current))
    return cells


def _table_run(lines: list[Line], start: int, metrics: _Metrics) -> tuple[int, list[str]] | None:
    """A ruled table starting at `start`: a header line of three cells or more, then rows whose words stand under
    its columns. A table numbering its rows ("TT", "STT") opens a row at each number and reads the lines between
    as the cells of the row above wrapped ("Hội Chữ thập đỏ phường Mỹ" over "Tho"); another one reads each line
    of two cells or more as a row. (end, its rows as "cell | cell" lines), or None."""
    # (a header whose cells wrap over lines above and below the line of its single-line cells: "Chỉ tiêu vận" over
    # "STT  Đơn vị  động (triệu  …" over "đồng)")
    tops = next((k for k in range(1, HEADER_WRAPPED_LINES + 1) if start + k < len(lines)
                 and len(_cells(lines[start + k])) >= MIN_TABLE_COLUMNS), 0) if len(_cells(lines[start])) < MIN_TABLE_COLUMNS else 0
    at = start + tops
    header = _cells(lines[at])
    if len(header) < MIN_TABLE_COLUMNS:
        return None
    # (a header's cells are centred over their columns: a column ends halfway to the next header cell)
    bounds = [(a.right + b.left) / 2 for a, b in zip(header, header[1:])]
    above = lines[start:at]
    # (no header: the rows a page break carried over, the first opening on its number, "5_ |Phường 1 Bảo Lộc  420  85")
    headless = not tops and bool(ROW_MARK_RE.fullmatch(RULE_EDGE_RE.sub("", header[0].words[0].text)))
    below = [] if headless else _header_wrapped(lines, at, header, metrics)
    if not all(_wraps_header(line, previous, header, metrics) for line, previous in zip(above, lines[start + 1 : at + 1])):
        return None
    heads = _header_texts(header, above, below, bounds)
    left = min(header[0].left, metrics.left) - 3 * metrics.char  # (its rows may run past a centred header)
    numbered = bool(NUMBER_HEAD_RE.fullmatch(header[0].text))
    taken: list[tuple[list[Word], bool, bool]] = []  # each line's words, whether it opens a row, whether a total's
    end = at if headless else at + 1 + len(below)
    while end < len(lines):
        line = lines[end]
        words = [w for w in (w for s in line.segments for w in s.words) if not RULE_WORD_RE.match(w.text)]
        if not words or line.left < left or line.base - lines[end - 1].base > 2.5 * metrics.step:
            break
        opens = bool(ROW_MARK_RE.fullmatch(RULE_EDGE_RE.sub("", words[0].text)))
        total = bool(TOTAL_ROW_RE.match(" ".join(w.text for w in words[:2])))  # "Tổng cộng": a row of its own, unnumbered
        if numbered and not opens and not total and (not taken or any(_spans_columns(s, bounds) >= 2 for s in _cells(line))):
            break  # (prose under the table runs across its columns)
        if not numbered and len(_cells(line)) < 2:
            break
        taken.append((words, opens, total))
        end += 1
    if len(taken) < MIN_TABLE_ROWS:
        return None
    column_of = _columns(lines[end - len(taken) : end], bounds, metrics)
    rows: list[list[str]] = []
    for words, opens, total in taken:
        row = [""] * len(header) if opens or total or not numbered else rows.pop()
        for i, word in enumerate(words):  # (a row's number in the first column)
            column = 0 if numbered and opens and i == 0 else max(int(numbered), column_of(word))
            row[column] = f"{row[column]} {RULE_EDGE_RE.sub('', word.text)}".strip()
        rows.append(row)
    if headless:
        return end, _numbered_apart(rows)
    out = [" | ".join(heads)]
    for row in rows:
        # "1 Xã Lệ Giang" over the first two columns: the number is the first one's
        if bool(row[0]) != bool(row[1]) and (numbered_cell := ROW_NUMBER_RE.match(row[0] or row[1])):
            row[0], row[1] = numbered_cell.group(1), numbered_cell.group(2)
        out.append(" | ".join(" ".join(cell.split()) for cell in row))
    return end, out


def _numbered_apart(rows: list[list[str]]) -> list[str]:
    """Rows without their header, each row's number a cell of its own ("5 | Phường 1 Bảo Lộc | 420 | 85"; a total
    row's first cell blank), all as wide, so they read as the rows of the table on the page before."""
    cut = [[numbered.group(1), numbered.group(2), *row[1:]] if (numbered := ROW_NUMBER_RE.match(" ".join(row[0].split())))
           else ["", *row] for row in rows]
    width = max(map(len, cut))
    return [" | ".join(" ".join(cell.split()) for cell in row + [""] * (width - len(row))) for row in cut]


def _wraps_header(line: Line, following: Line, header: list[Segment], metrics: _Metrics) -> bool:
    """A line that carries on a table header's cells over or under the line of its other cells: close to the next
    line, no word in the first column (a row's number stands there), no row's number opening it."""
    words = [w for s in line.segments for w in s.words if not RULE_WORD_RE.match(w.text)]
    return bool(words) and abs(following.base - line.base) <= HEADER_LINE_STEP * metrics.step \
        and min(w.left for w in words) >= header[1].left - metrics.char \
        and not ROW_MARK_RE.fullmatch(RULE_EDGE_RE.sub("", words[0].text))


def _header_wrapped(lines: list[Line], at: int, header: list[Segment], metrics: _Metrics) -> list[Line]:
    """The lines under a table's header line that carry on its cells ("ö trợ", "đồng)")."""
    found: list[Line] = []
    while at + 1 + len(found) < len(lines) and len(found) < HEADER_WRAPPED_LINES:
        line = lines[at + 1 + len(found)]
        if not _wraps_header(line, lines[at + len(found)], header, metrics) or len(_cells(line)) >= len(header):
            break
        found.append(line)
    return found


def _header_texts(header: list[Segment], above: list[Line], below: list[Line], bounds: list[float]) -> list[str]:
    """Each header cell's words, with the words the lines over and under it carry in its column."""
    def column_words(line: Line) -> list[list[str]]:
        columns: list[list[str]] = [[] for _ in header]
        for word in (w for s in line.segments for w in s.words if not RULE_WORD_RE.match(w.text)):
            columns[sum(1 for bound in bounds if (word.left + word.right) / 2 > bound)].append(word.text)
        return columns
    texts = [[cell.text] for cell in header]
    for line in reversed(above):
        texts = [[*words, *text] for words, text in zip(column_words(line), texts)]
    for line in below:
        texts = [[*text, *words] for text, words in zip(texts, column_words(line))]
    return [" ".join(" ".join(text).split()) for text in texts]


def _columns(lines: list[Line], bounds: list[float], metrics: _Metrics) -> Callable[[Word], int]:
    """Which column of a table a word stands in. Cells are set from their column's left edge: where the table's
    segments (but those opening a line) start, gathered, are one place per column after the first, those places;
    else the header's bounds, by the word's middle."""
    margin = min((line.left for line in lines), default=0) + 3 * metrics.char
    lefts = sorted(cell.left for line in lines for cell in (_cells(line)[1:] if line.left <= margin else _cells(line)))
    starts: list[list[int]] = []
    for x in lefts:
        if starts and x - starts[-1][-1] <= 3 * metrics.char:
            starts[-1].append(x)
        else:
            starts.append([x])
    starts = [group for group in starts if len(group) >= 2]
    if len(starts) == len(bounds):
        edges = [group[0] - metrics.char for group in starts]
        return lambda word: sum(1 for edge in edges if word.left >= edge)
    return lambda word: sum(1 for bound in bounds if (word.left + word.right) / 2 > bound)


def _spans_columns(segment: Segment, bounds: list[float]) -> int:
    """How many of a table's column bounds a segment of words runs across."""
    return sum(1 for bound in bounds if segment.left < bound < segment.right)


def _gap(line: Line) -> tuple[int, int] | None:
    """The widest gap of a line cut into segments: (end of the text left of it, start of the text right of it)."""
    if len(line.segments) < 2:
        return None
    return max(((a.right, b.left) for a, b in zip(line.segments, line.segments[1:])), key=lambda g: g[1] - g[0])


def _column_run(lines: list[Line], start: int, metrics: _Metrics) -> tuple[int, list[str], list[str]] | None:
    """A two-column block starting at `start`: (end, left column lines, right column lines), or None.

    The block holds lines cut by a wide gap and, around them, narrow lines lying on one side of that
    gap and aligned with that side's column (the same left edge, or the same centre when the column
    is centred): "HUYỆN ỦY LẠC DƯƠNG" under "ĐẢNG BỘ TỈNH LÂM ĐỒNG", not "Kính gửi: …" below them.
    """
    split = next((i for i in range(start, len(lines)) if _gap(lines[i]) is not None), None)
    if split is None:
        return None
    left_end, right_start = _gap(lines[split])
    divider = (left_end + right_start) / 2
    columns: dict[bool, list[Segment]] = {False: [], True: []}  # is the right column → its segments

    def keep(line: Line) -> None:
        for segment in line.segments:
            columns[(segment.left + segment.right) / 2 > divider].append(segment)

    def fits(line: Line) -> bool:
        if len(line.segments) != 1 or line.right - line.left > 0.6 * (metrics.right - metrics.left):
            return False
        right = line.left > left_end
        if not right and line.right >= right_start:
            return False
        centre = (line.left + line.right) / 2
        return any(
            abs(line.left - s.left) <= 3 * metrics.char or abs(centre - (s.left + s.right) / 2) <= 3 * metrics.char
            for s in columns[right]
        )

    keep(lines[split])
    if not all(fits(line) for line in lines[start:split]):
        return None
    for line in lines[start:split]:
        keep(line)
    end = split + 1
    while end < len(lines) and (_gap(lines[end]) is not None or fits(lines[end])):
        keep(lines[end])
        end += 1
    left: list[str] = []
    right: list[str] = []
    for line in lines[start:end]:
        for segment in line.segments:
            (left if (segment.left + segment.right) / 2 < divider else right).append(segment.text)
    return end, left, right


def _paragraph_end(lines: list[Line], start: int, metrics: _Metrics) -> int:
    """Index after the last line of the block opened at `start` (before a column run or a break)."""
    i = start + 1
    while i < len(lines) and _relation(lines[i - 1], lines[i], metrics) != "break":
        if _gap(lines[i]) is not None:
            break
        i += 1
    return i


def _paragraphs(lines: list[Line], start: int, end: int, metrics: _Metrics) -> list[str]:
    """The lines of one block: wrapped lines joined, short lines (titles, a signature) kept apart."""
    out = [lines[start].text]
    for previous, line in zip(lines[start:end], lines[start + 1 : end]):
        if _relation(previous, line, metrics) == "join":
            out[-1] = _join(out[-1], line.text)
        else:
            out.append(line.text)
    return out


def _relation(previous: Line, line: Line, metrics: _Metrics) -> str:
    """How a line follows the one before: "join" (wrapped), "newline" (a short line after a short one), "break"."""
    gap = line.base - previous.base
    wide = gap <= 0 or gap > 1.3 * metrics.step
    dash = re.match(r"^[-–]\s+(\w)", line.text)
    marked = bool(MARKER_RE.match(line.text)) and not (dash and dash.group(1).islower())  # "- xã hội" wraps
    ended = bool(TERMINAL_RE.search(previous.text))
    if not wide and (metrics.full(previous) and not metrics.indented(line) and not (marked and ended)
                     or goes_on(previous.text, line.text)):
        return "join"
    if wide or marked or ended or (metrics.indented(line) and metrics.full(line)) or is_caps(line.text) != is_caps(previous.text):
        return "break"
    return "newline"


def _join(text: str, following: str) -> str:
    """Join a wrapped line to the next: "44-" + "KL/TW" keeps the hyphen and drops the space."""
    if re.search(r"\w-$", text) and following[:1].isalnum():
        return text + following
    return f"{text} {following}"


# -- Characters -----------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFC, look-alike letters replaced, detached diacritics reattached, frequent misreadings and stray stops fixed."""
    text = text.translate(LOOKALIKES)
    text = SPACING_ACCENT_RE.sub(lambda m: SPACING_ACCENTS[m.group(0)], text)
    text = unicodedata.normalize("NFC", SPACED_MARK_RE.sub("", unicodedata.normalize("NFC", text)))
    text = MISREAD_SUMMARY_RE.sub("V/v", text)
    text = MISREAD_MILLILITRE_RE.sub("ml", MISREAD_ZERO_RE.sub("0", text))
    text = SPLIT_NUMBER_RE.sub(r"\1", MISREAD_DASH_RE.sub("-", text))
    text = MISREAD_NUMBER_RE.sub(lambda m: f"{m.group(1)}." if m.group(2).isupper() else m.group(0), text)
    text = STRAY_STOP_RE.sub(lambda m: "" if m.group(1) is None or m.group(1).islower() else ".", text)
    return MISREADING_RE.sub(lambda m: MISREADINGS[m.group(0)], text)
