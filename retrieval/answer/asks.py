"""What a question asks for, read from its question words (`data/query.yaml`).

The kinds: a `fact` about a document itself (number, date, signer, issuer, recipients, what it
implements, which texts implement it), a `value` stated inside a clause (a time, an effective date,
an amount, a count, a duration, a percentage, a body, a person), an agency's `tasks`, or a `topic`. The reading
only says what kind of answer would do; whether the corpus holds one is decided on the evidence
(`answerability`).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from retrieval.answer.values import DURATION_UNITS, MEASURES, counted_noun
from retrieval.answer.vocabulary import Vocabulary
from retrieval.index.lexical import word_tags
from retrieval.text import CAPITAL, fold, has_diacritics, nfc, pattern, unaccent

Kind = Literal["fact", "value", "tasks", "topic"]


@dataclass(frozen=True)
class Ask:
    """What kind of answer a question wants; `phrase` is the question phrase that said so."""

    kind: Kind
    name: str | None = None
    phrase: str | None = None
    words: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def intent(self) -> str:
        """One word for logs and the API: "date", "time", "tasks", "topic"…"""
        return self.name or self.kind


TOPIC = Ask("topic")
# Which phrase decides when a question holds several: a fact about the document, then a specific
# value ("tỷ lệ", "kinh phí bao nhiêu"), then a bare count ("bao nhiêu", "mấy"), then tasks; the
# longest phrase within a rank.
# (the day a text takes effect is a time of its own: "có hiệu lực từ thời điểm nào?" asks it, not any time)
RANKS = {"fact": 4, "effective": 3.5, "value": 3, "count": 2, "tasks": 1}
# "trước mấy giờ", "lúc mấy giờ": a time of day (unaccented)
# a deadline named in a question asking when ("hạn báo cáo là khi nào?"), not "hạn chế", "hạn mức"
DEADLINE_RE = re.compile(r"\bhan\b(?!\s+(?:che|muc|ngach)\b)")
# after "bao nhieu" typed without diacritics, the words that count nothing: a sum's, a number, the grammar's
NOT_COUNTED_PLAIN = frozenset("tien dong trieu ty nghin ngan phan mot moi hai ba la thi cho de theo tu va voi "
                              "nam thang ngay tuan quy lan vay nhe a".split())  # ("vậy ạ", "nhé": the asking's end)
# "Công an tỉnh cử ai …?", "Đại diện Tỉnh đoàn … là ai?": the one a body sends is a person (unaccented)
SENT_WHO_RE = re.compile(r"\bcu ai\b|\bdai dien\b.*\bla ai\b")
PER_UNIT_ASKED_RE = re.compile(r"\bbao nhieu\s*/\s*\w")  # "bao nhiêu/ngày": how much for each (unaccented)
LEVEL_PHRASE = "cap nao"  # "ngân sách cấp nào": a level asked, never a person, whatever titles the question names
UNTIL_ASKED_RE = re.compile(r"\bden (?:bao gio|khi nao|ngay nao|luc nao|thoi diem nao)\b")  # "… kéo dài đến bao giờ?"
# "Phiên họp … diễn ra ngày nào?": when an event takes place, not when a text was issued ("Chỉ thị … ra ngày nào?")
TAKES_PLACE_RE = re.compile(r"\bdien ra (ngay|khi) nao\b")
# "đồng chí nào", "lãnh đạo nào", "liên hệ chị nào": a person asked
PERSON_ASKED_RE = re.compile(r"(?:dong chi|lanh dao|can bo|anh|chi|nguoi)\b")
# "Mức quà … là bao nhiêu?": the level something is set at, a sum (unaccented, or folded: "mực nước" is no level)
LEVEL_ASKED_RE = re.compile(r"\b(?:muc|mức)\b(?!\s+(?:do|độ)\b)")
STATED_SHARE_RE = re.compile(r"\d\s*%|\d\s+phan tram\b")  # a percentage the question writes (unaccented)
# "mấy giờ?", "lúc mấy giờ", "trước bao nhiêu giờ": a time of day; "mất / trong (vòng) / kéo dài mấy giờ": how long, and
# so "tối thiểu / tối đa / ít nhất mấy giờ", a bound on hours
CLOCK_ASKED_RE = re.compile(r"(?<!\bmat )(?<!\btrong )(?<!\bvong )(?<!\bdai )(?<!\btoi thieu )(?<!\btoi da )(?<!\bit nhat )"
                            r"\bmay\s+gio\b"
                            r"|\b(?:truoc|luc|vao|den|tu|cham nhat)\s+bao nhieu\s+gio\b")
# "cụ thể" (specific) inside a question phrase ("vào ngày cụ thể nào", "mức cụ thể bao nhiêu"), not "cụ thể hóa"
SPECIFIC_RE = re.compile(r"\s+c[uụ]\s+th[eể](?!\s+h[oó]a)\b", re.IGNORECASE)
# "khi làm nhiệm vụ", "trong khi thi hành nhiệm vụ": while on duty (unaccented)
ASKING_WORDS = frozenset("nao gi ai bao nhieu may khi dau sao".split())  # a phrase that asks holds one (unaccented)
WHICH_ONES_RE = re.compile(r"^(?:nhung|cac)\s+\w+(?:\s+\w+)?\s+nao\b")  # "Những huyện nào …": which ones (unaccented)
# "X ký quyết định … là ai?": who signed, the question written around the verb; typed without diacritics "ky"
# is not "kỷ niệm", "kỹ năng", "kỳ họp"… (the words after it tell)
SIGNED_WHO_RE = re.compile(r"\b(?:ký|ky(?!\s+(?:niem|luat|thuat|nang|hop|cuoi|dau|nay|truoc|toi|sau|thi|han)\b))\b"
                           r".*\b(?:là|la) ai\W*$")
# a bound before the question word that ends the question ("hỗ trợ tối đa bao nhiêu?", "… ít nhất bao nhiêu tiền vậy ạ"):
# what is asked is the phrase around it (not before what is counted: "khen thưởng tối đa bao nhiêu tập thể")
BOUND_ASKED_RE = re.compile(r"\s+(?:tối đa|tối thiểu|ít nhất|toi da|toi thieu|it nhat)(?=\s+(?:bao nhiêu|bao nhieu|mấy|may)"
                            r"(?:\s+(?:tiền|tien))?(?:\s+(?:vậy|vay|ạ|a|nhé|nhe|anh|chị|chi|em))*\s*(?:[?.!]|$))", re.IGNORECASE)
SPREAD_FREQUENCY_RE = re.compile(r"\b(bao\s+l[âa]u)\b(.*?)\s+(m[ộo]t\s+l[ầa]n)\W*$", re.IGNORECASE)
ON_DUTY_RE = re.compile(r"\bkhi\s+(?:lam|thuc hien|thi hanh)\s+nhiem vu\b", re.IGNORECASE)


# the first syllables of common words of two that end on a question phrase's first word, typed without diacritics
# ("văn bản", "hồ sơ", "hệ số")
PLAIN_COMPOUNDS = {"ban": ("van",), "so": ("ho", "he")}
# the start or the end of something a time question asks, by its phrase ("bắt đầu khi nào", "kết thúc lúc mấy giờ")
# or by the words of the question naming an event's ("khai mạc", "bế mạc") (unaccented)
# ("kéo dài đến mấy giờ": when it ends)
EDGE_WORDS = {"bat dau": ("khai mac",), "ket thuc": ("be mac", "keo dai den")}
EDGE_ASKED_RE = re.compile(rf"\b(?:{'|'.join(EDGE_WORDS)})\b")


def plain_words(text: str) -> str:
    """Lowercase words without diacritics, single-spaced: the form phrases are written in."""
    return " ".join(re.findall(r"\w+", unaccent(text)))


@dataclass(frozen=True)
class _Words:
    """A question as words without diacritics and, when it has them, as folded words."""

    plain: str
    folded: str | None

    @classmethod
    def of(cls, text: str) -> "_Words":
        text = text.replace("%", " phần trăm ")  # "bao nhiêu %" is read "bao nhiêu phần trăm"
        text = SPECIFIC_RE.sub("", text)  # "ngày cụ thể nào" asks "ngày nào"
        folded = " ".join(re.findall(r"\w+", fold(text))) if has_diacritics(text) else None
        return cls(plain_words(text), folded)

    def has(self, phrase: str) -> bool:
        """A phrase with diacritics ("mấy") is compared with them when the question has them; so is a
        one-word phrase ("ai" is not "ái"); other phrases are compared without diacritics."""
        exact, folded, plain = _forms(phrase)
        if self.folded is not None and exact:
            return folded in f" {self.folded} "
        return plain in f" {self.plain} "


@lru_cache(maxsize=4096)  # the vocabulary's phrases, read again for every question
def _forms(phrase: str) -> tuple[bool, str, str]:
    """Whether a phrase is compared with its diacritics, and its folded and unaccented forms, spaced, in words as a
    question is read ("v/v gì": "v v gi")."""
    words = " ".join(re.findall(r"\w+", fold(phrase)))
    return has_diacritics(phrase) or " " not in phrase, f" {words} ", f" {plain_words(phrase)} "


def _found(words: _Words, phrases: list[str]) -> list[str]:
    return [p for p in phrases if p and words.has(p)]


def _holds_question_word(phrase: str) -> bool:
    """The phrase holds a question word ("bao lâu", "ở đâu"; not "thời hạn", "định kỳ")."""
    return bool(ASKING_WORDS & set(unaccent(phrase).split()))


# the units a part of a whole is measured in besides a share ("chiếm bao nhiêu điểm", "… bao nhiêu buổi"), unaccented
TAKEN_UNITS = ("diem", "ngay", "gio", "phut", "buoi", "tiet", "nguoi", "phieu", "m2", "ha")


def read_ask(text: str, vocabulary: Vocabulary) -> Ask:
    """The kind of answer `text` (after any follow-up rewrite, English translated) asks for (`RANKS`)."""
    # "Bao lâu thì Ban … báo cáo Thường trực một lần?": how often, as "bao lâu một lần" asks it
    words = _Words.of(SPREAD_FREQUENCY_RE.sub(r"\1 \3\2", BOUND_ASKED_RE.sub("", nfc(text))))
    candidates: list[tuple[int, int, int, Ask]] = []
    for order, (intent, phrases) in enumerate(vocabulary.intents.items()):
        candidates += [(RANKS["fact"], len(p), -order, Ask("fact", intent, p)) for p in _found(words, phrases)]
    offset = len(vocabulary.intents)
    for order, (name, phrases) in enumerate(vocabulary.values.items()):
        rank = RANKS.get(name, RANKS["value"])
        candidates += [(rank, len(p), -(offset + order), Ask("value", name, p)) for p in _found(words, phrases)]
    offset += len(vocabulary.values)
    # "hy sinh khi làm nhiệm vụ": while on duty, no duty asked
    on_duty = _Words.of(ON_DUTY_RE.sub(lambda m: " " * len(m.group()), unaccent(text))) if ON_DUTY_RE.search(
        unaccent(text).lower()) else words
    candidates += [(RANKS["tasks"], len(p), -offset, Ask("tasks", None, p)) for p in _found(on_duty, vocabulary.tasks)]
    # "do phó chủ tịch nào phụ trách?": which holder of a title, a person
    candidates += [(RANKS["value"], len(p), -offset, Ask("value", "person", p))
                   for p in _found(words, [f"{t} nao" for t in vocabulary.person_titles if t.isascii()])]
    # "tỷ lệ hội viên từ 6% đến dưới 8% dân số được mấy điểm?": a share the question states is the case it describes,
    # and a word naming shares ("tỷ lệ") asks none; another phrase says what is asked
    if STATED_SHARE_RE.search(unaccent(text).lower()) and any(c[3].name != "percentage" for c in candidates):
        candidates = [c for c in candidates if c[3].name != "percentage" or _holds_question_word(c[3].phrase)]
    if words.folded is None:
        # typed without diacritics a word of one syllable may be part of another ("Tết Nhân ái": "ai"), and
        # "ban nào" part of "văn bản nào": such a cue yields to a phrase of several words
        plain = f" {words.plain} "
        # (and "so là gì" part of "hồ sơ là gì", "hệ số là bao nhiêu")
        candidates = [c for c in candidates
                      if not any(f" {w} {unaccent(c[3].phrase)} " in plain for w in PLAIN_COMPOUNDS.get(unaccent(c[3].phrase).split()[0], ()))]
        candidates = [c for c in candidates if " " in c[3].phrase] or candidates
    # "vận động được bao nhiêu năm 2024": the year says when, the phrase asks no length of time; "suy giảm
    # 35% thì được hỗ trợ gì": a share written after its number is stated, not asked
    candidates = [c for c in candidates if not pattern(rf"\b{unaccent(c[3].phrase)} (?:19|20)\d\d\b").search(words.plain)
                  and not (unaccent(c[3].phrase) == "phan tram" and not re.search(r"(?<!\d )\bphan tram", words.plain))]
    # "Nghị quyết … về mức hỗ trợ áp dụng cho những đối tượng nào?", "… làm gì theo nghị quyết mức hỗ trợ người hiến
    # máu": a phrase asking nothing after "về" or a kind of text names what a text is about, not what is asked
    # (not a phrase that opens with the verb "có": "Kế hoạch có gửi cho Mặt trận tỉnh không?" asks of the plan)
    naming = "|".join(["ve", *(re.escape(name) for name in vocabulary.type_names)])
    candidates = [c for c in candidates if not (pattern(rf"\b(?:{naming}) {unaccent(c[3].phrase)}\b").search(words.plain)
                                                and not _holds_question_word(c[3].phrase)
                                                and not unaccent(c[3].phrase).startswith("co "))]
    # "mỗi năm mấy lần": the question word counts the times after it, no year is asked ("năm mấy")
    # "khoản nhận trước khi nghị định có hiệu lực … hạn chót là khi nào?": what takes effect says when the case is, the
    # phrase after asks
    # (but not the thing whose figure the question ends asking: "… hợp lệ khi có tỷ lệ ủy viên dự là bao nhiêu?")
    candidates = [c for c in candidates if not pattern(rf"\bkhi (?:\w+ ){{0,4}}{unaccent(c[3].phrase)}\b").search(words.plain)
                  or pattern(rf"\b{unaccent(c[3].phrase)}(?: \w+){{0,4}} la (?:bao nhieu|may)$").search(words.plain)
                  or not [d for d in candidates if d[3].name != c[3].name]]
    # "huy động qua điện thoại thì sau bao lâu …", "nói gì về việc nhắn tin … qua điện thoại?": the means a thing is
    # done by ("qua", "bằng"), no number asked (as "qua điện thoại nào", "bằng số nào" would)
    candidates = [c for c in candidates if c[3].name != "phone" or not pattern(
        rf"\b(?:qua|bang) {unaccent(c[3].phrase)}\b(?! (?:nao|gi|so|la)\b)").search(words.plain)]
    # "Nguồn ủng hộ không có địa chỉ …": what a thing lacks names it, it asks nothing ("có địa chỉ")
    candidates = [c for c in candidates if not pattern(rf"\bkhong {unaccent(c[3].phrase)}\b").search(words.plain)]
    # "Kinh phí … lấy ở đâu?": the source of a sum, as the text names it, no place
    candidates = [c for c in candidates if not (c[3].name == "location"
                                                and pattern(rf"\blay {unaccent(c[3].phrase)}\b").search(words.plain))]
    # "Lốc xoáy … xảy ra ngày nào?": what happened, not a text issued ("ra ngày nào")
    candidates = [c for c in candidates if not (unaccent(c[3].phrase).startswith("ra ")
                                                and pattern(rf"\bxay {unaccent(c[3].phrase)}\b").search(words.plain))]
    candidates = [c for c in candidates if not pattern(rf"\b{unaccent(c[3].phrase)} lan\b").search(words.plain)
                  or not re.search(r"\b(?:may|bao nhieu)$", unaccent(c[3].phrase))]
    # "Ban Chấp hành có bao nhiêu đồng chí?": comrades counted, no sum of money in "đồng"
    candidates = [c for c in candidates if not (unaccent(c[3].phrase).endswith(" dong")
                                                and pattern(rf"\b{unaccent(c[3].phrase)} chi\b").search(words.plain))]
    # "chiếm tối đa bao nhiêu điểm": what a part takes in a unit it names, no share ("bao nhiêu thời gian" names none)
    candidates = [c for c in candidates if not (c[3].name == "percentage" and unaccent(c[3].phrase).startswith("chiem ")
                                                and pattern(rf"\b{unaccent(c[3].phrase)} (?:{'|'.join(TAKEN_UNITS)})\b").search(words.plain))]
    # "Theo tờ trình, Sở Xây dựng được đề nghị giao nhiệm vụ gì?": a phrase that opens the question before a comma says
    # where to look, it asks nothing
    candidates = [c for c in candidates if not pattern(rf"\W*{re.escape(unaccent(c[3].phrase))}\s*,").match(unaccent(text).lower())]
    numbered = [c for c in candidates if c[3].kind == "fact" and unaccent(c[3].phrase).startswith("so ")]
    if numbered and words.folded is not None and _number_in_compound(text):
        # "được hưởng hệ số bao nhiêu?": a coefficient, not the text's number ("số bao nhiêu")
        candidates = [c for c in candidates if c not in numbered]
    if numbered and not any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words.plain)
                            for name in ("van ban", "so hieu", "ky hieu", *vocabulary.type_names)):
        # "tỷ số bao nhiêu", "số tài khoản …, số bao nhiêu": the number of no text the question names
        candidates = [c for c in candidates if c not in numbered]
    if (called := _found(words, vocabulary.names_asked)) and (_found(words, vocabulary.person_titles) or any(
            re.match(rf"{re.escape(p)}\b", words.plain) for p in vocabulary.people)):
        # "Chủ tịch Hội … tên là gì?": the holder of a title, by name; "Người chết … tên là gì?": a person the question
        # opens with
        return Ask("value", "person", called[0], frozenset(w for c in called for w in unaccent(c).split()))
    if not any(c[3].kind == "fact" for c in candidates) and SIGNED_WHO_RE.search(words.folded or words.plain):
        # (of a post named, "Phó Giám đốc Sở Y tế ký … là ai?", the signer who holds it)
        signed = ("value", "person") if _found(words, vocabulary.person_titles) else ("fact", "signer")
        return Ask(*signed, "la ai", frozenset({"ky", "la", "ai"}))
    if not candidates and (sent := SENT_TO_ASKED_RE.search(words.plain)) \
            and pattern(rf"\b(?:{'|'.join(re.escape(name) for name in vocabulary.type_names)})\b").search(words.plain, 0, sent.start()):
        # "Chương trình … có gửi Ban Dân vận Tỉnh ủy không?": whether a text is sent to a body, as "có gửi cho" asks
        return Ask("fact", "recipients", "co gui", frozenset({"co", "gui"}))
    if not candidates:
        return TOPIC
    if not any(_holds_question_word(c[3].phrase) for c in candidates) \
            and WHICH_ONES_RE.search(words.plain):
        # "Những huyện nào bị nhắc nhở vì tỷ lệ kết nối thấp?": which ones, a list; a value's word said without a question
        # word ("tỷ lệ") is what the question is about (not "Số tài khoản … là số nào?", "qua email nào")
        return TOPIC
    # "… họp định kỳ ở đâu?", "… định kỳ do ai chủ trì?": a time named by no question word ("định kỳ") yields to a
    # place or a person a question word asks
    asking = [c for c in candidates if c[3].kind == "value" and c[3].name in ("location", "person", "body")
              and _holds_question_word(c[3].phrase)]
    # (or to a length of time asked by one: "thời hạn vay là bao lâu?" asks how long, "thời hạn" names no date)
    asking += [c for c in candidates if c[3].name == "duration" and _holds_question_word(c[3].phrase)
               and not any(d[3].name == "time" and _holds_question_word(d[3].phrase) for d in candidates)]
    preferred = [c for c in candidates if not (asking and c[3].name == "time" and c not in asking)]
    best = max(preferred, key=lambda c: c[:3])[3]
    # "Người ký … giữ chức vụ gì?": the post the signer signed as (the block names both); "Hotline … là số
    # mấy?": a phone number, "Số tài khoản …?" an account, not the text's own number
    for fact, value in (("signer", "post"), ("number", "phone"), ("number", "account")):
        if best.name == fact:
            best = next((c[3] for c in candidates if c[3].name == value), best)
    question_words = frozenset(w for *_, a in candidates for w in unaccent(a.phrase).split())
    if best.name in ("time", "day") and DEADLINE_RE.search(words.plain):
        question_words |= {"han"}  # "hạn … là khi nào?": the deadline is what is asked, not a word of the topic
    if best.name == "issuer" and _owned_thing(words.plain, best.phrase, vocabulary):
        return Ask("value", "body", best.phrase, question_words)  # "dùng con dấu của cơ quan nào?": whose seal, no text
    if best.name == "date" and (event := TAKES_PLACE_RE.search(words.plain)):  # an event's day, as "ngày nào" asks it
        return Ask("value", "day" if event.group(1) == "ngay" else "time", f"{event.group(1)} nao", question_words)
    if best.name == "duration" and (until := UNTIL_ASKED_RE.search(words.plain)):
        return Ask("value", "day", until.group(0), question_words)  # "kéo dài đến bao giờ": the day it ends, not how long
    if best.name == "duration" and CLOCK_ASKED_RE.search(words.plain):
        return Ask("value", "time", best.phrase, question_words)  # "trước mấy giờ": a time of day, not how long
    if best.name == "duration" and PER_UNIT_ASKED_RE.search(unaccent(text).lower()):
        return Ask("value", "amount", best.phrase, question_words)  # "được trả bao nhiêu/ngày": how much a day, not how long
    noun = counted_noun(text, best.phrase) if best.name in ("count", "amount") else []
    if best.name == "amount" and noun and noun[0] in MEASURES:
        return Ask("value", "count", best.phrase, question_words)  # "hỗ trợ bao nhiêu kg gạo": a quantity, not a sum
    if noun and noun[0] in DURATION_UNITS:
        return Ask("value", "duration", f"{best.phrase} {noun[0]}", question_words)  # "giá trị bao nhiêu năm": a length of time
    # (or a word of a money noun the question writes: "Số dư quỹ … là bao nhiêu?" counts no "dư quỹ")
    money = any(f"{' '.join(noun)} ".startswith(f"{unaccent(m)} ") for m in vocabulary.money) \
        or bool(noun) and any(noun[0] in unaccent(m).split() for m in _found(words, vocabulary.money))
    if best.name == "amount" and re.search(r"\b(?:bao nhieu|may)$", unaccent(best.phrase)) and noun and not money \
            and _noun_counted(text):
        return Ask("value", "count", best.phrase, question_words)  # "hỗ trợ bao nhiêu (mấy) hộ": how many, not how much
    counted = " ".join(noun) if best.name == "count" else ""
    # ("hỗ trợ xây nhà tối thiểu bao nhiêu 1 căn": what is given for each, of nothing counted; `sum_acts[0]`: giving)
    # (or "hỗ trợ mỗi căn bao nhiêu": the each named before the question word)
    given_each = bool(re.search(rf"\b{unaccent(best.phrase)} (?:mot|1) \w|\bmoi \w+(?: \w+)? {unaccent(best.phrase)}$",
                                words.plain.strip())) and bool(_found(words, vocabulary.sum_acts[0]))
    if best.name == "count" and (counted and money or not counted and (
            _found(_Words.of(_unnamed(text)), vocabulary.money) or LEVEL_ASKED_RE.search(words.folded or words.plain)
            or given_each)):
        # "Dự toán kinh phí … là bao nhiêu?", "bố trí bao nhiêu kinh phí", "Mức quà … là bao nhiêu?": how much of a
        # sum of money, not how many of something
        return Ask("value", "amount", best.phrase, question_words)
    if best.kind == "value" and best.name in ("body", "person") and _found(words, vocabulary.enumerations):
        return Ask("topic", None, best.phrase, question_words)  # "Thành phần … gồm những ai?": the list of members
    if best.kind == "value" and best.name == "body" and best.phrase == "ai" and _found(words, vocabulary.for_whom):
        return Ask("topic", None, best.phrase, question_words)  # "dành suất quà cho ai?": who benefits, not which agency
    if best.kind == "value" and best.name == "body" and not unaccent(best.phrase).endswith(" nao") \
            and (contact := _found(words, vocabulary.contacts)):
        # "Ai là đầu mối liên hệ …?": the person a text names to contact; the role is how it is asked ("Ban nào là đầu
        # mối …?" asks for a body)
        return Ask("value", "person", best.phrase, question_words | {w for c in contact for w in unaccent(c).split()})
    if best.kind == "value" and best.name == "body" and unaccent(best.phrase) != LEVEL_PHRASE \
            and (_found(words, vocabulary.person_titles) or PERSON_ASKED_RE.match(
            unaccent(best.phrase)) or (
            best.phrase == "ai" and (re.search(rf"\bai la (?:{'|'.join(map(re.escape, vocabulary.people))})\b", words.plain)
                                     # ("Người theo dõi, tổng hợp … là ai?": some person, who they are)
                                     or re.match(rf"(?:{'|'.join(map(re.escape, vocabulary.people))})\b.*\bla ai$",
                                                 words.plain.strip(" ?"))
                                     or SENT_WHO_RE.search(words.plain)))):
        # "ai là Chủ tịch …?", "Ai là đại biểu dự khuyết …?", "Người theo dõi … là ai?": the holder of a title, one of some
        # people, is a person;
        # so is a comrade, a leader or an official ("do đồng chí nào phụ trách?", "Lãnh đạo nào phụ trách …?")
        return Ask("value", "person", best.phrase, question_words)
    return Ask(best.kind, best.name, best.phrase, question_words)


def work_asked(ask: Ask) -> str:
    """The work a question asking who asks of whoever does it ("ai chủ trì" → "chu tri"), without diacritics;
    "" when it asks no such work."""
    words = unaccent(ask.phrase or "").split()
    return " ".join(w for w in words if w not in ("ai", "la")) if "ai" in words else ""


def _number_in_compound(text: str) -> bool:
    """Every "số" the question writes ends a word of two ("hệ_số", "tổng_số", "chỉ_số"), as the word segmenter
    reads it (not a name it runs on: "Phú_Yên_số")."""
    words = [(i, word.split("_")) for i, (word, _) in enumerate(word_tags(nfc(text)))]
    ending = [w for i, w in words if len(w) == 2 and w[1].lower() == "số" and (i == 0 or not w[0][:1].isupper())]
    return bool(ending) and not any(w[0].lower() == "số" for _, w in words)


def _unnamed(text: str) -> str:
    """The text without the names it writes (capitalised words after its first): "xã Thanh Lương" says no
    "lương" (a wage)."""
    return re.sub(rf"(?<=\s){CAPITAL}\w*", " ", nfc(text))


def _owned_thing(plain: str, phrase: str, vocabulary: Vocabulary) -> bool:
    """"… của cơ quan nào?" after a thing that is no text ("con dấu", "trụ sở"): whose it is, not who issued a
    document (the question names none: no kind of text, short or in full, no number, no "văn bản")."""
    phrase = unaccent(phrase)
    if not phrase.startswith("cua ") or (at := plain.find(phrase)) < 0:
        return False
    before = plain[:at]
    documents = ("van ban", "tai lieu", *vocabulary.type_names, *vocabulary.document_types)
    return bool(before.strip()) and not re.search(r"\d", before) \
        and not any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", before) for name in documents)


def _noun_counted(text: str) -> bool:
    """"bao nhiêu" ("mấy") is followed by a common noun ("bao nhiêu hộ dân"), not "một tháng", "theo …", a name. Typed
    without diacritics (which the tagger cannot read), by a word that is no sum's, no number and no grammar's."""
    if not has_diacritics(text):
        after = re.search(r"\bbao nhieu\s+([a-z]+)", unaccent(text).lower())
        return bool(after) and after.group(1) not in NOT_COUNTED_PLAIN
    tags = word_tags(text)
    after = [tag for (word, _), (_, tag) in zip(tags, tags[1:]) if word.lower() in ("bao_nhiêu", "mấy")]
    return bool(after) and after[0] in ("N", "Nc")


# "… có gửi Ban Dân vận không": whether a text goes to a body named after the verb (not a thing sent: "có gửi báo cáo")
SENT_TO_ASKED_RE = re.compile(r"\bco gui (?!(?:bao cao|danh sach|van ban|ho so|so lieu|ket qua|mau|bieu)\b)\w+(?: \w+)* khong$")
REPORTING_RE = re.compile(r"\bbao cao\b")  # a recipients' phrase that says reports are sent ("gửi báo cáo lên …") (unaccented)


def document_fact_or(ask: Ask, names_document: bool, has_content: bool) -> Ask:
    """A generic time phrase ("ngày nào", "khi nào") asks for the document's date only when the
    question names a document and asks nothing else ("Quyết định 895 ngày bao nhiêu?"); otherwise it
    asks for a time stated in a clause ("Hội phải báo cáo trước ngày nào?"). Likewise "về việc gì" asks
    what a named text is about, and of anything else a topic ("Sở Y tế phối hợp về việc gì?")."""
    if ask.kind == "value" and ask.name in ("day", "time") and names_document and not has_content \
            and not EDGE_ASKED_RE.search(unaccent(ask.phrase or "")):  # "Kế hoạch 52 kết thúc khi nào?": its end
        return Ask("fact", "date", ask.phrase, ask.words)
    if ask.kind == "fact" and ask.name == "summary" and (has_content or not names_document):
        return Ask("topic", None, ask.phrase, ask.words)
    if ask.kind == "fact" and ask.name == "recipients" and not names_document and REPORTING_RE.search(unaccent(ask.phrase or "")):
        # "Xã phải gửi báo cáo lên những cơ quan nào?": where a clause says reports go, not whom a text is sent to ("QĐ 187
        # gửi báo cáo lên những cơ quan nào?")
        return Ask("value", "body", ask.phrase, ask.words)
    return ask


def ask_words(ask: Ask) -> set[str]:
    """The words of every question phrase the question holds: question words, not content."""
    return set(ask.words)
