"""The clause parser on the real seeds, the real corpus and a law-shaped text."""

from pathlib import Path

import pytest

from retrieval.ingest.actors import AliasTable
from retrieval.ingest.loaders import document_id_for, load_document
from retrieval.models import Actor, LoadedDocument, ParsedDocument
from retrieval.ingest.parser import parse_document
from tests.utils.fixtures import seed_path

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
FIXTURES = Path(__file__).parent / "fixtures"
LAI_CHAU = "kh-ubnd-laichau-2023"
SEED_IDS = {"000": "cv-981-tu-tphcm", "001": "kh-100-tu-daklak", "002": LAI_CHAU,
            "003": "bao-kl44-an-sinh-xa-hoi", "004": "cv-1277-hu-lacduong"}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return AliasTable.load()


def parse_text(path: Path, document_id: str, aliases: AliasTable) -> ParsedDocument:
    text = path.read_text(encoding="utf-8")
    return parse_document(LoadedDocument(path=str(path), format="txt", text=text), document_id, aliases)


def parse_source(source: str, prefix: str, aliases: AliasTable) -> ParsedDocument:
    """The raw seed (`source="seed"`) or its cleaned corpus file (`"corpus"`), parsed."""
    document_id = SEED_IDS[prefix]
    if source == "seed":
        return parse_text(seed_path(prefix), document_id, aliases)
    return parse_document(load_document(CORPUS / f"{document_id}.md"), document_id, aliases)


def under(parsed: ParsedDocument, *prefix: str):
    return [c for c in parsed.clauses if c.path[: len(prefix)] == list(prefix)]


def all_sources():
    seeds = [(seed_path(prefix), document_id) for prefix, document_id in SEED_IDS.items()]
    corpus = [(path, document_id_for(path)) for path in sorted(CORPUS.glob("*.md"))]
    return seeds + corpus + [(FIXTURES / "luat-mau.txt", "luat-mau")]


SOURCES = pytest.mark.parametrize("source", ["seed", "corpus"])


@SOURCES
def test_lai_chau_education_department_has_exactly_its_two_bullets(aliases, source):
    parsed = parse_source(source, "002", aliases)
    clauses = under(parsed, "III", "5")
    assert [c.path for c in clauses] == [["III", "5", "-1"], ["III", "5", "-2"]]
    assert [c.id for c in clauses] == [f"{LAI_CHAU}:iii.5.b1", f"{LAI_CHAU}:iii.5.b2"]
    assert [c.label for c in clauses] == ["Mục III, điểm 5, ý 1", "Mục III, điểm 5, ý 2"]
    assert all(c.headings == ["III. TỔ CHỨC THỰC HIỆN", "5. Sở Giáo dục và Đào tạo"] for c in clauses)
    assert all(c.actors == [Actor(name="Sở Giáo dục và Đào tạo", role="lead")] for c in clauses)
    assert clauses[0].text.startswith("Chỉ đạo quán triệt và triển khai thực hiện tốt Thông tư số 07/2017/TT-BGDĐT")
    assert clauses[1].text.endswith("trong các trường học trên địa bàn tỉnh.")


@SOURCES
def test_lai_chau_health_finance_and_closing(aliases, source):
    parsed = parse_source(source, "002", aliases)
    health = under(parsed, "III", "4")
    assert [c.path for c in health] == [["III", "4", "-1"], ["III", "4", "-2"]]
    assert health[0].actors == [Actor(name="Sở Y tế", role="lead"), Actor(name="Hội Chữ thập đỏ tỉnh", role="cooperating")]
    assert health[1].actors == [Actor(name="Sở Y tế", role="lead")]
    finance = under(parsed, "III", "3")
    assert [(c.path, c.label) for c in finance] == [(["III", "3"], "Mục III, điểm 3")]
    assert finance[0].text.startswith("Tham mưu UBND tỉnh trình Hội đồng nhân dân tỉnh")
    assert finance[0].headings == ["III. TỔ CHỨC THỰC HIỆN", "3. Sở Tài chính"]
    assert finance[0].actors == [Actor(name="Sở Tài chính", role="lead")]
    districts = under(parsed, "III", "10")
    assert [c.path[-1] for c in districts] == ["-1", "-2", "-3"]
    assert all(c.actors[0] == Actor(name="Ủy ban nhân dân huyện", role="lead") for c in districts)
    closing = parsed.clauses[-1]
    assert (closing.path, closing.label) == (["kết", "1"], "Phần kết, đoạn 1")
    assert closing.text.startswith("Các cơ quan, đơn vị, địa phương căn cứ chức năng")
    assert (parsed.clauses[0].path, parsed.clauses[0].label) == (["mở đầu", "1"], "Phần mở đầu, đoạn 1")
    assert len(parsed.clauses) == 44


def test_page_break_inside_a_sentence_stays_one_clause(aliases):
    parsed = parse_source("seed", "002", aliases)
    clause = under(parsed, "I", "1", "-3")[0]
    assert "định hướng của\n\nTỉnh ủy, Ban Cán sự Đảng UBND tỉnh" in clause.text
    assert clause.actors == []
    daklak = parse_source("seed", "001", aliases)
    assert under(daklak, "I", "3")[0].text.endswith("trên địa bàn tỉnh.")
    assert "hệ thống\n\nchính trị" in under(daklak, "I", "3")[0].text


@SOURCES
def test_markdown_heading_items_in_the_dak_lak_plan(aliases, source):
    parsed = parse_source(source, "001", aliases)
    first = under(parsed, "II", "1")
    assert [c.path for c in first] == [["II", "1", f"-{n}"] for n in range(1, 5)]
    assert first[0].id == "kh-100-tu-daklak:ii.1.b1"
    assert first[0].label == "Mục II, điểm 1, ý 1"
    assert first[0].headings == [
        "II- NHIỆM VỤ VÀ CÁC GIẢI PHÁP",
        "1- Tăng cường sự lãnh đạo của các cấp uỷ đảng, nâng cao trách nhiệm của chính quyền các cấp đối với "
        "công tác nhân đạo và hoạt động của các cấp Hội Chữ thập đỏ.",
    ]
    assert len(under(parsed, "II", "2")) == 7
    assert [c.path for c in under(parsed, "I")] == [["I", str(n)] for n in range(1, 5)]
    last = under(parsed, "III", "2")[0]
    assert last.actors == [
        Actor(name="Ban Dân vận", role="lead"),
        Actor(name="Ban Tuyên giáo", role="cooperating"),
        Actor(name="Văn phòng cấp ủy", role="cooperating"),
        Actor(name="Hội Chữ thập đỏ tỉnh", role="cooperating"),
    ]


@SOURCES
def test_ho_chi_minh_city_letter_items_and_their_actors(aliases, source):
    parsed = parse_source(source, "000", aliases)
    intro = parsed.clauses[0]
    assert (intro.path, intro.label) == (["mở đầu", "1"], "Phần mở đầu, đoạn 1")
    assert intro.text.startswith("Thực hiện Kết luận số 44-KL/TW")
    item5 = under(parsed, "5")
    assert len(item5) == 1 and item5[0].label == "Điểm 5"
    assert item5[0].actors == [
        Actor(name="Ban Tổ chức", role="lead"),
        Actor(name="Ban Dân vận", role="cooperating"),
        Actor(name="Sở Nội vụ", role="cooperating"),
    ]
    assert item5[0].text.startswith("Giao Ban Tổ chức Thành ủy chủ trì")
    assert item5[0].text.endswith("xây dựng thành phố văn minh, hiện đại, nghĩa tình.")
    front = under(parsed, "4")
    assert [c.path for c in front] == [["4", "-1"], ["4", "-2"], ["4", "-3"]]
    assert all(c.actors[0] == Actor(name="Mặt trận Tổ quốc Việt Nam", role="lead") for c in front)
    assert front[0].headings == [
        "4. Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và các tổ chức xã hội thành phố:"]
    red_cross = under(parsed, "7")
    assert [c.label for c in red_cross] == ["Điểm 7", "Điểm 7, ý 1", "Điểm 7, ý 2", "Điểm 7, ý 3", "Điểm 7, ý 4"]
    assert red_cross[0].text.endswith("trong các phong trào thi đua, cuộc vận động.")
    assert all(c.actors[0] == Actor(name="Hội Chữ thập đỏ thành phố", role="lead") for c in red_cross)
    assert [c.id for c in parsed.clauses][-1] == "cv-981-tu-tphcm:8"


@SOURCES
def test_header_and_closing_are_not_clauses(aliases, source):
    parsed = parse_source(source, "000", aliases)
    header = parsed.header
    assert (header.id, header.kind, header.path, header.label) == (
        "cv-981-tu-tphcm:header", "header", ["header"], "Phần đầu văn bản")
    assert "981-CV/TU" in header.text and "Kính gửi" in header.text
    assert parsed.document.number == "981-CV/TU"
    for clause in parsed.clauses:
        for furniture in ("Kính gửi", "Nơi nhận", "Nguyễn Hồ Hải", "PHÓ BÍ THƯ", "Lưu Văn phòng"):
            assert furniture not in clause.text


def test_press_article_has_plain_paragraphs(aliases):
    parsed = parse_source("corpus", "003", aliases)
    assert [c.label for c in parsed.clauses] == [f"Đoạn {n}" for n in range(1, 10)]
    assert parsed.clauses[0].id == "bao-kl44-an-sinh-xa-hoi:doan-1"
    assert all("BÌNH LUẬN" not in c.text and "Văn Kiên" not in c.text for c in parsed.clauses)


@pytest.mark.parametrize(("path", "document_id"), all_sources(), ids=lambda v: str(v)[-30:])
def test_every_clause_is_the_exact_source_text_and_ids_are_stable(aliases, path, document_id):
    source = path.read_text(encoding="utf-8")
    loaded = load_document(path)
    parsed = parse_document(loaded, document_id, aliases)
    assert parsed.clauses
    for clause in [*parsed.clauses, *(block for block in (parsed.header, parsed.closing) if block)]:
        assert source[clause.start:clause.end] == clause.text
        assert clause.text == clause.text.strip()
        assert clause.id.startswith(f"{document_id}:")
    ids = [c.id for c in parsed.clauses]
    assert len(ids) == len(set(ids))
    again = parse_document(load_document(path), document_id, aliases)
    assert again.model_dump() == parsed.model_dump()


def test_corpus_front_matter_wins_over_the_header(aliases):
    parsed = parse_source("corpus", "002", aliases)
    document = parsed.document
    assert (document.id, document.type, document.number, document.date, document.place) == (
        LAI_CHAU, "Kế hoạch", None, "2023-09", "Lai Châu")
    assert document.implements == ["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"]
    assert document.path.endswith(f"{LAI_CHAU}.md")


def test_law_structure(aliases):
    parsed = parse_text(FIXTURES / "luat-mau.txt", "luat-mau", aliases)
    assert [(c.path, c.label) for c in parsed.clauses] == [
        (["mở đầu", "1"], "Phần mở đầu, đoạn 1"),
        (["Chương I", "Điều 1"], "Chương I, Điều 1"),
        (["Chương I", "Điều 2", "Khoản 1"], "Chương I, Điều 2, khoản 1"),
        (["Chương I", "Điều 2", "Khoản 2", "Điểm a"], "Chương I, Điều 2, khoản 2, điểm a"),
        (["Chương I", "Điều 2", "Khoản 2", "Điểm b"], "Chương I, Điều 2, khoản 2, điểm b"),
        (["Chương I", "Điều 2", "Khoản 3"], "Chương I, Điều 2, khoản 3"),
        (["Chương II", "Mục 1", "Điều 3"], "Chương II, Mục 1, Điều 3"),
        (["Chương II", "Mục 1", "Điều 4", "Khoản 1", "Điểm a"], "Chương II, Mục 1, Điều 4, khoản 1, điểm a"),
        (["Chương II", "Mục 1", "Điều 4", "Khoản 1", "Điểm b"], "Chương II, Mục 1, Điều 4, khoản 1, điểm b"),
        (["Chương II", "Mục 1", "Điều 4", "Khoản 2"], "Chương II, Mục 1, Điều 4, khoản 2"),
        (["kết", "1"], "Phần kết, đoạn 1"),
    ]
    point = parsed.clauses[3]
    assert point.id == "luat-mau:chuong-i.dieu-2.khoan-2.diem-a"
    assert point.headings == ["Chương I. NHỮNG QUY ĐỊNH CHUNG", "Điều 2. Trách nhiệm của cơ quan nhà nước",
                              "2. Ủy ban nhân dân các cấp có trách nhiệm:"]
    assert point.actors == [Actor(name="Ủy ban nhân dân", role="lead")]
    assert parsed.clauses[1].text.startswith("Luật này quy định về hoạt động chữ thập đỏ")
    assert parsed.clauses[5].actors == [Actor(name="Bộ Y tế", role="lead"), Actor(name="Hội Chữ thập đỏ", role="cooperating")]
    assert (parsed.document.type, parsed.document.number) == ("Luật", "11/2008/QH12")


def test_a_clause_of_an_article_that_is_only_a_title_holds_the_paragraphs_after_it(aliases):
    parsed = parse_text(FIXTURES / "nq-08-muc-ho-tro.txt", "nq-08", aliases)
    article = [(c.path[1:], c.headings[-1], c.text[:24]) for c in parsed.clauses if c.path[:1] == ["Điều 2"]]
    assert article == [
        (["Khoản 1"], "1. Hỗ trợ di dời khẩn cấp", "Hộ gia đình phải di dời "),
        (["Khoản 2"], "2. Hỗ trợ người tham gia cứu hộ", "Đối tượng quy định tại đ"),
        (["Khoản 2", "Điểm a"], "2. Hỗ trợ người tham gia cứu hộ", "Bị thương nhẹ: 3.000.000"),
        (["Khoản 2", "Điểm b"], "2. Hỗ trợ người tham gia cứu hộ", "Bị thương nặng: 8.000.00"),
        (["Khoản 3"], "3. Hỗ trợ học sinh", "Học sinh thuộc hộ phải d"),
    ]
    # a paragraph after a clause that says something of its own still belongs to the article
    assert parsed.clauses[-1].path == ["Điều 3"]


def _parse_body(body: str, aliases: AliasTable) -> ParsedDocument:
    return parse_document(LoadedDocument(path="mem.md", format="md", text=body, body_offset=7), "mem", aliases)


def test_nested_markers_and_their_labels(aliases):
    body = (
        "1. Nhiệm vụ chung\n\n"
        "1.1. Công tác tuyên truyền\n\n"
        "a) Hội Chữ thập đỏ tỉnh tổ chức tuyên truyền:\n"
        "- Tuyên truyền trên báo chí;\n"
        "+ Báo in;\n"
        "+ Báo điện tử.\n"
        "- Tuyên truyền tại cơ sở.\n"
        "b) Tập huấn sơ cấp cứu.\n\n"
        "1.2. Kiểm tra, giám sát\n\n"
        "• Kiểm tra định kỳ.\n\n"
        "2. Kinh phí\n\n"
        "Kinh phí thực hiện từ ngân sách.\n\n"
        "Kinh phí vận động xã hội hóa.\n"
    )
    parsed = _parse_body(body, aliases)
    assert [(c.path, c.label, c.text) for c in parsed.clauses] == [
        (["1", "1.1", "a", "-1"], "Điểm 1.1, tiết a, ý 1", "Tuyên truyền trên báo chí;"),
        (["1", "1.1", "a", "-1", "+1"], "Điểm 1.1, tiết a, ý 1, ý nhỏ 1", "Báo in;"),
        (["1", "1.1", "a", "-1", "+2"], "Điểm 1.1, tiết a, ý 1, ý nhỏ 2", "Báo điện tử."),
        (["1", "1.1", "a", "-2"], "Điểm 1.1, tiết a, ý 2", "Tuyên truyền tại cơ sở."),
        (["1", "1.1", "b"], "Điểm 1.1, tiết b", "Tập huấn sơ cấp cứu."),
        (["1", "1.2", "•1"], "Điểm 1.2, ý 1", "Kiểm tra định kỳ."),
        (["2"], "Điểm 2", "Kinh phí thực hiện từ ngân sách."),
        (["2", "đoạn 2"], "Điểm 2, đoạn 2", "Kinh phí vận động xã hội hóa."),
    ]
    # "a) … tuyên truyền:" introduces its bullets: a heading, whose subject leads them.
    assert parsed.clauses[0].headings == ["1. Nhiệm vụ chung", "1.1. Công tác tuyên truyền",
                                          "a) Hội Chữ thập đỏ tỉnh tổ chức tuyên truyền:"]
    assert [c.id for c in parsed.clauses][:3] == ["mem:1.1-1.a.b1", "mem:1.1-1.a.b1.p1", "mem:1.1-1.a.b1.p2"]
    assert parsed.clauses[5].id == "mem:1.1-2.o1"
    assert all(c.actors[0].name == "Hội Chữ thập đỏ tỉnh" for c in parsed.clauses[:4])
    assert all(body[c.start - 7:c.end - 7] == c.text for c in parsed.clauses)


def test_a_list_that_starts_again_from_one_inside_an_item_is_that_item_s(aliases):
    body = (
        "1. Số lượng: 120 đại biểu.\n"
        "2. Phân bổ đại biểu cho các đơn vị\n"
        " 1. Thị trấn Quế: 07 đại biểu\n"
        " 2. Xã Nhật Tựu: 06 đại biểu\n"
        " 3. Xã Lê Hồ: 06 đại biểu\n"
        "3. Tiêu chuẩn đại biểu: là hội viên tiêu biểu.\n"
    )
    parsed = _parse_body(body, aliases)
    assert [(c.path, c.text) for c in parsed.clauses] == [
        (["1"], "Số lượng: 120 đại biểu."),
        (["2", "1"], "Thị trấn Quế: 07 đại biểu"),
        (["2", "2"], "Xã Nhật Tựu: 06 đại biểu"),
        (["2", "3"], "Xã Lê Hồ: 06 đại biểu"),
        (["3"], "Tiêu chuẩn đại biểu: là hội viên tiêu biểu."),
    ]
    assert parsed.clauses[3].headings[-1] == "2. Phân bổ đại biểu cho các đơn vị"
    # (a list that starts again with no outer item after it that tells the two apart stays beside the first)
    again = _parse_body("1. Tuyên truyền.\n2. Tập huấn.\n1. Kiểm tra.\n2. Báo cáo.\n", aliases)
    assert [c.path for c in again.clauses] == [["1"], ["2"], ["1"], ["2"]]


def test_a_total_row_typed_in_capitals_after_a_table_opens_no_section(aliases):
    body = (
        "1. Chỉ tiêu\n"
        "  STT  Đơn vị                    Chỉ tiêu (người)   Học viên\n"
        "  ---  ------------------------  ----------------   --------\n"
        "   1   Thành phố Thủ Dầu Một            450             40\n"
        "   2   Huyện Phú Giáo                   130             22\n"
        "  ---  ------------------------  ----------------   --------\n"
        "       TỔNG CỘNG                        580             62\n"
        "\n"
        "2. Truyền thông\n"
        "Báo Bình Dương mở chuyên mục.\n"
    )
    parsed = _parse_body(body, aliases)
    assert {c.path[0] for c in parsed.clauses} == {"1", "2"}
    assert parsed.clauses[-1].path == ["2"] and "Báo Bình Dương" in parsed.clauses[-1].text


def test_document_without_header_falls_back_to_first_line(aliases):
    parsed = _parse_body("Ghi chú nội bộ\n\nChuẩn bị hội nghị.\n\nGửi báo cáo trước thứ Sáu.\n", aliases)
    assert (parsed.document.title, parsed.document.type) == ("Ghi chú nội bộ", "Văn bản")
    assert [c.label for c in parsed.clauses] == ["Đoạn 1", "Đoạn 2"]
    assert parsed.header.text == "Ghi chú nội bộ"


def test_decision_articles_with_wrapped_sentences(aliases):
    body = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Kết luận số 44-KL/TW của Ban Bí thư về\n"
            "công tác Hội Chữ thập đỏ trên địa bàn tỉnh.\n"
            "Điều 2. Hiệu lực thi hành\n"
            "Quyết định này có hiệu lực từ ngày ký.\n")
    parsed = _parse_body(body, aliases)
    assert [(c.path, c.label, c.text) for c in parsed.clauses] == [
        (["Điều 1"], "Điều 1", "Ban hành kèm theo Quyết định này Kế hoạch thực hiện Kết luận số 44-KL/TW của Ban Bí "
                               "thư về\ncông tác Hội Chữ thập đỏ trên địa bàn tỉnh."),
        (["Điều 2"], "Điều 2", "Quyết định này có hiệu lực từ ngày ký."),
    ]
    assert parsed.clauses[1].headings == ["Điều 2. Hiệu lực thi hành"]


def test_a_list_opened_by_work_put_on_an_agency_keeps_that_work_as_a_clause(aliases):
    body = (
        "Điều 5. Phê duyệt phương án\n\n"
        "1. Ban Công tác xã hội chủ trì, phối hợp với Văn phòng lập phương án phân phối, trình phê duyệt như sau:\n\n"
        "a) Khoản hỗ trợ dưới 50.000.000 đồng: Phó Chủ tịch Thường trực phê duyệt;\n\n"
        "b) Khoản hỗ trợ từ 50.000.000 đồng trở lên: Chủ tịch phê duyệt.\n\n"
        "2. Sở Y tế có trách nhiệm:\n\n"
        "a) Bảo đảm cơ số thuốc.\n"
    )
    clauses = {c.id: c for c in _parse_body(body, aliases).clauses}
    assert clauses["mem:dieu-5.khoan-1"].text.startswith("Ban Công tác xã hội chủ trì")
    assert clauses["mem:dieu-5.khoan-1.diem-a"].headings[-1].startswith("1. Ban Công tác xã hội chủ trì")
    assert "mem:dieu-5.khoan-2" not in clauses  # "Sở Y tế có trách nhiệm:" only says whose list it is


def test_a_table_of_figures_gives_a_clause_per_row_and_no_tasks():
    parsed = parse_document(load_document(FIXTURES / "bc-09-so-lieu.txt"), "bc", AliasTable.load())
    rows = [c for c in parsed.clauses if ".2.dong-" in c.id]
    assert [c.id for c in rows] == [f"bc:i.2.dong-{n}" for n in range(1, 5)]
    assert rows[0].headings[-1] == "| Đơn vị | Năm 2024 | Năm 2025 | So sánh |"
    assert all(c.actors == [] for c in rows)  # "Cơ quan Hội Chữ thập đỏ tỉnh" heads a row of figures


def test_a_ruled_table_of_two_columns_gives_a_clause_per_row(aliases):
    body = ("1. Kết quả hỗ trợ\n\nSố hộ được hỗ trợ phân theo địa phương:\n\n| Địa phương | Số hộ được hỗ trợ |\n|---|---|\n"
            "| Huyện Tuy An | 1.120 |\n| Thị xã Đông Hòa | 980 |\n")
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert [c.text for c in rows] == ["| Huyện Tuy An | 1.120 |", "| Thị xã Đông Hòa | 980 |"]
    assert rows[0].headings[-1] == "| Địa phương | Số hộ được hỗ trợ |"


def test_a_word_table_whose_header_names_no_known_column_gives_a_clause_per_row(aliases, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("1. Hình thức và số lượng đề nghị")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Hình thức khen thưởng", "Cấp quyết định", "Số lượng tối đa toàn tỉnh"],
                             ["Cờ thi đua của UBND tỉnh", "Chủ tịch UBND tỉnh", "01 tập thể"],
                             ["Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "02 tập thể và 04 cá nhân"]]):
        for i, text in enumerate(row):
            table.cell(r, i).text = text
    path = tmp_path / "huong-dan.docx"
    document.save(str(path))
    rows = [c for c in parse_document(load_document(path), "hd", aliases).clauses if "dong-" in c.id]
    assert [c.text for c in rows] == ["Cờ thi đua của UBND tỉnh | Chủ tịch UBND tỉnh | 01 tập thể",
                                      "Bằng khen của Chủ tịch UBND tỉnh | Chủ tịch UBND tỉnh | 02 tập thể và 04 cá nhân"]
    assert rows[0].headings[-1] == "Hình thức khen thưởng | Cấp quyết định | Số lượng tối đa toàn tỉnh"


def _text_rows(tmp_path: Path, document_id: str, text: str, aliases: AliasTable) -> list:
    """The table rows of a plain text loaded as a file is (its tables aligned with spaces read by the loader)."""
    path = tmp_path / f"{document_id}.txt"
    path.write_text(text, encoding="utf-8")
    return [c for c in parse_document(load_document(path), document_id, aliases).clauses if "dong-" in c.id]


def test_a_plain_text_table_row_wrapped_over_two_lines_is_one_row_each_cell_under_its_column(aliases, tmp_path):
    rows = _text_rows(tmp_path, "pl",
        "PHỤ LỤC\nBẢNG PHÂN CÔNG NHIỆM VỤ\n\n"
        "STT  Nội dung công việc            Đơn vị chủ trì      Đơn vị phối hợp       Thời gian\n"
        "---  ----------------------------  ------------------  --------------------  ----------------\n"
        "1    Tập huấn giám sát, xử lý ổ    Trung tâm Y tế      Trạm Y tế xã          Tháng 3/2027\n"
        "     dịch cho tuyến xã\n"
        "2    Chiến dịch diệt lăng quăng    Trạm Y tế xã        UBND xã, Hội CTĐ      15/3 - 30/4/2027\n"
        "     đợt 1                                             xã, Đoàn Thanh niên\n", aliases)
    assert [c.id for c in rows] == ["pl:dong-1", "pl:dong-2"]
    assert "dịch cho tuyến xã" in rows[0].text and "đợt 1" in rows[1].text
    # (the partner column goes on under it: "Hội CTĐ" over "xã, …" is the commune's Hội)
    assert Actor(name="Hội Chữ thập đỏ xã", role="cooperating") in rows[1].actors


def test_a_pdf_text_table_with_no_rule_its_header_on_two_lines_and_its_rows_wrapped(aliases, tmp_path):
    rows = _text_rows(tmp_path, "mq",
        "1. Mức quà và số suất theo nhóm đối tượng\n"
        "TT Nhóm đối tượng           Số suất   Mức quà         Thành tiền\n"
        "                                      (đồng/suất)     (đồng)\n"
        "1  Hộ nghèo (theo kết quả   142       650.000         92.300.000\n"
        "   rà soát cuối năm 2026)\n"
        "2  Trẻ em mồ côi, trẻ em có 23        300.000         6.900.000\n"
        "   hoàn cảnh khó khăn\n", aliases)
    assert [c.id for c in rows] == ["mq:1.dong-1", "mq:1.dong-2"]
    assert rows[0].headings[-1] == "TT | Nhóm đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng)"
    assert "rà soát cuối năm 2026" in rows[0].text
    # (a cell one space from the next column's head is two cells: the count under "Số suất"; the cell wrapped onto the
    # line under it is read whole)
    assert [cell.strip() for cell in rows[1].text.split("|")][:3] == ["2", "Trẻ em mồ côi, trẻ em có hoàn cảnh khó khăn", "23"]


def test_a_cell_wrapped_far_into_its_column_goes_on_its_row_and_a_joined_header_leaves_the_text_wrapped(aliases, tmp_path):
    path = tmp_path / "phuong-an.txt"
    path.write_text(
        "II. KHU VỰC NGUY CƠ\n"
        "STT  Xã, phường được giao    Số điểm có nguy cơ   Số hộ dân phải      Địa điểm sơ tán\n"
        "     nhiệm vụ chủ trì        sạt lở rất cao       sẵn sàng sơ tán     tập trung đã bố trí\n"
        "     (theo rà soát 2026)     (điểm)               (hộ)                (trường, nhà văn hóa)\n"
        "---------------------------------------------------------------------------------------------\n"
        "1    Xã Hoàng Su Phì         14                   186                 Trường THPT Hoàng Su Phì\n"
        "2    Xã Xín Mần              11                   152                 Nhà văn hóa xã Xín Mần\n\n"
        "VI. NHIỆM VỤ CỦA CÁC CƠ QUAN\n"
        "7. Sở Công Thương: chỉ đạo doanh nghiệp dự trữ hàng thiết yếu tại các xã vùng cao đủ dùng tối thiểu\n"
        "15 ngày trong mùa mưa.\n\n"
        "VII. CHỈ HUY, THÔNG TIN LIÊN LẠC\n"
        "Phân công chỉ huy theo khu vực và danh bạ liên lạc:\n"
        "Họ và tên                  Chức vụ / khu vực phụ trách                Điện thoại\n"
        "-------------------------------------------------------------------------------\n"
        "Nguyễn Mạnh Cường          Trưởng ban, Chủ tịch UBND tỉnh             0913 268 001\n"
        "Đại tá Ma Văn Thịnh        Phó Trưởng ban, Chỉ huy trưởng BĐBP tỉnh;  0912 804 377\n"
        "                           chỉ huy Khu vực II (Mèo Vạc, Đồng Văn)\n", encoding="utf-8")
    clauses = {c.id: c for c in parse_document(load_document(path), "pa", aliases).clauses}
    # (a wrapped sentence's first line is no heading, however long the header of the table above was joined)
    assert clauses["pa:vi.7"].text.endswith("15 ngày trong mùa mưa.")
    assert "Khu vực II (Mèo Vạc, Đồng Văn)" in clauses["pa:vii.dong-2"].text


def test_a_rule_drawn_across_the_page_is_no_paragraph(aliases):
    body = ("1. Đội xung kích tại thôn\n\nDanh sách đội xung kích như sau:\n\n----------------------------\n"
            "Mỗi đội có 01 đội trưởng.\n\n* * *\n\nĐội trưởng báo cáo hằng tháng.\n")
    texts = [c.text for c in _parse_body(body, aliases).clauses]
    assert not [t for t in texts if not any(ch.isalnum() for ch in t)]
    assert "Mỗi đội có 01 đội trưởng." in texts and "Đội trưởng báo cáo hằng tháng." in texts


def test_rows_a_page_break_parts_from_their_table_go_on_it_when_they_go_on_its_numbering(aliases):
    body = ("1. Chỉ tiêu giao cho các đơn vị:\n\nSTT | Đơn vị | Chỉ tiêu (triệu đồng)\n1 | Phường Xuân Hương | 650\n"
            "2 | Phường Lâm Viên | 520\n\n3 | Phường Phan Thiết | 600\n | Tổng cộng | 1.770\n\n"
            "2. Chỉ tiêu năm sau:\n\nSTT | Đơn vị | Chỉ tiêu (triệu đồng)\n1 | Phường Mũi Né | 450\n\n"
            "5 | Phường Hàm Thắng | 400\n")
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert [c.text for c in rows] == ["1 | Phường Xuân Hương | 650", "2 | Phường Lâm Viên | 520", "3 | Phường Phan Thiết | 600",
                                      "| Tổng cộng | 1.770", "1 | Phường Mũi Né | 450"]
    assert rows[2].headings[-1] == "STT | Đơn vị | Chỉ tiêu (triệu đồng)"
    # (a row that does not go on the numbering, "5" after "1", is no row of that table)
    assert not any(c.text.startswith("5 |") for c in rows)


def test_a_line_that_groups_a_table_s_rows_without_bars_heads_the_rows_under_it(aliases):
    body = ("1. Danh sách:\n\nSTT | Họ và tên / Tập thể | Chức vụ, đơn vị\n----|----|----\nI. TẬP THỂ\n"
            "1 | Hội Chữ thập đỏ xã Hương Khê | Hội Chữ thập đỏ tỉnh\nII. CÁ NHÂN\n1 | Bà Đặng Thị Kim Oanh | Chi hội trưởng\n"
            "2 | Ông Hồ Sỹ Quang | Trưởng Ban Công tác xã hội\n")
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert [(c.headings[-1], c.text) for c in rows] == [
        ("I. TẬP THỂ", "1 | Hội Chữ thập đỏ xã Hương Khê | Hội Chữ thập đỏ tỉnh"),
        ("II. CÁ NHÂN", "1 | Bà Đặng Thị Kim Oanh | Chi hội trưởng"), ("II. CÁ NHÂN", "2 | Ông Hồ Sỹ Quang | Trưởng Ban Công tác xã hội")]
    assert rows[1].headings[-2] == "STT | Họ và tên / Tập thể | Chức vụ, đơn vị"
    # (not a heading over another table's header: "II. KINH PHÍ" over "STT | Nội dung | Số tiền")
    body = "I. CHỈ TIÊU\n\nSTT | Đơn vị | Chỉ tiêu\n1 | Phường A | 650\nII. KINH PHÍ\nSTT | Nội dung | Số tiền\n1 | Tuyên truyền | 20\n"
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert [c.headings[-1] for c in rows] == ["STT | Đơn vị | Chỉ tiêu", "STT | Nội dung | Số tiền"]


def test_a_plain_text_table_with_a_header_on_several_lines_and_rules_of_plus_signs(aliases):
    body = ("7. Kết quả theo đơn vị\n\n"
            "STT | Đơn vị            | Hội viên | Máu tiếp\n"
            "    |                   | hiện có  | nhận\n"
            "    |                   | (người)  | (đơn vị)\n"
            "----+-------------------+----------+---------\n"
            " 1  | Huyện Ba Bể       |   4.310  |   295\n"
            " 2  | Huyện Chợ Đồn     |   4.120  |   310\n"
            "----+-------------------+----------+---------\n"
            "    | Toàn tỉnh         |   8.430  |   605\n")
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert [c.text.split("|")[1].strip() for c in rows] == ["Huyện Ba Bể", "Huyện Chợ Đồn", "Toàn tỉnh"]
    assert rows[1].headings[-1] == "STT | Đơn vị | Hội viên hiện có (người) | Máu tiếp nhận (đơn vị)"


def test_the_line_that_states_a_tables_unit_heads_its_rows(aliases):
    body = ("1. Tổng giá trị vận động đạt 14.862,5 triệu đồng.\n\nBảng 1. Kết quả theo đơn vị (đơn vị tính: triệu đồng)\n"
            "| STT | Đơn vị | Tiền mặt | Tổng giá trị |\n|---|---|---|---|\n| 1 | Quận Thuận Hóa | 845 | 1.965 |\n"
            "\n2. Số người được trợ giúp:\n\n| Đơn vị | Số người |\n|---|---|\n| Quận Phú Xuân | 5.870 |\n")
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert rows[0].headings[-2:] == ["Bảng 1. Kết quả theo đơn vị (đơn vị tính: triệu đồng)",
                                     "| STT | Đơn vị | Tiền mặt | Tổng giá trị |"]
    assert rows[1].headings[-2:] == ["2. Số người được trợ giúp:", "| Đơn vị | Số người |"]  # a line of no unit heads nothing new
    # (the unit of what is measured named between: "đơn vị tính giá trị: triệu đồng")
    body = ("III. CHỈ TIÊU VẬN ĐỘNG\n\nChỉ tiêu giao cho các đơn vị như sau (đơn vị tính giá trị: triệu đồng):\n\n"
            "STT | Đơn vị | Tiền mặt | Hiện vật quy đổi\n1 | Hội CTĐ phường Cẩm Thành | 350 | 150\n")
    rows = [c for c in _parse_body(body, aliases).clauses if "dong-" in c.id]
    assert rows[0].headings[-2] == "Chỉ tiêu giao cho các đơn vị như sau (đơn vị tính giá trị: triệu đồng):"


def test_a_title_that_says_a_sentence_before_it_leads_in_is_a_clause_of_its_own(aliases):
    body = ("III. THỦ TỤC TIẾP NHẬN\n\n1. Khi tiếp nhận, cán bộ tiếp nhận phải kiểm đếm, lập biên bản tại chỗ; chậm nhất 24 giờ "
            "kể từ khi tiếp nhận, hàng hóa phải được nhập kho và vào sổ theo dõi.\n\n2. Tiền mặt tiếp nhận phải nộp vào tài "
            "khoản của Hội trong vòng 01 ngày làm việc. Tài khoản tiếp nhận của Hội Chữ thập đỏ tỉnh:\nSố tài khoản "
            "0123000456789 tại Ngân hàng Nông nghiệp - Chi nhánh Nam Sơn.\n\n3. Hội Chữ thập đỏ các cấp công khai kết quả tiếp "
            "nhận trên trang thông tin điện tử trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận; Hội Chữ thập đỏ tỉnh cập "
            "nhật danh sách ủng hộ hằng tuần.\n\n4. Hàng hóa dễ hư hỏng phải được phân bổ trong vòng 07 ngày kể từ ngày tiếp "
            "nhận.\n\n")
    # (as a .docx writes a paragraph's soft line breaks: each line is a line of its own)
    loaded = LoadedDocument(path="mem.docx", format="docx", text=body, body_offset=0)
    clauses = {c.id: c for c in parse_document(loaded, "mem", aliases).clauses}
    assert clauses["mem:iii.2"].text.endswith("Tài khoản tiếp nhận của Hội Chữ thập đỏ tỉnh:")
    assert clauses["mem:iii.2.doan-2"].text.startswith("Số tài khoản")


def test_the_sentence_that_puts_a_letters_list_on_agencies_heads_its_items_and_a_paragraph_after_it_closes(aliases):
    body = (
        "Để thực hiện tốt công tác sơ cấp cứu trong trường học, Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục"
        " và Đào tạo:\n\n"
        "a) Chỉ đạo các trường bảo đảm có tủ thuốc và túi sơ cấp cứu.\n\n"
        "b) Tổng hợp, báo cáo kết quả về Bộ trước ngày 15/6/2027.\n\n"
        "Bộ Giáo dục và Đào tạo đề nghị Trung ương Hội Chữ thập đỏ Việt Nam hỗ trợ giảng viên, tài liệu.\n\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Vụ Giáo dục Thể chất."
    )
    clauses = {c.id: c for c in _parse_body(body, aliases).clauses}
    assert [a.name for a in clauses["mem:a"].actors] == ["Sở Giáo dục và Đào tạo"]
    assert clauses["mem:a"].label == "Điểm a"  # a point of the text itself, not a "tiết" of a numbered one
    assert clauses["mem:b"].text == "Tổng hợp, báo cáo kết quả về Bộ trước ngày 15/6/2027."
    assert clauses["mem:b"].actors[0].name == "Sở Giáo dục và Đào tạo"
    closing = clauses["mem:ket.1"]
    assert [a.name for a in closing.actors] == ["Trung ương Hội Chữ thập đỏ Việt Nam"]
    assert clauses["mem:ket.2"].text.startswith("Trong quá trình thực hiện")


def test_a_text_typed_a_paragraph_per_line_makes_each_line_under_a_heading_a_clause(aliases):
    giao = ("Giao Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh xây dựng lịch hiến máu hằng năm, bảo đảm mỗi "
            "huyện tổ chức ít nhất 02 đợt hiến máu tập trung trong năm.")
    body = ("2. Chính quyền các cấp tạo điều kiện cho Hội hoạt động\n"
            f"{giao}\n"
            "Giao Sở Tài chính tham mưu bố trí kinh phí hỗ trợ hoạt động của Hội trong dự toán ngân sách hằng năm.\n")
    parsed = _parse_body(body, aliases)
    assert [(c.label, c.text) for c in parsed.clauses] == [
        ("Điểm 2", giao),
        ("Điểm 2, đoạn 2", "Giao Sở Tài chính tham mưu bố trí kinh phí hỗ trợ hoạt động của Hội trong dự toán ngân sách hằng năm."),
    ]
    assert "Sở Y tế" in {a.name for a in parsed.clauses[0].actors}
    assert "Sở Tài chính" in {a.name for a in parsed.clauses[1].actors} - {a.name for a in parsed.clauses[0].actors}
    # the same lines wrapped at a fixed width (no line longer than a wrap) are one paragraph
    wrapped = "2. Hội Chữ thập đỏ tỉnh tổ chức hiến máu\ntại các huyện trong năm.\n"
    assert [c.text for c in _parse_body(wrapped, aliases).clauses] == ["Hội Chữ thập đỏ tỉnh tổ chức hiến máu\ntại các huyện trong năm."]


def test_a_page_wrapped_text_opens_paragraphs_by_indent_and_goes_on_across_a_page_number(aliases):
    body = ("    1. Số đội, nhóm tình nguyện viên đang hoạt động do Hội cấp\n"
            "huyện quản lý.\n"
            "    2. Danh sách người hiến máu từ 10 lần trở lên chưa được tôn vinh\n\n"
            "-- 2 --\n\n"
            "cấp tỉnh, có xác nhận của Trung tâm Huyết học - Truyền máu tỉnh.\n"
            "    Số liệu báo cáo theo Biểu 01/TNV kèm theo Công văn này. Báo cáo gửi\n"
            "về Hội Chữ thập đỏ tỉnh trước ngày 23/8/2024.\n")
    parsed = _parse_body(body, aliases)
    assert [c.label for c in parsed.clauses] == ["Điểm 1", "Điểm 2", "Phần kết, đoạn 1"]
    assert parsed.clauses[1].text.startswith("Danh sách") and parsed.clauses[1].text.endswith("Truyền máu tỉnh.")
    assert parsed.clauses[2].text.startswith("Số liệu báo cáo")  # an indented line after a full stop opens a paragraph


def test_a_wrapped_line_opening_with_the_close_of_a_bracket_goes_on_its_sentence(aliases):
    body = ("3.2. Thời lượng và tiêu chuẩn\n"
            "- Mỗi lớp học 16 giờ trong 02 ngày liên tục; trong đó lý thuyết 06 giờ, thực hành\n"
            "09 giờ, kiểm tra cuối khóa 01 giờ.\n"
            "- Học viên đạt yêu cầu khi bài kiểm tra lý thuyết đạt từ 5 điểm trở lên (thang điểm\n"
            "10) và bài kiểm tra thực hành được đánh giá \"Đạt\".\n"
            "- Học viên đạt yêu cầu được cấp Giấy chứng nhận, có giá trị 05 năm.\n")
    texts = [c.text for c in _parse_body(body, aliases).clauses]
    assert any(t.startswith("Học viên đạt yêu cầu khi") and t.endswith("\"Đạt\".") for t in texts)
    assert not any(t.startswith("và bài kiểm tra") for t in texts) and len(texts) == 3


def test_a_table_typed_with_tabs_heads_its_rows_by_its_columns(aliases):
    body = ("1. Đối tượng và mức quà\n\nMức quà tặng của tỉnh cho từng nhóm đối tượng như sau:\n\n"
            "STT\tĐối tượng\tMức quà (đồng/suất)\tNguồn kinh phí\n"
            "1\tBà mẹ Việt Nam anh hùng còn sống\t2.000.000\tNgân sách tỉnh\n"
            "2\tThương binh có tỷ lệ tổn thương từ 81% trở lên\t1.500.000\tNgân sách tỉnh\n")
    rows = [c for c in _parse_body(body, aliases).clauses if c.text.startswith(("1\t", "2\t"))]
    assert [c.headings[-1] for c in rows] == ["STT | Đối tượng | Mức quà (đồng/suất) | Nguồn kinh phí"] * 2


def test_an_article_marker_in_bold_leaves_no_emphasis_in_its_text(aliases):
    body = ("**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
            "**Điều 4.** Chánh Văn phòng Ủy ban nhân dân thành phố; Trưởng phòng Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n")
    texts = [c.text for c in _parse_body(body, aliases).clauses]
    assert texts == ["Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                     "Chánh Văn phòng Ủy ban nhân dân thành phố; Trưởng phòng Nội vụ chịu trách nhiệm thi hành Quyết định này./."]


def test_a_paragraph_after_a_list_ends_it(aliases):
    text = ("HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN\nSố: 145/GM-CTĐ\n\nGIẤY MỜI\nDự Hội nghị sơ kết\n\n"
            "Ban Thường vụ Hội Chữ thập đỏ tỉnh trân trọng kính mời:\n- Đại diện lãnh đạo Sở Y tế;\n"
            "- Chủ tịch Hội Chữ thập đỏ các xã.\n\nTới dự Hội nghị sơ kết 9 tháng.\n\n"
            "Đề nghị đại biểu:\n1. Gửi báo cáo trước ngày 10/10/2025.\n2. Mang theo danh sách đề nghị tôn vinh.\n")
    loaded = LoadedDocument(path="gm-145.txt", format="txt", text=text)
    parsed = parse_document(loaded, "gm-145", aliases)
    assert parsed.document.type == "Giấy mời"
    labels = {c.text: c.label for c in parsed.clauses}
    assert labels["Mang theo danh sách đề nghị tôn vinh."] == "Điểm 2"  # not an item of the last invitee


def test_a_short_label_naming_no_agency_heads_the_list_after_it(aliases):
    body = "Đề nghị đại biểu:\n\n1. Gửi báo cáo trước ngày 10/10/2025.\n\n2. Mang theo danh sách đề nghị tôn vinh.\n"
    clauses = {c.text: c for c in _parse_body(body, aliases).clauses}
    assert clauses["Mang theo danh sách đề nghị tôn vinh."].headings == ["Đề nghị đại biểu:"]
    assert clauses["Mang theo danh sách đề nghị tôn vinh."].actors == []
    opening = ("Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị, địa phương trên địa bàn thực hiện một số nội dung"
               " sau:\n\n1. Rà soát các hộ bị thiệt hại.\n")
    clauses = {c.text: c for c in _parse_body(opening, aliases).clauses}
    assert clauses["Rà soát các hộ bị thiệt hại."].headings == []  # an opening paragraph, not a label


def test_a_dashed_label_heads_the_paragraph_it_labels(aliases):
    # (minutes typed a paragraph per line: each speaker on a dashed line ended by a colon, what they said on the line
    # after it, which is no paragraph of the section after the list)
    said = ("Xã Vĩnh Hải có số hộ thiếu nước cao nhất thị xã, nhiều hộ đồng bào ở các ấp xa nguồn nước. Đề nghị tăng thêm "
            "20 bồn chứa nước cho xã Vĩnh Hải và in danh sách niêm yết bằng song ngữ để bà con dễ theo dõi.")
    body = (f"3. Ý kiến thảo luận\n- Đồng chí Kim Sóc Khanh, Chủ tịch Hội Chữ thập đỏ xã Vĩnh Hải:\n{said}\n"
            "- Đồng chí Sơn Thị Thu, Phó Chủ tịch:\nCó 36 hộ trùng danh sách, đề nghị rà soát loại bỏ trùng lặp trước khi "
            "trình phê duyệt danh sách hộ được hỗ trợ đợt 2 của thị xã.\n")
    clauses = {c.text: c for c in _parse_body(body, aliases).clauses}
    assert clauses[said].headings[-1] == "- Đồng chí Kim Sóc Khanh, Chủ tịch Hội Chữ thập đỏ xã Vĩnh Hải:"


def test_an_agency_named_over_the_items_of_unnumbered_paragraphs_does_them(aliases):
    body = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tập trung thực hiện một số nội dung sau:\n\n"
            "Ban Tuyên giáo Tỉnh ủy:\n- Định hướng thông tin về hoạt động nhân đạo trên mạng xã hội.\n"
            "- Chỉ đạo Báo tỉnh duy trì chuyên mục nhân đạo hằng tháng.\n\n"
            "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh:\n"
            "- Bố trí kinh phí hoạt động năm 2025 cho Hội Chữ thập đỏ tỉnh.\n")
    clauses = {c.text: c for c in _parse_body(body, aliases).clauses}
    item = clauses["Định hướng thông tin về hoạt động nhân đạo trên mạng xã hội."]
    assert item.headings == ["Ban Tuyên giáo Tỉnh ủy:"] and item.actors[0].name == "Ban Tuyên giáo"
    assert clauses["Bố trí kinh phí hoạt động năm 2025 cho Hội Chữ thập đỏ tỉnh."].actors[0].name == "Ban cán sự đảng Ủy ban nhân dân"
    assert clauses["Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh:"].actors == []  # no task: its items are


def test_a_table_s_caption_in_capitals_inside_a_list_opens_no_section(aliases):
    body = ("1. Sở Tài chính bố trí kinh phí.\n\n2. Giao UBND các huyện\n\na) Tiếp nhận quà Tết theo phân bổ dưới đây.\n\n"
            "     BẢNG PHÂN BỔ QUÀ TẾT CHO CÁC HUYỆN\n\n"
            "  STT  Đơn vị               Số suất quà\n"
            "  ---  -------------------  -----------\n"
            "  1    Huyện Bát Xát            600\n"
            "  2    Huyện Bắc Hà             500\n"
            "  ---  -------------------  -----------\n\n"
            "b) Chỉ đạo các xã hướng dẫn người dân chống rét.\n\n3. Về chế độ báo cáo\n\nBáo cáo trước 15 giờ thứ Sáu.\n")
    clauses = {c.text: c for c in _parse_body(body, aliases).clauses}
    # the list goes on after the table its caption names: "b)" is the second item's, "3." the text's own
    assert clauses["Chỉ đạo các xã hướng dẫn người dân chống rét."].path == ["2", "b"]
    assert clauses["Báo cáo trước 15 giờ thứ Sáu."].path[0] == "3"
    row = next(c for t, c in clauses.items() if "Bát Xát" in t)
    assert row.path[:2] == ["2", "a"]


def test_an_unnumbered_title_in_capitals_after_numbered_parts_opens_a_section_of_its_own(aliases):
    body = ("I. NHIỆM VỤ, GIẢI PHÁP\n\n1. Cấp ủy các cấp nâng cao nhận thức về hiến máu.\n\n"
            "2. Mặt trận Tổ quốc vận động hội viên tham gia hiến máu.\n\nTỔ CHỨC THỰC HIỆN\n\n"
            "Ban Tuyên giáo Tỉnh ủy hướng dẫn, kiểm tra việc thực hiện.\n\n"
            "Đảng đoàn Hội Chữ thập đỏ tỉnh tham mưu sơ kết 3 năm.\n")
    clauses = {c.text: c for c in _parse_body(body, aliases).clauses}
    assert clauses["Mặt trận Tổ quốc vận động hội viên tham gia hiến máu."].label == "Mục I, điểm 2"
    guide = clauses["Ban Tuyên giáo Tỉnh ủy hướng dẫn, kiểm tra việc thực hiện."]
    assert (guide.label, guide.headings) == ("TỔ CHỨC THỰC HIỆN", ["TỔ CHỨC THỰC HIỆN"])
    assert [a.name for a in guide.actors] == ["Ban Tuyên giáo"]
    review = clauses["Đảng đoàn Hội Chữ thập đỏ tỉnh tham mưu sơ kết 3 năm."]
    assert review.label == "TỔ CHỨC THỰC HIỆN, đoạn 2" and review.headings == ["TỔ CHỨC THỰC HIỆN"]


def test_a_report_s_parts_lettered_in_capitals_hold_its_roman_sections(aliases):
    body = ("Hội Chữ thập đỏ tỉnh báo cáo kết quả 6 tháng đầu năm như sau:\n\nA. KẾT QUẢ THỰC HIỆN\n\nI. CÔNG TÁC TUYÊN TRUYỀN\n\n- Tổ chức Lễ phát động Tháng Nhân đạo.\n\n"
            "B. PHƯƠNG HƯỚNG NHIỆM VỤ\n\nI. CHỈ TIÊU\n\n- Phát triển 1.000 hội viên mới.\n\n"
            "A. Lincoln nói một câu.\n")
    labels = {c.text: c.label for c in _parse_body(body, aliases).clauses}
    assert labels["Tổ chức Lễ phát động Tháng Nhân đạo."] == "Phần A, Mục I, ý 1"
    assert labels["Phát triển 1.000 hội viên mới."] == "Phần B, Mục I, ý 1"
    assert "Phần C" not in " ".join(labels.values())  # a capital letter before a sentence is no part


def test_a_row_of_words_over_rows_of_figures_as_wide_heads_a_table(aliases):
    body = ("2. Chỉ tiêu cụ thể\n\na) Chỉ tiêu phát triển hội viên theo năm:\n\n"
            "Năm | Số hội viên kết nạp mới | Tổng số hội viên | Tỷ lệ so với dân số\n2027 | 11.000 | 193.000 | 5,2%\n"
            "2028 | 12.000 | 203.000 | 5,5%\n")
    rows = [c for c in _parse_body(body, aliases).clauses if ".dong-" in c.id]
    assert [c.text for c in rows] == ["2027 | 11.000 | 193.000 | 5,2%", "2028 | 12.000 | 203.000 | 5,5%"]
    assert rows[0].headings[-1].startswith("Năm | Số hội viên kết nạp mới")


def test_the_words_that_close_a_directive_close_the_list_open_above_them(aliases):
    body = ("1. Sở Giáo dục và Đào tạo:\n\na) Tổ chức dạy bơi cho học sinh.\n\n2. Ủy ban nhân dân các huyện:\n\n"
            "a) Lập danh sách các điểm có nguy cơ đuối nước.\n\nb) Báo cáo kết quả trước ngày 10/9/2026.\n\n"
            "Yêu cầu Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện nghiêm túc thực hiện Chỉ thị này.\n\n"
            "Chỉ thị này có hiệu lực kể từ ngày ký.")
    clauses = _parse_body(body, aliases).clauses
    assert clauses[-1].text == "Chỉ thị này có hiệu lực kể từ ngày ký." and clauses[-1].headings == []
    assert next(c for c in clauses if c.id == "mem:2.b").text == "Báo cáo kết quả trước ngày 10/9/2026."


def test_a_text_that_puts_its_appendix_before_its_closing_is_signed_and_sent_by_that_closing(aliases):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\n\nSố: 08/CT-UBND\n\nCHỈ THỊ\nVề công tác phòng, chống thiên tai năm 2025\n\n"
            "1. Các sở, ngành chủ động ứng phó.\n\nPHỤ LỤC\n\nCác nhiệm vụ trọng tâm\n\n(Kèm theo Chỉ thị số 08/CT-UBND "
            "ngày 16/5/2025)\n\nTT | Nội dung | Đơn vị chủ trì\n1 | Rà soát hồ chứa | Sở Nông nghiệp và Môi trường\n\n"
            "Nơi nhận:\n- Văn phòng Chính phủ (b/c);\n- Hội Chữ thập đỏ tỉnh;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHồ Đăng Khoa\n")
    parsed = parse_document(LoadedDocument(path="ct-08.txt", format="txt", text=text), "ct-08", aliases)
    assert parsed.document.signer == "Hồ Đăng Khoa"
    assert parsed.document.recipients == ["Văn phòng Chính phủ", "Hội Chữ thập đỏ tỉnh"]


def test_a_joint_text_keeps_the_number_each_party_gave_it(aliases):
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM SƠN\nSố: 2156/KHLT-SGDĐT\n\nHỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN\nSố: 74/KHLT-CTĐ\n\n"
            "KẾ HOẠCH LIÊN TỊCH\nCông tác Chữ thập đỏ trường học\n\n1. Tập huấn sơ cấp cứu cho 3.000 học sinh.\n")
    document = parse_document(LoadedDocument(path="khlt.txt", format="txt", text=text), "khlt", aliases).document
    assert (document.number, document.joint_numbers) == ("2156/KHLT-SGDĐT", ["74/KHLT-CTĐ"])


def test_a_heading_that_states_a_figure_of_what_it_titles_is_a_clause_too(aliases):
    body = (
        "1. Công tác tổ chức, xây dựng Hội: tối đa 20 điểm\n"
        "a) Phát triển hội viên mới: 8 điểm;\n"
        "b) Thu, nộp hội phí đúng hạn: 12 điểm.\n\n"
        "2. Thành phần Đoàn kiểm tra (05 thành viên)\n"
        "- Trưởng đoàn: đồng chí Lưu Quang Hải.\n\n"
        "3. Ủy ban nhân dân các huyện (12 đơn vị)\n"
        "- Bố trí kinh phí cho đội xung kích.\n\n"
        "4. Phương pháp\n"
        "- Nghe đơn vị báo cáo.\n\n"
        "5. Giai đoạn cứu trợ khẩn cấp (từ ngày 16/9/2024 đến ngày 30/9/2024)\n"
        "- Phát gạo, nước uống cho hộ bị thiệt hại.\n\n"
        "II. TIÊU CHÍ CHẤM ĐIỂM (tổng điểm tối đa: 100 điểm)\n"
        "1. Xây dựng tổ chức Hội: 30 điểm.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng Hội tổng hợp kết quả.\n"
    )
    clauses = {tuple(c.path): c.text for c in _parse_body(body, aliases).clauses}
    assert clauses[("1",)] == "Công tác tổ chức, xây dựng Hội: tối đa 20 điểm"
    assert clauses[("2",)] == "Thành phần Đoàn kiểm tra (05 thành viên)"
    # (a few words first in the brackets; and a part's Roman title)
    assert clauses[("5",)] == "Giai đoạn cứu trợ khẩn cấp (từ ngày 16/9/2024 đến ngày 30/9/2024)"
    assert clauses[("II",)] == "TIÊU CHÍ CHẤM ĐIỂM (tổng điểm tối đa: 100 điểm)"
    # an agency's heading counting its units, or a title, heads its items only
    assert ("3",) not in clauses and ("4",) not in clauses and ("III",) not in clauses
    assert clauses[("1", "a")] == "Phát triển hội viên mới: 8 điểm;"


def test_grounds_listed_before_the_first_part_are_the_preamble(aliases):
    body = ("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n- Xét đề nghị của Ban Tuyên giáo và Dân vận Huyện ủy tại Tờ trình "
            "số 21-TTr/BTGDV,\n\nBan Thường vụ Huyện ủy quy định như sau:\n\nĐiều 1. Phạm vi\n\n1. Quy định này áp dụng "
            "đối với đảng viên.\n\n- Đảng viên gương mẫu tham gia hiến máu.\n")
    parsed = _parse_body(body, aliases)
    assert [(c.label, c.text[:11]) for c in parsed.clauses[:3]] == [
        ("Phần mở đầu, đoạn 1", "Căn cứ Điều"), ("Phần mở đầu, đoạn 2", "Xét đề nghị"), ("Phần mở đầu, đoạn 3", "Ban Thường ")]
    # (a list item under a part stays its item)
    assert parsed.clauses[-1].text.startswith("Đảng viên gương mẫu") and parsed.clauses[-1].path[0] == "Điều 1"


def test_a_long_heading_is_shown_cut_at_a_word_and_keeps_its_id(aliases):
    body = ("## Phần thứ hai. PHƯƠNG HƯỚNG\n\n## MỤC TIÊU, CHỈ TIÊU VÀ NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2027 - 2030\n\n"
            "### 1. Mục tiêu\n\nPhát triển hội viên mới.\n")
    clause = _parse_body(body, aliases).clauses[0]
    assert clause.label == "Phần thứ hai, MỤC TIÊU, CHỈ TIÊU VÀ NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2027 - …, điểm 1"
    assert clause.id == "mem:phan-thu-hai.muc-tieu-chi-tieu-va-nhiem-vu-giai-phap-giai-doan-2027-2.1"


def test_a_part_s_title_on_a_heading_line_of_its_own_is_the_part_s(aliases):
    body = ("## Phần thứ nhất\n## KẾT QUẢ CÔNG TÁC HỘI NĂM 2027\n\n### 1. Hiến máu\n\nTiếp nhận 2.870 đơn vị máu.\n\n"
            "## Phần thứ hai\n## PHƯƠNG HƯỚNG NĂM 2028\n\n### 1. Hiến máu\n\nPhấn đấu tiếp nhận 3.000 đơn vị máu.\n")
    clauses = _parse_body(body, aliases).clauses
    assert [(c.label, c.headings[0]) for c in clauses] == [
        ("Phần thứ nhất, điểm 1", "Phần thứ nhất. KẾT QUẢ CÔNG TÁC HỘI NĂM 2027"),
        ("Phần thứ hai, điểm 1", "Phần thứ hai. PHƯƠNG HƯỚNG NĂM 2028")]


def test_a_sentence_a_page_s_foot_and_running_head_cut_is_read_whole(aliases):
    head = "UBND thành phố Nam Sơn - Công điện số 19/CĐ-UBND ngày 04/11/2027 - Ứng phó bão số 9"
    text = ("1. Sở Y tế bố trí 15 đội cấp cứu.\n\n                    Trang 1/3\n\n"
            f"{head}\n\n2. Sở Công Thương bảo đảm hàng hóa; Sở Tài\n\n                    Trang 2/3\n\n"
            f"{head}\n\nchính tạm ứng 5.000.000.000 đồng.\n")
    parsed = parse_document(LoadedDocument(path="m.txt", format="txt", text=text), "m", aliases)
    assert parsed.clauses[-1].text == "Sở Công Thương bảo đảm hàng hóa; Sở Tài\nchính tạm ứng 5.000.000.000 đồng."
    assert "Sở Tài chính" in [a.name for a in parsed.clauses[-1].actors]


def test_bold_opened_after_an_item_s_marker_leaves_no_mark_in_its_text(aliases):
    body = ("4. Giao nhiệm vụ\n\n4.1. **Ban Dân vận Tỉnh ủy** chủ trì theo dõi việc thực hiện.\n\n"
            "4.2. **Sở Tài chính** bố trí kinh phí.\n")
    texts = [c.text for c in _parse_body(body, aliases).clauses]
    assert texts == ["Ban Dân vận Tỉnh ủy chủ trì theo dõi việc thực hiện.", "Sở Tài chính bố trí kinh phí."]


def test_a_bare_page_number_over_a_running_head_is_page_furniture(aliases):
    head = "HỘI CHỮ THẬP ĐỎ TỈNH NAM SƠN"
    text = ("I. MỤC ĐÍCH\n\n1. Trang bị kỹ năng sơ cấp cứu cho ngư dân.\n\nII. ĐỐI TƯỢNG\n\na) Tình nguyện viên\n\n"
            f"                                  1\n\n\n                    {head}\n\n"
            "b) Ngư dân: thuyền trưởng, thuyền viên.\n\n"
            f"                                  2\n\n\n                    {head}\n\nIII. KINH PHÍ\n\nNgân sách tỉnh 350.000.000 đồng.\n")
    parsed = parse_document(LoadedDocument(path="m.txt", format="txt", text=text), "m", aliases)
    texts = [c.text for c in parsed.clauses]
    # the page's number and its head are no clause nor heading: "b)" goes on the list of "II", "III" is a part of its own
    assert not any(t.strip() in ("1", "2", head) for t in texts)
    assert [c.path for c in parsed.clauses if c.text.startswith(("Ngư dân", "Ngân sách"))] == [["II", "b"], ["III"]]


def test_an_article_s_first_line_wrapped_before_a_number_goes_on_in_it(aliases):
    # a text wrapped at a fixed width: the article's first line is a sentence that goes on past the wrap in a date
    body = ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 312/QĐ-UBND ngày\n"
            "20/02/2026 của Chủ tịch UBND thị xã về việc kiện toàn Ban Chỉ đạo vận động hiến máu tình\n"
            "nguyện thị xã năm 2026.\n"
            "Điều 4. Hiệu lực thi hành\n"
            "2027 là năm đầu tiên áp dụng.\n")
    parsed = _parse_body(body, aliases)
    assert parsed.clauses[0].text.startswith("Quyết định này có hiệu lực kể từ ngày ký")
    assert parsed.clauses[0].text.endswith("năm 2026.")
    # (a short title stays one, and the line under it its text)
    assert parsed.clauses[1].headings == ["Điều 4. Hiệu lực thi hành"]
    assert parsed.clauses[1].text == "2027 là năm đầu tiên áp dụng."


def test_an_article_s_first_line_wrapped_before_a_capital_goes_on_in_it(aliases):
    # the line ends no sentence at full width: the next, opening on a text's name, goes on with it
    body = ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2027 và thay thế\n"
            "Quyết định số 41/QĐ-CTĐ ngày 20 tháng 5 năm 2024 của Ban Thường vụ Hội Chữ thập đỏ tỉnh\n"
            "về việc ban hành Quy chế tiếp nhận, phân phối tiền, hàng cứu trợ.\n"
            "Điều 3. Trách nhiệm thi hành\n"
            "Chánh Văn phòng Hội chịu trách nhiệm thi hành Quyết định này.\n")
    parsed = _parse_body(body, aliases)
    assert parsed.clauses[0].text.startswith("Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2027")
    assert parsed.clauses[0].text.endswith("hàng cứu trợ.")
    # (a short title stays one, though the line under it opens in a capital)
    assert parsed.clauses[1].headings == ["Điều 3. Trách nhiệm thi hành"]
    assert parsed.clauses[1].text == "Chánh Văn phòng Hội chịu trách nhiệm thi hành Quyết định này."
