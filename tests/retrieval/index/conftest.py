"""A small index of one corpus document with the fake embedder, in a private data directory."""

import shutil

import pytest

from retrieval.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.utils.fake_embeddings import FakeEmbeddings


@pytest.fixture
def fake_embeddings() -> FakeEmbeddings:
    return FakeEmbeddings(size=32)


@pytest.fixture
def small_settings(tmp_path, fake_embeddings):
    """Settings of a fresh index of the Lai Châu plan (its own corpus folder, to add documents to)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "kh-ubnd-laichau-2023.md", corpus)
    settings = make_settings(tmp_path / "data", corpus_dir=corpus)
    ingest(settings, embeddings=fake_embeddings)
    return settings
