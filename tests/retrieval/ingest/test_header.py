"""read_frame: the header block and closing of administrative texts, raw seeds and unseen texts alike."""

import pytest

from retrieval.ingest.header import (document_numbers, find_attachments, join_page_breaks, normalise_number, proper_name, read_frame,
                                     received_by, running_heads)
from tests.utils.fixtures import seed_path

# prefix: first words of the first content paragraph, first words of the closing, metadata stated
SEEDS = {
    "000": ("Thực hiện Kết luận số 44-KL/TW, ngày 14 tháng 11 năm 2022 của Ban Bí thư khóa XIII về tiếp tục", "Nơi nhận:", {
        "type": "Công văn", "number": "981-CV/TU", "signer": "Nguyễn Hồ Hải",
        "summary": "Về thực hiện Kết luận số 44-KL/TW, ngày 14 tháng 11 năm 2022 của Ban Bí thư khóa XIII",
        "title": "Công văn về thực hiện Kết luận số 44-KL/TW, ngày 14 tháng 11 năm 2022 của Ban Bí thư khóa XIII",
        "implements": ["44-KL/TW", "43-CT/TW", "32-TT/TU"],
    }),
    "001": ("Trong thời gian qua, hoạt động", "Nơi nhận:", {
        "type": "Kế hoạch", "number": "100-KH/TU", "issuer": "Tỉnh ủy Đắk Lắk", "date": "2010-09-17",
        "place": "Buôn Ma Thuột", "signer": "Hoàng Trọng Hải", "implements": ["43-CT/TW"],
        "summary": "triển khai thực hiện Chỉ thị 43-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng "
                   "đối với công tác của Hội Chữ thập đỏ Việt Nam",
    }),
    "002": ("Thực hiện Quyết định số 895/QĐ-TTg, ngày 26/7/2023 của Thủ tướng Chính phủ ban hành Kế hoạch", "Nơi nhận:", {
        "type": "Kế hoạch", "date": "2023-09", "place": "Lai Châu", "signer": "Tổng Thanh Hải",
        "implements": ["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"],
    }),
    "003": ("Ban Bí thư yêu cầu các tổ chức chính trị", "Văn Kiên", {
        "type": "Bài báo", "signer": "Văn Kiên",
        "title": "Kết quả công tác an sinh xã hội là thước đo văn minh, tiến bộ của đất nước",
    }),
    "004": ("Ngày 28/3/2024, Ban Thường vụ Tỉnh ủy ban hành", "**Nơi nhận:**", {
        "type": "Công văn", "number": "1277-CV/HU", "issuer": "Huyện ủy Lạc Dương", "date": "2024-03-29",
        "place": "Lạc Dương", "signer": "Ya Tjong", "implements": ["3678-CV/TU"],
        "title": "Công văn về việc thực hiện nhiệm vụ trọng tâm công tác Hội và phong trào Chữ thập đỏ năm 2024",
        "recipients": ["Ủy ban nhân dân huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
                       "Các phòng, ban, ngành, đoàn thể huyện", "Các tổ chức cơ sở đảng trực thuộc Huyện ủy"],
    }),
}

LAW = """QUỐC HỘI
--------
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Luật số: 11/2008/QH12

LUẬT
HOẠT ĐỘNG CHỮ THẬP ĐỎ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều \
theo Nghị quyết số 51/2001/QH10;
Quốc hội ban hành Luật hoạt động chữ thập đỏ.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về hoạt động chữ thập đỏ.

Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XII, kỳ họp thứ 3 thông qua ngày 03 tháng 6 năm 2008.

CHỦ TỊCH QUỐC HỘI

Nguyễn Phú Trọng
"""

DECREE = """CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 03/2011/NĐ-CP
Hà Nội, ngày 05 tháng 01 năm 2011

NGHỊ ĐỊNH
QUY ĐỊNH CHI TIẾT, HƯỚNG DẪN THI HÀNH VÀ BIỆN PHÁP THI HÀNH LUẬT HOẠT ĐỘNG CHỮ THẬP ĐỎ

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Căn cứ Luật Hoạt động chữ thập đỏ số 11/2008/QH12 ngày 03 tháng 6 năm 2008;
Xét đề nghị của Bộ trưởng Bộ Nội vụ,

NGHỊ ĐỊNH:

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: Văn thư, TCCB (5b).

TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Tấn Dũng
"""

STATE_LETTER = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1520/UBND-VX
V/v tổ chức Tháng Nhân đạo năm 2024
Lai Châu, ngày 02 tháng 5 năm 2024

Kính gửi: Sở Y tế

Căn cứ Kế hoạch số 12/KH-UBND, Ủy ban nhân dân tỉnh đề nghị Sở Y tế chủ trì tổ chức Tháng Nhân đạo.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Tống Thanh Hải
"""


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_raw_seed_frame(prefix):
    text = seed_path(prefix).read_text(encoding="utf-8")
    first, closing, stated = SEEDS[prefix]
    frame = read_frame(text)
    assert frame.body_start == text.index(first)
    assert frame.body_end == text.rindex(closing)
    for key, value in stated.items():
        assert frame.metadata.get(key) == value, key


def test_blank_number_and_day_stay_blank():
    frame = read_frame(seed_path("002").read_text(encoding="utf-8"))
    assert "number" not in frame.metadata
    assert frame.metadata["date"] == "2023-09"


def test_a_number_in_a_frame_typed_as_a_table_without_its_outer_bars_ends_at_its_cell():
    text = ("**ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n---|---\n"
            "Số: 46/TB-UBND | **Độc lập - Tự do - Hạnh phúc**\n | *Hòa Bình, ngày 16 tháng 3 năm 2027*\n\n"
            "# THÔNG BÁO\n\n## Kết luận của Chủ tịch Ủy ban nhân dân tỉnh\n\nNgày 11/3/2027, Chủ tịch chủ trì cuộc họp.\n")
    metadata = read_frame(text).metadata
    assert (metadata["number"], metadata["date"]) == ("46/TB-UBND", "2027-03-16")


def test_a_rule_typed_after_a_title_is_no_part_of_it():
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH TÂN HÀ\n\nSố: 02/CTr-CTĐ\n\nCHƯƠNG TRÌNH\n"
            "Công tác Hội năm 2028 _______________\n\nI. MỤC TIÊU\n\n1. Phát triển hội viên.\n")
    assert read_frame(text).metadata["title"] == "Chương trình công tác Hội năm 2028"


def test_the_short_form_of_the_red_cross_in_a_frame_is_named_in_full():
    text = ("HỘI CHỮ THẬP ĐỎ VIỆT NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BAN THƯỜNG VỤ HỘI CTĐ TỈNH TÂN HÀ        Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 214/BC-HCTĐ                          Tân Hà, ngày 19 tháng 12 năm 2027\n\n"
            "BÁO CÁO\nTổng kết công tác Hội năm 2027\n\nI. KẾT QUẢ\n\n1. Kết nạp hội viên.\n")
    assert read_frame(text).metadata["issuer"] == "Ban Thường vụ Hội Chữ thập đỏ tỉnh Tân Hà"


def test_press_article_has_no_administrative_metadata():
    metadata = read_frame(seed_path("003").read_text(encoding="utf-8")).metadata
    assert set(metadata) == {"title", "type", "signer"}


def test_recipients_listed_under_kinh_gui():
    metadata = read_frame(seed_path("000").read_text(encoding="utf-8")).metadata
    assert len(metadata["recipients"]) == 7
    assert metadata["recipients"][0] == "Đảng đoàn Hội đồng nhân dân thành phố"
    assert metadata["recipients"][-1] == "Hội Chữ thập đỏ thành phố"


def test_law_reads_type_title_and_preamble():
    frame = read_frame(LAW)
    assert frame.metadata == {
        "number": "11/2008/QH12", "type": "Luật", "issuer": "Quốc hội", "summary": "HOẠT ĐỘNG CHỮ THẬP ĐỎ",
        "title": "Luật Hoạt động Chữ thập đỏ", "implements": ["51/2001/QH10"], "signer": "Nguyễn Phú Trọng",
    }
    assert frame.body_start == LAW.index("Căn cứ Hiến pháp")
    assert frame.body_end == LAW.index("CHỦ TỊCH QUỐC HỘI")


def test_decree_reads_date_place_and_closing():
    frame = read_frame(DECREE)
    assert frame.metadata["type"] == "Nghị định"
    assert frame.metadata["number"] == "03/2011/NĐ-CP"
    assert frame.metadata["issuer"] == "Chính phủ"
    assert (frame.metadata["date"], frame.metadata["place"]) == ("2011-01-05", "Hà Nội")
    assert frame.metadata["implements"] == ["11/2008/QH12"]
    assert frame.metadata["signer"] == "Nguyễn Tấn Dũng"
    assert frame.body_start == DECREE.index("Căn cứ Luật Tổ chức")
    assert frame.body_end == DECREE.index("Nơi nhận:")


def test_state_letter_is_a_cong_van_with_two_line_issuer():
    frame = read_frame(STATE_LETTER)
    assert frame.metadata["type"] == "Công văn"
    assert frame.metadata["issuer"] == "Ủy ban nhân dân tỉnh Lai Châu"
    assert frame.metadata["number"] == "1520/UBND-VX"
    assert frame.metadata["recipients"] == ["Sở Y tế"]
    assert frame.metadata["title"] == "Công văn về việc tổ chức Tháng Nhân đạo năm 2024"
    assert frame.metadata["implements"] == ["12/KH-UBND"]
    assert frame.body_start == STATE_LETTER.index("Căn cứ Kế hoạch")
    assert frame.body_end == STATE_LETTER.index("KT. CHỦ TỊCH")


JOINT = """HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH

Số: 02/CTrPH-CTĐ-SGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ninh, ngày 14 tháng 02 năm 2025

CHƯƠNG TRÌNH PHỐI HỢP
Về công tác Chữ thập đỏ trong trường học giai đoạn 2025 - 2030

Điều 1. Hai bên tổ chức họp giao ban mỗi năm một lần vào tháng 12./.

TM. BAN THƯỜNG VỤ
HỘI CHỮ THẬP ĐỎ TỈNH
CHỦ TỊCH

Vũ Thị Thu Hà

SỞ GIÁO DỤC VÀ ĐÀO TẠO
GIÁM ĐỐC

Phạm Quốc Khánh

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
"""


def test_a_text_two_bodies_issue_names_both_and_is_signed_by_both():
    frame = read_frame(JOINT)
    assert frame.metadata["issuer"] == "Hội Chữ thập đỏ tỉnh Quảng Ninh và Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"
    assert frame.metadata["signer"] == "Vũ Thị Thu Hà và Phạm Quốc Khánh"
    assert frame.body_end == frame.closing_start == JOINT.index("TM. BAN THƯỜNG VỤ")


def test_the_parties_of_a_joint_text_each_over_its_own_number_issue_it_together():
    # a frame of two columns exported one after the other: each party's organ over its own number
    text = JOINT.replace("HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH\n\nSố: 02/CTrPH-CTĐ-SGDĐT",
                         "HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH\nBAN THƯỜNG VỤ\n\nSố: 02/CTrPH-CTĐ\n\n"
                         "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH\n\nSố: 215/CTrPH-SGDĐT")
    frame = read_frame(text)
    assert frame.metadata["issuer"] == ("Ban Thường vụ Hội Chữ thập đỏ tỉnh Quảng Ninh và Sở Giáo dục và Đào tạo tỉnh "
                                        "Quảng Ninh")
    assert frame.metadata["number"] == "02/CTrPH-CTĐ"
    assert frame.metadata["joint_numbers"] == ["215/CTrPH-SGDĐT"]  # the other party's number names it too


def test_the_first_party_of_a_joint_frame_may_be_an_agency_under_its_parent():
    text = JOINT.replace("HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH",
                         "UBND TỈNH QUẢNG NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nHỘI CHỮ THẬP ĐỎ\nTỈNH QUẢNG NINH")
    assert read_frame(text).metadata["issuer"] == "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh và Hội Chữ thập đỏ tỉnh Quảng Ninh"


def test_a_frame_line_in_markdown_italics_is_read():
    text = ("**HỘI CHỮ THẬP ĐỎ TỈNH HÀ GIANG**\nSố: 24/KH-CTĐ\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
            "_Hà Giang, ngày 22 tháng 4 năm 2026_\n\n## KẾ HOẠCH\n### Tham gia ứng phó sạt lở đất\n\n1. Làm việc A.\n")
    metadata = read_frame(text).metadata
    assert (metadata["date"], metadata["type"]) == ("2026-04-22", "Kế hoạch")


def test_two_agencies_under_one_committee_issue_the_text_together_and_society_is_no_commune():
    text = JOINT.replace("HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH",
                         "UBND TỈNH QUẢNG NINH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSỞ Y TẾ")
    assert read_frame(text).metadata["issuer"] == ("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh và Sở Y tế tỉnh "
                                                   "Quảng Ninh")
    assert proper_name("UBND XÃ HỘI AN") == "UBND xã Hội An"  # (a commune named "Hội …" is one)


def test_a_body_under_its_parent_of_a_higher_level_is_the_only_issuer():
    text = JOINT.replace("HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH",
                         "HỘI CHỮ THẬP ĐỎ TỈNH BẮC GIANG\nHỘI CHỮ THẬP ĐỎ HUYỆN YÊN THẾ")
    assert read_frame(text).metadata["issuer"] == "Hội Chữ thập đỏ huyện Yên Thế"


def test_text_without_header_or_title_starts_at_zero():
    text = "Hội Chữ thập đỏ tỉnh tổ chức hiến máu.\n\nCó 300 người tham gia."
    frame = read_frame(text)
    assert (frame.body_start, frame.body_end, frame.metadata) == (0, len(text), {})


@pytest.mark.parametrize(("value", "number"), [
    ("100 - KH/TU", "100-KH/TU"), ("1277 -CV/HU", "1277-CV/HU"), ("/KH-UBND", None), ("07/2017/TT-BGDĐT", "07/2017/TT-BGDĐT"),
])
def test_normalise_number(value, number):
    assert normalise_number(value) == number


@pytest.mark.parametrize(("caps", "name"), [
    ("TỈNH ỦY ĐẮK LẮK", "Tỉnh ủy Đắk Lắk"),
    ("HUYỆN ỦY LẠC DƯƠNG", "Huyện ủy Lạc Dương"),
    ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "Ủy ban nhân dân tỉnh Lai Châu"),
    ("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Thành ủy Thành phố Hồ Chí Minh"),
    ("HỘI CHỮ THẬP ĐỎ VIỆT NAM", "Hội Chữ thập đỏ Việt Nam"),
    ("HỘI CHỮ THẬP ĐỎ TP ĐÀ NẴNG", "Hội Chữ thập đỏ thành phố Đà Nẵng"),
    ("UBND HUYỆN KRÔNG BÚK", "UBND huyện Krông Búk"),  # an abbreviation stays in capitals, a place does not
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH", "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"),
    # the name ends before the congress's ordinal, whose number stays a Roman numeral
    ("ĐẠI HỘI ĐẠI BIỂU HỘI CHỮ THẬP ĐỎ TỈNH CAO BẰNG LẦN THỨ VIII",
     "Đại hội đại biểu Hội Chữ thập đỏ tỉnh Cao Bằng lần thứ VIII"),
])
def test_proper_name(caps, name):
    assert proper_name(caps) == name


@pytest.mark.parametrize(("prefix", "breaks"), [("000", 0), ("001", 2), ("002", 4), ("003", 0), ("004", 0)])
def test_join_page_breaks_joins_exactly_the_split_sentences(prefix, breaks):
    text = seed_path(prefix).read_text(encoding="utf-8")
    assert text.count("\n\n") - join_page_breaks(text).count("\n\n") == breaks


@pytest.mark.parametrize(("text", "joined"), [
    ("trong hệ thống\n\nchính trị.", "trong hệ thống chính trị."),
    ("định hướng của\n\nTỉnh ủy, Ban Cán sự", "định hướng của Tỉnh ủy, Ban Cán sự"),
    ("kịp thời;\n\ntham mưu UBND tỉnh", "kịp thời; tham mưu UBND tỉnh"),
    ("3. Sở Tài chính\n\nTham mưu UBND tỉnh", "3. Sở Tài chính\n\nTham mưu UBND tỉnh"),
    ("1. Mục đích\n\n- Tiếp tục", "1. Mục đích\n\n- Tiếp tục"),
    ("như sau:\n\na) điểm một", "như sau:\n\na) điểm một"),
    ("## KẾ HOẠCH\n\ntriển khai thực hiện", "## KẾ HOẠCH\n\ntriển khai thực hiện"),
    # (a date after the word it follows; not a list's next number)
    ("hoàn thành trước ngày\n\n30/4/2026.", "hoàn thành trước ngày 30/4/2026."),
    ("tổ chức trong 02 ngày\n\n2. Hội Chữ thập đỏ", "tổ chức trong 02 ngày\n\n2. Hội Chữ thập đỏ"),
])
def test_join_page_breaks_cases(text, joined):
    assert join_page_breaks(text) == joined


TWO_COLUMNS = (
    "HỘI CHỮ THẬP ĐỎ VIỆT NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "HỘI CHỮ THẬP ĐỎ TỈNH MINH HẢI              Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 52/KH-CTĐ                        Minh Hải, ngày 14 tháng 3 năm 2025\n\n"
    "KẾ HOẠCH\nỨng phó thảm họa năm 2025\n\n"
    "Căn cứ Luật Hoạt động chữ thập đỏ năm 2008;\n\n"
    "1. Kiện toàn đội ứng phó thảm họa.\n\n"
    "Nơi nhận:                                              TM. BAN THƯỜNG VỤ\n"
    "- TW Hội Chữ thập đỏ Việt Nam (b/c);                         CHỦ TỊCH\n"
    "- Lưu: VT.                                 Lê Thị Thu\n"
)


def test_two_column_export_reads_column_by_column():
    frame = read_frame(TWO_COLUMNS)
    assert {k: frame.metadata[k] for k in ("type", "number", "issuer", "date", "place", "signer")} == {
        "type": "Kế hoạch", "number": "52/KH-CTĐ", "issuer": "Hội Chữ thập đỏ tỉnh Minh Hải", "date": "2025-03-14",
        "place": "Minh Hải", "signer": "Lê Thị Thu"}
    assert frame.body_start == TWO_COLUMNS.index("Căn cứ Luật")
    assert frame.body_end == TWO_COLUMNS.index("Nơi nhận:")
    block = TWO_COLUMNS[frame.closing_start:frame.closing_end]
    # the closing is "Nơi nhận" with its list beside the signature block
    assert block.startswith("Nơi nhận:") and "TM. BAN THƯỜNG VỤ" in block and block.rstrip().endswith("Lê Thị Thu")
    assert frame.metadata["recipients"] == ["TW Hội Chữ thập đỏ Việt Nam"]  # without "(b/c)" and "Lưu: VT"


def test_signature_block_span_before_or_after_the_recipients():
    after = "KẾ HOẠCH\nVề việc A\n\n1. Làm việc A.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn B\n"
    frame = read_frame(after)
    # the closing runs from "Nơi nhận" (or the signature, whichever comes first) to the end
    assert after[frame.closing_start:frame.closing_end] == "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn B\n"
    before = "KẾ HOẠCH\nVề việc A\n\n1. Làm việc A.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nNơi nhận:\n- Lưu: VT.\n"
    frame = read_frame(before)
    assert before[frame.closing_start:frame.closing_end] == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nNơi nhận:\n- Lưu: VT.\n"
    assert "signer" not in frame.metadata and frame.body_end == before.index("KT. CHỦ TỊCH")
    assert read_frame("Hội Chữ thập đỏ tỉnh tổ chức hiến máu.").closing_start is None


def test_an_impossible_header_date_keeps_the_precision_it_has():
    text = "KẾ HOẠCH\nVề việc A\n\nMinh Hải, ngày 31 tháng 2 năm 2024\n\n1. Làm việc A.\n"
    assert read_frame(text).metadata["date"] == "2024-02"
    assert read_frame(text.replace("tháng 2", "tháng 13")).metadata["date"] == "2024"


def test_find_attachments():
    decision = ("QUYẾT ĐỊNH\nBan hành Quy chế A\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế A.\n"
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTRẦN VĂN B\n\n"
                "ỦY BAN NHÂN DÂN\nTỈNH MINH HẢI\n\nQUY CHẾ\nPhối hợp công tác A\n"
                "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2024\ncủa Ủy ban nhân dân tỉnh)\n\n"
                "Điều 1. Phạm vi\nQuy chế này quy định A.\n\n"
                "PHỤ LỤC II\nDANH MỤC\nKèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2024\n\n1. Mục một.\n")
    found = find_attachments(decision)
    assert [(a.kind, decision[a.start:].split("\n")[0], decision[a.body_start:].split("\n")[0]) for a in found] == [
        ("Quy chế", "ỦY BAN NHÂN DÂN", "Điều 1. Phạm vi"),  # the signer's name above stops the title block
        ("Phụ lục II", "PHỤ LỤC II", "1. Mục một."),
    ]
    assert decision[found[0].title_start:].startswith("QUY CHẾ")
    assert find_attachments(decision[decision.index("ỦY BAN NHÂN DÂN\nTỈNH"):]) [0].kind == "Phụ lục II"  # own header


def test_an_issuer_wrapped_over_two_lines_is_read_whole():
    text = ("UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 12/SLĐTBXH-BTXH\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Bình, ngày 2 tháng 3 năm 2025\n\n"
            "Kính gửi: Ủy ban nhân dân các huyện.\n\nSở đề nghị các đơn vị báo cáo trước ngày 10/3/2025.\n")
    assert read_frame(text).metadata["issuer"] == "Sở Lao động - Thương binh và Xã hội"
    placed = text.replace("UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "HỘI CHỮ THẬP ĐỎ TỈNH\nKHÁNH LÂM")
    assert read_frame(placed).metadata["issuer"] == "Hội Chữ thập đỏ tỉnh Khánh Lâm"  # the place wrapped
    # the country's name wrapped apart from its body; the body's centre named under it
    national = text.replace("UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ\nVIỆT NAM")
    assert read_frame(national).metadata["issuer"] == "Trung ương Hội Chữ thập đỏ Việt Nam"
    centre = text.replace("UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "HỘI CHỮ THẬP ĐỎ VIỆT NAM\nTRUNG ƯƠNG HỘI")
    assert read_frame(centre).metadata["issuer"] == "Trung ương Hội Chữ thập đỏ Việt Nam"


def test_a_signature_indented_into_the_right_column_beside_the_recipients_is_read():
    text = ("KẾ HOẠCH\nVề việc A\n\n1. Làm việc A.\n\n"
            "Nơi nhận:" + " " * 40 + "TM. BAN THƯỜNG VỤ\n"
            "- Hội Chữ thập đỏ tỉnh;" + " " * 28 + "CHỦ TỊCH\n"
            "- Lưu: VT." + " " * 40 + "(đã ký)\n"
            + " " * 50 + "Lâm Văn Hiếu\n")
    frame = read_frame(text)
    assert frame.metadata["signer"] == "Lâm Văn Hiếu"
    assert frame.metadata["recipients"] == ["Hội Chữ thập đỏ tỉnh"]  # the name standing alone is no recipient


def test_a_signature_laid_out_with_tabs_beside_the_recipients_keeps_its_name_under_its_column():
    text = ("HƯỚNG DẪN\nThực hiện mô hình A\n\n1. Làm việc A./.\n\n"
            "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n- Thường trực Trung ương Hội (để b/c);\tKT. CHỦ TỊCH\n"
            "- Hội Chữ thập đỏ các tỉnh;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\t(Đã ký)\n\n\tĐoàn Minh Quang\n")
    frame = read_frame(text)
    assert frame.metadata["signer"] == "Đoàn Minh Quang"
    assert frame.metadata["recipients"] == ["Thường trực Trung ương Hội", "Hội Chữ thập đỏ các tỉnh"]
    # (a recipient wrapped onto an indented line under the name is no part of the signature)
    wrapped = ("KẾ HOẠCH\nTriển khai A\n\n1. Làm việc A./.\n\nNơi nhận:" + " " * 30 + "TM. ỦY BAN NHÂN DÂN\n"
               "- Thường trực Tỉnh ủy (b/c);" + " " * 20 + "KT. CHỦ TỊCH\n- Các sở: Y tế, Tài chính," + " " * 20
               + "Hà Thị Minh Châu\n  Khoa học và Công nghệ;\n- Lưu: VT.\n")
    assert read_frame(wrapped).metadata["signer"] == "Hà Thị Minh Châu"


def test_a_signature_interleaved_a_line_each_with_the_recipients_is_read():
    # the two columns of the closing exported one line from each in turn
    text = ("THÔNG BÁO\nKết luận phiên họp\n\n1. Làm việc A.\n\n"
            "Nơi nhận:\nT/M BAN THƯỜNG VỤ\n- Trung ương Hội (để b/c);\nCHỦ TỊCH\n- Ban Dân vận Tỉnh ủy;\n(đã ký)\n"
            "- Các ban trực thuộc;\nLê Thị Thu Hương\n- Lưu: VT.\n")
    frame = read_frame(text)
    assert frame.metadata["signer"] == "Lê Thị Thu Hương"
    assert received_by(text[frame.closing_start : frame.closing_end]) == ["Trung ương Hội", "Ban Dân vận Tỉnh ủy",
                                                                            "Các ban trực thuộc"]
    # (a recipient wrapped onto a line of its own below the name is no part of the signature)
    wrapped = ("KẾ HOẠCH\nTham gia diễn tập\n\n1. Làm việc A./.\n\nNơi nhận:\nKT. CHỦ TỊCH\n- Ban Chỉ huy PTDS tỉnh (b/c);\n"
               "PHÓ CHỦ TỊCH\n- Thường trực Hội;\n(Đã ký)\n- Hội CTĐ các huyện: Thanh Chương,\nHồ Sỹ Nguyên\n"
               "Đô Lương, Anh Sơn;\n- Lưu: VT.\n")
    assert read_frame(wrapped).metadata["signer"] == "Hồ Sỹ Nguyên"


def test_an_interleaved_signature_over_the_last_page_s_number_is_read_a_degree_kept_as_written():
    text = ("KẾ HOẠCH\nPhòng, chống dịch\n\n1. Làm việc A.\n\n"
            "Nơi nhận:\nGIÁM ĐỐC\n- Sở Y tế (b/c);\n(Đã ký)\n- Lưu: VT.\nBS.CKII Nguyễn Thanh Liêm\n\n"
            "                                        3\n")
    assert read_frame(text).metadata["signer"] == "BS.CKII Nguyễn Thanh Liêm"


def test_two_signature_blocks_side_by_side_are_both_read_a_rank_kept_as_written():
    text = ("CHƯƠNG TRÌNH PHỐI HỢP\nVề việc A\n\n1. Hai bên phối hợp làm việc A.\n\n"
            "GIÁM ĐỐC CÔNG AN TỈNH" + " " * 20 + "TM. BAN THƯỜNG VỤ\n"
            + " " * 40 + "HỘI CHỮ THẬP ĐỎ TỈNH\n" + " " * 46 + "CHỦ TỊCH\n"
            "      (Đã ký)" + " " * 30 + "(Đã ký)\n\n"
            "Đại tá Trần Đình Khải" + " " * 20 + "Nguyễn Thị Hoài Thương\n\n"
            "Nơi nhận:\n- Lưu: VT.\n")
    frame = read_frame(text)
    assert frame.metadata["signer"] == "Đại tá Trần Đình Khải và Nguyễn Thị Hoài Thương"
    assert frame.body_end == text.index("GIÁM ĐỐC CÔNG AN TỈNH")


def test_an_appendix_issued_with_a_report_is_an_attachment_after_the_signature():
    text = ("BÁO CÁO\nTổng kết năm 2024\n\n1. Kết quả.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n"
            "Nguyễn Thị Thu Hiền\n\nPHỤ LỤC\n\nMột số chỉ tiêu\n\n(Kèm theo Báo cáo số 58/BC-CTĐ ngày 20/12/2024)\n\n"
            "STT | Chỉ tiêu | Năm 2024\n1 | Hội viên | 68.450\n")
    found = find_attachments(text)
    assert [(a.kind, text[a.body_start:].split("\n")[0]) for a in found] == [("Phụ lục", "STT | Chỉ tiêu | Năm 2024")]
    assert read_frame(text[:found[0].start]).metadata["signer"] == "Nguyễn Thị Thu Hiền"


BESIDE_MOTTO = ("QUYẾT ĐỊNH\nThành lập Ban Chỉ đạo\n\nĐiều 1. Thành lập Ban Chỉ đạo./.\n\n"
                "Nơi nhận:                                    CHỦ TỊCH\n- Như Điều 1;\n"
                "- Lưu: VT.                                  Lâm Văn Hòa\n\n\n"
                "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "HUYỆN BẮC HÀ                              Độc lập - Tự do - Hạnh phúc\n\n"
                "QUY CHẾ\nHoạt động của Ban Chỉ đạo\n(Ban hành kèm theo Quyết định số 41/QĐ-UBND ngày 07/3/2026)\n\n"
                "Điều 1. Phạm vi\nQuy chế này quy định hoạt động của Ban Chỉ đạo.\n")
# (an appendix after the signature does not take the signer's title over the name for its own title in capitals)
AFTER_SIGNATURE = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 312/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 20-CT/TU\n\n"
                   "I. MỤC ĐÍCH\n1. Nâng cao chất lượng hoạt động.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
                   "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(đã ký)\n\nPhan Thị Mỹ Linh\n\n"
                   "Phụ lục: Chỉ tiêu giao các xã, phường năm 2027 (Kèm theo Kế hoạch số 312/KH-UBND ngày 28/12/2026 của "
                   "Ủy ban nhân dân tỉnh Quảng Trị)\n\nSTT | Đơn vị | Hiến máu\n1 | Phường Đồng Hới | 2.400\n")


@pytest.mark.parametrize(("text", "opening", "signer"), [(BESIDE_MOTTO, "ỦY BAN NHÂN DÂN", "Lâm Văn Hòa"),
                                                        (AFTER_SIGNATURE, "Phụ lục: Chỉ tiêu", "Phan Thị Mỹ Linh")])
def test_an_attached_text_leaves_the_closing_and_its_signer_to_the_text_it_is_attached_to(text, opening, signer):
    found = find_attachments(text)
    assert text[found[0].start:].startswith(opening)
    assert read_frame(text[:found[0].start]).metadata["signer"] == signer


def test_an_attached_text_whose_issuing_line_a_soft_break_ran_into_its_title_is_an_attachment():
    text = ("QUYẾT ĐỊNH\nBan hành Quy chế quản lý tình nguyện viên\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
            "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nĐinh Thị Thu Hà\n\nQUY CHẾ\n\n"
            "Quản lý tình nguyện viên Chữ thập đỏ tỉnh (Ban hành kèm theo Quyết định số 27/QĐ-CTĐ ngày 20/02/2025)\n\n"
            "Chương I\n\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n")
    found = find_attachments(text)
    assert [(a.kind, text[a.body_start:].split("\n")[0]) for a in found] == [("Quy chế", "Chương I")]
    assert read_frame(text[:found[0].start]).metadata["signer"] == "Đinh Thị Thu Hà"
    # a title that only mentions a text issued with another stays the document's own
    assert find_attachments("QUY CHẾ\n\nVề việc thực hiện Quy chế (ban hành kèm theo Quyết định số 12) trong năm\n") == []


@pytest.mark.parametrize(("lines", "issuer"), [
    ("HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH PHÚ LĨNH\nBAN THƯỜNG VỤ", "Ban Thường vụ Hội Chữ thập đỏ tỉnh Phú Lĩnh"),
    ("ỦY BAN NHÂN DÂN TỈNH HÒA GIANG\nVĂN PHÒNG", "Văn phòng Ủy ban nhân dân tỉnh Hòa Giang"),
    # the organ named with its branch's place under the national body
    ("HỘI CHỮ THẬP ĐỎ VIỆT NAM\nBAN CHẤP HÀNH TỈNH HÀ TÂY", "Ban Chấp hành Hội Chữ thập đỏ tỉnh Hà Tây"),
    ("TRUNG ƯƠNG\nHỘI CHỮ THẬP ĐỎ VIỆT NAM", "Trung ương Hội Chữ thập đỏ Việt Nam"),  # the level wrapped apart
    ("TRUNG ƯƠNG HỘI\nCHỮ THẬP ĐỎ VIỆT NAM", "Trung ương Hội Chữ thập đỏ Việt Nam"),  # the body's word apart
    # the organ's name wrapped over two lines
    ("ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nBAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI\nVÀ TÌM KIẾM CỨU NẠN",
     "Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn Ủy ban nhân dân tỉnh Nam Sơn"),
    # a congress of the body, its edition after the body's name
    ("HỘI CHỮ THẬP ĐỎ TỈNH SƠN TRÀ\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ XI", "Đại hội đại biểu Hội Chữ thập đỏ tỉnh Sơn Trà lần thứ XI"),
    # … and its term after the edition
    ("HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH SƠN TRÀ\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ X, NHIỆM KỲ 2022 - 2027",
     "Đại hội đại biểu Hội Chữ thập đỏ tỉnh Sơn Trà lần thứ X, nhiệm kỳ 2022 - 2027"),
    # … both on a line of their own under the congress named with its body
    ("TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM\nĐẠI HỘI ĐẠI BIỂU HỘI CHỮ THẬP ĐỎ TỈNH PHÚ THỌ\nLẦN THỨ XI, NHIỆM KỲ 2026 - 2031",
     "Đại hội đại biểu Hội Chữ thập đỏ tỉnh Phú Thọ lần thứ XI, nhiệm kỳ 2026 - 2031"),
])
def test_an_organ_named_under_its_body_issues_as_that_body_s_organ(lines, issuer):
    text = f"{lines}\nSố: 08/TB-CTĐ\n\nTHÔNG BÁO\nPhân công nhiệm vụ\n\n1. Đồng chí A phụ trách công tác B.\n"
    assert read_frame(text).metadata["issuer"] == issuer


def test_a_telegram_dated_to_the_hour_lists_its_addressees_before_its_body():
    text = ("BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI TỈNH NAM SƠN\nSố: 09/CĐ-BCH\n\n"
            "Nam Sơn, 15 giờ 30 phút, ngày 22 tháng 9 năm 2025\n\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 6\n\n"
            "BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI TỈNH NAM SƠN điện:\n- Chủ tịch Ủy ban nhân dân các huyện;\n"
            "- Giám đốc Công an tỉnh.\n\nTheo tin của Đài Khí tượng, bão số 6 đang vào bờ.\n\n"
            "1. Công an tỉnh: bảo đảm an ninh tại khu vực sơ tán.\n")
    frame = read_frame(text)
    assert frame.metadata["type"] == "Công điện" and frame.metadata["date"] == "2025-09-22"
    assert frame.metadata["recipients"] == ["Chủ tịch Ủy ban nhân dân các huyện", "Giám đốc Công an tỉnh"]
    assert text[frame.body_start:].startswith("Theo tin của Đài Khí tượng")


def test_marks_of_urgency_name_no_issuer_and_a_telegram_sent_to_lists_its_addressees():
    text = ("ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\nSố: 27/CĐ-BCH\n"
            "Nam Sơn, ngày 09 tháng 10 năm 2026\n\nHỎA TỐC\n\nCÔNG ĐIỆN KHẨN\nVề việc ứng phó lũ quét, sạt lở đất\n\n"
            "Công điện gửi:\n- Chủ tịch Ủy ban nhân dân các huyện;\n- Giám đốc Công an tỉnh.\n\n"
            "Theo bản tin của Đài Khí tượng, mưa lớn kéo dài.\n\n1. Công an tỉnh bảo đảm an ninh tại khu vực sơ tán.\n")
    frame = read_frame(text)
    assert "tốc" not in frame.metadata["issuer"].lower() and frame.metadata["type"] == "Công điện"
    assert frame.metadata["urgency"] == "Hỏa tốc"  # (the first mark stamped; "MẬT" is no urgency)
    assert read_frame(text.replace("HỎA TỐC\n\nCÔNG ĐIỆN KHẨN", "MẬT\n\nCÔNG ĐIỆN KHẨN")).metadata["urgency"] == "Khẩn"
    assert frame.metadata["title"] == "Công điện về việc ứng phó lũ quét, sạt lở đất"
    assert frame.metadata["recipients"] == ["Chủ tịch Ủy ban nhân dân các huyện", "Giám đốc Công an tỉnh"]
    assert text[frame.body_start:].startswith("Theo bản tin")


def test_a_joint_frame_whose_two_bodies_stand_one_under_the_other_each_over_its_place_names_both():
    text = ("HỘI CHỮ THẬP ĐỎ                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "THÀNH PHỐ HẢI PHÒNG                                Độc lập - Tự do - Hạnh phúc\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HẢI PHÒNG\n"
            "Số: 45/KHLT-HCTĐ-SGDĐT                     Hải Phòng, ngày 28 tháng 8 năm 2026\n\n"
            "KẾ HOẠCH LIÊN TỊCH\nTriển khai tập huấn sơ cấp cứu trong các trường học\n\nI. MỤC ĐÍCH\n")
    assert read_frame(text).metadata["issuer"] == \
        "Hội Chữ thập đỏ thành phố Hải Phòng và Sở Giáo dục và Đào tạo thành phố Hải Phòng"


def test_a_joint_frame_whose_first_body_wraps_its_place_over_the_second_body_names_both():
    text = ("HỘI CHỮ THẬP ĐỎ\nTHÀNH PHỐ HUẾ\nCÔNG AN THÀNH PHỐ HUẾ\n-------\nSố: 01/QĐLT-HCTĐ-CATP\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHuế, ngày 15 tháng 3 năm 2027\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp trong công tác sơ cấp cứu tai nạn giao thông\n\nĐiều 1. Ban hành\n")
    assert read_frame(text).metadata["issuer"] == "Hội Chữ thập đỏ thành phố Huế và Công an thành phố Huế"


def test_a_joint_frame_of_three_bodies_one_under_the_other_names_all_three():
    text = ("HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH LAI CHÂU\nUBND TỈNH LAI CHÂU\nSỞ Y TẾ\n"
            "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH LAI CHÂU\n-------\nSố: 05/KHLT-CTĐ-SYT-TĐ\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLai Châu, ngày 10 tháng 5 năm 2027\n\n"
            "KẾ HOẠCH LIÊN TỊCH\nTổ chức Ngày hội hiến máu năm 2027\n\nI. MỤC ĐÍCH\n")
    assert read_frame(text).metadata["issuer"] == ("Hội Chữ thập đỏ tỉnh Lai Châu và Sở Y tế tỉnh Lai Châu và Ban Chấp hành "
                                                   "Đoàn TNCS Hồ Chí Minh tỉnh Lai Châu")


def test_a_scanned_frame_with_its_number_misread_and_its_columns_one_after_the_other_is_still_read():
    """The left column read whole before the right one, the number line and the subject's last line misread past
    recognition, "Kính gửi" misread before the list it opens."""
    text = ("UBND TỈNH ĐẮK LẮK\nSỞ Y TẾ\n§ố486SYFNY\nV/V phối hợp vận động hiến máu tình nguyện\n- mùa khô năm 2026 -\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 09 tháng 02 năm 2026\n\n"
            "Kính mm - Hội Chữ thập đỏ tỉnh Đắk Lắk;\n- Bệnh viện Đa khoa Phú Yên.\n\n"
            "Thực hiện Kế hoạch số 35/KH-UBND, Sở Y tế đề nghị phối hợp như sau:\n")
    frame = read_frame(text)
    assert (frame.metadata["issuer"], frame.metadata["date"], frame.metadata["type"]) == (
        "Sở Y tế tỉnh Đắk Lắk", "2026-02-09", "Công văn")
    assert frame.metadata["recipients"] == ["Hội Chữ thập đỏ tỉnh Đắk Lắk", "Bệnh viện Đa khoa Phú Yên"]
    assert text[frame.body_start:].startswith("Thực hiện Kế hoạch")
    # (a text that opens on lines no frame holds is no frame: an article under its title)
    assert "issuer" not in read_frame("HIẾN MÁU CỨU NGƯỜI\nmột dòng\nhai dòng\nba dòng\nNgày 5/3, đoàn viên …\n").metadata


def test_the_rules_of_a_contest_are_a_kind_of_text():
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN\nSố: 39/TL-CTĐ\n\nTHỂ LỆ\nCuộc thi tìm hiểu về phong trào Chữ thập đỏ\n\n"
            "Điều 1. Mục đích\n1. Tuyên truyền về Hội.\n")
    frame = read_frame(text)
    assert (frame.metadata["type"], frame.metadata["issuer"]) == ("Thể lệ", "Hội Chữ thập đỏ tỉnh Nam Sơn")


def test_a_signer_s_name_may_write_a_word_with_an_apostrophe():
    text = ("HỘI CHỮ THẬP ĐỎ HUYỆN CƯ M'GAR\n\nSố: 47/BC-HCTĐ\n\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2024\n\n"
            "1. Tiếp nhận 312 đơn vị máu.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n(đã ký)\nH'Lim Niê\n")
    assert read_frame(text).metadata["signer"] == "H'Lim Niê"
    assert read_frame(text.replace("H'Lim Niê", "H'LIM NIÊ")).metadata["signer"] == "H'Lim Niê"


def test_a_committee_named_over_two_lines_and_a_signer_with_a_post_under_the_name():
    text = ("UBND TỈNH NAM SƠN\nBAN CHỈ ĐẠO VẬN ĐỘNG\nHIẾN MÁU TÌNH NGUYỆN\n\nSố: 08/KH-BCĐ\n\nKẾ HOẠCH\n"
            "Vận động hiến máu tình nguyện năm 2026\n\n1. Tiếp nhận 38.500 đơn vị máu.\n\nNơi nhận:\n- Lưu: VT.\n\n"
            "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\n(Đã ký)\n\nHoàng Thị Minh Nguyệt\nChủ tịch Hội Chữ thập đỏ tỉnh\n")
    metadata = read_frame(text).metadata
    assert metadata["issuer"] == "Ban chỉ đạo vận động hiến máu tình nguyện UBND tỉnh Nam Sơn"
    assert metadata["signer"] == "Hoàng Thị Minh Nguyệt"


def test_two_frames_side_by_side_over_the_motto_are_each_party_s_and_signed_below_by_both():
    text = ("HỘI CHỮ THẬP ĐỎ VIỆT NAM" + " " * 21 + "UBND TỈNH NAM SƠN\n"
            "HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN" + " " * 17 + "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
            "Số: 47/KHLT-CTĐ" + " " * 30 + "Số: 1985/KHLT-SGDĐT\n\n"
            + " " * 20 + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + " " * 24 + "Độc lập - Tự do - Hạnh phúc\n"
            + " " * 20 + "Nam Sơn, ngày 26 tháng 9 năm 2022\n\n" + " " * 27 + "KẾ HOẠCH LIÊN TỊCH\n"
            + " " * 6 + "Tập huấn sơ cấp cứu trong trường học\n\n1. Tập huấn 120 giáo viên cốt cán.\n\n"
            "TM. BAN THƯỜNG VỤ" + " " * 28 + "KT. GIÁM ĐỐC\n" "CHỦ TỊCH" + " " * 37 + "PHÓ GIÁM ĐỐC\n\n"
            "Lê Thị Thu Hà" + " " * 32 + "Phạm Quang Huy\n\nNơi nhận:\n- Lưu: VT.\n")
    frame = read_frame(text)
    assert frame.metadata["type"] == "Kế hoạch liên tịch"  # the kind centred under the frame is no organ of a signature
    assert frame.metadata["issuer"] == "Hội Chữ thập đỏ tỉnh Nam Sơn và Sở Giáo dục và Đào tạo tỉnh Nam Sơn"
    assert frame.metadata["signer"] == "Lê Thị Thu Hà và Phạm Quang Huy"
    assert text[frame.body_start :].startswith("1. Tập huấn")


def test_an_appendix_headed_in_ordinary_case_on_a_line_of_its_own_is_an_attachment():
    text = ("QUYẾT ĐỊNH\nPhê duyệt danh sách hỗ trợ\n\nĐiều 1. Phê duyệt danh sách kèm theo./.\n\nNơi nhận:\n- Lưu: VT.\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Mỹ Duyên\n\nPhụ lục\n\nDANH SÁCH HỘ ĐƯỢC HỖ TRỢ\n\n"
            "(Kèm theo Quyết định số 2846/QĐ-UBND ngày 18/11/2026)\n\nSTT | Xã | Số hộ\n1 | Xã Cần Đước | 20\n")
    found = find_attachments(text)
    assert [(a.kind, text[a.start :].split("\n")[0]) for a in found] == [("Phụ lục", "Phụ lục")]
    assert read_frame(text[: found[0].start]).metadata["signer"] == "Nguyễn Thị Mỹ Duyên"


def test_a_text_carries_out_a_dispatch_a_scheme_or_a_regulation_it_names_by_number():
    intro = ("Thực hiện Công điện số 21/CĐ-BCĐ ngày 15/11/2024 của Ban Chỉ đạo quốc gia; căn cứ Đề án số 12/ĐA-CTĐ "
             "và Quy chế số 03/QC-CTĐ của Hội")
    assert document_numbers(intro) == ["21/CĐ-BCĐ", "12/ĐA-CTĐ", "03/QC-CTĐ"]
    assert document_numbers("Thực hiện Phương án số 18/PA-BCH ngày 22/5/2024 của Ban Chỉ huy") == ["18/PA-BCH"]
    # by its short kind, or as "Văn bản", with "số" before the number
    assert document_numbers("Thực hiện KH số 58/KH-CTĐ ngày 16/9/2024 về khắc phục hậu quả; Văn bản số 4105/UBND-NC "
                            "ngày 17/9/2024 của UBND tỉnh") == ["58/KH-CTĐ", "4105/UBND-NC"]


def test_a_name_read_from_capitals_is_cased_as_the_body_writes_it_and_degrees_stand_before_the_signer():
    text = ("BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH\nSố: 1186/KCB-NV\nV/v bảo đảm cung ứng máu\n\n"
            "Kính gửi: Sở Y tế các tỉnh.\n\n1. Báo cáo về Cục Quản lý Khám, chữa bệnh trước ngày 15/9/2025.\n\n"
            "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n(đã ký)\nPGS.TS. Vũ Đình Khang\n")
    metadata = read_frame(text).metadata
    assert metadata["issuer"] == "Cục Quản lý Khám, chữa bệnh"
    assert metadata["signer"] == "PGS.TS. Vũ Đình Khang"
    # a body that never writes the name keeps the usual case
    assert read_frame(text.replace("Cục Quản lý Khám, chữa bệnh trước", "Cục trước")).metadata["issuer"] \
        == "Cục quản lý khám, chữa bệnh"


def test_a_body_whose_line_ends_at_its_level_is_of_the_place_its_parent_line_names():
    text = ("ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG\nHỘI CHỮ THẬP ĐỎ TỈNH\nSố: 215/CTr-HCTĐ\n\nCHƯƠNG TRÌNH\n"
            "Công tác Hội năm 2027\n\n1. Phát triển hội viên.\n")
    assert read_frame(text).metadata["issuer"] == "Hội Chữ thập đỏ tỉnh Tuyên Quang"


def test_an_organ_under_a_body_wrapped_over_two_lines_is_of_the_whole_body():
    text = ("TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ\nVIỆT NAM\nBAN THƯỜNG TRỰC\nSố: 1186/TWH-CTXH\nV/v đôn đốc báo cáo thiệt hại\n\n"
            "Hà Nội, ngày 02 tháng 10 năm 2026\n\n1. Gửi báo cáo nhanh trước ngày 05/10/2026.\n")
    assert read_frame(text).metadata["issuer"] == "Ban Thường trực Trung ương Hội Chữ thập đỏ Việt Nam"


def test_an_agency_under_its_people_s_committee_is_named_after_the_place_it_serves():
    text = ("UBND TỈNH ĐỒNG NAI\nSỞ Y TẾ\nSố: 415/KH-SYT\n\nKẾ HOẠCH\nVận động hiến máu tình nguyện năm 2027\n\n"
            "I. MỤC ĐÍCH\n\n1. Tiếp nhận 52.000 đơn vị máu.\n")
    assert read_frame(text).metadata["issuer"] == "Sở Y tế tỉnh Đồng Nai"


def test_an_enterprise_s_form_wrapped_apart_from_its_name_is_one_issuer():
    text = ("CÔNG TY CỔ PHẦN\nTHỰC PHẨM BIỂN VÂN PHONG\nSố: 118/QĐ-VPF\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy định hỗ trợ "
            "hiến máu\n\nCăn cứ Điều lệ của Công ty cổ phần Thực phẩm biển Vân Phong;\n\nĐiều 1. Ban hành kèm theo "
            "Quyết định này Quy định hỗ trợ hiến máu.\n")
    assert read_frame(text).metadata["issuer"] == "Công ty cổ phần Thực phẩm biển Vân Phong"


def test_a_telegram_dated_to_the_hour_without_minutes_named_is_dated_and_typed():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 09/CĐ-UBND                   Lào Cai, 22 giờ 00 ngày 14 tháng 7 năm 2026\n\n"
            "CÔNG ĐIỆN\nVề việc ứng phó lũ quét\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc Công an tỉnh;\n\n"
            "1. Công an tỉnh điều động 200 cán bộ, chiến sĩ.\n")
    frame = read_frame(text)
    assert frame.metadata["date"] == "2026-07-14" and frame.metadata["type"] == "Công điện"


def test_a_body_ending_at_its_level_under_a_parent_naming_the_place_it_is_dated_at_is_of_that_place():
    text = ("SỞ Y TẾ THANH HÓA\nBỆNH VIỆN ĐA KHOA TỈNH\n\nSố: 2145/KH-BVĐK\n\nThanh Hóa, ngày 14 tháng 12 năm 2026\n\n"
            "KẾ HOẠCH\nTiếp nhận máu lưu động quý I năm 2027\n\nBệnh viện Đa khoa tỉnh Thanh Hóa xây dựng Kế hoạch như sau:\n\n"
            "I. MỤC ĐÍCH\n\n1. Tiếp nhận 4.800 đơn vị máu.\n")
    assert read_frame(text).metadata["issuer"] == "Bệnh viện Đa khoa tỉnh Thanh Hóa"


def test_a_line_that_stops_mid_sentence_goes_on_in_the_next_unless_that_one_starts_an_item():
    from retrieval.ingest.header import goes_on

    assert goes_on("Xét đề nghị của Ban Chỉ đạo tại Công văn số", "96/BCĐ-HMTN ngày 05 tháng 6 năm 2026;")
    assert goes_on("2. Cá nhân (15 cá", "nhân):")
    assert not goes_on("Kính gửi:", "- các sở, ngành")  # a line that ends its sentence
    assert not goes_on("- Ủy ban nhân dân các huyện", "- các sở, ngành")  # an item after an item
    assert not goes_on("Tặng Bằng khen cho các tập thể sau", "1. Hội Chữ thập đỏ phường Cẩm Thành")


def test_an_organ_under_a_party_organisation_is_its_committee_s():
    text = ("ĐẢNG BỘ TỈNH HƯNG YÊN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố: 47-HD/BTGDVTU\n\nHƯỚNG DẪN\nTuyên truyền kỷ niệm 80 năm "
            "Ngày thành lập Hội Chữ thập đỏ Việt Nam\n\nI. MỤC ĐÍCH\n\n1. Tuyên truyền sâu rộng.\n")
    assert read_frame(text).metadata["issuer"] == "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên"


def test_a_youth_union_frame_and_a_rule_of_box_lines_are_read_as_frame():
    youth = ("ĐOÀN TP ĐÀ NẴNG                          ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG ĐẠI HỌC KỸ THUẬT\n"
             "VÀ CÔNG NGHỆ HẢI VÂN\n***\nSố: 27-TB/ĐTN                    Đà Nẵng, ngày 02 tháng 3 năm 2026\n\n"
             "THÔNG BÁO\nVề việc đăng ký hiến máu\n\n1. Đăng ký trước ngày 15/3/2026.\n")
    issuer = read_frame(youth).metadata["issuer"]
    assert issuer == "Ban Chấp hành đoàn Trường Đại học Kỹ Thuật và Công Nghệ Hải Vân"  # (not "… và Đoàn TNCS …")
    boxed = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n───────\nSố: 147/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n───────────────\nLâm Đồng, ngày 10 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
             "Tổ chức Tháng Nhân đạo năm 2026\n\nI. MỤC ĐÍCH\n\n1. Huy động nguồn lực.\n")
    metadata = read_frame(boxed).metadata
    assert (metadata["type"], metadata["number"], metadata["issuer"]) == ("Kế hoạch", "147/KH-UBND", "Ủy ban nhân dân tỉnh Lâm Đồng")


def test_a_member_school_is_named_with_the_university_it_belongs_to():
    # the university under the school's line is part of its name, not the issuer (nor the school's parent)
    text = ("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ HUẾ\nHỘI CTĐ TRƯỜNG ĐẠI HỌC SƯ PHẠM\nĐẠI HỌC HUẾ\nSố: 12/KH-CTĐ\n\n"
            "KẾ HOẠCH\nTổ chức Ngày hội hiến máu năm 2027\n\nI. MỤC ĐÍCH\n\n1. Bổ sung nguồn máu.\n")
    assert read_frame(text).metadata["issuer"] == "Hội Chữ thập đỏ Trường Đại học Sư Phạm, Đại học Huế"
    parent_above = ("ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC Y - DƯỢC\nSố: 40/KH-ĐHYD\n\nKẾ HOẠCH\nHiến máu năm 2027\n\n"
                    "I. MỤC ĐÍCH\n\n1. Bổ sung nguồn máu.\n")
    assert read_frame(parent_above).metadata["issuer"] == "Trường Đại học Y - Dược"


def test_a_working_group_s_name_wrapped_onto_the_next_line_is_read_whole():
    text = ("ỦY BAN NHÂN DÂN HUYỆN CHƯ SÊ\nTỔ CÔNG TÁC HỖ TRỢ ĐỒNG BÀO DTTS\nBỊ ẢNH HƯỞNG DO MƯA LŨ\nSố: 01/KH-TCT\n\n"
            "KẾ HOẠCH\nHoạt động của Tổ công tác\n\nI. MỤC ĐÍCH\n\n1. Kịp thời hỗ trợ lương thực.\n")
    assert read_frame(text).metadata["issuer"] == "Tổ công tác hỗ trợ đồng bào DTTS bị ảnh hưởng do mưa lũ"


def test_grounds_written_as_list_items_are_read_as_grounds():
    text = ("HUYỆN ỦY LỤC NAM\n*\nSố 05-QĐi/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQUY ĐỊNH\nvề trách nhiệm của đảng viên\n\n"
            "- Căn cứ Chỉ thị số 43-CT/TW ngày 08/6/2010 của Ban Bí thư;\n- Căn cứ Kế hoạch số 86-KH/TU ngày 17/4/2023 của "
            "Ban Thường vụ Tỉnh ủy;\n\nĐiều 1. Phạm vi điều chỉnh\n\n1. Quy định này áp dụng đối với đảng viên.\n")
    assert read_frame(text).metadata["implements"] == ["43-CT/TW", "86-KH/TU"]


def test_a_recipient_list_wrapped_after_a_comma_is_read_whole():
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG TRỊ\nSố: 186/CTĐ-CTXH\nV/v phân bổ hàng cứu trợ\n\n"
            "Kính gửi: Ban Thường vụ Hội Chữ thập đỏ các xã, phường: Lệ Giang, Phú Thủy Đông,\n"
            "Hòa Trạch, Bắc Gianh.\n\nThực hiện Công văn số 1425/TWH-CTXH, Hội phân bổ như sau:\n\n1. Phân bổ 2.150 suất quà.\n")
    assert read_frame(text).metadata["recipients"] == [
        "Ban Thường vụ Hội Chữ thập đỏ các xã, phường: Lệ Giang, Phú Thủy Đông, Hòa Trạch, Bắc Gianh"]


def test_a_list_attached_after_the_signature_under_a_title_of_no_kind_leaves_the_signer_to_the_decision():
    from retrieval.ingest.header import find_attachments

    text = ("HỘI CHỮ THẬP ĐỎ TỈNH ĐỒNG THÁP\nSố: 87/QĐ-HCTĐ\n\nQUYẾT ĐỊNH\nVề việc tặng Giấy khen\n\n"
            "Điều 1. Tặng Giấy khen cho 02 cá nhân.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n"
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\néMAj\nTrần Thị Ngọc Diễm\n\n"  # (a seal read as letters over the name)
            "DANH SÁCH\nCá nhân được tặng Giấy khen\n(Kèm theo Quyết định số 87/QĐ-HCTĐ ngày 18/12/2026)\n\n"
            "TT | Họ tên | Đơn vị\n1 | Ông Nguyễn Văn Hùng | Phường Mỹ Tho\n2 | Bà Lê Thị Thoa | Phường Cao Lãnh\n")
    [attached] = find_attachments(text)
    assert text[attached.start:].startswith("DANH SÁCH")
    assert read_frame(text[: attached.start]).metadata["signer"] == "Trần Thị Ngọc Diễm"


def test_a_subject_beside_the_date_wraps_on_below_it():
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "                                          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 392/CTĐ-TCKT\n"
            "V/v chuẩn bị nhân sự Đại hội Hội            Nghệ An, ngày 06 tháng 11 năm 2026\n"
            "Chữ thập đỏ cấp cơ sở nhiệm kỳ\n2027 - 2032\n\n"
            "Kính gửi: Hội Chữ thập đỏ các xã, phường.\n\n"
            "Thực hiện Hướng dẫn số 17/HD-BTV ngày 12/10/2026 của Ban Thường vụ Hội Chữ thập đỏ tỉnh, đề nghị như sau:\n")
    metadata = read_frame(text).metadata
    assert metadata["summary"] == "V/v chuẩn bị nhân sự Đại hội Hội Chữ thập đỏ cấp cơ sở nhiệm kỳ 2027 - 2032"
    assert (metadata["date"], metadata["implements"]) == ("2026-11-06", ["17/HD-BTV"])


def test_a_schedule_is_a_kind_of_text_and_the_capitals_after_its_kind_its_subject():
    text = ("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ HẢI PHÒNG\nSố: 205/LCT-HCTĐ\nHải Phòng, ngày 28 tháng 12 năm 2026\n\n"
            "LỊCH CÔNG TÁC THÁNG 01/2027\ncủa Thường trực Hội Chữ thập đỏ thành phố\n\n"
            "Văn phòng thông báo lịch công tác tháng 01/2027 như sau:\n")
    metadata = read_frame(text).metadata
    assert (metadata["type"], metadata["issuer"]) == ("Lịch công tác", "Hội Chữ thập đỏ thành phố Hải Phòng")
    assert metadata["title"] == "Lịch công tác tháng 01/2027 của Thường trực Hội Chữ thập đỏ thành phố"


def test_a_scanned_frame_with_the_motto_read_into_the_issuer_s_line_a_rule_s_end_and_a_misread_day_word():
    text = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n-THÀNH PHỐ HUẾ........\n"
            "BAN THƯỜNG TRỰC\nSố: 286/MTTQ-BTT\nV/v triển khai thực hiện Kết luận số 215-KL/TU\n\n"
            "Độc lập - Tự do - Hạnh phúc\nHuế, này 25 tháng 3 năm 2026\n\nKính gửi: Hội Chữ thập đỏ thành phố.\n\n"
            "Ngày 16/3/2026, Ban Thường vụ Thành ủy ban hành Kết luận số 215-KL/TU.\n")
    metadata = read_frame(text).metadata
    assert metadata["issuer"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Huế"
    assert (metadata["date"], metadata["number"]) == ("2026-03-25", "286/MTTQ-BTT")


def test_a_scan_s_misread_day_word_a_speck_before_the_preamble_and_titles_over_the_recipients():
    text = "\n".join([
        "HỘI CHỮ THẬP ĐỎ VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HỘI CTĐ TỈNH SÓC TRĂNG                 Độc lập - Tự do - Hạnh phúc",
        "Số: 318/HCTĐ-CTXH",
        "V/v triển khai Chương trình Tết Nhân ái",
        "Sóc Trăng, Buày 12 tháng 10 năm 2026",
        "",
        "Kính gửi: - Ban Thường vụ Hội Chữ thập đỏ các huyện;",
        "",
        "- Hội Chữ thập đỏ các cơ sở trực thuộc.",
        "",
        "- Thực hiện Thông báo số 156/TB-VPTW ngày 25/9/2026 của Văn phòng Trung ương Hội, Ban Thường vụ đề nghị:",
        "",
        "1. Rà soát đối tượng nhận quà trước ngày 10/11/2026.",
        "",
        "                                         T/M BAN THƯỜNG VỤ",
        "                                            PHÓ BÍ THƯ",
        "Nơi nhận:",
        "- Như trên;                                 (đã ký)",
        "- Lưu: VT.",
        "                                          Kim Văn Thành",
    ])
    frame = read_frame(text)
    assert frame.metadata["date"] == "2026-10-12"
    assert frame.metadata["recipients"] == ["Ban Thường vụ Hội Chữ thập đỏ các huyện", "Hội Chữ thập đỏ các cơ sở trực thuộc"]
    assert text[frame.body_start :].startswith("Thực hiện Thông báo") and frame.metadata["implements"] == ["156/TB-VPTW"]
    assert "PHÓ BÍ THƯ" in text[frame.closing_start : frame.closing_end] and frame.metadata["signer"] == "Kim Văn Thành"


def test_a_quantity_cut_by_a_break_after_the_word_it_follows_joins_its_sentence():
    assert join_page_breaks("mỗi phiếu trị giá\n\n300.000 đồng.\n\n- Phiên chợ") == "mỗi phiếu trị giá 300.000 đồng.\n\n- Phiên chợ"


def test_those_sent_a_letter_for_their_information_are_recipients_asked_nothing():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 1126/UBND-KT\nV/v khắc phục hậu quả cháy rừng\n\n"
            "Kính gửi:\n    - Sở Y tế;\n    - Công an tỉnh.\nĐồng kính gửi:\n    - Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;\n"
            "    - Hội Chữ thập đỏ tỉnh.\n\n    Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu:\n\n"
            "1. Sở Y tế bố trí kíp cấp cứu.\n")
    frame = read_frame(text)
    assert frame.metadata["recipients"] == ["Sở Y tế", "Công an tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                                            "Hội Chữ thập đỏ tỉnh"]
    assert frame.addressees == ["Sở Y tế", "Công an tỉnh"]
    assert text[frame.body_start:].lstrip().startswith("Thực hiện ý kiến chỉ đạo")


def test_a_kind_with_a_note_in_small_letters_after_it_is_the_text_s_kind():
    text = ("UBND HUYỆN KỲ SƠN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "UBND XÃ XIÊNG MAI                         Độc lập - Tự do - Hạnh phúc\n"
            "Số: 94/BC-UBND                      Xiêng Mai, ngày 24 tháng 9 năm 2027\n\n\n"
            "                          BÁO CÁO NHANH (lần thứ 3)\n"
            "     Tình hình thiệt hại do lũ quét đêm 18, rạng sáng 19/9/2027\n\n"
            "Kính gửi: Ủy ban nhân dân huyện Kỳ Sơn.\n\nUBND xã Xiêng Mai báo cáo nhanh tình hình thiệt hại như sau:\n")
    metadata = read_frame(text).metadata
    assert (metadata["type"], metadata["number"]) == ("Báo cáo", "94/BC-UBND")
    assert metadata["title"].startswith("Báo cáo nhanh (lần thứ 3) tình hình thiệt hại do lũ quét")


def test_a_running_head_under_the_page_s_number_is_no_text_and_a_subject_may_end_its_first_line_on_a_semicolon():
    head = "Báo cáo số 47/BC-CTĐ ngày 08/7/2027 của Ban Thường vụ Hội CTĐ quận Cửa Cấm"
    text = (f"{head}\n\nHỘI CHỮ THẬP ĐỎ TP HẢI PHÒNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HỘI CHỮ THẬP ĐỎ QUẬN CỬA CẤM                   Độc lập - Tự do - Hạnh phúc\n"
            "   Số: 47/BC-CTĐ                      Cửa Cấm, ngày 08 tháng 7 năm 2027\n\n"
            "                                    BÁO CÁO\n"
            "     Sơ kết công tác Hội 6 tháng đầu năm 2027;\n"
            "               phương hướng, nhiệm vụ 6 tháng cuối năm 2027\n\n"
            "I. ĐẶC ĐIỂM TÌNH HÌNH\nQuận có 08 phường.\n"
            f"\f                                        - 2 -\n{head}\n\nII. KẾT QUẢ\nHội vận động được 41 tin.\n"
            f"\f                                        - 3 -\n{head}\n\nIII. PHƯƠNG HƯỚNG\nDuy trì các hoạt động.\n")
    assert running_heads(text) == {head}
    frame = read_frame(text.replace(f"{head}\n\n", "", 1))
    assert (frame.metadata["type"], frame.metadata["issuer"]) == ("Báo cáo", "Hội Chữ thập đỏ quận Cửa Cấm")
    assert frame.metadata["title"] == ("Báo cáo sơ kết công tác Hội 6 tháng đầu năm 2027; phương hướng, nhiệm vụ 6 tháng "
                                       "cuối năm 2027")


def test_a_frame_whose_columns_a_dash_or_a_bar_joins_on_one_line_is_read_as_its_columns():
    text = ("**HỘI CHỮ THẬP ĐỎ VIỆT NAM** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
            "**HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG TRỊ** — **Độc lập - Tự do - Hạnh phúc**\n**BAN THƯỜNG VỤ**\n\n"
            "Số: 05/NQ-HCTĐ — *Quảng Trị, ngày 22 tháng 12 năm 2026*\n\n# NGHỊ QUYẾT CHUYÊN ĐỀ\n\n"
            "**Về xây dựng, củng cố tổ chức cơ sở Hội giai đoạn 2027 - 2030**\n\n"
            "Căn cứ Luật Hoạt động chữ thập đỏ ngày 03 tháng 6 năm 2008;\n")
    metadata = read_frame(text).metadata
    assert (metadata["type"], metadata["number"], metadata["date"]) == ("Nghị quyết", "05/NQ-HCTĐ", "2026-12-22")
    assert metadata["issuer"] == "Ban Thường vụ Hội Chữ thập đỏ tỉnh Quảng Trị"
    # a dash inside a sentence joins no columns
    assert read_frame("Hội — tổ chức nhân đạo — kêu gọi ủng hộ.\n").metadata.get("type") != "Nghị quyết"
    barred = ("**HỘI CHỮ THẬP ĐỎ VIỆT NAM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
              "**BAN CHẤP HÀNH TỈNH TÂN HÀ** | **Độc lập - Tự do - Hạnh phúc**\n\nSố: 09/KH-CTĐ\n\n"
              "*Tân Hà, ngày 15 tháng 01 năm 2028*\n\n**KẾ HOẠCH**\n**Kiểm tra, giám sát năm 2028**\n\nI. MỤC ĐÍCH\n")
    metadata = read_frame(barred).metadata
    assert (metadata["type"], metadata["number"], metadata["issuer"]) == (
        "Kế hoạch", "09/KH-CTĐ", "Ban Chấp hành Hội Chữ thập đỏ tỉnh Tân Hà")


def test_a_running_head_after_a_page_s_foot_is_no_text_where_no_form_feed_is_kept():
    head = "UBND thành phố Nam Sơn - Công điện số 19/CĐ-UBND ngày 04/11/2027 - Ứng phó bão số 9"
    text = ("CÔNG ĐIỆN\n\n1. Sở Y tế bố trí 15 đội cấp cứu.\n\n                    Trang 1/3\n\n"
            f"{head}\n\n2. Sở Công Thương bảo đảm hàng hóa; Sở Tài\n\n                    Trang 2/3\n\n"
            f"{head}\n\nchính tạm ứng 5.000.000.000 đồng.\n")
    assert running_heads(text) == {head}
    assert running_heads("1. Nội dung.\n\n15\n\nHội viên\n\n2. Nội dung.\n\n16\n\nHội viên\n") == set()  # a number alone ends no page


def test_the_rule_that_underlines_a_running_head_is_part_of_it():
    head, rule = "Kế hoạch số 07/KH-BCĐ ngày 18/01/2027 - Hành trình Đỏ", "-" * 60
    text = (f"I. MỤC ĐÍCH\n\n1. Vận động 3.850 đơn vị máu.\n\n     Trang 1/3\n\f{head}\n{rule}\n\nII. THỜI GIAN\n\n"
            f"     Trang 2/3\n\f{head}\n{rule}\n\nIII. KINH PHÍ\n")
    assert running_heads(text) == {head, rule}
    # (a rule under the first line of pages that share no head is no page's)
    assert running_heads(f"A.\n\n     Trang 1/3\n\fMột\n{rule}\n\nB.\n\n     Trang 2/3\n\fHai\n{rule}\n") == set()
