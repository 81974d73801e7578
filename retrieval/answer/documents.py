"""Questions about the corpus's documents themselves, not about what they say: "Những văn bản nào do
Hội Chữ thập đỏ ban hành?", "Có mấy kế hoạch năm 2024?", "Các công văn trong kho ban hành năm nào?".

The documents are picked by what the question names of them (issuer, type, year, place) and each is
cited by its header block, which states its number, issuer and date. A question that also asks about
a topic ("… nói về hiến máu") is not one of these: it is answered from the clauses.
"""

import re

from retrieval.answer.asks import plain_words
from retrieval.answer.compose import citation, describe
from retrieval.answer.query import GENERIC_KINDS, Query
from retrieval.answer.references import DocumentDirectory, Key, reference_spans
from retrieval.answer.values import YEARS_RE
from retrieval.answer.vocabulary import Vocabulary
from retrieval.index.generation import Index
from retrieval.ingest.actors import AliasTable
from retrieval.models import Citation, Clause
from retrieval.text import unaccent

# A document named as an issuer's: "do Hội … ban hành", "của UBND tỉnh", "Hội … ban hành".
ISSUER_BEFORE = {"do", "cua"}
ISSUER_AFTER = ("ban hanh", "phat hanh", "ky ban hanh")
LISTED = 10  # documents named in one answer; the rest are counted


class Catalog:
    """The corpus's documents as a question can pick them: by issuer, type, year and place."""

    def __init__(self, index: Index, directory: DocumentDirectory, aliases: AliasTable, vocabulary: Vocabulary):
        self.index = index
        self.directory = directory
        self.documents = list(index.documents.values())
        # each document is cited by its header block, else by its first clause
        self.header = {d: p.header or p.clauses[0] for d, p in index.parsed.items() if p.header or p.clauses}
        self.vocabulary = vocabulary
        self.newest = [unaccent(p) for p in vocabulary.newest]
        self.oldest = [unaccent(p) for p in vocabulary.oldest]
        self.aliases = aliases
        self.task_phrases = [unaccent(p) for p in vocabulary.tasks]
        self.filler = frozenset(w for phrase in [*vocabulary.catalog, *self.newest, *self.oldest] for w in phrase.split())
        types = {name for names in vocabulary.document_types.values() for name in names}
        types |= {plain_words(d.type) for d in self.documents if d.type}
        self.types = sorted(types, key=len, reverse=True)
        kinds = "|".join(re.escape(t) for t in [*GENERIC_KINDS, *self.types])
        # "những văn bản", "các kế hoạch", "mấy công văn", "văn bản nào", "kế hoạch nào"
        self.asks_re = re.compile(rf"(?<!\w)(?:(?:cac|nhung|bao nhieu|may|moi|tat ca|toan bo)\s+(?:{kinds})|(?:{kinds})\s+nao)(?!\w)")
        self.issued_by = {d.id: {m.name for m in aliases.find(d.issuer or "")} for d in self.documents}
        self.issuer_words = {d.id: f" {plain_words(d.issuer or '')} " for d in self.documents}

    def asks_documents(self, query: Query) -> bool:
        """The question asks which or how many documents, and names nothing but what picks them."""
        if query.places or query.ask.kind in ("fact", "tasks"):
            return False
        plain = self._plain(query)
        if not self.asks_which(query) or any(f" {p} " in f" {plain} " for p in self.task_phrases):
            return False  # "những văn bản nào giao việc cho Sở Y tế": the tasks, by document
        type_words = {w for t in [*self.types, *GENERIC_KINDS] for w in t.split()}
        for word in query.content:
            syllables = unaccent(word).lower().replace("_", " ").split()
            if not all(s in self.filler or s in type_words or YEARS_RE.fullmatch(s) for s in syllables):
                return False
        return True

    def asks_which(self, query: Query) -> bool:
        """The question asks which documents ("những văn bản nào …", "các kế hoạch …"), whatever else it names."""
        return bool(self.asks_re.search(self._plain(query)))

    def answer(self, query: Query) -> tuple[str, list[Citation]]:
        """The documents the question picks, in the corpus's order, each cited by its header block (or,
        when the question names an agency they mention, by the first clause naming it)."""
        text = query.read or query.text
        plain = self._plain(query)
        picked = self.documents
        if query.named_ids:
            picked = [d for d in picked if d.id in query.named_ids]
        if query.keys:  # "những văn bản nào nhắc đến Kết luận 44": those citing it, not it
            picked = [d for d in picked if d.id not in query.document_ids]
        issuers, written, others = self._agencies(text)
        if issuers:
            picked = [d for d in picked if self.issued_by[d.id] & issuers or any(f" {w} " in self.issuer_words[d.id] for w in written)]
        kinds = [t for t in self.types if f" {t} " in f" {plain} "]
        if kinds:
            picked = [d for d in picked if plain_words(d.type) == kinds[0]]
        years = set(YEARS_RE.findall(plain))
        if years:
            picked = [d for d in picked if (d.date or "")[:4] in years]
        cited = {d.id: self.header[d.id] for d in picked if d.id in self.header}
        if others:
            # "những văn bản nào nhắc đến Sở Y tế": those with a clause naming it, cited there
            cited = self._first_naming(others, set(cited))
        if query.keys:
            cited = self._first_citing(query.keys, set(cited))
        picked = [d for d in picked if d.id in cited]
        if not picked:
            return "", []
        newest = any(f" {p} " in f" {plain} " for p in self.newest)
        if newest or any(f" {p} " in f" {plain} " for p in self.oldest):
            # "văn bản nào mới nhất": the one, by date
            dated = sorted((d for d in picked if d.date), key=lambda d: d.date, reverse=newest)
            if dated:
                return f"{describe(dated[0])} [1].", [citation(1, cited[dated[0].id], dated[0], 1.0)]
        noun = kinds[0] if kinds else "văn bản"
        noun = next((d.type.lower() for d in picked if plain_words(d.type) == noun), noun)
        shown = picked[:LISTED]
        citations = [citation(n, cited[d.id], d, 1.0) for n, d in enumerate(shown, 1)]
        listed = "; ".join(f"{describe(d)} [{n}]" for n, d in enumerate(shown, 1))
        rest = len(picked) - len(shown)
        more = f"; và {rest} {noun} khác" if rest > 0 else ""
        return f"Trong kho có {len(picked)} {noun} như câu hỏi nêu: {listed}{more}.", citations

    def _plain(self, query: Query) -> str:
        """The question's words without the texts it cites ("Kết luận 44" is not a kind of document asked for)."""
        text = unaccent(query.read or query.text)
        for start, end, _ in reference_spans(text, self.vocabulary):
            text = text[:start] + " " * (end - start) + text[end:]
        return plain_words(text)

    def _agencies(self, text: str) -> tuple[set[str], list[str], set[str]]:
        """The agencies the question names as an issuer: their names with the levels filed under them,
        and their words as written ("Tỉnh ủy" is how "Ban Thường vụ Tỉnh ủy …" is said); then the
        other agencies it names."""
        issuers: set[str] = set()
        written: list[str] = []
        others: set[str] = set()
        for mention in self.aliases.find(text):
            before = plain_words(text[: mention.start]).split()[-1:]
            after = plain_words(text[mention.end :])
            if (before and before[0] in ISSUER_BEFORE) or any(after.startswith(p) or f" {p}" in after[:40] for p in ISSUER_AFTER):
                issuers |= set(self.aliases.family(mention.name))
                written.append(plain_words(text[mention.start : mention.end]))
            else:
                others |= set(self.aliases.family(mention.name))
        return issuers, written, others

    def _first_naming(self, agencies: set[str], document_ids: set[str]) -> dict[str, Clause]:
        """The first clause naming any of `agencies` in each of the documents, by document id."""
        first: dict[str, Clause] = {}
        for position in self.index.clauses.positions_naming(agencies):
            clause = self.index.clauses[position]
            if clause.document_id in document_ids:
                first.setdefault(clause.document_id, clause)
        return first

    def _first_citing(self, keys: list[Key], document_ids: set[str]) -> dict[str, Clause]:
        """The first clause citing any of the texts `keys` name in each of the documents, by document id
        (a document implementing one is cited by its header block when no clause names it)."""
        first: dict[str, Clause] = {}
        for key in keys:
            for mention in self.directory.mentions.get(key, []):
                clause = self.index.clause(mention.clause_id)
                if clause is not None and clause.document_id in document_ids:
                    first.setdefault(clause.document_id, clause)
            for document_id in self.directory.implementing.get(key, []):
                if document_id in document_ids and document_id in self.header:
                    first.setdefault(document_id, self.header[document_id])
        return first
