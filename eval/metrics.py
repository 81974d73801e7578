"""Eval figures as pure functions of what each question got back (no engine needed)."""

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from retrieval.text import fold

RECALL_KS = (1, 3, 5)
MRR_K = 10


@dataclass(frozen=True)
class Outcome:
    """One question asked: what was expected and what came back."""

    id: str
    category: str
    gold: tuple[str, ...]
    should_abstain: bool
    abstained: bool
    cited: tuple[str, ...]
    answer: str
    latency_ms: float
    fact: str | None = None
    complete: bool = False
    split: str = "test"

    @property
    def answerable(self) -> bool:
        return not self.should_abstain


def hit_at_k(cited: Sequence[str], gold: Iterable[str], k: int) -> float:
    """1.0 when a gold clause is among the first k citations, else 0.0."""
    return 1.0 if set(cited[:k]) & set(gold) else 0.0


def reciprocal_rank(cited: Sequence[str], gold: Iterable[str], k: int = MRR_K) -> float:
    """1/rank of the first gold clause among the first k citations, 0.0 when none is there."""
    gold = set(gold)
    for rank, clause_id in enumerate(cited[:k], start=1):
        if clause_id in gold:
            return 1.0 / rank
    return 0.0


def citation_precision(cited: Sequence[str], gold: Iterable[str]) -> float | None:
    """Share of cited clauses that are gold; None when nothing was cited."""
    if not cited:
        return None
    gold = set(gold)
    return sum(1 for clause_id in cited if clause_id in gold) / len(cited)


def _normalise(text: str) -> str:
    text = re.sub(r"\b0(\d)/", r"\1/", fold(text))
    return re.sub(r"\s+", " ", text).strip()


def states_fact(answer: str, fact: str) -> bool:
    """True when the answer contains the fact (case, tone placement, spacing, "08/6" vs "8/6" aside)."""
    return _normalise(fact) in _normalise(answer)


def abstain_precision(outcomes: Sequence[Outcome]) -> float | None:
    """Share of refusals that were due (out-of-scope questions); None when nothing was refused."""
    refused = [o for o in outcomes if o.abstained]
    if not refused:
        return None
    return sum(1 for o in refused if o.should_abstain) / len(refused)


def abstain_recall(outcomes: Sequence[Outcome]) -> float | None:
    """Share of out-of-scope questions that were refused; None when there are none."""
    due = [o for o in outcomes if o.should_abstain]
    if not due:
        return None
    return sum(1 for o in due if o.abstained) / len(due)


def lists_completely(outcome: Outcome) -> bool:
    """An agency's task list cites every gold task and nothing from a document with no gold task."""
    documents = {g.split(":")[0] for g in outcome.gold}
    return set(outcome.gold) <= set(outcome.cited) and all(c.split(":")[0] in documents for c in outcome.cited)


def false_refusals(outcomes: Sequence[Outcome]) -> int:
    """Number of answerable questions that were refused."""
    return sum(1 for o in outcomes if o.answerable and o.abstained)


def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile (0–100) with linear interpolation between ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * p / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize(outcomes: Sequence[Outcome]) -> dict:
    """The headline figures over a set of outcomes (recall and MRR over answerable questions)."""
    answerable = [o for o in outcomes if o.answerable]
    with_fact = [o for o in answerable if o.fact]
    precisions = [p for o in answerable if (p := citation_precision(o.cited, o.gold)) is not None]
    latencies = [o.latency_ms for o in outcomes]
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    summary = {"questions": len(outcomes), "answerable": len(answerable)}
    for k in RECALL_KS:
        summary[f"recall_at_{k}"] = _mean([hit_at_k(o.cited, o.gold, k) for o in answerable])
    near_domain = [o for o in outcomes if o.category == "near_domain"]
    summary.update(
        mrr_at_10=_mean([reciprocal_rank(o.cited, o.gold) for o in answerable]),
        complete_lists=_mean([1.0 if lists_completely(o) else 0.0 for o in answerable if o.complete]),
        near_domain_refusals=_mean([1.0 if o.abstained else 0.0 for o in near_domain]),
        false_refusal_rate=_mean([1.0 if o.abstained else 0.0 for o in answerable]),
        citation_precision=_mean(precisions),
        fact_accuracy=_mean([1.0 if states_fact(o.answer, o.fact) else 0.0 for o in with_fact]),
        abstain_precision=abstain_precision(outcomes),
        abstain_recall=abstain_recall(outcomes),
        false_refusals=false_refusals(outcomes),
        latency_p50_ms=None if p50 is None else round(p50, 1),
        latency_p95_ms=None if p95 is None else round(p95, 1),
    )
    return summary


def summarize_by_split(outcomes: Sequence[Outcome], categories: Sequence[str], splits: Sequence[str]) -> dict[str, dict]:
    """`summarize` (with its categories) for each split that has questions: dev is tuned on, test only reported."""
    return {
        name: summarize(group) | {"categories": summarize_by_category(group, categories)}
        for name in splits
        if (group := [o for o in outcomes if o.split == name])
    }


def summarize_by_category(outcomes: Sequence[Outcome], categories: Sequence[str]) -> dict[str, dict]:
    """`summarize` for each category that has questions, in the given order."""
    return {
        name: summarize(group)
        for name in categories
        if (group := [o for o in outcomes if o.category == name])
    }
