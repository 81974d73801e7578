"""The real Zalo bot long-polling a stand-in Zalo Bot API server, answering from the real corpus."""

import logging
from contextlib import AsyncExitStack

import pytest

from bot.zalo.app import running_bot
from bot.zalo.client import ZaloAuthError
from bot.zalo.handlers import NOT_TEXT, SORRY, THANKS, TOO_MANY, UNKNOWN_COMMAND, WHICH_SOURCE
from bot.zalo.render import ANSWER_HINT, MESSAGE_LIMIT, render_answer
from tests.utils.fake_zalo import FakeZalo

pytestmark = pytest.mark.integration

LAN = FakeZalo.user("6ede9afa66b88fe6d6a9", "Lan")
HUNG = FakeZalo.user("1b2c3d4e5f60718293a4", "Hùng")
PRIVATE = FakeZalo.private_chat(LAN)
GROUP = FakeZalo.group_chat("9f8e7d6c5b4a39281706")
QUESTION = "Sở Giáo dục phải làm gì?"
TT07 = "Thông tư số 07/2017/TT-BGDĐT"
LAI_CHAU_SOURCE = "[1] Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023) — Mục III, điểm 5, ý 1"
REFUSAL = "Các văn bản chỉ đạo hiện có không đề cập đến câu hỏi này"


@pytest.fixture
async def start_bot(zalo, corpus_assistant, corpus_settings, feedback):
    """Start the real bot polling the stand-in (1 s long polls); stopped at the end of the test."""
    async with AsyncExitStack() as stack:

        async def start(assistant=corpus_assistant, token=zalo.token, **settings):
            settings = corpus_settings.model_copy(
                update={"zalo_bot_token": token, "zalo_api_base_url": zalo.api_root, **settings}
            )
            return await stack.enter_async_context(running_bot(settings, assistant, feedback, poll_timeout_s=1))

        yield start


async def test_a_question_gets_a_cited_plain_text_answer_with_typing_shown(zalo, start_bot):
    await start_bot()
    zalo.send_text(PRIVATE, LAN, QUESTION)
    [answer] = await zalo.texts_in(LAN["id"])
    assert answer.startswith("Theo Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023), Sở Giáo dục và Đào tạo")
    assert TT07 in answer
    assert f"Nguồn:\n{LAI_CHAU_SOURCE}\n" in answer
    assert answer.endswith(ANSWER_HINT)
    assert not any(markup in answer for markup in ("<b>", "</", "**", "&lt;"))
    assert zalo.calls_to("sendChatAction")[0] == {"chat_id": LAN["id"], "action": "typing"}
    assert zalo.calls_to("getUpdates")[0] == {"timeout": 1}


async def test_a_long_answer_arrives_in_messages_of_at_most_2000_characters_cut_between_clauses(
    zalo, start_bot, corpus_assistant
):
    question = "Hội Chữ thập đỏ phải làm gì?"
    expected = corpus_assistant.ask(question)
    documents = {c.document_id: corpus_assistant.document(c.document_id).document for c in expected.citations}
    parts = render_answer(expected, documents)
    assert len(parts) >= 2  # the question still gives a long answer
    await start_bot()
    zalo.send_text(PRIVATE, LAN, question)
    messages = await zalo.texts_in(LAN["id"], count=len(parts))
    assert len(messages) == len(parts)
    assert all(len(message) <= MESSAGE_LIMIT for message in messages)
    # Every clause quoted, every source line, whole and in order: the cuts fell between them.
    sent_lines = [line for message in messages for line in message.split("\n") if line]
    answer_lines = [line.strip() for line in expected.answer.splitlines() if line.strip()]
    assert sent_lines[: len(answer_lines)] == answer_lines
    heading, *sources, hint = sent_lines[len(answer_lines) :]
    assert (heading, hint) == ("Nguồn:", ANSWER_HINT)
    assert [line.split(" ", 1)[0] for line in sources] == [f"[{c.n}]" for c in expected.citations]
    assert all(line.endswith(f" — {c.label}") for line, c in zip(sources, expected.citations))


@pytest.mark.parametrize("question", ["Thủ đô của Pháp là gì?", "Giá vàng hôm nay bao nhiêu?"])
async def test_an_out_of_scope_question_gets_the_refusal(zalo, start_bot, question):
    await start_bot()
    zalo.send_text(PRIVATE, LAN, question)
    [refusal] = await zalo.texts_in(LAN["id"])
    assert refusal.startswith(REFUSAL)
    assert "Nguồn:" not in refusal and "[1]" not in refusal


async def test_a_chat_outside_the_allow_list_gets_nothing(zalo, start_bot):
    await start_bot(zalo_allowed_chats=[GROUP["id"]])
    zalo.send_text(PRIVATE, LAN, QUESTION)
    zalo.send_text(GROUP, HUNG, f"@Bot CTĐ {QUESTION}")
    [answer] = await zalo.texts_in(GROUP["id"])
    assert TT07 in answer
    assert zalo.pending() == 0  # the private message was delivered, and dropped
    assert zalo.texts(LAN["id"]) == []
    assert [call["chat_id"] for call in zalo.calls_to("sendChatAction")] == [GROUP["id"]]


async def test_nguon_1_returns_the_cited_clause_in_full(zalo, start_bot, corpus_assistant):
    await start_bot()
    zalo.send_text(PRIVATE, LAN, QUESTION)
    await zalo.texts_in(LAN["id"])
    zalo.send_text(PRIVATE, LAN, "/nguon 1")
    zalo.send_text(PRIVATE, LAN, "/nguồn 9")
    [_, clause, which] = await zalo.texts_in(LAN["id"], count=3)
    full_text = corpus_assistant.clause("kh-ubnd-laichau-2023:iii.5.b1").text
    assert clause == (
        "[1] Mục III, điểm 5, ý 1\nKế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023)\n"
        f"III. TỔ CHỨC THỰC HIỆN › 5. Sở Giáo dục và Đào tạo\n\n{full_text}"
    )
    assert which == WHICH_SOURCE.format(last=2)


async def test_dung_and_sai_after_an_answer_are_stored_as_feedback_of_the_zalo_channel(zalo, start_bot, feedback):
    await start_bot()
    zalo.send_text(PRIVATE, LAN, QUESTION)
    zalo.send_text(PRIVATE, LAN, "Đúng rồi!")
    zalo.send_text(PRIVATE, LAN, "sai: thiếu Sở Y tế")
    [_, first, second] = await zalo.texts_in(LAN["id"], count=3)
    assert first == second == THANKS
    down, up = feedback.recent()
    assert [up[k] for k in ("channel", "rating", "question", "user", "comment")] == ["zalo", "up", QUESTION, LAN["id"], None]
    assert [down[k] for k in ("channel", "rating", "comment")] == ["zalo", "down", "thiếu Sở Y tế"]
    assert up["answer_id"] and up["answer_id"] == down["answer_id"]


async def test_a_follow_up_question_uses_the_chat_history(zalo, start_bot):
    await start_bot()
    zalo.send_text(PRIVATE, LAN, QUESTION)
    zalo.send_text(PRIVATE, LAN, "Văn bản đó ban hành ngày nào?")
    [_, follow_up] = await zalo.texts_in(LAN["id"], count=2)
    # "that document" is the Lai Châu plan of the previous answer, dated 9/2023 (day left blank).
    assert "[1] Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023)" in follow_up
    assert "[2]" not in follow_up


async def test_images_and_stickers_get_a_short_explanation(zalo, start_bot):
    await start_bot()
    zalo.send_image(PRIVATE, LAN, caption="ảnh công văn")
    zalo.send_sticker(PRIVATE, LAN)
    assert await zalo.texts_in(LAN["id"], count=2) == [NOT_TEXT, NOT_TEXT]


async def test_vanban_and_giup_list_the_corpus_and_the_commands(zalo, start_bot, corpus_assistant):
    await start_bot()
    zalo.send_text(PRIVATE, LAN, "/vanban")
    zalo.send_text(PRIVATE, LAN, "/giup")
    [documents, help_text] = await zalo.texts_in(LAN["id"], count=2)
    listed = corpus_assistant.documents()
    assert documents.startswith(f"Các văn bản tôi tra cứu được ({len(listed)}):")
    assert all(document.number in documents for document in listed if document.number)
    assert help_text.startswith("Xin chào!") and "/nguon 2" in help_text and "/vanban" in help_text


async def test_the_rate_limit_answers_politely(zalo, start_bot):
    await start_bot(zalo_rate_limit_per_minute=1)
    zalo.send_text(PRIVATE, LAN, QUESTION)
    zalo.send_text(PRIVATE, LAN, "Còn Sở Y tế thì sao?")
    [answer, refused] = await zalo.texts_in(LAN["id"], count=2)
    assert TT07 in answer
    assert refused == TOO_MANY.format(limit=1)


async def test_a_repeated_delivery_is_answered_once(zalo, start_bot):
    bot = await start_bot()
    update = zalo.update("message.text.received", PRIVATE, LAN, text="/vanban")
    zalo.known_chat(LAN["id"])
    assert bot.submit(update) is True
    assert bot.submit(update) is False
    await bot.drain()
    assert len(zalo.texts(LAN["id"])) == 1


async def test_api_errors_are_retried_and_the_token_never_logged(zalo, start_bot, caplog):
    # the project keeps httpx at WARNING once logging is configured: the redaction is checked on its INFO lines
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="httpx"):
        await start_bot()
        zalo.fail_next("getUpdates", 502, "Bad gateway", times=2)
        zalo.fail_next("sendMessage", 429, "Quota exceeded")
        zalo.fail_next("sendMessage", 500, "Internal server error")
        zalo.send_text(PRIVATE, LAN, QUESTION)
        [answer] = await zalo.texts_in(LAN["id"])
    assert TT07 in answer
    assert len(zalo.calls_to("sendMessage")) == 3
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.zalo.app" and r.levelno == logging.WARNING]
    assert warnings == ["Zalo getUpdates failed (Zalo getUpdates: 502 Bad gateway); retrying with backoff"]
    assert "Zalo getUpdates works again" in caplog.messages
    assert any("/bot***/" in message for message in caplog.messages)  # httpx's request lines, redacted
    assert zalo.token not in caplog.text


async def test_a_failure_gives_one_polite_sentence_logged_without_the_token(zalo, start_bot, caplog):
    class Broken:
        def ask(self, question, history=None, filters=None, k=5):
            raise RuntimeError("index on fire")

    with caplog.at_level(logging.DEBUG):
        await start_bot(assistant=Broken())
        zalo.send_text(PRIVATE, LAN, QUESTION)
        assert await zalo.texts_in(LAN["id"]) == [SORRY]
        zalo.send_text(PRIVATE, LAN, "/khong")
        assert (await zalo.texts_in(LAN["id"], count=2))[1] == UNKNOWN_COMMAND.format(command="khong")  # still running
    assert [r.exc_info[1].args for r in caplog.records if r.exc_info] == [("index on fire",)]
    assert zalo.token not in caplog.text


async def test_a_refused_token_stops_the_bot_with_one_line_and_no_token(zalo, start_bot, caplog):
    with pytest.raises(ZaloAuthError) as refused:
        await start_bot(token="1234567890:expired-SECRET")
    assert str(refused.value) == "Zalo getMe: 401 Unauthorized"
    bot = await start_bot()
    zalo.fail_next("getUpdates", 401, "Unauthorized")
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(ZaloAuthError):
            await bot.background
    [error] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "ZALO_BOT_TOKEN" in error.getMessage() and "401" in error.getMessage()
    assert zalo.token not in caplog.text and "expired-SECRET" not in caplog.text


async def test_polling_removes_a_webhook_left_behind(zalo, start_bot):
    zalo.webhook = {"url": "https://example.invalid/zalo", "secret_token": "s3cret-token", "updated_at": 1}
    await start_bot()
    assert zalo.calls_to("deleteWebhook") == [{}]
    zalo.send_text(PRIVATE, LAN, QUESTION)
    assert TT07 in (await zalo.texts_in(LAN["id"]))[0]
