"""The `ctd` command as a user runs it (Typer's runner, real corpus index, real embedder)."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from bot.cli import app
from tests.conftest import CORPUS

runner = CliRunner()


@pytest.fixture
def indexed_env(corpus_assistant, corpus_settings) -> dict:
    return {"CTD_DATA_DIR": str(corpus_settings.data_dir)}


def test_help_is_vietnamese():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "Nạp văn bản vào chỉ mục" in result.output


def test_documents_json(indexed_env):
    result = runner.invoke(app, ["documents", "--json"], env=indexed_env)
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["cv-981-tu-tphcm"]["number"] == "981-CV/TU"
    assert rows["kh-ubnd-laichau-2023"]["number"] is None
    assert set(rows["cv-981-tu-tphcm"]) == {
        "id", "title", "type", "number", "issuer", "date", "signer", "implements", "clauses", "ocr", "ocr_confidence", "ocr_low_pages",
    }
    assert (rows["cv-981-tu-tphcm"]["ocr"], rows["cv-981-tu-tphcm"]["ocr_confidence"]) == (False, None)


def test_clauses_json_of_one_document(indexed_env):
    result = runner.invoke(app, ["clauses", "--document", "kh-ubnd-laichau-2023", "--json"], env=indexed_env)
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    education = rows["kh-ubnd-laichau-2023:iii.5.b1"]
    assert education["label"] == "Mục III, điểm 5, ý 1" and education["path"] == ["III", "5", "-1"]
    assert education["actors"] == [{"name": "Sở Giáo dục và Đào tạo", "role": "lead"}]
    assert all(r["document_id"] == "kh-ubnd-laichau-2023" for r in rows.values())


def test_unknown_document_is_one_line_error(indexed_env):
    result = runner.invoke(app, ["clauses", "--document", "khong-co"], env=indexed_env)
    assert result.exit_code == 1 and "Không có văn bản 'khong-co'" in result.output


def test_ask_batch_from_stdin_prints_one_json_per_line(indexed_env):
    result = runner.invoke(
        app, ["ask", "--json", "-k", "3"], input="Sở Giáo dục phải làm gì?\n\nGiá vàng hôm nay?\n", env=indexed_env
    )
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert first["citations"][0]["clause_id"] == "kh-ubnd-laichau-2023:iii.5.b1" and not first["abstained"]
    assert second["abstained"] and second["citations"] == []


def test_ask_text_shows_sources(indexed_env):
    result = runner.invoke(app, ["ask", "Ai ký công văn 1277?"], env=indexed_env)
    assert result.exit_code == 0 and "do Ya Tjong, Phó Bí thư, ký [1]" in result.stdout and "Nguồn:" in result.stdout


def test_empty_question_is_an_error(indexed_env):
    result = runner.invoke(app, ["ask", "  "], env=indexed_env)
    assert result.exit_code == 1 and "Câu hỏi trống" in result.output


def test_no_index_yet(tmp_path):
    result = runner.invoke(app, ["documents"], env={"CTD_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 1 and "chạy `ctd ingest` trước" in result.output


@pytest.mark.slow
def test_ingest_reports_failures_and_exits_non_zero(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "cv-1277-hu-lacduong.md", folder)
    (folder / "rong.txt").write_text("", encoding="utf-8")
    env = {"CTD_DATA_DIR": str(tmp_path / "data")}
    result = runner.invoke(app, ["ingest", str(folder)], env=env)
    assert result.exit_code == 1
    assert "rong.txt" in result.output
    assert "1 văn bản, 7 điều khoản — mới 1" in result.output
    again = runner.invoke(app, ["ingest", str(folder / "cv-1277-hu-lacduong.md")], env=env)
    assert again.exit_code == 0 and "không đổi 1" in again.output and "nhúng 0 điều khoản" in again.output
