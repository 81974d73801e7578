"""Build .docx and .pdf files from seed text, as the documents are published, for loader tests."""

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"  # the raw seeds of corpus/, as received
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ("002")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_blocks(prefix: str) -> list[str]:
    """The seed's paragraphs without Markdown marks (what a word processor would hold)."""
    text = seed_path(prefix).read_text(encoding="utf-8")
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"\\(.)", r"\1", line).replace("*", "").strip() for line in block.split("\n")]
        if any(lines):
            blocks.append("\n".join(line for line in lines if line))
    return blocks


def write_docx(blocks: list[str], path: Path) -> Path:
    """One paragraph per block (a "#" block becomes a heading), lines inside a block as line breaks."""
    import docx

    document = docx.Document()
    for block in blocks:
        heading = re.match(r"^(#+)\s+(.*)$", block, re.DOTALL)
        if heading:
            document.add_heading(heading.group(2), level=len(heading.group(1)))
        else:
            document.add_paragraph(block)
    document.save(str(path))
    return path


def write_pdf(blocks: list[str], path: Path, password: str | None = None) -> Path:
    """A text PDF (DejaVu Sans, wrapped lines, a gap between paragraphs); encrypted when `password` is set."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", "", str(FONT))
    pdf.set_font("dejavu", size=11)
    pdf.add_page()
    for block in blocks:
        pdf.multi_cell(0, 6, block.lstrip("# "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(path))
    if password is not None:
        _encrypt(path, password)
    return path


def _encrypt(path: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    with path.open("wb") as out:
        writer.write(out)
