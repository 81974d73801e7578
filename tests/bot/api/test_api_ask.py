"""`POST /ask` on the real corpus: answers with citations, refusals, follow-ups and bad input."""

import pytest

LAI_CHAU = "kh-ubnd-laichau-2023"


def test_answers_with_the_lai_chau_clause_first(client):
    response = client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"})

    assert response.status_code == 200
    answer = response.json()
    assert answer["abstained"] is False
    assert answer["question"] == "Sở Giáo dục phải làm gì?"
    first = answer["citations"][0]
    assert first["n"] == 1 and "[1]" in answer["answer"]
    assert first["document_id"] == LAI_CHAU
    assert "Thông tư số 07/2017/TT-BGDĐT" in first["text"]
    assert set(answer) == {
        "id", "question", "answer", "abstained", "citations", "timings", "mode", "note", "intent", "complete"
    }
    assert answer["intent"] == "tasks" and answer["complete"] is True


def test_refuses_a_question_the_directives_do_not_cover(client):
    answer = client.post("/ask", json={"question": "Giá vàng hôm nay bao nhiêu?"}).json()

    assert answer["abstained"] is True
    assert answer["citations"] == []


def test_accepts_history_and_k(client):
    response = client.post(
        "/ask",
        json={
            "question": "Sở Giáo dục phải làm gì?",
            "history": [{"question": "Kế hoạch của tỉnh Lai Châu nói gì?", "answer": "…"}],
            "k": 2,
        },
    )

    assert response.status_code == 200
    assert response.json()["citations"][0]["document_id"] == LAI_CHAU


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"question": ""}, "empty_question", None),
        ({"question": "   \n "}, "empty_question", None),
        ({"question": "x" * 2001}, "question_too_long", None),
        ({}, "invalid_request", "Thiếu trường bắt buộc «question»."),
        ({"question": 5}, "invalid_request", "Giá trị của trường «question» không hợp lệ."),
        ({"question": "Hỏi?", "k": 0}, "invalid_request", "Giá trị của trường «k» không hợp lệ."),
        ({"question": "Hỏi?", "k": 21}, "invalid_request", "Giá trị của trường «k» không hợp lệ."),
        ({"question": "Hỏi?", "k": "năm"}, "invalid_request", "Giá trị của trường «k» không hợp lệ."),
        ({"question": "Hỏi?", "history": "không"}, "invalid_request", "Giá trị của trường «history» không hợp lệ."),
        ({"question": "Hỏi?", "history": [{"answer": "a"}]}, "invalid_request", "Thiếu trường bắt buộc «history.0.question»."),
        (["Sở Giáo dục phải làm gì?"], "invalid_request", "Nội dung yêu cầu phải là một đối tượng JSON."),
    ],
)
def test_bad_input_is_a_422_with_a_vietnamese_message(client, body, code, message):
    response = client.post("/ask", json=body)

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == code
    if message:
        assert error["message"] == message
    assert response.json() == {"error": {"code": code, "message": error["message"]}}


def test_question_errors_carry_the_engine_message(client):
    too_long = client.post("/ask", json={"question": "x" * 2001}).json()["error"]["message"]
    empty = client.post("/ask", json={"question": " "}).json()["error"]["message"]

    assert "2.000" in too_long or "2000" in too_long
    assert empty and empty != too_long


def test_broken_json_is_a_422_not_a_500(client):
    response = client.post("/ask", content='{"question": "Sở Giáo'.encode(), headers={"Content-Type": "application/json"})

    assert response.status_code == 422
    assert response.json() == {"error": {"code": "invalid_json", "message": "Nội dung gửi lên không phải JSON hợp lệ."}}


def test_missing_body_is_a_422(client):
    response = client.post("/ask")

    assert response.status_code == 422
    assert response.json() == {"error": {"code": "invalid_request", "message": "Thiếu nội dung yêu cầu (JSON)."}}


def test_undecodable_body_is_invalid_json(client):
    response = client.post("/ask", content=b"\xff\x01", headers={"Content-Type": "application/json"})

    assert response.status_code == 400
    assert response.json() == {"error": {"code": "invalid_json", "message": "Nội dung gửi lên không phải JSON hợp lệ."}}
