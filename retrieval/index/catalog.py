"""The catalog of one index generation: documents, clauses and their lexical tokens, in SQLite."""

import sqlite3
from contextlib import closing
from pathlib import Path

from retrieval.models import Clause, Document, ParsedDocument

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clauses (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    json TEXT NOT NULL,
    folded TEXT NOT NULL,
    plain TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clauses_document ON clauses(document_id);
"""


class CatalogRow:
    """A clause with its lexical tokens, as stored."""

    __slots__ = ("clause", "folded", "plain")

    def __init__(self, clause: Clause, folded: list[str], plain: list[str]):
        self.clause = clause
        self.folded = folded
        self.plain = plain


def catalog_path(directory: Path) -> Path:
    return directory / "catalog.sqlite3"


def write_catalog(directory: Path, documents: list[Document], rows: list[CatalogRow]) -> None:
    """Write a fresh catalog (the directory is a new generation, never one in use)."""
    directory.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(catalog_path(directory))) as db, db:
        db.executescript(SCHEMA)
        db.executemany(
            "INSERT INTO documents (id, position, json) VALUES (?, ?, ?)",
            [(d.id, i, d.model_dump_json()) for i, d in enumerate(documents)],
        )
        db.executemany(
            "INSERT INTO clauses (position, id, document_id, kind, json, folded, plain) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (i, r.clause.id, r.clause.document_id, r.clause.kind, r.clause.model_dump_json(), " ".join(r.folded), " ".join(r.plain))
                for i, r in enumerate(rows)
            ],
        )


def read_catalog(directory: Path) -> tuple[list[Document], list[CatalogRow]]:
    """Documents and clause rows in their stored order."""
    with closing(sqlite3.connect(f"file:{catalog_path(directory)}?mode=ro", uri=True)) as db:
        documents = [Document.model_validate_json(j) for (j,) in db.execute("SELECT json FROM documents ORDER BY position")]
        rows = [
            CatalogRow(Clause.model_validate_json(j), folded.split(), plain.split())
            for j, folded, plain in db.execute("SELECT json, folded, plain FROM clauses ORDER BY position")
        ]
    return documents, rows


def parsed_documents(documents: list[Document], rows: list[CatalogRow]) -> dict[str, ParsedDocument]:
    """Regroup catalog rows into parsed documents (header and signature blocks apart), keyed by document id."""
    grouped = {d.id: ParsedDocument(document=d, clauses=[]) for d in documents}
    for row in rows:
        parsed = grouped[row.clause.document_id]
        if row.clause.kind == "header":
            parsed.header = row.clause
        elif row.clause.kind == "closing":
            parsed.closing = row.clause
        else:
            parsed.clauses.append(row.clause)
    return grouped
