"""The value a sentence states in answer to a question, and whether it is said of what was asked.

`ValueReader.value_in` finds the value of the asked type a sentence states (a deadline, a sum, a count,
a person, a body…); `ValueReader.said_of` tells whether the sentence says it of the year, the unit, the
place, the state and the case the question asks about. The answer policy (`respond`) picks the
sentences; this module reads them.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from retrieval.answer.asks import CLOCK_ASKED_RE, EDGE_WORDS, plain_words, work_asked
from retrieval.answer.people import PersonReader
from retrieval.answer.quantities import SPELLED_NUMBERS
from retrieval.answer.query import (CONTACT_ASKS, PLACE_TYPED_PLAIN_RE, Query, asks_measure, has_phrase, labelled, summed,
                                    without_storms)
from retrieval.answer.references import without_references
from retrieval.answer.spelling import word_list
from retrieval.answer.values import (as_rate, contrasts, restates, counted_noun, other_end, other_event, counts_before, days_in, each_asked, find_values, grain_asked, grain_of,
                                     is_classifier, months_named, per_unit, unit_word_asked, person_names, places_named, quantifies, row_months, spelled, unit_asked,
                                     written_as, years_compared, DURATION_UNITS, compares_relatively, ranks_said, years_in, years_said, years_stated, COUNT_OF_GAP, MEASURES, NAME_GOES_ON_RE, PLACE_KINDS, SLASH_DATE, YEARS_RE)
from retrieval.answer.vocabulary import Vocabulary
from retrieval.index.lexical import ADJECTIVE_TAGS, folded_word, word_tags
from retrieval.ingest.actors import COOPERATING, LEVEL_OF_PLACE, LEVEL_WORD_RE, LEVELS_PLAIN, MAX_NAME, AliasTable
from retrieval.ingest.header import PLACE_WORDS
from retrieval.ingest.parser import GROUP_NUMBER, table_cells
from retrieval.models import Clause
from retrieval.text import CAPITAL, fold, has_diacritics, nfc, pattern, unaccent

# "phối hợp với", "cùng với"…: the cues that name a partner (the parser's, those followed by the partner)
COOPERATES_RE = re.compile("|".join(rf"\b{unaccent(p)}\b" for p in COOPERATING if p.endswith((" với", " cùng"))))
# where a body is named as the place where ("tại trụ sở UBND xã"), unaccented
VENUE_BEFORE_RE = re.compile(r"\b(?:tai|o)(?:\s+(?:tru so|hoi truong|nha van hoa|phong hop))?\s*$")
# the kind of venue a question asks by ("tổ chức tại hội trường nào?", "ở trường nào?"), unaccented
VENUE_ASKED_RE = re.compile(r"\b(hoi truong|truong) nao\b")
MAX_FOCUS_GAP = 12  # characters between the word asked about and its value ("tăng 8,3%", "hỗ trợ 500.000 đồng")
# a sentence opening on a class of its own ("Các đơn vị vượt chỉ tiêu … được …", "Mỗi xã …"): its subject, not the heading's
CLASS_SUBJECT_RE = re.compile(r"\s*(?:cac|nhung|moi|tung)\s+\w")
LABEL_RE = re.compile(r"[^:;,.]{3,60}:\s*")  # "Đơn vị tiếp nhận máu: …", "Cơ quan chủ trì: …": a label and its value
FIGURES = frozenset({"amount", "count", "percentage"})  # what several places named together have in common, none alone
# "mấy lần", "bao nhiêu lần": how many times (unaccented)
# ("với tần suất thế nào", "bao lâu một lần": how often)
TIMES_ASKED_RE = re.compile(r"\b(?:may|bao nhieu)\s+lan\b|\btan suat\b|\bbao lau\s+(?:mot|1)\s+lan\b")
# the case a sentence says something is done in, to the end of its clause (unaccented): "… khi lượng dự trữ xuống dưới mức
# 5 ngày sử dụng", "trong trường hợp …"
CONDITION_RE = re.compile(r"\b((?:khi|trong truong hop|truong hop)\s+(?!nao\b|can\b|co yeu cau\b)[^.;:\n|(]{12,}?)(?=[.;:\n|(]|$)")
# the words of the kinds of place a row's name may open with, which name no row ("Xã", "Đặc khu") (unaccented)
PLACE_KIND_WORDS = frozenset({"cac", "dac", "khu", *(w for kind in PLACE_KINDS for w in unaccent(kind).split())})
SLASH_DATE_RE = re.compile(SLASH_DATE)
UNIT_COLUMN_RE = re.compile(r"don vi(?: tinh)?|dvt")  # the head of a table's column of units (unaccented)
COUNTED_TIMES_RE = re.compile(r"(?:\d+|mot|hai|ba|bon)\s+lan\b")  # a frequency that counts its times (unaccented)
# the header of a table's column of quantities or sums (unaccented)
# (or of a row's total: "| Cố định | Lưu động | Cộng |")
# ("Cộng" alone: "Công tác", "Cộng đồng" head no figures)
QUANTITY_HEAD_RE = re.compile(r"(?:so luong|so tien|kinh phi|thanh tien|gia tri|tong so|(?:tong )?cong(?!\s+\w)|muc ho tro|muc chi)\b")
# (or a rate: "Mức quà (nghìn đồng/suất)", "Định mức (kg/người)")
UNIT_HEAD_RE = re.compile(r"\((?:người|đồng|nghìn đồng|triệu đồng|hộ|suất|lượt|đơn vị|kg|tấn|cái|bộ|con)"
                          r"(?:\s*/\s*[^\W\d]+(?:\s[^\W\d]+)?)?\)\s*$", re.I)
PER_WHAT_RE = re.compile(r"(?:/\w+){0,3}")  # what a measure is per, after it ("15 kg/người/tháng")
QUANTITY_COLUMN_RE = re.compile(r"(?:so luong|sl|khoi luong)\b")  # a column of how many of the row's unit (unaccented)
TOTAL_COLUMN_RE = re.compile(r"(?:thanh tien|tong|cong|kinh phi)\b")  # a column of the row's total sum (unaccented)
UNIT_PRICE_HEAD_RE = re.compile(r"don gia\b")  # a column of what one of the row's unit costs ("| ĐVT | SL | Đơn giá |")
MONEY_HEAD_RE = re.compile(r"(?:so tien|tien mat|kinh phi|thanh tien|gia tri|muc ho tro|muc chi)\b")
# a sum's unit where a table states it: a cell of its own ("| Triệu đồng |"), in brackets ("Thành tiền (đồng)"),
# "Đơn vị tính: đồng" (lowercase, with diacritics)
MONEY_UNIT_RE = re.compile(r"(?:\(|\|\s*|đơn vị tính(?:\s+[^\s:()]+){0,2}\s*:\s*)(?:nghìn |ngàn |triệu |tỷ )?đồng\b|\bvn[dđ]\b")
# the header of a table's column of what was done, or of the share of the plan it makes (unaccented)
RESULT_HEAD_RE = re.compile(r"\b(?:thuc hien|ket qua|dat duoc)\b")
DONE_HEAD_RE = re.compile(rf"{RESULT_HEAD_RE.pattern}|\bda\b")  # a column of what was done ("Kinh phí đã chi")
PLAN_HEAD_RE = re.compile(r"\b(?:ke hoach|kh|chi tieu)\b")  # "Kế hoạch thực hiện": a plan, not what was done
SHARE_SYLLABLES = frozenset({"ty", "ti", "le", "phan", "tram"})  # the words of a share ("tỷ lệ", "phần trăm"), unaccented
# the words for money spent as such ("tiền", "chi phí"), which a sum in đồng states, unaccented
MONEY_WORDS = frozenset({"tien", "chi_phi"})
SHARE_HEAD_RE = re.compile(r"(?:ty le|ti le|phan tram)\b")
# a text that says when it ends itself: "Quyết định này hết hiệu lực …"
ENDS_OWN_FORCE_RE = re.compile(r"\bnay\s+het\s+hieu\s+luc\b")
# what a percentage is taken of when it sets a sum ("2% tổng giá trị", "30% kinh phí", "10% của quỹ", "30% số dư")
SHARE_OF_RE = re.compile(r"(?:tong|cua|gia tri|tri gia|kinh phi|nguon|so tien|so du|quy|muc)\b")
# the bound a question asks ("tối đa bao nhiêu", "ít nhất mấy"), and the words that set the other one before a
# value ("tối thiểu 30 thành viên") or after it ("30 người trở lên"): that value answers no such question
BOUNDS = {"upper": re.compile(r"\b(?:toi da|nhieu nhat|khong qua|khong vuot qua|cao nhat|khong cao hon|khong lon hon)\b"),
          "lower": re.compile(r"\b(?:toi thieu|it nhat|khong duoi|khong it hon|thap nhat|khong thap hon)\b")}
BOUNDED_AFTER = {"upper": re.compile(r"^(?:\s+\w+)?\s*tro\s+len\b"), "lower": re.compile(r"^(?:\s+\w+)?\s*tro\s+xuong\b")}
# a question asking what was reached ("đã trao được bao nhiêu", "đã vận động mấy"), and a sentence saying it was
ACHIEVED_ASKED_RE = re.compile(r"\bđã\s+(?:\w+\s+){0,6}?(?:bao nhiêu|mấy)\b")
# adjectives that point at one of a kind without saying which ("cho hộ khác": the next household, any other)
POINTING = frozenset({"khac"})
SUM_SHARE_RE = re.compile(r"(?:tong\s+)?(?:tri gia|gia tri|kinh phi|so tien|so du)\b")  # a share of a sum, not of a count
# when a text's force ends ("hết hiệu lực khi nào", "có hiệu lực đến khi nào"), and the word before the end (unaccented)
EXPIRY_ASKED_RE = re.compile(r"\b(?:het hieu luc|thi het|het han|hieu luc den)\b")
UNTIL_BEFORE_RE = re.compile(r"\bden\s+(?:het\s+)?(?:ngay\s+)?$")
CLOCK_RE = re.compile(r"\bgio\b|\d{1,2}h\d{2}\b")  # an hour of the clock, in words or short ("7h30"), unaccented
MEMBERS = "thanh vien"  # the people a group is made of, of any kind (unaccented)
PEOPLE_UNITS = frozenset({"nguoi", "em", "cu"})  # "bao nhiêu người", "bao nhiêu em", "bao nhiêu cụ": people of any kind
# a target asked ("chỉ tiêu … là bao nhiêu"), and a figure stated as a share of its target, which it is not (unaccented)
# (or the plan's figure, "kế hoạch hiến máu năm 2026 là bao nhiêu", not a text named a plan: "kế hoạch 312", "kế hoạch
# số …", "kế hoạch của …", "theo kế hoạch")
# (not the target a result is compared with: "thực tế đạt bao nhiêu so với chỉ tiêu", "đã đạt chỉ tiêu chưa")
TARGET_ASKED_RE = re.compile(r"(?<!\bso voi )(?<!\bdat )(?<!\bvuot )\b(?:chi tieu|muc tieu)\b"
                             r"|(?<!\btheo )(?<!\bso voi )\bke hoach\s+(?!so\b|cua\b|nay\b|do\b|\d)\w+")
TARGET_SET_RE = re.compile(r"\bđặt\s+(?:ra\s+)?(?:mục tiêu|chỉ tiêu)\b")  # "đặt mục tiêu" sets one ("đạt" reaches it)
# (not 100%: "Tiếp nhận 9.500 đơn vị máu, đạt 100% chỉ tiêu được giao" states the target itself)
SHARE_OF_TARGET_RE = re.compile(r"\bdat\s+(?:tren\s+|hon\s+)?(?!100\s(?!\d))\d+(?:\s\d+)?\s+(?:phan tram\s+)?(?:so voi\s+)?(?:chi tieu|ke hoach|muc tieu)\b")
PLAN_SHARE_RE = re.compile(r"\bdat\s+[\d.,]+\s*%\s+(?:so voi\s+)?(?:ke hoach|chi tieu)\s+nam\b")  # unaccented
HELD_ASKED_RE = re.compile(r"\b(?:to chuc|dien ra|khai mac)\b")  # a question asking when an event takes place
DAY_OPENER_RE = re.compile(r"(?:cham nhat|truoc ngay|ke tu ngay)$")  # a time frame's words that open the day after it
DEADLINE_ASKED_RE = re.compile(r"\b(?:truoc|han|cham nhat|muon nhat|thoi han)\b")  # one asking a deadline
# a deadline for sending, handing in or finishing, right before the value ("… gửi về Ban Tổ chức trước ngày", "đại hội
# cấp xã hoàn thành trước ngày")
DEADLINE_BEFORE_RE = re.compile(r"\b(?:truoc|cham nhat|han)\s+(?:ngay\s+)?$")  # "trước ngày", "chậm nhất"
SENT_BY_RE = re.compile(rf"\b(?:gui|nop|bao cao|dang ky|hoan thanh|xong)\b[^;.]{{0,80}}{DEADLINE_BEFORE_RE.pattern}")
# a question asking when something was done ("… đã được ký vào ngày nào?"), unaccented
DONE_ASKED_RE = re.compile(r"\bda\b(?:\s+\w+){0,5}?\s+(?:vao\s+)?(?:ngay nao|khi nao|luc nao|bao gio|thang nao)\b")
# a sentence that sets a deadline, and the day an event is held right before a value ("tổ chức Lễ phát động … ngày", "Lễ
# … (07/4)"), unaccented
DEADLINE_SAID_RE = re.compile(r"\b(?:truoc|cham nhat|han|hoan thanh|xong|ket thuc|den het|den ngay|trong vong|trong thang"
                              r"|gui|nop)\b")
EVENT_BEFORE_RE = re.compile(r"\b(?:to chuc|dien ra|khai mac|phat dong|le|ngay hoi)\b[^;.]{0,150}$")
RESULTS_RE = re.compile(r"\bket qua\b")  # a part of a text that reports what was done ("I. KẾT QUẢ THỰC HIỆN")
TARGET_WORDS_RE = re.compile(r"\b(?:chi tieu|muc tieu|ke hoach|phan dau)\b")
# the target a result is measured against, right before its figure ("đạt 9.730 người, vượt chỉ tiêu 9.500", "thấp hơn
# kế hoạch 4.000", "so với mục tiêu đề ra là 85%"), unaccented: what was aimed at, not what there is
AIM_COMPARED_RE = re.compile(r"\b(?:vuot|so voi|thap hon|cao hon|hon|bang|chua dat|khong dat)\s+(?:\w+\s+)?"
                             r"(?:chi tieu|ke hoach|muc tieu)(?:\s+(?:de ra|duoc giao|nam|tinh|huyen|giao))?(?:\s+la)?\s*$")
# the target in brackets after what was reached: "đạt 64,3% kế hoạch năm (kế hoạch 3.600 hội viên)" (unaccented)
AIM_BRACKET_RE = re.compile(r"\bdat\b[^()]*\(\s*(?:chi tieu|ke hoach|muc tieu)(?:\s+(?:nam|de ra|duoc giao|giao))?\s*:?\s*$")
EACH_WORDS_RE = re.compile(r"\b(?:moi|tung)\s+(\w+(?:\s+\w+)?)")  # "mỗi cá nhân", "từng hộ" (unaccented)
REACHED_RE = re.compile(r"\b(?:đã|đạt|kết quả)\b")
# a plan's year to reach a figure by ("Đến năm 2030, số hội viên đạt 3% dân số"): what it sets out to do
BY_YEAR_RE = re.compile(r"\bđến\s+(?:hết\s+)?năm\s+\d{4}\b")
# the day a state of things is counted to ("Tính đến ngày 15/6/2027, toàn huyện có …"): of no act, no deadline
AS_OF = r"\btính\s+(?:đến|tới|từ)\s+"
AS_OF_RE = re.compile(rf"{AS_OF}(?:hết\s+)?(?:ngày\s+)?$")
AS_OF_ASKED_RE = re.compile(AS_OF)  # "Số liệu … tính đến ngày nào?": the day counted to is asked
COPULA_RE = re.compile(r"\s+là\s+", re.IGNORECASE)  # "X là Y": Y defines X
PART_AFTER_RE = re.compile(r"\btrong do\b")  # "…, trong đó …": the parts of the figure before it (unaccented)
PART_REACH = 20  # characters between a figure and the "trong đó" that opens its parts
# a total named: asked by a question ("tổng kinh phí", "tổng cộng bao nhiêu"), which a rate ("500.000 đồng/con", "mỗi
# suất 500.000 đồng") does not answer, or stated by a sentence before its threshold (unaccented)
PART_OF_TOTAL_RE = re.compile(r"[^.;]{0,40}?\bchiem\s+[\d ]+(?:phan tram)?\s+(?:tong|trong tong)\b")  # "…, chiếm 73,7% tổng …"
TOTAL_NAMED_RE = re.compile(r"\btong\s+(?:kinh phi|so tien|gia tri|tri gia|chi tieu|cong|du toan|nguon|so)\b")
LEVEL_ASKED_RE = re.compile(r"\b(\w+(?: \w+)?) cap nao\b")  # "ngân sách cấp nào": the thing whose level is asked (plain)
TOTAL_BEFORE_RE = re.compile(r"\btong(?: so| cong)?\b[^\d]*$")  # "Tổng số TNV huy động: ", "tổng cộng ": a total's words
FIGURE_CELL_RE = re.compile(r"\s*\d[\d.,]*\s*")  # a table's cell that holds a figure alone: "| 1.265 |"
# a cell that holds counts of things alone, a count asked: "| 02 tập thể và 04 cá nhân |", "| 01 tập thể |"
COUNTS_CELL_RE = re.compile(r"\s*\d[\d.,]*(?:\s+[^\W\d]+){1,3}(?:\s*(?:,|;|và)\s*\d[\d.,]*(?:\s+[^\W\d]+){1,3})*\s*")
TOTAL_ROW_RE = re.compile(r"(?<!\w)(?:tổng|cộng|toàn)(?!\w)", re.IGNORECASE)  # "| | Tổng cộng | | 37 |", "Toàn tỉnh"
# a figure set for each one of a unit: "100.000 đồng/người/lần", "05 kg/hộ" (not a total a year: "150 triệu đồng/năm")
PER_UNIT_RE = re.compile(r"\d[\d.,]*(?:\s+[a-z]+)?\s*/\s*(?!(?:nam|thang|quy|tuan|ngay)\b)[a-z]")
RATE_AFTER_RE = re.compile(r"^\s*/\s*(?!(?:nam|thang|quy|tuan|ngay)\b)\w")  # a total per year is a total still
RATE_BEFORE_RE = re.compile(r"\b(?:mỗi|moi)\s+[^.;:\d]{0,36}$")  # "mỗi hộ 500.000 đồng" (lowercase; "moi" where typed so)
# "từ 10 tình nguyện viên trở lên": a threshold a case is set by (not "đạt từ 650 tỷ đồng trở lên": a total reached)
THRESHOLD_FROM_RE = re.compile(r"(?<!\bdat )\btu\s*$")
# a question that asks a sum in money's own words ("bao nhiêu tiền", "bao nhiêu triệu đồng"), which no share answers
MONEY_ASKED_RE = re.compile(r"\b(?:tien|dong|trieu|ty|nghin|ngan)\b")


class ValueReader:
    """Reads values out of sentences for the questions of one index generation."""

    def __init__(self, aliases: AliasTable, vocabulary: Vocabulary, people_reader: PersonReader,
                 titles: dict[str, set[str]], planned: frozenset[str] = frozenset(),
                 place_names: frozenset[str] = frozenset(), document_places: dict[str, set[str]] | None = None,
                 full_forms: Callable[[str], list[str]] = lambda text: [], title_years: dict[str, set[str]] | None = None,
                 title_periods: dict[str, set[str]] | None = None, document_titles: dict[str, str] | None = None):
        """`titles`: each document's title, issuer, place and year as folded words; `planned`: the documents of a
        kind that sets out what is to be done (`planning_types`); `place_names`: the names the texts write after a
        kind of place, without diacritics (`place_names`); `document_places`: those of each document's title,
        issuer and place; `full_forms`: what the short forms a text writes stand for ("TNV": "tình nguyện viên");
        `title_years`: the years each document's title names ("Kế hoạch … năm 2027"); `title_periods`: the parts of a
        year each names ("Báo cáo sơ kết 6 tháng đầu năm 2027"); `document_titles`: each document's title."""
        self.aliases = aliases
        self._title_years = title_years or {}
        self._title_periods = title_periods or {}
        self._document_titles = document_titles or {}
        self._full_forms = full_forms
        # (a name typed bare by its first words: "bach long" of "bach long vi")
        self._name_starts = {" ".join(words[:k]) for words in map(str.split, place_names) for k in range(1, len(words) + 1)}
        self._document_places = document_places or {}
        self._planned = planned
        self.vocabulary = vocabulary
        self.people_reader = people_reader
        self.people = list(vocabulary.people)
        self._people_heads = tuple(dict.fromkeys(p.split()[0] for p in self.people))  # "hoc" of "hoc vien"
        self.counted_people = [*self.people, *(unaccent(t) for t in vocabulary.person_titles)]  # and posts
        self.classifiers = vocabulary.classifiers
        self._titles = titles
        # the groups of `sum_acts`, as a question with diacritics (folded) and one without spells them
        self._acts = {True: [[_folded_words(p) for p in group] for group in vocabulary.sum_acts],
                      False: [[plain_words(p) for p in group] for group in vocabulary.sum_acts]}
        self._stated_acts = {k for k, group in enumerate(vocabulary.sum_acts) if vocabulary.stated_acts & set(group)}
        # words that tell no case apart, as a question with diacritics (folded) and one without spells them
        levels = {fold(w) for place in PLACE_WORDS for w in place.split()} | {"cấp", "các"}
        self._stopwords = frozenset(unaccent(w) for w in vocabulary.stopwords)
        self._plain = {True: frozenset(vocabulary.stopwords | levels),
                       False: frozenset({unaccent(w) for w in vocabulary.stopwords} | vocabulary.admin_words)}

    def _bodies_of_level_counted(self, sentence: str, start: int, asked: list[str]) -> int | None:
        """A number of bodies of the level asked counts its places ("tối đa 03 Hội Chữ thập đỏ cấp huyện" of "mấy
        huyện"): where the agency after the number ends, when its name ends with that level; else None."""
        number = re.match(r"[\d.,]+\s+", sentence[start:])
        if len(asked) != 1 or unaccent(asked[0]) not in LEVELS_PLAIN or number is None:
            return None
        at = start + number.end()
        mention = next(iter(self.aliases.find(sentence[at : at + MAX_NAME])), None)
        if mention is None or mention.start != 0 or not unaccent(mention.name).endswith(f" {unaccent(asked[0])}"):
            return None
        return at + mention.end

    def _posts(self, text: str) -> set[str]:
        """The posts a text names ("pho chu tich", "doi truong"), unaccented, each whole."""
        return set(self.people_reader.title_re.findall(unaccent(text)))

    def _levels(self, text: str, places: bool = True) -> set[str]:
        """The tiers a text names: as such ("Quỹ Hội cấp huyện"), or by a level word outside the names of agencies
        ("ngân sách tỉnh", "mỗi huyện, thị xã", "04 huyện"; "Hội Chữ thập đỏ huyện" is a body, not the level a
        figure is of). With `places` False, not a place's level: a title's "… tỉnh Hưng Yên" says where its text is
        issued, not whose figures its clauses give."""
        text = nfc(text)
        lowered = list(text)
        for mention in self.aliases.find(text):
            lowered[mention.start : mention.end] = " " * (mention.end - mention.start)
        kept = "".join(lowered)  # (cased: a place's name after its level is capitalised)
        free = [(scoped or named).lower() for match in FREE_LEVEL_RE.finditer(kept)
                for scoped, named in [match.groups()] if scoped or places and kept[match.end()].isupper()]
        # (a level named as such, in an agency's name too: "Ban Chỉ đạo … cấp huyện gửi báo cáo …")
        return {TIER_OF.get(level, level) for level in [*LEVEL_RE.findall(text.lower()), *free]}

    def said_of(self, query: Query) -> Callable[[str, Clause], bool]:
        """Whether a value's sentence can answer for the year, the unit, the place and the state the question
        asks: a figure of 2024 does not answer "năm 2025", a total does not answer "mỗi hộ … bao nhiêu", a
        figure of the whole district or of several communes together does not answer for one commune, and
        a target ("phấn đấu …", under "Chỉ tiêu") does not answer what there is now ("hiện có bao nhiêu")."""
        # (a year the question compares with is no year the figure is of: "tăng bao nhiêu % so với cùng kỳ năm 2026?")
        compared = years_compared(query.read or query.text)
        asked = years_in(" ".join(query.content)) - compared
        units = each_asked(query.spelled or query.read or query.text, self.classifiers) \
            if query.ask.name in ("amount", "count") else None
        # "bao nhiêu một người", "mỗi nhân khẩu": per any noun for people ("/học viên", "/người")
        if units and (units[0] in PEOPLE_UNITS or _each_of_people(query.read or query.text, self.vocabulary.people)):
            units = (*units, *self._people_heads)
        elif units and len(units) == 1 and is_classifier(units[0], self.classifiers):
            # "Xây nhà … mỗi căn được hỗ trợ bao nhiêu?": a unit word with no noun after it counts a thing the question
            # names, which a text gives its rate per ("60 triệu đồng/nhà")
            units = (*units, *(w for w in plain_words(query.read or query.text).split()
                               if w not in DURATION_UNITS and w != units[0]))
        places, form = self.places_asked(query), fold if query.accented else unaccent
        now = _asks_now(query.read or query.text, self.vocabulary.current_state) \
            or bool(ACHIEVED_ASKED_RE.search(nfc(query.read or query.text).lower()))
        question = query.measured  # "Mục 3": a place, no number of the case asked
        # (a count or a sum of the target; "đạt bao nhiêu % chỉ tiêu" asks the share itself)
        target = query.ask.name in ("count", "amount") and (TARGET_ASKED_RE.search(plain_words(query.read or query.text)) is not None
                                                            or TARGET_SET_RE.search(nfc(query.read or query.text).lower()) is not None)
        total = query.ask.name in FIGURES and TOTAL_NAMED_RE.search(plain_words(query.read or query.text)) is not None
        rate = as_rate(question)
        plain = self._plain[query.accented]
        # a question typed without diacritics is tagged too poorly to tell its adjectives
        describing = _describing(question) if query.accented else frozenset()
        tagged_cases = query.accented and not query.english and query.ask.name not in ("person", "body")
        heads = self._adjective_heads(question, plain, query.ask.words, self.vocabulary.generic_words[True]) \
            if tagged_cases else []
        suffered = harms_asked(question) if tagged_cases else []
        posts = self._posts(question) if query.ask.name not in ("person", "body", "post") else set()
        shares = _shares(question) if query.ask.name != "percentage" else set()

        days = days_in(question)
        # "lớp tập huấn thứ hai": not the class a sentence says is the first (an item asked by its place among its division's
        # items is read by that place: "nhiệm vụ thứ nhất trong phần …")
        ranks = ranks_said(question) if query.ordinal is None else set()
        named_months = months_named(question)
        # (the months a day asked must fall in; of anything else asked, the months a roster's row must be of)
        months = named_months if query.ask.name in ("day", "time") and not days else set()
        rostered = named_months if query.ask.name not in ("day", "time") else set()
        # (of the question, a level as such or by scope: "huyện Đông Khê" names a place, which `places_asked` reads)
        levels = self._levels(question, places=False) if query.accented else set()
        periods = periods_named(question)
        figure = query.ask.name in FIGURES
        acts = self._acts_asked(query) if query.ask.name == "amount" else None

        def said_of(said: str, clause: Clause, part: str | None = None, value: str | None = None) -> bool:
            # (`part`: the sentence's part the value is in, when `said` is the whole sentence it belongs to; `value`: the
            # value read from it)
            # the years the sentence states, else those of its headings ("III. PHƯƠNG HƯỚNG NĂM 2025")
            # (a figure in brackets after a year is that year's, compared with or not: "so với năm 2023 (34.560 đơn vị")
            # (not the year of a comparison the value is not in: "đạt 56,3% kế hoạch năm (2.000 đơn vị), bằng 114,2% so
            # với cùng kỳ năm 2026 (986 đơn vị)" says 2.000 of no year)
            if compared and not compared & years_compared(said) and not compares_relatively(said):
                return False  # (compared with another year, or with none)
            own = _without_comparisons(said, value)
            # (a figure the bracket right after it dates: "lên 58.204 người (31/3/2027)" is of 2027)
            dated = value and value in said and (bracket := re.match(r"[^,;()]*?\s*(\([^()]*\))", said[said.find(value) :])) \
                and DATE_BRACKET_RE.fullmatch(bracket.group(1)) and asked & years_in(bracket.group(1))
            if not dated and (not (bracketed := BRACKETED_YEAR_RE.search(own)) or bracketed.group(1) not in asked):
                # (of a text whose headings name no year either, the years its title names: "Kế hoạch … năm 2027")
                headings = "\n".join(clause.headings)
                stated = own if years_stated(own) else headings if years_stated(headings) else \
                    " ".join(self._title_years.get(clause.document_id, ()))
                if _of_other_years(asked, stated):
                    return False
            if value and query.ask.name in ("day", "time") and AS_OF_RE.search(nfc(said[: said.find(value)]).lower()) \
                    and not AS_OF_ASKED_RE.search(nfc(question).lower()):
                return False  # "Hạn nộp hội phí … ngày nào?": not the day a report counts its figures to
            # (a rank the question reads apart, which the sentence states, or gives as a label's number: "Đợt 2" of "đợt
            # … thứ hai", not "đợt 1")
            if ranks and not ranks & (ranks_said(said) | _label_numbers(said)):
                return False  # "Lớp thứ nhất tổ chức trong tháng 4/2027" says nothing of the second
            if _of_other_days(days, said, "\n".join(clause.headings)):
                # "ngày 15/11 ai trực?": a roster line of 12/11 is another day's (not an event held on its day under the
                # occasion its heading names: "Họp mặt … ngày 19/11" under "kỷ niệm … (23/11/1946 - 23/11/2027)")
                return False
            if months and (stated := days_in(said)) and not months & {month for _, month in stated}:
                return False  # "Lớp … tháng 9/2024 học vào ngày nào?": a class of 12/8/2024 is another month's
            if rostered and (covered := row_months(said)) is not None and not covered & rostered:
                return False  # "Tháng 9/2027 ai là lãnh đạo trực?": a roster's row "16/10 - 31/10 | …" is another month's
            heading_levels = self._levels("\n".join(clause.headings), places=False) if levels else set()
            if levels and (stated := self._levels(said) or heading_levels) and not levels & (stated | heading_levels):
                # "cấp huyện": a sum of the event "cấp tỉnh" is another level's; under the heading "1. Cấp
                # thành phố", "02 lớp … cho 150 cán bộ … cấp huyện" is the city level's; a sentence that states
                # no level is of its heading's ("b) Lễ phát động cấp tỉnh" over "Thời gian: 08 giờ 00 ngày 08/5")
                return False
            # (of a figure compared with the same period of another year, "cao hơn cùng kỳ năm 2026 (142 hội viên)", the
            # period its text reports on, not the year's plan the sentence gives beside it)
            reported = periods_named("\n".join(clause.headings)) or self._title_periods.get(clause.document_id, set())
            # (nor the year of the plan a figure is a share of: "tiếp nhận 27.860 đơn vị, đạt 53,6% kế hoạch năm")
            # (of a sentence giving two figures, the period said in the value's own part: "Tiếp nhận tối thiểu 8.600 đơn vị
            # máu, phấn đấu cả năm 2027 đạt 18.300 …" under "6 tháng cuối năm" gives the half year's first)
            stated = reported if reported and (_of_same_period(said, value) or _before_plan_share(said, value)) else \
                periods_named(_own_part(said, value)) or periods_named("\n".join(clause.headings)) or periods_named(said)
            if periods and stated and not periods & stated:
                return False  # "9 tháng đầu năm", "cả năm": a figure of "6 tháng đầu năm" is another period's
            if periods - {WHOLE_YEAR} and not stated and not self._title_periods.get(clause.document_id) \
                    and not _period_written(periods, "\n".join([*clause.headings, said])):
                # "báo cáo 6 tháng đầu năm … trước ngày nào?": no period is said (not even "sau 6 tháng triển khai"), not
                # the half year asked
                return False
            context = "\n".join([*clause.headings, *clause.referenced, said])
            if target and (SHARE_OF_TARGET_RE.search(plain_words(said)) and not _target_bracketed(said, value)
                           or _of_same_period(said, value)
                           # (or a figure a part of results states, "I. KẾT QUẢ THỰC HIỆN": "tổng số hội viên là
                           # 186.420 người" is no target, unless the sentence or its table's header names one: "đạt …
                           # (kế hoạch 4.000)", "| Kế hoạch | Thực hiện |", "| Máu KH |")
                           or RESULTS_RE.search(plain_words("\n".join(clause.headings[:1])))
                           and not TARGET_WORDS_RE.search(plain_words("\n".join([said, self._spelled_out(table_header(clause) or "")])))):
                # "chỉ tiêu … là bao nhiêu": "tiếp nhận 1.642 đơn vị, đạt 117% chỉ tiêu" is what was done (and so is the
                # same period of another year it is compared with: "… so với cùng kỳ năm 2026 (986 đơn vị)")
                return False
            aims = plain_words("\n".join([context, self._spelled_out(table_header(clause) or "")])) if target else ""
            if target and not self.planned(clause.document_id) \
                    and not (has_phrase(aims, self.vocabulary.aims) or TARGET_WORDS_RE.search(aims)):
                return False  # "chỉ tiêu … là bao nhiêu" of a letter: a figure it sets as no aim ("còn 86 đơn vị") is none
            if figure and value and value in said and _part_named_after(query.key_words, said, said.find(value) + len(value)):
                return False  # "xe … giá bao nhiêu": not the whole "6,4 tỷ đồng, trong đó có kinh phí mua sắm 01 xe …"
            if total and value and value in said and PART_OF_TOTAL_RE.match(plain_words(said[said.find(value) + len(value) :])):
                return False  # "tổng dự toán là bao nhiêu": not a part of it ("60.000.000 đồng, chiếm 73,7% tổng dự toán")
            if not target and value and value in said and _aim_compared(said, said.find(value)):
                return False  # "có bao nhiêu tình nguyện viên": not the target "vượt chỉ tiêu 9.500 tình nguyện viên"
            # (a part that says what was reached is no aim for the target an earlier part sets: "chỉ tiêu … là 62.000
            # đơn vị máu; đến ngày 31/8/2025 đã tiếp nhận 41.350 đơn vị")
            reached = part is not None and REACHED_RE.search(part.lower()) is not None
            # (up to the value: "đạt 77,6%, thấp hơn chỉ tiêu 85% đề ra" compares what was reached with the aim after it)
            upto = part[: part.find(value) + len(value.split()[0].rstrip(",;"))] \
                if reached and value and value in part else part
            aimed = "\n".join([*clause.headings, *clause.referenced, upto]) if reached else context
            # (a table's cell under a column of what was done is done, whatever its section aimed at: "| Kinh phí đã chi |")
            column = column_and_label(said, clause, value) if value else None
            done = column is not None and DONE_HEAD_RE.search(plain_words(column[0])) is not None
            if now and not done and (has_phrase(plain_words(aimed), self.vocabulary.aims)
                        or self.planned(clause.document_id)
                        and (not REACHED_RE.search(said.lower()) or BY_YEAR_RE.search(said.lower()))
                        and has_phrase(plain_words(said), self.vocabulary.current_state) is None):
                return False  # "đã trao được bao nhiêu suất quà": a plan's "trao 3.500 suất quà" is still to be done
            # (of the sentence's own words: "Tết Đinh Mùi" is not contrasted by another year's bracket, "(Tết Bính Ngọ …)")
            if not query.english and contrasts(rate, "\n".join([*clause.referenced, own]), plain, query.ask.words, describing,
                                               self.vocabulary.synonyms_of[query.accented],
                                               exact=query.ask.name in ("percentage", "count")):
                return False
            if (budgets := _budget_levels(question)) and (budgets_said := _budget_levels(own)) and not budgets & budgets_said:
                return False  # "ngân sách trung ương hỗ trợ bao nhiêu": not the share "Ngân sách tỉnh hỗ trợ"
            if not query.english and other_event(question, own, plain):
                return False  # "Lễ tôn vinh … ngày nào?": not the day of the "Lễ phát động" the sentence names
            # (the other end of the event asked, said by the sentence, its headings or its text's title)
            if not query.english and other_end(question, "\n".join([self._document_titles.get(clause.document_id, ""),
                                                                      *clause.headings, own, *self._full_forms(own)]),
                                               self.vocabulary.synonyms_of[query.accented],
                                               self.vocabulary.opposites_of[query.accented]):
                return False
            if heads or suffered:
                written = spelled(context, True)
                # (a sum or a count of a damage, of the sentence's part it is in: "… 70 căn nhà bị sập, dự kiến 60.000.000
                # đồng/căn; hỗ trợ sửa chữa khoảng 1.500 căn nhà tốc mái" gives no sum for the roofs)
                damaged = spelled("\n".join([*clause.headings, *clause.referenced, part or said]), True) if figure else written
                title = self._titles.get(clause.document_id, set())  # "Kế hoạch huấn luyện sơ cấp cứu": every clause's
                synonyms = self.vocabulary.synonyms_of[True]  # (both are read of a question with diacritics)

                def says(word: str, text: str = written) -> bool:  # the word, or one of its synonyms ("vùng": "khu vực")
                    return any(pattern(written_as(w)).search(text) for w in (word, *synonyms.get(word, ())))

                if not all(any(h in title or says(h) for h in alike) for alike in heads):
                    return False  # "người bị thương nhẹ": a sum for "người chết" is said of another case
                if not all(set(w.split("_")) <= title or says(w, damaged) for w in suffered):
                    return False  # "nhà bị ngập": a sum for "nhà bị sập" is another case (a text on "sạt lở" says it of all)
            if acts is not None and ((held := self._acts_held(context)) or acts in self._stated_acts) and acts not in held:
                return False  # "được hỗ trợ bao nhiêu": a sum of damage is no support; "mức phạt": a sum of no fine
            # (or the column heads of its table: "| … | 10 |" under "Số người trực/ngày")
            # (or the lead-in its list is under: "- Tổng số 620 phần quà, mỗi phần trị giá 650.000 đồng, gồm:" over "+ Tiền
            # mặt: 300.000 đồng")
            if units is not None and not per_unit(said, units, "\n".join([*clause.headings, clause.text])) \
                    and not _for_each(clause.headings, units) \
                    and not any(LEAD_IN_END_RE.search(lead) and per_unit(lead, units) for lead in _leads_in(clause)) \
                    and not per_unit(table_header(clause) or "", units) \
                    and not (value and (column := column_and_label(said, clause, value))
                             and _rate_column(column[0], clause) and _priced_per(said, clause, units)):
                # (under "Đơn giá", one of the row's unit's: "| buổi | 12 | 500.000 |" of "mỗi buổi"; or under any column of
                # sums of a table that counts no quantity: "| Quà Tết … | Suất | 500.000 |" under "Mức hỗ trợ tối đa (đồng)")
                return False
            if shares and (bands := _share_bands(said)) and not all(any(low <= q <= high for low, high in bands) for q in shares):
                # "đạt 80% số hội viên thì được mấy điểm?": "đạt từ 5% …: 05 điểm" is another case ("thiệt hại
                # 60%" is the case "thiệt hại từ 50% trở lên")
                return False
            if posts and (held := self._posts(said)) and not posts & (held | self._posts("\n".join(clause.headings))) \
                    and any(set(p.split()) & set(h.split()) - POST_QUALIFIERS for p in posts for h in held):
                # "Đội phó … được hỗ trợ bao nhiêu": the sum of the "Đội trưởng" is another post's (not under the post
                # asked: "trình Trưởng ban phê duyệt trước ngày 31/12" of the Phó Trưởng ban Thường trực's duties)
                return False
            if query.ask.name == "person" and value and places:
                # (a person of a list, by the place their own item names: "ông Lê Văn Cường, Chủ tịch Hội … xã Vinh
                # Thanh; …; anh Trần Quốc Việt, …, thị trấn Phú Đa" names no chairman of Phú Đa)
                # (of a place the sentence names: not one the text is of, which its items need not repeat)
                item = next((i for i in said.split(";") if value in i), said)
                own_places = {form(p) for group in places_named(item) for p in group}
                named_places = {form(p) for group in places_named(said) for p in group}
                if own_places and named_places & set(places) and not own_places & set(places):
                    return False
            # (a rate, "100.000 đồng/người/lần" at the points of four districts, is each one's)
            alone = figure and not PER_UNIT_RE.search(unaccent(said).lower())
            return all(self._said_of_place(place, said, clause, alone, form, places, value) for place in places)

        return said_of

    def units_held(self, query: Query) -> Callable[[str], set[str]]:
        """Of a sentence, the question's word for the unit a sum or a count is asked per ("bao nhiêu một người":
        "người") when it states its value per that unit, or per any noun for people when people are asked ("/học
        viên"); its word for money ("tiền ăn uống … bao nhiêu", "chi phí thuê …"), which a sum in đồng states; and its word for people
        counted ("bao nhiêu người"), which a count in any noun for them states ("12 đại biểu"); its word for a share ("tỷ
        lệ … bao nhiêu phần trăm"), which a percentage states ("85% cơ sở Hội")."""
        money = {w for w in query.content if unaccent(w) in MONEY_WORDS} if query.ask.name == "amount" else set()
        # (the words of a share are its value's own: "tỷ lệ", "tỉ lệ", "phần trăm")
        share = {w for w in query.content if set(unaccent(w).split("_")) <= SHARE_SYLLABLES} \
            if query.ask.name == "percentage" else set()
        units = each_asked(query.spelled or query.read or query.text, self.classifiers) \
            if query.ask.name in ("amount", "count") else None
        stated = (*units, *self._people_heads) if units and units[0] in PEOPLE_UNITS else units
        per = {w for w in query.content if unaccent(w) == units[0]} if units else set()
        # ("bao nhiêu người": people counted in any noun for them, "12 đại biểu")
        counted = counted_noun(query.read or query.text, query.ask.phrase) if query.ask.name == "count" else []
        people = {w for w in query.content if unaccent(w) in PEOPLE_UNITS} if counted[:1] and counted[0] in PEOPLE_UNITS else set()

        def held(said: str) -> set[str]:
            return (money if money and find_values("amount", said) else set()) \
                | (share if share and find_values("percentage", said) else set()) \
                | (per if stated and per_unit(said, stated) else set()) \
                | (people if people and any(quantifies(said[s:e], counted[:1], self.counted_people, said[e:])
                                            for s, e in find_values("count", said)) else set())

        return held

    def item_of_other(self, query: Query, part: str, headings: str = "") -> bool:
        """Whether an item of a sentence states years, none of them the ones asked ("năm 2026 đạt 1,6%" of "năm 2026
        đạt 1,6%; đến năm 2030 đạt 2,0%", asked "đến 2030"), or levels, none of them the one asked ("mỗi huyện … có
        01 câu lạc bộ … 50 thành viên" of "100% xã … ; mỗi huyện …", asked "cấp xã"), or days or labels, none of
        them those asked ("Đợt 1 ngày 28/02/2027 tại …", asked "Đợt 2 ngày 18/4/2027"): what the sentence says before
        it is not its year, nor its level, nor its day (unless the `headings` name the day asked: the occasion the items
        are of)."""
        if _of_other_years(years_in(" ".join(query.content)), part):
            return True
        # ("Đợt 1 ngày 28/02/2027 tại …; Đợt 2 ngày 18/4/2027;": the first item says nothing of the second's day or label)
        if _of_other_days(days_in(query.measured), part, headings):
            return True
        said = labelled(part)
        kinds = {key.split("_")[0] for key in said}
        if any(key.split("_")[0] in kinds and key not in said for key in labelled(query.measured)):
            return True
        levels = self._levels(query.measured, places=False) if query.accented else set()
        return bool(levels and (stated := self._levels(part)) and not levels & stated)

    def _acts_asked(self, query: Query) -> int | None:
        """Which group of `sum_acts` names the act a sum is asked of: the act the question phrase holds ("hỗ
        trợ bao nhiêu") or the one of the two words right before it ("được thưởng bao nhiêu tiền"). A question
        typed without diacritics is read without them."""
        question = query.read or query.text
        plain, phrase = plain_words(question).split(), unaccent(query.ask.phrase or "").split()
        at = next((k for k in range(len(plain) - len(phrase) + 1) if phrase and plain[k : k + len(phrase)] == phrase), None)
        if at is None:
            return None
        folded = _folded_words(question).split()
        words = folded if query.accented and len(folded) == len(plain) else plain
        region = " ".join(words[max(0, at - 2) : at + len(phrase)])
        acts = self._acts[words is folded]
        return next((k for k, group in enumerate(acts) if has_phrase(region, group)), None)

    def _acts_held(self, said: str) -> list[int]:
        """The groups of `sum_acts` whose act the sentence says (the texts are read with their diacritics: "tăng
        8%" names no gift; by their words: "khẩn cấp" grants nothing)."""
        words = " ".join(folded_word(w) for w, _ in word_tags(said))
        return [i for i, group in enumerate(self._acts[True]) if any(pattern(_act_written(act)).search(words) for act in group)]

    @staticmethod
    def _adjective_heads(question: str, plain: frozenset[str], asking: frozenset[str],
                         generic: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
        """The words the question's adjectives describe, right before them ("bị_thương" of "bị thương nhẹ"),
        folded: a value said of something else answers another case. An adjective of a name ("Tết Nhân
        ái"), right before the question phrase ("tối đa bao nhiêu") or before a verb ("tạm cấp") describes
        no case, nor one of a generic noun, which the adjective names ("trời nắng nóng": "nắng nóng"). Of a verb
        with its result after it ("cháy rụi hoàn toàn"), either verb says the case."""
        tags = [(w, folded_word(w), tag) for w, tag in word_tags(question) if tag != "F"]
        heads = []
        for k, (written, word, tag) in enumerate(tags):
            # (of three syllables, a word tagged adjective is a noun the tagger misread: "sơ_cấp_cứu")
            if tag != "A" or not written.islower() or word in plain or k == 0 or k + 1 >= len(tags) or word.count("_") > 1 \
                    or unaccent(tags[k + 1][1]).split("_")[0] in asking or tags[k + 1][2] in ("V", "M"):
                continue  # before a verb it says how ("tạm cấp"), not which case; before a number it names a text ("nghị quyết 08")
            _, head, head_tag = tags[k - 1]
            # (a verb's adjective before its object says how it is done: "nộp đủ hồ sơ", "làm tốt công tác")
            # (of a total, what it sums: "tổng chỉ tiêu phân bổ" of a "Tổng cộng" row under "Chỉ tiêu")
            if head_tag in ("N", "V") and head not in plain and head not in generic \
                    and not (head_tag == "V" and tags[k + 1][2] == "N"):
                result_of = k > 1 and head_tag == "V" and tags[k - 2][2] == "V" and tags[k - 2][1] not in plain
                heads.append((summed(head), summed(tags[k - 2][1])) if result_of else (summed(head),))
        return heads

    def stated(self, query: Query) -> str:
        """The question without the numbers it names texts and storms by: what is left states values of its own."""
        return without_storms(without_references(query.read or query.text, self.vocabulary))

    def planned(self, document_id: str) -> bool:
        """The document is of a kind that sets out what is to be done (`planning_types`)."""
        return document_id in self._planned

    def places_asked(self, query: Query) -> list[str]:
        """The places the question names one by one ("huyện Tháp Mười"), folded; of a question typed without
        diacritics, the names after a kind of place that begin a name the texts write ("huyen trieu phong";
        not "huyen tham muu"), as typed."""
        if not query.accented:  # (as one with diacritics, whether or not the name also picks the texts asked)
            typed = (f"{a} {b}" for a, b in PLACE_TYPED_PLAIN_RE.findall(unaccent(query.read or query.text).lower()))
            return sorted(p for p in set(typed) if p in self._name_starts)
        return [p for group in places_named(query.read or query.text) for p in group if p != "*"]

    def of_whole_place(self, query: Query) -> Callable[[str], bool]:
        """Of a question that asks a figure of a place it names ("chỉ tiêu … của huyện Hải Lăng"), whether a
        sentence says its figure of the whole of a place of that kind ("Toàn huyện phấn đấu tiếp nhận …", "cả
        tỉnh"): the place's own figure, not one of its parts' (an event's, a commune's)."""
        question = nfc(query.read or query.text)
        if query.accented:  # the kind word before a capitalised name ("huyện Hải Lăng")
            kinds = {unaccent(m.group(1).lower()) for m in re.finditer(rf"(?<!\w)({'|'.join(PLACE_KINDS)})\s+(\w)", question, re.I)
                     if m.group(2).isupper()}
        else:
            plain = unaccent(question).lower()
            kinds = {plain[m.start() : m.start(1)].strip() for m in PLACE_TYPED_PLAIN_RE.finditer(plain)}
        whole = re.compile(rf"\b(?:toan|ca)\s+(?:{'|'.join(sorted(kinds))})\b") if kinds else None
        return lambda sentence: whole is not None and whole.search(plain_words(sentence)) is not None

    def _said_of_place(self, place: str, said: str, clause: Clause, alone: bool, form: Callable[[str], str],
                       asked: list[str], value: str | None = None) -> bool:
        """The document is the place's own (its title, issuer or place name it), or the sentence or its
        headings name the place: on its own, not in a group named together, when `alone` (a figure of
        several districts together is none of one; a day or a body said of them is each one's). Names are
        compared in `form`, the question's (folded, or without diacritics: then by the words typed, "bach long" of
        "Bạch Long Vĩ"). A group the question names whole (`asked`) is said of as one."""
        def named(name: str, of: str = place) -> bool:
            return name == of if form is fold else _begins(name, of)

        # (typed bare, by the whole name: "long ho" is not "Vĩnh Long" beside "Hồ Chí Minh")
        if all(s in {form(w) for w in self._titles[clause.document_id]} for s in place.split()) if form is fold \
                else any(map(named, self._document_places.get(clause.document_id, ()))):
            return True

        if any(named(form(fold(cell.strip()))) for cell in table_cells(said) or ()):
            return True  # "1 | Lệ Thủy | 3.215 | 650": a row of a table by district names its place in a cell of its own
        if any(named(form(groups[0][0])) for cell in table_cells(said) or () if (groups := places_named(cell))):
            return True  # "| 2 | Hội Chữ thập đỏ xã Tân Lập, huyện Tân Biên | …": a row of a body of the place (in its own)
        if self._listed_bare(place, said, form, value):
            return True
        kinds = "|".join(re.escape(form(fold(kind))) for kind in PLACE_KINDS)
        if value and re.search(rf"(?:^|[(;,]\s*)(?:{kinds})\s+{re.escape(place)}\s+{re.escape(form(fold(value)))}(?=\s*[,;)])",
                               form(fold(said))):
            # "(huyện Hướng Hóa 14, huyện Đakrông 8, …)": the figure right after the place named with its kind, an item
            # of a breakdown (not "Các huyện miền núi và huyện Lý Sơn: 2.000 đơn vị", the figure of them all)
            return True
        if alone and value and _shared_figure(place, said, value, form):
            return False
        # (each line's own: "các phường, xã" of a heading is no group with the place its item names)
        groups = [[form(p) for p in group] for line in [*clause.headings, said] for group in places_named(line)]
        # (a group the question names whole, "thành phố Quảng Ngãi và thị xã Đức Phổ", is said of as one)
        return any(len(group) == 1 and named(group[0]) or not alone and any(map(named, group))
                   or any(map(named, group)) and all(any(named(g, of) for of in asked) for g in group) for group in groups)

    @staticmethod
    def _listed_bare(place: str, said: str, form: Callable[[str], str], value: str | None) -> bool:
        """A list its lead-in says is of places names each by its name alone ("Số bồn phân bổ cho từng xã như sau: Long
        Thới 25 bồn; …" of "xã Long Thới"): the place, bare, in the item the value is of."""
        head, colon, items = form(fold(said)).partition(":")
        if not value or not colon or not any(re.search(rf"(?<!\w){re.escape(form(fold(kind)))}(?!\w)", head)
                                             for kind in PLACE_KINDS):
            return False
        item = next((i for i in items.split(";") if form(fold(value)) in i), "")
        return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", item) is not None

    def defined_at(self, query: Query, sentence: str) -> int | None:
        """Where, in a sentence that defines what a "… là gì / là cơ quan nào" question asks about ("Cơ quan
        thường trực của Ban Chỉ đạo là Hội Chữ thập đỏ tỉnh"), its definition starts (after "là"): every
        content syllable of the sentence's subject is one of the question's own, and there are two or more."""
        question = plain_words(query.read or query.text)
        said = COPULA_RE.search(sentence)
        if said is None or " la " not in f" {question} ":
            return None
        stop = self._stopwords
        asked = set(question.split(" la ")[0].split()) - stop
        subject = set(plain_words(sentence[: said.start()]).split()) - stop
        return said.end() if len(subject) >= 2 and subject <= asked else None

    def _heading_lead(self, clause: Clause, query: Query) -> str | None:
        """The agencies that lead a clause from its heading ("4. Đài Phát thanh và Truyền hình tỉnh, Báo
        Thái Bình"), as the heading writes them, or the person it is headed by."""
        leads = clause.leads - set(query.actors)
        for heading in reversed(clause.headings):
            if holder := self.people_reader.heading_holder(heading):
                return holder[0]  # "4. Đồng chí A Khiêm - …": the duties under a person's name are theirs
            named = [m for m in self.aliases.find(heading) if m.name in leads]
            if named:
                return heading[named[0].start : named[-1].end]
        return None

    def value_in(self, query: Query, sentence: str, clause: Clause | None = None) -> str | None:
        """The value of the asked type the sentence states, as written, or None."""
        name = query.ask.name
        if name == "person":
            if clause is not None and (cell := self._person_column_cell(query, sentence, clause)):
                return cell
            found = self.people_reader.named(query.read or query.text, sentence, query.english,
                                             clause.headings[-1] if clause is not None and clause.headings else "")
            if found is None and clause is not None and clause.headings:
                # "c) Là người phát ngôn của Hội" under "1. Đồng chí Hoàng Minh Khuê - Chủ tịch": a duty listed
                # under a person's name is that person's (whatever post the question names of another: "Chủ tịch
                # vắng mặt thì ai điều hành …" of "Thay mặt Chủ tịch điều hành …" under the Phó Chủ tịch's name)
                # (not when the question asks who holds a post the heading's person does not: "Trưởng Ban … là ai?")
                # (or one the duty itself says they hold, opening a part of it: "…; Trưởng Ban chỉ huy Đội …", "là Phó
                # Trưởng ban …"; not "trình Trưởng ban phê duyệt")
                holder = self.people_reader.heading_holder(clause.headings[-1])
                plain = f" {plain_words(query.read or query.text)} "
                asked = self.people_reader.title_re.search(plain) if any(n in plain for n in self.people_reader.names_asked) else None
                if holder and (not asked or asked.group(0) in self.people_reader.title_re.findall(unaccent(holder[1]).lower())
                               or re.search(rf"(?:^|;\s*|\bla\s+){re.escape(asked.group(0).strip())}\b",
                                            unaccent(sentence).lower())):
                    found = holder[0]
                else:
                    found = self.people_reader.named(query.read or query.text, clause.headings[-1], query.english)
            return found
        if name in CONTACT_ASKS and not self._holds_post_asked(query, sentence):
            return None  # "số điện thoại của Chủ tịch Hội": not the line of its Phó Chủ tịch
        if name in CONTACT_ASKS and (named := self.people_reader.names_in(query.read or query.text)) \
                and not self.people_reader.met(named, self.people_reader.names_in(
                    "\n".join([*clause.headings, clause.text]) if clause else sentence)):
            return None  # "Số điện thoại của Đại tá Trần Quốc Hiệu": a line that names no one asked is none of his
        if name == "post":
            post = self.people_reader.post_of(query.read or query.text, sentence)
            if post is None and clause is not None:
                post = self._post_cell(query, sentence, clause)
            if post is None and clause is not None and clause.headings \
                    and (holder := self.people_reader.heading_holder(clause.headings[-1])) \
                    and unaccent(holder[0]) in self.people_reader.names_in(query.read or query.text):
                post = holder[1] or None  # "6. Đồng chí Trần Quang Minh - …, Phó Giám đốc Sở Y tế" over his duties
            return post
        if name == "body":
            if level := _level_of_named(query.read or query.text, sentence):
                return level  # "ngân sách cấp nào bảo đảm?": "Ngân sách cấp huyện bảo đảm …"
            if clause is not None and (cell := self._role_cell(query, sentence, clause)):
                return cell
            if person := self._person_doing(query, sentence) or self._person_cell(sentence):
                return person
            if doer := self._doer_of(query, sentence):
                return doer
            # (a body named as the place where, "điểm cấp phát tại trụ sở UBND xã", does nothing there)
            mentions = [m for m in self.aliases.find(sentence) if not VENUE_BEFORE_RE.search(unaccent(sentence[: m.start]).lower())]
            others = [m for m in mentions if m.name not in query.actors]
            if (label := LABEL_RE.match(sentence)) and not any(m.start >= label.end() for m in mentions) \
                    and (unknown := self.aliases.unknown_body(sentence[label.end() :])):
                # "Đơn vị tiếp nhận máu: Bệnh viện Hữu nghị Đa khoa tỉnh": the body is what the label line gives
                return sentence[label.end() + unknown[0] : label.end() + unknown[1]]
            if not mentions and (unknown := self.aliases.unknown_body(sentence)) \
                    and not VENUE_BEFORE_RE.search(unaccent(sentence[: unknown[0]]).lower()):
                return sentence[unknown[0] : unknown[1]]  # "xác nhận của Trung tâm Huyết học - Truyền máu tỉnh": a body no alias names
            cues = [m.span() for m in COOPERATES_RE.finditer(unaccent(sentence).lower())]
            asked = [m for m in mentions if m.name in query.actors]
            partner_asked = bool(COOPERATES_RE.search(plain_words(query.read or query.text)))
            if clause is not None and not partner_asked and not (mentions and mentions[0].start <= 2) \
                    and not CLASS_SUBJECT_RE.match(unaccent(sentence).lower()):
                # "Chủ trì, phối hợp với … rà soát …" under "2. Sở Lao động - …": the sentence has no
                # subject of its own, the heading's agency leads it
                if lead := self._heading_lead(clause, query):
                    return lead
            if cues and asked and partner_asked:
                # "phối hợp với cơ quan nào?": the partner on the other side of "phối hợp với" from the
                # agency asked about (after it when the agency leads, before it when it is the partner)
                asked_after = asked[0].start >= cues[0][1]
                others = [m for m in others if (m.end <= cues[0][0]) == asked_after]
            if not others:
                return None
            # (with the name of its place after the alias: "Hội Chữ thập đỏ huyện Lý Nhân")
            named = NAME_GOES_ON_RE.match(sentence, others[0].end)
            return sentence[others[0].start : named.end() if named else others[0].end]
        spans = find_values(name, sentence)
        if name == "effective" and EXPIRY_ASKED_RE.search(plain_words(query.read or query.text)):
            # (the end of a force the sentence gives: "có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2030")
            until = [(s, e) for s, e in spans if UNTIL_BEFORE_RE.search(unaccent(sentence[:s]).lower())]
            if not until and not ENDS_OWN_FORCE_RE.search(plain_words(sentence)):
                return None  # "… hết hiệu lực khi nào?", "… đến năm nào thì hết?" ask when it ends, not when it starts
            spans = until or spans
        if name == "effective" and not spans and not (query.scope or query.named_ids or query.keys):
            # "Lệnh cấm biển có hiệu lực từ khi nào?" of a measure, not a text: the moment the sentence starts it
            # ("Thực hiện lệnh cấm biển … kể từ 12 giờ ngày 17/9/2026 cho đến khi có thông báo mới")
            spans = find_values("start", sentence)
        if name == "effective":
            spans = spans[:1]  # "kể từ ngày 01/4/2024 và thay thế Quy định … ngày 12/6/2019": not the replaced text's date
        if name == "amount" and not spans and not _money_asked(query):
            # "trích không quá 2% tổng giá trị": a sum set as a share of another sum; "mức hỗ trợ gạo": a measure of it
            # ("hỗ trợ gạo với mức 15 kg/người/tháng")
            spans = [(s, e) for s, e in find_values("percentage", sentence)
                     if SHARE_OF_RE.match(unaccent(sentence[e:]).lower().lstrip())] \
                or [(s, e + len(PER_WHAT_RE.match(sentence, e).group(0))) for s, e in find_values("count", sentence)
                    if _words_after_number(sentence[s:e])[:1] and _words_after_number(sentence[s:e])[0] in MEASURES]
        if name in FIGURES:  # "giải Khuyến khích … bao nhiêu tiền": not the sum of the "giải Ba" named right before it
            spans = [(s, e) for s, e in spans if not _labelled_otherwise(query.read or query.text, sentence[:s])]
            # "bao nhiêu cán bộ Hội cấp xã": not "164 cán bộ Hội cấp huyện, cấp xã", the figure of both levels together
            spans = [(s, e) for s, e in spans if not _levels_together(query.read or query.text, sentence[e:])]
            # "trị giá 384.000.000 đồng, … (Tết Bính Ngọ năm 2026 trao 575 suất, trị giá 331.000.000 đồng)": the figures
            # of a bracket that gives another year's are that year's (unless the question asks that year)
            years = years_in(query.read or query.text)
            brackets = [m.span() for m in YEAR_BRACKET_RE.finditer(sentence) if not years & years_in(m.group(0))]
            # (and a figure the bracket right after it dates: "tăng từ 47.102 người (tháng 3/2022) lên 58.204 người
            # (31/3/2027)")
            dated = {a for a, b in brackets if DATE_BRACKET_RE.fullmatch(sentence[a:b])}
            spans = [(s, e) for s, e in spans if not any(a <= s < b for a, b in brackets)
                     and e + len(sentence[e:]) - len(sentence[e:].lstrip()) not in dated] or spans
        if name in ("amount", "count") and TARGET_ASKED_RE.search(plain_words(query.read or query.text)):
            # "kế hoạch … là bao nhiêu": of several figures, the one in brackets after the target ("đạt 56,3% kế hoạch
            # năm (2.000 đơn vị)")
            spans = [(s, e) for s, e in spans if TARGET_BRACKET_RE.search(unaccent(sentence[:s]).lower())] or spans
        if name in ("amount", "count") and TOTAL_NAMED_RE.search(plain_words(query.read or query.text)) \
                and not each_asked(query.spelled or query.read or query.text, self.classifiers):
            # (a total for each one the question asks is set for each: "Mỗi em học tổng cộng mấy buổi?")
            spans = [(s, e) for s, e in spans if not _no_total(sentence, s, e)]
        if name == "time" and TIMES_ASKED_RE.search(plain_words(query.ask.phrase or "")):
            spans = find_values("frequency", sentence)  # "mấy lần một năm": how often, not "thường xuyên" or a year
            # (a number of times where the sentence gives one: "họp định kỳ 03 lần trong năm", not "định kỳ")
            spans = [(s, e) for s, e in spans if COUNTED_TIMES_RE.match(unaccent(sentence[s:e]).lower())] or spans
        if name == "time":  # "chậm nhất ngày 30/9/2027": the word that opens a day is one time with it
            spans = _opened_days(sentence, spans)
        if name == "time" and not spans and plain_words(query.ask.phrase or "") == "khi nao":
            # "Khi nào các bệnh viện phải điều phối máu?": when a case arises ("… khi lượng dự trữ xuống dưới mức …")
            spans = [m.span(1) for m in CONDITION_RE.finditer(unaccent(sentence).lower())][:1]
        if name == "time" and CLOCK_ASKED_RE.search(plain_words(query.read or query.text)):
            spans = [(s, e) for s, e in spans if CLOCK_RE.search(unaccent(sentence[s:e]).lower())]  # "lúc mấy giờ": an hour
        if name in ("time", "day") and (edge := edge_asked(query)) and not EDGES_STATED[edge].search(unaccent(sentence).lower()):
            # "kết thúc lúc mấy giờ": a sentence that states no end ("có mặt lúc 07 giờ 45") says when it starts;
            # "bắt đầu lúc mấy giờ": a deadline ("báo về … trước 17 giờ 00 ngày 17/12") starts nothing
            return None
        if name == "day" and (grain := grain_asked(query.ask.phrase)) is not None:
            spans = [(s, e) for s, e in spans if grain_of(sentence[s:e]) <= grain]
        if name in ("time", "day") and HELD_ASKED_RE.search(plain_words(query.read or query.text)) \
                and not DEADLINE_ASKED_RE.search(plain_words(query.read or query.text)):
            # "Lễ tôn vinh … tổ chức ngày nào?": not the deadline for sending papers for it ("Hồ sơ … gửi về … trước ngày
            # 15/10/2026 để xét tôn vinh tại Lễ tôn vinh …")
            spans = [(s, e) for s, e in spans if not SENT_BY_RE.search(unaccent(sentence[:s]).lower())]
        if name in ("time", "day") and DEADLINE_ASKED_RE.search(plain_words(query.read or query.text)) \
                and not HELD_ASKED_RE.search(plain_words(query.read or query.text)) \
                and not DEADLINE_SAID_RE.search(unaccent(sentence).lower()):
            # "Ban Chỉ đạo cấp xã phải kiện toàn xong trước ngày nào?": not the day an event is held ("… tổ chức Lễ phát
            # động … ngày 07/4/2027"), in a sentence that sets no deadline
            spans = [(s, e) for s, e in spans if not EVENT_BEFORE_RE.search(unaccent(sentence[:s]).lower())]
        if name in ("time", "day") and DONE_ASKED_RE.search(plain_words(query.read or query.text)) \
                and not DEADLINE_ASKED_RE.search(plain_words(query.read or query.text)):
            # "Quy chế … đã được ký vào ngày nào?": when it was done, not the deadline to do it ("ký kết trước ngày 31/5")
            spans = [(s, e) for s, e in spans if not DEADLINE_BEFORE_RE.search(unaccent(sentence[:s]).lower())]
        if name in FIGURES | {"duration"} and (bound := _bound_asked(query.read or query.text)):
            spans = [(s, e) for s, e in spans if not _bounded_otherwise(sentence, s, e, bound)]  # "tối đa" / "tối thiểu 30"
        if name == "duration" and (unit := unit_asked(query.ask.phrase)):
            spans = [(s, e) for s, e in spans if unit in unaccent(sentence[s:e]).split()]  # "bao nhiêu ngày": not "06 tháng"
        if name == "count" and (label := _label_asked(query.read or query.text)):
            # "học sinh từ lớp mấy": the number a thing is labelled by ("lớp 10"), not how many there are ("01 lớp")
            # (or in Roman numerals: "khóa mấy" / "Khóa XVII", as a term or a session is numbered)
            found = re.search(rf"\b{label.group(1)}\s+(?:thu\s+)?(?:\d+|[ivxlc]+)\b", unaccent(sentence).lower())
            return sentence[found.start() : found.end()] if found else None
        if name == "count" and clause is not None and table_header(clause) is not None:
            # "6\tCải tạo, nâng cấp kho …": the number a table's row opens with is its place in the table, no count
            spans = [(s, e) for s, e in spans if sentence[:s].strip(" |\t")]
        if name == "count":
            # a count says how many of what the question asks about: "07 lĩnh vực", "300 hội viên"
            asked = counted_noun(query.read or query.text, query.ask.phrase)
            if asked and (query.english or self._asks_in_unit_word(query)):
                # "xây bao nhiêu căn": a unit word; the text counts the thing ("350 nhà") the question names;
                # "how many relief goods warehouses": English puts the noun counted last
                named = set(plain_words(query.read or query.text).split())
                # (of a measure, "bao nhiêu kg gạo", only in that measure: not "214 nhân khẩu" the question names too)
                spans = [(s, e) for s, e in spans if not _other_noun(sentence[s:e], asked, query.english)
                         and (any(quantifies(sentence[s:e], noun[:1], self.counted_people) for noun in self._written_as(asked))
                              or asked[0] not in MEASURES and set(plain_words(sentence[s:e]).split()[1:2]) <= named)]
            elif asked:
                # ("Gạo: 30 tấn": a label names what its value measures in a unit; "bao nhiêu gạo và mì tôm": "mì tôm:
                # 2.000 thùng"; not "Nạn nhân chất độc da cam: 1.245 suất", which counts gifts; nor a value that names
                # its own thing after its unit: "Thành phố Móng Cái: …, 10 tấn gạo" is no count of "phao tròn")
                label = LABEL_RE.match(sentence)
                named = set(plain_words(label.group(0)).split()) if label else set()
                labelled = bool(named) and (set(asked) <= named or named <= set(plain_words(query.read or query.text).split()))
                spans = [(s, e) for s, e in spans
                         if any(quantifies(sentence[s:e], noun, self.counted_people, sentence[e:]) for noun in self._written_as(asked))
                         or quantifies(self._noun_in_full(sentence[s:e]), asked, self.counted_people)
                         or (along := _counted_alongside(sentence[e:], asked)) and _act_named(query, sentence, s, e + along)
                         or counts_before(sentence, s, asked) and self._counts_what_is_named(sentence[s:e], asked)
                         or labelled and s >= label.end() and self._in_units(sentence[s:e])
                         and _words_after_number(sentence[s:e])[1:2] in ([], asked[:1])] \
                    or [(s, end) for s, _ in spans if (end := self._bodies_of_level_counted(sentence, s, asked))]
                spans += [part for _, e in spans for part in _broken_down(sentence, e)]
                # (a count of members, of the organ they are members of: "08 tỉnh" an organ checks counts none)
                members = " ".join(asked) in self.counted_people
                spans = [(s, _through_noun(sentence, s, e, asked)) for s, e in spans
                         if not (members and _counts_other_organ(query.read or query.text, sentence, s))]
                if asked[0] in PEOPLE_UNITS:  # "bao nhiêu người": the people the question names, not others the sentence counts
                    context = "\n".join([*(clause.headings if clause is not None else []), sentence])
                    spans = [(s, e) for s, e in spans if not self._counts_other_people(query, sentence[:e], context)]
                # "số hội viên đạt 5% dân số": the number of what was asked, given as a share (not a total asked: "tổng
                # số hội viên … là bao nhiêu"); or a share of all of it ("đạt trên 50% tổng số phiếu bầu" of "bao
                # nhiêu phiếu")
                if not TOTAL_NAMED_RE.search(plain_words(query.read or query.text)):
                    spans = spans or [(s, e) for s, e in find_values("percentage", sentence)
                                      if counts_before(sentence, s, asked) or _share_of(sentence[:s], sentence[e:], asked)]
            else:  # "Chỉ tiêu vận động … là bao nhiêu?": a quantity of whatever is named, a sum of money too, or a
                # multiple of a base ("được hỗ trợ hằng tháng bao nhiêu?": "hệ số 0,25 mức lương cơ sở")
                # (or a share of a sum: "hộ phải hoàn trả bao nhiêu?": "hoàn trả 50% trị giá con bò")
                # (or, of a target asked, "Chỉ tiêu học sinh biết bơi là bao nhiêu?", a share: "đạt 48%", where the sentence
                # sets no quantity: "tối thiểu 4.500 đơn vị máu …, chiếm trên 60% …" sets 4.500)
                spans = spans + find_values("amount", sentence) + find_values("coefficient", sentence)
                aimed = not spans and TARGET_ASKED_RE.search(plain_words(query.read or query.text)) is not None
                shares = [(s, e) for s, e in find_values("percentage", sentence)
                          if aimed or SUM_SHARE_RE.match(unaccent(sentence[e:]).lower().lstrip())]
                spans = sorted(set(spans + shares))  # (a count found again as a sum is one value)
        if name in FIGURES | {"duration"}:  # "từ 08 đến 10 người": the range, not its upper end
            spans = [(_range_start(sentence, s), e) for s, e in spans]
        # "tại hội trường nào?": a hall the sentence names, not the district it is in ("tại huyện Giồng Trôm")
        venue = VENUE_ASKED_RE.search(unaccent(query.ask.phrase or "").lower()) if name == "location" else None

        def of_venue(value: str) -> bool:
            return venue is None or re.search(rf"\b{venue.group(1)}\b", unaccent(value).lower()) is not None

        spans = [(s, e) for s, e in spans if of_venue(sentence[s:e])]
        if not spans and name == "location" and clause is not None:
            cell = self._venue_cell(sentence, clause) or self._venue_headed(sentence, clause)
            return cell if cell and of_venue(cell) else None
        if not spans:
            return self._cell_value(query, sentence, clause) if name in FIGURES and clause else None
        if len(spans) > 1 and name in FIGURES and not TARGET_ASKED_RE.search(plain_words(query.read or query.text)):
            # "có bao nhiêu tình nguyện viên": what was reached, not the target it is measured against ("đạt 9.730
            # người, vượt chỉ tiêu 9.500 tình nguyện viên")
            spans = [(s, e) for s, e in spans if not _aim_compared(sentence, s)] or spans
        if len(spans) > 1:  # "UBND 11 huyện … được phân bổ bao nhiêu?": not the "11 huyện" the question states itself
            spans = [(s, e) for s, e in spans if not restates(sentence[s:e], self.stated(query))] or spans
        if len(spans) > 1 and (after := self._after_place(query, sentence, spans)):
            return sentence[after[0] : after[1]]  # "huyện Hải Lăng 400 suất, huyện Triệu Phong 350 suất"
        if len(spans) > 1 and query.actors and (after := self._after_agency(query, sentence, spans)):
            return sentence[after[0] : after[1]]  # "Bộ Chỉ huy Quân sự tỉnh … 450 …, Công an tỉnh … 500 …"
        if len(spans) > 1 and (of_year := _of_year(query, sentence, spans)):
            return sentence[of_year[0] : of_year[1]]  # "… 45.000 … trong năm 2025 và 48.000 … trong năm 2026": "năm 2026"
        if len(spans) > 1 and (after := self._after_focus(query, sentence, spans)):
            return sentence[after[0] : after[1]]  # "đạt 105,9% kế hoạch, tăng 8,3%": "tăng bao nhiêu %" asks the second
        if len(spans) > 1 and name == "count" and TOTAL_NAMED_RE.search(plain_words(query.read or query.text)) and (
                total := _after_total(sentence, spans)):
            return sentence[total[0] : total[1]]  # "Tổng số TNV huy động: 64 TNV, gồm … (04 TNV)": the total asked
        if len(spans) > 1 and name in FIGURES and (each := _each_named_before(query, sentence, spans)):
            return sentence[each[0] : each[1]]  # "mỗi tập thể … 1.800.000 đồng, mỗi cá nhân … 900.000 đồng": "cá nhân"
        if len(spans) > 1 and name in ("count", "amount") and (told := _told_apart(query, sentence, spans)):
            # "12 người chết, 03 người mất tích": "bao nhiêu người mất tích" asks the second; "50.000.000 đồng/căn xây mới
            # và 20.000.000 đồng/căn sửa chữa": "xây mới … bao nhiêu tiền" the first
            return sentence[told[0] : told[1]]
        if len(spans) > 1 and name in FIGURES and (bound := _bound_asked(query.read or query.text)) \
                and len(bounded := [(s, e) for s, e in spans
                                    if BOUNDS[bound].search(unaccent(sentence[max(0, s - 24) : s]).lower())]) == 1:
            return sentence[bounded[0][0] : bounded[0][1]]  # "100% hộ … và tối thiểu 30% số hộ …": "tối thiểu" asks the second
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if len(spans) > 1 and not _bracketed_whole(sentence[start:end]):
            # "(trước ngày 15/6) và năm (trước ngày 05/12)": each value, not the brackets between them
            return "; ".join(sentence[s:e] for s, e in sorted(spans))
        return sentence[start:end] if end - start <= 120 else sentence[spans[0][0] : spans[0][1]]

    def _after_place(self, query: Query, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Of several values in a sentence, the one right after the name of the place asked."""
        plain = unaccent(sentence)
        for place in self.places_asked(query):
            at = re.search(rf"(?<!\w){re.escape(unaccent(place))}(?!\w)", plain)
            following = [span for span in spans if at and 0 <= span[0] - at.end() <= MAX_FOCUS_GAP]
            if following:
                return following[0]
        return None

    def _after_agency(self, query: Query, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Of several values in a sentence, the first after the agency asked, with no other agency between ("Bộ Chỉ huy
        Quân sự tỉnh tiếp nhận 450 đơn vị máu, Công an tỉnh tiếp nhận 500 đơn vị máu" of the Công an)."""
        mentions = self.aliases.find(sentence)
        for at, mention in enumerate(mentions):
            if mention.name not in query.actors:
                continue
            end = mentions[at + 1].start if at + 1 < len(mentions) else len(sentence)
            following = [span for span in spans if mention.end <= span[0] < end]
            if following and len(following) < len(spans):
                return following[0]
        return None

    def _after_focus(self, query: Query, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The value right after the word the question asks its question of, when the sentence has it; not
        when the values are of different years ("Tiếp nhận 42.000 … năm 2024, … 48.000 … năm 2026")."""
        if len(years_stated(sentence)) > 1:  # not a year a figure is compared with ("so với cùng kỳ năm 2023")
            return None
        written = spelled(sentence, query.accented)
        for word in query.focus:
            at = re.search(written_as(word), written)
            following = [span for span in spans if at and 0 <= span[0] - at.end() <= MAX_FOCUS_GAP]
            if following:
                return following[0]
        return None

    def _person_column_cell(self, query: Query, row: str, clause: Clause) -> str | None:
        """In a row the question names of a table with a column of people ("| Điểm tiếp nhận | … | Người phụ trách |"),
        the person under the column the question names as it heads it ("Người phụ trách điểm … là ai?")."""
        heads, cells = _heads_and_cells(row, clause)
        asked = f" {plain_words(query.read or query.text)} "
        if not heads or not cells or not _row_named(query.read or query.text, cells):
            return None
        for head, cell in zip(heads, cells):
            if len(plain_words(head).split()) < 2 or f" {plain_words(head)} " not in asked:
                continue
            if named := person_names(cell, self.people_reader.surnames, self.people_reader.honorifics):
                return cell[named[0][0] : named[0][1]]
            # (a name of a surname no list holds, as the column of people writes it: "Giàng Seo Páo", "Thào A Chư")
            if NAME_CELL_RE.fullmatch(cell.strip()):
                return cell.strip()
        return self._holder_cell(asked, heads, cells)

    @staticmethod
    def _holder_cell(asked: str, heads: list[str], cells: list[str]) -> str | None:
        """In a row of a list of people ("| 2 | Cầm Văn Dũng | Chủ tịch Hội Chữ thập đỏ xã Chiềng Mung | 750.000 |" under
        "Họ và tên | Chức vụ, đơn vị"), the name of the one whose post the question names, every word of it ("Chủ tịch
        Hội Chữ thập đỏ xã Chiềng Mung tên là gì?"); None else. (`asked`: the question's plain words, spaced.)"""
        name, post = _column(heads, NAME_HEAD_RE), _column(heads, POST_HEAD_RE)
        if name is None or post is None or max(name, post) >= len(cells) or not plain_words(cells[post]):
            return None
        held = all(f" {word} " in asked for word in plain_words(cells[post]).split())
        return cells[name].strip() or None if held else None

    def _post_cell(self, query: Query, row: str, clause: Clause) -> str | None:
        """In a row of a list of people ("| 4 | Bà Đặng Thị Kim Oanh | Chi hội trưởng Chi hội … | …|" under "Họ và tên |
        Chức vụ, đơn vị"), the cell under the column of posts, when the row holds the person the question names."""
        heads, cells = _heads_and_cells(row, clause)
        named = {name.lower() for name in self.people_reader.names_in(query.read or query.text)}
        if not heads or not cells or not any(name in unaccent(row).lower() for name in named):
            return None
        at = _column(heads, POST_HEAD_RE)
        return cells[at].strip() or None if at is not None and at < len(cells) else None

    def _venue_cell(self, row: str, clause: Clause) -> str | None:
        """In a row of a schedule ("| 7h00 ngày 09/7 | Hiến máu … | Khu công nghiệp Nam Cầu Kiền |"), the cell under
        the column headed "Địa điểm"; None when the table has no such column."""
        heads, cells = _heads_and_cells(row, clause)
        at = _column(heads or [], VENUE_HEAD_RE)
        return cells[at] if at is not None and cells and at < len(cells) and cells[at].strip() else None

    def _venue_headed(self, sentence: str, clause: Clause) -> str | None:
        """Under a heading that is the label of a place alone ("2. Địa điểm"), the place the clause opens with, to its
        first bracket or stop ("Hội trường tầng 2, Trung tâm Hội nghị tỉnh (số 450 …)"); None elsewhere."""
        heading = plain_words(clause.headings[-1]) if clause.headings else ""
        labels = self.vocabulary.value_labels.get("location", [])
        if len(heading.split()) > VENUE_HEADING_WORDS or has_phrase(heading, labels) is None \
                or not clause.text.lstrip().startswith(sentence.strip()[:20]):
            return None
        opening = VENUE_END_RE.split(sentence.strip(), maxsplit=1)[0].strip(" *,")
        return opening or None

    def _written_as(self, noun: list[str]) -> list[list[str]]:
        """A noun asked (unaccented), and as a text may write it with a synonym of its head ("bao nhiêu suất quà":
        "Sa Đéc 15 phần")."""
        return [noun, *([s, *noun[1:]] for s in self.vocabulary.synonyms_of[False].get(noun[0], ()) if "_" not in s)]

    def _nouns_written(self, noun: list[str], written: str) -> bool:
        """Every word of a noun asked (unaccented) is among the words written, as itself or as one of its synonyms ("suất
        quà": "Số phần quà")."""
        words, synonyms = set(written.split()), self.vocabulary.synonyms_of[False]
        return all(w in words or any(s in words for s in synonyms.get(w, ()) if "_" not in s) for w in noun)

    def _cell_value(self, query: Query, row: str, clause: Clause) -> str | None:
        """In a row of a table of figures ("| Thành phố Sa Đéc | 7.640 | 8.105 |"), the figure under the
        column its header row names as the question does: by the year asked ("Năm 2024"), by the label
        of the kind asked ("túi loại C" → "Túi C (từ 51 …)"), else the table's one column of quantities
        ("| Bạt che | tấm | 250 |" under "Số lượng")."""
        header = table_header(clause)
        # (a day's year is not a year's column: "tính đến 30/11/2025" of "| Kết quả | So với 30/6/2025 |")
        asked = _years_undated(query.read or query.text) & years_in(" ".join(query.content))
        labels = [key.rsplit("_", 1)[1].upper() for key in labelled(query.read or query.text)]
        cells = table_cells(row)
        if header is None or not cells:
            return None
        if CHANGE_ASKED_RE.search(plain_words(query.read or query.text)) and not CHANGE_HEAD_RE.search(plain_words(header)):
            return None  # "Xã Cẩm Lý tăng bao nhiêu hội viên so với năm trước?": a table of no change gives a count, not it
        total = opens_total(cells)
        if TOTAL_NAMED_RE.search(plain_words(query.read or query.text)) and not total \
                and not opens_total(table_cells(header) or []):
            return None  # "tổng cộng bao nhiêu người trực?": the row of the total, not one point's (unless a column is)
        if not total and not _row_named(query.read or query.text, cells):
            return None  # "Bao nhiêu tàu thuyền bị hư hỏng?": one commune's figure answers none asked of no commune
        noun = counted_noun(query.read or query.text, query.ask.phrase) if query.ask.name == "count" else []
        # "bao nhiêu hội viên": the table must count that (its headings, its header row, its unit, the row)
        # (written short or in full: "Số TNV" counts "tình nguyện viên")
        # ("bao nhiêu người": people of any kind, "| Số thành viên |")
        counts_people = noun[:1] == ["nguoi"] and len(noun) == 1
        spelled = " ".join([*clause.headings, self._spelled_out(header), self._spelled_out(row)])
        written = plain_words(spelled)
        if noun and not (self._nouns_written(noun, written) and not _glued_only(query.read or query.text, noun, spelled)) \
                and not (counts_people and has_phrase(written, self.people)):
            return None
        heads = table_cells(header)
        # (a label the table's section or the row writes is theirs, not a column's: "đợt 1" of "Phân bổ … đợt 1")
        around = "\n".join([*(h for h in clause.headings if h != header), row])
        labels = [l for l in labels if not re.search(rf"(?<![\w.,]){re.escape(l)}(?!\w|[.,]\d)", around)]
        named = []
        if asked:
            named = [i for i, head in enumerate(heads) if asked & _years_undated(head)]
        elif labels:  # "túi loại C"; a number is a label only as a word of its own ("đợt 1" is not "1.000.000")
            named = [i for i, head in enumerate(heads)
                     if any(re.search(rf"(?<![\w.,]){re.escape(l)}(?!\w|[.,]\d)", head) for l in labels)]
        if not named and noun:  # "bao nhiêu kg gạo": the column headed "Gạo (kg)" (not the column of units: "Đơn vị")
            named = [i for i, head in enumerate(heads) if (self._nouns_written(noun, plain_words(self._spelled_out(head)))
                                                           or counts_people and has_phrase(plain_words(head), self.people))
                     and not UNIT_COLUMN_RE.fullmatch(plain_words(head))]
        # a year no column head names is the table's own (a report of 2024), not a column to read
        if not named and not labels and not (asked and any(_years_undated(head) for head in heads)):
            # the columns of quantities, those of sums first for a sum ("| Số lượng | … | Thành tiền |": a total
            # row fills only the last)
            # (and a column that names its unit: "Số hội phí đã thu (đồng)", "Số hội viên đã đóng (người)")
            quantity = [i for i, head in enumerate(heads) if QUANTITY_HEAD_RE.match(plain_words(head)) or UNIT_HEAD_RE.search(head)]
            sums = [i for i in quantity if MONEY_HEAD_RE.match(plain_words(heads[i]))] if query.ask.name == "amount" else []
            # (and the column the question names, which the order below puts first: "mức quà bao nhiêu" of "| Mức quà
            # (đồng/suất) | Thành tiền (đồng) |")
            named = sums + [i for i in quantity if i not in sums]
            named += [i for i in self._result_column(query, heads) if i not in named]
        if months := months_named(query.read or query.text):
            # (of the month asked, where a column names one: "tháng 3/2027" is not "Tháng 4/2027 (trẻ)")
            named = [i for i in named if not (held := months_named(heads[i])) or months & held]
        # "| Tổng cộng | | | 18.250.000 |" under "STT | Nội dung | …": a row whose label spans the first cells
        # lines up with the header from the right
        shift = len(heads) - len(cells) if len(cells) < len(heads) and not cells[0].strip().isdigit() else 0
        # (unless the table writes no bars at its edges and the row opens on one: "| Tổng cộng | 151.000 |  |  |" under
        # "STT | Đơn vị | Chỉ tiêu | …" left its first cell empty, the cells after it stand where the bars put them)
        if not header.lstrip().startswith("|") and (lead := re.match(r"(?:\s*\|)*", row).group().count("|")):
            shift = lead
        # a sum asked: a figure of a table that names no money where it stands (its column, its row, the headings
        # over it) counts something else ("| Bò sinh sản | Con | 150 |")
        # (or a word for money its section is headed by: "2. Phân kỳ chỉ tiêu và kinh phí theo giai đoạn")
        money = query.ask.name != "amount" or bool(MONEY_UNIT_RE.search("\n".join([*clause.headings, row]).lower())) \
            or has_phrase(plain_words("\n".join(h for h in clause.headings if h != header)), self.vocabulary.money) is not None
        # of several, the column whose header says most of what the question says ("hội viên đã đóng", not "phải đóng")
        asked_words = set(plain_words(query.read or query.text).split())
        named = sorted(named, key=lambda i: -len(asked_words & set(plain_words(heads[i]).split())))
        if query.ask.name == "amount" and (units := each_asked(query.spelled or query.read or query.text, self.classifiers)) \
                and _priced_per(row, clause, units):
            # "mỗi buổi bao nhiêu", "đơn giá một túi": what one costs, not the row's sum ("| Đơn giá | Thành tiền |")
            priced = [i for i, head in enumerate(heads) if UNIT_PRICE_HEAD_RE.match(plain_words(head))]
            named = priced or named
        # the columns of figures in this row, and, of a count of things named, the question's phrases another of them is
        # headed by and the one read is not: "tàu thuyền bị hư hỏng" of "| Nhà hư hỏng (cái) | … | Tàu thuyền chìm
        # (chiếc) |" is neither column's (not "đạt bao nhiêu phần trăm kế hoạch" of "| Kế hoạch | … | Tỷ lệ % |")
        figures = [j for j in range(len(heads)) if 0 <= j - shift < len(cells) and FIGURE_CELL_RE.fullmatch(cells[j - shift])]
        phrases = [f" {unaccent(w).replace('_', ' ')} " for w in query.content if "_" in w] if noun else []
        # (and, after the columns named, the one of figures headed by every phrase some column's head holds: "Bính Ngọ
        # 2026 thực hiện được bao nhiêu suất" of "| Kế hoạch năm 2026 | Thực hiện 6 tháng |")
        said = [f" {plain_words(head)} " for head in heads]
        headed = [p for p in phrases if any(p in said[j] for j in figures)]
        named += [j for j in figures if headed and j not in named and all(p in said[j] for p in headed)]
        for i in named:
            if any(p not in said[i] and any(p in said[j] for j in figures if j != i) for p in phrases):
                continue
            of_money = bool(MONEY_HEAD_RE.match(plain_words(heads[i])) or MONEY_UNIT_RE.search(heads[i].lower()))
            # a count asked is no sum ("bao nhiêu hội viên": not the "Số tiền" of a member's row; "Chỉ tiêu vận động …
            # là bao nhiêu?" counts nothing named, a sum answers it)
            counts = query.ask.name == "count" and not of_money
            if 0 <= i - shift < len(cells) and (FIGURE_CELL_RE.fullmatch(cells[i - shift])
                                                or counts and COUNTS_CELL_RE.fullmatch(cells[i - shift])) \
                    and (money or of_money) and not (of_money and query.ask.name == "count" and noun):
                return cells[i - shift].strip()
        return None

    def _person_doing(self, query: Query, sentence: str) -> str | None:
        """"Ai chủ trì phiên họp?": the person the sentence names doing the work asked, right before it
        ("Đồng chí Lê Thị Thu Hương, Chủ tịch Hội … chủ trì phiên họp"), or None."""
        works = [work] if (work := work_asked(query.ask)) else self._works_after_who(query)
        plain = unaccent(sentence).lower()
        if not works or len(plain) != len(sentence):
            return None
        done = next(filter(None, (re.search(rf"(?<!\w){re.escape(w)}(?!\w)", plain) for w in works)), None)
        names = [(s, e) for s, e in person_names(sentence, self.people_reader.surnames, self.people_reader.honorifics)
                 if done and e <= done.start() and not re.search(r"[;.:]", sentence[e : done.start()])
                 and done.start() - e <= MAX_DOER_GAP]
        return sentence[names[-1][0] : names[-1][1]] if names else None

    def _works_after_who(self, query: Query) -> list[str]:
        """"Ai trực tiếp xuống trao hàng …?": asked by "ai" alone, the work is what the question writes after it (its
        first two words, then its first), without diacritics."""
        if unaccent(query.ask.phrase or "") != "ai":
            return []
        after = re.match(r"\s*ai\s+(\w+)(?:\s+(\w+))?", plain_words(query.read or query.text))
        if after is None or after.group(1) in self._stopwords:
            return []
        return [" ".join(w for w in after.groups() if w), after.group(1)]

    def _person_cell(self, row: str) -> str | None:
        """"Ai được khen vì …?" of a row of a list of people ("| 4 | Ông Nguyễn Hữu Phước | Giám đốc Công ty … | Ủng hộ
        30 xe lăn |"): the person the row is of, whose name opens a cell of its own."""
        for cell in table_cells(row) or []:
            names = person_names(cell, self.people_reader.surnames, self.people_reader.honorifics)
            if names and len(cell[: names[0][0]].split()) <= 1:  # at most its honorific before it
                return cell[names[0][0] : names[0][1]]
        return None

    def _holds_post_asked(self, query: Query, sentence: str) -> bool:
        """A sentence that gives posts gives the one the question asks the contact of, if it asks one."""
        asked = self.people_reader.title_re.search(unaccent(query.read or query.text))
        held = self._posts(sentence)
        return not asked or not held or asked.group(0) in held

    def _counts_other_people(self, query: Query, said: str, context: str) -> bool:
        """"Chỉ tiêu tình nguyện viên … bao nhiêu người?" of "tổng số hội viên toàn tỉnh đạt 113.000 người" or "Phát triển
        mới 5.000 hội viên": the words up to the value name other people last ("hội viên"), not the ones asked; or the
        sentence and its headings never name those ("Trợ giúp 135.000 lượt người …")."""
        asked = {p for p in self.people if p not in PEOPLE_UNITS and f" {p} " in f" {plain_words(query.read or query.text)} "}
        if not asked:
            return False
        before, around = f" {plain_words(said)} ", f" {plain_words(context)} "
        # (members are of whatever the group asked is: "mỗi đội tình nguyện viên có tối thiểu 12 thành viên")
        named = [(before.rfind(f" {p} "), p) for p in self.people
                 if p not in PEOPLE_UNITS and p != MEMBERS and f" {p} " in before]
        return bool(named) and max(named)[1] not in asked or not any(f" {p} " in around for p in asked)

    def _counts_what_is_named(self, value: str, asked: list[str]) -> bool:
        """After "số hội viên", a quantity written in what is asked, in people or in a unit, or bare ("6.820 người"); not
        in a noun of its own ("số hội viên: 10 điểm" scores it)."""
        unit = _words_after_number(value)[:1]
        return not unit or unit == asked[:1] or self._in_units(value) or unit[0] in self._people_heads

    def _noun_in_full(self, value: str) -> str:
        """A quantity whose noun is a short form, with the noun written in full ("64 TNV": "64 tình nguyện viên");
        empty when its noun is no short form."""
        counted = re.match(r"([\d.,]+\s+)(\S+)", value)
        full = self._full_forms(counted.group(2)) if counted else []
        return f"{counted.group(1)}{full[0]}{value[counted.end() :]}" if full else ""

    def _spelled_out(self, text: str) -> str:
        """The text with what its short forms stand for after it ("Số TNV" and "tình nguyện viên")."""
        return " ".join([text, *self._full_forms(text)])

    def _in_units(self, value: str) -> bool:
        """A quantity written in a measure or a unit word ("30 tấn", "2.000 thùng", "500 chiếc"), not in a noun of
        its own ("1.245 suất")."""
        unit = _words_after_number(value)[:1]
        return bool(unit) and (unit[0] in MEASURES or is_classifier(unit[0], self.classifiers))

    def _doer_of(self, query: Query, sentence: str) -> str | None:
        """"Tiền tàu xe … do ai chi trả?": whoever the sentence says does it, between "do" and the verb asked or
        one of its synonyms ("… do đơn vị cử học viên thanh toán"), named as an agency or not."""
        asked = DOER_ASKED_RE.search(plain_words(query.read or query.text))
        plain = unaccent(sentence).lower()
        if asked is None or len(plain) != len(sentence):
            return None
        verb = asked.group(1)
        verbs = [verb, *(unaccent(w).replace("_", " ") for w in self.vocabulary.synonyms_of[False].get(verb.replace(" ", "_"), ()))]
        done = re.search(rf"\bdo\s+([^,;.:()]{{3,60}}?)\s+(?:{'|'.join(map(re.escape, verbs))})\b", plain)
        return sentence[done.start(1) : done.end(1)] if done else None

    def _role_cell(self, query: Query, sentence: str, clause: Clause) -> str | None:
        """In a row of a task table ("| Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |"), the
        body under the column of the part the question asks ("đơn vị nào chủ trì"), when the sentence quoted
        holds it."""
        header = table_header(clause)
        cells = table_cells(clause.text)
        if header is None or not cells:
            return None
        # the part the question asks its question of ("phối hợp với ai" after a turn about who leads), else any it names
        def roles_in(text: str) -> list[str]:
            return [phrases[0] for phrases in self.vocabulary.roles.values() if has_phrase(text, phrases)]

        roles = roles_in(" ".join(unaccent(w).replace("_", " ") for w in query.focus)) \
            or roles_in(plain_words(query.read or query.text))
        heads = [plain_words(head) for head in table_cells(header)]
        for i, head in enumerate(heads[: len(cells)]):
            cell = cells[i].strip()
            if cell and cell in sentence and any(has_phrase(head, [role]) for role in roles):
                return cell
        return None

    def _result_column(self, query: Query, heads: list[str]) -> list[int]:
        """In a table of results ("| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ % |"), the column asked: the
        share for a percentage, the one the question names ("kế hoạch bao nhiêu"; "Máu KH" of "kế hoạch tiếp nhận
        bao nhiêu đơn vị máu", its short form read in full), else what was done."""
        # "Chỉ tiêu năm 2026 (đơn vị máu)": its unit and its year aside (a year asked picks its column before)
        plain = [plain_words(re.sub(r"\(.*?\)|\b(?:năm|NĂM)\s+\d{4}\b", " ", head)) for head in heads]
        if query.ask.name == "percentage":
            return [i for i, head in enumerate(heads) if "%" in head or SHARE_HEAD_RE.match(plain[i])][:1]
        asked = f" {plain_words(query.read or query.text)} "
        # "… kế hoạch thực hiện bao nhiêu": the column named last, next to the question phrase, first (then the others
        # named: "Chỉ tiêu … ngày 7/3/2026 là bao nhiêu" names the row by its "Ngày", whose cell is no figure)
        words = set(asked.split())
        named = sorted((asked.rfind(f" {head} "), i) for i, head in enumerate(plain)
                       if head and not SHARE_HEAD_RE.match(head) and not UNIT_COLUMN_RE.fullmatch(head) and f" {head} " in asked)
        if not named:  # (each of its words said, those written short in full: "Máu KH")
            named = [(0, i) for i, head in enumerate(plain) if head and not SHARE_HEAD_RE.match(head)
                     and (full := self._full_forms(heads[i])) and len(set(head.split()) - words) <= len(full)
                     and set(plain_words(" ".join(full)).split()) <= words]
        if named:
            return [i for _, i in reversed(named)]
        # (of several columns of what was done, "| Tiền, hàng thực hiện | … | Máu thực hiện |", the one of what is asked)
        done = [i for i, head in enumerate(plain) if RESULT_HEAD_RE.search(head) and not PLAN_HEAD_RE.search(head)]
        return sorted(done, key=lambda i: -len(words & set(plain[i].split())))[:1]

    def _asks_in_unit_word(self, query: Query) -> bool:
        """"xây bao nhiêu căn": the count is asked in a unit word, as written after the question phrase."""
        return _unit_word_asked(query.read or query.text, self.classifiers)


MAX_DOER_GAP = 60  # a person's name and the work they do, a post between them ("…, Chủ tịch Hội … chủ trì")
# the start or the end a time question asks ("bắt đầu lúc mấy giờ", "kết thúc khi nào"), and how a sentence states
# it: "bắt đầu", "khai mạc", "từ 8 giờ", "lúc 8 giờ", "Thời gian: 8 giờ …"; "kết thúc", "bế mạc", a range's close
# ("từ 8 giờ đến 11 giờ", "8 giờ - 11 giờ") (unaccented)
EDGES_STATED = {
    # ("từ ngày 15/6", "từ 7 giờ", "từ tháng 5"; not "từ 15 thành viên trở lên")
    "bat dau": re.compile(r"\b(?:bat dau|khai mac|tu\s+(?:(?:luc|ngay|thang|nam)\s+\d|quy\s|\d{1,2}\s*(?:gio|h)\b|\d{1,2}/\d)"
                          r"|luc\s+\d|thoi gian\s*:)"),
    "ket thuc": re.compile(r"\b(?:ket thuc|be mac|den het|den\s+(?:ngay\s+)?\d|\d\s*(?:gio|h)?\s*[-–]\s*\d)"),
}
# a level of the administration or of the Red Cross named as such: "cấp huyện", "cấp tỉnh" (or a health service's tier: "tuyến huyện")
LEVEL_RE = re.compile(r"(?<!\w)(?:cấp|tuyến)\s+(tỉnh|huyện|thị xã|thị trấn|xã|trung ương|cơ sở|thành phố|quận|phường)(?!\w)")
# words that make a post another of its kind ("Phó Chủ tịch Thường trực" of "Chủ tịch"), not the kind itself
POST_QUALIFIERS = frozenset({"pho", "thuong", "truc"})
# a level word standing free, in no agency's name, that says whose a figure is: after a word of scope ("mỗi huyện",
# "các xã", "toàn tỉnh", "04 huyện", not a year's "2024 huyện …") or a budget's ("ngân sách tỉnh"), or before a
# place's name ("huyện Văn Chấn"); not one that acts ("chỉ tiêu tỉnh giao"), nor "xã hội", "Tỉnh ủy"; and the tier each level is of: a district's
# "quận" and "thị xã" are of the "huyện" tier, a commune's "phường", "thị trấn" and "cấp cơ sở" of the "xã" tier
# ("thành phố", of a province or of a district, counts only as "cấp thành phố")
_LEVEL_WORDS = "tỉnh|huyện|quận|thị xã|thị trấn|xã|phường"
FREE_LEVEL_RE = re.compile(rf"(?<!\w)(?:(?i:mỗi|các|từng|toàn|ngân sách|(?<![\d/])\d{{1,3}})\s+(?i:({_LEVEL_WORDS}))(?!\w)"
                           rf"(?!\s+(?i:hội|ủy|uỷ|đoàn)(?!\w))|(?i:({_LEVEL_WORDS}))\s+(?=\w))")
TIER_OF = {**LEVEL_OF_PLACE, "cơ sở": "xã"}
SUFFERED_MARK = fold("bị")
HAS_PERSON = (fold("có"), fold("người"))
# periods of a year a report or a figure is of (unaccented words)
MONTHS_OF_YEAR_RE = re.compile(r"\b(\d{1,2}|ba|sau|chin)\s+thang\s+(dau|cuoi)\s+nam\b")
QUARTER_RE = re.compile(r"\bquy\s+(iv|i{1,3}|[1-4])\b")
# the period a report or a review is of, said by its months or its year: "báo cáo 9 tháng", "báo cáo hội viên, hội phí 6
# tháng", "sơ kết 6 tháng", "báo cáo định kỳ 6 tháng", "Báo cáo năm", "báo cáo năm trước ngày 15/11" (not "sau 6 tháng",
# "trong 3 tháng": a time limit; not "năm 2024", "năm sau", "năm trước": a year named)
REPORT_MONTHS_RE = re.compile(r"\b(?:bao cao|so ket|dinh ky)(?:\s+[a-z]+){0,6}?(?<!\bsau)(?<!\btrong)(?<!\btruoc)(?<!\bmoi)"
                              r"(?<!\bkhoang)(?<!\bduoi)(?<!\btren)\s+(\d{1,2}|ba|sau|chin)\s+thang\b(?!\s+(?:dau|cuoi)\b)")
REPORT_YEAR_RE = re.compile(r"\b(?:bao cao|tong ket)(?:\s+dinh ky)?\s+(?:hang\s+)?nam\b(?!\s+(?:(?:19|20)\d\d|sau|truoc(?!\s+ngay)|nay|do)\b)")
DONE_MONTHS_RE = re.compile(r"\b(?:thuc hien|ket qua|luy ke)\s+(\d{1,2})\s+thang\b(?!\s+(?:dau|cuoi)\b)")
HALF_YEAR_RE = re.compile(r"\bnua\s+(dau|cuoi)\s+nam\b")
# the months from the start of a year, said without "đầu": "lũy kế 9 tháng", "6 tháng năm 2024"
MONTHS_SO_FAR_RE = re.compile(r"\bluy\s+ke\s+(\d{1,2}|ba|sau|chin)\s+thang\b|\b(\d{1,2}|ba|sau|chin)\s+thang\s+(?=nam\s+(?:19|20)\d\d\b)")
# "cả năm", "toàn năm"; a figure "của năm 2024", "kế hoạch năm" is the year's own
WHOLE_YEAR = "ca nam"
# a report of both periods: "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12)"
HALF_AND_YEAR_RE = re.compile(r"\b(?:\d+|sau)\s+thang\b[^.;]{0,40}?\bva\s+(?:hang\s+|ca\s+)?nam\b(?!\s+(?:19|20)\d\d)")
WHOLE_YEAR_RE = re.compile(r"\b(?:ca|toan)\s+nam\b|\bcua\s+nam\s+(?:19|20)\d\d\b|\bke\s+hoach\s+nam\b")
POST_HEAD_RE = re.compile(r"(?:chuc vu|chuc danh)\b")  # a list's column of posts ("Chức vụ, đơn vị") (unaccented)
NAME_HEAD_RE = re.compile(r"ho (?:va )?ten\b")  # a list's column of people's names ("Họ và tên") (unaccented)
VENUE_HEAD_RE = re.compile(r"(?:dia diem|noi to chuc|noi thuc hien|vi tri)\b")  # a schedule's column of places ("Vị trí đặt trạm")
# "lớp mấy", "đợt mấy thì …": "mấy" after a noun, before nothing it counts, asks the number the thing is labelled by
LABEL_ASKED_RE = re.compile(r"\b(?!thu\b)([a-z]+) may(?=$|\s+(?:thi|la|vay|the|a|nhi|roi|duoc|se|phai|o|tai)\b)")
# (the same, written with diacritics: "đội mấy thí sinh" counts candidates, "đợt mấy thì" asks a label)
LABEL_ASKED_WRITTEN_RE = re.compile(r"(?<!\w)(?!thứ\b)(\w+) mấy(?=$|\s+(?:thì|là|vậy|thế|à|nhỉ|rồi|được|sẽ|phải|ở|tại)(?!\w))")
QUARTERS = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
# a heading that sets what the items under it are said of, one by one ("1. Đối với chi hội"), unaccented
FOR_EACH_RE = re.compile(r"\bdoi voi\s+(?:cac\s+|moi\s+|tung\s+)?(\w+)")
# or that names the bodies that do them, each its own ("11. Ủy ban nhân dân các xã, thị trấn:"), as written
# (not a body worked with: "Phối hợp với các xã")
EACH_BODY_HEAD_RE = re.compile(rf"^(?:[\dIVX]+(?:\.\d+)*[.)]?\s*|[a-zđ]\)\s*)?{CAPITAL}\w*"
                               r"(?:\s+(?!(?:với|cho|tại|của|đến|về|từ|ở|và)\b)\w+){0,5}\s+các\s+(\w+)")


def _for_each(headings: list[str], units: tuple[str, ...]) -> bool:
    """A heading of the clause says its criteria are of each of the unit asked ("1. Đối với chi hội" over
    "vận động … ít nhất 5.000.000 đồng": each chi hội's), or its work is done by each ("11. Ủy ban nhân dân các xã, thị
    trấn:" over "Bố trí … không thấp hơn 8.000.000 đồng/năm")."""
    return any(m.group(1) in units for h in headings for m in FOR_EACH_RE.finditer(unaccent(h).lower())) \
        or any((m := EACH_BODY_HEAD_RE.match(nfc(h))) and unaccent(m.group(1)).lower() in units for h in headings)


def _describing(question: str) -> frozenset[str]:
    """The syllables of the question's adjectives, folded; not one that asks a measure ("dài bao nhiêu phút"), nor
    one before a number, which says how much, not which case ("hiến máu đủ 20 lần" is "đạt mốc 20 lần")."""
    tags = word_tags(question)
    return frozenset(s for k, (word, tag) in enumerate(tags) if tag in ADJECTIVE_TAGS and not asks_measure(tags, k)
                     and not (k + 1 < len(tags) and tags[k + 1][1] == "M") and unaccent(word.lower()) not in POINTING
                     for s in folded_word(word).split("_"))


def _label_asked(question: str) -> re.Match | None:
    """"lớp mấy", "đợt mấy thì …": the match whose group 1 is the thing whose label is asked (unaccented), or None."""
    if has_diacritics(question):
        written = LABEL_ASKED_WRITTEN_RE.search(" ".join(re.findall(r"\w+", nfc(question).lower())))
        return LABEL_ASKED_RE.search(unaccent(written.group(0))) if written else None
    return LABEL_ASKED_RE.search(plain_words(question))


DAY_WRITTEN_RE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b")  # "30/6/2025"


# a change asked ("tăng bao nhiêu", "giảm mấy", "so với năm trước") and a column that gives one (unaccented)
CHANGE_ASKED_RE = re.compile(r"\b(?:tang|giam)\s+(?:them\s+)?(?:duoc\s+)?(?:bao nhieu|may)\b|\b(?:tang|giam)\b.*\bso voi\b"
                             r"|\bchenh lech\b")
CHANGE_HEAD_RE = re.compile(r"\b(?:tang|giam|so voi|chenh lech)\b|[+]/?-|[±]")


def _years_undated(text: str) -> set[str]:
    """The years a text names outside the days it writes in full ("năm 2025", not "30/6/2025")."""
    return years_in(DAY_WRITTEN_RE.sub(" ", text))


def _column(heads: list[str], head_re: re.Pattern) -> int | None:
    """The first column whose header the pattern opens (unaccented: "Chức vụ, đơn vị" of `POST_HEAD_RE`), or None."""
    return next((i for i, head in enumerate(heads) if head_re.match(plain_words(head))), None)


def _heads_and_cells(row: str, clause: Clause) -> tuple[list[str] | None, list[str] | None]:
    """The cells of a row's table header (None for a clause of no table) and of the row."""
    header = table_header(clause)
    return (table_cells(header) if header else None), table_cells(row)


LEAD_IN_END_RE = re.compile(r"(?::|\bgồm|\bnhư sau)\s*$")  # a line that leads a list in


def _leads_in(clause: Clause) -> list[str]:
    """The line a clause's list is under ("- Tổng số 620 phần quà, mỗi phần …, gồm:"), or a row's table ("a) Mỗi điểm
    sơ cấp cứu được trang bị 01 túi theo danh mục sau:" over "STT | Tên thuốc, vật tư | …")."""
    if not clause.headings:
        return []
    under_header = len(clause.headings) > 1 and clause.headings[-1] == table_header(clause)
    return [clause.headings[-2] if under_header else clause.headings[-1]]


def table_header(clause: Clause) -> str | None:
    """The header row of the table a row clause is of (the last heading that is a row of cells, not the row of a
    group of rows: "| I | Huyện Đắk Glei | | |"), or None."""
    return next((h for h in reversed(clause.headings) if (cells := table_cells(h)) and not _groups_rows(cells)), None)


def column_and_label(row: str, clause: Clause, value: str) -> tuple[str, str] | None:
    """Of a table row's value, the header of its column and the row's label (its first cell of words): ("Mức quà
    (nghìn đồng/suất)", "Hộ nghèo") of "| 1 | Hộ nghèo | 600 |"; None of a sentence or a row that does not line up."""
    cells, heads = _lined_up(row, clause)
    if not cells:
        return None
    at = next((i for i, cell in enumerate(cells) if cell.strip() == value.strip()), None)
    label = next((cell.strip() for cell in cells if re.search(r"[^\W\d]", cell)), "")
    return (heads[at].strip(), label) if at is not None else None


UNIT_OVER_TABLE_RE = re.compile(r"(?:đơn vị tính|ĐVT)\s*:\s*([^\n():]{1,20}?)\s*\)?\s*$", re.IGNORECASE)  # "Đơn vị tính: đồng"
COLUMN_UNIT_RE = re.compile(r"\(([^()]{1,30})\)\s*$")  # "Mức quà (nghìn đồng/suất)": the unit its figures are in


def with_column_unit(value: str, row: str, clause: Clause) -> str:
    """A bare figure of a table row with the unit its column's header gives it ("600 nghìn đồng/suất" of "| 1 | Hộ
    nghèo | 600 |" under "Mức quà (nghìn đồng/suất)"); any other value as it is."""
    tabled = column_and_label(row, clause, value) if FIGURE_CELL_RE.fullmatch(value) else None
    unit = COLUMN_UNIT_RE.search(tabled[0]) if tabled else None
    head = plain_words(tabled[0]) if tabled else ""
    if tabled and unit is None and (MONEY_HEAD_RE.search(head) or UNIT_PRICE_HEAD_RE.search(head)):
        # (a column of sums, in the money the line over the table states: "Đơn vị tính: đồng")
        unit = next((stated for h in clause.headings if (stated := UNIT_OVER_TABLE_RE.search(h))
                     and re.fullmatch(r"(?:nghìn |ngàn |triệu |tỷ )?đồng", stated.group(1).lower())), None)
    return f"{value.strip()} {unit.group(1).strip()}" if unit and not unit.group(1).strip().isdigit() else value


def _groups_rows(cells: list[str]) -> bool:
    """A row that opens a group of rows: numbered by a Roman numeral or a capital, one cell of text after it."""
    return bool(GROUP_NUMBER.fullmatch(cells[0].strip())) and sum(bool(c.strip()) for c in cells[1:]) <= 1


# "… do ai chi trả?", "do cơ quan nào cấp?": the verb the doer asked for does (two words at most, unaccented)
DOER_ASKED_RE = re.compile(r"\bdo\s+(?:ai|co quan nao|don vi nao|to chuc nao|cap nao|ben nao)\s+(\w+(?:\s+\w+)?)\s*$")


def _lined_up(row: str, clause: Clause) -> tuple[list[str], list[str]]:
    """A table row's cells and its header's, one for one; both empty for a sentence or a row that does not line up."""
    header = table_header(clause)
    cells, heads = table_cells(row), table_cells(header) if header else None
    return (cells, heads) if cells and heads and len(cells) == len(heads) else ([], [])


def _rate_column(head: str, clause: Clause) -> bool:
    """A column of a table with a column of units whose sums are each one's of its row's unit: headed "Đơn giá", or any
    column but a total's of a table that counts no quantity ("| Nội dung | ĐVT | Mức hỗ trợ tối đa (đồng) |")."""
    heads = [plain_words(h) for h in table_cells(table_header(clause) or "")]
    return UNIT_PRICE_HEAD_RE.match(plain_words(head)) is not None \
        or not any(QUANTITY_COLUMN_RE.match(h) for h in heads) and not TOTAL_COLUMN_RE.match(plain_words(head))


def _priced_per(row: str, clause: Clause, units: tuple[str, ...]) -> bool:
    """The row of a cost table counts in the unit asked, under its column of units ("| Túi sơ cấp cứu | túi | 11 |
    850.000 |" of "một túi"; not "| Tập huấn đội … | Lớp | 10 |" of "một tháng")."""
    cells, heads = _lined_up(row, clause)
    counted = [set(re.split(r"[/\s]+", unaccent(cells[i]).lower())) for i, head in enumerate(heads)
               if UNIT_COLUMN_RE.fullmatch(plain_words(head))]
    return any(set(units) & words for words in counted)


def _aim_compared(sentence: str, start: int) -> bool:
    """The value at `start` is the target a result is measured against ("vượt chỉ tiêu 9.500", "so với kế hoạch 4.000",
    "(kế hoạch 3.600 hội viên)")."""
    return AIM_COMPARED_RE.search(plain_words(sentence[:start])) is not None \
        or AIM_BRACKET_RE.search(unaccent(sentence[:start]).lower()) is not None


# a count's breakdown in brackets after it: "25 chi hội trong năm 2027 (huyện Hướng Hóa 14, huyện Đakrông 8, …)"
BREAKDOWN_OPEN_RE = re.compile(r"[^()\n]{0,40}?\(")
BREAKDOWN_PART_RE = re.compile(r"(?<=[^\W\d] )\d+(?:\.\d{3})*(?=\s*[,;)])")


def _broken_down(sentence: str, end: int) -> list[tuple[int, int]]:
    """The bare numbers of the parts a bracket after a count gives it, each after the name of its part: they count
    what the count counts ("huyện Đakrông 8" of "25 chi hội … (…)")."""
    opened = BREAKDOWN_OPEN_RE.match(sentence, end)
    if opened is None:
        return []
    close = sentence.find(")", opened.end())
    inside = sentence[opened.end() : close if close >= 0 else len(sentence)]
    return [(opened.end() + m.start(), opened.end() + m.end()) for m in BREAKDOWN_PART_RE.finditer(inside + ")")
            if m.end() <= len(inside)]


def _words_after_number(value: str) -> list[str]:
    """The words of a quantity after its number ("2.000 thùng mì" → ["thung", "mi"]), unaccented."""
    return plain_words(re.sub(r"^[\d.,\s]+", "", value)).split()


def _other_noun(value: str, asked: list[str], english: bool) -> bool:
    """The value counts in the unit word asked another thing than the question names after it ("bao nhiêu thùng
    nước uống": "100 thùng mì")."""
    words = _words_after_number(value)
    return not english and len(asked) > 1 and len(words) > 1 and words[0] == asked[0] and words[1] != asked[1]


BRACKETED_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\s*\([^()]*\)?[\s.;,]*$")  # "… năm 2023 (34.560 đơn vị": the end of what is said


def _shares(text: str) -> set[float]:
    """The percentages a text writes, as numbers ("6%", "8 phần trăm": 6, 8)."""
    return {low for low, _ in _share_bands(text, bounds=False)}


def _share_bands(text: str, bounds: bool = True) -> list[tuple[float, float]]:
    """The shares a text states, each as the band it covers: "từ 6% đến dưới 8%" (6–8), "từ 50% trở lên" (50 up),
    "không quá 70%" (up to 70), "60%" (60 alone); each number alone when `bounds` is False."""
    plain = unaccent(text).lower()
    spans = find_values("percentage", text)
    numbers = [float(re.match(r"[\d.,]+", text[s:e]).group(0).replace(".", "").replace(",", ".")) for s, e in spans]
    bands = []
    for i, ((s, e), number) in enumerate(zip(spans, numbers)):
        before, after = plain[max(0, s - 12) : s], plain[e : e + 12]
        if not bounds:
            bands.append((number, number))
        elif i + 1 < len(spans) and re.fullmatch(r"\s*(?:den|-|–)\s*(?:duoi\s+)?", plain[e : spans[i + 1][0]]):
            bands.append((number, numbers[i + 1]))  # "từ 6% đến dưới 8%"
        elif re.match(r"\s*tro len\b", after) or re.search(r"\b(?:tren|khong duoi|it nhat|toi thieu)\s*$", before):
            bands.append((number, float("inf")))
        elif re.match(r"\s*tro xuong\b", after) or re.search(r"\b(?:duoi|khong qua|toi da)\s*$", before):
            bands.append((0.0, number))
        else:
            bands.append((number, number))
    return bands


def _share_of(before: str, after: str, asked: list[str]) -> bool:
    """The words after a percentage make it a share of the whole of what was counted ("50% tổng số phiếu bầu", not
    "thu hội phí đạt 72% số hội viên"), and no rate is named before it ("Tỷ lệ đơn vị máu do người hiến máu nhắc lại
    đạt trên 30% tổng số đơn vị máu": the share of a part, not how many)."""
    whole = rf"\s*tong\s+so\s+(?:luong\s+)?{' '.join(unaccent(w) for w in asked)}\b"
    return not re.search(r"\bty le\b", unaccent(before).lower()) and re.match(whole, unaccent(after).lower()) is not None


# an organ of a body, as a text writes it, capitalised ("Ban Thường vụ", "Ủy ban Kiểm tra", "Tổ giúp việc"): its head
# and the two words after it; as a question names it, by its proper name ("Ban Chấp hành", not "Đội gồm …")
ORGAN_WORDS = r"(?:Ban|Ủy ban|Uỷ ban|Tiểu ban|Tổ|Đội|Hội đồng|Đoàn)"
ORGAN_RE = re.compile(rf"(?<!\w){ORGAN_WORDS}\s+(?!hành\b)[\w-]+\s+[\w-]+")
# (its name, however written: "Ban Thường vụ", "Đội ứng phó thảm họa")
# (not a delegation, a team going somewhere: "Đoàn đi đại hội Hội … tỉnh gồm bao nhiêu đại biểu")
ORGAN_ASKED_RE = re.compile(rf"(?<!\w){ORGAN_WORDS}\s+(?!(?:đi|dự|tham|về|ra|vào|sang|lên|xuống|đến|tới)\b)[^\W\d_][\w-]*\s+[\w-]+")


def _organ(name: str) -> str:
    """An organ by its head and the words that tell it from the others ("ban thuong vu", "uy ban kiem tra"), unaccented."""
    return " ".join(unaccent(name).split()[:4 if unaccent(name).startswith(("uy ban", "tieu ban", "hoi dong")) else 3])


# a kind of thing with its label ("giải Ba", "giải Khuyến khích", "loại A", "nhóm II", "đợt 2")
# (a rank typed in lower case too: "giải nhì")
LABELLED_KIND_RE = re.compile(r"(?<!\w)((?i:giải|loại|nhóm|hạng|đợt|khối|cụm|vùng))\s+([A-ZĐÀ-Ỹ][\w]*(?:\s+[a-zà-ỹđ]\w*)?|[IVX]+\b|\d+\b"
                              r"|(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt)(?!\w))")


# levels named together by "cấp" ("cấp huyện, cấp xã", "cấp tỉnh và huyện"), unaccented
LEVELS_TOGETHER_RE = re.compile(rf"\bcap\s+{LEVEL_WORD_RE.pattern}(?:\s*(?:,|va)\s*(?:cap\s+)?{LEVEL_WORD_RE.pattern})+")
ASKED_LEVEL_RE = re.compile(rf"\bcap\s+{LEVEL_WORD_RE.pattern}")


def _levels_together(question: str, after: str) -> bool:
    """The words after a figure name it of several levels together ("164 cán bộ Hội cấp huyện, cấp xã"), the
    question of fewer of them ("… cấp xã"): the figure is of more than it asks."""
    asked = {m.group(1) for m in ASKED_LEVEL_RE.finditer(plain_words(question))}
    noun = re.match(r"[^.;:()]{0,30}?(?=\bcap\b)", unaccent(after).lower())
    together = LEVELS_TOGETHER_RE.match(unaccent(after).lower(), noun.end()) if asked and noun else None
    named = set(LEVEL_WORD_RE.findall(together.group(0))) if together else set()
    return bool(asked) and asked < named


def _labelled_otherwise(question: str, before: str) -> bool:
    """The question names a kind with its label and the sentence names the same kind with another label last before
    the value ("03 giải Ba, mỗi giải 3.000.000 đồng" is no sum of the "giải Khuyến khích")."""
    def labels(text: str) -> list[tuple[str, str]]:  # (each by its first word: "giải Ba được …" is "giải Ba")
        return [(unaccent(m.group(1)).lower(), unaccent(m.group(2)).lower().split()[0]) for m in LABELLED_KIND_RE.finditer(text)]

    asked, named = set(labels(question)), labels(before)
    kinds = {kind for kind, _ in asked}
    last = next((pair for pair in reversed(named) if pair[0] in kinds), None)
    return last is not None and last not in asked


VENUE_HEADING_WORDS = 4  # "2. Địa điểm", "III. ĐỊA ĐIỂM TỔ CHỨC": a heading that is a label alone
VENUE_END_RE = re.compile(r"\s*[(;]|\.(?:\s|$)")  # where the place a clause opens with ends: a bracket, a stop


# "thẩm định thực tế", "kiểm tra thực tế", "đi thực tế": a check made on the spot, not what there is in fact (unaccented)
ON_SITE_BEFORE = tuple(f" {w}" for w in ("tham dinh", "kiem tra", "khao sat", "xac minh", "di"))


def _asks_now(question: str, phrases: list[str]) -> bool:
    """The question asks what there is now ("hiện có bao nhiêu", "đến nay"): a phrase of `current_state` as words of
    their own, not from inside a word ("thực hiện có vướng mắc" holds no "hiện có")."""
    written = re.findall(r"\w+", fold(question))
    plain = [unaccent(w) for w in written]
    pairs = word_list()[1]
    for phrase in phrases:
        words = phrase.split()
        for i in range(len(plain) - len(words) + 1):
            if plain[i : i + len(words)] == words and not (i and has_diacritics(question)
                                                           and f"{written[i - 1]}_{written[i]}" in pairs) \
                    and not (phrase == "thuc te" and f" {' '.join(plain[max(i - 2, 0) : i])}".endswith(ON_SITE_BEFORE)):
                return True
    return False


def _shared_figure(place: str, said: str, value: str, form: Callable[[str], str]) -> bool:
    """A figure the sentence gives of several places named one by one since its last figure, the place asked among them
    ("… điểm trường … xã Phúc Yên và … xã Sinh Long), khoảng 260 học sinh phải nghỉ học": none of one of them)."""
    at = said.find(value)
    if at <= 0:
        return False
    figures = list(re.finditer(r"\d[\d.,]*", said[:at]))
    named = {form(p) for group in places_named(said[figures[-1].end() if figures else 0 : at]) for p in group if p != "*"}
    return len(named) > 1 and place in named


def _part_named_after(key_words: frozenset[str], said: str, end: int) -> bool:
    """A key word of the question the sentence names only in a part of the figure ending at `end`, after "trong đó"
    ("… là 6,4 tỷ đồng, trong đó có kinh phí mua sắm 01 xe lấy máu": the figure is the whole's, not the xe's)."""
    part = PART_AFTER_RE.search(plain_words(said[end:]))
    if part is None or part.start() > PART_REACH:
        return False
    before, after = f" {plain_words(said[:end])} ", f" {plain_words(said[end:])[part.end():]} "
    named = [f" {unaccent(w).replace('_', ' ')} " for w in key_words if not w.isdigit()]
    return any(w in after and w not in before for w in named)


def _counts_other_organ(question: str, sentence: str, start: int) -> bool:
    """A count asked of one organ ("Ủy ban Kiểm tra … mấy ủy viên?") that the sentence gives of another, the one it
    names last before the value ("… bầu Ban Thường vụ gồm 13 ủy viên"), the head of a chain of "của" ("Tổ giúp việc của
    Ban Chỉ đạo gồm 06 thành viên" counts the Tổ)."""
    asked = {_organ(m.group(0)) for m in _organs(ORGAN_ASKED_RE, question)}
    named = _organs(ORGAN_RE, sentence[:start])
    if len(asked) != 1 or not named:
        return False
    owner = len(named) - 1
    while owner > 0 and re.fullmatch(r"\s+(?:của|thuộc)\s+", sentence[named[owner - 1].end() : named[owner].start()]):
        owner -= 1
    # (the organ asked, written after it in small letters: "Ban Chỉ huy … thành lập đội tình nguyện viên … gồm 20 thành
    # viên" counts the team)
    later = unaccent(sentence[named[-1].end() : start]).lower()
    return _organ(named[owner].group(0)) not in asked and not any(re.search(rf"\b{re.escape(o)}\b", later) for o in asked)


def _organs(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The organs `pattern` finds in a text, but for an organ word inside a body's name, after a word with a capital
    ("Thành Đoàn Huế", "Tỉnh Đoàn": the youth union of a city or province, no organ of another body)."""
    return [m for m in pattern.finditer(text) if not re.search(rf"(?<!\w){CAPITAL}\w*\s+$", text[: m.start()])]


RANGE_OPENED_RE = re.compile(r"\b(?:tu\s+)?\d{1,3}(?:[.,]\d{3})*\s*(?:den|-|–)\s*$")


def _range_start(sentence: str, start: int) -> int:
    """Where a value starts with the lower end of the range it closes ("từ 08 đến 10 người", "5 - 7 ngày")."""
    opened = RANGE_OPENED_RE.search(unaccent(sentence[:start]).lower())
    return opened.start() if opened and len(unaccent(sentence[:start])) == start else start


def _through_noun(sentence: str, start: int, end: int, asked: list[str]) -> int:
    """The end of a counted phrase through the noun asked when the count's unit is only its first word ("15 dân"
    of "15 dân quân trực": "15 dân quân")."""
    words = list(re.finditer(r"[^\W\d]+", sentence[start:]))
    plain = [unaccent(w.group(0)).lower() for w in words]
    asked = [unaccent(w).lower() for w in asked]
    if alongside := _counted_alongside(sentence[end:], asked):
        return end + alongside  # "80 đoàn viên, thanh niên tình nguyện"
    return start + words[len(asked) - 1].end() if plain[: len(asked)] == asked and start + words[len(asked) - 1].end() > end else end


def _money_asked(query: Query) -> bool:
    """The question asks a sum in money's words, in its phrase or right after it ("được thưởng bao nhiêu tiền")."""
    phrase, plain = plain_words(query.ask.phrase or ""), f" {plain_words(query.read or query.text)} "
    at = plain.find(f" {phrase} ") if phrase else -1
    after = plain[at + len(phrase) + 2 :].split()[:1] if at >= 0 else []
    return bool(MONEY_ASKED_RE.search(" ".join([phrase, *after])))


def _of_year(query: Query, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of several values a sentence states for several years, the one it says of the year asked, that year
    written right after it ("48.000 đơn vị máu trong năm 2026") with no other number between, or right before
    it in brackets ("tăng 1.860 đơn vị so với năm 2023 (34.560 đơn vị)")."""
    asked = years_in(" ".join(query.content))
    if len(asked) != 1:
        return None
    year = next(iter(asked))
    bracketed = next((span for span in spans if re.search(rf"\b{year}\s*\(\s*$", sentence[: span[0]])), None)
    if bracketed is not None or len(years_stated(sentence)) < 2:
        return bracketed
    return next((span for span in spans if re.match(rf"[^\d]{{0,30}}\b{year}\b", sentence[span[1] :])), None)


TARGET_BRACKET_RE = re.compile(r"\b(?:ke hoach|chi tieu|muc tieu)(?:\s+nam(?:\s+\d{4})?)?\s*\(\s*$")  # (unaccented)
SAME_PERIOD_RE = re.compile(r"\bcung\s+ky\b")  # "so với cùng kỳ năm 2026": the same part of another year (unaccented)


# a cell that is a name alone: two to five words, each capitalised
NAME_CELL_RE = re.compile(rf"(?:{CAPITAL}[a-zà-ỹđ]*\s+){{1,4}}{CAPITAL}[a-zà-ỹđ]*")
# a bracket that gives a year's figures of its own ("trao 640 suất quà (Tết Bính Ngọ năm 2026 trao 575 suất)")
YEAR_BRACKET_RE = re.compile(r"\([^()]*\b(?:19|20)\d{2}\b[^()]*\)")
# a bracket that only dates what stands before it: "(tháng 3/2022)", "(31/3/2027)", "(năm 2026)"; not one with figures of
# its own ("(Tết Bính Ngọ năm 2026 trao 575 suất, …)")
DATE_BRACKET_RE = re.compile(r"\(\s*(?:(?:ngày|tháng|năm|quý|đến|hết|cuối|đầu)\s+)*[\dIVX]{1,4}(?:\s*[/.-]\s*\d{1,4}){0,2}\s*\)",
                             re.IGNORECASE)
# a comparison with the same period of another year, and the figure it gives in brackets; a year's bracket
COMPARISON_RE = re.compile(rf"(?:so với\s+)?cùng kỳ(?:\s+năm\s+\d{{4}})?\s*(?:\([^()]*\))?|{YEAR_BRACKET_RE.pattern}", re.IGNORECASE)


def _value_at(said: str, value: str | None) -> int:
    """Where the value read from a sentence stands in it, or -1."""
    return said.find(value) if value else -1


def _period_written(periods: set[str], text: str) -> bool:
    """The text writes the months or the quarter of a period asked, however it goes on ("sau 6 tháng triển khai")."""
    written = f" {plain_words(text)} "
    return any(f" {' '.join(p.split()[:2])} " in written for p in periods)


def _without_comparisons(said: str, value: str | None) -> str:
    """The sentence without the comparisons with another year's same period, and the brackets giving a year's figures,
    that do not hold the value."""
    at = _value_at(said, value)
    if at < 0:
        return said
    return COMPARISON_RE.sub(lambda m: m.group(0) if m.start() <= at < m.end() else " ", said)


def _before_plan_share(said: str, value: str | None) -> bool:
    """The value comes before the share of a year's plan the sentence says it reached ("27.860 đơn vị, đạt 53,6% kế
    hoạch năm (52.000 đơn vị)")."""
    at = _value_at(said, value)
    share = PLAN_SHARE_RE.search(unaccent(said).lower())
    return at >= 0 and share is not None and at < share.start()


def _target_bracketed(said: str, value: str | None) -> bool:
    """The value is the target's own figure, in brackets after it: "đạt 61,7% kế hoạch năm 2027 (300 hội viên)"."""
    at = _value_at(said, value)
    return at >= 0 and TARGET_BRACKET_RE.search(unaccent(said[:at]).lower()) is not None


def _of_same_period(said: str, value: str | None) -> bool:
    """The part of the sentence that leads to the value (from the last "," or ";" before it) compares it with the same
    period of another year: "…, cao hơn cùng kỳ năm 2026 (142 hội viên)"."""
    at = _value_at(said, value)
    if at < 0:
        return False
    lead = re.split(r"[,;]", said[:at])[-1]
    return SAME_PERIOD_RE.search(unaccent(lead).lower()) is not None


# a public budget by the level of government it is of: "ngân sách trung ương", "ngân sách tỉnh", "ngân sách cấp xã"
BUDGET_LEVEL_RE = re.compile(r"\bngan\s+sach\s+(?:cap\s+)?(trung\s+uong|tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong)\b")


def _budget_levels(text: str) -> set[str]:
    """The levels of the public budgets a text names ("ngân sách tỉnh", "ngân sách cấp xã"), a ward's as a commune's."""
    return {{"phuong": "xa", "quan": "huyen", "thi xa": "huyen"}.get(level, level)
            for level in (" ".join(m.group(1).split()) for m in BUDGET_LEVEL_RE.finditer(plain_words(text)))}


def _of_other_years(asked: set, text: str) -> bool:
    """Whether the text states years, none of them the ones asked."""
    return bool(asked) and bool(years_stated(text)) and not asked & years_said(text, asked)


def _bracketed_whole(text: str) -> bool:
    """Whether every bracket the text opens it closes, and closes none it did not open."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0




def edge_asked(query: Query) -> str | None:
    """"bat dau" or "ket thuc" when the question asks when something starts or ends ("… bắt đầu lúc mấy giờ", "bế
    mạc lúc mấy giờ", "khai mạc khi nào"), else None."""
    phrase = f" {plain_words(query.ask.phrase or '')} "
    if query.ask.name in ("time", "day"):
        question = f" {plain_words(query.read or query.text)} "
        phrase += " ".join(edge for edge, words in EDGE_WORDS.items() if any(f" {w} " in question for w in words))
    return next((edge for edge in EDGES_STATED if f" {edge} " in f"{phrase} "), None)


def opens_total(cells: list[str]) -> bool:
    """Whether a table's row, or its header, opens a cell on a total ("Tổng cộng", "Cộng", "Toàn tỉnh", "Tổng số
    (người)"): not a word inside a cell ("Phó Trưởng phòng Kế hoạch tổng hợp")."""
    return any(TOTAL_ROW_RE.match(nfc(cell)) for cell in cells)


YEAR_RANGE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*(?:-|–|đến|den)\s*(?:19|20)\d{2}(?!\d)")


def _row_named(question: str, cells: list[str]) -> bool:
    """The question names a row of a table by one of its cells: a word of three letters or more of it that is no kind
    of place ("Lệ Giang", "tiếp nhận"), every number of a date it writes ("ngày 14/1/2027"), or its year."""
    plain = f" {plain_words(question)} "
    asked = set(plain.split())
    # (not the ends of a period: "giai đoạn 2026-2030" names the whole of it, not the row of 2026 or 2030)
    numbers = {int(n) for n in re.findall(r"\d+", YEAR_RANGE_RE.sub(" ", question))}
    for cell in cells:
        written = plain_words(cell)
        words = [w for w in written.split() if len(w) >= 3 and not w.isdigit() and w not in PLACE_KIND_WORDS]
        # (a date, or a year: "| 2028 | 50 | 900.000.000 |")
        dated = [int(n) for n in re.findall(r"\d+", cell)] if SLASH_DATE_RE.search(cell) or YEARS_RE.fullmatch(written) else []
        # (or the whole of it: "Hà Tĩnh")
        if set(words) & asked or dated and set(dated) <= numbers or written and not written.isdigit() and f" {written} " in plain:
            return True
    return False


# where the words a count goes on with end: a mark, or a word that places or frames it ("03 người mất tích|, 3.418 …",
# "03 người mất tích| trên địa bàn tỉnh")
COUNT_PART_END_RE = re.compile(r"[,;:.()\n]|\s(?=(?:trên|tại|ở|của|do|trong|theo|cho|từ|với)\s)")
PART_JOINER_RE = re.compile(r"[\s,]*(?:\b(?:và|hoặc)\s*)?$")  # the word that joins a part to the next value
COUNT_PART = 40  # the most characters a count and the words that say what it counts take


def _level_of_named(question: str, sentence: str) -> str | None:
    """Of a question asking at which level a thing is ("ngân sách cấp nào", "Hội cấp nào"), the thing the sentence
    names at a level, with the level ("Ngân sách cấp huyện"); None when it names it at none."""
    asked = LEVEL_ASKED_RE.search(plain_words(question))
    if asked is None:
        return None
    plain = unaccent(sentence).lower()
    if len(plain) != len(sentence):
        return None
    for thing in dict.fromkeys([asked.group(1), asked.group(1).split()[-1]]):  # ("do Hội cấp nào": "Hội")
        if found := re.search(rf"\b{re.escape(thing)}\s+(?:cap\s+)?{LEVEL_WORD_RE.pattern}", plain):
            return sentence[found.start() : found.end()]
    return None


def _counted_alongside(following: str, asked: list[str]) -> int:
    """How far the text after a count runs through the noun asked when it is one of the nouns the count is written
    with, after its first ("80 đoàn viên, thanh niên tình nguyện", "60 cán bộ, chiến sĩ và dân quân": "bao nhiêu
    thanh niên", "bao nhiêu dân quân"); 0 when it is not."""
    named = " ".join(unaccent(w).lower() for w in asked)
    words = re.match(r"(?:\s*(?:,|\bvà\b)\s*[^\W\d]+(?: [^\W\d]+){0,3}){1,3}", following)
    plain = unaccent(words.group(0)).lower() if words else ""
    at = re.search(rf"(?:,|\bva\b)\s*({re.escape(named)})\b", plain)
    return at.end(1) if at else 0


def _act_named(query: Query, sentence: str, start: int, end: int) -> bool:
    """The sentence names, besides the count, a content word of the question the count's own words do not hold ("huy
    động" of "Huyện đoàn huy động bao nhiêu thanh niên?"): a count written among other nouns ("cho 70 cán bộ, tình
    nguyện viên") answers only what the question says is done with them, not "có bao nhiêu tình nguyện viên"."""
    stop = COUNT_PART_END_RE.search(sentence, end)  # (the count's words run on to the next mark)
    counted = sentence[start : stop.start() if stop else len(sentence)]
    words = {unaccent(w).lower() for w in query.content if "_" not in w} - set(plain_words(counted).split())
    return bool(words & set(plain_words(sentence).split()))


def _after_total(sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of counts of one sentence, the one right after the words that name a total ("Tổng số TNV huy động: 64 TNV",
    "tổng cộng 492 lượt"), with no other number between; None when none is."""
    for start, end in spans:
        if TOTAL_BEFORE_RE.search(unaccent(sentence[max(0, start - COUNT_OF_GAP) : start]).lower()):
            return start, end
    return None


def _each_of_people(question: str, people: list[str]) -> bool:
    """The question asks a value for each of some people ("mỗi nhân khẩu", "mỗi học viên")."""
    plain = f" {plain_words(question)} "
    return any(f" moi {p} " in plain for p in people)


def _each_named_before(query: Query, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of figures a sentence sets for each of several kinds one after another ("mỗi tập thể được thưởng 1.800.000 đồng,
    mỗi cá nhân được thưởng 900.000 đồng"), the one after "mỗi" and the kind the question names; None when not one."""
    content = {unaccent(w).replace("_", " ") for w in query.content}
    named, before = [], 0
    for start, end in sorted(spans):
        each = [m.group(1) for m in EACH_WORDS_RE.finditer(unaccent(nfc(sentence[before:start])).lower())]
        if each and (each[-1] in content or each[-1].split()[0] in content):
            named.append((start, end))
        before = end
    return named[0] if len(named) == 1 else None


def _told_apart(query: Query, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of counts of one sentence, the one whose own words (to the next mark) alone hold a word the question asks
    about, with those words ("12 người chết, 03 người mất tích": "bao nhiêu người mất tích" asks "03 người mất
    tích"); None when no one count alone does."""
    words = {unaccent(s) for w in query.content for s in w.split("_")}
    held = []
    for at, (start, end) in enumerate(spans):
        stop = COUNT_PART_END_RE.search(sentence, end)
        # (up to the next value: "50.000.000 đồng/căn xây mới và 20.000.000 đồng/căn sửa chữa")
        close = min([stop.start() if stop else len(sentence), *(s for s, _ in spans[at + 1 :])])
        part = (start, start + len(PART_JOINER_RE.sub("", sentence[start:close])))
        held.append((part, set(plain_words(sentence[part[0] : part[1]]).split()) & words))
    told = [(part, own) for part, own in held if own - set().union(*(o for p, o in held if p != part))]
    if len(told) != 1 or told[0][0][1] - told[0][0][0] > COUNT_PART:
        return None
    return told[0][0]


def periods_named(text: str) -> set[str]:
    """The parts of a year a text names as a period reported on ("6 tháng đầu năm", "quý II", "cả năm"),
    the number read as a figure ("sáu tháng" as "6"), without diacritics."""
    plain = plain_words(text)
    found = {f"{str(SPELLED_NUMBERS.get(n, n)).lstrip('0')} thang {side}" for n, side in MONTHS_OF_YEAR_RE.findall(plain)}
    found |= {f"{str(SPELLED_NUMBERS.get(n, n)).lstrip('0')} thang dau" for pair in MONTHS_SO_FAR_RE.findall(plain) for n in pair if n}
    found |= {f"6 thang {side}" for side in HALF_YEAR_RE.findall(plain)}  # "nửa đầu năm" is "6 tháng đầu năm"
    found |= {f"quy {QUARTERS.get(q, q)}" for q in QUARTER_RE.findall(plain)}
    found |= {f"{str(SPELLED_NUMBERS.get(n, n)).lstrip('0')} thang dau" for n in REPORT_MONTHS_RE.findall(plain)}
    # (a table's column of what was done so far: "Thực hiện 6 tháng", "Kết quả 9 tháng")
    found |= {f"{n.lstrip('0')} thang dau" for n in DONE_MONTHS_RE.findall(plain)}
    whole = WHOLE_YEAR_RE.search(plain) or REPORT_YEAR_RE.search(plain) or HALF_AND_YEAR_RE.search(plain)
    return found | ({WHOLE_YEAR} if whole else set())


ANY_HARM = frozenset(folded_word(w) for w in ("ảnh_hưởng", "tác_động", "thiệt_hại"))  # harms of any kind, as segmented


def harms_asked(question: str) -> list[str]:
    """What the question says befell the case asked of, folded: the verb right after "bị" ("nhà bị
    ngập", "hộ bị cháy nhà"), or after "có người" ("gia đình có người chết", "hộ có người mất tích"); a value
    said of another harm ("nhà bị sập", "nhà ở bị hư hỏng") answers another case."""
    tags = [(folded_word(w), tag) for w, tag in word_tags(question)]
    harmed = [word for (before, _), (word, tag) in zip(tags, tags[1:]) if before == SUFFERED_MARK and tag in ("V", "A")]
    # (or the harm read as one word with it: "người bị_thương")
    harmed += [word for word, tag in tags if word.startswith(f"{SUFFERED_MARK}_") and tag in ("V", "A")]
    harmed += [word for (has, _), (who, _), (word, tag) in zip(tags, tags[1:], tags[2:])
               if (has, who) == HAS_PERSON and tag in ("V", "A", "N") and word != SUFFERED_MARK]
    # (not one that names every harm: "lúa có nguy cơ bị ảnh hưởng" is said by "đe dọa 18.500 ha lúa")
    return [word for word in harmed if word not in ANY_HARM]


def _act_written(act: str) -> str:
    """How a segmented sentence writes an act: one of several syllables anywhere ("hỗ_trợ", "tổng_thiệt_hại"), one of
    a syllable only as a word of its own ("cấp", not of "khẩn_cấp")."""
    if " " in act:
        return r"(?<![^\W_])" + re.escape(act).replace(r"\ ", "[ _]") + r"(?![^\W_])"
    return rf"(?<!\w){re.escape(act)}(?!\w)"


def _begins(name: str, typed: str) -> bool:
    """Whether a place's name is, or begins with, the words typed ("bach long vi", "bach long")."""
    return name == typed or name.startswith(typed + " ")


def _folded_words(text: str) -> str:
    """Lowercase words with their diacritics (folded), single-spaced: `sum_acts` as the texts write them."""
    return " ".join(re.findall(r"\w+", fold(nfc(text))))


@lru_cache(maxsize=1024)  # asked of every sentence a count question reads
def _unit_word_asked(question: str, classifiers: frozenset[str]) -> bool:
    return unit_word_asked(question, classifiers) is not None


@lru_cache(maxsize=1024)  # read again for every sentence a value is looked for in
def _bound_asked(question: str) -> str | None:
    """"upper" of "tối đa bao nhiêu thành viên", "lower" of "ít nhất mấy lần", else None."""
    plain = plain_words(question)
    found = [bound for bound, pattern in BOUNDS.items() if pattern.search(plain)]
    return found[0] if len(found) == 1 else None


def _own_part(sentence: str, value: str | None) -> str:
    """The part of a sentence (between commas, semicolons) that holds the value; the sentence when it holds none."""
    at = sentence.find(value) if value else -1
    if at < 0:
        return sentence
    start = max(sentence.rfind(mark, 0, at) for mark in (", ", "; ")) + 1
    ends = [e for e in (sentence.find(mark, at + len(value)) for mark in (", ", "; ")) if e >= 0]
    return sentence[start : min(ends, default=len(sentence))]


def _opened_days(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each word that opens a day ("chậm nhất", "trước ngày") joined to the day right after it."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and DAY_OPENER_RE.search(unaccent(sentence[joined[-1][0] : joined[-1][1]]).lower()) \
                and sentence[joined[-1][1] : start].isspace():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _no_total(sentence: str, start: int, end: int) -> bool:
    """The value at `start`–`end` answers no question of a total ("tổng kinh phí", "tổng cộng bao nhiêu"): it is set
    for each one of a unit ("500.000 đồng/con", "cho mỗi huyện, thị xã 200 suất quà") or as a threshold ("từ 10 tình
    nguyện viên trở lên"; not "tổng giá trị không dưới 2 tỷ đồng", "phấn đấu đạt 14 tỷ đồng trở lên": a total still), or
    for a part the sentence singles out ("riêng …", "trong đó …")."""
    before = unaccent(sentence[max(0, start - 40) : start]).lower()
    # (each one, as written: "xây dựng mới và sửa chữa 610 căn" is new, no rate; typed without diacritics, "moi")
    written = nfc(sentence[max(0, start - 40) : start]).lower()
    rate = RATE_BEFORE_RE.search(written if has_diacritics(sentence) else before)
    # (nor a part the sentence singles out: "riêng tại Lễ phát động đã tiếp nhận 2,35 tỷ đồng", "trong đó …")
    part = re.search(r"(?:^|[,;:(])\s*(?:rieng|trong do)\b[^,;:]*$", unaccent(sentence[:start]).lower())
    return bool(part or RATE_AFTER_RE.match(unaccent(sentence[end : end + 20]).lower())
                or rate
                or THRESHOLD_FROM_RE.search(before)
                # (a total the sentence names before its threshold: "tổng trị giá (tiền mặt và hiện vật) từ 7,5 tỷ đồng
                # trở lên")
                and not TOTAL_NAMED_RE.search(unaccent(sentence[max(0, start - 60) : start]).lower())
                and any(after.match(unaccent(sentence[end : end + 16]).lower()) for after in BOUNDED_AFTER.values()))


def _bounded_otherwise(sentence: str, start: int, end: int, bound: str) -> bool:
    """The value at `start`–`end` is set as the bound other than the one asked: "tối thiểu 30 thành viên" for
    a maximum, "không quá 5%" for a minimum."""
    other = "lower" if bound == "upper" else "upper"
    before = unaccent(sentence[max(0, start - 24) : start]).lower()
    after = unaccent(sentence[end : end + 16]).lower()
    return bool(re.search(rf"{BOUNDS[other].pattern}\s*$", before)) or bool(BOUNDED_AFTER[bound].search(after))


def _glued_only(question: str, noun: list[str], text: str) -> bool:
    """Whether a text writes the noun a question counts (unaccented) only as a syllable of another word, spelled as the
    question spells it: "bao nhiêu tổ chữ thập đỏ" counts no "tổ" of "tổ chức" (but "Tổ Chữ thập đỏ", a word the
    question goes on with, is one). False when the text writes it as a word, or not at all, or either is typed without
    diacritics (the segmenter tells no words apart there)."""
    written = re.findall(r"\w+", nfc(question).lower())
    asked = [unaccent(w) for w in written]
    at = next((i for i in range(len(asked)) if asked[i : i + len(noun)] == noun), None)
    if at is None or not has_diacritics(text) or not has_diacritics(question):
        return False
    head, after = fold(written[at]), [fold(w) for w in written[at + 1 :]]
    glued = False
    for word, _ in word_tags(nfc(text)):
        syllables = [fold(s) for s in word.lower().split("_")]
        for i, syllable in enumerate(syllables):
            if syllable == head:
                if syllables[i + 1 :] == after[: len(syllables) - i - 1]:
                    return False
                glued = True
    return glued


def _of_other_days(days: set, text: str, headings: str) -> bool:
    """Whether a text states days, none of them those asked, nor do its headings name one as the occasion it is of
    ("Họp mặt … ngày 19/11" under "kỷ niệm … (23/11/1946 - 23/11/2027)" is of 23/11)."""
    return bool(days) and bool(stated := days_in(text)) and not days & (stated | days_in(headings))


def _label_numbers(text: str) -> set[int]:
    """The numbers a text labels its things by ("đợt 1", "lớp 2"; not a letter: "loại C")."""
    return {int(key.rsplit("_", 1)[1]) for key in labelled(text) if key.rsplit("_", 1)[1].isdigit()}

