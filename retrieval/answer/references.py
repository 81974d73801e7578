"""Document numbers and the texts that mention them: "KL 44", "Kết luận số 44-KL/TW", "QĐ 895".

A reference key is (type abbreviation, number without diacritics): ("kl", "44"), ("qd", "895").
The directory maps keys to corpus documents (by their own number or what they implement), and
records every mention "<Loại> số <số>, ngày <ngày> của <cơ quan>" found in the corpus, so a
question about a text that is only cited (Kết luận 44) can still be answered from its mention.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property

from retrieval.models import Clause, Document
from retrieval.ingest.header import FIELDS
from retrieval.text import nfc, pattern, unaccent
from retrieval.answer.vocabulary import Vocabulary

Key = tuple[str, str]

# "981-CV/TU", "895/QĐ-TTg", and with a year: "93/2019/NĐ-CP", "11/2008/QH12" (unaccented). Digit runs
# are bounded (and not entered in the middle) so a long run of digits costs linear time, not quadratic.
ISSUE_YEAR = r"(?:\s*/\s*(?:19|20)\d\d(?!\s*/))?"  # "27/2024" of "Quyết định 27/2024"
# a number that counts something is no document's ("báo cáo 9 tháng", "kế hoạch 5 năm", "tờ trình 2 lần"), unless
# the words after it date the text ("Công văn 68 ngày 12/4/2024", "Kế hoạch 45 năm 2024") or ask its date ("công văn
# 1186 ngày tháng nào", "… năm nào") (unaccented)
# (not a campaign named a month: "KH 41 Tháng Nhân đạo", "Tháng hành động vì trẻ em")
RANGE_AFTER = r"(?!(?<=(?:19|20)\d\d)\s*[-–]\s*\d)"  # "Chương trình phối hợp 2027-2031": a period, its first year no number
QUANTITY_AFTER = (r"(?!\s+(?:(?:thang|ngay)(?!\s+\d)(?!\s+(?:nhan\s+dao|hanh\s+dong|thang|nao)\b)|nam(?!\s+(?:(?:19|20)\d\d|nao\b))|gio|tuan|lan|nguoi|phan tram|don vi"
                  r"|trieu|ty|nghin|ngan|dong(?!\s+y\b))\b)(?!\s*%)")  # ("Thông báo 112 quy định", "Công văn 15 đồng ý")
FULL_NUMBER_RE = re.compile(
    r"(?<!\d)(\d{1,6})\s*/\s*\d{4}\s*/\s*([a-z]+)\d{0,6}(?:-[a-z0-9]+)?"
    r"|(?<![\d/])(\d{1,6})\s*[-/]\s*([a-z]+)(?:\s*[-/]\s*[a-z]+)+"  # "02/CTrPH-CTĐ-BCH": as many parts as written
)
LAW_RE = re.compile(r"\bluat\s+([a-z]+(?:(?:,\s*|\s+)[a-z]+){1,9}?)(?=\s+(?:ngay|nam|so)\b|\s*[;.:,(\n\"“”]|\s*$)")
# a modal or an aspect word right before a kind of text makes it a verb ("phải báo cáo", "đã thông báo"); an act of
# making or sending one, its object: a text yet to be written, not one of the corpus ("hạn gửi báo cáo nhanh", "nộp
# báo cáo", "xây dựng kế hoạch")
VERB_BEFORE_RE = re.compile(r"(?<!\w)(?:phai|can|duoc|se|da|dang|de|chua|khong|hay|nen|kip thoi|dinh ky|co trach nhiem|de nghi|yeu cau"
                            r"|gui|nop|lap|xay dung|soan|soan thao|tong hop|hoan thanh|hoan thien|chuan bi)\s+$")
DATE_RE = re.compile(
    r"ngay\s+(\d{1,2})\s*(?:thang\s+|/)(\d{1,2})\s*(?:nam\s+|/)(\d{4})"
)


def _type_pattern(vocabulary: Vocabulary) -> str:
    names = sorted(vocabulary.type_names, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


WORD_CODES = frozenset({"da"})  # abbreviations of kinds of text that are words as well ("ĐA": "đã")


def kinds_spelled(question: str, vocabulary: Vocabulary) -> str:
    """The question with the kind of text whose number it asks, written by its abbreviation in capitals, spelled in
    full ("… mà báo cáo căn cứ là KH số mấy?": "ke hoach"), unaccented; not one of a single letter or one read as a
    word ("ĐA"). (An abbreviation elsewhere names a text the question speaks of: "được nhắc tới trong CV là số mấy".)"""
    def spelled(match: re.Match) -> str:
        code = unaccent(match.group(1)).lower()
        names = vocabulary.document_types.get(code) if len(code) > 1 and code not in WORD_CODES else None
        return names[0] + match.group(2) if names else match.group(0)

    return re.sub(r"(?<![\w/-])([A-ZĐ]{2,3})(\s+(?:số\s+(?:mấy|bao\s+nhiêu|hiệu)|so\s+(?:may|bao\s+nhieu|hieu))\b)",
                  spelled, question)


def kind_abbreviation(vocabulary: Vocabulary, name: str) -> str:
    """The abbreviation of a kind of text by its name ("ke hoach" → "kh"), or the name when none."""
    for abbreviation, names in vocabulary.document_types.items():
        if name in names:
            return abbreviation
    return name


# What a symbol adds to its type for a text issued jointly ("CTrPH": chương trình phối hợp, "TTLT": thông tư
# liên tịch): the same type of text, as a question names it ("Chương trình phối hợp số 18").
SHARED_FIELDS = frozenset(" ".join(re.findall(r"\w+", unaccent(field))) for field in FIELDS)
JOINT_SUFFIX = r"(?:ph|lt)"
JOINT_SUFFIX_RE = re.compile(rf"(?<=..){JOINT_SUFFIX}$")
JOINT_KIND = r"(?:lien nganh|lien tich|phoi hop)"  # "kế hoạch liên ngành", "quy chế phối hợp" (unaccented)
URGENCY = r"(?:hoa toc|thuong khan|khan cap|khan)"  # "công văn hỏa tốc 187", "công điện khẩn 14": how urgent, not what
NUMBER_ASKED = r"(?:so may|so bao nhieu|so hieu|co so hieu|mang so)\b"  # "nghị quyết số mấy" (unaccented)


# "về" a few words before a kind of text: what the text asked of is about ("… về tiến độ Đề án …"), unaccented
RELATIVE_BEFORE_RE = re.compile(r"\bma(?: (?!la\b)\w+){0,3} $")  # "… mà " before a word, no "là" between (unaccented)
ABOUT_BEFORE_RE = re.compile(r"\bve(?: \w+){1,3} $")


def kind_numbered(question: str, vocabulary: Vocabulary, nearest: bool = False) -> list[str]:
    """The kinds of text a question asks the number of in the order it names them ("… căn cứ luật … số mấy?": "l";
    "Chỉ thị của Ban Bí thư … trong kết luận là chỉ thị số mấy?": "ct", "kl"): not a kind it names by number
    ("Chỉ thị 08"), nor one it says a text is about ("công văn về kế hoạch hiến máu"); none when it asks no number.
    `nearest`: the one named last before the number asked only ("… quy chế … ban hành kèm quyết định số mấy?": "qd")."""
    plain = " ".join(re.findall(r"[\w/]+", unaccent(kinds_spelled(question, vocabulary)).lower()))
    asked = re.search(NUMBER_ASKED, plain)
    if asked is None:
        return []
    found = list(re.finditer(rf"(?<![\w/])(?<!\bve )(?<!v/v )({_type_pattern(vocabulary)})\b(?!\s+(?:so\s+)?\d)",
                             plain[: asked.start()]))
    # (not one written as a verb: "Công văn hỏa tốc đề nghị báo cáo thiệt hại … số mấy?")
    found = [m for m in found if not VERB_BEFORE_RE.search(plain, 0, m.start())]
    # (nor one a few words after "về": "Thông báo kết luận … về tiến độ Đề án … số hiệu gì?" is about the Đề án)
    found = [m for m in found if not ABOUT_BEFORE_RE.search(plain, 0, m.start())]
    # (nor, of several, the one a clause "mà" opens says cites it: "chương trình phối hợp … mà KH này dựa vào là số
    # bao nhiêu?" asks the programme; "… mà báo cáo căn cứ là KH số mấy?" the KH after "là")
    found = [m for m in found if not RELATIVE_BEFORE_RE.search(plain, 0, m.start())] or found
    if nearest:  # (not one that says what the text named before it does: "công văn hướng dẫn … số mấy")
        found = [m for m in found if not _describes(m.group(1), plain, m.start(), vocabulary)][-1:]
    return list(dict.fromkeys(kind_abbreviation(vocabulary, m.group(1)) for m in found))


def _key(kind: str, number: str) -> Key:
    return JOINT_SUFFIX_RE.sub("", kind), str(int(number))


def full_key(match: re.Match) -> Key:
    if match.group(1):
        return _key(match.group(2), match.group(1))
    return _key(match.group(4), match.group(3))


def number_key(number: str) -> Key | None:
    """("cv", "981") for "981-CV/TU", ("qd", "895") for "895/QĐ-TTg", ("nd", "93") for "93/2019/NĐ-CP"."""
    match = FULL_NUMBER_RE.search(unaccent(number))
    return full_key(match) if match else None


def reference_spans(text: str, vocabulary: Vocabulary) -> list[tuple[int, int, Key]]:
    """Every document reference in a text with where it stands: full numbers, "KL 44", "Kết luận số 44"."""
    plain = unaccent(text)
    found: list[tuple[int, int, Key]] = []
    for match in FULL_NUMBER_RE.finditer(plain):
        found.append((match.start(), match.end(), full_key(match)))
    abbreviations = "|".join(sorted(vocabulary.document_types, key=len, reverse=True))
    # "QĐ 27/2024": the year it was issued is part of the reference; "KHLT 21": a joint form of the type
    for match in re.finditer(rf"\b({abbreviations}){JOINT_SUFFIX}?\s*(?:so\s*)?(\d{{1,6}}){ISSUE_YEAR}\b{RANGE_AFTER}{QUANTITY_AFTER}", plain):
        found.append((match.start(), match.end(), _key(match.group(1), match.group(2))))
    # ("Kế hoạch liên ngành 1846": a kind's joint form, written by several bodies, before its number; "Công văn hỏa
    # tốc 187": its urgency)
    for match in re.finditer(rf"\b({_type_pattern(vocabulary)})(?:\s+{JOINT_KIND}|\s+{URGENCY})?\s+(?:so\s*:?\s*)?(\d{{1,6}}){ISSUE_YEAR}\b{RANGE_AFTER}{QUANTITY_AFTER}",
                             plain):
        found.append((match.start(), match.end(), _key(kind_abbreviation(vocabulary, match.group(1)), match.group(2))))
    # ("Công văn hướng dẫn của TW Hội (số 215)": a kind described, its number in brackets after)
    for match in re.finditer(rf"\b({_type_pattern(vocabulary)})\b[^.;:?()\n]{{0,80}}?\(\s*so\s*:?\s*(\d{{1,6}})\s*\)", plain):
        if not any(start <= match.start(2) < end for start, end, _ in found):
            found.append((match.start(2) - len("so "), match.end(2), _key(kind_abbreviation(vocabulary, match.group(1)), match.group(2))))
    return sorted(found)


def without_references(text: str, vocabulary: Vocabulary) -> str:
    """The text without its document references ("… đối tượng của NQ 18?": the 18 numbers a text, it is no value
    the question states)."""
    for start, end, _ in reversed(reference_spans(text, vocabulary)):
        text = text[:start] + text[end:]
    return text


def find_keys(text: str, vocabulary: Vocabulary) -> list[Key]:
    """Every document reference in a text, in order: full numbers, "KL 44", "Kết luận số 44"."""
    keys: list[Key] = []
    for _, _, key in reference_spans(text, vocabulary):
        if key not in keys:
            keys.append(key)
    return keys


@dataclass
class Mention:
    """A cited text as the corpus describes it: "Kết luận số 44-KL/TW, ngày 14 tháng 11 năm 2022 của Ban Bí thư"."""

    key: Key
    number: str
    type_name: str
    date: str | None
    issuer: str | None
    clause_id: str


@dataclass
class DocumentDirectory:
    """Which corpus documents a question's references and place names point at."""

    by_key: dict[Key, list[str]] = field(default_factory=dict)
    by_number: dict[str, list[str]] = field(default_factory=dict)
    implementing: dict[Key, list[str]] = field(default_factory=dict)
    mentions: dict[Key, list[Mention]] = field(default_factory=dict)
    descriptors: dict[str, list[str]] = field(default_factory=dict)
    issuers: dict[str, str] = field(default_factory=dict)  # document id → issuer, lowercase without diacritics
    places: dict[str, str] = field(default_factory=dict)  # document id → its place, lowercase without diacritics
    place_names: set[str] = field(default_factory=set)  # the documents' places as written ("Lạng Sơn")
    laws: dict[str, list[str]] = field(default_factory=dict)  # a law cited by name ("hoat dong chu thap do") → citing clause ids
    types: dict[str, str] = field(default_factory=dict)  # document id → its type's abbreviation ("kh")
    # document id → the kind of text its title says it issues ("Ban hành Quy chế …": "quy che"), lowercase
    # without diacritics
    issues_kind: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # document id → its title, lowercase without diacritics
    levels: dict[str, list[str]] = field(default_factory=dict)  # "huyen" → ids of documents issued at that level
    # document id → the number another text cites it by, of a text whose own copy gives none (a scan's number misread)
    cited_numbers: dict[str, Mention] = field(default_factory=dict)
    level_pattern: re.Pattern | None = None  # "văn bản (của) cấp …"
    urgencies: dict[str, str] = field(default_factory=dict)  # document id → its mark of urgency, lowercase without diacritics

    @classmethod
    def build(cls, documents: list[Document], clauses: list[Clause], vocabulary: Vocabulary) -> "DocumentDirectory":
        directory = cls(level_pattern=_levels_pattern(vocabulary))
        for document in documents:
            directory.issuers[document.id] = " ".join(re.findall(r"\w+", unaccent(document.issuer or "")))
            if document.place:
                directory.place_names.add(" ".join(document.place.split()))
                directory.places[document.id] = " ".join(expand_places(unaccent(document.place), vocabulary).split())
            if level := _issuer_level(directory.issuers[document.id].lower(), vocabulary):
                directory.levels.setdefault(level, []).append(document.id)
            if document.urgency:
                directory.urgencies[document.id] = unaccent(document.urgency).lower()
            kind = unaccent(document.type)
            directory.types[document.id] = next((a for a, names in vocabulary.document_types.items() if kind in names), kind)
            title = directory.titles[document.id] = " ".join(re.findall(r"\w+", unaccent(document.title).lower()))
            # (a notice whose title opens with the kind it announces is a text of that kind: "Thông báo / Kết luận của
            # Phó Chủ tịch …" is the conclusion a question names)
            if issued := next((k for k in sorted(vocabulary.type_names, key=len, reverse=True)
                               if re.match(rf"(?:{re.escape(kind.lower())} )?(?:(?:lien tich )?(?:ve viec )?ban hanh {k}\b"
                                           rf"|(?:y kien )?{k} (?:cua|tai)\b)", title)),
                          None):
                directory.issues_kind[document.id] = issued
            for key in filter(None, map(number_key, [document.number or "", *document.joint_numbers])):
                directory.by_key.setdefault(key, []).append(document.id)
                directory.by_number.setdefault(key[1], []).append(document.id)
            for number in document.implements:
                implemented = number_key(number) or next(iter(find_keys(number, vocabulary)), None)
                if implemented:
                    directory.implementing.setdefault(implemented, []).append(document.id)
            for phrase in _descriptor_phrases(document, vocabulary):
                directory.descriptors.setdefault(phrase, [])
                if document.id not in directory.descriptors[phrase]:
                    directory.descriptors[phrase].append(document.id)
        pattern = _mention_pattern(vocabulary)
        for clause in clauses:
            for mention in _mentions(clause, pattern, vocabulary):
                directory.mentions.setdefault(mention.key, []).append(mention)
            for name in _laws_cited(clause.text):
                directory.laws.setdefault(name, []).append(clause.id)
        directory._number_unnumbered(documents, vocabulary)
        # A phrase shared by many documents ("ban thuong vu") does not single one out.
        limit = max(1, len(documents) // 3)
        directory.descriptors = {p: ids for p, ids in directory.descriptors.items() if len(ids) <= limit}
        return directory

    def _number_unnumbered(self, documents: list[Document], vocabulary: Vocabulary) -> None:
        """A text whose own copy gives no number (a scan's misread) is known by the number another text cites it by,
        when it is the one text of that kind, date and issuer ("Công văn số 486/SYT-NVY ngày 09/02/2026 của Sở Y tế" of
        the Sở Y tế's letter dated 9/2/2026)."""
        unnumbered = [d for d in documents if not d.number and d.date and len(d.date) == 10]
        for key, mentions in self.mentions.items():
            if key in self.by_key:
                continue
            for mention in mentions:
                issuer = " ".join(re.findall(r"\w+", unaccent(mention.issuer or "")))
                kind = unaccent(mention.type_name).lower()
                kind = next((a for a, names in vocabulary.document_types.items() if kind in names), kind)
                matched = [d for d in unnumbered if d.date == mention.date and self.types[d.id] == kind
                           and issuer and re.search(rf"\b{re.escape(issuer)}\b", self.issuers[d.id], re.IGNORECASE)]
                if len(matched) == 1 and matched[0].id not in self.cited_numbers:
                    self.cited_numbers[matched[0].id] = mention
                    self.by_key[key] = [matched[0].id]
                    self.by_number.setdefault(key[1], []).append(matched[0].id)
                    break

    def documents_numbered(self, key: Key) -> list[str]:
        """Corpus documents with this number; by the number alone when the type was written another
        way ("Luật 11" for "11/2008/QH12") and only one document has it."""
        exact = self.by_key.get(key, [])
        if exact:
            return exact
        loose = self.by_number.get(key[1], [])
        return loose if len(loose) == 1 else []

    def laws_named(self, plain: str) -> list[tuple[int, int, str]]:
        """Where an unaccented question names a law the corpus cites by name ("Luật Hoạt động chữ thập
        đỏ năm 2008 quy định …"): the name identifies a text, it is not what is asked about it."""
        if not self.laws:
            return []
        return [(m.start(), m.end(), m.group(1)) for m in self._law_names.finditer(plain)]

    @cached_property
    def _law_names(self) -> re.Pattern:
        """Every law name the corpus cites, longest first, after "luật" (built once, on first use)."""
        names = "|".join(re.escape(name) for name in sorted(self.laws, key=len, reverse=True))
        return re.compile(rf"\bluat\s+({names})\b")

    def levels_named(self, plain: str) -> list[tuple[int, int, str]]:
        """Where an unaccented question picks documents by the level that issued them ("văn bản của cấp
        huyện", "các kế hoạch cấp tỉnh"): the span of "cấp …" and the level."""
        if self.level_pattern is None:
            return []
        return [(m.start(1), m.end(1), m.group(2)) for m in self.level_pattern.finditer(plain.lower())]

    def documents_named(self, question: str, vocabulary: Vocabulary) -> list[str]:
        """Corpus documents whose issuer or place the question names ("kế hoạch của Lai Châu"), or the
        level they were issued at ("các văn bản của cấp huyện"); of those, or of all, the ones of the kind and the mark
        of urgency it names ("công văn hỏa tốc")."""
        named = self._named_by_descriptors(question, vocabulary)
        plain = " ".join(["", *re.findall(r"\w+", unaccent(question).lower()), ""])
        urgent = [d for d, mark in self.urgencies.items()
                  if any(f" {k} {mark} " in plain for k in [self.types[d], *vocabulary.document_types.get(self.types[d], [])])]
        return [d for d in named if d in urgent] or named or urgent

    def _named_by_descriptors(self, question: str, vocabulary: Vocabulary) -> list[str]:
        plain = f" {expand_places(unaccent(question), vocabulary)} "
        # (not the level of a text to be made or sent: "Hội cấp huyện gửi kế hoạch cấp huyện lên tỉnh")
        found = [d for start, _, level in self.levels_named(plain) if not self._of_text_to_send(plain[:start], vocabulary)
                 for d in self.levels.get(level, [])]
        phrases = self.descriptors_named(question, vocabulary)
        kinds = [p for p in phrases if p in vocabulary.type_names]
        if found:  # "kế hoạch cấp tỉnh": of the texts of the level named, those of the kind named (none of another kind)
            found = self.of_kind_named(found, question, vocabulary)
        for phrase in phrases:
            if phrase not in kinds:
                found.extend(i for i in self.descriptors[phrase] if i not in found)
        named_places = set(self.places.values()).intersection(phrases)
        if found and not kinds:  # (no kind named: a body is asked about in its own texts and in those whose title names
            # it, "Ai là Phó Trưởng ban thường trực Ban Chỉ đạo?" of the decision "thành lập Ban Chỉ đạo …"; not as the
            # author of a text the title cites, "… Chỉ thị số 09 của Bộ Y tế")
            found += [i for i, title in self.titles.items() if i not in found
                      and any(f" {p} " in f" {title} " and f" cua {p} " not in f" {title} " for p in phrases
                              if p not in named_places)]
        # "Ban Tuyên giáo Tỉnh ủy Yên Bái": of the texts its issuer names, those of the place it names (the issuer's
        # name may leave the place to the text's frame: "Ban Tuyên giáo Tỉnh ủy" of a text of Lai Châu)
        if named_places:
            found = [d for d in found if self.places.get(d) in named_places
                     or any(f" {p} " in f" {self.issuers.get(d, '')} " for p in named_places)]
        if not found:
            return list(dict.fromkeys(i for phrase in kinds for i in self.descriptors[phrase]))
        # "kế hoạch … Quảng Ngãi": of the texts named by issuer or place, those of the kind named; else those of the kind
        # whose title holds the phrases ("chỉ thị hiến máu": the Chỉ thị on it, not the plan its Ban Chỉ đạo issued);
        # else all of them
        titled = [i for kind in kinds for i in self.descriptors[kind]
                  if all(f" {p} " in f" {self.titles.get(i, '')} " for p in phrases if p not in kinds)]
        # else the one of the kind whose title shares a word with them ("quyết định khen thưởng": the Quyết định "tặng
        # Giấy khen", not the Tờ trình of the Hội đồng Thi đua - Khen thưởng proposing it)
        said = {w for p in phrases if p not in kinds for w in p.split()}
        sharing = [i for kind in kinds for i in self.descriptors[kind] if said & set(self.titles.get(i, "").split())]
        return self.of_kinds(found, kinds, vocabulary) or list(dict.fromkeys(titled)) or list(dict.fromkeys(sharing)) or found

    @staticmethod
    def _of_text_to_send(before: str, vocabulary: Vocabulary) -> bool:
        """The words before a level name a kind of text as the object of making or sending it ("gửi kế hoạch "), whose
        level the level is."""
        kind = next((k for k in vocabulary.type_names if before.rstrip().endswith(f" {k}")), None)
        return kind is not None and bool(VERB_BEFORE_RE.search(before.rstrip()[: -len(kind)]))

    def of_kind_named(self, ids: list[str], question: str, vocabulary: Vocabulary, number: bool = False) -> list[str]:
        """Of some documents, those of the kind of text the question names ("kế hoạch … số mấy?"), or, when it asks
        a text's `number`, of the one whose number it asks ("Đề án … được thông qua bằng nghị quyết số mấy?"): none
        when no one is; all of them when it names no kind."""
        plain = " ".join(["", *re.findall(r"\w+", unaccent(question).lower()), ""])
        kinds = [k for k in vocabulary.type_names if f" {k} " in plain and not _only_as_verb(k, plain, vocabulary)]
        numbered = [k for k in kinds if number and re.search(rf" {k} (?:nao )?{NUMBER_ASKED}", plain)]
        return self.of_kinds(ids, numbered or kinds, vocabulary) if kinds else ids

    def of_kinds(self, ids: list[str], kinds: list[str], vocabulary: Vocabulary) -> list[str]:
        """The documents of one of the kinds (a "kế hoạch liên tịch" is a kế hoạch)."""
        return [d for d in ids if any(self._of_kind(d, kind, vocabulary) for kind in kinds)]

    def _of_kind(self, document_id: str, kind: str, vocabulary: Vocabulary) -> bool:
        written = self.types.get(document_id, "")
        # (a decision that issues a Quy chế is the text a question naming the Quy chế means: "Quy chế … ban hành ngày nào?")
        return written.startswith(kind) or kind in vocabulary.document_types.get(written, []) \
            or self.issues_kind.get(document_id, "").startswith(kind)

    def descriptors_named(self, question: str, vocabulary: Vocabulary) -> list[str]:
        """The phrases of issuers and places the question names ("dong lam"), longest first."""
        plain = f" {expand_places(unaccent(question), vocabulary)} "
        places = set(self.places.values())
        return [phrase for phrase in sorted(self.descriptors, key=len, reverse=True)
                if f" {phrase} " in plain and not (phrase in vocabulary.type_names and _only_as_verb(phrase, plain, vocabulary))
                and not (phrase in places and _names_facility(phrase, question))]


# a works or a site named after a place or a person ("trạm Vị Thanh", "cầu Long Bình", "chợ Phú Hội", "trường Nguyễn
# Du"): the place a text was signed in is not the thing asked about (lowercase; typed without diacritics, only the words
# that are no other word)
FACILITY_RE = re.compile(r"(?:\b(?:trạm|cầu|chợ|cảng|bến|sông|kênh|cống|đê|hồ|đập|đường|(?<!thành )phố|trường)"
                         r"|\b(?:tram|cang|kenh|dap))\s+$")


def named_after(text: str, start: int) -> bool:
    """Whether what `text` writes from `start` on names a works or a site (`text` lowercase, as typed)."""
    return FACILITY_RE.search(text, 0, start) is not None


def _names_facility(place: str, question: str) -> bool:
    """Every time the question writes the place it names a works or a site after it."""
    written = nfc(question).lower()
    found = list(re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", unaccent(written)))
    return bool(found) and all(named_after(written, m.start()) for m in found)


def _only_as_verb(kind: str, plain: str, vocabulary: Vocabulary) -> bool:
    """Every time the question writes a kind of text it is the verb of a modal ("phải báo cáo", "cần
    thông báo lịch …", "đã hướng dẫn") or says what the kind of text just before it is about ("công văn hướng dẫn
    …", "công văn đôn đốc báo cáo thiệt hại"): an act asked about, not a text named."""
    return all(VERB_BEFORE_RE.search(plain, 0, m.start()) or _describes(kind, plain, m.start(), vocabulary)
               for m in re.finditer(rf"(?<!\w){re.escape(kind)}(?!\w)", plain))


def _describes(kind: str, plain: str, at: int, vocabulary: Vocabulary) -> bool:
    """The kind of text written at `at` says what another kind just before it is about ("kế hoạch triển khai nghị
    quyết")."""
    others = "|".join(re.escape(other) for other in vocabulary.type_names if other != kind)
    # (not across a number asked or written: "Tờ trình số mấy đề nghị ban hành kế hoạch …" names both; nor after
    # "bằng", which says by what text: "phê duyệt đề án bằng quyết định số mấy"; past the body that issues it:
    # "công văn của Hội CTĐ tỉnh hướng dẫn hưởng ứng …"; nor past "là", which names the text itself: "báo cáo căn cứ
    # là kế hoạch số mấy")
    word = r" (?!va |hoac |voi |cung |so |may |nao |bang |la |\d)\w+"
    return pattern(rf"(?<!\w)(?:{others})(?: cua(?:{word}){{1,6}})?(?:{word}){{0,3}} $").search(plain[:at]) is not None


def kinds_described(question: str, vocabulary: Vocabulary) -> list[str]:
    """The kinds of text a question writes to say what the text it names is about ("kế hoạch triển khai nghị quyết":
    "nghi quyet"), unaccented."""
    plain = " ".join(["", *re.findall(r"\w+", unaccent(question).lower()), ""])
    return [k for k in vocabulary.type_names for m in pattern(rf"(?<!\w){re.escape(k)}(?!\w)").finditer(plain)
            if _describes(k, plain, m.start(), vocabulary) and not VERB_BEFORE_RE.search(plain, 0, m.start())]


def _issuer_level(issuer: str, vocabulary: Vocabulary) -> str | None:
    """The level an issuer's name says ("ban thuong vu huyen uy lac duong" → "huyen"), by its longest phrase."""
    found = [(len(p), level) for level, phrases in vocabulary.issuer_levels.items() for p in phrases
             if re.search(rf"(?<!\w){p}(?!\w)", issuer)]
    return max(found)[1] if found else None


def _levels_pattern(vocabulary: Vocabulary) -> re.Pattern:
    kinds = f"van ban|tai lieu|{_type_pattern(vocabulary)}"
    levels = "|".join(re.escape(level) for level in sorted(vocabulary.issuer_levels, key=len, reverse=True))
    # (not a word of an agency's name: "Phòng Tài chính - Kế hoạch cấp huyện", "Sở Kế hoạch và Đầu tư")
    return re.compile(rf"\b(?<!tai chinh )(?<!so )(?<!phong )(?:{kinds})(?:\s+(?:nao|cua|do|thuoc|o))*\s+(cap\s+({levels}))\b")


def expand_places(plain: str, vocabulary: Vocabulary) -> str:
    plain = re.sub(r"[^\w.\s]", " ", plain)
    for canonical, others in vocabulary.places.items():
        for other in sorted(others, key=len, reverse=True):
            plain = pattern(rf"(?<!\w){re.escape(other)}(?!\w)").sub(canonical, plain)
    return " ".join(plain.replace(".", " ").split())


def _descriptor_phrases(document: Document, vocabulary: Vocabulary) -> set[str]:
    """The type ("bai bao") and two- and three-word phrases of the issuer and place that end where a
    name does ("lai chau", "tinh lai chau")."""
    kind = unaccent(document.type)
    # (and the kind it is one of: a "kế hoạch liên tịch" is a "kế hoạch")
    phrases: set[str] = {k for k in [kind, *vocabulary.type_names] if len(k.split()) > 1 and f"{kind} ".startswith(f"{k} ")}
    if document.place:  # a place's whole name names it, whatever its syllables ("Đồng Tháp")
        phrases.add(" ".join(expand_places(unaccent(document.place), vocabulary).split()))
    for value in (document.issuer, document.place):
        if not value:
            continue
        words = expand_places(unaccent(value), vocabulary).split()
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                # a phrase ends where a name does: "tinh quang" would name Quảng Ninh as well as Quảng Trị
                ends = i + n == len(words) or words[i + n] in vocabulary.admin_words
                phrase = " ".join(words[i : i + n])
                if ends and any(w not in vocabulary.admin_words for w in words[i : i + n]) and phrase not in SHARED_FIELDS:
                    phrases.add(phrase)  # not "y te" of "Bộ Y tế": "Trạm Y tế xã" names no text of the ministry
    return phrases


def _laws_cited(text: str) -> list[str]:
    """Names of laws a text cites ("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013": "phong, chong
    thien tai"), unaccented: "Luật" capitalised, then two to ten words up to a date, number or stop."""
    plain = unaccent(text)
    return [m.group(1) for m in LAW_RE.finditer(plain) if len(plain) == len(text) and text[m.start()] == "L"]


def _mention_pattern(vocabulary: Vocabulary) -> re.Pattern:
    """"<loại> số <số>" in unaccented text: group 1 the type name, group 2 the number."""
    return re.compile(rf"\b({_type_pattern(vocabulary)})\s+(?:so\s*:?\s*)?({FULL_NUMBER_RE.pattern}|\d{{1,6}}(?!\d))")


# "Ngày 28/3/2024, Ban Thường vụ Tỉnh ủy ban hành Công văn số …": the date and issuer before the number
ISSUED_BEFORE_RE = re.compile(rf"\b{DATE_RE.pattern}\s*,\s*([^.;:,]{{3,80}}?)\s+(?:da\s+|vua\s+)?(?:ky\s+)?ban\s+hanh\s+$")


def _iso(date: re.Match) -> str:
    day, month, year = (int(g) for g in date.group(1, 2, 3))
    return f"{year:04d}-{month:02d}-{day:02d}"


# "Chương trình kiểm tra, giám sát nhiệm kỳ 2027 - 2032 số 02/CTr-CTĐ": a kind of text, what it is about, then its
# number, whose symbol names the same kind (unaccented)
DESCRIBED_NUMBER_RE = re.compile(rf"[^.;:\n]{{3,120}}?\s+so\s*:?\s*({FULL_NUMBER_RE.pattern})")


def _mentions(clause: Clause, pattern: re.Pattern, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of cited texts in a clause, with the date and issuer that follow them."""
    plain = unaccent(clause.text)
    spans = [(match.span(1), match.span(2)) for match in pattern.finditer(plain)]
    # (or with what it is about between its kind and its number)
    kinds = re.compile(rf"\b({_type_pattern(vocabulary)})\b")
    for kind in kinds.finditer(plain):
        described = DESCRIBED_NUMBER_RE.match(plain, kind.end())
        if described is None or kinds.search(plain, kind.end(), described.start(1)) \
                or any(start <= described.start(1) < end for _, (start, end) in spans):
            continue  # (another kind nearer the number is its own; a number already read is read once)
        key = number_key(described.group(1))
        if key is not None and key[0] == kind_abbreviation(vocabulary, kind.group(1)):
            spans.append((kind.span(1), described.span(1)))
    mentions = []
    for (kind_start, kind_end), (start, end) in sorted(spans):
        number = plain[start:end]
        kind = kind_abbreviation(vocabulary, plain[kind_start:kind_end])
        key = number_key(number) or _key(kind, number)
        if key[0] not in vocabulary.document_types and kind in vocabulary.document_types:
            # "Công văn số 215/TWH-CTXH": a letter's symbol names its issuer, not its kind; it is known as "Công văn 215"
            key = (kind, key[1])
        tail = plain[end : end + 120]
        date = DATE_RE.match(tail.lstrip(" ,\n"))
        iso = _iso(date) if date else None
        issuer = None
        of = re.match(r"[^;:.\"“(]*?\bcua\s+", tail)
        if of:
            issuer = _original_phrase(clause.text, end + of.end(), kinds)
        head = plain[max(0, kind_start - 160) : kind_start]
        if not date and (before := ISSUED_BEFORE_RE.search(head)):
            iso = _iso(before)
            offset = kind_start - len(head)
            issuer = issuer or clause.text[offset + before.start(4) : offset + before.end(4)].strip()
        mentions.append(
            Mention(
                key=key,
                number=clause.text[start:end],
                type_name=clause.text[kind_start:kind_end],
                date=iso,
                issuer=issuer,
                clause_id=clause.id,
            )
        )
    return mentions


def _original_phrase(text: str, start: int, kinds: re.Pattern) -> str:
    """The issuer as written, up to the next clause boundary ("Ban Bí thư khóa XIII"), or the next text cited ("… tỉnh và
    Hướng dẫn số 1862 …"; `kinds`: the kinds of text, unaccented)."""
    rest = text[start:]
    # (a line's wrap inside the name goes on: "… Ban Thường vụ Trung\nương Hội …")
    end = re.search(r"\s+(?:về|ban hành|quy định|triển khai|\(|“|\")|[,;:.]|\n(?![a-zà-ỹđ])", rest)
    rest = rest[: end.start() if end else len(rest)]
    cited = re.search(rf"\s+va\s+{kinds.pattern}", unaccent(rest))
    return " ".join(rest[: cited.start() if cited else len(rest)].split())
