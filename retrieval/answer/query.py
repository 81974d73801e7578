"""Query understanding: what a question is about, before any search.

Normalises the text, detects the agency (via the alias table) and the documents it refers to
("KL 44", "kế hoạch của Lai Châu"), whether it asks for a fact about a document (date, number,
signer…), and rewrites an elliptical follow-up ("Còn Sở Y tế thì sao?") from the previous turn.
"""

import re
from dataclasses import dataclass, field

from retrieval.ingest.actors import AliasTable
from retrieval.index.lexical import query_tokens
from retrieval.models import Turn
from retrieval.answer.references import DocumentDirectory, Key, find_keys
from retrieval.text import has_diacritics, nfc, unaccent
from retrieval.answer.vocabulary import Glossary, Vocabulary


@dataclass
class Query:
    """A question as the retriever sees it."""

    original: str
    text: str
    accented: bool
    folded: list[str]
    plain: list[str]
    actors: list[str] = field(default_factory=list)
    keys: list[Key] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    named_ids: list[str] = field(default_factory=list)
    implementing_ids: list[str] = field(default_factory=list)
    intent: str | None = None
    followup: bool = False
    english: bool = False
    places: list[str] = field(default_factory=list)


PLACE_RE = re.compile(
    r"\b(chuong|phan|muc|dieu|khoan|diem|tiet|y)\s+([ivxlc]+|\d+(?:\.\d+)*|[a-z])\b"
)


def places_in(text: str) -> list[str]:
    """Where in a document the question points: "Điều 2 khoản 2" → ["dieu 2", "khoan 2"]."""
    return [f"{level} {value}" for level, value in PLACE_RE.findall(unaccent(text))]


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", unaccent(text)))


def _has_phrase(plain: str, phrases: list[str]) -> str | None:
    padded = f" {plain} "
    for phrase in sorted(phrases, key=len, reverse=True):
        if f" {phrase} " in padded:
            return phrase
    return None


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


class QueryReader:
    """Reads questions against one index's documents (rebuilt with the index)."""

    def __init__(self, aliases: AliasTable, vocabulary: Vocabulary, glossary: Glossary, directory: DocumentDirectory):
        self.aliases = aliases
        self.vocabulary = vocabulary
        self.glossary = glossary
        self.directory = directory

    def is_english(self, text: str) -> bool:
        if has_diacritics(text):
            return False
        function_words = sum(w in self.vocabulary.english_words for w in re.findall(r"[a-z']+", text.lower()))
        return function_words + self.glossary.count(text) >= 2

    def actors(self, text: str) -> list[str]:
        """Agencies the text names, each with the levels filed under it ("UBND" → "UBND huyện" too)."""
        return _unique(name for mention in self.aliases.find(text) for name in self.aliases.family(mention.name))

    def intent(self, text: str) -> str | None:
        plain = _plain_words(text)
        for intent, phrases in self.vocabulary.intents.items():
            if _has_phrase(plain, phrases):
                return intent
        return None

    def is_followup(self, text: str) -> bool:
        plain = _plain_words(text)
        starts = any(plain == s or plain.startswith(s + " ") for s in self.vocabulary.followup.starts)
        return starts or _has_phrase(plain, self.vocabulary.followup.contains) is not None

    def _rewrite(self, text: str, history: list[Turn]) -> tuple[str, list[Key], list[str]]:
        """Fill an elliptical follow-up from the previous turn: its question, with this one's agency."""
        previous = history[-1]
        wanted = self._referenced_type(text)
        if wanted:
            # "Quyết định đó": the decision the previous turn spoke of, not the document it was about
            earlier = find_keys(previous.question, self.vocabulary) + find_keys(previous.answer or "", self.vocabulary)
            of_type = [k for k in earlier if k[0] == wanted]
            if of_type:
                return text, of_type[:1], []
        keys = find_keys(previous.question, self.vocabulary)
        named = self.directory.documents_named(previous.question, self.vocabulary)
        if not keys and not named and previous.answer:
            keys = find_keys(previous.answer, self.vocabulary)
            named = self.directory.documents_named(previous.answer.split("\n")[0], self.vocabulary)
        new_actors = self.actors(text)
        old_mentions = self.aliases.find(previous.question)
        if new_actors and old_mentions:
            mention = old_mentions[0]
            rewritten = previous.question[: mention.start] + new_actors[0] + previous.question[mention.end :]
            return rewritten, keys, named
        if new_actors and self.intent(text) is None:
            return f"{new_actors[0]} {previous.question}", keys, named
        return text, keys, named

    def _referenced_type(self, text: str) -> str | None:
        """The document type a follow-up points back at ("quyết định đó" → "qd")."""
        plain = _plain_words(text)
        for abbreviation, names in self.vocabulary.document_types.items():
            if any(_has_phrase(plain, [f"{n} {d}" for d in ("do", "nay", "tren")]) for n in names):
                return abbreviation
        return None

    def read(self, question: str, history: list[Turn] | None = None) -> Query:
        text = " ".join(nfc(question).split())
        english = self.is_english(text)
        searched = self.glossary.translate(text) if english else text
        keys = find_keys(searched, self.vocabulary)
        named = self.directory.documents_named(searched, self.vocabulary)
        followup = bool(history) and self.is_followup(text)
        effective = text
        if followup:
            effective, old_keys, old_named = self._rewrite(searched, history)
            searched = effective
            keys = keys or old_keys
            named = named or old_named
        document_ids = _unique(d for key in keys for d in self.directory.documents_numbered(key))
        implementing_ids = _unique(d for key in keys for d in self.directory.implementing.get(key, []))
        folded, plain = query_tokens(searched, self.vocabulary.stopwords)
        return Query(
            original=question,
            text=effective,
            accented=has_diacritics(searched),
            folded=folded,
            plain=plain,
            actors=self.actors(searched),
            keys=keys,
            document_ids=document_ids,
            named_ids=list(named),
            implementing_ids=implementing_ids,
            intent=self.intent(text),
            followup=followup,
            english=english,
            places=places_in(searched),
        )
