"""Loaders: .md/.txt/.docx/.pdf into text and metadata; bad files refused with the file named."""

import hashlib
import os
from pathlib import Path

import pytest

from retrieval.errors import LoadError
from retrieval.ingest.header import read_frame
from retrieval.ingest.loaders import (
    BAD_FRONT_MATTER, EMPTY, ENCRYPTED, SCANNED, SUPPORTED, UNREADABLE, UNSUPPORTED,
    discover, document_id_for, load_document,
)
from tests.utils.fixtures import seed_blocks, seed_path, write_docx, write_pdf

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
LAI_CHAU = CORPUS / "kh-ubnd-laichau-2023.md"


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> dict[str, Path]:
    """The Lai Châu plan as a .docx and as a text .pdf, built from seed 002."""
    folder = tmp_path_factory.mktemp("published")
    blocks = seed_blocks("002")
    return {
        "docx": write_docx(blocks, folder / "ke-hoach-lai-chau.docx"),
        "pdf": write_pdf(blocks, folder / "ke-hoach-lai-chau.pdf"),
    }


def loaded_lines(folder: Path, name: str, text: str) -> list[str]:
    """The lines of a plain text as loaded, which keeps every position of it (a character for a character)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    loaded = load_document(path).text
    assert len(loaded) == len(text)  # positions kept: a character for a character
    return loaded.split("\n")


def refusal(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value.reason


def test_supported_formats():
    assert SUPPORTED == {".md", ".txt", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def test_discover_walks_folders_for_supported_visible_files(tmp_path):
    for name in ["b.md", "README.md", "sub/a.txt", "sub/c.pdf", "sub/d.docx", "sub/e.xlsx", ".hidden.md",
                 ".git/x.md", "sub/readme.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = discover([tmp_path])
    assert found == [tmp_path / "b.md", tmp_path / "sub/a.txt", tmp_path / "sub/c.pdf", tmp_path / "sub/d.docx"]


def test_discover_keeps_a_file_named_explicitly_and_dedupes(tmp_path):
    sheet = tmp_path / "bang.xlsx"
    sheet.write_bytes(b"PK")
    assert discover([sheet, LAI_CHAU, CORPUS]) == sorted({sheet, *CORPUS.glob("*.md")})


def test_document_id_is_the_slug_of_the_stem():
    assert document_id_for(LAI_CHAU) == "kh-ubnd-laichau-2023"
    assert document_id_for(Path("Kế hoạch Lai Châu 2023.docx")) == "ke-hoach-lai-chau-2023"


def test_markdown_with_front_matter():
    loaded = load_document(LAI_CHAU)
    raw = LAI_CHAU.read_bytes()
    assert loaded.format == "md"
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()
    assert raw.decode("utf-8")[loaded.body_offset:] == loaded.text
    assert loaded.text.startswith("Số: /KH-UBND\n")
    assert loaded.metadata["number"] is None
    assert loaded.metadata["date"] == "2023-09"


def test_yaml_dates_come_back_as_iso_strings():
    assert load_document(CORPUS / "kh-100-tu-daklak.md").metadata["date"] == "2010-09-17"


def test_text_without_front_matter_is_read_whole(tmp_path):
    path = tmp_path / "cong-van.txt"
    path.write_bytes(seed_path("000").read_bytes())
    loaded = load_document(path)
    assert (loaded.format, loaded.metadata, loaded.body_offset) == ("txt", {}, 0)
    assert loaded.text == seed_path("000").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_text_with_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes("---\ntype: Kế hoạch\n---\nSố: /KH-UBND\r\n".encode(encoding))
    loaded = load_document(path)
    assert loaded.metadata == {"type": "Kế hoạch"}
    assert loaded.text == "Số: /KH-UBND\n"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_published_formats_yield_the_same_frame(published, fmt):
    loaded = load_document(published[fmt])
    frame = read_frame(loaded.text)
    expected = read_frame(seed_path("002").read_text(encoding="utf-8"))
    assert loaded.format == fmt
    assert loaded.metadata == {}
    assert loaded.sha256 == hashlib.sha256(published[fmt].read_bytes()).hexdigest()
    assert frame.metadata == expected.metadata
    assert loaded.text[frame.body_start:].startswith("Thực hiện Quyết định số 895/QĐ-TTg, ngày 26/7/2023 của")
    assert loaded.text[frame.body_end:].startswith("Nơi nhận:")


def test_pdf_paragraphs_match_the_corpus(published):
    pdf = load_document(published["pdf"]).text
    assert "định hướng của Tỉnh ủy, Ban Cán sự Đảng" in pdf
    assert pdf.split("\n\n") == load_document(LAI_CHAU).text.rstrip("\n").split("\n\n")


def test_docx_keeps_headings_and_tables(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "TỈNH ỦY ĐẮK LẮK"
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    table.cell(1, 0).text = "Số 100 - KH/TU"
    table.cell(1, 1).text = "Buôn Ma Thuột, ngày 17 tháng 9 năm 2010"
    table.cell(2, 0).merge(table.cell(2, 1)).text = "-----"
    document.add_heading("KẾ HOẠCH", level=2)
    document.add_paragraph("triển khai thực hiện Chỉ thị 43-CT/TW của Ban Bí thư")
    document.add_paragraph("Thực hiện Chỉ thị 43-CT/TW, Ban thường vụ Tỉnh ủy xây dựng kế hoạch như sau:")
    path = tmp_path / "ke-hoach.docx"
    document.save(str(path))
    text = load_document(path).text
    assert text.split("\n\n")[:6] == [
        "TỈNH ỦY ĐẮK LẮK", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 100 - KH/TU", "Buôn Ma Thuột, ngày 17 tháng 9 năm 2010",
        "-----", "## KẾ HOẠCH",
    ]
    metadata = read_frame(text).metadata
    assert (metadata["issuer"], metadata["number"], metadata["type"]) == ("Tỉnh ủy Đắk Lắk", "100-KH/TU", "Kế hoạch")


def test_a_docx_table_row_merged_across_its_columns_keeps_the_table_as_wide(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    for i, head in enumerate(["Thời gian", "Nội dung", "Người thực hiện"]):
        table.cell(0, i).text = head
    table.cell(1, 0).merge(table.cell(1, 2)).text = "BUỔI SÁNG"
    for i, cell in enumerate(["8h30 - 9h15", "Báo cáo sơ kết 6 tháng đầu năm", "Đ/c Đỗ Thị Lan Anh"]):
        table.cell(2, i).text = cell
    table.cell(3, 0).text = "9h15 - 9h30"
    table.cell(3, 1).merge(table.cell(3, 2)).text = "Nghỉ giải lao"
    path = tmp_path / "chuong-trinh.docx"
    document.save(str(path))
    assert load_document(path).text == ("Thời gian | Nội dung | Người thực hiện\n--- | --- | ---\nBUỔI SÁNG |  | \n"
                                        "8h30 - 9h15 | Báo cáo sơ kết 6 tháng đầu năm | Đ/c Đỗ Thị Lan Anh\n"
                                        "9h15 - 9h30 | Nghỉ giải lao | ")


def test_a_docx_header_over_two_rows_is_read_as_one_row_each_column_under_its_group(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Chỉ tiêu"
    table.cell(0, 1).merge(table.cell(0, 3)).text = "Năm 2026"
    for i, head in enumerate(["Kế hoạch", "Thực hiện", "Tỷ lệ %"], 1):
        table.cell(1, i).text = head
    for i, cell in enumerate(["Kết nạp hội viên mới", "6.000", "3.420", "57,0"]):
        table.cell(2, i).text = cell
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    assert load_document(path).text == ("Chỉ tiêu | Năm 2026 Kế hoạch | Năm 2026 Thực hiện | Năm 2026 Tỷ lệ %\n--- | --- | --- | ---\n"
                                        "Kết nạp hội viên mới | 6.000 | 3.420 | 57,0")


def test_docx_line_breaks_keep_a_numbered_title_apart_and_join_a_wrapped_sentence(tmp_path):
    import docx

    document = docx.Document()
    run = document.add_paragraph().add_run("Điều 10. Chi phí vận động, tiếp nhận, phân phối")
    run.add_break()
    run.add_text("Chi phí cho công tác vận động không vượt quá 3% tổng số tiền tiếp nhận trong năm.")
    run = document.add_paragraph().add_run("1. Sở Y tế chủ trì, phối hợp với")
    run.add_break()
    run.add_text("Hội Chữ thập đỏ tỉnh tổ chức tập huấn.")
    path = tmp_path / "quy-che.docx"
    document.save(str(path))
    assert load_document(path).text.split("\n\n") == [
        "Điều 10. Chi phí vận động, tiếp nhận, phân phối\nChi phí cho công tác vận động không vượt quá 3% tổng số tiền"
        " tiếp nhận trong năm.",
        "1. Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh tổ chức tập huấn."]


def test_encrypted_pdf_is_refused(tmp_path):
    path = write_pdf(seed_blocks("002")[:5], tmp_path / "mat.pdf", password="bi-mat")
    assert refusal(path) == ENCRYPTED


def test_pdf_without_text_layer_is_refused_without_ocr(tmp_path):
    from fpdf import FPDF

    from retrieval.ingest.ocr import OcrOptions

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "anh-quet.pdf"
    pdf.output(str(path))
    with pytest.raises(LoadError) as caught:
        load_document(path, OcrOptions(mode="never"))
    assert caught.value.reason == f"{SCANNED}: bỏ --ocr never để nhận dạng chữ"


@pytest.mark.parametrize("content", [b"", b"  \n\n ", b"---\ntype: x\n---\n\n"])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "rong.md"
    path.write_bytes(content)
    assert refusal(path) == EMPTY


def test_binary_text_file_is_refused(tmp_path):
    path = tmp_path / "rac.txt"
    path.write_bytes(bytes(range(256)) * 4 + os.urandom(64))
    assert refusal(path).startswith(UNREADABLE)


def test_broken_docx_is_refused(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04 not a real package")
    assert refusal(path).startswith(UNREADABLE)


def test_unsupported_format_is_refused(tmp_path):
    path = tmp_path / "bang-tinh.xlsx"
    path.write_bytes(b"PK\x03\x04")
    assert refusal(path) == f"{UNSUPPORTED} (.xlsx)"


def test_broken_front_matter_is_refused(tmp_path):
    path = tmp_path / "loi.md"
    path.write_text("---\ntitle: [chưa đóng\n---\nNội dung.\n", encoding="utf-8")
    assert refusal(path).startswith(BAD_FRONT_MATTER)


def test_front_matter_that_is_not_a_mapping_is_refused(tmp_path):
    path = tmp_path / "danh-sach.md"
    path.write_text("---\n- một\n- hai\n---\nNội dung.\n", encoding="utf-8")
    assert refusal(path).startswith(BAD_FRONT_MATTER)


def test_missing_file_is_refused(tmp_path):
    assert refusal(tmp_path / "khong-co.md").startswith(UNREADABLE)


def test_a_markdown_frame_laid_out_in_a_two_column_table_is_read_cell_by_cell(tmp_path):
    source = ("| HỘI CHỮ THẬP ĐỎ VIỆT NAM<br>**BAN THƯỜNG VỤ HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
              "VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| Số: 215/GM-HCTĐ | *Nam Sơn, ngày 26 tháng 8 "
              "năm 2024* |\n\n**GIẤY MỜI**\n\n**Tập huấn công tác xã hội**\n\n1. Thời gian: 02 ngày.\n\n"
              "| TT | Đơn vị | Số học viên |\n|---|---|---|\n| 1 | Hội Chữ thập đỏ huyện | 02 |\n\n"
              "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>"
              "*(đã ký)*<br><br>**Vi Thị Hồng Nhung** |\n|---|---|\n")
    path = tmp_path / "gm-215.md"
    path.write_text(source, encoding="utf-8")
    text = load_document(path).text
    assert len(text) == len(source)  # offsets into the file still hold
    metadata = read_frame(text).metadata
    assert (metadata["number"], metadata["date"], metadata["signer"]) == ("215/GM-HCTĐ", "2024-08-26", "Vi Thị Hồng Nhung")
    assert "| 1 | Hội Chữ thập đỏ huyện | 02 |" in text  # a table of data keeps its rows


def test_a_markdown_table_of_data_in_two_columns_keeps_its_rows(tmp_path):
    source = ("Số hộ được hỗ trợ phân theo địa phương:\n\n| Địa phương | Số hộ được hỗ trợ |\n|---|---|\n"
              "| Huyện Tuy An | 1.120 |\n| Thị xã Đông Hòa | 980 |\n")
    path = tmp_path / "bc-142.md"
    path.write_text(source, encoding="utf-8")
    assert load_document(path).text == source


def test_a_docx_frame_of_three_columns_and_signatures_side_by_side_are_layout_not_data(tmp_path):
    import docx

    document = docx.Document()
    frame = document.add_table(rows=1, cols=3)  # two issuers beside the Quốc hiệu
    frame.cell(0, 0).text = "UBND TỈNH NAM SƠN\nSỞ Y TẾ"
    frame.cell(0, 1).text = "HỘI CHỮ THẬP ĐỎ\nTỈNH NAM SƠN"
    frame.cell(0, 2).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    document.add_paragraph("Số: 07/KHLT-SYT-HCTĐ")
    document.add_paragraph("KẾ HOẠCH LIÊN TỊCH")
    document.add_paragraph("Vận động hiến máu tình nguyện năm 2025")
    tasks = document.add_table(rows=2, cols=3)
    for cell, text in zip(tasks.rows[0].cells + tasks.rows[1].cells,
                          ("TT", "Nội dung", "Đơn vị chủ trì", "1", "Tổ chức Ngày hội hiến máu", "Sở Y tế")):
        cell.text = text
    signatures = document.add_table(rows=1, cols=3)
    signatures.cell(0, 0).text = "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nTrần Thị Lan"
    signatures.cell(0, 1).text = ""
    signatures.cell(0, 2).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Hùng"
    document.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    path = tmp_path / "khlt-07.docx"
    document.save(str(path))
    text = load_document(path).text
    assert "| CỘNG HÒA" not in text and "TM. BAN THƯỜNG VỤ |" not in text  # read cell by cell
    assert "1 | Tổ chức Ngày hội hiến máu | Sở Y tế" in text  # a table of data keeps its rows
    metadata = read_frame(text).metadata
    assert (metadata["number"], metadata["type"], metadata["signer"]) == (
        "07/KHLT-SYT-HCTĐ", "Kế hoạch liên tịch", "Trần Thị Lan và Lê Văn Hùng")


def test_a_markdown_frame_of_three_columns_is_read_cell_by_cell(tmp_path):
    source = ("| UBND TỈNH NAM SƠN<br>SỞ Y TẾ | HỘI CHỮ THẬP ĐỎ<br>TỈNH NAM SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
              "Độc lập - Tự do - Hạnh phúc |\n|---|---|---|\n| Số: 07/KHLT-SYT-HCTĐ | | Nam Sơn, ngày 14 tháng 3 năm 2025 |\n\n"
              "KẾ HOẠCH LIÊN TỊCH\n\nVận động hiến máu tình nguyện năm 2025\n\n1. Tổ chức 02 Ngày hội hiến máu.\n")
    path = tmp_path / "khlt-07.md"
    path.write_text(source, encoding="utf-8")
    text = load_document(path).text
    assert len(text) == len(source) and "|" not in text.split("KẾ HOẠCH")[0]
    metadata = read_frame(text).metadata
    assert (metadata["number"], metadata["date"]) == ("07/KHLT-SYT-HCTĐ", "2025-03-14")


def test_two_signatures_side_by_side_a_row_each_in_markdown_are_read_as_two_blocks(tmp_path):
    source = ("SỐ: 05/QCPH-CTĐ-CA\n\nQUY CHẾ PHỐI HỢP\n\nGiữa Hội Chữ thập đỏ tỉnh và Công an tỉnh Nam Sơn\n\n"
              "Điều 1. Hai bên phối hợp vận động hiến máu./.\n\n"
              "| CÔNG AN TỈNH NAM SƠN | HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN |\n|---|---|\n| KT. GIÁM ĐỐC | TM. BAN THƯỜNG VỤ |\n"
              "| PHÓ GIÁM ĐỐC | CHỦ TỊCH |\n| (Đã ký) | (Đã ký) |\n| Đại tá Lê Văn Hùng | Trần Thị Lan |\n\n"
              "**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n")
    path = tmp_path / "qc-05.md"
    path.write_text(source, encoding="utf-8")
    assert read_frame(load_document(path).text).metadata["signer"] == "Đại tá Lê Văn Hùng và Trần Thị Lan"


def test_a_joint_frame_in_bold_over_three_columns_names_both_issuers(tmp_path):
    source = ("| HỘI CHỮ THẬP ĐỎ VIỆT NAM<br>**HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN** | ĐOÀN TNCS HỒ CHÍ MINH<br>**BCH TỈNH NAM SƠN** "
              "| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|---|---|---|\n"
              "| Số: 21/KHLT-CTĐ-TĐTN | | *Nam Sơn, ngày 16 tháng 5 năm 2025* |\n\n# KẾ HOẠCH LIÊN TỊCH\n\n"
              "**Tổ chức hiến máu mùa hè năm 2025**\n\n1. Tổ chức 05 ngày hội hiến máu.\n")
    path = tmp_path / "khlt-21.md"
    path.write_text(source, encoding="utf-8")
    metadata = read_frame(load_document(path).text).metadata
    assert (metadata["number"], metadata["date"], metadata["type"]) == ("21/KHLT-CTĐ-TĐTN", "2025-05-16", "Kế hoạch liên tịch")
    assert metadata["issuer"] == "Hội Chữ thập đỏ tỉnh Nam Sơn và Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Nam Sơn"


def test_a_table_aligned_with_spaces_under_a_rule_of_dashes_is_read_as_a_table(tmp_path):
    text = ("1. Công tác tổ chức\n\n"
            "   Chỉ tiêu                 Đơn vị tính    Kết quả\n"
            "   ----------------------   -----------    -------\n"
            "   Tổng số hội viên         người          148.320\n"
            "   Quà cho hộ nghèo, người\n"
            "     khuyết tật             suất             3.460\n"
            "   ----------------------   -----------    -------\n"
            "   Cộng                                     151.780\n\n"
            "Sau hợp nhất, Hội có 04 ban - không còn cấp huyện.\n")
    lines = loaded_lines(tmp_path, "bao-cao.txt", text)
    assert [c.strip() for c in lines[2].split("|")] == ["Chỉ tiêu", "Đơn vị tính", "Kết quả"]
    assert "+" in lines[3] and [c.strip() for c in lines[4].split("|")] == ["Tổng số hội viên", "người", "148.320"]
    # a first cell continued on the next line is one row
    assert [" ".join(c.split()) for c in lines[5].split("|")] == ["Quà cho hộ nghèo, người khuyết tật", "suất", "3.460"]
    assert [c.strip() for c in lines[7].split("|")] == ["Cộng", "", "151.780"]
    assert lines[-2] == "Sau hợp nhất, Hội có 04 ban - không còn cấp huyện."  # prose is left as written
    # the rules under a text's frame are no table's
    frame = ("ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "TỈNH QUẢNG BÌNH                      Độc lập - Tự do - Hạnh phúc\n"
             "-------                              ---------------\n"
             "Số: 14/CĐ-UBND                Quảng Bình, ngày 02 tháng 11 năm 2024\n\nCÔNG ĐIỆN\n")
    path = tmp_path / "bao-cao.txt"
    path.write_text(frame, encoding="utf-8")
    assert load_document(path).text == frame


def test_a_table_under_runs_of_dashes_with_a_two_line_header_wrapped_cells_and_a_page_break_reads_row_by_row(tmp_path):
    head = "Kế hoạch số 07/KH-BCĐ ngày 18/01/2027 - Hành trình Đỏ"
    page = f"\n\n                         Trang 1/2\n\f{head}\n{'-' * 60}\n\n"
    text = ("- Lịch cụ thể như sau:\n\n"
            "STT  Huyện          Ngày         Địa điểm                      Chỉ tiêu\n"
            "                                                               (đơn vị)\n"
            "---  -------------  -----------  ----------------------------  --------\n"
            " 1   TP. Bến Tre    Thứ Bảy,     Trung tâm Văn hóa tỉnh,            550\n"
            "                    05/6/2027    số 88 đường Đồng Khởi\n"
            " 2   Châu Thành     Chủ nhật,    Hội trường UBND huyện              300\n"
            f"                    13/6/2027{page}"
            "                                  Châu Thành\n"
            " 3   Chợ Lách       Chủ nhật,    Nhà Văn hóa huyện Chợ Lách         220\n"
            "                    20/6/2027\n"
            "---  -------------  -----------  ----------------------------  --------\n"
            "     Tổng cộng                                                    1.070\n\n"
            "- Trường hợp cần điều chỉnh ngày, Ban Chỉ đạo cấp huyện báo cáo trước 07 ngày.\n"
            f"{page}- Người hiến máu được tặng 01 phần quà.\n")
    lines = [[" ".join(c.split()) for c in line.split("|")] for line in loaded_lines(tmp_path, "kh-07.txt", text) if "|" in line]
    # (the header's two lines column by column; each row with its cells' wrapped words, the page's furniture left out)
    assert lines[0] == ["STT", "Huyện", "Ngày", "Địa điểm", "Chỉ tiêu (đơn vị)"]
    assert lines[1] == ["1", "TP. Bến Tre", "Thứ Bảy, 05/6/2027", "Trung tâm Văn hóa tỉnh, số 88 đường Đồng Khởi", "550"]
    assert lines[2] == ["2", "Châu Thành", "Chủ nhật, 13/6/2027", "Hội trường UBND huyện Châu Thành", "300"]
    assert lines[3] == ["3", "Chợ Lách", "Chủ nhật, 20/6/2027", "Nhà Văn hóa huyện Chợ Lách", "220"]
    assert lines[4] == ["", "Tổng cộng", "", "", "1.070"]  # (the total under the rule that closes the rows: a row)
    assert len(lines) == 5  # (the sentences after the table stand as written)


def test_a_table_aligned_with_spaces_with_no_rule_under_a_numbered_header_is_read_as_a_table(tmp_path):
    text = ("B. Cá nhân (03 cá nhân, mức thưởng 750.000 đồng/cá nhân)\n"
            "STT  Họ và tên          Chức vụ, đơn vị                          Số tiền (đồng)\n"
            "1    Lò Thị Hạnh        Bác sĩ, Bệnh viện Đa khoa tỉnh           750.000\n"
            "2    Vì Văn Sơn         Người hiến máu 42 lần, xã Chiềng Ngần    750.000\n"
            "3    Nguyễn Thu Trang   Sinh viên, Chủ nhiệm CLB Ngân hàng máu sống   750.000\n"
            "     Cộng                                                         2.250.000\n\n"
            "Tổng kinh phí  khen thưởng là  2.250.000 đồng.\n")
    lines = [[c.strip() for c in line.split("|")] for line in loaded_lines(tmp_path, "danh-sach.txt", text)]
    assert lines[1] == ["STT", "Họ và tên", "Chức vụ, đơn vị", "Số tiền (đồng)"]
    assert lines[3] == ["2", "Vì Văn Sơn", "Người hiến máu 42 lần, xã Chiềng Ngần", "750.000"]
    # a cell that runs past its column, and a row with blank cells, keep their columns
    assert lines[4] == ["3", "Nguyễn Thu Trang", "Sinh viên, Chủ nhiệm CLB Ngân hàng máu sống", "750.000"]
    assert lines[5][1:] == ["Cộng", "", "2.250.000"]
    assert lines[7] == ["Tổng kinh phí  khen thưởng là  2.250.000 đồng."]  # prose is left as written


def test_a_table_aligned_with_spaces_under_one_rule_across_it_is_read_with_its_two_line_header(tmp_path):
    text = ("Kết quả phân bổ theo từng xã:\n\n"
            "STT  Xã           Số hộ được   Gạo      Tiền mặt\n"
            "                  hỗ trợ       (kg)     (đồng)\n"
            "----------------------------------------------------\n"
            "1    Y Tý         214          6.200    412.000.000\n"
            "2    A Mú Sung    168          4.800    318.000.000\n"
            "----------------------------------------------------\n"
            "     Cộng         382          11.000   730.000.000\n\n"
            "2. Sơ cấp cứu tại điểm sơ tán.\n")
    lines = loaded_lines(tmp_path, "bao-cao-nhanh.txt", text)
    assert [c.strip() for c in lines[2].split("|")] == ["STT", "Xã", "Số hộ được hỗ trợ", "Gạo (kg)", "Tiền mặt (đồng)"]
    assert "+" in lines[3] and [c.strip() for c in lines[4].split("|")] == ["1", "Y Tý", "214", "6.200", "412.000.000"]
    assert [c.strip() for c in lines[7].split("|")] == ["", "Cộng", "382", "11.000", "730.000.000"]
    assert lines[-2] == "2. Sơ cấp cứu tại điểm sơ tán."  # prose is left as written
    # a rule under a title, with no rows of a table below it, is left as written
    ruled = "BÁO CÁO NHANH\n------------------------------\n\nI. TÌNH HÌNH\n"
    (tmp_path / "ruled.txt").write_text(ruled, encoding="utf-8")
    assert load_document(tmp_path / "ruled.txt").text == ruled


def test_a_header_of_labels_of_several_words_is_cut_where_it_leaves_two_spaces(tmp_path):
    # numbers set right under labels set left: the rows' gaps run under "Số buổi", which one space divides
    text = ("Khu vực                  Số buổi   Lượt đăng ký   Đơn vị máu\n"
            "------------------------------------------------------------\n"
            "Phía Tây                      58          7.460        6.528\n"
            "Toàn tỉnh                     85         10.880        9.412\n")
    (tmp_path / "bc.txt").write_text(text, encoding="utf-8")
    lines = load_document(tmp_path / "bc.txt").text.split("\n")
    assert [c.strip() for c in lines[0].split("|")] == ["Khu vực", "Số buổi", "Lượt đăng ký", "Đơn vị máu"]
    assert [c.strip() for c in lines[3].split("|")] == ["Toàn tỉnh", "85", "10.880", "9.412"]


def test_a_header_written_over_three_lines_is_read_column_by_column(tmp_path):
    text = ("STT  Xã, phường         Nhà sập,    Lúa, hoa màu   Ước thiệt hại\n"
            "                        cuốn trôi   thiệt hại      (triệu đồng)\n"
            "                        (cái)       (ha)\n"
            "----------------------------------------------------------------\n"
            "1    Phường Đồng Hới    2           12,5           48.600\n"
            "2    Xã Triệu Phong     2           210,5          23.400\n")
    loaded = loaded_text(tmp_path, text)
    assert len(loaded) == len(text)
    assert [c.strip() for c in loaded.split("\n")[0].split("|")] == [
        "STT", "Xã, phường", "Nhà sập, cuốn trôi (cái)", "Lúa, hoa màu thiệt hại (ha)", "Ước thiệt hại (triệu đồng)"]


def test_the_sentence_that_leads_a_table_in_is_no_line_of_its_header(tmp_path):
    text = ("1. Sở chỉ huy đặt tại Bộ Chỉ huy Quân sự tỉnh. Khi xảy ra sạt lở\n"
            "nghiêm trọng, lập Sở chỉ huy phía trước tại xã nơi xảy ra sự cố.\n"
            "2. Phân công chỉ huy và danh bạ liên lạc:\n"
            "Họ và tên                  Chức vụ                        Điện thoại\n"
            "-----------------------------------------------------------------------\n"
            "Nguyễn Mạnh Cường          Trưởng ban                     0913 268 001\n"
            "Lục Văn Sinh               Phó Trưởng ban                 0915 472 336\n")
    lines = loaded_text(tmp_path, text).split("\n")
    assert lines[:3] == text.split("\n")[:3]  # (the sentences above stand as written)
    assert "Điện thoại" in lines[3] and "|" in lines[3]


def test_a_table_under_a_full_width_rule_at_the_top_of_a_file_is_read(tmp_path):
    text = "STT  Xã        Số hộ\n----------------------\n1    Y Tý      214\n2    A Mú      168\n\nVăn bản tiếp.\n"
    (tmp_path / "bang.txt").write_text(text, encoding="utf-8")
    lines = load_document(tmp_path / "bang.txt").text.split("\n")
    assert [c.strip() for c in lines[0].split("|")] == ["STT", "Xã", "Số hộ"]
    assert [c.strip() for c in lines[2].split("|")] == ["1", "Y Tý", "214"]


def test_a_header_of_labels_over_rows_of_figures_aligned_with_spaces_is_a_table_s(tmp_path):
    text = ("3. Số lượng quà dự kiến phân bổ như sau:\n\n"
            "   Đơn vị              Hộ nghèo    Hộ cận nghèo    Quà MTTQ-CTĐ\n"
            "   Phường 1               42            78              30\n"
            "   Xã Long Đức           130           208              97\n"
            "   Cộng                  612         1.047             450\n\n"
            "Ông Nguyễn Văn A           Phó Chủ tịch      0913 268 001\n"
            "Bà Trần Thị B              Ủy viên           0915 472 336\n")
    lines = loaded_text(tmp_path, text).split("\n")
    assert [c.strip() for c in lines[2].split("|")] == ["Đơn vị", "Hộ nghèo", "Hộ cận nghèo", "Quà MTTQ-CTĐ"]
    assert [c.strip() for c in lines[4].split("|")] == ["Xã Long Đức", "130", "208", "97"]
    assert [c.strip() for c in lines[5].split("|")] == ["Cộng", "612", "1.047", "450"]
    assert lines[7:9] == text.split("\n")[7:9]  # (no header of labels, cells not all figures: left as written)


def test_the_rule_under_a_frame_aligned_with_spaces_is_no_table_s(tmp_path):
    # the Quốc hiệu's rule over "Số: …" and the trích yếu beside the date: two columns, no table
    text = ("ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "THÀNH PHỐ TRÀ VINH                           Độc lập - Tự do - Hạnh phúc\n"
            "                                          ---------------------------------\n"
            "Số: 2417/UBND-LĐTBXH\n"
            "V/v rà soát, lập danh sách hộ nghèo,          Trà Vinh, ngày 24 tháng 11 năm 2027\n"
            "hộ cận nghèo nhận quà Tết\n\n"
            "Kính gửi: Ủy ban nhân dân các phường, xã.\n\n"
            "Ủy ban nhân dân thành phố đề nghị các phường, xã rà soát danh sách.\n")
    loaded = loaded_text(tmp_path, text)
    assert loaded == text
    frame = read_frame(loaded)
    assert (frame.metadata["number"], frame.metadata["date"], frame.metadata["type"]) == (
        "2417/UBND-LĐTBXH", "2027-11-24", "Công văn")
    assert frame.metadata["issuer"] == "Ủy ban nhân dân thành phố Trà Vinh"


def test_a_table_ruled_above_its_header_and_between_rows_and_total_keeps_its_total_in_the_table(tmp_path):
    text = ("2. Kết quả theo từng xã:\n\n"
            "----------------------------------------------\n"
            "STT Xã             Số hộ   Tiền mặt (đồng)\n"
            "----------------------------------------------\n"
            "1   Cần Giuộc        512       398.000.000\n"
            "2   Cần Đước         455       352.800.000\n"
            "----------------------------------------------\n"
            "    Tổng cộng        967       750.800.000\n")
    loaded = loaded_text(tmp_path, text)
    lines = loaded.split("\n")
    assert len(loaded) == len(text) and lines[2].startswith("-") and "+" not in lines[2]  # (the rule over it stays)
    assert [c.strip() for c in lines[3].split("|")] == ["STT", "Xã", "Số hộ", "Tiền mặt (đồng)"]
    assert [c.strip() for c in lines[6].split("|")] == ["2", "Cần Đước", "455", "352.800.000"]
    assert "+" in lines[7]  # (the rule between the rows and the total goes on with the table)
    assert [c.strip() for c in lines[8].split("|")] == ["", "Tổng cộng", "967", "750.800.000"]


def test_a_table_whose_rows_wrap_over_lines_with_a_blank_line_between_them_reads_a_row_a_line(tmp_path):
    rule = "-" * 60
    text = "\n".join([rule, "Ngày        Địa điểm                    Chỉ tiêu", rule,
                      "07/3/2026   Hội trường UBND phường      350", "(Thứ Bảy)   Buôn Ma Thuột", "",
                      "14/3/2026   Trường Đại học Tây          500", "(Thứ Bảy)   Nguyên", rule,
                      "Tổng cộng                               850", "", "Văn bản tiếp.", "", "Một đoạn khác.", ""])
    loaded = loaded_text(tmp_path, text)
    lines = loaded.split("\n")
    assert len(loaded) == len(text)
    assert cells(lines[3]) == ["07/3/2026 (Thứ Bảy)", "Hội trường UBND phường Buôn Ma Thuột", "350"]
    assert cells(lines[4]) == ["14/3/2026 (Thứ Bảy)", "Trường Đại học Tây Nguyên", "500"]
    assert cells(lines[6]) == ["Tổng cộng", "", "850"]
    assert lines[-4:-1] == ["Văn bản tiếp.", "", "Một đoạn khác."]  # (the text after it as it was)


def test_a_table_under_its_unit_with_totals_under_the_rule_that_closes_its_rows_is_read_whole(tmp_path):
    text = ("1. Tổng dự toán đề nghị: 6.730.000.000 đồng, chi tiết như sau:\n\n"
            "Đơn vị tính: đồng\n"
            "STT  Nội dung chi                          Năm 2027       Năm 2028\n"
            "------------------------------------------------------------------\n"
            "1    Tập huấn Đội ứng phó thảm họa         480.000.000    360.000.000\n"
            "2    Mua sắm trang thiết bị                1.250.000.000  350.000.000\n"
            "3    Quản lý dự án                         240.000.000    180.000.000\n"
            "------------------------------------------------------------------\n"
            "     TỔNG CỘNG                             1.970.000.000  890.000.000\n")
    loaded = loaded_text(tmp_path, text)
    lines = loaded.split("\n")
    assert len(loaded) == len(text) and lines[2] == "Đơn vị tính: đồng"
    assert cells(lines[3]) == ["STT", "Nội dung chi", "Năm 2027", "Năm 2028"]
    assert cells(lines[7]) == ["3", "Quản lý dự án", "240.000.000", "180.000.000"]
    assert cells(lines[9]) == ["", "TỔNG CỘNG", "1.970.000.000", "890.000.000"]


def cells(line: str) -> list[str]:
    """A loaded table line's cells, without the spaces that align them."""
    return [c.strip() for c in line.split("|")]


def loaded_text(tmp_path, text: str) -> str:
    """The text a plain-text file holding `text` is loaded as."""
    (tmp_path / "bc.txt").write_text(text, encoding="utf-8")
    return load_document(tmp_path / "bc.txt").text
