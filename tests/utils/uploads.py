"""An index of the corpus without one document, to add it back by upload (HTTP API, Telegram)."""

import shutil
from pathlib import Path

from tests.conftest import CORPUS, make_settings

SCANNED_ID = "cv-1277-hu-lacduong"
QUESTION = "Ban Dân vận Huyện ủy Lạc Dương được giao nhiệm vụ gì?"  # answered by cv-1277-hu-lacduong:6
GOLD = f"{SCANNED_ID}:6"


def index_without(document_id: str, folder: Path, corpus_settings, embeddings, scanned=None, **overrides):
    """Settings of a fresh index of the corpus less `document_id`, its embedding cache copied from the
    session's corpus index and its OCR cache seeded from `scanned` (so uploading the scan runs no OCR)."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    for source in CORPUS.glob("*.md"):
        if source.stem != document_id:
            shutil.copy(source, corpus / source.name)
    settings = make_settings(folder / "data", corpus_dir=corpus, **overrides)
    settings.data_dir.mkdir(parents=True)
    shutil.copy(corpus_settings.data_dir / "embeddings.sqlite3", settings.data_dir / "embeddings.sqlite3")
    if scanned is not None:
        scanned.seed(settings.data_dir)
    from retrieval.ingest.pipeline import ingest

    ingest(settings, embeddings=embeddings)
    return settings


def cited_documents(answer: dict) -> set[str]:
    return {citation["document_id"] for citation in answer["citations"]}
