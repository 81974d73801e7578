"""`GET /agencies`, `GET /agencies/{name}/tasks` and `GET /documents/{id}/lineage` on the real corpus."""

import io

from openpyxl import load_workbook

LAICHAU = "kh-ubnd-laichau-2023"


def test_agencies_list_names_levels_counts_and_documents(client):
    response = client.get("/agencies")
    assert response.status_code == 200
    agencies = {a["name"]: a for a in response.json()}
    assert agencies["Sở Giáo dục và Đào tạo"] == {
        "name": "Sở Giáo dục và Đào tạo", "level": None, "tasks": 2, "lead": 2, "cooperating": 0, "documents": [LAICHAU],
    }
    assert agencies["Hội Chữ thập đỏ huyện"]["level"] == "huyện"


def test_agency_tasks_json_by_alias(client):
    response = client.get("/agencies/Sở GD&ĐT/tasks")
    assert response.status_code == 200
    assert [r["clause_id"] for r in response.json()] == [f"{LAICHAU}:iii.5.b1", f"{LAICHAU}:iii.5.b2"]


def test_agency_tasks_downloads(client):
    table = client.get("/agencies/so giao duc/tasks", params={"format": "csv"})
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    assert "attachment" in table.headers["content-disposition"]
    assert table.text.lstrip("\ufeff").splitlines()[0].startswith("agency,role,task,clause_id")
    book = client.get("/agencies/Sở Giáo dục và Đào tạo/tasks", params={"format": "xlsx"})
    assert book.status_code == 200
    sheet = load_workbook(io.BytesIO(book.content))["Sở Giáo dục và Đào tạo"]
    assert sheet["H2"].hyperlink.target == f"http://testserver/clauses/{LAICHAU}:iii.5.b1"


def test_unknown_agency_is_404(client):
    response = client.get("/agencies/Bộ Vũ trụ/tasks")
    assert response.status_code == 404 and response.json()["error"]["code"] == "agency_not_found"
    assert client.get("/agencies/Sở Y tế/tasks", params={"format": "pdf"}).status_code == 422


def test_document_lineage(client):
    response = client.get(f"/documents/{LAICHAU}/lineage")
    assert response.status_code == 200
    assert [a["number"] for a in response.json()["ancestors"]] == ["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"]
    cited = client.get("/documents/44-KL%2FTW/lineage").json()
    assert cited["document"]["in_corpus"] is False and len(cited["descendants"]) == 4
    missing = client.get("/documents/khong-co/lineage")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "document_not_found"
