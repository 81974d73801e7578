"""How a text is divided: "Quy chế … có mấy chương / điều?", "Kế hoạch gồm mấy mục?", read from the
places of its clauses ("Quy chế, Chương II, Điều 3, khoản 1"), each unit cited at its first clause."""

import re
from collections import Counter

from retrieval.answer.asks import plain_words
from retrieval.answer.compose import citation, describe
from retrieval.answer.quantities import FUNCTION_WORDS
from retrieval.models import Citation, Clause, Document
from retrieval.text import fold, unaccent

# The divisions of a text a count can ask for, by the word the question uses.
UNITS = {"chuong": "Chương", "dieu": "Điều", "muc": "Mục", "phan": "Phần"}
UNIT_RE = r"(?:Chương|Điều|Mục|Phần|Khoản|Điểm|Dòng) "
UNIT_SKIP = {"Phần mở đầu", "Phần kết"}
# parts that are no item of a list: a text's opening and closing, an unnumbered paragraph
ITEMLESS_RE = re.compile(r"(?:mở đầu|kết|đoạn \d+)$", re.IGNORECASE)
# "có những điều nào", "gồm các chương gì": the list of a text's divisions
LISTED_RE = re.compile(r"\b(?:nhung|cac)\s+(chuong|dieu|muc|phan)\s+(?:nao|gi)\b")


DIVISION_SIZES = frozenset({"lon", "nho", "chinh", "nao"})  # "mấy mục lớn"


def asked_unit(counted: list[str]) -> str | None:
    """The division a count asks for (the words after "mấy": "chương" → "Chương"), or None; not a division's
    word that another noun follows ("bao nhiêu phần quà": gifts)."""
    if not counted or len(counted) > 1 and counted[1] not in DIVISION_SIZES | FUNCTION_WORDS:
        return None
    return UNITS.get(counted[0])


def unit_listed(question: str) -> str | None:
    """The division a question asks the list of ("Chương III có những điều nào?": "Điều"), or None."""
    found = LISTED_RE.search(plain_words(question))
    return UNITS[found.group(1)] if found else None


def divisions(document: Document, clauses: list[Clause], question: str, unit: str,
              within: str | None = None) -> tuple[str, list[Citation]] | None:
    """The units of `document` (or of the text attached to it that the question names, "Quy chế"), or None;
    with `within` ("Chương III"), those of that part of it."""
    question = plain_words(question)
    if within:
        clauses = [c for c in clauses if within in c.label.split(", ")]
    parts = {c.label.split(", ")[0] for c in clauses if not re.match(UNIT_RE, c.label)}
    # an attached text ("Quy chế") when the question names it, else the document's own
    part = next((p for p in sorted(parts) if f" {plain_words(p)} " in f" {question} "), None)
    units: dict[str, Clause] = {}
    for clause in clauses:
        labels = clause.label.split(", ")
        if (labels[0] == part) if part else not (labels[0] in parts and len(labels) > 1):
            name = next((p for p in labels if p.startswith(unit + " ") and p not in UNIT_SKIP), None)
            if name and name not in units:
                units[name] = clause
    return _compose(document, part, list(units.items()), within) if units else None


def _compose(document: Document, part: str | None, units: list[tuple[str, Clause]],
             within: str | None = None) -> tuple[str, list[Citation]]:
    """How a text is divided ("Quy chế … có 4 chương: Chương I [1], …"), each unit cited at its first clause."""
    name = f"{part} kèm theo {describe(document)}" if part else describe(document)
    if within:
        name = f"{within} của {name}"
    kind = units[0][0].split()[0].lower()
    citations = [citation(n, clause, document, 1.0) for n, (_, clause) in enumerate(units, 1)]
    listed = "; ".join(f"{_titled(unit, clause)} [{n}]" for n, (unit, clause) in enumerate(units, 1))
    return f"{name} có {len(units)} {kind}: {listed}.", citations


def _titled(unit: str, clause: Clause) -> str:
    """"Chương II. Nội dung phối hợp": the unit with the title its heading gives it, when it has one."""
    number = unit.split(" ", 1)[1]
    for heading in clause.headings:
        text = " ".join(heading.replace("#", " ").replace("*", " ").split())
        for opener in (unit, f"{number}."):
            if text.startswith((opener + " ", opener + ".")):
                title = text[len(opener):].strip(" .:-")
                title = title.capitalize() if title.isupper() else title
                return f"{unit}. {title}" if title else unit
    return unit


def nth_item(clauses: list[Clause], rank: int, words: set[str], tasks: bool, accented: bool) -> list[str] | None:
    """The places of the item of rank `rank` (-1: the last) in a text's `clauses` (in document order), as
    the question points to them ("muc iii", "diem 1"): an item of the division whose headings hold the most
    of the question's `words` ("trong phần Tổ chức thực hiện"; folded when `accented`, else without
    diacritics: "phân công" is not "phần"), else, when `tasks` are asked, of the division that assigns the
    most of them, else of the text itself. None when there is no such item."""
    scores: dict[tuple[str, ...], int] = {}
    for clause in clauses:
        held: set[str] = set()
        for depth in range(1, len(clause.path)):  # a division with items under it
            if depth <= len(clause.headings):
                heading = clause.headings[depth - 1]
                held |= set(re.findall(r"\w+", fold(heading)) if accented else plain_words(heading).split())
            scores.setdefault(tuple(clause.path[:depth]), len(held & words))
    best = max(scores.values(), default=0)
    if best:
        division = next(p for p in sorted(scores, key=len) if scores[p] == best)
    elif tasks:
        # the part whose items lead the most tasks: a top part's ("Mục III"), or the text's own numbered points
        leads = Counter(tuple(c.path[:1]) if len(c.path) > 1 else () for c in clauses
                        if not ITEMLESS_RE.match(c.path[0]) and c.leads)
        division = leads.most_common(1)[0][0] if leads else ()
    else:
        division = ()
    items: dict[tuple[str, ...], Clause] = {}
    for clause in clauses:
        if tuple(clause.path[: len(division)]) == division and len(clause.path) > len(division) \
                and not ITEMLESS_RE.match(clause.path[len(division)]):
            items.setdefault(tuple(clause.path[: len(division) + 1]), clause)
    ranked = list(items.values())
    at = rank - 1 if rank > 0 else rank
    if not -len(ranked) <= at < len(ranked):
        return None  # "nhiệm vụ thứ năm" of a list of three
    return [plain_words(part) for part in ranked[at].label.split(", ")[: len(division) + 1]]


def place_title(places: list[str], clauses: list[Clause]) -> str | None:
    """The title line of the place asked about ("Điều 8. Mức hỗ trợ", "d) Kinh phí thực hiện:"): the deepest
    heading the quoted clauses share, when it is the title of the innermost place asked ("khoản 3 Mục III" of
    a clause headed "III. NHIỆM VỤ" has none of its own); None when there is none."""
    if not places or not clauses:
        return None
    shared = clauses[0].headings
    for clause in clauses[1:]:
        shared = [h for h, other in zip(shared, clause.headings) if h == other]
    if not shared:
        return None
    parts = [unaccent(part).split()[-1] for part in clauses[0].label.split(", ")]  # "Mục III, điểm 3": iii, 3
    asked = [(level, "d" if key == "dd" else key) for level, key in (place.split(" ", 1) for place in places)]
    found = [(parts.index(key), level, key) for level, key in asked if key in parts]
    if not found:
        return None
    _, level, key = max(found)  # "điểm d Điều 1" or "Điều 2 khoản 2": the innermost, as the label nests them
    title = unaccent(shared[-1]).lstrip("#* ")
    own = re.match(rf"(?:{level}\s+)?{re.escape(key)}\s*[.):\-–]", title)  # "đ)" is "d)" once unaccented
    return shared[-1] if own and len(title) > own.end() + 1 else None
