"""Layouts from VANBAN.md beyond the seeds: signature blocks, preambles, dotted items, task tables,
texts attached to a decision, two-column text exports and .docx line breaks."""

from pathlib import Path

import pytest

from retrieval.ingest.actors import AliasTable
from retrieval.ingest.loaders import document_id_for, load_document
from retrieval.ingest.parser import parse_document
from retrieval.models import LoadedDocument, ParsedDocument

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus"
EVAL_CORPUS = ROOT / "eval" / "corpus"
FIXTURES = Path(__file__).parent / "fixtures"
PLAN = FIXTURES / "kh-phan-cong.txt"


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return AliasTable.load()


def parse(path: Path, aliases: AliasTable) -> ParsedDocument:
    return parse_document(load_document(path), document_id_for(path), aliases)


def by_id(parsed: ParsedDocument) -> dict:
    return {c.id: c for c in parsed.clauses}


def actors(clause) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in clause.actors]


# A Quyết định typed in Word, block by block (a string is a paragraph, a list of rows a table): layout
# tables for the frame, soft line breaks inside paragraphs, an attached Quy chế whose Điều 1–3 repeat
# the decision's own numbers, and a real task table.
DECISION = [
    [["ỦY BAN NHÂN DÂN\nTỈNH MINH HẢI\nSố: 215/QĐ-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nMinh Hải, ngày 05 tháng 3 năm 2024"]],
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế phối hợp giữa Ủy ban nhân dân tỉnh\nvà Hội Chữ thập đỏ tỉnh Minh Hải",
    "ỦY BAN NHÂN DÂN TỈNH MINH HẢI",
    "Căn cứ Luật Hoạt động chữ thập đỏ ngày 03 tháng 6 năm 2008;",
    "Theo đề nghị của Chủ tịch Hội Chữ thập đỏ tỉnh tại Tờ trình số 20/TTr-CTĐ ngày 20 tháng 02 năm 2024\n"
    "và Giám đốc Sở Nội vụ.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ủy ban nhân dân tỉnh và Hội Chữ thập đỏ tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh chịu trách nhiệm thi hành "
    "Quyết định này./.",
    [["Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Bình"]],
    [["ỦY BAN NHÂN DÂN\nTỈNH MINH HẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]],
    "QUY CHẾ",
    "Phối hợp giữa Ủy ban nhân dân tỉnh và Hội Chữ thập đỏ tỉnh Minh Hải",
    "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 05 tháng 3 năm 2024\ncủa Ủy ban nhân dân tỉnh Minh Hải)",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định việc phối hợp giữa Ủy ban nhân dân tỉnh\nvà Hội Chữ thập đỏ tỉnh trong công tác nhân đạo.",
    "Điều 2. Trách nhiệm phối hợp\n1. Sở Tài chính chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh hướng dẫn việc quản lý\n"
    "nguồn đóng góp tự nguyện.",
    "2. Hội Chữ thập đỏ tỉnh báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.",
    "Điều 3. Phân công thực hiện",
    [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
     ["1", "Tập huấn sơ cấp cứu", "Sở Y tế", "Hội Chữ thập đỏ tỉnh\nỦy ban nhân dân các huyện, thành phố"],
     ["2", "Bố trí kinh phí hoạt động", "Sở Tài chính", ""]],
]


def write_docx(blocks: list, path: Path) -> Path:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        for r, row in enumerate(block):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def decision(tmp_path_factory, aliases) -> ParsedDocument:
    return parse(write_docx(DECISION, tmp_path_factory.mktemp("docx") / "qd-215-minh-hai.docx"), aliases)


def test_signature_block_is_a_clause_of_its_own(aliases):
    lai_chau = parse(CORPUS / "kh-ubnd-laichau-2023.md", aliases)
    closing = lai_chau.closing
    assert (closing.id, closing.kind, closing.path, closing.label) == (
        "kh-ubnd-laichau-2023:closing", "closing", ["closing"], "Phần ký văn bản")
    assert closing.text.startswith("Nơi nhận:") and closing.text.endswith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTổng Thanh Hải")
    assert closing.actors == [] and closing not in lai_chau.clauses
    source = (CORPUS / "kh-ubnd-laichau-2023.md").read_text(encoding="utf-8")
    assert source[closing.start:closing.end] == closing.text
    assert parse(CORPUS / "cv-1277-hu-lacduong.md", aliases).closing.text.endswith("- Lưu Văn phòng Huyện ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nYa Tjong")
    assert parse(CORPUS / "kh-100-tu-daklak.md", aliases).closing.text.endswith("- Lưu VPTU.\n\nHoàng Trọng Hải")  # a name, no title


def test_signer_is_read_from_the_signature_block_without_front_matter(aliases, tmp_path):
    source = (CORPUS / "cv-981-tu-tphcm.md").read_text(encoding="utf-8")
    body = source[source.index("\n---\n", 4) + 5:].replace("Nguyễn Hồ Hải", "NGUYỄN HỒ HẢI")
    path = tmp_path / "cv-981.md"
    path.write_text(body, encoding="utf-8")
    parsed = parse(path, aliases)
    assert parsed.document.signer == "Nguyễn Hồ Hải"
    assert parsed.closing.text.startswith("Nơi nhận:") and parsed.closing.text.endswith("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNGUYỄN HỒ HẢI")
    assert all("Nơi nhận" not in c.text and "Lưu Văn phòng" not in c.text for c in parsed.clauses)


@pytest.mark.parametrize(("document_id", "clause_id"), [
    ("cv-1277-hu-lacduong", "mo-dau.1"),  # "Ngày 28/3/2024, Ban Thường vụ Tỉnh ủy ban hành …; … yêu cầu các cấp ủy …"
    ("cv-981-tu-tphcm", "mo-dau.1"),  # "Thực hiện Kết luận …, Ban Thường vụ Thành ủy yêu cầu …"
    ("kh-100-tu-daklak", "mo-dau.3"),  # "… Ban thường vụ Tỉnh ủy xây dựng kế hoạch … như sau:"
])
def test_preambles_carry_no_actors(aliases, document_id, clause_id):
    clause = by_id(parse(CORPUS / f"{document_id}.md", aliases))[f"{document_id}:{clause_id}"]
    assert clause.label.startswith("Phần mở đầu") and clause.actors == []


def test_text_exported_in_two_columns(aliases):
    parsed = parse(PLAN, aliases)
    document = parsed.document
    assert (document.type, document.number, document.issuer, document.place, document.signer) == (
        "Kế hoạch", "87/KH-UBND", "Ủy ban nhân dân huyện Minh Hòa", "Minh Hòa", "Nguyễn Văn An")
    assert document.date == "2024-02"  # "ngày 31 tháng 2" does not exist: month precision
    # the signature sits beside "Nơi nhận": the closing runs from "Nơi nhận" to the last line, both columns
    closing = parsed.closing
    assert closing.text.startswith("Nơi nhận:") and "TM. ỦY BAN NHÂN DÂN" in closing.text and "Nguyễn Văn An" in closing.text
    assert "KT. CHỦ TỊCH" in closing.text and "PHÓ CHỦ TỊCH" in closing.text
    assert all("Nơi nhận" not in c.text and "Lưu: VT" not in c.text for c in parsed.clauses)
    intro = by_id(parsed)["kh-phan-cong:mo-dau.1"]
    assert intro.text.startswith("Căn cứ Luật") and intro.text.endswith("như sau:") and intro.actors == []


def test_dotted_items_nest_under_their_item(aliases):
    clauses = by_id(parse(PLAN, aliases))
    item = clauses["kh-phan-cong:ii.1.1-2"]
    assert (item.path, item.label) == (["II", "1", "1.2"], "Mục II, điểm 1.2")
    assert item.headings == ["II. NỘI DUNG HOẠT ĐỘNG", "1. Công tác tuyên truyền"]
    # the subject after an opening time phrase ("Trong vòng 10 ngày …, Phòng … đăng tải")
    assert actors(item) == [("Phòng Văn hóa và Thông tin", "lead")]
    assert clauses["kh-phan-cong:ii.2.2-1"].path == ["II", "2", "2.1"]


def test_tab_separated_task_table_gives_one_clause_per_row(aliases):
    parsed = parse(PLAN, aliases)
    rows = [c for c in parsed.clauses if c.path[0] == "III"]
    assert [(c.id, c.label) for c in rows] == [
        ("kh-phan-cong:iii.nhom-i.dong-1", "Mục III, nhóm I, dòng 1"),
        ("kh-phan-cong:iii.nhom-i.dong-2", "Mục III, nhóm I, dòng 2"),
        ("kh-phan-cong:iii.nhom-ii.dong-1", "Mục III, nhóm II, dòng 1"),
    ]
    first = rows[0]
    assert first.text.startswith("1\tLễ phát động Tháng Nhân đạo\tHội Chữ thập đỏ huyện")
    # (the header row keeps its columns, as a table typed with bars does)
    assert first.headings == ["III. PHÂN CÔNG NHIỆM VỤ",
                              "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành",
                              "I Nhiệm vụ chung"]
    assert actors(first) == [("Hội Chữ thập đỏ huyện", "lead"), ("Phòng Văn hóa và Thông tin", "cooperating"),
                             ("Ủy ban nhân dân xã", "cooperating")]
    # an agency the alias table does not know is named as written in its column
    assert actors(rows[1]) == [("Phòng Y tế", "lead"), ("Hội Chữ thập đỏ huyện", "cooperating"),
                               ("Trung tâm Y tế huyện", "cooperating")]
    assert actors(rows[2]) == [("Ủy ban nhân dân xã", "lead"), ("Hội Chữ thập đỏ xã", "cooperating")]
    assert "Nhiệm vụ chung" not in [c.text for c in parsed.clauses]  # a group row is a heading, not a task


def test_appendix_with_a_markdown_table_is_an_attached_text(aliases):
    parsed = parse(PLAN, aliases)
    appendix = [c for c in parsed.clauses if c.path[0] == "Phụ lục"]
    assert [c.id for c in appendix] == ["kh-phan-cong:phu-luc", "kh-phan-cong:phu-luc.dong-1", "kh-phan-cong:phu-luc.dong-2"]
    title = appendix[0]
    assert title.text.startswith("PHỤ LỤC\nDANH MỤC ĐIỂM TIẾP NHẬN ỦNG HỘ\n(Kèm theo Kế hoạch số 87/KH-UBND")
    assert title.actors == []
    assert appendix[1].label == "Phụ lục, dòng 1"
    assert appendix[1].headings[0] == "PHỤ LỤC. DANH MỤC ĐIỂM TIẾP NHẬN ỦNG HỘ"
    assert actors(appendix[1]) == [("Hội Chữ thập đỏ huyện", "lead"), ("Kho bạc Nhà nước huyện", "cooperating")]
    assert actors(appendix[2]) == [("Hội Chữ thập đỏ xã", "lead")]
    assert parsed.document.signer == "Nguyễn Văn An"  # the plan's signature, found before the appendix


def test_decision_with_an_attached_regulation(decision):
    document = decision.document
    assert (document.type, document.number, document.date, document.issuer, document.signer) == (
        "Quyết định", "215/QĐ-UBND", "2024-03-05", "Ủy ban nhân dân tỉnh Minh Hải", "Trần Thị Bình")
    ids = [c.id for c in decision.clauses]
    assert len(ids) == len(set(ids))
    assert ids == [
        *(f"qd-215-minh-hai:mo-dau.{n}" for n in (1, 2, 3)),
        "qd-215-minh-hai:dieu-1", "qd-215-minh-hai:dieu-2", "qd-215-minh-hai:dieu-3",
        "qd-215-minh-hai:quy-che",
        "qd-215-minh-hai:quy-che.dieu-1",
        "qd-215-minh-hai:quy-che.dieu-2.khoan-1", "qd-215-minh-hai:quy-che.dieu-2.khoan-2",
        "qd-215-minh-hai:quy-che.dieu-3.dong-1", "qd-215-minh-hai:quy-che.dieu-3.dong-2",
    ]
    clauses = by_id(decision)
    assert clauses["qd-215-minh-hai:dieu-2"].text == "Quyết định này có hiệu lực kể từ ngày ký."
    article = clauses["qd-215-minh-hai:quy-che.dieu-1"]
    assert (article.path, article.label) == (["Quy chế", "Điều 1"], "Quy chế, Điều 1")
    assert article.headings == ["QUY CHẾ. Phối hợp giữa Ủy ban nhân dân tỉnh và Hội Chữ thập đỏ tỉnh Minh Hải",
                                "Điều 1. Phạm vi điều chỉnh"]
    # a line break that only wraps a sentence is a space: one paragraph stays one clause
    assert article.text == ("Quy chế này quy định việc phối hợp giữa Ủy ban nhân dân tỉnh và Hội Chữ thập đỏ tỉnh "
                            "trong công tác nhân đạo.")
    finance = clauses["qd-215-minh-hai:quy-che.dieu-2.khoan-1"]
    assert finance.label == "Quy chế, Điều 2, khoản 1"
    assert finance.text.endswith("việc quản lý nguồn đóng góp tự nguyện.")
    assert actors(finance) == [("Sở Tài chính", "lead"), ("Hội Chữ thập đỏ tỉnh", "cooperating")]
    title = clauses["qd-215-minh-hai:quy-che"]
    assert title.text.endswith("(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 05 tháng 3 năm 2024 của Ủy ban "
                               "nhân dân tỉnh Minh Hải)")


def test_docx_table_rows_and_frame(decision):
    clauses = by_id(decision)
    row = clauses["qd-215-minh-hai:quy-che.dieu-3.dong-1"]
    assert row.text == "1 | Tập huấn sơ cấp cứu | Sở Y tế | Hội Chữ thập đỏ tỉnh; Ủy ban nhân dân các huyện, thành phố"
    assert actors(row) == [("Sở Y tế", "lead"), ("Hội Chữ thập đỏ tỉnh", "cooperating"),
                           ("Ủy ban nhân dân huyện", "cooperating")]
    assert actors(clauses["qd-215-minh-hai:quy-che.dieu-3.dong-2"]) == [("Sở Tài chính", "lead")]
    assert decision.closing.text.endswith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Bình")
    assert "Số: 215/QĐ-UBND" in decision.header.text
    preamble = [c for c in decision.clauses if c.path[0] == "mở đầu"]
    assert [c.text[:12] for c in preamble] == ["Căn cứ Luật ", "Theo đề nghị", "QUYẾT ĐỊNH:"]
    assert all(c.actors == [] for c in preamble)
    for clause in decision.clauses:
        assert "Nơi nhận" not in clause.text and "Trần Thị Bình" not in clause.text


def test_a_regulation_on_its_own_is_not_an_attachment(aliases, tmp_path):
    body = ("ỦY BAN NHÂN DÂN\nTỈNH MINH HẢI\n\nQUY CHẾ\nPhối hợp công tác nhân đạo\n"
            "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh)\n\n"
            "Điều 1. Phạm vi\nQuy chế này quy định việc phối hợp.\n")
    parsed = parse_document(LoadedDocument(path="qc.txt", format="txt", text=body), "qc", aliases)
    assert [c.id for c in parsed.clauses] == ["qc:dieu-1"]
    assert parsed.document.type == "Quy chế"


@pytest.mark.parametrize("path", sorted(EVAL_CORPUS.glob("*.*")) if EVAL_CORPUS.is_dir() else [], ids=lambda p: p.name)
def test_eval_corpus_documents_read_whole(aliases, path):
    """Whatever the eval documents say, they read as texts: verbatim clauses, unique ids, a signer from
    the signature block, a preamble without actors, no recipient list among the clauses."""
    loaded = load_document(path)
    parsed = parse_document(loaded, document_id_for(path), aliases)
    ids = [c.id for c in parsed.clauses]
    assert parsed.clauses and len(ids) == len(set(ids))
    blocks = [c for c in (parsed.header, parsed.closing) if c is not None]
    for clause in [*parsed.clauses, *blocks]:
        assert loaded.text[clause.start - loaded.body_offset:clause.end - loaded.body_offset] == clause.text
    assert parsed.closing is not None and parsed.document.signer
    assert parsed.document.signer.split()[-1] in parsed.closing.text.title()
    assert all(c.actors == [] for c in parsed.clauses if c.path[0] == "mở đầu")
    assert not any(c.text.lstrip("*").startswith("Nơi nhận") for c in parsed.clauses)


def test_directive_with_lettered_points_and_recipients_beside_the_signature(aliases):
    """A Chỉ thị: numbered agencies with "a)", "b)" points; "Nơi nhận" in the left column, the signature
    in the right."""
    parsed = parse(FIXTURES / "ct-05-chi-thi.txt", aliases)
    document = parsed.document
    assert (document.type, document.number, document.date, document.signer) == ("Chỉ thị", "05/CT-UBND", "2025-05-20", "Trần Báu Hà")
    assert document.recipients == ["Bộ Lao động - TB&XH", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                                   "Các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã, thành phố"]
    clauses = by_id(parsed)
    assert clauses["ct-05-chi-thi:1.b"].label == "Điểm 1, tiết b"
    assert actors(clauses["ct-05-chi-thi:1.b"])[0] == ("Sở Giáo dục và Đào tạo", "lead")
    assert actors(clauses["ct-05-chi-thi:3.c"])[0] == ("Hội Chữ thập đỏ tỉnh", "lead")
    assert parsed.closing.text.startswith("Nơi nhận:") and "KT. CHỦ TỊCH" in parsed.closing.text


def test_party_committee_named_under_its_party_organisation(aliases):
    parsed = parse(FIXTURES / "kl-652-tinh-uy.txt", aliases)
    assert parsed.document.issuer == "Tỉnh ủy Bình Định"  # "ĐẢNG BỘ TỈNH BÌNH ĐỊNH / TỈNH ỦY"
    assert parsed.document.number == "652-KL/TU"
    clauses = by_id(parsed)
    front = clauses["kl-652-tinh-uy:3.c"]
    assert front.text.startswith("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    assert "Đảng đoàn Mặt trận Tổ quốc Việt Nam" in [a.name for a in front.actors]


def test_a_list_opened_by_a_sentence_keeps_the_sentence_as_a_clause(aliases):
    clauses = by_id(parse(FIXTURES / "kh-36-chi-tieu.txt", aliases))
    assert clauses["kh-36-chi-tieu:ii.1"].text == "Toàn tỉnh tiếp nhận ít nhất 16.500 đơn vị máu, trong đó:"
    assert clauses["kh-36-chi-tieu:ii.1.b1"].headings[-1].startswith("1. Toàn tỉnh tiếp nhận")
    # a title that only names who the list is about stays a heading
    assert not any(c.text.rstrip(":") in ("Sở Y tế", "Sở Tài chính") for c in clauses.values())


FRAME = ("HỘI CHỮ THẬP ĐỎ HUYỆN LONG MỸ\nSố: 27/BC-CTĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\n\nLong Mỹ, ngày 20 tháng 6 năm 2024\n\nBÁO CÁO\nSơ kết công tác 6 tháng\n\n")


def test_a_part_headed_in_capitals_is_a_part(aliases):
    body = FRAME + ("PHẦN I. KẾT QUẢ\n\nI. CÔNG TÁC TỔ CHỨC\n\n1. Kết nạp 312 hội viên.\n\n"
                    "PHẦN II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n\n1. Phấn đấu kết nạp 300 hội viên.\n")
    parsed = parse_document(LoadedDocument(path="bc.txt", format="txt", text=body), "bc", aliases)
    assert [(c.id, c.label) for c in parsed.clauses] == [("bc:phan-i.i.1", "Phần I, Mục I, điểm 1"),
                                                          ("bc:phan-ii.1", "Phần II, điểm 1")]


def test_a_list_after_a_table_belongs_to_the_item_that_holds_the_table(aliases):
    body = FRAME + ("a) Hàng cứu trợ, gồm:\n\n| TT | Mặt hàng | Đơn vị tính | Số lượng |\n|---|---|---|---|\n"
                    "| 1 | Áo phao | chiếc | 200 |\n\n- Phân bổ: huyện Ninh Hải 150 bộ.\n\nb) Hỗ trợ khẩn cấp.\n")
    parsed = parse_document(LoadedDocument(path="bc.txt", format="txt", text=body), "bc", aliases)
    assert [c.id for c in parsed.clauses] == ["bc:a.dong-1", "bc:a.b1", "bc:b"]
    assert parsed.clauses[1].text == "Phân bổ: huyện Ninh Hải 150 bộ." and parsed.clauses[1].label == "Điểm a, ý 1"


LETTER = ("HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH BẠC LIÊU\nSố: 207/CTĐ-CTXH\nV/v vận động quà Tết\n\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBạc Liêu, ngày 03 tháng 11 năm 2026\n\n"
          "Kính gửi:\n- Ban Thường vụ Hội Chữ thập đỏ các huyện, thị xã, thành phố;\n- Sở Y tế.\n\n")


def letter(opening: str, aliases: AliasTable) -> dict:
    body = LETTER + opening + ("\n\n1. Rà soát, lập danh sách hộ nghèo, gửi về Hội Chữ thập đỏ tỉnh trước ngày 20/11/2026."
                               "\n\n2. Sở Y tế chủ trì khám bệnh, cấp thuốc miễn phí cho người nghèo.\n\n"
                               "3. Toàn tỉnh phấn đấu vận động 5.000 suất quà Tết.\n\n"
                               "4. Tổ thẩm định của Hội Chữ thập đỏ tỉnh\n\nTổ gồm 05 thành viên, do Phó Chủ tịch làm tổ trưởng.\n\n"
                               "Ban Thường vụ Hội Chữ thập đỏ tỉnh đề nghị các đơn vị quan tâm thực hiện./.\n")
    return by_id(parse_document(LoadedDocument(path="cv.txt", format="txt", text=body), "cv", aliases))


@pytest.mark.parametrize("opening, asked", [
    # all of them, asked by kind (the "Kính gửi" list, an organ read as its body)
    ("Thực hiện Kế hoạch số 12/KH-TWH, Ban Thường vụ Hội Chữ thập đỏ tỉnh đề nghị các đơn vị triển khai một số nội dung sau:",
     ["Hội Chữ thập đỏ huyện", "Sở Y tế"]),
    # those it names
    ("Ban Thường vụ Hội Chữ thập đỏ tỉnh đề nghị Hội Chữ thập đỏ các huyện, thị xã, thành phố và các cơ sở Hội trực thuộc "
     "triển khai thực hiện một số nội dung sau:", ["Hội Chữ thập đỏ huyện"]),
])
def test_a_letter_s_items_with_no_subject_are_done_by_the_addressees_its_opening_asks(aliases, opening, asked):
    clauses = letter(opening, aliases)
    assert actors(clauses["cv:1"]) == [(name, "lead") for name in asked]
    assert actors(clauses["cv:2"])[0] == ("Sở Y tế", "lead")  # (an item naming who does it keeps its own)
    assert actors(clauses["cv:3"]) == []  # (a target of the whole province, not of those asked)
    assert actors(clauses["cv:4"]) == []  # (under a heading naming the body it is about)
    assert clauses["cv:1"].headings == []  # (the opening says who, not what the item is about)
    assert actors(clauses["cv:mo-dau.1"]) == []  # (the opening asks; it does nothing itself)


@pytest.mark.parametrize("opening", [
    # a call on the whole system, which the "Kính gửi" list does not name
    "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc thực hiện tốt các nhiệm vụ sau:",
    # what the addressees are to do goes on with another body
    "Hội Chữ thập đỏ tỉnh đề nghị các đơn vị phối hợp với Ủy ban nhân dân cùng cấp thực hiện một số nội dung sau:",
    # no list follows
    "Hội Chữ thập đỏ tỉnh đề nghị các đơn vị triển khai thực hiện.",
])
def test_an_opening_that_asks_others_or_more_gives_the_items_no_addressee(aliases, opening):
    assert actors(letter(opening, aliases)["cv:1"]) == []


def ruled_rows(tmp_path, aliases, name: str, section: str, header: str, rows: str, totals: str = "", after: str = "") -> list:
    """The rows read of a plain-text table aligned with spaces, a rule of dashes over and under its header and under its
    rows (its totals, then another rule, after them when given), in a section of a text filed as `name`."""
    rule = "-" * 100
    body = FRAME + f"{section}\n\n{rule}\n{header}\n{rule}\n{rows}{rule}\n" + (f"{totals}{rule}\n" if totals else "") + after
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return [c for c in parse(path, aliases).clauses if ".dong-" in c.id]


def test_a_row_wrapped_onto_the_line_under_it_reads_cell_by_cell(tmp_path, aliases):
    rows = ruled_rows(tmp_path, aliases, "kh-45.txt", "III. PHÂN CÔNG",
                      "TT   Nội dung công việc                          Đơn vị chủ trì        Đơn vị phối hợp          Thời gian",
                      "1    Tổ chức hội nghị quán triệt Quy định cho    Ban Tổ chức -         Ban Tuyên giáo và Dân    Trước ngày\n"
                      "     cán bộ Hội chủ chốt cấp tỉnh                Tuyên truyền          vận Tỉnh ủy              15/6/2026\n"
                      "2    In 2.000 tờ gấp tuyên truyền                Văn phòng Hội         Sở Y tế                  Tháng 6/2026\n")
    # (each column's words together: "Ban Tổ chức -" over "Tuyên truyền" is one body, "Trước ngày" over "15/6/2026" one date)
    assert rows[0].text == ("1 | Tổ chức hội nghị quán triệt Quy định cho cán bộ Hội chủ chốt cấp tỉnh | Ban Tổ chức - Tuyên "
                            "truyền | Ban Tuyên giáo và Dân vận Tỉnh ủy | Trước ngày 15/6/2026")
    assert rows[1].text.startswith("2   |In 2.000 tờ gấp")  # (a row on one line keeps its text as written)


def test_a_cost_table_whose_cells_wrap_onto_short_lines_and_over_a_page_break_reads_row_by_row(tmp_path, aliases):
    head = "\fTờ trình số 12/TTr-HCTĐ - Hội Chữ thập đỏ huyện Đồng Xuân\n\n"
    rows = [c.text for c in ruled_rows(
        tmp_path, aliases, "ttr-12.txt", "III. DỰ TOÁN KINH PHÍ",
        "STT   Nội dung chi                                  ĐVT          SL      Đơn giá     Thành tiền",
        "1     Thù lao giảng viên (bác sĩ Trung tâm Y tế     buổi             12     500.000     6.000.000\n"
        "      huyện)\n"
        "2     Túi sơ cấp cứu cấp cho đội sơ cấp cứu cơ sở   túi              11     850.000     9.350.000\n"
        "3     Hỗ trợ Ban Tổ chức, phục vụ lớp (04 người x   người/ngày       24     100.000     2.400.000\n"
        "\n                                         - 2 -\n" + head + "      06 ngày)\n",
        "      Tổng cộng                                                                        17.750.000\n",
        f"\n{head}IV. ĐỀ NGHỊ\n\nĐề nghị Ủy ban nhân dân huyện xem xét.\n")]
    # (each cell's wrapped words with it, the page's number and running head left out; a row on one line as written)
    assert rows[0] == "1 | Thù lao giảng viên (bác sĩ Trung tâm Y tế huyện) | buổi | 12 | 500.000 | 6.000.000"
    assert rows[1].startswith("2    |Túi sơ cấp cứu") and rows[1].endswith("850.000 |   9.350.000")
    assert rows[2] == "3 | Hỗ trợ Ban Tổ chức, phục vụ lớp (04 người x 06 ngày) | người/ngày | 24 | 100.000 | 2.400.000"


def test_a_label_in_bold_heads_the_items_under_it(aliases):
    body = FRAME + ("III. LỊCH BÀN GIAO\n\n**Đợt 1:** 07 hộ của các xã Bình Minh, Liên Khê.\n- Thời gian: 7 giờ 30 phút, "
                    "ngày 20/4/2027.\n- Địa điểm: Sân Trung tâm Văn hóa huyện.\n\n**Đợt 2:** 11 hộ của xã Tân Châu.\n"
                    "- Thời gian: 8 giờ 00 phút, ngày 22/4/2027.\n- Địa điểm: Sân Ủy ban nhân dân xã Tân Châu.\n")
    parsed = parse_document(LoadedDocument(path="tb.md", format="md", text=body), "tb", aliases)
    places = [c for c in parsed.clauses if c.text.startswith("Địa điểm")]
    assert [c.headings[-1] for c in places] == ["Đợt 1: 07 hộ của các xã Bình Minh, Liên Khê.", "Đợt 2: 11 hộ của xã Tân Châu."]


def test_a_bullet_indented_under_a_bullet_is_its_item(aliases):
    body = FRAME + ("V. KINH PHÍ\n\n- Tổng dự toán kinh phí tổ chức Hội thi: 185.000.000 đồng, trong đó:\n"
                    "  - Ngân sách tỉnh cấp: 120.000.000 đồng;\n  - Nguồn vận động tài trợ: 65.000.000 đồng.\n"
                    "- Hỗ trợ mỗi đội dự thi 3.000.000 đồng/đội.\n")
    parsed = parse_document(LoadedDocument(path="kh.md", format="md", text=body), "kh", aliases)
    assert [c.id for c in parsed.clauses] == ["kh:v.b1", "kh:v.b1.b1", "kh:v.b1.b2", "kh:v.b2"]


EXPORTED_PAGES = """ỦY BAN NHÂN DÂN TỈNH THUẬN AN
Số: 286/KH-UBND
                                  KẾ HOẠCH
              Hỗ trợ người dân bị ảnh hưởng hạn hán năm 2027
I. NỘI DUNG HỖ TRỢ
      1. Hỗ trợ nước sinh hoạt
      Cấp 1.500 bồn chứa nước loại 1.000 lít cho hộ nghèo, hộ cận nghèo tại các xã thiếu
nước nghiêm trọng; đơn giá 2.300.000 đồng/bồn đã bao gồm vận chuyển, lắp đặt.
      2. Hỗ trợ lương thực
      Đối với 9.600 nhân khẩu thuộc hộ có nguy cơ thiếu đói, hỗ trợ 15 kg gạo/nhân

                                          1/3
\f
UBND tỉnh Thuận An - Kế hoạch số 286/KH-UBND ngày 04/12/2026

khẩu/tháng trong 03 tháng, tổng số 432 tấn gạo từ nguồn dự trữ quốc gia.
II. TỔ CHỨC THỰC HIỆN
      1. Hội Chữ thập đỏ tỉnh
      Là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; vận động doanh nghiệp,

                                          2
\f
UBND tỉnh Thuận An - Kế hoạch số 286/KH-UBND ngày 04/12/2026

nhà hảo tâm trong và ngoài tỉnh ủng hộ; tiếp nhận, phân bổ quà Tết theo biểu phân bổ.
      2. Sở Tài chính
      Tham mưu Ủy ban nhân dân tỉnh bố trí 6,5 tỷ đồng từ nguồn dự phòng ngân sách tỉnh,
trình trước ngày 22/12/2026.
"""


def test_a_text_exported_page_by_page_is_read_without_its_page_furniture(aliases):
    # (a heading line too short to have wrapped ends its paragraph; a page's number, "1/3" or a bare "2" by the form
    # feed, and the running head each page repeats are no text: the sentence they cut goes on)
    parsed = parse_document(LoadedDocument(path="kh-286.txt", format="txt", text=EXPORTED_PAGES), "kh-286", aliases)
    clauses = {c.id: c for c in parsed.clauses}
    food = clauses["kh-286:i.2"]
    assert food.headings[-1] == "2. Hỗ trợ lương thực"
    assert food.text == ("Đối với 9.600 nhân khẩu thuộc hộ có nguy cơ thiếu đói, hỗ trợ 15 kg gạo/nhân\n"
                         "khẩu/tháng trong 03 tháng, tổng số 432 tấn gạo từ nguồn dự trữ quốc gia.")
    assert clauses["kh-286:ii.1"].text.endswith("vận động doanh nghiệp,\nnhà hảo tâm trong và ngoài tỉnh ủng hộ; tiếp nhận, "
                                                 "phân bổ quà Tết theo biểu phân bổ.")
    assert [a.name for a in clauses["kh-286:ii.2"].actors][:1] == ["Sở Tài chính"]
    assert not any("Kế hoạch số 286/KH-UBND ngày" in c.text or c.text.strip() in ("1/3", "2") for c in parsed.clauses)


HEADED_FIRST_PAGE = ("Tỉnh ủy Gia An - Công văn số 1186-CV/TU                  ngày 11/01/2027\n\n"
                     "      TỈNH ỦY GIA AN                          ĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "      Số 1186-CV/TU                      Gia An, ngày 11 tháng 01 năm 2027\n"
                     "V/v vận động hiến máu tình nguyện năm 2027\n\n"
                     "                  Kính gửi:\n"
                     "                      - Các huyện ủy: Đắk Lô, Ngọc Sơn, Tu Mơ, Sa\n"
                     "                        Thầy, Kon Rẫy;\n"
                     "                      - Thành ủy Gia An.\n\n"
                     "    Thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy\n"
                     "tổ chức vận động hiến máu.\n\f"
                     "Tỉnh ủy Gia An - Công văn số 1186-CV/TU                  ngày 11/01/2027\n\n"
                     "1. Các huyện ủy chỉ đạo tiếp nhận 950 đơn vị máu.\n\f"
                     "Tỉnh ủy Gia An - Công văn số 1186-CV/TU                  ngày 11/01/2027\n\n"
                     "2. Thành ủy chỉ đạo tiếp nhận 3.200 đơn vị máu.\n\n"
                     "                                        T/M BAN THƯỜNG VỤ\n"
                     "                                          PHÓ BÍ THƯ\n\n"
                     "                                        Đặng Minh Quân\n")


def test_a_date_a_page_break_parts_from_the_words_that_lead_to_it_is_read_in_their_sentence(aliases):
    text = HEADED_FIRST_PAGE.replace(
        "1. Các huyện ủy chỉ đạo tiếp nhận 950 đơn vị máu.\n",
        "1. Các huyện ủy tổ chức hai đợt: đợt 1 từ ngày 15/6/2027 đến ngày 30/6/2027; đợt 2 từ ngày 10/8/2027 đến ngày\n\n"
        "                                      Trang 1/3\n\f"
        "Tỉnh ủy Gia An - Công văn số 1186-CV/TU                  ngày 11/01/2027\n\n"
        "25/8/2027.\n\n- Báo cáo kết quả về Ban Thường vụ Tỉnh ủy.\n")
    parsed = parse_document(LoadedDocument(path="cv-1186.txt", format="txt", text=text), "cv-1186", aliases)
    waves = next(c for c in parsed.clauses if "đợt 2" in c.text)
    assert waves.text.endswith("đợt 2 từ ngày 10/8/2027 đến ngày\n25/8/2027.")
    assert not any(c.text.strip() == "25/8/2027." for c in parsed.clauses)


def test_a_running_head_over_the_first_page_too_is_no_title_and_a_wrapped_addressee_is_read_whole(aliases):
    parsed = parse_document(LoadedDocument(path="cv-1186.txt", format="txt", text=HEADED_FIRST_PAGE), "cv-1186", aliases)
    document = parsed.document
    assert (document.type, document.number, document.issuer, document.date) == ("Công văn", "1186-CV/TU", "Tỉnh ủy Gia An",
                                                                                "2027-01-11")
    # (a dashed addressee not ended by ";" goes on over the next line)
    assert document.recipients == ["Các huyện ủy: Đắk Lô, Ngọc Sơn, Tu Mơ, Sa Thầy, Kon Rẫy", "Thành ủy Gia An"]


TYPED_BY_HAND = """HỘI CHỮ THẬP ĐỎ TỈNH GIA AN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số:  19 /HD-CTĐ                                 Độc lập - Tự do - Hạnh phúc

                                    HƯỚNG DẪN
                     Tổ chức đại hội Hội Chữ thập đỏ cơ sở

II- NỘI DUNG ĐẠI HỘI
1/ Nội dung đại hội:
   a- Báo cáo đánh giá kết quả hoạt động nhiệm kỳ 2022 - 2027.
   b- Bầu Ban Chấp hành nhiệm kỳ 2027 - 2032.
2/ Hình thức đại hội: đại hội đại biểu hoặc đại hội toàn thể.

Trong quá trình thực hiện có gì vướng mắc, các cơ sở phản ánh về Hội Chữ thập đỏ tỉnh để được hướng dẫn./.

                                              TM. BAN THƯỜNG VỤ
Nơi nhận:                                        KT. CHỦ TỊCH
- TW Hội CTĐ VN (để b/c);                         PHÓ CHỦ TỊCH
- Hội CTĐ các xã, phường;                          (đã ký)
- Lưu VP.                                       Trần Quang Vinh

Hội CTĐ tỉnh Gia An - HD 19/HD-CTĐ                                   Trang 3
"""


def test_a_text_typed_by_hand_numbers_with_slashes_and_dashes_and_is_signed_above_its_page_foot(aliases):
    parsed = parse_document(LoadedDocument(path="hd-19.txt", format="txt", text=TYPED_BY_HAND), "hd-19", aliases)
    clauses = {c.id: c for c in parsed.clauses}
    assert clauses["hd-19:ii.1.a"].text == "Báo cáo đánh giá kết quả hoạt động nhiệm kỳ 2022 - 2027."
    assert clauses["hd-19:ii.1.b"].headings[-1] == "1/ Nội dung đại hội:"
    assert clauses["hd-19:ii.2"].text.startswith("Hình thức đại hội")
    assert parsed.document.signer == "Trần Quang Vinh"
