"""Access control and button data: the allow-list, the per-user rate limit, callback parsing."""

from bot.access import RateLimiter, is_allowed_chat
from bot.telegram.callbacks import Callback, citation_data, example_data, feedback_data, parse_callback


def test_empty_allow_list_lets_every_chat_in():
    assert is_allowed_chat(-100123, [])
    assert is_allowed_chat(None, [])


def test_allow_list_admits_only_listed_chats():
    assert is_allowed_chat(-100123, [-100123, 42])
    assert not is_allowed_chat(7, [-100123, 42])
    assert not is_allowed_chat(None, [42])


def test_rate_limit_per_user_within_a_sliding_minute():
    now = [1000.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert [limiter.allow(1), limiter.allow(1), limiter.allow(1)] == [True, True, False]
    assert limiter.allow(2)
    now[0] += 59.9
    assert not limiter.allow(1)
    now[0] += 0.1
    assert [limiter.allow(1), limiter.allow(1), limiter.allow(1)] == [True, True, False]


def test_refused_questions_are_not_counted():
    now = [0.0]
    limiter = RateLimiter(1, clock=lambda: now[0])
    assert limiter.allow(1)
    for _ in range(5):
        now[0] += 10
        assert not limiter.allow(1)
    now[0] = 60.0
    assert limiter.allow(1)


def test_zero_means_no_limit():
    limiter = RateLimiter(0)
    assert all(limiter.allow(1) for _ in range(1000))


def test_callback_data_round_trip():
    assert parse_callback(citation_data(3, "17")) == Callback("c", "3", "17")
    assert parse_callback(feedback_data("up", "17")) == Callback("f", "up", "17")
    assert parse_callback(example_data(2)) == Callback("x", "2")


def test_foreign_callback_data_ignored():
    assert parse_callback(None) is None
    assert parse_callback("") is None
    assert parse_callback("c:1") is None
    assert parse_callback("z:1:2") is None
