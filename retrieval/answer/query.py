"""Query understanding: what a question is about, before any search.

Normalises the text, detects the agency it is about (via the alias table) and the documents it
refers to ("KL 44", "kế hoạch của Lai Châu"), what it asks for (`asks`: a fact about a document, a
value inside a clause, an agency's tasks, a topic), its content words (what the evidence must
cover), and rewrites an elliptical follow-up ("Còn Sở Y tế thì sao?", "hạn chót là khi nào?") from
the turns before it, each resolved in order.
"""

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import product
from dataclasses import dataclass, field

from retrieval.answer.asks import EDGE_ASKED_RE, TOPIC, Ask, ask_words, document_fact_or, plain_words, read_ask
from retrieval.answer.quantities import LABELS_WRITTEN_ONLY, SCALES, TIME_UNITS, spelled_as_level
from retrieval.answer.references import (FULL_NUMBER_RE, ISSUE_YEAR, QUANTITY_AFTER, RANGE_AFTER, DocumentDirectory, Key, find_keys,
                                         named_after, reference_spans)
from retrieval.answer.spelling import Respeller
from retrieval.answer.values import JOINLESS_PARTICLES, ORDINAL_SAID_RE, YEARS_RE, person_names, unit_word_asked
from retrieval.answer.vocabulary import Vocabulary
from retrieval.glossary import Glossary
from retrieval.ingest.actors import ADOPTING_ORGANS, AliasTable, Mention
from retrieval.ingest.header import PLACE_WORDS
from retrieval.index.lexical import NOUN_TAGS, VERB_TAGS, compounds, folded_word, nouns, query_tokens, tagged, unpadded, word_tags
from retrieval.models import Role, Turn
from retrieval.text import aligned, fold, has_diacritics, nfc, pattern, unaccent

# Words that join agencies into one subject ("Báo Lai Châu và Đài PTTH tỉnh").
SUBJECT_JOINERS = {"va", "cung", "&", ",", "voi"}
PRESS_HEADS = frozenset({"bao", "dai"})  # the press, named by the place it serves ("Báo Sơn La", "Đài Sơn La") (unaccented)
GENERIC_KINDS = ("van ban", "tai lieu")  # "văn bản", "tài liệu": a document of any type
_GENERIC = "|".join(GENERIC_KINDS)
# ("Văn bản ban hành ngày nào?": the text in hand, named first by its generic kind)
GENERIC_DOCUMENTS_RE = re.compile(rf"(?<!\w)(?:(?:cac|nhung|moi)\s+(?:{_GENERIC})|(?:{_GENERIC})\s+(?:nao|nay|do|tren|ay))(?!\w)"
                                  rf"|^\s*(?:{_GENERIC})(?!\w)")
# "cho đợt này", "trong chương trình này": the occasion of the text in hand, named by pointing at it, no word of the topic
OCCASION_POINTED_RE = re.compile(r"(?<!\w)(?:dot|lan|dip|chuong trinh|phong trao|cuoc van dong|chien dich)\s+(?:nay|nay cua)(?!\w)")
# Words after which an agency is related to, not acting, none of them the subject: "giữa" two bodies ("quy chế phối
# hợp giữa chính quyền và Hội"); "gửi", "trình" or "về" one, as a report or a list is sent ("báo cáo … gửi Trung ương
# Hội trước ngày nào?": the sender is asked about, unnamed). So is one after "cho", unless work is given to it ("giao
# cho", "giao nhiệm vụ gì cho"): "kinh phí hoạt động cho Hội CTĐ xã" is given to it. One after "ở" or "tại" is
# where something is ("dự trữ máu ở Bệnh viện Đa khoa tỉnh xuống dưới bao nhiêu …"); one after "trúng cử" or "ứng
# cử", what someone is elected to ("người trúng cử Ban Chấp hành chi hội phải đạt bao nhiêu phiếu?").
# (each as the end of the words before an agency)
# (and those trained: "lớp tập huấn chi hội trưởng" is a class for them, held by another)
RELATION_ENDINGS = tuple(f" {w}" for w in ("giua", "gui", "trinh", "ve", "o", "tai", "trung cu", "ung cu",
                                           "tap huan", "boi duong", "dao tao", "huan luyen"))
ABBREVIATION_RE = re.compile(r"[b-df-hj-np-tv-xz]+")  # letters and no vowel: no Vietnamese syllable (unaccented)
# A modal verb: the agency named after it is its verb's object ("… phải thành lập chi hội …").
OBLIGED_RE = re.compile(r"(?<!\w)(?:[pP]hải|cần)(?!\w)")  # "cần" lowercase: "Cần Thơ" is a place
MAX_HISTORY_READ = 4
PLACE_AFTER_BODY_RE = re.compile(r"(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){1,3}(?=\s)")  # "Tỉnh ủy Điện Biên": the place its body is of
ISSUED_VERB = "ra"  # of a text: "ra ngày nào", when it came out
# a count spelled out before the lowercase noun it counts, not an ordinal or a weekday ("thứ hai") nor a name ("Hai Bà
# Trưng"); "tư", "lăm", "mươi" only after another number ("hai mươi tư"): alone, "tư" opens a word ("buổi tư vấn")
SPELLED_COUNT_RE = re.compile(r"(?<!\w)(?<!thứ )(?<!Thứ )((?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
                              r"(?:(?i:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)\s+)*)(?=[a-zà-ỹđ])")
# How a topic question asks "what" of the word before it ("được trang bị những gì", "căn cứ luật nào");
# asked "how" ("xử lý thế nào", "ra sao"), the answer describes, in words of its own.
WHAT_PHRASES = ["gi", "nhung gi", "nao"]
HOW_PHRASES = ["the nao", "ra sao"]
MAX_PLACE_WORDS = 3  # "Thành phố Hồ Chí Minh" after an agency, before what it does
# a place's name after its kind ("tỉnh Hà Tĩnh", "xã Bản Lầu"): capitalised words, the kind in any case
PLACE_NAME_RE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(PLACE_WORDS, key=len, reverse=True))}))\s+(?:[A-ZĐÀ-Ỹ][\w'’]*\s?){{1,4}}")
DIVISION_WORDS = frozenset(fold(w) for w in ("phần", "chương", "mục", "điều", "khoản", "điểm", "tiết", "bảng"))
PLAIN_DIVISION_WORDS = frozenset(unaccent(w) for w in DIVISION_WORDS)  # of a question typed without diacritics


TIMES_ASKED = frozenset({"time", "day", "duration"})  # the asks of a time, which a question may open by naming
# a pair of syllables and the one after it; the syllable before a position (of a pair that may straddle two words)
THREE_SYLLABLES_RE = re.compile(r"(\w+)[ \t]+(\w+)(?:[ \t]+(\w+))?")
LAST_SYLLABLE_RE = re.compile(r"(\w+)[ \t]+$")


@dataclass
class Query:
    """A question as the retriever sees it."""

    original: str
    text: str
    accented: bool
    folded: list[str]
    plain: list[str]
    actors: list[str] = field(default_factory=list)
    keys: list[Key] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    named_ids: list[str] = field(default_factory=list)
    named_by: list[str] = field(default_factory=list)  # the issuer or place phrases that named them ("dong lam")
    passed_over: list[str] = field(default_factory=list)  # texts already read for the question, to look beyond
    implementing_ids: list[str] = field(default_factory=list)
    # named texts read through the texts that carry them out: there, only where those speak of them by their kind
    carried_out: list[str] = field(default_factory=list)
    intent: str | None = None
    followup: bool = False
    english: bool = False
    places: list[str] = field(default_factory=list)
    ask: Ask = TOPIC
    read: str = ""  # the text as read: an English question with the glossary's Vietnamese put in
    spelled: str = ""  # a question typed without diacritics, as the corpus would write it ("" when typed with them)
    content: list[str] = field(default_factory=list)
    key_words: frozenset[str] = frozenset()
    # words the evidence must hold, however common: a place looked beyond, a thing named by its proper name
    required: frozenset[str] = frozenset()
    # of those, the name of a works or a site ("trạm Vị Thanh"): the text's own place or issuer does not name it
    sited: frozenset[str] = frozenset()
    focus: frozenset[str] = frozenset()  # the word asked about ("họp" in "họp mấy lần")
    head: frozenset[str] = frozenset()  # the noun the question opens with ("mẫu" of "Mẫu báo cáo … gồm gì?")
    kind: frozenset[str] = frozenset()  # of "which X" ("những hành vi nào"), X: what the answer names
    unnamed: list[str] = field(default_factory=list)  # agencies the alias table does not know ("sở_xây")
    # the words that name a document by what it is about, between its kind and its author ("khen thưởng" of
    # "Quyết định khen thưởng của Hội CTĐ Bắc Ninh"): said of the document, not asked of a clause
    titling: frozenset[str] = frozenset()
    points_at_text: bool = False  # "theo thông tư này": the text in hand, no other
    # of a task question, the content words of its circumstance ("khi xảy ra thiên tai", "để chuẩn bị cho hội thi"):
    # a text may say them once for all the tasks it gives
    setting: frozenset[str] = frozenset()
    laws: list[str] = field(default_factory=list)  # laws the corpus cites by name, named in the question
    partners: list[str] = field(default_factory=list)
    role: Role | None = None  # the part a task question asks of its agency: only what it leads, or joins
    # the agency is named as the owner of what is asked ("tổng giá trị vận động … của Hội CTĐ tỉnh"): a text on its
    # work may say it without naming it
    owned: bool = False
    ordinal: tuple[int, bool] | None = None  # the rank of the item asked for ("cuối cùng": -1), and if a task
    # a follow-up put under the previous turn's agency, read as asked ("thế trang phục đội viên mấy năm được cấp
    # một lần?" after "Nhiệm kỳ Ban Chỉ huy Đội là bao lâu?"): the answer when the agency's clauses do not say
    alone: "Query | None" = None

    @property
    def scope(self) -> list[str]:
        """The documents the question narrows to: numbered ones, else those it names by issuer or place."""
        return self.document_ids or self.named_ids

    @property
    def measured(self) -> str:
        """The question without the places it points at: "Mục 3 …" names a place, not a quantity of 3."""
        text = self.read or self.text
        for match in reversed(place_matches(text)):
            text = text[: match.start()] + text[match.end() :]
        return text


AUTHORING = ("hướng dẫn", "ban hành", "thông báo", "kết luận", "chỉ thị", "quyết định", "có", "đã", "được", "nói", "viết",
             "đặt mục tiêu", "phấn đấu", "dự kiến", "nhấn mạnh", "lưu ý", "cho biết")
# "gửi Sở Y tế những tỉnh nào", "gửi cho các Hội cấp xã nào" (unaccented): the recipients, by the kind of body between
RECIPIENTS_NAMED_RE = re.compile(r"\bgui\s+(?:cho\s+|den\s+|toi\s+)?((?:\w+\s+){1,5}?)(?:nhung|cac)\s+(?:\w+\s+){0,2}nao\b")
# "Kinh phí hoạt động của Đội sơ cấp cứu là bao nhiêu?": the noun after "của" names whose value is asked (not one
# after "cho", which may say what it is for: "bố trí … cho công tác hiến máu")
OWNER_RE = re.compile(r"\bcủa\s+(\w+)(?:\s+(\w+))?", re.IGNORECASE)
# words of scope, not of an owner ("của toàn tỉnh", "của các huyện", "của mỗi xã"): the level checks read them; and
# nouns that name no one until their modifier does ("của người ứng cử", "của đơn vị …"), which a text says otherwise
# ("ứng cử viên")
NO_OWNER_WORDS = frozenset(fold(w) for w in ("toàn", "các", "mỗi", "từng", "những", "cả", "tất", "người", "đơn", "cơ"))


def _owner_words(question: str, content: list[str]) -> frozenset[str]:
    """The word of whose a value is asked, as the question's content words hold it ("đội", "tình_nguyện"):
    evidence that does not write it gives another's value (a year is checked on its own: a text of another year
    is another's). Only the noun that heads the owner: its modifiers may be said otherwise ("ven biển")."""
    held = set(content)
    owned = set()
    for match in OWNER_RE.finditer(question):
        first, second = folded_word(match.group(1)), folded_word(match.group(2) or "")
        if first in NO_OWNER_WORDS:
            continue
        word = f"{first}_{second}" if f"{first}_{second}" in held else first
        if word in held and not YEARS_RE.fullmatch(word):
            owned.add(word)
    return frozenset(owned)


# question words: never a syllable of what is asked about ("tập thể nào" is no word "tập_thể_nào")
QUESTION_SYLLABLES = frozenset({"nao", "gi", "dau", "sao", "ai"})
PLACE_RE = re.compile(
    r"\b(chuong|phan|muc|dieu|khoan|diem|tiet|y|dong|(?:noi dung|nhiem vu|yeu cau|giai phap) so)"
    r"\s+([ivxlc]+|\d{1,4}(?:\.\d{1,4}){0,4}|[a-z])\b"
)
# "o" typed bare before a word that is no level of a text is "ở" ("ở những quận nào"), not "điểm o"
PREPOSITION_AFTER_RE = re.compile(r"o\s+(?!(?:khoan|dieu|muc|phan|chuong|cua|thuoc)\b)[a-z]")
NUMBERED_ITEM = " so"  # "nội dung số 6", "nhiệm vụ số 2": the item numbered so, whatever the text calls its level


# "nhiệm vụ thứ nhất", "điểm cuối cùng", "việc đầu tiên": an item of a list by its rank (-1: the last)
ORDINAL_RE = re.compile(r"\b(nhiem vu|cong viec|viec|noi dung|diem|y|giai phap|hoat dong|chi tieu|yeu cau|muc|khoan"
                        r"|dieu|dong)\s+(thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2})|dau tien|cuoi(?:\s+cung)?|sau cung)\b"
                        r"(?!\s+(?:nam|thang|quy|ky|tuan|ngay|dot)\b)")  # "nhiệm vụ cuối", not "chỉ tiêu cuối năm"
EDITION_RE = re.compile(r"\b(lan thu)\s+(?:[ivxlc]+|\d{1,3})\b")
# What a text named by its kind is about, before an agency: "chỉ thị … về Hội …", "quyết định thành lập Ban …"
DOCUMENT_SUBJECT_WORDS = ("ve", "thanh lap", "kien toan", "giai the")
# The edge of a period ("cuối năm 2025", "đến cuối 2026", "đầu tháng 6"): when, not what ("đến hết năm 2026")
PERIOD_EDGE_RE = re.compile(r"\b(?:cuoi|dau|giua)(?=\s+(?:nam|thang|quy|(?:19|20)\d{2})\b)")
RANKS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
LOOSE_LEVELS = {"muc", "khoan", "diem", "tiet", "y"}
LETTER_LEVELS = ("diem", "tiet")  # a lettered point: "điểm c" of a law, "tiết c" under a numbered point
ROMAN_LEVELS = ("muc", "phan")  # a part numbered in Roman figures, called either
# "khoản tiền này", "khoản hỗ trợ đó": words pointing back at what the previous turn asked about
REFERRING_RE = re.compile(r"(?:^|\s+)(?:khoản|việc|nhiệm vụ|mức|số|đợt|hoạt động|nội dung|trường hợp|cuộc|lớp|điểm|quy định"
                          r"|chị|anh|ông|bà|người|đồng chí|đơn vị|cơ quan)"
                          r"(?:\s+\w+){0,2}?\s+(?:này|đó|ấy|đấy)\b", re.IGNORECASE)
# "chị ấy", "người đó", "đơn vị này": a person or a body the previous answer named
NAMED_BEFORE_RE = re.compile(r"(?<!\w)(?:chị|anh|ông|bà|người|đồng chí|(?P<body>đơn vị|cơ quan))\s+(?:này|đó|ấy|đấy)(?!\w)",
                             re.IGNORECASE)
# "ở những xã nào" closing a question: the kind it asked for, no word of its topic
WHICH_KIND_RE = re.compile(r"\s*(?:\b(?:ở|tại)\s+)?(?:\b(?:những|các)\s+)?\w+\s+nào\s*(?=[?.]?\s*$)", re.IGNORECASE)
MARKER_RE = re.compile(r"\s*\[\d+\]")
MAX_VALUE_LINE = 120
TABLE_WORD_RE = re.compile(r"\bbang\b")


def place_matches(text: str) -> list[re.Match]:
    """The places a question points to, found in its unaccented text; a label is written without a
    diacritic (but "đ"): "toàn phần ở" does not point to "Phần o", nor "Kỷ niệm chương Vì …" to "Chương VI"."""
    pair = aligned(text.lower())
    if pair is None:  # a letter that is not one character once unaccented
        return list(PLACE_RE.finditer(unaccent(text)))
    written, plain = pair
    # "toàn phần 350 ml", "địa điểm 3": the level word ends a word of two syllables
    joined = {c.split("_")[-1] for c in compounds(text) if c.count("_") == 1}
    return [m for m in PLACE_RE.finditer(plain) if written[m.start(2) : m.end(2)] in (m.group(2), "đ")
            and fold(written[m.start(1) : m.end(1)]) not in joined
            and not PREPOSITION_AFTER_RE.match(plain, m.start(2))  # "thi diem o nhung quan nao": "thí điểm ở …"
            # (the level word as written: "dòng" a table's row, not "đồng"; "mục", not "mức")
            and spelled_as_level(m.group(1), written[m.start(1) : m.end(1)])]


def ordinal_in(text: str) -> tuple[int, bool] | None:
    """The rank of the item a question asks for ("nhiệm vụ thứ hai" → 2, "điểm cuối cùng" → -1) and whether
    it is a task ("nhiệm vụ", "việc"), not a division named by its level ("điểm", "mục"); or None."""
    found = ORDINAL_RE.search(plain_words(text))
    if found is None:
        return None
    rank = found.group(2).split()[-1]
    number = int(rank) if rank.isdigit() else RANKS.get(rank, 1 if rank == "tien" else -1)
    return number, found.group(1) not in (*LOOSE_LEVELS, "dieu", "dong")


def places_in(text: str) -> list[str]:
    """Where in a document the question points: "Điều 2 khoản 2" → ["dieu 2", "khoan 2"], "điểm đ" →
    ["diem dd"]. A number of several levels ("4.2") names one division whatever the level word before it
    ("mục 4.2", "khoản 4.2"): outside an article a text labels it "điểm 4.2"."""
    written = (aligned(text.lower()) or ("", ""))[0]
    # the letter "đ" written as such is "dd", not "d" (labels read it so)
    return [f"{'diem' if '.' in m[2] and m[1] in LOOSE_LEVELS or m[1].endswith(NUMBERED_ITEM) else m[1]} "
            f"{'dd' if written[m.start(2) : m.end(2)] == 'đ' else m[2]}" for m in place_matches(text)]


def place_variants(places: list[str]) -> list[list[str]]:
    """The same places under the other loose level words: "mục 4" of a text whose numbered points are
    "Điểm 4", "khoản 2" of one that calls them "Mục 2", "điểm c" of one that calls its lettered points
    "tiết c", "phần II" of one that calls its Roman parts "Mục II" (a level word the question uses loosely);
    every combination, the question's own first."""
    options = []
    for place in places:
        level, key = place.split(" ", 1)
        if level in LOOSE_LEVELS and key.isdigit():
            others = ("diem", "khoan", "muc")
        elif level in LETTER_LEVELS and len(key) <= 2 and key.isalpha():
            others = LETTER_LEVELS
        elif level in ROMAN_LEVELS and re.fullmatch(r"[ivxlc]+", key):
            others = ROMAN_LEVELS  # "phần II" of a text whose Roman parts are "Mục II"
        else:
            others = ()
        options.append([place] + [f"{other} {key}" for other in others if other != level])
    return [list(variant) for variant in product(*options)][1:]


def _cut(text: str, phrase: str) -> str:
    """The text without the first place it writes `phrase` (unaccented words) as whole words."""
    pair = aligned(text)
    found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", pair[1].lower()) if phrase and pair else None
    return text[: found.start()] + text[found.end() :] if found else text


def answered_value(answer: str) -> str | None:
    """The value an answer states first ("Bà Võ Thị Kim Liên [1]."), without its markers; None for a
    refusal or a list, which state none."""
    first = answer.split("\n", 1)[0]
    if not MARKER_RE.search(first) or len(first) > MAX_VALUE_LINE:
        return None
    return " ".join(MARKER_RE.sub(" ", first).strip(" .").split())


def has_phrase(plain: str, phrases: list[str]) -> str | None:
    """The longest of `phrases` that `plain` (words without diacritics) holds as whole words, or None."""
    padded = f" {plain} "
    for phrase in sorted(phrases, key=len, reverse=True):
        if f" {phrase} " in padded:
            return phrase
    return None


def _sentence_case_off(text: str) -> str:
    """A question's first word without the capital that only opens the sentence ("Hạn chót là …"), so
    that, put after a subject, it does not read as a name; a name keeps it ("Yên Thế thì sao?")."""
    words = text.split(maxsplit=2)
    if len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower() and not words[1][:1].isupper():
        return text[:1].lower() + text[1:]
    return text


# A kind of thing and its label: "túi loại D", "cụm thi đua số 1", "nhóm 2", "khu vực II" (unaccented)
# (and a body's term: "khóa XI" is not "khóa X")
# (and a class by its number: "Lớp 4 có bao nhiêu học viên?")
# (and a residential unit by its number: "khu phố 4", "ấp 3", "xóm 2", "khu 5", "thôn 1"; a phase, "giai đoạn 2"; a post or a
# team by its number: "Trạm số 2", "Đội 3", "chốt 1")
# (not "phân loại 1.064 chi hội"; nor a count of the units after it: "giai đoạn 5 năm", "nhóm 5 người", but "đợt 2 ngày 12/6")
LABELLED_RE = re.compile(r"\b(loai|nhom|cum|hang|dot|khoi|vung|khoa|lop|pho|ap|xom|khu|thon|doan|mau|tram|doi|chot)\s+(?:so\s+)?([a-z]|[ivx]{1,4}|\d{1,2})\b"
                         r"(?![.,]\d)(?!\s+(?:nam|thang|tuan|ngay|gio|buoi|lan|nguoi)\b(?!\s*\d))")
LABEL_KINDS_WRITTEN = frozenset({"loại", "nhóm", "cụm", "hạng", "đợt", "khối", "vùng", "khóa", "khoá", "lớp", "phố", "ấp", "xóm",
                                 "khu", "thôn", "đoạn", "đoàn", "mẫu", "trạm", "đội", "chốt"})  # (not "tiền hàng 6 tháng")
# a storm by the number the year gives it ("bão số 9", "áp thấp nhiệt đới số 2"): a text of another storm says nothing of it
STORM_NUMBER_RE = re.compile(r"\b(?:bao|ap thap nhiet doi)\s+(so\s+\d{1,2})\b")


@lru_cache(maxsize=1024)  # read again for each table row a question's value may be in
def labelled(text: str) -> tuple[str, ...]:
    """The labelled kinds a question names ("loại D" → "loaị_d"), as the index pairs them: a label no
    text gives names nothing the corpus has."""
    pair = aligned(text)
    if pair is None:
        return ()
    written, plain = pair
    spell = fold if has_diacritics(written) else unaccent
    # a label is written as one: a number, or a letter in capitals ("loại D"; not "khoi o" for "khối ở")
    return tuple(f"{spell(written[m.start(1) : m.end(1)])}_{m.group(2)}" for m in LABELLED_RE.finditer(plain.lower())
                 if (m.group(2).isdigit() or written[m.start(2) : m.end(2)] in (m.group(2).upper(), "Đ"))
                 and (spell is unaccent and m.group(1) not in LABELS_WRITTEN_ONLY
                      or nfc(written[m.start(1) : m.end(1)]).lower() in LABEL_KINDS_WRITTEN))


def storm_numbers(text: str) -> tuple[str, ...]:
    """The numbers a question knows storms by ("bão số 9" → "số_9"), as the index pairs them."""
    pair = aligned(text)
    if pair is None:
        return ()
    written, plain = pair
    spell = fold if has_diacritics(written) else unaccent
    return tuple("_".join(spell(written[m.start(1) : m.end(1)]).split()) for m in STORM_NUMBER_RE.finditer(plain.lower()))


def without_storms(text: str) -> str:
    """The text without the numbers it knows storms by ("Bão số 3 làm bao nhiêu người mất tích?": 3 is no count stated)."""
    plain = unaccent(text).lower()
    if len(plain) != len(text):
        return text
    for match in reversed(list(STORM_NUMBER_RE.finditer(plain))):
        text = text[: match.start(1)] + text[match.end(1) :]
    return text


# a name of one to three words without figures in brackets after what it names ("bão số 3 (Yagi)")
OTHER_NAME_RE = re.compile(r"(?<=\w)\s*\((?:[^\W\d_]+\s+){0,2}[^\W\d_]+\)")


def _asks_more(content: list[str]) -> bool:
    """Whether a question has content words beyond the verb a text comes out with ("Chỉ thị 15-CT/TU ra ngày
    nào?": when it was issued)."""
    return any(word != ISSUED_VERB for word in content)


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))

def _short_name_spans(text: str, mention: Mention) -> list[tuple[int, int]]:
    """A body's short name written beside it in brackets: "CDC tỉnh (Trung tâm Kiểm soát bệnh tật)", "Trung tâm
    Kiểm soát bệnh tật (CDC)". The short name is the word or two before the bracket, or what it holds."""
    inside = re.match(r"\s*\)", text[mention.end :]) and re.search(r"\(\s*$", text[: mention.start])
    if inside:
        opening = text.rindex("(", 0, mention.start)
        short = re.search(r"(?:\w+\s+)?\w+\s*$", text[:opening])
        return [short.span()] if short else []
    after = re.match(r"\s*\(([^()]{1,30})\)", text[mention.end :])
    return [(mention.end + after.start(1), mention.end + after.end(1))] if after else []


def _head(text: str, content: list[str]) -> frozenset[str]:
    """The noun a question opens with, when it is a content word ("Mẫu báo cáo … gồm những biểu nào?", "Lễ phát
    động … tổ chức ở đâu?"): what it asks about; evidence that names only its modifiers (a report, not its
    template) answers something else."""
    tags = word_tags(text)
    if tags and tags[0][1] == "M" and not tags[0][0][:1].isdigit():
        tags = tags[1:]  # "Hai bên họp …": the noun a number word counts ("hai" is no noun of its own)
    if not tags or tags[0][1] not in NOUN_TAGS:
        return frozenset()
    word = fold(tags[0][0].split("_")[0])  # of a compound its first syllable: "tổng" of "Tổng kinh phí"
    return frozenset({word}) if word in content and word not in DIVISION_WORDS else frozenset()  # "Phần mục đích …"


def _key_words(content: list[str], text: str, of_value: bool) -> frozenset[str]:
    """The content words that are nouns or numbers, and the syllables of a noun the content splits
    ("Gò_Dầu", a place the tagger reads whole: "gò", "dầu"), which name what the question is about; of a
    value asked, the adjectives that qualify a noun too ("người khuyết tật nhẹ", "giải đặc biệt": which of
    those the value is set for)."""
    found = nouns(text) | (_qualifiers(text) if of_value else set())
    syllables = {s for noun in found if "_" in noun and noun not in content for s in noun.split("_")}
    return frozenset(content) & (found | syllables)


# a place named in a question typed without diacritics: the two words after a kind of place that is no other
# word typed bare ("huyen ngoc hien"; not "tinh", "xa", "quan", "phuong": "tình hình", "xã hội", "quản lý")
# (a name of one word is not read: "huyen X co bao nhieu …"; nor a level, "cap huyen phai …", "cac quan huyen gui …";
# nor a modal or question word that no place name begins with: "huyen phai cung cap", "huyen duoc giao", "thanh
# pho co nhiem vu gi" ("Cô Tô" is a name); nor one that ends with a preposition: "ngan sach huyen chi cho …")
PLACE_TYPED_PLAIN_RE = re.compile(r"(?<!cap )(?<!cac )(?<!quan )(?<!moi )(?<!tung )(?<!nhung )"
                                  r"\b(?:huyen|thanh pho|tp|thi xa|thi tran)\s+"
                                  r"(?!(?:cac|nhung|do|nay|va|phai|duoc|se|gi|nao|may|bao\s+nhieu"
                                  r"|co\s+(?:nhiem|trach|bao|may|nhung|cac|gi))\b)([a-z]+)"
                                  r"\s+(?!(?:co|la|duoc|da|se|phai|can|may|gi|nao|lam|va|cho|cua|voi|ve|theo|trong|bao\s+nhieu)\b)([a-z]+)")


# "tinh" and the two words after it, typed without diacritics: a province ("tinh bac lieu"), or a word of "tình",
# "tính", "tinh" ("tinh hinh thuc hien") the corpus writes
PROVINCE_TYPED_PLAIN_RE = re.compile(r"(?<!cap )(?<!cac )(?<!moi )(?<!tung )(?<!nhung )\btinh\s+([a-z]+)\s+([a-z]+)")


def places_typed_plain(text: str, content: list[str]) -> frozenset[str]:
    """Of a question the tagger cannot read, the names after a kind of place ("huyen ngoc hien": "ngoc_hien"): a
    name the texts never write is one no text speaks of."""
    pairs = {f"{a}_{b}" for a, b in PLACE_TYPED_PLAIN_RE.findall(unaccent(text).lower())}
    return frozenset(w for w in content if w in pairs)


def _sited(text: str) -> frozenset[str]:
    """The syllables of the names of works or sites the question writes ("trạm Vị Thanh": "vị", "thanh"), folded: the
    capitalised words in a row after a works' word."""
    lower, found, naming = text.lower(), set(), False
    for word in re.finditer(r"\w+", text):
        naming = word.group(0)[0].isupper() and (naming or named_after(lower, word.start()))
        if naming:
            found.add(fold(word.group(0)))
    return frozenset(found)


CONTACT_ASKS = frozenset({"phone", "account", "email"})  # the values a body gives for reaching it
# "để …" after a contact asked: what the number is for (typed bare, not "đề nghị", "đề xuất", "đề án", "đề cập")
# the words of a purpose that say money is given, before what it is given to (unaccented)
GIVING_RE = re.compile(r"de\s+(?:(?:chuyen\s+khoan|chuyen|nop|gui|dong gop|dong|ung ho|quyen gop|gop|tai tro|ho tro|tien)\s+)+")
PURPOSE_RE = re.compile(r"(?<!\w)(?:để|de(?!\s+(?:nghi|xuat|an|cap|muc|tai|ra)\b))\s+\w")

COUNTED_BODY_RE = re.compile(r"\b(?:bao nhieu|may)$")  # words before a body that count it

# the one asked, called after the question ("… ở đâu anh?", "… ký ngày nào vậy anh chị?", "… không chị ạ?", "… ngày nào hả
# anh?"), unaccented
# (not "em": "mỗi lớp bao nhiêu em" counts children)
VOCATIVE_END_RE = re.compile(r"\b(?:nao|gi|dau|ai|nhieu|may|khong|chua|vay|a|sao|the|nhi|gio|lau|chot)(\s*,?\s+(?:(?:ha|nhe|nha)\s+)?(?:anh chi|anh|chi|"
                             r"ban|ad|admin|co|chu|bac)(?:\s+(?:oi|a|nhe|nha))?\s*[?.!]*\s*)$")


def without_vocative(question: str) -> str:
    """The question without the one it is asked of, called after it ("Lễ phát động tổ chức ở đâu anh?"): no word of
    what is asked."""
    pair = aligned(question)
    called = VOCATIVE_END_RE.search(pair[1].lower()) if pair else None
    return f"{question[: called.start(1)]}?" if called else question


CLOSING_PARTICLES = frozenset(fold(p) for p in JOINLESS_PARTICLES)  # folded, as a question's words are compared
# a place typed as its initials after its kind: "tỉnh LS", "TP. ĐN" (two to four capitals)
PLACE_INITIALS_RE = re.compile(r"(?<!\w)((?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường))\s*([A-ZĐ]{2,4})(?!\w)")
# a date's units, and the parts of a day written before a date ("sáng 3/10/2026"), unaccented
CALENDAR_WORDS = frozenset({"thang", "quy", "ngay", "tuan", "sang", "chieu", "trua", "toi", "dem"})
CALENDAR_WORD_RE = re.compile(rf"\b({'|'.join(CALENDAR_WORDS)})\s+(?:\d|[ivx]+\b)")


def date_unit_words(text: str) -> set[str]:
    """The words of a date's units the text writes before a number ("tháng 9/2024", "quý II"), unaccented: the date
    names when, a text writes it otherwise ("12/9/2024")."""
    return set(CALENDAR_WORD_RE.findall(unaccent(text).lower()))


# the words that ask for the total of what follows, as the reader spells content words (and typed bare: "tong so")
TOTAL_WORDS = frozenset(form(w) for w in ("tổng", "tổng_số", "tổng_cộng") for form in (str, unaccent))


def _totalling(word: str) -> bool:
    """A word that asks for the total of what follows ("tổng", "tổng số")."""
    return word in TOTAL_WORDS


def summed(word: str) -> str:
    """What a word for a total sums ("tổng_chỉ_tiêu": "chỉ_tiêu"), which the text names, not the word "tổng"; any other
    word as it is."""
    first, _, rest = word.partition("_")
    return rest if rest and _totalling(first) else word


MEASURE_ASKED = frozenset({"bao_nhiêu", "mấy", "bao_lâu", "bao_xa"})  # the question words after a measure, as pyvi writes them


def _qualifiers(text: str) -> set[str]:
    """The adjectives right after a noun, or after a noun and the word that goes with it ("người khuyết_tật
    nhẹ": the tagger reads the condition a verb), folded; not one before the question word, which asks a
    measure ("bài giảng dài bao nhiêu phút")."""
    tags = word_tags(text)
    return {folded_word(word) for i, (word, tag) in enumerate(tags) if tag == "A" and (
        i >= 1 and tags[i - 1][1] in NOUN_TAGS or i >= 2 and tags[i - 1][1] == "V" and tags[i - 2][1] in NOUN_TAGS)
        and not asks_measure(tags, i)}


def asks_measure(tags: tuple[tuple[str, str], ...], at: int) -> bool:
    """The adjective at `at` of a question's tagged words comes right before the question word: it asks a measure
    ("bài giảng dài bao nhiêu phút"), not which case ("bài giảng dài" / "bài giảng ngắn")."""
    return at + 1 < len(tags) and tags[at + 1][0].lower() in MEASURE_ASKED


# a number written as a word before the word it counts ("sáu tháng đầu năm"), as texts write it in figures;
# not "một" ("một số"), "ba", "năm" (also words of their own), "hai" ("hai bên": both, as texts write it too),
# nor a word that opens a name mid-sentence
NUMBER_WORDS = {"bốn": "4", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9", "mười": "10"}
NUMBER_WORD_RE = re.compile(rf"(?:^({'|'.join(w.capitalize() for w in NUMBER_WORDS)})|(?<=\s)(?<!mười )(?<!mươi )({'|'.join(NUMBER_WORDS)}))"
                            rf"(?=\s+(?!(?:{'|'.join(NUMBER_WORDS)}|mươi|lăm|nhăm)\b)[a-zà-ỹđ])")


# "ba" before a word it can only count ("ba xã", "ba lần"): three, as texts write it in figures ("03 xã")
THREE_RE = re.compile(r"(?<=\s)ba(?=\s+(?:xã|phường|huyện|tỉnh|lần|tháng|ngày|tuần|hộ|người|đợt|nhóm|loại|bước|lớp|đội)\b)")


def spelled_out(question: str, glossary: Glossary) -> str:
    """The question as read: on one line, its short forms written in full ("HCTĐ" → "Hội Chữ thập đỏ"), its
    numbers in figures ("sáu tháng" → "6 tháng")."""
    text = glossary.expand(" ".join(nfc(question).split()))
    return THREE_RE.sub("3", NUMBER_WORD_RE.sub(lambda m: NUMBER_WORDS[(m.group(1) or m.group(2)).lower()], text))


# The organs that adopt a committee's texts in its name ("Ban Thường vụ Tỉnh ủy" for the Tỉnh ủy).
ADOPTING_ORGAN_RE = re.compile(rf"^(?:{'|'.join(unaccent(o) for o in ADOPTING_ORGANS)}) ")


class QueryReader:
    """Reads questions against one index's documents (rebuilt with the index)."""

    def __init__(self, aliases: AliasTable, vocabulary: Vocabulary, glossary: Glossary, directory: DocumentDirectory,
                 known: dict[str, str] | None = None, written_pair: Callable[[str], bool] | None = None,
                 respeller: Respeller | None = None):
        """`known`: the words (without diacritics) the corpus has, to read English questions; `written_pair`:
        whether the corpus writes two syllables ("tro_ung", without diacritics) side by side; `respeller`:
        writes a question typed without diacritics as the corpus writes its words, for the tagger."""
        self.known = known
        self.written_pair = written_pair
        self.respeller = respeller
        self.aliases = aliases
        self.vocabulary = vocabulary
        self._people_endings = tuple(f" {p}" for p in vocabulary.people)  # "… cán bộ", "… hội viên" (unaccented)
        self.glossary = glossary
        self.directory = directory
        self._plain_stopwords = {unaccent(w) for w in vocabulary.stopwords}
        self._assigning = sorted(vocabulary.assigning, key=len, reverse=True)
        # the verbs a text is spoken by, after the body that issues it ("Sở Y tế yêu cầu …", "… quy định …", "… có …")
        self._authoring = {unaccent(v) for v in [*vocabulary.assigning, *vocabulary.text_acts, *AUTHORING]}
        self._sides = sorted({unaccent(n) for n in vocabulary.generic_nouns}, key=len, reverse=True)
        self._type_phrases = sorted({n for names in vocabulary.document_types.values() for n in names} | {"van ban"}, key=len, reverse=True)
        # a document named before "của"/"do": its type, its number ("kh 52 kh ctd": "KH 52/KH-CTĐ") and up to
        # three words of its subject
        types = "|".join([*self._type_phrases, *vocabulary.document_types, *vocabulary.programmes])
        carrying = "|".join(sorted(vocabulary.carrying_out, key=len, reverse=True))
        # "phải làm gì để thực hiện Chỉ thị …": the purpose is the text named ("ai … thi hành Quyết định này"
        # asks who carries it out: the verb is content there)
        self._carrying_out = re.compile(rf"(?<!\w)de\s+(?:{carrying})(?=\s+(?:cac\s+|nhung\s+)?(?:{types})(?!\w))")
        self._document_before = re.compile(rf"(?:^|\s)(?:{types})(?:\s+so)?(?:\s+\d+)?(?P<about>(?:\s+[a-z0-9]+){{0,4}})$")
        # a text pointed at ("thông tư này", "kế hoạch đó", "văn bản trên"): the one in hand
        self._pointing = re.compile(rf"(?<!\w)(?:{'|'.join(self._type_phrases)})\s+(?:nay|do|tren|ay)\b")

    def _is_known(self, key: Key) -> bool:
        """A reference to a corpus document, or to a text the corpus cites with its date or issuer."""
        return bool(self.directory.documents_numbered(key) or self.directory.mentions.get(key))

    def is_english(self, text: str) -> bool:
        written, plain = aligned(text) or (nfc(text), unaccent(text))
        numbers = [m.span() for m in FULL_NUMBER_RE.finditer(plain)]  # "1426/QĐ-UBND" is no Vietnamese
        if has_diacritics("".join(c for i, c in enumerate(written) if not any(s <= i < e for s, e in numbers))):
            return False
        function_words = sum(w in self.vocabulary.english_words for w in re.findall(r"[a-z']+", text.lower()))
        return function_words + self.glossary.count(text) >= 2

    def _agencies(self, text: str) -> list[Mention]:
        """Agencies the text names, not counting the tail of a document number ("1876/QĐ-UBND") nor a name
        that says what kind a thing or a post is ("Ngôi nhà CTĐ", "Chi hội trưởng Chữ thập đỏ")."""
        blanked = FULL_NUMBER_RE.sub(lambda m: " " * len(m.group(0)), unaccent(text))
        found = []
        for mention in self.aliases.find(text):
            ahead = f" {plain_words(blanked[: mention.start])}"
            # (nor bodies counted: "bao nhiêu chi hội chữ thập đỏ", "mấy Sở" are what the number is of)
            if not blanked[mention.start].isspace() and not COUNTED_BODY_RE.search(ahead) \
                    and not any(ahead.endswith(f" {kind}") for kind in self.vocabulary.kinds_named_by_agency):
                found.append(mention)
        return found

    def _unnamed(self, text: str, mentions: list[Mention]) -> list[str]:
        """Agencies the question writes as agencies are written ("Sở Xây dựng", "Trung tâm Y tế") that
        the alias table does not know, each as the pair of words where the name starts ("sở_xây"): a
        corpus that never writes that pair never names the agency."""
        spell = fold if has_diacritics(text) else unaccent  # each word on its own, as the index spells pairs
        numbers = [m.span() for m in FULL_NUMBER_RE.finditer(unaccent(text))]  # "18/2027/QĐ-UBND Khánh Hòa"
        found = []
        for word in re.finditer(r"\w+", text):
            start = word.start()
            head = self.aliases.agency_head(text[start:]) if word.group(0)[0].isupper() else None
            # (a paper, a station is named by its place, no body of the place: "Báo Sơn La" is not "Hội Sơn La")
            if head is None or any(m.start < start + head[2] and start < m.end for m in mentions) \
                    or any(s <= start < e for s, e in numbers) \
                    or unaccent(head[0]).lower() not in PRESS_HEADS and self._place_after(text[start + head[2] - len(head[1]) :]) \
                    or self._named_with_short_form(fold(head[0]), fold(head[1])):
                continue
            found.append(f"{spell(head[0])}_{spell(head[1])}")
        return found

    def _named_with_short_form(self, head: str, name: str) -> bool:
        """The corpus writes the agency with a short form between its word and its name, which the question leaves out:
        "Trường Lê Bình" of "Trường THPT Lê Bình" (a short form has no vowel: "thpt", "thcs")."""
        if self.respeller is None:
            return False
        shorts = self.respeller.short_forms_after.get(head, ())
        return any(f"{short}_{name}" in self.respeller.written_pairs for short in shorts)

    def _place_after(self, text: str) -> bool:
        """`text` opens with the name of a place a text of the corpus is written in: "Hội Cần Thơ" is the Hội of
        that place, no agency of another name."""
        plain = " ".join(re.findall(r"\w+", unaccent(text).lower())) + " "
        return any(plain.startswith(f"{place} ") for place in self.directory.places.values() if place)

    def _introduction_end(self, text: str) -> int:
        """Where a speaker's introduction of themself ends ("Tôi là cán bộ Hội …, cho hỏi …"): 0 when none."""
        plain = unaccent(text).lower()
        if any(plain.startswith(p + " ") for p in self.vocabulary.introductions):
            comma = re.search(r"[,.;:?]", text)
            return comma.end() if comma else 0
        return 0

    def _subject(self, mentions: list[Mention], text: str) -> list[Mention]:
        """The agencies the question is about: the first one named and those joined to it by "và" or ","."""
        while len(mentions) > 1 and self._issuer_of_document(text, mentions[0]) or mentions and self._document_topic(text, mentions[0]):
            mentions = mentions[1:]  # "KH 52 của Hội CTĐ Đà Nẵng, Văn phòng Hội …": the plan's author, not its subject
        if not mentions:
            return []
        before = plain_words(text[: mentions[0].start]).split()
        # "liên hệ ai ở Trung tâm Kiểm soát bệnh tật", "đầu mối ở Hội tỉnh là ai": a person of the body, not a place
        held_by = before[-1:] in (["o"], ["tai"]) and (before[-2:-1] == ["ai"]
                                                        or has_phrase(" ".join(before[:-1]), self.vocabulary.contacts))
        if before and not held_by and (f" {' '.join(before[-2:])}".endswith(RELATION_ENDINGS)
                       or before[-1] == "cho" and "giao" not in before[-5:]
                       or f" {' '.join(before[-3:])}".endswith(self._people_endings)) \
                or OBLIGED_RE.search(text[: mentions[0].start]):
            # "Các trường phải thành lập chi hội chữ thập đỏ …": the agency is what is made, not who acts; "… cán bộ Hội
            # cấp xã được tập huấn": the people it has, who are counted, not the body at work
            return []
        subject = [mentions[0]]
        for i, mention in enumerate(mentions[1:], start=1):
            between = plain_words(text[subject[-1].end : mention.start]).split()
            gap = text[subject[-1].end : mention.start].strip()
            if all(w in SUBJECT_JOINERS for w in between) and len(between) <= 2 and (between or gap in ("", ",", "&")):
                subject.append(mention)
            elif self._assigns(between):
                # "Thành ủy TP.HCM yêu cầu Ban Dân vận làm gì?": who is asked to act, not who asks
                return self._subject(mentions[i:], text)
            else:
                break
        return subject

    def _issuer_of_document(self, text: str, mention: Mention) -> bool:
        """The agency is named as a document's author or party: "kế hoạch của …", "KH 52/KH-CTĐ của …",
        "hướng dẫn Tháng Nhân đạo 2025 của …", "văn bản do …", "chương trình phối hợp với …"."""
        head = plain_words(text[: mention.start])
        if not head.endswith((" cua", " do", " voi")):
            return False
        return bool(self._document_before.search(head.rsplit(" ", 1)[0]))

    def _titling(self, text: str, mentions: list[Mention], content: list[str], named: list[str]) -> frozenset[str]:
        """The content words between a kind of text and the author it is named by ("quyết định khen thưởng (của)
        Hội CTĐ Bắc Ninh"), when that author issued a document named."""
        said = {w for m in mentions if self._issues([m], text, named)
                and (kind := self._document_before.search(re.sub(r"\s+(?:cua|do)$", "", plain_words(text[: m.start]))))
                for w in kind.group("about").split()}
        return frozenset(w for w in content if said and set(unaccent(w).split("_")) <= said)

    def _setting(self, text: str, ask: Ask, content: list[str]) -> frozenset[str]:
        """Of a task question, the content words after the word that opens its circumstance ("… phải làm gì để
        chuẩn bị cho hội thi": "chuẩn_bị", "hội_thi"), the opening word with them ("sau" of "sau khi")."""
        if ask.kind != "tasks" or (pair := aligned(text.lower())) is None:
            return frozenset()
        written, plain = pair
        accented = has_diacritics(text)
        opens = [m.start() for phrase in self.vocabulary.circumstances
                 for m in pattern(rf"(?<!\w){re.escape(unaccent(phrase))}(?!\w)").finditer(plain)
                 if not accented or written[m.start() : m.end()] == phrase]
        if not opens:
            return frozenset()
        after = self.content_words(text[min(opens) :], ask)
        return frozenset(w for w in content if w in after)

    def _document_topic(self, text: str, mention: Mention) -> bool:
        """The agency is what a document named is about: "chỉ thị 38 của Tỉnh ủy về Hội Chữ thập đỏ", "Quyết định
        thành lập Ban Chỉ đạo …"."""
        head = plain_words(text[: mention.start])
        about = next((w for w in DOCUMENT_SUBJECT_WORDS if head.endswith(f" {w}")), None)
        return about is not None and bool(self._document_before.search(head[: -len(about) - 1]))

    def _assigns(self, between: list[str]) -> bool:
        """The words between two agencies end with a verb putting work on the second, after at most a
        place name ("Huyện ủy Lạc Dương giao cho …")."""
        joined = " ".join(between)
        return any(
            (joined == verb or joined.endswith(" " + verb)) and len(between) - len(verb.split()) <= MAX_PLACE_WORDS
            for verb in self._assigning
        )

    def _issues(self, subject: list[Mention], text: str, named: list[str]) -> bool:
        """The agencies named are the issuer of a document the question names by its issuer, or the
        issuer's organ that adopts its texts ("Ban Thường vụ Tỉnh ủy Bình Định" of "Tỉnh ủy Bình Định")."""
        issuers = [i for i in (self.directory.issuers.get(d, "") for d in named) if i]
        names = self._issuer_names(subject, text)
        if len(names) < 2 and any(len(self.aliases.find(i)) > 1 for i in issuers) \
                and not any(self._document_before.search(plain_words(text[: m.start])) and not text[: m.start].rstrip().endswith(",")
                            for m in subject):
            # one party of a joint text acts in it ("Kinh phí Sở GD&ĐT bố trí cho chương trình phối hợp", "Theo chương
            # trình phối hợp, Công an tỉnh phải gửi …"), unless it names the text ("Quy chế phối hợp CTĐ - Công an")
            return False
        return bool(issuers) and all(any(name in i or i in name for i in issuers) for name in names)

    def _does(self, subject: list[Mention], text: str) -> bool:
        """The issuer named does a thing of its own, not what its text says ("Bộ Tài chính thẩm định quyết toán …" of the
        Thông tư it issues, not "Bộ Tài chính yêu cầu …", "… quy định …"): the verb after it is none a text is spoken by."""
        after = plain_words(text[subject[-1].end :])
        return bool(after) and not any(after == v or after.startswith(v + " ") for v in self._authoring)

    def _issued_by(self, subject: list[Mention], text: str, named: list[str]) -> list[str]:
        """Of the documents named, those the agencies named issue."""
        names = self._issuer_names(subject, text)
        return [d for d in named if (i := self.directory.issuers.get(d, "")) and any(n in i or i in n for n in names)]

    @staticmethod
    def _issuer_names(subject: list[Mention], text: str) -> list[str]:
        return [ADOPTING_ORGAN_RE.sub("", plain_words(text[m.start : m.end])) for m in subject]

    def _named_things(self, text: str) -> frozenset[str]:
        """The syllables of what the question names by a proper name of two or more capitalised words, or of one
        after a kind of thing named so, that is no agency, person, place or text ("Tết Nhân ái", "Lễ hội Xuân Hồng",
        "Xuân Ất Tỵ", "giải Khuyến khích", "trạm Vị Thanh"), folded: evidence
        that does not name it speaks of something else. Not the question's first word."""
        # (an agency's name, even one that says what kind a post is: "tình nguyện viên Hội Chữ thập đỏ")
        taken = [(m.start, m.end) for m in self.aliases.find(text)]
        plain = unaccent(text).lower()
        # (not a works named after a person or a place: "trạm Vị Thanh", "trường Nguyễn Du")
        taken += [(s, e) for s, e in person_names(text, self.vocabulary.surnames, self.vocabulary.honorifics)
                  if not named_after(text.lower(), s)]
        taken += [m.span() for m in place_matches(text)]
        taken += [(s, e) for s, e, _ in reference_spans(plain, self.vocabulary)]
        taken += [m.span() for m in PLACE_NAME_RE.finditer(text)]
        words = [w for w in list(re.finditer(r"\w+", text))[1:]
                 if w.group(0)[:1].isupper() and w.group(0)[1:].islower() and not any(s <= w.start() < e for s, e in taken)]
        runs: list[list[re.Match]] = []
        for word in words:
            # (a name of two parts joined by a dash goes on past it: "Bệnh viện Sản - Nhi")
            if runs and re.fullmatch(r"\s+|\s*[-–]\s*", text[runs[-1][-1].end() : word.start()]):
                runs[-1].append(word)
            else:
                runs.append([word])
        # (one capitalised word names too after a kind of thing named so: "Ngày hội Giọt hồng", "giải Khuyến khích")
        kinds = tuple(f" {kind}" for kind in self.vocabulary.named_kinds)
        return frozenset(fold(w.group(0)) for run in runs
                         if len(run) >= 2 or f" {plain[: run[0].start()].strip()}".endswith(kinds) for w in run)

    def actors(self, text: str) -> list[str]:
        """Agencies the question is about, each with the levels filed under it ("UBND" → "UBND huyện" too)."""
        subject = self._subject(self._agencies(text), text)
        return _unique(name for mention in subject for name in self.aliases.family(mention.name))

    def intent(self, text: str) -> str | None:
        """The fact about a document a question asks for ("date", "signer"…), or None."""
        ask = self._ask(text)
        return ask.name if ask.kind == "fact" else None

    def _names_document(self, text: str) -> bool:
        """The question itself points at a document: a number, an issuer or place, "văn bản đó"."""
        return bool(
            find_keys(text, self.vocabulary) or self.directory.documents_named(text, self.vocabulary)
            or self._referenced_type(text)
        )

    def _without_laws(self, text: str) -> str:
        """The question with the laws it names blanked out (their length kept)."""
        plain = unaccent(text)
        if len(plain) != len(text):
            return text
        for start, end, _ in reversed(self.directory.laws_named(plain)):
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def _sent_to_named(self, text: str) -> Ask | None:
        """Of a question naming a text, "… gửi Sở Y tế những tỉnh nào?": its recipients, asked by the kind of body
        written between (not "gửi báo cáo những nội dung nào": no body named there)."""
        found = RECIPIENTS_NAMED_RE.search(unaccent(text).lower())
        if not found or not any(found.start(1) <= m.start < found.end(1) for m in self._agencies(text)):
            return None
        return Ask("fact", "recipients", found.group(0), frozenset(found.group(0).split()))

    def _ask(self, text: str) -> Ask:
        names_document = self._names_document(text)
        ask = read_ask(text, self.vocabulary)
        return document_fact_or(ask, names_document, _asks_more(self.content_words(text, ask)))

    def content_words(self, text: str, ask: Ask, english: bool = False, known: dict[str, str] | None = None) -> list[str]:
        """What the evidence must cover: the question's words, less question words, agencies, document
        references, places and the phrases that say what it asks; with the pairs of adjacent ones
        ("thủ_đô"), which single out a compound the corpus may not have although it has each word.

        Words keep their diacritics (folded) when the question has them, else they are written without.
        In an English question only words the corpus knows count (`known`, with the spelling the corpus uses):
        the rest are English.
        """
        accented = has_diacritics(text)
        plain = unaccent(text)
        if len(plain) != len(text):
            text = nfc(text)
            plain = unaccent(text)
        folded = fold(text)
        chars = list(plain)
        mentions = self._agencies(text)
        for mention in mentions:
            chars[mention.start : mention.end] = " " * (mention.end - mention.start)
            for start, end in _short_name_spans(text, mention):
                chars[start:end] = " " * (end - start)  # "CDC tỉnh (Trung tâm Kiểm soát bệnh tật)": one body
        if ask.name == "phone":  # "gọi đường dây nóng số nào": to call is what a number is for, no word a clause holds
            for call in re.finditer(r"\bgoi\b", plain.lower()):
                if text[call.start() : call.end()].lower() in ("gọi", "goi"):
                    chars[call.start() : call.end()] = " " * (call.end() - call.start())
        if ask.name in ("time", "day"):  # "mấy giờ thì bắt đầu": which end of the time is asked, which the value
            for edge in EDGE_ASKED_RE.finditer(plain.lower()):  # read says (`edge_asked`), no word a clause must hold
                chars[edge.start() : edge.end()] = " " * (edge.end() - edge.start())
        for rank in ORDINAL_SAID_RE.finditer(plain.lower()):  # "đợt thứ hai": a rank, which a text may give as a label's
            chars[rank.start() : rank.end()] = " " * (rank.end() - rank.start())  # number ("Đợt 2"), read apart (`said_of`)
        for bracket in OTHER_NAME_RE.finditer(text):  # "bão số 3 (Yagi)": the thing's other name, which a text
            chars[bracket.start() : bracket.end()] = " " * (bracket.end() - bracket.start())  # may not write
        for before, after in zip(mentions, mentions[1:]):
            if self._assigns(plain_words(text[before.end : after.start]).split()):
                # "… yêu cầu …": who acts, not what (the place the first body is of stays: "Tỉnh ủy Điện Biên giao …")
                named = PLACE_AFTER_BODY_RE.match(text, before.end)
                start = named.end() if named else before.end
                chars[start : after.start] = " " * (after.start - start)
        for mention in mentions:
            # "Kế hoạch … yêu cầu Sở Tài chính …": the verb that puts work on the agency asks nothing itself
            before = plain[: mention.start].rstrip().lower()
            verb = next((v for v in self._assigning if before == v or before.endswith(" " + v)), None)
            if verb:
                chars[len(before) - len(verb) : len(before)] = " " * len(verb)
            # "đầu mối bên Sở Lao động …", "phía Công an tỉnh": the side is the agency named after it
            elif side := next((n for n in self._sides if before == n or before.endswith(" " + n)), None):
                chars[len(before) - len(side) : len(before)] = " " * len(side)
            # "… được Ban Thường vụ Tỉnh ủy yêu cầu làm gì": the agency that puts the work on, and its verb
            after = plain[mention.end :].lower()
            verb = next((v for v in self._assigning if after.lstrip().startswith(v + " ")), None)
            if verb and re.search(r"\b(?:duoc|bi)\s*$", before):
                at = mention.end + len(after) - len(after.lstrip())
                chars[at : at + len(verb)] = " " * len(verb)
        # a reference the corpus knows narrows the search (or is the subject of a fact question); an
        # unknown one is content the evidence must hold
        spans = [(s, e) for s, e, key in reference_spans(plain, self.vocabulary) if self._is_known(key)]
        pointed = place_matches(text)
        texts_named = bool(spans or pointed)
        spans += [(s, e) for s, e, _ in self.directory.laws_named(plain)]
        spans += [(s, e) for s, e, _ in self.directory.levels_named(plain)]
        spans += [m.span() for m in pointed]
        if any(m.group(1) == "dong" for m in pointed):
            spans += [m.span() for m in TABLE_WORD_RE.finditer(plain.lower())]  # "dòng 7 của bảng …": the table, not a topic
        places = [p for canonical, others in self.vocabulary.places.items() for p in (canonical, *others)]
        for phrase in [*sorted(self.directory.descriptors), *places]:
            # (not a works named after the place: "trạm Vị Thanh" is a station the evidence must name)
            spans += [m.span() for m in pattern(rf"(?<!\w){re.escape(phrase)}(?!\w)").finditer(plain)
                      if not named_after(text.lower(), m.start())]
        for phrase in self._type_phrases:
            # "kế hoạch 100", "kế hoạch của Lai Châu", "công văn đó": the document, not a word of the topic
            named = rf"(?<!\w){phrase}(?=\s+(?:so\s*)?\d+{ISSUE_YEAR}\b{RANGE_AFTER}{QUANTITY_AFTER}|\s+(?:cua|do|nay|tren|nao|ay)\b)"
            spans += [m.span() for m in pattern(named).finditer(plain)]
            # "công văn hỏa tốc về bão số 4": a text named with its urgency, which says nothing of its topic
            spans += [m.span() for m in pattern(rf"(?<!\w){phrase}\s+(?:hoa\s+toc|thuong\s+khan|khan)(?!\w)").finditer(plain)]
        # "hộ ông Đinh Văn Thắng": the form of address before a name, which a list of names does not write
        persons = person_names(text, self.vocabulary.surnames, self.vocabulary.honorifics)
        for start, _ in persons:
            before = nfc(text[:start]).lower()
            for address in self.vocabulary.honorifics:  # (as written: "bà" is no "ba")
                if pattern(rf"(?<!\w){re.escape(address)}\s+$").search(before):
                    spans.append((len(before.rstrip()) - len(address), start))
        # "số điện thoại anh Thắng": a form of address before a given name alone, which the text writes in full ("Ông Nguyễn
        # Văn Thắng"), with another address or none
        written = list(re.finditer(r"\w+", nfc(text)))
        spans += [(word.start(), word.end()) for word, name in zip(written, written[1:])
                  if word.group(0).lower() in self.vocabulary.honorifics and name.group(0)[:1].isupper()
                  and name.group(0)[1:].islower() and (word.start() == 0 or word.group(0).islower())]
        spans += [m.span() for m in self._carrying_out.finditer(plain)]
        spans += [m.span() for m in ORDINAL_RE.finditer(plain)]  # "nhiệm vụ thứ nhất": a place, not a topic
        spans += [m.span(1) for m in EDITION_RE.finditer(plain.lower())]  # "Đại hội lần thứ V": which one, no topic
        if accented:  # "Hai mươi bốn đội …", "ba ngày": a count spelled out, which a text writes in figures
            # (not a word of a person's name: "hộ ông Đinh Văn Bốn")
            spans += [m.span(1) for m in SPELLED_COUNT_RE.finditer(nfc(text)) if (m.group(1).split()[0].lower() not in ("một", "năm")
                      or len(m.group(1).split()) > 1) and not any(s <= m.start(1) < e for s, e in persons)]
        spans += [m.span() for m in PERIOD_EDGE_RE.finditer(plain.lower())]
        spans += [m.span() for m in OCCASION_POINTED_RE.finditer(plain.lower())]
        # "các văn bản", "văn bản nào": the documents themselves, not a word of the topic
        spans += [m.span() for m in GENERIC_DOCUMENTS_RE.finditer(plain)]
        exact = accented and len(folded) == len(plain)
        if ask.name in CONTACT_ASKS and (purpose := PURPOSE_RE.search(folded if exact else plain.lower())):
            # "Số tài khoản … để ủng hộ?": what it is used for, no topic (but what it is given to is: "để chuyển tiền ủng
            # hộ mổ tim cho các cháu")
            giving = GIVING_RE.match(plain.lower(), purpose.start())
            spans.append((purpose.start(), giving.end() if giving and giving.end() < len(plain.rstrip(" ?.!")) else len(plain)))
        # "Phòng GD&ĐT phụ trách vận động đối tượng nào": of an agency or a person named, the words for doing its part
        # ask for its work, they name no topic ("Phó Chủ tịch Nguyễn Thị Minh Nguyệt phụ trách những xã nào": "Theo dõi,
        # chỉ đạo Hội … xã Vĩnh Bảo" under her name)
        duties = [d for d in self.vocabulary.duties if exact or " " in d] if mentions or persons else []
        # "Khoản 3 Mục II quy định những mức nào": of a text or a place named, the verb it says things by
        acts = self.vocabulary.text_acts if texts_named else []
        # a stopword syllable inside a word stays ("trang bị", "chuẩn bị": "bị" alone is a stopword)
        # (a pair inside a longer compound too: "thực_hiện" of "kết_quả_thực_hiện")
        pairs_held = {f"{a}_{b}" for c in compounds(text) for a, b in zip(c.split("_"), c.split("_")[1:])} \
            if accented else set()
        for phrase in [*self.vocabulary.framing, *self.vocabulary.names_asked, *duties, *acts]:  # how it is asked, not what
            # written with diacritics ("chỉ ra"), compared with them when the question has them ("chi ra": spends)
            written, form = (folded, fold(phrase)) if exact and has_diacritics(phrase) else (plain, unaccent(phrase))
            # (not from inside a word: "tiếp nhận được bao nhiêu" receives, "nhận được bao nhiêu" is how it is asked)
            spans += [m.span() for m in pattern(rf"(?<!\w){re.escape(form)}(?!\w)").finditer(written)
                      if not (exact and (last := re.search(r"(\w+)\s+$", folded[: m.start()]))
                              and f"{last.group(1)}_{folded[m.start() :].split()[0]}" in pairs_held)]
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        kept = "".join(chars)
        dropped = ask_words(ask) | {"so"}
        # (not the phrase asked itself: "có số hiệu gì")
        own_words = {m.start() for m in re.finditer(r"(?<!\w)so\s+(\w+)", plain.lower())
                     if f"{fold('số')}_{folded[m.start(1) : m.end(1)]}" in pairs_held and m.group(1) not in dropped} \
            if exact else set()
        # (not the words of the phrase asked: "cua hoi thanh pho ky ngay nao" names no "Ky Ngay")
        asked_at = {m.start() for m in pattern(rf"(?<!\w){re.escape(unaccent(ask.phrase).lower())}(?!\w)").finditer(plain.lower())} \
            if ask.phrase and not accented else set()
        place_names = set() if accented else {
            i for m in PLACE_TYPED_PLAIN_RE.finditer(plain.lower()) if not any(m.start(1) <= at < m.end(2) for at in asked_at)
            for i in range(m.start(1), m.end(2))}
        runs: list[list[str]] = [[]]
        run_starts: list[list[int]] = [[]]  # where each word of a run starts in the question
        written_runs: list[list[str]] = [[]]  # the same words as written: a word segmenter reads those
        foreign: list[str] = []  # English words the glossary did not translate ("weather in Vinh"): no text holds them
        tokens = list(re.finditer(r"\w+|[^\w\s]+|\s{2,}", kept))
        # (an asking word written twice is asked once, beside another: "Đại hội … kéo dài mấy ngày" asks by "dài", not by
        # the "đại" of "Đại hội")
        repeated = {w for w in dropped - {"so"} if sum(t.group(0) == w for t in tokens) > 1}
        for k, match in enumerate(tokens):
            word = match.group(0)
            if not word[0].isalnum():
                runs.append([])
                run_starts.append([])
                written_runs.append([])
                continue
            form = folded[match.start() : match.end()] if accented and len(folded) == len(plain) else word
            stop = form in self.vocabulary.stopwords if accented else word in self._plain_stopwords
            # (a particle closing the question is no syllable of a word before it: "… đơn vị máu vậy ạ?")
            stop = stop and (unaccent(form) in QUESTION_SYLLABLES or form in CLOSING_PARTICLES
                             or not (runs[-1] and f"{runs[-1][-1]}_{form}" in pairs_held))
            named_place = match.start() in place_names  # "huyen ngoc hien": a name, whatever its syllables
            stop = stop and not named_place
            # "số" of a word it begins ("số dư", "số liệu") is no number asked
            # (and of a question with diacritics, only "số" (a number) and "so" (compared) are: "lương cơ sở" is a salary,
            # "sơ tán" an evacuation)
            dropped_here = word in dropped and not named_place and not (word == "so" and match.start() in own_words) \
                and not (word == "so" and accented and form not in (fold("số"), "so") and "so" not in ask.words) \
                and (word not in repeated or any(0 <= j < len(tokens) and tokens[j].group(0) in dropped - {"so"} and j != k
                                                 for j in (k - 1, k + 1)))
            # "bao nhiêu triệu đồng tiền hàng": the unit of a sum, no syllable of a word after it ("đồng_tiền")
            sum_unit = word.lower() == "dong" and k > 0 and (tokens[k - 1].group(0).lower() in SCALES
                                                            or tokens[k - 1].group(0).isdigit())
            if stop or dropped_here or sum_unit or len(word) < 2 \
                    or (english and known is not None and word not in known):
                if english and not stop and len(word) > 3 and word.isascii() and word.isalpha() \
                        and word.lower() not in self.vocabulary.english_words and (known is None or word not in known):
                    foreign.append(word.lower())  # "weather", "forecast": asked about, and no text has them
                runs.append([])
                run_starts.append([])
                written_runs.append([])
                continue
            if english and accented and known is not None and form == word:
                form = known[word]  # a Vietnamese word typed without diacritics in English ("Tet"): as the corpus spells it
            runs[-1].append(unpadded(form))  # "09/7": "9", as the index writes it
            run_starts[-1].append(match.start())
            written_runs[-1].append(text[match.start() : match.end()] if len(text) == len(plain) else form)
        words = [w for run in runs for w in run]
        if accented:
            # the compounds a word segmenter finds in the content ("thủ_đô", "báo_cáo"), as the index has them:
            # read from the words as written ("báo cáo"), not folded ("baó caó", which it does not know)
            pairs = [c for run in written_runs if len(run) > 1 for c in compounds(" ".join(run))]
        else:
            # (a number beside a word makes no word: "ngay 14/1/2027 doan di …")
            pairs = [f"{a}_{b}" for run, starts in zip(runs, run_starts) for (a, b), at in zip(zip(run, run[1:]), starts)
                     if not (a.isdigit() or b.isdigit()) and not self._straddles(plain, at, f"{a}_{b}")]
        named = [w for run in written_runs for w in run]
        if not named or not all(w[:1].isupper() for w in named):
            foreign = []  # the glossary is small: untranslated English counts only when nothing but names is left
        return _unique([*words, *pairs, *foreign])

    def _provinces_unwritten(self, text: str, content: list[str]) -> frozenset[str]:
        """Of a question typed without diacritics, the two words after "tinh" that the corpus never writes side by
        side ("tinh bac lieu"): a province no text speaks of ("tinh hinh thuc hien": words the texts write)."""
        if self.written_pair is None or has_diacritics(text):
            return frozenset()
        pairs = {f"{a}_{b}" for a, b in PROVINCE_TYPED_PLAIN_RE.findall(unaccent(text).lower())}
        return frozenset(w for w in content if w in pairs and not self.written_pair(w))

    def _straddles(self, plain: str, at: int, pair: str) -> bool:
        """Whether a pair of syllables typed without diacritics, the first at `at`, straddles two words ("hỗ trợ
        ứng phó": "tro_ung"): the corpus never writes it, and writes each syllable with its other neighbour
        ("ho_tro", "ung_pho"). Such a pair names nothing a text could lack."""
        if self.written_pair is None or self.written_pair(pair):
            return False
        text = plain.lower()
        row = THREE_SYLLABLES_RE.match(text, at)
        before = LAST_SYLLABLE_RE.search(text, 0, at)
        if not row or not row.group(3) or not before or f"{unpadded(row.group(1))}_{unpadded(row.group(2))}" != pair:
            return False
        first, second = pair.split("_")
        return self.written_pair(f"{unpadded(before.group(1))}_{first}") \
            and self.written_pair(f"{second}_{unpadded(row.group(3))}")

    def _focus(self, text: str, ask: Ask, content: list[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The word the question asks its question of: the content word right before the question
        phrase ("họp mấy lần", "được trang bị những gì"). Evidence without it answers something else.

        And, of "which X" ("duy trì ở những nơi nào", "dọc tuyến đường nào"), X: the kind of thing the
        answer names, which a text names by instance ("Quốc lộ 19"), not by kind; the word asked about
        is the one before it."""
        plain = plain_words(text.replace("%", " phần trăm "))  # as the question phrase was read ("bao nhiêu %")
        phrase = ask.phrase if ask.kind == "value" else None
        if ask.kind == "topic" and not has_phrase(plain, HOW_PHRASES):
            phrase = has_phrase(plain, WHAT_PHRASES)
        at = f" {plain} ".find(f" {unaccent(phrase)} ") if phrase else -1
        if at <= 0:
            return frozenset(), frozenset()
        tail = f" {plain[: at - 1]}"
        if tail.endswith(tuple(f" {contact}" for contact in self.vocabulary.contacts)):
            return frozenset(), frozenset()  # "gọi cho ai, số điện thoại nào": whom to reach, asked twice, no work
        words = tagged(text, NOUN_TAGS | VERB_TAGS)  # "sau bao lâu": a preposition asks nothing of its own
        spelled = sorted(((f" {unaccent(c).replace('_', ' ')}", c) for c in content if c in words), key=lambda sc: -len(sc[0]))
        if purpose := self._purpose(text, phrase, spelled):
            return frozenset({purpose}), frozenset()
        # (a number is no kind of thing: "năm 2023 đội nào": the year says which)
        kinds = frozenset(n for n in nouns(text) if not n[0].isdigit()) if phrase == "nao" else frozenset()
        kind: list[str] = []
        skipped = 0
        while skipped < 3:  # past at most two stopwords ("được trang bị những gì": "trang bị")
            found = next(((form, c) for form, c in spelled if tail.endswith(form)), None)
            if found and found[1] in kinds and len(kind) < 2 and not skipped:
                kind.append(found[1])  # "những tiếng dân tộc nào": "dân_tộc", "tiếng"
                tail = tail[: -len(found[0])]
                continue
            if found and unaccent(found[1]) in TIME_UNITS and re.search(r"\d\s*$", tail[: -len(found[0])]):
                break  # "xây mới và sửa chữa trong 5 năm là bao nhiêu căn": the period the figure covers, no work
            if found and re.search(r"\s(?:o|tai)$", before := tail[: -len(found[0])]) and not skipped:
                # "thường trú ở địa phương bao lâu": the place a thing is done at is no work asked; the words before it are
                tail, skipped = before.rpartition(" ")[0], skipped + 1
                continue
            if found:
                return frozenset({found[1]}), frozenset(kind)
            head, _, last = tail.rpartition(" ")
            if last not in self._plain_stopwords or last == "thi":
                break  # "nhận tiền mặt ủng hộ thì trong bao lâu phải nộp": before "thì", the case; the work asked comes after
            tail, skipped = head, skipped + 1
        return frozenset(), frozenset(kind)

    @staticmethod
    def _purpose(text: str, phrase: str, spelled: list[tuple[str, str]]) -> str | None:
        """The work a sum or a share is asked for, right after the question phrase ("chi bao nhiêu tiền
        cho tập huấn …": "tập_huấn"): a sum stated for other work does not answer."""
        pair = aligned(text.lower())  # positions in the unaccented text are positions in the written one
        if pair is None:
            return None
        written, plain = pair
        found = pattern(rf"\b{re.escape(unaccent(phrase))}\s+(?:\w+\s+){{0,2}}?(cho|de)\s+").search(plain)  # "… kinh phí để"
        if not found or written[found.start(1) : found.end(1)] not in ("cho", "để"):
            return None
        if text[found.end() : found.end() + 1].isupper():
            return None  # "tài trợ bao nhiêu tiền cho Thành Hội": a body named, to whom, not for what
        rest = " " + " ".join(re.findall(r"\w+", plain[found.end() :]))
        return next((c for form, c in spelled if rest.startswith(form)), None)

    def is_followup(self, text: str, history: list[Turn] | None = None) -> bool:
        """A question that leans on the turns before it: a follow-up cue ("còn…", "văn bản đó"), or one
        that names no agency and no document and asks only for a value, a fact or tasks."""
        plain = plain_words(text)
        starts = any(plain == s or plain.startswith(s + " ") for s in self.vocabulary.followup.starts)
        if starts or has_phrase(plain, self.vocabulary.followup.contains) is not None:
            return True
        if not history:
            return False
        ask = self._ask(text)
        if self.names_subject(text) or ask.kind == "topic":
            return False
        # "hạn chót là khi nào?", "mỗi năm tổ chức mấy đợt?": a value, or tasks, of whoever came before
        return ask.kind == "value" or not self.content_words(text, ask)

    def names_subject(self, text: str, by_kind: bool = True) -> bool:
        """The text names an agency or a document (not `by_kind` alone: "kế hoạch bao nhiêu" after a figure asked asks
        the plan's figure, it names no text)."""
        if self._agencies(text) or find_keys(text, self.vocabulary):
            return True
        if not by_kind:
            plain = f" {unaccent(text).lower()} "
            return any(p not in self.vocabulary.type_names for p in self.directory.descriptors_named(text, self.vocabulary)) \
                or bool(self.directory.levels_named(plain))
        return bool(self.directory.documents_named(text, self.vocabulary))

    def _spelled_out(self, question: str) -> str:
        return self._places_by_initials(spelled_out(without_vocative(question), self.glossary))

    def _places_by_initials(self, text: str) -> str:
        """`text` with a place typed as its initials after its kind ("tỉnh LS", "TP ĐN") written as the one place of the
        documents whose name has them ("tỉnh Lạng Sơn"); as typed when none or several do."""
        def spelled(match: re.Match) -> str:
            typed = unaccent(match.group(2)).lower()
            names = [n for n in self.directory.place_names if "".join(unaccent(w)[:1] for w in n.split()).lower() == typed]
            return f"{match.group(1)} {names[0]}" if len(names) == 1 else match.group(0)

        return PLACE_INITIALS_RE.sub(spelled, text)

    def _resolved(self, history: list[Turn]) -> list[Turn]:
        """Each earlier turn's question as it was understood, oldest first (a chain of follow-ups)."""
        resolved: list[Turn] = []
        for turn in history[-MAX_HISTORY_READ:]:
            text = self._spelled_out(turn.question)
            if resolved and self.is_followup(text, resolved):
                text = self._named_back(self._rewrite(text, resolved)[0], resolved)
            resolved.append(Turn(question=text, answer=turn.answer))
        return resolved

    def _rewrite(self, text: str, history: list[Turn]) -> tuple[str, list[Key], list[str], bool]:
        """Fill an elliptical follow-up from the previous turn: its question, with this one's agency,
        or this question about the previous one's agency and documents (then True: an agency lent)."""
        previous = history[-1]
        wanted = self._referenced_type(text)
        if wanted:
            # "Quyết định đó": the decision the previous turn spoke of, not the document it was about
            earlier = find_keys(previous.question, self.vocabulary) + find_keys(previous.answer or "", self.vocabulary)
            of_type = [k for k in earlier if k[0] == wanted]
            if of_type:
                return text, of_type[:1], [], False
        keys = find_keys(previous.question, self.vocabulary)
        named = self.directory.documents_named(previous.question, self.vocabulary)
        if not keys and not named and previous.answer:
            keys = find_keys(previous.answer, self.vocabulary)
            named = self.directory.documents_named(previous.answer.split("\n")[0], self.vocabulary)
        new_actors = self.actors(text)
        old_mentions = self._subject(self._agencies(previous.question), previous.question)
        ask = self._ask(text)
        years = YEARS_RE.findall(text)
        if years and not new_actors and all(YEARS_RE.fullmatch(w) or unaccent(w) == "nam" for w in self.content_words(text, ask)):
            # "năm 2023 thì bao nhiêu?": the previous question, of that year
            old_years = YEARS_RE.findall(previous.question)
            if old_years:
                return previous.question.replace(old_years[0], years[0], 1), keys, named, False
            return f"{previous.question.rstrip(' ?')} năm {years[0]}?", keys, named, False
        if new_actors and old_mentions:
            first, last = old_mentions[0], old_mentions[-1]
            if ask.kind in ("topic", "tasks") and not self.content_words(text, ask):
                # "Còn Sở Tài chính?": the previous question, about this agency
                rewritten = previous.question[: first.start] + new_actors[0] + previous.question[last.end :]
                return rewritten, keys, named, False
            return text, keys, named, False
        unknown = self.aliases.unknown_body(previous.question) if new_actors and not old_mentions else None
        if unknown and ask.kind in ("topic", "tasks") and not self.content_words(text, ask):
            # "Trung tâm Y tế huyện … có nhiệm vụ gì?" → "Còn Huyện đoàn?": a body no alias names, replaced
            return previous.question[: unknown[0]] + new_actors[0] + previous.question[unknown[1] :], keys, named, False
        if new_actors and ask.kind == "topic":
            return f"{new_actors[0]} {previous.question}", keys, named, False
        if not new_actors and old_mentions and ask.kind != "fact" and ask.name not in ("body", "person"):
            # "hạn chót là khi nào?": this question, about the previous turn's agency ("ai …?" asks for one)
            subject = previous.question[old_mentions[0].start : old_mentions[-1].end]
            return f"{subject} {_sentence_case_off(text)}", keys, named, True
        return text, keys, named, False

    def _named_back(self, text: str, history: list[Turn]) -> str:
        """`text` with the person or body it points back at named ("Chị ấy phải tổ chức … vào ngày nào?" after
        "Đồng chí Nguyễn Thị Bích Ngọc được giao …", "Cơ quan đó phải báo cáo …" after an answer naming one), when
        the previous turn names one."""
        if (pointed := NAMED_BEFORE_RE.search(text)) is None:
            return text
        named = self._person_before(history[-1])
        if named is None and pointed.group("body"):
            named = answered_value(history[-1].answer or "")  # "Hội Chữ thập đỏ huyện [1]."
        return f"{text[: pointed.start()]}{named}{text[pointed.end() :]}" if named else text

    def _person_before(self, turn: Turn) -> str | None:
        """The person an earlier turn was about: the one its question names, else the one its answer's first
        line names ("… do Hoàng Đức Long ký [1].")."""
        for text in (turn.question, (turn.answer or "").split("\n", 1)[0]):
            if found := person_names(text, self.vocabulary.surnames, self.vocabulary.honorifics):
                return text[found[0][0] : found[0][1]]
        return None

    def _topic_of(self, question: str) -> str:
        """What `question` asked about: the question without its question phrases, the words asking for a
        contact or a kind ("đầu mối liên hệ", "ở những xã nào") and its agencies ("Điểm hiến máu đợt II tại
        huyện Mèo Vân tổ chức ngày nào?" → "Điểm hiến máu đợt II tại huyện Mèo Vân tổ chức"), to read a
        follow-up's value of."""
        rest = question
        if item := ORDINAL_RE.search(plain_words(rest)):
            rest = _cut(rest, item.group(0))  # "nhiệm vụ đầu tiên": carried as a place, not words
        for _ in range(3):  # "ngày nào, ở đâu?": every question phrase it holds
            cut = _cut(rest, unaccent(read_ask(rest, self.vocabulary).phrase or ""))
            if cut == rest:
                break
            rest = cut
        if contact := has_phrase(plain_words(rest), self.vocabulary.contacts):
            rest = _cut(rest, contact)
        rest = WHICH_KIND_RE.sub("", rest)
        for mention in sorted(self._agencies(rest), key=lambda m: -m.start):
            rest = rest[: mention.start] + rest[mention.end :]
        return " ".join(re.sub(r"[?,;:.]+", " ", rest).split())

    def _role(self, text: str, ask: Ask, subject: list[Mention], mentions: list[Mention]) -> tuple[Role, str] | None:
        """The part a task question asks of its agency, and the phrase that asks it ("Hội … tự chủ trì
        những việc gì?"): none when another agency is named beside it ("phối hợp với Sở Y tế …")."""
        if ask.kind != "tasks" or not subject or len(mentions) > len(subject):
            return None
        # the verb the question word is the object of: "… chủ trì (những) việc gì", not "theo quy chế phối hợp"
        after = plain_words(text[subject[-1].end :])
        found = [(len(p), role, p) for role, phrases in self.vocabulary.roles.items()
                 for p in phrases if has_phrase(after, [f"{p} {b}{unaccent(ask.phrase)}" for b in ("", "nhung ", "cac ")])]
        return max(found)[1:] if found else None

    def _tagged_words(self, text: str, respelled: str, ask: Ask, content: list[str],
                      read_words: bool) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        """What the tagger reads of the question: its focus, the kind of thing asked, its head noun and its key
        words. A question typed without diacritics is read as `respelled`, as the corpus would write it, and what is
        read is written back without them."""
        spelled = text if read_words else respelled or None
        if spelled is None:
            return frozenset(), frozenset(), frozenset(), frozenset()
        words = content if read_words else self.content_words(spelled, ask)
        focus, kind = self._focus(spelled, ask, words)
        # (a short form the glossary does not know, "TTVH-TT-TT", may be written in full by the text: no head, no key)
        head, keyed = (frozenset(w for w in found if not ABBREVIATION_RE.fullmatch(unaccent(w)))
                       for found in (_head(spelled, words), _key_words(words, spelled, ask.kind == "value") - kind))
        # (the unit word a count is asked in, "bao nhiêu căn", "bao nhiêu em": a text may count without it, "350 nhà")
        if ask.name == "count" and (unit := unit_word_asked(spelled, self.vocabulary.classifiers)):
            keyed -= {fold(unit)}
        # (nor a unit word before the noun it counts, "mỗi bài tham luận", "chiếc xe": a text may write the noun alone)
        classifying = {fold(word) for word in self.vocabulary.classifiers
                       if re.search(rf"(?<!\w){re.escape(word)}\s+\w", nfc(spelled).lower())}
        head, keyed = head - classifying, keyed - classifying
        # (the word of a date's unit before its number, "tháng 9/2024", "quý II": a text writes the date "12/9/2024")
        dated = date_unit_words(spelled)
        keyed -= {w for w in keyed if unaccent(w) in dated}
        head = frozenset(w for w in head if unaccent(w) not in dated)
        if ask.name == "person":  # ("Người đầu mối … là ai?": the person asked, whom a text names without the word)
            head, keyed = (frozenset(w for w in found if unaccent(w) != "nguoi") for found in (head, keyed))
        if ask.name in ("amount", "count"):
            # (the total asked, "tổng kinh phí", "tổng số": the sum the text states of the whole, "Phân bổ 12 tỷ đồng …",
            # or its "Tổng cộng" row, names what it sums, not the word "tổng")
            head = frozenset(w for w in head if not _totalling(w))
            keyed = frozenset(summed(w) for w in keyed if not _totalling(w))
        found = (focus, kind, head, keyed)
        if read_words:
            return found
        typed = set(content)
        return tuple(frozenset(p for w in group if (p := unaccent(w)) in typed) for group in found)

    def _referenced_type(self, text: str) -> str | None:
        """The document type a follow-up points back at ("quyết định đó" → "qd")."""
        plain = plain_words(text)
        for abbreviation, names in {**self.vocabulary.document_types, "": ["van ban"]}.items():
            if any(has_phrase(plain, [f"{n} {d}" for d in ("do", "nay", "tren")]) for n in names):
                return abbreviation
        return None

    def read(self, question: str, history: list[Turn] | None = None) -> Query:
        """Read a question (and the turns before it, oldest first) into a `Query`."""
        text = self._spelled_out(question)
        # (a syllable typed bare in a question typed with diacritics, "kế hoach", as the corpus writes it)
        text = (self.respeller.respell_bare(text) if self.respeller else None) or text
        # (and a syllable spelled with "i" the corpus spells with "y", or the other way round: "học kì", "học kỳ")
        text = (self.respeller.respell_iy(text) if self.respeller else None) or text
        english = self.is_english(text)
        if not english and self.respeller:  # (and a syllable mistyped by a letter: "thág nhân đạo", "bao nhiu")
            text = self.respeller.respell_typos(text) or text
        searched = self.glossary.translate(text) if english else text
        # (not by the words of a law it names: "Luật Phòng thủ dân sự …" names no text of a Ban Chỉ huy phòng thủ dân sự)
        named = self.directory.documents_named(self._without_laws(searched), self.vocabulary)
        # who asks ("Tôi là cán bộ Hội … huyện Yên Thế, cho hỏi …") only says where to look
        searched = searched[self._introduction_end(searched) :].strip() or searched
        keys = find_keys(searched, self.vocabulary)
        resolved = self._resolved(history) if history else []
        followup = bool(resolved) and self.is_followup(searched, resolved)
        effective = text
        carried: Ask | None = None  # the follow-up's own question, when it is asked of the previous turn's topic
        lent = False  # the previous turn's agency put before this question ("hạn chót là khi nào?")
        if followup:
            effective, old_keys, old_named, lent = self._rewrite(searched, resolved)
            own_ask = read_ask(searched, self.vocabulary)
            leans = REFERRING_RE.search(searched) or not self.content_words(searched, own_ask)
            # (a post is the person's own, whatever the previous turn asked of them: "bà ấy giữ chức vụ gì?"; a
            # question with words of its own beside the one it points at asks those: "cơ quan đó phải báo cáo …")
            pointed = NAMED_BEFORE_RE.search(searched)
            own_words = pointed and self.content_words(NAMED_BEFORE_RE.sub(" ", searched), own_ask)
            if own_ask.kind == "value" and own_ask.name != "post" and leans and not own_words and not self.actors(searched) \
                    and (about := self._topic_of(resolved[-1].question)):
                # "mấy giờ?", "ai chi trả khoản tiền này?": a value of what the previous turn asked about (not
                # "còn việc rà soát … thì hạn chót là khi nào?", which names its own)
                if NAMED_BEFORE_RE.search(searched) and (value := answered_value(resolved[-1].answer)):
                    about = f"{value} {about}"  # "số di động của chị ấy?": of the person the answer named
                effective, carried = f"{REFERRING_RE.sub('', effective).rstrip(' ?')} – {about}?", own_ask
            else:
                effective = self._named_back(effective, resolved)
            searched = effective
            keys = keys or old_keys
            named = named or old_named
        document_ids = _unique(d for key in keys for d in self.directory.documents_numbered(key))
        if any(self._is_known(key) for key in keys):
            # a number says which document; an issuer or type named beside it only agrees or not. Beside
            # a text only cited, a corpus document of another type stays named ("bài báo về Kết luận 44").
            cited_types = {key[0] for key in keys}
            named = [d for d in named if d in document_ids or (not document_ids and self.directory.types.get(d) not in cited_types)]
        implementing_ids = _unique(d for key in keys for d in self.directory.implementing.get(key, []))
        folded, plain = query_tokens(searched, self.vocabulary.stopwords)
        names_document = self._names_document(text)
        ask = carried or read_ask(searched, self.vocabulary)
        if not carried and document_ids and (sent := self._sent_to_named(searched)):
            ask = sent
        if english and (original := read_ask(text, self.vocabulary)).kind == "fact":
            ask = original  # "Who signed …": the translated question has lost its question words
        if ask.name == "implemented_by" and not keys:
            ask = Ask("topic", None, ask.phrase, ask.words)  # "những văn bản nào nói về …": no text to implement
        content = self.content_words(searched, ask, english, self.known)
        mentions = self._agencies(searched)
        subject = self._subject(mentions, searched)
        # "Sở Tài chính được giao gì tại thông báo 214, hạn khi nào?": of an agency (not the text's own
        # issuer, "Công văn 845 của Sở Y tế"), a time in a clause
        acting = bool(mentions) and not self._issues(subject, searched, [*document_ids, *named])
        ask = document_fact_or(ask, names_document, _asks_more(content) or acting)
        if ask.name == "summary" and places_in(searched):
            ask = TOPIC  # "Khoản 3 Mục III … nói về nội dung gì?": what the place says, not the text's subject
        unnamed = self._unnamed(searched, mentions) if not english else []
        if subject and ask.kind != "tasks" and self._issues(subject, searched, named) \
                and not (ask.kind == "value" and self._does(subject, searched)):
            if ask.name in CONTACT_ASKS:  # whose telephone is asked: the body's own texts give it, naming it or not
                named = self._issued_by(subject, searched, named)
            subject = []  # "Huyện ủy Lạc Dương yêu cầu gì về …": the author of the text named, not an actor in it
        role = self._role(searched, ask, subject, mentions)
        if role:  # how the tasks are picked, not what they are about (nor a pair across it: "nghi_phoi" of "đề
            # nghị phối hợp" typed without diacritics)
            said = role[1].split()
            content = [w for w in content if not set(syllables := unaccent(w).split("_")) <= set(said)
                       and not (len(syllables) > 1 and (syllables[-1] == said[0] or syllables[0] == said[-1]))]
        read_words = has_diacritics(searched) and not english  # the tagger reads Vietnamese written in full
        # (typed without diacritics, as the corpus would write it: "moi truong" is "môi trường", no "mỗi trường")
        spelled = (self.respeller.respell(searched) or "") if self.respeller and not read_words and not english else ""
        focus, kind, head, keyed = self._tagged_words(searched, spelled, ask, content, read_words)
        if ask.name in TIMES_ASKED and any(unaccent(h) in p.split() for h in head for p in self.vocabulary.values[ask.name]):
            head = frozenset()  # "Thời gian trực … từ ngày nào đến ngày nào?": the kind of value asked, named first
        labels = [*labelled(searched), *storm_numbers(searched)] if not english else []
        content = _unique([*content, *labels])
        return Query(
            original=question,
            text=effective,
            read=searched,
            spelled=spelled,
            accented=has_diacritics(searched),
            folded=folded,
            plain=plain,
            actors=_unique(name for m in subject for name in self.aliases.family(m.name)),
            keys=keys,
            document_ids=document_ids,
            named_ids=list(named),
            named_by=self.directory.descriptors_named(searched, self.vocabulary) if named else [],
            implementing_ids=implementing_ids,
            intent=ask.name if ask.kind == "fact" else None,
            followup=followup,
            english=english,
            places=places_in(searched),
            ordinal=ordinal_in(searched) or (ordinal_in(resolved[-1].question) if carried else None),
            ask=ask,
            content=content,
            # (a year names what is asked about however the question is typed: "ke hoach nam 2025")
            key_words=((keyed if read_words
                        else keyed | places_typed_plain(searched, content) | self._provinces_unwritten(searched, content))
                       | set(labels) | {w for w in content if YEARS_RE.fullmatch(w)}),
            focus=focus,
            head=head,
            kind=kind,
            partners=_unique(m.name for m in mentions if m not in subject),
            owned=any(f" {plain_words(searched[: m.start])}".endswith(" cua") for m in subject),
            role=role[0] if role else None,
            unnamed=unnamed,
            titling=self._titling(searched, mentions, content, named) if named else frozenset(),
            # (of its words, those asked of the clauses: a place that names a text is looked for in the texts)
            # (and a label, as a year: "khóa X" is not said by "khóa XI", nor "đợt 2" by "đợt 1")
            required=((self._named_things(searched) | (_owner_words(searched, content) if ask.kind == "value"
                                                                  else frozenset())) & set(content)
                      if read_words else frozenset()) | set(labels),
            sited=_sited(searched) & set(content) if read_words else frozenset(),
            points_at_text=bool(self._pointing.search(plain_words(searched))),
            setting=self._setting(searched, ask, content),
            laws=[name for _, _, name in self.directory.laws_named(unaccent(searched))],
            alone=self.read(question) if lent and content else None,
        )
