"""Wiring: the assistant built at start-up, `ctd serve`, the OpenAPI document and the widget files."""

import pytest
from fastapi.testclient import TestClient

from bot.api import main, server
from bot.api.main import create_app
from retrieval.errors import IndexNotFoundError
from retrieval.models import Answer


def test_builds_the_assistant_in_the_lifespan(make_settings, corpus_assistant, monkeypatch):
    built = []
    monkeypatch.setattr(main.Assistant, "from_settings", lambda settings: built.append(settings) or corpus_assistant)
    settings = make_settings()
    app = create_app(settings)

    assert built == [] and app.state.assistant is None  # nothing heavy before start-up
    with TestClient(app) as client:
        assert built == [settings]
        assert client.get("/readyz").status_code == 200


def test_serve_reports_a_missing_index_in_one_line(make_settings, monkeypatch, capsys):
    def missing(settings):
        raise IndexNotFoundError("Chưa có chỉ mục; hãy chạy ctd ingest.")

    monkeypatch.setattr(server.Assistant, "from_settings", missing)

    assert server.run_server(make_settings(), host="127.0.0.1", port=1) == 1
    assert capsys.readouterr().err == "Lỗi: Chưa có chỉ mục; hãy chạy ctd ingest.\n"


def test_openapi_has_vietnamese_examples_for_ask(client):
    schema = client.get("/openapi.json").json()
    ask = schema["paths"]["/ask"]["post"]

    request_examples = ask["requestBody"]["content"]["application/json"]["examples"]
    answer_examples = ask["responses"]["200"]["content"]["application/json"]["examples"]
    assert request_examples["cau_hoi"]["value"]["question"] == "Sở Giáo dục và Đào tạo phải làm gì?"
    assert answer_examples["tu_choi"]["value"]["abstained"] is True
    assert ask["description"].startswith("Trả lời một câu hỏi")
    assert set(schema["paths"]) == {
        "/ask", "/documents", "/documents/{document_id}", "/clauses/{clause_id}", "/feedback",
        "/healthz", "/readyz", "/metrics", "/admin/reindex", "/admin/documents", "/admin/documents/{document_id}",
        "/agencies", "/agencies/{name}/tasks", "/documents/{document_id}/lineage",
    }


def test_serves_the_widget_and_the_demo_page(client):
    widget = client.get("/widget.js")
    demo = client.get("/")

    assert widget.status_code == demo.status_code == 200
    assert widget.headers["content-type"] == "text/javascript; charset=utf-8"
    assert "attachShadow" in widget.text
    assert demo.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script src="/widget.js" defer></script>' in demo.text


def test_serves_the_lineage_picture_the_widget_and_admin_page_share(client):
    script = client.get("/lineage.js")

    assert script.status_code == 200 and script.headers["content-type"] == "text/javascript; charset=utf-8"
    assert "window.ctdLineage" in script.text
    assert '"/lineage.js"' in client.get("/widget.js").text  # fetched on first use, next to widget.js
    assert '<script src="/lineage.js" defer></script>' in client.get("/admin").text


@pytest.mark.parametrize("script", ["/widget.js", "/lineage.js"])
@pytest.mark.parametrize("unsafe", ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("])
def test_widget_never_parses_text_as_html(client, script, unsafe):
    assert unsafe not in client.get(script).text


def test_openapi_answer_examples_are_valid_answers(client):
    ask = client.get("/openapi.json").json()["paths"]["/ask"]["post"]

    for example in ask["responses"]["200"]["content"]["application/json"]["examples"].values():
        Answer.model_validate(example["value"])


def test_an_internal_error_is_a_plain_500_without_a_trace(client, corpus_assistant, monkeypatch):
    def broken():
        raise RuntimeError("secret internals at /srv/ctd/index")

    monkeypatch.setattr(corpus_assistant, "documents", broken)

    response = client.get("/documents")

    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal_error", "message": "Đã có lỗi, vui lòng thử lại sau."}}
