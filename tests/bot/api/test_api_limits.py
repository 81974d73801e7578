"""Rate limit, CORS and body size: the guards around the routes."""

import pytest

from bot.api.ratelimit import SlidingWindowLimiter


def test_rate_limit_answers_429_with_retry_after(make_client):
    client = make_client(rate_limit_per_minute=2)
    body = {"question": "Sở Giáo dục phải làm gì?"}

    statuses = [client.post("/ask", json=body).status_code for _ in range(2)]
    limited = client.post("/ask", json=body)

    assert statuses == [200, 200]
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.json() == {
        "error": {
            "code": "rate_limited",
            "message": f"Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau {limited.headers['Retry-After']} giây.",
        }
    }
    # Feedback shares the client's budget; reading documents does not count against it.
    assert client.post("/feedback", json={"answer_id": "a", "rating": "up"}).status_code == 429
    assert client.get("/documents").status_code == 200


def test_sliding_window_frees_slots_as_they_age():
    now = [1000.0]
    limiter = SlidingWindowLimiter(2, clock=lambda: now[0])

    assert [limiter.hit("a"), limiter.hit("a")] == [0, 0]
    now[0] += 20
    assert limiter.hit("a") == 40
    assert limiter.hit("b") == 0  # another client has its own window
    now[0] += 40
    assert limiter.hit("a") == 0


def test_rate_limit_zero_disables_it():
    limiter = SlidingWindowLimiter(0)

    assert {limiter.hit("a") for _ in range(1000)} == {0}


@pytest.mark.parametrize("origin", ["http://localhost:5173", "http://127.0.0.1:8080", "http://localhost"])
def test_cors_is_open_to_localhost_by_default(client, origin):
    response = client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"}, headers={"Origin": origin})

    assert response.headers["access-control-allow-origin"] == origin


@pytest.mark.parametrize("origin", ["https://evil.example", "http://localhost.evil.example", "http://127.0.0.1.nip.io"])
def test_cors_refuses_a_foreign_origin(client, origin):
    response = client.get("/documents", headers={"Origin": origin})
    preflight = client.options(
        "/ask", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}
    )

    assert "access-control-allow-origin" not in response.headers
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_configured_origins_only(make_client):
    client = make_client(cors_origins=["https://chuthapdo.laichau.gov.vn"])

    preflight = client.options(
        "/ask",
        headers={
            "Origin": "https://chuthapdo.laichau.gov.vn",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    local = client.get("/documents", headers={"Origin": "http://localhost:3000"})

    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://chuthapdo.laichau.gov.vn"
    assert "access-control-allow-origin" not in local.headers


def test_errors_carry_cors_headers_too(make_client):
    client = make_client(rate_limit_per_minute=1)
    headers = {"Origin": "http://localhost:8000"}
    client.post("/feedback", json={"answer_id": "a", "rating": "up"}, headers=headers)

    limited = client.post("/feedback", json={"answer_id": "a", "rating": "up"}, headers=headers)

    assert limited.status_code == 429
    assert limited.headers["access-control-allow-origin"] == "http://localhost:8000"


def test_oversized_body_is_a_413(client):
    response = client.post("/ask", json={"question": "x" * 70_000})

    assert response.status_code == 413
    assert response.json() == {"error": {"code": "payload_too_large", "message": "Nội dung gửi lên quá lớn."}}


def test_oversized_streamed_body_is_a_413(client):
    def chunks():
        for _ in range(100):
            yield b"x" * 1024

    response = client.post("/ask", content=chunks(), headers={"Content-Type": "application/json"})

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
