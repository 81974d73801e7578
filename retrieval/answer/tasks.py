"""Tasks as data: who does what, by when, under which clause.

Every clause that assigns work to an agency yields a `TaskRow` per agency: the clause text as the
task, the document it comes from, and the time frame read from the text (`deadline_text` as written,
`deadline` as an ISO date when one can be resolved, `recurrence`). The selection and order of an
agency's tasks (`select_tasks`) is the one the answer policy uses for "X phải làm gì?", so a
spreadsheet and an answer never disagree.
"""

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel

from retrieval.answer.values import _plain, find_values
from retrieval.index.generation import ClauseTable
from retrieval.ingest.actors import AliasTable
from retrieval.models import Clause, Document, ParsedDocument, Role

Recurrence = Literal["yearly", "quarterly", "monthly", "per event"]

QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# What may stand between two time values of one expression: "trước ngày| 15 |tháng 12| |hằng năm"
_JOIN_RE = re.compile(r"(?:[\s,\-–/]|\d{1,4}|\b(?:ngay|thang|nam|den|tu|va|cua)\b)*")
# Words before a time value that belong to it ("trong quý IV", "vào tháng 10")
_LEAD_RE = re.compile(r"\b(?:trong|truoc|cham\s+nhat|den|vao|tu)\s+$")
# A year after a value ("quý IV/2023", "quý IV năm 2023"), the end of a period ("2024 - 2026"), a
# length after "định kỳ", "chậm nhất" ("định kỳ 6 tháng", "chậm nhất 07 ngày làm việc")
_TAIL_RE = re.compile(
    r"\s*(?:/|\bnam\s+)\s*(?:19|20)\d{2}\b|\s*[-–]\s*(?:19|20)\d{2}\b"
    r"|(?:(?<=dinh ky)|(?<=cham nhat))\s+\d{1,4}\s*(?:ngay|gio|thang|nam|tuan|phut)(?:\s+lam\s+viec)?\b"
)

# A cited text's own date ("Chỉ thị 43 -CT/TW ngày 08/6/2010", "Luật … năm 2008"): not a time the task has
_CITED_DATE_RE = re.compile(
    r"(?:\d+\s*[-/]\s*[a-z]+\s*[-/]\s*[a-z]+\d*|\d+/\d{4}/[a-z]+(?:-[a-z]+)?)\s*,?\s*(?:ngay\s+)?\d{1,2}\s*(?:/|-|\s+thang\s+)"
    r"\s*\d{1,2}\s*(?:/|-|\s+nam\s+)\s*\d{4}|\b(?:luat|bo\s+luat|phap\s+lenh)\s[^.;,]{0,60}?\bnam\s+\d{4}"
)
_FULL_DATE = re.compile(r"(\d{1,2})\s*(?:/|-|\.|\s+thang\s+)\s*(\d{1,2})\s*(?:/|-|\.|\s+nam\s+)\s*((?:19|20)\d{2})")
_DAY_MONTH = re.compile(r"ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})\b|(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
_QUARTER = re.compile(r"\bquy\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|nam)\s*((?:19|20)\d{2}))?")
_MONTH = re.compile(r"\bthang\s+(\d{1,2})\s*(?:/|\s+nam\s+)\s*((?:19|20)\d{2})")
_PERIOD = re.compile(r"\bgiai\s+doan\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})")
_YEAR = re.compile(r"\bnam\s+((?:19|20)\d{2})\b")

_RECURRENCE = [
    ("yearly", re.compile(r"\b(?:hang|moi|dinh\s+ky)\s+nam\b")),
    ("quarterly", re.compile(r"\b(?:hang|moi|dinh\s+ky)\s+quy\b|\btheo\s+quy\b")),
    ("monthly", re.compile(r"\b(?:hang|moi|dinh\s+ky)\s+thang\b")),
    # a time counted from an event, or work that happens whenever one occurs
    ("per event", re.compile(
        r"\b(?:trong\s+vong|trong\s+thoi\s+han|cham\s+nhat|sau)\s+\d{1,4}\s*(?:ngay|gio|tuan|phut)\b"
        r"|\bke\s+tu\s+khi\b|\b(?:ngay\s+)?khi\s+(?:co|xay\s+ra)\b|\bmoi\s+khi\b|\bsau\s+moi\b"
    )),
]


class TaskRow(BaseModel):
    """One task of one agency: the clause that assigns it and its time frame."""

    agency: str
    role: Role
    task: str
    clause_id: str
    label: str
    document_id: str
    document_title: str
    document_number: str | None = None
    document_date: str | None = None
    deadline_text: str | None = None
    deadline: str | None = None
    recurrence: Recurrence | None = None


class AgencySummary(BaseModel):
    """An agency that has tasks: its level and how many, in which documents."""

    name: str
    level: str | None = None
    tasks: int
    lead: int
    cooperating: int
    documents: list[str]


@dataclass(frozen=True)
class TimeFrame:
    text: str | None
    deadline: str | None
    recurrence: Recurrence | None


def select_tasks(clauses: Sequence[Clause], actors: set[str], scope: set[str] | None = None) -> list[tuple[int, Clause, bool]]:
    """The clauses assigning work to any of `actors`, as (position, clause, leads): the documents
    where they lead most first, then document order, then clause order.

    Args:
        clauses: the index's clauses in catalog order.
        actors: canonical agency names (an agency and the levels filed under it).
        scope: document ids to look in; empty or None: every document.
    """
    rows: list[tuple[int, Clause, bool]] = []
    for position in _naming(clauses, actors):
        clause = clauses[position]
        if scope and clause.document_id not in scope:
            continue
        roles = [a.role for a in clause.actors if a.name in actors]
        if roles:
            rows.append((position, clause, "lead" in roles))
    leads: dict[str, int] = {}
    first: dict[str, int] = {}
    for position, clause, lead in rows:
        leads[clause.document_id] = leads.get(clause.document_id, 0) + lead
        first.setdefault(clause.document_id, position)
    rows.sort(key=lambda r: (-leads[r[1].document_id], first[r[1].document_id], r[0]))
    return rows


def _naming(clauses: Sequence[Clause], actors: set[str]) -> Iterable[int]:
    """The positions worth looking at: the index's table knows which clauses name an agency (a Python
    scan of 100k clauses takes about 90 ms); any other sequence is scanned whole."""
    naming = getattr(clauses, "positions_naming", None)
    return naming(actors) if naming is not None else range(len(clauses))


def _expressions(text: str) -> list[tuple[int, int]]:
    """The time expressions of a text: adjacent values joined, with the words that open them."""
    plain = _plain(text)
    spans: list[tuple[int, int]] = []
    cited = [m.span() for m in _CITED_DATE_RE.finditer(plain)]
    for start, end in find_values("time", text):
        if any(s <= start < e for s, e in cited):
            continue
        if spans and start < spans[-1][1]:
            continue  # inside the tail already taken
        while tail := _TAIL_RE.match(plain, end):
            end = tail.end()
        gap = plain[spans[-1][1] : start] if spans else ""
        if spans and len(gap) <= 15 and _JOIN_RE.fullmatch(gap):
            spans[-1] = (spans[-1][0], end)
            continue
        if lead := _LEAD_RE.search(plain[max(0, start - 30) : start]):
            start -= len(lead.group())
        spans.append((start, end))
    return spans


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _issued(document_date: str | None) -> date | None:
    parts = [int(p) for p in (document_date or "").split("-") if p.isdigit()]
    if not parts:
        return None
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _resolve(plain: str, issued: date | None, recurring: bool) -> date | None:
    """The last day the expression allows, when it names one; None for a recurring or relative time."""
    if match := _FULL_DATE.search(plain):
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        return date(year, month, day) if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] else None
    if match := _PERIOD.search(plain):
        return date(int(match.group(1)), 12, 31)
    if match := _QUARTER.search(plain):
        year = int(match.group(2)) if match.group(2) else (None if recurring or issued is None else issued.year)
        return _month_end(year, QUARTERS[match.group(1)] * 3) if year else None
    if match := _MONTH.search(plain):
        month = int(match.group(1))
        return _month_end(int(match.group(2)), month) if 1 <= month <= 12 else None
    if (match := _DAY_MONTH.search(plain)) and not recurring and issued is not None:
        day, month = (int(g) for g in (match.group(1, 2) if match.group(1) else match.group(3, 4)))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(issued.year, month)[1]:
            found = date(issued.year, month, day)
            return found if found >= issued else date(issued.year + 1, month, day)
        return None
    if match := _YEAR.search(plain):
        return date(int(match.group(1)), 12, 31)
    return None


def time_frame(text: str, document_date: str | None = None) -> TimeFrame:
    """The time frame a task's text sets: as written, as an ISO date, and how often it recurs.

    Args:
        text: the clause text.
        document_date: the document's ISO date ("2023-09-14", "2023-09"): a day without a year
            ("trước ngày 15/12") falls in the year the document was issued, or the next one.

    Example:
        >>> time_frame("Báo cáo trước ngày 15 tháng 12 hằng năm.")
        TimeFrame(text='trước ngày 15 tháng 12 hằng năm', deadline=None, recurrence='yearly')
    """
    spans = _expressions(text)
    if not spans:
        return TimeFrame(None, None, None)
    plain = _plain(text)
    recurrence = next((name for name, pattern in _RECURRENCE if any(pattern.search(plain[s:e]) for s, e in spans)), None)
    issued = _issued(document_date)
    resolved = [(text[s:e], _resolve(plain[s:e], issued, recurrence is not None)) for s, e in spans]
    # a date before the document was issued is history the text recalls, not a time it sets
    kept = [(written, d) for written, d in resolved if d is None or issued is None or d >= issued]
    if not kept:
        return TimeFrame(None, None, None)
    deadline = min((d for _, d in kept if d is not None), default=None)  # the soonest the text sets
    written = "; ".join(dict.fromkeys(w for w, _ in kept))
    return TimeFrame(written, deadline.isoformat() if deadline else None, recurrence)


def task_row(clause: Clause, document: Document, agency: str, role: Role) -> TaskRow:
    frame = time_frame(clause.text, document.date)
    return TaskRow(
        agency=agency,
        role=role,
        task=clause.text,
        clause_id=clause.id,
        label=clause.label,
        document_id=document.id,
        document_title=document.title,
        document_number=document.number,
        document_date=document.date,
        deadline_text=frame.text,
        deadline=frame.deadline,
        recurrence=frame.recurrence,
    )


class TaskBook:
    """Every agency's tasks in one index generation.

    Example:
        >>> book = TaskBook(documents, clauses, aliases)
        >>> [r.clause_id for r in book.rows(agency="Sở GD&ĐT")]
        ['kh-ubnd-laichau-2023:iii.5.b1', 'kh-ubnd-laichau-2023:iii.5.b2']
    """

    def __init__(self, documents: dict[str, Document], clauses: Sequence[Clause], aliases: AliasTable):
        self.documents = documents
        if not isinstance(clauses, ClauseTable):  # the index's table holds retrievable clauses only
            clauses = ClauseTable(c for c in clauses if c.kind == "clause")
        self.clauses = clauses
        self.aliases = aliases

    @classmethod
    def from_parsed(cls, parsed: dict[str, ParsedDocument], aliases: AliasTable) -> "TaskBook":
        """From a catalog read without an index (the command line)."""
        return cls({p.document.id: p.document for p in parsed.values()}, [c for p in parsed.values() for c in p.clauses], aliases)

    def agency_names(self) -> list[str]:
        """Agencies with at least one task, in the order the corpus first names them."""
        names: list[str] = []
        for clause in self.clauses:
            names.extend(a.name for a in clause.actors if a.name not in names)
        return names

    def resolve(self, name: str) -> list[str]:
        """The canonical agencies a name stands for, with the levels filed under it ("Sở GD&ĐT",
        "so giao duc", "Hội Chữ thập đỏ" → every level; "Hội Chữ thập đỏ tỉnh" → that level only).
        Empty when the name is no known agency."""
        known = self.aliases.canonical(name) or (name if name in self.agency_names() else None)
        if known is None:
            mentions = self.aliases.find(name)
            known = mentions[0].name if len(mentions) == 1 else None
        return self.aliases.family(known) if known else []

    def rows(self, agency: str | None = None, document: str | None = None) -> list[TaskRow]:
        """Task rows, one per clause and agency; with `agency`, only that agency's (and its levels')
        tasks in the answer's order; with `document`, only that document's."""
        scope = {document} if document else None
        if agency is not None:
            return self._rows_of(set(self.resolve(agency)), scope)
        return [row for name in self.agency_names() for row in self._rows_of({name}, scope)]

    def _rows_of(self, actors: set[str], scope: set[str] | None) -> list[TaskRow]:
        rows = []
        for _, clause, lead in select_tasks(self.clauses, actors, scope):
            mine = [a for a in clause.actors if a.name in actors]
            named = next((a for a in mine if a.role == "lead"), mine[0]) if lead else mine[0]
            rows.append(task_row(clause, self.documents[clause.document_id], named.name, "lead" if lead else "cooperating"))
        return rows

    def agencies(self) -> list[AgencySummary]:
        """Every agency with tasks: level, counts by role and the documents they come from."""
        summaries = []
        for name in self.agency_names():
            rows = self._rows_of({name}, None)
            entry = self.aliases.entries.get(name)
            summaries.append(AgencySummary(
                name=name,
                level=entry.level if entry else None,
                tasks=len(rows),
                lead=sum(r.role == "lead" for r in rows),
                cooperating=sum(r.role == "cooperating" for r in rows),
                documents=list(dict.fromkeys(r.document_id for r in rows)),
            ))
        return summaries


def group_by_agency(rows: Iterable[TaskRow]) -> dict[str, list[TaskRow]]:
    """Rows under their agency, agencies in first-seen order."""
    grouped: dict[str, list[TaskRow]] = {}
    for row in rows:
        grouped.setdefault(row.agency, []).append(row)
    return grouped
