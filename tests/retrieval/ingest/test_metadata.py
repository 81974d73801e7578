"""Front-matter values are checked before anything stores them: bad ones are dropped, one line each."""

import pytest

from retrieval.ingest.metadata import check_date, check_number, check_type, validate


@pytest.mark.parametrize(("value", "iso"), [
    ("2023-09-15", "2023-09-15"), ("2023-09", "2023-09"), ("2023", "2023"), (2023, "2023"), (" 2024-02-29 ", "2024-02-29"),
    ("9/2023", None), ("2023-13-45", None), ("2023-02-30", None), ("2023-13", None), ("2023-9", None),
    ("15/09/2023", None), ("ngày 15 tháng 9", None), ("", None), (True, None), ([2023], None), ("0999", None),
])
def test_dates_are_iso_with_day_month_or_year_precision(value, iso):
    assert check_date(value) == iso


@pytest.mark.parametrize(("value", "number"), [
    ("152/KH-UBND", "152/KH-UBND"), ("1277-CV/HU", "1277-CV/HU"), ("100 - KH/TU", "100-KH/TU"),
    ("93/2019/NĐ-CP", "93/2019/NĐ-CP"), ("11/2008/QH12", "11/2008/QH12"), ("2318/UBND-LĐTBXH", "2318/UBND-LĐTBXH"),
    ("895/QĐ-TTg", "895/QĐ-TTg"), ("/KH-UBND", None), ("12", None), (12, None), ("abc", None), ("12/2024", None),
    ({"so": 1}, None),
])
def test_numbers_need_a_number_and_a_symbol(value, number):
    assert check_number(value) == number


@pytest.mark.parametrize(("value", "kind"), [
    ("Kế hoạch", "Kế hoạch"), ("Bài báo", "Bài báo"), ("  Công   văn ", "Công văn"),
    ("KH-01", None), ("", None), (3, None), (["Kế hoạch"], None), ("x" * 41, None),
])
def test_types_are_short_names_in_words(value, kind):
    assert check_type(value) == kind


def test_validate_drops_bad_values_and_says_why_on_one_line_each():
    clean, problems = validate({
        "title": "Kế hoạch", "date": "9/2023", "number": "abc", "type": ["Kế hoạch"], "signer": {"a": 1},
        "recipients": "Sở Y tế", "implements": [{"x": 1}], "issuer": None, "extra": [1, 2],
    })
    assert clean == {"title": "Kế hoạch", "recipients": ["Sở Y tế"], "issuer": None, "extra": [1, 2]}
    assert problems == [
        "ngày '9/2023' không hợp lệ — dùng YYYY-MM-DD hoặc YYYY-MM",
        "số hiệu 'abc' không hợp lệ — dùng dạng 152/KH-UBND hoặc 43-CT/TW",
        "loại văn bản '['Kế hoạch']' không hợp lệ — dùng tên loại như Kế hoạch, Quyết định, Công văn",
        "trường 'signer' phải là một chuỗi",
        "trường 'implements' phải là danh sách chuỗi",
    ]


def test_a_long_value_is_shown_cut():
    _, problems = validate({"date": "1" * 5000})
    assert problems == [f"ngày '{'1' * 39}…' không hợp lệ — dùng YYYY-MM-DD hoặc YYYY-MM"]


def test_a_file_with_bad_front_matter_loads_with_those_fields_empty(tmp_path):
    from retrieval.ingest.actors import AliasTable
    from retrieval.ingest.loaders import load_document
    from retrieval.ingest.parser import parse_document

    path = tmp_path / "bad-date.md"
    path.write_text("---\ntitle: Ghi chú\ntype: Kế hoạch\ndate: 2023-13-45\nsigned: 2024-05-06 10:30:00\n---\n\n"
                    "Chuẩn bị hội nghị.\n", encoding="utf-8")
    loaded = load_document(path)
    assert loaded.warnings == ["ngày '2023-13-45' không hợp lệ — dùng YYYY-MM-DD hoặc YYYY-MM"]
    assert "date" not in loaded.metadata and loaded.metadata["signed"] == "2024-05-06"  # a timestamp keeps its date
    parsed = parse_document(loaded, "bad-date", AliasTable.load())
    assert (parsed.document.date, parsed.document.type, parsed.warnings) == (None, "Kế hoạch", loaded.warnings)
