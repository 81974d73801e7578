"""`ctd eval`: ask every eval question through the Assistant and report the figures."""

import json
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from eval.metrics import MRR_K, Outcome, summarize, summarize_by_category, summarize_by_split
from eval.report import REPORTS_DIR, cell, misses, render_markdown
from eval.schema import CATEGORIES, EVAL_CORPUS_DIR, SPLITS, Question, load_questions, load_thresholds
from retrieval.assistant import question_log_muted
from retrieval.errors import CtdError
from retrieval.models import Answer, Turn
from retrieval.settings import EngineSettings

COMPARE_MODES = ("lexical", "dense", "hybrid")
TABLES = (
    ("Chất lượng truy xuất", (("questions", "n"), ("recall_at_1", "R@1"), ("recall_at_3", "R@3"), ("recall_at_5", "R@5"),
                              ("mrr_at_10", "MRR@10"), ("citation_precision", "P trích"), ("fact_accuracy", "dữ kiện"))),
    ("Từ chối và độ trễ", (("abstain_precision", "P từ chối"), ("abstain_recall", "R từ chối"),
                           ("near_domain_refusals", "từ chối cận"), ("false_refusal_rate", "tỷ lệ từ chối sai"),
                           ("complete_lists", "đủ danh sách"), ("latency_p50_ms", "p50 ms"), ("latency_p95_ms", "p95 ms"))),
)


def eval_settings(settings: EngineSettings) -> EngineSettings:
    """The eval's own index: corpus/ and the eval-only documents, beside the product's index."""
    return settings.model_copy(update={"data_dir": settings.data_dir / "eval-index"})


def eval_sources(settings: EngineSettings) -> list[Path]:
    return [settings.corpus_dir, EVAL_CORPUS_DIR]


def open_assistant(settings: EngineSettings, console: Console):
    """Open the Assistant on the eval index (corpus/ + eval/corpus/), ingesting what changed first."""
    from retrieval.assistant import Assistant
    from retrieval.ingest.pipeline import ingest

    settings = eval_settings(settings)
    console.print(f"Nạp chỉ mục đánh giá ({settings.data_dir})…")
    ingest(settings, eval_sources(settings))
    return Assistant.from_settings(settings)


def ask_question(assistant, question: Question, mode: str | None) -> tuple[Answer, float]:
    """Ask one eval question (k=10, so MRR@10 is measurable) and time it in milliseconds.

    A history turn written without its answer is answered first, as in a real conversation.
    """
    filters = {"mode": mode} if mode else None
    history: list[Turn] = []
    for turn in question.history:
        answer = turn.answer
        if answer is None:
            answer = assistant.ask(turn.question, history=history or None, filters=filters).answer
        history.append(Turn(question=turn.question, answer=answer))
    started = time.perf_counter()
    answer = assistant.ask(question.question, history=history or None, filters=filters, k=MRR_K)
    return answer, (time.perf_counter() - started) * 1000


def outcome_of(question: Question, answer: Answer, latency_ms: float) -> Outcome:
    return Outcome(
        id=question.id,
        category=question.category,
        gold=tuple(question.gold),
        should_abstain=question.abstain,
        abstained=answer.abstained,
        cited=tuple(citation.clause_id for citation in answer.citations),
        answer=answer.answer,
        latency_ms=latency_ms,
        fact=question.fact,
        complete=question.complete,
        split=question.split,
    )


def evaluate(
    assistant,
    questions: Sequence[Question],
    mode: str | None = None,
    advance: Callable[[], None] = lambda: None,
) -> tuple[dict, list[dict]]:
    """Ask every question in one retrieval mode; return the figures and the misses."""
    outcomes, answers = [], {}
    for question in questions:
        answer, latency_ms = ask_question(assistant, question, mode)
        outcomes.append(outcome_of(question, answer, latency_ms))
        answers[question.id] = answer
        advance()
    summary = summarize(outcomes) | {
        "categories": summarize_by_category(outcomes, CATEGORIES),
        "splits": summarize_by_split(outcomes, CATEGORIES, SPLITS),
    }
    return summary, misses(questions, outcomes, answers)


def run_all(assistant, questions: Sequence[Question], compare: bool, console: Console, embedder: str) -> dict:
    """The eval result: default mode figures, plus one block per retrieval mode with --compare."""
    modes = COMPARE_MODES if compare else (None,)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    results = {}
    with Progress(*columns, console=console, disable=not console.is_terminal, transient=True) as progress:
        for mode in modes:
            task = progress.add_task(f"Đánh giá ({mode or 'mặc định'})", total=len(questions))
            results[mode] = evaluate(assistant, questions, mode, lambda task=task: progress.advance(task))
    summary, missed = results["hybrid" if compare else None]
    report = {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "embedder": embedder,
        **summary,
    }
    if compare:
        report["modes"] = {mode: results[mode][0] for mode in COMPARE_MODES}
    report["misses"] = missed
    return report


def summary_tables(title: str, rows: dict[str, dict]) -> list[Table]:
    """Rich tables: one row per category (or mode), one column per figure, split to fit 80 columns."""
    tables = []
    for subtitle, columns in TABLES:
        table = Table(title=f"{title}: {subtitle.lower()}", title_justify="left")
        table.add_column("", no_wrap=True)
        for _, header in columns:
            table.add_column(header, justify="right")
        for name, figures in rows.items():
            table.add_row(name, *(cell(key, figures.get(key)) for key, _ in columns))
        tables.append(table)
    return tables


def print_report(console: Console, report: dict, violations: list[str], paths: Sequence[Path]) -> None:
    for split, figures in report["splits"].items():
        rows = dict(figures["categories"]) | {"tổng": figures}
        console.print(*summary_tables(f"Tập {split}, theo nhóm câu hỏi", rows))
    if "modes" in report:
        console.print(*summary_tables("Theo chế độ truy xuất", report["modes"]))
    console.print(f"Câu trả lời chưa đạt: {len(report['misses'])} (chi tiết trong {paths[1]})")
    for line in violations:
        console.print(f"[red]Dưới ngưỡng:[/red] {line}")
    console.print("Đã ghi " + ", ".join(str(path) for path in paths))


def write_reports(report: dict, directory: Path | None = None) -> tuple[Path, Path]:
    """Write latest.json and latest.md (under eval/reports/ unless told otherwise)."""
    directory = directory or REPORTS_DIR
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / "latest.json", directory / "latest.md"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(render_markdown(report), encoding="utf-8")
    return json_path, md_path


def run_eval(settings: EngineSettings, as_json: bool, compare: bool) -> int:
    """Run the eval question set; exit 1 when a headline figure falls below its floor."""
    with question_log_muted():  # one log line per question would drown the report
        return _eval(settings, as_json=as_json, compare=compare)


def _eval(settings: EngineSettings, as_json: bool, compare: bool) -> int:
    console = Console(stderr=as_json)
    try:
        questions = load_questions()
        floors = load_thresholds()
        assistant = open_assistant(settings, console)
        embedder = " ".join(filter(None, (settings.embedder, settings.embedding_model)))
        report = run_all(assistant, questions, compare, console, embedder)
    except CtdError as error:
        console.print(f"[red]Lỗi:[/red] {error}")
        return 2
    violations = floors.violations(report["splits"].get("test", {}))
    report["below_floor"] = violations
    paths = write_reports(report)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_report(console, report, violations, paths)
    return 1 if violations else 0
