"""Eval figures on tiny hand-made outcomes, checked to the exact number."""

import pytest

from eval.metrics import (
    Outcome,
    abstain_precision,
    abstain_recall,
    citation_precision,
    false_refusals,
    hit_at_k,
    percentile,
    reciprocal_rank,
    states_fact,
    lists_completely,
    summarize,
    summarize_by_category,
    summarize_by_split,
)


def outcome(id, *, gold=(), cited=(), abstained=False, category="agency", answer="", latency_ms=10.0, fact=None,
            complete=False, split="test"):
    return Outcome(
        id=id,
        category=category,
        gold=tuple(gold),
        should_abstain=not gold,
        abstained=abstained,
        cited=tuple(cited),
        answer=answer,
        latency_ms=latency_ms,
        fact=fact,
        complete=complete,
        split=split,
    )


def test_hit_at_k_looks_only_at_the_first_k_citations():
    assert hit_at_k(["a", "b", "g"], {"g"}, 2) == 0.0
    assert hit_at_k(["a", "b", "g"], {"g"}, 3) == 1.0
    assert hit_at_k([], {"g"}, 5) == 0.0


def test_reciprocal_rank_is_one_over_the_first_gold_rank_within_ten():
    assert reciprocal_rank(["a", "g1", "g2"], {"g1", "g2"}) == 0.5
    assert reciprocal_rank(["g"], {"g"}) == 1.0
    assert reciprocal_rank([f"x{i}" for i in range(10)] + ["g"], {"g"}) == 0.0


def test_citation_precision_is_the_gold_share_and_none_without_citations():
    assert citation_precision(["g", "a", "b", "g2"], {"g", "g2"}) == 0.5
    assert citation_precision([], {"g"}) is None


def test_states_fact_ignores_case_tone_placement_and_spacing():
    assert states_fact("Số hiệu: 981-cv/tu [1]", "981-CV/TU")
    assert states_fact("Ủy ban nhân dân  tỉnh Lai Châu", "Uỷ ban nhân dân tỉnh")
    assert states_fact("ban hành ngày 08/06/2010", "8/6/2010")
    assert not states_fact("ngày 14/11/2022", "14/11/2023")


def test_abstention_precision_recall_and_false_refusals():
    outcomes = [
        outcome("out_of_scope-001", abstained=True),
        outcome("out_of_scope-002", abstained=False),
        outcome("agency-001", gold=["d:1"], abstained=True),
        outcome("agency-002", gold=["d:2"], cited=["d:2"]),
    ]
    assert abstain_precision(outcomes) == 0.5
    assert abstain_recall(outcomes) == 0.5
    assert false_refusals(outcomes) == 1
    assert abstain_precision(outcomes[3:]) is None
    assert abstain_recall(outcomes[2:]) is None


def test_percentile_interpolates_linearly():
    assert percentile([40.0, 10.0, 30.0, 20.0], 50) == 25.0
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0], 95) == pytest.approx(48.0)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None


def test_summarize_gives_every_headline_figure():
    outcomes = [
        outcome("agency-001", gold=["d:1"], cited=["d:1", "d:9"], latency_ms=10),
        outcome("agency-002", gold=["d:2"], cited=["d:8", "d:7", "d:2"], latency_ms=20),
        outcome("document_fact-001", gold=["d:header"], cited=["d:header"], category="document_fact",
                answer="ban hành ngày 14/11/2022 [1]", fact="14/11/2022", latency_ms=30),
        outcome("document_fact-002", gold=["d:header"], abstained=True, category="document_fact",
                fact="981-CV/TU", latency_ms=40),
        outcome("out_of_scope-001", abstained=True, category="out_of_scope", latency_ms=50),
    ]
    assert summarize(outcomes) == {
        "questions": 5,
        "answerable": 4,
        "recall_at_1": 0.5,
        "recall_at_3": 0.75,
        "recall_at_5": 0.75,
        "mrr_at_10": pytest.approx((1 + 1 / 3 + 1) / 4),
        "citation_precision": pytest.approx((0.5 + 1 / 3 + 1) / 3),
        "fact_accuracy": 0.5,
        "abstain_precision": 0.5,
        "abstain_recall": 1.0,
        "false_refusals": 1,
        "complete_lists": None,
        "near_domain_refusals": None,
        "false_refusal_rate": 0.25,
        "latency_p50_ms": 30.0,
        "latency_p95_ms": 48.0,
    }
    by_category = summarize_by_category(outcomes, ["agency", "topic", "document_fact", "out_of_scope"])
    assert list(by_category) == ["agency", "document_fact", "out_of_scope"]
    assert by_category["out_of_scope"]["recall_at_3"] is None
    assert by_category["out_of_scope"]["abstain_recall"] == 1.0
    assert by_category["document_fact"]["fact_accuracy"] == 0.5


def test_a_complete_list_cites_every_gold_task_and_nothing_from_other_documents():
    full = outcome("agency-001", gold=["d:1", "d:2"], cited=["d:2", "d:1", "d:3"], complete=True)
    cut = outcome("agency-002", gold=["d:1", "d:2"], cited=["d:1"], complete=True)
    strays = outcome("agency-003", gold=["d:1"], cited=["d:1", "e:4"], complete=True)
    assert lists_completely(full) and not lists_completely(cut) and not lists_completely(strays)
    assert summarize([full, cut, strays])["complete_lists"] == pytest.approx(1 / 3)


def test_near_domain_refusals_and_splits_are_reported_apart():
    outcomes = [
        outcome("near_domain-001", abstained=True, category="near_domain", split="dev"),
        outcome("near_domain-002", abstained=False, category="near_domain", split="test"),
        outcome("agency-001", gold=["d:1"], cited=["d:1"], split="test"),
    ]
    splits = summarize_by_split(outcomes, ["agency", "near_domain"], ["dev", "test"])
    assert splits["dev"]["near_domain_refusals"] == 1.0
    assert splits["test"]["near_domain_refusals"] == 0.0
    assert splits["test"]["categories"]["agency"]["recall_at_1"] == 1.0
