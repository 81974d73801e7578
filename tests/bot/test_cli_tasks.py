"""`ctd tasks` and `ctd lineage` as a user runs them (Typer's runner, real corpus index)."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from bot.cli import app

runner = CliRunner()
LAICHAU = "kh-ubnd-laichau-2023"


@pytest.fixture
def indexed_env(corpus_assistant, corpus_settings) -> dict:
    return {"CTD_DATA_DIR": str(corpus_settings.data_dir)}


def test_tasks_of_the_education_department_json(indexed_env):
    result = runner.invoke(app, ["tasks", "--agency", "Sở Giáo dục và Đào tạo", "--json"], env=indexed_env)
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["clause_id"] for r in rows] == [f"{LAICHAU}:iii.5.b1", f"{LAICHAU}:iii.5.b2"]
    assert set(rows[0]) == {
        "agency", "role", "task", "clause_id", "label", "document_id", "document_title", "document_number",
        "document_date", "deadline_text", "deadline", "recurrence",
    }
    assert rows[0]["agency"] == "Sở Giáo dục và Đào tạo" and rows[0]["role"] == "lead"


def test_tasks_of_one_document_and_alias(indexed_env):
    result = runner.invoke(app, ["tasks", "--agency", "Sở GD&ĐT", "--document", "cv-981-tu-tphcm", "--json"], env=indexed_env)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = runner.invoke(app, ["tasks", "--document", "cv-1277-hu-lacduong", "--json"], env=indexed_env)
    assert {r["document_id"] for r in json.loads(result.stdout)} == {"cv-1277-hu-lacduong"}


def test_unknown_agency_and_document_are_one_line_errors(indexed_env):
    result = runner.invoke(app, ["tasks", "--agency", "Bộ Vũ trụ"], env=indexed_env)
    assert result.exit_code == 1 and "Không nhận ra cơ quan “Bộ Vũ trụ”" in result.output
    result = runner.invoke(app, ["tasks", "--document", "khong-co"], env=indexed_env)
    assert result.exit_code == 1 and "Không có văn bản “khong-co”" in result.output


def test_tasks_csv_and_xlsx_layout(indexed_env, tmp_path):
    xlsx, table = tmp_path / "nhiem-vu.xlsx", tmp_path / "nhiem-vu.csv"
    result = runner.invoke(app, ["tasks", "--xlsx", str(xlsx), "--csv", str(table)], env=indexed_env)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert {"agency", "clause_id", "deadline", "recurrence"} <= set(rows[0])
    workbook = load_workbook(xlsx)
    agencies = list(dict.fromkeys(r["agency"] for r in rows))
    assert len(workbook.sheetnames) == len(agencies)  # one sheet per agency
    sheet = workbook["Sở Giáo dục và Đào tạo"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H3"
    assert [c.value for c in sheet[1]][:4] == ["Văn bản", "Điều khoản", "Vai trò", "Nhiệm vụ"]
    assert sheet["D2"].value.startswith("Chỉ đạo quán triệt") and sheet["D2"].alignment.wrap_text
    assert sheet["H2"].hyperlink.target == f"http://127.0.0.1:8080/clauses/{LAICHAU}:iii.5.b1"
    assert sheet["H3"].value == f"{LAICHAU}:iii.5.b2"
    assert sum(ws.max_row - 1 for ws in workbook.worksheets) == len(rows)


def test_lineage_of_the_laichau_plan_json(indexed_env):
    result = runner.invoke(app, ["lineage", LAICHAU, "--json"], env=indexed_env)
    assert result.exit_code == 0
    lineage = json.loads(result.stdout)
    assert set(lineage) == {"document", "ancestors", "descendants"}
    assert [a["number"] for a in lineage["ancestors"]] == ["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"]
    assert {"number", "title", "document_id", "in_corpus", "relation"} <= set(lineage["ancestors"][0])


def test_lineage_of_a_cited_number(indexed_env):
    result = runner.invoke(app, ["lineage", "44-KL/TW", "--json"], env=indexed_env)
    ids = [d["document_id"] for d in json.loads(result.stdout)["descendants"]]
    assert set(ids) == {"bao-kl44-an-sinh-xa-hoi", "cv-1277-hu-lacduong", "cv-981-tu-tphcm", LAICHAU}
    text = runner.invoke(app, ["lineage", "44-KL/TW"], env=indexed_env)
    assert "[nguồn] bao-kl44-an-sinh-xa-hoi" in text.stdout and "không có trong kho" in text.stdout


def test_lineage_of_nothing_is_one_line_error(indexed_env):
    result = runner.invoke(app, ["lineage", "9999-KL/TW"], env=indexed_env)
    assert result.exit_code == 1 and "Không tìm thấy văn bản “9999-KL/TW”" in result.output
