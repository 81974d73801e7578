"""Agencies: the alias table (`data/aliases.yaml`) and who a clause assigns work to.

Names are matched on folded text (case, "Uỷ"/"Ủy" and "hoà"/"hòa" tone placement ignored) and, for
text typed without diacritics, on unaccented text with only the aliases that stay unambiguous there.
A clause's actors come from its heading chain ("5. Sở Giáo dục và Đào tạo" leads every bullet under
it) and from its own wording: the subject that opens a sentence, whoever "Giao"/"Đề nghị"/"yêu cầu"
addresses (lead), and whoever follows "phối hợp với"/"cùng" (cooperating).
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from retrieval.datafiles import read_data_file
from retrieval.errors import CtdError
from retrieval.models import Actor
from retrieval.text import fold, has_diacritics, nfc, unaccent

ALIASES_FILE = Path(__file__).parent.parent / "data" / "aliases.yaml"

# A letter or a combining mark: fold() leaves some tone marks uncomposed, and a name must not end
# inside a syllable ("ban" must not match "bàn").
_WORDCHAR = r"[\w\u0300-\u036f]"
# Words that hand a task to the agencies after them; an agency before them is the issuer, not an actor.
ASSIGNING = ("giao cho", "giao", "đề nghị", "yêu cầu", "kính đề nghị")
# Words after which the agencies named are cooperating.
COOPERATING = ("phối hợp chặt chẽ với", "phối hợp với", "phối hợp cùng", "phối kết hợp với",
               "phối kết hợp", "phối hợp", "cùng với", "cùng")
# Openers skipped before a sentence's subject.
OPENERS = ("đồng thời", "các", "toàn thể")
JOINER = re.compile(r"\s*,?\s*(?:và\s+)?")
SENTENCE_END = re.compile(r"(?:^|[.;!?]\s+)[*_“\"(\s]*")
HEADING_MARKER = re.compile(
    r"^\s*(?:(?:Điều|Chương|Mục|Phần)\s+(?:\d+|[IVXLC]+)\b\s*[.:\-–]?|[IVXLC]+\s*[.\-–)]|\d+(?:\.\d+)*\s*[.\-–)]?"
    r"|[a-zđ]\s*[).]|[-–—+•])\s*"
)


class AgencyEntry(BaseModel):
    """One agency: its canonical name, other names, and the broader agency it is a level of."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    part_of: str | None = None


class AliasFile(BaseModel):
    """The schema of aliases.yaml and of a user's extension file."""

    model_config = ConfigDict(extra="forbid")

    agencies: list[AgencyEntry]
    qualifiers: list[str] = Field(default_factory=list)
    agency_heads: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """An agency named in a text: canonical `name` and where the mention lies (`text[start:end]`)."""

    name: str
    start: int
    end: int


@dataclass
class _Normalised:
    """A text folded (or unaccented) with, for every character, where it came from in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, original: str, accented: bool = True) -> "_Normalised":
        lowered = original.lower()
        if len(lowered) == len(original) and unicodedata.is_normalized("NFC", original):
            starts, ends = list(range(len(original))), list(range(1, len(original) + 1))
        else:
            lowered, starts, ends = _composed(original)
        if not accented:
            plain = [unaccent(c) for c in lowered]
            return cls("".join(plain), *_expand(plain, starts, ends))
        pieces: list[str] = []
        piece_starts: list[int] = []
        piece_ends: list[int] = []
        pos = 0
        for match in re.finditer(r"\w+", lowered):
            pieces.append(lowered[pos:match.start()])
            piece_starts.extend(starts[pos:match.start()])
            piece_ends.extend(ends[pos:match.start()])
            folded = _fold_word(match.group())
            first, last = match.start(), match.end() - 1
            pieces.append(folded)
            piece_starts.extend(starts[min(first + i, last)] for i in range(len(folded)))
            piece_ends.extend(ends[min(first + i, last)] for i in range(len(folded) - 1))
            piece_ends.append(ends[last])
            pos = match.end()
        pieces.append(lowered[pos:])
        piece_starts.extend(starts[pos:])
        piece_ends.extend(ends[pos:])
        return cls("".join(pieces), piece_starts, piece_ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def _composed(original: str) -> tuple[str, list[int], list[int]]:
    """NFC and lowercase, one character at a time, remembering each one's source span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cluster in re.finditer(r"[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+", original):
        for char in nfc(cluster.group()).lower():
            chars.append(char)
            starts.append(cluster.start())
            ends.append(cluster.end())
    return "".join(chars), starts, ends


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def _expand(parts: list[str], starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    out_starts, out_ends = [], []
    for part, start, end in zip(parts, starts, ends):
        out_starts.extend([start] * len(part))
        out_ends.extend([end] * len(part))
    return out_starts, out_ends


def _phrase_regex(phrase: str) -> str:
    """A normalised phrase as a regex tolerant of spacing around "-", "&", "," and of dash kinds."""
    out = []
    for token in re.findall(r"\s+|[-–—]|&|,|[^\s\-–—&,]+", phrase):
        if token.isspace():
            out.append(r"\s+")
        elif token in "-–—":
            out.append(r"\s*[-–—]?\s*")
        elif token in "&,":
            out.append(rf"\s*{token}\s*")
        else:
            out.append(re.escape(token))
    return "".join(out)


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(f"(?:{_phrase_regex(p)})" for p in ordered)


def _is_acronym(alias: str) -> bool:
    return any(sum(c.isupper() for c in token) >= 2 and not any(c.islower() for c in token)
               for token in alias.split())


class _Matcher:
    """Leftmost-longest alias matching on one normalisation, with level qualifiers absorbed."""

    def __init__(self, names: dict[str, str], qualifiers: list[str]):
        self.names = names
        self.pattern = re.compile(rf"(?<!{_WORDCHAR})(?:{_alternation(list(names))})(?!{_WORDCHAR})")
        self.keys = {re.sub(r"[\s,&\-–—]+", "", key): name for key, name in names.items()}
        qualifier = _alternation(qualifiers) if qualifiers else "(?!)"
        self.qualifier = re.compile(rf"\s+(?:{qualifier})(?!{_WORDCHAR})(?!\s+h[ộo]i)")

    def scan(self, text: str) -> list[tuple[str, int, int]]:
        found, pos = [], 0
        while match := self.pattern.search(text, pos):
            end = match.end()
            while extra := self.qualifier.match(text, end):
                end = extra.end()
            key = re.sub(r"[\s,&\-–—]+", "", match.group())
            found.append((self.keys[key], match.start(), end))
            pos = end
        return found


class AliasTable:
    """Canonical agency names and every alias that resolves to them."""

    def __init__(self, entries: list[AgencyEntry], qualifiers: list[str], agency_heads: list[str]):
        self.entries = {entry.name: entry for entry in entries}
        self._lead_cache: dict[str, list[str]] = {}
        folded: dict[str, str] = {}
        plain: dict[str, set[str]] = {}
        for entry in entries:
            for alias in [entry.name, *entry.aliases]:
                folded[fold(nfc(alias))] = entry.name
                if len(alias.split()) >= 3 or _is_acronym(alias):
                    plain.setdefault(unaccent(alias), set()).add(entry.name)
        unambiguous = {alias: names.pop() for alias, names in plain.items() if len(names) == 1}
        self._folded = _Matcher(folded, [fold(nfc(q)) for q in qualifiers])
        self._plain = _Matcher(unambiguous, [unaccent(q) for q in qualifiers])
        heads = "|".join(_phrase_regex(fold(nfc(h))) for h in sorted(agency_heads, key=len, reverse=True))
        self._head = re.compile(rf"(?:{heads})(?!{_WORDCHAR})") if heads else None

    @classmethod
    def load(cls, extra: Path | None = None) -> "AliasTable":
        """Read the bundled table and, when given, a user's file that extends it.

        Args:
            extra: a YAML file of the same shape; its agencies add aliases to (or create) entries.

        Returns:
            The merged table.

        Raises:
            CtdError: a file that cannot be read or does not follow the schema, naming the file.
        """
        bundled = _read(ALIASES_FILE)
        entries = {entry.name: entry.model_copy(deep=True) for entry in bundled.agencies}
        _check(bundled.agencies, ALIASES_FILE)
        qualifiers, heads = list(bundled.qualifiers), list(bundled.agency_heads)
        if extra is not None:
            user = _read(Path(extra))
            for entry in user.agencies:
                known = entries.setdefault(entry.name, AgencyEntry(name=entry.name, part_of=entry.part_of))
                known.aliases.extend(a for a in entry.aliases if a not in known.aliases)
                known.part_of = entry.part_of or known.part_of
            qualifiers += [q for q in user.qualifiers if q not in qualifiers]
            heads += [h for h in user.agency_heads if h not in heads]
            _check(list(entries.values()), Path(extra))
        return cls(list(entries.values()), qualifiers, heads)

    def canonical(self, name: str) -> str | None:
        """The canonical name `name` stands for, when the whole of it is one known agency."""
        mentions = self.find(name.strip())
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(name.strip()):
            return mentions[0].name
        return None

    def family(self, name: str) -> list[str]:
        """The agency and every level filed under it ("Ủy ban nhân dân" → also "… huyện", "… tỉnh")."""
        out = [name]
        for entry in self.entries.values():
            if entry.part_of in out and entry.name not in out:
                out.append(entry.name)
        return out

    def find(self, text: str) -> list[Mention]:
        """Agencies named in `text`, leftmost-longest, not overlapping; offsets into `text`."""
        accented = has_diacritics(text)
        normalised = _Normalised.of(text, accented)
        matcher = self._folded if accented else self._plain
        return [Mention(name, *normalised.span(s, e)) for name, s, e in matcher.scan(normalised.text)]

    def _scan(self, text: str) -> tuple[_Normalised, list[tuple[str, int, int]]]:
        normalised = _Normalised.of(text)
        return normalised, self._folded.scan(normalised.text)

    def starts_agency(self, text: str) -> bool:
        """True when `text` opens with an agency word followed by its name ("Báo Lai Châu")."""
        if self._head is None:
            return False
        match = self._head.match(fold(nfc(text[:40])))
        if not match:
            return False
        head_words = len(match.group().split())
        rest = text.split()[head_words:]
        return head_words > 1 or bool(rest and rest[0][:1].isupper())


def _read(path: Path) -> AliasFile:
    return read_data_file(AliasFile, path, "bảng tên cơ quan")


def _check(entries: list[AgencyEntry], path: Path) -> None:
    owners: dict[str, str] = {}
    names = {entry.name for entry in entries}
    for entry in entries:
        if entry.part_of is not None and entry.part_of not in names:
            raise CtdError(f"{path}: '{entry.name}' thuộc '{entry.part_of}', nhưng không có cơ quan nào tên như vậy")
        for alias in [entry.name, *entry.aliases]:
            other = owners.setdefault(fold(nfc(alias)), entry.name)
            if other != entry.name:
                raise CtdError(f"{path}: tên '{alias}' được gán cho cả '{other}' và '{entry.name}'")


def _starts(text: str, words: tuple[str, ...], at: int) -> int | None:
    """End of the first of `words` found at `at` (whole words), or None."""
    for word in words:
        folded = _fold_word(word)
        if text.startswith(folded, at) and not re.match(_WORDCHAR, text[at + len(folded):at + len(folded) + 1]):
            return at + len(folded)
    return None


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t*_“\"(":
        at += 1
    return at


class _Reader:
    """Reads runs of agencies ("Ban Dân vận, Sở Nội vụ và Hội Chữ thập đỏ") in one folded text."""

    def __init__(self, text: str, mentions: list[tuple[str, int, int]]):
        self.text = text
        self.by_start = {start: (name, end) for name, start, end in mentions}

    def _entry(self, at: int) -> int:
        at = _skip_space(self.text, at)
        if at in self.by_start:
            return at
        return _skip_space(self.text, _starts(self.text, OPENERS, at) or at)

    def run(self, at: int) -> tuple[list[str], int]:
        """Agencies named one after another from `at`, joined by commas or "và"; and where the run ends."""
        names: list[str] = []
        end = at
        probe = self._entry(at)
        while probe in self.by_start:
            name, end = self.by_start[probe]
            names.append(name)
            probe = self._entry(JOINER.match(self.text, end).end())
        return names, end


def _sentence_leads(reader: _Reader, text: str) -> list[str]:
    """Subjects that open a sentence, and whoever an assigning verb addresses."""
    leads: list[str] = []
    for boundary in SENTENCE_END.finditer(text):
        subject, end = reader.run(boundary.end())
        after = _skip_space(text, end)
        if subject and _starts(text, ASSIGNING, after) is None:
            leads += subject
    for match in _words_regex(ASSIGNING).finditer(text):
        leads += reader.run(match.end())[0]
    return leads


@lru_cache(maxsize=None)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!{_WORDCHAR})(?:{_alternation([fold(w) for w in words])})(?!{_WORDCHAR})")


def _cooperating(reader: _Reader, text: str) -> list[str]:
    found: list[str] = []
    for match in _words_regex(COOPERATING).finditer(text):
        found += reader.run(match.end())[0]
    return found


def _heading_leads(heading: str, aliases: AliasTable) -> list[str]:
    """Agencies a heading assigns its section to: the list it opens with, known or agency-like."""
    if heading not in aliases._lead_cache:
        aliases._lead_cache[heading] = _read_heading(heading, aliases)
    return aliases._lead_cache[heading]


def _read_heading(heading: str, aliases: AliasTable) -> list[str]:
    title = HEADING_MARKER.sub("", heading, count=1).strip().strip("*#").strip()
    normalised, mentions = aliases._scan(title)
    text = normalised.text
    reader = _Reader(text, mentions)
    at = _skip_space(text, _starts(text, ASSIGNING, 0) or 0)
    is_title = not re.search(r"[.;!?…]\W*$", title)
    leads: list[str] = []
    while at < len(text):
        names, end = reader.run(at)
        if names:
            leads += names
        elif is_title and aliases.starts_agency(title[normalised.starts[at]:]):
            stop = re.search(r"[,;:]", text[at:])
            end = at + stop.start() if stop else len(text)
            raw_start, raw_end = normalised.span(at, end)
            leads.append(_clean_name(title[raw_start:raw_end]))
        else:
            break
        follow = re.match(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+", text[end:])
        if not follow:
            break
        at = _skip_space(text, end + follow.end())
    return leads


def _clean_name(name: str) -> str:
    name = " ".join(name.replace("*", "").split()).strip(" .:;,")
    return re.sub(r"^(?:các|Các)\s+", "", name)


def extract_actors(headings: list[str], text: str, aliases: AliasTable) -> list[Actor]:
    """The agencies a clause assigns work to, lead first, each once.

    Args:
        headings: the clause's heading chain, outermost first, as written (markers included).
        text: the clause text.
        aliases: the alias table names resolve through.

    Returns:
        Actors: every agency a heading opens with, and the clause's own subjects and addressees
        (role "lead"); agencies after "phối hợp với", "cùng" … (role "cooperating").

    Example:
        >>> table = AliasTable.load()
        >>> [a.name for a in extract_actors(["5. Sở Giáo dục và Đào tạo"], "Chỉ đạo …", table)]
        ['Sở Giáo dục và Đào tạo']
    """
    leads = [name for heading in headings for name in _heading_leads(heading, aliases)]
    normalised, mentions = aliases._scan(text)
    reader = _Reader(normalised.text, mentions)
    leads += _sentence_leads(reader, normalised.text)
    actors = [Actor(name=name, role="lead") for name in dict.fromkeys(leads)]
    lead_names = {actor.name for actor in actors}
    for name in dict.fromkeys(_cooperating(reader, normalised.text)):
        if name not in lead_names:
            actors.append(Actor(name=name, role="cooperating"))
    return actors
