"""`/admin/documents`: upload → ask → delete → ask on a real index; refused uploads change nothing."""

import io
import json
import zipfile
from contextlib import ExitStack

import pytest
from fastapi.testclient import TestClient

from bot.api.main import create_app
from retrieval.assistant import Assistant
from tests.bot.api.conftest import ADMIN_TOKEN
from tests.utils.uploads import GOLD, QUESTION, SCANNED_ID, cited_documents, index_without

pytestmark = [pytest.mark.integration, pytest.mark.slow]

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
SCAN_TITLE = "Công văn về việc thực hiện nhiệm vụ trọng tâm công tác Hội và phong trào Chữ thập đỏ năm 2024"


@pytest.fixture(scope="module")
def upload_settings(corpus_assistant, corpus_settings, scanned_notice, tmp_path_factory):
    return index_without(
        SCANNED_ID, tmp_path_factory.mktemp("upload-index"), corpus_settings, corpus_assistant.embeddings,
        scanned_notice, admin_token=ADMIN_TOKEN, rate_limit_per_minute=0,
    )


@pytest.fixture(scope="module")
def upload_assistant(upload_settings, corpus_assistant):
    return Assistant(upload_settings, corpus_assistant.embeddings)


@pytest.fixture
def make_upload_client(upload_settings, upload_assistant):
    """A TestClient on the upload index, with settings overridden (`max_upload_mb=0.5`)."""
    with ExitStack() as open_clients:
        yield lambda **overrides: open_clients.enter_context(
            TestClient(create_app(upload_settings.model_copy(update=overrides), upload_assistant, channels=[]),
                       raise_server_exceptions=False)
        )


@pytest.fixture
def client(make_upload_client):
    return make_upload_client()


def ask(client, question: str = QUESTION) -> dict:
    response = client.post("/ask", json={"question": question})
    assert response.status_code == 200
    return response.json()


def uploaded_files(settings) -> list[str]:
    folder = settings.data_dir / "uploads"
    return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.exists() else []


def test_upload_ask_delete_ask(client, scanned_notice, upload_settings, corpus_assistant):
    assert SCANNED_ID not in cited_documents(ask(client))

    response = client.post(
        "/admin/documents", headers=AUTH, files={"file": (scanned_notice.pdf.name, scanned_notice.pdf.read_bytes(), "application/pdf")}
    )

    assert response.status_code == 201, response.text
    assert response.json() == {
        "document_id": SCANNED_ID,
        "title": SCAN_TITLE,
        "number": "1277-CV/HU",
        "date": "2024-03-29",
        "clauses": len(corpus_assistant.document(SCANNED_ID).clauses),
        "ocr": True,
        "warnings": [],
    }
    assert uploaded_files(upload_settings) == [f"{SCANNED_ID}.pdf"]
    answer = ask(client)
    assert answer["citations"][0]["clause_id"] == GOLD
    listed = {d["id"]: d for d in client.get("/admin/documents", headers=AUTH).json()}
    assert (listed[SCANNED_ID]["uploaded"], listed[SCANNED_ID]["ocr"]) == (True, True)
    assert listed["kh-ubnd-laichau-2023"]["uploaded"] is False

    deleted = client.delete(f"/admin/documents/{SCANNED_ID}", headers=AUTH)

    assert deleted.status_code == 204 and deleted.content == b""
    assert uploaded_files(upload_settings) == []
    assert SCANNED_ID not in cited_documents(ask(client))
    assert client.get(f"/documents/{SCANNED_ID}").status_code == 404


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer sai-khoa"}])
def test_admin_documents_need_the_token(client, upload_assistant, scanned_notice, headers):
    generation = upload_assistant.generation
    responses = [
        client.get("/admin/documents", headers=headers),
        client.post("/admin/documents", headers=headers, files={"file": ("a.pdf", scanned_notice.pdf.read_bytes(), "application/pdf")}),
        client.delete("/admin/documents/kh-ubnd-laichau-2023", headers=headers),
    ]
    for response in responses:
        assert response.status_code == 401
        assert response.json() == {"error": {"code": "unauthorized", "message": "Cần khóa quản trị hợp lệ."}}
    assert upload_assistant.generation == generation
    assert upload_assistant.document("kh-ubnd-laichau-2023") is not None


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


REFUSALS = {
    "oversize": (
        {"max_upload_mb": 0.5}, "scan", 413, "file_too_large", "Tệp quá lớn: tối đa 0.5 MB (CTD_MAX_UPLOAD_MB).",
    ),
    "too_many_pages": (
        {"max_pages": 1}, "scan", 422, "too_many_pages", "Tệp có 2 trang, vượt giới hạn 1 trang (CTD_MAX_PAGES).",
    ),
    "spreadsheet": (
        {}, ("bang-tinh.pdf", _zip()), 415, "unsupported_file",
        "Định dạng tệp không được hỗ trợ: chỉ nhận tệp PDF, DOCX, Markdown/TXT hoặc ảnh (PNG, JPG, TIFF).",
    ),
    "binary": (
        {}, ("du-lieu.txt", bytes(range(256)) * 8), 415, "unsupported_file",
        "Định dạng tệp không được hỗ trợ: chỉ nhận tệp PDF, DOCX, Markdown/TXT hoặc ảnh (PNG, JPG, TIFF).",
    ),
    "corrupt_pdf": (
        {}, ("hong.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nnot a real PDF"), 422, "corrupt_file",
        "Tệp PDF bị hỏng, không đọc được.",
    ),
    "corrupt_image": (
        {}, ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200), 422, "unreadable_file",
        "Không đọc được (tệp ảnh hỏng).",
    ),
    "no_clauses": (
        {}, ("trong.md", "---\ntitle: Trống\n---\n\n".encode()), 422, "unreadable_file", "Tệp rỗng.",
    ),
    "bad_date": (
        {}, ("ghi-chu.md", b"1. Mot dieu khoan.\n"), 422, "invalid_date",
        "Ngày «31/2/2024» không hợp lệ — dùng YYYY-MM-DD hoặc YYYY-MM (hoặc ngày/tháng/năm).",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_upload_changes_nothing(case, make_upload_client, upload_assistant, upload_settings, scanned_notice):
    overrides, upload, status, code, message = REFUSALS[case]
    client = make_upload_client(**overrides)
    name, content = (scanned_notice.pdf.name, scanned_notice.pdf.read_bytes()) if upload == "scan" else upload
    generation, documents = upload_assistant.generation, upload_assistant.documents()

    form = {"date": "31/2/2024"} if case == "bad_date" else {}
    response = client.post("/admin/documents", headers=AUTH, files={"file": (name, content)}, data=form)

    assert response.status_code == status, response.text
    assert response.json() == {"error": {"code": code, "message": message}}
    assert upload_assistant.generation == generation and upload_assistant.documents() == documents
    assert uploaded_files(upload_settings) == []


def test_an_oversize_body_sent_in_chunks_is_refused(make_upload_client, upload_assistant, upload_settings):
    client = make_upload_client(max_upload_mb=0.1)
    boundary = "ctd-boundary"
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.txt"\r\n\r\n'.encode()

    def chunks():
        yield head
        for _ in range(40):
            yield ("Nội dung rất dài. " * 400).encode()
        yield f"\r\n--{boundary}--\r\n".encode()

    generation = upload_assistant.generation
    response = client.post(
        "/admin/documents", headers={**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"}, content=chunks()
    )
    assert response.status_code == 413
    assert response.json()["error"]["message"] == "Tệp quá lớn: tối đa 0.1 MB (CTD_MAX_UPLOAD_MB)."
    assert upload_assistant.generation == generation and uploaded_files(upload_settings) == []


def test_upload_needs_a_multipart_file(client):
    as_json = client.post("/admin/documents", headers=AUTH, content=json.dumps({"file": "x"}))
    assert as_json.status_code == 415
    assert as_json.json()["error"]["code"] == "unsupported_media_type"
    missing = client.post("/admin/documents", headers=AUTH, data={"title": "Không có tệp"}, files={"khac": ("a.txt", b"x")})
    assert missing.status_code == 422
    assert missing.json() == {"error": {"code": "missing_file", "message": "Thiếu tệp văn bản trong trường «file»."}}


NOTICE = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
HUYỆN ỦY LẠC DƯƠNG

Số 1300 -CV/HU

V/v tổ chức Tháng Nhân đạo

ĐẢNG CỘNG SẢN VIỆT NAM

Lạc Dương, ngày 01 tháng 4 năm 2024

Kính gửi: Các tổ chức cơ sở đảng trực thuộc Huyện ủy.

1. Hội Chữ thập đỏ huyện chủ trì tổ chức hiến máu tình nguyện trong tháng 5 tại nhà văn hóa huyện.

2. Phòng Giáo dục và Đào tạo huyện phối hợp tuyên truyền sơ cấp cứu trong trường học.
"""


def test_overrides_replace_the_header_and_a_rebuild_keeps_the_upload(client, upload_assistant, upload_settings):
    form = {"title": "Công văn về Tháng Nhân đạo 2024", "number": "1301 -CV/HU", "date": "2/4/2024", "issuer": "Huyện ủy Lạc Dương"}
    response = client.post("/admin/documents", headers=AUTH, data=form, files={"file": ("Tháng nhân đạo.txt", NOTICE.encode())})

    assert response.status_code == 201, response.text
    added = response.json()
    assert added == {
        "document_id": "thang-nhan-dao",
        "title": "Công văn về Tháng Nhân đạo 2024",
        "number": "1301-CV/HU",
        "date": "2024-04-02",
        "clauses": 2,
        "ocr": False,
        "warnings": [],
    }
    assert uploaded_files(upload_settings) == ["thang-nhan-dao.txt", "thang-nhan-dao.txt.meta.yaml"]

    upload_assistant.reindex(rebuild=True)
    kept = upload_assistant.document("thang-nhan-dao")
    assert kept is not None and (kept.document.number, kept.document.issuer) == ("1301-CV/HU", "Huyện ủy Lạc Dương")
    assert "thang-nhan-dao" in cited_documents(ask(client, "Ai chủ trì tổ chức hiến máu tình nguyện trong tháng 5?"))

    assert client.delete("/admin/documents/thang-nhan-dao", headers=AUTH).status_code == 204
    assert upload_assistant.document("thang-nhan-dao") is None and uploaded_files(upload_settings) == []


def test_a_corpus_document_is_not_deleted_here(client, upload_assistant):
    response = client.delete("/admin/documents/kh-ubnd-laichau-2023", headers=AUTH)

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "not_an_upload"
    assert upload_assistant.document("kh-ubnd-laichau-2023") is not None
    missing = client.delete("/admin/documents/khong-co", headers=AUTH)
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "document_not_found")


def test_the_admin_page_and_its_assets_are_served(client):
    page = client.get("/admin")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in page.text and "/admin.js" in page.text
    assert client.get("/admin.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/admin.css").headers["content-type"].startswith("text/css")
