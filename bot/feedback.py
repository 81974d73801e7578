"""Feedback on answers (thumbs up/down, optional comment), shared by every channel in one SQLite file.

The schema is versioned with `PRAGMA user_version`; opening an older file migrates it in place.
"""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from retrieval.errors import CtdError

Rating = Literal["up", "down"]

# Each step takes the database from version i to i + 1; never edit a step once released, add one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            channel TEXT NOT NULL,
            rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
            answer_id TEXT,
            question TEXT,
            comment TEXT
        )""",
    ),
    (
        "ALTER TABLE feedback ADD COLUMN user TEXT",
        "CREATE INDEX feedback_rating ON feedback (rating)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class FeedbackStore:
    """Store and read feedback; safe to share between threads (one connection per call)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=10)
        connection.row_factory = sqlite3.Row
        return connection

    def _migrate(self) -> None:
        with closing(self._connect()) as connection:
            connection.isolation_level = None
            connection.execute("PRAGMA journal_mode=WAL")
            # IMMEDIATE takes the write lock before reading the version, so two processes starting
            # together (API and Telegram bot) never run the same step twice.
            connection.execute("BEGIN IMMEDIATE")
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise CtdError(
                        f"{self.path}: kho phản hồi ở phiên bản {version}, mới hơn phiên bản ctd này hỗ trợ "
                        f"({SCHEMA_VERSION}); hãy cập nhật ctd."
                    )
                for step in MIGRATIONS[version:]:
                    for statement in step:
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def add(
        self,
        *,
        channel: str,
        rating: Rating,
        answer_id: str | None = None,
        question: str | None = None,
        comment: str | None = None,
        user: str | None = None,
    ) -> int:
        """Record one rating and return its id."""
        if rating not in ("up", "down"):
            raise ValueError(f"rating must be 'up' or 'down', not {rating!r}")
        created_at = datetime.now(UTC).isoformat(timespec="seconds")
        with closing(self._connect()) as connection, connection:
            cursor = connection.execute(
                "INSERT INTO feedback (created_at, channel, rating, answer_id, question, comment, user)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (created_at, channel, rating, answer_id, question, comment, user),
            )
            return cursor.lastrowid

    def count(self, rating: Rating | None = None) -> int:
        """Count all feedback, or only that with the given rating."""
        with closing(self._connect()) as connection:
            if rating is None:
                return connection.execute("SELECT COUNT(*) FROM feedback").fetchone()[0]
            return connection.execute("SELECT COUNT(*) FROM feedback WHERE rating = ?", (rating,)).fetchone()[0]

    def recent(self, limit: int = 50) -> list[dict]:
        """Return the newest feedback first."""
        with closing(self._connect()) as connection:
            rows = connection.execute("SELECT * FROM feedback ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [dict(row) for row in rows]
