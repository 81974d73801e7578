"""Whether the evidence answers the question: a decision made on what was found, never on cues.

The best evidence must cover the question's content words, each weighted by how rare it is in the
corpus (idf: "hội", "chữ thập đỏ", "tỉnh" weigh little; a word the corpus never uses weighs as the
rarest), and, for a value question, hold a value of the asked type. A rare noun or number of the
question ("giường bệnh", "quân khu", "2027") is what it is about: evidence without it answers
something else, however much of the rest it covers. A named agency, document or
place only narrows where the evidence is looked for.
"""

import re
from dataclasses import dataclass

from retrieval.answer.quantities import GRAMMAR_WORDS
from retrieval.index.lexical import NOUN_TAGS, folded_word
from retrieval.text import unaccent

YEAR_RE = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class Verdict:
    """The decision and why: `reason` is "covered", "no_evidence", "not_covered", "key_missing",
    "focus_missing" or "no_value"."""

    answerable: bool
    reason: str
    coverage: float


def coverage(weights: dict[str, float], present: set[str]) -> float:
    """Idf-weighted share of the content words present (1.0 when the question has none)."""
    total = sum(weights.values())
    if not total:
        return 1.0
    return sum(w for word, w in weights.items() if word in present) / total


def judge(weights: dict[str, float], present: set[str] | None, threshold: float, needs_value: bool = False,
          has_value: bool = True, key_words: frozenset[str] = frozenset(), required: frozenset[str] = frozenset(),
          rare: float = float("inf"), rarest_rare: float = float("inf"),
          nearby: set[str] | frozenset[str] = frozenset(), focus: frozenset[str] = frozenset(),
          focus_rare: float = float("inf"), head: frozenset[str] = frozenset(), head_rare: float = float("inf")) -> Verdict:
    """Decide on the best evidence.

    Args:
        weights: the question's content words and their idf weights.
        present: the content words the best evidence holds; None when nothing was found.
        threshold: the share of the weight the evidence must cover.
        needs_value: the question asks for a value (a time, an amount…).
        has_value: the evidence holds a value of the asked type.
        key_words: the content words that name what the question is about (its nouns and numbers).
        required: words the evidence must hold itself however common they are (a place the question names,
            looked for beyond its own texts).
        rare: the weight from which a key word the evidence lacks refuses on its own; a year ("2027")
            always does.
        rarest_rare: the weight from which the question's rarest key word refuses when the evidence lacks it,
            however rare the corpus's rarest words are.
        nearby: key words the evidence's own section holds (they count as held; a year does not: "năm
            2020" is not said of a figure by the sentence beside it).
        focus: the word the question asks its question of ("họp" in "họp mấy lần"); lacking it from
            `focus_rare` up, the evidence answers another question.
        head: the noun the question opens with ("mẫu" of "Mẫu báo cáo … gồm những biểu nào?"); lacking it
            when it weighs more than `head_rare` (the commonplace), the evidence speaks of its modifiers only.
    """
    if present is None:
        return Verdict(False, "no_evidence", 0.0)
    share = coverage(weights, present)
    if share < threshold:
        return Verdict(False, "not_covered", share)
    missing = [w for w in key_words if w not in present and w not in nearby]
    # (a year, and a word required, are the evidence's own, not its neighbours')
    # (and the question's own rarest, from `rarest_rare` up: "hộ cận nghèo" is not "hộ nghèo")
    refusing = min(rare, max(max(weights.values(), default=0.0), rarest_rare))
    if any(weights.get(w, 0.0) >= refusing for w in missing) or any(w not in present for w in required) \
            or any(YEAR_RE.fullmatch(w) for w in key_words if w not in present):
        return Verdict(False, "key_missing", share)
    # (a syllable of a word held, by its synonym too: "gia" of "gia_đình" held as "hộ")
    held = present | {s for w in present for s in w.split("_")}
    lacked = [w for w in focus | head if w not in held and w not in nearby]
    if any(weights.get(w, 0.0) >= focus_rare for w in lacked if w in focus) \
            or any(weights.get(w, 0.0) > head_rare for w in lacked if w in head):
        return Verdict(False, "focus_missing", share)
    if needs_value and not has_value:
        return Verdict(False, "no_value", share)
    return Verdict(True, "covered", share)


MODIFIER_TAGS = frozenset({"N", "V", "A"})
VALUE_REACH = 3  # the words beside a value name what it is of ("hỗ trợ tiền ăn 150.000 đồng", "… đồng cho Quỹ Nhân đạo")


NUMBER_WORD = folded_word("số")  # "tài khoản số …", "điện thoại số …"
# the work a question says a case is in, after the verb of taking part ("khi tham gia ứng phó thảm họa")
PARTAKING = frozenset({folded_word("tham_gia")})


def another_kind(asked: tuple[tuple[str, str], ...], missing: set[str], before: tuple[tuple[str, str], ...],
                 after: tuple[tuple[str, str], ...] = ()) -> bool:
    """The question names a kind of a noun by the word after it ("tiền đi lại"), the evidence lacks that word
    and states its value of another kind of the same noun ("tiền ăn 150.000 đồng"): it answers for that kind.

    Args:
        asked: the question's words and their parts of speech, in order.
        missing: the question's content words (folded; "a_b" for a compound) the evidence does not hold.
        before: the evidence sentence's words before the value, with their parts of speech.
        after: its words after the value.
    """
    windows = (before[-VALUE_REACH:], after[: VALUE_REACH + 1])
    for (noun, tag), (word, word_tag) in zip(asked, asked[1:]):
        if tag not in NOUN_TAGS or word_tag not in MODIFIER_TAGS:
            continue
        folded = folded_word(word)
        if folded not in missing and not any(s in missing for s in folded.split("_")):
            continue
        head = folded_word(noun)
        # the noun and its kind as two words ("tiền ăn") or as one ("tiền_mặt")
        kinds = [folded_word(kind) for near in windows for (written, _), (kind, kind_tag) in zip(near, near[1:])
                 if folded_word(written) == head and kind_tag in MODIFIER_TAGS]
        kinds += [folded_word(written)[len(head) + 1 :] for near in windows for written, _ in near
                  if folded_word(written).startswith(head + "_")]
        # (not "số", which writes the value itself: "tài khoản số 8300…" is no kind of account)
        if any(kind != folded and unaccent(kind).split("_")[0] not in GRAMMAR_WORDS and kind != NUMBER_WORD for kind in kinds):
            return True
    return False


def another_work(asked: tuple[tuple[str, str], ...], missing: set[str], said: tuple[tuple[str, str], ...]) -> bool:
    """The question names the work a case takes part in ("tham gia vận động hiến máu"), the evidence lacks it and
    names other work it is taken part in ("Tiền ăn khi tham gia ứng phó thảm họa | 150.000 đồng"): its value is that
    work's."""
    def works(words: tuple[tuple[str, str], ...]) -> set[str]:
        return {folded_word(work) for (verb, _), (work, tag) in zip(words, words[1:])
                if folded_word(verb) in PARTAKING and tag in MODIFIER_TAGS}

    lacked = {w for w in works(asked) if w in missing}
    return bool(lacked) and bool(works(said) - lacked)
