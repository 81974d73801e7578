"""`/nhiemvu <cơ quan>` on the real bot, polling a stand-in Bot API server, from the real corpus."""

import io

import pytest
from openpyxl import load_workbook

from bot.telegram.tasks import USAGE, deadlines_first
from retrieval.answer.tasks import TaskRow, group_by_agency
from tests.bot.telegram.test_telegram_bot import feedback, start_bot, telegram, valid_html  # noqa: F401 (fixtures)
from tests.utils.fake_telegram import FakeTelegram

pytestmark = pytest.mark.integration

LAN = FakeTelegram.user(7, "Lan")
PRIVATE = FakeTelegram.private_chat(LAN)


def with_buttons(params) -> bool:
    return params["chat_id"] == str(PRIVATE["id"]) and "reply_markup" in params


def buttons(sent: dict) -> list[dict]:
    return [b for row in sent["reply_markup"]["inline_keyboard"] for b in row]


async def test_tasks_of_an_agency_by_alias_paged_with_clause_buttons(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/nhiemvu Sở GD&ĐT")
    [sent] = await telegram.wait_for("sendMessage", with_buttons)
    shown = valid_html(sent["text"])
    assert shown.startswith("Nhiệm vụ của Sở Giáo dục và Đào tạo — 2 nhiệm vụ, trang 1/1")
    assert "Mục III, điểm 5, ý 1" in shown and "Thông tư số 07/2017/TT-BGDĐT" in shown
    assert [b["text"] for b in buttons(sent)] == ["[1]", "[2]", "📄 Tải bảng Excel"]
    message = telegram.sent(PRIVATE["id"])[-1]
    query_id = telegram.press(LAN, message, buttons(sent)[0]["callback_data"])
    await telegram.wait_for("answerCallbackQuery", lambda params: params["callback_query_id"] == query_id)
    [clause] = await telegram.wait_for("sendMessage", lambda params: "reply_parameters" in params)
    assert clause["text"].startswith("<b>[1] Mục III, điểm 5, ý 1</b>")


async def test_the_list_comes_as_an_xlsx_file_on_request(telegram, start_bot, corpus_assistant, corpus_settings):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/nhiemvu Hội Chữ thập đỏ")
    [sent] = await telegram.wait_for("sendMessage", with_buttons)
    assert telegram.sent_files(PRIVATE["id"]) == []  # only on request
    excel = next(b for b in buttons(sent) if b["text"] == "📄 Tải bảng Excel")
    query_id = telegram.press(LAN, telegram.sent(PRIVATE["id"])[-1], excel["callback_data"])
    await telegram.wait_for("answerCallbackQuery", lambda params: params["callback_query_id"] == query_id)
    [upload] = await telegram.wait_for("sendDocument")

    [(name, content)] = telegram.sent_files(PRIVATE["id"])
    expected = group_by_agency(deadlines_first(corpus_assistant.task_book().rows(agency="Hội Chữ thập đỏ")))
    assert name == "nhiem-vu-hoi-chu-thap-do.xlsx" and upload["chat_id"] == str(PRIVATE["id"])
    assert telegram.sent(PRIVATE["id"])[-1]["caption"] == f"Nhiệm vụ của Hội Chữ thập đỏ: {sum(map(len, expected.values()))} dòng."
    workbook = load_workbook(io.BytesIO(content))
    assert len(expected) > 1 and workbook.sheetnames == list(expected)  # one sheet per agency, every level
    for agency, rows in expected.items():
        sheet = workbook[agency]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:H{len(rows) + 1}"
        assert [c.value for c in sheet[1]] == ["Văn bản", "Điều khoản", "Vai trò", "Nhiệm vụ", "Thời hạn (nguyên văn)",
                                               "Hạn chót", "Lặp lại", "Mở điều khoản"]  # fmt: skip
        assert [c.value for c in sheet["H"][1:]] == [r.clause_id for r in rows]
        assert [c.value for c in sheet["D"][1:]] == [r.task for r in rows]
        link = sheet["H2"].hyperlink.target
        assert link == f"http://{corpus_settings.host}:{corpus_settings.port}/clauses/{rows[0].clause_id}"


async def test_long_lists_turn_pages_with_deadlines_first(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/nhiemvu Hội Chữ thập đỏ")
    [sent] = await telegram.wait_for("sendMessage", with_buttons)
    shown = valid_html(sent["text"])
    assert "trang 1/6" in shown  # 27 tasks, 5 a page
    assert "Sau ›" in [b["text"] for b in buttons(sent)]
    first = shown.split("\n\n")[1]
    assert "⏰ 31/12/2024 (năm 2024)" in first  # the one task with a date comes first
    nxt = next(b for b in buttons(sent) if b["text"] == "Sau ›")
    telegram.press(LAN, telegram.sent(PRIVATE["id"])[-1], nxt["callback_data"])
    [edited] = await telegram.wait_for("editMessageText", lambda params: True)
    assert "trang 2/" in valid_html(edited["text"])


async def test_usage_and_unknown_agency(telegram, start_bot):
    await start_bot()
    telegram.send_text(PRIVATE, LAN, "/nhiemvu")
    [usage] = await telegram.wait_for("sendMessage", lambda params: params["chat_id"] == "7")
    assert usage["text"] == USAGE
    telegram.send_text(PRIVATE, LAN, "/nhiemvu Bộ Vũ trụ")
    await telegram.wait_for("sendMessage", lambda params: "Bộ Vũ trụ" in params["text"])


def test_deadlines_first_keeps_the_answer_order_otherwise():
    def row(i, deadline=None, text=None):
        return TaskRow(agency="A", role="lead", task="t", clause_id=f"d:{i}", label="l", document_id="d",
                       document_title="D", deadline=deadline, deadline_text=text)

    rows = [row(1), row(2, text="hằng năm"), row(3, "2025-06-30", "Quý II/2025"), row(4), row(5, "2024-12-31", "năm 2024")]
    assert [r.clause_id for r in deadlines_first(rows)] == ["d:5", "d:3", "d:2", "d:1", "d:4"]
