"""Reading Zalo messages: updates, commands, ratings, group mentions."""

import pytest

from bot.zalo.handlers import read_command, read_rating, read_update, strip_mentions


def test_read_update_takes_the_chat_sender_and_text():
    update = {"event_name": "message.text.received",
              "message": {"message_id": "m1", "date": 1750316131602, "text": "Xin chào",
                          "from": {"id": "u1", "display_name": "Lan", "is_bot": False},
                          "chat": {"id": "g1", "chat_type": "GROUP"}}}  # fmt: skip
    message = read_update(update)
    assert (message.event, message.chat_id, message.user_id, message.text, message.message_id, message.group) == (
        "message.text.received", "g1", "u1", "Xin chào", "m1", True
    )


@pytest.mark.parametrize(
    "update",
    [None, [], {}, {"event_name": "message.text.received", "message": "x"},
     {"event_name": "message.text.received", "message": {"chat": {}, "from": {}}},
     {"event_name": "message.text.received", "message": {"chat": {"id": "c"}, "from": {"id": "b", "is_bot": True}}},
     {"event_name": "webhook.check", "message": {"chat": {"id": "c"}, "from": {"id": "u"}, "text": "ping"}}],
)  # fmt: skip
def test_read_update_ignores_other_events_and_what_has_no_chat_or_comes_from_a_bot(update):
    assert read_update(update) is None


@pytest.mark.parametrize(
    ("text", "command"),
    [("/nguon 2", ("nguon", "2")), ("/nguồn  3 ", ("nguon", "3")), ("/GIÚP", ("giup", "")),
     ("/vanban@bot.ctd", ("vanban", "")), ("/hoi Sở Y tế phải làm gì?", ("hoi", "Sở Y tế phải làm gì?")),
     ("Sở Y tế /nguon", None)],
)  # fmt: skip
def test_commands_are_read_without_diacritics(text, command):
    assert read_command(text) == command


@pytest.mark.parametrize(
    ("text", "rating"),
    [("đúng", ("up", None)), ("Đúng rồi!", ("up", None)), ("dung", ("up", None)), ("sai", ("down", None)),
     ("Sai rồi.", ("down", None)), ("sai: thiếu Sở Y tế", ("down", "thiếu Sở Y tế")), ("đúng :", ("up", None)),
     ("Sai phạm trong công tác Hội xử lý thế nào?", None), ("đúng là Sở Y tế phải làm gì?", None)],
)  # fmt: skip
def test_ratings_are_short_replies_only(text, rating):
    assert read_rating(text) == rating


def test_group_mentions_of_the_bot_are_removed():
    assert strip_mentions("@Bot CTĐ  Sở Y tế phải làm gì?", ("Bot CTĐ", "bot.ctdtest")) == "Sở Y tế phải làm gì?"
    assert strip_mentions("@Lan xem @bot.ctdtest nhé", ("Bot CTĐ", "bot.ctdtest")) == "@Lan xem nhé"
