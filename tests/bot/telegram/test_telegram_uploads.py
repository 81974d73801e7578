"""Adding documents from Telegram: the real bot polling the stand-in Bot API, on a real index."""

import io

import pytest

from bot.telegram.app import build_application
from bot.telegram.uploads import ADMIN_ONLY, READING, REMOVED
from retrieval.assistant import Assistant
from tests.utils.fake_telegram import FakeTelegram, parse_telegram_html
from tests.utils.uploads import GOLD, QUESTION, SCANNED_ID, index_without

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CLERK = FakeTelegram.user(21, "Mai")
STRANGER = FakeTelegram.user(22, "Tuấn")
SECRETARIAT = FakeTelegram.group_chat(-100300, "Văn phòng Tỉnh Hội")
PRIVATE = FakeTelegram.private_chat(STRANGER)


def shown(text: str) -> str:
    plain, errors = parse_telegram_html(text)
    assert errors == []
    return plain


@pytest.fixture(scope="module")
def upload_index(corpus_assistant, corpus_settings, scanned_notice, tmp_path_factory):
    settings = index_without(
        SCANNED_ID, tmp_path_factory.mktemp("telegram-uploads"), corpus_settings, corpus_assistant.embeddings, scanned_notice
    )
    return settings, Assistant(settings, corpus_assistant.embeddings)


@pytest.fixture
async def bot(upload_index, tmp_path):
    settings, assistant = upload_index
    with FakeTelegram() as telegram:
        settings = settings.model_copy(update={
            "telegram_bot_token": telegram.token,
            "telegram_api_base_url": telegram.api_root,
            "telegram_admin_chats": [SECRETARIAT["id"]],
        })  # fmt: skip
        application = build_application(settings, assistant)
        await application.initialize()
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield telegram, assistant
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()


def in_chat(chat: dict):
    return lambda params: params["chat_id"] == str(chat["id"])


def final_summary(params: dict) -> bool:
    return "Đã thêm văn bản" in params.get("text", "") or "Không thêm được" in params.get("text", "")


async def ask(telegram: FakeTelegram, count: int) -> str:
    telegram.send_text(SECRETARIAT, CLERK, f"/hoi {QUESTION}")
    sent = await telegram.wait_for("sendMessage", lambda p: in_chat(SECRETARIAT)(p) and "❓" in p["text"], count=count, timeout=60)
    return sent[-1]["text"]


async def test_a_scan_sent_by_an_admin_chat_is_added_shown_answered_and_removed(bot, scanned_notice):
    telegram, assistant = bot
    assert f"{SCANNED_ID}" not in await ask(telegram, 1)

    sent = telegram.send_document(SECRETARIAT, CLERK, scanned_notice.pdf.read_bytes(), scanned_notice.pdf.name)
    [summary] = await telegram.wait_for("editMessageText", final_summary, timeout=120)

    text = shown(summary["text"])
    assert text.startswith("Đã thêm văn bản: Công văn về việc thực hiện nhiệm vụ trọng tâm công tác Hội")
    assert "Số hiệu: 1277-CV/HU\nNgày: 29/3/2024\nĐọc bằng nhận dạng chữ (OCR) (độ tin cậy 9" in text
    clauses = len(assistant.document(SCANNED_ID).clauses)
    assert f"Bố cục — {clauses} điều khoản:\n• Phần mở đầu (1)" in text and "• Điểm 6 (1)" in text
    buttons = [b for row in summary["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in buttons] == ["Hủy", "Xem điều khoản"]
    [status] = [m for m in telegram.sent(SECRETARIAT["id"]) if m["message_id"] == int(summary["message_id"])]
    received = telegram.calls_to("sendMessage")[-1]
    assert received["reply_parameters"]["message_id"] == sent["message_id"]
    edits = [shown(p["text"]) for p in telegram.calls_to("editMessageText")]
    assert READING.format(done=1, total=2) in edits  # the status message followed the pages

    answer = await ask(telegram, 2)
    assert "Giao Ban Dân vận Huyện ủy chủ trì" in shown(answer)
    assert assistant.ask(QUESTION).citations[0].clause_id == GOLD

    telegram.press(CLERK, status, buttons[1]["callback_data"])
    [listing] = await telegram.wait_for("sendMessage", lambda p: "reply_parameters" in p and f"{clauses} điều khoản" in p["text"])
    assert listing["reply_parameters"]["message_id"] == status["message_id"]
    assert "Điểm 6: Giao Ban Dân vận Huyện ủy chủ trì" in shown(listing["text"])

    telegram.press(CLERK, status, buttons[0]["callback_data"])
    [removed] = await telegram.wait_for("editMessageText", lambda p: p["text"].startswith("Đã hủy"))
    assert shown(removed["text"]) == REMOVED.format(title=text.split(": ", 1)[1].split("\n")[0])
    assert assistant.document(SCANNED_ID) is None
    assert "Giao Ban Dân vận Huyện ủy chủ trì" not in shown(await ask(telegram, 3))


async def test_other_chats_are_refused_politely_and_nothing_is_added(bot, scanned_notice):
    telegram, assistant = bot
    documents = assistant.documents()
    telegram.send_document(PRIVATE, STRANGER, scanned_notice.pdf.read_bytes(), scanned_notice.pdf.name)
    [refusal] = await telegram.wait_for("sendMessage", in_chat(PRIVATE))
    assert refusal["text"] == ADMIN_ONLY
    assert telegram.calls_to("getFile") == [] and assistant.documents() == documents


async def test_a_photo_of_a_page_is_read_with_progress(bot, scanned_notice):
    import pypdfium2 as pdfium

    telegram, assistant = bot
    pdf = pdfium.PdfDocument(str(scanned_notice.pdf))
    image = pdf[1].render(scale=150 / 72).to_pil().convert("L")
    pdf.close()
    photo = io.BytesIO()
    image.save(photo, "JPEG", quality=80)
    telegram.send_photo(SECRETARIAT, CLERK, photo.getvalue(), *image.size)

    [summary] = await telegram.wait_for("editMessageText", final_summary, timeout=120)
    text = shown(summary["text"])
    assert text.startswith("Đã thêm văn bản:") and "Đọc bằng nhận dạng chữ (OCR)" in text
    assert "Không thấy số hiệu văn bản trong phần đầu" in text  # page 2 alone has no header
    [added] = [d for d in assistant.documents() if d.ocr]
    assert added.id.startswith("van-ban-") and added.clauses >= 4

    status = next(m for m in telegram.sent(SECRETARIAT["id"]) if m["message_id"] == int(summary["message_id"]))
    telegram.press(CLERK, status, status["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    await telegram.wait_for("editMessageText", lambda p: p["text"].startswith("Đã hủy"))
    assert assistant.document(added.id) is None
