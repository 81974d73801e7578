"""The eval report a person reads: figures, a per-category chart and every miss explained."""

from collections.abc import Mapping, Sequence
from pathlib import Path

from eval.metrics import MRR_K, Outcome, states_fact
from eval.schema import Question
from retrieval.models import Answer

REPORTS_DIR = Path(__file__).resolve().parent / "reports"
BAR_WIDTH = 30
SHOWN_CITATIONS = 3
FIGURES = (
    "questions", "recall_at_1", "recall_at_3", "recall_at_5", "mrr_at_10", "citation_precision",
    "fact_accuracy", "abstain_precision", "abstain_recall", "false_refusals", "latency_p50_ms", "latency_p95_ms",
)
CHARTED = ("recall_at_3", "mrr_at_10", "abstain_recall")


def _clip(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def miss_reasons(outcome: Outcome) -> list[str]:
    """Why a question counts as a miss (empty when it was answered as it should be)."""
    if outcome.should_abstain:
        return [] if outcome.abstained else ["không từ chối câu hỏi ngoài phạm vi"]
    if outcome.abstained:
        return ["từ chối sai"]
    reasons = []
    ranks = [rank for rank, clause_id in enumerate(outcome.cited[:MRR_K], start=1) if clause_id in outcome.gold]
    if not ranks:
        reasons.append(f"không có điều khoản đúng trong {MRR_K} trích dẫn đầu")
    elif ranks[0] > 1:
        reasons.append(f"điều khoản đúng đầu tiên ở vị trí {ranks[0]}")
    if outcome.fact and not states_fact(outcome.answer, outcome.fact):
        reasons.append(f"câu trả lời thiếu «{outcome.fact}»")
    return reasons


def misses(questions: Sequence[Question], outcomes: Sequence[Outcome], answers: Mapping[str, Answer]) -> list[dict]:
    """Every question not answered as it should be, with what came back instead."""
    found = []
    for question, outcome in zip(questions, outcomes, strict=True):
        reasons = miss_reasons(outcome)
        if not reasons:
            continue
        answer = answers[question.id]
        found.append({
            "id": question.id,
            "category": question.category,
            "question": question.question,
            "history": [turn.question for turn in question.history],
            "expected": "abstain" if question.abstain else question.gold,
            "fact": question.fact,
            "reasons": reasons,
            "abstained": answer.abstained,
            "answer": _clip(answer.answer, 300),
            "returned": [
                {"clause_id": c.clause_id, "label": c.label, "score": round(c.score, 4), "text": _clip(c.text, 160)}
                for c in answer.citations[:SHOWN_CITATIONS]
            ],
        })
    return found


def cell(key: str, value) -> str:
    """One figure as shown in tables: rates to 3 decimals, milliseconds to 1, counts as is."""
    if value is None:
        return "—"
    if key.startswith("latency"):
        return f"{value:.1f}"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def figures_table(rows: Mapping[str, Mapping]) -> list[str]:
    """A Markdown table, one row per category (or mode), one column per figure."""
    lines = ["| | " + " | ".join(FIGURES) + " |", "|---|" + "---:|" * len(FIGURES)]
    for name, figures in rows.items():
        lines.append(f"| {name} | " + " | ".join(cell(key, figures.get(key)) for key in FIGURES) + " |")
    return lines


def bar(value: float | None, width: int = BAR_WIDTH) -> str:
    """A Unicode bar for a rate in [0, 1], in eighths of a block; blank when undefined."""
    if value is None:
        return " " * width
    eighths = round(value * width * 8)
    full, rest = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[rest] if rest else ""
    return ("█" * full + partial).ljust(width, "·")


def category_chart(categories: Mapping[str, Mapping]) -> list[str]:
    """Per-category bars for recall@3, MRR@10 and abstention recall, in a fenced block."""
    name_width = max(len(name) for name in categories)
    lines = ["```"]
    for name, figures in categories.items():
        for index, key in enumerate(CHARTED):
            if figures.get(key) is None:
                continue
            label = name if index == 0 or figures.get(CHARTED[0]) is None else ""
            lines.append(f"{label:<{name_width}}  {key:<14} {bar(figures[key])} {figures[key]:.2f}")
    lines.append("```")
    return lines


def render_markdown(report: Mapping) -> str:
    """The whole report as Markdown."""
    lines = [
        "# Kết quả đánh giá (eval)",
        "",
        f"Thời điểm: {report['generated_at']} · embedder: {report['embedder']} · "
        f"{report['questions']} câu hỏi ({report['answerable']} có đáp án, k = {MRR_K}).",
        "",
        "## Chỉ số theo nhóm",
        "",
        *figures_table(dict(report["categories"]) | {"**tổng**": report}),
        "",
        "## Biểu đồ theo nhóm",
        "",
        *category_chart(report["categories"]),
    ]
    if "modes" in report:
        lines += ["", "## So sánh chế độ truy xuất", "", *figures_table(report["modes"])]
    if report.get("below_floor"):
        lines += ["", "## Dưới ngưỡng (eval/thresholds.yaml)", ""]
        lines += [f"- {line}" for line in report["below_floor"]]
    lines += ["", f"## Câu chưa đạt ({len(report['misses'])})", ""]
    for miss in report["misses"]:
        lines += _miss_lines(miss)
    return "\n".join(lines).rstrip() + "\n"


def _miss_lines(miss: Mapping) -> list[str]:
    expected = "từ chối" if miss["expected"] == "abstain" else ", ".join(f"`{c}`" for c in miss["expected"])
    lines = [f"### {miss['id']} · {miss['category']}", "", f"- Hỏi: «{miss['question']}»"]
    if miss["history"]:
        lines.append("- Trước đó: " + " / ".join(f"«{q}»" for q in miss["history"]))
    lines += [f"- Cần: {expected}" + (f"; nêu «{miss['fact']}»" if miss["fact"] else ""),
              f"- Lý do: {'; '.join(miss['reasons'])}"]
    if miss["abstained"]:
        lines.append(f"- Nhận được: từ chối — {miss['answer']}")
    else:
        lines.append(f"- Nhận được: {miss['answer']}")
        lines += [f"  {i}. `{c['clause_id']}` ({c['label']}, {c['score']}): {c['text']}"
                  for i, c in enumerate(miss["returned"], start=1)]
    return lines + [""]
