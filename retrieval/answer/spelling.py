"""A question typed without diacritics, written back with them as Vietnamese writes its words.

"so y te phai nop thue bao nhieu" carries no tone marks, so the tagger cannot tell its nouns (what it is
about) from its verbs and question words. Each syllable has the spellings the corpus, the question words
(stopwords) and a general word list (pyvi's) give it; the one kept is the likeliest in sequence: a pair of
syllables that is a word ("bao nhiêu") or that the clauses write side by side ("sở_y") outweighs two
syllables each common alone. A syllable none of them writes stays as typed.
"""

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path

from retrieval.text import TONE_MARKS, aligned, fold, has_diacritics, nfc, unaccent, written_syllable

PAIR_WEIGHT = 2.0  # a pair the clauses write counts for this many times the log of its clause count
WORD_PAIR = 4.0  # two syllables that make a word of the language, side by side
COMMON = 2.0  # a question word ("có", "ai", "bao")
# a question typed partly bare: at least this many of its syllables, and this share of them, gain marks beside the
# ones typed with marks (a question typed with them gains one or two at most: "ai" → "ái")
PARTLY_BARE_MIN = 3
PARTLY_BARE_SHARE = 0.25
LEXICON_WEIGHT = 0.5  # per log of the number of words of the language a syllable is part of


@cache
def word_list() -> tuple[dict[str, int], frozenset[str]]:
    """pyvi's list of Vietnamese words: how many words each syllable is part of, and the adjacent pairs of
    syllables inside a word ("bao_nhiêu"), folded."""
    import pyvi

    syllables: dict[str, int] = {}
    pairs: set[str] = set()
    for line in (Path(pyvi.__file__).parent / "models" / "words.txt").read_text(encoding="utf-8").splitlines():
        parts = [fold(w) for w in line.split()]
        for part in parts:
            syllables[part] = syllables.get(part, 0) + 1
        pairs.update(f"{a}_{b}" for a, b in zip(parts, parts[1:]))
    return syllables, frozenset(pairs)


# a syllable that ends on "i" or "y" after its consonants, which Vietnamese spells either way ("kì"/"kỳ", "lí"/"lý",
# "tỉ"/"tỷ", "qui"/"quy"), and the letters that swap
IY_SYLLABLE_RE = re.compile(r"^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)[iìíỉĩịyỳýỷỹỵ]$")
IY_SWAP = str.maketrans("iìíỉĩịyỳýỷỹỵ", "yỳýỷỹỵiìíỉĩị")


class Respeller:
    """Spellings of one index's words: `singles` and `pairs` ("a_b"), folded, with the number of clauses
    that hold them; `common`: question words, folded; `lexicon`: `word_list()`; `asked`: the syllables of question
    phrases, folded, each spelled right as typed."""

    def __init__(self, singles: dict[str, int], pairs: dict[str, int], common: Iterable[str] = (),
                 lexicon: tuple[dict[str, int], frozenset[str]] = ({}, frozenset()), asked: Iterable[str] = ()):
        known, word_pairs = lexicon
        common = {s for phrase in common for s in phrase.split()}
        forms = {w for w in (*singles, *known, *common) if w.isalpha()}
        self._single = {w: math.log1p(singles.get(w, 0)) + LEXICON_WEIGHT * math.log1p(known.get(w, 0))
                        + (COMMON if w in common else 0.0) for w in forms}
        self._pair = {p: PAIR_WEIGHT * math.log1p(n) for p, n in pairs.items()}
        for p in word_pairs:
            self._pair[p] = self._pair.get(p, 0.0) + WORD_PAIR
        self._word_pairs = word_pairs
        self._written = frozenset(singles)  # the syllables and pairs the clauses themselves write
        self._asked = frozenset(common) | frozenset(asked)
        self.written_pairs = frozenset(pairs)
        self._paired = frozenset(s for pair in self.written_pairs for s in pair.split("_", 1) if s.isalpha())
        # after each syllable, the short forms the clauses write next (a syllable without a vowel: "trường" → "thpt")
        self.short_forms_after: dict[str, set[str]] = {}
        for pair in self.written_pairs:
            first, second = pair.split("_", 1)
            if not re.search(r"[aeiouy]", unaccent(second)):
                self.short_forms_after.setdefault(first, set()).add(second)
        self._forms: dict[str, list[str]] = {}
        for word in forms:
            self._forms.setdefault(unaccent(word), []).append(word)

    def _partly_bare(self, text: str, words: list[re.Match]) -> str | None:
        """`text` typed mostly without diacritics and a few words with them ("So Ngoai vu Quang Tri thẩm định ho so"),
        each syllable typed bare written as it likeliest is beside the ones typed with marks; None unless that
        changes many of its syllables (a question typed with diacritics has a bare word or two that respelling would
        mark: "kho" may be "khó")."""
        # (a question word typed bare is one as typed: "… do ai ký")
        kept = frozenset(i for i, m in enumerate(words) if has_diacritics(word := m.group(0)) or not word.isalpha()
                         or word.lower() in self._asked)
        free = len(words) - len(kept)  # (at most these change: fewer than asked, no respelling to try)
        if free < PARTLY_BARE_MIN or free < PARTLY_BARE_SHARE * len(words):
            return None
        spelled = self.respell(text, kept)
        if spelled is None or len(spelled) != len(text):
            return None
        changed = sum(text[m.start() : m.end()] != spelled[m.start() : m.end()] for m in words)
        return spelled if changed >= PARTLY_BARE_MIN and changed >= PARTLY_BARE_SHARE * len(words) else None

    def respell_iy(self, text: str) -> str | None:
        """`text` with each syllable spelled with "i" where the clauses spell it with "y", or the other way round,
        and never as typed ("học kì I": "học kỳ I"); None when there is none."""
        def swapped(match: re.Match) -> str:
            word = match.group(0)
            other = word.translate(IY_SWAP)
            if IY_SYLLABLE_RE.match(word.lower()) and fold(word) not in self._written and fold(other) in self._written:
                return other
            return word

        spelled = re.sub(r"\w+", swapped, text)
        return spelled if spelled != text else None

    def respell_bare(self, text: str) -> str | None:
        """`text`, typed with diacritics, with each syllable typed without them that is no word as typed ("kế hoach")
        written as it likeliest is in its context ("kế hoạch"); and each syllable typed with a mark the clauses
        never write that, written as it likeliest is, makes a pair they write with the syllable beside it ("lễ hội
        xuân hông": "xuân hồng"). None when there is none."""
        if not has_diacritics(text):
            return None
        words = list(re.finditer(r"\w+", text))
        if partly := self._partly_bare(text, words):
            return partly
        bare = [m for m in words if (word := m.group(0).lower()) == unaccent(word) and word.isalpha()
                and not self._single.get(word) and word in self._forms]
        # (a question word is spelled as typed, though no clause writes it: "lập thành mấy bộ" is no "máy bộ")
        mistyped = [i for i, m in enumerate(words) if (word := m.group(0).lower()) != unaccent(word) and word.isalpha()
                    and fold(word) not in self._written | self._asked and unaccent(word) in self._forms]
        spelled = self.respell(unaccent(text)) if bare or mistyped else None
        if spelled is None or len(spelled) != len(text):
            return None
        out = list(text)

        def cased(m: re.Match) -> list[str]:  # (the capitals as typed: "xã Phú Huu" is "xã Phú Hữu")
            return [s.upper() if t.isupper() else s for t, s in zip(text[m.start() : m.end()], spelled[m.start() : m.end()])]

        for m in bare:
            out[m.start() : m.end()] = cased(m)
        for i in mistyped:
            m = words[i]
            form = fold(spelled[m.start() : m.end()])
            beside = [fold(words[j].group(0)) for j in (i - 1, i + 1) if 0 <= j < len(words)]
            if form in self._written and any(p in self.written_pairs for b in beside for p in (f"{b}_{form}", f"{form}_{b}")):
                out[m.start() : m.end()] = cased(m)
        respelled = "".join(out)
        return respelled if respelled != text else None

    def respell_typos(self, text: str) -> str | None:
        """`text` with each syllable no spelling of which any source knows ("thág", "nhiu", "Vamg") written as the
        syllable one letter away (dropped, added, swapped or mistyped) that the clauses write beside the syllable next to
        it ("tháng" of "thág nhân đạo", "Vang" of "Hòa Vamg"), and each word with its tone mark slipped ("huy đông")
        written as the clauses write it beside its neighbour; None when there is none, and of a question typed without
        diacritics (whose names typed bare are one letter from many a word: "krong pac ban hanh" is no "các ban")."""
        if not has_diacritics(text):
            return None
        words = list(re.finditer(r"\w+", text))
        spelled = [fold(m.group(0)) for m in words]
        out, changed = text, False
        for i in reversed(range(len(words))):
            word = spelled[i]
            if not word.isalpha() or len(word) < 3:
                continue
            beside = [(spelled[j], j < i) for j in (i - 1, i + 1) if 0 <= j < len(words) and spelled[j] in self._single]
            if word in self._single and i and words[i].group(0)[:1].isupper():
                continue  # a name, as typed ("Lương Văn Hòa" is no "văn hóa")
            if word in self._single:  # (beside a syllable typed next to it, no comma between)
                gaps = {True: text[words[i - 1].end() : words[i].start()] if i else "",
                        False: text[words[i].end() : words[i + 1].start()] if i + 1 < len(words) else ""}
                found = self._tone_slipped(word, [(b, before) for b, before in beside if gaps[before].isspace()])
            else:
                near = self._paired_near(word)
                found = {c for c in near
                         if any((f"{b}_{c}" if before else f"{c}_{b}") in self.written_pairs for b, before in beside)}
                # (or, beside no syllable it is written with, the one syllable it is with its tone mark alone mistyped:
                # "trươc" of "nộp trươc bao nhiêu ngày" is "trước")
                found = found or {c for c in near if _toned_apart(c)[1] == _toned_apart(word)[1]}
            if len(found) == 1:
                typed, fixed = words[i].group(0), written_syllable(found.pop())
                fixed = fixed.capitalize() if typed[:1].isupper() else fixed
                out, changed = out[: words[i].start()] + fixed + out[words[i].end() :], True
        return out if changed else None

    def _tone_slipped(self, word: str, beside: list[tuple[str, bool]]) -> set[str]:
        """Of a word typed with a wrong tone mark ("huy đông" for "huy động"), the syllables of its letters with another
        mark that make a word of the language with a syllable next to it, as the clauses write it; none when the word as
        typed makes a pair with one (a pair the clauses write or a word of the language: "đông người"), or is a question
        word."""
        def pairs(w: str) -> set[str]:
            return {f"{b}_{w}" if before else f"{w}_{b}" for b, before in beside}

        if word in self._asked or pairs(word) & self._pair.keys():
            return set()
        # (or its first letters written as speech confuses them: "bổ xung" for "bổ sung", "chanh chấp" for "tranh chấp")
        letters = [_toned_apart(word)[1], *_confused_initials(_toned_apart(word)[1])]
        return {c for spelt in letters for c in self._toned.get(spelt, ())
                if c != word and pairs(c) & self.written_pairs & self._word_pairs}

    @cached_property
    def _toned(self) -> dict[str, set[str]]:
        """Each syllable of the written pairs under its letters without the tone mark ("động" under "đông")."""
        toned: dict[str, set[str]] = {}
        for syllable in self._paired:
            toned.setdefault(_toned_apart(syllable)[1], set()).add(syllable)
        return toned

    def _paired_near(self, word: str) -> set[str]:
        """The syllables of the written pairs one letter away from `word` (folded): a letter dropped, added, mistyped, or
        two swapped, as written or with the tone mark set apart ("hóa" and "hoán": an "n" added, the mark moved)."""
        found = {s for key in _keys(word) for s in self._near.get(key, ())}
        found |= {s for swapped in _swaps(word) if (s := fold(swapped)) in self._paired}
        return {s for s in found if _one_letter_apart(word, s)}

    @cached_property
    def _near(self) -> dict[str, set[str]]:
        """Each syllable of the written pairs under the spellings one letter shorter (and as written), built once when
        first asked: two syllables one letter apart but for a swap share one of them."""
        near: dict[str, set[str]] = {}
        for syllable in self._paired:
            for key in _keys(syllable):
                near.setdefault(key, set()).add(syllable)
        return near

    def respell(self, text: str, kept: frozenset[int] = frozenset()) -> str | None:
        """`text` (typed without diacritics) with the likeliest spelling of each syllable, character for
        character, its capitals kept; None when no syllable gains a diacritic. The syllables at the positions `kept`
        (word indices) stay as typed, and weigh as context for those beside them."""
        pair = aligned(text)
        if pair is None:
            return None
        written, plain = pair
        words = list(re.finditer(r"\w+", plain))
        if not words:
            return None
        # best[i][form] = (score of the likeliest spelling of words[: i + 1] ending with form, the form before)
        best: list[dict[str, tuple[float, str | None]]] = []
        for i, word in enumerate(words):
            typed = fold(written[word.start() : word.end()])
            forms = [typed] if i in kept else self._forms.get(word.group(0), [word.group(0)])
            column: dict[str, tuple[float, str | None]] = {}
            for form in forms:
                own = self._single.get(form, 0.0)
                if not best:
                    column[form] = (own, None)
                    continue
                adjacent = plain[words[i - 1].end() : word.start()].isspace()  # no pair across punctuation
                column[form] = max((score + own + (self._pair.get(f"{prev}_{form}", 0.0) if adjacent else 0.0), prev)
                                   for prev, (score, _) in best[-1].items())
            best.append(column)
        form = max(best[-1], key=lambda f: best[-1][f][0])
        chosen = [form]
        for column in reversed(best[1:]):
            form = column[form][1]
            chosen.append(form)
        chosen.reverse()
        out = list(written)
        for word, form in zip(words, chosen):
            typed = written[word.start() : word.end()]
            spelled = written_syllable(form)
            out[word.start() : word.end()] = "".join(f.upper() if t.isupper() else f for t, f in zip(typed, spelled))
        respelled = "".join(out)
        return respelled if respelled != written else None


def _toned_apart(syllable: str) -> tuple[str, str]:
    """A folded syllable's tone mark and its letters without it ("hoán" → ("\u0301", "hoan"), the hats kept): where
    writing puts the mark depends on the letters, so a letter added or dropped may move it."""
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if c in TONE_MARKS), nfc("".join(c for c in decomposed if c not in TONE_MARKS))


# initial consonants a writer confuses as regional speech does: "x" for "s", "ch" for "tr", "d", "gi" and "r" for each other
CONFUSED_INITIALS = (("s", "x"), ("ch", "tr"), ("d", "gi"), ("d", "r"), ("gi", "r"))


def _confused_initials(letters: str) -> list[str]:
    """The syllable's letters with its initial consonant written as another that speech confuses it with ("xung":
    "sung"); none of "đ", which is no "d"."""
    return [other + letters[len(this):] for a, b in CONFUSED_INITIALS for this, other in ((a, b), (b, a))
            if letters.startswith(this) and letters[len(this):]]


def _keys(syllable: str) -> set[str]:
    """The spellings under which `_near` files a syllable: as folded or written ("w") and, its tone kept apart, the
    letters without the tone ("t"); each whole and one letter shorter."""
    tone, letters = _toned_apart(syllable)
    return {f"w{s}" for form in _spellings(syllable) for s in (form, *_shorter(form))} \
        | {f"t{tone}|{s}" for s in (letters, *_shorter(letters))}


def _spellings(syllable: str) -> set[str]:
    """A folded syllable and as it is written ("nhiêù", "nhiều"): a mistyped letter may carry the tone in either."""
    return {syllable, written_syllable(syllable)}


def _shorter(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def _swaps(syllable: str) -> list[str]:
    return [syllable[:i] + syllable[i + 1] + syllable[i] + syllable[i + 2 :] for i in range(len(syllable) - 1)]


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter dropped, added or changed."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _one_letter_apart(word: str, other: str) -> bool:
    """Whether two folded syllables are one letter apart: dropped, added, changed or two swapped, as written or with
    the tone mark set apart."""
    if word == other:
        return False
    (tone, letters), (other_tone, other_letters) = _toned_apart(word), _toned_apart(other)
    return any(_one_edit(a, b) for a in _spellings(word) for b in _spellings(other)) \
        or other in {fold(s) for s in _swaps(word)} \
        or (tone == other_tone and _one_edit(letters, other_letters))
