"""The admin page in a real headless Chromium (Debian's): sign in, list, drop a file, read its clauses, delete,
see a document's chain of directives drawn as SVG (screenshots kept in build/test-artifacts/admin-lineage*.png)."""

import re

import pytest

from bot.api.main import create_app
from retrieval.assistant import Assistant
from tests.bot.api.conftest import ADMIN_TOKEN
from tests.bot.api.test_api_tasks_browser import ARTIFACTS
from tests.bot.api.test_api_widget_browser import browser, page  # noqa: F401 (fixtures)
from tests.utils.live import serving
from tests.utils.uploads import SCANNED_ID, index_without

pytestmark = [pytest.mark.integration, pytest.mark.slow]

NOTICE = (
    "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY LẠC DƯƠNG\n\nSố 1305 -CV/HU\n\nV/v tập huấn sơ cấp cứu\n\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nLạc Dương, ngày 10 tháng 4 năm 2024\n\n"
    "1. Hội Chữ thập đỏ huyện tổ chức tập huấn sơ cấp cứu cho tình nguyện viên.\n\n"
    "2. Trung tâm Y tế huyện cử cán bộ hướng dẫn thực hành.\n"
)


@pytest.fixture(scope="module")
def admin_site(corpus_assistant, corpus_settings, scanned_notice, tmp_path_factory):
    settings = index_without(
        SCANNED_ID, tmp_path_factory.mktemp("admin-page"), corpus_settings, corpus_assistant.embeddings,
        scanned_notice, admin_token=ADMIN_TOKEN, rate_limit_per_minute=0,
    )
    assistant = Assistant(settings, corpus_assistant.embeddings)
    with serving(create_app(settings, assistant, channels=[])) as url:
        yield url, assistant


def sign_in(page, url: str, token: str = ADMIN_TOKEN) -> None:
    page.goto(f"{url}/admin")
    page.get_by_label("Khóa quản trị (CTD_ADMIN_TOKEN)").fill(token)
    page.get_by_role("button", name="Đăng nhập").click()


def test_a_wrong_token_is_refused_and_the_right_one_kept_for_the_tab(admin_site, page):
    from playwright.sync_api import expect

    url, assistant = admin_site
    sign_in(page, url, "sai-khoa")
    expect(page.get_by_role("alert")).to_have_text("Khóa quản trị không đúng. Hãy nhập lại.")
    sign_in(page, url)

    rows = page.locator("#documents tbody tr")
    expect(rows).to_have_count(len(assistant.documents()))
    lai_chau = page.locator('tr[data-id="kh-ubnd-laichau-2023"]')
    expect(lai_chau).to_contain_text("Văn bản gõ")
    expect(lai_chau).to_contain_text("thư mục nguồn")
    expect(lai_chau.get_by_role("button", name="Xóa")).to_have_count(0)
    assert page.evaluate("sessionStorage.getItem('ctd-admin-token')") == ADMIN_TOKEN

    page.reload()  # asked once: the token stays for the tab
    expect(page.locator("#workspace")).to_be_visible()
    expect(page.locator("#sign-in")).to_be_hidden()


def test_drop_a_file_read_its_clause_tree_and_delete_it(admin_site, page):
    from playwright.sync_api import expect

    url, assistant = admin_site
    sign_in(page, url)
    expect(page.locator("#documents tbody tr")).to_have_count(len(assistant.documents()))

    dropped = page.evaluate_handle(
        "text => { const data = new DataTransfer();"
        " data.items.add(new File([text], 'tap-huan-so-cap-cuu.md', {type: 'text/markdown'})); return data; }",
        NOTICE,
    )
    page.dispatch_event("#drop-zone", "drop", {"dataTransfer": dropped})
    expect(page.locator("#chosen")).to_have_text("Tệp đã chọn: tap-huan-so-cap-cuu.md")
    page.get_by_role("button", name="Tải lên và nạp").click()

    result = page.locator("#upload-status .result")
    expect(result).to_contain_text("Đã thêm văn bản, có thể hỏi ngay: Công văn về việc tập huấn sơ cấp cứu", timeout=60_000)
    expect(result).to_contain_text("Số hiệu: 1305-CV/HU · Ngày: 10/4/2024 · 2 điều khoản")
    row = page.locator('tr[data-id="tap-huan-so-cap-cuu"]')
    expect(row).to_contain_text("1305-CV/HU")
    tree = page.locator("#tree-card")
    expect(tree.locator("h2")).to_have_text("Công văn về việc tập huấn sơ cấp cứu")
    expect(tree.locator('[data-clause="tap-huan-so-cap-cuu:1"]')).to_contain_text("tổ chức tập huấn sơ cấp cứu")
    assert assistant.document("tap-huan-so-cap-cuu") is not None

    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="Xóa").click()
    expect(row).to_have_count(0)
    expect(page.locator("#list-status")).to_have_text("Đã xóa văn bản: Công văn về việc tập huấn sơ cấp cứu")
    expect(tree).to_be_hidden()
    assert assistant.document("tap-huan-so-cap-cuu") is None


def test_a_chosen_scan_is_shown_with_its_ocr_flag(admin_site, page, scanned_notice):
    from playwright.sync_api import expect

    url, assistant = admin_site
    sign_in(page, url)
    page.set_input_files("#file", str(scanned_notice.pdf))
    page.get_by_role("button", name="Tải lên và nạp").click()

    row = page.locator(f'tr[data-id="{SCANNED_ID}"]')
    expect(row.locator(".badge.ocr")).to_contain_text("OCR 9", timeout=60_000)
    expect(row).to_contain_text("1277-CV/HU")
    expect(page.locator("#tree")).to_contain_text("Giao Ban Dân vận Huyện ủy chủ trì")

    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="Xóa").click()
    expect(row).to_have_count(0)
    assert assistant.document(SCANNED_ID) is None


def test_a_documents_lineage_is_drawn_nearest_first_and_opens_a_cited_text(live_server, page):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1100, "height": 1200})
    sign_in(page, live_server)
    page.locator('tr[data-id="kh-ubnd-laichau-2023"]').get_by_role("button", name="Chuỗi văn bản").click()

    card = page.locator("#lineage-card")
    graph = card.locator("svg.lineage-graph")
    expect(graph).to_be_visible()
    expect(card.locator("h2")).to_contain_text("Chuỗi văn bản: Kế hoạch thực hiện Quyết định số 895/QĐ-TTg")
    # drawn farthest first above the plan, so the nearest sits next to it; the plan (no number) in the centre
    numbers = graph.locator("g.node").evaluate_all("nodes => nodes.map(n => n.dataset.number)")
    assert numbers == ["43-CT/TW", "44-KL/TW", "895/QĐ-TTg", ""]
    cited = graph.locator("g.node.cited")
    expect(cited).to_have_count(3)  # none of the three is in the corpus: number and title as cited
    expect(cited.nth(2).locator("title")).to_have_text(re.compile(r"^Quyết định .*\(không có trong kho\)$"))
    expect(cited.locator("text").first).to_have_text("43-CT/TW")
    # the same in words, nearest first
    above = card.locator(".related").first
    expect(above.locator("h3")).to_have_text("Văn bản cấp trên, gần nhất trước (3)")
    expect(above.locator("li strong")).to_have_text(["895/QĐ-TTg", "44-KL/TW", "43-CT/TW"])
    expect(card.locator("svg.lineage-legend")).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "admin-lineage.png"
    card.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    # a text the corpus only cites opens by its number: what implements KL 44, a press article among them
    above.get_by_role("button", name="Xem chuỗi văn bản của 44-KL/TW").click()
    expect(card.locator("h2")).to_contain_text("Chuỗi văn bản: 44-KL/TW")
    expect(card.locator("#lineage-meta")).to_contain_text("không có trong kho")
    graph = card.locator("svg.lineage-graph")
    below = card.locator(".related").nth(1)
    expect(below.locator("li")).to_have_count(4)
    documents = graph.locator("g.node.in-corpus").evaluate_all("nodes => nodes.map(n => n.dataset.document)")
    assert set(documents) == {"bao-kl44-an-sinh-xa-hoi", "cv-1277-hu-lacduong", "cv-981-tu-tphcm", "kh-ubnd-laichau-2023"}
    press = graph.locator("g.node.press")
    expect(press).to_have_count(1)
    assert press.get_attribute("data-document") == "bao-kl44-an-sinh-xa-hoi"
    expect(press.locator("text").nth(1)).to_have_text("nguồn")
    plan = graph.locator('g.node[data-document="kh-ubnd-laichau-2023"]')
    # a press article is a source about the text, outlined apart from a text implementing it
    assert (press.locator("rect").get_attribute("stroke"), press.locator("rect").get_attribute("stroke-dasharray")) == ("#1a5fb4", "5 3")
    assert (plan.locator("rect").get_attribute("stroke"), plan.locator("rect").get_attribute("stroke-dasharray")) == ("#c8102e", "")

    card.screenshot(path=str(ARTIFACTS / "admin-lineage-44-KL-TW.png"))
