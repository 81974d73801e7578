"""Values stated in a sentence: times, effective dates, amounts, counts, durations, percentages.

The patterns are the grammar of Vietnamese administrative text ("trước ngày 15/12 hằng năm", "trong
quý IV/2024", "trong vòng 24 giờ", "07 ngày làm việc", "50 triệu đồng", "30%"), matched on the text
without diacritics; they are not tied to any document. A body (an agency) is found with the alias
table by the caller.
"""

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from retrieval.answer.quantities import FUNCTION_WORDS, GRAMMAR_WORDS, GRAMMAR_WRITTEN, PREPOSITIONS, SPELLED_NUMBERS, compared, each_units, quantities
from retrieval.index.lexical import word_tags
from retrieval.ingest.header import PAGE_NUMBER, PLACE_WORDS
from retrieval.text import CAPITAL, fold, has_diacritics, nfc, unaccent

# a line break inside a sentence: after no sentence end, before no new item ("- …", "2. …", "b) …")
ITEM_WRAP_RE = re.compile(r"(?<=;)\n(?=\w)")  # a line break after ";" before a word: an item's end, or a wrap
WRAPPED_RE = re.compile(r"(?<![.;:!?\n])\n(?!\n|\s*[-+•*|–]|\s*\d{1,3}(?:\.\d{1,3})*[.)]\s|\s*[a-zđ][.)]\s)")
# a page break inside a sentence: blank lines (and the page's number) before a word in lower case
PAGE_BREAK_RE = re.compile(rf"(?<![.;:!?\s])\s*\n\s*\n(?:\s*{PAGE_NUMBER}\s*\n\s*\n)?\s*(?=[a-zà-ỹđ])")
FULL_STOP_RE = re.compile(r"[.!?](?=\s)|(?<!:)\n")
# a row of a table, written on one line with pipes between its cells (and at its edges, or not: a plain-text table's)
TABLE_ROW_RE = re.compile(r"\s*[^\n|]*\|[^\n]*")
SENTENCE_RE = re.compile(r"(?:[^.;!?\n]|[.,](?=\w))+(?:[.;!?]|\n|$)")  # (a full stop inside a word goes on: "12.400", "TP.HCM", "…@gmail.com")
# a date right after a document's number is that document's date ("Thông tư số 07/2017/TT-BGDĐT,
# ngày 14/3/2014"), not a time the clause sets
REFERENCE_BEFORE_RE = re.compile(r"(?:\d+/\d{4}/[a-z]|\d+[-/][a-z]+[-/]?[a-z]*|\bso\s+\d+)[^.;]{0,12}$")
YEARS_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "mỗi hộ", and after "bao nhiêu (tiền)", "một tháng" ("hỗ trợ bao nhiêu tiền một tháng")
# (typed bare, "moi" after a verb of making is "mới": "xay moi", "ket nap moi", "phat trien moi", "thanh lap moi";
# after "dau" it is "mối": "đầu mối")
# ("hằng tháng", "hàng năm": each of a period)
EACH_RE = re.compile(r"(?<!\bxay )(?<!\bnap )(?<!\btrien )(?<!\blap )(?<!\bdung )(?<!\btao )(?<!\bdau )\bmoi\s+([a-z]+)|\bbao nhieu(?:\s+[a-z]+){0,2}?\s+(?:mot|1)\s+([a-z]+)"
                     r"|\bhang\s+(thang|nam|ngay|tuan|quy)\b|\bdon gia\s+(?:cua\s+)?(?:mot|1)\s+([a-z]+)"
                     r"|^\s*(?:mot|0?1)\s+(?!so\b|vai\b)([a-z]+)(?=.*\b(?:bao nhieu|may)\b)"
                     r"|(?<!\bda )\btung\s+(?!buoc\b)([a-z]+)(?=.*\b(?:bao nhieu|may)\b)")  # ("từng huyện": each; not "đã từng")
PER_ONE_RE = re.compile(r"(\bbao\s+nhi[eê]u(?:\s+\w+){0,2}?)\s+(?:0?1|một|mot)\s+(?=\w)", re.IGNORECASE)
EACH_WRITTEN_RE = re.compile(r"\bmỗi\s+(\w+)|\bbao nhiêu(?:\s+\w+){0,2}?\s+(?:một|1)\s+(\w+)"  # not "mới"
                             r"|\bh[ằà]ng\s+(tháng|năm|ngày|tuần|quý)\b"
                             r"|\bđơn giá\s+(?:của\s+)?(?:một|1)\s+(\w+)"  # ("đơn giá một túi": the price of each)
                             # ("Một suất quà … bao nhiêu?"; not "một số", "một vài": some)
                             r"|^\s*(?:một|0?1)\s+(?!số\b|vài\b)(\w+)(?=.*\b(?:bao nhiêu|mấy)\b)"
                             r"|(?<!\bđã )\btừng\s+(?!bước\b)(\w+)(?=.*\b(?:bao nhiêu|mấy)\b)")  # ("chia cho từng huyện")
# "01 đội thi gồm 05 học sinh": one unit made of its members is per unit too
PER_UNIT_RE = re.compile(r"(?:\bmỗi|\bmột|\bhằng|\bhàng|/|(?<![\d.,/])\b0?1(?=\s+\w+(?:\s+\w+)?\s+(?:gồm|có)\b))\s*(\w+)")
# the words that bound a number after a unit ("chia nhóm không quá 08 người"), unaccented
BOUND_WORDS = r"(?:khong\s+qua|khong\s+vuot\s+qua|toi\s+da|toi\s+thieu|it\s+nhat|khong\s+duoi)"
# words after a place's name that say something of it, so a number before them closes the name ("Hà Giang 2 có …")
NAME_ENDS = frozenset("có được là đã phải thì và với cần nhận đạt co duoc la da phai thi va voi can nhan dat".split())
RECURRING_PERIODS = ("nam", "quy", "thang", "tuan")  # the periods a plan sets a number for each of (unaccented)
GENERIC_UNITS = frozenset({"don", "dong"})  # "mỗi đơn vị", "/đơn vị", "mỗi đồng chí": each of whatever units the sentence names (unaccented)
# (a name, words that are no preposition: "mỗi lớp … của các huyện" is no class of each district)
_NAME_WORD = r"(?!(?:của|tại|cho|ở|và|với|theo|trong|thuộc)\b)[^\W\d]+"
EACH_NAMED_RE = re.compile(rf"\bmỗi\s+((?:{_NAME_WORD}\s+){{1,5}}{_NAME_WORD})")
# Two years that bound one span: "2024 - 2026", "từ đầu năm 2023 đến tháng 9/2024", "2021 đến hết năm 2025"
YEAR_SPAN_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-–]|\bden(?:\s+(?:het|cuoi|giua))?(?:\s+(?:nam|thang\s+\d{1,2}\s*/?|quy\s+[ivx]+\s*/?))?)"
    r"\s*((?:19|20)\d{2})(?!\d)")
# "so với năm 2023", "so với cùng kỳ năm 2023", "so với Tết Quý Mão 2023": the year a figure is compared with
COMPARED_RE = re.compile(r"\bso voi\s+(?:[a-z]+\s+){0,6}?(?:19|20)\d{2}\b")  # "so với kết quả thực hiện năm 2026"
# a text's symbol that holds its year ("Nghị định số 98/2023/NĐ-CP"): the year names the text, not a figure's year
SYMBOL_YEAR_RE = re.compile(r"(?<![\d/])\d{1,6}\s*/\s*(?:19|20)\d{2}\s*/\s*[a-z][a-z0-9-]*")
YEARLY_RE = re.compile(r"\b(?:moi|hang)\s+nam\b")
NUMBER_NAMES = frozenset({"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})  # two to ten, as written
DURATION_UNITS = ("ngay", "gio", "thang", "nam", "tuan", "phut")
DURATION = rf"\d{{1,4}}(?:,\d{{1,2}})?\s*(?:{'|'.join(DURATION_UNITS)})(?:\s+lam\s+viec)?\b"
# a day written "15/11" or "15/11/2024" (not "ít nhất 2/3 số …"): its day and month as groups
# (a day of a month that is one: "15/15 xã" counts)
# (nor, unless "ngày" opens it, a share of places or units: "tại 11/11 huyện, thành phố")
SLASH_DATE = (r"(?<![\d/])(?<!nhat )(?<!tren )(?<!duoi )"
              r"(?:(?<=ngay )|(?!\d{1,2}/\d{1,2}\s+(?:huyen|xa|phuong|thi tran|quan|tinh|thanh pho|don vi|truong|co so|thon)\b))"
              r"(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?:/\d{4})?(?![\d/])"
              r"(?!\s+(?:so|tong|ky|lan|dot|chi tieu|tieu chi)\b)")  # ("chậm 02/04 kỳ": two periods of four)
# a place on the calendar: a day, a month, a quarter, a year, a period
DAY = (
    # the hour before a day ("trước 11 giờ ngày 13/11/2024", "16 giờ 30 ngày 30/10") is part of it
    # two days of one month in words ("họp ngày 27 và 28 tháng 7 năm 2027", "22 - 23 tháng 6"): one span
    r"(?:\bngay\s+|(?<![\d/.,]))(?:0?[1-9]|[12]\d|3[01])\s*(?:va|-|–)\s*(?:0?[1-9]|[12]\d|3[01])\s+thang\s+(?:0?[1-9]|1[0-2])"
    r"(?:\s+nam\s+\d{4})?\b|"
    r"(?:\b\d{1,2}\s+gio(?:\s+\d{1,2}(?:\s+phut)?)?\s+)?"
    r"\bngay\s+\d{1,2}\s*(?:/|-|\s+thang\s+)\s*\d{1,2}(?:\s*(?:/|-|\s+nam\s+)\s*\d{4})?"
    # a day of every month or of the next ("trước ngày 05 của tháng sau", "ngày 25 hằng tháng")
    r"|\bngay\s+\d{1,2}\s+(?:cua\s+)?(?:hang\s+thang|thang\s+(?:sau|tiep\s+theo|cuoi|dau)(?:\s+quy)?)\b"
    # (the month said apart: "hằng tháng, trước ngày 25", "chậm nhất ngày 05")
    r"|\b(?:truoc|cham\s+nhat|vao)\s+ngay\s+\d{1,2}\b(?!\s*(?:[/.,-]\s*\d|\d|thang\b|nam\b|cua\b|hang\b))"
    # two days of one month ("22 và 23/9/2027", "22 - 23/9/2027"): one span
    rf"|(?<![\d/.,])(?:0?[1-9]|[12]\d|3[01])\s*(?:va|-|–)\s*{SLASH_DATE}"
    rf"|{SLASH_DATE}"
    # a day of the week by its place in a month ("Chủ nhật thứ ba của tháng 11", "thứ Bảy cuối cùng tháng 3")
    r"|\b(?:chu\s+nhat|thu\s+(?:hai|ba|tu|nam|sau|bay))\s+(?:thu\s+(?:nhat|hai|ba|tu)|dau\s+tien|cuoi\s+cung|cuoi)"
    r"\s+(?:cua\s+|trong\s+)?thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?\b"
    # (with the week or the part of it: "Tuần 2 tháng 6/2028", "cuối tháng 3")
    r"|\b(?:(?:tuan\s+(?:\d|dau(?:\s+tien)?|cuoi(?:\s+cung)?|thu\s+(?:nhat|hai|ba|tu))|dau|giua|cuoi)\s+(?:cua\s+)?)?"
    r"thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?\b"
    r"|\bquy\s+(?:iv|i{1,3}|[1-4])\b(?:\s*/\s*\d{4}\b|\s+nam\s+\d{4}\b)?"
    r"|\bnam\s+(?:19|20)\d{2}\b"
    r"|\bgiai\s+doan\s+(?:19|20)\d{2}"
    # a school year or a term of office: "năm học 2025 - 2026", "nhiệm kỳ 2022 - 2027"
    r"|\b(?:nam\s+hoc|nien\s+khoa|nhiem\s+ky)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
)
# a time of day: "từ 13 giờ 30 đến 17 giờ 00", "lúc 7h30", "14 giờ 30 phút"
CLOCK_TIME = (r"\b(?:tu|luc|vao\s+luc|den|bat\s+dau)\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s+phut)?)?"
              r"(?:\s+(?:den|-)\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s+phut)?)?)?(?!\w)"
              # a time of day by which, each of two ("trước 07 giờ và 15 giờ hằng ngày"); not of a day ("trước 16 giờ
              # ngày 5/3") nor hours before an event ("12 giờ trước khi bão đổ bộ")
              r"|\btruoc\s+\d{1,2}\s*gio(?:\s+\d{1,2}(?:\s+phut)?)?(?:\s+va\s+\d{1,2}\s*gio(?:\s+\d{1,2}(?:\s+phut)?)?)?"
              r"(?!\s*\d)(?!\s+(?:truoc|sau|ngay|ke|phut)\b)"
              r"|\b\d{1,2}\s*gio\s+\d{1,2}(?:\s+phut)?\b"
              # (written short, bare: "7h30 - 20h00" in a table's cell)
              r"|\b\d{1,2}h\d{2}(?:\s*[-–]\s*\d{1,2}h\d{2})?\b")
# a day of the week, as a weekly meeting or report falls ("vào chiều thứ Sáu", "sáng thứ Hai tuần đầu tiên của tháng"),
# not an ordinal ("lần thứ hai")
WEEKDAY = (r"(?:\bvao\s+(?:(?:buoi\s+)?(?:sang|chieu|toi)\s+)?|\b(?:sang|chieu|toi)\s+|\bcac\s+ngay\s+)"
           r"thu\s+(?:hai|ba|tu|nam|sau|bay)\b(?:\s+(?:tuan\s+(?:dau\s+tien|dau|cuoi\s+cung|cuoi)|hang\s+tuan)\b)?")
# any time frame: a place on the calendar, a recurrence (with its day of the week), a limit, a time of day
TIME = (
    DAY + rf"|{CLOCK_TIME}|\bhang\s+(?:nam|quy|thang|tuan|ngay)\b(?:\s+{WEEKDAY})?|{WEEKDAY}"
    r"|\bdinh\s+ky\b|\bthuong\s+xuyen\b|\bcham\s+nhat\b|\btruoc\s+ngay\b(?!\s+\d{1,2}\s+(?:cua|hang)\b)|\bke\s+tu\s+ngay\b"  # ("trước ngày 05 hằng tháng": the day)
    rf"|\b(?:trong|trong\s+vong|trong\s+thoi\s+han|sau)\s+{DURATION}"
    # a time counted from an event, one or several ("01 tháng, 06 tháng và 12 tháng sau phẫu thuật", "12 giờ trước khi
    # bão đổ bộ"; not "02 năm trước đây")
    rf"|(?:{DURATION}\s*(?:,|va|hoac)\s*)*{DURATION}\s+(?:sau|truoc)\s+(?:khi\s+)?(?!(?:day|do|nua|nay)\b)[a-z]+(?:\s+[a-z]+){{0,2}}"
)
# how often: "mỗi quý một lần", "02 lần/năm", "01 kỳ/tháng", "hằng tháng", "định kỳ 6 tháng", "03 giờ một lần"
FREQUENCY = (r"\b(?:\d+|mot|hai|ba|bon)\s+lan(?:\s*(?:/|trong|mot|moi)\s*(?:nam|quy|thang|tuan))?\b"
             r"|\b(?:\d+|mot|hai)\s+(?:ky|so|buoi|dot)\s*/\s*(?:nam|quy|thang|tuan)\b"
             r"|\bmoi\s+(?:nam|quy|thang|tuan)\s+(?:it nhat\s+)?(?:\d+|mot|hai|ba)\s+lan\b"
             r"|\bhang\s+(?:nam|quy|thang|tuan|ngay)\b|\bdinh\s+ky(?:\s+\d+\s+thang)?\b"
             r"|\bmoi\s+(?:quy|thang|tuan)\b(?!\s+(?:\d|dau|cuoi))"  # "mỗi quý" alone: once each ("… 01 điểm … mỗi quý")
             # (every so long: "03 giờ một lần", "02 năm một lần")
             r"|\b(?:\d+|mot|hai|ba|sau)\s+(?:gio|ngay|tuan|thang|quy|nam)\s+(?:mot|0?1)\s+lan\b")
# a place: after "tại"/"ở" a place word, a unit or a body ("tại Nhà văn hóa huyện", "ở các xã ven biển", "tại UBND
# xã", "tại Chi cục Thủy lợi"); a venue named alone, as a schedule's column writes it; what a line labels "Địa điểm:"
VENUE_WORDS = (r"(?:hoi\s+truong|nha\s+van\s+hoa|nha\s+thi\s+dau|san\s+van\s+dong|cong\s+vien|quang\s+truong|tru\s+so"
               r"|benh\s+vien|truong|trung\s+tam|kho|diem|khu|thon|ban|bon|ap|to\s+dan\s+pho|khu\s+pho|"
               + "|".join(unaccent(p).replace(" ", r"\s+") for p in PLACE_WORDS)
               + r"|duong|pho|so\s+\d+|ubnd|uy\s+ban|van\s+phong|tram|nha|cum|vung|chi\s+cuc|cuc|so|phong|cang"
               # an association is a place ("tại Hội Chữ thập đỏ tỉnh"), a meeting or a contest is an event
               r"|hoi(?!\s+(?:thi|nghi|thao|cho|dien|trai)\b))")
# (or where an event is moved: "Trường hợp mưa lớn, chuyển vào Hội trường Huyện ủy")
LOCATION = (rf"\b(?:tai|o|chuyen\s+(?:vao|ve|den|sang))\s+(?:cac\s+|moi\s+)?{VENUE_WORDS}\b"
            r"(?:\s+(?!(?:trong|vao|tu|de|nham|voi|cho|va|tren|luc|ngay|thang|nam|quy|truoc|sau)\b)[^\s.;,|:]+){0,6}"
            rf"|\bdia\s+diem(?:\s+[^\s:.;,|]+){{0,4}}\s*:\s*(?:[^.;\n|]|\n(?!\n))+"  # ("Địa điểm họp định kỳ: Phòng họp …")
            # (a venue named alone opens its line or cell: "bố trí hội trường, âm thanh" arranges a hall, names none)
            r"|(?:^|(?<=[|\t\n])|(?<=[|\t\n] ))(?:hoi\s+truong|nha\s+van\s+hoa|san\s+van\s+dong|cong\s+vien|quang\s+truong"
            r"|tru\s+so)\b[^.;\n|]*")
# units of weight, volume, length and area (unaccented): "bao nhiêu kg gạo" counts kilograms
MEASURES = frozenset("kg kilogam g gam tan ta yen lit ml m met m2 m3 km ha hecta".split())
# a measure's unit as a text abbreviates it ("4,3 m" answers "bao nhiêu mét")
MEASURE_SHORT = {"met": "m", "kilogam": "kg", "gam": "g", "hecta": "ha"}
# a measure with a decimal part ("1,15 m", "2,5 ha", "0,5 tấn"), which a count of whole things never has
DECIMAL_MEASURE = rf"(?<![\d/.,-])\b\d+,\d+\s*(?:{'|'.join(sorted(MEASURES, key=len, reverse=True))})\b"
NAME_GOES_ON_RE = re.compile(rf"(?:[ \t]+{CAPITAL}\w*(?:[ \t]+\d+\b)?)+")  # capitalised words of a name, a number after one
NEAR_OR_FAR_RE = re.compile(r"(?:tại|ở)\s+(?:xa|gần)\b")  # "người hiến máu ở xa": far away, no "xã" (as written)
# a post spelled like a venue once unaccented: "hội trưởng" (of "chi hội trưởng") is no "hội trường"
MISREAD_VENUE_RE = re.compile(r"(?:(?:tại|ở)\s+(?:các\s+|mỗi\s+)?)?hội\s+trưởng\b")
# the moment a measure starts, from which it holds: "kể từ 12 giờ ngày 17/9/2026", "kể từ ngày 01 tháng 7 năm 2027"
START = (r"\bke\s+tu\s+(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s+phut)?)?\s+)?(?:ngay\s+)?"
         r"\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)")
PATTERNS = {
    "start": re.compile(START),
    "location": re.compile(LOCATION),
    "day": re.compile(DAY),
    "time": re.compile(TIME),
    "frequency": re.compile(FREQUENCY),
    # (not the month of "31/3 năm sau", nor a day of the calendar: "ngày 18 tháng 8 năm 2025", "17 và 18 tháng 6")
    "duration": re.compile(rf"(?<![/.,-])(?<!ngay )(?<!thang )(?<!gio )\b(?!\d{{1,2}}\s+thang\s+(?:0?[1-9]|1[0-2])\b)"
                           rf"(?!\d{{1,2}}\s+nam\s+\d{{4}}\b)"
                           # (nor an hour of the clock: "15 giờ 00 ngày 21/3/2026", "7 giờ 30 phút", "15 giờ ngày …")
                           rf"(?!\d{{1,2}}\s*gio\s+(?:\d{{2}}\b|ngay\b|sang\b|chieu\b|toi\b)){DURATION}"
                           # (a few days or months in words: "họp trong hai ngày", "ba tháng cuối năm")
                           r"|\b(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:ngay|tuan|thang|nam)(?:\s+lam\s+viec)?\b"),
    # a sum, a day's pay ("ủng hộ 01 ngày lương"), as staff are asked to give, or a multiple of a base
    # wage ("0,2 lần mức lương cơ sở"), as allowances are set
    "amount": re.compile(r"\b\d[\d.,]*\s*(?:(?:trieu|ty|ti|nghin|ngan)(?:\s+dong)?|dong|vnd|usd|ngay\s+luong"
                         r"|lan\s+(?:muc\s+)?luong\s+(?:co\s+so|toi\s+thieu)(?:\s+vung)?)\b"),
    # the rank of an event in its series, of a body's term: "lần thứ VI", "lần thứ 3"; "khóa XI"
    "edition": re.compile(r"\b(?:lan|ky\s+hop|phien\s+hop)\s+thu\s+(?:[ivxlc]+|\d{1,2})\b"),  # ("Kỳ họp thứ 27")
    "term": re.compile(r"\bkhoa\s+(?:[ivxlc]+|\d{1,2})\b"),
    # a street address: "số 21 Điện Biên Phủ", "số 18 đường Hoàng Văn Thụ", "số 5/12 phố Lê Lợi", "47 đường Hữu Nghị"; a
    # web address ("hienmau.hvtu.edu.vn")
    "address": re.compile(r"\bso\s+\d+[a-z]?(?:/\d+)*\s*,?\s+(?:(?:duong|pho|ngo|hem)\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,4}"
                          r"|(?<![\d/.,])\b\d+[a-z]?(?:/\d+)*\s+(?:duong|pho)\s+[^\W\d]+(?:\s+[^\W\d]+){0,4}"
                          r"|\b(?:https?://)?(?:[a-z0-9-]+\.)+(?:vn|com|org|net)\b(?:/[^\s,;]*)?"),
    # a day of the week: "thứ Bảy", "thứ 7", "Chủ nhật" (not a rank, "lần thứ ba", "khóa thứ hai", nor a list's
    # "Thứ hai, …")
    "weekday": re.compile(r"(?<!\blan\s)(?<!\bkhoa\s)(?<!\blop\s)\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\b(?!\s*[,:])"),
    # a multiple of a base, as allowances are set: "hệ số 0,60 mức lương cơ sở", "hệ số 1,5"
    "coefficient": re.compile(r"\bhe\s+so\s+\d+(?:[,.]\d+)?(?:\s+(?:lan\s+)?muc\s+luong\s+(?:co\s+so|toi\s+thieu)(?:\s+vung)?)?"
                              # (a multiple of a base: "không quá 1,5 lần mức quy định", "gấp 2 lần định mức")
                              r"|(?<![\d.,])\d{1,2}(?:,\d{1,2})?\s+lan(?=\s+(?:muc|dinh\s+muc|so\s+voi)\b)"
                              # (or after "gấp", or a fraction of times over a ceiling: "không quá 1,5 lần"; not "không
                              # quá 02 lần/năm", how often)
                              r"|(?<=\bgap )\d{1,2}(?:,\d{1,2})?\s+lan\b|(?<=\bkhong qua )\d{1,2},\d{1,2}\s+lan\b"),
    "percentage": re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|phan\s+tram)"),
    # a telephone number: "024.3623.1847", "0983 217 645", "0983217645"
    # (or a service line: "1900 9068", "1800.1234")
    # (a landline's seven digits may open with one alone: "0238 3 862 115", "0238.3.844.912")
    "phone": re.compile(r"(?<![\d.,/])(?:0\d{1,3}(?:[.\s-]\d{2,4}){2,3}|0\d{2,3}[.\s-]\d[.\s-]\d{3}[.\s-]\d{3}|0\d{9,10}"
                        r"|1[89]00[.\s-]?\d{4}(?:[.\s-]?\d{2})?)(?![\d/])"),
    # an e-mail address: "bancongtacxahoi.ctdcaobang@gmail.com"
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # a bank account number: eight digits or more, grouped or not ("1014 2355 8866", "0071000123456", a treasury's
    # "3761.0.1053271"; not a sum grouped by thousands, "12.400.000", nor a date, "15.03.2024")
    "account": re.compile(r"(?<![\d.,/])\d(?:[\s.-]?\d){7,19}(?![\d/]|[.,]\d)"),
    # "300 hội viên", "02 tin, bài" (two nouns counted together)
    # (not "400 suất, huyện …": a place goes on the list; nor "6.820 người, chiếm …": a verb goes on the sentence; nor
    # "612 hộ, tổng giá trị …": a total, each one, goes on to another figure)
    # "5/16 xã": five of sixteen (a date's day and month are not: "30/11", "ngày 5/12")
    # "4,5 triệu hội viên": a count in millions or thousands (not a sum: "4,5 triệu đồng")
    "count": re.compile(rf"{DECIMAL_MEASURE}|\d+(?:[.,]\d+)?\s*‰|"  # (a salinity, per mille: "6,8‰")
                        r"(?<![\d/.,-])(?<!ngay )(?<!thang )\b\d{1,3}(?:[.,]\d{3})*"  # (not a month: "tháng 10 âm lịch")
                        r"(?:(?:,\d{1,3})?\s+(?:trieu|nghin|ngan)(?=\s+(?!dong\b)[a-z]))?"
                        r"(?:/\d{1,4})?\s+[\"“‘']?(?!ngay\b|thang\b|nam\b|gio\b|%|/)"  # (a name in quotes: 20 "Nhà nhân đạo")
                        r"(?!(?:cac|nhung|cua|va|la|cho|de|theo|voi)\b|tai\b(?!\s+(?:khoan|lieu|san|xe)\b))"  # ("tại", not "01 tài khoản")
                        r"[a-z]+(?:[23]\b)?"  # (a unit of area or volume: m2, m3)
                        r"(?:,?\s+(?!(?:huyen|xa|tinh|phuong|quan|thi|thanh|chiem|dat|tang|giam|bang|vuot|gom"
                        r"|trong|voi|va|la|chua|khong|da|se|duoc|co|phai|bi|dang|tro|tong|moi|rieng"
                        # (nor a preposition: "1.200 suất từ Quỹ Nhân đạo")
                        r"|tu|den|tai|theo|cho|ve|de|o|cua|tren|duoi|sau|truoc)\b)[a-z]+)?"),
}
FRACTION_RE = re.compile(r"(\d{1,3})/(\d{1,4})")
# How fine a place on the calendar is, finest first: "tháng mấy" is not answered by "năm 2024", nor
# "ngày nào" by "quý IV".
GRAINS = ("ngay", "thang", "quy", "nam")
# (or a time it applies from: "Thời gian áp dụng: từ ngày 01/6/2027 …", "áp dụng kể từ ngày …")
EFFECT_RE = re.compile(r"\bhieu\s+luc\b|\bap\s+dung\s*:?\s*(?:ke\s+)?tu\b|\bthoi\s+gian\s+ap\s+dung\b")
EFFECT_WHEN_RE = re.compile(
    r"\b(?:ke\s+)?tu\s+ngay\s+(?:ky|ban\s+hanh|\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?))"
    # (or from an event, with the words that say it: "kể từ thời điểm mức lương cơ sở mới có hiệu lực", "từ ngày Hội đồng
    # nhân dân tỉnh thông qua"; no bare "kể từ")
    rf"|\b(?:ke\s+tu|tu\s+ngay)\s+[^\W\d][^.;,\n]{{0,80}}|{TIME}"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a clause, without the spaces around it. A line break inside a
    sentence (a hard-wrapped paragraph) does not end it; a table's row is one ("| … | TP. Phan Thiết | 10 |")."""
    if TABLE_ROW_RE.fullmatch(text):
        return [(len(text) - len(text.lstrip()), len(text.rstrip()))]
    spans = []
    for match in SENTENCE_RE.finditer(_joined(text)):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        if end - start > 1:
            spans.append((start, end))
    return spans


def sentence_start(text: str, start: int) -> int:
    """Where the full sentence holding `start` begins: after the last full stop or line end before it.
    A ";" only separates the items of one sentence, a wrapped line goes on, and a line that opens a
    list with ":" goes on into it ("Hội viên là nông dân, …:\n10.000 đồng/hội viên/năm.")."""
    stops = [m.end() for m in FULL_STOP_RE.finditer(_joined(text), 0, start)]
    return stops[-1] if stops else 0


def sentence_end(text: str, end: int) -> int:
    """Where the full sentence holding `end` ends: at the next full stop or line end after it, or at `end`
    when a full stop ends it there."""
    stop = FULL_STOP_RE.search(_joined(text), max(end - 1, 0))
    return stop.end() if stop else len(text)


def _joined(text: str) -> str:
    """The text with the line breaks inside its sentences (a wrap, a page break) as spaces, offsets kept; a line
    after a ";" that goes on in small letters goes on the sentence ("bà Quàng Thị Mai, Trưởng ban;\nđiện thoại …")."""
    joined = WRAPPED_RE.sub(" ", PAGE_BREAK_RE.sub(lambda m: " " * len(m.group()), text))
    return ITEM_WRAP_RE.sub(lambda m: " " if m.string[m.end()].islower() else m.group(), joined)


def _plain(text: str) -> str:
    plain = unaccent(text)
    return plain if len(plain) == len(text) else unaccent(nfc(text))


COMRADES_RE = re.compile(r"\s*chí\b", re.IGNORECASE)
# the first word of a sum's unit, as written with its marks ("triệu đồng", "ngày lương", "lần mức lương cơ sở")
MONEY_UNITS = frozenset({"triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "vnđ", "ngày", "lần"})
# digits grouped by dots that are a sum by thousands or a date, never an account ("12.400.000", "15.03.2024")
PHONE_DIGITS = 11  # the most digits a telephone number has (a landline's area code and number)
NOT_ACCOUNT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,2}\.\d{1,2}\.\d{4}")


def find_values(kind: str, text: str) -> list[tuple[int, int]]:
    """Spans of values of `kind` in `text` ("effective": the sentence must say "hiệu lực" and when)."""
    plain = _plain(text)
    if kind == "effective":
        if not EFFECT_RE.search(plain):
            return []
        return [m.span() for m in EFFECT_WHEN_RE.finditer(plain)]
    pattern = PATTERNS.get(kind)
    if pattern is None:
        return []
    spans = [m.span() for m in pattern.finditer(plain)]
    if kind in ("day", "time"):
        spans = [(s, e) for s, e in spans if not REFERENCE_BEFORE_RE.search(plain[max(0, s - 60) : s])]
    if kind == "account":  # "0275.3822.119" is a telephone (not twelve digits or more: "0421 0003 8627")
        spans = [(s, e) for s, e in spans if not (PATTERNS["phone"].fullmatch(plain, s, e)
                                                   and sum(c.isdigit() for c in plain[s:e]) <= PHONE_DIGITS)
                 and not NOT_ACCOUNT_RE.fullmatch(plain, s, e)]
    if kind == "duration":  # a number in words as written with its diacritics ("sau ngày 15/6" is no "sáu ngày")
        written = nfc(text)
        spans = [(s, e) for s, e in spans if plain[s].isdigit()
                 or len(written) == len(plain) and written[s:e].split()[0].lower() in NUMBER_NAMES]
    if kind == "count":
        spans = [(s, e) for s, e in spans if not (part := FRACTION_RE.match(plain, s)) or int(part[1]) <= int(part[2])]
        spans = [_quoted_to_close(plain, s, e) for s, e in spans]
    if kind == "amount":  # "02 đồng chí": two comrades, no sum
        spans = [(s, e) for s, e in spans if not COMRADES_RE.match(nfc(text), e)]
        if len(written := nfc(text)) == len(plain):  # (a unit as written: "2.000.000 Ngân sách tỉnh" is no "ngàn")
            spans = [(s, e) for s, e in spans if (unit := re.search(r"[^\W\d]+", written[s:e])) is None
                     or unit.group(0).lower() in MONEY_UNITS or not has_diacritics(unit.group(0))]
    if kind == "location" and has_diacritics(text) and len(written := nfc(text)) == len(plain):
        # a venue as written: "chi hội trưởng các khu phố" is a chairman ("trưởng"), no hall ("trường")
        spans = [(s, e) for s, e in spans if not MISREAD_VENUE_RE.match(written[s:e].lower())
                 and not NEAR_OR_FAR_RE.match(written[s:e].lower())]
        # (a venue's name goes on in capitals past a word of time: "tại Quảng trường 16 Tháng 4")
        spans = [(s, e + len(named.group(0)) if (named := NAME_GOES_ON_RE.match(written, e)) else e) for s, e in spans]
    if kind == "location":  # "tại Hội trường … tỉnh (số 05 đường …)": the venue, not the bracket its address opens
        spans = [(s, s + len(plain[s:e].split("(")[0].rstrip()) if plain.rfind("(", s, e) > plain.rfind(")", s, e) else e)
                 for s, e in spans]
        # ("Địa điểm: Hội trường …": the place after its label)
        spans = [(s + len(label.group(0)) if (label := PLACE_LABEL_RE.match(plain, s, e)) else s, e) for s, e in spans]
    return spans


PLACE_LABEL_RE = re.compile(r"dia\s+diem[^:\n]*:\s*", re.IGNORECASE)
QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'"}
QUOTED_NAME_CHARS = 60  # a name in quotes counted ("20 “Nhà nhân đạo”") closes within this many characters


def _quoted_to_close(plain: str, start: int, end: int) -> tuple[int, int]:
    """A count of a name in quotes ends where the quotes close: 20 "Nhà nhân đạo", not 20 "Nhà nhân."""
    opened = next((c for c in plain[start:end] if c in QUOTES), None)
    if opened is None:
        return start, end
    close = plain.find(QUOTES[opened], end, end + QUOTED_NAME_CHARS)
    return (start, close + 1) if close >= 0 else (start, end)


TRAILING_WORD_RE = re.compile(r",\s*[^\W\d]+$")


def shown_count(value: str, sentence: str) -> str:
    """A count as an answer shows it, without a second word that opens a compound of its own: "36 lớp" of "36
    lớp tập huấn", "35 tuổi" of "35 tuổi ít nhất" (not "300 hội viên", "02 tin bài")."""
    value = TRAILING_WORD_RE.sub("", value)  # "860 bộ, cấp cho học sinh …": the count ends at its comma
    words, at = value.split(), sentence.find(value)
    if len(words) != 3 or "," in value or at < 0 or not has_diacritics(sentence):
        return value
    tokens = [word for word, _ in word_tags(nfc(sentence[at : at + len(value) + 12]))]
    if len(tokens) > 2 and "_" not in tokens[1] and tokens[2].split("_")[0] == words[2] and "_" in tokens[2]:
        return value.rsplit(None, 1)[0]
    return value


def grain_asked(phrase: str | None) -> int | None:
    """How fine a day a question asks for ("trước ngày nào": a day, "tháng mấy": a month), or None
    ("giai đoạn nào")."""
    words = unaccent(phrase or "").lower().split()
    if "date" in words or "day" in words:
        return 0
    return next((GRAINS.index(w) for w in words if w in GRAINS), None)


def years_in(text: str) -> set[str]:
    """The years a text names ("năm 2024", "9/2024")."""
    return set(YEARS_RE.findall(text))


ORDINAL_WORDS = {**SPELLED_NUMBERS, "nhat": 1, "tu": 4}  # ("thứ nhất", "thứ tư": the first, the fourth)
# a rank said of a thing ("lớp thứ hai", "lần thứ 3"), not a day of the week ("vào thứ Hai", "sáng thứ Ba") (unaccented)
ORDINAL_SAID_RE = re.compile(r"(?<!\bvao )(?<!\bsang )(?<!\bchieu )(?<!\btoi )(?<!\bngay )(?<!\bcac )"
                             rf"\bthu\s+({'|'.join(ORDINAL_WORDS)}|\d{{1,2}})\b(?!\s*(?:/|tuan|hang))")


def ranks_said(text: str) -> set[int]:
    """The ranks a text says things are of ("Lớp thứ nhất tổ chức trong tháng 4": 1)."""
    return {ORDINAL_WORDS.get(m.group(1)) or int(m.group(1)) for m in ORDINAL_SAID_RE.finditer(unaccent(text).lower())}


RELATIVE_YEAR = r"\bnam\s+(truoc|ngoai|nay|toi)\b"  # "cùng kỳ năm trước", "năm nay" (unaccented)
RELATIVE_YEAR_RE = re.compile(RELATIVE_YEAR)
COMPARED_RELATIVELY_RE = re.compile(rf"\bso voi\s+(?:[a-z]+\s+){{0,3}}?{RELATIVE_YEAR}")  # "so với cùng kỳ năm trước"
YEAR_SHIFTS = {"truoc": -1, "ngoai": -1, "nay": 0, "toi": 1}


def years_compared(text: str) -> set[str]:
    """The years a text compares a figure with ("tăng bao nhiêu % so với cùng kỳ năm 2026": 2026)."""
    return {y for m in COMPARED_RE.finditer(unaccent(text).lower()) for y in years_in(m.group(0))}


def compares_relatively(text: str) -> bool:
    """Whether a text compares a figure with a year it names by its distance from its own ("so với cùng kỳ năm
    trước")."""
    return COMPARED_RELATIVELY_RE.search(unaccent(text).lower()) is not None


def years_relative(text: str, year: int) -> set[str]:
    """The years a text of `year` names by their distance from it ("tăng 12,4% so với cùng kỳ năm trước" in a report of
    2027: 2026)."""
    return {str(year + YEAR_SHIFTS[m.group(1)]) for m in RELATIVE_YEAR_RE.finditer(unaccent(text).lower())}


DAY_MONTH_RE = re.compile(rf"\bngay\s+(\d{{1,2}})\s*(?:/|-|\s+thang\s+)\s*(\d{{1,2}})\b|{SLASH_DATE}")


def days_in(text: str) -> set[tuple[int, int]]:
    """The days of the year a text names, as (day, month): "ngày 15/11/2024", "ngày 5 tháng 3"."""
    plain = unaccent(nfc(text)).lower()
    found = set()
    for m in DAY_MONTH_RE.finditer(plain):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            found.add((int(day), int(month)))
    return found


MONTH_NAMED_RE = re.compile(r"\bthang\s+(\d{1,2})(?:\s*/\s*|\s+nam\s+)(?:19|20)\d{2}\b")


def months_named(text: str) -> set[int]:
    """The months a text names with their year ("tháng 9/2024", "tháng 9 năm 2024")."""
    return {int(m.group(1)) for m in MONTH_NAMED_RE.finditer(unaccent(nfc(text)).lower()) if 1 <= int(m.group(1)) <= 12}


def years_stated(text: str) -> set[str]:
    """The years a text names, not counting those a figure is compared with ("so với năm 2023")."""
    return years_in(_of_figures(text))


def _of_figures(text: str) -> str:
    """A text lowercased without diacritics, less the years a figure is not said of: those it is compared with
    ("so với năm 2023") and those of the symbols of texts it cites ("98/2023/NĐ-CP")."""
    return SYMBOL_YEAR_RE.sub(" ", COMPARED_RE.sub(" ", unaccent(text).lower()))


def years_said(text: str, asked: set[str]) -> set[str]:
    """The years a figure in `text` is said of, for a question asking about `asked`: a year named alone,
    not one it is compared with ("so với năm 2023"); a span ("từ đầu năm 2023 đến tháng 9/2024", "giai
    đoạn 2024 - 2026") is said of its two ends together (both asked), or of each of its years when the
    figure is yearly ("mỗi năm", "hằng năm")."""
    plain = _of_figures(text)  # "tăng 8,3% so với năm 2023": a figure of the text's year
    yearly = bool(YEARLY_RE.search(plain))
    said: set[str] = set()
    for match in YEAR_SPAN_RE.finditer(plain):
        first, last = int(match.group(1)), int(match.group(2))
        if yearly and first < last:
            said |= {str(y) for y in range(first, last + 1)}
        elif {match.group(1), match.group(2)} <= asked:
            said |= {match.group(1), match.group(2)}
    return said | years_in(YEAR_SPAN_RE.sub(" ", plain))


# The kinds of administrative unit a place name follows ("huyện Thanh Bình", "TP Sa Đéc"), longest first
PLACE_KINDS = tuple(sorted((*PLACE_WORDS, "tp"), key=len, reverse=True))


# How agencies' names begin: a capitalised word (or pair) after a kind word that starts one names no place
# ("huyện Hội Chữ thập đỏ", "tỉnh Bảo hiểm xã hội"), while "huyện Bảo Lạc", "huyện Văn Yên" are places
AGENCY_STARTS = frozenset({"Hội", "Ủy", "Uỷ", "Sở", "Ban", "Phòng", "Đài", "Báo", "Bộ", "Đoàn", "Cục", "Viện",
                           "UBND", "HĐND", "MTTQ", "Trung tâm", "Văn phòng", "Liên đoàn", "Liên minh", "Công an",
                           "Công ty", "Công đoàn", "Chi cục", "Chi hội", "Chi nhánh", "Kho bạc", "Ngân hàng",
                           "Bảo hiểm", "Mặt trận", "Bệnh viện", "Trường Đại", "Trường Cao", "Trường Trung",
                           "Trường Tiểu", "Trường Mầm", "Trường Chính"})
PLURALS = ("các", "những", "hai", "ba", "bốn", "năm")  # "các huyện Thanh Bình, Lấp Vò": several named after one kind


def places_named(text: str) -> list[list[str]]:
    """The places a text names, as groups named together, each name folded: "các huyện Thanh Bình, Lấp
    Vò, Tam Nông" (or "các huyện: …") is one group of three, "Thành phố Cao Lãnh và thành phố Sa Đéc" one of two; a group of
    places not named ("các huyện miền núi và huyện Lý Sơn") counts as "*". A name goes on a group without
    its own kind word only after a plural ("các huyện …")."""
    words = re.findall(r"\w+|[,;.:()|]", text)
    groups: list[list[str]] = []
    i, joined, plural = 0, False, False
    while i < len(words):
        kind = next((k for k in PLACE_KINDS if [w.lower() for w in words[i : i + len(k.split())]] == k.split()), None)
        at = i + len(kind.split()) if kind else i
        several = i > 0 and (words[i - 1].lower() in PLURALS or words[i - 1].isdigit() and int(words[i - 1]) > 1)
        if kind and at < len(words) and words[at] == ":" and several:
            at += 1  # "các huyện: Đắk Glei, Ngọc Hồi, Đắk Tô": the list the colon opens
        name = _name_at(words, at) if kind or joined and plural else []
        at += len(name)
        if not name and kind and several:
            # "các huyện miền núi": places not named, as far as their description goes, unless names follow it
            # ("04 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, …")
            while at < len(words) and words[at].isalpha() and words[at].islower() and words[at] != "và" and at - i < 6:
                at += 1
            # (not an abbreviation in capitals after the description, which names a region: "các tỉnh ven biển ĐBSCL")
            abbreviated = at < len(words) and len(words[at]) > 2 and words[at].isupper() and at > i + len(kind.split())
            name = (_name_at(words, at) if not abbreviated else []) or ["*"]
            at += len(name) if name != ["*"] else 0
        if name:
            entry = "*" if name == ["*"] else fold(" ".join(name))
            if joined and groups:
                groups[-1].append(entry)
            else:
                groups.append([entry])
                plural = several
            i = at
            joined = i < len(words) and words[i] in (",", "và")
            i += joined
            if joined and i < len(words) and words[i].lower() in PLURALS:
                i += 1  # "… và các huyện …": the kind word after the plural joins the group
            continue
        joined = False
        i += 1
    return groups



# a ward or an urban district named by its number, not one of several counted ("mỗi phường 5 …")
NUMBERED_PLACE_RE = re.compile(r"(?:(?!(?:mỗi|các|từng|những)\b)\S+ )?(?:phường|quận) \d{1,2}")


def _name_at(words: list[str], at: int) -> list[str]:
    """The capitalised words of a place's name from `at` (at most four; not an agency's: "huyện Hội Chữ thập đỏ" is
    an agency's level)."""
    name: list[str] = []
    if at < len(words) and NUMBERED_PLACE_RE.fullmatch(" ".join(words[max(0, at - 2) : at + 1]).lower()):
        return [words[at - 1], words[at]]  # "Phường 4", "quận 1": a ward or an urban district named by its number, with it
    while at + len(name) < len(words) and words[at + len(name)][:1].isupper() and len(name) < 4 \
            and not (not name and _agency_starts(words, at)):
        name.append(words[at + len(name)])
    # "Phường Hà Giang 2 có …", "| Phường Hà Giang 1 |": a number closing the name is part of it (not a count: "xã Mèo
    # Vạc 130 tình nguyện viên")
    end = at + len(name)
    if name and end < len(words) and re.fullmatch(r"\d{1,2}", words[end]) \
            and (end + 1 == len(words) or not words[end + 1][:1].isalnum() or words[end + 1].lower() in NAME_ENDS) \
            and not (end + 2 < len(words) and words[end + 1] in ".," and words[end + 2].isdigit()):  # ("7.820 nhà")
        name.append(words[end])
    return name


def place_names(text: str) -> set[str]:
    """The places a text names (`places_named`), each without diacritics ("huyện Hải Lăng": "hai lang")."""
    return {unaccent(name) for group in places_named(text) for name in group if name != "*"}


def _agency_starts(words: list[str], at: int) -> bool:
    return words[at] in AGENCY_STARTS or " ".join(words[at : at + 2]) in AGENCY_STARTS


def numbers_in(text: str) -> set[str]:
    """The numbers a text writes, without their separators ("10.000" → "10000", "05" → "5")."""
    return {re.sub(r"[.,]", "", n).lstrip("0") or "0" for n in re.findall(r"\d+(?:[.,]\d{3})*", text)}


EDITION_WRITTEN_RE = re.compile(r"\blan\s+(?:thu\s+([ivxlc]+|\d{1,3}|nhat)|(dau\s+tien))\b")
ROMAN_FIGURES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def editions(text: str) -> set[int]:
    """The editions a text names of an event or a meeting ("lần thứ VI", "lần thứ 3", "lần thứ nhất", "lần đầu
    tiên"), as numbers."""
    found = set()
    for match in EDITION_WRITTEN_RE.finditer(unaccent(text).lower()):
        written = match.group(1) or "nhat"
        if written.isdigit():
            found.add(int(written))
        elif written == "nhat":
            found.add(1)
        else:  # a Roman figure: a smaller one before a larger is taken from it ("IV", "XI")
            figures = [ROMAN_FIGURES[c] for c in written]
            found.add(sum(-f if f < g else f for f, g in zip(figures, [*figures[1:], 0])))
    return found


def restates(value: str, question: str) -> bool:
    """The value is one the question states itself ("Trong 10% chi phí, bao nhiêu cho khen thưởng?": not
    "10%"; "Tháng Nhân đạo 2025 diễn ra khi nào?": not "năm 2025"); a number the question writes with another
    unit is another figure ("tỷ lệ hội viên dưới 30 tuổi đạt bao nhiêu": "30%")."""
    stated = numbers_in(value)
    if not stated or not stated <= numbers_in(question) | _sums_in_full(question):
        return False
    if grain_of(value) < grain_of(question):
        return False  # "quý I/2028" of "Trong năm 2028 … phải xong khi nào?": a finer place in the year it names
    asked = _units(question)
    return all(not units or not asked.get(number) or units & asked[number] for number, units in _units(value).items())


SUM_IN_WORDS_RE = re.compile(r"(\d+(?:,\d+)?)\s*(nghin|ngan|trieu|ty)\b")  # "512 triệu", "1,2 tỷ" (unaccented)
SUM_SCALES = {"nghin": 10**3, "ngan": 10**3, "trieu": 10**6, "ty": 10**9}


def _sums_in_full(text: str) -> set[str]:
    """The sums a text writes with a word for their scale, as figures in full ("512 triệu" → "512000000")."""
    return {str(round(float(n.replace(",", ".")) * SUM_SCALES[scale]))
            for n, scale in SUM_IN_WORDS_RE.findall(unaccent(text).lower())}


def _units(text: str) -> dict[str, set[str]]:
    """The numbers a text writes (as `numbers_in`), each with the units written after it ("%", "tuổi"), unaccented."""
    found: dict[str, set[str]] = {}
    for match in QUANTITY_UNIT_RE.finditer(text):
        units = found.setdefault(re.sub(r"[.,]", "", match.group(1)).lstrip("0") or "0", set())
        if match.group(2):
            units.add(unaccent(match.group(2)).lower())
    return found


QUANTITY_UNIT_RE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d{3})*)(?!\d|[.,/-]\d)[ \t]*(%|[^\W\d_]+)?")


def each_asked(question: str, classifiers: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """The unit a question asks a value per ("mỗi hộ nghèo … bao nhiêu": "ho"), unaccented, or None; "xây
    mới một nhà" asks nothing per "một"; "mỗi căn nhà" asks per "nhà", which a text may write by its unit
    word ("đồng/căn"): both, the noun first."""
    lowered = nfc(question).lower()
    match = (EACH_WRITTEN_RE if has_diacritics(lowered) else EACH_RE).search(lowered)
    if not match:
        return None
    word = next(group for group in match.groups() if group)
    unit = unaccent(word)
    following = re.match(r"\s+(\w+)(?:\s+(\w+))?", lowered[match.end() :])
    if following and is_classifier(word, classifiers):
        # (past a second classifier, which a name may open with: "mỗi căn Ngôi nhà Chữ thập đỏ": each "nhà")
        counted = following.group(2) if following.group(2) and is_classifier(following.group(1), classifiers) \
            else following.group(1)
        # (no noun after it: "mỗi căn được hỗ trợ …", "hỗ trợ mỗi căn bao nhiêu")
        grammar = counted in GRAMMAR_WRITTEN if has_diacritics(lowered) else unaccent(counted) in GRAMMAR_WORDS
        # (compared as written: "mỗi cái máy trợ thính" counts machines, no "mấy")
        asking = counted in ASKING_WRITTEN if has_diacritics(lowered) else unaccent(counted) in ASKING_SYLLABLES
        return (unit,) if counted in NAME_ENDS or grammar or asking else (unaccent(counted), unit)
    # "nhiem ky moi la bao nhieu", "phat trien moi toi thieu …", "ket nap moi bao nhieu", "hoi vien moi nam 2026":
    # "mới" typed bare
    if unit in GRAMMAR_WORDS or unit in ASKING_SYLLABLES or following and YEARS_RE.fullmatch(following.group(1)):
        return None
    return (unit,)


ASKING_SYLLABLES = ("bao", "may", "nhat")  # "mới" before "bao nhiêu", "mấy"; "mới nhất"
ASKING_WRITTEN = ("bao", "mấy")  # the question words after a unit word, as written with diacritics
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")
# words of a date or a time, after which a number is a day, a month or an hour ("ngày 15 tháng 9")
TIME_WORDS = frozenset(fold(w) for w in "ngày tháng năm quý giờ tuần phút".split()) | {*DURATION_UNITS, "quy"}


def _tokens(text: str, accented: bool) -> tuple[list[str], set[int]]:
    """The words (and punctuation) of a text, lowercase, and the positions of those written with a capital
    (names: "Đà Nẵng", "CTĐ")."""
    spell = fold if accented else unaccent
    written = TOKEN_RE.findall(nfc(text))
    names = {i for i, t in enumerate(written) if i and t[0].isalpha() and not t.islower()}
    return [spell(t.lower()) if t[0].isalnum() else t for t in written], names


def other_end(question: str, text: str, synonyms: Mapping[str, tuple[str, ...]],
              opposites: Mapping[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """The word of the question and the word for the other end of it (its `opposites`: words joined by "_", spelled as
    the question is) that a text says in its stead and its synonyms' ("Lễ bế giảng" / "Lễ khai giảng", "Hội nghị
    tổng kết" / "Giấy mời dự Hội nghị triển khai …"): the text speaks of the other event; None when it does not."""
    accented = has_diacritics(question)
    asked, said = _tokens(question, accented)[0], _tokens(text, accented)[0]

    def holds(tokens: list[str], word: str) -> bool:
        parts = word.split("_")
        return any(tokens[at : at + len(parts)] == parts for at in range(len(tokens) - len(parts) + 1))

    for word, others in opposites.items():
        if holds(asked, word) and not any(holds(said, w) for w in (word, *synonyms.get(word, ()))):
            for other in others:
                if holds(said, other) and not holds(asked, other):
                    return word, other
    return None


# the words an event is named by, before what tells it from the others ("Lễ tôn vinh", "Hội nghị tổng kết"), folded
EVENT_HEADS = (("lễ",), ("hội", "nghị"), ("hội", "thi"), ("ngày", "hội"), ("đại", "hội"), ("hội", "thảo"), ("cuộc", "thi"))


def other_event(question: str, sentence: str, plain: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The word after an event's head that the question names it by and the other word a sentence names its own event
    of that head by, when the sentence names no event of that head as the question does ("Lễ tôn vinh …" / "Lễ phát
    động Tháng Nhân đạo tổ chức ngày 08/5/2026"); None otherwise, or when either word is one of `plain` (stopwords,
    spelled as the question is) or a word of grammar ("mỗi ngày hội không quá …": no kind)."""
    accented = has_diacritics(question)
    (asked, asked_names), (said, said_names) = _tokens(question, accented), _tokens(sentence, accented)

    def kinds(tokens: list[str], names: set[int], head: tuple[str, ...]) -> set[str] | None:
        """The words after the head, or None when one is a name ("Ngày hội Giọt hồng" may be any kind); a name in quotes
        says its kind ("Hội thi “Tuyên truyền viên Chữ thập đỏ giỏi”")."""
        found = []
        for at in range(len(tokens) - len(head)):
            after = at + len(head)
            quoted = tokens[after] in QUOTES and after + 1 < len(tokens)
            if tuple(tokens[at : at + len(head)]) == head and tokens[after + quoted][:1].isalpha():
                found.append((after + quoted, quoted))
        return None if any(at in names and not quoted for at, quoted in found) else {tokens[at] for at, _ in found}

    for head in EVENT_HEADS if accented else [h for h in EVENT_HEADS if len(h) > 1]:  # (typed bare, "le" is "tỷ lệ" too)
        head = tuple(fold(h) if accented else unaccent(h) for h in head)
        after, named = kinds(asked, asked_names, head), kinds(said, said_names, head)
        if any(w in plain or unaccent(w) in FUNCTION_WORDS | PREPOSITIONS for w in (after or set()) | (named or set())):
            continue  # "mỗi ngày hội không quá …", "đại hội có dung lượng …": no kind named after it
        # (each word a word the other never writes: "đại hội dài tối đa …" is no other kind than "Đại hội đại biểu")
        if after and named and not after & set(said) and not named & set(asked):
            return next(iter(after)), next(iter(named))
    return None


def as_rate(question: str) -> str:
    """The question with "1"/"một" after "bao nhiêu" read "mỗi" ("bao nhiêu tiền 1 suất": a rate, each suất, not
    one case beside a sentence's "500 suất")."""
    return PER_ONE_RE.sub(rf"\1 {'mỗi' if has_diacritics(question) else 'moi'} ", question)


def contrasts(question: str, sentence: str, plain: frozenset[str], asking: frozenset[str],
              describing: frozenset[str], synonyms: Mapping[str, tuple[str, ...]] = MappingProxyType({}),
              exact: bool = False) -> tuple[str, str] | None:
    """The words that tell a sentence speaks of another case of what the question asks about: after two or more
    words both share comes a word that describes them in the question (`describing`: its adjectives'
    syllables, folded) and the sentence lacks, and another the question lacks ("người bị thương nhẹ" /
    "người bị thương nặng: 3.600.000 đồng"; "lớp sơ cấp cứu cơ bản" / "lớp sơ cấp cứu nâng cao"); or
    before them two numbers ("hiến máu 10 lần" / "từ 20 lần trở lên"; not when the sentence's bracket holds
    the question's: "hiến máu 12 lần" / "từ 10 lần đến dưới 20 lần"). Names, the words in `plain`
    (stopwords, level words; spelled as the question is), the question phrase's words (`asking`, without
    diacritics) and prepositions tell no case apart, nor does a word written as one of its `synonyms` ("đợt … đầu
    tiên" / "Đợt … thứ nhất"; words joined by "_", spelled as the question is). A condition the question negates and the sentence states
    tells the other case (`negates`), so does a quantity the question names that the sentence's brackets of
    its unit leave out ("thiệt hại 30%" / "thiệt hại từ 50% trở lên"), or, of a figure asked (`exact`), a bracket the
    question names that the sentence's differs from. None when nothing tells them apart."""
    accented = has_diacritics(question)
    (asked, asked_names), (said, said_names) = _tokens(question, accented), _tokens(sentence, accented)
    asked_set, said_set = set(asked), set(said)

    def telling(tokens: list[str], names: set[int], at: int) -> bool:
        word = tokens[at] if 0 <= at < len(tokens) else ""
        bare = unaccent(word)
        return word[:1].isalpha() and at not in names and word not in plain \
            and bare not in asking and bare not in FUNCTION_WORDS and bare not in PREPOSITIONS

    def alike(at: int, other: int) -> bool:  # the words from `at` of the question are a synonym the sentence writes
        return any(said[other : other + len(parts)] == parts
                   for length in (1, 2, 3) for synonym in synonyms.get("_".join(asked[at : at + length]), ())
                   for parts in [synonym.split("_")])

    if negated := negates(question, sentence):
        return f"khong {negated}", negated
    held, outside = compared(question, sentence, exact)
    if outside:
        return outside[0].number, next(q.number for q in quantities(sentence) if q.unit == outside[0].unit)
    bracketed = {q.number for q in held}  # "12 lần" / "từ 10 đến dưới 20 lần"
    for i, word in enumerate(asked):
        if not word[0].isalnum() or word not in said_set:
            continue
        for j in (j for j, other in enumerate(said) if other == word and not (i and j and asked[i - 1] == said[j - 1])):
            n = 1
            while i + n < len(asked) and j + n < len(said) and asked[i + n] == said[j + n]:
                n += 1
            shared = any(telling(asked, asked_names, at) for at in range(i, i + n))
            if n > 1 and shared and telling(asked, asked_names, i + n) and asked[i + n] in describing \
                    and telling(said, said_names, j + n) \
                    and asked[i + n] not in said_set and said[j + n] not in asked_set and not alike(i + n, j + n):
                return asked[i + n], said[j + n]
            before = (asked[i - 1] if i else "", said[j - 1] if j else "")
            # (not one of what the sentence gives a value per: "xây mới 1 căn nhà … bao nhiêu" of "60 căn nhà, … 50.000.000
            # đồng/căn")
            # (not one of what the sentence gives a value per: "xây mới 1 căn nhà" of "60 căn nhà, … đồng/căn")
            if shared and before[0].isdigit() and before[1].isdigit() and int(before[0]) != int(before[1]) \
                    and word not in TIME_WORDS and before[0] not in said_set and before[0] not in bracketed \
                    and not (int(before[0]) == 1 and unaccent(word) in each_units(sentence)):
                return before
    return None


# a condition a question negates, the two words after the negation ("không thuộc hộ nghèo": "thuoc ho");
# not a bound ("không quá", "không dưới") nor "không chỉ … mà còn"; nor, typed plain, "chứa" or "chữa" after the word it
# makes one with ("sua chua nha": "sửa chữa nhà", "bon chua": "bồn chứa")
NEGATED_RE = re.compile(r"\b(?:khong|(?<!\bsua )(?<!\bbon )(?<!\bkho )chua)\s+(?!(?:qua|duoi|it|vuot|hon|chi|phai)\b)(\w+\s+\w+)")
# (over a short list it opens too: "không đánh giá, xếp loại" negates "xếp loại")
# (or the verb of taking part the negation is on: "không tham gia hoạt động" negates "hoạt động")
NEGATION_BEFORE_RE = re.compile(r"\b(?:khong|chua)(?:\s+phai)?(?:\s+(?:tham gia|thuc hien|con))?\s+"
                                r"(?:\w+(?:\s+\w+)?\s*(?:,|\s(?:va|hoac))\s*)?$")


def negates(question: str, sentence: str) -> str | None:
    """What the question negates and the sentence states without negating ("người hiến máu không thuộc hộ
    nghèo" / "người hiến máu thuộc hộ nghèo … được hỗ trợ"): the sentence speaks of the other case."""
    plain = _plain(sentence)
    written = nfc(question).lower()
    for m in NEGATED_RE.finditer(unaccent(question)):
        if has_diacritics(question) and not written.startswith(("không", "chưa"), m.start()):
            continue  # "bồn chứa nước": "chứa" (holds) is no "chưa" (not yet)
        for found in re.finditer(rf"\b{m.group(1)}\b", plain):
            if not NEGATION_BEFORE_RE.search(plain, 0, found.start()):
                return m.group(1)
    return None


def is_classifier(word: str, classifiers: frozenset[str]) -> bool:
    """A unit word ("căn", "ngôi"), compared with its diacritics when written with them ("cán" is none)."""
    return word in classifiers if has_diacritics(word) else word in {unaccent(c) for c in classifiers}


def unit_word_asked(question: str, classifiers: frozenset[str]) -> str | None:
    """The unit word a count is asked in, as written after the question phrase ("xây bao nhiêu căn": "căn",
    "mỗi lớp bao nhiêu em": "em", "bao nhiêu mét"), or None."""
    written = re.search(r"\b(?:bao nhiêu|bao nhieu|mấy|may)\s+(\w+)", nfc(question).lower())
    # (or a measure's, "bao nhiêu mét": a text writes "4,3 m")
    # (not "cái", which counts anything: "mấy cái mặt nạ" of "05 chiếc")
    return written.group(1) if written and unaccent(written.group(1)) != ANY_CLASSIFIER \
        and (is_classifier(written.group(1), classifiers) or unaccent(written.group(1)) in MEASURES) else None


def per_unit(sentence: str, units: tuple[str, ...], context: str = "") -> bool:
    """Whether a sentence states a value per one of `units` ("mỗi hộ", "/hộ", "một hộ"; "hằng năm" for a time); a
    unit said by a word for any ("mỗi đồng chí") is one the sentence or its `context` names ("Các đồng chí Ủy viên
    Ban Chấp hành …; mỗi đồng chí vận động …")."""
    lowered = nfc(sentence).lower()
    written = set(re.findall(r"[^\W\d]+", unaccent(f"{lowered} {nfc(context).lower()}")))
    # ("Hội … các huyện … cử cán bộ, mỗi đơn vị cử ít nhất 03 người": each of the bodies the sentence names)
    if any(unaccent(m.group(1)) in units or unaccent(m.group(1)) in GENERIC_UNITS and written & set(units)
           for m in PER_UNIT_RE.finditer(lowered)):
        return True
    # "12.000 suất quà, mỗi suất trị giá …" of "mỗi phần quà": each of the measure the text counts the unit asked in
    plain = unaccent(f"{lowered} {nfc(context).lower()}")
    if any(re.search(rf"\b{re.escape(unaccent(m.group(1)))}\s+{re.escape(unit)}\b", plain)
           for m in PER_UNIT_RE.finditer(lowered) if m.group(1).isalpha() for unit in units):
        return True
    # "chia nhóm không quá 08 người", "lớp tối đa 30 học viên": a bound set on the unit is set on each of them
    if any(re.search(rf"\b{re.escape(unit)}\s+{BOUND_WORDS}\s+\d", unaccent(lowered)) for unit in units):
        return True
    # "thành lập 01 tổ xung kích từ 08 đến 10 người": the size of the one unit it sets up is each one's
    if any(re.search(rf"\b(?:0?1|mot)\s+{re.escape(unit)}\b[^,;.\d]{{0,30}}?\b(?:gom|co|tu|voi)\s+\d", unaccent(lowered))
           for unit in units):
        return True
    # "tổ chức ít nhất 08 đợt trong năm": a number set within a period named bare (no year after it) is set for each one
    if any(re.search(rf"\btrong\s+(?:mot\s+)?{unit}\b(?!\s+(?:nay|do|\d))", unaccent(lowered))
           for unit in units if unit in RECURRING_PERIODS):
        return True
    # "100% xã, phường tổ chức ít nhất 01 lớp": every one of them, each its own
    if any(re.search(rf"\b100\s*%\s*(?:(?:cac|so)\s+)?{re.escape(unit)}\b", unaccent(lowered)) for unit in units):
        return True
    # "cấp cho mỗi Hội Chữ thập đỏ huyện, thị xã …": each of a body named at the unit's level
    return any(set(unaccent(m.group(1)).split()) & set(units) for m in EACH_NAMED_RE.finditer(lowered))


def unit_asked(phrase: str | None) -> str | None:
    """The unit a duration question counts in ("bao nhiêu ngày": "ngay"), or None ("bao lâu")."""
    words = unaccent(phrase or "").lower().split()
    return words[-1] if words and words[-1] in DURATION_UNITS else None


def grain_of(value: str) -> int:
    """How fine a stated day is: "15/4/2025" or "ngày 15 tháng 4" a day, "tháng 5" a month, "quý II" a
    quarter, "năm 2024" or "giai đoạn 2024" a year."""
    plain = unaccent(value).lower()
    if re.search(r"\b\d{1,2}/\d{4}\b", plain) and not re.search(r"\d/\d{1,2}/\d", plain):
        return 1  # "9/2023"
    if re.search(r"\d{1,2}\s*/\s*\d{1,2}|\bngay\s+\d|\b(?:chu\s+nhat|thu\s+(?:hai|ba|tu|nam|sau|bay))\b", plain):
        return 0  # (a day of the week too: "Chủ nhật thứ ba của tháng 11")
    return next((GRAINS.index(w) for w in plain.split() if w in GRAINS[1:]), len(GRAINS) - 1)


PLACE_BEFORE_RE = re.compile(r"\b(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|tai|o|duong|pho)\s*$")  # "đường Hồ Chí Minh"
# "chỉ thị của Thái Bình", "kế hoạch về Hà Tĩnh": two words after "của"/"về" name a place, a person has a form
# of address there or a full name of three
OWNER_BEFORE_RE = re.compile(r"\b(?:cua|ve)\s*$")


def person_names(text: str, surnames: frozenset[str], honorifics: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of people's names: a family name and one to three more capitalised words ("Ngô Thị Hồng
    Nhung"), or any two to four after a form of address or a rank ("Bà Ksor H'Bleo", "Thượng tá Hồ Văn
    Sang"); never a place ("tỉnh Lâm Đồng": a name right after an administrative unit)."""
    text = nfc(text)
    words = [m for m in re.finditer(r"\w+", text)]
    titled = [w.group(0)[0].isupper() and w.group(0)[1:] == w.group(0)[1:].lower() and not w.group(0).isdigit()
              for w in words]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and titled[j] and (j == i or text[words[j - 1].end() : words[j].start()] in NAME_JOINTS
                                                or text[words[j - 1].end() : words[j].start()].isspace()):
            j += 1
        first = i
        if j - i >= 3 and words[i].group(0).lower() in honorifics:
            first = i + 1  # "Ông Đoàn Minh Khải"
        if j - first >= 2:  # (two capitalised words at least: the rest is read only of those)
            before = text[max(0, words[first].start() - 12) : words[first].start()].lower()
            said_before = " " + " ".join(re.findall(r"\w+", before))
            addressed = first > i or any(said_before.endswith(" " + h) for h in honorifics)
            # (after a unit, a person's name still, when it reads as one: "Chủ tịch Hội … xã Phạm Thị Huyền"; not a
            # street's, which is named after one: "đường Nguyễn Văn Cừ")
            middle = j - first >= 3 and unaccent(words[first + 1].group(0)) in MIDDLE_NAMES \
                and not STREET_BEFORE_RE.search(unaccent(before))
            if (addressed or unaccent(words[first].group(0)) in surnames) \
                    and (middle or not PLACE_BEFORE_RE.search(unaccent(before))) \
                    and not (j - first == 2 and not addressed and (
                        OWNER_BEFORE_RE.search(unaccent(before)) or _runs_on(text, words, j)
                        or _year_name(words[first].group(0), words[first + 1].group(0)))):
                spans.append((words[first].start(), words[min(j, first + 4) - 1].end()))
        i = max(j, i + 1)
    return spans


STREET_BEFORE_RE = re.compile(r"\b(?:duong|pho|tai|o)\s*$")
MIDDLE_NAMES = frozenset({"thi", "van"})  # the middle names that say a person's name ("Phạm Thị Huyền"), unaccented
NAME_JOINTS = ("'", "’")  # "H'Bleo", "Y’Moan": one name written with an apostrophe
# the heavenly stems and earthly branches that name a lunar year ("Tết Nguyên đán Đinh Mùi", "Xuân Giáp Thìn"), unaccented
YEAR_STEMS = frozenset({"giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"})
YEAR_BRANCHES = frozenset({"ty", "suu", "dan", "mao", "meo", "thin", "ti", "ngo", "mui", "than", "dau", "tuat", "hoi"})


def _year_name(first: str, second: str) -> bool:
    """Two capitalised words that name a lunar year by its stem and branch ("Đinh Mùi"), no person's name."""
    return unaccent(first).lower() in YEAR_STEMS and unaccent(second).lower() in YEAR_BRANCHES


def _runs_on(text: str, words: list[re.Match], end: int) -> bool:
    """The last of two capitalised words makes one word with the lowercase one after it ("Đoàn Hành trình Đỏ":
    "Hành_trình"): a name and a thing, not a person's name."""
    if end >= len(words) or not words[end].group(0).islower() or not text[words[end - 1].end() : words[end].start()].isspace():
        return False
    pair = f"{words[end - 1].group(0)} {words[end].group(0)}"
    around = text[words[end - 2].start() : words[min(end + 2, len(words) - 1)].end()]  # (the segmenter reads on)
    return any(word.lower() == pair.lower().replace(" ", "_") for word, _ in word_tags(around))


COUNT_OF_GAP = 40  # characters from "số hội viên" to the value that counts them


# nouns for a group of things or people (unaccented): "01 đội", "05 tổ", "12 câu lạc bộ", "03 chi hội"
GROUP_HEADS = frozenset({"doi", "nhom", "to", "lop", "cau", "clb", "chi", "ban"})


ELDERLY = ("nguoi cao tuoi", "nguoi gia", "cu")  # the elderly, as texts count them (unaccented)


def quantifies(value: str, asked: list[str], people: list[str] = (), following: str = "") -> bool:
    """True when a counted phrase ("300 hội viên") counts what the question asks how many of; "người" or
    "dân" (people) is counted by any noun for people in `people` ("25 thành viên", "41.580 nhân khẩu"), a group
    `people` names ("người cao tuổi") only by itself; a noun for people counts in "người" ("01 người")."""
    # (a group of what is asked counts groups: "01 đội tình nguyện viên" is no number of volunteers)
    own = re.findall(r"[^\W\d]+", unaccent(re.sub(r"^[\d.,/\s]+", "", value)).lower())[:1]
    if own and own[0] in GROUP_HEADS and own[0] not in {unaccent(w).lower() for w in asked}:
        return False
    # (the words going on after the value are its noun's too: "36 lớp" of "36 lớp tập huấn"; the syllables of a word
    # borrowed and written with a hyphen too: "20 pa" of "20 pa-nô")
    going_on = re.match(r"(?:(?: +|-)[^\W\d]+){0,2}", following).group(0)
    counted = {unaccent(w).lower() for w in re.findall(r"[^\W\d]+(?:[23](?!\d))?", value + going_on)}  # ("m2")
    asked = [MEASURE_SHORT.get(unaccent(w).lower(), w) for w in asked]  # ("bao nhiêu mét": "4,3 m")
    named = " ".join(unaccent(w) for w in asked)
    # (not a group of people named as such: "bao nhiêu người cao tuổi", "người dân" count no "đại biểu")
    group = len(asked) > 1 and any(p.startswith(named) for p in people if " " in p)
    written = " ".join(re.findall(r"[^\W\d]+", unaccent(value + going_on).lower()))
    if len(asked) > 1 and f"{written} ".startswith(f"{named.lower()} "):
        return True  # the noun asked, written out after the number ("15 dân quân trực"), though "dân" alone is people
    # ("bao nhiêu em": children, pupils, as any noun for people counts them; "bao nhiêu cụ": the elderly, as speech
    # calls them, only as the elderly)
    if asked and unaccent(asked[0]) in ("nguoi", "dan", "em", "cu") and not group:  # "bao nhiêu người", "số dân sơ tán"
        phrase = " ".join(re.findall(r"[^\W\d]+", unaccent(value + going_on)))  # ("10 tình nguyện| viên")
        return any(f" {p} " in f" {phrase} " for p in (ELDERLY if unaccent(asked[0]) == "cu" else people)) \
            or unaccent(asked[0]) == "cu" and phrase.strip() == "nguoi"  # (a count of people the sentence says: "536 người")
    if asked and all(unaccent(w) in counted for w in asked):
        return True
    # "tối đa mấy Phó Chủ tịch" / "không quá 01 người": people of a kind or of a post are counted in people
    head = re.findall(r"[^\W\d]+", unaccent(re.sub(r"^[\d.,/\s]+", "", value)).lower())[:1]
    if asked and head == ["nguoi"] and any(p.split()[: len(asked)] == named.lower().split() for p in people):
        return True
    # "huyện Hải Lăng 400 suất, huyện …": the head noun alone before a list goes on ("bao nhiêu suất quà"), or
    # before a preposition ("1.200 suất từ Quỹ Nhân đạo"), not before another noun (`following` the value: "200
    # suất học bổng" counts no "suất quà")
    tokens = re.findall(r"[^\W\d]+|[,;.)]", unaccent(re.sub(r"^[\d.,/\s]+", "", value) + following[:12]).lower())
    return bool(asked) and tokens[:1] == [unaccent(asked[0])] and (
        len(tokens) == 1 or tokens[1] in ",;.)" or tokens[1] in PREPOSITIONS | FUNCTION_WORDS)


def counts_before(sentence: str, start: int, asked: list[str]) -> bool:
    """The sentence names the number of what was asked right before a value, with no other number between
    ("tổng số hội viên toàn huyện là 6.820 người": the count is of "hội viên", though written in people), or names
    what was asked with its count in brackets after it ("Các Ủy viên (09 thành viên)")."""
    before = unaccent(sentence[max(0, start - COUNT_OF_GAP) : start]).lower()
    noun = " ".join(unaccent(w) for w in asked)
    named = re.search(rf"\bso\s+(?:luong\s+)?{noun}\b|\b{noun}\s*\(\s*$", before)
    return named is not None and not re.search(r"\d", before[named.end() :])


# words after a question phrase that say what its value takes in or runs from, no noun counted (unaccented)
BOUNDING_PHRASES = (["ke", "ca"], ["ke", "tu"], ["bao", "gom"], ["tinh", "ca"], ["tinh", "tu"])


ANY_CLASSIFIER = "cai"  # the classifier that counts things of any kind, which a text writes with their own ("chiếc", "bộ")


# the particles that close a spoken question ("… bao nhiêu ạ?", "… bao nhiêu vậy?"), as written: they count nothing;
# those that are no syllable of a word either ("thế" is one of "thay thế", "a" and "à" are typed for "ạ")
JOINLESS_PARTICLES = frozenset("ạ vậy nhỉ nhé nha hả ơi".split())
FINAL_PARTICLES = JOINLESS_PARTICLES | {"a", "à", "thế"}


def counted_noun(question: str, phrase: str | None) -> list[str]:
    """What the question asks how many of: the words after "bao nhiêu"/"mấy" ("thành viên"), or, when
    it ends "… là bao nhiêu", those after "số"/"số lượng" ("chỉ tiêu số đơn vị máu … là bao nhiêu")."""
    if not phrase:
        return []
    written = re.findall(r"\w+|[^\w\s]", question.lower())  # punctuation kept: "bao nhiêu - Phú Thọ" counts nothing
    words = [unaccent(w) for w in written]
    asked = unaccent(phrase).lower().split()
    for i in range(len(words) - len(asked) + 1):
        if words[i : i + len(asked)] == asked:
            # (past the classifier that counts anything, "mấy cái mặt nạ", which a text writes as its own: "05 chiếc")
            start = i + len(asked) + (words[i + len(asked) : i + len(asked) + 1] == [ANY_CLASSIFIER])
            after = words[start : start + 2]
            after = after[: next((j for j, w in enumerate(after) if w in FUNCTION_WORDS or not w[0].isalnum()
                                  or written[start + j] in FINAL_PARTICLES), len(after))]
            if after[:1] == ["nam"] and YEARS_RE.fullmatch("".join(after[1:2])):
                after = []  # "vận động được bao nhiêu năm 2024": how much, in that year
            if after[:1] in (["mot"], ["1"]) or words[i + len(asked) : i + len(asked) + 2] == ["so", "voi"]:
                # "bao nhiêu một (1) ngày" (as "bao nhiêu mỗi ngày"): how much per unit, not how many days;
                # "tăng bao nhiêu so với cùng kỳ": compared with, nothing counted
                after = []
            if after in BOUNDING_PHRASES:
                after = []  # "bao nhiêu kể cả điểm thưởng": what the value takes in, nothing counted
            if after[1:] == ["mot"]:
                after = after[:1]  # "mấy buổi một tháng": buổi, per month
            if len(after) == 2 and _verb_after(question, written[i + len(asked)], written[i + len(asked) + 1]):
                after = after[:1]  # "bao nhiêu đội dự Hội thi": the noun counted, not what it does
            if after == ["nguoi"] and (named := _number_of(words[:i], written[:i])):
                return named  # "Tổng số hội viên … là bao nhiêu người": members, of all people
            return after or _number_of(words[:i], written[:i])
    return []


def _verb_after(question: str, noun: str, word: str) -> bool:
    """pyvi's tagger reads `word` after `noun` as a verb or an adverb of its own ("đội dự Hội thi", "tuổi mới
    thuộc"), not as part of the noun ("hộ nghèo", "suất quà"); typed without diacritics, nothing is told."""
    if not has_diacritics(question):
        return False
    tags = word_tags(question)
    return any(w.lower() == noun and nxt.lower() == word and tag in ("V", "R")
               for (w, _), (nxt, tag) in zip(tags, tags[1:]))


# typed without diacritics, "so" before these is "sơ" ("so cap cuu": sơ cấp cứu, "so ket", "so tan"), not "số"
SO_WORDS = (["cap"], ["cuu"], ["ket"], ["tan"])
# … and after these it is "sở" or "sơ" ("co so": cơ sở, "ho so": hồ sơ)
SO_AFTER = (["co"], ["ho"])
# "số" that makes a word with the syllable after it, which counts nothing: "số liệu" (data), "số hiệu" (a designation)
SO_COMPOUNDS = ("lieu", "hieu")
# "số" that closes a word with the syllable before it: "thiểu số" (a minority), "dân số" (population), "đa số", "hệ số"
SO_CLOSING = ("thieu", "dan", "da", "he", "ty", "ti", "chi", "tan")


def _number_of(words: list[str], written: list[str]) -> list[str]:
    """The two words after the last "số" (or "số lượng") that is not a document number ("số 486"); not
    "sơ" ("sơ cấp cứu": told by its diacritics, or typed without them by the word after it)."""
    accented = has_diacritics(" ".join(written))
    for i in range(len(words) - 1, -1, -1):
        if words[i] == "so" and (nfc(written[i]) == "số" if accented else words[i + 1 : i + 2] not in SO_WORDS
                                 and words[i - 1 : i] not in SO_AFTER) and (not i or words[i - 1] not in SO_CLOSING):
            following = words[i + 2 : i + 4] if words[i + 1 : i + 2] == ["luong"] else words[i + 1 : i + 3]
            following = following[: next((j for j, w in enumerate(following) if not w.isalnum()), len(following))]
            if following and not following[0].isdigit() and following[0] not in SO_COMPOUNDS:
                return following
    return []


def written_as(word: str) -> str:
    """A word of several syllables ("phòng_ban") as a text may write it: its syllables in order with at most a
    little punctuation, or one word, between them ("phòng, ban", "phòng, chống dịch")."""
    return r"(?<!\w)" + r"\W{1,3}(?:\w+\W{1,3})?".join(map(re.escape, word.split("_"))) + r"(?!\w)"


@lru_cache(maxsize=4096)  # the same clauses are read again for question after question
def spelled(text: str, accented: bool) -> str:
    return fold(text) if accented else unaccent(text)


# a cell that is a day or a run of days and nothing else ("16/10 - 31/10", "01/12/2027 – 15/12/2027", "20/4")
DAYS_CELL_RE = re.compile(r"\s*\d{1,2}/(\d{1,2})(?:/\d{4})?(?:\s*[-–]\s*\d{1,2}/(\d{1,2})(?:/\d{4})?)?\s*")


def row_months(text: str) -> set[int] | None:
    """The months a table row's cells of days cover ("16/10 - 31/10": 10; "20/11 - 05/12": 11 and 12), None when the
    row has no such cell (a row of a roster or a schedule is of its days)."""
    cells = [c for c in re.split(r"[|\t]", text) if c.strip()]
    runs = [m for m in (DAYS_CELL_RE.fullmatch(c) for c in cells) if m]
    if len(cells) < 2 or not runs:
        return None
    months: set[int] = set()
    for run in runs:
        first, last = int(run.group(1)), int(run.group(2) or run.group(1))
        months |= set(range(first, last + 1)) if first <= last else {*range(first, 13), *range(1, last + 1)}
    return months
