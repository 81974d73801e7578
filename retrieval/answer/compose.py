"""Extractive answers: a leading Vietnamese sentence, then the clauses quoted verbatim with [n].

Nothing here generates text beyond fixed sentence frames filled with document metadata, so an
answer can only say what the corpus says.
"""

import re
from collections.abc import Callable, Iterable

from retrieval.ingest.header import unwrap
from retrieval.models import Citation, Clause, Document
from retrieval.answer.references import Mention
from retrieval.text import fold

QUOTE_LIMIT = 420
# Markdown's marks of bold around words ("trị giá **50.000 đồng**", "**2.1. Chủ đề:** …"): typography, not text
BOLD_MARK_RE = re.compile(r"(?<![*\w])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![*\w])")
SENTENCE_END_RE = re.compile(r"[.;!?…](?=\s|$)")

NOT_COVERED = (
    "Các văn bản chỉ đạo hiện có không đề cập đến câu hỏi này, nên tôi không trả lời để tránh suy đoán. "
    "Tôi chỉ trả lời về nội dung các văn bản trong kho: {coverage}."
)
NAMED_IN_REFUSAL = 5


def coverage_summary(documents: list[Document]) -> str:
    """What the corpus holds, short at any size: kinds counted, a few documents named, the rest counted.

    "3 kế hoạch, 2 công văn — Kế hoạch số 100-KH/TU của … (17/9/2010); …; và 3 văn bản khác"
    """
    kinds: dict[str, int] = {}
    for document in documents:
        kinds[document.type.lower()] = kinds.get(document.type.lower(), 0) + 1
    counted = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    dated = sorted(documents, key=lambda d: d.date or "", reverse=True)
    named = "; ".join(describe(d) for d in dated[:NAMED_IN_REFUSAL])
    rest = len(documents) - NAMED_IN_REFUSAL
    return f"{counted} — {named}" + (f"; và {rest} văn bản khác" if rest > 0 else "")


ISO_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def format_date(iso: str | None) -> str | None:
    """The one way every channel writes a date: "2010-09-17" → "17/9/2010", "2023-09" → "9/2023",
    "2010" → "2010"; anything else is shown as written (never an error)."""
    if not iso:
        return None
    match = ISO_DATE_RE.fullmatch(iso.strip())
    if match is None:
        return iso
    year, month, day = match.groups()
    if day:
        return f"{int(day)}/{int(month)}/{year}"
    return f"{int(month)}/{year}" if month else year


def describe(document: Document) -> str:
    """"Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu (9/2023)", "Công văn số 981-CV/TU của …"."""
    text = document.type
    if document.number:
        text += f" số {document.number}"
    if document.issuer:
        text += f" của {document.issuer}"
    elif document.type == document.title or not document.number:
        text += f" “{document.title}”"
    date = format_date(document.date)
    return f"{text} ({date})" if date else text


CELL_BAR_RE = re.compile(r"[ \t]*\|[ \t]*")  # a bar between a table row's cells, with the spaces that align them


def as_read(text: str) -> str:
    """A clause's text as a reader sees it: its wrapped lines joined, without the marks of bold, a table row's
    cells without the spaces that align them ("4   |Sín Chải     |   20" reads "4 | Sín Chải | 20")."""
    lines = BOLD_MARK_RE.sub("", unwrap(text)).split("\n")
    return "\n".join(CELL_BAR_RE.sub(" | ", line).strip() if "|" in line else line for line in lines)


def trim(text: str, limit: int = QUOTE_LIMIT, at: int | None = None) -> str:
    """Cut a long clause at the last sentence end before `limit` (the citation keeps it whole); when what
    the quote is for stands at `at`, past what the cut keeps, from the sentence that holds it ("…; Ban Chỉ
    huy Quân sự huyện và Công an huyện vận động …")."""
    if len(text) <= limit:
        return text
    if at is not None and at > limit // 2:
        starts = [m.end() for m in SENTENCE_END_RE.finditer(text, 0, at)]
        if starts:
            return "… " + trim(text[starts[-1] :].lstrip(), limit)
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, 0, limit)]
    cut = ends[-1] if ends and ends[-1] > limit // 3 else text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + " …"


def citation(n: int, clause: Clause, document: Document, score: float) -> Citation:
    return Citation(
        n=n,
        clause_id=clause.id,
        document_id=document.id,
        document_title=document.title,
        document_number=document.number,
        document_date=document.date,
        label=clause.label,
        path=clause.path,
        actors=clause.actors,
        text=clause.text,
        start=clause.start,
        end=clause.end,
        score=round(float(score), 4),
    )


def _dedupe_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def unique_clauses(scored: Iterable[tuple[Clause, float]], most: int | None = None) -> list[tuple[Clause, float]]:
    """Drop repeats of the same wording (one document quoting another), keeping the best; stop after
    `most` (the rest of a lazy `scored` is never read)."""
    seen: set[str] = set()
    kept: list[tuple[Clause, float]] = []
    for clause, score in scored:
        if most is not None and len(kept) >= most:
            break
        key = _dedupe_key(clause.text)
        if key in seen:
            continue
        seen.add(key)
        kept.append((clause, score))
    return kept


def _task_count(scored: list[tuple[Clause, float]], actors: set[str]) -> str:
    """"có 2 nhiệm vụ", or "chủ trì 1 nhiệm vụ và phối hợp 1 nhiệm vụ" when it also cooperates."""
    cooperating = sum(
        1 for clause, _ in scored if not any(a.role == "lead" and a.name in actors for a in clause.actors)
    )
    lead = len(scored) - cooperating
    if not cooperating:
        return f"có {lead} nhiệm vụ"
    if not lead:
        return f"phối hợp thực hiện {cooperating} nhiệm vụ"
    return f"chủ trì {lead} nhiệm vụ và phối hợp thực hiện {cooperating} nhiệm vụ"


def compose_quotes(
    scored: list[tuple[Clause, float]],
    documents: dict[str, Document],
    actor: str | None,
    actors: set[str] = frozenset(),
    complete: bool = True,
    named_at: Callable[[str], int | None] | None = None,
    place_title: str | None = None,
) -> tuple[str, list[Citation]]:
    """The answer to a content question: grouped by document, best document first.

    `actor` is the agency named in the leading sentence, `actors` every name the question covers;
    the number of tasks is stated only when the list is `complete`; `named_at` tells where in a clause's
    text the agency asked about is named, for a long clause to be quoted from there; `place_title` is the
    title line of the place asked about ("Điều 8. Mức hỗ trợ"), said before what it holds.
    """
    groups: dict[str, list[tuple[Clause, float]]] = {}
    for clause, score in scored:
        groups.setdefault(clause.document_id, []).append((clause, score))
    citations: list[Citation] = []
    lines: list[str] = []
    several = len(groups) > 1
    source = f"{len(groups)} văn bản" if several else describe(documents[scored[0][0].document_id])
    if actor and complete:
        lines.append(f"Theo {source}, {actor} {_task_count(scored, actors | {actor})}:")
    elif actor:
        lines.append(f"Theo {source}, các nhiệm vụ của {actor} liên quan đến câu hỏi:")
    elif place_title and not several:
        lines.append(f"Theo {source}, {' '.join(as_read(place_title).split()).rstrip(' :')}:")
    elif several:
        lines.append(f"Có {len(scored)} nội dung liên quan trong {source}:")
    else:
        lines.append(f"Theo {source}:")
    for document_id, items in groups.items():
        if several:
            lines.append(f"\n{describe(documents[document_id])}:")
        for clause, score in items:
            n = len(citations) + 1
            citations.append(citation(n, clause, documents[document_id], score))
            text = as_read(clause.text)
            at = named_at(text) if named_at and len(text) > QUOTE_LIMIT else None  # read only for a clause cut
            lines.append(f"- {clause.label}: “{trim(text, at=at)}” [{n}]")
    return "\n".join(lines), citations


ADDRESS_RE = re.compile(r"@|://")  # an e-mail or web address, which its case is part of


def compose_values(found: list[tuple[Clause, str, str]], documents: dict[str, Document]) -> tuple[str, list[Citation]]:
    """The answer to a value question: the value first, then each sentence that states it, quoted.

    `found` holds (clause, sentence, value as written in the sentence), best first.
    """
    citations: list[Citation] = []
    lines: list[str] = []
    for clause, sentence, value in found:
        n = next((c.n for c in citations if c.clause_id == clause.id), len(citations) + 1)
        if n > len(citations):
            citations.append(citation(n, clause, documents[clause.document_id], 1.0))
        if not lines:
            value = " ".join(value.split())  # "500.000\nđồng" typed across a line end
            # (an address is written as it is: "bancongtacxahoi.ctdcaobang@gmail.com")
            opening = value if ADDRESS_RE.search(value) else f"{value[:1].upper()}{value[1:]}"
            lines.append(f"{opening} [{n}].")
        lines.append(f"- {describe(documents[clause.document_id])}, {clause.label}: “{trim(as_read(sentence))}” [{n}]")
    return "\n".join(lines), citations


# intent: (Document field, sentence when the text states it, sentence when it leaves it blank)
ISSUED_WITH_RE = re.compile(r"\bkèm theo\b", re.IGNORECASE)  # a rule's summary names the act it is issued with
SUBJECT_RE = re.compile(r"^(?:V/v|Về việc|Về)\s*:?\s*", re.IGNORECASE)  # "V/v triển khai …": what the text is about
FACT_SENTENCES = {
    "number": ("number", "{type} của {owner} có số hiệu {value}", "{name} không ghi số hiệu (để trống)"),
    "signer": ("signer", "{name} do {value} ký", "{name} không ghi người ký"),
    "issuer": ("issuer", "{kind} do {value} ban hành", "{name} không ghi cơ quan ban hành"),
    "recipients": ("recipients", "{name} được gửi tới: {value}", "{name} không ghi nơi nhận"),
    "implements": ("implements", "{name} được ban hành để thực hiện {value}", "{name} không ghi văn bản nào mà nó thực hiện"),
    "urgency": ("urgency", "{name} có độ khẩn: {value}", "{name} không đóng dấu độ khẩn (không ghi Khẩn, Thượng khẩn hay Hỏa tốc)"),
}


def document_fact(intent: str, document: Document) -> str:
    """One sentence stating a fact of a corpus document, or that the text leaves it blank."""
    name = describe(document)
    if intent == "date":
        if document.date and len(document.date) == 10:
            return f"{name} được ban hành ngày {format_date(document.date)}"
        if document.date:
            return f"{name} ghi thời gian ban hành là {format_date(document.date)}, văn bản để trống ngày"
        return f"{name} không ghi ngày ban hành"
    if intent == "summary":
        subject = SUBJECT_RE.sub("", document.summary or "").strip(" .,:;-")  # (a scan's speck after "V/v")
        return f"{name} về việc {subject[:1].lower()}{subject[1:]}" if subject else f"{name} không ghi trích yếu"
    field, stated, blank = FACT_SENTENCES[intent]
    if intent == "implements" and ISSUED_WITH_RE.search(document.summary or ""):
        stated = "{name} được ban hành kèm theo {value}"  # "(Ban hành kèm theo Quyết định số …)": issued with it
    value = getattr(document, field)
    if not value:
        return blank.format(name=name)
    value = "; ".join(value) if field == "recipients" else ", ".join(value) if isinstance(value, list) else value
    if intent == "number" and document.joint_numbers:  # a joint text: the number each party gave it
        value = " và ".join([value, *document.joint_numbers])
    return stated.format(
        name=name, value=value, type=document.type, owner=document.issuer or document.title, kind=name.split(" của ")[0]
    )


def mention_fact(intent: str, mention: Mention) -> str | None:
    """A fact about a text the corpus only cites ("Kết luận số 44-KL/TW … ngày 14/11/2022")."""
    name = f"{mention.type_name} số {mention.number}"
    if intent in ("date", "issuer") and (mention.date or mention.issuer):
        by = f" được {mention.issuer}" if mention.issuer else " được"
        when = f" ngày {format_date(mention.date)}" if mention.date else ""
        return f"{name}{by} ban hành{when}"
    if intent == "number":
        return f"Số hiệu đầy đủ là {name}"
    return None

