"""OCR: scans read into the text a typed file holds (layout, cleaning), and a scanned seed measured.

The layout and cleaning tests build Tesseract's word boxes by hand. The rest read a real scan made
for the session (`scanned_notice`: corpus/cv-1277-hu-lacduong.md printed at 200 dpi, tilted, noisy,
JPEG-compressed, as an image-only PDF) with Debian's Tesseract and its Vietnamese model.
"""

import shutil
import unicodedata

import pytest
from typer.testing import CliRunner

from retrieval.errors import LoadError
from retrieval.ingest import ocr
from retrieval.ingest.header import read_frame
from retrieval.ingest.loaders import load_document
from retrieval.ingest.ocr import INSTALL_COMMAND, OcrOptions, OcrUnavailableError, Word, clean_text, finish, read_page, usable_text
from retrieval.ingest.parser import parse_document
from retrieval.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.utils.fixtures import seed_blocks, write_pdf
from tests.utils.scans import character_error_rate

DOCUMENT_ID = "cv-1277-hu-lacduong"
CHAR, HEIGHT, STEP = 16, 30, 48
LEFT, RIGHT = 200, 1480


# -- word boxes by hand ----------------------------------------------------------------------------


def placed(text: str, x: int, y: int, conf: float = 95.0) -> list[Word]:
    """Words of `text` from x at line y, one space between them."""
    words = []
    for token in text.split():
        words.append(Word(token, x, y, len(token) * CHAR, HEIGHT, conf))
        x += (len(token) + 1) * CHAR
    return words


def justified(text: str, x: int, y: int, right: int = RIGHT) -> list[Word]:
    """Words of `text` spread from x to `right`, as a justified line is printed."""
    words = placed(text, x, y)
    spare = (right - words[-1].right) / max(len(words) - 1, 1)
    for i, word in enumerate(words):
        word.left += round(i * spare)
    return words


def page(*lines: list[Word], number: int = 1, slope: float = 0.0):
    """A page of the given lines (each one Tesseract line), tilted by `slope` (x shift per pixel down)."""
    words = []
    for i, line in enumerate(lines):
        for word in line:
            word.left += round(slope * word.top)
            words.append(((1, 1, i + 1), word))
    return read_page(number, words, 1654)


def wrapped(text: str, y: int, indent: int = 64) -> list[list[Word]]:
    """A paragraph set in justified lines of about 78 characters, the first indented, the last short."""
    tokens, lines, current = text.split(), [], []
    for token in tokens:
        if current and len(" ".join([*current, token])) > (78 if lines else 74):
            lines.append(current)
            current = []
        current.append(token)
    lines.append(current)
    out = []
    for i, words in enumerate(lines):
        x = LEFT + (indent if i == 0 else 0)
        out.append(placed(" ".join(words), x, y) if i == len(lines) - 1 else justified(" ".join(words), x, y))
        y += STEP
    return out


PARAGRAPH = (
    "Ngày 28/3/2024, Ban Thường vụ Tỉnh ủy ban hành Công văn số 3678-CV/TU về triển khai các nhiệm vụ "
    "trọng tâm công tác Hội và phong trào Chữ thập đỏ năm 2024, yêu cầu các cấp ủy, tổ chức đảng, chính "
    "quyền thực hiện tốt một số nhiệm vụ trọng tâm sau:"
)
ITEM = (
    "1. Tiếp tục quán triệt, triển khai thực hiện nghiêm túc các đường lối, chủ trương của Đảng, chính sách, "
    "pháp luật của Nhà nước có liên quan đến công tác chữ thập đỏ trên địa bàn huyện."
)


def header_lines() -> list[list[Word]]:
    """The two-column frame as Tesseract often returns it: each row across both columns in one line."""
    return [
        placed("ĐẢNG BỘ TỈNH LÂM ĐỒNG", 260, 100) + placed("ĐẢNG CỘNG SẢN VIỆT NAM", 950, 100),
        placed("HUYỆN ỦY LẠC DƯƠNG", 290, 148),
        placed("Số 1277-CV/HU", 340, 196) + placed("Lạc Dương, ngày 29 tháng 3 năm 2024", 880, 196),
        placed("V/v thực hiện nhiệm vụ trọng tâm công tác", 120, 244),
        placed("Hội và phong trào Chữ thập đỏ năm 2024", 150, 292),
    ]


def test_two_column_header_is_read_left_column_first():
    lines = header_lines() + [placed("Kính gửi: Ủy ban nhân dân huyện.", 420, 390)] + wrapped(PARAGRAPH, 470)
    [text] = finish([page(*lines)])
    blocks = text.split("\n\n")
    assert blocks[:2] == [
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY LẠC DƯƠNG\nSố 1277-CV/HU\n"
        "V/v thực hiện nhiệm vụ trọng tâm công tác\nHội và phong trào Chữ thập đỏ năm 2024",
        "ĐẢNG CỘNG SẢN VIỆT NAM\nLạc Dương, ngày 29 tháng 3 năm 2024",
    ]
    assert blocks[-1] == PARAGRAPH
    metadata = read_frame(text).metadata
    assert (metadata["number"], metadata["date"], metadata["type"]) == ("1277-CV/HU", "2024-03-29", "Công văn")
    assert metadata["issuer"] == "Huyện ủy Lạc Dương"


def test_a_ruled_table_is_read_row_by_row_under_its_centred_header():
    # as Tesseract returns a ruled table: a row's cells in one line, a ruling read as "|" or "_", a row's number run into
    # the cell beside it, the header centred over its columns
    rows = [placed("TT", 230, 100) + placed("Xã, phường", 480, 100) + placed("Số hộ bị ảnh hưởng", 820, 100)
            + placed("Số suất quà", 1240, 100)]
    rows += [placed("1 Xã Lệ Giang", 210, 160) + placed("1.240", 900, 160) + placed("520", 1290, 160),
             placed("2_ | Xã Phú Thủy Đông", 210, 220) + placed("860", 910, 220) + placed("380", 1290, 220),
             placed("Tổng cộng", 500, 280) + placed("2.100", 900, 280) + placed("900", 1290, 280)]
    [text] = finish([page(*wrapped(PARAGRAPH, 20 - 3 * STEP), *rows)])
    assert text.split("\n\n")[-1] == ("TT | Xã, phường | Số hộ bị ảnh hưởng | Số suất quà\n1 | Xã Lệ Giang | 1.240 | 520\n"
                                       "2 | Xã Phú Thủy Đông | 860 | 380\n | Tổng cộng | 2.100 | 900")
    # a frame of two columns is no table
    assert "|" not in finish([page(*header_lines())])[0]


def test_a_numbered_table_s_cells_wrapped_over_lines_are_read_into_their_row():
    rows = [placed("TT", 190, 100) + placed("Họ tên", 420, 100) + placed("Đơn vị", 1010, 100) + placed("Thành tích", 1550, 100)]
    rows += [placed("1 |Ông Nguyễn Văn Hùng", 210, 160) + placed("Chủ tịch Hội Chữ thập đỏ", 810, 160)
             + placed("Vận động 2,4 tỷ đồng cho hoạt", 1370, 160),
             placed("phường Mỹ Tho", 810, 208) + placed("động nhân đạo", 1370, 208),
             placed("2_ | Bà Lê Thị Kim Thoa", 210, 270) + placed("Phó Chủ tịch Hội Chữ thập đỏ", 806, 270)
             + placed("Hiến máu tình nguyện 42 lần", 1368, 270),
             placed("phường Cao Lãnh", 808, 318)]
    after = wrapped("Danh sách này có 02 cá nhân được khen thưởng trong năm 2026, kèm theo Quyết định số 87/QĐ-HCTĐ.", 400)
    [text] = finish([page(*rows, *after)])
    assert text.split("\n\n")[0] == (
        "TT | Họ tên | Đơn vị | Thành tích\n"
        "1 | Ông Nguyễn Văn Hùng | Chủ tịch Hội Chữ thập đỏ phường Mỹ Tho | Vận động 2,4 tỷ đồng cho hoạt động nhân đạo\n"
        "2 | Bà Lê Thị Kim Thoa | Phó Chủ tịch Hội Chữ thập đỏ phường Cao Lãnh | Hiến máu tình nguyện 42 lần")
    assert text.split("\n\n")[-1].startswith("Danh sách này có 02 cá nhân")  # (prose after it is no row)


def test_a_header_wrapped_over_and_under_its_line_and_rows_a_page_break_carried_over_are_read_as_one_table():
    # "Chỉ tiêu vận" over "STT  Đơn vị  động (triệu  Số hộ" over "đồng)  hỗ trợ": the header's cells wrapped; the
    # next page opens on row 3, its number run into its cell, no header
    first = [placed("Chỉ tiêu vận", 1060, 100) + placed("Số hộ được", 1390, 100),
             placed("STT", 230, 140) + placed("Đơn vị", 600, 140) + placed("động (triệu", 1060, 140) + placed("hỗ trợ", 1400, 140),
             placed("đồng)", 1110, 180)]
    first += [placed("1 |Phường Xuân Hương", 250, 250) + placed("650", 1130, 250) + placed("120", 1420, 250),
              placed("2_ |Phường Lâm Viên", 250, 310) + placed("520", 1130, 310) + placed("96", 1430, 310)]
    second = [placed("3_ |Phường Phan Thiết", 280, 100) + placed("600", 1150, 100) + placed("110", 1450, 100),
              placed("4 Phường Mũi Né", 280, 160) + placed("450", 1150, 160) + placed("80", 1455, 160),
              placed("Tổng cộng", 600, 220) + placed("2.220", 1140, 220) + placed("406", 1450, 220)]
    one, two = finish([page(*first), page(*second, number=2)])
    assert one == ("STT | Đơn vị | Chỉ tiêu vận động (triệu đồng) | Số hộ được hỗ trợ\n1 | Phường Xuân Hương | 650 | 120\n"
                   "2 | Phường Lâm Viên | 520 | 96")
    assert two == "3 | Phường Phan Thiết | 600 | 110\n4 | Phường Mũi Né | 450 | 80\n | Tổng cộng | 2.220 | 406"


def test_wrapped_lines_join_into_paragraphs_and_items_stay_apart():
    lines = wrapped(PARAGRAPH, 100)
    lines += wrapped(ITEM, lines[-1][0].top + STEP + 20)
    [text] = finish([page(*lines)])
    assert text == f"{PARAGRAPH}\n\n{ITEM}"


def test_a_tilted_scan_keeps_its_paragraphs():
    lines = wrapped(PARAGRAPH, 100)
    lines += wrapped(ITEM, lines[-1][0].top + STEP)  # no extra gap: only the indent marks the new paragraph
    [text] = finish([page(*lines, slope=0.0175)])  # 1°: the left margin drifts 35 px down the page
    assert text == f"{PARAGRAPH}\n\n{ITEM}"


def test_hyphen_at_a_line_end_joins_without_a_space():
    first = "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh và Quyết định số 895/QĐ-"
    lines = [justified(first, LEFT + 64, 100), placed("TTg ngày 26/7/2023 của Thủ tướng Chính phủ.", LEFT, 148)]
    [text] = finish([page(*lines)])
    assert text == f"{first}TTg ngày 26/7/2023 của Thủ tướng Chính phủ."


def test_page_numbers_and_running_headers_are_dropped():
    body = "Các cấp ủy, chính quyền từ huyện đến cơ sở thường xuyên quan tâm củng cố tổ chức bộ máy."
    pages = [
        page(placed("CÔNG VĂN SỐ 1277-CV/HU", 600, 60), placed(body, LEFT, 200), placed("Trang 1/2", 760, 2200), number=1),
        page(placed("- 2 -", 800, 40), placed("CÔNG VĂN SỐ 1277-CV/HU", 600, 80), placed(body, LEFT, 200), number=2),
    ]
    assert finish(pages) == [body, body]
    # (a speck after a page's number read as a stop: "2.")
    assert finish([page(placed("2.", 800, 40), placed(body, LEFT, 200), number=2)]) == [body]


def test_unsure_marks_at_line_ends_are_dropped_and_bullets_kept():
    noisy = [Word("_", 150, 100, 12, 4, 31.0)] + placed("- Thường trực Huyện ủy,", LEFT, 100) + [Word(":", 1500, 100, 6, 20, 22.0)]
    [text] = finish([page(noisy)])
    assert text == "- Thường trực Huyện ủy,"


def test_noise_at_a_column_s_ends_glued_to_a_word_or_read_as_a_short_word_is_dropped():
    """A two-column frame under a seal's speckle: specks at the ends of each column ("DÂN _.", ".. CỘNG"), a rule read
    as "To" with no confidence, noise glued before a word ("-'Kính"), a lone "`" inside a line."""
    first = placed("ỦY BAN NHÂN DÂN _.", LEFT, 100) + placed(".. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 900, 100)
    second = placed("XÃ TÀ ĐÙNG.", LEFT, 150) + [Word("To", 700, 150, 32, 20, 0.0)] + placed("Độc lập - Tự do - Hạnh phúc", 1000, 150)
    numbered = placed("Số: 1187/UBND-VHXH", LEFT, 200) + placed("Tà Đùng, ngày 23 tháng 10 năm 2026", 1000, 200)
    third = placed("-'Kính gửi: Ủy ban Mặt trận Tổ quốc ` Việt Nam xã;", LEFT, 300)
    body = placed("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh.", LEFT, 400)
    [text] = finish([page(first, second, numbered, third, body)])
    assert text.split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "XÃ TÀ ĐÙNG."]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" in text and "To" not in text.split()
    metadata = read_frame(text).metadata
    assert (metadata["issuer"], metadata["date"]) == ("Ủy ban nhân dân xã Tà Đùng", "2026-10-23")
    assert metadata["recipients"] == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_characters_are_cleaned():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert clean_text(decomposed) == "Việt Nam"
    assert clean_text("ðoàn thể, Ðảng") == "đoàn thể, Đảng"
    assert clean_text("Vie\u0302 \u0323t Nam") == "Việt Nam"  # a mark Tesseract set apart from its letter
    assert clean_text("theo tỉnh thần chỉ đạo") == "theo tinh thần chỉ đạo"
    # (the dot under "a" read into a body's name; a subject's "V/v" and an item's stop misread)
    assert clean_text("ỦY BẠN NHÂN DÂN\nVW. triển khai cứu trợ\n1: Hội Chữ thập đỏ xã\n5, Trạm Y tế xã\n2, 3 và 4 ngày") == \
        "ỦY BAN NHÂN DÂN\nV/v triển khai cứu trợ\n1. Hội Chữ thập đỏ xã\n5. Trạm Y tế xã\n2, 3 và 4 ngày"
    # (a count's leading zero read as a letter; not a quarter's "Q2 năm 2027" or a district's "Q1,")
    assert clean_text("niêm yết ít nhất Q2 ngày, O5 người; Q2 năm 2027; Q1, TP.HCM") == \
        "niêm yết ít nhất 02 ngày, 05 người; Q2 năm 2027; Q1, TP.HCM"
    # (a dash opening a line read as a tilde; a space read inside a number after its hyphen)
    assert clean_text("2% Bệnh viện Đa khoa\n3% số hộ") == "2. Bệnh viện Đa khoa\n3% số hộ"
    assert clean_text("~ Trung tâm Y tế các khu vực.\nThực hiện Kế hoạch số 35/KH- UBND ngày 20/01/2026") == \
        "- Trung tâm Y tế các khu vực.\nThực hiện Kế hoạch số 35/KH-UBND ngày 20/01/2026"
    # (a speck read as a full stop inside a sentence, a word in lower case after it; a second stop at a sentence's end)
    assert clean_text("bảo đảm. mỗi phường có 30 đoàn viên. dự bị hiến máu; vận động hội viên Hội Chữ thập đỏ..") == \
        "bảo đảm mỗi phường có 30 đoàn viên dự bị hiến máu; vận động hội viên Hội Chữ thập đỏ."
    assert clean_text("Hoàn thành. Các đơn vị; sách, vở, v.v. cho học sinh; năm 2026. các; tổ chức... các") == \
        "Hoàn thành. Các đơn vị; sách, vở, v.v. cho học sinh; năm 2026. các; tổ chức... các"
    # (a millilitre read "mì" after a number; not the noodles a list counts)
    assert clean_text("hiến 01 đơn vị máu (250 mì). Mì tôm: 200 thùng; 50 mì gói") == \
        "hiến 01 đơn vị máu (250 ml). Mì tôm: 200 thùng; 50 mì gói"
    # (a speck read as a quote before an item's misread number; a stop between "ngày" and its date)
    assert clean_text('"1: Ban Thường trực các phường, xã\ntrình trước ngày. 15/4/2026; trong 02 ngày. 15 đội') == \
        "1. Ban Thường trực các phường, xã\ntrình trước ngày 15/4/2026; trong 02 ngày. 15 đội"


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("Ủy ban nhân dân huyện chỉ đạo các phòng, ban, ngành phối hợp hỗ trợ Hội Chữ thập đỏ.", True),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc", False),  # TCVN3 font
        ("(cid:31)(cid:32)(cid:33)(cid:34)(cid:35)(cid:36)", False),
        ("Scanned", False),
        ("", False),
    ],
)
def test_a_text_layer_is_kept_only_when_usable(text, usable):
    assert usable_text(text) is usable


# -- the scanned seed --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def typed():
    return parse_document(load_document(CORPUS / f"{DOCUMENT_ID}.md"), DOCUMENT_ID, _aliases())


def _aliases():
    from retrieval.ingest.actors import AliasTable

    return AliasTable.load()


@pytest.fixture(scope="module")
def scanned(scanned_notice):
    return parse_document(scanned_notice.loaded, DOCUMENT_ID, _aliases())


@pytest.mark.slow
@pytest.mark.integration
def test_scan_is_read_within_three_percent_character_error_rate(scanned_notice, record_property):
    loaded = scanned_notice.loaded
    rate = character_error_rate(loaded.text, scanned_notice.body)
    record_property("character_error_rate", rate)
    print(f"OCR character error rate on the scanned {DOCUMENT_ID}: {rate:.2%} (confidence {loaded.ocr_confidence})")
    assert rate <= 0.03
    assert loaded.ocr is True and loaded.format == "pdf"
    assert loaded.ocr_confidence >= ocr.LOW_CONFIDENCE and loaded.ocr_low_pages == []


@pytest.mark.slow
@pytest.mark.integration
def test_scan_yields_the_header_and_clauses_of_the_typed_file(scanned, typed):
    document = scanned.document
    assert (document.number, document.date, document.type) == ("1277-CV/HU", "2024-03-29", "Công văn")
    assert document.issuer == "Huyện ủy Lạc Dương" and document.signer == "Ya Tjong"
    assert document.title == typed.document.title
    assert [c.id for c in scanned.clauses] == [c.id for c in typed.clauses]
    assert document.recipients[:2] == ["Ủy ban nhân dân huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]


@pytest.fixture(scope="module")
def scan_settings(scanned_notice, corpus_assistant, corpus_settings, tmp_path_factory):
    """An index of the corpus with the typed cv-1277 replaced by its scan (embedding and OCR caches warm)."""
    folder = tmp_path_factory.mktemp("scan-index")
    corpus = folder / "corpus"
    corpus.mkdir()
    for source in CORPUS.glob("*.md"):
        if source.stem != DOCUMENT_ID:
            shutil.copy(source, corpus / source.name)
    shutil.copy(scanned_notice.pdf, corpus / scanned_notice.pdf.name)
    settings = make_settings(folder / "data", corpus_dir=corpus)
    settings.data_dir.mkdir(parents=True)
    shutil.copy(corpus_settings.data_dir / "embeddings.sqlite3", settings.data_dir / "embeddings.sqlite3")
    scanned_notice.seed(settings.data_dir)
    ingest(settings, embeddings=corpus_assistant.embeddings)
    return settings


@pytest.mark.slow
@pytest.mark.integration
def test_eval_questions_find_the_same_gold_clauses_on_the_scan(scan_settings, corpus_assistant, record_property):
    from eval.runner import ask_question
    from eval.schema import load_questions
    from retrieval.assistant import Assistant, question_log_muted

    questions = [q for q in load_questions() if any(g.startswith(f"{DOCUMENT_ID}:") for g in q.gold)]
    scan_assistant = Assistant(scan_settings, corpus_assistant.embeddings)
    same, misses = 0, []
    with question_log_muted():
        for question in questions:
            gold = {g for g in question.gold if g.startswith(f"{DOCUMENT_ID}:")}
            on_typed = gold & {c.clause_id for c in ask_question(corpus_assistant, question, None)[0].citations[:3]}
            on_scan = gold & {c.clause_id for c in ask_question(scan_assistant, question, None)[0].citations[:3]}
            if on_typed <= on_scan:
                same += 1
            else:
                misses.append((question.id, sorted(on_typed - on_scan)))
    rate = same / len(questions)
    record_property("same_gold_in_top3", rate)
    print(f"{same}/{len(questions)} eval questions about {DOCUMENT_ID} find the same gold in the top 3 on the scan ({rate:.1%}); misses: {misses}")
    assert len(questions) >= 10
    assert rate >= 0.9, misses


@pytest.mark.slow
@pytest.mark.integration
def test_ctd_documents_json_shows_ocr_and_confidence(scan_settings, monkeypatch):
    import json

    from bot.cli import app

    monkeypatch.setenv("CTD_DATA_DIR", str(scan_settings.data_dir))
    result = CliRunner().invoke(app, ["documents", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows[DOCUMENT_ID]["ocr"] is True and rows[DOCUMENT_ID]["ocr_confidence"] >= ocr.LOW_CONFIDENCE
    assert rows[DOCUMENT_ID]["number"] == "1277-CV/HU" and rows[DOCUMENT_ID]["ocr_low_pages"] == []
    assert rows["kh-ubnd-laichau-2023"]["ocr"] is False and rows["kh-ubnd-laichau-2023"]["ocr_confidence"] is None
    table = CliRunner().invoke(app, ["documents"])
    assert table.exit_code == 0 and "OCR" in table.stdout


@pytest.mark.slow
@pytest.mark.integration
def test_warm_reingest_does_not_read_the_scan_again(scan_settings, corpus_assistant, monkeypatch):
    def no_tesseract(*args, **kwargs):
        raise AssertionError("Tesseract ran for an unchanged scan")

    monkeypatch.setattr(ocr, "recognise", no_tesseract)
    report = ingest(scan_settings, embeddings=corpus_assistant.embeddings)
    assert DOCUMENT_ID in report.unchanged and not report.changed


@pytest.mark.slow
@pytest.mark.integration
def test_ocr_never_refuses_a_scan_and_always_reads_a_text_pdf(scanned_notice, tmp_path):
    with pytest.raises(LoadError) as refused:
        load_document(scanned_notice.pdf, OcrOptions(mode="never"))
    assert refused.value.reason.endswith("bỏ --ocr never để nhận dạng chữ")

    typed_pdf = write_pdf(seed_blocks("004")[:5], tmp_path / "cong-van.pdf")
    assert load_document(typed_pdf).ocr is False
    forced = load_document(typed_pdf, OcrOptions(mode="always"))
    assert forced.ocr is True and "HUYỆN ỦY LẠC DƯƠNG" in forced.text


@pytest.mark.slow
@pytest.mark.integration
def test_a_photo_of_a_page_is_read(scanned_notice, tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(scanned_notice.pdf))
    photo = tmp_path / "trang-2.jpg"
    pdf[1].render(scale=200 / 72).to_pil().save(photo, "JPEG", quality=70)
    pdf.close()
    loaded = load_document(photo)
    assert loaded.ocr is True and loaded.format == "jpg"
    assert "6. Giao Ban Dân vận Huyện ủy chủ trì" in loaded.text


def test_missing_tesseract_is_reported_with_the_command_that_installs_it(tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr.tesseract_problem.cache_clear()
    try:
        image = tmp_path / "anh.png"
        Image.new("L", (400, 200), 255).save(image)
        with pytest.raises(OcrUnavailableError) as caught:
            load_document(image)
        assert caught.value.reason == f"cần Tesseract để đọc văn bản quét; cài bằng: {INSTALL_COMMAND}"
    finally:
        ocr.tesseract_problem.cache_clear()


@pytest.mark.slow
@pytest.mark.integration
def test_ctd_ingest_without_tesseract_names_the_scan_and_the_install_command(tmp_path, monkeypatch):
    from PIL import Image

    from bot.cli import app

    folder = tmp_path / "van-ban"
    folder.mkdir()
    Image.new("L", (400, 200), 255).save(folder / "ban-quet.png")
    shutil.copy(CORPUS / f"{DOCUMENT_ID}.md", folder)
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    monkeypatch.setenv("CTD_DATA_DIR", str(tmp_path / "data"))
    ocr.tesseract_problem.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(folder)])
    finally:
        ocr.tesseract_problem.cache_clear()
    assert result.exit_code == 1
    assert f"ban-quet.png: cần Tesseract để đọc văn bản quét; cài bằng: {INSTALL_COMMAND}" in result.output
    assert "Traceback" not in result.output and "1 văn bản" in result.output


def test_a_signature_under_a_red_stamp_is_read_through_the_red_channel(tmp_path):
    """A round red stamp over the signer's title and name: read in grey, Tesseract loses the block; the red channel
    leaves the stamp as pale as the paper and the black (and the blue signature) dark."""
    from PIL import Image, ImageDraw

    from tests.utils.scans import _font

    page = Image.new("RGB", (1400, 600), "white")
    draw = ImageDraw.Draw(page)
    draw.ellipse((430, 40, 830, 440), outline=(220, 40, 40), width=14)  # the stamp's ring and its cross, under the ink
    draw.rectangle((600, 200, 660, 320), fill=(220, 40, 40))
    draw.rectangle((570, 230, 690, 290), fill=(220, 40, 40))
    for y, line in ((60, "KT. CHỦ TỊCH"), (120, "PHÓ CHỦ TỊCH"), (400, "Kim Văn Thành")):
        draw.text((520, y), line, fill="black", font=_font("-Bold"))
    draw.line((700, 330, 1000, 300), fill=(30, 40, 200), width=5)  # the signature, in blue ink
    assert ocr.without_red(page).getpixel((620, 250)) > 200 and ocr.without_red(page).getpixel((440, 240)) > 200
    path = tmp_path / "ky.png"
    page.save(path, dpi=(200, 200))
    text = load_document(path, OcrOptions(cache_dir=tmp_path / "ocr")).text
    assert "Kim Văn Thành" in text and "PHÓ CHỦ TỊCH" in text


def test_a_quantity_wrapped_onto_the_next_line_of_a_scan_stays_in_its_sentence():
    # ("300.000 đồng." after "trị giá": a thousands dot is no item's number)
    words = [(1, 1, 1), Word("mỗi", 100, 100, 60, 30, 95.0)], [(1, 1, 1), Word("phiếu", 170, 100, 80, 30, 95.0)], \
        [(1, 1, 1), Word("trị", 260, 100, 40, 30, 95.0)], [(1, 1, 1), Word("giá", 310, 100, 50, 30, 95.0)], \
        [(1, 1, 2), Word("300.000", 100, 150, 120, 30, 95.0)], [(1, 1, 2), Word("đồng.", 230, 150, 80, 30, 95.0)]
    page = read_page(1, [(key, word) for key, word in words], 1600)
    assert "trị giá 300.000 đồng." in finish([page])[0]
