"""The eval files as data: the question set and the regression floors, validated on load."""

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from retrieval.errors import CtdError

EVAL_DIR = Path(__file__).resolve().parent
QUESTIONS_FILE = EVAL_DIR / "questions.yaml"
THRESHOLDS_FILE = EVAL_DIR / "thresholds.yaml"
EVAL_CORPUS_DIR = EVAL_DIR / "corpus"  # documents only the eval reads: nobody tuned on them

Category = Literal[
    "agency", "document_fact", "value", "topic", "cross_document", "follow_up", "english", "out_of_scope", "near_domain"
]
CATEGORIES: tuple[str, ...] = Category.__args__
REFUSED = ("out_of_scope", "near_domain")  # categories whose questions must be refused
Split = Literal["dev", "test"]
SPLITS: tuple[str, ...] = Split.__args__


class EvalFileError(CtdError):
    """An eval file that cannot be used; the message names the file (and the question)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HistoryTurn(_Strict):
    """A previous exchange a follow-up question leans on."""

    question: str = Field(min_length=1)
    answer: str | None = None


class Question(_Strict):
    """One eval question: gold clause ids to find, or `abstain: true` when it must be refused."""

    id: str = Field(pattern=r"^[a-z_]+-\d{3}$")
    category: Category
    split: Split
    question: str = Field(min_length=1)
    gold: list[str] = Field(default_factory=list)
    abstain: bool = False
    history: list[HistoryTurn] = Field(default_factory=list)
    fact: str | None = None
    complete: bool = False
    note: str | None = None

    @field_validator("gold")
    @classmethod
    def _clause_ids(cls, gold: list[str]) -> list[str]:
        for clause_id in gold:
            if ":" not in clause_id:
                raise ValueError(f"gold {clause_id!r} is not a clause id (<document_id>:<path>)")
        if len(set(gold)) != len(gold):
            raise ValueError("gold lists a clause twice")
        return gold

    @model_validator(mode="after")
    def _gold_or_abstain(self) -> "Question":
        if self.abstain == bool(self.gold):
            raise ValueError("give either gold clause ids or abstain: true, not both or neither")
        if self.abstain != (self.category in REFUSED):
            raise ValueError("abstain: true belongs to categories out_of_scope and near_domain, and only there")
        if self.complete and self.category not in ("agency", "english", "follow_up", "cross_document"):
            raise ValueError("complete: true belongs to questions asking for an agency's tasks")
        if self.abstain and self.fact:
            raise ValueError("a question that must be refused cannot have a fact")
        if (self.category == "follow_up") != bool(self.history):
            raise ValueError("category follow_up needs a history, and only it has one")
        return self


class Thresholds(_Strict):
    """Floors for the headline figures of the test split (default mode); they only go up."""

    recall_at_3: float = Field(ge=0, le=1)
    fact_accuracy: float = Field(ge=0, le=1)
    complete_lists: float = Field(ge=0, le=1)
    near_domain_refusals: float = Field(ge=0, le=1)
    abstain_recall: float = Field(ge=0, le=1)
    false_refusal_rate_max: float = Field(ge=0, le=1)

    def violations(self, summary: dict) -> list[str]:
        """Say which figures of an eval summary fall below their floor (empty when all pass)."""
        found = []
        for name in ("recall_at_3", "fact_accuracy", "complete_lists", "near_domain_refusals", "abstain_recall"):
            floor, value = getattr(self, name), summary.get(name)
            if value is None or value < floor:
                found.append(f"{name} = {_show(value)} < {floor}")
        rate = summary.get("false_refusal_rate")
        if rate is None or rate > self.false_refusal_rate_max:
            found.append(f"false_refusal_rate = {_show(rate)} > {self.false_refusal_rate_max}")
        return found


def _show(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise EvalFileError(f"{path}: cannot read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise EvalFileError(f"{path}: not valid YAML ({error})") from error


def _first_error(error: ValidationError) -> str:
    detail = error.errors()[0]
    where = ".".join(str(part) for part in detail["loc"])
    return f"{where}: {detail['msg']}" if where else detail["msg"]


def load_questions(path: Path = QUESTIONS_FILE) -> list[Question]:
    """Read and validate the question file; a bad entry raises EvalFileError naming file and id."""
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise EvalFileError(f"{path}: expected a mapping with a 'questions' list")
    questions, seen = [], set()
    for index, entry in enumerate(data["questions"], start=1):
        name = entry.get("id") if isinstance(entry, dict) else None
        label = f"question {name}" if name else f"question #{index}"
        try:
            question = Question.model_validate(entry)
        except ValidationError as error:
            raise EvalFileError(f"{path}: {label}: {_first_error(error)}") from error
        if question.id in seen:
            raise EvalFileError(f"{path}: {label}: duplicate id")
        seen.add(question.id)
        questions.append(question)
    extra = set(data) - {"questions"}
    if extra:
        raise EvalFileError(f"{path}: unknown top-level key(s): {', '.join(sorted(extra))}")
    return questions


def load_thresholds(path: Path = THRESHOLDS_FILE) -> Thresholds:
    """Read and validate the regression floors."""
    try:
        return Thresholds.model_validate(_read_yaml(path))
    except ValidationError as error:
        raise EvalFileError(f"{path}: {_first_error(error)}") from error
