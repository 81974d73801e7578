"""`/admin/reindex`: only with the admin token; the assistant keeps answering while it runs."""

import threading

import pytest

from retrieval.ingest.pipeline import IngestReport



@pytest.fixture
def reindex_calls(corpus_assistant, monkeypatch):
    """Record reindex calls instead of rebuilding the shared session index."""
    calls = []
    release = threading.Event()

    def reindex(paths=None, rebuild=False):
        calls.append(rebuild)
        release.wait(10)
        return IngestReport(documents=5, generation="g2")

    monkeypatch.setattr(corpus_assistant, "reindex", reindex)
    yield calls, release
    release.set()


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer sai-khoa"}, {"Authorization": "khoa-quan-tri-thu"}, {"Authorization": "Basic khoa-quan-tri-thu"}],
)
def test_without_a_valid_token_nothing_happens(client, reindex_calls, headers):
    response = client.post("/admin/reindex", headers=headers)

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert response.json() == {"error": {"code": "unauthorized", "message": "Cần khóa quản trị hợp lệ."}}
    assert client.get("/admin/reindex", headers=headers).status_code == 401
    assert reindex_calls[0] == []


def test_admin_is_disabled_without_a_configured_token(make_client, reindex_calls):
    client = make_client(admin_token="")

    assert client.post("/admin/reindex", headers={"Authorization": "Bearer "}).status_code == 401
    assert reindex_calls[0] == []


def test_reindexes_in_the_background_and_keeps_answering(client, reindex_calls, admin_headers):
    calls, release = reindex_calls

    started = client.post("/admin/reindex", headers=admin_headers, json={"rebuild": True})
    assert started.status_code == 202
    assert started.json()["state"] == "running" and started.json()["rebuild"] is True

    # While the run is held open, questions are answered and a second run is refused.
    assert client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"}).status_code == 200
    second = client.post("/admin/reindex", headers=admin_headers)
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "reindex_running"

    release.set()
    client.app.state.reindexer.wait(10)
    status = client.get("/admin/reindex", headers=admin_headers).json()
    assert status["state"] == "done"
    assert (status["report"]["documents"], status["report"]["generation"]) == (5, "g2")
    assert status["finished_at"] and calls == [True]


def test_reports_a_failed_run(client, corpus_assistant, monkeypatch, admin_headers):
    def fail(paths=None, rebuild=False):
        raise RuntimeError("ổ đĩa đầy")

    monkeypatch.setattr(corpus_assistant, "reindex", fail)

    assert client.post("/admin/reindex", headers=admin_headers).status_code == 202
    client.app.state.reindexer.wait(10)
    status = client.get("/admin/reindex", headers=admin_headers).json()
    assert (status["state"], status["error"]) == ("failed", "ổ đĩa đầy")


def test_status_is_idle_before_any_run(client, admin_headers):
    assert client.get("/admin/reindex", headers=admin_headers).json()["state"] == "idle"


@pytest.mark.slow
@pytest.mark.integration
def test_real_reindex_swaps_in_while_questions_are_answered(client, corpus_assistant, admin_headers):
    before = client.get("/readyz").status_code

    assert client.post("/admin/reindex", headers=admin_headers, json={"rebuild": True}).status_code == 202
    statuses = []
    while client.get("/admin/reindex", headers=admin_headers).json()["state"] == "running":
        statuses.append(client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"}).status_code)
    status = client.get("/admin/reindex", headers=admin_headers).json()

    assert before == 200
    assert statuses and set(statuses) == {200}  # answered from the old generation while the new one was built
    assert status["state"] == "done", status["error"]
    assert status["report"]["documents"] == len(corpus_assistant.documents()) == 5
    answer = client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"}).json()
    assert answer["citations"][0]["document_id"] == "kh-ubnd-laichau-2023"
