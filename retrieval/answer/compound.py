"""Questions that ask two things at once.

"Điểm hiến máu đợt II tổ chức ngày nào, ở đâu?", "Công văn về Tuần lễ hiến máu số mấy, ai ký?", "Chỉ thị
15 yêu cầu tổ chức mấy đợt, và Hội Chữ thập đỏ huyện lên kế hoạch mấy đợt?": each part asks with its own
question phrase. Each is answered on its own (a part that names nothing of its own is asked of the other
part's topic), and the reply joins the answers, saying which part the texts do not answer.
"""

import re
from typing import TYPE_CHECKING

from retrieval.answer.asks import Ask, read_ask
from retrieval.answer.respond import Draft
from retrieval.models import Citation
from retrieval.text import aligned, unaccent

if TYPE_CHECKING:
    from retrieval.answer.query import QueryReader

# where a question may ask its second thing: after a comma, a semicolon or "và" / "and" / "còn"
JOINT_RE = re.compile(r"\s*[,;]\s*(?:(?:và|còn|and)\s+)?|\s+(?:và|còn|and)\s+", re.IGNORECASE)
QUESTION_END_RE = re.compile(r"\b(?:dau|nao|gi|sao|the nao)$")  # unaccented
TAIL_QUESTION_RE = re.compile(r"\s+(?:la\s+)?(?:ai|gi)$")  # unaccented
MARKER_RE = re.compile(r"\[(\d+)\]")
MIN_OWN_WORDS = 3  # a first part with fewer content words of its own asks nothing to split from
MIN_SECOND_WORDS = 5  # a second part with fewer, naming no agency or document, is asked of the first one's topic
UNANSWERED = "Về “{part}”: các văn bản hiện có không nêu."


def question_parts(question: str, reader: "QueryReader") -> list[str]:
    """The question's two parts, each a question of its own; the question alone when it asks one thing."""
    text = question.strip().rstrip("?").strip()
    for joint in reversed(list(JOINT_RE.finditer(text))):  # "Ai … theo dõi, tổng hợp …, số điện thoại?": the last
        left, right = text[: joint.start()].strip(), text[joint.end() :].strip()
        first, second = read_ask(left, reader.vocabulary), read_ask(right, reader.vocabulary)
        if not _asks(left, first) or not _asks(right, second) or not _stands_alone(left, first, reader):
            continue  # "Theo kế hoạch, …", "Ai ký và ban hành …": the first part asks nothing of its own
        if not _stands_alone(right, second, reader, MIN_SECOND_WORDS):
            right = f"{_without(left, first)} {right}"  # "…, ở đâu?": asked of the first part's topic
        return [f"{left}?", f"{right[:1].upper()}{right[1:]}?"]
    return [question]


def _asks(part: str, ask: Ask) -> bool:
    """The part asks something: a value, a fact or tasks, or it ends on a question word ("ở đâu", "mức nào")."""
    return ask.kind != "topic" or QUESTION_END_RE.search(unaccent(part)) is not None


def _stands_alone(part: str, ask: Ask, reader: "QueryReader", least: int = MIN_OWN_WORDS) -> bool:
    """The part names what it asks about: an agency, a document, or words enough of its own."""
    own = [w for w in reader.content_words(part, ask) if "_" not in w]
    return reader.names_subject(part) or len(own) >= least


def joined_drafts(parts: list[str], drafts: list[Draft]) -> Draft:
    """One reply for the parts: each answer in turn, its markers renumbered after the ones before; a part
    the texts do not answer said so. The first draft (a refusal) when no part is answered."""
    if len(drafts) == 1 or not any(d.citations for d in drafts):
        return drafts[0]
    texts: list[str] = []
    citations: list[Citation] = []
    for part, draft in zip(parts, drafts):
        if not draft.citations:
            texts.append(UNANSWERED.format(part=part.rstrip("?")))
            continue
        numbers: dict[int, int] = {}
        for citation in draft.citations:
            same = next((c for c in citations if c.clause_id == citation.clause_id), None)
            if same is None:
                same = citation.model_copy(update={"n": len(citations) + 1})
                citations.append(same)
            numbers[citation.n] = same.n
        texts.append(MARKER_RE.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", draft.text))
    first = next(d for d in drafts if d.citations)
    timings = {k: sum(d.timings.get(k, 0.0) for d in drafts) for d in drafts for k in d.timings}
    return Draft("\n\n".join(texts), citations, first.intent, timings=timings)


def _without(part: str, ask: Ask) -> str:
    """The part without its question phrase: what it asks about ("Điểm hiến máu đợt II tổ chức")."""
    pair = aligned(part)
    if pair is None or not ask.phrase:
        # "… được hỗ trợ mức nào", "… tổ chức ở đâu": the question word and the word it asks of
        return " ".join(part.split()[:-2]) if QUESTION_END_RE.search(unaccent(part)) else part
    found = [m for m in re.finditer(rf"(?<!\w){re.escape(unaccent(ask.phrase))}(?!\w)", pair[1].lower())]
    if not found:
        return part
    cut = found[-1]
    rest = " ".join(f"{part[: cut.start()]} {part[cut.end() :]}".split())
    # "Người ký thông báo … là ai": what is left of "là ai" asks nothing of the second part
    tail = TAIL_QUESTION_RE.search(unaccent(rest))
    return rest[: tail.start()].rstrip() if tail else rest
