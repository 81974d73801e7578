"""Query understanding: what a question is about, before any search.

Normalises the text, detects the agency (via the alias table) and the documents it refers to
("KL 44", "kế hoạch của Lai Châu"), whether it asks for a fact about a document (date, number,
signer…), and rewrites an elliptical follow-up ("Còn Sở Y tế thì sao?") from the previous turn.
"""

import re
from dataclasses import dataclass, field

from retrieval.actors import AliasTable
from retrieval.lexical import query_tokens
from retrieval.models import Turn
from retrieval.references import DocumentDirectory, Key, find_keys
from retrieval.text import has_diacritics, nfc, unaccent
from retrieval.vocabulary import Vocabulary


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

    def __init__(self, aliases: AliasTable, vocabulary: Vocabulary, directory: DocumentDirectory):
        self.aliases = aliases
        self.vocabulary = vocabulary
        self.directory = directory

    def actors(self, text: str) -> list[str]:
        names: list[str] = []
        for mention in self.aliases.find(text):
            if mention.name not in names:
                names.append(mention.name)
        return names

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

    def read(self, question: str, history: list[Turn] | None = None) -> Query:
        text = " ".join(nfc(question).split())
        keys = find_keys(text, self.vocabulary)
        named = self.directory.documents_named(text, self.vocabulary)
        followup = bool(history) and self.is_followup(text)
        effective = text
        if followup:
            effective, old_keys, old_named = self._rewrite(text, history)
            keys = keys or old_keys
            named = named or old_named
        document_ids = _unique(d for key in keys for d in self.directory.by_key.get(key, []))
        implementing_ids = _unique(d for key in keys for d in self.directory.implementing.get(key, []))
        folded, plain = query_tokens(effective, self.vocabulary.stopwords)
        return Query(
            original=question,
            text=effective,
            accented=has_diacritics(effective),
            folded=folded,
            plain=plain,
            actors=self.actors(effective),
            keys=keys,
            document_ids=document_ids,
            named_ids=list(named),
            implementing_ids=implementing_ids,
            intent=self.intent(text),
            followup=followup,
        )
