"""Quantities and the ranges a text states them in.

Rules set their sums, counts and shares by bracket ("Khoản chi từ 50.000.000 đồng đến dưới 200.000.000
đồng: Chủ tịch phê duyệt", "hiến máu từ 10 lần đến dưới 20 lần", "suy giảm khả năng lao động từ 21% trở
lên", "tối đa không quá 5.000.000 đồng"). A question that names one quantity ("khoản chi 120 triệu",
"hiến máu 12 lần") is answered by the bracket that holds it, which writes another number. The grammar of
the brackets is that of Vietnamese administrative text, matched on the text without diacritics.
"""

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from retrieval.text import aligned, has_diacritics, nfc, unaccent

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# small numbers written in words, without diacritics ("hai lớp", "chín tháng")
SPELLED_NUMBERS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
SCALES = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9, "ti": 1e9}
SCALE_WORDS = frozenset({*SCALES, "nghìn", "ngàn", "triệu", "tỷ", "tỉ"})  # as written, with or without diacritics
# (not "tỷ lệ", "tỷ trọng", "tỷ số": "Đến 2030 tỷ lệ …" is a year and a rate, no 2.030 tỷ)
# (a number after a word's slash is one: "08 người/01 hướng dẫn viên"; after a number's, part of a date)
QUANTITY_RE = re.compile(
    rf"(?<![\w.,])(?<![\d/]/)({NUMBER})(?:\s*({'|'.join(SCALES)})\b(?!\s+(?:le|trong|so)\b))?(?:\s*(%|phan\s+tram\b|[a-z]+\b))?")
ASKING_AFTER_RE = re.compile(r"bao\s+nhieu\b")  # the question's words after a number it names (unaccented; "mấy" as written)
# a number of a date or of a document ("15/3/2025", "47/QĐ-CTĐ", "15-3-2025"), not a quantity
DATED_RE = re.compile(r"/|-\d+-|-(?:19|20)\d\d\b")
YEAR_RE = re.compile(r"(?:19|20)\d\d")  # "năm 2015" is no quantity
# a number that labels or orders ("ngày 15 tháng 3", "Điều 5", "đợt 2", "lần thứ 3", "số 47"), no quantity
LABEL_BEFORE_RE = re.compile(
    r"\b(?:ngay|thang|nam|quy|so|dieu|khoan|muc|diem|chuong|phan|dot|thu|giai\s+doan"
    # a kind, a group, a level, an annex, a scenario, an option, a form ("quà loại 1", "nhóm 2", "cấp độ 3", "phụ lục 2",
    # "kịch bản 1", "phương án 2", "biểu 3", "tiêu chí 4", "mẫu 02")
    r"|loai|nhom|cap\s+do|phu\s+luc|kich\s+ban|phuong\s+an|bieu|tieu\s+chi|mau"
    # a place numbered ("thôn 3", "khu phố 2", "Phường 3", "Quận 1": no three communes in "thôn 3 xã Trà Mai")
    r"|thon|xom|ap|buon|khu|khu\s+pho|to\s+dan\s+pho|phuong|quan"
    # a text's number after its kind ("QĐ 1876", "công văn 2318", "KH 52")
    r"|kh|qd|cv|ct|kl|tb|nq|nd|hd|tt|bc|ke\s+hoach|quyet\s+dinh|cong\s+van|chi\s+thi|ket\s+luan|thong\s+bao"
    r"|nghi\s+quyet|nghi\s+dinh|huong\s+dan|thong\s+tu|bao\s+cao|van\s+ban|cong\s+dien|luat)\s*$")
LABELS_WRITTEN_ONLY = {"mau": "mẫu"}  # label words read as labels only as written with their diacritics
# the level words of a text's places as written with their diacritics: "mức 600 nghìn" is a sum, "mục 6" a place
LEVELS_WRITTEN = {"chuong": "chương", "phan": "phần", "muc": "mục", "dieu": "điều", "khoan": "khoản", "diem": "điểm",
                  "tiet": "tiết", "y": "ý", "dong": "dòng"}
# Words of a sentence's grammar (unaccented), never a unit nor a counted noun: the words that end the noun a
# count is asked of ("bao nhiêu tuổi thì …": "tuổi"), and prepositions, which join a case to what follows
# and tell none apart ("máu từ người", "máu do người")
# (each written with its diacritics too, which tell it from a noun spelled alike without them: "quà" is no "qua")
FUNCTION_WRITTEN = "thì là được có sẽ đã phải của cho để trong tại ở và với như khi nếu mà mới từ theo đến sau vào".split()
PREPOSITIONS_WRITTEN = "từ do đến tới trên dưới theo qua sau trước về".split()
GRAMMAR_WRITTEN = frozenset([*FUNCTION_WRITTEN, *PREPOSITIONS_WRITTEN, "này"])
FUNCTION_WORDS = frozenset(unaccent(w) for w in FUNCTION_WRITTEN)
PREPOSITIONS = frozenset(unaccent(w) for w in PREPOSITIONS_WRITTEN)
GRAMMAR_WORDS = frozenset(unaccent(w) for w in GRAMMAR_WRITTEN)
# units of time: a time of day or a date writes them too ("lúc 13 giờ", "15 tháng 3"), no bracket of them tells
# a case apart
TIME_UNITS = frozenset("gio phut ngay tuan thang quy nam".split())
# the words before a number that open a bracket: its lower bound, or its upper one
LOWER_RE = re.compile(r"\b(?:tu|tren|hon|qua|toi\s+thieu|it\s+nhat|khong\s+duoi|khong\s+it\s+hon)\s*$")
STRICT_LOWER_RE = re.compile(r"\b(?:tren|hon|qua)\s*$")
UPPER_RE = re.compile(r"\b(?:duoi|den|toi\s+da|khong\s+qua|khong\s+vuot\s+qua|it\s+hon|chua\s+den)\s*(?:het\s*)?$")
STRICT_UPPER_RE = re.compile(r"\b(?:duoi|it\s+hon|chua\s+den)\s*$")
PER_ONE_BEFORE_RE = re.compile(r"\btren\s*$")  # "… trên 1 hướng dẫn viên": per one
UP_AFTER_RE = re.compile(r"\s*tro\s+len\b")
DOWN_AFTER_RE = re.compile(r"\s*tro\s+xuong\b")
# "từ 10 lần đến dưới 20 lần", "50 - 200 triệu đồng": the second number closes the bracket the first opens
JOINED_RE = re.compile(r"(?:\s+[a-z]+){0,2}?\s*(?:den(?:\s+het)?|[-–])\s*(duoi\s+|chua\s+den\s+)?$")  # "50 đơn vị đến"


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, at `span` of the text it was read from."""

    value: float
    unit: str
    span: tuple[int, int]
    number: str = ""
    scale: float = 1.0


@dataclass(frozen=True)
class Bracket:
    """The values from `low` to `high` of one unit a text states (a single value: both equal)."""

    low: float
    high: float
    unit: str
    open_low: bool = False
    open_high: bool = False

    def meets(self, other: "Bracket") -> bool:
        """The two brackets share a value: "dưới 30%" and "từ 30% đến dưới 50%" share none."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        if low != high:
            return low < high
        closed = [not b.open_low for b in (self, other) if b.low == low] + [not b.open_high for b in (self, other) if b.high == high]
        return all(closed)

    def holds(self, quantity: Quantity) -> bool:
        if quantity.unit != self.unit:
            return False
        above = quantity.value > self.low or not self.open_low and quantity.value == self.low
        below = quantity.value < self.high or not self.open_high and quantity.value == self.high
        return above and below


def number_value(written: str) -> float:
    """The value of a number as Vietnamese writes it: "1.265" is 1265, "210,5" is 210.5."""
    return float(written.replace(".", "").replace(",", "."))


def _unit(scale: str | None, word: str | None) -> str:
    """"%" for a share, "dong" for a sum (a scale word with no unit after it: "120 triệu"), else the word
    (none when it is a word of the sentence's grammar: "1876 có hiệu lực")."""
    if word and (word == "%" or word.startswith("phan")):
        return "%"
    if word in ("d", "dong", "vnd") or scale and (not word or word in GRAMMAR_WORDS):
        return "dong"  # (and "dưới 100 triệu thì …": a word of the grammar after the scale)
    return "" if word is None or word in GRAMMAR_WORDS else word


def quantities(text: str) -> list[Quantity]:
    """The numbers a text writes with their unit ("120 triệu đồng": 120 000 000 đồng; "35%"; "12 lần"), not
    those of a date, a year or a document's number ("15/3/2025", "2015", "47/QĐ-CTĐ")."""
    return list(_quantities(text))


@lru_cache(maxsize=4096)  # a question's quantities are read against every clause it weighs
def _quantities(text: str) -> tuple[Quantity, ...]:
    pair = aligned(text)
    written, plain = pair if pair else (text, unaccent(text))
    found = []
    for m in QUANTITY_RE.finditer(plain):
        number_end, scale_word, word, end = m.end(1), m.group(2), m.group(3), m.end()
        if scale_word and pair and written[m.start(2) : m.end(2)].lower() not in SCALE_WORDS:
            # "2025 ngân hàng …": a word spelled like a scale once unaccented, not one
            scale_word, word, end = None, None, number_end
        if DATED_RE.match(plain, number_end) or YEAR_RE.fullmatch(m.group(1)) and not scale_word \
                or _labelled(written, plain, m.start()):
            continue
        if word and (UP_AFTER_RE.match(plain, m.start(3) - 1) or DOWN_AFTER_RE.match(plain, m.start(3) - 1)
                     or ASKING_AFTER_RE.match(plain, m.start(3)) or pair and written[m.start(3) : m.end(3)].lower() == "mấy"):
            # "100 triệu trở lên": the bracket's, no unit; "báo động 3 bao nhiêu": the question's words, no unit
            word, end = None, m.end(2) if scale_word else number_end
        scale = SCALES.get(scale_word or "", 1.0)
        found.append(Quantity(number_value(m.group(1)) * scale, _unit(scale_word, word), (m.start(), end), m.group(1), scale))
    return tuple(found)


def _labelled(written: str, plain: str, start: int) -> bool:
    """A label word stands right before the number at `start` ("Điều 5", "đợt 2"), spelled as the label is when
    the text has diacritics ("mức 600 nghìn" is no "mục 600")."""
    label = LABEL_BEFORE_RE.search(plain, 0, start)
    if label is None:
        return False
    word = label.group(0).split()[-1]
    at = label.start() + label.group(0).rfind(word)
    return spelled_as_level(word, written[at : at + len(word)])


def spelled_as_level(plain: str, written: str) -> bool:
    """A word read as a level of a text's places ("muc") is written as one ("mục", or bare "muc"), not as another
    word spelled alike without diacritics ("mức"); a form's ("mẫu 02") only as written with its diacritics (bare, it
    may be blood: "hien mau 350 ml"); a word of no level is taken as written."""
    if plain in LABELS_WRITTEN_ONLY:
        return written.lower() == LABELS_WRITTEN_ONLY[plain]
    return plain not in LEVELS_WRITTEN or written.lower() in (plain, LEVELS_WRITTEN[plain])


def brackets(text: str) -> list[Bracket]:
    """The brackets a text states: "từ A đến (dưới) B", "A – B", "từ A trở lên", "dưới / tối đa / không quá
    B", "trên A", and a value alone (a bracket of one)."""
    return list(_brackets(text))


@lru_cache(maxsize=8192)  # a clause's brackets, read again by every question that names a quantity
def _brackets(text: str) -> tuple[Bracket, ...]:
    plain = unaccent(text)
    found = _quantities(text)
    stated: list[Bracket] = []
    skip = -1
    for n, q in enumerate(found):
        if n == skip:
            continue
        before = plain[max(0, q.span[0] - 24) : q.span[0]]
        nxt = found[n + 1] if n + 1 < len(found) else None
        joined = JOINED_RE.match(plain[q.span[1] : nxt.span[0]]) if nxt and nxt.span[0] - q.span[1] < 24 else None
        if joined and nxt is not None and (not q.unit or q.unit == nxt.unit or not nxt.unit):
            unit = nxt.unit or q.unit
            low = q.value * nxt.scale if not q.unit and q.scale == 1.0 else q.value  # "50 - 200 triệu đồng"
            stated.append(Bracket(low, nxt.value, unit, bool(STRICT_LOWER_RE.search(before)), bool(joined.group(1))))
            skip = n + 1
        else:
            stated.append(_bound(plain, q, text) or Bracket(q.value, q.value, q.unit))
    return tuple(stated)


def held_quantities(question: str, text: str) -> list[Quantity]:
    """The question's quantities that a bracket of the text holds ("khoản chi 120 triệu đồng" in "từ
    50.000.000 đồng đến dưới 200.000.000 đồng"; "1 tỷ đồng" in "1.000.000.000 đồng")."""
    return compared(question, text)[0]


def _bound(plain: str, q: Quantity, written: str = "") -> Bracket | None:
    """The open bracket one quantity is written with ("từ 21% trở lên", "dưới 80%", "trên 10 lần"), read on the
    text without diacritics (and on the text as `written`, where it has them: "kết quả 6 tháng" is no "quá 6 tháng");
    None for a value alone."""
    before, after = plain[max(0, q.span[0] - 24) : q.span[0]], plain[q.span[1] :]
    if UP_AFTER_RE.match(after):
        return Bracket(q.value, math.inf, q.unit, bool(STRICT_LOWER_RE.search(before)))
    if DOWN_AFTER_RE.match(after) or UPPER_RE.search(before):
        return Bracket(-math.inf, q.value, q.unit, open_high=bool(STRICT_UPPER_RE.search(before)))
    if (lower := LOWER_RE.search(before)) and _bound_as_written(written, plain, max(0, q.span[0] - 24) + lower.start(), q.span[0]):
        return Bracket(q.value, math.inf, q.unit, bool(STRICT_LOWER_RE.search(before)))
    return None


def _bound_as_written(written: str, plain: str, start: int, end: int) -> bool:
    """Whether the bound word at `start:end` of a text read bare is one as the text writes it, where it writes diacritics:
    "quá" (over), not "quả" ("kết quả 6 tháng")."""
    if len(written) != len(plain) or not has_diacritics(written):
        return True
    word = written[start:end].strip().lower()
    return unaccent(word) != "qua" or word == "quá"


EACH_UNIT_RE = re.compile(r"(?:/\s*|\bmoi\s+)(\w+)")  # the unit a value is given per ("đồng/căn", "mỗi hộ"), unaccented


def each_units(text: str) -> set[str]:
    """The units a text gives a value per ("đồng/căn", "mỗi hộ"), unaccented."""
    return {m.group(1) for m in EACH_UNIT_RE.finditer(unaccent(text).lower())}


ORDINAL_COUNT_RE = re.compile(r"\b(lần|Lần) thứ (\d{1,3})\b")  # "lần thứ 20": the 20th time


def compared(question: str, text: str, exact: bool = False) -> tuple[list[Quantity], list[Quantity]]:
    """The question's quantities a bracket of the text holds, and those of a unit the text brackets (not a
    unit of time) that none of its brackets holds ("thiệt hại 30%" / "thiệt hại từ 50% trở lên"). `exact`: a figure
    is asked of the class the question's bracket names, which only the same bracket holds ("tỷ lệ đơn vị máu 450 ml
    trở lên" is no share of those "từ 350 ml trở lên", though a rule for the wider class holds for it)."""
    # (a count written as its ordinal is that count: "từ lần thứ 20 trở lên" is "từ 20 lần trở lên")
    text = ORDINAL_COUNT_RE.sub(r"\2 \1", text)
    # (not one of what the text gives a value per: "xây mới 1 căn nhà … bao nhiêu" of "60 căn nhà, … 50.000.000 đồng/căn")
    each = each_units(text)
    asked = [q for q in _quantities(question) if q.unit and not (q.value == 1 and q.unit in each)]
    if not asked:
        return [], []
    stated = _brackets(text)
    plain = unaccent(question)
    # "thu dưới 80%": a quantity the question names a bracket of is held by a bracket it meets (not one "trên"
    # divides by: "mấy người trên 1 hướng dẫn viên" is a ratio)
    bounds = {q: None if q.value == 1 and PER_ONE_BEFORE_RE.search(plain, 0, q.span[0]) else _bound(plain, q, nfc(question))
              for q in asked}
    held = [q for q in asked if any(b.unit == q.unit and bounds[q].meets(b) and not (exact and bounds[q].low != b.low)
                                    if bounds[q] else b.holds(q) for b in stated)]
    # (of time too when the question bounds it: "nằm viện dưới 3 ngày" / "từ 03 ngày trở lên")
    outside = [q for q in asked if q not in held and (q.unit not in TIME_UNITS or bounds[q])
               and any(b.unit == q.unit for b in stated)]
    return held, outside
