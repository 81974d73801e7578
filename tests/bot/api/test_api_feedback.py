"""`POST /feedback`: stored in the shared SQLite store, counted in the metrics."""

from bot.feedback import FeedbackStore


def test_stores_feedback_on_an_answer(client, make_settings):
    answer = client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"}).json()

    response = client.post("/feedback", json={"answer_id": answer["id"], "rating": "up", "comment": "Rõ ràng"})

    assert response.status_code == 201
    store = FeedbackStore(make_settings().data_dir / "feedback.sqlite3")
    assert response.json() == {"id": 1}
    assert store.count() == store.count("up") == 1
    row = store.recent()[0]
    assert (row["channel"], row["answer_id"], row["comment"]) == ("web", answer["id"], "Rõ ràng")


def test_accepts_a_question_instead_of_an_answer_id(client, make_settings):
    client.post("/feedback", json={"question": "Sở Giáo dục phải làm gì?", "rating": "down"})
    response = client.post("/feedback", json={"question": "Hỏi lại", "rating": "down"})

    assert response.json() == {"id": 2}
    assert FeedbackStore(make_settings().data_dir / "feedback.sqlite3").count("down") == 2


def test_needs_an_answer_id_or_a_question(client):
    response = client.post("/feedback", json={"rating": "up", "question": "  "})

    assert response.status_code == 422
    assert response.json() == {"error": {"code": "invalid_request", "message": "Cần có answer_id hoặc question."}}


def test_rejects_an_unknown_rating(client):
    response = client.post("/feedback", json={"answer_id": "a", "rating": "meh"})

    assert response.status_code == 422
    assert response.json()["error"] == {"code": "invalid_request", "message": "Giá trị của trường «rating» không hợp lệ."}
