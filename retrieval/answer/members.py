"""Questions that ask who or which are the members of a group they count themselves.

"Hai cá nhân chưa đủ 12 tháng công tác Hội tên là gì?", "12 cá nhân được khen thưởng gồm những ai?", "Ba hộ được
chọn … là những hộ nào?": the answer names them. A text that counts the same group ("02 cá nhân chưa đủ 12 tháng
tham gia công tác Hội.") and names none of them does not answer; one that goes on to name them does ("Chọn 03 hộ …:
hộ bà Trịnh Thị Lan …", "12 cá nhân (có danh sách kèm theo)", "gồm 05 đồng chí sau:").
"""

import re

from retrieval.answer.quantities import SPELLED_NUMBERS
from retrieval.text import has_diacritics, nfc, unaccent

# the count and the noun a question opens with ("Hai cá nhân …", "05 đại biểu …") (unaccented)
COUNTED_RE = re.compile(rf"^\W*(\d{{1,3}}|{'|'.join(SPELLED_NUMBERS)})\s+(\w+)\b")
# how a question asks members by name: "tên là gì", "là ai", "gồm những ai", "là những đơn vị nào" (unaccented)
IDENTITY_RE = re.compile(r"\b(?:(?:co\s+)?ten\s+(?:la\s+)?gi|(?:la|gom)\s+(?:nhung\s+)?ai"
                         r"|(?:la|gom)\s+(?:nhung\s+)?\w+(?:\s+\w+)?\s+nao)\s*\??\s*$")
# what names a counted group after its count in the same sentence: a colon or a bracket opening a list, "gồm",
# "là", "sau", or a proper name (unaccented, the case kept)
NAMING_RE = re.compile(r"[:(]|\b(?:gom|la|sau|nhu sau|co danh sach)\b|\b(?:ong|ba|dong chi|em|chau)\s+[A-Z]")


def counted_members(question: str) -> tuple[int, str] | None:
    """The count and the noun of the group whose members a question asks by name ("cá" of "Hai cá nhân …", as the
    question writes it); None for any other question."""
    lower = unaccent(nfc(question)).strip().lower()
    opened = COUNTED_RE.match(lower)
    if opened is None or not IDENTITY_RE.search(lower):
        return None
    count = opened.group(1)
    noun = nfc(question).strip().lower()[opened.start(2) : opened.end(2)]
    return (int(count) if count.isdigit() else SPELLED_NUMBERS[count]), noun


def names_members(text: str, count: int, noun: str) -> bool | None:
    """Whether `text`, where it counts the group ("02 cá nhân …"), goes on to name its members; None where it does
    not count it."""
    written = nfc(text) if has_diacritics(noun) else unaccent(nfc(text))
    found = None
    for m in re.finditer(rf"(?<![\d.,/])0*{count}\s+{re.escape(noun)}(?!\w)", written, re.IGNORECASE):
        rest = unaccent(re.split(r"[;.](?:\s|$)", written[m.end():], maxsplit=1)[0])
        found = found or bool(NAMING_RE.search(rest))
    return found
