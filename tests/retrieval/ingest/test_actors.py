"""The alias table and who a clause assigns work to."""

from pathlib import Path

import pytest

from retrieval.ingest.actors import AliasTable, Mention, extract_actors
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
        ("Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ"),
        ("Hội Chữ thập đỏ các cấp", "Hội Chữ thập đỏ"),
        ("Ban Dân vận Tỉnh uỷ", "Ban Dân vận"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("các tổ chức chính trị – xã hội", "Các tổ chức chính trị - xã hội"),
        ("Văn phòng Tỉnh ủy", "Văn phòng cấp ủy"),
        ("Thành Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Ban cán sự đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân"),
        ("Sở Nội vụ", "Sở Nội vụ"),
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


def test_find_without_diacritics_uses_unaccented_aliases(aliases):
    assert [(m.name, m.start, m.end) for m in aliases.find("so giao duc phai lam gi")] == [("Sở Giáo dục và Đào tạo", 0, 11)]
    assert [m.name for m in aliases.find("ubnd huyen can lam gi")] == ["Ủy ban nhân dân huyện"]
    assert [m.name for m in aliases.find("hoi chu thap do tinh")] == ["Hội Chữ thập đỏ"]


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


def test_giao_makes_lead_and_phoi_hop_voi_makes_cooperating(aliases):
    text = "Giao Ban Tổ chức Thành ủy chủ trì, phối hợp với Ban Dân vận Thành ủy, Sở Nội vụ tiếp tục nghiên cứu."
    assert extract_actors([], text, aliases) == [
        Actor(name="Ban Tổ chức", role="lead"),
        Actor(name="Ban Dân vận", role="cooperating"),
        Actor(name="Sở Nội vụ", role="cooperating"),
    ]


def test_phoi_hop_cung_stops_at_the_verb(aliases):
    text = ("Ban Dân vận Tỉnh uỷ chủ trì phối hợp cùng Ban Tuyên giáo Tỉnh uỷ, Văn phòng Tỉnh uỷ, Hội Chữ thập đỏ "
            "tỉnh giúp Ban thường vụ Tỉnh uỷ theo dõi.")
    assert extract_actors([], text, aliases) == [
        Actor(name="Ban Dân vận", role="lead"),
        Actor(name="Ban Tuyên giáo", role="cooperating"),
        Actor(name="Văn phòng cấp ủy", role="cooperating"),
        Actor(name="Hội Chữ thập đỏ", role="cooperating"),
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


def test_unknown_agency_heading_still_names_an_actor(aliases):
    heading = "8. Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh"
    assert [a.name for a in extract_actors([heading], "Tăng cường tuyên truyền.", aliases)] == [
        "Báo Lai Châu", "Đài Phát thanh và Truyền hình", "Cổng Thông tin điện tử"]
    assert [a.name for a in extract_actors(["3. Trung tâm Y tế huyện"], "Khám bệnh.", aliases)] == ["Trung tâm Y tế huyện"]


def test_topic_headings_name_no_actor(aliases):
    for heading in ["2. Phòng, chống dịch bệnh", "1. Báo cáo kết quả", "II. NỘI DUNG THỰC HIỆN",
                    "4. Củng cố, kiện toàn tổ chức của Hội Chữ thập đỏ các cấp"]:
        assert extract_actors([heading], "Tăng cường kiểm tra.", aliases) == []
