"""Liveness, readiness and the Prometheus metrics."""


def test_healthz_and_readyz_when_ready(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert (ready.status_code, ready.json()) == (200, {"status": "ready"})


def test_readyz_is_503_until_the_index_is_queryable(client, corpus_assistant, monkeypatch):
    monkeypatch.setattr(corpus_assistant, "is_ready", lambda: False)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json() == {"error": {"code": "not_ready", "message": "Chỉ mục chưa sẵn sàng."}}
    assert client.get("/healthz").status_code == 200


def test_metrics_count_answers_refusals_feedback_and_latency(client):
    client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"})
    client.post("/ask", json={"question": "Giá vàng hôm nay bao nhiêu?"})
    client.post("/feedback", json={"answer_id": "a", "rating": "down"})
    client.get("/clauses/khong-co:1")

    response = client.get("/metrics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'ctd_answers_total{mode="extractive"} 2.0' in text
    assert "ctd_refusals_total 1.0" in text
    assert 'ctd_feedback_total{rating="down"} 1.0' in text
    assert 'ctd_http_request_duration_seconds_count{method="POST",route="/ask",status="200"} 2.0' in text
    assert 'ctd_http_request_duration_seconds_count{method="GET",route="/clauses/{clause_id}",status="404"} 1.0' in text


def test_each_app_has_its_own_registry(make_client):
    first, second = make_client(), make_client()
    first.post("/feedback", json={"answer_id": "a", "rating": "up"})

    assert 'ctd_feedback_total{rating="up"} 1.0' in first.get("/metrics").text
    assert 'ctd_feedback_total{rating="up"}' not in second.get("/metrics").text
