import sqlite3
import threading

import pytest

from bot.feedback import MIGRATIONS, SCHEMA_VERSION, FeedbackStore
from retrieval.errors import CtdError


def _user_version(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def test_add_count_and_recent_round_trip(tmp_path):
    store = FeedbackStore(tmp_path / "nested" / "dir" / "feedback.sqlite3")
    first = store.add(channel="web", rating="up", answer_id="a1", question="Sở Giáo dục phải làm gì?")
    second = store.add(channel="telegram", rating="down", question="Hỏi gì?", comment="Chưa đúng", user="42")

    assert (first, second) == (1, 2)
    assert (store.count(), store.count("up"), store.count("down")) == (2, 1, 1)
    newest, oldest = store.recent()
    assert {k: newest[k] for k in ("id", "channel", "rating", "answer_id", "question", "comment", "user")} == {
        "id": 2, "channel": "telegram", "rating": "down", "answer_id": None, "question": "Hỏi gì?",
        "comment": "Chưa đúng", "user": "42",
    }
    assert oldest["answer_id"] == "a1" and oldest["created_at"].endswith("+00:00")
    assert [row["id"] for row in store.recent(limit=1)] == [2]
    assert _user_version(store.path) == SCHEMA_VERSION


def test_reopening_keeps_rows(tmp_path):
    FeedbackStore(tmp_path / "f.sqlite3").add(channel="web", rating="up", answer_id="a")
    assert FeedbackStore(tmp_path / "f.sqlite3").count() == 1


def test_rejects_an_unknown_rating(tmp_path):
    with pytest.raises(ValueError, match="rating"):
        FeedbackStore(tmp_path / "f.sqlite3").add(channel="web", rating="meh", answer_id="a")


def test_migrates_a_version_1_database_in_place(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as connection:
        for statement in MIGRATIONS[0]:
            connection.execute(statement)
        connection.execute(
            "INSERT INTO feedback (created_at, channel, rating, answer_id, question, comment)"
            " VALUES ('2024-03-29T08:00:00+00:00', 'web', 'down', 'old', 'Câu hỏi cũ', NULL)"
        )
        connection.execute("PRAGMA user_version = 1")

    store = FeedbackStore(path)

    assert _user_version(path) == SCHEMA_VERSION == 2
    assert store.recent()[0] == {
        "id": 1, "created_at": "2024-03-29T08:00:00+00:00", "channel": "web", "rating": "down",
        "answer_id": "old", "question": "Câu hỏi cũ", "comment": None, "user": None,
    }
    assert store.add(channel="telegram", rating="up", answer_id="new", user="7") == 2
    assert store.count("down") == 1


def test_refuses_a_database_from_a_newer_version(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")

    with pytest.raises(CtdError, match="phiên bản 99, mới hơn"):
        FeedbackStore(path)


def test_concurrent_writers_lose_nothing(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")

    def write(n: int) -> None:
        for i in range(25):
            store.add(channel="web", rating="up" if i % 2 else "down", answer_id=f"{n}-{i}")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert (store.count(), store.count("up")) == (200, 96)
