"""The alias table and who a clause assigns work to."""


import pytest

from retrieval.ingest.actors import AliasTable, Mention, extract_actors, table_actors
from retrieval.errors import CtdError
from retrieval.models import Actor


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return AliasTable.load()


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở GD & ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở GDĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở Giáo dục", "Sở Giáo dục và Đào tạo"),
        ("ngành giáo dục", "Sở Giáo dục và Đào tạo"),
        ("UBND", "Ủy ban nhân dân"),
        ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("UBND huyện", "Ủy ban nhân dân huyện"),
        ("Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân huyện"),
        ("HĐND", "Hội đồng nhân dân"),
        ("MTTQ", "Mặt trận Tổ quốc Việt Nam"),
        ("Ủy ban MTTQ Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
        ("Hội CTĐ", "Hội Chữ thập đỏ"),
        ("CTĐ", "Hội Chữ thập đỏ"),
        ("Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ tỉnh"),
        ("Tỉnh Hội", "Hội Chữ thập đỏ tỉnh"),
        ("Hội CTĐ huyện", "Hội Chữ thập đỏ huyện"),
        ("Hội Chữ thập đỏ các quận, huyện", "Hội Chữ thập đỏ huyện"),
        ("Hội Chữ thập đỏ cấp xã", "Hội Chữ thập đỏ xã"),
        ("Hội Chữ thập đỏ các tỉnh, thành phố", "Hội Chữ thập đỏ tỉnh"),  # (a city of the centre is of the provinces' level)
        ("UBND các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân tỉnh"),
        ("UBND các xã, thị trấn", "Ủy ban nhân dân xã"),
        ("Ủy ban nhân dân thị xã", "Ủy ban nhân dân huyện"),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân huyện"),
        ("Hội Chữ thập đỏ các cấp", "Hội Chữ thập đỏ"),
        ("Hội Chữ thập đỏ các cấp tỉnh", "Hội Chữ thập đỏ"),  # every level in the province, not the province's own
        ("hoi ctd cac cap tinh", "Hội Chữ thập đỏ"),
        ("Ban Dân vận Tỉnh uỷ", "Ban Dân vận"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Tài chánh", "Sở Tài chính"),  # the South says "tài chánh"
        ("các tổ chức chính trị – xã hội", "Các tổ chức chính trị - xã hội"),
        ("Văn phòng Tỉnh ủy", "Văn phòng cấp ủy"),
        ("Thành Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Thị đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),  # (a town's, as a district's is "Huyện đoàn")
        ("Quận đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("BHXH tỉnh", "Bảo hiểm xã hội"),
        ("Bảo hiểm xã hội huyện", "Bảo hiểm xã hội"),
        ("Ban cán sự đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân"),
        ("Sở Nội vụ", "Sở Nội vụ"),
        # (a body's full name and the one it is usually written by)
        ("Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Hội Nạn nhân chất độc da cam/dioxin"),
        ("Hội Nạn nhân chất độc da cam", "Hội Nạn nhân chất độc da cam/dioxin"),
    ],
)
def test_canonical_resolves_spellings_and_abbreviations(aliases, written, canonical):
    assert aliases.canonical(written) == canonical


def test_canonical_is_none_for_text_that_is_not_one_agency(aliases):
    assert aliases.canonical("Sở Y tế và Sở Nội vụ") is None
    assert aliases.canonical("hoạt động nhân đạo") is None


def test_find_gives_offsets_into_the_original_text(aliases):
    text = "Nhiệm vụ của Sở GD&ĐT và UBND huyện là gì?"
    assert aliases.find(text) == [
        Mention("Sở Giáo dục và Đào tạo", 13, 21),
        Mention("Ủy ban nhân dân huyện", 25, 35),
    ]
    assert text[13:21] == "Sở GD&ĐT"


def test_find_prefers_the_longest_alias(aliases):
    assert [m.name for m in aliases.find("Sở Giáo dục và Đào tạo chỉ đạo")] == ["Sở Giáo dục và Đào tạo"]
    assert [m.name for m in aliases.find("Đảng đoàn Hội đồng nhân dân thành phố chỉ đạo Hội đồng nhân dân thành phố")] \
        == ["Đảng đoàn Hội đồng nhân dân", "Hội đồng nhân dân thành phố"]


def test_a_word_that_makes_a_compound_with_an_agency_word_names_no_agency(aliases):
    assert aliases.find("Học sinh các cơ sở giáo dục phổ thông, các cơ sở y tế và trụ sở Hội") == []
    assert [m.name for m in aliases.find("Cơ quan Sở Y tế chủ trì")] == ["Sở Y tế"]
    # health workers ("cán bộ y tế") are no ministry; the ministry named after them is
    assert aliases.find("Cán bộ y tế được cử đi giảng dạy") == []
    assert [m.name for m in aliases.find("Cán bộ y tế của Bộ Y tế")] == ["Bộ Y tế"]
    # a congress of the district ("Đại hội huyện") is no body; the Hội whose congress it is, named after it, is
    assert aliases.find("Xã Lê Hồ có mấy đại biểu đi Đại hội huyện?") == []
    assert [m.name for m in aliases.find("Đại hội Hội Chữ thập đỏ huyện")] == ["Hội Chữ thập đỏ huyện"]


def test_find_without_diacritics_uses_unaccented_aliases(aliases):
    assert [(m.name, m.start, m.end) for m in aliases.find("so giao duc phai lam gi")] == [("Sở Giáo dục và Đào tạo", 0, 11)]
    assert [m.name for m in aliases.find("ubnd huyen can lam gi")] == ["Ủy ban nhân dân huyện"]
    assert [m.name for m in aliases.find("hoi chu thap do tinh")] == ["Hội Chữ thập đỏ tỉnh"]


def test_find_without_diacritics_skips_short_ambiguous_aliases(aliases):
    # "tinh doan" (two plain words) could be "tính đoán"; "cap uy" could be many things.
    assert aliases.find("tinh doan va cap uy") == []


def test_find_does_not_match_inside_other_syllables(aliases):
    assert aliases.find("Họ bàn dân vận khéo") == []
    assert aliases.find("Sở Y tếp") == []


def test_family_covers_every_level(aliases):
    family = aliases.family("Ủy ban nhân dân")
    assert family[0] == "Ủy ban nhân dân"
    assert {"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện", "Ủy ban nhân dân xã"} <= set(family)
    assert aliases.family("Ủy ban nhân dân huyện") == ["Ủy ban nhân dân huyện"]
    assert aliases.family("Hội Chữ thập đỏ") == [
        "Hội Chữ thập đỏ", "Trung ương Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ thành phố", "Hội Chữ thập đỏ huyện", "Hội Chữ thập đỏ xã"]


def test_user_file_extends_the_table(tmp_path):
    extra = tmp_path / "aliases.yaml"
    extra.write_text(
        "agencies:\n"
        "  - name: Sở Giáo dục và Đào tạo\n"
        "    aliases: [Sở Giáo dục Lai Châu]\n"
        "  - name: Trung tâm Công tác xã hội\n"
        "    aliases: [TT CTXH]\n",
        encoding="utf-8",
    )
    table = AliasTable.load(extra)
    assert table.canonical("Sở Giáo dục Lai Châu") == "Sở Giáo dục và Đào tạo"
    assert table.canonical("TT CTXH") == "Trung tâm Công tác xã hội"
    assert table.canonical("Sở GDĐT") == "Sở Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("agencies:\n  - name: Sở X\n    alias: [X]\n", "sai cấu trúc tại agencies.0.alias: Extra inputs are not permitted"),
        ("agencies: [\n", "không phải YAML hợp lệ"),
        ("agencies:\n  - name: Sở Tư pháp Mới\n    aliases: [Sở Y tế]\n", "được gán cho cả 'Sở Y tế' và 'Sở Tư pháp Mới'"),
        ("agencies:\n  - name: UBND phường\n    part_of: Ủy ban cấp phường\n", "thuộc 'Ủy ban cấp phường'"),
        ("agencies:\n  - name: Hội Nông dân ấp\n    part_of: Hội Nông dân\n    level: ấp\n", "có cấp 'ấp', nhưng"),
        ("agencies:\n  - name: Hội Nông dân tỉnh\n    level: tỉnh\n", "không ghi part_of"),
        ("agencies:\n  - name: Hội CTĐ cấp tỉnh\n    part_of: Hội Chữ thập đỏ\n    level: tỉnh\n",
         "cấp 'tỉnh' của 'Hội Chữ thập đỏ' được gán cho cả 'Hội Chữ thập đỏ tỉnh' và 'Hội CTĐ cấp tỉnh'"),
    ],
)
def test_invalid_user_file_names_the_file_and_the_problem(tmp_path, content, message):
    extra = tmp_path / "bad.yaml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(CtdError) as error:
        AliasTable.load(extra)
    assert str(error.value).startswith(f"{extra}: ")
    assert message in str(error.value)


def test_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(CtdError, match=r"missing\.yaml: không đọc được bảng tên cơ quan"):
        AliasTable.load(tmp_path / "missing.yaml")


def test_heading_names_the_lead_of_clauses_that_never_name_it(aliases):
    actors = extract_actors(["III. TỔ CHỨC THỰC HIỆN", "5. Sở Giáo dục và Đào tạo"], "Chỉ đạo quán triệt …", aliases)
    assert actors == [Actor(name="Sở Giáo dục và Đào tạo", role="lead")]


@pytest.mark.parametrize(("heading", "name"), [
    ("7. Các Tổ dân phố", "Tổ dân phố"),  # the residential units a ward puts work on
    ("5. Công chức Tài chính - Kế toán phường", "Công chức Tài chính - Kế toán phường"),  # a civil servant's post
])
def test_a_ward_s_units_and_posts_lead_the_work_under_their_heading(aliases, heading, name):
    actors = extract_actors(["V. TỔ CHỨC THỰC HIỆN", heading], "Tham mưu bố trí kinh phí.", aliases)
    assert [a.name for a in actors if a.role == "lead"] == [name]


def test_giao_makes_lead_and_phoi_hop_voi_makes_cooperating(aliases):
    text = "Giao Ban Tổ chức Thành ủy chủ trì, phối hợp với Ban Dân vận Thành ủy, Sở Nội vụ tiếp tục nghiên cứu."
    assert extract_actors([], text, aliases) == [
        Actor(name="Ban Tổ chức", role="lead"),
        Actor(name="Ban Dân vận", role="cooperating"),
        Actor(name="Sở Nội vụ", role="cooperating"),
    ]


def test_partners_named_after_a_group_of_bodies_by_function_cooperate(aliases):
    text = ("Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh; phối hợp với cơ quan chức năng, UBND các huyện, thành phố "
            "thực hiện việc kiểm tra.")
    assert Actor(name="Ủy ban nhân dân huyện", role="cooperating") in extract_actors([], text, aliases)


@pytest.mark.parametrize("heading", ["1. Trách nhiệm của Hội Chữ thập đỏ tỉnh", "b) Đối với Hội Chữ thập đỏ tỉnh"])
def test_a_heading_naming_whose_responsibilities_follow_names_the_lead(aliases, heading):
    assert extract_actors(["Điều 3. Trách nhiệm của mỗi bên", heading], "Cử giảng viên tham gia tập huấn.", aliases) == [
        Actor(name="Hội Chữ thập đỏ tỉnh", role="lead")]


@pytest.mark.parametrize(("heading", "name"), [
    ("3. Ông Lê Quang Vinh, Giám đốc Sở Y tế - Phó Trưởng ban", "Sở Y tế"),
    ("7. Bà Trần Thị Mai, Phó Giám đốc Sở Tài chính - Ủy viên", "Sở Tài chính"),
    ("8. Thượng tá Nguyễn Hữu Bình, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh - Ủy viên", "Bộ Chỉ huy Quân sự"),
    ("4. Ủy viên là Phó Giám đốc Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),  # (by the post alone)
])
def test_a_board_member_named_with_the_post_they_hold_leads_by_their_body(aliases, heading, name):
    actors = extract_actors(["II. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN", heading], "Chịu trách nhiệm chỉ tiêu 800 đơn vị máu.", aliases)
    assert actors == [Actor(name=name, role="lead")]  # (not the post on the board after the dash)
    # (and so is the label an item opens with)
    label = heading.split(". ", 1)[1].split(" - ")[0]
    assert extract_actors([], f"{label}: chịu trách nhiệm chỉ tiêu 800 đơn vị máu.", aliases) == [Actor(name=name, role="lead")]


@pytest.mark.parametrize(("item", "name"), [
    # a post that fuses with its unit's name, or a unit no alias names
    ("Ông Nay Blum, Phó Trưởng phòng Nội vụ huyện: rà soát danh sách hộ nghèo.", "Phòng Nội vụ"),
    ("Ông Phạm Minh Tâm, Phó Trưởng Công an huyện: bảo vệ kho hàng 24/24 giờ.", "Công an"),
    ("Ông Rơ Châm Thương, Trưởng phòng Dân tộc huyện, Tổ phó thường trực: điều hành Tổ thường trực.", "Phòng Dân tộc huyện"),
    ("Ông Trần Quang Vinh, Phó Giám đốc Trung tâm Y tế huyện: thành lập 07 tổ y tế lưu động.", "Trung tâm Y tế huyện"),
])
def test_a_member_s_duties_listed_after_their_post_are_their_unit_s(aliases, item, name):
    actors = extract_actors(["V. PHÂN CÔNG NHIỆM VỤ", "1. Nhiệm vụ của thành viên"], item, aliases)
    assert actors[0] == Actor(name=name, role="lead")


def test_the_central_red_cross_is_its_own_level(aliases):
    assert aliases.canonical("Trung ương Hội") == "Trung ương Hội Chữ thập đỏ Việt Nam"
    assert "Trung ương Hội Chữ thập đỏ Việt Nam" not in aliases.family("Hội Chữ thập đỏ tỉnh")


def test_an_agency_work_is_agreed_with_takes_part_in_the_task(aliases):
    text = ("Phòng Lao động - Thương binh và Xã hội rà soát, lập danh sách hộ nghèo; thống nhất danh sách với "
            "Hội Chữ thập đỏ huyện, hoàn thành trước ngày 20/12/2024.")
    assert Actor(name="Hội Chữ thập đỏ huyện", role="cooperating") in extract_actors([], text, aliases)
    # reported to, through another body: neither takes part
    text = "Hội Chữ thập đỏ tỉnh báo cáo Ủy ban nhân dân tỉnh (qua Sở Ngoại vụ) trước khi tiếp nhận viện trợ."
    assert extract_actors([], text, aliases) == [Actor(name="Hội Chữ thập đỏ tỉnh", role="lead")]


def test_the_body_a_party_organ_leads_to_act_takes_part_in_the_task(aliases):
    text = "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh bố trí kinh phí hoạt động cho Hội."
    assert Actor(name="Ủy ban nhân dân tỉnh", role="cooperating") in extract_actors([], text, aliases)


def test_the_office_of_a_peoples_committee_is_not_the_committee(aliases):
    text = "Văn phòng UBND tỉnh chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh theo dõi, đôn đốc việc thực hiện."
    assert extract_actors([], text, aliases) == [
        Actor(name="Văn phòng Ủy ban nhân dân tỉnh", role="lead"),
        Actor(name="Hội Chữ thập đỏ tỉnh", role="cooperating"),
    ]


def test_phoi_hop_cung_stops_at_the_verb(aliases):
    text = ("Ban Dân vận Tỉnh uỷ chủ trì phối hợp cùng Ban Tuyên giáo Tỉnh uỷ, Văn phòng Tỉnh uỷ, Hội Chữ thập đỏ "
            "tỉnh giúp Ban thường vụ Tỉnh uỷ theo dõi.")
    assert extract_actors([], text, aliases) == [
        Actor(name="Ban Dân vận", role="lead"),
        Actor(name="Ban Tuyên giáo", role="cooperating"),
        Actor(name="Văn phòng cấp ủy", role="cooperating"),
        Actor(name="Hội Chữ thập đỏ tỉnh", role="cooperating"),
    ]


def test_de_nghi_heading_and_sentence_subjects(aliases):
    heading = "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội"
    assert [a.name for a in extract_actors([heading], "Căn cứ điều kiện cụ thể, tuyên truyền.", aliases)] == [
        "Mặt trận Tổ quốc Việt Nam", "Các tổ chức chính trị - xã hội"]
    text = "Ban Dân vận các cấp tham mưu cho cấp uỷ cùng cấp; Sở Nội vụ, Phòng Nội vụ cấp huyện tham mưu trực tiếp."
    assert [a.name for a in extract_actors([], text, aliases)] == ["Ban Dân vận", "Sở Nội vụ", "Phòng Nội vụ"]


def test_an_issuer_that_demands_is_not_an_actor(aliases):
    text = "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, chính quyền, Mặt trận Tổ quốc thực hiện tốt nhiệm vụ sau:"
    assert [a.name for a in extract_actors([], text, aliases)] == [
        "Cấp ủy đảng", "Chính quyền các cấp", "Mặt trận Tổ quốc Việt Nam"]


def test_a_heading_that_demands_names_whom_it_asks_not_who_asks(aliases):
    work = "Nâng cao nhận thức về hiến máu."
    assert extract_actors(["Ban Thường vụ Tỉnh ủy yêu cầu:"], work, aliases) == []
    assert [a.name for a in extract_actors(["Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền:"], work, aliases)] \
        == ["Cấp ủy đảng", "Chính quyền các cấp"]
    assert [a.name for a in extract_actors(["Sở Y tế, Sở Tài chính:"], work, aliases)] == ["Sở Y tế", "Sở Tài chính"]


def test_a_name_written_with_a_dash_is_found_without_it(aliases):
    for written in ("Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính-Kế hoạch huyện", "phong tai chinh ke hoach huyen",
                    "Ban Tổ chức Xây dựng Hội tỉnh", "ban to chuc xay dung hoi tinh"):
        assert len(aliases.with_names(["Ban Tổ chức - Xây dựng Hội"]).find(written)) == 1, written


def test_a_party_committee_written_short_qualifies_the_body_before_it(aliases):
    assert [m.name for m in aliases.find("Ban Dân vận HU Thọ Xuân làm gì?")] == ["Ban Dân vận"]
    assert [(m.start, m.end) for m in aliases.find("Ban Tuyên giáo TU làm gì?")] == [(0, 17)]


def test_a_body_a_text_names_with_its_place_level_is_found_without_it(aliases):
    table = aliases.with_names(["Trung tâm Kiểm soát bệnh tật tỉnh", "Văn phòng Hội Chữ thập đỏ tỉnh"])
    assert [m.name for m in table.find("còn Trung tâm Kiểm soát bệnh tật thì sao?")] == ["Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert [m.name for m in table.find("còn Văn phòng Hội thì sao?")] == ["Văn phòng Hội Chữ thập đỏ tỉnh"]  # "Hội" for short


def test_an_organ_of_the_red_cross_written_in_full_is_of_the_organ_a_question_names(aliases):
    # one text writes "Ban Công tác xã hội" (and "Văn phòng Hội"), another the organ with its Hội in full
    table = aliases.with_names(["Ban Công tác xã hội", "Văn phòng Hội", "Ban Công tác xã hội Hội Chữ thập đỏ tỉnh",
                                "Văn phòng Hội Chữ thập đỏ tỉnh"])
    assert "Ban Công tác xã hội Hội Chữ thập đỏ tỉnh" in table.family("Ban Công tác xã hội")
    assert "Văn phòng Hội Chữ thập đỏ tỉnh" in table.family("Văn phòng Hội")
    # (each text's own name stays its own)
    assert [m.name for m in table.find("Ban Công tác xã hội phải làm gì?")] == ["Ban Công tác xã hội"]
    # written only in full, the organ is still found by its own name
    alone = aliases.with_names(["Ban Công tác xã hội Hội Chữ thập đỏ tỉnh"])
    assert [m.name for m in alone.find("Ban Công tác xã hội phải làm gì?")] == ["Ban Công tác xã hội Hội Chữ thập đỏ tỉnh"]


def test_a_standing_organ_named_by_its_body_s_short_name_is_the_one_named_in_full(aliases):
    # one text writes "Ban Thường vụ Hội tỉnh", another "Ban Thường vụ Hội Chữ thập đỏ tỉnh": one organ
    table = aliases.with_names(["Ban Thường vụ Hội tỉnh", "Ban Thường vụ Hội Chữ thập đỏ tỉnh"])
    for written in ("Ban Thường vụ Hội tỉnh tặng Giấy khen", "Ban Thường vụ Tỉnh Hội tặng Giấy khen"):
        assert [m.name for m in table.find(written)] == ["Ban Thường vụ Hội Chữ thập đỏ tỉnh"], written
    # (written only in full, it is named by the body's short name too)
    alone = aliases.with_names(["Ban Thường vụ Hội Chữ thập đỏ tỉnh"])
    assert [m.name for m in alone.find("Ban Thường vụ Hội tỉnh tặng Giấy khen")] == ["Ban Thường vụ Hội Chữ thập đỏ tỉnh"]


def test_a_meeting_s_name_is_no_body(aliases):
    # "Giao ban Thường trực": a briefing of the standing members, not "giao" work to a "ban Thường trực"
    assert extract_actors(["Điều 10. Giao ban Thường trực"], "Họp vào sáng thứ Hai tuần đầu tiên hằng tháng.", aliases) == []
    # "BÁO CÁO, CÔNG KHAI …" in capitals: reports, not a paper named "Cáo"; the sentence names who checks
    checks = "Ban Kiểm tra Hội Chữ thập đỏ tỉnh kiểm tra Quỹ Nhân đạo tỉnh và ít nhất 20% số Hội cấp xã mỗi năm."
    assert extract_actors(["Chương IV. BÁO CÁO, CÔNG KHAI, KIỂM TRA VÀ KIỂM TOÁN", "Điều 14. Kiểm tra, giám sát"], checks,
                          aliases) == [Actor(name="Ban Kiểm tra Hội Chữ thập đỏ tỉnh", role="lead")]
    assert [a.name for a in extract_actors(["5. BÁO LAI CHÂU"], "Tăng cường tuyên truyền.", aliases)] == ["BÁO LAI CHÂU"]


def test_unknown_agency_heading_still_names_an_actor(aliases):
    heading = "8. Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh"
    assert [a.name for a in extract_actors([heading], "Tăng cường tuyên truyền.", aliases)] == [
        "Báo Lai Châu", "Đài Phát thanh và Truyền hình", "Cổng Thông tin điện tử"]
    assert [a.name for a in extract_actors(["3. Trung tâm Y tế huyện"], "Khám bệnh.", aliases)] == ["Trung tâm Y tế huyện"]
    # (the head of a unit named in brackets after it is no part of its name)
    headed = "2.5. Trung tâm Sơ cấp cứu Chữ thập đỏ tỉnh (Giám đốc: đồng chí Nguyễn Hữu Phước)"
    assert [a.name for a in extract_actors([headed], "Tập huấn sơ cấp cứu.", aliases)] == ["Trung tâm Sơ cấp cứu Chữ thập đỏ tỉnh"]


def test_topic_headings_name_no_actor(aliases):
    for heading in ["2. Phòng, chống dịch bệnh", "1. Báo cáo kết quả", "II. NỘI DUNG THỰC HIỆN",
                    "4. Củng cố, kiện toàn tổ chức của Hội Chữ thập đỏ các cấp"]:
        assert extract_actors([heading], "Tăng cường kiểm tra.", aliases) == []


def test_user_file_adds_levels_of_an_agency(tmp_path):
    extra = tmp_path / "aliases.yaml"
    extra.write_text(
        "levels:\n  xã: [các ấp]\n"
        "agencies:\n  - name: Hội Nông dân tỉnh\n    part_of: Hội Nông dân\n    level: tỉnh\n"
        "  - name: Hội Nông dân xã\n    part_of: Hội Nông dân\n    level: xã\n",
        encoding="utf-8",
    )
    table = AliasTable.load(extra)
    assert table.canonical("Hội Nông dân tỉnh") == "Hội Nông dân tỉnh"
    assert table.canonical("Hội Nông dân các ấp") == "Hội Nông dân xã"
    assert table.canonical("Hội Nông dân các cấp") == "Hội Nông dân"
    assert table.family("Hội Nông dân") == ["Hội Nông dân", "Hội Nông dân tỉnh", "Hội Nông dân xã"]
    assert AliasTable.load().canonical("Hội Nông dân tỉnh") == "Hội Nông dân"  # no level entry: one name


def test_levels_of_the_red_cross_are_different_agencies(aliases):
    text = "Hội Chữ thập đỏ tỉnh chủ trì, phối hợp với Hội Chữ thập đỏ các huyện, thành phố và Hội Chữ thập đỏ cùng cấp."
    assert extract_actors([], text, aliases) == [
        Actor(name="Hội Chữ thập đỏ tỉnh", role="lead"),
        Actor(name="Hội Chữ thập đỏ huyện", role="cooperating"),
        Actor(name="Hội Chữ thập đỏ", role="cooperating"),
    ]


@pytest.mark.parametrize(("text", "name"), [
    ("Hội cấp tỉnh nộp hội phí về Trung ương Hội trước ngày 31/01 năm sau.", "Hội Chữ thập đỏ tỉnh"),
    ("Hội cấp huyện lập hồ sơ đề nghị cấp Giấy chứng nhận.", "Hội Chữ thập đỏ huyện"),
    ("Hội cơ sở tổ chức sinh hoạt chi hội hằng quý.", "Hội Chữ thập đỏ xã"),
])
def test_the_levels_of_the_red_cross_as_its_charter_names_them(aliases, text, name):
    assert extract_actors([], text, aliases)[0] == Actor(name=name, role="lead")


def test_grounds_sentences_name_no_actor(aliases):
    text = ("Căn cứ Quyết định số 895/QĐ-TTg của Thủ tướng Chính phủ; Căn cứ vào Luật Hoạt động chữ thập đỏ; "
            "Theo đề nghị của Giám đốc Sở Nội vụ; Xét đề nghị Sở Y tế tại Tờ trình số 12/TTr-SYT.")
    assert extract_actors([], text, aliases) == []
    # "Căn cứ" before a situation, not a text, opens a task
    assert [a.name for a in extract_actors([], "Căn cứ điều kiện cụ thể, Sở Y tế tổ chức khám bệnh.", aliases)] == ["Sở Y tế"]


def test_the_issuer_of_a_text_is_not_an_actor(aliases):
    for text in ["Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Quyết định số 895/QĐ-TTg như sau:",
                 "Ban Thường vụ Tỉnh ủy vừa ký ban hành Công văn số 3678-CV/TU."]:
        assert extract_actors([], text, aliases) == []


def test_subject_after_an_opening_time_or_condition_phrase(aliases):
    text = "Khi xảy ra thiên tai, thảm họa, Hội Chữ thập đỏ tỉnh phối hợp với Sở Y tế tổ chức cứu trợ khẩn cấp."
    assert extract_actors([], text, aliases) == [
        Actor(name="Hội Chữ thập đỏ tỉnh", role="lead"), Actor(name="Sở Y tế", role="cooperating")]
    text = "Định kỳ 6 tháng (trước ngày 10 tháng 6), Sở Tài chính báo cáo Ủy ban nhân dân tỉnh."
    assert [a.name for a in extract_actors([], text, aliases)] == ["Sở Tài chính"]
    # an object list after a verb is not a subject, whatever its commas: those directed take part
    text = "Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế, Sở Tài chính bố trí kinh phí."
    assert extract_actors([], text, aliases) == [Actor(name="Ủy ban nhân dân tỉnh", role="lead"),
                                                 Actor(name="Sở Y tế", role="cooperating"),
                                                 Actor(name="Sở Tài chính", role="cooperating")]


def test_task_table_cells_name_lead_and_cooperating_agencies(aliases):
    assert table_actors("Ban Tổ chức - Kiểm tra", "Văn phòng Hội; Hội Chữ thập đỏ các quận, huyện", aliases) == [
        Actor(name="Ban Tổ chức - Kiểm tra", role="lead"),  # not the Party's Ban Tổ chức
        Actor(name="Văn phòng Hội", role="cooperating"),
        Actor(name="Hội Chữ thập đỏ huyện", role="cooperating"),
    ]
    assert table_actors("Sở Y tế", "Sở Y tế\nSở Tài chính, Sở Nội vụ", aliases) == [
        Actor(name="Sở Y tế", role="lead"), Actor(name="Sở Tài chính", role="cooperating"),
        Actor(name="Sở Nội vụ", role="cooperating")]
    assert table_actors("", "", aliases) == []


def test_an_agency_a_text_names_as_written_is_found_in_its_other_clauses(aliases):
    text = "Chủ trì, phối hợp với các ban, Văn phòng Hội triển khai Kế hoạch."
    assert [a.name for a in extract_actors(["1. Ban Công tác xã hội"], text, aliases)] == ["Ban Công tác xã hội"]
    extended = aliases.with_names(aliases.discovered(["Văn phòng Hội", "Sở Y tế"]))
    assert "Văn phòng Hội" in extended.entries and extended.canonical("Sở Y tế") == "Sở Y tế"
    found = extract_actors(["1. Ban Công tác xã hội"], text, extended)
    assert [(a.name, a.role) for a in found] == [("Ban Công tác xã hội", "lead"), ("Văn phòng Hội", "cooperating")]
    assert aliases.with_names(set()) is aliases


def test_a_subject_list_goes_on_past_units_named_by_kind():
    table = AliasTable.load()
    text = ("Các sở, ban, ngành, đơn vị liên quan và Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả "
            "thực hiện định kỳ 6 tháng.")
    assert [(a.name, a.role) for a in extract_actors([], text, table)] == [
        ("Các sở, ban, ngành", "lead"), ("Ủy ban nhân dân huyện", "lead")]


@pytest.mark.parametrize(("text", "lead"), [
    ("Chủ tịch Ủy ban nhân dân các huyện Hải Tân, Cát Bình: cấm tàu thuyền ra khơi.", "Ủy ban nhân dân huyện"),
    ("Giám đốc Sở Y tế chỉ đạo các bệnh viện dự trữ thuốc.", "Sở Y tế"),
    ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh bố trí lực lượng.", "Bộ Chỉ huy Quân sự"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các Đồn Biên phòng vận động ngư dân.", "Bộ đội Biên phòng"),
])
def test_a_task_addressed_to_an_agency_s_head_is_the_agency_s(aliases, text, lead):
    assert extract_actors([], text, aliases) == [Actor(name=lead, role="lead")]


def test_the_execution_formula_of_a_decision_sets_no_task(aliases):
    text = ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Hội Chữ thập đỏ tỉnh; Chủ tịch Ủy ban nhân dân các huyện "
            "chịu trách nhiệm thi hành Quyết định này.")
    assert extract_actors(["Điều 3"], text, aliases) == []


@pytest.mark.parametrize(("text", "leads"), [
    ("Trạm Y tế xã: phối hợp với Bệnh viện tổ chức khám sàng lọc.", ["Trạm Y tế xã"]),
    ("Trường THCS Thanh Lương và Trường Tiểu học Thanh Lương: vận động giáo viên.",
     ["Trường THCS Thanh Lương", "Trường Tiểu học Thanh Lương"]),
    ("Phòng Cảnh sát giao thông Công an tỉnh và Hiệp hội Vận tải ô tô tỉnh: vận động lái xe.",
     ["Phòng Cảnh sát giao thông Công an tỉnh", "Hiệp hội Vận tải ô tô tỉnh"]),
    ("Thời gian: từ 07 giờ 00 ngày 20/9/2025.", []),  # a label of no body
])
def test_an_item_opening_with_a_body_and_a_colon_is_that_body_s(aliases, text, leads):
    assert [a.name for a in extract_actors([], text, aliases) if a.role == "lead"] == leads


def test_a_short_form_two_agencies_share_names_neither(aliases):
    # the level tells "Ban Thường vụ Hội" of a commune from that of the districts; "… các huyện" is asked of as "… huyện"
    extended = aliases.with_names({"Ban Thường vụ Hội Chữ thập đỏ xã", "Ban Thường vụ Hội Chữ thập đỏ các huyện"})
    assert extended.canonical("Ban Thường vụ Hội") is None
    assert extended.canonical("Ban Thường vụ Hội Chữ thập đỏ huyện") == "Ban Thường vụ Hội Chữ thập đỏ các huyện"
    assert [m.name for m in extended.find("Ban Thường vụ Hội Chữ thập đỏ huyện gửi báo cáo")] == [
        "Ban Thường vụ Hội Chữ thập đỏ các huyện"]


def test_a_body_named_at_a_place_then_more_places_is_the_same_body_at_each_level(aliases):
    heading = "4. Hội Chữ thập đỏ thành phố Phan Thiết, thị xã La Gi, huyện Tuy Phong, huyện Hàm Thuận Nam"
    assert [a.name for a in extract_actors([heading], "Gửi danh sách trước ngày 03/4/2025.", aliases)] == [
        "Hội Chữ thập đỏ thành phố", "Hội Chữ thập đỏ huyện"]
    # a verb after a body is no place ("điều hành"), and a list of bodies stays one
    assert [a.name for a in extract_actors(["Sở Y tế tỉnh điều hành, xã Tân Lập"], "Làm việc.", aliases)] == ["Sở Y tế"]
    assert [a.name for a in extract_actors(["3. Sở Y tế, Sở Tài chính"], "Làm việc.", aliases)] == ["Sở Y tế", "Sở Tài chính"]


def test_a_heading_naming_an_organ_of_a_body_at_its_places_is_that_organ(aliases):
    extended = aliases.with_names({"Ban Thường vụ Hội Chữ thập đỏ tỉnh"})
    heading = "3. Đề nghị Ban Thường vụ Hội Chữ thập đỏ huyện Mộc Châu và huyện Vân Hồ"
    assert [a.name for a in extract_actors([heading], "Chi trả trực tiếp đến hộ gia đình.", extended)] == [
        "Ban Thường vụ Hội Chữ thập đỏ huyện"]
    # (named with its term, as written)
    assert [a.name for a in extract_actors(["1. Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI"], "Làm việc.", extended)] == [
        "Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI"]


def test_a_short_form_before_another_level_is_not_the_body_of_its_own_level(aliases):
    # "Ban Thường vụ Hội Chữ thập đỏ" is short for "… các huyện" in this text; written "… cấp cơ sở", it is the
    # commune's organ, which acts in the commune Hội's name
    extended = aliases.with_names({"Ban Thường vụ Hội Chữ thập đỏ các huyện"})
    text = "Hồ sơ gửi về Hội Chữ thập đỏ cấp cơ sở. Ban Thường vụ Hội Chữ thập đỏ cấp cơ sở ra quyết định công nhận."
    assert [a.name for a in extract_actors([], text, extended)] == ["Ban Thường vụ Hội Chữ thập đỏ xã"]
    assert "Ban Thường vụ Hội Chữ thập đỏ xã" in extended.with_names({"Ban Thường vụ Hội Chữ thập đỏ xã"}).family(
        "Hội Chữ thập đỏ xã")
    assert [m.name for m in extended.find("Ban Thường vụ Hội Chữ thập đỏ huyện gửi báo cáo")] == [
        "Ban Thường vụ Hội Chữ thập đỏ các huyện"]


def test_a_body_named_with_its_term_is_of_the_level_before_it(aliases):
    # (a xã's Ban Chấp hành is not the province's of "khóa XI", though the province's is also named without its term)
    extended = aliases.with_names({"Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI"})
    assert [m.name for m in extended.find("Ban Chấp hành Hội Chữ thập đỏ tỉnh gồm 45 ủy viên")] == [
        "Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI"]
    assert "Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa XI" not in [
        m.name for m in extended.find("Ban Chấp hành Hội Chữ thập đỏ xã, phường có từ 11 đến 15 ủy viên")]


def test_a_standing_organ_a_text_names_acts_in_its_body_s_name(aliases):
    extended = aliases.with_names({"Ban Thường vụ Hội Chữ thập đỏ huyện", "Ban Công tác xã hội Hội Chữ thập đỏ huyện"})
    family = extended.family("Hội Chữ thập đỏ huyện")
    assert "Ban Thường vụ Hội Chữ thập đỏ huyện" in family and "Ban Công tác xã hội Hội Chữ thập đỏ huyện" not in family


@pytest.mark.parametrize(("text", "leads"), [
    ("Văn phòng Hội Chữ thập đỏ tỉnh quản lý tài khoản, hạch toán, quyết toán Quỹ.", ["Văn phòng Hội Chữ thập đỏ tỉnh"]),
    ("Trung tâm Văn hóa - Thể thao quận hỗ trợ địa điểm tổ chức.", ["Trung tâm Văn hóa - Thể thao quận"]),
    ("Tổ chức rà soát các khu dân cư ven sông.", []),  # a verb, no body
    ("Sở Y tế chỉ đạo các bệnh viện.", ["Sở Y tế"]),
    # (its name ends at its level when a word in lower case follows, a verb read as a noun or not)
    ("Văn phòng Hội Chữ thập đỏ huyện tham mưu tổ chức thực hiện; tổng hợp báo cáo 6 tháng.", ["Văn phòng Hội Chữ thập đỏ huyện"]),
    ("Trung tâm Y tế huyện Mường Tè tổ chức khám sàng lọc.", ["Trung tâm Y tế huyện Mường Tè"]),
])
def test_a_body_no_alias_names_opening_a_clause_is_its_subject(aliases, text, leads):
    assert [a.name for a in extract_actors([], text, aliases) if a.role == "lead"] == leads


def test_a_body_named_with_an_aside_or_at_its_place_is_found_by_its_name_at_its_level(aliases):
    written = "Bệnh viện Đa khoa tỉnh Thanh Hóa (Trung tâm Huyết học - Truyền máu)"
    table = aliases.with_names([written, "Bệnh viện Đa khoa tỉnh"])
    for text in (written, "Bệnh viện Đa khoa tỉnh phải duy trì dự trữ", "gửi Bệnh viện Đa khoa tỉnh Thanh Hóa trước"):
        assert [m.name for m in table.find(text)] == ["Bệnh viện Đa khoa tỉnh Thanh Hóa"], text
    # (a body named after the Red Cross, as a question's "CTĐ" is read in full)
    centre = aliases.with_names(["Trung tâm Sơ cấp cứu Chữ thập đỏ tỉnh"])
    assert [m.name for m in centre.find("Trung tâm Sơ cấp cứu Hội Chữ thập đỏ tỉnh mở mấy lớp")] == [
        "Trung tâm Sơ cấp cứu Chữ thập đỏ tỉnh"]
    # (a branch of the Red Cross by where it is, without the Red Cross's name)
    branches = aliases.with_names(["Chi hội Chữ thập đỏ các khu phố"])
    assert [m.name for m in branches.find("Chi hội khu phố gửi danh sách")] == ["Chi hội Chữ thập đỏ các khu phố"]
    # (two bodies at two places: the name at the level alone is neither's)
    two = aliases.with_names(["Bệnh viện Đa khoa tỉnh Thanh Hóa", "Bệnh viện Đa khoa tỉnh Nghệ An"])
    assert two.find("Bệnh viện Đa khoa tỉnh phải duy trì") == []


def test_a_body_the_table_does_not_know_ends_its_name_before_a_verb(aliases):
    text = "Ban Chỉ đạo là tổ chức phối hợp liên ngành do Chủ tịch Ủy ban nhân dân tỉnh thành lập."
    start, end = aliases.unknown_body(text)
    assert text[start:end] == "Ban Chỉ đạo"


def test_a_name_read_short_of_one_level_is_not_the_body_of_another_level_written_after_it(aliases):
    table = aliases.with_names(["Ban Thường vụ Hội Chữ thập đỏ tỉnh"])
    assert [m.name for m in table.find("Ban Thường vụ Hội Chữ thập đỏ tỉnh đề nghị")] == ["Ban Thường vụ Hội Chữ thập đỏ tỉnh"]
    # "Ban Thường vụ Hội Chữ thập đỏ" is its short form, not of the districts' board
    assert "Ban Thường vụ Hội Chữ thập đỏ tỉnh" not in [
        m.name for m in table.find("đề nghị Ban Thường vụ Hội Chữ thập đỏ các huyện, thị xã phối hợp")]


def test_a_plural_name_is_also_written_without_cac_and_a_short_form_that_begins_another_name_is_neither_s(aliases):
    table = aliases.with_names(["Chi hội Chữ thập đỏ các phường", "Chi hội Chữ thập đỏ các cơ quan"])
    assert [m.name for m in table.find("Các chi hội Chữ thập đỏ cơ quan, trường học nộp tiền")] == [
        "Chi hội Chữ thập đỏ các cơ quan"]
    assert [m.name for m in table.find("Chi hội Chữ thập đỏ phường làm gì?")] == ["Chi hội Chữ thập đỏ các phường"]


def test_a_short_name_a_text_defines_names_the_body_before_it(aliases):
    table = aliases.with_names(["Ban Chỉ đạo công tác cứu trợ của Hội Chữ thập đỏ tỉnh (sau đây gọi là Ban Chỉ đạo cứu trợ)"])
    for written in ("Ban Chỉ đạo cứu trợ họp khi nào?", "Ban Chỉ đạo công tác cứu trợ của Hội Chữ thập đỏ tỉnh"):
        assert [m.name for m in table.find(written)][:1] == ["Ban Chỉ đạo công tác cứu trợ của Hội Chữ thập đỏ tỉnh"], written


def test_a_body_named_on_a_line_of_its_own_leads_what_follows_and_its_name_ends_with_the_line(aliases):
    text = "Ban Công tác xã hội Hội Chữ thập đỏ tỉnh\nLà đầu mối tiếp nhận, thẩm định hồ sơ."
    assert [a.name for a in extract_actors([], text, aliases) if a.role == "lead"] == ["Ban Công tác xã hội Hội Chữ thập đỏ tỉnh"]


def test_a_kind_of_body_named_with_a_level_is_the_one_body_of_that_kind_known_at_that_level(aliases):
    table = aliases.with_names(["Ban Chỉ đạo", "Ban Chỉ đạo vận động hiến máu tình nguyện các huyện", "Văn phòng Ban Chỉ đạo tỉnh"])
    for written in ("Ban Chỉ đạo các huyện phải gửi kế hoạch", "ban chi dao cac huyen phai gui"):
        assert [m.name for m in table.find(written)] == ["Ban Chỉ đạo vận động hiến máu tình nguyện các huyện"], written
    # (at a level no body of that kind is known at, or with none, the kind itself)
    assert [m.name for m in table.find("Ban Chỉ đạo tỉnh làm gì?")] == ["Ban Chỉ đạo"]
    assert [m.name for m in table.find("Ban Chỉ đạo làm gì?")] == ["Ban Chỉ đạo"]


def test_the_subject_after_an_items_label_leads_it_but_a_list_after_a_label_does_not(aliases):
    def leads(text):
        return [a.name for a in extract_actors(["4. Nhiệm vụ, giải pháp"], text, aliases) if a.role == "lead"]

    assert leads("Nâng cao chất lượng tiếp nhận máu: Sở Y tế chủ trì đầu tư xe hiến máu lưu động.") == ["Sở Y tế"]
    assert leads("Kinh phí: Sở Tài chính bố trí 300 triệu đồng.") == ["Sở Tài chính"]
    # (who takes part, who cooperates: a list of names closed by a mark, no verb after it)
    assert leads("Thành phần: Sở Y tế, Sở Tài chính, Công an tỉnh.") == []
    assert leads("Cơ quan phối hợp: Sở Tài chính và Công an tỉnh.") == []


def test_the_short_forms_of_departments_a_letter_writes_are_their_names(aliases):
    for written, name in (("Sở TC tổng hợp nhu cầu kinh phí", "Sở Tài chính"), ("Sở NV thẩm định hồ sơ", "Sở Nội vụ"),
                          ("Sở YT chỉ đạo bệnh viện", "Sở Y tế")):
        assert [m.name for m in aliases.find(written)] == [name], written


def test_a_sentences_subjects_after_a_body_no_alias_knows_lead_it(aliases):
    def leads(text):
        return [a.name for a in extract_actors(["4. Nhiệm vụ"], text, aliases) if a.role == "lead"]

    text = ("Đổi mới tuyên truyền: Ban Tuyên giáo Tỉnh ủy chủ trì định hướng tuyên truyền; Báo Yên Bái, Đài Phát thanh "
            "và Truyền hình tỉnh duy trì chuyên mục về hiến máu.")
    assert leads(text) == ["Ban Tuyên giáo", "Đài Phát thanh và Truyền hình"]
    # (a time before the comma is no body's name: the sentence is read as before)
    assert leads("Tổ chức tập huấn. Giai đoạn 2021 - 2025, Hội Chữ thập đỏ các cấp đã vận động 17,2 tỷ đồng.") == []
    # (names listed, no verb after them: no one leads)
    assert leads("Tổ chức tập huấn cho các đơn vị; đại diện các ngành, Sở Y tế, Công an tỉnh.") == []


def test_a_body_s_standing_board_and_its_central_level_act_for_it(aliases):
    table = aliases.with_names(["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"])
    family = table.family("Mặt trận Tổ quốc Việt Nam")
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in family
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in family


def test_an_item_s_subject_after_its_label_and_an_adverbial_phrase_leads(aliases):
    text = ("Về kinh phí: ngoài nguồn ngân sách cấp xã hỗ trợ, Hội Chữ thập đỏ tỉnh hỗ trợ mỗi đơn vị cấp xã "
            "3.000.000 đồng.")
    assert extract_actors([], text, aliases) == [Actor(name="Hội Chữ thập đỏ tỉnh", role="lead")]


def test_a_body_named_at_a_list_of_levels_in_any_order_leads_its_sentence(aliases):
    text = ("Chế độ báo cáo: Hội Chữ thập đỏ các huyện, thành phố, thị xã báo cáo nhanh kết quả lễ phát động trước "
            "ngày 12/5/2028; báo cáo tổng kết gửi về Hội Chữ thập đỏ tỉnh trước ngày 05/7/2028.")
    assert extract_actors([], text, aliases)[0] == Actor(name="Hội Chữ thập đỏ huyện", role="lead")
    # (and by the short forms of "thị xã, thành phố")
    assert [m.name for m in aliases.find("Hội CTĐ các huyện, thị, thành tổng hợp số liệu")] == ["Hội Chữ thập đỏ huyện"]


def test_a_clause_that_opens_giving_work_gives_it_to_the_body_after_cho_unless_a_body_s_heading_gives_it(aliases):
    targets = "Giao chỉ tiêu tối thiểu cho Thành đoàn 1.200 đơn vị máu; Công an thành phố 350 đơn vị máu."
    assert [a.name for a in extract_actors(["III. CHỈ TIÊU"], targets, aliases)][:2] == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Công an"]
    assigned = "Giao chỉ tiêu hằng năm cho Hội Chữ thập đỏ các huyện; theo dõi, tổng hợp kết quả."
    assert [a.name for a in extract_actors(["1. Ban Tổ chức tỉnh hội"], assigned, aliases)] == ["Ban Tổ chức"]
    assert [a.name for a in extract_actors([], "Tổ chức bàn giao đơn vị máu cho Bệnh viện tỉnh.", aliases)] == []

