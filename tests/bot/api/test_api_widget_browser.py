"""The widget end to end in a real headless Chromium (Debian's), against the API over real HTTP."""

import re
import socket
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ask(page, question: str) -> None:
    page.get_by_role("button", name="Mở trợ lý hỏi đáp văn bản").click()
    box = page.get_by_label("Câu hỏi của bạn")
    box.fill(question)
    box.press("Enter")


def test_asks_and_opens_the_cited_clause(live_server, page):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    _ask(page, "Sở Giáo dục phải làm gì?")

    answer = page.locator(".msg.bot p.answer").last
    expect(answer).to_be_visible(timeout=30_000)
    expect(page.locator(".msg.refusal")).to_have_count(0)
    first = page.get_by_role("button", name=re.compile(r"^Trích dẫn 1: .*Lai Châu|^Trích dẫn 1: "))
    expect(first).to_have_count(1)
    first.click()

    card = page.locator(".citation").last
    expect(card).to_be_visible()
    expect(card.locator("blockquote")).to_contain_text("Thông tư số 07/2017/TT-BGDĐT")
    expect(card.locator(".doc")).to_contain_text("Lai Châu")
    expect(card.locator(".doc")).to_contain_text("Ngày: 9/2023")
    expect(first).to_have_attribute("aria-expanded", "true")

    page.get_by_role("button", name="Hữu ích", exact=True).click()
    expect(page.get_by_text("Cảm ơn bạn đã phản hồi.")).to_be_visible()

    # Esc closes the panel and gives the focus back to the bubble.
    page.keyboard.press("Escape")
    expect(page.locator("#ctd-panel")).to_be_hidden()
    expect(page.get_by_role("button", name="Mở trợ lý hỏi đáp văn bản")).to_be_focused()


def test_follow_ups_carry_the_conversation(live_server, page):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    _ask(page, "Sở Giáo dục phải làm gì?")
    expect(page.locator(".msg.bot p.answer")).to_have_count(1, timeout=30_000)

    box = page.get_by_label("Câu hỏi của bạn")
    box.fill("Còn Sở Y tế thì sao?")
    with page.expect_request("**/ask") as request:
        box.press("Enter")

    history = request.value.post_data_json["history"]
    assert [turn["question"] for turn in history] == ["Sở Giáo dục phải làm gì?"]
    assert "[1]" in history[0]["answer"]
    expect(page.locator(".msg.bot p.answer")).to_have_count(2, timeout=30_000)


def test_shows_a_refusal_as_such(live_server, page):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    _ask(page, "Giá vàng hôm nay bao nhiêu?")

    refusal = page.locator(".msg.refusal")
    expect(refusal).to_be_visible(timeout=30_000)
    expect(refusal.locator(".badge")).to_have_text("Không có trong văn bản")
    expect(refusal.locator(".cite")).to_have_count(0)


def test_shows_an_error_when_the_api_is_down(live_server, page):
    from playwright.sync_api import expect

    # A host page embedding the widget with data-api pointing at a port nothing listens on.
    host_page = f'<script src="{live_server}/widget.js" data-api="http://127.0.0.1:{_closed_port()}" defer></script>'
    page.route("**/host-page", lambda route: route.fulfill(content_type="text/html", body=host_page))
    page.goto(f"{live_server}/host-page")
    _ask(page, "Sở Giáo dục phải làm gì?")

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Không kết nối được máy chủ trợ lý", timeout=30_000)
    expect(alert.get_by_role("button", name="Thử lại")).to_be_visible()
    expect(page.get_by_role("button", name="Gửi câu hỏi")).to_be_enabled()


def test_shows_the_api_error_message(live_server, page):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    page.route(
        "**/ask",
        lambda route: route.fulfill(
            status=429,
            headers={"Retry-After": "30", "Content-Type": "application/json"},
            body='{"error": {"code": "rate_limited", "message": "Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau 30 giây."}}',
        ),
    )
    _ask(page, "Sở Giáo dục phải làm gì?")

    expect(page.get_by_role("alert")).to_contain_text("vui lòng thử lại sau 30 giây", timeout=30_000)


def test_host_page_styles_do_not_reach_the_widget(live_server, page):
    page.goto(f"{live_server}/")

    # The demo page styles every <button> with yellow upper-case text; the bubble stays white.
    color = page.get_by_role("button", name="Mở trợ lý hỏi đáp văn bản").evaluate("b => getComputedStyle(b).color")
    assert color == "rgb(255, 255, 255)"


def test_panel_fills_a_phone_screen(live_server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{live_server}/")
    page.get_by_role("button", name="Mở trợ lý hỏi đáp văn bản").click()

    box = page.locator("#ctd-panel").bounding_box()
    context.close()
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 375, 667)
