"""The eval's own index: corpus/ and the eval-only documents of eval/corpus/, built once a session."""

import pytest


@pytest.fixture(scope="session")
def eval_assistant(corpus_settings, corpus_embeddings):
    """A real Assistant on corpus/ + eval/corpus/, where `ctd eval` with `corpus_settings` looks for it."""
    from eval.runner import eval_settings, eval_sources
    from retrieval.assistant import Assistant
    from retrieval.ingest.pipeline import ingest

    settings = eval_settings(corpus_settings)
    ingest(settings, eval_sources(settings), embeddings=corpus_embeddings)
    return Assistant(settings, corpus_embeddings)
