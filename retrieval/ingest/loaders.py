"""Read source files (.md, .txt, .docx, .pdf) into text and the metadata they declare.

Markdown and text keep their characters as in the file (offsets point into it); .docx and .pdf
are extracted to text with blank lines between paragraphs. In a .docx, a line break inside a
paragraph that only wraps a sentence becomes a space (one paragraph stays one paragraph); one that
starts an item, a capitalised title or a new sentence stays a line break. A .docx table of three or
more columns (a task table) becomes one "cell | cell | …" line per row; a two-column layout table
(issuer beside motto, recipients beside signature) is read cell by cell. Front matter is checked
field by field (`retrieval.ingest.metadata`): a bad value is dropped and reported in `warnings`.
A file that cannot be read raises `LoadError(path, reason)` with a short Vietnamese reason.
"""

import datetime
import hashlib
import re
from itertools import groupby
from collections.abc import Iterable
from pathlib import Path

import yaml

from retrieval.errors import LoadError
from retrieval.ingest.header import (CLOSING_RE, MARKER_RE, MOTTOS, PAGE_NUMBER_RE, SIGNATURE_PREFIX_RE, TERMINAL, goes_on,
                                     is_caps, join_page_breaks, running_heads, unwrap)
from retrieval.ingest.metadata import validate
from retrieval.ingest.ocr import (PAGE_NUMBER_RE as PAGE_FOOT_RE, IMAGE_SUFFIXES, TOTAL_ROW_RE, OcrOptions, OcrSummary, read_image,
                                  read_pdf_pages)
from retrieval.models import LoadedDocument
from retrieval.text import nfc, slug, unaccent

SUPPORTED = {".md", ".txt", ".docx", ".pdf", *IMAGE_SUFFIXES}
SIDECAR_SUFFIX = ".meta.yaml"  # metadata beside a file that cannot carry front matter (an upload's)

UNREADABLE = "không đọc được"
EMPTY = "tệp rỗng"
ENCRYPTED = "PDF được mã hóa"
SCANNED = "PDF không có lớp văn bản (ảnh quét)"
NOTHING_RECOGNISED = "không nhận dạng được chữ nào (ảnh trắng hoặc quá mờ)"
UNSUPPORTED = "định dạng không hỗ trợ"
BAD_FRONT_MATTER = "front matter YAML lỗi"

class _MetadataLoader(yaml.SafeLoader):
    """YAML for front matter and sidecars: a date YAML cannot build ("2023-13-45") stays a string for
    `metadata.validate` to report, instead of raising from inside the reader."""


def _timestamp(loader: yaml.SafeLoader, node):
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_MetadataLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _read_yaml(text: str):
    return yaml.load(text, Loader=_MetadataLoader)  # noqa: S506 - a SafeLoader subclass


FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
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


def sidecar_path(path: Path) -> Path:
    """Where a file's metadata may sit beside it: "qd-12.pdf" → "qd-12.pdf.meta.yaml"."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def file_sha256(path: Path, data: bytes | None = None) -> str:
    """The hash that says whether a file changed: its bytes, and its sidecar's when it has one."""
    digest = hashlib.sha256(path.read_bytes() if data is None else data)
    if sidecar_path(path).is_file():
        digest.update(sidecar_path(path).read_bytes())
    return digest.hexdigest()


def load_document(path: Path, ocr: OcrOptions | None = None) -> LoadedDocument:
    """Read one file into a LoadedDocument, or raise LoadError naming the file and the reason.

    Args:
        path: a .md, .txt, .docx, .pdf or image (.png, .jpg, .tif) file.
        ocr: how scans are read (default: OCR images and PDF pages without a usable text layer).

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
    warnings: list[str] = []
    scan: OcrSummary | None = None
    if suffix in (".md", ".txt"):
        text, offset, metadata = _read_text(path, data)
        text = _unruled_tables(_full_width_tables(_aligned_tables(_unframed(text))))
        metadata, warnings = validate(metadata)
    elif suffix == ".docx":
        text, offset, metadata = _read_docx(path), 0, {}
    elif suffix in IMAGE_SUFFIXES:
        pages, scan = read_image(path, ocr or OcrOptions())
        text, offset, metadata = nfc(join_page_breaks("\n\n".join(p for p in pages if p.strip()))), 0, {}
    else:
        (text, scan), offset, metadata = _read_pdf(path, ocr or OcrOptions()), 0, {}
    if not text.strip():
        raise LoadError(str(path), NOTHING_RECOGNISED if scan else EMPTY)
    beside, beside_warnings = _read_sidecar(path)
    metadata, warnings = {**metadata, **beside}, warnings + beside_warnings
    return LoadedDocument(
        path=str(path),
        format=suffix[1:],
        text=text,
        body_offset=offset,
        metadata=metadata,
        sha256=file_sha256(path, data),
        warnings=warnings,
        **({"ocr": True, "ocr_confidence": scan.confidence, "ocr_low_pages": scan.low_pages} if scan else {}),
    )


def _read_sidecar(path: Path) -> tuple[dict, list[str]]:
    """The checked metadata of `<file>.meta.yaml` (front matter keys), and what was dropped from it."""
    beside = sidecar_path(path)
    if not beside.is_file():
        return {}, []
    try:
        metadata = _read_yaml(beside.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        raise LoadError(str(beside), BAD_FRONT_MATTER) from exc
    if not isinstance(metadata, dict):
        raise LoadError(str(beside), f"{BAD_FRONT_MATTER} (không phải bảng khóa: giá trị)")
    return validate({str(k): _plain_value(v) for k, v in metadata.items()})


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
        metadata = _read_yaml(match.group(1)) or {}
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


# a Markdown table: a run of lines that open with "|"; its row of dashes under the first
PIPE_TABLE_RE = re.compile(r"(?m)^\|.*(?:\n\|.*)*")
PIPE_RULE_RE = re.compile(r"^[|:\-\s]+$")


def _unframed(text: str) -> str:
    """A Markdown table of one column, or one that lays out a text's frame, is a layout, as in a .docx (the issuer
    beside the Quốc hiệu, the Nơi nhận beside the signature): its cells are read one after another, a line per
    "<br>", the left cell first. Positions are kept: every character is replaced by one, so offsets into the text
    still hold."""
    def unframe(table: re.Match) -> str:
        rows = table.group(0).split("\n")
        if max(len(row.strip().strip("|").split("|")) for row in rows) > 1 and \
                not _frames(cell.replace("<br>", "\n") for row in rows for cell in row.split("|")):
            return table.group(0)  # a table of data ("| Địa phương | Số hộ được hỗ trợ |"): its rows are read as rows
        out = []
        for row in rows:
            if PIPE_RULE_RE.match(row):
                out.append(" " * len(row))
                continue
            body = row.rstrip()
            edge = body.endswith("|") and len(body) > 1
            cells = body[1:-1] if edge else body[1:]
            line = " " + cells.replace("<br>", "\n   ").replace("|", "\n") + (" " if edge else "")
            out.append(line + row[len(body):])
        return "\n".join(out)

    return PIPE_TABLE_RE.sub(unframe, text)


# a plain text's rule under a table's header whose columns are aligned with spaces: "-------    -----    ----"
ALIGNED_RULE_RE = re.compile(r"^[ \t]*-{3,}(?:[ \t]{2,}-{3,})+[ \t]*$")


# a rule of dashes drawn across a whole table, one run: "--------------------------------------------------"
FULL_RULE_RE = re.compile(r"^[ \t]*-{10,}[ \t]*$")
TABLE_GAP = 2  # spaces every row leaves between two columns


HEADER_LINES = 3  # the most lines a plain-text table's header is written over
FIGURE_RE = re.compile(r"\s*\d[\d.,]*\s*%?\s*")  # a cell of a figure ("3.420", "57,0")
GROUPED_FIGURE_RE = re.compile(r"\d\.\d{3}\b")  # a figure with its thousands grouped ("1.250.000"), which no header writes
UNIT_LINE_RE = re.compile(r"\(?\s*Đơn vị(?: tính)?\s*:", re.IGNORECASE)  # the unit a table's figures are in, stated over it


def _full_width_tables(text: str) -> str:
    """A plain-text table whose columns are aligned with spaces under one rule drawn across it ("STT  Xã  Số hộ được
    …" over "hỗ trợ  (kg) …" over "--------"), written as the parser reads a table: its header on one line, "|"
    between the cells of a row, "+" in the rule between columns. The columns are where every row leaves a gap of
    spaces; a header written over two lines is read column by column into one. Positions are kept: the text keeps
    its length (the two header lines and the line break between them become one line)."""
    lines = text.split("\n")
    heads_of_pages = running_heads(text)
    for at in range(len(lines) - 1, 0, -1):
        if not FULL_RULE_RE.match(lines[at]) or not lines[at - 1].strip() or "|" in lines[at - 1]:
            continue
        end = at + 1
        while end < len(lines) and not FULL_RULE_RE.match(lines[end]) and "|" not in lines[end]:
            if not lines[end].strip():  # (a page break inside the rows: its number, the running head over the next)
                after = _past_page_break(lines, end, heads_of_pages)
                if after is None or FULL_RULE_RE.match(lines[after]) or "|" in lines[after]:
                    break
                end = after
            end += 1
        # (rows written over several lines each, a blank line between them, down to the rule that closes them)
        grouped = end < len(lines) and not lines[end].strip() and (close := _closing_rule(lines, end)) is not None
        end = close if grouped else end
        rows = [line for line in lines[at + 1 : end] if line.strip() and not _page_furniture(line, heads_of_pages)]
        if len(rows) < 2:
            continue
        heads = [at - 1]  # (a header written over up to three lines: "Nhà sập, / cuốn trôi / (cái)")
        # (not the rule drawn over it: "-----" / "STT  Xã  Số hộ …" / "(cái) …" / "-----")
        # (nor the unit stated over it: "Đơn vị tính: đồng")
        # (nor the sentence that leads the table in: "2. Phân công chỉ huy theo khu vực và danh bạ liên lạc:")
        while len(heads) < HEADER_LINES and heads[0] > 0 and lines[heads[0] - 1].strip() and "|" not in lines[heads[0] - 1] \
                and not FULL_RULE_RE.match(lines[heads[0] - 1]) and not UNIT_LINE_RE.match(lines[heads[0] - 1].strip()) \
                and not lines[heads[0] - 1].rstrip().endswith((".", ":", ";")):
            heads.insert(0, heads[0] - 1)
        if any(_beside_motto(lines[k]) for k in heads):
            continue  # (the rule under a text's frame, the Quốc hiệu beside the issuer over "Số: …" beside the date)
        if any(GROUPED_FIGURE_RE.search(lines[k]) for k in heads):
            continue  # (the rule that closes a table's rows, its figures over it, before its totals: no header's)
        gaps = _column_gaps(rows, [lines[k] for k in heads])
        if not gaps:
            continue
        wrapped = not grouped and _wrapped_rows(rows, gaps)
        cells = [[" ".join(lines[k][s:e].split()) for k in heads] for s, e in _spans(gaps, max(map(len, lines[heads[0] : end])))]
        header = " | ".join(" ".join(filter(None, column)) for column in cells)
        slot = sum(len(lines[k]) for k in heads) + len(heads) - 1
        if len(header) > slot:
            continue
        last = end
        if end < len(lines) and FULL_RULE_RE.match(lines[end]):  # the totals under a rule that closes the rows, when
            while last + 1 < len(lines) and lines[last + 1].strip() and "|" not in lines[last + 1] \
                    and all(g >= len(lines[last + 1]) or lines[last + 1][g] == " " for g in gaps):  # aligned with them
                last += 1
            if last > end:  # (the rule between them ruled as the header's is: the table goes on past it)
                lines[end] = _ruled(lines[end], gaps)
        for k in [*([] if grouped or wrapped else range(at + 1, end)), *range(end + 1, last + 1)]:
            lines[k] = _barred(lines[k], gaps)
        if grouped:
            lines[at + 1 : end] = _joined_rows(lines[at + 1 : end], gaps)
        elif wrapped:
            lines[at + 1 : end] = _rows_with_wraps(lines[at + 1 : end], gaps, heads_of_pages)
        lines[at] = _ruled(lines[at], gaps)
        lines[heads[0] : heads[-1] + 1] = [header.ljust(slot)]
    return "\n".join(lines)


ROWS_RULED_LINES = 80  # the most lines between a table's header rule and the rule that closes its rows


def _closing_rule(lines: list[str], blank: int) -> int | None:
    """The rule that closes a table's rows written a few lines each with a blank line between them, from the first
    blank line on: None when another table, no rule, or no second row comes first."""
    for k in range(blank, min(len(lines), blank + ROWS_RULED_LINES)):
        if "|" in lines[k]:
            return None
        if FULL_RULE_RE.match(lines[k]):
            return k if any(line.strip() for line in lines[blank:k]) else None
    return None


def _joined_rows(lines: list[str], gaps: list[int]) -> list[str]:
    """Rows written over several lines each, a blank line after each, as one line each: the cells of its lines column
    by column ("Hội trường UBND phường Buôn" over "Ma Thuột"), "|" between them. Positions are kept: a row and the line
    breaks and blank lines after it become one line of their length."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        first = k
        while k < len(lines) and lines[k].strip():
            k += 1
        written = lines[first:k]
        while k < len(lines) and not lines[k].strip():
            k += 1
        slot = sum(len(line) for line in lines[first:k]) + k - first - 1
        spans = _spans(gaps, max(map(len, written), default=0))
        row = " | ".join(" ".join(" ".join(line[s:e].split()) for line in written).strip() for s, e in spans)
        out.append(row.ljust(slot) if written and len(row) <= slot else "\n".join(lines[first:k]))
    return out


def _page_furniture(line: str, heads: set[str]) -> bool:
    """A line a page break puts in the text: a form feed and what follows it on its line, a page's number ("- 2 -",
    "Trang 2/3"), a running head."""
    return "\f" in line or bool(PAGE_FOOT_RE.match(line.strip())) or line.strip() in heads


def _past_page_break(lines: list[str], blank: int, heads: set[str]) -> int | None:
    """From a blank line, the first line after the page break there (its blank lines, number, form feed and running
    head); None when no page breaks there or the text ends."""
    k, broke = blank, False
    while k < len(lines) and (not lines[k].strip() or _page_furniture(lines[k], heads)):
        broke = broke or "\f" in lines[k]
        k += 1
    return k if broke and k < len(lines) else None


def _wrapped_rows(rows: list[str], gaps: list[int]) -> bool:
    """Rows written a line each whose long cells wrap onto lines of their own, the first column left blank ("1  Thù lao
    giảng viên (bác sĩ …  buổi  12" over "   huyện)")."""
    return bool(gaps) and bool(rows) and bool(rows[0][: gaps[0]].strip()) \
        and any(not row[: gaps[0]].strip() for row in rows)


def _rows_with_wraps(lines: list[str], gaps: list[int], heads: set[str]) -> list[str]:
    """Rows a line each with their cells' wrapped lines (and the page furniture a break put among them) as one line
    each: the cells column by column, "|" between them. Positions are kept: a row with the lines after it that go on
    it becomes one line of their length."""
    starts = [k for k, line in enumerate(lines) if line.strip() and not _page_furniture(line, heads)
              and line[: gaps[0]].strip()] + [len(lines)]
    out = lines[: starts[0]]
    for first, after in zip(starts, starts[1:]):
        group = lines[first:after]
        written = [line for line in group if line.strip() and not _page_furniture(line, heads)]
        if len(written) == 1:  # (a row on one line keeps its text as written)
            out += [_barred(line, gaps) if line is written[0] else line for line in group]
            continue
        slot = sum(len(line) for line in group) + len(group) - 1
        spans = _spans(gaps, max(map(len, written)))
        row = " | ".join(" ".join(" ".join(line[s:e].split()) for line in written).strip() for s, e in spans)
        out.append(row.ljust(slot) if len(row) <= slot else "\n".join(group))
    return out


def _barred(line: str, gaps: list[int]) -> str:
    """A row aligned with spaces, "|" put where the columns divide (in its spaces there)."""
    row = list(line)
    for gap in gaps:
        if gap < len(row) and row[gap] == " ":
            row[gap] = "|"
    return "".join(row)


def _ruled(rule: str, gaps: list[int]) -> str:
    """A rule of dashes with "+" where the columns divide ("-----+------+-----"), as the parser reads a table's rule."""
    marked = list(rule)
    for gap in gaps:
        if gap < len(marked):
            marked[gap] = "+"
    return "".join(marked)


def _column_gaps(rows: list[str], heads: list[str]) -> list[int]:
    """Where a table aligned with spaces divides its columns: a position inside a run of `TABLE_GAP` spaces or more
    that every row leaves, with a row written on both sides of it, where the header lines leave a space too (two, when
    they do somewhere in the run)."""
    width = max(map(len, rows))
    blank = [all(p >= len(r) or r[p] == " " for r in rows) for p in range(width)]
    gaps, p = [], 0
    while p < width:
        if not blank[p]:
            p += 1
            continue
        q = p
        while q < width and blank[q]:
            q += 1
        if q - p >= TABLE_GAP and p > 0 and q < width:
            # (where the header leaves two spaces or more, not one between a label's words: "Khu vực   Số buổi")
            spaced = [x for x in range(q - 1, p - 1, -1) if all(x >= len(h) or h[x] == " " for h in heads)]
            spot = next((x for x in spaced if x - 1 in spaced), spaced[0] if spaced else None)
            if spot is not None:
                gaps.append(spot)
        p = q
    return gaps


def _spans(gaps: list[int], width: int) -> list[tuple[int, int]]:
    edges = [0, *gaps, width]
    return [(edges[i] + (i > 0), edges[i + 1]) for i in range(len(edges) - 1)]


def _beside_motto(line: str) -> bool:
    """A line of a text's frame that holds a motto ("THÀNH PHỐ TRÀ VINH      Độc lập - Tự do - Hạnh phúc"), as no
    table's header does."""
    return any(motto in " ".join(re.findall(r"\w+", unaccent(line).lower())) for motto in MOTTOS)


def _aligned_tables(text: str) -> str:
    """A plain-text table whose columns are aligned with spaces under a rule of dashes, one run per column
    ("Chỉ tiêu      Kết quả" over "--------    -------"), written as the parser reads a table: "|" between the
    cells of a row, "+" between the runs of a rule, a row's first cell continued on its next line ("Quà cho hộ
    nghèo," over "  nạn nhân chất độc da cam   3.460 suất") joined to it. A header written over two lines or three
    ("Chỉ tiêu" over "(đơn vị)") is read column by column into one; rows numbered in their first column whose other
    cells wrap onto lines of their own ("1  TP. Bến Tre  Thứ Bảy,  …" over "      05/6/2027") are read a row each;
    rows go on past a page break (its number and the running head over the next page). Positions are kept: the text
    keeps its length."""
    lines = text.split("\n")
    heads_of_pages = running_heads(text)
    at = 1
    while at < len(lines):
        if not ALIGNED_RULE_RE.match(lines[at]) or not lines[at - 1].strip() or "|" in lines[at - 1]:
            at += 1
            continue
        runs = [m.span() for m in re.finditer(r"-{3,}", lines[at])]
        gaps = [(runs[k - 1][1], runs[k][0]) for k in range(1, len(runs))]
        end = at + 1
        while end < len(lines) and "|" not in lines[end]:
            if not lines[end].strip():  # (a page break inside the rows: rows aligned with the runs go on after it)
                after = _past_page_break(lines, end, heads_of_pages)
                if after is None or "|" in lines[after] or not _spaced_at(lines[after], gaps):
                    break
                end = after
            end += 1
        # (not the rules under a text's frame, the issuer beside the Quốc hiệu over "Số: …" beside the date: a
        # table has rows, two or more)
        if end - at < 3 or _beside_motto(lines[at - 1]):
            at += 1
            continue
        written = lines[at + 1 : end]
        for k in range(at - 1, end):
            if ALIGNED_RULE_RE.match(lines[k]):
                ruled = list(lines[k])
                for start, stop in gaps:
                    if start < len(ruled) and ruled[start] == " ":
                        ruled[start] = "+"
                lines[k] = "".join(ruled)
            elif lines[k].strip() and not _page_furniture(lines[k], heads_of_pages):
                lines[k] = _barred_in(lines[k], gaps)
        for k in range(at + 1, end - 1):  # a first cell continued on the next line, its other cells blank
            if "|" not in lines[k] and lines[k + 1].lstrip()[:1].islower():
                lines[k] += "\0"
        bounds = [stop - 1 for _, stop in gaps]  # (where a row's "|" goes: the last space between two runs)
        if bounds and _numbered_with_wraps(written, bounds[0], heads_of_pages):
            rows: list[str] = []
            for is_rule, part in groupby(zip(written, lines[at + 1 : end]), key=lambda pair: bool(ALIGNED_RULE_RE.match(pair[0]))):
                pairs = list(part)
                if is_rule:
                    rows += [barred for _, barred in pairs]
                    continue
                first = next((i for i, (line, _) in enumerate(pairs) if _starts_row(line, bounds[0], heads_of_pages)), len(pairs))
                rows += [barred for _, barred in pairs[:first]]  # (a total under the rule that closes the rows)
                rows += _rows_with_wraps([line for line, _ in pairs[first:]], bounds, heads_of_pages)
            lines[at + 1 : end] = rows
            end = at + 1 + len(rows)
        header = _header_over(lines, at, bounds, gaps)
        if header is not None:
            first, joined = header
            lines[first:at] = [joined]
            end -= at - first - 1
        at = end
    return "\n".join(lines).replace("\0\n", " ")


def _spaced_at(line: str, gaps: list[tuple[int, int]]) -> bool:
    """A line aligned with a table's runs: a space (or its end) in each gap the rule leaves between two (a cell may run
    into it), and columns apart, as a sentence's words are not (or its first column blank: a cell's wrapped words)."""
    return all(any(p >= len(line) or line[p] == " " for p in range(start, stop)) for start, stop in gaps) \
        and (" " * TABLE_GAP in line.strip() or not line[: gaps[0][1]].strip())


def _barred_in(line: str, gaps: list[tuple[int, int]]) -> str:
    """A row aligned with a rule's runs, "|" in each gap between two (its last space there)."""
    cells, written = list(line), len(line.rstrip())
    for start, stop in gaps:
        spot = next((p for p in range(min(stop, written) - 1, start - 1, -1) if cells[p] == " "), None)
        if spot is not None:
            cells[spot] = "|"
    return "".join(cells)


def _starts_row(line: str, first_bound: int, heads: set[str]) -> bool:
    """A line that opens a row: written in its first column, and no page furniture."""
    return bool(line.strip()) and not _page_furniture(line, heads) and bool(line[:first_bound].strip())


def _numbered_with_wraps(rows: list[str], first_bound: int, heads: set[str]) -> bool:
    """Rows numbered in their first column ("1", "2", …) with lines of their own that go on their other cells, the first
    column left blank (not a total: "Tổng cộng" under the numbers is a row)."""
    written = [line for line in rows if line.strip() and not _page_furniture(line, heads) and not ALIGNED_RULE_RE.match(line)]
    numbered = [line for line in written if line[:first_bound].strip()]
    return bool(numbered) and all(line[:first_bound].strip().rstrip(".").isdigit() for line in numbered) \
        and _starts_row(written[0], first_bound, heads) \
        and any(not line[:first_bound].strip() and not TOTAL_ROW_RE.match(line.strip()) for line in written)


def _header_over(lines: list[str], at: int, bounds: list[int], gaps: list[tuple[int, int]]) -> tuple[int, str] | None:
    """A table's header written over two lines or three right above its rule, each aligned with its runs ("Chỉ tiêu"
    over "(đơn vị)"): its first line, and the lines as one, "|" between the columns' words (None when on one line)."""
    first = at - 1
    while at - first < HEADER_LINES and first > 0 and lines[first - 1].strip() and "|" not in lines[first - 1] \
            and not ALIGNED_RULE_RE.match(lines[first - 1]) and not UNIT_LINE_RE.match(lines[first - 1].strip()) \
            and not lines[first - 1].rstrip().endswith((".", ":", ";")) and _spaced_at(lines[first - 1], gaps):
        first -= 1
    if first == at - 1:
        return None
    written = [line.replace("|", " ") for line in lines[first:at]]
    spans = _spans(bounds, max(map(len, written)))
    header = " | ".join(" ".join(" ".join(line[s:e].split()) for line in written).strip() for s, e in spans)
    slot = sum(len(line) for line in written) + len(written) - 1
    return (first, header.ljust(slot)) if len(header) <= slot else None


# the header of a plain-text table with no rule, which opens with the column of the rows' numbers: "STT  Họ và tên  …"
# (or one space from the next column's head, as a PDF's text writes it: "TT Nhóm đối tượng      Số suất …")
NUMBERED_HEADER_RE = re.compile(r"^[ \t]*(?:STT|TT|Số TT)(?:[ \t]{2,}\S| (?=[A-ZĐÀ-Ỹ]))")
CELL_RE = re.compile(r"\S+(?: \S+)*")  # a cell of a line aligned with spaces: words one space apart


def _unruled_tables(text: str) -> str:
    """A plain-text table whose columns are aligned with spaces and no rule, under a header that opens with the rows'
    numbers ("STT  Họ và tên  Chức vụ, đơn vị  Số tiền (đồng)") over rows that open with theirs, or under a header of
    labels over rows of figures, down to a blank line:
    "|" between the cells of each line. A cell belongs to the last column whose header starts at or before it, so a
    cell that runs past its column ("… Chủ nhiệm CLB Ngân hàng máu sống   750.000") and a row with blank cells
    ("     Cộng      7.500.000") keep their columns. Positions are kept: a space between two cells becomes "|"."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if "|" in line:
            continue
        if not (opened := NUMBERED_HEADER_RE.match(line)):
            if _labels_over_figures(lines, at):  # (a header of labels over rows of figures)
                starts, k = [m.start() for m in CELL_RE.finditer(line)], at
                while k < len(lines) and lines[k].strip():
                    lines[k] = _piped(lines[k], starts)
                    k += 1
            continue
        starts = [m.start() for m in CELL_RE.finditer(line)]
        if opened.group(0).endswith(" "):
            starts.insert(1, opened.end())  # "TT Nhóm đối tượng": the column of numbers, then the one it heads
        end = at + 1
        while end < len(lines) and lines[end].strip() and "|" not in lines[end]:
            end += 1
        # (its header may go on a line or two, over the first row: "(đồng/suất)   (đồng)")
        first = next((k for k in range(at + 1, min(at + 2 + HEADER_LINES, end)) if re.match(r"\s*\d", lines[k])), None)
        if len(starts) < 3 or end - at < 3 or first is None:
            continue
        for k in range(at, end):
            lines[k] = _piped(lines[k], starts)
    return "\n".join(lines)


def _labels_over_figures(lines: list[str], at: int) -> bool:
    """A line of labels aligned with spaces over rows, down to a blank line, each a label then a figure under each
    other label ("Đơn vị      Hộ nghèo    Hộ cận nghèo" over "Phường 1        42            78"): a table's header,
    though no rule or column of numbers marks it."""
    heads = [m.span() for m in CELL_RE.finditer(lines[at])]
    if len(heads) < 3 or "\t" in lines[at] or any(FIGURE_RE.fullmatch(lines[at][a:b]) for a, b in heads):
        return False
    rows = 0
    for line in lines[at + 1 :]:
        if not line.strip():
            break
        cells = [m.span() for m in CELL_RE.finditer(line)]
        if "\t" in line or len(cells) != len(heads) or FIGURE_RE.fullmatch(line[slice(*cells[0])]) \
                or not all(FIGURE_RE.fullmatch(line[a:b]) and a < hb + TABLE_GAP and b > ha - TABLE_GAP
                           for (a, b), (ha, hb) in zip(cells[1:], heads[1:])):
            return False
        rows += 1
    return rows >= 2


def _piped(line: str, starts: list[int]) -> str:
    """A line aligned with spaces, "|" put between its columns (headed at `starts`): in the spaces before the first
    cell of each column, one space per column left blank; the line as it is when they do not fit."""
    spans = []
    for m in CELL_RE.finditer(line):  # (a cell one space from the next column's head, which starts there, is two)
        cuts = [s for s in starts if m.start() < s < m.end() and line[s - 1] == " "]
        # (a piece cut off ends before the space it may be divided at)
        spans += [(a, b - 2) for a, b in zip([m.start(), *cuts], cuts)] + [(cuts[-1] if cuts else m.start(), m.end())]
    cells = [(a, b, max(i for i, s in enumerate(starts) if s <= a + 1) if a + 1 >= starts[0] else 0) for a, b in spans]
    marked = list(line)
    for column in range(1, len(starts)):
        after = next((c for c in cells if c[2] >= column), None)
        before = max((c[1] for c in cells if c[2] < column), default=-1)
        stop = after[0] if after else len(line)
        spot = next((p for p in range(min(stop, len(line)) - 1, before, -1) if marked[p] == " "), None)
        if spot is None:
            if after is None:
                break  # (the last columns left blank: nothing follows to divide)
            return line
        marked[spot] = "|"
    return "".join(marked)


def _frames(cells: Iterable[str]) -> bool:
    """The cells lay out a text's frame, however many columns they take: one holds the Quốc hiệu, a signature
    ("KT. CHỦ TỊCH") or the "Nơi nhận" (two issuers beside the Quốc hiệu, three signers side by side)."""
    for line in (line.strip().strip("*_ ") for cell in cells for line in cell.split("\n")):  # (bold: "**CỘNG HÒA …**")
        if CLOSING_RE.match(line) or SIGNATURE_PREFIX_RE.match(line) or unaccent(line).lower() in MOTTOS:
            return True
    return False


def _plain_value(value):
    """YAML dates back to ISO strings (a timestamp keeps its date), so front matter values are JSON-safe."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
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
            blocks.extend(_table_blocks(item))
            continue
        text = unwrap(item.text.strip())
        style = item.style.name if item.style is not None else ""
        level = re.match(r"Heading (\d)", style or "")
        if text:
            blocks.append(f"{'#' * int(level.group(1))} {text}" if level else text)
    return nfc("\n\n".join(blocks))


def _row_cells(row) -> list:
    cells: list = []
    for cell in row.cells:
        if not any(cell._tc is seen._tc for seen in cells):  # a cell merged across columns repeats per column
            cells.append(cell)
    return cells


def _table_blocks(table) -> list[str]:
    """A data table (three or more columns) as one block of "cell | cell" rows; a layout table cell by cell."""
    rows = [_row_cells(row) for row in table.rows]
    if max((len(cells) for cells in rows), default=0) >= 3 and not _frames(c.text for cells in rows for c in cells):
        # (a cell merged across columns is written once, the columns it spans left blank, so every row is as wide:
        # "BUỔI SÁNG |  | " between the rows of a programme)
        table_rows = list(table.rows)
        head = _header_rows(table_rows)
        lines = [" | ".join(_header_cells(table_rows[:head]))] if head > 1 else []
        lines += [" | ".join("" if i and cell._tc is row.cells[i - 1]._tc else _cell_text(cell) for i, cell in enumerate(row.cells))
                  for row in (table_rows[head:] if head > 1 else table_rows)]
        lines = [line for line in lines if line.strip(" |")]
        heads = lines[0].split(" | ") if lines else []
        if len(lines) > 1 and not any(FIGURE_RE.fullmatch(cell) for cell in heads):
            # (a Word table's first row names its columns, whatever they are: "Hình thức khen thưởng | Cấp quyết định |
            # Số lượng tối đa toàn tỉnh"; ruled off as a Markdown table's header is)
            lines.insert(1, " | ".join("---" for _ in heads))
        return ["\n".join(lines)]
    blocks: list[str] = []
    seen: list = []  # cell elements kept alive, so identity compares are sound
    for cells in rows:
        for cell in cells:
            if any(cell._tc is element for element in seen):  # a merged cell repeats once per row it spans
                continue
            seen.append(cell._tc)
            blocks.extend(p.text.strip() for p in cell.paragraphs if p.text.strip())
    return blocks


def _header_rows(rows: list) -> int:
    """How many rows the table's header spans: a row that goes on a cell merged down from the row above and holds no
    figure is of the header ("STT | Chỉ tiêu | Năm 2026 (over three columns)" over "Kế hoạch | Thực hiện | Tỷ lệ %")."""
    count = 1
    while count < len(rows):
        above, row = rows[count - 1].cells, rows[count].cells
        if not any(a._tc is b._tc for a, b in zip(above, row)) or any(FIGURE_RE.fullmatch(_cell_text(c)) for c in row):
            break
        count += 1
    return count


def _header_cells(rows: list) -> list[str]:
    """The header rows as one: each column's cells from the top down, a cell merged over several rows once ("Năm
    2026 Kế hoạch", "Năm 2026 Thực hiện")."""
    width = max(len(row.cells) for row in rows)
    out = []
    for column in range(width):
        cells = [row.cells[column] for row in rows if column < len(row.cells)]
        distinct = [c for i, c in enumerate(cells) if not any(c._tc is other._tc for other in cells[:i])]
        out.append(" ".join(text for c in distinct if (text := _cell_text(c))))
    return out


def _cell_text(cell) -> str:
    """A table cell on one line: its paragraphs and lines joined, "; " where nothing ends them."""
    parts = [line.strip() for p in cell.paragraphs for line in p.text.replace("|", "/").split("\n") if line.strip()]
    out = ""
    for part in parts:
        out = part if not out else f"{out} {part}" if out[-1] in TERMINAL + "," else f"{out}; {part}"
    return out


def _read_pdf(path: Path, ocr: OcrOptions) -> tuple[str, OcrSummary | None]:
    """Page texts (OCR'd where `ocr` says), wrapped lines rejoined, sentences split by page breaks rejoined."""
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
    pages, scan = read_pdf_pages(path, pages, ocr)
    if not any(page.strip() for page in pages):
        raise LoadError(str(path), NOTHING_RECOGNISED if scan else f"{SCANNED}: bỏ --ocr never để nhận dạng chữ")
    return nfc(join_page_breaks("\n\n".join(page for page in pages if page.strip()))), scan


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
    """A full-width line followed by one that starts no item continues the same paragraph; so does a shorter one
    that stops mid-sentence (`goes_on`)."""
    if is_caps(line) or is_caps(last):
        return False
    if len(last) >= 0.75 * width:
        return not MARKER_RE.match(line) or bool(re.match(r"^[-–]\s+[a-zà-ỹđ]", line))
    return goes_on(last, line)
