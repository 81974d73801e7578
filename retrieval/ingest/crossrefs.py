"""The places of its own text a clause refers to: "Đối với trường hợp tại điểm a khoản 1 Mục II: hỗ trợ
5.000.000 đồng/hộ" names its case only through that point, "… quy định tại khoản 2 Điều này" through
that paragraph. The text of the place referred to is the clause's context, as its headings are: the
clause is found, and weighed, by the words of the case it speaks of; so are the items a clause that refers
opens ("Đối tượng quy định tại điểm b khoản 2 Điều 1 … được hỗ trợ như sau:").

A reference is read only when it points to exactly one clause of the same text (a place of another
text, "khoản 1 Điều 2 Nghị định số 93/2021/NĐ-CP", is not followed), and a whole section is not taken.
"""

import re

from retrieval.models import Clause

LEVEL = r"điểm|tiết|khoản|mục|điều|chương|phần"
KEY = r"\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}(?![a-zđ])|[a-zđ]"
PART = rf"(?:{LEVEL})\s+(?:{KEY})(?!\w)"
SELF = r"(?:điều|mục|khoản|chương|phần)\s+này"
# "tại điểm a khoản 1 Mục II", "quy định tại khoản 2 Điều này", "theo điểm d", "nêu tại Mục III Kế hoạch này",
# "tại điểm b khoản 2 Điều 1 Nghị quyết này"
REFERENCE_RE = re.compile(rf"(?<!\w)(?:tại|theo|ở)\s+(?P<parts>{PART}(?:\s*,?\s*{PART})*)(?:\s+(?P<self>{SELF}))?"
                          rf"(?P<after>\s+\w+(?:\s+\w+){{0,2}})?", re.IGNORECASE)
PART_RE = re.compile(rf"({LEVEL})\s+({KEY})(?!\w)", re.IGNORECASE)
# levels whose word a label keeps ("Điều 5"); the others are named loosely ("khoản 1 Mục II" of "II, 1")
NAMED_LEVELS = {"điều", "chương", "phần"}
# after the place, the name of a text that is not "… này" points to another text
OTHER_TEXT_RE = re.compile(r"\s+(?:của|luật|nghị|thông|quyết|chỉ|kế|quy|điều lệ|hướng|công)\b", re.IGNORECASE)
MAX_REFERRED = 6  # clauses of one place taken (its own and those under it): a point, not a section


def with_references(clauses: list[Clause]) -> list[Clause]:
    """The clauses, each with the texts of the places of its own text it refers to in `referenced`."""
    out = []
    for clause in clauses:
        texts: list[str] = []
        for match in REFERENCE_RE.finditer(clause.text):
            if match["after"] and not match["self"] and OTHER_TEXT_RE.match(match["after"]) \
                    and not match["after"].lower().rstrip().endswith(" này"):
                continue
            parts = [(level.lower(), key.lower()) for level, key in PART_RE.findall(match["parts"])][::-1]
            if match["self"]:
                own = _own_part(clause, match["self"].split()[0].lower())
                if own is None:
                    continue
                parts.insert(0, own)
            texts.extend(t for t in _referred(clauses, clause, parts) if t not in texts)
        out.append(clause.model_copy(update={"referenced": texts}) if texts else clause)
    return _opened(out)


def _opened(clauses: list[Clause]) -> list[Clause]:
    """The items a clause opens ("Đối tượng quy định tại điểm b khoản 2 Điều 1 … được hỗ trợ như sau:" over
    "a) Bị thương …", "b) Chết …") speak of the place it refers to too."""
    openers = [c for c in clauses if c.referenced and c.text.rstrip(" *_").endswith(":")]
    out = []
    for clause in clauses:
        opener = next((o for o in openers if len(clause.path) > len(o.path) and clause.path[: len(o.path)] == o.path
                       and clause.document_id == o.document_id), None)
        if opener is not None and not clause.referenced:
            clause = clause.model_copy(update={"referenced": opener.referenced})
        out.append(clause)
    return out


def _own_part(clause: Clause, level: str) -> tuple[str, str] | None:
    """The place of the referring clause itself at a level ("Điều này" → its article)."""
    for element in reversed(clause.path):
        word, _, key = element.rpartition(" ")
        if word.lower() == level or (not word and level == "mục" and re.fullmatch(r"[IVXLC]+", key)):
            return level, key.lower()
    return None


def _referred(clauses: list[Clause], referring: Clause, parts: list[tuple[str, str]]) -> list[str]:
    """The texts of the one place `parts` (outermost first) names: its clause and those under it (an
    article may have no text of its own, only its paragraphs)."""
    places = {tuple(place) for c in clauses if c.document_id == referring.document_id and c.kind == "clause"
              and (place := _place(c.path, parts)) is not None}
    if len(places) != 1:
        return []
    place = list(places.pop())
    if referring.path[: len(place)] == place:
        return []  # "hiến máu tại Điểm 4" inside point 4 itself: a site, not a place of the text
    under = [c.text for c in clauses if c.path[: len(place)] == place and c.id != referring.id]
    return under if len(under) <= MAX_REFERRED else []


def _place(path: list[str], parts: list[tuple[str, str]]) -> list[str] | None:
    """The part of the path the places named (outermost first) end, matched by key (and by word where a
    label keeps it) on consecutive elements, or None."""
    for end in range(len(parts), len(path) + 1):
        if all(_is(element, level, key) for element, (level, key) in zip(path[end - len(parts) : end], parts)):
            return path[:end]
    return None


def _is(element: str, level: str, key: str) -> bool:
    word, _, own = element.rpartition(" ")
    return own.lower() == key and (level not in NAMED_LEVELS or word.lower() == level)
