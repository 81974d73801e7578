"""Fixtures of the Zalo tests: the stand-in Zalo Bot API server and a feedback store."""

import pytest

from bot.feedback import FeedbackStore
from tests.utils.fake_zalo import FakeZalo


@pytest.fixture
def zalo():
    """A stand-in Zalo Bot API server on 127.0.0.1, stopped after the test."""
    with FakeZalo() as fake:
        yield fake


@pytest.fixture
def feedback(tmp_path):
    return FeedbackStore(tmp_path / "feedback.sqlite3")
