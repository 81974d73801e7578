"""Handler logic without the network: group vs private routing, answer keys, chat history."""

import datetime as dtm

import pytest
from telegram import Chat, Message, User

from bot.telegram.handlers import (
    ANSWERS,
    REMEMBERED_ANSWERS,
    addressed_question,
    history_of,
    remember_answer,
    remember_turn,
)
from retrieval.models import Answer, Citation

BOT = User(id=99, first_name="CTĐ", is_bot=True, username="ctd_bot")
LAN = User(id=7, first_name="Lan", is_bot=False)
GROUP = Chat(id=-100200, type=Chat.GROUP, title="Hội CTĐ huyện")


def message(text: str, chat: Chat = GROUP, reply_to: Message | None = None) -> Message:
    return Message(1, dtm.datetime.now(dtm.UTC), chat, from_user=LAN, text=text, reply_to_message=reply_to)


def ask(text: str, chat: Chat = GROUP, reply_to: Message | None = None) -> str | None:
    return addressed_question(message(text, chat, reply_to), BOT.username, BOT.id)


def test_private_chat_any_text_is_a_question():
    assert ask("  Sở Y tế phải làm gì? ", Chat(id=7, type=Chat.PRIVATE)) == "Sở Y tế phải làm gì?"


def test_group_text_without_mention_or_reply_is_ignored():
    assert ask("Sở Y tế phải làm gì?") is None
    assert ask("@other_bot Sở Y tế phải làm gì?") is None
    assert ask("hỏi @ctd_botx nhé") is None


@pytest.mark.parametrize(
    "text", ["@ctd_bot Sở Y tế phải làm gì?", "Sở Y tế @CTD_BOT phải làm gì?", "Sở Y tế phải làm gì? @ctd_bot"]
)
def test_group_mention_is_a_question_without_the_mention(text):
    assert ask(text) == "Sở Y tế phải làm gì?"


def test_group_reply_to_the_bot_is_a_question():
    answer = Message(5, dtm.datetime.now(dtm.UTC), GROUP, from_user=BOT, text="Theo Kế hoạch…")
    assert ask("Còn Sở Y tế thì sao?", reply_to=answer) == "Còn Sở Y tế thì sao?"
    someone = Message(6, dtm.datetime.now(dtm.UTC), GROUP, from_user=LAN, text="…")
    assert ask("Còn Sở Y tế thì sao?", reply_to=someone) is None


def an_answer(number: int) -> Answer:
    citation = Citation(
        n=1, clause_id=f"doc:{'x' * 80}.{number}", document_id="doc", document_title="Kế hoạch", label="Mục I",
        path=["I"], text="…", start=0, end=1, score=1.0,
    )  # fmt: skip
    return Answer(
        id=f"a{number}", question=f"Câu {number}?", answer=f"Trả lời {number} [1]", abstained=False, citations=[citation]
    )


def test_answers_remembered_under_short_keys_and_bounded():
    chat_data: dict = {}
    keys = [remember_answer(chat_data, an_answer(i)) for i in range(REMEMBERED_ANSWERS + 5)]
    assert keys[:3] == ["0", "1", "2"]
    assert list(chat_data[ANSWERS]) == keys[5:]
    assert chat_data[ANSWERS][keys[-1]] == {
        "answer_id": f"a{REMEMBERED_ANSWERS + 4}",
        "question": f"Câu {REMEMBERED_ANSWERS + 4}?",
        "clauses": {1: f"doc:{'x' * 80}.{REMEMBERED_ANSWERS + 4}"},
    }


def test_history_keeps_the_last_turns():
    chat_data: dict = {}
    for i in range(5):
        remember_turn(chat_data, LAN.id, an_answer(i), turns=3)
    assert [(t.question, t.answer) for t in history_of(chat_data, LAN.id)] == [
        ("Câu 2?", "Trả lời 2 [1]"),
        ("Câu 3?", "Trả lời 3 [1]"),
        ("Câu 4?", "Trả lời 4 [1]"),
    ]
    remember_turn(chat_data, LAN.id, an_answer(9), turns=0)
    assert history_of(chat_data, LAN.id) == []


def test_in_a_group_each_member_has_their_own_history():
    chat_data: dict = {}
    remember_turn(chat_data, LAN.id, an_answer(1), turns=3)
    remember_turn(chat_data, 8, an_answer(2), turns=3)
    assert [t.question for t in history_of(chat_data, LAN.id)] == ["Câu 1?"]
    assert [t.question for t in history_of(chat_data, 8)] == ["Câu 2?"]
