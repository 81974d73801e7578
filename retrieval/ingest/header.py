"""Read the frame of a Vietnamese administrative text: its header block, its closing, and what they state.

The header block (issuer, national motto, "Số …", "…, ngày … tháng … năm …", document type,
trích yếu, "Kính gửi") and the closing ("Nơi nhận", "T/M …", signer) are metadata, not clauses:
`read_frame` returns where the body lies between them, where the signature block lies (authority
words TM./T/M/KT./TL./TUQ./Q., title, name) and the metadata they state. Patterns are general (any
issuer, number, date, type line), so laws, decrees and texts not in the corpus read too.

Two-column layouts (issuer beside the motto, "Nơi nhận" beside the signature) that a text export
interleaves line by line are read column by column: a run of four or more spaces (or a tab) inside
a line separates two columns. `find_attachments` finds texts issued with the document ("(Ban hành
kèm theo Quyết định số …)"), each with its own frame.
"""

import re
from dataclasses import dataclass

from pydantic import BaseModel, Field

from retrieval.ingest.metadata import check_date
from retrieval.text import unaccent


class Frame(BaseModel):
    """Where the body starts and ends inside a text, and the metadata its header and closing state.

    `closing_start`/`closing_end` delimit the closing: "Nơi nhận" with its list and the signature block
    (None when the text has neither).
    """

    body_start: int
    body_end: int
    metadata: dict = Field(default_factory=dict)
    closing_start: int | None = None
    closing_end: int | None = None
    addressees: list[str] = Field(default_factory=list)  # a letter's "Kính gửi" list (not "Nơi nhận")


class Attachment(BaseModel):
    """A text issued with the document ("(Ban hành kèm theo …)"): where it starts, its title block
    (`title_start` is its type line), where its body starts, and its kind ("Quy chế", "Phụ lục I")."""

    start: int
    title_start: int
    body_start: int
    kind: str


DOCUMENT_TYPES = (
    "THÔNG TƯ LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH", "KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP", "QUY CHẾ PHỐI HỢP",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "KẾT LUẬN",
    "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "THÔNG TRI", "HƯỚNG DẪN", "BÁO CÁO", "CHƯƠNG TRÌNH",
    "ĐIỀU LỆ", "THÔNG BÁO", "TỜ TRÌNH", "CÔNG VĂN", "CÔNG ĐIỆN", "QUY CHẾ", "QUY ĐỊNH",
    "PHÁP LỆNH", "HIẾN PHÁP", "ĐỀ ÁN", "LUẬT", "LỆNH", "GIẤY MỜI", "GIẤY TRIỆU TẬP", "BIÊN BẢN",
    "THỂ LỆ", "PHƯƠNG ÁN", "DỰ ÁN", "THÔNG CÁO", "LỊCH CÔNG TÁC", "LỊCH LÀM VIỆC",
)
# Kinds of text a directive says it carries out ("Thực hiện Kết luận số 44-KL/TW …").
DIRECTIVE_KINDS = (
    "Kết luận", "Chỉ thị", "Quyết định", "Nghị quyết", "Nghị định", "Thông tri", "Thông tư",
    "Công văn", "Kế hoạch", "Hướng dẫn", "Chương trình", "Luật", "Pháp lệnh", "Hiến pháp",
    "Điều lệ", "Quy định", "Thông báo", "Công điện", "Đề án", "Quy chế", "Phương án",
)
SHORT_KINDS = ("Văn bản", "KH", "QĐ", "CT", "KL", "NQ", "CV", "HD", "TB", "CĐ", "TT", "NĐ")
MOTTOS = ("dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
# the Youth Union writes its name in the column beside its organ where a Party text writes the Party's ("BCH ĐOÀN
# TRƯỜNG …   ĐOÀN TNCS HỒ CHÍ MINH"); on a line of its own it is part of an issuer's name
COLUMN_MOTTOS = ("doan tncs ho chi minh", "doan thanh nien cong san ho chi minh")
ROLE_WORDS = (
    "BÍ THƯ", "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "THỦ TƯỚNG", "ỦY VIÊN", "UỶ VIÊN", "CHÁNH",
    "TỔNG BIÊN TẬP", "THƯỜNG TRỰC", "PHÓ",
)
# Words that cannot end a sentence: a paragraph ending on one continues after a page break.
CONNECTIVES = frozenset(
    "của và với các những theo cho trong về để đến từ tại là có được bị do vì như mà thì nhằm gồm "
    "sự việc một hoặc hay trên dưới giữa qua bằng ở khi nếu đối cùng mọi".split()
)
# Place words after which an issuer name is a proper noun ("TỈNH LAI CHÂU" → "tỉnh Lai Châu").
PLACE_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
# A party committee named without its place ("TỈNH ỦY"), which the line above it gives.
BARE_COMMITTEE_RE = re.compile(r"(?:tỉnh|thành|huyện|thị|quận|đảng)\s+(?:ủy|uỷ)")
# An organ of the body named above it, named without that body ("BAN THƯỜNG VỤ", "VĂN PHÒNG" under "HỘI CHỮ
# THẬP ĐỎ TỈNH PHÚ LĨNH", "ỦY BAN NHÂN DÂN TỈNH"): the issuer is that organ of that body.
BARE_ORGAN_RE = re.compile(r"(?:ban thường vụ|ban chấp hành|thường trực|văn phòng|ban [a-zà-ỹđ ]+|đại hội[a-zà-ỹđ ]*)")
# The edition a congress's name ends with ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XI"): after its body's name in full
EDITION_TAIL_RE = re.compile(r"\s+lần thứ\s+[ivxlc\d]+$")
# How the name of a body (or of its organ, or of a place) begins: a line that begins otherwise continues the line above
BODY_HEADS = ("ban ", "sở ", "hội ", "ủy ban", "uỷ ban", "ubnd", "văn phòng", "phòng ", "đảng", "trung ương", "bộ ",
              "cục ", "chi cục", "trung tâm", "công an", "đoàn ", "mặt trận", "liên ", "bệnh viện", "trường ", "thường trực",
              "tỉnh", "thành", "huyện", "quận", "thị ", "xã ", "phường ", "đại hội", "chi bộ", "công đoàn", "hội đồng")
# The term a body's line may end with ("…, NHIỆM KỲ 2022 - 2027"): said after the body it names
TERM_TAIL_RE = re.compile(r",?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}$")
EDITION_LINE_RE = re.compile(r"lần thứ\s+[ivxlc\d]+")  # a congress's rank, on a line of its own ("LẦN THỨ XI")
# The same organ named with the place of the branch it belongs to ("BAN CHẤP HÀNH TỈNH HÀ TĨNH").
PLACED_ORGAN_RE = re.compile(rf"(ban thường vụ|ban chấp hành|thường trực|bch|btv)\s+((?:{'|'.join(PLACE_WORDS)})\s+\S.*)")
ORGAN_SHORT = {"bch": "BAN CHẤP HÀNH", "btv": "BAN THƯỜNG VỤ", "ctđ": "CHỮ THẬP ĐỎ"}  # as a frame writes them short
# the fields departments are named for ("SỞ GIÁO DỤC VÀ ĐÀO TẠO"); many bodies share one ("Sở Y tế", "Trạm Y tế")
FIELDS = (
    "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
    "Thông tin và Truyền thông", "Kế hoạch và Đầu tư", "Tài chính - Kế hoạch", "Y tế", "Tài chính", "Nội vụ",
    "Tư pháp", "Ngoại vụ", "Tuyên giáo và Dân vận", "Tuyên giáo", "Dân vận",
)
# a party organisation of a place ("Đảng bộ tỉnh Hưng Yên"), whose organs are its committee's ("… Tỉnh ủy Hưng Yên")
PARTY_BODY_RE = re.compile(r"Đảng bộ (tỉnh|thành phố|huyện|xã|phường) (.+)$", re.IGNORECASE)
PARTY_COMMITTEES = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường"}
# the legal form an enterprise's name opens with, lowercase ("công ty cổ phần", "công ty TNHH một thành viên")
ENTERPRISE_FORM_RE = re.compile(r"(?:tổng )?công ty(?: cổ phần| tnhh| trách nhiệm hữu hạn)?(?: một thành viên| hai thành viên"
                                r" trở lên)?|tập đoàn|ngân hàng(?: thương mại cổ phần)?")
# the agencies of a people's committee, named after the place they serve ("Sở Y tế tỉnh Đồng Nai")
PLACED_AGENCY_HEADS = ("sở ", "phòng ")
SCHOOL_HEADS = ("Trường Trung học phổ thông", "Trường Trung học cơ sở", "Trường Đại học", "Trường Cao đẳng", "Trường Trung cấp",
                "Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Mầm non", "Học viện", "Đại học")
PROPER_PHRASES = (
    "Việt Nam", "Hội Chữ thập đỏ", "Chữ thập đỏ", "Trung ương", "Chính phủ", "Quốc hội", "Mặt trận Tổ quốc",
    "Ban Thường vụ", "Ban Thường trực", "Ban Chấp hành", "Ban Bí thư", "Bộ Chính trị", "Đoàn TNCS Hồ Chí Minh",
    "Đoàn Thanh niên", "Hồ Chí Minh", *FIELDS,
)

NUMBER = r"\d+(?:\s*-\s*[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][\wĐđ]*|(?:/\d{4})?/[A-ZĐ][\wĐđ]*(?:-[\wĐđ]+)*)"
# the words of legal divisions, as written or in capitals ("PHẦN I. KẾT QUẢ …" heads a report's part)
LEVEL_WORDS = "Phần|Chương|Mục|Điều|PHẦN|CHƯƠNG|MỤC|ĐIỀU"
# a preamble's ground or proposal ("Căn cứ …", "Thực hiện …", "Xét đề nghị …"), and one written as a list item
GROUND_WORDS = r"(?:Căn cứ|Thực hiện|Xét|Theo đề nghị)\b"
GROUND_ITEM_RE = re.compile(rf"[-+•–]\s+{GROUND_WORDS}")
MARKER_RE = re.compile(
    r"^(?:[-+•–]\s|\d{1,3}(?:\.\d{1,3})*\s*(?:[.)](?!\d)|[-/](?=\s))\s*\S|[IVXLC]+\s*[.\-)]\s|[a-zđ][)-]\s"
    rf"|(?:{LEVEL_WORDS})\s+(?:[\dIVXLC]+\b|(?:thứ|THỨ)\s))"
)
# (to a cell's border: "Số: 46/TB-UBND | **Độc lập - Tự do - Hạnh phúc**", a table's row typed without its outer bars)
SO_RE = re.compile(r"^(?:Luật\s+|Pháp lệnh\s+)?Số\s*:?\s*(?P<value>(?:\d[^/|]*)?/[^|]*?)\s*(?:\|.*)?$", re.IGNORECASE)
DATE_RE = re.compile(
    # a telegram dates itself to the hour ("Nam Sơn, 15 giờ 30 phút, ngày 22 tháng 9 năm 2025", "22 giờ 00 ngày …")
    # (a scan's "ngày" misread "này", "ngảy", "Buày" before its day, month and year)
    r"^(?:(?P<place>[^,\d]{2,40}),\s*)?(?:\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?(?:ngày|ng\w{1,2}y|\w{1,2}ày)\s*(?P<day>\d{1,2})?[\s.…]*tháng\s*(?P<month>\d{1,2})?"
    r"[\s.…]*năm\s*(?P<year>\d{4})\.?$",
    re.IGNORECASE,
)
# how a text's preamble opens, after its addressees ("Thực hiện Công văn số …", "Căn cứ …", "Ngày 22/9/2026, …"): no
# addressee, even after a dash
OPENS_BODY_RE = re.compile(r"^[-+•]?\s*(?:Thực hiện|Căn cứ|Triển khai|Thi hành|Nhằm|Để|Ngày\s+\d)\b")
# the addressees of a letter or a telegram: "Kính gửi:", "Công điện gửi:", "Gửi:"
# ("Kính mm - Hội …": a scan's "gửi" misread, before the list it opens)
# ("Đồng kính gửi:": those sent it for their information, after the addressees)
RECIPIENTS_RE = re.compile(r"^(?P<copied>Đồng\s+)?(?:Kính (?:gửi|\S{1,4}(?=\s*:?\s+-\s))\s*:?|(?:Công điện |Điện )?gửi\s*:)"
                           r"\s*(?P<rest>.*)$", re.IGNORECASE)
# a telegram's addressees follow "<its issuer> điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:")
TELEGRAPHED_RE = re.compile(r"^[^:]{3,200}?\s+điện\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
SUMMARY_RE = re.compile(r"^(?:V/v|Về việc|Về)\s", re.IGNORECASE)
CLOSING_RE = re.compile(r"^Nơi nhận\s*:", re.IGNORECASE)
SIGNATURE_PREFIX_RE = re.compile(r"^(?:T/M|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*\S")
# a rank or degrees before a signer's name ("Đại tá Trần Đình Khải", "PGS.TS. Vũ Đình Khang", "ThS. BS. Lê Văn An", the
# last one's dot left out: "BS.CKII Nguyễn Thanh Liêm")
RANK_RE = re.compile(r"^(?:(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Đại\s+úy)\s+"
                     r"|(?:(?:GS|PGS|TS|ThS|BS|BSCK(?:I{1,2})?|CK(?:I{1,2})|DS|KS|CN|NCS)(?:\.\s*|\s+(?=\w)))+)", re.IGNORECASE)
SIGNED_RE = re.compile(r"^\((?:đã ký|ký)[^)]*\)$", re.IGNORECASE)
SIGNED_LEAD_RE = re.compile(r"^\((?:đã ký|ký)[^)]*\)\s*(?=\S)", re.IGNORECASE)  # "(đã ký) Nguyễn Quang Vinh" on one line
FURNITURE_RE = re.compile(
    r"^(?:BÌNH LUẬN|Bình luận|Gửi bình luận|Ý kiến bạn đọc|Vui lòng nhập\b.*|Chia sẻ|Bài viết liên quan)$"
)
# a page's number on a line of its own ("3", "Trang 3/3"): at a text's ends, under its signature
PAGE_NUMBER_RE = re.compile(r"^(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?$", re.IGNORECASE)
# (a rule drawn with box lines: "───────"; a table's rule under a frame typed as one: "---|---", "|:---|:---:|")
DECORATION_RE = re.compile(r"^[*\-_=–—.·─━═]+$|^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?$")
# The marks of urgency and secrecy stamped on a text's first page ("HỎA TỐC", "THƯỢNG KHẨN", "MẬT"), also
# after its type ("CÔNG ĐIỆN KHẨN"): they name no issuer and no subject.
URGENCY_RE = re.compile(r"(?:(?:HỎA|HOẢ) TỐC(?: HẸN GIỜ)?|THƯỢNG KHẨN|KHẨN|TỐI MẬT|TUYỆT MẬT|MẬT)")
SECRECY_RE = re.compile(r"(?:TỐI |TUYỆT )?MẬT")
TERMINAL = ".:;!?…"
# a word no sentence ends with: the line after it goes on with the sentence ("… tại Công văn số" / "96/BCĐ-HMTN …")
# words a number follows, which no paragraph ends with ("trước ngày", "Quyết định số", "lúc"; a quantity's: "trị giá",
# "mức", "tối đa")
NUMBER_BEFORE_RE = re.compile(r"(?<!\w)(?:số|ngày|tháng|năm|lúc|trước|từ|đến|giá|mức|khoảng|tối đa|tối thiểu)$", re.IGNORECASE)
OPEN_END_RE = re.compile(r"(?<!\w)(?:số|ngày|tại|của|và|về|cho|theo|với|các|những|trong|từ|đến)$", re.IGNORECASE)


def goes_on(last: str, line: str) -> bool:
    """A line, shorter than the page, that stops mid-sentence goes on in the next when that one starts no item and
    is written in lowercase or follows a word no sentence ends with (a scan's lines break where the page did)."""
    last = last.rstrip()
    return not MARKER_RE.match(line) and last[-1:] not in TERMINAL \
        and (line[:1].islower() or OPEN_END_RE.search(last) is not None
             or line[:1].isdigit() and NUMBER_BEFORE_RE.search(last) is not None)  # "… trị giá" / "300.000 đồng."
# a frame read from a scan may hold lines misread beyond recognition under its issuer, before anything is recognised:
# at most this many, each short
UNREAD_LINES, UNREAD_WORDS = 2, 6
PREAMBLE = ("Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị")
# a page's number standing on its own line ("-- 2 --", "- 3 -")
PAGE_NUMBER = r"[-–—]+\s*\d{1,3}\s*[-–—]+"
PAGE_NUMBER_LINE_RE = re.compile(PAGE_NUMBER)
# where a page ends in a text exported page by page: a form feed, or a line with the page's number alone ("Trang 2/3",
# "- 2 -")
PAGE_END_RE = re.compile(rf"\f|^[ \t]*(?:Trang\s+\d{{1,4}}(?:\s*/\s*\d{{1,4}})?|{PAGE_NUMBER})[ \t]*$", re.IGNORECASE | re.MULTILINE)
# (or a page's number alone, set in from the margin between blank lines: "\n\n        2\n\n", which a running head may
# follow; not a number at the margin, as a column of a table is typed: "15\n\nHội viên")
PAGE_OR_NUMBER_END_RE = re.compile(rf"{PAGE_END_RE.pattern}|(?<=\n\n)(?: {{4,}}|\t)[ \t]*\d{{1,3}}[ \t]*(?=\n[ \t]*\n)",
                                   re.IGNORECASE | re.MULTILINE)
# A gap this wide inside a line separates two columns of a laid-out page.
COLUMN_GAP_RE = re.compile(r"[ \t]{4,}|\t")
RIGHT_COLUMN_INDENT = 16  # a line indented this far stands in the right-hand column only
# a dash or a bar between two columns a converted frame wrote on one line ("HỘI CHỮ THẬP ĐỎ TỈNH … — Độc lập - Tự do -
# Hạnh phúc", "Số: 05/NQ-HCTĐ — Quảng Trị, ngày …", "**BAN CHẤP HÀNH TỈNH …** | **Độc lập - Tự do - Hạnh phúc**")
COLUMN_DASH_RE = re.compile(r"\s+[—|]\s+")
TITLE_LENGTH = 100  # a numbered line this short and unpunctuated is a title, not a sentence a line end cut
# the texts an appendix or an attached text is issued with: any directive, and a report, proposal or scheme
ATTACHING_KINDS = (*DIRECTIVE_KINDS, "Tờ trình", "Báo cáo")
ATTACHED_RE = re.compile(
    rf"^(?P<paren>\()?\s*(?:Ban hành\s+)?kèm theo\s+(?:{'|'.join(ATTACHING_KINDS)})\b",
    re.IGNORECASE,
)
# the same in brackets at the end of the title line a soft line break ran it into ("Quản lý tình nguyện viên … (Ban hành
# kèm theo Quyết định số 27/QĐ-CTĐ …)")
ATTACHED_TAIL_RE = re.compile(
    rf"\s(?P<paren>\()\s*(?:Ban hành\s+)?kèm theo\s+(?:{'|'.join(ATTACHING_KINDS)})\b[^()]*\)\s*$",
    re.IGNORECASE,
)
STAMP_NOISE_RE = re.compile(r"\S{1,8}")  # a seal over a signature read as a few letters ("éMAj")
TITLE_CAPS_WORDS = 6  # the most words of a title in capitals over an attached text of no kind named ("DANH SÁCH")
# "PHỤ LỤC II", "PHỤ LỤC SỐ 2 …"; in ordinary case only on a line of its own ("Phụ lục", "Phụ lục 01")
APPENDIX_RE = re.compile(r"^(?:PHỤ LỤC|Phụ lục(?=(?:\s+(?:số\s+)?(?:[IVXLC]+|\d{1,2}))?\s*$))"
                         r"(?:\s+(?:SỐ\s+|số\s+)?(?P<key>[IVXLC]+|\d{1,2}))?\b")


# "xã hội" (society), not the level "xã" of a commune named "Hội …", after the words it ends a name with: "Lao động -
# Thương binh và Xã hội", "Công tác xã hội", "Bảo trợ xã hội", "Chính sách xã hội", "An sinh xã hội", "Bảo hiểm xã hội"
SOCIETY_BEFORE = ("và", "tác", "trợ", "sách", "sinh", "hiểm")
SOCIETY_RE = re.compile(rf"\b((?:{'|'.join(SOCIETY_BEFORE)})\s+)xã(?=\s+hội\b)")


TRAILING_RULE_RE = re.compile(r"(?<=\w)\s+[_=\-–—.·─━═*]{3,}$")


def plain(line: str) -> str:
    """One line without Markdown marks: heading hashes, emphasis asterisks and underscores around it ("_Hà Giang, ngày
    22 tháng 4 năm 2026_"), backslash escapes."""
    line = re.sub(r"\\(.)", r"\1", re.sub(r"^\s*#+\s", "", line)).strip()
    if line.strip("*"):
        line = line.replace("*", "")
    line = re.sub(r"^_{1,2}(?=\S)(.*\w.*?)(?<=\S)_{1,2}$", r"\1", line.strip())
    line = TRAILING_RULE_RE.sub("", line)  # "Công tác Hội … năm 2028 _______________": a rule typed after a title
    return " ".join(line.split())


def is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def normalise_number(value: str) -> str | None:
    """"100 - KH/TU" → "100-KH/TU"; a blank number ("/KH-UBND") is None."""
    value = re.sub(r"\s+", "", value).rstrip(".,;")
    return value if re.match(r"^\d+[-/]", value) else None


def document_numbers(text: str) -> list[str]:
    """Numbers of the texts named as carried out ("Chỉ thị số 43-CT/TW"), in order, once each."""
    kinds = "|".join(DIRECTIVE_KINDS)
    # (or by its short kind, or as "Văn bản", with "số" before the number: "KH số 58/KH-CTĐ", "Văn bản số 4105/UBND-NC")
    short = "|".join(SHORT_KINDS)
    pattern = re.compile(rf"(?:(?:{kinds})(?:\s+[^\s,;.]+){{0,8}}?\s+(?:số\s*)?|\b(?:{short})\s+số\s*)({NUMBER})", re.IGNORECASE)
    found: list[str] = []
    for match in pattern.finditer(text):
        number = normalise_number(match.group(1))
        if number and number not in found:
            found.append(number)
    return found


def join_page_breaks(text: str) -> str:
    """Join paragraphs a page break split inside a sentence ("hệ thống\\n\\nchính trị")."""
    pattern = re.compile(r"(?m)^([^\n]*\S)[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=([^\n]*))")

    def join(match: re.Match) -> str:
        before, after = match.group(1), match.group(2)
        return f"{before} " if goes_on_after_break(plain(before), plain(after)) else match.group(0)

    return pattern.sub(join, text)


def goes_on_after_break(before: str, after: str) -> bool:
    """The line after a page break (`after`) goes on with the sentence the line before it (`before`) left open:
    "hệ thống" / "chính trị", "hoàn thành trước ngày" / "30/4/2026."."""
    if not before or not after or MARKER_RE.match(after) or is_caps(before) or is_caps(after):
        return False
    if after[0].islower():
        return before[-1] not in ".:!?…"
    if after[0].isdigit() and NUMBER_BEFORE_RE.search(before):
        return True  # "hoàn thành trước ngày" / "30/4/2026.": a word a number follows
    if before[-1] in TERMINAL:
        return False
    return before[-1].isalpha() and before.split()[-1].lower() in CONNECTIVES


ORDINAL_WORDS = ("lần", "khóa", "khoá")  # "ĐẠI HỘI … LẦN THỨ VIII", "BAN CHẤP HÀNH KHÓA VII"


def proper_name(caps: str) -> str:
    """An all-caps name in usual case: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "Ủy ban nhân dân tỉnh Lai Châu"."""
    words = caps.lower().split()
    out: list[str] = []
    proper = False
    i = 0
    while i < len(words):
        if words[i] in ("tp", "tp."):  # "TP ĐÀ NẴNG": the abbreviation of "thành phố"
            out.append("thành phố")
            proper, i = True, i + 1
            continue
        if words[i] in ORGAN_SHORT:  # "BCH ĐOÀN TRƯỜNG …", "HỘI CTĐ": the organ or the name written in full (cased as
            # PROPER_PHRASES write it)
            out.extend(ORGAN_SHORT[words[i]].lower().split())
            i += 1
            continue
        school = next((s for s in SCHOOL_HEADS if words[i : i + len(s.split())] == s.lower().split()), None)
        if school:  # "TRƯỜNG ĐẠI HỌC KỸ THUẬT VÀ CÔNG NGHỆ …": a school's name, each word of it capitalised but "và"
            out.append(school)
            out.extend(w if w == "và" else w.capitalize() for w in words[i + len(school.split()) :])
            break
        if words[i] in ORDINAL_WORDS:  # "… TỈNH CAO BẰNG LẦN THỨ VIII": the name has ended
            proper = False
        if out and out[-1] in ORDINAL_WORDS + ("thứ",) and re.fullmatch(r"[ivxlc]+", words[i]):
            out.append(words[i].upper())
            i += 1
            continue
        two = " ".join(words[i:i + 2])
        society = two == "xã hội" and i > 0 and words[i - 1] in SOCIETY_BEFORE  # "… Thương binh và Xã hội tỉnh …"
        place = two if two in PLACE_WORDS else words[i] if words[i] in PLACE_WORDS and not society else None
        size = len(place.split()) if place else 1
        chunk = words[i:i + size]
        next_word = words[i + size] if i + size < len(words) else ""
        organ = place is not None and next_word in ("ủy", "uỷ")
        if not out or proper:
            chunk = [chunk[0].capitalize(), *chunk[1:]] if place else [w.capitalize() for w in chunk]
        out.extend(chunk)
        if place and not organ:
            proper = True
        elif words[i] in ("ủy", "uỷ") and out[:-1]:
            proper = True
        i += size
    name = " ".join(word.upper() if _is_acronym(word) else word for word in out)
    for phrase in PROPER_PHRASES:
        name = re.sub(re.escape(phrase), phrase, name, flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


def _is_acronym(word: str) -> bool:
    """An abbreviation written in capitals ("UBND", "HĐND", "CTĐ"): no vowel, or it ends on consonants
    no syllable ends on (a syllable ends on at most "ch", "ng", "nh"; "Krông" is a place)."""
    letters = unaccent(word).lower().replace("đ", "d")
    final = re.search(r"[bcdghklmnpqrstvxz]{2,}$", letters)
    return letters.isalpha() and (not re.search(r"[aeiouy]", letters) or bool(final and final.group() not in ("ch", "ng", "nh")))


def _without_motto(line: str) -> str:
    """A line without a motto read into its end (an issuer and the Quốc hiệu beside it, one line of a scan)."""
    words = line.split()
    for k in range(1, len(words)):
        if _is_motto(" ".join(words[k:])):
            return " ".join(words[:k])
    return line


def _is_motto(line: str) -> bool:
    flat = re.sub(r"[^a-z ]+", " ", unaccent(line))
    return " ".join(flat.split()) in MOTTOS


def _type_line(line: str) -> tuple[str, str] | None:
    # (a note in brackets may follow the kind in small letters: "BÁO CÁO NHANH (lần thứ 3)", "QUY CHẾ (Dự thảo)")
    if not is_caps(re.sub(r"\s*\([^()]*\)$", "", line)):
        return None
    for kind in DOCUMENT_TYPES:
        if line == kind or line.startswith(kind + " "):
            return kind.capitalize(), line[len(kind):].strip()
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of the text."""
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


@dataclass(frozen=True)
class _Segment:
    """One column of one line: `text[start:stop]` read as `plain`; `first` when it opens its line (a line
    indented as far as a right-hand column, "                Lâm Văn Hiếu", opens none: it is that column)."""

    start: int
    stop: int
    plain: str
    first: bool
    line: int


def _segments(lines: list[tuple[int, str]], upto: int) -> list[_Segment]:
    """The non-blank columns of the lines before `upto`, in reading order (left column first on each line)."""
    out: list[_Segment] = []
    for offset, raw in lines:
        if offset >= upto:
            break
        if _page_foot(raw):
            continue
        laid_out = raw.expandtabs(4)
        pos, first = 0, len(laid_out) - len(laid_out.lstrip()) < RIGHT_COLUMN_INDENT
        for piece in [part for gapped in COLUMN_GAP_RE.split(raw) for part in _dashed_columns(gapped)]:
            at = raw.index(piece, pos) if piece else pos
            pos = at + len(piece)
            text = plain(piece)
            if not text or not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            out.append(_Segment(start=offset + at + lead, stop=offset + at + len(piece.rstrip()), plain=text,
                                first=first, line=offset))
            first = False
    return out


def _dashed_columns(piece: str) -> list[str]:
    """The columns a frame's line joins with a dash, where each is a line of a frame (an organ in capitals, the motto,
    the number or the place and date); the piece itself otherwise."""
    parts = COLUMN_DASH_RE.split(piece)
    if len(parts) > 1 and all(is_caps(text := plain(part)) or _is_motto(text) or SO_RE.match(text) or DATE_RE.match(text)
                              for part in parts):
        return parts
    return [piece]


def _page_foot(raw: str) -> bool:
    """A page's foot or head line: its number alone, or after a running title ("Hội CTĐ tỉnh … - HD 19/HD-CTĐ    Trang 3")."""
    pieces = [plain(piece) for piece in COLUMN_GAP_RE.split(raw.strip()) if plain(piece)]
    return bool(pieces) and (PAGE_NUMBER_RE.match(pieces[-1]) is not None and (len(pieces) == 1 or pieces[-1][:1].isalpha()))


def _is_role(line: str) -> bool:
    return bool(SIGNATURE_PREFIX_RE.match(line) or SIGNED_RE.match(line)) or (
        is_caps(line) and not MARKER_RE.match(line) and any(w in line for w in ROLE_WORDS)
    )


@dataclass(frozen=True)
class _Signature:
    start: int
    end: int
    signer: str | None = None


def _signature(content: list[_Segment]) -> _Signature | None:
    """The signature block (roles, then the signer's name) that ends `content`, if it ends with one.
    A text several bodies issue is signed by each, one block above the other: the blocks make one,
    its signers named in order."""
    found = _one_signature(content, len(content) - 1)
    if found is None and len(content) > 1 and _post_under_name(content[-1].plain):
        # the signer's post under the name ("Hoàng Thị Minh Nguyệt / Chủ tịch Hội Chữ thập đỏ tỉnh")
        if (found := _one_signature(content, len(content) - 2, signed=True)) is not None:
            found = _Signature(found[0].start, content[-1].stop, found[0].signer), found[1]
    if found is None:
        return None
    signature, i = found
    while (above := _one_signature(content, i, signed=True)) is not None:
        party, i = above
        signers = " và ".join(filter(None, (party.signer, signature.signer)))
        signature = _Signature(start=party.start, end=signature.end, signer=signers or None)
    return signature


def _joint_signature(content: list[_Segment]) -> _Signature | None:
    """Two signature blocks side by side ("GIÁM ĐỐC CÔNG AN TỈNH    TM. BAN THƯỜNG VỤ", the two names on
    one line): each column read on its own, its signers named left first."""
    left = _signature([s for s in content if s.first])
    # (the right column from the left block's first line on: not the issuer a two-column frame writes on the right)
    right = _signature([s for s in content if not s.first and s.start >= left.start]) if left is not None else None
    if left is None or right is None or not (left.signer and right.signer):
        return None
    return _Signature(start=min(left.start, right.start), end=max(left.end, right.end),
                      signer=f"{left.signer} và {right.signer}")


def _alternating_signature(content: list[_Segment]) -> _Signature | None:
    """Two signature blocks side by side read a cell at a time, row by row (a layout table: "CÔNG AN TỈNH" /
    "HỘI CHỮ THẬP ĐỎ TỈNH" / "KT. GIÁM ĐỐC" / "TM. BAN THƯỜNG VỤ" / … / the two names): the lines of the
    closing block taken alternately are the two blocks, the left one first."""
    tail = 0
    while tail < len(content) and _signature_line(content[-1 - tail].plain):
        tail += 1
    if tail < 4 or tail % 2:
        return None
    block = content[len(content) - tail :]
    left, right = _signature(block[0::2]), _signature(block[1::2])
    if left is None or right is None or not (left.signer and right.signer):
        return None
    return _Signature(start=block[0].start, end=block[-1].stop, signer=f"{left.signer} và {right.signer}")


def _post_under_name(line: str) -> bool:
    """A post written in ordinary case under a signer's name ("Chủ tịch Hội Chữ thập đỏ tỉnh")."""
    return not is_caps(line) and line.upper().startswith(ROLE_WORDS) and len(line.split()) <= 12


def _signature_line(line: str) -> bool:
    """A line a signature block may hold: an organ, a title, "(Đã ký)", a name."""
    return _is_role(line) or _is_organ(line) or _is_name(line, "")


NAME_APOSTROPHE_RE = re.compile(r"['’]")


def _one_signature(content: list[_Segment], i: int, signed: bool = False) -> tuple[_Signature, int] | None:
    """The block of roles and a name ending at segment `i` (a name required when `signed`), and the
    index of the segment above it. The organ a title is held in may stand on its own lines between
    them ("TM. BAN THƯỜNG VỤ / HỘI CHỮ THẬP ĐỎ TỈNH / CHỦ TỊCH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO / GIÁM ĐỐC")."""
    start = end = signer = None
    written = SIGNED_LEAD_RE.sub("", content[i].plain) if i >= 0 else ""
    if i >= 0 and _is_name(written, content[i - 1].plain if i else ""):
        start, end = content[i].start, content[i].stop
        rank = RANK_RE.match(written)
        name = written[rank.end() if rank else 0:]
        signer = (rank.group(0) if rank else "") + " ".join(_name_word(w) for w in name.split())
        i -= 1
    if signed and signer is None:
        return None
    if signer and i >= 0 and STAMP_NOISE_RE.fullmatch(content[i].plain) and not content[i].plain.isupper() \
            and not content[i].plain.islower() and not content[i].plain.istitle():
        i -= 1  # a seal over the signature read as a few letters ("éMAj") between the title and the name
    roles = 0
    while i >= 0 and (_is_role(content[i].plain) or roles and _is_organ(content[i].plain)):
        start, end, roles, i = content[i].start, end or content[i].stop, roles + 1, i - 1
    if start is None or (signer and not roles and (i < 0 or content[i].plain[-1] not in TERMINAL)):
        return None  # a bare byline (press article) counts only after a finished sentence
    return _Signature(start=start, end=end, signer=signer), i


def _is_organ(line: str) -> bool:
    """A body's name in capitals, as a signature block writes the organ above a title (not a kind of text: "KẾ
    HOẠCH LIÊN TỊCH" centred under the frame is no organ of the signature a column reads below it)."""
    return is_caps(line) and not MARKER_RE.match(line) and 2 <= len(line.split()) <= 10 and line[-1] not in TERMINAL \
        and _type_line(line) is None


def _is_name(line: str, above: str) -> bool:
    line = RANK_RE.sub("", line)  # "Đại tá Trần Đình Khải": a rank before the name
    if is_caps(line):
        return 2 <= len(line.split()) <= 5 and not _is_role(line) and _is_role(above)
    # each part of a word a name writes with an apostrophe is a word of its own ("H'Lim Niê", "Y’Moan")
    parts = [part for word in line.split() for part in NAME_APOSTROPHE_RE.split(word)]
    return 2 <= len(line.split()) <= 6 and all(p.isalpha() and p[0].isupper() and p[1:] == p[1:].lower() for p in parts)


def _name_word(word: str) -> str:
    """A word of a signer's name as written in small letters: "NGUYỄN" is "Nguyễn", "H'LIM" "H'Lim"."""
    if not is_caps(word):
        return word
    return "".join(part.capitalize() for part in re.split(f"({NAME_APOSTROPHE_RE.pattern})", word))


class _HeaderReader:
    """Walk the top of a text line by line while it is header block; collect what it states."""

    def __init__(self, lines: list[tuple[int, str]], end: int):
        # column by column, so an issuer beside the motto reads as two lines; a body line starts its line
        # (each with its side: 0 the left column or the whole line, 1 a column beside it)
        self.lines: list[tuple[int, str, int]] = []
        self._at = (0, 0)  # the offset and side of the line being read
        self._raw = dict(lines)
        for offset, raw in lines:
            if offset >= end:
                break
            columns = [(offset, segment.plain, int(not segment.first)) for segment in _segments([(offset, raw)], end)]
            self.lines.extend(columns or [(offset, "", 0)])
        self.meta: dict = {}
        self.issuer_lines: list[str] = []
        self.issuer_sides: list[tuple[int, int]] = []  # (line offset, column) of each issuer line
        # the parties of a joint text whose frames stand one after another, each over its own number ("HỘI CHỮ THẬP
        # ĐỎ TỈNH … / Số: 07/… / BAN CHẤP HÀNH ĐOÀN TỈNH … / Số: 215-…"): the lines of each party before the last
        self.parties: list[list[str]] = []
        self._numbered = False  # the party read so far has its number: an organ's line after it opens another
        self.summary: list[str] = []
        self._kind_subject: list[str] | None = None  # the summary when it is only the words after the kind's
        self.recipients: list[str] = []
        self.copied: list[str] = []  # of them, those sent it for their information ("Đồng kính gửi:"), asked nothing
        self._copied = False
        self._recipient_open = False  # the last recipient's line ended with a comma
        self._recipient_wraps = False  # the last recipient's line was a dashed item left unended
        self.recognised = False

    def read(self) -> int | None:
        """Offset of the first body line, or None when the text has no administrative header."""
        state, blank_before, unread = "start", False, 0
        for offset, line, side in self.lines:
            if not line or DECORATION_RE.match(line):
                blank_before = blank_before or not line
                continue
            self._at = (offset, side)
            found = self._take(line, state, blank_before)
            blank_before = False
            if found == "body" and not self.recognised and self.issuer_lines and unread < UNREAD_LINES \
                    and len(line.split()) <= UNREAD_WORDS:
                unread += 1  # a scan's line misread under an issuer ("§ố486SYFNY"), before the motto read later
                continue
            if found == "body" and state == "recipients" and (dash := re.match(r"\s*[-+•]\s*", self._raw.get(offset, ""))):
                return offset + dash.end() if self.recognised else None  # (the body from its preamble, not the speck)
            state = found
            if state == "body":
                return offset if self.recognised else None
        return None

    def _take(self, line: str, state: str, blank_before: bool) -> str:
        if state == "recipients" and OPENS_BODY_RE.match(line):
            return "body"  # (a scan's speck read as a dash before the preamble: "- Thực hiện Thông báo số 156 …")
        if state == "recipients" and re.match(r"^[-+•]\s*", line):
            self._add_recipient(line)
            return "recipients"
        if state == "recipients" and self.recipients and (self._recipient_open or self._recipient_wraps and not blank_before):
            # the list wrapped onto this line ("- Các huyện ủy: Đắk Glei, …, Sa" over "Thầy, Ia H'Drai, …;")
            joint = " " if self._recipient_wraps and not self._recipient_open else ", "
            if self.copied and self.copied[-1] == self.recipients[-1]:
                self.copied[-1] = f"{self.copied[-1]}{joint}{line.strip().rstrip(',;.').strip()}"
            self.recipients[-1] = f"{self.recipients[-1]}{joint}{line.strip().rstrip(',;.').strip()}"
            self._recipient_open = line.rstrip().endswith(",")
            self._recipient_wraps = self._recipient_wraps and not line.rstrip().endswith((";", ".", ":"))
            return "recipients"
        if state in ("summary", "after_type") and self._continues_summary(line, state, blank_before):
            self._add_summary(line)
            return "summary"
        found = self._classify(line)
        if state == "summary" and self._at[1] and found == "header":
            return "summary"  # the date beside a subject that wraps on below it ("V/v chuẩn bị …   Nghệ An, ngày …")
        return found

    def _add_summary(self, line: str) -> None:
        if self.summary == self._kind_subject and re.match(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\s+[a-zđà-ỹ]", line):
            line = line[:1].lower() + line[1:]  # "BÁO CÁO NHANH" over "Tình hình thiệt hại …": one title, in its case
        self.summary.append(line)

    def _continues_summary(self, line: str, state: str, blank_before: bool) -> bool:
        """Trích yếu: the lines after the type line, until a finished sentence or the preamble (the first may end on
        a ";" before its second part: "Sơ kết … 6 tháng đầu năm 2027;" over "phương hướng, nhiệm vụ …")."""
        if MARKER_RE.match(line) or line.startswith("Căn cứ") or line[-1] in ".:!?" or line[-1] == ";" and state != "after_type":
            return False
        if SO_RE.match(line) or DATE_RE.match(line) or RECIPIENTS_RE.match(line) or _is_motto(line):
            return False
        if state == "after_type":
            return True
        if line.startswith(PREAMBLE):
            return False
        last = self.summary[-1]
        return line[0].islower() or (not blank_before and last[-1] not in TERMINAL and is_caps(line) == is_caps(last))

    def _classify(self, line: str) -> str:
        if recipients := RECIPIENTS_RE.match(line) or self.meta.get("type") == "Công điện" and TELEGRAPHED_RE.match(line):
            self.recognised = True
            self._copied = self._copied or bool(recipients.groupdict().get("copied"))
            if rest := recipients.group("rest").strip():
                self._add_recipient(rest)
            return "recipients"
        if _is_motto(line) or self._at[1] and " ".join(unaccent(line).lower().split()) in COLUMN_MOTTOS:
            self.recognised = True
            return "header"
        if number := SO_RE.match(line):
            self.recognised = True
            value = normalise_number(number.group("value"))
            if self.meta.setdefault("number", value) != value:  # a joint text numbered by each of its issuers
                self.meta.setdefault("joint_numbers", []).append(value)
            self._numbered = bool(self.issuer_lines)
            return "header"
        if date := DATE_RE.match(line):
            self.recognised = True
            self._set_date(date)
            return "header"
        if SUMMARY_RE.match(line) and line[-1] not in ".:;!?" and (self.recognised or self.issuer_lines):
            self._add_summary(line)
            return "summary"
        if kind := _type_line(line):
            self.recognised = True
            self.meta.setdefault("type", kind[0])
            if kind[1] and URGENCY_RE.fullmatch(kind[1]):
                self._set_urgency(kind[1])  # "CÔNG ĐIỆN KHẨN"
            elif kind[1]:
                # (in the capitals of the type: "LỊCH CÔNG TÁC THÁNG 01/2027" is the schedule of "tháng 01/2027")
                subject = proper_name(kind[1])
                self.summary.append(f"{subject[:1].lower()}{subject[1:]}")
                self._kind_subject = list(self.summary)
            return "after_type"
        if URGENCY_RE.fullmatch(line):
            self._set_urgency(line)
            return "header"
        if is_caps(line) and not MARKER_RE.match(line):
            if not self.summary and "type" not in self.meta:
                if self._numbered:
                    self.parties.append(self.issuer_lines)
                    self.issuer_lines, self.issuer_sides, self._numbered = [], [], False
                # (a scan's speck after it, "XÃ TÀ ĐÙNG.", a rule's end before it, "-THÀNH PHỐ HUẾ"; the motto beside
                # it read into its line, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                self.issuer_lines.append(_without_motto(line).strip(" .,;:-"))
                self.issuer_sides.append(self._at)
            return "header"
        return "body"

    def _add_recipient(self, line: str) -> None:
        name = re.sub(r"^[-+•]\s*", "", line).strip().rstrip(",;.").strip()
        if name:
            self.recipients.append(name)
            if self._copied:
                self.copied.append(name)
        self._recipient_open = line.rstrip().endswith(",")  # "… các xã, phường: Lệ Giang, Phú Thủy Đông," goes on
        # (a dashed item not ended as items are, by ";" or ".", goes on on the next line)
        self._recipient_wraps = bool(re.match(r"[-+•]\s", line.strip())) and not line.rstrip().endswith((";", ".", ":"))

    def _set_urgency(self, mark: str) -> None:
        if not SECRECY_RE.fullmatch(mark):  # ("MẬT" says who may read it, not how soon)
            self.meta.setdefault("urgency", mark[:1] + mark[1:].lower())

    def _set_date(self, date: re.Match) -> None:
        year, month, day = date.group("year"), date.group("month"), date.group("day")
        iso = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")
        while iso and check_date(iso) is None:  # "ngày 31 tháng 2": keep the precision the text supports
            iso = iso.rpartition("-")[0]
        self.meta.setdefault("date", iso or None)
        if date.group("place"):
            self.meta.setdefault("place", date.group("place").strip())

    def issuer(self) -> str | None:
        """The body that issues the text; the parties joined by "và" when each stands over its own number."""
        names = [_placed(name, lines, self.meta.get("place")) for lines in [*self.parties, *self._side_by_side()]
                 if (name := _issuer_of(lines))]
        return " và ".join(names) or None

    def _side_by_side(self) -> list[list[str]]:
        """The issuer lines of each party: of two frames side by side ("HỘI CHỮ THẬP ĐỎ VIỆT NAM    UBND TỈNH THÁI
        BÌNH / HỘI CHỮ THẬP ĐỎ TỈNH THÁI BÌNH    SỞ GIÁO DỤC VÀ ĐÀO TẠO"), each column; else as they stand."""
        rows = {offset for offset, side in self.issuer_sides if side}
        if any(offset in rows for offset, side in self.issuer_sides if not side):
            return [[line for line, (_, side) in zip(self.issuer_lines, self.issuer_sides) if side == column]
                    for column in (0, 1)]
        return _joint_issuers(self.issuer_lines)


def _placed(name: str, lines: list[str], place: str | None) -> str:
    """A body whose name ends at its level ("Bệnh viện Đa khoa tỉnh") under a parent line that names the place the
    text is dated at ("SỞ Y TẾ THANH HÓA", "Thanh Hóa, ngày …"): of that place."""
    if any(name.lower().endswith(" " + p) for p in PLACE_WORDS) and place and len(lines) > 1 and unaccent(lines[-2]).lower().endswith(" " + unaccent(place).lower()):
        return f"{name} {place}"
    return name


def _joint_issuers(lines: list[str]) -> list[list[str]]:
    """The issuer lines of each body a joint text's frame names one after another ("HỘI CHỮ THẬP ĐỎ VIỆT NAM /
    HỘI CHỮ THẬP ĐỎ TỈNH VĨNH LONG / ĐOÀN TNCS HỒ CHÍ MINH / BCH TỈNH VĨNH LONG"): split after the first line
    naming a place when the last names one of the same level and lines stand between them."""
    if len(lines) > 2 and _place_level(lines[0].lower()) and all(
            line.lower().startswith(PLACED_AGENCY_HEADS) and not _place_level(line.lower()) for line in lines[1:]):
        # "UBND TỈNH KIÊN GIANG / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI / SỞ Y TẾ": agencies of one committee, each a party
        return [[lines[0], line] for line in lines[1:]]
    placed = [i for i, line in enumerate(lines) if _place_level(line.lower())]
    # (the first body's place wrapped onto a line of its own: "HỘI CHỮ THẬP ĐỎ / THÀNH PHỐ HUẾ / CÔNG AN THÀNH PHỐ HUẾ")
    wrapped = len(placed) > 1 and placed[0] > 0 and lines[placed[0]].lower().startswith(PLACE_WORDS)
    if len(placed) < 2 or placed[-1] != len(lines) - 1 or placed[0] + 1 >= placed[-1] and not wrapped \
            or _place_level(lines[placed[0]].lower()) != _place_level(lines[-1].lower()):
        return [lines]
    split = placed[0] + 1
    if split + 1 < placed[-1] and lines[split].lower().startswith(PLACED_AGENCY_HEADS) and not _place_level(lines[split].lower()):
        split += 1  # "UBND TỈNH BÌNH ĐỊNH / SỞ GIÁO DỤC VÀ ĐÀO TẠO / HỘI CHỮ THẬP ĐỎ / TỈNH BÌNH ĐỊNH": the agency under its parent
    # (and the parties after it read alike: "… / UBND TỈNH ĐIỆN BIÊN / SỞ Y TẾ / ĐOÀN TNCS HỒ CHÍ MINH / BCH TỈNH ĐIỆN BIÊN")
    return [lines[:split], *_joint_issuers(lines[split:])]


def _issuer_of(lines: list[str]) -> str | None:
    """The body the lines over a text's number name."""
    if not lines:
        return None
    last = lines[-1]
    lowered = last.lower()
    if len(lines) > 1 and (term := TERM_TAIL_RE.search(lowered)):
        # "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ X, NHIỆM KỲ 2022 - 2027": the congress of the body above, of that term
        # (a line that is all term, "LẦN THỨ XI, NHIỆM KỲ 2026 - 2031", is of the congress named above it)
        head = last[: term.start()].strip(" ,")
        if not head or EDITION_LINE_RE.fullmatch(head.lower()):
            edition = re.sub(r"\b[ivxlc]+\b", lambda m: m.group(0).upper(), lowered.strip(", "))
            return f"{_issuer_of(lines[:-1])} {edition}"
        return f"{_issuer_of([*lines[:-1], head])}, {lowered[term.start():].lstrip(', ')}"
    parent = lines[-2].lower() if len(lines) > 1 else ""
    if lowered == "trung ương hội" and parent.startswith("hội "):
        return f"Trung ương {proper_name(lines[-2])}"  # "HỘI CHỮ THẬP ĐỎ VIỆT NAM / TRUNG ƯƠNG HỘI": the body's centre
    if BARE_COMMITTEE_RE.fullmatch(lowered) and parent.startswith("đảng bộ "):
        # "ĐẢNG BỘ TỈNH BÌNH ĐỊNH / TỈNH ỦY": the committee of the place its party organisation names
        place = parent[len("đảng bộ "):]
        name = next((place[len(p):].strip() for p in PLACE_WORDS if place.startswith(p + " ")), place)
        return proper_name(f"{last} {name}")
    if len(lines) > 1 and BARE_ORGAN_RE.fullmatch(lowered) and not any(f" {p} " in f" {lowered} " for p in PLACE_WORDS):
        # "BAN THƯỜNG VỤ" of "HỘI CHỮ THẬP ĐỎ TỈNH PHÚ LĨNH"; "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XI": "Đại hội đại biểu Hội
        # Chữ thập đỏ tỉnh Sơn La lần thứ XI"
        edition = EDITION_TAIL_RE.search(lowered)
        organ, tail = (last[: edition.start()], f" lần thứ {last.split()[-1].upper()}") if edition else (last, "")
        # (the body above read whole, wrapped or not: "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ / VIỆT NAM / BAN THƯỜNG TRỰC"; of a
        # party organisation, its committee's: "ĐẢNG BỘ TỈNH HƯNG YÊN / BAN TUYÊN GIÁO VÀ DÂN VẬN")
        body = _issuer_of(lines[:-1])
        if (party := PARTY_BODY_RE.match(body)) and not edition:
            body = f"{PARTY_COMMITTEES[party.group(1).lower()]} {party.group(2)}"
        return f"{proper_name(organ)} {body}{tail}"
    if parent and not _place_level(parent) and (placed := PLACED_ORGAN_RE.fullmatch(lowered)):
        # "HỘI CHỮ THẬP ĐỎ VIỆT NAM / BAN CHẤP HÀNH TỈNH HÀ TĨNH", "ĐOÀN TNCS HỒ CHÍ MINH / BCH TỈNH VĨNH LONG": the
        # organ of the national body's branch in that place
        body = lines[-2][: -len(" việt nam")] if parent.endswith(" việt nam") else lines[-2]
        organ = ORGAN_SHORT.get(placed.group(1), last[: placed.end(1)])
        return proper_name(f"{organ} {body} {last[placed.start(2):]}")
    if lowered.startswith(PLACED_AGENCY_HEADS) and not _place_level(lowered) \
            and (seat := re.search(rf"\s((?:{'|'.join(PLACE_WORDS)})\s+(?!ủy|uỷ)\w.*)$", parent)):
        # "UBND TỈNH ĐỒNG NAI / SỞ Y TẾ": an agency of the committee is named after the place it serves
        return proper_name(f"{last} {lines[-2][seat.start(1):]}")
    bare = next((p for p in PLACE_WORDS if lowered.endswith(" " + p)), None)
    if bare and (named := re.search(rf"\s{bare}\s+(?!ủy|uỷ)(\w.*)$", parent)):
        # "ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG / HỘI CHỮ THẬP ĐỎ TỈNH": the body of the place its parent names
        return proper_name(f"{last} {lines[-2][named.start(1):]}")
    continues = any(lowered.startswith(p + " ") and not lowered[len(p):].lstrip().startswith(("ủy", "uỷ"))
                    for p in PLACE_WORDS)
    # a long name wrapped over two lines: "SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI"
    continues = continues or lowered.startswith(("và ", "& ")) or parent.endswith((" và", "-", "–", ","))
    # the place wrapped onto the next line: "HỘI CHỮ THẬP ĐỎ TỈNH / KHÁNH LÂM"
    continues = continues or any(parent.endswith(" " + p) for p in PLACE_WORDS)
    # the level wrapped apart from its body, the body's word from its name: "TRUNG ƯƠNG / HỘI CHỮ THẬP ĐỎ
    # VIỆT NAM", "TRUNG ƯƠNG HỘI / CHỮ THẬP ĐỎ VIỆT NAM"
    continues = continues or parent == "trung ương" or parent.endswith(" hội")
    # the country's name wrapped apart from its body: "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ / VIỆT NAM"
    continues = continues or lowered == "việt nam"
    # an enterprise's form wrapped apart from its name: "CÔNG TY CỔ PHẦN / THỰC PHẨM BIỂN VÂN PHONG"
    continues = continues or ENTERPRISE_FORM_RE.fullmatch(parent) is not None
    # a committee's task wrapped onto the next line: "BAN CHỈ ĐẠO VẬN ĐỘNG / HIẾN MÁU TÌNH NGUYỆN", "TỔ CÔNG TÁC HỖ
    # TRỢ ĐỒNG BÀO DTTS / BỊ ẢNH HƯỞNG DO MƯA LŨ"
    continues = continues or parent.startswith(("ban ", "tổ ", "hội đồng ")) and not lowered.startswith(BODY_HEADS)
    if not continues and re.search(r"\btrường (?:đại học|cao đẳng)\b", parent) and lowered.startswith(("đại học ", "đh ")):
        # "HỘI CTĐ TRƯỜNG ĐẠI HỌC SƯ PHẠM / ĐẠI HỌC HUẾ": a member school is named with the university it belongs to
        return f"{proper_name(lines[-2])}, {proper_name(last)}"
    if continues and len(lines) > 2 and BARE_ORGAN_RE.fullmatch(f"{parent} {lowered}") \
            and not any(f" {p} " in f" {parent} {lowered} " for p in PLACE_WORDS):
        # "ỦY BAN NHÂN DÂN TỈNH NAM SƠN / BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI / VÀ TÌM KIẾM CỨU NẠN"
        return f"{proper_name(f'{lines[-2]} {last}')} {proper_name(lines[-3])}"
    if not continues and (level := _place_level(lowered)) and level == _place_level(parent):
        # "HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH / SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH": each names its own
        # place of one level, so neither is the other's parent: a text both issue (a joint programme);
        # "HỘI CTĐ TỈNH BẮC GIANG / HỘI CTĐ HUYỆN YÊN THẾ" is a district body under its province's
        return f"{proper_name(lines[-2])} và {proper_name(last)}"
    return proper_name(f"{lines[-2]} {last}" if continues and len(lines) > 1 else last)


def _place_level(line: str) -> str | None:
    """The kind of place a lowercase organ name ends with ("… tỉnh quảng ninh": "tỉnh"), or None (a bare
    committee, an organ naming no place); a line may be the place alone, its organ on the line above ("thành phố hải
    phòng" under "hội chữ thập đỏ")."""
    line = SOCIETY_RE.sub(r"\1__", line)  # (not "xã hội", society)
    return next((p for p in PLACE_WORDS if re.search(rf"(?:^|\s){p}\s+(?!ủy|uỷ)\w+", line)), None)


def read_frame(text: str) -> Frame:
    """Find the body between header block and closing, and the metadata they state.

    Args:
        text: the document text (a raw seed, a corpus body or extracted .docx/.pdf text), in NFC
            as the loaders return it (offsets are into this very string).

    Returns:
        A Frame: `body_start`/`body_end` offsets into `text`, and `metadata` with only the keys the
        text states (type, number, issuer, date, place, title, summary, recipients, signer, implements).

    Example:
        >>> read_frame("Số 981-CV/TU\\n\\nV/v phối hợp\\n\\nKính gửi: Hội Chữ thập đỏ\\n\\nNội dung.").metadata["number"]
        '981-CV/TU'
    """
    lines = _lines(text)
    body_end, signature, content_end = _closing(text, lines)
    signer = signature.signer if signature else None
    header = _HeaderReader(lines, body_end)
    body_start = header.read()
    meta: dict = {}
    addressees: list[str] = []
    if body_start is None:
        body_start, title = _article_start(lines, body_end)
        if title:
            meta["title"] = title
            if signer:
                meta["type"] = "Bài báo"
    else:
        meta.update({k: v for k, v in header.meta.items() if v is not None})
        if "type" not in meta and (header.summary and header.summary[0].lower().startswith("v/v")
                                   or re.search(r"(?:^|[-/])CV(?:$|[-/])", meta.get("number") or "")):
            meta["type"] = "Công văn"
        if issuer := header.issuer():
            meta["issuer"] = " và ".join(_as_written(name, text[body_start:body_end]) for name in issuer.split(" và "))
        if header.summary:
            meta["summary"] = " ".join(" ".join(header.summary).split())
        addressees = [name for name in header.recipients if name not in header.copied]
        if recipients := header.recipients or received_by(text):
            meta["recipients"] = recipients  # "Kính gửi: …" in the header, else the list under "Nơi nhận:"
        if title := _title(meta.get("type"), meta.get("summary"), meta.get("number")):
            meta["title"] = title
        implements = document_numbers(meta.get("summary", "") + "\n" + _intro(lines, body_start, body_end))
        if implements:
            meta["implements"] = implements
    if signer:
        meta["signer"] = signer
    body_end = max(body_end, body_start)
    if signature is not None and signature.start < body_start:
        signature = None  # a text that is all signature (a bare name) has no closing block
    # the closing is everything after the body: "Nơi nhận" and its list, and the signature block
    closing = body_end < content_end and (signature is not None or CLOSING_RE.match(plain(text[body_end:content_end])))
    return Frame(body_start=body_start, body_end=body_end, metadata=meta,
                 closing_start=body_end if closing else None, closing_end=content_end if closing else None,
                 addressees=addressees)


def _as_written(name: str, body: str) -> str:
    """A name read from capitals as the body writes it, where it does with more capitals ("Trường Đại học Sư phạm
    Kỹ thuật Hồng Hà", "Cục Quản lý Khám, chữa bệnh"): the usual case of a proper name is the text's own."""
    pattern = r"\s+".join(map(re.escape, name.split()))
    for written in re.finditer(rf"(?<!\w){pattern}(?!\w)", body, re.IGNORECASE):
        found = " ".join(written.group(0).split())
        # (its capitals, more or fewer than ours: "Sư phạm" of a school name read "Sư Phạm")
        if found != name and found[:1].isupper() and sum(c.isupper() for c in found) > 1 and not found.isupper():
            return found
    return name


def _closing(text: str, lines: list[tuple[int, str]]) -> tuple[int, _Signature | None, int]:
    """Where the body ends (at "Nơi nhận" or the signature block), the signature block itself, and
    where the text's content ends (before trailing page furniture).

    The signature is looked for at the end of the text, in the right-hand column beside the
    recipient list when the two columns are interleaved, and just before "Nơi nhận".
    """
    end = len(text)
    for offset, raw in reversed(lines):
        line = plain(raw)
        if line and not FURNITURE_RE.match(line) and not PAGE_NUMBER_RE.match(line):
            break
        if line:
            end = offset
    content = _segments(lines, end)
    starts = [end]
    received = next((i for i in range(len(content) - 1, -1, -1)
                     if content[i].first and CLOSING_RE.match(content[i].plain)), None)
    # (and a name on a line of its own, indented: the name under its column, "\tĐoàn Minh Quang")
    beside = [s for s in content[received:] if not s.first or s.start > s.line and _is_name(s.plain, "")] \
        if received is not None else []
    # the two columns interleaved a line each: the lines among the recipients that are none (nor the rest of one
    # wrapped onto a line of its own, "- Hội CTĐ các huyện: Thanh Chương," … "Đô Lương, Anh Sơn;")
    interleaved = [s for s in content[received + 1 :] if not LISTED_RE.match(s.plain) and not s.plain.endswith(";")] \
        if received is not None else []
    signature = _joint_signature(content[:received] if received is not None else content)
    signature = signature or _alternating_signature(content[:received] if received is not None else content)
    signature = signature or (_signature(beside) if beside else None)
    signature = signature or (_signature(interleaved) if interleaved else None)
    signature = signature or _signature(content)
    if received is not None:
        starts.append(content[received].line)
        if signature is None:
            signature = _signature(content[:received])
        elif signature.start > content[received].line:
            # (the titles signed as over "Nơi nhận", the name beside the list: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ")
            above = received
            while above > 0 and _is_role(content[above - 1].plain):
                above -= 1
            starts.append(content[above].line)
    if signature is not None:
        starts.append(signature.start)
    return min(starts), signature, end


LISTED_RE = re.compile(r"^[-+•]\s*")  # an item of the recipient list
ARCHIVE_RE = re.compile(r"^Lưu\s*[:.]?", re.IGNORECASE)  # "Lưu: VT, VX." files the original, sends nothing
ROLE_NOTE_RE = re.compile(r"\s*\(\s*(?:để\s+)?(?:b/c|đ/b|t/h|p/h|báo\s+cáo|biết|chỉ\s+đạo|thực\s+hiện|phối\s+hợp)\s*\)\s*",
                          re.IGNORECASE)
AS_ABOVE_RE = re.compile(r"^Nh[ưu]\s+(?:trên|kính\s+gửi)\b", re.IGNORECASE)  # the "Kính gửi" list again


def received_by(text: str) -> list[str]:
    """The list under "Nơi nhận:" in the closing, left column only (the signature may stand beside
    it), without notes such as "(b/c)" and without the archive line ("Lưu: VT")."""
    lines = _lines(text)
    content = _segments(lines, len(text))
    at = next((i for i in range(len(content) - 1, -1, -1) if content[i].first and CLOSING_RE.match(content[i].plain)), None)
    if at is None:
        return []
    found: list[str] = []
    for i, segment in enumerate(content[at + 1 :], at + 1):
        if not segment.first:
            continue
        if not LISTED_RE.match(segment.plain):
            if _is_role(segment.plain) or SIGNED_RE.match(segment.plain) \
                    or _is_name(segment.plain, content[i - 1].plain):
                continue  # a line of the signature interleaved with the list
            break
        name = ROLE_NOTE_RE.sub(" ", LISTED_RE.sub("", segment.plain)).strip().rstrip(",;.").strip()
        if name and not ARCHIVE_RE.match(name) and not AS_ABOVE_RE.match(name):
            found.append(name)
    return found


def closing_block(text: str) -> tuple[int, tuple[int, int] | None]:
    """Where the body of `text` ends and the (start, end) of its signature block, if any."""
    body_end, signature, _ = _closing(text, _lines(text))
    return body_end, (signature.start, signature.end) if signature else None


def find_attachments(text: str) -> list[Attachment]:
    """Texts issued with this one, in order: each opens with its title block and "(Ban hành kèm theo …)".

    A line "(Ban hành kèm theo Quyết định số … ngày … của …)" (or "(Kèm theo Kế hoạch số …)")
    counts when it is in parentheses or names a number, and it is not the first text of the file.
    The attached text starts at its title block: the type line above it ("QUY CHẾ", "PHỤ LỤC I"),
    and the issuer, motto, number and date lines above that (a signature block above stops it).
    """
    lines = _lines(text)
    content = [(offset, plain(raw)) for offset, raw in lines if plain(raw)]
    raws = [raw for _, raw in lines if plain(raw)]
    found: list[Attachment] = []
    for index, (offset, line) in enumerate(content):
        match = ATTACHED_RE.match(line) or ATTACHED_TAIL_RE.search(line)
        if not match or (not match.group("paren") and not re.search(r"\bsố\s*\d", line, re.IGNORECASE)):
            continue
        if line.endswith(".") or not match.group("paren") and len(line) > 250:
            continue
        kind_at = next((i for i in range(index - 1, max(index - 7, -1), -1)
                        if _type_line(content[i][1]) or APPENDIX_RE.match(content[i][1])), None)
        if kind_at is None and not match.group("paren"):
            continue
        # (of a kind no type line names, its title in capitals a few lines above: "DANH SÁCH / Tập thể, cá nhân được
        # tặng Giấy khen … / (Kèm theo Quyết định số …)")
        # (not the signer's title over the name above an appendix: "PHÓ CHỦ TỊCH / (đã ký) / Phan Thị Mỹ Linh")
        named = next((i for i in range(index - 1, max(index - 5, -1), -1) if is_caps(content[i][1])
                      and len(content[i][1].split()) <= TITLE_CAPS_WORDS and not _is_role(content[i][1])
                      and not any(content[j][1][-1] in TERMINAL for j in range(i, index))), None) if kind_at is None else None
        title = kind_at if kind_at is not None else named if named is not None else index
        start = title
        while start > 0 and _frame_line(raws[start - 1], content[start - 2][1] if start > 1 else ""):
            start -= 1
        if start == 0 or (found and content[start][0] <= found[-1].body_start):
            continue  # the document's own header, or inside the previous attachment's title block
        close = index  # "(Ban hành kèm theo …" may wrap: it ends at its closing parenthesis
        while match.group("paren") and close < min(index + 3, len(content) - 1) and ")" not in content[close][1]:
            close += 1
        if ")" not in content[close][1]:
            close = index
        body = content[close + 1][0] if close + 1 < len(content) else len(text)
        found.append(Attachment(start=content[start][0], title_start=content[title][0], body_start=body,
                                kind=_attachment_kind(content[kind_at][1]) if kind_at is not None else "Văn bản kèm theo"))
    return found


def _frame_line(raw: str, above: str) -> bool:
    """A line of a title block above an attached text: issuer, motto, number, date (not a signature), or
    two of them side by side ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")."""
    pieces = [plain(piece) for piece in COLUMN_GAP_RE.split(raw) if plain(piece)]
    return bool(pieces) and all(_frame_piece(piece, above) for piece in pieces)


def _frame_piece(line: str, above: str) -> bool:
    if _is_motto(line) or SO_RE.match(line) or DATE_RE.match(line) or DECORATION_RE.match(line):
        return True
    return is_caps(line) and not MARKER_RE.match(line) and not _is_role(line) and not _is_name(line, above)


def _attachment_kind(line: str) -> str:
    if appendix := APPENDIX_RE.match(line):
        return f"Phụ lục {appendix.group('key')}" if appendix.group("key") else "Phụ lục"
    return _type_line(line)[0]


def _article_start(lines: list[tuple[int, str]], end: int) -> tuple[int, str | None]:
    """A text without header: the first line is a title when short and unpunctuated."""
    content = [(offset, plain(raw)) for offset, raw in lines if plain(raw) and offset < end]
    if len(content) < 2:
        return 0, None
    title = content[0][1]
    if len(title) > 200 or title[-1] in ".:;!?" or MARKER_RE.match(title):
        return 0, None
    return content[1][0], title


def _intro(lines: list[tuple[int, str]], start: int, end: int) -> str:
    """The paragraphs between the header and the first numbered or headed part."""
    out: list[str] = []
    for offset, raw in lines:
        if offset + len(raw) <= start or offset >= end:
            continue
        line = plain(raw[max(0, start - offset) :])  # (from where the body starts: after a scan's speck, "- Thực hiện …")
        # (a ground written as a list item is still a ground: "- Căn cứ Chỉ thị số 43-CT/TW …")
        if MARKER_RE.match(line) and not GROUND_ITEM_RE.match(line) or raw.lstrip().startswith("#") or (is_caps(line) and out):
            break
        out.append(line)
    return "\n".join(out)


def _title(kind: str | None, summary: str | None, number: str | None) -> str | None:
    if not kind:
        return None
    if not summary:
        return f"{kind} số {number}" if number else kind
    summary = re.sub(r"^V/v\s+", "về việc ", summary, flags=re.IGNORECASE)
    if is_caps(summary):
        summary = proper_name(summary)
        return f"{kind} {summary}" if kind == "Luật" else f"{kind} {summary[:1].lower()}{summary[1:]}"
    if summary[:1].isupper() and summary[1:2].islower():
        summary = summary[:1].lower() + summary[1:]
    return f"{kind} {summary}"


def _is_title(line: str) -> bool:
    """A numbered title on a line of its own ("Điều 10. Chi phí vận động", "1. Sở Y tế"): short, and not cut
    inside a phrase ("… phối hợp với")."""
    return bool(MARKER_RE.match(line)) and len(line) <= TITLE_LENGTH and line[-1] not in ",;-–" \
        and line.split()[-1].lower() not in CONNECTIVES


def unwrap(text: str) -> str:
    """Join the lines of one paragraph that only wrap a sentence; keep breaks before items and titles. A
    page's number ("-- 2 --") between two lines of a sentence broken across pages is no part of it."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and not PAGE_NUMBER_LINE_RE.fullmatch(line.strip())]
    out = lines[:1]
    for line in lines[1:]:
        before = out[-1]
        keep = MARKER_RE.match(line) or is_caps(before) or is_caps(line) or (before[-1] in TERMINAL and line[0].isupper()) \
            or (_is_title(before) and line[0].isupper())
        out[-1:] = [before, line] if keep else [f"{before} {line}"]
    return "\n".join(out)


def running_heads(text: str) -> set[str]:
    """The lines a text exported page by page repeats at the top of its pages, after a form feed ("UBND tỉnh … - Kế
    hoạch số 286/KH-UBND …"), or after the page's number over them ("- 2 -", a bare "2"): no sentence of the text."""
    # (or after its foot, where no form feed is kept: "Trang 2/3" over "UBND thành phố … - Công điện số 19/CĐ-UBND …")
    # (and the rule drawn under it, as a page's head is underlined: "Kế hoạch số 07/KH-BCĐ …" over "-------…")
    pages = PAGE_OR_NUMBER_END_RE.split(text)[1:]
    tops = [[line.strip() for line in page.split("\n") if line.strip() and not PAGE_NUMBER_RE.match(line.strip(" -–"))][:2]
            for page in pages]
    firsts = [top[0] if top else "" for top in tops]
    heads = {line for line in firsts if line and firsts.count(line) >= 2}
    rules = [top[1] for top in tops if len(top) == 2 and top[0] in heads and DECORATION_RE.match(top[1])]
    return heads | {rule for rule in rules if rules.count(rule) >= 2}
