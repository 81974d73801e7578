"""Make scanned fixtures: a text laid out as a printed directive, photographed badly, saved as images.

`render_pages` lays a corpus body out like a printed administrative text (A4 at 200 dpi, DejaVu Serif
12 pt, the two-column header and closing, justified paragraphs with an indented first line, the page
number at the top from page 2 on). `degrade` turns a clean page into a scan: rotated by up to 1°,
speckled with noise, passed through a low-quality JPEG. `write_image_pdf` keeps only the images.
`character_error_rate` measures OCR output against the source text.
"""

import io
import random
import re
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 200
PAGE = (round(8.27 * DPI), round(11.69 * DPI))  # A4
MARGINS = (round(1.0 * DPI), round(0.7 * DPI), round(0.6 * DPI), round(0.7 * DPI))  # left, top, right, bottom
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
POINTS = 12
RIGHT_MOTTOS = re.compile(r"^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc)$")
DATE_LINE = re.compile(r"^[^,\d]{2,40}, ngày .* năm \d{4}$")


def _font(style: str = "", points: float = POINTS) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"DejaVuSerif{style}.ttf"), round(points * DPI / 72))


def body_of(markdown: Path) -> str:
    """A corpus file's body: the text after its YAML front matter."""
    text = markdown.read_text(encoding="utf-8")
    return re.sub(r"\A---\n.*?\n---\n+", "", text, flags=re.DOTALL)


class _Layout:
    """Put lines on pages top to bottom; a new page starts when the next line would not fit."""

    def __init__(self) -> None:
        self.pages: list[Image.Image] = []
        self.y = 0
        self._new_page()

    def _new_page(self) -> None:
        page = Image.new("L", PAGE, 255)
        self.pages.append(page)
        self.draw = ImageDraw.Draw(page)
        self.y = MARGINS[1]
        if len(self.pages) > 1:  # the page number, centred at the top, from page 2 on
            number = str(len(self.pages))
            font = _font()
            width = self.draw.textlength(number, font=font)
            self.draw.text(((PAGE[0] - width) / 2, self.y), number, font=font, fill=0)
            self.y += round(font.size * 2.2)

    def room(self, height: int) -> None:
        if self.y + height > PAGE[1] - MARGINS[3]:
            self._new_page()

    def column(self, lines: list[tuple[str, ImageFont.FreeTypeFont]], left: int, right: int, top: int, centred: bool = True) -> int:
        """Centre (or left-align) each line between x=left and x=right from y=top; return the y below the last."""
        y = top
        for text, font in lines:
            if text:
                width = self.draw.textlength(text, font=font)
                self.draw.text((left + (right - left - width) / 2 if centred else left, y), text, font=font, fill=0)
            y += round(font.size * 1.35)
        return y

    def two_columns(self, left: list[tuple[str, ImageFont.FreeTypeFont]], right: list[tuple[str, ImageFont.FreeTypeFont]], centred: bool = True) -> None:
        height = max(len(left), len(right)) * round(_font().size * 1.35)
        self.room(height)
        middle = round(PAGE[0] * 0.48)
        bottom = max(
            self.column(left, MARGINS[0] - 100, middle, self.y, centred),
            self.column(right, middle + 20, PAGE[0] - MARGINS[2] + 20, self.y, True),
        )
        self.y = bottom + round(_font().size * 0.8)

    def recipients(self, lines: list[str], font: ImageFont.FreeTypeFont) -> None:
        """"Kính gửi: - …" on its first line, the other recipients aligned under the first one."""
        label = lines[0].split("-", 1)[0]
        x = MARGINS[0] + 200
        step = round(font.size * 1.45)
        for index, line in enumerate(lines):
            self.room(step)
            offset = x if index == 0 else x + self.draw.textlength(label, font=font)
            self.draw.text((offset, self.y), line, font=font, fill=0)
            self.y += step
        self.y += round(font.size * 0.5)

    def paragraph(self, text: str, font: ImageFont.FreeTypeFont, indent: int = 60) -> None:
        """Justified lines, the first indented, the last left-aligned."""
        width = PAGE[0] - MARGINS[0] - MARGINS[2]
        words, line, lines = text.split(), [], []
        for word in words:
            room = width - (indent if not lines else 0)
            if line and self.draw.textlength(" ".join([*line, word]), font=font) > room:
                lines.append(line)
                line = []
            line.append(word)
        if line:
            lines.append(line)
        step = round(font.size * 1.45)
        for index, words_in_line in enumerate(lines):
            self.room(step)
            x = MARGINS[0] + (indent if index == 0 else 0)
            room = width - (indent if index == 0 else 0)
            if index == len(lines) - 1 or len(words_in_line) == 1:
                self.draw.text((x, self.y), " ".join(words_in_line), font=font, fill=0)
            else:
                used = sum(self.draw.textlength(w, font=font) for w in words_in_line)
                gap = (room - used) / (len(words_in_line) - 1)
                for word in words_in_line:
                    self.draw.text((x, self.y), word, font=font, fill=0)
                    x += self.draw.textlength(word, font=font) + gap
            self.y += step
        self.y += round(font.size * 0.5)


def render_pages(body: str) -> list[Image.Image]:
    """Lay out a directive's body (header block, "Kính gửi", paragraphs, "Nơi nhận" and signature)."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", body) if block.strip()]
    start = next(i for i, block in enumerate(blocks) if block.startswith("Kính gửi"))
    closing = next(i for i, block in enumerate(blocks) if block.startswith("Nơi nhận"))
    regular, bold, italic, small = _font(), _font("-Bold"), _font("-Italic"), _font("", POINTS - 2)
    left, right = [], []
    for block in blocks[:start]:
        lines = block.split("\n")
        if RIGHT_MOTTOS.match(lines[0]):
            right += [(line, bold) for line in lines] + [("", regular)]
        elif DATE_LINE.match(lines[0]):
            right += [(line, italic) for line in lines]
        elif lines[0].isupper():  # the issuer: the parent body, then the issuer in bold
            left += [(line, bold if i == len(lines) - 1 else regular) for i, line in enumerate(lines)]
        else:  # the number, then the trích yếu in a smaller type
            left += [(line, small if line.startswith(("V/v", "Hội và")) or i else regular) for i, line in enumerate(lines)]
    layout = _Layout()
    layout.two_columns(left, right)
    layout.recipients(blocks[start].split("\n"), regular)
    for block in blocks[start + 1 : closing]:
        layout.paragraph(block, regular)
    received = [(blocks[closing], _font("-BoldItalic"))] + [(line, small) for line in blocks[closing + 1].split("\n")]
    signature = [(line, bold) for line in blocks[closing + 2].split("\n")] + [("", regular), ("", regular)]
    signature += [(line, bold) for block in blocks[closing + 3 :] for line in block.split("\n")]
    layout.two_columns(received, signature, centred=False)
    return layout.pages


def degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """A scan of the page: rotated within ±1°, grey noise and dark specks, a JPEG at quality 55."""
    rotated = page.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(rotated, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 18.0, pixels.shape)
    specks = np.random.default_rng(rng.randrange(2**32)).random(pixels.shape) < 0.0015
    pixels = np.clip(pixels + noise, 0, 255)
    pixels[specks] = 40
    buffer = io.BytesIO()
    Image.fromarray(pixels.astype(np.uint8), "L").save(buffer, "JPEG", quality=55)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def write_image_pdf(pages: list[Image.Image], path: Path) -> Path:
    """An image-only PDF (no text layer), one page per image, at the scan resolution."""
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return path


def scan_pdf(body: str, path: Path, seed: int = 1277) -> Path:
    """Render `body`, degrade every page and save the scans as an image-only PDF."""
    rng = random.Random(seed)
    return write_image_pdf([degrade(page, rng) for page in render_pages(body)], path)


def flatten(text: str) -> str:
    """Text compared for the error rate: Markdown emphasis dropped, whitespace collapsed."""
    return " ".join(text.replace("*", "").split())


def character_error_rate(recognised: str, source: str) -> float:
    """Levenshtein distance between the flattened texts over the source length."""
    a, b = flatten(source), flatten(recognised)
    previous = np.arange(len(b) + 1, dtype=np.int32)
    codes = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    steps = np.arange(len(b) + 1, dtype=np.int32)
    for i, char in enumerate(a, 1):
        cost = (codes != ord(char)).astype(np.int32)
        row = np.empty_like(previous)
        row[0] = i
        row[1:] = np.minimum(previous[1:] + 1, previous[:-1] + cost)
        row = np.minimum.accumulate(row - steps) + steps  # insertions along the row
        previous = row
    return float(previous[-1]) / max(len(a), 1)


class ScannedFixture:
    """A scanned copy of a corpus document, read by OCR once; its OCR cache can seed a data directory."""

    def __init__(self, source: Path, folder: Path):
        from retrieval.ingest.loaders import load_document
        from retrieval.ingest.ocr import OcrOptions

        self.source = source
        self.body = body_of(source)
        self.pdf = scan_pdf(self.body, folder / f"{source.stem}.pdf")
        self.cache = folder / "ocr-cache"
        self.loaded = load_document(self.pdf, OcrOptions(cache_dir=self.cache))

    def seed(self, data_dir: Path) -> None:
        """Copy the recognised pages into `data_dir`'s OCR cache (Tesseract is not run again)."""
        import shutil

        shutil.copytree(self.cache, Path(data_dir) / "ocr", dirs_exist_ok=True)
