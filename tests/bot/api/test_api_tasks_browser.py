"""The widget's "Nhiệm vụ" view and the SVG lineage picture in a real headless Chromium, over real HTTP.

The screenshot is kept as a test artefact in build/test-artifacts/widget-tasks.png.
"""


import pytest

from retrieval.settings import PROJECT_ROOT
from tests.bot.api.test_api_widget_browser import browser, page  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ARTIFACTS = PROJECT_ROOT / "build" / "test-artifacts"


def test_tasks_view_groups_by_document_and_draws_the_lineage(live_server, page):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 900, "height": 1000})
    page.goto(f"{live_server}/")
    page.get_by_role("button", name="Mở trợ lý hỏi đáp văn bản").click()
    page.get_by_role("button", name="Xem nhiệm vụ theo cơ quan").click()
    expect(page.get_by_label("Câu hỏi của bạn")).to_be_hidden()
    select = page.get_by_label("Cơ quan", exact=True)
    expect(select.locator("option", has_text="Sở Giáo dục và Đào tạo (2 nhiệm vụ)")).to_have_count(1)
    select.select_option("Hội Chữ thập đỏ huyện")
    group = page.locator(".group[data-document='cv-1277-hu-lacduong']")
    expect(group.locator(".task")).to_have_count(2)
    expect(group.locator(".task").first.locator(".when")).to_have_text("Thời hạn: 31/12/2024 (năm 2024)")
    expect(group.locator("h3")).to_have_text("1277-CV/HU · 29/3/2024")

    select.select_option("Sở Giáo dục và Đào tạo")
    laichau = page.locator(".group[data-document='kh-ubnd-laichau-2023']")
    expect(laichau.locator(".task")).to_have_count(2)
    expect(page.locator(".group")).to_have_count(1)
    expect(laichau.locator(".task").first).to_contain_text("Mục III, điểm 5, ý 1 · chủ trì")
    laichau.get_by_role("button", name="Chuỗi văn bản").click()
    graph = laichau.locator("svg.lineage-graph")
    expect(graph).to_be_visible()
    labels = graph.locator("g.node text:first-of-type").all_text_contents()
    # ancestors drawn farthest first above the plan; the plan itself last (the centre box)
    assert labels[:3] == ["43-CT/TW", "44-KL/TW", "895/QĐ-TTg"]
    expect(graph.locator("g.node.cited")).to_have_count(3)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "widget-tasks.png"
    graph.scroll_into_view_if_needed()
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_press_article_is_drawn_as_a_source(live_server, page):
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    page.get_by_role("button", name="Mở trợ lý hỏi đáp văn bản").click()
    page.get_by_role("button", name="Xem nhiệm vụ theo cơ quan").click()
    page.get_by_label("Cơ quan", exact=True).select_option("Cơ quan báo chí")
    article = page.locator(".group[data-document='bao-kl44-an-sinh-xa-hoi']")
    article.get_by_role("button", name="Chuỗi văn bản").click()
    graph = article.locator("svg.lineage-graph")
    expect(graph.locator("g.node")).to_have_count(2)  # KL 44 above, the article itself in the centre
    # the article's own edge: drawn from KL 44; the article is the centre, so the relation shows on KL 44's box
    expect(graph.locator("g.node.cited text").nth(1)).to_have_text("nguồn")
    page.get_by_role("button", name="Quay lại hỏi đáp").click()
    expect(page.get_by_label("Câu hỏi của bạn")).to_be_visible()
