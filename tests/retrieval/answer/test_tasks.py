"""Tasks as data on the real corpus: who does what, under which clause, by when."""

import pytest

from retrieval.answer.tasks import time_frame

LAICHAU = "kh-ubnd-laichau-2023"


def test_education_department_has_exactly_the_two_laichau_tasks(corpus_assistant):
    rows = corpus_assistant.tasks(agency="Sở Giáo dục và Đào tạo")
    assert [r.clause_id for r in rows] == [f"{LAICHAU}:iii.5.b1", f"{LAICHAU}:iii.5.b2"]
    assert {(r.agency, r.role, r.document_id) for r in rows} == {("Sở Giáo dục và Đào tạo", "lead", LAICHAU)}
    assert rows[0].label == "Mục III, điểm 5, ý 1" and rows[0].task.startswith("Chỉ đạo quán triệt")


@pytest.mark.parametrize("name", ["Sở GD&ĐT", "so giao duc", "Sở Giáo dục"])
def test_agency_names_resolve_like_questions(corpus_assistant, name):
    assert [r.clause_id for r in corpus_assistant.tasks(agency=name)] == [f"{LAICHAU}:iii.5.b1", f"{LAICHAU}:iii.5.b2"]


def test_red_cross_has_every_bullet_of_laichau_iii_1_and_no_preamble(corpus_assistant):
    rows = corpus_assistant.tasks(agency="Hội Chữ thập đỏ")
    ids = [r.clause_id for r in rows]
    laichau_iii_1 = [c.id for c in corpus_assistant.document(LAICHAU).clauses if c.id.startswith(f"{LAICHAU}:iii.1.")]
    assert laichau_iii_1 == [f"{LAICHAU}:iii.1.b{i}" for i in range(1, 7)]
    assert ids[:6] == laichau_iii_1  # the document where it leads most comes first, in document order
    # nothing from a preamble: no header, no "Căn cứ"/"Thực hiện" opening, no Mục I (purpose) of the plan
    assert not any(i.endswith((":header", ":closing")) or i.startswith(f"{LAICHAU}:i.") for i in ids)
    assert len(ids) == len(set(ids))
    # levels stay apart: the province's Red Cross is not the district's
    province = {r.clause_id for r in corpus_assistant.tasks(agency="Hội Chữ thập đỏ tỉnh")}
    assert set(laichau_iii_1) <= province and "cv-1277-hu-lacduong:4" not in province
    assert {r.agency for r in rows} >= {"Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ huyện", "Hội Chữ thập đỏ thành phố"}


def test_rows_carry_the_document_and_role(corpus_assistant):
    rows = {r.clause_id: r for r in corpus_assistant.tasks(agency="Hội Chữ thập đỏ tỉnh", document=LAICHAU)}
    assert rows[f"{LAICHAU}:iii.4.b1"].role == "cooperating" and rows[f"{LAICHAU}:iii.1.b1"].role == "lead"
    assert {r.document_id for r in rows.values()} == {LAICHAU}
    assert rows[f"{LAICHAU}:iii.1.b1"].document_date == "2023-09" and rows[f"{LAICHAU}:iii.1.b1"].document_number is None


def test_the_answer_and_the_rows_list_the_same_tasks(corpus_assistant):
    answer = corpus_assistant.ask("Sở Nội vụ phải làm gì?")
    assert [c.clause_id for c in answer.citations] == [r.clause_id for r in corpus_assistant.tasks(agency="Sở Nội vụ")]


def test_agencies_count_tasks_by_role_and_level(corpus_assistant):
    agencies = {a.name: a for a in corpus_assistant.agencies()}
    education = agencies["Sở Giáo dục và Đào tạo"]
    assert (education.tasks, education.lead, education.cooperating, education.documents) == (2, 2, 0, [LAICHAU])
    assert agencies["Hội Chữ thập đỏ tỉnh"].level == "tỉnh" and agencies["Hội Chữ thập đỏ huyện"].level == "huyện"
    assert agencies["Hội Chữ thập đỏ huyện"].documents == ["cv-1277-hu-lacduong"]


# (clause id, deadline_text, deadline, recurrence), read by hand from the seeds
SEED_DEADLINES = [
    (f"{LAICHAU}:iii.1.b1", "thường xuyên", None, None),
    (f"{LAICHAU}:iii.1.b5", "Thường xuyên", None, None),
    (f"{LAICHAU}:iii.10.b1", "định kỳ hàng năm", None, "yearly"),
    (f"{LAICHAU}:iii.5.b1", None, None, None),  # "Thông tư số 07/2017/TT-BGDĐT, ngày 14/3/2014": its date, no deadline
    ("cv-1277-hu-lacduong:2", "trong tháng 5 năm 2024", "2024-05-31", None),
    ("cv-1277-hu-lacduong:4", "năm 2024", "2024-12-31", None),
    ("cv-1277-hu-lacduong:6", "định kỳ", None, None),
    ("kh-100-tu-daklak:iii.2", "Định kỳ hàng năm", None, "yearly"),
    ("kh-100-tu-daklak:ii.1.b3", "hàng năm", None, "yearly"),
    ("kh-100-tu-daklak:i.4", None, None, None),  # "Chỉ thị 43 -CT/TW ngày 08/6/2010": a cited text's date
    ("kh-100-tu-daklak:iii.1", None, None, None),  # "… ngày 08 tháng 6 năm 2010": likewise
    ("cv-981-tu-tphcm:3", "Thường xuyên", None, None),  # "Luật Hoạt động Chữ thập đỏ năm 2008" is a name
    ("cv-981-tu-tphcm:6", "hàng năm", None, "yearly"),
    ("cv-981-tu-tphcm:7.b2", "định kỳ", None, None),
]


def test_seed_deadlines_and_recurrences(corpus_assistant):
    rows = {r.clause_id: r for r in corpus_assistant.tasks()}
    got = [(i, rows[i].deadline_text, rows[i].deadline, rows[i].recurrence) for i, *_ in SEED_DEADLINES]
    assert got == SEED_DEADLINES


@pytest.mark.parametrize(("text", "issued", "expected"), [
    ("Báo cáo kết quả về Ủy ban trước ngày 15 tháng 12 hằng năm.", "2023-09", ("trước ngày 15 tháng 12 hằng năm", None, "yearly")),
    ("Hoàn thành trong quý IV/2023.", "2023-09", ("trong quý IV/2023", "2023-12-31", None)),
    ("Tổng kết trong quý IV năm 2024.", None, ("trong quý IV năm 2024", "2024-12-31", None)),
    ("Báo cáo nhanh trong vòng 24 giờ kể từ khi xảy ra thiên tai.", None, ("trong vòng 24 giờ", None, "per event")),
    ("Triển khai thực hiện giai đoạn 2024 - 2026.", "2024-01-05", ("giai đoạn 2024 - 2026", "2026-12-31", None)),
    ("Gửi báo cáo trước ngày 15/12.", "2023-09-14", ("trước ngày 15/12", "2023-12-15", None)),
    ("Gửi báo cáo trước ngày 15/3.", "2023-09-14", ("trước ngày 15/3", "2024-03-15", None)),
    ("Gửi kế hoạch trước ngày 30/6/2025.", "2025-01-02", ("trước ngày 30/6/2025", "2025-06-30", None)),
    ("Báo cáo định kỳ hằng quý.", None, ("định kỳ hằng quý", None, "quarterly")),
    ("Cập nhật số liệu hằng tháng.", None, ("hằng tháng", None, "monthly")),
    ("Trả lời chậm nhất 07 ngày làm việc kể từ ngày nhận hồ sơ.", None, ("chậm nhất 07 ngày làm việc kể từ ngày", None, "per event")),
    ("Tổ chức vào tháng 10 năm 2024.", "2024-03-29", ("vào tháng 10 năm 2024", "2024-10-31", None)),
    ("Kiện toàn tổ chức Hội.", "2024-03-29", (None, None, None)),
])
def test_time_frame(text, issued, expected):
    frame = time_frame(text, issued)
    assert (frame.text, frame.deadline, frame.recurrence) == expected


def test_the_index_table_selects_what_a_scan_of_every_clause_selects(corpus_assistant):
    from retrieval.answer.tasks import select_tasks

    clauses = [c for info in corpus_assistant.documents() for c in corpus_assistant.document(info.id).clauses]
    table = corpus_assistant.task_book().clauses  # the index's table: clauses by the agencies they name
    assert sorted(table, key=lambda c: c.id) == sorted(clauses, key=lambda c: c.id)
    names = corpus_assistant.task_book().agency_names()
    for actors in ({"Sở Giáo dục và Đào tạo"}, {"Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ huyện"}, set(names), {"nobody"}):
        assert [(p, c.id, lead) for p, c, lead in select_tasks(table, actors)] == [
            (p, c.id, lead) for p, c, lead in select_tasks(list(table), actors)
        ]
    assert table.positions_naming({"nobody"}) == []
