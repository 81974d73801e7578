"""Which row of a table stands first or last by the column a question names ("Xã nào có chỉ tiêu hiến máu cao nhất?",
"Địa phương nào … thấp nhất?"): the row's name and its figure, read off the table's rows, which no sentence states."""

import re
from dataclasses import dataclass

from retrieval.answer.asks import plain_words
from retrieval.answer.quantities import NUMBER, number_value
from retrieval.answer.value_reader import opens_total
from retrieval.ingest.parser import GROUP_NUMBER, table_cells
from retrieval.models import Clause
from retrieval.text import has_diacritics, nfc, unaccent

# the words a question ranks by, most and least: "cao nhất", "nhiều hộ nhất"; not a
# floor or a ceiling, "ít nhất 3 lần", nor "ít nhất bao nhiêu" (what the least allowed is). Typed without diacritics,
# not "đông" ("vận động thấp nhất")
MOST, LEAST = ("cao", "nhiều", "lớn", "đông"), ("thấp", "ít", "nhỏ")
FLOOR_BEFORE_RE = re.compile(r"\b(?:bao nhieu|may|toi thieu|toi da)\s+$")
# "xã nào", "xã, phường nào", "địa phương nào", "…(không tính phường), xã nào": the kinds of row asked for (unaccented)
WHICH_RE = re.compile(r"(?:^|[^\w\s]|\b(?:cac|nhung|trong)\b)\s*((?:\w+\s*,\s*)*\w+(?:\s+\w+)?)\s+nao\b")
FIGURE_RE = re.compile(NUMBER)  # a cell that holds a number alone: "1.265", "210,5", "37"
UNIT_RE = re.compile(r"\(([^()]{1,20})\)\s*$")  # "Lúa, hoa màu thiệt hại (ha)": the column's unit
RANKING_WORDS = frozenset("cao thap nhieu it lon nho dong nhat nao".split())


@dataclass(frozen=True)
class Ranked:
    """The row that ranks as asked: its clause, its name and its figure as the table writes them."""

    clause: Clause
    name: str
    figure: str
    unit: str

    @property
    def value(self) -> str:
        return f"{self.name}: {self.figure}{f' {self.unit}' if self.unit else ''}"


def rank_asked(question: str) -> int | None:
    """1 when the question asks which row has the most ("… cao nhất"), -1 the least, None when it asks no rank."""
    plain = unaccent(question).lower()
    which = WHICH_RE.search(plain)
    if which is None:
        return None
    accented = has_diacritics(question)
    written = nfc(question).lower() if accented else plain
    for direction, words in ((1, MOST), (-1, LEAST)):
        found = _ranking(words, accented).search(written, which.end())
        if found and not FLOOR_BEFORE_RE.search(plain[: found.start()]):
            return direction
    return None


def _ranking(words: tuple[str, ...], accented: bool) -> re.Pattern:
    """"<word> … nhất" (up to three words between: "nhiều nhà hư hỏng nhất"), not before a number; typed bare, the
    words as typed so."""
    if not accented:
        words = tuple(unaccent(w) for w in words if w != "đông")
    most = "nhất" if accented else "nhat"
    return re.compile(rf"\b(?:{'|'.join(words)})(?:\s+\w+){{0,3}}?\s+{most}\b(?!\s*\d)")


def ranked_row(question: str, words: set[str], direction: int, header_row: str, rows: list[Clause]) -> Ranked | None:
    """Of one table's rows under its header row, the row that stands first (`direction` 1) or last (-1) by the one
    column of figures whose heading shares most of the question's content `words` (syllables, unaccented); of the kind
    of row asked, when the table has rows of several ("xã nào" of communes and wards). None when no one column is
    named."""
    header = table_cells(header_row)
    if not header:
        return None
    plain = unaccent(question).lower()
    kinds = [" ".join(k.split()) for k in WHICH_RE.search(plain).group(1).split(",")]
    listed = [(row, cells, _name(cells)) for row in rows if (cells := table_cells(row.text)) and len(cells) == len(header)]
    listed = [(row, cells, name) for row, cells, name in listed
              if name and not opens_total([name]) and not GROUP_NUMBER.fullmatch(cells[0].strip())]
    of_kind = [entry for entry in listed if any(unaccent(entry[2]).lower().startswith(f"{k} ") for k in kinds)]
    listed = of_kind or listed
    if len(listed) < 2:
        return None
    asked = words - RANKING_WORDS - {w for k in kinds for w in k.split()}
    figures = [i for i in range(len(header)) if sum(bool(FIGURE_RE.fullmatch(cells[i])) for _, cells, _ in listed) * 2 > len(listed)]
    shared = {i: len(asked & set(plain_words(header[i]).split())) for i in figures}
    best = max(shared.values(), default=0)
    named = [i for i, n in shared.items() if n == best]
    if len(named) > 1:  # (of columns named alike, the total's: "nhiều nhà nhất" of "Xây mới (nhà) | … | Tổng (nhà)")
        named = [i for i in named if opens_total([header[i]])]
    if not best or len(named) != 1:
        return None  # no column named, or two named alike
    column = named[0]
    valued = [(number_value(cells[column]), row, cells, name) for row, cells, name in listed if FIGURE_RE.fullmatch(cells[column])]
    if not valued:
        return None
    _, row, cells, name = max(valued, key=lambda v: v[0] * direction)
    unit = UNIT_RE.search(header[column])
    return Ranked(row, name, cells[column], unit.group(1) if unit else "")


def _name(cells: list[str]) -> str:
    """The cell that names a row: its first cell of words (not its number)."""
    return next((cell for cell in cells if re.search(r"[^\W\d_]", cell) and not GROUP_NUMBER.fullmatch(cell)), "")
