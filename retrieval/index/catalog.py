"""The catalog of one index generation: documents, clauses and their lexical tokens, in SQLite."""

import sqlite3
from collections.abc import Iterable, Iterator
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
    """A clause with its lexical tokens, as stored (read back without them, the token lists are empty)."""

    __slots__ = ("clause", "folded", "plain")

    def __init__(self, clause: Clause, folded: list[str], plain: list[str]):
        self.clause = clause
        self.folded = folded
        self.plain = plain


def catalog_path(directory: Path) -> Path:
    return directory / "catalog.sqlite3"


class CatalogWriter:
    """Rows written as they come, a batch at a time, so a large corpus is never held whole.

    Example:
        >>> with CatalogWriter(directory, documents) as catalog:
        ...     catalog.add(CatalogRow(clause, folded, plain))
    """

    BATCH = 1000

    def __init__(self, directory: Path, documents: list[Document]):
        directory.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(catalog_path(directory))
        self.db.executescript(SCHEMA)
        self.db.executemany(
            "INSERT INTO documents (id, position, json) VALUES (?, ?, ?)",
            [(d.id, i, d.model_dump_json()) for i, d in enumerate(documents)],
        )
        self.pending: list[tuple] = []
        self.written = 0

    def add(self, row: CatalogRow) -> None:
        clause = row.clause
        self.pending.append((self.written, clause.id, clause.document_id, clause.kind, clause.model_dump_json(),
                             " ".join(row.folded), " ".join(row.plain)))
        self.written += 1
        if len(self.pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany(
            "INSERT INTO clauses (position, id, document_id, kind, json, folded, plain) VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.pending,
        )
        self.pending = []

    def __enter__(self) -> "CatalogWriter":
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self._flush()
                self.db.commit()
        finally:
            self.db.close()


def write_catalog(directory: Path, documents: list[Document], rows: Iterable[CatalogRow]) -> None:
    """Write a fresh catalog (the directory is a new generation, never one in use)."""
    with CatalogWriter(directory, documents) as catalog:
        for row in rows:
            catalog.add(row)


def _read_only(directory: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{catalog_path(directory)}?mode=ro", uri=True)


def read_catalog(directory: Path, tokens: bool = False) -> tuple[list[Document], list[CatalogRow]]:
    """Documents and clause rows in their stored order; the rows' token lists only with `tokens`
    (a hundred thousand clauses' tokens take gigabytes as Python lists)."""
    with closing(_read_only(directory)) as db:
        documents = [Document.model_validate_json(j) for (j,) in db.execute("SELECT json FROM documents ORDER BY position")]
        if tokens:
            query = db.execute("SELECT json, folded, plain FROM clauses ORDER BY position")
            rows = [CatalogRow(Clause.model_validate_json(j), folded.split(), plain.split()) for j, folded, plain in query]
        else:
            query = db.execute("SELECT json FROM clauses ORDER BY position")
            rows = [CatalogRow(Clause.model_validate_json(j), [], []) for (j,) in query]
    return documents, rows


def clause_tokens(directory: Path) -> Iterator[tuple[list[str], list[str]]]:
    """The folded and plain tokens of each retrievable clause (kind "clause"), in order, one at a time."""
    with closing(_read_only(directory)) as db:
        for folded, plain in db.execute("SELECT folded, plain FROM clauses WHERE kind = 'clause' ORDER BY position"):
            yield folded.split(), plain.split()


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
