"""What people type, as the API receives it: lone surrogates are a Vietnamese 422, invisible and control
characters are dropped, history turns are bounded; the same rules for questions, history and feedback."""

import json

import pytest

from bot.feedback import FeedbackStore

LAI_CHAU = "kh-ubnd-laichau-2023"
QUESTION = "Sở Giáo dục phải làm gì?"


def post_json(client, path: str, body) -> object:
    """Send JSON as a browser may: lone surrogates as \\uXXXX escapes, which is valid JSON."""
    return client.post(path, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"question": "S\ud800 Giáo dục phải làm gì?"}, "Câu hỏi có ký tự không hợp lệ: hãy gõ hoặc dán lại câu hỏi."),
        (
            {"question": QUESTION, "history": [{"question": "Kế hoạch\udfff Lai Châu?", "answer": "…"}]},
            "Lịch sử hội thoại (history) có ký tự không hợp lệ: hãy gửi lại mà không kèm ký tự đó.",
        ),
        (
            {"question": QUESTION, "history": [{"question": "Kế hoạch Lai Châu?", "answer": "…\ud83d"}]},
            "Lịch sử hội thoại (history) có ký tự không hợp lệ: hãy gửi lại mà không kèm ký tự đó.",
        ),
    ],
)
def test_a_lone_surrogate_in_a_question_or_history_is_a_vietnamese_422(client, body, message):
    response = post_json(client, "/ask", body)

    assert response.status_code == 422
    assert response.json() == {"error": {"code": "invalid_characters", "message": message}}


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("comment", "Nội dung góp ý có ký tự không hợp lệ: hãy gõ lại."),
        ("question", "Câu hỏi có ký tự không hợp lệ: hãy gõ hoặc dán lại câu hỏi."),
        ("answer_id", "Trường «answer_id» có ký tự không hợp lệ: hãy gõ lại."),
    ],
)
def test_a_lone_surrogate_in_feedback_is_a_vietnamese_422(client, field, message):
    body = {"answer_id": "a1", "rating": "up", field: "hay\ud800"}

    response = post_json(client, "/feedback", body)

    assert response.status_code == 422
    assert response.json()["error"] == {"code": "invalid_characters", "message": message}


def test_invisible_and_control_characters_are_dropped_before_answering(client):
    response = post_json(client, "/ask", {"question": "\ufeffSở Giáo\u200b dục\u00ad phải\nlàm gì?\u202e\x00"})

    assert response.status_code == 200
    answer = response.json()
    assert answer["question"] == QUESTION
    assert answer["citations"][0]["clause_id"] == f"{LAI_CHAU}:iii.5.b1"


def test_feedback_is_stored_cleaned(client, make_settings):
    response = post_json(client, "/feedback", {"question": "Sở Y tế\u200b?", "rating": "down", "comment": "Thiếu\x00 ý\r\nkhác"})

    assert response.status_code == 201
    row = FeedbackStore(make_settings().data_dir / "feedback.sqlite3").recent()[0]
    assert (row["question"], row["comment"]) == ("Sở Y tế?", "Thiếu ý\nkhác")


def test_feedback_naming_nothing_once_cleaned_is_refused(client):
    response = post_json(client, "/feedback", {"question": "\u200b\u200d", "rating": "up"})

    assert response.status_code == 422
    assert response.json()["error"] == {"code": "invalid_request", "message": "Cần có answer_id hoặc question."}


def test_long_history_turns_are_cut_and_old_ones_dropped_not_refused(make_client):
    client = make_client(max_history_turns=2)
    long_answer = "Theo Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023), Sở Giáo dục … " + "x" * 30_000
    history = [{"question": "Một câu cũ?", "answer": "…"}] * 15 + [{"question": QUESTION, "answer": long_answer}]

    response = post_json(client, "/ask", {"question": "Còn Sở Y tế thì sao?", "history": history})

    assert response.status_code == 200
    assert response.json()["citations"][0]["clause_id"].startswith(f"{LAI_CHAU}:iii.4")


def test_a_60000_character_question_is_refused_not_read(client):
    ascii_long = post_json(client, "/ask", {"question": "9" * 60_000})
    vietnamese_long = post_json(client, "/ask", {"question": "ệ" * 60_000})  # over the 64 KB body limit

    assert ascii_long.status_code == 422 and ascii_long.json()["error"]["code"] == "question_too_long"
    assert vietnamese_long.status_code == 413
    assert vietnamese_long.json()["error"] == {"code": "payload_too_large", "message": "Nội dung gửi lên quá lớn."}


def test_a_question_of_huge_digit_runs_is_answered(client):
    response = post_json(client, "/ask", {"question": "Quyết định số " + "9" * 1980})

    assert response.status_code == 200
    assert response.json()["abstained"] is True
