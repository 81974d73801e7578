"""A loaded index generation: the catalog in memory, the lexical index and the Chroma collection."""

from dataclasses import dataclass, field

import numpy as np

from retrieval.index.catalog import read_catalog, parsed_documents
from retrieval.index.lexical import LexicalIndex
from retrieval.models import Clause, Document, ParsedDocument
from retrieval.settings import EngineSettings
from retrieval.index.store import Manifest, chroma_client, generation_dir, require_manifest


@dataclass
class Index:
    """Everything a query reads; immutable once opened, swapped whole on reindex."""

    manifest: Manifest
    documents: dict[str, Document]
    parsed: dict[str, ParsedDocument]
    clauses: list[Clause]
    lexical: LexicalIndex
    collection: object
    position: dict[str, int] = field(default_factory=dict)
    by_document: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def open(cls, settings: EngineSettings, embedder_id: str) -> "Index":
        """Open the current generation, checked against the embedder that will query it.

        Raises:
            IndexNotFoundError: nothing ingested yet.
            IndexMismatchError: built by another embedder or index format.
        """
        manifest = require_manifest(settings, embedder_id)
        documents, rows = read_catalog(generation_dir(settings, manifest.generation))
        clause_rows = [r for r in rows if r.clause.kind == "clause"]
        collection = chroma_client(settings).get_collection(manifest.collection)
        return cls(
            manifest=manifest,
            documents={d.id: d for d in documents},
            parsed=parsed_documents(documents, rows),
            clauses=[r.clause for r in clause_rows],
            lexical=LexicalIndex([r.folded for r in clause_rows], [r.plain for r in clause_rows]),
            collection=collection,
            position={r.clause.id: i for i, r in enumerate(clause_rows)},
            by_document=_positions_by_document([r.clause for r in clause_rows]),
        )

    def clause(self, clause_id: str) -> Clause | None:
        """A clause by id, or a document's header block ("<document_id>:header") or signature block
        ("<document_id>:closing")."""
        if clause_id in self.position:
            return self.clauses[self.position[clause_id]]
        document_id, _, rest = clause_id.partition(":")
        parsed = self.parsed.get(document_id)
        if parsed is None:
            return None
        return {"header": parsed.header, "closing": parsed.closing}.get(rest)

    def neighbours(self, clause_id: str) -> tuple[Clause | None, Clause | None]:
        """The clauses just before and after in the same document."""
        i = self.position.get(clause_id)
        if i is None:
            return None, None
        document_id = self.clauses[i].document_id
        before = self.clauses[i - 1] if i > 0 and self.clauses[i - 1].document_id == document_id else None
        after = (
            self.clauses[i + 1] if i + 1 < len(self.clauses) and self.clauses[i + 1].document_id == document_id else None
        )
        return before, after

    def dense(self, vector: list[float], n: int, document_ids: list[str] | None = None) -> dict[int, float]:
        """Cosine similarity of the `n` nearest clauses, by catalog position."""
        if not self.clauses:
            return {}
        where = None
        if document_ids:
            where = {"document_id": {"$in": list(document_ids)}}
        result = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=min(n, len(self.clauses)),
            where=where,
            include=["distances"],
        )
        return {
            self.position[cid]: 1.0 - float(d)
            for cid, d in zip(result["ids"][0], result["distances"][0])
            if cid in self.position
        }


def _positions_by_document(clauses: list[Clause]) -> dict[str, np.ndarray]:
    grouped: dict[str, list[int]] = {}
    for i, clause in enumerate(clauses):
        grouped.setdefault(clause.document_id, []).append(i)
    return {document_id: np.array(positions) for document_id, positions in grouped.items()}
