"""The real bot, polling a stand-in Bot API server, answering from the real corpus."""

import logging
import os
import socket
import subprocess
from pathlib import Path
import sys

import httpx
import pytest

from bot.feedback import FeedbackStore
from bot.telegram.app import build_application
from bot.telegram.handlers import EXAMPLES, SORRY, THANKS, TOO_LONG, TOO_MANY
from tests.utils.fake_telegram import FakeTelegram, parse_telegram_html

pytestmark = pytest.mark.integration

LAN = FakeTelegram.user(7, "Lan")
HUNG = FakeTelegram.user(8, "Hùng")
PRIVATE = FakeTelegram.private_chat(LAN)
GROUP = FakeTelegram.group_chat(-100200, "Hội CTĐ huyện")
QUESTION = "Sở Giáo dục phải làm gì?"
TT07 = "Thông tư số 07/2017/TT-BGDĐT"


def valid_html(text: str) -> str:
    shown, errors = parse_telegram_html(text, {"b", "i", "blockquote", "a", "code"})
    assert errors == []
    return shown


def in_chat(chat: dict, **more):
    return lambda params: params["chat_id"] == str(chat["id"]) and all(params.get(k) == v for k, v in more.items())


def answers_in(chat: dict):
    """sendMessage calls in `chat` carrying an answer's buttons."""
    return lambda params: in_chat(chat)(params) and "reply_markup" in params


@pytest.fixture
def telegram():
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def feedback(tmp_path):
    return FeedbackStore(tmp_path / "feedback.sqlite3")


@pytest.fixture
async def start_bot(telegram, corpus_assistant, corpus_settings, feedback):
    """Start the real Application polling the stand-in; stopped at the end of the test."""
    running = []

    async def start(assistant=corpus_assistant, **settings):
        settings = corpus_settings.model_copy(
            update={"telegram_bot_token": telegram.token, "telegram_api_base_url": telegram.api_root, **settings}
        )
        application = build_application(settings, assistant, feedback)
        await application.initialize()
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        running.append(application)
        return application

    yield start
    for application in running:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def test_question_answered_with_the_clause_valid_html_and_buttons(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, QUESTION)
    [sent] = await telegram.wait_for("sendMessage", answers_in(PRIVATE))
    assert sent["parse_mode"] == "HTML"
    shown = valid_html(sent["text"])
    assert TT07 in shown
    assert "Mục III, điểm 5, ý 1" in shown
    buttons = [button for row in sent["reply_markup"]["inline_keyboard"] for button in row]
    assert buttons[0] == {"text": "[1]", "callback_data": "c:1:0"}
    assert [b["text"] for b in buttons[-2:]] == ["👍", "👎"]
    assert telegram.calls_to("sendChatAction")[0] == {"chat_id": "7", "action": "typing"}
    assert [c["command"] for c in telegram.commands] == ["start", "hoi", "vanban", "nhiemvu", "help"]


async def test_citation_button_sends_the_clause_and_answers_the_query(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, QUESTION)
    await telegram.wait_for("sendMessage", answers_in(PRIVATE))
    [answer] = telegram.sent(PRIVATE["id"])
    query_id = telegram.press(LAN, answer, "c:1:0")
    await telegram.wait_for("answerCallbackQuery", lambda params: params["callback_query_id"] == query_id)
    [clause] = await telegram.wait_for("sendMessage", lambda params: "reply_parameters" in params)
    assert clause["reply_parameters"]["message_id"] == answer["message_id"]
    assert clause["text"].startswith("<b>[1] Mục III, điểm 5, ý 1</b>\n<i>")
    assert TT07 in valid_html(clause["text"])


async def test_feedback_button_stores_the_rating(telegram, start_bot, feedback):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, QUESTION)
    await telegram.wait_for("sendMessage", answers_in(PRIVATE))
    [answer] = telegram.sent(PRIVATE["id"])
    query_id = telegram.press(LAN, answer, "f:up:0")
    thanked = {"callback_query_id": query_id, "text": THANKS}
    await telegram.wait_for("answerCallbackQuery", lambda params: params == thanked)
    assert feedback.count("up") == 1
    assert feedback.count() == 1
    [stored] = feedback.recent()
    assert [stored[k] for k in ("channel", "rating", "question", "user")] == ["telegram", "up", QUESTION, "7"]
    assert stored["answer_id"]


async def test_user_html_comes_back_escaped(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "<b>xin chào</b> & <script>")
    [sent] = await telegram.wait_for("sendMessage", answers_in(PRIVATE))
    assert sent["text"].startswith("<i>❓ &lt;b&gt;xin chào&lt;/b&gt; &amp; &lt;script&gt;</i>")
    assert valid_html(sent["text"]).startswith("❓ <b>xin chào</b> & <script>")


async def test_overlong_question_refused_politely(telegram, start_bot):
    await start_bot()
    question = (QUESTION * 100)[:2001]
    assert len(question.strip()) == 2001
    telegram.send_text(PRIVATE, LAN, question)
    [sent] = await telegram.wait_for("sendMessage", in_chat(PRIVATE))
    assert sent["text"] == TOO_LONG.format(limit=2000)
    assert telegram.calls_to("sendChatAction") == []


async def test_group_answers_only_mentions_replies_and_hoi(telegram, start_bot):
    await start_bot()
    telegram.send_text(GROUP, LAN, QUESTION)
    asked = telegram.send_text(GROUP, LAN, f"/hoi {QUESTION}")
    [first] = await telegram.wait_for("sendMessage", answers_in(GROUP))
    assert first["reply_parameters"]["message_id"] == asked["message_id"]
    telegram.send_text(GROUP, HUNG, f"@ctd_test_bot {QUESTION}")
    await telegram.wait_for("sendMessage", answers_in(GROUP), count=2)
    telegram.send_text(GROUP, HUNG, QUESTION, reply_to=telegram.sent(GROUP["id"])[0])
    await telegram.wait_for("sendMessage", answers_in(GROUP), count=3)
    telegram.send_text(GROUP, LAN, "/help@ctd_test_bot")
    await telegram.wait_for("sendMessage", in_chat(GROUP), count=4)
    sent = telegram.calls_to("sendMessage")
    assert len(sent) == 4
    assert all(TT07 in valid_html(params["text"]) for params in sent[:3])


async def test_flood_control_is_waited_out_and_retried(telegram, start_bot):
    await start_bot()
    telegram.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    telegram.send_text(PRIVATE, LAN, QUESTION)
    await telegram.wait_for("sendMessage", answers_in(PRIVATE), count=2)
    refused, delivered = [call for call in telegram.calls if call.method == "sendMessage"]
    assert refused.params == delivered.params
    assert delivered.at - refused.at >= 1.0
    [answer] = telegram.sent(PRIVATE["id"])
    assert TT07 in answer["text"]


async def test_rate_limit_answers_politely(telegram, start_bot):
    await start_bot(telegram_rate_limit_per_minute=1)
    telegram.send_text(PRIVATE, LAN, QUESTION)
    await telegram.wait_for("sendMessage", answers_in(PRIVATE))
    telegram.send_text(PRIVATE, LAN, "Còn Sở Y tế thì sao?")
    [_, refused] = await telegram.wait_for("sendMessage", in_chat(PRIVATE), count=2)
    assert refused["text"] == TOO_MANY.format(limit=1)


async def test_allow_list_ignores_other_chats(telegram, start_bot):
    await start_bot(telegram_allowed_chats=[GROUP["id"]])
    telegram.send_text(PRIVATE, LAN, QUESTION)
    telegram.send_text(GROUP, LAN, f"/hoi {QUESTION}")
    await telegram.wait_for("sendMessage", answers_in(GROUP))
    assert [params["chat_id"] for params in telegram.calls_to("sendMessage")] == [str(GROUP["id"])]


async def test_start_greets_lists_documents_and_asks_an_example(telegram, start_bot, corpus_assistant):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/start")
    [greeting] = await telegram.wait_for("sendMessage", in_chat(PRIVATE))
    shown = valid_html(greeting["text"])
    assert f"Tôi đang tra cứu {len(corpus_assistant.documents())} văn bản" in shown
    assert [row[0]["text"] for row in greeting["reply_markup"]["inline_keyboard"]] == list(EXAMPLES)
    telegram.press(LAN, telegram.sent(PRIVATE["id"])[0], "x:0")
    [answer] = await telegram.wait_for("sendMessage", lambda params: "c:1:0" in str(params.get("reply_markup")))
    assert TT07 in valid_html(answer["text"])


async def test_vanban_lists_the_corpus(telegram, start_bot, corpus_assistant):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/vanban")
    [sent] = await telegram.wait_for("sendMessage", in_chat(PRIVATE))
    shown = valid_html(sent["text"])
    assert all(document.number in shown for document in corpus_assistant.documents() if document.number)


async def test_vanban_with_a_number_shows_the_chain_of_texts(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/vanban kh-ubnd-laichau-2023")
    [sent] = await telegram.wait_for("sendMessage", in_chat(PRIVATE))
    shown = valid_html(sent["text"])
    assert shown.startswith("Chuỗi văn bản")
    ancestors = [shown.index(number) for number in ("895/QĐ-TTg", "44-KL/TW", "43-CT/TW")]
    assert ancestors == sorted(ancestors)  # nearest first


async def test_failure_gives_one_polite_sentence_and_the_bot_keeps_running(telegram, start_bot, caplog):
    class Broken:
        def ask(self, question, history=None, filters=None, k=5):
            raise RuntimeError("index on fire")

    await start_bot(assistant=Broken())
    with caplog.at_level(logging.ERROR, logger="bot.telegram.handlers"):
        telegram.send_text(PRIVATE, LAN, QUESTION)
        [sorry] = await telegram.wait_for("sendMessage", in_chat(PRIVATE))
    assert sorry["text"] == SORRY
    assert [r.exc_info[1].args for r in caplog.records if r.exc_info] == [("index on fire",)]
    telegram.send_text(PRIVATE, LAN, "/help")
    await telegram.wait_for("sendMessage", in_chat(PRIVATE), count=2)


async def test_follow_up_question_uses_the_chat_history(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, QUESTION)
    await telegram.wait_for("sendMessage", answers_in(PRIVATE))
    telegram.send_text(PRIVATE, LAN, "Văn bản đó ban hành ngày nào?")
    [_, follow_up] = await telegram.wait_for("sendMessage", answers_in(PRIVATE), count=2)
    shown = valid_html(follow_up["text"])
    # "that document" is the Lai Châu plan of the previous answer, dated 9/2023 (day left blank).
    assert "[1] Kế hoạch thực hiện Quyết định số 895/QĐ-TTg" in shown
    assert "(9/2023)" in shown
    assert "[2]" not in shown


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_ctd_bot_webhook_mode_checks_the_secret_token(telegram, corpus_assistant, corpus_settings):
    port = free_port()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_BASE_URL": telegram.api_root,
        "TELEGRAM_WEBHOOK_SECRET": "s3cret",
        "CTD_DATA_DIR": str(corpus_settings.data_dir),
        "CTD_CORPUS_DIR": str(corpus_settings.corpus_dir),
        "CTD_HOST": "127.0.0.1",
        "TELEGRAM_WEBHOOK_PORT": str(port),
    }
    url = f"http://127.0.0.1:{port}/telegram"
    bot = subprocess.Popen([str(Path(sys.executable).with_name("ctd")), "bot", "--webhook-url", url], env=env)
    try:
        await telegram.wait_for("setWebhook", timeout=60)
        assert telegram.webhook["url"] == url
        assert telegram.webhook["secret_token"] == "s3cret"
        update = {"update_id": 1, "message": telegram.send_text(PRIVATE, LAN, QUESTION)}
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "forged"})
            assert forged.status_code == 403
            genuine = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            assert genuine.status_code == 200
        [sent] = await telegram.wait_for("sendMessage", answers_in(PRIVATE))
        assert TT07 in valid_html(sent["text"])
    finally:
        bot.terminate()
        assert bot.wait(timeout=20) == 0
