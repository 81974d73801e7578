"""The lineage of directives: which texts a document implements, and which texts implement it.

Each document's `implements` references ("Thực hiện Quyết định số 895/QĐ-TTg…", "Căn cứ …",
"triển khai …") are edges of a graph over every text the corpus names, present in it or only cited.
`ancestors` walk up from a document (what it implements, then what those implement), `descendants`
walk down (the texts implementing it, then theirs), nearest first. A press article is a source
*about* a text, never one that implements it: its edge is the relation `nguồn`.
"""

import re
from collections.abc import Callable

from pydantic import BaseModel

from retrieval.answer.compose import format_date
from retrieval.answer.facts import FactFinder
from retrieval.answer.references import DocumentDirectory, Key, Mention, find_keys, number_key, reference_spans
from retrieval.answer.vocabulary import Vocabulary
from retrieval.models import Clause, Document, ParsedDocument
from retrieval.text import unaccent

IMPLEMENTS = "thực hiện"
GROUNDS = "căn cứ"
DEPLOYS = "triển khai"
SOURCE = "nguồn"  # a press article about the text
_VERB_RE = re.compile(r"\b(can cu|trien khai|thuc hien)\b[^.;\n]*$")
_VERBS = {"can cu": GROUNDS, "trien khai": DEPLOYS, "thuc hien": IMPLEMENTS}


class LineageNode(BaseModel):
    """A text in the graph: in the corpus (`document_id` set) or only cited (title as cited)."""

    number: str | None = None
    title: str
    document_id: str | None = None
    in_corpus: bool


class LineageItem(LineageNode):
    """A text on the way up or down, how it relates to the one before it, and how far it is."""

    relation: str
    depth: int = 1
    via: str | None = None  # the number (or id) of the text it is linked through, for depth > 1


class Lineage(BaseModel):
    document: LineageNode
    ancestors: list[LineageItem]
    descendants: list[LineageItem]


class LineageGraph:
    """The implements graph of one index generation.

    Example:
        >>> graph = LineageGraph(documents, clauses, directory, vocabulary, is_press)
        >>> [a.number for a in graph.lineage("kh-ubnd-laichau-2023").ancestors]
        ['895/QĐ-TTg', '44-KL/TW', '43-CT/TW']
    """

    def __init__(self, documents: dict[str, Document], clauses: list[Clause], directory: DocumentDirectory,
                 vocabulary: Vocabulary, is_press: Callable[[Document], bool]):
        self.documents = documents
        self.directory = directory
        self.vocabulary = vocabulary
        self.is_press = is_press
        self._texts: dict[str, list[str]] = {}
        for clause in clauses:
            self._texts.setdefault(clause.document_id, []).append(clause.text)

    @classmethod
    def from_parsed(cls, parsed: dict[str, ParsedDocument], vocabulary: Vocabulary) -> "LineageGraph":
        """From a catalog read without an index (the command line)."""
        documents = {p.document.id: p.document for p in parsed.values()}
        clauses = [c for p in parsed.values() for c in [p.header, *p.clauses] if c is not None]
        directory = DocumentDirectory.build(list(documents.values()), clauses, vocabulary)
        facts = FactFinder(parsed, None, directory.mentions, directory.implementing, vocabulary)
        return cls(documents, clauses, directory, vocabulary, facts.is_press)

    def _key(self, reference: str) -> Key | None:
        return number_key(reference) or next(iter(find_keys(reference, self.vocabulary)), None)

    def _in_corpus(self, key: Key) -> str | None:
        found = self.directory.documents_numbered(key)
        return found[0] if len(found) == 1 else None

    def _cited(self, key: Key, number: str) -> LineageNode:
        """A text only cited, titled as the corpus cites it ("Kết luận số 44-KL/TW, ngày 14/11/2022 của Ban Bí thư")."""
        mentions: list[Mention] = self.directory.mentions.get(key, [])
        best = max(mentions, key=lambda m: (m.date is not None) + (m.issuer is not None), default=None)
        if best is None:
            return LineageNode(number=number, title=number, in_corpus=False)
        title = f"{best.type_name[:1].upper()}{best.type_name[1:]} số {best.number}"
        if best.date:
            title += f", ngày {format_date(best.date)}"
        if best.issuer:
            title += f" của {best.issuer}"
        return LineageNode(number=best.number if number is None else number, title=title, in_corpus=False)

    def _node(self, document_id: str) -> LineageNode:
        document = self.documents[document_id]
        return LineageNode(number=document.number, title=document.title, document_id=document_id, in_corpus=True)

    def _relation(self, citing: Document, key: Key) -> str:
        """How `citing` refers to the text `key`: the verb before its first mention there."""
        if self.is_press(citing):
            return SOURCE
        for text in [citing.title, citing.summary or "", *self._texts.get(citing.id, [])]:
            plain = unaccent(text)
            for start, _, found in reference_spans(text, self.vocabulary):
                verb = _VERB_RE.search(plain[max(0, start - 80) : start]) if found == key else None
                if verb:
                    return _VERBS[verb.group(1)]
        return IMPLEMENTS

    def _parents(self, document: Document) -> list[tuple[Key, str]]:
        parents = []
        for number in document.implements:
            key = self._key(number)
            if key and key not in {k for k, _ in parents}:
                parents.append((key, number))
        return parents

    def resolve(self, reference: str) -> tuple[str | None, Key | None]:
        """A document id or a number ("44-KL/TW", "QĐ 895") → (corpus document id, reference key)."""
        reference = reference.strip()
        if reference in self.documents:
            document = self.documents[reference]
            return reference, number_key(document.number or "")
        key = self._key(reference)
        return (self._in_corpus(key) if key else None), key

    def lineage(self, reference: str) -> Lineage | None:
        """The texts `reference` implements and those implementing it; None when it is nowhere in the corpus."""
        document_id, key = self.resolve(reference)
        if document_id is not None:
            centre = self._node(document_id)
        elif key is not None and (key in self.directory.mentions or key in self.directory.implementing):
            centre = self._cited(key, reference.strip())
        else:
            return None
        return Lineage(document=centre, ancestors=self._ancestors(document_id), descendants=self._descendants(document_id, key))

    def _ancestors(self, document_id: str | None) -> list[LineageItem]:
        found: list[LineageItem] = []
        seen: set = {document_id}
        queue = [(document_id, 1)] if document_id else []
        while queue:
            current, depth = queue.pop(0)
            citing = self.documents[current]
            for key, number in self._parents(citing):
                parent = self._in_corpus(key)
                if (parent or key) in seen:
                    continue
                seen.add(parent or key)
                node = self._node(parent) if parent else self._cited(key, number)
                via = None if depth == 1 else (citing.number or citing.id)
                found.append(LineageItem(**node.model_dump(), relation=self._relation(citing, key), depth=depth, via=via))
                if parent:
                    queue.append((parent, depth + 1))
        return found

    def _descendants(self, document_id: str | None, key: Key | None) -> list[LineageItem]:
        found: list[LineageItem] = []
        seen: set = {document_id}
        queue = [(key, document_id, 1)] if key else []
        while queue:
            current, parent_id, depth = queue.pop(0)
            for child_id in self.directory.implementing.get(current, []):
                if child_id in seen:
                    continue
                seen.add(child_id)
                child = self.documents[child_id]
                via = None if depth == 1 else (self.documents[parent_id].number or parent_id)
                found.append(LineageItem(**self._node(child_id).model_dump(), relation=self._relation(child, current), depth=depth, via=via))
                child_key = number_key(child.number or "")
                if child_key and not self.is_press(child):
                    queue.append((child_key, child_id, depth + 1))
        return found
