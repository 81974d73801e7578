"""Agencies: the alias table (`data/aliases.yaml`) and who a clause assigns work to.

Names are matched on folded text (case, "Uỷ"/"Ủy" and "hoà"/"hòa" tone placement ignored) and, for
text typed without diacritics, on unaccented text with only the aliases that stay unambiguous there.
A level word after a name ("tỉnh", "cấp huyện", "các huyện, thành phố", "các xã, thị trấn") is part
of the mention; when the agency has an entry for that level (`part_of` + `level` in aliases.yaml) the
mention resolves to it: "Hội Chữ thập đỏ tỉnh" and "Hội Chữ thập đỏ huyện" are two agencies, both
in the family of "Hội Chữ thập đỏ".

A clause's actors come from its heading chain ("5. Sở Giáo dục và Đào tạo" leads every bullet under
it) and from its own wording: the subject that opens a sentence, whoever "Giao"/"Đề nghị"/"yêu cầu"
addresses (lead), and whoever follows "phối hợp với"/"cùng" (cooperating). Grounds sentences ("Căn
cứ Luật …", "Theo đề nghị của …", "Xét đề nghị …") name no actor, nor does the subject of "ban hành"
(the issuer). A task table names its actors in columns (`table_actors`).
"""

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from retrieval.datafiles import read_data_file
from retrieval.errors import CtdError
from retrieval.index.lexical import word_tags
from retrieval.models import Actor
from retrieval.text import fold, has_diacritics, nfc, unaccent

FIND_CACHE_SIZE = 8192  # texts whose agency mentions are kept (clauses, issuers, sentences)

ALIASES_FILE = Path(__file__).parent.parent / "data" / "aliases.yaml"

# A letter or a combining mark: fold() leaves some tone marks uncomposed, and a name must not end
# inside a syllable ("ban" must not match "bàn").
_WORDCHAR = r"[\w\u0300-\u036f]"
# Words that hand a task to the agencies after them; an agency before them is the issuer, not an actor.
RED_CROSS = "Hội Chữ thập đỏ"  # "Hội" for short in its own texts
# The standing organs that act, and adopt texts, in their body's name ("Ban Thường vụ Hội Chữ thập đỏ huyện")
ADOPTING_ORGANS = ("Ban Thường vụ", "Ban Thường trực", "Ban Chấp hành", "Thường trực")
CENTRAL_RE = re.compile(r"\s+Trung ương(?=\s)", re.IGNORECASE)  # the central level a body's name writes inside it
ADOPTING_ORGAN_RE = re.compile(rf"(?:{'|'.join(ADOPTING_ORGANS)})\s+(?=\S)")
# The term a body's name ends with ("… khóa XI", "… nhiệm kỳ 2026 - 2031")
TERM_RE = re.compile(r"(?:,?\s+(?:khóa|khoá)\s+[IVXLC\d]+\b)?(?:,?\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?$")
# Words that make a compound with an agency word after them ("cơ sở giáo dục", "cơ hội", "trụ sở", "cán bộ y tế",
# "nội bộ", "đồng bộ", "Đại hội huyện"): no agency follows.
COMPOUND_OPENERS = ("cơ", "trụ", "cán", "nội", "cục", "sơ", "tiến", "đồng", "đại")
PLACE_LEVELS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"}
ASSIGNING = ("giao cho", "giao", "đề nghị", "kiến nghị", "yêu cầu", "kính đề nghị")
# a clause that opens giving work, named before whom it is given to ("Giao chỉ tiêu tối thiểu cho …"), in a few words of
# one phrase (folded)
GIVEN_TO_RE = re.compile(rf"\s*{fold('giao')}\s[^,.;:\n]{{1,60}}?\s{fold('cho')}(?=\s)")
# Verbs of work done together: the agencies after "với" that follows one ("thống nhất danh sách với Hội
# Chữ thập đỏ huyện", "làm việc với Sở Y tế") take part in the task.
JOINT_WORK = ("thống nhất", "kết hợp", "trao đổi", "làm việc", "hiệp đồng")
# Verbs that put work on the agencies right after them through the clause's lead ("Chỉ đạo Ủy ban nhân dân
# cấp xã phối hợp … lập danh sách …", "hướng dẫn Hội Chữ thập đỏ cấp huyện …", "Ban cán sự đảng Ủy ban nhân dân
# tỉnh lãnh đạo Ủy ban nhân dân tỉnh bố trí kinh phí …"): they take part in the task.
DIRECTING = ("chỉ đạo", "hướng dẫn", "lãnh đạo")
# Words that open a heading naming whose tasks follow ("1. Trách nhiệm của Hội Chữ thập đỏ tỉnh").
HEADING_OPENERS = ("trách nhiệm của", "nhiệm vụ của", "đối với")
# a member of a board named before the post they hold: "Ông Lê Quang Vinh, Giám đốc Sở Y tế - Phó Trưởng ban"; or by
# the post alone: "Ủy viên là Phó Giám đốc Sở Giáo dục và Đào tạo: …"
MEMBER_RE = re.compile(fold(r"(?:(?:ông|bà|đồng chí|đ/c|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy))\s+[^,;:.]{2,40},\s*"
                            r"|(?:ủy|uỷ|thành)\s+viên\s+là\s+)"))
# Words after which the agencies named are cooperating.
COOPERATING = ("phối hợp chặt chẽ với", "phối hợp với", "phối hợp cùng", "phối kết hợp với",
               "phối kết hợp", "phối hợp", "cùng với", "cùng")
# Words after a subject that make it the issuer of a text, not an actor ("Ủy ban nhân dân tỉnh ban hành …").
ISSUING = ("vừa ký ban hành", "đã ký ban hành", "ký ban hành", "vừa ban hành", "đã ban hành", "ban hành")
# An item that opens with its agency and a colon, as a heading would name it ("Trạm Y tế xã: …")
ITEM_LABEL_RE = re.compile(r"\s*([^:;.()\n]{3,80}):\s")
# The execution formula that closes a decision ("… chịu trách nhiệm thi hành Quyết định này").
EXECUTION = re.compile(fold(r"(?:chịu|có) trách nhiệm thi hành\b"))
# Openers of a grounds sentence: it cites why the text is issued and assigns nothing.
# (Matched on folded text: the pattern is folded too, so "điều", "vào" meet their folded spelling.)
GROUNDS = re.compile(fold(
    r"(?:theo|xét) (?:đề nghị|đề xuất|tờ trình)\b|căn cứ (?:vào )?(?:các |những )?(?:luật|bộ luật|hiến pháp|nghị định|"
    r"nghị quyết|quyết định|thông tư|chỉ thị|kết luận|kế hoạch|công văn|chương trình|quy chế|quy định|hướng dẫn|"
    r"điều lệ|pháp lệnh|thông tri|tờ trình|văn bản|ý kiến)\b"
))
# Openers skipped before a sentence's subject.
# Words before the agency a task opens with: "các", and the title of its head ("Chủ tịch Ủy ban nhân dân
# các huyện: …", "Giám đốc các sở: …"), whose body the task is.
OPENERS = ("đồng thời", "các", "toàn thể", "phó chủ tịch", "chủ tịch", "phó giám đốc", "giám đốc", "thủ trưởng",
           "phó chỉ huy trưởng", "chỉ huy trưởng", "phó tổng biên tập", "tổng biên tập", "phó bí thư", "bí thư",
           "phó chính ủy", "chính ủy")
# The posts a member of a board holds in their own body, before its name ("Phó Trưởng phòng Nội vụ huyện", "Chuyên
# viên Phòng Dân tộc huyện"): the unit's word may follow in lower case ("phòng")
MEMBER_POSTS = (*OPENERS[3:], "phó chánh văn phòng", "chánh văn phòng", "phó trưởng", "trưởng", "chuyên viên", "cán bộ",
                "ủy viên", "uỷ viên")
# "các ban", "các sở, ngành", "cơ quan chức năng" in a list of agencies: a group named by kind, followed by named ones.
COLLECTIVE = re.compile(fold(
    r"(?:(?:các|những)\s+\w+(?:\s+\w+){0,2}|(?:đơn vị|cơ quan|tổ chức|địa phương)(?:\s+(?:(?:có\s+)?liên quan|chức năng))?)"
    r"\s*(?:,|\bvà\b)\s*"
))
# First words of an adverbial phrase (time, condition, purpose) that can stand before the subject.
ADVERBIAL = re.compile(fold(
    r"(?:trong|khi|định kỳ|hằng|hàng|trước|sau|chậm nhất|trường hợp|nếu|ngay|để|trên cơ sở|đối với|từ|đến|"
    r"vào|tùy|qua đó|căn cứ|ngoài)\b"
))
MAX_ADVERBIAL = 160
# where a body's name written in a sentence ends: a punctuation mark, a conjunction, preposition or verb
MAX_NAME = 120  # characters: no agency's name is longer ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn …")
NAME_END_RE = re.compile(r"[ \t]*(?:[,.;:()]|\n)|\s+(?:hoặc|và|để|theo|trước|trong|về|với|tại|thì|phải|được|có|cho|là|sẽ|đã|cần|đang)\b")
# what a list's opening sentence asks its addressees to do, after their names and before the colon ("… triển khai thực
# hiện một số nội dung sau:", "…, đặc khu và các tổ chức Hội trực thuộc triển khai …"), in words at most
MAX_ASKED_WORDS = 20
# the addressees of a letter named by kind after the verb that asks them ("đề nghị các đơn vị", "thủ trưởng các đơn vị")
ADDRESSEES_BY_KIND = re.compile(fold(
    r"(?:(?:thủ trưởng|lãnh đạo|người đứng đầu)\s+)?(?:(?:các|quý|toàn thể)\s+)?"
    r"(?:cơ quan|đơn vị|địa phương|cấp hội|cấp ủy|tổ chức|đồng chí|cơ sở hội)"
    r"(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị|địa phương|tổ chức))*(?:\s+(?:có\s+)?liên quan)?(?!\w)"
))
WHOLE_SUBJECT_RE = re.compile(r"\s*(?:[Tt]oàn|[Cc]ả)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|nước|quốc|ngành|hệ thống)\b")
JOINER = re.compile(r"\s*,?\s*(?:và\s+)?")
SENTENCE_END = re.compile(r"(?:^|[.;!?]\s+)[*_“\"(\s]*")
HEADING_MARKER = re.compile(
    r"^\s*(?:(?:Điều|Chương|Mục|Phần)\s+(?:\d+|[IVXLC]+)\b\s*[.:\-–]?|[IVXLC]+\s*[.\-–)]|\d+(?:\.\d+)*\s*[.\-–)]?"
    r"|[a-zđ]\s*[).]|[-–—+•])\s*"
)


class AgencyEntry(BaseModel):
    """One agency: its canonical name, other names, and the broader agency it is a level of."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    part_of: str | None = None
    level: str | None = None


class AliasFile(BaseModel):
    """The schema of aliases.yaml and of a user's extension file."""

    model_config = ConfigDict(extra="forbid")

    agencies: list[AgencyEntry]
    qualifiers: list[str] = Field(default_factory=list)
    levels: dict[str, list[str]] = Field(default_factory=dict)
    agency_heads: list[str] = Field(default_factory=list)


# a short name a text defines for the body it names ("… (sau đây gọi là Ban Chỉ đạo cứu trợ)", "(gọi tắt là BCĐ)")
DEFINED_NAME_RE = re.compile(r"\s*\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là\s+([^()]{2,60})\)\s*$",
                             re.IGNORECASE)
BRANCH_RE = re.compile(r"Chi hội Chữ thập đỏ\s+(\S.*)$")  # a branch of the Red Cross, named by where it is
ASIDE_RE = re.compile(r"\s*\([^()]*\)\s*$")  # a bracket at a name's end
# a place's name after a level's word, to the name's end ("… tỉnh Thanh Hóa"; not "… tỉnh")
PLACE_AFTER_LEVEL_RE = re.compile(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(\s+[A-ZĐÀ-Ỹ][\w-]*(?:\s+[A-ZĐÀ-Ỹ][\w-]*){0,3})$")
LEVEL_AFTER_CHARS = 16  # enough for " các thị trấn"
LEVELS_PLAIN = {unaccent(level): level for level in PLACE_LEVELS}
# a level's word (unaccented; not "xã hội")
LEVEL_WORD_RE = re.compile(rf"\b({'|'.join(sorted(LEVELS_PLAIN, key=len, reverse=True))})\b(?!\s+hoi\b)")
# the tier of each level (unaccented): a district's "quận" or "thị xã" is of the "huyện" tier ("thành phố", of a
# province's or a district's, is of none told)
LEVEL_TIERS = {"tinh": "tinh", "huyen": "huyen", "quan": "huyen", "thi xa": "huyen", "xa": "xa", "phuong": "xa",
               "thi tran": "xa"}
LEVEL_AFTER_RE = re.compile(rf"\s+(?:(?:cac|cap)\s+)?{LEVEL_WORD_RE.pattern}")


LEVELS_LONGEST_FIRST = sorted(PLACE_LEVELS, key=len, reverse=True)
# a place of a level named alone in a list of places ("thị xã La Gi", "huyện Tuy Phong"): its level word, before
# the place's name (capitalised words: `_capitalised_run`); the level each place word is of ("quận", "thị xã": a
# district's; "phường", "thị trấn": a commune's)
PLACE_ITEM_RE = re.compile(rf"(?i:({'|'.join(LEVELS_LONGEST_FIRST)}))(?=\s+\w)")
NAME_WORD_RE = re.compile(r"\s+([\w'’-]+)")
LEVEL_OF_PLACE = {"quận": "huyện", "thị xã": "huyện", "phường": "xã", "thị trấn": "xã"}
FOLLOW_RE = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")  # what joins the items of a list of agencies


def _ending_level(name: str) -> str | None:
    """The level word a name ends with ("… các huyện": "huyện"), or None."""
    return next((lv for lv in LEVELS_LONGEST_FIRST if name.endswith(f" {lv}")), None)


def _tiers_written(text: str) -> list[str | None]:
    """The tiers of the level words a text writes, in order (None for "thành phố", of no tier told)."""
    return [LEVEL_TIERS.get(m.group(1)) for m in LEVEL_WORD_RE.finditer(unaccent(text).lower())]


def _at_written_level(name: str, written: str, after: str) -> str | None:
    """`name` at the tier its mention writes when that is another than the name's own ("Ban Thường vụ Hội Chữ thập
    đỏ các huyện, thị xã" found as "… tỉnh", or its short form before "các huyện": "… huyện"; "thị xã" is of the
    districts' tier, "thành phố" of any); None when the mention writes the name's own tier, or none. A name written
    with its term is of the level before it ("Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI" is no body of a xã)."""
    name = TERM_RE.sub("", name)
    level = _ending_level(name)
    if level is None or unaccent(level) not in LEVEL_TIERS:
        return None
    tiers = _tiers_written(written)
    if not tiers and (following := LEVEL_AFTER_RE.match(unaccent(after).lower())):
        tiers = [LEVEL_TIERS.get(following.group(1))]
    if not tiers or None in tiers or LEVEL_TIERS[unaccent(level)] in tiers:
        return None
    return f"{name[: -len(level)]}{LEVELS_PLAIN[tiers[0]]}"


@dataclass(frozen=True)
class Mention:
    """An agency named in a text: canonical `name` and where the mention lies (`text[start:end]`)."""

    name: str
    start: int
    end: int


@dataclass
class _Normalised:
    """A text folded (or unaccented) with, for every character, where it came from in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, original: str, accented: bool = True) -> "_Normalised":
        lowered = original.lower()
        if len(lowered) == len(original) and unicodedata.is_normalized("NFC", original):
            starts, ends = list(range(len(original))), list(range(1, len(original) + 1))
        else:
            lowered, starts, ends = _composed(original)
        if not accented:
            plain = [unaccent(c) for c in lowered]
            return cls("".join(plain), *_expand(plain, starts, ends))
        pieces: list[str] = []
        piece_starts: list[int] = []
        piece_ends: list[int] = []
        pos = 0
        for match in re.finditer(r"\w+", lowered):
            pieces.append(lowered[pos:match.start()])
            piece_starts.extend(starts[pos:match.start()])
            piece_ends.extend(ends[pos:match.start()])
            folded = _fold_word(match.group())
            first, last = match.start(), match.end() - 1
            pieces.append(folded)
            piece_starts.extend(starts[min(first + i, last)] for i in range(len(folded)))
            piece_ends.extend(ends[min(first + i, last)] for i in range(len(folded) - 1))
            piece_ends.append(ends[last])
            pos = match.end()
        pieces.append(lowered[pos:])
        piece_starts.extend(starts[pos:])
        piece_ends.extend(ends[pos:])
        return cls("".join(pieces), piece_starts, piece_ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def _composed(original: str) -> tuple[str, list[int], list[int]]:
    """NFC and lowercase, one character at a time, remembering each one's source span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cluster in re.finditer(r"[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+", original):
        for char in nfc(cluster.group()).lower():
            chars.append(char)
            starts.append(cluster.start())
            ends.append(cluster.end())
    return "".join(chars), starts, ends


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def _expand(parts: list[str], starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    out_starts, out_ends = [], []
    for part, start, end in zip(parts, starts, ends):
        out_starts.extend([start] * len(part))
        out_ends.extend([end] * len(part))
    return out_starts, out_ends


def _phrase_regex(phrase: str) -> str:
    """A normalised phrase as a regex tolerant of spacing around "-", "&", "," and of dash kinds."""
    out = []
    for token in re.findall(r"\s*[-–—]\s*|\s+|&|,|[^\s\-–—&,]+", phrase):
        if token.isspace():
            out.append(r"\s+")
        elif token.strip() in ("-", "–", "—"):  # with the spaces around it: "Tổ chức Xây dựng" is written too
            out.append(r"\s*[-–—]?\s*")
        elif token in "&,":
            out.append(rf"\s*{token}\s*")
        else:
            out.append(re.escape(token))
    return "".join(out)


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(f"(?:{_phrase_regex(p)})" for p in ordered)


def _is_acronym(alias: str) -> bool:
    return any(sum(c.isupper() for c in token) >= 2 and not any(c.islower() for c in token)
               for token in alias.split())


def _key(phrase: str) -> str:
    return re.sub(r"[\s,&\-–—]+", "", phrase)


class _Matcher:
    """Leftmost-longest alias matching on one normalisation, with level qualifiers absorbed.

    `qualifiers` maps each normalised qualifier to the level it names (None for "các cấp", "Việt
    Nam"…); `levels` maps (agency, level) to the agency's entry for that level.
    """

    def __init__(self, names: dict[str, str], qualifiers: dict[str, str | None], levels: dict[tuple[str, str], str],
                 not_after: tuple[str, ...] = ()):
        self.names = names
        # "cơ sở giáo dục", "trụ sở": a word that makes a compound with the name's first is no agency's name
        before = "".join(rf"(?<!{re.escape(w)}\s)" for w in not_after)
        self.pattern = re.compile(rf"(?<!{_WORDCHAR}){before}(?:{_alternation(list(names))})(?!{_WORDCHAR})")
        self.keys = {_key(key): name for key, name in names.items()}
        self.qualifier_levels = {_key(q): level for q, level in qualifiers.items()}
        self.levels = levels
        qualifier = _alternation(list(qualifiers)) if qualifiers else "(?!)"
        self.qualifier = re.compile(rf"\s+(?P<q>{qualifier})(?!{_WORDCHAR})(?!\s+h[ộo]i)")

    def scan(self, text: str) -> list[tuple[str, int, int]]:
        found, pos = [], 0
        while match := self.pattern.search(text, pos):
            end, level = match.end(), self._level_ending(match.group())
            while extra := self.qualifier.match(text, end):
                level = level or self.qualifier_levels.get(_key(extra.group("q")))
                end = extra.end()
            name = self.keys[_key(match.group())]
            if (name, level) not in self.levels and self._other_tier(name, level):
                # a body's short form before another level ("Ban Thường vụ Hội Chữ thập đỏ" of "… các huyện"
                # written "… cấp cơ sở"): another body, which the names inside it may tell
                pos = match.start() + 1
                continue
            found.append((self.levels.get((name, level), name), match.start(), end))
            pos = end
        return found

    @staticmethod
    def _other_tier(name: str, level: str | None) -> bool:
        """Whether a level written after a name is of another tier than the level the name ends with."""
        own = _ending_level(name)
        tiers = (LEVEL_TIERS.get(unaccent(own)) if own else None, LEVEL_TIERS.get(unaccent(level)) if level else None)
        return None not in tiers and tiers[0] != tiers[1]

    def _level_ending(self, alias: str) -> str | None:
        """The level an alias itself ends with ("Hội CTĐ các cấp"): the first level named wins, the
        words after it name a place ("… các cấp tỉnh Hà Tĩnh")."""
        ending = next((m for at in (m.start() for m in re.finditer(r"\s", alias))
                       if (m := self.qualifier.fullmatch(alias, at))), None)
        return self.qualifier_levels.get(_key(ending.group("q"))) if ending else None


class AliasTable:
    """Canonical agency names and every alias that resolves to them."""

    def __init__(self, entries: list[AgencyEntry], qualifiers: list[str], agency_heads: list[str],
                 levels: dict[str, list[str]] | None = None):
        self.entries = {entry.name: entry for entry in entries}
        self._parts = (qualifiers, agency_heads, levels)
        self._lead_cache: dict[str, list[str]] = {}
        self._find_cached = lru_cache(maxsize=FIND_CACHE_SIZE)(self._find)
        self._at_levels: dict[str, list[str]] = {}  # a kind of body → the bodies of that kind named with a level
        folded: dict[str, str] = {}
        plain: dict[str, set[str]] = {}
        for entry in entries:
            for alias in [entry.name, *entry.aliases]:
                folded[fold(nfc(alias))] = entry.name
                if len(alias.split()) >= 3 or _is_acronym(alias):
                    plain.setdefault(unaccent(alias), set()).add(entry.name)
        unambiguous = {alias: names.pop() for alias, names in plain.items() if len(names) == 1}
        named: dict[str, str | None] = {q: None for q in qualifiers}
        for level, phrases in (levels or {}).items():
            named.update({written: level for phrase in phrases for written in _in_any_order(phrase)})
        by_level = {(e.part_of, e.level): e.name for e in entries if e.part_of and e.level}
        # "Ban Công tác xã hội Hội Chữ thập đỏ tỉnh" is the "Ban Công tác xã hội" a question names
        self._organs: dict[str, list[str]] = {}
        for entry in entries:
            if (body := entry.name.find(f" {RED_CROSS}")) > 0:  # (and the "Văn phòng Hội" its own texts write)
                for organ in (entry.name[:body], f"{entry.name[:body]} Hội"):
                    self._organs.setdefault(organ, []).append(entry.name)
        self._folded = _Matcher({**folded}, {fold(nfc(q)): lv for q, lv in named.items()}, by_level,
                                not_after=tuple(_fold_word(w) for w in COMPOUND_OPENERS))
        self._plain = _Matcher(unambiguous, {unaccent(q): lv for q, lv in named.items()}, by_level)
        heads = "|".join(_phrase_regex(fold(nfc(h))) for h in sorted(agency_heads, key=len, reverse=True))
        self._head = re.compile(rf"(?:{heads})(?!{_WORDCHAR})") if heads else None

    @property
    def agency_heads(self) -> list[str]:
        """The first words of an agency's name ("Sở", "Ban", "Trung tâm")."""
        return self._parts[1]

    @classmethod
    def load(cls, extra: Path | None = None) -> "AliasTable":
        """Read the bundled table and, when given, a user's file that extends it.

        Args:
            extra: a YAML file of the same shape; its agencies add aliases to (or create) entries.

        Returns:
            The merged table.

        Raises:
            CtdError: a file that cannot be read or does not follow the schema, naming the file.
        """
        bundled = _read(ALIASES_FILE)
        entries = {entry.name: entry.model_copy(deep=True) for entry in bundled.agencies}
        levels = {level: list(phrases) for level, phrases in bundled.levels.items()}
        _check(bundled.agencies, levels, ALIASES_FILE)
        qualifiers, heads = list(bundled.qualifiers), list(bundled.agency_heads)
        if extra is not None:
            user = _read(Path(extra))
            for entry in user.agencies:
                known = entries.setdefault(entry.name, AgencyEntry(name=entry.name, part_of=entry.part_of))
                known.aliases.extend(a for a in entry.aliases if a not in known.aliases)
                known.part_of = entry.part_of or known.part_of
                known.level = entry.level or known.level
            for level, phrases in user.levels.items():
                mine = levels.setdefault(level, [])
                mine.extend(p for p in phrases if p not in mine)
            qualifiers += [q for q in user.qualifiers if q not in qualifiers]
            heads += [h for h in user.agency_heads if h not in heads]
            _check(list(entries.values()), levels, Path(extra))
        return cls(list(entries.values()), qualifiers, heads, levels)

    def with_names(self, names: set[str] | list[str]) -> "AliasTable":
        """This table, plus agencies a text names as written and the table does not list ("Văn phòng
        Hội", "Ban Công tác xã hội" under a heading or in a task table), so that its other mentions
        of them are found too. Itself when there is nothing to add."""
        written = sorted(n for n in set(names) if n not in self.entries and self.canonical(n) is None)
        if not written:
            return self
        # "Ban Chỉ đạo công tác cứu trợ … (sau đây gọi là Ban Chỉ đạo cứu trợ)": the name before the bracket, which
        # the text also calls by the short name it defines (and the name as written stands for it)
        defined = {n: DEFINED_NAME_RE.search(n) for n in written}
        named: dict[str, list[str]] = {}
        for n, d in defined.items():
            # (and a bracket after a name that defines none is an aside: "Bệnh viện Đa khoa tỉnh Thanh Hóa (Trung tâm
            # Huyết học - Truyền máu)" is the Bệnh viện)
            aside = None if d else ASIDE_RE.search(n)
            cut = d or aside
            named.setdefault(n[: cut.start()].strip() if cut else n, []).extend([n, d.group(1).strip()] if d else [n] if aside else [])
        # a body named at its place ("Bệnh viện Đa khoa tỉnh Thanh Hóa") is the one a text names at its level alone
        # ("Bệnh viện Đa khoa tỉnh"), when no other body of the names is
        at_level = {n: short for n in named if (short := _without_place(n)) and short != n}
        for short, longs in _grouped(at_level).items():
            if short in named and len(longs) == 1:
                named[longs[0]] += [short, *named.pop(short)]
        # an organ a text names by its body's short name and another by its full one ("Ban Thường vụ Hội tỉnh", "Ban
        # Thường vụ Hội Chữ thập đỏ tỉnh"): one organ, by the name that writes its body's whole
        organs: dict[tuple[str, str], list[str]] = {}
        for n in named:
            if (organ := ADOPTING_ORGAN_RE.match(n)) and (body := self._adopting(n)):
                organs.setdefault((fold(n[: organ.end()].strip()), body), []).append(n)
        for (_, body), names_of in organs.items():
            whole = max(names_of, key=lambda n: (body in n, len(n)))
            for n in names_of:
                if n != whole:
                    named[whole] += [n, *named.pop(n)]
        new = sorted(n for n in named if n not in self.entries)
        # a short form two of them share names neither ("Ban Thường vụ Hội" of "… Hội Chữ thập đỏ xã" and of "… Hội
        # Chữ thập đỏ các huyện": the level tells them apart)
        # (nor one that begins another's name: "Chi hội Chữ thập đỏ" of "… các phường" begins "Chi hội Chữ thập đỏ các
        # cơ quan")
        short = {n: [*self._short_names(n), *self._organ_by_body_names(n)] for n in new}
        shared = Counter(a for n in new for a in set(short[n]))
        shared.update(a for a in list(shared) for n in new if n.startswith(f"{a} ") and a not in short[n])
        return AliasTable([*self.entries.values(), *(AgencyEntry(name=n, aliases=[*named[n], *(a for a in short[n] if a not in new
                                                                                          and shared[a] == 1)],
                                                                 part_of=self._adopting(n)) for n in new)], *self._parts)

    def _organ_by_body_names(self, name: str) -> list[str]:
        """An organ named by each other name of its body ("Ban Thường vụ Hội Chữ thập đỏ tỉnh": "Ban Thường vụ Hội
        tỉnh", "Ban Thường vụ Tỉnh Hội")."""
        organ = ADOPTING_ORGAN_RE.match(name)
        body = self._adopting(name) if organ else None
        if body is None or body not in self.entries:
            return []
        return [f"{name[: organ.end()].strip()} {alias}" for alias in self.entries[body].aliases]

    def _adopting(self, name: str) -> str | None:
        """The body whose standing organ a name is ("Ban Thường vụ Hội Chữ thập đỏ huyện": "Hội Chữ thập đỏ huyện"),
        which acts in the body's name: its tasks are the body's too; or whose central level it names ("Ủy ban Trung ương
        Mặt trận Tổ quốc Việt Nam": the Mặt trận's)."""
        organ = ADOPTING_ORGAN_RE.match(name)
        if organ:
            return self.canonical(TERM_RE.sub("", name[organ.end() :]))
        body = CENTRAL_RE.sub("", name)
        return self.canonical(body) if body != name else None

    def _short_names(self, name: str) -> list[str]:
        """A name written with its term ("… tỉnh khóa XI") or the level of its place ("Trung tâm Kiểm soát bệnh
        tật tỉnh") is also named without them ("Trung tâm Kiểm soát bệnh tật"), and one written with its place without
        the place ("Bệnh viện Đa khoa tỉnh Thanh Hóa": "Bệnh viện Đa khoa tỉnh"), and one named after the Red Cross
        with the Hội's name, as a question's "CTĐ" is read ("Trung tâm Sơ cấp cứu Hội Chữ thập đỏ tỉnh"); an organ of the Red Cross by the
        body's short name ("Văn phòng Hội Chữ thập đỏ tỉnh": "Văn phòng Hội"), and either with "của" ("Văn
        phòng của Hội"); a short form in full ("Văn phòng Hội": "Văn phòng Hội Chữ thập đỏ tỉnh")."""
        base = TERM_RE.sub("", name)
        words = base.split()
        leveled = []  # "… các huyện" is also named at one of them ("… huyện")
        for size in (2, 1):
            if len(words) > size + 2 and " ".join(words[-size:]).lower() in PLACE_LEVELS:
                words, level = words[:-size], words[-size:]
                if words[-1].lower() in ("các", "cấp"):  # "… các huyện", "… cấp tỉnh"
                    words = words[:-1]
                    leveled = [" ".join(words + level)]
                break
        shorter = [base, " ".join(words), *leveled, *filter(None, [_without_place(base)])]
        if (plural := re.search(r" các (?=\w)", base)) and plural.start() > 0:
            shorter.append(base[: plural.start()] + " " + base[plural.end() :])  # "… các cơ quan" is also "… cơ quan"
        if (body := shorter[1].find(RED_CROSS)) > 0:
            organ, level = shorter[1][:body].strip(), shorter[1][body + len(RED_CROSS):]
            # … and with the "của" a sentence puts between them ("Ban Công tác Hội của Hội Chữ thập đỏ tỉnh")
            shorter += [f"{organ} Hội{level}".strip(), f"{organ} của {RED_CROSS}{level}", f"{organ} của Hội{level}".strip()]
            if len(organ.split()) >= 3 and not ADOPTING_ORGAN_RE.match(name):  # and by its own name ("Ban Công tác xã hội")
                shorter.append(organ)
        elif shorter[1].endswith(" Hội") and len(words) > 2:
            # a text's short form ("Văn phòng Hội") is also asked of in full, at any level ("Văn phòng Hội Chữ
            # thập đỏ thành phố")
            organ = shorter[1][: -len(" Hội")]
            shorter += [f"{organ} {RED_CROSS}", *(f"{organ} {RED_CROSS} {level}" for level in sorted(PLACE_LEVELS))]
        if branch := BRANCH_RE.match(base):  # a branch of the Hội by where it is: "Chi hội khu phố", "Chi hội các khu phố"
            shorter += [f"Chi hội {branch.group(1)}", f"Chi hội {re.sub(r'^các ', '', branch.group(1))}"]
        elif "Chữ thập đỏ" in base and RED_CROSS not in base:
            # (a question's short form "CTĐ" is read "Hội Chữ thập đỏ": "Trung tâm Sơ cấp cứu CTĐ tỉnh")
            shorter.append(base.replace("Chữ thập đỏ", RED_CROSS))
        return [n for n in dict.fromkeys(shorter) if n != name and self.canonical(n) is None]

    def discovered(self, actors: list[str]) -> set[str]:
        """The names among `actors` that this table does not list."""
        return {name for name in actors if name not in self.entries}

    def at_level(self, name: str, level: str) -> str | None:
        """The agency of `name`'s kind at a level ("Hội Chữ thập đỏ thành phố", "huyện": "Hội Chữ thập đỏ huyện"), or
        None when the table has no entry for it."""
        kind = self.entries[name].part_of if name in self.entries else None
        return self._folded.levels.get((kind or name, level))

    def canonical(self, name: str) -> str | None:
        """The canonical name `name` stands for, when the whole of it is one known agency."""
        mentions = self.find(name.strip())
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(name.strip()):
            return mentions[0].name
        return None

    def family(self, name: str) -> list[str]:
        """The agency, every level filed under it ("Ủy ban nhân dân" → also "… huyện", "… tỉnh") and, for an
        organ of the Red Cross, the organ of each Hội named in full ("Ban Công tác xã hội Hội Chữ thập đỏ tỉnh")."""
        out = [name, *self._organs.get(name, [])]
        for entry in self.entries.values():
            if entry.part_of in out and entry.name not in out:
                out.append(entry.name)
        return out

    def _named_at_level(self, name: str, written: str) -> str | None:
        """Of a kind of body named with a level and no level entry ("Ban Chỉ đạo các huyện"), the one body of that
        kind the table knows at that level ("Ban Chỉ đạo vận động hiến máu tình nguyện các huyện"); None when
        there is none, or more than one."""
        if _ending_level(name) is not None:
            return None
        tiers = set(_tiers_written(written[len(name) :]))
        if not tiers or None in tiers:
            return None
        if name not in self._at_levels:  # (none for a kind the table files its levels under: "Hội Chữ thập đỏ các cấp tỉnh")
            filed = any(e.part_of == name and e.level for e in self.entries.values())
            self._at_levels[name] = [] if filed else [e for e in self.entries if e.startswith(f"{name} ")
                                                      and _ending_level(e) is not None]
        known = [e for e in self._at_levels[name] if LEVEL_TIERS.get(unaccent(_ending_level(e))) in tiers]
        return known[0] if len(known) == 1 else None

    def find(self, text: str) -> list[Mention]:
        """Agencies named in `text`, leftmost-longest, not overlapping; offsets into `text`."""
        return list(self._find_cached(text))

    def _find(self, text: str) -> tuple[Mention, ...]:
        # memoised per table (`_find_cached`): answering re-reads the same clause texts every question
        accented = has_diacritics(text)
        normalised = _Normalised.of(text, accented)
        matcher = self._folded if accented else self._plain
        found = []
        for name, s, e in matcher.scan(normalised.text):
            start, end = normalised.span(s, e)
            if (other := _at_written_level(name, text[start:end], text[end : end + LEVEL_AFTER_CHARS])) is not None:
                if other not in self.entries:
                    continue  # a body of the level written, which the table does not know
                name = other
            name = self._named_at_level(name, text[start:end]) or name
            found.append(Mention(name, start, end))
        return tuple(found)

    def _scan(self, text: str) -> tuple[_Normalised, list[tuple[str, int, int]]]:
        normalised = _Normalised.of(text)
        return normalised, self._folded.scan(normalised.text)

    def agency_head(self, text: str) -> tuple[str, str, int] | None:
        """When `text` opens with an agency word and a capitalised name ("Sở Xây dựng …"): the agency
        word's last word, the name's first word, and where that word ends; else None."""
        if self._head is None:
            return None
        match = self._head.match(fold(nfc(text[:40])))
        if not match:
            return None
        words = list(re.finditer(r"\S+", text))
        head_words = len(match.group().split())
        if len(words) <= head_words or not words[head_words].group(0)[:1].isupper():
            return None
        name = re.match(r"\w+", words[head_words].group(0)).group(0)
        return words[head_words - 1].group(0), name, words[head_words].start() + len(name)

    def unknown_body(self, text: str) -> tuple[int, int] | None:
        """Where the first body the text writes as bodies are written (an agency word, a capitalised name:
        "Trung tâm Huyết học - Truyền máu tỉnh") stands, up to the end of its name; None when there is none.
        (The alias table does not know it: a known one is found first.)"""
        for word in re.finditer(r"\w+", text):
            if word.group(0)[0].isupper() and self.agency_head(text[word.start():]) is not None:
                end = NAME_END_RE.search(text, word.start())
                return word.start(), len(text[: end.start() if end else len(text)].rstrip())
        return None

    def starts_agency(self, text: str) -> bool:
        """True when `text` opens with an agency word followed by its name ("Báo Lai Châu", not "ban Thường trực")."""
        if self._head is None:
            return False
        match = self._head.match(fold(nfc(text[:40])))
        if not match:
            return False
        head_words = len(match.group().split())
        rest = text.split()[head_words:]
        # a one-word head opens a name only when both are capitalised: "giao ban Thường trực" is a meeting (and, in
        # capitals, when the two make no word of their own: "BÁO CÁO, CÔNG KHAI …" is a report, "BÁO LAI CHÂU" a paper)
        if head_words == 1 and rest and text.split()[0].isupper() and rest[0].isupper() \
                and len(word_tags(f"{text.split()[0]} {rest[0].strip(',.;:')}".lower())) == 1:
            return False
        return head_words > 1 or bool(text[:1].isupper() and rest and rest[0][:1].isupper())


def _in_any_order(phrase: str) -> list[str]:
    """A list of levels written in each order its places may take ("các huyện, thị xã, thành phố" is also "các
    huyện, thành phố, thị xã"): the "các" that opens it stays first."""
    opener, places = ("các ", phrase[4:]) if phrase.startswith("các ") else ("", phrase)
    parts = places.split(", ")
    return [opener + ", ".join(order) for order in permutations(parts)] if 1 < len(parts) <= 4 else [phrase]


def _without_place(name: str) -> str | None:
    """A name without the place written after its level ("Bệnh viện Đa khoa tỉnh Thanh Hóa": "Bệnh viện Đa khoa
    tỉnh"), or None when no place follows a level."""
    place = PLACE_AFTER_LEVEL_RE.search(name)
    return name[: place.start(1)].rstrip() if place and len(name[: place.start()].split()) >= 2 else None


def _grouped(pairs: dict[str, str]) -> dict[str, list[str]]:
    """The keys of `pairs` under each value."""
    out: dict[str, list[str]] = {}
    for key, value in pairs.items():
        out.setdefault(value, []).append(key)
    return out


def _read(path: Path) -> AliasFile:
    return read_data_file(AliasFile, path, "bảng tên cơ quan")


def _check(entries: list[AgencyEntry], levels: dict[str, list[str]], path: Path) -> None:
    owners: dict[str, str] = {}
    names = {entry.name for entry in entries}
    level_of: dict[tuple[str, str], str] = {}
    for entry in entries:
        if entry.part_of is not None and entry.part_of not in names:
            raise CtdError(f"{path}: '{entry.name}' thuộc '{entry.part_of}', nhưng không có cơ quan nào tên như vậy")
        if entry.level is not None:
            if entry.level not in levels:
                raise CtdError(f"{path}: '{entry.name}' có cấp '{entry.level}', nhưng mục levels không có cấp này")
            if entry.part_of is None:
                raise CtdError(f"{path}: '{entry.name}' có cấp '{entry.level}' nhưng không ghi part_of")
            other = level_of.setdefault((entry.part_of, entry.level), entry.name)
            if other != entry.name:
                raise CtdError(f"{path}: cấp '{entry.level}' của '{entry.part_of}' được gán cho cả '{other}' và '{entry.name}'")
        for alias in [entry.name, *entry.aliases]:
            other = owners.setdefault(fold(nfc(alias)), entry.name)
            if other != entry.name:
                raise CtdError(f"{path}: tên '{alias}' được gán cho cả '{other}' và '{entry.name}'")


def _starts(text: str, words: tuple[str, ...], at: int) -> int | None:
    """End of the first of `words` found at `at` (whole words), or None."""
    for word in words:
        folded = _fold_word(word)
        if text.startswith(folded, at) and not re.match(_WORDCHAR, text[at + len(folded):at + len(folded) + 1]):
            return at + len(folded)
    return None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t*_“\"(":
        at += 1
    return at


class _Reader:
    """Reads runs of agencies ("Ban Dân vận, Sở Nội vụ và Hội Chữ thập đỏ") in one folded text."""

    def __init__(self, text: str, mentions: list[tuple[str, int, int]]):
        self.text = text
        self.by_start = {start: (name, end) for name, start, end in mentions}
        self.last_start = 0

    def _entry(self, at: int) -> int:
        for _ in range(2):  # "Giám đốc các sở …"
            at = _skip_space(self.text, at)
            if at in self.by_start:
                return at
            at = _starts(self.text, OPENERS, at) or at
        return _skip_space(self.text, at)

    def run(self, at: int) -> tuple[list[str], int]:
        """Agencies named one after another from `at`, joined by commas or "và"; and where the run ends.

        `last_start` is where the run's last name starts.
        """
        names: list[str] = []
        end = at
        probe = self._next(at)
        while probe in self.by_start:
            name, end = self.by_start[probe]
            names.append(name)
            self.last_start = probe
            probe = self._next(JOINER.match(self.text, end).end())
        return names, end

    def _next(self, at: int) -> int:
        """Where the next name starts, past a collective that names no one ("các ban, Văn phòng Hội")."""
        entry = self._entry(at)
        if entry in self.by_start:
            return entry
        collective = COLLECTIVE.match(self.text, _skip_space(self.text, at))
        return self._entry(collective.end()) if collective else entry


def _subject_at(text: str, start: int) -> int:
    """Where a sentence's subject may stand: its start, or after an opening adverbial phrase
    ("Trong vòng 24 giờ …, Hội Chữ thập đỏ huyện …", "Khi xảy ra thiên tai, …")."""
    if not ADVERBIAL.match(text, start):
        return start
    comma = text.find(",", start, start + MAX_ADVERBIAL)
    return comma + 1 if comma > 0 else start


def _sentence_leads(reader: _Reader, text: str) -> list[str]:
    """Subjects that open a sentence (not issuers: "… ban hành"), and whoever an assigning verb addresses."""
    leads: list[str] = []
    # "Nâng cao chất lượng tiếp nhận máu: Sở Y tế chủ trì đầu tư …": an item's label over what it asks, then the
    # sentence that asks it, whose subject is followed by its verb (not a list: "Thành phần: Sở Y tế, Sở Tài chính.")
    # (or after an adverbial phrase: "Về kinh phí: ngoài nguồn ngân sách cấp xã hỗ trợ, Hội Chữ thập đỏ tỉnh hỗ trợ …")
    if (label := ITEM_LABEL_RE.match(text)) and (subject := reader.run(_subject_at(text, _skip_space(text, label.end()))))[0] \
            and re.match(r"\s+\w", text[subject[1]:]) and _starts(text, ASSIGNING, _skip_space(text, subject[1])) is None:
        leads += subject[0]
    for boundary in SENTENCE_END.finditer(text):
        at = _subject_at(text, boundary.end())
        subject, end = reader.run(at)
        if not subject and at > 0 and (organ := _organ_of(reader, text, at)):
            subject, end = [organ[0]], organ[1]  # "… . Ban Thường vụ Hội Chữ thập đỏ cấp cơ sở ra quyết định …"
        if not subject and at != boundary.end():
            # the adverbial phrase has commas of its own ("Khi xảy ra thiên tai, thảm họa, …"): try the next one
            comma = text.find(",", at, at + MAX_ADVERBIAL)
            subject, end = reader.run(comma + 1) if comma > 0 else ([], at)
        if not subject and at > 0:
            subject, end = _after_unknown_name(reader, text, at)  # "…; Báo Yên Bái, Đài Phát thanh … duy trì …"
        after = _skip_space(text, end)
        if subject and _starts(text, ASSIGNING, after) is None and _starts(text, ISSUING, after) is None:
            leads += subject
    for match in _words_regex(ASSIGNING).finditer(text):
        leads += reader.run(match.end())[0]
    return leads


MAX_UNKNOWN_WORDS = 5  # a body no alias knows, named before a known one in a sentence's list of subjects


def _after_unknown_name(reader: "_Reader", text: str, at: int) -> tuple[list[str], int]:
    """Of a sentence inside a clause whose list of subjects opens with a body no alias knows ("Báo Yên Bái, Đài
    Phát thanh và Truyền hình tỉnh duy trì chuyên mục …"), the known ones after it, when a verb follows them (not a
    list of names only); none else."""
    comma = text.find(",", at, at + MAX_NAME)
    # (a name writes no number: "Giai đoạn 2021 - 2025, Hội … đã vận động …" opens with a time, not a body)
    if comma < 0 or len(text[at:comma].split()) > MAX_UNKNOWN_WORDS or re.search(r"\d", text[at:comma]) \
            or any(at <= s < comma for s in reader.by_start):
        return [], at
    subject, end = reader.run(comma + 1)
    return (subject, end) if subject and re.match(r"[ \t]+\w", text[end:]) else ([], at)


def _organ_of(reader: "_Reader", text: str, at: int) -> tuple[str, int] | None:
    """A standing organ opening a sentence inside a clause, before the body it is of ("Ban Thường vụ Hội Chữ thập
    đỏ cấp cơ sở"), or a heading: the organ of that body, named by the body's canonical name, and where the body's
    name ends. (A clause's opening is read as written: `_opening_body`.)"""
    for organ in ADOPTING_ORGANS:
        folded = fold(organ.lower())
        if text.startswith(folded, at) and (body := reader.by_start.get(_skip_space(text, at + len(folded)))):
            return f"{organ} {body[0]}", body[1]
    return None


@lru_cache(maxsize=None)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!{_WORDCHAR})(?:{_alternation([fold(w) for w in words])})(?!{_WORDCHAR})")


def _cooperating(reader: _Reader, text: str) -> list[str]:
    found: list[str] = []
    for match in _words_regex(COOPERATING).finditer(text):
        found += reader.run(match.end())[0]
    for match in _with_regex().finditer(text):
        found += reader.run(match.end())[0]
    for match in _words_regex(DIRECTING).finditer(text):
        found += reader.run(match.end())[0]
    return found


@lru_cache(maxsize=None)
def _with_regex() -> re.Pattern:
    """A verb of joint work and, up to three words on, "với" ("thống nhất danh sách với …")."""
    verbs = _alternation([fold(v) for v in JOINT_WORK])
    return re.compile(rf"(?<!{_WORDCHAR})(?:{verbs})(?:\s+{_WORDCHAR}+){{0,3}}?\s+{fold('với')}(?!{_WORDCHAR})")


def _heading_leads(heading: str, aliases: AliasTable) -> list[str]:
    """Agencies a heading assigns its section to: the list it opens with, known or agency-like."""
    if heading not in aliases._lead_cache:
        aliases._lead_cache[heading] = _read_heading(heading, aliases)
    return aliases._lead_cache[heading]


def _read_heading(heading: str, aliases: AliasTable) -> list[str]:
    title = HEADING_MARKER.sub("", heading, count=1).strip().strip("*#").strip()
    normalised, mentions = aliases._scan(title)
    text = normalised.text
    reader = _Reader(text, mentions)
    if member := MEMBER_RE.match(text):
        # "3. Ông Lê Quang Vinh, Giám đốc Sở Y tế - Phó Trưởng ban": a board's member by the post they hold in their
        # body, whose work the items under it are (not the post on the board after the dash); a post that fuses with
        # its unit's name ("Phó Trưởng phòng Nội vụ huyện") or a unit no alias names ("Trưởng phòng Dân tộc huyện")
        at = _skip_space(text, _starts(text, MEMBER_POSTS, _skip_space(text, member.end())) or member.end())
        if names := reader.run(member.end())[0] or reader.run(at)[0]:
            return names
        unit = title[normalised.starts[at]:] if at < len(text) else ""
        if unit and aliases.starts_agency(unit[:1].upper() + unit[1:]):  # ("trưởng phòng Dân tộc": "Phòng Dân tộc")
            stop = re.search(r"[,;:]", text[at:])
            raw_start, raw_end = normalised.span(at, at + stop.start() if stop else len(text))
            name = _clean_name(title[raw_start:raw_end])
            return [name[:1].upper() + name[1:]]
        return []
    at = _skip_space(text, _starts(text, ASSIGNING, 0) or _starts(text, HEADING_OPENERS, 0) or 0)
    is_title = not re.search(r"[.;!?…]\W*$", title)
    leads: list[str] = []
    end = at
    while at < len(text):
        names, end = reader.run(at)
        if not names and (organ := _organ_of(reader, text, at)) and organ[1] < len(text) \
                and _capitalised_run(title, normalised.starts[organ[1]]):
            # "3. Đề nghị Ban Thường vụ Hội Chữ thập đỏ huyện Mộc Châu và huyện Vân Hồ": the organ of the body named at
            # its places (one named with its term is read as written: "Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI")
            names, end = [organ[0]], organ[1]
        dash = re.match(r"\s*[-–]\s*", text[end:]) if names else None
        if dash and end + dash.end() < len(text) and title[normalised.starts[end + dash.end()]].isupper() \
                and end + dash.end() not in reader.by_start:
            # a known name that goes on ("Ban Tổ chức - Kiểm tra" of the Red Cross): another agency, as written
            stop = re.search(r"[,;:]", text[end:])
            end = end + stop.start() if stop else len(text)
            raw_start, raw_end = normalised.span(reader.last_start, end)
            leads += names[:-1] + [_clean_name(title[raw_start:raw_end])]
        elif names:
            leads += names
        elif is_title and aliases.starts_agency(title[normalised.starts[at]:]):
            stop = re.search(r"[,;:]", text[at:])
            end = at + stop.start() if stop else len(text)
            # "Phòng Cảnh sát giao thông Công an tỉnh và Hiệp hội Vận tải …": another body after "và"
            joined = next((m for m in re.finditer(r"\s+và\s+", text[at:end])
                           if aliases.starts_agency(title[normalised.starts[at + m.end()]:])), None)
            end = at + joined.start() if joined else end
            raw_start, raw_end = normalised.span(at, end)
            leads.append(_clean_name(title[raw_start:raw_end]))
        else:
            break
        follow = FOLLOW_RE.match(text, end)
        if not follow and leads and end < len(text) and (named := _capitalised_run(title, normalised.starts[end])):
            end = _normalised_at(normalised, named)  # "Hội Chữ thập đỏ thành phố Phan Thiết, …": past its place
            follow = FOLLOW_RE.match(text, end)
        while follow and leads and (place := _same_body_at(title, normalised, follow.end(), leads[-1], aliases)):
            # "Hội Chữ thập đỏ thành phố Phan Thiết, thị xã La Gi, huyện Tuy Phong": the same body at each place
            leads.append(place[0])
            end = place[1]
            follow = FOLLOW_RE.match(text, end)
        if not follow:
            break
        at = _skip_space(text, follow.end())
    if leads and _starts(text, ASSIGNING, _skip_space(text, end)):
        return _addressed(reader, text)  # "Ban Thường vụ Tỉnh ủy yêu cầu:": who asks, not who does
    # "h) Đại hội kiến nghị Ủy ban nhân dân tỉnh": a title line addresses its bodies without a colon
    return leads or _addressed(reader, text, titled=is_title)


def _same_body_at(title: str, normalised: _Normalised, at: int, body: str, aliases: AliasTable) -> tuple[str, int] | None:
    """After a body named at a place, a place of a level named alone ("…, thị xã La Gi"): the same kind of body at
    that level, and where the place's name ends (in the normalised text); None when the text goes on otherwise."""
    if at >= len(normalised.text):
        return None
    raw = normalised.starts[at]
    place = PLACE_ITEM_RE.match(title, raw)
    if not place or (named := _capitalised_run(title, place.end())) is None:
        return None
    level = place.group(1).lower()
    name = aliases.at_level(body, LEVEL_OF_PLACE.get(level, level))
    return (name, _normalised_at(normalised, named)) if name is not None else None


def _capitalised_run(text: str, at: int) -> int | None:
    """Where a run of capitalised words from `at` ends (a place's name: " Phan Thiết"), or None when there is none."""
    end = None
    while (word := NAME_WORD_RE.match(text, end or at)) and word.group(1)[0].isupper():
        end = word.end()
    return end


def _normalised_at(normalised: _Normalised, raw: int) -> int:
    """The position in a normalised text of a position in its original."""
    return bisect_left(normalised.starts, raw)  # (the starts rise with the text)


def lead_in_addressees(sentence: str, aliases: AliasTable) -> list[str]:
    """A sentence that opens a list ("Để thực hiện …, Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào
    tạo:"): the agencies its last assigning verb addresses, when they run up to the colon."""
    normalised, mentions = aliases._scan(sentence)
    return _addressed(_Reader(normalised.text, mentions), normalised.text)


def asked_in_lead_in(sentence: str, aliases: AliasTable, addressees: list[str]) -> list[str]:
    """A sentence that opens a list by asking a letter's addressees to carry it out: those it names, when the "Kính
    gửi" list names them too ("… đề nghị Hội Chữ thập đỏ các xã, phường, đặc khu … triển khai thực hiện một số nội
    dung sau:"), or all of them, asked by kind ("… đề nghị các đơn vị triển khai một số nội dung sau:"); none when it
    says more after them, or asks others (a call on the whole system: "… yêu cầu các cấp ủy, tổ chức đảng, chính
    quyền, Mặt trận Tổ quốc … thực hiện tốt một số nhiệm vụ trọng tâm sau:", whose items name who does each)."""
    normalised, mentions = aliases._scan(sentence)
    text = normalised.text
    reader = _Reader(text, mentions)
    addressed = _last_addressed(reader, text) if text.rstrip().endswith(":") else None
    if addressed is None:
        return []
    names, end, verb_end = addressed
    if names:
        return names if _asks_only(reader, text, end) and set(names) <= set(addressees) else []
    by_kind = ADDRESSEES_BY_KIND.match(text, _skip_space(text, verb_end))
    return list(addressees) if by_kind and _asks_only(reader, text, by_kind.end()) else []


def of_the_whole(text: str) -> bool:
    """Whether a clause opens with the whole of a place or a sector as its subject ("Toàn tỉnh phấn đấu vận động 21 tỷ
    đồng …", "Cả nước …", "Toàn ngành …"): a target of all, not the work of those a letter asks."""
    return WHOLE_SUBJECT_RE.match(text) is not None


def addressed_bodies(addressees: list[str], aliases: AliasTable) -> list[str]:
    """The agencies a letter's "Kính gửi" list names, a standing organ read as its body ("Ban Thường vụ Hội Chữ thập
    đỏ các huyện, thị xã, thành phố": Hội Chữ thập đỏ at the district level)."""
    bodies = [line[organ.end() :] if (organ := ADOPTING_ORGAN_RE.match(line)) else line for line in addressees]
    return list(dict.fromkeys(name for line in bodies for name in _heading_leads(line, aliases)))


def _addressed(reader: _Reader, text: str, titled: bool = False) -> list[str]:
    """The agencies the last assigning verb addresses, when they end the text, a colon after them unless the
    text is a title line."""
    addressed = _last_addressed(reader, text) if titled or text.rstrip().endswith(":") else None
    if addressed is None:
        return []
    names, end, _ = addressed
    return names if names and not text[end:].strip(" :*_”\"") else []


def _last_addressed(reader: _Reader, text: str) -> tuple[list[str], int, int] | None:
    """The agencies the last assigning verb of a text addresses, where their run ends, and where the verb ends; None
    when no verb assigns."""
    verbs = list(_words_regex(ASSIGNING).finditer(text))
    if not verbs:
        return None
    names, end = reader.run(verbs[-1].end())
    return names, end, verbs[-1].end()


def _asks_only(reader: _Reader, text: str, at: int) -> bool:
    """Whether what a sentence says from `at` to its colon is what its addressees are to do: a few words, one
    sentence, naming no other body."""
    rest = text[at:].strip(" :*_”\"")
    return len(rest.split()) <= MAX_ASKED_WORDS and not re.search(r"[.;!?]", rest) \
        and not any(start >= at for start in reader.by_start)


def _clean_name(name: str) -> str:
    name = " ".join(name.replace("*", "").split()).strip(" .:;,")
    # (a bracket the cut left open is no part of it: "Ban Tổ chức - Kiểm tra (Trưởng ban: đồng chí …)")
    return re.sub(r"^(?:các|Các)\s+", "", re.sub(r"\s*\([^()]*$", "", name))


def extract_actors(headings: list[str], text: str, aliases: AliasTable) -> list[Actor]:
    """The agencies a clause assigns work to, lead first, each once.

    Args:
        headings: the clause's heading chain, outermost first, as written (markers included).
        text: the clause text.
        aliases: the alias table names resolve through.

    Returns:
        Actors: every agency a heading opens with, and the clause's own subjects and addressees
        (role "lead"); agencies after "phối hợp với", "cùng" … (role "cooperating").

    Example:
        >>> table = AliasTable.load()
        >>> [a.name for a in extract_actors(["5. Sở Giáo dục và Đào tạo"], "Chỉ đạo …", table)]
        ['Sở Giáo dục và Đào tạo']
    """
    leads = [name for heading in headings for name in _heading_leads(heading, aliases)]
    if label := ITEM_LABEL_RE.match(text):
        leads += _heading_leads(label.group(1), aliases)  # "Trạm Y tế xã: phối hợp …": the item's own heading
    normalised, mentions = aliases._scan(text)
    folded, mentions = _without_grounds(normalised.text, mentions)
    reader = _Reader(folded, mentions)
    if not leads and (given := GIVEN_TO_RE.match(folded)):
        # "Giao chỉ tiêu tối thiểu cho Thành đoàn 1.200 đơn vị máu; …": of a clause under no body's heading, the bodies the
        # text gives its work to (under one, "Giao chỉ tiêu hằng năm cho Hội … các huyện" is that body's work)
        leads += reader.run(given.end())[0]
    leads += _sentence_leads(reader, folded)
    if not leads and (body := _opening_body(text, aliases)):
        leads.append(body)
    return _actors(leads, _cooperating(reader, folded))


def _opening_body(text: str, aliases: AliasTable) -> str | None:
    """A body no alias names that opens the clause as its subject ("Văn phòng Hội Chữ thập đỏ tỉnh quản lý tài
    khoản …", "Ban Truyền thông đăng tải …"): its name, up to the first verb the tagger reads after its head."""
    if not aliases.starts_agency(text) or any(m.start == 0 for m in aliases.find(text[:MAX_NAME])):
        return None
    span = aliases.unknown_body(text[:MAX_NAME])
    if span is None or span[0] != 0:
        return None
    at, previous = 0, ""
    for i, (word, tag) in enumerate(word_tags(text[: span[1]])):
        written = word.replace("_", " ")
        found = text.find(written, at)
        if found < 0:
            return None
        # (or the first word in lower case after its level, which no place's name follows: "… Hội Chữ thập đỏ huyện
        # tham mưu …", a verb the tagger reads as a noun)
        if i > 0 and (tag == "V" or previous.lower() in PLACE_LEVELS) and written[:1].islower():
            name = text[:found].rstrip(" ,-–")
            return name if len(name.split()) > 1 else None
        at, previous = found + len(written), written
    # (a name on a line of its own over what it does: "Ban Công tác xã hội Hội Chữ thập đỏ tỉnh\nLà đầu mối …")
    name = text[: span[1]].rstrip()
    return name if text[span[1] :].lstrip(" \t").startswith("\n") and len(name.split()) > 1 else None


def _actors(leads: list[str], cooperating: list[str]) -> list[Actor]:
    actors = [Actor(name=name, role="lead") for name in dict.fromkeys(leads)]
    lead_names = {actor.name for actor in actors}
    actors += [Actor(name=name, role="cooperating") for name in dict.fromkeys(cooperating) if name not in lead_names]
    return actors


def _without_grounds(text: str, mentions: list[tuple[str, int, int]]) -> tuple[str, list[tuple[str, int, int]]]:
    """The folded text with its grounds sentences and its execution formula blanked out (same length), and
    the mentions outside them."""
    starts = [m.end() for m in SENTENCE_END.finditer(text)]
    spans = [(a, b) for a, b in zip(starts, [*starts[1:], len(text)]) if GROUNDS.match(text, a)]
    for formula in EXECUTION.finditer(text):
        # "Chánh Văn phòng …; Giám đốc các Sở …; Chủ tịch … chịu trách nhiệm thi hành Quyết định này": the
        # whole sentence names who carries the decision out, it sets no task of its own
        spans.append((text.rfind(". ", 0, formula.start()) + 1, formula.end()))
    if not spans:
        return text, mentions
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    kept = [m for m in mentions if not any(a <= m[1] < b for a, b in spans)]
    return "".join(chars), kept


def table_actors(lead: str, cooperating: str, aliases: AliasTable) -> list[Actor]:
    """The actors of a task-table row: every agency in its "chủ trì" cell (lead) and "phối hợp" cell.

    A cell lists agencies separated by ";" (or line breaks); each item is read like a heading: known
    names and their levels, and unknown agencies named as written ("Ban Công tác xã hội").

    Example:
        >>> [a.name for a in table_actors("Sở Y tế", "Sở Tài chính; Hội Chữ thập đỏ tỉnh", AliasTable.load())]
        ['Sở Y tế', 'Sở Tài chính', 'Hội Chữ thập đỏ tỉnh']
    """
    return _actors(_cell_agencies(lead, aliases), _cell_agencies(cooperating, aliases))


def _cell_agencies(cell: str, aliases: AliasTable) -> list[str]:
    names: list[str] = []
    for item in re.split(r"[;\n]+", cell):
        item = item.strip(" .,-–—+•")
        if not item:
            continue
        found = _read_heading(item, aliases) or [mention.name for mention in aliases.find(item)]
        names += found
    return names
