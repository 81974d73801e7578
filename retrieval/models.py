"""The engine's nouns: documents, clauses, citations and answers (the same JSON everywhere)."""

from typing import Literal

from pydantic import BaseModel, Field

Role = Literal["lead", "cooperating"]


class Actor(BaseModel):
    """An agency a clause assigns work to, by its canonical name."""

    name: str
    role: Role = "lead"


class Document(BaseModel):
    """A source text and its metadata; a field the text leaves blank stays None."""

    id: str
    title: str
    type: str
    number: str | None = None
    joint_numbers: list[str] = Field(default_factory=list)  # the numbers the other issuers of a joint text gave it
    issuer: str | None = None
    date: str | None = None
    place: str | None = None
    signer: str | None = None
    recipients: list[str] = Field(default_factory=list)
    implements: list[str] = Field(default_factory=list)
    source: str | None = None
    summary: str | None = None
    urgency: str | None = None  # the mark of urgency stamped on its first page ("Khẩn", "Hỏa tốc")
    path: str = ""
    sha256: str = ""
    # A scan read by OCR: the mean word confidence (0–100) and the pages under the low mark.
    ocr: bool = False
    ocr_confidence: float | None = None
    ocr_low_pages: list[int] = Field(default_factory=list)


class Clause(BaseModel):
    """The smallest self-contained unit of a document, quotable verbatim."""

    id: str
    document_id: str
    path: list[str]
    label: str
    headings: list[str] = Field(default_factory=list)
    text: str
    start: int
    end: int
    actors: list[Actor] = Field(default_factory=list)
    kind: Literal["clause", "header", "closing"] = "clause"
    # the texts of the places of its own document it refers to ("trường hợp tại điểm a khoản 1 Mục II"):
    # context, as its headings are
    referenced: list[str] = Field(default_factory=list)

    @property
    def actor_names(self) -> list[str]:
        return [a.name for a in self.actors]

    @property
    def leads(self) -> set[str]:
        """The agencies the clause puts its work on."""
        return {a.name for a in self.actors if a.role == "lead"}


class ParsedDocument(BaseModel):
    """A document cut into clauses; `header` is the header block, cited for metadata answers.

    `closing` is the signature block (authority words, title, signer's name as written), cited for
    "who signed"; `warnings` are metadata problems found while reading (the field was left empty).
    """

    document: Document
    clauses: list[Clause]
    header: Clause | None = None
    closing: Clause | None = None
    warnings: list[str] = Field(default_factory=list)


class Citation(BaseModel):
    """One numbered source of an answer: the clause, verbatim, and where it stands."""

    n: int
    clause_id: str
    document_id: str
    document_title: str
    document_number: str | None = None
    document_date: str | None = None
    label: str
    path: list[str]
    actors: list[Actor] = Field(default_factory=list)
    text: str
    start: int
    end: int
    score: float


class Turn(BaseModel):
    """A previous exchange, given back as `history` for follow-up questions."""

    question: str
    answer: str | None = None


class Answer(BaseModel):
    """What `Assistant.ask` returns: text with [n] markers and the citations they point at."""

    id: str
    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    mode: Literal["extractive", "llm"] = "extractive"
    note: str | None = None
    intent: str | None = None
    complete: bool | None = None


class LoadedDocument(BaseModel):
    """A file read into text: `text` is the body the parser cuts, `metadata` what the file declared.

    `body_offset` is where `text` starts inside the source file (after YAML front matter), so
    clause offsets `start`/`end` point into the file itself for `.md`/`.txt`; for `.docx`/`.pdf`
    they point into the extracted text.
    """

    path: str
    format: Literal["md", "txt", "docx", "pdf", "png", "jpg", "jpeg", "tif", "tiff"]
    text: str
    body_offset: int = 0
    metadata: dict = Field(default_factory=dict)
    sha256: str = ""
    warnings: list[str] = Field(default_factory=list)
    ocr: bool = False
    ocr_confidence: float | None = None
    ocr_low_pages: list[int] = Field(default_factory=list)
